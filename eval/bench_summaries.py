"""Key points and section summaries against Lead-k, plain LexRank/TextRank and the
greedy oracle: character-level ROUGE-1/2/L F1 at equal length, per domain.

zhbrief never picks boilerplate (``is_boilerplate``: bylines, credits, court fees and
appeal notices, closings); the baselines are measured both plain and with that same
candidate filter (``+filter``: their ranking with boilerplate sentences removed), and
both are reported. The summariser's signature goes into the output.

Every system works on the pipeline's own sentences (``zhbrief`` segmentation) and gets
the budget of zhbrief's picks for that document (and, for section summaries, for that
section): the same number of sentences (budget ``sents``), or the same number of
letters/digits/CJK characters, the last sentence cut to fit (budget ``chars``). Scores
are means over documents; intervals are paired bootstrap 95 % over documents.

    python eval/bench_summaries.py [--sets heldout,news,dev] [--limit N]

Writes eval/results/summaries.json (with the tables of eval/SUMMARIES.md) when it runs
every set in full; regenerate the docs with ``python eval/report.py``.

Sets (see summ_data.py): judgments held-out (never tuned on), news (headlines as
references, never tuned on), judgments dev (the part fitting used).
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "pipeline"))

import report  # noqa: E402
import summ_data  # noqa: E402
import summ_metrics as sm  # noqa: E402

from zhbrief.config import SummariseConfig  # noqa: E402
from zhbrief.document import Document  # noqa: E402
from zhbrief.summarisation import MODEL, Model, is_boilerplate, signature  # noqa: E402

Ranking = list[int]


def run_pipeline(text: str, config: SummariseConfig, model: Model = MODEL) -> Document:
    """The one call into the pipeline: read, segment, summarise (Chinese side only);
    ``model`` other than the shipped one only from the fitting script."""
    from zhbrief.config import Config
    from zhbrief.pipeline import read, segment
    from zhbrief.reading import decode_bytes
    from zhbrief.summarisation import summarise

    full = Config(summarise=config)
    doc = segment(read(decode_bytes(text.encode("utf-8"), "-"), full), full)
    return summarise(doc, config, model)


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
    # (task, group, system) -> ranking: the same for both budgets, computed once
    rankings: dict[tuple[str, int, str], Ranking] = field(default_factory=dict)


def make_case(pair: summ_data.Pair, config: SummariseConfig, model: Model = MODEL) -> Case:
    doc = run_pipeline(pair.text, config, model)
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


BASELINES = ("lead", "lexrank", "textrank")
SYSTEMS = ("zhbrief", *BASELINES, *(f"{b}+filter" for b in BASELINES), "oracle")
LABELS = {"zhbrief": "zhbrief", "lead": "Lead-k", "lexrank": "LexRank", "textrank": "TextRank"}
LABELS["oracle"] = "oracle"
TASKS = (("key", "key points"), ("sections", "section summaries"))
BUDGETS = ("chars", "sents")


def system_ranking(name: str, sents: Sequence[str], ours: list[int], case: Case) -> Ranking:
    """``name``'s ranking of ``sents``; ``<baseline>+filter`` is the baseline's ranking
    without the sentences zhbrief never picks (``is_boilerplate``)."""
    if name == "zhbrief":
        return ours + [i for i in range(len(sents)) if i not in ours]
    if name.endswith("+filter"):
        plain = system_ranking(name.removesuffix("+filter"), sents, ours, case)
        return [i for i in plain if not is_boilerplate(sents[i])]
    if name == "lead":
        return lead(sents)
    if name == "lexrank":
        return lexrank(sents)
    if name == "textrank":
        return textrank(sents)
    return oracle(sents, case.ref_bigrams, max(1, len(ours)))


def cached_ranking(
    case: Case, where: tuple[str, int], name: str, sents: Sequence[str], ours: list[int]
) -> Ranking:
    """``system_ranking`` computed once per case, task, group and system; a filtered
    baseline reuses its plain ranking."""
    key = (*where, name)
    if key not in case.rankings:
        if name.endswith("+filter"):
            plain = cached_ranking(case, where, name.removesuffix("+filter"), sents, ours)
            case.rankings[key] = [i for i in plain if not is_boilerplate(sents[i])]
        else:
            case.rankings[key] = system_ranking(name, sents, ours, case)
    return case.rankings[key]


def outputs(case: Case, task: str, budget: str) -> dict[str, str]:
    """Each system's summary of ``case`` for ``task`` (key/sections) at ``budget``."""
    out: dict[str, str] = {}
    if task == "key":
        groups = [(list(range(len(case.sents))), case.key)]
    else:
        groups = [(sec, [i - sec[0] for i in case.summary if i in sec]) for sec in case.sections]
    for name in SYSTEMS:
        parts = []
        for g, (members, ours) in enumerate(groups):
            if not ours:
                continue
            sents = [case.sents[i] for i in members]
            ranking = cached_ranking(case, (task, g), name, sents, ours)
            chars = sum(content(sents[i]) for i in ours) if budget == "chars" else None
            parts.append(assemble(sents, ranking, len(ours), chars))
        out[name] = "".join(parts)
    return out


Scores = dict[str, dict[str, list[float]]]  # system -> metric -> per-document scores


def evaluate(cases: Sequence[Case], task: str, budget: str) -> Scores:
    """Per-document scores: system -> metric -> list."""
    scorer = sm.scorer()
    scores: Scores = {s: {m: [] for m in sm.METRICS} for s in SYSTEMS}
    for case in cases:
        for name, text in outputs(case, task, budget).items():
            for m, v in sm.rouge(scorer, case.reference, text).items():
                scores[name][m].append(v)
    return scores


