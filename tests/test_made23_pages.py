"""What the twenty-third set's saved web pages (realdocs-made23 l01-l06, made blind)
found in the HTML reader: a news agency's page with its 【纠错】 button and a 图集 and
相关稿件 box inside the content column, a 图解 page whose block numbers are pictures,
a self-media platform's bilingual 特别声明 box inside the article's box. Small cases
are built here."""

from __future__ import annotations

from test_readers import headings, paragraphs, read, squeeze

from zhbrief.document import Document

P1 = "推动简政放权、放管结合、优化服务改革向纵深发展。以敬民之心，行简政之道，切实转变政府职能。"
P2 = "扎实有效去产能。今年要再压减钢铁产能五千万吨左右，退出煤炭产能一点五亿吨以上。"
P3 = "就业是民生之本。坚持实施就业优先战略和更加积极的就业政策，优化就业创业环境。"


def page(body: str, title: str = "政府工作报告学习笔记") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/a'>时政</a></div>"
        f"<h1>{title}</h1>{body}<div class='footer'>关于我们 | 联系我们</div></body></html>"
    ).encode()


def body_text(doc: Document) -> str:
    return squeeze("".join(paragraphs(doc) + paragraphs(doc, "caption")))


# ------------------------------------------------------------------ a news agency's page


def _agency_page(edit: str, box: str) -> bytes:
    """A news agency's content column (its structure kept close to the pages', as the
    extractor takes the whole column only so): the article, then a box with the
    editor's line, a 图集 strip of pictures and a 相关稿件 box, each under an <h2>."""
    article = "".join(f"<p>{p * 4}</p>" for p in (P1, P2, P3))
    pictures = "".join(
        f"<li><img src='/p/{n}.jpg'><p><a href='/p/{n}.htm'>{c}</a></p></li>"
        for n, c in enumerate(("人民大会堂前的清晨", "会场内座无虚席"), 1)
    )
    return (
        "<html><head><meta charset='utf-8'><title>2015年政府工作报告要点摘编_华新网</title>"
        "</head><body><div class='main clearfix'><div class='part-l left'><div id='p-detail'>"
        "<div class='main-aticle'><p style='text-align:center'><strong>三、把改革开放扎实推向"
        f"纵深</strong></p>{article}</div></div>"
        f"<div class='p-right left'><div id='articleEdit'>{edit}</div></div>"
        f"<div class='tuji'><div class='bt'><h2>图集</h2></div><ul>{pictures}</ul></div>"
        f"<div class='about'><div class='bt'><h2>相关稿件</h2></div><ul>{box}</ul></div>"
        "</div></div></body></html>"
    ).encode()


EDITOR = "<span class='editor'>[责任编辑: 程雨桐 ]</span>"
RELATED = "<li><a href='/a/1.htm'>报告中的十个数字</a><span>2015-03-05</span></li>"
BUTTON = "<span><a href='javascript:void(0);' class='advise'>【纠错】</a></span>"


def test_a_script_button_in_brackets_is_not_text() -> None:
    """l01: 【纠错】 is a link that runs a script (``javascript:``), set beside the
    editor's credit; a script link with plain words inside a sentence keeps them."""
    text = body_text(read(_agency_page(BUTTON + EDITOR, RELATED), "agency.html"))
    assert "纠错" not in text and squeeze(P3) in text

    term = "<a href='javascript:void(0)' onclick='term(1)'>营改增</a>"
    html = f"<div class='article'><p>{P1}</p><p>全面推开{term}试点。{P2}</p><p>{P3}</p></div>"
    assert "全面推开营改增试点。" in body_text(read(page(html), "term.html"))


def test_a_box_of_other_articles_under_its_label_is_left_out() -> None:
    """l01: 相关稿件 over a link with its date, and 图集 over pictures the extractor left
    out, <h2> box titles in the content column: neither headings nor text."""
    doc = read(_agency_page(BUTTON, RELATED), "agency.html")  # no editor line to end at
    assert headings(doc) == [("三、把改革开放扎实推向纵深", 1)]
    text = body_text(doc)
    assert "十个数字" not in text and squeeze(P3) in text

    # a section so named that holds prose (背景阅读 over paragraphs) is the text's
    from zhbrief.reading.base import TextBuilder
    from zhbrief.reading.html import _without_related_lists

    out = TextBuilder()
    out.add("heading", "背景阅读", level=1)
    out.add("body", P2)
    assert [b.kind for b in _without_related_lists(out).blocks] == ["heading", "body"]


# ------------------------------------------------------------------ a 图解 page


def test_a_bold_line_under_a_number_picture_is_a_heading_not_a_caption() -> None:
    """l02: each block opens with its number drawn as a picture (alt 01, 02), then a
    centred bold head, an infographic and a paragraph: the head is no caption. A short
    line under a photo is still its caption."""
    blocks = ""
    for n, (head, text) in enumerate(
        (("去产能：压减过剩产能", P2), ("就业创业：完善就业政策", P3)), 1
    ):
        blocks += (
            f"<p style='text-align:center'><img src='/tj/n{n}.png' alt='0{n}'></p>"
            f"<p style='text-align:center'><strong><span style='color:#c00000'>{head}"
            "</span></strong></p>"
            f"<p style='text-align:center'><img src='/tj/g{n}.jpg' alt='钢铁产能压减'></p>"
            f"<p>{text}</p>"
        )
    photo = "<p><img src='/tj/photo.jpg' alt='会场'></p><p>代表们步入会场</p>"
    html = f"<div class='pages_content'><p>{P1}</p>{photo}{blocks}</div>"
    doc = read(page(html, title="图解：今年的重点任务"), "tujie.html")
    assert headings(doc) == [("去产能：压减过剩产能", 1), ("就业创业：完善就业政策", 1)]
    assert paragraphs(doc, "caption") == ["代表们步入会场"]


# ------------------------------------------------------------------ a self-media platform


def test_a_platforms_notice_box_inside_the_article_is_not_text() -> None:
    """l03: the platform's 特别声明 and its English Notice in a box named as a statement
    inside the article's box are the platform's; a box so named holding the article's
    source and editor fields is a credit, kept."""
    notice = (
        "<div class='post_statement'><p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体"
        "平台“云易号”用户上传并发布，本平台仅提供信息存储服务。</p><p>Notice: The content "
        "above is uploaded and posted by a user of YunYi Hao, which only provides "
        "information storage services.</p></div>"
    )
    html = f"<div class='post_body'><p>{P1}</p><p>{P2}</p><p>{P3}</p>{notice}</div>"
    text = body_text(read(page(html), "hao.html"))
    assert "特别声明" not in text and "Notice" not in text and squeeze(P3) in text

    import lxml.html

    from zhbrief.reading.html import drop_site_notices

    tree = lxml.html.fromstring(
        f"<div><p>{P1}</p><p class='art-statement'>（本文来源：东川新闻　编辑：郑雯）</p></div>"
    )
    drop_site_notices(tree)
    assert "郑雯" in tree.text_content()
