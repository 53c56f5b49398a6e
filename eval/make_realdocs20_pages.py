# ruff: noqa: E501  (OOXML snippets, HTML templates and SOURCE.md rows are kept on one line each)
"""Make the DOCX and HTML documents of ``realdocs-made20`` (f01-f06) and their gold.

A twentieth set of development documents, made blind (without looking at the readers or
running them), each a pattern common in real Chinese files that the earlier sets lack;
the PDFs of the set (e01-e06) come from their own maker. The texts come only from the
public government work reports 2013-2017 (``../shared/data/gov-work-reports``), whole
paragraphs (titles, headings, labels, names, dates, comments, notes and furniture are
written here; people, places, companies and sites are made up; the markup follows
general knowledge of how such files and sites are built, not any real page):

- ``f01_docx_wps_textbox_title.docx`` (gwr 2014): a 调研报告 as WPS writes it: the title
  and a ``——`` subtitle in one floating text box (``mc:AlternateContent``: a DrawingML
  ``wps:wsp``/``wps:txbx`` branch and a VML ``w:pict``/``v:textbox`` fallback holding the
  same two paragraphs, so the text is twice in the XML), the research group and date
  under it, headings in custom styles named ``标题 1``/``标题 2`` (styleIds ``1``/``2``,
  based on Normal, whose styleId is ``a`` as in Chinese Word, with their own
  ``w:outlineLvl``) numbered ``一、``/``（一）`` by a chineseCounting list linked to the
  styles (numbers in no run), a different first-page header (内部资料) and another header
  on the later pages, ``第 X 页`` PAGE footers, an 执笔 line at the end, WPS's app.xml and
  custom.xml (KSOProductBuildVer);
- ``f02_docx_minutes_layout_table.docx`` (gwr 2016): a 会议纪要: a cover block of legacy
  form fields (``编号：`` FORMTEXT, ``密级：`` FORMDROPDOWN), the title (Title style), a
  ``w:sdt`` Table of Contents with cached entries (hyperlinks, numbers typed by Word,
  PAGEREF fields with the pages LibreOffice prints), then one two-column Table Grid
  layout table: label cells (会议时间/会议地点/主持人/参会单位/记录人/会议内容/分送)
  beside content cells, the whole minutes in the 会议内容 cell: Heading 1/2 numbered
  ``1``/``1.1`` by a multilevel list linked to the heading styles, two footnotes
  (footnotes.xml), an endnote (endnotes.xml), two comments (comments.xml) anchored on a
  heading and on a sentence; a header naming the office, ``第 X 页 共 Y 页``;
- ``f03_docx_pasted_speech_tracked.docx`` (gwr 2015): a 讲话稿 made like pasted text:
  no paragraph styles at all, every run with direct fonts and sizes, indents typed as
  two ideographic spaces, the title split by a soft break, centred bold ``第一部分　…``
  lines, bold stand-alone ``（一）…`` lines in the first part only, bold run-in leads
  (``一是…。``, ``第一，…。``, ``（一）…。``) opening paragraphs, a whole paragraph in
  bold, long paragraphs with ``w:br`` every 24 characters (pasted from a narrow print),
  a header with ``打印日期：`` and a ``w:fldSimple`` DATE field, ``- N -`` footers, and
  tracked changes (``w:ins``/``w:del`` in two headings and in a passage's first 18
  characters, a deleted sentence, a deleted editorial-note paragraph with its mark, a
  paragraph inserted whole), read as accepted;
- ``f04_nextjs_news_article.html`` (gwr 2017): a Next.js server-rendered news article:
  CSS-module class names, ``<article>`` with the ``<h1>``, a meta line, a
  ``<p class="summary">`` lead, ``<h2>`` subheads, two pull quotes in
  ``<aside><blockquote>`` (one repeating a body sentence word for word, one shortened
  with ``……``), a picture gallery (``<figure>``/``<figcaption>``, counter, 上一张/下一张),
  tags, share, 相关阅读 and 评论（2） ``<h3>`` sections, footer, a cookie banner, and the
  ``__NEXT_DATA__`` JSON (the same article as escaped HTML) at the end of ``<body>``;
- ``f05_bjh_author_gb18030.html`` (gwr 2013): a 百家号-like self-media article saved as
  GB18030 (``charset=gb18030``; emoji in the feed, four-byte sequences): ``<title>``
  with `` - 知澜号``, the title in ``<div class="article-title"><h2>`` (no ``<h1>``),
  author line, author card with 获赞/粉丝/关注 counts and +关注, the content as
  ``<p><span class="bjh-p">`` with whole-paragraph ``<span class="bjh-strong">``
  subheads (bold only by a class rule) and one bold run-in lead inside a paragraph,
  images with ``<span class="bjh-image-caption">``, the 声明：本文由入驻知澜号的作者撰写…
  line at the end of the content, 举报/反馈 and 侵权投诉 links, 猜你喜欢 feed, footer;
- ``f06_gov_notice_index_table.html`` (gwr 2014): a government 政策文件 page: the
  信息公开 索引 table (索引号/主题分类/发文机关/成文日期/标题/发文字号/发布日期), the title
  in ``<div class="title">`` (also in the table and in ``<title>``), the 文号 centred,
  ``各有关单位：``, ``一、``/``（一）``/``1.`` headings as ``<p style="text-indent:2em">``
  with ``<b>`` or ``<strong>`` (levels 1-3), the right-aligned issuer and date,
  （此件主动公开）, 附件 links, 扫一扫在手机打开当前页, 【打印本页】【关闭窗口】, footer.

Gold is written from what each builder put in the document, decided as a reader reads
it in Word (changes accepted) or in a browser, never from reader output; every string
of the gold is checked against the document: for the DOCX against the XML text and a
LibreOffice rendering (``soffice --headless --convert-to pdf`` must succeed), for the
pages against the text a browser shows. Run once; the outputs are committed:

    python eval/make_realdocs20_pages.py [--out eval/data/realdocs-made20] [--only f01 ...]
"""

from __future__ import annotations

import argparse
import html
import itertools
import json
import re
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs2_pages as pages2
import make_realdocs3_files as third
import make_realdocs4_files as prev4
import make_realdocs6_files as prev6
import make_realdocs7_files as prev7
import make_realdocs8_files as prev8
import make_realdocs9_files as prev9

ROOT = Path(__file__).resolve().parents[1]
MINE = ("f01_", "f02_", "f03_", "f04_", "f05_", "f06_")
Gold = dict[str, Any]
xml_el, w = prev7.xml_el, prev7.w
esc = pages2.esc
norm = pages2.norm
FANGSONG, HEITI, KAITI, XIAOBIAOSONG = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"


def gwr(year: int, head: str, i: int) -> str:
    """Whole paragraph ``i`` under the report heading that starts with ``head``."""
    return pages2.section(year, head)[i]


def spacing(body: list[str]) -> int:
    """CJK-space-CJK occurrences in the source paragraphs themselves."""
    return sum(len(pages2.SPACING.findall(p)) for p in body)


def make_gold(
    title: str,
    headings: list[tuple[str, int]],
    must: list[str],
    running: list[str],
    must_not: list[str],
    body: list[str],
    note: str,
) -> Gold:
    assert len(must) == 5, must
    g: Gold = {
        "title": title,
        "headings": [{"text": h, "level": lv} for h, lv in headings],
        "must_have": must,
        "running": running,
        "must_not_have": must_not,
    }
    if spacing(body):
        g["spacing_allowance"] = spacing(body)
    g["note"] = note
    return g


# ------------------------------------------------------------------ DOCX helpers


def add_xml(parent: Any, snippet: str) -> None:
    """Append the WordprocessingML elements of ``snippet`` to ``parent``."""
    holder = xml_el(f"<w:p>{snippet}</w:p>")
    for child in list(holder):
        parent.append(child)


def put_p(d: Any, xml: str) -> Any:
    """A paragraph written as XML, appended to the body of ``d``."""
    el = xml_el(xml)
    placeholder = d.add_paragraph()._p
    placeholder.addprevious(el)
    placeholder.getparent().remove(placeholder)
    return el


def rpr(font: str, half: int, bold: bool = False, color: str = "") -> str:
    """Direct run properties as WPS and pasted text carry them."""
    return (
        f'<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
        + ("<w:b/><w:bCs/>" if bold else "")
        + (f'<w:color w:val="{color}"/>' if color else "")
        + f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/></w:rPr>'
    )


def run(text: str, props: str = "", every: int = 0) -> str:
    """A run; with ``every``, a ``w:br`` after each ``every`` characters (pasted lines)."""
    chunks = [text[k : k + every] for k in range(0, len(text), every)] if every else [text]
    inner = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(c)}</w:t>' for c in chunks)
    return f"<w:r>{props}{inner}</w:r>"


