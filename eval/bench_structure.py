"""Structure benchmark: PDF, DOCX and HTML renderings of the government work reports.

Each report (tests/data/gov-work-reports, 2013-2017, with its gold heading list) is
segmented as plain text to get its title, headings (levels 1 and 2) and paragraphs, and
then rendered with ``tests/doc_fixtures.py``:

- ``pdf``: A4, title 20 pt, level-1 headings 16 pt, level-2 13.5 pt, body 11 pt wrapped
  at the page width with a two-character first-line indent, a running header
  ("2017年政府工作报告") and centred page numbers ("- 3 -");
- ``pdf-2col``: the same with every page in two columns (title and headings too);
- ``pdf-plain``: headings in the body's size and face, so only their numbering
  (一、, （一）) sets them apart; the title too, so it is not expected back;
- ``docx-styled``: ``Title`` and ``Heading 1``/``Heading 2`` styles;
- ``docx-bold``: every heading a bold ``Normal`` paragraph (the title also 18 pt);
- ``html``: a news page with navigation, a sidebar and a footer.

The reader and segmenter then run on the bytes. Reported per variant: heading
precision and recall against the gold list (title excluded, texts compared without
whitespace), whether the levels match, whether the title came back, the share of body
characters recovered in order (matching characters of difflib's alignment of the
whitespace-free body strings over the source body's length), and how many times the
running header or a page number leaks into the body. ``--extractors`` also compares
trafilatura with readability-lxml on the HTML pages (headings kept, body recovered).

Held-out (``--heldout``, reported first): five documents that the readers were not
developed on, built from WMT22 zh source lines (/work/shared/data/wmt22-zh-en; news,
e-commerce chat, Latin and ``#NUMBER#`` placeholders): paragraphs of 2-3 long lines,
level-1 headings numbered 一、 and level-2 headings unnumbered (both from a line's first
clause), rendered with another layout (body 10.5 pt, headings 15/12.5 pt, title 18 pt,
page numbers "第 3 页"). Unnumbered bold DOCX headings carry no level cue, so their
levels are not expected to match there.

    python eval/bench_structure.py [--years 2013 2017] [--heldout] [--extractors] [--json F]

A full run (``--heldout --extractors``, every year and variant) writes
``eval/results/structure.json``, whose tables eval/README.md and docs/quality.md show
(``python eval/report.py``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "pipeline"))
sys.path.insert(0, str(ROOT / "tests"))

sys.path.insert(0, str(ROOT / "eval"))

import report as docs_report  # noqa: E402
from doc_fixtures import Spec, render_docx, render_html, render_pdf  # noqa: E402

from zhbrief.config import Config  # noqa: E402
from zhbrief.document import Document  # noqa: E402
from zhbrief.pipeline import analyse  # noqa: E402
from zhbrief.reading import decode_bytes  # noqa: E402
from zhbrief.segmentation import segment  # noqa: E402

GOV = ROOT / "tests" / "data" / "gov-work-reports"
WMT22 = Path("/work/shared/data/wmt22-zh-en/generaltest2022.zh-en.src.zh")
_CN_NUMS = "一二三四五六七八九十"
YEARS = (2013, 2014, 2015, 2016, 2017)
VARIANTS = ("pdf", "pdf-2col", "pdf-plain", "docx-styled", "docx-bold", "html")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\\s]")
_PAGE_NO = re.compile(r"-\s*\d{1,3}\s*-|第\s*\d{1,3}\s*页")


def squeeze(s: str) -> str:
    return _INVISIBLE.sub("", s)


@dataclass
class Source:
    year: int
    spec: Spec
    gold: list[str]
    levels: list[int]
    body: str  # whitespace-free body text, in order
    paragraphs: list[str]


def load(year: int) -> Source:
    text = (GOV / f"gwr_{year}.zh.txt").read_text(encoding="utf-8")
    doc = segment(text)
    gold = [
        ln.strip()
        for ln in (GOV / f"gwr_{year}.headings.txt").read_text(encoding="utf-8").splitlines()
        if ln.strip()
    ]
    title = squeeze(doc.title.zh) if doc.title else "政府工作报告"
    spec = Spec(title=title, header=f"{year}年政府工作报告", author="国务院")
    body: list[str] = []
    levels: list[int] = []
    for m in doc.metadata:  # none in these reports; kept as body if a reader finds any
        spec.items.append(("p", squeeze(m.zh)))
    for sec in doc.sections:
        if sec.heading is not None:
            spec.items.append((f"h{min(sec.heading.level, 2)}", squeeze(sec.heading.zh)))
            levels.append(min(sec.heading.level, 2))
        for para in sec.paragraphs:
            text_ = "".join(squeeze(s.zh) for s in para.sentences)
            if text_:
                spec.items.append(("p", text_))
                body.append(text_)
    return Source(year, spec, gold, levels, "".join(body), body)


def heldout(n: int, path: Path = WMT22) -> list[Source]:
    """``n`` documents from WMT22 source lines (see the module docstring)."""
    import random

    rng = random.Random(2022)
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    long_ = [ln for ln in lines if 40 <= len(ln) <= 160 and ln[-1] in "。！？"]
    clauses = [
        c
        for ln in lines
        for c in [re.split(r"[，。！？：；,.!?:;（）()“”\s]", ln)[0]]
        if 4 <= len(c) <= 16 and "#" not in c
    ]
    out: list[Source] = []
    for i in range(n):
        spec = Spec(title=f"留出测试文档第{_CN_NUMS[i]}号", header=f"留出集 文档{i + 1}")
        gold: list[str] = []
        levels: list[int] = []
        paras: list[str] = []
        for sec in range(6):
            for level, text in (
                (1, f"{_CN_NUMS[sec]}、{rng.choice(clauses)}"),
                (2, rng.choice(clauses)),
            ):
                spec.items.append((f"h{level}", text))
                gold.append(text)
                levels.append(level)
                for _ in range(rng.randint(1, 3)):
                    para = "".join(rng.sample(long_, rng.randint(2, 3)))
                    spec.items.append(("p", para))
                    paras.append(squeeze(para))
        out.append(Source(1000 + i, spec, gold, levels, "".join(paras), paras))
    return out


def render(src: Source, variant: str) -> tuple[bytes, str]:
    if src.year >= 1000 and variant.startswith("pdf"):  # held-out layout
        sizes = (10.5, 10.5) if variant == "pdf-plain" else (15, 12.5)
        title = 10.5 if variant == "pdf-plain" else 18
        pdf = render_pdf(
            src.spec,
            body_size=10.5,
            heading_sizes=sizes,
            title_size=title,
            two_columns=variant == "pdf-2col",
            page_label="第 {n} 页",
        )
        return pdf, "pdf"
    if variant == "pdf":
        return render_pdf(src.spec), "pdf"
    if variant == "pdf-2col":
        return render_pdf(src.spec, two_columns=True), "pdf"
    if variant == "pdf-plain":
        return render_pdf(src.spec, heading_sizes=(11, 11), title_size=11), "pdf"
    if variant == "docx-styled":
        return render_docx(src.spec, styled=True), "docx"
    if variant == "docx-bold":
        return render_docx(src.spec, styled=False), "docx"
    return render_html(src.spec), "html"


def body_text(doc: Document) -> str:
    return "".join(squeeze(s.zh) for s in doc.sentences())


def in_order(reference: str, got: str) -> float:
    sm = SequenceMatcher(None, reference, got, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks()) / max(1, len(reference))


def prf(found: list[str], gold: list[str]) -> tuple[int, int, int]:
    """True positives, found, gold (multisets of whitespace-free texts)."""
    f, g = Counter(map(squeeze, found)), Counter(map(squeeze, gold))
    return sum((f & g).values()), sum(f.values()), sum(g.values())


def measure(src: Source, variant: str, config: Config) -> dict[str, Any]:
    data, ext = render(src, variant)
    started = time.perf_counter()
    doc = analyse(decode_bytes(data, f"gwr_{src.year}.{ext}"), config)
    seconds = time.perf_counter() - started
    heads = list(doc.headings())
    tp, nf, ng = prf([h.zh for h in heads], src.gold)
    got_levels = {squeeze(h.zh): h.level for h in heads}
    gold_levels = dict(zip(map(squeeze, src.gold), src.levels, strict=False))
    level_ok = sum(1 for k, lv in gold_levels.items() if got_levels.get(k) == lv)
    body = body_text(doc)
    header = squeeze(src.spec.header)
    paras = Counter(
        "".join(squeeze(s.zh) for s in p.sentences) for sec in doc.sections for p in sec.paragraphs
    )
    para_ok = sum((paras & Counter(src.paragraphs)).values())
    return {
        "year": src.year,
        "variant": variant,
        "tp": tp,
        "found": nf,
        "gold": ng,
        "levels_ok": level_ok,
        "title_ok": doc.title is not None and squeeze(doc.title.zh) == src.spec.title,
        "body_chars": len(src.body),
        "body_in_order": in_order(src.body, body),
        "paragraphs": len(src.paragraphs),
        "paragraphs_exact": para_ok,
        "header_leaks": body.count(header),
        "page_number_leaks": len(_PAGE_NO.findall(body)),
        "pages": doc.source.pages,
        "seconds": round(seconds, 2),
    }


def extractor_compare(src: Source) -> dict[str, Any]:
    """trafilatura (our reader) vs readability-lxml on the same page: headings, body."""
    import lxml.html
    from readability import Document as Readability

    html = render_html(src.spec).decode("utf-8")
    summary = lxml.html.fromstring(Readability(html).summary())
    r_heads = [h.text_content() for h in summary.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    r_body = "".join(squeeze(p.text_content()) for p in summary.iter("p"))
    t_doc = analyse(decode_bytes(html.encode("utf-8"), "x.html"), Config())
    t_heads = [h.zh for h in t_doc.headings()]
    out: dict[str, Any] = {"year": src.year}
    for name, heads, body in (
        ("trafilatura", t_heads, body_text(t_doc)),
        ("readability", r_heads, r_body),
    ):
        tp, nf, ng = prf(heads, src.gold)
        out[name] = {"tp": tp, "found": nf, "gold": ng, "body_in_order": in_order(src.body, body)}
    return out


def totals(rows: list[dict[str, Any]], variant: str) -> dict[str, Any]:
    mine = [r for r in rows if r["variant"] == variant]
    tp, nf, ng = (sum(r[k] for r in mine) for k in ("tp", "found", "gold"))
    chars = sum(r["body_chars"] for r in mine)
    return {
        "variant": variant,
        "precision": tp / nf if nf else 0.0,
        "recall": tp / ng if ng else 0.0,
        "levels_ok": f"{sum(r['levels_ok'] for r in mine)}/{ng}",
        "titles_ok": f"{sum(r['title_ok'] for r in mine)}/{len(mine)}",
        "body_in_order": sum(r["body_in_order"] * r["body_chars"] for r in mine) / chars,
        "paragraphs_exact": f"{sum(r['paragraphs_exact'] for r in mine)}/"
        f"{sum(r['paragraphs'] for r in mine)}",
        "header_leaks": sum(r["header_leaks"] for r in mine),
        "page_number_leaks": sum(r["page_number_leaks"] for r in mine),
        "pages": sum(r["pages"] or 0 for r in mine),
    }


def report(rows: list[dict[str, Any]], variants: list[str], title: str) -> list[dict[str, Any]]:
    for r in rows:
        print(
            f"{r['year']} {r['variant']:<12} headings {r['tp']}/{r['found']} found, "
            f"{r['gold']} gold; levels {r['levels_ok']}; title {r['title_ok']}; body "
            f"{r['body_in_order']:.4%}; paragraphs {r['paragraphs_exact']}/{r['paragraphs']}; "
            f"leaks {r['header_leaks']}+{r['page_number_leaks']}; {r['seconds']}s",
            file=sys.stderr,
        )
    summary = [totals(rows, v) for v in variants]
    print(f"\n{title}")
    print(
        "| variant | heading P | heading R | levels | titles | body chars in order "
        "| paragraphs exact | header / page-number leaks |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for t in summary:
        print(
            f"| {t['variant']} | {t['precision']:.3f} | {t['recall']:.3f} | {t['levels_ok']} | "
            f"{t['titles_ok']} | {t['body_in_order']:.2%} | {t['paragraphs_exact']} | "
            f"{t['header_leaks']} / {t['page_number_leaks']} |"
        )
    return summary


# The variants docs/quality.md's overview shows (pdf-plain is in eval/README.md's tables).
OVERVIEW = {
    "pdf": "PDF",
    "pdf-2col": "PDF, two columns",
    "docx-styled": "DOCX, heading styles",
    "docx-bold": "DOCX, bold Normal",
    "html": "HTML",
}


def variant_table(summary: list[dict[str, Any]]) -> dict[str, Any]:
    """eval/README.md's table: one row per variant, as ``report`` prints it."""
    columns = [
        "variant",
        "heading P",
        "heading R",
        "levels",
        "titles",
        "body chars in order",
        "paragraphs exact",
        "header / page-number leaks",
    ]
    rows = [
        [
            t["variant"],
            f"{t['precision']:.3f}",
            f"{t['recall']:.3f}",
            t["levels_ok"],
            t["titles_ok"],
            f"{t['body_in_order']:.2%}",
            t["paragraphs_exact"],
            f"{t['header_leaks']} / {t['page_number_leaks']}",
        ]
        for t in summary
    ]
    return docs_report.table(columns, rows, "lrrrrrrr")


