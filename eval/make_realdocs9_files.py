# ruff: noqa: E501  (the SOURCE.md rows and the OOXML snippets are kept on one line each)
"""Make the PDF/DOCX documents of ``realdocs-made9`` (y01-y06) with real tools, and their gold.

A ninth set of development documents, made after ``realdocs-made8``
(``make_realdocs8_files.py``; its helpers and those of the earlier makers are reused),
aimed at heading recall (headings that readers miss) and a few boilerplate kinds. Each
document is a layout pattern met in real Chinese documents and not in the earlier sets;
the texts come only from the public government work reports 2013-2017
(../shared/data/gov-work-reports), whole paragraphs (labels, headings, names, dates,
table cells, notes, reference entries and furniture are written here):

- ``y01_docx_direct_format.docx`` (gwr 2015): a DOCX (not converted) whose headings are
  all direct formatting on Normal paragraphs, no heading style and no outline level:
  ``一、`` centred 16 pt bold (the number and the text in separate runs, a bookmark
  between), ``（一）`` 14 pt made bold only by the character style ``Strong`` (no
  ``w:b`` in the runs), standalone ``1．`` lines at the body size in bold (level 3) in
  one part, and bold run-in ``1．…。`` leads opening body paragraphs in another (body);
  empty bold 16 pt paragraphs before the level-1 headings; a header and a ``— N —``
  PAGE field footer;
- ``y02_lo_wrapped_headings.pdf`` (gwr 2016): a 实施意见 (Word -> LibreOffice) whose
  title and most headings wrap onto two lines: a 22 pt title of one paragraph over two
  lines, ``一、`` headings in bold sans 16 pt with a hanging indent over two lines,
  ``（一）`` headings in bold at the body size (12 pt), two of them over two lines, and
  bold run-in ``1．…。`` leads opening body paragraphs (body);
- ``y03_lo_banner_headings.pdf`` (gwr 2014): a designed annual report (Word ->
  LibreOffice) whose level-1 headings ``第一部分　…`` are white bold text in a dark blue
  one-cell table (a banner bar) and whose level-2 headings ``1.1　…`` are paragraphs with
  a thick left bar and a light shading, a ``附录`` part with ``A.1``/``A.2`` and a
  ``参考文献`` banner with ``[n]`` entries; a two-part header and page numbers;
- ``y04_docx_wps_custom_styles.docx`` (gwr 2013): a 工作简报 DOCX as WPS saves it: a
  banner table at the top of page 1 (简报 name, issue, editor, date, and the title in a
  merged cell), headings in custom styles named ``一级标题``/``二级标题``/``三级标题``
  (styleIds ``a5``-``a7``) based on the heading styles (styleIds ``1``-``3``), with no
  outline level of their own, numbers typed; a 报/送 and 责任编辑 block in a ruled table
  at the end; ``docProps/app.xml`` names WPS Office;
- ``y05_lo_doc_control_endnotes.pdf`` (gwr 2017): an implementation plan (Word ->
  LibreOffice) with a cover, a 文档修订记录 (version history) table and a 文档审批 table
  on page 2 (document control: boilerplate), a full-page 目　录 whose entries have no
  leaders (right tab), Heading 1/2 ``1　…``/``1.1　…``, blue underlined hyperlinks
  inside body paragraphs, footnotes, and endnotes (尾注) printed after the body;
- ``y06_latex_side_heads.pdf`` (gwr 2015): a XeLaTeX ``ctexart`` article whose
  ``\\section*`` headings are side heads in a wide left margin (titlesec ``leftmargin``,
  several wrapping onto two lines), ``\\subsection*`` headings in the text column,
  ``\\paragraph{}`` run-in headings (short phrases, not sentences), a ``\\maketitle``
  with a ``\\thanks`` funding note, an abstract, ``参考文献`` (a side head too) and a
  fancyhdr header on every page.

Gold is written from what each builder put in the document, decided as a reader reads
it (never from reader output); titles, headings, passages, running lines and boilerplate
are checked against the printed text (``pdftotext -layout``; for the DOCX files, the
text of their XML parts and a LibreOffice rendering).
Run once; the outputs are committed, so nothing else needs these tools:

    python eval/make_realdocs9_files.py [--out eval/data/realdocs-made9] [--only y01 ...]
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs4_files as prev4
import make_realdocs6_files as prev6
import make_realdocs7_files as prev7
import make_realdocs8_files as prev8

ROOT = Path(__file__).resolve().parents[1]
MINE = ("y01_", "y02_", "y03_", "y04_", "y05_", "y06_")
Gold = dict[str, Any]
SERIF, SANS, KAI = prev6.SERIF, prev6.SANS, prev6.KAI


def add_run(
    p: Any,
    text: str,
    size: float | None = None,
    bold: bool | None = None,
    font: str = "",
    color: str = "",
) -> Any:
    """A run with direct size, weight, East Asian face and colour (those given)."""
    from docx.shared import Pt, RGBColor

    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    if bold is not None:
        r.bold = bold
    if font:
        prev4.run_font(r, font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def body_para(where: Any, text: str, size: float | None = None, spacing: float = 1.5) -> Any:
    """A justified body paragraph with a two-character first-line indent."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = where.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Pt(2 * (size or 12))
    p.paragraph_format.line_spacing = spacing
    add_run(p, text, size)
    return p


def docx_printed(path: Path) -> tuple[str, int]:
    """The printed text of a DOCX as LibreOffice renders it, and its page count."""
    with tempfile.TemporaryDirectory() as tmp:
        pdf = prev7.lo_render(path, Path(tmp))
        return more.pdftext(pdf), more.pages(pdf)


def wraps(pdf: Path, text: str) -> bool:
    """Whether ``text`` is printed over more than one line (no single line holds it)."""
    lines = [more.squash(ln) for ln in more.pdftext(pdf).splitlines()]
    whole = more.squash(text)
    return not any(whole in ln for ln in lines) and whole in "".join(lines)


# ---------------------------------------------------- y01 direct-format headings

Y01_TITLE = "东川省2015年深化改革和扩大开放工作要点"
Y01_BY = "东川省发展和改革委员会　2015年3月"
Y01_HEADER = "东川省发展和改革委员会文件汇编"
# (level 1, paragraphs, [(level 2, [(level 3 | "" plain | "*" run-in leads, paragraphs)])])
Y01_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[tuple[str, list[int]]]]]]] = [
    (
        "一、深化重点领域改革",
        [],
        [
            ("（一）简政放权和投融资体制改革", [("", [26, 27])]),
            (
                "（二）价格财税和国企国资改革",
                [("1．价格改革", [28]), ("2．财税体制改革", [29]), ("3．国企国资改革", [30, 31])],
            ),
        ],
    ),
    (
        "二、全面提高对外开放水平",
        [],
        [
            ("（一）外贸和利用外资", [("*", [33, 34])]),
            ("（二）走出去和区域合作", [("*", [35, 36, 37])]),
        ],
    ),
    ("三、产业升级和创新驱动", [43, 44, 45], [("（一）激发创新活力", [("", [46, 47, 48])])]),
]
Y01_KEEP = {27, 28, 33, 36, 47}


