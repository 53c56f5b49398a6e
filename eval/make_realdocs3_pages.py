# ruff: noqa: E501  (HTML templates of the made pages are kept on one line each)
"""Make the web pages of ``realdocs-made3`` (r07-r12) and their gold annotations.

Development data for the HTML reader, a third set after ``realdocs-made`` (m05/m06) and
``realdocs-made2`` (n07-n12): six pages written after the layout of other kinds of
Chinese sites (markup from general knowledge of how such sites are built, not copied
from any page; site names and addresses are made up), with body text taken only from
the government work reports 2013-2017 (``../shared/data/gov-work-reports``). The gold
of each page is written by this script from what it put on the page, before and
independent of any reader output (helpers and self-checks from
``make_realdocs2_pages.py``):

- ``r07_portal_163_like.html``: a big portal article; ``<title>`` ``标题_站名``,
  ``h1.post_title``, ``div.post_info`` with time, ``来源: xx`` (ASCII colon), 举报 and a
  跟贴 count, the body in ``div.post_body`` with ``　　``-indented paragraphs, a first
  paragraph ``原标题：…`` (metadata, not body), ``<h3>`` subheads inside the body (level
  1), a photo and ``p.f_center`` caption, an ad block ``div.gg200x300`` (``广告`` tag
  and ad copy) between two paragraphs, the ``本文来源：… 责任编辑：王辰_NN6215`` line at
  the end of the body container, share bar, 跟贴 box, a ``热门推荐`` list with ``<h3>``
  item titles, a side hot list and footer;
- ``r08_people_like.html``: a party-paper site article; an empty ``h3.pre``, ``<h1>``,
  ``h4.sub`` subtitle ``——…`` below it (the title is the h1 alone), ``div.box01`` with
  date, 来源 and share links, the body in ``div.rm_txt_con`` with ``text-indent`` paragraphs,
  subheads as centred whole-paragraph bold ``<p style="text-align: center;"><strong>``
  (one level), paragraphs opening with a bold lead sentence and one with a bold phrase
  mid-paragraph (body, not headings), a centred non-bold photo caption, ``（责编：…）``
  as the last line inside the body container, related news and a hot list;
- ``r09_law_style.html``: a provincial government policy page laid out like a
  regulation; an information table before the title (索引号/主题分类/发文机关/标题/发文字号,
  the title repeated in it), ``<h1>``, the adoption note line ``（…通过 …公布 自…施行）``,
  centred bold chapter headings ``第一章　总　　则`` / ``第二章　…`` (level 1, with the
  inner spacing of printed laws), articles ``<strong>第一条</strong>　…`` as body
  paragraphs (not headings), an attachment list of links, ``<title>`` ``标题_站名``,
  footer with 网站标识码/ICP;
- ``r10_mediawiki_zh.html``: a MediaWiki (Vector skin) article; ``h1#firstHeading``,
  ``#siteSub``, jump links, a hatnote, a ``table.infobox`` (title row, image, th/td
  name/value rows), lead paragraphs before ``div#toc`` (entries ``1 背景``/``2.1 …`` are
  not headings), ``<h2>``/``<h3>`` headings holding ``span.mw-headline`` and
  ``span.mw-editsection`` ``[编辑]``, ``sup.reference`` ``[1]`` marks, ``<h2>参考文献</h2>``
  with ``ol.references`` (neither heading nor body), a ``table.navbox``, the printfooter,
  category links, the footer ``本页面最后修订于…`` and the sidebar/tabs after the content;
- ``r11_column_article.html``: a column platform article (server-rendered React page);
  ``h1.Post-Title``, an author card (name, ``宏观经济研究员`` badge, follow button), a
  voters line, the body in ``div.RichText`` with ``<h2>`` sections, a lead-in line and a
  ``<ul>`` of short items, a ``<blockquote>``, an ``<hr>``, then ``发布于 2017-03-06
  10:00``, topic tags, a vote/comment/share bar, the columns box, ``推荐阅读`` with
  ``<h3>`` titles, comments, and a ``<script type="text/json">`` holding the article
  state;
- ``r12_gbk_old_portal.html``: an old provincial news page saved as GBK bytes with
  ``<meta http-equiv="Content-Type" content="text/html; charset=gb2312">``; layout tables
  (``<table width="760">``, a left column of links before the article), no ``<h1>``: the
  title in ``<td class="title"><font size="5"><b>…</b></font></td>``, a date/source
  line, the body as ``&nbsp;``-indented runs separated by ``<br><br>`` inside one
  ``<td class="content"><font>`` cell (each run a paragraph), subheads ``<p><b>一、…</b></p>``
  among the runs, ``【责任编辑：…】``, related news and a footer.

Run once; the outputs are committed (small):

    python eval/make_realdocs3_pages.py [--out eval/data/realdocs-made3]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs2_pages as prev

ROOT = Path(__file__).resolve().parents[1]
esc = prev.esc
section = prev.section


# ------------------------------------------------------------ r07 163-like portal


def build_portal_163(path: Path) -> dict[str, Any]:
    title = "政府工作报告：今年经济增长预期目标7%左右"
    site = "云帆新闻"
    blocks: list[tuple[str | None, list[str]]] = [
        (None, [section(2015, "二、")[i] for i in (4, 5)]),
        ("稳定和完善宏观经济政策", [section(2015, "二、")[i] for i in (6, 7)]),
        ("把改革开放扎实推向纵深", [section(2015, "三、")[i] for i in (0, 3, 7)]),
        ("协调推动经济稳定增长和结构优化", [section(2015, "四、")[i] for i in (0, 10)]),
    ]
    body: list[str] = []
    parts = ['<p class="otitle">原标题：政府工作报告定调2015：稳增长调结构两手抓</p>']
    for head, paras in blocks:
        if head:
            parts.append(f"<h3>{esc(head)}</h3>")
        for p in paras:
            parts.append(f"<p>　　{esc(p)}</p>")
            body.append(p)
            if len(body) == 3:
                parts.append(
                    f'<p class="f_center"><img alt="{title}" src="http://cms-bucket.yfimg.com/2015/0305/7d1c4e0a9b2f4a8e.jpg" width="550" height="366"><br></p>'
                )
                parts.append(
                    '<p class="f_center">3月5日，十二届全国人大三次会议在北京人民大会堂开幕。（图片来源：东方图片社）</p>'
                )
            if len(body) == 5:
                parts.append(
                    '<div class="gg200x300"><div class="at_item right_ad_item" adType="rightAd" requestUrl="https://nex.yunfan.com/q?app=7BE0FC82&amp;c=article&amp;l=133&amp;site=yunfan&amp;affiliate=news&amp;cat=article&amp;type=logo300x250&amp;location=12"></div><a href="https://ad.yunfan.com/clk?id=88213" target="_blank" class="ad_hover_href"><img src="http://static.yfimg.com/ad/2015/0301/sc200x300.jpg" width="200" height="300"></a><span class="ad_tag">广告</span><p class="ad_desc">云帆商城新春特惠，全场满199减100</p></div>'
                )
    parts.append(
        '<div class="ep-source cDGray"><span class="left"><a href="http://news.yunfan.com/"><img src="http://static.yfimg.com/cnews/img/logo_ne.gif" alt="王辰" width="13" height="12" class="icon"></a> 本文来源：中国新闻网 责任编辑：王辰_NN6215</span></div>'
    )
    content = "\n".join(parts)
    page = f"""<!DOCTYPE HTML>
