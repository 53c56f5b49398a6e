"""A page scanned crooked: its OCR layer sets every line at the page's slant. The PDF
reader turns the page back before it finds lines, so a paragraph is read whole and in
order (read where they stand, a slanted line's two ends fall in different rows)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from doc_fixtures import CJK_FONT, _register_font
from test_realdocs_pdf import HEIGHT, LEFT, PROSE, WIDTH, Text, blocks, headings, paragraph

from zhbrief.reading.pdf import read_pdf

MADE6 = Path(__file__).resolve().parent.parent / "eval" / "data" / "realdocs-made6" / "docs"
FIRST, SECOND = PROSE[:95], PROSE[95:]


def turned(lines: list[Text], degrees: float) -> bytes:
    """One page of ``lines``, the whole page turned by ``degrees`` about its centre."""
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, HEIGHT))
    c.translate(WIDTH / 2, HEIGHT / 2)
    c.rotate(degrees)
    c.translate(-WIDTH / 2, -HEIGHT / 2)
    for t in lines:
        c.setFont(t.font, t.size)
        c.drawString(t.x, HEIGHT - t.top - t.size, t.text)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("degrees", [1.3, -0.9, 4.0])
def test_paragraphs_of_a_turned_page_are_read_whole_and_in_order(degrees: float) -> None:
    page = [Text(100, "关于经济运行情况的报告", size=18.0, x=LEFT + 60, font=CJK_FONT)]
    page += paragraph(150, FIRST) + paragraph(240, SECOND)
    ex = read_pdf(turned(page, degrees), "turned.pdf")
    assert blocks(ex, "title") == ["关于经济运行情况的报告"]
    assert ["".join(p.split()) for p in blocks(ex, "body")] == [FIRST, SECOND]


def test_a_level_page_is_read_as_placed() -> None:
    """No slant, nothing turned: the same page as drawn upright."""
    page = paragraph(150, FIRST) + paragraph(240, SECOND)
    ex = read_pdf(turned(page, 0.0), "level.pdf")
    assert ["".join(p.split()) for p in blocks(ex, "body")] == [FIRST, SECOND]


def test_a_crooked_scan_s_paragraphs_are_whole() -> None:
    """u06 (made6): three pages turned +0.9, -1.3, +0.6 degrees, OCR'd by Tesseract
    without deskewing. Read where they stand, these paragraphs were cut in pieces."""
    path = MADE6 / "u06_ocr_skewed_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    body = ["".join(p.split()) for p in blocks(ex, "body")]
    ends = {
        "扎实有效去产能。": "确保分流职工就业有出路、生活，有保障。",
        "加强产权保护制度建设。": "对于侵害企业和公民产权的行为，必须严肃查处、有错必纠。",
    }
    for start, end in ends.items():
        assert [p for p in body if p.startswith(start) and p.endswith(end)], start


def test_a_crooked_scan_s_title_and_numbered_headings_are_read_from_its_layout() -> None:
    """u06: Tesseract's sizes on slanted lines say nothing (most body lines get the
    title's), and an OCR layer has no weight or face: the title is the first page's
    first centred line, the headings the short lines that open with a heading number,
    ranked by that number; a heading whose number OCR misread ((=) for （二）) takes
    the level of the one before it."""
    path = MADE6 / "u06_ocr_skewed_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert blocks(ex, "title") == ["关于上半年重点改革和开放工作进展情况的报告"]
    assert [("".join(h.split()), level) for h, level in headings(ex)] == [
        ("一、宏观调控与结构调整", 1),
        ("(一)预期目标与宏观政策", 2),
        ("(三)去产能和去杠杆", 2),  # OCR's reading of （二）
        ("二、改革与创新", 1),
        ("(一)重点领域改革", 2),
        ("(三)新兴产业发展", 2),
        ("(=)对外开放", 2),
    ]
