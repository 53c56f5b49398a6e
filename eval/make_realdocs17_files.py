# ruff: noqa: E501  (the SOURCE.md rows and the OOXML snippets are kept on one line each)
"""Make the PDF/DOCX documents of ``realdocs-made17`` (a01-a06) with real tools, and their gold.

A seventeenth set of development documents, made blind (without looking at the readers
or running them), each a pattern common in real Chinese reports; the helpers of the
earlier makers are reused. The texts come only from the public government work reports
2013-2017 (../shared/data/gov-work-reports), whole paragraphs (titles, headings,
labels, names, dates, numbers, table cells, footnotes and furniture are written here):

- ``a01_docx_list_number_summary.docx`` (gwr 2015): a Word-like work summary: the
  title in the ``Title`` style with an author line and a date line under it, sections
  as bold ``List Number`` paragraphs and subsections as bold ``List Number 2``
  paragraphs numbered by a multilevel list (``1.``/``1.1``, drawn by Word, in no run),
  bulleted (``List Bullet``) and ``（1）``-numbered list items (not bold) in the body;
- ``a02_lo_chinese_list_summary.pdf`` (gwr 2017): the same kind of summary converted
  by LibreOffice, the ``List Number``/``List Number 2`` headings numbered ``一、``/
  ``（一）`` by a Chinese-counting multilevel list (no tab after the number), bullets
  and ``1.`` items in the body, a header on every page, page numbers in the footer;
- ``a03_lo_feasibility_study.pdf`` (gwr 2016): a 可行性研究报告 (Word -> LibreOffice): a
  cover with the two-line title and a 项目名称/建设单位/编制单位/编制日期 form table, a
  typed table of contents (dot leaders, page numbers), typed bold ``1``/``1.1``/
  ``1.1.1`` headings (direct formatting, no heading styles), a section break so that
  the header (short name) and ``第 X 页 共 Y 页`` are only in the body section, two
  footnotes and a table;
- ``a04_lo_gov_notice_redhead.pdf`` (gwr 2014): a 公文 通知 (Word -> LibreOffice): red
  letterhead and rule, 东政发〔2016〕12号, a two-line centred title, addressee,
  ``一、`` (黑体) and ``（一）`` (楷体) headings, ``1．`` run-in numbered paragraphs, a
  header from page 2, 附件 line, signature and date, a 抄送/印发 record;
- ``a05_ocr_scan_300dpi.pdf`` (gwr 2013): a two-page LibreOffice report (title,
  ``一、``/``（一）`` bold headings, header line, page numbers) rasterised at 300 dpi,
  straight, and OCR'd by ``ocrmypdf -l chi_sim``;
- ``a06_ocr_scan_rotated.pdf`` (gwr 2015): a two-page report with ``第一章``/``第一节``
  headings, a header and a footer on both pages, rasterised at 200 dpi, each page
  turned by about a degree, OCR'd the same way.

Gold is written from what each builder put in the document, decided as a reader reads
it (never from reader output); titles, headings, passages, running lines and boilerplate
are checked against the printed text (``pdftotext -layout``; for the DOCX, the text of
its XML parts and a LibreOffice rendering; for the scans, the OCR text layer, where
passages are those OCR read correctly).
Run once; the outputs are committed, so nothing else needs these tools:

    python eval/make_realdocs17_files.py [--out eval/data/realdocs-made17] [--only a01 ...]
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import unicodedata
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
import make_realdocs9_files as prev9

MINE = ("a01_", "a02_", "a03_", "a04_", "a05_", "a06_")
Gold = dict[str, Any]
SERIF, SANS, KAI = prev6.SERIF, prev6.SANS, prev6.KAI
add_run, body_para = prev9.add_run, prev9.body_para
# a list level: (w:numFmt, w:lvlText, left indent in twips, w:suff)
Level = tuple[str, str, int, str]


def add_numbering(doc: Any, num_id: int, levels: list[Level]) -> int:
    """A list definition (abstractNum and num, both ``num_id``) in numbering.xml."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    lvls = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{ind}" w:hanging="{ind if suff == "tab" else 0}"/></w:pPr></w:lvl>'
        for k, (fmt, text, ind, suff) in enumerate(levels)
    )
    numbering = doc.part.numbering_part.element
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">'
        f'<w:nsid w:val="{0x5A170000 + num_id:08X}"/><w:multiLevelType w:val="multilevel"/>'
        f"{lvls}</w:abstractNum>"
    )
    first_num = numbering.find(absnum.tag.replace("abstractNum", "num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'
        )
    )
    return num_id


def set_num(p: Any, num_id: int, ilvl: int) -> None:
    """Put a paragraph into list ``num_id`` at level ``ilvl`` (direct ``w:numPr``)."""
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def docx_check(path: Path, gold: Gold, used: list[str], pages: range) -> tuple[str, int]:
    """Check a DOCX's gold against its XML text and a LibreOffice rendering."""
    xml_text = prev4.docx_text(path)
    printed, n = prev9.docx_printed(path)
    assert n in pages, f"{path.name}: {n} pages (LibreOffice)"
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, xml_text + "\n" + printed, gold)
    assert prev8.in_order(printed, gold["must_have"]), path.name
    return printed, n


def pdf_check(path: Path, gold: Gold, used: list[str]) -> str:
    text = more.pdftext(path)
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    assert prev8.in_order(text, gold["must_have"]), path.name
    return text


# ----------------------------------------------- a01/a02 summaries with list styles

# (section, body paragraphs, [(subsection, paragraphs)], bullet items, numbered items)
Summary = list[tuple[str, list[int], list[tuple[str, list[int]]], list[int], list[int]]]

