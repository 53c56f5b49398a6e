"""Web-page layouts of the eighth made set (issue 19): a news article with the site's
furniture among its paragraphs, a document-sharing page of pdf2htmlEX lines, a 2005
table layout, a live timeline and a press transcript on a single-page app.

eval/data/realdocs-made8 holds the pages (eval/make_realdocs8_pages.py) and their
gold (read against it in test_realdocs_layouts.py); each test here builds a small
page that pins one rule.
"""

from __future__ import annotations

from test_made7_html import body, meta
from test_readers import headings, paragraphs, read
from test_realdocs_layouts import P, page

from zhbrief.segmentation.metadata import closing_line, parse_meta

Q = "我们要坚定不移扩大对外开放，在开放中增强发展新动能、增添改革新动力、增创竞争新优势。"

# ------------------------------------------------------------------ pdf2htmlEX lines

PDF_CSS = (
    "<style>.t{position:absolute;white-space:pre}"
    ".x1{left:100.0px;}.x2{left:130.0px;}.x3{left:300.0px;}"
    ".y1{bottom:1200.0px;}.y2{bottom:1100.0px;}.y3{bottom:1050.0px;}.y4{bottom:1000.0px;}"
    ".y5{bottom:950.0px;}.y6{bottom:900.0px;}.y7{bottom:850.0px;}.y8{bottom:800.0px;}"
    ".y9{bottom:750.0px;}.ya{bottom:700.0px;}.yb{bottom:60.0px;}"
    ".fs0{font-size:80.0px;}.fs1{font-size:96.0px;}.fs2{font-size:120.0px;}"
    ".fs3{font-size:60.0px;}</style>"
)


def line(x: str, y: str, fs: str, text: str, ff: str = "ff1") -> str:
    return f"<div class='t m0 {x} h2 {y} {ff} {fs} fc0 sc0 ls0 ws0'>{text}</div>"


def printed(text: str, ys: list[str], fs: str = "fs0", indent: str = "x2") -> str:
    """A paragraph printed as lines of 20 characters at the heights ``ys``, its
    first line indented (18 characters)."""
    cuts = [0, 18, *range(38, len(text), 20), len(text)]
    xs = [indent] + ["x1"] * len(ys)
    return "".join(
        line(x, y, fs, text[a:b]) for x, y, a, b in zip(xs, ys, cuts, cuts[1:], strict=False)
    )


def pdf_page(n: int, lines: str) -> str:
    return (
        f"<div id='pf{n}' class='pf w0 h0' data-page-no='{n}'><div class='pc pc{n} w0 h0'>"
        f"{line('x3', 'y1', 'fs3', '某某研究室学习资料')}{lines}"
        f"{line('x3', 'yb', 'fs3', f'- {n} -')}</div></div>"
    )


def test_pdf2htmlex_lines_are_read_as_a_pdfs_paragraphs_and_headings() -> None:
    first = (
        line("x3", "y2", "fs2", "民生工作")  # the printed title, over two lines
        + line("x3", "y3", "fs2", "学习材料")
        + line("x1", "y4", "fs1", "一、就业和教育", ff="ff2")
        + printed(P + Q, ["y5", "y6"])  # runs on over the page break
    )
    second = (
        line("x1", "y2", "fs0", (P + Q)[38:58])
        + line("x1", "y3", "fs0", (P + Q)[58:78])
        + line("x1", "y4", "fs0", (P + Q)[78:])
        + line("x1", "y5", "fs1", "二、医疗和社保", ff="ff2")
        + printed(P, ["y6", "y7", "y8"])
        + printed(Q, ["y9", "ya"])  # a paragraph at an indented line, a full line before
    )
    html = f"{PDF_CSS}<div id='page-container'>{pdf_page(1, first)}{pdf_page(2, second)}</div>"
    doc = read(page(html, "民生工作学习材料 - 某某文库", "<h1>民生工作学习材料</h1>"), "wk.html")
    assert doc.title is not None and doc.title.zh == "民生工作学习材料"
    assert headings(doc) == [("一、就业和教育", 1), ("二、医疗和社保", 1)]
    assert body(doc) == [P + Q, P, Q[:38]]  # no header, no page numbers, lines joined


