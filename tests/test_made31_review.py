"""Guards for what a helper review of the made31 rules for pages and text found (each
case ran worse on f3a189f than before it): a share box's heading over its lost list, a
section on filling in a form, commands and sentences that name files or tools, inline
code matching a dropped heading's code block, dated and pinyin titles taken for a
repository's name, a leaflet's 使用说明, and a site's section name before a title that
ends in 文档."""

from __future__ import annotations

from test_made22_pages import P1, P2, P3, page
from test_made30 import _para, _saved, body, squeeze
from test_readers import headings, read

from zhbrief.reading.html import page_title
from zhbrief.segmentation.metadata import stamp_line, template_note


def test_a_share_box_s_heading_stays_out_of_the_article() -> None:
    html = (
        f"<div class='article'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
        "<h3>分享到</h3><ul class='share'><li>微信</li><li>微博</li><li>QQ空间</li></ul>"
    )
    assert headings(read(page(html), "news.html")) == []


def test_a_section_on_filling_in_the_form_is_the_text() -> None:
    from docx import Document as Docx

    d = Docx()
    d.add_paragraph("关于申报2016年度科技计划项目的通知", style="Title")
    d.add_paragraph("一、申报范围", style="Heading 1")
    _para(d, P1)
    d.add_paragraph("二、申报书模板填写说明", style="Heading 1")
    _para(d, P2)
    doc = read(_saved(d), "notice.docx")
    assert body(doc) == squeeze(P1 + P2)


def test_commands_and_sentences_naming_files_or_tools_are_text() -> None:
    for line in (
        "pip install -r requirements.txt",
        "python clean.py --input raw.csv",
        "各单位请于3月20日前报送汇总表.xlsx",
        "本文件由省新旧动能转换重大工程推进办公室负责解释。",
        "该平台构建于2015年，目前已接入全市87个部门的政务数据。",
        "[主持人：欢迎各位网友] [嘉宾：大家好]",
    ):
        assert stamp_line(line, 0) is None, line
    for line in ("【使用说明】", "［使用说明：首次使用前请撕去滤网外包装塑料膜。］"):
        assert template_note(line, 0) is None, line


def test_inline_code_takes_no_dropped_heading() -> None:
    readme = (
        "<div class='markdown-body'><h1>东川惠企政策知识库</h1>"
        "<p>本工具发布在 PyPI 上，用 <code>pip install policy-kb</code> 一条命令即可装好。</p>"
        f"<h2>项目背景</h2><p>{P1}</p><h2>快速开始</h2><h3>安装</h3>"
        "<pre>pip install policy-kb</pre>"
        f"<h2>数据说明</h2><p>{P2}</p></div>"
    )
    head = "<head><meta charset='utf-8'><title>东川惠企政策知识库</title></head>"
    html = f"<html>{head}<body>{readme}</body></html>"
    doc = read(html.encode(), "readme.html")
    assert "本工具发布在PyPI上，用pipinstallpolicy-kb一条命令即可装好。" in body(doc)


def test_dated_and_pinyin_titles_are_no_repository_names() -> None:
    for title in ("2014-03-06：读《平凡的世界》有感", "通知公告/tzgg", "covid-19：居家办公一周记"):
        assert page_title(["老王的读书笔记"], "", title) != "老王的读书笔记", title
    assert (
        page_title(["东川惠企政策知识库"], "东川大数据中心/policy-kb", "") == "东川惠企政策知识库"
    )


def test_a_site_s_section_name_is_no_title_when_the_title_ends_in_docs() -> None:
    title = "资料下载 - 东川市2014年度部门预算及三公经费公开说明文档"
    assert page_title([], "", title) == title


# ---------------------------------------------------------------------------- PDF
# (a helper review of the made31 rules for PDFs: each case ran worse on f3a189f)


def test_a_large_section_name_under_a_smaller_title_is_no_title() -> None:
    from test_made9_pdf import BOLD, _register_bold
    from test_made27 import centred
    from test_realdocs_pdf import Text, draw, paragraph, prose

    from zhbrief.reading.pdf import read_pdf

    _register_bold()
    title = "东川市公共数据开放工作实施方案"
    first = [centred(72, title, 16.0), Text(120, "前言", size=22.0, font=BOLD)]
    first += paragraph(165, prose(0)[:86])
    first += [Text(240, "一、工作目标", size=15.0), *paragraph(270, prose(1)[:86])]
    ex = read_pdf(draw([first]), "plan.pdf")
    assert title in "".join(ex.text.split()) and not ex.metadata.get("cover")


def test_a_procedure_s_table_of_who_signs_stays_text() -> None:
    from test_made9_pdf import Ink, draw, lines

    from zhbrief.reading.pdf import read_pdf

    first = [Ink(60, "文件控制程序", size=20.0, x=230), Ink(110, "第五条 文件的编制", size=14.0)]
    first += lines(140, "公司各类管理文件按下表规定的职责分工进行编制、审核和批准。")
    cells = []
    for i, (a, b) in enumerate(
        (("编制", "各业务部门"), ("审核", "质量管理部"), ("批准", "总经理"))
    ):
        top = 230 + 24 * i
        cells += [(72, top, 200, top + 24, a), (200, top, 400, top + 24, b)]
    first += [Ink(330, "第六条 文件的发放", size=14.0), *lines(360, "文件由办公室统一编号后发放。")]
    ex = read_pdf(draw([first], {0: cells}), "procedure.pdf")
    assert "质量管理部" in ex.text and not ex.metadata.get("document_control")


def test_a_larger_footer_numbering_its_pages_is_still_a_footer() -> None:
    from test_made27 import centred
    from test_realdocs_pdf import Text, draw, prose

    from zhbrief.reading.pdf import read_pdf

    pages = []
    for n in range(1, 5):
        page = [Text(110 + 60 * k, prose(n * 7 + k)[:30], size=10.5) for k in range(6)]
        page.append(centred(790, f"道德与法治试卷　第{n}页（共4页）", 12.0))
        pages.append(page)
    assert "道德与法治试卷" not in read_pdf(draw(pages), "exam.pdf").text
