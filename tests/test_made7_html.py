"""Web-page layouts of the seventh made set (issue 19): a Hong Kong page in Big5 with
HKSCS characters, a Q&A answer page, a Discuz! forum thread, a 135-editor university
news page and a page whose paragraphs are all ``<div>``s.

eval/data/realdocs-made7 holds the pages (eval/make_realdocs7_pages.py) and their
gold (read against it in test_realdocs_layouts.py); each test here builds a small
page that pins one rule.
"""

from __future__ import annotations

import pytest
from test_readers import headings, paragraphs, read, squeeze
from test_realdocs_layouts import P, page

from zhbrief.document import Document
from zhbrief.reading.html import decode_html

Q = "我们要坚定不移扩大对外开放，在开放中增强发展新动能、增添改革新动力、增创竞争新优势。"


def body(doc: Document) -> list[str]:
    return [squeeze(p) for p in paragraphs(doc)]


def meta(doc: Document) -> list[tuple[str | None, str]]:
    return [(m.key, m.zh) for m in doc.metadata]


# ------------------------------------------------------------------ Big5-HKSCS


HK = "政府會加強社會保障，讓每户市民都受惠於温暖的政策，鈎織一張保障羣眾生活的安全網綫。"


def test_big5_label_is_read_as_big5_hkscs_as_browsers_read_it() -> None:
    data = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=big5'>"
        "<title>民生保障再加碼 - 新聞</title></head><body><h1>民生保障再加碼</h1>"
        f"<div class='content'><p>{HK}</p><p>{HK}</p></div></body></html>"
    ).encode("big5hkscs")
    with pytest.raises(UnicodeDecodeError):
        data.decode("cp950")  # 户, 温, 鈎, 羣, 綫 are HKSCS characters
    assert decode_html(data, "hk.html")[1] == "big5hkscs"
    doc = read(data, "hk.html")
    assert doc.title is not None and doc.title.zh == "民生保障再加碼"
    assert body(doc) == [HK, HK]


def test_big5_label_falls_back_to_cp950_for_its_own_extensions() -> None:
    data = "<html><head><meta charset='big5'></head><body><p>價格為€5</p></body></html>"
    html, encoding = decode_html(data.encode("cp950"), "euro.html")  # € is cp950's, not HKSCS's
    assert (encoding, "價格為€5" in html) == ("cp950", True)


# ------------------------------------------------------------------ bare numbers


def test_a_bold_number_is_never_a_heading() -> None:
    html = (
        "<div class='counts'><strong title='1204511'>1,204,511</strong></div>"
        f"<h2>一、创新能力是根基</h2><p>{P}</p><p><b>2017</b></p><p>{Q}</p>"
    )
    doc = read(page(html), "qa.html")
    assert headings(doc) == [("一、创新能力是根基", 1)]
    assert body(doc) == ["1,204,511", P, "2017", Q]


def test_a_heading_element_of_only_figures_is_a_line() -> None:
    doc = read(page(f"<h2>一、稳增长</h2><p>{P}</p><h2>2,318</h2><p>{Q}</p>"), "n.html")
    assert headings(doc) == [("一、稳增长", 1)]
    assert body(doc) == [P, "2,318", Q]


# ------------------------------------------------------------------ hidden elements


def test_hidden_elements_are_not_text() -> None:
    jam = "<span style='display:none'>7 ^( C) X- g  o\" e</span>"
    tip = "<div class='tip' style='position: absolute; display: none'><p>下载附件</p></div>"
    html = (  # a forum post: lines after <br>, each opened by a hidden jammer string
        f"<div class='t_f'><font>{jam}　　{P}<br />\r\n{jam}<br />\r\n"
        f"{jam}<strong><font size='4'>一、农业结构调整</font></strong><br />\r\n"
        f"{jam}　　{Q}<img src='a.jpg'>{tip}<br />\r\n{jam}<br />\r\n"
        f"{jam}<strong><font size='4'>二、农业基础支撑</font></strong><br />\r\n"
        f"{jam}　　{P}<span hidden>隐藏</span></font></div>"
    )
    doc = read(page(html), "thread.html")
    assert headings(doc) == [("一、农业结构调整", 1), ("二、农业基础支撑", 1)]
    assert body(doc) == [P, Q, P]


