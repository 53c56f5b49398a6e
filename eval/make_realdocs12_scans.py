"""Make the twelfth set of real-tool documents: the PDFs of the eleventh set (Word files
saved as PDF by LibreOffice) printed and scanned, then given a text layer by OCR.

Each ``_lo.pdf`` of ``eval/data/realdocs-made11`` has its first pages (``PAGES``)
rendered at 200 dpi in grey by ``pdftoppm``; every second document is then turned
page by page by a small angle of its own (a crooked scan, 0.4 to 1.8 degrees either
way), the others stay level; grey paper and a few specks, then ``ocrmypdf -l chi_sim``
(Tesseract, no deskewing) writes the text layer, as an office does with paper it
receives. Angles come from a fixed seed, so the set is made again alike.

The gold of each scan is its source's gold for the pages scanned, as printed:
headings and passages that the source PDF prints on those pages (``pdftotext``), in
order; headings are looked for in the pages' layout text (``pdftotext -layout``: lines
in the order they stand, which a watermark or a frame does not shuffle) outside a
contents page's entries (a line that ends in leaders or a gap and a page number), or a
contents page would stand for the headings of pages never scanned, wherever they
stand (a right column's heading is laid out above the left one's); a passage that
Tesseract misread is left out (it is looked for in the text layer, spaces aside), a
heading is kept as printed (OCR's misreadings count as misses, as in ``u06``). Title,
running headers and boilerplate stay.

    python eval/make_realdocs12_scans.py [--out eval/data/realdocs-made12] [--gold-only]

``--gold-only`` keeps the committed scans and makes their gold again.

Needs poppler-utils, ocrmypdf and tesseract-ocr-chi-sim; Pillow.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import make_realdocs as base
from make_realdocs11_converted import squash

ROOT = Path(__file__).resolve().parents[1]
MADE11 = ROOT / "eval" / "data" / "realdocs-made11"
PAGES = 3  # pages scanned from each document
SEED = 12
NOTE = (
    " made12: the first {pages} page(s) of made11's PDF scanned at 200 dpi{turn}, OCR'd by"
    " ocrmypdf -l chi_sim (no deskew); gold kept to those pages, passages OCR misread"
    " left out, headings as printed."
)
# a contents entry as pdftotext -layout prints it: leaders or a gap, then a page number
CONTENTS_ROW = re.compile(r"(?:\.{3,}|…{2,}|·{3,}|\s{2,})\s*[0-9ivxlcdmIVXLCDM]+\s*$")


def pdf_text(path: Path, last: int, layout: bool = False) -> str:
    """The text of pages 1 to ``last`` as pdftotext reads it (``layout``: as it stands)."""
    done = subprocess.run(
        ["pdftotext", *(["-layout"] if layout else []), "-f", "1", "-l", str(last), str(path), "-"],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8", "replace")


def page_count(path: Path) -> int:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    return int(re.search(r"^Pages:\s+(\d+)", done.stdout, re.M)[1])  # type: ignore[index]


def scan(src: Path, out: Path, pages: int, angles: list[float], tmp: Path) -> None:
    """Render, turn, soil and OCR the first ``pages`` pages of ``src``."""
    from PIL import Image, ImageDraw

    subprocess.run(
        ["pdftoppm", "-r", "200", "-gray", "-png", "-f", "1", "-l", str(pages), str(src)]
        + [str(tmp / "pg")],
        check=True,
        timeout=300,
    )
    rng = random.Random(f"{SEED}:{src.name}")
    imgs = []
    for png, angle in zip(sorted(tmp.glob("pg*.png")), angles, strict=True):
        im = Image.open(png).convert("L").point(lambda v: min(v, 236))  # greyish paper
        if angle:
            im = im.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=236)
        draw = ImageDraw.Draw(im)
        for _ in range(300):
            x, y, r = rng.randrange(im.width), rng.randrange(im.height), rng.choice((1, 1, 2))
            draw.ellipse((x, y, x + r, y + r), fill=rng.randrange(60, 160))
        imgs.append(im)
    img_pdf = tmp / "img.pdf"
    imgs[0].save(img_pdf, resolution=200.0, save_all=True, append_images=imgs[1:])
    base.ocr(img_pdf, out)


def in_order(items: list[str], text: str) -> list[str]:
    """The items found in ``text`` one after another (squashed), in their order."""
    found, at = [], 0
    for item in items:
        pos = text.find(squash(item), at)
        if pos >= 0:
            found.append(item)
            at = pos + len(squash(item))
    return found


def printed_headings(headings: list[dict[str, Any]], layout: str) -> list[dict[str, Any]]:
    """The headings that open a line of ``layout`` or a column (after a gap of two
    spaces or more), found wherever they stand: two columns laid out side by side put a
    right column's heading above the left one's. A text opening ``k`` lines stands for
    its first ``k`` headings (in the document's order); a heading's words inside a
    paragraph do not count."""
    layout = unicodedata.normalize("NFKC", layout)  # as squash folds the headings
    seen: Counter[str] = Counter()
    kept = []
    for h in headings:
        key = squash(h["text"])
        opening = r"(?:^|\s{2,})" + r"\s*".join(map(re.escape, key))
        if key and seen[key] < len(re.findall(opening, layout, re.M)):
            kept.append(h)
        seen[key] += 1
    return kept


def scan_gold(
    gold: dict[str, Any], printed: str, layout: str, layer: str, note: str
) -> dict[str, Any]:
    """The source's gold kept to what the scanned pages print (see the module's doc):
    ``printed`` and ``layout`` are their text read and laid out, ``layer`` the scan's."""
    printed_all, layer_all = squash(printed), squash(layer)
    outside_contents = "\n".join(
        line for line in layout.splitlines() if not CONTENTS_ROW.search(line)
    )
    kept = printed_headings(gold["headings"], outside_contents)
    passages = in_order(gold["must_have"], printed_all)
    passages = [p for p in passages if squash(p) in layer_all]
    title = gold["title"] if gold["title"] and squash(gold["title"]) in printed_all else None
    return {
        **gold,
        "title": title,
        "headings": kept,
        "must_have": passages,
        "note": str(gold.get("note", "")) + note,
    }


