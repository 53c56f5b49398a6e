"""A Word form laid out as a table (realdocs-made8 w04): label cells beside value
cells, the title in the 标题 value cell and the whole report in one merged 正文 cell.
Each file is built at test time with python-docx."""

from __future__ import annotations

import io
from typing import Any

from zhbrief.reading import decode_bytes
from zhbrief.reading.reader import ReadResult

P1 = (
    "这五年，我国宏观经济总体上保持增速平稳较快、物价相对稳定、"
    "就业持续增加、国际收支趋向平衡的良好态势，经济实力明显增强。"
)
P2 = (
    "大力加强文化建设。覆盖城乡的公共文化设施网络体系初步建成"
    "，博物馆、图书馆、文化馆向社会免费开放，文化产业快速发展。"
)
P3 = (
    "要坚定不移地把扩大内需作为经济发展的长期战略方针，充分发"
    "挥消费的基础作用和投资的关键作用，保持经济平稳较快发展。"
)
TITLE = "关于过去五年工作回顾和今年工作建议的报告"
# the report in the 正文 cell: (text, bold, size in pt)
REPORT = [
    ("一、过去五年工作回顾", True, 14),
    ("（一）经济发展总体情况", True, 12),
    (P1, False, 12),
    (P2, False, 12),
    ("二、今年工作建议", True, 14),
    ("（一）扩大内需", True, 12),
    (P3, False, 12),
]
HEADINGS = [
    ("heading", 1, "一、过去五年工作回顾"),
    ("heading", 2, "（一）经济发展总体情况"),
    ("heading", 1, "二、今年工作建议"),
    ("heading", 2, "（一）扩大内需"),
]


def write(cell: Any, text: str, bold: bool = False, size: int = 12, first: bool = True) -> None:
    """One paragraph in ``cell``: its first (empty) one when ``first``, else a new one."""
    from docx.shared import Pt

    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def report_form(above: list[str] | None = None, letterhead: bool = True) -> bytes:
    """A 工作情况报告单: office and form name (24 pt) over a four-column form table."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    if letterhead:
        d.add_paragraph().add_run("东川省发展和改革委员会").font.size = Pt(16)
        name = d.add_paragraph().add_run("工作情况报告单")
        name.bold, name.font.size = True, Pt(24)
        d.add_paragraph().add_run("编号：东发改报〔2013〕27号").font.size = Pt(10.5)
    for line in above or []:
        d.add_paragraph().add_run(line).font.size = Pt(12)
    t = d.add_table(rows=7, cols=4)
    t.style = "Table Grid"
    rows: list[tuple[str | None, ...]] = [
        ("标\u3000\u3000题", TITLE),
        ("报送单位", "省发展改革委综合处", "报送日期", "2013年4月15日"),
        ("密\u3000\u3000级", "内部", "紧急程度", "平件"),
        ("正\u3000\u3000文", None),
        ("拟办意见", ""),
        ("领导批示", ""),
        ("承 办 人", "周晓林", "联系电话", "0791-86238817"),
    ]
    for r, cells in enumerate(rows):
        if len(cells) == 2:  # one value over three columns
            t.cell(r, 1).merge(t.cell(r, 3))
        for c, text in enumerate(cells):
            cell = t.cell(r, c)
            if text is None:
                for k, (line, bold, size) in enumerate(REPORT):
                    write(cell, line, bold, size, first=k == 0)
            elif text:
                write(cell, text, bold=c % 2 == 0 or r == 0, size=14 if c == 1 and r == 0 else 12)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def read(data: bytes) -> ReadResult:
    got = decode_bytes(data, "form.docx")
    assert got.blocks is not None
    return got


def blocks(got: ReadResult) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, got.text[b.start : b.end]) for b in got.blocks or ()]


def test_content_cell_of_a_form_is_read_as_the_documents_paragraphs_and_headings() -> None:
    got = blocks(read(report_form()))
    assert [b for b in got if b[0] == "heading"] == HEADINGS  # bold numbered lines
    assert [b[2] for b in got if b[0] == "body"] == [P1, P2, P3]  # each its own paragraph
    assert not [b for b in got if b[0] == "table"]


def test_title_is_the_title_fields_value_not_the_forms_name_above_it() -> None:
    got = read(report_form())
    assert blocks(got)[0] == ("title", 0, TITLE)
    assert [b.kind for b in got.blocks or ()].count("title") == 1
    meta = dict(got.metadata)
    assert meta["letterhead"] == "东川省发展和改革委员会 工作情况报告单"
    assert meta["编号"] == "东发改报〔2013〕27号"
    assert "工作情况报告单" not in got.text


def test_form_fields_are_metadata_and_empty_and_contact_rows_no_text() -> None:
    got = read(report_form())
    meta = dict(got.metadata)
    assert meta["报送单位"] == "省发展改革委综合处"
    assert meta["紧急程度"] == "平件"
    assert meta["承办人"] == "周晓林"
    assert meta["联系电话"] == "0791-86238817"
    for leak in ("拟办意见", "领导批示", "0791-86238817", "报送单位", "正文"):
        assert leak not in got.text
    assert "拟办意见" not in meta  # an empty field says nothing


def test_form_after_text_keeps_the_lines_above_it_as_text() -> None:
    """A paragraph of text above the form: the form does not open the document, so the
    lines above it are no letterhead; its content is read as paragraphs all the same."""
    got = read(report_form(above=[P2]))
    assert [b for b in blocks(got) if b[0] == "heading"][-len(HEADINGS) :] == HEADINGS
    assert P2 in got.text and P3 in got.text
    assert "letterhead" not in dict(got.metadata)
    assert "东川省发展和改革委员会" in got.text


def test_label_merged_down_two_rows_is_read_once() -> None:
    """A label cell merged over two rows (a vertical merge) beside a value in each:
    every value is a field, and the content cell still comes in as text."""
    import docx

    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).merge(t.cell(1, 0))
    write(t.cell(0, 0), "联系人")
    write(t.cell(0, 1), "周晓林")
    write(t.cell(1, 1), "王明")
    write(t.cell(2, 0), "正文：")
    for k, (line, bold, size) in enumerate(REPORT):
        write(t.cell(2, 1), line, bold, size, first=k == 0)
    buf = io.BytesIO()
    d.save(buf)
    got = read(buf.getvalue())
    assert dict(got.metadata)["联系人"] == "周晓林"
    assert [b for b in blocks(got) if b[0] == "heading"] == HEADINGS
    assert "王明" not in got.text  # a field's value, not text


def test_data_table_with_long_cells_stays_a_table() -> None:
    """Rows of a short name beside long paragraphs, more than one of them: a table of
    measures, not a form."""
    import docx

    d = docx.Document()
    d.add_paragraph(P1)
    t = d.add_table(rows=2, cols=2)
    for r, name in enumerate(("扩大内需", "区域协调")):
        write(t.cell(r, 0), name)
        for k, line in enumerate((P1, P2, P3)):
            write(t.cell(r, 1), line, first=k == 0)
    buf = io.BytesIO()
    d.save(buf)
    got = read(buf.getvalue())
    tables = [b for b in blocks(got) if b[0] == "table"]
    assert len(tables) == 1 and "扩大内需" in tables[0][2]
