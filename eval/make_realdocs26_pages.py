# ruff: noqa: E501  (HTML templates and SOURCE.md rows are kept on one line each)
"""Make the web pages x01-x06 of ``realdocs-made26`` and their gold.

A twenty-sixth set of development documents, made blind (without looking at the
readers or running them); the other documents of the set (q01-q06) come from their own
maker. This half is news, policy and trade pages an overseas buyer's analyst saves from
site families the earlier sets lack: an economic daily's site with print/close links and
a 相关专题 strip inside the article box, a radio station's site with an audio player and
a bilingual kicker, a trade-promotion body's "going out" service portal whose 解读 has
run-in 一是/二是 leads, a B2B export platform's news page with product cards and a
sticky inquiry bar inside the content column, a Next.js news site with hashed class
names and the article again as JSON, and an industry association's notice pasted from
Word. The texts come only from the public government work reports 2013-2017
(``../shared/data/gov-work-reports``), whole paragraphs (titles, headings, labels,
names, dates, captions, leads and furniture are written here; people, places, companies
and sites are made up; the markup follows general knowledge of how such sites build
pages, not any real file or page):

- ``x01_econ_daily_print_topics_gb2312.html`` (gwr 2014): an economic daily's news site
  (中国经济网-like), GB2312 bytes under an http-equiv ``charset=gb2312``, HTML only:
  位置 line, ``h1#articleTitle``, time/来源/作者 spans; ``div#articleText`` >
  ``div.TRS_Editor`` with ``&nbsp;``-indented ``<p>``s and ``<p><strong>`` heads
  (level 1); inside the article box after the text a 相关专题 strip (topic pictures
  with names), ``(责任编辑：…)`` and 【打印】【关闭】【纠错】 links; 分享到, 相关新闻,
  今日经纬日报 版面 links, 热点排行, footer with licence numbers;
- ``x02_radio_site_audio_kicker.html`` (gwr 2015): a radio station's news site
  (央广网-like) saved by Chromium as "Webpage, Complete": an English-and-Chinese
  kicker (``DCR FINANCE`` 东广财经 · 两会观察) above the ``<h1>``, time/来源 line, an
  audio player (``<audio>`` plus 点击收听/time/标题 controls) before the text;
  ``div.article-content``: a ``东广网北京3月6日消息（记者 …）据…报道`` lead, report
  paragraphs, a centred photo with a caption, no heads; ``编辑：… 责编：…`` and an
  ``Editor:`` line, 版权声明; 分享到, 相关阅读, 正在直播 box, footer;
- ``x03_tpo_goout_portal_runin.html`` (gwr 2016): a trade-promotion body's "走出去"
  service portal (贸促会-like), UTF-8 with a BOM: the site name in ``<h1 class="logo">``,
  the article title in ``h2.detail-title`` (and ``<title>``/ArticleTitle meta);
  发布时间/信息来源/浏览次数/字号 line; ``div.detail-content``: an opening paragraph,
  ``<p><strong>一、…</strong></p>`` heads (level 1), paragraphs opening with a bold
  run-in ``一是…。``/``二是…。`` lead (body, not headings); 分享/纠错/打印, 上一篇/下一篇,
  left 政策法规 menu, right 服务热线/风险预警/国别指南 boxes, footer with 网站标识码;
- ``x04_b2b_trade_news_cards.html`` (gwr 2017): a B2B export platform's news channel
  (中国制造网-like), UTF-8, Chinese and English chrome: ``<h1>``, ``<h2>`` heads
  (level 1); a 相关产品推荐 block of product cards (``<h3>`` names, US$ prices,
  最小起订量, 发送询盘/Contact Now buttons, verified-supplier lines) between two
  sections, a 免责声明 paragraph and a ``position:sticky`` 发布采购需求 bar inside the
  content column; 热门供应商/最新求购 sidebars, 在线客服 widget, footer;
- ``x05_nextjs_hashed_classes_json.html`` (gwr 2013): a news site built with Next.js
  (澎湃-like): only hashed CSS-module class names (``index_cententWrap__Jv8jK``),
  ``<h1>``, author/time line, ``<p><strong>`` heads (level 1), a picture with a
  caption, 责任编辑/校对 line, 举报/收藏/分享, 相关推荐 cards and 热门评论 with user
  names, footer; ``__NEXT_DATA__`` JSON with the article as HTML and an
  ``application/ld+json`` block with the article as plain text (neither shown);
- ``x06_assoc_notice_word_paste_gbk.html`` (gwr 2014): an industry association's
  通知 page (商会-like), GBK bytes under ``charset=GBK``, its body pasted from Word:
  a layout ``MsoNormalTable`` wrapping ``WordSection1``, ``p.MsoNormal`` with mso
  styles, ``<o:p>``, ``mso-fareast-font-family`` spans, Word XML conditional comments,
  the title again as the first pasted paragraph, 文号, 各会员单位：, bold 黑体 ``一、``
  heads (level 1) and bold 楷体 ``（一）`` heads (level 2), 会议安排 label lines, the
  signature in a two-cell table; the site's 附件下载 list with sizes and counts,
  【打印此页】【关闭】, 上一条/下一条, footer.

Gold is written from what each builder put in the page, decided as a reader reads it
in a browser, never from reader output; every gold string is checked against the
text the page shows (tags removed, scripts, styles and comments left out) and was
checked against Chromium's DOM of the page (``chromium --headless --dump-dom``, run
once when the pages were made). Re-running writes the same bytes:

    python eval/make_realdocs26_pages.py [--out eval/data/realdocs-made26] [--only x01 ...]
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs20_pages as prev20
import make_realdocs22_pages as prev22
import make_realdocs25_pages as prev25

MINE = ("x01_", "x02_", "x03_", "x04_", "x05_", "x06_")
Gold = dict[str, Any]
Refs = tuple[tuple[str, int], ...]
# (head or None, level, report paragraphs under it)
Outline = tuple[tuple[str | None, int, Refs], ...]
esc = prev20.esc
gwr = prev20.gwr
page_gold = prev20.page_gold
next_data = prev20.next_data
saved_from = prev22.saved_from
texts = prev25.texts


def uid(*parts: object) -> str:
    """A stable hex id for the made pages."""
    return prev22.uid("realdocs26", *parts)


# ------------------------------------ x01 economic daily's site, GB2312, print/close

X01_YEAR = 2014
X01_TITLE = "开放型经济新体制加快构建 稳外贸政策持续发力"
X01_SITE = "经纬经济网"
X01_PAPER = "经纬日报"
X01_TIME = "2014年03月08日 07:38"
X01_AUTHOR = "作者：经纬日报记者 顾清扬"
X01_EDITOR = "(责任编辑：韩雪松)"
X01_TOPICS = ("2014全国两会", "政府工作报告解读", "稳增长政策观察")
X01_OUTLINE: Outline = (
    ("扩大开放：打造公平竞争的营商环境", 1, (("（二）", 0), ("（二）", 1))),
    ("外贸：推动出口升级和贸易平衡", 1, (("（二）", 2), ("（二）", 4))),
    ("走出去：在竞争中提升实力", 1, (("（二）", 3),)),
    ("改革：为开放型经济注入新活力", 1, (("（一）", 1), ("（一）", 2), ("（一）", 5))),
)
X01_RELATED = (
    "商务部：一季度外贸将面临较大压力",
    "跨境电子商务试点扩大 通关便利化再提速",
    "对外投资以备案制为主 审批权限大幅下放",
)
X01_RANK = (
    "央行：人民币汇率弹性将进一步增强",
    "多地出台稳增长措施 基建投资提速",
    "前2月全国规模以上工业增加值增长8.6%",
    "东川港集团：今年集装箱吞吐量力争突破千万标箱",
)
X01_PAGES = ("第01版：要闻", "第02版：要闻", "第03版：两会特刊", "第05版：综合新闻")


def build_econ_daily(path: Path) -> Gold:
    host = "http://www.jingwei-econ.example"
    body: list[str] = []
    heads: list[tuple[str, int]] = []
    parts: list[str] = []
    for head, lv, refs in X01_OUTLINE:
        if head:
            parts.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>{esc(head)}</strong></p>")
            heads.append((head, lv))
        for text in texts(X01_YEAR, refs):
            parts.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(text)}</p>")
            body.append(text)
    content = "\n".join(parts)
    topics = "".join(
        f'<li><a href="{host}/ztpd/2014/{k + 1:02d}/" target="_blank"><img src="http://img.jingwei-econ.example/zt/2014/zt{k + 1:02d}_160x90.jpg" width="160" height="90" border="0" /></a><p><a href="{host}/ztpd/2014/{k + 1:02d}/" target="_blank">{esc(t)}</a></p></li>'
        for k, t in enumerate(X01_TOPICS)
    )
    related = "".join(
        f'<li><a href="{host}/macro/gdxw/201403/0{7 - k}/t201403{7 - k:02d}_{2381440 - k * 733}.shtml" target="_blank">{esc(t)}</a><span>[03-0{7 - k}]</span></li>'
        for k, t in enumerate(X01_RELATED)
    )
    rank = "".join(
        f'<li><em>{k + 1}</em><a href="{host}/macro/gdxw/201403/07/t20140307_{2380011 + k * 97}.shtml" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(X01_RANK)
    )
    pages = " ".join(
        f'<a href="http://paper.jingwei-econ.example/jjrb/html/2014-03/08/node_{k + 2}.htm" target="_blank">{esc(t)}</a>'
        for k, t in enumerate(X01_PAGES)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(X01_TITLE)}_{X01_SITE}</title>
<meta name="keywords" content="开放型经济,外贸,走出去,营商环境" />
<meta name="description" content="{esc(X01_TITLE)}" />
<meta name="ContentSource" content="{X01_PAPER}" />
<meta name="author" content="顾清扬" />
<link href="{host}/css/2013/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{host}/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">function doPrint(){{window.print();}} function doClose(){{window.opener=null;window.close();}}</script>
</head>
<body>
<div class="topbar"><div class="w980"><span class="fl"><a href="{host}/">{X01_SITE}首页</a> | <a href="http://paper.jingwei-econ.example/">{X01_PAPER}</a> | <a href="http://en.jingwei-econ.example/">English</a> | <a href="{host}/wap/">手机版</a></span><span class="fr"><a href="{host}/login.shtml">登录</a> <a href="{host}/reg.shtml">注册</a></span></div></div>
<div class="header w980"><a href="{host}/" class="logo"><img src="http://img.jingwei-econ.example/images/logo2013.gif" alt="{X01_SITE}" border="0" /></a><div class="search"><form action="http://search.jingwei-econ.example/" method="get" target="_blank"><input type="text" name="q" class="txt" value="" /><input type="submit" value="搜 索" class="btn" /></form></div></div>
<div class="nav w980"><a href="{host}/">首页</a><a href="{host}/macro/">宏观</a><a href="{host}/finance/">财经</a><a href="{host}/industry/">产业</a><a href="{host}/local/">地方</a><a href="{host}/intl/">国际</a><a href="{host}/review/">评论</a><a href="{host}/trade/">外贸</a><a href="{host}/tech/">科技</a><a href="{host}/photo/">图片</a></div>
<div class="w980 position"><span>位置：</span><a href="{host}/">{X01_SITE}</a> &gt; <a href="{host}/macro/">宏观经济</a> &gt; <a href="{host}/macro/gdxw/">滚动新闻</a> &gt; 正文</div>
<div class="w980 clearfix">
<div class="fl main_l">
<div class="article_box">
<h1 id="articleTitle">{esc(X01_TITLE)}</h1>
<div class="articleInfo"><span id="articleTime">{X01_TIME}</span>&nbsp;&nbsp;<span id="articleSource">来源：<a href="http://paper.jingwei-econ.example/" target="_blank">{X01_PAPER}</a></span>&nbsp;&nbsp;<span id="articleAuthor">{X01_AUTHOR}</span></div>
<div id="articleText">
<div class="TRS_Editor">
{content}
</div>
<div class="ztbox"><div class="zt_tit">相关专题</div><ul class="ztlist">{topics}</ul></div>
<div class="editor" style="text-align:right">{X01_EDITOR}</div>
<div class="printclose" style="text-align:right">【<a href="javascript:doPrint()">打印</a>】【<a href="javascript:doClose()">关闭</a>】【<a href="{host}/jiucuo/" target="_blank">纠错</a>】</div>
</div>
</div>
<div class="share"><span>分享到：</span><a href="javascript:;" class="s_wx">微信</a><a href="javascript:;" class="s_wb">新浪微博</a><a href="javascript:;" class="s_qq">QQ空间</a><a href="javascript:;" class="s_rr">人人网</a></div>
<div class="xgxw"><h3>相关新闻</h3><ul>{related}</ul></div>
<div class="paper_link"><h3>今日{X01_PAPER}</h3><p>{pages}</p></div>
</div>
<div class="fr main_r">
<div class="rbox"><h3>热点排行</h3><ol>{rank}</ol></div>
<div class="rbox ad"><a href="http://ad.jingwei-econ.example/c?id=21" target="_blank"><img src="http://img.jingwei-econ.example/ad/2014/r300x250.jpg" width="300" height="250" border="0" /></a></div>
</div>
</div>
<div class="footer w980"><p><a href="{host}/about/">关于我们</a> | <a href="{host}/about/contact.shtml">联系我们</a> | <a href="{host}/about/ad.shtml">广告服务</a> | <a href="{host}/about/copyright.shtml">版权声明</a> | <a href="{host}/about/jobs.shtml">招聘信息</a></p><p>{X01_SITE}版权所有　本网站所有内容，未经书面授权不得复制或建立镜像</p><p>互联网新闻信息服务许可证编号：1012006021　东ICP备10035271号　东公网安备11010502025366</p></div>
<script type="text/javascript" src="http://stat.jingwei-econ.example/count.js"></script>
</body>
</html>
"""
    path.write_bytes(page.encode("gb2312"))
    return page_gold(
        page,
        X01_TITLE,
        heads,
        body,
        (0, 2, 4, 5, 7),
        [
            X01_AUTHOR,
            "相关专题",
            X01_TOPICS[1],
            X01_EDITOR,
            "【打印】【关闭】【纠错】",
            "分享到：",
            "相关新闻",
            X01_RELATED[0],
            f"今日{X01_PAPER}",
            X01_PAGES[2],
            "热点排行",
            X01_RANK[3],
            "互联网新闻信息服务许可证编号：1012006021",
            "东ICP备10035271号",
        ],
        "an economic daily's news site (中国经济网-like; site, paper, reporter and editor "
        "made up), saved as HTML only: GB2312 bytes under an http-equiv charset=gb2312 "
        "meta; the h1#articleTitle is the title (<title> adds _经纬经济网); 位置 line, "
        "time/来源/作者 line are not body; div.TRS_Editor inside div#articleText holds "
        "the article: &nbsp;-indented <p>s and <p><strong> subheads (level 1, each "
        "line a whole paragraph); still inside div#articleText after the text: the "
        "相关专题 strip (pictures with topic names), (责任编辑：…) and the "
        "【打印】【关闭】【纠错】 links are not body; share bar, 相关新闻, 今日经纬日报 "
        "page links, 热点排行, ad and footer with licence numbers are not body",
    )


