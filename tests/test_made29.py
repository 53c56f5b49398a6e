"""Rules added with the made29 development set (issue 19): quiet headings (numbered as
lists number their points, set apart by a face, a colour or a line of their own),
paragraphs that run on past a short or widely spaced line, a cover's title in two
sizes and the boxes and notes around it, boilerplate that clings to the text."""

from __future__ import annotations

import io

from doc_fixtures import CJK_FONT
from test_made9_pdf import BOLD, _register_bold
from test_made22_pages import P1, P2, P3, page
from test_made27 import centred
from test_readers import headings, paragraphs, read
from test_realdocs_pdf import LEFT, Text, blocks, draw, paragraph, prose
from test_realdocs_pdf import headings as pdf_headings

from zhbrief.document import Document
from zhbrief.reading.base import (
    DOC_KIND,
    Block,
    list_numbering,
    nest_numbered,
    paired_fields,
    signing_line,
)
from zhbrief.reading.html import _colon_label, _neutral, _plain_rank
from zhbrief.reading.pdf import read_pdf
from zhbrief.segmentation.metadata import DISCLAIMER, parse_meta

# ------------------------------------------------------------------ pure functions


def test_list_numbering_ranks_a_heading_s_number() -> None:
    ranks = [
        list_numbering(t)
        for t in (
            "一、总体要求",
            "（一）财政",
            "1.小微企业",
            "（1）质量目标：",
            "2）判断",
            "① 基坑",
        )
    ]
    assert ranks == [1, 2, 3, 4, 4, 5]
    assert list_numbering("第一，优化财政支出结构。") == 6
    assert list_numbering("1.5亿元的投资") is None
    assert list_numbering("就业是民生之本") is None


def test_nest_numbered_puts_a_list_numbered_heading_under_its_numbered_parent() -> None:
    parts = ["一、总体", "（一）财政", "1.小微", "2.用工", "二、问题"]
    text = "".join(parts)
    starts = [sum(map(len, parts[:k])) for k in range(len(parts))]
    spans = [(at, at + len(t)) for at, t in zip(starts, parts, strict=True)]
    levels = [1, 2, 1, 1, 1]
    blocks = [Block("heading", s, e, level=lv) for (s, e), lv in zip(spans, levels, strict=True)]
    assert [b.level for b in nest_numbered(blocks, text)] == [1, 2, 3, 3, 1]
    # a 1. heading a style ranks under its 一、 already keeps its level
    styled = [Block("heading", *spans[0], level=1), Block("heading", *spans[2], level=2)]
    assert [b.level for b in nest_numbered(styled, text)] == [1, 2]


def test_paired_fields_reads_labels_and_values_by_turns() -> None:
    rows = [["课程名称", "宏观经济学", "任课教师", "赵明远"], ["学号", "201305127", "成绩", ""]]
    assert paired_fields(rows) == [
        ("课程名称", "宏观经济学"),
        ("任课教师", "赵明远"),
        ("学号", "201305127"),
        ("成绩", ""),
    ]
    assert paired_fields([["指标", "2015年"], ["增速", "6.9%"], ["总量", "67.7万亿元"]]) == [
        ("指标", "2015年"),
        ("增速", "6.9%"),
        ("总量", "67.7万亿元"),
    ]
    assert paired_fields([["一段很长的说明文字超过了标签的长度", "值"]]) == []


def test_a_kind_of_document_line_and_signature_blanks() -> None:
    assert all(DOC_KIND.fullmatch(t) for t in ("施工组织设计", "结题报告", "可行性研究报告"))
    assert not DOC_KIND.fullmatch("江北新区综合管廊一期工程")
    assert signing_line("承诺人（签名）：＿＿＿＿＿＿ 日期：＿＿＿＿年＿＿月＿＿日")
    assert signing_line("项目负责人（签字）：＿＿＿＿＿＿")


