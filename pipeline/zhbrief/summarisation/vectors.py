"""Vectors and graph: TF-IDF over character n-grams, cosine similarity, LexRank.

``NGRAM`` and ``DAMPING`` are fixed, not settings: the fitted coefficients (``model.json``)
hold only for the values they were fitted with, and the model file records them
(``model.load`` refuses a file fitted with others; refit with ``eval/fit_summariser.py``
after changing either).
"""

from __future__ import annotations

import math
import unicodedata
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

NGRAM = 2  # largest character n-gram for TF-IDF (sizes 1..NGRAM are used)
DAMPING = 0.85  # graph-ranking damping factor
GRAPH_LIMIT = 3000  # sentences; a larger graph (n x n floats) would cost too much memory


def units(text: str) -> list[list[str]]:
    """Split ``text`` into runs of n-gram units: CJK characters one by one, other
    alphabetic words whole (lower-cased). Digits, punctuation and spaces end a run, so
    no n-gram spans them."""
    runs: list[list[str]] = []
    run: list[str] = []
    word = ""
    for ch in unicodedata.normalize("NFKC", text):
        if ch.isalpha() and ord(ch) < 0x2E80:  # Latin, Greek, Cyrillic, ...: part of a word
            word += ch.lower()
            continue
        if word:
            run.append(word)
            word = ""
        if ch.isalpha():  # CJK ideographs, kana, hangul
            run.append(ch)
        elif run:
            runs.append(run)
            run = []
    if word:
        run.append(word)
    if run:
        runs.append(run)
    return runs


def ngrams(text: str, ngram: int = NGRAM) -> Counter[str]:
    """Counts of the n-grams of sizes 1..``ngram`` within each run of ``units``."""
    counts: Counter[str] = Counter()
    for run in units(text):
        for size in range(1, ngram + 1):
            for i in range(len(run) - size + 1):
                counts["\x1f".join(run[i : i + size])] += 1
    return counts


@dataclass(frozen=True)
class TermMatrix:
    """A sparse n x v matrix of TF-IDF weights: entry k is ``val[k]`` at
    (``row[k]``, ``col[k]``), sorted by row. Sparse because a long document has tens of
    thousands of n-grams, and numpy is all we use."""

    n: int
    v: int
    row: npt.NDArray[np.intp]
    col: npt.NDArray[np.intp]
    val: FloatArray

    def dense(self) -> FloatArray:
        out = np.zeros((self.n, self.v), dtype=np.float64)
        out[self.row, self.col] = self.val
        return out

    def rows(self, start: int, end: int) -> TermMatrix:
        """Rows ``start:end`` as a matrix of their own (same columns)."""
        lo, hi = np.searchsorted(self.row, [start, end])
        return TermMatrix(
            end - start, self.v, self.row[lo:hi] - start, self.col[lo:hi], self.val[lo:hi]
        )

    def row_vector(self, i: int) -> FloatArray:
        lo, hi = np.searchsorted(self.row, [i, i + 1])
        out = np.zeros(self.v, dtype=np.float64)
        out[self.col[lo:hi]] = self.val[lo:hi]
        return out

    def dots(self, vector: FloatArray) -> FloatArray:
        """This matrix times a dense column ``vector``."""
        out: FloatArray = np.bincount(
            self.row, weights=self.val * vector[self.col], minlength=self.n
        ).astype(np.float64)
        return out


