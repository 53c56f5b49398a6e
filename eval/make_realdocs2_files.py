# ruff: noqa: E501  (the SOURCE.md rows are kept on one line each)
"""Make the PDF/DOCX documents of ``realdocs-made2`` with real tools, and their gold.

A second set of development documents after ``make_realdocs.py`` (whose helpers it
reuses), each one a layout pattern met in real Chinese documents, with texts only from
the public government work reports 2013-2017 (../shared/data/gov-work-reports):

- ``n01_lo_gov_notice.pdf``: an official document (公文) made in Word and converted by
  LibreOffice: the issuing office in large red type (``东川省人民政府文件``), a document
  number line (``东政发〔2016〕12号``), a red rule, a two-line centred 22 pt title (one
  paragraph with a line break), an addressee line, headings as bold runs in indented
  Normal paragraphs (``一、`` level 1, ``（一）`` level 2, ``1.`` level 3), page numbers
  ``— 3 —`` in odd/even footers, the issuer and date right-aligned at the end and a
  distribution block (``抄送：``, ``印发``) under rules;
- ``n02_lo_manual_toc_noleader.pdf``: a manual: a title page (company name in small type,
  the title, ``V1.2``, a date), a table of contents with no ``目录`` heading and no
  dotted leaders (entry, plain tab, right-aligned page number), Heading 1/Heading 2
  whose numbers ``1``/``1.1`` come from Word multilevel numbering linked to the styles
  (in numbering.xml, not in the text runs), a company header from page 2 on (different
  first page) and a ``第 N 页 共 M 页`` footer made of PAGE/NUMPAGES fields;
- ``n03_ctexrep.pdf``: a XeLaTeX ``ctexrep`` report (twoside): a ``\\maketitle`` title
  page, an unnumbered ``摘要`` chapter with a ``关键词：`` line, ``\\tableofcontents``,
  chapters printed ``第一章 绪论``, sections ``1.1``, short itemize items, a ruled table
  (``表 1.1``) and a boxed figure placeholder (``图 2.1``), fancyhdr headers (chapter mark
  on even pages, section mark on odd pages, a fixed institute name) and page numbers
  in the footer, roman page numbers in the front matter;
- ``n04_docx_outline_styles.docx``: a DOCX from a Chinese template: the title in a
  one-cell table on a cover page (no ``Title`` style, no core-properties title),
  headings in custom styles ``一级标题``/``二级标题`` (based on Normal, bold, larger)
  that carry ``w:outlineLvl`` 0/1 instead of being Heading styles, level-2 headings
  without numbers, an organisation name in the page header;
- ``n05_ocr_report.pdf``: a two-page report (20 pt title, 16 pt ``一、``/``二、``
  headings, 12 pt body) rendered by LibreOffice, rasterised (``pdftoppm -r 200``) and
  given a text layer by ``ocrmypdf -l chi_sim``;
- ``n06_lo_datasheet.pdf``: a technical specification (Word -> LibreOffice): headings
  ``1``/``1.1``/``1.1.1`` typed in Heading 1-3 styles, ruled tables (``Table Grid``) of
  short cells, paragraphs whose last line holds only a few characters ending in
  ``。``, bullet lines ``• xxx；`` that are not headings, a document number header
  (``文件编号：QS-2016-018``) on every page and a page-number footer.

Gold is written from what each builder put in the document; titles and headings are
checked against the printed text (``pdftotext``) so that gold is as printed.  Run once;
the outputs are committed, so nothing else needs LibreOffice, XeLaTeX or OCRmyPDF:

    python eval/make_realdocs2_files.py [--out eval/data/realdocs-made2]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base

ROOT = Path(__file__).resolve().parents[1]
MINE = ("n01_", "n02_", "n03_", "n04_", "n05_", "n06_")
Gold = dict[str, Any]


def body(year: int, n: int, skip: int, drop: tuple[int, ...] = ()) -> list[str]:
    """``n`` of ``base.paragraphs`` from ``skip`` on, less the source lines that start in
    mid-sentence (indices in ``drop``) or end in mid-sentence (no final 。)."""
    ps = base.paragraphs(year, 1000, skip)
    ps = [p for i, p in enumerate(ps) if i not in drop and p.endswith("。")]
    assert len(ps) >= n, f"gwr_{year}: {len(ps)} paragraphs from {skip}"
    return ps[:n]


def pdftext(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    """The text of a PDF (or of pages ``first``..``last``) as ``pdftotext -layout`` prints it."""
    cmd = ["pdftotext", "-layout"]
    if first is not None:
        cmd += ["-f", str(first), "-l", str(last if last is not None else first)]
    out = subprocess.run([*cmd, str(pdf), "-"], check=True, capture_output=True, timeout=120)
    return out.stdout.decode("utf-8")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, timeout=60)
    m = re.search(r"^Pages:\s+(\d+)", out.stdout.decode(), re.M)
    assert m, "pdfinfo gave no page count"
    return int(m.group(1))


def check_printed(pdf: Path, gold: Gold) -> None:
    """Every gold title, heading and passage must be printed in the PDF (spaces ignored)."""
    text = squash(pdftext(pdf))
    wanted = [gold["title"]] if gold.get("title") else []
    wanted += [h["text"] for h in gold["headings"]] + list(gold["must_have"])
    wanted += list(gold.get("running", [])) + list(gold.get("must_not_have", []))
    missing = [w for w in wanted if squash(w) not in text]
    if missing:
        raise SystemExit(f"{pdf.name}: not printed as in gold: {missing}")


# ------------------------------------------------------------------ DOCX helpers


def a4(
    doc: Any, top: float = 2.54, bottom: float = 2.54, left: float = 2.8, right: float = 2.6
) -> None:
    from docx.shared import Cm

    for s in doc.sections:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
        s.left_margin, s.right_margin = Cm(left), Cm(right)


def cjk_font(style: Any, name: str, size: float | None = None) -> None:
    """Set the East Asian (and Latin) font of a style."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style.font.name = name
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size is not None:
        style.font.size = Pt(size)


