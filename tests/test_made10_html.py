"""Web-page layouts of the tenth made set: a headline shown only in a box named a title
or in a large font while ``<title>`` holds the site's name, a page kind or a shortened
headline; a site's labelled disclaimer paragraphs; an announcement's closing lines; a
microblog post's ``<br>``-separated text with bold subheads, client and count lines;
and a journal article page's headings (一、 over （一）, 参考文献).

eval/data/realdocs-made10 holds the pages (eval/make_realdocs10_pages.py) and their
gold (read against it in test_realdocs_layouts.py); each test here builds a small
page that pins one rule.
"""

from __future__ import annotations

import lxml.html
from lxml import etree
from test_made7_html import body
from test_readers import headings, read
from test_realdocs_layouts import P

from zhbrief.reading.html import restore_headings
from zhbrief.segmentation import metadata  # its new functions looked up in the tests

Q = "我们要坚定不移扩大对外开放，在开放中增强发展新动能、增添改革新动力、增创竞争新优势。"
R = "完善社会保障制度，坚持全覆盖、保基本、多层次、可持续方针。"
HEADLINE = "稳定和完善宏观经济政策，保持经济运行在合理区间"


def page(body_html: str, title: str, head: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/a'>财经</a></div>"
        f"<div class='main'>{body_html}</div><div class='footer'>版权所有 某某新闻网</div>"
        "</body></html>"
    ).encode()


def title(data: bytes) -> str:
    doc = read(data, "t.html")
    assert doc.title is not None
    return doc.title.zh


# ------------------------------------------------------------------ visible headlines


def test_a_headline_box_wins_over_a_title_that_is_only_the_site_name() -> None:
    html = (
        "<h2 class='sub-title'>聚焦政府工作报告·宏观政策篇</h2>"
        f"<div class='article-title'>{HEADLINE}</div><div class='article-content'>"
        f"<p>{P}</p><p>{Q}</p><p>{P}</p></div>"
    )
    assert title(page(html, "云澜新闻网")) == HEADLINE  # _visible_headline, _prefer_visible


def test_a_headline_box_wins_over_a_shortened_og_title_with_a_channel_prefix() -> None:
    og = "<meta property='og:title' content='财经｜稳定和完善宏观经济政策'>"
    html = f"<div class='article-title'>{HEADLINE}</div><p>{P}</p><p>{Q}</p><p>{P}</p>"
    long_site = "云澜新闻网财经频道宏观经济政策解读专栏"  # past a site name's length
    assert title(page(html, long_site, og)) == HEADLINE


def test_a_two_line_announcement_title_box_is_one_title() -> None:
    html = (
        "<p>证券代码：600000　证券简称：某某新材　公告编号：2017-012</p>"
        "<div class='ann-title'>某某新材料股份有限公司<br>关于2017年度经营工作安排的公告</div>"
        f"<p>{P}</p><p>{Q}</p><p>{P}</p>"
    )
    got = title(page(html, "临时公告 - 投资者关系 - 某某新材料股份有限公司"))
    assert got == "某某新材料股份有限公司关于2017年度经营工作安排的公告"


def test_a_printer_page_headline_in_a_large_font_tag_is_the_title() -> None:
    html = (
        "<table><tr><td align='center'><font size='5'><b>供给侧结构性改革今年怎么推</b>"
        f"</font></td></tr><tr><td><p>{P}</p><p>{Q}</p><p>{P}</p></td></tr></table>"
    )
    assert title(page(html, "江城日报网-打印页面")) == "供给侧结构性改革今年怎么推"


def test_an_h1_confirmed_by_the_title_keeps_it_over_a_headline_box() -> None:
    html = (
        "<h1>政府工作报告解读</h1><div class='news-title'>另一条新闻的标题在这里</div>"
        f"<p>{P}</p><p>{Q}</p>"
    )
    assert title(page(html, "政府工作报告解读_某某网")) == "政府工作报告解读"


# ------------------------------------------------------------------ microblog posts


