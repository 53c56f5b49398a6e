"""Fit the summariser's linear sentence score (``_COEF`` in zhbrief/summarise.py).

Data: the development part of the judgments and the eight news-dev articles
(summ_data.py); never the held-out judgments or the 26 news articles. For every
sentence in every context (the whole document; each section too when there are
several) the target is the sentence's own character ROUGE-2 F1 against the reference
(``--target precision``: its bigram precision, which favours fragments). Weighted
ridge least squares on standardised ``FEATURES``, each domain weighing the same times
``--news`` for news. Prints the coefficients to paste into ``_COEF`` and the
development ROUGE-2 gains over plain LexRank and Lead-k before and after.

    python eval/fit_summariser.py [--ridge 1.0] [--news 2.0] [--drop FEATURE,...]
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "pipeline"))

import bench_summaries as bs  # noqa: E402
import summ_data  # noqa: E402
import summ_metrics as sm  # noqa: E402

# the module, not the pipeline's summarise() that zhbrief exports under the same name
zs = importlib.import_module("zhbrief.summarise")
from zhbrief.config import SummariseConfig  # noqa: E402


def examples(
    pairs: list[summ_data.Pair], config: SummariseConfig, target_kind: str = "precision"
) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for pair in pairs:
        ranked = zs.rank(bs.run_pipeline(pair.text, config), config)
        if ranked is None:
            continue
        ref = sm.grams(sm.chars(pair.reference), 2)
        target = []
        for s in ranked.sentences:
            g = sm.grams(sm.chars(s.zh), 2)
            overlap = sum((g & ref).values())
            if target_kind == "precision":
                target.append(overlap / max(1, sum(g.values())))
            else:  # the sentence's own ROUGE-2 F1
                target.append(sm.fast_rouge_n(ref, g))
        contexts = [ranked.document] + (ranked.sections if len(ranked.sections) > 1 else [])
        for ctx in contexts:
            keep = ranked.allowed[ctx.start : ctx.end]
            xs.append(ctx.features[keep])
            ys.append(np.array(target[ctx.start : ctx.end])[keep])
    return np.vstack(xs), np.concatenate(ys)


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray, ridge: float) -> dict[str, float]:
    """Weighted ridge least squares on standardised features."""
    weight = weight / weight.sum()
    mean = weight @ x
    std = np.sqrt(weight @ (x - mean) ** 2) + 1e-9
    z = (x - mean) / std
    ybar = float(weight @ y)
    a = (z * weight[:, None]).T @ z + ridge / len(y) * np.eye(z.shape[1])
    w = np.linalg.solve(a, (z * weight[:, None]).T @ (y - ybar))
    coef = w / std
    out = {"bias": float(ybar - mean @ coef)}
    out.update({name: float(c) for name, c in zip(zs.FEATURES, coef, strict=True)})
    return out


def dev_rouge2(pairs: list[summ_data.Pair], config: SummariseConfig) -> dict[str, float]:
    """Mean fast ROUGE-2 F1 x 100 of zhbrief minus plain LexRank's."""
    out = {}
    for task, budget in (("key", "chars"), ("sections", "chars"), ("key", "sents")):
        ours, lex, lead = [], [], []
        for pair in pairs:
            case = bs.make_case(pair, config)
            texts = bs.outputs(case, task, budget)
            for name, bucket in (("zhbrief", ours), ("lexrank", lex), ("lead", lead)):
                bucket.append(
                    100 * sm.fast_rouge_n(case.ref_bigrams, sm.grams(sm.chars(texts[name]), 2))
                )
        out[f"{task}/{budget}"] = (
            round(float(np.mean(ours) - np.mean(lex)), 2),
            round(float(np.mean(ours) - np.mean(lead)), 2),
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--ridge", type=float, default=1.0)
    ap.add_argument("--target", choices=("precision", "f1"), default="f1")
    ap.add_argument("--news", type=float, default=2.0, help="news weight (judgments: 1)")
    ap.add_argument("--drop", default="", help="features to leave out (comma-separated)")
    args = ap.parse_args(argv)
    config = SummariseConfig()
    dev, _ = summ_data.judgments()
    news_dev = summ_data.news(ranges=summ_data.NEWS_DEV_RANGES)
    for name, pairs in (("judgments dev", dev), ("news dev", news_dev)):
        print(f"shipped, {name}: zhbrief − (lexrank, lead) R-2:", dev_rouge2(pairs, config))
    xj, yj = examples(dev, config, args.target)
    xn, yn = examples(news_dev, config, args.target)
    x, y = np.vstack([xj, xn]), np.concatenate([yj, yn])
    # each domain weighs the same in the fit, whatever its number of sentences
    weight = np.concatenate([np.full(len(yj), 1 / len(yj)), np.full(len(yn), args.news / len(yn))])
    dropped = [zs.FEATURES.index(f) for f in args.drop.split(",") if f]
    x[:, dropped] = 0.0
    coef = fit(x, y, weight, args.ridge)
    print("_COEF = {")
    for name, value in coef.items():
        print(f'    "{name}": {value:.4f},')
    print("}")
    zs._COEF.update(coef)
    for name, pairs in (("judgments dev", dev), ("news dev", news_dev)):
        print(f"fitted, {name}: zhbrief − (lexrank, lead) R-2:", dev_rouge2(pairs, config))
    return 0


if __name__ == "__main__":
    sys.exit(main())
