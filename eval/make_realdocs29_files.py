# ruff: noqa: E501  (OOXML and TeX snippets and the SOURCE.md rows are kept on one line each)
"""Make the i documents of ``realdocs-made29`` (i07-i12) with real tools, and their gold.

A twenty-ninth set of development documents, made blind (without looking at the
readers or running them), on QUIET HEADINGS AND CLINGING BOILERPLATE in files as people
in China produce them and put them in public repositories: headings set in the body's
size and face with only bold, or only another face (黑体/楷体 against 宋体), or only
space around them; long headings that wrap; headings ending in a colon or a full stop;
run-in numbering ``1）``, ``(1)``, ``①``, ``第一，``; unnumbered headings between
numbered ones; headings inside a two-column part; headings in a DOCX made by direct
formatting or by a custom style without an outline level; and boilerplate that sits
next to the body text and looks like it (使用说明 and 承诺 lines, 免责声明 small print,
本报告由…编制, 注： lines at the foot of a page, cover fields, 签字/盖章 lines, QR-code
prompts, a watermark in the text layer, document-control lines, （此页无正文）).
XeLaTeX (format built on the fly as ``make_realdocs25_files.py`` does), python-docx with
raw OOXML, and LibreOffice for the Word PDFs; the helpers of the earlier makers are
reused. The texts come only from the public government work reports 2013-2017
(../shared/data/gov-work-reports), whole paragraphs (titles, headings, labels, names,
dates, figures, table cells, notes and furniture are written here; people, places and
companies are made up):

- ``i07_xelatex_lecture_notes.pdf`` (gwr 2015): a university course's 课程讲义 in XeLaTeX
  (article, twoside): title block with a 使用说明 line, ``第一讲``-``第三讲`` (centred,
  each later one from a new page right under the running header), ``一、…`` heads only in
  黑体 at the body size, ``1）…`` heads only bold (one ending in ：), unnumbered
  案例阅读/本讲小结/思考题 heads, a two-column 案例阅读 part (multicol) with its own
  ``1）`` heads inside the columns, a rotated grey watermark in the text layer on every
  page, a footer 请勿外传 line, and a QR-code prompt at the end;
- ``i08_lo_internship_report.pdf`` (gwr 2014): a student's 专业实习报告 (python-docx ->
  LibreOffice): cover with fields and a 注： line, 诚信承诺书 page with a signature line,
  then the report with first-page-different and odd/even headers; ``一、`` heads bold at
  the body size, ``（一）`` heads only in 楷体 (one wrapping to two lines), ``(1)`` heads
  bold (one ending in 。), an unnumbered head between numbered ones, and a 成绩评定 table
  with 签字/盖章 lines;
- ``i09_lo_csr_report_columns.pdf`` (gwr 2016): a company's 社会责任报告 (python-docx ->
  LibreOffice): cover with a QR-code prompt, 关于本报告 with 本报告由…编制, 董事长致辞
  with a signature line, unnumbered part heads, ``①``-numbered heads only in 黑体 at the
  body size, a two-column part with heads inside the columns (one wrapping), a key
  figures table, 免责声明 small print; odd/even headers, first page different;
- ``i10_docx_construction_plan.docx`` (gwr 2017): a contractor's 施工组织设计 as a Word
  file: cover with a document-control table (文件编号/版本/受控状态/分发号) and an
  编制/审核/批准 table, chapters in a custom paragraph style 章标题 with no outline level,
  ``一、`` heads bold at the body size by direct formatting, ``（1）…：`` heads ending in a
  colon, ``①`` heads, a （此页无正文…） signature page; header with the document number;
- ``i11_docx_project_final_report.docx`` (gwr 2013): a research project's 结题报告 as a
  Word file exported from an OA system: 打印 line in the header, cover form (项目编号),
  声明 page, ``一、`` heads in a custom style 报告一级 (no outline level), ``（一）`` heads
  bold by direct formatting (one long, wrapping), ``第一，…。`` heads only in 楷体 ending
  in a full stop, unnumbered 摘　要/参考文献 heads, 签字/盖章 lines;
- ``i12_xelatex_course_paper.pdf`` (gwr 2014): a student's 课程论文 in XeLaTeX: an
  information table on page 1 (学号, 成绩, 评阅教师签字), ``一、`` heads only bold at the
  body size, ``（一）`` heads set like the body and told apart only by the space around
  them, ``第一，…。`` heads bold, an unnumbered 结　语, footnotes, a 教师评语 box and a
  page-foot 本文为课程作业 line; header from page 2, ``第 N 页 共 M 页`` footer.

Gold is written from what each builder put in the document, decided as a reader reads
the printed page (never from reader output); titles, headings, passages, running lines
and boilerplate are checked against the printed text (``pdftotext -layout``, with each
page's column halves for the two-column parts; for the DOCX files a LibreOffice
rendering in a scratch folder), passages in order in the content stream.
Needs LibreOffice Writer, poppler-utils, TeX Live's xetex, latex-base and
latex-recommended (fontspec, fancyhdr, multicol, xcolor, graphicx) and the fonts of
fonts-noto-cjk, fonts-arphic-gkai00mp and fonts-liberation, and python-docx and Pillow in
the Python that runs it. The XeLaTeX format is built on the fly with ``xetex -ini`` from
xelatex.ini (texlive-xetex is not needed). Run once; the outputs are committed, so
nothing else needs these tools. Made in a virtual environment of its own:

    python3 -m venv /tmp/m29a-venv
    /tmp/m29a-venv/bin/pip install python-docx pillow
    /tmp/m29a-venv/bin/python eval/make_realdocs29_files.py [--out eval/data/realdocs-made29] [--only i07 ...] [--rows FILE]

The SOURCE.md rows of these documents are kept in ``ROWS`` (``--rows`` writes them to a
file); SOURCE.md itself is written by whoever assembles the set.
"""

from __future__ import annotations

import argparse
import io
import itertools
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs8_files as prev8
import make_realdocs22_files as prev22
import make_realdocs24_files as prev24
import make_realdocs26_files as prev26
import make_realdocs27_files as prev27
import make_realdocs28_files as prev28

Gold = dict[str, Any]
SERIF, SANS, KAI = prev28.SERIF, prev28.SANS, prev28.KAI
SONG, HEI, KAITI = "宋体", "黑体", "楷体"
picks, page_lines, add_run, el, save = (
    prev28.picks,
    prev28.page_lines,
    prev22.add_run,
    prev22.el,
    prev22.save,
)
new_doc, para, cell_text, grid = prev24.new_doc, prev24.para, prev24.cell_text, prev24.grid
check_pdf, check_docx, lo_pdf = prev24.check_pdf, prev22.check_docx, prev22.lo_pdf
shade, widths, page_break, sect_xml = (
    prev28.shade,
    prev28.widths,
    prev26.page_break,
    prev26.sect_xml,
)
pgnum, blank_hf, head = prev27.pgnum, prev27.blank_hf, prev27.head
header_text, footer_num, footer_fields = prev27.header_text, prev27.footer_num, prev28.footer_fields
no_clash_boiler, line_of, body, xelatex = (
    prev27.no_clash_boiler,
    prev27.line_of,
    prev28.body,
    prev28.xelatex,
)
esc = more.tex_escape
W = prev28.W


# ------------------------------------------------------------------ shared helpers


def qr_png(seed: int, cells: int = 25) -> bytes:
    """A QR-code-like picture: three finder squares and a seeded pattern (no real code)."""
    from PIL import Image, ImageDraw

    rnd = random.Random(seed)
    px = 8
    img = Image.new("RGB", ((cells + 4) * px, (cells + 4) * px), "white")
    g = ImageDraw.Draw(img)

    def box(x: int, y: int, w: int) -> None:
        g.rectangle(
            ((x + 2) * px, (y + 2) * px, (x + 2 + w) * px - 1, (y + 2 + w) * px - 1), fill="black"
        )

    finders = [(0, 0), (cells - 7, 0), (0, cells - 7)]
    for y in range(cells):
        for x in range(cells):
            if any(fx - 1 <= x <= fx + 7 and fy - 1 <= y <= fy + 7 for fx, fy in finders):
                continue
            if rnd.random() < 0.5:
                box(x, y, 1)
    for fx, fy in finders:
        g.rectangle(
            ((fx + 2) * px, (fy + 2) * px, (fx + 9) * px - 1, (fy + 9) * px - 1), fill="black"
        )
        g.rectangle(
            ((fx + 3) * px, (fy + 3) * px, (fx + 8) * px - 1, (fy + 8) * px - 1), fill="white"
        )
        g.rectangle(
            ((fx + 4) * px, (fy + 4) * px, (fx + 7) * px - 1, (fy + 7) * px - 1), fill="black"
        )
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def cols_text(pdf: Path) -> str:
    """Each page whole and its two column halves (``make_realdocs3_files.column_text``)."""
    return third.column_text(pdf)


