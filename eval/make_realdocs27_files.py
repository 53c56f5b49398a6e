# ruff: noqa: E501  (OOXML snippets and the SOURCE.md rows are kept on one line each)
"""Make the e documents of ``realdocs-made27`` (e07-e12) with real tools, and their gold.

A twenty-seventh set of development documents, made blind (without looking at the
readers or running them), on HEADING RECALL: documents whose section headings a reader
sees at once but a program could miss, because they are marked only by typography,
spacing or style, in the ways Word, WPS and LibreOffice users really make them
(python-docx plus raw OOXML, LibreOffice for the PDFs; the helpers of the earlier
makers are reused). The texts come only from the public government work reports
2013-2017 (../shared/data/gov-work-reports), whole paragraphs (titles, headings,
labels, names, dates, figures, table cells, notes and furniture are written here;
people, places and companies are made up):

- ``e07_lo_thesis_excerpt.pdf`` (gwr 2015): a master's thesis excerpt: cover form,
  原创性声明/授权书 page, 摘要 and ABSTRACT with 关键词/Key words lines, a 目　录 with dot
  leaders and page numbers (two passes), ``第一章　…`` centred 黑体 16 pt (not bold) each
  from a new section, ``1.1　…`` 黑体 14 pt, ``1.1.1　…`` 黑体 bold at the body size,
  unnumbered 参考文献/致谢/附录A, odd/even running headers (chapter name / school),
  roman then arabic page numbers, a numbered equation, 表3-1 (three-line table) and 图3-1
  captions;
- ``e08_docx_localized_styles.docx`` (gwr 2013): a 调研报告 as Chinese Word saves it:
  styles.xml with styleIds ``a`` (Normal), ``1``/``2``/``3`` (heading 1-3), ``a3`` (Title,
  outline level 1 as Chinese Word's), custom 一级标题/二级标题 based on heading 1/2 (their
  outline level only inherited), and Normal paragraphs carrying only ``w:outlineLvl``
  with direct formatting: the three ways mixed in one document;
- ``e09_lo_wps_font_only_heads.pdf`` (gwr 2014): a 政府工作报告 in the WPS 公文 manner, all
  text 16 pt: level 1 ``一、…`` only in 黑体, level 2 in 楷体 (some unnumbered), level 3
  ``1．…。`` only bold and ending in a full stop, headings indented like the body;
  ``— N —`` odd/even page numbers;
- ``e10_lo_broker_industry_report.pdf`` (gwr 2016): a securities firm's 行业深度报告:
  first page 投资要点 / analyst sidebar in a two-column table, level 1 ``01　…`` in white
  on dark-blue one-cell tables, coloured 13 pt ``1.1　…`` and coloured bold body-size
  ``（1）…``, 图表N： captions with 资料来源 lines, a forecast table, a ruled disclaimer
  box with run-in labels, header and 免责声明 footer;
- ``e11_docx_policy_runin_heads.docx`` (gwr 2017): a 政策解读 with hand-typed ``一、``/
  ``（一）``/``1.`` heads, some standalone (headings) and some run in (a bold lead
  sentence and the text in one paragraph: body), and centred bold unnumbered
  ``附　　则``/``名词解释`` parts;
- ``e12_lo_local_standard.pdf`` (gwr 2015): a 地方标准 on the GB/T 1.1 layout: cover, 目
  次 (two passes), 前　　言, clauses ``1　范围`` … in 黑体 at the body size (not bold),
  ``4.1　…`` titles and ``5.1.1　…`` titled subclauses against numbered paragraphs
  ``4.1.1　…`` (running text: body), term entries, 附录A three-line label, 参考文献,
  the standard's number at the top of odd/even pages.

Gold is written from what each builder put in the document, decided as a reader reads
the printed page (never from reader output); titles, headings, passages, running lines
and boilerplate are checked against the printed text (``pdftotext -layout``; for the
DOCX files a LibreOffice rendering in a scratch folder). DOCX gold leaves out numbers
that Word's list numbering generates (none here: all numbers are typed); PDF gold keeps
printed numbers.
Needs LibreOffice Writer, poppler-utils and the fonts of fonts-noto-cjk,
fonts-arphic-gkai00mp and fonts-wqy-zenhei, and python-docx and Pillow in the Python
that runs it. Run once; the outputs are committed, so nothing else needs these tools.
Made in a virtual environment of its own:

    python3 -m venv /tmp/m27a-venv
    /tmp/m27a-venv/bin/pip install python-docx pillow
    /tmp/m27a-venv/bin/python eval/make_realdocs27_files.py [--out eval/data/realdocs-made27] [--only e07 ...]
"""

from __future__ import annotations

import io
import re
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs4_files as prev4
import make_realdocs20_files as prev20
import make_realdocs20_pages as prev20p
import make_realdocs22_files as prev22
import make_realdocs24_files as prev24
import make_realdocs25_files as prev25
import make_realdocs26_files as prev26

MINE = ("e07_", "e08_", "e09_", "e10_", "e11_", "e12_")
Gold = dict[str, Any]
SERIF, SANS, KAI = prev20.SERIF, prev20.SANS, prev20.KAI
HEI = "WenQuanYi Zen Hei"
picks, page_lines = prev20.picks, prev20.page_lines
add_run, body_para, el, save = prev22.add_run, prev22.body_para, prev22.el, prev22.save
new_doc, para, cell_text, grid = prev24.new_doc, prev24.para, prev24.cell_text, prev24.grid
check_pdf, check_docx, lo_pdf = prev24.check_pdf, prev22.check_docx, prev22.lo_pdf
shade, widths = prev25.shade, prev25.widths
sect_xml, page_break, dot_tab = prev26.sect_xml, prev26.page_break, prev26.dot_tab
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLUE = "1F4E79"


# ------------------------------------------------------------------ shared helpers


def head(
    d: Any,
    text: str,
    size: float,
    font: str,
    bold: bool = False,
    align: Any = None,
    before: float = 6,
    after: float = 6,
    indent: float = 0,
    color: str = "",
) -> Any:
    """A heading made by direct formatting only (a Normal paragraph kept with the next;
    ``indent`` a first-line indent in characters of ``size``)."""
    from docx.shared import Pt

    p = para(d, text, size, bold, font, align, before=before, after=after, color=color)
    p.paragraph_format.keep_with_next = True
    if indent:
        p.paragraph_format.first_line_indent = Pt(indent * size)
    return p


def pgnum(sec: Any, fmt: str = "decimal", start: int | None = None) -> None:
    """The section's page-number format (and restart), replacing what it copied."""
    sp = sec._sectPr
    for old in sp.findall(f"{W}pgNumType"):
        sp.remove(old)
    st = f' w:start="{start}"' if start is not None else ""
    sect_xml(sec, f'<w:pgNumType w:fmt="{fmt}"{st}/>', "pgMar")


def header_text(part: Any, text: str, align: Any, size: float = 9, rule: bool = True) -> None:
    part.is_linked_to_previous = False
    p = part.paragraphs[0]
    p.alignment = align
    if text:
        add_run(p, text, size, False, SERIF)
    if rule:
        more.border(p, "bottom", "000000", 6)


def footer_num(part: Any, align: Any, before: str = "", after: str = "", size: float = 9) -> None:
    from docx.shared import Pt

    part.is_linked_to_previous = False
    p = part.paragraphs[0]
    p.alignment = align
    if before:
        add_run(p, before, size, False, SERIF)
    more.add_field(p, "PAGE")
    for r in p.runs:
        r.font.size = Pt(size)
    if after:
        add_run(p, after, size, False, SERIF)


def blank_hf(sec: Any) -> None:
    """A section with empty headers and footers of its own (odd, even and first)."""
    for part in (
        sec.header,
        sec.footer,
        sec.even_page_header,
        sec.even_page_footer,
        sec.first_page_header,
        sec.first_page_footer,
    ):
        part.is_linked_to_previous = False


def find_pages(pdf: Path, heads: list[str], start: int) -> dict[str, int]:
    """The PDF page on which each heading (in order) is printed, from page ``start``:
    the first page after the last one found that has a line opening with it."""
    n = more.pages(pdf)
    cache: dict[int, list[str]] = {}
    out: dict[str, int] = {}
    k = start
    for h in heads:
        key = more.squash(h)
        while k <= n:
            if k not in cache:
                cache[k] = page_lines(pdf, k)
            if any(ln.startswith(key) for ln in cache[k]):
                break
            k += 1
        assert k <= n, (pdf.name, h)
        out[h] = k
    return out


def bars_png(values: list[float], colors: list[tuple[int, int, int]], line: bool = False) -> bytes:
    """A bar chart drawn with Pillow (axes, grid, bars; no lettering in the pixels)."""
    from PIL import Image, ImageDraw

    w, h = 900, 420
    img = Image.new("RGB", (w, h), "white")
    g = ImageDraw.Draw(img)
    top = max(values) * 1.15
    for k in range(5):
        y = 360 - k * 70
        g.line((60, y, 870, y), fill=(215, 215, 215), width=1)
    g.line((60, 20, 60, 360), fill=(90, 90, 90), width=2)
    g.line((60, 360, 870, 360), fill=(90, 90, 90), width=2)
    step = 800 / len(values)
    pts = []
    for i, v in enumerate(values):
        x0 = 60 + i * step + step * 0.22
        x1 = 60 + (i + 1) * step - step * 0.22
        y = 360 - v / top * 330
        g.rectangle((x0, y, x1, 360), fill=colors[i % len(colors)])
        pts.append(((x0 + x1) / 2, y - 25))
    if line:
        g.line(pts, fill=(192, 80, 77), width=5)
        for x, y in pts:
            g.ellipse((x - 7, y - 7, x + 7, y + 7), fill=(192, 80, 77))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def no_clash_boiler(name: str, gold: Gold) -> None:
    """Boilerplate (must_not_have) must not occur in the title or a heading."""
    heads = [gold["title"]] + [h["text"] for h in gold["headings"]]
    for s in gold["must_not_have"]:
        hits = [h for h in heads if more.squash(s) in more.squash(h)]
        assert not hits, f"{name}: {s!r} occurs in the title or headings {hits}"


def line_of(text: str, s: str) -> bool:
    """Whether ``s`` is printed as a line of its own in ``text`` (spaces squashed)."""
    return any(more.squash(ln) == more.squash(s) for ln in text.splitlines())


