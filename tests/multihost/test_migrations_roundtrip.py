"""Every migration runs up, down and up again on the suite's database (PostgreSQL in the PostgreSQL pass)."""

from __future__ import annotations

from pathlib import Path

from tests.multihost.procs import env_for, flask, shared_database


def test_migrations_upgrade_downgrade_upgrade(tmp_path: Path) -> None:
    with shared_database(tmp_path, "migrations") as url:
        env = env_for(tmp_path / "data", url)
        for args in (("db", "upgrade", "heads"), ("db", "downgrade", "base"), ("db", "upgrade", "heads")):
            result = flask(env, *args)
            assert result.returncode == 0, f"{' '.join(args)}: {result.stderr[-3000:]}"
        current = flask(env, "db", "current")
        assert "(head)" in current.stdout and current.stdout.count("(head)") == 1, current.stdout