def heads_printed(
    name: str, text: str, gold: Gold, wrapped: tuple[str, ...] = (), noise: str = ""
) -> None:
    """Every gold heading is printed as a line of its own, or (``wrapped``) as the start
    of a line whose next line completes it; characters of ``noise`` (a rotated
    watermark's, which layout text puts one by one on the nearest line) are dropped."""
    lines = [more.squash(ln) for ln in text.splitlines() if ln.strip()]
    if noise:
        lines += [
            re.sub(
                f"[{re.escape(more.squash(noise))}]+$|^[{re.escape(more.squash(noise))}]+", "", ln
            )
            for ln in lines
        ]
    for h in gold["headings"]:
        key = more.squash(h["text"])
        if h["text"] in wrapped:
            ok = any(
                a and key.startswith(a) and len(a) < len(key) and key == a + b
                for a, b in itertools.pairwise(lines)
            )
            assert ok, (name, "not wrapped over two lines", h)
        else:
            assert key in lines, (name, "not a line of its own", h)


def heads_in_column(pdf: Path, heads: list[str]) -> None:
    """Each of ``heads`` is printed as a line of its own in a column half of some page."""
    import subprocess

    found: set[str] = set()
    for page in range(1, more.pages(pdf) + 1):
        for x in (0, 298):
            crop = ["-x", str(x), "-y", "0", "-W", "297", "-H", "842"]
            cmd = ["pdftotext", "-layout", "-f", str(page), "-l", str(page), *crop, str(pdf), "-"]
            txt = subprocess.run(cmd, check=True, capture_output=True, timeout=120).stdout.decode()
            lines = [more.squash(ln) for ln in txt.splitlines()]
            found |= {h for h in heads if more.squash(h) in lines}
    assert found == set(heads), (pdf.name, set(heads) - found)


def not_in_body(name: str, used: list[str], strings: list[str]) -> None:
    """Written-here strings must not occur inside the report paragraphs placed."""
    for s in strings:
        hits = [p[:12] for p in used if more.squash(s) in more.squash(p)]
        assert not hits, (name, s, hits)


def even_odd(d: Any) -> None:
    """Different odd and even page headers for the whole document (w:evenAndOddHeaders)."""
    d.settings.odd_and_even_pages_header_footer = True


def set_cols(sec: Any, num: int, space_cm: float = 0.75, sep: bool = False) -> None:
    """A section's columns (replacing the ``w:cols`` it copied)."""
    sp = sec._sectPr
    for old in sp.findall(f"{W}cols"):
        sp.remove(old)
    line = ' w:sep="1"' if sep else ""
    sect_xml(sec, f'<w:cols w:num="{num}" w:space="{round(space_cm * 567)}"{line}/>', "pgMar")


def no_title_pg(sec: Any) -> None:
    sp = sec._sectPr
    for old in sp.findall(f"{W}titlePg"):
        sp.remove(old)


def underline_field(
    d: Any, label: str, value: str, size: float = 14, font: str = SERIF, indent_cm: float = 3.2
) -> Any:
    """A cover field line: a label and its value underlined."""
    from docx.shared import Cm

    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent_cm)
    add_run(p, label, size, False, font)
    r = add_run(p, f"　{value}　", size, False, font)
    r.underline = True
    p.paragraph_format.line_spacing = 1.8
    return p


def picture(d: Any, png: bytes, width_cm: float, align: Any = None) -> Any:
    from docx.shared import Cm

    p = d.add_paragraph()
    if align is not None:
        p.alignment = align
    p.add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))
    return p


# ============================================== i07 XeLaTeX 课程讲义 (lecture notes)

I07_TITLE = "《中国经济专题》课程讲义"
I07_BYLINE = "主讲：王立群　　东川大学经济学院　　2016—2017学年第二学期"
I07_NOTICE = "说明：本讲义仅供选修本课程的学生课堂学习使用，未经主讲教师同意，请勿上传网络或转发他人。讲义中的数据截至2015年底，引用时请核对最新公布数。"
I07_EVEN = "中国经济专题·讲义　2017年春"
I07_FOOT = "本讲义仅供课堂教学使用　请勿外传"
I07_MARK = "东川大学经济学院　内部讲义"
I07_QR = "扫描上方二维码，获取本课程课件、阅读材料与往年试题"
I07_QUESTIONS = [
    "如何理解经济发展新常态下稳增长与调结构的关系？",
    "结合所在城市的实例，谈谈简政放权改革对市场主体的影响。",
    "创新驱动发展需要哪些制度条件？请举例说明。",
]
# lecture: [(head, level, paragraphs, columns?)]; level 2 = 一、 heads, 3 = 1） heads
I07_OUTLINE: list[tuple[str, list[tuple[str, int, list[int]]]]] = [
    (
        "第一讲　宏观经济形势与政策取向",
        [
            ("一、经济运行的总体特征", 2, [0, 1]),
            ("1）增长速度与结构变化", 3, [2]),
            ("2）就业与物价的基本判断：", 3, [3]),
            ("二、宏观政策的基本取向", 2, [4, 5]),
            ("本讲小结", 2, [6]),
        ],
    ),
    (
        "第二讲　简政放权与结构调整",
        [
            ("一、简政放权与放管服改革", 2, [7]),
            ("1）行政审批制度改革", 3, [8]),
            ("2）商事制度改革的进展", 3, [9]),
            ("案例阅读：东川市“一窗受理”改革", 2, [10]),
            ("COLS", 0, []),
            ("1）改革前的情况", 3, [11, 12]),
            ("2）改革后的变化", 3, [13, 14]),
            ("ENDCOLS", 0, []),
            ("二、结构调整与创新驱动", 2, [15]),
            ("1）产业结构的优化升级", 3, [16]),
            ("2）创新驱动发展的主要抓手：", 3, [17]),
            ("本讲小结", 2, [18]),
            ("思考题", 2, []),
            ("QUESTIONS", 0, []),
        ],
    ),
    (
        "第三讲　民生保障与社会建设",
        [
            ("一、就业与收入分配", 2, [19, 20]),
            ("二、教育与医疗卫生", 2, [21]),
            ("1）教育公平的推进", 3, [22]),
            ("2）医疗卫生体制改革", 3, [23]),
            ("三、社会保障体系建设", 2, [24, 25]),
            ("本讲小结", 2, [26]),
        ],
    ),
]
I07_KEEP = {0, 8, 13, 17, 22, 26}
I07_PREAMBLE = r"""\documentclass[11pt,a4paper,twoside]{article}
\usepackage[top=2.6cm,bottom=2.8cm,left=2.6cm,right=2.6cm,headheight=14pt,headsep=0.5cm,footskip=1cm]{geometry}
\usepackage{fontspec}
\setmainfont{Noto Serif CJK SC}
\setsansfont{Noto Sans CJK SC}
\newfontfamily\kai{AR PL KaitiM GB}
\XeTeXlinebreaklocale "zh"
\XeTeXlinebreakskip = 0pt plus 1pt
\usepackage{fancyhdr}
\usepackage{multicol}
\usepackage{graphicx}
\usepackage{xcolor}
\linespread{1.4}
\setlength{\parindent}{2em}
\setlength{\columnsep}{1.2em}
% heads: a lecture centred in 黑体; 一、 only in 黑体 at the body size; 1） only bold
\newcommand\lecture[1]{\markboth{#1}{#1}\vspace*{2pt}{\centering\sffamily\fontsize{16}{24}\selectfont #1\par}\vspace{10pt}}
\newcommand\jie[1]{\par\addvspace{6pt}\noindent{\sffamily #1}\par\nopagebreak[4]\vspace{2pt}}
\newcommand\dian[1]{\par\addvspace{3pt}{\bfseries #1}\par\nopagebreak[4]}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[LE]{\small EVENHEAD}
\fancyhead[RO]{\small\leftmark}
\fancyfoot[C]{\footnotesize FOOTLINE}
\fancyfoot[LE,RO]{\small\thepage}
\renewcommand\headrulewidth{0.5pt}
\fancypagestyle{first}{\fancyhf{}\fancyfoot[C]{\footnotesize FOOTLINE}\fancyfoot[LE,RO]{\small\thepage}\renewcommand\headrulewidth{0pt}}
\setlength{\unitlength}{1pt}
\AddToHook{shipout/background}{\put(298,-430){\makebox(0,0){\rotatebox{35}{\color{black!9}\sffamily\fontsize{40}{40}\selectfont WATERMARK}}}}
"""


