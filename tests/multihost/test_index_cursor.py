"""The per-host cursor into the outbox: late commits below the cursor, holes, two index copies."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import create_engine, func, select

from portal.extensions import db
from portal.models import Article, IndexOutbox
from portal.models_index import IndexCursor
from portal.services import knowledge
from tests.conftest import ON_POSTGRES


def _article(ref: str) -> dict:
    return {
        "reference": ref,
        "title": f"Artikel {ref}",
        "body": "Over de afvalinzameling.",
        "theme": "Afval",
        "department": "Reiniging",
        "outcome": "opgelost",
        "year": 2025,
        "published_at": dt.date(2025, 1, 1),
        "status": "published",
    }


def _refs() -> set[str]:
    from pathlib import Path

    from tests.multihost.procs import index_references

    return set(index_references(Path(knowledge.index().index_dir)))


def _position() -> int:
    return db.session.get(IndexCursor, knowledge.index_host()).last_outbox_id


@pytest.mark.skipif(not ON_POSTGRES, reason="needs PostgreSQL: two concurrent writers (SQLite serialises them)")
def test_a_lower_outbox_id_committed_late_is_not_skipped(app):
    with knowledge.writer_lock():
        knowledge.ensure_index_locked()
    engine = create_engine(app.config["SQLALCHEMY_DATABASE_URI"])
    slow = engine.connect()
    try:
        slow_tx = slow.begin()
        slow.execute(Article.__table__.insert().values(**_article("SLOW-1")))
        slow.execute(IndexOutbox.__table__.insert().values(reference="SLOW-1", op="upsert"))  # takes the lower id
        with engine.begin() as fast:
            fast.execute(Article.__table__.insert().values(**_article("FAST-1")))
            fast.execute(IndexOutbox.__table__.insert().values(reference="FAST-1", op="upsert"))
        with knowledge.writer_lock():
            assert knowledge.process_outbox() == 1
        assert _refs() == {"FAST-1"}
        assert _position() == 0  # the hole below FAST-1 is young: a transaction may still fill it
        slow_tx.commit()
        with knowledge.writer_lock():
            assert knowledge.process_outbox() == 1  # SLOW-1 only; FAST-1 is not applied again
            assert knowledge.process_outbox() == 0
        assert _refs() == {"FAST-1", "SLOW-1"}
        top = db.session.execute(select(func.max(IndexOutbox.id))).scalar_one()
        assert _position() == top
    finally:
        slow.close()
        engine.dispose()


def test_a_hole_left_by_a_rolled_back_transaction_is_passed_after_the_grace(app):
    knowledge.import_jsonl([json.dumps({"id": "KB-1", "title": "Afval", "body": "Afvalinzameling.", "year": 2025})])
    with knowledge.writer_lock():
        knowledge.ensure_index_locked()
    top = db.session.execute(select(func.max(IndexOutbox.id))).scalar_one()
    assert _position() == top
    db.session.execute(Article.__table__.insert().values(**_article("KB-2")))
    db.session.execute(IndexOutbox.__table__.insert().values(id=top + 3, reference="KB-2", op="upsert"))
    db.session.commit()
    with knowledge.writer_lock():
        assert knowledge.process_outbox() == 1
        assert knowledge.process_outbox() == 0
    assert _position() == top and _refs() == {"KB-1", "KB-2"}
    app.config["INDEX_GAP_GRACE_SECONDS"] = 0
    with knowledge.writer_lock():
        assert knowledge.process_outbox() == 0
    assert _position() == top + 3


def test_two_index_copies_on_one_database_each_apply_every_change(app, tmp_path):
    knowledge.import_jsonl([json.dumps({"id": "KB-1", "title": "Afval", "body": "Afvalinzameling.", "year": 2025})])
    with knowledge.writer_lock():
        knowledge.ensure_index_locked()
    first_dir, first_host = app.config["INDEX_DIR"], knowledge.index_host()
    app.config["INDEX_DIR"] = str(tmp_path / "second" / "index")
    try:
        second_host = knowledge.index_host()
        assert second_host != first_host
        with knowledge.writer_lock():
            assert knowledge.ensure_index_locked() == "rebuilt"
        knowledge.import_jsonl([json.dumps({"id": "KB-2", "title": "Parkeren", "body": "Vergunning.", "year": 2025})])
        with knowledge.writer_lock():
            assert knowledge.process_outbox() == 1
        assert _refs() == {"KB-1", "KB-2"}
    finally:
        app.config["INDEX_DIR"] = first_dir
    with knowledge.writer_lock():
        assert knowledge.process_outbox() == 1  # the first copy still gets the change the second one applied
    assert _refs() == {"KB-1", "KB-2"}
    positions = dict(db.session.execute(select(IndexCursor.host, IndexCursor.last_outbox_id)).all())
    assert positions[first_host] == positions[second_host]