def tfidf(texts: Sequence[str], ngram: int = NGRAM) -> TermMatrix:
    """TF-IDF rows, one per text, L2-normalised over all its n-grams; IDF is smoothed
    over ``texts``: ``ln((1 + N) / (1 + df)) + 1``. Only the columns of n-grams shared
    by two or more texts are kept (the rest cannot add to a similarity between texts),
    so the dot product of two rows is their exact cosine while a row's own norm may be
    below 1. A text without n-grams is a zero row.

    The n-grams are held as integer ids in flat arrays, not a Counter per text: on a
    19 MB input that took 1.9 GiB (eval/LARGE_INPUTS.md)."""
    ids: dict[str, int] = {}
    term = array("q")  # n-gram id of each (text, n-gram) entry, texts in order
    count = array("q")
    bounds = array("q", [0])  # entries of text i: bounds[i]:bounds[i + 1]
    for text in texts:
        for gram, c in ngrams(text, ngram).items():
            term.append(ids.setdefault(gram, len(ids)))
            count.append(c)
        bounds.append(len(term))
    n = len(texts)
    tid = np.frombuffer(term, dtype=np.int64) if term else np.zeros(0, dtype=np.int64)
    df = np.bincount(tid, minlength=len(ids))
    # math.log per distinct df, and the norms summed in order, so every value is the
    # same float as a per-text computation gives
    idf_of = {d: math.log((1 + n) / (1 + d)) + 1 for d in set(df.tolist())}
    idf = [idf_of[d] for d in df.tolist()]
    norms = [
        math.sqrt(sum((c * idf[t]) ** 2 for t, c in zip(term[lo:hi], count[lo:hi], strict=True)))
        for lo, hi in pairwise(bounds)
    ]
    names = list(ids)
    shared = sorted((j for j in range(len(ids)) if df[j] > 1), key=names.__getitem__)
    column = np.full(len(ids), -1, dtype=np.intp)
    column[np.array(shared, dtype=np.intp)] = np.arange(len(shared), dtype=np.intp)
    lengths = np.array([hi - lo for lo, hi in pairwise(bounds)], dtype=np.intp)
    rows = np.repeat(np.arange(n, dtype=np.intp), lengths)
    cols = column[tid]
    keep = cols >= 0
    rows, cols = rows[keep], cols[keep]
    vals = (
        np.frombuffer(count, dtype=np.int64)[keep].astype(np.float64)
        * np.array(idf, dtype=np.float64)[tid[keep]]
        / np.array(norms, dtype=np.float64)[rows]
    )
    order = np.lexsort((cols, rows))
    return TermMatrix(n, len(shared), rows[order], cols[order], vals[order])


def cosine(m: TermMatrix) -> FloatArray:
    """Pairwise cosine similarity of ``tfidf`` rows (meaningful off the diagonal).
    Sparse: row i's similarities gather the postings of i's columns, so the cost is
    the number of shared n-gram occurrences, not n x n x v."""
    order = np.argsort(m.col, kind="stable")
    crow, cval = m.row[order], m.val[order]
    colptr = np.searchsorted(m.col[order], np.arange(m.v + 1))
    rowptr = np.searchsorted(m.row, np.arange(m.n + 1))
    sim = np.zeros((m.n, m.n), dtype=np.float64)
    for i in range(m.n):
        cols, vals = m.col[rowptr[i] : rowptr[i + 1]], m.val[rowptr[i] : rowptr[i + 1]]
        starts, lengths = colptr[cols], colptr[cols + 1] - colptr[cols]
        offsets = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
        pos = np.arange(int(lengths.sum())) + offsets
        sim[i] = np.bincount(crow[pos], weights=cval[pos] * np.repeat(vals, lengths), minlength=m.n)
    clipped: FloatArray = np.clip(sim, 0.0, 1.0)
    return clipped


def graph_rank(
    sim: FloatArray, damping: float = DAMPING, tol: float = 1e-12, max_iter: int = 1000
) -> FloatArray:
    """Centrality by power iteration of a damped random walk over the weighted graph
    ``sim`` (self-loops ignored). A sentence similar to none jumps uniformly. Scaled
    so that the mean is 1."""
    n = sim.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.float64)
    weights = sim.copy()
    np.fill_diagonal(weights, 0.0)
    sums = weights.sum(axis=1, keepdims=True)
    trans = np.where(sums > 0, weights / np.where(sums > 0, sums, 1.0), 1.0 / n)
    rank = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = (1.0 - damping) / n + damping * (trans.T @ rank)
        done = float(np.abs(new - rank).sum()) < tol
        rank = new
        if done:
            break
    scaled: FloatArray = rank / rank.sum() * n
    return scaled


def centrality(vectors: TermMatrix, damping: float = DAMPING) -> FloatArray:
    """``graph_rank`` of the cosine graph; above ``GRAPH_LIMIT`` sentences (whose n x n
    graph would be too big) similarity to the centroid instead, also scaled to mean 1."""
    n = vectors.n
    if n <= GRAPH_LIMIT:
        return graph_rank(cosine(vectors), damping)
    centroid = np.bincount(vectors.col, weights=vectors.val, minlength=vectors.v)
    closeness = vectors.dots(centroid.astype(np.float64)) + 1e-9
    scaled: FloatArray = closeness / closeness.sum() * n
    return scaled