def i07_tex(paras: list[str], qr: Path) -> tuple[str, list[dict[str, Any]], list[str]]:
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    out = [
        I07_PREAMBLE.replace("EVENHEAD", I07_EVEN)
        .replace("FOOTLINE", I07_FOOT)
        .replace("WATERMARK", I07_MARK),
        r"\begin{document}",
        r"\thispagestyle{first}",
        r"{\centering\sffamily\fontsize{22}{32}\selectfont " + esc(I07_TITLE) + r"\par}",
        r"\vspace{6pt}{\centering\kai " + esc(I07_BYLINE) + r"\par}\vspace{10pt}",
        esc(I07_NOTICE) + r"\par\vspace{8pt}",
    ]
    for k, (lecture, items) in enumerate(I07_OUTLINE):
        if k:
            out.append(r"\clearpage")
        out.append(r"\lecture{" + esc(lecture) + "}")
        heads.append({"text": lecture, "level": 1})
        for text, level, ps in items:
            if text == "COLS":
                out.append(r"\begin{multicols}{2}")
                continue
            if text == "ENDCOLS":
                out.append(r"\end{multicols}")
                continue
            if text == "QUESTIONS":
                out.append(r"\begin{enumerate}")
                out += [r"\item " + esc(q) for q in I07_QUESTIONS]
                out.append(r"\end{enumerate}")
                continue
            out.append((r"\jie{" if level == 2 else r"\dian{") + esc(text) + "}")
            heads.append({"text": text, "level": level})
            for i in ps:
                out.append(esc(paras[i]) + r"\par")
                used.append(paras[i])
    out += [
        r"\vspace{16pt}\begin{center}\includegraphics[width=2.4cm]{" + str(qr) + r"}\par",
        r"\vspace{2pt}{\small " + esc(I07_QR) + r"}\end{center}",
        r"\end{document}",
    ]
    return "\n".join(out) + "\n", heads, used


def build_lecture_notes(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    with tempfile.TemporaryDirectory() as t:
        qr = Path(t) / "qr.png"
        qr.write_bytes(qr_png(7))
        tex, heads, used = i07_tex(paras, qr)
        xelatex(tex, path, runs=2)
    gold: Gold = {
        "title": I07_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, I07_KEEP),
        "running": [I07_EVEN, I07_FOOT],
        "must_not_have": [I07_NOTICE[:30], I07_MARK, I07_QR],
        "note": "",
    }
    # the watermark is printed one rotated character after another: in the content
    # stream it comes first on each page, character by character
    raw = prev8.raw_text(path)
    assert all(more.squash(pg).startswith(more.squash(I07_MARK)) for pg in raw.split("\f")[:-1])
    text = cols_text(path) + "\n" + more.squash(raw)
    check_pdf(path, gold, used, text)
    no_clash_boiler(path.name, gold)
    not_in_body(path.name, used, I07_QUESTIONS)
    n = more.pages(path)
    assert 3 <= n <= 12, n
    col_heads = ["1）改革前的情况", "2）改革后的变化"]
    heads_in_column(path, col_heads)
    whole = more.pdftext(path)
    gold_out = {**gold, "headings": [h for h in heads if h["text"] not in col_heads]}
    heads_printed(path.name, whole, gold_out, noise=I07_MARK)
    # the later lectures open their page, right under the running header
    for lecture, _ in I07_OUTLINE[1:]:
        assert any(page_lines(path, k)[1:2] == [more.squash(lecture)] for k in range(2, n + 1)), (
            lecture
        )
    gold["note"] = (
        f"XeLaTeX article class (twoside, 11 pt, fontspec, fancyhdr, multicol), {n} pages. A "
        f"course's lecture notes: the title {I07_TITLE} (22 pt 黑体, centred) and a 楷体 byline "
        "(主讲/school/term: metadata, unscored); right under them a 说明： paragraph set exactly "
        "like the body (indented, body size) saying the notes are for the class only "
        "(must_not_have: boilerplate clinging to the first lecture). Heads: the lectures "
        "`第一讲　…`-`第三讲　…` (16 pt 黑体 centred, level 1; the second and third each open a new "
        "page right under the running header); `一、…` heads only in 黑体 at the 11 pt body "
        "size, not bold, flush left (level 2); `1）…` heads only bold at the body size and "
        "indented like the body (level 3), two of them ending in a full-width colon; the "
        "unnumbered 本讲小结 (three times), 案例阅读：… and 思考题 heads set like the `一、` heads "
        "(level 2: they sit between and after numbered heads of the same look). The 案例阅读 "
        "part runs in two columns (multicol) with its own `1）`/`2）` heads inside the "
        "columns (level 3). Not heads: the three numbered 思考题 questions ending in ？ "
        "(enumerate items written here, unscored). Running: even header "
        f"{I07_EVEN} (left), odd header the current lecture (right; the same text as the "
        f"lecture head, so not listed), footer {I07_FOOT} on every page (running) with the "
        f"page number outside. A rotated light-grey watermark {I07_MARK} on every page, in "
        "the text layer (shipout background, before the page's text: must_not_have). At the "
        "end a QR-like picture (no real code) and the prompt under it (must_not_have)"
    )
    return gold


# ====================================== i08 专业实习报告 (python-docx -> LibreOffice)

I08_TITLE = "专业实习报告"
I08_SCHOOL = "东川财经大学"
I08_FIELDS = [
    ("实习题目：", "江北区财政局预算管理岗位实习"),
    ("学　　院：", "财政税务学院"),
    ("专业班级：", "财政学1102班"),
    ("学生姓名：", "陈雨桐"),
    ("学　　号：", "2011051237"),
    ("指导教师：", "刘建国　副教授"),
    ("实习单位：", "东川市江北区财政局"),
    ("实习时间：", "2014年7月7日至8月29日"),
]
I08_DATE = "二〇一四年九月"
I08_COVER_NOTE = "注：本报告一式两份，一份交学院存档，一份交实习单位留存。"
I08_PLEDGE_HEAD = "诚信承诺书"
I08_PLEDGE = "本人郑重承诺：所呈交的专业实习报告是本人在实习期间亲自参与实际工作后独立撰写完成的，报告中的数据和材料真实可靠，引用他人成果之处均已注明。如有不实，本人愿承担相应责任。"
I08_PLEDGE_SIGN = "承诺人（签名）：＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日"
I08_ODD = "东川财经大学本科生专业实习报告"
I08_EVEN = "财政税务学院　财政学1102班　陈雨桐"
I08_REFS = [
    "[1] 东川市江北区财政局. 江北区2014年部门预算编制手册[Z]. 2014.",
    "[2] 刘建国. 地方财政预算绩效管理研究[M]. 东川: 东川财经大学出版社, 2012.",
    "[3] 国务院. 2014年政府工作报告[R]. 北京: 人民出版社, 2014.",
]
I08_FORM_HEAD = "实习成绩评定表"
I08_FORM = [
    (
        "实习单位意见",
        [
            "该生实习期间遵守纪律，工作认真负责，能够较好地完成所分配的任务。",
            "",
            "实习单位（盖章）：　　　　　　负责人签字：",
            "年　　月　　日",
        ],
    ),
    ("指导教师评语", ["", "", "指导教师签字：　　　　　　　　年　　月　　日"]),
    ("实习成绩", ["优秀□　良好□　中等□　及格□　不及格□"]),
    ("学院审核意见", ["", "学院（盖章）　　　　　　　　年　　月　　日"]),
]
# (head, level, paragraphs); level 1 一、 bold flush left, 2 （一） 楷体 only, 3 (1) bold
I08_OUTLINE: list[tuple[str, int, list[int]]] = [
    ("一、实习目的与意义", 1, [0, 1]),
    ("二、实习单位概况", 1, [2, 3]),
    ("三、实习内容与过程", 1, [4]),
    ("（一）预算编制辅助工作", 2, [5]),
    ("(1) 收集整理部门预算资料", 3, [6]),
    ("(2) 参与预算执行情况分析。", 3, [7]),
    (
        "（二）参与财政资金绩效评价工作，协助开展重点民生项目资金使用情况的实地调研与数据整理",
        2,
        [8, 9],
    ),
    ("（三）政府采购与国库集中支付业务", 2, [10, 11]),
    ("实习中的几点体会", 1, [12, 13]),
    ("四、实习收获与不足", 1, [14]),
    ("（一）主要收获", 2, [15]),
    ("（二）存在的不足", 2, [16]),
    ("五、对专业学习的建议", 1, [17, 18]),
    ("参考文献", 1, []),
]
I08_KEEP = {0, 5, 8, 12, 15, 18}
I08_WRAPPED = (
    "（二）参与财政资金绩效评价工作，协助开展重点民生项目资金使用情况的实地调研与数据整理",
)


