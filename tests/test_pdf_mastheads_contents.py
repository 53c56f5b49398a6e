"""Mastheads over a document's or an issue's number, tables of contents whose entries
wrap, and notes under their separator: the PDF reader keeps a masthead out of the title
and the headings, reads a wrapped entry whole, so the heading it lists is found whole,
and keeps a note out of the paragraph a page break cut."""

from __future__ import annotations

from pathlib import Path

from test_realdocs_pdf import PROSE, blocks, headings

from zhbrief.reading.pdf import read_pdf
from zhbrief.reading.pdf.contents import _drop_contents_page, _split_tables
from zhbrief.reading.pdf.forms import _letterhead
from zhbrief.reading.pdf.furniture import _heading_keys
from zhbrief.reading.pdf.lines import _CONTENTS_TITLE, _OCR_FONT, _Line, _Page

DATA = Path(__file__).resolve().parent.parent / "eval" / "data"
MADE13 = DATA / "realdocs-made13" / "docs"
MADE14 = DATA / "realdocs-made14" / "docs"


def line(text: str, top: float, x0: float = 80.0, kind: str = "body", font: str = "") -> _Line:
    return _Line(text, x0, x0 + 12.0 * len(text), top, top + 12.0, 12.0, False, 1, font, kind=kind)


def scanned(text: str, top: float, x0: float = 80.0, kind: str = "body") -> _Line:
    return line(text, top, x0, kind, _OCR_FONT)


# ------------------------------------------------------------------ mastheads


def test_a_letterhead_read_by_ocr_is_metadata() -> None:
    """OCR spaces the characters out and reads 〔〕 as 【]: still the number."""
    lines = [
        scanned("东 川 省 人 民政 府 文件", 100.0, kind="heading"),
        scanned("东 政 发 【2016] 12 号", 160.0),
        scanned("东 川 省 人 民政 府 关 于 落实 《政府 工作 报告 》", 220.0, kind="heading"),
    ]
    page = _Page(1, 600.0, 800.0, lines)
    assert _letterhead(page) == {
        "number": "东 政 发 【2016] 12 号",
        "issuer": "东 川 省 人 民政 府 文件",
    }
    assert [ln.kind for ln in lines] == ["meta", "meta", "heading"]


def test_a_number_typed_in_lenticular_brackets_is_a_documents_number() -> None:
    lines = [line("北湖省人民政府文件", 100.0), line("北政发【2016】3号", 160.0)]
    assert _letterhead(_Page(1, 600.0, 800.0, lines))["number"] == "北政发【2016】3号"


def test_a_minutes_masthead_over_its_issue_number_and_dated_row() -> None:
    """专题会议纪要 over 第16期, the office and the date side by side under it: all
    metadata; the title under them stays."""
    lines = [
        scanned("东 川 省 人 民政 府 专题 会 议 纪要", 100.0, kind="heading"),
        scanned("第 16 期", 170.0, 260.0, kind="heading"),
        scanned("2015 年 4 月 8 日", 205.0, 400.0),
        scanned("东 川 省 人 民政 府 办 公 厅", 205.0, 78.0),
        scanned("关 于 推进 重点 领域 改革 工作 的 会议 纪要", 267.0, kind="heading"),
    ]
    meta = _letterhead(_Page(1, 600.0, 800.0, lines))
    assert meta == {
        "number": "第 16 期",
        "issuer": "东 川 省 人 民政 府 专题 会 议 纪要",
        "date": "2015年4月8日",
        "office": "东川省人民政府办公厅",
    }
    assert [ln.kind for ln in lines] == ["meta"] * 4 + ["heading"]


def test_an_issue_number_needs_a_masthead_and_a_documents_number_keeps_its_title() -> None:
    # 第3期 opening the page: no masthead over it, nothing taken
    lines = [line("第3期", 100.0), line("2015年4月8日", 130.0), line("关于……的纪要", 160.0)]
    assert _letterhead(_Page(1, 600.0, 800.0, lines)) == {}
    assert [ln.kind for ln in lines] == ["body"] * 3
    # under a document's number comes the title, even a dated one: it stays
    lines = [line("北湖省人民政府文件", 100.0), line("北政发〔2016〕3号", 160.0)]
    lines.append(line("2016年4月8日", 220.0))
    _letterhead(_Page(1, 600.0, 800.0, lines))
    assert [ln.kind for ln in lines] == ["meta", "meta", "body"]


