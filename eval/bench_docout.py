"""What writing a Word file adds to translating a report, side by side with text output.

The report: the 2016 and 2017 government work reports (development data) as one Word
file, a paragraph per line, 一、/（一） lines as Heading 1/2 (its page count is
LibreOffice's, measured on the Chinese file). The model: random weights with the real
opus-mt-zh-en architecture (``bench_common.build_bench_model``), zhbrief's default CPU
path, greedy, output fixed at 1.3x the source tokens so every run does the same work;
no translation memory. Two runs, alternated:

- text: ``brief(scope="full")`` (read, segment, summarise, translate, check) then the
  Markdown translation;
- docx: ``translate_docx``, the Word file translated in place (collect the spans,
  translate them through the same stage, write them back, save the package).

The overhead is the time each run spends outside the translate stage (the stage's
own clock, ``provenance.seconds``) over the time in it: what writing the document adds
to the translation. Also timed alone (median of 5): the Markdown, the Word file rebuilt
from blocks, and the in-place write-back given the English.

    python eval/bench_docout.py [--reps 1]     # writes eval/results/docout.json
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_common import FIXED_RATIO, ROOT, build_bench_model, machine, median

sys.path.insert(0, str(ROOT / "pipeline"))

REPORTS = [ROOT / "tests" / "data" / "gov-work-reports" / f"gwr_{y}.zh.txt" for y in (2016, 2017)]
OUT = ROOT / "eval" / "results" / "docout.json"


def report_docx() -> bytes:
    """The two reports as one Word file: headings styled, a paragraph per line."""
    import io

    import docx

    from zhbrief.reading.base import numbered_level

    d = docx.Document()
    for path in REPORTS:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.strip().replace("\u200b", "")
            if not text:
                continue
            level = numbered_level(text)
            if level is not None:
                d.add_heading(text, level=level)
            else:
                d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def pages(data: bytes) -> int | None:
    """LibreOffice's page count of a Word file (None without LibreOffice)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    import pdfplumber

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "report.docx"
        src.write_bytes(data)
        profile = (Path(tmp) / "profile").as_uri()
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
        with pdfplumber.open(Path(tmp) / "report.pdf") as pdf:
            return len(pdf.pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=1, help="runs of each side (alternated)")
    args = parser.parse_args()

    from zhbrief.config import Config, TranslateConfig, load_config
    from zhbrief.pipeline import brief
    from zhbrief.reading import decode_bytes
    from zhbrief.rendering import render
    from zhbrief.rendering.docx import translation_docx
    from zhbrief.rendering.inplace import translate_docx
    from zhbrief.translate import load_translator

    data = report_docx()
    page_count = pages(data)
    with tempfile.TemporaryDirectory() as tmp:
        model = build_bench_model(Path(tmp) / "model")
        config: Config = load_config(None, {"translate.model": str(model), "cache.enabled": False})
        translator = load_translator(
            TranslateConfig(model=str(model), num_beams=1, fixed_output_ratio=FIXED_RATIO)
        )
        translator.translate(["预热。"])  # conversion and first-call costs out of the runs
        runs: dict[str, list[dict[str, float]]] = {"text": [], "docx": []}
        doc = None
        for _ in range(args.reps):
            started = time.perf_counter()
            doc = brief(
                decode_bytes(data, "report.docx"), config, translator=translator, scope="full"
            )
            markdown = render(doc, "translation", "md")
            total = time.perf_counter() - started
            runs["text"].append({"total": total, "translate": doc.provenance.seconds or 0.0})
            started = time.perf_counter()
            result = translate_docx(data, "report.docx", translator, config)
            total = time.perf_counter() - started
            seconds = result.document.provenance.seconds or 0.0
            runs["docx"].append({"total": total, "translate": seconds})
        assert doc is not None and markdown
        alone = {
            "markdown": median(
                [_timed(lambda: render(doc, "translation", "md")) for _ in range(5)]
            ),
            "docx_rebuilt": median([_timed(lambda: translation_docx(doc)) for _ in range(5)]),
        }
    sentences = sum(1 for _ in doc.sentences())
    rows = []
    summary: dict[str, dict[str, float]] = {}
    for side, label in (("text", "Markdown (text output)"), ("docx", "Word file, in place")):
        total = median([r["total"] for r in runs[side]])
        translate = median([r["translate"] for r in runs[side]])
        other = total - translate
        summary[side] = {
            "total_s": total,
            "translate_s": translate,
            "other_s": other,
            "overhead": other / translate,
        }
        rows.append(
            [
                label,
                f"{total:.1f}",
                f"{translate:.1f}",
                f"{other:.2f}",
                f"{100 * other / translate:.1f} %",
            ]
        )
    text_total, docx_total = summary["text"]["total_s"], summary["docx"]["total_s"]
    result_json = {
        "machine": machine(),
        "report": {
            "chars": len(doc.text),
            "sentences": sentences,
            "pages": page_count,
            "sources": [p.name for p in REPORTS],
        },
        "model": "random weights, opus-mt-zh-en architecture, default CPU path, greedy, "
        f"output {FIXED_RATIO}x source tokens, no translation memory",
        "reps": args.reps,
        "runs": runs,
        "summary": summary,
        # The end-to-end comparison: the Word run's time over the text run's
        "docx_vs_text": round(docx_total / text_total - 1, 4),
        "alone_s": alone,
        "tables": {
            "overhead": {
                "columns": [
                    "output",
                    "total s",
                    "translate stage s",
                    "everything else s",
                    "everything else / translate",
                ],
                "rows": rows,
            },
            "side_by_side": {
                "columns": ["text run s", "Word run s", "Word run / text run"],
                "rows": [
                    [
                        f"{text_total:.1f}",
                        f"{docx_total:.1f}",
                        f"{100 * (docx_total / text_total - 1):+.1f} %",
                    ]
                ],
            },
            "alone": {
                "columns": ["written alone (median of 5)", "seconds"],
                "rows": [
                    ["Markdown translation", f"{alone['markdown']:.3f}"],
                    ["Word file rebuilt from blocks", f"{alone['docx_rebuilt']:.3f}"],
                ],
            },
        },
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result_json, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result_json["tables"], indent=2, ensure_ascii=False))


def _timed(fn: object) -> float:
    started = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
