# ruff: noqa: E501  (the SOURCE.md rows and the LaTeX preambles are kept on one line each)
"""Make the XeLaTeX documents of ``realdocs-made18`` (b01-b04) with real tools, and their gold.

An eighteenth set of development documents, made blind (without looking at the readers
or running them), each a common XeLaTeX ``ctex`` layout of Chinese reports; the helpers
of the earlier makers are reused. The texts come only from the public government work
reports 2013-2017 (../shared/data/gov-work-reports), whole paragraphs (titles,
headings, labels, names, dates, numbers, code, table cells, captions, footnotes, the
English abstracts and furniture are written here):

- ``b01_ctexbook_report.pdf`` (gwr 2013): a ``ctexbook`` (twoside) research report: a
  ``titlepage`` (series line, title, 课题组 line, institute, date), ``\\frontmatter``
  with 摘要 (unnumbered chapter) and a dotted-leader 目录, ``\\mainmatter`` chapters
  ``第一章``/``1.1``/``1.1.1``, ``fancyhdr`` headers with ``\\leftmark`` on even and
  ``\\rightmark`` on odd pages (and a fixed name on the other side), page numbers in
  the footer, a Python ``lstlisting``, a float page holding only a figure (Pillow PNG,
  ``图1-1``), a captioned table, ``\\backmatter`` 参考文献 (``thebibliography``);
- ``b02_ctexart_chinese_sections.pdf`` (gwr 2014): a ``ctexart`` report with
  ``\\section`` numbered ``一、`` and ``\\subsection`` numbered ``（一）`` (``\\ctexset``),
  ``\\maketitle`` with a plain first page and the short title in the header from page
  2, footnotes, an ``enumerate`` list of short bold target items (not headings) and
  ``\\paragraph`` run-in headings;
- ``b03_ctexrep_thesis.pdf`` (gwr 2015): a ``ctexrep`` master's thesis: a cover built
  with a ``tabular`` of 题目/学院/专业/姓名/学号/指导教师 rows with underlined values,
  a 原创性声明/授权 page with signature and date lines, 摘要 and Abstract (Keywords),
  目录, ``第1章``/``1.1`` headings, numbered equations, the university line and the
  chapter mark in the header of every page, roman then arabic page numbers;
- ``b04_ctexart_twocolumn_journal.pdf`` (gwr 2016): a two-column journal paper with a
  one-column title block (``\\twocolumn[...]``): title, authors with superscript
  affiliations, 摘要/关键词/中图分类号 lines, English title and abstract, ``1 引言``,
  ``2.1`` headings, a ``figure*`` over both columns, a first-page footnote block with
  收稿日期/基金项目/作者简介, a journal header on every page and odd/even headers.

Gold is written from what each builder put in the document, decided as a reader reads
it (never from reader output); titles, headings, passages, running lines and boilerplate
are checked against the printed text (``pdftotext -layout``; for b04 each column
cropped). Run once; the outputs are committed, so nothing else needs these tools:

    python eval/make_realdocs18_latex.py [--out eval/data/realdocs-made18] [--only b01 ...]
"""

from __future__ import annotations

import io
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

MINE = ("b01_", "b02_", "b03_", "b04_")
Gold = dict[str, Any]
esc = more.tex_escape


def typeset(tex: str, pdf: Path, files: dict[str, bytes] | None = None) -> None:
    """Typeset ``tex`` with XeLaTeX (three runs: TOC, marks and page references settle)
    beside ``files`` (images); any TeX error or missing glyph stops the build."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "a.tex").write_text(tex, encoding="utf-8")
        for name, data in (files or {}).items():
            (Path(tmp) / name).write_bytes(data)
        for _ in range(3):
            cmd = ["xelatex", "-interaction=nonstopmode", "a.tex"]
            subprocess.run(cmd, cwd=tmp, check=False, capture_output=True, timeout=300)
        log = (Path(tmp) / "a.log").read_text(encoding="utf-8", errors="replace")
        bad = [ln for ln in log.splitlines() if ln.startswith("! ") or "Missing character" in ln]
        assert not bad, bad[:5]
        shutil.copy(Path(tmp) / "a.pdf", pdf)


def chart_png(bars: list[int], color: tuple[int, int, int]) -> bytes:
    """A bar chart drawn with Pillow (axes, grid, bars; no lettering in the pixels)."""
    from PIL import Image, ImageDraw

    w, h = 1200, 800
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = 100, 60, w - 60, h - 80
    for k in range(6):
        y = y1 - k * (y1 - y0) // 5
        d.line([(x0, y), (x1, y)], fill=(215, 215, 215), width=2)
    d.line([(x0, y0), (x0, y1), (x1, y1)], fill="black", width=4)
    step = (x1 - x0) // len(bars)
    top = max(bars)
    for i, v in enumerate(bars):
        bx = x0 + i * step + step // 5
        by = y1 - (y1 - y0) * v // top
        d.rectangle([bx, by, bx + step * 3 // 5, y1], fill=color, outline="black")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def page_lines(pdf: Path, page: int) -> list[str]:
    return [ln.strip() for ln in more.pdftext(pdf, page).splitlines() if ln.strip()]


def header_of(pdf: Path, page: int) -> str:
    """The first printed line of a page (its header), spaces squashed."""
    lines = page_lines(pdf, page)
    return more.squash(lines[0]) if lines else ""


# ------------------------------------------------------------ b01 ctexbook report

B01_TITLE = "东川省新型城镇化与产业转型升级研究"
B01_SERIES = "东川发展研究院研究报告"
B01_SHORT = "城镇化与产业升级研究"
B01_INST = "东川发展研究院"
B01_KEYWORDS = "新型城镇化；产业升级；扩大内需；民生保障"
# (chapter, paras, [(section, paras, [(subsection, paras)])]); "T"/"C"/"F" mark the
# table, the code listing and the figure, put after the paragraphs of their place
B01_OUTLINE: list[tuple[str, int, list[tuple[str, int, str, list[tuple[str, int, str]]]]]] = [
    (
        "发展回顾",
        1,
        [
            ("经济运行", 2, "", [("增长与就业", 2, ""), ("物价与收入", 1, "T")]),
            ("改革开放", 2, "F", []),
        ],
    ),
    (
        "主要任务",
        1,
        [
            ("数据与方法", 1, "C", []),
            ("结构调整", 2, "", [("农业现代化", 2, "")]),
        ],
    ),
    ("政策建议", 0, [("宏观政策", 3, "", []), ("民生保障", 3, "", [])]),
]
B01_ZH = "一二三四五"
B01_CODE = """import csv
from pathlib import Path