def three_line(d: Any, rows: list[tuple[str, ...]], cms: list[float], size: float = 10.5) -> Any:
    """A 三线表: thick top and bottom rules, a thin rule under the header row."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, cms)
    prev22.table_borders(t, {"top": ("single", 12), "bottom": ("single", 12)})
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell_text(t.cell(r, c), text, size, False, SERIF, WD_ALIGN_PARAGRAPH.CENTER)
    for cell in t.rows[0].cells:
        cell._tc.get_or_add_tcPr().append(
            el(
                '<w:tcBorders><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:tcBorders>'
            )
        )
    return t


# ------------------------------------------- e07 硕士学位论文 (LibreOffice PDF)

E07_SCHOOL = "东川大学"
E07_EVEN = "东川大学硕士学位论文"
E07_TITLE = "新常态下地方政府推动产业结构调整的政策研究"
E07_EN = "Research on Local Government Policies for Industrial Restructuring under the New Normal"
E07_CODE = "学校代码：10427　　　学　号：2014210318"
E07_FORM = [
    ("作者姓名", "刘文博"),
    ("指导教师", "陈立群　教授"),
    ("学科专业", "区域经济学"),
    ("研究方向", "产业经济与区域政策"),
    ("提交日期", "二〇一七年四月"),
]
E07_DECL = "本人郑重声明：所呈交的学位论文是本人在导师指导下独立进行研究工作所取得的成果。除文中已经注明引用的内容外，本论文不含任何其他个人或集体已经发表或撰写过的作品成果。对本文的研究做出重要贡献的个人和集体，均已在文中以明确方式标明。本人完全意识到本声明的法律结果由本人承担。"
E07_AUTH = "本学位论文作者完全了解学校有关保留、使用学位论文的规定，同意学校保留并向国家有关部门或机构送交论文的复印件和电子版，允许论文被查阅和借阅。本人授权东川大学可以将本学位论文的全部或部分内容编入有关数据库进行检索，可以采用影印、缩印或扫描等复制手段保存和汇编本学位论文。"
E07_SIGN = "作者签名：　　　　　　　日期：　　　　年　　月　　日"
E07_SIGN2 = "作者签名：　　　　　　　导师签名：　　　　　　　日期：　　　　年　　月　　日"
E07_KEYWORDS = "关键词：产业结构调整；简政放权；创新驱动；区域协调发展"
E07_ABSTRACT_EN = (
    "Since the economy entered the new normal, local governments have faced the double task of "
    "keeping growth stable and adjusting the industrial structure. Based on provincial panel data "
    "from 2012 to 2016, this thesis reviews the policies of streamlining administration, fiscal "
    "and tax reform and innovation-driven development, builds a fixed-effects model of the share "
    "of the tertiary industry, and discusses how local governments can coordinate short-term "
    "stabilisation with long-term structural reform."
)
E07_KEYWORDS_EN = (
    "Key words: industrial restructuring; administrative reform; innovation; regional development"
)
# chapters: (chapter, [(heading, level, gwr paragraphs, block)])
E07_OUTLINE: list[tuple[str, list[tuple[str, int, list[int], str]]]] = [
    (
        "第一章　绪论",
        [
            ("1.1　研究背景", 2, [18], ""),
            ("1.2　研究意义", 2, [19], ""),
            ("1.3　研究内容与方法", 2, [], ""),
            ("1.3.1　研究内容", 3, [21], ""),
            ("1.3.2　研究方法", 3, [25], ""),
        ],
    ),
    (
        "第二章　理论基础与政策回顾",
        [
            ("2.1　宏观调控理论", 2, [22, 23], ""),
            ("2.2　近年来的改革实践", 2, [], ""),
            ("2.2.1　简政放权与放管结合", 3, [26], ""),
            ("2.2.2　财税体制改革", 3, [29], ""),
        ],
    ),
    (
        "第三章　产业结构调整的实证分析",
        [
            ("3.1　模型设定", 2, [24], "equation"),
            ("3.2　数据来源与变量说明", 2, [6], "table"),
            ("3.3　结果分析", 2, [43, 44], "figure"),
        ],
    ),
    (
        "第四章　结论与政策建议",
        [
            ("4.1　主要结论", 2, [45], ""),
            ("4.2　政策建议", 2, [], ""),
            ("4.2.1　以体制创新推动科技创新", 3, [46], ""),
            ("4.2.2　着力促进创业就业", 3, [49], ""),
        ],
    ),
]
E07_KEEP = {1, 18, 21, 26, 24, 45, 49}
E07_VARS = [
    ("变量", "符号", "样本量", "均值", "标准差"),
    ("第三产业增加值占比（%）", "TS", "155", "45.82", "6.37"),
    ("人均地区生产总值（万元）", "PGDP", "155", "4.96", "2.11"),
    ("行政审批事项精简率（%）", "AR", "155", "31.40", "12.85"),
    ("研发经费投入强度（%）", "RD", "155", "1.63", "0.97"),
]
E07_TABLE_CAP = "表3-1　主要变量的描述性统计"
E07_FIG_CAP = "图3-1　2012—2016年样本省份第三产业增加值占比"
E07_FIG_SRC = "数据来源：各省（区、市）统计年鉴，作者整理。"
E07_EQ_NOTE = "式中，i表示省份，t表示年份，TS为第三产业增加值占比，AR为行政审批事项精简率，X为控制变量，μ为个体固定效应，ε为随机误差项。"
E07_REFS = [
    "[1] 国务院. 政府工作报告（2015年）[R]. 北京：人民出版社，2015.",
    "[2] 国务院. 政府工作报告（2014年）[R]. 北京：人民出版社，2014.",
    "[3] 王海峰，李晓东. 简政放权改革与地区产业结构升级[J]. 东川经济研究，2016（3）：25-36.",
    "[4] 赵明. 新常态下的宏观调控方式创新[M]. 东川：东川大学出版社，2015.",
    "[5] 孙立新. 财税体制改革对地方产业发展的影响研究[D]. 东川：东川大学，2016.",
]
E07_THANKS = "三年的研究生学习即将结束。衷心感谢导师在论文选题、研究设计和写作过程中给予的悉心指导，感谢经济学院各位老师的教诲和同门师兄弟姐妹的帮助，也感谢家人一直以来的理解和支持。"
E07_APPX = [
    "本文对行政审批事项精简率的测算，以各省（区、市）政府公布的行政审批事项目录为基础，按当年取消和下放事项数占上年保留事项数的比重计算。",
    "研发经费投入强度为研究与试验发展经费支出占地区生产总值的比重，数据取自各年度科技经费投入统计公报。",
]
E07_BACK = ["参考文献", "附录A　主要变量的测算说明", "致谢"]


def e07_docx(
    paras: list[str], pages: dict[str, str]
) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    center, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    d = new_doc(12, (2.8, 2.5, 3.0, 2.6))
    d.core_properties.title = ""
    d.settings.odd_and_even_pages_header_footer = True
    d.styles["Normal"].paragraph_format.line_spacing = 1.3
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    # section 1: cover and declarations, no header or footer
    blank_hf(d.sections[0])
    para(d, E07_CODE, 10.5, False, SERIF, right, after=60)
    para(d, E07_SCHOOL, 30, True, KAI, center, after=12)
    p = para(d, "硕士学位论文", 24, True, SANS, center, after=70)
    p.runs[0]._r.get_or_add_rPr().append(el('<w:spacing w:val="200"/>'))
    para(d, E07_TITLE, 20, True, SANS, center, after=12)
    para(d, E07_EN, 13, True, "Times New Roman", center, after=90)
    for label, value in E07_FORM:
        q = para(d, f"{label}：{value}", 15, False, SERIF, after=10)
        q.paragraph_format.left_indent = Cm(4.2)
    page_break(d)
    for name, text, sign in (
        ("学位论文原创性声明", E07_DECL, E07_SIGN),
        ("学位论文版权使用授权书", E07_AUTH, E07_SIGN2),
    ):
        head(d, name, 16, SANS, False, center, before=24, after=18)
        heads.append({"text": name, "level": 1})
        body_para(d, text, 12, 1.5)
        para(d, sign, 12, False, SERIF, before=30, after=30)
    # section 2: 摘要, ABSTRACT, 目录; school name on odd and even pages, roman numbers
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    blank_hf(sec)
    header_text(sec.header, E07_EVEN, center)
    header_text(sec.even_page_header, E07_EVEN, center)
    footer_num(sec.footer, center)
    footer_num(sec.even_page_footer, center)
    pgnum(sec, "upperRoman", 1)
    head(d, "摘要", 16, SANS, False, center, before=6, after=18)
    heads.append({"text": "摘要", "level": 1})
    for i in (1, 17):
        body_para(d, paras[i], 12, 1.3)
        used.append(paras[i])
    q = para(d, "", 12, before=12)
    add_run(q, "关键词：", 12, True, SANS)
    add_run(q, E07_KEYWORDS.split("：", 1)[1], 12, False, SERIF)
    h = head(d, "ABSTRACT", 16, "Times New Roman", True, center, before=6, after=18)
    h.paragraph_format.page_break_before = True
    heads.append({"text": "ABSTRACT", "level": 1})
    q = para(d, E07_ABSTRACT_EN, 12, False, "Times New Roman")
    q.paragraph_format.first_line_indent = Pt(24)
    q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    q = para(d, "", 12, before=12)
    add_run(q, "Key words: ", 12, True, "Times New Roman")
    add_run(q, E07_KEYWORDS_EN.split(": ", 1)[1], 12, False, "Times New Roman")
    h = para(d, "目　　录", 16, False, SANS, center, before=6, after=18)
    h.paragraph_format.page_break_before = True
    toc: list[tuple[str, int]] = [("摘要", 1), ("ABSTRACT", 1)]
    for chap, items in E07_OUTLINE:
        toc.append((chap, 1))
        toc += [(t, lv) for t, lv, _, _ in items]
    toc += [(b, 1) for b in E07_BACK]
    for text, level in toc:
        q = para(d, f"{text}\t{pages.get(text, '1')}", 12, False, SANS if level == 1 else SERIF)
        q.paragraph_format.left_indent = Pt(24 * (level - 1))
        q.paragraph_format.space_after = Pt(3)
        dot_tab(q, 15.4)
    # one section per chapter: odd header the chapter's name, even the school's
    for k, (chap, items) in enumerate(E07_OUTLINE):
        sec = d.add_section(WD_SECTION.NEW_PAGE)
        blank_hf(sec)
        header_text(sec.header, chap, center)
        header_text(sec.even_page_header, E07_EVEN, center)
        footer_num(sec.footer, center)
        footer_num(sec.even_page_footer, center)
        pgnum(sec, "decimal", 1 if k == 0 else None)
        head(d, chap, 16, SANS, False, center, before=12, after=18)
        heads.append({"text": chap, "level": 1})
        for text, level, idx, block in items:
            if level == 2:
                head(d, text, 14, SANS, False, before=12, after=6)
            else:
                head(d, text, 12, SANS, True, before=6, after=3)
            heads.append({"text": text, "level": level})
            for i in idx:
                body_para(d, paras[i], 12, 1.3)
                used.append(paras[i])
            if block == "equation":
                q = d.add_paragraph()
                q.paragraph_format.tab_stops.add_tab_stop(Cm(7.7), WD_TAB_ALIGNMENT.CENTER)
                q.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT)
                q.paragraph_format.space_before = Pt(6)
                q.paragraph_format.space_after = Pt(6)
                add_run(q, "\t", 12)
                for part, sub in (
                    ("TS", "it"),
                    (" = α + β", ""),
                    ("AR", "it"),
                    (" + γ", ""),
                    ("X", "it"),
                    (" + μ", "i"),
                    (" + ε", "it"),
                ):
                    r = add_run(q, part, 12, False, "Times New Roman")
                    r.italic = part.strip()[:1].isalpha()
                    if sub:
                        s = add_run(q, sub, 12, False, "Times New Roman")
                        s.font.subscript, s.italic = True, True
                add_run(q, "\t（3-1）", 12, False, SERIF)
                q = para(d, E07_EQ_NOTE, 12)
                q.paragraph_format.first_line_indent = Pt(24)
            elif block == "table":
                para(d, E07_TABLE_CAP, 10.5, True, SANS, center, before=6, after=3)
                t = three_line(d, E07_VARS, [5.4, 1.8, 2.0, 2.0, 2.0])
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                para(d, "", 6)
            elif block == "figure":
                q = d.add_paragraph()
                q.alignment = center
                q.paragraph_format.keep_with_next = True
                q.add_run().add_picture(
                    io.BytesIO(
                        bars_png(
                            [44.6, 46.1, 48.2, 50.5, 51.6],
                            [(68, 114, 196)],
                            line=True,
                        )
                    ),
                    width=Cm(11.5),
                )
                para(d, E07_FIG_CAP, 10.5, True, SANS, center, before=3, after=2)
                para(d, E07_FIG_SRC, 9, False, SERIF, center, after=8)
    # back matter: the school's name on odd and even pages
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    blank_hf(sec)
    header_text(sec.header, E07_EVEN, center)
    header_text(sec.even_page_header, E07_EVEN, center)
    footer_num(sec.footer, center)
    footer_num(sec.even_page_footer, center)
    pgnum(sec, "decimal")
    for k, name in enumerate(E07_BACK):
        h = head(d, name, 16, SANS, False, center, before=12, after=18)
        h.paragraph_format.page_break_before = k > 0
        heads.append({"text": name, "level": 1})
        if name == "参考文献":
            for ref in E07_REFS:
                q = para(d, ref, 10.5, after=4)
                q.paragraph_format.left_indent = Pt(21)
                q.paragraph_format.first_line_indent = Pt(-21)
        elif name == "致谢":
            body_para(d, E07_THANKS, 12, 1.3)
        else:
            for line in E07_APPX:
                body_para(d, line, 12, 1.3)
    return d, heads, used


def e07_pages(pdf: Path) -> dict[str, str]:
    """The page numbers printed for the TOC: roman for 摘要/ABSTRACT, arabic from 第一章."""
    texts = ["摘要", "ABSTRACT"]
    for chap, items in E07_OUTLINE:
        texts.append(chap)
        texts += [t for t, _, _, _ in items]
    texts += E07_BACK
    found = find_pages(pdf, texts, 3)
    toc_page = found["ABSTRACT"] + 1
    found = {**find_pages(pdf, texts[:2], 3), **find_pages(pdf, texts[2:], toc_page + 1)}
    first = found["第一章　绪论"]
    roman = ["I", "II", "III", "IV"]
    out = {t: roman[found[t] - found["摘要"]] for t in texts[:2]}
    out.update({t: str(found[t] - first + 1) for t in texts[2:]})
    return out


def build_thesis(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        pages: dict[str, str] = {}
        for _ in range(2):
            d, heads, used = e07_docx(paras, pages)
            save(d, tmp / "src.docx")
            pdf = lo_pdf(tmp / "src.docx", tmp)
            new = e07_pages(pdf)
            if new == pages:
                break
            pages = new
        d, heads, used = e07_docx(paras, pages)
        save(d, tmp / "src.docx")
        pdf = lo_pdf(tmp / "src.docx", tmp)
        assert e07_pages(pdf) == pages, "TOC page numbers did not settle"
        path.write_bytes(pdf.read_bytes())
    n = more.pages(path)
    # the running headers: odd pages the chapter name, even pages the school's (a
    # chapter whose pages are all even never has its name at the top)
    tops = {k: page_lines(path, k)[0] for k in range(3, n + 1)}
    assert sum(v == more.squash(E07_EVEN) for v in tops.values()) >= 4, tops
    chapters = [c for c, _ in E07_OUTLINE if more.squash(c) in tops.values()]
    assert len(chapters) >= 3, tops
    gold: Gold = {
        "title": E07_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, E07_KEEP),
        "running": [E07_EVEN, *chapters],
        "must_not_have": ["学　号：2014210318", "陈立群　教授", "导师签名：", E07_FIG_SRC],
        "note": "",
    }
    text = check_pdf(path, gold, used)
    no_clash_boiler(path.name, gold)
    for h in heads:
        assert line_of(text, h["text"]), h
    gold["note"] = (
        f"{n} pages (python-docx -> LibreOffice 7.4), a master's thesis excerpt on a "
        "school template, all headings by direct formatting (no heading styles, no "
        "outline levels, no bookmarks). Page 1 the cover (no header): 学校代码/学号 line "
        f"(must_not_have), {E07_SCHOOL} and 硕士学位论文 (letter-spaced by w:spacing), the "
        "20 pt title (the title), the English title and the 作者姓名/指导教师/学科专业/研究方向/"
        "提交日期 form (metadata; the supervisor's value must_not_have). Page 2: "
        "学位论文原创性声明 and 学位论文版权使用授权书 (16 pt 黑体 centred, not bold: level 1, "
        "as p01's 版权声明), each a boilerplate paragraph (body, unscored) and a "
        "签名/日期 form line (导师签名 must_not_have). Section 2 (roman page numbers, "
        f"header {E07_EVEN} on odd and even pages): 摘要 (level 1) with two report "
        "paragraphs (body; the first a must_have) and the 关键词 line (bold label, "
        "unscored), ABSTRACT (Times bold, level 1) with an English paragraph and Key "
        "words line (written here, unscored), 目　　录 with dot leaders and the page "
        "numbers LibreOffice printed (two passes; neither headings nor body). One section "
        "per chapter from a new page, arabic numbers from 1: odd pages headed by the "
        f"chapter name, even pages by {E07_EVEN} (both running, over a rule; the chapter "
        "names are also headings, as in p01; listed: the chapters whose name heads a page, "
        f"{'、'.join(c.split('　')[0] for c in chapters)}). 第一章　… 16 pt 黑体 centred, not bold (level "
        "1); 1.1　… 14 pt 黑体 flush left, not bold (level 2); 1.1.1　… 黑体 bold at the "
        "body size 12 pt, flush left (level 3): the body is 12 pt serif with a two-"
        "character indent. Chapter 3 has the equation line (centred formula, （3-1） at a "
        "right tab) and its 式中 line (unscored), the caption 表3-1 (bold 黑体 10.5 pt "
        "centred above a three-line table) and 图3-1 (the same under a Pillow chart "
        "without lettering) with a 数据来源 line (must_not_have): captions are not headings "
        "and table cells not body. Back matter in a last section (school name on odd and "
        "even pages), each from a new page: 参考文献 (level 1; hanging-indent entries "
        "unscored), 附录A　主要变量的测算说明 (level 1; two lines written here, unscored), 致谢 "
        "(level 1; a paragraph written here, unscored). Page numbers not listed"
    )
    return gold


# ------------------------------------------- e08 调研报告 (DOCX, Chinese Word styles)

E08_TITLE = "关于全市经济社会发展情况的调研报告"
E08_BY = "东川市政协经济委员会调研组　　2013年6月"
E08_HEADER = "东川市政协经济委员会　调研报告"
E08_OPEN = "根据市政协2013年度协商工作计划，经济委员会组成调研组，于4月至5月深入部分区县、园区和企业，采取座谈交流、实地察看、问卷调查等方式，对全市经济社会发展情况进行了专题调研。现将调研情况报告如下。"
E08_CC = "报送：市政协主席会议成员"
# (heading, level, how, gwr paragraphs): how = the style id, or "o0"/"o1"/"o2" for a
# Normal paragraph carrying only w:outlineLvl 0/1/2 with direct formatting
E08_OUTLINE: list[tuple[str, int, str, list[int]]] = [
    ("一、基本情况", 1, "1", [0]),
    ("（一）总体发展成效", 2, "2", [1]),
    ("（二）科技文化支撑", 2, "2", [3, 4]),
    ("二、推动发展的主要做法", 1, "a8", []),
    ("（一）扩大内需与区域协调", 2, "a9", []),
    ("1.坚持扩大内需战略", 3, "o2", [13]),
    ("2.促进区域协调发展", 3, "o2", [14]),
    ("（二）积极稳妥推进城镇化", 2, "a9", [15]),
    ("三、保障和改善民生", 1, "1", []),
    ("（一）就业和社会保障", 2, "o1", []),
    ("1.实施就业优先战略", 3, "3", [17]),
    ("2.织密社会保障安全网", 3, "3", [18]),
    ("（二）教育和医疗卫生", 2, "o1", [22, 19]),
    ("四、下一步工作建议", 1, "o0", []),
    ("（一）深化科技体制改革", 2, "2", [23]),
    ("（二）坚定不移推进改革开放", 2, "a9", [25, 27]),
]
E08_KEEP = {0, 3, 13, 15, 17, 22, 25}
E08_FONT = f'<w:rFonts w:ascii="Times New Roman" w:eastAsia="{SERIF}" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'


def e08_styles() -> bytes:
    """styles.xml as Chinese Word writes it: Normal is ``a``, heading 1-3 are ``1``-``3``
    (their character styles ``10``-``30``), Title ``a3`` (outline level 1), header/footer
    ``a4``/``a6``, and two custom styles 一级标题 (``a8``, based on heading 1) and 二级标题
    (``a9``, based on heading 2) that set no outline level of their own."""

    def rf(face: str) -> str:
        return f'<w:rFonts w:ascii="{face}" w:eastAsia="{face}" w:hAnsi="{face}"/>'

    def heading(sid: str, n: int, size: int, face: str, bold: bool) -> str:
        return (
            f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="heading {n}"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="{sid}0"/><w:uiPriority w:val="9"/><w:qFormat/>'
            f'<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{160 if n == 1 else 100}" w:after="{100 if n == 1 else 60}" w:line="360" w:lineRule="auto"/><w:outlineLvl w:val="{n - 1}"/></w:pPr>'
            f'<w:rPr>{rf(face)}{"<w:b/><w:bCs/>" if bold else ""}<w:kern w:val="44"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>'
            f'<w:style w:type="character" w:customStyle="1" w:styleId="{sid}0"><w:name w:val="标题 {n} 字符"/><w:basedOn w:val="a0"/><w:link w:val="{sid}"/><w:uiPriority w:val="9"/>'
            f'<w:rPr>{rf(face)}{"<w:b/><w:bCs/>" if bold else ""}<w:kern w:val="44"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>'
        )

    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:docDefaults><w:rPrDefault><w:rPr>{E08_FONT}<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:spacing w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>'
        f'<w:rPr>{E08_FONT}<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
        + heading("1", 1, 32, SANS, True)
        + heading("2", 2, 30, KAI, True)
        + heading("3", 3, 24, SERIF, True)
        + '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:uiPriority w:val="10"/><w:qFormat/>'
        f'<w:pPr><w:spacing w:before="240" w:after="60"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>{rf(SANS)}<w:b/><w:bCs/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="header"/><w:basedOn w:val="a"/><w:link w:val="a5"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="a5"><w:name w:val="页眉 字符"/><w:basedOn w:val="a0"/><w:link w:val="a4"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="a6"><w:name w:val="footer"/><w:basedOn w:val="a"/><w:link w:val="a7"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="character" w:customStyle="1" w:styleId="a7"><w:name w:val="页脚 字符"/><w:basedOn w:val="a0"/><w:link w:val="a6"/><w:uiPriority w:val="99"/><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="a8"><w:name w:val="一级标题"/><w:basedOn w:val="1"/><w:next w:val="a"/><w:qFormat/>'
        f'<w:pPr><w:spacing w:before="200" w:after="100"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr><w:rPr>{rf(HEI)}<w:b w:val="0"/><w:bCs w:val="0"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="a9"><w:name w:val="二级标题"/><w:basedOn w:val="2"/><w:next w:val="a"/><w:qFormat/>'
        '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="600"/></w:pPr><w:rPr><w:b w:val="0"/><w:bCs w:val="0"/></w:rPr></w:style>'
        "</w:styles>"
    )
    return xml.encode("utf-8")


def e08_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = new_doc(12, (2.54, 2.54, 3.0, 2.6))
    d.core_properties.title = ""
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    add_run(hp, E08_HEADER)
    prev4.page_footer(sec.footer.paragraphs[0], "第 ", " 页")
    t = d.add_paragraph()
    t._p.get_or_add_pPr().insert(0, el('<w:pStyle w:val="a3"/>'))
    t.add_run(E08_TITLE)
    para(d, E08_BY, 12, False, KAI, WD_ALIGN_PARAGRAPH.CENTER, after=12)
    body_para(d, E08_OPEN, 12, 1.5)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for text, level, how, idx in E08_OUTLINE:
        if how.startswith("o"):
            size, face, bold = {
                "o0": (16, HEI, False),
                "o1": (15, KAI, True),
                "o2": (12, SERIF, True),
            }[how]
            p = head(d, text, size, face, bold, before=8 if how == "o0" else 4, after=4, indent=2)
            p.paragraph_format.line_spacing = 1.5
            p._p.get_or_add_pPr().append(el(f'<w:outlineLvl w:val="{how[1]}"/>'))
        else:
            p = d.add_paragraph()
            p._p.get_or_add_pPr().insert(0, el(f'<w:pStyle w:val="{how}"/>'))
            if how in ("1", "2", "3"):
                p.paragraph_format.first_line_indent = Pt(24)
            p.add_run(text)
        heads.append({"text": text, "level": level})
        for i in idx:
            body_para(d, paras[i], 12, 1.5)
            used.append(paras[i])
    para(d, "", 12)
    q = para(d, E08_CC, 10.5, False, SERIF, before=12)
    more.border(q, "top", "000000", 6)
    return d, heads, used


def e08_localise(src: Path, dst: Path) -> None:
    """Rewrite a python-docx file as Chinese Word saves it: its styles.xml replaced by
    :func:`e08_styles`, the header and footer paragraphs pointed at ``a4``/``a6``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/styles.xml":
                data = e08_styles()
            elif re.fullmatch(r"word/(header|footer)\d*\.xml", item.filename):
                data = data.replace(b'w:val="Header"', b'w:val="a4"').replace(
                    b'w:val="Footer"', b'w:val="a6"'
                )
            elif item.filename == "word/document.xml":
                assert b'w:pStyle w:val="Heading' not in data and b"Title" not in data
            zout.writestr(item, data)