def test_scanned_letterhead_and_minutes_masthead_stay_out_of_the_headings() -> None:
    path = MADE13 / "n01_lo_gov_notice_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    (title,) = ["".join(t.split()) for t in blocks(ex, "title")]
    assert title.endswith("关于落实《政府工作报告》重点工作部门分工的实施意见")
    assert "".join(ex.metadata["number"].split()) == "东政发【2016]12号"
    found = ["".join(h.split()) for h, _ in headings(ex)]
    assert not [h for h in found if "人民政府文件" in h or h.endswith("实施意见")]
    path = MADE13 / "v04_lo_meeting_minutes_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    (title,) = ["".join(t.split()) for t in blocks(ex, "title")]
    assert title.endswith("领域改革工作的会议纪要")  # OCR misread its first words
    assert ex.metadata["date"] == "2015年4月8日"
    assert not [h for h, _ in headings(ex) if "".join(h.split()) == "第16期"]


# ------------------------------------------------------------ contents entries


def contents_page(texts: list[str]) -> _Page:
    return _Page(2, 600.0, 800.0, [line(t, 100.0 + 24.0 * i) for i, t in enumerate(texts)])


WRAPPED = "1.2 允许的再生脉冲充电电流和持续时间 Regenerative pulse charge current and"


def test_an_entry_wrapped_before_its_leaders_is_one_entry() -> None:
    page = contents_page(
        [
            "目录",
            "1.1 最大再生脉冲充电电压 ......................... 3",
            WRAPPED,
            "continuous time (BOL) ......................... 4",
            "1.3 脉冲后保护模式 ......................... 5",
        ]
    )
    assert _drop_contents_page(page, {}) == [
        "1.1 最大再生脉冲充电电压",
        WRAPPED + " continuous time (BOL)",
        "1.3 脉冲后保护模式",
    ]
    assert {ln.kind for ln in page.lines} == {"drop"}


def test_a_group_label_without_a_page_is_no_entrys_first_line() -> None:
    """第一部分 over 1.1 …: the numbered entry is an entry of its own."""
    page = contents_page(
        [
            "目录",
            "第一部分 总体要求",
            "1.1 主要目标 ......................... 3",
            "1.2 政策取向 ......................... 4",
            "1.3 重点任务 ......................... 5",
        ]
    )
    assert _drop_contents_page(page, {}) == ["1.1 主要目标", "1.2 政策取向", "1.3 重点任务"]
    # unnumbered entries under a group label: the label is short, no wrapped first line
    page = contents_page(
        [
            "目录",
            "前言 ......................... 1",
            "第一部分 发展基础",
            "发展成就 ......................... 3",
            "面临形势 ......................... 5",
        ]
    )
    assert _drop_contents_page(page, {}) == ["前言", "发展成就", "面临形势"]


def table(rows: list[list[str]]) -> _Line:
    t = line("", 300.0, kind="table")
    t.rows = rows
    return t


def test_a_heading_wrapped_in_its_table_cell_takes_its_second_row() -> None:
    entries = ["1.1 最大再生脉冲充电电压", WRAPPED + " continuous time (BOL)"]
    page = _Page(3, 600.0, 800.0, [table([[WRAPPED, "", ""], ["continuous time (BOL)", "", ""]])])
    page.lines[0].rows.append(["电芯温度，℃", "电流，A", "充电时间，s"])
    _split_tables(page, entries, 12.0)
    head, rest = page.lines
    assert (head.kind, head.text, head.level) == ("heading", entries[1], 2)
    assert rest.kind == "table" and rest.rows == [["电芯温度，℃", "电流，A", "充电时间，s"]]
    # a second row that does not complete the entry stays in the table
    page = _Page(3, 600.0, 800.0, [table([[WRAPPED, "", ""], ["-20 ℃", "", ""]])])
    _split_tables(page, entries, 12.0)
    head, rest = page.lines
    assert head.text == WRAPPED and rest.rows == [["-20 ℃", "", ""]]
    # Chinese wrapped in the cell joins without a space
    page = _Page(3, 600.0, 800.0, [table([["1.6.2 数据安全管理与"], ["隐私保护要求"]])])
    _split_tables(page, ["1.6.2 数据安全管理与隐私保护要求"], 12.0)
    assert page.lines[0].text == "1.6.2 数据安全管理与隐私保护要求"