def load_series(path: Path) -> dict[int, float]:
    # read the yearly GDP series (year, value) from a CSV file
    out = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[int(row["year"])] = float(row["gdp"])
    return out


def growth(series: dict[int, float], year: int) -> float:
    return series[year] / series[year - 1] * 100 - 100"""
B01_TABLE = [
    ("指标", "2011年", "2012年"),
    ("地区生产总值增速（\\%）", "9.8", "8.6"),
    ("城镇新增就业（万人）", "78", "81"),
    ("居民消费价格涨幅（\\%）", "5.1", "2.7"),
]
B01_REFS = [
    "国务院. 政府工作报告（2013年）[R]. 北京：人民出版社，2013.",
    "东川省统计局. 东川统计年鉴2012[M]. 北京：中国统计出版社，2012.",
    "李文华，陈静. 城镇化进程中的产业转型路径[J]. 东川经济研究，2012，34（4）：21-29.",
]


def build_ctexbook(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    it = iter(paras[2:])
    abstract = paras[1]
    used = [abstract]
    headings: list[dict[str, Any]] = [{"text": "摘要", "level": 1}]
    parts: list[str] = []
    order: list[str] = []

    def para() -> None:
        text = next(it)
        used.append(text)
        order.append(text)
        parts.append(esc(text))

    def extra(kind: str, ch: int) -> None:
        if kind == "T":
            rows = [" & ".join(r) + " \\\\" for r in B01_TABLE]
            parts.append(
                "\\begin{table}[htbp]\\centering\\caption{东川省主要经济指标}\\label{tab:main}\n"
                "\\begin{tabular}{lcc}\\toprule\n"
                + rows[0]
                + "\\midrule\n"
                + "\n".join(rows[1:])
                + "\n\\bottomrule\\end{tabular}\\end{table}"
            )
        elif kind == "C":
            parts.append(
                "\\begin{lstlisting}[language=Python,caption={增速计算脚本}]\n"
                + B01_CODE
                + "\n\\end{lstlisting}"
            )
        elif kind == "F":
            parts.append(
                "\\begin{figure}[p]\\centering\n"
                "\\includegraphics[width=0.9\\textwidth,height=0.55\\textheight,keepaspectratio]{chart.png}\n"
                "\\caption{东川省三次产业增加值变化（2008--2012年）}\\label{fig:chart}\n"
                "\\end{figure}"
            )

    for i, (ch, n, secs) in enumerate(B01_OUTLINE, 1):
        parts.append(f"\\chapter{{{ch}}}")
        headings.append({"text": f"第{B01_ZH[i - 1]}章 {ch}", "level": 1})
        for _ in range(n):
            para()
        for j, (sec, m, kind, subs) in enumerate(secs, 1):
            parts.append(f"\\section{{{sec}}}")
            headings.append({"text": f"{i}.{j} {sec}", "level": 2})
            for _ in range(m):
                para()
            extra(kind, i)
            if kind == "C":
                para()
            for k, (sub, q, kind2) in enumerate(subs, 1):
                parts.append(f"\\subsection{{{sub}}}")
                headings.append({"text": f"{i}.{j}.{k} {sub}", "level": 3})
                for _ in range(q):
                    para()
                extra(kind2, i)
    headings.append({"text": "参考文献", "level": 1})
    bib = "\n".join(f"\\bibitem{{r{k}}} {r}" for k, r in enumerate(B01_REFS, 1))
    title_page = (
        "\\begin{titlepage}\\centering\n"
        f"{{\\zihao{{4}}\\heiti {B01_SERIES}\\par}}\\vspace{{5cm}}\n"
        f"{{\\zihao{{1}}\\bfseries {B01_TITLE}\\par}}\\vspace{{4cm}}\n"
        "{\\zihao{3}课题组负责人：李文华\\par}\\vspace{1em}\n"
        "{\\zihao{3}课题组成员：陈静　周明远　赵晓丽\\par}\\vfill\n"
        f"{{\\zihao{{3}}{B01_INST}\\par}}\\vspace{{0.8em}}\n"
        "{\\zihao{3}二〇一三年六月\\par}\n"
        "\\end{titlepage}\n"
    )
    tex = (
        "\\documentclass[twoside,openright,a4paper,zihao=-4]{ctexbook}\n"
        "\\usepackage[top=2.8cm,bottom=2.6cm,left=2.8cm,right=2.5cm]{geometry}\n"
        "\\usepackage{graphicx,booktabs,caption,listings,xcolor,fancyhdr}\n"
        "\\lstset{basicstyle=\\ttfamily\\small,numbers=left,numberstyle=\\tiny,frame=single,"
        "keywordstyle=\\color{blue!70!black},commentstyle=\\color{green!40!black}}\n"
        "\\renewcommand{\\lstlistingname}{代码}\n"
        "\\renewcommand{\\thefigure}{\\thechapter-\\arabic{figure}}\n"
        "\\renewcommand{\\thetable}{\\thechapter-\\arabic{table}}\n"
        "\\AtBeginDocument{\\renewcommand{\\thelstlisting}{\\thechapter-\\arabic{lstlisting}}}\n"
        "\\ctexset{figurename=图,tablename=表}\n"
        "\\captionsetup{labelsep=quad}\n"
        "\\makeatletter\\renewcommand{\\cleardoublepage}{\\clearpage\\if@twoside\\ifodd\\c@page"
        "\\else\\hbox{}\\thispagestyle{empty}\\newpage\\fi\\fi}\\makeatother\n"
        "\\pagestyle{fancy}\\fancyhf{}\n"
        f"\\fancyhead[LE]{{\\leftmark}}\\fancyhead[RE]{{{B01_SHORT}}}\n"
        f"\\fancyhead[LO]{{{B01_SERIES}}}\\fancyhead[RO]{{\\rightmark}}\n"
        "\\fancyfoot[C]{\\thepage}\n"
        "\\begin{document}\n" + title_page + "\\frontmatter\n"
        "\\chapter{摘要}\n" + esc(abstract) + "\n\n"
        f"\\vspace{{1em}}\\noindent{{\\heiti 关键词：}}{B01_KEYWORDS}\n"
        "\\tableofcontents\n\\mainmatter\n" + "\n\n".join(parts) + "\n\\backmatter\n"
        f"\\begin{{thebibliography}}{{9}}\n{bib}\n\\end{{thebibliography}}\n\\end{{document}}\n"
    )
    typeset(tex, path, {"chart.png": chart_png([42, 55, 61, 70, 78], (70, 110, 170))})
    n = more.pages(path)
    text = more.pdftext(path)
    # the figure page holds only the figure: its caption and the page number
    fig_pages = [p for p in range(1, n + 1) if "东川省三次产业增加值变化" in more.pdftext(path, p)]
    assert len(fig_pages) == 1, fig_pages
    fig_lines = page_lines(path, fig_pages[0])
    assert len(fig_lines) <= 3, fig_lines
    assert "目录" in text and re.search(r"\.\s\.\s\.", text), "no dotted TOC"
    # the marks printed in the headers
    heads = {header_of(path, p) for p in range(1, n + 1)}
    marks: list[str] = []
    for h in headings:
        if h["level"] > 2 or h["text"] in ("摘要", "参考文献"):
            continue
        sq = more.squash(h["text"])
        if any(sq in x and x != sq for x in heads):
            marks.append(h["text"])
    assert any(m.startswith("第") for m in marks) and any("." in m for m in marks), marks
    keep = [order[0], order[3], order[6], order[10], order[-1]]
    gold: Gold = {
        "title": B01_TITLE,
        "headings": headings,
        "must_have": [base.clause(p) for p in keep],
        "running": [B01_SERIES, B01_SHORT, *marks],
        "must_not_have": ["课题组成员：陈静"],
        "note": (
            "ctexbook twoside research report (openright: empty blank pages before odd-page chapters): "
            "the titlepage holds the series line "
            f"{B01_SERIES} (also the odd-page header: running), the title (the title), "
            "课题组 lines (metadata; the members line must_not_have), the institute and "
            "date (metadata); 摘要 is an unnumbered \\chapter in the front matter, a "
            "level-1 heading as in n03, its paragraph and the 关键词 line are body (the "
            "abstract paragraph unscored); 目录 and its dotted-leader lines are neither "
            "headings nor body; chapters 第一章 … (level 1), sections 1.1 (level 2), "
            "subsections 1.1.1 (level 3), as printed; even-page headers \\leftmark (the "
            f"chapter mark 第N章 …) left and the short title {B01_SHORT} right, odd-page "
            "headers the series line left and \\rightmark (the section mark N.N …) right: "
            "all running (the marks listed are those printed in a header; as text they "
            "are also headings, so they may appear once as a heading but never in the "
            "body); chapter-opening pages are plain (page number only); page numbers "
            "(roman, then arabic) not listed; the lstlisting (代码2-1, a 15-line Python "
            "script with line numbers) is content of section 2.1 but not prose: its lines "
            "are not headings and are left unscored (neither must_have nor must_not_have), "
            "the paragraph after it is scored in order; the figure 图1-1 … sits alone on "
            "a float page (a PNG chart without lettering; caption neither heading nor "
            "body); the table 表1-1 and its caption are neither headings nor scored "
            "body; \\backmatter 参考文献 is a level-1 heading (unnumbered chapter), its "
            "[n] entries are neither headings nor scored body"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ------------------------------------------------- b02 ctexart 一、/（一） report

B02_TITLE = "东川省2014年重点工作调研报告"
B02_SHORT = "重点工作调研报告"
B02_AUTHOR = "东川省人民政府研究室"
B02_FOOTNOTES = [
    "本报告数据来源于东川省统计局和有关部门2013年度统计快报，部分数据为初步核算数。",
    "调研组于2014年2月至3月先后赴6个设区市、15个县（市、区）开展实地调研。",
    "预期目标与《东川省国民经济和社会发展第十二个五年规划纲要》中期评估结论相衔接。",
]
B02_TARGETS = [
    "地区生产总值增长8\\%左右；",
    "居民消费价格涨幅控制在3.5\\%左右；",
    "城镇新增就业80万人以上；",
    "城乡居民收入增长与经济发展同步。",
]


def build_ctexart_chinese(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    it = iter(paras[3:])
    used: list[str] = []
    order: list[str] = []
    headings: list[dict[str, Any]] = []
    parts: list[str] = []
    notes = iter(B02_FOOTNOTES)

    def para(note: bool = False, runin: str = "") -> None:
        text = next(it)
        used.append(text)
        order.append(text)
        tex = esc(text)
        if note:
            tex = tex[:-1] + f"\\footnote{{{next(notes)}}}。"
        parts.append((f"\\paragraph{{{runin}}}" if runin else "") + tex)

    def sec(t: str, k: int) -> None:
        parts.append(f"\\section{{{t}}}")
        headings.append({"text": f"{'一二三四五'[k - 1]}、{t}", "level": 1})

    def sub(t: str, k: int) -> None:
        parts.append(f"\\subsection{{{t}}}")
        headings.append({"text": f"（{'一二三四五'[k - 1]}）{t}", "level": 2})

    sec("过去一年的基本情况", 1)
    para(note=True)
    para()
    sub("经济运行稳中有进", 1)
    para()
    para()
    sub("民生持续改善", 2)
    para(note=True)
    sec("今年发展的主要预期目标", 2)
    para()
    items = "\n".join(f"\\item \\textbf{{{t}}}" for t in B02_TARGETS)
    parts.append(f"\\begin{{enumerate}}\n{items}\n\\end{{enumerate}}")
    para()
    sec("重点工作", 3)
    sub("发展社会事业", 1)
    para(runin="深化医改。")
    para(runin="繁荣文化。")
    sub("改进社会治理", 2)
    para(note=True)
    para()
    sec("保障措施", 4)
    para()
    para()
    body = "\n\n".join(parts)
    tex = (
        "\\documentclass[a4paper,zihao=-4]{ctexart}\n"
        "\\usepackage[top=2.8cm,bottom=2.6cm,left=2.7cm,right=2.7cm]{geometry}\n"
        "\\usepackage{fancyhdr}\n"
        "\\ctexset{section={number=\\chinese{section}、,aftername={},format=\\zihao{4}\\heiti\\raggedright},"
        "subsection={number=（\\chinese{subsection}）,aftername={},format=\\zihao{-4}\\kaishu\\bfseries\\raggedright},"
        "paragraph={format=\\heiti,aftername={}}}\n"
        "\\pagestyle{fancy}\\fancyhf{}\n"
        f"\\fancyhead[C]{{{B02_SHORT}}}\\fancyfoot[C]{{\\thepage}}\n"
        "\\fancypagestyle{plain}{\\fancyhf{}\\fancyfoot[C]{\\thepage}\\renewcommand{\\headrulewidth}{0pt}}\n"
        f"\\title{{\\heiti {B02_TITLE}}}\\author{{{B02_AUTHOR}}}\\date{{2014年3月}}\n"
        "\\begin{document}\n\\maketitle\\thispagestyle{plain}\n" + body + "\n\\end{document}\n"
    )
    typeset(tex, path)
    n = more.pages(path)
    assert n >= 3, n
    assert header_of(path, 1) == more.squash(B02_TITLE), header_of(path, 1)
    for p in range(2, n + 1):
        assert header_of(path, p) == more.squash(B02_SHORT), (p, header_of(path, p))
    text = more.pdftext(path)
    keep = [order[0], order[3], order[6], order[8], order[-1]]
    gold: Gold = {
        "title": B02_TITLE,
        "headings": headings,
        "must_have": [base.clause(p) for p in keep],
        "running": [B02_SHORT],
        "must_not_have": [],
        "note": (
            "ctexart report, \\maketitle (title, author 东川省人民政府研究室 and date: "
            "metadata) on a plain first page (no header); \\section numbered 一、 (level 1) "
            "and \\subsection numbered （一） (level 2) by \\ctexset, number and name "
            "printed without a space (一、过去一年的基本情况), as printed; the short title "
            f"{B02_SHORT} in the header of every page from page 2 (running); page numbers "
            "not listed; footnotes (three, 1-3, at the foot of their pages, written here) "
            "are notes, not body: unscored (the marks stay in the body); the enumerate "
            "list 1.-4. of short bold target items under 二、 is body (unscored), not "
            "headings; the two \\paragraph run-in headings (深化医改。 繁荣文化。, "
            "bold heiti, on the first line of their paragraphs) are judged lead-in labels "
            "of their paragraphs, not headings: the passage after each is scored"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ---------------------------------------------------------- b03 ctexrep thesis

B03_TITLE = "东川省财政支出结构优化研究"
B03_UNIV = "东川大学"
B03_HEAD = "东川大学硕士学位论文"
B03_COVER = [
    ("题　　目", B03_TITLE),
    ("学　　院", "经济与管理学院"),
    ("专　　业", "财政学"),
    ("姓　　名", "孙嘉怡"),
    ("学　　号", "2012110345"),
    ("指导教师", "郑国平　教授"),
]
B03_DECLARATIONS = ("学位论文原创性声明", "学位论文版权使用授权书")
B03_DECL = (
    "本人郑重声明：所呈交的学位论文是本人在导师指导下独立进行研究工作所取得的成果。"
    "除文中已经注明引用的内容外，本论文不包含任何其他个人或集体已经发表或撰写过的研究成果。"
    "对本文的研究做出重要贡献的个人和集体，均已在文中以明确方式标明。本人承担本声明的法律责任。"
)
B03_AUTH = (
    "本学位论文作者完全了解学校有关保留、使用学位论文的规定，同意学校保留并向国家有关部门"
    "或机构送交论文的复印件和电子版，允许论文被查阅和借阅。"
)
B03_ABSTRACT_EN = (
    "This thesis studies the structure of public expenditure in Dongchuan Province. "
    "It reviews the growth of fiscal spending since 2010, measures the shares of "
    "economic, social and administrative spending, and proposes ways to shift "
    "resources towards education, health care, social security and innovation."
)
B03_OUTLINE: list[tuple[str, list[tuple[str, int]], str]] = [
    ("绪论", [("研究背景", 3), ("研究思路", 2)], ""),
    ("财政支出的现状分析", [("支出规模", 3), ("支出结构", 3)], "E"),
    ("优化财政支出结构的对策", [("保障重点民生支出", 3), ("压缩一般性支出", 3)], "E"),
    ("结论", [("主要结论", 2), ("研究展望", 1)], ""),
]
B03_EQS = [
    "S_t = \\frac{E_t}{G_t} \\times 100\\%",
    "\\Delta E_t = \\alpha + \\beta \\ln Y_t + \\gamma S_{t-1} + \\varepsilon_t",
]


def build_ctexrep_thesis(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    abstract = paras[4]
    it = iter(paras[5:])
    used = [abstract]
    order: list[str] = []
    headings: list[dict[str, Any]] = [
        {"text": "摘要", "level": 1},
        {"text": "Abstract", "level": 1},
    ]
    parts: list[str] = []
    eqs = iter(B03_EQS)
    for i, (ch, secs, kind) in enumerate(B03_OUTLINE, 1):
        parts.append(f"\\chapter{{{ch}}}")
        headings.append({"text": f"第{i}章 {ch}", "level": 1})
        for j, (sec, m) in enumerate(secs, 1):
            parts.append(f"\\section{{{sec}}}")
            headings.append({"text": f"{i}.{j} {sec}", "level": 2})
            for k in range(m):
                text = next(it)
                used.append(text)
                order.append(text)
                parts.append(esc(text))
                if kind == "E" and j == 1 and k == 0:
                    parts.append(f"\\begin{{equation}}\n{next(eqs)}\n\\end{{equation}}")
    rows = "\n".join(
        f"{{\\heiti {k}}} & \\underline{{\\makebox[9cm][c]{{{v}}}}} \\\\[0.6em]"
        for k, v in B03_COVER
    )
    cover = (
        "\\begin{titlepage}\\centering\n"
        f"{{\\zihao{{-1}}\\heiti {B03_UNIV}\\par}}\\vspace{{1.2cm}}\n"
        "{\\zihao{1}\\bfseries 硕士学位论文\\par}\\vspace{3cm}\n"
        f"{{\\zihao{{-3}}\\begin{{tabular}}{{rl}}\n{rows}\n\\end{{tabular}}\\par}}\\vfill\n"
        "{\\zihao{-3}二〇一五年五月\\par}\n\\end{titlepage}\n"
    )
    decl = (
        "\\begin{center}{\\zihao{3}\\heiti " + B03_DECLARATIONS[0] + "}\\end{center}\\vspace{1em}\n"
        f"{B03_DECL}\n\n\\vspace{{2em}}\\noindent 作者签名：\\underline{{\\hspace{{3cm}}}}"
        "\\hfill 日期：\\underline{\\hspace{1.2cm}}年\\underline{\\hspace{0.8cm}}月"
        "\\underline{\\hspace{0.8cm}}日\n\n\\vspace{3em}\n"
        "\\begin{center}{\\zihao{3}\\heiti " + B03_DECLARATIONS[1] + "}\\end{center}\\vspace{1em}\n"
        f"{B03_AUTH}\n\n\\vspace{{2em}}\\noindent 作者签名：\\underline{{\\hspace{{3cm}}}}"
        "\\hfill 导师签名：\\underline{\\hspace{3cm}}\n\\thispagestyle{empty}\\clearpage\n"
    )
    front = (
        "\\pagenumbering{Roman}\n"
        "\\chapter*{摘要}\\markboth{摘要}{摘要}\\addcontentsline{toc}{chapter}{摘要}\n"
        + esc(abstract)
        + "\n\n\\vspace{1em}\\noindent{\\heiti 关键词：}财政支出；支出结构；民生保障；绩效管理\n"
        "\\chapter*{Abstract}\\markboth{Abstract}{Abstract}\\addcontentsline{toc}{chapter}{Abstract}\n"
        + B03_ABSTRACT_EN
        + "\n\n\\vspace{1em}\\noindent\\textbf{Keywords:} public expenditure; "
        "expenditure structure; livelihood; performance management\n"
        "\\tableofcontents\n\\clearpage\\pagenumbering{arabic}\n"
    )
    tex = (
        "\\documentclass[oneside,a4paper,zihao=-4]{ctexrep}\n"
        "\\usepackage[top=3cm,bottom=2.6cm,left=3cm,right=2.6cm]{geometry}\n"
        "\\usepackage{amsmath,fancyhdr}\n"
        "\\ctexset{chapter={name={第,章},number=\\arabic{chapter},format=\\centering\\zihao{3}\\heiti,"
        "beforeskip=10pt,afterskip=20pt},section={format=\\zihao{4}\\heiti\\raggedright}}\n"
        "\\pagestyle{fancy}\\fancyhf{}\n"
        f"\\fancyhead[L]{{{B03_HEAD}}}\\fancyhead[R]{{\\leftmark}}\\fancyfoot[C]{{\\thepage}}\n"
        "\\fancypagestyle{plain}{\\fancyhf{}"
        f"\\fancyhead[L]{{{B03_HEAD}}}\\fancyhead[R]{{\\leftmark}}\\fancyfoot[C]{{\\thepage}}}}\n"
        "\\renewcommand{\\sectionmark}[1]{}\n"
        "\\begin{document}\n" + cover + decl + front + "\n\n".join(parts) + "\n\\end{document}\n"
    )
    typeset(tex, path)
    n = more.pages(path)
    text = more.pdftext(path)
    marks = []
    for p in range(3, n + 1):
        h = header_of(path, p)
        assert h.startswith(B03_HEAD), (p, h)
        marks.append(h[len(B03_HEAD) :])
    chapter_marks = [h["text"] for h in headings if h["text"].startswith("第")]
    for m in chapter_marks:
        assert more.squash(m) in marks, (m, marks)
    keep = [order[0], order[2], order[4], order[7], order[-1]]
    gold: Gold = {
        "title": B03_TITLE,
        # the declarations' titles head the front matter (set as p01's 版权声明 is)
        "headings": [{"text": t, "level": 1} for t in B03_DECLARATIONS] + headings,
        "must_have": [base.clause(p) for p in keep],
        "running": [B03_HEAD, *chapter_marks],
        "must_not_have": [
            "2012110345",
            "本人郑重声明：所呈交的学位论文是本人",
            "作者签名：",
            "本学位论文作者完全了解学校有关保留",
        ],
        "note": (
            "ctexrep master's thesis (oneside). The cover: 东川大学 and 硕士学位论文 "
            "(big lines, furniture, not the title), then a tabular of 题目/学院/专业/姓名/"
            "学号/指导教师 labels with underlined values: the title is the 题目 value "
            f"{B03_TITLE} (the document's own name; the big 硕士学位论文 line is its kind), "
            "the other fields metadata (the 学号 number must_not_have), the date "
            "metadata. Page 2, the 学位论文原创性声明 and 学位论文版权使用授权书 with "
            "signature and date lines, is boilerplate: its text and 作者签名： lines "
            "must_not_have; its two centred lines are level-1 headings (at first neither "
            "headings nor body; changed on 2026-12-07, with made27, to the convention of "
            "../shared/data/realdocs-dev, whose p01 has its 版权声明 page's title as a "
            "heading). 摘要 and "
            "Abstract are unnumbered chapters (level 1, as in n03), the Chinese abstract, "
            "关键词, English abstract and Keywords line are body but unscored; 目录 and "
            "its lines are neither. Chapters 第1章 … (level 1) and sections 1.1 … (level "
            "2), as printed. Numbered equations (1.1 style numbers at the right) are "
            "neither headings nor scored body. Header on every page from 摘要 on "
            f"(chapter pages included): {B03_HEAD} left (running) and \\leftmark right "
            "(摘要, Abstract, 目录, then 第N章 …: the chapter marks are listed running; "
            "they are heading texts too, never body); the cover and the declaration page "
            "have no header; page numbers (Roman I, II … in the front matter, then "
            "arabic from 第1章) not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ---------------------------------------------------- b04 two-column journal paper

B04_TITLE = "新常态下稳增长与惠民生的政策协同研究"
B04_TITLE_EN = "Research on Policy Coordination between Stable Growth and People's Wellbeing under the New Normal"
B04_JOURNAL = "东川经济研究"
B04_JOURNAL_EN = "Dongchuan Economic Research"
B04_VOL = "第38卷第3期"
B04_DATE = "2016年5月"
B04_RANGE = "第45--48页"
B04_RUNTITLE = "王建国，等：新常态下稳增长与惠民生的政策协同研究"
B04_FOOT = [
    "收稿日期：2016-01-12；修回日期：2016-03-05",
    "基金项目：国家社会科学基金项目（15BJL041）；东川省哲学社会科学规划项目（DC15A007）",
    "作者简介：王建国（1975—），男，东川人，教授，博士，研究方向为宏观经济政策。",
]
B04_ABSTRACT_EN = (
    "Drawing on the government work reports, this paper reviews how fiscal, monetary "
    "and structural policies were combined to keep growth stable while improving "
    "employment, social security and public services, and discusses the conditions "
    "under which these goals reinforce each other."
)
B04_OUTLINE: list[tuple[str, int, list[tuple[str, int]]]] = [
    ("引言", 2, []),
    ("发展基础与面临形势", 1, [("发展基础", 2), ("面临形势", 2)]),
    ("政策协同的主要方向", 1, [("宏观政策", 4), ("民生保障", 4), ("改革创新", 4)]),
    ("结论", 4, []),
]


def build_twocolumn_journal(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    abstract = paras[0]
    it = iter(paras[2:])
    used = [abstract]
    order: list[str] = []
    headings: list[dict[str, Any]] = []
    parts: list[str] = []
    for i, (sec, n, subs) in enumerate(B04_OUTLINE, 1):
        parts.append(f"\\section{{{sec}}}")
        headings.append({"text": f"{i} {sec}", "level": 1})
        for _ in range(n):
            text = next(it)
            used.append(text)
            order.append(text)
            parts.append(esc(text))
        if i == 2:
            parts.append(
                "\\begin{figure*}[t]\\centering\n"
                "\\includegraphics[width=0.8\\textwidth,height=6cm,keepaspectratio]{fig1.png}\n"
                "\\caption{2011--2015年城镇新增就业与居民收入增长}\\label{fig:1}\n"
                "\\end{figure*}"
            )
        for j, (sub, m) in enumerate(subs, 1):
            parts.append(f"\\subsection{{{sub}}}")
            headings.append({"text": f"{i}.{j} {sub}", "level": 2})
            for _ in range(m):
                text = next(it)
                used.append(text)
                order.append(text)
                parts.append(esc(text))
    top = (
        "\\twocolumn[{\\begin{center}\n"
        f"{{\\zihao{{2}}\\heiti {B04_TITLE}\\par}}\\vspace{{0.8em}}\n"
        "{\\zihao{4}\\kaishu 王建国$^{1}$，刘晓梅$^{2}$，陈亮$^{1}$\\par}\\vspace{0.4em}\n"
        "{\\zihao{-5}（1. 东川大学 经济学院，东川 310027；2. 东川省社会科学院，东川 310006）\\par}\n"
        "\\end{center}\\vspace{0.4em}\n"
        "\\begin{minipage}{\\textwidth}\\zihao{-5}\n"
        f"\\noindent{{\\heiti 摘　要：}}{esc(abstract)}\\par\\vspace{{0.3em}}\n"
        "\\noindent{\\heiti 关键词：}稳增长；惠民生；宏观调控；政策协同\\par\\vspace{0.3em}\n"
        "\\noindent{\\heiti 中图分类号：}F812.0\\qquad{\\heiti 文献标识码：}A\\qquad"
        "{\\heiti 文章编号：}1006-0000（2016）03-0045-04\\par\n"
        "\\end{minipage}\\vspace{0.8em}\n"
        f"\\begin{{center}}{{\\zihao{{4}}\\bfseries {B04_TITLE_EN}\\par}}\\vspace{{0.4em}}\n"
        "{\\zihao{5}WANG Jianguo$^{1}$, LIU Xiaomei$^{2}$, CHEN Liang$^{1}$\\par}\\end{center}\n"
        "\\begin{minipage}{\\textwidth}\\zihao{-5}\n"
        f"\\noindent\\textbf{{Abstract:}} {B04_ABSTRACT_EN}\\par\\vspace{{0.3em}}\n"
        "\\noindent\\textbf{Key words:} stable growth; people's wellbeing; "
        "macro-control; policy coordination\\par\n"
        "\\end{minipage}\\vspace{1.5em}\n"
        "}]\n"
        "{\\renewcommand{\\thefootnote}{}\\footnotetext{\\zihao{-5}"
        + "\\\\ ".join(B04_FOOT)
        + "}}\\addtocounter{footnote}{-1}\n"
    )
    tex = (
        "\\documentclass[twocolumn,twoside,a4paper,zihao=5]{ctexart}\n"
        "\\usepackage[top=2.5cm,bottom=2.5cm,left=2cm,right=2cm,columnsep=0.8cm]{geometry}\n"
        "\\usepackage{graphicx,caption,fancyhdr}\n"
        "\\ctexset{section={format=\\zihao{4}\\heiti\\raggedright},"
        "subsection={format=\\zihao{5}\\heiti\\raggedright},figurename=图}\n"
        "\\captionsetup{labelsep=quad}\n"
        "\\pagestyle{fancy}\\fancyhf{}\n"
        f"\\fancyhead[LE]{{\\thepage}}\\fancyhead[CE]{{{B04_JOURNAL}}}\\fancyhead[RE]{{{B04_VOL}}}\n"
        f"\\fancyhead[LO]{{{B04_VOL}}}\\fancyhead[CO]{{\\zihao{{-5}}{B04_RUNTITLE}}}\\fancyhead[RO]{{\\thepage}}\n"
        "\\fancypagestyle{first}{\\fancyhf{}"
        f"\\fancyhead[L]{{{B04_JOURNAL}\\quad {B04_JOURNAL_EN}}}"
        f"\\fancyhead[R]{{{B04_VOL}\\quad {B04_DATE}\\quad {B04_RANGE}}}\\fancyfoot[C]{{\\thepage}}}}\n"
        "\\setcounter{page}{45}\n"
        "\\begin{document}\n"
        + top
        + "\\thispagestyle{first}\n"
        + "\n\n".join(parts)
        + "\n\\end{document}\n"
    )
    png = chart_png([62, 66, 71, 75, 80], (190, 90, 60))
    typeset(tex, path, {"fig1.png": png})
    n = more.pages(path)
    assert n == 4, n
    first = header_of(path, 1)
    assert first.startswith(B04_JOURNAL) and B04_VOL in first, first
    for p in range(2, n + 1):
        h = header_of(path, p)
        if (44 + p) % 2 == 0:
            assert h.startswith(str(44 + p)) and B04_JOURNAL in h, (p, h)
        else:
            assert h.startswith(B04_VOL) and h.endswith(str(44 + p)), (p, h)
    text = third.column_text(path)
    keep = [order[0], order[3], order[5], order[8], order[-1]]
    rng = B04_RANGE.replace("--", "–")
    gold: Gold = {
        "title": B04_TITLE,
        "headings": headings,
        "must_have": [base.clause(p) for p in keep],
        "running": [B04_JOURNAL, B04_VOL, B04_RUNTITLE, B04_JOURNAL_EN, rng],
        "must_not_have": [
            "收稿日期：2016-01-12",
            "基金项目：国家社会科学基金项目",
            "作者简介：王建国（1975—）",
            "中图分类号：F812.0",
        ],
        "note": (
            "two-column (twoside) journal paper starting at page 45; the one-column "
            "block over both columns on page 1 (\\twocolumn[...]) holds the title (the "
            "title), the authors with superscript affiliation numbers and the affiliation "
            "line (metadata), 摘 要： and 关键词： run-in labels with the abstract and "
            "keywords (not headings; unscored body), the 中图分类号/文献标识码/文章编号 "
            "line (metadata, must_not_have), the English title (not the title, not a "
            "heading), English authors, Abstract: and Key words: (unscored); sections "
            "1 引言 … (level 1) and 2.1 … (level 2), as printed; 图1 spans both columns "
            "(figure*, top of page 2; caption neither heading nor body); the page-1 "
            "footnote block without a mark (收稿日期/修回日期, 基金项目, 作者简介) is "
            "metadata and must not reach the body (must_not_have); headers: page 1 "
            f"{B04_JOURNAL}　{B04_JOURNAL_EN} left and {B04_VOL}　{B04_DATE}　"
            "第45–48页 right; even pages the page number, the journal name and the "
            "volume/issue; odd pages the volume/issue, the short author-title line "
            f"{B04_RUNTITLE} and the page number (all running; page numbers not listed)"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


BUILDERS: dict[str, tuple[Any, int]] = {
    "b01_ctexbook_report.pdf": (build_ctexbook, 2013),
    "b02_ctexart_chinese_sections.pdf": (build_ctexart_chinese, 2014),
    "b03_ctexrep_thesis.pdf": (build_ctexrep_thesis, 2015),
    "b04_ctexart_twocolumn_journal.pdf": (build_twocolumn_journal, 2016),
}
SOURCE_HEAD = (
    "# Documents made with real tools, eighteenth set (development data)\n\n"
    "Made blind as development data after the seventeenth set (`realdocs-made17`): four\n"
    "common XeLaTeX `ctex` layouts (book, article with Chinese numbering, thesis,\n"
    "two-column journal paper) by `python eval/make_realdocs18_latex.py`. Texts come only\n"
    "from the public government work reports 2013–2017 in\n"
    "`../shared/data/gov-work-reports`, whole paragraphs; the outputs are committed so tests\n"
    "and CI need none of the tools. Gold (`gold/<file>.json`, the format of\n"
    "`../shared/data/realdocs-dev`) is written by the same script from what it put in each\n"
    "document, as a reader reads it and never from reader output, titles and headings as\n"
    "printed: the title, the headings with levels, the running headers that must not reach\n"
    "the body, passages (each one's first 18 characters) that must appear in order,\n"
    "boilerplate that must not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)
ROWS = [
    "| b01_ctexbook_report.pdf | XeLaTeX + ctex (`ctexbook` twoside, fancyhdr, listings, graphicx; TeX Live 2022), gwr 2013 (`eval/make_realdocs18_latex.py`, as b02-b04) | titlepage (series line, title, 课题组, institute, date), \\frontmatter 摘要 (unnumbered chapter, level 1) and dotted-leader 目录 (neither), 第一章/1.1/1.1.1 (levels 1-3), even headers \\leftmark + short title, odd headers series line + \\rightmark (running, marks included), Python lstlisting with line numbers (unscored, not headings), float page with only a Pillow chart and 图1-1 caption, 表1-1 table, \\backmatter 参考文献 (level 1) |",
    "| b02_ctexart_chinese_sections.pdf | XeLaTeX + ctex (`ctexart`, \\ctexset numbering, fancyhdr), gwr 2014 | \\maketitle on a plain page 1, `一、` sections and `（一）` subsections (no space after the number), short-title header from page 2 (running), three footnotes (unscored), enumerate list of short bold target items (body, not headings), two \\paragraph run-in bold heads (lead-in labels, not headings) |",
    "| b03_ctexrep_thesis.pdf | XeLaTeX + ctex (`ctexrep` oneside, amsmath, fancyhdr), gwr 2015 | thesis cover: 东川大学/硕士学位论文 lines and a tabular of 题目…指导教师 with underlined values (title = 题目 value; 学号 must_not_have), 原创性声明/授权书 page with signature lines (its text boilerplate, must_not_have; its two titles level-1 headings since 2026-12-07), 摘要/Abstract (level 1) with 关键词/Keywords, 目录, 第1章/1.1 headings, numbered equations, university line + \\leftmark header on every page incl. chapter pages (running), Roman then arabic page numbers |",
    "| b04_ctexart_twocolumn_journal.pdf | XeLaTeX + ctex (`ctexart` twocolumn twoside, fancyhdr, graphicx), gwr 2016 | \\twocolumn[...] title block: title, authors with superscript affiliations, 摘要/关键词 run-in lines, 中图分类号/文献标识码/文章编号 line (must_not_have), English title/authors/abstract; `1 引言`, `2.1` headings; figure* over both columns; unmarked page-1 footnote with 收稿日期/基金项目/作者简介 (must_not_have); page 1 journal header with page range, even/odd alternating headers (journal name + 卷期 / 卷期 + author-title line; running), pages from 45 |",
]


def main(argv: list[str] | None = None) -> int:
    return more.make_set(argv, __doc__, BUILDERS, "realdocs-made18", ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