def build_localized_styles(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = e08_docx(paras)
    with tempfile.TemporaryDirectory() as t:
        save(d, Path(t) / "src.docx")
        e08_localise(Path(t) / "src.docx", path)
    gold: Gold = {
        "title": E08_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, E08_KEEP),
        "running": [E08_HEADER],
        "must_not_have": [E08_CC],
        "note": "",
    }
    text, n = check_docx(path, gold, used)
    prev25.no_clash_heads(path.name, gold)
    for h in heads:
        assert line_of(text, h["text"]), h
    with zipfile.ZipFile(path) as z:
        doc = z.read("word/document.xml").decode("utf-8")
        styles = z.read("word/styles.xml").decode("utf-8")
    assert 'w:styleId="Heading1"' not in styles and 'w:styleId="1"' in styles
    assert doc.count("<w:outlineLvl") == sum(h[2].startswith("o") for h in E08_OUTLINE)
    ways = {
        how: sum(h[2] == how for h in E08_OUTLINE)
        for how in ("1", "2", "3", "a8", "a9", "o0", "o1", "o2")
    }
    gold["note"] = (
        f"a DOCX (LibreOffice renders it on {n} pages), a 调研报告 saved the way Chinese "
        "Word saves it: styles.xml has no Heading1/Title style ids but Chinese Word's "
        "(Normal a, heading 1/2/3 with w:styleId 1/2/3 and w:name heading 1/2/3, their "
        "linked character styles 10/20/30 named 标题 1 字符…, Title a3 with outline level 1 "
        "(w:outlineLvl 0) as Chinese Word's Title has, header a4, footer a6), all numbers "
        "typed (no list numbering). The title is the Title-style paragraph (the title, not "
        "a heading despite its outline level); the 调研组/date line under it in 楷体 "
        f"(metadata); the opening paragraph (body, unscored). Headings made three ways, "
        f"mixed: paragraphs in heading 1/2/3 by style id ({ways['1']}, {ways['2']}, "
        f"{ways['3']}); paragraphs in the custom styles 一级标题 (a8, based on heading 1, "
        f"黑体 not bold, {ways['a8']}) and 二级标题 (a9, based on heading 2, 楷体 not bold, "
        f"{ways['a9']}) whose outline level comes only through w:basedOn; Normal paragraphs "
        "with w:outlineLvl 0/1/2 in their own w:pPr and direct formatting (一、 16 pt "
        f"黑体, （一） 15 pt bold 楷体, 1. bold at the body size: {ways['o0']}, {ways['o1']}, "
        f"{ways['o2']}). Levels: 一、 1, （一） 2, 1. 3, whichever way each is made. Header "
        f"{E08_HEADER} over a rule (running), footer 第 N 页 (not listed); the 报送 line "
        "after a rule at the end (must_not_have)"
    )
    return gold


