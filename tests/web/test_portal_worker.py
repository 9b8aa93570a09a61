"""`flask kb worker` leaves the writer lock between rounds, so an import on the same host is not blocked."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_runs_while_the_worker_runs(tmp_path):
    env = {**os.environ, "PORTAL_DATA_DIR": str(tmp_path / "data"), "PORTAL_INDEX_WRITER": "external"}
    flask = [sys.executable, "-m", "flask", "--app", "portal"]
    subprocess.run([*flask, "kb", "reindex"], cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    worker = subprocess.Popen(
        [*flask, "kb", "worker", "--interval", "0.5"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        time.sleep(2)
        src = tmp_path / "a.jsonl"
        src.write_text(
            json.dumps(
                {
                    "id": "KB-2025-0001",
                    "title": "Stoep kapot",
                    "body": "De stoep is kapot.",
                    "theme": "Openbare ruimte",
                    "department": "Wegen",
                    "outcome": "opgelost",
                    "year": 2025,
                }
            )
            + "\n",
            encoding="utf-8",
        )
        result = subprocess.run(
            [*flask, "kb", "import", str(src)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0, result.stderr
        assert "1 nieuw" in result.stdout
    finally:
        worker.kill()
        worker.wait(timeout=10)
