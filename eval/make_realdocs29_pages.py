# ruff: noqa: E501  (HTML templates and SOURCE.md rows are kept on one line each)
"""Make the web pages j07-j12 of ``realdocs-made29`` and their gold.

A twenty-ninth set of development documents, made blind (without looking at the
readers or running them); the other documents of the set come from their own maker.
This half is about QUIET HEADINGS AND CLINGING BOILERPLATE in web pages saved as a
crawler stores them (the raw HTML a server sends, with its scripts, styles,
navigation, ads and footers), after the layouts of kinds of Chinese sites the earlier
sets lack: a university news site, a Discuz! forum thread, an industry-media site on
DedeCMS, a company's WordPress news page with Jetpack, a Q&A site's question page and a
city news site. Every subhead is "quiet" (no heading element above h5, or none at all:
colour and size only, a ``<div>`` among ``<p>``s, brackets, a number and a colon, a long
line, h5/h6), and the article container holds lines that read like body text but are
furniture (来源/作者/初审/编辑 lines, 原标题, 本帖最后由…编辑, attachment tips, inline ads
marked 广告/推广, 相关阅读 links, 本文系…原创, 扫码关注 prompts, 分享 boxes with their
own ``<h3>``, 展开全部, 本回答由…推荐, 【完】). The texts come only from the public
government work reports 2013-2017 (``../shared/data/gov-work-reports``), whole
paragraphs, long ones cut to their first sentences at sentence ends (titles, headings,
leads, captions, labels, names, dates, comments and furniture are written here;
people, places, companies and sites are made up; the markup follows general knowledge
of how such sites build pages, not any real file or page):

- ``j07_univ_news_vsb_color_span_heads.html`` (gwr 2016, UTF-8): a university news site
  on a 博达/VSB-like site builder: no heading element for the title
  (``div.arti_title``), 作者/来源/发布时间/浏览次数 spans (the counter a script), the
  text in ``div.v_news_content``: a lead, then at once the first of five subheads that
  are centred ``<p>``s holding a 18px blue 楷体 ``<span>``, not bold (level 1; one of
  them 40 characters long), body paragraphs in 16px spans, a photo caption centred in a
  grey 14px span, and inside the container the （供稿：…文/…图/…） and 初审/复审/终审
  lines; 【打印本页】【关闭窗口】, 上一条/下一条, sidebar ``<h3>`` boxes, footer;
- ``j08_discuz_thread_font_heads_gbk.html`` (gwr 2014, GBK under an http-equiv
  ``charset=gbk``): a Discuz! X3.2 forum thread: ``h1.ts`` with the ``[学习交流]``
  category link before ``span#thread_subject``; the first post's ``td.t_f``: the
  ``i.pstatus`` 本帖最后由…编辑 line, the poster's own opening and closing lines, an
  attachment (``ignore_js_op`` with its hidden 下载附件/上传 tip), ``<br>``-separated
  paragraphs indented by ``&nbsp;``, level-1 heads as ``<div align="center"><font
  size="4"><font color="Blue">`` (no bold, a ``<div>`` among ``<br>`` lines), level-2
  heads ``关于…：`` only in ``<font color="Red">`` on a line of their own; the 帖内广告
  above the text, 评分 log, signature, 回复/举报, two replies (one quoting the opening),
  相关帖子, login prompt, footer;
- ``j09_dede_industry_bracket_heads.html`` (gwr 2015, UTF-8): an energy-industry news
  site on a DedeCMS-like template: title in ``div.title h2`` (+ og:title), 时间/来源/作者/
  点击 line with the counter script, the 导读 ``div.intro``; in ``div.content``'s table
  cell CKEditor ``<p>``s: dateline lead, six heads ``【信号一】…`` to ``【信号六】…`` as
  plain unindented ``<p>``s (level 1), among them a ``【相关阅读】`` link line, an inline
  ad box tagged 推广, and at the end 本文系…原创 line, a QR picture with its 扫码关注
  line and （责任编辑：…）; 分隔线, 上一篇/下一篇, 收藏/挑错/推荐/打印, comment form
  and list, right column, footer;
- ``j10_wp_company_h5_h6_jetpack.html`` (gwr 2017, UTF-8): a company's WordPress news
  post: ``h1.entry-title`` (+ og:title with the site name), 发布于/作者/评论 meta line;
  ``div.entry-content``: lead, four ``<h5>`` heads (level 1), five ``<h6>`` heads (level
  2), a credit line and a WeChat QR prompt, then, still inside ``entry-content`` as
  Jetpack appends them, the 分享此文： box, the 赞过： likes box and the related-posts
  block, each with an ``<h3>`` (not headings); entry footer, 文章导航, comments with an
  ``<h2>`` count and 发表评论 form, sidebar widgets, footer;
- ``j11_qa_best_answer_colon_heads_gb2312.html`` (gwr 2013, GB2312 under
  ``<meta charset="gb2312">``): a Q&A site's question page (百度知道-like): the
  question in ``h1 > span.ask-title``, 浏览 count; the best answer's ``div.best-text``
  starting with the 展开全部 mask, its heads numbered ``1、…：`` to ``4、…：`` as plain
  ``<p>``s ending in a colon (level 1), 望采纳 closing; around and after it the
  本回答由提问者推荐 line, 已赞过/已踩过/你对这个回答的评价是？, the answerer card
  (采纳率/擅长), the app-download box, an ad tagged 广告, 其他1条回答, 为你推荐,
  相关搜索, footer;
- ``j12_city_news_div_bold_long_heads.html`` (gwr 2015, UTF-8): a city news site
  reprinting its daily: no heading element for the title (``div.detail-title`` +
  og:title), time/来源/作者/阅读/评论 line; ``div#zoom``: 原标题 line and reporter line
  first, the lead, four long level-1 heads in a centred ``<div>`` holding a
  ``<span style="font-weight: bold">`` (no ``<p>``), six short level-2 heads ``…：`` in
  ``<p><span style="font-weight: bold">`` ending in a colon, one paragraph opening with
  a bold run-in sentence (body), then 【完】, the 编辑/二审/三审 line, the 关注/扫码
  prompt and the 分享到 bar inside ``#zoom``; 网友评论, 相关新闻, footer.

Gold is written from what each builder put in the page, decided as a reader reads it
in a browser, never from reader output; every gold string is checked against the text
the page shows (tags removed, head, scripts, styles and comments left out), and with
``--chromium`` against the text of the DOM Chromium builds from each page
(``chromium --headless --dump-dom``; run when the pages were made). Only the standard
library is needed (a bare venv: ``python3 -m venv /tmp/m29b-venv``). Re-running writes
the same bytes:

    /tmp/m29b-venv/bin/python eval/make_realdocs29_pages.py [--out eval/data/realdocs-made29] [--only j07 ...] [--chromium] [--rows FILE] [--source]

``--rows FILE`` writes this half's SOURCE.md rows to FILE; ``--source`` puts them into
``<out>/SOURCE.md`` (kept in file order) as the earlier makers do.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs2_pages as pages2
import make_realdocs20_pages as prev20
import make_realdocs22_pages as prev22
import make_realdocs25_pages as prev25
import make_realdocs28_pages as prev28

MINE = ("j07_", "j08_", "j09_", "j10_", "j11_", "j12_")
Gold = dict[str, Any]
Refs = tuple[tuple[str, int], ...]
esc = prev20.esc
norm = prev20.norm
shown_text = prev20.shown_text
texts = prev25.texts
SENTENCE_END = re.compile(r"(?<=[。！？])(?![”’」』）])")


def uid(*parts: object) -> str:
    """A stable hex id for the made pages."""
    return prev22.uid("realdocs29", *parts)


def cut(t: str, n: int) -> str:
    """A report paragraph kept to its first ``n`` sentences (cut at a sentence end)."""
    parts = [p for p in SENTENCE_END.split(t) if p]
    return "".join(parts[:n])


def paras(year: int, refs: tuple[tuple[str, int, int], ...]) -> list[str]:
    """Report paragraphs ``(section, index, sentences or 0 for all)`` of ``year``."""
    out = []
    for sec, i, n in refs:
        t = texts(year, ((sec, i),))[0]
        out.append(cut(t, n) if n else t)
    return out


def make_gold(
    page: str,
    title: str,
    heads: list[tuple[str, int]],
    body: list[str],
    keep: tuple[int, ...],
    must_not: list[str],
    note: str,
) -> Gold:
    """The gold of a page (``make_realdocs28_pages.make_gold``: every string shown, heads
    and passages in order, boilerplate in no body paragraph, head or title), with 5-6
    must_have passages spread to the end of the body (the last among the last two
    paragraphs) and boilerplate strings of at least four characters."""
    assert 5 <= len(keep) <= 6 and keep[-1] >= len(body) - 2, (keep, len(body))
    assert all(len(norm(s)) >= 4 for s in must_not), must_not
    assert len(set(must_not)) == len(must_not), must_not
    return prev28.make_gold(page, title, heads, body, keep, must_not, note)


# ------------------------------------------------- j07 university news (VSB-like)

J07_YEAR = 2016
J07_SITE = "东川大学新闻网"
J07_TITLE = "东川大学师生热议政府工作报告：奋力开创“十三五”发展新局面"
J07_LEAD = "3月5日上午，十二届全国人大四次会议在北京开幕。我校各单位师生通过电视、网络等方式集中收看开幕会直播，认真聆听政府工作报告。大家表示，报告回顾成绩实事求是，部署任务求真务实，以下是师生们讨论中关注较多的几个方面。"
J07_CAPTION = "经济与管理学院师生集中收看大会开幕会直播"
J07_CREDIT = "（供稿：马克思主义学院　文/李晓岚　图/周航）"
J07_REVIEW = "初审：王宁　复审：陈静　终审：刘建国"
J07_PREV = "我校召开2016年党风廉政建设工作会议"
J07_NEXT = "学校举行纪念“三八”国际劳动妇女节表彰大会"
J07_COPY = "版权所有©东川大学党委宣传部"
# (head, paragraphs (section, index, sentences kept or 0))
J07_OUTLINE: tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...] = (
    ("回望2015：稳增长调结构防风险，成绩来之不易", (("一、", 3, 4),)),
    ("创新驱动：充分释放全社会创业创新潜能", (("（二）", 2, 4), ("一、", 7, 3))),
    (
        "教育承载着国家的未来：发展更高质量更加公平的教育，让更多孩子通过教育改变命运",
        (("（七）", 2, 5),),
    ),
    ("简政放权：以敬民之心，行简政之道", (("（二）", 1, 4),)),
    (
        "民生为本：多谋民生之利，多解民生之忧",
        (("（七）", 0, 0), ("（七）", 1, 0), ("（七）", 4, 0)),
    ),
)


def build_univ_news(path: Path) -> Gold:
    host = "http://news.dcu.example"
    aid = 52113
    body = [J07_LEAD]
    heads: list[tuple[str, int]] = []
    para_style = 'style="text-indent: 2em; line-height: 1.75em;"'
    span_style = 'style="font-size: 16px; font-family: 宋体, SimSun;"'
    head_style = (
        'style="font-size: 18px; color: rgb(31, 78, 121); font-family: 楷体, 楷体_GB2312, SimKai;"'
    )
    parts = [
        f'<p class="vsbcontent_start" {para_style}><span {span_style}>{esc(J07_LEAD)}</span></p>'
    ]
    for k, (head, refs) in enumerate(J07_OUTLINE):
        heads.append((head, 1))
        parts.append(f'<p style="text-align: center;"><span {head_style}>{esc(head)}</span></p>')
        for t in paras(J07_YEAR, refs):
            body.append(t)
            parts.append(f"<p {para_style}><span {span_style}>{esc(t)}</span></p>")
        if k == 1:
            img = uid("j07", "img")[:16]
            parts.append(
                f'<p class="vsbcontent_img" style="text-align: center;"><img width="600" src="/__local/7/3B/A2/{img.upper()}_8C41D2E7_2F6A1.jpg" vsbhref="vurl" vurl="/_vsl/{img.upper()}/8C41D2E7/2F6A1" vheight="" vwidth="600" orisrc="/__local/7/3B/A2/{img.upper()}_8C41D2E7_2F6A1.jpg" class="img_vsb_content"></p>'
            )
            parts.append(
                f'<p style="text-align: center;"><span style="font-size: 14px; color: rgb(89, 89, 89); font-family: 楷体, 楷体_GB2312, SimKai;">{esc(J07_CAPTION)}</span></p>'
            )
    parts.append(
        f'<p style="text-align: right;"><span style="font-size: 14px;">{esc(J07_CREDIT)}</span></p>'
    )
    parts.append(
        f'<p class="vsbcontent_end"><span style="font-size: 14px;">{esc(J07_REVIEW)}</span></p>'
    )
    content = "\n".join(parts)
    nav = "".join(
        f'<li><a href="{host}/{u}.htm">{t}</a></li>'
        for u, t in (
            ("index", "首页"),
            ("zhxw", "综合新闻"),
            ("mtdd", "媒体东大"),
            ("xsdt", "学术动态"),
            ("xyfc", "校园风采"),
            ("tpxw", "图片新闻"),
            ("ztbd", "专题报道"),
            ("spxw", "视频新闻"),
        )
    )
    side = "".join(
        f'<li><a href="{host}/info/1002/{aid - 37 * (k + 1)}.htm" title="{esc(t)}">{esc(t)}</a></li>'
        for k, t in enumerate(
            (
                "学校召开新学期工作部署会",
                "我校两项成果获省科学技术奖一等奖",
                "东川大学与东川新区签署全面合作协议",
                "第十二届研究生学术论坛开幕",
            )
        )
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(J07_TITLE)}-{J07_SITE}</title>
<META Name="keywords" Content="{J07_SITE},综合新闻,政府工作报告,全国两会" />
<META Name="description" Content="3月5日上午，十二届全国人大四次会议在北京开幕。我校各单位师生通过电视、网络等方式集中收看开幕会直播……" />

<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="../../_sitegray/_sitegray_d.css" />
<script language="javascript" src="../../_sitegray/_sitegray.js"></script>
<!-- CustomerNO:77656262657232307b78475a52525b5742000700004652 -->
<link rel="stylesheet" type="text/css" href="../../content.vsb.css" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1002,'/content.jsp',{aid},1476201288)</script>
<link href="../../style/index.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="top_in"><div class="logo"><a href="{host}/index.htm"><img src="../../images/logo.png" alt="{J07_SITE}" /></a></div><div class="top_link"><a href="http://www.dcu.example/">学校主页</a>|<a href="{host}/tg.htm">投稿须知</a>|<a href="{host}/lxwm.htm">联系我们</a></div></div></div>
<div class="nav"><ul>{nav}</ul></div>
<div class="main">
<div class="main_left">
<div class="position">当前位置：<a href="{host}/index.htm">首页</a>&gt;&gt;<a href="{host}/zhxw.htm">综合新闻</a>&gt;&gt;正文</div>
<script language="javascript" src="/system/resource/js/dynclicks.js"></script><script language="javascript" src="/system/resource/js/ajax.js"></script>
<form name="_newscontent_fromname">
<div class="arti_title">{esc(J07_TITLE)}</div>
<div class="arti_metas"><span class="arti_publisher">作者：李晓岚 吴迪</span><span class="arti_from">来源：党委宣传部</span><span class="arti_update">发布时间：2016-03-07</span><span class="arti_views">浏览次数：<script>_showDynClicks("wbnews", 1476201288, {aid})</script></span></div>
<div id="vsb_content"><div class="v_news_content">
{content}
</div></div><div id="div_vote_id"></div>
<div class="arti_btn">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.opener=null;window.open('','_self');window.close();">关闭窗口</a>】</div>
<div class="prenext"><p>上一条：<a href="{aid - 4}.htm">{esc(J07_PREV)}</a></p><p>下一条：<a href="{aid + 3}.htm">{esc(J07_NEXT)}</a></p></div>
</form>
</div>
<div class="main_right">
<div class="r_box"><h3>图片新闻</h3><a href="{host}/info/1005/{aid - 9}.htm"><img src="../../images/tpxw_0306.jpg" alt="" /></a><p>春日校园</p></div>
<div class="r_box"><h3>热点新闻</h3><ul>{side}</ul></div>
</div>
</div>
<div class="footer"><p>{J07_COPY}　地址：东川市学府路88号　邮编：250100</p><p>东ICP备05001234号　电话：0531-88361000</p></div>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        J07_TITLE,
        heads,
        body,
        (0, 1, 3, 5, 7, 8),
        [
            "来源：党委宣传部",
            "发布时间：2016-03-07",
            J07_CREDIT,
            J07_REVIEW,
            "【打印本页】【关闭窗口】",
            "上一条：" + J07_PREV,
            "下一条：" + J07_NEXT,
            J07_COPY,
        ],
        "a university news site's article on a 博达/VSB-like site builder (university, "
        "people made up): the title is div.arti_title (no heading element; also <title> "
        "before -东川大学新闻网); the 作者/来源/发布时间/浏览次数 spans (the count written "
        "by a script) are not body; in div.v_news_content the opening paragraph is body "
        "(the lead, written here); the five subheads are centred <p>s holding an 18px "
        "blue 楷体 <span>, not bold, against body paragraphs in 16px 宋体 spans, all "
        "level 1: the first comes right after the lead, the third is 38 characters "
        "long (教育承载着国家的未来：…) and still a subhead (own line, centred, coloured, "
        "no sentence end); the photo's caption is centred too but in a 14px grey span "
        "under the picture: a caption, unscored (not a heading); the （供稿：…文/…图/…） "
        "and 初审/复审/终审 lines at the end of the container are furniture, not body; "
        "【打印本页】【关闭窗口】, 上一条/下一条, the sidebar <h3> boxes and the footer are "
        "not body, their <h3>s not headings",
    )


# ---------------------------------------------------- j08 Discuz! forum thread (GBK)

J08_YEAR = 2014
J08_BBS = "东川论坛"
J08_FORUM = "学习交流"
J08_SUBJECT = "政府工作报告里和咱老百姓最相关的几件事（整理版）"
J08_USER = "东川老李"
J08_PSTATUS = "本帖最后由 东川老李 于 2014-3-6 21:15 编辑"
J08_OPEN = "3月5日上午在单位收看了开幕会直播，晚上把报告里跟咱老百姓日子关系最紧的几段原文摘了出来，按自己的理解分了分类、加了小标题，方便坛友们看。"
J08_CLOSE = "以上都是报告原文，小标题是我自己加的。码字不易，觉得有用的坛友顶一下！"
J08_AD = "【东川家装节】3月8日-9日东川国际会展中心 满5000减800"
J08_UPLOAD = "2014-3-6 20:55 上传"
J08_SIGN = "东川人说东川事，欢迎关注东川论坛官方微信 dcbbs2014"
J08_RATE_REASON = "很给力!整理辛苦了"
J08_REPLY = "整理得很用心，收藏了慢慢看，支持一下！"
J08_REPLY2 = "关于住房那段，棚户区改造我们那片今年能轮上吗？"
J08_LOGIN = "您需要登录后才可以回帖"
# (level-1 head, [(level-2 head or "", paragraphs)])
J08_OUTLINE: tuple[tuple[str, tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...]], ...] = (
    (
        "一、钱袋子：就业和收入",
        (("关于就业：", (("（八）", 1, 0),)), ("关于收入：", (("（八）", 2, 0),))),
    ),
    (
        "二、上学和看病",
        (("关于教育：", (("（七）", 1, 4),)), ("关于医改：", (("（七）", 2, 4),))),
    ),
    (
        "三、住房和社保",
        (("关于住房：", (("（八）", 4, 0),)), ("关于社保：", (("（八）", 3, 0),))),
    ),
    ("四、环境和安全", (("", (("（九）", 0, 0), ("（八）", 5, 0))),)),
)


def build_discuz(path: Path) -> Gold:
    host = "http://bbs.dongchuan.example"
    tid, pid, aid = 1234567, 8806129, 88001
    body: list[str] = []
    heads: list[tuple[str, int]] = []
    br = "<br />\r\n"
    indent = "&nbsp; &nbsp; &nbsp; &nbsp;"
    msg = [f'<i class="pstatus"> {J08_PSTATUS} </i>{br}{br}', f"{esc(J08_OPEN)}{br}{br}"]
    attach = f"""<ignore_js_op>

