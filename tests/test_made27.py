"""PDF reading rules added with the made27 development set (issue 19): a sidebar beside
two text columns, a contact box's fields, radicals as a simplified font draws them."""

from __future__ import annotations

from doc_fixtures import CJK_FONT
from test_made9_pdf import BOLD, _register_bold
from test_made22_pages import P1, P2, P3, page
from test_readers import headings, paragraphs, read, squeeze
from test_realdocs_pdf import LEFT, WIDTH, Text, blocks, draw, paragraph, prose, squeezed
from test_realdocs_pdf import headings as pdf_headings

from zhbrief.document import Document
from zhbrief.reading.pdf import read_pdf
from zhbrief.reading.pdf.headings import _coloured_headings
from zhbrief.reading.pdf.lines import _Line

KEY_FIGURES = ("核心数据", "1280亿元", "地区生产总值", "36家", "世界500强企业", "2小时", "高铁通达")
COLUMN = 13  # characters of a narrow column's line


def column(x: float, top: float, text: str, lines: int) -> tuple[list[Text], str]:
    """``lines`` lines of ``COLUMN`` characters at ``x`` from ``top``, and their text."""
    assert len(text) >= COLUMN * lines
    out = [Text(top + 16 * i, text[COLUMN * i : COLUMN * (i + 1)], x=x) for i in range(lines)]
    return out, "".join(t.text for t in out)


def brochure_page() -> tuple[bytes, str, str]:
    """A sidebar of key figures at the left, then a long text column and a short one
    beside it, the short one's lines level with the long one's first lines."""
    side = [Text(60 + 26 * i, t, size=9.0, x=40) for i, t in enumerate(KEY_FIGURES)]
    text = prose(1) * 8
    left, left_text = column(200, 60, text, 30)
    right, right_text = column(380, 60, text[len(left_text) :], 5)
    return draw([side + left + right]), left_text, right_text


def test_a_sidebar_beside_two_text_columns_reads_each_column_whole() -> None:
    data, left_text, right_text = brochure_page()
    body = squeezed(read_pdf(data, "brochure.pdf"))
    assert left_text + right_text in body  # the short column after the long one, not across


def test_two_text_columns_alone_still_read_left_then_right() -> None:
    text = prose(2) * 8
    left, left_text = column(72, 60, text, 30)
    right, right_text = column(320, 60, text[len(left_text) :], 30)
    body = squeezed(read_pdf(draw([left + right]), "columns.pdf"))
    assert left_text + right_text in body


CONTACT = (
    "东川省澄江经济技术开发区管理委员会",
    "地址：东川省澄州市澄江大道188号",
    "电话：0791-88661288",
    "网址：www.cjkfq.gov.cn",
)


def contact_page(labelled_heads: bool = False) -> bytes:
    """A title and a paragraph on page 1; on page 2 body lines at 11 pt, then a 联系方式
    box: its head at 16 pt, the office and its fields at 12 pt. ``labelled_heads``: two
    14 pt heads labelled alike (专题一：…) with a line of text between them, before the
    box."""
    first = [Text(40, "澄江开发区投资指南", size=22.0)]
    first += [Text(90 + 16 * i, prose(3)[30 * i : 30 * (i + 1)]) for i in range(6)]
    lines = [Text(60 + 16 * i, prose(4)[30 * i : 30 * (i + 1)]) for i in range(6)]
    top = 170.0
    if labelled_heads:
        lines += [
            Text(top, "专题一：扩大内需", size=14.0),
            Text(top + 24, prose(5)[:30]),
            Text(top + 48, "专题二：产业升级", size=14.0),
            Text(top + 72, prose(6)[:30]),
        ]
        top += 110
    lines.append(Text(top, "联系方式", size=16.0))
    lines += [Text(top + 30 + 22 * i, t, size=12.0) for i, t in enumerate(CONTACT)]
    return draw([first, lines])


def test_a_contact_box_s_office_and_fields_are_no_headings() -> None:
    ex = read_pdf(contact_page(), "contact.pdf")
    assert [t for t, _ in pdf_headings(ex)] == ["联系方式"]
    assert all(line.replace("：", "") in squeezed(ex).replace("：", "") for line in CONTACT)


def test_heads_labelled_alike_with_text_between_stay_headings() -> None:
    ex = read_pdf(contact_page(labelled_heads=True), "contact.pdf")
    heads = [t for t, _ in pdf_headings(ex)]
    assert heads[:2] == ["专题一：扩大内需", "专题二：产业升级"]
    assert not any(t in heads for t in CONTACT)


