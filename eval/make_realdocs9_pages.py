# ruff: noqa: E501  (HTML templates of the made pages are kept on one line each)
"""Make the web pages of ``realdocs-made9`` (y07-y12) and their gold annotations.

Development data for the HTML reader, a ninth set after ``realdocs-made8`` (w07-w12),
this time about heading recall: six pages written after the layout of other kinds of
Chinese sites, each with subheads (or a page structure) that are told in a way the
earlier sets lack (markup from general knowledge of how such sites are built, not
copied from any page; site names, people and addresses are made up), with body text
taken only from the government work reports 2013-2017
(``../shared/data/gov-work-reports``). The gold of each page is written by this script
from what it put on the page, as a reader reads it in a browser, before and
independent of any reader output (helpers and self-checks from
``make_realdocs2_pages.py``):

- ``y07_class_styled_subheads.html``: a university news site (WebPlus-like CMS):
  ``<h1 class="arti_title">``, 发布者/发布时间/浏览次数, the article in
  ``div.wp_articlecontent`` whose subheads are plain ``<p class="title2">`` (level 1)
  and ``<p class="title3">`` (level 2) with no bold and no heading tag, told only by
  the head ``<style>`` rules giving them a bigger font-size and a colour (centred red
  20px, blue 17px); a photo caption ``p.img_desc`` (smaller, grey, centred); a lead and
  the 供稿/审核 line; 分享到, 上一篇/下一篇, 相关新闻, footer with 网站地图;
- ``y08_inline_style_subheads.html``: a group company site (企业新闻) edited in a
  rich-text editor: the only ``<h1>`` is the logo image, the title an ``<h2>``; every
  paragraph a ``<p style=…><span style="font-size:16px;font-family:仿宋…">``; level-1
  subheads centred ``<span style="font-size:18px;color:rgb(192,0,0)">``, level-2 subheads
  old ``<font face="楷体_GB2312" size="4" color="#0070c0">`` (neither has bold); a
  centred grey 14px photo caption, a red ``编者按：`` run opening an editor's note, a
  right-aligned ``（…供稿）`` line; 上一条/下一条, 返回列表, 【打印】【关闭】, footer;
- ``y09_policy_toc_footnotes.html``: a think-tank page with a long policy text: an
  in-page table of contents ``<nav class="toc">`` (``<ul>`` of anchor links, nested),
  ``<section>``s holding ``<h2 id>`` (level 1) and ``<h3 id>`` (level 2) headings, a
  ``↑ 返回目录`` link after each section, footnote marks ``<sup><a>[1]</a></sup>`` at
  paragraph ends and a footnotes list with ``↩`` back-links, 提要 box, download links,
  the 整理 line, 相关研究, footer;
- ``y10_news_special_topic.html``: a news site's special (专题) page: the special's name
  only as the ``alt`` of a banner image inside ``<h1>``, a subline, a 专题导航 bar, a
  导语 box, two columns (权威解读/热点聚焦 bars with 更多>>) each with two short
  articles, each article an ``<h2>`` title link (the headings, level 1), a source line,
  two or three paragraphs and 【阅读全文】; side boxes 图说两会 (photos with captions),
  网友留言, 往期专题; footer;
- ``y11_partial_strong_headings.html``: a cadre-training site (干部网络学院) saved as
  GBK under ``charset=gb2312``: headings ``<p><strong>一、</strong>…。</p>`` where the
  bold covers only the number (one heading has the bold over its first half), the
  headings ending with 。 (level 1) or with ： (level 2, ``（一）…：``), while the body
  paragraphs open with a bold run-in sentence ``<p><strong>千方百计扩大就业。</strong>…``
  (body, not headings); 责任编辑, 上一篇/下一篇, 【我要评论】【打印此文】【关闭窗口】,
  相关课程, footer;
- ``y12_hexo_blog_toc.html``: a blog page rendered from Markdown by Hexo with a
  NexT-like theme: ``h1.post-title``, post meta (发表于/更新于/分类于/阅读次数/本文字数/
  阅读时长), ``h2``/``h3``/``h4`` headings (levels 1-3) with empty ``a.headerlink``
  anchors, a sidebar 文章目录 (``ol.nav`` with ``1.1.1`` numbers) / 站点概览 and a 标签云,
  本文结束 line, 打赏, the 本文作者/本文链接/版权声明 block, tags, previous/next post,
  a Valine-like comment widget and a 由 Hexo 强力驱动 footer.

Run once; the outputs are committed (small):

    python eval/make_realdocs9_pages.py [--out eval/data/realdocs-made9]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs2_pages as prev

esc = prev.esc
section = prev.section
# (heading or None, level, paragraphs)
Blocks = list[tuple[str | None, int, list[str]]]


def heads_of(blocks: Blocks) -> list[tuple[str, int]]:
    return [(h, lv) for h, lv, _ in blocks if h]


# ------------------------------------- y07 university news, subheads told by class


def build_class_subheads(path: Path) -> dict[str, Any]:
    title = "学校党委理论学习中心组专题学习政府工作报告社会建设和民生部分"
    site = "临江师范学院新闻网"
    a = section(2014, "（七）")
    b = section(2014, "（八）")
    blocks: Blocks = [
        ("一、加强教育、卫生、文化等社会建设", 1, [a[0]]),
        ("（一）促进教育公平发展", 2, [a[1]]),
        ("（二）推动医改向纵深发展", 2, [a[2]]),
        ("（三）文化建设和社会治理创新", 2, [a[3], a[4]]),
        ("二、统筹做好保障和改善民生工作", 1, [b[0]]),
        ("（一）就业和收入", 2, [b[1], b[2]]),
        ("（二）社会保障和住房保障", 2, [b[3], b[4]]),
    ]
    parts = [
        '<p class="lead">3月12日下午，学校党委理论学习中心组召开专题学习会，集中学习十二届全国人大二次会议上的政府工作报告。党委书记主持学习会，党委宣传部负责同志领读报告社会建设和民生部分的有关内容，摘录如下。</p>',
        '<p style="text-align:center;text-indent:0"><img src="/_upload/article/images/6b/2e/9c1d0a7f4e2b8a31c55d0e6f1b2a/7d3f5c2a-1e0b-4c8d-9a6f-2b1c0d3e4f5a.jpg" width="600" height="400" border="0" vspace="0" title="" alt="" /></p>',
        '<p class="img_desc">学习会现场（摄影：韩青）</p>',
    ]
    body: list[str] = []
    for head, lv, paras in blocks:
        if head:
            parts.append(f'<p class="title{lv + 1}">{esc(head)}</p>')
        for p in paras:
            parts.append(f"<p>{esc(p)}</p>")
            body.append(p)
    parts.append(
        "<p>与会同志一致表示，要把学习报告精神与学校改革发展的实际结合起来，在办好人民满意的教育中体现担当。</p>"
    )
    parts.append('<p class="arti_source">（供稿：党委宣传部　文/韩青　审核：周立）</p>')
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="renderer" content="webkit" />
<title>{title}</title>
<meta name="description" content="{site}" />
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet" />
<link type="text/css" href="/_upload/site/1/style/8/8.css" rel="stylesheet" />
<style type="text/css">
body{{margin:0;font-family:"Microsoft YaHei",SimSun;font-size:14px;color:#333;}}
.arti_title{{font-size:24px;color:#0b4c8c;text-align:center;font-weight:bold;line-height:1.5;margin:20px 0 10px;}}
.arti_metas{{text-align:center;color:#999;font-size:12px;border-bottom:1px dashed #ccc;padding-bottom:8px;}}
.arti_metas span{{margin:0 8px;}}
.wp_articlecontent{{padding:10px 20px;}}
.wp_articlecontent p{{font-size:16px;line-height:2;text-indent:2em;margin:0 0 10px;color:#333;font-weight:normal;}}
.wp_articlecontent p.lead{{color:#555;}}
.wp_articlecontent p.title2{{font-size:20px;color:#b5121b;text-align:center;text-indent:0;margin:24px 0 12px;}}
.wp_articlecontent p.title3{{font-size:17px;color:#1f5ea8;margin:14px 0 8px;}}
.wp_articlecontent p.img_desc{{font-size:14px;color:#888;text-align:center;text-indent:0;}}
.wp_articlecontent p.arti_source{{text-align:right;font-size:14px;color:#666;}}
</style>
</head>
<body>
<div id="header"><div class="head-main"><a href="/"><img src="/_upload/tpl/00/1a/26/template26/images/logo.png" alt="{site}" /></a>
<div class="searchbox"><form action="/_web/search/doSearch.do" method="post"><input name="keyword" type="text" value="请输入关键词" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul class="wp_nav"><li class="nav-item"><a href="/main.htm">首页</a></li><li class="nav-item"><a href="/xxyw/list.htm">学校要闻</a></li><li class="nav-item"><a href="/zhxw/list.htm">综合新闻</a></li><li class="nav-item"><a href="/xyxw/list.htm">院部动态</a></li><li class="nav-item"><a href="/mtsd/list.htm">媒体临师</a></li><li class="nav-item"><a href="/rwfc/list.htm">人物风采</a></li><li class="nav-item"><a href="/xyfc/list.htm">校园风光</a></li></ul></div></div>
<div id="l-container"><div class="col_menu"><div class="col_path">当前位置：<a href="/main.htm">首页</a><span class="possplit">&nbsp;&nbsp;</span><a href="/xxyw/list.htm">学校要闻</a></div></div>
<div class="col_news"><div class="col_news_con"><div class="article" frag="窗口3">
<h1 class="arti_title">{title}</h1>
<p class="arti_metas"><span class="arti_publisher">发布者：党委宣传部</span><span class="arti_update">发布时间：2014-03-13</span><span class="arti_views">浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=1&amp;type=3&amp;articleId=21873">1286</span></span></p>
<div class="entry"><div class="read"><div class='wp_articlecontent'>
{content}
</div></div></div>
<div class="share">分享到：<a href="javascript:;" class="bds_weixin">微信</a><a href="javascript:;" class="bds_tsina">新浪微博</a><a href="javascript:;" class="bds_qzone">QQ空间</a></div>
<div class="prev_next"><p>上一篇：<a href="/2014/0312/c1502a21866/page.htm">我校召开2014年春季学期教学工作会议</a></p><p>下一篇：<a href="/2014/0314/c1502a21880/page.htm">学校举行第十二届“书香校园”读书节启动仪式</a></p></div>
<div class="related"><div class="related_tit">相关新闻</div><ul><li><a href="/2014/0306/c1502a21801/page.htm">我校师生收看十二届全国人大二次会议开幕会</a></li><li><a href="/2014/0310/c1502a21840/page.htm">马克思主义学院开展“两会精神进课堂”活动</a></li></ul></div>
</div></div></div></div>
<div id="footer"><div class="foot_nav"><a href="/sitemap.htm">网站地图</a> | <a href="/lxwm.htm">联系我们</a> | <a href="http://www.ljnu.example/">学校主页</a></div>
<p>版权所有 &copy; 临江师范学院党委宣传部　地址：临江市学府路88号　邮编：421008</p></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        heads_of(blocks),
        body,
        (0, 1, 3, 5, 8),
        [
            "校园风光",
            "院部动态",
            "当前位置：",
            "发布者：党委宣传部",
            "发布时间：2014-03-13",
            "浏览次数：",
            "供稿：党委宣传部",
            "审核：周立",
            "分享到：",
            "上一篇：",
            "学校举行第十二届“书香校园”读书节启动仪式",
            "相关新闻",
            "马克思主义学院开展“两会精神进课堂”活动",
            "网站地图",
            "版权所有 © 临江师范学院党委宣传部",
        ],
        "a university news page (WebPlus-like CMS): the <h1 class=arti_title> is the "
        "title (<title> is the same); the subheads are plain <p class=title2> (一、…, "
        "level 1) and <p class=title3> ((一)…, level 2) with no bold and no heading tag, "
        "told only by the head <style> rules (title2 centred, 20px, red; title3 17px, "
        "blue; body p 16px, #333, font-weight normal); the lead paragraph (3月12日下午…) "
        "and the closing paragraph (与会同志一致表示…) are the page's own text: body, "
        "neither required nor forbidden; the photo caption p.img_desc (14px grey, "
        "centred) is neither and no heading; the （供稿…审核…） line, meta line, share, "
        "上一篇/下一篇, 相关新闻 and the footer are not body",
    )


# ------------------------------- y08 company news, subheads told by inline styles

BODY_P = '<p style="text-indent: 2em; line-height: 1.75em; margin-bottom: 10px;"><span style="font-family: 仿宋, 仿宋_GB2312; font-size: 16px;">{}</span></p>'


def build_inline_style(path: Path) -> dict[str, Any]:
    title = "青禾集团深入学习贯彻2017年全国两会精神"
    site = "青禾集团"
    c1 = section(2017, "（一）")
    c2 = section(2017, "（二）")
    c4 = section(2017, "（四）")
    blocks: Blocks = [
        ("一、以创新引领实体经济转型升级", 1, [c4[0]]),
        ("（一）提升科技创新能力", 2, [c4[1]]),
        ("（二）培育壮大新兴产业、改造提升传统产业", 2, [c4[2], c4[3]]),
        ("（三）持续推进大众创业、万众创新", 2, [c4[4]]),
        ("二、深化国企国资改革，加强产权保护", 1, [c2[2], c2[3]]),
        ("三、用改革的办法推进“三去一降一补”", 1, [c1[0], c1[1]]),
    ]
    parts = [
        '<p style="text-indent: 2em; line-height: 1.75em;"><span style="font-size: 16px; color: rgb(192, 0, 0); font-family: 黑体, SimHei;">编者按：</span><span style="font-family: 楷体, 楷体_GB2312; font-size: 16px;">3月17日，集团党委理论学习中心组举行2017年第二次集中学习，专题学习十二届全国人大五次会议精神。现将政府工作报告中与企业发展关系密切的内容摘编如下，供各单位学习参考。</span></p>',
        '<p style="text-align: center;"><img src="/uploadfiles/2017/03/20170320093512351.jpg" title="20170320093512351.jpg" alt="20170320093512351.jpg" width="560" height="373" style="width: 560px; height: 373px;"/></p>',
        '<p style="text-align: center;"><span style="font-size: 14px; color: rgb(127, 127, 127);">图为集团党委理论学习中心组学习会现场</span></p>',
    ]
    body: list[str] = []
    for head, lv, paras in blocks:
        if head and lv == 1:
            parts.append(
                f'<p style="text-align: center; line-height: 1.75em; margin-top: 16px;"><span style="font-size: 18px; color: rgb(192, 0, 0); font-family: 黑体, SimHei;">{esc(head)}</span></p>'
            )
        elif head:
            parts.append(
                f'<p style="text-indent: 2em; line-height: 1.75em;"><font face="楷体_GB2312" size="4" color="#0070c0">{esc(head)}</font></p>'
            )
        for p in paras:
            parts.append(BODY_P.format(esc(p)))
            body.append(p)
    parts.append(
        '<p style="text-align: right; line-height: 1.75em;"><span style="font-family: 仿宋, 仿宋_GB2312; font-size: 14px;">（集团党群工作部　供稿）</span></p>'
    )
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{title}-{site}</title>
<meta name="keywords" content="{site},集团要闻">
<link rel="stylesheet" type="text/css" href="/static/css/common.css">
<link rel="stylesheet" type="text/css" href="/static/css/news.css">
<script type="text/javascript" src="/static/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="top"><div class="wrap"><span class="welcome">您好，欢迎访问青禾集团官方网站！</span><span class="lang"><a href="/">中文</a> | <a href="/en/">English</a></span></div></div>
<div class="header"><div class="wrap"><h1 class="logo"><a href="/"><img src="/static/images/logo.png" alt="{site}"></a></h1>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/about/">集团概况</a></li><li class="on"><a href="/news/">新闻中心</a></li><li><a href="/industry/">产业布局</a></li><li><a href="/party/">党建工作</a></li><li><a href="/csr/">社会责任</a></li><li><a href="/job/">人才招聘</a></li><li><a href="/contact/">联系我们</a></li></ul></div></div>
<div class="banner-in"><img src="/static/images/banner_news.jpg" alt=""></div>
<div class="wrap content-wrap">
<div class="left-menu"><div class="lm-tit">新闻中心</div><ul><li class="cur"><a href="/news/jtyw/">集团要闻</a></li><li><a href="/news/qydt/">企业动态</a></li><li><a href="/news/mtbd/">媒体报道</a></li><li><a href="/news/tzgg/">通知公告</a></li></ul></div>
<div class="right-con">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; <a href="/news/jtyw/">集团要闻</a></div>
<div class="news-detail">
<div class="news-title"><h2>{title}</h2>
<div class="news-info">发布时间：2017-03-20 09:41　来源：党群工作部　点击：<span id="hits">2316</span>次　【字号：<a href="javascript:;" onclick="fontZoom(18)">大</a> <a href="javascript:;" onclick="fontZoom(16)">中</a> <a href="javascript:;" onclick="fontZoom(14)">小</a>】</div></div>
<div class="news-content" id="news_content">
{content}
</div>
<div class="news-tools"><span class="bdsharebuttonbox">分享到：<a href="#" class="bds_weixin" data-cmd="weixin">微信</a><a href="#" class="bds_tsina" data-cmd="tsina">微博</a></span><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>
<div class="news-page"><p>上一条：<a href="/news/jtyw/2017/0316/1182.html">集团召开2017年安全生产工作会议</a></p><p>下一条：<a href="/news/jtyw/2017/0322/1190.html">集团与临江大学签署产学研合作协议</a></p><a class="back-list" href="/news/jtyw/">返回列表</a></div>
</div></div></div>
<div class="footer"><div class="wrap"><div class="f-links"><a href="/sitemap/">网站地图</a> | <a href="/legal/">法律声明</a> | <a href="/contact/">联系我们</a></div>
<p>版权所有：青禾集团有限公司　地址：青禾市经开区创业大道1号　电话：0735-8801234</p><p>青ICP备12004567号-1</p></div></div>
<script type="text/javascript">function fontZoom(s){{ $("#news_content span").css("font-size", s + "px"); }}</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        heads_of(blocks),
        body,
        (0, 1, 3, 5, 8),
        [
            "您好，欢迎访问青禾集团官方网站",
            "集团概况",
            "产业布局",
            "媒体报道",
            "通知公告",
            "当前位置：",
            "发布时间：2017-03-20 09:41",
            "来源：党群工作部",
            "【字号：",
            "集团党群工作部　供稿",
            "分享到：",
            "【打印】",
            "【关闭】",
            "上一条：",
            "集团与临江大学签署产学研合作协议",
            "返回列表",
            "网站地图",
            "法律声明",
            "青ICP备12004567号-1",
        ],
        "a group company's news page edited in a rich-text editor: the only <h1> is the "
        "logo image (alt 青禾集团, not the title); the title is the <h2> in div.news-title "
        "(<title> adds -青禾集团); each paragraph is <p style=text-indent…><span "
        "style=font-size:16px;font-family:仿宋…>; the subheads have no heading tag and no "
        "bold: level 1 (一、…三、) centred <span style=font-size:18px;color:rgb(192,0,0);"
        "font-family:黑体>, level 2 ((一)…(三)) indented <font face=楷体_GB2312 size=4 "
        "color=#0070c0>; the 编者按： note (a red label run and a 楷体 run in one "
        "paragraph) is the page's own text, neither required nor forbidden and no "
        "heading; the centred grey 14px photo caption is neither and no heading; the "
        "right-aligned （集团党群工作部　供稿） line, info line, tools, 上一条/下一条, "
        "返回列表 and the footer are not body",
    )


# --------------------------------- y09 policy text with a TOC, sections, footnotes


def build_policy_toc(path: Path) -> dict[str, Any]:
    title = "2017年政府工作报告重点任务摘编（改革与内需部分）"
    site = "南屿发展研究中心"
    c1 = section(2017, "（一）")
    c2 = section(2017, "（二）")
    c3 = section(2017, "（三）")
    # (id, h2, [(id, h3, paragraphs)])
    secs: list[tuple[str, str, list[tuple[str, str, list[str]]]]] = [
        (
            "s1",
            "一、用改革的办法深入推进“三去一降一补”",
            [
                ("s1-1", "（一）去产能和去杠杆", [c1[0], c1[1]]),
                ("s1-2", "（二）补短板和脱贫攻坚", [c1[2], c1[3]]),
            ],
        ),
        (
            "s2",
            "二、深化重要领域和关键环节改革",
            [
                ("s2-1", "（一）政府职能转变和财税体制改革", [c2[0], c2[1]]),
                ("s2-2", "（二）国企国资改革和产权保护", [c2[2], c2[3]]),
            ],
        ),
        ("s3", "三、进一步释放国内需求潜力", [("", "", [c3[0], c3[1]])]),
    ]
    notes = {
        c1[0]: "钢铁、煤炭去产能目标为报告提出的全年预期数，完成情况以国家有关部门公布的数据为准。",
        c2[1]: "营改增，即营业税改征增值税，2016年5月1日起全面推开。",
        c3[1]: "“四大板块”指西部、东北、中部、东部四个区域板块。",
    }
    toc: list[str] = []
    parts: list[str] = []
    heads: list[tuple[str, int]] = []
    body: list[str] = []
    fns: list[str] = []
    for sid, h2, subs in secs:
        heads.append((h2, 1))
        sub_toc = "".join(f'<li><a href="#{i}">{esc(h3)}</a></li>' for i, h3, _ in subs if h3)
        toc.append(
            f'<li><a href="#{sid}">{esc(h2)}</a>'
            + (f"<ul>{sub_toc}</ul>" if sub_toc else "")
            + "</li>"
        )
        parts.append(f'<section class="doc-sec" id="{sid}">\n<h2 id="h-{sid}">{esc(h2)}</h2>')
        for i, h3, paras in subs:
            if h3:
                heads.append((h3, 2))
                parts.append(f'<section class="doc-sub" id="{i}">\n<h3 id="h-{i}">{esc(h3)}</h3>')
            for p in paras:
                mark = ""
                if p in notes:
                    n = len(fns) + 1
                    mark = (
                        f'<sup class="footnote-ref" id="fnref{n}"><a href="#fn{n}">[{n}]</a></sup>'
                    )
                    fns.append(
                        f'<li id="fn{n}" class="footnote-item"><p>{esc(notes[p])} <a href="#fnref{n}" class="footnote-backref">↩</a></p></li>'
                    )
                parts.append(f"<p>{esc(p)}{mark}</p>")
                body.append(p)
            if h3:
                parts.append("</section>")
        parts.append('<p class="back-top"><a href="#toc">↑ 返回目录</a></p>\n</section>')
    content = "\n".join(parts)
    toc_html = "\n".join(toc)
    fn_html = "\n".join(fns)
    page = f"""<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title} | {site}</title>
