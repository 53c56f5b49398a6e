"""Rules of issue 19 that made31 (eval/data/realdocs-made31: documents as open-source
repositories hold them and documentation sites, made blind) showed missing, each
pinned on a document built here: a heading's permalink, a Sphinx page's numbered
title, a repository page's README title, headings over code and lost lists, a
collapsible box's summary, a bold table caption; build stamps, badges, attachment
cards, an editor's byline, a template's notes and instructions page; a thesis
cover's fields with their colons apart, chapter openings, wrapped contents entries,
a control box, a series line over a lecture's title, contents followed by the text
on their page, a dated edition."""

from __future__ import annotations

from test_made9_pdf import BOLD, _register_bold
from test_made22_pages import P1, P2, P3, page
from test_made27 import centred
from test_made30 import _para, _saved, _table, body, meta_keys, squeeze
from test_readers import headings, paragraphs, read
from test_realdocs_pdf import Text, blocks, draw, paragraph, prose

from zhbrief.reading.pdf import read_pdf
from zhbrief.reading.pdf.assembly import _date_line
from zhbrief.reading.pdf.contents import _CHAPTER_NUMBER, _STUB_LEADER, _control_table
from zhbrief.segmentation.metadata import parse_meta, post_line, stamp_line, template_note

# ------------------------------------------------------------------ pure functions


def test_build_stamps_badges_and_file_cards_are_told_from_text() -> None:
    for line, key in (
        ("本文档由 DCUThesis v3.1 模板生成（示例文件）", "generated"),
        ("本文件由持续集成自动构建：提交 3f9a2c1，2016年9月5日 10:42", "generated"),
        ("草稿 v0.9，编译于 2014年10月8日，请勿引用", "generated"),
        ("[build: passing] [coverage: 87%] [license: Apache-2.0]", "badges"),
        ("📎重点任务台账（2013年3月版）.xlsx", "attachment"),
        ("重点任务台账.xlsx 48.6 KB · 点击下载", "attachment"),
    ):
        items = stamp_line(line, 0)
        assert items is not None and items[0].key == key, line
    for line in (
        "本文由记者根据采访整理生成。",
        "生成式人工智能发展迅速。",
        "详见附件1.docx中的说明。",
    ):
        assert stamp_line(line, 0) is None


def test_a_template_s_notes_and_an_editor_s_byline_are_metadata() -> None:
    assert template_note("〔填写说明：说明编写本需求规格说明书的目的，指出预期的读者。〕", 0)
    assert template_note("〔在此处填写参考资料清单〕", 0)
    assert template_note("〔注：本节数据截至2014年6月〕", 0) is None
    byline = "王磊　|　最后修改于 2013年3月18日 16:42　|　126 次阅读"
    assert [m.key for m in post_line(byline, 0) or []] == ["post"]
    version = parse_meta("版本：1.x", 0, False)
    assert version is not None and version[0].key == "version"


def test_contents_rows_chapter_numbers_control_boxes_and_dated_editions() -> None:
    assert _STUB_LEADER.search("2.2 区域创新系统之间的相互作用机理. 2")
    assert not _STUB_LEADER.search("2016年增长6.7%。 2")
    assert _CHAPTER_NUMBER.fullmatch("第1章") and _CHAPTER_NUMBER.fullmatch("附录a")
    box = [
        ["文档编号", "DCYQ-SRS-2014-017", "密级", "内部公开"],
        ["编写", "王晓东", "审核", "李敏"],
    ]
    assert _control_table(box, cover=True) and not _control_table(box)  # a cover's only
    data = [["指标", "2015年", "增速", "6.9%"], ["总量", "67.7万亿元", "", ""]]
    assert not _control_table(data, cover=True)
    assert _date_line("2016年9月（第2版）") and not _date_line("2016年9月发布的方案")


# --------------------------------------------------------------------------- pages