def test_elements_the_style_sheet_hides_are_not_text_unless_only_in_a_media_rule() -> None:
    css = (
        "<style>/* Discuz */ .t_f font.jammer, .sr-only { display: none !important }"
        " .tip{visibility:hidden} @media (max-width: 600px) { .wide { display:none } }</style>"
    )
    jam = "<font class='jammer'>7 ^( C) X- g</font>"
    html = (
        f"{css}<div class='t_f'><p>{jam}{P}<span class='sr-only'>跳过导航</span></p>"
        f"<p class='wide'>{Q}<span class='tip'>下载附件</span></p>"
        f"<p><font class='jammer'>{P * 6}</font></p></div>"  # too long to be a jammer: kept
    )
    doc = read(page(html), "hidden.html")
    assert body(doc) == [P, Q, P * 6]


# ------------------------------------------------------------------ forum threads


def test_a_forum_threads_replies_are_not_its_article() -> None:
    def post(n: int, message: str) -> str:  # Discuz!: each post's message in a cell
        return (
            f"<div id='post_{n}'><table id='pid{n}'><tr><td><div><div><div><table><tr>"
            f"<td id='postmessage_{n}'>{message}</td></tr></table></div></div></div></td></tr>"
            "</table></div>"
        )

    first = (
        f"<font>　　{P * 3}<br />\r\n<br />\r\n<strong><font size='4'>一、农业结构调整</font>"
        f"</strong><br />\r\n　　{Q * 3}<br />\r\n<br />\r\n<strong><font size='4'>二、农业基础支撑"
        f"</font></strong><br />\r\n　　{P * 3}</font>"
    )
    html = (
        f"<div id='postlist'>{post(1, first)}{post(2, '好政策！关键看能不能落到实处。')}"
        f"{post(3, '支持楼主，已收藏。')}</div>"
    )
    doc = read(page(html), "thread.html")
    assert headings(doc) == [("一、农业结构调整", 1), ("二、农业基础支撑", 1)]
    assert body(doc) == [P * 3, Q * 3, P * 3]
    assert paragraphs(doc, "table") == []  # the replies' cells


# ------------------------------------------------------------------ editor ornaments


def test_editor_ornaments_are_not_body() -> None:
    html = (
        "<section class='_135editor'><section><section><span>点击蓝字</span></section>"
        "<span>关注我们</span></section></section><p><br/></p>"
        f"<p style='text-indent:2em'><span>{P}</span></p>"
        f"<p style='text-indent:2em'><span>{Q}</span></p>"
        "<section class='_135editor'><section><span>— END —</span></section></section>"
        "<p><span>-THE END-</span></p>"
    )
    doc = read(page(html), "news.html")
    assert body(doc) == [P, Q]


def test_credit_lines_parted_by_line_breaks_are_read_each_alone() -> None:
    html = (
        f"<p>{P}</p><p>{Q}</p>"
        "<p style='text-align:right'><span>文字：宣传部　张立<br/>图片：学生记者团　李想<br/>"
        "编辑：刘畅　　审核：陈明</span></p>"
    )
    doc = read(page(html), "news.html")
    # the credits the segmenter knows are metadata; 文字： (not a label it knows) stays
    assert body(doc) == [P, Q, "文字：宣传部张立"]
    assert meta(doc) == [("credit", "学生记者团李想"), ("editor", "刘畅"), ("editor", "陈明")]


# ------------------------------------------------------------------ style-sheet bold


def test_a_div_made_bold_by_the_style_sheet_is_a_subhead() -> None:
    style = (
        "<style>#Content div { font-size: 16px; }"
        "#Content .subtitle { font-weight: bold; color: #0b3e7c; }</style>"
    )
    html = (
        f"<div id='Content'><div>　　{P}</div><div><br /></div>"
        "<div class='subtitle'>稳外贸　引外资</div>"
        f"<div>　　{Q}</div><div><br /></div>"
        "<div class='subtitle'>自贸区：加快商签协定</div>"
        f"<div>　　{P}</div></div>"
    )
    doc = read(page(html).replace(b"</head>", style.encode() + b"</head>"), "divs.html")
    assert headings(doc) == [("稳外贸引外资", 1), ("自贸区：加快商签协定", 1)]
    assert body(doc) == [P, Q, P]
