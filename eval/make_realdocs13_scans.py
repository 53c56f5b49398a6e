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

from pathlib import Path

from make_realdocs12_scans import scan_typeset_sets

DATA = Path(__file__).resolve().parents[1] / "eval" / "data"
SOURCES = [f"realdocs-made{n}" for n in range(2, 11)]
COUNT = 24  # documents scanned
SEED = 99
NOTE = (
    " made13: the first {pages} page(s) of this PDF scanned at 200 dpi{turn}, OCR'd by"
    " ocrmypdf -l chi_sim (no deskew); gold kept to those pages, passages OCR misread"
    " left out, headings as printed."
)


def main(argv: list[str] | None = None) -> int:
    first = __doc__.split("\n")[0]
    out = DATA / "realdocs-made13"
    return scan_typeset_sets(argv, first, SOURCES, out, SEED, NOTE, COUNT)


if __name__ == "__main__":
    raise SystemExit(main())