A01_TITLE = "市发展改革委2015年工作总结"
A01_BY = ("综合规划处　刘雅琴", "2015年12月28日")
A01_OUTLINE: Summary = [
    (
        "主要工作成效",
        [0],
        [("宏观调控", [1]), ("重点改革", [2, 3]), ("对外开放", [4])],
        [],
        [],
    ),
    ("民生保障", [9], [], [10, 12, 13], []),
    ("存在的问题和不足", [17], [], [], []),
    (
        "2016年工作打算",
        [19],
        [("宏观政策", [22, 23]), ("深化改革", [26])],
        [],
        [27, 28, 29],
    ),
]
A01_KEEP = {1, 3, 12, 23, 28}

A02_TITLE = "东川创新投资集团2017年上半年工作总结"
A02_BY = ("集团办公室", "2017年7月10日")
A02_HEADER = "东川创新投资集团有限公司　内部资料"
A02_OUTLINE: Summary = [
    (
        "主要工作完成情况",
        [],
        [("去产能与去杠杆", [10, 11]), ("深化国企改革", [13, 14])],
        [],
        [],
    ),
    ("创新发展", [20], [("培育新兴产业", [22]), ("改造传统产业", [23, 24])], [21, 30], []),
    ("存在的不足", [12], [], [], []),
    ("下半年工作安排", [18], [], [], [29, 32, 35]),
]
A02_KEEP = {10, 14, 21, 12, 32}


