# ruff: noqa: E501  (HTML templates of the made pages are kept on one line each)
"""Make the web pages of ``realdocs-made4`` (s07-s12) and their gold annotations.

Development data for the HTML reader, a fourth set after ``realdocs-made2`` (n07-n12)
and ``realdocs-made3`` (r07-r12): six pages written after the layout of other kinds of
Chinese sites (markup from general knowledge of how such sites are built, not copied
from any page; site names and addresses are made up), with body text taken only from
the government work reports 2013-2017 (``../shared/data/gov-work-reports``). The gold
of each page is written by this script from what it put on the page, before and
independent of any reader output (helpers and self-checks from
``make_realdocs2_pages.py``):

- ``s07_policy_interpretation.html``: a ministry's 政策解读 page; no ``<h1>``: the title
  in ``<div class="pages-title">``, ``<title>`` ``标题_政策解读_站名``, the date and
  ``来源：`` line in ``div.pages-date`` with a 字号 switch, the body in
  ``<div class="pages_content" id="UCAP-CONTENT">`` with ``<p style="text-indent:2em">``
  paragraphs, headings as ``<p><strong>　　一、…</strong></p>`` (full-width spaces inside
  the bold run, no indent style; level 1), two chart images each with a centred
  non-bold caption ``图1：…``, a ``div.pages_print`` tool bar (print/close/share), 相关稿件
  links, a footer with 主办单位/网站标识码/ICP;
- ``s08_xinhua_like.html``: a news agency site article; ``<h1><span class="title">`` in
  ``div.head-line`` with a font/share bar, ``div.header-cont`` with the date in pieces
  (``span.year``/``span.day``/``span.time``) and ``来源：``, the body in ``div#detail``
  with ``<p>``s, a dateline opening the first paragraph, a ``div.video`` block (a
  ``<video>`` and the text ``视频：…``, a caption) between paragraphs, subheads as
  whole-paragraph ``<p><strong>`` (level 1), and ``div#articleEdit`` (``【纠错】`` with a
  hidden form, ``【责任编辑：…】``) as the last thing inside ``div#detail``;
- ``s09_interview.html``: a magazine Q&A interview; ``<h1>``, a lead in ``p.summary``
  before the body container (body), then paragraphs that open with a bold speaker label
  (``<p><strong>记者：</strong>…？</p>``, ``<p><strong>张明：</strong>…</p>``: body
  paragraphs, label included, not headings; the answers carry the report text), two
  ``<h3>`` subheads between the Q&A blocks (level 1), a publication note and the editor
  line at the end of the container, a guest card, comments and a side list with ``<h3>``;
- ``s10_amp_mobile.html``: a mobile AMP article; ``<html amp>``, the AMP boilerplate
  style (``visibility:hidden`` keyframes), JSON-LD, an ``amp-sidebar`` menu before the
  article, ``<article><header><h1>…</h1><time>…</time></header><section>`` holding
  ``<p>``s and ``<h2>`` sections (level 1), ``<figure>`` with ``<amp-img>`` and
  ``<figcaption>``, ``div.share`` with ``amp-social-share``, an ``<aside>`` 相关阅读
  with its own ``<h2>`` after the article (not a heading), a footer, and a sticky
  ``amp-ad`` whose placeholder/fallback hold text;
- ``s11_encyclopedia_nolead_class.html``: an encyclopedia entry of another layout
  than n08/r10; the ``<h1>`` block with 编辑/收藏 links, then an infobox ``<table>`` of
  th/td rows (the article's), then the lead as plain ``<div class="para">`` paragraphs
  (no summary class, the same markup as the body paragraphs), a 目录 box (``1``/``▪``
  entries, not headings), ``<h2>`` sections (level 1) and ``<h3>`` subsections (level 2)
  with ``编辑本段`` links beside them, ``[n]`` reference marks, ``<h2>参考资料</h2>`` and
  its list (neither heading nor body), tags, statistics and a side column;
- ``s12_pre_notice.html``: a provincial government notice published as preformatted
  text; title in ``<h2 class="title">`` (no ``<h1>``), the whole document in one
  ``<pre>``: document number, salutation, paragraphs hard-wrapped at 36 characters,
  each indented with two full-width spaces and separated by blank lines, headings
  ``一、…`` (level 1) and ``（一）…`` (level 2) as indented one-line blocks (one
  ending with ``。``), the issuer and date pushed right with full-width spaces,
  ``（此件公开发布）`` and two ``附件：`` lines; meta line, print/close links, footer.

Run once; the outputs are committed (small):

    python eval/make_realdocs4_pages.py [--out eval/data/realdocs-made4]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs2_pages as prev

ROOT = Path(__file__).resolve().parents[1]
esc = prev.esc
section = prev.section


# ---------------------------------------------------- s07 ministry 政策解读 page


def build_policy_interpretation(path: Path) -> dict[str, Any]:
    title = "解读2014年政府工作报告：推动重要领域改革取得新突破"
    site = "国家经济发展委员会"
    s1, s2 = section(2014, "（一）"), section(2014, "（二）")
    intro = s1[0]
    blocks: list[tuple[str, list[str]]] = [
        ("一、简政放权与放管并重", [s1[1], s1[2]]),
        ("二、抓好财税金融体制改革", [s1[3], s1[4]]),
        ("三、开创高水平对外开放新局面", [s2[1], s2[2], s2[3]]),
    ]
    charts = {
        s1[2]: (
            "/zcjd/201403/W020140307563412875102.png",
            "图1：2013年国务院取消和下放行政审批事项情况",
        ),
        s2[2]: ("/zcjd/201403/W020140307563412875219.png", "图2：2009—2013年我国进出口总额"),
    }
    para = '<p style="text-indent:2em">'
    body = [intro]
    parts = [f"{para}{esc(intro)}</p>"]
    for head, paras in blocks:
        parts.append(f"<p><strong>　　{esc(head)}</strong></p>")
        for p in paras:
            parts.append(f"{para}{esc(p)}</p>")
            body.append(p)
            if p in charts:
                src, cap = charts[p]
                parts.append(
                    f'<p style="text-align:center"><img src="{src}" width="560" height="315" border="0" alt="" oldsrc="{src.rsplit("/", 1)[1]}"></p>'
                )
                parts.append(f'<p style="text-align:center">{esc(cap)}</p>')
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{title}_政策解读_{site}</title>
<meta name="SiteName" content="{site}" />
<meta name="SiteDomain" content="www.ndec.gov.cn" />
<meta name="SiteIDCode" content="bm08000001" />
<meta name="ColumnName" content="政策解读" />
<meta name="ColumnType" content="政策解读" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2014-03-07 16:32" />
<meta name="ContentSource" content="{site}" />
<meta name="Keywords" content="政府工作报告,行政体制改革,财税体制改革,对外开放" />
<link href="/images/2014/css/public.css" rel="stylesheet" type="text/css" />
<link href="/images/2014/css/pages.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/2014/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
function doZoom(size) {{ document.getElementById("UCAP-CONTENT").style.fontSize = size + "px"; }}
</script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="fl">{site}</span><span class="fr"><a href="/wza/">无障碍浏览</a>　<a href="/english/">English</a>　<a href="/m/">手机版</a>　<a href="javascript:;" class="wx">微信</a></span></div></div>
<div class="header w1200"><a class="logo" href="/"><img src="/images/2014/logo.png" alt="{site}" /></a><div class="search"><form action="/was5/web/search" method="get" target="_blank"><input type="text" name="searchword" class="ipt" value="" placeholder="请输入搜索内容" /><input type="submit" value="搜索" class="btn" /></form></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/jgsz/">机构设置</a></li><li><a href="/zwgk/">政务公开</a></li><li class="on"><a href="/zcfb/">政策发布</a></li><li><a href="/zcjd/">政策解读</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="w1200 crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zcfb/">政策发布</a> &gt; <a href="/zcjd/">政策解读</a></div>
<div class="w1200 pages clearfix">
<div class="pages-title">{title}</div>
<div class="pages-date">2014-03-07 16:32　来源：{site}<span class="font">字号：<a href="javascript:doZoom(16)">默认</a> <a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(20)">超大</a></span></div>
<div class="pages_content" id="UCAP-CONTENT">
{content}
</div>
<div class="pages_print"><span class="share">分享到：<a href="javascript:;" class="bds_weixin">微信</a><a href="javascript:;" class="bds_tsina">微博</a></span><span class="print"><a href="javascript:window.print();">【我要打印】</a><a href="javascript:window.opener=null;window.open('','_self');window.close();">【关闭窗口】</a></span></div>
<div class="related">
<div class="related-title">相关稿件</div>
<ul>
<li><a href="/zcjd/201403/t20140306_602118.html" target="_blank">图解：2014年政府工作报告中的“改革清单”</a><span>2014-03-06</span></li>
<li><a href="/zcfb/201402/t20140215_598871.html" target="_blank">关于进一步取消和下放行政审批事项的通知</a><span>2014-02-15</span></li>
<li><a href="/zcjd/201403/t20140305_601904.html" target="_blank">专家谈：财税改革这个“重头戏”怎么唱</a><span>2014-03-05</span></li>
</ul>
</div>
</div>
<div class="footer">
<div class="w1200">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p>
<p>主办单位：{site}办公厅　版权所有：{site}</p>
<p>网站标识码：bm08000001　<a href="http://www.miitbeian.gov.cn/" target="_blank">京ICP备05052245号</a>　京公网安备11010202000001号</p>
<p><a href="http://bszs.conac.cn/" target="_blank"><img src="/images/2014/red.png" alt="党政机关" /></a></p>
</div>
</div>
<script type="text/javascript" src="/images/2014/js/share.js"></script>
<script type="text/javascript">
var _maq = _maq || []; _maq.push(["_setAccount", "ndec"]);
(function () {{ var ma = document.createElement("script"); ma.type = "text/javascript"; ma.async = true; ma.src = "/images/2014/js/ma.js"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(ma, s); }})();
</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks],
        body,
        (0, 2, 3, 5, 7),
        [
            "当前位置",
            "字号：",
            "【我要打印】",
            "【关闭窗口】",
            "分享到",
            "相关稿件",
            "“改革清单”",
            "网站标识码",
            "京ICP备05052245号",
        ],
        "no <h1>: the title is div.pages-title (also <title> before _政策解读_站名); the "
        "<p><strong>　　一、…</strong></p> lines are the headings (level 1; the full-width "
        "spaces inside the bold run are indentation); the centred non-bold 图N： chart "
        "captions are neither required nor forbidden; the date/来源/字号 line, the "
        "pages_print tool bar and the related links are not body",
    )


# ------------------------------------------------------- s08 news-agency article


def build_xinhua_like(path: Path) -> dict[str, Any]:
    title = "2017年政府工作报告释放哪些新信号"
    site = "华讯网"
    one, two = section(2017, "一、"), section(2017, "二、")
    s1, s6 = section(2017, "（一）"), section(2017, "（六）")
    dateline = "华讯社北京3月5日电"
    lead = dateline + two[1]
    blocks: list[tuple[str | None, list[str]]] = [
        (None, [lead]),
        ("经济运行缓中趋稳、稳中向好", [one[0], one[3]]),
        ("财政政策更加积极有效", [two[2], two[3]]),
        ("深入推进“三去一降一补”", [s1[0], s1[1], s1[2]]),
        ("积极主动扩大对外开放", [s6[1], s6[3]]),
    ]
    body: list[str] = []
    parts: list[str] = []
    for head, paras in blocks:
        if head:
            parts.append(f"<p><strong>{esc(head)}</strong></p>")
        for p in paras:
            parts.append(f"<p>{esc(p)}</p>")
            body.append(p)
            if len(body) == 2:
                parts.append(
                    '<div class="video" id="video_1"><div class="video-con"><video src="http://vod.huaxun.net/2017/03/05/c_129502847.mp4" controls="controls" poster="http://img.huaxun.net/2017/03/05/1120572304_poster.jpg" width="600" height="338" preload="none">您的浏览器不支持视频播放</video></div><p style="text-align:center"><font color="navy">视频：十二届全国人大五次会议在京开幕</font></p></div>'
                )
    parts.append(
        '<div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0);" class="advise">【纠错】</a><div class="tiyi01" id="advisebox01" style="display:none"><div><iframe width="600" height="350" frameborder="0" scrolling="no" src="http://vote.huaxun.net/jiucuo.htm?url=c_1120572304"></iframe></div><div class="tiyi03"><div class="tiyi02">关闭</div></div></div></span><span class="editor">【责任编辑：刘畅】</span></div>'
    )
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta name="publishid" content="1120572304.11.1002.0" />
<meta name="pageid" content="11.8.1002" />
<meta name="keywords" content="政府工作报告,预期目标,财政政策,对外开放" />
<meta name="description" content="{title}---{dateline}{esc(two[1][:30])}" />
<title>{title}-{site}</title>
<link rel="stylesheet" href="http://www.huaxun.net/detail2016/css/style.css" />
<script type="text/javascript" src="http://www.huaxun.net/global/js/jquery.min.js"></script>
<script>
var mobileUrl = "http://m.huaxun.net/2017-03/05/c_1120572304.htm";
if (/Android|iPhone|iPad|Windows Phone/i.test(navigator.userAgent)) {{ window.location.href = mobileUrl; }}
</script>
</head>
<body>
<div class="topBar domPC"><div class="widthMain clearfix"><div class="logo left"><a href="http://www.huaxun.net/" target="_blank"><img src="http://www.huaxun.net/detail2016/images/logo.png" alt="{site}" /></a></div><div class="nav left"><a href="http://www.huaxun.net/politics/" target="_blank">时政</a><a href="http://www.huaxun.net/local/" target="_blank">地方</a><a href="http://www.huaxun.net/legal/" target="_blank">法治</a><a href="http://www.huaxun.net/renshi/" target="_blank">人事</a><a href="http://www.huaxun.net/world/" target="_blank">国际</a><a href="http://www.huaxun.net/fortune/" target="_blank">财经</a><a href="http://www.huaxun.net/video/" target="_blank">视频</a><a href="http://www.huaxun.net/photo/" target="_blank">图片</a></div><div class="search right"><input type="text" placeholder="搜索" /></div></div></div>
<div class="header domPC">
<div class="header-top clearfix">
<div class="widthMain">
<div class="news-position"><a href="http://www.huaxun.net/" target="_blank">首页</a><span>&gt;</span><a href="http://www.huaxun.net/politics/" target="_blank">时政</a><span>&gt;</span>正文</div>
<div class="head-line clearfix">
<h1><span class="title">{title}</span><span class="btn-audio"></span></h1>
<div class="pageShare"><div class="setFont">字体：<span id="fontSmall">小</span><span id="fontNormal" class="active">中</span><span id="fontBig">大</span></div><div class="share bdsharebuttonbox">分享到：<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div></div>
</div>
<div class="header-cont clearfix">
<div class="header-time left"><span class="year"><em> 2017</em></span><span class="day"><em> 03</em>/<em>05</em></span><span class="time"> 11:36:01</span></div>
<div class="source">来源：{site}</div>
</div>
</div>
</div>
</div>
<div class="main clearfix">
<div class="main-left left">
<div id="detail">
{content}
</div>
<div class="tadd">
<div class="pageShare"><div class="share bdsharebuttonbox">分享到：<a href="#" class="bds_weixin" data-cmd="weixin"></a><a href="#" class="bds_tsina" data-cmd="tsina"></a></div></div>
</div>
<div class="nextpage"></div>
<div class="correlation">
<div class="tit">相关新闻</div>
<ul>
<li><a href="http://www.huaxun.net/politics/2017lh/2017-03/05/c_1120571106.htm" target="_blank">十二届全国人大五次会议在北京开幕</a></li>
<li><a href="http://www.huaxun.net/politics/2017lh/2017-03/05/c_1120572111.htm" target="_blank">一图读懂2017年政府工作报告</a></li>
<li><a href="http://www.huaxun.net/fortune/2017-03/05/c_1120573018.htm" target="_blank">6.5%左右：增长目标为何这样定</a></li>
</ul>
</div>
</div>
<div class="main-right right">
<div class="columBox"><div class="col-tit"><span>热点推荐</span></div>
<ul class="hotList"><li><a href="http://www.huaxun.net/politics/2017lh/2017-03/04/c_1120567321.htm">两会首场新闻发布会回应热点</a></li><li><a href="http://www.huaxun.net/politics/2017lh/2017-03/04/c_1120565517.htm">代表委员陆续抵京报到</a></li><li><a href="http://www.huaxun.net/fortune/2017-03/05/c_1120573302.htm">减税降费今年再发力</a></li></ul>
</div>
<div class="columBox"><div class="col-tit"><span>图片</span></div><a href="http://www.huaxun.net/photo/2017-03/05/c_1120573110.htm"><img src="http://img.huaxun.net/2017/03/05/side_photo.jpg" alt="" width="300" height="200" /></a></div>
</div>
</div>
<div class="foot">
<div class="widthMain">
<p><a href="http://www.huaxun.net/aboutus/" target="_blank">关于我们</a> | <a href="http://www.huaxun.net/contact/" target="_blank">联系我们</a> | <a href="http://www.huaxun.net/ad/" target="_blank">广告服务</a></p>
<p>Copyright &copy; 2000-2017 HUAXUN.NET All Rights Reserved.</p>
<p>制作单位：{site}　版权所有：{site}　<a href="http://www.miitbeian.gov.cn/" target="_blank">京ICP备06012118号</a></p>
</div>
</div>
<script type="text/javascript">
$(".tiyi1 .advise").click(function () {{ $("#advisebox01").show(); }});
$(".tiyi02").click(function () {{ $("#advisebox01").hide(); }});
window._bd_share_config = {{ "common": {{ "bdSnsKey": {{}}, "bdText": "", "bdMini": "2", "bdPic": "", "bdStyle": "0", "bdSize": "24" }}, "share": {{}} }};
</script>
<script src="http://www.huaxun.net/detail2016/js/share.js"></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 2, 4, 6, 8),
        [
            "【纠错】",
            "【责任编辑：刘畅】",
            "您的浏览器不支持视频播放",
            "字体：",
            "分享到",
            "一图读懂2017年政府工作报告",
            "两会首场新闻发布会回应热点",
            "京ICP备06012118号",
        ],
        "the title is the <h1> (its span.title); the date pieces and 来源 in div.header-cont "
        "are metadata; the dateline 华讯社北京3月5日电 opens the first paragraph and is body "
        "(the passage starts with it); the whole-paragraph <p><strong> lines are the "
        "subheads (level 1); the div.video block between paragraphs is not body, its "
        "视频：… line is a caption (neither required nor forbidden); div#articleEdit "
        "(【纠错】 and its hidden form, 【责任编辑：…】) is the last thing inside div#detail "
        "and is not body",
    )


# ------------------------------------------------------------ s09 Q&A interview


def build_interview(path: Path) -> dict[str, Any]:
    title = "专访经济学家张明：把改革开放扎实推向纵深"
    site = "财经视点"
    three, five = section(2015, "三、"), section(2015, "五、")
    lead = three[0]
    reporter, guest = "记者：", "张明："
    blocks: list[tuple[str | None, list[tuple[str, str]]]] = [
        (
            None,
            [
                ("今年的政府工作报告把简政放权放在改革的突出位置，具体有哪些部署？", three[2]),
                ("投融资体制和价格改革方面呢？", three[3]),
            ],
        ),
        (
            "对外开放：从“引进来”到“走出去”",
            [
                ("在稳外贸方面，报告释放了哪些信号？", three[10]),
                ("企业走出去的步子会不会更大？", three[12]),
            ],
        ),
        (
            "民生：就业优先不动摇",
            [("经济下行压力下，就业怎么保？", five[1])],
        ),
    ]
    body = [lead]
    parts: list[str] = []
    headings: list[str] = []
    for head, qas in blocks:
        if head:
            parts.append(f"<h3>{esc(head)}</h3>")
            headings.append(head)
        for q, a in qas:
            parts.append(f"<p><strong>{reporter}</strong>{esc(q)}</p>")
            parts.append(f"<p><strong>{guest}</strong>{esc(a)}</p>")
            body += [reporter + q, guest + a]
    parts.append('<p class="from">（本文刊发于《财经视点》周刊2015年第10期）</p>')
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - {site}</title>
<meta name="keywords" content="专访,政府工作报告,简政放权,对外开放,就业">
<meta name="description" content="{esc(lead[:48])}">
<link rel="stylesheet" href="//static.cjsd.com.cn/css/common.css?v=1503">
<link rel="stylesheet" href="//static.cjsd.com.cn/css/article.css?v=1503">
<script src="//static.cjsd.com.cn/js/jquery.min.js"></script>
<script>var ARTICLE = {{ id: 20150308112, channel: "interview", comments: 3 }};</script>
</head>
<body class="article-page">
<div id="top-nav"><div class="container"><a class="brand" href="//www.cjsd.com.cn/">{site}</a><ul class="menu"><li><a href="//www.cjsd.com.cn/macro/">宏观</a></li><li><a href="//www.cjsd.com.cn/finance/">金融</a></li><li><a href="//www.cjsd.com.cn/company/">公司</a></li><li class="active"><a href="//www.cjsd.com.cn/interview/">访谈</a></li><li><a href="//www.cjsd.com.cn/opinion/">观点</a></li><li><a href="//www.cjsd.com.cn/magazine/">杂志</a></li></ul><div class="user"><a href="//passport.cjsd.com.cn/login">登录</a><a href="//www.cjsd.com.cn/subscribe/">订阅</a></div></div></div>
<div class="container clearfix">
<div class="col-main">
<div class="article-head">
<div class="channel-tag"><a href="//www.cjsd.com.cn/interview/">访谈</a></div>
<h1>{title}</h1>
<div class="info"><span class="time">2015-03-09 08:30</span><span class="source">来源：《{site}》周刊</span><span class="author">记者 李文</span><span class="views">阅读 <em>8,216</em></span></div>
</div>
<p class="summary">{esc(lead)}</p>
<div class="article-content" id="articleContent">
{content}
<div class="editor">责任编辑：周晓</div>
</div>
<div class="article-tags">标签：<a href="//www.cjsd.com.cn/tag/专访">专访</a><a href="//www.cjsd.com.cn/tag/政府工作报告">政府工作报告</a><a href="//www.cjsd.com.cn/tag/简政放权">简政放权</a></div>
<div class="article-share"><span>分享到：</span><a class="weixin" href="javascript:;">微信</a><a class="weibo" href="javascript:;">微博</a><a class="copylink" href="javascript:;">复制链接</a></div>
<div class="comments" id="comments">
<h3 class="comments-title">网友评论（3）</h3>
<div class="comment-form"><textarea placeholder="写下你的评论…"></textarea><button type="button">发表</button></div>
<ul class="comment-list">
<li><span class="nick">北京网友</span><span class="ctime">2015-03-09 10:12</span><p>说得很透彻，期待改革真正落地。</p></li>
<li><span class="nick">老李看经济</span><span class="ctime">2015-03-09 11:40</span><p>走出去这部分讲得好，企业最关心这个。</p></li>
</ul>
</div>
</div>
<div class="col-side">
<div class="guest-card"><h3>受访嘉宾</h3><img src="//img.cjsd.com.cn/guest/zhangming.jpg" alt="张明"><p>张明，经济学博士，长期从事宏观经济与体制改革研究。</p></div>
<div class="side-box"><h3>访谈推荐</h3><ul><li><a href="//www.cjsd.com.cn/interview/2015/0302/20150302087.html">对话银行业人士：利率市场化下一步</a></li><li><a href="//www.cjsd.com.cn/interview/2015/0225/20150225061.html">专访：新常态下的企业转型</a></li></ul></div>
<div class="side-box magazine"><h3>本期杂志</h3><a href="//www.cjsd.com.cn/magazine/2015-10/"><img src="//img.cjsd.com.cn/mag/2015-10.jpg" alt="2015年第10期"></a></div>
</div>
</div>
<div id="footer"><div class="container"><p><a href="//www.cjsd.com.cn/about/">关于我们</a> · <a href="//www.cjsd.com.cn/join/">加入我们</a> · <a href="//www.cjsd.com.cn/copyright/">版权声明</a></p><p>&copy; 2015 {site} 版权所有　<a href="http://www.miitbeian.gov.cn/">京ICP备13025541号-1</a></p></div></div>
<script>
$(".copylink").on("click", function () {{ window.prompt("复制本文链接", location.href); }});
</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h in headings],
        body,
        (0, 2, 5, 8, 10),
        [
            "（本文刊发于《财经视点》周刊2015年第10期）",
            "责任编辑：周晓",
            "受访嘉宾",
            "张明，经济学博士",
            "期待改革真正落地",
            "对话银行业人士",
            "网友评论",
            "京ICP备13025541号-1",
        ],
        "the lead p.summary sits before the body container and is body (first passage); "
        "every <p> opening with a bold 记者：/张明： label is a body paragraph, label "
        "included (passages start with it), not a heading; the two <h3>s between the Q&A "
        "blocks are the subheads (level 1); the publication note and 责任编辑 line at the "
        "end of the container, the guest card, comments and side boxes (their <h3>s "
        "included) are not body",
    )


# ---------------------------------------------------------- s10 AMP mobile page


def build_amp(path: Path) -> dict[str, Any]:
    title = "2016年政府工作报告要点：稳增长、调结构、惠民生"
    site = "掌上财经"
    three = section(2016, "三、")
    s1, s2, s7 = (section(2016, h) for h in ("（一）", "（二）", "（七）"))
    blocks: list[tuple[str | None, list[str]]] = [
        (None, [three[1], three[2]]),
        ("财政赤字适度扩大", [s1[1], s1[2]]),
        ("推进供给侧结构性改革", [s2[3], s2[4]]),
        ("切实保障改善民生", [s7[1], s7[4]]),
    ]
    body: list[str] = []
    parts: list[str] = []
    for head, paras in blocks:
        if head:
            parts.append(f"<h2>{esc(head)}</h2>")
        for p in paras:
            parts.append(f"<p>{esc(p)}</p>")
            body.append(p)
            if len(body) == 2:
                parts.append(
                    '<figure><amp-img src="https://img.zscj.com.cn/2016/0305/lh_open_640.jpg" width="640" height="360" layout="responsive" alt="大会开幕"></amp-img><figcaption>3月5日，十二届全国人大四次会议在北京人民大会堂开幕。</figcaption></figure>'
                )
            if len(body) == 6:
                parts.append(
                    '<figure><amp-img src="https://img.zscj.com.cn/2016/0305/chart_gdp_640.png" width="640" height="400" layout="responsive" alt=""></amp-img><figcaption>制图：掌上财经 陈一</figcaption></figure>'
                )
    content = "\n".join(parts)
    boiler = "body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    noboiler = "body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}"
    page = f"""<!doctype html>
