"""Features: one row of ``model.FEATURES`` per sentence in its context (the whole
document for key points, one section for its summary), and the ranking record the
selection and the fitting script read."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..document import Document, Sentence
from .model import FEATURES
from .selection import is_boilerplate
from .vectors import GRAPH_LIMIT, FloatArray, TermMatrix, centrality, cosine, graph_rank, tfidf

SHORT = 8  # letters/digits: a shorter sentence is a fragment


def content_length(text: str) -> int:
    """Letters and digits in ``text`` (a CJK character counts one)."""
    return sum(ch.isalnum() for ch in text)


def sentence_features(
    texts: Sequence[str], vectors: TermMatrix, paragraphs: Sequence[int]
) -> FloatArray:
    """One row of ``FEATURES`` per text, computed within its context;
    ``paragraphs[i]`` is the number of the paragraph that text ``i`` belongs to."""
    n = len(texts)
    sim = cosine(vectors) if n <= GRAPH_LIMIT else None
    rank = graph_rank(sim) if sim is not None else centrality(vectors)
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
            math.log1p(length),
            float(length < SHORT),
            float(paragraphs[i] == paragraphs[0]),
        )
    return out


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


def rank(doc: Document) -> Ranked | None:
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
    vectors = tfidf(texts)

    def context(start: int, end: int, sub: TermMatrix) -> Context:
        feats = sentence_features(texts[start:end], sub, paragraphs[start:end])
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
