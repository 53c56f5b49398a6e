"""Reproduce the official WMT22 zh→en BLEU and chrF of three submitted systems.

Scores the system outputs in the WMT22 data folder with the same code as
``zhbrief eval`` (``zhbrief.evaluation.load_files`` and ``score``) against reference A,
reference B and both, and compares them with ``automatic-scores.zh-en.tsv``, the
official scores released by the organisers. Prints a table and exits 1 when any
score differs from the official one by 0.005 or more (not equal to two decimals).

    python eval/wmt22_official.py [--data DIR] [--systems DLUT,NiuTrans,Online-B]

With every system it writes ``eval/results/wmt22_official.json`` (its table is in
eval/README.md, through ``python eval/report.py``).

The data is github.com/wmt-conference/wmt22-news-systems @ 20240a2e (txt/ and
scores/); the project keeps a copy in /work/shared/data/wmt22-zh-en.
"""

from __future__ import annotations

import argparse
import csv
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

from zhbrief import evaluation as ev

sys.path.insert(0, str(Path(__file__).resolve().parent))
import report

DEFAULT_DATA = Path("/work/shared/data/wmt22-zh-en")
SYSTEMS = ("DLUT", "NiuTrans", "Online-B")
REFERENCES = {"A": ("A",), "B": ("B",), "all": ("A", "B")}
METRICS = ("bleu", "chrf")
TOLERANCE = 0.005  # half a unit in the second decimal


def official_scores(path: Path) -> dict[tuple[str, str], float]:
    """``(system, "bleu-A") -> score`` from the organisers' TSV."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t")
        return {(row["system"], row["metric"]): float(row["score"]) for row in rows}


def our_scores(data: Path, system: str) -> dict[str, float]:
    hyp = data / f"generaltest2022.zh-en.hyp.{system}.en"
    scores = {}
    for label, refs in REFERENCES.items():
        ref_files = [str(data / f"generaltest2022.zh-en.ref.{r}.en") for r in refs]
        loaded = ev.load_files(str(hyp), ref_files)
        assert loaded.hypotheses is not None
        for result in ev.score(loaded.hypotheses, loaded.references, ev.ScoreOptions(METRICS)):
            scores[f"{result.metric}-{label}"] = result.score
    return scores


def comparison_table(
    official: dict[tuple[str, str], float], ours: dict[str, dict[str, float]]
) -> dict[str, Any]:
    """Per system, the official row and ours, each score to four decimals."""
    metrics = [f"{m}-{r}" for m in METRICS for r in REFERENCES]
    rows = []
    for system, scores in ours.items():
        rows.append([f"{system} (official)", *(f"{official[(system, m)]:.4f}" for m in metrics)])
        rows.append([f"{system} (ours)", *(f"{scores[m]:.4f}" for m in metrics)])
    return report.table(["system", *metrics], rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="WMT22 zh-en folder")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated")
    args = parser.parse_args(argv)
    official = official_scores(args.data / "automatic-scores.zh-en.tsv")
    print(f"{'system':<10} {'metric':<9} {'ours':>9} {'official':>9} {'diff':>9}  match")
    failures = 0
    all_ours: dict[str, dict[str, float]] = {}
    for system in args.systems.split(","):
        ours = all_ours[system] = our_scores(args.data, system)
        for metric, value in ours.items():
            expected = official[(system, metric)]
            ok = abs(value - expected) < TOLERANCE
            failures += not ok
            print(
                f"{system:<10} {metric:<9} {value:9.4f} {expected:9.4f} "
                f"{value - expected:+9.5f}  {'yes' if ok else 'NO'}"
            )
    total = len(args.systems.split(",")) * len(METRICS) * len(REFERENCES)
    print(f"{total - failures}/{total} scores equal to the official ones to two decimals")
    if tuple(all_ours) == SYSTEMS:
        data = {
            "sacrebleu": version("sacrebleu"),
            "equal": total - failures,
            "total": total,
            "ours": all_ours,
            "official": {s: {m: official[(s, m)] for m in all_ours[s]} for s in all_ours},
        }
        tables = {"scores": comparison_table(official, all_ours)}
        print(f"wrote {report.write_results('wmt22_official', data, tables)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
