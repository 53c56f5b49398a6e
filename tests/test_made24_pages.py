"""What the twenty-fourth set's saved web pages (realdocs-made24 n01-n06, made blind)
found in the HTML reader: a finance site's article whose rest a subscription wall
folds into a hidden box, a portal's call to its forum under the text, a side column's
box titled 广告位, and a site footer in a one-cell layout table. Small cases are
built here."""

from __future__ import annotations

from test_made22_pages import P1, P2, P3, page
from test_readers import headings, paragraphs, read, squeeze

from zhbrief.document import Document

P4 = (
    "深入推进国企国资改革。要以提高核心竞争力和资源配置效率为目标，形成有效制衡的公司法人治理结构。"
)
P6 = "促进外贸继续回稳向好。落实和完善进出口政策，推动优进优出。扩大出口信用保险覆盖面。"
P5 = "大力优化外商投资环境。修订外商投资产业指导目录，进一步放宽服务业、制造业、采矿业外资准入。"


def body_text(doc: Document) -> str:
    return squeeze("".join(paragraphs(doc)))


# ------------------------------------------------------------------ a paywall's fold

WALL = (
    "<div class='wall'><p>您已阅读28%（1078字），剩余72%包含更多重要信息，订阅以继续阅读</p>"
    "<a href='/pay'>订阅</a> <a href='/login'>已订阅？登录</a></div>"
)


def folded(more_attrs: str) -> bytes:
    return page(
        "<div id='content'>"
        f"<div id='Main_Val' class='text'><p>{P1}</p><p>{P2}</p></div>{WALL}"
        f"<div id='Main_Val_more' class='text content-hide' {more_attrs}>"
        f"<p>{P3}</p><p><b>国企国资：以提高核心竞争力为目标</b></p><p>{P4}</p><p>{P5}</p><p>{P6}</p><p>{P6}{P3}</p></div>"
        "</div><div class='editor'>责任编辑：王晓蕾</div>"
    )


def test_paywall_fold_reads_on_as_the_article():
    doc = read(folded("style='display: none;'"), "fold.html")
    body = body_text(doc)
    for p in (P1, P2, P3, P4, P5, P6):
        assert squeeze(p) in body
    assert body.index(squeeze(P2)) < body.index(squeeze(P3)) < body.index(squeeze(P5))
    assert "您已阅读" not in body
    assert headings(doc) == [("国企国资：以提高核心竞争力为目标", 1)]
    check_tab_panes_stay_hidden()


def check_tab_panes_stay_hidden() -> None:
    """Two hidden panes beside the shown one are tabs, whatever they hold."""
    panes = "".join(
        f"<div class='tab-pane' style='display:none'><p>{a}</p><p>{b}</p><p>{a}{b}</p></div>"
        for a, b in ((P4, P5), (P5, P4))
    )
    body = f"<div class='tab-pane'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>{panes}"
    doc = read(page(f"<div class='tab-content'>{body}</div>"), "tabs.html")
    text = body_text(doc)
    assert squeeze(P3) in text
    assert squeeze(P4) not in text and squeeze(P5) not in text


# ------------------------------------------------------------------ a call to the forum


def test_forum_call_under_the_article_is_dropped():
    body = (
        f"<div id='artibody'><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
        "<p>　　进入【<a href='http://guba.example/'>某某财经股吧</a>】讨论</p></div>"
    )
    doc = read(page(body), "forum.html")
    text = body_text(doc)
    assert squeeze(P3) in text
    assert "股吧" not in text


# ------------------------------------------------------------------ a box titled 广告位


def test_box_titled_as_an_advertisement_is_dropped():
    body = (
        f"<div class='main'><div class='content'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"
        "<div class='box'><h5>广告位</h5><div class='content'><a href='/ad'>"
        "<img src='/ad.jpg' alt='广告'></a><p>广告位招商 联系电话：0791-86123345</p>"
        "</div></div></div>"
    )
    doc = read(page(body), "ad.html")
    text = body_text(doc)
    assert squeeze(P3) in text
    assert "广告位招商" not in text


# ------------------------------------------------------------------ a one-cell footer table


def test_one_cell_table_is_a_layout_band():
    """A page's footer band set as a table of one cell (帝国CMS's copyright row) is laid
    out as a box, so its copyright line reads as a line the metadata knows."""
    from lxml import html as lxml_html

    from zhbrief.reading.html import unwrap_layout_tables

    tree = lxml_html.fromstring(
        "<div><table width='960'><tr><td align='center'>版权所有：东川省进出口商会"
        "<br>东ICP备08001234号</td></tr></table>"
        "<table><tr><th>指标</th><th>数值</th></tr><tr><td>出口</td><td>3.2%</td></tr></table></div>"
    )
    unwrap_layout_tables(tree)
    assert [t.tag for t in tree] == ["div", "table"]
    assert tree[0][0][0].text.startswith("版权所有")


# ------------------------------------------------------------------ what a review found


def test_a_section_named_like_an_ad_box_with_prose_stays() -> None:
    """推广 over paragraphs of prose (a report on 农业技术推广) is the text's section."""
    html = f"<div><p>{P1}</p></div><div><h2>推广</h2><p>{P2}</p><p>{P3}</p></div>"
    doc = read(page(html), "t.html")
    assert ("推广", 1) in headings(doc) and squeeze(P2) in body_text(doc)


def test_a_hidden_comments_box_beside_the_article_is_not_its_rest() -> None:
    """A hidden box of readers' comments sharing a class with the article stays out."""
    comment = "专家认为，推进产业转型升级需要久久为功，既要加大技术改造投入，也要完善人才机制。" * 3
    html = (
        "<html><head><meta charset='utf-8'></head><body><h1>东川省经济运行分析</h1>"
        f"<div class='box content'><p>{P1}</p><p>{P2}</p></div>"
        f"<div class='box comments' style='display:none'><p>网友甲：{comment}</p>"
        f"<p>网友乙：{comment}</p></div></body></html>"
    )
    doc = read(html.encode(), "c.html")
    assert "网友甲" not in body_text(doc) and squeeze(P2) in body_text(doc)
