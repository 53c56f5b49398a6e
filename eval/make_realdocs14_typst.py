# ruff: noqa: E501  (the SOURCE.md rows and the Typst sources are kept on one line each)
"""Make the ``realdocs-made14`` documents with Typst, and their gold.

A fourteenth set of development documents, made with a typesetter none of the earlier
sets used: Typst (the ``typst`` Python package, which bundles the compiler; the fonts
are the system's Noto CJK). Typst writes its own PDFs (its own text layout, font
subsetting and drawing), so these test the PDF reader on a producer it has not seen.
Texts come only from the public government work reports 2013-2017
(../shared/data/gov-work-reports), whole paragraphs; labels, headings, names and dates
are written here:

- ``t01_typst_report.pdf`` (gwr 2015): a research report: centred title and byline, a
  ``#outline`` contents page, ``1``/``1.1`` numbered headings, a header (title left,
  organisation right) from page 2, footnotes at 0.85 em under Typst's separator, bullet
  lists, a table with its caption;
- ``t02_typst_notice.pdf`` (gwr 2016): an official notice: title over two lines,
  addressee, headings numbered by a function (``一、``, ``（一）``, ``1.``), page numbers
  ``— N —``, the issuer and date right-aligned at the end;
- ``t03_typst_paper.pdf`` (gwr 2017): a two-column journal paper: title, authors and
  affiliation, 摘要/关键词 paragraphs across the page, then two columns with ``1``/``1.1``
  headings, a journal line in the header of every page, references ``[1]`` at the end;
- ``t04_typst_thesis.pdf`` (gwr 2014): a thesis: a cover page of form fields (题目, 姓名,
  学号, 指导教师, 学院, date), a contents page, ``第一章``/``1.1`` headings, alternating
  headers (the thesis title on even pages, the chapter's name on odd ones), page numbers.

Gold is written from what each builder put in the document, decided as a reader reads
it (never from reader output), and checked against the printed text (``pdftotext
-layout``). Needs ``pip install typst``; the outputs are committed, so nothing else
needs it:

    python eval/make_realdocs14_typst.py [--out eval/data/realdocs-made14] [--only t01 ...]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more

MINE = ("t01_typst", "t02_typst", "t03_typst", "t04_typst")
Gold = dict[str, Any]
SERIF, SANS = "Noto Serif CJK SC", "Noto Sans CJK SC"


def compile_typst(source: str, out: Path) -> None:
    import typst

    src = out.with_suffix(".typ")
    src.write_text(source, encoding="utf-8")
    typst.compile(str(src), output=str(out))


def gold(
    title: str,
    headings: list[dict[str, Any]],
    must_have: list[str],
    running: list[str],
    note: str,
    must_not: tuple[str, ...] = (),
) -> Gold:
    return {
        "title": title,
        "headings": headings,
        "must_have": must_have,
        "running": running,
        "must_not_have": list(must_not),
        "note": note,
    }


def two_levels(
    outline: list[tuple[str, list[str]]], paras: Any, label: Any
) -> tuple[str, list[dict[str, Any]]]:
    """Chapters of two paragraphs with sections of one: the Typst source and the gold
    headings (``label(i, j, text)``: the heading as printed, j 0 for a chapter)."""
    src, headings = "", []
    for i, (h1, h2s) in enumerate(outline, 1):
        src += f"= {h1}\n\n{next(paras)}\n\n{next(paras)}\n\n"
        headings.append({"text": label(i, 0, h1), "level": 1})
        for j, h2 in enumerate(h2s, 1):
            src += f"== {h2}\n\n{next(paras)}\n\n"
            headings.append({"text": label(i, j, h2), "level": 2})
    return src, headings


def preamble(title: str, size: str = "11pt") -> str:
    return (
        f'#set document(title: "{title}")\n'
        f'#set text(font: "{SERIF}", size: {size}, lang: "zh")\n'
        "#set par(first-line-indent: (amount: 2em, all: true), justify: true, leading: 0.9em)\n"
        f'#show heading: set text(font: "{SANS}")\n'
    )


# --------------------------------------------------------------------------- t01


def build_report(path: Path, year: int) -> Gold:
    title, org = "东川省2015年经济运行分析报告", "东川省发展研究中心"
    paras = base.paragraphs(year, 16, skip=20)
    outline = [
        ("发展回顾", ["经济运行", "改革开放"]),
        ("形势分析", ["国际环境", "国内条件"]),
        ("政策建议", ["宏观调控"]),
    ]
    notes = iter(
        [
            "数据来源：东川省统计局。",
            "按可比价格计算。",
            "初步核算数。",
            "含个体就业人员。",
            "年度预期目标。",
        ]
    )
    src = preamble(title) + (
        '#set page(paper: "a4", numbering: "1", header: context { if counter(page).get().first() > 1 [#set text(size: 9pt)\n'
        f"{title} #h(1fr) {org}\n#line(length: 100%, stroke: 0.5pt)] }})\n"
        '#set heading(numbering: "1.1")\n'
        "#show heading.where(level: 1): set text(size: 15pt)\n#show heading.where(level: 2): set text(size: 12pt)\n"
        f'#align(center)[#text(font: "{SANS}", size: 20pt, weight: "bold")[{title}]]\n'
        f"#align(center)[#text(size: 12pt)[{org}　2015年3月]]\n#v(1em)\n"
        '#outline(title: "目录")\n#pagebreak()\n'
    )
    headings, it = [], iter(paras)
    for i, (h1, h2s) in enumerate(outline, 1):
        src += f"= {h1}\n\n{next(it)}\n\n"
        headings.append({"text": f"{i} {h1}", "level": 1})
        for j, h2 in enumerate(h2s, 1):
            src += f"== {h2}\n\n{next(it)}#footnote[{next(notes, '同上。')}]\n\n{next(it)}\n\n"
            headings.append({"text": f"{i}.{j} {h2}", "level": 2})
            src += "- 稳增长：投资保持较快增长\n- 调结构：服务业比重提高\n\n"
        src += f"#figure(table(columns: 3, [指标], [2014年], [2015年], [增长], [7.4%], [7.0%]), caption: [{h1}主要指标])\n\n"
    compile_typst(src, path)
    return gold(
        title,
        headings,
        [base.clause(p) for p in paras[:13:3]],
        [f"{title} {org}"],
        "Typst 0.15: the contents page (#outline) is neither headings nor body; the byline under the title is metadata; heading numbers 1/1.1 are printed by Typst; the header (title, organisation) from page 2 is running; footnotes and the table are unscored",
    )


# --------------------------------------------------------------------------- t02


def build_notice(path: Path, year: int) -> Gold:
    title = "东川省人民政府关于做好2016年重点工作的通知"
    paras = base.paragraphs(year, 8, skip=30)
    numbering = (
        "#set heading(numbering: (..n) => { let n = n.pos()\n"
        '  if n.len() == 1 { numbering("一、", ..n) } else if n.len() == 2 { numbering("（一）", n.last()) } else { numbering("1.", n.last()) } })\n'
    )
    src = preamble(title, "12pt") + (
        '#set page(paper: "a4", margin: (x: 2.8cm, y: 3.7cm), numbering: "— 1 —", number-align: center)\n'
        + numbering
        + "#show heading: set block(above: 1.2em, below: 0.8em)\n"
        '#show heading.where(level: 1): set text(size: 14pt, weight: "bold")\n'
        '#show heading.where(level: 2): set text(size: 12pt, weight: "bold")\n'
        '#show heading.where(level: 3): set text(size: 12pt, weight: "regular")\n'
        f'#align(center)[#text(font: "{SANS}", size: 20pt)[东川省人民政府关于做好 \\ 2016年重点工作的通知]]\n#v(1em)\n'
        "#par(first-line-indent: 0em)[各市、县人民政府，省政府各部门：]\n\n"
        f"{paras[0]}\n\n"
    )
    outline = [
        ("总体要求", [("指导思想", ["稳中求进"]), ("主要目标", [])]),
        ("重点任务", [("深化改革", []), ("扩大开放", ["对外贸易", "利用外资"])]),
    ]
    headings, it = [], iter(paras[1:])
    for i, (h1, h2s) in enumerate(outline):
        src += f"= {h1}\n\n"
        headings.append({"text": f"{'一二三'[i]}、{h1}", "level": 1})
        for j, (h2, h3s) in enumerate(h2s):
            src += f"== {h2}\n\n{next(it)}\n\n"
            headings.append({"text": f"（{'一二三'[j]}）{h2}", "level": 2})
            for k, h3 in enumerate(h3s, 1):
                src += f"=== {h3}\n\n{next(it)}\n\n"
                headings.append({"text": f"{k}.{h3}", "level": 3})
    src += "#v(2em)\n#align(right)[东川省人民政府 \\ 2016年3月18日]\n"
    compile_typst(src, path)
    return gold(
        title,
        headings,
        [base.clause(p) for p in (*paras[:7:2], paras[7])],
        [],
        "Typst 0.15: the title is one 20 pt line broken in two (one title); the addressee line is body; heading numbers 一、/（一）/1. come from a numbering function; the issuer and date at the end are a signature (not headings); — N — page numbers",
    )


# --------------------------------------------------------------------------- t03


def build_paper(path: Path, year: int) -> Gold:
    title = "供给侧结构性改革背景下的区域经济协调发展研究"
    journal = "东川经济研究　2017年第2期"
    paras = base.paragraphs(year, 11, skip=8)
    src = preamble(title, "10pt") + (
        f'#set page(paper: "a4", margin: (x: 2cm, y: 2.5cm), numbering: "1", header: [#set text(size: 8pt)\n{journal} #h(1fr) 区域经济\n#line(length: 100%, stroke: 0.4pt)])\n'
        '#set heading(numbering: "1.1")\n'
        "#show heading.where(level: 1): set text(size: 12pt)\n#show heading.where(level: 2): set text(size: 10.5pt)\n"
        f'#align(center)[#text(font: "{SANS}", size: 18pt, weight: "bold")[{title}]]\n'
        "#align(center)[#text(size: 11pt)[林晓东#super[1]　周雅琴#super[2]]]\n"
        "#align(center)[#text(size: 9pt)[（1. 东川大学经济学院，东川 330031；2. 东川省发展研究中心，东川 330046）]]\n#v(0.5em)\n"
        f'#par(first-line-indent: 0em)[#text(font: "{SANS}", weight: "bold")[摘　要：]{paras[0]}]\n\n'
        f'#par(first-line-indent: 0em)[#text(font: "{SANS}", weight: "bold")[关键词：]供给侧结构性改革；区域协调；新型城镇化]\n#v(0.5em)\n'
        "#show: rest => columns(2, gutter: 1.5em, rest)\n"
    )
    outline = [
        ("引言", []),
        ("区域发展现状", ["东部地区", "中西部地区"]),
        ("政策建议", ["完善区域政策"]),
    ]
    body, headings = two_levels(
        outline, iter(paras[1:]), lambda i, j, t: f"{i}.{j} {t}" if j else f"{i} {t}"
    )
    src += body + (
        "#heading(numbering: none)[参考文献]\n#set par(first-line-indent: 0em)\n#set text(size: 8.5pt)\n"
        "[1] 国务院. 2017年政府工作报告[R]. 北京：人民出版社，2017.\n\n"
        "[2] 林晓东. 区域协调发展的理论与实践[J]. 东川经济研究，2016(4)：12-18.\n"
    )
    headings.append({"text": "参考文献", "level": 1})
    compile_typst(src, path)
    return gold(
        title,
        headings,
        [base.clause(p) for p in paras[1:11:2]],
        [journal],
        "Typst 0.15: authors and affiliation lines under the title are metadata or body (unscored); 摘要/关键词 are paragraphs across the page; the body in two columns read column by column; the header (journal, column name) on every page is running; 参考文献 is an unnumbered level-1 heading, its entries body (unscored)",
    )


# --------------------------------------------------------------------------- t04


def build_thesis(path: Path, year: int) -> Gold:
    title = "新型城镇化进程中的公共服务均等化研究"
    paras = base.paragraphs(year, 12, skip=14)
    header = (
        '#set page(paper: "a4", numbering: "1", header: context { let p = counter(page).get().first()\n'
        "  if p > 2 { let hs = query(heading.where(level: 1).before(here()))\n"
        "    set text(size: 9pt)\n"
        f"    if calc.even(p) [{title} #h(1fr)] else [#h(1fr) #if hs.len() > 0 {{ hs.last().body }}]\n"
        "    line(length: 100%, stroke: 0.5pt) } })\n"
    )
    fields = [
        ("题　　目", title),
        ("姓　　名", "陈思远"),
        ("学　　号", "2014210356"),
        ("指导教师", "刘明华 教授"),
        ("学　　院", "公共管理学院"),
    ]
    rows = ", ".join(f"[{k}：], [#underline[{v}]]" for k, v in fields)
    src = (
        preamble(title, "12pt")
        + header
        + (
            '#set heading(numbering: (..n) => { let n = n.pos(); if n.len() == 1 { numbering("第一章", ..n) } else { numbering("1.1", ..n) } })\n'
            "#show heading.where(level: 1): it => { pagebreak(weak: true); set align(center); set text(size: 16pt); it }\n"
            "#show heading.where(level: 2): set text(size: 14pt)\n"
            f'#align(center)[#v(3cm)#text(font: "{SANS}", size: 26pt, weight: "bold")[东川大学硕士学位论文]#v(3cm)]\n'
            f"#align(center)[#table(columns: 2, stroke: none, align: left, {rows})]\n"
            "#align(center)[#v(2cm)二〇一四年五月]\n#pagebreak()\n"
            '#outline(title: "目　录")\n'
        )
    )
    outline = [
        ("绪论", ["研究背景", "研究意义"]),
        ("公共服务均等化的现状", ["教育与医疗", "社会保障"]),
        ("结论与建议", []),
    ]
    body, headings = two_levels(
        outline, iter(paras), lambda i, j, t: f"{i}.{j} {t}" if j else f"第{'一二三'[i - 1]}章 {t}"
    )
    compile_typst(src + body, path)
    return gold(
        title,
        headings,
        [base.clause(p) for p in paras[:10:2]],
        [title, "公共服务均等化的现状"],
        "Typst 0.15: the cover is a form (题目/姓名/学号/指导教师/学院 fields in a borderless table, underlined values): the 题目 value is the title, the other fields metadata; 东川大学硕士学位论文 is the cover's label, not the title; the contents page is neither; chapters 第一章 (level 1, each on a new page), 1.1 (level 2); headers from page 3: the thesis title on even pages, the current chapter's name on odd pages (running; the chapter names that are only headings are not listed unless they would read as prose)",
        must_not=tuple(["2014210356", "公共管理学院"]),
    )


BUILDERS: dict[str, tuple[Any, int]] = {
    "t01_typst_report.pdf": (build_report, 2015),
    "t02_typst_notice.pdf": (build_notice, 2016),
    "t03_typst_paper.pdf": (build_paper, 2017),
    "t04_typst_thesis.pdf": (build_thesis, 2014),
}


def source_head(heading: str, made: str) -> str:
    """SOURCE.md's opening: ``heading``, then how the documents were ``made``."""
    return (
        f"# {heading} (development data)\n\n{made}\nTexts come only from the public\n"
        "government work reports 2013–2017 in `../shared/data/gov-work-reports`; the\n"
        "outputs are committed so tests and CI need none of the tools. Gold\n"
        "(`gold/<file>.json`, the format of `../shared/data/realdocs-dev`) is written by the\n"
        "script from what it put in each document, as a reader reads it and never from\n"
        "reader output.\n\n| file | made by | what it tests |\n|---|---|---|\n"
    )