# ------------------------------------------- e09 政府工作报告 (LibreOffice PDF, WPS 公文 manner)

E09_MARK = "青山区第三届人民代表大会第四次会议文件（1）"
E09_TITLE = "政府工作报告"
E09_SUB = "——2014年1月8日在青山区第三届人民代表大会第四次会议上"
E09_BY = "青山区人民政府区长　周海涛"
E09_TO = "各位代表："
E09_OPEN = (
    "现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。"
)
# (heading, level, face, gwr paragraphs): face H 黑体, K 楷体, B bold body face
E09_OUTLINE: list[tuple[str, int, str, list[int]]] = [
    ("一、2013年工作回顾", 1, "H", [0]),
    ("扩大对外开放", 2, "K", [1]),
    ("加强宏观调控", 2, "K", [2]),
    ("夯实农业基础", 2, "K", [3, 5]),
    ("保障改善民生", 2, "K", [8, 9]),
    ("二、2014年工作的总体要求", 1, "H", [19]),
    ("三、2014年重点工作", 1, "H", []),
    ("（一）深化重点领域改革", 2, "K", []),
    ("1．加快转变政府职能。", 3, "B", [24]),
    ("2．创新市场监管方式。", 3, "B", [25]),
    ("（二）推进全方位对外开放", 2, "K", []),
    ("1．提高开放型经济水平。", 3, "B", [26]),
    ("2．促进外贸稳定增长。", 3, "B", [27]),
    ("（三）扎实做好“三农”工作", 2, "K", [33, 34]),
    ("四、切实加强政府自身建设", 1, "H", [47, 48]),
]
E09_KEEP = {0, 1, 8, 24, 27, 33, 47}
E09_CLOSE = 54