# ------------------------------------------------------------------------- pages

P4 = "促进外贸继续回稳向好。落实和完善进出口政策，推动优进优出。扩大出口信用保险覆盖面。"


def html(body: str, head: str = "") -> Document:
    return read(page(f"<div id='content'>{body}</div>", head=head), "page.html")


def test_a_page_that_marks_no_heading_has_its_plain_numbered_lines_for_headings() -> None:
    doc = html(
        f"<p>{P1}</p><p style='text-align:center'>一、稳定和完善宏观经济政策</p>"
        f"<p>&emsp;&emsp;（一）加大积极财政政策力度</p><p>{P2}</p>"
        f"<p>&emsp;&emsp;（二）保持货币政策灵活适度</p><p>{P3}</p>"
    )
    assert headings(doc) == [
        ("一、稳定和完善宏观经济政策", 1),
        ("（一）加大积极财政政策力度", 2),
        ("（二）保持货币政策灵活适度", 2),
    ]


def test_plain_numbered_lines_stay_text_where_the_page_marks_its_headings() -> None:
    doc = html(
        f"<p>{P1}</p><p><strong>稳增长：政策要稳</strong></p><p>{P2}</p>"
        f"<p>一、加强组织领导</p><p>二、强化责任落实</p><p>{P3}</p>"
    )
    assert headings(doc) == [("稳增长：政策要稳", 1)]
    assert "一、加强组织领导" in paragraphs(doc)


def test_one_plain_numbered_line_is_no_heading() -> None:
    doc = html(f"<p>{P1}</p><p>一、加强组织领导</p><p>{P2}</p>")
    assert headings(doc) == []


def test_a_paragraph_bold_by_its_own_style_and_a_bold_question_are_subheads() -> None:
    doc = html(
        f"<p>{P1}</p><p style='font-weight: 700; color: #1f4e79;'>育新兴：抢占制高点</p><p>{P2}</p>"
        f"<p><font color='#c00000'><strong>补短板：钱往哪里投？</strong></font></p><p>{P3}</p>"
        f"<p><strong>记者：今年的目标是什么？</strong></p><p>{P4}</p>"
    )
    assert [h for h, _ in headings(doc)] == ["育新兴：抢占制高点", "补短板：钱往哪里投？"]


BADGE = (
    "<section style='display:flex'><section style='border-radius:50%;background:#1e6fff'>"
    "<span style='font-size:18px;color:#fff'><strong>{n}</strong></span></section>"
    "<section style='border-bottom:1px dashed #1e6fff'><section>"
    "<span style='font-size:18px;color:#1e6fff'><strong>{head}</strong></span>"
    "</section></section></section>"
)
SUBHEAD = (
    "<section style='border-left:4px solid #1e6fff'>"
    "<span style='font-size:16px'><strong>{head}</strong></span></section>"
)
PARA = "<p><span style='font-size:15px'>{text}</span></p>"
DIVIDER = "<section style='text-align:center'><img src='https://example.org/line.png'></section>"


def test_a_subhead_beside_a_numbered_badge_is_a_heading_without_the_badge() -> None:
    doc = html(
        PARA.format(text=P1)
        + BADGE.format(n="01", head="改革：向深化改革要动力")
        + SUBHEAD.format(head="政府职能转变")
        + PARA.format(text=P2)
        + DIVIDER
        + BADGE.format(n="02", head="开放：以开放倒逼改革")
        + SUBHEAD.format(head="出口升级")
        + PARA.format(text=P3)
        + PARA.format(text=P4)
    )
    assert headings(doc) == [
        ("改革：向深化改革要动力", 1),
        ("政府职能转变", 2),
        ("开放：以开放倒逼改革", 1),
        ("出口升级", 2),
    ]
    assert not any(p.strip() in ("01", "02") for p in paragraphs(doc))


def test_a_site_s_menu_of_links_in_a_row_is_left_out() -> None:
    menu = "　|　".join(
        f"<a href='/{i}'>{t}</a>" for i, t in enumerate(("网站首页", "联合会简介", "工作动态"))
    )
    doc = read(
        (
            "<html><head><meta charset='utf-8'><title>政府工作报告要点</title></head><body>"
            f"<table><tr><td class='menu'>{menu}</td></tr></table>"
            f"<h1>政府工作报告要点</h1><div id='content'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
            "</body></html>"
        ).encode(),
        "page.html",
    )
    assert "联合会简介" not in doc.text
    assert squeeze(P1) in squeeze(doc.text)


