# ruff: noqa: E501  (OOXML, TeX and Markdown snippets and the SOURCE.md rows are kept on one line each)
"""Make the m documents of ``realdocs-made31`` (m07-m12) with real tools, and their gold.

A thirty-first set of development documents, made blind (without looking at the readers
or running them), on DOCUMENTS AS OPEN-SOURCE REPOSITORIES HOLD THEM: the sample PDF of
a university thesis template, a course's lab manual written in Markdown and built with
pandoc, a company's Word template for a requirements specification filled in with its
coloured instructions left in, a developer guide exported from Markdown to Word by
pandoc, a team document exported to Word from an online editor, and LaTeX course notes
with definition and theorem environments. XeLaTeX (format built on the fly as
``make_realdocs25_files.py`` does), pandoc, python-docx with raw OOXML and LibreOffice;
the helpers of the earlier makers are reused. The texts come only from the public
government work reports 2013-2017 (../shared/data/gov-work-reports), whole paragraphs,
some cut to their first sentences (titles, headings, labels, names, dates, figures,
code, table cells, notes and furniture are written here; people, places, companies and
sites are made up):

- ``m07_xelatex_thesis_template_sample.pdf`` (gwr 2015): the sample PDF of a
  ThuThesis/SJTUThesis-like bachelor's thesis template (XeLaTeX report class): cover
  with the Chinese and the English title and a field table, 摘　要/ABSTRACT, 目　录,
  chapter heads printed in TWO lines (``第 1 章`` over the chapter name), ``1.1``/
  ``1.1.1`` heads, one level-2 head long enough to wrap, unlisted ``（1）`` fourth-level
  lines, equations numbered ``(2-1)``, bilingual figure and table captions (图3-1 /
  Fig. 3-1), 参考文献, a two-line 附录 A head, 致　谢, 在学期间发表的学术论文;
- ``m08_pandoc_latex_lab_manual.pdf`` (gwr 2016): a course's 实验指导书 written in
  Markdown and built by pandoc 2.17 (``-s -N --toc``, highlight style pygments) to
  LaTeX, typeset with XeLaTeX: pandoc's title block, 目录, numbered sections, a
  section head holding inline code, fenced code blocks with ``#`` comments, 提示/注意/
  警告 boxes from fenced divs (Lua filter), numbered steps, tables, a CI build stamp;
- ``m09_lo_srs_template_instructions.pdf`` (gwr 2014): a software company's 软件需求
  规格说明书 filled in on its Word template (python-docx -> LibreOffice): cover with a
  document-control table and a 修订记录 table, a red-framed 模板使用说明 box left in,
  blue italic 〔填写说明：…〕 paragraphs under the heads, one section still holding the
  grey placeholder, Heading 1-3 with typed ``1``/``1.1``/``1.1.1`` numbers;
- ``m10_pandoc_docx_dev_guide.docx`` (gwr 2017): an open-source SDK's 开发者指南 as
  pandoc 2.17 writes Markdown to Word (its own reference.docx with CJK fonts): Title,
  Subtitle and Date styles, a badge line, unnumbered Heading 1-4, a Heading 2 holding
  a ``Verbatim Char`` run, ``Source Code`` paragraphs with token styles, a definition
  list, block-quote notes, Compact lists and a pandoc table;
- ``m11_docx_online_editor_export.docx`` (gwr 2013): a team document as an online editor
  (腾讯文档/语雀-like) exports it to Word: the title in Heading 1 and the sections in
  Heading 2/3/4 (levels 1/2/3), author/modified/read-count line, callouts as shaded
  bordered paragraphs with @mentions, a task table with @mentions, an attachment card,
  Word comments from the editor's comment sidebar;
- ``m12_xelatex_theorem_notes.pdf`` (gwr 2014): course notes in XeLaTeX (article,
  amsmath, amsthm) with run-in 定义 1.1（…）/定理 2.1/命题/例/注 labels and 证明 … ∎,
  equations numbered (1.1), an unnumbered 引言 and 习题, a draft stamp on page 1.

Gold is written from what each builder put in the document, decided as a reader reads
the printed page (never from reader output); titles, headings, passages, running lines
and boilerplate are checked against the printed text (``pdftotext -layout``; for the
DOCX files a LibreOffice rendering in a scratch folder), passages in order in the
content stream. Needs LibreOffice Writer, pandoc 2.17, poppler-utils, TeX Live's xetex,
latex-base, latex-recommended and latex-extra (fontspec, fancyhdr, amsthm, fancyvrb,
unicode-math), the fonts of fonts-noto-cjk, fonts-arphic-gkai00mp and fonts-liberation,
and python-docx and Pillow in the Python that runs it. The XeLaTeX format is built on
the fly with ``xetex -ini`` from xelatex.ini (texlive-xetex is not needed). Run once;
the outputs are committed, so nothing else needs these tools. Made in a virtual
environment of its own:

    python3 -m venv /tmp/m31a-venv
    /tmp/m31a-venv/bin/pip install python-docx pillow
    /tmp/m31a-venv/bin/python eval/make_realdocs31_files.py [--out eval/data/realdocs-made31] [--only m07 ...] [--rows FILE]

The SOURCE.md rows of these documents are kept in ``ROWS`` (``--rows`` writes them to a
file); SOURCE.md itself is written by whoever assembles the set.
"""

from __future__ import annotations

import argparse
import datetime
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs29_files as prev29
import make_realdocs30_files as prev30

Gold = dict[str, Any]
SERIF, SANS, KAI = prev30.SERIF, prev30.SANS, prev30.KAI
add_run, el, save = prev30.add_run, prev30.el, prev30.save
new_doc, para, cell_text = prev30.new_doc, prev30.para, prev30.cell_text
check_pdf, check_docx, lo_pdf = prev30.check_pdf, prev30.check_docx, prev30.lo_pdf
shade, widths, page_break = prev30.shade, prev30.widths, prev30.page_break
header_text, footer_fields = prev30.header_text, prev30.footer_fields
no_clash_boiler, xelatex = prev30.no_clash_boiler, prev30.xelatex
heads_printed, not_in_body = prev30.heads_printed, prev30.not_in_body
heading_style, grid_table, docx_pdf = prev30.heading_style, prev30.grid_table, prev30.docx_pdf
rule, bars_png, page_lines = prev30.rule, prev30.bars_png, prev30.page_lines
W = prev30.W
esc = more.tex_escape
squash = more.squash


# ------------------------------------------------------------------ shared helpers


def cut(p: str, n: int) -> str:
    """The first ``n`` sentences of a paragraph (cut at 。 or ！)."""
    parts = re.findall(r"[^。！]*[。！]", p)
    return "".join(parts[:n]) if n < len(parts) else p


def texts(paras: list[str], spec: list[tuple[int, int]]) -> list[str]:
    """Paragraphs ``(index, sentences)``; 0 sentences: the whole paragraph."""
    return [paras[i] if n == 0 else cut(paras[i], n) for i, n in spec]


def keep_of(used: list[str], keep: list[str]) -> list[str]:
    """must_have: the first 18 characters of the ``keep`` paragraphs, in document order."""
    out = [base.clause(p) for p in used if p in keep]
    assert len(out) == len(keep) and all(out), (len(out), len(keep))
    return out


def lines_of(text: str) -> list[str]:
    return [squash(ln) for ln in text.splitlines() if ln.strip()]


def two_line_heads(name: str, text: str, pairs: list[tuple[str, str]]) -> None:
    """Each ``(number line, name line)`` head is printed as two lines, one after the other."""
    lines = lines_of(text)
    for a, b in pairs:
        ok = any(x == squash(a) and y == squash(b) for x, y in itertools.pairwise(lines))
        assert ok, (name, "two-line head not printed", a, b)


def absent(name: str, text: str, strings: list[str]) -> None:
    """Strings that must not be printed at all (e.g. a TOC entry's or a head's neighbours)."""
    have = squash(text)
    for s in strings:
        assert squash(s) not in have, (name, "printed", s)


# ============================================== m07 thesis template sample (XeLaTeX)

M07_SCHOOL = "东川大学"
M07_KIND = "本科毕业论文（设计）"
M07_TITLE = "新常态下区域创新驱动发展路径研究"
M07_EN_TITLE = (
    "Research on the Paths of Innovation-Driven Regional Development under the New Normal"
)
M07_FIELDS = [
    ("学生姓名", "陈思远"),
    ("学　　号", "2011013276"),
    ("院　　系", "经济与管理学院"),
    ("专　　业", "经济学"),
    ("指导教师", "刘振华　教授"),
]
M07_DATE = "二〇一五年五月"
M07_HEADER = "东川大学2015届本科毕业论文（设计）"
M07_TEMPLATE = "本文档由 DCUThesis v3.1 模板生成（示例文件）"
M07_KEYWORDS = "新常态；创新驱动；区域发展；结构调整；简政放权"
M07_ABSTRACT_EN = [
    "China's economy has entered a new normal of slower but higher-quality growth. Taking the provinces of the eastern, central and western regions as samples, this thesis reviews the theory of innovation-driven development, builds a growth accounting framework and estimates the contribution of total factor productivity to regional growth in 2010-2014.",
    "The results show that innovation inputs, industrial upgrading and the transformation of government functions jointly shape regional growth paths, and that the central and western regions can narrow the gap by improving the efficiency of innovation.",
]
M07_KEYWORDS_EN = (
    "new normal; innovation-driven development; regional development; structural adjustment"
)
# chapters: (number line, name, [(head, level, [(para, sentences)], extra)])
M07_CHAPTERS: list[tuple[str, str, list[tuple[str, int, list[tuple[int, int]], str]]]] = [
    (
        "第 1 章",
        "绪论",
        [
            ("1.1　研究背景", 2, [(0, 2), (18, 2)], ""),
            ("1.2　研究意义", 2, [(17, 2)], ""),
            ("1.3　研究内容与方法", 2, [], ""),
            ("1.3.1　研究内容", 3, [(19, 1)], ""),
            ("1.3.2　研究方法", 3, [(25, 0)], ""),
        ],
    ),
    (
        "第 2 章",
        "创新驱动发展的理论分析",
        [
            ("2.1　创新驱动的内涵与测度", 2, [(8, 2)], "EQ"),
            (
                "2.2　区域创新系统、产业结构升级与政府职能转变之间的相互作用机理",
                2,
                [(46, 2), (47, 2)],
                "",
            ),
            ("2.3　本章小结", 2, [(48, 2)], ""),
        ],
    ),
    (
        "第 3 章",
        "区域创新驱动发展的实证分析",
        [
            ("3.1　数据来源与变量说明", 2, [(44, 2)], "TABLE"),
            ("3.2　实证结果分析", 2, [], ""),
            ("3.2.1　全要素生产率的贡献", 3, [(43, 2)], "FIG"),
            ("3.2.2　地区差异分析", 3, [], "SUB"),
        ],
    ),
    (
        "第 4 章",
        "结论与展望",
        [
            ("4.1　主要结论", 2, [(24, 3)], ""),
            ("4.2　研究展望", 2, [(55, 3)], ""),
        ],
    ),
]
# fourth-level heads under 3.2.2 (not listed) and their paragraphs
M07_SUB = [("（1）东部地区", (45, 2)), ("（2）中西部地区", (7, 2))]
M07_ABSTRACT = [(3, 3), (6, 3)]
M07_KEEP = {3, 0, 46, 45, 55}
M07_TABLE = [
    ("变量", "符号", "均值", "标准差"),
    ("地区生产总值增长率（%）", "$g$", "9.82", "1.64"),
    ("研发投入强度（%）", "$rd$", "1.73", "0.96"),
    ("服务业增加值比重（%）", "$s$", "43.5", "7.92"),
    ("行政审批事项精简率（%）", "$r$", "31.6", "12.4"),
]
M07_TAB_CAP = (
    "表 3-1　主要变量的描述性统计",
    "Table 3-1　Descriptive statistics of the main variables",
)
M07_FIG_CAP = (
    "图 3-1　2010—2014年各地区全要素生产率增长率",
    "Fig. 3-1　TFP growth by region, 2010-2014",
)
M07_APPENDIX = ("附录 A", "主要变量的计算方法")
M07_APP_TABLE = [
    ("变量", "计算方法"),
    ("资本存量", "永续盘存法，折旧率取9.6%"),
    ("劳动投入", "年末从业人员数"),
    ("全要素生产率", "索洛余值法"),
]
M07_REFS = [
    "[1] 刘振华. 区域创新系统与经济增长[M]. 东川: 东川大学出版社, 2012.",
    "[2] 王建国, 李明. 创新驱动发展的测度与比较[J]. 东川经济研究, 2013(6): 21-30.",
    "[3] 陈光明. 全要素生产率与地区差距[J]. 经济评论, 2014(2): 45-56.",
    "[4] 国务院. 政府工作报告（2015年）[R]. 北京: 人民出版社, 2015.",
]
M07_THANKS = "本论文是在导师刘老师的悉心指导下完成的。从选题、开题到论文写作，刘老师都给予了耐心的指导和帮助，在此谨向刘老师致以衷心的感谢。感谢经济与管理学院各位老师四年来的教诲，感谢同学们在学习和生活中给予的支持。"
M07_PAPERS = [
    "[1] 陈思远, 刘振华. 中西部地区创新效率研究[J]. 东川大学学报, 2015(2): 33-39.",
    "[2] 陈思远. 简政放权与区域营商环境[C]// 东川省大学生经济论坛论文集, 2014: 112-118.",
]

