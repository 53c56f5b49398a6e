"""Character-level ROUGE for Chinese summaries, and paired bootstrap intervals.

ROUGE comes from Google's ``rouge-score`` (a reimplementation of ROUGE-1.5.5) with a
character tokenizer: its default tokenizer keeps only ``[a-z0-9]`` and so would drop
every Chinese character. A token is one letter, digit or CJK character after NFKC;
punctuation and spaces are not tokens. ``fast_rouge_n`` is the same ROUGE-N F1 by plain
counting, for the greedy oracle and for fitting, where rouge-score's per-call overhead
would dominate (tests check that the two agree).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence

import numpy as np

METRICS = ("rouge1", "rouge2", "rougeL")


class CharTokenizer:
    """The tokenizer interface rouge-score expects: ``tokenize(text) -> list[str]``."""

    def tokenize(self, text: str) -> list[str]:
        return chars(text)


def chars(text: str) -> list[str]:
    return [ch for ch in unicodedata.normalize("NFKC", text).lower() if ch.isalnum()]


def scorer():  # type: ignore[no-untyped-def]
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(METRICS), tokenizer=CharTokenizer())


def rouge(scorer_, reference: str, summary: str) -> dict[str, float]:
    """F1 x 100 of each metric in ``METRICS``."""
    scores = scorer_.score(reference, summary)
    return {m: 100.0 * scores[m].fmeasure for m in METRICS}


def grams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def fast_rouge_n(ref: Counter[tuple[str, ...]], hyp: Counter[tuple[str, ...]]) -> float:
    """ROUGE-N F1 (0..1) from n-gram counts."""
    overlap = sum((ref & hyp).values())
    if overlap == 0:
        return 0.0
    p, r = overlap / sum(hyp.values()), overlap / sum(ref.values())
    return 2 * p * r / (p + r)


def paired_bootstrap(
    a: Sequence[float], b: Sequence[float], samples: int = 2000, seed: int = 0
) -> tuple[float, float, float]:
    """Mean of ``a - b`` over documents and its 95 % percentile interval, resampling
    documents with replacement (the same resample for both systems)."""
    diff = np.asarray(a, dtype=np.float64) - np.asarray(b, dtype=np.float64)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(diff), size=(samples, len(diff)))
    means = diff[idx].mean(axis=1)
    lo, hi = np.percentile(means, [2.5, 97.5])
    return float(diff.mean()), float(lo), float(hi)
