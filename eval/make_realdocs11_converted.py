"""Make the eleventh set of real-tool documents: every Word file of the development sets
converted by LibreOffice into the three forms such a file is passed on in.

Each ``.docx`` of ``../shared/data/realdocs-dev`` and ``eval/data/realdocs-made*`` goes
through ``soffice --headless --convert-to`` as

- ``pdf``: "Save as PDF", how most reports are published;
- ``html``: "Save as web page", how Word files reach government and school sites;
- ``docx``: the file opened and saved again, a Word file written by another program.

The gold of each output is its source's gold, with the text LibreOffice changed made
what it prints (``printed_gold``): a heading that Word's list numbering numbers (the
number in no run of the file) is printed with its number in the PDF and the web page,
so their gold heading carries it; a passage holding a field that LibreOffice computes
again (a cross-reference's number) is cut where the printed text leaves the source's.
What LibreOffice prints is read from its own text export of the same file and taken
only where the converted document shows it (``pdftotext`` for a PDF, the page's text
for a web page). A tracked-changes file (v01) is left out of the PDF and HTML forms,
which print the deleted text struck through. Pictures of the HTML form are not
kept (a page saved without its images). ``SOURCE.md`` lists what was made from what.

    python eval/make_realdocs11_converted.py [--out eval/data/realdocs-made11] [--gold-only]

``--gold-only`` writes the gold again for the documents already made (they are kept).

Needs LibreOffice (``apt-get install libreoffice-writer``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ZHBRIEF_SHARED", "/work/shared"))
# the sets made before this one (made to made10); later sets' Word files are not in it
MADE = [ROOT / "eval" / "data" / "realdocs-made"] + [
    ROOT / "eval" / "data" / f"realdocs-made{n}" for n in range(2, 11)
]
SOURCES = [SHARED / "data" / "realdocs-dev", *MADE]
FORMS = {"pdf": "pdf", "html": "html", "docx": "docx:MS Word 2007 XML"}
# forms a source is not made in, with the reason (SOURCE.md says it too)
SKIP = {("v01_docx_tracked_changes", "pdf"), ("v01_docx_tracked_changes", "html")}
TEXT = "txt:Text (encoded):UTF8"  # LibreOffice's text export: list numbers printed
# a list's printed number: 一、 （一） 1. 1.2.3 一.1 第一章
_NUM = r"[一二三四五六七八九十百〇\d]+"
LABEL = re.compile(rf"第{_NUM}[章节部分编篇条]|[（(]{_NUM}[)）]|{_NUM}(?:[.．]{_NUM})*[.．、]?")
TOC_ROW = re.compile(r"\t\s*\d+\s*$")  # a contents entry: title, tab, page number
PASSAGE_MIN = 8  # a passage cut shorter than this is left as it was
NOTE = (
    " made11: LibreOffice's conversion; headings and passages as it prints them"
    " (make_realdocs11_converted.printed_gold)."
)


def sources(out: Path) -> list[tuple[Path, Path]]:
    """(the Word file, its gold) of every development set but the one being made."""
    found = []
    for folder in SOURCES:
        if folder.resolve() == out.resolve():
            continue
        for doc in sorted((folder / "docs").glob("*.docx")):
            gold = folder / "gold" / f"{doc.name}.json"
            if gold.is_file():
                found.append((doc, gold))
    return found


def convert(docs: list[Path], form: str, into: Path) -> None:
    """One ``soffice`` run per form (starting it is most of the time); ``form`` is a
    key of FORMS or a filter string."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                FORMS.get(form, form),
                "--outdir",
                str(into),
                *map(str, docs),
            ],
            check=True,
            capture_output=True,
        )


def squash(text: str) -> str:
    """Text as the scorer compares it: NFKC, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def shown_lines(path: Path) -> list[str]:
    """The lines (PDF) or blocks (web page, Word file) the converted document shows,
    read without zhbrief's readers."""
    if path.suffix == ".pdf":
        done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
        return done.stdout.decode("utf-8", "replace").splitlines()
    if path.suffix == ".html":
        import lxml.html

        page = lxml.html.fromstring(path.read_bytes())
        return [str(el.text_content()) for el in page.iter(*BLOCKS)]
    with zipfile.ZipFile(path) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    return ["".join(RUN_TEXT.findall(p)) for p in re.findall(r"<w:p[ >].*?</w:p>", xml)]


BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "div")
RUN_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")  # w:delText (deleted) is not shown