M07_PREAMBLE = r"""\documentclass[12pt,a4paper,oneside,openany]{report}
\usepackage[top=3cm,bottom=2.6cm,left=3cm,right=2.6cm,headheight=15pt,headsep=0.6cm,footskip=1cm]{geometry}
\usepackage{amsmath}
\usepackage{fontspec}
\setmainfont{Noto Serif CJK SC}
\setsansfont{Noto Sans CJK SC}
\newfontfamily\kai{AR PL KaitiM GB}
\XeTeXlinebreaklocale "zh"
\XeTeXlinebreakskip = 0pt plus 1pt
\usepackage{graphicx}
\usepackage{booktabs}
\usepackage{xcolor}
\usepackage{fancyhdr}
\linespread{1.4}
\setlength{\parindent}{2em}
\renewcommand\contentsname{目\quad 录}
\renewcommand\thechapter{\arabic{chapter}}
\renewcommand\theequation{\thechapter-\arabic{equation}}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[C]{\small HEADER}
\fancyfoot[C]{\small\thepage}
\renewcommand\headrulewidth{0.6pt}
\fancypagestyle{plain}{\fancyhf{}\fancyhead[C]{\small HEADER}\fancyfoot[C]{\small\thepage}}
\makeatletter
\def\@makeschapterhead#1{\vspace*{6pt}{\centering\sffamily\fontsize{18}{26}\selectfont #1\par}\vspace{20pt}}
\renewcommand\section{\@startsection{section}{1}{\z@}{14pt plus 2pt}{8pt}{\sffamily\fontsize{14}{21}\selectfont}}
\renewcommand\subsection{\@startsection{subsection}{2}{\z@}{10pt plus 2pt}{6pt}{\sffamily\fontsize{13}{19}\selectfont}}
\renewcommand*\l@chapter{\@dottedtocline{0}{0em}{0em}}
\renewcommand*\l@section{\@dottedtocline{1}{2em}{0em}}
\renewcommand*\l@subsection{\@dottedtocline{2}{4em}{0em}}
\makeatother
\newcommand\twohead[2]{\clearpage\vspace*{6pt}{\centering\sffamily\fontsize{16}{24}\selectfont #1\par\vspace{8pt}\fontsize{20}{28}\selectfont #2\par}\vspace{24pt}\addcontentsline{toc}{chapter}{#1\quad #2}}
\newcommand\onehead[1]{\clearpage\vspace*{6pt}{\centering\sffamily\fontsize{18}{26}\selectfont #1\par}\vspace{20pt}\addcontentsline{toc}{chapter}{#1}}
\newcommand\fourth[1]{\par\vspace{4pt}{\noindent\hspace*{2em}\bfseries #1\par}\nopagebreak[4]}
"""


def m07_tex(
    paras: list[str], chart: Path
) -> tuple[str, list[dict[str, Any]], list[str], list[str]]:
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    keep: list[str] = []

    def body(spec: tuple[int, int]) -> str:
        t = texts(paras, [spec])[0]
        used.append(t)
        if spec[0] in M07_KEEP:
            keep.append(t)
        return esc(t) + r"\par"

    rows = "\n".join(
        r"\makebox[5em][s]{"
        + k.replace("　", "")
        + r"}：&\underline{\makebox[16em]{"
        + v
        + r"}}\\[6pt]"
        for k, v in M07_FIELDS
    )
    out = [
        M07_PREAMBLE.replace("HEADER", M07_HEADER),
        r"\begin{document}",
        r"\begin{titlepage}\centering",
        r"\vspace*{1.5cm}{\sffamily\fontsize{30}{40}\selectfont\bfseries " + M07_SCHOOL + r"\par}",
        r"\vspace{0.6cm}{\sffamily\fontsize{22}{30}\selectfont " + M07_KIND + r"\par}",
        r"\vspace{2.2cm}{\sffamily\bfseries\fontsize{20}{30}\selectfont " + M07_TITLE + r"\par}",
        r"\vspace{0.8cm}{\fontsize{14}{20}\selectfont\bfseries " + M07_EN_TITLE + r"\par}",
        r"\vspace{2.4cm}{\fontsize{14}{20}\selectfont\begin{tabular}{rl}"
        + rows
        + r"\end{tabular}\par}",
        r"\vspace{1.6cm}{\fontsize{14}{20}\selectfont " + M07_DATE + r"\par}",
        r"\vfill{\footnotesize\color[gray]{0.45}" + M07_TEMPLATE + r"\par}",
        r"\end{titlepage}",
        r"\pagenumbering{Roman}",
        r"\onehead{摘\quad 要}",
    ]
    heads.append({"text": "摘　要", "level": 1})
    out += [body(s) for s in M07_ABSTRACT]
    out.append(r"\vspace{10pt}\noindent{\sffamily\bfseries 关键词：}" + M07_KEYWORDS + r"\par")
    out.append(r"\onehead{ABSTRACT}")
    heads.append({"text": "ABSTRACT", "level": 1})
    out += [p + r"\par" for p in M07_ABSTRACT_EN]
    out.append(r"\vspace{10pt}\noindent\textbf{Key words: }" + M07_KEYWORDS_EN + r"\par")
    out.append(r"\tableofcontents")
    out.append(r"\clearpage\pagenumbering{arabic}")
    for num, name, secs in M07_CHAPTERS:
        out.append(r"\refstepcounter{chapter}\twohead{" + num + "}{" + name + "}")
        heads.append({"text": num + "　" + name, "level": 1})
        for text, level, ps, extra in secs:
            number, title = text.split("　", 1)
            cmd = r"\section*" if level == 2 else r"\subsection*"
            toc = "section" if level == 2 else "subsection"
            out.append(
                cmd + "{" + number + r"\quad " + title + "}"
                r"\addcontentsline{toc}{" + toc + "}{" + number + r"\quad " + title + "}"
            )
            heads.append({"text": text, "level": level})
            out += [body(s) for s in ps]
            if extra == "EQ":
                out += [
                    r"\begin{equation}Y_{it}=A_{it}K_{it}^{\alpha}L_{it}^{1-\alpha}\end{equation}",
                    r"\begin{equation}\frac{\dot{Y}}{Y}=\frac{\dot{A}}{A}+\alpha\frac{\dot{K}}{K}+(1-\alpha)\frac{\dot{L}}{L}\end{equation}",
                ]
            if extra == "TABLE":
                trows = "\n".join(
                    " & ".join(c if c.startswith("$") else esc(c) for c in r) + r" \\"
                    for r in M07_TABLE[1:]
                )
                out += [
                    r"\begin{table}[htbp]\centering\small",
                    r"{\sffamily "
                    + M07_TAB_CAP[0]
                    + r"\par "
                    + M07_TAB_CAP[1]
                    + r"\par}\vspace{4pt}",
                    r"\begin{tabular}{lccc}\toprule " + " & ".join(M07_TABLE[0]) + r" \\ \midrule",
                    trows,
                    r"\bottomrule\end{tabular}\end{table}",
                ]
            if extra == "FIG":
                out += [
                    r"\begin{figure}[htbp]\centering",
                    r"\includegraphics[width=0.8\linewidth]{" + str(chart) + "}",
                    r"\par\vspace{4pt}{\small\sffamily "
                    + M07_FIG_CAP[0]
                    + r"\par "
                    + M07_FIG_CAP[1]
                    + r"\par}",
                    r"\end{figure}",
                ]
            if extra == "SUB":
                for sub, spec in M07_SUB:
                    out.append(r"\fourth{" + sub + "}")
                    out.append(body(spec))
    out.append(r"\onehead{参考文献}")
    heads.append({"text": "参考文献", "level": 1})
    out += [r"{\small\noindent\hangindent=2em " + esc(r) + r"\par}" for r in M07_REFS]
    out.append(r"\twohead{" + M07_APPENDIX[0] + "}{" + M07_APPENDIX[1] + "}")
    heads.append({"text": M07_APPENDIX[0] + "　" + M07_APPENDIX[1], "level": 1})
    arows = "\n".join(" & ".join(esc(c) for c in r) + r" \\" for r in M07_APP_TABLE[1:])
    out += [
        r"{\centering\small\begin{tabular}{ll}\toprule "
        + " & ".join(M07_APP_TABLE[0])
        + r" \\ \midrule",
        arows,
        r"\bottomrule\end{tabular}\par}",
    ]
    out.append(r"\onehead{致\quad 谢}")
    heads.append({"text": "致　谢", "level": 1})
    out.append(M07_THANKS + r"\par")
    out.append(
        r"\vspace{36pt}{\centering\sffamily\fontsize{18}{26}\selectfont 在学期间发表的学术论文\par}\vspace{20pt}\addcontentsline{toc}{chapter}{在学期间发表的学术论文}"
    )
    heads.append({"text": "在学期间发表的学术论文", "level": 1})
    out += [r"{\small\noindent\hangindent=2em " + esc(r) + r"\par}" for r in M07_PAPERS]
    out.append(r"\end{document}")
    return "\n".join(out) + "\n", heads, used, keep