<img id="aimg_{aid}" aid="{aid}" src="static/image/common/none.gif" zoomfile="data/attachment/forum/201403/06/205512xq2c5kk5c7ifq7fz.jpg" file="data/attachment/forum/201403/06/205512xq2c5kk5c7ifq7fz.jpg" class="zoom" onclick="zoom(this, this.src, 0, 0, 0)" width="600" id="aimg_{aid}" inpost="1" onmouseover="showMenu({{'ctrlid':this.id,'pos':'12'}})" />

<div class="tip tip_4 aimg_tip" id="aimg_{aid}_menu" style="position: absolute; display: none" disautofocus="true">
<div class="xs0">
<p><strong>开幕会.jpg</strong> <em class="xg1">(86.55 KB, 下载次数: 12)</em></p>
<p>
<a href="forum.php?mod=attachment&amp;aid=ODgwMDF8YjNkNzE2ZGJ8MTM5NDI0NTQ1N3wwfDEyMzQ1Njc%3D&amp;nothumb=yes" target="_blank">下载附件</a>

&nbsp;<a href="javascript:;" onclick="zoom($('aimg_{aid}'), 'data/attachment/forum/201403/06/205512xq2c5kk5c7ifq7fz.jpg', 0, 0, '0')">保存到相册</a>

</p>

<p class="xg1 y">{J08_UPLOAD}</p>

</div>
<div class="tip_horn"></div>
</div>

</ignore_js_op>
{br}{br}"""
    msg.append(attach)
    for h1, subs in J08_OUTLINE:
        heads.append((h1, 1))
        msg.append(
            f'<div align="center"><font size="4"><font color="Blue">{esc(h1)}</font></font></div>'
        )
        for h2, refs in subs:
            if h2:
                heads.append((h2, 2))
                msg.append(f'<font color="Red">{esc(h2)}</font>{br}')
            for t in paras(J08_YEAR, refs):
                body.append(t)
                msg.append(f"{indent}{esc(t)}{br}{br}")
    msg.append(esc(J08_CLOSE))
    message = "".join(msg)
    quote = f'<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid={pid}&amp;ptid={tid}" target="_blank"><font color="#999999">{J08_USER} 发表于 2014-3-6 20:58</font></a></font><br />\r\n3月5日上午在单位收看了开幕会直播，晚上把报告里跟咱老百姓日子关系最紧的几段原文摘了出来 ...</blockquote></div><br />'

    def reply(n: int, rpid: int, uid_: int, user: str, when: str, text: str, floor: str) -> str:
        return f"""<div id="post_{rpid}" ><table id="pid{rpid}" class="plhin" summary="pid{rpid}" cellspacing="0" cellpadding="0">