def build_direct_format(path: Path, year: int) -> Gold:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Pt

    paras = third.whole(year, None)
    d = prev8.docx_base(SERIF, 12, (2.54, 2.54, 2.8, 2.6))
    strong = d.styles["Strong"]  # shown as 要点 in a Chinese Word: a character style, bold
    hp = d.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, Y01_HEADER, 9, font=SERIF)
    more.border(hp, "bottom", "000000", 6)
    prev4.page_footer(d.sections[0].footer.paragraphs[0], "— ", " —")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(6)
    add_run(p, Y01_TITLE, 22, True, SANS)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(12)
    add_run(p, Y01_BY, 14, font=KAI)
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []
    mark = 0

    def empty_bold() -> None:
        # an empty paragraph whose mark carries the heading's formatting (an Enter pressed)
        q = d.add_paragraph()
        rpr = q._p.get_or_add_pPr()
        el = OxmlElement("w:rPr")
        el.append(prev7.xml_el('<w:b w:val="1"/>'))
        el.append(prev7.xml_el('<w:sz w:val="32"/>'))
        rpr.append(el)

    def keep(text: str, i: int) -> None:
        used.append(text)
        if i in Y01_KEEP:
            must.append(base.clause(text))

    def plain(i: int) -> None:
        body_para(d, paras[i])
        keep(paras[i], i)

    for h1, idx1, subs in Y01_OUTLINE:
        empty_bold()
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(6)
        num, rest = h1[:2], h1[2:]
        add_run(p, num, 16, True, SANS)
        mark += 1
        start = prev7.xml_el(f'<w:bookmarkStart w:id="{mark}" w:name="_Toc4213{mark:04d}"/>')
        p._p.append(start)
        add_run(p, rest, 16, True, SANS)
        p._p.append(prev7.xml_el(f'<w:bookmarkEnd w:id="{mark}"/>'))
        headings.append({"text": h1, "level": 1})
        for i in idx1:
            plain(i)
        for h2, groups in subs:
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(3)
            for part in (h2[:3], h2[3:]):
                r = add_run(p, part, 14, font=SERIF)
                r.style = strong
            headings.append({"text": h2, "level": 2})
            for h3, idx in groups:
                if h3 == "*":
                    for k, i in enumerate(idx, 1):
                        lead = third.lead(paras[i])
                        q = d.add_paragraph()
                        q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                        q.paragraph_format.first_line_indent = Pt(24)
                        q.paragraph_format.line_spacing = 1.5
                        add_run(q, f"{k}．{lead}", bold=True)
                        add_run(q, paras[i][len(lead) :])
                        keep(f"{k}．{paras[i]}", i)
                    continue
                if h3:
                    q = d.add_paragraph()
                    q.paragraph_format.first_line_indent = Pt(24)
                    q.paragraph_format.line_spacing = 1.5
                    add_run(q, h3, 12, True)
                    headings.append({"text": h3, "level": 3})
                for i in idx:
                    plain(i)
    d.save(str(path))

    with zipfile.ZipFile(path) as z:
        doc_xml = z.read("word/document.xml").decode("utf-8")
    assert "w:pStyle" not in doc_xml and "w:outlineLvl" not in doc_xml, "Normal only"
    assert doc_xml.count('w:rStyle w:val="Strong"') == 2 * sum(len(s) for _, _, s in Y01_OUTLINE)
    xml_text = prev4.docx_text(path)
    printed, n = docx_printed(path)
    assert 4 <= n <= 6, f"{path.name}: {n} pages (LibreOffice)"
    gold: Gold = {
        "title": Y01_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [Y01_HEADER],
        "must_not_have": [],
        "note": (
            f"a DOCX (not converted; {n} pages in LibreOffice) in which every paragraph "
            "is Normal: no heading style, no outline level; the headings are told only by "
            "direct formatting: the title 22 pt bold sans centred (core title empty), the "
            "byline under it (Kai 14 pt) metadata; 一、 lines centred 16 pt bold sans, the "
            "number and the text in two runs with a _Toc bookmark between them (level 1), "
            "each after an empty paragraph whose mark is bold 16 pt; （一） lines 14 pt "
            "serif whose two runs are bold only through the character style Strong (要点; "
            "no w:b in the runs: level 2); in （二）价格财税… standalone bold lines "
            "1．价格改革 etc. at the body size (12 pt) on their own paragraphs are level-3 "
            "headings; under 二、 every paragraph opens with a bold run-in lead "
            "1．…。 (the number typed and the paragraph's own first sentence): body, as "
            "the earlier sets treat bold lead sentences, the label included in the "
            "passage (two must_have passages start with it); the header (right-aligned, "
            "ruled) is running; — N — footers (PAGE field) are page numbers, not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, xml_text + "\n" + printed, gold)
    return gold


# ------------------------------------------------------- y02 wrapped headings

Y02_TITLE = "东川省人民政府关于贯彻落实政府工作报告重点任务推进稳增长调结构惠民生的实施意见"
Y02_DATE = "（2016年3月28日）"
Y02_HEADER = "东川省人民政府"
# (level 1, paragraphs, [(level 2, paragraphs, run-in leads?)])
Y02_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int], bool]]]] = [
    (
        "一、稳定和完善宏观经济政策，在适度扩大总需求的同时着力加强供给侧结构性改革",
        [13],
        [
            (
                "（一）积极的财政政策要加大力度，稳健的货币政策要灵活适度，深化财税体制改革，增强宏观调控的针对性",
                [14, 15, 16],
                True,
            ),
            ("（二）推进去产能降成本和激发市场活力", [17, 18], True),
        ],
    ),
    (
        "二、优化区域发展格局，深入推进新型城镇化和农业现代化，补齐农村发展短板",
        [],
        [
            ("（一）优化区域发展和加强农村建设", [19, 20, 21], True),
            (
                "（二）打赢脱贫攻坚战，确保今年完成农村贫困人口脱贫任务，切实做到精准扶贫、精准脱贫",
                [22],
                False,
            ),
        ],
    ),
    (
        "三、扎实推进“一带一路”建设，以更大力度扩大对外开放，培育国际竞争新优势",
        [],
        [("（一）推动国际产能合作和提高利用外资水平", [23, 24, 25, 26], True)],
    ),
    (
        "四、加强生态建设和民生保障",
        [],
        [
            ("（一）发展节能环保产业", [27, 28], False),
            ("（二）扩大就业和织密社保网", [29, 30, 31], False),
        ],
    ),
]
Y02_KEEP = {14, 18, 22, 25, 30}


