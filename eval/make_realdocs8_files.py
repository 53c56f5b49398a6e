# ruff: noqa: E501  (the SOURCE.md rows and the OOXML snippets are kept on one line each)
"""Make the PDF/DOCX documents of ``realdocs-made8`` (w01-w06) with real tools, and their gold.

An eighth set of development documents, made after ``realdocs-made7``
(``make_realdocs7_files.py``; its helpers and those of the earlier makers are reused).
Each document is a layout pattern met in real Chinese documents and not in the earlier
sets; the texts come only from the public government work reports 2013-2017
(../shared/data/gov-work-reports), whole paragraphs (labels, names, dates, table cells,
slide furniture, margin notes, form labels, the broker's analyst box, rating key and
disclaimer are written here):

- ``w01_pptx_slide_deck.pdf`` (gwr 2017): a 16:9 slide deck (python-pptx -> LibreOffice
  Impress -> PDF): title slide, 目录 slide, section-divider slides (big ``01`` and the
  section name), content slides with a title and bullet paragraphs, a table slide, a
  closing slide, a footer line, an ``内部资料`` tag and a slide-number field on every
  slide but the title slide;
- ``w02_lo_line_numbered_draft.pdf`` (gwr 2016): a legal draft (Word -> LibreOffice) with
  line numbers in the left margin (``w:lnNumType``, every line, restarting on each
  page), chapters ``第一章　…`` and articles ``第一条　…``;
- ``w03_rl_stream_order_notes.pdf`` (gwr 2014): a study material drawn with reportlab
  whose content stream is not in reading order (footer, header and margin notes first,
  then the body paragraphs of each page in a shuffled order, some with their lines
  bottom-up, the headings and title last), with reviewer's margin notes (批注) in red
  beside paragraphs in a wide left margin;
- ``w04_docx_layout_table_form.docx`` (gwr 2013): a 工作情况报告单: the whole document is
  one layout table: label cells 标题/报送单位/报送日期/密级/正文/拟办意见/领导批示/承办人,
  the title in the 标题 value cell and the whole report (bold-run headings and
  paragraphs) in one merged 正文 cell;
- ``w05_lo_colour_headings.pdf`` (gwr 2016): a report (Word -> LibreOffice) whose
  headings are set in the body font, size and weight, on lines of their own, told from
  the body only by their colour (dark red: level 1, blue: level 2), with the run-in lead
  sentences of many body paragraphs in the same blue;
- ``w06_lo_broker_research.pdf`` (gwr 2017): a 券商研报-style research report (Word ->
  LibreOffice): a logo image and text in the header, ``请务必阅读正文之后的免责声明`` and
  the page number in every footer, a first-page layout table with 投资要点 and an analyst
  sidebar (执业证书编号, 相关研究), an 图表目录, charts as images with ``图N：`` captions
  and ``资料来源：`` lines, a table, and a last page with 分析师声明, 投资评级说明 and
  免责声明.

Gold is written from what each builder put in the document, decided as a reader reads
it (never from reader output); titles, headings, passages, running lines and boilerplate
are checked against the printed text (``pdftotext -layout``; for the DOCX, the text of
its XML parts and a LibreOffice rendering).
Run once; the outputs are committed, so nothing else needs these tools:

    python eval/make_realdocs8_files.py [--out eval/data/realdocs-made8] [--only w01 ...]
"""

from __future__ import annotations

import random
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

ROOT = Path(__file__).resolve().parents[1]
MINE = ("w01_", "w02_", "w03_", "w04_", "w05_", "w06_")
Gold = dict[str, Any]
SERIF, SANS, KAI = prev6.SERIF, prev6.SANS, prev6.KAI
NOTO_SANS_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def raw_text(pdf: Path) -> str:
    """The text of a PDF in content-stream order (``pdftotext -raw``)."""
    done = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, timeout=120
    )
    return done.stdout.decode("utf-8")


def in_order(text: str, passages: list[str]) -> bool:
    """Whether the passages occur in ``text`` (spaces ignored) in this order."""
    have, pos = more.squash(text), 0
    for p in passages:
        k = have.find(more.squash(p), pos)
        if k < 0:
            return False
        pos = k + 1
    return True