<html id="ne_wrap" data-publishtime="2015-03-05 11:24:36" data-category="国内">
<head>
<meta charset="utf-8">
<title>{title}_{site}</title>
<meta name="keywords" content="政府工作报告,经济增长,预期目标,宏观经济政策">
<meta name="description" content="{title}">
<meta name="author" content="{site}">
<meta name="Copyright" content="云帆版权所有">
<meta property="article:published_time" content="2015-03-05T11:24:36+08:00">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<link rel="stylesheet" href="//static.ws.yfimg.com/f2e/news/post_nb/css/post.css?v=2015022801">
<script>
var config = {{ "docid": "AJ4KQ8S300014JB5", "channel": "news", "column": "国内", "title": "{title}" }};
</script>
<script src="//static.ws.yfimg.com/f2e/libs/jquery.js"></script>
</head>
<body>
<div class="N-nav-channel"><a href="http://www.yunfan.com/">云帆首页</a><a href="http://news.yunfan.com/">新闻</a><a href="http://sports.yunfan.com/">体育</a><a href="http://ent.yunfan.com/">娱乐</a><a href="http://money.yunfan.com/">财经</a><a href="http://auto.yunfan.com/">汽车</a><a href="http://tech.yunfan.com/">科技</a><a href="http://mobile.yunfan.com/">手机</a><a href="http://lady.yunfan.com/">女人</a><a href="http://house.yunfan.com/">房产</a><a href="http://edu.yunfan.com/">教育</a><a href="http://game.yunfan.com/">游戏</a><div class="N-nav-right"><a href="http://reg.yunfan.com/">注册免费邮箱</a><a href="javascript:;" class="js-login">登录</a><a href="http://m.yunfan.com/">移动端</a></div></div>
<div class="post_wrap" id="js_post_wrap">
<div class="post_main" id="js_main">
<div class="post_crumb"><a href="http://www.yunfan.com/">云帆首页</a> &gt; <a href="http://news.yunfan.com/">新闻中心</a> &gt; <a href="http://news.yunfan.com/domestic/">国内新闻</a> &gt; 正文</div>
<h1 class="post_title">{title}</h1>
<div class="post_info">
2015-03-05 11:24:36　来源: <a id="ne_article_source" href="http://www.chinanews.com/" target="_blank" rel="nofollow">中国新闻网</a>
<a href="http://jubao.yunfan.com/" target="_blank" class="post_jubao">举报</a>
<span class="post_top_tie"><a class="post_top_tie_icon" href="#post_comment_area">跟贴</a> <a class="post_top_tie_count js-tielink" href="http://comment.yunfan.com/news_bbs/AJ4KQ8S300014JB5.html">1,286</a></span>
</div>
<div class="post_content" id="content">
<div class="post_body">
{content}
</div>
<div class="post_btmshare"><span class="post_btmshare_title">分享到：</span><a class="share_weixin" href="javascript:;">微信</a><a class="share_weibo" href="javascript:;">新浪微博</a><a class="share_qzone" href="javascript:;">QQ空间</a><a class="share_yixin" href="javascript:;">易信</a></div>
<div class="post_statement">特别声明：本文为云帆新闻转载，以上内容仅代表原作者观点，不代表云帆新闻立场。</div>
</div>
<div class="post_comment" id="post_comment_area">
<div class="tie_titlebar"><h3 class="tie-title">跟贴</h3><span class="tie-info">跟贴<a href="http://comment.yunfan.com/news_bbs/AJ4KQ8S300014JB5.html">1,286</a>条 <em>|</em> 参与<a href="http://comment.yunfan.com/news_bbs/AJ4KQ8S300014JB5.html">35,721</a>人</span></div>
<div class="tie-input"><textarea placeholder="我来说两句"></textarea><button class="js-post">发表跟贴</button></div>
<p class="tie-tip">云帆新闻跟贴仅代表网友个人观点，不代表本站立场</p>
</div>
<div class="post_recommends js-tab-mod" data-event-name="article-recommend">
<div class="post_recommends_titles"><div class="post_recommends_title js-tab">热门推荐</div></div>
<ul class="post_recommends_list">
<li class="post_recommend"><a class="post_recommend_img" href="http://news.yunfan.com/15/0305/10/AJ4G2R1E00014JB6.html"><img src="http://cms-bucket.yfimg.com/2015/0305/a1.jpg" alt=""></a><div class="post_recommend_info"><h3 class="post_recommend_title"><a href="http://news.yunfan.com/15/0305/10/AJ4G2R1E00014JB6.html">人大代表：把“互联网+”写进报告很接地气</a></h3><p class="post_recommend_time">云帆新闻 2015-03-05</p></div></li>
<li class="post_recommend"><a class="post_recommend_img" href="http://money.yunfan.com/15/0305/12/AJ4N7S0D00253B0H.html"><img src="http://cms-bucket.yfimg.com/2015/0305/a2.jpg" alt=""></a><div class="post_recommend_info"><h3 class="post_recommend_title"><a href="http://money.yunfan.com/15/0305/12/AJ4N7S0D00253B0H.html">7%增速背后：中国经济换挡进行时</a></h3><p class="post_recommend_time">云帆财经 2015-03-05</p></div></li>
<li class="post_recommend"><a class="post_recommend_img" href="http://news.yunfan.com/15/0304/21/AJ3B9K6P00014AED.html"><img src="http://cms-bucket.yfimg.com/2015/0304/a3.jpg" alt=""></a><div class="post_recommend_info"><h3 class="post_recommend_title"><a href="http://news.yunfan.com/15/0304/21/AJ3B9K6P00014AED.html">全国政协十二届三次会议在京开幕</a></h3><p class="post_recommend_time">云帆新闻 2015-03-04</p></div></li>
</ul>
</div>
</div>
<div class="post_side">
<div class="post_side_mod"><h2 class="post_side_mod_title">热点排行</h2><ul class="post_side_rank"><li><em>1</em><a href="http://news.yunfan.com/15/0305/09/AJ4C1A2B00014JB5.html">两会“部长通道”首次开启</a></li><li><em>2</em><a href="http://news.yunfan.com/15/0305/08/AJ49Q3FH00014JB5.html">代表委员抵京 热议简政放权</a></li><li><em>3</em><a href="http://money.yunfan.com/15/0305/11/AJ4KB8RB00253B0H.html">财政赤字率为何提高到2.3%</a></li></ul></div>
<div class="post_side_ad"><a href="https://ad.yunfan.com/clk?id=88214"><img src="http://static.yfimg.com/ad/2015/0301/side300x250.jpg" width="300" height="250" alt=""></a></div>
</div>
</div>
<div class="N-footer"><p><a href="http://corp.yunfan.com/">About YUNFAN</a> - <a href="http://corp.yunfan.com/gywm/">公司简介</a> - <a href="http://corp.yunfan.com/lxwm/">联系方法</a> - <a href="http://hr.yunfan.com/">招聘信息</a> - <a href="http://help.yunfan.com/">客户服务</a> - <a href="http://corp.yunfan.com/yszc/">隐私政策</a> - <a href="http://sitemap.yunfan.com/">网站导航</a></p><p>云帆公司版权所有 &copy;1997-2015　<a href="http://www.miitbeian.gov.cn/">浙B2-20090185</a></p></div>
<script>
$(".share_weixin").on("click", function () {{ window.open("http://share.yunfan.com/wx?url=" + encodeURIComponent(location.href)); }});
</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    headings = [(h, 1) for h, _ in blocks if h]
    return prev.gold_of(
        page,
        title,
        headings,
        body,
        (0, 2, 4, 6, 8),
        [
            "原标题",
            "广告",
            "全场满199减100",
            "责任编辑：王辰_NN6215",
            "7%增速背后：中国经济换挡进行时",
            "两会“部长通道”首次开启",
            "分享到",
            "跟贴仅代表网友个人观点",
            "特别声明",
            "浙B2-20090185",
        ],
        "the first paragraph 原标题：… is metadata (the article's former headline), not body; "
        "the <h3>s inside post_body are the subheads (level 1); the photo caption is "
        "neither required nor forbidden; the ad block between paragraphs and the "
        "本文来源/责任编辑 line inside post_body are not body; the <h3>s of 跟贴 and 热门推荐 "
        "are not headings",
    )


