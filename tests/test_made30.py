"""Rules of issue 19 that made30 (eval/data/realdocs-made30: the front and back matter
around a text, made blind) showed missing, each pinned on a document built here: a
chart's sideways label and the page's measure, a label over a PDF title, a research
group's byline and note, a book's contents and imprint pages, a Word proposal's cover
form, title and review record, a typed contents without page numbers, minutes'
attendance lines, a press release's contacts and 关于 section, notes after a page's
text, tables of links, faces and citation tags of web pages."""

from __future__ import annotations

import io

from doc_fixtures import CJK_FONT, _register_font
from test_made22_pages import P1, P2, P3, page
from test_made27 import centred
from test_readers import headings, paragraphs, read
from test_realdocs_pdf import HEIGHT, LEFT, PER_LINE, WIDTH, Text, blocks, draw, paragraph, prose

from zhbrief.document import Document
from zhbrief.reading.pdf import read_pdf
from zhbrief.reading.pdf.contents import _LEADER, _depth
from zhbrief.segmentation.metadata import attendance, closing_line, paper_note, parse_meta


def squeeze(s: str) -> str:
    return "".join(s.split())


def body(doc: Document) -> str:
    return squeeze("".join(paragraphs(doc)))


def meta_keys(doc: Document) -> list[str]:
    return [m.key for m in doc.metadata]


# ------------------------------------------------------------------ pure functions


def test_a_book_s_points_rank_under_its_sections() -> None:
    """第一章 > 第一节 > 一、 > （一） in a book whose contents list 第一节; a report's
    一、 stays at the top."""
    book = ("第一章　总论", "第一节　形势", "一、成就", "（一）经济")
    assert [_depth(t, True) for t in book] == [1, 2, 3, 4]
    assert [_depth(t, False) for t in ("一、成就", "（一）经济")] == [1, 2]


def test_a_contents_entry_may_end_with_a_roman_numeral_character() -> None:
    assert _LEADER.search("前　言........................Ⅰ")
    assert _LEADER.search("后　记........................ⅳ")
    assert not _LEADER.search("我国经济总量达到Ⅰ")


def test_attendance_lines_are_read_and_sentences_are_not() -> None:
    line = "出席：李明华（市政府副市长）、张卫东（市政府副秘书长）、刘志刚（市发展改革委）"
    assert [m.key for m in attendance(line, 0) or []] == ["attendance"]
    assert attendance("请假：郑国强（市民政局，外出学习）", 0) is not None
    assert attendance("记录：周晓燕（市政府办公室秘书三科）", 0) is not None
    assert attendance("出席：会议认为，今年经济工作要稳中求进，各部门要抓好落实。", 0) is None


def test_a_research_group_s_note_and_a_press_release_s_labels_are_metadata() -> None:
    note = "*课题组组长：王志刚，东川社会科学院经济研究所所长；执笔：李静。"
    assert paper_note(note, 0) is not None
    assert paper_note("课题组认为，民营经济的发展环境有所改善。", 0) is None
    contact = "媒体联系人：周航　电话：0531-88662130　邮箱：pr@dczl.example"
    assert {m.key for m in closing_line(contact, 0) or []} == {"contact"}
    source = parse_meta("消息来源：东川智联科技股份有限公司", 0, False)
    assert source is not None and [m.key for m in source] == ["source"]


# ---------------------------------------------------------------------------- PDF


def _pdf_with_sideways_label(label: str) -> bytes:
    """One page: a heading, a paragraph of five lines, and a chart's axis label drawn
    upwards well right of the text (matplotlib's ylabel)."""
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, HEIGHT))
    lines = paragraph(100, (prose(0) + prose(1))[: PER_LINE * 5 - 2])
    for t in lines:
        c.setFont(CJK_FONT, t.size)
        c.drawString(t.x, HEIGHT - t.top - t.size, t.text)
    c.saveState()
    c.translate(LEFT + PER_LINE * 11 + 90, HEIGHT - 300)
    c.rotate(90)
    c.setFont(CJK_FONT, 11)
    c.drawString(0, 0, label)
    c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_chart_s_sideways_label_does_not_cut_the_paragraph_beside_it() -> None:
    ex = read_pdf(_pdf_with_sideways_label("增速（%）"), "chart.pdf")
    text = squeeze((prose(0) + prose(1))[: PER_LINE * 5 - 2])
    assert text in [squeeze(b) for b in blocks(ex, "body")]