def test_permalink_marks_are_no_part_of_a_heading() -> None:
    html = (
        '<h2 id="a"><a href="#a" class="header-anchor">#</a> 政策背景</h2>'
        f"<p>{P1}</p>"
        '<h2 id="b">支持范围<a class="headerlink" href="#b">¶</a></h2>'
        f"<p>{P2}</p>"
        '<h2 id="c">申报流程<a href="#c" class="hash-link">\u200b</a></h2>'
        f"<p>{P3}</p>"
    )
    assert [h for h, _ in headings(read(page(html), "guide.html"))] == [
        "政策背景",
        "支持范围",
        "申报流程",
    ]


def _site(head: str, body_html: str) -> bytes:
    return (
        f"<html><head><meta charset='utf-8'>{head}</head><body>{body_html}</body></html>".encode()
    )


def test_a_documentation_page_s_numbered_h1_is_its_title() -> None:
    head = "<title>深化行政体制改革 — 东川市政务服务标准化手册 2.3 文档</title>"
    article = (
        "<div class='document'><h1><span class='section-number'>3. </span>深化行政体制改革</h1>"
        f"<p>{P1}</p><h2>3.1. 简政放权</h2><p>{P2}</p><h2>3.2. 放管结合</h2><p>{P3}</p></div>"
    )
    doc = read(_site(head, article), "chapter.html")
    assert doc.title is not None and squeeze(doc.title.zh) == "3.深化行政体制改革"


def test_a_repository_page_is_titled_by_its_readme() -> None:
    head = (
        "<title>policy-kb: 东川市惠企政策结构化数据与检索工具</title>"
        "<meta property='og:title' content='东川大数据中心/policy-kb'>"
    )
    readme = (
        "<div class='markdown-body'><h1>东川惠企政策知识库</h1>"
        f"<p>{P1}</p><h2>项目背景</h2><p>{P2}</p><h2>数据说明</h2><p>{P3}</p></div>"
    )
    doc = read(_site(head, readme), "repo.html")
    assert doc.title is not None and doc.title.zh == "东川惠企政策知识库"


def test_headings_over_code_blocks_are_kept() -> None:
    clone = "git clone https://gitee.com/dcdata/policy-kb.git\ncd policy-kb"
    code = f"<div class='highlight'><pre>{clone}</pre></div>"
    readme = (
        f"<div class='markdown-body'><h1>东川惠企政策知识库</h1><p>{P1}</p>"
        f"<h2>项目背景</h2><p>{P2}</p><h2>快速开始</h2><h3>安装</h3>{code}"
        f"<h2>数据说明</h2><p>{P3}</p></div>"
    )
    heads = [
        h for h, _ in headings(read(_site("<title>东川惠企政策知识库</title>", readme), "r.html"))
    ]
    assert heads == ["项目背景", "快速开始", "安装", "数据说明"]


def test_a_collapsible_box_s_summary_and_a_bold_table_caption_are_no_headings() -> None:
    html = (
        f"<h2>农业转移人口市民化</h2><p>{P1}</p>"
        f"<details class='tip'><summary>指标说明</summary><p>{P2}</p></details>"
        f"<h2>生态建设</h2><p>{P3}</p><p><strong>表 1　2014年生态建设任务</strong></p>"
        "<table><tr><th>任务</th><th>目标</th></tr><tr><td>造林</td><td>500万亩</td></tr></table>"
        f"<p>{P1}</p>"
    )
    doc = read(page(html), "docs.html")
    assert [h for h, _ in headings(doc)] == ["农业转移人口市民化", "生态建设"]


# ---------------------------------------------------------------- files and text