# ------------------------------------------------------------ r08 people-like page


def build_people_like(path: Path) -> dict[str, Any]:
    title = "着力加强供给侧结构性改革"
    sub = "——2016年政府工作报告要点解读"
    s1, s2, s3, s7 = (section(2016, h) for h in ("（一）", "（二）", "（三）", "（七）"))
    lead = section(2016, "三、")[2]
    blocks: list[tuple[str, list[str]]] = [
        ("稳定和完善宏观经济政策", [s1[1], s1[4]]),
        ("加强供给侧结构性改革", [s2[1], s2[3]]),
        ("深挖国内需求潜力", [s3[1], s3[4]]),
        ("切实保障改善民生", [s7[0], s7[1]]),
    ]
    indent = '<p style="text-indent: 2em;">'

    def para(p: str) -> str:
        if p.startswith("积极的财政政策"):  # a bold phrase mid-paragraph
            a = p.index("赤字率提高到3%")
            b = a + len("赤字率提高到3%")
            return f"{indent}{esc(p[:a])}<strong>{esc(p[a:b])}</strong>{esc(p[b:])}</p>"
        if p in (s2[1], s2[3], s3[1]):  # a bold lead sentence
            k = p.index("。") + 1
            return f"{indent}<strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>"
        return f"{indent}{esc(p)}</p>"

    body = [lead]
    parts = [para(lead)]
    for head, paras in blocks:
        parts.append(f'<p style="text-align: center;"><strong>{esc(head)}</strong></p>')
        for p in paras:
            parts.append(para(p))
            body.append(p)
            if p == s2[1]:
                parts.append(
                    '<p style="text-align: center;"><img src="/NMediaFile/2016/0306/MAIN201603060821000412345678901.jpg" width="600" height="400" alt=""></p>'
                )
                parts.append(
                    '<p style="text-align: center;">3月5日，十二届全国人大四次会议在北京人民大会堂开幕。民声日报记者 李航摄</p>'
                )
    parts.append('<div class="edit clearfix">（责编：赵琳、孙明）</div>')
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=UTF-8"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>{title}--观点--民声网</title>
<meta name="keywords" content="供给侧结构性改革 政府工作报告" />
<meta name="description" content="{esc(lead[:60])}" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="1003" />
<meta name="contentid" content="28175314" />
<meta name="publishdate" content="2016-03-06" />
<meta name="author" content="105" />
<meta name="source" content="来源：民声网－民声日报 原创稿" />
<link href="/css/2016/rmw_text.css" type="text/css" rel="stylesheet" media="all" />
<script src="/js/jquery-1.7.1.min.js" type="text/javascript"></script>
</head>
<body>
<div id="msw_topline"><div class="w1000 clearfix"><div class="fl"><a href="http://www.msw.com.cn/" target="_blank">民声网首页</a>|<a href="http://www.msw.com.cn/GB/59476/" target="_blank">民声日报</a>|<a href="http://app.msw.com.cn/" target="_blank">客户端</a>|<a href="http://weibo.msw.com.cn/" target="_blank">微博</a></div><div class="fr"><a href="http://passport.msw.com.cn/" target="_blank">登录</a><a href="http://passport.msw.com.cn/register" target="_blank">注册</a></div></div></div>
<div class="w1000 logo_line clearfix"><a href="http://opinion.msw.com.cn/" class="fl"><img src="/img/2016/opinion_logo.png" alt="民声网-观点频道" /></a><div class="fr search"><form action="http://search.msw.com.cn/" method="get"><input type="text" name="keyword" value="" /><input type="submit" value="搜索" /></form></div></div>
<div class="w1000 path"><a href="http://www.msw.com.cn/" class="clink">民声网</a>&gt;&gt;<a href="http://opinion.msw.com.cn/" class="clink">观点</a>&gt;&gt;<a href="http://opinion.msw.com.cn/GB/1036/" class="clink">民声时评</a></div>
<div class="clearfix w1000_320 text_title">
<h3 class="pre"></h3>
<h1>{title}</h1>
<h4 class="sub">{sub}</h4>
<p class="author"></p>
<div class="box01"><div class="fl">2016年03月06日08:21&nbsp;&nbsp;来源：<a href="http://paper.msw.com.cn/" target="_blank">民声网－民声日报</a></div><div class="fr"><div class="fx"><div id="ShareBox" class="share"><span>分享到：</span><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ空间</a></div></div></div></div>
</div>
<div class="clearfix w1000_320 text_con">
<div class="fl text_con_left">
<div class="box_pic"></div>
<div class="rm_txt_con cf">
{content}
</div>
<div class="zdfy clearfix"></div>
<div class="box_btn clearfix"><a href="javascript:window.print();">打印</a><a href="http://bbs.msw.com.cn/" target="_blank">网友留言</a><a href="javascript:;" id="jc">纠错</a></div>
<div class="box_news clearfix"><h2>相关新闻</h2><ul class="list_16">
<li><a href="http://opinion.msw.com.cn/n1/2016/0307/c1003-28177213.html" target="_blank">以新发展理念引领经济新常态</a></li>
<li><a href="http://opinion.msw.com.cn/n1/2016/0308/c1003-28180561.html" target="_blank">简政放权要“放”出活力</a></li>
</ul></div>
<div class="message"><h2>网友留言</h2><p class="tip">登录后发表留言，文明上网，理性发言</p></div>
</div>
<div class="fr text_con_right">
<div class="right_box"><h2><a href="http://opinion.msw.com.cn/">观点排行</a></h2><ol><li><a href="http://opinion.msw.com.cn/n1/2016/0305/c1003-28173412.html">读懂中国经济的“底气”</a></li><li><a href="http://opinion.msw.com.cn/n1/2016/0304/c1003-28170109.html">两会期待：让改革红利惠及更多人</a></li></ol></div>
</div>
</div>
<div id="copyright">民声网版权所有，未经书面授权禁止使用<br />Copyright &copy; 1997-2016 by www.msw.com.cn. all rights reserved　京ICP证000031号</div>
<script src="/js/share.js" type="text/javascript"></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks],
        body,
        (0, 1, 3, 5, 8),
        [
            "（责编：赵琳、孙明）",
            "以新发展理念引领经济新常态",
            "读懂中国经济的“底气”",
            "民声网版权所有",
            "分享到",
            "文明上网，理性发言",
        ],
        "the title is the <h1> alone; the h4.sub line ——… (a subtitle) is neither heading "
        "nor required body, the empty h3.pre is nothing; centred whole-paragraph bold lines "
        "are the subheads (level 1); paragraphs that open with a bold lead sentence or hold "
        "a bold phrase are body (the passages start with the bold text); the centred "
        "non-bold photo caption is neither heading nor required; （责编：…） sits inside "
        "rm_txt_con but is not body",
    )


# ------------------------------------------------------------- r09 law-style page


CN_NUM = "一二三四五六七八九十"


