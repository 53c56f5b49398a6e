"""Web-page layouts of the ninth made set (issue 19): subheads told only by the style
sheet's class rules or by inline sizes, a closing credit in brackets, a policy page's
compiler's note, a news special of several short articles, and headings whose bold
covers only their number.

eval/data/realdocs-made9 holds the pages (eval/make_realdocs9_pages.py) and their
gold (read against it in test_realdocs_layouts.py); each test here builds a small
page that pins one rule.
"""

from __future__ import annotations

import lxml.html
from lxml import etree
from test_made7_html import body, meta
from test_readers import headings, read
from test_realdocs_layouts import P, page

from zhbrief.config import SegmentConfig
from zhbrief.reading.base import TextBuilder
from zhbrief.reading.css import declared, font_size_px, font_tag_px
from zhbrief.reading.html import restore_headings
from zhbrief.segmentation.blocks import segment_blocks
from zhbrief.segmentation.metadata import closing_line

Q = "我们要坚定不移扩大对外开放，在开放中增强发展新动能、增添改革新动力、增创竞争新优势。"

# ------------------------------------------------------------------ subheads by size


def test_css_font_sizes_in_pixels() -> None:
    assert declared("font-size:20px;color:red;font-size : 1.5em", "font-size") == "1.5em"
    assert declared("line-height:2", "font-size") is None
    assert font_size_px("12pt", None) == 16.0
    assert font_size_px("1.5em", 16.0) == 24.0 and font_size_px("150%", None) is None
    assert font_tag_px("4") == 18.0 and font_tag_px("+1") == 18.0 and font_tag_px("x") is None


def test_subheads_told_by_style_sheet_classes_rank_by_size() -> None:
    style = (
        "<style>.content p{font-size:16px;font-weight:normal}"
        ".content p.title2{font-size:20px;color:#b5121b;text-align:center}"
        ".content p.title3{font-size:17px;color:#1f5ea8}"
        ".content p.img_desc{font-size:14px;text-align:center}"
        ".side-tit{font-size:18px}</style>"
    )
    html = (
        f"{style}<div class='content'><p>{P}</p><p class='img_desc'>学习会现场</p>"
        f"<p class='title2'>一、加强社会建设</p><p>{P}</p>"
        f"<p class='title3'>促进教育公平发展</p><p>{Q}</p>"
        f"<p class='title2'>二、改善民生</p><p>{P}</p><p>{Q}</p></div>"
        "<div class='side'><div class='side-tit'>图说两会</div><ul><li>一</li></ul></div>"
    )
    doc = read(page(html, h1="<h1>学习政府工作报告</h1>"), "c.html")
    # by size, not by numbering: the unnumbered 17px line ranks under the 20px ones
    assert headings(doc) == [("一、加强社会建设", 1), ("促进教育公平发展", 2), ("二、改善民生", 1)]
    assert body(doc) == [P, "学习会现场", P, Q, P, Q]


def test_subheads_by_inline_size_and_font_tag_rank_centred_first() -> None:
    def para(text: str) -> str:
        return f"<p style='text-indent:2em'><span style='font-size:16px'>{text}</span></p>"

    def head1(text: str) -> str:
        return (
            "<p style='text-align:center'><span style='font-size:18px;color:rgb(192,0,0)'>"
            f"{text}</span></p>"
        )

    def head2(text: str) -> str:  # 18px too, but not centred: the lower rank
        return f"<p><font face='楷体_GB2312' size='4' color='#0070c0'>{text}</font></p>"

    html = (
        f"<div class='news'>{para(P)}{head1('一、创新引领')}{para(Q)}{head2('（一）科技创新')}"
        f"{para(P)}{head2('（二）新兴产业')}{para(Q)}{head1('二、深化改革')}{para(P)}"
        "<p style='text-align:right'><span style='font-size:14px'>（集团党群工作部　供稿）</span>"
        "</p></div>"
    )
    doc = read(page(html, "集团学习两会精神-某集团", "<h2>集团学习两会精神</h2>"), "s.html")
    assert headings(doc) == [
        ("一、创新引领", 1),
        ("（一）科技创新", 2),
        ("（二）新兴产业", 2),
        ("二、深化改革", 1),
    ]
    assert body(doc) == [P, Q, P, Q, P]  # the credit is metadata
    assert meta(doc)[-1] == ("credit", "（集团党群工作部供稿）")


def test_larger_lines_without_a_known_body_size_are_not_subheads() -> None:
    html = (
        "<style>.big{font-size:20px}</style><div class='content'>"
        f"<p>{P}</p><p class='big'>一段放大的引语</p><p>{Q}</p><p>{P}</p></div>"
    )
    doc = read(page(html, h1="<h1>学习政府工作报告</h1>"), "c.html")
    assert headings(doc) == []  # the text's own size is not on the page