# ------------------------------------------------------------------- PDF pages

THESIS_TITLE = "新常态下地方政府推动产业结构调整的政策研究"


def centred(top: float, text: str, size: float, font: str = CJK_FONT) -> Text:
    return Text(top, text, size=size, x=WIDTH / 2 - len(text) * size / 2, font=font)


def test_a_thesis_cover_s_title_is_not_its_school_s_name_set_larger() -> None:
    cover = [
        centred(150, "东川大学", 30.0),
        centred(214, "硕士学位论文", 24.0),
        centred(330, THESIS_TITLE, 20.0),
        *(
            Text(505 + 38 * i, t, size=15.0, x=204)
            for i, t in enumerate(
                ("作者姓名：刘文博", "指导教师：陈立群", "提交日期：二〇一七年四月")
            )
        ),
    ]
    text = [centred(80, "摘要", 16.0), *paragraph(130, prose(1))]
    ex = read_pdf(draw([cover, text]), "thesis.pdf")
    assert blocks(ex, "title") == [THESIS_TITLE]


def test_a_numbered_bold_line_standing_alone_heads_its_text_full_stop_and_all() -> None:
    _register_bold()
    lines = [centred(20, "政府工作报告", 22.0), Text(60, "一、总体要求", size=16.0)]
    lines += [Text(100, "1．加快转变政府职能。", font=BOLD, x=LEFT + 22), *paragraph(124, prose(2))]
    lines += [Text(300, "2．创新市场监管方式。", font=BOLD, x=LEFT + 22), *paragraph(324, prose(3))]
    # items of a list set bold one under another are no headings
    lines += [Text(500, "1．坚持稳中求进。", font=BOLD, x=LEFT + 22)]
    lines += [Text(516, "2．坚持改革开放。", font=BOLD, x=LEFT + 22), *paragraph(540, prose(4))]
    heads = [t for t, _ in pdf_headings(read_pdf(draw([lines]), "report.pdf"))]
    assert heads == ["一、总体要求", "1．加快转变政府职能。", "2．创新市场监管方式。"]


def test_a_subtitle_s_wrapped_end_and_the_speaker_under_it_are_metadata() -> None:
    lines = [
        centred(80, "政府工作报告", 22.0),
        Text(126, "——2014年1月8日在青山区第三届人民代表大会第四次会议", size=16.0, x=84),
        centred(154, "上", 16.0),
        centred(182, "青山区人民政府区长 周海涛", 16.0),
        Text(234, "各位代表：", size=12.0),
        *paragraph(258, prose(5)),
        Text(420, "一、2013年工作回顾", size=16.0),
        *paragraph(450, prose(6)),
    ]
    ex = read_pdf(draw([lines]), "report.pdf")
    assert [t for t, _ in pdf_headings(ex)] == ["一、2013年工作回顾"]
    assert ex.metadata["subtitle"].split("\n") == [
        "——2014年1月8日在青山区第三届人民代表大会第四次会议",
        "上",
        "青山区人民政府区长 周海涛",
    ]


def line(text: str, top: float, colour: str = "", x1: float = 300.0) -> _Line:
    return _Line(text, LEFT, x1, top, top + 11, 11.0, False, 1, font="F", colour=colour)


def test_a_caption_in_the_headings_colour_is_no_heading() -> None:
    body = prose(7)[:30] + "。"
    lines = [
        line("行业概况与政策环境", 60, "1f4e79"),
        line(body, 80, x1=500),
        line("图表1：2012—2016年全国财政赤字规模（亿元）", 100, "1f4e79"),
        line(body, 120, x1=500),
        line("市场格局与竞争态势", 140, "1f4e79"),
        line(body, 160, x1=500),
    ]
    _coloured_headings(lines, 11.0)
    assert [ln.text for ln in lines if ln.kind == "heading"] == [
        "行业概况与政策环境",
        "市场格局与竞争态势",
    ]


