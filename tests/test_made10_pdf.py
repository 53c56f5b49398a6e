"""PDF layout rules for the tenth development set (realdocs-made10 z01, z02, z03, z05,
z06), each pinned on a small PDF drawn here: a slide's footline in coloured boxes on
one row, a slide deck's 目录 label, a title given by the document-info ``/Title``
under an image-only cover, an official document's signature and closing notes, an
attached form to fill, and a dashed subtitle under the title."""

from __future__ import annotations

import io

from test_made9_pdf import BOLD, Cell, Ink, _register_bold, draw, headings, lines
from test_realdocs_pdf import HEIGHT, LEFT, WIDTH, blocks, prose, squeezed

from zhbrief.reading.pdf import read_pdf

# ------------------------------------------------------------ a slide's footline

SLIDE = (453.5, 255.1)  # a 16:9 beamer frame
FOOT = ["李明远（东川省统计局）", "年度工作汇报"]


def slides(frames: list[list[Ink]], outline: bool = False) -> bytes:
    """Frames in a three-box footline (author, short title, N / M), as beamer draws it:
    coloured boxes side by side along the bottom edge, each with its text."""
    from reportlab.pdfgen import canvas

    _register_bold()
    width, height = SLIDE
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=SLIDE)
    for n, frame in enumerate(frames, 1):
        third = width / 3
        for i, (text, shade) in enumerate(
            zip([*FOOT, f"{n} / {len(frames)}"], [0.2, 0.4, 0.6], strict=True)
        ):
            c.setFillColorRGB(shade, shade, 0.8)
            c.rect(i * third, 0, third, 9, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont("STSong-Light", 6)
            c.drawCentredString((i + 0.5) * third, 2.5, text)
        c.setFillColorRGB(0, 0, 0)
        for t in frame:
            c.setFont(t.font, t.size)
            c.drawString(t.x, height - t.top - t.size, t.text)
        c.showPage()
    c.save()
    return buf.getvalue()


def frame(title: str, i: int) -> list[Ink]:
    text = prose(i)[:60]
    return [
        Ink(8, title, size=14.5, x=8.5, font=BOLD),
        *(Ink(90 + 12 * k, text[30 * k : 30 * k + 30], size=10, x=28) for k in range(2)),
    ]


def test_a_slide_footline_in_boxes_on_one_row_is_no_text() -> None:
    """Beamer's footline: three coloured boxes in a row along the bottom of every
    frame (author with institute, short title, N / M) read as a one-row table; on a
    deck of four frames it is still a running footer, never text (old: in the body on
    every frame)."""
    frames = [frame(t, i) for i, t in enumerate(["总体要求", "主要目标", "重点任务", "保障措施"])]
    ex = read_pdf(slides(frames), "deck.pdf")
    text = squeezed(ex)
    assert FOOT[0] not in text and FOOT[1] not in text and "/4" not in text
    assert [h for h, _ in headings(ex)] == ["总体要求", "主要目标", "重点任务", "保障措施"]


def test_a_slide_outline_label_is_no_heading() -> None:
    """A deck's outline frame (目录 over section names printed nowhere else): the 目录
    label is the frame's furniture, no heading (old: a heading)."""
    outline = [
        Ink(8, "目录", size=14.5, x=8.5, font=BOLD),
        Ink(82, "总体要求", size=11, x=28),
        Ink(122, "扩大内需", size=11, x=28),
        Ink(162, "改善民生", size=11, x=28),
    ]
    cover = [
        Ink(60, "东川省年度工作汇报", size=16, x=150, font=BOLD),
        Ink(118, "李明远", size=11, x=210),
    ]
    names = ["工作思路", "预期目标", "就业社保"]
    frames = [cover, outline] + [frame(t, i) for i, t in enumerate(names)]
    ex = read_pdf(slides(frames), "deck.pdf")
    assert "目录" not in squeezed(ex)
    # the section names stand only in the outline: they stay, the headings of the deck
    assert [h for h, _ in headings(ex)] == ["总体要求", "扩大内需", "改善民生", *names]


# ------------------------------------------------------------ the info title

INFO_TITLE = "东川省开局之年经济社会发展报告"


def image_cover(title: str) -> bytes:
    """Page 1 a picture only (no text layer); page 2 opens with the title again."""
    from reportlab.pdfgen import canvas

    _register_bold()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, HEIGHT))
    c.setTitle(title)
    c.setFillColorRGB(0.1, 0.3, 0.5)
    c.rect(0, 0, WIDTH, HEIGHT, stroke=0, fill=1)
    c.showPage()
    c.setFillColorRGB(0, 0, 0)
    page = [
        Ink(40, "东川省发展研究中心", size=9, x=440),
        Ink(77, INFO_TITLE, size=20, x=100, font=BOLD),
        Ink(128, "一、发展环境", size=16, font=BOLD),
        *lines(160, prose(1)),
        Ink(330, "二、主要任务", size=16, font=BOLD),
        *lines(362, prose(2)),
    ]
    for t in page:
        c.setFont(t.font, t.size)
        c.drawString(t.x, HEIGHT - t.top - t.size, t.text)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_the_info_title_read_as_the_first_large_line_is_the_title() -> None:
    """A cover that is one picture gives no title; the document-info /Title says what
    the first large line of the text says: that line is the title, not a heading (old:
    no title, the line a heading). A tool's default (Microsoft Word - x.docx) is no title."""
    ex = read_pdf(image_cover(INFO_TITLE), "cover.pdf")
    assert [t.replace(" ", "") for t in blocks(ex, "title")] == [INFO_TITLE]
    assert [h for h, _ in headings(ex)] == ["一、发展环境", "二、主要任务"]
    ex = read_pdf(image_cover("Microsoft Word - 报告.docx"), "cover.pdf")
    assert not blocks(ex, "title")