def summary_doc(
    year: int,
    title: str,
    by: tuple[str, str],
    outline: Summary,
    keep: set[int],
    levels: list[Level],
    item_level: Level,
    fonts: tuple[str, str],
) -> tuple[Any, list[dict[str, Any]], list[str], list[str], list[str]]:
    """A Word-like summary: ``Title``, author and date lines, bold ``List Number`` /
    ``List Number 2`` headings in the multilevel list ``levels``, body paragraphs,
    ``List Bullet`` items and items numbered by ``item_level`` (neither bold).
    Returns the document, the headings (no numbers), must_have, used paragraphs and
    the printed numbers of the headings."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    body_font, head_font = fonts
    paras = third.whole(year, None)
    d = prev8.docx_base(body_font, 12, (2.54, 2.54, 3.17, 3.17))
    d.styles["Normal"].paragraph_format.line_spacing = 1.25
    heads = add_numbering(d, 51, levels)
    items = add_numbering(d, 52, [item_level])
    more.cjk_font(d.styles["Title"], head_font)
    p = d.add_paragraph(style="Title")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, title, 20, True, head_font)
    for k, line in enumerate(by):
        q = d.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_after = Pt(12 if k else 0)
        add_run(q, line, 10.5, False, "", "595959")
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []
    printed: list[str] = []
    counts = [0, 0]

    def plain(i: int, style: str = "", num: bool = False) -> None:
        if style:
            q = d.add_paragraph(style=style)
            if num:
                set_num(q, items, 0)
            add_run(q, paras[i])
        else:
            body_para(d, paras[i], spacing=1.25)
        used.append(paras[i])
        if i in keep:
            must.append(base.clause(paras[i]))

    def number(level: int) -> str:
        fmt, text = levels[level][0], levels[level][1]
        digits = [str(c) if fmt == "decimal" else "一二三四五六七八九"[c - 1] for c in counts]
        return text.replace("%1", digits[0]).replace("%2", digits[1])

    for h1, idx1, subs, bullets, numbered in outline:
        q = d.add_paragraph(style="List Number")
        set_num(q, heads, 0)
        q.paragraph_format.space_before = Pt(12)
        q.paragraph_format.space_after = Pt(6)
        add_run(q, h1, 14, True, head_font)
        counts[0] += 1
        counts[1] = 0
        headings.append({"text": h1, "level": 1})
        printed.append(number(0) + h1)
        for i in idx1:
            plain(i)
        for i in bullets:
            plain(i, "List Bullet")
        for h2, idx in subs:
            q = d.add_paragraph(style="List Number 2")
            set_num(q, heads, 1)
            q.paragraph_format.space_before = Pt(6)
            q.paragraph_format.space_after = Pt(3)
            add_run(q, h2, 12, True, head_font)
            counts[1] += 1
            headings.append({"text": h2, "level": 2})
            printed.append(number(1) + h2)
            for i in idx:
                plain(i)
        for i in numbered:
            plain(i, "List Paragraph", True)
    return d, headings, must, used, printed


def build_list_number_docx(path: Path, year: int) -> Gold:
    from docx.shared import Pt

    d, headings, must, used, printed = summary_doc(
        year,
        A01_TITLE,
        A01_BY,
        A01_OUTLINE,
        A01_KEEP,
        [("decimal", "%1.", 425, "tab"), ("decimal", "%1.%2", 567, "tab")],
        ("decimal", "（%1）", 840, "nothing"),
        ("宋体", "黑体"),
    )
    fp = d.sections[0].footer.paragraphs[0]
    prev4.page_footer(fp, "", "")
    for r in fp.runs:
        r.font.size = Pt(9)
    d.save(str(path))
    gold: Gold = {
        "title": A01_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [],
        "must_not_have": [],
        "note": "",
    }
    rendered, n = docx_check(path, gold, used, range(3, 6))
    xml_text = more.squash(prev4.docx_text(path))
    for num in printed:
        assert more.squash(num) not in xml_text, f"number {num} in a run"
        assert more.squash(num) in more.squash(rendered), f"{num} not drawn"
    gold["note"] = (
        f"a DOCX (not converted; {n} pages in LibreOffice), a Word-like work summary "
        "(宋体/黑体 named, not embedded): the title in the Title style (20 pt bold, "
        "centred; core title empty); the author line (处室　姓名) and the date line under "
        "it are metadata; sections are bold 14 pt paragraphs in the List Number style and "
        "subsections bold 12 pt paragraphs in List Number 2, both given (direct numPr) a "
        "multilevel list 1./1.1 that Word draws: the numbers are in no run, so gold "
        "headings have none (level 1 and level 2); some sections hold List Bullet "
        "paragraphs (section 2, three bullets) and paragraphs numbered （1）（2）（3） by a "
        "second list (section 4, List Paragraph, not bold): whole body paragraphs, not "
        "headings (one of each kind is a must_have); page numbers in the footer not listed"
    )
    return gold


def build_chinese_list_pdf(path: Path, year: int) -> Gold:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d, headings, must, used, printed = summary_doc(
        year,
        A02_TITLE,
        A02_BY,
        A02_OUTLINE,
        A02_KEEP,
        [("chineseCounting", "%1、", 0, "nothing"), ("chineseCounting", "（%2）", 0, "nothing")],
        ("decimal", "%1.", 420, "tab"),
        (SERIF, SANS),
    )
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_run(hp, A02_HEADER, 9, False, SERIF, "404040")
    more.border(hp, "bottom", "808080", 4)
    fp = sec.footer.paragraphs[0]
    prev4.page_footer(fp, "第 ", " 页")
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in fp.runs:
        r.font.size = Pt(9)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "a02.docx"
        d.save(str(src))
        path.write_bytes(base.lo_pdf(src, Path(tmp)).read_bytes())
    n = more.pages(path)
    assert 3 <= n <= 5, f"{path.name}: {n} pages"
    for page in range(1, n + 1):
        assert more.squash(A02_HEADER) in more.squash(more.pdftext(path, page)), page
    # the gold headings are the printed ones, number and text
    for h, num in zip(headings, printed, strict=True):
        h["text"] = num
    gold: Gold = {
        "title": A02_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [A02_HEADER],
        "must_not_have": [],
        "note": (
            f"{n} pages (Word -> LibreOffice), a company's half-year work summary: the "
            "title in the Title style (20 pt bold sans, centred), the department and date "
            "lines under it metadata; sections are bold paragraphs in List Number, "
            "subsections in List Number 2, numbered by a multilevel list of Chinese "
            "counting 一、/（一） with no tab after the number (the numbers are drawn by "
            "the list, not typed, and printed in the PDF: gold headings as printed, "
            "number included); List Bullet paragraphs (section 二) and paragraphs "
            "numbered 1. 2. 3. by a second list (section 四, not bold) are body, not "
            f"headings; the header ({A02_HEADER}, ruled) is on every page: running; "
            "第 N 页 in the footer not listed"
        ),
    }
    text = pdf_check(path, gold, used)
    for num in printed:
        assert more.squash(num) in more.squash(text), num
    return gold


# --------------------------------------------------------- a03 feasibility study

A03_TITLE = ("东川市智慧政务服务平台建设项目", "可行性研究报告")
A03_SHORT = "东川市智慧政务服务平台建设项目可行性研究报告"
A03_HEADER = "智慧政务服务平台可研报告"
A03_FORM = [
    ("项目名称", "东川市智慧政务服务平台建设项目"),
    ("建设单位", "东川市数据资源管理局"),
    ("编制单位", "东川省工程咨询研究院有限公司"),
    ("编制日期", "二〇一六年六月"),
]
# (heading, level, paragraphs)
A03_OUTLINE: list[tuple[str, int, list[int]]] = [
    ("1 总论", 1, []),
    ("1.1 项目背景", 2, []),
    ("1.1.1 政策依据", 3, [9]),
    ("1.1.2 现实需求", 3, [10]),
    ("1.2 建设目标", 2, [11, 12]),
    ("2 需求分析", 1, [13]),
    ("2.1 业务需求", 2, [15]),
    ("2.2 用户需求", 2, [18]),
    ("3 建设方案", 1, []),
    ("3.1 总体架构", 2, [19]),
    ("3.2 建设内容", 2, [21, 27]),
    ("4 投资估算与资金筹措", 1, [14]),
    ("5 结论与建议", 1, [32, 33]),
]
A03_KEEP = {9, 12, 18, 14, 33}
A03_NOTES = (
    (
        10,
        "本报告所称政务服务，指各级行政机关依法向公民、法人和其他组织提供的行政许可、公共服务等事项。",
    ),
    (18, "数据来源：东川市数据资源管理局2015年度政务服务事项统计。"),
)
A03_TABLE_CAP = "表4-1　项目投资估算表"
A03_TABLE = [
    ("序号", "费用名称", "金额（万元）", "占比"),
    ("1", "硬件设备购置", "1260", "42.0%"),
    ("2", "应用软件开发", "980", "32.7%"),
    ("3", "系统集成与安装", "310", "10.3%"),
    ("4", "工程建设其他费用", "300", "10.0%"),
    ("5", "预备费", "150", "5.0%"),
    ("", "合计", "3000", "100%"),
]


def feasibility_doc(paras: list[str], toc_pages: list[int]) -> Any:
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    d = prev8.docx_base(SERIF, 12, (2.5, 2.5, 3.0, 2.6))
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    prev9.notes_part(d, "footnote", [t for _, t in A03_NOTES])
    # cover: the two big title lines, then the form
    for k, line in enumerate(A03_TITLE):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(150 if k == 0 else 12)
        add_run(p, line, 24 if k == 0 else 30, True, SANS)
    gap = d.add_paragraph()
    gap.paragraph_format.space_after = Pt(150)
    t = d.add_table(rows=len(A03_FORM), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Cm(3.6), Cm(9.4)
    for row, (label, value) in zip(t.rows, A03_FORM, strict=True):
        row.cells[0].width, row.cells[1].width = Cm(3.6), Cm(9.4)
        q = row.cells[0].paragraphs[0]
        q.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        add_run(q, label + "：", 15, True, SANS)
        q = row.cells[1].paragraphs[0]
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        more.border(q, "bottom", "000000", 6)
        add_run(q, value, 15, False, SERIF)
        for c in row.cells:
            c.paragraphs[0].paragraph_format.space_before = Pt(8)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # the typed table of contents
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(18)
    add_run(p, "目　　录", 18, True, SANS)
    for (head, level, _), page in zip(A03_OUTLINE, toc_pages, strict=True):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8 * (level - 1))
        p.paragraph_format.line_spacing = 1.6
        p.paragraph_format.tab_stops.add_tab_stop(
            Cm(15.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        add_run(p, f"{head}\t{page}", 12 if level > 1 else 12.5, level == 1, SERIF)
    # the body section: its own header and footer
    d.add_section(WD_SECTION.NEW_PAGE)
    front, sec = d.sections[0], d.sections[1]
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, A03_HEADER, 9, False, SERIF)
    more.border(hp, "bottom", "000000", 6)
    fp = sec.footer.paragraphs[0]
    prev4.page_footer(fp, "第 ", " 页", total=True)
    for r in fp.runs:
        r.font.size = Pt(9)
    assert not front.header.paragraphs[0].text and not front.footer.paragraphs[0].text
    sizes = {1: (16, SANS, 18), 2: (14, SANS, 10), 3: (12, SERIF, 6)}
    notes = {i: k for k, (i, _) in enumerate(A03_NOTES, 1)}
    for head, level, idx in A03_OUTLINE:
        size, font, before = sizes[level]
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.keep_with_next = True
        add_run(p, head, size, True, font)
        for i in idx:
            q = body_para(d, paras[i])
            if i in notes:
                prev9.note_ref(q, "footnote", notes[i])
        if head.startswith("4 "):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(6)
            add_run(p, A03_TABLE_CAP, 10.5, True, SANS)
            t = d.add_table(rows=len(A03_TABLE), cols=4)
            t.style = d.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(A03_TABLE):
                for c, cell in enumerate(row):
                    q = t.cell(r, c).paragraphs[0]
                    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    q.paragraph_format.line_spacing = 1.2
                    add_run(q, cell, 10.5, r == 0)
            d.add_paragraph()
    return d


def build_feasibility(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    heads = [h for h, _, _ in A03_OUTLINE]
    with tempfile.TemporaryDirectory() as tmp:
        pages = [0] * len(A03_OUTLINE)
        for _ in range(2):  # a first pass finds the pages the TOC must show
            d = feasibility_doc(paras, pages or [0] * len(heads))
            src = Path(tmp) / "a03.docx"
            d.save(str(src))
            pdf = base.lo_pdf(src, Path(tmp))
            n = more.pages(pdf)
            found, k = [], 0
            for page in range(3, n + 1):
                lines = [more.squash(ln) for ln in more.pdftext(pdf, page).splitlines()]
                while k < len(heads) and more.squash(heads[k]) in lines:
                    found.append(page)
                    k += 1
            assert k == len(heads), (k, heads[k:])
            if found == pages:
                break
            pages = found
        assert found == pages, "TOC page numbers"
        path.write_bytes(pdf.read_bytes())
    n = more.pages(path)
    assert 6 <= n <= 9, f"{path.name}: {n} pages"
    for page in (1, 2):
        assert more.squash(A03_HEADER) not in more.squash(more.pdftext(path, page)), page
    for page in range(3, n + 1):
        pg = more.squash(more.pdftext(path, page))
        assert more.squash(A03_HEADER) in pg and f"第{page}页共{n}页" in pg, page
    text = more.pdftext(path)
    for _, note in A03_NOTES:
        assert more.squash(note) in more.squash(text), note
    used = [paras[i] for _, _, idx in A03_OUTLINE for i in idx]
    must = [base.clause(paras[i]) for _, _, idx in A03_OUTLINE for i in idx if i in A03_KEEP]
    gold: Gold = {
        "title": A03_SHORT,
        "headings": [{"text": h, "level": lv} for h, lv, _ in A03_OUTLINE],
        "must_have": must,
        "running": [A03_HEADER],
        "must_not_have": [A03_FORM[2][1]],
        "note": (
            f"{n} pages (Word -> LibreOffice), a 可行性研究报告: page 1 a cover with the "
            "title in two big bold sans lines (24 pt project name, 30 pt 可行性研究报告): "
            "the title is the two lines joined; under them a borderless form table "
            "(项目名称/建设单位/编制单位/编制日期 with underlined values) is metadata, not "
            "headings and not body (the 项目名称 value repeats the project name; the "
            "编制单位 value must_not_have); page 2 a typed table of contents (目　　录, "
            "entries with dot-leader right tabs and the physical page numbers, not a TOC "
            "field): neither headings nor body; the body is a second section (new page) "
            f"with its own header ({A03_HEADER}, right, ruled: running) and footer "
            "第 X 页 共 Y 页 (physical numbers, not listed), the cover/TOC section has "
            "neither; headings are typed 1/1.1/1.1.1 numbers in bold direct formatting "
            "(16 pt sans, 14 pt sans, 12 pt serif; no heading styles, no outline levels): "
            "levels 1/2/3 as printed, number included; two real footnotes (w:footnoteReference, "
            "on the 1.1.2 and 2.2 paragraphs) are unscored; under 4 a captioned table "
            "(表4-1, Table Grid, figures written here) is unscored"
        ),
    }
    pdf_check(path, gold, used)
    return gold


# ------------------------------------------------------------- a04 公文 通知

A04_ORG = "东川市人民政府文件"
A04_NO = "东政发〔2016〕12号"
A04_TITLE = ("东川市人民政府关于进一步深化改革扩大开放", "促进经济平稳健康发展的通知")
A04_TO = "各县（市、区）人民政府，市政府各部门、各直属机构："
A04_LEAD = "现就有关事项通知如下："
# (一、 heading, [(（一） heading or "", [paragraphs], run-in numbered?)])
A04_OUTLINE: list[tuple[str, list[tuple[str, list[int], bool]]]] = [
    (
        "一、深化行政体制改革",
        [("（一）进一步简政放权", [24], False), ("（二）加强事中事后监管", [25], False)],
    ),
    (
        "二、全面提高开放水平",
        [
            ("（一）稳定外资外贸", [26, 27], True),
            ("（二）提升对外合作竞争力", [28, 29], False),
        ],
    ),
    ("三、推进农业农村改革发展", [("", [33, 34, 35], True)]),
    ("四、切实保障和改善民生", [("", [43, 44], False)]),
]
A04_OPEN, A04_CLOSE = 30, 47
A04_KEEP = {30, 25, 27, 35, 47}
A04_ATTACH = "附件：东川市2016年深化改革扩大开放重点任务分工表"
A04_SIGN = ("东川市人民政府", "2016年3月18日")
A04_PUBLIC = "（此件公开发布）"
A04_RECORD = (
    "抄送：市委各部门，市人大常委会办公室，市政协办公室。",
    "东川市人民政府办公室　　　　　　　　2016年3月20日印发",
)


def gw_para(d: Any, text: str, font: str = SERIF, bold: bool = False, indent: bool = True) -> Any:
    """A 公文 paragraph: 16 pt, fixed 28.9 pt lines, two-character first-line indent."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.line_spacing = Pt(28.9)
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    p.paragraph_format.keep_with_next = bold
    add_run(p, text, 16, bold, font)
    return p


