# ruff: noqa: E501  (HTML templates of the made pages are kept on one line each)
"""Make the web pages of ``realdocs-made17`` (a07-a12) and their gold annotations.

Development data for the HTML reader, a seventeenth set: six pages written after the
layout of kinds of Chinese sites (markup from general knowledge of how such sites are
built, not copied from any page; site names, people, places and addresses are made
up), each rich in boilerplate inside and around the article container, with body text
taken only from the government work reports 2013-2017
(``../shared/data/gov-work-reports``, whole paragraphs). The gold of each page is
written by this script from what it put on the page, as a reader reads it in a
browser, before and independent of any reader output (helpers and self-checks from
``make_realdocs2_pages.py``):

- ``a07_gov_policy_interpretation.html``: a provincial government portal's 政策解读
  page (UTF-8 with a BOM, TRS-like classes): 无障碍/长者模式/繁體 top links, search,
  navigation, breadcrumb 当前位置：首页 > 政务公开 > 政策解读, the 信息公开 索引号 table,
  the title an ``<h1>``, 发布时间/来源/浏览次数/【字体：大 中 小】/【打印】【关闭】 line;
  bold ``一、`` paragraphs (level 1), ``（一）`` bold run-in leads inside paragraphs (not
  headings); inside the article container the 附件 list; 相关链接, share and 扫一扫在手机打开
  当前页 with a QR image, footer with 主办/承办/网站标识码/ICP/公网安备 and 政府网站找错;
- ``a08_news_portal_article.html``: a national news portal's article: ``<h1>``
  headline, 副题 in ``<h4 class="sub">``, time/来源/编辑 line, dateline lead,
  ``<p><strong>`` subheads (level 1), a photo with 图为…新华社记者…摄-style caption,
  an inline 延伸阅读 box with three links and 【责任编辑】 inside the article div; share
  bar, 相关新闻, 热点推荐 sidebar, 网友评论 with two comments, footer;
- ``a09_wiki_entry.html``: a MediaWiki-based encyclopedia entry: ``<h1>`` entry name,
  siteSub/contentSub lines, a hatnote, an infobox table, two lead paragraphs, the TOC
  box (its 目录 an ``<h2>``), ``<h2>``/``<h3>`` sections (levels 1/2) with ``[编辑]``
  links, citation marks ``[n]``, 参见/参考资料/外部链接 ``<h2>`` sections (no article
  sections: not headings, their lists not body), a navbox, 页面分类, 词条标签, 本词条由…编辑/浏览次数/最近更新;
- ``a10_gov_table_layout_gb2312.html``: a county government site of the old kind,
  GB2312 under ``charset=gb2312``: nested tables, left column menu, 您现在的位置, the
  title in ``<td class="title">``, 发布日期/来源/点击数/【字号】 line, the body in one
  ``td`` as ``<p>`` paragraphs and then ``<br>``-separated lines, centred bold
  ``一、`` subheads (level 1), 【责任编辑】, 【打印本页】【关闭窗口】, 上一篇/下一篇, footer table;
- ``a11_mobile_news.html``: a news app's mobile page (m.… style): 打开APP阅读 banner,
  ``<h1>`` headline, author avatar line with + 关注, the article as ``<section>``
  wrappers with ``<h3>`` subheads (level 1), a 原标题 line and an author statement
  inside the content, the folded content with 展开全文, 推荐阅读, 评论, bottom tab bar;
- ``a12_baike_para_title_gbk.html``: a 百科-like knowledge page saved as GBK: ``<h1>``
  entry name with an ``<h2>`` qualifier beside it (neither), 审核 line, the summary
  div, the 基本信息 dl box, the 目录 catalogue, subheads as
  ``<div class="para-title level-2">``/``level-3`` (levels 1/2, no heading tag),
  superscript citation marks ``[n]``, 参考资料 list, 词条标签, 词条统计, footer.

Run once; the outputs are committed (small):

    python eval/make_realdocs17_pages.py [--out eval/data/realdocs-made17]
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs2_pages as prev
import make_realdocs10_pages as p10

esc = prev.esc
section = prev.section
Blocks = p10.Blocks
render = p10.render
heads_of = p10.heads_of


def shown_text(page: str) -> str:
    """The text a browser shows: no <head>, scripts, styles or comments."""
    page = re.sub(r"<!--.*?-->", "", page, flags=re.S)
    page = re.sub(r"<(head|script|style)\b.*?</\1>", "", page, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def gold(
    page: str,
    title: str,
    headings: list[tuple[str, int]],
    body: list[str],
    idx: tuple[int, ...],
    must_not: list[str],
    note: str,
) -> dict[str, Any]:
    """``prev.gold_of``, and every checked string also in the shown text (not only in
    ``<title>``, meta tags or scripts)."""
    g = prev.gold_of(page, title, headings, body, idx, must_not, note)
    text = prev.norm(shown_text(page))
    for s in [title, *[h for h, _ in headings], *g["must_have"], *must_not]:
        assert prev.norm(s) in text, s
    return g


def cite(p: str, marks: dict[int, str]) -> str:
    """The escaped paragraph with a citation mark after the first full stop at or past
    each given position (marks never fall in the first 18 characters)."""
    out = esc(p)
    for pos, mark in sorted(marks.items(), reverse=True):
        i = p.index("。", pos) + 1
        assert i > 20
        out = esc(p[:i]) + mark + out[len(esc(p[:i])) :]
    return out


def lead_run_in(p: str, n: str) -> str:
    """``（n）`` and the paragraph's first sentence bold (a run-in lead), then the rest."""
    i = p.index("。") + 1
    return f'<p style="text-indent:2em;"><b>（{n}）{esc(p[:i])}</b>{esc(p[i:])}</p>'


# ------------------------------------------------- a07 provincial portal 政策解读