# --------------------------------------------- signature and closing notes

ORG = "东川省对外经济研究中心"


def closing_page() -> list[Ink]:
    return [
        *lines(80, prose(3)[:50]),
        Ink(180, ORG, x=500, right=True),
        Ink(200, "2014年4月15日", x=500, right=True),
        Ink(236, "联系人：林晓峰　　联系电话：0571-8765 4321", size=10.5),
        Ink(254, "附件：1．2013年全省进出口分月数据表", size=10.5),
        Ink(272, "2．重点企业境外投资项目清单", size=10.5, x=LEFT + 32),
    ]


def test_a_signature_and_the_contact_and_attachment_lines_are_metadata() -> None:
    """An official document ends in its signature (organisation, date; right of the
    centre) and, under it, the 联系人 line and the 附件 list: closing furniture, kept
    as metadata, not text (old: all in the body)."""
    first = [
        Ink(60, "东川省开放型经济形势分析", size=20, x=150, font=BOLD),
        Ink(110, "一、基本情况", size=16, font=BOLD),
        *lines(140, prose(1)),
    ]
    ex = read_pdf(draw([first, closing_page()]), "report.pdf")
    text = squeezed(ex)
    assert ORG not in text and "联系人" not in text and "附件" not in text
    assert "重点企业境外投资" not in text
    assert ex.metadata["signature"].replace(" ", "") == f"{ORG}\n2014年4月15日"
    assert ex.metadata["closing_notes"].startswith("联系人")


# -------------------------------------------------- a form to fill, a subtitle


def letter() -> list[Ink]:
    """An open letter's first page: the title, its ——subtitle, two points, a signature."""
    return [
        Ink(89, "倡议书", size=26, x=250, font=BOLD),
        Ink(133, "——致全省企业家的一封公开信", size=15, x=150),
        Ink(180, "一、勇于创新", size=14, font=BOLD),
        *lines(210, prose(1)),
        Ink(380, "二、开拓市场", size=14, font=BOLD),
        *lines(410, prose(2)),
        Ink(560, "东川省工商业联合会", x=500, right=True),
        Ink(580, "2016年4月8日", x=500, right=True),
    ]


def test_a_dashed_subtitle_under_the_title_is_metadata() -> None:
    """The ——line under the title is its subtitle: metadata, no heading (old: a heading)."""
    ex = read_pdf(draw([letter()]), "letter.pdf")
    assert [h for h, _ in headings(ex)] == ["一、勇于创新", "二、开拓市场"]
    assert ex.metadata["subtitle"] == "——致全省企业家的一封公开信"


def test_an_attached_form_to_fill_is_metadata() -> None:
    """The last page an attachment: 附件, the form's title over a table of labels with
    empty cells, the return instruction under it: a form to fill, not text (old: its
    title a heading, its labels and instruction in the body)."""
    form = [
        Ink(87, "附件", size=14, font=BOLD),
        Ink(123, "响应倡议回执", size=18, x=246, font=BOLD),
        Ink(300, "请于2016年4月30日前将回执传真至0571-8888 6666", size=10.5),
    ]
    labels = ["单位名称（盖章）", "联系人", "联系电话", "拟开展的行动"]
    cells: list[Cell] = []
    for r, label in enumerate(labels):
        top, bottom = 162 + 30 * r, 192 + 30 * r
        cells += [(LEFT, top, LEFT + 120, bottom, label), (LEFT + 120, top, 520, bottom, "")]
    ex = read_pdf(draw([letter(), form], {1: cells}), "letter.pdf")
    text = squeezed(ex)
    assert "单位名称" not in text and "请于2016年" not in text and "响应倡议回执" not in text
    assert [h for h, _ in headings(ex)] == ["一、勇于创新", "二、开拓市场"]
    assert "单位名称（盖章）" in ex.metadata["form"]