def test_a_br_separated_post_splits_into_paragraphs_with_bold_subheads() -> None:
    html = (
        "<div class='article-title'>读报笔记：建设生态文明</div>"
        "<div class='time'>2014-03-06 21:14　来自 iPhone客户端</div>"
        f"<div class='post'>摘几段记下来。<br><br><strong>一、建设生态文明</strong><br>{P}<br><br>"
        f"{Q}<br><br><strong>二、加强政府建设</strong><br>{P}<br><br></div>"
        "<div class='read-count'>阅读 10万+</div>"
    )
    doc = read(page(html, "某某的头条文章 - 微博"), "w.html")  # _double_breaks, _bold_line
    assert headings(doc) == [("一、建设生态文明", 1), ("二、加强政府建设", 1)]
    assert body(doc) == ["摘几段记下来。", P, Q, P]


def test_a_microblog_posts_client_and_count_lines_are_metadata() -> None:
    assert metadata.post_line("2014-03-06 21:14　来自 iPhone客户端", 0) is not None
    assert metadata.post_line("阅读 10万+", 0) is not None
    assert metadata.post_line("转发 12 评论 3 赞 56", 0) is not None
    assert metadata.post_line("来自基层的声音越来越多，我们要认真倾听。", 0) is None


# ------------------------------------------------------------------ closing lines


def test_labelled_disclaimer_paragraphs_past_a_line_close_the_text() -> None:
    long = (
        "版权声明：凡本网注明“来源：某某网”的所有作品，版权均属于某某网，"
        + "未经本网授权不得转载。" * 6
    )
    assert len(long) > 80 and metadata.disclaimer_paragraph(long, 0) is not None
    assert metadata.disclaimer_paragraph("声明：" + P * 2, 0) is None  # a bare 声明 is the text's
    html = f"<div class='content'><p>{P}</p><p>{Q}</p><p>{long}</p><p>免责声明：{Q}{P}</p></div>"
    doc = read(page(html, "数字乡村的新变化_时政_某某新闻网"), "d.html")
    assert body(doc)[-1] == Q  # both disclaimers are metadata


def test_an_announcements_filed_documents_contact_and_copyright_lines_are_closing() -> None:
    for line, key in (
        ("● 备查文件：公司第三届董事会第十二次会议决议", "filed"),
        ("投资者热线：0731-8865 2017 传真：0731-8865 2018 邮箱：ir@example.com", "contact"),
        ("Copyright © 2017 某某股份有限公司版权所有湘ICP备12004567号", "copyright"),
    ):
        items = metadata.closing_line(line, 0)
        assert items is not None and items[0].key == key


# ------------------------------------------------------------------ journal pages


def test_a_dropped_heading_right_over_a_dropped_subhead_is_restored_before_it() -> None:
    page_tree = lxml.html.document_fromstring(
        f"<div><p>{P}</p><h2>一、保障和改善民生</h2><h3>（一）就业</h3><p>{Q}</p>"
        f"<h3>（二）社会保障</h3><p>{R}</p></div>"
    )
    root = etree.fromstring(f"<doc><main><p>{P}</p><p>{Q}</p><p>{R}</p></main></doc>")
    restore_headings(root, page_tree)  # the extractor kept the paragraphs only
    order = [(el.tag, el.text[:6]) for el in root.find("main")]
    # _past_dropped_heads: 一、 shares （一）'s paragraph and goes before it
    assert order == [
        ("p", P[:6]),
        ("head", "一、保障和改"),
        ("head", "（一）就业"),
        ("p", Q[:6]),
        ("head", "（二）社会保"),
        ("p", R[:6]),
    ]


def test_a_papers_reference_heading_stays_while_its_list_goes() -> None:
    refs = "<h2>参考文献</h2><ol><li>[1] 国务院. 政府工作报告[R]. 北京：人民出版社，2013.</li></ol>"
    html = (
        "<div class='abs'><p><b>摘　要：</b>本文摘编政府工作报告中有关社会建设的论述。</p>"
        "<p><b>关键词：</b>政府工作报告；民生</p></div><div class='art-body'>"
        f"<h2>一、保障和改善民生</h2><p>{P}</p><h2>二、社会管理</h2><p>{Q}</p>{refs}</div>"
    )
    doc = read(page(html, "社会建设_学报"), "j.html")  # _references_after, _is_paper
    assert headings(doc)[-1] == ("参考文献", 1)
    assert not any("国务院" in p for p in body(doc))
