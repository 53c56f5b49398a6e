"""What the twenty-second set's saved web pages (realdocs-made22 j01-j06, made blind)
found in the HTML reader: a WeChat head ruled off by a border, pictures whose
addresses name no file, a blog's content box named for ads, paragraphs written as
``<div>``s, a forum thread continued by its starter, lines typed into a post box, a
blog post's signature box, a media site's reprint notes. The pages are the set's own;
small cases are built here too."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from test_readers import headings, paragraphs, read, squeeze

from zhbrief.document import Document

MADE22 = Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made22"
P1 = "推动简政放权、放管结合、优化服务改革向纵深发展。以敬民之心，行简政之道，切实转变政府职能。"
P2 = "扎实有效去产能。今年要再压减钢铁产能五千万吨左右，退出煤炭产能一点五亿吨以上。"
P3 = "就业是民生之本。坚持实施就业优先战略和更加积极的就业政策，优化就业创业环境。"


def page(body: str, title: str = "政府工作报告学习笔记", head: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/a'>时政</a></div>"
        f"<h1>{title}</h1>{body}<div class='footer'>关于我们 | 联系我们</div></body></html>"
    ).encode()


def body_text(doc: Document) -> str:
    return squeeze("".join(paragraphs(doc) + paragraphs(doc, "caption")))


def norm(s: str) -> str:
    """As the shared scorer compares texts: NFKC, no whitespace."""
    return squeeze(unicodedata.normalize("NFKC", s))


# ------------------------------------------------------------------ WeChat's editors


def test_a_bold_head_ruled_off_by_a_border_is_a_heading() -> None:
    """j01: the 135 editor's section head is a bold line with a border under it (and a
    PART.01 badge over it); the extractor takes a bordered element for a side box."""
    head = (
        "<section style='text-align:center'><section style='display:inline-block'>"
        "<section style='color:#fff'><span>PART.01</span></section>"
        "<section style='padding:6px;border-bottom:2px solid #b7181f'>"
        "<strong><span style='font-size:17px'>深化重要领域和关键环节改革</span></strong>"
        "</section></section></section>"
    )
    html = (
        f"<div id='js_content'><section><span>{P1}</span></section>{head}"
        f"<section><span>{P2}</span></section><section><span>{P3}</span></section></div>"
    )
    doc = read(page(html), "wechat.html")
    assert headings(doc) == [("深化重要领域和关键环节改革", 1)]
    assert squeeze(P2) in body_text(doc)


def test_a_bordered_box_of_text_is_still_left_to_the_extractor() -> None:
    """Only a bold heading-like line loses its border: a bordered paragraph of text
    keeps it (the rule does not unwrap side boxes)."""
    import lxml.html

    from zhbrief.reading.html import unruled_subheads

    tree = lxml.html.fromstring(
        "<div><p style='border:1px solid #ccc'><b>相关阅读</b></p>"
        f"<p style='border:1px solid #ccc'>{P1}</p></div>"
    )
    unruled_subheads(tree)
    styles = [p.get("style") for p in tree.iter("p")]
    assert "border" not in styles[0] and "border" in styles[1]


def test_a_pictures_credit_under_a_picture_whose_address_names_no_file_is_a_caption() -> None:
    """j01/j05: a picture saved as ./page_files/640(1) with data-src ?wx_fmt=jpeg, or
    inlined as a data: URI, is still a picture: the line under it is its caption, and a
    labelled credit caption goes to the metadata."""
    for img in (
        "<img data-src='https://mmbiz.example/640?wx_fmt=jpeg' src='./page_files/640(1)'>",
        "<img src='data:image/png;base64,iVBORw0KGgo='>",
    ):
        html = (
            f"<div class='content'><p><b>一、简政放权</b></p><p>{P1}</p>"
            f"<section style='text-align:center'>{img}"
            f"</section><p class='img-desc'>图片来源：视觉中国</p><p>{P2}</p><p>{P3}</p></div>"
        )
        doc = read(page(html), "pic.html")
        assert "图片来源" not in body_text(doc)
        assert any(m.key == "credit" for m in doc.metadata)
        assert squeeze(P2) in body_text(doc)


# ------------------------------------------------------------------ old blogs


def test_a_content_box_named_for_ads_that_holds_the_text_is_kept() -> None:
    """j03: 新浪博客's content box is id=sina_keyword_ad_area2 (a keyword-ad script's
    target): a box holding an article's length is the text, whatever its name; a
    short box so named is still an ad."""
    html = (
        "<div id='sina_keyword_ad_area2' class='articalContent'>"
        f"<p>{P1 * 5}</p><p>{P2 * 5}</p><p>{P3 * 5}</p></div>"
        "<div class='ad_box'>东川装修季｜全包套餐限时特惠</div>"
    )
    text = body_text(read(page(html), "blog.html"))
    assert squeeze(P2 * 5) in text
    assert "全包套餐" not in text


def test_divs_of_text_among_paragraphs_are_paragraphs() -> None:
    """j03: IE's editor wrote some of a text's paragraphs as bare <DIV>s among its <P>s,
    each indented by &nbsp;<WBR> runs; the extractor drops a div of text. A named box
    among them (an editor's credit) is left to the extractor."""
    indent = "&nbsp;<WBR>" * 4
    html = (
        "<DIV class=articalContent>"
        f"<P><FONT color=#c00000 size=4><STRONG>一、把改革开放扎实推向纵深</STRONG></FONT></P>"
        f"<P>{indent}{P1}</P><P>{indent}<STRONG>（一）简政放权</STRONG></P>"
        f"<DIV>{indent}{P2}</DIV><P>{indent}{P3}</P>"
        "<DIV class=edit>（责编：张明、刘芳）</DIV></DIV>"  # a named box: the site's
    )
    doc = read(page(html), "ie.html")
    assert headings(doc) == [("一、把改革开放扎实推向纵深", 1), ("（一）简政放权", 2)]
    assert [squeeze(p) for p in paragraphs(doc)] == [squeeze(P1), squeeze(P2), squeeze(P3)]


def test_a_signature_box_marked_contentinfo_is_not_text() -> None:
    """j06: 博客园's MySignature (作者/出处/版权声明) is marked role=contentinfo, ARIA's
    landmark for what the page says about itself."""
    html = (
        f"<div id='post_body'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
        "<div id='MySignature' role='contentinfo'><p>作者：晓风<br>出处：https://blog.example/"
        "<br>本文版权归作者所有，欢迎转载，但未经作者同意必须保留此段声明。</p></div>"
    )
    text = body_text(read(page(html), "post.html"))
    assert squeeze(P3) in text and "本文版权归作者" not in text and "出处" not in text


def test_a_media_sites_reprint_notes_at_the_texts_ends_are_left_out() -> None:
    """j05: 编者按：本文来自微信公众号…经授权发布 opens the text and 本文由「…」原创出品，
    转载请联系出品方 closes it: the site's notes. The same words inside the text stay."""
    inner = "有人问，本文来自哪里？" + P2  # long, and not at an end
    html = (
        "<div class='content'><p>编者按：本文来自微信公众号“某某观察”，作者：林远，经授权发布。</p>"
        f"<p>{P1}</p><p>{inner * 2}</p><p>{P3}</p>"
        "<p>本文由「某某观察」原创出品，转载请联系出品方。</p></div>"
    )
    text = body_text(read(page(html), "media.html"))
    assert "编者按" not in text and "原创出品" not in text
    assert squeeze(inner * 2) in text and squeeze(P3) in text


# ------------------------------------------------------------------ forum threads


def _post(n: int, author: str, content: str, box: str = "post_content_{}") -> str:
    return (
        f"<div class='l_post'><div class='d_author'><a href='/home/{author}'>{author}</a></div>"
        f"<div id='{box.format(1000 + n)}' class='d_post_content'>{content}</div>"
        f"<div class='p_tail'><span>{n}楼</span></div></div>"
    )


REPLY = "沙发！楼主辛苦了。我们村那条土路终于有盼头了，希望今年的好政策都能落到实处，日子越过越好。"


@pytest.mark.parametrize("box", ["post_content_{}", "postmessage_{}"])
def test_the_thread_starters_later_posts_go_on_with_the_article(box: str) -> None:
    """j02: the starter goes on in 3楼 (接上楼); 2楼 is another user's 沙发. The
    starter's posts are the article (贴吧's post_content_N boxes, Discuz!'s
    postmessage_N), the others' replies are not."""
    html = (
        "<div class='p_postlist'>"
        + _post(1, "江畔听风", f"{P1}<br>{P2}", box)
        + _post(2, "东川小吃货", REPLY, box)
        + _post(3, "江畔听风", f"接上楼<br><br>{P3}<br>{P1}", box)
        + "</div>"
    )
    text = body_text(read(page(html), "thread.html"))
    assert squeeze(P3) in text and "接上楼" in text
    assert "沙发" not in text and "土路" not in text


def test_lines_typed_into_a_post_are_paragraphs_and_numbered_lines_are_heads() -> None:
    """j02: a post's text is lines parted by single <br>s; a line ending a sentence ends
    its paragraph and a short typed 一、 line (not bold) is a section head."""
    content = (
        f"刚看完直播，整理了一下。<br><br>一、推动重要领域改革<br>{P1}<br>{P2}"
        f"<br>二、统筹做好民生工作<br>{P3}"
    )
    doc = read(page(_post(1, "江畔听风", content)), "post.html")
    assert headings(doc) == [("一、推动重要领域改革", 1), ("二、统筹做好民生工作", 1)]
    assert [squeeze(p) for p in paragraphs(doc)][-3:] == [squeeze(P1), squeeze(P2), squeeze(P3)]