def add_field(paragraph: Any, instr: str) -> None:
    """A complex field (``PAGE``, ``NUMPAGES``) in a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fld(kind: str) -> None:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(el)

    fld("begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    paragraph.add_run()._r.append(it)
    fld("separate")
    paragraph.add_run("1")
    fld("end")


def border(paragraph: Any, side: str, color: str = "000000", size: int = 8) -> None:
    """A rule above (``top``) or below (``bottom``) a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    for k, v in (("val", "single"), ("sz", str(size)), ("space", "1"), ("color", color)):
        el.set(qn(f"w:{k}"), v)
    bdr.append(el)


# ------------------------------------------------------------- n01 公文 notice

GOV_TITLE = ("东川省人民政府关于落实《政府工作报告》", "重点工作部门分工的实施意见")
GOV_NO = "东政发〔2016〕12号"
# (heading, level, paragraphs under it)
GOV_OUTLINE: list[tuple[str, int, int]] = [
    ("一、加快转变政府职能", 1, 1),
    ("二、扩大全方位对外开放", 1, 0),
    ("（一）主动扩大开放", 2, 1),
    ("（二）推动出口升级", 2, 1),
    ("（三）加快走出去步伐", 2, 2),
    ("三、扩大内需和加强农业", 1, 1),
    ("（一）促进消费和投资", 2, 0),
    ("1.扩大消费需求", 3, 1),
    ("2.发挥投资关键作用", 3, 1),
    ("（二）强化农业农村工作", 2, 1),
    ("1.强化农业支持保护", 3, 1),
    ("2.积极推进农村改革", 3, 1),
    ("3.创新扶贫开发方式", 3, 1),
    ("四、推进新型城镇化", 1, 1),
    ("（一）推进农业转移人口市民化", 2, 2),
    ("（二）加强城镇化管理创新", 2, 1),
    ("五、保障和改善民生", 1, 0),
    ("（一）推进社会治理创新", 2, 1),
    ("（二）促进就业和增加收入", 2, 2),
    ("（三）抓好安全生产", 2, 1),
]


