"""Structured test documents built at test time: PDF (reportlab), DOCX (python-docx)
and HTML. ``eval/bench_structure.py`` renders the government work reports with the
same functions.

A ``Spec`` is the document as the author wrote it: a title, then ("h1"|"h2", text),
("p", text), ("table", rows), ("footnote", text) and ("columns", [texts]) items.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

CJK_FONT = "STSong-Light"
_STANDARD = {"Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold"}


@dataclass
class Spec:
    title: str
    items: list[tuple[str, Any]] = field(default_factory=list)
    header: str = ""  # running header on every page
    author: str = ""
    date: str = ""


# ----------------------------------------------------------------------------- PDF


def _register_font(*extra: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    for name in (CJK_FONT, *extra):
        if name not in pdfmetrics.getRegisteredFontNames() and name not in _STANDARD:
            pdfmetrics.registerFont(UnicodeCIDFont(name))


def render_pdf(
    spec: Spec,
    *,
    body_size: float = 11,
    heading_sizes: Sequence[float] = (16, 13.5),
    title_size: float = 20,
    page_numbers: bool = True,
    two_columns: bool = False,
    heading_font: str = CJK_FONT,
    page_label: str = "- {n} -",
) -> bytes:
    """A4 pages; headings larger than the body, body wrapped with a first-line indent,
        a running header and centred page numbers; ``columns`` items go onto a two-column
        page (``two_columns`` sets every page in two columns); ``footnote`` items (page,
    text) are drawn small at the bottom of that page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    _register_font(heading_font)
    width, height = A4
    margin = 2.2 * cm
    footnotes: dict[int, list[str]] = {}

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        if spec.header:
            canvas.setFont(CJK_FONT, 9)
            canvas.drawCentredString(width / 2, height - 1.3 * cm, spec.header)
        if page_numbers:
            canvas.setFont(CJK_FONT, 9)
            canvas.drawCentredString(width / 2, 1.2 * cm, page_label.format(n=doc.page))
        notes = footnotes.get(doc.page, [])
        y = 1.9 * cm + 11 * (len(notes) - 1)
        canvas.setFont(CJK_FONT, 8)
        for note in notes:
            canvas.drawString(margin, y, note)
            y -= 11
        canvas.restoreState()

    frame = Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="one")
    gap = 1 * cm
    col_w = (width - 2 * margin - gap) / 2
    left = Frame(margin, margin, col_w, height - 2 * margin, id="left")
    right = Frame(margin + col_w + gap, margin, col_w, height - 2 * margin, id="right")
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, title=spec.title, author=spec.author)
    templates = [
        PageTemplate(id="one", frames=[frame], onPage=decorate),
        PageTemplate(id="two", frames=[left, right], onPage=decorate),
    ]
    doc.addPageTemplates(templates[::-1] if two_columns else templates)
    body = ParagraphStyle(
        "body",
        fontName=CJK_FONT,
        fontSize=body_size,
        leading=body_size * 1.6,
        firstLineIndent=2 * body_size,
        wordWrap="CJK",
        spaceAfter=body_size * 0.4,
    )
    heads = [
        ParagraphStyle(
            f"h{i + 1}",
            fontName=heading_font,
            fontSize=size,
            leading=size * 1.4,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.4,
            wordWrap="CJK",
        )
        for i, size in enumerate(heading_sizes)
    ]
    title = ParagraphStyle(
        "title", parent=heads[0], fontSize=title_size, leading=title_size * 1.4, alignment=1
    )
    cell = ParagraphStyle("cell", fontName=CJK_FONT, fontSize=body_size, leading=body_size * 1.4)
    story: list[Any] = [Paragraph(spec.title, title)]
    page_of_story: list[int] = []  # footnotes are assigned by order below
    for kind, value in spec.items:
        if kind in ("h1", "h2", "h3"):
            story.append(Paragraph(value, heads[int(kind[1]) - 1]))
        elif kind == "p":
            story.append(Paragraph(value, body))
        elif kind == "table":
            data = [[Paragraph(c, cell) for c in row] for row in value]
            table = Table(data)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
            story += [Spacer(1, 6), table, Spacer(1, 6)]
        elif kind == "footnote":
            page, text = value
            footnotes.setdefault(page, []).append(text)
        elif kind == "columns":
            story += [NextPageTemplate("two"), PageBreak()]
            half = (len(value) + 1) // 2
            story += [Paragraph(t, body) for t in value[:half]]
            story.append(FrameBreak())
            story += [Paragraph(t, body) for t in value[half:]]
            story += [NextPageTemplate("one"), PageBreak()]
        elif kind == "pagebreak":
            story.append(PageBreak())
    del page_of_story
    doc.build(story)
    return out.getvalue()