# ------------------------------------------------------------------ footnotes


def noted_pages(note: str, note_size: float) -> bytes:
    """Two pages: a paragraph running from the foot of page 1 onto page 2, a short rule
    at the text's left edge near the foot of page 1 and ``note`` under it."""
    import io

    from reportlab.pdfgen import canvas
    from test_realdocs_pdf import HEIGHT, LEFT, PROSE, WIDTH, _register_font, paragraph

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, HEIGHT))
    first = paragraph(60.0, PROSE * 4)
    on_one = [t for t in first if t.top < 700.0]
    for t in on_one:
        c.setFont(t.font, t.size)
        c.drawString(t.x, HEIGHT - t.top - t.size, t.text)
    c.setLineWidth(0.5)
    c.line(LEFT, HEIGHT - 740.0, LEFT + 130.0, HEIGHT - 740.0)
    c.setFont(on_one[0].font, note_size)
    c.drawString(LEFT + 8.0, HEIGHT - 750.0 - note_size, note)
    c.showPage()
    for i, t in enumerate(x for x in first if x.top >= 700.0):
        c.setFont(t.font, t.size)
        c.drawString(t.x, HEIGHT - 60.0 - 16.0 * i - t.size, t.text)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_note_under_its_separator_is_a_footnote_and_the_paragraph_runs_on() -> None:
    """Typst sets notes at 0.85 em (9.35 pt under 11 pt text, read as 9.5): under the
    short rule at the text's left edge, opening with its number, the line is a note and
    the paragraph broken by the page runs on past it."""
    from test_realdocs_pdf import PROSE, blocks

    ex = read_pdf(noted_pages("1 数据来源：东川省统计局。", 9.5), "noted.pdf")
    assert ["".join(t.split()) for t in blocks(ex, "footnote")] == ["1数据来源：东川省统计局。"]
    assert ["".join(t.split()) for t in blocks(ex, "body")] == [PROSE * 4]
    # no note's number (a table's note under its rule): it stays in the text
    ex = read_pdf(noted_pages("注：数据来源于东川省统计局。", 9.5), "table_note.pdf")
    assert blocks(ex, "footnote") == []
    assert "注：数据来源于东川省统计局。" in "".join("".join(blocks(ex, "body")).split())


# -------------------------------------------------------------------- headers


def test_a_contents_label_is_told_without_its_spaces() -> None:
    """Header keys lose their spaces: Table of Contents is tableofcontents."""
    assert all(_CONTENTS_TITLE.fullmatch(k) for k in ("目录", "目次", "tableofcontents"))
    assert _CONTENTS_TITLE.fullmatch("Table of Contents")


def test_a_headings_words_without_its_number_are_a_header_key() -> None:
    """A header printing the chapter's name only (a field referring to the heading)."""
    chapter = line("第二章 公共服务均等化的现状", 100.0)
    chapter.size = 16.0
    short = line("一、总体要求", 200.0)
    short.size = 16.0
    keys = _heading_keys([_Page(1, 600.0, 800.0, [chapter, short, line(PROSE, 300.0)])], 12.0)
    assert set(keys) == {"第二章公共服务均等化的现状", "公共服务均等化的现状", "一、总体要求"}


def test_alternating_headers_each_printed_once_leave_the_text() -> None:
    """t04 (made14, Typst): 目录 on page 3's header, the thesis title on page 4's, the
    chapter's name on page 5's: each printed once, so no repetition tells them; the
    title is the file's title, the name a heading's words, 目录 the contents' label."""
    path = MADE14 / "t04_typst_thesis.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    text = "".join("".join(blocks(ex, "body")).split())
    assert "新型城镇化进程中的公共服务均等化研究" not in text
    assert "公共服务均等化的现状" not in text
    # page 3's header names the contents (Typst's outline title is a heading): no text
    assert "目录" not in text
    assert ["".join(h.split()) for h, _ in headings(ex)][3] == "第二章公共服务均等化的现状"