def e09_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = new_doc(16, (3.7, 3.5, 2.8, 2.6))
    d.settings.odd_and_even_pages_header_footer = True
    sec = d.sections[0]
    blank_hf(sec)
    footer_num(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT, "— ", " —", 14)
    footer_num(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "— ", " —", 14)
    normal = d.styles["Normal"].paragraph_format
    normal.line_spacing = Pt(28)
    para(d, E09_MARK, 12, True, HEI, after=48)
    para(d, E09_TITLE, 22, True, SERIF, WD_ALIGN_PARAGRAPH.CENTER, after=12)
    para(d, E09_SUB, 16, False, KAI, WD_ALIGN_PARAGRAPH.CENTER)
    para(d, E09_BY, 16, False, KAI, WD_ALIGN_PARAGRAPH.CENTER, after=24)
    para(d, E09_TO, 16, False, SERIF)
    body_para(d, E09_OPEN, 16, 1.0).paragraph_format.line_spacing = Pt(28)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for text, level, face, idx in E09_OUTLINE:
        font, bold = {"H": (HEI, False), "K": (KAI, False), "B": (SERIF, True)}[face]
        p = head(d, text, 16, font, bold, before=0, after=0, indent=2)
        p.paragraph_format.line_spacing = Pt(28)
        heads.append({"text": text, "level": level})
        for i in idx:
            body_para(d, paras[i], 16, 1.0).paragraph_format.line_spacing = Pt(28)
            used.append(paras[i])
    body_para(d, paras[E09_CLOSE], 16, 1.0).paragraph_format.line_spacing = Pt(28)
    used.append(paras[E09_CLOSE])
    return d, heads, used


def build_wps_font_heads(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = e09_docx(paras)
    for text, _, _, idx in E09_OUTLINE:
        for i in idx:  # the heads are no report paragraph's own lead
            assert not paras[i].startswith(re.sub(r"^[\d一二三四（）．、]+", "", text)), text
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        save(d, tmp / "src.docx")
        path.write_bytes(lo_pdf(tmp / "src.docx", tmp).read_bytes())
    n = more.pages(path)
    assert 5 <= n <= 10, n
    gold: Gold = {
        "title": E09_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, E09_KEEP),
        "running": [],
        "must_not_have": [E09_MARK, E09_BY],
        "note": "",
    }
    text = check_pdf(path, gold, used)
    no_clash_boiler(path.name, gold)
    for h in heads:
        assert line_of(text, h["text"]), h
    fonts = prev4.pdf_fonts(path)
    assert "WenQuanYi" in fonts and "ZenKai" in fonts, fonts
    for k in range(1, n + 1):
        last = page_lines(path, k)[-1]
        assert last == f"—{k}—", (k, last)
    unnumbered = [h[0] for h in E09_OUTLINE if h[2] == "K" and not h[0].startswith("（")]
    gold["note"] = (
        f"{n} pages (python-docx -> LibreOffice 7.4), a district 政府工作报告 laid out the "
        "WPS 公文 way: every line 16 pt at an exact 28 pt line pitch, the body in the serif "
        "face with a two-character indent, and the headings the same size, indented the "
        "same, told from the body only by the face or the weight: 一、… in 黑体 (WenQuanYi "
        "Zen Hei), not bold (level 1); the level 2 in 楷体 (AR PL KaitiM GB), not bold: "
        f"under 一、 unnumbered ({'、'.join(unnumbered)}), under 三、 numbered （一）…; level 3 "
        "1．… bold in the body face, each a line of its own ending in a full stop (the "
        "text as printed, the 。 kept; not the lead of the paragraph after it). No "
        "numbering, styles or outline levels. Page 1: the 会议文件（1） mark at the top left "
        "(bold 黑体 12 pt, must_not_have), the 22 pt title 政府工作报告 (the title), the "
        "——…会议上 line and the 区长 line in 楷体 (metadata; the 区长 line must_not_have), "
        "各位代表： and a one-sentence opening (body, unscored); the closing paragraph is "
        "a report paragraph (body). Footer — N — right on odd and left on even pages (not "
        "listed); no header"
    )
    return gold


# ------------------------------------------- e10 券商行业深度报告 (LibreOffice PDF)

E10_FIRM = "东川证券股份有限公司"
E10_HEADER = "东川证券　行业深度报告"
E10_FOOTER = "请务必阅读正文之后的免责声明部分"
E10_TITLE = "节能环保行业2016年度投资策略：供给侧改革打开成长空间"
E10_BAND = "证券研究报告｜行业深度报告｜节能环保"
E10_DATE = "2016年3月21日"
E10_SIDE = [
    ("行业评级", True),
    ("推荐（维持）", False),
    ("分析师：张晓峰", False),
    ("执业证书编号：S1230516080001", False),
    ("电话：0791-86128866", False),
    ("邮箱：zhangxf@dczq.com.cn", False),
    ("相关报告", True),
    ("《环保行业周报：政策密集出台》2016-03-12", False),
    ("《节能环保行业2015年度回顾》2016-01-08", False),
]
E10_POINTS = [11, 27]
# (heading, level, gwr paragraphs, block)
E10_OUTLINE: list[tuple[str, int, list[int], str]] = [
    ("01　宏观环境：稳增长政策持续发力", 1, [], ""),
    ("1.1　财政政策加大力度", 2, [14], "chart1"),
    ("1.2　货币政策灵活适度", 2, [16], ""),
    ("02　供给侧改革：去产能与降成本", 1, [], ""),
    ("2.1　化解过剩产能", 2, [17], ""),
    ("2.2　激发非公有制经济活力", 2, [18], "chart2"),
    ("03　行业展望：节能环保迎来发展黄金期", 1, [], ""),
    ("3.1　政策红利持续释放", 2, [27], ""),
    ("3.2　细分领域投资机会", 2, [], ""),
    ("（1）生态修复", 3, [28], ""),
    ("（2）区域环境治理", 3, [19], "table"),
    ("04　投资建议", 1, [24], ""),
    ("05　风险提示", 1, [], "risk"),
]
E10_KEEP = {14, 16, 17, 28, 19, 24}
E10_CHARTS = {
    "chart1": ("图表1：2012—2016年全国财政赤字规模（亿元）", "资料来源：财政部，东川证券研究所"),
    "chart2": ("图表2：2013—2016年民间投资增速（%）", "资料来源：国家统计局，Wind，东川证券研究所"),
}
E10_TABLE_CAP = "图表3：重点公司盈利预测与估值"
E10_TABLE = [
    ("证券代码", "公司简称", "股价（元）", "EPS 2015E", "EPS 2016E", "PE 2016E", "评级"),
    ("600917", "东川环能", "18.62", "0.61", "0.83", "22.4", "买入"),
    ("300846", "青山水务", "24.15", "0.72", "0.95", "25.4", "买入"),
    ("002731", "瑞科环保", "13.08", "0.38", "0.52", "25.2", "增持"),
    ("603528", "澄江节能", "31.40", "1.05", "1.32", "23.8", "增持"),
]
E10_TABLE_SRC = "资料来源：Wind，东川证券研究所（股价截至2016年3月18日）"
E10_RISK = "宏观经济增速低于预期；环保政策落地进度不及预期；项目建设和回款进度低于预期；行业竞争加剧导致毛利率下滑。"
E10_DISCLAIMER = [
    (
        "分析师声明：",
        "作者具有中国证券业协会授予的证券投资咨询执业资格，保证报告所采用的数据均来自合规渠道，分析逻辑基于作者的职业理解，本报告清晰准确地反映了作者的研究观点。",
    ),
    (
        "投资评级说明：",
        "以报告发布日后6个月内行业指数相对于沪深300指数的涨跌幅为标准，推荐：相对强于市场表现10%以上；中性：相对市场表现在-10%～+10%之间；回避：相对弱于市场表现10%以上。",
    ),
    (
        "免责声明：",
        f"本报告仅供{E10_FIRM}（以下简称“本公司”）的客户使用。本公司不会因接收人收到本报告而视其为客户。本报告中的信息均来源于公开资料，本公司对这些信息的准确性和完整性不作任何保证。在任何情况下，本报告中的信息或所表述的意见并不构成对任何人的投资建议。",
    ),
]


def e10_bar(d: Any, text: str) -> None:
    """A level-1 section bar: white bold text in a dark-blue one-cell table."""
    from docx.shared import Pt

    para(d, "", 6)
    t = d.add_table(rows=1, cols=1)
    widths(t, [16.0])
    cell = t.cell(0, 0)
    shade(cell, BLUE)
    p = cell.paragraphs[0]
    p.paragraph_format.space_before = Pt(3)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    add_run(p, text, 14, True, SANS, "FFFFFF")
    t.rows[0]._tr.get_or_add_trPr().append(el("<w:cantSplit/>"))


def e10_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    center = WD_ALIGN_PARAGRAPH.CENTER
    d = new_doc(10.5, (2.2, 2.0, 2.5, 2.5))
    d.core_properties.title = ""
    d.styles["Normal"].paragraph_format.line_spacing = 1.35
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
    add_run(hp, E10_HEADER + "\t", 9, True, SANS, BLUE)
    add_run(hp, "节能环保", 9, False, SANS, BLUE)
    more.border(hp, "bottom", BLUE, 12)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
    add_run(fp, E10_FOOTER + "\t", 8, False, SERIF, "7F7F7F")
    more.add_field(fp, "PAGE")
    more.border(fp, "top", "BFBFBF", 6)
    # page 1: band, title, 投资要点 with the analyst sidebar
    band = para(d, "", 10.5, after=6)
    band.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
    add_run(band, E10_BAND + "\t", 10.5, True, SANS, BLUE)
    add_run(band, E10_DATE, 10.5, False, SANS, BLUE)
    para(d, E10_TITLE, 20, True, SANS, None, before=6, after=12, color=BLUE)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    t = d.add_table(rows=1, cols=2)
    widths(t, [11.3, 4.7])
    left, side = t.cell(0, 0), t.cell(0, 1)
    p = left.paragraphs[0]
    add_run(p, "投资要点", 14, True, SANS, BLUE)
    p.paragraph_format.space_after = Pt(6)
    heads.append({"text": "投资要点", "level": 1})
    for i in E10_POINTS:
        q = left.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        q.paragraph_format.space_after = Pt(6)
        q.paragraph_format.line_spacing = 1.35
        add_run(q, paras[i], 10.5, False, SERIF)
        used.append(paras[i])
    shade(side, "EEF3F8")
    first = True
    for text, bold in E10_SIDE:
        q = side.paragraphs[0] if first else side.add_paragraph()
        first = False
        q.paragraph_format.space_before = Pt(6 if bold else 0)
        add_run(
            q,
            text,
            10.5 if text == "推荐（维持）" else 8.5,
            bold or text == "推荐（维持）",
            SANS if bold else SERIF,
            BLUE if bold else "",
        )
    for text, level, idx, block in E10_OUTLINE:
        if level == 1:
            e10_bar(d, text)
        elif level == 2:
            head(d, text, 13, SANS, True, before=8, after=4, color=BLUE)
        else:
            head(d, text, 10.5, SANS, True, before=4, after=2, color=BLUE)
        heads.append({"text": text, "level": level})
        for i in idx:
            body_para(d, paras[i], 10.5, 1.35)
            used.append(paras[i])
        if block in E10_CHARTS:
            cap, src = E10_CHARTS[block]
            head(d, cap, 10.5, SANS, True, before=6, after=3, color=BLUE)
            vals = (
                [11900, 13500, 16200, 21800]
                if block == "chart2"
                else [8000, 12000, 13500, 16200, 21800]
            )
            q = d.add_paragraph()
            q.alignment = center
            q.paragraph_format.keep_with_next = True
            q.add_run().add_picture(
                io.BytesIO(bars_png(vals, [(31, 78, 121), (91, 155, 213)], block == "chart2")),
                width=Cm(12.5),
            )
            para(d, src, 8.5, False, SERIF, after=6, color="595959")
        elif block == "table":
            head(d, E10_TABLE_CAP, 10.5, SANS, True, before=6, after=3, color=BLUE)
            g = widths(
                grid(d, E10_TABLE, [2.1, 2.3, 2.1, 2.3, 2.3, 2.3, 1.6], size=9),
                [2.1, 2.3, 2.1, 2.3, 2.3, 2.3, 1.6],
            )
            g.alignment = WD_TABLE_ALIGNMENT.CENTER
            for c in g.rows[0].cells:
                shade(c, "D9E2F3")
            para(d, E10_TABLE_SRC, 8.5, False, SERIF, before=3, after=6, color="595959")
        elif block == "risk":
            body_para(d, E10_RISK, 10.5, 1.35)
    para(d, "", 12)
    box = d.add_table(rows=1, cols=1)
    widths(box, [16.0])
    prev22.table_borders(box, {s: ("single", 6) for s in ("top", "left", "bottom", "right")})
    cell = box.cell(0, 0)
    for k, (label, text) in enumerate(E10_DISCLAIMER):
        q = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        q.paragraph_format.space_after = Pt(4)
        add_run(q, label, 8, True, SANS)
        add_run(q, text, 8, False, SERIF, "595959")
    return d, heads, used


