"""Burgerfonds: append-only ledger, reversals once, balance, validation, permissions, exports."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import AuditEntry, FundEntry
from portal.services import fund
from tests.conftest import csrf_token, login, user

MANAGE = "/bemiddeling/burgerfonds"


def add(client, **overrides):
    data = {
        "entry_date": "2025-03-01",
        "kind": "income",
        "category": "bijdrage",
        "amount": "1.250,50",
        "description": "Kwartaalbijdrage van de gemeente",
        **overrides,
    }
    return client.post(MANAGE, data={"csrf_token": csrf_token(client, MANAGE), **data})


def entries():
    return db.session.execute(select(FundEntry).order_by(FundEntry.id)).scalars().all()


def test_admin_adds_income_and_spending_balance_right(client):
    login(client, "admin@test.nl")
    assert add(client).status_code == 302
    assert (
        add(
            client, kind="spending", category="bemiddeling", amount="200", description="Uren bemiddeling maart"
        ).status_code
        == 302
    )
    rows = entries()
    assert [e.amount_cents for e in rows] == [125050, -20000]
    assert db.session.execute(select(func.count(AuditEntry.id)).where(AuditEntry.action == "fund.add")).scalar() == 2
    data = client.get("/burgerfonds.json").get_json()
    assert data["balance_cents"] == 105050 and data["income_cents"] == 125050 and data["spending_cents"] == 20000
    assert data["per_quarter"] == [
        {"quarter": "2025-Q1", "income_cents": 125050, "spending_cents": 20000, "net_cents": 105050}
    ]
    page = client.get("/burgerfonds").get_data(as_text=True)
    assert "€\u00a01.050,50" in page and "Uren bemiddeling maart" in page


def test_reversal_works_once_and_balance_returns(client):
    login(client, "admin@test.nl")
    add(client)
    original = entries()[0]
    url = f"{MANAGE}/{original.id}/corrigeren"
    assert client.post(url, data={"csrf_token": csrf_token(client, MANAGE)}).status_code == 302
    rows = entries()
    assert len(rows) == 2 and rows[1].reverses_id == original.id and rows[1].amount_cents == -original.amount_cents
    assert client.get("/api/v1/fund").get_json()["balance_cents"] == 0
    # replayed: refused in Dutch, nothing added
    again = client.post(url, data={"csrf_token": csrf_token(client, MANAGE)})
    assert again.status_code == 409 and "al gecorrigeerd" in again.get_data(as_text=True)
    # a reversal cannot be reversed
    third = client.post(f"{MANAGE}/{rows[1].id}/corrigeren", data={"csrf_token": csrf_token(client, MANAGE)})
    assert third.status_code == 409 and "al een correctie" in third.get_data(as_text=True)
    assert client.post(f"{MANAGE}/99999/corrigeren", data={"csrf_token": csrf_token(client, MANAGE)}).status_code == 409
    assert len(entries()) == 2


def test_no_edit_or_delete_routes(server):
    rules = [r for r in server.url_map.iter_rules() if r.endpoint.startswith("fund.")]
    assert {r.endpoint for r in rules} == {"fund.ledger", "fund.export", "fund.manage", "fund.reverse"}
    for rule in rules:
        assert not ({"PUT", "PATCH", "DELETE"} & set(rule.methods)), rule
        assert "wijzig" not in rule.rule and "verwijder" not in rule.rule and "edit" not in rule.rule


def test_delete_and_put_methods_are_refused(client):
    login(client, "admin@test.nl")
    add(client)
    entry_id = entries()[0].id
    for method in ("delete", "put", "patch"):
        assert getattr(client, method)(f"{MANAGE}/{entry_id}/corrigeren").status_code == 405
        assert getattr(client, method)(MANAGE).status_code == 405
    assert len(entries()) == 1


@pytest.mark.parametrize(
    "overrides,message",
    [
        ({"amount": ""}, "Vul een bedrag in"),
        ({"amount": "abc"}, "Vul een bedrag in euro"),
        ({"amount": "0"}, "groter zijn dan 0"),
        ({"amount": "-50"}, "Vul een bedrag in euro"),
        ({"amount": "12,345"}, "Vul een bedrag in euro"),
        ({"amount": "999999999999"}, "Vul een bedrag in euro"),
        ({"amount": "<script>alert(1)</script>"}, "Vul een bedrag in euro"),
        ({"description": ""}, "verplicht"),
        ({"description": "x" * 600}, "Hoogstens 500"),
        ({"description": "Vergoeding aan Jan de Vries"}, "persoonsgegevens"),
        ({"description": "Terugbetaling naar NL91ABNA0417164300"}, "persoonsgegevens"),
        ({"description": "Mail naar j.jansen@example.org"}, "persoonsgegevens"),
        ({"description": "Bel 0612345678"}, "persoonsgegevens"),
        ({"description": "Betaling BSN 123456782"}, "persoonsgegevens"),
        ({"kind": "gift"}, "Kies inkomsten of uitgaven"),
        ({"kind": "income", "category": "bemiddeling"}, "Kies een categorie"),
        ({"entry_date": "31-02-2025"}, "geen geldige datum"),
        ({"entry_date": ""}, "Vul een datum in"),
        ({"entry_date": "1990-01-01"}, "Kies een datum"),
    ],
)
def test_bad_input_refused_in_dutch(client, overrides, message):
    login(client, "admin@test.nl")
    response = add(client, **overrides)
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    assert message in body
    assert "<script>alert(1)</script>" not in body
    assert entries() == []


def test_unicode_description_ok(client):
    login(client, "admin@test.nl")
    assert add(client, description="Zaalhuur buurthuis – koffie ☕ en thee").status_code == 302
    assert entries()[0].description.endswith("☕ en thee")


def test_csv_and_json_exports(client):
    login(client, "admin@test.nl")
    add(client, description='=HYPERLINK("x") bijdrage')
    response = client.get("/burgerfonds.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0]["amount_cents"] == "125050" and rows[0]["description"].startswith("'=")
    assert client.get("/burgerfonds.json").get_json()["entries"][0]["kind"] == "income"
    assert client.get("/burgerfonds.xml").status_code == 404
    assert client.get("/api/v1/fund?x=1").status_code == 400


@pytest.mark.parametrize("who", ["anonymous", "mediator"])
def test_manage_is_admin_only(client, who):
    if who == "mediator":
        login(client, "med1@test.nl")
    get = client.get(MANAGE)
    token = csrf_token(client, "/bemiddeling/" if who == "mediator" else "/bemiddeling/inloggen")
    post = client.post(MANAGE, data={"csrf_token": token})
    rev = client.post(f"{MANAGE}/1/corrigeren", data={"csrf_token": token})
    if who == "anonymous":
        assert get.status_code == 302 and "/bemiddeling/inloggen" in get.headers["Location"]
        assert post.status_code == 302 and rev.status_code == 302
    else:
        assert get.status_code == post.status_code == rev.status_code == 403
    assert entries() == []


def test_csrf_required(client):
    login(client, "admin@test.nl")
    response = client.post(
        MANAGE,
        data={
            "entry_date": "2025-03-01",
            "kind": "income",
            "category": "bijdrage",
            "amount": "10",
            "description": "Bijdrage",
        },
    )
    assert response.status_code == 400 and entries() == []


def test_service_units(app):
    assert fund.parse_amount("1.234,56") == 123456
    assert fund.parse_amount("€ 12") == 1200
    assert fund.parse_amount("0,5") == 50
    with pytest.raises(fund.FundError):
        fund.parse_amount("1e5")
    assert fund.euro(-123456) == "−\u00a0€\u00a01.234,56"
    admin = user("admin@test.nl")
    fund.add_entry(admin, dt.date(2025, 1, 2), "spending", "kosten", 5000, "Zaalhuur")
    ledger = fund.ledger(solved=10)
    assert ledger["cost_per_solved_cents"] == 500
    assert fund.ledger(solved="<5")["cost_per_solved_cents"] is None
    with pytest.raises(fund.FundError):
        fund.add_entry(admin, dt.date(2025, 1, 2), "spending", "kosten", -5, "Zaalhuur")


def test_seed_demo_is_idempotent(app):
    import random

    fund.seed_demo(random.Random(1))
    n = db.session.execute(select(func.count(FundEntry.id))).scalar()
    assert n > 10
    fund.seed_demo(random.Random(1))
    assert db.session.execute(select(func.count(FundEntry.id))).scalar() == n


def test_a_correction_asks_for_confirmation_first(client):
    """The ledger page only links to a confirmation page; nothing is booked until the admin confirms."""
    login(client, "admin@test.nl")
    add(client)
    original = entries()[0]
    url = f"{MANAGE}/{original.id}/corrigeren"
    manage = client.get(MANAGE).get_data(as_text=True)
    assert f'href="{url}"' in manage and f'action="{url}"' not in manage
    confirm = client.get(url)
    page = confirm.get_data(as_text=True)
    assert confirm.status_code == 200 and "Ja, correctieboeking maken" in page and f'action="{url}"' in page
    assert original.description in page and "kan niet worden teruggedraaid" in page
    assert len(entries()) == 1  # looking is not booking
    assert client.post(url, data={"csrf_token": csrf_token(client, url)}).status_code == 302
    assert len(entries()) == 2
    again = client.get(url)  # already corrected: said in Dutch, no second confirmation
    assert again.status_code == 409 and "al gecorrigeerd" in again.get_data(as_text=True)
    assert client.get(f"{MANAGE}/99999999999999999999/corrigeren").status_code == 404
    assert client.get(f"{MANAGE}/123456/corrigeren").status_code == 409
    stranger = client.application.test_client()
    assert stranger.get(url).status_code in (302, 401, 403)
