# ruff: noqa: E501  (the SOURCE.md rows are kept on one line each)
"""Make the ``realdocs-made15`` documents with pandoc, and their gold.

A fifteenth set of development documents, written in Markdown and converted by pandoc
(``apt-get install pandoc``; 2.17 here), the way many reports, notes and documentation
sites are made: standalone HTML (no content container around the text, a ``<nav>``
contents, numbered sections, footnotes with back-links) and Word files (pandoc's own
styles: Title, Subtitle, Author, Date, Heading N, First Paragraph, Compact lists,
footnotes, a contents field). Texts come only from the public government work reports
2013-2017 (../shared/data/gov-work-reports), whole paragraphs; titles, headings, list
items and table cells are written here:

- ``p01_pandoc_report.html`` (gwr 2016): ``pandoc -s --toc -N``: YAML title, subtitle,
  author and date, a contents ``<nav>``, ``h1``/``h2`` numbered by pandoc, bullet lists,
  pipe tables, a footnote;
- ``p02_pandoc_report.docx`` (gwr 2016): the same Markdown, ``pandoc --toc -N`` to Word;
- ``p03_pandoc_sections.html`` (gwr 2015): ``pandoc -s --section-divs``: every section a
  ``<section>``, headings typed ``一、``/``（一）``, an ordered list, a block quote;
- ``p04_pandoc_memo.docx`` (gwr 2017): a memo to Word: title and date only, typed ``一、``
  headings, paragraphs opening with a bold phrase, a table, two footnotes.

Gold is written from what each builder put in the document, decided as a reader reads
it (never from reader output), headings as printed. The outputs are committed, so
nothing else needs pandoc:

    python eval/make_realdocs15_pandoc.py [--out eval/data/realdocs-made15] [--only p01 ...]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs14_typst as typst

MINE = ("p01_pandoc", "p02_pandoc", "p03_pandoc", "p04_pandoc")
Gold = dict[str, Any]


def pandoc(markdown: str, out: Path, *options: str) -> None:
    src = out.with_suffix(".md")
    src.write_text(markdown, encoding="utf-8")
    cmd = ["pandoc", str(src), "-o", str(out), "--metadata", "lang=zh-CN", *options]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def front(title: str, *fields: tuple[str, str]) -> str:
    lines = [f"title: {title}", *(f"{k}: {v}" for k, v in fields)]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


# (level-1 heading, [level-2 headings])
REPORT = [("就业与收入", ["稳定就业", "居民增收"]), ("社会保障", ["养老保险"]), ("下一步工作", [])]


def report(year: int) -> tuple[str, list[str], list[dict[str, Any]]]:
    """The numbered report's Markdown, its paragraphs and its headings as pandoc -N
    numbers them."""
    paras = base.paragraphs(year, 7, skip=10)
    it = iter(paras)
    md = front(
        "东川省2016年民生工作进展报告",
        ("subtitle", "上半年执行情况"),
        ("author", "东川省民政厅"),
        ("date", "2016年7月"),
    )
    md += f"{next(it)}[^1]\n\n"
    headings, k = [], 0
    for i, (h1, h2s) in enumerate(REPORT, 1):
        md += f"# {h1}\n\n{next(it)}\n\n"
        headings.append({"text": f"{i} {h1}", "level": 1})
        for j, h2 in enumerate(h2s, 1):
            k += 1
            md += f"## {h2}\n\n{next(it)}\n\n- 第{k}项指标：**{60 + k}万人**\n- 完成率：{40 + k}.0%\n\n"
            headings.append({"text": f"{i}.{j} {h2}", "level": 2})
        md += f"| 指标 | 目标 | 完成 |\n|---|---|---|\n| {h1} | 100 | {k} |\n\n"
    md += "[^1]: 数据来源：东川省统计局，初步统计数。\n"
    return md, paras, headings


def report_builder(note: str, *options: str) -> Any:
    """A builder of the numbered report in the format ``options`` give, with its gold."""

    def build(path: Path, year: int) -> Gold:
        md, paras, headings = report(year)
        pandoc(md, path, "--toc", "-N", *options)
        return typst.gold(
            "东川省2016年民生工作进展报告",
            headings,
            [base.clause(paras[i]) for i in (0, 2, 3, 5, 6)],
            [],
            note,
            must_not=("东川省民政厅",),
        )

    return build


build_report_html = report_builder(
    "pandoc 2.17 -s --toc -N: paragraphs, headings and lists set straight in <body> (no content container); the title block (subtitle, author, date) is metadata; the <nav> contents is navigation; heading numbers from pandoc's header-section-number spans; lists and tables are text (unscored); the footnote and its back-link are unscored",
    "-s",
)
build_report_docx = report_builder(
    "pandoc 2.17 --toc -N to Word: Title, Subtitle, Author and Date paragraphs (metadata after the title), a contents field (navigation), Heading 1/2 with the numbers pandoc wrote as text before a tab, Compact list items, a table, a footnote (unscored)"
)


SECTIONS = [
    ("一、总体要求", ["（一）指导思想", "（二）主要目标"]),
    ("二、重点任务", ["（一）稳增长", "（二）调结构"]),
]


def build_sections_html(path: Path, year: int) -> Gold:
    paras = base.paragraphs(year, 7, skip=16)
    it = iter(paras)
    md = front("东川省2015年政府工作重点解读", ("date", "2015年3月10日")) + f"{next(it)}\n\n"
    headings = []
    for h1, h2s in SECTIONS:
        md += f"# {h1}\n\n"
        headings.append({"text": h1, "level": 1})
        for h2 in h2s:
            md += f"## {h2}\n\n{next(it)}\n\n"
            headings.append({"text": h2, "level": 2})
        md += "1. 抓好项目建设\n2. 强化要素保障\n3. 优化营商环境\n\n"
    md += f"> {next(it)}\n\n{next(it)}\n"
    pandoc(md, path, "-s", "--section-divs")
    return typst.gold(
        "东川省2015年政府工作重点解读",
        headings,
        [base.clause(paras[i]) for i in (0, 2, 4, 5, 6)],
        [],
        "pandoc 2.17 -s --section-divs: each heading and its text in a <section>, the sections straight in <body>; typed 一、/（一） headings (level 1/2); ordered lists (text, unscored); a block quote (text); the date under the title is metadata",
    )


def build_memo_docx(path: Path, year: int) -> Gold:
    paras = base.paragraphs(year, 7, skip=24)
    it = iter(paras)
    md = front("关于2017年上半年经济运行情况的汇报", ("date", "2017年7月5日"))
    headings = []
    for n, h in enumerate(("一、主要指标完成情况", "二、存在的主要问题", "三、下半年工作建议"), 1):
        lead = next(it)
        md += f"# {h}\n\n**{lead[:6]}**{lead[6:]}[^{n}]\n\n{next(it)}\n\n"
        headings.append({"text": h, "level": 1})
    md += f"| 指标 | 上半年 | 全年目标 |\n|---|---|---|\n| 地区生产总值增速 | 7.1% | 7%左右 |\n\n{next(it)}\n\n"
    md += "[^1]: 按可比价格计算。\n\n[^2]: 初步统计数。\n\n[^3]: 供参考。\n"
    pandoc(md, path)
    return typst.gold(
        "关于2017年上半年经济运行情况的汇报",
        headings,
        [base.clause(paras[i]) for i in (0, 2, 4, 5, 6)],
        [],
        "pandoc 2.17 to Word: Title and Date (metadata), typed 一、 headings in Heading 1, body paragraphs opening with a bold phrase (run-in emphasis, not headings: the paragraph's own first words), a table, footnotes (unscored)",
    )


BUILDERS: dict[str, tuple[Any, int]] = {
    "p01_pandoc_report.html": (build_report_html, 2016),
    "p02_pandoc_report.docx": (build_report_docx, 2016),
    "p03_pandoc_sections.html": (build_sections_html, 2015),
    "p04_pandoc_memo.docx": (build_memo_docx, 2017),
}

SOURCE_HEAD = typst.source_head(
    "Documents made with pandoc, fifteenth set",
    "Made after the fourteenth set, each written in Markdown and converted by pandoc\n"
    "2.17 (standalone HTML and Word), by `python eval/make_realdocs15_pandoc.py`.",
)

ROWS = [
    "| p01_pandoc_report.html | pandoc 2.17 `-s --toc -N`, gwr 2016 (`eval/make_realdocs15_pandoc.py`, as p02-p04) | standalone HTML with its text straight in `<body>` (no content container), YAML title block (subtitle, author, date: metadata), `<nav>` contents, `h1`/`h2` numbered by pandoc, bullet lists, tables, a footnote with its ↩︎ back-link |",
    "| p02_pandoc_report.docx | pandoc 2.17 `--toc -N`, gwr 2016 | the same Markdown to Word: Title/Subtitle/Author/Date styles, a contents field, Heading 1/2 with pandoc's numbers before a tab, Compact lists, a table, a footnote |",
    "| p03_pandoc_sections.html | pandoc 2.17 `-s --section-divs`, gwr 2015 | every section a `<section>` straight in `<body>`, typed `一、`/`（一）` headings, ordered lists, a block quote, a date line |",
    "| p04_pandoc_memo.docx | pandoc 2.17, gwr 2017 | memo to Word: Title and Date, typed `一、` headings, paragraphs opening with a bold phrase (not headings), a table, footnotes |",
]


def main(argv: list[str] | None = None) -> int:
    return more.make_set(argv, __doc__, BUILDERS, "realdocs-made15", ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