def build_wrapped_headings(path: Path, year: int) -> Gold:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paras = third.whole(year, None)
    d = prev8.docx_base(SERIF, 12, (2.6, 2.5, 2.8, 2.6))
    hp = d.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(hp, Y02_HEADER, 10.5, font=SANS)
    more.border(hp, "bottom", "000000", 6)
    prev4.page_footer(d.sections[0].footer.paragraphs[0], "- ", " -")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = 1.15
    add_run(p, Y02_TITLE, 22, True, SANS)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(12)
    add_run(p, Y02_DATE, 14, font=KAI)
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []

    def keep(text: str, i: int) -> None:
        used.append(text)
        if i in Y02_KEEP:
            must.append(base.clause(text))

    for h1, idx1, subs in Y02_OUTLINE:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.keep_with_next = True
        # a hanging indent: the second line starts under the text, not under 一、
        p.paragraph_format.left_indent = Pt(32)
        p.paragraph_format.first_line_indent = Pt(-32)
        add_run(p, h1, 16, True, SANS)
        headings.append({"text": h1, "level": 1})
        for i in idx1:
            body_para(d, paras[i])
            keep(paras[i], i)
        for h2, idx, runin in subs:
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Pt(24)
            p.paragraph_format.line_spacing = 1.5
            p.paragraph_format.keep_with_next = True
            add_run(p, h2, 12, True, SERIF)
            headings.append({"text": h2, "level": 2})
            for k, i in enumerate(idx, 1):
                if not runin:
                    body_para(d, paras[i])
                    keep(paras[i], i)
                    continue
                lead = third.lead(paras[i])
                q = body_para(d, "")
                add_run(q, f"{k}．{lead}", bold=True)
                add_run(q, paras[i][len(lead) :])
                keep(f"{k}．{paras[i]}", i)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "yijian.docx"
        d.save(str(src))
        pdf = base.lo_pdf(src, Path(tmp))
        path.write_bytes(pdf.read_bytes())
    n = more.pages(path)
    assert 4 <= n <= 7, f"{path.name}: {n} pages"
    text = more.pdftext(path)
    wrapped = [h["text"] for h in headings if wraps(path, h["text"])]
    assert wraps(path, Y02_TITLE), "title on two lines"
    assert len(wrapped) == 5, wrapped
    gold: Gold = {
        "title": Y02_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [Y02_HEADER],
        "must_not_have": [],
        "note": (
            f"{n} pages (Word -> LibreOffice): the title is one 22 pt bold centred "
            "paragraph that wraps onto two lines (one title, the lines joined); the "
            "date line under it is metadata; the 一、 headings (bold sans 16 pt, a "
            "hanging indent so that the second line starts under the text) are level 1, "
            "the first three long enough to wrap onto two lines; the （一） headings are "
            "bold serif at the body size (12 pt), indented like the body, on their own "
            "paragraphs: level 2, two of them wrapping onto two lines (each heading is "
            "the whole paragraph, its lines joined, as printed); under five of the （一） "
            "headings the paragraphs open with a bold run-in lead 1．…。 (the typed "
            "number and the paragraph's own first sentence) and run on in regular type: "
            "body, label included, as the earlier sets treat bold lead sentences (r02, "
            "u01); the header 东川省人民政府 (ruled) is running; - N - footers are page "
            "numbers, not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ------------------------------------------------- y03 headings in banner bars

Y03_TITLE = "东川省2014年经济社会发展报告"
Y03_BY = "东川省发展研究院　编"
Y03_HEADER = ("2014年度发展报告", "东川省发展研究院")
Y03_NAVY, Y03_BLUE, Y03_PALE = "1F4E79", "2E75B6", "DEEAF6"
Y03_OUTLINE: list[tuple[str, list[tuple[str, list[int]]]]] = [
    (
        "第一部分　2013年工作回顾",
        [("1.1　宏观政策与对外开放", [0, 1, 2]), ("1.2　农业、产业与基础设施", [3, 4, 5, 6])],
    ),
    (
        "第二部分　社会治理与政府建设",
        [("2.1　防灾减灾与安全监管", [13, 14]), ("2.2　依法行政与作风建设", [15, 16])],
    ),
    (
        "第三部分　2014年改革开放重点",
        [("3.1　行政体制改革", [24, 25]), ("3.2　全方位对外开放", [26, 27, 28, 29])],
    ),
    ("附录　主要预期目标说明", [("A.1　经济增长", [20]), ("A.2　价格水平", [21])]),
]
Y03_REFS = [
    "[1] 国务院. 政府工作报告（2014年）[R]. 北京：人民出版社，2014.",
    "[2] 国务院. 政府工作报告（2013年）[R]. 北京：人民出版社，2013.",
    "[3] 东川省统计局. 东川省2013年国民经济和社会发展统计公报[R]. 2014.",
]
Y03_KEEP = {2, 5, 14, 27, 21}


def build_banner_headings(path: Path, year: int) -> Gold:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    paras = third.whole(year, None)
    d = prev8.docx_base(SERIF, 11, (2.5, 2.4, 2.4, 2.4))
    width = Cm(16.2)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    add_run(hp, Y03_HEADER[0], 9, False, SANS, Y03_NAVY)
    add_run(hp, "\t" + Y03_HEADER[1], 9, False, SERIF, "595959")
    more.border(hp, "bottom", Y03_BLUE, 8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    more.add_field(fp, "PAGE")

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.paragraph_format.space_after = Pt(4)
    add_run(p, Y03_TITLE, 24, True, SANS, Y03_NAVY)
    more.border(p, "bottom", Y03_BLUE, 18)
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(18)
    add_run(p, Y03_BY, 12, False, KAI, "595959")
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []

    def banner(text: str) -> None:
        spacer = d.add_paragraph()
        spacer.paragraph_format.space_before = Pt(6)
        t = d.add_table(rows=1, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        cell = t.cell(0, 0)
        cell.width = width
        prev8.shade(cell, Y03_NAVY)
        q = cell.paragraphs[0]
        q.paragraph_format.space_before = Pt(4)
        q.paragraph_format.space_after = Pt(4)
        add_run(q, text, 14, True, SANS, "FFFFFF")
        headings.append({"text": text, "level": 1})
        gap = d.add_paragraph()
        gap.paragraph_format.space_after = Pt(4)

    def bar(text: str) -> None:
        q = d.add_paragraph()
        q.paragraph_format.space_before = Pt(8)
        q.paragraph_format.space_after = Pt(4)
        q.paragraph_format.keep_with_next = True
        q.paragraph_format.left_indent = Pt(4)
        q._p.get_or_add_pPr().append(
            prev7.xml_el(f'<w:shd w:val="clear" w:color="auto" w:fill="{Y03_PALE}"/>')
        )
        more.border(q, "left", Y03_BLUE, 36)
        add_run(q, text, 11, True, SANS, Y03_NAVY)
        headings.append({"text": text, "level": 2})

    for h1, subs in Y03_OUTLINE:
        banner(h1)
        for h2, idx in subs:
            bar(h2)
            for i in idx:
                body_para(d, paras[i], 11, 1.4)
                used.append(paras[i])
                if i in Y03_KEEP:
                    must.append(base.clause(paras[i]))
    banner("参考文献")
    for ref in Y03_REFS:
        q = d.add_paragraph()
        q.paragraph_format.left_indent = Pt(21)
        q.paragraph_format.first_line_indent = Pt(-21)
        add_run(q, ref, 9.5)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "report.docx"
        d.save(str(src))
        pdf = base.lo_pdf(src, Path(tmp))
        path.write_bytes(pdf.read_bytes())
    n = more.pages(path)
    assert 4 <= n <= 7, f"{path.name}: {n} pages"
    text = more.pdftext(path)
    for page in range(1, n + 1):
        lines = [ln for ln in more.pdftext(path, page).splitlines() if ln.strip()]
        assert more.squash(lines[0]) == more.squash("".join(Y03_HEADER)), (page, lines[0])
        assert more.squash(lines[-1]) == str(page), (page, lines[-1])
    gold: Gold = {
        "title": Y03_TITLE,
        "headings": headings,
        "must_have": must,
        "running": list(Y03_HEADER),
        "must_not_have": [],
        "note": (
            f"{n} pages (Word -> LibreOffice), a designed annual report: the title is "
            "the 24 pt bold navy line over a blue rule, 东川省发展研究院　编 under it "
            "metadata; each level-1 heading (第一部分　… to 第三部分　…, 附录　…, "
            "参考文献) is white bold 14 pt sans text in a navy one-cell table spanning the "
            "text width (a banner bar: a heading, not a table); each level-2 heading "
            "(1.1　… and, in the appendix, A.1　…/A.2　…) is a paragraph at the body "
            "size (11 pt, bold navy sans) with a thick blue left border and a pale blue "
            "shading; the appendix's paragraphs are body like the rest; the reference "
            "entries [n] under 参考文献 (written by the maker) are neither headings nor "
            "scored body (as r01/v05); the header (report name left in navy, institute "
            "right, ruled) is running, both parts; the page numbers bottom right are not "
            "listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ------------------------------------- y04 WPS 简报: custom heading style names

Y04_NAME = "工作简报"
Y04_ISSUE = ("2013年第6期", "东川省发展和改革委员会办公室编", "2013年4月18日")
Y04_TITLE = "全省2013年经济社会发展主要任务推进情况"
# (name, styleId, the heading style it is based on, size, face)
Y04_STYLES = (
    ("一级标题", "a5", 1, 16.0, SANS),
    ("二级标题", "a6", 2, 14.0, KAI),
    ("三级标题", "a7", 3, 12.0, SERIF),
)
Y04_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[tuple[str, list[int]]]]]]] = [
    ("一、总体要求和预期目标", [10, 11, 12], []),
    (
        "二、扩大内需和区域协调发展",
        [],
        [
            ("（一）扩大国内需求", [("", [13])]),
            ("（二）促进区域协调发展", [("", [14])]),
            ("（三）积极稳妥推进城镇化", [("", [15])]),
        ],
    ),
    (
        "三、保障和改善民生",
        [],
        [
            (
                "（一）就业和社会保障",
                [("1．千方百计扩大就业", [17]), ("2．完善社会保障制度", [18])],
            ),
            ("（二）医疗卫生和人口", [("", [19, 20])]),
            ("（三）住房、教育、科技和文化", [("", [21, 22, 23, 24])]),
        ],
    ),
    ("四、坚定不移推进改革开放", [25], []),
]
Y04_SEND = ("报：省政府办公厅，省人大财经委", "送：各设区市发展改革委，省直有关部门")
Y04_EDITOR = "（本期责任编辑：韩素云　审稿：莫立平）"
Y04_KEEP = {11, 14, 17, 21, 25}


def table_rules(t: Any, sides: dict[str, tuple[str, int]]) -> None:
    """Table borders only on the given sides (``top``/``bottom``/``insideH``…: colour, size)."""
    inner = "".join(
        f'<w:{side} w:val="single" w:sz="{size}" w:space="0" w:color="{color}"/>'
        for side, (color, size) in sides.items()
    )
    t._tbl.tblPr.append(prev7.xml_el(f"<w:tblBorders>{inner}</w:tblBorders>"))


def wps_heading_styles(d: Any) -> list[Any]:
    """Heading 1-3 renamed to WPS's styleIds 1-3, and the custom styles 一级标题…三级标题
    (styleIds a5-a7) based on them, with no outline level of their own."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    out = []
    for name, sid, level, size, face in Y04_STYLES:
        h = d.styles[f"Heading {level}"]
        old, new = h.style_id, str(level)
        h.style_id = new
        for st in d.styles:
            for tag in ("w:link", "w:basedOn", "w:next"):
                el = st.element.find(qn(tag))
                if el is not None and el.get(qn("w:val")) == old:
                    el.set(qn("w:val"), new)
        fonts = h.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)
        st = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.style_id = sid
        st.base_style = h
        st.next_paragraph_style = d.styles["Normal"]
        st.quick_style = True
        more.cjk_font(st, face, size)
        st.font.bold = True
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(10 if level == 1 else 6)
        st.paragraph_format.space_after = Pt(4)
        if level > 1:
            st.paragraph_format.first_line_indent = Pt(24)
        out.append(st)
    return out


def build_wps_custom_styles(path: Path, year: int) -> Gold:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    paras = third.whole(year, None)
    d = prev8.docx_base(SERIF, 12, (2.2, 2.4, 2.7, 2.5))
    styles = wps_heading_styles(d)
    prev4.page_footer(d.sections[0].footer.paragraphs[0], "第 ", " 页", total=True)
    red = "C00000"
    # the banner: 简报 name and issue block, then the title in a merged cell
    assert not d.paragraphs, "the banner table opens the body"
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for col, w_cm in zip(t.columns, (9.3, 6.5), strict=True):
        for cell in col.cells:
            cell.width = Cm(w_cm)
    table_rules(t, {"insideH": (red, 18), "bottom": (red, 6)})
    add_run(t.cell(0, 0).paragraphs[0], Y04_NAME, 28, True, SANS, red)
    right = t.cell(0, 1)
    for k, line in enumerate(Y04_ISSUE):
        q = right.paragraphs[0] if k == 0 else right.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_run(q, line, 10.5, k == 0, SERIF)
    title_cell = t.cell(1, 0).merge(t.cell(1, 1))
    q = title_cell.paragraphs[0]
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.paragraph_format.space_before = Pt(10)
    q.paragraph_format.space_after = Pt(10)
    add_run(q, Y04_TITLE, 18, True, SANS)
    d.add_paragraph()
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []

    def plain(i: int) -> None:
        body_para(d, paras[i])
        used.append(paras[i])
        if i in Y04_KEEP:
            must.append(base.clause(paras[i]))

    for h1, idx1, subs in Y04_OUTLINE:
        d.add_paragraph(h1, style=styles[0])
        headings.append({"text": h1, "level": 1})
        for i in idx1:
            plain(i)
        for h2, groups in subs:
            d.add_paragraph(h2, style=styles[1])
            headings.append({"text": h2, "level": 2})
            for h3, idx in groups:
                if h3:
                    d.add_paragraph(h3, style=styles[2])
                    headings.append({"text": h3, "level": 3})
                for i in idx:
                    plain(i)
    d.add_paragraph()
    end = d.add_table(rows=1, cols=1)
    end.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_rules(end, {"top": ("000000", 8), "bottom": ("000000", 8)})
    cell = end.cell(0, 0)
    cell.width = Cm(15.8)
    for k, line in enumerate(Y04_SEND):
        q = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        add_run(q, line, 12, font=SERIF)
    q = d.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(q, Y04_EDITOR, 10.5, font=SERIF)
    d.save(str(path))
    prev6.wps_app_xml(path)

    with zipfile.ZipFile(path) as z:
        doc_xml = z.read("word/document.xml").decode("utf-8")
        styles_xml = z.read("word/styles.xml").decode("utf-8")
    used_ids = set(re.findall(r'<w:pStyle w:val="([^"]+)"/>', doc_xml))
    assert used_ids == {"a5", "a6", "a7"}, used_ids
    assert "w:outlineLvl" not in doc_xml
    for name, sid, level, _, _ in Y04_STYLES:
        m = re.search(rf'<w:style [^>]*w:styleId="{sid}".*?</w:style>', styles_xml, re.S)
        assert m and f'<w:name w:val="{name}"/>' in m.group(0), sid
        assert f'<w:basedOn w:val="{level}"/>' in m.group(0) and "outlineLvl" not in m.group(0)
    assert doc_xml.index(Y04_TITLE) < doc_xml.index("</w:tbl>")
    xml_text = prev4.docx_text(path)
    printed, n = docx_printed(path)
    assert 3 <= n <= 5, f"{path.name}: {n} pages (LibreOffice)"
    gold: Gold = {
        "title": Y04_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [],
        "must_not_have": [Y04_SEND[1], Y04_EDITOR],
        "note": (
            f"a 工作简报 DOCX as WPS saves it (docProps/app.xml names WPS Office; {n} "
            "pages in LibreOffice): page 1 opens with a borderless banner table: 工作简报 "
            "(28 pt bold red) left, the issue, the editing office and the date right "
            "(the 简报's masthead: unscored), a thick red rule, and the title in a merged "
            "cell across the table (18 pt bold; no Title style, core title empty): the "
            "title; the headings are in custom paragraph styles named 一级标题/二级标题/"
            "三级标题 (styleIds a5/a6/a7) whose basedOn are the heading styles (renamed "
            "to WPS's styleIds 1/2/3, names heading 1-3); the custom styles carry no "
            "w:outlineLvl of their own (they inherit it), numbers typed: 一、 level 1, "
            "（一） level 2 (楷体), 1． in 三、（一） level 3; after the body a ruled "
            "one-cell table holds the 报：/送： distribution lines and a right-aligned "
            "（本期责任编辑：…　审稿：…） line follows: 简报 furniture, not body (送： "
            "line and editor line must_not_have); 第 N 页 共 M 页 footers are page numbers"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, xml_text + "\n" + printed, gold)
    return gold


# ------------------------- y05 document control, TOC, links, footnotes, endnotes

Y05_ORG = "东川省发展和改革委员会"
Y05_TITLE = "东川省2017年供给侧结构性改革重点任务实施方案"
Y05_DOCNO = "文档编号：DC-FG-2017-003"
Y05_COVER = (Y05_DOCNO, "版　　本：V1.3", "发布日期：2017年4月10日")
Y05_REVISIONS = [
    ("版本", "日期", "修订人", "修订说明"),
    ("V1.0", "2017-03-02", "吕文博", "初稿"),
    ("V1.1", "2017-03-15", "吕文博", "根据各处室意见修改第二部分"),
    ("V1.2", "2017-03-28", "钱雅琴", "补充产权保护和社会体制改革内容"),
    ("V1.3", "2017-04-06", "钱雅琴", "按委务会审议意见定稿"),
]
Y05_APPROVAL = [
    ("角色", "姓名", "日期"),
    ("编制", "吕文博", "2017-04-06"),
    ("审核", "钱雅琴", "2017-04-07"),
    ("批准", "邵国华", "2017-04-10"),
]
Y05_OUTLINE: list[tuple[str, list[tuple[str, list[int]]]]] = [
    (
        "1　去产能去杠杆补短板",
        [
            ("1.1　钢铁煤炭去产能", [10]),
            ("1.2　降低企业杠杆率", [11]),
            ("1.3　补齐发展短板", [12]),
        ],
    ),
    (
        "2　深化重点领域改革",
        [("2.1　财税和国企国资改革", [13, 14]), ("2.2　产权保护和社会体制改革", [15, 16, 17])],
    ),
    (
        "3　扩大有效投资和培育新动能",
        [("3.1　投资和区域发展", [18, 19]), ("3.2　创新和新兴产业", [20, 21, 22, 23, 24])],
    ),
    (
        "4　农业农村和对外开放",
        [("4.1　农业农村", [25, 26, 27]), ("4.2　对外开放", [29, 30, 31, 32])],
    ),
]
Y05_LINKS = {
    21: ("战略性新兴产业发展规划", "http://www.ndrc.gov.cn/zcfb/zcfbghwb/"),
    23: ("《中国制造2025》", "http://www.gov.cn/zhengce/content/2015-05/19/content_9784.htm"),
    29: ("“一带一路”", "http://www.yidaiyilu.gov.cn/"),
}
Y05_FOOTNOTES = {
    10: "去产能目标任务以省政府与各设区市签订的目标责任书为准。",
    18: "补短板重大项目清单由省发展改革委另行印发。",
}
Y05_ENDNOTES = {
    14: "国企国资改革试点企业名单以省国资委正式文件为准。",
    20: "省级科技创新平台认定办法见省科技厅相关文件。",
    32: "外商投资准入负面清单执行国家统一规定。",
}
Y05_KEEP = {10, 14, 19, 23, 29}


def notes_part(doc: Any, kind: str, texts: list[str]) -> None:
    """A footnotes or endnotes part (``kind``: ``footnote``/``endnote``) holding ``texts``
    with ids 1..n, written as XML (python-docx has no API for notes)."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import XmlPart
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    small = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    sz = '<w:rPr><w:sz w:val="18"/></w:rPr>'
    items = [
        f'<w:{kind} w:type="separator" w:id="-1"><w:p>{small}<w:r><w:separator/></w:r></w:p></w:{kind}>',
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p>{small}'
        f"<w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>",
    ]
    for k, text in enumerate(texts, 1):
        items.append(
            f'<w:{kind} w:id="{k}"><w:p>{small}'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:{kind}Ref/></w:r>'
            f'<w:r>{sz}<w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{kind}>'
        )
    xml = f"<w:{kind}s {nsdecls('w')}>" + "".join(items) + f"</w:{kind}s>"
    foot = kind == "footnote"
    part = XmlPart(
        PackURI(f"/word/{kind}s.xml"),
        CT.WML_FOOTNOTES if foot else CT.WML_ENDNOTES,
        parse_xml(xml),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES if foot else RT.ENDNOTES)


def note_ref(paragraph: Any, kind: str, nid: int) -> None:
    paragraph._p.append(
        prev7.xml_el(
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Reference w:id="{nid}"/></w:r>'
        )
    )


def hyperlink(doc: Any, paragraph: Any, text: str, url: str) -> None:
    """An external hyperlink run, blue and underlined (direct formatting)."""
    from xml.sax.saxutils import escape

    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    rid = doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
    paragraph._p.append(
        prev7.xml_el(
            f'<w:hyperlink xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="{rid}" w:history="1">'
            '<w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:hyperlink>'
        )
    )


def build_doc_control(path: Path, year: int) -> Gold:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    paras = third.whole(year, None)
    d = prev8.docx_base(SERIF, 12, (2.54, 2.54, 3.0, 2.6))
    width = Cm(15.4)
    for name, size in (("Heading 1", 16), ("Heading 2", 14)):
        st = d.styles[name]
        fonts = st.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("asciiTheme", "eastAsiaTheme", "hAnsiTheme", "cstheme"):
            fonts.attrib.pop(f"{{{prev7.W_NS}}}{attr}", None)
        more.cjk_font(st, SANS, size)
        st.font.bold = True
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(14 if size == 16 else 8)
        st.paragraph_format.space_after = Pt(6)
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    add_run(hp, Y05_ORG, 9, font=SERIF)
    add_run(hp, "\t" + Y05_DOCNO, 9, font=SERIF)
    more.border(hp, "bottom", "000000", 6)
    prev4.page_footer(sec.footer.paragraphs[0], "第 ", " 页")

    def line(text: str, size: float, bold: bool = False, before: float = 0) -> Any:
        q = d.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_before = Pt(before)
        q.paragraph_format.space_after = Pt(6)
        add_run(q, text, size, bold, SANS if bold else SERIF)
        return q

    def page_break() -> None:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def grid(rows: Sequence[tuple[str, ...]], widths: tuple[float, ...]) -> None:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = d.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for r_i, row in enumerate(rows):
            for c_i, text in enumerate(row):
                cell = t.cell(r_i, c_i)
                cell.width = Cm(widths[c_i])
                q = cell.paragraphs[0]
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_run(q, text, 10.5, r_i == 0)

    # page 1: cover
    line(Y05_ORG, 16, False, 60)
    line(Y05_TITLE, 24, True, 90)
    for k, text in enumerate(Y05_COVER):
        line(text, 12, False, 160 if k == 0 else 0)
    page_break()
    # page 2: document control
    line("文档修订记录", 14, True)
    grid(Y05_REVISIONS, (2.0, 3.0, 2.4, 8.0))
    line("文档审批", 14, True, 24)
    grid(Y05_APPROVAL, (3.0, 4.0, 4.0))
    page_break()
    # page 3: 目录, entries without leaders, page numbers on a right tab
    line("目　　录", 16, True)
    toc_runs: list[tuple[str, Any]] = []
    for h1, subs in Y05_OUTLINE:
        for text, level in [(h1, 1), *((h2, 2) for h2, _ in subs)]:
            q = d.add_paragraph()
            q.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            q.paragraph_format.space_after = Pt(6)
            q.paragraph_format.left_indent = Pt(0 if level == 1 else 24)
            add_run(q, text, 12, level == 1, SANS if level == 1 else SERIF)
            toc_runs.append((text, add_run(q, "\t0", 12)))
    page_break()

    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []
    foot = list(Y05_FOOTNOTES)
    endn = list(Y05_ENDNOTES)
    for h1, subs in Y05_OUTLINE:
        d.add_heading(h1, level=1)
        headings.append({"text": h1, "level": 1})
        for h2, idx in subs:
            d.add_heading(h2, level=2)
            headings.append({"text": h2, "level": 2})
            for i in idx:
                text = paras[i]
                if i in Y05_LINKS:
                    phrase, url = Y05_LINKS[i]
                    k = text.index(phrase)
                    q = body_para(d, text[:k])
                    hyperlink(d, q, phrase, url)
                    add_run(q, text[k + len(phrase) :])
                else:
                    q = body_para(d, text)
                if i in Y05_FOOTNOTES:
                    note_ref(q, "footnote", foot.index(i) + 1)
                if i in Y05_ENDNOTES:
                    note_ref(q, "endnote", endn.index(i) + 1)
                used.append(text)
                if i in Y05_KEEP:
                    must.append(base.clause(text))
    notes_part(d, "footnote", list(Y05_FOOTNOTES.values()))
    notes_part(d, "endnote", list(Y05_ENDNOTES.values()))

    with tempfile.TemporaryDirectory() as tmp:
        t_dir = Path(tmp)

        def render() -> Path:
            src = t_dir / "plan.docx"
            d.save(str(src))
            return base.lo_pdf(src, t_dir)

        pdf = render()
        n = more.pages(pdf)
        for text, r in toc_runs:
            hits = [
                pg
                for pg in range(4, n + 1)
                if more.squash(text) in more.squash(more.pdftext(pdf, pg))
            ]
            r.text = f"\t{hits[0]}"
        pdf = render()
        path.write_bytes(pdf.read_bytes())
    n = more.pages(path)
    assert 8 <= n <= 11, f"{path.name}: {n} pages"
    text = more.pdftext(path)
    for text_, r in toc_runs:
        page = int(r.text.strip())
        assert more.squash(text_) in more.squash(more.pdftext(path, page)), text_
    last = more.squash(more.pdftext(path, n))
    assert all(more.squash(e) in last for e in Y05_ENDNOTES.values()), "endnotes at the end"
    for page in range(2, n + 1):
        lines = [ln for ln in more.pdftext(path, page).splitlines() if ln.strip()]
        header = more.squash(lines[0]) == more.squash(Y05_ORG + Y05_DOCNO)
        assert header == (page < n), (page, lines[0])
    assert more.squash(Y05_ORG + Y05_DOCNO) not in more.squash(more.pdftext(path, 1))
    links = subprocess.run(
        ["pdfinfo", "-url", str(path)], capture_output=True, check=False, timeout=60
    ).stdout.decode()
    gold: Gold = {
        "title": Y05_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [Y05_ORG, Y05_DOCNO],
        "must_not_have": [
            Y05_REVISIONS[2][3],
            Y05_REVISIONS[3][3],
        ],
        "note": (
            f"{n} pages (Word -> LibreOffice): page 1 is a cover (office, the 24 pt bold "
            "title, 文档编号/版本/发布日期 lines: metadata); page 2 holds the document "
            "control block: 文档修订记录 with a version-history table (版本/日期/修订人/"
            "修订说明) and 文档审批 with an approval table (编制/审核/批准, names, dates): "
            "boilerplate, its labels not headings and its cells not body (two 修订说明 "
            "cells must_not_have); page 3 is a full-page 目　　录 whose entries (level-2 "
            "ones indented) have no leaders, the page number on a right tab: neither "
            "headings nor body; the body: Heading 1 1　… (level 1) and Heading 2 1.1　… "
            "(level 2), numbers typed; three body paragraphs hold an external hyperlink "
            "(blue, underlined, direct formatting; "
            + (
                "with link annotations"
                if "http" in links
                else "LibreOffice 7.4 here writes no link annotations, so in the PDF they "
                "are only blue underlined words"
            )
            + "), two of them inside the passage's first 18 characters (the text as "
            "printed, the link's words included); two footnotes (bottom of their page) "
            "are unscored as in the earlier sets; three endnotes (尾注, roman-numbered "
            "marks i-iii in the text; LibreOffice sets the notes i … iii together on a "
            "last page of their own, after the last body paragraph, with no header and "
            "no footer; texts written by the maker) are notes like the footnotes: "
            "unscored (first written as must_not_have; changed before any run, as the "
            "earlier sets leave notes unscored); the header from page 2 to the last body page (office left, "
            "文档编号 right, ruled) is running, both parts; the cover has no header; the "
            "cover title (24 pt) wraps onto two lines; 第 N 页 footers are page numbers"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ----------------------------------------------- y06 LaTeX side heads (leftmargin)

Y06_TITLE = "新常态下扩大内需与产业转型升级的路径选择"
Y06_THANKS = "本文系东川省社会科学规划项目（DC15YJ021）的阶段性成果。"
Y06_AUTHORS = ("韩立新", "周雅静")
Y06_AFFIL = "东川省社会科学院经济研究所"
Y06_HEADER = ("东川社会科学", "2015年第4期")
Y06_KEYWORDS = "扩大内需；产业升级；创新驱动；绿色发展"
Y06_ABSTRACT = 19
# (side head, paragraphs, [(subsection, [(run-in head | "", paragraph)])])
Y06_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[tuple[str, int]]]]]] = [
    (
        "扩大国内需求",
        [],
        [
            ("消费和农业农村", [("促进消费", 38), ("粮食生产", 39), ("农村建设", 40)]),
            ("城镇化和海洋经济", [("", 41), ("", 42)]),
        ],
    ),
    (
        "推动产业转型升级",
        [],
        [
            ("制造业和新兴产业", [("", 43), ("", 44), ("", 45)]),
            ("以创新驱动发展", [("人才激励", 46), ("企业主体", 47), ("资源配置", 48)]),
        ],
    ),
    ("就业、能源与生态保护", [49, 50, 51], []),
]
Y06_REFS = [
    "国务院. 政府工作报告（2015年）[R]. 北京: 人民出版社, 2015.",
    "国务院. 政府工作报告（2014年）[R]. 北京: 人民出版社, 2014.",
    "东川省统计局. 东川统计年鉴2014[M]. 北京: 中国统计出版社, 2014.",
]
Y06_KEEP = {38, 41, 44, 47, 50}
Y06_LEFT = 5.4  # cm: the left margin, where the side heads stand


