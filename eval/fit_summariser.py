"""Fit the summariser's linear sentence score: ``pipeline/zhbrief/summarisation/model.json``.

Data: development data only: the development part of the judgments and the eight
news-dev articles (summ_data.py); never the held-out judgments or the 26 news articles.
For every sentence in every context (the whole document; each section too when there
are several) the target is the sentence's own character ROUGE-2 F1 against the
reference. Weighted ridge least squares (ridge 1.0) on standardised ``FEATURES``, each
domain weighing the same, news-dev twice. Coefficients are rounded to 4 decimals.

The settings are fixed here, not options, so that the shipped model is what this script
produces: ``--check`` exits 1 when model.json differs from a fresh fit, ``--write``
writes it (then run eval/bench_summaries.py and regenerate eval/SUMMARIES.md).
``--compare`` also prints development ROUGE-2 of the fit against the shipped model.

    python eval/fit_summariser.py [--check | --write] [--compare]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import numpy.typing as npt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "pipeline"))

import bench_summaries as bs  # noqa: E402
import summ_data  # noqa: E402
import summ_metrics as sm  # noqa: E402

from zhbrief.config import SummariseConfig  # noqa: E402
from zhbrief.summarisation import FEATURES, MODEL, Model, rank  # noqa: E402
from zhbrief.summarisation.model import MODEL_FILE  # noqa: E402

Array = npt.NDArray[np.float64]
RIDGE = 1.0
NEWS_WEIGHT = 2.0  # news-dev against the judgments' development part (1)
DECIMALS = 4
TARGET = HERE.parent / "pipeline" / "zhbrief" / "summarisation" / MODEL_FILE


def examples(pairs: list[summ_data.Pair], config: SummariseConfig) -> tuple[Array, Array]:
    """Features and target (own ROUGE-2 F1) of every non-boilerplate sentence in each
    context of each document."""
    xs, ys = [], []
    for pair in pairs:
        ranked = rank(bs.run_pipeline(pair.text, config))
        if ranked is None:
            continue
        ref = sm.grams(sm.chars(pair.reference), 2)
        target = [sm.fast_rouge_n(ref, sm.grams(sm.chars(s.zh), 2)) for s in ranked.sentences]
        contexts = [ranked.document] + (ranked.sections if len(ranked.sections) > 1 else [])
        for ctx in contexts:
            keep = ranked.allowed[ctx.start : ctx.end]
            xs.append(ctx.features[keep])
            ys.append(np.array(target[ctx.start : ctx.end])[keep])
    return np.vstack(xs), np.concatenate(ys)


def fit(x: Array, y: Array, weight: Array, ridge: float = RIDGE) -> dict[str, float]:
    """Weighted ridge least squares on standardised features, rounded to DECIMALS."""
    weight = weight / weight.sum()
    mean = weight @ x
    std = np.sqrt(weight @ (x - mean) ** 2) + 1e-9
    z = (x - mean) / std
    ybar = float(weight @ y)
    a = (z * weight[:, None]).T @ z + ridge / len(y) * np.eye(z.shape[1])
    w = np.linalg.solve(a, (z * weight[:, None]).T @ (y - ybar))
    coef = w / std
    out = {"bias": round(float(ybar - mean @ coef), DECIMALS)}
    out.update({name: round(float(c), DECIMALS) for name, c in zip(FEATURES, coef, strict=True)})
    return out


def dev_rouge2(
    pairs: list[summ_data.Pair], config: SummariseConfig, model: Model
) -> dict[str, tuple[float, float]]:
    """Mean fast ROUGE-2 F1 x 100 of zhbrief minus (plain LexRank's, Lead-k's)."""
    cases = [bs.make_case(pair, config, model) for pair in pairs]
    out = {}
    for task, budget in (("key", "chars"), ("sections", "chars"), ("key", "sents")):
        got: dict[str, list[float]] = {"zhbrief": [], "lexrank": [], "lead": []}
        for case in cases:
            texts = bs.outputs(case, task, budget)
            for name, bucket in got.items():
                bucket.append(
                    100 * sm.fast_rouge_n(case.ref_bigrams, sm.grams(sm.chars(texts[name]), 2))
                )
        ours = float(np.mean(got["zhbrief"]))
        out[f"{task}/{budget}"] = (
            round(ours - float(np.mean(got["lexrank"])), 2),
            round(ours - float(np.mean(got["lead"])), 2),
        )
    return out


def fitted_model(config: SummariseConfig) -> Model:
    dev, _ = summ_data.judgments()
    news_dev = summ_data.news(ranges=summ_data.NEWS_DEV_RANGES)
    xj, yj = examples(dev, config)
    xn, yn = examples(news_dev, config)
    x, y = np.vstack([xj, xn]), np.concatenate([yj, yn])
    # each domain weighs the same in the fit, whatever its number of sentences
    weight = np.concatenate(
        [np.full(len(yj), 1 / len(yj)), np.full(len(yn), NEWS_WEIGHT / len(yn))]
    )
    return Model(fit(x, y, weight))


def model_text(model: Model) -> str:
    return json.dumps(model.to_dict(), indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 if model.json differs")
    mode.add_argument("--write", action="store_true", help="write model.json")
    ap.add_argument("--compare", action="store_true", help="dev ROUGE-2: fit vs shipped")
    args = ap.parse_args(argv)
    config = SummariseConfig()
    model = fitted_model(config)
    print(model_text(model), end="")
    print(f"fit hash {model.hash}, shipped hash {MODEL.hash}")
    if args.compare:
        dev, _ = summ_data.judgments()
        news_dev = summ_data.news(ranges=summ_data.NEWS_DEV_RANGES)
        for name, pairs in (("judgments dev", dev), ("news dev", news_dev)):
            for label, m in (("shipped", MODEL), ("fitted", model)):
                print(
                    f"{label}, {name}: zhbrief − (lexrank, lead) R-2:", dev_rouge2(pairs, config, m)
                )
    if args.write:
        from zhbrief.iofiles import atomic_write_text

        atomic_write_text(TARGET, model_text(model))
        print(f"wrote {TARGET}")
    if args.check and model != MODEL:
        print("model.json is not what this script produces; run with --write", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