def scan_set(
    sources: list[Path],
    out: Path,
    most_pages: int,
    rng: random.Random,
    note: str,
    name_of: Callable[[Path], str],
    gold_only: bool = False,
) -> None:
    """Scan each source's first pages into ``out/docs`` (every second one crooked, its
    angles drawn from ``rng``) and write its gold to ``out/gold``; ``gold_only`` keeps
    the scans there. Prints each scan's row of the set's SOURCE.md table."""
    (out / "docs").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for k, src in enumerate(sources):
        pages = min(most_pages, page_count(src))
        crooked = k % 2 == 1
        angles = [
            round(rng.choice((-1, 1)) * rng.uniform(0.4, 1.8), 2) if crooked else 0.0
            for _ in range(pages)
        ]
        name = name_of(src)
        scanned = out / "docs" / name
        if not gold_only:
            with tempfile.TemporaryDirectory() as tmp:
                scan(src, scanned, pages, angles, Path(tmp))
        gold = json.loads((src.parent.parent / "gold" / f"{src.name}.json").read_text("utf-8"))
        turn = ", turned " + "/".join(f"{a:+.2f}°" for a in angles) if crooked else ""
        printed, layout = pdf_text(src, pages), pdf_text(src, pages, layout=True)
        made = scan_gold(
            gold, printed, layout, pdf_text(scanned, pages), note.format(pages=pages, turn=turn)
        )
        text = json.dumps(made, ensure_ascii=False, indent=1) + "\n"
        (out / "gold" / f"{name}.json").write_text(text, "utf-8")
        level = turn.removeprefix(", ") or "level"
        source = f"{src.parent.parent.name}/docs/{src.name}"
        print(f"| {name} | {source} | {pages} | {level} |", flush=True)


def typeset_pdfs(sets: list[str]) -> list[Path]:
    """The PDFs of the named sets under ``eval/data`` that are not scans, sorted."""
    found = []
    for name in sets:
        for pdf in sorted((ROOT / "eval" / "data" / name / "docs").glob("*.pdf")):
            if "ocr" not in pdf.name and "scan" not in pdf.name:
                found.append(pdf)
    return found


def scan_typeset_sets(
    argv: list[str] | None,
    description: str,
    sets: list[str],
    out: Path,
    seed: int,
    note: str,
    count: int | None = None,
) -> int:
    """The command of a set made by scanning other sets' typeset PDFs (made13, made19):
    ``count`` of them (all for None) drawn with ``seed``, their first two pages each
    scanned into ``out`` (``--out``; ``--gold-only`` keeps the scans)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--out", type=Path, default=out)
    ap.add_argument("--gold-only", action="store_true", help="keep the scans, remake the gold")
    args = ap.parse_args(argv)
    rng = random.Random(seed)
    picked = typeset_pdfs(sets)
    rng.shuffle(picked)
    scan_set(
        picked[:count],
        args.out,
        2,
        rng,
        note,
        lambda src: src.stem + "_scan.pdf",
        args.gold_only,
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "eval" / "data" / "realdocs-made12")
    ap.add_argument("--gold-only", action="store_true", help="keep the scans, remake the gold")
    args = ap.parse_args(argv)
    sources = sorted((MADE11 / "docs").glob("*_lo.pdf"))
    scan_set(
        sources,
        args.out,
        PAGES,
        random.Random(SEED),
        NOTE,
        lambda src: src.name.replace("_lo.pdf", "_scan.pdf"),
        args.gold_only,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
