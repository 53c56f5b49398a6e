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