def add_abstract_num(doc: Any, num_id: int, nsid: str, lvls: str) -> None:
    """A multilevel list (abstractNum and num, both ``num_id``) in numbering.xml."""
    numbering = doc.part.numbering_part.element
    absnum = xml_el(
        f'<w:abstractNum w:abstractNumId="{num_id}"><w:nsid w:val="{nsid}"/>'
        f'<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="{nsid[::-1]}"/>{lvls}</w:abstractNum>'
    )
    first_num = numbering.find(w("num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(
        xml_el(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>')
    )


def lvl(k: int, fmt: str, text: str, style: str = "", suff: str = "tab", ind: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    ppr = f"<w:pPr>{ind}</w:pPr>" if ind else ""
    return (
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}'
        f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>{ppr}</w:lvl>'
    )


def spare_lvls(start: int) -> str:
    """Word writes all nine levels of a list: the unused ones plain decimal."""
    return "".join(
        lvl(
            k,
            "decimal",
            "".join(f"%{j + 1}." for j in range(k + 1)),
            ind=f'<w:ind w:left="{420 * (k + 1)}" w:hanging="420"/>',
        )
        for k in range(start, 9)
    )


def rewrite_zip(path: Path, edits: dict[str, Callable[[str], str]], added: dict[str, str]) -> None:
    """Rewrite parts of a DOCX in place (``edits``) and add new ones (``added``)."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    names = {i.filename for i, _ in items}
    assert set(edits) <= names, set(edits) - names
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename in edits:
                data = edits[info.filename](data.decode("utf-8")).encode("utf-8")
            z.writestr(info, data)
        for name, text in added.items():
            z.writestr(name, text.encode("utf-8"))


def part_text(path: Path, pattern: str) -> str:
    """The ``w:t``/``w:delText`` text of the DOCX parts whose names match ``pattern``."""
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.fullmatch(pattern, name):
                xml = z.read(name).decode("utf-8")
                out += re.findall(r"<w:(?:t|delText)(?: [^>]*)?>([^<]*)</w:(?:t|delText)>", xml)
    return "\n".join(out)


def lo_pages(path: Path, settings_tag: str = "") -> list[str]:
    """The pages of a LibreOffice PDF of the DOCX as ``pdftotext -layout`` prints them
    (the conversion must succeed)."""
    with tempfile.TemporaryDirectory() as tmp:
        pdf = prev7.lo_render(path, Path(tmp), settings_tag)
        return [more.pdftext(pdf, k) for k in range(1, more.pages(pdf) + 1)]


def docx_check(name: str, gold: Gold, body: list[str], have: str, printed: str) -> None:
    """Every gold string is in the document's text (``have``) and printed; passages in
    order in the body and in print; running lines and boilerplate not in the body."""
    third.no_clash(name, body, gold)
    third.check_in(name, have, gold)
    third.check_in(name, printed, {**gold, "must_not_have": [], "running": []})
    assert prev8.in_order(printed, gold["must_have"]), name
    assert prev8.in_order("\n".join(body), gold["must_have"]), name


# ------------------------------------------------- f01 WPS 调研报告, text-box title

F01_YEAR = 2014
F01_TITLE = "关于推进新型城镇化和农业现代化的调研报告"
F01_SUB = "——对东川市六个县（区）的调查与思考"
F01_BY = "东川市人民政府研究室调研组"
F01_DATE = "2014年5月"
F01_FIRST_HEADER = "内部资料　注意保存"
F01_HEADER = "东川市人民政府研究室　调研与参考"
F01_WRITER = "（执笔：刘建华　王晓燕）"
F01_NUM = 31
# (heading or None, level, gwr paragraphs (report heading, index) under it)
F01_OUTLINE: list[tuple[str | None, int, list[tuple[str, int]]]] = [
    (None, 0, [("（五）", 0)]),
    ("基本情况", 1, [("一、", 9), ("一、", 11), ("一、", 14)]),
    ("主要做法和成效", 1, []),
    ("推进农业转移人口市民化", 2, [("（五）", 1), ("（五）", 2)]),
    ("夯实农业农村发展基础", 2, [("（四）", 1), ("（四）", 2)]),
    ("存在的主要问题", 1, [("一、", 25), ("（八）", 0)]),
    ("对策建议", 1, [("（三）", 0)]),
    ("深化农村改革", 2, [("（四）", 3), ("（四）", 4)]),
    ("加强城镇化管理创新", 2, [("（五）", 3), ("（八）", 4)]),
]
F01_KEEP = {("（五）", 0), ("一、", 11), ("（四）", 2), ("一、", 25), ("（五）", 3)}
WPS_CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-11.1.0.11194</vt:lpwstr></property>'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>3B8E6A1C9D2F4E07A5B1C3D5E7F90A12</vt:lpwstr></property>'
    "</Properties>"
)


def wps_textbox(lines: list[tuple[str, str, int, bool]]) -> Any:
    """A run holding a floating, borderless text box as WPS writes one: an
    ``mc:AlternateContent`` whose ``wps`` choice (``wps:wsp``/``wps:txbx``) and VML
    fallback (``v:shape``/``v:textbox``) both hold the same paragraphs
    (``lines``: text, font, half-points, bold)."""
    from docx.oxml import parse_xml

    paras = "".join(
        f'<w:p><w:pPr><w:spacing w:before="{0 if k == 0 else 120}" w:line="{int(half * 14)}" w:lineRule="exact"/>'
        f'<w:jc w:val="center"/><w:rPr>{rpr(font, half, bold)[7:-8]}</w:rPr></w:pPr>'
        f"{run(text, rpr(font, half, bold))}</w:p>"
        for k, (text, font, half, bold) in enumerate(lines)
    )
    content = f"<w:txbxContent>{paras}</w:txbxContent>"
    cx, cy = 5580000, 1260000  # EMU: 15.5 cm x 3.5 cm
    xml = (
        f'<w:r {prev4.NS_SHAPE}><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="2" name="文本框 2"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>'
        f"<wps:txbx>{content}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        '<v:shape id="文本框 2" o:spid="_x0000_s1026" o:spt="202" type="#_x0000_t202" '
        'style="position:absolute;left:0pt;margin-top:0pt;height:99.2pt;width:439.4pt;'
        "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
        'mso-wrap-distance-bottom:0pt;mso-wrap-distance-top:0pt;z-index:251660288;" '
        'filled="f" stroked="f" coordsize="21600,21600">'
        '<v:path/><v:fill on="f" focussize="0,0"/><v:stroke on="f" weight="0.5pt"/>'
        '<v:imagedata o:title=""/><o:lock v:ext="edit" aspectratio="f"/>'
        f'<v:textbox inset="7.2pt,3.6pt,7.2pt,3.6pt">{content}</v:textbox>'
        '<w10:wrap type="topAndBottom"/></v:shape>'
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    return parse_xml(xml)


def chinese_word_styles(d: Any, num_id: int) -> None:
    """Normal's styleId becomes ``a`` (as in Chinese Word) and two custom paragraph
    styles named ``标题 1``/``标题 2`` (styleIds ``1``/``2``) are added, based on Normal,
    with their own outline levels and the list ``num_id`` linked to them."""
    styles = d.styles.element
    for st in styles.findall(w("style")):
        if st.get(w("styleId")) == "Normal":
            st.set(w("styleId"), "a")
        for tag in ("basedOn", "next", "link"):
            el = st.find(w(tag))
            if el is not None and el.get(w("val")) == "Normal":
                el.set(w("val"), "a")
    for sid, name, level, font, before in (
        ("1", "标题 1", 0, HEITI, 240),
        ("2", "标题 2", 1, KAITI, 120),
    ):
        ilvl = f'<w:ilvl w:val="{level}"/>' if level else ""
        styles.append(
            xml_el(
                f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>'
                '<w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/>'
                f'<w:pPr><w:keepNext/><w:keepLines/><w:numPr>{ilvl}<w:numId w:val="{num_id}"/></w:numPr>'
                f'<w:spacing w:before="{before}" w:after="120" w:line="560" w:lineRule="exact"/>'
                f'<w:ind w:firstLine="640"/><w:outlineLvl w:val="{level}"/></w:pPr>'
                f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
                + ("<w:b/>" if level == 0 else "")
                + '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
            )
        )


def chinese_numbers(outline: list[tuple[str | None, int, list[tuple[str, int]]]]) -> list[str]:
    """The numbers a chineseCounting 一、/（一） list draws before the headings."""
    zh = "一二三四五六七八九"
    out, n1, n2 = [], 0, 0
    for h, level, _ in outline:
        if h is None:
            continue
        if level == 1:
            n1, n2 = n1 + 1, 0
            out.append(f"{zh[n1 - 1]}、{h}")
        else:
            n2 += 1
            out.append(f"（{zh[n2 - 1]}）{h}")
    return out


def build_wps_textbox(path: Path) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    more.a4(d, top=3.7, bottom=3.5, left=2.8, right=2.6)
    d.core_properties.title = ""
    d.core_properties.author = "Administrator"
    normal = d.styles["Normal"]
    more.cjk_font(normal, FANGSONG, 16)
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    add_abstract_num(
        d,
        F01_NUM,
        "5C2A7E31",
        lvl(0, "chineseCounting", "%1、", "1", "nothing", '<w:ind w:left="0" w:firstLine="640"/>')
        + lvl(
            1, "chineseCounting", "（%2）", "2", "nothing", '<w:ind w:left="0" w:firstLine="640"/>'
        )
        + spare_lvls(2),
    )
    chinese_word_styles(d, F01_NUM)
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    fh = sec.first_page_header.paragraphs[0]
    fh.alignment = WD_ALIGN_PARAGRAPH.LEFT
    prev9.add_run(fh, F01_FIRST_HEADER, 10.5, True, HEITI)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    prev9.add_run(hp, F01_HEADER, 9, False, FANGSONG)
    more.border(hp, "bottom", "000000", 6)
    for foot in (sec.footer, sec.first_page_footer):
        fp = foot.paragraphs[0]
        prev4.page_footer(fp, "第 ", " 页")
        for r in fp.runs:
            r.font.size = Pt(10.5)
    # the title block: the text box anchored in the first (empty) paragraph
    anchor = d.add_paragraph()
    anchor._p.append(
        wps_textbox([(F01_TITLE, XIAOBIAOSONG, 40, False), (F01_SUB, KAITI, 32, False)])
    )
    for k, line in enumerate((F01_BY, F01_DATE)):
        q = d.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_after = Pt(18 if k else 0)
        prev9.add_run(q, line, 16, False, KAITI)
    body: list[str] = []
    must: list[str] = []
    headings: list[tuple[str, int]] = []
    for head, level, picks in F01_OUTLINE:
        if head is not None:
            q = d.add_paragraph(style=d.styles[f"标题 {level}"])
            q.add_run(head)
            headings.append((head, level))
        for pick in picks:
            text = gwr(F01_YEAR, *pick)
            q = prev9.body_para(d, text, 16)
            q.paragraph_format.line_spacing = Pt(28)
            body.append(text)
            if pick in F01_KEEP:
                must.append(base.clause(text))
    q = d.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    q.paragraph_format.space_before = Pt(28)
    prev9.add_run(q, F01_WRITER, 16, False, KAITI)
    d.save(str(path))
    prev6.wps_app_xml(path)
    rewrite_zip(
        path,
        {
            "[Content_Types].xml": lambda s: s.replace(
                "</Types>",
                '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
            ),
            "_rels/.rels": lambda s: s.replace(
                "</Relationships>",
                '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
            ),
        },
        {"docProps/custom.xml": WPS_CUSTOM},
    )

    # checks: the text box text twice in the XML (choice and fallback), printed once
    with zipfile.ZipFile(path) as z:
        doc_xml = z.read("word/document.xml").decode("utf-8")
        styles_xml = z.read("word/styles.xml").decode("utf-8")
        assert "KSOProductBuildVer" in z.read("docProps/custom.xml").decode("utf-8")
        assert "WPS Office" in z.read("docProps/app.xml").decode("utf-8")
    for s in (F01_TITLE, F01_SUB):
        assert doc_xml.count(f">{s}<") == 2, s
    assert "<mc:Fallback>" in doc_xml and "<v:textbox" in doc_xml and "<wps:txbx>" in doc_xml
    assert re.search(r'w:styleId="1"><w:name w:val="标题 1"/><w:basedOn w:val="a"/>', styles_xml)
    assert 'w:styleId="a"' in styles_xml and 'w:styleId="Normal"' not in styles_xml
    pages = lo_pages(path)
    printed = "\n".join(pages)
    flat = more.squash(printed)
    n = len(pages)
    assert 4 <= n <= 9, f"{path.name}: {n} pages"
    assert flat.count(more.squash(F01_TITLE)) == 1, "title printed once"
    assert more.squash(F01_FIRST_HEADER) in more.squash(pages[0])
    assert more.squash(F01_HEADER) not in more.squash(pages[0])
    for k, page in enumerate(pages[1:], 2):
        pg = more.squash(page)
        assert more.squash(F01_HEADER) in pg and f"第{k}页" in pg, k
        assert more.squash(F01_FIRST_HEADER) not in pg, k
    numbers = chinese_numbers(F01_OUTLINE)
    have = more.squash(prev4.docx_text(path))
    for num in numbers:
        assert more.squash(num) in flat, f"{num} not drawn"
        assert more.squash(num) not in have, f"{num} in a run"
    gold = make_gold(
        F01_TITLE,
        headings,
        must,
        [F01_FIRST_HEADER, F01_HEADER],
        [F01_SUB, "执笔：刘建华"],
        body,
        f"a DOCX as WPS Office writes it (app.xml and custom.xml KSOProductBuildVer; "
        f"{n} pages in LibreOffice), a 调研报告: the title block is one borderless floating "
        "text box on page 1 (mc:AlternateContent: a wps:wsp/wps:txbx choice and a VML "
        "v:shape/v:textbox fallback, each holding the title paragraph and the ——subtitle "
        "paragraph, so both strings are twice in document.xml and must be read once; "
        "core title empty): the title is the first line only; the ——对…的调查与思考 "
        "subtitle belongs to the title block and is not body (must_not_have, as a "
        "second copy of the box would also bring it); the research group and date lines "
        "under the box are metadata (unscored); headings are paragraphs in custom styles "
        "named 标题 1/标题 2 (w:customStyle, styleIds 1/2, based on Normal whose styleId "
        "is a, as Chinese Word names it; not the built-in heading styles) carrying "
        "w:outlineLvl 0/1: levels 1/2; their numbers 一、/（一） are drawn by a "
        "chineseCounting multilevel list linked to the styles (numPr in the styles, "
        "pStyle in the levels), in no run, so gold headings have none (as the earlier "
        "sets' list-numbered DOCX); a different first-page header (内部资料　注意保存) "
        "and another header on the later pages (office name, ruled) are both running; "
        "第 X 页 footers not listed; the 执笔 line at the end is not body (must_not_have)",
    )
    docx_check(path.name, gold, body, prev4.docx_text(path), printed)
    return gold


# ------------------------------------------ f02 会议纪要 in a layout table, TOC, notes

F02_YEAR = 2016
F02_TITLE = "东川市推进供给侧结构性改革联席会议第三次会议纪要"
F02_NO = "DCGG-JY-2016-03"
F02_SECRECY = ("公开", "内部", "秘密")
F02_HEADER = "东川市推进供给侧结构性改革联席会议办公室"
F02_NUM = 32
F02_ROWS = [
    ("会议时间", "2016年3月28日（星期一）上午9:00"),
    ("会议地点", "市政府行政中心3号楼第一会议室"),
    ("主 持 人", "周建国　副市长"),
    (
        "参会单位",
        "市发展改革委、市经信委、市财政局、市人力社保局、市国资委、人民银行东川市中心支行",
    ),
    ("记 录 人", "韩　梅"),
    ("会议内容", ""),
    ("分　　送", "各县（区）人民政府，市政府各部门，市属各国有企业"),
]
F02_OUTLINE: list[tuple[str | None, int, list[tuple[str, int]]]] = [
    (None, 0, [("三、", 0)]),
    ("总体要求", 1, [("三、", 1), ("三、", 3)]),
    ("宏观政策", 1, []),
    ("财政政策", 2, [("（一）", 1), ("（一）", 2)]),
    ("货币金融政策", 2, [("（一）", 4), ("（一）", 5)]),
    ("供给侧结构性改革", 1, []),
    ("简政放权", 2, [("（二）", 1)]),
    ("去产能和降成本", 2, [("（二）", 3), ("（二）", 5)]),
    ("扩大内需和对外开放", 1, [("（三）", 2), ("（五）", 3)]),
]
F02_KEEP = {("三、", 0), ("（一）", 2), ("（一）", 5), ("（二）", 1), ("（五）", 3)}
F02_FOOTNOTES = {
    ("（一）", 1): "赤字率，指财政赤字占国内生产总值的比重。",
    ("（二）", 3): "去产能任务清单由市经信委会同市发展改革委另行印发。",
}
F02_ENDNOTE = (("（五）", 3), "本纪要议定事项由市政府督查室纳入年度督查计划。")
F02_COMMENTS = (
    ("货币金融政策", "建议与人民银行东川市中心支行再核实本节表述。", "李明", "LM"),
    (("（二）", 1), "此段请市编办补充本市取消下放审批事项的数字。", "王芳", "WF"),
)


def formfields(number: str, secrecy: int) -> str:
    """``编号：`` with a FORMTEXT field and ``密级：`` with a FORMDROPDOWN field, as a
    Word template's legacy form fields (bookmarked, the dropdown's value only an index
    into its list entries)."""
    lab = rpr(HEITI, 24)
    val = rpr(FANGSONG, 24)
    entries = "".join(f'<w:listEntry w:val="{e}"/>' for e in F02_SECRECY)
    return (
        run("编号：", lab)
        + '<w:bookmarkStart w:id="1" w:name="Text1"/>'
        + f'<w:r>{val}<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput><w:maxLength w:val="20"/></w:textInput></w:ffData></w:fldChar></w:r>'
        + f'<w:r>{val}<w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
        + f'<w:r>{val}<w:fldChar w:fldCharType="separate"/></w:r>'
        + f"<w:r>{val[:-8]}<w:noProof/></w:rPr><w:t>{number}</w:t></w:r>"
        + f'<w:r>{val}<w:fldChar w:fldCharType="end"/></w:r><w:bookmarkEnd w:id="1"/>'
        + run("　　　　密级：", lab)
        + '<w:bookmarkStart w:id="2" w:name="Dropdown1"/>'
        + f'<w:r>{val}<w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Dropdown1"/><w:enabled/><w:calcOnExit w:val="0"/><w:ddList><w:result w:val="{secrecy}"/>{entries}</w:ddList></w:ffData></w:fldChar></w:r>'
        + f'<w:r>{val}<w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
        + f'<w:r>{val}<w:fldChar w:fldCharType="end"/></w:r><w:bookmarkEnd w:id="2"/>'
    )


def decimal_numbers(outline: list[tuple[str | None, int, list[tuple[str, int]]]]) -> list[str]:
    out, n1, n2 = [], 0, 0
    for h, level, _ in outline:
        if h is None:
            continue
        if level == 1:
            n1, n2 = n1 + 1, 0
            out.append(str(n1))
        else:
            n2 += 1
            out.append(f"{n1}.{n2}")
    return out


def minutes_docx(
    path: Path, toc_pages: list[int]
) -> tuple[list[tuple[str, int]], list[str], list[str]]:
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    more.a4(d, top=2.54, bottom=2.54, left=2.8, right=2.6)
    d.core_properties.title = ""
    d.core_properties.author = "韩梅"
    more.cjk_font(d.styles["Normal"], FANGSONG, 12)
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    for name, font, size in (
        ("Title", XIAOBIAOSONG, 20),
        ("Heading 1", HEITI, 14),
        ("Heading 2", KAITI, 12),
        ("TOC Heading", HEITI, 16),
    ):
        st = d.styles[name]
        more.cjk_font(st, font, size)
        st.font.bold = name != "Title"
        st.font.color.rgb = RGBColor(0, 0, 0)
        rfonts = st.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme"):
            rfonts.attrib.pop(prev7.w(attr[2:]), None)
    for level in (1, 2):
        st = d.styles[f"Heading {level}"]
        st.paragraph_format.space_before = Pt(12 if level == 1 else 6)
        st.paragraph_format.space_after = Pt(6 if level == 1 else 3)
        num_pr = st.element.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level - 1
        num_pr.get_or_add_numId().val = F02_NUM
    add_abstract_num(
        d,
        F02_NUM,
        "2E6F1A94",
        lvl(0, "decimal", "%1", "Heading1", ind='<w:ind w:left="432" w:hanging="432"/>')
        + lvl(1, "decimal", "%1.%2", "Heading2", ind='<w:ind w:left="576" w:hanging="576"/>')
        + spare_lvls(2),
    )
    # TOC Heading is based on Heading 1: Word keeps it out of the heading list
    toc_num = d.styles["TOC Heading"].element.get_or_add_pPr().get_or_add_numPr()
    toc_num.get_or_add_ilvl().val = 0
    toc_num.get_or_add_numId().val = 0
    third.toc_styles(d)
    prev9.notes_part(d, "footnote", list(F02_FOOTNOTES.values()))
    prev9.notes_part(d, "endnote", [F02_ENDNOTE[1]])
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    prev9.add_run(hp, F02_HEADER, 9, False, FANGSONG)
    more.border(hp, "bottom", "000000", 4)
    fp = sec.footer.paragraphs[0]
    prev4.page_footer(fp, "第 ", " 页", total=True)
    for r in fp.runs:
        r.font.size = Pt(9)

    cover = d.add_paragraph()
    add_xml(cover._p, formfields(F02_NO, 1))
    t = d.add_paragraph(style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.paragraph_format.space_before = Pt(36)
    t.add_run(F02_TITLE)
    # the Table of Contents content control, then a page break
    numbers = decimal_numbers(F02_OUTLINE)
    heads = [(h, lv) for h, lv, _ in F02_OUTLINE if h is not None]
    anchors = [f"_Toc44719{k + 20:02d}7" for k in range(len(heads))]
    toc = xml_el(
        '<w:sdt><w:sdtPr><w:id w:val="-1518457221"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>'
        "<w:sdtEndPr><w:rPr><w:b/><w:bCs/></w:rPr></w:sdtEndPr><w:sdtContent>"
        '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/><w:spacing w:before="480" w:after="240"/><w:jc w:val="center"/></w:pPr><w:r><w:t>目　录</w:t></w:r></w:p>'
        "</w:sdtContent></w:sdt>"
    )
    content = toc.find(w("sdtContent"))
    for k, ((h, lv), num, anchor, page) in enumerate(
        zip(heads, numbers, anchors, toc_pages, strict=True)
    ):
        content.append(third.toc_entry(lv, num, h, anchor, page, k == 0, k == len(heads) - 1))
    holder = d.add_paragraph()
    holder._p.addprevious(toc)
    holder.add_run().add_break(WD_BREAK.PAGE)

    table = d.add_table(rows=len(F02_ROWS), cols=2)
    table.style = d.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = (Cm(2.6), Cm(13.0))
    for col, wd in zip(table.columns, widths, strict=True):
        col.width = wd
    body: list[str] = []
    must: list[str] = []
    comment_runs: dict[Any, Any] = {}
    for row, (label, value) in zip(table.rows, F02_ROWS, strict=True):
        for c, wd in zip(row.cells, widths, strict=True):
            c.width = wd
        lc, vc = row.cells
        lc.vertical_alignment = (
            WD_CELL_VERTICAL_ALIGNMENT.TOP
            if label == "会议内容"
            else WD_CELL_VERTICAL_ALIGNMENT.CENTER
        )
        q = lc.paragraphs[0]
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_before = q.paragraph_format.space_after = Pt(4)
        prev9.add_run(q, label, 12, True, HEITI)
        if label != "会议内容":
            q = vc.paragraphs[0]
            q.paragraph_format.space_before = q.paragraph_format.space_after = Pt(4)
            prev9.add_run(q, value, 12, False, FANGSONG)
            continue
        first = True
        k = 0
        for head, level, picks in F02_OUTLINE:
            if head is not None:
                q = vc.paragraphs[0] if first else vc.add_paragraph()
                q.style = d.styles[f"Heading {level}"]
                bid = 10 + k
                q._p.append(xml_el(f'<w:bookmarkStart w:id="{bid}" w:name="{anchors[k]}"/>'))
                r = q.add_run(head)
                q._p.append(xml_el(f'<w:bookmarkEnd w:id="{bid}"/>'))
                comment_runs[head] = r
                k += 1
                first = False
            for pick in picks:
                text = gwr(F02_YEAR, *pick)
                q = vc.paragraphs[0] if first else vc.add_paragraph()
                first = False
                q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                q.paragraph_format.first_line_indent = Pt(24)
                q.paragraph_format.line_spacing = 1.5
                lead = third.lead(text)
                r = q.add_run(lead)
                q.add_run(text[len(lead) :])
                comment_runs[pick] = r
                if pick in F02_FOOTNOTES:
                    prev9.note_ref(q, "footnote", list(F02_FOOTNOTES).index(pick) + 1)
                if pick == F02_ENDNOTE[0]:
                    prev9.note_ref(q, "endnote", 1)
                body.append(text)
                if pick in F02_KEEP:
                    must.append(base.clause(text))
    for anchor_key, text, author, initials in F02_COMMENTS:
        d.add_comment(comment_runs[anchor_key], text, author=author, initials=initials)
    d.save(str(path))
    return heads, body, must


def heading_pages(pages: list[str], labels: list[str], start: int) -> list[int]:
    """The (1-based) page on which each numbered heading is printed, in order, from
    page ``start`` on."""
    out: list[int] = []
    page = start
    for label in labels:
        while more.squash(label) not in more.squash(pages[page - 1]):
            page += 1
            assert page <= len(pages), label
        out.append(page)
    return out


def build_minutes(path: Path) -> Gold:
    numbers = decimal_numbers(F02_OUTLINE)
    n_heads = len(numbers)
    toc_pages = [2] * n_heads
    for _ in range(3):
        heads, body, must = minutes_docx(path, toc_pages)
        pages = lo_pages(path)
        labels = [f"{num}{h}" for num, (h, _) in zip(numbers, heads, strict=True)]
        found = heading_pages(pages, labels, 2)
        if found == toc_pages:
            break
        toc_pages = found
    assert found == toc_pages, "TOC pages"
    n = len(pages)
    assert 4 <= n <= 8, f"{path.name}: {n} pages"
    printed = "\n".join(pages)
    toc_page = more.squash(pages[0])
    assert "目录" in toc_page and all(more.squash(lab) in toc_page for lab in labels), toc_page[
        :200
    ]
    with zipfile.ZipFile(path) as z:
        doc_xml = z.read("word/document.xml").decode("utf-8")
        names = set(z.namelist())
        comments = z.read("word/comments.xml").decode("utf-8")
    assert {"word/footnotes.xml", "word/endnotes.xml", "word/comments.xml"} <= names
    assert doc_xml.count("<w:commentRangeStart") == 2 and doc_xml.count("<w:footnoteReference") == 2
    assert "<w:endnoteReference" in doc_xml and "FORMDROPDOWN" in doc_xml and "FORMTEXT" in doc_xml
    assert doc_xml.count("PAGEREF _Toc") == n_heads
    for _, text, _, _ in F02_COMMENTS:
        assert text in comments
    notes = part_text(path, r"word/(footnotes|endnotes)\.xml")
    assert all(s in notes for s in [*F02_FOOTNOTES.values(), F02_ENDNOTE[1]])
    have = part_text(path, r"word/(document|header\d*|footer\d*)\.xml") + "\n" + comments
    flat = more.squash(printed)
    assert more.squash(F02_NO) in flat, "form field result"
    gold = make_gold(
        F02_TITLE,
        heads,
        must,
        [F02_HEADER],
        [F02_NO, F02_ROWS[3][1], F02_ROWS[6][1], *(c[1] for c in F02_COMMENTS)],
        body,
        f"a DOCX (Word-like; {n} pages in LibreOffice), a 会议纪要: page 1 a cover block "
        "with legacy form fields (编号： a bookmarked FORMTEXT whose result is the number, "
        "must_not_have; 密级： a FORMDROPDOWN whose value is only the index of a list "
        "entry, no text run), the title in the Title style (the title), and a Table of "
        "Contents content control (w:sdt docPartGallery Table of Contents, 目　录 in TOC "
        "Heading, cached entries with hyperlinks to _Toc bookmarks, the typed list "
        "numbers, dot tabs and PAGEREF fields holding the pages LibreOffice prints): "
        "neither headings nor body; after a page break one two-column Table Grid layout "
        "table: label cells (会议时间, 会议地点, 主 持 人, 参会单位, 记 录 人, 会议内容, "
        "分　　送: form furniture) beside value cells (metadata; the 参会单位 and 分送 "
        "values must_not_have); the whole minutes are in the 会议内容 value cell: Heading "
        "1/Heading 2 paragraphs (levels 1/2) numbered 1/1.1 by a multilevel list linked "
        "to the heading styles (numbers in no run: gold without them) and the body "
        "paragraphs, which a reader flattening the table must keep as paragraphs in "
        "order; two footnotes (footnotes.xml) and an endnote (endnotes.xml) are unscored; "
        "two comments (comments.xml, ranges on the 货币金融政策 heading and on the first "
        "sentence of a paragraph) are not body (their texts must_not_have); the header "
        f"({F02_HEADER}) is running; 第 X 页 共 Y 页 not listed",
    )
    docx_check(path.name, gold, body, have, printed)
    return gold


# ------------------------------------------- f03 pasted speech with tracked changes

F03_YEAR = 2015
F03_TITLE = ("坚定信心　攻坚克难", "奋力开创全市经济社会发展新局面")
F03_SUB = "——在全市经济工作会议上的讲话"
F03_SPEAKER = "市长　陈志远"
F03_DATE = "（2015年2月10日）"
F03_HEADER = "东川市人民政府办公室"
F03_PRINTED = "打印日期："
F03_CACHED_DATE = "2015年2月6日"
F03_REVIEWERS = (
    ("Administrator", "2015-02-08T10:12:00Z"),
    ("综合处　李文", "2015-02-09T16:45:00Z"),
)
F03_NOTE = "【此处请综合处补充全市2014年主要经济指标完成情况】"
F03_STRUCK = "（具体数据以市统计局公布的为准。）"
F03_WIDTH = 24  # characters per pasted line (w:br after each)


def build_pasted_speech(path: Path) -> Gold:
    import docx
    from docx.shared import Pt

    def p(h: str, i: int) -> str:
        return gwr(F03_YEAR, h, i)

    d = docx.Document()
    more.a4(d, top=3.7, bottom=3.5, left=2.8, right=2.6)
    d.core_properties.title = ""
    d.core_properties.author = "Administrator"
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    d.styles["Normal"].paragraph_format.line_spacing = Pt(29)
    ids = itertools.count(301)

    def who(k: int) -> str:
        name, date = F03_REVIEWERS[k]
        return f'w:id="{next(ids)}" w:author="{name}" w:date="{date}"'

    plain, bold = rpr(FANGSONG, 32), rpr(FANGSONG, 32, True)

    def ins(runs: str, k: int = 0) -> str:
        return f"<w:ins {who(k)}>{runs}</w:ins>"

    def dele(text: str, props: str = plain, k: int = 0) -> str:
        return f'<w:del {who(k)}><w:r>{props}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'

    def para(runs: str, jc: str = "", mark: str = "", before: int = 0) -> None:
        ppr = (f'<w:spacing w:before="{before}"/>' if before else "") + (
            f'<w:jc w:val="{jc}"/>' if jc else ""
        )
        ppr += f"<w:rPr>{mark}</w:rPr>" if mark else ""
        put_p(d, f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>")

    order: list[str] = []  # every paragraph as read with the changes accepted
    body: list[str] = []
    must: list[str] = []
    headings: list[tuple[str, int]] = []

    def text_para(
        text: str, keep: bool = False, lead: str = "", all_bold: bool = False, every: int = 0
    ) -> None:
        """A body paragraph: typed indent, an optional bold run-in lead, w:br lines."""
        full = "　　" + text
        if lead:
            assert text.startswith(lead)
            runs = run("　　", plain) + run(lead, bold) + run(text[len(lead) :], plain)
        else:
            runs = run(full, bold if all_bold else plain, every)
        para(runs)
        order.append(full)
        body.append(text)
        if keep:
            must.append(base.clause(text))

    def part(text: str, inserted: str = "") -> None:
        """A centred bold 第N部分 line (level 1); ``inserted`` a tracked insertion in it."""
        props = rpr(HEITI, 32, True)
        if inserted:
            head, tail = text.split(inserted, 1)
            runs = run(head, props) + ins(run(inserted, props)) + run(tail, props)
        else:
            runs = run(text, props)
        para(runs, jc="center", before=240)
        order.append(text)
        headings.append((text, 1))

    def sub(text: str, old: str = "", new: str = "") -> None:
        """A bold stand-alone （一） line with the typed indent (level 2)."""
        props = rpr(KAITI, 32, True)
        if new:
            head, tail = text.split(new, 1)
            runs = (
                run("　　" + head, props)
                + dele(old, props, 1)
                + ins(run(new, props), 1)
                + run(tail, props)
            )
        else:
            runs = run("　　" + text, props)
        para(runs)
        order.append("　　" + text)
        headings.append((text, 2))

    # header: the office, then a DATE field as Word keeps it (fldSimple, cached result)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    add_xml(
        hp._p,
        run(F03_HEADER + "　　　　　　　　" + F03_PRINTED, rpr(FANGSONG, 18))
        + f"<w:fldSimple w:instr=' DATE \\@ \"yyyy年M月d日\" '><w:r>{rpr(FANGSONG, 18)[:-8]}<w:noProof/></w:rPr><w:t>{F03_CACHED_DATE}</w:t></w:r></w:fldSimple>",
    )
    more.border(hp, "bottom", "000000", 4)
    fp = sec.footer.paragraphs[0]
    prev4.page_footer(fp, "- ", " -")
    for r in fp.runs:
        r.font.size = Pt(14)

    # the title block (the title split by a soft break), salutation
    tprops = rpr(XIAOBIAOSONG, 44)
    para(
        f"<w:r>{tprops}<w:t>{F03_TITLE[0]}</w:t><w:br/><w:t>{F03_TITLE[1]}</w:t></w:r>",
        jc="center",
    )
    order.append("".join(F03_TITLE))
    for line in (F03_SUB, F03_SPEAKER, F03_DATE):
        para(run(line, rpr(KAITI, 32)), jc="center")
        order.append(line)
    para(run("同志们：", plain), before=240)
    order.append("同志们：")
    # opening: a tracked replacement inside its first 18 characters
    first = p("一、", 0)
    assert first.startswith("过去一年，")
    para(
        run("　　", plain)
        + dele("去年以来", plain)
        + ins(run("过去一年", plain))
        + run(first[4:], plain)
    )
    order.append("　　" + first)
    body.append(first)
    must.append(base.clause(first))

    part("第一部分　正确认识当前经济形势")
    sub("（一）去年经济运行稳中有进")
    text_para(p("一、", 1), every=F03_WIDTH)
    sub("（二）改革开放和结构调整取得新进展", old="迈出", new="取得")
    for i, keep in ((2, True), (4, False), (8, False)):
        text_para(p("一、", i), keep, lead=third.lead(p("一、", i)))
    # the editorial note deleted whole, with its paragraph mark
    para(dele(F03_NOTE, bold), mark=f"<w:del {who(1)}/>")
    # a sentence struck out after the first sentence of the next paragraph
    last = p("一、", 24)
    lead24 = third.lead(last)
    para(run("　　" + lead24, plain) + dele(F03_STRUCK) + run(last[len(lead24) :], plain))
    order.append("　　" + last)
    body.append(last)

    part("第二部分　准确把握今年经济工作的总体要求", inserted="准确")
    text_para(p("二、", 2), every=F03_WIDTH)
    for i in (6, 8, 9):
        text_para(p("二、", i), lead=third.lead(p("二、", i)))
    text_para(p("二、", 10), keep=True, all_bold=True)

    part("第三部分　扎实做好今年重点工作")
    for k, (h, i, keep) in enumerate((("三、", 4, False), ("三、", 7, True), ("四、", 4, False))):
        src = p(h, i)
        text_para(f"（{'一二三'[k]}）{src}", keep, lead=f"（{'一二三'[k]}）{third.lead(src)}")
    # a paragraph inserted whole (its runs and its mark)
    added = "（四）" + p("五、", 1)
    lead = "（四）" + third.lead(p("五、", 1))
    para(
        ins(run("　　", plain) + run(lead, bold) + run(added[len(lead) :], plain), 1),
        mark=f"<w:ins {who(1)}/>",
    )
    order.append("　　" + added)
    body.append(added)
    must.append(base.clause(added))
    src = p("五、", 7)
    text_para("（五）" + src, lead="（五）" + third.lead(src))
    text_para(p("六、", 12))

    settings = d.settings.element
    tab = settings.find(w("defaultTabStop"))
    tab.addprevious(xml_el("<w:trackRevisions/>"))
    d.save(str(path))

    # checks: nothing styled; the accepted text is the order above; LibreOffice agrees
    with zipfile.ZipFile(path) as z:
        doc_xml = z.read("word/document.xml").decode("utf-8")
        header_xml = "".join(
            z.read(n).decode("utf-8")
            for n in z.namelist()
            if re.fullmatch(r"word/header\d*\.xml", n)
        )
    assert "<w:pStyle" not in doc_xml, "no paragraph styles"
    for tag in ("<w:ins ", "<w:del ", "<w:delText", "<w:br/>"):
        assert tag in doc_xml, tag
    assert "<w:fldSimple" in header_xml and "DATE" in header_xml
    read = prev7.accepted_paragraphs(path)
    assert read == order, [x[:20] for x in read if x not in order][:3]
    shown_pages = lo_pages(path, '<w:revisionView w:insDel="0"/>')
    marked = more.squash("\n".join(lo_pages(path)))
    shown = "\n".join(shown_pages)
    n = len(shown_pages)
    assert 6 <= n <= 12, f"{path.name}: {n} pages"
    for page in shown_pages:
        assert more.squash(F03_HEADER + F03_PRINTED) in more.squash(page)
    for s in (F03_NOTE, F03_STRUCK, "结构调整迈出"):
        assert more.squash(s) not in more.squash(shown) and more.squash(s) in marked, s
    assert "去年以来过去一年" in marked and "结构调整迈出取得" in marked, "tracked replacements"
    accepted = "\n".join(read)
    gold = make_gold(
        "".join(F03_TITLE),
        headings,
        must,
        [F03_HEADER, F03_PRINTED],
        [F03_NOTE, F03_STRUCK],
        body,
        f"a 讲话稿 DOCX made like text pasted into Word ({n} pages in LibreOffice with the "
        "changes accepted): no paragraph styles at all (every paragraph Normal, every run "
        "with direct fonts and sizes), first-line indents typed as two ideographic spaces; "
        "the title is 22 pt centred in two lines split by a soft break (w:br) inside one "
        "paragraph: gold title both lines joined; the ——在…讲话 subtitle, the speaker "
        "(市长　陈志远) and the date line are the title block (unscored), 同志们： is "
        "unscored; level 1: the centred bold 第一部分/第二部分/第三部分 lines (黑体, full "
        "text with the ideographic space); level 2: the bold stand-alone （一）/（二） lines "
        "(楷体, typed indent, no full stop) that occur in the first part only; not "
        "headings but body: paragraphs opening with a bold run-in lead sentence (一是…。/"
        "二是…。/三是…。 in part 1, 第一，…。/第二，…。/第三，…。 in part 2, and （一）…。"
        "…（五）…。 in part 3, the prefix typed before a report paragraph), and a whole "
        "paragraph set in bold for emphasis (a must_have); two long paragraphs hold a "
        "soft line break every 24 characters (pasted from a narrow print): one paragraph "
        "each; tracked changes (track revisions on, two reviewers) are read accepted: "
        "第二部分 has 准确 inserted, （二） had 迈出 replaced by 取得, the opening "
        "paragraph's 去年以来 was replaced by 过去一年 inside its first 18 characters (a "
        "must_have), an editorial note paragraph was deleted whole with its mark and a "
        "made-up sentence struck out after the first sentence of a paragraph (both "
        "must_not_have), and the （四） paragraph was inserted whole (a must_have); the "
        "header (东川市人民政府办公室 … 打印日期： and a w:fldSimple DATE field whose cached "
        "result is 2015年2月6日, a reader may show today's date) is running; - N - "
        "footers not listed",
    )
    # the deleted text is in the file only as w:delText
    deleted = part_text(path, r"word/document\.xml")
    docx_check(
        path.name, gold, body, accepted + "\n" + deleted + "\n" + F03_HEADER + F03_PRINTED, shown
    )
    return gold


# ------------------------------------------------------------------ page helpers


def shown_text(page: str) -> str:
    """The text a browser shows: no <head>, scripts, styles or comments."""
    page = re.sub(r"<!--.*?-->", "", page, flags=re.S)
    page = re.sub(r"<(head|script|style)\b.*?</\1>", "", page, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def page_gold(
    page: str,
    title: str,
    headings: list[tuple[str, int]],
    body: list[str],
    keep: tuple[int, ...],
    must_not: list[str],
    note: str,
) -> Gold:
    """The gold of a page, checked against the text a browser shows."""
    shown = norm(shown_text(page))
    all_body = norm("\n".join(body))
    must = [base.clause(body[i]) for i in keep]
    assert list(keep) == sorted(keep) and 8 <= len(body) <= 16, (keep, len(body))
    for s in [title, *(h for h, _ in headings), *body, *must_not]:
        assert norm(s) in shown, s
    pos = 0
    for m in must:
        k = all_body.find(norm(m), pos)
        assert k >= 0, m
        pos = k + len(norm(m))
    for s in must_not:
        assert norm(s) not in all_body, s
    return make_gold(title, headings, must, [], must_not, body, note)


def next_data(obj: Any) -> str:
    """JSON as Next.js writes ``__NEXT_DATA__``: compact, HTML-sensitive characters
    escaped."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    for ch, rep in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        s = s.replace(ch, rep)
    return s


# ----------------------------------------------------- f04 Next.js news article

F04_YEAR = 2017


def build_nextjs_news(path: Path) -> Gold:
    site = "新锐财经"
    title = "政府工作报告划重点：去产能、补短板、促改革，今年这样干"

    def p(h: str, i: int) -> str:
        return gwr(F04_YEAR, h, i)

    summary = p("二、", 2)
    blocks: list[tuple[str, list[str]]] = [
        ("去产能：钢铁煤炭继续做“减法”", [p("（一）", 0), p("（一）", 1)]),
        ("补短板：精准加力，打好脱贫攻坚战", [p("（一）", 2), p("（一）", 3)]),
        ("促改革：深化重要领域和关键环节改革", [p("（二）", 0), p("（二）", 1), p("（二）", 2)]),
        ("强创新：以创新引领实体经济转型升级", [p("（四）", 1), p("（四）", 2), p("（四）", 3)]),
    ]
    # pull quote 1 repeats the second sentence of the first paragraph word for word
    s1 = blocks[0][1][0].split("。")[1] + "。"
    # pull quote 2 shortens a sentence of the 促改革 block with an ellipsis
    src = blocks[2][1][1]
    sent = next(s for s in src.split("。") if s.count("，") >= 2)
    clauses = sent.split("，")
    s2 = f"{clauses[0]}……{clauses[-1]}"
    assert norm(s2) not in norm(src)

    def pull(text: str) -> str:
        return f'<aside class="PullQuote_pull__w3X4y" aria-hidden="false"><blockquote class="PullQuote_quote__k2L9m"><p>{esc(text)}</p></blockquote></aside>'

    gallery = [
        ("0305a1.jpg", "3月5日，第十二届全国人民代表大会第五次会议在北京人民大会堂开幕。"),
        ("0305a2.jpg", "代表们认真阅读政府工作报告。"),
        ("0305a3.jpg", "会议期间，记者在新闻中心发稿。"),
    ]
    figs = "".join(
        f'<figure class="Gallery_slide__f9G0h"><img alt="" loading="lazy" width="1080" height="720" decoding="async" data-nimg="1" class="Gallery_img__q8R1t" style="color:transparent" src="/_next/image?url=https%3A%2F%2Fimg.xinrui.example%2F2017%2F{f}&amp;w=1080&amp;q=75"/><figcaption class="Gallery_caption__u2V3w">{esc(c)}</figcaption></figure>'
        for f, c in gallery
    )
    gallery_html = (
        f'<div class="Gallery_gallery__z5A6b"><div class="Gallery_track__c7D8e">{figs}</div>'
        '<div class="Gallery_bar__h4J5k"><button type="button" class="Gallery_prev__l3M4n" aria-label="上一张">上一张</button>'
        '<span class="Gallery_counter__i1J2k">1 / 3</span>'
        '<button type="button" class="Gallery_next__o6P7q" aria-label="下一张">下一张</button></div></div>'
    )
    parts: list[str] = []
    body = [summary]
    inner: list[str] = []  # the article HTML the page's JSON carries
    for k, (h, paras) in enumerate(blocks):
        parts.append(f'<h2 class="Article_subhead__r8S9t">{esc(h)}</h2>')
        inner.append(f"<h2>{esc(h)}</h2>")
        for j, para in enumerate(paras):
            parts.append(f"<p>{esc(para)}</p>")
            inner.append(f"<p>{esc(para)}</p>")
            body.append(para)
            if (k, j) == (0, 0):
                parts.append(pull(s1))
            if (k, j) == (2, 1):
                parts.append(pull(s2))
        if k == 1:
            parts.append(gallery_html)
    content = "\n".join(parts)
    related = [
        ("170305011", "图解：2017年政府工作报告中的十大关键词"),
        ("170305017", "财政赤字率拟按3%安排，积极财政政策更加有效"),
        ("170306004", "代表委员热议“三去一降一补”：今年怎么干"),
    ]
    comments = [
        ("陈默", "去产能要注意安置好职工，不能一关了之。", "2017-03-05 15:10", 12),
        ("晓风残月", "补短板这一块说得很实在，期待落地。", "2017-03-05 16:02", 5),
    ]
    cookie = "我们使用Cookie来改善您的浏览体验并分析网站流量。继续浏览即表示您同意我们使用Cookie。"
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "170305001",
                    "title": title,
                    "summary": summary,
                    "content": "".join(inner),
                    "author": "林若溪",
                    "source": site,
                    "publishedAt": "2017-03-05T14:32:00+08:00",
                    "tags": ["政府工作报告", "供给侧改革", "两会"],
                    "gallery": [
                        {"src": f"https://img.xinrui.example/2017/{f}", "caption": c}
                        for f, c in gallery
                    ],
                },
                "related": [{"id": i, "title": t} for i, t in related],
                "comments": {
                    "total": 2,
                    "list": [
                        {"user": u, "text": t, "time": tm, "likes": n} for u, t, tm, n in comments
                    ],
                },
            },
            "__N_SSP": True,
        },
        "page": "/news/[id]",
        "query": {"id": "170305001"},
        "buildId": "Xk3vQ9_bLm2nR7tP1sY4e",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    rel = "".join(
        f'<li class="Related_item__b3C4d"><a href="/news/{i}">{esc(t)}</a></li>' for i, t in related
    )
    cmts = "".join(
        f'<li class="Comments_item__p5Q6r"><div class="Comments_user__g7H8i">{esc(u)}</div><p class="Comments_text__s7T8u">{esc(t)}</p><div class="Comments_foot__v9W0x"><time>{tm}</time><button type="button" class="Comments_like__y1Z2a">赞 {n}</button><button type="button" class="Comments_reply__c3D4e">回复</button></div></li>'
        for u, t, tm, n in comments
    )
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{title} - {site}</title><meta name="description" content="{esc(summary[:60])}"/><meta property="og:title" content="{title}"/><meta property="og:type" content="article"/><meta property="og:site_name" content="{site}"/><meta name="next-head-count" content="7"/><link rel="preload" href="/_next/static/css/8f2c1e0a9b7d6c54.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8f2c1e0a9b7d6c54.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-4d3a5e1f2b0c9a87.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script><script src="/_next/static/chunks/pages/_app-3f1c2b8d9e7a6b50.js" defer=""></script><script src="/_next/static/chunks/pages/news/%5Bid%5D-2b7e9c0d1a3f4e56.js" defer=""></script><script src="/_next/static/Xk3vQ9_bLm2nR7tP1sY4e/_buildManifest.js" defer=""></script><script src="/_next/static/Xk3vQ9_bLm2nR7tP1sY4e/_ssgManifest.js" defer=""></script></head><body><div id="__next"><header class="Header_header__a1B2c"><div class="Header_inner__d3E4f"><a class="Header_logo__g5H6i" href="/">{site}</a><nav class="Header_nav__j7K8l"><a href="/">首页</a><a href="/macro">宏观</a><a href="/finance">金融</a><a href="/companies">公司</a><a href="/markets">市场</a><a href="/video">视频</a></nav><div class="Header_actions__m9N0o"><button type="button" class="Header_search__p1Q2r" aria-label="搜索"></button><a href="/login" class="Header_login__s3T4u">登录</a></div></div></header><main class="Layout_main__v5W6x"><div class="Layout_container__y7Z8a"><nav class="Breadcrumb_crumb__b9C0d" aria-label="breadcrumb"><a href="/">首页</a><span>/</span><a href="/macro">宏观</a><span>/</span><span>正文</span></nav>
<article class="Article_article__e1F2g">
<h1 class="Article_title__h3I4j">{title}</h1>
<div class="Article_meta__k5L6m"><span class="Article_source__n7O8p">{site}</span><span class="Article_author__q9R0s">记者 林若溪</span><time dateTime="2017-03-05T14:32:00+08:00">2017-03-05 14:32</time><span class="Article_views__t5U6v">阅读 2.3万</span></div>
<p class="summary">{esc(summary)}</p>
<div class="Article_body__t1U2v">
{content}
</div>
<div class="Article_tags__o5P6q"><a href="/tag/%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A">#政府工作报告</a><a href="/tag/%E4%BE%9B%E7%BB%99%E4%BE%A7%E6%94%B9%E9%9D%A9">#供给侧改革</a><a href="/tag/%E4%B8%A4%E4%BC%9A">#两会</a></div>
<div class="Article_share__r7S8t"><span>分享到</span><button type="button">微信</button><button type="button">微博</button><button type="button">复制链接</button></div>
</article>
<section class="Related_related__u9V0w"><h3 class="Related_title__x1Y2z">相关阅读</h3><ul class="Related_list__e5F6g">{rel}</ul></section>
<section class="Comments_comments__a3B4c" id="comments"><h3 class="Comments_title__h7I8j">评论（2）</h3><div class="Comments_editor__d5E6f"><textarea placeholder="写下你的评论…" maxLength="500"></textarea><button type="button" class="Comments_submit__k9L0m">发表</button></div><ul class="Comments_list__n1O2p">{cmts}</ul><button type="button" class="Comments_more__q3R4s">查看更多评论</button></section>
</div></main><footer class="Footer_footer__j9K0l"><div class="Footer_links__t5U6v"><a href="/about">关于我们</a><a href="/contact">联系我们</a><a href="/ads">广告合作</a><a href="/privacy">隐私政策</a></div><p>© 2017 新锐财经 版权所有　京ICP备17012345号-1　京公网安备 11010502034567号</p></footer><div class="CookieBanner_banner__m1N2o" role="dialog" aria-live="polite"><p>{cookie}</p><div class="CookieBanner_actions__w7X8y"><button type="button" class="CookieBanner_accept__z9A0b">接受</button><button type="button" class="CookieBanner_reject__c1D2e">拒绝</button></div></div></div><script id="__NEXT_DATA__" type="application/json">{next_data(data)}</script></body></html>
"""
    path.write_text(page, encoding="utf-8")
    script = re.search(
        r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', page, re.S
    )
    assert script and json.loads(script.group(1))["props"]["pageProps"]["article"]["title"] == title
    assert "<" not in script.group(1)
    return page_gold(
        page,
        title,
        [(h, 1) for h, _ in blocks],
        body,
        (0, 2, 5, 7, 10),
        [
            s2,
            "阅读 2.3万",
            "上一张",
            "#政府工作报告",
            "复制链接",
            "相关阅读",
            related[0][1],
            comments[0][1],
            "查看更多评论",
            "京ICP备17012345号-1",
            cookie,
        ],
        "a Next.js server-rendered news article (CSS-module class names, the page state "
        "in <script id=__NEXT_DATA__ type=application/json> at the end of <body>): the "
        "<h1> inside <article> is the title (<title> adds - 新锐财经; og:title the same); "
        "the meta line (source, 记者, time, 阅读 count) is not body; the <p "
        "class=summary> lead under it is the article's first paragraph (body, first "
        "must_have); the <h2> subheads are level 1; two pull quotes in <aside><blockquote> "
        "are not body: the first repeats the second sentence of the paragraph before it "
        "word for word (a reader keeping it repeats a body sentence; not scorable, "
        "unscored), the second shortens a sentence of the 促改革 block with …… "
        "(must_not_have); the gallery's captions are unscored, its 上一张/1 / 3/下一张 "
        "controls not body; tags, share, the 相关阅读 and 评论（2） sections (their <h3> "
        "are not headings), the comment texts, the footer and the cookie banner are not "
        "body; __NEXT_DATA__ carries the same article as escaped HTML (\\u003c…): it is "
        "not shown and must not be read as a second copy of the body (not scorable: "
        "every passage it holds is a body passage)",
    )


# ------------------------------------------------ f05 百家号-like page, GB18030

F05_YEAR = 2013


def build_bjh(path: Path) -> Gold:
    platform = "知澜号"
    author = "财经观澜"
    title = "政府工作报告里的民生“账本”：就业、社保、医改、住房，今年这样安排"

    def p(i: int) -> str:
        return gwr(F05_YEAR, "（三）", i)

    blocks: list[tuple[str | None, list[int]]] = [
        (None, [0]),
        ("一、就业和社保：千方百计扩大就业", [1, 2]),
        ("二、医改和人口：巩固基本药物制度", [3, 4]),
        ("三、住房和社会管理：稳定房价、创新管理", [6, 5]),
        ("四、教育、科技和文化：继续优先发展", [7, 8, 9]),
    ]
    images = {
        1: (
            "https://pics.zhilan.example/feed/8d2f7a1c0b.jpeg",
            "人才市场里，求职者在查看招聘信息。",
        ),
        3: ("https://pics.zhilan.example/feed/4e9b3c7d21.jpeg", "图片来源：视觉中国"),
    }
    parts: list[str] = []
    body: list[str] = []
    for k, (h, idx) in enumerate(blocks):
        if h:
            parts.append(
                f'<p><span class="bjh-p"><span class="bjh-strong">{esc(h)}</span></span></p>'
            )
        for i in idx:
            text = p(i)
            if i == 6:  # a bold run-in lead inside the paragraph
                lead = third.lead(text)
                parts.append(
                    f'<p><span class="bjh-p"><span class="bjh-strong">{esc(lead)}</span>{esc(text[len(lead) :])}</span></p>'
                )
            else:
                parts.append(f'<p><span class="bjh-p">{esc(text)}</span></p>')
            body.append(text)
        if k in images:
            src, cap = images[k]
            parts.append(
                f'<div class="img-container"><img class="large" data-loadfunc="0" src="{src}@f_auto?token=7c1e9a2b" data-loaded="0" /></div>'
                f'<p><span class="bjh-image-caption">{esc(cap)}</span></p>'
            )
    declare = f"声明：本文由入驻{platform}的作者撰写，除{platform}官方账号外，观点仅代表作者本人，不代表{platform}立场。"
    feed = [
        ("🔥个税起征点会不会再提高？专家这样解读", "钱塘说财", "2万阅读"),
        ("2013年这几类人可以多领养老金，快看看有没有你", "社保小助手", "8.6万阅读"),
        ("保障房怎么申请？一文看懂最新政策📌", "安居观察", "1.2万阅读"),
        ("医改新动向：大病保险要来了", "健康财经", "5341阅读"),
    ]
    feed_html = "".join(
        f'<div class="rec-item"><a href="https://zhilan.example/s?id=16{k}8273645" target="_blank"><span class="rec-title">{esc(t)}</span></a><div class="rec-info"><span class="rec-source">{esc(s)}</span><span class="rec-read">{r}</span></div></div>'
        for k, (t, s, r) in enumerate(feed)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />
<meta name="viewport" content="width=device-width,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no" />
<title>{title} - {platform}</title>
<meta name="description" content="{esc(p(1)[:50])}" />
<meta name="keywords" content="政府工作报告,民生,就业,社保,医改,住房" />
<link rel="stylesheet" href="https://zlcdn.example/static/article/pc_article_5f3a9c.css" />
<style>.article-content .bjh-p{{display:block;line-height:28px;margin-bottom:22px}}.article-content .bjh-strong{{font-weight:700}}.article-content .bjh-image-caption{{display:block;color:#999;font-size:14px;text-align:center}}</style>
<script>window.jsonData={{"bsData":{{"header":{{"title":"{title}","author":"{author}"}},"article":{{"id":"1594327715602841930","publishTime":"2013-03-07 09:41"}}}}}};</script>
</head>
<body>
<div id="header"><div class="header-inner"><a class="logo" href="https://zhilan.example/">{platform}</a><div class="header-search"><input type="text" placeholder="搜索你感兴趣的内容" /><button type="button">搜索</button></div><div class="header-user"><a href="https://zhilan.example/login">登录</a> <a href="https://zhilan.example/builder">创作者入驻</a></div></div></div>
<div id="article" class="article-page clearfix">
<div class="article-main">
<div class="article-title"><h2>{title}</h2></div>
<div class="article-desc clearfix"><div class="author-icon"><img src="https://pics.zhilan.example/avatar/9a1e33.jpeg" alt="" /></div><div class="author-txt"><p class="author-name">{author}</p><div class="article-source"><span class="date">发布时间：03-07</span><span class="time">09:41</span><span class="account-authentication">{platform}优质财经领域创作者</span></div></div><div class="follow-btn">+关注</div></div>
<div class="article-content">
{chr(10).join(parts)}
<div class="article-declare"><p>{esc(declare)}</p></div>
</div>
<div class="article-bottom clearfix"><span class="read-num">阅读 3.5万</span><span class="like-num">点赞 126</span><a class="report" href="javascript:;">举报/反馈</a></div>
<div class="comment-box"><div class="comment-title">评论</div><div class="comment-input"><textarea placeholder="发表你的评论"></textarea><button type="button">发布</button></div><div class="comment-empty">还没有人评论，快来抢沙发吧～</div></div>
</div>
<div class="article-side">
<div class="author-card"><img class="avatar" src="https://pics.zhilan.example/avatar/9a1e33.jpeg" alt="" /><p class="name">{author}</p><p class="vip">{platform}优质财经领域创作者</p><div class="author-data"><span><em>386</em>获赞</span><span><em>12.6万</em>粉丝</span><span><em>38</em>关注</span></div><button type="button" class="follow">+关注</button><a class="author-home" href="https://author.zhilan.example/home?app_id=1552097313265">进入作者主页</a></div>
</div>
<div class="recommend"><div class="rec-head">猜你喜欢</div>{feed_html}<div class="rec-more">加载更多</div></div>
</div>
<div id="footer"><p>&copy;2013 Zhilan&nbsp;<a href="https://zhilan.example/duty">使用知澜前必读</a>&nbsp;<a href="https://zhilan.example/agreement">{platform}协议</a>&nbsp;<a href="https://zhilan.example/complaint">侵权投诉</a>&nbsp;京ICP证030173号</p></div>
</body>
</html>
"""
    data = page.encode("gb18030")
    assert data.decode("gb18030") == page
    assert any(ord(c) > 0xFFFF for c in page), "a character outside the BMP (four bytes)"
    try:
        page.encode("gbk")
        raise AssertionError("the page should need GB18030, not GBK")
    except UnicodeEncodeError:
        pass
    path.write_bytes(data)
    return page_gold(
        page,
        title,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 2, 5, 7, 9),
        [
            declare,
            "图片来源：视觉中国",
            "发布时间：03-07",
            "优质财经领域创作者",
            "12.6万",
            "举报/反馈",
            "侵权投诉",
            "猜你喜欢",
            feed[1][0],
            "还没有人评论",
        ],
        "a 百家号-like self-media article page saved as GB18030 (meta http-equiv "
        "charset=gb18030; emoji in the feed titles are four-byte GB18030 sequences): the "
        "title is in <div class=article-title><h2> (no <h1> on the page; <title> adds "
        " - 知澜号); the author line (avatar, name, 发布时间, 优质…创作者, +关注) and the "
        "side author card (获赞/粉丝/关注 counts, +关注, 进入作者主页) are not body; the "
        "content is <p><span class=bjh-p> paragraphs; a paragraph whose whole text is a "
        "<span class=bjh-strong> (bold only by the head <style> class rule, no b/strong) "
        "is a subhead: level 1 (一、…四、); in section 三 a paragraph opens with a "
        "bjh-strong run-in lead sentence (body, not a heading; a must_have); images in "
        "div.img-container with <span class=bjh-image-caption>: the descriptive caption "
        "is unscored, the credit caption 图片来源：视觉中国 is not body; the 声明：本文由"
        "入驻…的作者撰写… line at the end of the content div, the 阅读/点赞/举报/反馈 bar, "
        "the empty 评论 box, 猜你喜欢 feed and the footer (侵权投诉) are not body",
    )


