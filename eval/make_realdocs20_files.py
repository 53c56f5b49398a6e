# ruff: noqa: E501  (the SOURCE.md rows, the CSS, the LaTeX preamble and the OOXML snippets are kept on one line each)
"""Make the PDF documents of ``realdocs-made20`` (e01-e06) with real tools, and their gold.

A twentieth set of development documents, made blind (without looking at the readers
or running them), each from a producer the earlier sets lack and each a pattern
common in real Chinese reports; the helpers of the earlier makers are reused. The
texts come only from the public government work reports 2013-2017
(../shared/data/gov-work-reports), whole paragraphs (titles, headings, labels, names,
dates, numbers, table cells, captions, notes and furniture are written here; people,
places and companies are made up):

- ``e01_weasyprint_annual_report.pdf`` (gwr 2015): WeasyPrint from HTML and CSS paged
  media, a company's annual development report: a cover (security code line, a logo
  block, the title, the company and the date), a generated table of contents with
  dot leaders and ``target-counter`` page numbers, ``h1`` chapters ``第一章`` (typed)
  whose text ``string-set`` carries into the top right of every page, ``h2``/``h3``
  numbered ``一、``/``（一）`` by CSS counters (``::before``), the report's short
  name at the top left, ``第 N 页 / 共 M 页`` in ``@bottom-center``, a table and a
  figure (Pillow PNG) with captions;
- ``e02_pdflatex_cjk_paper.pdf`` (gwr 2013): pdflatex with the ``CJKutf8`` package
  (fonts gbsn and gkai, Type 1): an ``article`` working paper with ``\\maketitle``, a
  ``abstract`` (摘　要) and a 关键词 line, ``\\section``/``\\subsection`` numbered
  ``1``/``1.1``, ``fancyhdr`` with the series name on the left and the section mark
  on the right, the page number at the foot, footnotes and a 参考文献 list;
- ``e03_odt_lo_outline_columns.pdf`` (gwr 2014): an ODT written with odfpy and
  converted by LibreOffice: headings numbered ``第1章``/``1.1`` by the outline
  numbering, a first page on the ``First Page`` master (no header) and the header
  from page 2, a two-column section in the middle, a text frame (sidebar box) beside a
  paragraph holding a 提示 note, endnotes, ``图1``/``表1`` captions with sequence
  fields;
- ``e04_fpdf2_business_report.pdf`` (gwr 2016): fpdf2 as server code writes reports:
  ``header()`` with the company name, the report name and a rule on every page,
  ``footer()`` with ``- N -``, the title and a 编制部门/报送日期 line, section heads
  ``一、`` in a larger bold face on a filled band, bold ``（一）`` subheads, body
  through ``multi_cell`` (two ideographic spaces as the indent), a table drawn with
  cells, and the generator's 报告生成时间 and 系统自动生成 lines at the end;
- ``e05_odp_impress_deck.pdf`` (gwr 2017): an ODP written with odfpy and converted by
  LibreOffice Impress: a 汇报 deck (title slide, 汇报提纲 agenda slide, four content
  slides with ``一、``-numbered titles and bullet paragraphs), the footer, date and
  slide number drawn on every slide by the master page's presentation fields
  (``presentation:footer-decl``/``date-time-decl``);
- ``e06_docx_lo_toc_field_logo.pdf`` (gwr 2017): a DOCX built with python-docx and
  raw WordprocessingML, converted by LibreOffice: a header holding a table with a
  picture logo and the company name, a VML text watermark 内部资料 in the header
  (Word's ``PowerPlusWaterMarkObject``), a TOC field in a ``w:sdt`` (docPartGallery
  ``Table of Contents``) with cached entries, hyperlinks and PAGEREF page numbers,
  headings in custom styles named ``标题 1``/``标题 2`` (styleIds ``a5``/``a6``,
  outline levels 0/1) with typed ``一、``/``（一）`` numbers, 注：/来源： lines under
  a table, ``第 N 页 共 M 页`` in the footer.

Gold is written from what each builder put in the document, decided as a reader reads
the printed page (never from reader output); titles, headings, passages, running lines
and boilerplate are checked against the printed text (``pdftotext -layout``; for the
two-column section of e03, each column cropped; the order of the passages in the
content stream, ``pdftotext -raw``). Needs WeasyPrint (its command, ``$WEASYPRINT``,
default ``weasyprint``), pdflatex with ``latex-cjk-chinese`` (CJKutf8, gbsn, gkai),
LibreOffice (Writer, Impress), poppler-utils, and python-docx, odfpy, fpdf2, Pillow
and fontTools in the Python that runs it. Run once; the outputs are committed, so
nothing else needs these tools:

    python eval/make_realdocs20_files.py [--out eval/data/realdocs-made20] [--only e01 ...]
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs4_files as prev4
import make_realdocs7_files as prev7
import make_realdocs8_files as prev8
import make_realdocs9_files as prev9
import make_realdocs18_latex as prev18

MINE = ("e01_", "e02_", "e03_", "e04_", "e05_", "e06_")
Gold = dict[str, Any]
SERIF, SANS, KAI = "Noto Serif CJK SC", "Noto Sans CJK SC", "AR PL KaitiM GB"
NOTO = "/usr/share/fonts/opentype/noto"
WEASYPRINT = os.environ.get("WEASYPRINT", "weasyprint")
add_run, body_para = prev9.add_run, prev9.body_para


def check_pdf(path: Path, gold: Gold, used: list[str], text: str | None = None) -> str:
    """Gold against the printed text: every string printed (``text``, default the
    ``pdftotext -layout`` text), the passages in order in the content stream, and no
    running line or boilerplate inside a body paragraph."""
    printed = more.pdftext(path) if text is None else text
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, printed, gold)
    assert prev8.in_order(prev8.raw_text(path), gold["must_have"]), path.name
    return printed


def page_lines(pdf: Path, page: int) -> list[str]:
    """The printed lines of one page, spaces squashed, empty lines dropped."""
    return [more.squash(ln) for ln in more.pdftext(pdf, page).splitlines() if ln.strip()]


def picks(paras: list[str], used: list[str], keep: set[int]) -> list[str]:
    """must_have: the first 18 characters of the paragraphs placed (``used``, in
    document order) whose index in ``paras`` is in ``keep``."""
    out = [base.clause(p) for p in used if paras.index(p) in keep]
    assert len(out) == len(keep), (out, keep)
    return out


def zh_digit(n: int) -> str:
    return "〇一二三四五六七八九十"[n]


# ------------------------------------------------- e01 WeasyPrint annual report

E01_TITLE = "华信控股集团2015年度发展报告"
E01_COMPANY = "东川华信控股集团股份有限公司"
E01_CODE = "证券代码：600917　　证券简称：华信控股"
E01_DATE = "二〇一六年三月"
E01_HEADER = "华信控股　2015年度报告"
# (chapter, [(section, paragraphs, [(subsection, paragraphs)], "T"/"F" after it)])
E01_OUTLINE: list[tuple[str, list[tuple[str, list[int], list[tuple[str, list[int]]], str]]]] = [
    (
        "第一章　公司概况",
        [("发展环境", [0, 18], [], ""), ("经营成果", [6, 7], [], "T")],
    ),
    (
        "第二章　经营情况讨论与分析",
        [
            (
                "重点领域改革",
                [],
                [("简政放权与投资管理", [26, 27]), ("国有企业改革", [30])],
                "",
            ),
            ("创新驱动", [46, 47], [], "F"),
        ],
    ),
    (
        "第三章　未来发展展望",
        [("发展战略", [43, 44], [], ""), ("风险与对策", [50, 45], [], "")],
    ),
]
E01_KEEP = {18, 7, 27, 47, 45}
E01_TABLE_CAP = "表1　2015年主要经营指标"
E01_TABLE = [
    ("项目", "2015年", "2014年", "增减"),
    ("营业收入（亿元）", "186.4", "171.2", "8.9%"),
    ("利润总额（亿元）", "12.7", "11.9", "6.7%"),
    ("总资产（亿元）", "402.5", "368.1", "9.3%"),
    ("研发投入（亿元）", "6.3", "5.2", "21.2%"),
    ("员工人数（人）", "8635", "8412", "2.7%"),
]
E01_FIG_CAP = "图1　2011—2015年营业收入（亿元）"
E01_CSS = """
@page { size: A4; margin: 26mm 22mm 24mm 22mm;
  @top-left { content: "@HEADER@"; font: 9pt "Noto Sans CJK SC"; color: #1f4e79; border-bottom: 0.6pt solid #1f4e79; vertical-align: bottom; padding-bottom: 3pt; }
  @top-right { content: string(chapter); font: 9pt "Noto Sans CJK SC"; color: #1f4e79; border-bottom: 0.6pt solid #1f4e79; vertical-align: bottom; padding-bottom: 3pt; }
  @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; font: 9pt "Noto Serif CJK SC"; color: #555; } }
@page cover { margin: 0; @top-left { content: none; border: none } @top-right { content: none; border: none } @bottom-center { content: none } }
html { font-family: "Noto Serif CJK SC", serif; font-size: 10.5pt; line-height: 1.75; }
.cover { page: cover; height: 297mm; position: relative; background: #f4f7fb; }
.cover .code { position: absolute; top: 20mm; right: 22mm; font: 10pt "Noto Sans CJK SC"; color: #333; }
.cover .logo { position: absolute; top: 62mm; left: 28mm; width: 34mm; height: 34mm; background: #1f4e79; color: white; text-align: center; font: bold 22pt/34mm "Noto Sans CJK SC"; }
.cover .logo-en { position: absolute; top: 100mm; left: 28mm; font: 9pt "Noto Sans CJK SC"; letter-spacing: 2pt; color: #1f4e79; }
.cover .title { position: absolute; top: 130mm; left: 28mm; right: 20mm; font: bold 26pt/1.4 "Noto Sans CJK SC"; color: #1f4e79; }
.cover .rule { position: absolute; top: 152mm; left: 28mm; width: 120mm; border-top: 3pt solid #c00000; }
.cover .who { position: absolute; top: 240mm; left: 28mm; font: 14pt/1.8 "Noto Sans CJK SC"; color: #333; }
.toc-title { font: bold 18pt "Noto Sans CJK SC"; text-align: center; margin: 4mm 0 8mm; color: #1f4e79; }
ul.toc { list-style: none; padding: 0; margin: 0; }
ul.toc li { margin: 0 0 3mm; }
ul.toc li.l1 { font: bold 12pt "Noto Sans CJK SC"; margin-top: 5mm; }
ul.toc li.l2 { padding-left: 2em; }
ul.toc li.l3 { padding-left: 4em; }
ul.toc a { color: inherit; text-decoration: none; }
ul.toc a::after { content: leader(".") target-counter(attr(href), page); }
h1 { break-before: page; string-set: chapter content(text); font: bold 18pt "Noto Sans CJK SC"; color: #1f4e79; border-bottom: 1.5pt solid #1f4e79; padding-bottom: 2mm; margin: 0 0 5mm; counter-reset: sec; }
h2 { font: bold 14pt "Noto Sans CJK SC"; color: #1f4e79; margin: 6mm 0 2mm; counter-increment: sec; counter-reset: sub; }
h2::before { content: counter(sec, cjk-decimal) "、"; }
h3 { font: bold 12pt "Noto Sans CJK SC"; margin: 4mm 0 1mm; counter-increment: sub; }
h3::before { content: "（" counter(sub, cjk-decimal) "）"; }
p { text-indent: 2em; text-align: justify; margin: 0 0 2mm; }
p.caption { text-indent: 0; text-align: center; font: bold 9.5pt "Noto Sans CJK SC"; margin: 4mm 0 2mm; }
table.data { border-collapse: collapse; width: 100%; font-size: 9.5pt; line-height: 1.5; }
table.data th { background: #1f4e79; color: white; font-family: "Noto Sans CJK SC"; padding: 1.5mm; }
table.data td { border-bottom: 0.5pt solid #9bb; padding: 1.5mm; text-align: center; }
figure { margin: 4mm 0; text-align: center; }
figure img { width: 120mm; }
figcaption { font: bold 9.5pt "Noto Sans CJK SC"; margin-top: 2mm; }
"""


def e01_html(paras: list[str]) -> tuple[str, list[dict[str, Any]], list[str]]:
    """The report's HTML, its headings as printed and the paragraphs it holds."""
    esc = html.escape
    heads: list[dict[str, Any]] = []
    toc: list[str] = []
    body: list[str] = []
    used: list[str] = []
    for ci, (chapter, secs) in enumerate(E01_OUTLINE, 1):
        anchor = f"c{ci}"
        body.append(f'<h1 id="{anchor}">{esc(chapter)}</h1>')
        toc.append(f'<li class="l1"><a href="#{anchor}">{esc(chapter)}</a></li>')
        heads.append({"text": chapter, "level": 1})
        for si, (sec, idx, subs, extra) in enumerate(secs, 1):
            number = f"{zh_digit(si)}、"
            body.append(f'<h2 id="{anchor}s{si}">{esc(sec)}</h2>')
            toc.append(f'<li class="l2"><a href="#{anchor}s{si}">{number}{esc(sec)}</a></li>')
            heads.append({"text": number + sec, "level": 2})
            for i in idx:
                body.append(f"<p>{esc(paras[i])}</p>")
                used.append(paras[i])
            for ki, (sub, sidx) in enumerate(subs, 1):
                body.append(f"<h3>{esc(sub)}</h3>")
                heads.append({"text": f"（{zh_digit(ki)}）{sub}", "level": 3})
                for i in sidx:
                    body.append(f"<p>{esc(paras[i])}</p>")
                    used.append(paras[i])
            if extra == "T":
                rows = "".join(
                    "<tr>"
                    + "".join(
                        f"<{'th' if r == 0 else 'td'}>{esc(c)}</{'th' if r == 0 else 'td'}>"
                        for c in row
                    )
                    + "</tr>"
                    for r, row in enumerate(E01_TABLE)
                )
                body.append(
                    f'<p class="caption">{esc(E01_TABLE_CAP)}</p><table class="data">{rows}</table>'
                )
            if extra == "F":
                body.append(
                    f'<figure><img src="chart.png" alt=""><figcaption>{esc(E01_FIG_CAP)}</figcaption></figure>'
                )
    cover = (
        f'<section class="cover"><div class="code">{esc(E01_CODE)}</div>'
        '<div class="logo">华信</div><div class="logo-en">HUAXIN HOLDINGS</div>'
        f'<div class="title">{esc(E01_TITLE)}</div><div class="rule"></div>'
        f'<div class="who">{esc(E01_COMPANY)}<br>{esc(E01_DATE)}</div></section>'
    )
    front = f'<section class="front"><div class="toc-title">目　录</div><ul class="toc">{"".join(toc)}</ul></section>'
    page = (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(E01_TITLE)}</title>'
        f"<style>{E01_CSS.replace('@HEADER@', E01_HEADER)}</style></head><body>{cover}{front}{''.join(body)}</body></html>"
    )
    return page, heads, used


def build_weasyprint_report(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    page, heads, used = e01_html(paras)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "report.html"
        src.write_text(page, encoding="utf-8")
        (Path(tmp) / "chart.png").write_bytes(
            prev18.chart_png([152, 160, 165, 171, 186], (31, 78, 121))
        )
        cmd = [WEASYPRINT, "--base-url", tmp, str(src), str(path)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    n = more.pages(path)
    assert 5 <= n <= 6, f"{path.name}: {n} pages"
    chapters = [c for c, _ in E01_OUTLINE]
    # page 1 the cover (no header), page 2 the contents (the short name only), then the
    # chapters, each page headed by the short name and the chapter it is in
    cover = page_lines(path, 1)
    assert not any(more.squash(E01_HEADER) in ln for ln in cover), cover
    assert page_lines(path, 2)[0] == more.squash(E01_HEADER), page_lines(path, 2)[:2]
    seen: list[str] = []
    for pg in range(3, n + 1):
        top = page_lines(path, pg)[0]
        tails = [c for c in chapters if top == more.squash(E01_HEADER + c)]
        assert tails, (pg, top)
        seen.append(tails[0])
        assert f"第{pg}页/共{n}页" in page_lines(path, pg)[-1], (pg, page_lines(path, pg)[-1])
    assert set(seen) == set(chapters), seen
    # the contents' page numbers are those the headings are printed on
    toc = page_lines(path, 2)
    for h in heads:
        if h["level"] > 2:
            continue  # the contents list chapters and sections
        entry = next(ln for ln in toc if ln.startswith(more.squash(h["text"])))
        at = int(re.sub(r"^.*?\.+", "", entry))
        assert more.squash(h["text"]) in page_lines(path, at), (h, at)
    must = picks(paras, used, E01_KEEP)
    gold: Gold = {
        "title": E01_TITLE,
        "headings": heads,
        "must_have": must,
        "running": [E01_HEADER, *chapters],
        "must_not_have": [E01_CODE],
        "note": (
            f"{n} pages, WeasyPrint from HTML/CSS paged media (Noto CJK fonts embedded), "
            "a company's annual development report: page 1 a cover (no header or "
            f"footer) with the security-code line {E01_CODE} at the top right "
            "(must_not_have), a logo block (华信 in a blue square, HUAXIN HOLDINGS "
            "under it) and the title (26 pt bold, the title) over a red rule, the "
            "company's full name and the date at the bottom (metadata); page 2 the "
            "contents (目　录 and entries with CSS dot leaders and target-counter page "
            "numbers): neither headings nor body; each chapter starts a page (h1, typed "
            "第一章　…, 18 pt bold, ruled): level 1; h2 numbered 一、 and h3 numbered "
            "（一） by CSS counters in ::before (printed): levels 2 and 3, as printed "
            "with the number; the header of every page from page 2 is the short name "
            f"{E01_HEADER} at the top left and, from page 3, the current chapter at "
            "the top right (string-set on h1, string()): all running (the chapter names "
            "are heading texts too: once as a heading, never in the body); the footer "
            "第 N 页 / 共 M 页 (counter(page), counter(pages)) not listed; the table "
            "(表1, figures written here) and the figure (图1, a Pillow bar chart without "
            "lettering) with their captions are neither headings nor scored body; "
            "WeasyPrint writes PDF bookmarks for h1-h3"
        ),
    }
    check_pdf(path, gold, used)
    return gold


# ------------------------------------------------------- e02 pdflatex + CJKutf8

E02_TITLE = "扩大内需与促进区域协调发展研究"
E02_AUTHORS = "张明远　李慧琳"
E02_INST = "东川省经济研究所"
E02_SERIES = "东川省经济研究所　工作论文"
E02_KEYWORDS = "关键词：扩大内需；区域协调；城镇化；民生保障"
E02_ABSTRACT = 11  # the abstract: a whole paragraph (unscored)
# (section, paragraphs, [(subsection, paragraphs)])
E02_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]]]] = [
    ("引言", [0, 1], []),
    ("发展回顾", [], [("科技与文化", [3, 4]), ("对外开放", [7])]),
    (
        "今年的主要任务",
        [12],
        [("扩大内需", [13]), ("区域协调与城镇化", [14, 15]), ("民生保障", [17, 18, 19])],
    ),
    ("结论", [25, 27], []),
]
E02_KEEP = {0, 4, 13, 18, 27}
E02_NOTES = {
    3: "中央财政科技投入数据来自财政部历年决算报告。",
    15: "城镇化率按城镇常住人口占总人口的比重计算。",
}
E02_REFS = [
    "国务院．政府工作报告（2013年）［R］．北京：人民出版社，2013．",
    "东川省统计局．东川统计年鉴2012［M］．北京：中国统计出版社，2012．",
]
E02_PREAMBLE = r"""\documentclass[11pt,a4paper]{article}
\usepackage{CJKutf8}
\usepackage[top=28mm,bottom=26mm,left=27mm,right=27mm,headheight=14pt]{geometry}
\usepackage{fancyhdr}
\linespread{1.4}
\setlength{\parindent}{2em}
"""


def build_pdflatex_cjk(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    esc = more.tex_escape
    parts: list[str] = []
    heads: list[dict[str, Any]] = []
    used: list[str] = []

    def para(i: int) -> None:
        tex = esc(paras[i])
        if i in E02_NOTES:
            tex = tex[:-1] + f"\\footnote{{{esc(E02_NOTES[i])}}}。"
        parts.append(tex)
        used.append(paras[i])

    for si, (sec, idx, subs) in enumerate(E02_OUTLINE, 1):
        parts.append(f"\\section{{{sec}}}")
        heads.append({"text": f"{si} {sec}", "level": 1})
        for i in idx:
            para(i)
        for ki, (sub, sidx) in enumerate(subs, 1):
            parts.append(f"\\subsection{{{sub}}}")
            heads.append({"text": f"{si}.{ki} {sub}", "level": 2})
            for i in sidx:
                para(i)
    heads.append({"text": "参考文献", "level": 1})
    refs = "\n".join(f"\\bibitem{{r{k}}} {esc(r)}" for k, r in enumerate(E02_REFS))
    tex = (
        E02_PREAMBLE + "\\begin{document}\n\\begin{CJK}{UTF8}{gbsn}\n"
        "\\pagestyle{fancy}\\fancyhf{}\n"
        "\\renewcommand{\\sectionmark}[1]{\\markright{\\thesection\\ #1}}\n"
        f"\\fancyhead[L]{{\\small {E02_SERIES}}}\\fancyhead[R]{{\\small\\rightmark}}\n"
        "\\fancyfoot[C]{\\small\\thepage}\n"
        "\\renewcommand{\\abstractname}{摘\\quad 要}\\renewcommand{\\refname}{参考文献}\n"
        f"\\title{{\\textbf{{{E02_TITLE}}}}}\n"
        f"\\author{{{{\\CJKfamily{{gkai}}{E02_AUTHORS}}}\\\\{{\\small {E02_INST}}}}}\n"
        "\\date{2013年5月}\n\\maketitle\n"
        f"\\begin{{abstract}}\n{esc(paras[E02_ABSTRACT])}\n\n\\noindent {E02_KEYWORDS}\n\\end{{abstract}}\n\n"
        + "\n\n".join(parts)
        + f"\n\n\\begin{{thebibliography}}{{9}}\n{refs}\n\\end{{thebibliography}}\n"
        "\\clearpage\n\\end{CJK}\n\\end{document}\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "a.tex").write_text(tex, encoding="utf-8")
        for _ in range(2):
            cmd = ["pdflatex", "-interaction=nonstopmode", "a.tex"]
            subprocess.run(cmd, cwd=tmp, check=False, capture_output=True, timeout=300)
        log = (Path(tmp) / "a.log").read_text(encoding="utf-8", errors="replace")
        bad = [ln for ln in log.splitlines() if ln.startswith("! ") or "Missing character" in ln]
        assert not bad, bad[:5]
        shutil.copy(Path(tmp) / "a.pdf", path)
    n = more.pages(path)
    assert 3 <= n <= 5, f"{path.name}: {n} pages"
    marks = [h["text"] for h in heads]
    first = page_lines(path, 1)
    assert first[0] == more.squash(E02_TITLE), first[:2]
    printed_marks: list[str] = []
    for pg in range(2, n + 1):
        top = page_lines(path, pg)[0]
        assert top.startswith(more.squash(E02_SERIES)), (pg, top)
        mark = top[len(more.squash(E02_SERIES)) :]
        hit = [m for m in marks if more.squash(m) == mark]
        assert hit, (pg, top)
        printed_marks += [m for m in hit if m not in printed_marks]
    must = picks(paras, used, E02_KEEP)
    gold: Gold = {
        "title": E02_TITLE,
        # the abstract's centred label over its block: a level-1 heading, as made5's
        # t04 (the same LaTeX abstract environment) has it; changed after the first run
        "headings": [{"text": "摘　要", "level": 1}, *heads],
        "must_have": must,
        "running": [E02_SERIES, *printed_marks],
        "must_not_have": [],
        "note": "",
    }
    check_pdf(path, gold, used)
    gold["note"] = (
        f"{n} pages, pdflatex with the CJK package (CJKutf8, Arphic gbsn body and gkai "
        "authors, Type 1 subfonts), an article-class working paper: \\maketitle on a "
        "plain first page (page number only): the bold title (the title), the authors "
        f"(楷体) and {E02_INST} under them and the date (metadata); the abstract "
        "environment (the small bold centred 摘　要 label: a level-1 heading, as in "
        "made5's t04, the same environment; decided not a heading at first, aligned "
        "after the first run; its paragraph, a whole gwr paragraph, and the "
        f"{E02_KEYWORDS[:3]} line: unscored); \\section numbered 1 … (level 1) and "
        "\\subsection numbered 1.1 … (level 2), as printed (number, space, name); the "
        "thebibliography list under the unnumbered 参考文献 heading (level 1): "
        "entries neither headings nor body; fancyhdr from page 2: the series name "
        f"{E02_SERIES} at the left and \\rightmark at the right (\\sectionmark "
        "redefined to \\markright the number and name, \\subsectionmark as fancyhdr "
        "leaves it: the first section or subsection mark of the page, e.g. 2.2 对外开放), "
        "ruled: all running (the marks listed are those printed in a header, heading "
        "texts too, never in the body; a \\clearpage before \\end{CJK} keeps the "
        "last page's header); page "
        "numbers at the foot not listed; two footnotes (written here) are notes: "
        "unscored (their marks stay in the body)"
    )
    return gold


# ----------------------------------------------- e03 ODT (odfpy) -> LibreOffice

E03_TITLE = "东川省2014年开放型经济运行分析报告"
E03_BY = "东川省商务厅综合处　二〇一四年三月"
E03_HEADER = "东川省商务厅　开放型经济运行分析"
E03_TIP = (
    "提示",
    "本报告进出口和利用外资数据为海关及商务部门快报数，最终数据以统计部门公布的年报为准。",
)
# (chapter, paragraphs, [(section, paragraphs, "T"/"F"/"C"/"" )]); "C": the section's
# paragraphs are set in a two-column section; "S": the sidebar frame is anchored to
# the section's second paragraph
E03_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int], str]]]] = [
    ("总体情况", [1], [("对外贸易", [26, 27], "S"), ("利用外资与走出去", [28, 29], "T")]),
    (
        "扩大内需与城镇化",
        [],
        [("消费与投资", [30, 31, 32], ""), ("新型城镇化", [37, 38, 39, 40], "CF")],
    ),
    ("下一步工作", [], [("农业农村", [33, 35], ""), ("民生保障", [43, 44], "")]),
]
E03_KEEP = {26, 29, 31, 38, 44}
E03_NOTES = {
    1: "中国（上海）自由贸易试验区于2013年9月29日挂牌成立。",
    31: "社会消费品零售总额数据来自省统计局月度快报。",
    38: "常住人口城镇化率指城镇常住人口占全部常住人口的比重。",
}
E03_TABLE_CAP = "2013年全省利用外资情况"
E03_TABLE = [
    ("项目", "2013年", "2012年", "增长"),
    ("新设外商投资企业（家）", "312", "287", "8.7%"),
    ("合同外资（亿美元）", "56.4", "50.1", "12.6%"),
    ("实际利用外资（亿美元）", "38.2", "35.0", "9.1%"),
    ("对外直接投资（亿美元）", "12.6", "9.8", "28.6%"),
]
E03_FIG_CAP = "2009—2013年全省进出口总额（亿美元）"


def odf_styles(doc: Any) -> dict[str, Any]:
    """The common and automatic styles, outline numbering and master pages of e03."""
    from odf import style as st
    from odf import text as tx

    s: dict[str, Any] = {}

    def para(
        name: str,
        parent: str | None,
        text: dict[str, str],
        par: dict[str, str],
        auto: bool = False,
        **kw: str,
    ) -> Any:
        el = st.Style(
            name=name, family="paragraph", **({"parentstylename": parent} if parent else {}), **kw
        )
        if text:
            el.addElement(st.TextProperties(**text))
        if par:
            el.addElement(st.ParagraphProperties(**par))
        (doc.automaticstyles if auto else doc.styles).addElement(el)
        s[name] = el
        return el

    def font(face: str, size: str, bold: bool = False, **more_: str) -> dict[str, str]:
        out = {
            "fontfamily": face,
            "fontfamilyasian": face,
            "fontsize": size,
            "fontsizeasian": size,
            **more_,
        }
        if bold:
            out |= {"fontweight": "bold", "fontweightasian": "bold"}
        return out

    para("Standard", None, font(SERIF, "11pt"), {"lineheight": "150%"})
    para(
        "Text_20_body",
        "Standard",
        {},
        {"textalign": "justify", "textindent": "0.78cm", "marginbottom": "0.12cm"},
        displayname="Text body",
    )
    para(
        "Title",
        "Standard",
        font(SANS, "20pt", True),
        {"textalign": "center", "marginbottom": "0.3cm"},
    )
    para(
        "Subtitle",
        "Standard",
        font(SERIF, "11pt", color="#404040"),
        {"textalign": "center", "marginbottom": "0.6cm"},
    )
    for lv, size, top in ((1, "16pt", "0.5cm"), (2, "13pt", "0.3cm")):
        para(
            f"Heading_20_{lv}",
            "Standard",
            font(SANS, size, True),
            {"margintop": top, "marginbottom": "0.2cm", "keepwithnext": "always"},
            displayname=f"Heading {lv}",
            defaultoutlinelevel=str(lv),
        )
    para(
        "Caption",
        "Standard",
        font(SANS, "9.5pt", True),
        {"textalign": "center", "margintop": "0.15cm", "marginbottom": "0.25cm"},
    )
    para(
        "Header",
        "Standard",
        font(SERIF, "9pt", color="#404040"),
        {"textalign": "center", "borderbottom": "0.5pt solid #000000", "padding": "0.05cm"},
    )
    para("Footer", "Standard", font(SERIF, "9pt"), {"textalign": "center"})
    para("Endnote", "Standard", font(SERIF, "9pt"), {"lineheight": "130%"})
    para(
        "Table_20_Contents",
        "Standard",
        font(SERIF, "10pt"),
        {"textalign": "center", "lineheight": "120%"},
        displayname="Table Contents",
    )
    para("Sidebar", "Standard", font(KAI, "9.5pt"), {"lineheight": "130%", "textalign": "justify"})
    para(
        "SidebarHead",
        "Sidebar",
        font(SANS, "10pt", True, color="#1f4e79"),
        {"marginbottom": "0.1cm"},
    )
    para("P_title", "Title", {}, {}, auto=True, masterpagename="First_20_Page")
    para("P_centre", "Standard", {}, {"textalign": "center", "margintop": "0.2cm"}, auto=True)
    # the outline numbering: 第1章, 1.1 (a space after the number)
    outline = tx.OutlineStyle(name="Outline")
    for lv, prefix, suffix, shown in ((1, "第", "章", "1"), (2, "", "", "2")):
        ls = tx.OutlineLevelStyle(
            level=str(lv), numformat="1", numprefix=prefix, numsuffix=suffix, displaylevels=shown
        )
        lp = st.ListLevelProperties(listlevelpositionandspacemode="label-alignment")
        lp.addElement(st.ListLevelLabelAlignment(labelfollowedby="space"))
        ls.addElement(lp)
        outline.addElement(ls)
    doc.styles.addElement(outline)
    notes = tx.NotesConfiguration(
        noteclass="endnote",
        numformat="1",
        startvalue="0",
        masterpagename="Endnote",
        citationstylename="Endnote_20_Symbol",
    )
    doc.styles.addElement(notes)
    sym = st.Style(name="Endnote_20_Symbol", family="text", displayname="Endnote Symbol")
    sym.addElement(st.TextProperties(textposition="super 58%"))
    doc.styles.addElement(sym)
    # frames, the two-column section, the table
    frame = st.Style(name="Frame", family="graphic")
    frame.addElement(
        st.GraphicProperties(
            anchortype="paragraph",
            wrap="parallel",
            verticalpos="top",
            verticalrel="paragraph-content",
            horizontalpos="center",
            horizontalrel="paragraph-content",
        )
    )
    doc.styles.addElement(frame)
    side = st.Style(name="SidebarFrame", family="graphic", parentstylename=frame)
    side.addElement(
        st.GraphicProperties(
            wrap="left",
            numberwrappedparagraphs="no-limit",
            horizontalpos="right",
            horizontalrel="paragraph",
            verticalpos="top",
            verticalrel="paragraph",
            border="0.75pt solid #1f4e79",
            padding="0.2cm",
            fill="solid",
            fillcolor="#eaf1fb",
            marginleft="0.35cm",
            marginbottom="0.1cm",
        )
    )
    doc.automaticstyles.addElement(side)
    s["SidebarFrame"] = side
    img = st.Style(name="ImageFrame", family="graphic")
    img.addElement(
        st.GraphicProperties(
            verticalpos="top",
            verticalrel="baseline",
            horizontalpos="center",
            horizontalrel="paragraph",
        )
    )
    doc.automaticstyles.addElement(img)
    s["ImageFrame"] = img
    sect = st.Style(name="Sect1", family="section")
    sp = st.SectionProperties(editable="false")
    cols = st.Columns(columncount="2", columngap="0.7cm")
    cols.addElement(st.ColumnSep(style="solid", width="0.5pt", height="100%", color="#808080"))
    sp.addElement(cols)
    sect.addElement(sp)
    doc.automaticstyles.addElement(sect)
    s["Sect1"] = sect
    tab = st.Style(name="Table1", family="table")
    tab.addElement(
        st.TableProperties(width="15.6cm", align="center", margintop="0.1cm", marginbottom="0.3cm")
    )
    doc.automaticstyles.addElement(tab)
    s["Table1"] = tab
    cell = st.Style(name="Table1.Cell", family="table-cell")
    cell.addElement(st.TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cell)
    s["Table1.Cell"] = cell
    # page layout and master pages: First Page (no header), then Standard (header)
    pl = st.PageLayout(name="pm1")
    pl.addElement(
        st.PageLayoutProperties(
            pagewidth="21cm",
            pageheight="29.7cm",
            printorientation="portrait",
            margintop="1.8cm",
            marginbottom="1.6cm",
            marginleft="2.6cm",
            marginright="2.4cm",
        )
    )
    for kind, props in (
        (st.HeaderStyle, {"marginbottom": "0.5cm"}),
        (st.FooterStyle, {"margintop": "0.4cm"}),
    ):
        hf = kind()
        hf.addElement(st.HeaderFooterProperties(minheight="0.6cm", **props))
        pl.addElement(hf)
    doc.automaticstyles.addElement(pl)

    def footer() -> Any:
        f = st.Footer()
        p = tx.P(stylename=s["Footer"], text="第 ")
        p.addElement(tx.PageNumber(selectpage="current", text="1"))
        p.addText(" 页")
        f.addElement(p)
        return f

    def header() -> Any:
        h = st.Header()
        h.addElement(tx.P(stylename=s["Header"], text=E03_HEADER))
        return h

    std = st.MasterPage(name="Standard", pagelayoutname=pl)
    std.addElement(header())
    std.addElement(footer())
    first = st.MasterPage(
        name="First_20_Page", displayname="First Page", pagelayoutname=pl, nextstylename="Standard"
    )
    first.addElement(footer())
    endn = st.MasterPage(name="Endnote", pagelayoutname=pl)
    endn.addElement(header())
    endn.addElement(footer())
    for m in (std, first, endn):
        doc.masterstyles.addElement(m)
    return s


def e03_odt(paras: list[str], png: Path) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from odf import draw
    from odf import table as tb
    from odf import text as tx
    from odf.opendocument import OpenDocumentText

    doc = OpenDocumentText()
    s = odf_styles(doc)
    body = doc.text
    decls = tx.SequenceDecls()
    for name in ("Illustration", "Table"):
        decls.addElement(tx.SequenceDecl(name=name, displayoutlinelevel="0"))
    body.addElement(decls)
    body.addElement(tx.P(stylename=s["P_title"], text=E03_TITLE))
    body.addElement(tx.P(stylename=s["Subtitle"], text=E03_BY))
    heads: list[dict[str, Any]] = []
    used: list[str] = []

    def para(i: int, where: Any, frame: Any = None) -> None:
        p = tx.P(stylename=s["Text_20_body"])
        if frame is not None:
            p.addElement(frame)
        text = paras[i]
        if i in E03_NOTES:
            p.addText(text[:-1])
            note = tx.Note(id=f"edn{i}", noteclass="endnote")
            note.addElement(tx.NoteCitation(text=str(list(E03_NOTES).index(i) + 1)))
            nb = tx.NoteBody()
            nb.addElement(tx.P(stylename=s["Endnote"], text=E03_NOTES[i]))
            note.addElement(nb)
            p.addElement(note)
            p.addText("。")
        else:
            p.addText(text)
        where.addElement(p)
        used.append(text)

    def sidebar() -> Any:
        fr = draw.Frame(
            stylename=s["SidebarFrame"],
            name="Sidebar1",
            anchortype="paragraph",
            width="4.6cm",
            zindex="0",
        )
        box = draw.TextBox(minheight="2cm")
        box.addElement(tx.P(stylename=s["SidebarHead"], text=E03_TIP[0]))
        box.addElement(tx.P(stylename=s["Sidebar"], text=E03_TIP[1]))
        fr.addElement(box)
        return fr

    for ci, (chapter, idx, secs) in enumerate(E03_OUTLINE, 1):
        body.addElement(tx.H(outlinelevel=1, stylename=s["Heading_20_1"], text=chapter))
        heads.append({"text": f"第{ci}章 {chapter}", "level": 1})
        for i in idx:
            para(i, body)
        for si, (sec, sidx, extra) in enumerate(secs, 1):
            body.addElement(tx.H(outlinelevel=2, stylename=s["Heading_20_2"], text=sec))
            heads.append({"text": f"{ci}.{si} {sec}", "level": 2})
            where = body
            if "C" in extra:
                where = tx.Section(name="Section1", stylename=s["Sect1"])
                body.addElement(where)
            for k, i in enumerate(sidx):
                para(i, where, sidebar() if "S" in extra and k == 1 else None)
            if "T" in extra:
                cap = tx.P(stylename=s["Caption"], text="表")
                cap.addElement(
                    tx.Sequence(name="Table", formula="ooow:Table+1", numformat="1", text="1")
                )
                cap.addText("　" + E03_TABLE_CAP)
                body.addElement(cap)
                t = tb.Table(name="Table1", stylename=s["Table1"])
                t.addElement(tb.TableColumn(numbercolumnsrepeated=4))
                for row in E03_TABLE:
                    tr = tb.TableRow()
                    for c in row:
                        td = tb.TableCell(stylename=s["Table1.Cell"], valuetype="string")
                        td.addElement(tx.P(stylename=s["Table_20_Contents"], text=c))
                        tr.addElement(td)
                    t.addElement(tr)
                body.addElement(t)
            if "F" in extra:
                href = doc.addPicture(str(png))
                fr = draw.Frame(
                    stylename=s["ImageFrame"], anchortype="as-char", width="11cm", height="7.33cm"
                )
                fr.addElement(draw.Image(href=href))
                holder = tx.P(stylename=s["P_centre"])
                holder.addElement(fr)
                body.addElement(holder)
                cap = tx.P(stylename=s["Caption"], text="图")
                cap.addElement(
                    tx.Sequence(
                        name="Illustration", formula="ooow:Illustration+1", numformat="1", text="1"
                    )
                )
                cap.addText("　" + E03_FIG_CAP)
                body.addElement(cap)
    return doc, heads, used


def build_odt_outline(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "chart.png"
        png.write_bytes(prev18.chart_png([3120, 3380, 3590, 3870, 4160], (46, 117, 182)))
        doc, heads, used = e03_odt(paras, png)
        src = Path(tmp) / "e03.odt"
        doc.save(str(src))
        path.write_bytes(base.lo_pdf(src, Path(tmp)).read_bytes())
    n = more.pages(path)
    assert 4 <= n <= 6, f"{path.name}: {n} pages"
    layout = more.pdftext(path)
    first = page_lines(path, 1)
    assert first[0] == more.squash(E03_TITLE), first[:2]
    assert not any(more.squash(E03_HEADER) in ln for ln in first), "header on page 1"
    for pg in range(2, n + 1):
        assert page_lines(path, pg)[0] == more.squash(E03_HEADER), (pg, page_lines(path, pg)[:2])
    for pg in range(1, n + 1):
        assert page_lines(path, pg)[-1] == f"第{pg}页", (pg, page_lines(path, pg)[-1])
    printed = layout + third.column_text(path) + prev8.raw_text(path)
    for note in E03_NOTES.values():
        assert more.squash(note) in more.squash(printed), note
    must = picks(paras, used, E03_KEEP)
    gold: Gold = {
        "title": E03_TITLE,
        "headings": heads,
        "must_have": must,
        "running": [E03_HEADER],
        "must_not_have": [E03_TIP[1]],
        "note": "",
    }
    check_pdf(path, gold, used, printed)
    gold["note"] = (
        f"{n} pages, an ODT written with odfpy (styles, outline numbering, master pages, "
        "a section, a frame, endnotes, sequence fields) and converted by LibreOffice: "
        "page 1 on the First Page master (no header; footer 第 N 页) with the title "
        "(20 pt bold sans, centred) and the office and date line under it (metadata); "
        f"pages 2-{n} on the Standard master (the last, the endnotes' page, on the "
        f"Endnote master, alike) with the centred ruled header {E03_HEADER} (running) "
        "and the same footer (page numbers not listed); Heading 1/Heading 2 "
        "paragraphs (text:h) numbered by the outline numbering 第1章 and 1.1 with a "
        "space after the number (drawn by LibreOffice, printed): levels 1 and 2 as "
        "printed, number included; the four paragraphs under 2.2 are set in a "
        "two-column section (a rule between the columns), whole paragraphs read column "
        "by column; a text frame (4.6 cm wide, blue border, light fill) anchored to the "
        "second paragraph of 1.1 floats at its right with the body wrapping on its "
        f"left: its label {E03_TIP[0]} is no heading and its note (a data caveat "
        "written here) is judged an aside, not body: must_not_have; three endnotes "
        "(numbers 1-3 in the body, the notes collected by LibreOffice at the end on "
        "the Endnote master page) are notes: unscored; 表1 (caption above the "
        "table, a sequence field) and 图1 (a Pillow bar chart without lettering, the "
        "caption under it) are neither headings nor scored body"
    )
    return gold


# ---------------------------------------------------------- e04 fpdf2 report

E04_COMPANY = "东川远航物流股份有限公司"
E04_REPORT = "2016年度经营分析报告"
E04_TITLE = "远航物流2016年度经营分析报告"
E04_BY = "编制部门：经营管理部　　报送日期：2017年1月16日"
E04_STAMP = "报告生成时间：2017-01-16 09:30:12　　数据来源：远航物流经营分析系统"
E04_AUTO = "本报告由系统自动生成，仅供内部参考，请勿外传。"
# (section, paragraphs, [(subsection, paragraphs)], "T": the table after the paragraphs)
E04_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]], str]] = [
    ("经营概况", [0, 13], [], "T"),
    (
        "主要工作",
        [],
        [("降本增效", [17]), ("区域与国际业务", [19, 23, 24]), ("绿色发展", [27])],
        "",
    ),
    ("存在的问题", [10], [], ""),
    ("2017年工作安排", [], [("深化改革", [15, 18]), ("安全生产", [31]), ("稳定就业", [29])], ""),
]
E04_KEEP = {13, 19, 24, 18, 29}
E04_TABLE_CAP = "表1　2016年主要经营指标"
E04_TABLE = [
    ("指标", "2016年", "2015年", "同比"),
    ("营业收入（万元）", "268,540", "241,360", "11.3%"),
    ("货运量（万吨）", "1,862", "1,705", "9.2%"),
    ("仓储周转次数（次）", "14.6", "13.1", "11.5%"),
    ("单位运输成本（元/吨公里）", "0.318", "0.336", "-5.4%"),
    ("净利润（万元）", "15,270", "13,980", "9.2%"),
]
E04_WIDTHS = (70.0, 35.0, 35.0, 30.0)


def build_fpdf2_report(path: Path, year: int) -> Gold:
    from fpdf import FPDF

    paras = third.whole(year, None)

    class Report(FPDF):
        def header(self) -> None:
            self.set_y(13)
            self.set_font("sans", size=9)
            self.set_text_color(80, 80, 80)
            self.cell(0, 6, E04_COMPANY)
            self.set_x(self.l_margin)
            self.cell(0, 6, E04_REPORT, align="R")
            self.set_draw_color(0, 84, 147)
            self.set_line_width(0.5)
            self.line(self.l_margin, 21, self.w - self.r_margin, 21)
            self.set_y(28)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-16)
            self.set_font("serif", size=9)
            self.cell(0, 8, f"- {self.page_no()} -", align="C")

    pdf = Report(format="A4")
    pdf.set_margins(22, 28, 22)
    pdf.set_auto_page_break(True, margin=24)
    pdf.set_title(E04_TITLE)
    pdf.set_creator("YH-BI report service")
    pdf.add_font("serif", "", f"{NOTO}/NotoSerifCJK-Regular.ttc", collection_font_number=2)
    pdf.add_font("sans", "", f"{NOTO}/NotoSansCJK-Regular.ttc", collection_font_number=2)
    pdf.add_font("sans", "B", f"{NOTO}/NotoSansCJK-Bold.ttc", collection_font_number=2)
    pdf.add_page()
    pdf.set_font("sans", "B", 20)
    pdf.ln(6)
    pdf.cell(0, 12, E04_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("serif", size=10.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 8, E04_BY, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    heads: list[dict[str, Any]] = []
    used: list[str] = []

    def body(i: int) -> None:
        pdf.set_font("serif", size=11)
        pdf.multi_cell(0, 7.2, "　　" + paras[i], align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        used.append(paras[i])

    for si, (sec, idx, subs, extra) in enumerate(E04_OUTLINE, 1):
        text = f"{zh_digit(si)}、{sec}"
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font("sans", "B", 14)
        pdf.set_fill_color(221, 235, 247)
        pdf.set_text_color(0, 84, 147)
        pdf.cell(0, 10, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2.5)
        heads.append({"text": text, "level": 1})
        for i in idx:
            body(i)
        for ki, (sub, sidx) in enumerate(subs, 1):
            sub_text = f"（{zh_digit(ki)}）{sub}"
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.set_font("sans", "B", 11.5)
            pdf.cell(0, 8, "　　" + sub_text, new_x="LMARGIN", new_y="NEXT")
            heads.append({"text": sub_text, "level": 2})
            for i in sidx:
                body(i)
        if extra == "T":
            pdf.set_font("sans", "B", 10)
            pdf.cell(0, 8, E04_TABLE_CAP, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(120, 120, 120)
            pdf.set_line_width(0.2)
            for r, row in enumerate(E04_TABLE):
                pdf.set_font("sans", "B" if r == 0 else "", 9.5)
                pdf.set_fill_color(0, 84, 147) if r == 0 else pdf.set_fill_color(242, 242, 242)
                pdf.set_text_color(255, 255, 255) if r == 0 else pdf.set_text_color(0, 0, 0)
                for c, (cell, w) in enumerate(zip(row, E04_WIDTHS, strict=True)):
                    pdf.cell(
                        w,
                        7.5,
                        cell,
                        border=1,
                        align="L" if c == 0 and r else "C",
                        fill=r == 0 or r % 2 == 0,
                    )
                pdf.ln()
            pdf.set_text_color(0, 0, 0)
            pdf.ln(3)
    pdf.ln(6)
    pdf.set_font("serif", size=9)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(0, 6, E04_STAMP, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, E04_AUTO, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    n = more.pages(path)
    assert 3 <= n <= 5, f"{path.name}: {n} pages"
    for pg in range(1, n + 1):
        lines = page_lines(path, pg)
        assert lines[0] == more.squash(E04_COMPANY + E04_REPORT), (pg, lines[0])
        assert lines[-1] == f"-{pg}-", (pg, lines[-1])
    must = picks(paras, used, E04_KEEP)
    gold: Gold = {
        "title": E04_TITLE,
        "headings": heads,
        "must_have": must,
        "running": [E04_COMPANY, E04_REPORT],
        "must_not_have": [E04_STAMP, E04_AUTO],
        "note": (
            f"{n} pages written by fpdf2 the way a report service does (Noto CJK SC "
            "from the OTC collections, subset): header() on every page (page 1 too) "
            f"with the company {E04_COMPANY} at the left and the report name {E04_REPORT} "
            "at the right on one line over a blue rule: both running; footer() - N - "
            "centred (page numbers not listed); the title (20 pt bold sans, centred) on "
            "page 1 with the 编制部门/报送日期 line under it (metadata); section heads "
            "一、… 14 pt bold blue on a light blue filled band (a filled cell): level 1; "
            "subheads （一）… 11.5 pt bold, indented by two ideographic spaces: level 2; "
            "body paragraphs by multi_cell, justified, with some space between them (the "
            "two ideographic spaces typed as the first-line indent are dropped by "
            "fpdf2 at the start of a justified line: no indent is printed; lines may "
            "start with ，。 as fpdf2 breaks anywhere); the table 表1 drawn cell by cell (header row filled, "
            "figures written here) with its caption: neither headings nor scored body; "
            "the generator's stamp (报告生成时间… 数据来源…) and the 系统自动生成 line "
            "at the end, right-aligned grey 9 pt, are boilerplate: must_not_have"
        ),
    }
    check_pdf(path, gold, used)
    return gold


# --------------------------------------------------- e05 ODP (odfpy) -> Impress

E05_TITLE = "东川城投集团2017年工作汇报"
E05_BY = ("汇报人：集团总经理　王立群", "2017年12月")
E05_FOOTER = "东川城市建设投资集团有限公司"
E05_DATE = "2017年12月"
E05_AGENDA = "汇报提纲"
# (slide title, paragraphs)
E05_SLIDES: list[tuple[str, list[int]]] = [
    ("一、全年目标完成情况", [8, 9]),
    ("二、新兴产业与传统产业", [21, 23]),
    ("三、农业农村改革", [25, 27]),
    ("四、开放合作与民生保障", [29, 35]),
]
E05_KEEP = {8, 21, 23, 27, 35}


def build_odp_deck(path: Path, year: int) -> Gold:
    from odf import draw
    from odf import presentation as pres
    from odf import style as st
    from odf import text as tx
    from odf.namespaces import PRESENTATIONNS
    from odf.opendocument import OpenDocumentPresentation

    paras = third.whole(year, None)
    doc = OpenDocumentPresentation()
    layout = st.PageLayout(name="PM1")
    layout.addElement(
        st.PageLayoutProperties(
            margin="0cm", pagewidth="28cm", pageheight="15.75cm", printorientation="landscape"
        )
    )
    doc.automaticstyles.addElement(layout)
    page_style = st.Style(name="dp1", family="drawing-page")
    page_style.addElement(
        st.DrawingPageProperties(
            displayfooter="true",
            displaypagenumber="true",
            displaydatetime="true",
            backgroundvisible="true",
            backgroundobjectsvisible="true",
        )
    )
    doc.automaticstyles.addElement(page_style)

    def gstyle(name: str, auto: bool = True, **props: str) -> Any:
        el = st.Style(name=name, family="presentation" if name.startswith("pr") else "graphic")
        gp = {
            k: v
            for k, v in props.items()
            if k
            in ("fill", "fillcolor", "stroke", "textareaverticalalign", "padding", "autogrowheight")
        }
        el.addElement(st.GraphicProperties(**({"stroke": "none", "fill": "none"} | gp)))
        (doc.automaticstyles if auto else doc.styles).addElement(el)
        return el

    def pstyle(
        name: str,
        face: str,
        size: str,
        bold: bool = False,
        color: str = "#000000",
        align: str = "start",
        **par: str,
    ) -> Any:
        el = st.Style(name=name, family="paragraph")
        tp = {
            "fontfamily": face,
            "fontfamilyasian": face,
            "fontsize": size,
            "fontsizeasian": size,
            "color": color,
        }
        if bold:
            tp |= {"fontweight": "bold", "fontweightasian": "bold"}
        el.addElement(st.TextProperties(**tp))
        el.addElement(st.ParagraphProperties(textalign=align, **par))
        doc.automaticstyles.addElement(el)
        return el

    def frame(
        cls: str, style: Any, x: float, y: float, w: float, h: float, paras_: list[Any]
    ) -> Any:
        fr = draw.Frame(stylename=style, x=f"{x}cm", y=f"{y}cm", width=f"{w}cm", height=f"{h}cm")
        if cls:
            fr.setAttrNS(PRESENTATIONNS, "class", cls)
            fr.setAttrNS(PRESENTATIONNS, "user-transformed", "true")
        box = draw.TextBox()
        for p in paras_:
            box.addElement(p)
        fr.addElement(box)
        return fr

    def rect(x: float, y: float, w: float, h: float, color: str) -> Any:
        el = st.Style(name=f"gr{color[1:]}", family="graphic")
        el.addElement(st.GraphicProperties(stroke="none", fill="solid", fillcolor=color))
        doc.automaticstyles.addElement(el)
        return draw.Rect(stylename=el, x=f"{x}cm", y=f"{y}cm", width=f"{w}cm", height=f"{h}cm")

    plain = gstyle("prplain", textareaverticalalign="top")
    middle = gstyle("prmiddle", textareaverticalalign="middle")
    foot_p = pstyle("Pfoot", SANS, "10pt", color="#595959")
    foot_r = pstyle("Pfootr", SANS, "10pt", color="#595959", align="end")
    # the master page: a blue band at the top left, a rule and the three footer fields
    master = st.MasterPage(name="Default", pagelayoutname=layout)
    master.addElement(rect(0, 0, 0.6, 15.75, "#1f4e79"))
    master.addElement(rect(1.5, 14.55, 25, 0.03, "#8eaadb"))
    for cls, x, w, style, field in (
        ("footer", 1.5, 12.0, foot_p, pres.Footer()),
        ("date-time", 13.5, 6.0, foot_p, pres.DateTime()),
        ("page-number", 23.5, 3.0, foot_r, tx.PageNumber(selectpage="current")),
    ):
        p = tx.P(stylename=style)
        p.addElement(field)
        master.addElement(frame(cls, middle, x, 14.65, w, 0.8, [p]))
    doc.masterstyles.addElement(master)
    doc.presentation.addElement(pres.FooterDecl(name="ftr1", text=E05_FOOTER))
    dtd = pres.DateTimeDecl(name="dtd1", source="fixed")
    dtd.addText(E05_DATE)
    doc.presentation.addElement(dtd)
    title_big = pstyle("Ptitle", SANS, "36pt", True, "#1f4e79", "center")
    by_p = pstyle("Pby", SANS, "16pt", color="#404040", align="center")
    slide_title = pstyle("Pslide", SANS, "28pt", True, "#1f4e79")
    agenda_p = pstyle(
        "Pagenda", SANS, "22pt", color="#262626", margintop="0.35cm", marginbottom="0.35cm"
    )
    bullet_p = pstyle(
        "Pbullet", SERIF, "16pt", align="justify", lineheight="125%", marginbottom="0.4cm"
    )
    bullets = tx.ListStyle(name="L1")
    lvl = tx.ListLevelStyleBullet(level="1", bulletchar="■")
    lvl.addElement(st.ListLevelProperties(spacebefore="0cm", minlabelwidth="0.8cm"))
    lvl.addElement(st.TextProperties(fontfamily="DejaVu Sans", color="#1f4e79", fontsize="60%"))
    bullets.addElement(lvl)
    doc.automaticstyles.addElement(bullets)

    def slide(k: int) -> Any:
        pg = draw.Page(
            name=f"page{k}",
            masterpagename=master,
            stylename=page_style,
            usefootername="ftr1",
            usedatetimename="dtd1",
        )
        doc.presentation.addElement(pg)
        return pg

    pg = slide(1)
    pg.addElement(
        frame("title", middle, 2.0, 4.2, 24.0, 2.6, [tx.P(stylename=title_big, text=E05_TITLE)])
    )
    pg.addElement(rect(9.0, 7.2, 10.0, 0.08, "#c00000"))
    pg.addElement(
        frame(
            "subtitle",
            plain,
            2.0,
            8.0,
            24.0,
            2.4,
            [tx.P(stylename=by_p, text=line) for line in E05_BY],
        )
    )
    pg = slide(2)
    pg.addElement(
        frame("title", middle, 1.5, 0.8, 25.0, 1.8, [tx.P(stylename=slide_title, text=E05_AGENDA)])
    )
    pg.addElement(
        frame(
            "outline",
            plain,
            3.0,
            3.4,
            22.0,
            10.0,
            [tx.P(stylename=agenda_p, text=t) for t, _ in E05_SLIDES],
        )
    )
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for k, (title, idx) in enumerate(E05_SLIDES, 3):
        pg = slide(k)
        pg.addElement(
            frame("title", middle, 1.5, 0.8, 25.0, 1.8, [tx.P(stylename=slide_title, text=title)])
        )
        pg.addElement(rect(1.5, 2.7, 25.0, 0.05, "#1f4e79"))
        lst = tx.List(stylename=bullets)
        for i in idx:
            item = tx.ListItem()
            item.addElement(tx.P(stylename=bullet_p, text=paras[i]))
            lst.addElement(item)
            used.append(paras[i])
        fr = draw.Frame(stylename=plain, x="1.5cm", y="3.2cm", width="25cm", height="11cm")
        fr.setAttrNS(PRESENTATIONNS, "class", "outline")
        fr.setAttrNS(PRESENTATIONNS, "user-transformed", "true")
        box = draw.TextBox()
        box.addElement(lst)
        fr.addElement(box)
        pg.addElement(fr)
        heads.append({"text": title, "level": 1})
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "e05.odp"
        doc.save(str(src))
        path.write_bytes(base.lo_pdf(src, Path(tmp)).read_bytes())
    n = more.pages(path)
    assert n == 2 + len(E05_SLIDES), f"{path.name}: {n} pages"
    for pg_no in range(1, n + 1):
        last = page_lines(path, pg_no)[-1]
        assert last == more.squash(E05_FOOTER + E05_DATE) + str(pg_no), (pg_no, last)
    for k, (title, idx) in enumerate(E05_SLIDES, 3):
        lines = page_lines(path, k)
        assert lines[0] == more.squash(title), (k, lines[0])
        text = "".join(lines)
        assert all(more.squash(paras[i]) in text for i in idx), k
    must = picks(paras, used, E05_KEEP)
    gold: Gold = {
        "title": E05_TITLE,
        "headings": heads,
        "must_have": must,
        "running": [E05_FOOTER, E05_DATE],
        "must_not_have": [],
        "note": (
            f"{n} slides (16:9, 28 × 15.75 cm), an ODP written with odfpy and converted by "
            "LibreOffice Impress (one slide a page): slide 1 the title slide, the 36 pt "
            "title (the title) over a red rule, the 汇报人 line and the date under it "
            f"(metadata); slide 2 the agenda ({E05_AGENDA} as its slide title and the "
            "four part titles as 22 pt lines): a table of contents, neither headings nor "
            "body; slides 3-6 each have a 28 pt bold slide title numbered 一、… (level 1, "
            "as printed) over a rule and two bullet paragraphs (■, whole gwr paragraphs "
            "at 16 pt) that are the body; the master page draws a blue bar at the left "
            "edge and the footer fields on every slide (the title slide too): the "
            f"company {E05_FOOTER} (presentation:footer-decl) at the left and the fixed "
            f"date {E05_DATE} (presentation:date-time-decl) in the middle: running; "
            "the slide number (page-number field) at the right not listed"
        ),
    }
    check_pdf(path, gold, used)
    return gold


# ------------------------------- e06 DOCX (TOC field, logo header) -> LibreOffice

E06_TITLE = "东川新能源集团2017年上半年经营情况报告"
E06_COMPANY = "东川新能源集团有限公司"
E06_BY = "集团战略发展部　2017年7月"
E06_WATERMARK = "内部资料"
# (level-1 heading, [(level-2 heading, paragraphs)], "T": the table after it)
E06_OUTLINE: list[tuple[str, list[tuple[str, list[int]]], str]] = [
    ("一、上半年经营情况", [("（一）生产经营", [2]), ("（二）重点项目建设", [18, 4])], "T"),
    ("二、改革与创新", [("（一）深化国企改革", [14, 13]), ("（二）科技创新", [20, 22])], ""),
    ("三、下半年工作安排", [("（一）去产能去杠杆", [10, 11]), ("（二）安全与环保", [38, 34])], ""),
]
E06_KEEP = {2, 4, 13, 22, 11}
E06_TABLE_CAP = "表1　2017年上半年主要经营指标"
E06_TABLE = [
    ("指标", "单位", "上半年", "同比"),
    ("发电量", "亿千瓦时", "58.7", "+12.4%"),
    ("营业收入", "亿元", "31.2", "+9.8%"),
    ("利润总额", "亿元", "4.6", "+6.1%"),
    ("新增装机容量", "万千瓦", "42.0", "+18.3%"),
]
E06_TABLE_NOTES = (
    "注：发电量和营业收入为合并口径，同比增速按可比口径计算。",
    "来源：集团财务部、生产运营部。",
)
# Chinese-named heading styles as some Word installations and converters write them
E06_STYLES = (("标题 1", "a5", 0, 15, SANS), ("标题 2", "a6", 1, 13, KAI))
E06_TAB = 8844  # twips: the text width (21 - 2.8 - 2.6 cm), where the TOC numbers sit
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word"'
E06_WATERMARK_XML = (
    f"<w:r {W_NS} {VML_NS}><w:rPr><w:noProof/></w:rPr><w:pict>"
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">'
    '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject3041" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:400pt;height:100pt;rotation:315;z-index:-251657216;'
    'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" '
    f'o:allowincell="f" fillcolor="#d9d9d9" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;{SANS}&quot;;font-size:1pt" string="{E06_WATERMARK}"/>'
    '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
)


def logo_png() -> bytes:
    """A company logo drawn with Pillow: a green disc with a white leaf and a sun arc
    (no lettering in the pixels)."""
    import io

    from PIL import Image, ImageDraw

    img = Image.new("RGB", (240, 240), "white")
    d = ImageDraw.Draw(img)
    d.ellipse((8, 8, 232, 232), fill=(31, 111, 67))
    d.pieslice((60, 50, 200, 210), 200, 340, fill="white")
    d.ellipse((70, 110, 190, 190), fill="white")
    d.arc((40, 30, 200, 190), 190, 260, fill=(255, 204, 0), width=14)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def zh_heading_styles(d: Any) -> list[Any]:
    """Paragraph styles named 标题 1/标题 2 (styleIds a5/a6, not Word's built-in
    Heading ids) with outline levels 0/1, bold, sans/kai."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    out = []
    for name, sid, level, size, face in E06_STYLES:
        st = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.style_id = sid
        st.base_style = d.styles["Normal"]
        st.next_paragraph_style = d.styles["Normal"]
        st.quick_style = True
        more.cjk_font(st, face, size)
        st.font.bold = True
        st.font.color.rgb = RGBColor(0, 0, 0) if level else RGBColor(0x1F, 0x6F, 0x43)
        st.paragraph_format.space_before = Pt(12 if level == 0 else 6)
        st.paragraph_format.space_after = Pt(6 if level == 0 else 3)
        st.paragraph_format.keep_with_next = True
        if level:
            st.paragraph_format.first_line_indent = Pt(24)
        st.element.get_or_add_pPr().append(prev7.xml_el(f'<w:outlineLvl w:val="{level}"/>'))
        out.append(st)
    return out


def toc_sdt(entries: list[tuple[int, str, str, int]]) -> Any:
    """Word's table of contents: a block content control (docPartGallery "Table of
    Contents") holding the 目录 line and the cached TOC field result, one paragraph an
    entry (toc 1/toc 2 style, a hyperlink to the heading's bookmark, the text, a
    dot-leader tab and a PAGEREF field with the cached page number)."""
    paras = []
    for k, (level, text, anchor, page) in enumerate(entries):
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        )
        hidden = "<w:rPr><w:noProof/><w:webHidden/></w:rPr>"
        link = (
            f'<w:hyperlink w:anchor="{anchor}" w:history="1">'
            f'<w:r><w:rPr><w:rStyle w:val="ac"/><w:noProof/></w:rPr><w:t>{html.escape(text)}</w:t></w:r>'
            f"<w:r>{hidden}<w:tab/></w:r>"
            f'<w:r>{hidden}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{hidden}<w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
            f'<w:r>{hidden}<w:fldChar w:fldCharType="separate"/></w:r>'
            f"<w:r>{hidden}<w:t>{page}</w:t></w:r>"
            f'<w:r>{hidden}<w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if k == len(entries) - 1 else ""
        paras.append(
            f'<w:p><w:pPr><w:pStyle w:val="TOC{level}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{E06_TAB}"/></w:tabs>'
            f"<w:rPr><w:noProof/></w:rPr></w:pPr>{begin if k == 0 else ''}{link}{end}</w:p>"
        )
    head = '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>目　录</w:t></w:r></w:p>'
    return prev7.xml_el(
        '<w:sdt><w:sdtPr><w:id w:val="-1703775410"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr/>"
        f"<w:sdtContent>{head}{''.join(paras)}</w:sdtContent></w:sdt>"
    )


def toc_styles(d: Any) -> None:
    """Word's toc 1/toc 2 and TOC Heading paragraph styles (named as Chinese Word's
    files name them internally) and the Hyperlink character style (id ac)."""
    for xml in (
        '<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/>'
        f'<w:pPr><w:jc w:val="center"/><w:spacing w:before="240" w:after="240"/></w:pPr><w:rPr><w:rFonts w:ascii="{SANS}" w:eastAsia="{SANS}" w:hAnsi="{SANS}"/><w:b/><w:sz w:val="32"/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
        '<w:pPr><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
        '<w:pPr><w:spacing w:after="60"/><w:ind w:leftChars="200" w:left="480"/></w:pPr></w:style>',
        '<w:style w:type="character" w:styleId="ac"><w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>',
    ):
        d.styles.element.append(prev7.xml_el(xml))


def e06_docx(
    paras: list[str], pages: list[int], logo: Path
) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    d = prev8.docx_base(SERIF, 12, (2.6, 2.4, 2.8, 2.6))
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    toc_styles(d)
    h1, h2 = zh_heading_styles(d)
    sec = d.sections[0]
    sec.header_distance, sec.footer_distance = Cm(1.2), Cm(1.2)
    # the header: a borderless table (logo | company name) ruled under, and the watermark
    head = sec.header
    t = head.add_table(rows=1, cols=2, width=Cm(15.6))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    prev9.table_rules(t, {"bottom": ("1F6F43", 12)})
    left, right = t.rows[0].cells
    left.width, right.width = Cm(2.0), Cm(13.6)
    left.paragraphs[0].add_run().add_picture(str(logo), width=Cm(1.3))
    q = right.paragraphs[0]
    q.paragraph_format.space_before = Pt(8)
    add_run(q, E06_COMPANY, 14, True, SANS, "1F6F43")
    hp = head.paragraphs[0]
    hp._p.append(parse_xml(E06_WATERMARK_XML))
    hp._p.addprevious(t._tbl)  # python-docx put the table after the paragraph
    fp = sec.footer.paragraphs[0]
    prev4.page_footer(fp, "第 ", " 页", total=True)
    for r in fp.runs:
        r.font.size = Pt(9)
    # title page: title, by-line, the TOC field
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(36)
    p.paragraph_format.space_after = Pt(12)
    add_run(p, E06_TITLE, 20, True, SANS)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(24)
    add_run(p, E06_BY, 12, False, KAI)
    entries: list[tuple[int, str, str, int]] = []
    heads: list[dict[str, Any]] = []
    for h, subs, _ in E06_OUTLINE:
        heads.append({"text": h, "level": 1})
        heads += [{"text": s, "level": 2} for s, _ in subs]
    for k, (h, page) in enumerate(zip(heads, pages, strict=True)):
        entries.append((h["level"], h["text"], f"_Toc48712{k:03d}", page))
    brk = d.add_paragraph()
    brk._p.addprevious(toc_sdt(entries))
    brk.add_run().add_break(WD_BREAK.PAGE)
    used: list[str] = []
    k = 0

    def heading(text: str, style: Any) -> None:
        nonlocal k
        q = d.add_paragraph(style=style)
        anchor = entries[k][2]
        q._p.append(prev7.xml_el(f'<w:bookmarkStart w:id="{k}" w:name="{anchor}"/>'))
        q.add_run(text)
        q._p.append(prev7.xml_el(f'<w:bookmarkEnd w:id="{k}"/>'))
        k += 1

    for h, subs, extra in E06_OUTLINE:
        heading(h, h1)
        for s, idx in subs:
            heading(s, h2)
            for i in idx:
                body_para(d, paras[i])
                used.append(paras[i])
        if extra == "T":
            q = d.add_paragraph()
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            q.paragraph_format.space_before = Pt(6)
            add_run(q, E06_TABLE_CAP, 10.5, True, SANS)
            tt = d.add_table(rows=len(E06_TABLE), cols=4)
            tt.style = d.styles["Table Grid"]
            tt.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(E06_TABLE):
                for c, cell in enumerate(row):
                    q = tt.cell(r, c).paragraphs[0]
                    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    q.paragraph_format.line_spacing = 1.2
                    add_run(q, cell, 10.5, r == 0)
                    if r == 0:
                        prev8.shade(tt.cell(r, c), "E2EFDA")
            for line in E06_TABLE_NOTES:
                q = d.add_paragraph()
                q.paragraph_format.line_spacing = 1.2
                add_run(q, line, 9, False, "", "404040")
            d.add_paragraph()
    return d, heads, used


def build_docx_toc_logo(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        logo = tmp / "logo.png"
        logo.write_bytes(logo_png())
        n_heads = sum(1 + len(subs) for _, subs, _ in E06_OUTLINE)
        pages = [0] * n_heads
        for _ in range(3):  # the cached PAGEREF numbers must be the printed pages
            d, heads, used = e06_docx(paras, pages, logo)
            src = tmp / "e06.docx"
            d.save(str(src))
            pdf = base.lo_pdf(src, tmp)
            n = more.pages(pdf)
            found, k = [], 0
            for page in range(2, n + 1):
                lines = page_lines(pdf, page)
                while k < len(heads) and more.squash(heads[k]["text"]) in lines:
                    found.append(page)
                    k += 1
            assert k == len(heads), (k, heads[k:])
            if found == pages:
                break
            pages = found
        assert found == pages, "TOC page numbers"
        path.write_bytes(pdf.read_bytes())
    n = more.pages(path)
    assert 3 <= n <= 5, f"{path.name}: {n} pages"
    for pg in range(1, n + 1):
        lines = page_lines(path, pg)
        assert more.squash(E06_COMPANY) in lines[:3], (pg, lines[:3])
        assert lines[-1] == f"第{pg}页共{n}页", (pg, lines[-1])
    # LibreOffice draws the VML text watermark as a Fontwork shape: outlines, no text
    watermark = more.squash(E06_WATERMARK) in more.squash(more.pdftext(path))
    for line in E06_TABLE_NOTES:
        assert more.squash(line) in more.squash(more.pdftext(path)), line
    must = picks(paras, used, E06_KEEP)
    gold: Gold = {
        "title": E06_TITLE,
        "headings": heads,
        "must_have": must,
        "running": [E06_COMPANY],
        "must_not_have": [E06_WATERMARK],
        "note": "",
    }
    check_pdf(path, gold if watermark else {**gold, "must_not_have": []}, used)
    gold["note"] = (
        f"{n} pages, a DOCX built with python-docx and raw WordprocessingML, converted by "
        "LibreOffice: the header of every page is a borderless one-row table (a Pillow "
        f"logo picture without lettering | the company name {E06_COMPANY}, 14 pt bold "
        "green) ruled under: the name is running; the header paragraph holds Word's "
        f"VML text watermark {E06_WATERMARK} (PowerPlusWaterMarkObject, grey, turned "
        "315°, behind the text), which LibreOffice prints as a Fontwork shape "
        + ("(its text is in the text layer)" if watermark else "(outlines: not in the text layer)")
        + ": must_not_have; footer 第 N 页 共 M 页 (fields, not listed); page 1: the "
        "title (20 pt bold sans, centred), the department and date line (楷体, "
        "metadata) and a table of contents in a block content control (w:sdt, "
        "docPartGallery Table of Contents): 目　录 (TOC Heading style) and the cached "
        "TOC field result, toc 1/toc 2 entries with hyperlinks to _Toc bookmarks, dot "
        "leaders and PAGEREF numbers (set to the printed pages by rendering until they "
        "settle): neither headings nor body; a page break, then the headings in custom "
        "paragraph styles named 标题 1 and 标题 2 (styleIds a5/a6, not Word's Heading "
        "ids; outline levels 0/1; 15 pt bold sans green, 13 pt bold 楷体 indented) "
        "with typed numbers 一、/（一）: levels 1 and 2 as printed; under 一、 a "
        "captioned table (表1, Table Grid, figures written here) followed by a 注： "
        "line and a 来源： line (9 pt grey): the caption, cells and the two lines "
        "belong to the table and are unscored (neither headings nor scored body, not "
        "must_not_have)"
    )
    return gold


BUILDERS: dict[str, tuple[Any, int]] = {
    "e01_weasyprint_annual_report.pdf": (build_weasyprint_report, 2015),
    "e02_pdflatex_cjk_paper.pdf": (build_pdflatex_cjk, 2013),
    "e03_odt_lo_outline_columns.pdf": (build_odt_outline, 2014),
    "e04_fpdf2_business_report.pdf": (build_fpdf2_report, 2016),
    "e05_odp_impress_deck.pdf": (build_odp_deck, 2017),
    "e06_docx_lo_toc_field_logo.pdf": (build_docx_toc_logo, 2017),
}
SOURCE_HEAD = (
    "# Documents made with real tools, twentieth set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each from a producer the earlier sets lack and each a pattern common in real Chinese\n"
    "reports: PDFs e01-e06 by `python eval/make_realdocs20_files.py`, the f files by\n"
    "their own script. Texts come only from the public government work reports 2013–2017\n"
    "in `../shared/data/gov-work-reports` (whole paragraphs; titles, headings, labels,\n"
    "names, dates, figures and furniture written by the scripts, people, places and\n"
    "companies made up); the outputs are committed so tests and CI need none of the\n"
    "tools. Gold (`gold/<file>.json`, the format of `../shared/data/realdocs-dev`) is\n"
    "written by the scripts from what they put in each document, as a reader reads the\n"
    "printed page and never from reader output, titles and headings as printed: the\n"
    "title, the headings with levels, the running headers and footers that must not\n"
    "reach the body, passages (each one's first 18 characters) that must appear in\n"
    "order, boilerplate that must not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)
ROWS = [
    "| e01_weasyprint_annual_report.pdf | WeasyPrint 70.0 (HTML + CSS paged media, Noto CJK), gwr 2015 (`eval/make_realdocs20_files.py`, as e02-e06) | company 年度发展报告: cover (证券代码 line: must_not_have; logo block, title, company and date: metadata), generated 目录 with CSS leaders and `target-counter` page numbers (neither), `h1` chapters `第一章　…` (typed) carried by `string-set` into the top right of every page, short name at the top left (all running), `h2`/`h3` numbered `一、`/`（一）` by CSS counters in `::before` (printed), `第 N 页 / 共 M 页` in `@bottom-center`, a table and a figure page with captions (unscored), PDF bookmarks from h1-h3 |",
    "| e02_pdflatex_cjk_paper.pdf | pdflatex (TeX Live 2022) + CJK 4.8.5 (`CJKutf8`, Arphic gbsn/gkai Type 1), gwr 2013 | older LaTeX Chinese route: `article` working paper, `\\maketitle` on a plain first page (authors, institute, date: metadata), `abstract` (摘　要 label a level-1 heading as in made5's t04, aligned after the first run; text and 关键词 unscored), `\\section`/`\\subsection` numbered `1`/`1.1`, fancyhdr: series name left and the section/subsection mark right from page 2 (running), page number at the foot, two footnotes (unscored), 参考文献 (level 1, entries neither) |",
    "| e03_odt_lo_outline_columns.pdf | odfpy 1.4.1 (ODT) → LibreOffice 7.4 Writer, gwr 2014 | outline numbering `第1章`/`1.1` on Heading 1/2 (printed, gold with numbers), title page on the First Page master (no header) then a ruled header from page 2 (running), `第 N 页` footer, a two-column section (column rule) in the middle, a text frame beside a paragraph holding a 提示 data caveat (judged an aside: must_not_have), three endnotes collected on the last page (unscored), `表1`/`图1` captions with sequence fields (unscored) |",
    "| e04_fpdf2_business_report.pdf | fpdf2 2.8.9 (Noto Sans/Serif CJK SC from the OTC collections), gwr 2016 | report written by server code: `header()` company name left and report name right over a blue rule on every page (running), `footer()` `- N -`, title and 编制部门/报送日期 line (metadata), `一、` heads 14 pt bold on a filled band (level 1), bold `（一）` subheads (level 2), `multi_cell` body (typed ideographic-space indent dropped by fpdf2, lines may start with ，。), a table drawn cell by cell (unscored), 报告生成时间/数据来源 stamp and 系统自动生成 line (must_not_have) |",
    "| e05_odp_impress_deck.pdf | odfpy 1.4.1 (ODP) → LibreOffice 7.4 Impress, gwr 2017 | 汇报 deck, six 16:9 slides: title slide (title, 汇报人 and date: metadata), 汇报提纲 agenda slide (neither), four content slides with `一、`-numbered titles (level 1) and ■ bullet paragraphs (body), footer company name, fixed date and slide number drawn on every slide by the master page's presentation fields (`footer-decl`/`date-time-decl`; name and date running) |",
    "| e06_docx_lo_toc_field_logo.pdf | python-docx 1.2 (+ raw WordprocessingML: `w:sdt`, VML, bookmarks) → LibreOffice 7.4, gwr 2017 | Word features: header table with a picture logo and the company name (running), VML text watermark 内部资料 (printed by LibreOffice as a Fontwork shape, not in the text layer; must_not_have), TOC field in a `w:sdt` docPartGallery Table of Contents with cached hyperlinked entries and PAGEREF numbers (neither), headings in custom styles named `标题 1`/`标题 2` (styleIds a5/a6, outline levels) with typed `一、`/`（一）`, table with 注：/来源： lines under it (unscored), `第 N 页 共 M 页` |",
]


def main(argv: list[str] | None = None) -> int:
    return more.make_set(argv, __doc__, BUILDERS, "realdocs-made20", ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
