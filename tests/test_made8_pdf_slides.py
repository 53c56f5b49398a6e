"""PDF layout rules for the eighth development set's slide deck and broker's research
report (realdocs-made8 w01, w06), each pinned on a small PDF drawn here: a slide's
background no table, a 目录 slide without page numbers, a section divider's big number,
bulleted items with a hanging indent, a closing thanks slide; a title holding a colon
over an analyst's fields, a report's kind and date over its title, a label set like
the numbered headings under the title, a tinted analyst sidebar beside the text, and
the statements and disclaimers closing the report."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from doc_fixtures import _register_font
from test_realdocs_pdf import PROSE, Text, blocks, headings, squeezed

from zhbrief.reading.base import Extracted
from zhbrief.reading.pdf import read_pdf

SLIDE = (960.0, 540.0)  # 16:9, as Impress exports a deck
A4 = (595.0, 842.0)


@dataclass
class Box:
    """A filled rectangle: x, top, width, height and its RGB fill."""

    x: float
    top: float
    width: float
    height: float
    rgb: tuple[float, float, float] = (0.95, 0.95, 0.95)


@dataclass
class Sheet:
    texts: list[Text]
    boxes: list[Box] = field(default_factory=list)


def draw(sheets: list[Sheet], size: tuple[float, float]) -> bytes:
    """Pages of ``size``: each sheet's boxes first (under the text), then its lines."""
    from reportlab.pdfgen import canvas

    _register_font()
    height = size[1]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size)
    for sheet in sheets:
        for b in sheet.boxes:
            c.setFillColorRGB(*b.rgb)
            c.rect(b.x, height - b.top - b.height, b.width, b.height, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        for t in sheet.texts:
            c.setFont(t.font, t.size)
            c.drawString(t.x, height - t.top - t.size, t.text)
        c.showPage()
    c.save()
    return buf.getvalue()


def titles(ex: Extracted) -> list[str]:
    return ["".join(t.split()) for t in blocks(ex, "title")]


# ------------------------------------------------------------------ slide deck

SECTIONS = ["经济运行情况", "重点改革任务", "新动能培育"]
SLIDE_TITLES = ["主要预期目标", "去产能与去杠杆", "科技创新能力"]
FOOTER = "东川省发改委 | 上半年工作汇报"
PER_SLIDE_LINE = 44  # characters of an 18 pt bullet line (792 pt)


def bullet(top: float, text: str) -> list[Text]:
    """A bulleted item: ■ and its first line at the left, the lines after it hanging
    under the text (past the bullet), 27 pt apart."""
    out = [Text(top, "■ " + text[:PER_SLIDE_LINE], size=18, x=65)]
    text = text[PER_SLIDE_LINE:]
    while text:
        top += 27
        out.append(Text(top, text[:PER_SLIDE_LINE], size=18, x=92))
        text = text[PER_SLIDE_LINE:]
    return out


def furniture(n: int) -> list[Text]:
    """What every slide but the first carries: a footer with the slide's number and a
    small tag at the top right."""
    return [
        Text(513, f"{FOOTER}  {n}", size=10, x=43),
        Text(12, "内部资料　注意保存", size=10, x=832),
    ]


def deck(closing: str = "敬请各位领导批评指正！") -> list[Sheet]:
    """A title slide, a 目录 slide (numbered names, no page numbers), a divider slide
    (a big number beside the section's name) and a content slide (28 pt title, two
    bulleted items) for each section, and a closing slide."""
    sheets = [
        Sheet(
            [
                Text(200, "上半年重点工作推进情况汇报", size=40, x=147),
                Text(364, "东川省发展和改革委员会", size=20, x=369),
            ]
        )
    ]
    agenda = [Text(39, "目　录", size=32, x=65)]
    for i, name in enumerate(SECTIONS):
        agenda += [
            Text(147 + 80 * i, f"0{i + 1}", size=24, x=249),
            Text(147 + 80 * i, name, size=24, x=310),
        ]
    sheets.append(Sheet(agenda))
    for i, (name, title) in enumerate(zip(SECTIONS, SLIDE_TITLES, strict=True)):
        sheets.append(
            Sheet([Text(176, f"0{i + 1}", size=88, x=99), Text(220, name, size=40, x=360)])
        )
        body = bullet(130, PROSE[10 * i :][:100]) + bullet(280, PROSE[20 + 10 * i :][:90])
        sheets.append(Sheet([Text(39, title, size=28, x=65), *body]))
    sheets.append(Sheet([Text(220, closing, size=40, x=259)]))
    for n, sheet in enumerate(sheets[1:], 2):
        sheet.texts += furniture(n)
    return sheets


def test_a_slide_background_is_no_table_and_the_slides_are_read() -> None:
    """Impress paints each slide's background as a rectangle the size of the page: the
    table finder took its edges for a table, and every line became its one cell."""
    sheets = deck()
    for sheet in sheets:
        sheet.boxes.insert(0, Box(0, 0, *SLIDE, rgb=(1.0, 1.0, 1.0)))
    ex = read_pdf(draw(sheets, SLIDE), "deck.pdf")
    assert blocks(ex, "table") == []
    assert blocks(ex, "title") == ["上半年重点工作推进情况汇报"]
    assert [h for h, _ in headings(ex)] == [
        t for pair in zip(SECTIONS, SLIDE_TITLES, strict=True) for t in pair
    ]
    assert FOOTER not in ex.text and "内部资料" not in ex.text


def test_an_agenda_slide_without_page_numbers_is_left_out() -> None:
    """目录 over numbered section names and no page numbers: navigation, neither
    headings nor text."""
    ex = read_pdf(draw(deck(), SLIDE), "deck.pdf")
    found = [h for h, _ in headings(ex)]
    assert not any("目" in h and "录" in h for h in found)
    assert found.count(SECTIONS[0]) == 1  # the divider's, not the agenda's
    assert "01" + SECTIONS[0] not in squeezed(ex)


def test_a_divider_slides_big_number_is_no_heading_and_its_name_is_level_one() -> None:
    ex = read_pdf(draw(deck(), SLIDE), "deck.pdf")
    assert headings(ex) == [
        (t, level)
        for pair in zip(SECTIONS, SLIDE_TITLES, strict=True)
        for t, level in zip(pair, (1, 2), strict=True)
    ]
    assert not any(h in ("01", "02", "03") for h, _ in headings(ex))


def test_a_bulleted_item_with_a_hanging_indent_is_one_paragraph() -> None:
    ex = read_pdf(draw(deck(), SLIDE), "deck.pdf")
    items = [b.replace(" ", "") for b in blocks(ex, "body") if b.startswith("■")]
    assert items[:2] == ["■" + PROSE[:100], "■" + PROSE[20:][:90]]
    assert len(items) == 6  # two items on each content slide, each one paragraph


def test_a_closing_thanks_slide_is_metadata_not_text() -> None:
    ex = read_pdf(draw(deck(), SLIDE), "deck.pdf")
    assert "批评指正" not in ex.text
    assert ex.metadata["closing"] == "敬请各位领导批评指正！"


def test_a_last_slide_with_text_of_its_own_is_kept() -> None:
    """Only closing words alone on the last page close the deck."""
    ex = read_pdf(draw(deck(closing="下半年继续推进改革"), SLIDE), "deck.pdf")
    assert "下半年继续推进改革" in ex.text and "closing" not in ex.metadata


# ------------------------------------------------------- broker's research report

TITLE = "稳中求进　改革深化：宏观经济与政策展望"
BODY = 10.5
COLUMN = 29  # characters of a 10.5 pt line beside the sidebar (305 pt)
FULL = 44  # characters of a 10.5 pt line across the text block (462 pt)


def lines(top: float, text: str, per: int, size: float = BODY, pitch: float = 20) -> list[Text]:
    """A paragraph: first line indented two characters, ``pitch`` apart."""
    out, first = [], True
    while text:
        n = per - 2 if first else per
        out.append(Text(top, text[:n], size=size, x=62 + (2 * size if first else 0)))
        text, top, first = text[n:], top + pitch, False
    return out


SIDEBAR = [
    "分析师：刘思远",
    "执业证书编号：S1230516080001",
    "电话：021-60875503",
    "研究助理：陈佳",
    "相关研究",
    "《去产能进展跟踪》2016-12-05",
]


def report(
    *, title: str = TITLE, kind_row: bool = True, sidebar: bool = True, tinted: bool = True
) -> list[Sheet]:
    """Page 1: the kind and date row, the title, 投资要点 and two paragraphs in the
    left cell, the analyst sidebar (9 pt, a grey box) at the right; page 2: numbered
    headings and text; page 3: the closing statements under their labels."""
    first: list[Text] = []
    if kind_row:
        first += [
            Text(70, "宏观研究｜深度报告", size=BODY, x=62),
            Text(70, "2017年3月10日", x=470, size=BODY),
        ]
    first += [Text(102, title, size=18, x=62), Text(147, "投资要点", size=12, x=62)]
    first += lines(171, PROSE[:80], COLUMN) + lines(255, PROSE[40:][:80], COLUMN)
    boxes: list[Box] = []
    if sidebar:
        first += [Text(150 + 17 * i, t, size=9, x=383) for i, t in enumerate(SIDEBAR)]
        if tinted:
            boxes.append(Box(377, 146, 150, 211))
    second = [Text(77, "1. 重点领域改革持续深化", size=14, x=62)]
    second += [Text(105, "1.1 产权保护与社会体制改革", size=12, x=62)]
    second += lines(131, PROSE[5:][:120], FULL) + lines(231, PROSE[60:][:100], FULL)
    second += [Text(331, "2. 对外开放迈向新阶段", size=14, x=62)]
    second += lines(359, PROSE[30:][:130], FULL)
    last = [Text(78, "分析师声明", size=12, x=62)]
    last += lines(
        100, "作者具有中国证券业协会授予的证券投资咨询执业资格，独立、客观地出具本报告。", 50, 9, 17
    )
    last += [Text(143, "免责声明", size=12, x=62)]
    last += lines(
        165,
        "本报告的信息均来源于公开资料，本公司对这些信息的准确性和完整性不作任何保证。",
        50,
        9,
        17,
    )
    return [Sheet(first, boxes), Sheet(second), Sheet(last)]


def test_a_title_holding_a_colon_over_an_analysts_fields_is_the_title() -> None:
    """稳中求进：… set at 18 pt over fields set at 9 pt reads like a field (a label, a
    colon, a value); set that much larger it is the title."""
    ex = read_pdf(draw(report(), A4), "report.pdf")
    assert titles(ex) == ["".join(TITLE.split())]
    assert not any("稳中求进" in key for key in ex.metadata)


def test_a_reports_kind_and_date_over_its_title_are_metadata() -> None:
    ex = read_pdf(draw(report(), A4), "report.pdf")
    assert (ex.metadata["kind"], ex.metadata["date"]) == ("宏观研究｜深度报告", "2017年3月10日")
    assert "深度报告" not in ex.text
    assert titles(ex) == ["".join(TITLE.split())]


def test_a_label_set_like_the_numbered_headings_under_the_title_is_a_heading() -> None:
    """投资要点 right under the title is four characters, like an author's name; set as
    the numbered headings are (12 pt, like 1.1 …), it is a heading."""
    ex = read_pdf(draw(report(title="宏观经济与政策展望", kind_row=False), A4), "report.pdf")
    assert titles(ex) == ["宏观经济与政策展望"]
    assert [h for h, _ in headings(ex)][:2] == ["投资要点", "1. 重点领域改革持续深化"]


def test_a_tinted_sidebar_beside_the_text_is_metadata() -> None:
    ex = read_pdf(draw(report(), A4), "report.pdf")
    text = squeezed(ex)
    assert "S1230516080001" not in text and "去产能进展跟踪" not in text and "相关研究" not in text
    assert ex.metadata["sidebar"].splitlines()[-2:] == SIDEBAR[-2:]
    assert PROSE[:20] in text  # the text beside it stays


def test_small_lines_beside_the_text_without_a_tinted_box_stay_text() -> None:
    """The sidebar is told by its box: without one, nothing goes to the metadata."""
    ex = read_pdf(draw(report(tinted=False), A4), "report.pdf")
    assert "sidebar" not in ex.metadata and "去产能进展跟踪" in squeezed(ex)


def test_the_closing_statements_and_disclaimer_are_metadata_not_headings_or_text() -> None:
    ex = read_pdf(draw(report(), A4), "report.pdf")
    found = [h for h, _ in headings(ex)]
    assert "分析师声明" not in found and "免责声明" not in found
    text = squeezed(ex)
    assert "执业资格" not in text and "不作任何保证" not in text
    disclaimer = ex.metadata["disclaimer"]
    assert disclaimer.startswith("分析师声明") and "不作任何保证" in disclaimer
    assert found[-1] == "2. 对外开放迈向新阶段" and PROSE[30:50] in text