<tr>
<td class="pls" rowspan="2"><div id="favatar{rpid}" class="pls favatar"><div class="pi"><div class="authi"><a href="space-uid-{uid_}.html" target="_blank" class="xw1">{user}</a></div></div><div><div class="avatar"><a href="space-uid-{uid_}.html" class="avtm" target="_blank"><img src="{host}/uc_server/avatar.php?uid={uid_}&amp;size=middle" /></a></div></div><p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid={10 + n}" target="_blank">中级会员</a></em></p></div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid={tid}&amp;pid={rpid}" id="postnum{rpid}"><em>{n}</em><sup>#</sup></a></strong><div class="pti"><div class="authi"><em id="authorposton{rpid}">发表于 {when}</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid={tid}&amp;page=1&amp;authorid={uid_}" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{rpid}">{text}</td></tr></table></div><div id="comment_{rpid}" class="cm"></div></div></div></td></tr>
<tr><td class="plc plm"></td></tr>
<tr><td class="pls"></td><td class="plc" style="overflow:visible;"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid={tid}&amp;reppost={rpid}&amp;extra=page%3D1&amp;page=1">回复</a></em><p><a href="javascript:;" onclick="showWindow('miscreport{rpid}', 'misc.php?mod=report&amp;rtype=post&amp;rid={rpid}&amp;tid={tid}&amp;fid=2', 'get', -1);return false;">举报</a></p></div></div></td></tr>
</table><!-- {floor} --></div>"""

    replies = reply(
        2, pid + 17, 10233, "江畔闲人", "2014-3-6 21:20:45", quote + esc(J08_REPLY), "2F"
    )
    replies += reply(3, pid + 96, 20871, "小城故事多", "2014-3-7 08:03:11", esc(J08_REPLY2), "3F")
    related = "".join(
        f'<li>&#8226;&nbsp;<a href="thread-{tid - 31 * (k + 1)}-1-1.html" title="{esc(t)}" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(
            (
                "两会期间大家最关心哪些话题？",
                "今年的城镇新增就业目标是多少",
                "说说咱东川这几年的变化",
            )
        )
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(J08_SUBJECT)} - {J08_FORUM} -  {J08_BBS} -  Powered by Discuz!</title>
<link href="{host}/thread-{tid}-1-1.html" rel="canonical" />
<meta name="keywords" content="{esc(J08_SUBJECT)}" />
<meta name="description" content="{esc(J08_OPEN[:60])} ,{J08_BBS}" />
<meta name="generator" content="Discuz! X3.2" />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="{host}/" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Q3x" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Q3x" /><script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Q3x', charset = 'gbk', discuz_uid = '0', cookiepre = 'dcbbs_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cDovL2Jicy5kb25nY2h1YW4uZXhhbXBsZS90aHJlYWQtMTIzNDU2Ny0xLTEuaHRtbA==', SITEURL = '{host}/', JSPATH = 'static/js/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="static/js/common.js?Q3x" type="text/javascript"></script>
<script src="static/js/forum.js?Q3x" type="text/javascript"></script>
</head>

<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl">
<div class="wp">
<div class="z"><a href="javascript:;"  onclick="setHomepage('{host}/');">设为首页</a><a href="{host}/"  onclick="addFavorite(this.href, '{J08_BBS}');return false;">收藏本站</a></div>
<div class="y"><a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a></div>
</div>
</div>
<div id="hd">
<div class="wp">
<div class="hdc cl"><h2><a href="./" title="{J08_BBS}"><img src="static/image/common/logo.png" alt="{J08_BBS}" border="0" /></a></h2>
<script src="static/js/logging.js?Q3x" type="text/javascript"></script>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes" onsubmit="return lsSubmit();">
<div class="fastlg cl"><div class="y pns"><table cellspacing="0" cellpadding="0"><tr><td><label for="ls_username">用户名</label></td><td><input type="text" name="username" id="ls_username" class="px vm xg1"  value="用户名/Email" tabindex="901" /></td><td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" tabindex="903" />自动登录</label></td><td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&amp;action=login&amp;viewlostpw=1')">找回密码</a></td></tr><tr><td><label for="ls_password" class="z psw_w">密码</label></td><td><input type="password" name="password" id="ls_password" class="px vm" autocomplete="off" tabindex="902" /></td><td class="fastlg_l"><button type="submit" class="pn vm" tabindex="904" style="width: 75px;"><em>登录</em></button></td><td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">立即注册</a></td></tr></table></div></div>
</form>
</div>
<div id="nv"><ul><li id="mn_portal" ><a href="portal.php" hidefocus="true" title="Portal"  >门户<span>Portal</span></a></li><li class="a" id="mn_forum" ><a href="forum.php" hidefocus="true" title="BBS"  >论坛<span>BBS</span></a></li><li id="mn_N23d5" ><a href="forum-5-1.html" hidefocus="true"  >东川房产</a></li><li id="mn_Nd6e1" ><a href="forum-9-1.html" hidefocus="true"  >东川美食</a></li><li id="mn_home" ><a href="home.php" hidefocus="true" title="Space"  >家园<span>Space</span></a></li></ul></div>
</div>
</div>

<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">{J08_BBS}</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=1">东川茶馆</a> <em>&rsaquo;</em> <a href="forum-2-1.html">{J08_FORUM}</a> <em>&rsaquo;</em> <a href="thread-{tid}-1-1.html">{esc(J08_SUBJECT)}</a></div></div>
<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl "><span class="y pgb"><a href="forum-2-1.html">返回列表</a></span><a id="newspecial" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({{'ctrlid':this.id}})" onclick="showWindow('newthread', 'forum.php?mod=post&amp;action=newthread&amp;fid=2')" href="javascript:;" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a><a id="post_reply" onclick="showWindow('reply', 'forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid={tid}')" href="javascript:;" title="回复"><img src="static/image/common/pn_reply.png" alt="回复" /></a></div>

<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0">
<tr>
<td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">3265</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">2</span></div></td>
<td class="plc ptm pbn vwthd"><div class="y"><a href="forum.php?mod=viewthread&amp;action=printable&amp;tid={tid}" title="打印" target="_blank"><img src="static/image/common/print.png" alt="打印" class="vm" /></a><a href="forum.php?mod=redirect&amp;goto=nextoldset&amp;tid={tid}" title="上一主题"><img src="static/image/common/thread-prev.png" alt="上一主题" class="vm" /></a><a href="forum.php?mod=redirect&amp;goto=nextnewset&amp;tid={tid}" title="下一主题"><img src="static/image/common/thread-next.png" alt="下一主题" class="vm" /></a></div>
<h1 class="ts">
<a href="forum.php?mod=forumdisplay&amp;fid=2&amp;filter=typeid&amp;typeid=13">[{J08_FORUM}]</a>
<span id="thread_subject">{esc(J08_SUBJECT)}</span>
</h1>
<span class="xg1"><a href="thread-{tid}-1-1.html" onclick="return copyThreadUrl(this, '{J08_BBS}')" >[复制链接]</a></span>
</td>
</tr>
</table>

<table cellspacing="0" cellpadding="0" class="ad">
<tr>
<td class="pls"></td>
<td class="plc"></td>
</tr>
</table><div id="post_{pid}" ><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
<td class="pls" rowspan="2">
<div id="favatar{pid}" class="pls favatar">
<div class="pi"><div class="authi"><a href="space-uid-8866.html" target="_blank" class="xw1">{J08_USER}</a></div></div>
<div><div class="avatar"><a href="space-uid-8866.html" class="avtm" target="_blank"><img src="{host}/uc_server/avatar.php?uid=8866&amp;size=middle" /></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&amp;uid=8866&amp;do=thread&amp;type=thread&amp;view=me&amp;from=space" class="xi2">86</a></p>主题</th><th><p><a href="home.php?mod=space&amp;uid=8866&amp;do=thread&amp;type=reply&amp;view=me&amp;from=space" class="xi2">1502</a></p>帖子</th><td><p><a href="home.php?mod=space&amp;uid=8866&amp;do=profile" class="xi2">5836</a></p>积分</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=14" target="_blank">金牌会员</a></em></p>
</div>
</td>
<td class="plc">
<div class="pi">
<div id="fj" class="y"><label class="z">电梯直达</label><input type="text" class="px p_fre z" size="2" onkeyup="$('fj_btn').href='forum.php?mod=redirect&amp;ptid={tid}&amp;authorid=0&amp;postno='+this.value" title="跳转到指定楼层" /><a href="javascript:;" id="fj_btn" class="z" title="跳转到指定楼层"><img src="static/image/common/fj_btn.png" alt="跳转到指定楼层" class="vm" /></a></div>
<strong><a href="thread-{tid}-1-1.html" id="postnum{pid}" onclick="setCopy(this.href, '帖子地址复制成功');return false;">楼主</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif" /><em id="authorposton{pid}">发表于 2014-3-6 20:58:12</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid={tid}&amp;page=1&amp;authorid=8866" rel="nofollow">只看该作者</a><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid={tid}&amp;from=album">只看大图</a><span class="pipe show">|</span><a href="forum.php?mod=viewthread&amp;tid={tid}&amp;extra=page%3D1&amp;ordertype=1" class="show">倒序浏览</a></div></div>
</div><div class="pct"><style type="text/css">.pcb{{margin-right:0}}</style><div class="pcb">
<div class="a_pt"><a href="{host}/plugin.php?id=ad&amp;aid=31" target="_blank">{esc(J08_AD)}</a></div>
<div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{message}</td></tr></table>


</div>
<div id="comment_{pid}" class="cm">
</div>

<h3 class="psth xs1"><span class="icon_ring vm"></span>评分</h3>
<dl id="ratelog_{pid}" class="rate">
<dd style="margin:0">
<div id="post_rate_{pid}"></div>
<table class="ratl">
<tr>
<th class="xw1" width="120"><a href="forum.php?mod=misc&amp;action=viewratings&amp;tid={tid}&amp;pid={pid}" onclick="showWindow('viewratings', this.href)" title="查看全部评分"> 参与人数 <span class="xi1">2</span></a></th>
<th class="xw1" width="80">威望 <i><span class="xi1">+4</span></i></th>
<th><a href="javascript:;" onclick="toggleRatelogCollapse('ratelog_{pid}', this);" class="y xi2 op">收起</a><i class="txt_h">理由</i></th>
</tr>
<tbody class="ratl_l">
<tr id="rate_{pid}_10233"><td><a href="home.php?mod=space&amp;uid=10233" target="_blank"><img src="{host}/uc_server/avatar.php?uid=10233&amp;size=small" /></a> <a href="home.php?mod=space&amp;uid=10233" target="_blank">江畔闲人</a></td><td class="xi1"> + 2</td><td class="xg1">{esc(J08_RATE_REASON)}</td></tr>
<tr id="rate_{pid}_20871"><td><a href="home.php?mod=space&amp;uid=20871" target="_blank"><img src="{host}/uc_server/avatar.php?uid=20871&amp;size=small" /></a> <a href="home.php?mod=space&amp;uid=20871" target="_blank">小城故事多</a></td><td class="xi1"> + 2</td><td class="xg1">赞一个!</td></tr>
</tbody>
</table>
<p class="ratc"><a href="forum.php?mod=misc&amp;action=viewratings&amp;tid={tid}&amp;pid={pid}" onclick="showWindow('viewratings', this.href)" title="查看全部评分" class="xi2">查看全部评分</a></p>
</dd>
</dl>
</div>
</div>
</td></tr>
<tr><td class="plc plm">
<div class="sign" style="max-height:100px;maxHeightIE:100px;">{esc(J08_SIGN)}</div>
</td>
</tr>
<tr id="_postposition{pid}"></tr>
<tr>
<td class="pls"></td>
<td class="plc" style="overflow:visible;">
<div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid={tid}&amp;reppost={pid}&amp;extra=page%3D1&amp;page=1" onclick="showWindow('reply', this.href)">回复</a></em><p><a href="javascript:;" id="mgc_post_{pid}" onmouseover="showMenu(this.id)" class="showmenu">使用道具</a><a href="javascript:;" onclick="showWindow('miscreport{pid}', 'misc.php?mod=report&amp;rtype=post&amp;rid={pid}&amp;tid={tid}&amp;fid=2', 'get', -1);return false;">举报</a></p></div></div>
</td>
</tr>
<tr class="ad"><td class="pls"></td><td class="plc"></td></tr>
</table></div>
{replies}
<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
</div>

<div class="mtw mbw"><h3 class="pbm mbm bbda">相关帖子</h3><ul class="xl xl2 cl">{related}</ul></div>

<div class="pgs mtm mbm cl"><span class="pgb y"><a href="forum-2-1.html">返回列表</a></span></div>

<div id="f_pst" class="pl bm bmw"><form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=2&amp;tid={tid}&amp;extra=page%3D1&amp;replysubmit=yes&amp;infloat=yes&amp;handlekey=fastpost"><table cellspacing="0" cellpadding="0"><tr><td class="pls"></td><td class="plc"><div class="tedt mtn"><div class="area"><div class="pt hm">{J08_LOGIN} <a href="member.php?mod=logging&amp;action=login" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册</a></div></div></div></td></tr></table></form></div>
</div>
</div>

<div id="ft" class="wp cl">
<div id="flk" class="y"><p><a href="archiver/" >Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&amp;action=showdarkroom" >小黑屋</a><span class="pipe">|</span><strong><a href="{host}/" target="_blank">{J08_BBS}</a></strong> ( 东ICP备09012345号 )</p><p class="xs0">GMT+8, 2014-3-8 10:26<span id="debuginfo">, Processed in 0.086420 second(s), 21 queries , Gzip On, Memcache On.</span></p></div>
<div id="frt"><p>Powered by <strong>Discuz!</strong> <em>X3.2</em></p></div>
</div>
<script src="home.php?mod=misc&amp;ac=sendmail&amp;rand=1394245560" type="text/javascript"></script>
<div id="scrolltop"><span hidefocus="true"><a title="返回顶部" onclick="window.scrollTo('0','0')" class="scrolltopa" ><b>返回顶部</b></a></span><span><a href="forum-2-1.html" hidefocus="true" class="returnlist" title="返回列表"><b>返回列表</b></a></span></div>
</body>
</html>
"""
    raw = page.encode("gbk")
    assert raw.decode("gbk") == page
    path.write_bytes(raw)
    return make_gold(
        page,
        J08_SUBJECT,
        heads,
        body,
        (0, 2, 3, 5, 6, 7),
        [
            J08_PSTATUS,
            J08_AD,
            J08_UPLOAD,
            "(86.55 KB, 下载次数: 12)",
            J08_RATE_REASON,
            J08_SIGN,
            J08_REPLY,
            J08_REPLY2,
            J08_LOGIN,
            "Powered by Discuz! X3.2",
        ],
        "a Discuz! X3.2 forum thread (forum, users made up), GBK: the title is the "
        "subject in span#thread_subject, without the [学习交流] category link printed "
        "before it in h1.ts (also in the breadcrumb and <title>); the 查看/回复 counts, "
        "the poster column, 发表于/只看该作者 and 电梯直达 are not body; the first post's "
        "td.t_f is the text: the i.pstatus 本帖最后由…编辑 line (must_not_have), the "
        "poster's own opening line (收看了开幕会直播…) and closing line (…顶一下！) are "
        "his words around the excerpts, unscored; the attachment picture's hidden tip "
        "(下载附件, size, 上传 time) is not body; the report paragraphs are "
        "<br>-separated lines indented by &nbsp;; the four level-1 heads (一、…) are "
        '<div align="center"><font size="4"><font color="Blue"> lines with no bold, and '
        'the six level-2 heads 关于…： are only red (<font color="Red">) on a line of '
        "their own, ending in a colon, not run into the paragraph below (四、 has no "
        "level-2 head); the 帖内广告 link above the text, the 评分 log (its <h3> not a "
        "heading), the signature, 回复/举报, the two replies (one quoting the opening), "
        "相关帖子, the login prompt and the footer are not body",
    )


