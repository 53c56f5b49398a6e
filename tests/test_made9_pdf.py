"""PDF layout rules for the ninth development set (realdocs-made9 y02, y03, y05, y06),
each pinned on a small PDF drawn here: a bold body-size heading wrapping at the text's
line spacing, a credit line flush left under a flush-left title, a cover's title when
the cover has fields but no title field, a document-control block, side heads in a
wide left margin, run-in paragraph heads, a title's footnote mark and two names set an
em apart."""

from __future__ import annotations

import copy
import io
from dataclasses import dataclass

from doc_fixtures import CJK_FONT, _register_font
from test_realdocs_pdf import HEIGHT, LEFT, PROSE, WIDTH, blocks, prose, squeezed

from zhbrief.reading.base import Extracted
from zhbrief.reading.pdf import read_pdf

BOLD = "STSong-Bold"  # STSong-Light under a bold font name: the weight a reader sees


@dataclass
class Ink:
    top: float  # of the line's top from the page's top
    text: str
    size: float = 12.0
    x: float = LEFT
    font: str = CJK_FONT
    right: bool = False  # set flush right at x


def _register_bold() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import CIDFontInfo, UnicodeCIDFont

    _register_font()
    if BOLD in pdfmetrics.getRegisteredFontNames():
        return
    info = copy.deepcopy(CIDFontInfo[CJK_FONT])
    info["BaseFont"] = info["DescendantFonts"][0]["BaseFont"] = f"/{BOLD}"
    info["DescendantFonts"][0]["FontDescriptor"]["FontName"] = f"/{BOLD}"
    CIDFontInfo[BOLD] = info
    font = UnicodeCIDFont(CJK_FONT)
    font.face = copy.copy(font.face)
    font.face.name = font.name = font.fontName = BOLD
    pdfmetrics.registerFont(font)


Cell = tuple[float, float, float, float, str]  # x0, top, x1, bottom (page's top), text


def draw(pages: list[list[Ink]], tables: dict[int, list[Cell]] | None = None) -> bytes:
    """Lines in their fonts; ``tables``: ruled cells by page index."""
    from reportlab.pdfgen import canvas

    _register_bold()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, HEIGHT))
    for n, page in enumerate(pages):
        for x0, top, x1, bottom, text in (tables or {}).get(n, []):
            c.rect(x0, HEIGHT - bottom, x1 - x0, bottom - top)
            c.setFont(CJK_FONT, 10)
            c.drawString(x0 + 3, HEIGHT - bottom + 5, text)
        for t in page:
            c.setFont(t.font, t.size)
            y = HEIGHT - t.top - t.size
            (c.drawRightString if t.right else c.drawString)(t.x, y, t.text)
        c.showPage()
    c.save()
    return buf.getvalue()


def lines(top: float, text: str, *, x: float = LEFT, chars: int = 30, pitch: float = 26.0,
          font: str = CJK_FONT, indent: int = 2) -> list[Ink]:  # fmt: skip
    """A paragraph of 12 pt lines ``chars`` wide from x, ``pitch`` apart, the first
    indented ``indent`` characters (a hanging heading's second line starts at x)."""
    out, first = [], True
    while text:
        n = chars - indent if first else chars
        out.append(Ink(top, text[:n], x=x + (12 * indent if first else 0), font=font))
        text, top, first = text[n:], top + pitch, False
    return out


def headings(ex: Extracted) -> list[tuple[str, int]]:
    heads = [b for b in ex.blocks if b.kind == "heading"]
    return [(ex.text[b.start : b.end].replace(" ", ""), b.level) for b in heads]


def opened(top: float, head: str, text: str) -> list[Ink]:
    """A paragraph (30 characters a line) opening with ``head`` in bold, run on in
    the regular face on its first line."""
    n = 28 - len(head)
    return [
        Ink(top, head, x=LEFT + 24, font=BOLD),
        Ink(top, text[:n], x=LEFT + 24 + 12 * len(head)),
        *lines(top + 26, text[n:], indent=0),
    ]


# ------------------------------------------------ a bold heading at the body size

WRAPPING = (
    "（一）积极的财政政策要加大力度，稳健的货币政策要灵活适度，深化财税体制改革，"
    "增强宏观调控的针对性"
)