def test_a_chapter_code_over_a_pdf_title_is_the_cover_s() -> None:
    title = "东川市民营经济发展报告（2015）"
    page1 = [
        Text(100, "B.4", size=26.0, x=LEFT),
        centred(170, title, 20.0),
        *paragraph(240, prose(0) + prose(1)),
        Text(340, "一　总体情况", size=13.0),
        *paragraph(370, prose(2) + prose(3)),
    ]
    ex = read_pdf(draw([page1]), "chapter.pdf")
    assert blocks(ex, "title") == [title]
    assert ex.metadata.get("cover") == "B.4"
    assert "B.4" not in [squeeze(h) for h in blocks(ex, "heading")]


def test_a_research_group_under_the_subtitle_is_the_byline() -> None:
    title, group = "东川市民营经济发展报告", "东川社会科学院课题组*"
    page1 = [
        centred(100, title, 20.0),
        centred(140, "——基于全市1200家民营企业的问卷调查", 14.0),
        centred(180, group, 12.0),
        Text(230, "一　总体情况", size=13.0),
        *paragraph(260, prose(0)[:58]),
        Text(320, "二　主要问题", size=13.0),
        *paragraph(350, prose(2)[:58]),
    ]
    ex = read_pdf(draw([page1]), "chapter.pdf")
    assert ex.metadata.get("author") == "东川社会科学院课题组"
    assert [squeeze(h) for h in blocks(ex, "heading")] == ["一总体情况", "二主要问题"]


def test_a_book_s_imprint_page_is_metadata() -> None:
    imprint = [
        "图书在版编目（CIP）数据",
        "基层治理创新读本／王志远主编．—东川：东川人民出版社，2014.3",
        "ISBN 978-7-5321-8846-2",
        "中国版本图书馆CIP数据核字（2014）第041235号",
        "责任编辑：杨秀云　封面设计：林　帆",
        "开　　本：787毫米×1092毫米　1/16",
        "定　　价：32.00元",
        "版权所有　侵权必究",
    ]
    pages = [
        [centred(200, "基层治理创新读本", 30.0), centred(300, "东川人民出版社", 14.0)],
        [Text(300 + 20 * i, line, size=10.0) for i, line in enumerate(imprint)],
        [Text(72, "第一章　基层治理的时代要求", size=18.0), *paragraph(120, prose(0) + prose(1))],
        [*paragraph(72, prose(2) + prose(3))],
    ]
    ex = read_pdf(draw(pages), "book.pdf")
    text = squeeze(ex.text)
    assert "ISBN" not in text and "侵权必究" not in text and "定价" not in text
    assert "ISBN 978-7-5321-8846-2" in ex.metadata.get("imprint", "")


# --------------------------------------------------------------------------- Word


def _para(d: object, text: str, *, size: float = 0, bold: bool = False, align: str = "") -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = d.add_paragraph()  # type: ignore[attr-defined]
    run = p.add_run(text)
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    if align:
        p.alignment = getattr(WD_ALIGN_PARAGRAPH, align)


def _saved(d: object) -> bytes:
    buf = io.BytesIO()
    d.save(buf)  # type: ignore[attr-defined]
    return buf.getvalue()