def build_broker_report(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = e10_docx(paras)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        save(d, tmp / "src.docx")
        path.write_bytes(lo_pdf(tmp / "src.docx", tmp).read_bytes())
    n = more.pages(path)
    assert 4 <= n <= 8, n
    gold: Gold = {
        "title": E10_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, E10_KEEP),
        "running": [E10_HEADER, E10_FOOTER],
        "must_not_have": [
            "S1230516080001",
            E10_CHARTS["chart1"][1],
            E10_TABLE_SRC,
            "本报告仅供东川证券股份有限公司",
            "以报告发布日后6个月内行业指数",
        ],
        "note": "",
    }
    text = check_pdf(path, gold, used)
    prev25.no_clash_heads(path.name, gold)
    for h in heads[1:]:  # 投资要点 shares its printed line with the sidebar's 行业评级
        assert line_of(text, h["text"]), h
    for k in range(1, n + 1):
        lines = page_lines(path, k)
        assert lines[0].startswith(more.squash(E10_HEADER)), (k, lines[0])
        assert lines[-1].startswith(more.squash(E10_FOOTER)), (k, lines[-1])
    gold["note"] = (
        f"{n} pages (python-docx -> LibreOffice 7.4), a securities firm's 行业深度报告 on its "
        f"Word template: header {E10_HEADER} (bold, blue) left and 节能环保 right over a blue "
        f"rule, footer {E10_FOOTER} with the page number over a grey rule on every page "
        "(both running; the page numbers not listed). Page 1: the blue 证券研究报告｜行业深度"
        "报告 band line with the date (metadata), the 20 pt blue title (the title), then a "
        "borderless two-column table: the wide cell holds 投资要点 (14 pt bold blue: "
        "level 1, the summary's heading, as 摘要 is) over two report paragraphs (body, "
        "unscored: they sit in a table cell), the narrow shaded cell the analyst sidebar "
        "(行业评级, 推荐（维持）, analyst, 执业证书编号 (its number must_not_have), phone, mail, 相关报告 "
        "titles: none of it body or headings). Sections: 01　… 05　… in white bold 14 pt on "
        "dark-blue one-cell tables (the number typed; level 1: a reader sees the bars as "
        "section heads though they are table cells), 1.1　… 13 pt bold blue sans (level 2), "
        "（1）… bold blue sans at the body size 10.5 pt (level 3, under 3.2 only). Chart "
        "captions 图表1：/图表2： (bold blue at the body size, over Pillow charts without "
        "lettering) and 图表3： over a forecast table are captions, not headings "
        "(unscored), the 资料来源 lines under them small grey (not body: two "
        "must_not_have); table cells unscored. 05　风险提示 has one line written here "
        "(body, unscored). At the end a ruled one-cell box with run-in bold labels "
        "分析师声明：/投资评级说明：/免责声明： and 8 pt grey text: no headings (the labels open "
        "their paragraphs), boilerplate (must_not_have)"
    )
    return gold


# ------------------------------------------- e11 政策解读 (DOCX, run-in and standalone heads)

E11_TITLE = "《东川市关于推进供给侧结构性改革促进实体经济发展的若干意见》政策解读"
E11_BY = "东川市发展和改革委员会　　2017年4月12日"
E11_OPEN = "近日，市政府印发《东川市关于推进供给侧结构性改革促进实体经济发展的若干意见》（以下简称《意见》）。为便于社会各界理解和执行，现就《意见》的主要内容解读如下。"
E11_RULES = [
    "本意见自2017年5月1日起施行，有效期至2019年12月31日。",
    "本意见由东川市发展和改革委员会会同有关部门负责解释。",
]
E11_TERMS = [
    "三去一降一补：指去产能、去库存、去杠杆、降成本、补短板五项重点任务。",
    "营改增：指营业税改征增值税。",
]
E11_CONTACT = "解读机关：东川市发展和改革委员会　　联系电话：0791-86235120"
# (text, level, kind, gwr paragraphs): kind S standalone heading (level given),
# R run-in lead (the paragraph's own lead sentence in bold: body), C centred unnumbered
E11_OUTLINE: list[tuple[str, int, str, list[int]]] = [
    ("一、起草背景", 1, "S", [0]),
    ("二、总体要求", 1, "S", []),
    ("（一）指导思想", 2, "S", [8]),
    ("（二）主要目标", 2, "S", [9]),
    ("三、重点任务", 1, "S", []),
    ("（一）", 0, "R", [10]),
    ("（二）", 0, "R", [11]),
    ("（三）", 0, "R", [12]),
    ("四、深化重点领域改革", 1, "S", []),
    ("（一）推进财税体制改革", 2, "S", [13]),
    ("（二）深化国企国资改革", 2, "S", []),
    ("1.完善现代企业制度", 3, "S", [14]),
    ("2.依法保护各类产权", 3, "S", [15]),
    ("（三）培育发展新动能", 2, "S", []),
    ("1.", 0, "R", [20]),
    ("2.", 0, "R", [21]),
    ("3.", 0, "R", [23]),
    ("五、保障措施", 1, "S", [40]),
    ("附　　则", 1, "C", []),
    ("名词解释", 1, "C", []),
]
E11_KEEP = {0, 9, 10, 12, 14, 21, 40}


def e11_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    center = WD_ALIGN_PARAGRAPH.CENTER
    d = new_doc(15, (3.0, 2.8, 2.8, 2.6))
    d.core_properties.title = ""
    d.styles["Normal"].paragraph_format.line_spacing = Pt(27)
    prev4.page_footer(d.sections[0].footer.paragraphs[0], "— ", " —")
    para(d, E11_TITLE, 20, True, SERIF, center, before=6, after=12)
    para(d, E11_BY, 14, False, KAI, center, after=12)
    body_para(d, E11_OPEN, 15, 1.0).paragraph_format.line_spacing = Pt(27)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for text, level, kind, idx in E11_OUTLINE:
        if kind == "S":
            font, bold = {1: (HEI, False), 2: (KAI, True), 3: (SERIF, True)}[level]
            head(d, text, 15, font, bold, before=0, after=0, indent=2)
            heads.append({"text": text, "level": level})
        elif kind == "C":
            head(d, text, 16, SERIF, True, center, before=12, after=6)
            heads.append({"text": text, "level": level})
            for line in E11_RULES if text.startswith("附") else E11_TERMS:
                body_para(d, line, 15, 1.0).paragraph_format.line_spacing = Pt(27)
            continue
        for i in idx:
            p = paras[i]
            if kind == "R":  # label + the paragraph's lead sentence in bold, then its text
                q = body_para(d, "", 15, 1.0)
                q.paragraph_format.line_spacing = Pt(27)
                q.runs[0].text = text
                q.runs[0].bold = True
                k = p.index("。") + 1
                add_run(q, p[:k], 15, True, KAI if text.startswith("（") else SERIF)
                add_run(q, p[k:], 15)
            else:
                body_para(d, p, 15, 1.0).paragraph_format.line_spacing = Pt(27)
            used.append(p)
    q = para(d, E11_CONTACT, 12, False, SERIF, before=24)
    more.border(q, "top", "000000", 6)
    return d, heads, used


def build_policy_runin(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = e11_docx(paras)
    save(d, path)
    gold: Gold = {
        "title": E11_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, E11_KEEP),
        "running": [],
        "must_not_have": ["联系电话：0791-86235120", "解读机关：东川市发展和改革委员会"],
        "note": "",
    }
    text, n = check_docx(path, gold, used)
    no_clash_boiler(path.name, gold)
    for h in heads:
        assert line_of(text, h["text"]), h
    printed = more.squash(text)
    runins = [t + paras[i][:10] for t, _, kind, idx in E11_OUTLINE if kind == "R" for i in idx]
    for r in runins:
        assert more.squash(r) in printed, r
    ex = runins[0]
    gold["note"] = (
        f"a DOCX (LibreOffice renders it on {n} pages), a 政策解读 typed in Word the 公文 "
        "way: Normal paragraphs only, direct formatting, all numbers typed by hand (no "
        "list numbering, styles or outline levels), 15 pt at a 27 pt pitch. The 20 pt bold "
        "title (the title) and the issuing office/date line in 楷体 under it (metadata); "
        "the opening paragraph (body, unscored). Standalone heads, each a short paragraph "
        "of its own indented two characters like the body and the same size: 一、… in "
        "黑体 not bold (level 1), （一）… bold 楷体 (level 2), 1.… bold in the body face "
        "(level 3). Run-in heads (under 三、 all three （一）…（三）, under 四、（三） all three "
        f"1.…3.): a bold label and the paragraph's own bold lead sentence opening a body "
        f"paragraph ({ex}…): judged body, not headings (the lead names no section of its "
        "own lines; made23's k01 and made26's x03 alike); the passages are the report "
        "paragraphs' own first 18 characters, so they hold whether or not a reader keeps "
        "the typed label. Two centred bold unnumbered part heads 附　　则 and 名词解释 "
        "(16 pt serif bold, level 1, text as printed with the ideographic spaces), each "
        "over two lines written here (body, unscored). The 解读机关/联系电话 line after a "
        "rule at the end (must_not_have). Footer — N — (not listed); no header"
    )
    return gold