def docx_base(
    serif: str = SERIF,
    size: float = 12,
    margins: tuple[float, float, float, float] = (2.54, 2.54, 2.8, 2.6),
) -> Any:
    """A new A4 python-docx document with a CJK Normal style and no spacing after."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    more.a4(d, *margins)
    d.core_properties.title = ""
    d.core_properties.author = "user"
    more.cjk_font(d.styles["Normal"], serif, size)
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    return d


# ------------------------------------------------------------ w01 slide deck

W01_TITLE = "2017年上半年重点工作推进情况汇报"
W01_BY = ("东川省发展和改革委员会", "2017年7月")
W01_FOOTER = "东川省发改委 | 上半年工作汇报"
W01_TAG = "内部资料　注意保存"
W01_CLOSING = "敬请各位领导批评指正！"
# (section name, [(slide title, gwr paragraphs)]); a None list is the table slide
W01_OUTLINE: list[tuple[str, list[tuple[str, list[int] | None]]]] = [
    ("上半年经济运行", [("主要预期目标", [8, 9]), ("重点指标", None)]),
    ("重点改革任务", [("去产能与去杠杆", [10, 11]), ("财税与国企改革", [13, 14])]),
    ("新动能培育", [("科技创新与新兴产业", [20, 21]), ("“双创”与传统产业", [23, 24])]),
    ("下半年工作安排", [("扩大对外开放", [29, 30]), ("民生与社会治理", [35, 36])]),
]
W01_TABLE = [
    ("指标", "全年预期目标", "上半年进展"),
    ("国内生产总值增长", "6.5%左右", "6.9%"),
    ("居民消费价格涨幅", "3%左右", "1.4%"),
    ("城镇新增就业", "1100万人以上", "735万人"),
    ("城镇登记失业率", "4.5%以内", "3.95%"),
]
W01_KEEP = {8, 11, 14, 21, 35}


def pptx_rgb(color: str) -> Any:
    from pptx.dml.color import RGBColor

    make: Any = RGBColor  # python-pptx leaves it untyped
    return make.from_string(color)


def pptx_run(
    run: Any, text: str, size: float, bold: bool = False, color: str = "", font: str = SANS
) -> None:
    """Text, size, weight, colour and the Latin and East Asian face of a python-pptx run."""
    from lxml import etree
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    run.text = text
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = pptx_rgb(color)
    run.font.name = font
    rpr = run._r.get_or_add_rPr()
    latin = rpr.find(qn("a:latin"))
    ea = etree.SubElement(rpr, qn("a:ea"))
    ea.set("typeface", font)
    if latin is not None:
        latin.addnext(ea)


def pptx_box(
    slide: Any,
    x: float,
    y: float,
    w: float,
    h: float,
    lines: Sequence[tuple[str, float, bool, str]],
    align: str = "l",
    bullet: bool = False,
) -> Any:
    """A text box (inches) holding one paragraph per (text, size, bold, colour)."""
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.oxml import parse_xml
    from pptx.oxml.ns import nsdecls
    from pptx.util import Inches, Pt

    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = box.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.TOP
    for k, (text, size, bold, color) in enumerate(lines):
        p = tf.paragraphs[0] if k == 0 else tf.add_paragraph()
        p.alignment = {"l": PP_ALIGN.LEFT, "c": PP_ALIGN.CENTER, "r": PP_ALIGN.RIGHT}[align]
        if bullet:
            p.space_after = Pt(14)
            p.line_spacing = 1.25
            ppr = p._p.get_or_add_pPr()
            ppr.set("marL", "342900")
            ppr.set("indent", "-342900")
            for tag in ('<a:buFont typeface="Arial"/>', '<a:buChar char="■"/>'):
                ppr.append(parse_xml(tag.replace("/>", f" {nsdecls('a')}/>")))
        pptx_run(p.add_run(), text, size, bold, color)
    return box


def build_slide_deck(path: Path, year: int) -> Gold:
    from lxml import etree
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.oxml.ns import qn
    from pptx.util import Inches

    paras = third.whole(year, None)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    blank = prs.slide_layouts[6]
    blue, grey = "1F4E79", "595959"
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []
    number = 0

    def bar(slide: Any, x: float, y: float, w: float, h: float, color: str) -> None:
        shape = slide.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(h)
        )
        shape.fill.solid()
        shape.fill.fore_color.rgb = pptx_rgb(color)
        shape.line.fill.background()

    def new_slide(furniture: bool = True) -> Any:
        nonlocal number
        number += 1
        slide = prs.slides.add_slide(blank)
        if not furniture:
            return slide
        bar(slide, 0, 7.05, 13.333, 0.03, blue)
        pptx_box(slide, 0.5, 7.08, 7, 0.35, [(W01_FOOTER, 10, False, grey)])
        pptx_box(slide, 10.3, 0.12, 2.6, 0.35, [(W01_TAG, 10, False, "C00000")], align="r")
        # the slide number: a slidenum field, as PowerPoint's 幻灯片编号 placeholder holds
        box = pptx_box(slide, 11.8, 7.08, 1.0, 0.35, [("", 10, False, grey)], align="r")
        p = box.text_frame.paragraphs[0]._p
        for r in p.findall(qn("a:r")):
            p.remove(r)
        fld = etree.SubElement(p, qn("a:fld"))
        fld.set("id", "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}")
        fld.set("type", "slidenum")
        rpr = etree.SubElement(fld, qn("a:rPr"))
        rpr.set("lang", "zh-CN")
        rpr.set("sz", "1000")
        t = etree.SubElement(fld, qn("a:t"))
        t.text = str(number)
        end = p.find(qn("a:endParaRPr"))
        if end is not None:
            p.remove(end)
        return slide

    # 1 title slide: a band, the title, the issuer and date
    s = new_slide(furniture=False)
    bar(s, 0, 2.3, 13.333, 2.2, blue)
    pptx_box(s, 0.8, 2.75, 11.7, 1.2, [(W01_TITLE, 40, True, "FFFFFF")], align="c")
    pptx_box(
        s,
        0.8,
        5.0,
        11.7,
        1.2,
        [(W01_BY[0], 20, False, grey), (W01_BY[1], 18, False, grey)],
        align="c",
    )
    # 2 目录
    s = new_slide()
    pptx_box(s, 0.8, 0.5, 6, 1.0, [("目　录", 32, True, blue)])
    for k, (sec, _) in enumerate(W01_OUTLINE):
        y = 1.9 + k * 1.1
        bar(s, 3.2, y, 0.9, 0.8, blue)
        pptx_box(s, 3.2, y + 0.1, 0.9, 0.6, [(f"{k + 1:02d}", 24, True, "FFFFFF")], align="c")
        pptx_box(s, 4.4, y + 0.12, 6, 0.6, [(sec, 24, False, "262626")])
    for k, (sec, slides) in enumerate(W01_OUTLINE):
        # section divider: big number and name, no title placeholder
        s = new_slide()
        bar(s, 0, 0, 4.2, 7.0, blue)
        pptx_box(s, 0.6, 2.4, 3.0, 1.8, [(f"{k + 1:02d}", 88, True, "FFFFFF")], align="c")
        pptx_box(s, 4.9, 3.0, 8, 1.0, [(sec, 40, True, blue)])
        headings.append({"text": sec, "level": 1})
        for title, idx in slides:
            s = new_slide()
            bar(s, 0.5, 0.55, 0.12, 0.7, blue)
            pptx_box(s, 0.8, 0.5, 9.3, 0.9, [(title, 28, True, blue)])
            headings.append({"text": title, "level": 2})
            if idx is None:
                rows, cols = len(W01_TABLE), len(W01_TABLE[0])
                shape = s.shapes.add_table(
                    rows, cols, Inches(1.5), Inches(1.9), Inches(10.3), Inches(3.6)
                )
                for i, row in enumerate(W01_TABLE):
                    for j, cell_text in enumerate(row):
                        tf = shape.table.cell(i, j).text_frame
                        pptx_run(tf.paragraphs[0].add_run(), cell_text, 20, i == 0)
                continue
            bullets = [(paras[i], 18, False, "262626") for i in idx]
            pptx_box(s, 0.8, 1.7, 11.7, 5.1, bullets, bullet=True)
            for i in idx:
                used.append(paras[i])
                if i in W01_KEEP:
                    must.append(base.clause(paras[i]))
    s = new_slide()
    pptx_box(s, 0.8, 3.0, 11.7, 1.2, [(W01_CLOSING, 40, True, blue)], align="c")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "deck.pptx"
        prs.save(str(src))
        pdf = base.lo_pdf(src, Path(tmp))
        path.write_bytes(pdf.read_bytes())
    n = more.pages(path)
    assert n == number, (n, number)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True).stdout.decode()
    assert re.search(r"Page size:\s+9\d\d(\.\d+)? x 540", info), info
    text = more.pdftext(path)
    # every slide but the first carries the footer, the tag and its own number
    for page in range(2, n + 1):
        lines = [more.squash(ln) for ln in more.pdftext(path, page).splitlines() if ln.strip()]
        assert any(more.squash(W01_FOOTER) in ln for ln in lines), page
        assert lines[-1].endswith(str(page)), (page, lines[-1])
        assert more.squash(W01_TAG) in lines[0], (page, lines[0])
    assert more.squash(W01_FOOTER) not in more.squash(more.pdftext(path, 1))
    gold: Gold = {
        "title": W01_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [W01_FOOTER],
        "must_not_have": [W01_TAG, W01_CLOSING],
        "note": (
            f"{n} slides, 16:9 (python-pptx -> LibreOffice Impress -> PDF, one slide a "
            "page): the title is the 40 pt white title on the title slide's band; the "
            "issuer and date under it are metadata (unscored); the 目录 slide (目　录 and "
            "the four numbered section names in boxes) is a table of contents: neither "
            "headings nor body; each section-divider slide (a big 01-04 in a blue panel "
            "and the section name at 40 pt) gives a level-1 heading, the section name "
            "without its number (the number is a separate text box); the 28 pt title of "
            "each content slide is a level-2 heading, including the table slide 重点指标 "
            "(its cells, written by the maker, unscored); the bullet paragraphs (whole "
            "gwr paragraphs at 18 pt, a bullet glyph before each) are the body; the "
            "footer line 东川省发改委 | 上半年工作汇报 on every slide but the first is "
            "running; the red tag 内部资料　注意保存 at the top right of the same slides "
            "and the closing slide's 敬请各位领导批评指正！ are furniture (must_not_have); "
            "slide numbers (a slidenum field, bottom right) not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ------------------------------------------------- w02 line-numbered legal draft

W02_TITLE = "东川省推进供给侧结构性改革实施办法"
W02_HEADER = ("东川省人民政府办公厅", "征求意见稿")
W02_ORDINALS = "一二三四五六七八九"
# (chapter, [(section or "", gwr paragraphs as articles)])
W02_OUTLINE: list[tuple[str, list[tuple[str, list[int]]]]] = [
    ("总则", [("", [12, 13])]),
    ("宏观政策", [("", [14, 15, 16])]),
    ("结构性改革", [("", [17, 18])]),
    ("区域发展和农业农村", [("区域发展", [19]), ("农业农村", [20, 21, 22])]),
    ("对外开放", [("", [23, 24, 25, 26])]),
    ("绿色发展和民生保障", [("", [27, 28, 29, 30])]),
]
W02_LAST = "本办法自印发之日起施行，由省发展改革委负责解释。"
W02_KEEP = {13, 16, 20, 25, 29}
W02_LNNUM = '<w:lnNumType w:countBy="1" w:distance="340" w:restart="newPage"/>'


def build_line_numbered(path: Path, year: int) -> Gold:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    paras = third.whole(year, None)
    d = docx_base(SERIF, 12, (2.8, 2.6, 3.0, 2.6))
    normal = d.styles["Normal"]
    normal.paragraph_format.line_spacing = 1.5
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    sec = d.sections[0]
    # line numbers in the left margin, every line, restarting on each page
    pg_mar = sec._sectPr.find(prev7.w("pgMar"))
    pg_mar.addnext(prev7.xml_el(W02_LNNUM))
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT)
    for text in (W02_HEADER[0], "\t\t" + W02_HEADER[1]):
        hp.add_run(text).font.size = Pt(10.5)
    more.border(hp, "bottom", "000000", 6)
    fp = sec.footer.paragraphs[0]
    prev4.page_footer(fp, "第 ", " 页", total=True)

    def centred(text: str, size: float, font: str, before: float) -> None:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(6)
        r = p.add_run(text)
        r.font.size, r.bold = Pt(size), True
        prev4.run_font(r, font)

    centred(W02_TITLE, 20, SANS, 6)
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []
    article = 0

    def art(text: str, keep: bool) -> None:
        nonlocal article
        article += 1
        label = f"第{prev6.zh_number(article)}条"
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(24)
        r = p.add_run(label)
        r.bold = True
        prev4.run_font(r, SANS)
        p.add_run("　" + text)
        used.append(f"{label}　{text}")
        if keep:
            must.append(base.clause(f"{label}　{text}"))

    for k, (chapter, sections) in enumerate(W02_OUTLINE):
        head = f"第{W02_ORDINALS[k]}章　{chapter}"
        centred(head, 14, SANS, 10)
        headings.append({"text": head, "level": 1})
        for j, (section, idx) in enumerate(sections):
            if section:
                sh = f"第{W02_ORDINALS[j]}节　{section}"
                centred(sh, 12, KAI, 4)
                headings.append({"text": sh, "level": 2})
            for i in idx:
                art(paras[i], i in W02_KEEP)
    head = f"第{W02_ORDINALS[len(W02_OUTLINE)]}章　附则"
    centred(head, 14, SANS, 10)
    headings.append({"text": head, "level": 1})
    art(W02_LAST, False)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "draft.docx"
        d.save(str(src))
        pdf = base.lo_pdf(src, Path(tmp))
        path.write_bytes(pdf.read_bytes())
    n = more.pages(path)
    assert 4 <= n <= 6, f"{path.name}: {n} pages"
    text = more.pdftext(path)
    # every body line starts with its margin number, restarting at 1 on each page; a
    # continuation line's number glued to the line's text is what a reader must not keep
    body = more.squash("".join(used))
    leaks: list[str] = []
    starts = {more.squash(u)[:6] for u in used} | {more.squash(h["text"])[:6] for h in headings}
    for page in range(1, n + 1):
        numbered = []
        for ln in more.pdftext(path, page).splitlines():
            m = re.match(r"^\s*(\d{1,2})\s{2,}(\S.*)$", ln)
            if m:
                numbered.append((int(m.group(1)), more.squash(m.group(2))))
        assert [k for k, _ in numbered] == list(range(1, len(numbered) + 1)), (page, numbered[:3])
        assert len(numbered) >= 20 or page == n, (page, len(numbered))
        for k, line in numbered:
            leak = f"{k}{line[:8]}"
            if (
                len(leaks) < page
                and k >= 7 + 4 * page
                and line[:6] not in starts
                and re.match(r"[\u4e00-\u9fff]", line)
                and leak not in body
            ):
                leaks.append(leak)
    assert len(leaks) >= 3, leaks
    gold: Gold = {
        "title": W02_TITLE,
        "headings": headings,
        "must_have": must,
        "running": list(W02_HEADER),
        "must_not_have": leaks[:4],
        "note": (
            f"{n} pages, a legal draft (Word -> LibreOffice) with line numbering on "
            "(w:lnNumType in the section: every line counted, restarting at 1 on each "
            "page, the numbers printed in the left margin): the margin numbers are page "
            "furniture and must not reach the body; must_not_have holds four continuation "
            "lines' numbers glued to the first 8 characters of their line (what the body "
            "holds, spaces ignored, when a number is kept before its line, whether as "
            "text or as a paragraph of its own), checked not to occur in the articles; "
            "the title is the centred 20 pt bold line (also numbered in the margin); "
            "第N章　… chapters (centred, sans 14 pt bold) level 1, 第一节/第二节 in 第四章 "
            "(centred, Kai 12 pt bold) level 2, as printed with the full-width space; "
            "the articles 第N条　… (bold label, text running on) are body paragraphs, "
            "label included, as u02; the last article is written by the maker; the header "
            "(issuing office left, 征求意见稿 right, ruled) is running, both parts; "
            "第 N 页 共 M 页 footers are page numbers, not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ------------------------------- w03 content stream out of reading order, margin notes

W03_TITLE = "扩大内需与民生保障重点任务学习辅导"
W03_BY = "东川省人民政府研究室　编"
W03_HEADER = ("深化改革学习参考", "2014年第3期")
W03_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]]]] = [
    (
        "一、扩大内需和农业农村",
        [],
        [("（一）发挥消费和投资作用", [30, 31, 32]), ("（二）强化农业农村工作", [33, 34, 35, 36])],
    ),
    (
        "二、新型城镇化与社会建设",
        [],
        [
            ("（一）推进以人为核心的城镇化", [37, 38, 39, 40]),
            ("（二）社会治理和就业收入", [42, 43, 44, 45]),
        ],
    ),
    ("三、生态保护和政府建设", [46, 47, 48, 49], []),
]
W03_NOTES = {
    32: "【批注】投资数据请与省统计局核对",
    38: "【批注】落户政策表述已与公安厅确认",
    44: "【批注】此段建议压缩篇幅",
    48: "【批注】引用法规名称需加书名号",
}
W03_KEEP = {31, 35, 38, 44, 48}
Op = tuple[float, float, str, float, str, float, bool]  # x, y, font, size, text, char space, bold


class StreamPages:
    """Sets a document on A4 pages with reportlab, but keeps every page's drawing
    operations in blocks, so that ``save`` can write them out of reading order:
    footer, header and margin notes first, then the body paragraphs shuffled (every
    other one with its lines bottom-up), the headings and the title last."""

    W, H = 595.28, 841.89
    LEFT, RIGHT, TOP, BOTTOM = 150.0, 62.0, 96.0, 82.0
    NOTE_X, NOTE_W = 40.0, 92.0

    def __init__(self) -> None:
        from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
        from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

        pdfmetrics.registerFont(TTFont("Song", prev4.SONG))
        pdfmetrics.registerFont(TTFont("Kai", prev4.KAI))
        self.width = pdfmetrics.stringWidth
        self.pages: list[list[tuple[str, list[Op]]]] = []
        self.y = 0.0

    @property
    def text_width(self) -> float:
        return self.W - self.LEFT - self.RIGHT

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.H - self.TOP

    def block(self, kind: str) -> list[Op]:
        ops: list[Op] = []
        self.pages[-1].append((kind, ops))
        return ops

    def wrap(self, text: str, font: str, size: float, first: float, width: float) -> list[str]:
        lines: list[str] = []
        i, avail = 0, first
        while i < len(text):
            j, w = i, 0.0
            while j < len(text) and w + self.width(text[j], font, size) <= avail + 0.01:
                w += self.width(text[j], font, size)
                j += 1
            if j < len(text):
                if text[j] in prev4.NO_LINE_START:
                    j += 1
                elif text[j - 1] in prev4.NO_LINE_END:
                    j -= 1
            lines.append(text[i:j])
            i, avail = j, width
        return lines

    def space(self, pitch: float) -> bool:
        """Move down one line; True when that started a new page."""
        if self.y - pitch < self.BOTTOM:
            self.new_page()
            self.y -= pitch
            return True
        self.y -= pitch
        return False

    def paragraph(self, text: str, note: str = "", size: float = 11, pitch: float = 20) -> None:
        indent = 2 * size
        lines = self.wrap(text, "Song", size, self.text_width - indent, self.text_width)
        ops = self.block("para")
        for k, line in enumerate(lines):
            if self.space(pitch):
                ops = self.block("para")  # the paragraph's lines on the next page
            x = self.LEFT + (indent if k == 0 else 0)
            avail = self.text_width - (indent if k == 0 else 0)
            spare = avail - self.width(line, "Song", size)
            cs = spare / (len(line) - 1) if k < len(lines) - 1 and len(line) > 1 else 0.0
            ops.append((x, self.y, "Song", size, line, cs, False))
            if k == 0 and note:
                width = self.NOTE_W
                note_ops = self.block("note")
                for m, nl in enumerate(self.wrap(note, "Kai", 9, width, width)):
                    note_ops.append((self.NOTE_X, self.y - m * 12, "Kai", 9, nl, 0.0, False))

    def line(
        self,
        text: str,
        font: str,
        size: float,
        centre: bool,
        bold: bool,
        before: float,
        kind: str = "head",
    ) -> None:
        self.space(before + size)
        x = (
            self.LEFT + (self.text_width - self.width(text, font, size)) / 2
            if centre
            else self.LEFT
        )
        self.block(kind).append((x, self.y, font, size, text, 0.0, bold))
        self.y -= size * 0.6

    def save(self, path: Path) -> None:
        from reportlab.lib.colors import Color  # type: ignore[import-untyped]
        from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

        c = canvas.Canvas(str(path), pagesize=(self.W, self.H))
        c.setTitle("")

        def draw(op: Op, color: Any) -> None:
            x, y, font, size, text, cs, bold = op
            c.saveState()
            c.setFillColor(color)
            c.setStrokeColor(color)
            t = c.beginText(x, y)
            t.setFont(font, size)
            if cs:
                t.setCharSpace(cs)
            if bold:
                c.setLineWidth(size / 30)
                t.setTextRenderMode(2)
            t.textOut(text)
            c.drawText(t)
            c.restoreState()

        black, red = Color(0, 0, 0), Color(0.8, 0.1, 0.1)
        for number, blocks in enumerate(self.pages, 1):
            # page furniture first
            draw((self.W / 2 - 14, 46, "Song", 10, f"— {number} —", 0.0, False), black)
            top = self.H - 58
            draw((self.LEFT, top, "Kai", 9, W03_HEADER[0], 0.0, False), black)
            right = self.W - self.RIGHT - self.width(W03_HEADER[1], "Song", 9)
            draw((right, top, "Song", 9, W03_HEADER[1], 0.0, False), black)
            c.setLineWidth(0.6)
            c.line(self.LEFT, top - 5, self.W - self.RIGHT, top - 5)
            for kind, ops in blocks:
                if kind == "note":
                    for op in ops:
                        draw(op, red)
            paras = [ops for kind, ops in blocks if kind == "para"]
            random.Random(number * 7).shuffle(paras)
            for k, ops in enumerate(paras):
                for op in ops[::-1] if k % 2 else ops:
                    draw(op, black)
            for kind, ops in blocks:
                if kind in ("head", "title"):
                    for op in ops:
                        draw(op, black)
            c.showPage()
        c.save()


def build_stream_order(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    pg = StreamPages()
    pg.new_page()
    pg.line(W03_TITLE, "Song", 19, True, True, 6, "title")
    pg.line(W03_BY, "Kai", 12, True, False, 10, "title")
    pg.y -= 8
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []

    def body(idx: list[int]) -> None:
        for i in idx:
            pg.paragraph(paras[i], W03_NOTES.get(i, ""))
            used.append(paras[i])
            if i in W03_KEEP:
                must.append(base.clause(paras[i]))

    for h1, idx1, subs in W03_OUTLINE:
        pg.line(h1, "Song", 15, False, True, 14)
        headings.append({"text": h1, "level": 1})
        body(idx1)
        for h2, idx2 in subs:
            pg.line(h2, "Kai", 13, False, False, 10)
            headings.append({"text": h2, "level": 2})
            body(idx2)
    pg.save(path)
    n = more.pages(path)
    assert 4 <= n <= 6, f"{path.name}: {n} pages"
    text = more.pdftext(path)
    stream = raw_text(path)
    # printed in reading order, but the content stream holds it out of order
    assert in_order(text, [W03_TITLE, *(h["text"] for h in headings)])
    assert in_order(text, must), "layout order"
    assert not in_order(stream, [base.clause(u) for u in used[:6]]), "stream order"
    first = more.squash(stream)
    assert first.startswith("—1—"), first[:20]
    # the notes, read from the left margin alone (they share lines with the body)
    crop = ["-x", "0", "-y", "0", "-W", str(int(StreamPages.LEFT) - 8), "-H", "842"]
    margin = subprocess.run(
        ["pdftotext", "-layout", *crop, str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    assert set(more.squash(margin)) <= set("".join(W03_NOTES.values())), more.squash(margin)
    gold: Gold = {
        "title": W03_TITLE,
        "headings": headings,
        "must_have": must,
        "running": list(W03_HEADER),
        "must_not_have": list(W03_NOTES.values()),
        "note": (
            f"{n} pages drawn with reportlab (lines set and justified by the script, "
            "AR PL SungtiL GB / KaitiM GB); the content stream is NOT in reading order: "
            "each page writes its footer, header and margin notes first, then its body "
            "paragraphs (each paragraph's lines on that page one block) in a shuffled "
            "order, every other block with its lines bottom-up, and the headings and "
            "title last: everything stands at its right place, so the page reads "
            "normally, top to bottom (pdftotext -layout gives the passages in order, "
            "-raw does not); the title is the 19 pt bold centred line, the byline under "
            "it is metadata; 一、 lines (15 pt bold) level 1, （一） lines (Kai 13 pt) "
            "level 2; the body column starts 150 pt from the left edge, and four red Kai "
            "9 pt reviewer's notes (【批注】…, two or three lines each) stand in the left "
            "margin beside the first line of a paragraph (one of them a must_have "
            "paragraph): annotations, not text of the document (must_not_have; they must "
            "not be spliced into the paragraph either); the header (学习参考 name left, "
            "issue right, ruled) is running; — N — footers are page numbers"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text + margin, gold)
    return gold


# ------------------------------------------------- w04 a form as a layout table

W04_ORG = "东川省发展和改革委员会"
W04_FORM = "工作情况报告单"
W04_NO = "东发改报〔2013〕27号"
W04_TITLE = "关于过去五年工作回顾和今年工作建议的报告"
W04_FIELDS = (
    ("报送单位", "省发展改革委综合处", "报送日期", "2013年4月15日"),
    ("密　　级", "内部", "紧急程度", "平件"),
)
W04_EMPTY = ("拟办意见", "领导批示")
W04_CLERK = ("承 办 人", "周晓林", "联系电话", "0791-86238817")
W04_OUTLINE: list[tuple[str, list[tuple[str, list[int]]]]] = [
    (
        "一、过去五年工作回顾",
        [
            ("（一）经济发展总体情况", [0, 1]),
            ("（二）科技教育和文化", [2, 3, 4]),
            ("（三）对外工作", [6, 7]),
        ],
    ),
    (
        "二、今年工作建议",
        [
            ("（一）总体要求和预期目标", [10, 11, 12]),
            ("（二）扩大内需和区域协调", [13, 14, 15]),
            ("（三）保障和改善民生", [17, 18, 19, 22]),
        ],
    ),
]
W04_KEEP = {1, 4, 12, 15, 22}


def build_layout_table(path: Path, year: int) -> Gold:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    paras = third.whole(year, None)
    d = docx_base(SERIF, 12, (2.5, 2.3, 2.5, 2.5))
    prev4.page_footer(d.sections[0].footer.paragraphs[0], "第 ", " 页")

    def para(
        cell_or_doc: Any,
        text: str,
        size: float = 12,
        bold: bool = False,
        font: str = SERIF,
        align: Any = None,
        first: bool = False,
    ) -> Any:
        p = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph()
        if align is not None:
            p.alignment = align
        r = p.add_run(text)
        r.font.size, r.bold = Pt(size), bold
        prev4.run_font(r, font)
        return p

    para(d, W04_ORG, 16, True, SANS, WD_ALIGN_PARAGRAPH.CENTER)
    para(d, W04_FORM, 24, True, SANS, WD_ALIGN_PARAGRAPH.CENTER).paragraph_format.space_after = Pt(
        6
    )
    para(d, "编号：" + W04_NO, 10.5, False, SERIF, WD_ALIGN_PARAGRAPH.RIGHT)
    rows = 3 + len(W04_FIELDS) + len(W04_EMPTY)
    t = d.add_table(rows=rows, cols=4)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(2.6), Cm(5.4), Cm(2.6), Cm(5.4))
    t.autofit = False
    for col, width in zip(t.columns, widths, strict=True):
        col.width = width
    for row in t.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    def label(cell: Any, text: str) -> None:
        para(cell, text, 12, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, first=True)

    def wide(r: int) -> Any:
        return t.cell(r, 1).merge(t.cell(r, 3))

    label(t.cell(0, 0), "标　　题")
    para(wide(0), W04_TITLE, 14, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, first=True)
    for r, fields in enumerate(W04_FIELDS, 1):
        for c, text in enumerate(fields):
            if c % 2 == 0:
                label(t.cell(r, c), text)
            else:
                para(t.cell(r, c), text, 12, False, SERIF, WD_ALIGN_PARAGRAPH.CENTER, first=True)
    body_row = 1 + len(W04_FIELDS)
    label(t.cell(body_row, 0), "正　　文")
    t.cell(body_row, 0).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    content = wide(body_row)
    content.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []
    first = True
    for h1, subs in W04_OUTLINE:
        p = para(content, h1, 14, True, SANS, first=first)
        p.paragraph_format.space_before = Pt(6)
        first = False
        headings.append({"text": h1, "level": 1})
        for h2, idx in subs:
            para(content, h2, 12, True, KAI)
            headings.append({"text": h2, "level": 2})
            for i in idx:
                p = para(content, paras[i])
                p.paragraph_format.first_line_indent = Pt(24)
                p.paragraph_format.line_spacing = 1.4
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                used.append(paras[i])
                if i in W04_KEEP:
                    must.append(base.clause(paras[i]))
    for k, name in enumerate(W04_EMPTY):
        r = body_row + 1 + k
        label(t.cell(r, 0), name)
        wide(r)
        t.rows[r].height = Cm(3.0)
    for c, text in enumerate(W04_CLERK):
        cell = t.cell(rows - 1, c)
        if c % 2 == 0:
            label(cell, text)
        else:
            para(cell, text, 12, False, SERIF, WD_ALIGN_PARAGRAPH.CENTER, first=True)
    d.save(str(path))

    xml_text = prev4.docx_text(path)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = prev7.lo_render(path, Path(tmp))
        printed = more.pdftext(pdf)
        n = more.pages(pdf)
    assert 4 <= n <= 6, f"{path.name}: {n} pages (LibreOffice)"
    with zipfile.ZipFile(path) as z:
        doc_xml = z.read("word/document.xml").decode("utf-8")
    assert doc_xml.count("<w:tbl>") == 1 and doc_xml.count('w:gridSpan w:val="3"') == 2 + len(
        W04_EMPTY
    )
    # every heading and passage is inside the one table
    body = doc_xml.split("<w:tbl>", 1)[1].split("</w:tbl>", 1)[0]
    for s in [W04_TITLE, *(h["text"] for h in headings), *must]:
        assert escape_xml(s) in re.sub(r"</w:t>.*?<w:t(?: [^>]*)?>", "", body), s
    gold: Gold = {
        "title": W04_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [],
        "must_not_have": [*W04_EMPTY, W04_CLERK[3]],
        "note": (
            f"a 工作情况报告单 form (DOCX; {n} pages in LibreOffice): everything after the "
            "issuing office, the form name 工作情况报告单 (24 pt bold, centred) and the "
            "编号 line is one Table Grid table of four columns: label cells (标　　题, "
            "报送单位, 报送日期, 密　　级, 紧急程度, 正　　文, 拟办意见, 领导批示, 承 办 人, "
            "联系电话) beside value cells; the title is the value of the 标题 cell (14 pt "
            "bold, merged over three columns), not the form name (a form's name, unscored, "
            "as the 编号 line, the office above it and the 报送单位/日期/密级/紧急程度 "
            "values, metadata); the whole report is in the merged 正文 cell: bold sans "
            "14 pt 一、 lines (level 1), bold Kai 12 pt （一） lines (level 2) and the "
            "body paragraphs; a reader that flattens the table must keep the cell's "
            "paragraphs as paragraphs, not as one row; the empty 拟办意见/领导批示 rows and "
            "the 承办人/联系电话 row are form furniture (the two labels and the telephone "
            "number must_not_have); 第 N 页 footers are page numbers"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, xml_text + "\n" + printed, gold)
    return gold


def escape_xml(s: str) -> str:
    from xml.sax.saxutils import escape

    return escape(s)


# ------------------------------------------------- w05 headings told only by colour

W05_TITLE = "2016年东川省经济社会发展年度报告"
W05_BY = "省发展研究中心课题组　2016年3月"
W05_HEADER = ("东川省发展研究中心", "年度报告")
W05_RED, W05_BLUE = "C00000", "2E75B6"
W05_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]]]] = [
    ("2015年工作回顾", [], [("经济运行和改革", [0, 1, 2]), ("区域发展与社会治理", [3, 4, 5])]),
    ("“十二五”时期发展成就", [7, 8, 9, 10], []),
    ("政府自身建设", [32], [("依法廉洁履职", [33, 34]), ("勤勉履职和上下同心", [35, 36])]),
    ("民族、港澳台和外交工作", [37, 38, 39, 40], []),
    ("结束语", [41], []),
]
W05_LEADS = {2, 3, 4, 32, 33, 34, 35, 36}  # run-in lead sentences set in the level-2 blue
W05_KEEP = {2, 4, 8, 33, 39}


def build_colour_headings(path: Path, year: int) -> Gold:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    paras = third.whole(year, None)
    d = docx_base(SERIF, 12, (2.6, 2.5, 2.8, 2.6))
    normal = d.styles["Normal"]
    normal.paragraph_format.line_spacing = 1.5
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    for text in (W05_HEADER[0], "\t\t" + W05_HEADER[1]):
        r = hp.add_run(text)
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor.from_string("7F7F7F")
    more.border(hp, "bottom", "7F7F7F", 4)
    prev4.page_footer(sec.footer.paragraphs[0], "- ", " -")

    def run(p: Any, text: str, color: str = "") -> None:
        r = p.add_run(text)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.paragraph_format.space_after = Pt(6)
    r = t.add_run(W05_TITLE)
    r.font.size, r.bold = Pt(20), True
    prev4.run_font(r, SANS)
    by = d.add_paragraph(W05_BY)
    by.alignment = WD_ALIGN_PARAGRAPH.CENTER
    by.paragraph_format.space_after = Pt(12)
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []

    def head(text: str, level: int) -> None:
        # same face, size and weight as the body, flush left: only the colour differs
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10 if level == 1 else 4)
        p.paragraph_format.keep_with_next = True
        run(p, text, W05_RED if level == 1 else W05_BLUE)
        headings.append({"text": text, "level": level})

    def body(idx: list[int]) -> None:
        for i in idx:
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(24)
            if i in W05_LEADS:
                lead = third.lead(paras[i])
                run(p, lead, W05_BLUE)
                run(p, paras[i][len(lead) :])
            else:
                run(p, paras[i])
            used.append(paras[i])
            if i in W05_KEEP:
                must.append(base.clause(paras[i]))

    for h1, idx1, subs in W05_OUTLINE:
        head(h1, 1)
        body(idx1)
        for h2, idx2 in subs:
            head(h2, 2)
            body(idx2)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "report.docx"
        d.save(str(src))
        pdf = base.lo_pdf(src, Path(tmp))
        path.write_bytes(pdf.read_bytes())
    n = more.pages(path)
    assert 4 <= n <= 7, f"{path.name}: {n} pages"
    text = more.pdftext(path)
    lines = [more.squash(ln) for ln in text.splitlines() if ln.strip()]
    for h in headings:
        assert more.squash(h["text"]) in lines, f"{h['text']} not alone on a line"
    fonts = prev4.pdf_fonts(path)
    assert fonts.count("Bold") == 1, fonts  # the title only
    gold: Gold = {
        "title": W05_TITLE,
        "headings": headings,
        "must_have": must,
        "running": list(W05_HEADER),
        "must_not_have": [],
        "note": (
            f"{n} pages (Word -> LibreOffice): the headings are set in the body face "
            "(Noto Serif CJK SC), at the body size (12 pt) and weight (not bold), with no "
            "number, each on a line of its own, flush left (the body has a two-character "
            "first-line indent) with a little space before: only their colour tells them "
            "from the body: dark red (C00000) lines are level 1, blue (2E75B6) lines "
            "level 2 (each blue group follows a red line); the run-in lead sentences "
            "of eight body paragraphs (财税金融等重点改革深入推进。, 坚持依法履职，…) are "
            "set in the same blue but open their paragraphs and run on: body, not "
            "headings (two must_have passages start with one); 结束语 is a level-1 "
            "heading; the title is the centred 20 pt bold line (the only bold text), the "
            "byline under it metadata; the grey header (research centre left, 年度报告 "
            "right, ruled) is running; - N - footers are page numbers"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ------------------------------------------------- w06 broker research report

W06_TITLE = "稳中求进　改革深化：2017年宏观经济与政策展望"
W06_KIND = ("宏观研究｜深度报告", "2017年3月10日")
W06_HEADER = ("东川证券｜宏观研究", "证券研究报告")
W06_FOOTER = "请务必阅读正文之后的免责声明"
W06_ANALYST = (
    "分析师：刘思远",
    "执业证书编号：S1230516080001",
    "电话：021-60875503",
    "邮箱：liusiyuan@dczq.com.cn",
    "研究助理：陈　佳",
)
W06_RELATED = ("《宏观回顾：企稳回升》2017-01-18", "《去产能进展跟踪》2016-12-05")
W06_SUMMARY = [12, 19]
# (level-1 heading, paragraphs, [(level-2 heading, paragraphs, figure or table)])
W06_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int], str]] | str]] = [
    (
        "1. 重点领域改革持续深化",
        [],
        [("1.1 产权保护与社会体制改革", [15, 16], ""), ("1.2 生态文明体制改革", [17, 34], "")],
    ),
    (
        "2. 有效投资与农业现代化",
        [],
        [
            ("2.1 积极扩大有效投资", [18, 22], "图1"),
            ("2.2 推进农业现代化", [25, 26, 27, 28], "图2"),
        ],
    ),
    ("3. 对外开放迈向新阶段", [31, 32, 33], "表1"),  # the table right after the paragraphs
    ("4. 风险提示", [1], []),
]
W06_FIGURES = {
    "图1": (
        "图1：2017年重点领域投资安排（亿元）",
        ("铁路", "公路水运", "中央预算内"),
        (8000, 18000, 5076),
    ),
    "图2": (
        "图2：2012—2016年农村公路新建改建里程（万公里）",
        ("2012", "2013", "2014", "2015", "2016"),
        (19, 21, 23, 25, 29),
    ),
}
W06_TABLE_CAPTION = "表1：2017年外贸外资主要政策梳理"
W06_TABLE = [
    ("领域", "主要政策"),
    ("外贸", "扩大出口信用保险覆盖面"),
    ("外资", "修订外商投资产业指导目录"),
    ("平台", "推进自由贸易试验区建设"),
]
W06_SOURCE = "资料来源：国家统计局，Wind，东川证券研究所"
W06_STATEMENT = "作者具有中国证券业协会授予的证券投资咨询执业资格并注册为证券分析师，以勤勉的职业态度，独立、客观地出具本报告。"
W06_RATINGS = (
    ("买入", "未来6个月内，行业指数相对沪深300指数涨幅15%以上"),
    ("增持", "未来6个月内，行业指数相对沪深300指数涨幅5%至15%"),
    ("中性", "未来6个月内，行业指数相对沪深300指数涨幅-5%至5%"),
    ("减持", "未来6个月内，行业指数相对沪深300指数跌幅5%以上"),
)
W06_DISCLAIMER = (
    "本报告仅供东川证券股份有限公司的客户使用。本公司不会因接收人收到本报告而视其为客户。",
    "本报告的信息均来源于公开资料，本公司对这些信息的准确性和完整性不作任何保证。报告中的信息或所表达的意见并不构成所述证券买卖的出价或征价，投资者据此投资，投资风险自我承担。",
    "本报告版权归东川证券股份有限公司所有，未经书面许可，任何机构和个人不得以任何形式翻版、复制和发布。",
)
W06_KEEP = {12, 16, 18, 27, 32}
RED_DARK = "A50021"


def bar_chart(path: Path, labels: tuple[str, ...], values: tuple[int, ...]) -> None:
    """A plain bar chart as a PNG (Pillow), its labels in the image only."""
    from PIL import Image, ImageDraw, ImageFont

    w, h = 1400, 640
    im = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(im)
    font = ImageFont.truetype(NOTO_SANS_TTC, 30, index=2)
    top, bottom, left = 60, h - 90, 120
    dr.line([(left, top), (left, bottom), (w - 40, bottom)], fill="#595959", width=3)
    step = (w - 40 - left) / len(values)
    most = max(values)
    for k, (label, v) in enumerate(zip(labels, values, strict=True)):
        x0 = left + k * step + step * 0.25
        x1 = left + k * step + step * 0.75
        y0 = bottom - (bottom - top - 30) * v / most
        dr.rectangle([x0, y0, x1, bottom], fill="#" + RED_DARK)
        dr.text(((x0 + x1) / 2, y0 - 8), str(v), fill="#262626", font=font, anchor="mb")
        dr.text(((x0 + x1) / 2, bottom + 14), label, fill="#262626", font=font, anchor="mt")
    im.save(path, dpi=(200, 200))


def logo(path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    im = Image.new("RGB", (240, 240), "#" + RED_DARK)
    dr = ImageDraw.Draw(im)
    font = ImageFont.truetype(NOTO_SANS_TTC, 120, index=2)
    dr.text((120, 125), "DC", fill="white", font=font, anchor="mm")
    im.save(path, dpi=(300, 300))


def shade(cell: Any, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        prev7.xml_el(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


def build_broker_report(path: Path, year: int) -> Gold:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt, RGBColor

    paras = third.whole(year, None)
    d = docx_base(SERIF, 10.5, (2.4, 2.2, 2.2, 2.2))
    normal = d.styles["Normal"]
    normal.paragraph_format.line_spacing = 1.35
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for name, size in (("Heading 1", 14), ("Heading 2", 12)):
        st = d.styles[name]
        more.cjk_font(st, SANS, size)
        st.font.bold = True
        st.font.color.rgb = RGBColor.from_string(RED_DARK)
        st.paragraph_format.space_before = Pt(10 if size == 14 else 6)
        st.paragraph_format.space_after = Pt(4)
    width = Cm(16.6)
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []

    def run(
        p: Any,
        text: str,
        size: float | None = None,
        bold: bool = False,
        color: str = "",
        font: str = "",
    ) -> Any:
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        r.bold = bold or None
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            prev4.run_font(r, font)
        return r

    def body(where: Any, i: int) -> None:
        p = where.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(21)
        p.paragraph_format.space_after = Pt(3)
        run(p, paras[i])
        used.append(paras[i])
        if i in W06_KEEP:
            must.append(base.clause(paras[i]))

    with tempfile.TemporaryDirectory() as tmp:
        t_dir = Path(tmp)
        logo(t_dir / "logo.png")
        # header: logo and name left, report kind right, a red rule; footer: the notice
        sec = d.sections[0]
        hp = sec.header.paragraphs[0]
        hp.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        hp.add_run().add_picture(str(t_dir / "logo.png"), height=Cm(0.7))
        run(hp, " " + W06_HEADER[0], 10.5, True, RED_DARK, SANS)
        run(hp, "\t\t" + W06_HEADER[1], 9, False, "595959")
        more.border(hp, "bottom", RED_DARK, 12)
        fp = sec.footer.paragraphs[0]
        fp.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        run(fp, W06_FOOTER, 9, False, "595959")
        run(fp, "\t\t", 9)
        more.add_field(fp, "PAGE")
        more.border(fp, "top", "A6A6A6", 4)

        # page 1: kind and date, the title, then a layout table: 投资要点 | analyst box
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        run(p, W06_KIND[0], 10.5, True, RED_DARK, SANS)
        run(p, "\t" + W06_KIND[1], 10.5)
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(12)
        run(p, W06_TITLE, 18, True, "000000", SANS)
        tab = d.add_table(rows=1, cols=2)
        tab.autofit = False
        for col, w_cm in zip(tab.columns, (11.3, 5.3), strict=True):
            col.width = Cm(w_cm)
            for cell in col.cells:
                cell.width = Cm(w_cm)
        left, right = tab.cell(0, 0), tab.cell(0, 1)
        shade(right, "F2F2F2")
        head = left.paragraphs[0]
        run(head, "投资要点", 12, True, RED_DARK, SANS)
        headings.append({"text": "投资要点", "level": 1})
        for i in W06_SUMMARY:
            body(left, i)
        first = True
        for line in (*W06_ANALYST, "", "相关研究", *W06_RELATED):
            q = right.paragraphs[0] if first else right.add_paragraph()
            first = False
            q.alignment = WD_ALIGN_PARAGRAPH.LEFT
            run(q, line, 9, line == "相关研究", RED_DARK if line == "相关研究" else "")
        p = d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

        # 图表目录: the captions again, dotted leaders, page numbers (filled in below)
        p = d.add_paragraph()
        run(p, "图表目录", 12, True, RED_DARK, SANS)
        captions = [W06_FIGURES["图1"][0], W06_FIGURES["图2"][0], W06_TABLE_CAPTION]
        lof = []
        for cap in captions:
            q = d.add_paragraph()
            q.paragraph_format.tab_stops.add_tab_stop(
                width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
            )
            run(q, cap + "\t")
            lof.append(run(q, "0"))
        p = d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

        def figure(key: str) -> None:
            if key == "表1":
                c = d.add_paragraph()
                c.paragraph_format.keep_with_next = True
                run(c, W06_TABLE_CAPTION, 10, True, "", SANS)
                tb = d.add_table(rows=len(W06_TABLE), cols=2)
                tb.style = d.styles["Table Grid"]
                tb.alignment = WD_TABLE_ALIGNMENT.CENTER
                for r_i, row in enumerate(W06_TABLE):
                    for c_i, text in enumerate(row):
                        cp = tb.cell(r_i, c_i).paragraphs[0]
                        run(cp, text, 9.5, r_i == 0)
            else:
                cap, labels, values = W06_FIGURES[key]
                png = t_dir / f"{key}.png"
                bar_chart(png, labels, values)
                c = d.add_paragraph()
                c.paragraph_format.keep_with_next = True
                run(c, cap, 10, True, "", SANS)
                pic = d.add_paragraph()
                pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
                pic.paragraph_format.keep_with_next = True
                pic.add_run().add_picture(str(png), width=Cm(13))
            src = d.add_paragraph()
            src.paragraph_format.space_after = Pt(8)
            run(src, W06_SOURCE, 9, False, "7F7F7F")

        for h1, idx1, subs in W06_OUTLINE:
            d.add_heading(h1, level=1)
            headings.append({"text": h1, "level": 1})
            for i in idx1:
                body(d, i)
            if isinstance(subs, str):
                figure(subs)
                continue
            for h2, idx2, fig in subs:
                d.add_heading(h2, level=2)
                headings.append({"text": h2, "level": 2})
                for i in idx2:
                    body(d, i)
                if fig:
                    figure(fig)

        # the last page: analyst statement, rating key, disclaimer, in 9 pt
        p = d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

        def small_head(text: str) -> None:
            q = d.add_paragraph()
            q.paragraph_format.space_before = Pt(8)
            run(q, text, 10.5, True, RED_DARK, SANS)
            more.border(q, "bottom", RED_DARK, 6)

        def small(text: str) -> None:
            q = d.add_paragraph()
            run(q, text, 9, False, "404040")

        small_head("分析师声明")
        small(W06_STATEMENT)
        small_head("投资评级说明")
        for name, text in W06_RATINGS:
            small(f"{name}：{text}")
        small_head("免责声明")
        for text in W06_DISCLAIMER:
            small(text)

        def render() -> Path:
            src = t_dir / "report.docx"
            d.save(str(src))
            return base.lo_pdf(src, t_dir)

        # fill the 图表目录's page numbers from a first rendering
        pdf = render()
        n = more.pages(pdf)
        for cap, r in zip(captions, lof, strict=True):
            hits = [
                pg
                for pg in range(3, n + 1)
                if more.squash(cap) in more.squash(more.pdftext(pdf, pg))
            ]
            r.text = str(hits[0])
        pdf = render()
        path.write_bytes(pdf.read_bytes())
    n = more.pages(path)
    assert 6 <= n <= 8, f"{path.name}: {n} pages"
    text = more.pdftext(path)
    for page in range(1, n + 1):
        lines = [ln for ln in more.pdftext(path, page).splitlines() if ln.strip()]
        assert more.squash(W06_HEADER[0]) in more.squash(lines[0]), (page, lines[0])
        assert more.squash(lines[-1]) == more.squash(W06_FOOTER) + str(page), (page, lines[-1])
    for cap, r in zip(captions, lof, strict=True):
        assert more.squash(cap) in more.squash(more.pdftext(path, int(r.text))), cap
    last = more.squash(more.pdftext(path, n))
    assert more.squash(W06_DISCLAIMER[0]) in last and more.squash(W06_STATEMENT) in last
    gold: Gold = {
        "title": W06_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [*W06_HEADER, W06_FOOTER],
        "must_not_have": [
            W06_ANALYST[1],
            W06_RELATED[1].split("》")[0] + "》",
            base.clause(W06_STATEMENT),
            f"{W06_RATINGS[0][0]}：{W06_RATINGS[0][1]}",
            base.clause(W06_DISCLAIMER[1]),
        ],
        "note": (
            f"{n} pages, a broker's research report (券商研报; Word -> LibreOffice): every "
            "page has a header with a logo image (DC, text only in the image), 东川证券｜"
            "宏观研究 (bold red) left and 证券研究报告 right over a red rule, and a footer "
            "请务必阅读正文之后的免责声明 with the page number: header and footer strings "
            "are running; page 1: the kind line (宏观研究｜深度报告 and the date, metadata, "
            "unscored), the title (18 pt bold sans), then a two-cell layout table: 投资要点 "
            "(level-1 heading, in the left cell) with two body paragraphs, and a grey "
            "analyst sidebar in the right cell (analyst, 执业证书编号, telephone, e-mail, "
            "assistant, 相关研究 with two report titles): the sidebar is furniture, its "
            "certificate number and a related report's title must_not_have, the rest "
            "unscored; page 2: 图表目录 with dotted leaders and page numbers: a list of "
            "figures, neither heading nor body (its entries repeat the captions); the "
            "body: Heading 1 1. … (level 1) and Heading 2 1.1 … (level 2), numbers typed, "
            "4. 风险提示 level 1; charts are images; their 图N：… captions (bold, above) "
            "and the 表1：… caption and its table cells are unscored, and so is every "
            "资料来源：… line under a figure or table (a caption's part, as captions are in "
            "the earlier sets; first written as must_not_have, changed after the first "
            "run for that consistency); the last page "
            "(分析师声明, 投资评级说明 with four rating definitions, 免责声明 with three "
            "paragraphs, 9 pt under small red ruled labels, all written by the maker) is "
            "the broker's standard boilerplate: its labels are not headings and its text "
            "is not body (the statement's and the disclaimer's second paragraph's first "
            "18 characters and the 买入 definition must_not_have)"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


BUILDERS: dict[str, tuple[Any, int]] = {
    "w01_pptx_slide_deck.pdf": (build_slide_deck, 2017),
    "w02_lo_line_numbered_draft.pdf": (build_line_numbered, 2016),
    "w03_rl_stream_order_notes.pdf": (build_stream_order, 2014),
    "w04_docx_layout_table_form.docx": (build_layout_table, 2013),
    "w05_lo_colour_headings.pdf": (build_colour_headings, 2016),
    "w06_lo_broker_research.pdf": (build_broker_report, 2017),
}
SOURCE_HEAD = (
    "# Documents made with real tools, eighth set (development data)\n\n"
    "Made as development data after the seventh set (`realdocs-made7`), each a layout\n"
    "pattern the earlier sets lack: PDF/DOCX w01-w06 by `python eval/make_realdocs8_files.py`,\n"
    "HTML pages (w07 on) by their own script. Texts come only from the public government\n"
    "work reports 2013–2017 in `../shared/data/gov-work-reports`; the outputs are\n"
    "committed so tests and CI need none of the tools. Gold (`gold/<file>.json`, the\n"
    "format of `../shared/data/realdocs-dev`) is written by the same scripts from what\n"
    "they put in each document, as a reader reads it and never from reader output,\n"
    "titles and headings as printed: the title, the headings with levels, the running\n"
    "headers that must not reach the body, passages (each one's first 18 characters)\n"
    "that must appear in order, boilerplate that must not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)

ROWS = [
    "| w01_pptx_slide_deck.pdf | python-pptx 1.0.2 → LibreOffice 7.4 Impress → PDF (16:9), gwr 2017 (`eval/make_realdocs8_files.py`, as w02-w06) | slide deck: title slide (40 pt title on a band, issuer/date), 目录 slide (numbered boxes: not headings), section-divider slides (big `01`-`04` in a panel + section name: level 1, without the number), content slides with a 28 pt title (level 2) and `■` bullet paragraphs, a table slide, closing slide `敬请各位领导批评指正！` (must_not_have); footer line on every slide but the first (running), red `内部资料　注意保存` tag (must_not_have), `slidenum` field |",
    "| w02_lo_line_numbered_draft.pdf | python-docx (+ `w:lnNumType`) → LibreOffice 7.4, gwr 2016 | legal draft with line numbers in the left margin (every line, restarting on each page): must_not_have = continuation lines' numbers glued to their text; centred `第N章　…` (level 1), `第一节` (level 2), articles `第N条　…` with bold labels (body, label included); header office/征求意见稿 (running); `第 N 页 共 M 页` |",
    "| w03_rl_stream_order_notes.pdf | reportlab 5.1 (lines set by the script, AR PL SungtiL GB / KaitiM GB), gwr 2014 | content stream out of reading order: footer, header, margin notes first, then each page's body paragraphs shuffled (every other one's lines bottom-up), headings and title last (`pdftotext -raw` out of order, `-layout` in order); red Kai `【批注】…` reviewer's notes in a wide left margin beside paragraph first lines (must_not_have); `一、` bold (level 1), `（一）` Kai (level 2); header (running), `— N —` |",
    "| w04_docx_layout_table_form.docx | python-docx 1.2, gwr 2013 | 工作情况报告单: office and form name (24 pt) over one Table Grid layout table: label cells (标题, 报送单位, 报送日期, 密级, 紧急程度, 正文, 拟办意见, 领导批示, 承办人, 联系电话); title = the 标题 value cell (not the form name); the whole report (bold `一、` level 1, bold Kai `（一）` level 2, paragraphs) in one merged 正文 cell over 5 pages; empty 拟办意见/领导批示 rows and the phone number (must_not_have) |",
    "| w05_lo_colour_headings.pdf | python-docx → LibreOffice 7.4, gwr 2016 | headings in the body face, size (12 pt) and weight, unnumbered, on their own lines, told only by colour: dark red = level 1, blue = level 2; eight body paragraphs open with a run-in lead sentence in the same blue (body, two in must_have); 20 pt bold title (the only bold text); grey header (running), `- N -` |",
    "| w06_lo_broker_research.pdf | python-docx (+ Pillow 13 charts and logo) → LibreOffice 7.4, gwr 2017 | 券商研报: header logo image + `东川证券｜宏观研究` / `证券研究报告`, footer `请务必阅读正文之后的免责声明` + page (running); page 1 kind/date line, title, layout table with 投资要点 (level 1) and a grey analyst sidebar (执业证书编号, 相关研究: must_not_have); 图表目录 with leaders (not headings/body); Heading 1/2 `1.`/`1.1` typed; chart images with `图N：` captions, a table, `资料来源：` lines (captions' parts: unscored); last page 分析师声明/投资评级说明/免责声明 boilerplate (must_not_have, not headings) |",
]


def main(argv: list[str] | None = None) -> int:
    return more.make_set(argv, __doc__, BUILDERS, "realdocs-made8", ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