def build_gov_notice(path: Path, year: int) -> Gold:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paras = third.whole(year, None)
    d = prev8.docx_base(SERIF, 16, (3.7, 3.5, 2.8, 2.6))
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_run(hp, A04_NO, 10.5, False, SERIF)
    for foot in (sec.footer, sec.first_page_footer):
        fp = foot.paragraphs[0]
        prev4.page_footer(fp, "— ", " —")
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in fp.runs:
            r.font.size = Pt(14)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(20)
    p.paragraph_format.space_after = Pt(30)
    r = add_run(p, A04_ORG, 40, True, SERIF, "E60012")
    r._r.get_or_add_rPr().append(prev7.xml_el('<w:spacing w:val="-20"/>'))
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(6)
    add_run(p, A04_NO, 16, False, SERIF)
    more.border(p, "bottom", "E60012", 24)
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(18)
    for line in A04_TITLE:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing = Pt(36)
        add_run(p, line, 22, True, SERIF)
    p.paragraph_format.space_after = Pt(20)
    gw_para(d, A04_TO, indent=False)
    used = [paras[A04_OPEN], paras[A04_CLOSE]]
    must = [base.clause(paras[A04_OPEN])]
    gw_para(d, paras[A04_OPEN])
    gw_para(d, A04_LEAD)
    headings: list[dict[str, Any]] = []
    for h1, subs in A04_OUTLINE:
        gw_para(d, h1, SANS, True)
        headings.append({"text": h1, "level": 1})
        for h2, idx, runin in subs:
            if h2:
                gw_para(d, h2, KAI, True)
                headings.append({"text": h2, "level": 2})
            for k, i in enumerate(idx, 1):
                gw_para(d, (f"{k}．" if runin else "") + paras[i])
                used.append(paras[i])
                if i in A04_KEEP:
                    must.append(base.clause(paras[i]))
    gw_para(d, paras[A04_CLOSE])
    must.append(base.clause(paras[A04_CLOSE]))
    p = gw_para(d, A04_ATTACH)
    p.paragraph_format.space_before = Pt(28)
    for k, line in enumerate(A04_SIGN):
        p = gw_para(d, line, indent=False)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Pt(64 if k == 0 else 48)
        if k == 0:
            p.paragraph_format.space_before = Pt(56)
    gw_para(d, A04_PUBLIC)
    for k, line in enumerate(A04_RECORD):
        p = d.add_paragraph()
        p.paragraph_format.line_spacing = Pt(26)
        p.paragraph_format.left_indent = p.paragraph_format.right_indent = Pt(14)
        if k == 0:
            p.paragraph_format.space_before = Pt(60)
            more.border(p, "top", "000000", 8)
        more.border(p, "bottom", "000000", 8 if k == 0 else 12)
        add_run(p, line, 14, False, SERIF)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "a04.docx"
        d.save(str(src))
        path.write_bytes(base.lo_pdf(src, Path(tmp)).read_bytes())
    n = more.pages(path)
    assert 4 <= n <= 7, f"{path.name}: {n} pages"
    first = [ln for ln in more.pdftext(path, 1).splitlines() if ln.strip()]
    assert more.squash(first[0]) == more.squash(A04_ORG), first[0]
    for page in range(2, n + 1):
        lines = [ln for ln in more.pdftext(path, page).splitlines() if ln.strip()]
        assert more.squash(lines[0]) == more.squash(A04_NO), (page, lines[0])
    gold: Gold = {
        "title": "".join(A04_TITLE),
        "headings": headings,
        "must_have": must,
        "running": [A04_NO],
        "must_not_have": [A04_ATTACH, *A04_RECORD],
        "note": (
            f"{n} pages (Word -> LibreOffice), a 公文 通知: page 1 opens with the red "
            f"letterhead {A04_ORG} (40 pt bold red, condensed) and the document number "
            "over a thick red rule: both metadata; the title is two centred 22 pt bold "
            "lines (joined; split inside the phrase as 公文 titles are); the addressee "
            "line and the maker's 现就有关事项通知如下： are neither headings nor scored "
            "body; 一、 lines (黑体-like bold sans, body size, indented) level 1, （一） "
            "lines (bold 楷体) level 2; paragraphs opening 1．/2．/3． (the number typed "
            "in front of a whole paragraph whose first sentence is a run-in lead) are "
            "body, not headings; the header (the document number, from page 2: different "
            "first page) is running (the number line on page 1 is metadata, not body); "
            "the 附件 line and the 抄送/印发 record between rules at the end are "
            "boilerplate: must_not_have; the signature (organisation, date) and "
            "（此件公开发布） are metadata; — N — page numbers not listed"
        ),
    }
    pdf_check(path, gold, used)
    return gold


