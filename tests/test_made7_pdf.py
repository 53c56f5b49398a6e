"""PDF layout rules for the seventh development set (realdocs-made7 v04-v06), each
pinned on a small PDF drawn here: a 公文's red-ruled letterhead, its attachment and
distribution record; a journal's header rows, spaced author names, two columns under
one-column front matter and a small reference-list label; a standard's cover, its
title printed again, 前言 over body-size clauses and LaTeX's gap after a clause number."""

from __future__ import annotations

import io

from doc_fixtures import CJK_FONT, _register_font
from test_realdocs_pdf import (
    HEIGHT,
    LEFT,
    WIDTH,
    Text,
    blocks,
    draw,
    headings,
    paragraph,
    prose,
    squeezed,
)

from zhbrief.reading.base import Extracted
from zhbrief.reading.pdf import read_pdf

SANS = "HeiseiKakuGo-W5"  # another CJK face (黑体 beside 宋体): use words Japan1 holds
LATIN = "Helvetica"


def sans_draw(pages: list[list[Text]], red_rule: float | None = None) -> bytes:
    """``draw`` with a second CJK face; ``red_rule``: the top of a red rule on page 1."""
    from reportlab.pdfgen import canvas

    _register_font(SANS)
    if red_rule is None:
        return draw(pages)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, HEIGHT))
    for n, page in enumerate(pages):
        if n == 0:
            c.setStrokeColorRGB(0.88, 0.0, 0.0)
            c.setLineWidth(2.25)
            c.line(79.5, HEIGHT - red_rule, 522.0, HEIGHT - red_rule)
        for t in page:
            c.setFont(t.font, t.size)
            c.drawString(t.x, HEIGHT - t.top - t.size, t.text)
        c.showPage()
    c.save()
    return buf.getvalue()


def titles(ex: Extracted) -> list[str]:
    return blocks(ex, "title")