def margin_text(pdf: Path, split: float) -> str:
    """Each page whole, then its left margin (x < ``split`` pt) and its text column
    cropped apart, so that side heads and body lines sharing a line read apart."""
    out = []
    for page in range(1, more.pages(pdf) + 1):
        out.append(more.pdftext(pdf, page))
        for x, w in ((0, split), (split, 595 - split)):
            crop = ["-x", str(int(x)), "-y", "0", "-W", str(int(w)), "-H", "842"]
            cmd = ["pdftotext", "-layout", "-f", str(page), "-l", str(page), *crop, str(pdf), "-"]
            done = subprocess.run(cmd, check=True, capture_output=True, timeout=120)
            out.append(done.stdout.decode("utf-8"))
    return "\n".join(out)


def build_side_heads(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    esc = more.tex_escape
    headings: list[dict[str, Any]] = [{"text": "摘要", "level": 1}]
    must: list[str] = []
    used: list[str] = [paras[Y06_ABSTRACT]]
    body: list[str] = []

    def para(i: int, head: str = "") -> None:
        body.append((f"\\paragraph{{{head}}}" if head else "") + esc(paras[i]) + "\n")
        used.append(paras[i])
        if i in Y06_KEEP:
            must.append(base.clause(paras[i]))

    for h1, idx1, subs in Y06_OUTLINE:
        body.append(f"\\section*{{{h1}}}\n")
        headings.append({"text": h1, "level": 1})
        for i in idx1:
            para(i)
        for h2, items in subs:
            body.append(f"\\subsection*{{{h2}}}\n")
            headings.append({"text": h2, "level": 2})
            for h3, i in items:
                para(i, h3)
                if h3:
                    headings.append({"text": h3, "level": 3})
    headings.append({"text": "参考文献", "level": 1})
    refs = "".join(f"\\bibitem{{r{k}}} {r}\n" for k, r in enumerate(Y06_REFS, 1))
    margin = Y06_LEFT - 0.6
    tex = (
        "\\documentclass[a4paper,zihao=-4]{ctexart}\n"
        f"\\usepackage[left={Y06_LEFT}cm,right=2.2cm,top=2.8cm,bottom=2.6cm]{{geometry}}\n"
        "\\usepackage{titlesec}\n\\usepackage{fancyhdr}\n"
        "\\titleformat{name=\\section,numberless}[leftmargin]"
        "{\\sffamily\\bfseries\\large\\raggedleft}{}{0pt}{}\n"
        f"\\titlespacing*{{\\section}}{{{margin - 1.2:.1f}cm}}{{3ex plus .5ex}}{{0.6cm}}\n"
        "\\titleformat{name=\\subsection,numberless}{\\sffamily\\bfseries\\normalsize}{}{0pt}{}\n"
        "\\titlespacing*{\\subsection}{0pt}{2ex plus .5ex}{1ex}\n"
        "\\titleformat{\\paragraph}[runin]{\\bfseries}{}{0pt}{}\n"
        "\\titlespacing*{\\paragraph}{2em}{1ex plus .3ex}{1em}\n"
        "\\pagestyle{fancy}\\fancyhf{}\n"
        f"\\fancyhead[L]{{\\small {Y06_HEADER[0]}}}\\fancyhead[R]{{\\small {Y06_HEADER[1]}}}\n"
        "\\fancyfoot[C]{\\thepage}\n"
        "\\renewcommand{\\headrulewidth}{0.4pt}\n"
        f"\\title{{\\bfseries {Y06_TITLE}\\thanks{{{esc(Y06_THANKS)}}}}}\n"
        f"\\author{{{Y06_AUTHORS[0]}\\quad {Y06_AUTHORS[1]}\\\\{{\\small {Y06_AFFIL}}}}}\n"
        "\\date{}\n"
        "\\begin{document}\n\\maketitle\n\\thispagestyle{fancy}\n"
        f"\\begin{{abstract}}\n{esc(paras[Y06_ABSTRACT])}\n\n"
        f"\\noindent\\textbf{{关键词：}}{Y06_KEYWORDS}\n\\end{{abstract}}\n"
        + "\n".join(body)
        + f"\n\\begin{{thebibliography}}{{9}}\n{refs}\\end{{thebibliography}}\n"
        "\\end{document}\n"
    )
    base.xelatex(tex, path)
    n = more.pages(path)
    assert 3 <= n <= 5, f"{path.name}: {n} pages"
    split = (Y06_LEFT - 0.3) / 2.54 * 72
    text = margin_text(path, split)
    # the side heads stand in the margin only, and some of them over two lines
    side = ""
    for page in range(1, n + 1):
        crop = ["-x", "0", "-y", "100", "-W", str(int(split)), "-H", "700"]
        cmd = ["pdftotext", "-layout", "-f", str(page), "-l", str(page), *crop, str(path), "-"]
        side += subprocess.run(cmd, check=True, capture_output=True, timeout=120).stdout.decode()
    side_heads = [h["text"] for h in headings if h["level"] == 1 and h["text"] != "摘要"]
    assert more.squash(side) == more.squash("".join(side_heads)), more.squash(side)
    side_lines = [more.squash(ln) for ln in side.splitlines() if ln.strip()]
    two_line = [h for h in side_heads if more.squash(h) not in side_lines]
    assert len(two_line) >= 2, side_lines
    for page in range(1, n + 1):
        lines = [ln for ln in more.pdftext(path, page).splitlines() if ln.strip()]
        assert more.squash(lines[0]) == more.squash("".join(Y06_HEADER)), (page, lines[0])
        assert more.squash(lines[-1]) == str(page), (page, lines[-1])
    gold: Gold = {
        "title": Y06_TITLE,
        "headings": headings,
        "must_have": must,
        "running": list(Y06_HEADER),
        "must_not_have": [],
        "note": (
            f"{n} pages, XeLaTeX ctexart with titlesec and fancyhdr: the title is the "
            "\\maketitle line (its \\thanks mark * not part of it); the authors and the "
            "affiliation are metadata; the \\thanks funding note at the foot of page 1 "
            "(written by the maker) is a footnote: unscored, as notes are in the earlier "
            "sets (first written as must_not_have; changed before any run); the "
            "abstract's centred 摘要 label is a level-1 heading (as t04) and its "
            "paragraph body, the 关键词： line unscored; the \\section* headings are side "
            f"heads: bold sans \\large, set right-aligned in the {Y06_LEFT} cm left margin "
            "beside the first lines of their section (titlesec leftmargin), "
            f"{len(two_line)} of them wrapping onto two lines ({'、'.join(two_line)}): "
            "level 1, each one heading with its lines joined, and a side head's lines "
            "must not be glued to the body lines they share a baseline with; "
            "\\subsection* headings (bold sans, in the text column) are level 2; the "
            "\\paragraph{} run-in heads are short bold phrases (促进消费, 人才激励, …, no "
            "sentence punctuation) followed on the same line by the paragraph: taken as "
            "level-3 headings (LaTeX's sectioning level, not a lead sentence of the "
            "paragraph as in t04, where \\paragraph held the first sentence ending in 。), "
            "the passages chosen so that they hold whether or not a reader splits them "
            "off; 参考文献 (thebibliography's \\section*, also a side head) is level 1 "
            "and its [n] entries are neither headings nor scored body; the fancyhdr "
            "header (journal left, issue right, ruled) is on every page, the first "
            "included (running); centred page numbers are not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


BUILDERS: dict[str, tuple[Any, int]] = {
    "y01_docx_direct_format.docx": (build_direct_format, 2015),
    "y02_lo_wrapped_headings.pdf": (build_wrapped_headings, 2016),
    "y03_lo_banner_headings.pdf": (build_banner_headings, 2014),
    "y04_docx_wps_custom_styles.docx": (build_wps_custom_styles, 2013),
    "y05_lo_doc_control_endnotes.pdf": (build_doc_control, 2017),
    "y06_latex_side_heads.pdf": (build_side_heads, 2015),
}
SOURCE_HEAD = (
    "# Documents made with real tools, ninth set (development data)\n\n"
    "Made as development data after the eighth set (`realdocs-made8`), each a layout\n"
    "pattern the earlier sets lack: PDF/DOCX y01-y06 by `python eval/make_realdocs9_files.py`,\n"
    "HTML pages (y07 on) by `python eval/make_realdocs9_pages.py`. Texts come only from the\n"
    "public government work reports 2013–2017 in `../shared/data/gov-work-reports`; the\n"
    "outputs are committed so tests and CI need none of the tools. Gold (`gold/<file>.json`,\n"
    "the format of `../shared/data/realdocs-dev`) is written by the same scripts from what\n"
    "they put in each document, as a reader reads it and never from reader output,\n"
    "titles and headings as printed: the title, the headings with levels, the running\n"
    "headers that must not reach the body, passages (each one's first 18 characters)\n"
    "that must appear in order, boilerplate that must not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)

ROWS = [
    "| y01_docx_direct_format.docx | python-docx 1.2, gwr 2015 (`eval/make_realdocs9_files.py`, as y02-y06) | headings by direct formatting only, every paragraph Normal (no heading style, no outline level): `一、` centred 16 pt bold sans in two runs with a `_Toc` bookmark between (level 1) after an empty bold 16 pt paragraph, `（一）` 14 pt bold only through the character style `Strong`/要点 (no `w:b`; level 2), standalone bold body-size `1．价格改革` lines (level 3) in one part, bold run-in `1．…。` leads in another (body, label in the passage); ruled header (running), `— N —` PAGE field |",
    "| y02_lo_wrapped_headings.pdf | python-docx → LibreOffice 7.4, gwr 2016 | 实施意见 whose title (22 pt, one paragraph over two lines) and headings wrap: `一、` bold sans 16 pt with a hanging indent, three of four over two lines (level 1), `（一）` bold at the body size (12 pt), two over two lines (level 2), bold run-in `1．…。` leads (body, label in the passage); header (running), `- N -` |",
    "| y03_lo_banner_headings.pdf | python-docx → LibreOffice 7.4, gwr 2014 | designed annual report: level-1 headings `第一部分　…`/`附录　…`/`参考文献` as white bold text in a navy one-cell table (banner bar), level-2 `1.1　…`/`A.1　…` as body-size bold paragraphs with a thick left border and pale shading; 24 pt navy title over a rule, `[n]` reference entries (unscored); two-part header (running), page numbers |",
    "| y04_docx_wps_custom_styles.docx | python-docx 1.2 (+ styles XML, WPS app.xml), gwr 2013 | 工作简报 as WPS saves it: banner table (简报 name 28 pt red, issue/editor/date, title in a merged cell: the title); headings in custom styles `一级标题`/`二级标题`/`三级标题` (styleIds `a5`-`a7`, no outline level of their own) based on the heading styles (styleIds `1`-`3`), typed `一、`/`（一）`/`1．` (levels 1-3); ruled 报：/送： table and 责任编辑 line at the end (must_not_have); `第 N 页 共 M 页` |",
    "| y05_lo_doc_control_endnotes.pdf | python-docx (+ footnotes/endnotes parts, hyperlink XML) → LibreOffice 7.4, gwr 2017 | implementation plan: cover (title, 文档编号/版本/日期), page 2 document control: 文档修订记录 version table and 文档审批 table (boilerplate: two 修订说明 cells must_not_have), full-page `目　　录` without leaders (right tab; not headings/body), Heading 1/2 `1　…`/`1.1　…` typed, blue underlined hyperlinks inside paragraphs (two inside must_have passages), two footnotes (unscored), three endnotes (尾注) on a last page of their own (unscored); header from page 2 (running), `第 N 页` |",
    "| y06_latex_side_heads.pdf | XeLaTeX + ctex (`ctexart`, titlesec 2.14 `leftmargin`, `fancyhdr`; TeX Live 2022), gwr 2015 | `\\section*` side heads set in a 5.4 cm left margin beside the text (two wrapping over two lines; level 1, incl. `参考文献`), `\\subsection*` in the column (level 2), `\\paragraph{}` run-in heads of short phrases (level 3), `\\maketitle` with a `\\thanks` funding note (unscored), abstract (`摘要` level 1), `[n]` bibliography, fancyhdr header on every page (running) |",
]


def main(argv: list[str] | None = None) -> int:
    return more.make_set(argv, __doc__, BUILDERS, "realdocs-made9", ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