# ------------------------------------------------------------------ a05/a06 scans

A05_TITLE = "关于扩大内需与推进城镇化的调研报告"
A05_HEADER = "调研与参考　2013年第5期"
A05_OUTLINE: list[tuple[str, list[tuple[str, list[int]]]]] = [
    ("一、扩大内需和区域协调发展", [("（一）扩大国内需求", [13]), ("（二）促进区域协调", [14])]),
    (
        "二、城镇化与民生保障",
        [
            ("（一）积极稳妥推进城镇化", [15]),
            ("（二）就业和社会保障", [17, 18]),
            ("（三）医疗卫生和住房保障", [19, 21]),
        ],
    ),
]
A05_WANT = [0, 2, 3, 5, 6]

A06_TITLE = "东川省创新驱动与产业升级专题研究报告"
A06_HEADER = "东川省发展研究中心　专题研究"
A06_FOOTER = "内部资料　注意保存"
A06_OUTLINE: list[tuple[str, list[tuple[str, list[int]]]]] = [
    (
        "第一章 产业结构调整",
        [("第一节 推动制造业转型", [43]), ("第二节 培育新兴产业和服务业", [44, 45])],
    ),
    (
        "第二章 科技创新",
        [
            ("第一节 体制创新", [46]),
            ("第二节 企业创新主体", [47, 48]),
            ("第三节 促进创业就业", [49, 50]),
        ],
    ),
]
A06_WANT = [1, 3, 4, 5, 6]
A06_ANGLES = (0.8, -1.2)