# ------------------------------------------- x02 radio station site: audio, kicker

X02_YEAR = 2015
X02_TITLE = "政府工作报告：推动外贸转型升级 加快实施走出去战略"
X02_SITE = "东广网"
X02_KICKER_EN = "DCR FINANCE"
X02_KICKER = "东广财经 · 两会观察"
X02_TIME = "2015-03-06 07:25:41"
X02_LEAD = "东广网北京3月6日消息（记者 潘雨桐 孔令岩）据经济之声《财经早报》报道，政府工作报告对今年的对外开放作出部署，外贸、外资和走出去都有新举措。"
X02_AUDIO = "【音频】外贸转型升级 走出去步伐加快"
X02_AUDIO_TIME = "00:00 / 04:36"
X02_CAPTION = "资料图：东川港集装箱码头。（图片来源：东广网 记者 孔令岩 摄）"
X02_EDITOR = "编辑：许诺　责编：范洁"
X02_EDITOR_EN = "Editor: Xu Nuo"
X02_COPY = "东广网版权所有，未经书面授权，不得转载、摘编或以其他方式使用。"
X02_PARAS: Refs = (
    ("三、", 10),
    ("三、", 11),
    ("三、", 12),
    ("三、", 13),
    ("三、", 14),
    ("四、", 10),
    ("四、", 12),
)
X02_RELATED = (
    "商务部部长谈外贸：今年仍将保持稳定增长",
    "代表委员热议“一带一路”：共商共建共享",
    "出口退税负担机制调整 地方吃上“定心丸”",
)
X02_LIVE = ("东广之声", "正在直播：新闻纵横", "经济之声", "正在直播：财经夜读")