def build_thesis_sample(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    with tempfile.TemporaryDirectory() as t:
        chart = Path(t) / "tfp.png"
        chart.write_bytes(bars_png([2.1, 1.6, 1.2, 2.4, 1.9, 1.4, 2.6, 2.0, 1.7]))
        tex, heads, used, keep = m07_tex(paras, chart)
        xelatex(tex, path, runs=3)
    n = more.pages(path)
    assert 6 <= n <= 16, n
    gold: Gold = {
        "title": M07_TITLE,
        "headings": heads,
        "must_have": keep_of(used, keep),
        "running": [M07_HEADER],
        "must_not_have": [
            "2011013276",
            "刘振华　教授",
            M07_TEMPLATE,
        ],
        "note": "",
    }
    text = check_pdf(path, gold, used)
    no_clash_boiler(path.name, gold)
    one_line = {
        **gold,
        "headings": [h for h in heads if not h["text"].startswith(("第 ", "附录 "))],
    }
    heads_printed(path.name, text, one_line, wrapped=(M07_CHAPTERS[1][2][1][0],))
    pairs = [(num, name) for num, name, _ in M07_CHAPTERS] + [M07_APPENDIX]
    two_line_heads(path.name, text, pairs)
    not_in_body(path.name, used, [M07_KEYWORDS, M07_TAB_CAP[0], M07_FIG_CAP[0]])
    third.no_clash(path.name, [M07_THANKS, *M07_REFS, *M07_PAPERS], gold)
    first = squash(more.pdftext(path, 1))
    assert squash(M07_HEADER) not in first and squash(M07_EN_TITLE) in re.sub(
        "[\u2010-\u2015]", "-", first
    )
    for k in range(2, n + 1):
        assert page_lines(path, k)[0] == squash(M07_HEADER), (k, page_lines(path, k)[:1])
    gold["note"] = (
        f"{n} pages, XeLaTeX report class (oneside; fontspec with Noto Serif/Sans CJK SC, "
        "amsmath, booktabs, fancyhdr; three runs), the sample PDF of a ThuThesis/SJTUThesis-"
        f"like bachelor's thesis template. Page 1 the cover (no header): {M07_SCHOOL} and "
        f"{M07_KIND} (metadata), the Chinese title (the title), the English title under it "
        "(metadata, unscored), a field table 学生姓名/学号/院系/专业/指导教师 with underlined "
        "values (学号 and supervisor values must_not_have) and the date; at the foot a grey "
        f"line {M07_TEMPLATE} that the template prints on its sample (must_not_have). Roman "
        "page numbers: 摘　要 (centred 18 pt sans, level 1) with two report paragraphs (body; "
        "the first a must_have) and the 关键词 line (unscored), ABSTRACT (level 1) with "
        "English paragraphs written here (unscored); 目　录 with dot leaders (not a heading; "
        "its lines neither). Chapters open a page and are printed in TWO centred lines, "
        "`第 N 章` (16 pt) over the chapter name (20 pt): one level-1 head each, gold "
        "`第 N 章　name` joined (the TOC prints them on one line); `1.1　…` 14 pt sans "
        "(level 2; 2.2 is long enough to wrap onto a second line: one head), `1.3.1　…` 13 pt "
        "sans (level 3); under 3.2.2 two bold `（1）`/`（2）` lines are fourth-level heads "
        "(not listed, their text unscored; their paragraphs body). Equations (2-1) and (2-2), "
        "the bilingual caption lines 表 3-1/Table 3-1 and 图 3-1/Fig. 3-1 (neither headings "
        "nor body; unscored), table cells unscored. Back matter: 参考文献 (level 1, entries "
        "unscored), the appendix in two lines `附录 A` over its name (level 1, joined like the "
        "chapters; its table unscored), 致　谢 (level 1, paragraph written here: unscored), "
        "在学期间发表的学术论文 (level 1, list unscored). Header on every page but the cover: "
        f"{M07_HEADER} over a rule (running); centred page numbers not listed"
    )
    return gold


# ============================================== m08 lab manual (pandoc -> LaTeX -> XeLaTeX)

M08_TITLE = "政务文本数据分析实验指导书"
M08_SUBTITLE = "实验二：政府工作报告的文本挖掘"
M08_AUTHOR = "东川大学公共管理学院　数据治理课程组"
M08_DATE = "2016年9月（第2版）"
M08_HEAD_L = "《数据治理与公共决策》课程实验"
M08_HEAD_R = "东川大学公共管理学院"
M08_STAMP = "本文件由持续集成自动构建：提交 3f9a2c1，2016年9月5日 10:42"
M08_KEEP_IDX = {10, 21, 17, 29, 35}

M08_MD = r"""---
title: "TITLE"
subtitle: "SUBTITLE"
author: "AUTHOR"
date: "DATE"
---

# 实验概述

## 实验背景

P10

P13

## 实验目的

P21

通过本实验，学生应能够：

- 使用 Python 读取和清洗中文文本；
- 完成分词、去停用词和词频统计；
- 用 TF-IDF 方法提取关键词并作可视化展示。

## 实验环境

| 软件 | 版本 | 说明 |
|------|------|------|
| Python | 3.5 及以上 | 推荐使用 Anaconda 发行版 |
| jieba | 0.38 | 中文分词 |
| matplotlib | 1.5 | 绘图 |

在终端输入 `python3 --version` 检查 Python 版本。

# 实验准备

## 安装依赖

按以下步骤准备实验环境：

1. 克隆实验仓库到本地：

    ```bash
    # 第一步：获取实验代码
    git clone https://git.dcu.edu.cn/datagov/lab2.git
    cd lab2
    ```

2. 创建虚拟环境并安装依赖：

    ```bash
    python3 -m venv venv
    source venv/bin/activate
    pip install -r requirements.txt
    ```

3. 运行 `python3 check_env.py`，确认输出“环境检查通过”。

::: tip
实验室机房已预装全部依赖，使用机房电脑的同学可以跳过本节。
:::

## 获取数据集 `gwr_corpus.zip`

P17

数据集放在仓库的 `data/` 目录下，解压后每年的报告为一个文本文件：

```bash
unzip data/gwr_corpus.zip -d data/
ls data/gwr_corpus/
```

# 实验内容与步骤

## 文本预处理

### 分词与去停用词

P19

```python
import jieba

# 一、读取原始文本
with open("data/gwr_corpus/gwr_2016.txt", encoding="utf-8") as f:
    text = f.read()

# 二、分词并去除停用词
stop = set(open("data/stopwords.txt", encoding="utf-8").read().split())
words = [w for w in jieba.cut(text) if w.strip() and w not in stop]
```

### 词频统计

P29

::: warning
统计前务必去除标点和数字，否则高频词表会被“，”“的”等符号和虚词占满。
:::

## 关键词提取

### 关键词权重计算

P22

词语 $t$ 在文档 $d$ 中的权重按下式计算：

$$w_{t,d} = \mathrm{tf}_{t,d} \times \log \frac{N}{\mathrm{df}_t}$$

### 结果可视化

P30

```python
import matplotlib.pyplot as plt

# 三、绘制前20个关键词的条形图
top = sorted(weights.items(), key=lambda x: -x[1])[:20]
plt.barh([k for k, _ in top], [v for _, v in top])
plt.savefig("keywords.png", dpi=150)
```

::: note
图中中文显示为方框时，请在绘图前设置中文字体，例如 `plt.rcParams["font.sans-serif"] = ["SimHei"]`。
:::

# 实验报告要求

## 提交内容

P33

1. 实验报告一份（PDF 格式），包括实验步骤、结果截图和分析；
2. 完整的源代码（`.py` 文件）；
3. 生成的关键词图 `keywords.png`。

## 评分标准

| 项目 | 分值 | 要求 |
|------|------|------|
| 代码 | 40 | 能正确运行，注释清楚 |
| 结果 | 30 | 词频与关键词结果合理 |
| 分析 | 30 | 结合文本进行解读 |

P35

# 参考资料 {-}

- jieba 中文分词：<https://github.com/fxsjy/jieba>
- scikit-learn 文本特征提取文档：<https://scikit-learn.org/stable/modules/feature_extraction.html>

STAMP
"""

M08_HEADS = [
    ("1 实验概述", 1),
    ("1.1 实验背景", 2),
    ("1.2 实验目的", 2),
    ("1.3 实验环境", 2),
    ("2 实验准备", 1),
    ("2.1 安装依赖", 2),
    ("2.2 获取数据集 gwr_corpus.zip", 2),
    ("3 实验内容与步骤", 1),
    ("3.1 文本预处理", 2),
    ("3.1.1 分词与去停用词", 3),
    ("3.1.2 词频统计", 3),
    ("3.2 关键词提取", 2),
    ("3.2.1 关键词权重计算", 3),
    ("3.2.2 结果可视化", 3),
    ("4 实验报告要求", 1),
    ("4.1 提交内容", 2),
    ("4.2 评分标准", 2),
    ("参考资料", 1),
]

M08_FILTER = r"""
local labels = {tip = {"提示", "teal"}, note = {"注意", "blue"}, warning = {"警告", "red"}}
function Div(el)
  for cls, v in pairs(labels) do
    if el.classes:includes(cls) then
      local out = {pandoc.RawBlock("latex", "\\begin{admon}{" .. v[1] .. "}{" .. v[2] .. "}")}
      for _, b in ipairs(el.content) do table.insert(out, b) end
      table.insert(out, pandoc.RawBlock("latex", "\\end{admon}"))
      return out
    end
  end
end
"""

M08_HEADER_TEX = r"""\XeTeXlinebreaklocale "zh"
\XeTeXlinebreakskip = 0pt plus 1pt
\setlength{\parindent}{2em}
\linespread{1.3}
\usepackage{fancyhdr}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small HEADL}
\fancyhead[R]{\small HEADR}
\fancyfoot[C]{\small\thepage}
\RecustomVerbatimEnvironment{Highlighting}{Verbatim}{commandchars=\\\{\},frame=single,framesep=2mm,rulecolor=\color{black!35},fontsize=\small}
\newsavebox\admonbox
\newenvironment{admon}[2]{\def\admoncolor{#2}\par\medskip\noindent\begin{lrbox}{\admonbox}\begin{minipage}{\dimexpr\linewidth-2\fboxsep-2\fboxrule\relax}\setlength{\parindent}{0pt}\small{\bfseries\sffamily\color{#2}#1}\par\smallskip}{\end{minipage}\end{lrbox}\fcolorbox{\admoncolor}{\admoncolor!6}{\usebox\admonbox}\par\medskip}
"""


def m08_markdown(paras: list[str]) -> tuple[str, list[str], list[str]]:
    used: list[str] = []
    keep: list[str] = []
    spec = {10: 3, 13: 3, 21: 0, 17: 3, 19: 3, 29: 3, 22: 3, 30: 3, 33: 3, 35: 3}

    def sub(m: re.Match[str]) -> str:
        i = int(m.group(1))
        t = texts(paras, [(i, spec[i])])[0]
        used.append(t)
        if i in M08_KEEP_IDX:
            keep.append(t)
        return t

    md = M08_MD
    for k, v in (
        ("TITLE", M08_TITLE),
        ("SUBTITLE", M08_SUBTITLE),
        ("AUTHOR", M08_AUTHOR),
        ("DATE", M08_DATE),
    ):
        md = md.replace(f'"{k}"', f'"{v}"', 1)
    md = md.replace("\nSTAMP\n", "\n" + M08_STAMP + "\n")
    md = re.sub(r"^P(\d+)$", sub, md, flags=re.M)
    return md, used, keep


def build_lab_manual(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    md, used, keep = m08_markdown(paras)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        (tmp / "lab.md").write_text(md, encoding="utf-8")
        (tmp / "admon.lua").write_text(M08_FILTER, encoding="utf-8")
        (tmp / "head.tex").write_text(
            M08_HEADER_TEX.replace("HEADL", M08_HEAD_L).replace("HEADR", M08_HEAD_R),
            encoding="utf-8",
        )
        cmd = [
            "pandoc", "lab.md", "-f", "markdown-smart", "-s", "-N", "--toc", "-t", "latex-smart", "-o", "lab.tex",
            "--highlight-style=pygments", "--lua-filter=admon.lua", "-H", "head.tex",
            "-V", "documentclass=article", "-V", "papersize=a4", "-V", "geometry:margin=2.5cm",
            "-V", "fontfamily=fontspec", "-V", "mainfont=Noto Serif CJK SC",
            "-V", "sansfont=Noto Sans CJK SC", "-V", "monofont=Noto Sans Mono CJK SC",
            "-V", "toc-title=目录", "-V", "colorlinks=true", "-V", "fontsize=11pt",
        ]  # fmt: skip
        subprocess.run(cmd, cwd=tmp, check=True, capture_output=True, timeout=120)
        tex = (tmp / "lab.tex").read_text(encoding="utf-8")
        tex = tex.replace(r"\maketitle", r"\maketitle\thispagestyle{plain}")
        xelatex(tex, path, runs=2)
    n = more.pages(path)
    assert 4 <= n <= 12, n
    gold: Gold = {
        "title": M08_TITLE,
        "headings": [{"text": h, "level": lv} for h, lv in M08_HEADS],
        "must_have": keep_of(used, keep),
        "running": [M08_HEAD_L, M08_HEAD_R],
        "must_not_have": [M08_STAMP],
        "note": "",
    }
    text = check_pdf(path, gold, used)
    no_clash_boiler(path.name, gold)
    heads_printed(path.name, text, gold)
    first = squash(more.pdftext(path, 1))
    assert squash(M08_HEAD_L) not in first and squash(M08_SUBTITLE) in first
    gold["note"] = (
        f"{n} pages: a course's 实验指导书 kept as Markdown in a course repository and built "
        "with pandoc 2.17 (`-s -N --toc`, highlight style pygments, a Lua filter turning "
        "`::: tip/note/warning` fenced divs into framed boxes) to LaTeX, typeset with "
        "XeLaTeX (article, fontspec with Noto Serif/Sans/Mono CJK SC, unicode-math, "
        "fancyhdr). Page 1: pandoc's \\maketitle block (title = the title; the subtitle "
        f"{M08_SUBTITLE}, the course group and the date line are metadata, unscored) and the "
        "目录 (pandoc's toc-title; not a heading, its lines neither). Heads are pandoc's "
        "numbered \\section/\\subsection/\\subsubsection printed `1 …`, `1.1 …`, `3.1.1 …` "
        "(levels 1/2/3, numbers kept as printed); 2.2's head ends in inline code printed in "
        "the mono font (gwr_corpus.zip, part of the head); the unnumbered 参考资料 (level 1) "
        "closes the text with two link items (unscored). Code blocks (framed Verbatim: bash "
        "and Python, with `# 第一步…`, `# 一、读取原始文本` comments that look like heads) are "
        "NOT headings and unscored; the 提示/注意/警告 boxes (label and one sentence written "
        "here) are neither headings nor scored body; bullet and numbered step items, the two "
        "tables, the display formula and the lines introducing them are written here "
        "(unscored). Report paragraphs (body) sit under 1.1-4.2, the last after the 评分标准 "
        f"table. The CI build stamp line at the very end ({M08_STAMP[:20]}…) is not the "
        f"document's text (must_not_have). Header from page 2: {M08_HEAD_L} left, "
        f"{M08_HEAD_R} right (running); page numbers centred, not listed"
    )
    return gold


# ============================================== m09 SRS on a Word template (python-docx -> LibreOffice)

M09_COMPANY = "东川云擎信息技术有限公司"
M09_TITLE_LINES = ("东川市网上政务服务平台", "软件需求规格说明书")
M09_VERSION = "版本：V1.2"
M09_DOCNO = "DCYQ-SRS-2014-017"
M09_CONTROL = [
    ("文档编号", M09_DOCNO, "密　　级", "内部公开"),
    ("编　　写", "王晓东　2014-05-12", "审　　核", "李　敏　2014-06-18"),
    ("批　　准", "张建军　2014-06-25", "页　　数", "共6页"),
]
M09_REVS = [
    ("版本", "日期", "修订说明", "修订人"),
    ("V1.0", "2014-05-12", "初稿", "王晓东"),
    ("V1.1", "2014-06-03", "补充非功能需求", "王晓东"),
    ("V1.2", "2014-06-20", "根据需求评审会意见修订第3章、第4章", "刘　洋"),
]
M09_BOX_TITLE = "模板使用说明（正式发布前请删除本页）"
M09_BOX = [
    "1. 本模板依据《计算机软件文档编制规范》（GB/T 8567—2006）编制，各章节标题不得删除，不适用的章节注明“不适用”。",
    "2. 正文使用“正文”样式（宋体小四号，1.5倍行距），章节标题使用“标题1”至“标题3”样式，编号手工输入。",
    "3. 蓝色斜体的〔填写说明〕为编写指导，灰色底纹的〔 〕为待填写内容，文档定稿时均应删除。",
    "4. 表格应有表题，编号按章排序；需求编号格式为REQ-类别-序号。",
]
M09_HEAD_L = M09_COMPANY
M09_HEAD_R = "软件需求规格说明书　V1.2"
BLUE = "2F5597"
# (head, level, instruction or "", [(para, sentences)], extra)
M09_OUTLINE: list[tuple[str, int, str, list[tuple[int, int]], str]] = [
    ("1　引言", 1, "", [], ""),
    (
        "1.1　编写目的",
        2,
        "〔填写说明：说明编写本需求规格说明书的目的，指出预期的读者。〕",
        [(24, 3)],
        "",
    ),
    (
        "1.2　项目背景",
        2,
        "〔填写说明：说明待开发系统的名称、任务提出者、开发者和用户，以及与其他系统的关系。〕",
        [(47, 0), (48, 3)],
        "",
    ),
    (
        "1.3　术语和缩略语",
        2,
        "〔填写说明：列出本文档中用到的专门术语的定义和外文首字母组词的原词组。〕",
        [],
        "TERMS",
    ),
    (
        "1.4　参考资料",
        2,
        "〔填写说明：列出本文档引用的文件、资料和标准，注明标题、文号、发布日期和来源。〕",
        [],
        "EMPTY",
    ),
    ("2　项目概述", 1, "", [], ""),
    ("2.1　产品描述", 2, "〔填写说明：叙述本系统开发的意图、应用目标和作用范围。〕", [(25, 3)], ""),
    ("2.2　用户特征", 2, "", [(42, 3)], ""),
    (
        "2.3　运行环境",
        2,
        "〔填写说明：说明系统运行所需的硬件、软件和网络环境。〕",
        [(26, 2)],
        "ENV",
    ),
    ("3　功能需求", 1, "〔填写说明：按功能模块逐项描述，每项需求应可验证。〕", [], ""),
    ("3.1　网上申报", 2, "", [], ""),
    ("3.1.1　功能描述", 3, "", [(15, 0)], "REQ"),
    ("3.1.2　业务规则", 3, "", [(16, 0)], ""),
    ("3.2　信息公开", 2, "", [], ""),
    ("3.2.1　功能描述", 3, "", [(50, 0)], ""),
    ("3.2.2　业务规则", 3, "", [(49, 3)], ""),
    ("4　非功能需求", 1, "", [], ""),
    (
        "4.1　性能需求",
        2,
        "〔填写说明：给出响应时间、并发用户数、数据量等定量要求。〕",
        [(45, 3)],
        "",
    ),
    ("4.2　安全需求", 2, "", [(14, 0)], ""),
    ("5　验收标准", 1, "〔填写说明：说明各项需求的验收方法和通过准则。〕", [(0, 3)], ""),
]
M09_KEEP = {24, 48, 42, 15, 49, 0}
M09_PLACEHOLDER = "〔在此处填写参考资料清单〕"
M09_TERMS = [
    ("术语/缩略语", "说明"),
    ("一站式服务", "一个窗口受理、一次性告知、限时办结的服务方式"),
    ("CA", "数字证书认证机构（Certificate Authority）"),
    ("SSO", "单点登录（Single Sign-On）"),
]
M09_ENV = [
    ("类别", "要求"),
    ("服务器", "x86 服务器，CentOS 6.5，4 核 16 GB 以上"),
    ("数据库", "Oracle 11g R2"),
    ("客户端", "IE 8 及以上或 Chrome 浏览器"),
]
M09_REQS = [
    ("需求编号", "需求名称", "优先级"),
    ("REQ-F-001", "在线填报申请材料", "高"),
    ("REQ-F-002", "申请材料电子签章", "中"),
    ("REQ-F-003", "办理进度实时查询", "高"),
]


def m09_instr(d: Any, text: str) -> Any:
    from docx.shared import Pt

    p = para(d, text, 10.5, False, KAI, color=BLUE)
    p.runs[0].italic = True
    p.paragraph_format.first_line_indent = Pt(21)
    p.paragraph_format.space_after = Pt(3)
    return p


def m09_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str], list[str]]:
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    d = new_doc(12, (2.5, 2.5, 2.8, 2.5))
    for name, size in (("Heading 1", 16), ("Heading 2", 14), ("Heading 3", 12)):
        heading_style(d, name, SANS, size, bold=name != "Heading 1")
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    keep: list[str] = []
    c = WD_ALIGN_PARAGRAPH.CENTER
    para(d, M09_COMPANY, 14, True, SANS, c, before=36, after=60)
    para(d, M09_TITLE_LINES[0], 26, True, SANS, c, after=6)
    para(d, M09_TITLE_LINES[1], 26, True, SANS, c, after=18)
    para(d, M09_VERSION, 14, False, SERIF, c, after=48)
    t = d.add_table(rows=len(M09_CONTROL), cols=4)
    t.style = d.styles["Table Grid"]
    for r, row in enumerate(M09_CONTROL):
        for k, v in enumerate(row):
            cell_text(t.cell(r, k), v, 10.5, k % 2 == 0, SERIF, c)
            if k % 2 == 0:
                shade(t.cell(r, k), "E7E6E6")
    widths(t, [2.6, 5.0, 2.6, 5.0])
    para(d, "", 10.5, after=18)
    cap = para(d, "修订记录", 12, True, SANS, c, after=6)
    cap.paragraph_format.keep_with_next = True
    grid_table(d, M09_REVS, [1.6, 2.6, 8.0, 3.0])
    # the template's instructions page
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    box = d.add_table(rows=1, cols=1)
    box.style = d.styles["Table Grid"]
    cell = box.cell(0, 0)
    bd = "".join(
        f'<w:{s} w:val="single" w:sz="18" w:space="0" w:color="{prev30.RED}"/>'
        for s in ("top", "left", "bottom", "right")
    )
    cell._tc.get_or_add_tcPr().append(el(f"<w:tcBorders>{bd}</w:tcBorders>"))
    cell.paragraphs[0].alignment = c
    add_run(cell.paragraphs[0], M09_BOX_TITLE, 14, True, SANS, prev30.RED)
    for line in M09_BOX:
        p = cell.add_paragraph()
        p.paragraph_format.space_before = Pt(4)
        add_run(p, line, 11, False, SERIF, prev30.RED)
    widths(box, [15.6])
    page_break(d)
    for text, level, instr, ps, extra in M09_OUTLINE:
        d.add_heading(text, level)
        heads.append({"text": text, "level": level})
        if instr:
            m09_instr(d, instr)
        for i, n in ps:
            tx = texts(paras, [(i, n)])[0]
            prev29.body(d, tx, 12, 1.5)
            used.append(tx)
            if i in M09_KEEP:
                keep.append(tx)
        if extra == "EMPTY":
            p = para(d, M09_PLACEHOLDER, 12, False, SERIF, color="7F7F7F")
            p.runs[0]._r.get_or_add_rPr().append(
                el('<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>')
            )
            p.paragraph_format.first_line_indent = Pt(24)
        for key, rows, cms, label in (
            ("TERMS", M09_TERMS, [4.0, 11.6], "表1-1　术语和缩略语"),
            ("ENV", M09_ENV, [3.0, 12.6], "表2-1　运行环境要求"),
            ("REQ", M09_REQS, [3.4, 8.6, 3.6], "表3-1　网上申报功能需求列表"),
        ):
            if extra == key:
                para(
                    d, label, 10.5, True, SERIF, c, before=6, after=3
                ).paragraph_format.keep_with_next = True
                grid_table(d, rows, cms)
                para(d, "", 6)
    # header and footer from the instructions page on; the cover has none
    d.sections[0].different_first_page_header_footer = True
    sec.header.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.7), WD_TAB_ALIGNMENT.RIGHT)
    add_run(hp, M09_HEAD_L + "\t" + M09_HEAD_R, 9, False, SERIF)
    rule(hp, "bottom", "000000", 6)
    footer_fields(
        sec.footer,
        [("t", "第 "), ("f", "PAGE"), ("t", " 页 共 "), ("f", "NUMPAGES"), ("t", " 页")],
        WD_ALIGN_PARAGRAPH.CENTER,
    )
    return d, heads, used, keep