def numbered(top: float, number: str, words: str, size: float, face: str = CJK_FONT) -> list[Text]:
    """A clause heading as LaTeX sets it: the number in the Latin font, an em of space
    (no space character), the words in a CJK face."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    gap = stringWidth(number, LATIN, size) + size
    return [
        Text(top, number, size=size, font=LATIN),
        Text(top, words, size=size, x=LEFT + gap, font=face),
    ]


# ------------------------------------------------------------------ 公文: 会议纪要


def test_the_letterhead_over_a_red_rule_is_metadata_and_the_title_comes_under_it() -> None:
    page = [
        Text(118, "东川省人民政府专题会议纪要", size=30, x=105),
        Text(178, "第16期", size=16, x=273),
        Text(207, "东川省人民政府办公厅", size=16, x=80),
        Text(207, "2015年4月8日", size=16, x=405),
        Text(271, "关于推进重点领域改革工作的会议纪要", size=22, x=113),
        *paragraph(320, prose(1)),
    ]
    ex = read_pdf(sans_draw([page], red_rule=231), "minutes.pdf")
    assert titles(ex) == ["关于推进重点领域改革工作的会议纪要"]
    text = squeezed(ex)
    assert "第16期" not in text and "专题会议纪要" not in text and "办公厅" not in text
    assert (ex.metadata["issuer"], ex.metadata["number"]) == (
        "东川省人民政府专题会议纪要",
        "第16期",
    )


def test_an_attachment_is_a_document_of_its_own_under_its_label() -> None:
    """附件 over the attachment's title at the top of its page: the label is no heading,
    the title (set like the document's) is level 1 and its sections rank under it; the
    document's title is still the first one."""
    pages = [
        [
            Text(100, "关于推进重点领域改革工作的会议纪要", size=22, x=113),
            Text(150, "一、关于简政放权", size=16),
            *paragraph(180, prose(1)),
            Text(300, "二、关于价格改革", size=16),
            *paragraph(330, prose(2)),
        ],
        [
            Text(100, "附件", size=16, font=SANS),
            Text(132, "重点领域改革任务分工方案", size=22, x=168),
            Text(180, "一、科技体制改革", size=16),
            *paragraph(210, prose(3)),
            Text(330, "二、发展服务业", size=16),
            *paragraph(360, prose(4)),
        ],
    ]
    ex = read_pdf(sans_draw(pages), "minutes.pdf")
    assert titles(ex) == ["关于推进重点领域改革工作的会议纪要"]
    assert headings(ex) == [
        ("一、关于简政放权", 1),
        ("二、关于价格改革", 1),
        ("重点领域改革任务分工方案", 1),
        ("一、科技体制改革", 2),
        ("二、发展服务业", 2),
    ]


def test_the_distribution_record_at_the_end_is_metadata() -> None:
    record = [
        Text(600, "分送：省委办公厅，省人大常委会办公厅，省政协办公厅，省发展改", size=10, x=86),
        Text(616, "革委，省财政厅。", size=10, x=116),
        Text(640, "东川省人民政府办公厅 2015年4月8日印发", size=10, x=86),
    ]
    pages = [[Text(100, "关于推进改革工作的通知", size=22, x=150), *paragraph(150, prose(1))]]
    pages.append([*paragraph(100, prose(2)), *record])
    ex = read_pdf(sans_draw(pages), "notice.pdf")
    text = squeezed(ex)
    assert "分送" not in text and "印发" not in text and "革委" not in text
    assert (
        ex.metadata["cc"]
        == "分送：省委办公厅，省人大常委会办公厅，省政协办公厅，省发展改革委，省财政厅。"
    )
    assert ex.metadata["issued"] == "东川省人民政府办公厅 2015年4月8日印发"


def test_a_field_set_in_another_face_is_not_a_heading() -> None:
    """列席：王立新 in the heading face among attendance lines is a field; 二、工作要点 in
    that face is a heading."""
    pages = [
        [
            Text(100, "关于推进改革工作的会议纪要", size=22, x=150),
            Text(150, "一、会议议定事项", size=11, font=SANS),
            *paragraph(170, prose(1)),
            Text(290, "二、工作要点", size=11, font=SANS),
            *paragraph(310, prose(2)),
        ],
        [
            *paragraph(100, prose(3)),
            Text(230, "出席：张明远 刘建华"),
            Text(246, "列席：王立新", font=SANS),
        ],
    ]
    ex = read_pdf(sans_draw(pages), "minutes.pdf")
    assert headings(ex) == [("一、会议议定事项", 1), ("二、工作要点", 1)]
    assert "列席：王立新" in squeezed(ex)


# ------------------------------------------------------------------------ journal


def journal_pages(columns: bool = False) -> list[list[Text]]:
    header = "东川大学学报（社会科学版）"
    return [
        [
            Text(37, "第25卷第3期", size=9, x=57),
            Text(37, header, size=9, x=232),
            Text(37, "Vol.25 No.3", size=9, x=474, font=LATIN),
            Text(53, "2013年5月", size=9, x=57),
            Text(53, "May 2013", size=9, x=498, font=LATIN),
            Text(90, "扩大内需、城镇化与民生保障的协同推进研究", size=18, x=118),
            *paragraph(140, prose(1)),
        ],
        [
            Text(37, "46", size=9, x=57),
            Text(37, header, size=9, x=232),
            Text(37, "第25卷", size=9, x=493),
            *paragraph(90, prose(2)),
        ],
        [
            Text(37, "第3期", size=9, x=57),
            Text(37, "王晓东，等：扩大内需、城镇化与民生保障的协同推进研究", size=9, x=174),
            Text(37, "47", size=9, x=515),
            *paragraph(90, prose(3)),
        ],
    ]


def test_a_journals_header_rows_are_dropped_with_their_page_numbers() -> None:
    """What shares a row with the journal's name or a page number in the top margin
    (volume, issue, running title), and the first page's second row (the month), is
    the header, though each says it on one page only."""
    ex = read_pdf(sans_draw(journal_pages()), "paper.pdf")
    text = squeezed(ex)
    for leak in ("第25卷", "第3期", "Vol.25", "2013年5月", "May2013", "王晓东，等", "学报"):
        assert leak not in text, leak
    assert titles(ex) == ["扩大内需、城镇化与民生保障的协同推进研究"]


def test_authors_with_a_spaced_two_character_name_are_not_a_heading() -> None:
    page = [
        Text(90, "扩大内需、城镇化与民生保障的协同推进研究", size=18, x=118),
        Text(118, "王晓东，李　楠", size=12, x=255),
        Text(160, "1 引言", size=12),
        *paragraph(185, prose(1)),
        Text(300, "2 结论", size=12),
        *paragraph(325, prose(2)),
    ]
    ex = read_pdf(sans_draw([page]), "paper.pdf")
    assert headings(ex) == [("1 引言", 1), ("2 结论", 1)]
    assert "王晓东，李楠" in squeezed(ex)


def column(top: float, x: float, text: str, chars: int = 17) -> list[Text]:
    return [
        Text(top + 16 * i, text[k : k + chars], x=x)
        for i, k in enumerate(range(0, len(text), chars))
    ]


def test_two_columns_under_one_column_front_matter_are_read_column_by_column() -> None:
    """A paper's title and abstract span the page; a section break starts two columns
    under them (their baselines offset): the left column is read before the right."""
    left, right = (prose(1) * 2)[: 17 * 20], (prose(5) * 2)[: 17 * 20]
    front = [Text(60, "扩大内需、城镇化与民生保障的协同推进研究", size=18, x=118)]
    abstract = (prose(2) * 3)[: 50 * 10]
    front += [Text(100 + 14 * i, abstract[50 * i : 50 * i + 50], size=9) for i in range(10)]
    page = [*front, *column(260, 60, left), *column(263, 320, right)]
    ex = read_pdf(sans_draw([page]), "paper.pdf")
    assert left + right in squeezed(ex)


def test_a_borderless_table_under_prose_is_still_read_row_by_row() -> None:
    """Narrow label cells beside long value cells are no second column."""
    rows = [("评估方法", "评估要素"), ("骆驼评估体系", "资本充足性、资产质量、管理能力、盈利能力")]
    rows += [(f"要素分析法{i}", f"品德、偿债能力、利润、用途、金额{i}") for i in range(6)]
    page = [*paragraph(80, prose(1) + prose(2))]
    for i, (a, b) in enumerate(rows):
        page += [Text(300 + 22 * i, a, x=100), Text(300 + 22 * i, b, x=240)]
    page += paragraph(300 + 22 * len(rows) + 20, prose(3))
    ex = read_pdf(sans_draw([page]), "thesis.pdf")
    text = squeezed(ex)
    assert all(a + b in text for a, b in rows)


def test_a_small_reference_label_in_another_face_is_a_level_one_heading() -> None:
    page = [
        Text(60, "扩大内需与民生保障研究", size=18, x=180),
        Text(110, "1 引言", size=14),
        *paragraph(140, prose(1)),
        Text(260, "2 结论", size=14),
        *paragraph(290, prose(2)),
        Text(400, "参考文献：", size=10, font=SANS),
        Text(420, "[1] 国务院. 2013年政府工作报告[R]. 北京: 人民出版社, 2013.", size=9),
    ]
    ex = read_pdf(sans_draw([page]), "paper.pdf")
    assert headings(ex) == [("1 引言", 1), ("2 结论", 1), ("参考文献：", 1)]


# ----------------------------------------------------------------------- standard


def standard_cover() -> list[Text]:
    return [
        Text(66, "DB36", size=40, x=448, font=LATIN),
        Text(90, "ICS 03.160", size=10.5, font=LATIN),
        Text(106, "A 00", size=10.5, font=LATIN),
        Text(165, "东川省地方标准", size=28, x=207),
        Text(234, "DB36/T 835—2015", size=14, x=421),
        Text(408, "政府重点工作督查督办规范", size=26, x=149),
        Text(464, "Specification for supervision of key government work", size=14, x=147),
        Text(713, "2015-06-30发布", size=14),
        Text(713, "2015-09-01实施", size=14, x=442),
        Text(757, "东川省质量技术监督局发布", size=16, x=205),
    ]


def test_a_standards_cover_gives_the_title_and_its_codes_are_metadata() -> None:
    header = Text(39, "DB36/T 835—2015", size=10.5, x=449)
    pages = [
        standard_cover(),
        [header, Text(80, "1 范围", size=14), *paragraph(110, prose(1))],
        [header, Text(80, "2 总体要求", size=14), *paragraph(110, prose(2))],
    ]
    ex = read_pdf(sans_draw(pages), "standard.pdf")
    assert titles(ex) == ["政府重点工作督查督办规范"]
    text = squeezed(ex)
    assert "ICS" not in text and "DB36" not in text and "地方标准" not in text
    assert (ex.metadata["number"], ex.metadata["ics"]) == ("DB36/T 835—2015", "ICS 03.160")
    assert headings(ex) == [("1 范围", 1), ("2 总体要求", 1)]


def test_the_title_again_over_the_text_is_no_heading_and_a_preface_is_level_one() -> None:
    """A title page, 前言 set large on its own page, the title printed again at the top
    of the text, clauses smaller: 前言 and the clauses are both level 1."""
    pages = [
        [Text(300, "政府重点工作督查督办规范", size=26, x=149)],
        [Text(69, "前言", size=16, x=280), *paragraph(110, prose(1))],
        [
            Text(69, "政府重点工作督查督办规范", size=16, x=208),
            Text(112, "1 范围", size=12),
            *paragraph(140, prose(2)),
            Text(260, "1.1 适用对象", size=11, font=SANS),
            *paragraph(285, prose(3)),
        ],
        paragraph(100, prose(4)),
        paragraph(100, prose(5)),
    ]
    ex = read_pdf(sans_draw(pages), "standard.pdf")
    assert titles(ex) == ["政府重点工作督查督办规范"]
    assert headings(ex) == [("前言", 1), ("1 范围", 1), ("1.1 适用对象", 2)]


def test_a_clause_number_set_apart_without_a_space_starts_its_own_heading() -> None:
    """LaTeX's ``3\\quad 重点任务`` over ``3.1\\quad 深化改革``: no space character, a
    wide gap; each is a heading, ranked by its number."""
    page = [
        *numbered(100, "3", "重点任务", 14),
        *numbered(120, "3.1", "深化改革", 14),
        *paragraph(145, prose(1)),
        *numbered(260, "3.2", "扩大开放", 14),
        *paragraph(285, prose(2)),
    ]
    ex = read_pdf(sans_draw([page]), "standard.pdf")
    assert headings(ex) == [("3 重点任务", 1), ("3.1 深化改革", 2), ("3.2 扩大开放", 2)]


def test_a_body_size_clause_whose_number_outweighs_its_words_is_a_heading() -> None:
    """``3.3.1 研究方法``: more characters in the Latin number than in the words, the words
    in the heading face; a numbered clause opening a body paragraph stays body."""
    page = [
        *numbered(100, "3.3", "工作要点", 11, SANS),
        *numbered(125, "3.3.1", "研究方法", 11, SANS),
        *paragraph(150, prose(1)),
        *numbered(270, "3.3.2", "主要内容", 11, SANS),
        *paragraph(295, prose(2)),
        *numbered(410, "3.3.3", prose(3)[:24], 11),
        *paragraph(426, prose(4), indent=False),
    ]
    ex = read_pdf(sans_draw([page]), "standard.pdf")
    assert headings(ex) == [("3.3 工作要点", 1), ("3.3.1 研究方法", 2), ("3.3.2 主要内容", 2)]