def build_radio_site(path: Path) -> Gold:
    body = [X02_LEAD, *texts(X02_YEAR, X02_PARAS)]
    url = "http://finance.dongguang-radio.example/gs/20150306/t20150306_517905123.shtml"
    files = f"./{esc(X02_TITLE)}_{X02_SITE}_files"
    parts = [f"<p>　　{esc(X02_LEAD)}</p>"]
    for k, text in enumerate(body[1:]):
        parts.append(f"<p>　　{esc(text)}</p>")
        if k == 2:
            parts.append(
                f'<p style="text-align: center;"><img src="{files}/W020150306{uid("x02i")[:12]}.jpg" alt="" width="600" height="400" border="0"></p>'
            )
            parts.append(f'<p style="text-align: center;">{esc(X02_CAPTION)}</p>')
    content = "\n".join(parts)
    related = "".join(
        f'<li><a href="http://finance.dongguang-radio.example/gs/2015030{5 - k // 2}/t2015030{5 - k // 2}_5179{4000 - k * 321}.shtml" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(X02_RELATED)
    )
    live = "".join(
        f'<li><a href="http://www.dongguang-radio.example/live/{k}" target="_blank"><b>{esc(X02_LIVE[2 * k])}</b><span>{esc(X02_LIVE[2 * k + 1])}</span></a></li>'
        for k in range(2)
    )
    page = f"""<!DOCTYPE html>
{saved_from(url)}
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(X02_TITLE)}_{X02_SITE}</title>
<meta name="keywords" content="外贸,走出去,一带一路,政府工作报告">
<meta name="description" content="{esc(X02_LEAD[:60])}">
<meta name="author" content="潘雨桐">
<meta property="og:title" content="{esc(X02_TITLE)}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="{files}/article_2015.css" type="text/css">
<script src="{files}/jquery-1.8.3.min.js.下载"></script>
<script src="{files}/audioplayer.js.下载"></script>
</head>
<body>
<div class="topNav"><div class="wrap"><a href="http://www.dongguang-radio.example/" class="logoS"><img src="{files}/logo_dgw.png" alt="{X02_SITE}"></a><ul><li><a href="http://news.dongguang-radio.example/">新闻</a></li><li><a href="http://finance.dongguang-radio.example/">财经</a></li><li><a href="http://tech.dongguang-radio.example/">科技</a></li><li><a href="http://auto.dongguang-radio.example/">汽车</a></li><li><a href="http://health.dongguang-radio.example/">健康</a></li><li><a href="http://radio.dongguang-radio.example/">听广播</a></li><li><a href="http://app.dongguang-radio.example/">客户端</a></li></ul></div></div>
<div class="wrap crumbs"><a href="http://www.dongguang-radio.example/">{X02_SITE}</a> &gt; <a href="http://finance.dongguang-radio.example/">财经</a> &gt; <a href="http://finance.dongguang-radio.example/gs/">滚动新闻</a></div>
<div class="wrap clearfix">
<div class="article">
<div class="subject"><span class="en">{X02_KICKER_EN}</span><span class="cn">{esc(X02_KICKER)}</span></div>
<h1>{esc(X02_TITLE)}</h1>
<div class="source"><span>{X02_TIME}</span>&nbsp;&nbsp;<span>来源：{X02_SITE}</span></div>
<div class="audio-player" id="player1"><audio src="http://mp3.dongguang-radio.example/2015/03/06/cjzb0306_wmbz.mp3" preload="none"></audio><a href="javascript:;" class="play-btn">点击收听</a><span class="audio-title">{esc(X02_AUDIO)}</span><span class="audio-time">{X02_AUDIO_TIME}</span><div class="audio-bar"><div class="audio-progress" style="width:0%"></div></div></div>
<div class="article-content">
{content}
<p class="bianji">{X02_EDITOR}</p>
<p class="bianji en">{X02_EDITOR_EN}</p>
</div>
<div class="copyright"><p>{esc(X02_COPY)}</p></div>
<div class="share"><span>分享到：</span><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qzone">QQ空间</a><span class="app">下载东广网客户端，随时随地听新闻</span></div>
<div class="related"><h3>相关阅读</h3><ul>{related}</ul></div>
</div>
<div class="sidebar"><div class="live"><h3>正在直播</h3><ul>{live}</ul></div><div class="hot"><h3>热门排行</h3><ol><li><a href="http://finance.dongguang-radio.example/gs/20150305/t20150305_517901122.shtml">两会“部长通道”：稳增长有底气</a></li><li><a href="http://finance.dongguang-radio.example/gs/20150305/t20150305_517900871.shtml">国务院：今年再取消和下放一批审批事项</a></li></ol></div></div>
</div>
<div class="footer"><div class="wrap"><p><a href="http://www.dongguang-radio.example/about/">关于我们</a> | <a href="http://www.dongguang-radio.example/about/contact.html">联系我们</a> | <a href="http://www.dongguang-radio.example/about/law.html">法律声明</a></p><p>东广网 版权所有 Copyright &copy; 2015 dongguang-radio.example All Rights Reserved.</p><p>信息网络传播视听节目许可证 0102098　东ICP备05041212号</p></div></div>
<script src="{files}/stat.js.下载"></script>

</body></html>"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        X02_TITLE,
        [],
        body,
        (1, 2, 4, 5, 7),
        [
            X02_KICKER_EN,
            X02_KICKER,
            X02_TIME,
            "点击收听",
            X02_AUDIO,
            X02_AUDIO_TIME,
            X02_EDITOR,
            X02_EDITOR_EN,
            X02_COPY,
            "下载东广网客户端，随时随地听新闻",
            "相关阅读",
            X02_RELATED[2],
            X02_LIVE[1],
            "信息网络传播视听节目许可证 0102098",
        ],
        "a radio station's news site (央广网-like; station, reporters and editors made "
        "up) saved by Chromium as Webpage, Complete (saved-from mark, ./…_files/): the "
        "<h1> is the title (<title> adds _东广网); the kicker above it (DCR FINANCE + "
        "东广财经 · 两会观察) is neither title nor heading nor body; time/来源 line "
        "(来源：东广网 also occurs in the caption's credit, so only the time is listed) and "
        "the audio player's controls (点击收听, the 【音频】 label, 00:00 / 04:36) are "
        "not body; div.article-content: the 东广网北京3月6日消息（记者 …）据…报道 lead "
        "is body (not in must_have), report paragraphs, a centred photo with its caption "
        "paragraph (unscored), no heads (no headings); the 编辑/责编 line and the "
        "English Editor: line at the end of article-content, the copyright line, share "
        "bar, 相关阅读, 正在直播, 热门排行 and footer are not body",
    )


# ------------------------------- x03 trade-promotion "going out" portal, run-in leads

X03_YEAR = 2016
X03_TITLE = "政策解读：2016年政府工作报告中的对外开放举措与企业走出去"
X03_SITE = "走出去综合服务平台"
X03_ORG = "东川省国际贸易促进委员会"
X03_INFO = "发布时间：2016-03-18 10:20　　信息来源：东川省贸促会法律事务部"
# (head or None, [(section, index, run-in label)])
X03_OUTLINE: tuple[tuple[str | None, tuple[tuple[str, int, str], ...]], ...] = (
    (None, (("（五）", 0, ""),)),
    ("一、共建“一带一路”与国际产能合作", (("（五）", 1, "一是"), ("（五）", 2, "二是"))),
    ("二、外贸创新发展的政策支持", (("（五）", 3, ""),)),
    ("三、引进来与自贸区建设", (("（五）", 4, "一是"), ("（五）", 5, "二是"))),
    ("四、走出去企业值得关注的国内改革", (("（二）", 6, "一是"), ("（一）", 5, "二是"))),
)
X03_MENU = ("法律法规", "部门规章", "地方政策", "政策解读", "国际规则")
X03_WARN = (
    "某国调整进口产品认证要求 出口企业需提前准备",
    "海外工程项目汇率风险提示",
    "境外投资企业安全风险防范提示（三月）",
)
ON = ' class="on"'
X03_GUIDE = ("对外投资合作国别（地区）指南", "境外经贸合作区名录", "出口信用保险服务指引")


def build_goout_portal(path: Path) -> Gold:
    body: list[str] = []
    heads: list[tuple[str, int]] = []
    parts: list[str] = []
    for head, refs in X03_OUTLINE:
        if head:
            parts.append(f"<p><strong>{esc(head)}</strong></p>")
            heads.append((head, 1))
        for sec, i, label in refs:
            text = gwr(X03_YEAR, sec, i)
            if label:
                first, rest = text.split("。", 1)
                parts.append(
                    f'<p style="text-indent:2em;"><strong>{label}{esc(first)}。</strong>{esc(rest)}</p>'
                )
            else:
                parts.append(f'<p style="text-indent:2em;">{esc(text)}</p>')
            body.append(label + text)
    content = "\n".join(parts)
    host = "http://goout.dctpo.example"
    menu = "".join(
        f'<li{ON if t == "政策解读" else ""}><a href="{host}/zcfg/{k + 1:02d}/">{t}</a></li>'
        for k, t in enumerate(X03_MENU)
    )
    warn = "".join(
        f'<li><a href="{host}/fxyj/201603/t2016031{k}_{48210 - k * 17}.html" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(X03_WARN)
    )
    guide = "".join(
        f'<li><a href="{host}/gbzn/{k}/" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(X03_GUIDE)
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(X03_TITLE)}_{X03_SITE}</title>
<meta name="SiteName" content="{X03_SITE}">
<meta name="ColumnName" content="政策解读">
<meta name="ArticleTitle" content="{esc(X03_TITLE)}">
<meta name="PubDate" content="2016-03-18 10:20">
<meta name="ContentSource" content="东川省贸促会法律事务部">
<link rel="stylesheet" href="{host}/static/css/detail.css">
<script src="{host}/static/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="welcome">您好，欢迎访问{X03_SITE}！</span><span class="links"><a href="{host}/user/login">登录</a> | <a href="{host}/user/reg">注册</a> | <a href="javascript:;" id="wza">无障碍</a> | <a href="{host}/en/">English</a></span></div></div>
<div class="header w1200"><h1 class="logo"><a href="{host}/"><img src="{host}/static/images/logo.png" alt=""><span>东川贸促会 · {X03_SITE}</span></a></h1><div class="hotline">服务热线：<b>400-876-3102</b></div></div>
<div class="nav"><ul class="w1200"><li><a href="{host}/">首页</a></li><li class="cur"><a href="{host}/zcfg/">政策法规</a></li><li><a href="{host}/gbzn/">国别指南</a></li><li><a href="{host}/tzhj/">投资环境</a></li><li><a href="{host}/fxyj/">风险预警</a></li><li><a href="{host}/ssfl/">商事法律</a></li><li><a href="{host}/zhxx/">展会信息</a></li><li><a href="{host}/qyfw/">企业服务</a></li></ul></div>
<div class="w1200 crumb">当前位置：<a href="{host}/">首页</a> &gt; <a href="{host}/zcfg/">政策法规</a> &gt; <a href="{host}/zcfg/04/">政策解读</a></div>
<div class="w1200 main clearfix">
<div class="side-left"><div class="side-tit">政策法规</div><ul class="side-menu">{menu}</ul></div>
<div class="detail">
<h2 class="detail-title">{esc(X03_TITLE)}</h2>
<div class="detail-info">{X03_INFO}　　浏览次数：<span id="hits">1286</span>　　字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></div>
<div class="detail-content" id="zoom">
{content}
</div>
<div class="detail-tools"><span class="share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a></span><span class="tools"><a href="{host}/jiucuo/">我要纠错</a> | <a href="javascript:window.print();">打印本页</a> | <a href="javascript:window.close();">关闭窗口</a></span></div>
<div class="prev-next"><p>上一篇：<a href="{host}/zcfg/04/201603/t20160311_48177.html">解读：境外投资项目备案管理有关规定</a></p><p>下一篇：<a href="{host}/zcfg/04/201603/t20160322_48233.html">出口退税政策调整问答</a></p></div>
</div>
<div class="side-right"><div class="rbox"><h3>风险预警</h3><ul>{warn}</ul></div><div class="rbox"><h3>国别指南</h3><ul>{guide}</ul></div><div class="rbox qr"><img src="{host}/static/images/wx_qr.png" alt=""><p>扫码关注“东川贸促”微信公众号</p></div></div>
</div>
<div class="footer"><div class="w1200"><p><a href="{host}/about/">关于我们</a> | <a href="{host}/sitemap/">网站地图</a> | <a href="{host}/contact/">联系我们</a></p><p>主办单位：{X03_ORG}　承办单位：东川省贸促会信息中心</p><p>网站标识码：DC0000012　东ICP备16002241号-1　东公网安备 37010202000815号</p></div></div>
</body>
</html>
"""
    path.write_bytes(b"\xef\xbb\xbf" + page.encode("utf-8"))
    return page_gold(
        page,
        X03_TITLE,
        heads,
        body,
        (0, 1, 3, 4, 6),
        [
            f"您好，欢迎访问{X03_SITE}！",
            f"东川贸促会 · {X03_SITE}",
            "服务热线：400-876-3102",
            "当前位置：",
            X03_INFO,
            "浏览次数：1286",
            "我要纠错",
            "上一篇：解读：境外投资项目备案管理有关规定",
            "风险预警",
            X03_WARN[1],
            X03_GUIDE[0],
            "扫码关注“东川贸促”微信公众号",
            f"主办单位：{X03_ORG}",
            "网站标识码：DC0000012",
        ],
        "a trade-promotion body's 走出去 service portal (贸促会-like; body, site and "
        "department made up), UTF-8 with a BOM: the only <h1> is the site logo "
        "(东川贸促会 · 走出去综合服务平台), not the title; the title is the "
        "h2.detail-title (also <title> before _走出去综合服务平台 and the ArticleTitle "
        "meta); 发布时间/信息来源/浏览次数/字号 line is not body; div.detail-content: an "
        "opening paragraph, <p><strong>一、…</strong></p> subheads (level 1), and "
        "paragraphs whose first sentence is a bold run-in lead numbered 一是/二是 "
        "(<strong>一是扎实推进“一带一路”建设。</strong>统筹…): the lead is part of its "
        "paragraph, so body text (with its 一是), not a heading; share/纠错/打印/关闭, "
        "上一篇/下一篇, side menus, 风险预警/国别指南 boxes, QR and footer are not body",
    )


