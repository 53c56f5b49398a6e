"""Real-documents benchmark: titles, headings and clean bodies of PDFs, Word files and
web pages that real tools made.

Fifteen sets, each a folder of documents with gold annotations (``gold/<file>.json``:
title, headings with levels, running headers that must not reach the body, passages
that must appear in order, boilerplate that must not, CJK spacing allowance):

- ``heldout`` (reported first): ``eval/data/realdocs-heldout``, documents made here with
  LibreOffice, XeLaTeX/ctexbook, python-docx, ocrmypdf and pages after real sites'
  layouts (eval/make_realdocs_heldout.py), which nobody developing the readers looks
  at: only the set's totals are printed and saved, never a document's own scores;
- ``made``: ``eval/data/realdocs-made``, documents made the same way earlier; their
  scores have been looked at, so they are development data now
  (eval/data/realdocs-made/SOURCE.md);
- ``made2`` to ``made10``: ``eval/data/realdocs-made2`` to ``-made10``, nine more rounds
  of documents made the same way, each scored once on the readers before anything
  changed for it (``eval/results/realdocs_made{2,...,10}_first_run.json``), development
  data since;
- ``made11``: ``eval/data/realdocs-made11``, every Word file of the sets here and of
  ``dev`` converted by LibreOffice to PDF, to HTML and to a re-saved DOCX, each scored
  against its source's gold (``eval/make_realdocs11_converted.py``; first run in
  ``eval/results/realdocs_made11_first_run.json``);
- ``made12``: ``eval/data/realdocs-made12``, made11's PDFs printed, scanned (every
  second one crooked) and OCR'd by Tesseract, scored against their sources' gold for
  the pages scanned (``eval/make_realdocs12_scans.py``; first run in
  ``eval/results/realdocs_made12_first_run.json``);
- ``made13``: ``eval/data/realdocs-made13``, twenty-four typeset PDFs of ``made2`` to
  ``made10`` scanned and OCR'd the same way, two pages each, scans nobody had looked at
  while the OCR rules were written (``eval/make_realdocs13_scans.py``; first run in
  ``eval/results/realdocs_made13_first_run.json``);
- ``made14``: ``eval/data/realdocs-made14``, four PDFs typeset by Typst, a producer no
  other set used (``eval/make_realdocs14_typst.py``; first run, on the readers before
  any change made for Typst, in ``eval/results/realdocs_made14_first_run.json``);
- ``made15``: ``eval/data/realdocs-made15``, two web pages and two Word files pandoc
  made from Markdown (``eval/make_realdocs15_pandoc.py``; first run, on the readers
  before any change made for pandoc, in ``eval/results/realdocs_made15_first_run.json``);
- ``made16``: ``eval/data/realdocs-made16``, four web pages printed to PDF by Chromium
  (``eval/make_realdocs16_chromium.py``; first run, on the readers before any change
  made for Chromium, in ``eval/results/realdocs_made16_first_run.json``);
- ``made17``: ``eval/data/realdocs-made17``, six files and six pages two helpers made
  blind after the kinds the held-out set's description names
  (``eval/make_realdocs17_files.py``, ``eval/make_realdocs17_pages.py``; first run,
  before any change made for them, in ``eval/results/realdocs_made17_first_run.json``);
- ``made18``: ``eval/data/realdocs-made18``, four XeLaTeX ``ctex`` documents a helper
  made blind (``eval/make_realdocs18_latex.py``; first run, before any change made for
  them, in ``eval/results/realdocs_made18_first_run.json``);
- ``made19``: ``eval/data/realdocs-made19``, the fifteen typeset PDFs of ``made14``,
  ``made16``, ``made17`` and ``made18`` scanned and OCR'd as ``made13``'s are, after a
  round of OCR rules written on ``made12`` and ``made13`` (``eval/make_realdocs19_scans.py``;
  first run, before anyone looked at the scans, in
  ``eval/results/realdocs_made19_first_run.json``);
- ``made20``: ``eval/data/realdocs-made20``, six PDFs of producers no other set used
  (WeasyPrint, pdfLaTeX with CJKutf8, LibreOffice from ODT and ODP, fpdf2, a Word TOC
  field through LibreOffice), three DOCX and three pages, made blind by two helpers
  (``eval/make_realdocs20_files.py``, ``eval/make_realdocs20_pages.py``; first run,
  before any change made for them, in ``eval/results/realdocs_made20_first_run.json``);
- ``made21``: ``eval/data/realdocs-made21``, six files of producers and pipelines no other
  set used (wkhtmltopdf with its own contents, a PDF re-distilled by Ghostscript, a DOCX
  pdf2docx made from a PDF, a report of matplotlib charts, a LibreOffice Calc sheet, a
  knowledge-base page printed by Chromium with its header and footer) and six exports
  (Google Docs and Feishu-like Word files; Notion, Confluence, Zhihu-like and a
  print-version GB2312 page), made blind by two helpers (``eval/make_realdocs21_files.py``,
  ``eval/make_realdocs21_pages.py``; first run, before any change made for them, in
  ``eval/results/realdocs_made21_first_run.json``);
- ``made22``: ``eval/data/realdocs-made22``, six files as office users make them in Word
  and WPS (a WPS 公文 with drawn rules, a compilation of pieces, a two-up handout, a
  template's hidden text left in, attachments after the signature, a tagged PDF/A with
  list-numbered parts) and six pages as people save them from Chinese sites, made
  blind by two helpers (``eval/make_realdocs22_files.py``,
  ``eval/make_realdocs22_pages.py``; first run, before any change made for them, in
  ``eval/results/realdocs_made22_first_run.json``);
- ``made23``: ``eval/data/realdocs-made23``, three PDFs of producers no other set used
  (AbiWord from an Etherpad export, PyMuPDF's Story, an OA system's reportlab export in
  an unembedded standard CJK font) and three Word files (headings on a multilevel list,
  a table of tables with a landscape section, an html-docx-js altChunk export), and six
  portal and platform pages, made blind by two helpers
  (``eval/make_realdocs23_files.py``, ``eval/make_realdocs23_pages.py``; first run,
  before any change made for them, in ``eval/results/realdocs_made23_first_run.json``);
- ``made24``: ``eval/data/realdocs-made24``, six files a buyer's analyst receives (a
  listed company's annual report summary, an association's industry report printed by
  Chromium, an investment brochure, a bilingual Word table, a faxed notice OCR'd, a
  group standard on the GB/T 1.1 template) and six pages (a 商务厅 policy page, a
  paywalled finance page, a finance portal, PHPCMS and 帝国CMS templates, an investors'
  network long post), made blind by two helpers (``eval/make_realdocs24_files.py``,
  ``eval/make_realdocs24_pages.py``; first run, before any change made for them, in
  ``eval/results/realdocs_made24_first_run.json``);
- ``made25``: ``eval/data/realdocs-made25``, six office and academic files with their
  furniture and boilerplate and six news and reference pages from sites the earlier
  sets lack, made blind by two helpers (``eval/make_realdocs25_files.py``,
  ``eval/make_realdocs25_pages.py``; first run, before any change made for them, in
  ``eval/results/realdocs_made25_first_run.json``);
- ``made26``: ``eval/data/realdocs-made26``, six business and government files (a
  tender document, a contract numbered by a Word list, a product manual, a plan with
  stale Word fields and comments, a WPS summary with a watermark, a legal opinion) and
  six pages (an economic daily, a radio site, a trade promotion portal, a B2B news
  page, a Next.js news page, an association's notice pasted from Word), made blind by
  two helpers (``eval/make_realdocs26_files.py``, ``eval/make_realdocs26_pages.py``;
  first run, before any change made for them, in
  ``eval/results/realdocs_made26_first_run.json``);
- ``made27``: ``eval/data/realdocs-made27``, six files whose headings are marked only
  by typography, spacing or style (a thesis, a Word file with localised style ids and
  outline levels, a WPS report with font-only heads, a broker's report, a policy with
  run-in heads, a local standard) and six pages whose subheads are marked the many
  ways CMSs mark them, made blind by two helpers (``eval/make_realdocs27_files.py``,
  ``eval/make_realdocs27_pages.py``; first run, before any change made for them, in
  ``eval/results/realdocs_made27_first_run.json``);
- ``made28``: ``eval/data/realdocs-made28``, six long documents with their front and
  back matter (a XeLaTeX thesis and manual, a Word thesis numbered by a list, an
  application form whose sections are table rows, a bilingual specification, a Word
  manual) and six articles from portals and platforms (a news centre, an encyclopedia
  entry, a tech blog, a policy page in a Word table, a news app with badges and a pull
  quote, a press release), made blind by two helpers (``eval/make_realdocs28_files.py``,
  ``eval/make_realdocs28_pages.py``; first run, before any change made for them, in
  ``eval/results/realdocs_made28_first_run.json``);
- ``made29``: ``eval/data/realdocs-made29``, six files whose headings are quiet (set
  like the text but for bold, a face or spacing, numbered 1）, ①, 第一，) and whose
  boilerplate clings to the text (lecture notes, an internship report, a CSR report in
  columns, a construction plan, a project's final report, a course paper) and six pages
  whose subheads are marked only by a font, a colour, brackets or a colon (a university
  news page, a forum thread, an industry news page, a WordPress post, a Q&A page, a city
  news page), made blind by two helpers (``eval/make_realdocs29_files.py``,
  ``eval/make_realdocs29_pages.py``; first run, before any change made for them, in
  ``eval/results/realdocs_made29_first_run.json``);
- ``made30``: ``eval/data/realdocs-made30``, six files with the front and back matter
  people put around a text (meeting minutes with a masthead, attendance and 版记, a
  white paper, a blue-book chapter under running titles, a book excerpt with its CIP
  page, a CPPCC proposal form, a research report with endnotes) and six pages with the
  same around an article (an e-paper title block, an open-information notice, a journal
  landing page, a press release, a page titled only in its head, a magazine feature),
  made blind by two helpers (``eval/make_realdocs30_files.py``,
  ``eval/make_realdocs30_pages.py``; first run, before any change made for them, in
  ``eval/results/realdocs_made30_first_run.json``);
- ``made31``: ``eval/data/realdocs-made31``, six documents as open-source repositories
  hold them (a thesis template's sample, a pandoc lab manual, a requirements
  specification on a Word template with its instructions, a pandoc developer guide in
  Word, an online editor's export, LaTeX notes with theorems) and six documentation
  pages (Sphinx, VuePress, MkDocs Material, a Gitee README, Docusaurus, a Hexo post),
  made blind by two helpers (``eval/make_realdocs31_files.py``,
  ``eval/make_realdocs31_pages.py``; first run, before any change made for them, in
  ``eval/results/realdocs_made31_first_run.json``);
- ``dev``: ``../shared/data/realdocs-dev``, eleven real documents from public
  repositories, read in place (the development set the readers were tuned on).

Each document is scored by the shared scorer (``../shared/tools/score_realdocs.py``,
imported, so the numbers are its own): ``zhbrief segment FILE --format json`` is run
and compared with the gold. Reported per document and per set: title accuracy, heading
precision/recall/F1, running-header leaks, passages found in order, boilerplate leaks,
CJK spacing defects and compatibility characters (Kangxi radicals, the radicals
supplement and CJK compatibility ideographs left in the body).

    python eval/bench_realdocs.py [--sets SET ...] [--only SUBSTR ...] [--json F]

Needs ``zhbrief`` on PATH (the scorer runs it as a command).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ZHBRIEF_SHARED", "/work/shared"))
SETS = {
    "heldout": ROOT / "eval" / "data" / "realdocs-heldout",
    "made": ROOT / "eval" / "data" / "realdocs-made",
    "made2": ROOT / "eval" / "data" / "realdocs-made2",
    "made3": ROOT / "eval" / "data" / "realdocs-made3",
    "made4": ROOT / "eval" / "data" / "realdocs-made4",
    "made5": ROOT / "eval" / "data" / "realdocs-made5",
    "made6": ROOT / "eval" / "data" / "realdocs-made6",
    "made7": ROOT / "eval" / "data" / "realdocs-made7",
    "made8": ROOT / "eval" / "data" / "realdocs-made8",
    "made9": ROOT / "eval" / "data" / "realdocs-made9",
    "made10": ROOT / "eval" / "data" / "realdocs-made10",
    "made11": ROOT / "eval" / "data" / "realdocs-made11",
    "made12": ROOT / "eval" / "data" / "realdocs-made12",
    "made13": ROOT / "eval" / "data" / "realdocs-made13",
    "made14": ROOT / "eval" / "data" / "realdocs-made14",
    "made15": ROOT / "eval" / "data" / "realdocs-made15",
    "made16": ROOT / "eval" / "data" / "realdocs-made16",
    "made17": ROOT / "eval" / "data" / "realdocs-made17",
    "made18": ROOT / "eval" / "data" / "realdocs-made18",
    "made19": ROOT / "eval" / "data" / "realdocs-made19",
    "made20": ROOT / "eval" / "data" / "realdocs-made20",
    "made21": ROOT / "eval" / "data" / "realdocs-made21",
    "made22": ROOT / "eval" / "data" / "realdocs-made22",
    "made23": ROOT / "eval" / "data" / "realdocs-made23",
    "made24": ROOT / "eval" / "data" / "realdocs-made24",
    "made25": ROOT / "eval" / "data" / "realdocs-made25",
    "made26": ROOT / "eval" / "data" / "realdocs-made26",
    "made27": ROOT / "eval" / "data" / "realdocs-made27",
    "made28": ROOT / "eval" / "data" / "realdocs-made28",
    "made29": ROOT / "eval" / "data" / "realdocs-made29",
    "made30": ROOT / "eval" / "data" / "realdocs-made30",
    "made31": ROOT / "eval" / "data" / "realdocs-made31",
    "dev": SHARED / "data" / "realdocs-dev",
}
SET_NAMES = {
    "heldout": "made here, held out",
    "made": "made here (development)",
    "made2": "made here, second set (development)",
    "made3": "made here, third set (development)",
    "made4": "made here, fourth set (development)",
    "made5": "made here, fifth set (development)",
    "made6": "made here, sixth set (development)",
    "made7": "made here, seventh set (development)",
    "made8": "made here, eighth set (development)",
    "made9": "made here, ninth set (development)",
    "made10": "made here, tenth set (development)",
    "made11": "the Word files above converted by LibreOffice (development)",
    "made12": "those PDFs scanned and OCR'd (development)",
    "made13": "typeset PDFs of the sets above scanned and OCR'd (development)",
    "made14": "made here with Typst (development)",
    "made15": "made here with pandoc (development)",
    "made16": "web pages printed to PDF by Chromium (development)",
    "made17": "made blind after the held-out set's kinds (development)",
    "made18": "XeLaTeX documents made blind (development)",
    "made19": "the Typst, Chromium, blind and XeLaTeX PDFs scanned and OCR'd (development)",
    "made20": "new producers, Word files and pages made blind (development)",
    "made21": "more producers, converted files and exports made blind (development)",
    "made22": "office users' Word files and saved pages made blind (development)",
    "made23": "more PDF producers, Word structures and portal pages made blind (development)",
    "made24": "partners' and agencies' files and pages made blind (development)",
    "made25": "office and academic files and news pages made blind (development)",
    "made26": "business and government files and trade pages made blind (development)",
    "made27": "headings marked by typography and style, files and pages made blind (development)",
    "made28": "long documents' front and back matter and portal articles made blind (development)",
    "made29": "quiet headings and clinging boilerplate, files and pages made blind (development)",
    "made30": "front and back matter around the text, files and pages made blind (development)",
    "made31": "repositories' documents and documentation sites made blind (development)",
    "dev": "shared real documents (development)",
}
# sets whose documents' own scores are never shown (nor saved): totals only
HELD_OUT = {"heldout"}
SCORER = SHARED / "tools" / "score_realdocs.py"
_COMPAT = re.compile("[\u2e80-\u2fdf\uf900-\ufaff]")


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_realdocs", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compat_chars(saved: Path, scorer: ModuleType) -> int:
    """Compatibility characters left in the body paragraphs of a saved output."""
    try:
        doc = json.loads(saved.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    _, _, paras = scorer.extract(doc)
    return sum(len(_COMPAT.findall(t)) for t in paras)


def score_set(
    folder: Path, scorer: ModuleType, only: list[str] | None, quiet: bool = False
) -> list[dict[str, Any]]:
    docs, gold = folder / "docs", folder / "gold"
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        save = Path(tmp)
        for f in sorted(docs.iterdir()):
            g = gold / (f.name + ".json")
            if not g.exists() or (only and not any(s in f.name for s in only)):
                continue
            r = scorer.run_one(f, json.loads(g.read_text(encoding="utf-8")), ["zhbrief"], 600, save)
            r["compat"] = compat_chars(save / (f.name + ".json"), scorer)
            if not quiet:
                print(_line(r), file=sys.stderr)
            results.append(r)
    return results


def _line(r: dict[str, Any]) -> str:
    if not r["scored"]:
        return f"{r['file']}: exit {r['rc']} (expected {r['expect_exit']})"
    return (
        f"{r['file']}: title {'ok' if r['title_ok'] else 'WRONG'} ({r['title']!r}) "
        f"headings {r['h_match']}/{r['h_found']} found, {r['h_gold']} gold; "
        f"running {r['running']} must_have {r['mh_found']}/{r['mh_total']} "
        f"must_not {r['mustnot']} spacing {r['spacing']} compat {r['compat']}"
    )


def summarise(results: list[dict[str, Any]]) -> dict[str, Any]:
    scored = [r for r in results if r["scored"]]

    def total(key: str) -> int:
        return sum(int(r[key]) for r in scored)

    match, found, gold = total("h_match"), total("h_found"), total("h_gold")
    p = match / found if found else 0.0
    rec = match / gold if gold else 0.0
    mh_total = total("mh_total")
    return {
        "documents": len(results),
        "exit_as_expected": sum(bool(r["rc_ok"]) for r in results),
        "title_accuracy": sum(bool(r["title_ok"]) for r in scored) / len(scored) if scored else 0.0,
        "heading_precision": p,
        "heading_recall": rec,
        "heading_f1": 2 * p * rec / (p + rec) if p + rec else 0.0,
        "running_leaks": total("running"),
        "passages_in_order": total("mh_found") / mh_total if mh_total else 1.0,
        "boilerplate_leaks": total("mustnot"),
        "spacing_defects": total("spacing"),
        "compat_chars": total("compat"),
    }


def _f(x: float) -> str:
    return f"{x:.2f}"


def tables(sets: dict[str, dict[str, Any]]) -> dict[str, Any]:
    overall = {
        "columns": [
            "set",
            "documents",
            "title accuracy",
            "heading P",
            "heading R",
            "heading F1",
            "running leaks",
            "passages in order",
            "boilerplate leaks",
            "spacing defects",
            "compat. chars",
        ],
        "rows": [
            [
                SET_NAMES[name],
                s["summary"]["documents"],
                _f(s["summary"]["title_accuracy"]),
                _f(s["summary"]["heading_precision"]),
                _f(s["summary"]["heading_recall"]),
                _f(s["summary"]["heading_f1"]),
                s["summary"]["running_leaks"],
                f"{100 * s['summary']['passages_in_order']:.0f} %",
                s["summary"]["boilerplate_leaks"],
                s["summary"]["spacing_defects"],
                s["summary"]["compat_chars"],
            ]
            for name, s in sets.items()
        ],
    }
    per_doc = {
        "columns": [
            "set",
            "document",
            "title",
            "headings matched / found / gold",
            "running",
            "passages",
            "boilerplate",
            "spacing",
            "compat.",
        ],
        "rows": [
            _doc_row(name, r)
            for name, s in sets.items()
            if name not in HELD_OUT
            for r in s["documents"]
        ],
    }
    return {"overall": overall, "documents": per_doc}


def _doc_row(name: str, r: dict[str, Any]) -> list[Any]:
    if not r["scored"]:
        verdict = "refused as expected" if r["rc_ok"] else f"exit {r['rc']}, not refused"
        return [name, r["file"], verdict, "", "", "", "", "", ""]
    return [
        name,
        r["file"],
        "ok" if r["title_ok"] else "wrong",
        f"{r['h_match']} / {r['h_found']} / {r['h_gold']}",
        r["running"],
        f"{r['mh_found']}/{r['mh_total']}",
        r["mustnot"],
        r["spacing"],
        r["compat"],
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    ap.add_argument("--only", nargs="*", default=None, help="substrings of file names")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--json", type=Path, default=ROOT / "eval" / "results" / "realdocs.json")
    a = ap.parse_args(argv)
    scorer = load_scorer(a.scorer)
    sets: dict[str, dict[str, Any]] = {}
    for name in a.sets:
        held = name in HELD_OUT
        results = score_set(SETS[name], scorer, a.only, quiet=held)
        sets[name] = {
            "folder": str(SETS[name]),
            "summary": summarise(results),
            # a held-out set's failures are never looked at: its documents are not kept
            "documents": [] if held else results,
        }
    out = {"sets": sets, "tables": tables(sets)}
    a.json.parent.mkdir(parents=True, exist_ok=True)
    a.json.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for name, s in sets.items():
        print(name, json.dumps(s["summary"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
