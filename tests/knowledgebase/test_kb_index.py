"""Index lifecycle: rebuild (atomic swap), incremental apply, readers during writes."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest

from knowledgebase import ArticleDoc, SearchIndex, SearchQuery


def doc(ref: str, title: str, body: str = "", theme: str = "Parkeren", year: int = 2024) -> ArticleDoc:
    return ArticleDoc(
        ref, title, body or f"{title}. De bewoner voelde zich gehoord.", theme, "Afdeling", "opgelost", year
    )


def refs(ix: SearchIndex, q: str) -> list[str]:
    return [h.reference for h in ix.search(SearchQuery(q=q, per_page=100)).hits]


def test_kb_missing_index_is_harmless(tmp_path):
    ix = SearchIndex(tmp_path / "none")
    assert not ix.exists()
    assert ix.doc_count() == 0
    res = ix.search(SearchQuery(q="parkeren"))
    assert res.total == 0 and res.hits == []
    assert ix.similar("parkeren") == [] and ix.related("X") == []


def test_kb_rebuild_counts_and_progress(tmp_path):
    ix = SearchIndex(tmp_path / "ix", keep_seconds=0)  # superseded generations go at once
    seen: list[int] = []
    n = ix.rebuild((doc(f"R-{i}", f"Parkeervergunning {i}") for i in range(25)), progress=seen.append)
    assert n == 25 and seen[-1] == 25 and ix.doc_count() == 25 and ix.exists()
    # duplicate references in one rebuild are kept once (last wins)
    n = ix.rebuild([doc("D-1", "Eerste versie"), doc("D-1", "Tweede versie")])
    assert n == 1 and ix.doc_count() == 1
    assert ix.search(SearchQuery()).hits[0].title == "Tweede versie"
    assert len(list((tmp_path / "ix").glob("ix-*"))) <= 2  # old generations are cleaned up


def test_kb_empty_rebuild(tmp_path):
    ix = SearchIndex(tmp_path / "ix")
    assert ix.rebuild([]) == 0
    assert ix.exists() and ix.doc_count() == 0
    assert ix.search(SearchQuery(q="iets")).total == 0


def test_kb_apply_upsert_and_delete(tmp_path):
    ix = SearchIndex(tmp_path / "ix")
    ix.rebuild([doc("A", "Parkeervergunning geweigerd"), doc("B", "Afvalinzameling overgeslagen", theme="Afval")])
    ix.apply(upserts=[doc("C", "Bouwvergunning dakkapel", theme="Bouwen")])
    assert refs(ix, "dakkapel") == ["C"]
    ix.apply(upserts=[doc("A", "Schimmel in huurwoning", theme="Wonen")])  # update, not duplicate
    assert ix.doc_count() == 3
    assert "A" not in refs(ix, "parkeervergunning")
    assert refs(ix, "schimmel") == ["A"]
    facets = dict(ix.search(SearchQuery()).facets["theme"])
    assert facets == {"Afval": 1, "Bouwen": 1, "Wonen": 1}
    ix.apply(deletes=["B", "does-not-exist"])
    assert ix.doc_count() == 2
    assert "B" not in refs(ix, "afvalinzameling")
    assert ix.search(SearchQuery(q="", per_page=100)).total == 2
    ix.apply()  # no-op


def test_kb_apply_creates_missing_index(tmp_path):
    ix = SearchIndex(tmp_path / "fresh")
    ix.apply(upserts=[doc("N", "Nieuwe parkeervergunning")])
    assert ix.exists() and refs(ix, "parkeervergunning") == ["N"]


def test_kb_other_instance_sees_changes(tmp_path):
    writer = SearchIndex(tmp_path / "ix")
    reader = SearchIndex(tmp_path / "ix")
    writer.rebuild([doc("A", "Parkeervergunning")])
    assert refs(reader, "parkeervergunning") == ["A"]
    writer.apply(upserts=[doc("B", "Tweede parkeervergunning")])
    assert sorted(refs(reader, "parkeervergunning")) == ["A", "B"]
    writer.rebuild([doc("Z", "Geluidsoverlast")])
    assert refs(reader, "parkeervergunning") == [] and refs(reader, "geluidsoverlast") == ["Z"]


def test_kb_rebuild_is_atomic(tmp_path):
    ix = SearchIndex(tmp_path / "ix")
    ix.rebuild([doc(f"OLD-{i}", "Parkeervergunning") for i in range(5)])
    observed: list[int] = []

    def docs():
        for i in range(50):
            if i % 10 == 0:  # while the new generation is written, readers see the old one complete
                observed.append(SearchIndex(tmp_path / "ix").search(SearchQuery(q="parkeervergunning")).total)
            yield doc(f"NEW-{i}", "Afvalinzameling")

    ix.rebuild(docs())
    assert observed == [5] * 5
    assert ix.doc_count() == 50 and refs(ix, "parkeervergunning") == []


def test_kb_failed_rebuild_keeps_old_index(tmp_path):
    ix = SearchIndex(tmp_path / "ix")
    ix.rebuild([doc("KEEP", "Parkeervergunning")])

    def broken():
        yield doc("X", "Afval")
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        ix.rebuild(broken())
    assert refs(ix, "parkeervergunning") == ["KEEP"]
    assert not list((tmp_path / "ix").glob(".*.building"))


def test_kb_readers_work_while_writer_writes(tmp_path):
    ix = SearchIndex(tmp_path / "ix")
    ix.rebuild([doc(f"B-{i}", "Parkeervergunning geweigerd") for i in range(20)])
    errors: list[BaseException] = []
    stop = threading.Event()

    def read():
        mine = SearchIndex(tmp_path / "ix")
        try:
            while not stop.is_set():
                res = mine.search(SearchQuery(q="parkeervergunning"))
                assert res.total >= 20
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        for i in range(15):
            ix.apply(upserts=[doc(f"W-{i}", "Parkeervergunning verlengd")])
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert not errors, errors
    assert ix.search(SearchQuery(q="parkeervergunning")).total == 35


# A worker process that forks a fresh reader for every query (as recycled gunicorn workers open the index anew):
# each child's first open and first read of stored fields and facet columns falls at a random moment of a write.
_FRESH_READERS = """
import os, sys
from pathlib import Path
from knowledgebase import SearchIndex, SearchQuery
path, stop = sys.argv[1], Path(sys.argv[2])
runs = bad = 0
while not stop.exists():
    pid = os.fork()
    if pid == 0:
        why = ""
        try:
            ix = SearchIndex(path)
            res = ix.search(SearchQuery(q="parkeervergunning", per_page=100))
            themes = dict(res.facets["theme"])
            if not ix.exists():
                why = "no index"
            elif res.total < 20 or len(res.hits) < 20 or not all(h.title for h in res.hits):
                why = f"total {res.total}, hits {len(res.hits)}"
            elif themes.get("Parkeren", 0) < 20:
                why = f"facets {themes}"
        except BaseException as exc:
            why = repr(exc)
        if why:
            os.write(2, (why + "\\n").encode())
        os._exit(1 if why else 0)
    runs += 1
    bad += os.waitpid(pid, 0)[1] != 0