# ------------------------------- x04 B2B export platform news: product cards, sticky bar

X04_YEAR = 2017
X04_TITLE = "政府工作报告里的外贸信号：出口企业该关注什么？"
X04_SITE = "东川制造网"
X04_INFO = "发布时间：2017-03-07　来源：东川制造网外贸资讯　作者：Linda Wu　浏览量：3,417"
X04_OUTLINE: Outline = (
    (None, 0, (("（六）", 0),)),
    ("“一带一路”：装备和技术走出去的新机会", 1, (("（六）", 1),)),
    ("外贸回稳向好：出口信保扩面", 1, (("（六）", 2),)),
    ("外资准入放宽：服务业制造业采矿业", 1, (("（六）", 3),)),
    ("贸易投资自由化便利化", 1, (("（六）", 4),)),
    ("产业升级：新兴产业与传统产业并进", 1, (("（四）", 2), ("（四）", 3))),
    ("税费负担：增值税税率简并", 1, (("（二）", 1),)),
)
# name, price, MOQ, supplier
X04_CARDS = (
    (
        "LED Flood Light 100W 户外防水投光灯",
        "US$ 12.50 - 15.80 / 件",
        "最小起订量：500 件",
        "东川明辉照明科技有限公司",
    ),
    (
        "Stainless Steel Vacuum Flask 不锈钢真空保温杯",
        "US$ 2.10 - 2.90 / 个",
        "最小起订量：3000 个",
        "东川市恒嘉日用品有限公司",
    ),
    (
        "CNC Lathe Machine CK6140 数控车床",
        "US$ 8,600 - 9,200 / 台",
        "最小起订量：1 台",
        "东川精工机床集团有限公司",
    ),
)
X04_DISCLAIMER = "免责声明：本文仅代表作者个人观点，与东川制造网无关。文中内容仅供读者参考，不构成投资或采购建议。"
X04_STICKY = "没找到合适的供应商？发布采购需求，24小时内获得多家报价"
X04_SUPPLIERS = (
    "东川华泰五金制品有限公司",
    "东川市新宇纺织进出口有限公司",
    "东川天成电子科技股份有限公司",
)
X04_BUYING = (
    "求购：户外太阳能路灯 2000套",
    "求购：硅胶厨具套装 10000件",
    "求购：工业级无线路由器 800台",
)


