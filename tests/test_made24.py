"""What the twenty-fourth set (realdocs-made24, made blind) found in the files a buyer's
analyst receives: a 中英对照 Word table holding the document beside its translation, a
group standard's cover, 目次 and its name repeated over clause 1, a listed company's
announcement head, a title set in two lines a line's height apart. The files are the
set's own; small cases are built here too."""

from __future__ import annotations

from pathlib import Path

from test_made22 import P1, P2, kinds, saved
from test_readers import headings, paragraphs, read, squeeze
from test_realdocs_pdf import LEFT, Text, draw, paragraph

from zhbrief.reading.docx import read_docx

MADE24 = Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made24" / "docs"
E1 = (
    "We will advance the reform to streamline administration, delegate power, improve "
    "regulation and upgrade services, and transform the functions of government. We "
    "will cut overcapacity: steel output capacity will be reduced by around 50 million tons."
)
E2 = (
    "We will cut overcapacity: steel output capacity will be reduced by around 50 million "
    "tons and coal output capacity by over 150 million tons. We will advance the reform "
    "to streamline administration, delegate power and improve services."
)


# ------------------------------------------------------------------ Word files


def _bilingual(rows: list[tuple[str, str, bool]]) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("东川省对外开放工作要点", style="Title")
    table = d.add_table(rows=0, cols=2)
    for zh, en, bold in [("中文", "English", False), *rows]:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(zh).bold = bold
        cells[1].paragraphs[0].add_run(en).bold = bold
    return saved(d)


def test_a_chinese_english_table_is_read_as_the_document_beside_its_translation() -> None:
    """m04: one two-column table, the Chinese left and its English right row by row:
    the Chinese headings are headings, the Chinese paragraphs text, each English cell a
    paragraph after its row's Chinese; the 中文 | English header row is no text."""
    ex = read_docx(
        _bilingual(
            [
                ("一、总体要求", "I. General Requirements", True),
                (P1 + P2, E1, False),
                ("二、主要任务", "II. Major Tasks", True),
                (P2 + P1, E2, False),
            ]
        ),
        "b.docx",
    )
    assert kinds(ex, "heading") == ["一、总体要求", "二、主要任务"]
    assert kinds(ex, "body") == [
        "I.GeneralRequirements",
        P1 + P2,
        squeeze(E1),
        "II.MajorTasks",
        P2 + P1,
        squeeze(E2),
    ]
    assert kinds(ex, "table") == []


def test_a_glossary_of_short_terms_beside_english_stays_a_table() -> None:
    """Short Chinese terms beside their English (a glossary) are a table of data."""
    ex = read_docx(
        _bilingual([("供给侧", "supply side", False), ("去产能", "cut overcapacity", False)] * 2),
        "g.docx",
    )
    assert len(kinds(ex, "table")) == 1 and kinds(ex, "heading") == []


def _standard() -> bytes:
    import docx

    d = docx.Document()
    for line in ("ICS 59.080.01", "W 04", "团体标准", "T/DCFZ 003—2015"):
        d.add_paragraph(line)
    d.add_paragraph("出口纺织服装企业绿色生产管理规范", style="Title")
    d.add_paragraph("2015-09-30发布　　　　2015-11-01实施", style="Heading 3")
    d.add_paragraph("东川省纺织服装行业协会发布", style="Heading 3")
    d.add_paragraph("目　　次")
    for entry in ("前言\tII", "1　范围\t1", "2　规范性引用文件\t1", "3　术语和定义\t1"):
        d.add_paragraph(entry)
    d.add_paragraph("前　　言", style="Heading 1")
    d.add_paragraph("本标准按照GB/T 1.1—2009给出的规则起草。")
    d.add_paragraph("出口纺织服装企业绿色生产管理规范", style="Heading 1")
    d.add_paragraph("1　范围", style="Heading 1")
    d.add_paragraph(P1)
    return saved(d)


def test_a_standards_cover_contents_and_its_name_over_clause_1() -> None:
    """m06: a standard's ICS and CCS codes, its kind and number, the dates it is issued
    and takes effect and its issuer are metadata; its 目次 of typed entries (title, tab,
    page) is left out; its name again over clause 1 is the title, not a section."""
    doc = read(_standard(), "s.docx")
    assert headings(doc) == [("前言", 1), ("1范围", 1)]
    text = "".join(paragraphs(doc))
    for gone in ("ICS", "团体标准", "T/DCFZ", "发布", "目", "规范性引用文件"):
        assert gone not in text
    assert "本标准按照GB/T 1.1—2009给出的规则起草。" in text
    standard = [squeeze(m.zh) for m in doc.metadata if m.key == "standard"]
    assert "ICS59.080.01" in standard and "东川省纺织服装行业协会发布" in standard
    assert [m.zh for m in doc.metadata if m.key == "title_again"] == [
        "出口纺织服装企业绿色生产管理规范"
    ]