def build_policy_interpretation(path: Path) -> dict[str, Any]:
    site = "青川省人民政府门户网站"
    title = "《2016年政府工作报告》民生领域重点任务解读"
    a = section(2016, "（七）")
    heads = [
        "一、就业和教育：以创业带动就业，促进教育公平",
        "二、医疗和社保：三医联动，织密社会保障安全网",
        "三、文化、社会治理和安全生产",
    ]
    nums = "一二三"
    groups = [[a[1], a[2]], [a[3], a[4]], [a[5], a[6], a[7]]]
    parts = [f'<p style="text-indent:2em;">{esc(a[0])}</p>']
    body = [a[0]]
    for h, grp in zip(heads, groups, strict=True):
        parts.append(f'<p style="text-indent:2em;"><strong>{esc(h)}</strong></p>')
        for i, p in enumerate(grp):
            parts.append(lead_run_in(p, nums[i]))
            body.append(f"（{nums[i]}）{p}")
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{title}_政策解读_{site}</title>
<meta name="SiteName" content="{site}" />
<meta name="SiteDomain" content="www.qingchuan.gov.example" />
<meta name="SiteIDCode" content="6300000012" />
<meta name="ColumnName" content="政策解读" />
<meta name="ColumnType" content="政策解读" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2016-03-14 16:25" />
<meta name="ContentSource" content="省发展改革委" />
<meta name="Keywords" content="政府工作报告,民生,就业,教育,医疗,社会保障" />
<link rel="stylesheet" type="text/css" href="/images/2016/css/common.css" />
<link rel="stylesheet" type="text/css" href="/images/2016/css/zw.css" />
<script type="text/javascript" src="/images/2016/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript">function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}</script>
</head>
<body>
<div class="top-bar"><div class="w1200 clearfix"><span class="fl">欢迎访问{site}！</span><div class="fr top-links"><a href="javascript:void(0);" id="wza">无障碍</a> | <a href="javascript:void(0);" id="zzms">长者模式</a> | <a href="javascript:void(0);" id="jft">繁體</a> | <a href="/english/">English</a> | <a href="/wzdt/">网站导航</a> | <a href="/wap/">手机版</a></div></div></div>
<div class="header"><div class="w1200 clearfix">
<div class="logo fl"><a href="/"><img src="/images/2016/logo.png" alt="{site}" /></a></div>
<div class="search fr"><form action="/jsearch/search.do" method="get" target="_blank"><input type="text" name="q" class="s-input" placeholder="请输入关键词" /><input type="submit" class="s-btn" value="搜索" /></form><div class="hot-words">热门搜索：<a href="#">政府工作报告</a> <a href="#">社保卡</a> <a href="#">营商环境</a> <a href="#">公积金</a></div></div>
</div></div>
<div class="nav"><ul class="w1200 clearfix"><li><a href="/">首页</a></li><li><a href="/szf/">省政府</a></li><li class="on"><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/sjfb/">数据发布</a></li><li><a href="/zjqc/">走进青川</a></li></ul></div>
<div class="w1200 location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcjd/">政策解读</a></div>
<div class="w1200 main-box">
<table class="xxgk-table" width="100%" cellspacing="0" cellpadding="0">
<tr><td class="t">索引号：</td><td>006939748/2016-00412</td><td class="t">主题分类：</td><td>政府工作报告</td></tr>
<tr><td class="t">发布机构：</td><td>省发展改革委</td><td class="t">成文日期：</td><td>2016-03-14</td></tr>
</table>
<div class="article">
<h1 class="zw-title">{title}</h1>
<div class="zw-info"><span>发布时间：2016-03-14 16:25</span><span>来源：省发展改革委</span><span>浏览次数：<em id="views">3562</em></span><span class="font-zoom">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span><span class="print"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></span></div>
<div class="zw-con" id="zoom">
<div class="TRS_Editor"><div class="Custom_UnionStyle">
{content}
</div></div>
<div class="fj-list"><p class="fj-tit">附件：</p><ul><li><a href="/zwgk/zcjd/201603/P020160314562841.pdf">1.2016年政府工作报告民生任务分工方案.pdf</a></li><li><a href="/zwgk/zcjd/201603/P020160314562842.xlsx">2.民生领域重点指标一览表.xlsx</a></li></ul></div>
</div>
<div class="zw-tools clearfix"><div class="bdsharebuttonbox fl"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin">微信</a><a href="#" class="bds_tsina" data-cmd="tsina">微博</a><a href="#" class="bds_qzone" data-cmd="qzone">QQ空间</a></div><div class="qr-box fr"><img src="/images/2016/qrcode.png" alt="" width="100" height="100" /><p>扫一扫在手机打开当前页</p></div></div>
<div class="related"><div class="related-tit">相关链接</div><ul><li><a href="/zwgk/zfgzbg/201602/t20160128_88412.html">2016年青川省政府工作报告</a><span>2016-01-28</span></li><li><a href="/zwgk/zcjd/201603/t20160310_88920.html">图解：今年省政府承诺办好的十件民生实事</a><span>2016-03-10</span></li><li><a href="/zwgk/zcjd/201603/t20160312_88977.html">省人社厅负责人就稳就业政策答记者问</a><span>2016-03-12</span></li></ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p class="f-links"><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/syfz/">使用帮助</a> | <a href="/yssm/">隐私声明</a></p>
<p>主办：青川省人民政府办公厅　承办：青川省大数据发展管理局</p>
<p>网站标识码：6300000012　<a href="https://beian.miit.gov.cn/" target="_blank">青ICP备05001234号</a>　<a href="#" target="_blank"><img src="/images/2016/ga.png" alt="" />青公网安备 63010302000123号</a></p>
<p class="f-icons"><a href="#" class="dzjg"><img src="/images/2016/dzjg.png" alt="党政机关" /></a><a href="#" class="zfzc"><img src="/images/2016/jiucuo.png" alt="" />政府网站找错</a></p>
</div></div>
</body>
</html>
"""
    path.write_bytes(b"\xef\xbb\xbf" + page.encode("utf-8"))
    return gold(
        page,
        title,
        [(h, 1) for h in heads],
        body,
        (0, 1, 3, 5, 7),
        [
            "当前位置：首页 > 政务公开 > 政策解读",
            "浏览次数：",
            "【打印】【关闭】",
            "附件：",
            "2016年政府工作报告民生任务分工方案.pdf",
            "扫一扫在手机打开当前页",
            "相关链接",
            "图解：今年省政府承诺办好的十件民生实事",
            "网站标识码：6300000012",
            "政府网站找错",
        ],
        "a provincial government portal's 政策解读 page, UTF-8 with a BOM: the <h1 "
        "class=zw-title> is the title (<title> adds _政策解读_site; meta ArticleTitle the "
        "same as the h1); the bold <p><strong>一、…</strong></p> paragraphs are level-1 "
        "headings; each paragraph under them opens with a bold run-in lead <b>（一）…。</b> "
        "that is part of the paragraph (body, not a heading); the top links (无障碍/长者"
        "模式/繁體), search, navigation, breadcrumb, the 索引号 table, the info line with "
        "浏览次数/【字体】/【打印】【关闭】, the 附件 list inside div#zoom, share, the QR "
        "with 扫一扫在手机打开当前页, 相关链接 and the footer (主办/承办/网站标识码/ICP/"
        "公网安备/政府网站找错) are not body",
    )


# ------------------------------------------------------ a08 news portal article


def build_news_portal(path: Path) -> dict[str, Any]:
    site = "华讯网"
    title = "政府工作报告部署民生工作：千方百计扩大就业 不断完善社会保障"
    subtitle = "——聚焦2013年政府工作报告民生篇"
    a = section(2013, "（三）")
    dateline = "华讯网北京3月5日电（记者 林楠）"
    blocks: Blocks = [
        (None, 1, [dateline + a[0]]),
        ("就业优先 社保扩面", 1, [a[1], a[2]]),
        ("医改向纵深推进 社会管理重服务", 1, [a[3], a[5]]),
        ("稳定房价 加快保障房建设", 1, [a[6]]),
        ("教育、科技、文化齐发力", 1, [a[7], a[8], a[9]]),
    ]
    parts, body = render(
        blocks,
        lambda h, lv: f"<p><strong>{esc(h)}</strong></p>",
        lambda p: f"<p>　　{esc(p)}</p>",
    )
    photo = (
        '<p style="text-align: center;"><img src="/photo/2013-03/05/xin_1203030514221.jpg" '
        'alt="" width="600" border="0" /></p>\n<p style="text-align: center;">'
        "图为3月5日，一名求职者在招聘会现场查看岗位信息。新华社记者 陈立新 摄</p>"
    )
    more = (
        '<div class="yanshen"><div class="ys-tit">延伸阅读</div><ul>'
        '<li><a href="/politics/2013-03/05/c_114891.htm">政府工作报告全文发布</a></li>'
        '<li><a href="/politics/2013-03/05/c_114893.htm">图表：今年经济社会发展主要预期目标</a></li>'
        '<li><a href="/politics/2013-03/04/c_114870.htm">代表委员热议收入分配改革</a></li>'
        "</ul></div>"
    )
    # the photo after the 就业 block, the 延伸阅读 box after the 医改 block
    parts.insert(4, photo)
    parts.insert(8, more)
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html;charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}-时政-{site}</title>
<meta name="keywords" content="政府工作报告,民生,就业,社会保障" />
<meta name="description" content="{esc(a[1][:60])}" />
<meta property="og:title" content="{title}" />
<link href="/css/2013/detail.css" rel="stylesheet" type="text/css" />
<script src="/js/2013/jquery.js" type="text/javascript"></script>
</head>
<body>
<div class="topNav"><div class="w1000"><a href="/" class="logo-s">{site}</a><span>|</span><a href="/politics/">时政</a><a href="/world/">国际</a><a href="/fortune/">财经</a><a href="/comments/">评论</a><a href="/photo/">图片</a><a href="/video/">视频</a><a href="/app/">客户端</a><span class="login fr"><a href="/passport/login">登录</a> <a href="/passport/reg">注册</a></span></div></div>
<div class="w1000 route"><a href="/">{site}</a> &gt;&gt; <a href="/politics/">时政</a> &gt;&gt; 正文</div>
<div class="w1000 clearfix">
<div class="col-1 fl">
<div class="text_title">
<h1>{title}</h1>
<h4 class="sub">{subtitle}</h4>
<div class="box01"><div class="fl">2013年03月05日 14:22 | 来源：{site} | 编辑：吴晓岚</div><div class="fr"><a href="javascript:;" class="font-a">字号</a> <a href="javascript:;" class="font-s">A</a> <a href="javascript:;" class="font-l">A</a></div></div>
</div>
<div class="text_con clearfix" id="p_content">
{content}
<div class="edit clearfix">【责任编辑：郑晓航】</div>
</div>
<div class="share clearfix"><span>分享到：</span><a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a> <a href="javascript:;" class="qzone">QQ空间</a> <a href="javascript:;" class="copy">复制链接</a></div>
<div class="relNews"><h2 class="rel-tit">相关新闻</h2><ul><li><a href="/politics/2013-03/05/c_114895.htm">就业优先战略写入政府工作报告</a><em>2013-03-05</em></li><li><a href="/politics/2013-03/04/c_114862.htm">两会前瞻：社会保障如何扩面提质</a><em>2013-03-04</em></li><li><a href="/society/2013-03/05/c_114899.htm">高校毕业生就业形势总体稳定</a><em>2013-03-05</em></li></ul></div>
<div class="comment" id="comment"><h2 class="cmt-tit">网友评论</h2>
<div class="cmt-item"><span class="name">华讯网友 江苏南京</span><p>就业是民生之本，希望政策尽快落地。</p><span class="t">2013-03-05 15:01</span> <a href="javascript:;">支持(23)</a></div>
<div class="cmt-item"><span class="name">华讯网友 四川成都</span><p>保障房建设要公开透明，分配公平最重要。</p><span class="t">2013-03-05 15:37</span> <a href="javascript:;">支持(11)</a></div>
<form class="cmt-form"><textarea placeholder="文明上网，理性发言"></textarea><button type="button">发表评论</button></form>
</div>
</div>
<div class="col-2 fr">
<div class="side-box"><h3 class="side-tit">热点推荐</h3><ol><li><a href="/politics/2013-03/05/c_114880.htm">今年国内生产总值预期增长7.5%左右</a></li><li><a href="/fortune/2013-03/05/c_114884.htm">财政赤字拟安排1.2万亿元</a></li><li><a href="/society/2013-03/05/c_114887.htm">代表委员谈城镇化</a></li></ol></div>
<div class="side-box"><h3 class="side-tit">图片新闻</h3><a href="/photo/2013-03/05/c_114890.htm"><img src="/photo/2013-03/05/s1.jpg" alt="" /><p>人民大会堂前的代表通道</p></a></div>
</div>
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/law/">法律声明</a></p><p>华讯网版权所有，未经书面授权禁止使用　Copyright &copy; 2000-2013 www.huaxun.example All Rights Reserved</p></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return gold(
        page,
        title,
        heads_of(blocks),
        body,
        (0, 2, 4, 5, 8),
        [
            "2013年03月05日 14:22 | 来源：华讯网",
            "延伸阅读",
            "图表：今年经济社会发展主要预期目标",
            "代表委员热议收入分配改革",
            "【责任编辑：郑晓航】",
            "QQ空间",
            "相关新闻",
            "两会前瞻：社会保障如何扩面提质",
            "热点推荐",
            "就业是民生之本，希望政策尽快落地。",
        ],
        "a national news portal's article: the <h1> is the title (<title> adds -时政-"
        "华讯网); the 副题 in <h4 class=sub> (——聚焦…民生篇) is neither title, heading "
        "nor required body; the dateline 华讯网北京3月5日电（记者 林楠） opens the first "
        "paragraph (body); the <p><strong> subheads are level 1; the photo caption "
        "(图为3月5日…新华社记者 陈立新 摄) is neither body passage nor boilerplate (unscored); "
        "inside div#p_content the 延伸阅读 box (three links) after the second subhead's "
        "paragraphs and the 【责任编辑】 line are not body; the time/来源/编辑 line, share "
        "bar, 相关新闻, 网友评论 (two comments and the form), 热点推荐/图片新闻 sidebar and "
        "footer are not body",
    )


# ---------------------------------------------------------- a09 MediaWiki entry


def build_wiki(path: Path) -> dict[str, Any]:
    site = "知源百科"
    title = "生态文明建设"
    y14 = section(2014, "（九）")
    y15 = section(2015, "五、")
    y16 = section(2016, "（六）")
    y17 = section(2017, "（七）")

    def ref(n: int) -> str:
        return f'<sup id="cite_ref-{n}" class="reference"><a href="#cite_note-{n}">&#91;{n}&#93;</a></sup>'

    def head(text: str, lv: int, n: int) -> str:
        tag = f"h{lv + 1}"
        return (
            f'<{tag}><span class="mw-headline" id="{text}">{esc(text)}</span>'
            '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
            f'<a href="/w/index.php?title={title}&amp;action=edit&amp;section={n}" '
            f'title="编辑章节：{text}">编辑</a><span class="mw-editsection-bracket">]</span>'
            f"</span></{tag}>"
        )

    lead = [y14[0], y15[8]]
    secs: list[tuple[str, int, list[tuple[str, dict[int, str]]]]] = [
        ("节能减排与环境治理", 1, []),
        ("节能减排和环境治理攻坚战", 2, [(y15[7], {40: ref(2)})]),
        ("能源生产和消费方式变革", 2, [(y14[1], {30: ref(1)})]),
        ("生态保护与建设", 1, []),
        ("退耕还林还草", 2, [(y14[2], {})]),
        ("重大生态工程", 2, [(y15[9], {30: ref(2)})]),
        ("生态保护红线", 2, [(y17[0], {30: ref(4)})]),
        ("污染防治与绿色产业", 1, [(y16[0], {60: ref(3)}), (y16[1], {}), (y16[2], {})]),
    ]
    parts = [f"<p>{cite(lead[0], {30: ref(1)})}</p>", f"<p>{esc(lead[1])}</p>"]
    toc = [
        '<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none" /><div class="toctitle" lang="zh-CN" dir="ltr"><h2 id="mw-toc-heading">目录</h2><span class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>\n<ul>'
    ]
    body = list(lead)
    headings: list[tuple[str, int]] = []
    n1 = n2 = 0
    tail = ["参见", "参考资料", "外部链接"]
    for k, (h, lv, paras) in enumerate(secs + [(t, 1, []) for t in tail], start=1):
        if h not in tail:  # the page's link and reference sections are no article sections
            headings.append((h, lv))
        if lv == 1:
            n1, n2 = n1 + 1, 0
            num = str(n1)
        else:
            n2 += 1
            num = f"{n1}.{n2}"
        toc.append(
            f'<li class="toclevel-{lv} tocsection-{k}"><a href="#{h}"><span class="tocnumber">{num}</span> <span class="toctext">{esc(h)}</span></a></li>'
        )
        if h in tail:
            continue
        parts.append(head(h, lv, k))
        for p, marks in paras:
            parts.append(f"<p>{cite(p, marks)}</p>")
            body.append(p)
    toc.append("</ul>\n</div>")
    parts[2:2] = toc
    content = "\n".join(parts)
    refs = [
        "国务院. 2014年国务院政府工作报告. 中央人民政府门户网站. 2014-03-14 [2023-05-20].",
        "国务院. 2015年国务院政府工作报告. 中央人民政府门户网站. 2015-03-16 [2023-05-20].",
        "国务院. 2016年国务院政府工作报告. 新华网. 2016-03-17 [2023-05-20].",
        "国务院. 2017年国务院政府工作报告. 新华网. 2017-03-16 [2023-05-20].",
    ]
    ref_list = "\n".join(
        f'<li id="cite_note-{i}"><span class="mw-cite-backlink"><b><a href="#cite_ref-{i}">^</a></b></span> <span class="reference-text">{esc(r)}</span></li>'
        for i, r in enumerate(refs, start=1)
    )
    page = f"""<!DOCTYPE html>
