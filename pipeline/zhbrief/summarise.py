"""Extractive summaries and key points, chosen on the Chinese side.

The pipeline summarises before it translates, so only the chosen sentences (and the
headings) need the model. Ranking needs no weights: a LexRank-style graph over TF-IDF
vectors of character n-grams, where a sentence that shares many informative n-grams
with the others of its section is central. Each sentence's score is

    score = centrality x position x length x figures

- centrality: stationary probability of the damped random walk over the cosine
  similarity graph, times the number of sentences (so the mean is 1);
- position: ``1 + position_weight x (1 - i / n)`` for the i-th of n sentences in its
  section, times ``1 + position_weight`` again for the lede (the first sentence of an
  untitled introduction);
- length: ``L / min_chars`` below ``min_chars`` letters/digits, ``sqrt(max_chars / L)``
  above ``max_chars``, else 1 (fragments and run-ons make poor summaries);
- figures: ``1 + number_bonus x min(3, distinct numbers)`` (business readers want them).

Selection is greedy by score (ties: earlier sentence first); a candidate whose cosine
similarity to an already chosen sentence exceeds ``redundancy`` is skipped, so a
summary may come out shorter than its quota rather than repeat itself. Picks are
marked in place and read back in document order. Key points use the same score over
one graph of the whole document (IDF is always document-wide), at most two per
section when there are several. Above ``_GRAPH_LIMIT`` sentences, centrality is the
similarity to the centroid, to keep memory linear.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .config import SummariseConfig
from .document import Document, Sentence

FloatArray = npt.NDArray[np.float64]

# A figure: digits (not a date part like 2022年, 5月, 11日) or 百分之 + numerals.
_NUMBER = re.compile(
    r"\d+(?:[.,]\d+)*(?![\d.,]*[年月日号时])|百分之[零〇一二两三四五六七八九十百千]+"
)
_MAX_FIGURES = 3
_KEY_POINTS_PER_SECTION = 2
_GRAPH_LIMIT = 3000  # sentences; a larger graph (n x n floats) would cost too much memory


def units(text: str) -> list[list[str]]:
    """Split ``text`` into runs of n-gram units: CJK characters one by one, other
    alphabetic words whole (lower-cased). Digits, punctuation and spaces end a run, so
    no n-gram spans them (numbers are scored as figures instead)."""
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


def ngrams(text: str, ngram: int) -> Counter[str]:
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


def tfidf(texts: Sequence[str], ngram: int = 2) -> TermMatrix:
    """TF-IDF rows, one per text, L2-normalised over all its n-grams; IDF is smoothed
    over ``texts``: ``ln((1 + N) / (1 + df)) + 1``. Only the columns of n-grams shared
    by two or more texts are kept (the rest cannot add to a similarity between texts),
    so the dot product of two rows is their exact cosine while a row's own norm may be
    below 1. A text without n-grams is a zero row."""
    grams = [ngrams(t, ngram) for t in texts]
    df: Counter[str] = Counter()
    for g in grams:
        df.update(g.keys())
    n = len(texts)
    idf = {term: math.log((1 + n) / (1 + d)) + 1 for term, d in df.items()}
    vocab = {term: j for j, term in enumerate(sorted(t for t, d in df.items() if d > 1))}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for i, g in enumerate(grams):
        norm = math.sqrt(sum((c * idf[t]) ** 2 for t, c in g.items()))
        for term, count in sorted(g.items()):
            j = vocab.get(term)
            if j is not None:
                rows.append(i)
                cols.append(j)
                vals.append(count * idf[term] / norm)
    return TermMatrix(
        n,
        len(vocab),
        np.array(rows, dtype=np.intp),
        np.array(cols, dtype=np.intp),
        np.array(vals, dtype=np.float64),
    )


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
    sim: FloatArray, damping: float = 0.85, tol: float = 1e-12, max_iter: int = 1000
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


def figures(text: str) -> int:
    """Number of distinct figures (3104, 40.1, 1.92, 百分之三十; dates do not count)."""
    return len(set(_NUMBER.findall(text)))


def content_length(text: str) -> int:
    """Letters and digits in ``text`` (a CJK character counts one)."""
    return sum(ch.isalnum() for ch in text)


def length_weight(length: int, config: SummariseConfig) -> float:
    if length < config.min_chars:
        return length / config.min_chars
    if length > config.max_chars:
        return math.sqrt(config.max_chars / length)
    return 1.0


def feature_weights(
    texts: Sequence[str],
    positions: Sequence[tuple[int, int]],
    lede: int | None,
    config: SummariseConfig,
) -> FloatArray:
    """Position x length x figures weight of each text; ``positions[k]`` is (index in
    its section, section size); ``lede`` is the index of the lede in ``texts``."""
    out = np.empty(len(texts), dtype=np.float64)
    for k, (text, (i, n)) in enumerate(zip(texts, positions, strict=True)):
        position = 1.0 + config.position_weight * (1.0 - i / n)
        if k == lede:
            position *= 1.0 + config.position_weight
        length = length_weight(content_length(text), config)
        numbers = 1.0 + config.number_bonus * min(_MAX_FIGURES, figures(text))
        out[k] = position * length * numbers
    return out


def section_quota(n: int, config: SummariseConfig) -> int:
    """Sentences kept from a section of ``n``: ratio x n rounded half up, at least 1,
    at most ``sentences_per_section``; 0 for an empty section."""
    if n == 0:
        return 0
    return max(1, min(config.sentences_per_section, math.floor(config.ratio * n + 0.5)))


def centrality(vectors: TermMatrix, damping: float) -> FloatArray:
    """``graph_rank`` of the cosine graph; above ``_GRAPH_LIMIT`` sentences (whose n x n
    graph would be too big) similarity to the centroid instead, also scaled to mean 1."""
    n = vectors.n
    if n <= _GRAPH_LIMIT:
        return graph_rank(cosine(vectors), damping)
    centroid = np.bincount(vectors.col, weights=vectors.val, minlength=vectors.v)
    closeness = vectors.dots(centroid.astype(np.float64)) + 1e-9
    scaled: FloatArray = closeness / closeness.sum() * n
    return scaled


def select(
    scores: FloatArray,
    vectors: TermMatrix,
    k: int,
    redundancy: float,
    groups: Sequence[int] | None = None,
    per_group: int | None = None,
) -> list[int]:
    """Greedy picks by descending score (ties: lower index), skipping a candidate whose
    cosine (``vectors`` rows) with a pick exceeds ``redundancy`` or whose group
    already has ``per_group`` picks. Returns at most ``k`` indices in ascending order."""
    order = sorted(range(len(scores)), key=lambda i: (-float(scores[i]), i))
    chosen: list[int] = []
    taken: Counter[int] = Counter()
    dense = np.zeros((0, vectors.v), dtype=np.float64)
    for i in order:
        if len(chosen) >= k:
            break
        row = vectors.row_vector(i)
        if chosen and float(np.max(dense @ row)) > redundancy:
            continue
        if groups is not None and per_group is not None and taken[groups[i]] >= per_group:
            continue
        chosen.append(i)
        dense = np.vstack([dense, row])
        if groups is not None:
            taken[groups[i]] += 1
    return sorted(chosen)


def summarise(doc: Document, config: SummariseConfig | None = None) -> Document:
    """Mark ``in_summary`` on each section's chosen sentences and ``key_point`` on the
    document's key points (earlier marks are cleared); returns ``doc``, mutated."""
    config = config or SummariseConfig()
    sentences: list[Sentence] = []
    groups: list[int] = []
    positions: list[tuple[int, int]] = []
    for g, section in enumerate(doc.sections):
        for s in section.sentences():
            s.in_summary = s.key_point = False
        # table cells and footnotes (PDF/DOCX/HTML sources) are not summary sentences
        found = [s for p in section.paragraphs if p.kind == "body" for s in p.sentences]
        for i, s in enumerate(found):
            sentences.append(s)
            groups.append(g)
            positions.append((i, len(found)))
    if not sentences:
        return doc
    texts = [s.zh for s in sentences]
    lede = 0 if doc.sections[groups[0]].heading is None and groups[0] == 0 else None
    weights = feature_weights(texts, positions, lede, config)
    vectors = tfidf(texts, config.ngram)
    _mark_sections(sentences, groups, vectors, weights, config)
    _mark_key_points(sentences, groups, vectors, weights, config)
    return doc


def _mark_sections(
    sentences: list[Sentence],
    groups: list[int],
    vectors: TermMatrix,
    weights: FloatArray,
    config: SummariseConfig,
) -> None:
    start = 0
    while start < len(sentences):
        end = start
        while end < len(sentences) and groups[end] == groups[start]:
            end += 1
        block = slice(start, end)
        sub = vectors.rows(start, end)
        scores = centrality(sub, config.damping) * weights[block]
        quota = section_quota(end - start, config)
        for i in select(scores, sub, quota, config.redundancy):
            sentences[start + i].in_summary = True
        start = end


def _mark_key_points(
    sentences: list[Sentence],
    groups: list[int],
    vectors: TermMatrix,
    weights: FloatArray,
    config: SummariseConfig,
) -> None:
    if config.key_points == 0:
        return
    scores = centrality(vectors, config.damping) * weights
    several = len(set(groups)) > 1
    per_group = _KEY_POINTS_PER_SECTION if several else None
    for i in select(scores, vectors, config.key_points, config.redundancy, groups, per_group):
        sentences[i].key_point = True