def test_pdf2htmlex_headings_in_a_font_of_their_own_without_sizes() -> None:
    lines = (
        line("x1", "y1", "fs0", "一、总体要求", ff="ff2")
        + printed(P, ["y2", "y3", "y4"])
        + printed(Q, ["y5", "y6", "y7"])
        + line("x1", "y8", "fs0", "二、主要任务", ff="ff2")
        + printed(P, ["y9", "ya", "yb"])
    )
    html = (
        f"<style>.t{{position:absolute}}</style><div class='pf'><div class='pc'>{lines}</div></div>"
    )
    doc = read(page(html, "学习材料 - 某某文库", "<h1>学习材料</h1>"), "wk.html")
    assert headings(doc) == [("一、总体要求", 1), ("二、主要任务", 1)]
    assert body(doc) == [P, Q, P]


# ------------------------------------------------------------------ single-page apps


def test_a_templates_inert_content_is_not_read() -> None:
    html = (
        f"<div class='content'><p>{P}</p><p>{Q}</p></div><template id='tpl'>"
        "<div class='summary'><h2>发布会要点速览</h2>"
        "<p>【要点】今年改革聚焦简政放权、投融资、价格等六大领域。</p>"
        "</div></template>"
    )
    doc = read(page(html, "发布会_某某发布", "<h1>发布会</h1>"), "spa.html")
    assert body(doc) == [P, Q]


def test_a_tab_bars_labels_are_not_text() -> None:
    html = (
        "<div class='tabs'><ul class='tab-nav'><li class='active'>文字实录</li><li>图片直播</li>"
        f"<li>相关报道</li></ul><div class='tab-pane'><p>{P}</p><p>{Q}</p></div></div>"
        "<ul role='tablist'><li>全文</li><li>摘要</li></ul>"
    )
    doc = read(page(html, "发布会_某某发布", "<h1>发布会</h1>"), "spa.html")
    assert body(doc) == [P, Q]


def test_a_label_before_the_h1_in_the_title_is_not_the_title() -> None:
    html = f"<div class='content'><p>{P}</p><p>{Q}</p></div>"
    doc = read(
        page(html, "文字实录｜市政府新闻发布会 - 某某发布", "<h1>市政府新闻发布会</h1>"), "t.html"
    )
    assert doc.title is not None and doc.title.zh == "市政府新闻发布会"


def test_a_dl_of_fields_under_a_label_is_the_pages_record() -> None:
    box = (
        "<dl><dt>发布会信息</dt><dd>时间：2015年3月12日 10:00</dd>"
        "<dd>地点：市政府新闻发布厅</dd><dd>发布人：市政府研究室主任 王建国</dd></dl>"
    )
    html = f"<div class='detail'><h1>市政府新闻发布会</h1>{box}<p>{P}</p><p>{Q}</p></div>"
    doc = read(page(html, "市政府新闻发布会_某某发布"), "d.html")
    assert body(doc) == [P, Q] and paragraphs(doc, "table") == []
    assert doc.source.metadata is not None
    assert dict(doc.source.metadata)["地点"] == "市政府新闻发布厅"


# ------------------------------------------------------------------ 2005-era pages


def test_a_title_shown_in_a_cell_after_the_sites_name_in_the_title_tag() -> None:
    html = (
        "<table><tr><td class='title'><font size='4'><b>2013年主要预期目标（摘编）</b></font>"
        "</td></tr>"
        f"<tr><td id='zoom'><p>{P * 3}</p><p>{Q * 3}</p></td></tr></table>"
    )
    doc = read(page(html, "某某市发展和改革委员会--2013年主要预期目标（摘编）"), "old.html")
    assert doc.title is not None and doc.title.zh == "2013年主要预期目标（摘编）"


# ------------------------------------------------------------------ furniture in the article