<html class="client-nojs" lang="zh-CN" dir="ltr">
<head>
<meta charset="UTF-8" />
<title>{title} - {site}，自由的百科全书</title>
<script>document.documentElement.className="client-js";RLCONF={{"wgPageName":"{title}","wgTitle":"{title}","wgCurRevisionId":7712345,"wgIsArticle":true}};</script>
<link rel="stylesheet" href="/w/load.php?lang=zh-cn&amp;modules=site.styles&amp;only=styles&amp;skin=vector" />
<meta name="generator" content="MediaWiki 1.35.1" />
<link rel="canonical" href="https://zhiyuan.wiki.example/wiki/{title}" />
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-{title} rootpage-{title} skin-vector action-view">
<div id="mw-page-base" class="noprint"></div>
<div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
<a id="top"></a>
<div id="siteNotice" class="mw-body-content"><div id="localNotice" lang="zh-CN" dir="ltr"><p>知源百科第七届编辑松活动正在进行，欢迎参加！</p></div></div>
<div class="mw-indicators mw-body-content"></div>
<h1 id="firstHeading" class="firstHeading" lang="zh-CN">{title}</h1>
<div id="bodyContent" class="mw-body-content">
<div id="siteSub" class="noprint">来自{site}，自由的百科全书</div>
<div id="contentSub"><span class="mw-redirectedfrom">（重定向自<a href="/w/index.php?title=生态建设&amp;redirect=no" class="mw-redirect" title="生态建设">生态建设</a>）</span></div>
<div id="jump-to-nav"></div>
<a class="mw-jump-link" href="#mw-head">跳到导航</a>
<a class="mw-jump-link" href="#searchInput">跳到搜索</a>
<div id="mw-content-text" lang="zh-CN" dir="ltr" class="mw-content-ltr"><div class="mw-parser-output">
<div role="note" class="hatnote navigation-not-searchable">“生态建设”重定向至此。关于退化生态系统的恢复，请见“<a href="/wiki/生态修复" title="生态修复">生态修复</a>”。</div>
<table class="infobox" style="width:22em">
<caption class="infobox-title">{title}</caption>
<tbody>
<tr><th scope="row" class="infobox-label">中文名</th><td class="infobox-data">{title}</td></tr>
<tr><th scope="row" class="infobox-label">外文名</th><td class="infobox-data">Ecological Civilization Construction</td></tr>
<tr><th scope="row" class="infobox-label">提出时间</th><td class="infobox-data">2007年</td></tr>
<tr><th scope="row" class="infobox-label">相关领域</th><td class="infobox-data">环境保护、资源节约、生态修复</td></tr>
<tr><th scope="row" class="infobox-label">相关规划</th><td class="infobox-data">国民经济和社会发展五年规划</td></tr>
</tbody></table>
{content}
<h2><span class="mw-headline" id="参见">参见</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title={title}&amp;action=edit&amp;section=9" title="编辑章节：参见">编辑</a><span class="mw-editsection-bracket">]</span></span></h2>
<ul><li><a href="/wiki/可持续发展" title="可持续发展">可持续发展</a></li><li><a href="/wiki/循环经济" title="循环经济">循环经济</a></li><li><a href="/wiki/碳排放权交易" title="碳排放权交易">碳排放权交易</a></li></ul>
<h2><span class="mw-headline" id="参考资料">参考资料</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title={title}&amp;action=edit&amp;section=10" title="编辑章节：参考资料">编辑</a><span class="mw-editsection-bracket">]</span></span></h2>
<div class="reflist" style="list-style-type: decimal;"><div class="mw-references-wrap"><ol class="references">
{ref_list}
</ol></div></div>
<h2><span class="mw-headline" id="外部链接">外部链接</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title={title}&amp;action=edit&amp;section=11" title="编辑章节：外部链接">编辑</a><span class="mw-editsection-bracket">]</span></span></h2>
<ul><li><a rel="nofollow" class="external text" href="http://www.eco-portal.example/">生态环境保护公众服务平台</a>（中文）</li><li><a rel="nofollow" class="external text" href="http://www.green-data.example/">全国生态文明建设数据库</a></li></ul>
<div role="navigation" class="navbox" aria-labelledby="环境保护主题" style="padding:3px"><table class="nowraplinks collapsible autocollapse navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div class="plainlinks hlist navbar mini"><ul><li class="nv-view"><a href="/wiki/Template:环境保护" title="Template:环境保护"><abbr title="查看该模板">查</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:环境保护"><abbr title="讨论该模板">论</abbr></a></li><li class="nv-edit"><a href="/w/index.php?title=Template:环境保护&amp;action=edit"><abbr title="编辑该模板">编</abbr></a></li></ul></div><div id="环境保护主题" style="font-size:114%;margin:0 4em">环境保护主题</div></th></tr>
<tr><th scope="row" class="navbox-group">污染</th><td class="navbox-list navbox-odd hlist"><div><ul><li><a href="/wiki/大气污染">大气污染</a></li><li><a href="/wiki/水体污染">水体污染</a></li><li><a href="/wiki/土壤污染">土壤污染</a></li><li><a href="/wiki/光污染">光污染</a></li></ul></div></td></tr>
<tr><th scope="row" class="navbox-group">保护与修复</th><td class="navbox-list navbox-even hlist"><div><ul><li><a href="/wiki/自然保护区">自然保护区</a></li><li><a href="/wiki/湿地公园">湿地公园</a></li><li><a href="/wiki/水土保持">水土保持</a></li></ul></div></td></tr>
</tbody></table></div>
</div></div>
<div class="printfooter">取自“<a dir="ltr" href="https://zhiyuan.wiki.example/w/index.php?title={title}&amp;oldid=7712345">https://zhiyuan.wiki.example/w/index.php?title={title}&amp;oldid=7712345</a>”</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:页面分类" title="Special:页面分类">页面分类</a>：<ul><li><a href="/wiki/Category:生态文明" title="Category:生态文明">生态文明</a></li><li><a href="/wiki/Category:中国环境政策" title="Category:中国环境政策">中国环境政策</a></li></ul></div></div>
<div class="entry-tags">词条标签：<a href="/tag/环境">环境</a> <a href="/tag/政策">政策</a> <a href="/tag/可持续发展">可持续发展</a></div>
</div>
</div>
<div id="mw-navigation">
<h2>导航菜单</h2>
<div id="mw-head"><div id="p-personal" role="navigation" class="vector-menu" aria-labelledby="p-personal-label"><h3 id="p-personal-label">个人工具</h3><ul><li id="pt-anonuserpage">没有登录</li><li id="pt-anontalk"><a href="/wiki/Special:我的讨论页">讨论</a></li><li id="pt-anoncontribs"><a href="/wiki/Special:我的贡献">贡献</a></li><li id="pt-createaccount"><a href="/w/index.php?title=Special:创建账户">创建账户</a></li><li id="pt-login"><a href="/w/index.php?title=Special:用户登录">登录</a></li></ul></div>
<div id="left-navigation"><div id="p-namespaces" class="vector-menu vector-menu-tabs"><ul><li id="ca-nstab-main" class="selected"><a href="/wiki/{title}">条目</a></li><li id="ca-talk"><a href="/wiki/Talk:{title}">讨论</a></li></ul></div><div id="p-variants" class="vector-menu vector-menu-dropdown"><h3>大陆简体</h3></div></div>
<div id="right-navigation"><div id="p-views" class="vector-menu vector-menu-tabs"><ul><li id="ca-view" class="selected"><a href="/wiki/{title}">阅读</a></li><li id="ca-edit"><a href="/w/index.php?title={title}&amp;action=edit">编辑</a></li><li id="ca-history"><a href="/w/index.php?title={title}&amp;action=history">查看历史</a></li></ul></div><div id="p-search" role="search"><form action="/w/index.php" id="searchform"><input type="search" name="search" placeholder="搜索{site}" id="searchInput" /><input type="submit" name="go" value="前往" id="searchButton" /></form></div></div>
</div>
<div id="mw-panel"><div id="p-logo" role="banner"><a title="访问首页" class="mw-wiki-logo" href="/wiki/首页"></a></div>
<div class="portal" id="p-navigation"><h3>导航</h3><ul><li><a href="/wiki/首页">首页</a></li><li><a href="/wiki/分类索引">分类索引</a></li><li><a href="/wiki/特色内容">特色内容</a></li><li><a href="/wiki/新闻动态">新闻动态</a></li><li><a href="/wiki/Special:最近更改">最近更改</a></li><li><a href="/wiki/Special:随机页面">随机条目</a></li></ul></div>
<div class="portal" id="p-tb"><h3>工具</h3><ul><li><a href="/wiki/Special:链入页面/{title}">链入页面</a></li><li><a href="/wiki/Special:链出更改/{title}">相关更改</a></li><li><a href="/w/index.php?title={title}&amp;printable=yes">可打印版本</a></li><li><a href="/w/index.php?title={title}&amp;oldid=7712345">固定链接</a></li></ul></div>
<div class="portal" id="p-lang"><h3>其他语言</h3><ul><li><a href="https://en.zhiyuan.wiki.example/wiki/Ecological_civilization" lang="en">English</a></li><li><a href="https://ja.zhiyuan.wiki.example/wiki/生態文明" lang="ja">日本語</a></li></ul></div>
</div>
</div>
<footer id="footer" role="contentinfo">
<ul id="footer-info"><li id="footer-info-lastmod">本页面最后修订于2023年6月1日 (星期四) 09:12。</li><li id="footer-info-editors">本词条由{site}用户协作编辑，浏览次数：86,412次，最近更新：2023年6月1日。</li><li id="footer-info-copyright">本站的全部文字在<a rel="license" href="/wiki/知源百科:CC_BY-SA">知识共享 署名-相同方式共享 3.0协议</a>之条款下提供，附加条款亦可能应用。</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/知源百科:隐私政策">隐私政策</a></li><li id="footer-places-about"><a href="/wiki/知源百科:关于">关于{site}</a></li><li id="footer-places-disclaimer"><a href="/wiki/知源百科:免责声明">免责声明</a></li><li id="footer-places-mobileview"><a href="//zhiyuan.m.wiki.example/wiki/{title}">手机版视图</a></li></ul>
</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return gold(
        page,
        title,
        headings,
        body,
        (0, 1, 4, 6, 9),
        [
            "来自知源百科，自由的百科全书",
            "“生态建设”重定向至此",
            "1.1 节能减排和环境治理攻坚战",
            "[编辑]",
            "2015年国务院政府工作报告. 中央人民政府门户网站",
            "生态环境保护公众服务平台",
            "环境保护主题",
            "词条标签：",
            "浏览次数：86,412次",
        ],
        "a MediaWiki-based encyclopedia entry: the <h1 id=firstHeading> is the title "
        "(<title> adds - 知源百科，自由的百科全书); the two lead paragraphs before the TOC "
        "are body; the siteNotice, siteSub, contentSub (重定向自…) and the hatnote at "
        "the top of mw-parser-output are not body; the infobox (中文名/外文名/提出时间/"
        "相关领域/相关规划) is unscored (issue 19 asks for an encyclopedia page's infobox "
        "to be kept; first written as not body); the TOC box "
        "(its 目录 an <h2 id=mw-toc-heading>) is neither heading nor body, its numbered "
        "entries not body; the <h2>/<h3> sections are levels 1/2, their heading text "
        "without the [编辑] edit links; 参见, 参考资料 and 外部链接 are <h2> sections "
        "of the page but no sections of the article (the shared set's h04: headings of "
        "the article body only; first written as level-1 headings), and their lists "
        "(see-also links, references, external links) are not body; citation marks "
        "[1]-[4] end sentences inside paragraphs (never in a passage's first 18 "
        "characters; a reader may keep or drop them); the navbox (环境保护主题), "
        "printfooter, 页面分类, 词条标签, navigation menus and footer (浏览次数, "
        "最近更新, licence) are not body",
    )