def test_a_bold_body_size_heading_filling_its_line_wraps_at_the_text_spacing() -> None:
    """A bold （一） heading at the body size, indented like the paragraphs, fills its
    line and wraps onto a second one at the text's own (wide, 1.5-line) spacing: one
    heading, not two; the bold lead sentence 1．…。 under it is the paragraph's own."""
    lead = "1．积极的财政政策要加大力度。"
    page = [
        Ink(40, "东川省人民政府关于推进稳增长的实施意见", size=22, x=90, font=BOLD),
        Ink(70, "一、稳定和完善宏观经济政策", size=16, font=BOLD),
        *lines(100, prose(1)),
        *lines(100 + 26 * 5, WRAPPING, font=BOLD),
        *opened(100 + 26 * 7, lead, prose(2)),
    ]
    ex = read_pdf(draw([page]), "wrapped.pdf")
    assert headings(ex) == [("一、稳定和完善宏观经济政策", 1), (WRAPPING, 2)]
    assert any(b.replace(" ", "").startswith(lead) for b in blocks(ex, "body"))


# ---------------------------------------------------- a credit line flush left


def test_a_credit_line_flush_left_under_a_flush_left_title_is_the_author() -> None:
    """A designed report sets its title flush left (24 pt) and the compiler's credit
    line (研究院　编) flush left under it: the author, not a heading."""
    page = [
        Ink(80, "东川省经济社会发展报告", size=24, font=BOLD),
        Ink(120, "东川省发展研究院　编", size=13),
        Ink(170, "第一部分　工作回顾", size=15, font=BOLD),
        *lines(200, prose(1)),
        Ink(200 + 26 * 5, "第二部分　改革重点", size=15, font=BOLD),
        *lines(230 + 26 * 5, prose(2)),
    ]
    ex = read_pdf(draw([page]), "report.pdf")
    assert "".join(ex.metadata.get("author", "").split()) == "东川省发展研究院编"
    assert [h for h, _ in headings(ex)] == ["第一部分工作回顾", "第二部分改革重点"]


# ----------------------------------------------------------- a cover's title

TITLE = "东川省供给侧结构性改革重点任务实施方案"


def cover() -> list[Ink]:
    """A plan's cover: the office, the 24 pt title over two lines, its file's fields."""
    return [
        Ink(130, "东川省发展和改革委员会", size=16, x=216),
        Ink(250, TITLE[:14], size=24, x=130, font=BOLD),
        Ink(290, TITLE[14:], size=24, x=230, font=BOLD),
        Ink(490, "文档编号：DC-FG-2017-003", x=227),
        Ink(516, "版　　本：V1.3", x=227),
        Ink(542, "发布日期：2017年4月10日", x=227),
    ]


def test_a_cover_with_fields_keeps_its_title() -> None:
    """A cover whose fields (文档编号, 版本, 发布日期) make it a form names no title
    field: its largest line, wrapping onto a second, is the title, not metadata."""
    body = [Ink(80, "1　总体要求", size=15, font=BOLD), *lines(120, prose(1))]
    ex = read_pdf(draw([cover(), body]), "plan.pdf")
    assert [t.replace(" ", "") for t in blocks(ex, "title")] == [TITLE]
    assert ex.metadata["版本"] == "V1.3" and ex.metadata["cover"] == "东川省发展和改革委员会"


# --------------------------------------------------- a document-control block


def grid(top: float, rows: list[list[str]]) -> list[Cell]:
    widths = [60.0, 90.0, 70.0, 230.0][: len(rows[0])]
    out: list[Cell] = []
    for r, row in enumerate(rows):
        x = LEFT
        for w, text in zip(widths, row, strict=True):
            out.append((x, top + 22 * r, x + w, top + 22 * (r + 1), text))
            x += w
    return out


def test_a_document_control_block_goes_to_the_metadata() -> None:
    """A revision history and an approval table under their labels (文档修订记录,
    文档审批) say who changed and signed the file, not what it says: neither the
    labels (old: headings) nor the cells (old: tables in the body) are text; both
    go to the metadata, the cells kept."""
    history = [
        ["版本", "日期", "修订人", "修订说明"],
        ["V1.1", "2017-03-15", "吕文博", "修改第二部分"],
    ]
    approval = [["角色", "姓名", "日期"], ["批准", "邵国华", "2017-04-10"]]
    control = [
        Ink(74, "文档修订记录", size=14, x=262, font=BOLD),
        Ink(200, "文档审批", size=14, x=276, font=BOLD),
    ]
    body = [Ink(80, "1　总体要求", size=15, font=BOLD), *lines(120, prose(1))]
    tables = {1: grid(100, history) + grid(226, approval)}
    ex = read_pdf(draw([cover(), control, body], tables), "plan.pdf")
    text = squeezed(ex)
    assert "修订记录" not in text and "修改第二部分" not in text and "邵国华" not in text
    assert [h for h, _ in headings(ex)] == ["1总体要求"]
    kept = ex.metadata["document_control"]
    assert kept.startswith("文档修订记录") and "修改第二部分" in kept and "邵国华" in kept


