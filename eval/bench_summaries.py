"""Key points and section summaries against Lead-k, plain LexRank/TextRank and the
greedy oracle: character-level ROUGE-1/2/L F1 at equal length, per domain.

Every system works on the pipeline's own sentences (``zhbrief`` segmentation) and gets
the budget of zhbrief's picks for that document (and, for section summaries, for that
section): the same number of sentences (budget ``sents``), or the same number of
letters/digits/CJK characters, the last sentence cut to fit (budget ``chars``). Scores
are means over documents; intervals are paired bootstrap 95 % over documents.

    python eval/bench_summaries.py [--sets heldout,news,dev] [--json out.json]

Sets (see summ_data.py): judgments held-out (never tuned on), news (headlines as
references, never tuned on), judgments dev (the part fitting used).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "pipeline"))

import summ_data  # noqa: E402
import summ_metrics as sm  # noqa: E402

from zhbrief.config import SummariseConfig  # noqa: E402
from zhbrief.document import Document  # noqa: E402

Ranking = list[int]


def run_pipeline(text: str, config: SummariseConfig) -> Document:
    """The one call into the pipeline: read, segment, summarise (Chinese side only)."""
    from zhbrief.config import Config
    from zhbrief.pipeline import read, segment, summarise
    from zhbrief.reading import decode_bytes

    full = Config(summarise=config)
    return summarise(segment(read(decode_bytes(text.encode("utf-8"), "-"), full), full), full)


@dataclass
class Case:
    """One document as the benchmark sees it: sentences, sections, zhbrief's picks."""

    id: str
    reference: str
    sents: list[str]
    sections: list[list[int]]  # sentence indices of each section
    key: list[int]  # zhbrief's key points
    summary: list[int]  # zhbrief's section-summary sentences
    ref_bigrams: Counter[tuple[str, ...]] = field(default_factory=Counter)


def make_case(pair: summ_data.Pair, config: SummariseConfig) -> Case:
    doc = run_pipeline(pair.text, config)
    sents = [s.zh for s in doc.sentences()]
    sections, k = [], 0
    for sec in doc.sections:
        n = sum(1 for _ in sec.sentences())
        if n:
            sections.append(list(range(k, k + n)))
        k += n
    all_s = list(doc.sentences())
    return Case(
        pair.id,
        pair.reference,
        sents,
        sections,
        [i for i, s in enumerate(all_s) if s.key_point],
        [i for i, s in enumerate(all_s) if s.in_summary],
        sm.grams(sm.chars(pair.reference), 2),
    )


# --- baselines ------------------------------------------------------------------------


def _bigram_sets(sents: Sequence[str]) -> list[Counter[tuple[str, ...]]]:
    return [sm.grams(sm.chars(s), 2) for s in sents]


def _power(sim: np.ndarray, damping: float = 0.85) -> np.ndarray:
    n = sim.shape[0]
    w = sim.copy()
    np.fill_diagonal(w, 0.0)
    sums = w.sum(axis=1, keepdims=True)
    trans = np.where(sums > 0, w / np.where(sums > 0, sums, 1.0), 1.0 / n)
    rank = np.full(n, 1.0 / n)
    for _ in range(200):
        new = (1 - damping) / n + damping * (trans.T @ rank)
        if np.abs(new - rank).sum() < 1e-10:
            return new
        rank = new
    return rank


def _order(scores: Sequence[float]) -> Ranking:
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))


def lexrank(sents: Sequence[str]) -> Ranking:
    """Continuous LexRank: TF-IDF cosine over character bigrams, no other feature."""
    grams = _bigram_sets(sents)
    n = len(sents)
    if n == 1:
        return [0]
    df: Counter[tuple[str, ...]] = Counter()
    for g in grams:
        df.update(g.keys())
    vocab = {t: j for j, t in enumerate(df)}
    m = np.zeros((n, len(vocab)))
    for i, g in enumerate(grams):
        for t, c in g.items():
            m[i, vocab[t]] = c * (math.log((1 + n) / (1 + df[t])) + 1)
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    m = m / np.where(norms > 0, norms, 1.0)
    return _order(list(_power(m @ m.T)))


def textrank(sents: Sequence[str]) -> Ranking:
    """TextRank (Mihalcea & Tarau 2004) with character bigrams as the words: similarity
    = shared bigram types / (log |a| + log |b|)."""
    grams = [set(g) for g in _bigram_sets(sents)]
    n = len(sents)
    if n == 1:
        return [0]
    sim = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            denom = math.log(len(grams[i]) + 1) + math.log(len(grams[j]) + 1)
            if denom > 0:
                sim[i, j] = sim[j, i] = len(grams[i] & grams[j]) / denom
    return _order(list(_power(sim)))


def lead(sents: Sequence[str]) -> Ranking:
    return list(range(len(sents)))