# -------------------------------------------- f06 政策文件 page with 索引 table

F06_YEAR = 2014


def build_gov_notice_page(path: Path) -> Gold:
    org = "东川市发展和改革委员会"
    title = f"{org}关于做好2014年重点改革任务落实工作的通知"
    docno = "东发改〔2014〕58号"
    site = "东川市发展和改革委员会门户网站"

    def p(h: str, i: int) -> str:
        return gwr(F06_YEAR, h, i)

    # (heading, level, tag, paragraphs)
    outline: list[tuple[str | None, int, str, list[str]]] = [
        (None, 0, "", [p("（一）", 0)]),
        ("一、深化重点领域改革", 1, "b", []),
        ("（一）深入推进行政体制改革", 2, "strong", [p("（一）", 1), p("（一）", 2)]),
        ("（二）抓好财税和金融体制改革", 2, "strong", [p("（一）", 3), p("（一）", 4)]),
        ("二、推进对外开放和创新驱动", 1, "b", []),
        ("（一）扩大全方位主动开放", 2, "b", [p("（二）", 1), p("（二）", 3)]),
        ("（二）以创新支撑结构优化升级", 2, "b", [p("（六）", 1)]),
        ("三、加强社会建设和生态文明", 1, "strong", []),
        ("（一）繁荣发展社会事业", 2, "strong", []),
        ("1.促进教育公平发展", 3, "b", [p("（七）", 1)]),
        ("2.推动医改向纵深发展", 3, "b", [p("（七）", 2)]),
        ("（二）推进生态保护与建设", 2, "strong", [p("（九）", 1), p("（九）", 2)]),
        ("四、工作要求", 1, "strong", [p("（九）", 4), p("（九）", 5)]),
    ]
    parts = [
        f'<p style="text-align:center">{docno}</p>',
        "<p>各有关单位：</p>",
    ]
    body: list[str] = []
    for h, _, tag, paras in outline:
        if h:
            parts.append(f'<p style="text-indent:2em"><{tag}>{esc(h)}</{tag}></p>')
        for para in paras:
            parts.append(f'<p style="text-indent:2em">{esc(para)}</p>')
            body.append(para)
        if h is None:
            parts.append('<p style="text-indent:2em">现就有关事项通知如下：</p>')
    date = "2014年4月10日"
    parts += [
        f'<p style="text-align:right;padding-right:2em">{org}</p>',
        f'<p style="text-align:right;padding-right:2em">{date}</p>',
        '<p style="text-indent:2em">（此件主动公开）</p>',
    ]
    content = "\n".join(parts)
    attachments = ["1.2014年重点改革任务分工表.doc", "2.重点改革任务进展情况报送模板.xls"]
    att = "".join(
        f'<li><a href="/art/2014/4/14/P0201404143589{k}.{a.rsplit(".", 1)[1]}" target="_blank">{esc(a)}</a></li>'
        for k, a in enumerate(attachments, 21)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="SiteName" content="{site}" />
<meta name="ColumnName" content="通知公告" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2014-04-14 09:30" />
<meta name="ContentSource" content="市发展改革委" />
<link href="/css/xxgk_detail.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script type="text/javascript">function doZoom(s){{document.getElementById("zoom").style.fontSize=s+"px";}}</script>
</head>
<body>
<div class="top"><div class="w1100"><span class="welcome">欢迎访问{site}！</span><span class="links"><a href="/wza/">无障碍浏览</a>｜<a href="/m/">手机版</a>｜<a href="/rss/">RSS订阅</a></span></div></div>
<div class="banner"><div class="w1100"><a href="/" class="logo"><img src="/images/logo.png" alt="{site}" /></a><form class="search" action="/search/" method="get"><input type="text" name="q" value="" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul class="w1100"><li><a href="/">首页</a></li><li><a href="/jgzn/">机构职能</a></li><li class="on"><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="w1100 position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<div class="w1100 main">
<div class="xxgk-index"><table class="xxgk-table" cellpadding="0" cellspacing="0" width="100%">
<tr><th>索&nbsp;引&nbsp;号：</th><td>002486721/2014-00058</td><th>主题分类：</th><td>综合政务\\通知</td></tr>
<tr><th>发文机关：</th><td>{org}</td><th>成文日期：</th><td>2014-04-10</td></tr>
<tr><th>标　　题：</th><td colspan="3">{title}</td></tr>
<tr><th>发文字号：</th><td>{docno}</td><th>发布日期：</th><td>2014-04-14</td></tr>
</table></div>
<div class="article">
<div class="title">{title}</div>
<div class="info"><span>发布时间：2014-04-14 09:30</span><span>来源：市发展改革委</span><span>浏览次数：<script type="text/javascript">document.write("1536");</script></span><span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="content" id="zoom">
{content}
</div>
<div class="fujian"><p class="fj-tit">附件：</p><ul>{att}</ul></div>
<div class="tools clearfix"><div class="ewm"><div id="qrcode"><img src="/images/qrcode_art.png" alt="" width="110" height="110" /></div><p>扫一扫在手机打开当前页</p></div><div class="btns"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div></div>
</div>
</div>
<div class="footer"><div class="w1100"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/flsm/">法律声明</a></p><p>主办单位：{org}　地址：东川市人民大道168号　邮编：330100</p><p>网站标识码：3301000012　<a href="https://beian.miit.gov.cn/" target="_blank">东ICP备05012345号</a>　<a href="#" target="_blank">东公网安备 33010202000185号</a></p></div></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    assert page.count(title) == 4  # <title>, meta ArticleTitle, the table, div.title
    return page_gold(
        page,
        title,
        [(h, lv) for h, lv, _, _ in outline if h],
        body,
        (0, 3, 7, 9, 12),
        [
            "索引号：",
            "主题分类：",
            docno,
            date,
            "（此件主动公开）",
            "重点改革任务进展情况报送模板",
            "扫一扫在手机打开当前页",
            "【打印本页】",
            "网站标识码：3301000012",
            "当前位置：",
        ],
        "a government 政策文件 page (信息公开 detail, UTF-8): the 索引 table above the "
        "document (索引号/主题分类/发文机关/成文日期/标题/发文字号/发布日期) is metadata "
        "(not body; its 标题 cell repeats the title); the title is the <div class=title> "
        "(no heading tag; also in <title> and meta ArticleTitle); the info line (发布时间/"
        "来源/浏览次数/【字体】) is not body; in div#zoom: the centred 文号 line (not body), "
        "the addressee 各有关单位： (unscored), the opening paragraph (body) and the "
        "typed 现就有关事项通知如下： line (unscored), then headings as indented "
        "<p style=text-indent:2em> whose whole text is in <b> or <strong>: 一、 level 1, "
        "（一） level 2, 1./2. level 3 (under 三、（一） only); the right-aligned issuer "
        "and date at the end are the signature (metadata, not headings; the date "
        "must_not_have), （此件主动公开） is not body; after the content div the 附件 list "
        "(links to .doc/.xls), the QR with 扫一扫在手机打开当前页, 【打印本页】【关闭窗口】, "
        "the breadcrumb, navigation and footer (主办单位/网站标识码/ICP/公网安备) are not body",
    )


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, Callable[[Path], Gold]] = {
    "f01_docx_wps_textbox_title.docx": build_wps_textbox,
    "f02_docx_minutes_layout_table.docx": build_minutes,
    "f03_docx_pasted_speech_tracked.docx": build_pasted_speech,
    "f04_nextjs_news_article.html": build_nextjs_news,
    "f05_bjh_author_gb18030.html": build_bjh,
    "f06_gov_notice_index_table.html": build_gov_notice_page,
}