<html amp lang="zh-CN">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-sticky-ad" src="https://cdn.ampproject.org/v0/amp-sticky-ad-1.0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{title} - {site}</title>
<link rel="canonical" href="https://www.zscj.com.cn/news/2016/0305/11824.html">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">
{{"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": "https://www.zscj.com.cn/news/2016/0305/11824.html", "headline": "{title}", "datePublished": "2016-03-05T10:20:00+08:00", "dateModified": "2016-03-05T11:02:00+08:00", "image": ["https://img.zscj.com.cn/2016/0305/lh_open_640.jpg"], "author": {{"@type": "Person", "name": "王涛"}}, "publisher": {{"@type": "Organization", "name": "{site}", "logo": {{"@type": "ImageObject", "url": "https://www.zscj.com.cn/static/logo_amp.png"}}}}}}
</script>
<style amp-boilerplate>{boiler}</style><noscript><style amp-boilerplate>{noboiler}</style></noscript>
<style amp-custom>
body{{font-family:-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif;color:#222;margin:0}}
.topbar{{display:flex;align-items:center;height:44px;padding:0 12px;background:#c7000b;color:#fff}}
article{{padding:0 16px}}article h1{{font-size:22px;line-height:1.4;margin:16px 0 8px}}article time{{color:#999;font-size:12px}}
article section p{{font-size:17px;line-height:1.8;margin:0 0 16px;text-align:justify}}article section h2{{font-size:18px;border-left:3px solid #c7000b;padding-left:8px}}
figcaption{{font-size:13px;color:#888;text-align:center}}.share{{padding:12px 16px}}.related{{padding:0 16px}}.related h2{{font-size:16px}}
</style>
</head>
<body>
<header class="topbar"><button class="menu-btn" on="tap:sidebar.toggle" aria-label="菜单">☰</button><a class="logo" href="https://m.zscj.com.cn/">{site}</a><a class="open-app" href="https://m.zscj.com.cn/app/">打开APP</a></header>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">
<nav class="side-nav"><ul><li><a href="https://m.zscj.com.cn/">首页</a></li><li><a href="https://m.zscj.com.cn/macro/">宏观</a></li><li><a href="https://m.zscj.com.cn/stock/">股市</a></li><li><a href="https://m.zscj.com.cn/fund/">基金</a></li><li><a href="https://m.zscj.com.cn/2016lh/">2016两会</a></li></ul></nav>
</amp-sidebar>
<main>
<article>
<header>
<h1>{title}</h1>
<time datetime="2016-03-05T10:20:00+08:00">2016-03-05 10:20</time> <span class="src">来源：{site} 王涛</span>
</header>
<section>
{content}
</section>
<div class="share"><span>分享到：</span><amp-social-share type="weibo" width="32" height="32" data-param-url="https://www.zscj.com.cn/news/2016/0305/11824.html"></amp-social-share><amp-social-share type="wechat" width="32" height="32" data-share-endpoint="weixin://"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share></div>
</article>
<aside class="related">
<h2>相关阅读</h2>
<ul>
<li><a href="https://www.zscj.com.cn/amp/news/2016/0305/11818.html">赤字率提高到3%，钱花在哪儿</a></li>
<li><a href="https://www.zscj.com.cn/amp/news/2016/0305/11820.html">去产能：钢铁煤炭行业率先突破</a></li>
<li><a href="https://www.zscj.com.cn/amp/news/2016/0304/11790.html">两会前瞻：今年经济怎么干</a></li>
</ul>
</aside>
</main>
<footer class="foot"><p><a href="https://www.zscj.com.cn/news/2016/0305/11824.html">电脑版</a> | <a href="https://m.zscj.com.cn/feedback/">意见反馈</a></p><p>&copy; 2016 {site}　京ICP备16008810号-2</p></footer>
<amp-sticky-ad layout="nodisplay">
<amp-ad width="320" height="50" type="doubleclick" data-slot="/81652733/zscj_m_sticky_320x50"><div placeholder>广告加载中…</div><div fallback>下载{site}APP，实时行情随身看</div></amp-ad>
</amp-sticky-ad>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 2, 4, 5, 7),
        [
            "打开APP",
            "2016两会",
            "分享到",
            "相关阅读",
            "赤字率提高到3%，钱花在哪儿",
            "京ICP备16008810号-2",
            "广告加载中",
            "实时行情随身看",
        ],
        "an AMP page (the amp-boilerplate style hides the body until the AMP script runs; "
        "a reader sees it); the title is the <h1> in the article header; the <h2>s inside "
        "the article's <section> are the headings (level 1); <figcaption>s are captions "
        "(neither required nor forbidden); the amp-sidebar menu before the article, the "
        "share block, the <aside> 相关阅读 with its own <h2> (not a heading), the footer "
        "and the sticky amp-ad's placeholder/fallback text are not body",
    )


# ------------------------------------- s11 encyclopedia, lead without a class name


def build_encyclopedia_nolead(path: Path) -> dict[str, Any]:
    name = "2015年国务院政府工作报告"
    site = "知源百科"
    one, two, three = section(2015, "一、"), section(2015, "二、"), section(2015, "三、")
    four, five, six = section(2015, "四、"), section(2015, "五、"), section(2015, "六、")
    lead = [one[0], two[2]]
    secs: list[tuple[str, list[str], list[tuple[str, str]]]] = [
        ("工作回顾", [], [("宏观调控", one[3]), ("改革开放", one[5])]),
        ("总体部署", [two[5]], []),
        (
            "重点工作",
            [],
            [("财税改革", three[5]), ("科技创新", four[13]), ("教育公平", five[3])],
        ),
        ("政府自身建设", [six[1]], []),
    ]
    refs_at = {one[3]: 1, two[5]: 2, three[5]: 3}

    def para(p: str) -> str:
        sup = ""
        if p in refs_at:
            n = refs_at[p]
            sup = f'<sup class="ref" id="ref_{n}"><a href="#refer_{n}">[{n}]</a></sup>'
        return f'<div class="para">{esc(p)}{sup}</div>'

    body = list(lead)
    headings: list[tuple[str, int]] = []
    parts: list[str] = []
    toc: list[str] = []
    for i, (head, paras, subs) in enumerate(secs, 1):
        parts.append(
            f'<div class="section-head level-1" id="s{i}"><h2>{esc(head)}</h2><a class="edit-section" href="/edit/{name}?section={i}">编辑本段</a></div>'
        )
        headings.append((head, 1))
        toc.append(
            f'<li class="level1"><span class="index">{i}</span><span class="text"><a href="#s{i}">{esc(head)}</a></span></li>'
        )
        for p in paras:
            parts.append(para(p))
            body.append(p)
        for j, (sub, p) in enumerate(subs, 1):
            parts.append(
                f'<div class="section-head level-2" id="s{i}_{j}"><h3>{esc(sub)}</h3><a class="edit-section" href="/edit/{name}?section={i}_{j}">编辑本段</a></div>'
            )
            headings.append((sub, 2))
            toc.append(
                f'<li class="level2"><span class="index">▪</span><span class="text"><a href="#s{i}_{j}">{esc(sub)}</a></span></li>'
            )
            parts.append(para(p))
            body.append(p)
    content = "\n".join(parts)
    toc_html = "\n".join(toc)
    page = f"""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<title>{name}_{site}</title>
<meta name="description" content="{name}是2015年3月5日在第十二届全国人民代表大会第三次会议上所作的报告。">
<meta name="keywords" content="{name},政府工作报告,2015年,{site}">
<link rel="canonical" href="https://www.zhiyuanbaike.com/wiki/{name}">
<link rel="stylesheet" href="https://static.zhiyuanbaike.com/css/entry.min.css?v=201503">
<script>window.ENTRY = {{"entryId": 5582013, "title": "{name}", "version": 9, "editable": true}};</script>
</head>
<body>
<div class="site-header"><div class="wrap"><a class="site-logo" href="/">{site}</a><div class="site-search"><form action="/search" method="get"><input type="text" name="q" value="{name}"><button type="submit">进入词条</button><button type="submit" name="type" value="all">全站搜索</button></form></div><div class="site-user"><a href="/login">登录</a><a href="/register">注册</a></div></div></div>
<div class="site-nav"><div class="wrap"><a href="/">首页</a><a href="/category/">分类</a><a href="/special/">特色百科</a><a href="/task/">任务</a><a href="/help/">帮助</a></div></div>
<div class="wrap entry-layout clearfix">
<div class="entry-main">
<div class="entry-top">
<div class="entry-title"><h1>{name}</h1><span class="entry-actions"><a class="btn-edit" href="/edit/{name}">编辑</a><a class="btn-fav" href="javascript:;">收藏</a><a class="btn-share" href="javascript:;">分享</a></span></div>
</div>
<div class="entry-body">
<table class="entry-card" cellspacing="0" cellpadding="0">
<tbody>
<tr><th>中文名</th><td>{name}</td></tr>
<tr><th>报告机关</th><td>中华人民共和国国务院</td></tr>
<tr><th>报告时间</th><td>2015年3月5日</td></tr>
<tr><th>会　　议</th><td>十二届全国人大三次会议</td></tr>
<tr><th>批准时间</th><td>2015年3月15日</td></tr>
</tbody>
</table>
{para(lead[0])}
{para(lead[1])}
<div class="entry-catalog"><div class="catalog-title">目录</div>
<ol class="catalog-list">
{toc_html}
</ol>
</div>
{content}
<div class="entry-reference">
<h2 class="reference-title">参考资料</h2>
<ul class="reference-list">
<li id="refer_1"><span class="ref-index">1.</span><a rel="nofollow" href="http://www.gov.cn/guowuyuan/2015-03/16/content_2835101.htm" target="_blank">政府工作报告（全文）</a><span class="ref-site">．中国政府网</span>．2015-03-16 [引用日期2015-03-20]</li>
<li id="refer_2"><span class="ref-index">2.</span><a rel="nofollow" href="http://news.zhiyuanbaike.com/2015/0305/growth7.html" target="_blank">经济增长预期目标调至7%左右</a><span class="ref-site">．知源新闻</span>．2015-03-05 [引用日期2015-03-20]</li>
<li id="refer_3"><span class="ref-index">3.</span><a rel="nofollow" href="http://news.zhiyuanbaike.com/2015/0306/csgg.html" target="_blank">财税改革迈出新步伐</a><span class="ref-site">．知源新闻</span>．2015-03-06 [引用日期2015-03-21]</li>
</ul>
</div>
<div class="entry-tags">词条标签：<a href="/tag/政治">政治</a>　<a href="/tag/政府文件">政府文件</a>　<a href="/tag/2015年">2015年</a></div>
</div>
</div>
<div class="entry-side">
<div class="side-box"><div class="side-title">词条统计</div><ul><li>浏览次数：38926次</li><li>编辑次数：9次</li><li>最近更新：2015-04-02</li><li>创建者：zy_editor01</li></ul></div>
<div class="side-box"><div class="side-title">相关词条</div><ul><li><a href="/wiki/2014年国务院政府工作报告">2014年国务院政府工作报告</a></li><li><a href="/wiki/2016年国务院政府工作报告">2016年国务院政府工作报告</a></li><li><a href="/wiki/简政放权">简政放权</a></li></ul></div>
</div>
</div>
<div class="site-footer"><div class="wrap"><p>&copy;2015 {site}　<a href="/help/rules">使用前必读</a>　<a href="/help/copyright">版权声明</a>　<a href="http://www.miitbeian.gov.cn/">京ICP证150318号</a></p></div></div>
<script src="https://static.zhiyuanbaike.com/js/entry.min.js?v=201503"></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        name,
        headings,
        body,
        (0, 1, 3, 5, 8),
        [
            "1工作回顾",
            "▪宏观调控",
            "编辑本段",
            "引用日期",
            "财税改革迈出新步伐",
            "词条标签",
            "浏览次数",
            "使用前必读",
            "京ICP证150318号",
        ],
        'the lead is the two <div class="para"> paragraphs between the infobox table and '
        "the 目录 box: the same markup as the body paragraphs, no summary class, and body "
        "(both are passages); the infobox (th/td rows) is the article's and may be kept, "
        "so its fields are not boilerplate; the 目录 box (numbered/▪ entries) is neither "
        "headings nor body; <h2> sections are level 1, <h3> level 2, read without the "
        "编辑本段 links beside them; <h2>参考资料</h2> and its list are apparatus (not a "
        "heading, not body); the [n] marks are neither required nor forbidden",
    )


# --------------------------------------------------- s12 notice in a <pre> block


WRAP = 36


def wrapped(p: str, indent: str = "　　") -> str:
    """A paragraph as typed into plain text: indented, hard-wrapped every WRAP characters."""
    s = indent + p
    return "\n".join(s[i : i + WRAP] for i in range(0, len(s), WRAP))


def build_pre_notice(path: Path) -> dict[str, Any]:
    title = "西江省人民政府关于认真做好2013年重点工作的通知"
    site = "西江省人民政府"
    two, s1, s3, s4 = (section(2013, h) for h in ("二、", "（一）", "（三）", "（四）"))
    intro = two[1]
    blocks: list[tuple[str, int, list[str]]] = [
        ("一、加快转变经济发展方式", 1, []),
        ("（一）坚持扩大内需战略", 2, [s1[1]]),
        ("（二）推进经济结构调整。", 2, [s1[2]]),
        ("二、着力保障和改善民生", 1, []),
        ("（一）稳定和扩大就业", 2, [s3[1]]),
        ("（二）织密社会保障网", 2, [s3[2]]),
        ("（三）推进医药卫生改革", 2, [s3[3]]),
        ("三、深入推进改革开放", 1, [s4[1], s4[3]]),
    ]
    body = [intro]
    chunks = [
        "　　　　　　　　　　　　西政发〔2013〕8号",
        "各市、县人民政府，省政府各部门、各直属机构：",
        wrapped(intro),
    ]
    for head, _, paras in blocks:
        chunks.append("　　" + head)
        for p in paras:
            chunks.append(wrapped(p))
            body.append(p)
    pad = "　" * 22
    chunks += [
        f"{pad}{site}\n{pad}2013年3月25日",
        "　　（此件公开发布）",
        "附件：1.西江省2013年重点工作任务分工表\n　　　2.西江省2013年十件民生实事项目清单",
    ]
    pre = esc("\n\n".join(chunks))
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title>
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="省政府文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2013-03-27 09:15">
<link rel="stylesheet" type="text/css" href="/css/xjgov2012.css">
<style type="text/css">
.wenjian pre {{ white-space: pre-wrap; word-wrap: break-word; font-family: "宋体", SimSun, serif; font-size: 16px; line-height: 30px; }}
</style>
<script type="text/javascript" src="/js/jquery.js"></script>
</head>
<body>
<div id="top"><div class="w980"><img src="/images/2012/banner.jpg" width="980" height="110" alt="{site}"></div></div>
<div id="menu"><div class="w980"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zfwj/">政府文件</a><a href="/bsfw/">网上办事</a><a href="/gzhd/">公众互动</a><a href="/xjgk/">西江概况</a></div></div>
<div class="w980 position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zfwj/">政府文件</a> &gt; <a href="/zfwj/szfwj/">省政府文件</a></div>
<div class="w980 main">
<div class="wenjian">
<h2 class="title">{title}</h2>
<div class="property"><span>发布日期：2013-03-27</span><span>来源：省政府办公厅</span><span>【字体：<a href="javascript:;" onclick="$('.wenjian pre').css('font-size','18px')">大</a> <a href="javascript:;" onclick="$('.wenjian pre').css('font-size','16px')">中</a> <a href="javascript:;" onclick="$('.wenjian pre').css('font-size','14px')">小</a>】</span></div>
<div class="wenjian-body">
<pre>{pre}</pre>
</div>
<div class="tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="xgwj"><div class="xgwj-title">相关文件</div><ul><li><a href="/zfwj/szfwj/201302/t20130220_87215.html">西江省人民政府关于做好2013年春耕生产工作的通知</a></li><li><a href="/zfwj/szfbf/201303/t20130312_87902.html">西江省人民政府办公厅关于印发2013年政务公开工作要点的通知</a></li></ul></div>
</div>
<div id="footer"><div class="w980"><p>主办：西江省人民政府办公厅　承办：西江省信息中心</p><p>网站标识码：3600000012　<a href="http://www.miitbeian.gov.cn/">西ICP备05002468号</a></p></div></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, lv) for h, lv, _ in blocks],
        body,
        (0, 2, 3, 5, 7),
        [
            "您当前的位置",
            "发布日期：",
            "【打印本页】",
            "【关闭窗口】",
            "相关文件",
            "做好2013年春耕生产工作",
            "网站标识码",
            "西ICP备05002468号",
        ],
        "no <h1>: the title is h2.title (also <title>); the whole notice is one <pre>: "
        "blocks separated by blank lines are paragraphs and the hard line breaks inside "
        "a block are not (the wrapped lines join without spaces); indented one-line "
        "blocks 一、… are level-1 headings and （一）… level-2 (one ends with 。); the "
        "document number, salutation, issuer, date, （此件公开发布） and the 附件 lines "
        "are the notice's own and neither required nor forbidden (附件： is not a "
        "heading); the property line, tools, related files and footer are not body",
    )


BUILDERS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "s07_policy_interpretation.html": build_policy_interpretation,
    "s08_xinhua_like.html": build_xinhua_like,
    "s09_interview.html": build_interview,
    "s10_amp_mobile.html": build_amp,
    "s11_encyclopedia_nolead_class.html": build_encyclopedia_nolead,
    "s12_pre_notice.html": build_pre_notice,
}


def main(argv: list[str] | None = None) -> int:
    return prev.make_pages(BUILDERS, ROOT / "eval" / "data" / "realdocs-made4", argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())
