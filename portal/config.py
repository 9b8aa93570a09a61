"""Default configuration; every key can be overridden by a PORTAL_-prefixed environment variable."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


class Defaults:
    DATA_DIR = "instance"
    DATABASE_URL: str | None = None
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SQLITE_BUSY_TIMEOUT_MS = 10000
    WTF_CSRF_TIME_LIMIT = 8 * 3600  # a resident may take a while to write down their story
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    MAX_CONTENT_LENGTH = 1 * 1024 * 1024
    MUNICIPALITY = "Gemeente Voorbeeld"
    # Every absolute link (API, OpenAPI, feeds, mails) starts here; never taken from the Host header.
    BASE_URL = "http://127.0.0.1:5000"
    # Service norms used until an admin stores their own (working days, Dutch holidays excluded).
    NORM_FIRST_CONTACT_DAYS = 3
    NORM_RESOLUTION_DAYS = 30
    QUEUE_PAGE_SIZE = 50
    INDEX_WRITER = "embedded"  # "embedded": a background thread of one process; "external": `flask kb worker`
    # Mail (services/mail/). Without MAIL_SERVER every message is written as .eml under <data>/mail/.
    MAIL_SERVER: str | None = None  # smtp://host:25, smtp+starttls://user:pass@host:587, smtps://user:pass@host:465
    MAIL_FROM = "noreply@localhost"
    MAIL_TEAM: str | None = None  # where new-request mails go while nobody is assigned (default: every mediator)
    MAIL_SENDER = "embedded"  # "embedded": a thread in the web workers sends; "external": `flask mail worker`
    MAIL_LEASE_SECONDS = 600  # a claim older than this belongs to a sender that stopped
    MAIL_MAX_ATTEMPTS = 8
    MAIL_BACKOFF_SECONDS = 60  # first wait after a temporary failure; doubles each time, at most an hour
    # The commons (services/commons, docs/commons.md): sync followed portals every COMMONS_SYNC_MINUTES;
    # "embedded": a thread in the web workers (one syncs, under a file lock); "external": `flask commons worker`.
    COMMONS_SYNC = "embedded"
    COMMONS_SYNC_MINUTES = 60
    COMMONS_MAX_PAGES = 50  # pages of at most 500 changes per source and sync; the rest follows next time
    COMMONS_GAP_GRACE_SECONDS = 120  # the changes feed waits this long for a transaction that holds a lower id
    INACTIVE_WORKING_DAYS = 5  # queue filter "stil" and the daily digest: no activity for this many working days


def data_dir(app_config: dict) -> Path:
    """The one folder that holds all state (database, search index, secret key)."""
    path = Path(app_config["DATA_DIR"])
    if not path.is_absolute():
        path = Path.cwd() / path
    path.mkdir(parents=True, exist_ok=True)
    return path


def load_secret_key(folder: Path) -> str:
    """A stable secret per data folder, created on first start with owner-only permissions."""
    key_file = folder / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    key = secrets.token_hex(32)
    try:
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process created it first
        return key_file.read_text().strip()
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key
