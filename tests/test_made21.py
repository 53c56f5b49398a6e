"""What the twenty-first set (realdocs-made21, made blind) found: a Word file pdf2docx
made from a PDF (page headers, footers and numbers typed into the text, headings in
the paragraph they open, kept apart by line breaks, a table's caption set bold), a
Google Docs subtitle, a work platform's properties table under the title (Word and
Notion), a statistical form's signing row. The files are the set's own; small cases
are built here too."""

from __future__ import annotations

import io
from pathlib import Path

from test_readers import paragraphs, read, squeeze

from zhbrief.reading.base import Extracted, closing_line
from zhbrief.reading.docx import read_docx
from zhbrief.reading.html import read_html
from zhbrief.reading.pdf import read_pdf

MADE21 = Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made21" / "docs"
P1 = "推动简政放权、放管结合、优化服务改革向纵深发展。以敬民之心，行简政之道，切实转变政府职能。"
P2 = "扎实有效去产能。今年要再压减钢铁产能五千万吨左右，退出煤炭产能一点五亿吨以上。"


def docx_of(name: str) -> Extracted:
    return read_docx((MADE21 / name).read_bytes(), name)


def kinds(ex: Extracted, kind: str) -> list[str]:
    return ["".join(ex.text[b.start : b.end].split()) for b in ex.blocks if b.kind == kind]


# ------------------------------------------------------------------ a PDF turned Word


def test_a_converted_files_page_headers_footers_and_numbers_are_left_out() -> None:
    """g03: pdf2docx typed each page's header (东川市统计局　统计分析报告) and footer (第 1
    页 共 3 页) into the text as paragraphs; without them the title is found."""
    ex = docx_of("g03_pdf2docx_converted.docx")
    text = squeeze(ex.text)
    assert "统计分析报告" not in text and "第1页" not in text
    assert kinds(ex, "title") == ["东川市2013年经济社会发展形势分析"]


def test_headings_opening_a_paragraph_broken_by_line_breaks() -> None:
    """g03: 一、… and （一）… on the first lines of the paragraph whose text follows them
    after line breaks, set apart from it: two headings, then the text."""
    ex = docx_of("g03_pdf2docx_converted.docx")
    heads = kinds(ex, "heading")
    assert heads[:2] == ["一、过去五年发展回顾", "（一）经济保持平稳较快发展"]
    assert len(heads) == 9
    assert "表12013年主要预期目标" in kinds(ex, "caption")  # set bold over its table


def _broken(head_bold: bool) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("年度工作报告", style="Title")
    p = d.add_paragraph()
    p.add_run("一、总体要求").bold = head_bold
    p.add_run().add_break()
    p.add_run(P1)
    d.add_paragraph(P2)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_broken_paragraphs_first_line_set_as_its_text_stays_text() -> None:
    heads = [
        squeeze(ex.text[b.start : b.end])
        for ex in [read_docx(_broken(True), "b.docx")]
        for b in ex.blocks
        if b.kind == "heading"
    ]
    assert heads == ["一、总体要求"]
    plain = read_docx(_broken(False), "p.docx")
    assert not [b for b in plain.blocks if b.kind == "heading"]
    assert "一、总体要求" in squeeze(plain.text)


def test_page_numbers_alone_never_drop_a_repeated_line_elsewhere() -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("年度工作报告", style="Title")
    for _ in range(2):
        d.add_paragraph("问：")
        d.add_paragraph(P1)
    d.add_paragraph("第 1 页 共 1 页")
    buf = io.BytesIO()
    d.save(buf)
    ex = read_docx(buf.getvalue(), "q.docx")
    assert squeeze(ex.text).count("问：") == 2
    assert "第1页" not in squeeze(ex.text)


# ------------------------------------------------------------------ exports


def test_a_styled_subtitle_under_the_title_is_metadata() -> None:
    ex = docx_of("h01_docx_gdocs_export.docx")
    assert ex.metadata["subtitle"].startswith("市政府办公室综合处")
    assert "共享讨论稿" not in squeeze(ex.text)


def test_a_properties_table_under_the_title_is_metadata() -> None:
    """h02's 负责人 | 周明轩 table under a Feishu-like title and h03's Notion properties
    (创建时间 | @2015年3月6日): the record of the document, not its text."""
    ex = docx_of("h02_docx_feishu_weekly.docx")
    assert ex.metadata["负责人"] == "周明轩"
    assert "2017年3月6日" not in ex.text
    page = read_html((MADE21 / "h03_notion_export.html").read_bytes(), "h03.html")
    assert page.metadata["创建时间"].startswith("@2015年3月6日")
    assert "创建时间" not in page.text


def test_a_data_table_of_two_columns_before_the_text_stays_a_table() -> None:
    html = (
        "<html><head><meta charset='utf-8'></head><body><article><h1>经济运行快报</h1>"
        "<table><tr><th>地区生产总值增速</th><td>6.9%</td></tr>"
        "<tr><th>居民消费价格涨幅</th><td>2.0%</td></tr></table>"
        f"<p>{P1}</p><p>{P2}</p></article></body></html>"
    )
    doc = read(html.encode(), "t.html")
    assert "6.9%" in "".join(paragraphs(doc, "table"))


def test_a_statistical_forms_signing_row_is_metadata() -> None:
    assert closing_line("制表人：王丽　审核人：陈国强　报出日期：2017年7月14日")
    ex = read_pdf((MADE21 / "g05_calc_monthly_stats.pdf").read_bytes(), "g05.pdf")
    assert ex.metadata["制表人"] == "王丽"
    assert "制表人" not in squeeze(ex.text)
