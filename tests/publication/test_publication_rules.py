"""Who may do what, which requests may become an article, and replayed forms."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from portal.extensions import db
from portal.models import Article, AuditEntry, IndexOutbox
from portal.services import publication as pub
from tests.conftest import csrf_token, login
from tests.publication.conftest import RESIDENT, make_request, post
from tests.publication.test_publication_workflow import ADMIN, ADMIN2, MED1, MED2, SECTIONS, draft_of

# (method, url pattern, roles allowed by role; "author"/"not_author" refine it per article)
ROUTES = [
    ("GET", "/bemiddeling/artikelen/", {"mediator", "admin"}),
    ("GET", "/bemiddeling/artikelen/nieuw", {"mediator", "admin"}),
    ("POST", "/bemiddeling/artikelen/nieuw/{req}", {"mediator", "admin"}),
    ("GET", "/bemiddeling/artikelen/{art}", {"mediator", "admin"}),
    ("POST", "/bemiddeling/artikelen/{art}/opslaan", {"mediator", "admin"}),
    ("POST", "/bemiddeling/artikelen/{art}/indienen", {"mediator", "admin"}),
    ("POST", "/bemiddeling/artikelen/{art}/publiceren", {"admin"}),
    ("POST", "/bemiddeling/artikelen/{art}/terugsturen", {"admin"}),
    ("POST", "/bemiddeling/artikelen/{art}/intrekken", {"admin"}),
]


@pytest.mark.parametrize("who", ["anonymous", "mediator", "admin"])
def test_permission_matrix_for_every_route(server, app, clients, who):
    req = make_request()
    other = make_request(sub="pub-2")
    # an article by someone else (med2) in review, so every action is meaningful
    author = clients(MED2)
    post(author, f"/bemiddeling/artikelen/nieuw/{other.id}")
    art = draft_of(other)
    post(author, f"/bemiddeling/artikelen/{art.id}/opslaan", SECTIONS)
    post(author, f"/bemiddeling/artikelen/{art.id}/indienen")
    client = server.test_client()
    if who != "anonymous":
        login(client, ADMIN if who == "admin" else MED1)
    for method, pattern, allowed in ROUTES:
        url = pattern.format(req=req.id, art=art.id)
        if who == "anonymous":
            response = (
                client.get(url)
                if method == "GET"
                else client.post(url, data={"csrf_token": csrf_token(client, "/bemiddeling/inloggen")})
            )
            assert response.status_code == 302, url
            assert "/bemiddeling/inloggen" in response.headers["Location"], url
            continue
        response = client.get(url) if method == "GET" else post(client, url, {"note": "Graag korter."})
        role = "admin" if who == "admin" else "mediator"
        if role not in allowed:
            assert response.status_code == 403, url
        elif url.endswith(("/opslaan", "/indienen")):
            # only the author edits or submits; everyone else gets a Dutch refusal
            assert response.status_code == 403, url
            assert "Alleen de schrijver" in response.get_data(as_text=True)
        else:
            assert response.status_code in (200, 302, 409), (url, response.status_code)
    db.session.refresh(art)
    if who != "admin":
        assert art.status == "review" and art.reviewer_id is None


def test_anonymous_post_without_token_is_refused(client, resolved):
    assert client.post(f"/bemiddeling/artikelen/nieuw/{resolved.id}").status_code in (302, 400)
    assert db.session.execute(select(func.count(Article.id))).scalar_one() == 0


def test_staff_post_without_csrf_token_is_refused(clients, resolved):
    client = clients(MED1)
    assert client.post(f"/bemiddeling/artikelen/nieuw/{resolved.id}", data={}).status_code == 400
    assert db.session.execute(select(func.count(Article.id))).scalar_one() == 0


def test_mediator_cannot_publish_and_author_admin_cannot_publish_or_withdraw_own(app, clients, resolved):
    author = clients(ADMIN)
    post(author, f"/bemiddeling/artikelen/nieuw/{resolved.id}")
    art = draft_of(resolved)
    post(author, f"/bemiddeling/artikelen/{art.id}/opslaan", SECTIONS)
    post(author, f"/bemiddeling/artikelen/{art.id}/indienen")
    for action in ("publiceren", "terugsturen"):
        r = post(author, f"/bemiddeling/artikelen/{art.id}/{action}", {"note": "ok"})
        assert r.status_code == 403 and "U schreef dit artikel zelf" in r.get_data(as_text=True)
    assert post(clients(MED1), f"/bemiddeling/artikelen/{art.id}/publiceren").status_code == 403
    # the review panel is not offered to the author
    assert "Publiceren in de kennisbank" not in author.get(f"/bemiddeling/artikelen/{art.id}").get_data(as_text=True)
    assert post(clients(ADMIN2), f"/bemiddeling/artikelen/{art.id}/publiceren").status_code == 302
    r = post(author, f"/bemiddeling/artikelen/{art.id}/intrekken")
    assert r.status_code == 403 and "U schreef dit artikel zelf" in r.get_data(as_text=True)
    db.session.refresh(art)
    assert art.status == "published"


def test_no_consent_is_refused(app, clients):
    req = make_request(consent=False)
    client = clients(MED1)
    assert req.number not in client.get("/bemiddeling/artikelen/nieuw").get_data(as_text=True)
    r = post(client, f"/bemiddeling/artikelen/nieuw/{req.id}")
    assert r.status_code == 409 and "geen toestemming gegeven voor publicatie" in r.get_data(as_text=True)
    assert db.session.execute(select(func.count(Article.id))).scalar_one() == 0


@pytest.mark.parametrize("status", ["ontvangen", "in_verkenning", "ingetrokken"])
def test_wrong_status_is_refused(app, clients, status):
    req = make_request(status=status)
    client = clients(MED1)
    assert req.number not in client.get("/bemiddeling/artikelen/nieuw").get_data(as_text=True)
    r = post(client, f"/bemiddeling/artikelen/nieuw/{req.id}")
    assert r.status_code == 409
    assert "kan nog geen artikel worden gemaakt" in r.get_data(as_text=True)
    assert db.session.execute(select(func.count(Article.id))).scalar_one() == 0


@pytest.mark.parametrize(
    "status,outcome",
    [
        ("opgelost", "deels opgelost"),
        ("niet_opgelost", "niet opgelost"),
        ("doorverwezen", "doorverwezen"),
        ("afgerond", "deels opgelost"),
    ],
)
def test_every_eligible_status_gives_a_draft_with_its_outcome(app, clients, status, outcome):
    req = make_request(status=status)
    client = clients(MED1)
    assert req.number in client.get("/bemiddeling/artikelen/nieuw").get_data(as_text=True)
    assert post(client, f"/bemiddeling/artikelen/nieuw/{req.id}").status_code == 302
    art = draft_of(req)
    assert art.outcome == outcome and art.year == 2025 and art.theme == "Parkeren"
    if status == "doorverwezen":
        assert "Bezwaar" in art.outcome_text
    # gone from the list of requests that can still become an article
    assert req.number not in client.get("/bemiddeling/artikelen/nieuw").get_data(as_text=True)


def test_unknown_request_or_article_is_404(clients):
    client = clients(ADMIN)
    assert post(client, "/bemiddeling/artikelen/nieuw/99999").status_code == 404
    assert client.get("/bemiddeling/artikelen/99999").status_code == 404
    for action in ("opslaan", "indienen", "publiceren", "terugsturen", "intrekken"):
        assert post(client, f"/bemiddeling/artikelen/99999/{action}", {"note": "x"}).status_code == 404
    assert client.get("/bemiddeling/artikelen/abc").status_code == 404


def test_replayed_forms_create_no_duplicates(app, clients, resolved):
    author, reviewer = clients(MED1), clients(ADMIN)
    for _ in range(3):
        assert post(author, f"/bemiddeling/artikelen/nieuw/{resolved.id}").status_code == 302
    # another mediator trying the same request lands on the same article
    assert post(clients(MED2), f"/bemiddeling/artikelen/nieuw/{resolved.id}").status_code == 302
    assert db.session.execute(select(func.count(Article.id))).scalar_one() == 1
    art = draft_of(resolved)
    for _ in range(2):
        assert post(author, f"/bemiddeling/artikelen/{art.id}/opslaan", SECTIONS).status_code == 200
    assert post(author, f"/bemiddeling/artikelen/{art.id}/indienen").status_code == 302
    assert post(author, f"/bemiddeling/artikelen/{art.id}/indienen").status_code == 409
    assert post(reviewer, f"/bemiddeling/artikelen/{art.id}/publiceren").status_code == 302
    assert post(reviewer, f"/bemiddeling/artikelen/{art.id}/publiceren").status_code == 409
    assert post(reviewer, f"/bemiddeling/artikelen/{art.id}/terugsturen", {"note": "x"}).status_code == 409
    assert db.session.execute(select(func.count(Article.id))).scalar_one() == 1
    assert db.session.execute(select(func.count(IndexOutbox.id))).scalar_one() == 1
    creates = db.session.execute(select(func.count(AuditEntry.id)).where(AuditEntry.action == "article.create"))
    assert creates.scalar_one() == 1


def test_lists_show_articles_by_status_without_contact_details(app, clients, resolved):
    author = clients(MED1)
    post(author, f"/bemiddeling/artikelen/nieuw/{resolved.id}")
    art = draft_of(resolved)
    post(author, f"/bemiddeling/artikelen/{art.id}/opslaan", SECTIONS)
    html = clients(ADMIN).get("/bemiddeling/artikelen/").get_data(as_text=True)
    assert "Concept (1)" in html and "Ter beoordeling (0)" in html and SECTIONS["title"] in html
    for bit in (RESIDENT["email"], "Öztürk"):
        assert bit not in html
    # the back-office menu links the list for mediators and admins
    assert 'href="/bemiddeling/artikelen/"' in clients(MED1).get("/bemiddeling/").get_data(as_text=True)


def test_request_without_contact_details_still_works(app, clients):
    req = make_request(contact={"name": None, "email": None, "phone": None})
    client = clients(MED1)
    assert post(client, f"/bemiddeling/artikelen/nieuw/{req.id}").status_code == 302
    art = draft_of(req)
    assert post(client, f"/bemiddeling/artikelen/{art.id}/opslaan", SECTIONS).status_code == 200
    assert pub.context_for(req).record == pub.RecordTerms(official_parts=("Henk", "Geheimzinnig"))
    db.session.refresh(art)
    assert "Geheimzinnig" not in art.coordination and "[ambtenaar]" in art.coordination