def build_law_style(path: Path) -> dict[str, Any]:
    title = "北湖省深化重要领域改革若干规定"
    site = "北湖省人民政府门户网站"
    s1, s2, s8 = (section(2014, h) for h in ("（一）", "（二）", "（八）"))
    chapters: list[tuple[str, str, list[str]]] = [
        ("第一章　总则", "第一章　总　　则", [s1[0], s2[0]]),
        ("第二章　行政体制和财税金融改革", "第二章　行政体制和财税金融改革", [s1[1], s1[3], s1[4]]),
        ("第三章　对外开放", "第三章　对外开放", [s2[1], s2[3]]),
        ("第四章　民生保障", "第四章　民生保障", [s8[1], s8[3], s8[4]]),
    ]
    body: list[str] = []
    parts = [
        '<p style="text-align: center;">（2014年3月28日北湖省人民政府第25次常务会议通过　2014年4月8日北湖省人民政府令第186号公布　自2014年5月1日起施行）</p>'
    ]
    for _, shown, arts in chapters:
        parts.append(f'<p style="text-align: center;"><strong>{shown}</strong></p>')
        for p in arts:
            n = len(body) + 1
            label = "第" + (CN_NUM[n - 1] if n <= 10 else "十" + CN_NUM[n - 11]) + "条"
            parts.append(f'<p style="text-indent: 2em;"><strong>{label}</strong>　{esc(p)}</p>')
            body.append(f"{label}　{p}")
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}_{site}</title>
<meta name="SiteName" content="{site}">
<meta name="SiteDomain" content="www.beihu.gov.cn">
<meta name="SiteIDCode" content="4200000023">
<meta name="ColumnName" content="政府规章">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2014-04-08 10:30">
<meta name="ContentSource" content="省政府办公厅">
<link rel="stylesheet" href="/images/2014/common.css">
<link rel="stylesheet" href="/images/2014/xxgk.css">
<script src="/images/2014/jquery.min.js"></script>
<script>
function setFont(size) {{ $("#UCAP-CONTENT").css("font-size", size + "px"); }}
</script>
</head>
<body>
<div class="topbar"><div class="wrap"><span class="welcome">欢迎访问北湖省人民政府门户网站</span><span class="links"><a href="/wza/">无障碍</a> | <a href="/fanti/">繁体版</a> | <a href="/m/">手机版</a> | <a href="http://weibo.beihu.gov.cn/">政务微博</a></span></div></div>
<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/images/2014/logo.png" alt="{site}"></a><form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="wrap"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjbh/">走进北湖</a></li></ul></div>
<div class="wrap crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfgz/">政府规章</a></div>
<div class="wrap main">
<div class="xxgk-info">
<table class="xxgk-table" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="t1" width="90">索 引 号：</td><td width="260">011043294/2014-00218</td><td class="t1" width="90">主题分类：</td><td>综合政务\\政府规章</td></tr>
<tr><td class="t1">发文机关：</td><td>北湖省人民政府</td><td class="t1">成文日期：</td><td>2014年04月01日</td></tr>
<tr><td class="t1">标　　题：</td><td colspan="3">{title}</td></tr>
<tr><td class="t1">发文字号：</td><td>北湖省人民政府令第186号</td><td class="t1">发布日期：</td><td>2014年04月08日</td></tr>
</table>
</div>
<div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-meta"><span>2014-04-08 10:30</span><span>来源：省政府办公厅</span><span class="font">【字体：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</span><a href="javascript:window.print();">打印</a></div>
<div class="pages_content" id="UCAP-CONTENT">
{content}
</div>
<div class="fujian">
<p>附件：</p>
<p><a href="/zwgk/zfgz/201404/P020140408512398765432.doc">1.北湖省深化重要领域改革任务分工表.doc</a></p>
<p><a href="/zwgk/zfgz/201404/P020140408512398765433.pdf">2.北湖省深化重要领域改革若干规定（政策解读）.pdf</a></p>
</div>
<div class="article-tools"><a href="javascript:window.close();">关闭窗口</a><span class="qr">扫一扫在手机打开当前页<img src="/images/2014/qr.png" alt=""></span></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/zwgk/zcjd/201404/t20140409_512411.shtml">图解：《北湖省深化重要领域改革若干规定》十大看点</a></li><li><a href="/zwgk/zfgz/201312/t20131220_498761.shtml">北湖省行政审批事项目录管理办法</a></li></ul></div>
</div>
</div>
<div class="footer"><div class="wrap">
<p><a href="/about/">关于我们</a> | <a href="/sitemap/">网站地图</a> | <a href="/contact/">联系我们</a></p>
<p>主办单位：北湖省人民政府办公厅　承办单位：北湖省电子政务中心</p>
<p>网站标识码：4200000023　<a href="http://www.miitbeian.gov.cn/">北ICP备05001234号</a>　北公网安备42010602000123号</p>
</div></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _, _ in chapters],
        body,
        (0, 2, 5, 7, 9),
        [
            "索引号",
            "主题分类",
            "发文字号",
            "扫一扫在手机打开当前页",
            "十大看点",
            "网站标识码",
            "北ICP备05001234号",
            "当前位置",
        ],
        "the title is the <h1> (also in <title> before _站名 and in the 标题 row of the "
        "information table, which is metadata); chapter lines 第N章 are the headings "
        "(level 1; 第一章　总　　则 is printed with inner spaces, compared without them); "
        "articles 第N条 are body paragraphs that start with their bold label (the passages "
        "start with it); the adoption note （…通过 …公布 自…施行） under the title and the "
        "附件 list are neither required nor forbidden, 附件： is not a heading",
    )


# ---------------------------------------------------------- r10 MediaWiki article