SOURCE_HEAD = source_head(
    "Documents made with Typst, fourteenth set",
    "Made after the thirteenth set, each typeset by Typst (the `typst` Python package\n"
    "0.15, Noto CJK fonts), a producer no earlier set used, by\n"
    "`python eval/make_realdocs14_typst.py`.",
)

ROWS = [
    "| t01_typst_report.pdf | Typst 0.15 (`typst` package), gwr 2015 (`eval/make_realdocs14_typst.py`, as t02-t04) | report: centred title and byline, `#outline` contents page, `1`/`1.1` numbered headings, header (title, organisation) from page 2 (running), footnotes at 0.85 em under Typst's separator, bullet lists, tables with captions |",
    "| t02_typst_notice.pdf | Typst 0.15, gwr 2016 | notice: a title broken over two lines, addressee, headings numbered by a function (`一、`, `（一）`, `1.`), `— N —` page numbers, issuer and date right-aligned at the end |",
    "| t03_typst_paper.pdf | Typst 0.15, gwr 2017 | two-column paper: title, authors with superscripts, affiliation, 摘要/关键词 across the page, two columns of `1`/`1.1` sections, journal header on every page (running), unnumbered 参考文献 with `[n]` entries |",
    "| t04_typst_thesis.pdf | Typst 0.15, gwr 2014 | thesis: cover form (题目 value is the title; 姓名/学号/指导教师/学院 metadata, must_not_have), contents page, `第一章`/`1.1` headings, alternating headers from page 3 (thesis title on even pages, chapter name on odd pages: running), page numbers |",
]


def main(argv: list[str] | None = None) -> int:
    return more.make_set(argv, __doc__, BUILDERS, "realdocs-made14", ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
