"""Residents add a message and files from their status page: checked by content, stored outside the web root,
shown only to mediators, erased by the retention job and by the resident's own erasure."""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse

from portal.extensions import db
from portal.models import Request, utcnow
from portal.models_officials import Attachment, ResidentMessage
from portal.services import attachments, retention
from tests.conftest import csrf_token
from tests.officials.conftest import new_request

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
EXE = b"MZ\x90\x00" + b"\x00" * 64


def _post(
    client: FlaskClient, code: str, message: str = "", files: list[tuple[bytes, str]] | None = None, **extra: str
) -> TestResponse:
    data = {"csrf_token": csrf_token(client, "/verzoek/"), "message": message, **extra}
    data["bestanden"] = [(io.BytesIO(content), name) for content, name in (files or [])]
    return client.post(f"/verzoek/{code}/aanvullen", data=data, content_type="multipart/form-data")


def _files(app: Flask) -> list[Path]:
    root = Path(app.config["DATA_DIR"]) / "attachments"
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_resident_adds_message_and_files(app: Flask, staff: FlaskClient, public: FlaskClient) -> None:
    req, code = new_request()
    status = public.get(f"/verzoek/{code}").get_data(as_text=True)
    assert f"/verzoek/{code}/aanvullen" in status
    response = _post(
        public, code, "Hierbij de brief van de gemeente.", [(PDF, "brief.pdf"), (PNG, "foto.png"), (JPEG, "scan.JPG")]
    )
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/verzoek/{code}")
    msg = db.session.execute(select(ResidentMessage)).scalar_one()
    assert msg.body == "Hierbij de brief van de gemeente."
    rows = db.session.execute(select(Attachment).order_by(Attachment.id)).scalars().all()
    assert [(a.filename, a.content_type) for a in rows] == [
        ("brief.pdf", "application/pdf"),
        ("foto.png", "image/png"),
        ("scan.jpg", "image/jpeg"),
    ]
    files = _files(app)
    assert len(files) == 3
    data_dir = Path(app.config["DATA_DIR"])
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert data_dir in path.parents and "static" not in path.parts
    # Only mediators see and download them.
    page = staff.get(f"/bemiddeling/verzoek/{req.id}").get_data(as_text=True)
    assert "Hierbij de brief van de gemeente." in page and "brief.pdf" in page
    download = staff.get(f"/bemiddeling/bijlage/{rows[0].id}")
    assert download.status_code == 200 and download.data == PDF
    assert download.headers["Content-Disposition"].startswith("attachment;")
    assert download.headers["X-Content-Type-Options"] == "nosniff"
    # The download's own, stricter policy survives the app-wide headers (a file opened in the tab runs nothing).
    assert download.headers["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert download.headers["X-Frame-Options"] == "DENY"
    assert download.headers["Content-Type"] == "application/octet-stream"
    assert public.get(f"/bemiddeling/bijlage/{rows[0].id}").status_code in (302, 401, 403)
    assert "Hierbij de brief" not in public.get(f"/verzoek/{code}").get_data(as_text=True)
    assert staff.get("/bemiddeling/bijlage/999999").status_code == 404


def test_message_only_and_nothing_at_all(app: Flask, public: FlaskClient) -> None:
    _req, code = new_request()
    assert _post(public, code, "Alleen een bericht.").status_code == 302
    response = _post(public, code, "")
    assert response.status_code == 400 and "Schrijf een bericht of kies een bestand" in response.get_data(as_text=True)
    assert len(db.session.execute(select(ResidentMessage)).scalars().all()) == 1


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ([(EXE, "factuur.pdf")], "geen PDF, JPG of PNG"),
        ([(b"<html><script>alert(1)</script></html>", "brief.png")], "geen PDF, JPG of PNG"),
        ([(b"", "leeg.pdf")], "is leeg"),
        ([(PDF, "a.pdf"), (PDF, "b.pdf"), (PDF, "c.pdf"), (PDF, "d.pdf")], "hoogstens 3 bestanden"),
        ([(b"%PDF-" + b"0" * (5 * 1024 * 1024), "groot.pdf")], "groter dan 5 MB"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_stored(
    app: Flask, public: FlaskClient, files: list[tuple[bytes, str]], expected: str
) -> None:
    _req, code = new_request()
    response = _post(public, code, "Met bijlage.", files)
    assert response.status_code == 400
    assert expected in response.get_data(as_text=True)
    assert db.session.execute(select(ResidentMessage)).scalars().all() == []
    assert _files(app) == []


def test_whole_upload_too_large_is_a_dutch_413(app: Flask, public: FlaskClient) -> None:
    _req, code = new_request()
    big = b"%PDF-" + b"0" * (6 * 1024 * 1024)
    response = _post(public, code, "", [(big, "a.pdf"), (big, "b.pdf"), (big, "c.pdf")])
    assert response.status_code == 413
    assert "hoogstens 5 MB" in response.get_data(as_text=True)
    # Other forms keep the 1 MB limit.
    token = csrf_token(public, "/verzoek/")
    assert public.post("/verzoek/", data={"csrf_token": token, "code": "x" * (2 * 1024 * 1024)}).status_code == 413


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\x\\brief.pdf", None),  # the multipart parser already unquotes backslashes
        ('brief"\r\nContent-Type: text/html\r\n.pdf', None),
        ("brief\x00.exe.pdf", None),
        ("<script>alert(1)</script>.pdf", None),
        ("überweisung één.pdf", "überweisung één.pdf"),
        ("", "bestand.pdf"),
        ("a" * 300 + ".pdf", "a" * 80 + ".pdf"),
    ],
)
def test_filenames_are_cleaned(
    app: Flask, staff: FlaskClient, public: FlaskClient, raw: str, shown: str | None
) -> None:
    req, code = new_request()
    response = _post(public, code, "Bijlage.", [(PDF, raw)])
    if "\x00" in raw:
        assert response.status_code in (302, 400)  # the trust layer may refuse NUL bytes outright
        if response.status_code == 400:
            return
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    attachment = db.session.execute(select(Attachment)).scalar_one()
    name = attachment.filename
    assert name.endswith(".pdf") and "/" not in name and "\\" not in name
    assert not any(ch in name for ch in '\r\n\x00"<>')
    if shown:
        assert name == shown
    download = staff.get(f"/bemiddeling/bijlage/{attachment.id}")
    disposition = download.headers["Content-Disposition"]
    assert "\r" not in disposition and "\n" not in disposition
    assert "Content-Type: text/html" not in str(download.headers)
    page = staff.get(f"/bemiddeling/verzoek/{req.id}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page


def test_closed_or_unknown_request(app: Flask, public: FlaskClient) -> None:
    req, code = new_request()
    req.status = "afgerond"
    db.session.commit()
    assert "Informatie toevoegen" not in public.get(f"/verzoek/{code}").get_data(as_text=True)
    response = _post(public, code, "Nog iets.", [(PDF, "a.pdf")])
    assert response.status_code == 409 and "afgesloten" in response.get_data(as_text=True)
    assert _files(app) == []
    assert public.get("/verzoek/VTA-0000-0000-0000-0000/aanvullen").status_code == 404
    assert public.post("/verzoek/VTA-0000-0000-0000-0000/aanvullen", data={}).status_code in (400, 404)


def test_replayed_upload_with_stale_csrf(app: Flask, public: FlaskClient) -> None:
    _req, code = new_request()
    assert _post(public, code, "Eerste keer.").status_code == 302
    response = _post(public, code, "Nep", csrf_token="vervalst")
    assert response.status_code == 400


def test_resident_erasure_deletes_files_and_messages(app: Flask, public: FlaskClient) -> None:
    req, code = new_request()
    assert _post(public, code, "Mijn brief.", [(PDF, "brief.pdf")]).status_code == 302
    assert len(_files(app)) == 1
    page = public.get(f"/verzoek/{code}/gegevens").get_data(as_text=True)
    assert "berichten en bestanden" in page
    token = csrf_token(public, f"/verzoek/{code}/gegevens")
    response = public.post(f"/verzoek/{code}/gegevens", data={"csrf_token": token, "confirm": "y"})
    assert response.status_code == 302
    assert _files(app) == []
    msg = db.session.execute(select(ResidentMessage)).scalar_one()
    attachment = db.session.execute(select(Attachment)).scalar_one()
    assert msg.body == attachments.ERASED and msg.erased_at is not None
    assert attachment.erased_at is not None and attachment.filename == attachments.ERASED
    assert db.session.get(Request, req.id).status == "ontvangen"


def test_retention_job_deletes_files(app: Flask, public: FlaskClient) -> None:
    req, code = new_request()
    assert _post(public, code, "Mijn brief.", [(PNG, "foto.png")]).status_code == 302
    req = db.session.get(Request, req.id)
    req.status = "afgerond"
    req.closed_at = utcnow()
    db.session.commit()
    report = retention.run(months=12, now=utcnow() + dt.timedelta(days=3 * 366))
    assert report.request_ids == [req.id]
    assert _files(app) == []
    assert db.session.execute(select(ResidentMessage)).scalar_one().body == attachments.ERASED


def test_sniff_and_clean_units() -> None:
    assert attachments.sniff(PDF) == ("application/pdf", "pdf")
    assert attachments.sniff(EXE) is None
    assert attachments.sniff(b"") is None
    assert attachments.clean_filename("a/b/../c.png", "png") == "c.png"
    assert attachments.clean_filename("x.exe", "pdf") == "x.pdf"
    assert os.sep not in attachments.clean_filename("..", "pdf")


def test_attachments_dir_can_be_shared_storage(
    app: Flask, server: Flask, public: FlaskClient, tmp_path_factory: pytest.TempPathFactory
) -> None:
    shared = tmp_path_factory.mktemp("shared-attachments")
    server.config["ATTACHMENTS_DIR"] = str(shared)
    _req, code = new_request()
    assert _post(public, code, "Bijlage.", [(PDF, "a.pdf")]).status_code == 302
    assert len([p for p in shared.rglob("*") if p.is_file()]) == 1
    assert _files(app) == []


def test_replayed_upload_is_stored_once(app: Flask, public: FlaskClient) -> None:
    _req, code = new_request()
    for _ in range(2):
        assert _post(public, code, "Zelfde bericht.", [(PDF, "a.pdf")]).status_code == 302
    assert len(db.session.execute(select(ResidentMessage)).scalars().all()) == 1
    assert len(_files(app)) == 1
    # Another message, or the same message with another file, is new information.
    assert _post(public, code, "Zelfde bericht.", [(PNG, "b.png")]).status_code == 302
    assert len(db.session.execute(select(ResidentMessage)).scalars().all()) == 2


def test_total_files_per_request_are_capped(app: Flask, public: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "MAX_FILES_PER_REQUEST", 4)
    _req, code = new_request()
    assert _post(public, code, "Eerste.", [(PDF, "a.pdf"), (PNG, "b.png"), (JPEG, "c.jpg")]).status_code == 302
    response = _post(public, code, "Tweede.", [(PDF + b"2", "d.pdf"), (PNG + b"2", "e.png")])
    assert response.status_code == 400 and "Meer dan 4 kan niet" in response.get_data(as_text=True)
    assert len(_files(app)) == 3


def test_mediator_or_team_is_told_without_the_content(app: Flask, staff: FlaskClient, public: FlaskClient) -> None:
    from tests.officials.conftest import mails

    req, code = new_request()
    assert _post(public, code, "Geheime inhoud van de brief.", [(PDF, "a.pdf")]).status_code == 302
    team = mails("resident_info")
    assert sorted(m.to_addr for m in team) == ["med1@test.nl", "med2@test.nl"]  # nobody assigned yet
    assert all("Geheime inhoud" not in m.body_text and "a.pdf" not in m.body_text for m in team)
    token = csrf_token(staff, f"/bemiddeling/verzoek/{req.id}")
    assert staff.post(f"/bemiddeling/verzoek/{req.id}/oppakken", data={"csrf_token": token}).status_code == 302
    assert _post(public, code, "Nog iets.").status_code == 302
    assert [m.to_addr for m in mails("resident_info")][2:] == ["med1@test.nl"]
