"""PDF layout rules for the eighth development set (realdocs-made8 w02, w03, w05), each
pinned on a small PDF drawn here: a word processor's line numbers in the left margin,
a reviewer's notes in a wide side margin and an undated credit line under the title,
headings told from the body only by their colour."""

from __future__ import annotations

import io
from dataclasses import dataclass

from doc_fixtures import CJK_FONT, _register_font
from test_realdocs_pdf import (
    HEIGHT,
    LEFT,
    PROSE,
    WIDTH,
    Text,
    blocks,
    headings,
    paragraph,
    prose,
    squeezed,
)

from zhbrief.reading.pdf import read_pdf

BLACK = (0.0, 0.0, 0.0)
DARK_RED = (0.75, 0.0, 0.0)
BLUE = (0.18, 0.46, 0.71)


@dataclass
class Ink(Text):
    colour: tuple[float, float, float] = BLACK


def draw(pages: list[list[Ink]]) -> bytes:
    """Lines in their fill colours; ``right``: set flush right at x."""
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, HEIGHT))
    for page in pages:
        for t in page:
            c.setFont(t.font, t.size)
            c.setFillColorRGB(*t.colour)
            y = HEIGHT - t.top - t.size
            (c.drawRightString if t.right else c.drawString)(t.x, y, t.text)
        c.showPage()
    c.save()
    return buf.getvalue()


def ink(lines: list[Text], colour: tuple[float, float, float] = BLACK) -> list[Ink]:
    return [Ink(t.top, t.text, t.size, t.x, t.font, t.right, colour) for t in lines]


# ------------------------------------------------------------------ line numbers


def numbered(lines: list[Text], every: int = 1) -> list[Ink]:
    """The lines with a word processor's line numbers: 9 pt, right-aligned 12 pt left
    of the text, counting from 1 on the page, shown on every ``every``-th line."""
    out = ink(lines)
    for n, t in enumerate(sorted(lines, key=lambda t: t.top), 1):
        if n % every == 0:
            out.append(Ink(t.top + 2, str(n), size=9, x=LEFT - 12, right=True))
    return out


def test_line_numbers_in_the_margin_are_left_out() -> None:
    """Numbers on every line (page 1) and on every fifth (page 2), restarting on each
    page, an em or so left of the text: glued to their lines (old: 13年增加 for
    年增加), they are no text. The body holds no digits at all."""
    page1 = [*paragraph(100, prose(1)), *paragraph(100 + 16 * 7, prose(2))]
    page2 = [ln for i in range(4) for ln in paragraph(100 + 16 * 6 * i, prose(3 + i))]
    ex = read_pdf(draw([numbered(page1), numbered(page2, every=5)]), "draft.pdf")
    text = squeezed(ex)
    assert not any(ch.isdigit() for ch in text)
    assert [b.replace(" ", "") for b in blocks(ex, "body")] == [prose(i) for i in range(1, 7)]


def test_a_numbered_list_keeps_its_numbers() -> None:
    """Item numbers hanging left of their items, which wrap onto a second line: the
    numbers skip the wrapped lines, so they count items, not lines, and stay."""
    page: list[Ink] = []
    for i in range(5):
        top = 100 + 40 * i
        page += [Ink(top, str(i + 1), x=LEFT, font="Helvetica")]
        page += [Ink(top, PROSE[30 * i : 30 * i + 28], x=LEFT + 20)]
        page += [Ink(top + 16, PROSE[30 * i + 28 : 30 * i + 40], x=LEFT + 20)]
    ex = read_pdf(draw([page]), "list.pdf")
    assert all(str(n) in ex.text for n in range(1, 6))


# ---------------------------------------------------------------- margin notes

NOTE_LEFT = 150.0  # the text block starts here: a wide left margin holds the notes
NOTES = ("【批注】数据请与统计局核对", "【批注】此段建议压缩篇幅")