print(runs, bad)
"""


def test_kb_fresh_readers_see_whole_index_while_writer_writes(tmp_path):
    """A reader opened during an apply() or a merge still finds every article, its title and its facets."""
    ix = SearchIndex(tmp_path / "ix")
    ix.rebuild([doc(f"B-{i}", "Parkeervergunning geweigerd") for i in range(20)])
    stop = tmp_path / "stop"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [os.getcwd(), os.environ.get("PYTHONPATH")]))}
    reader = subprocess.Popen(
        [sys.executable, "-c", _FRESH_READERS, str(tmp_path / "ix"), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        time.sleep(0.5)  # the reader process is importing; let it run its first queries
        for i in range(40):  # more applies than MAX_SEGMENTS: merges into new generations happen too
            ix.apply(upserts=[doc(f"W-{i}", "Parkeervergunning verlengd")], deletes=[f"B-{i % 3}"] if i < 3 else [])
    finally:
        stop.touch()
        out, err = reader.communicate(timeout=120)
    assert reader.returncode == 0 and out.strip(), err
    runs, bad = map(int, out.split())
    assert runs > 0 and bad == 0, (runs, bad, err)
    assert ix.search(SearchQuery(q="parkeervergunning")).total == 57
    # the merges' generations stay a while for readers still in them, then go with the next write
    SearchIndex(tmp_path / "ix", keep_seconds=0).apply(upserts=[doc("W-last", "Parkeervergunning verlengd")])
    assert len(list((tmp_path / "ix").glob("ix-*"))) <= 2


def test_kb_apply_during_rebuild_lands_in_new_generation(tmp_path):
    ix = SearchIndex(tmp_path / "ix")
    ix.rebuild([doc("OLD", "Parkeervergunning")])
    started = threading.Event()

    def slow_docs():
        started.set()
        for i in range(30):
            threading.Event().wait(0.01)
            yield doc(f"NEW-{i}", "Afvalinzameling")

    t = threading.Thread(target=ix.rebuild, args=(slow_docs(),))
    t.start()
    started.wait(5)
    # apply() waits for the running rebuild, then writes into the new generation
    SearchIndex(tmp_path / "ix").apply(upserts=[doc("LATE", "Bouwvergunning dakkapel")])
    t.join()
    assert refs(ix, "dakkapel") == ["LATE"]
    assert ix.doc_count() == 31


def _child_search(path, out):
    out.put([h.reference for h in SearchIndex(path).search(SearchQuery(q="parkeervergunning")).hits])


def test_kb_forked_worker_searches(tmp_path):
    import multiprocessing

    ix = SearchIndex(tmp_path / "ix")
    ix.rebuild([doc("A", "Parkeervergunning")])
    assert refs(ix, "parkeervergunning") == ["A"]  # the parent holds a cached searcher
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    proc = ctx.Process(target=_child_search, args=(tmp_path / "ix", out))
    proc.start()
    got = out.get(timeout=30)
    proc.join(30)
    assert got == ["A"] and proc.exitcode == 0
