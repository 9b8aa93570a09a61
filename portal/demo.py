"""A believable demo municipality: themes, departments, staff, ~300 requests over two years, articles.

Deterministic (seeded) and idempotent: a second run adds nothing. All people are invented.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable

from sqlalchemy import func, select

from . import labels
from .demo_cases import CASES, OFFICIALS, TITLES
from .extensions import db
from .models import Agreement, Article, Contact, Department, Official, Request, StatusChange, Theme, User, utcnow
from .models_mail import MailOutbox
from .services import codes, knowledge, norms
from .services import users as users_service
from .services.workdays import add_working_days

ACCOUNTS = [
    ("admin@voorbeeld.nl", "Anne Beheer", "admin", "demo-beheer-2026"),
    ("bemiddelaar1@voorbeeld.nl", "Bas Bemiddelaar", "mediator", "demo-bemiddel-2026"),
    ("bemiddelaar2@voorbeeld.nl", "Fatima Bemiddelaar", "mediator", "demo-bemiddel-2026"),
]


def run(if_empty: bool = False, echo: Callable[[str], None] = print, n_requests: int = 300, seed: int = 42) -> None:
    """Seed the demo; a no-op for data that is already there."""
    has_requests = db.session.execute(select(func.count(Request.id))).scalar_one() > 0
    if if_empty and has_requests:
        echo("Demodata is er al; niets toegevoegd.")
        _print_access(echo)
        return
    rng = random.Random(seed)
    _catalog()
    _contact_details()
    users = _accounts()
    if not has_requests:
        now = utcnow().replace(microsecond=0)  # the demo's clock: its history and its rules count from here
        _requests(rng, users, n_requests, now)
        keep_own_rules(now)
    from .services import fund

    fund.seed_demo(rng)  # ledger and learning points; adds nothing when the ledger has entries
    _articles(rng)
    with knowledge.writer_lock():
        knowledge.ensure_index_locked()
    echo("Demo klaar.")
    _print_access(echo)


def _contact_details() -> None:
    """Clearly fictional contact details of the mediation service (admins change them in the back office)."""
    from .services import contact

    if not contact.load().is_empty:
        return
    contact.save(
        contact.ContactDetails(
            phone="14 099",
            email="bemiddeling@voorbeeld.example",
            address="Postbus 0000\n9999 ZZ Voorbeeldstad (demo-adres)",
            hours="Maandag tot en met vrijdag van 9.00 tot 17.00 uur (demo)",
        )
    )
    db.session.commit()
    contact.forget()


def _print_access(echo: Callable[[str], None]) -> None:
    echo("Inloggen op http://127.0.0.1:5000/bemiddeling/inloggen met:")
    for email, _name, role, password in ACCOUNTS:
        echo(f"  {labels.ROLES[role]:12s} {email:28s} wachtwoord: {password}")
    echo("Let op: dit zijn demowachtwoorden. Gebruik ze nooit op een echte server.")
    for label, code in example_codes():
        echo(f"  Voorbeeldcode ({label}): {code}  ->  http://127.0.0.1:5000/verzoek/{code}")


def example_codes() -> list[tuple[str, str]]:
    """Tracking codes of two demo requests, so a newcomer can try the status page."""
    out = []
    for label, statuses in (
        ("nog open", ("in_verkenning", "in_afstemming")),
        ("wacht op de controlevraag", ("opgelost", "niet_opgelost", "doorverwezen")),
    ):
        req = db.session.execute(
            select(Request)
            .where(
                Request.status.in_(statuses),
                Request.submission_id.like("demo-%"),
                Request.control_answered_at.is_(None),
            )
            .order_by(Request.id)
            .limit(1)
        ).scalar_one_or_none()
        if req is not None:
            out.append((label, codes.code_for_submission("demo", req.submission_id)))
    return out


def _catalog() -> None:
    for slug, name in labels.THEMES:
        if db.session.execute(select(Theme).where(Theme.slug == slug)).scalar_one_or_none() is None:
            db.session.add(Theme(slug=slug, name=name))
    for name in labels.DEPARTMENTS:
        if db.session.execute(select(Department).where(Department.name == name)).scalar_one_or_none() is None:
            db.session.add(Department(name=name))
    db.session.flush()
    if db.session.execute(select(func.count(Official.id))).scalar_one() == 0:
        deps = db.session.execute(select(Department).order_by(Department.id)).scalars().all()
        for i, (name, role) in enumerate(OFFICIALS):
            # Fictional work addresses (the .example domain never delivers), so invitations can be tried out.
            mailbox = re.sub(r"[^a-z]", "", name.split()[-1].lower())
            db.session.add(
                Official(
                    name=name,
                    role=role,
                    department_id=deps[i * 2 % len(deps)].id,
                    email=f"{mailbox}@gemeente.voorbeeld.example",
                )
            )
    db.session.commit()


def _accounts() -> list[User]:
    """The demo accounts, created like any other account: through services.users, so each has its audit entry."""
    users = []
    for email, name, role, password in ACCOUNTS:
        user = db.session.execute(select(User).where(User.email == email)).scalar_one_or_none()
        if user is None:
            user = users_service.create(None, email=email, name=name, role=role, password=password, via="demo")
        users.append(user)
    db.session.commit()
    return users


# Ends a demo must show at least once (the status page and the council's figures have a case of each), given to
# requests received 11 to 14 days before the demo's clock, so that the nightly auto-close has not closed them yet:
# without them the draws of some dates left "doorverwezen" out of a 300-case demo (the test failed on 5 December).
_SHOWN_AT = {12: ["doorverwezen"], 13: ["niet_opgelost"], 14: ["opgelost"]}


def _path_for(age_days: int, rng: random.Random) -> list[str]:
    """A plausible status path; older requests are further along."""
    if age_days < 3:
        return ["ontvangen"]
    if age_days < 10:
        return rng.choice([["ontvangen"], ["ontvangen", "in_verkenning"]])
    if age_days < 40:
        return rng.choice(
            [
                ["ontvangen", "in_verkenning"],
                ["ontvangen", "in_verkenning", "in_afstemming"],
                ["ontvangen", "in_verkenning", "in_afstemming", "opgelost"],
            ]
        )
    end = rng.choices(
        [
            ["opgelost", "afgerond"],
            ["opgelost"],
            ["niet_opgelost", "afgerond"],
            ["niet_opgelost"],
            ["niet_opgelost", "doorverwezen", "afgerond"],
            ["doorverwezen", "afgerond"],
            ["doorverwezen"],
            ["ingetrokken"],
        ],
        weights=[55, 5, 10, 2, 8, 8, 2, 6],
    )[0]
    return ["ontvangen", "in_verkenning", "in_afstemming", *end]


def _requests(rng: random.Random, users: list[User], n: int, now: dt.datetime | None = None) -> None:
    themes = {t.slug: t for t in db.session.execute(select(Theme)).scalars()}
    departments = {d.name: d for d in db.session.execute(select(Department)).scalars()}
    officials = db.session.execute(select(Official)).scalars().all()
    mediators = [u for u in users if u.role == "mediator"]
    current = norms.current()
    now = now or utcnow().replace(microsecond=0)
    channels = ["web"] * 6 + ["telefoon"] * 2 + ["balie", "email", "brief"]
    req_receipts: list[tuple[Request, dt.datetime, dt.datetime]] = []
    for i in range(n):
        slug = rng.choice(list(CASES))
        dept_name, what, want, agreed, _lesson = rng.choice(CASES[slug])
        age = int(730 * (i / n) ** 1.3) if i else 0  # more recent requests than old ones
        received = now - dt.timedelta(days=age, hours=rng.randint(0, 8), minutes=rng.randint(0, 59))
        sub_id = f"demo-{seed_id(i)}"
        first_due, resolution_due = current.deadlines(received.date())
        path = _path_for(age, rng)
        if path[-1] == "opgelost" and age < 40 and i % 3 == 0:  # recent cases that could not be solved (no rng)
            path = [*path[:-1], "niet_opgelost"]
        if i in _SHOWN_AT:  # a few recent cases end each way, whatever the draws: every status is shown
            path = ["ontvangen", "in_verkenning", "in_afstemming", *_SHOWN_AT[i]]
        req = Request(
            code_hash=codes.code_hash(codes.code_for_submission("demo", sub_id)),
            submission_id=sub_id,
            channel=rng.choice(channels),
            status=path[-1],
            received_at=received,
            first_contact_due=first_due,
            resolution_due=resolution_due,
            what_happened=what,
            desired_outcome=want,
            theme_id=themes[slug].id if rng.random() > 0.1 else None,
            department_id=departments[dept_name].id if len(path) > 1 else None,
            contact_preference=rng.choice(["geen", "telefoon", "email"]),
            contact_name=f"Inwoner {i + 1} (demo)",
            contact_email=f"inwoner{i + 1}@example.org",
            consent_publication=rng.random() < 0.7,
            mediator_id=rng.choice(mediators).id if len(path) > 1 else None,
        )
        db.session.add(req)
        # The receipt mail, as delivered (rule 1, time to acknowledgement); every 25th waited for a mail outage.
        sent = received + (dt.timedelta(days=1, hours=2) if i % 25 == 3 else dt.timedelta(minutes=1))
        req_receipts.append((req, received, sent))
        at = received
        previous = None
        for step in path:
            if previous is not None:
                at = min(now, at + dt.timedelta(days=rng.randint(1, 12), hours=rng.randint(0, 6)))
            req.history.append(
                StatusChange(
                    at=at, from_status=previous, to_status=step, actor_id=req.mediator_id if previous else None
                )
            )
            if step == "in_verkenning":
                contact_at = min(now, received + dt.timedelta(days=rng.choice([0, 1, 2, 2, 3, 5, 8])))
                req.first_contact_at = contact_at
                req.contacts.append(
                    Contact(
                        at=contact_at,
                        created_at=contact_at,  # logged when it happened, not when the demo was seeded
                        channel=rng.choice(["telefoon", "gesprek"]),
                        participants="bewoner, bemiddelaar",
                        with_resident=True,
                        summary="Eerste gesprek: de bewoner vertelde wat er speelt.",
                        author_id=req.mediator_id,
                    )
                )
            if step == "in_afstemming":
                official = rng.choice(officials)
                req.contacts.append(
                    Contact(
                        at=at,
                        created_at=at,
                        channel="gesprek",
                        official_id=official.id,
                        participants=f"bemiddelaar, {official.role}",
                        with_resident=False,
                        summary=f"Overleg met {official.role} over een oplossing.",
                        author_id=req.mediator_id,
                    )
                )
                due = add_working_days(at.date(), rng.randint(5, 20))
                state = (
                    "open"
                    if due > now.date() or rng.random() < 0.1
                    else rng.choices(["kept", "broken"], weights=[80, 20])[0]
                )
                req.agreements.append(
                    Agreement(
                        description=agreed,
                        department_id=departments[dept_name].id,
                        promised_by_role=official.role,
                        official_id=official.id,
                        due=due,
                        status=state,
                        created_at=at,
                        author_id=req.mediator_id,
                        status_at=None if state == "open" else at,
                    )
                )
            if step in ("opgelost", "niet_opgelost", "doorverwezen", "ingetrokken"):
                req.resolved_at = req.resolved_at or at
                req.outcome = {"opgelost": rng.choice(["opgelost"] * 4 + ["deels_opgelost"])}.get(step, step)
                req.outcome_summary = {
                    "opgelost": f"Afgesproken: {agreed.lower()}",
                    "niet_opgelost": "De regels laten geen andere uitkomst toe. De bemiddelaar heeft dit "
                    "uitgelegd en de formele route genoemd.",
                }.get(step)
                if step == "doorverwezen":
                    req.referral_route = rng.choice(list(labels.ROUTES))
                    # From the index, not the rng: the demo's other random draws stay as they were.
                    req.referral_category = list(labels.REFERRAL_CATEGORIES)[i % len(labels.REFERRAL_CATEGORIES)]
                    req.referral_reason = "De bewoner wil een formeel oordeel over het besluit."
            if step in ("afgerond", "ingetrokken"):
                req.closed_at = at
            if step == "afgerond" and rng.random() < 0.8:
                req.control_all_addressed = rng.random() < 0.85
                req.control_satisfied = rng.random() < 0.8 if req.outcome != "niet_opgelost" else rng.random() < 0.4
                req.control_answered_at = at
            previous = step
        if i % 50 == 49:
            db.session.commit()
    db.session.flush()
    for req, received, sent in req_receipts:
        db.session.add(
            MailOutbox(
                to_addr=req.contact_email or "",
                subject="Wij hebben uw verzoek ontvangen",
                kind="receipt",
                reason="Demo",
                request_id=req.id,
                message_id=f"<demo-receipt-{req.submission_id}@demo.invalid>",
                created_at=received,
                next_attempt_at=received,
                state="sent",
                attempts=1,
                sent_at=min(sent, now),
                ref=f"request:{req.id}:receipt",
            )
        )
    db.session.commit()


def _night_after(moment: dt.datetime) -> dt.datetime:
    """When the nightly job (deploy/verzoek-retention.timer, 03:30 Dutch time) first runs after `moment`."""
    from .services import clock

    night = dt.datetime.combine(clock.local_date(moment), dt.time(3, 30))
    if night <= clock.to_local(moment).replace(tzinfo=None):
        night += dt.timedelta(days=1)
    return clock.from_local(night)


def keep_own_rules(now: dt.datetime) -> None:
    """Make the demo follow its own rules, as if `flask retention run` had run every night until `now`.

    Requests waiting for the control answer are closed PORTAL_AUTO_CLOSE_DAYS after their last activity (on the
    night it falls due, the resident's 'closed' mail delivered then), and the retention rule erases the personal
    data of requests closed and inactive for PORTAL_RETENTION_MONTHS. Both through the job's own code.
    """
    from .services import retention

    days = retention.configured_auto_close_days()
    waiting = db.session.execute(select(Request).where(Request.status.in_(retention.AWAITING_CONTROL))).scalars()
    nights = sorted({_night_after(retention.last_activity(req) + dt.timedelta(days=days)) for req in waiting})
    for night in (n for n in nights if n <= now):
        closed = retention.auto_close(night, days)
        db.session.flush()
        mails = db.session.execute(
            select(MailOutbox).where(
                MailOutbox.request_id.in_([req.id for req in closed]), MailOutbox.state == "pending"
            )
        ).scalars()
        for mail in mails:  # delivered that night, as the mail worker would have done
            mail.created_at = mail.next_attempt_at = mail.sent_at = night
            mail.state, mail.attempts, mail.body_text, mail.body_html = "sent", 1, "", ""
        db.session.commit()
    retention.run(now=now)


def seed_id(i: int) -> str:
    return f"{i:05d}"


def _articles(rng: random.Random) -> None:
    """One published article per demo case, anonymised by construction."""
    year = dt.date.today().year
    n = 0
    for slug, cases in CASES.items():
        theme = dict(labels.THEMES)[slug]
        for case_no, (dept, what, want, agreed, lesson) in enumerate(cases):
            n += 1
            reference = f"KB-{year - (n % 2)}-{n:04d}"
            if db.session.execute(select(Article.id).where(Article.reference == reference)).first():
                continue
            outcome = rng.choice(["opgelost", "opgelost", "deels opgelost", "niet opgelost"])
            situation = what.replace("Mijn ", "De ").replace("mijn ", "de ").replace("Ik ", "De bewoner ")
            body = (
                f"## Situatie\n\n{situation}"
                f"\n\n## Afstemming\n\nDe bewoner vroeg: {want.lower()} De bemiddelaar sprak met de "
                f"afdeling {dept}.\n\n## Uitkomst\n\n{agreed}\n\n## Leren\n\nLeerpunt: {lesson}"
            )
            title = TITLES[slug][case_no]
            db.session.add(
                Article(
                    reference=reference,
                    title=title,
                    body=body,
                    theme=theme,
                    department=dept,
                    outcome=outcome,
                    year=year - (n % 2),
                    published_at=dt.date.today() - dt.timedelta(days=n * 9),
                )
            )
            knowledge.enqueue(reference, "upsert")
    db.session.commit()