# ---------------------------------------------------------------------------- DOCX


def render_docx(spec: Spec, *, styled: bool = True) -> bytes:
    """Headings as ``Title``/``Heading N`` styles, or (``styled=False``) as bold Normal
    paragraphs, the title also larger."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.title = spec.title
    d.core_properties.author = spec.author
    if styled:
        d.add_heading(spec.title, level=0)
    else:
        run = d.add_paragraph().add_run(spec.title)
        run.bold, run.font.size = True, Pt(18)
    for kind, value in spec.items:
        if kind in ("h1", "h2", "h3"):
            if styled:
                d.add_heading(value, level=int(kind[1]))
            else:
                d.add_paragraph().add_run(value).bold = True
        elif kind == "p":
            d.add_paragraph(value)
        elif kind == "li":
            d.add_paragraph(value, style="List Bullet")
        elif kind == "table":
            table = d.add_table(rows=len(value), cols=len(value[0]))
            for r, row in enumerate(value):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        elif kind == "columns":
            for t in value:
                d.add_paragraph(t)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


# ---------------------------------------------------------------------------- HTML


def render_html(spec: Spec, *, encoding: str = "utf-8") -> bytes:
    """A news-site page: navigation, the article with h1-h3, a sidebar and a footer."""
    from html import escape

    parts = [f"<h1>{escape(spec.title)}</h1>"]
    for kind, value in spec.items:
        if kind in ("h1", "h2", "h3"):
            level = int(kind[1]) + 1
            parts.append(f"<h{level}>{escape(value)}</h{level}>")
        elif kind == "p":
            parts.append(f"<p>{escape(value)}</p>")
        elif kind == "li":
            parts.append(f"<ul><li>{escape(value)}</li></ul>")
        elif kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in value
            )
            parts.append(f"<table>{rows}</table>")
        elif kind == "columns":
            parts += [f"<p>{escape(t)}</p>" for t in value]
    nav = "".join(f'<li><a href="/{i}">{t}</a></li>' for i, t in enumerate(NAV))
    meta = f'<meta charset="{encoding}">'
    if spec.author:
        meta += f'<meta name="author" content="{escape(spec.author)}">'
    if spec.date:
        meta += f'<meta name="date" content="{spec.date}">'
        meta += f'<meta property="article:published_time" content="{spec.date}">'
    page = (
        f'<!DOCTYPE html><html lang="zh-CN"><head>{meta}<title>{escape(spec.title)}'
        f" - 示例新闻网</title></head><body>"
        f"<header><nav><ul>{nav}</ul></nav></header><main><article>{''.join(parts)}"
        f"</article></main>"
        f'<aside class="sidebar"><h3>热门推荐</h3><ul>{nav}</ul></aside>'
        f"<footer><p>{FOOTER}</p><p>京ICP备12345678号 联系我们 | 关于我们</p></footer>"
        f"</body></html>"
    )
    return page.encode(encoding)


NAV = ["首页", "新闻", "财经", "科技", "体育", "娱乐", "评论", "图片"]
FOOTER = "版权所有 2024 示例新闻网 未经授权禁止转载"


# ---------------------------------------------------------------- a Word file with everything

# What ``rich_docx`` holds, for tests that check each piece came through
RICH_BOLD = "一是加强基础研究。"
RICH_AFTER_BOLD = "全年研发投入增长百分之十。"
RICH_FOOTNOTE = "数据来源于国家统计局。"
RICH_TEXTBOX = "文本框里的说明文字。"
RICH_HEADER = "政府工作报告"
RICH_FOOTER = "第一页脚注文字"


def tiny_png() -> bytes:
    """A valid 2x2 PNG, made without an imaging library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\xff\x00\x00" * 2 + b"\x00" + b"\x00\x00\xff" * 2)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


_FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>"
    '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
    "{text}</w:t></w:r></w:p></w:footnote></w:footnotes>"
)
_TEXTBOX_RUN = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="box1" '
    'style="width:200pt;height:40pt" type="#_x0000_t202"><v:textbox><w:txbxContent>'
    "<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
)


def rich_docx() -> bytes:
    """A Chinese Word file with what in-place translation must keep: a title and
    headings, a numbered list with Chinese numbering (一、), a bold lead-in, a table with
    merged cells and a nested table, a header and footer, a footnote, a text box, an
    image, a landscape second section and a CJK font in the styles and a run."""
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Inches

    d = docx.Document()
    d.core_properties.title = "测试报告"
    normal = d.styles["Normal"].element.get_or_add_rPr()
    normal.get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    normal.get_or_add_rFonts().set(qn("w:ascii"), "SimSun")
    d.add_heading("测试报告", level=0)
    d.add_heading("一、总体要求", level=1)
    p = d.add_paragraph()
    p.add_run(RICH_BOLD).bold = True
    run = p.add_run(RICH_AFTER_BOLD)
    run.font.name = "黑体"
    p.add_run()._r.append(parse_xml(_TEXTBOX_RUN.format(text=RICH_TEXTBOX))[0])
    ref = p.add_run()._r
    ref.append(parse_xml(f'<w:footnoteReference {docx.oxml.ns.nsdecls("w")} w:id="1"/>'))
    for item in ("第一项工作。", "第二项工作，总额3.5亿元。"):
        d.add_paragraph(item, style="List Number")
    d.add_heading("二、主要数据", level=2)
    table = d.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    cells = [["指标", "数值", "备注"], ["收入", "120亿元", "增长"], ["利润", "15亿元", ""]]
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(0, 1).merge(table.cell(0, 2))  # horizontal merge
    table.cell(1, 2).merge(table.cell(2, 2))  # vertical merge
    inner = table.cell(2, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "嵌套表格", "GDP 5.2%"
    d.add_picture(io.BytesIO(tiny_png()), width=Inches(1))
    d.add_paragraph("2024年")  # numbers only in Chinese form: still translated
    d.add_paragraph("ISO 9001")  # no Chinese: kept as written
    section = d.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    d.add_paragraph("横向页面的内容。")
    first = d.sections[0]
    first.header.paragraphs[0].text = RICH_HEADER
    first.footer.paragraphs[0].text = RICH_FOOTER
    # Chinese list numbering in the numbering part: 一、
    level = d.part.numbering_part.element.find(qn("w:abstractNum")).find(qn("w:lvl"))
    level.find(qn("w:numFmt")).set(qn("w:val"), "chineseCounting")
    level.find(qn("w:lvlText")).set(qn("w:val"), "%1、")
    footnotes = Part(
        PackURI("/word/footnotes.xml"),
        CONTENT_TYPE.WML_FOOTNOTES,
        _FOOTNOTES_XML.format(text=RICH_FOOTNOTE).encode("utf-8"),
        d.part.package,
    )
    d.part.relate_to(footnotes, RELATIONSHIP_TYPE.FOOTNOTES)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()