SOURCE_HEAD = (
    "# Documents made blind, twentieth set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each a pattern common in real Chinese files that the earlier sets lack: PDF e01-e06\n"
    "by their own maker script, DOCX f01-f03 and HTML f04-f06 by\n"
    "`python eval/make_realdocs20_pages.py`. Texts come only from the public government\n"
    "work reports 2013–2017 in `../shared/data/gov-work-reports` (whole paragraphs);\n"
    "titles, headings, labels, names, dates and furniture are written by the scripts,\n"
    "people, places, companies and sites made up. The outputs are committed so tests and\n"
    "CI need none of the tools. Gold (`gold/<file>.json`, the format of\n"
    "`../shared/data/realdocs-dev`) is written by the same scripts from what they put in\n"
    "each document, as a reader reads it and never from reader output: the title, the\n"
    "headings with levels, the running headers that must not reach the body, passages\n"
    "(each one's first 18 characters) that must appear in order, boilerplate that must\n"
    "not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)

ROWS = [
    "| f01_docx_wps_textbox_title.docx | python-docx 1.2 (+ text box, styles, numbering XML; WPS app.xml/custom.xml), gwr 2014 (`eval/make_realdocs20_pages.py`, as f02-f06) | WPS-style 调研报告: title and ——subtitle in one floating text box (`wps:wsp`/`wps:txbx` in `mc:AlternateContent` with the VML `v:textbox` fallback: text twice in the XML, read once; gold title the first line, subtitle must_not_have), group/date lines (metadata), custom styles named `标题 1`/`标题 2` (styleIds 1/2, based on Normal = styleId a, own `w:outlineLvl`) numbered `一、`/`（一）` by a chineseCounting list linked to the styles (numbers in no run: gold without them), different first-page header (内部资料) and later-page header (both running), `第 X 页` PAGE footers, 执笔 line (must_not_have) |",
    "| f02_docx_minutes_layout_table.docx | python-docx 1.2 (+ form field, TOC, numbering, notes XML; comments API), gwr 2016 | 会议纪要: cover block with legacy form fields (`编号：` FORMTEXT, value must_not_have; `密级：` FORMDROPDOWN), Title-style title, `w:sdt` Table of Contents with cached entries (hyperlinks, typed numbers, PAGEREF with LibreOffice's pages; neither), one two-column Table Grid layout table (label cells beside values; 参会单位/分送 values must_not_have) holding the whole minutes in the 会议内容 cell: Heading 1/2 numbered `1`/`1.1` by a list linked to the styles (gold without numbers), two footnotes and an endnote (unscored), two comments on a heading and a sentence (texts must_not_have), header (running), `第 X 页 共 Y 页` |",
    "| f03_docx_pasted_speech_tracked.docx | python-docx 1.2 (+ run, revision and field XML), gwr 2015 | 讲话稿 pasted into Word: no paragraph styles, direct fonts on every run, typed `　　` indents, title in two lines by a soft break (gold joined), subtitle/speaker/date (unscored), centred bold `第一部分　…` (level 1), bold stand-alone `（一）…` lines in part 1 only (level 2), bold run-in leads `一是…。`/`第一，…。`/`（一）…。` and a whole bold paragraph (body), `w:br` every 24 characters in two long paragraphs, header with `打印日期：` + `w:fldSimple` DATE (running), tracked `w:ins`/`w:del` in two headings, in a passage's first 18 characters, a struck sentence and a deleted note paragraph (must_not_have), a paragraph inserted whole: read accepted |",
    '| f04_nextjs_news_article.html | written after the layout of Next.js news sites, gwr 2017 | `<article>` `<h1>`, meta line, `<p class="summary">` lead (body), `<h2>` subheads (level 1), pull quotes in `<aside><blockquote>` (one verbatim repeat of a body sentence: unscored; one shortened with `……`: must_not_have), gallery `<figure>`/`<figcaption>` (captions unscored) with 上一张/下一张, tags, share, 相关阅读/评论（2） `<h3>` sections, cookie banner, footer, `__NEXT_DATA__` JSON with the same article as escaped HTML (not shown, must not double the body) |',
    '| f05_bjh_author_gb18030.html | written after the layout of 百家号-like self-media pages, gwr 2013 | GB18030 bytes under `charset=gb18030` (emoji: four-byte sequences), `<title>` with ` - 知澜号`, title in `div.article-title` `<h2>` (no `<h1>`), author line and author card with 获赞/粉丝/关注 counts and +关注, `<p><span class="bjh-p">` paragraphs, whole-paragraph `span.bjh-strong` subheads (bold by class only; level 1), a bjh-strong run-in lead (body), `span.bjh-image-caption` captions (credit must_not_have), 声明：本文由入驻…作者撰写 line at the end of the content, 举报/反馈, 侵权投诉, 猜你喜欢 feed |',
    '| f06_gov_notice_index_table.html | written after the layout of government 信息公开 pages, gwr 2014 | 索引 table (索引号/主题分类/发文机关/成文日期/标题/发文字号/发布日期) above the document, title in `<div class="title">` (also in the table and `<title>`), centred 文号, 各有关单位：, `<p style="text-indent:2em">` headings in `<b>`/`<strong>`: `一、` 1, `（一）` 2, `1.` 3, right-aligned issuer and date (signature, not headings; date must_not_have), （此件主动公开）, 附件 links, 扫一扫在手机打开当前页, 【打印本页】【关闭窗口】, footer |',
]


def make_scratch_pages(
    argv: list[str] | None,
    doc: str | None,
    builders: dict[str, Callable[[Path], Gold]],
    folder: str,
    rows: list[str],
    head: str,
    mine: tuple[str, ...],
) -> int:
    """A page and Word maker's command line: each document (``--only`` file name
    prefixes) built in a scratch folder, whose side files (LibreOffice's check
    conversions) stay there, copied with its gold into ``eval/data/<folder>`` (or
    ``--out``), then the rows into SOURCE.md, whose table stays in file order."""
    ap = argparse.ArgumentParser(description=(doc or "").split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "eval" / "data" / folder)
    ap.add_argument("--only", nargs="*", default=None, help="file name prefixes")
    a = ap.parse_args(argv)
    docs, gold = a.out / "docs", a.out / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    made = 0
    for name, build in builders.items():
        if a.only and not name.startswith(tuple(a.only)):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            g = build(Path(tmp) / name)
            (docs / name).write_bytes((Path(tmp) / name).read_bytes())
        base.write_gold(gold / f"{name}.json", g)
        made += 1
    more.update_source(a.out / "SOURCE.md", rows, head, mine)
    pages2.sort_source_rows(a.out / "SOURCE.md")
    print(f"made {made} documents in {docs}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    return make_scratch_pages(argv, __doc__, BUILDERS, "realdocs-made20", ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
