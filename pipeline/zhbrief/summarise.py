"""Extractive summaries and key points, chosen on the Chinese side.

The pipeline summarises before it translates, so only the chosen sentences (and the
headings) need the model. Each sentence is scored in its context (its section for the
section summary, the whole document for key points) by a linear model over cheap
features (``FEATURES``): LexRank centrality over TF-IDF vectors of character n-grams,
summed similarity, position in the context and in the document, first sentence of the
context, of a paragraph, in the first paragraph (a news lede), length, figures. The
coefficients (``_COEF``) were fitted on development data with ``eval/fit_summariser.py``
and measured on held-out data with ``eval/bench_summaries.py`` (eval/SUMMARIES.md):
they replace hand-set weights that lost to a plain LexRank. numpy only, no model file.

Boilerplate (``is_boilerplate``: bylines, datelines, credits, court fees, closings) is
never picked. How many sentences are picked follows the length of the section or
document (``quota``: a ratio with a floor and a ceiling, from ``SummariseConfig``).
Selection is greedy by score (ties: earlier sentence first); a candidate whose cosine
similarity to an already chosen sentence exceeds ``redundancy`` is skipped, so a
summary may come out shorter than its quota rather than repeat itself. Picks are
marked in place and read back in document order. Key points take at most two per
section when there are several. IDF is always document-wide. Above ``_GRAPH_LIMIT``
sentences, centrality is the similarity to the centroid, to keep memory linear.
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from .config import SummariseConfig
from .document import Document, Sentence
from .numerals import parse_numbers

FloatArray = npt.NDArray[np.float64]

# Numeric expressions that are not figures a reader wants in a summary
_NOT_FIGURES = frozenset({"date", "ordinal", "period"})
_MAX_FIGURES = 3
_KEY_POINTS_PER_SECTION = 2
_GRAPH_LIMIT = 3000  # sentences; a larger graph (n x n floats) would cost too much memory
_SHORT = 8  # letters/digits: a shorter sentence is a fragment

FEATURES = (
    "centrality",  # log LexRank score (mean 1 in its context)
    "degree",  # log(1 + summed cosine similarity to the other sentences)
    "position",  # index / (n - 1) within the context
    "first",  # the context's first sentence
    "doc_position",  # index / (N - 1) within the whole document
    "length",  # log(1 + letters and digits)
    "short",  # fewer than _SHORT letters and digits
    "figures",  # distinct figures, at most 3
    "paragraph_first",  # the first sentence of its paragraph
    "first_paragraph",  # in the context's first paragraph (a news lede)
)
# Fitted by eval/fit_summariser.py: ridge least squares on the development part of
# shared/data/summ-dev (judgments) and eight news-dev articles, the news weighted 2:1;
# target: each sentence's own character ROUGE-2 F1 against the reference. The held-out
# judgments and the news test articles were never used (eval/SUMMARIES.md). Fitted
# with the old regex figure count; refitting after the move to the numeral parser
# changed development scores by at most 0.25 ROUGE-2 and lengthened news summaries, so
# these stayed.
_COEF = {
    "bias": -0.0740,
    "centrality": 0.0988,
    "degree": -0.0456,
    "position": 0.0135,
    "first": -0.0512,
    "doc_position": 0.0135,
    "length": 0.0443,
    "short": -0.0330,
    "figures": -0.0046,
    "paragraph_first": 0.0002,
    "first_paragraph": 0.0918,
}

_NUMBERING = r"^[\s0-9一二三四五六七八九十、.．,，:：()（）]*"
_BOILERPLATE = re.compile(
    # bylines, credits and source lines
    r"^[(（【\[]?(本文)?(责任编辑|编辑|校对|审核|审校|监制|主编|作者|记者|通讯员|来源|原标题"
    r"|摄影|摄像|图片来源|视频来源|图片|制图|出品|策划|撰文|图|文)\s*[:：/|丨]"
    # a dateline alone: 新华社北京12月11日电（记者张三）
    r"|^[^，。,]{0,30}[电讯]\s*[(（][^()（）]*[)）][。]?$"
    # photo credits and captions
    r"|[(（][^()（）]{0,30}(摄|供图|图片来源[^()（）]*|视频来源[^()（）]*)[)）]$|^图为|^[上下左右]?图[:：]"
    # court fees and the appeal notice
    r"|" + _NUMBERING + r"(本案)?(案件)?(受理费|诉讼费|公告费|保全费|鉴定费)|减半收取"
    r"|如不服本判决|上诉于\S{0,20}人民法院|^(审判长|审判员|人民陪审员|书记员|法官助理)"
    # closings and page furniture
    r"|^以上(为|是|就是|即为|便是)|^[(（]?完[)）]$|【纠错】|点击进入|扫描二维码|欢迎关注|版权所有"
    r"|转载请"
)


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
    return len({m.text for m in parse_numbers(text) if m.kind not in _NOT_FIGURES})


def content_length(text: str) -> int:
    """Letters and digits in ``text`` (a CJK character counts one)."""
    return sum(ch.isalnum() for ch in text)


def is_boilerplate(text: str) -> bool:
    """True for a sentence that is furniture, not content: bylines, datelines, photo and
    video credits, editor and source lines, court-fee and appeal-notice lines, and
    closings such as ``以上为……``. Such sentences are never picked."""
    return bool(_BOILERPLATE.search(unicodedata.normalize("NFKC", text).strip()))


def quota(n: int, ratio: float, floor: int, ceiling: int) -> int:
    """Sentences kept from ``n``: ``ratio x n`` rounded half up, within
    [``floor``, ``ceiling``] (the ceiling wins over the floor) and never more than ``n``."""
    if n == 0:
        return 0
    return min(n, ceiling, max(floor, math.floor(ratio * n + 0.5)))


def section_quota(n: int, config: SummariseConfig) -> int:
    """Sentences kept from a section of ``n`` (0 for an empty section)."""
    return quota(n, config.ratio, config.section_min, config.sentences_per_section)


def key_point_quota(n: int, config: SummariseConfig) -> int:
    """Key points of a document of ``n`` sentences (``key_points`` is the ceiling)."""
    if config.key_points == 0:
        return 0
    return quota(n, config.key_points_ratio, config.key_points_min, config.key_points)


def sentence_features(
    texts: Sequence[str],
    vectors: TermMatrix,
    doc_positions: Sequence[float],
    paragraphs: Sequence[int],
    damping: float,
) -> FloatArray:
    """One row of ``FEATURES`` per text, computed within its context (the whole
    document for key points, one section for section summaries); ``paragraphs[i]`` is
    the number of the paragraph that text ``i`` belongs to."""
    n = len(texts)
    sim = cosine(vectors) if n <= _GRAPH_LIMIT else None
    rank = graph_rank(sim, damping) if sim is not None else centrality(vectors, damping)
    if sim is not None:
        np.fill_diagonal(sim, 0.0)
        degree = sim.sum(axis=1)
    else:
        degree = rank
    out = np.zeros((n, len(FEATURES)), dtype=np.float64)
    for i, text in enumerate(texts):
        length = content_length(text)
        out[i] = (
            math.log(rank[i] + 1e-6),
            math.log1p(float(degree[i])),
            i / max(1, n - 1),
            float(i == 0),
            doc_positions[i],
            math.log1p(length),
            float(length < _SHORT),
            float(min(_MAX_FIGURES, figures(text))),
            float(i == 0 or paragraphs[i] != paragraphs[i - 1]),
            float(paragraphs[i] == paragraphs[0]),
        )
    return out


def scores(features: FloatArray) -> FloatArray:
    """The fitted linear score of each row of ``features`` (see ``_COEF``)."""
    coef = np.array([_COEF[name] for name in FEATURES], dtype=np.float64)
    out: FloatArray = features @ coef + _COEF["bias"]
    return out


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
    allowed: npt.NDArray[np.bool_] | None = None,
) -> list[int]:
    """Greedy picks by descending score (ties: lower index), skipping a candidate that
    is not ``allowed``, whose cosine (``vectors`` rows) with a pick exceeds
    ``redundancy`` or whose group already has ``per_group`` picks. Returns at most
    ``k`` indices in ascending order."""
    order = sorted(range(len(scores)), key=lambda i: (-float(scores[i]), i))
    chosen: list[int] = []
    taken: Counter[int] = Counter()
    dense = np.zeros((0, vectors.v), dtype=np.float64)
    for i in order:
        if len(chosen) >= k:
            break
        if allowed is not None and not allowed[i]:
            continue
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


@dataclass
class Context:
    """Sentences ``start:end`` (of the document's list) ranked together: one section for
    its summary, the whole document for key points."""

    start: int
    end: int
    vectors: TermMatrix
    features: FloatArray


@dataclass
class Ranked:
    sentences: list[Sentence]
    groups: list[int]  # section index of each sentence
    allowed: npt.NDArray[np.bool_]  # not boilerplate
    sections: list[Context]
    document: Context


def rank(doc: Document, config: SummariseConfig) -> Ranked | None:
    """Features of every sentence in each context; None for a document without
    sentences. Used by ``summarise`` and by the fitting script in eval/."""
    sentences: list[Sentence] = []
    groups: list[int] = []
    paragraphs: list[int] = []
    for g, section in enumerate(doc.sections):
        # table cells and footnotes (PDF/DOCX/HTML sources) are not summary sentences
        for para in (p for p in section.paragraphs if p.kind == "body"):
            for s in para.sentences:
                sentences.append(s)
                groups.append(g)
                paragraphs.append(id(para))
    if not sentences:
        return None
    texts = [s.zh for s in sentences]
    n = len(texts)
    doc_positions = [i / max(1, n - 1) for i in range(n)]
    vectors = tfidf(texts, config.ngram)

    def context(start: int, end: int, sub: TermMatrix) -> Context:
        feats = sentence_features(
            texts[start:end],
            sub,
            doc_positions[start:end],
            paragraphs[start:end],
            config.damping,
        )
        return Context(start, end, sub, feats)

    sections = []
    start = 0
    while start < n:
        end = start
        while end < n and groups[end] == groups[start]:
            end += 1
        sections.append(context(start, end, vectors.rows(start, end)))
        start = end
    allowed = np.array([not is_boilerplate(t) for t in texts], dtype=np.bool_)
    return Ranked(sentences, groups, allowed, sections, context(0, n, vectors))


def summarise(doc: Document, config: SummariseConfig | None = None) -> Document:
    """Mark ``in_summary`` on each section's chosen sentences and ``key_point`` on the
    document's key points (earlier marks are cleared); returns ``doc``, mutated."""
    config = config or SummariseConfig()
    for s in doc.sentences():
        s.in_summary = s.key_point = False
    ranked = rank(doc, config)
    if ranked is None:
        return doc
    sents, allowed = ranked.sentences, ranked.allowed
    for ctx in ranked.sections:
        k = section_quota(ctx.end - ctx.start, config)
        chosen = select(
            scores(ctx.features),
            ctx.vectors,
            k,
            config.redundancy,
            allowed=allowed[ctx.start : ctx.end],
        )
        for i in chosen:
            sents[ctx.start + i].in_summary = True
    k = key_point_quota(len(sents), config)
    if k:
        ctx = ranked.document
        per_group = _KEY_POINTS_PER_SECTION if len(ranked.sections) > 1 else None
        chosen = select(
            scores(ctx.features),
            ctx.vectors,
            k,
            config.redundancy,
            ranked.groups,
            per_group,
            allowed,
        )
        for i in chosen:
            sents[i].key_point = True
    return doc
