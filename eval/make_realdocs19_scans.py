"""Make the nineteenth set of real-tool documents: the typeset PDFs of the fourteenth
to eighteenth sets (Typst, Chromium, the documents made blind after the held-out set's
kinds, XeLaTeX) printed and scanned, then given a text layer by OCR, as the thirteenth
set does with the second to tenth.

Every PDF of those sets that is not a scan already has its first two pages scanned by
``make_realdocs12_scans.scan`` (200 dpi grey, every second document crooked by 0.4 to
1.8 degrees per page, specks, ``ocrmypdf -l chi_sim`` without deskewing). The gold of
each scan is its source's gold kept to the pages scanned, by
``make_realdocs12_scans.scan_gold``.

The set was made after a round of OCR rules written on the twelfth and thirteenth
sets, and scored once before anyone looked at these scans: its first run tells
whether those rules carry over to scans of other documents.

    python eval/make_realdocs19_scans.py [--out eval/data/realdocs-made19] [--gold-only]

``--gold-only`` keeps the committed scans and makes their gold again.

Needs poppler-utils, ocrmypdf and tesseract-ocr-chi-sim; Pillow.
"""

from __future__ import annotations

from pathlib import Path

from make_realdocs12_scans import scan_typeset_sets

DATA = Path(__file__).resolve().parents[1] / "eval" / "data"
SOURCES = [f"realdocs-made{n}" for n in (14, 16, 17, 18)]  # made15 holds no PDF
SEED = 1919
NOTE = (
    " made19: the first {pages} page(s) of this PDF scanned at 200 dpi{turn}, OCR'd by"
    " ocrmypdf -l chi_sim (no deskew); gold kept to those pages, passages OCR misread"
    " left out, headings as printed."
)


def main(argv: list[str] | None = None) -> int:
    first = __doc__.split("\n")[0]
    out = DATA / "realdocs-made19"
    return scan_typeset_sets(argv, first, SOURCES, out, SEED, NOTE, None)


if __name__ == "__main__":
    raise SystemExit(main())
