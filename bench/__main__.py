"""`make bench`: run every bench at a size that finishes in a few minutes on this machine.

Each script also runs alone with its own flags for the full-size figures named in the issues, e.g.
`python bench/bench_search.py --n 100000` or `python bench/bench_accountability.py --n 1000000`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = [
    ("anonymizer", ["bench_anonymizer.py"]),
    ("search (library)", ["bench_search.py", "--n", "10000"]),
    ("search (HTTP API)", ["bench_search_http.py", "--n", "10000"]),
    ("search (incremental writes)", ["bench_search_apply.py", "--n", "5000", "--applies", "40"]),
    ("sanitiser", ["bench_sanitize.py"]),
    ("accountability", ["bench_accountability.py", "--n", "100000"]),
    ("load", ["bench_load.py", "--seconds", "20"]),
    ("servers", ["bench_servers.py"]),
    ("commons", ["bench_commons.py", "--sources", "5", "--per-source", "1000"]),
]


def main() -> int:
    failed = 0
    for title, args in RUNS:
        script = HERE / args[0]
        if not script.exists():
            print(f"== {title}: {args[0]} not present, skipped")
            continue
        print(f"== {title}: python bench/{' '.join(args)}", flush=True)
        result = subprocess.run([sys.executable, str(script), *args[1:]], cwd=HERE.parent)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
