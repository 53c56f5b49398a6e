"""Word files of the tenth set (realdocs-made10 z04): a 合作协议 whose title is a large
centred Normal line over the parties' blocks (甲方：…/地址：…, read as a cover's fields),
and whose text ends in （以下无正文） and a borderless signature table (甲方（盖章）：,
法定代表人（签字）：, 日期：  年  月  日). Each file is built at test time with python-docx."""

from __future__ import annotations

from typing import Any

from test_made9_docx import blocks, read, save

TITLE = "战略合作框架协议"
P1 = (
    "稳定和完善宏观经济政策。继续实施积极的财政政策和稳健的货币政策，"
    "更加注重预调微调，更加注重定向调控，保持经济运行在合理区间。"
)
P2 = (
    "加大简政放权、放管结合改革力度。今年再取消和下放一批行政审批事项，"
    "全部取消非行政许可审批，建立规范行政审批的管理制度。"
)


def line(d: Any, text: str, size: float | None = 12, bold: bool = False) -> Any:
    from docx.shared import Pt

    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size is not None:
        r.font.size = Pt(size)
    return p


def parties(d: Any) -> None:
    line(d, "甲方：东川省发展和改革委员会", bold=True)
    line(d, "地址：东川市省府路8号")
    line(d, "负责人：韩立新")
    line(d, "乙方：东川创新投资集团有限公司", bold=True)
    line(d, "地址：东川市滨江区江南大道1888号")
    line(d, "法定代表人：周启航")


def articles(d: Any) -> None:
    line(d, "第一条　合作背景", bold=True)
    line(d, P1, None)
    line(d, "第二条　合作领域", bold=True)
    line(d, P2, None)


def signature_table(d: Any, rows: list[list[str]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))  # no style: no borders
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text


def agreement(title_style: str | None = None) -> Any:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    if title_style:
        d.add_paragraph(TITLE, style=title_style)
    else:
        line(d, TITLE, 22, True).alignment = WD_ALIGN_PARAGRAPH.CENTER
    parties(d)
    articles(d)
    return d


SIGNING = [
    ["甲方（盖章）：", "乙方（盖章）："],
    ["负责人（签字）：", "法定代表人（签字）："],
    [
        "日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日",
        "日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日",
    ],
]


# --- the title over the parties' blocks (_cover keeps the lone largest first line)


def test_large_first_line_over_party_blocks_is_the_title() -> None:
    got = read(save(agreement()))
    assert got.blocks is not None
    assert blocks(got)[0] == ("title", 0, TITLE)
    assert dict(got.metadata)["甲方"] == "东川省发展和改革委员会"
    assert "东川市省府路8号" not in got.text  # the parties are metadata


def test_cover_with_a_title_field_still_takes_that_field() -> None:
    """A thesis cover: the large first line (本科毕业论文) is no title when a field
    names the title (题目：…)."""
    import docx

    d = docx.Document()
    line(d, "本科毕业论文", 26, True)
    line(d, "题目：新常态下的财政政策研究")
    line(d, "姓名：张三")
    line(d, "学号：2013001")
    articles(d)
    got = read(save(d))
    kinds = blocks(got)
    assert kinds[0] == ("title", 0, "新常态下的财政政策研究")
    assert ("title", 0, "本科毕业论文") not in kinds


# --- the closing form of a contract (_signing_line in _closing_record)


def test_no_text_mark_and_signature_table_are_not_text() -> None:
    d = agreement()
    line(d, "（以下无正文）", None)
    d.add_paragraph()
    signature_table(d, SIGNING)
    got = read(save(d))
    assert "以下无正文" not in got.text
    assert "盖章" not in got.text and "签字" not in got.text
    assert not [b for b in blocks(got) if b[0] == "table"]
    assert P2 in got.text


def test_this_page_has_no_text_mark_is_not_text() -> None:
    d = agreement()
    signature_table(d, SIGNING)
    line(d, "（此页无正文）", None)
    got = read(save(d))
    assert "此页无正文" not in got.text
    assert "盖章" not in got.text


def test_signature_table_with_names_filled_in_stays() -> None:
    """A table whose cells hold values (a signed record, a data table) is kept."""
    d = agreement()
    signature_table(d, [["甲方（盖章）：东川省发展和改革委员会", "乙方（盖章）：东川创新投资集团"]])
    got = read(save(d))
    assert [b for b in blocks(got) if b[0] == "table"]


def test_no_text_mark_inside_the_text_stays() -> None:
    """Only at the end: a mark followed by more text is the text's own."""
    d = agreement()
    line(d, "（以下无正文）", None)
    line(d, P1, None)
    got = read(save(d))
    assert "以下无正文" in got.text