# ------------------------------------------------------------------ PDFs


def test_a_listed_companys_announcement_head_and_a_two_line_title() -> None:
    """m01: 证券代码：… 证券简称：… 公告编号：… over the title is the announcement's head;
    the title set as two 18 pt lines, a little under a line's height apart, is one."""
    page = [
        Text(60, "证券代码：603817　证券简称：澄江智造　公告编号：2013-009", x=LEFT),
        Text(100, "澄江智造科技股份有限公司", size=18, x=LEFT + 57),
        Text(135, "2012年年度报告摘要", size=18, x=LEFT + 85),
        Text(180, "第一节 重要提示", size=15, x=LEFT + 100),
        *paragraph(210, P1 + P2),
    ]
    doc = read(draw([page]), "a.pdf")
    assert (
        doc.title is not None
        and squeeze(doc.title.zh) == "澄江智造科技股份有限公司2012年年度报告摘要"
    )
    security = [(m.label, m.zh) for m in doc.metadata if m.key == "security"]
    assert security == [
        ("证券代码：", "603817"),
        ("证券简称：", "澄江智造"),
        ("公告编号：", "2013-009"),
    ]
    assert headings(doc) == [("第一节重要提示", 1)]


def test_the_sets_bilingual_table_reads_its_headings() -> None:
    doc = read((MADE24 / "m04_docx_bilingual_table.docx").read_bytes(), "m04.docx")
    heads = [h for h, _ in headings(doc)]
    assert heads[:2] == ["一、2013年工作回顾", "（一）加快产业结构调整"]


def test_a_bracketed_disclaimer_label_closes_a_page() -> None:
    """n03: 【免责声明】 opening the portal's note after the article, without a colon."""
    from zhbrief.segmentation.metadata import disclaimer_paragraph

    note = "【免责声明】本文仅代表合作媒体观点，不代表本网立场。"
    items = disclaimer_paragraph(note, 0)
    assert items is not None and [(m.key, m.zh) for m in items] == [("disclaimer", note)]
    assert disclaimer_paragraph("【提示】本网将于今晚维护。", 0) is None


# ------------------------------------------------------------------ what a review found


def test_sections_named_like_a_standards_cover_stay_sections() -> None:
    """国家标准 and 行业标准 heading text in a report are sections; only the cover's
    dates and issuer (…发布) set large are a standard's metadata."""
    import docx

    d = docx.Document()
    d.add_paragraph("标准化工作年度报告", style="Title")
    for head in ("国家标准", "行业标准"):
        d.add_paragraph(head, style="Heading 1")
        d.add_paragraph(P1)
    doc = read(saved(d), "s.docx")
    assert [h for h, _ in headings(doc)] == ["国家标准", "行业标准"]


def test_amounts_after_tabs_under_a_list_label_stay_text() -> None:
    """目录 over 钢铁产能<tab>5000 lines: amounts do not count up as pages do."""
    import docx

    d = docx.Document()
    d.add_paragraph("去产能工作报告", style="Title")
    d.add_paragraph("目录")
    for line in ("钢铁产能\t5000", "煤炭产能\t3000", "水泥产能\t1200", "平板玻璃\t800"):
        d.add_paragraph(line)
    d.add_paragraph(P1)
    ex = read_docx(saved(d), "a.docx")
    assert "钢铁产能\t5000" in ex.text and "平板玻璃\t800" in ex.text


def test_a_glossary_of_long_definitions_stays_a_table() -> None:
    """A long Chinese definition beside a short English term is a glossary's row."""
    definition = P1 + P2
    ex = read_docx(_bilingual([(definition, "supply-side structural reform", False)] * 3), "g.docx")
    assert len(kinds(ex, "table")) == 1


def test_an_office_under_the_title_is_not_joined_to_it() -> None:
    """An office's name set under the title, as large, is its byline, not its end."""
    page = [
        Text(100, "东川省产业发展研究报告", size=18, x=LEFT + 66),
        Text(135, "东川省发展和改革委员会", size=18, x=LEFT + 66),
        *paragraph(190, P1 + P2),
    ]
    doc = read(draw([page]), "o.pdf")
    assert doc.title is not None and squeeze(doc.title.zh) == "东川省产业发展研究报告"