# ------------------------------------------ j09 industry media on a DedeCMS template

J09_YEAR = 2015
J09_SITE = "东川能源网"
J09_TITLE = "政府工作报告释放能源领域六大信号"
J09_INTRO = "今年的政府工作报告在节能减排、能源生产和消费革命、价格改革、投融资体制改革、国企改革和装备走出去等方面释放出一系列信号，能源行业将迎来新一轮改革发展机遇。"
J09_LEAD = "东川能源网讯（记者 周启明）3月5日，十二届全国人大三次会议在北京开幕。记者梳理发现，今年的政府工作报告多处涉及能源领域，释放出六大信号。"
J09_RELATED = "【相关阅读】两会代表委员建言：加快推进电力体制改革"
J09_AD = "2015东川国际储能技术展览会　4月16日至18日　东川国际会展中心　立即免费预登记"
J09_ORIGINAL = "本文系东川能源网原创稿件，转载请注明出处。"
J09_QR = "扫码关注“东川能源”微信公众号，获取更多行业资讯"
J09_EDITOR = "（责任编辑：许文博）"
J09_PREV = "全国政协委员：储能产业亟需顶层设计"
J09_NEXT = "东川电网今年计划投资86亿元"
J09_COMMENT = "信号很明确，价格改革和投融资改革对行业影响最大。"
J09_COPY = "Copyright © 2009-2015 东川能源网 版权所有"
# (head, paragraphs); the related-reading line comes after the head index 3's paragraph
# and the ad box after head index 1's
J09_OUTLINE: tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...] = (
    ("【信号一】节能减排和环境治理要打攻坚战", (("五、", 7, 4),)),
    ("【信号二】推进能源生产和消费革命", (("五、", 8, 0), ("四、", 11, 3))),
    ("【信号三】价格改革向能源领域纵深推进", (("三、", 4, 0),)),
    ("【信号四】投融资体制改革为项目松绑", (("三、", 3, 0),)),
    ("【信号五】国企国资改革分类推进", (("三、", 7, 0),)),
    ("【信号六】能源装备加快走出去", (("三、", 12, 0), ("四、", 10, 3))),
)