def i08_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    center, left, right = (
        WD_ALIGN_PARAGRAPH.CENTER,
        WD_ALIGN_PARAGRAPH.LEFT,
        WD_ALIGN_PARAGRAPH.RIGHT,
    )
    d = new_doc(12, (2.54, 2.54, 2.8, 2.6))
    even_odd(d)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    # cover
    para(d, I08_SCHOOL, 22, True, SANS, center, before=36, after=24)
    para(d, I08_TITLE, 30, True, SANS, center, after=60)
    for label, value in I08_FIELDS:
        underline_field(d, label, value, 14, SERIF, 2.6)
    para(d, I08_DATE, 14, False, SERIF, center, before=48, after=60)
    para(d, I08_COVER_NOTE, 12, False, SERIF, left)
    blank_hf(d.sections[0])
    # pledge page
    page_break(d)
    head(d, I08_PLEDGE_HEAD, 16, SANS, True, center, before=12, after=18)
    heads.append({"text": I08_PLEDGE_HEAD, "level": 1})
    body(d, I08_PLEDGE, 12, 1.5)
    para(d, I08_PLEDGE_SIGN, 12, False, SERIF, right, before=36)
    # the report
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    pgnum(sec, "decimal", 1)
    header_text(sec.header, I08_ODD, right)
    header_text(sec.even_page_header, I08_EVEN, left)
    footer_fields(sec.footer, [("t", "第 "), ("f", "PAGE"), ("t", " 页")], center)
    footer_fields(sec.even_page_footer, [("t", "第 "), ("f", "PAGE"), ("t", " 页")], center)
    for text, level, ps in I08_OUTLINE:
        if level == 1:
            h = head(d, text, 12, SERIF, True, before=9, after=3)
        elif level == 2:
            h = head(d, text, 12, KAI, False, before=3, after=0, indent=2)
        else:
            h = head(d, text, 12, SERIF, True, before=0, after=0, indent=2)
        h.paragraph_format.line_spacing = 1.5
        if text.startswith("三、"):
            h.paragraph_format.page_break_before = True
        heads.append({"text": text, "level": level})
        for i in ps:
            body(d, paras[i], 12, 1.5)
            used.append(paras[i])
        if text == "参考文献":
            for ref in I08_REFS:
                q = para(d, ref, 10.5, False, SERIF)
                q.paragraph_format.line_spacing = 1.5
    # the assessment form
    page_break(d)
    head(d, I08_FORM_HEAD, 14, SANS, True, center, before=6, after=12)
    heads.append({"text": I08_FORM_HEAD, "level": 1})
    t = d.add_table(rows=len(I08_FORM), cols=2)
    t.style = d.styles["Table Grid"]
    for r, (label, lines) in enumerate(I08_FORM):
        cell_text(t.cell(r, 0), label, 12, True, SANS, center)
        c = t.cell(r, 1)
        cell_text(c, lines[0], 12, False, SERIF)
        for ln in lines[1:]:
            q = c.add_paragraph()
            q.alignment = right
            add_run(q, ln, 12, False, SERIF)
    widths(t, [3.2, 12.4])
    return d, heads, used


def build_internship_report(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = i08_docx(paras)
    with tempfile.TemporaryDirectory() as t:
        src = Path(t) / (path.stem + ".docx")
        save(d, src)
        shutil.copy(lo_pdf(src, Path(t)), path)
    gold: Gold = {
        "title": I08_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, I08_KEEP),
        "running": [I08_ODD, I08_EVEN],
        "must_not_have": [
            "2011051237",
            I08_COVER_NOTE,
            I08_PLEDGE[:24],
            "承诺人（签名）：",
            "实习单位（盖章）：",
            "指导教师签字：",
        ],
        "note": "",
    }
    text = check_pdf(path, gold, used)
    no_clash_boiler(path.name, gold)
    heads_printed(path.name, text, gold, I08_WRAPPED)
    n = more.pages(path)
    assert 3 <= n <= 12, n
    # 三、 opens its page right under the odd or even header
    assert any(page_lines(path, k)[1:2] == ["三、实习内容与过程"] for k in range(3, n + 1))
    gold["note"] = (
        f"python-docx 1.2 -> LibreOffice 7.4, {n} pages, three parts. Cover (no header): "
        f"{I08_SCHOOL} (metadata), the title {I08_TITLE} (30 pt bold 黑体), eight underlined "
        "form fields 实习题目/学院/专业班级/学生姓名/学号/指导教师/实习单位/实习时间 (metadata; "
        "the student number must_not_have), the date, and at the foot of the cover a 注： line "
        "set like body text (must_not_have). Page 2: 诚信承诺书 (16 pt bold 黑体 centred: "
        "level 1, as made18's and made27's 声明 titles), its pledge paragraph written here "
        "and the 承诺人（签名） line (both must_not_have). The report, a new section with "
        f"odd/even headers over a rule ({I08_ODD} right on odd pages, {I08_EVEN} left on "
        "even pages: running) and `第 N 页` footers restarting at 1 (not listed). Quiet "
        "heads, all at the 12 pt body size, typed, direct formatting only: `一、…` only bold "
        "in the body face (宋体), flush left (level 1); `（一）…` only in 楷体, not bold, "
        "indented like the body (level 2), one of them so long that it wraps to a second "
        "line; `(1) …` with half-width brackets only bold, indented (level 3), the second "
        "ending in a full stop. The unnumbered 实习中的几点体会 between 三、 and 四、 and 参考文献 "
        "are set like the `一、` heads (level 1); 三、 opens a page right under the header "
        "(page break before). The reference list (10.5 pt) is unscored. Last page: "
        f"{I08_FORM_HEAD} (14 pt bold 黑体 centred: level 1) over a table whose cells hold "
        "the unit's opinion (written here) and 盖章/签字 lines (must_not_have)"
    )
    return gold


# ================================ i09 社会责任报告 with a two-column part (LibreOffice)

I09_COMPANY = "东川新源能源集团股份有限公司"
I09_TITLE = "新源能源2016年社会责任报告"
I09_EN = "2016 Corporate Social Responsibility Report"
I09_QR = "扫描二维码，阅读报告电子版"
I09_ODD = "CSR REPORT 2016　社会责任报告"
I09_ABOUT = [
    (
        "报告范围：",
        "本报告以东川新源能源集团股份有限公司及所属二十三家控股子公司为报告主体，简称“新源能源”“公司”或“我们”。",
    ),
    ("时间范围：", "2016年1月1日至2016年12月31日，部分内容适当追溯以往年份。"),
    (
        "编制依据：",
        "参照国务院国资委《关于国有企业更好履行社会责任的指导意见》及GB/T 36001—2015《社会责任报告编写指南》。",
    ),
    ("数据说明：", "报告中的财务数据以经审计的年度财务报告为准，其他数据来自公司内部统计。"),
]
I09_MADE_BY = (
    "本报告由东川新源能源集团股份有限公司董事会办公室编制，经公司第三届董事会第十二次会议审议通过。"
)
I09_SIGN = "董事长：赵国栋"
I09_TABLE = [
    ("指标", "单位", "2014年", "2015年", "2016年"),
    ("营业收入", "亿元", "186.4", "201.7", "215.3"),
    ("清洁能源装机占比", "%", "38.2", "41.5", "45.9"),
    ("安全生产事故", "起", "0", "0", "0"),
    ("员工培训覆盖率", "%", "92.0", "95.6", "98.1"),
    ("公益捐赠", "万元", "1 260", "1 480", "1 735"),
]
I09_DISCLAIMER = "免责声明：本报告所载关于未来的计划与展望等前瞻性陈述，不构成公司对投资者的实质承诺，敬请读者理解计划与承诺之间的差异。"
I09_FEEDBACK = (
    "如对本报告有任何意见或建议，请发送电子邮件至csr@xinyuan-energy.cn或致电0871-6588 2016。"
)
# part: [(head, paragraphs)]; "COLS" opens the two-column part, "ENDCOLS" closes it
I09_OUTLINE: list[tuple[str, list[tuple[str, list[int]]]]] = [
    ("董事长致辞", [("", [0, 1, 2])]),
    ("责任管理", [("① 完善公司治理", [3]), ("② 健全责任管理体系", [4, 5])]),
    ("经济责任", [("① 稳健经营，提升发展质量", [6, 7]), ("② 服务国家能源战略", [8])]),
    (
        "环境责任",
        [
            ("COLS", []),
            ("① 建设绿色电站", [9, 10]),
            ("② 推进节能减排，持续提升清洁能源装机比重与资源综合利用水平", [11, 12]),
            ("③ 保护生物多样性", [13, 14]),
            ("ENDCOLS", []),
        ],
    ),
    ("员工责任", [("① 保障员工权益", [15]), ("② 促进员工成长", [16]), ("③ 关爱员工生活", [17])]),
    ("社区责任", [("① 助力脱贫攻坚", [18, 19]), ("② 热心公益事业", [20])]),
    ("展望2017", [("", [21, 22])]),
]
I09_KEEP = {0, 4, 11, 15, 20, 22}
I09_WRAPPED = ("② 推进节能减排，持续提升清洁能源装机比重与资源综合利用水平",)
GREEN = "2E7D32"