# ------------------------------------------- e12 地方标准 (LibreOffice PDF, GB/T 1.1 layout)

E12_NO = "DB3601/T 0018—2015"
E12_ICS = "ICS 03.080.99"
E12_CCS = "A 12"
E12_TITLE = "政务服务中心运行管理规范"
E12_EN = "Specification for operation and management of government service center"
E12_DATES = ("2015-08-20发布", "2015-09-01实施")
E12_ISSUER = "东川市质量技术监督局　发布"
E12_PREFACE = [
    "本标准按照GB/T 1.1—2009给出的规则起草。",
    "本标准由东川市人民政府政务服务管理办公室提出并归口。",
    "本标准起草单位：东川市人民政府政务服务管理办公室、东川市标准化研究院。",
    "本标准主要起草人：王立新、刘海燕、陈思远、赵明。",
]
E12_SCOPE = [
    "本标准规定了政务服务中心运行管理的基本要求、服务运行、监督与评价。",
    "本标准适用于东川市市、区（县）两级政务服务中心的运行管理，乡镇（街道）便民服务中心可参照执行。",
]
E12_REFS_LEAD = "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。"
E12_NORMS = [
    "GB/T 19001　质量管理体系　要求",
    "GB/T 32169.2　政务服务中心运行规范　第2部分：进驻要求",
    "GB/T 32170.2　政务服务中心标准化工作指南　第2部分：标准体系",
]
E12_TERMS = [
    (
        "3.1",
        "政务服务中心　government service center",
        "由政府设立，集中办理本级政府权限范围内的行政审批和公共服务事项的综合性服务场所。",
    ),
    (
        "3.2",
        "政务服务事项　government service item",
        "依据法律法规，由政务服务中心受理、办理的行政许可、行政确认、行政给付等事项。",
    ),
]
E12_PLACE = [
    "4.2.1　具有独立办公场所的政务服务中心，应设置咨询导办区、综合受理区、出件区和自助服务区，并设置明显标识。",
    "4.2.2　服务场所面积不足的，应通过网上办理、预约服务等方式减少群众现场等候时间。",
]
E12_WINDOW = "5.2.2　窗口工作人员应统一着装、佩证上岗，使用规范用语，一次性告知办理所需的全部材料。"
E12_APPX_A1 = "采用群众满意度测评、窗口服务质量检查和办件情况抽查相结合的方式，每季度评价一次，评价结果按附录表A.1的指标计分。"
E12_APPX_TABLE_CAP = "表A.1　服务质量评价指标"
E12_APPX_TABLE = [
    ("一级指标", "二级指标", "分值"),
    ("服务效率", "按时办结率、即办件比例", "30"),
    ("服务质量", "一次性告知率、差错率", "30"),
    ("群众满意度", "现场评价、回访评价", "40"),
]
E12_BIB = [
    "[1] 国务院办公厅关于简化优化公共服务流程方便基层群众办事创业的通知",
    "[2] 东川市行政审批事项目录管理办法",
]
# (heading or numbered paragraph, level (0: a numbered paragraph, body), gwr paragraphs, block)
E12_OUTLINE: list[tuple[str, int, list[int], str]] = [
    ("1　范围", 1, [], "scope"),
    ("2　规范性引用文件", 1, [], "norms"),
    ("3　术语和定义", 1, [], "terms"),
    ("4　基本要求", 1, [], ""),
    ("4.1　服务原则", 2, [], ""),
    ("4.1.1　", 0, [52], ""),
    ("4.1.2　", 0, [53], ""),
    ("4.2　服务场所", 2, [], "place"),
    ("5　服务运行", 1, [], ""),
    ("5.1　事项管理", 2, [], ""),
    ("5.1.1　事项清单", 3, [26], ""),
    ("5.1.2　审批流程", 3, [27], ""),
    ("5.2　窗口服务", 2, [], ""),
    ("5.2.1　", 0, [3], "window"),
    ("6　监督与评价", 1, [], ""),
    ("6.1　内部监督", 2, [54], ""),
    ("6.2　社会评价", 2, [55], ""),
]
E12_KEEP = {52, 53, 26, 27, 3, 55}
E12_APPX = ("附　录　A", "（规范性附录）", "服务质量评价指标")
E12_APPX_HEAD = "附录A（规范性附录）服务质量评价指标"


def e12_docx(
    paras: list[str], pages: dict[str, str]
) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    center, right, left = (
        WD_ALIGN_PARAGRAPH.CENTER,
        WD_ALIGN_PARAGRAPH.RIGHT,
        WD_ALIGN_PARAGRAPH.LEFT,
    )
    d = new_doc(10.5, (2.5, 2.0, 2.5, 2.0))
    d.core_properties.title = ""
    d.settings.odd_and_even_pages_header_footer = True
    d.styles["Normal"].paragraph_format.line_spacing = 1.2
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    # section 1: the cover
    blank_hf(d.sections[0])
    para(d, E12_ICS, 10.5, True, SANS)
    para(d, E12_CCS, 10.5, True, SANS, after=12)
    para(d, "DB3601", 36, True, SANS, right, after=6)
    p = para(d, "东川市地方标准", 26, True, SANS, center, before=12, after=6)
    p.runs[0]._r.get_or_add_rPr().append(el('<w:spacing w:val="160"/>'))
    more.border(p, "bottom", "000000", 12)
    para(d, E12_NO, 14, True, SANS, right, before=6, after=130)
    para(d, E12_TITLE, 26, False, SANS, center, after=12)
    para(d, E12_EN, 14, False, "Times New Roman", center, after=200)
    q = para(d, "", 14, False, SANS)
    q.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    add_run(q, f"{E12_DATES[0]}\t{E12_DATES[1]}", 14, True, SANS)
    more.border(q, "bottom", "000000", 12)
    para(d, E12_ISSUER, 16, True, SANS, center, before=18)

    def std_section(fmt: str, start: int | None) -> None:
        sec = d.add_section(WD_SECTION.NEW_PAGE)
        blank_hf(sec)
        header_text(sec.header, E12_NO, right, 10.5, rule=False)
        header_text(sec.even_page_header, E12_NO, left, 10.5, rule=False)
        footer_num(sec.footer, right, size=10.5)
        footer_num(sec.even_page_footer, left, size=10.5)
        pgnum(sec, fmt, start)

    # section 2: 目次 and 前言, roman page numbers
    std_section("upperRoman", 1)
    para(d, "目　　次", 16, False, SANS, center, after=18)
    toc = ["前　　言", *[h for h, lv, _, _ in E12_OUTLINE if lv == 1], E12_APPX_HEAD, "参考文献"]
    for text in toc:
        label = "附录A（规范性附录）　服务质量评价指标" if text == E12_APPX_HEAD else text
        q = para(d, f"{label}\t{pages.get(text, '1')}", 10.5, False, SERIF, after=3)
        dot_tab(q, 16.5)
    h = head(d, "前　　言", 16, SANS, False, center, before=0, after=18)
    h.paragraph_format.page_break_before = True
    heads.append({"text": "前　　言", "level": 1})
    for line in E12_PREFACE:
        q = para(d, line, 10.5)
        q.paragraph_format.first_line_indent = Pt(21)
    # section 3: the text, arabic page numbers
    std_section("decimal", 1)
    para(d, E12_TITLE, 16, False, SANS, center, before=12, after=24)

    def body(text: str) -> Any:
        q = para(d, text, 10.5)
        q.paragraph_format.first_line_indent = Pt(21)
        q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return q

    for text, level, idx, block in E12_OUTLINE:
        if level:
            head(d, text, 10.5, SANS, False, before=8 if level == 1 else 4, after=4)
            heads.append({"text": text, "level": level})
            for i in idx:
                body(paras[i])
                used.append(paras[i])
        else:
            for i in idx:
                q = para(d, text + paras[i], 10.5)
                q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                used.append(paras[i])
        if block == "scope":
            for line in E12_SCOPE:
                body(line)
        elif block == "norms":
            body(E12_REFS_LEAD)
            for line in E12_NORMS:
                body(line)
        elif block == "terms":
            body("下列术语和定义适用于本文件。")
            for num, term, definition in E12_TERMS:
                para(d, num, 10.5, False, SANS, before=4).paragraph_format.keep_with_next = True
                para(d, term, 10.5, False, SANS).paragraph_format.keep_with_next = True
                body(definition)
        elif block == "place":
            for line in E12_PLACE:
                q = para(d, line, 10.5)
                q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif block == "window":
            q = para(d, E12_WINDOW, 10.5)
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    # 附录A: one paragraph, three lines split by line breaks, from a new page
    p = d.add_paragraph()
    p.alignment = center
    p.paragraph_format.page_break_before = True
    p.paragraph_format.space_after = Pt(18)
    p.paragraph_format.keep_with_next = True
    for k, line in enumerate(E12_APPX):
        r = add_run(p, line, 10.5 if k == 1 else 16, False, SANS)
        if k < 2:
            r.add_break(WD_BREAK.LINE)
    heads.append({"text": E12_APPX_HEAD, "level": 1})
    head(d, "A.1　评价方法", 10.5, SANS, False, before=6, after=4)
    heads.append({"text": "A.1　评价方法", "level": 2})
    body(E12_APPX_A1)
    head(d, "A.2　评价指标", 10.5, SANS, False, before=6, after=4)
    heads.append({"text": "A.2　评价指标", "level": 2})
    para(d, E12_APPX_TABLE_CAP, 10.5, False, SANS, center, before=4, after=4)
    t = widths(grid(d, E12_APPX_TABLE, [4.0, 8.0, 2.5], size=9), [4.0, 8.0, 2.5])
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h = head(d, "参考文献", 16, SANS, False, center, before=0, after=18)
    h.paragraph_format.page_break_before = True
    heads.append({"text": "参考文献", "level": 1})
    for line in E12_BIB:
        para(d, line, 10.5, after=4)
    return d, heads, used