def build_gov_notice(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt, RGBColor

    paras = iter(body(year, 21, skip=26, drop=(17, 22)))
    d = docx.Document()
    a4(d, top=3.7, bottom=3.5, left=2.8, right=2.6)
    normal = d.styles["Normal"]
    cjk_font(normal, "Noto Serif CJK SC", 16)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    d.settings.odd_and_even_pages_header_footer = True

    def line(text: str, size: float = 16, bold: bool = False, align: Any = None) -> Any:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.font.size, r.bold = Pt(size), bold
        if align is not None:
            p.alignment = align
        return p

    def text_para(text: str) -> None:
        d.add_paragraph(text).paragraph_format.first_line_indent = Pt(32)

    # 版头: issuing office in red, document number, red rule
    office = line("东川省人民政府文件", 36, True, WD_ALIGN_PARAGRAPH.CENTER)
    office.paragraph_format.line_spacing = Pt(60)
    office.runs[0].font.color.rgb = RGBColor(0xE0, 0, 0)
    d.add_paragraph()
    num = line(GOV_NO, 16, False, WD_ALIGN_PARAGRAPH.CENTER)
    border(num, "bottom", "E00000", 18)
    d.add_paragraph()
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.paragraph_format.line_spacing = Pt(36)
    r = t.add_run(GOV_TITLE[0])
    r.font.size, r.bold = Pt(22), True
    r.add_break()
    r = t.add_run(GOV_TITLE[1])
    r.font.size, r.bold = Pt(22), True
    d.add_paragraph()
    line("各市人民政府，省政府各部门：")
    text = next(paras)
    text_para(text)
    must = [base.clause(text)]
    headings: list[dict[str, Any]] = []
    keep = {("一、加快转变政府职能", 0), ("（三）加快走出去步伐", 0), ("四、推进新型城镇化", 0)}
    keep.add(("（三）抓好安全生产", 0))
    for h, level, n in GOV_OUTLINE:
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        p.add_run(h).bold = True
        headings.append({"text": h, "level": level})
        for k in range(n):
            text = next(paras)
            text_para(text)
            if (h, k) in keep:
                must.append(base.clause(text))
    # issuer and date, right-aligned, four characters from the margin
    d.add_paragraph()
    d.add_paragraph()
    for s in ("东川省人民政府", "2016年3月28日"):
        p = line(s, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(64)
    line("（此件公开发布）").paragraph_format.first_line_indent = Pt(32)
    d.add_paragraph()
    d.add_paragraph()
    cc = line("抄送：省委各部门，省人大常委会办公厅，省政协办公厅。", 14)
    border(cc, "top")
    border(cc, "bottom")
    cc.paragraph_format.left_indent = Pt(14)
    issued = line("东川省人民政府办公厅　　　　　　　2016年3月29日印发", 14)
    border(issued, "bottom")
    issued.paragraph_format.left_indent = Pt(14)
    # page numbers 「— N —」: odd pages right, even pages left
    sec = d.sections[0]
    for footer, align in (
        (sec.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        fp = footer.paragraphs[0]
        fp.alignment = align
        fp.add_run("— ")
        add_field(fp, "PAGE")
        fp.add_run(" —")
        for run in fp.runs:
            run.font.size = Pt(14)
    src = path.with_suffix(".docx")
    d.save(str(src))
    assert base.lo_pdf(src, path.parent) == path
    return {
        "title": "".join(GOV_TITLE),
        "headings": headings,
        "must_have": must,
        "running": [],
        "must_not_have": [GOV_NO, "东川省人民政府文件", "2016年3月29日印发"],
        "note": (
            "公文: the red issuing-office line, the document number and the 抄送/印发 block "
            "are the document's header and distribution metadata, not title, headings or "
            "body; the title is the two printed lines joined; the addressee line, the "
            "issuer and date and （此件公开发布） are left unscored; headings are bold runs "
            "in indented Normal paragraphs, 1. items are level 3; page numbers — N — are "
            "not listed"
        ),
    }


# --------------------------------------------------- n02 manual, TOC without leaders

MANUAL_COMPANY = "北辰智能科技有限公司"
MANUAL_TITLE = "政务数据共享平台用户手册"
# (Heading 1, [(Heading 2, paragraphs under it)]); one paragraph under each Heading 1
MANUAL_OUTLINE: list[tuple[str, list[tuple[str, int]]]] = [
    ("产品概述", [("适用范围", 2), ("术语说明", 1)]),
    ("功能说明", [("数据汇聚", 2), ("共享交换", 2), ("安全管理", 1)]),
    ("运行维护", [("日常巡检", 2)]),
    ("常见问题", []),
]


def numbered(outline: list[tuple[str, list[tuple[str, int]]]]) -> list[tuple[str, int]]:
    """The headings with the numbers Word's multilevel list prints (``1``, ``1.1``)."""
    out: list[tuple[str, int]] = []
    for i, (h1, h2s) in enumerate(outline, 1):
        out.append((f"{i} {h1}", 1))
        out += [(f"{i}.{j} {h2}", 2) for j, (h2, _n) in enumerate(h2s, 1)]
    return out


def heading_numbering(doc: Any) -> None:
    """Link Heading 1/2 to a multilevel list ``%1``/``%1.%2`` in numbering.xml."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = doc.part.numbering_part.element
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading1"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(absnum.tag.replace("abstractNum", "num"))
    if first_num is not None:
        first_num.addprevious(absnum)  # every abstractNum before the first num
    else:
        numbering.append(absnum)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    for lvl, name in enumerate(("Heading 1", "Heading 2")):
        num_pr = doc.styles[name].element.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = lvl
        num_pr.get_or_add_numId().val = 90


def manual_docx(path: Path, paras: list[str], toc_pages: list[int]) -> list[str]:
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    d = docx.Document()
    a4(d, left=2.5, right=2.5)
    cjk_font(d.styles["Normal"], "Noto Sans CJK SC", 12)
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    for name in ("Heading 1", "Heading 2"):
        cjk_font(d.styles[name], "Noto Sans CJK SC")
    heading_numbering(d)
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    # title page
    d.add_paragraph().add_run(MANUAL_COMPANY).font.size = Pt(10)
    for _ in range(5):
        d.add_paragraph()
    for text, size, bold in ((MANUAL_TITLE, 26, True), ("V1.2", 16, False)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size, r.bold = Pt(size), bold
    for _ in range(7):
        d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("2017年3月").font.size = Pt(14)
    # table of contents in its own section: no heading, plain right tab, no leader
    d.add_section(WD_SECTION.NEW_PAGE).different_first_page_header_footer = False
    for (text, level), page in zip(numbered(MANUAL_OUTLINE), toc_pages, strict=True):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.9 * (level - 1))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(f"{text}\t{page}")
    d.add_section(WD_SECTION.NEW_PAGE).different_first_page_header_footer = False
    # header (pages 2-) and footer 「第 N 页 共 M 页」
    for s in d.sections:
        s.header.is_linked_to_previous = False
        s.footer.is_linked_to_previous = False
        s.header.paragraphs[0].text = MANUAL_COMPANY
        s.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("第 ")
        add_field(fp, "PAGE")
        fp.add_run(" 页 共 ")
        add_field(fp, "NUMPAGES")
        fp.add_run(" 页")
    it = iter(paras)
    must: list[str] = []
    for h1, h2s in MANUAL_OUTLINE:
        d.add_paragraph(h1, style="Heading 1")
        text = next(it)
        d.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
        must.append(base.clause(text))
        for h2, n in h2s:
            d.add_paragraph(h2, style="Heading 2")
            for k in range(n):
                text = next(it)
                d.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
                if (h2, k) == ("共享交换", 0):
                    must.append(base.clause(text))
    d.save(str(path))
    return must


def build_manual(path: Path, year: int) -> Gold:
    paras = body(year, 14, skip=30, drop=(9, 12, 18))
    heads = numbered(MANUAL_OUTLINE)
    toc = [3] * len(heads)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".docx")
        for _ in range(3):  # typeset, read where each heading fell, set the TOC numbers
            must = manual_docx(src, paras, toc)
            pdf = base.lo_pdf(src, Path(tmp))
            found, page = [], 1
            for text, _level in heads:  # a line that is the heading alone (not a TOC line)
                while squash(text) not in [squash(ln) for ln in pdftext(pdf, page).splitlines()]:
                    page += 1
                    assert page <= pages(pdf), text
                found.append(page)
            if found == toc:
                break
            toc = found
        shutil.copy(pdf, path)
    gold: Gold = {
        "title": MANUAL_TITLE,
        "headings": [{"text": t, "level": lv} for t, lv in heads],
        "must_have": must,
        "running": [MANUAL_COMPANY],
        "must_not_have": [],
        "note": (
            "the heading numbers are printed by Word's automatic numbering (not in the "
            "text runs); gold is as printed. The TOC page has no 目录 line and no leaders: "
            "its lines are neither headings nor body. V1.2 and the date on the title page "
            "are metadata; the company line on the title page is not the title"
        ),
    }
    return gold


# ------------------------------------------------------------------ n03 ctexrep

REP_TITLE = "区域协调发展与结构性改革研究报告"
REP_FIXED = "东川发展研究院"
# chapters of unequal length, so that odd pages that start no chapter show the section mark
REP_CHAPTERS: list[tuple[str, list[str]]] = [
    ("绪论", ["研究背景", "研究内容", "研究方法"]),
    ("改革进展", ["对外开放格局", "消费与农业", "城乡建设"]),
    ("结论与建议", ["主要结论", "政策建议"]),
]
ZH_NUM = "一二三四五六七八九"


def tex_escape(s: str) -> str:
    return re.sub(r"([%&#_$])", r"\\\1", s)


def build_ctexrep(path: Path, year: int) -> Gold:
    it = iter(body(year, 20, skip=28))
    abstract = next(it)
    parts = [
        "\\chapter*{摘要}\\addcontentsline{toc}{chapter}{摘要}",
        tex_escape(abstract),
        "\\vspace{1em}\\noindent 关键词：结构性改革；区域协调；投融资体制；对外开放",
        "\\tableofcontents",
        "\\cleardoublepage\\pagenumbering{arabic}",
    ]
    headings: list[dict[str, Any]] = [{"text": "摘要", "level": 1}]
    must = [base.clause(abstract)]
    for i, (ch, secs) in enumerate(REP_CHAPTERS, 1):
        parts.append(f"\\chapter{{{ch}}}")
        headings.append({"text": f"第{ZH_NUM[i - 1]}章 {ch}", "level": 1})
        text = next(it)
        parts.append(tex_escape(text))
        if i in (2, 3):
            must.append(base.clause(text))
        for j, sec in enumerate(secs, 1):
            parts.append(f"\\section{{{sec}}}")
            headings.append({"text": f"{i}.{j} {sec}", "level": 2})
            text = next(it)
            parts.append(tex_escape(text))
            if (i, j) in ((1, 2), (3, 2)):
                must.append(base.clause(text))
            if (i, j) == (1, 2):
                parts.append(
                    "本报告重点研究以下问题：\n\\begin{itemize}\n"
                    "\\item 简政放权与投融资体制；\n\\item 价格改革与财税改革；\n"
                    "\\item 对外开放新格局。\n\\end{itemize}"
                )
            if (i, j) == (1, 1):
                parts.append(
                    "\\begin{table}[htbp]\\centering\\caption{主要经济指标}\n"
                    "\\begin{tabular}{|l|c|c|}\\hline\n指标 & 2014年 & 2015年预期 \\\\ \\hline\n"
                    "国内生产总值增长 & 7.4\\% & 7\\%左右 \\\\ \\hline\n"
                    "居民消费价格涨幅 & 2\\% & 3\\%左右 \\\\ \\hline\n"
                    "城镇新增就业 & 1322万人 & 1000万人以上 \\\\ \\hline\n"
                    "\\end{tabular}\\end{table}"
                )
            if (i, j) == (2, 1):
                parts.append(
                    "\\begin{figure}[htbp]\\centering\n"
                    "\\fbox{\\parbox[c][4cm][c]{9cm}{\\centering\\ }}\n"
                    "\\caption{对外开放合作示意}\\end{figure}"
                )
            if (i, j) == (3, 2):
                parts.append(
                    "\\begin{itemize}\n\\item 继续简政放权；\n\\item 加快价格改革；\n"
                    "\\item 扩大对外开放。\n\\end{itemize}"
                )
            parts.append(tex_escape(next(it)))
    tex = (
        "\\documentclass[twoside,a4paper,zihao=-4]{ctexrep}\n"
        "\\usepackage{fancyhdr}\n\\pagestyle{fancy}\\fancyhf{}\n"
        f"\\fancyhead[LE]{{\\leftmark}}\\fancyhead[RE]{{{REP_FIXED}}}\n"
        f"\\fancyhead[LO]{{{REP_FIXED}}}\\fancyhead[RO]{{\\rightmark}}\n"
        "\\fancyfoot[C]{\\thepage}\n"
        "\\fancypagestyle{plain}{\\fancyhf{}\\fancyfoot[C]{\\thepage}"
        "\\renewcommand{\\headrulewidth}{0pt}}\n"
        f"\\title{{{REP_TITLE}}}\\author{{王立新\\quad 李静}}\\date{{2015年12月}}\n"
        "\\begin{document}\\maketitle\\pagenumbering{Roman}\n"
        + "\n\n".join(parts)
        + "\n\\end{document}\n"
    )
    base.xelatex(tex, path)
    return {
        "title": REP_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [REP_FIXED],
        "must_not_have": [],
        "note": (
            "摘要 is printed as an unnumbered chapter heading (same type as 第一章), so it "
            "is a level-1 heading and its paragraph and 关键词 line are body; 目录 and the "
            "TOC lines are neither headings nor body; the chapter/section marks in the "
            "page headers repeat heading texts and must not become headings or body; "
            "table and figure captions are neither"
        ),
    }


# --------------------------------------------------- n04 DOCX with outline styles

DOCX_TITLE = "二〇一三年全省经济社会发展情况报告"
DOCX_ORG = "东川省发展和改革委员会"
# (一级标题, [(二级标题, paragraphs)])
DOCX_OUTLINE: list[tuple[str, int, list[tuple[str, int]]]] = [
    ("一、经济发展", 0, [("主要预期目标", 1), ("扩大国内需求", 1), ("区域协调与城镇化", 2)]),
    ("二、社会建设", 1, [("就业和社会保障", 2), ("卫生与人口", 2), ("住房保障", 1)]),
    ("三、教育科技", 0, [("教育优先发展", 1), ("科技体制改革", 1)]),
]


def build_outline_docx(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    it = iter(body(year, 12, skip=12))
    d = docx.Document()
    a4(d)
    d.core_properties.title = ""
    d.core_properties.author = ""
    cjk_font(d.styles["Normal"], "Noto Serif CJK SC", 12)
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    for name, size, lvl in (("一级标题", 16, 0), ("二级标题", 14, 1)):
        st = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = d.styles["Normal"]
        st.next_paragraph_style = d.styles["Normal"]
        st.font.bold = True
        st.font.size = Pt(size)
        st.paragraph_format.space_before = Pt(12)
        st.paragraph_format.space_after = Pt(6)
        st.paragraph_format.keep_with_next = True
        st.element.get_or_add_pPr().get_or_add_outlineLvl().val = lvl
    d.sections[0].header.paragraphs[0].text = DOCX_ORG
    d.sections[0].header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    # cover: the title in a one-cell table, then the date
    for _ in range(5):
        d.add_paragraph()
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cp = t.cell(0, 0).paragraphs[0]
    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = cp.add_run(DOCX_TITLE)
    r.font.size, r.bold = Pt(24), True
    for _ in range(8):
        d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("二〇一四年一月").font.size = Pt(16)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    for h1, n1, subs in DOCX_OUTLINE:
        d.add_paragraph(h1, style="一级标题")
        headings.append({"text": h1, "level": 1})
        for _ in range(n1):
            d.add_paragraph(next(it)).paragraph_format.first_line_indent = Pt(24)
        for h2, n2 in subs:
            d.add_paragraph(h2, style="二级标题")
            headings.append({"text": h2, "level": 2})
            for k in range(n2):
                text = next(it)
                d.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
                if k == 0 and h2 in ("主要预期目标", "区域协调与城镇化", "卫生与人口", "住房保障"):
                    must.append(base.clause(text))
    must.append(base.clause(text))
    d.save(str(path))
    return {
        "title": DOCX_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [DOCX_ORG],
        "must_not_have": [],
        "note": (
            "the title is the text of the one-cell table on the cover (no Title style, no "
            "core-properties title); headings are the paragraphs in the custom styles "
            "一级标题/二级标题 with outline levels 0/1; the level-2 headings carry no "
            "numbers; the cover date is metadata"
        ),
    }


# --------------------------------------------------------------- n05 OCR report

OCR_TITLE = "关于开放合作与民生保障工作的情况报告"
OCR_HEADS = ("一、开放合作与绿色发展", "二、民生保障与政府建设")


def build_ocr_report(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    from PIL import Image

    paras = body(year, 11, skip=26)
    split = 3
    with tempfile.TemporaryDirectory() as tmp:
        d = docx.Document()
        a4(d, left=2.5, right=2.5)
        cjk_font(d.styles["Normal"], "Noto Serif CJK SC", 12)
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(OCR_TITLE)
        r.font.size, r.bold = Pt(20), True
        for i, text in enumerate(paras):
            if i in (0, split):
                r = d.add_paragraph().add_run(OCR_HEADS[0 if i == 0 else 1])
                r.font.size, r.bold = Pt(16), True
            d.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
        src_docx = Path(tmp) / "src.docx"
        d.save(str(src_docx))
        src = base.lo_pdf(src_docx, Path(tmp))
        assert pages(src) == 2, f"OCR source has {pages(src)} pages"
        subprocess.run(
            ["pdftoppm", "-r", "200", "-png", str(src), str(Path(tmp) / "pg")],
            check=True,
            timeout=120,
        )
        imgs = [Image.open(p).convert("RGB") for p in sorted(Path(tmp).glob("pg*.png"))]
        img_pdf = Path(tmp) / "img.pdf"
        imgs[0].save(img_pdf, resolution=200.0, save_all=True, append_images=imgs[1:])
        base.ocr(img_pdf, path)
    # must_have: paragraphs from both parts whose first 18 characters OCR read right
    text = squash(pdftext(path))
    want = [0, 2, 4, 7, 10]
    spare = [1, 3, 5, 6, 8, 9]
    must_idx: list[int] = []
    swaps: list[str] = []
    for i in want:
        if squash(base.clause(paras[i])) in text:
            must_idx.append(i)
            continue
        for j in sorted(spare, key=lambda j: abs(j - i)):
            if j not in must_idx and squash(base.clause(paras[j])) in text:
                must_idx.append(j)
                spare.remove(j)
                swaps.append(f"paragraph {i + 1} -> {j + 1}")
                break
    must_idx.sort()
    note = (
        "two scanned pages (200 dpi) with a Tesseract text layer; title and headings as "
        "printed, without OCR spaces; must_have are paragraph starts checked to be in "
        "the OCR text layer (spaces ignored)"
    )
    if swaps:
        note += "; OCR garbled the start of some chosen paragraphs, replaced: " + ", ".join(swaps)
    return {
        "title": OCR_TITLE,
        "headings": [{"text": h, "level": 1} for h in OCR_HEADS],
        "must_have": [base.clause(paras[i]) for i in must_idx],
        "running": [],
        "must_not_have": [],
        "note": note,
    }


# ------------------------------------------------------------- n06 datasheet

SPEC_TITLE = "政务服务综合平台技术规格书"
SPEC_NO = "文件编号：QS-2016-018"
# characters one ideograph wide in the body font (no Latin letters or digits)
ONE_EM = re.compile(r"^[\u4e00-\u9fff，。、；：“”《》（）！？]+$")
NO_LINE_START = "。，、；：）”》！？"


def short_tail(p: str, width: int, indent: int, want: range) -> str | None:
    """``p`` cut after a 。 so that its last line should hold ``want`` characters.

    Lines hold ``width`` ideographs (the first ``width - indent``); a closing mark may
    not start a line, so the character before it goes down with it."""
    if not ONE_EM.match(p):
        return None
    for m in reversed(list(re.finditer("。", p))):
        n = m.end()
        tail = (n + indent) % width or width
        if p[n - tail] in NO_LINE_START:
            tail += 1
        if tail in want and n > width:
            return p[:n]
    return None


def build_datasheet(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paras = body(year, 15, skip=52, drop=(6, 10, 11))
    size, width, indent = 10.5, 42, 2
    d = docx.Document()
    # text width 15.6 cm = 442 pt: 42 ideographs of 10.5 pt (441 pt) a line
    a4(d, left=2.70, right=2.70)
    cjk_font(d.styles["Normal"], "Noto Sans CJK SC", size)
    d.styles["Normal"].paragraph_format.space_after = Pt(6)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        cjk_font(d.styles[name], "Noto Sans CJK SC")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = SPEC_NO
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, "PAGE")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(SPEC_TITLE)
    r.font.size, r.bold = Pt(20), True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("版本：A/1　　发布日期：2016年12月").font.size = Pt(9)

    it = iter(paras)
    must: list[str] = []
    shorts: list[str] = []
    headings: list[dict[str, Any]] = []

    def head(text: str, level: int) -> None:
        d.add_heading(text, level=level)
        headings.append({"text": text, "level": level})

    def para(short: bool = False, keep: bool = False) -> None:
        text = next(it)
        if short:
            cut = short_tail(text, width, indent, range(2, 7))
            if cut is not None:
                text = cut
                shorts.append(text)
        d.add_paragraph(text).paragraph_format.first_line_indent = Pt(size * indent)
        if keep:
            must.append(base.clause(text))

    def table(rows: list[tuple[str, ...]]) -> None:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
        d.add_paragraph()

    def bullets(items: list[str]) -> None:
        for b in items:
            d.add_paragraph("• " + b).paragraph_format.left_indent = Pt(size * 2)

    head("1 概述", 1)
    para(keep=True)
    head("1.1 编制依据", 2)
    para()
    para(short=True)
    head("1.2 适用范围", 2)
    para()
    bullets(["政务服务中心；", "各级业务部门；", "基层便民服务站点。"])
    head("2 技术要求", 1)
    head("2.1 主要指标", 2)
    para(keep=True)
    table(
        [
            ("指标", "2016年", "2017年预期"),
            ("经济增长", "6.7%", "6.5%左右"),
            ("居民消费价格", "2%", "3%左右"),
            ("城镇新增就业", "1314万人", "1100万人以上"),
        ]
    )
    head("2.1.1 运行要求", 3)
    para()
    para()
    head("2.1.2 接口要求", 3)
    para()
    bullets(["统一身份认证；", "统一电子证照；", "统一数据交换。"])
    head("2.2 安全要求", 2)
    para(keep=True)
    table(
        [
            ("项目", "要求"),
            ("访问控制", "分级授权"),
            ("数据备份", "每日一次"),
            ("日志保存", "六个月"),
        ]
    )
    para(short=True)
    head("3 实施与验收", 1)
    head("3.1 实施步骤", 2)
    para(short=True)
    para(short=True, keep=True)
    head("3.2 验收", 2)
    para()
    para(short=True, keep=True)
    para()
    src = path.with_suffix(".docx")
    d.save(str(src))
    assert base.lo_pdf(src, path.parent) == path
    # the cut paragraphs must really end in a short line of the PDF
    lines = [ln.strip() for ln in pdftext(path).splitlines() if ln.strip()]
    ok = [s for s in shorts if any(len(ln) <= 6 and s.endswith(ln) for ln in lines)]
    if len(ok) < 3:
        raise SystemExit(f"{path.name}: {len(ok)} paragraphs end in a short line")
    return {
        "title": SPEC_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [SPEC_NO],
        "must_not_have": [],
        "note": (
            f"{len(ok)} paragraphs end in a line of 2-6 characters (…。), which is "
            "the end of the paragraph, not a heading; • lines are body list items; the "
            "version/date line under the title is metadata; table cells are not headings"
        ),
    }


# ------------------------------------------------------------------------ main


SOURCE_HEAD = (
    "# Documents made with real tools, second set (development data)\n\n"
    "Made once by `python eval/make_realdocs2_files.py` (PDF/DOCX, n01-n06) and\n"
    "`python eval/make_realdocs2_pages.py` (HTML pages, n07 on), texts from the public\n"
    "government work reports 2013–2017 in `../shared/data/gov-work-reports`, committed\n"
    "so tests and CI need none of the tools. Gold (`gold/<file>.json`, the format of\n"
    "`../shared/data/realdocs-dev`) is written by the same scripts from what they put in\n"
    "each document, titles and headings as printed: the title, the headings with\n"
    "levels, the running headers that must not reach the body, passages (each one's\n"
    "first 18 characters) that must appear in order, boilerplate that must not, and a\n"
    "note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)


def update_source(
    path: Path, rows: list[str], head: str = SOURCE_HEAD, mine: tuple[str, ...] = MINE
) -> None:
    """Write SOURCE.md, or put this script's rows (files starting with ``mine``) first
    in its table, keeping other rows."""
    if not path.exists():
        path.write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
        return
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = [ln for ln in lines if not ln.startswith(tuple(f"| {m}" for m in mine))]
    sep = next((i for i, ln in enumerate(lines) if ln.startswith("|---")), None)
    if sep is None:
        lines += ["", "| file | made by | what it tests |", "|---|---|---|"]
        sep = len(lines) - 1
    lines[sep + 1 : sep + 1] = rows
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


ROWS = [
    "| n01_lo_gov_notice.pdf | python-docx → LibreOffice (`soffice --headless --convert-to pdf`) | 公文 layout: red issuing-office line, document number `东政发〔2016〕12号`, two-line centred 22 pt title, addressee line, bold-run headings `一、`/`（一）`/`1.` in indented Normal paragraphs, `— N —` odd/even page numbers, issuer and date right-aligned, 抄送/印发 block |",
    "| n02_lo_manual_toc_noleader.pdf | python-docx → LibreOffice | manual: title page (company line, title, `V1.2`, date), a TOC with no 目录 line and no leaders (plain right tab), Heading 1/2 numbered `1`/`1.1` by Word multilevel numbering (numbers not in the text), company header from page 2 (different first page), `第 N 页 共 M 页` footer |",
    "| n03_ctexrep.pdf | XeLaTeX + ctex (`ctexrep`, twoside, `fancyhdr`) | `\\maketitle` title page, `摘要` as an unnumbered chapter with `关键词：`, `\\tableofcontents`, `第一章 绪论`/`1.1` headings, short itemize items, `表 1.1` table, `图 2.1` boxed figure, chapter/section marks and a fixed name in the headers, roman then arabic page numbers |",
    "| n04_docx_outline_styles.docx | python-docx | title in a one-cell table on a cover (no Title style, no core title), headings in custom styles `一级标题`/`二级标题` with `w:outlineLvl` 0/1 (not Heading styles), unnumbered level-2 headings, organisation name in the header |",
    "| n05_ocr_report.pdf | python-docx → LibreOffice → `pdftoppm -r 200` → `ocrmypdf -l chi_sim` (Tesseract 5) | two scanned pages: 20 pt title, 16 pt `一、`/`二、` headings, 12 pt body, OCR spaces and errors |",
    "| n06_lo_datasheet.pdf | python-docx → LibreOffice | technical specification: typed `1`/`1.1`/`1.1.1` headings in Heading styles, `Table Grid` tables with short cells, paragraphs whose last line is a few characters ending in `。`, `• xxx；` bullet lines, document number header `文件编号：QS-2016-018` and page-number footer |",
]


def make_set(
    argv: list[str] | None,
    doc: str | None,
    builders: dict[str, tuple[Any, int]],
    folder: str,
    rows: list[str],
    head: str,
    mine: tuple[str, ...],
    passages: tuple[int, int] = (5, 5),
) -> int:
    """The later makers' command line: build each document (``builders``: file name to
    builder and report year) in a scratch folder, copy it with its gold into
    ``eval/data/<folder>`` (or ``--out``), and put the rows into SOURCE.md. Each gold
    lists between ``passages`` passages (five, unless a set says otherwise)."""
    ap = argparse.ArgumentParser(description=(doc or "").split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "eval" / "data" / folder)
    ap.add_argument("--only", nargs="*", default=None, help="file name prefixes")
    a = ap.parse_args(argv)
    docs, gold = a.out / "docs", a.out / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    made = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, (build, year) in builders.items():
            if a.only and not name.startswith(tuple(a.only)):
                continue
            g = build(Path(tmp) / name, year)
            assert passages[0] <= len(g["must_have"]) <= passages[1], (name, g["must_have"])
            shutil.copy(Path(tmp) / name, docs / name)
            base.write_gold(gold / f"{name}.json", g)
            made += 1
    update_source(a.out / "SOURCE.md", rows, head, mine)
    print(f"made {made} documents in {docs}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "eval" / "data" / "realdocs-made2")
    a = ap.parse_args(argv)
    docs, gold = a.out / "docs", a.out / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    golds: dict[str, Gold] = {}
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        golds["n01_lo_gov_notice.pdf"] = build_gov_notice(t / "n01_lo_gov_notice.pdf", 2014)
        golds["n02_lo_manual_toc_noleader.pdf"] = build_manual(
            t / "n02_lo_manual_toc_noleader.pdf", 2017
        )
        golds["n03_ctexrep.pdf"] = build_ctexrep(t / "n03_ctexrep.pdf", 2015)
        golds["n04_docx_outline_styles.docx"] = build_outline_docx(
            t / "n04_docx_outline_styles.docx", 2013
        )
        golds["n05_ocr_report.pdf"] = build_ocr_report(t / "n05_ocr_report.pdf", 2016)
        golds["n06_lo_datasheet.pdf"] = build_datasheet(t / "n06_lo_datasheet.pdf", 2017)
        for name, g in golds.items():
            assert len(g["must_have"]) == 5, (name, g["must_have"])
            if name.endswith(".pdf") and "ocr" not in name:
                check_printed(t / name, g)
            shutil.copy(t / name, docs / name)
            base.write_gold(gold / f"{name}.json", g)
    update_source(a.out / "SOURCE.md", ROWS)
    print(f"made {len(golds)} documents in {docs}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