def test_a_filled_template_s_notes_and_instructions_page_are_metadata() -> None:
    from docx import Document as Docx

    d = Docx()
    d.add_paragraph("软件需求规格说明书", style="Title")
    d.add_paragraph("模板使用说明（正式发布前请删除本页）", style="Heading 1")
    _para(d, "本模板依据《计算机软件文档编制规范》编制，各章节标题不得删除。")
    d.add_paragraph("1 引言", style="Heading 1")
    _para(d, "〔填写说明：说明编写本需求规格说明书的目的，指出预期的读者。〕")
    _para(d, P1)
    _para(d, "本文档由 docs/CONTRIBUTING.md 自动生成，请勿直接编辑 Word 版本。")
    _table(d, [["📎", "重点任务台账（2013年3月版）.xlsx 48.6 KB · 点击下载"]])
    d.add_paragraph("2 概述", style="Heading 1")
    _para(d, P2)
    doc = read(_saved(d), "srs.docx")
    assert headings(doc) == [("1引言", 1), ("2概述", 1)]
    assert body(doc) == squeeze(P1 + P2) and paragraphs(doc, "table") == []
    keys = meta_keys(doc)
    assert {"instructions", "generated", "attachment"} <= set(keys)


# ---------------------------------------------------------------------------- PDF


def test_a_thesis_cover_with_its_colons_set_apart_gives_the_title() -> None:
    title = "新常态下区域创新驱动发展路径研究"
    cover = [centred(150, "东川大学", 30.0), centred(214, "本科毕业论文（设计）", 22.0)]
    cover.append(centred(330, title, 20.0))
    for i, (label, value) in enumerate((("学号", "2011013276"), ("院系", "经济与管理学院"))):
        top = 500 + 34 * i
        cover += [Text(top, label, size=14.0, x=144), Text(top, "：", size=14.0, x=214)]
        cover.append(Text(top, value, size=14.0, x=312))
    text = [centred(80, "摘要", 16.0), *paragraph(130, prose(1))]
    ex = read_pdf(draw([cover, text]), "thesis.pdf")
    assert blocks(ex, "title") == [title]
    assert ex.metadata.get("学号") == "2011013276"


def test_a_series_line_over_a_lecture_s_title_is_the_cover_s() -> None:
    _register_bold()
    title = "宏观调控的目标与政策工具"  # in bold, the series line over it in the text's face
    first = [
        centred(110, "《宏观经济政策分析》课程讲义 第2讲", 12.0),
        centred(150, title, 20.0, BOLD),
    ]
    first += [Text(250, "引言", size=15.0), *paragraph(280, prose(0)[:58])]
    first += [Text(340, "1 宏观调控的目标体系", size=15.0), *paragraph(370, prose(1)[:58])]
    ex = read_pdf(draw([first]), "notes.pdf")
    assert blocks(ex, "title") == [title]
    assert [squeeze(h) for h in blocks(ex, "heading")] == ["引言", "1宏观调控的目标体系"]


def test_the_text_starting_under_the_contents_on_their_page_keeps_its_headings() -> None:
    rows = [("1 实验概述", "1"), ("1.1 实验背景", "1"), ("2 实验准备", "2"), ("2.1 安装依赖", "2")]
    rows += [("3 实验内容", "3")]
    first = [centred(100, "政务文本数据分析实验指导书", 17.0), Text(180, "目录", size=14.5)]
    for i, (entry, number) in enumerate(rows):
        first += [Text(210 + 18 * i, entry + " " + ". " * 20), Text(210 + 18 * i, number, x=500)]
    first += [Text(330, "1 实验概述", size=14.5), Text(360, "1.1 实验背景", size=12.0)]
    first += paragraph(390, prose(0)[:58])
    later = [Text(72, "2 实验准备", size=14.5), Text(100, "2.1 安装依赖", size=12.0)]
    later += [*paragraph(130, prose(1)[:58]), Text(200, "3 实验内容", size=14.5)]
    later += paragraph(230, prose(2)[:58])
    ex = read_pdf(draw([first, later]), "manual.pdf")
    heads = [squeeze(h) for h in blocks(ex, "heading")]
    assert heads[:2] == ["1实验概述", "1.1实验背景"]