# ------------------------------------------- a10 old table-layout county site (GB2312)


def build_table_gov(path: Path) -> dict[str, Any]:
    site = "临河县人民政府"
    title = "贯彻全国两会精神　扎实推进农业现代化和新型城镇化"
    a = section(2014, "（四）")
    b = section(2014, "（五）")
    heads = [
        "一、加大强农惠农力度，夯实农业农村发展基础",
        "二、深化农村改革，创新扶贫开发方式",
        "三、推进以人为核心的新型城镇化",
    ]
    body = [a[0], a[1], a[2], a[3], a[4], b[0], b[1], b[2], b[3]]
    parts = [f"<p>　　{esc(a[0])}</p>"]
    parts.append(f'<p align="center"><strong>{esc(heads[0])}</strong></p>')
    parts += [f"<p>　　{esc(a[1])}</p>", f"<p>　　{esc(a[2])}</p>"]
    parts.append(f'<div align="center"><b>{esc(heads[1])}</b></div>')
    parts.append(f"　　{esc(a[3])}<br />\r\n　　{esc(a[4])}<br />")
    parts.append(f"<br /><center><b>{esc(heads[2])}</b></center><br />")
    parts.append("<br />\r\n".join(f"　　{esc(p)}" for p in b) + "<br />")
    content = "\r\n".join(parts)
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{site}--{title}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<style type="text/css">
.title{{font-size:22px;font-weight:bold;color:#c00000;line-height:40px;}}
.content{{font-size:14px;line-height:28px;}}
</style>
<script language="javascript">function fontZoom(size){{document.getElementById('fontzoom').style.fontSize=size+'px';}}</script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#f2f2f2">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner.jpg" width="1000" height="150" alt=""></td></tr>
<tr><td bgcolor="#1560a8" height="36"><table width="100%" border="0" cellspacing="0" cellpadding="0" class="nav"><tr><td align="center"><a href="/">首　页</a></td><td align="center"><a href="/xwzx/">新闻中心</a></td><td align="center"><a href="/zwgk/">政务公开</a></td><td align="center"><a href="/bsfw/">办事服务</a></td><td align="center"><a href="/gzhd/">公众互动</a></td><td align="center"><a href="/zslh/">走进临河</a></td></tr></table></td></tr>
<tr><td height="28" bgcolor="#ffffff">&nbsp;今天是：<script language="javascript">document.write(new Date().toLocaleDateString());</script>　　<a href="/rss/">RSS订阅</a> | <a href="javascript:window.external.addFavorite(location.href,document.title)">加入收藏</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr>
<td width="220" valign="top">
<table width="210" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td class="lm_title" height="35" background="/images/lm_bg.gif">&nbsp;&nbsp;政务公开</td></tr>
<tr><td height="28">&nbsp;<a href="/zwgk/zfwj/">政府文件</a></td></tr>
<tr><td height="28">&nbsp;<a href="/zwgk/tzgg/">通知公告</a></td></tr>
<tr><td height="28">&nbsp;<a href="/zwgk/gzdt/">工作动态</a></td></tr>
<tr><td height="28">&nbsp;<a href="/zwgk/rsxx/">人事信息</a></td></tr>
<tr><td height="28">&nbsp;<a href="/zwgk/czyjs/">财政预决算</a></td></tr>
</table>
</td>
<td width="780" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="30" class="dqwz" background="/images/dqwz_bg.gif">&nbsp;您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/gzdt/">工作动态</a></td></tr>
</table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="title" align="center">{title}</td></tr>
<tr><td align="center" height="30"><font color="#666666">发布日期：2014-03-18　　来源：县农业局　　点击数：1024　　【字号：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</font></td></tr>
<tr><td><hr size="1" color="#cccccc" noshade></td></tr>
<tr><td class="content" id="fontzoom">
{content}
<p align="right">【责任编辑：王建华】</p>
</td></tr>
<tr><td align="right" height="40">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="26">上一篇：<a href="/zwgk/gzdt/201403/t20140317_2215.html">县政府召开春耕备耕工作会议</a></td></tr><tr><td height="26">下一篇：<a href="/zwgk/gzdt/201403/t20140319_2219.html">我县启动2014年农村危房改造工作</a></td></tr></table></td></tr>
</table>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#1560a8">
<tr><td height="10"></td></tr>
<tr><td align="center"><font color="#ffffff">版权所有：临河县人民政府　主办：临河县人民政府办公室　承办：临河县信息中心</font></td></tr>
<tr><td align="center"><font color="#ffffff">地址：临河县人民路88号　邮编：065400　联系电话：0316-5521234</font></td></tr>
<tr><td align="center"><font color="#ffffff">网站标识码：1310220001　冀ICP备06012345号　建议使用1024×768分辨率浏览</font></td></tr>
<tr><td height="10"></td></tr>
</table>
</body>
</html>
"""
    page = page.replace("\r\n", "\n").replace("\n", "\r\n")
    path.write_bytes(page.encode("gb2312"))
    return gold(
        page,
        title,
        [(h, 1) for h in heads],
        body,
        (0, 2, 4, 5, 8),
        [
            "您现在的位置：",
            "工作动态",
            "发布日期：2014-03-18",
            "点击数：1024",
            "【责任编辑：王建华】",
            "【打印本页】【关闭窗口】",
            "上一篇：县政府召开春耕备耕工作会议",
            "我县启动2014年农村危房改造工作",
            "承办：临河县信息中心",
            "建议使用1024×768分辨率浏览",
        ],
        "an older county government site in nested tables, encoded GB2312 under "
        "charset=gb2312 (CRLF): the <td class=title> (red, bold, centred) is the title "
        "(<title> adds 临河县人民政府--; an ideographic space inside the title); the body "
        "is one <td id=fontzoom>: the first sections as <p> paragraphs indented with two "
        "ideographic spaces, the rest as <br>-separated lines in the td's own text; the "
        "centred bold subheads (<p align=center><strong>, <div align=center><b>, "
        "<center><b> between <br>s) are level 1; the 【责任编辑】 line inside the content "
        "td, the 发布日期/来源/点击数/【字号】 line, 【打印本页】【关闭窗口】, 上一篇/下一篇, "
        "the left menu, breadcrumb and the footer table are not body",
    )


# ------------------------------------------------------------- a11 mobile news page


def build_mobile(path: Path) -> dict[str, Any]:
    app = "今讯新闻"
    title = "对外开放怎么推？政府工作报告给出“路线图”"
    a = section(2016, "（五）")
    blocks: Blocks = [
        (None, 1, [a[0]]),
        ("“一带一路”和国际产能合作", 1, [a[1], a[2]]),
        ("稳外贸、引外资", 1, [a[3], a[4]]),
        ("加快实施自由贸易区战略", 1, [a[5]]),
    ]
    secs = []
    body: list[str] = []
    for h, _, paras in blocks:
        inner = (f'<h3 class="sec-title">{esc(h)}</h3>' if h else "") + "".join(
            f"<p>{esc(p)}</p>" for p in paras
        )
        secs.append(f'<section class="art-sec">{inner}</section>')
        body += paras
    secs.insert(
        2,
        '<section class="art-img"><img src="https://img.jinxun.example/2016/03/07/a1b2c3.jpeg?imageView2/2/w/750" alt="" /></section>',
    )
    content = "\n".join(secs)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{title}_{app}</title>
<meta name="description" content="{esc(a[0][:50])}">
<link rel="stylesheet" href="https://static.jinxun.example/m/css/article.8f3a1c.css">
<script>window.__INITIAL_STATE__={{"articleId":"6259012345678","channel":"news","appName":"{app}"}};</script>
</head>
<body>
<div class="open-app-banner" id="topBanner"><img class="app-logo" src="https://static.jinxun.example/m/img/logo-120.png" alt=""><div class="banner-txt"><p class="app-name">{app}</p><p class="app-desc">打开APP，阅读体验更佳</p></div><a class="open-btn" href="jinxun://article/6259012345678">打开APP阅读</a><span class="banner-close">×</span></div>
<header class="m-header"><a class="back" href="javascript:history.back()">返回</a><a class="m-logo" href="/">今讯</a><a class="m-search" href="/search">搜索</a></header>
<article class="article" id="article">
<h1 class="article-title">{title}</h1>
<div class="author-info"><img class="avatar" src="https://img.jinxun.example/avatar/u88213.jpg" alt=""><div class="author-meta"><p class="author-name">开放观察</p><p class="pub-time">2016-03-07 08:15 · 今讯号 · 北京</p></div><a class="follow-btn" href="javascript:;">+ 关注</a></div>
<div class="article-content fold" id="articleContent" style="max-height:1200px;overflow:hidden;">
<section class="art-sec"><p class="ori-title">原标题：政府工作报告里的开放新举措</p></section>
{content}
<section class="art-sec"><p class="statement">声明：本文由入驻今讯号的作者撰写，观点仅代表作者本人，不代表今讯立场。</p></section>
</div>
<div class="unfold-field" id="unfoldField"><div class="unfold-mask"></div><a class="unfold-btn" href="javascript:;">展开全文<i class="arrow-down"></i></a></div>
<div class="open-app-more"><a href="jinxun://article/6259012345678">打开{app}，查看更多高清图片</a></div>
<div class="article-actions"><span class="like">赞 128</span><span class="share">分享</span><span class="report">举报</span></div>
</article>
<div class="recommend" id="recommend"><div class="block-title">推荐阅读</div>
<ul>
<li><a href="/a/6259012340001"><div class="rec-title">外贸“稳”字当头，这些新政策值得关注</div><div class="rec-info">外贸观察 · 12评</div></a></li>
<li><a href="/a/6259012340002"><div class="rec-title">自贸区扩容在即，哪些城市有望入围</div><div class="rec-info">城市志 · 56评</div></a></li>
<li><a href="/a/6259012340003"><div class="rec-title">三分钟看懂国际产能合作</div><div class="rec-info">财经早知道 · 3评</div></a></li>
</ul></div>
<div class="comment-area" id="comment"><div class="block-title">评论 <em>23</em></div>
<div class="cmt-item"><img class="cmt-avatar" src="https://img.jinxun.example/avatar/u1001.jpg" alt=""><div class="cmt-main"><span class="cmt-nick">用户8812</span><p class="cmt-text">一带一路带动了不少沿线项目，期待更多合作。</p><span class="cmt-time">3小时前 · 江苏</span><span class="cmt-like">12</span></div></div>
<div class="cmt-item"><img class="cmt-avatar" src="https://img.jinxun.example/avatar/u1002.jpg" alt=""><div class="cmt-main"><span class="cmt-nick">海风吹过</span><p class="cmt-text">外贸企业最关心出口退税能不能及时到位。</p><span class="cmt-time">5小时前 · 浙江</span><span class="cmt-like">7</span></div></div>
<div class="cmt-more"><a href="jinxun://comment/6259012345678">打开APP查看全部23条评论</a></div>
</div>
<nav class="tab-bar"><a href="/" class="tab cur">首页</a><a href="/video" class="tab">视频</a><a href="/discover" class="tab">发现</a><a href="/me" class="tab">我的</a></nav>
<script src="https://static.jinxun.example/m/js/article.2d91e0.js"></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return gold(
        page,
        title,
        heads_of(blocks),
        body,
        (0, 1, 3, 4, 5),
        [
            "打开APP，阅读体验更佳",
            "打开APP阅读",
            "+ 关注",
            "原标题：政府工作报告里的开放新举措",
            "声明：本文由入驻今讯号的作者撰写",
            "展开全文",
            "推荐阅读",
            "自贸区扩容在即，哪些城市有望入围",
            "外贸企业最关心出口退税能不能及时到位。",
            "打开APP查看全部23条评论",
        ],
        "a news app's mobile article page: the <h1 class=article-title> is the title "
        "(<title> adds _今讯新闻); the content is a folded div (max-height, overflow "
        "hidden, 展开全文 button after it) read as a whole, as a reader who taps the "
        "button; <section> wrappers, <h3 class=sec-title> subheads are level 1; inside "
        "the content the 原标题：… line at the top (republication furniture) and the "
        "声明 line at the end are not body, the image section has no caption; the app "
        "banner (打开APP阅读), header, author line (avatar, name, time, + 关注), "
        "展开全文, 打开…查看更多高清图片, like/share, 推荐阅读, 评论 and the bottom tab "
        "bar are not body",
    )


# ----------------------------------------- a12 百科-like page with para-title divs (GBK)


def build_baike(path: Path) -> dict[str, Any]:
    site = "知库百科"
    title = "供给侧结构性改革"
    a = section(2016, "（二）")
    b = section(2017, "（一）")

    def sup(n: int) -> str:
        return f'<sup class="sup--normal" data-sup="{n}" data-ctrmap=":{n},">&nbsp;[{n}]</sup><a class="sup-anchor" name="ref_[{n}]_2041{n}">&nbsp;</a>'

    secs: list[tuple[str, int, list[tuple[str, dict[int, str]]]]] = [
        ("主要任务", 1, []),
        ("简政放权", 2, [(a[1], {40: sup(1)})]),
        ("创业创新", 2, [(a[2], {})]),
        ("去产能降成本", 2, [(a[3], {30: sup(1)})]),
        ("三去一降一补", 1, [(b[0], {30: sup(2)}), (b[1], {}), (b[2], {30: sup(2)})]),
        ("国企改革和非公经济", 1, [(a[5], {40: sup(1)}), (a[6], {})]),
    ]
    summary = a[0]
    parts: list[str] = []
    cat: list[str] = []
    body = [summary]
    n1 = 0
    for k, (h, lv, paras) in enumerate(secs, start=1):
        if lv == 1:
            n1 += 1
            cat.append(
                f'<li class="level1"><span class="index">{n1}</span><span class="text"><a href="#{n1}">{esc(h)}</a></span></li>'
            )
            parts.append(
                f'<div class="anchor-list"><a name="{n1}" class="lemma-anchor para-title"></a><a name="sub2041_{n1}" class="lemma-anchor"></a></div>'
            )
        else:
            cat.append(
                f'<li class="level2"><span class="index">&#9642;</span><span class="text"><a href="#{n1}_{k}">{esc(h)}</a></span></li>'
            )
            parts.append(
                f'<div class="anchor-list"><a name="{n1}_{k}" class="lemma-anchor"></a></div>'
            )
        parts.append(
            f'<div class="para-title level-{lv + 1}" label-module="para-title"><div class="title-text">{esc(h)}</div>'
            + (
                '<a class="edit-lemma cmn-btn-hover-blue cmn-btn-28 j-edit-link" href="javascript:;"><em class="cmn-icon wiki-lemma-icons wiki-lemma-icons_edit-lemma"></em>编辑</a>'
                if lv == 1
                else ""
            )
            + "</div>"
        )
        for p, marks in paras:
            parts.append(f'<div class="para" label-module="para">{cite(p, marks)}</div>')
            body.append(p)
    content = "\n".join(parts)
    catalog = "\n".join(cat)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="gbk" />
<title>{title}_{site}</title>
<meta name="description" content="{esc(summary[:60])}……" />
<meta name="keywords" content="{title} {title}定义 {title}主要任务" />
<link rel="stylesheet" href="//bkssl.zhiku.example/static/wiki-lemma/pkg/wiki-lemma_5a1f3.css" />
<script>window.PAGE_DATA={{"lemmaId":2041,"lemmaTitle":"{title}","newLemmaIdEnc":"8a1f"}};</script>
</head>
<body class="wiki-lemma normal">
<div class="header-wrapper"><div class="header"><div class="layout"><div class="logo-container"><a class="logo cmn-inline-block" href="/" title="到知库百科首页">知库百科</a></div><div class="search"><form id="searchForm" action="/search/word" method="get"><input id="query" name="word" type="text" autocomplete="off" /><button id="search" type="button">进入词条</button><button id="searchLemma" type="button">全站搜索</button><a class="help" href="/help">帮助</a></form></div></div></div>
<div class="navbar-wrapper"><dl class="wgt-navbar"><dd class="index"><a href="/">首页</a></dd><dd><a href="/miaodong">秒懂百科</a></dd><dd><a href="/feature">特色百科</a></dd><dd><a href="/topic">知识专题</a></dd><dd><a href="/join">加入百科</a></dd><dd><a href="/team">百科团队</a></dd><dd><a href="/coop">权威合作</a></dd></dl></div></div>
<div class="body-wrapper">
<div class="content-wrapper"><div class="content">
<div class="main-content J-content">
<div class="top-tool"><a class="add-subLemma" href="javascript:;">添加义项</a><a class="top-collect" href="javascript:;">收藏</a><span class="collect-text">查看我的收藏</span><span class="collect-num">2198</span><a class="vote" href="javascript:;">有用+1</a><span class="vote-count">467</span></div>
<dl class="lemmaWgt-lemmaTitle lemmaWgt-lemmaTitle-">
<dd class="lemmaWgt-lemmaTitle-title"><h1>{title}</h1><h2>（经济政策）</h2><a href="javascript:;" class="edit-lemma cmn-btn-hover-blue cmn-btn-28 j-edit-link"><em class="cmn-icon wiki-lemma-icons wiki-lemma-icons_edit-lemma"></em>编辑</a><a class="lock-lemma" href="javascript:;">锁定</a><a href="/planet/talk?lemmaId=2041" class="lemma-discussion cmn-btn-hover-blue cmn-btn-28 j-discussion-link">讨论</a><a class="upload-video" href="javascript:;">上传视频</a></dd>
</dl>
<div class="authorityListPrompt"><div class="authority-tip">本词条由<a href="/organization/econ">知库百科经济学专业委员会</a>审核。</div></div>
<div class="promotion-declaration"></div>
<div class="lemma-summary" label-module="lemmaSummary">
<div class="para" label-module="para">{esc(summary)}</div>
</div>
<div class="configModuleBanner"></div>
<div class="basic-info J-basic-info cmn-clearfix">
<dl class="basicInfo-block basicInfo-left">
<dt class="basicInfo-item name">中文名</dt><dd class="basicInfo-item value">{title}</dd>
<dt class="basicInfo-item name">外文名</dt><dd class="basicInfo-item value">Supply-side Structural Reform</dd>
<dt class="basicInfo-item name">类&nbsp;&nbsp;&nbsp;&nbsp;别</dt><dd class="basicInfo-item value">经济政策</dd>
</dl><dl class="basicInfo-block basicInfo-right">
<dt class="basicInfo-item name">提出时间</dt><dd class="basicInfo-item value">2015年11月</dd>
<dt class="basicInfo-item name">重点任务</dt><dd class="basicInfo-item value">去产能、去库存、去杠杆、降成本、补短板</dd>
</dl></div>
<div class="lemmaWgt-lemmaCatalog"><div class="lemma-catalog"><h2 class="block-title">目录</h2><div class="catalog-list column-3"><ol>
{catalog}
</ol></div></div></div>
{content}
<div class="anchor-list"><a name="refIndex" class="lemma-anchor"></a></div>
<dl class="lemma-reference collapse nslog-area log-set-param" data-nslog-type="2" log-set-param="ext_reference">
<dt class="reference-title">参考资料</dt>
<dd class="reference-list-wrap"><ul class="reference-list">
<li class="reference-item"><span class="index">1.</span><a class="gotop anchor" title="向上跳转">&nbsp;</a><a rel="nofollow" href="http://www.gov-cn.example/2016-03/17/content_5054992.htm" target="_blank" class="text">国务院关于2016年重点工作的部署<span class="linkIcon"></span></a><span class="site">．中央政府门户网站</span><span>．2016-03-17</span><span class="refDate">[引用日期2023-04-11]</span></li>
<li class="reference-item"><span class="index">2.</span><a class="gotop anchor" title="向上跳转">&nbsp;</a><a rel="nofollow" href="http://www.gov-cn.example/2017-03/16/content_5177940.htm" target="_blank" class="text">深入推进“三去一降一补”的政策解读<span class="linkIcon"></span></a><span class="site">．中央政府门户网站</span><span>．2017-03-16</span><span class="refDate">[引用日期2023-04-11]</span></li>
</ul></dd></dl>
<div id="open-tag"><dl class="open-tag"><dt class="open-tag-title">词条标签：</dt><dd id="open-tag-item"><span class="taglist">经济</span>，<span class="taglist">政策</span>，<span class="taglist">宏观经济</span></dd></dl></div>
</div>
<div class="side-content">
<div class="summary-pic"><a href="/pic/{title}/2041"><img src="https://bkimg.zhiku.example/pic/8a1f.jpg" alt="" /><span class="number">图集</span></a></div>
<div class="lemmaWgt-promotion-rightPreciseAd"></div>
<dl class="side-box lemma-statistics"><dt class="title">词条统计</dt><dd class="description"><ul><li>浏览次数：348269次</li><li>编辑次数：37次<a href="/historylist/{title}/2041" target="_blank">历史版本</a></li><li>最近更新：<a class="show-userCard" href="javascript:;">zk_用户4417</a><span class="j-modified-time">（2023-05-10）</span></li></ul></dd></dl>
<div class="side-box lemma-contributor"><div class="title">突出贡献榜</div><ul><li><a href="javascript:;">经济小编</a></li><li><a href="javascript:;">宏观研究员</a></li></ul></div>
</div>
</div></div>
</div>
<div class="wgt-footer-main"><div class="content"><p class="copyright">&copy;2023&nbsp;知库&nbsp;<a href="/help/read">使用知库前必读</a>&nbsp;|&nbsp;<a href="/help/agree">知库百科协议</a>&nbsp;|&nbsp;<a href="/help/privacy">隐私政策</a>&nbsp;|&nbsp;<a href="/coop">知库百科合作平台</a>&nbsp;|&nbsp;京ICP证080325号</p></div></div>
</body>
</html>
"""
    path.write_bytes(page.encode("gbk"))
    return gold(
        page,
        title,
        [(h, lv) for h, lv, _ in secs],
        body,
        (0, 2, 4, 6, 8),
        [
            "有用+1",
            "上传视频",
            "本词条由知库百科经济学专业委员会审核。",
            "国务院关于2016年重点工作的部署",
            "[引用日期2023-04-11]",
            "词条标签：",
            "浏览次数：348269次",
            "使用知库前必读",
        ],
        "a 百科-like knowledge page saved as GBK (meta charset=gbk): the <h1> entry name "
        "is the title (<title> adds _知库百科); the <h2>（经济政策）</h2> qualifier beside "
        "it is neither title nor heading; the 审核 line, top tools (收藏/有用+1/上传视频) "
        "are not body; the lemma-summary div before the first subhead is body; the "
        "基本信息 dl box (中文名/外文名/类别/提出时间/重点任务) is unscored (issue 19 "
        "asks for an encyclopedia page's infobox to be kept; first written as not "
        "body); the 目录 "
        "catalogue (its title an <h2 class=block-title>, numbered and ▪ entries) is "
        "neither heading nor body; the subheads are <div class=para-title level-2> "
        "(level 1, with an 编辑 link, heading text without it) and level-3 (level 2), "
        "no heading tags; superscript citation marks [1]/[2] after sentences inside "
        "paragraphs (never in a passage's first 18 characters; a reader may keep or drop "
        "them); the 参考资料 block (a <dt>, not a heading), 词条标签, 词条统计 and "
        "突出贡献榜 side boxes and footer are not body",
    )


# ------------------------------------------------------------------------ main


MINE = ("a07_", "a08_", "a09_", "a10_", "a11_", "a12_")

SOURCE_HEAD = (
    "# Documents made with real tools, seventeenth set (development data)\n\n"
    "Made as development data after the sixteenth set (`realdocs-made16`), each a layout\n"
    "pattern rich in boilerplate: PDF/DOCX a01-a06 by their own maker script, HTML pages\n"
    "(a07 on) by `python eval/make_realdocs17_pages.py`. Texts come only from the\n"
    "public government work reports 2013–2017 in `../shared/data/gov-work-reports`; the\n"
    "outputs are committed so tests and CI need none of the tools. Gold (`gold/<file>.json`,\n"
    "the format of `../shared/data/realdocs-dev`) is written by the same scripts from what\n"
    "they put in each document, as a reader reads it and never from reader output,\n"
    "titles and headings as printed: the title, the headings with levels, the running\n"
    "headers that must not reach the body, passages (each one's first 18 characters)\n"
    "that must appear in order, boilerplate that must not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)

ROWS = [
    "| a07_gov_policy_interpretation.html | written after the layout of provincial government portals (`eval/make_realdocs17_pages.py`, as a08-a12), gwr 2016 | 政策解读 page, UTF-8 with BOM, TRS-like `div.TRS_Editor`: 无障碍/长者模式/繁體 links, search, nav, breadcrumb 当前位置：首页 > 政务公开 > 政策解读, 索引号 table, `<h1>` title, 发布时间/来源/浏览次数/【字体：大 中 小】/【打印】【关闭】; bold `<p><strong>一、` subheads (level 1), bold `（一）` run-in leads inside paragraphs (body, not headings); 附件 list inside the article container, share, QR with 扫一扫在手机打开当前页, 相关链接, footer 主办/承办/网站标识码/ICP/公网安备/政府网站找错 |",
    '| a08_news_portal_article.html | written after the layout of national news portals, gwr 2013 | `<h1>` headline, 副题 in `<h4 class="sub">` (neither), time/来源/编辑 line, dateline lead (body), `<p><strong>` subheads (level 1), photo with 图为…新华社记者…摄 caption (unscored), inline 延伸阅读 box with three links and 【责任编辑】 inside the article div, share bar (微信 微博 QQ空间), 相关新闻, 热点推荐/图片新闻 sidebar, 网友评论 with two comments and form, footer |',
    "| a09_wiki_entry.html | written after the layout of MediaWiki-based encyclopedias, gwr 2014-2017 | `<h1 id=firstHeading>` entry, siteNotice/siteSub/contentSub (重定向自), hatnote, infobox table (unscored), two lead paragraphs, TOC box with `<h2>`目录 and numbered entries (neither), `<h2>`/`<h3>` sections (levels 1/2) with `[编辑]` links, citation marks `[n]`, 参见/参考资料/外部链接 `<h2>` (no headings; lists not body), navbox, printfooter, 页面分类, 词条标签, footer 本词条由…编辑/浏览次数/最近更新, side menus |",
    '| a10_gov_table_layout_gb2312.html | written after the layout of older county government sites, gwr 2014 | GB2312 under `charset=gb2312`, CRLF, nested tables, left menu, 您现在的位置, title in `<td class="title">`, 发布日期/来源/点击数/【字号】, body in one `td`: `<p>` paragraphs then `<br>`-separated lines, centred bold subheads (`<p align=center><strong>`, `<div align=center><b>`, `<center><b>`; level 1), 【责任编辑】 inside the content td, 【打印本页】【关闭窗口】, 上一篇/下一篇, footer table |',
    "| a11_mobile_news.html | written after the layout of news apps' mobile pages, gwr 2016 | 打开APP阅读 banner, `<h1>` headline, author avatar line with + 关注, folded content div (max-height) with 展开全文 button, `<section>` wrappers, `<h3>` subheads (level 1), 原标题 line and 声明 line inside the content (not body), image section, 推荐阅读, 评论 with two comments and 打开APP查看全部, bottom tab bar |",
    '| a12_baike_para_title_gbk.html | written after the layout of 百科-like knowledge sites, gwr 2016-2017 | GBK under `charset=gbk`, `<h1>` entry with an `<h2>` qualifier beside it (neither), 收藏/有用+1/上传视频, 审核 line, lemma-summary div (body), 基本信息 dl (unscored), 目录 catalogue with `<h2>` block title (neither), subheads `<div class="para-title level-2">`/`level-3` (levels 1/2, no heading tags), superscript `[n]` citation marks, 参考资料 dl, 词条标签, 词条统计, 突出贡献榜, footer |',
]


BUILDERS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "a07_gov_policy_interpretation.html": build_policy_interpretation,
    "a08_news_portal_article.html": build_news_portal,
    "a09_wiki_entry.html": build_wiki,
    "a10_gov_table_layout_gb2312.html": build_table_gov,
    "a11_mobile_news.html": build_mobile,
    "a12_baike_para_title_gbk.html": build_baike,
}


def main(argv: list[str] | None = None) -> int:
    return prev.make_pages_set(BUILDERS, "realdocs-made17", argv, __doc__, ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
