"""What the eighteenth set (realdocs-made18: XeLaTeX ctex documents made blind) found:
a thesis cover laid out as a table (label cells without colons beside their values),
its declaration page, a book's 参考文献 chapter its contents do not list, and a paper's
English title over its English abstract. The PDFs are the set's own; a cover is drawn
here too."""

from __future__ import annotations

from pathlib import Path

from test_realdocs_pdf import Text, draw, paragraph, prose

from zhbrief.reading.base import Extracted
from zhbrief.reading.pdf import read_pdf

MADE18 = Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made18" / "docs"


def made(name: str) -> Extracted:
    return read_pdf((MADE18 / name).read_bytes(), name)


def kinds(ex: Extracted, kind: str) -> list[str]:
    return ["".join(ex.text[b.start : b.end].split()) for b in ex.blocks if b.kind == kind]


def test_a_cover_tables_label_cells_without_colons_are_fields() -> None:
    """题　目 | 东川省… in cells of a table, no colon: the 题目 value is the title and
    the other fields metadata, not ten headings (b03, and a cover drawn here)."""
    ex = made("b03_ctexrep_thesis.pdf")
    assert kinds(ex, "title") == ["东川省财政支出结构优化研究"]
    assert ex.metadata["学号"] == "2012110345"
    assert not [h for h in kinds(ex, "heading") if h in ("题目", "学院", "姓名", "指导教师")]
    cover = [Text(120, "硕士学位论文", size=26, x=225)]
    for k, (label, value) in enumerate(
        (("题　目", "城镇化进程中的产业升级研究"), ("姓　名", "张三"))
    ):
        cover += [
            Text(300 + 32 * k, label, size=15, x=140),
            Text(300 + 32 * k, value, size=15, x=240),
        ]
    body = [Text(72, "一、引言", size=14), *paragraph(100, prose(1)), *paragraph(200, prose(2))]
    drawn = read_pdf(draw([cover, body]), "cover.pdf")
    assert kinds(drawn, "title") == ["城镇化进程中的产业升级研究"]
    assert drawn.metadata["姓名"] == "张三"


def test_a_theses_declaration_page_is_metadata() -> None:
    """学位论文原创性声明 over its text and 作者签名：… : the school's form, not the
    thesis's text (b03; made11's d03 pledge page reads so too); the declarations'
    titles head the front matter, as a copyright page's 版权声明 does."""
    ex = made("b03_ctexrep_thesis.pdf")
    text = "".join(ex.text.split())
    assert "本人郑重声明" not in text and "作者签名" not in text
    heads = kinds(ex, "heading")
    assert heads[:3] == ["学位论文原创性声明", "学位论文版权使用授权书", "摘要"]
    assert "本人郑重声明" in ex.metadata["declaration"].replace(" ", "")


def test_a_chapter_the_contents_leave_out_but_set_as_chapters_is_a_heading() -> None:
    """b01: the back matter's 参考文献, a chapter* no contents line lists, set in the
    chapters' type: a level-1 heading (other unlisted headings stay text)."""
    ex = made("b01_ctexbook_report.pdf")
    levels = {ex.text[b.start : b.end]: b.level for b in ex.blocks if b.kind == "heading"}
    assert levels["参考文献"] == levels["第一章 发展回顾"] == 1


def test_a_chinese_papers_english_title_is_no_heading() -> None:
    ex = made("b04_ctexart_twocolumn_journal.pdf")
    assert not [h for h in kinds(ex, "heading") if h.startswith("Research")]
    assert ex.metadata["title_en"].startswith("Research on Policy Coordination")


# ------------------------------------------------ guards from the change's review


def read_drawn(pages: list[list[Text]]) -> Extracted:
    return read_pdf(draw(pages), "drawn.pdf")


def test_a_notice_title_naming_an_issue_near_the_page_top_is_no_masthead() -> None:
    first = [Text(40, "关于举办第3期青年干部培训班的通知", size=18, x=130)]
    ex = read_drawn([[*first, *paragraph(100, prose(1)), *paragraph(200, prose(2))]])
    assert kinds(ex, "title") == ["关于举办第3期青年干部培训班的通知"]


def test_a_table_of_names_in_a_reports_text_is_no_cover_form() -> None:
    """姓名 | 单位 cells of a table on a page of text: text, not fields."""
    rows = [("序号", "姓名", "单位", "职务"), ("1", "张三", "发改委", "处长")]
    cells = [
        Text(330 + 20 * i, c, x=90 + 100 * j) for i, r in enumerate(rows) for j, c in enumerate(r)
    ]
    page = [Text(72, "调研报告", size=20, x=250), *paragraph(120, prose(1)), *cells]
    ex = read_drawn([[*page, *paragraph(420, prose(2))]])
    assert "姓名" not in ex.metadata
    assert all(word in ex.text for word in ("姓名", "单位", "张三"))


def test_a_declaration_is_metadata_only_on_a_page_it_opens() -> None:
    """A pledge that is the document (page 1), and a notice's section about the
    declaration (一、学位论文原创性声明 … 二、提交要求), stay text."""
    pledge = [Text(72, "学术诚信承诺书", size=20, x=220), *paragraph(130, prose(1))]
    pledge += [Text(400, "承诺人签名：", x=330)]
    ex = read_drawn([pledge, [Text(72, "附件：填写说明", size=14), *paragraph(100, prose(3))]])
    assert kinds(ex, "title") == ["学术诚信承诺书"] and "declaration" not in ex.metadata
    notice = [Text(72, "一、学位论文原创性声明", size=14), *paragraph(100, prose(3))]
    notice += [Text(200, "学位论文原创性声明", size=14, x=230), Text(330, "作者签名：", x=330)]
    notice += [Text(380, "二、提交要求", size=14), *paragraph(410, prose(5))]
    title = [Text(72, "关于做好学位论文提交工作的通知", size=20, x=140), *paragraph(130, prose(1))]
    ex = read_drawn([title, notice])
    assert "declaration" not in ex.metadata
    assert "二、提交要求" in kinds(ex, "heading")