def i09_docx(paras: list[str], qr: bytes) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    center, left, right = (
        WD_ALIGN_PARAGRAPH.CENTER,
        WD_ALIGN_PARAGRAPH.LEFT,
        WD_ALIGN_PARAGRAPH.RIGHT,
    )
    d = new_doc(10.5, (2.5, 2.5, 2.4, 2.4))
    even_odd(d)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    header_text(sec.header, I09_ODD, right)
    header_text(sec.even_page_header, I09_COMPANY, left)
    footer_num(sec.footer, right)
    footer_num(sec.even_page_footer, left)
    for run in sec.header.paragraphs[0].runs + sec.even_page_header.paragraphs[0].runs:
        run.font.color.rgb = None
    # cover
    para(d, I09_COMPANY, 16, True, SANS, center, before=60, after=30, color=GREEN)
    para(d, I09_TITLE, 28, True, SANS, center, after=10)
    para(d, I09_EN, 13, False, SERIF, center, after=200)
    picture(d, qr, 2.6, center)
    para(d, I09_QR, 9, False, SERIF, center)

    def l1(text: str, brk: bool = True) -> None:
        h = head(d, text, 16, SANS, True, before=0, after=10, color=GREEN)
        h.paragraph_format.page_break_before = brk
        more.border(h, "bottom", GREEN, 8)
        heads.append({"text": text, "level": 1})

    def l2(text: str) -> None:
        h = head(d, text, 10.5, SANS, False, before=6, after=2)
        h.paragraph_format.line_spacing = 1.5
        heads.append({"text": text, "level": 2})

    def text_para(i: int) -> None:
        body(d, paras[i], 10.5, 1.5)
        used.append(paras[i])

    l1("关于本报告")
    for label, text in I09_ABOUT:
        p = d.add_paragraph()
        p.paragraph_format.line_spacing = 1.5
        p.paragraph_format.first_line_indent = Pt(21)
        add_run(p, label, 10.5, True, SANS)
        add_run(p, text, 10.5, False, SERIF)
    body(d, I09_MADE_BY, 10.5, 1.5)
    for part, items in I09_OUTLINE:
        l1(part, brk=part != "展望2017")
        for text, ps in items:
            if text == "COLS":
                s2 = d.add_section(WD_SECTION.CONTINUOUS)
                no_title_pg(s2)
                set_cols(s2, 2, 0.8, True)
                continue
            if text == "ENDCOLS":
                s3 = d.add_section(WD_SECTION.CONTINUOUS)
                no_title_pg(s3)
                set_cols(s3, 1)
                continue
            if text:
                l2(text)
            for i in ps:
                text_para(i)
        if part == "董事长致辞":
            para(d, I09_SIGN, 10.5, False, SERIF, right, before=12)
    l1("关键绩效表", brk=False)
    grid(d, I09_TABLE, [4.6, 1.8, 2.6, 2.6, 2.6], True, 10)
    p = para(d, I09_DISCLAIMER, 8, False, SERIF, left, before=18, color="7F7F7F")
    p = para(d, I09_FEEDBACK, 8, False, SERIF, left, color="7F7F7F")
    return d, heads, used


def build_csr_report(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = i09_docx(paras, qr_png(9))
    with tempfile.TemporaryDirectory() as t:
        src = Path(t) / (path.stem + ".docx")
        save(d, src)
        shutil.copy(lo_pdf(src, Path(t)), path)
    gold: Gold = {
        "title": I09_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, I09_KEEP),
        "running": [I09_ODD, I09_COMPANY],
        "must_not_have": [
            I09_QR,
            I09_MADE_BY[:26],
            I09_SIGN,
            I09_DISCLAIMER[:24],
            I09_FEEDBACK[:24],
        ],
        "note": "",
    }
    text = cols_text(path)
    check_pdf(path, gold, used, text)
    no_clash_boiler(path.name, gold)
    n = more.pages(path)
    assert 3 <= n <= 12, n
    col_heads = [
        t
        for part, items in I09_OUTLINE
        if part == "环境责任"
        for t, _ in items
        if t not in ("COLS", "ENDCOLS")
    ]
    heads_in_column(path, [h for h in col_heads if h not in I09_WRAPPED])
    whole = more.pdftext(path)
    heads_printed(path.name, whole, {"headings": [h for h in heads if h["text"] not in col_heads]})
    heads_printed(path.name, text, {"headings": [{"text": I09_WRAPPED[0]}]}, I09_WRAPPED)
    gold["note"] = (
        f"python-docx 1.2 -> LibreOffice 7.4, {n} pages. A company's 社会责任报告. Cover "
        f"(first page, no header): {I09_COMPANY} (metadata), the title {I09_TITLE} (28 pt "
        "bold 黑体), an English subtitle (unscored), a QR-like picture (no real code) and the "
        "prompt under it (must_not_have). Part heads unnumbered, 16 pt bold green 黑体 over a "
        "green rule, each from a new page except 展望2017 and 关键绩效表 (level 1): 关于本报告, "
        "董事长致辞, 责任管理, 经济责任, 环境责任, 员工责任, 社区责任, 展望2017, 关键绩效表. "
        "关于本报告 holds four run-in label lines (报告范围/时间范围/编制依据/数据说明, written "
        "here: unscored) and the 本报告由…编制 line set exactly like a body paragraph "
        "(must_not_have); 董事长致辞 ends with the right-aligned signature 董事长：赵国栋 "
        "(must_not_have). Quiet heads `① …`/`② …`/`③ …` only in 黑体 at the 10.5 pt body "
        "size, not bold, flush left (level 2). Under 环境责任 a two-column part (continuous "
        "section breaks, column rule) holds three of them inside the columns; the second "
        "wraps to two lines in its column. 关键绩效表 is a table (cells unscored). At the end "
        "8 pt grey small print: a run-in 免责声明： paragraph and a feedback line with an "
        "e-mail address (both must_not_have; 免责声明 is not a head). Odd/even headers over "
        f"a rule from page 2: {I09_ODD} right on odd pages, {I09_COMPANY} left on even pages "
        "(running); page numbers outside (not listed)"
    )
    return gold


# ======================================== i10 施工组织设计 as a Word file (python-docx)

I10_TITLE = ("江北新区综合管廊一期工程", "施工组织设计")
I10_COMPANY = "东川建设集团有限公司"
I10_DOCNO = "文件编号：DCJS-SG-2017-031"
I10_CONTROL = [
    ("文件编号", "DCJS-SG-2017-031"),
    ("版　　本", "A/0"),
    ("受控状态", "受控"),
    ("分 发 号", "03"),
]
I10_SIGNERS = [
    ("编　制", "孙志强", "2017.03.10"),
    ("审　核", "何　平", "2017.03.12"),
    ("批　准", "钱卫东", "2017.03.15"),
]
I10_DATE = "二〇一七年三月"
I10_BASIS = [
    "（1）江北新区综合管廊一期工程施工图设计文件及图纸会审纪要；",
    "（2）《建设工程施工质量验收统一标准》GB 50300—2013；",
    "（3）《城市综合管廊工程技术规范》GB 50838—2015；",
    "（4）本公司质量、环境和职业健康安全管理体系文件。",
]
I10_BLANK = "（此页无正文，为《江北新区综合管廊一期工程施工组织设计》签署页）"
I10_SIGN_LINES = [
    "编制人：＿＿＿＿＿＿",
    "审核人：＿＿＿＿＿＿",
    "批准人：＿＿＿＿＿＿",
    "东川建设集团有限公司（盖章）",
    "2017年3月15日",
]
# chapter: [(head, level, paragraphs)]; level 2 一、 bold; 3 （1）…： bold or ① 黑体
I10_OUTLINE: list[tuple[str, list[tuple[str, int, list[Any]]]]] = [
    ("第一章　编制依据", [("", 0, [0, "BASIS"])]),
    ("第二章　工程概况", [("一、工程简介", 2, [1, 2]), ("二、工程特点与难点", 2, [3])]),
    (
        "第三章　施工部署",
        [
            ("一、施工总体目标", 2, []),
            ("（1）质量目标：", 3, [4]),
            ("（2）安全目标：", 3, [5]),
            ("（3）工期目标：", 3, [6]),
            ("二、施工组织机构", 2, [7]),
            ("三、施工准备", 2, [8, 9]),
        ],
    ),
    (
        "第四章　主要施工方法",
        [
            ("一、基坑工程", 2, []),
            ("① 基坑开挖", 3, [10]),
            ("② 基坑支护", 3, [11]),
            ("二、主体结构工程", 2, []),
            ("① 钢筋工程", 3, [12]),
            ("② 模板工程", 3, [13]),
            ("③ 混凝土工程", 3, [14]),
            ("三、防水工程", 2, [15]),
        ],
    ),
    (
        "第五章　质量与安全保证措施",
        [
            ("一、质量保证措施", 2, [16, 17]),
            ("二、安全文明施工措施", 2, [18, 19]),
            ("三、环境保护措施", 2, [20]),
        ],
    ),
]
I10_KEEP = {0, 5, 10, 13, 17, 20}