def e12_pages(pdf: Path) -> dict[str, str]:
    toc = ["前　　言", *[h for h, lv, _, _ in E12_OUTLINE if lv == 1], E12_APPX_HEAD, "参考文献"]
    keys = ["前言", *toc[1:-2], "附录A", "参考文献"]
    found = find_pages(pdf, keys, 3)
    first = found["1　范围"]
    out = {"前　　言": ["I", "II", "III"][found["前言"] - 2]}
    out.update({t: str(found[k] - first + 1) for t, k in zip(toc[1:], keys[1:], strict=True)})
    return out


def build_local_standard(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        pages: dict[str, str] = {}
        for _ in range(2):
            d, heads, used = e12_docx(paras, pages)
            save(d, tmp / "src.docx")
            new = e12_pages(lo_pdf(tmp / "src.docx", tmp))
            if new == pages:
                break
            pages = new
        d, heads, used = e12_docx(paras, pages)
        save(d, tmp / "src.docx")
        pdf = lo_pdf(tmp / "src.docx", tmp)
        assert e12_pages(pdf) == pages, "TOC page numbers did not settle"
        path.write_bytes(pdf.read_bytes())
    n = more.pages(path)
    assert 5 <= n <= 10, n
    gold: Gold = {
        "title": E12_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, E12_KEEP),
        "running": [E12_NO],
        "must_not_have": [E12_ICS, "本标准主要起草人", E12_DATES[0]],
        "note": "",
    }
    text = check_pdf(path, gold, used)
    prev25.no_clash_heads(path.name, gold)
    for h in heads:
        if h["text"] != E12_APPX_HEAD:
            assert line_of(text, h["text"]), h
    assert all(line_of(text, x) for x in E12_APPX)
    for k in range(2, n + 1):
        assert page_lines(path, k)[0] == more.squash(E12_NO), k
    numbered = [h for h, lv, _, _ in E12_OUTLINE if lv == 0]
    gold["note"] = (
        f"{n} pages (python-docx -> LibreOffice 7.4), a 地方标准 on the GB/T 1.1 layout, "
        "all direct formatting (no styles, outline levels or list numbering; numbers "
        f"typed). Page 1 the cover: {E12_ICS} and {E12_CCS} (catalogue codes: the ICS "
        "code must_not_have), DB3601, 东川市地方标准 letter-spaced over a rule, the number, "
        "the 26 pt title (the title), the English title, the 发布/实施 dates over a rule "
        "(the 发布 date must_not_have) and the issuer. From page 2 the number "
        f"{E12_NO} at the top, right on odd and left on even pages (running); page "
        "numbers (roman, then arabic from the text) not listed. 目　　次 with dot leaders "
        "and the page numbers LibreOffice printed (two passes; neither headings nor body), "
        "前　　言 (level 1, text as printed with the spaces; its four standard lines "
        "unscored, the 起草人 line must_not_have). The text from a new section: the title "
        "again (unscored), then clauses in 黑体 (Noto Sans CJK) at the body size 10.5 pt, "
        "not bold, flush left, told from the body (serif, indented two characters) only "
        "by the face: 1　范围 … 6　监督与评价 (level 1), 4.1　… 6.2　… (level 2), 5.1.1　事项清单 "
        "and 5.1.2　审批流程 (level 3: a short title line over a report paragraph). "
        f"Numbered paragraphs without a title ({'、'.join(x.strip() for x in numbered)}, "
        "4.2.1/4.2.2 and 5.2.2 written here) open with the number and run on as text in "
        "the body face: body, not headings (the three with report text are must_have by "
        "the report paragraph's own first 18 characters). Judgment calls: the term "
        "entries 3.1/3.2 (the number alone on a line, then the term with its English "
        "equivalent, both in 黑体, then the definition) are left out of the headings as in "
        "made24's m06 (unscored); the referenced standards list and the scope lines "
        "unscored. 附录A is one centred paragraph of three lines split by line breaks "
        "(附　录　A / （规范性附录） / 服务质量评价指标, from a new page), read as one level-1 "
        f"heading {E12_APPX_HEAD} (m06's convention); A.1/A.2 level 2; the 表A.1 caption "
        "and table unscored. 参考文献 (level 1, from a new page; two entries unscored)"
    )
    return gold


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, tuple[Any, int]] = {
    "e07_lo_thesis_excerpt.pdf": (build_thesis, 2015),
    "e08_docx_localized_styles.docx": (build_localized_styles, 2013),
    "e09_lo_wps_font_only_heads.pdf": (build_wps_font_heads, 2014),
    "e10_lo_broker_industry_report.pdf": (build_broker_report, 2016),
    "e11_docx_policy_runin_heads.docx": (build_policy_runin, 2017),
    "e12_lo_local_standard.pdf": (build_local_standard, 2015),
}
SOURCE_HEAD = (
    "# Documents made blind, twenty-seventh set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data on\n"
    "heading recall: documents whose section headings a reader sees at once but that are\n"
    "marked only by typography, spacing or style, made by two maker scripts (e07-e12 and\n"
    "f07-f12, see each row). Texts come only from the public government work reports\n"
    "2013–2017 in `../shared/data/gov-work-reports` (whole paragraphs); titles,\n"
    "headings, labels, names, dates and furniture are written by the scripts, people,\n"
    "places, companies and sites made up. The outputs are committed so tests and CI\n"
    "need none of the tools. Gold (`gold/<file>.json`, the format of\n"
    "`../shared/data/realdocs-dev`) is written by the same scripts from what they put in\n"
    "each document, as a reader reads it and never from reader output: the title, the\n"
    "headings with levels, the running headers that must not reach the body, passages\n"
    "(each one's first 18 characters) that must appear in order, boilerplate that must\n"
    "not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)
ROWS = [
    "| e07_lo_thesis_excerpt.pdf | python-docx 1.2 (+ Pillow chart) → LibreOffice 7.4, six sections, gwr 2015 (`eval/make_realdocs27_files.py`, as e08-e12) | master's thesis excerpt, headings by direct formatting only: cover form (学号, supervisor: must_not_have), 学位论文原创性声明/版权使用授权书 (level 1; 导师签名 must_not_have), 摘要/ABSTRACT (level 1) with 关键词/Key words, 目　　录 with dot leaders and page numbers (two passes; neither), `第一章　…` 黑体 16 pt centred not bold (level 1, each a new section), `1.1　…` 黑体 14 pt (level 2), `1.1.1　…` 黑体 bold at the 12 pt body size (level 3), 参考文献/附录A/致谢 (level 1); odd headers the chapter name, even the school (running), roman then arabic numbers; equation (3-1), 表3-1 three-line table and 图3-1 captions (not headings), 数据来源 line (must_not_have); 27 headings |",
    "| e08_docx_localized_styles.docx | python-docx 1.2 + styles.xml written as Chinese Word writes it, gwr 2013 | 调研报告 whose heading styles are localized: Normal `a`, heading 1/2/3 as styleId `1`/`2`/`3` (w:name heading N), Title `a3` with outline level 1 (the title, not a heading), custom 一级标题/二级标题 (`a8`/`a9`, based on heading 1/2, outline level only inherited), and Normal paragraphs carrying only `w:outlineLvl` 0/1/2 with direct formatting, the three mixed; typed `一、`/`（一）`/`1.` (levels 1/2/3); header (running), 报送 line (must_not_have); 16 headings |",
    "| e09_lo_wps_font_only_heads.pdf | python-docx 1.2 → LibreOffice 7.4, gwr 2014 | WPS 公文-style 政府工作报告, everything 16 pt at a 28 pt pitch, headings indented like the body: `一、…` only in 黑体 not bold (level 1), level 2 only in 楷体 not bold (unnumbered under 一、, `（一）` under 三、), level 3 `1．…。` only bold, own line ending in a full stop; 会议文件 mark and 区长 line (must_not_have), `— N —` odd right/even left; 15 headings |",
    "| e10_lo_broker_industry_report.pdf | python-docx 1.2 (+ Pillow charts) → LibreOffice 7.4, gwr 2016 | 券商 行业深度报告: header and 免责声明 footer (running), page-1 two-column table with 投资要点 (level 1) and the analyst sidebar (执业证书编号 must_not_have), `01　…` white bold on dark-blue one-cell tables (level 1), blue 13 pt `1.1　…` (level 2), blue bold body-size `（1）…` (level 3), 图表N： captions (not headings), 资料来源 lines (must_not_have), forecast table, ruled disclaimer box with run-in labels (must_not_have); 14 headings |",
    "| e11_docx_policy_runin_heads.docx | python-docx 1.2, gwr 2017 | 政策解读 typed by hand: standalone `一、` 黑体 / `（一）` bold 楷体 / `1.` bold (levels 1/2/3) against run-in `（一）`/`1.` labels with a bold lead sentence opening a body paragraph (body, not headings), centred bold unnumbered `附　　则` and 名词解释 (level 1), 解读机关/联系电话 line (must_not_have); 14 headings |",
    "| e12_lo_local_standard.pdf | python-docx 1.2 → LibreOffice 7.4, three sections, gwr 2015 | GB/T 1.1-layout 地方标准: cover (ICS code, 发布 date must_not_have), 目　　次 with leaders (two passes), 前　　言 (level 1; 起草人 line must_not_have), clauses in 黑体 at the 10.5 pt body size not bold: `1　范围`… (level 1), `4.1　…` (level 2), titled `5.1.1　…` (level 3) against numbered running-text paragraphs `4.1.1　…` (body); term entries 3.1/3.2 not headings; 附录A three-line label (one level-1 heading), A.1/A.2 (level 2), 参考文献 (level 1); standard number at the top of odd/even pages (running); 19 headings |",
]


def main(argv: list[str] | None = None) -> int:
    """Build the e documents, then keep SOURCE.md's table (shared with the f pages'
    maker) in file order."""
    import argparse

    rc = more.make_set(
        argv, __doc__, BUILDERS, "realdocs-made27", ROWS, SOURCE_HEAD, MINE, passages=(5, 8)
    )
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made27",
    )
    prev20p.pages2.sort_source_rows(ap.parse_known_args(argv)[0].out / "SOURCE.md")
    return rc


if __name__ == "__main__":
    sys.exit(main())
