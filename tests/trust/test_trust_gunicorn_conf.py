"""The gunicorn configuration logs no client address or anything else that points to a person."""

from __future__ import annotations

import runpy
from pathlib import Path

CONF = Path(__file__).resolve().parents[2] / "deploy" / "gunicorn.conf.py"


def test_access_log_format_has_no_client_data():
    settings = runpy.run_path(str(CONF))
    fmt = settings["access_log_format"]
    for atom in ("%(h)s", "%(a)s", "%(f)s", "%(q)s", "%(r)s", "%(u)s", "%({x-forwarded-for}i)s", "%(l)s"):
        assert atom not in fmt, atom
    assert "%(U)s" in fmt and "%(s)s" in fmt
    assert settings["accesslog"] == "-" and callable(settings["post_fork"])
    assert settings["bind"].startswith("127.0.0.1")  # loopback unless PORTAL_BIND says otherwise