def build_b2b_news(path: Path) -> Gold:
    host = "https://www.dcmade.example"
    body: list[str] = []
    heads: list[tuple[str, int]] = []
    parts: list[str] = []
    cards = "".join(
        f'<li class="prod-card"><a href="{host}/prod/{uid("x04p", k)[:10]}.html" target="_blank" class="prod-img"><img src="https://image.dcmade.example/img/prod/{uid("x04i", k)[:16]}.jpg" alt="" width="180" height="180"></a><h3 class="prod-name"><a href="{host}/prod/{uid("x04p", k)[:10]}.html" target="_blank">{esc(n)}</a></h3><div class="prod-price">{esc(p)}</div><div class="prod-moq">{esc(q)}</div><div class="prod-com"><i class="ico-verified"></i>{esc(s)} <span class="tag">已认证供应商</span></div><div class="prod-btns"><a href="{host}/inquiry/send?pid={uid("x04p", k)[:10]}" class="btn-inquiry" rel="nofollow">发送询盘</a><a href="{host}/im/chat?pid={uid("x04p", k)[:10]}" class="btn-chat" rel="nofollow">Contact Now</a></div></li>'
        for k, (n, p, q, s) in enumerate(X04_CARDS)
    )
    for k, (head, lv, refs) in enumerate(X04_OUTLINE):
        if head:
            parts.append(f'<h2 id="s{k}">{esc(head)}</h2>')
            heads.append((head, lv))
        for text in texts(X04_YEAR, refs):
            parts.append(f"<p>{esc(text)}</p>")
            body.append(text)
        if k == 2:
            parts.append(
                f'<div class="rec-products"><div class="rec-hd"><span class="rec-tit">相关产品推荐</span><span class="rec-en">Related Products</span><a href="{host}/products/" class="more">更多产品 &gt;&gt;</a></div><ul class="prod-list">{cards}</ul></div>'
            )
    parts.append(f'<p class="disclaimer">{esc(X04_DISCLAIMER)}</p>')
    content = "\n".join(parts)
    sup = "".join(
        f'<li><a href="{host}/company/{uid("x04s", k)[:8]}/" target="_blank">{esc(t)}</a><span class="years">{k + 6}年</span></li>'
        for k, t in enumerate(X04_SUPPLIERS)
    )
    buy = "".join(
        f'<li><a href="{host}/buying/{uid("x04b", k)[:8]}.html" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(X04_BUYING)
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(X04_TITLE)} - 外贸资讯 - {X04_SITE} Made-in-Dongchuan.example</title>
<meta name="keywords" content="外贸资讯,政府工作报告,出口,一带一路,出口信用保险">
<meta name="description" content="{esc(gwr(X04_YEAR, "（六）", 0)[:60])}">
<meta property="og:title" content="{esc(X04_TITLE)}">
<meta property="og:site_name" content="{X04_SITE}">
<link rel="stylesheet" href="https://static.dcmade.example/css/news-detail.3f9a1c.css">
<style>.sticky-inquiry{{position:sticky;bottom:0;background:#fff7e6;border-top:1px solid #f60;padding:10px 16px;z-index:9}}</style>
</head>
<body>
<div class="site-top"><div class="w1190"><span>欢迎来到{X04_SITE}！ Welcome to Made-in-Dongchuan</span><a href="{host}/login" rel="nofollow">请登录</a> <a href="{host}/join" rel="nofollow">免费注册</a><span class="lang"><a href="https://en.dcmade.example/">English</a> | 中文</span></div></div>
<div class="header w1190"><a href="{host}/" class="logo"><img src="https://static.dcmade.example/img/logo.png" alt="{X04_SITE}"></a><form class="search" action="{host}/search" method="get"><select name="type"><option>产品</option><option>供应商</option><option>资讯</option></select><input type="text" name="word" placeholder="请输入产品名称或关键词"><button type="submit">搜索</button></form><a href="{host}/buyer/post" class="post-rfq">发布采购需求</a></div>
<div class="main-nav"><ul class="w1190"><li><a href="{host}/">首页</a></li><li><a href="{host}/products/">产品目录</a></li><li><a href="{host}/suppliers/">供应商</a></li><li><a href="{host}/buying/">采购信息</a></li><li class="on"><a href="{host}/news/">外贸资讯</a></li><li><a href="{host}/expo/">展会</a></li><li><a href="{host}/service/">外贸服务</a></li></ul></div>
<div class="w1190 bread"><a href="{host}/">首页</a> &gt; <a href="{host}/news/">外贸资讯</a> &gt; <a href="{host}/news/policy/">政策法规</a> &gt; 正文</div>
<div class="w1190 clearfix">
<div class="news-main">
<h1 class="news-title">{esc(X04_TITLE)}</h1>
<div class="news-info">{esc(X04_INFO)}</div>
<div class="news-body">
{content}
</div>
<div class="news-tags">标签：<a href="{host}/news/tag/zfgzbg/">政府工作报告</a> <a href="{host}/news/tag/ckxb/">出口信保</a> <a href="{host}/news/tag/ydyl/">一带一路</a></div>
<div class="news-pn"><p>上一篇：<a href="{host}/news/policy/2017030611.html">2月出口同比下降1.3% 进口大增38.1%</a></p><p>下一篇：<a href="{host}/news/policy/2017030813.html">海关总署：进一步压缩货物通关时间</a></p></div>
<div class="sticky-inquiry"><span>{esc(X04_STICKY)}</span><a href="{host}/buyer/post" class="btn-post">立即发布</a></div>
</div>
<div class="news-side"><div class="side-box"><h3>热门供应商</h3><ul>{sup}</ul></div><div class="side-box"><h3>最新求购</h3><ul>{buy}</ul></div><div class="side-box app"><img src="https://static.dcmade.example/img/app_qr.png" alt=""><p>下载{X04_SITE}APP，随时随地找货源</p></div></div>
</div>
<div class="online-service"><a href="{host}/im/" rel="nofollow">在线客服</a><a href="#top">返回顶部</a></div>
<div class="footer"><div class="w1190"><p><a href="{host}/about/">关于我们</a> | <a href="{host}/vip/">会员服务</a> | <a href="{host}/help/">帮助中心</a> | <a href="{host}/privacy/">隐私政策</a> | <a href="{host}/contact/">联系我们</a></p><p>Copyright &copy; 2017 {X04_SITE} 版权所有　东ICP备09012345号-3　增值电信业务经营许可证：东B2-20090116</p></div></div>
<script src="https://static.dcmade.example/js/news-detail.7c21e0.js"></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        X04_TITLE,
        heads,
        body,
        (0, 2, 3, 5, 7),
        [
            X04_INFO,
            "相关产品推荐",
            "Related Products",
            X04_CARDS[0][0],
            X04_CARDS[1][1],
            X04_CARDS[2][2],
            "已认证供应商",
            "发送询盘",
            "Contact Now",
            X04_DISCLAIMER,
            X04_STICKY,
            "立即发布",
            "上一篇：2月出口同比下降1.3% 进口大增38.1%",
            "热门供应商",
            X04_BUYING[0],
            "在线客服",
            "增值电信业务经营许可证：东B2-20090116",
        ],
        "a B2B export platform's news channel (中国制造网-like; platform, author, "
        "suppliers and products made up), UTF-8, Chinese and English chrome: the <h1> "
        "is the title (<title> adds - 外贸资讯 - 东川制造网 Made-in-Dongchuan.example); "
        "the info line is not body; div.news-body: an opening paragraph, <h2> subheads "
        "(level 1), report paragraphs; the 相关产品推荐 Related Products block of three "
        "product cards between two sections (card names in <h3>: not headings; prices, "
        "最小起订量, supplier with 已认证供应商, 发送询盘/Contact Now buttons) and the "
        "免责声明 paragraph at the end of news-body are not body; 标签, 上一篇/下一篇, "
        "the position:sticky 发布采购需求 bar still inside the content column, sidebars "
        "(热门供应商, 最新求购, app QR), 在线客服 widget and footer are not body",
    )


# ---------------------------------- x05 Next.js news site, hashed classes, JSON twice

X05_YEAR = 2013
X05_TITLE = "7.5%背后的稳中求进：政府工作报告如何定调2013年经济"
X05_SITE = "湃流新闻"
X05_AUTHOR = "湃流新闻记者 邵一帆"
X05_TIME = "2013-03-05 16:20"
X05_FROM = "来源：湃流新闻"
X05_CAPTION = "3月5日，北京，人民大会堂外的代表委员。 视觉东方 图"
X05_EDITOR = "责任编辑：陆佳颖　图片编辑：蒋晨"
X05_PROOF = "校对：施文"
X05_OUTLINE: Outline = (
    (None, 0, (("二、", 1),)),
    ("总体要求：稳中求进", 1, (("二、", 2), ("二、", 3))),
    ("为什么是7.5%", 1, (("二、", 4), ("二、", 5))),
    ("扩内需与调结构", 1, (("（一）", 1), ("（一）", 2), ("（一）", 4))),
)
X05_RELATED = (
    ("两会速递｜国务院机构改革和职能转变方案提请审议", "湃流新闻", "2013-03-10"),
    ("财政赤字1.2万亿：积极财政政策如何更积极", "湃流财经", "2013-03-06"),
)
X05_COMMENTS = (
    ("南风知我意", "目标定得务实，关键看落实。", "128"),
    ("老K在东川", "最关心物价，3.5%的控制目标能不能守住？", "76"),
)

C = {
    "header": "index_header__cH6XZ",
    "nav": "index_nav__q1Yt3",
    "wrap": "index_wrapper__6Jdbn",
    "left": "index_leftcontent__N7yRk",
    "title": "index_title__B8mhI",
    "head": "index_headerContent__sASF4",
    "ant": "ant-space-item",
    "content": "index_cententWrap__Jv8jK",
    "tools": "index_operation__V3x0e",
    "rel": "index_relatedWrap__w8Dsl",
    "card": "index_cardItem__u2Bqg",
    "cmt": "index_commentWrap__KqQ0t",
    "foot": "index_footer__8yTmA",
}


def build_nextjs_hashed(path: Path) -> Gold:
    host = "https://www.paiflow.example"
    body: list[str] = []
    heads: list[tuple[str, int]] = []
    parts: list[str] = []
    for k, (head, lv, refs) in enumerate(X05_OUTLINE):
        if head:
            parts.append(f"<p><strong>{esc(head)}</strong></p>")
            heads.append((head, lv))
        for text in texts(X05_YEAR, refs):
            parts.append(f"<p>{esc(text)}</p>")
            body.append(text)
        if k == 1:
            parts.append(
                f'<div class="contheight"></div><img src="https://imagecloud.paiflow.example/pic/paiflow/2013-03-05/{uid("x05i")[:24]}.jpg" alt=""><p class="image_desc" style="text-align:center;color:#666;font-size:14px">{esc(X05_CAPTION)}</p>'
            )
    content = "".join(parts)
    doc_id = "1000000" + str(int(uid("x05id")[:6], 16) % 900 + 100)
    data = {
        "props": {
            "pageProps": {
                "detailData": {
                    "contentDetail": {
                        "contId": int(doc_id),
                        "name": X05_TITLE,
                        "author": X05_AUTHOR,
                        "pubTime": X05_TIME,
                        "responsibleEditor": "陆佳颖",
                        "content": content,
                        "summary": body[0][:60],
                    }
                }
            },
            "__N_SSP": True,
        },
        "page": "/newsDetail_forward/[id]",
        "query": {"id": doc_id},
        "buildId": "aB3kz9Qw1mNpXr7Tt2Yu",
        "isFallback": False,
        "gssp": True,
    }
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": X05_TITLE,
        "datePublished": "2013-03-05T16:20:00+08:00",
        "author": {"@type": "Person", "name": "邵一帆"},
        "publisher": {"@type": "Organization", "name": X05_SITE},
        "articleBody": "\n".join(body),
    }
    ld_text = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
    related = "".join(
        f'<div class="{C["card"]}"><a href="{host}/newsDetail_forward_{int(doc_id) - 311 * (k + 1)}" target="_blank"><img src="https://imagecloud.paiflow.example/pic/paiflow/2013-03-0{6 + k * 4}/{uid("x05r", k)[:16]}.jpg" alt=""><h2>{esc(t)}</h2></a><div class="index_cardFoot__mO3pR"><span>{esc(s)}</span><span>{d}</span></div></div>'
        for k, (t, s, d) in enumerate(X05_RELATED)
    )
    comments = "".join(
        f'<div class="index_commentItem__lY8eW"><div class="index_commentUser__pQ2sR"><img src="https://imagecloud.paiflow.example/avatar/{uid("x05a", k)[:12]}.png" alt=""><span>{esc(u)}</span></div><div class="index_commentText__zV6bN">{esc(t)}</div><div class="index_commentFoot__h3Xk1"><span>2013-03-0{5 + k}</span><span class="index_like__fS0aM">{n}</span><span>回复</span></div></div>'
        for k, (u, t, n) in enumerate(X05_COMMENTS)
    )
    page = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{esc(X05_TITLE)}_{X05_SITE}</title><meta name="keywords" content="政府工作报告,7.5%,稳中求进,扩大内需"/><meta name="description" content="{esc(body[0][:60])}"/><meta property="og:title" content="{esc(X05_TITLE)}"/><meta property="og:site_name" content="{X05_SITE}"/><meta name="next-head-count" content="8"/><link rel="preload" href="/_next/static/css/5c8b0f3e2a1d4f6e.css" as="style"/><link rel="stylesheet" href="/_next/static/css/5c8b0f3e2a1d4f6e.css" data-n-g=""/><script type="application/ld+json">{ld_text}</script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/pages/newsDetail_forward/%5Bid%5D-2b7d1b4c0f3e9a21.js" defer=""></script></head><body><div id="__next"><div class="{C["header"]}"><div class="{C["wrap"]}"><a href="{host}/"><img src="/_next/static/media/logo.9e1c2f.png" alt="{X05_SITE}"/></a><ul class="{C["nav"]}"><li><a href="{host}/">要闻</a></li><li><a href="{host}/channel_25950">时事</a></li><li><a href="{host}/channel_25951">财经</a></li><li><a href="{host}/channel_25952">思想</a></li><li><a href="{host}/channel_25953">生活</a></li><li><a href="{host}/channel_26916">视频</a></li><li><a href="{host}/channel_36079">湃流号</a></li></ul><div class="index_login__rT4Wq"><span>下载客户端</span><span>登录</span></div></div></div><main class="{C["wrap"]}"><div class="{C["left"]}"><h1 class="{C["title"]}">{esc(X05_TITLE)}</h1><div class="{C["head"]}"><div class="index_author__pB9xK">{esc(X05_AUTHOR)}</div><div class="ant-space ant-space-horizontal ant-space-align-center"><div class="{C["ant"]}"><span>{X05_TIME}</span></div><div class="{C["ant"]}"><span>{X05_FROM}</span></div></div><div class="index_fontSize__Ra2Wz">字号</div></div><div class="{C["content"]}">{content}</div><div class="index_editor__Zb1Xa"><p>{esc(X05_EDITOR)}</p><p>{esc(X05_PROOF)}</p></div><div class="index_report__mEw2C">{X05_SITE}报料：010-62086888，新闻线索请发至 baoliao@paiflow.example</div><div class="{C["tools"]}"><span>举报</span><span>收藏</span><span>分享</span><span>评论(32)</span></div><div class="{C["rel"]}"><div class="index_relTitle__4Gz2e">相关推荐</div>{related}</div><div class="{C["cmt"]}"><div class="index_cmtTitle__Ec7Lt">热门评论</div>{comments}<div class="index_more__yN3uP">查看更多评论</div></div></div><div class="index_rightcontent__Wq5Fh"><div class="index_hotTitle__Sx1Dk">热门推荐</div><ul><li><a href="{host}/newsDetail_forward_1000312">东川两会｜今年GDP预期增长10%左右</a></li><li><a href="{host}/newsDetail_forward_1000290">图解｜一张图读懂2013年政府工作报告</a></li></ul></div></main><div class="{C["foot"]}"><p><a href="{host}/about">关于{X05_SITE}</a> | <a href="{host}/contact">联系我们</a> | <a href="{host}/jobs">加入我们</a></p><p>{X05_SITE}版权所有 违法和不良信息举报电话：010-62086999 东ICP备13019228号-2</p></div></div><script id="__NEXT_DATA__" type="application/json">{next_data(data)}</script></body></html>"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        X05_TITLE,
        heads,
        body,
        (0, 2, 4, 5, 7),
        [
            X05_AUTHOR,
            X05_FROM,
            X05_EDITOR,
            X05_PROOF,
            f"{X05_SITE}报料：010-62086888",
            "评论(32)",
            "相关推荐",
            X05_RELATED[1][0],
            "热门评论",
            X05_COMMENTS[0][0],
            X05_COMMENTS[1][1],
            "查看更多评论",
            "热门推荐",
            "东ICP备13019228号-2",
        ],
        "a news site built with Next.js (澎湃-like; site, reporter, editors and "
        "commenters made up), one-line markup, only hashed CSS-module class names "
        "(index_cententWrap__Jv8jK holds the text): the <h1> is the title (<title> "
        "adds _湃流新闻); author, time/来源 and 字号 are not body; an opening paragraph, "
        "<p><strong> subheads (level 1), a picture with its caption paragraph "
        "(p.image_desc: unscored); 责任编辑/校对 lines, 报料 line, "
        "举报/收藏/分享/评论(32), 相关推荐 cards (their titles in <h2>: not headings), "
        "热门评论 with user names, 热门推荐 and footer are not body; the "
        "application/ld+json block (articleBody as plain text) and __NEXT_DATA__ "
        "(content as HTML) repeat the article in scripts: not shown, must not double "
        "the body",
    )