def test_review_credits_and_a_paper_s_reporter_line_are_metadata() -> None:
    for line in ("初审：王宁　复审：陈静　终审：刘建国", "东川日报记者 韩雪 通讯员 杜鹏"):
        assert parse_meta(line, 0, False) is not None
    assert parse_meta("东川日报发表评论认为", 0, False) is None


def test_a_use_restriction_is_a_disclaimer() -> None:
    import re

    rx = re.compile(DISCLAIMER, re.S)
    assert rx.fullmatch("本文为课程作业，仅用于教学评价，未经作者同意请勿转载或引用。")
    assert rx.fullmatch(
        "未经项目承担单位书面同意，任何单位和个人不得以任何形式转载、引用本报告内容。"
    )
    assert not rx.fullmatch("未经批准的项目一律不得开工建设。")


def test_colon_labels_and_plain_ranks_and_neutral_colours() -> None:
    assert _colon_label("创业就业：") and _colon_label("关于住房：")
    assert not _colon_label("来源：") and not _colon_label("记者：")
    assert not _colon_label("主要措施如下，分三步：")
    assert _plain_rank("【信号一】节能减排") == 0 and _plain_rank("1、关于深化改革开放：") == 3
    assert _plain_rank("【相关阅读】两会代表委员建言") is None
    assert _neutral("#999999") and _neutral("gray") and _neutral("rgb(51,51,51)")
    assert not _neutral("blue") and not _neutral("#c00000")


# ------------------------------------------------------------------------- pages


def html(body: str) -> Document:
    return read(page(f"<div id='content'>{body}</div>"), "page.html")


def test_plain_lines_numbered_as_points_and_ending_in_a_colon_head_their_prose() -> None:
    doc = html(
        f"<p>{P1}</p><p>1、关于加快转变经济发展方式：</p><p>{P2}</p>"
        f"<p>2、关于保障和改善民生：</p><p>{P3}</p>"
    )
    assert [h for h, _ in headings(doc)] == [
        "1、关于加快转变经济发展方式：",
        "2、关于保障和改善民生：",
    ]


def test_bracketed_numbered_labels_are_a_page_s_headings() -> None:
    doc = html(
        f"<p>{P1}</p><p>【信号一】节能减排要打攻坚战</p><p>{P2}</p>"
        f"<p>【相关阅读】两会代表委员建言</p><p>【信号二】推进能源革命</p><p>{P3}</p>"
    )
    assert [h for h, _ in headings(doc)] == [
        "【信号一】节能减排要打攻坚战",
        "【信号二】推进能源革命",
    ]


def test_lines_in_a_colour_of_their_own_are_subheads_and_grey_captions_are_not() -> None:
    blue = "<p style='text-align:center'><span style='color:#1a4f9c'>{}</span></p>"
    doc = html(
        f"<p>{P1}</p>{blue.format('创新驱动发展')}"
        f"<p>{P2}</p><p><span style='color:#999999'>春日校园一角</span></p>"
        f"{blue.format('保障和改善民生')}<p>{P3}</p>"
    )
    assert [h for h, _ in headings(doc)] == ["创新驱动发展", "保障和改善民生"]
    assert "春日校园一角" in paragraphs(doc)


def test_a_bold_label_on_its_own_line_heads_the_prose_under_it() -> None:
    doc = html(
        f"<p>{P1}</p><p><strong>创业就业：</strong></p><p>{P2}</p>"
        f"<p><strong>来源：</strong></p><p>{P3}</p>"
    )
    assert [h for h, _ in headings(doc)] == ["创业就业："]


def test_a_forum_post_s_centred_font_heads_and_red_labels_are_kept_as_headings() -> None:
    post = (
        f"{P1}<br />\n<div align='center'><font size='4'><font color='Blue'>一、钱袋子：就业和收入"
        "</font></font></div><font color='Red'>关于就业：</font><br />\n"
        f"&nbsp; &nbsp; &nbsp; &nbsp;{P2}<br />\n<font color='Red'>关于收入：</font><br />\n"
        f"&nbsp; &nbsp; &nbsp; &nbsp;{P3}<br />\n"
    )
    doc = read(page(f"<div class='t_f'>{post}</div>"), "thread.html")
    assert [h for h, _ in headings(doc)] == ["一、钱袋子：就业和收入", "关于就业：", "关于收入："]
    assert P2 in paragraphs(doc) and P3 in paragraphs(doc)