def i10_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    center, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    d = new_doc(12, (2.5, 2.5, 2.8, 2.5))
    more.cjk_font(d.styles["Normal"], SONG, 12)
    d.core_properties.title = ""
    d.core_properties.author = "sunzq"
    # the chapter style: a custom paragraph style (styleId a7, as Chinese Word names it)
    # with no outline level
    st = d.styles.add_style("章标题", WD_STYLE_TYPE.PARAGRAPH)
    st.element.set(qn("w:styleId"), "a7")
    st.base_style = d.styles["Normal"]
    more.cjk_font(st, HEI, 15)
    st.font.bold = True
    st.paragraph_format.alignment = center
    st.paragraph_format.space_before = Pt(12)
    st.paragraph_format.space_after = Pt(12)
    st.paragraph_format.keep_with_next = True
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    # cover: document control table, title, signers, company and date
    t = d.add_table(rows=len(I10_CONTROL), cols=2)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.RIGHT
    for r, (k, v) in enumerate(I10_CONTROL):
        cell_text(t.cell(r, 0), k, 10.5, False, SONG, center)
        cell_text(t.cell(r, 1), v, 10.5, False, SONG, center)
    widths(t, [2.4, 4.2])
    para(d, I10_TITLE[0], 24, True, HEI, center, before=90, after=6)
    para(d, I10_TITLE[1], 30, True, HEI, center, after=80)
    t = d.add_table(rows=len(I10_SIGNERS), cols=3)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(I10_SIGNERS):
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v, 12, False, SONG, center)
    widths(t, [2.6, 4.0, 4.0])
    para(d, I10_COMPANY, 16, True, HEI, center, before=90, after=6)
    para(d, I10_DATE, 14, False, SONG, center)
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.7), 2)  # right
    add_run(hp, I10_COMPANY + "\t" + I10_DOCNO, 9, False, SONG)
    more.border(hp, "bottom", "000000", 6)
    footer_fields(
        sec.footer,
        [("t", "第 "), ("f", "PAGE"), ("t", " 页 共 "), ("f", "NUMPAGES"), ("t", " 页")],
        center,
    )
    for chapter, items in I10_OUTLINE:
        p = d.add_paragraph(chapter, style="章标题")
        p.paragraph_format.page_break_before = True
        heads.append({"text": chapter, "level": 1})
        for text, level, ps in items:
            if level == 2:
                h = head(d, text, 12, SONG, True, before=6, after=0)
            elif level == 3 and text.startswith("（"):
                h = head(d, text, 12, SONG, True, before=0, after=0, indent=2)
            elif level == 3:
                h = head(d, text, 12, HEI, False, before=0, after=0, indent=2)
            if level:
                h.paragraph_format.line_spacing = 1.5
                heads.append({"text": text, "level": level})
            for i in ps:
                if i == "BASIS":
                    for ln in I10_BASIS:
                        q = para(d, ln, 12, False, SONG)
                        q.paragraph_format.first_line_indent = Pt(24)
                        q.paragraph_format.line_spacing = 1.5
                    continue
                body(d, paras[i], 12, 1.5)
                used.append(paras[i])
    # the signature page
    page_break(d)
    para(d, I10_BLANK, 12, False, SONG, before=0, after=60)
    for ln in I10_SIGN_LINES:
        q = para(d, ln, 12, False, SONG, right, after=24)
        q.paragraph_format.right_indent = Cm(1)
    return d, heads, used