def build_dede_industry(path: Path) -> Gold:
    host = "http://www.dcenergy.example"
    aid = 18620
    body = [J09_LEAD]
    heads: list[tuple[str, int]] = []

    def p(inner: str, attrs: str = "") -> str:
        return f"<p{attrs}>\r\n\t{inner}</p>"

    ind = "&nbsp;&nbsp;&nbsp;&nbsp;"
    parts = [p(ind + esc(J09_LEAD))]
    for k, (head, refs) in enumerate(J09_OUTLINE):
        heads.append((head, 1))
        parts.append(p(esc(head)))
        for t in paras(J09_YEAR, refs):
            body.append(t)
            parts.append(p(ind + esc(t)))
        if k == 1:
            parts.append(
                f'<div class="ad-inline" style="margin:12px 0;padding:8px;border:1px solid #e5e5e5;"><a href="http://ad.dcenergy.example/c.php?id=207&amp;aid={aid}" target="_blank" rel="nofollow"><img src="/uploads/allimg/ad/cnes2015_640x80.jpg" width="640" height="80" alt="" /></a><p class="ad-txt" style="font-size:12px;color:#999;margin:4px 0 0;"><span class="ad-tag" style="border:1px solid #ccc;padding:0 3px;">推广</span> {esc(J09_AD)}</p></div>'
            )
        if k == 3:
            label, title = J09_RELATED.split("】", 1)
            parts.append(
                p(
                    f'{esc(label)}】<a href="/news/hyyw/2015/0304/{aid - 43}.html" target="_blank">{esc(title)}</a>'
                )
            )
    parts.append(p(ind + esc(J09_ORIGINAL)))
    parts.append(
        p(
            '<img alt="" src="/uploads/allimg/150305/1-150305091R40-L.jpg" style="width: 200px; height: 200px;" />',
            ' style="text-align: center;"',
        )
    )
    parts.append(p(esc(J09_QR), ' style="text-align: center;"'))
    parts.append(p(esc(J09_EDITOR), ' style="text-align: right;"'))
    content = "\r\n".join(parts)
    nav = "".join(
        f"<li><a href='/{u}/'>{t}</a></li>"
        for u, t in (
            ("news", "新闻中心"),
            ("news/hyyw", "行业要闻"),
            ("dianli", "电力"),
            ("xinnengyuan", "新能源"),
            ("chuneng", "储能"),
            ("zhengce", "政策法规"),
            ("shuju", "数据"),
            ("zhanhui", "展会"),
        )
    )

    def box(name: str, items: tuple[str, ...], base_id: int) -> str:
        lis = "".join(
            f'<li><a href="/news/hyyw/2015/030{5 - k % 3}/{base_id + 11 * k}.html">{esc(t)}</a></li>'
            for k, t in enumerate(items)
        )
        return f"<dl class='tbox light'><dt class='light'><strong>{name}</strong></dt><dd class='light'><ul class='c1 ico2'>{lis}</ul></dd></dl>"

    right = box(
        "推荐内容",
        ("光伏扶贫工程今年在东川全面铺开", "储能示范项目名单公布", "东川风电装机突破500万千瓦"),
        aid - 200,
    ) + box(
        "热点内容",
        ("一季度全社会用电量数据解读", "售电侧改革试点进展", "新能源汽车充电设施建设提速"),
        aid - 120,
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(J09_TITLE)}_行业要闻_{J09_SITE}</title>
<meta name="keywords" content="政府工作报告,能源革命,节能减排,价格改革" />
<meta name="description" content="{esc(J09_INTRO)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(J09_TITLE)}" />
<meta property="og:url" content="{host}/news/hyyw/2015/0306/{aid}.html" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script language="javascript" type="text/javascript">
<!--
function CheckLogin(){{
  var taget_obj = document.getElementById('_ajax_feedback');
  myajax = new DedeAjax(taget_obj,false,false,'','','');
  myajax.SendGet2("/member/ajax_feedback.php");
  DedeXHTTP = null;
}}
function postBadGood(ftype,fid)
{{
	var taget_obj = document.getElementById(ftype+fid);
	var saveid = GetCookie('badgoodid');
	if(saveid != null)
	{{
		var saveids = saveid.split(',');
		var hasid = false;
		saveid = '';
		j = 1;
		for(i=saveids.length-1;i>=0;i--)
		{{
			if(saveids[i]==fid && hasid) continue;
			else {{
				if(saveids[i]==fid && !hasid) hasid = true;
				saveid += (saveid=='' ? saveids[i] : ','+saveids[i]);
				j++;
				if(j==20 && hasid) break;
				if(j==19 && !hasid) break;
			}}
		}}
		if(hasid) {{ alert("您刚才已表决过了喔！"); return; }}
		else saveid += ','+fid;
		SetCookie('badgoodid',saveid,1);
	}}
	else
	{{
		SetCookie('badgoodid',fid,1);
	}}
	myajax = new DedeAjax(taget_obj,false,false,'','','');
	myajax.SendGet2("/plus/feedback.php?aid="+fid+"&action="+ftype+"&fid="+fid);
}}
-->
</script>
</head>
<body class="articleview">
<div class="header_top">
<div class="w960 center"><span id="time" class="time">东川能源网——能源行业资讯门户</span><div class="toplinks"><a href="/plus/heightsearch.php" target="_blank">高级搜索</a>|<a href="/data/sitemap.html" target="_blank">网站地图</a>|<a href="/tags.php">TAG标签</a>|<a href="/data/rssmap.html" class="rss">RSS订阅</a></div></div>
</div>
<div class="header">
<div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="{J09_SITE}"/></a></h1></div></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul><li><a href='/'><span>主页</span></a></li>{nav}</ul></div>
<div class="search"><form name="formsearch" action="/plus/search.php"><div class="form"><h4>搜索</h4><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." onfocus="if(this.value=='在这里搜索...'){{this.value='';}}" onblur="if(this.value==''){{this.value='在这里搜索...';}}" /><button type="submit" class="search-submit">搜索</button></div></form></div>
</div>
</div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/news/'>新闻中心</a> > <a href='/news/hyyw/'>行业要闻</a> > </div>
<div class="viewbox">
<div class="title"><h2>{esc(J09_TITLE)}</h2></div>
<div class="info"><small>时间:</small>2015-03-06 09:21<small>来源:</small>东川能源网 <small>作者:</small>周启明 <small>点击:</small><script src="/plus/count.php?view=yes&aid={aid}&mid=1" type='text/javascript' language="javascript"></script>次</div>
<div class="intro">{esc(J09_INTRO)}</div>
<div class="content">
<table width='100%'>
<tr>
<td>
<div id="contentMidPicAD" style="float:right; clear:both; top:0; vertical-align:top;"><script src='/plus/ad_js.php?aid=2' language='javascript'></script></div>
{content}
</td>
</tr>
</table>
</div>
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle">
<div class="context"><ul><li>上一篇：<a href='/news/hyyw/2015/0305/{aid - 9}.html'>{esc(J09_PREV)}</a> </li><li>下一篇：<a href='/news/hyyw/2015/0306/{aid + 4}.html'>{esc(J09_NEXT)}</a> </li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid={aid}" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid={aid}&title={esc(J09_TITLE)}" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid={aid}" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div>
</div>
</div>
<div class="newarticle">最新评论</div>
<div class="dede_comment">
<form action="#" method="post" name="feedback">
<input type="hidden" name="dopost" value="send" /><input type="hidden" name="comtype" value="comments"><input type="hidden" name="aid" value="{aid}" /><input type="hidden" name="fid" id='feedbackfid' value="0" />
<div class="dcmp-title"><small>请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。</small></div>
<div class="dcmp-stand"><strong>评价:</strong><input type="radio" name="feedbacktype" checked="1" value="feedback" id="dcmp-stand-neu" /><label for="dcmp-stand-neu"><img src="/templets/images/cmt-neu.gif" />中立</label><input type="radio" name="feedbacktype" value="good" id="dcmp-stand-good" /><label for="dcmp-stand-good"><img src="/templets/images/cmt-good.gif" />好评</label><input type="radio" name="feedbacktype" value="bad" id="dcmp-stand-bad" /><label for="dcmp-stand-bad"><img src="/templets/images/cmt-bad.gif" />差评</label></div>
<div class="dcmp-content"><textarea cols="60" name="msg" rows="5" class="ipt-txt"></textarea></div>
<div class="dcmp-post"><div class="dcmp-userinfo" id="_ajax_feedback">验证码:<input type="text" name="validate" size="4" class="ipt-txt" style="text-transform:uppercase;"/><img src= "/include/vdimgck.php" id="validateimg" style="cursor:pointer" onclick="this.src=this.src+'?'" title="点击我更换图片" alt="点击我更换图片" /><input type="checkbox" name="notuser" id="dcmp-submit-guest" /><label for="dcmp-submit-guest" />匿名? </label></div><div class="dcmp-submit"><button type="submit">发表评论</button></div></div>
</form>
<dl class="tbox"><dt><strong>最新评论</strong><span class="more"><a href="/plus/feedback.php?aid={aid}">进入详细评论页&gt;&gt;</a></span></dt><dd><ul><li><div class="title"><strong>东川网友 [222.173.*.*]</strong><span>2015-03-06 10:47</span></div><div class="detail">{esc(J09_COMMENT)}</div></li></ul></dd></dl>
</div>
</div>
<div class="pright">{right}</div>
</div>
<div class="footer w960 center mt1 clear"><div class="footer_body"><p class="powered">Powered by <strong>DedeCMS</strong> &copy; 2004-2015</p><div class="copyright">{esc(J09_COPY)}　东ICP备10023456号</div></div></div>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        J09_TITLE,
        heads,
        body,
        (0, 2, 4, 5, 7, 8),
        [
            "作者:周启明",
            J09_AD,
            J09_RELATED,
            J09_ORIGINAL,
            J09_QR,
            J09_EDITOR,
            "上一篇：" + J09_PREV,
            J09_COMMENT,
            J09_COPY,
        ],
        "an energy-industry news site on a DedeCMS-like template (site, reporter made "
        "up): the title is the <h2> in div.title (the <h1> is the logo; also <title> "
        "before _行业要闻_… and og:title); the 时间/来源/作者/点击 line is not body; the "
        "div.intro 导读 sums the article up in the editor's words: unscored (neither "
        "body nor boilerplate); in the div.content table cell the paragraphs are CKEditor "
        "<p>s indented by four &nbsp;: the dateline lead (written here) is body; the six "
        "heads 【信号一】… to 【信号六】… are plain <p>s, not bold, not centred, only "
        "without the indent, all level 1 (the bracketed label is part of the head); the "
        "【相关阅读】 line after 信号四's paragraph looks like them but is a link to "
        "another article (not a head, not body); the ad box tagged 推广 after 信号二 is "
        "not body; after the text the 本文系…原创 line, the QR picture with its 扫码关注 "
        "line and （责任编辑：…） are furniture, not body; the 分隔线, 上一篇/下一篇, "
        "收藏/挑错/推荐/打印, the comment form and comment, the right-column boxes and the "
        "footer are not body",
    )


# -------------------------------------------- j10 company news on WordPress + Jetpack

J10_YEAR = 2017
J10_CO = "东川精工"
J10_TITLE = "公司组织干部职工集中学习2017年政府工作报告"
J10_LEAD = "3月7日下午，公司党委组织中层以上干部和部分一线职工代表在总部三楼会议室集中学习十二届全国人大五次会议上的政府工作报告。学习会上，大家逐段研读了报告中与制造业企业关系密切的内容，现将学习要点整理如下。"
J10_CREDIT = "（文/品牌部 吴思源　图/行政部 黄立）"
J10_QR = "长按识别二维码，关注东川精工官方微信"
J10_PREV = "公司荣获2016年度东川市质量奖"
J10_NEXT = "东川精工2017年春季校园招聘启动"
J10_COMMENT = "学习很及时，降成本和补短板两部分对我们车间很有启发。"
# (h5 head, paragraphs under it, [(h6 head, paragraphs)])
J10_OUTLINE: tuple[
    tuple[
        str,
        tuple[tuple[str, int, int], ...],
        tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...],
    ],
    ...,
] = (
    ("学习要点一：把握今年发展的主要预期目标", (("二、", 1, 0), ("二、", 2, 0)), ()),
    (
        "学习要点二：以创新引领实体经济转型升级",
        (("（四）", 0, 0),),
        (
            ("提升科技创新能力", (("（四）", 1, 4),)),
            ("加快培育壮大新兴产业", (("（四）", 2, 0),)),
            ("大力改造提升传统产业", (("（四）", 3, 4),)),
        ),
    ),
    (
        "学习要点三：深化重要领域和关键环节改革",
        (),
        (
            ("继续推进财税体制改革", (("（二）", 1, 0),)),
            ("深入推进国企国资改革", (("（二）", 2, 4),)),
        ),
    ),
    ("学习要点四：积极主动扩大对外开放", (("（六）", 1, 0), ("（六）", 2, 0)), ()),
)


