"""Word files of the ninth set (realdocs-made9 y01/y04): a byline and its date on one
line under the title, custom heading styles that inherit their outline level from the
heading styles they are based on (as WPS saves them), a 简报's masthead table with the
title in a merged row, and its closing record (报：/送： table, editors' credit). Each
file is built at test time with python-docx."""

from __future__ import annotations

import io
from typing import Any

from zhbrief.reading import decode_bytes
from zhbrief.reading.reader import ReadResult

TITLE = "全省2013年经济社会发展主要任务推进情况"
P1 = (
    "要坚定不移地把扩大内需作为经济发展的长期战略方针，充分发"
    "挥消费的基础作用和投资的关键作用，保持经济平稳较快发展。"
)
P2 = (
    "要继续深入实施区域发展总体战略，促进区域经济协调发展。"
    "充分发挥各地比较优势，统筹规划、分类指导，优先推进西部大开发。"
)
P3 = (
    "千方百计扩大就业。坚持实施就业优先战略和更加积极的就业政策，"
    "通过稳定经济增长和调整经济结构增加就业岗位，加强职业技能培训。"
)


def save(d: Any) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def read(data: bytes) -> ReadResult:
    got = decode_bytes(data, "t.docx")
    assert got.blocks is not None
    return got


def blocks(got: ReadResult) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, got.text[b.start : b.end]) for b in got.blocks or ()]


def line(d: Any, text: str, size: float = 12, bold: bool = False) -> Any:
    from docx.shared import Pt

    p = d.add_paragraph()
    r = p.add_run(text)
    r.font.size, r.bold = Pt(size), bold
    return p


def body(d: Any) -> None:
    line(d, "一、扩大内需", 16, True)
    line(d, P1)
    line(d, "二、区域协调发展", 16, True)
    line(d, P2)


# --- a byline and its date on one line (y01)


def test_byline_and_date_on_one_line_under_the_title_are_metadata() -> None:
    import docx

    d = docx.Document()
    line(d, "东川省2015年深化改革和扩大开放工作要点", 22, True)
    line(d, "东川省发展和改革委员会\u30002015年3月", 14)
    body(d)
    got = read(save(d))
    assert blocks(got)[0] == ("title", 0, "东川省2015年深化改革和扩大开放工作要点")
    assert [b[2] for b in blocks(got) if b[0] == "heading"] == ["一、扩大内需", "二、区域协调发展"]
    assert "东川省发展和改革委员会" not in got.text
    meta = dict(got.metadata)
    assert meta["author"] == "东川省发展和改革委员会"
    assert meta["date"] == "2015年3月"


def test_a_heading_with_a_date_in_it_under_the_title_stays() -> None:
    """Only a short byline before the date: a numbered heading is no byline."""
    import docx

    d = docx.Document()
    line(d, "东川省2015年深化改革和扩大开放工作要点", 22, True)
    line(d, "一、回顾 2015年3月", 16, True)
    line(d, P1)
    got = read(save(d))
    assert ("heading", 1, "一、回顾 2015年3月") in blocks(got)


# --- custom heading styles based on the heading styles (y04)