# ------------------------------------------------------------------ side heads

COLUMN = 153.0  # the text column starts here: side heads stand in the margin left of it


def side_head(top: float, words: list[str]) -> list[Ink]:
    """A 15 pt bold side head, right-aligned an em and a half left of the column."""
    x = COLUMN - 17
    return [Ink(top + 24 * k, w, size=15, x=x, font=BOLD, right=True) for k, w in enumerate(words)]


def test_a_side_head_beside_the_text_is_a_heading_of_its_own() -> None:
    """Side heads in a wide left margin level with their section's first lines: one
    over two lines, beside the text's first two lines. Read by rows the head's lines
    were glued to the text's (old: 就业、能源与着力促进…, a body line) and its second
    line read between two of the text's; now one heading, the paragraph whole."""
    first, second = prose(1), prose(2)
    page = [
        *side_head(100, ["扩大国内需求"]),
        *lines(103, first, x=COLUMN, chars=31, pitch=19),
        *side_head(260, ["就业、能源与", "生态保护"]),
        *lines(263, second, x=COLUMN, chars=31, pitch=19),
    ]
    ex = read_pdf(draw([page]), "side.pdf")
    assert headings(ex) == [("扩大国内需求", 1), ("就业、能源与生态保护", 1)]
    assert [b.replace(" ", "") for b in blocks(ex, "body")] == [first, second]


# ------------------------------------------------------------------ run-in heads


def test_a_run_in_phrase_in_the_heading_font_is_a_heading_under_the_others() -> None:
    """LaTeX's ``\\paragraph``: a short bold phrase in the headings' font opening a
    paragraph, the paragraph running on in the body's type: a heading ranked under
    the headings on lines of their own, the paragraph body. A bold lead sentence
    (ending in 。) is the paragraph's own, and so is an article's label (第三条)."""
    lead = "加快培育消费增长点。"
    page = [
        Ink(60, "消费和农业农村", font=BOLD),
        *opened(90, "促进消费", PROSE[11:]),
        *opened(90 + 26 * 5, "粮食生产", PROSE[22:]),
        *opened(90 + 26 * 10, lead, PROSE[:60]),
        *opened(90 + 26 * 14, "第三条", PROSE[30:]),
    ]
    ex = read_pdf(draw([page]), "runin.pdf")
    assert headings(ex) == [("消费和农业农村", 1), ("促进消费", 2), ("粮食生产", 2)]
    body = [b.replace(" ", "") for b in blocks(ex, "body")]
    assert body[:2] == [PROSE[11:], PROSE[22:]] and body[2].startswith(lead)
    assert body[3] == "第三条" + PROSE[30:]  # an article's label: the paragraph's number


# ------------------------------------------------------------ the title block


def test_a_footnote_mark_after_the_title_is_not_the_titles() -> None:
    """``\\thanks`` marks the title with ∗ (a note at the page's foot): the mark is
    the note's; the title ends before it."""
    title = "新常态下扩大内需的路径选择"
    page = [
        Ink(100, title, size=22, x=140, font=BOLD),
        Ink(104, "∗", size=14, x=140 + 22 * len(title), font="Helvetica"),
        Ink(160, "1　引言", size=15, font=BOLD),
        *lines(190, prose(1)),
    ]
    ex = read_pdf(draw([page]), "paper.pdf")
    assert blocks(ex, "title") == [title]


def test_two_names_an_em_apart_under_the_title_are_no_heading() -> None:
    """Authors' names set an em apart with no space character (韩立新\\quad周雅静),
    15 pt under the title: read as two names they are the byline (old: one word,
    a heading)."""
    page = [
        Ink(100, "新常态下扩大内需的路径选择", size=22, x=140, font=BOLD),
        Ink(140, "韩立新", size=15, x=250),
        Ink(140, "周雅静", size=15, x=250 + 15 * 4),
        Ink(190, "1　引言", size=15, font=BOLD),
        *lines(220, prose(1)),
    ]
    ex = read_pdf(draw([page]), "paper.pdf")
    assert [h for h, _ in headings(ex)] == ["1引言"]