def test_a_labelled_link_paragraph_is_not_text() -> None:
    html = (
        f"<div class='article'><p>{P}</p><p><strong>延伸阅读：</strong>"
        "<a href='/n/1.htm'>看病难、看病贵怎么破？听听基层医生怎么说</a></p>"
        f"<p>相关链接：<a href='/n/2.htm'>政府工作报告全文</a></p><p>{Q}</p></div>"
    )
    doc = read(page(html, h1="<h1>数字乡村的新变化</h1>"), "n.html")
    assert body(doc) == [P, Q]


def test_a_video_and_its_title_are_not_text() -> None:
    html = (
        f"<div class='article'><p>{P}</p><div class='video-box'><video src='v.mp4'>"
        "您的浏览器不支持视频播放，请升级浏览器。</video>"
        f"<p class='video-title'>【视频】一分钟看懂报告里的民生关键词</p></div><p>{Q}</p></div>"
    )
    doc = read(page(html, h1="<h1>数字乡村的新变化</h1>"), "n.html")
    assert body(doc) == [P, Q]


def test_an_articles_closing_notes_and_disclaimer_are_metadata() -> None:
    html = (
        f"<div class='article'><p>{P}</p><p>{Q}</p>"
        "<p>（原标题：今年民生“账本”这样算 政府工作报告七大关键词解读）</p>"
        "<p>本文来源：某某晚报</p><p>声明：本文仅代表作者观点，不代表某某网立场。</p>"
        "<p>责任编辑：周晓</p></div>"
    )
    doc = read(page(html, h1="<h1>数字乡村的新变化</h1>"), "n.html")
    assert body(doc) == [P, Q]
    assert meta(doc) == [
        ("original_title", "（原标题：今年民生“账本”这样算政府工作报告七大关键词解读）"),
        ("source", "某某晚报"),
        ("disclaimer", "声明：本文仅代表作者观点，不代表某某网立场。"),
        ("editor", "周晓"),
    ]


def test_disclaimer_formulas_close_an_article_and_prose_does_not() -> None:
    assert closing_line("本网转载内容出于传递更多信息之目的，如有侵权请与本网联系。", 0) is not None
    assert closing_line("文章仅代表作者本人观点。", 0) is not None
    assert closing_line("他表示，这一调整不代表政策立场的改变。", 0) is None
    items = parse_meta("文章来源：某某日报", 0, strict=False)  # plain text's lines too
    assert items is not None and [(m.key, m.zh) for m in items] == [("source", "某某日报")]


def test_a_live_pages_credit_line_is_metadata() -> None:
    html = (
        "<ul class='live-list'>"
        "<li><p>本场直播由某某日报、某某日报网联合推出，欢迎在网友互动区留言。</p></li>"
        f"<li><p>{P}</p></li><li><p>{Q}</p></li></ul>"
    )
    doc = read(
        page(html, "图文直播：政府工作报告_直播", "<h1>图文直播：政府工作报告</h1>"), "live.html"
    )
    assert body(doc)[-2:] == [P, Q] and not any("联合推出" in b for b in body(doc))
    assert ("credit", "本场直播由某某日报、某某日报网联合推出，欢迎在网友互动区留言。") in meta(doc)


def test_pdf2html_pages_whose_every_line_repeats_are_read_as_html() -> None:
    """Pages printing the same lines at the same heights (a form repeated page after
    page): nothing is left once running lines go, so the page is read as HTML, not
    refused."""
    line = "我们要坚持稳中求进工作总基调，保持经济运行在合理区间。"
    rows = "".join(f"<div class='t m0 x0 h2 y{j} ff1 fs0'>{line[: 10 + j]}</div>" for j in range(6))
    style = ".x0{left:10px}" + "".join(f".y{j}{{bottom:{800 - 20 * j}px}}" for j in range(6))
    html = f"<style>{style}.fs0{{font-size:16px}}</style>" + f"<div class='pf'>{rows}</div>" * 3
    doc = read(page(html), "repeated.html")
    assert line[:10] in "".join(paragraphs(doc))
