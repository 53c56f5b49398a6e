"""Make the thirteenth set of real-tool documents: typeset PDFs of the second to tenth
sets printed and scanned, then given a text layer by OCR, as the twelfth set does with
LibreOffice's conversions.

Twenty-four of those sets' PDFs (drawn with a fixed seed; PDFs that already are scans
are left out) have their first two pages scanned by ``make_realdocs12_scans.scan``
(200 dpi grey, every second document crooked by 0.4 to 1.8 degrees per page, specks,
``ocrmypdf -l chi_sim`` without deskewing). The gold of each scan is its source's gold
kept to the pages scanned, by ``make_realdocs12_scans.scan_gold``.

None of these scans had been looked at while the OCR rules of the PDF reader were
written (they were written on made6's ``u06`` and the twelfth set), so the set's first
run tells whether those rules carry over to documents of other makers.

    python eval/make_realdocs13_scans.py [--out eval/data/realdocs-made13] [--gold-only]

``--gold-only`` keeps the committed scans and makes their gold again.

Needs poppler-utils, ocrmypdf and tesseract-ocr-chi-sim; Pillow.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from pathlib import Path

from make_realdocs12_scans import page_count, pdf_text, scan, scan_gold

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "eval" / "data"
SOURCES = [f"realdocs-made{n}" for n in range(2, 11)]
COUNT = 24  # documents scanned
PAGES = 2  # pages scanned from each
SEED = 99
NOTE = (
    " made13: the first {pages} page(s) of this PDF scanned at 200 dpi{turn}, OCR'd by"
    " ocrmypdf -l chi_sim (no deskew); gold kept to those pages, passages OCR misread"
    " left out, headings as printed."
)


def sources() -> list[Path]:
    """The typeset PDFs of the sets named in ``SOURCES`` (scans left out), sorted."""
    found = []
    for name in SOURCES:
        for pdf in sorted((DATA / name / "docs").glob("*.pdf")):
            if "ocr" not in pdf.name and "scan" not in pdf.name:
                found.append(pdf)
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=DATA / "realdocs-made13")
    ap.add_argument("--gold-only", action="store_true", help="keep the scans, remake the gold")
    args = ap.parse_args(argv)
    (args.out / "docs").mkdir(parents=True, exist_ok=True)
    (args.out / "gold").mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    picked = sources()
    rng.shuffle(picked)
    for k, src in enumerate(picked[:COUNT]):
        pages = min(PAGES, page_count(src))
        crooked = k % 2 == 1
        angles = [
            round(rng.choice((-1, 1)) * rng.uniform(0.4, 1.8), 2) if crooked else 0.0
            for _ in range(pages)
        ]
        name = src.stem + "_scan.pdf"
        out = args.out / "docs" / name
        if not args.gold_only:
            with tempfile.TemporaryDirectory() as tmp:
                scan(src, out, pages, angles, Path(tmp))
        gold = json.loads((src.parent.parent / "gold" / f"{src.name}.json").read_text("utf-8"))
        turn = ", turned " + "/".join(f"{a:+.2f}°" for a in angles) if crooked else ""
        printed, layout = pdf_text(src, pages), pdf_text(src, pages, layout=True)
        note = NOTE.format(pages=pages, turn=turn)
        made = scan_gold(gold, printed, layout, pdf_text(out, pages), note)
        text = json.dumps(made, ensure_ascii=False, indent=1) + "\n"
        (args.out / "gold" / f"{name}.json").write_text(text, "utf-8")
        level = turn.removeprefix(", ") or "level"
        print(
            f"| {name} | {src.parent.parent.name}/docs/{src.name} | {pages} | {level} |", flush=True
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
