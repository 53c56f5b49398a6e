"""Summarise stage: extractive summaries and key points, chosen on the Chinese side.

The pipeline summarises before it translates, so only the chosen sentences (and the
headings) need the model. Each sentence is scored in its context (its section for the
section summary, the whole document for key points) by a linear model
(``model.py``, coefficients in ``model.json``, fitted on development data by
``eval/fit_summariser.py`` and measured on held-out data by ``eval/bench_summaries.py``,
eval/SUMMARIES.md) over cheap features (``features.py``): LexRank centrality over TF-IDF
vectors of character n-grams and summed similarity (``vectors.py``), position in the
context, first sentence of the context, in the first paragraph (a news lede), length,
a short-fragment flag. numpy only, no model download.

Selection (``selection.py``): boilerplate (bylines, datelines, credits, court fees,
closings) is never picked; how many sentences are picked follows the length of the
section or document (a ratio with a floor and a ceiling, from ``SummariseConfig``);
greedy by score (ties: earlier sentence first), a candidate whose cosine similarity to
an already chosen sentence exceeds ``redundancy`` is skipped, so a summary may come out
shorter than its quota rather than repeat itself. Key points take at most two per
section when there are several. IDF is always document-wide. Above ``GRAPH_LIMIT``
sentences, centrality is the similarity to the centroid, to keep memory linear.

The summariser's signature (``signature``) is recorded in the brief's provenance.
"""

from __future__ import annotations

from ..config import SummariseConfig
from ..document import Document
from .features import Context, Ranked, content_length, rank, sentence_features
from .model import FEATURE_VERSION, FEATURES, MODEL, Model, signature
from .selection import is_boilerplate, key_point_quota, quota, section_quota, select
from .vectors import DAMPING, NGRAM, TermMatrix, cosine, graph_rank, ngrams, tfidf, units

__all__ = [
    "DAMPING",
    "FEATURES",
    "FEATURE_VERSION",
    "MODEL",
    "NGRAM",
    "Context",
    "Model",
    "Ranked",
    "TermMatrix",
    "content_length",
    "cosine",
    "graph_rank",
    "is_boilerplate",
    "key_point_quota",
    "ngrams",
    "quota",
    "rank",
    "section_quota",
    "select",
    "sentence_features",
    "signature",
    "summarise",
    "tfidf",
    "units",
]

_KEY_POINTS_PER_SECTION = 2


def summarise(
    doc: Document, config: SummariseConfig | None = None, model: Model = MODEL
) -> Document:
    """Mark ``in_summary`` on each section's chosen sentences and ``key_point`` on the
    document's key points (earlier marks are cleared) and record the summariser's
    signature in the provenance; returns ``doc``, mutated. ``model`` is the shipped
    one except in the fitting script, which compares a new fit with it."""
    config = config or SummariseConfig()
    for s in doc.sentences():
        s.in_summary = s.key_point = False
    doc.provenance.summariser = signature(config, model)
    ranked = rank(doc)
    if ranked is None:
        return doc
    sents, allowed = ranked.sentences, ranked.allowed
    for ctx in ranked.sections:
        k = section_quota(ctx.end - ctx.start, config)
        chosen = select(
            model.scores(ctx.features),
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
            model.scores(ctx.features),
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