def build_mediawiki(path: Path) -> dict[str, Any]:
    name = "2016年国务院政府工作报告"
    wiki = "求知百科"
    one = section(2016, "一、")
    lead = [one[0], one[2]]
    secs: list[tuple[str, str, list[str], list[tuple[str, str]]]] = [
        ("背景", "背景", [section(2016, "二、")[0]], []),
        (
            "主要内容",
            "主要内容",
            [section(2016, "二、")[3]],
            [
                ("过去一年的工作", one[4]),
                ("“十三五”规划纲要草案", section(2016, "二、")[1]),
                ("2016年重点工作", section(2016, "（五）")[1]),
            ],
        ),
        ("政府自身建设", "政府自身建设", [section(2016, "（八）")[i] for i in (1, 3)], []),
    ]
    sups = {one[2]: 1, section(2016, "二、")[0]: 2, section(2016, "（五）")[1]: 3}

    def para(p: str) -> str:
        sup = ""
        if p in sups:
            n = sups[p]
            sup = (
                f'<sup id="cite_ref-{n}" class="reference"><a href="#cite_note-{n}">[{n}]</a></sup>'
            )
        return f"<p>{esc(p)}{sup}</p>"

    def edit(title: str, n: int) -> str:
        return f'<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title={name}&amp;action=edit&amp;section={n}" title="编辑章节：{title}">编辑</a><span class="mw-editsection-bracket">]</span></span>'

    body = list(lead)
    headings: list[tuple[str, int]] = []
    parts: list[str] = []
    toc: list[str] = []
    n_sec = 0
    for i, (head, anchor, paras, subs) in enumerate(secs, 1):
        n_sec += 1
        parts.append(
            f'<h2><span class="mw-headline" id="{anchor}">{esc(head)}</span>{edit(head, n_sec)}</h2>'
        )
        headings.append((head, 1))
        for p in paras:
            parts.append(para(p))
            body.append(p)
        sub_toc: list[str] = []
        for j, (sub, p) in enumerate(subs, 1):
            n_sec += 1
            parts.append(
                f'<h3><span class="mw-headline" id="{esc(sub)}">{esc(sub)}</span>{edit(sub, n_sec)}</h3>'
            )
            headings.append((sub, 2))
            parts.append(para(p))
            body.append(p)
            sub_toc.append(
                f'<li class="toclevel-2 tocsection-{n_sec}"><a href="#{esc(sub)}"><span class="tocnumber">{i}.{j}</span> <span class="toctext">{esc(sub)}</span></a></li>'
            )
        inner = f"\n<ul>\n{chr(10).join(sub_toc)}\n</ul>\n" if sub_toc else ""
        toc.append(
            f'<li class="toclevel-1 tocsection-{n_sec - len(subs)}"><a href="#{anchor}"><span class="tocnumber">{i}</span> <span class="toctext">{esc(head)}</span></a>{inner}</li>'
        )
    n_sec += 1
    toc.append(
        f'<li class="toclevel-1 tocsection-{n_sec}"><a href="#参考文献"><span class="tocnumber">{len(secs) + 1}</span> <span class="toctext">参考文献</span></a></li>'
    )
    refs = "\n".join(
        f'<li id="cite_note-{k}"><span class="mw-cite-backlink"><b><a href="#cite_ref-{k}">^</a></b></span> <span class="reference-text"><cite class="citation web"><a rel="nofollow" class="external text" href="{url}">{text}</a>. {src}. 2016-03-05 [2016-03-20]. （原始内容存档于2016-03-08）.</cite></span></li>'
        for k, (url, text, src) in enumerate(
            [
                (
                    "http://www.gov.cn/guowuyuan/2016-03/05/content_5049372.htm",
                    "政府工作报告（全文）",
                    "中国政府网",
                ),
                (
                    "http://www.npc.gov.cn/npc/dbdhhy/12_4/2016-03/05/content_1977321.htm",
                    "十二届全国人大四次会议在京开幕",
                    "中国人大网",
                ),
                (
                    "http://news.example-qiuzhi.org/2016/0305/ydyl.html",
                    "报告解读：“一带一路”建设扎实推进",
                    "求知新闻",
                ),
            ],
            1,
        )
    )
    toc_html = "\n".join(toc)
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html class="client-nojs" lang="zh-CN" dir="ltr">
<head>
<meta charset="UTF-8"/>
<title>{name} - {wiki}，自由的百科全书</title>
<script>document.documentElement.className = document.documentElement.className.replace( /(^|\\s)client-nojs(\\s|$)/, "$1client-js$2" );</script>
<script>(window.RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgCanonicalNamespace":"","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":0,"wgPageName":"{name}","wgTitle":"{name}","wgCurRevisionId":43210987,"wgRevisionId":43210987,"wgArticleId":3912876,"wgIsArticle":true,"wgAction":"view","wgUserName":null,"wgCategories":["2016年中国政治","中华人民共和国政府工作报告","含有英语的条目"],"wgPageContentLanguage":"zh","wgUserVariant":"zh-cn"}});}});</script>
<link rel="stylesheet" href="/w/load.php?debug=false&amp;lang=zh-cn&amp;modules=ext.cite.styles%7Cmediawiki.legacy.commonPrint%2Cshared%7Cskins.vector.styles&amp;only=styles&amp;skin=vector"/>
<meta name="generator" content="MediaWiki 1.29.0-wmf.15"/>
<link rel="alternate" hreflang="zh-cn" href="https://zh.qiuzhi.org/zh-cn/{name}"/>
<link rel="canonical" href="https://zh.qiuzhi.org/wiki/{name}"/>
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-{name} rootpage-{name} skin-vector action-view">
<div id="mw-page-base" class="noprint"></div>
<div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
<a id="top"></a>
<div id="siteNotice" class="mw-body-content"><!-- CentralNotice --></div>
<div class="mw-indicators mw-body-content"></div>
<h1 id="firstHeading" class="firstHeading" lang="zh-CN">{name}</h1>
<div id="bodyContent" class="mw-body-content">
<div id="siteSub">{wiki}，自由的百科全书</div>
<div id="contentSub"></div>
<div id="jump-to-nav" class="mw-jump">跳转至： <a href="#mw-head">导航</a>、 <a href="#p-search">搜索</a></div>
<div id="mw-content-text" lang="zh-CN" dir="ltr" class="mw-content-ltr"><div class="mw-parser-output">
<div role="note" class="hatnote navigation-not-searchable">关于其他年份的政府工作报告，请见「<a href="/wiki/中华人民共和国政府工作报告" title="中华人民共和国政府工作报告">中华人民共和国政府工作报告</a>」。</div>
<table class="infobox vevent" style="width:22em">
<tbody>
<tr><th colspan="2" class="summary" style="text-align:center;font-size:125%;font-weight:bold">{name}</th></tr>
<tr><td colspan="2" style="text-align:center"><a href="/wiki/File:Great_Hall_2016.jpg" class="image"><img alt="" src="//upload.qiuzhi.org/qiuzhi/commons/thumb/a/a7/Great_Hall_2016.jpg/250px-Great_Hall_2016.jpg" width="250" height="167"/></a><br/>报告发表地人民大会堂</td></tr>
<tr><th scope="row">报告机关</th><td>中华人民共和国国务院</td></tr>
<tr><th scope="row">报告人</th><td>国务院总理</td></tr>
<tr><th scope="row">日期</th><td>2016年3月5日</td></tr>
<tr><th scope="row">地点</th><td>北京人民大会堂</td></tr>
<tr><th scope="row">会议</th><td>第十二届全国人民代表大会第四次会议</td></tr>
<tr><th scope="row">批准</th><td>2016年3月16日</td></tr>
</tbody>
</table>
{para(lead[0])}
{para(lead[1])}
<div id="toc" class="toc"><div class="toctitle" lang="zh-CN" dir="ltr"><h2>目录</h2></div>
<ul>
{toc_html}
</ul>
</div>
{content}
<h2><span class="mw-headline" id="参考文献">参考文献</span>{edit("参考文献", n_sec)}</h2>
<div class="reflist" style="list-style-type: decimal;">
<ol class="references">
{refs}
</ol>
</div>
<table class="navbox" cellspacing="0" style=";"><tr><td style="padding:2px;">
<table cellspacing="0" class="nowraplinks collapsible autocollapse navbox-inner" style="width:100%;background:transparent;color:inherit;">
<tr><th scope="col" class="navbox-title" colspan="2"><div class="plainlinks hlist navbar mini"><ul><li class="nv-view"><a href="/wiki/Template:国务院政府工作报告" title="Template:国务院政府工作报告"><abbr title="查看该模板">查</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:国务院政府工作报告"><abbr title="关于该模板的讨论">论</abbr></a></li><li class="nv-edit"><a href="/w/index.php?title=Template:国务院政府工作报告&amp;action=edit"><abbr title="编辑该模板">编</abbr></a></li></ul></div><div style="font-size:110%;">中华人民共和国国务院政府工作报告</div></th></tr>
<tr><th scope="row" class="navbox-group">历年报告</th><td class="navbox-list navbox-odd hlist" style="text-align:left;width:100%;padding:0px"><div style="padding:0em 0.25em"><ul><li><a href="/wiki/2013年国务院政府工作报告">2013年</a></li><li><a href="/wiki/2014年国务院政府工作报告">2014年</a></li><li><a href="/wiki/2015年国务院政府工作报告">2015年</a></li><li><strong class="selflink">2016年</strong></li><li><a href="/wiki/2017年国务院政府工作报告">2017年</a></li></ul></div></td></tr>
<tr><th scope="row" class="navbox-group">相关条目</th><td class="navbox-list navbox-even hlist" style="text-align:left;width:100%;padding:0px"><div style="padding:0em 0.25em"><ul><li><a href="/wiki/全国人民代表大会">全国人民代表大会</a></li><li><a href="/wiki/中华人民共和国国务院组织法">中华人民共和国国务院组织法</a></li><li><a href="/wiki/国务院总理">国务院总理</a></li><li><a href="/wiki/全国两会">全国两会</a></li></ul></div></td></tr>
</table>
</td></tr></table>
<!-- NewPP limit report
Parsed by mw1262
Cached time: 20160320081533
CPU time usage: 0.312 seconds
-->
</div></div>
<div class="printfooter">取自“<a dir="ltr" href="https://zh.qiuzhi.org/w/index.php?title={name}&amp;oldid=43210987">https://zh.qiuzhi.org/w/index.php?title={name}&amp;oldid=43210987</a>”</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:页面分类" title="Special:页面分类">分类</a>：<ul><li><a href="/wiki/Category:2016年中国政治" title="Category:2016年中国政治">2016年中国政治</a></li><li><a href="/wiki/Category:中华人民共和国政府工作报告" title="Category:中华人民共和国政府工作报告">中华人民共和国政府工作报告</a></li></ul></div><div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">隐藏分类：<ul><li><a href="/wiki/Category:含有英语的条目" title="Category:含有英语的条目">含有英语的条目</a></li></ul></div></div>
<div class="visualClear"></div>
</div>
</div>
<div id="mw-navigation">
<h2>导航菜单</h2>
<div id="mw-head">
<div id="p-personal" role="navigation" class="" aria-labelledby="p-personal-label"><h3 id="p-personal-label">个人工具</h3><ul><li id="pt-anonuserpage">没有登录</li><li id="pt-anontalk"><a href="/wiki/Special:我的讨论页">讨论</a></li><li id="pt-anoncontribs"><a href="/wiki/Special:我的贡献">贡献</a></li><li id="pt-createaccount"><a href="/w/index.php?title=Special:创建账户">创建账户</a></li><li id="pt-login"><a href="/w/index.php?title=Special:用户登录">登录</a></li></ul></div>
<div id="left-navigation"><div id="p-namespaces" role="navigation" class="vectorTabs"><h3 id="p-namespaces-label">命名空间</h3><ul><li id="ca-nstab-main" class="selected"><span><a href="/wiki/{name}">条目</a></span></li><li id="ca-talk"><span><a href="/wiki/Talk:{name}" rel="discussion">讨论</a></span></li></ul></div><div id="p-variants" role="navigation" class="vectorMenu"><h3 id="p-variants-label"><span>大陆简体</span></h3><div class="menu"><ul><li id="ca-varlang-0"><a href="/zh/{name}" lang="zh">不转换</a></li><li id="ca-varlang-1"><a href="/zh-hans/{name}" lang="zh-Hans">简体</a></li><li id="ca-varlang-2"><a href="/zh-hant/{name}" lang="zh-Hant">繁體</a></li><li id="ca-varlang-3" class="selected"><a href="/zh-cn/{name}" lang="zh-Hans-CN">大陆简体</a></li><li id="ca-varlang-4"><a href="/zh-hk/{name}" lang="zh-Hant-HK">香港繁體</a></li><li id="ca-varlang-6"><a href="/zh-tw/{name}" lang="zh-Hant-TW">臺灣正體</a></li></ul></div></div></div>
<div id="right-navigation"><div id="p-views" role="navigation" class="vectorTabs"><h3 id="p-views-label">视图</h3><ul><li id="ca-view" class="selected"><span><a href="/wiki/{name}">阅读</a></span></li><li id="ca-edit"><span><a href="/w/index.php?title={name}&amp;action=edit">编辑</a></span></li><li id="ca-history"><span><a href="/w/index.php?title={name}&amp;action=history">查看历史</a></span></li></ul></div><div id="p-search" role="search"><h3><label for="searchInput">搜索</label></h3><form action="/w/index.php" id="searchform"><div id="simpleSearch"><input type="search" name="search" placeholder="在{wiki}内搜索" id="searchInput"/><input type="submit" name="go" value="前往" id="searchButton" class="searchButton"/></div></form></div></div>
</div>
<div id="mw-panel">
<div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Qiuzhi:首页" title="访问首页"></a></div>
<div class="portal" role="navigation" id="p-navigation" aria-labelledby="p-navigation-label"><h3 id="p-navigation-label">导航</h3><div class="body"><ul><li id="n-mainpage-description"><a href="/wiki/Qiuzhi:首页">首页</a></li><li id="n-indexpage"><a href="/wiki/Qiuzhi:分类索引">分类索引</a></li><li id="n-Featured_content"><a href="/wiki/Portal:特色内容">特色内容</a></li><li id="n-news"><a href="/wiki/Portal:新闻动态">新闻动态</a></li><li id="n-recentchanges"><a href="/wiki/Special:最近更改">最近更改</a></li><li id="n-randompage"><a href="/wiki/Special:随机页面">随机条目</a></li></ul></div></div>
<div class="portal" role="navigation" id="p-tb" aria-labelledby="p-tb-label"><h3 id="p-tb-label">工具</h3><div class="body"><ul><li id="t-whatlinkshere"><a href="/wiki/Special:链入页面/{name}">链入页面</a></li><li id="t-recentchangeslinked"><a href="/wiki/Special:链出更改/{name}">相关更改</a></li><li id="t-permalink"><a href="/w/index.php?title={name}&amp;oldid=43210987">固定链接</a></li><li id="t-info"><a href="/w/index.php?title={name}&amp;action=info">页面信息</a></li><li id="t-cite"><a href="/w/index.php?title=Special:引用此页面&amp;page={name}">引用此页</a></li></ul></div></div>
<div class="portal" role="navigation" id="p-lang" aria-labelledby="p-lang-label"><h3 id="p-lang-label">其他语言</h3><div class="body"><ul><li class="interlanguage-link interwiki-en"><a href="https://en.qiuzhi.org/wiki/2016_Government_Work_Report" title="2016 Government Work Report – English" lang="en" hreflang="en">English</a></li></ul></div></div>
</div>
</div>
<div id="footer" role="contentinfo">
<ul id="footer-info">
<li id="footer-info-lastmod"> 本页面最后修订于2016年3月20日 (星期日) 08:15。</li>
<li id="footer-info-copyright">本站的全部文字在<a rel="license" href="//creativecommons.org/licenses/by-sa/3.0/deed.zh">知识共享 署名-相同方式共享 3.0协议</a>之条款下提供，附加条款亦可能应用。</li>
</ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Qiuzhi:隐私政策">隐私政策</a></li><li id="footer-places-about"><a href="/wiki/Qiuzhi:关于">关于{wiki}</a></li><li id="footer-places-disclaimer"><a href="/wiki/Qiuzhi:免责声明">免责声明</a></li><li id="footer-places-mobileview"><a href="//zh.m.qiuzhi.org/wiki/{name}">手机版视图</a></li></ul>
<div style="clear:both"></div>
</div>
<script>(window.RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgPageParseReport":{{"limitreport":{{"cputime":"0.312","walltime":"0.401"}}}}}});}});</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        name,
        headings,
        body,
        (0, 2, 4, 6, 8),
        [
            "2.1 过去一年的工作",
            "4 参考文献",
            "原始内容存档于",
            "十二届全国人大四次会议在京开幕",
            "中华人民共和国国务院组织法",
            "本页面最后修订于",
            "取自“",
            "2016年中国政治",
            "知识共享 署名-相同方式共享",
            "跳转至",
        ],
        "h2 sections are level 1 and h3 level 2, read without the [编辑] links beside them; "
        "the TOC box (its <h2>目录</h2> included) is neither headings nor body; TOC level-1 "
        "entries read like the headings, so only a numbered level-2 entry and the "
        "numbered 参考文献 entry are in must_not_have; <h2>参考文献</h2> and its reference "
        "list are apparatus, not a heading and not body; the infobox (its title row, "
        "image caption and th/td rows) is the article's and may be kept, so its fields "
        "are not boilerplate; the hatnote and the reference marks [1]-[3] are neither "
        "required nor forbidden; navbox, printfooter, categories, tabs, sidebar and "
        "footer are not body",
    )


# ------------------------------------------------------- r11 column platform post


def build_column(path: Path) -> dict[str, Any]:
    title = "读2017年政府工作报告：我最关注的几组数字"
    site = "知栏"
    targets = section(2017, "二、")[1]
    leadin = targets[: targets.index("：") + 1]
    items = ["国内生产总值增长6.5%左右", "居民消费价格涨幅3%左右", "城镇新增就业1100万人以上"]
    for it in items:
        assert it in targets, it
    intro = section(2017, "一、")[2]
    two = section(2017, "二、")
    quote = two[3]
    body: list[str] = [intro, leadin, *items]
    parts = [f"<p>{esc(intro)}</p>"]
    headings: list[tuple[str, int]] = []

    def h2(text: str) -> None:
        parts.append(f"<h2>{esc(text)}</h2>")
        headings.append((text, 1))

    def p(text: str) -> None:
        parts.append(f"<p>{esc(text)}</p>")
        body.append(text)

    h2("一组预期目标")
    parts.append(f"<p>{esc(leadin)}</p>")
    parts.append("<ul>" + "".join(f"<li>{esc(it)}</li>" for it in items) + "</ul>")
    p(two[2])
    h2("财政政策更加积极有效")
    parts.append(f"<blockquote>{esc(quote)}</blockquote>")
    body.append(quote)
    p(section(2017, "（二）")[1])
    h2("“三去一降一补”")
    p(section(2017, "（一）")[0])
    p(section(2017, "（一）")[1])
    parts.append("<hr>")
    h2("民生")
    p(section(2017, "（八）")[1])
    content = "".join(parts)
    page = f"""<!doctype html>
<html lang="zh" data-hairline="true" data-theme="light">
<head>
<meta charset="utf-8"/>
<title data-react-helmet="true">{title} - {site}</title>
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1"/>
<meta name="renderer" content="webkit"/>
<meta name="force-rendering" content="webkit"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<meta data-react-helmet="true" name="description" property="og:description" content="{esc(intro[:50])}…"/>
<meta data-react-helmet="true" property="og:title" content="{title}"/>
<meta data-react-helmet="true" property="og:type" content="article"/>
<meta data-react-helmet="true" property="og:site_name" content="{site}"/>
<link rel="shortcut icon" type="image/x-icon" href="https://static.zhilan.com/static/favicon.ico"/>
<link href="https://static.zhilan.com/column/app.3f2b9c1d.css" rel="stylesheet"/>
<script nonce="a3b8c1d2">!function(){{"use strict";!function(e,n){{var r=[];function t(e){{return function(){{r.push([e,arguments])}}}}n.Raven={{captureException:t("captureException"),context:t("context")}}}}(window,window)}}();</script>
</head>
<body>
<div id="root"><div class="App"><div class="LoadingBar"></div>
<header role="banner" class="AppHeader ColumnPageHeader"><div class="ColumnPageHeader-content"><a href="//www.zhilan.com" aria-label="知栏"><svg viewBox="0 0 64 30" fill="#0084FF" width="64" height="30"><path d="M29.05 4.582H16.733V25.94h3.018l.403 2.572 4.081-2.572h4.815V4.582z"></path></svg></a><i class="ColumnPageHeader-Line"></i><div class="ColumnPageHeader-Title"><a class="ColumnLink ColumnPageHeader-TitleName" href="/macro-notes">宏观笔记</a></div><div class="ColumnPageHeader-Button"><button type="button" class="Button ColumnPageHeader-WriteButton Button--blue">写文章</button></div></div></header>
<main role="main" class="App-main"><div class="Post-content" data-za-detail-view-path-module="PostItem">
<article class="Post-Main Post-NormalMain" tabindex="-1">
<header class="Post-Header"><h1 class="Post-Title">{title}</h1>
<div class="Post-Author"><div class="AuthorInfo" itemprop="author" itemscope="" itemtype="http://schema.org/Person"><meta itemprop="name" content="林远"/><span class="UserLink AuthorInfo-avatarWrapper"><a class="UserLink-link" href="//www.zhilan.com/people/lin-yuan-93"><img class="Avatar Avatar--round AuthorInfo-avatar" width="38" height="38" src="https://pic1.zhilanimg.com/v2-5c8e1d_xs.jpg" alt="林远"/></a></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="//www.zhilan.com/people/lin-yuan-93">林远</a></span></div><div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">宏观经济研究员</div></div></div></div></div><button type="button" class="Button FollowButton Button--primary Button--blue">关注他</button></div>
<div><span class="Voters"><button type="button" class="Button Button--plain">86 人赞同了该文章</button></span></div>
</header>
<div class="Post-RichTextContainer"><div class="RichText ztext Post-RichText">{content}</div></div>
<div class="ContentItem-time">发布于 2017-03-06 10:00</div>
<div class="Post-topicsAndReviewer"><div class="TopicList Post-Topics"><div class="Tag Topic"><span class="Tag-content"><a class="TopicLink" href="//www.zhilan.com/topic/19573812">政府工作报告</a></span></div><div class="Tag Topic"><span class="Tag-content"><a class="TopicLink" href="//www.zhilan.com/topic/19551298">宏观经济</a></span></div></div></div>
<div><div class="Sticky RichContent-actions is-bottom"><div class="ContentItem-actions"><span><button aria-label="赞同 86" type="button" class="Button VoteButton VoteButton--up">赞同 86</button><button aria-label="反对" type="button" class="Button VoteButton VoteButton--down"></button></span><button type="button" class="Button BottomActions-CommentBtn Button--plain Button--withIcon">12 条评论</button><div class="Popover ShareMenu"><button type="button" class="Button Button--plain Button--withIcon">分享</button></div><button type="button" class="Button ContentItem-action Button--plain">喜欢</button><button type="button" class="Button ContentItem-action Button--plain">收藏</button></div></div></div>
</article>
<div class="Post-Sub Post-NormalSub">
<div class="PostIndex-Contributions"><h3 class="BlockTitle">文章被以下专栏收录</h3><ul><li class="ContributionItem"><a class="ColumnLink" href="/macro-notes"><div class="ContributionItem-name">宏观笔记</div><div class="ContributionItem-intro">用数据读懂中国经济</div></a></li></ul></div>
<div class="Recommendations-Main"><h3 class="BlockTitle Recommendations-BlockTitle">推荐阅读</h3><ul class="Recommendations-List">
<li class="Recommendations-Item"><a class="PostItem" href="/p/25631947"><h3 class="PostItem-Title">一张图看懂中国的财政赤字</h3><p class="PostItem-Summary">赤字率为什么是3%？这条红线从哪里来……</p></a></li>
<li class="Recommendations-Item"><a class="PostItem" href="/p/25598310"><h3 class="PostItem-Title">去杠杆之后，企业的日子会好过吗</h3><p class="PostItem-Summary">从宏观杠杆率的结构说起……</p></a></li>
</ul></div>
<div class="Comments-container"><div class="CommentsV2"><div class="Topbar CommentTopbar"><div class="Topbar-title"><h2 class="CommentTopbar-title">12 条评论</h2></div></div>
<ul class="NestComment"><li class="NestComment-root"><div class="CommentItemV2"><div class="CommentItemV2-meta"><span class="UserLink"><a class="UserLink-link" href="//www.zhilan.com/people/xiaozhou">小周</a></span><span class="CommentItemV2-time">2017-03-06</span></div><div class="CommentItemV2-metaSibling"><div class="CommentRichText">写得清楚，那个就业目标的数字比去年又多了一百万。</div></div></div></li>
<li class="NestComment-root"><div class="CommentItemV2"><div class="CommentItemV2-meta"><span class="UserLink"><a class="UserLink-link" href="//www.zhilan.com/people/ameng">阿蒙</a></span><span class="CommentItemV2-time">2017-03-07</span></div><div class="CommentItemV2-metaSibling"><div class="CommentRichText">求作者再写一篇讲讲补短板。</div></div></div></li></ul>
</div></div>
</div>
</div></main>
</div></div>
<script id="js-clientConfig" type="text/json">{{"host":"zhilan.com","protocol":"https:","wwwHost":"www.zhilan.com","fetchRoot":{{"www":"https://www.zhilan.com","api":"https://api.zhilan.com"}}}}</script>
<script id="js-initialData" type="text/json">{{"initialState":{{"entities":{{"articles":{{"25640213":{{"id":25640213,"title":"{title}","excerpt":"{esc(intro[:40])}……","voteupCount":86,"commentCount":12,"created":1488765600,"author":{{"name":"林远","headline":"宏观经济研究员"}}}}}}}}}}}}</script>
<script src="https://static.zhilan.com/column/vendor.8a1c3e2f.js"></script>
<script src="https://static.zhilan.com/column/column.app.6d0b4f91.js"></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        headings,
        body,
        (0, 3, 6, 8, 10),
        [
            "宏观经济研究员",
            "人赞同了该文章",
            "发布于",
            "赞同 86",
            "条评论",
            "文章被以下专栏收录",
            "一张图看懂中国的财政赤字",
            "写得清楚，那个就业目标的数字",
            "关注他",
        ],
        "the author card (name, badge 宏观经济研究员, follow button) and voters line belong "
        "to the header, not the body; the lead-in line and each <ul> item are body (one "
        "passage is an item), the <blockquote> is body, the <hr> only separates sections; "
        "发布于…, topic tags, the action bar, columns box, 推荐阅读 (<h3> titles, not "
        "headings), comments (their <h2> count line is not a heading) and the JSON in "
        "<script> are not body; the topic tags are "
        "neither required nor forbidden",
    )


# ---------------------------------------------------------- r12 GBK old portal


def build_gbk_old_portal(path: Path) -> dict[str, Any]:
    title = "政府工作报告对今年政府工作提出四方面建议"
    site = "楚北新闻网"
    s1, s2, s3, s4 = (section(2013, h) for h in ("（一）", "（二）", "（三）", "（四）"))
    intro = section(2013, "二、")[2]
    blocks: list[tuple[str, list[str]]] = [
        ("一、加快转变经济发展方式，促进经济持续健康发展", [s1[1], s1[2]]),
        ("二、强化农业农村发展基础，推动城乡发展一体化", [s2[0]]),
        ("三、以保障和改善民生为重点，全面提高人民物质文化生活水平", [s3[1], s3[2], s3[7]]),
        ("四、以更大的政治勇气和智慧，深入推进改革开放", [s4[0], s4[3]]),
    ]
    ind = "&nbsp;&nbsp;&nbsp;&nbsp;"
    body = [intro]
    parts = [f"<br>\n{ind}{esc(intro)}<br>"]
    for head, paras in blocks:
        parts.append(f"<p><b>{esc(head)}</b></p>")
        parts.append("<br><br>\n".join(f"{ind}{esc(p)}" for p in paras) + "<br>")
        body.extend(paras)
    content = "\n".join(parts)
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}-国内新闻-{site}</title>
<meta name="keywords" content="政府工作报告 建议 转变经济发展方式">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<style type="text/css">
<!--
td {{ font-size: 12px; line-height: 20px}}
.content {{ font-size: 14px; line-height: 26px; color: #000000}}
.title {{ color: #B30000}}
a:link {{ color: #000000; text-decoration: none}}
a:visited {{ color: #333333; text-decoration: none}}
-->
</style>
<script language="JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
function doZoom(size) {{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td><img src="/images/top_banner.gif" width="760" height="80" alt="{site}"></td></tr>
</table>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#B30000">
<tr><td height="26" align="center"><font color="#FFFFFF"><a href="/"><font color="#FFFFFF">首页</font></a> | <a href="/news/"><font color="#FFFFFF">新闻中心</font></a> | <a href="/news/cbyw/"><font color="#FFFFFF">楚北要闻</font></a> | <a href="/news/gnxw/"><font color="#FFFFFF">国内新闻</font></a> | <a href="/news/gjxw/"><font color="#FFFFFF">国际新闻</font></a> | <a href="/news/shwx/"><font color="#FFFFFF">社会万象</font></a> | <a href="/photo/"><font color="#FFFFFF">图片新闻</font></a> | <a href="/zt/"><font color="#FFFFFF">专题报道</font></a> | <a href="http://bbs.chubei.com.cn/"><font color="#FFFFFF">楚北论坛</font></a></font></td></tr>
</table>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td width="180" valign="top" bgcolor="#F2F2F2">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#DDDDDD"><b>新闻搜索</b></td></tr>
<tr><td><form name="search" method="get" action="/search/search.asp"><input type="text" name="key" size="14"> <input type="submit" value="搜索"></form></td></tr>
<tr><td bgcolor="#DDDDDD"><b>热点新闻</b></td></tr>
<tr><td>·<a href="/news/gnxw/201303/t20130305_203311.shtml" target="_blank">十二届全国人大一次会议隆重开幕</a><br>·<a href="/news/cbyw/201303/t20130304_203287.shtml" target="_blank">我省代表团抵京出席全国两会</a><br>·<a href="/news/cbyw/201303/t20130304_203275.shtml" target="_blank">省城今年将新建保障房三万套</a></td></tr>
</table>
</td>
<td width="10">&nbsp;</td>
<td width="570" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td height="28">您现在的位置：<a href="/">{site}</a> &gt;&gt; <a href="/news/">新闻中心</a> &gt;&gt; <a href="/news/gnxw/">国内新闻</a></td></tr>
</table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="title" align="center" height="50"><font size="5" color="#B30000"><b>{title}</b></font></td></tr>
<tr><td align="center" height="25"><font color="#666666">http://www.chubei.com.cn　2013-03-05 14:20:36　来源：新华网　【字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</font></td></tr>
<tr><td height="1" bgcolor="#CCCCCC"></td></tr>
<tr><td class="content" id="zoom"><font style="font-size:14px; line-height:26px">
{content}
</font></td></tr>
<tr><td align="right" height="30">【责任编辑：刘洋】</td></tr>
</table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="24" bgcolor="#EEEEEE"><b>&nbsp;相关新闻</b></td></tr>
<tr><td>·<a href="/news/gnxw/201303/t20130305_203318.shtml" target="_blank">今年经济增长预期目标为7.5%左右</a>（2013-03-05）<br>·<a href="/news/gnxw/201303/t20130305_203322.shtml" target="_blank">代表热议城镇化：让农民工真正融入城市</a>（2013-03-05）</td></tr>
</table>
</td>
</tr>
</table>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td height="1" bgcolor="#B30000"></td></tr>
<tr><td align="center" height="60">关于我们 | 广告服务 | 联系方式 | 网站地图<br>版权所有 &copy; {site}　未经授权禁止转载　鄂ICP备05003126号</td></tr>
</table>
</body>
</html>
"""
    data = page.encode("gbk")
    data.decode("gb2312")  # raises if a byte sequence is outside GB2312
    path.write_bytes(data)
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks],
        body,
        (0, 2, 4, 6, 8),
        [
            "【责任编辑：刘洋】",
            "十二届全国人大一次会议隆重开幕",
            "代表热议城镇化",
            "您现在的位置",
            "新闻搜索",
            "鄂ICP备05003126号",
            "【字号",
        ],
        "the file is GBK bytes declared charset=gb2312 (every character is in GB2312); no "
        "<h1>: the title is the big bold text in td.title (<title> adds channel and site); "
        "the body is one table cell where runs indented with &nbsp; and separated by "
        "<br><br> (or by a <p> subhead) are the paragraphs; the <p><b>一、…</b></p> lines "
        "are the headings (level 1); the left column of links comes before the article in "
        "the source and is not body",
    )


BUILDERS = {
    "r07_portal_163_like.html": build_portal_163,
    "r08_people_like.html": build_people_like,
    "r09_law_style.html": build_law_style,
    "r10_mediawiki_zh.html": build_mediawiki,
    "r11_column_article.html": build_column,
    "r12_gbk_old_portal.html": build_gbk_old_portal,
}


def main(argv: list[str] | None = None) -> int:
    return prev.make_pages(BUILDERS, ROOT / "eval" / "data" / "realdocs-made3", argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())