def printed_heading(text: str, lines: list[str], start: int) -> tuple[str, int]:
    """The heading as printed (its list number before it) and the line after it; the
    stored text and ``start`` when no line of the export reads label + text."""
    want = squash(text)
    for i in range(start, len(lines)):
        line = squash(lines[i])
        if line == want:
            return text, i + 1
        if line.endswith(want) and LABEL.fullmatch(line[: -len(want)]):
            return lines[i].strip(), i + 1
    return text, start


def printed_passage(passage: str, printed: str) -> str:
    """The passage, cut where the printed text stops holding it."""
    if squash(passage) in printed:
        return passage
    for end in range(len(passage) - 1, PASSAGE_MIN - 1, -1):
        if squash(passage[:end]) in printed:
            return passage[:end]
    return passage


def printed(heading: str, words: str, blocks: set[str]) -> bool:
    """The numbered heading is shown: as one block or two lines in a row, or its
    number and its words each a line of their own (a PDF's reading order apart)."""
    number = heading[: -len(words)]
    return heading in blocks or (number in blocks and words in blocks)


def printed_gold(gold: dict[str, Any], export: str, shown: list[str], form: str) -> dict[str, Any]:
    """The source's gold made what the converted form prints (see the module's doc)."""
    filled = [squash(line) for line in shown if line.strip()]
    # a number set off by a wide tab may stand as a line of its own before its words
    blocks = {*filled, *(a + b for a, b in pairwise(filled))}
    shown_all, export_all = squash("".join(shown)), squash(export)
    out = dict(gold)
    if form in ("pdf", "html"):
        lines = [ln for ln in export.splitlines() if ln.strip() and not TOC_ROW.search(ln)]
        headings, at = [], 0
        for h in gold.get("headings", []):
            text, at = printed_heading(h["text"], lines, at)
            keep = text != h["text"] and printed(squash(text), squash(h["text"]), blocks)
            headings.append({**h, "text": text} if keep else h)
        out["headings"] = headings
    must = []
    for p in gold.get("must_have", []):
        cut = printed_passage(p, export_all)
        must.append(cut if squash(p) not in shown_all and squash(cut) in shown_all else p)
    out["must_have"] = must
    if out != gold:
        out["note"] = str(gold.get("note", "")) + NOTE
    return out


def exports(docs: list[Path]) -> dict[str, str]:
    """LibreOffice's text export of each source, by its stem."""
    with tempfile.TemporaryDirectory() as tmp:
        convert(docs, TEXT, Path(tmp))
        return {doc.stem: (Path(tmp) / f"{doc.stem}.txt").read_text("utf-8-sig") for doc in docs}


# a thesis's declaration page, whose title the Word file sets in no heading style, heads
# the front matter as the PDF prints it (as ../shared/data/realdocs-dev p01's 版权声明);
# added on 2026-12-07, with made27, to that convention
PRINTED_FRONT_HEADINGS = {"d03_fudan_thesis_lo.pdf": ("论文撰写人承诺书",)}
FRONT_NOTE = (
    " The PDF's declaration page title is a level-1 heading as printed (added on "
    "2026-12-07, the convention of realdocs-dev p01's 版权声明)."
)


def write_gold(gold: Path, export: str, made: Path, form: str, into: Path) -> None:
    """The source's gold as it is where the form prints what it holds, else rewritten."""
    source = json.loads(gold.read_text("utf-8"))
    out = printed_gold(source, export, shown_lines(made), form)
    if front := PRINTED_FRONT_HEADINGS.get(made.name):
        heads = [{"text": t, "level": 1} for t in front]
        out = {**out, "headings": heads + out["headings"], "note": out["note"] + FRONT_NOTE}
    if out == source:
        shutil.copyfile(gold, into / f"{made.name}.json")
        return
    text = json.dumps(out, ensure_ascii=False, indent=1) + "\n"
    (into / f"{made.name}.json").write_text(text, "utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "eval" / "data" / "realdocs-made11")
    ap.add_argument("--gold-only", action="store_true", help="keep the documents made")
    args = ap.parse_args(argv)
    pairs = sources(args.out)
    docs, golds = args.out / "docs", args.out / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    golds.mkdir(parents=True, exist_ok=True)
    texts = exports([doc for doc, _ in pairs])
    rows = []
    for form in FORMS:
        with tempfile.TemporaryDirectory() as tmp:
            if not args.gold_only:
                convert([doc for doc, _ in pairs], form, Path(tmp))
            for doc, gold in pairs:
                if (doc.stem, form) in SKIP:
                    continue
                name = f"{doc.stem}_lo.{form}"
                if not args.gold_only:
                    shutil.copyfile(Path(tmp) / f"{doc.stem}.{form}", docs / name)
                write_gold(gold, texts[doc.stem], docs / name, form, golds)
                rows.append(f"| {name} | {doc.parent.parent.name}/docs/{doc.name} |")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