def _interval(diff: float, lo: float, hi: float) -> str:
    return f"{diff:+.1f} [{lo:+.1f}, {hi:+.1f}]".replace("-", "−")


def measure(cases: Sequence[Case]) -> dict[str, object]:
    """Means and zhbrief-minus-baseline ROUGE-2 intervals of every task and budget."""
    out: dict[str, object] = {}
    for task, _ in TASKS:
        for budget in BUDGETS:
            sc = evaluate(cases, task, budget)
            diffs = {
                other: dict(
                    zip(
                        ("diff", "lo", "hi"),
                        sm.paired_bootstrap(sc["zhbrief"]["rouge2"], sc[other]["rouge2"]),
                        strict=True,
                    )
                )
                for other in SYSTEMS
                if other not in ("zhbrief", "oracle")
            }
            means = {name: {m: float(np.mean(v)) for m, v in sc[name].items()} for name in SYSTEMS}
            out[f"{task}-{budget}"] = {"mean": means, "rouge2_minus": diffs}
    return out


def tables(key: str, res: dict[str, object]) -> dict[str, object]:
    """The tables of eval/SUMMARIES.md for one set: ROUGE-2 against the plain baselines
    and against the filtered ones (best non-oracle score in bold), and ROUGE-1/L."""
    out: dict[str, object] = {}
    for suffix, variant in (("", ""), ("-filtered", "+filter")):
        names = [b + variant for b in BASELINES]
        columns = ["picks", "budget", "zhbrief"]
        columns += [LABELS[b] + (" +filter" if variant else "") for b in BASELINES] + ["oracle"]
        columns += ["− " + c for c in columns[3:6]]
        rows = []
        for task, label in TASKS:
            for budget in BUDGETS:
                cell = res[f"{task}-{budget}"]
                assert isinstance(cell, dict)
                r2 = {n: cell["mean"][n]["rouge2"] for n in ["zhbrief", *names, "oracle"]}
                best = max(r2[n] for n in ["zhbrief", *names])
                shown = [
                    f"**{r2[n]:.1f}**" if r2[n] == best else f"{r2[n]:.1f}"
                    for n in ["zhbrief", *names]
                ]
                d = cell["rouge2_minus"]
                rows.append(
                    [label, budget, *shown, f"{r2['oracle']:.1f}"]
                    + [_interval(**d[n]) for n in names]
                )
        out[key + suffix] = report.table(columns, rows, "llrrrrrlll")
    rows = []
    for task, label in TASKS:
        cell = res[f"{task}-chars"]
        assert isinstance(cell, dict)
        rows.append(
            [label]
            + [
                f"{cell['mean'][n]['rouge1']:.1f} / {cell['mean'][n]['rougeL']:.1f}"
                for n in ("zhbrief", *BASELINES, "oracle")
            ]
        )
    out[key + "-r1-rl"] = report.table(
        ["picks (chars budget)", *(LABELS[n] for n in ("zhbrief", *BASELINES, "oracle"))],
        rows,
        "lrrrrr",
    )
    return out


def headroom(res: dict[str, dict[str, Any]]) -> dict[str, float]:
    """The oracle's ROUGE-2 lead over Lead-k, least and most over tasks and budgets."""
    gaps = [
        cell["mean"]["oracle"]["rouge2"] - cell["mean"]["lead"]["rouge2"] for cell in res.values()
    ]
    return {"min": min(gaps), "max": max(gaps)}


def print_results(title: str, n: int, res: dict[str, object]) -> None:
    print(f"\n## {title} ({n} documents)")
    for _name, spec in tables("x", res).items():
        assert isinstance(spec, dict)
        print()
        print("\n".join(report.render_table(spec)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sets", default="heldout,news,dev")
    ap.add_argument("--limit", type=int, default=0, help="first N documents of each set")
    args = ap.parse_args(argv)
    config = SummariseConfig()
    dev, held = summ_data.judgments()
    sets = {
        "heldout": ("judgments, held-out part (CAIL2020 dev)", held),
        "news": ("news, WMT22 Xinhua articles, headline as reference", summ_data.news()),
        "dev": ("judgments, development part (CAIL2020 dev, used for fitting)", dev),
    }
    sig = signature(config)
    print(f"summariser signature: {sig}")
    data: dict[str, object] = {
        "signature": sig,
        "split": {
            "pairs": len(dev) + len(held),
            "heldout_share": summ_data.HELDOUT_SHARE,
            "seed": summ_data.SPLIT_SEED,
        },
        "news_dev_documents": len(summ_data.NEWS_DEV_RANGES),
        "sets": {},
    }
    all_tables: dict[str, object] = {}
    for key in args.sets.split(","):
        title, pairs = sets[key]
        pairs = pairs[: args.limit] if args.limit else pairs
        cases = [make_case(p, config) for p in pairs]
        res = measure(cases)
        print_results(title, len(cases), res)
        data["sets"][key] = {"title": title, "documents": len(cases), "results": res}  # type: ignore[index]
        all_tables.update(tables(key, res))
    if "news" in data["sets"]:  # type: ignore[operator]
        data["news_oracle_headroom"] = headroom(data["sets"]["news"]["results"])  # type: ignore[index]
    if args.limit == 0 and args.sets == "heldout,news,dev":
        print(f"wrote {report.write_results('summaries', data, all_tables)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