def styled_headings() -> bytes:
    """一级标题/二级标题/三级标题 based on Heading 1-3, no outline level of their own,
    no bold in the runs; a level-3 heading typed 1． and an unnumbered level-1 one."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    d = docx.Document()
    for n in (1, 2, 3):  # the template's heading styles: outline levels 0-2
        ppr = d.styles[f"Heading {n}"]._element.get_or_add_pPr()
        if ppr.find("{*}outlineLvl") is None:
            w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            ppr.append(parse_xml(f'<w:outlineLvl xmlns:w="{w}" w:val="{n - 1}"/>'))
    names = {1: "一级标题", 2: "二级标题", 3: "三级标题"}
    for n, name in names.items():
        style = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = d.styles[f"Heading {n}"]
    d.add_paragraph(TITLE, style="Title")
    for text, level in (
        ("总体要求和预期目标", 1),
        (P2, 0),
        ("三、保障和改善民生", 1),
        ("（一）就业和社会保障", 2),
        ("1．千方百计扩大就业", 3),
        (P3, 0),
    ):
        d.add_paragraph(text, style=names[level] if level else None)
    return save(d)


def test_custom_styles_based_on_heading_styles_make_headings_of_their_level() -> None:
    got = blocks(read(styled_headings()))
    assert [b for b in got if b[0] == "heading"] == [
        ("heading", 1, "总体要求和预期目标"),
        ("heading", 1, "三、保障和改善民生"),
        ("heading", 2, "（一）就业和社会保障"),
        ("heading", 3, "1．千方百计扩大就业"),
    ]
    assert [b[2] for b in got if b[0] == "body"] == [P2, P3]


# --- a 简报's masthead table (y04)


def masthead() -> Any:
    """工作简报 and its issue, office and date over the title merged across both columns."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).paragraphs[0].add_run("工作简报").font.size = Pt(28)
    right = t.cell(0, 1)
    right.paragraphs[0].add_run("2013年第6期")
    right.add_paragraph("东川省发展和改革委员会办公室编")
    right.add_paragraph("2013年4月18日")
    t.cell(1, 0).merge(t.cell(1, 1)).paragraphs[0].add_run(TITLE).bold = True
    return d


def test_title_in_a_merged_row_of_a_masthead_table_is_the_title() -> None:
    d = masthead()
    body(d)
    got = read(save(d))
    assert blocks(got)[0] == ("title", 0, TITLE)
    assert not [b for b in blocks(got) if b[0] == "table"]
    assert "工作简报" not in got.text
    assert dict(got.metadata)["masthead"].startswith("工作简报 2013年第6期")


def test_data_table_opening_a_file_with_a_merged_caption_row_stays_a_table() -> None:
    """The merged row first (a table's caption over its columns): no masthead."""
    import docx

    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).merge(t.cell(0, 1)).paragraphs[0].add_run("主要指标完成情况")
    for r, (a, b) in enumerate((("国内生产总值", "7.7%"), ("居民消费价格", "2.6%")), 1):
        t.cell(r, 0).paragraphs[0].add_run(a)
        t.cell(r, 1).paragraphs[0].add_run(b)
    body(d)
    got = blocks(read(save(d)))
    assert got[0][0] == "table"
    assert not [b for b in got if b[0] == "title"]


def test_masthead_with_a_sentence_in_its_cells_is_no_banner() -> None:
    d = masthead()
    d.tables[0].cell(0, 0).add_paragraph(P1)
    body(d)
    got = blocks(read(save(d)))
    assert got[0][0] == "table"


# --- a 简报's closing record (y04)


def closing(d: Any, credit: bool = True) -> None:
    t = d.add_table(rows=1, cols=1)
    cell = t.cell(0, 0)
    cell.paragraphs[0].add_run("报：省政府办公厅，省人大财经委")
    cell.add_paragraph("送：各设区市发展改革委，省直有关部门")
    if credit:
        d.add_paragraph("（本期责任编辑：韩素云\u3000审稿：莫立平）")


def test_closing_distribution_table_and_editors_credit_are_metadata() -> None:
    d = masthead()
    body(d)
    closing(d)
    got = read(save(d))
    for leak in ("送：各设区市发展改革委", "本期责任编辑", "审稿"):
        assert leak not in got.text
    assert blocks(got)[-1] == ("body", 0, P2)
    meta = dict(got.metadata)
    assert meta["送"] == "各设区市发展改革委，省直有关部门"
    assert meta["报"] == "省政府办公厅，省人大财经委"
    assert meta["本期责任编辑"] == "韩素云"


def test_distribution_table_alone_at_the_end_is_metadata() -> None:
    import docx

    d = docx.Document()
    body(d)
    closing(d, credit=False)
    got = read(save(d))
    assert "省直有关部门" not in got.text


def test_a_data_table_at_the_end_stays() -> None:
    import docx

    d = docx.Document()
    body(d)
    t = d.add_table(rows=2, cols=2)
    for r, (a, b) in enumerate((("报送单位", "省发展改革委"), ("国内生产总值", "7.7%"))):
        t.cell(r, 0).paragraphs[0].add_run(a)
        t.cell(r, 1).paragraphs[0].add_run(b)
    got = blocks(read(save(d)))
    assert got[-1][0] == "table"
