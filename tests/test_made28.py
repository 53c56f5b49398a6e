"""Rules added with the made28 development set (issue 19): a form whose sections are
rows across its table, a cover's blank field, issuer mark and date, a bilingual cover's
translated title and version, lists of figures, headings deeper than the contents."""

from __future__ import annotations

import io
from pathlib import Path

from test_made22_pages import P1, P2, P3
from test_made27 import centred, meta
from test_readers import headings, paragraphs, read, squeeze
from test_realdocs_pdf import Text, draw, paragraph, prose, squeezed
from test_realdocs_pdf import headings as pdf_headings

from zhbrief.reading.pdf import read_pdf


def form_file() -> bytes:
    """A Word 申报书: a blank 项目编号 field, the title, then one table whose sections
    are rows across it (一、 over rows of fields, 二、 over a row holding its text)."""
    from docx import Document as Docx
    from docx.shared import Pt

    d = Docx()
    d.add_paragraph("项目编号：＿＿＿＿＿＿＿")
    run = d.add_paragraph().add_run("东川省软科学研究计划项目申报书")
    run.font.size, run.bold = Pt(24), True
    made = d.add_paragraph().add_run("东川省科学技术厅　制")
    made.font.size, made.bold = Pt(14), True
    t = d.add_table(rows=6, cols=2)
    t.rows[0].cells[0].merge(t.rows[0].cells[1]).text = "一、项目基本情况"
    t.rows[1].cells[0].text, t.rows[1].cells[1].text = "项目名称", "创新驱动发展政策评估"
    t.rows[2].cells[0].text, t.rows[2].cells[1].text = "申请经费", "20万元"
    t.rows[3].cells[0].merge(t.rows[3].cells[1]).text = "二、立项依据与研究意义"
    cell = t.rows[4].cells[0].merge(t.rows[4].cells[1])
    cell.text = P1 + P2 + P3
    cell.add_paragraph(P3 + P2 + P1)
    t.rows[5].cells[0].merge(t.rows[5].cells[1]).text = "三、研究内容"
    d.add_paragraph(P3)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_form_whose_sections_are_rows_across_its_table_reads_them_as_headings() -> None:
    doc = read(form_file(), "form.docx")
    assert doc.title is not None and doc.title.zh == "东川省软科学研究计划项目申报书"
    assert [h for h, _ in headings(doc)] == [
        "一、项目基本情况",
        "二、立项依据与研究意义",
        "三、研究内容",
    ]
    assert P1 in "".join(paragraphs(doc))  # the section's text out of its cell
    assert "创新驱动发展政策评估" in "".join(paragraphs(doc, "table"))  # the fields a table
    assert meta(doc, "cover") == ["东川省科学技术厅　制"]


def test_a_list_of_figures_under_its_title_is_left_out_with_the_title() -> None:
    lof = [
        centred(80, "插图清单", 16.0),
        Text(130, "1.1 研究技术路线. . . . . . . . . . . . . . . . . . . . 3"),
        Text(152, "3.1 固定资产投资规模. . . . . . . . . . . . . . . . . . 9"),
    ]
    text = [centred(80, "第 1 章　引言", 16.0), *paragraph(130, prose(1))]
    ex = read_pdf(draw([[centred(200, "城市群协同发展研究", 22.0)], lof, text]), "thesis.pdf")
    assert "插图清单" not in [t for t, _ in pdf_headings(ex)]
    assert "研究技术路线" not in squeezed(ex)


def test_a_bilingual_cover_s_translated_title_and_version_are_metadata() -> None:
    cover = [
        centred(220, "智能配电终端产品规格书", 22.0),
        Text(262, "Product Specification for Distribution Terminal", size=14.0, x=168),
        centred(322, "版本 Rev.: A/2", 12.0),
    ]
    text = [Text(80, "1　范围 Scope", size=14.0), *paragraph(110, prose(2))]
    ex = read_pdf(draw([cover, text]), "spec.pdf")
    assert ex.metadata["title_en"] == "Product Specification for Distribution Terminal"
    doc = read(draw([cover, text]), "spec.pdf")
    assert [h for h, _ in headings(doc)] == ["1范围Scope"]
    assert meta(doc, "version") == ["A/2"]


MADE28 = Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made28" / "docs"


def test_headings_one_number_deeper_than_the_contents_are_kept() -> None:
    """g08 (XeLaTeX manual): its contents list 2 and 2.1; the 2.1.1 heads, set in the
    headings' face at the text's size, stay headings."""
    name = "g08_xelatex_tech_manual.pdf"
    heads = [squeeze(t) for t, _ in pdf_headings(read_pdf((MADE28 / name).read_bytes(), name))]
    assert {"2.1.1数据采集层", "2.1.2交换服务层", "3.3.1主配置文件"} <= set(heads)