# ------------------------------- x06 industry association notice pasted from Word, GBK

X06_YEAR = 2014
X06_TITLE = "关于组织会员企业参加2014年扩内需促创新政策宣讲会的通知"
X06_SITE = "东川省机电产品进出口商会"
X06_NUMBER = "东机商〔2014〕12号"
X06_INFO = "发布时间：2014-03-24　作者：秘书处　来源：本会"
X06_LEAD = "为帮助会员企业准确把握今年国家关于扩大内需、创新驱动和财税改革的部署，本会定于4月中旬举办政策宣讲会。现将有关事项通知如下："
X06_OUTLINE: tuple[tuple[str, int, Refs], ...] = (
    ("一、宣讲重点：扩大内需", 1, ()),
    ("（一）消费和投资", 2, (("（三）", 0), ("（三）", 1), ("（三）", 2))),
    ("（二）区域经济带", 2, (("（三）", 3),)),
    ("二、宣讲重点：创新驱动和财税改革", 1, ()),
    ("（一）创新与产业结构调整", 2, (("（六）", 0), ("（六）", 1), ("（六）", 2))),
    ("（二）财税体制改革", 2, (("（一）", 3),)),
    ("三、会议安排", 1, ()),
)
X06_PLAN = (
    "时间：2014年4月16日（星期三）上午9:00",
    "地点：东川国际会展中心三楼第2会议室",
    "报名：请于4月10日前将报名回执发送至 dcjsh@dcmee.example",
)
X06_ATTACH_LINE = "附件：政策宣讲会报名回执"
X06_CONTACT = "联系人：秘书处 吴晓彤　电话：0531-86917725"
X06_DATE = "2014年3月20日"
X06_FILES = (
    ("附件：政策宣讲会报名回执.doc", "28KB", "356"),
    ("东机商〔2014〕12号通知（盖章版）.pdf", "412KB", "281"),
)