<link rel="stylesheet" href="/assets/css/site.min.css?v=20170301">
<style>
.toc{{background:#f6f8fa;border:1px solid #e1e4e8;padding:12px 18px;margin:16px 0;}}
.toc-title{{font-weight:bold;margin:0 0 6px;}}
.doc-body h2{{font-size:22px;color:#0d3b66;border-left:4px solid #0d3b66;padding-left:10px;margin:28px 0 14px;}}
.doc-body h3{{font-size:18px;color:#0d3b66;margin:20px 0 10px;}}
.doc-body p{{text-indent:2em;line-height:1.9;}}
.back-top{{text-align:right;font-size:12px;}}
.footnotes{{font-size:13px;color:#555;}}
</style>
</head>
<body id="top">
<header class="site-header"><div class="container"><a class="brand" href="/"><img src="/assets/img/logo.svg" alt="{site}" height="40"></a>
<nav class="site-nav"><a href="/">首页</a><a href="/research/">研究成果</a><a class="active" href="/policy/">政策解读</a><a href="/data/">数据中心</a><a href="/experts/">专家观点</a><a href="/about/">关于我们</a></nav></div></header>
<main class="container">
<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/policy/">政策解读</a></li><li class="active">正文</li></ol>
<article class="doc">
<h1 class="doc-title">{title}</h1>
<div class="doc-meta"><span>发布日期：2017-03-08</span><span>来源：{site}宏观经济研究所</span><span class="fontsize">字号：<a href="javascript:;">大</a><a href="javascript:;">中</a><a href="javascript:;">小</a></span><a href="javascript:window.print()">打印</a></div>
<div class="doc-download">下载：<a href="/files/2017/gwr2017-zdrw.pdf">PDF版</a> | <a href="/files/2017/gwr2017-zdrw.docx">Word版</a></div>
<div class="summary"><strong>提要：</strong>本文按专题摘录2017年政府工作报告中关于推进结构性改革、深化重要领域改革和扩大内需的重点任务原文，并对个别提法加注说明，供研究人员查阅。</div>
<nav class="toc" id="toc"><p class="toc-title">本页目录</p>
<ul>
{toc_html}
</ul></nav>
<div class="doc-body">
{content}
</div>
<hr class="footnotes-sep">
<section class="footnotes"><p class="fn-title">注释：</p>
<ol class="footnotes-list">
{fn_html}
</ol></section>
<p class="doc-end">（本文由{site}宏观经济研究所整理，仅供学习参考）</p>
</article>
<aside class="related"><h4>相关研究</h4><ul><li><a href="/research/2017/0306-macro.html">2017年一季度宏观经济形势分析</a></li><li><a href="/research/2017/0228-reform.html">供给侧结构性改革的地方实践与启示</a></li></ul></aside>
</main>
<footer class="site-footer"><p><a href="/about/">关于我们</a> · <a href="/contact/">联系方式</a> · <a href="/sitemap/">网站地图</a></p><p>&copy; 2017 {site}　地址：南屿市滨海大道260号　南ICP备16003321号</p></footer>
<a class="gotop" href="#top" title="返回顶部">TOP</a>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        heads,
        body,
        (0, 3, 4, 6, 9),
        [
            "研究成果",
            "数据中心",
            "专家观点",
            "发布日期：2017-03-08",
            f"来源：{site}宏观经济研究所",
            "字号：",
            "PDF版",
            "Word版",
            "本页目录",
            "返回目录",
            "仅供学习参考",
            "相关研究",
            "供给侧结构性改革的地方实践与启示",
            "南ICP备16003321号",
        ],
        "a think-tank page with a long policy text: the <h1> is the title (<title> adds "
        "| 南屿发展研究中心); the table of contents nav.toc (本页目录, a nested <ul> of "
        "anchor links repeating the headings) is not body and its entries are not "
        "headings of their own; the <h2 id> in each <section> are the headings (level "
        "1), the <h3 id> in the nested <section>s level 2 (the third section has no "
        "<h3>); the ↑ 返回目录 link after each section and the TOP link are not body; "
        "the 提要 box is the page's own text (neither); footnote marks [1]-[3] end three "
        "paragraphs (a reader may keep or drop them); the 注释 list after the text (its "
        "label is a <p>, not a heading) is part of the document, neither required nor "
        "forbidden, its ↩ back-links not body; meta line, download links, the 整理 line, "
        "相关研究 and the footer are not body",
    )


# ---------------------------------------------- y10 news special (专题) page


def build_special(path: Path) -> dict[str, Any]:
    title = "聚焦政府工作报告"
    site = "海州网"
    g1 = section(2014, "（一）")
    g2 = section(2014, "（二）")
    g3 = section(2014, "（三）")
    g4 = section(2014, "（四）")
    cols: list[tuple[str, str, list[tuple[str, str, str, list[str]]]]] = [
        (
            "权威解读",
            "qwjd",
            [
                ("简政放权：政府的自我革命", "海州日报", "c_220101", [g1[1], g1[2]]),
                ("对外开放：推动出口升级和贸易平衡", "海州日报", "c_220117", [g2[1], g2[2]]),
            ],
        ),
        (
            "热点聚焦",
            "rdjj",
            [
                ("扩大内需：消费和投资两手抓", "海州晚报", "c_220145", [g3[1], g3[2]]),
                ("三农：强化农业支持保护", "海州网", "c_220162", [g4[1], g4[2], g4[3]]),
            ],
        ),
    ]
    heads: list[tuple[str, int]] = []
    body: list[str] = []
    col_html: list[str] = []
    for name, slug, arts in cols:
        items: list[str] = []
        for h, src, cid, paras in arts:
            heads.append((h, 1))
            body.extend(paras)
            ps = "".join(f"<p>{esc(p)}</p>" for p in paras)
            items.append(
                f'<div class="zt-art"><h2 class="art-tit"><a href="/2014/0306/{cid}.html" target="_blank">{esc(h)}</a></h2>'
                f'<p class="art-info">来源：{src}　2014-03-06</p><div class="art-body">{ps}</div>'
                f'<p class="art-more"><a href="/2014/0306/{cid}.html" target="_blank">【阅读全文】</a></p></div>'
            )
        col_html.append(
            f'<div class="zt-col" id="{slug}"><div class="lm-bar"><span class="lm-name">{name}</span><a class="more" href="/zt/2014lh/{slug}/">更多&gt;&gt;</a></div>\n'
            + "\n".join(items)
            + "\n</div>"
        )
    cols_html = "\n".join(col_html)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_2014全国两会专题_{site}</title>
<meta name="keywords" content="2014全国两会,政府工作报告,专题">
<meta name="description" content="{site}2014全国两会特别报道：{title}。">
<link rel="stylesheet" href="https://static.hzw.example/zt/2014lh/css/zt.css">
<style>
.zt-banner h1{{margin:0;font-size:0;line-height:0;}}
.lm-bar{{height:36px;line-height:36px;background:url(https://static.hzw.example/zt/2014lh/img/lm_bg.png) no-repeat;}}
.lm-name{{color:#fff;font-size:18px;padding-left:16px;}}
.art-tit{{font-size:20px;}}
</style>
</head>
<body>
<div class="topbar"><div class="w1000"><a href="https://www.hzw.example/">{site}首页</a> | <a href="https://news.hzw.example/">新闻</a> | <a href="https://zt.hzw.example/">专题</a> | <a href="https://bbs.hzw.example/">论坛</a></div></div>
<div class="zt-banner"><h1><img src="https://static.hzw.example/zt/2014lh/img/banner_1000x220.jpg" width="1000" height="220" alt="{title}"></h1>
<p class="zt-sub">2014全国两会特别报道</p></div>
<div class="zt-nav w1000"><a href="/zt/2014lh/">专题首页</a><a href="#qwjd">权威解读</a><a href="#rdjj">热点聚焦</a><a href="/zt/2014lh/tsh/">图说两会</a><a href="/zt/2014lh/dbfc/">代表风采</a><a href="/zt/2014lh/wyly/">网友留言</a></div>
<div class="w1000 zt-main">
<div class="zt-left">
<div class="zt-intro"><b>【导语】</b>3月5日，十二届全国人大二次会议开幕，政府工作报告提出今年改革开放和经济社会发展的重点任务。本网推出专题，摘发报告要点，邀您一同关注。</div>
{cols_html}
</div>
<div class="zt-right">
<div class="side-box"><div class="side-tit">图说两会</div><ul class="pic-list"><li><img src="https://img.hzw.example/zt/2014lh/p01.jpg" alt=""><p>代表委员步入会场</p></li><li><img src="https://img.hzw.example/zt/2014lh/p02.jpg" alt=""><p>海州代表团分组审议现场</p></li></ul></div>
<div class="side-box"><div class="side-tit">网友留言</div><ul class="msg-list"><li><span>海州网友 阿海：</span>希望农村修路的钱能早点到位。</li><li><span>海州网友 晨光：</span>简政放权要让企业真正感受到。</li></ul><a class="btn-msg" href="/zt/2014lh/wyly/">我要留言</a></div>
<div class="side-box"><div class="side-tit">往期专题</div><ul><li><a href="/zt/2013lh/">2013全国两会</a></li><li><a href="/zt/2013szqh/">海州十三届人大二次会议</a></li></ul></div>
</div>
</div>
<div class="footer"><p>主办：海州日报社　承办：{site}</p><p>Copyright &copy; 2014 {site} All Rights Reserved　海ICP备10002345号</p></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        heads,
        body,
        (0, 2, 4, 6, 8),
        [
            "2014全国两会特别报道",
            "专题首页",
            "图说两会",
            "代表风采",
            "【导语】",
            "权威解读",
            "热点聚焦",
            "更多>>",
            "来源：海州日报　2014-03-06",
            "【阅读全文】",
            "海州代表团分组审议现场",
            "希望农村修路的钱能早点到位",
            "我要留言",
            "往期专题",
            "海ICP备10002345号",
        ],
        "a news site's special (专题) page holding four short articles: the title is the "
        "special's name, which the page shows only as a banner image: the alt of the "
        "<img> inside the <h1> (<title> adds _2014全国两会专题_海州网; og/description "
        "repeat it); the subline 2014全国两会特别报道 under it is not body; the four "
        "articles' <h2> title links are the headings (level 1); their paragraphs are the "
        "body in page order; the column bars 权威解读/热点聚焦 (span.lm-name with 更多>>) "
        "are furniture, not headings (the articles are not nested under them) and not "
        "body; each article's 来源 line and 【阅读全文】 link are not body; the 导语 box, "
        "专题导航, the side boxes (图说两会 captions, 网友留言, 往期专题) and the footer "
        "are not body",
    )


# ------------------------------- y11 GBK study page, bold over the number only


def build_partial_strong(path: Path) -> dict[str, Any]:
    title = "2013年政府工作报告学习辅导：对今年政府工作的建议"
    site = "云溪干部网络学院"
    a = section(2013, "（一）")
    b = section(2013, "（二）")
    c = section(2013, "（三）")
    d = section(2013, "（四）")
    blocks: Blocks = [
        ("一、加快转变经济发展方式，促进经济持续健康发展。", 1, [a[1], a[2], a[3]]),
        ("二、强化农业农村发展基础，推动城乡发展一体化。", 1, [b[0], b[1]]),
        ("三、以保障和改善民生为重点，全面提高人民物质文化生活水平。", 1, []),
        ("（一）就业和社会保障：", 2, [c[1], c[2]]),
        ("（二）医疗卫生和教育：", 2, [c[3], c[7]]),
        ("四、以更大的政治勇气和智慧，深入推进改革开放。", 1, [d[0], d[1]]),
    ]
    runin = {c[1], c[2], c[3], c[7]}
    parts: list[str] = []
    body: list[str] = []
    for head, _lv, paras in blocks:
        assert head
        if head.startswith("二、"):
            k = head.index("，") + 1
            parts.append(f"<p><strong>{esc(head[:k])}</strong>{esc(head[k:])}</p>")
        else:
            k = head.index("、" if head[0] != "（" else "）") + 1
            parts.append(f"<p><strong>{esc(head[:k])}</strong>{esc(head[k:])}</p>")
        for p in paras:
            if p in runin:
                k = p.index("。") + 1
                parts.append(f"<p><strong>{esc(p[:k])}</strong>{esc(p[k:])}</p>")
            else:
                parts.append(f"<p>{esc(p)}</p>")
            body.append(p)
    content = "\r\n".join(parts)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}-{site}</title>
<meta name="keywords" content="政府工作报告,学习辅导,干部教育" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">
.content p{{font-size:15px;line-height:28px;text-indent:2em;margin:8px 0;}}
.content strong{{font-weight:bold;}}
</style>
</head>
<body>
<div id="top"><div class="topnav"><a href="/">首页</a> | <a href="/kc/">课程中心</a> | <a href="/zt/">专题培训</a> | <a href="/xxfd/">学习辅导</a> | <a href="/ks/">在线考试</a> | <a href="/grkj/">个人空间</a></div>
<div class="login">学员登录：<input type="text" name="uid" size="10" /> <input type="password" name="pwd" size="10" /> <input type="submit" value="登录" /> <a href="/reg/">忘记密码？</a></div></div>
<div id="main">
<div class="path">您现在的位置：<a href="/">{site}</a> &gt;&gt; <a href="/xxfd/">学习辅导</a> &gt;&gt; 正文</div>
<div class="article">
<h1 class="art-tit">{title}</h1>
<div class="art-info">作者：本站编辑部　来源：学习辅导　发布时间：2013-03-15　浏览：<span id="hits">3207</span>次</div>
<div class="content" id="content">
{content}
</div>
<div class="editor">（责任编辑：王珂）</div>
<div class="tools">【<a href="/pl/?id=4512">我要评论</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="prenext">上一篇：<a href="/xxfd/201303/4509.html">学习十八大报告关于生态文明建设的论述</a><br />下一篇：<a href="/xxfd/201303/4518.html">怎样理解“稳中求进”工作总基调</a></div>
<div class="xgkc"><div class="xgkc-tit">相关课程</div><ul><li><a href="/kc/1023.html">政府工作报告专题解读（视频课程，2学时）</a></li><li><a href="/kc/1027.html">新型城镇化与城乡发展一体化（3学时）</a></li></ul></div>
</div></div>
<div id="footer">主办单位：中共云溪市委组织部　技术支持：云溪市干部教育信息中心<br />Copyright &copy; 2013 {site}　云ICP备08001122号</div>
</body>
</html>
"""
    page = page.replace("\r\n", "\n").replace("\n", "\r\n")
    path.write_bytes(page.encode("gbk"))
    return prev.gold_of(
        page,
        title,
        heads_of(blocks),
        body,
        (0, 3, 5, 7, 9),
        [
            "课程中心",
            "在线考试",
            "学员登录",
            "忘记密码",
            "您现在的位置：",
            "作者：本站编辑部",
            "发布时间：2013-03-15",
            "（责任编辑：王珂）",
            "我要评论",
            "打印此文",
            "关闭窗口",
            "上一篇：",
            "怎样理解“稳中求进”工作总基调",
            "相关课程",
            "政府工作报告专题解读",
            "主办单位：中共云溪市委组织部",
            "云ICP备08001122号",
        ],
        "a cadre-training study page saved as GBK under charset=gb2312 (CRLF): the <h1> "
        "is the title (<title> adds -云溪干部网络学院); the headings are <p>s like the "
        "body whose <strong> covers only part of the line: the number (一、, 三、, 四、, "
        "(一), (二)), or for 二、 the first half up to the comma; the level-1 headings end "
        "with 。 (they are the report's own suggestion headings), the level-2 ones "
        "((一)就业和社会保障：, (二)医疗卫生和教育：) with ：; 三、 is followed directly by "
        "its level-2 heading; four body paragraphs open with a bold run-in sentence "
        "(<strong>千方百计扩大就业。</strong>坚持…): body, not headings; the info line, "
        "责任编辑, tools, 上一篇/下一篇, 相关课程, login box and footer are not body",
    )


# ------------------------------------------ y12 Hexo (NexT-like) blog post with TOC


def build_hexo(path: Path) -> dict[str, Any]:
    title = "读书笔记：2015年政府工作报告里的内需、农业和城镇化"
    blog = "叶舟的小站"
    url = "https://yezhou.example/2015/03/10/gwr-2015-notes/"
    s = section(2015, "四、")
    blocks: Blocks = [
        ("一、扩大内需", 1, []),
        ("1.1 消费和投资", 2, [s[0], s[1]]),
        ("二、农业和新农村", 1, []),
        ("2.1 粮食安全", 2, [s[2]]),
        ("2.2 新农村建设", 2, [s[3]]),
        ("2.3 农业现代化与改革", 2, [s[4]]),
        ("三、新型城镇化和区域发展", 1, []),
        ("3.1 城镇化", 2, []),
        ("3.1.1 目标", 3, [s[5]]),
        ("3.1.2 棚户区改造和城镇规划", 3, [s[6], s[7]]),
        ("3.2 区域发展", 2, [s[8], s[9]]),
    ]
    parts = [
        "<p>今年的报告第四部分“协调推动经济稳定增长和结构优化”篇幅很长，重读时按自己的理解加了小标题，下面是原文摘录，个别地方以后再补上自己的想法。</p>",
        '<a id="more"></a>',
    ]
    toc: list[str] = []
    body: list[str] = []
    num = [0, 0, 0]
    open_lv = 0
    for head, lv, paras in blocks:
        assert head
        hid = esc(head.replace(" ", "-"))
        parts.append(
            f'<h{lv + 1} id="{hid}"><a href="#{hid}" class="headerlink" title="{esc(head)}"></a>{esc(head)}</h{lv + 1}>'
        )
        num[lv - 1] += 1
        num[lv:] = [0] * (3 - lv)
        n = ".".join(str(x) for x in num[:lv]) + "."
        if lv > open_lv and open_lv:
            toc.append('<ol class="nav-child">')
        elif open_lv:
            toc.append("</li>")
            while open_lv > lv:
                toc.append("</ol></li>")
                open_lv -= 1
        toc.append(
            f'<li class="nav-item nav-level-{lv + 1}"><a class="nav-link" href="#{hid}"><span class="nav-number">{n}</span> <span class="nav-text">{esc(head)}</span></a>'
        )
        open_lv = lv
        for p in paras:
            parts.append(f"<p>{esc(p)}</p>")
            body.append(p)
    toc.append("</li>")
    while open_lv > 1:
        toc.append("</ol></li>")
        open_lv -= 1
    content = "\n".join(parts)
    toc_html = "".join(toc)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2">
<meta name="theme-color" content="#222">
<meta name="generator" content="Hexo 3.8.0">
<link rel="stylesheet" href="/css/main.css?v=7.1.0">
<meta name="description" content="今年的报告第四部分篇幅很长，重读时按自己的理解加了小标题。">
<meta name="keywords" content="读书笔记,政府工作报告">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{blog}">
<link rel="canonical" href="{url}">
<title>{title} | {blog}</title>
</head>
<body itemscope itemtype="http://schema.org/WebPage" lang="zh-CN">
<div class="container sidebar-position-left page-post-detail">
<div class="headband"></div>
<header id="header" class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="header-inner"><div class="site-brand-wrapper"><div class="site-meta"><a href="/" class="brand" rel="start"><span class="logo-line-before"><i></i></span><span class="site-title">{blog}</span><span class="logo-line-after"><i></i></span></a><p class="site-subtitle">读书、写字、走路</p></div></div>
<nav class="site-nav"><ul id="menu" class="menu"><li class="menu-item menu-item-home"><a href="/" rel="section"><i class="menu-item-icon fa fa-fw fa-home"></i><br>首页</a></li><li class="menu-item menu-item-tags"><a href="/tags/" rel="section"><i class="menu-item-icon fa fa-fw fa-tags"></i><br>标签</a></li><li class="menu-item menu-item-categories"><a href="/categories/" rel="section"><i class="menu-item-icon fa fa-fw fa-th"></i><br>分类</a></li><li class="menu-item menu-item-archives"><a href="/archives/" rel="section"><i class="menu-item-icon fa fa-fw fa-archive"></i><br>归档</a></li><li class="menu-item menu-item-about"><a href="/about/" rel="section"><i class="menu-item-icon fa fa-fw fa-user"></i><br>关于</a></li></ul></nav></div></header>
<main id="main" class="main"><div class="main-inner"><div class="content-wrap"><div id="content" class="content">
<div id="posts" class="posts-expand">
<article class="post post-type-normal" itemscope itemtype="http://schema.org/Article">
<div class="post-block">
<link itemprop="mainEntityOfPage" href="{url}">
<header class="post-header">
<h1 class="post-title" itemprop="name headline">{title}</h1>
<div class="post-meta"><span class="post-time"><span class="post-meta-item-icon"><i class="fa fa-calendar-o"></i></span><span class="post-meta-item-text">发表于</span> <time title="创建时间：2015-03-10 21:14:32" itemprop="dateCreated datePublished" datetime="2015-03-10T21:14:32+08:00">2015-03-10</time><span class="post-meta-divider">|</span><span class="post-meta-item-text">更新于</span> <time title="修改时间：2015-03-12 08:03:10" itemprop="dateModified" datetime="2015-03-12T08:03:10+08:00">2015-03-12</time></span>
<span class="post-category"><span class="post-meta-divider">|</span><span class="post-meta-item-text">分类于</span> <span itemprop="about"><a href="/categories/读书笔记/" itemprop="url" rel="index"><span itemprop="name">读书笔记</span></a></span></span>
<span class="post-meta-item" id="busuanzi_container_page_pv"><span class="post-meta-divider">|</span><span class="post-meta-item-text">阅读次数：</span><span id="busuanzi_value_page_pv">268</span></span>
<div class="post-symbolscount"><span class="post-meta-item-text">本文字数：</span><span title="本文字数">3.1k</span><span class="post-meta-divider">|</span><span class="post-meta-item-text">阅读时长 &asymp;</span><span title="阅读时长">5 分钟</span></div></div>
</header>
<div class="post-body" itemprop="articleBody">
{content}
</div>
<div><div style="text-align:center;color:#ccc;font-size:14px;">-------------　本文结束　<i class="fa fa-paw"></i>　感谢您的阅读　-------------</div></div>
<div class="reward-container"><div>坚持原创技术分享，您的支持将鼓励我继续创作！</div><button id="reward-button">打赏</button><div id="qr" style="display:none;"><div><img src="/images/wechatpay.png" alt="叶舟 微信支付"><p>微信支付</p></div></div></div>
<div><ul class="post-copyright"><li class="post-copyright-author"><strong>本文作者： </strong>叶舟</li><li class="post-copyright-link"><strong>本文链接：</strong><a href="{url}" title="{title}">{url}</a></li><li class="post-copyright-license"><strong>版权声明： </strong>本博客所有文章除特别声明外，均采用 <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/" rel="noopener" target="_blank"><i class="fa fa-fw fa-creative-commons"></i>BY-NC-SA</a> 许可协议。转载请注明出处！</li></ul></div>
<footer class="post-footer"><div class="post-tags"><a href="/tags/读书笔记/" rel="tag"># 读书笔记</a> <a href="/tags/两会/" rel="tag"># 两会</a></div>
<div class="post-nav"><div class="post-nav-next post-nav-item"><a href="/2015/02/21/home-for-spring-festival/" rel="next" title="春节回家见闻"><i class="fa fa-chevron-left"></i> 春节回家见闻</a></div><span class="post-nav-divider"></span><div class="post-nav-prev post-nav-item"><a href="/2015/03/22/xiangtu-zhongguo/" rel="prev" title="重读《乡土中国》">重读《乡土中国》 <i class="fa fa-chevron-right"></i></a></div></div></footer>
</div></article></div></div>
<div class="comments" id="comments"><div class="vwrap"><div class="vheader item3"><input name="nick" placeholder="昵称" class="vnick vinput" type="text"><input name="mail" placeholder="邮箱" class="vmail vinput" type="email"><input name="link" placeholder="网址(http://)" class="vlink vinput" type="text"></div><div class="vedit"><textarea id="veditor" class="veditor vinput" placeholder="来发评论吧~"></textarea></div><div class="vcontrol"><div class="col col-80 text-right"><button type="button" title="Cmd|Ctrl+Enter" class="vsubmit vbtn">提交</button></div></div></div>
<div class="vinfo"><div class="vcount col"><span class="vnum">1</span> 评论</div></div><div class="vlist"><div class="vcard"><div class="vh"><div class="vhead"><span class="vnick">路过的老王</span><span class="vtime">2015-03-11</span></div><div class="vcontent"><p>整理得很清楚，3.1.2那段数字记下了。</p></div></div></div></div>
<div class="vpower txt-right">Powered By <a href="https://valine.js.org" target="_blank">Valine</a><br>v1.3.4</div></div>
</div>
<div class="toggle sidebar-toggle"><span class="toggle-line toggle-line-first"></span><span class="toggle-line toggle-line-middle"></span><span class="toggle-line toggle-line-last"></span></div>
<aside id="sidebar" class="sidebar"><div class="sidebar-inner">
<ul class="sidebar-nav motion-element"><li class="sidebar-nav-toc sidebar-nav-active" data-target="post-toc-wrap">文章目录</li><li class="sidebar-nav-overview" data-target="site-overview-wrap">站点概览</li></ul>
<div class="post-toc-wrap motion-element sidebar-panel sidebar-panel-active"><div class="post-toc"><div class="post-toc-content"><ol class="nav">{toc_html}</ol></div></div></div>
<div class="site-overview-wrap sidebar-panel"><div class="site-overview"><div class="site-author motion-element"><img class="site-author-image" src="/images/avatar.png" alt="叶舟"><p class="site-author-name" itemprop="name">叶舟</p><div class="site-description motion-element" itemprop="description">读书、写字、走路</div></div>
<nav class="site-state motion-element"><div class="site-state-item site-state-posts"><a href="/archives/"><span class="site-state-item-count">42</span><span class="site-state-item-name">日志</span></a></div><div class="site-state-item site-state-categories"><a href="/categories/"><span class="site-state-item-count">6</span><span class="site-state-item-name">分类</span></a></div><div class="site-state-item site-state-tags"><a href="/tags/"><span class="site-state-item-count">31</span><span class="site-state-item-name">标签</span></a></div></nav>
<div class="links-of-author motion-element"><span class="links-of-author-item"><a href="https://github.example/yezhou" title="GitHub" rel="noopener" target="_blank">GitHub</a></span><span class="links-of-author-item"><a href="mailto:yezhou@mail.example" title="E-Mail" target="_blank">E-Mail</a></span></div></div></div>
<div class="tag-cloud motion-element"><div class="tag-cloud-title">标签云</div><div class="tag-cloud-tags"><a href="/tags/读书笔记/" style="font-size:22px;color:#222">读书笔记</a> <a href="/tags/两会/" style="font-size:14px;color:#999">两会</a> <a href="/tags/旅行/" style="font-size:18px;color:#555">旅行</a> <a href="/tags/摄影/" style="font-size:12px;color:#aaa">摄影</a> <a href="/tags/Python/" style="font-size:16px;color:#777">Python</a> <a href="/tags/随笔/" style="font-size:20px;color:#333">随笔</a></div></div>
</div></aside>
</div></main>
<footer id="footer" class="footer"><div class="footer-inner"><div class="copyright">&copy; 2013 – <span itemprop="copyrightYear">2015</span><span class="with-love" id="animate"><i class="fa fa-heart"></i></span><span class="author" itemprop="copyrightHolder">叶舟</span><span class="post-meta-divider">|</span><span class="post-meta-item-text">站点总字数：</span><span title="站点总字数">98.6k</span></div>
<div class="powered-by">由 <a href="https://hexo.io" class="theme-link" rel="noopener" target="_blank">Hexo</a> 强力驱动 v3.8.0</div><span class="post-meta-divider">|</span><div class="theme-info">主题 – <a href="https://theme-next.org" class="theme-link" rel="noopener" target="_blank">NexT.Pisces</a> v7.1.0</div>
<div class="busuanzi-count"><span class="site-uv" title="总访客量">本站访客数 <span class="busuanzi-value" id="busuanzi_value_site_uv">5127</span> 人次</span></div></div></footer>
<div class="back-to-top"><i class="fa fa-arrow-up"></i><span>0%</span></div>
</div>
<script src="/lib/jquery/index.js?v=2.1.3"></script>
<script src="/js/src/utils.js?v=7.1.0"></script>
<script src="//unpkg.example/valine/dist/Valine.min.js"></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    gold = prev.gold_of(
        page,
        title,
        heads_of(blocks),
        body,
        (0, 2, 4, 6, 9),
        [
            "读书、写字、走路",
            "发表于",
            "更新于",
            "分类于",
            "阅读次数：",
            "本文字数：",
            "阅读时长",
            "本文结束",
            "感谢您的阅读",
            "坚持原创技术分享",
            "本文作者：",
            "本文链接：",
            "版权声明：",
            "许可协议。转载请注明出处",
            "# 读书笔记",
            "春节回家见闻",
            "重读《乡土中国》",
            "路过的老王",
            "Powered By Valine",
            "整理得很清楚",
            "文章目录",
            "站点概览",
            "标签云",
            "站点总字数：",
            "由 Hexo 强力驱动",
            "本站访客数",
        ],
        "a blog post rendered from Markdown by Hexo with a NexT-like theme: "
        "h1.post-title is the title (<title> adds | 叶舟的小站); in div.post-body the "
        "<h2> are level 1, the <h3> level 2 and the <h4> level 3, each opening with an "
        "empty a.headerlink anchor (no text); two level-1 headings are followed directly "
        "by a level-2 one and 3.1 by two level-3 ones; the opening paragraph (今年的报告"
        "第四部分…) is the author's own text: body, neither required nor forbidden; the "
        "sidebar 文章目录 (ol.nav repeating the headings with 1./1.1./3.1.1. numbers) and "
        "站点概览, the 标签云, post meta, 本文结束 line, 打赏, the 本文作者/本文链接/"
        "版权声明 block, tags, previous/next post, the comment widget with its one "
        "comment and the footer are not body",
    )
    return gold


# ------------------------------------------------------------------------ main


MINE = ("y07_", "y08_", "y09_", "y10_", "y11_", "y12_")

SOURCE_HEAD = (
    "# Documents made with real tools, ninth set (development data)\n\n"
    "Made as development data after the eighth set (`realdocs-made8`), each a layout\n"
    "pattern the earlier sets lack: PDF/DOCX y01-y06 by `python eval/make_realdocs9_files.py`,\n"
    "HTML pages (y07 on) by `python eval/make_realdocs9_pages.py`. Texts come only from the\n"
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
    '| y07_class_styled_subheads.html | written after the layout of university news sites (WebPlus-like CMS) (`eval/make_realdocs9_pages.py`, as y08-y12), gwr 2014 | subheads with no heading tag and no bold, told only by class rules in the head `<style>`: `<p class="title2">` centred 20px red (level 1), `<p class="title3">` 17px blue (level 2), body `p` 16px; lead and closing paragraphs of the page\'s own, photo caption `p.img_desc` (14px grey, centred, no heading), （供稿…审核…） line, 发布者/发布时间/浏览次数, 分享到, 上一篇/下一篇, 相关新闻, 网站地图 footer |',
    '| y08_inline_style_subheads.html | written after the layout of group company sites (rich-text editor output), gwr 2017 | the only `<h1>` is the logo image, title in `<h2>`; every paragraph `<p style><span style="font-size:16px;font-family:仿宋">`; level-1 subheads centred `<span style="font-size:18px;color:rgb(192,0,0)">`, level-2 subheads `<font face="楷体_GB2312" size="4" color="#0070c0">`, no bold anywhere; red 编者按： run, centred grey 14px photo caption (no heading), right-aligned （…供稿）; 字号, 分享到, 【打印】【关闭】, 上一条/下一条, 返回列表, footer |',
    "| y09_policy_toc_footnotes.html | written after the layout of think-tank/policy sites, gwr 2017 | in-page table of contents `nav.toc` (本页目录, nested `<ul>` of anchor links repeating the headings), `<section>`s with `<h2 id>` (level 1) and nested `<section>`s with `<h3 id>` (level 2), one section without `<h3>`, `↑ 返回目录` after each section, footnote marks `<sup><a>[n]</a></sup>` at paragraph ends and a footnotes list with `↩` back-links (neither), 提要 box, PDF/Word download links, 整理 line, 相关研究, footer |",
    "| y10_news_special_topic.html | written after the layout of news sites' special (专题) pages, gwr 2014 | the special's name only as the `alt` of a banner `<img>` inside `<h1>` (the title), subline, 专题导航, 导语 box; two column bars (权威解读/热点聚焦 with 更多>>, not headings) each with two short articles: `<h2>` title links (level 1), 来源 line, two or three paragraphs, 【阅读全文】; 图说两会 captions, 网友留言, 往期专题, footer |",
    "| y11_partial_strong_headings.html | written after the layout of cadre-training (干部网络学院) sites, gwr 2013 | GBK bytes under `charset=gb2312`, CRLF; headings as `<p>`s whose `<strong>` covers only the number (`<p><strong>一、</strong>…。</p>`) or the first half up to the comma, level-1 headings ending with 。, level-2 `（一）…：` ending with ：, a level-1 heading followed directly by a level-2 one; body paragraphs opening with a bold run-in sentence (body, not headings); 责任编辑, 【我要评论】【打印此文】【关闭窗口】, 上一篇/下一篇, 相关课程, login box, footer |",
    "| y12_hexo_blog_toc.html | written after the layout of Hexo blogs with a NexT-like theme, gwr 2015 | Markdown-rendered `h2`/`h3`/`h4` (levels 1-3) with empty `a.headerlink` anchors, headings directly under headings; post meta (发表于/更新于/分类于/阅读次数/本文字数/阅读时长), sidebar 文章目录 (`ol.nav` with `1.1.1.` numbers) and 站点概览, 标签云, 本文结束 line, 打赏, 本文作者/本文链接/版权声明 block, tags, previous/next post, Valine-like comment widget with a comment, 由 Hexo 强力驱动 footer |",
]


BUILDERS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "y07_class_styled_subheads.html": build_class_subheads,
    "y08_inline_style_subheads.html": build_inline_style,
    "y09_policy_toc_footnotes.html": build_policy_toc,
    "y10_news_special_topic.html": build_special,
    "y11_partial_strong_headings.html": build_partial_strong,
    "y12_hexo_blog_toc.html": build_hexo,
}


def main(argv: list[str] | None = None) -> int:
    return prev.make_pages_set(BUILDERS, "realdocs-made9", argv, __doc__, ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