# -------------------------------------------------------------------------- Word


def word(paras: list[tuple[str, dict[str, object]]], table: list[list[str]] | None = None) -> bytes:
    """A Word file of paragraphs set by hand (size, bold, face, centred), a small
    table first when given."""
    from docx import Document as Docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Docx()
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    for text, look in paras:
        p = d.add_paragraph()
        if look.get("centre"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.font.size = Pt(float(str(look.get("size", 12))))
        run.bold = bool(look.get("bold"))
        face = str(look.get("face", "宋体"))
        run.font.name = face
        run._element.rPr.rFonts.set(qn("w:eastAsia"), face)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_cover_s_title_in_two_sizes_under_a_programme_s_label_is_one_title() -> None:
    data = word(
        [
            ("东川市软科学研究计划项目", {"size": 16, "bold": True, "centre": True}),
            ("城乡基本公共服务均等化研究", {"size": 22, "bold": True, "centre": True}),
            ("结题报告", {"size": 26, "bold": True, "centre": True}),
            ("一、项目概况", {"bold": True}),
            (P1 + P2, {}),
            ("二、研究内容", {"bold": True}),
            (P3 + P1, {}),
        ],
        table=[["文件编号", "DCRK-2012-017"], ["版本", "A/0"], ["受控状态", "受控"]],
    )
    doc = read(data, "report.docx")
    assert doc.title is not None and doc.title.zh == "城乡基本公共服务均等化研究结题报告"
    assert [h for h, _ in headings(doc)] == ["一、项目概况", "二、研究内容"]


def test_points_set_apart_by_bold_or_a_face_are_headings_under_their_section() -> None:
    data = word(
        [
            ("关于全省经济运行情况的调研报告", {"size": 22, "bold": True, "centre": True}),
            ("一、总体运行平稳", {"bold": True}),
            (P1 + P2, {}),
            ("（1）质量目标：", {"bold": True}),
            (P2 + P3, {}),
            ("① 基坑开挖", {"face": "黑体"}),
            (P3 + P1, {}),
            ("第一，财政投入机制不健全。", {"face": "楷体"}),
            (P1 + P3, {}),
            ("（2）主要措施如下，分三步走，逐项落实到位：", {}),
            (P2 + P1, {}),
        ]
    )
    doc = read(data, "report.docx")
    # each numbered a rank under the one before it
    assert headings(doc) == [
        ("一、总体运行平稳", 1),
        ("（1）质量目标：", 2),
        ("①基坑开挖", 3),
        ("第一，财政投入机制不健全。", 4),
    ]


# --------------------------------------------------------------------------- PDF


def test_a_full_line_stopping_mid_sentence_runs_on_past_a_wider_gap_and_a_hang() -> None:
    first, rest = prose(1)[:30], prose(1)[30:60]
    lines = [centred(20, "政府工作报告", 22.0), Text(60, "一、总体要求", size=16.0)]
    # a paragraph set at double spacing: its lines 30 pt apart (the text's are 16)
    lines += [Text(100, first[:28], x=LEFT + 22), Text(130, rest)]
    lines += [*paragraph(170, prose(2)), *paragraph(250, prose(3))]
    # a list item's lines in a hanging indent under its first
    lines += [Text(330, prose(4)[:30]), Text(346, prose(4)[30:58], x=LEFT + 18)]
    lines += [Text(362, prose(4)[58:70] + "。", x=LEFT + 18)]
    body = blocks(read_pdf(draw([lines]), "report.pdf"), "body")
    assert body[0] == first[:28] + rest
    assert body[-1] == prose(4)[:70] + "。"


def test_numbered_lines_set_like_the_text_under_a_bold_section_are_headings() -> None:
    _register_bold()
    lines = [centred(20, "新常态下财政政策转型的几点思考", 20.0)]
    lines += [Text(60, "一、问题的提出", font=BOLD), *paragraph(84, prose(1) + "。")]
    # a footnote's mark after the paragraph's full stop: 。1
    lines += [Text(200, "（一）经济增速换挡", x=LEFT + 22), *paragraph(224, prose(0) + "1")]
    lines += [Text(340, "（二）结构调整提出新要求", x=LEFT + 22)]
    lines += [Text(364, "第一，优化财政支出结构。", font=BOLD, x=LEFT + 22)]
    lines += [*paragraph(388, prose(3))]
    heads = [t for t, _ in pdf_headings(read_pdf(draw([lines]), "paper.pdf"))]
    assert heads == [
        "一、问题的提出",
        "（一）经济增速换挡",
        "（二）结构调整提出新要求",
        "第一，优化财政支出结构。",
    ]


def test_a_cover_s_note_at_its_foot_is_the_cover_s_and_its_largest_line_the_title() -> None:
    cover = [
        centred(110, "东川财经大学", 22.0),
        centred(170, "专业实习报告", 30.0),
        *(
            Text(280 + 36 * i, t, size=14.0, x=153)
            for i, t in enumerate(("学生姓名：陈雨桐", "学　　号：2011051237", "指导教师：刘建国"))
        ),
        Text(700, "注：本报告一式两份，一份交学院存档，一份交实习单位留存。", size=12.0, x=80),
    ]
    text = [Text(60, "一、实习目的与意义", size=14.0, font=CJK_FONT), *paragraph(100, prose(1))]
    ex = read_pdf(draw([cover, text]), "report.pdf")
    assert blocks(ex, "title") == ["专业实习报告"]
    assert not any("一式两份" in b for b in blocks(ex, "body"))


def test_a_company_s_name_over_a_report_s_title_and_a_qr_prompt_are_metadata() -> None:
    cover = [
        centred(130, "东川新源能源集团股份有限公司", 16.0),
        centred(190, "新源能源2016年社会责任报告", 28.0),
        centred(540, "扫描二维码，阅读报告电子版", 9.0),
    ]
    text = [Text(60, "关于本报告", size=16.0), *paragraph(100, prose(1))]
    data = draw([cover, text])
    assert read_pdf(data, "report.pdf").metadata["issuer"] == "东川新源能源集团股份有限公司"
    doc = read(data, "report.pdf")
    assert doc.title is not None and doc.title.zh == "新源能源2016年社会责任报告"
    assert [(m.key, m.zh) for m in doc.metadata] == [("prompt", "扫描二维码，阅读报告电子版")]
    assert not any("有限公司" in p or "二维码" in p for p in paragraphs(doc))


def test_a_box_of_fields_over_a_paper_s_title_and_its_run_in_abstract_are_metadata() -> None:
    from zhbrief.reading.pdf.assembly import _fields_over_title
    from zhbrief.reading.pdf.lines import _Line

    box = _Line("", 72, 500, 60, 100, 11.0, False, 1, kind="table")
    box.rows = [["课程名称", "宏观经济学", "任课教师", "赵明远"], ["学号", "201305127", "成绩", ""]]
    title = _Line("新常态下我国财政政策转型的几点思考", 160, 440, 200, 216, 16.0, False, 1)
    title.kind = "title"
    meta = _fields_over_title([box, title])
    assert meta == {"课程名称": "宏观经济学", "任课教师": "赵明远", "学号": "201305127"}
    assert box.kind == "meta"
    # a data table over the text is no box of fields
    data = _Line("", 72, 500, 60, 100, 11.0, False, 1, kind="table")
    data.rows = [["指标", "2015年", "2016年"], ["增速", "6.9%", "6.7%"]]
    assert _fields_over_title([data, title]) == {} and data.kind == "table"


def test_a_forum_post_s_edit_stamp_and_rating_log_and_a_bracketed_link_are_not_text() -> None:
    post = (
        "<i class='pstatus'> 本帖最后由 东川老李 于 2014-3-6 21:15 编辑 </i><br />\n<br />\n"
        f"{P1}<br />\n{P2}<br />\n"
    )
    rating = "<table class='ratl'><tr><td>参与人数 2</td><td>威望 +4</td><td>收起理由</td></tr>"
    rating += "<tr><td>江畔闲人</td><td>+ 2</td><td>很给力!整理辛苦了</td></tr></table>"
    doc = read(page(f"<div class='t_f'>{post}</div>{rating}"), "thread.html")
    assert [(m.key, m.zh) for m in doc.metadata] == [
        ("post", "本帖最后由东川老李于 2014-3-6 21:15 编辑")  # spaces between Han dropped
    ]
    text = "".join(paragraphs(doc)) + "".join(paragraphs(doc, "table"))
    assert "很给力" not in text and P2 in text
    doc = html(f"<p>{P1}</p><p>【相关阅读】<a href='/a/1.html'>两会代表委员建言</a></p><p>{P2}</p>")
    assert paragraphs(doc) == [P1, P2]


def test_a_review_chain_closes_a_news_page_and_what_follows_it_is_the_site_s() -> None:
    doc = html(
        f"<p>{P1}</p><p>{P2}</p><p>（供稿：马克思主义学院　文/李晓岚　图/周航）</p>"
        "<p>初审：王宁　复审：陈静　终审：刘建国</p><h3>图片新闻</h3><p>春日校园</p>"
    )
    assert paragraphs(doc) == [P1, P2]
    assert headings(doc) == []


def test_a_line_opening_with_a_label_or_a_lone_number_is_not_carried_on() -> None:
    lines = [centred(20, "政府工作报告", 22.0), Text(60, "一、总体要求", size=16.0)]
    lines += [*paragraph(100, prose(1)), *paragraph(180, prose(2))]
    # a short line stopping on a word, over a labelled line and over a page number
    lines += [Text(260, "东川省发展研究中心"), Text(276, "地址：东川市赣江大道1888号")]
    lines += [Text(300, "推进教育发展和改革"), Text(316, "7")]
    body = blocks(read_pdf(draw([lines]), "report.pdf"), "body")
    assert "东川省发展研究中心" in body and "推进教育发展和改革" in body


def test_a_cover_s_control_and_sign_off_tables_are_metadata_and_a_data_table_is_not() -> None:
    from docx import Document as Docx

    from zhbrief.reading.docx import read_docx

    d = Docx()
    d.add_heading("江北新区综合管廊一期工程施工组织设计", 0)
    for rows in (
        [["文件编号", "DCJS-SG-2017-031"], ["版本", "A/0"], ["受控状态", "受控"]],
        [["编制", "孙志强", "2017.03.10"], ["审核", "何平", "2017.03.12"], ["批准", "钱卫东", ""]],
        [["指标", "2016年"], ["增速", "6.7%"], ["总量", "74.4万亿元"]],
    ):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    d.add_heading("第一章　编制依据", 1)
    d.add_paragraph(P1)
    buf = io.BytesIO()
    d.save(buf)
    ex = read_docx(buf.getvalue(), "plan.docx")
    assert ex.metadata["control"].split("\n") == [
        "文件编号 DCJS-SG-2017-031",
        "版本 A/0",
        "受控状态 受控",
        "编制 孙志强 2017.03.10",
        "审核 何平 2017.03.12",
        "批准 钱卫东",
    ]
    tables = [ex.text[b.start : b.end] for b in ex.blocks if b.kind == "table"]
    assert len(tables) == 1 and "74.4万亿元" in tables[0]