def mso_p(
    text: str,
    style: str = "text-indent:32.0pt;mso-char-indent-count:2.0",
    font: str = "仿宋_GB2312",
    bold: bool = False,
    align: str = "",
) -> str:
    """A paragraph as Word's HTML export writes it, ``<o:p>`` included; runs of
    ASCII digits in their own Times New Roman span."""
    runs = []
    for chunk in re.split(r"([0-9.%]+)", text):
        if not chunk:
            continue
        if re.fullmatch(r"[0-9.%]+", chunk):
            runs.append(
                f'<span lang="EN-US" style="font-size:16.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;;mso-fareast-font-family:{font}">{chunk}</span>'
            )
        else:
            runs.append(
                f'<span style="font-size:16.0pt;font-family:{font};mso-hansi-font-family:&quot;Times New Roman&quot;;mso-bidi-font-family:&quot;Times New Roman&quot;">{esc(chunk)}</span>'
            )
    inner = "".join(runs)
    if bold:
        inner = f'<b style="mso-bidi-font-weight:normal">{inner}</b>'
    al = f' align="{align}"' if align else ""
    return f'<p class="MsoNormal"{al} style="{style};line-height:28.0pt;mso-line-height-rule:exactly">{inner}<span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p></o:p></span></p>'


MSO_EMPTY = '<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly"><span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p>&nbsp;</o:p></span></p>'