def _table(d: object, rows: list[list[str]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            t.cell(r, k).text = cell


PROPOSAL = "关于大力发展农村电子商务助推乡村产业振兴的提案"


def proposal_file() -> bytes:
    """A 政协 proposal: a session line, the 提　　案 label, a form table, the title,
    the text, the proposers over the date, and the review table under its caption."""
    from docx import Document as Docx

    d = Docx()
    _para(d, "政协东川市第十三届委员会第一次会议", size=14, align="CENTER")
    _para(d, "提　　案", size=36, bold=True, align="CENTER")
    _table(
        d,
        [
            ["提案号", "第0123号", "类　别", "经济建设"],
            ["提案人", "民盟东川市委员会", "联系人", "陈思远"],
            ["联系电话", "0871-6512 3456", "通讯地址", "东川市文华路18号"],
        ],
    )
    _para(d, PROPOSAL, size=18, bold=True, align="CENTER")
    _para(d, P1 + P2)
    _para(d, "一、基本情况", size=14, bold=True)
    _para(d, P2 + P3)
    _para(d, "提案人：民盟东川市委员会", align="RIGHT")
    _para(d, "附议人：王建华　李晓梅　张国庆", align="RIGHT")
    _para(d, "2017年1月10日", align="RIGHT")
    _para(d, "提案审查及办理情况", size=14, bold=True, align="CENTER")
    _table(
        d,
        [
            ["审查意见", "经审查，同意立案。建议交由市商务局主办。"],
            ["承办单位", "市商务局（主办）"],
            ["备　注", "政协东川市委员会提案委员会（盖章）"],
        ],
    )
    return _saved(d)


def test_a_proposal_s_label_form_and_review_are_not_its_title_or_text() -> None:
    doc = read(proposal_file(), "proposal.docx")
    assert doc.title is not None and squeeze(doc.title.zh) == PROPOSAL
    text = squeeze("".join(paragraphs(doc) + paragraphs(doc, "table")))
    for gone in ("0871-6512", "提案号", "附议人", "审查意见", "盖章", "提案审查及办理情况"):
        assert gone not in text
    assert squeeze(P1 + P2) in text and squeeze(P2 + P3) in text
    assert "附议人" in {m.key: m.zh for m in doc.metadata}.get("signature", "")
    read_meta = doc.source.metadata
    assert "审查意见" in read_meta.get("review", "")
    assert read_meta.get("联系电话") == "0871-6512 3456"


def test_a_word_contents_typed_without_page_numbers_is_left_out() -> None:
    from docx import Document as Docx

    heads = ["一、基本历程", "二、优化格局", "三、节约资源"]
    d = Docx()
    d.add_paragraph("东川市的生态文明建设", style="Title")
    _para(d, "目　　录", bold=True, align="CENTER")
    for head in ["前　　言", *heads]:
        _para(d, head)
    d.add_paragraph("前　　言", style="Heading 1")
    _para(d, P1)
    for head, text in zip(heads, (P1, P2, P3), strict=True):
        d.add_paragraph(head, style="Heading 1")
        _para(d, text)
    doc = read(_saved(d), "white_paper.docx")
    assert headings(doc) == [("前言", 1), *((h, 1) for h in heads)]
    assert "目录" not in body(doc)


def test_a_series_line_over_a_cover_s_title_is_the_cover_s() -> None:
    from docx import Document as Docx

    title = "东川市县域经济转型发展路径研究"
    d = Docx()
    _para(d, "课题编号：DCSK2016-Z07", size=10.5, align="RIGHT")
    _para(d, "东川市哲学社会科学规划重点课题", size=14, align="CENTER")
    _para(d, title, size=22, bold=True, align="CENTER")
    _para(d, "课题负责人：林国华（东川市发展研究中心）", size=12, align="CENTER")
    _para(d, "课题组成员：赵明　孙丽　何文涛", size=12, align="CENTER")
    d.add_paragraph("一、发展现状", style="Heading 1")
    _para(d, P1 + P2)
    doc = read(_saved(d), "report.docx")
    assert doc.title is not None and squeeze(doc.title.zh) == title
    assert doc.source.metadata.get("cover") == "东川市哲学社会科学规划重点课题"


# ---------------------------------------------------------------- closing matter


def test_a_meeting_s_attendance_after_its_minutes_is_metadata() -> None:
    lines = [
        "一、会议议定事项",
        P1 + P2,
        "出席：李明华（市政府副市长）、张卫东（市政府副秘书长）、刘志刚（市发展改革委）、"
        "王海燕（市财政局）、陈光明（市教育局）",
        "列席：周文彬（市政府研究室）、吴晓峰（市统计局）",
        "请假：郑国强（市民政局，外出学习）",
        "记录：周晓燕（市政府办公室秘书三科）",
    ]
    from test_made25 import word_file

    doc = read(word_file("关于城乡公共服务均等化工作的会议纪要", lines), "minutes.docx")
    assert body(doc) == squeeze(P1 + P2)
    assert meta_keys(doc).count("attendance") == 4


def test_a_press_release_s_about_section_and_contacts_close_it() -> None:
    html = (
        f"<p>{P1}</p><p><b>面向制造业的开放平台</b></p><p>{P2}</p>"
        "<p>消息来源：东川智联科技股份有限公司</p>"
        "<p><b>关于东川智联科技股份有限公司</b></p>"
        "<p>东川智联科技股份有限公司成立于2009年，是一家专注于工业互联网的高新技术企业。</p>"
        "<p>媒体联系人：周航　电话：0531-88662130　邮箱：pr@dczl.example</p>"
    )
    doc = read(page(html), "release.html")
    assert body(doc) == squeeze(P1 + P2)
    assert headings(doc) == [("面向制造业的开放平台", 1)]
    keys = meta_keys(doc)
    assert keys.count("about") == 2 and "contact" in keys and "source" in keys


def test_a_last_section_about_something_else_stays_text() -> None:
    html = (
        f"<p>{P1}</p><p><b>面向制造业的开放平台</b></p><p>{P2}</p>"
        f"<p><b>关于下一步工作</b></p><p>{P3}</p>"
    )
    doc = read(page(html), "article.html")
    assert body(doc) == squeeze(P1 + P2 + P3)
    assert headings(doc) == [("面向制造业的开放平台", 1), ("关于下一步工作", 1)]


def test_a_byline_over_a_page_s_notes_and_references_closes_the_text() -> None:
    note = "① 据东川市机构编制委员会办公室统计，2013年全市共取消和下放行政审批事项86项。"
    ref = "[1] 林志远．区域改革红利的释放路径研究[J]．东部经济评论，2013（5）：12-18．"
    html = (
        f"<p>{P1}</p><p><b>一、深化改革</b></p><p>{P2}</p>"
        "<p align=right>（课题组成员：王宁　陈静　刘建国　执笔：陈静）</p>"
        f"<p><b>注释：</b></p><p>{note}</p><p><b>参考文献：</b></p><p>{ref}</p>"
    )
    doc = read(page(html), "study.html")
    text = body(doc)
    assert "课题组成员" not in text
    assert squeeze(note) in text and squeeze(ref) in text  # the notes stay, as the text's


def test_numbered_items_ending_a_text_leave_a_line_over_them_alone() -> None:
    """Items ① … ending the text with no 注释 label over them are its own: the closing
    run stops at them, and the dated line above stays text."""
    byline = "（课题组成员：王宁　陈静　刘建国）"
    html = f"<p>{P1}</p><p>{byline}</p><p>① {P2}</p><p>② {P3}</p>"
    doc = read(page(html), "items.html")
    assert squeeze(byline) in body(doc)


def test_a_photo_credit_naming_the_staff_is_metadata() -> None:
    """Under a picture whose caption the extractor kept as text, among the sections."""
    credit = "<p style='text-align:right'>摄影／本刊记者 周航</p>"
    html = f"<h3>一座新城的十年</h3><p>{P1}</p>{credit}<h3>留住乡愁</h3><p>{P2}</p>"
    doc = read(page(html), "feature.html")
    assert body(doc) == squeeze(P1 + P2)
    assert "credit" in meta_keys(doc)


# --------------------------------------------------------------------------- HTML


def test_tables_of_links_after_the_text_are_navigation() -> None:
    html = (
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
        "<table class='prenext'><tr><td>上一篇：<a href='/a1'>全市领导干部会议传达全国两会精神</a>"
        "</td></tr><tr><td>下一篇：<a href='/a2'>让改革红利更多惠及企业</a></td></tr></table>"
        "<table class='nav'><tr><td>版面导航</td></tr><tr><td><a href='/n1'>第01版：要闻</a></td>"
        "</tr><tr><td><a href='/n4'>第04版：评论</a></td></tr></table>"
        "<table><tr><td>1</td><td><a href='/f1.pdf'>东川市统计公报</a></td></tr>"
        "<tr><td>2</td><td><a href='/f2.pdf'>东川市年鉴</a></td></tr></table>"
    )
    doc = read(page(html), "epaper.html")
    text = squeeze("".join(paragraphs(doc) + paragraphs(doc, "table")))
    for gone in ("上一篇", "下一篇", "版面导航", "第04版"):
        assert gone not in text
    assert "东川市统计公报" in text  # a numbered list of files is a table's data


def test_heads_set_in_another_face_over_plain_paragraphs_are_subheads() -> None:
    html = (
        f"<p>{P1}</p><p align=center><b>一、深化行政体制改革</b></p><p>{P2}</p>"
        "<p><font face='楷体_GB2312'>（一）完善财税体制，规范政府收支</font></p>"
        f"<p>{P3}</p><p><font face='楷体_GB2312'>（二）推进金融改革，服务实体经济</font></p>"
        f"<p>{P1}</p>"
    )
    doc = read(page(html), "study.html")
    assert headings(doc) == [
        ("一、深化行政体制改革", 1),
        ("（一）完善财税体制，规范政府收支", 2),
        ("（二）推进金融改革，服务实体经济", 2),
    ]


def test_a_paper_s_references_heading_stays_on_a_page_with_citation_tags() -> None:
    ref = "林志远.区域创新驱动发展的机制与路径[J].东川社会科学,2014(6)"
    refs = "".join(f"<li>[{n}] {ref}:{n}.</li>" for n in (1, 2))
    article = (
        f"<h4>1　引言</h4><p>{P1}</p><h4>2　现状</h4><p>{P2}</p><p>{P3}</p>"
        f"<h4>参考文献</h4><ul>{refs}</ul>"
    )
    tags = (
        "<meta name='citation_title' content='创新驱动视角下的路径研究'>"
        "<meta name='citation_journal_title' content='东川社会科学'>"
    )
    html = (
        f"<html><head><meta charset='utf-8'>{tags}<title>创新驱动视角下的路径研究</title></head>"
        f"<body><div class='article'><h1>创新驱动视角下的路径研究</h1>{article}</div></body></html>"
    )
    doc = read(html.encode(), "paper.html")
    assert [h for h, _ in headings(doc)][-1] == "参考文献"


def test_an_issued_regulation_s_title_heads_its_chapters() -> None:
    html = (
        "<p>各区县人民政府，市政府各部门：</p>"
        f"<p>《东川市促进创新创业发展办法》已经市政府同意，现印发给你们，请认真贯彻执行。</p>"
        "<p style='text-align:center;font-size:16pt;font-weight:bold'>"
        "东川市促进创新创业发展办法</p>"
        f"<p style='text-align:center'><strong>第一章　总　则</strong></p><p>第一条　{P1}</p>"
        f"<p style='text-align:center'><strong>第二章　简政放权</strong></p><p>第二条　{P2}</p>"
    )
    doc = read(page(html), "notice.html")
    assert headings(doc) == [
        ("东川市促进创新创业发展办法", 1),
        ("第一章总则", 2),
        ("第二章简政放权", 2),
    ]