def build_srs_template(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used, keep = m09_docx(paras)
    docx_pdf(d, path)
    n = more.pages(path)
    assert 4 <= n <= 12, n
    gold: Gold = {
        "title": "".join(M09_TITLE_LINES),
        "headings": heads,
        "must_have": keep_of(used, keep),
        "running": [M09_HEAD_L, M09_HEAD_R],
        "must_not_have": [
            M09_DOCNO,
            "根据需求评审会意见修订第3章、第4章",
            M09_BOX_TITLE,
            M09_BOX[0][3:40],
            M09_BOX[2][3:40],
            M09_OUTLINE[1][2],
            M09_OUTLINE[8][2],
            M09_PLACEHOLDER,
        ],
        "note": "",
    }
    text = check_pdf(path, gold, used)
    no_clash_boiler(path.name, gold)
    heads_printed(path.name, text, gold)
    first = squash(more.pdftext(path, 1))
    assert squash(M09_HEAD_R) not in first and squash(M09_TITLE_LINES[1]) in first
    assert squash(M09_BOX_TITLE) in squash(more.pdftext(path, 2))
    gold["note"] = (
        f"{n} pages (Word -> LibreOffice): a software company's 软件需求规格说明书 filled in on "
        "its Word template, with the template's own instructions left in. Page 1 the cover "
        f"(no header): company line (metadata), the title in two 26 pt lines {M09_TITLE_LINES[0]} / "
        f"{M09_TITLE_LINES[1]} (one title, joined), {M09_VERSION} (metadata), a document-control "
        f"table (文档编号 {M09_DOCNO} must_not_have; 编写/审核/批准 names and dates unscored) and a "
        "修订记录 table under a bold caption (a form: caption not a heading, one revision note "
        "must_not_have). Page 2 a red-framed one-cell box with the template's 模板使用说明（正式"
        "发布前请删除本页） and four numbered red rules (the author forgot to delete it: not the "
        "document's text, title and two rules must_not_have). From page 3 Heading 1/2/3 with "
        "typed `1　`/`1.1　`/`3.1.1　` numbers (levels 1/2/3, numbers kept); under several heads "
        "a blue italic 楷体 〔填写说明：…〕 paragraph from the template (instructions, not "
        "the text: two must_not_have, the others likewise boilerplate); 1.4 参考资料 still "
        "holds only the grey-shaded placeholder 〔在此处填写参考资料清单〕 (must_not_have; the "
        "head stays a heading though its section is empty); three tables 表1-1/表2-1/表3-1 "
        "with bold centred captions (neither headings nor body; cells unscored). Header from "
        f"page 2: {M09_HEAD_L} left and {M09_HEAD_R} right over a rule (running); footer "
        "`第 N 页 共 M 页` (not listed)"
    )
    return gold


# ============================================== m10 developer guide (pandoc Markdown -> DOCX)

M10_TITLE = "DCGov-SDK 开发者指南"
M10_SUBTITLE = "面向贡献者的开发、测试与提交规范"
M10_DATE = "2017-06-01"
M10_BADGES = "[build: passing] [coverage: 87%] [license: Apache-2.0] [pypi: v2.1.0]"
M10_GENERATED = "本文档由 docs/CONTRIBUTING.md 自动生成，请勿直接编辑 Word 版本。"
M10_KEEP_IDX = {22, 15, 20, 40, 43}

M10_MD = r"""---
title: "TITLE"
subtitle: "SUBTITLE"
date: "DATE"
---

BADGES

# 项目简介

P22

P21

## 设计原则

P15

# 快速开始

## 环境要求

| 依赖 | 最低版本 | 说明 |
|------|----------|------|
| Python | 3.5 | 支持 3.5、3.6 |
| requests | 2.12 | HTTP 客户端 |
| pytest | 3.0 | 仅开发时需要 |

## 安装

1. 从 PyPI 安装发布版本：

    ```bash
    pip install dcgov-sdk
    ```

2. 或者从源码安装开发版本：

    ```bash
    git clone https://github.com/dcgov/dcgov-sdk.git
    cd dcgov-sdk
    pip install -e ".[dev]"
    ```

## 配置 `settings.toml`

SDK 启动时读取项目根目录下的 `settings.toml`：

```toml
# 一、接口地址
[api]
base_url = "https://api.data.dc.gov.cn/v2"
timeout = 30

# 二、访问令牌
[auth]
token = "${DCGOV_TOKEN}"
```

`DCGOV_TOKEN`
:   访问令牌，在数据开放平台“开发者中心”申请。

`DCGOV_CACHE_DIR`
:   本地缓存目录，默认为 `~/.dcgov/cache`。

> **注意：** 不要把真实的访问令牌提交到仓库中，请使用环境变量。

# 开发指南

## 代码结构

```text
dcgov-sdk/
├── dcgov/          # SDK 源码
│   ├── client.py   # 接口客户端
│   └── datasets.py # 数据集封装
├── tests/          # 单元测试
└── docs/           # 文档
```

## 编码规范

P20

### 命名约定

P40

### 提交信息格式

提交信息采用“类型: 简述”的格式，例如：

```text
feat: 新增统计公报数据集接口
fix: 修正分页参数在第二页失效的问题
```

## 测试

1. 安装开发依赖：`pip install -e ".[dev]"`；
2. 运行全部测试：`pytest tests/`；
3. 提交前确认覆盖率不低于 85%。

> **提示：** 涉及网络请求的测试请使用 `responses` 库模拟，不要访问真实接口。

# 贡献流程

## 提交 Issue

P24

## 发起 Pull Request

P23

#### 合并前检查清单

- 代码通过 `flake8` 检查；
- 新增功能附有测试和文档；
- 提交信息符合规范。

# 路线图

P43

---

GENERATED
"""

M10_HEADS = [
    ("项目简介", 1),
    ("设计原则", 2),
    ("快速开始", 1),
    ("环境要求", 2),
    ("安装", 2),
    ("配置 settings.toml", 2),
    ("开发指南", 1),
    ("代码结构", 2),
    ("编码规范", 2),
    ("命名约定", 3),
    ("提交信息格式", 3),
    ("测试", 2),
    ("贡献流程", 1),
    ("提交 Issue", 2),
    ("发起 Pull Request", 2),
    ("路线图", 1),
]


def m10_reference(path: Path) -> None:
    """pandoc's default reference.docx with CJK faces on its text and heading styles."""
    import docx

    data = subprocess.run(
        ["pandoc", "--print-default-data-file", "reference.docx"],
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout
    path.write_bytes(data)
    d = docx.Document(str(path))
    from docx.oxml.ns import qn

    for st in d.styles:
        if st.type != 1 and st.type != 2:
            continue
        name = st.name or ""
        face = SANS if name.startswith(("Heading", "Title", "Subtitle")) else SERIF
        if name in ("Source Code", "Verbatim Char"):
            face = "Noto Sans Mono CJK SC"
        rf = st.element.get_or_add_rPr().get_or_add_rFonts()
        for k in list(rf.attrib):
            if "Theme" in k:
                del rf.attrib[k]
        rf.set(qn("w:eastAsia"), face)
        if name in ("Source Code", "Verbatim Char"):
            rf.set(qn("w:ascii"), face)
            rf.set(qn("w:hAnsi"), face)
    d.save(str(path))


def m10_markdown(paras: list[str]) -> tuple[str, list[str], list[str]]:
    used: list[str] = []
    keep: list[str] = []
    spec = {22: 3, 21: 0, 15: 0, 20: 3, 40: 3, 24: 3, 23: 3, 43: 0}

    def sub(m: re.Match[str]) -> str:
        i = int(m.group(1))
        t = texts(paras, [(i, spec[i])])[0]
        used.append(t)
        if i in M10_KEEP_IDX:
            keep.append(t)
        return t

    md = M10_MD
    for k, v in (("TITLE", M10_TITLE), ("SUBTITLE", M10_SUBTITLE), ("DATE", M10_DATE)):
        md = md.replace(f'"{k}"', f'"{v}"', 1)
    md = md.replace("\nBADGES\n", "\n" + M10_BADGES.replace("[", "\\[").replace("]", "\\]") + "\n")
    md = md.replace("\nGENERATED\n", "\n" + M10_GENERATED + "\n")
    md = re.sub(r"^P(\d+)$", sub, md, flags=re.M)
    return md, used, keep


def docx_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def build_dev_guide(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    md, used, keep = m10_markdown(paras)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        (tmp / "guide.md").write_text(md, encoding="utf-8")
        m10_reference(tmp / "ref.docx")
        subprocess.run(
            [
                "pandoc",
                "guide.md",
                "-o",
                "guide.docx",
                "--reference-doc=ref.docx",
                "--highlight-style=pygments",
            ],
            cwd=tmp,
            check=True,
            capture_output=True,
            timeout=120,
        )
        shutil.copy(tmp / "guide.docx", path)
    xml = docx_xml(path)
    assert 'w:val="SourceCode"' in xml and 'w:val="VerbatimChar"' in xml and "DefinitionTerm" in xml
    gold: Gold = {
        "title": M10_TITLE,
        "headings": [{"text": h, "level": lv} for h, lv in M10_HEADS],
        "must_have": keep_of(used, keep),
        "running": [],
        "must_not_have": [M10_BADGES, M10_GENERATED],
        "note": "",
    }
    text, n = check_docx(path, gold, used)
    assert 3 <= n <= 12, n
    no_clash_boiler(path.name, gold)
    heads_printed(path.name, text, gold)
    gold["note"] = (
        f"pandoc 2.17 Markdown -> DOCX (its default reference.docx with CJK faces set on the "
        f"styles; {n} pages in LibreOffice): an open-source SDK's CONTRIBUTING/developer "
        f"guide. Title style (the title); Subtitle {M10_SUBTITLE} and Date (metadata, "
        "unscored); the README badge line as pandoc writes a paragraph of escaped brackets "
        "(must_not_have). Heads are pandoc's unnumbered Heading 1/2/3 (levels 1/2/3); "
        "`配置 settings.toml` is a Heading 2 whose last run is in the Verbatim Char style (the "
        "code is part of the head); the Heading 4 `合并前检查清单` is deeper than 3 (not "
        "listed, text unscored). Code blocks are Source Code paragraphs with token character "
        "styles (toml `# 一、接口地址` comments, a directory tree, commit-message samples): "
        "not headings, unscored; the definition list (DCGOV_TOKEN / DCGOV_CACHE_DIR terms in "
        "Definition Term, their Definitions) is neither headings nor scored body; the two "
        "block-quote notes (**注意：**/**提示：**, written here), the numbered step lists "
        "(Compact), the pandoc table and the lines introducing code are written here "
        "(unscored). Report paragraphs are the body (First Paragraph/Body Text). After a "
        f"horizontal rule the generated-file notice ({M10_GENERATED[:16]}…) is not the "
        "document's text (must_not_have). No header or footer"
    )
    return gold


# ============================================== m11 online-editor export (python-docx)

M11_TITLE = "2013年重点任务分工方案（讨论稿）"
M11_META = "王　磊　|　最后修改于 2013年3月18日 16:42　|　126 次阅读"
M11_ATTACH = ("重点任务台账（2013年3月版）.xlsx", "48.6 KB")
M11_COMMENTS = [
    ("陈晓燕", "标题里的“讨论稿”定稿时记得删掉。"),
    ("刘建国", "这一段建议补充各县区去年的完成情况。"),
    ("赵　明", "城镇化部分的数据口径需要和统计局核对。"),
]
# (head, level, [(para, sentences)], extra)
M11_OUTLINE: list[tuple[str, int, list[tuple[int, int]], str]] = [
    ("1. 总体要求", 1, [(11, 3)], "CALLOUT1"),
    ("1.1 主要预期目标", 2, [(12, 0)], ""),
    ("1.2 工作原则", 2, [(10, 3)], ""),
    ("2. 重点任务", 1, [], "TASKS"),
    ("2.1 扩大内需", 2, [(13, 3)], ""),
    ("（1）促进消费", 3, [(17, 3)], ""),
    ("（2）优化投资", 3, [(14, 3)], ""),
    ("2.2 推进城镇化", 2, [(15, 3)], "COMMENT3"),
    ("2.3 保障和改善民生", 2, [], ""),
    ("（1）完善社会保障", 3, [(18, 3)], ""),
    ("（2）发展教育和卫生", 3, [(22, 3), (19, 3)], ""),
    ("3. 进度安排", 1, [(23, 3)], "QUOTE"),
    ("4. 保障措施", 1, [], ""),
    ("4.1 加强组织领导", 2, [(25, 0)], "CALLOUT2"),
    ("4.2 强化督促检查", 2, [(27, 0)], "ATTACH"),
]
M11_KEEP = {11, 13, 15, 22, 24, 27}
M11_QUOTE = (24, 3)
M11_CALLOUTS = {
    "CALLOUT1": (
        "FFF4CE",
        "E6A700",
        "💡 @刘建国 @陈晓燕 请在3月22日前确认各自牵头任务，确认后在任务表中勾选。",
    ),
    "CALLOUT2": ("E8F3FF", "3370FF", "📢 本方案讨论通过后由 @王磊 统一报送市政府办公室。"),
}
M11_TASKS = [
    ("任务", "牵头", "协办", "完成时限"),
    ("扩大消费需求", "@刘建国", "@陈晓燕", "2013年6月"),
    ("城镇化试点", "@赵明", "@孙立", "2013年9月"),
    ("社会保障扩面", "@陈晓燕", "@周伟", "2013年12月"),
]


def m11_callout(d: Any, fill: str, bar: str, text: str) -> Any:
    from docx.shared import Pt

    p = d.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    ppr.append(
        el(
            f'<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="{fill}"/><w:left w:val="single" w:sz="24" w:space="8" w:color="{bar}"/>'
            f'<w:bottom w:val="single" w:sz="4" w:space="4" w:color="{fill}"/><w:right w:val="single" w:sz="4" w:space="4" w:color="{fill}"/></w:pBdr>'
        )
    )
    ppr.append(el(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'))
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(8)
    p.paragraph_format.left_indent = Pt(12)
    p.paragraph_format.right_indent = Pt(12)
    for k, part in enumerate(re.split(r"(@\S+?)(?= |$)", text)):
        if part:
            r = add_run(p, part, 10.5, False, SANS, "3370FF" if k % 2 else "")
            del r
    return p


def m11_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str], list[str]]:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = new_doc(11, (2.0, 2.0, 2.2, 2.2))
    d.styles["Normal"].paragraph_format.line_spacing = 1.6
    for name, size in (("Heading 1", 22), ("Heading 2", 16), ("Heading 3", 13), ("Heading 4", 12)):
        heading_style(d, name, SANS, size)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    keep: list[str] = []
    comment_runs: list[Any] = [d.add_heading(M11_TITLE, 1).runs[0]]
    para(d, M11_META, 9, False, SANS, color="8F959E", after=12)

    def body(spec: tuple[int, int], first: bool = False) -> Any:
        tx = texts(paras, [spec])[0]
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(8)
        r = add_run(p, tx, 11, False, SERIF)
        used.append(tx)
        if spec[0] in M11_KEEP:
            keep.append(tx)
        if first:
            comment_runs.append(r)
        return p

    for text, level, ps, extra in M11_OUTLINE:
        d.add_heading(text, level + 1)
        heads.append({"text": text, "level": level})
        for k, spec in enumerate(ps):
            body(spec, first=(k == 0 and extra == "COMMENT3") or (text == "1.1 主要预期目标"))
        if extra in M11_CALLOUTS:
            m11_callout(d, *M11_CALLOUTS[extra])
        if extra == "TASKS":
            t = d.add_table(rows=len(M11_TASKS), cols=4)
            t.style = d.styles["Table Grid"]
            for r_, row in enumerate(M11_TASKS):
                for c_, v in enumerate(row):
                    cell_text(t.cell(r_, c_), v, 10, r_ == 0, SANS)
                    if r_ == 0:
                        shade(t.cell(r_, c_), "F2F3F5")
                    elif v.startswith("@"):
                        t.cell(r_, c_).paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string(
                            "3370FF"
                        )
            widths(t, [5.0, 3.2, 3.2, 3.4])
            para(d, "", 6)
        if extra == "QUOTE":
            tx = texts(paras, [M11_QUOTE])[0]
            p = d.add_paragraph()
            p._p.get_or_add_pPr().append(
                el(
                    '<w:pBdr><w:left w:val="single" w:sz="18" w:space="10" w:color="BBBFC4"/></w:pBdr>'
                )
            )
            p.paragraph_format.left_indent = Pt(14)
            p.paragraph_format.space_after = Pt(8)
            add_run(p, tx, 11, False, SERIF, "646A73")
            used.append(tx)
            keep.append(tx)
        if extra == "ATTACH":
            t = d.add_table(rows=1, cols=2)
            t.style = d.styles["Table Grid"]
            cell_text(t.cell(0, 0), "📎", 16, False, SANS, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(t.cell(0, 1), M11_ATTACH[0], 10.5, True, SANS)
            p = t.cell(0, 1).add_paragraph()
            add_run(p, M11_ATTACH[1] + "　·　点击下载", 9, False, SANS, "8F959E")
            shade(t.cell(0, 0), "F5F6F7")
            shade(t.cell(0, 1), "F5F6F7")
            widths(t, [1.4, 13.4])
    for run, (who, text) in zip(comment_runs, M11_COMMENTS, strict=True):
        d.add_comment(run, text=text, author=who, initials=who[0])
    d.core_properties.title = M11_TITLE
    d.core_properties.author = "王磊"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2013, 3, 18, 8, 42)
    return d, heads, used, keep


def build_online_export(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used, keep = m11_docx(paras)
    save(d, path)
    gold: Gold = {
        "title": M11_TITLE,
        "headings": heads,
        "must_have": keep_of(used, keep),
        "running": [],
        "must_not_have": [M11_META, M11_ATTACH[0], M11_COMMENTS[1][1], M11_COMMENTS[2][1]],
        "note": "",
    }
    # LibreOffice does not print comments: they are checked in comments.xml
    shown = {**gold, "must_not_have": gold["must_not_have"][:2]}
    text, n = check_docx(path, shown, used)
    assert 3 <= n <= 12, n
    no_clash_boiler(path.name, gold)
    third.no_clash(path.name, used, gold)
    heads_printed(path.name, text, gold)
    with zipfile.ZipFile(path) as z:
        cx = z.read("word/comments.xml").decode("utf-8")
    assert all(c[1] in cx for c in M11_COMMENTS)
    absent(path.name, text, [c[1] for c in M11_COMMENTS])
    gold["note"] = (
        f"python-docx 1.2 ({n} pages in LibreOffice), a team document exported to Word from "
        "an online editor (腾讯文档/语雀-like): the document's title is the first paragraph, "
        "in Heading 1 (no Title style; the title, not a heading), so the sections go one "
        "style lower: Heading 2 `1. 总体要求` (level 1), Heading 3 `1.1 …` (level 2) and "
        "Heading 4 `（1）…` (level 3), numbers typed. Under the title the editor's grey "
        "author | 最后修改于 | 阅读 line (must_not_have). Callouts are shaded paragraphs with a "
        "coloured left bar, an emoji and blue @mentions (written here: unscored); the task "
        "table under 2. 重点任务 with @mentions (unscored); a grey quote block with a left "
        "bar under 3. 进度安排 holds a report paragraph (body, a must_have); an attachment "
        "card (one-row table: 📎, file name and size/点击下载: must_not_have) closes the "
        "text. The editor's comment sidebar comes as three Word comments (on the 1. head, "
        "and on two body paragraphs; their texts must_not_have, LibreOffice does not print "
        "them). No header or footer"
    )
    return gold


# ============================================== m12 course notes with theorems (XeLaTeX)

M12_SERIES = "《宏观经济政策分析》课程讲义　第2讲"
M12_TITLE = "宏观调控的目标与政策工具"
M12_AUTHOR = "刘明远　编"
M12_TERM = "2014年秋季学期"
M12_STAMP = "草稿 v0.9，编译于 2014年10月8日，请勿引用"
M12_HEAD_L = "宏观经济政策分析·课程讲义"
M12_HEAD_R = "第2讲　目标与工具"
M12_PREAMBLE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[top=2.6cm,bottom=2.6cm,left=2.8cm,right=2.8cm,headheight=14pt]{geometry}
\usepackage{amsmath,amssymb,amsthm}
\usepackage{fontspec}
\setmainfont{Noto Serif CJK SC}
\setsansfont{Noto Sans CJK SC}
\newfontfamily\kai{AR PL KaitiM GB}
\XeTeXlinebreaklocale "zh"
\XeTeXlinebreakskip = 0pt plus 1pt
\usepackage{xcolor}
\usepackage{fancyhdr}
\linespread{1.4}
\setlength{\parindent}{2em}
\numberwithin{equation}{section}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small HEADL}
\fancyhead[R]{\small HEADR}
\fancyfoot[C]{\small\thepage}
\newtheoremstyle{zhdef}{6pt}{6pt}{\normalfont}{2em}{\bfseries}{}{1em}{\thmname{#1}~\thmnumber{#2}\thmnote{（#3）}}
\newtheoremstyle{zhthm}{6pt}{6pt}{\kai}{2em}{\bfseries}{}{1em}{\thmname{#1}~\thmnumber{#2}\thmnote{（#3）}}
\newtheoremstyle{zhrem}{4pt}{4pt}{\normalfont}{2em}{\sffamily}{}{1em}{\thmname{#1}~\thmnumber{#2}}
\theoremstyle{zhdef}
\newtheorem{definition}{定义}[section]
\newtheorem{example}{例}[section]
\theoremstyle{zhthm}
\newtheorem{theorem}{定理}[section]
\newtheorem{proposition}{命题}[section]
\theoremstyle{zhrem}
\newtheorem{remark}{注}[section]
\renewcommand\proofname{证明}
\renewcommand\qedsymbol{$\blacksquare$}
\makeatletter
\renewcommand\section{\@startsection{section}{1}{\z@}{16pt plus 2pt}{8pt}{\sffamily\bfseries\fontsize{15}{22}\selectfont}}
\renewcommand\subsection{\@startsection{subsection}{2}{\z@}{10pt plus 2pt}{6pt}{\sffamily\bfseries\fontsize{12.5}{18}\selectfont}}
\renewcommand\subsubsection{\@startsection{subsubsection}{3}{\z@}{8pt plus 2pt}{4pt}{\sffamily\fontsize{11}{16}\selectfont}}
\def\@seccntformat#1{\csname the#1\endcsname\quad}
\makeatother
"""
# items: ("h", text, level) | ("p", (para, n)) | ("def"/"thm"/"prop"/"ex"/"rem", name, (para, n)) | ("proof", (para, n), eq) | ("eq", tex)
M12_ITEMS: list[tuple[Any, ...]] = [
    ("h*", "引言", 1),
    ("p", (0, 2)),
    ("h", "宏观调控的目标体系", 1),
    ("h", "主要预期目标", 2),
    ("p", (19, 0)),
    ("def", "经济增长目标", (20, 2)),
    ("eq", r"g_t=\frac{Y_t-Y_{t-1}}{Y_{t-1}}\times 100\%"),
    ("p", (20, 0, "rest2")),
    ("h", "目标之间的权衡", 2),
    ("def", "价格总水平目标", (21, 2)),
    ("prop", "", (23, 2)),
    ("rem", "", (2, 2)),
    ("h", "宏观政策工具", 1),
    ("h", "财政政策", 2),
    ("p", (32, 3)),
    ("thm", "财政乘数", (31, 2)),
    ("proof", (30, 2), r"\Delta Y=\frac{1}{1-c(1-t)}\,\Delta G"),
    ("h", "货币政策", 2),
    ("def", "稳健的货币政策", (44, 2)),
    ("ex", "", (43, 3)),
    ("h", "结构性改革", 1),
    ("h", "简政放权", 2),
    ("p", (24, 3)),
    ("h", "放管结合", 3),
    ("p", (25, 3)),
    ("h", "投融资体制改革", 3),
    ("thm", "放管并重", (26, 2)),
    ("h", "扩大开放", 2),
    ("p", (27, 3)),
    ("h", "本讲小结", 1),
    ("p", (47, 0)),
    ("h*", "习题", 1),
]
M12_EXERCISES = [
    "1. 试说明经济增长、物价稳定和充分就业三个目标之间可能存在的冲突。",
    "2. 根据式（2.1），说明政府购买增加时产出变动的大小取决于哪些因素。",
    "3. 结合定义 2.1，讨论稳健的货币政策与“定向调控”的关系。",
    "4. 简政放权为什么被认为是“政府的自我革命”？请举例说明。",
]
M12_KEEP = {0, 20, 32, 31, 25, 47}


def m12_tex(paras: list[str]) -> tuple[str, list[dict[str, Any]], list[str], list[str], list[str]]:
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    keep: list[str] = []
    raw: list[str] = []
    counters = [0, 0, 0]
    thm_count: dict[str, int] = {}
    labels = {"def": ("definition", "定义"), "thm": ("theorem", "定理"), "prop": ("proposition", "命题"), "ex": ("example", "例"), "rem": ("remark", "注")}  # fmt: skip
    sec_no = 0

    def text_of(spec: tuple[Any, ...]) -> str:
        i, n = spec[0], spec[1]
        if len(spec) > 2:  # the sentences after the first two
            parts = re.findall(r"[^。！]*[。！]", paras[i])
            return "".join(parts[2:5])
        return texts(paras, [(i, n)])[0]

    def placed(printed: str, spec: tuple[Any, ...], source: str) -> None:
        raw.append(source)
        used.append(printed)
        if spec[0] in M12_KEEP and len(spec) == 2:
            keep.append(printed)

    out = [
        M12_PREAMBLE.replace("HEADL", M12_HEAD_L).replace("HEADR", M12_HEAD_R),
        r"\begin{document}",
        r"\thispagestyle{empty}",
        r"{\noindent\footnotesize\color[gray]{0.4}" + M12_STAMP + r"\par}\vspace{14pt}",
        r"{\centering\kai\fontsize{12}{18}\selectfont " + M12_SERIES + r"\par\vspace{8pt}}",
        r"{\centering\sffamily\bfseries\fontsize{20}{28}\selectfont "
        + M12_TITLE
        + r"\par\vspace{8pt}}",
        r"{\centering\fontsize{11}{16}\selectfont "
        + M12_AUTHOR
        + r"\qquad "
        + M12_TERM
        + r"\par\vspace{16pt}}",
    ]
    for item in M12_ITEMS:
        kind = item[0]
        if kind in ("h", "h*"):
            _, text, level = item
            cmd = {1: "section", 2: "subsection", 3: "subsubsection"}[level]
            if kind == "h*":
                out.append(rf"\{cmd}*{{{text}}}")
                heads.append({"text": text, "level": level})
                continue
            counters[level - 1] += 1
            for k in range(level, 3):
                counters[k] = 0
            if level == 1:
                sec_no += 1
            number = ".".join(str(c) for c in counters[:level])
            out.append(rf"\{cmd}{{{text}}}")
            heads.append({"text": f"{number}　{text}", "level": level})
        elif kind == "p":
            t = text_of(item[1])
            out.append(esc(t) + r"\par")
            placed(t, item[1], t)
        elif kind == "eq":
            out.append(r"\begin{equation}" + item[1] + r"\end{equation}")
        elif kind in labels:
            env, zh = labels[kind]
            thm_count[zh] = thm_count.get(zh, 0) + 1
            t = text_of(item[2])
            note = f"[{item[1]}]" if item[1] else ""
            out.append(rf"\begin{{{env}}}{note}" + esc(t) + rf"\end{{{env}}}")
            label = f"{zh} {sec_no}.{thm_count[zh]}" + (f"（{item[1]}）" if item[1] else "")
            placed(label + t, item[2], t)
        elif kind == "proof":
            t = text_of(item[1])
            out.append(
                r"\begin{proof}"
                + esc(t)
                + r"\begin{equation}"
                + item[2]
                + r"\end{equation}\end{proof}"
            )
            placed(t, item[1], t)
        if kind in ("h",) and item[2] == 1:
            thm_count = {}
    out.append(r"\begin{enumerate}\renewcommand\labelenumi{}\setlength\itemsep{2pt}")
    out += [r"\item " + e for e in M12_EXERCISES]
    out.append(r"\end{enumerate}")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n", heads, used, keep, raw


def build_theorem_notes(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    tex, heads, used, keep, raw = m12_tex(paras)
    xelatex(tex, path, runs=2)
    n = more.pages(path)
    assert 3 <= n <= 12, n
    gold: Gold = {
        "title": M12_TITLE,
        "headings": heads,
        "must_have": keep_of(used, keep),
        "running": [M12_HEAD_L, M12_HEAD_R],
        "must_not_have": [M12_STAMP],
        "note": "",
    }
    printed = more.pdftext(path)
    check_pdf(path, gold, raw, printed)
    no_clash_boiler(path.name, gold)
    heads_printed(path.name, printed, gold)
    first = squash(more.pdftext(path, 1))
    assert squash(M12_HEAD_L) not in first and squash(M12_SERIES) in first
    for label in (
        "定义1.1（经济增长目标）",
        "定理2.1（财政乘数）",
        "命题1.1",
        "注1.1",
        "例2.1",
        "定理3.1（放管并重）",
        "证明",
    ):
        assert label in squash(printed), label
    gold["note"] = (
        f"{n} pages, XeLaTeX article (fontspec with Noto Serif/Sans CJK SC and AR PL KaitiM "
        "GB, amsmath, amsthm, fancyhdr): course notes as a lecturer keeps them in a LaTeX "
        f"repository. Page 1 (no header): a grey draft stamp line {M12_STAMP} (must_not_have), "
        f"the series line {M12_SERIES} (metadata, unscored), the title, the 编者/学期 line "
        "(metadata). Heads: unnumbered 引言 and 习题 (\\section*, level 1), `1　…` (15 pt bold "
        "sans, level 1), `1.1　…` (level 2), `3.1.1　…` (level 3), numbers as printed. "
        "Theorem-like environments with run-in bold labels are NOT headings: 定义 1.1（…）, "
        "定义 2.1…, 定理 2.1（…）/定理 3.1（…） and 命题 1.1 (statement in 楷体), 例 2.1, and 注 "
        "1.1 (label in sans); each is one body paragraph that starts with its label (the "
        "statements are report sentences: body; the must_have 定理 2.1 passage starts with "
        "the label as printed, spaces aside), and 证明 … ∎ is a body paragraph with a display "
        "equation. Equations numbered (1.1), (2.1) at the right margin are unscored. The "
        "习题 list (questions written here) is unscored, its items not headings. Header "
        f"from page 2: {M12_HEAD_L} left, {M12_HEAD_R} right (running); page numbers not listed"
    )
    return gold


# ------------------------------------------------------------------ main

BUILDERS = {
    "m07_xelatex_thesis_template_sample.pdf": (build_thesis_sample, 2015),
    "m08_pandoc_latex_lab_manual.pdf": (build_lab_manual, 2016),
    "m09_lo_srs_template_instructions.pdf": (build_srs_template, 2014),
    "m10_pandoc_docx_dev_guide.docx": (build_dev_guide, 2017),
    "m11_docx_online_editor_export.docx": (build_online_export, 2013),
    "m12_xelatex_theorem_notes.pdf": (build_theorem_notes, 2014),
}

ROWS: list[str] = [
    "| m07_xelatex_thesis_template_sample.pdf | XeLaTeX report class (format built with `xetex -ini` from TeX Live 2022's xelatex.ini; fontspec, amsmath, booktabs, xcolor, fancyhdr; three runs), gwr 2015 (`eval/make_realdocs31_files.py`, as m08-m12) | the sample PDF of a ThuThesis/SJTUThesis-like bachelor's thesis template, 12 pages: cover (东川大学 / 本科毕业论文（设计）: metadata; Chinese title = the title; English title under it: metadata, unscored; 学生姓名/学号/院系/专业/指导教师 table: 学号 value and supervisor must_not_have; the template's grey `本文档由 DCUThesis v3.1 模板生成（示例文件）` line: must_not_have); Roman-numbered 摘\u3000要 (level 1; two report paragraphs, the first a must_have; 关键词 unscored) and ABSTRACT (level 1; English written here: unscored); 目\u3000录 with dot leaders (neither); chapter heads printed in TWO centred lines, `第 1 章` (16 pt) over the name (20 pt), one level-1 head each, gold joined `第 1 章\u3000绪论` (as the TOC prints it); `1.1\u3000…` (level 2; 2.2's head wraps onto a second line: one head), `1.3.1\u3000…` (level 3); two bold `（1）`/`（2）` fourth-level lines under 3.2.2 (not listed; their paragraphs body); equations (2-1)/(2-2), bilingual caption pairs 表 3-1/Table 3-1 and 图 3-1/Fig. 3-1 (neither, unscored), a floated figure alone on a page; back matter 参考文献, `附录 A` over its name (two lines, joined, level 1), 致\u3000谢 (its paragraph written here, unscored) and 在学期间发表的学术论文 on the same page (level 1, lists unscored); header `东川大学2015届本科毕业论文（设计）` over a rule on every page but the cover (running), page numbers not listed; 24 headings |",
    "| m08_pandoc_latex_lab_manual.pdf | pandoc 2.17 (`-f markdown-smart -s -N --toc -t latex-smart`, highlight style pygments, a Lua filter for fenced divs) → XeLaTeX (the pandoc default template; fontspec with Noto Serif/Sans/Mono CJK SC, unicode-math, fancyhdr and fancyvrb frames from `-H`), gwr 2016 | a course's 实验指导书 kept as Markdown in a course repository, 5 pages: pandoc's \\maketitle (title = the title; subtitle 实验二：…, course group and date lines: metadata) and 目录 on page 1 (neither); pandoc's numbered heads `1 实验概述` / `1.1 …` / `3.1.1 …` (levels 1/2/3, numbers kept), one head ending in inline code (`2.2 获取数据集 gwr_corpus.zip`, mono part of the head), unnumbered 参考资料 (level 1, link list unscored); framed Verbatim code blocks (bash, Python) with `# 第一步：…`/`# 一、读取原始文本` comments (NOT headings, unscored); 提示/注意/警告 boxes from `::: tip/note/warning` (labels not headings, one sentence each written here: unscored); bullet and numbered step lists, two tables and a display formula (unscored); report paragraphs under 1.1-4.2 (body); the CI build-stamp paragraph at the end (must_not_have); header from page 2 `《数据治理与公共决策》课程实验` left and `东川大学公共管理学院` right (running); 18 headings |",
    "| m09_lo_srs_template_instructions.pdf | python-docx 1.2 (+ cell-border and run-shading XML) → LibreOffice 7.4, two sections, gwr 2014 | a software company's 软件需求规格说明书 filled in on its Word template with the template's instructions left in, 6 pages: cover (company: metadata; title in two 26 pt lines 东川市网上政务服务平台 / 软件需求规格说明书, joined; 版本 line: metadata; document-control table: 文档编号 must_not_have; 修订记录 caption (neither) over a revision table: one revision note must_not_have); page 2 a red-framed one-cell box 模板使用说明（正式发布前请删除本页） with four red numbered rules (title and two rules must_not_have); Heading 1/2/3 with typed `1\u3000`/`1.1\u3000`/`3.1.1\u3000` numbers (levels 1/2/3, numbers kept); blue italic 楷体 〔填写说明：…〕 template paragraphs under several heads (boilerplate: two must_not_have); 1.4 参考资料 holding only the grey-shaded placeholder 〔在此处填写参考资料清单〕 (must_not_have; the head still a heading); 表1-1/表2-1/表3-1 captions (neither) and tables (unscored); header from page 2 company left, `软件需求规格说明书\u3000V1.2` right over a rule (running), `第 N 页 共 M 页` not listed; 20 headings |",
    "| m10_pandoc_docx_dev_guide.docx | pandoc 2.17 Markdown → DOCX (its default reference.docx with CJK faces set on the styles by python-docx 1.2), gwr 2017 | an open-source SDK's CONTRIBUTING/开发者指南 as pandoc writes Word, 4 pages in LibreOffice: Title (the title), Subtitle and Date (metadata); the README badge line as a paragraph of escaped brackets `[build: passing] …` (must_not_have); pandoc's unnumbered Heading 1/2/3 (levels 1/2/3), one Heading 2 ending in a Verbatim Char run (`配置 settings.toml`, code part of the head), a Heading 4 `合并前检查清单` (deeper than 3: not listed, text unscored); Source Code paragraphs with token character styles (toml with `# 一、接口地址` comments, a directory tree, commit-message samples: not headings, unscored); a definition list (Definition Term `DCGOV_TOKEN`…, Definition: neither); two block-quote notes **注意：**/**提示：** (written here, unscored); Compact numbered steps and a pandoc table (unscored); report paragraphs as First Paragraph/Body Text (body); after a horizontal rule the generated-file notice 本文档由 docs/CONTRIBUTING.md 自动生成… (must_not_have); no header or footer; 16 headings |",
    "| m11_docx_online_editor_export.docx | python-docx 1.2 (+ paragraph border and shading XML; comments API), gwr 2013 | a team document as an online editor (腾讯文档/语雀-like) exports it to Word, 4 pages in LibreOffice: the title as the first paragraph in Heading 1 (no Title style; the title, not a heading), so sections go one style lower: Heading 2 `1. 总体要求` (level 1), Heading 3 `1.1 …` (level 2), Heading 4 `（1）…` (level 3), numbers typed; grey author/最后修改于/阅读 line under the title (must_not_have); callouts as shaded paragraphs with a coloured left bar, emoji and blue @mentions (written here: unscored); a task table with @mention cells (unscored); a grey left-bar quote block holding a report paragraph (body, a must_have); an attachment card (one-row table: 📎, file name: must_not_have, size/点击下载); the editor's comment sidebar as three Word comments on the title and two body paragraphs (texts in comments.xml, not printed by LibreOffice: two must_not_have); no header or footer; 15 headings |",
    "| m12_xelatex_theorem_notes.pdf | XeLaTeX article (format built with `xetex -ini`; fontspec, amsmath, amsthm with three \\newtheoremstyle, xcolor, fancyhdr), gwr 2014 | course notes as a lecturer keeps them in a LaTeX repository, 3 pages: grey draft stamp line on page 1 (must_not_have), series line 《宏观经济政策分析》课程讲义\u3000第2讲 (metadata), title, 编者/学期 line (metadata); unnumbered 引言 and 习题 (level 1), `1\u3000…` (level 1), `1.1\u3000…` (level 2), `3.1.1\u3000…` (level 3); theorem-like environments with run-in bold labels 定义 1.1（…）, 定理 2.1（…）, 命题 1.1, 例 2.1 and sans 注 1.1, statements in 楷体 for 定理/命题: NOT headings, each one body paragraph beginning with its label (two must_have passages start with the label as printed); 证明. … with a display equation and ∎ (body); equations (1.1)/(2.1) unscored; 习题 questions (written here, list items: unscored); header from page 2 `宏观经济政策分析·课程讲义` left and `第2讲\u3000目标与工具` right (running), page numbers not listed; 14 headings |",
]


def main(argv: list[str] | None = None) -> int:
    """Build the m documents in a scratch folder and copy them with their gold into
    ``eval/data/realdocs-made31`` (or ``--out``); ``--rows`` writes the SOURCE.md rows."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made31",
    )
    ap.add_argument("--only", nargs="*", default=None, help="file name prefixes")
    ap.add_argument("--rows", type=Path, default=None, help="write the SOURCE.md rows here")
    a = ap.parse_args(argv)
    # fixed dates in what XeLaTeX and pandoc write (LibreOffice stamps its own)
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1496275200")
    os.environ.setdefault("FORCE_SOURCE_DATE", "1")
    docs, gold = a.out / "docs", a.out / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    made = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, (build, year) in BUILDERS.items():
            if a.only and not name.startswith(tuple(a.only)):
                continue
            g = build(Path(tmp) / name, year)
            assert 5 <= len(g["must_have"]) <= 6, (name, g["must_have"])
            assert 6 <= len(g["headings"]) <= 25, (name, len(g["headings"]))
            shutil.copy(Path(tmp) / name, docs / name)
            base.write_gold(gold / f"{name}.json", g)
            made += 1
    if a.rows:
        a.rows.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    print(f"made {made} documents in {docs}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