# ------------------------------------------------------------------ partial bold


def test_a_numbered_line_whose_bold_covers_its_number_is_a_heading() -> None:
    html = (
        "<div class='content'>"
        f"<p><strong>一、</strong>加快转变经济发展方式，促进经济持续健康发展。</p><p>{P}</p>"
        f"<p><strong>二、强化农业农村发展基础，</strong>推动城乡发展一体化。</p>"
        f"<p><strong>（一）</strong>就业和社会保障：</p>"
        f"<p><strong>千方百计扩大就业。</strong>{P}</p><p>{Q}</p></div>"
    )
    doc = read(page(html, h1="<h1>学习辅导</h1>"), "b.html")
    assert headings(doc) == [
        ("一、加快转变经济发展方式，促进经济持续健康发展。", 1),
        ("二、强化农业农村发展基础，推动城乡发展一体化。", 1),
        ("（一）就业和社会保障：", 2),
    ]
    assert body(doc) == [P, "千方百计扩大就业。" + P, Q]  # a bold run-in lead is body


# ------------------------------------------------------------------ closing credits


def test_closing_credits_in_brackets_and_a_compilers_note() -> None:
    line = closing_line("（供稿：党委宣传部　文/韩青　审核：周立）", 0)
    assert line is not None and [(m.key, m.zh) for m in line] == [
        ("source", "（供稿：党委宣传部　文/韩青　审核：周立）")
    ]
    line = closing_line("（集团党群工作部 供稿）", 0)
    assert line is not None and line[0].key == "credit"
    line = closing_line("（本文由某某研究中心宏观经济研究所整理，仅供学习参考）", 0)
    assert line is not None and line[0].key == "credit"
    assert closing_line("（这是本文的一点说明）", 0) is None
    assert closing_line("（本文由三部分组成，各部分相互衔接。）", 0) is None


def test_an_articles_credit_in_brackets_is_metadata() -> None:
    html = (
        f"<div class='content'><p>{P}</p><p>{Q}</p>"
        "<p class='arti_source'>（供稿：党委宣传部　文/韩青　审核：周立）</p></div>"
    )
    doc = read(page(html, h1="<h1>学习政府工作报告</h1>"), "c.html")
    assert body(doc) == [P, Q]


# ------------------------------------------------------------------ a news special


def test_a_source_line_under_an_articles_heading_is_metadata() -> None:
    out = TextBuilder()
    for kind, text, level in [
        ("title", "聚焦政府工作报告", 0),
        ("heading", "简政放权", 1),
        ("body", "来源：海州日报　2014-03-06", 0),
        ("body", P, 0),
        ("heading", "会议安排", 1),
        ("body", "时间：2014年3月5日", 0),  # not a byline: the text's own
        ("body", Q, 0),
    ]:
        out.add(kind, text, level)
    doc = segment_blocks(out.text(), out.blocks, SegmentConfig())
    assert [m.key for m in doc.metadata] == ["source"]
    paras = [p.sentences[0].zh for sec in doc.sections for p in sec.paragraphs]
    assert paras == [P, "时间：2014年3月5日", Q]


def test_headings_dropped_over_a_line_two_articles_share_are_put_back_in_order() -> None:
    def article(title: str, text: str) -> str:
        return (
            f"<div class='zt-art'><h2><a href='/a.html'>{title}</a></h2>"
            f"<p class='art-info'>来源：海州日报　2014-03-06</p><div class='art-body'><p>{text}</p>"
            "</div></div>"
        )

    site = lxml.html.fromstring(f"<div>{article('简政放权', P)}{article('对外开放', Q)}</div>")
    # the extractor kept the shared 来源 line once and dropped the headings (links)
    root = etree.fromstring(
        f"<doc><main><p>来源：海州日报 2014-03-06</p><p>{P}</p><p>{Q}</p></main></doc>"
    )
    restore_headings(root, site)
    assert [(el.tag, el.text[:4]) for el in root.find("main")] == [
        ("head", "简政放权"),
        ("p", "来源：海"),
        ("p", P[:4]),
        ("head", "对外开放"),
        ("p", Q[:4]),
    ]


def test_a_side_boxs_list_of_pictures_and_captions_is_left_out() -> None:
    html = (
        f"<div class='content'><p>{P}</p><p>{Q}</p><p>{P}</p></div>"
        "<div class='side'><ul class='pics'>"
        "<li><img src='p1.jpg' alt=''><p>代表委员步入会场</p></li>"
        "<li><img src='p2.jpg' alt=''><p>代表团分组审议现场</p></li></ul></div>"
    )
    doc = read(page(html, h1="<h1>聚焦政府工作报告</h1>"), "zt.html")
    assert not [p for p in body(doc) if "会场" in p or "现场" in p]