def scan(src: Path, out: Path, dpi: int, angles: tuple[float, ...], tmp: Path) -> None:
    """Render ``src`` at ``dpi`` in grey, turn each page by its angle (0: straight,
    clean), add a few specks to turned pages, and OCR the image PDF (no deskewing)."""
    import random

    from PIL import Image, ImageDraw

    cmd = ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(tmp / "pg")]
    subprocess.run(cmd, check=True, timeout=300)
    rng = random.Random(17)
    imgs = []
    for png, angle in zip(sorted(tmp.glob("pg*.png")), angles, strict=True):
        im = Image.open(png).convert("L")
        if angle:
            im = im.point(lambda v: min(v, 238))
            im = im.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=238)
            draw = ImageDraw.Draw(im)
            for _ in range(250):
                x, y, r = rng.randrange(im.width), rng.randrange(im.height), rng.choice((1, 2))
                draw.ellipse((x, y, x + r, y + r), fill=rng.randrange(80, 170))
        imgs.append(im)
    img_pdf = tmp / "img.pdf"
    imgs[0].save(img_pdf, resolution=float(dpi), save_all=True, append_images=imgs[1:])
    base.ocr(img_pdf, out)


def scan_source(
    paras: list[str],
    title: str,
    header: str,
    outline: list[tuple[str, list[tuple[str, int | list[int]]]]] | Any,
    style: dict[str, Any],
) -> tuple[Any, list[dict[str, Any]], list[str]]:
    """The report to be scanned: header, footer, title, two heading levels, body."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    d = docx.Document()
    more.a4(d, *style["margins"])
    more.cjk_font(d.styles["Normal"], SERIF, style["body"])
    d.styles["Normal"].paragraph_format.line_spacing = style["spacing"]
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = style["header_align"]
    add_run(hp, header, 10.5, False, SERIF)
    more.border(hp, "bottom", "000000", 6)
    fp = sec.footer.paragraphs[0]
    if style.get("footer"):
        fp.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
        more.border(fp, "top", "000000", 4)
        add_run(fp, style["footer"] + "\t第 ", 10.5)
        more.add_field(fp, "PAGE")
        add_run(fp, " 页", 10.5)
    else:
        prev4.page_footer(fp, "- ", " -")
        for r in fp.runs:
            r.font.size = Pt(10.5)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(14)
    add_run(p, title, style["title"], True, SANS)
    headings: list[dict[str, Any]] = []
    used: list[str] = []
    for h1, subs in outline:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(4)
        if style["h1_centre"]:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_run(p, h1, style["h1"], True, SANS)
        headings.append({"text": h1, "level": 1})
        for h2, idx in subs:
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(2 * style["body"])
            p.paragraph_format.space_before = Pt(4)
            add_run(p, h2, style["h2"], True, style["h2_font"])
            headings.append({"text": h2, "level": 2})
            for i in idx:
                body_para(d, paras[i], style["body"], style["spacing"])
                used.append(paras[i])
    return d, headings, used


def nfkc(s: str) -> str:
    """As the scorer compares: NFKC-folded, whitespace removed."""
    return more.squash(unicodedata.normalize("NFKC", s))


def band(pdf: Path, page: int, y: int, h: int) -> str:
    """The text of a horizontal band of an A4 page (``pdftotext -layout`` cropped):
    the header or footer zone of a scan, whatever lines OCR split it into."""
    crop = ["-x", "0", "-y", str(y), "-W", "595", "-H", str(h)]
    cmd = ["pdftotext", "-layout", "-f", str(page), "-l", str(page), *crop, str(pdf), "-"]
    return subprocess.run(cmd, check=True, capture_output=True, timeout=60).stdout.decode()


def scan_gold(
    path: Path, title: str, headings: list[dict[str, Any]], used: list[str], want: list[int]
) -> tuple[Gold, list[str], list[str], list[str]]:
    """Gold for a scan: passages OCR read (nearest readable swaps), title and headings
    as printed; returns the gold, the OCR text of the header and footer bands of each page, swaps and
    the title/headings that OCR misread."""
    text = more.pdftext(path)
    chosen, swaps = prev6.pick_readable(used, want, text)
    firsts, lasts = [], []
    for page in range(1, more.pages(path) + 1):
        firsts.append(more.squash(band(path, page, 0, 60)))
        lasts.append(more.squash(band(path, page, 785, 57)))
    have = nfkc(text)
    garbled = [t for t in (title, *(h["text"] for h in headings)) if nfkc(t) not in have]
    gold: Gold = {
        "title": title,
        "headings": headings,
        "must_have": [base.clause(used[i]) for i in chosen],
        "running": sorted(set(firsts)),
        "must_not_have": [],
        "note": "",
    }
    assert prev8.in_order(text, gold["must_have"]), path.name
    return gold, firsts, lasts, swaps + [f"misread: {', '.join(garbled)}"] * bool(garbled)


def ocr_tail(swaps: list[str]) -> str:
    out = ""
    moved = [s for s in swaps if not s.startswith("misread")]
    if moved:
        out += "; OCR garbled the start of some chosen paragraphs, replaced: " + ", ".join(moved)
    bad = [s for s in swaps if s.startswith("misread")]
    if bad:
        out += "; OCR " + bad[0].replace("misread:", "misread (gold keeps them as printed):")
    return out


def build_scan_300(path: Path, year: int) -> Gold:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paras = third.whole(year, None)
    style = {
        "margins": (2.6, 2.4, 2.8, 2.6),
        "body": 12,
        "spacing": 1.45,
        "title": 18,
        "h1": 15,
        "h2": 13,
        "h2_font": SANS,
        "h1_centre": False,
        "header_align": WD_ALIGN_PARAGRAPH.CENTER,
    }
    d, headings, used = scan_source(paras, A05_TITLE, A05_HEADER, A05_OUTLINE, style)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        d.save(str(tmp / "src.docx"))
        src = base.lo_pdf(tmp / "src.docx", tmp)
        assert more.pages(src) == 2, f"scan source has {more.pages(src)} pages"
        printed = more.squash(more.pdftext(src))
        for s in (A05_TITLE, A05_HEADER, *(h["text"] for h in headings)):
            assert more.squash(s) in printed, s
        scan(src, path, 300, (0.0, 0.0), tmp)
    gold, firsts, lasts, swaps = scan_gold(path, A05_TITLE, headings, used, A05_WANT)
    assert all(firsts), firsts
    read = [f"-{p}-" in last for p, last in enumerate(lasts, 1)]
    gold["note"] = (
        "two pages of a LibreOffice report rasterised at 300 dpi (grey, straight, clean) "
        "and given a Tesseract text layer by ocrmypdf -l chi_sim; the running header "
        "(issue line of the series, centred, ruled) is OCR text, and running lists it as "
        f"the layer spells it (spaces aside; on the two pages: {' / '.join(firsts)}); "
        f"the - N - page numbers were read on {sum(read)} of 2 pages (not listed); title "
        "(18 pt bold sans, centred) and headings as printed in the source PDF: 一、 lines "
        "15 pt bold sans level 1, （一） lines 13 pt bold sans level 2; must_have are "
        "paragraph starts checked to be in the OCR text layer (spaces ignored)" + ocr_tail(swaps)
    )
    third.no_clash(path.name, used, gold)
    return gold


def build_scan_rotated(path: Path, year: int) -> Gold:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paras = third.whole(year, None)
    style = {
        "margins": (2.5, 2.5, 2.7, 2.7),
        "body": 11.5,
        "spacing": 1.5,
        "title": 20,
        "h1": 16,
        "h2": 13.5,
        "h2_font": KAI,
        "h1_centre": True,
        "header_align": WD_ALIGN_PARAGRAPH.RIGHT,
        "footer": A06_FOOTER,
    }
    d, headings, used = scan_source(paras, A06_TITLE, A06_HEADER, A06_OUTLINE, style)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        d.save(str(tmp / "src.docx"))
        src = base.lo_pdf(tmp / "src.docx", tmp)
        assert more.pages(src) == 2, f"scan source has {more.pages(src)} pages"
        printed = more.squash(more.pdftext(src))
        for s in (A06_TITLE, A06_HEADER, A06_FOOTER, *(h["text"] for h in headings)):
            assert more.squash(s) in printed, s
        scan(src, path, 200, A06_ANGLES, tmp)
    gold, firsts, lasts, swaps = scan_gold(path, A06_TITLE, headings, used, A06_WANT)
    assert all(firsts), firsts
    # the footer line as OCR spelt it, less its page number
    feet = [re.sub(r"[|｜]?第[^第]{0,3}页?$", "", last) for last in lasts]
    assert all(feet), lasts
    gold["running"] = sorted(set(firsts) | set(feet))
    gold["note"] = (
        "two pages of a LibreOffice report rasterised at 200 dpi (grey paper, specks) "
        f"and turned by {', '.join(f'{a:+.1f}' for a in A06_ANGLES)} degrees, given a "
        "Tesseract text layer by ocrmypdf -l chi_sim without deskewing; the running "
        "header (the centre's name and 专题研究, right, ruled) and the footer "
        f"({A06_FOOTER} left, 第 N 页 at a right tab, over a rule) are OCR text: running "
        f"lists them as the layer spells them (spaces aside; headers: {' / '.join(firsts)}; "
        f"footers as read, page number cut: {' / '.join(feet)}); title (20 pt bold "
        "sans) and headings as printed in the source PDF: 第一章 lines (16 pt bold sans, "
        "centred) level 1, 第一节 lines (13.5 pt bold 楷体, indented) level 2, the "
        "numbering restarting in each chapter; must_have are paragraph starts checked "
        "to be in the OCR text layer (spaces ignored)" + ocr_tail(swaps)
    )
    third.no_clash(path.name, used, gold)
    return gold


BUILDERS: dict[str, tuple[Any, int]] = {
    "a01_docx_list_number_summary.docx": (build_list_number_docx, 2015),
    "a02_lo_chinese_list_summary.pdf": (build_chinese_list_pdf, 2017),
    "a03_lo_feasibility_study.pdf": (build_feasibility, 2016),
    "a04_lo_gov_notice_redhead.pdf": (build_gov_notice, 2014),
    "a05_ocr_scan_300dpi.pdf": (build_scan_300, 2013),
    "a06_ocr_scan_rotated.pdf": (build_scan_rotated, 2015),
}
SOURCE_HEAD = (
    "# Documents made with real tools, seventeenth set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each a pattern common in real Chinese reports: PDF/DOCX a01-a06 by\n"
    "`python eval/make_realdocs17_files.py`, HTML pages (a07 on) by their own script.\n"
    "Texts come only from the public government work reports 2013–2017 in\n"
    "`../shared/data/gov-work-reports`; the outputs are committed so tests and CI need\n"
    "none of the tools. Gold (`gold/<file>.json`, the format of\n"
    "`../shared/data/realdocs-dev`) is written by the scripts from what they put in each\n"
    "document, as a reader reads it and never from reader output, titles and headings\n"
    "as printed: the title, the headings with levels, the running headers that must not\n"
    "reach the body, passages (each one's first 18 characters) that must appear in\n"
    "order, boilerplate that must not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)
ROWS = [
    "| a01_docx_list_number_summary.docx | python-docx 1.2 (+ numbering.xml multilevel list), gwr 2015 (`eval/make_realdocs17_files.py`, as a02-a06) | Word-like 工作总结: Title-style title, author and date lines (metadata), bold `List Number`/`List Number 2` headings numbered 1./1.1 by a multilevel list (numbers in no run: gold without them), `List Bullet` and `（1）`-numbered List Paragraph items inside sections (body, not headings), page-number footer |",
    "| a02_lo_chinese_list_summary.pdf | python-docx 1.2 → LibreOffice 7.4, gwr 2017 | the same kind of summary with `List Number`/`List Number 2` headings numbered `一、`/`（一）` by a chineseCounting multilevel list with no tab (printed: gold with numbers), bullets and `1.`-numbered items in the body, ruled company header on every page (running), `第 N 页` footer |",
    "| a03_lo_feasibility_study.pdf | python-docx 1.2 (+ footnotes XML) → LibreOffice 7.4, gwr 2016 | 可行性研究报告: cover with a two-line big title and a 项目名称/建设单位/编制单位/编制日期 form table (metadata), typed 目录 page with dot leaders and page numbers (neither), typed bold `1`/`1.1`/`1.1.1` headings without heading styles, section break: header (short name, running) and `第 X 页 共 Y 页` only in the body section, two footnotes, an estimate table |",
    "| a04_lo_gov_notice_redhead.pdf | python-docx 1.2 → LibreOffice 7.4, gwr 2014 | 公文 通知: red letterhead and document number over a red rule (metadata), two-line centred title, addressee, `一、` (bold sans) and `（一）` (bold Kai) headings, `1．` run-in numbered paragraphs (body), document-number header from page 2 (running), 附件 line and 抄送/印发 record (must_not_have), signature, `— N —` |",
    "| a05_ocr_scan_300dpi.pdf | python-docx 1.2 → LibreOffice 7.4 → `pdftoppm -r 300 -gray` → `ocrmypdf -l chi_sim`, gwr 2013 | two straight clean 300 dpi scanned pages: title, `一、`/`（一）` bold headings, centred ruled header line (running, as OCR spells it), `- N -` page numbers |",
    "| a06_ocr_scan_rotated.pdf | python-docx 1.2 → LibreOffice 7.4 → `pdftoppm -r 200 -gray`, Pillow rotation (+0.8°, −1.2°) and specks → `ocrmypdf -l chi_sim` (no deskew), gwr 2015 | two turned 200 dpi scanned pages: centred `第一章` and indented `第一节` (Kai) headings restarting per chapter, right-aligned ruled header and `内部资料　注意保存 … 第 N 页` footer (both running, as OCR spells them) |",
]


def main(argv: list[str] | None = None) -> int:
    return more.make_set(argv, __doc__, BUILDERS, "realdocs-made17", ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