def test_a_standard_s_annex_title_in_three_lines_is_one_heading() -> None:
    first = [centred(80, "东川市地方标准", 16.0), *paragraph(130, prose(8))]
    annex = [
        centred(73, "附 录 A", 16.0),
        centred(99, "（规范性附录）", 10.5),
        centred(119, "服务质量评价指标", 16.0),
        Text(164, "A.1 评价方法", size=10.5),
        Text(186, prose(9)[:40], size=10.5, x=92),
        Text(205, "结果按附录表A.1的指标计分。", size=10.5),
        Text(229, "A.2 评价指标", size=10.5),
        centred(251, "表A.1 服务质量评价指标", 10.5),
    ]
    ex = read_pdf(draw([first, annex]), "standard.pdf")
    assert "附录A（规范性附录）服务质量评价指标" in [t for t, _ in pdf_headings(ex)]
    # the centred title read first, not beside the short heads as a column
    assert ex.text.index("附录A（规范性附录）") < ex.text.index("A.1 评价方法")


# ---------------------------------------------------------------- any format


def meta(doc: Document, key: str) -> list[str]:
    return [m.zh for m in doc.metadata if m.key == key]


def test_a_meeting_s_mark_over_the_text_is_metadata() -> None:
    doc = html(
        f"<p>青山区第三届人民代表大会第四次会议文件（1）</p><p>{P1}</p><h2>一、工作回顾</h2><p>{P2}</p>"
    )
    assert meta(doc, "official_mark") == ["青山区第三届人民代表大会第四次会议文件（1）"]
    assert "会议文件" not in "".join(paragraphs(doc))


def test_a_source_line_under_a_table_is_metadata_and_one_under_text_stays() -> None:
    source = "资料来源：国家统计局，Wind，东川证券研究所"
    said = "数据来源：本研究数据来自2019年东川省居民消费调查，共回收有效问卷1200份。"
    table = (
        "<table><tr><td>指标</td><td>2016年</td></tr><tr><td>增速</td><td>6.7%</td></tr></table>"
    )
    doc = html(
        f"<h2>一、行业概况</h2><p>{P1}</p>{table}<p>{source}</p><p>{P2}</p><p>{said}</p><p>{P3}</p>"
    )
    assert meta(doc, "source_note") == [source]
    assert said in paragraphs(doc)


def test_a_research_report_s_closing_statements_are_a_disclaimer() -> None:
    box = (
        "分析师声明：作者具有证券投资咨询执业资格，保证报告所采用的数据均来自合规渠道。"
        "免责声明：本报告仅供本公司的客户使用。"
    )
    doc = html(f"<h2>一、投资建议</h2><p>{P1}</p><p>{P2}</p><p>{box}</p>")
    assert "分析师声明" not in "".join(paragraphs(doc))
    assert any("本报告仅供" in m for m in meta(doc, "disclaimer"))


def test_a_closing_line_naming_the_office_and_its_phone_is_contact_metadata() -> None:
    line = "解读机关：东川市发展和改革委员会　　联系电话：0791-86235120"
    doc = html(f"<h2>一、起草背景</h2><p>{P1}</p><p>{P2}</p><p>{line}</p>")
    assert "联系电话" not in "".join(paragraphs(doc))
    assert meta(doc, "contact")


def test_a_standard_s_drafting_record_is_metadata() -> None:
    record = "本标准起草单位：东川市标准化研究院。本标准主要起草人：王立新、刘海燕。"
    doc = html(f"<h2>前言</h2><p>{P1}</p><p>{record}</p><h2>1　范围</h2><p>{P2}</p>")
    assert meta(doc, "standard") == [record]
    assert "起草人" not in "".join(paragraphs(doc))


def test_a_signature_s_blank_date_with_its_century_printed_is_no_text() -> None:
    doc = html(f"<h2>承诺书</h2><p>{P1}</p><p>日期： 20　年　月　日</p><h2>摘要</h2><p>{P2}</p>")
    assert not any("日期" in p for p in paragraphs(doc))
    assert meta(doc, "signing")


def test_a_pdf_chart_s_source_set_small_under_its_caption_is_no_footnote() -> None:
    source = "数据来源：各省（区、市）统计年鉴，作者整理"
    lines = [centred(40, "产业结构调整研究", 20.0), *paragraph(90, prose(10))]
    lines += [centred(300, "图3-1 2012—2016年第三产业增加值占比", 10.5), centred(322, source, 9.0)]
    ex = read_pdf(draw([lines]), "thesis.pdf")
    assert source not in blocks(ex, "footnote")
    doc = read(draw([lines]), "thesis.pdf")
    assert meta(doc, "source_note") == [source]