def overview_table(sets: list[tuple[str, list[dict[str, Any]]]]) -> dict[str, Any]:
    """docs/quality.md's table: both sets, the variants of ``OVERVIEW``."""
    columns = [
        "set",
        "variant",
        "heading P",
        "heading R",
        "body chars in order",
        "header / page-number leaks",
    ]
    rows = [
        [
            name,
            OVERVIEW[t["variant"]],
            f"{t['precision']:.3f}",
            f"{t['recall']:.3f}",
            f"{t['body_in_order']:.2%}".replace("%", " %"),
            f"{t['header_leaks']} / {t['page_number_leaks']}",
        ]
        for name, summary in sets
        for t in summary
        if t["variant"] in OVERVIEW
    ]
    return docs_report.table(columns, rows, "llrrrr")


def extractor_summary(extract: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """trafilatura and readability over all pages: heading P and R, mean body in order."""
    out = []
    for name in ("trafilatura", "readability"):
        tp = sum(e[name]["tp"] for e in extract)
        nf = sum(e[name]["found"] for e in extract)
        ng = sum(e[name]["gold"] for e in extract)
        body = sum(e[name]["body_in_order"] for e in extract) / len(extract)
        out.append(
            {
                "extractor": name,
                "precision": tp / max(nf, 1),
                "recall": tp / max(ng, 1),
                "body_in_order": body,
            }
        )
    return out


def counts(rows: list[dict[str, Any]], variant: str = "pdf") -> dict[str, int]:
    """Documents, gold headings, paragraphs and (for ``variant``) PDF pages of a set."""
    mine = [r for r in rows if r["variant"] == variant]
    return {
        "documents": len(mine),
        "headings": sum(r["gold"] for r in mine),
        "paragraphs": sum(r["paragraphs"] for r in mine),
        "pages": sum(r["pages"] or 0 for r in mine),
    }


def write_results(
    held: list[dict[str, Any]],
    rows: list[dict[str, Any]],
    summaries: tuple[list[dict[str, Any]], list[dict[str, Any]]],
    extract: list[dict[str, Any]],
) -> Path:
    held_summary, dev_summary = summaries
    extractors = extractor_summary(extract)
    tables = {
        "heldout": variant_table(held_summary),
        "development": variant_table(dev_summary),
        "overview": overview_table([("held-out", held_summary), ("reports", dev_summary)]),
        "extractors": docs_report.table(
            ["HTML extractor", "heading P", "heading R", "body chars in order"],
            [
                [
                    e["extractor"],
                    f"{e['precision']:.3f}",
                    f"{e['recall']:.3f}",
                    f"{e['body_in_order']:.2%}",
                ]
                for e in extractors
            ],
            "lrrr",
        ),
    }
    data = {
        "heldout": {"counts": counts(held), "summary": {t["variant"]: t for t in held_summary}},
        "development": {"counts": counts(rows), "summary": {t["variant"]: t for t in dev_summary}},
        "extractors": {e["extractor"]: e for e in extractors},
        "rows": held + rows,
    }
    return docs_report.write_results("structure", data, tables)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--years", type=int, nargs="*", default=list(YEARS))
    ap.add_argument("--variants", nargs="*", default=list(VARIANTS), choices=VARIANTS)
    ap.add_argument("--extractors", action="store_true", help="also trafilatura vs readability")
    ap.add_argument("--json", type=Path, help="write all rows here")
    ap.add_argument("--heldout", action="store_true", help="also the WMT22-built held-out set")
    args = ap.parse_args(argv)
    config = Config()
    held: list[dict[str, Any]] = []
    held_summary: list[dict[str, Any]] = []
    if args.heldout:
        held = [measure(s, v, config) for s in heldout(5) for v in args.variants]
        held_summary = report(held, args.variants, "held-out (WMT22-built documents)")
    sources = [load(y) for y in args.years]
    rows = [measure(s, v, config) for s in sources for v in args.variants]
    summary = report(rows, args.variants, "development (government work reports 2013-2017)")
    extract = [extractor_compare(s) for s in sources] if args.extractors else []
    if extract:
        print("\n| HTML extractor | heading P | heading R | body chars in order |")
        print("|---|---:|---:|---:|")
        for e in extractor_summary(extract):
            print(
                f"| {e['extractor']} | {e['precision']:.3f} | {e['recall']:.3f} | "
                f"{e['body_in_order']:.2%} |"
            )
    full = list(args.years) == list(YEARS) and list(args.variants) == list(VARIANTS)
    if full and held and extract:
        print(f"wrote {write_results(held, rows, (held_summary, summary), extract)}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {"heldout": held, "rows": rows, "summary": summary, "extractors": extract},
                indent=1,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
