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


def _word(*paragraphs: str, title: str = "年度工作报告") -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(title, style="Title")
    for text in paragraphs:
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_page_numbers_never_drop_a_repeated_line_elsewhere() -> None:
    ex = read_docx(_word("问：", P1, "第 1 页 共 2 页", "问：", P2, "第 2 页 共 2 页"), "q.docx")
    assert squeeze(ex.text).count("问：") == 2
    assert "第1页" not in squeeze(ex.text)


# ------------------------------------------------ guards from the change's review


def test_a_title_the_header_repeats_stays_the_title() -> None:
    ex = read_docx(_word(P1, "- 1 -", "年度工作报告", P2, "- 2 -"), "t.docx")
    assert kinds(ex, "title") == ["年度工作报告"]
    assert "-1-" not in squeeze(ex.text)


def test_lines_that_only_look_like_page_numbers_stay() -> None:
    ex = read_docx(_word("2024/3", "本月小结", P1, "2024/4", "本月小结", P2), "log.docx")
    assert squeeze(ex.text).count("本月小结") == 2 and "2024/3" in ex.text
    one = read_docx(_word("问：", P1, "第1页", "问：", P2), "one.docx")
    assert squeeze(one.text).count("问：") == 2 and "第1页" in one.text


def test_a_line_break_after_a_number_set_like_the_text_makes_no_heading() -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(12)
    p = d.add_paragraph()
    p.add_run("一、线上报名")
    p.add_run().add_break()
    p.add_run(P1).font.size = Pt(12)  # the size the style gives the first line too
    buf = io.BytesIO()
    d.save(buf)
    ex = read_docx(buf.getvalue(), "n.docx")
    assert not [b for b in ex.blocks if b.kind == "heading"]


def test_a_data_table_under_the_title_stays_a_table() -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("2023年全市经济运行简况", style="Title")
    table = d.add_table(rows=0, cols=2)
    for name, value in (("地区生产总值", "1.2万亿元"), ("财政收入", "860亿元")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, value
    d.add_paragraph(P1)
    buf = io.BytesIO()
    d.save(buf)
    ex = read_docx(buf.getvalue(), "d.docx")
    assert "1.2万亿元" in ex.text and "地区生产总值" not in ex.metadata


def test_duties_under_form_labels_stay_text() -> None:
    assert not closing_line("填表人：负责按统计口径如实填写各项数据")
    ex = read_docx(
        _word(P1, "各岗位职责如下：", "填表人：负责按统计口径如实填写各项数据"), "r.docx"
    )
    assert "负责按统计口径" in ex.text


def test_an_english_heading_opening_with_table_is_no_caption() -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("终端管理规定", style="Title")
    d.add_paragraph(P1)
    d.add_paragraph().add_run("Tablet 终端使用要求").bold = True
    d.add_paragraph(P2)
    buf = io.BytesIO()
    d.save(buf)
    ex = read_docx(buf.getvalue(), "e.docx")
    assert kinds(ex, "heading") == ["Tablet终端使用要求"]


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


# ------------------------------------------------------------------ a page printed


def test_a_printed_pages_breadcrumb_edit_line_and_comments_are_metadata() -> None:
    """g06: a knowledge-base page printed by Chromium with its chrome: the breadcrumb
    over the title, 最后编辑于 … · 阅读 … · 赞 …, and the readers' comments under
    评论（2）: the site's, not the article's."""
    doc = read((MADE21 / "g06_chromium_kb_article.pdf").read_bytes(), "g06.pdf")
    body = "".join(paragraphs(doc))
    assert "政策研究" not in body and "最后编辑于" not in body and "写下你的评论" not in body
    keys = {m.key for m in doc.metadata}
    assert {"breadcrumb", "comments"} <= keys
    assert "人民赋予重托" in body  # the last section's text stays


def test_a_section_named_for_comments_with_its_own_text_stays() -> None:
    long = P1 * 4
    html = (
        "<html><head><meta charset='utf-8'></head><body><h1>观点</h1><h2>一、形势</h2>"
        f"<p>{P1}</p><h2>评论</h2><p>{long}</p></body></html>"
    )
    doc = read(html.encode(), "c.html")
    assert squeeze(long) in squeeze("".join(paragraphs(doc)))
    for line in ("经济增长 7.5% / 物价 3.5% / 就业 1100万", "一是稳增长 > 二是调结构"):
        page = (
            "<html><head><meta charset='utf-8'></head><body><h1>要点</h1>"
            f"<p>{line}</p><p>{P1}</p></body></html>"
        )
        assert squeeze(line) in squeeze("".join(paragraphs(read(page.encode(), "b.html"))))


def test_a_title_pages_byline_dated_in_chinese_numerals_is_no_heading() -> None:
    """g02: 省政府研究室调研组 二〇一四年五月 under the title, in its own face: a byline
    like one dated 2014年5月, not a third-level heading before the first chapter."""
    ex = read_pdf((MADE21 / "g02_gs_ebook_redistilled.pdf").read_bytes(), "g02.pdf")
    heads = kinds(ex, "heading")
    assert heads[0] == "第一章改革开放基本情况"
    assert not [h for h in heads if "调研组" in h]


def test_a_charts_own_text_over_its_caption_is_left_out() -> None:
    """g04: matplotlib's charts keep their ticks, legends and axis labels as text, small
    and short, right over 图1 …: the figure's, neither text nor notes."""
    ex = read_pdf((MADE21 / "g04_matplotlib_charts_report.pdf").read_bytes(), "g04.pdf")
    text = squeeze(ex.text)
    assert "规模以上工业增加值当月增速" not in text and "民间投资累计增速" not in text
    assert "图12015年各月规模以上工业增加值增速" in text  # the caption stays


def test_two_small_lines_over_a_figure_caption_stay() -> None:
    from test_realdocs_pdf import Text, draw, paragraph, prose

    page = [
        Text(40, "年度工作报告", size=20, x=240),
        *paragraph(80, prose(1)),
        Text(200, "各地区合计", size=9),
        Text(214, "按可比价格计算", size=9),
        Text(240, "图1 各月增速", size=9.5, x=250),
        *paragraph(270, prose(2)),
    ]
    ex = read_pdf(draw([page]), "fig.pdf")
    assert "各地区合计" in squeeze(ex.text) and "按可比价格计算" in squeeze(ex.text)