def build_wp_company(path: Path) -> Gold:
    host = "https://www.dcjinggong.example"
    post_id = 2386
    url = f"{host}/2017/03/08/study-gwr-2017/"
    body = [J10_LEAD]
    heads: list[tuple[str, int]] = []
    parts = [f"<p>{esc(J10_LEAD)}</p>"]
    for h5, direct, subs in J10_OUTLINE:
        heads.append((h5, 1))
        parts.append(f"<h5>{esc(h5)}</h5>")
        for t in paras(J10_YEAR, direct):
            body.append(t)
            parts.append(f"<p>{esc(t)}</p>")
        for h6, refs in subs:
            heads.append((h6, 2))
            parts.append(f"<h6>{esc(h6)}</h6>")
            for t in paras(J10_YEAR, refs):
                body.append(t)
                parts.append(f"<p>{esc(t)}</p>")
    parts.append(f'<p><span style="color: #999999;">{esc(J10_CREDIT)}</span></p>')
    parts.append(
        f'<p style="text-align: center;"><img class="aligncenter size-full wp-image-{post_id - 11}" src="{host}/wp-content/uploads/2017/03/wx-qrcode.jpg" alt="" width="258" height="258" srcset="{host}/wp-content/uploads/2017/03/wx-qrcode.jpg 258w, {host}/wp-content/uploads/2017/03/wx-qrcode-150x150.jpg 150w" sizes="(max-width: 258px) 100vw, 258px" /><br />\n{esc(J10_QR)}</p>'
    )
    parts.append(
        f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">分享此文：</h3><div class="sd-content"><ul><li class="share-jetpack-whatsapp"><a rel="nofollow noopener noreferrer" data-shared="" class="share-jetpack-whatsapp sd-button share-icon" href="{url}?share=jetpack-whatsapp" target="_blank" title="单击以分享到微信"><span>微信</span></a></li><li class="share-weibo"><a rel="nofollow noopener noreferrer" data-shared="sharing-weibo-{post_id}" class="share-weibo sd-button share-icon" href="{url}?share=weibo" target="_blank" title="单击以分享到微博"><span>微博</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print sd-button share-icon" href="{url}#print" target="_blank" title="单击以打印"><span>打印</span></a></li><li class="share-end"></li></ul></div></div></div><div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-120487733-{post_id}-58bf7c2a1d3e4' data-src='https://widgets.wp.example/likes/#blog_id=120487733&amp;post_id={post_id}&amp;origin=www.dcjinggong.example&amp;obj_id=120487733-{post_id}-58bf7c2a1d3e4' data-name='like-post-frame-120487733-{post_id}-58bf7c2a1d3e4'><h3 class="sd-title">赞过：</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>赞</span></span> <span class="loading">正在加载……</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>
<div id='jp-relatedposts' class='jp-relatedposts' >
	<h3 class="jp-relatedposts-headline"><em>相关</em></h3>
</div>"""
    )
    content = "\n".join(parts)
    comments = "".join(
        f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.example/avatar/{uid("j10", cid)[:32]}?s=100&#038;d=mm&#038;r=g" class="avatar avatar-100 photo" height="100" width="100" /><b class="fn">{who}</b><span class="says">说道：</span></div><div class="comment-metadata"><a href="{url}#comment-{cid}"><time datetime="{iso}">{when}</time></a></div></footer><div class="comment-content"><p>{esc(text)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond" aria-label="回复给{who}">回复</a></div></article></li>'
        for cid, who, iso, when, text in (
            (
                58,
                "机加车间 陈工",
                "2017-03-08T18:21:09+08:00",
                "2017年3月8日 下午6:21",
                J10_COMMENT,
            ),
            (
                59,
                "质量部 刘敏",
                "2017-03-09T08:47:33+08:00",
                "2017年3月9日 上午8:47",
                "报告里提到的质量品牌建设，正是我们今年的重点工作。",
            ),
            (
                61,
                "销售部 郑凯",
                "2017-03-09T13:05:50+08:00",
                "2017年3月9日 下午1:05",
                "扩大开放那部分对我们的出口订单是利好。",
            ),
        )
    )
    recent = "".join(
        f'<li><a href="{host}/2017/0{2 + (k == 0)}/{10 + 7 * k:02d}/news-{post_id - 3 * (k + 1)}/">{esc(t)}</a></li>'
        for k, t in enumerate(
            (J10_PREV, "公司召开2017年度安全生产工作会议", "新厂区二期工程顺利封顶")
        )
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN" class="no-js no-svg">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<script>(function(html){{html.className = html.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);</script>
<title>{esc(J10_TITLE)} &#8211; {J10_CO}</title>
<link rel='dns-prefetch' href='//fonts.googleapis.example' />
<link rel="alternate" type="application/rss+xml" title="{J10_CO} &raquo; Feed" href="{host}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{J10_CO} &raquo; {esc(J10_TITLE)}评论Feed" href="{url}feed/" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(J10_TITLE)} &#8211; {J10_CO}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{J10_CO}" />
<meta property="article:published_time" content="2017-03-08T09:30:12+00:00" />
<meta name="twitter:card" content="summary" />
<link rel='stylesheet' id='twentyseventeen-style-css'  href='{host}/wp-content/themes/twentyseventeen/style.css?ver=4.7.3' type='text/css' media='all' />
<link rel='stylesheet' id='jetpack_css-css'  href='{host}/wp-content/plugins/jetpack/css/jetpack.css?ver=4.7' type='text/css' media='all' />
<script type='text/javascript' src='{host}/wp-includes/js/jquery/jquery.js?ver=1.12.4'></script>
<link rel="canonical" href="{url}" />
<link rel='shortlink' href='{host}/?p={post_id}' />
<meta name="generator" content="WordPress 4.7.3" />
</head>

<body class="post-template-default single single-post postid-{post_id} single-format-standard has-sidebar colors-light">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">跳至内容</a>
	<header id="masthead" class="site-header" role="banner">
		<div class="custom-header"><div class="site-branding"><div class="wrap"><div class="site-branding-text"><p class="site-title"><a href="{host}/" rel="home">{J10_CO}</a></p><p class="site-description">精密制造　品质东川</p></div></div></div></div>
		<div class="navigation-top"><div class="wrap"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label="顶部菜单"><div class="menu-top-container"><ul id="top-menu" class="menu"><li class="menu-item"><a href="{host}/">首页</a></li><li class="menu-item"><a href="{host}/about/">关于我们</a></li><li class="menu-item current-post-ancestor"><a href="{host}/category/news/">公司新闻</a></li><li class="menu-item"><a href="{host}/products/">产品中心</a></li><li class="menu-item"><a href="{host}/join/">人才招聘</a></li><li class="menu-item"><a href="{host}/contact/">联系我们</a></li></ul></div></nav></div></div>
	</header>
	<div class="site-content-contain">
		<div id="content" class="site-content">
<div class="wrap">
	<div id="primary" class="content-area">
		<main id="main" class="site-main" role="main">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard hentry category-news tag-study tag-gwr">
	<header class="entry-header">
		<div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">发布于</span> <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="2017-03-08T09:30:12+00:00">2017年3月8日</time></a></span><span class="byline"> 作者 <span class="author vcard"><a class="url fn n" href="{host}/author/brand/">品牌部</a></span></span><span class="comments-link"> | <a href="{url}#comments">3条评论</a></span></div>
		<h1 class="entry-title">{esc(J10_TITLE)}</h1>
	</header>
	<div class="entry-content">
{content}
	</div>
	<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links"><span class="screen-reader-text">分类</span><a href="{host}/category/news/" rel="category tag">公司新闻</a></span><span class="tags-links"><span class="screen-reader-text">标签</span><a href="{host}/tag/study/" rel="tag">学习</a>、<a href="{host}/tag/gwr/" rel="tag">政府工作报告</a></span></span></footer>
</article>

<div id="comments" class="comments-area">
	<h2 class="comments-title">《{esc(J10_TITLE)}》有3条评论</h2>
	<ol class="comment-list">{comments}</ol>
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">发表评论 <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">取消回复</a></small></h3>
		<form action="{host}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">电子邮件地址不会被公开。</span> 必填项已用<span class="required">*</span>标注</p><p class="comment-form-comment"><label for="comment">评论</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" aria-required="true" required="required"></textarea></p><p class="comment-form-author"><label for="author">姓名 <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" aria-required='true' required='required' /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论" /> <input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' /></p></form>
	</div>
</div>

	<nav class="navigation post-navigation" role="navigation">
		<h2 class="screen-reader-text">文章导航</h2>
		<div class="nav-links"><div class="nav-previous"><a href="{host}/2017/03/02/news-{post_id - 3}/" rel="prev"><span class="screen-reader-text">上一篇文章</span><span aria-hidden="true" class="nav-subtitle">上一篇</span> <span class="nav-title">{esc(J10_PREV)}</span></a></div><div class="nav-next"><a href="{host}/2017/03/10/news-{post_id + 4}/" rel="next"><span class="screen-reader-text">下一篇文章</span><span aria-hidden="true" class="nav-subtitle">下一篇</span> <span class="nav-title">{esc(J10_NEXT)}</span></a></div></div>
	</nav>
		</main>
	</div>
<aside id="secondary" class="widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{host}/"><label for="search-form-58bf"><span class="screen-reader-text">搜索：</span></label><input type="search" id="search-form-58bf" class="search-field" placeholder="搜索&hellip;" value="" name="s" /><button type="submit" class="search-submit"><span class="screen-reader-text">搜索</span></button></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul>{recent}</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">分类目录</h2><ul><li class="cat-item"><a href="{host}/category/news/">公司新闻</a></li><li class="cat-item"><a href="{host}/category/industry/">行业动态</a></li></ul></section>
</aside>
</div>
		</div>
		<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap"><div class="site-info">版权所有 &copy; 2017 东川精工科技股份有限公司　东ICP备12034567号-1 | 自豪地采用WordPress</div></div></footer>
	</div>
</div>
<script type='text/javascript' src='{host}/wp-content/plugins/jetpack/_inc/build/related-posts/related-posts.min.js?ver=20150408'></script>
<script type='text/javascript' src='{host}/wp-content/plugins/jetpack/modules/likes/queuehandler.js?ver=4.7'></script>
<script type='text/javascript' src='{host}/wp-includes/js/wp-embed.min.js?ver=4.7.3'></script>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        J10_TITLE,
        heads,
        body,
        (0, 2, 4, 6, 8, 10),
        [
            "3条评论",
            J10_CREDIT,
            J10_QR,
            "分享此文：",
            "赞过：赞 正在加载……",
            J10_COMMENT,
            "电子邮件地址不会被公开。",
            "上一篇 " + J10_PREV,
            "版权所有 © 2017 东川精工科技股份有限公司",
        ],
        "a company's news post on WordPress 4.7 (Twenty Seventeen-like theme) with "
        "Jetpack (company, people made up): the title is h1.entry-title (also <title> "
        "and og:title, both with – 东川精工); the site title is a <p>; the 发布于/作者/"
        "3条评论 meta line is not body; in div.entry-content the first paragraph (the "
        "lead, written here) is body; the editor's only heads are four <h5> 学习要点…"
        "(level 1) and five <h6> (level 2, under 要点二 and 要点三): the article's top "
        "level is <h5> whatever the tag; the credit line （文/…图/…） and the QR picture "
        "with its 长按识别二维码 line are furniture at the end of the text (not body); "
        "then, still inside entry-content as Jetpack appends them to the post, the "
        "分享此文： sharing box, the 赞过： likes box (正在加载……) and the related-posts "
        "block, each with an <h3> (分享此文：/赞过：/相关): not headings, not body; the "
        "entry footer (分类/标签), the comments with the <h2> 《…》有3条评论 and the "
        "<h3> 发表评论 form, 文章导航 (<h2>) with 上一篇/下一篇, the sidebar widgets (<h2> "
        "近期文章/分类目录) and the footer are not headings and not body",
    )


# --------------------------------------- j11 Q&A question page (百度知道-like, GB2312)

J11_YEAR = 2013
J11_SITE = "东知问答"
J11_QUESTION = "2013年政府工作报告对今年政府工作提出了哪些建议？"
J11_UNFOLD = "展开全部"
J11_OPEN_HEAD = "报告第三部分“对今年政府工作的建议”主要讲了四个方面，下面按顺序摘录原文，先看今年的主要预期目标。"
J11_CLOSE = "以上内容摘自2013年政府工作报告原文，望采纳！"
J11_RECOMMEND = "本回答由提问者推荐"
J11_EVAL = "你对这个回答的评价是？"
J11_CARD = "采纳率：96%　擅长：宏观经济　财政税收　公共政策"
J11_APP = "下载东知问答APP，抢鲜体验"
J11_APP2 = "使用东知问答APP，立即抢鲜体验。你的手机镜头里或许有别人想知道的答案。"
J11_AD = "东川代理记账 小规模纳税人代账每月200元起 免费核名"
J11_OTHER = "政府网站上有报告全文，可以直接去看原文，写得很清楚。"
# (head, paragraphs)
J11_OUTLINE: tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...] = (
    ("1、关于加快转变经济发展方式：", (("（一）", 1, 0), ("（一）", 2, 4))),
    ("2、关于强化农业农村发展基础：", (("（二）", 0, 4), ("（二）", 1, 0))),
    ("3、关于保障和改善民生：", (("（三）", 1, 0), ("（三）", 2, 0), ("（三）", 7, 0))),
    ("4、关于深化改革开放：", (("（四）", 1, 3), ("（四）", 3, 0))),
)


def build_qa_page(path: Path) -> Gold:
    host = "https://wenda.dongzhi.example"
    qid, rid = 527618390, 1802533091
    first = texts(J11_YEAR, (("二、", 3),))[0]
    body = [first]
    heads: list[tuple[str, int]] = []
    answer = [
        f'<div class="wgt-best-mask"><div class="wgt-best-showbtn">{J11_UNFOLD}<span class="wgt-best-arrowdown"></span></div></div>',
        f"<p>{esc(J11_OPEN_HEAD)}</p>",
        f"<p>{esc(first)}</p>",
    ]
    for head, refs in J11_OUTLINE:
        heads.append((head, 1))
        answer.append(f"<p>{esc(head)}</p>")
        for t in paras(J11_YEAR, refs):
            body.append(t)
            answer.append(f"<p>{esc(t)}</p>")
    answer.append(f"<p>{esc(J11_CLOSE)}</p>")
    best = "\n".join(answer)
    recommend = "".join(
        f'<li><a href="{host}/question/{qid - 7919 * (k + 1)}.html" target="_blank">{esc(t)}</a><span class="f-aid">{n}个回答</span></li>'
        for k, (t, n) in enumerate(
            (
                ("2013年国内生产总值预期增长目标是多少？", 3),
                ("政府工作报告一般包括哪几个部分？", 5),
                ("什么是积极的财政政策和稳健的货币政策？", 2),
            )
        )
    )
    searches = "".join(
        f'<a href="{host}/search?word={k}" target="_blank">{t}</a>'
        for k, t in enumerate(("政府工作报告", "2013年两会", "预期目标", "城镇化", "民生"))
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="gb2312" />
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="referrer" content="always" />
<title>{esc(J11_QUESTION)}_{J11_SITE}</title>
<meta name="description" content="{esc(first[:60])}……" />
<link rel="canonical" href="{host}/question/{qid}.html" />
<link rel="stylesheet" type="text/css" href="https://static.dongzhi.example/question/pkg/question_4b2e.css" />
<script type="text/javascript">window.F = window.F || {{}};F.context = {{qid: "{qid}", rid: "{rid}", isLogin: 0, pageType: "question"}};var PAGE_CONFIG = {{asyncLoad: true, adSlots: ["qb_best_bottom", "qb_right_top"]}};</script>
</head>
<body class="layout-center">
<div id="userbar"><ul class="userbar-list"><li><a href="{host}/">首页</a></li><li><a href="https://passport.dongzhi.example/login" class="userbar-login">登录</a></li><li><a href="https://passport.dongzhi.example/reg">注册</a></li></ul></div>
<header id="header"><div class="container"><a class="logo" href="{host}/" title="到{J11_SITE}首页"><img src="https://static.dongzhi.example/common/logo.png" alt="{J11_SITE}" /></a><form id="search-form" action="{host}/search" method="get"><input class="hdi" name="word" value="" maxlength="256" autocomplete="off" /><button type="submit" class="btn-global">搜索答案</button><a class="btn-global ask-btn" href="{host}/new">我要提问</a></form></div></header>
<nav id="nav"><div class="container"><ul><li><a href="{host}/">首页</a></li><li><a href="{host}/list">问题</a></li><li><a href="{host}/daily">知识日报</a></li><li><a href="{host}/team">认证团队</a></li><li><a href="{host}/expert">行家</a></li></ul></div></nav>
<div id="body" class="container">
<div class="aside"><div class="wgt-ad" id="qb_right_top"></div><div class="wgt-related"><h2 class="title">相关问题</h2><ul>{recommend}</ul></div></div>
<article id="qb-content" class="grid qb-content">
<div class="wgt-ask accuse-response line" id="wgt-ask">
<h1 accuse="qTitle"><span class="ask-title">{esc(J11_QUESTION)}</span></h1>
<div class="line f-aid ask-info"><span class="f-pipe">|</span><span>浏览 1536 次</span></div>
<div class="wgt-question-bottom"><a class="btn-answer" href="{host}/question/{qid}.html#answer-editor">我有更好的答案</a><span class="share">分享</span><span class="report">举报</span></div>
</div>
<div class="wgt-best" id="best-answer-{rid}">
<div class="hd line"><span class="best-title"><i class="i-answer-text"></i>最佳答案</span><span class="grid-r f-aid pos-time">推荐于2013-03-12 16:07:23</span></div>
<div class="line content"><div id="best-content-{rid}" accuse="aContent" class="best-text mb-10">
{best}
</div></div>
<div class="quality-info"><span class="recommend-text">{J11_RECOMMEND}</span></div>
<div class="wgt-eva"><span class="evaluate evaluate-32" data-evaluate="1"><i class="iknow-qb_home_icons"></i><b>已赞过</b></span><span class="evaluate evaluate-bad evaluate-32" data-evaluate="2"><i class="iknow-qb_home_icons"></i><b>已踩过</b></span><span class="eva-tip">&lt;</span><span class="eva-q">{J11_EVAL}</span><a class="comment" href="javascript:;">评论</a><a class="fold" href="javascript:;">收起</a></div>
<div class="wgt-replyer-best"><a class="avatar" href="{host}/usercenter?uid=db6e7f"><img src="https://static.dongzhi.example/avatar/db6e7f.jpg" alt="" /></a><div class="replyer-info"><a class="user-name" href="{host}/usercenter?uid=db6e7f">东川财经观察</a><span class="from">来自：知识团队</span><p>{J11_CARD}</p></div></div>
<div class="wgt-best-app-download"><div class="app-text">{J11_APP}</div><div class="app-desc">{J11_APP2}</div><div class="app-qr"><img src="https://static.dongzhi.example/common/app_qr.png" alt="" /><span>扫描二维码下载</span></div></div>
</div>
<div class="wgt-ads" id="qb_best_bottom"><div class="ec-ad"><a href="https://e.dongzhi.example/c?id=qb39027" target="_blank" rel="nofollow">{esc(J11_AD)}</a><span class="ec-tag">广告</span></div></div>
<div class="wgt-answers" id="wgt-answers"><div class="hd line"><h2 class="title">其他1条回答</h2></div>
<div class="answer" id="answer-{rid + 88}"><div class="answer-text line"><span class="con">{esc(J11_OTHER)}</span></div><div class="answer-info"><span class="user-name">江边小舟</span><span class="pos-time">2013-03-07 09:12</span></div></div>
</div>
<div class="wgt-recommend"><h2 class="title">为你推荐：</h2><ul>{recommend}</ul></div>
<div class="wgt-related-search"><span class="title">相关搜索</span>{searches}</div>
</article>
</div>
<footer id="footer"><p>&copy;2013 DongZhi　<a href="{host}/help/must-read">使用{J11_SITE}前必读</a>　<a href="{host}/help/agreement">问答协议</a>　<a href="{host}/help/complaint">投诉建议</a></p></footer>
<script type="text/javascript" src="https://static.dongzhi.example/question/pkg/question_7a1c.js"></script>
</body>
</html>
"""
    raw = page.encode("gb2312")
    assert raw.decode("gb2312") == page
    path.write_bytes(raw)
    return make_gold(
        page,
        J11_QUESTION,
        heads,
        body,
        (0, 2, 4, 6, 8, 9),
        [
            J11_UNFOLD,
            J11_RECOMMEND,
            J11_EVAL,
            J11_CARD,
            J11_APP,
            J11_APP2,
            J11_AD,
            J11_OTHER,
            "推荐于2013-03-12 16:07:23",
        ],
        "a Q&A site's question page (百度知道-like; site, users made up), GB2312: the "
        "title is the question in h1 > span.ask-title (also <title> before _东知问答); "
        "浏览 count, 我有更好的答案/分享/举报 are not body; the best answer's "
        "div.best-text is the text: it starts with the 展开全部 fold mask (not body), "
        "then the answerer's own line introducing the report's aims (…预期目标：) is his "
        "words (a sentence, not a heading), unscored, then the report paragraph 今年经济社会发展的主要预期目标是… "
        "(body); the four heads 1、关于…： to 4、关于…： are plain <p>s like the "
        "paragraphs, numbered and ending in a colon, no bold, all level 1; the closing "
        "…望采纳！ line is the answerer's, unscored; after the answer the 本回答由提问者"
        "推荐 line, 已赞过/已踩过/你对这个回答的评价是？, the answerer card (采纳率/擅长), "
        "the app-download box, the ad tagged 广告, the <h2> 其他1条回答 with the other "
        "answer, 为你推荐/相关问题 (<h2>s, not headings), 相关搜索 and the footer are not "
        "body",
    )


# --------------------------------------------------------- j12 city news site

J12_YEAR = 2015
J12_SITE = "东川新闻网"
J12_TITLE = "我市代表委员热议政府工作报告中的民生“礼包”"
J12_ORIGINAL = "原标题：政府工作报告里的民生温度"
J12_REPORTER = "东川日报记者 韩雪 通讯员 杜鹏"
J12_LEAD = "3月5日，十二届全国人大三次会议在北京开幕。政府工作报告中一系列含金量高的民生举措，引发我市在京全国人大代表、政协委员和干部群众热议。大家认为，报告字里行间饱含民生温度，让人感到实实在在的获得感。"
J12_END = "【完】"
J12_REVIEW = "编辑：林悦　二审：高峰　三审：梁志远"
J12_FOLLOW = "点击关注“东川发布”，扫码下载“东川+”客户端，看更多东川新闻"
J12_COMMENT = "棚改政策真是说到了我们老城区居民的心坎上。"
# (level-1 head, [(level-2 head, paragraphs, bold run-in)])
J12_OUTLINE: tuple[
    tuple[str, tuple[tuple[str, tuple[tuple[str, int, int], ...], bool], ...]], ...
] = (
    (
        "稳就业增收入：千方百计把群众的“钱袋子”鼓起来，让每个人都有出彩的机会",
        (
            ("创业就业：", (("五、", 1, 4),), True),
            ("社保和收入：", (("五、", 2, 4),), False),
        ),
    ),
    (
        "办好教育和医疗：让孩子们上好学，让群众看得起病、看得好病",
        (
            ("教育公平：", (("五、", 3, 4),), False),
            ("医疗卫生：", (("五、", 4, 4),), False),
        ),
    ),
    (
        "住有所居、精神富足：棚户区改造和文化惠民一并推进",
        (
            ("安居工程：", (("四、", 6, 4),), False),
            ("文化惠民：", (("五、", 5, 4),), False),
        ),
    ),
    ("社会治理从管理走向服务，基层群众的事情有人管、有地方说", (("", (("五、", 6, 4),), False),)),
)


def build_city_news(path: Path) -> Gold:
    host = "http://www.dcnews.example"
    aid = 2931746
    body = [J12_LEAD]
    heads: list[tuple[str, int]] = []
    parts = [
        f"<p>{esc(J12_ORIGINAL)}</p>",
        f'<p style="color: #666;">{esc(J12_REPORTER)}</p>',
        f'<p style="text-indent: 2em;">{esc(J12_LEAD)}</p>',
    ]
    for h1, subs in J12_OUTLINE:
        heads.append((h1, 1))
        parts.append(
            f'<div style="text-align: center; margin: 1em 0;"><span style="font-weight: bold; font-size: 17px;">{esc(h1)}</span></div>'
        )
        for h2, refs, run_in in subs:
            if h2:
                heads.append((h2, 2))
                parts.append(
                    f'<p style="text-indent: 2em;"><span style="font-weight: bold;">{esc(h2)}</span></p>'
                )
            for t in paras(J12_YEAR, refs):
                body.append(t)
                if run_in:
                    lead, rest = prev28.run_in(t)
                    parts.append(
                        f'<p style="text-indent: 2em;"><span style="font-weight: bold;">{esc(lead)}</span>{esc(rest)}</p>'
                    )
                else:
                    parts.append(f'<p style="text-indent: 2em;">{esc(t)}</p>')
    parts.append(f'<p style="text-align: right;">{J12_END}</p>')
    parts.append(f'<p style="color: #999; font-size: 14px;">{esc(J12_REVIEW)}</p>')
    parts.append(
        f'<p style="text-align: center;"><img src="{host}/uploads/ewm/dcfb_app.png" width="160" alt="" /></p>\n<p style="text-align: center; color: #c00;">{esc(J12_FOLLOW)}</p>'
    )
    parts.append(
        '<div class="bdsharebuttonbox"><span class="share-lab">分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信">微信</a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博">微博</a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间">QQ空间</a></div>'
    )
    content = "\n".join(parts)
    related = "".join(
        f'<li><a href="{host}/system/2015/03/0{d}/{aid - 97 * (k + 1)}.shtml" target="_blank">{esc(t)}</a><span>2015-03-0{d}</span></li>'
        for k, (t, d) in enumerate(
            (
                ("我市在京全国人大代表审议政府工作报告", 6),
                ("市政府召开常务会议传达学习全国两会精神", 5),
                ("今年我市将改造城市棚户区1.2万户", 4),
            )
        )
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(J12_TITLE)} - {J12_SITE}</title>
<meta name="keywords" content="政府工作报告,民生,代表委员,两会">
<meta name="description" content="{esc(J12_LEAD[:56])}">
<meta property="og:title" content="{esc(J12_TITLE)}">
<meta property="og:description" content="政府工作报告中一系列含金量高的民生举措，引发我市代表委员和干部群众热议。">
<meta property="og:image" content="{host}/uploads/2015/03/06/gzbg_ms.jpg">
<link rel="stylesheet" href="{host}/css/detail2015.css">
<script src="{host}/js/jquery-1.11.1.min.js"></script>
<script>var _hmt = _hmt || [];(function() {{var hm = document.createElement("script");hm.src = "{host}/js/stat.js?aid={aid}";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);}})();</script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="date">2015年3月6日 星期五</span><a href="{host}/app/">东川+客户端</a><a href="http://epaper.dcnews.example/">数字报</a><a href="{host}/weather/">天气</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="{host}/"><img src="{host}/images/logo2015.png" alt="{J12_SITE}"></a><ul class="nav"><li><a href="{host}/">首页</a></li><li><a href="{host}/dcyw/">东川要闻</a></li><li><a href="{host}/sz/">时政</a></li><li><a href="{host}/ms/">民生</a></li><li><a href="{host}/qx/">区县</a></li><li><a href="{host}/sp/">视频</a></li><li><a href="{host}/zt/">专题</a></li></ul></div></div>
<div class="w1200 crumbs">您的位置：<a href="{host}/">首页</a> &gt; <a href="{host}/dcyw/">东川要闻</a> &gt; 正文</div>
<div class="w1200 detail clearfix">
<div class="detail-left">
<div class="detail-title">{esc(J12_TITLE)}</div>
<div class="detail-info"><span class="time">2015-03-06 08:15:32</span><span class="source">来源：东川日报</span><span class="author">作者：韩雪</span><span class="read">阅读：<em id="hits">12386</em></span><span class="cmt"><a href="#comment">评论(12)</a></span></div>
<div class="detail-content" id="zoom">
{content}
</div>
<div class="detail-tags">标签：<a href="{host}/tag/gzbg/">政府工作报告</a><a href="{host}/tag/ms/">民生</a></div>
<div class="comment" id="comment"><h3>网友评论</h3><p class="cmt-count">已有12条评论</p><ul><li><span class="user">东川网友 老城区居民</span><p>{esc(J12_COMMENT)}</p></li></ul><a class="more" href="{host}/comment/{aid}.shtml">查看全部评论&gt;&gt;</a></div>
<div class="related"><h3>相关新闻</h3><ul>{related}</ul></div>
</div>
<div class="detail-right"><div class="box"><h3>热点排行</h3><ol><li><a href="{host}/system/2015/03/05/{aid - 300}.shtml">我市春季招聘会提供岗位2.3万个</a></li><li><a href="{host}/system/2015/03/05/{aid - 311}.shtml">东川湖湿地公园二期开园</a></li></ol></div></div>
</div>
<div class="footer"><p>东川新闻网版权所有，未经授权禁止复制或建立镜像</p><p>主办：东川日报社　东ICP备08001234号　互联网新闻信息服务许可证编号：37120170003</p></div>
<script>window._bd_share_config={{"common":{{"bdSnsKey":{{}},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"}},"share":{{}}}};</script>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        J12_TITLE,
        heads,
        body,
        (0, 1, 3, 5, 6, 7),
        [
            "来源：东川日报",
            "评论(12)",
            J12_ORIGINAL,
            J12_REPORTER,
            J12_REVIEW,
            J12_FOLLOW,
            "已有12条评论",
            J12_COMMENT,
            "东川新闻网版权所有，未经授权禁止复制或建立镜像",
        ],
        "a city news site reprinting its daily (site, paper, people made up): no "
        "heading element holds the title: it is div.detail-title (also <title> before "
        "- 东川新闻网 and og:title); the time/来源/作者/阅读/评论(12) line is not body; in "
        "div#zoom the 原标题：… line and the reporter line come first and are not body "
        "(the 原标题 is the paper's title, not the page's); the lead (written here) is "
        "body; the four level-1 heads are long lines (24-35 characters, with commas) "
        "in a centred <div> holding a bold 17px <span>, no <p>; the six level-2 heads "
        'are short <p><span style="font-weight: bold;"> lines ending in a colon '
        "(创业就业： …), on their own line (the fourth level-1 head has none under it); "
        "the paragraph under 创业就业： opens with a bold run-in sentence "
        "(着力促进创业就业。): body, not a heading; after the text 【完】 (unscored), the "
        "编辑/二审/三审 line, the QR picture with the 点击关注…扫码下载 line and the "
        "分享到 bar are still inside #zoom: not body; 标签, 网友评论 (<h3>), 相关新闻 "
        "(<h3>), 热点排行 and the footer are not body, their <h3>s not headings",
    )


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, Callable[[Path], Gold]] = {
    "j07_univ_news_vsb_color_span_heads.html": build_univ_news,
    "j08_discuz_thread_font_heads_gbk.html": build_discuz,
    "j09_dede_industry_bracket_heads.html": build_dede_industry,
    "j10_wp_company_h5_h6_jetpack.html": build_wp_company,
    "j11_qa_best_answer_colon_heads_gb2312.html": build_qa_page,
    "j12_city_news_div_bold_long_heads.html": build_city_news,
}

SOURCE_HEAD = (
    "# Documents made blind, twenty-ninth set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each a pattern common in real Chinese files that the earlier sets lack, by two\n"
    "maker scripts (see each row). Texts come only from the public government work\n"
    "reports 2013–2017 in `../shared/data/gov-work-reports` (whole paragraphs, long ones\n"
    "cut at a sentence end); titles, headings, labels, names, dates and furniture are\n"
    "written by the scripts, people, places, companies and sites made up. The outputs are\n"
    "committed so tests and CI need none of the tools. Gold (`gold/<file>.json`, the\n"
    "format of `../shared/data/realdocs-dev`) is written by the same scripts from what\n"
    "they put in each document, as a reader reads it and never from reader output: the\n"
    "title, the headings with levels, the running headers that must not reach the body,\n"
    "passages (each one's first 18 characters) that must appear in order, boilerplate\n"
    "that must not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)

ROWS = [
    "| j07_univ_news_vsb_color_span_heads.html | written after the layout of university news sites on a 博达/VSB-like site builder, gwr 2016 (`eval/make_realdocs29_pages.py`, as j08-j12) | quiet heads and clinging lines: title only in `div.arti_title` (no heading element), 作者/来源/发布时间/浏览次数 spans with a script counter (not body); `div.v_news_content`: lead (body), then at once the first of five centred `<p>` subheads holding an 18px blue 楷体 `<span>`, not bold (level 1; one 38 characters long), against 16px body spans; a centred grey 14px photo caption (unscored, not a head); inside the container （供稿：…文/…图/…） and 初审/复审/终审 lines (not body); 【打印本页】【关闭窗口】, 上一条/下一条, sidebar `<h3>` boxes, footer (not body); 5 heads |",
    '| j08_discuz_thread_font_heads_gbk.html | written after the layout of Discuz! X3.2 forum threads, GBK bytes under an http-equiv `charset=gbk`, gwr 2014 | title `span#thread_subject` without the `[学习交流]` category link before it in `h1.ts`; first post `td.t_f`: `i.pstatus` 本帖最后由…编辑 line (not body), the poster\'s own opening/closing lines (unscored), `ignore_js_op` attachment with a hidden 下载附件/上传 tip (not body), `<br>` lines indented by `&nbsp;`; level-1 heads `<div align="center"><font size="4"><font color="Blue">一、…` (no bold, a `<div>` among `<br>` lines), level-2 heads `关于…：` only in `<font color="Red">` on their own line; 帖内广告 `div.a_pt`, 评分 log with `<h3>`, signature, 回复/举报, two replies (one quoting), 相关帖子, login prompt, footer (not body); 10 heads |',
    "| j09_dede_industry_bracket_heads.html | written after the layout of industry-media news sites on a DedeCMS-like template, gwr 2015 | title in `div.title h2` (the `<h1>` a logo) + og:title; 时间/来源/作者/点击 line, 导读 `div.intro` (not body); CKEditor `<p>`s indented by `&nbsp;` in a table cell: dateline lead (body), six heads `【信号一】…`-`【信号六】…` as plain unindented `<p>`s (level 1, not bold), a look-alike `【相关阅读】` link line, an inline ad box tagged 推广, 本文系…原创/扫码关注/（责任编辑：…） lines at the end (not body, not heads); 分隔线, 上一篇/下一篇, 收藏/挑错/推荐/打印, comment form and comment, right column, footer (not body); 6 heads |",
    "| j10_wp_company_h5_h6_jetpack.html | written after the layout of company news posts on WordPress 4.7 with Jetpack, gwr 2017 | `h1.entry-title` + og:title with the site name, meta line with 3条评论 (not body); `div.entry-content`: lead, four `<h5>` heads (level 1) and five `<h6>` heads (level 2) as the only article heads; credit line and WeChat QR prompt, then Jetpack's 分享此文： sharing box, 赞过： likes box (正在加载……) and related-posts block, each with an `<h3>`, inside `entry-content` (not heads, not body); 分类/标签, comments with `<h2>` count and `<h3>` 发表评论 form, `<h2>` 文章导航 上一篇/下一篇, sidebar `<h2>` widgets, footer (not heads, not body); 9 heads |",
    "| j11_qa_best_answer_colon_heads_gb2312.html | written after the layout of Q&A sites' question pages (百度知道-like), GB2312 bytes under `<meta charset=\"gb2312\">`, gwr 2013 | title = the question in `h1 > span.ask-title`; 浏览 count (not body); best answer `div.best-text`: 展开全部 fold mask (not body), answerer's own opening and 望采纳 closing lines (unscored), report paragraphs in `<p>`s with four heads `1、关于…：` as plain `<p>`s, numbered, ending in a colon, no bold (level 1); 本回答由提问者推荐, 已赞过/已踩过/你对这个回答的评价是？, answerer card (采纳率/擅长), app-download box, ad tagged 广告, `<h2>` 其他1条回答 with the other answer, 为你推荐/相关问题 `<h2>`s, 相关搜索, footer (not heads, not body); 4 heads |",
    '| j12_city_news_div_bold_long_heads.html | written after the layout of city news sites reprinting their daily, gwr 2015 | no heading element for the title (`div.detail-title` + og:title); time/来源/作者/阅读/评论(12) line (not body); `div#zoom`: 原标题 line and reporter line first (not body), lead (body), four long level-1 heads (24-35 characters, with commas) in a centred `<div>` holding a bold 17px `<span>` (no `<p>`), six short level-2 heads ending in a colon in `<p><span style="font-weight: bold;">`, a bold run-in sentence opening a body paragraph (not a head); 【完】 (unscored), 编辑/二审/三审 line, 点击关注…扫码下载 prompt and 分享到 bar inside `#zoom` (not body); 网友评论/相关新闻 `<h3>`s, 热点排行, footer (not body); 10 heads |',
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--out", type=Path, default=prev20.ROOT / "eval" / "data" / "realdocs-made29")
    ap.add_argument("--only", nargs="*", default=None, help="file name prefixes")
    ap.add_argument("--chromium", action="store_true", help="check the gold in Chromium's DOM")
    ap.add_argument("--rows", type=Path, default=None, help="write this half's SOURCE.md rows here")
    ap.add_argument("--source", action="store_true", help="put the rows into <out>/SOURCE.md")
    a = ap.parse_args(argv)
    docs, gold = a.out / "docs", a.out / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    names = [n for n in BUILDERS if not a.only or n.startswith(tuple(a.only))]
    for name in names:
        with tempfile.TemporaryDirectory() as tmp:
            g = BUILDERS[name](Path(tmp) / name)
            (docs / name).write_bytes((Path(tmp) / name).read_bytes())
        base.write_gold(gold / f"{name}.json", g)
    print(f"made {len(names)} documents in {docs}", file=sys.stderr)
    if a.rows:
        a.rows.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    if a.source:
        more.update_source(a.out / "SOURCE.md", ROWS, SOURCE_HEAD, MINE)
        pages2.sort_source_rows(a.out / "SOURCE.md")
    if a.chromium:
        prev28.chromium_check(docs, gold, names)
    return 0


if __name__ == "__main__":
    sys.exit(main())