def block_paragraph(top: float, text: str) -> list[Ink]:
    """Body lines of 24 characters from NOTE_LEFT, the first indented two."""
    out, first = [], True
    while text:
        n = 22 if first else 24
        out.append(Ink(top, text[:n], x=NOTE_LEFT + (22 if first else 0)))
        text, top, first = text[n:], top + 18, False
    return out


def note(top: float, text: str) -> list[Ink]:
    """A red 8 pt note in the left margin, 8 characters a line."""
    return [
        Ink(top + 12 * k, text[i : i + 8], size=8, x=40, colour=DARK_RED)
        for k, i in enumerate(range(0, len(text), 8))
    ]


def test_notes_in_the_side_margin_go_to_the_metadata() -> None:
    """Red notes in the wide left margin beside paragraphs' first lines: read with the
    text they would split the paragraphs (and widen the text block, so every line
    would start one); they go to the metadata, one note a line."""
    first, second = prose(1), prose(2)
    page = [*block_paragraph(100, first), *note(101, NOTES[0])]
    below = 100 + 18 * (len(first) // 24 + 2)
    page += [*block_paragraph(below, second), *note(below + 1, NOTES[1])]
    ex = read_pdf(draw([page]), "notes.pdf")
    assert [b.replace(" ", "") for b in blocks(ex, "body")] == [first, second]
    assert "批注" not in ex.text
    assert ex.metadata["margin_notes"] == "\n".join(NOTES)


def test_a_credit_line_under_the_title_is_its_author() -> None:
    """An undated byline centred under the title naming who compiled the document
    (…研究室　编), set larger than the text: the author, not a heading."""
    credit = "东川省人民政府研究室\u3000编"
    page = [
        Ink(80, "扩大内需重点任务学习辅导", size=19, x=183),
        Ink(118, credit, size=12, x=225),
        Ink(160, "一、扩大内需", size=15),
        *ink(paragraph(190, prose(1))),
    ]
    ex = read_pdf(draw([page]), "credit.pdf")
    assert [h for h, _ in headings(ex)] == ["一、扩大内需"]
    assert ex.metadata["author"] == credit.replace("\u3000", " ")


# -------------------------------------------------------------- colour headings


def lead_paragraph(top: float, lead: str, text: str) -> list[Ink]:
    """A paragraph opening with a run-in lead sentence in blue, the rest in black."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines = paragraph(top, lead + text)
    first = lines[0]
    rest = Ink(top, first.text[len(lead) :], x=first.x + stringWidth(lead, CJK_FONT, 11))
    return [Ink(top, lead, x=first.x, colour=BLUE), rest, *ink(lines[1:])]


def test_headings_told_only_by_colour_are_ranked_by_colour() -> None:
    """Headings in the body's face, size and weight, unnumbered, on lines of their own:
    dark red ones level 1, blue ones level 2 (the colour met first ranks higher).
    Paragraphs opening with a run-in lead sentence in the same blue are body."""
    lead = "重点改革深入推进。"
    page1 = [
        Ink(80, "工作回顾", colour=DARK_RED),
        Ink(110, "经济运行", colour=BLUE),
        *lead_paragraph(135, lead, prose(1)),
        Ink(260, "区域发展", colour=BLUE),
        *ink(paragraph(285, prose(2))),
    ]
    page2 = [
        Ink(80, "政府建设", colour=DARK_RED),
        *lead_paragraph(105, "坚持依法履职。", prose(3)),
        Ink(230, "勤勉履职", colour=BLUE),
        *ink(paragraph(255, prose(4))),
    ]
    ex = read_pdf(draw([page1, page2]), "colours.pdf")
    assert headings(ex) == [
        ("工作回顾", 1),
        ("经济运行", 2),
        ("区域发展", 2),
        ("政府建设", 1),
        ("勤勉履职", 2),
    ]
    assert lead + prose(1) in [b.replace(" ", "") for b in blocks(ex, "body")]