def oracle(sents: Sequence[str], ref: Counter[tuple[str, ...]], k: int) -> Ranking:
    """Greedy ROUGE-2 F1 oracle: add the sentence that raises it most, up to ``k``."""
    grams = _bigram_sets(sents)
    chosen: list[int] = []
    have: Counter[tuple[str, ...]] = Counter()
    best = 0.0
    while len(chosen) < k:
        gains = [
            (sm.fast_rouge_n(ref, have + grams[i]), -i)
            for i in range(len(sents))
            if i not in chosen
        ]
        if not gains:
            break
        score, neg = max(gains)
        if score <= best and chosen:
            break
        best = score
        chosen.append(-neg)
        have += grams[-neg]
    rest = [i for i in range(len(sents)) if i not in chosen]
    return chosen + rest


# --- budgets --------------------------------------------------------------------------


def content(text: str) -> int:
    return len(sm.chars(text))


def cut(text: str, n: int) -> str:
    """The prefix of ``text`` holding its first ``n`` content characters."""
    seen = 0
    for pos, ch in enumerate(text):
        if sm.chars(ch):
            if seen == n:
                return text[:pos]
            seen += 1
    return text


def assemble(sents: Sequence[str], ranking: Ranking, k: int, chars: int | None) -> str:
    """Top ``k`` of ``ranking`` (sentence budget), or top sentences until ``chars``
    content characters, the last one cut (character budget); in document order."""
    if chars is None:
        return "".join(sents[i] for i in sorted(ranking[:k]))
    picked: dict[int, str] = {}
    left = chars
    for i in ranking:
        if left <= 0:
            break
        n = content(sents[i])
        picked[i] = sents[i] if n <= left else cut(sents[i], left)
        left -= min(n, left)
    return "".join(picked[i] for i in sorted(picked))


SYSTEMS = ("zhbrief", "lead", "lexrank", "textrank", "oracle")


def system_ranking(name: str, sents: Sequence[str], ours: list[int], case: Case) -> Ranking:
    if name == "zhbrief":
        return ours + [i for i in range(len(sents)) if i not in ours]
    if name == "lead":
        return lead(sents)
    if name == "lexrank":
        return lexrank(sents)
    if name == "textrank":
        return textrank(sents)
    return oracle(sents, case.ref_bigrams, max(1, len(ours)))


def outputs(case: Case, task: str, budget: str) -> dict[str, str]:
    """Each system's summary of ``case`` for ``task`` (key/sections) at ``budget``."""
    out: dict[str, str] = {}
    if task == "key":
        groups = [(list(range(len(case.sents))), case.key)]
    else:
        groups = [(sec, [i - sec[0] for i in case.summary if i in sec]) for sec in case.sections]
    for name in SYSTEMS:
        parts = []
        for members, ours in groups:
            if not ours:
                continue
            sents = [case.sents[i] for i in members]
            ranking = system_ranking(name, sents, ours, case)
            chars = sum(content(sents[i]) for i in ours) if budget == "chars" else None
            parts.append(assemble(sents, ranking, len(ours), chars))
        out[name] = "".join(parts)
    return out


def evaluate(cases: Sequence[Case], task: str, budget: str) -> dict[str, dict[str, list[float]]]:
    """Per-document scores: system -> metric -> list."""
    scorer = sm.scorer()
    scores: dict[str, dict[str, list[float]]] = {s: {m: [] for m in sm.METRICS} for s in SYSTEMS}
    for case in cases:
        for name, text in outputs(case, task, budget).items():
            for m, v in sm.rouge(scorer, case.reference, text).items():
                scores[name][m].append(v)
    return scores


def report(
    title: str, cases: Sequence[Case], emit: Callable[[str], None], results: dict[str, object]
) -> None:
    emit(f"\n## {title} ({len(cases)} documents)\n")
    for task, label in (("key", "key points"), ("sections", "section summaries")):
        for budget in ("chars", "sents"):
            sc = evaluate(cases, task, budget)
            emit(f"\n{label}, budget = same {budget}:\n")
            emit("| system | R-1 | R-2 | R-L |")
            emit("|---|---:|---:|---:|")
            for name in SYSTEMS:
                row = " | ".join(f"{np.mean(sc[name][m]):.1f}" for m in sm.METRICS)
                emit(f"| {name} | {row} |")
            for other in ("lead", "lexrank", "textrank"):
                d, lo, hi = sm.paired_bootstrap(sc["zhbrief"]["rouge2"], sc[other]["rouge2"])
                emit(f"- R-2 zhbrief − {other}: {d:+.1f} [{lo:+.1f}, {hi:+.1f}]")
            results[f"{title}/{task}/{budget}"] = {
                name: {m: float(np.mean(v)) for m, v in sc[name].items()} for name in SYSTEMS
            }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sets", default="heldout,news,dev")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="first N documents of each set")
    args = ap.parse_args(argv)
    config = SummariseConfig()
    dev, held = summ_data.judgments()
    sets = {
        "heldout": ("judgments, held-out part (CAIL2020 dev, never tuned on)", held),
        "news": (
            "news, WMT22 Xinhua articles, headline as reference (never tuned on)",
            summ_data.news(),
        ),
        "dev": ("judgments, development part (CAIL2020 dev, used for fitting)", dev),
    }
    results: dict[str, object] = {}
    for key in args.sets.split(","):
        title, pairs = sets[key]
        pairs = pairs[: args.limit] if args.limit else pairs
        cases = [make_case(p, config) for p in pairs]
        report(title, cases, print, results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
