"""Time and peak memory of the pipeline on one large input, per stage and end to end.

The input is the 2013-2017 government work reports of /work/shared/data (development
data: the reports from 2018 on are a blind test set and are not used) repeated until
the size asked for, with the sections and paragraphs they have.

    python eval/bench_large.py --mb 5 [--mb 19] [--model tests-tiny-model-folder]

Each measurement runs in a fresh process (peak RSS from ``getrusage``): ``stages``
runs read, segment and summarise in turn; ``segment`` and ``brief`` run those CLI
commands (``brief`` only with ``--model``, translating the summary, no cache).
Results in eval/LARGE_INPUTS.md.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPORTS = sorted(Path("/work/shared/data/gov-work-reports").glob("gwr_201[3-7].zh.txt"))


def build(mb: float, folder: Path) -> Path:
    one = "\n\n".join(p.read_text(encoding="utf-8") for p in REPORTS)
    size = int(mb * 1_000_000)
    copies = -(-size // len(one.encode()))
    data = "\n\n".join([one] * copies).encode()[:size].decode("utf-8", "ignore")
    path = folder / f"large-{mb:g}mb.txt"
    path.write_text(data, encoding="utf-8")
    return path


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(what: str, path: str, model: str | None) -> dict[str, float]:
    """Runs in the child process."""
    started = time.perf_counter()
    out: dict[str, float] = {}
    if what == "stages":
        from zhbrief import pipeline
        from zhbrief.config import Config, ReadConfig

        config = Config(read=ReadConfig(max_bytes=10**9))
        doc = pipeline.segment(pipeline.read(path, config), config)
        out["segment_s"], out["segment_mib"] = time.perf_counter() - started, peak_mib()
        out["sentences"] = sum(1 for _ in doc.sentences())
        pipeline.summarise(doc, config)
    else:
        from zhbrief.cli import cli

        args = [what, path, "-o", path + f".{what}.out"]
        if what == "brief" and model:
            args += ["--model", model, "--no-cache", "-q"]
        profile = Path(path).with_suffix(".yaml")
        profile.write_text("read:\n  max_bytes: 1000000000\n", encoding="utf-8")
        cli.main(args + ["--config", str(profile)], standalone_mode=False)
    out["total_s"], out["peak_mib"] = time.perf_counter() - started, peak_mib()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, action="append", required=True)
    ap.add_argument("--model", help="model folder for the brief run (the tiny test model)")
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one[0], args.one[1], args.model)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for mb in args.mb:
            path = build(mb, Path(tmp))
            for what in ("stages", "segment", *(("brief",) if args.model else ())):
                cmd = [sys.executable, __file__, "--mb", str(mb), "--one", what, str(path)]
                cmd += ["--model", args.model] if args.model else []
                res = subprocess.run(cmd, capture_output=True, text=True, check=False)
                line = res.stdout.strip().splitlines()[-1] if res.returncode == 0 else "failed"
                print(f"{mb:g} MB {what}: {line}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