def build_construction_plan(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = i10_docx(paras)
    save(d, path)
    gold: Gold = {
        "title": "".join(I10_TITLE),
        "headings": heads,
        "must_have": picks(paras, used, I10_KEEP),
        "running": [I10_DOCNO],
        "must_not_have": ["受控状态", "钱卫东", I10_BLANK[:12], "东川建设集团有限公司（盖章）"],
        "note": "",
    }
    text, n = check_docx(path, gold, used)
    no_clash_boiler(path.name, gold)
    not_in_body(path.name, used, I10_BASIS)
    heads_printed(path.name, text, gold)
    assert 3 <= n <= 12, n
    gold["note"] = (
        f"python-docx 1.2, a Word file ({n} pages as LibreOffice renders it). A contractor's "
        "施工组织设计. Cover (first page, no header): a document-control table top right "
        "(文件编号/版本/受控状态/分发号 with values: must_not_have 受控状态), the title in two "
        f"lines {I10_TITLE[0]} / {I10_TITLE[1]} (24/30 pt bold 黑体; gold the two joined), an "
        "编制/审核/批准 table with names and dates (must_not_have the approver's name), the "
        "company and date (metadata). Header from page 2: the company and the document number "
        f"at a right tab over a rule (running: {I10_DOCNO}), footer 第 N 页 共 M 页 (not "
        "listed). Chapters `第一章　…`-`第五章　…` each from a new page in a custom paragraph "
        "style 章标题 (styleId a7, based on Normal, 15 pt bold 黑体 centred) WITHOUT an outline "
        "level (level 1). Under them heads by direct formatting at the 12 pt body size: "
        "`一、…` only bold, flush left (level 2); `（1）质量目标：`-style heads ending in a "
        "colon, bold, indented like the body (level 3), and `① …` heads only in 黑体, not "
        "bold, indented (level 3). Not heads: the 编制依据 list `（1）…；` lines (written here, "
        "unscored), set like the body. After the text a signature page: "
        f"{I10_BLANK} (must_not_have) and 编制人/审核人/批准人 lines with the 盖章 line "
        "(must_not_have) and date. Typed numbers only, no list numbering: the gold keeps them"
    )
    return gold


# ============================ i11 科研项目结题报告 as a Word file (python-docx, OA print)

I11_SERIES = "东川市软科学研究计划项目"
I11_TITLE = ("城乡基本公共服务均等化研究", "结题报告")
I11_FORM = [
    ("项目编号", "DCRK2012-017"),
    ("项目负责人", "吴晓梅"),
    ("承担单位", "东川市社会科学院"),
    ("起止时间", "2012年6月—2013年12月"),
    ("填报日期", "2014年3月"),
]
I11_PRINT = "打印时间：2014-03-12 10:26:41　　打印人：kjj_jhc"
I11_DECL_HEAD = "声　明"
I11_DECL = "本报告为东川市科学技术局软科学研究计划资助项目成果，报告内容仅代表课题组观点。未经项目承担单位书面同意，任何单位和个人不得以任何形式转载、引用本报告内容。"
I11_REFS = [
    "[1] 国务院. 2013年政府工作报告[R]. 北京: 人民出版社, 2013.",
    "[2] 吴晓梅. 县域基本公共服务供给能力评价[J]. 东川社会科学, 2012(4): 55-61.",
]
I11_SIGN = ["项目负责人（签字）：＿＿＿＿＿＿", "承担单位（盖章）：＿＿＿＿＿＿", "年　　月　　日"]
# (head, level, paragraphs); level 1 报告一级 style, 2 （一） bold, 3 第一，…。 楷体
I11_OUTLINE: list[tuple[str, int, list[int]]] = [
    ("摘　要", 1, [0]),
    ("一、项目概况", 1, []),
    ("（一）研究背景", 2, [1]),
    ("（二）研究目标", 2, [2]),
    ("二、主要研究内容", 1, [3]),
    (
        "（一）城乡基本公共服务供给现状与差距分析，重点考察教育、医疗、社会保障和基础设施四个领域",
        2,
        [4, 5],
    ),
    ("（二）影响均等化的体制机制因素", 2, [6]),
    ("第一，财政投入机制不健全。", 3, [7]),
    ("第二，城乡管理体制相互分割。", 3, [8]),
    ("（三）推进均等化的路径选择", 2, [9]),
    ("三、研究方法与技术路线", 1, [10]),
    ("四、主要成果与创新", 1, []),
    ("（一）主要成果", 2, [11, 12]),
    ("（二）创新之处", 2, [13]),
    ("五、成果应用与社会效益", 1, [14, 15]),
    ("六、存在问题与下一步工作", 1, [16]),
    ("参考文献", 1, []),
]
I11_KEEP = {0, 4, 7, 11, 14, 16}
I11_WRAPPED = (
    "（一）城乡基本公共服务供给现状与差距分析，重点考察教育、医疗、社会保障和基础设施四个领域",
)


def i11_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    center, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    d = new_doc(12, (2.54, 2.54, 3.0, 2.6))
    more.cjk_font(d.styles["Normal"], SONG, 12)
    d.core_properties.author = "kjj_jhc"
    st = d.styles.add_style("报告一级", WD_STYLE_TYPE.PARAGRAPH)
    st.element.set(qn("w:styleId"), "a8")
    st.base_style = d.styles["Normal"]
    more.cjk_font(st, HEI, 12)
    st.paragraph_format.space_before = Pt(6)
    st.paragraph_format.line_spacing = 1.5
    st.paragraph_format.keep_with_next = True
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    add_run(hp, I11_PRINT, 8, False, SONG, "595959")
    footer_fields(sec.footer, [("t", "- "), ("f", "PAGE"), ("t", " -")], center)
    # cover
    para(d, I11_SERIES, 16, True, HEI, center, before=60, after=40)
    para(d, I11_TITLE[0], 22, True, HEI, center, after=8)
    para(d, I11_TITLE[1], 22, True, HEI, center, after=70)
    t = d.add_table(rows=len(I11_FORM), cols=2)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, (k, v) in enumerate(I11_FORM):
        cell_text(t.cell(r, 0), k, 12, True, SONG, center)
        cell_text(t.cell(r, 1), v, 12, False, SONG)
    widths(t, [3.4, 8.0])
    page_break(d)
    h = head(d, I11_DECL_HEAD, 16, HEI, True, center, before=12, after=12)
    heads.append({"text": I11_DECL_HEAD, "level": 1})
    body(d, I11_DECL, 12, 1.5)
    page_break(d)
    for text, level, ps in I11_OUTLINE:
        if level == 1:
            h = d.add_paragraph(style="报告一级")
            add_run(h, text)
            if text == "摘　要":
                h.alignment = center
        elif level == 2:
            h = head(d, text, 12, SONG, True, before=0, after=0, indent=2)
            h.paragraph_format.line_spacing = 1.5
        else:
            h = head(d, text, 12, KAITI, False, before=0, after=0, indent=2)
            h.paragraph_format.line_spacing = 1.5
        heads.append({"text": text, "level": level})
        for i in ps:
            body(d, paras[i], 12, 1.5)
            used.append(paras[i])
    for ref in I11_REFS:
        q = para(d, ref, 10.5, False, SONG)
        q.paragraph_format.line_spacing = 1.5
    for k, ln in enumerate(I11_SIGN):
        para(d, ln, 12, False, SONG, right, before=30 if k == 0 else 10)
    return d, heads, used


def build_project_final_report(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = i11_docx(paras)
    save(d, path)
    gold: Gold = {
        "title": "".join(I11_TITLE),
        "headings": heads,
        "must_have": picks(paras, used, I11_KEEP),
        "running": [I11_PRINT],
        "must_not_have": ["DCRK2012-017", I11_DECL[:28], "项目负责人（签字）", "承担单位（盖章）"],
        "note": "",
    }
    text, n = check_docx(path, gold, used)
    no_clash_boiler(path.name, gold)
    heads_printed(path.name, text, gold, I11_WRAPPED)
    assert 3 <= n <= 12, n
    gold["note"] = (
        f"python-docx 1.2, a Word file ({n} pages as LibreOffice renders it) as an OA system "
        f"exports it for printing: the header of EVERY page, the cover too, is the grey 8 pt "
        f"line {I11_PRINT} (running), footer `- N -` (not listed). Cover: {I11_SERIES} "
        f"(metadata), the title in two lines {I11_TITLE[0]} / {I11_TITLE[1]} (22 pt bold 黑体; "
        "gold the two joined), a form table 项目编号/项目负责人/承担单位/起止时间/填报日期 "
        "(metadata; the project number must_not_have). Page 2: 声　明 (16 pt bold 黑体 "
        "centred, level 1) over a copyright notice set like a body paragraph (must_not_have). "
        "The report from page 3: 摘　要 (centred), `一、…`-`六、…` and 参考文献 in a custom "
        "paragraph style 报告一级 (styleId a8, based on Normal) that is only 黑体 at the 12 pt "
        "body size, not bold, flush left, with NO outline level (level 1); `（一）…` heads only "
        "bold at the body size, indented like the body (level 2), one of them so long that it "
        "wraps to two lines; `第一，…。`/`第二，…。` heads only in 楷体, indented like the body "
        "and ending in a full stop (level 3). The reference list is unscored; the closing "
        "项目负责人（签字）/承担单位（盖章） lines are must_not_have"
    )
    return gold


# ================================================ i12 XeLaTeX 课程论文 (course paper)

I12_TITLE = "新常态下我国财政政策转型的几点思考"
I12_INFO = [
    ("课程名称", "宏观经济学", "任课教师", "赵明远"),
    ("学生姓名", "李思琪", "学　　号", "201305127"),
    ("专业班级", "经济学1301班", "成　　绩", ""),
]
I12_GRADER = "评阅教师签字：＿＿＿＿＿＿"
I12_ABSTRACT = "本文从经济发展新常态的特征出发，分析财政政策面临的新形势，提出财政政策应从规模扩张转向结构优化、从直接投资转向引导撬动、从年度平衡转向跨周期平衡，并从预算管理、地方债务和政策协调三个方面提出建议。"
I12_KEYWORDS = "财政政策；经济新常态；结构性改革；预算管理"
I12_HEAD_L = "宏观经济学课程论文（2013—2014学年第二学期）"
I12_HEAD_R = "东川大学经济学院"
I12_NOTES = {
    30: "数据来源：国家统计局《2013年国民经济和社会发展统计公报》，下同。",
    40: "参见财政部预算司编《预算管理制度改革读本》，东川财经出版社2014年版，第12页。",
}
I12_REFS = [
    "[1] 国务院. 2014年政府工作报告[R]. 北京: 人民出版社, 2014.",
    "[2] 赵明远. 宏观经济学[M]. 第3版. 东川: 东川大学出版社, 2012.",
    "[3] 王志刚. 经济新常态下的积极财政政策[J]. 东川财政研究, 2014(2): 8-13.",
]
I12_COMMENT = "教师评语："
I12_FOOT = "本文为课程作业，仅用于教学评价，未经作者同意请勿转载或引用。"
# (head, level, paragraphs): 1 一、 bold only; 2 （一） only space around it; 3 第一，…。 bold
I12_OUTLINE: list[tuple[str, int, list[int]]] = [
    ("一、问题的提出", 1, [28, 29]),
    ("二、财政政策面临的新形势", 1, [30]),
    ("（一）经济增速换挡与财政收入放缓", 2, [31]),
    ("（二）结构调整对财政支出提出新要求", 2, [32, 33]),
    ("三、财政政策转型的主要方向", 1, [34]),
    ("（一）从规模扩张转向结构优化", 2, []),
    ("第一，优化财政支出结构。", 3, [35]),
    ("第二，完善税制结构。", 3, [36]),
    ("（二）从直接投资转向引导撬动", 2, [37, 38]),
    ("（三）从年度平衡转向跨周期平衡", 2, [39]),
    ("四、政策建议", 1, []),
    ("（一）深化预算管理制度改革", 2, [40]),
    ("（二）规范地方政府债务管理", 2, [41]),
    ("（三）加强财政政策与货币政策的协调", 2, [42]),
    ("结　语", 1, [43]),
    ("参考文献", 1, []),
]
I12_KEEP = {28, 32, 35, 38, 41, 43}
I12_PREAMBLE = r"""\documentclass[12pt,a4paper]{article}
\usepackage[top=2.5cm,bottom=2.5cm,left=2.8cm,right=2.6cm,headheight=15pt,headsep=0.5cm,footskip=1cm]{geometry}
\usepackage{fontspec}
\setmainfont{Noto Serif CJK SC}
\setsansfont{Noto Sans CJK SC}
\XeTeXlinebreaklocale "zh"
\XeTeXlinebreakskip = 0pt plus 1pt
\usepackage{fancyhdr}
\linespread{1.5}
\setlength{\parindent}{2em}
\renewcommand\thefootnote{\arabic{footnote}}
% heads: 一、 only bold, flush left; （一） set like the body, only the space around it;
% 第一，…。 bold, indented like the body; none of them kept with the next line
\newcommand\yi[1]{\par\addvspace{10pt}\noindent{\bfseries #1}\par\addvspace{3pt}}
\newcommand\er[1]{\par\addvspace{9pt}#1\par\addvspace{9pt}}
\newcommand\san[1]{\par{\bfseries #1}\par}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small HEADL}
\fancyhead[R]{\small HEADR}
\fancyfoot[C]{\small 第 \thepage\ 页 共 \pageref{lastpage} 页}
\renewcommand\headrulewidth{0.5pt}
\fancypagestyle{plain}{\fancyhf{}\fancyfoot[C]{\small 第 \thepage\ 页 共 \pageref{lastpage} 页}\renewcommand\headrulewidth{0pt}}
"""


def i12_tex(paras: list[str]) -> tuple[str, list[dict[str, Any]], list[str]]:
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    rows = [" & ".join(esc(c) for c in row) + r" \\ \hline" for row in I12_INFO]
    out = [
        I12_PREAMBLE.replace("HEADL", I12_HEAD_L).replace("HEADR", I12_HEAD_R),
        r"\begin{document}",
        r"\thispagestyle{plain}",
        r"\begin{center}\small\renewcommand\arraystretch{1.2}\begin{tabular}{|c|p{3.4cm}|c|p{3.4cm}|}\hline",
        *rows,
        r"\end{tabular}\par\vspace{4pt}\hfill " + esc(I12_GRADER) + r"\end{center}",
        r"\vspace{10pt}{\centering\sffamily\fontsize{16}{24}\selectfont "
        + esc(I12_TITLE)
        + r"\par}\vspace{10pt}",
        r"{\small\noindent{\bfseries 摘要：}" + esc(I12_ABSTRACT) + r"\par",
        r"\noindent{\bfseries 关键词：}" + esc(I12_KEYWORDS) + r"\par}\vspace{6pt}",
    ]
    for text, level, ps in I12_OUTLINE:
        cmd = {1: r"\yi{", 2: r"\er{", 3: r"\san{"}[level]
        out.append(cmd + esc(text) + "}")
        heads.append({"text": text, "level": level})
        for i in ps:
            note = r"\footnote{" + esc(I12_NOTES[i]) + "}" if i in I12_NOTES else ""
            out.append(esc(paras[i]) + note + r"\par")
            used.append(paras[i])
        if text == "参考文献":
            out += [r"{\small\noindent " + esc(r) + r"\par}" for r in I12_REFS]
    out += [
        r"\vspace{14pt}\noindent\fbox{\parbox[t][3cm]{\dimexpr\linewidth-2\fboxsep-2\fboxrule}{"
        + esc(I12_COMMENT)
        + "}}",
        r"\vfill\noindent{\footnotesize " + esc(I12_FOOT) + r"}\label{lastpage}",
        r"\end{document}",
    ]
    return "\n".join(out) + "\n", heads, used


def build_course_paper(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    tex, heads, used = i12_tex(paras)
    xelatex(tex, path, runs=2)
    gold: Gold = {
        "title": I12_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, I12_KEEP),
        "running": [I12_HEAD_L, I12_HEAD_R],
        "must_not_have": ["201305127", "评阅教师签字", I12_COMMENT, I12_FOOT],
        "note": "",
    }
    text = check_pdf(path, gold, used)
    no_clash_boiler(path.name, gold)
    not_in_body(path.name, used, [I12_ABSTRACT[:20], *I12_NOTES.values()])
    heads_printed(path.name, text, gold)
    n = more.pages(path)
    assert 3 <= n <= 12, n
    assert f"共{n}页" in more.squash(text), "the 共 M 页 footer"
    # 参考文献 falls at the foot of a page, its list on the next (nothing keeps it there)
    foot = [
        k
        for k in range(1, n)
        if "参考文献" in page_lines(path, k) and page_lines(path, k + 1)[1].startswith("[1]")
    ]
    assert foot, "参考文献 not at the foot of a page"
    gold["note"] = (
        f"XeLaTeX article class (12 pt, fontspec, fancyhdr), {n} pages. A student's course "
        "paper. Page 1 (no header): a ruled information table 课程名称/任课教师/学生姓名/学号/"
        "专业班级/成绩 (metadata; the student number must_not_have) and the 评阅教师签字 line "
        f"under it (must_not_have), the title {I12_TITLE} (16 pt 黑体 centred), run-in "
        "摘要：/关键词： lines in 10.5 pt (written here, unscored; not heads). Quiet heads at "
        "the 12 pt body size, none kept with the next line: `一、…` only bold, flush left "
        "(level 1), and so the unnumbered 结　语 and 参考文献 (level 1); `（一）…` set exactly "
        "like a body line, indented, not bold, in the body face, told apart only by the space "
        "above and below it and by being a short line of its own (level 2); `第一，…。` lines "
        "bold, indented, ending in a full stop (level 3). 参考文献 falls as the last line "
        f"of page {foot[0]}, its list on the next page. Two footnotes (written here, "
        f"unscored). Header from page 2: {I12_HEAD_L} left, {I12_HEAD_R} right, over a rule "
        "(running); footer 第 N 页 共 M 页 (not listed). At the end a framed 教师评语： box "
        "(must_not_have) and at the foot of the last page a small 本文为课程作业 line "
        "(must_not_have)"
    )
    return gold


# ------------------------------------------------------------------ the set

BUILDERS: dict[str, tuple[Any, int]] = {
    "i07_xelatex_lecture_notes.pdf": (build_lecture_notes, 2015),
    "i08_lo_internship_report.pdf": (build_internship_report, 2014),
    "i09_lo_csr_report_columns.pdf": (build_csr_report, 2016),
    "i10_docx_construction_plan.docx": (build_construction_plan, 2017),
    "i11_docx_project_final_report.docx": (build_project_final_report, 2013),
    "i12_xelatex_course_paper.pdf": (build_course_paper, 2014),
}
ROWS: list[str] = [
    "| i07_xelatex_lecture_notes.pdf | XeLaTeX article class twoside (format built with `xetex -ini` from TeX Live 2022's xelatex.ini; fontspec, fancyhdr, multicol, graphicx, xcolor; shipout/background hook), gwr 2015 (`eval/make_realdocs29_files.py`, as i08-i12) | 课程讲义: title and 楷体 byline, then a 说明：…请勿上传网络 paragraph set like the body (must_not_have); `第一讲　…`-`第三讲　…` centred 黑体 (level 1; the later two open a page right under the header); quiet `一、…` heads only in 黑体 at the 11 pt body size (level 2) and `1）…` heads only bold (level 3, two ending in ：); unnumbered 本讲小结 (×3)/案例阅读：…/思考题 set like `一、` (level 2); a two-column multicol 案例阅读 part with `1）`/`2）` heads inside the columns (level 3); numbered 思考题 questions ending in ？ (list items, NOT heads); rotated grey watermark 东川大学经济学院　内部讲义 in the text layer of every page, one character at a time (must_not_have); even header and the 请勿外传 footer line (running), odd header the lecture (not listed); QR-like picture + 扫描上方二维码 prompt (must_not_have); 25 headings |",
    "| i08_lo_internship_report.pdf | python-docx 1.2 → LibreOffice 7.4, three sections, odd/even headers, gwr 2014 | student's 专业实习报告: cover (school, title 专业实习报告, eight underlined fields: 学号 value must_not_have; a 注：本报告一式两份 line at the cover foot, set like body: must_not_have), 诚信承诺书 (level 1; pledge text and 承诺人（签名） line must_not_have); report section with odd header (school + report) and even header (college, class, name) over rules (running), `第 N 页` from 1; heads by direct formatting at the 12 pt body size: `一、…` only bold (level 1), `（一）…` only 楷体 (level 2, one wrapping to two lines), `(1) …` only bold (level 3, one ending in 。); unnumbered 实习中的几点体会 between 三、 and 四、 and 参考文献 (level 1); 三、 opens a page under the header; 实习成绩评定表 (level 1) table with 盖章/签字 lines (must_not_have); 16 headings |",
    "| i09_lo_csr_report_columns.pdf | python-docx 1.2 → LibreOffice 7.4, continuous section breaks (two columns with a rule), odd/even headers and first page different, gwr 2016 | company 社会责任报告: cover (company, title, English subtitle, QR-like picture and 扫描二维码 prompt: must_not_have); unnumbered green 黑体 part heads 关于本报告/董事长致辞/责任管理/…/展望2017/关键绩效表 (level 1); 关于本报告's run-in 报告范围/时间范围/… lines (unscored) and a 本报告由…编制 line set like body (must_not_have); 董事长：赵国栋 signature (must_not_have); quiet `① …` heads only in 黑体 at the 10.5 pt body size (level 2), three of them inside a two-column part, one wrapping in its column; key figures table (unscored); 8 pt grey 免责声明：… run-in paragraph and feedback line (must_not_have; 免责声明 not a head); odd header CSR REPORT 2016　社会责任报告 / even header the company (running); 21 headings |",
    "| i10_docx_construction_plan.docx | python-docx 1.2 (+ style and header XML), gwr 2017 | contractor's 施工组织设计 as a Word file: cover with a document-control table 文件编号/版本/受控状态/分发号 (受控状态 must_not_have), two-line title (joined), 编制/审核/批准 table (approver's name must_not_have); header company + 文件编号 at a right tab (running: the 文件编号 line), 第 N 页 共 M 页; chapters `第一章　…` in a custom paragraph style 章标题 (styleId a7) with NO outline level (level 1); direct-formatting heads at the 12 pt body size: `一、…` only bold (level 2), `（1）质量目标：` bold ending in a colon and `① …` only 黑体 (level 3); 编制依据 `（1）…；` list lines set like the body (NOT heads); signature page （此页无正文，为《…》签署页） with 编制人/审核人/批准人 and 盖章 lines (must_not_have); typed numbers kept; 24 headings |",
    "| i11_docx_project_final_report.docx | python-docx 1.2 (+ style XML), gwr 2013 | research project 结题报告 as an OA system exports it: grey 打印时间…打印人 line in the header of every page, cover too (running); cover (series line, two-line title joined, form table: 项目编号 value must_not_have); 声　明 (level 1) over a copyright notice set like body (must_not_have); 摘　要, `一、…`-`六、…` and 参考文献 in a custom style 报告一级 (styleId a8) only 黑体 at the 12 pt body size with NO outline level (level 1); `（一）…` only bold by direct formatting (level 2, one long and wrapping); `第一，…。` lines only in 楷体 ending in a full stop (level 3); 项目负责人（签字）/承担单位（盖章） lines (must_not_have); 18 headings |",
    "| i12_xelatex_course_paper.pdf | XeLaTeX article class (format built with `xetex -ini`; fontspec, fancyhdr), gwr 2014 | student's 课程论文: page-1 ruled info table (学号 value must_not_have) and 评阅教师签字 line (must_not_have), title, run-in 摘要：/关键词： (unscored); quiet heads at the 12 pt body size, none kept with the next line: `一、…` only bold (level 1; 结　语 and 参考文献 likewise), `（一）…` set exactly like a body line and told apart only by the space around it (level 2), `第一，…。` bold ending in a full stop (level 3); 参考文献 is the last line of a page; two footnotes (unscored); header from page 2 (course/term left, school right: running), 第 N 页 共 M 页; framed 教师评语： box and a page-foot 本文为课程作业… line (must_not_have); 16 headings |",
]


def main(argv: list[str] | None = None) -> int:
    """Build the i documents in a scratch folder and copy them with their gold into
    ``eval/data/realdocs-made29`` (or ``--out``); ``--rows`` writes the SOURCE.md rows."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made29",
    )
    ap.add_argument("--only", nargs="*", default=None, help="file name prefixes")
    ap.add_argument("--rows", type=Path, default=None, help="write the SOURCE.md rows here")
    a = ap.parse_args(argv)
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
            assert 8 <= len(g["headings"]) <= 30, (name, len(g["headings"]))
            shutil.copy(Path(tmp) / name, docs / name)
            base.write_gold(gold / f"{name}.json", g)
            made += 1
    if a.rows:
        a.rows.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    print(f"made {made} documents in {docs}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
