"""The PostgreSQL pass of `make test`: start a private PostgreSQL, run pytest against it, always stop it.

    python -m tests.pg_run [pytest args...]

The fixtures in tests/conftest.py see PORTAL_TEST_DATABASE_URL (an admin URL) and give every test its own
database cloned from a migrated template. Tests marked `sqlite_only` are skipped in this pass.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from tests.pgtemp import temp_postgres


def _stop_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds through temp_postgres(), which stops the server


def main(argv: list[str]) -> int:
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _stop_on_signal)
    with temp_postgres() as url:
        print(f"== PostgreSQL test pass on {url.split('@', 1)[1]}", flush=True)
        env = {**os.environ, "PORTAL_TEST_DATABASE_URL": url}
        return subprocess.call([sys.executable, "-m", "pytest", *argv], env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
