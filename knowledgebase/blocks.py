"""Whoosh 3 postings blocks decoded with NumPy (the reader's bulk postings path)."""

from __future__ import annotations

import numpy as np


def _decode_blocks(m) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Docnums and weights of every postings block of a Whoosh 3 leaf matcher, decoded with NumPy.

    Whoosh pickles each block as (ids, weights, values): ids delta-encoded unless byte ids, weights None (all
    1.0), one float (all alike) or a tuple. Its own reader decodes the deltas in a Python generator per posting.
    """
    id_blocks: list[np.ndarray] = []
    tf_blocks: list[np.ndarray] = []
    while m.is_active():
        if m._data is None:
            m._read_data()
        raw_ids, raw_w = m._data[0], m._data[1]
        ids = np.asarray(raw_ids, dtype=np.int64)
        if not m._byteids:
            ids = np.cumsum(ids)
        if raw_w is None:
            tf = np.ones(len(ids))
        elif isinstance(raw_w, float):
            tf = np.full(len(ids), float(np.float32(raw_w)))  # Whoosh widens it through array("f")
        else:
            tf = np.asarray(raw_w, dtype=np.float64)
        i = m._i
        id_blocks.append(ids[i:])
        tf_blocks.append(tf[i:])
        m._next_block()
    return id_blocks, tf_blocks
