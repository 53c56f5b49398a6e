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


def build_format(mb: float, folder: Path, fmt: str) -> Path:
    """The same text as ``build`` in ``fmt``: short lines become headings (Heading 1 in
    DOCX, <h2> in HTML, larger type in PDF), the rest paragraphs."""
    paragraphs = [p.strip() for p in build(mb, folder).read_text(encoding="utf-8").split("\n")]
    paragraphs = [p for p in paragraphs if p]
    path = folder / f"large-{mb:g}mb.{fmt}"
    if fmt == "html":
        path.write_text(_html(paragraphs), encoding="utf-8")
    elif fmt == "docx":
        path.write_bytes(_docx(paragraphs))
    else:
        path.write_bytes(_pdf(paragraphs))
    return path


def _heading(p: str) -> bool:
    return len(p) <= 20 and not p.endswith("。")


def _html(paragraphs: list[str]) -> str:
    from html import escape

    body = "\n".join(
        f"<h2>{escape(p)}</h2>" if _heading(p) else f"<p>{escape(p)}</p>" for p in paragraphs
    )
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>政府工作报告</title></head>"
        f"<body><nav><a href='/'>首页</a></nav><article><h1>政府工作报告</h1>{body}"
        "</article><footer>版权所有</footer></body></html>"
    )


def _docx(paragraphs: list[str]) -> bytes:
    import io
    import zipfile
    from xml.sax.saxutils import escape

    import docx

    blank = io.BytesIO()
    docx.Document().save(blank)
    out = io.BytesIO()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(blank) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
        with dst.open("word/document.xml", "w") as f:
            f.write(f"<w:document {w}><w:body>".encode())
            for p in paragraphs:
                style = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' if _heading(p) else ""
                f.write(f"<w:p>{style}<w:r><w:t>{escape(p)}</w:t></w:r></w:p>".encode())
            f.write(b"</w:body></w:document>")
    return out.getvalue()


def _pdf(paragraphs: list[str]) -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    per_line, top, step = 38, A4[1] - 72, 18
    y = top
    for p in paragraphs:
        size = 15 if _heading(p) else 11
        pieces = [p[i : i + per_line] for i in range(0, len(p), per_line)]
        for k, piece in enumerate(pieces):
            if y < 72:
                c.showPage()
                y = top
            c.setFont("STSong-Light", size)
            c.drawString(72 + (22 if k == 0 and size == 11 else 0), y, piece)
            y -= step
        y -= 6
    c.save()
    return buf.getvalue()


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


RESULTS = Path(__file__).resolve().parent / "results" / "large_inputs.json"


def formats(mb: float, fmts: list[str], timeout: float, what: str) -> int:
    """``brief`` (the summary, translated by the real architecture with random weights,
    CTranslate2 int8 as the default profile runs it, no cache), or the stages before
    the model (``what``), on the same text in each format, each in a fresh process;
    results written after every run."""
    import os

    import bench_common as bc

    results: dict[str, object] = {"mb_of_text": mb, "machine": bc.machine(), "runs": []}
    if RESULTS.is_file():  # the other kind of run stays
        results = json.loads(RESULTS.read_text(encoding="utf-8")) | results
    # runs of other formats at this size stay (a rerun of one format replaces its own)
    earlier = results.get(f"{what}_runs") or []
    kept = [r for r in earlier if r.get("format") not in fmts and r.get("mb_of_text") == mb]  # type: ignore[union-attr]
    runs: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        model = str(bc.build_bench_model(folder / "model")) if what == "brief" else ""
        if model:
            warm = folder / "warm.txt"  # converts the model to CTranslate2 once, untimed
            warm.write_text(REPORTS[0].read_text(encoding="utf-8")[:2000], encoding="utf-8")
            _child("brief", warm, model, timeout)
        for fmt in fmts:
            path = build(mb, folder) if fmt == "text" else build_format(mb, folder, fmt)
            load = os.getloadavg()[0]
            out = _child(what, path, model, timeout)
            runs.append(
                {"format": fmt, "mb_of_text": mb, "file_bytes": path.stat().st_size}
                | {"load_before": load}
                | out
                | {"load_after": os.getloadavg()[0]}
            )
            shown = _in_order(kept + runs)
            results[f"{what}_runs"] = shown
            results.pop("runs", None)
            tables = dict(results.get("tables") or {})  # type: ignore[call-overload]
            tables[what] = _table(shown, what)
            results["tables"] = tables
            RESULTS.parent.mkdir(exist_ok=True)
            RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
            print(fmt, json.dumps(runs[-1]), flush=True)
    return 0


def _in_order(runs: list[dict[str, object]]) -> list[dict[str, object]]:
    """Text, HTML, DOCX, PDF (the docs' markers name runs by position)."""
    return sorted(runs, key=lambda r: list(_NAMES).index(str(r["format"])))


def _child(what: str, path: Path, model: str, timeout: float) -> dict[str, object]:
    cmd = [sys.executable, __file__, "--mb", "0", "--one", what, str(path)]
    cmd += ["--model", model] if model else []
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"not finished in {timeout:g} s"}
    if res.returncode != 0:
        return {"error": (res.stderr.strip().splitlines() or ["failed"])[-1]}
    parsed: dict[str, object] = json.loads(res.stdout.strip().splitlines()[-1])
    return parsed


_NAMES = {"text": "text (.txt)", "html": "HTML", "docx": "DOCX", "pdf": "PDF"}


def _table(runs: list[dict[str, object]], what: str) -> dict[str, object]:
    rows = []
    for r in runs:
        size = f"{int(r['file_bytes']) / 1e6:.1f} MB"  # type: ignore[call-overload]
        text = f"{float(r.get('mb_of_text', 0)):g} MB"  # type: ignore[arg-type]
        first = [] if what == "brief" else [f"{float(r.get('segment_s', 0)):.0f} s"]  # type: ignore[arg-type]
        if "error" in r:
            rows.append(
                [_NAMES[str(r["format"])], text, size, *["–"] * len(first), str(r["error"])]
                + ["–", "–"]
            )
            continue
        rows.append(
            [
                _NAMES[str(r["format"])],
                text,
                size,
                *first,
                f"{float(r['total_s']):.0f} s",  # type: ignore[arg-type]
                f"{float(r['peak_mib']):,.0f} MiB",  # type: ignore[arg-type]
                f"{float(r['load_before']):.1f}-{float(r['load_after']):.1f}",  # type: ignore[arg-type]
            ]
        )
    steps = ["`brief` time"] if what == "brief" else ["read + segment", "read, segment, summarise"]
    columns = ["input (same text)", "text", "file", *steps, "peak memory", "load average"]
    return {"columns": columns, "rows": rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, action="append", required=True)
    ap.add_argument("--model", help="model folder for the brief run (the tiny test model)")
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument(
        "--formats",
        help="comma-separated text,html,docx,pdf: `brief` the same text in each format "
        "with the real architecture's random-weight model (eval/bench_common.py) and "
        "write eval/results/large_inputs.json",
    )
    ap.add_argument("--timeout", type=float, default=900, help="seconds per --formats run")
    ap.add_argument(
        "--what",
        choices=["brief", "stages"],
        default="brief",
        help="with --formats: the whole brief, or read + segment + summarise (no model)",
    )
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one[0], args.one[1], args.model)))
        return 0
    if args.formats:
        return formats(args.mb[0], args.formats.split(","), args.timeout, args.what)
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