def build_assoc_notice(path: Path) -> Gold:
    host = "http://www.dcmee.example"
    body: list[str] = []
    heads: list[tuple[str, int]] = []
    word = [
        mso_p(X06_TITLE, "text-align:center", "方正小标宋简体", True, "center").replace(
            "font-size:16.0pt", "font-size:22.0pt"
        ),
        mso_p(X06_NUMBER, "text-align:center", align="center"),
        MSO_EMPTY,
        mso_p("各会员单位：", "mso-char-indent-count:0"),
        mso_p(X06_LEAD),
    ]
    for head, lv, refs in X06_OUTLINE:
        word.append(mso_p(head, font="黑体" if lv == 1 else "楷体_GB2312", bold=True))
        heads.append((head, lv))
        for text in texts(X06_YEAR, refs):
            word.append(mso_p(text))
            body.append(text)
    word += [mso_p(t) for t in X06_PLAN]
    word += [MSO_EMPTY, mso_p(X06_ATTACH_LINE), MSO_EMPTY]
    sign = (
        '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%;border-collapse:collapse;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">'
        f'<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes;mso-yfti-lastrow:yes"><td width="50%" valign="top" style="width:50.0%;padding:0cm 5.4pt 0cm 5.4pt">{MSO_EMPTY}</td>'
        f'<td width="50%" valign="top" style="width:50.0%;padding:0cm 5.4pt 0cm 5.4pt">{mso_p(X06_SITE, "text-align:center", align="center")}{mso_p(X06_DATE, "text-align:center", align="center")}</td></tr></table>'
    )
    word += [sign, MSO_EMPTY, mso_p(X06_CONTACT)]
    pasted = "\n".join(word)
    files = "".join(
        f'<li><img src="{host}/images/ico_{"doc" if n.endswith(".doc") else "pdf"}.gif" /> <a href="{host}/uploadfile/2014/0324/20140324{1031 + k * 7}.{"doc" if n.endswith(".doc") else "pdf"}" target="_blank">{esc(n)}</a> <span class="size">（{s}）</span> <span class="down">下载次数：{c}</span></li>'
        for k, (n, s, c) in enumerate(X06_FILES)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK" />
<title>{esc(X06_TITLE)} - 通知公告 - {X06_SITE}</title>
<meta name="keywords" content="通知公告,政策宣讲会,会员企业" />
<link href="{host}/templets/style/main.css" rel="stylesheet" type="text/css" />
<script language="javascript" type="text/javascript" src="{host}/include/dedeajax2.js"></script>
</head>
<body>
<div class="top"><div class="w960"><span class="fl">今天是：<script type="text/javascript">document.write(new Date().toLocaleDateString());</script></span><span class="fr"><a href="javascript:;" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('{host}');">设为首页</a> | <a href="javascript:window.external.AddFavorite('{host}','{X06_SITE}')">加入收藏</a> | <a href="{host}/member/login.php">会员登录</a></span></div></div>
<div class="banner w960"><img src="{host}/templets/images/banner.jpg" width="960" height="120" alt="{X06_SITE}" /></div>
<div class="menu w960"><ul><li><a href="{host}/">首页</a></li><li><a href="{host}/shgk/">商会概况</a></li><li class="hover"><a href="{host}/tzgg/">通知公告</a></li><li><a href="{host}/hydt/">行业动态</a></li><li><a href="{host}/zcfg/">政策法规</a></li><li><a href="{host}/hyfw/">会员服务</a></li><li><a href="{host}/zhxx/">展会信息</a></li><li><a href="{host}/lxwm/">联系我们</a></li></ul></div>
<div class="w960 clearfix">
<div class="left"><div class="lbox"><h3>通知公告</h3><ul><li><a href="{host}/tzgg/">本会通知</a></li><li><a href="{host}/tzgg/zf/">转发文件</a></li><li><a href="{host}/tzgg/hy/">会议通知</a></li></ul></div><div class="lbox"><h3>会员服务</h3><p>会员服务热线：0531-86917700</p></div></div>
<div class="right">
<div class="place">您现在的位置：<a href="{host}/">首页</a> &gt;&gt; <a href="{host}/tzgg/">通知公告</a> &gt;&gt; 正文</div>
<div class="viewbox">
<div class="title"><h2>{esc(X06_TITLE)}</h2></div>
<div class="info">{X06_INFO}　点击：<script src="{host}/plus/count.php?view=yes&amp;aid=1287&amp;mid=1" type="text/javascript" language="javascript"></script>次</div>
<div class="content">
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%;mso-cellspacing:0cm;mso-yfti-tbllook:1184;mso-padding-alt:0cm 0cm 0cm 0cm"><tr><td style="padding:0cm 0cm 0cm 0cm">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:PunctuationKerning/><w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing><w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery><w:Compatibility><w:SpaceForUL/><w:UseFELayout/></w:Compatibility></w:WordDocument></xml><![endif]-->
<style>
<!-- /* Font Definitions */ @font-face {{font-family:仿宋_GB2312;panose-1:2 1 6 9 3 1 1 1 1 1;mso-font-charset:134;}} p.MsoNormal, li.MsoNormal {{mso-style-parent:"";margin:0cm;margin-bottom:.0001pt;text-align:justify;text-justify:inter-ideograph;font-size:10.5pt;font-family:"Times New Roman";mso-fareast-font-family:宋体;}} div.WordSection1 {{page:WordSection1;}} -->
</style>
<div class="WordSection1" style="layout-grid:15.6pt">
{pasted}
</div>
</td></tr></table>
</div>
<div class="attach"><p class="attach_tit">附件下载：</p><ul>{files}</ul></div>
<div class="tools">【<a href="javascript:window.print();">打印此页</a>】【<a href="#top">返回顶部</a>】【<a href="javascript:window.close();">关闭</a>】</div>
<div class="prenext"><p>上一条：<a href="{host}/tzgg/2014/0318/1281.html">关于缴纳2014年度会费的通知</a></p><p>下一条：<a href="{host}/tzgg/2014/0327/1290.html">关于推荐2014年度优秀出口企业的通知</a></p></div>
</div>
</div>
</div>
<div class="footer w960"><p>版权所有：{X06_SITE}　地址：东川市历城区经十路16号外贸大厦9层　邮编：250014</p><p>电话：0531-86917700　传真：0531-86917701　东ICP备08007315号　技术支持：东川网联科技</p></div>
</body>
</html>
"""
    path.write_bytes(page.encode("gbk"))
    return page_gold(
        page,
        X06_TITLE,
        heads,
        body,
        (0, 2, 3, 5, 7),
        [
            "设为首页",
            "会员服务热线：0531-86917700",
            "您现在的位置：",
            X06_INFO,
            "附件下载：",
            X06_FILES[0][0],
            "下载次数：356",
            "【打印此页】【返回顶部】【关闭】",
            "上一条：关于缴纳2014年度会费的通知",
            f"版权所有：{X06_SITE}",
            "东ICP备08007315号",
        ],
        "an industry association's 通知 page (商会-like; association, people and "
        "addresses made up), GBK bytes under an http-equiv charset=GBK meta, on a "
        "DedeCMS-like template: the title is the div.title <h2> (and <title> before "
        "- 通知公告 - …), and the pasted Word text repeats it as its first, centred, "
        "bold 22pt paragraph: read once as the title, the repeat unscored; the info "
        "line (with a counter <script>) is not body; div.content holds a one-cell layout "
        "MsoNormalTable around WordSection1 with a Word XML conditional comment and a "
        "<style> (neither text): p.MsoNormal paragraphs in 仿宋_GB2312 spans (ASCII "
        "digits in their own Times New Roman spans), <o:p> marks and &nbsp; spacer "
        "paragraphs; the 文号 东机商〔2014〕12号, 各会员单位：, the opening lead of the "
        "notice (mine), the 会议安排 label lines (时间/地点/报名), the 附件： line, the "
        "signature (association and date in the right cell of a two-cell table) and "
        "the 联系人 line are unscored; bold 黑体 一、 heads are level 1 (三、会议安排 "
        "included), bold 楷体_GB2312 （一） heads level 2; the site's 附件下载 list "
        "(file names, sizes, 下载次数), 【打印此页】【返回顶部】【关闭】, 上一条/下一条, "
        "left menus and footer are not body",
    )


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, Callable[[Path], Gold]] = {
    "x01_econ_daily_print_topics_gb2312.html": build_econ_daily,
    "x02_radio_site_audio_kicker.html": build_radio_site,
    "x03_tpo_goout_portal_runin.html": build_goout_portal,
    "x04_b2b_trade_news_cards.html": build_b2b_news,
    "x05_nextjs_hashed_classes_json.html": build_nextjs_hashed,
    "x06_assoc_notice_word_paste_gbk.html": build_assoc_notice,
}

SOURCE_HEAD = (
    "# Documents made blind, twenty-sixth set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each a pattern common in real Chinese files that the earlier sets lack, by two\n"
    "maker scripts (q01-q06 and x01-x06, see each row). Texts come only from the public\n"
    "government work reports 2013–2017 in `../shared/data/gov-work-reports` (whole\n"
    "paragraphs); titles, headings, labels, names, dates and furniture are written by\n"
    "the scripts, people, places, companies and sites made up. The outputs are committed\n"
    "so tests and CI need none of the tools. Gold (`gold/<file>.json`, the format of\n"
    "`../shared/data/realdocs-dev`) is written by the same scripts from what they put in\n"
    "each document, as a reader reads it and never from reader output: the title, the\n"
    "headings with levels, the running headers that must not reach the body, passages\n"
    "(each one's first 18 characters) that must appear in order, boilerplate that must\n"
    "not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)

ROWS = [
    "| x01_econ_daily_print_topics_gb2312.html | written after the layout of economic dailies' news sites (中国经济网-like), HTML only, gwr 2014 (`eval/make_realdocs26_pages.py`, as x02-x06) | GB2312 bytes under an http-equiv `charset=gb2312`; 位置 line, `h1#articleTitle`, time/来源/作者 spans (not body); `div#articleText` > `div.TRS_Editor` with `&nbsp;`-indented `<p>`s and `<p><strong>` subheads (level 1); still inside `#articleText` after the text: 相关专题 strip (pictures + topic names), `(责任编辑：…)`, 【打印】【关闭】【纠错】 (not body); share bar, 相关新闻, 今日经纬日报 版面 links, 热点排行, licence footer (not body) |",
    "| x02_radio_site_audio_kicker.html | written after the layout of radio stations' news sites (央广网-like) as Chromium saves them (Webpage, Complete), gwr 2015 | `saved from` mark, `./…_files/`; bilingual kicker `DCR FINANCE` + 东广财经 · 两会观察 above the `<h1>` (neither title nor heading nor body); time/来源 line; audio player (`<audio>`, 点击收听, 【音频】 label, `00:00 / 04:36`) before the text (not body); `div.article-content`: `东广网北京3月6日消息（记者 …）据…报道` lead (body), report paragraphs, centred photo + caption paragraph (unscored), no heads; `编辑：… 责编：…` and `Editor:` lines inside the content, 版权 line, share, 相关阅读, 正在直播, footer (not body) |",
    "| x03_tpo_goout_portal_runin.html | written after the layout of trade-promotion bodies' 走出去 service portals (贸促会-like), gwr 2016 | UTF-8 with a BOM; the only `<h1>` is the site logo (not the title); title in `h2.detail-title` + `<title>` + ArticleTitle meta; 发布时间/信息来源/浏览次数/字号 line (not body); `div.detail-content`: opening paragraph, `<p><strong>一、…</strong></p>` subheads (level 1), paragraphs opening with a bold run-in `一是…。`/`二是…。` lead (body with the label, not headings); share/纠错/打印/关闭, 上一篇/下一篇, side menu, 风险预警/国别指南 boxes, QR, 网站标识码 footer (not body) |",
    "| x04_b2b_trade_news_cards.html | written after the layout of B2B export platforms' news channels (中国制造网-like), gwr 2017 | Chinese and English chrome; `<h1>`, info line (not body); `div.news-body`: opening paragraph, `<h2>` subheads (level 1); a 相关产品推荐 Related Products block of product cards between sections (`<h3>` product names, US$ prices, 最小起订量, 已认证供应商, 发送询盘/Contact Now: neither headings nor body) and a 免责声明 paragraph at the end of the body (not body); 标签, 上一篇/下一篇, a `position:sticky` 发布采购需求 bar inside the content column, 热门供应商/最新求购 sidebars, 在线客服, footer (not body) |",
    "| x05_nextjs_hashed_classes_json.html | written after the layout of Next.js news sites with CSS-module class names (澎湃-like), gwr 2013 | one-line markup, only hashed class names (`index_cententWrap__Jv8jK`); `<h1>`, author/time/来源/字号 (not body); opening paragraph, `<p><strong>` subheads (level 1), picture + `p.image_desc` caption (unscored); 责任编辑/校对, 报料 line, 举报/收藏/分享/评论(32), 相关推荐 cards with `<h2>` titles (not headings), 热门评论 with user names, 热门推荐, footer (not body); the article again as plain text in `application/ld+json` and as HTML in `__NEXT_DATA__` (not shown) |",
    "| x06_assoc_notice_word_paste_gbk.html | written after the layout of industry associations' 通知 pages with the text pasted from Word (商会-like, DedeCMS-like template), gwr 2014 | GBK bytes under `charset=GBK`; title in `div.title h2` + `<title>`, repeated as the first pasted paragraph (read once); info line with a counter `<script>` (not body); one-cell layout `MsoNormalTable` around `WordSection1`, Word XML conditional comment and `<style>`, `p.MsoNormal` with mso styles, `<o:p>`, `mso-fareast-font-family` digit spans, `&nbsp;` spacers; 文号, 各会员单位：, lead, 会议安排 label lines, 附件： line, signature in a two-cell table, 联系人 (unscored); bold 黑体 `一、` heads (level 1), bold 楷体 `（一）` heads (level 2); 附件下载 list with sizes and 下载次数, 【打印此页】【返回顶部】【关闭】, 上一条/下一条, footer (not body) |",
]


def main(argv: list[str] | None = None) -> int:
    return prev20.make_scratch_pages(
        argv, __doc__, BUILDERS, "realdocs-made26", ROWS, SOURCE_HEAD, MINE
    )


if __name__ == "__main__":
    sys.exit(main())
