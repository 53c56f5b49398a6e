# ruff: noqa: E501  (HTML templates and SOURCE.md rows are kept on one line each)
"""Make the saved web pages j01-j06 of ``realdocs-made22`` and their gold.

A twenty-second set of development documents, made blind (without looking at the
readers or running them); the other documents of the set (i01-i06) come from their own
maker. This half is web pages as people really save them from Chinese sites: the whole
page with everything around the article, as the browser's "Save as", a save extension
or an archive hands it over. The texts come only from the public government work
reports 2013-2017 (``../shared/data/gov-work-reports``), whole paragraphs (titles,
headings, labels, names, dates, comments and furniture are written here; people,
places, accounts and sites are made up; the markup follows general knowledge of how
such sites and savers build pages, not any real file or page):

- ``j01_wechat_saved_complete.html`` (gwr 2017): a WeChat official-account article
  saved by Chromium as "Webpage, Complete" after its scripts ran: the
  ``<!-- saved from url=(NNNN)… -->`` mark before ``<html>``, a UTF-8 ``http-equiv``
  meta put first in ``<head>``, styles, scripts and pictures pointing into
  ``./<title>_files/``, ``#js_content`` already made visible
  (``style="visibility: visible;"``), the 原创 tag, author, account name, publish time
  and IP 属地 line, a reprint card (以下文章来源于…); the text in 135-editor-like nested
  ``<section>``s with ``<span leaf="">`` runs, a 点击蓝字 关注我们 ornament, section heads
  as a badge ``<section>`` (``PART.01``) over a ruled ``<section>`` holding the bold
  coloured head text, a picture with a credit line, ``— END —``, 来源/编辑/审核 lines,
  a QR prompt, then the 收录于合集 tag bar, 阅读原文, the rendered interaction bar
  (分享/收藏/赞/在看), 留言 with two comments, the PC QR box (微信扫一扫 关注该公众号);
- ``j02_tieba_thread_gbk.html`` (gwr 2014): a 贴吧-like forum thread saved as
  "HTML only" in the site's GBK: the title in ``<h3 class="core_title_txt">`` (the
  page's only ``<h1>``-level text is the forum card), 只看楼主/收藏/回复, the posts as
  ``div.l_post`` with JSON in ``data-field`` attributes, the author column (楼主 mark,
  name, level badge), the post text in ``div.d_post_content`` as ``<br>``-separated
  lines (typed ``一、…`` lines are the section heads, no bold), the floor tail
  (``1楼``, time) and a 楼中楼 reply list under the first post; the thread starter
  carries the article on in floor 3 (接上楼) after another user's 沙发 reply, then a
  reply, an ad post marked 广告 and a folded floor (该楼层疑似违规已被系统折叠); pager,
  reply editor, footer;
- ``j03_ie_saved_blog_wbr.html`` (gwr 2015): a 新浪博客-like blog post saved by an old
  Internet Explorer (MSHTML 8) as "网页，全部": ``<!-- saved from url=… -->``, UTF-8 with
  a BOM, upper-case tags, unquoted attribute values, ``<META name=GENERATOR
  content="MSHTML 8.00…">``; the blog's name in the page's only ``<H1>``, the post
  title in ``<H2 class="titName SG_txta">`` under a module head ``<SPAN
  class=title>正文</SPAN>``, the time in brackets, a tag table whose tags are each an
  ``<H3>`` (标签：), 分类：; paragraphs indented with ``&nbsp;<WBR>`` runs, some as
  ``<DIV>``, level-1 heads bold red ``<FONT>`` in ``<P>``, level-2 heads indented bold
  ``<STRONG>``; share line, 阅读/评论/收藏/转载/喜欢/打印/举报 line, 前一篇/后一篇,
  comments, the profile column (博客等级/博客积分/博客访问/关注人气) placed before the
  main column in the source, footer;
- ``j04_wayback_capture_gb2312.html`` (gwr 2013): a 2013 city news page as an archive
  (Wayback-Machine-like) replays it, saved as "HTML only": the archived page's GB2312
  bytes with the archive's English toolbar inserted (``<!-- BEGIN WAYBACK TOOLBAR
  INSERT -->``: URL form, captures count and span, the month/day/year calendar, Close,
  Help, About this capture, a hidden COLLECTED BY/TIMESTAMPS panel and the hidden
  print line ``The Wayback Machine - https://…``), every link rewritten to
  ``/web/<timestamp>/http://…`` (``im_``/``cs_``/``js_`` for resources), the archive's
  scripts in ``<head>`` and the ``FILE ARCHIVED ON …`` and ``playback timings``
  comments after ``</html>``; the article itself a founder-CMS-like page: an
  ``enpproperty`` comment holding the title, ``<h1>``, a date/来源/作者/字号/打印/关闭
  line, ``<!--enpcontent-->`` paragraphs with typed ``　　`` indents and no subheads, a
  centred picture with its caption, （编辑：…） inside the content, a JiaThis share bar
  (分享到：), 相关新闻, 上一篇/下一篇, footer;
- ``j05_singlefile_media.html`` (gwr 2016): a 36氪-like business-media article saved by
  the SingleFile extension with its default options: the ``Page saved with
  SingleFile`` comment with url and saved date inside ``<html>``, compressed HTML
  (no ``<head>``/``</head>``/``</body>``/``</html>`` tags, no ``</p>``/``</li>``,
  attribute values unquoted where HTML allows), scripts removed, every style sheet
  inlined and pruned into ``<style>`` blocks, pictures and the web font inlined as
  ``data:`` URIs, the ``img[src="data:,"]`` rule and ``<meta name=referrer
  content=no-referrer>`` SingleFile adds; the page: top nav, ``<h1
  class="article-title">``, author · time line, a grey ``div.summary`` 导语 box (a
  report sentence that the article does not repeat), the content
  ``div.articleDetailContent`` opening with a 编者按：本文来自微信公众号… line, ``<h2>``
  subheads (level 1), a picture with a caption, the closing 本文由…原创出品 line, the
  platform's statement (该文观点仅代表作者本人…), tags, author card with counts, 下一篇,
  comment box (登录后参与讨论), side column 相关推荐/24小时热榜 with ``<h3>`` item titles;
- ``j06_cnblogs_post_complete.html`` (gwr 2017): a 博客园-like blog post saved by
  Chromium as "Webpage, Complete": the title in ``<h1 class="postTitle"><a
  id="cb_post_title_url"><span role="heading" aria-level="2">`` (the page's other
  ``<h1>`` is the blog's name, with an ``<h2>`` motto), navigation with 随笔/文章/评论/
  阅读 counts, the post body ``div#cnblogs_post_body.cnblogs-markdown`` with a
  ``<blockquote>`` 摘录说明, ``<h2 id>`` (level 1) and ``<h3 id>`` (level 2), a
  highlighted Python ``<pre><code>`` block under a last ``<h2>``; then MySignature
  (作者/出处/版权), 分类/标签, 好文要顶/关注我/收藏该文, author profile (粉丝/关注,
  +加关注), digg counts, 上一篇/下一篇, the ``posted @`` line, 评论列表 with ``#1楼``
  comments and 支持/反对, 刷新评论/刷新页面/返回顶部, the 登录后才能查看或发表评论 line,
  编辑推荐/阅读排行 cards, and the side bar after the main column: 公告 profile,
  calendar table, search, and ``<h3 class="catListTitle">`` lists (常用链接, 随笔分类,
  随笔档案, 阅读排行, 评论排行, 推荐排行), footer ``Powered by``.

Gold is written from what each builder put in the page, decided as a reader reads it
in a browser, never from reader output; every gold string is checked against the
text the page shows (tags removed, scripts, styles and comments left out) and against
Chromium's DOM of the page (``chromium --headless --dump-dom``, run once when the pages
were made). Re-running writes the same bytes:

    python eval/make_realdocs22_pages.py [--out eval/data/realdocs-made22] [--only j01 ...]
"""

from __future__ import annotations

import base64
import json
import re
import struct
import sys
import uuid
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs20_pages as prev20

ROOT = Path(__file__).resolve().parents[1]
MINE = ("j01_", "j02_", "j03_", "j04_", "j05_", "j06_")
Gold = dict[str, Any]
TAB, SP = "\t", " "  # kept out of the templates: tabs and a trailing space
esc = prev20.esc
norm = prev20.norm
gwr = prev20.gwr
page_gold = prev20.page_gold


def uid(*parts: object) -> str:
    """A stable UUID-based hex string for the ids of the made pages."""
    return uuid.uuid5(uuid.NAMESPACE_URL, "realdocs22/" + "/".join(map(str, parts))).hex


def saved_from(url: str) -> str:
    """The mark of the web Internet Explorer and Chromium write before ``<html>``."""
    return f"<!-- saved from url=({len(url):04d}){url} -->"


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A plain one-colour PNG (deterministic bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height, 9)
    head = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def data_uri(data: bytes, mime: str = "image/png") -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


# ------------------------------------------- j01 WeChat article, "Webpage, Complete"

J01_YEAR = 2017
J01_TITLE = "两会时间｜2017年政府工作报告里的改革任务和民生实事"
J01_ACCOUNT = "东川发布"
J01_SOURCE_ACCOUNT = "东川政研"
J01_AUTHOR = "政研室"
J01_TIME = "2017年03月06日 07:30"
J01_IP = "江西"
J01_REPRINT = f"以下文章来源于{J01_SOURCE_ACCOUNT}"
J01_FOLLOW = "点击蓝字 关注我们"
J01_CREDIT = "图源：东川发布　摄影：周伟"
J01_END = ("来源：东川政研", "编辑：周雨桐　审核：陈建国")
J01_QR = "长按识别二维码　关注东川发布"
J01_COMMENTS = (
    ("小雨点", "江西", "实实在在的民生任务，期待落地！", "12"),
    ("东川老张", "广东", "转发学习，去产能这一段说得很明白。", "5"),
)
J01_URL = "https://mp.weixin.qq.com/s?__biz=MzA4NzQ2MTcyMw==&mid=2650418263&idx=1&sn=7c0f3b9e2d41a85f6e3b0c9d1a2f4e67&chksm=8bd2c5a1bca54cb7#rd"


def wx_heading(k: int, text: str) -> str:
    """A 135-editor-like title block: a red PART badge over a ruled head line."""
    return (
        f'<section style="margin: 28px 0px 16px;text-align: center;" data-role="title" data-tools="135编辑器" data-id="106223">'
        f'<section style="display: inline-block;max-width: 100%;">'
        f'<section style="display: inline-block;padding: 2px 14px;background-color: rgb(183, 24, 31);border-radius: 12px 12px 0px 0px;color: rgb(255, 255, 255);font-size: 13px;letter-spacing: 2px;"><span leaf="">PART.0{k}</span></section>'
        f'<section style="padding: 6px 10px;border-bottom: 2px solid rgb(183, 24, 31);"><strong><span textstyle="" style="font-size: 17px;color: rgb(183, 24, 31);letter-spacing: 1px;">{esc(text)}</span></strong></section>'
        f"</section></section>"
    )


def wx_para(text: str) -> str:
    """A paragraph as the editor writes it; a bold lead sentence in its own run."""
    style = "margin: 0px 8px 16px;line-height: 1.75em;letter-spacing: 1px;text-align: justify;"
    span = 'style="font-size: 15px;color: rgb(62, 62, 62);"'
    lead, dot, rest = text.partition("。")
    if dot and len(lead) <= 12:
        inner = (
            f'<span textstyle="" style="font-size: 15px;color: rgb(183, 24, 31);font-weight: bold;">{esc(lead + dot)}</span>'
            f'<span leaf="" {span}>{esc(rest)}</span>'
        )
    else:
        inner = f'<span leaf="" {span}>{esc(text)}</span>'
    return f'<section style="{style}">{inner}</section>'


def build_wechat(path: Path) -> Gold:
    def p(h: str, i: int) -> str:
        return gwr(J01_YEAR, h, i)

    files = f"./{J01_TITLE}_files"
    blocks: list[tuple[str | None, list[str]]] = [
        (None, [p("三、", 0)]),
        ("用改革的办法深入推进“三去一降一补”", [p("（一）", k) for k in range(4)]),
        ("深化重要领域和关键环节改革", [p("（二）", k) for k in range(3)]),
        ("推进以保障和改善民生为重点的社会建设", [p("（八）", k) for k in range(3)]),
    ]
    parts = [
        f'<section style="text-align: center;margin-bottom: 12px;"><span leaf="" style="font-size: 12px;color: rgb(0, 112, 192);letter-spacing: 2px;">{J01_FOLLOW}</span></section>',
        '<p style="margin-bottom: 0px;"><br></p>',
    ]
    body: list[str] = []
    for k, (h, paras) in enumerate(blocks):
        if h:
            parts.append(wx_heading(k, h))
        for j, text in enumerate(paras):
            parts.append(wx_para(text))
            body.append(text)
            if k == 2 and j == 0:
                parts.append(
                    f'<section style="text-align: center;margin: 0px 8px 6px;"><img class="rich_pages wxw-img" data-ratio="0.6666666666666666" data-s="300,640" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Qx3Jb9vTnD5u1gCkPz{uid("j01img")[:20]}/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080" style="width: 100% !important; height: auto !important; visibility: visible !important;" src="{files}/640(1)" data-fail="0"></section>'
                    f'<section style="text-align: center;margin-bottom: 16px;"><span leaf="" style="font-size: 12px;color: rgb(136, 136, 136);">{J01_CREDIT}</span></section>'
                )
    parts += [
        '<p style="margin-bottom: 0px;"><br></p>',
        '<section style="text-align: center;margin: 8px 0px;"><span leaf="" style="font-size: 14px;color: rgb(183, 24, 31);letter-spacing: 3px;">— END —</span></section>',
        *(
            f'<section style="margin: 0px 8px;"><span leaf="" style="font-size: 13px;color: rgb(136, 136, 136);">{esc(x)}</span></section>'
            for x in J01_END
        ),
        f'<section style="text-align: center;margin-top: 16px;"><img class="rich_pages wxw-img" data-ratio="1" data-src="https://mmbiz.qpic.cn/mmbiz_png/{uid("j01qr")[:24]}/640?wx_fmt=png" data-type="png" data-w="258" style="width: 129px !important; height: auto !important; visibility: visible !important;" src="{files}/640(2)"></section>',
        f'<section style="text-align: center;"><span leaf="" style="font-size: 12px;color: rgb(136, 136, 136);">{J01_QR}</span></section>',
    ]
    content = "\n".join(parts)
    comments = "".join(
        f'<li class="js_comment_item discuss_item" id="cid{k}"><div class="discuss_item_hd"><div class="user_info"><img class="avatar" src="{files}/132({k})"><span class="nickname">{esc(n)}</span><span class="discuss_extra_info">{esc(ip)}</span></div><div class="discuss_opr"><span class="media_tool_meta meta_praise js_comment_praise"><i class="icon_praise_gray"></i><span class="praise_num">{like}</span></span></div></div><div class="discuss_message"><div class="discuss_message_content">{esc(c)}</div></div></li>'
        for k, (n, ip, c, like) in enumerate(J01_COMMENTS)
    )
    page = f"""{saved_from(J01_URL)}
<html class=""><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><script type="text/javascript" async="" src="{files}/report.js.下载"></script>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="https://res.wx.qq.com/">
<link rel="dns-prefetch" href="https://mmbiz.qpic.cn/">
<link rel="shortcut icon" type="image/x-icon" href="https://res.wx.qq.com/a/wx_fed/assets/res/NTI4MWU5.ico">
<meta name="description" content="{esc(p("三、", 0)[:54])}">
<meta name="author" content="{J01_AUTHOR}">
<meta property="og:title" content="{J01_TITLE}">
<meta property="og:url" content="{esc(J01_URL)}">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/{uid("j01cover")[:24]}/0?wx_fmt=jpeg">
<meta property="og:description" content="{esc(p("三、", 0)[:54])}">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="twitter:card" content="summary">
<meta property="twitter:creator" content="{J01_ACCOUNT}">
<title>{J01_TITLE}</title>
<link rel="stylesheet" href="{files}/weui.min.css">
<link rel="stylesheet" href="{files}/appmsg.css">
<style>.rich_media_content{{overflow:hidden;color:#222;font-size:17px;word-wrap:break-word;text-align:justify}}#js_content{{visibility:hidden}}</style>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page wx_wap_desktop_fontsize_2 mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default not_in_mm" style="">
<script type="text/javascript" nonce="1285417390">var biz = "MzA4NzQ2MTcyMw==" || "";var sn = "7c0f3b9e2d41a85f6e3b0c9d1a2f4e67" || "";var mid = "2650418263" || "";var idx = "1" || "";window.__allowLoadResFromMp = true;</script>
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
            {J01_TITLE}
          </h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
<span class="rich_media_meta rich_media_meta_text">{J01_AUTHOR}</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{J01_ACCOUNT}</a></span>
<span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text">{J01_TIME}</em></span>
<span class="rich_media_meta rich_media_meta_text" id="js_ip_wording_wrp"><span id="js_ip_wording">{J01_IP}</span></span>
</div>
<div id="js_share_source" class="original_primary_card_wrp">
<a class="original_primary_card js_jump_source_account" href="javascript:void(0);"><div class="original_primary_card_tips">{J01_REPRINT}</div>
<div class="original_primary_card_inner"><img class="original_primary_avatar" src="{files}/0(1)"><div class="original_primary_info"><strong class="original_primary_nickname">{J01_SOURCE_ACCOUNT}</strong><div class="original_primary_desc">研究政策，服务发展</div></div><i class="weui-icon-arrow"></i></div></a>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">
{content}
</div>
<script type="text/javascript" nonce="1285417390">var first_sceen__time = (+new Date());if ("" == 1 && document.getElementById('js_content')) {{document.getElementById('js_content').addEventListener("selectstart",function(e){{ e.preventDefault(); }});}}</script>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div id="js_tags" class="article-tag__list"><div class="article-tag-card__title">收录于合集</div><span class="article-tag__item-wrp"><span class="article-tag__item">#两会</span><span class="article-tag__item-num">12个</span></span><span class="article-tag__item-wrp"><span class="article-tag__item">#政府工作报告</span><span class="article-tag__item-num">5个</span></span></div>
<div id="js_tags_preview_toast" class="article-tag__error-tips" style="display: none;">预览时标签不可点</div>
<div class="rich_media_tool_area"><div class="rich_media_tool"><a id="js_view_source" class="media_tool_meta meta_extra" href="https://mp.weixin.qq.com/mp/rediect?url=http%3A%2F%2Fwww.dczy.example%2F2017lh%2F">阅读原文</a></div></div>
</div>
<div class="interaction_bar__wrap"><div id="js_bottom_opr_right" class="interaction_bar">
<button class="sns_opr_btn sns_share_btn" type="button"><span>分享</span></button>
<button class="sns_opr_btn sns_collect_btn" type="button"><span>收藏</span></button>
<button class="sns_opr_btn sns_praise_btn" type="button"><span class="sns_opr_gap">赞</span><span class="sns_opr_num">86</span></button>
<button class="sns_opr_btn sns_like_btn" type="button"><span class="sns_opr_gap">在看</span><span class="sns_opr_num">23</span></button>
</div></div>
<div class="rich_media_extra rich_media_extra_discuss" id="js_cmt_container">
<div class="discuss_container" id="js_cmt_area"><div class="mod_title_context_primary"><strong class="mod_title">留言</strong><a class="discuss_write" href="javascript:void(0);">写留言</a></div>
<ul class="discuss_list" id="js_cmt_list">{comments}</ul>
<div class="discuss_end"><span>已无更多数据</span></div></div></div>
</div></div></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display: block;"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img" src="{files}/qrcode"><p>微信扫一扫<br>关注该公众号</p></div></div></div>
</div></div>
<div class="weui-dialog__wrp" id="js_alert_panel" style="display: none;"><div class="weui-mask"></div><div class="weui-dialog"><div class="weui-dialog__bd">微信扫一扫可打开此内容，<br>使用完整服务</div><div class="weui-dialog__ft"><a href="javascript:;" class="weui-dialog__btn weui-dialog__btn_primary">知道了</a></div></div></div>
<div class="wx_stream_article_slide_tip" style="display: none;">继续滑动看下一个</div>
<script type="text/javascript" nonce="1285417390">var msg_title = '{J01_TITLE}'.html(false);var msg_desc = htmlDecode("{esc(p("三、", 0)[:54])}");var nickname = htmlDecode("{J01_ACCOUNT}");var ct = "1488756600";var user_name = "gh_3d8b2c5e71a4";var ip_wording = {{countryName: '中国',provinceName: '{J01_IP}'}};</script>
<script src="{files}/appmsg.js.下载"></script>
</body></html>"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        J01_TITLE,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 2, 5, 7, 10),
        [
            J01_REPRINT,
            J01_TIME,
            J01_FOLLOW,
            J01_CREDIT,
            "— END —",
            J01_END[0],
            J01_END[1],
            J01_QR,
            "收录于合集",
            "阅读原文",
            "写留言",
            J01_COMMENTS[0][2],
            J01_COMMENTS[1][2],
            "关注该公众号",
            "继续滑动看下一个",
        ],
        "a WeChat official-account article saved by Chromium as Webpage, Complete after "
        "its scripts ran (account, people and reprint source made up): the saved-from "
        "comment before <html>, a UTF-8 http-equiv meta first in <head>, resources in "
        "./<title>_files/; the title is h1#activity-name (padded with newlines; also "
        "<title>, og:title and msg_title); the 原创 tag, author 政研室, the account name "
        "(#js_name), publish time, IP 属地 and the reprint card (以下文章来源于东川政研, "
        "avatar, motto) are not body; #js_content (made visible by the saved scripts) "
        "holds the article in 135-editor-like <section>s with <span leaf> runs: the "
        "点击蓝字 关注我们 ornament is not body; section heads are title blocks: a red "
        "badge <section> PART.01-PART.03 over a ruled <section> with the bold red head "
        "text: the heads are level 1, gold without the PART.0N badge (a decoration on "
        "its own line: unscored); paragraphs are <section>s, a bold red lead sentence "
        "in its own run opens some (body); a picture with a credit line (must_not_have); "
        "— END —, 来源/编辑/审核 lines, the QR picture and 长按识别二维码 prompt are inside "
        "#js_content but not body; after it the 收录于合集 tags, 阅读原文, the "
        "分享/收藏/赞/在看 bar, 留言 with two comments, the PC QR box (微信扫一扫 "
        "关注该公众号) and hidden dialogs (知道了, 继续滑动看下一个) are not body",
    )


# ------------------------------------------------------- j02 贴吧-like thread, GBK

J02_YEAR = 2014
J02_TITLE = "【整理】2014年政府工作报告重点工作摘录，方便吧友学习"
J02_FORUM = "东川"
J02_SITE = "百川贴吧"
J02_OP = ("江畔听风2014", 1836472915, "9", "吧务")
J02_INTRO = "刚看完直播，把报告里几段重点整理了一下，方便吧友们看，有错漏欢迎指正。"
J02_CONT = "接上楼"
J02_DONE = "（完）"
J02_REPLIES = (
    ("东川小吃货", 2730518846, "3", "沙发！楼主辛苦了，整理得很清楚。"),
    ("路过的阿明", 987120453, "5", "mark一下，回头慢慢看。"),
    ("老街茶馆", 1529337081, "6", "楼主是做什么工作的？整理得这么认真，顶一个。"),
)
J02_LZL = (
    ("东川小吃货", "支持楼主，坐等下文", "2014-3-6 09:40"),
    ("老街茶馆", "简政放权这一块最关心", "2014-3-6 10:02"),
)
J02_AD = "东川装修季｜全包套餐限时特惠，到店即送家电大礼包"
J02_FOLD = "该楼层疑似违规已被系统折叠"
J02_THREAD = 2901734562


def tieba_post(
    floor: int,
    who: tuple[str, int, str, str],
    lines: list[str],
    time: str,
    op: bool,
    lzl: str = "",
) -> str:
    name, user_id, level, badge = who
    post_id = 48391200000 + floor * 7919
    field = json.dumps(
        {
            "author": {
                "user_id": user_id,
                "user_name": name,
                "name_u": "",
                "user_sex": 1,
                "portrait": uid("j02", name)[:24],
                "is_like": 1,
                "level_id": int(level),
                "level_name": badge,
            },
            "content": {
                "post_id": post_id,
                "is_anonym": False,
                "forum_id": 310827,
                "thread_id": J02_THREAD,
                "content": "",
                "post_no": floor,
                "type": "0",
                "comment_num": 2 if lzl else 0,
                "props": None,
                "post_index": floor - 1,
                "pb_tpoint": None,
            },
        },
        separators=(",", ":"),
    )
    mark = (
        f'<div class="louzhubiaoshi_wrap"><div class="louzhubiaoshi  j_louzhubiaoshi" author="{esc(name)}"><a></a></div></div>'
        if op
        else ""
    )
    text = "<br>".join(esc(x) for x in lines)
    reply = "收起回复" if lzl else "回复"
    return (
        f"<div class=\"l_post j_l_post l_post_bright {'noborder' if floor == 1 else ''}\" data-field='{field}'>"
        f'<div class="d_author">{mark}<ul class="p_author"><li class="icon"><div class="icon_relative j_user_card"><a style="" target="_blank" class="p_author_face " href="/home/main?un={uid("j02u", name)[:16]}&amp;ie=utf-8&amp;fr=pb"><img username="{esc(name)}" class="" src="http://tb.himg.example/sys/portrait/item/{uid("j02", name)[:24]}"></a></div></li>'
        f'<li class="d_name" data-field=\'{{"user_id":{user_id}}}\'><a alog-group="p_author" class="p_author_name j_user_card" href="/home/main?un={uid("j02u", name)[:16]}&amp;ie=utf-8&amp;fr=pb" target="_blank">{esc(name)}</a></li>'
        f'<li class="l_badge" style="display:block;"><div class="p_badge"><a href="/f/like/level?kw={J02_FORUM}&amp;ie=utf-8&amp;lv_t=lv_nav_intro" target="_blank" class="user_badge d_badge_bright d_badge_icon2" title="本吧头衔{level}级，经验值{int(level) * 137}，点击进入等级头衔说明页"><div class="d_badge_title ">{esc(badge)}</div><div class="d_badge_lv">{level}</div></a></div></li></ul></div>'
        f'<div class="d_post_content_main {"d_post_content_firstfloor" if floor == 1 else ""}"><div class="p_content  "><cc>            <div id="post_content_{post_id}" class="d_post_content j_d_post_content  clearfix">            {text}</div><br></cc></div>'
        f'<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="j_lzl_r p_reply" data-field=\'{{"pid":{post_id},"total_num":{2 if lzl else 0}}}\'><a rel="noopener" class="lzl_link_unfold" style="display:;">{reply}</a></div>'
        f'<ul class="p_tail"><li><span>{floor}楼</span></li><li><span>{time}</span></li></ul></div>{lzl}</div></div>'
        f'<div class="clear"></div></div>\n'
    )


def build_tieba(path: Path) -> Gold:
    def p(h: str, i: int) -> str:
        return gwr(J02_YEAR, h, i)

    first = [
        ("一、推动重要领域改革取得新突破", [p("（一）", k) for k in range(3)]),
        ("二、开创高水平对外开放新局面", [p("（二）", k) for k in range(2)]),
    ]
    third = [
        ("三、增强内需拉动经济的主引擎作用", [p("（三）", k) for k in range(3)]),
        ("四、统筹做好保障和改善民生工作", [p("（八）", k) for k in range(3)]),
    ]
    body: list[str] = []

    def lines_of(blocks: list[tuple[str, list[str]]], opening: str, closing: str) -> list[str]:
        out = [opening, ""]
        for h, paras in blocks:
            out.append(h)
            for x in paras:
                out.append(x)
                body.append(x)
            out.append("")
        if closing:
            out.append(closing)
        return out

    lzl = (
        '<div class="j_lzl_container core_reply_wrapper" style="min-height: 0px; display: block;"><div class="core_reply_border_top"></div><div class="j_lzl_c_b_a core_reply_content"><ul class="j_lzl_m_w" style="display:">'
        + "".join(
            f'<li class="lzl_single_post j_lzl_s_p {"first_no_border" if k == 0 else ""}" data-field=\'{{"spid":{48391300000 + k}}}\'><a rel="noopener" data-field=\'{{"un":"{uid("j02u", n)[:8]}"}}\' target="_blank" class="j_user_card lzl_p_p" href="/home/main?un={uid("j02u", n)[:16]}&amp;ie=utf-8"><img src="http://tb.himg.example/sys/portrait/item/{uid("j02", n)[:24]}"></a><div class="lzl_cnt"><a rel="noopener" class="at j_user_card " href="/home/main?un={uid("j02u", n)[:16]}&amp;ie=utf-8" target="_blank" username="{esc(n)}">{esc(n)}</a>:&nbsp;<span class="lzl_content_main">{esc(c)}</span><div class="lzl_content_reply"><span class="lzl_op_list j_lzl_o_l"></span><span class="lzl_time">{t}</span><a href="#" class="lzl_s_r">回复</a></div></div></li>'
            for k, (n, c, t) in enumerate(J02_LZL)
        )
        + '<li class="lzl_li_pager j_lzl_l_p lzl_li_pager_s" data-field=\'{"total_page":1}\'><a class="j_lzl_p btn-sub btn-small pull-right" href="#"><i class="icon-reply"></i>我也说一句</a></li></ul></div><div class="lzl_editor_container j_lzl_e_c lzl_editor_container_s" style="display: none;"></div></div>'
    )
    posts = [
        tieba_post(1, J02_OP, lines_of(first, J02_INTRO, ""), "2014-03-05 22:47", True, lzl),
        tieba_post(
            2, J02_REPLIES[0][:3] + ("小有名气",), [J02_REPLIES[0][3]], "2014-03-05 22:51", False
        ),
        tieba_post(3, J02_OP, lines_of(third, J02_CONT, J02_DONE), "2014-03-05 23:20", True),
        tieba_post(
            4, J02_REPLIES[1][:3] + ("初级粉丝",), [J02_REPLIES[1][3]], "2014-03-06 08:15", False
        ),
        '<div class="l_post l_post_bright j_l_post clearfix fc-ad-post" data-field=\'{}\'><div class="d_author"></div><div class="d_post_content_main"><div class="p_content"><div class="ad_bottom_view"><a href="http://e.bczx.example/c?ad=58213&amp;src=tb_pb" target="_blank" rel="nofollow">'
        f'<img src="http://e.bczx.example/ad/58213.jpg" width="560" height="160"><p class="ad_title">{J02_AD}</p></a><span class="label_text">广告</span></div></div></div><div class="clear"></div></div>\n',
        '<div class="l_post l_post_bright j_l_post clearfix" data-field=\'{"content":{"post_no":5}}\'><div class="p_forbidden_post_content_fold j_fold_post">'
        f'{J02_FOLD}&nbsp;<span class="p_forbidden_post_content_unfold">隐藏此楼</span><span class="p_forbidden_post_content_unfold j_unfold">查看此楼</span></div></div>\n',
        tieba_post(
            6, J02_REPLIES[2][:3] + ("中级粉丝",), [J02_REPLIES[2][3]], "2014-03-06 12:30", False
        ),
    ]
    pager = '<li class="l_pager pager_theme_4 pb_list_pager"><span class="tP">1</span>\n<a href="/p/2901734562?pn=2">2</a>\n<a href="/p/2901734562?pn=2">下一页</a>\n<a href="/p/2901734562?pn=2">尾页</a>\n</li>'
    page = f"""<!DOCTYPE html><!--STATUS OK--><html><head><meta name="keywords" content="{J02_SITE},{J02_FORUM},{esc(J02_TITLE)}"/><meta name="description" content="{esc(J02_INTRO)}..." /><meta charset="GBK"><meta furl="tieba.bczx.example/f?kw={J02_FORUM}" fname="{J02_FORUM}"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="baidu-site-verification" content="jpBCrwX689" /><link rel="search" type="application/opensearchdescription+xml" href="/tb/cms/content-search.xml" title="{J02_SITE}" /><title>{esc(J02_TITLE)}_{J02_FORUM}吧_{J02_SITE}</title><script>var PageData = {{"tbs":"3f9e1d2c7a5b84601394040000","charset":"GBK","product":"pb","page":"pb","forum":{{"id":310827,"name":"{J02_FORUM}"}},"thread":{{"thread_id":{J02_THREAD},"title":"{esc(J02_TITLE)}","reply_num":32}}}};</script>
<link rel="stylesheet" href="http://tb1.bdstatic.bczx.example/tb/_/common_{uid("j02css")[:8]}.css" /><link rel="stylesheet" href="http://tb1.bdstatic.bczx.example/tb/_/pb_{uid("j02css2")[:8]}.css" />
</head><body>
<div id="com_userbar" class="userbar "><ul><li class="u_tbmall"><a href="/tbmall/home" target="_blank">会员</a></li><li class="u_login"><div class="u_menu_item"><a rel="noreferrer" href="#" onclick="return false;">登录</a></div></li><li class="u_reg"><div class="u_menu_item"><a rel="noreferrer" href="https://passport.bczx.example/v2/?reg" target="_blank">注册</a></div></li></ul></div>
<div class="wrap1"><div class="wrap2"><div id="head" class=" search_bright clearfix"><div class="head_inner"><div class="search_top clearfix"><div class="search_nav j_search_nav"><a rel="noreferrer" href="http://news.bczx.example/">新闻</a><a rel="noreferrer" href="http://www.bczx.example/">网页</a><b>贴吧</b><a rel="noreferrer" href="http://zhidao.bczx.example/">知道</a><a rel="noreferrer" href="http://music.bczx.example/">音乐</a><a rel="noreferrer" href="http://image.bczx.example/">图片</a><a rel="noreferrer" href="http://v.bczx.example/">视频</a></div></div>
<div class="search_main_wrap"><div class="search_main clearfix"><div class="search_form"><a rel="noreferrer" title="到贴吧首页" href="/" class="search_logo"></a><input class="search_ipt search_inp_border j_search_input tb_header_search_input" name="kw1" value="{J02_FORUM}" type="text" autocomplete="off" size="42" tabindex="1" id="wd1" maxlength="100" x-webkit-grammar="builtin:search" x-webkit-speech="true"/><span class="search_btn_wrap search_btn_enter_ba_wrap"><a rel="noreferrer" class="search_btn search_btn_enter_ba j_enter_ba" href="#" onclick="return false;">进入贴吧</a></span><span class="search_btn_wrap"><a rel="noreferrer" class="search_btn j_search_post" href="#" onclick="return false;">全吧搜索</a></span></div></div></div></div></div>
<div class="card_top_wrap clearfix card_top_theme "><div class="card_top_right"><div class="card_title "><a class="card_title_fname" title="" href="/f?kw={J02_FORUM}&amp;ie=utf-8">{J02_FORUM}吧</a><a class="card_head_img_a" href="/f?kw={J02_FORUM}"></a><span class="focus_btn islike_focus" id="j_head_focus_btn" title="已关注">已关注</span><div class="card_num"><span class="card_numLabel">关注：</span><span class="card_menNum">128,405</span><span class="card_numLabel">贴子：</span><span class="card_infoNum">3,271,660</span></div></div><p class="card_slogan">东川人的网上家园，欢迎家乡人常回来看看</p></div></div>
<div class="content clearfix"><div class="pb_content clearfix" id="pb_content">
<div class="left_section"><div id="j_core_title_wrap" class="core_title_wrap_bright clearfix"><div class="core_title_theme_bright"></div><h3 class="core_title_txt pull-left text-overflow  " title="{esc(J02_TITLE)}" style="width: 396px">{esc(J02_TITLE)}</h3><ul class="core_title_btns pull-right"><li><a href="/p/{J02_THREAD}?see_lz=1" id="lzonly_cntn" class="l_lzonly">只看楼主</a></li><li><a href="#" class="j_thread_collect" id="j_thread_collect">收藏</a></li><li><a href="#sub" class="p_quick_reply">回复</a></li></ul></div>
<div class="l_thread_info"><ul class="l_posts_num">{pager}<li class="l_reply_num" style="margin-left:8px"><span class="red" style="margin-right:3px">32</span>回复贴，共<span class="red">2</span>页</li><li class="l_reply_num"><a href="#" class="j_jump_page">跳到</a></li></ul></div>
<div class="p_postlist" id="j_p_postlist">
{"".join(posts)}</div>
<div class="l_thread_info"><ul class="l_posts_num">{pager}</ul></div>
<div class="pb_footer"><div class="tb_rich_poster_container"><div class="poster_head clearfix"><div class="poster_head_text">发表回复</div></div><div class="j_editor_wrap"><div class="edui-container"><div class="edui-editor-body"><div class="tb-editor-editarea" contenteditable="true"></div></div></div><div class="poster_posting_status">发贴请遵守<a href="/tb/eula.html" target="_blank">贴吧协议及“七条底线”</a></div><button class="ui_btn ui_btn_m j_submit poster_submit" type="button"><span><em>发 表</em></span></button></div></div></div>
</div>
<div class="right_section"><div class="region_bright"><div class="region_header"><div class="region_title">贴吧热议榜</div></div><ul class="topic_list"><li><a href="#">东川地铁2号线进展如何</a></li><li><a href="#">今年的油菜花节几号开始</a></li><li><a href="#">老城区改造有没有最新消息</a></li></ul></div></div>
</div></div>
<div class="footer"><span>&copy;2014 {J02_SITE[:2]}</span><a href="/tb/eula.html" target="_blank">贴吧协议</a><span>|</span><a href="/tb/cms/tieba-fe/tieba_promise/index.html" target="_blank">吧主制度</a><span>|</span><a href="/hermes/feedback" target="_blank">意见反馈</a><span>|</span><a href="/tb/zt/rumor" target="_blank">网络谣言警示</a></div>
</div></div>
<script src="http://tb1.bdstatic.bczx.example/tb/_/pb_{uid("j02js")[:8]}.js"></script>
</body></html>
"""
    data = page.encode("gbk")
    assert data.decode("gbk") == page
    path.write_bytes(data)
    return page_gold(
        page,
        J02_TITLE,
        [(h, 1) for h, _ in first + third],
        body,
        (0, 2, 4, 6, 9),
        [
            "只看楼主",
            J02_REPLIES[0][3],
            J02_REPLIES[1][3],
            J02_REPLIES[2][3],
            J02_LZL[0][1],
            J02_LZL[1][1],
            "我也说一句",
            J02_AD,
            J02_FOLD,
            "回复贴，共",
            "发表回复",
            "贴吧热议榜",
            "网络谣言警示",
        ],
        "a 贴吧-like forum thread saved as HTML only (raw GBK bytes, <meta charset=GBK>; "
        "forum, site and users made up): the title is the thread subject in "
        "<h3 class=core_title_txt> (also <title> with _东川吧_百川贴吧 and PageData); the "
        "forum card (东川吧, 关注/贴子 counts, slogan), 只看楼主/收藏/回复 and the pager "
        "are not body; posts are div.l_post with JSON data-field attributes; the thread "
        "starter's first post (1楼, 楼主 mark, name, 吧务 badge) holds the article as "
        "<br>-separated lines in div.d_post_content: typed 一、/二、 lines without bold "
        "are the section heads (level 1), each following line a whole paragraph; the "
        "starter's own opening line (刚看完直播…) is unscored; the 楼中楼 replies under "
        "1楼 are not body; 2楼 is another user's 沙发 reply (not body); the starter goes "
        "on in 3楼 (接上楼, unscored) with 三、/四、 heads and paragraphs, which are the "
        "rest of the article (heads in the gold, one must_have from it; a reader that "
        "stops at the first post misses them) and （完） (unscored); 4楼 and 6楼 replies, "
        "the ad post (广告) and the folded 5楼 (该楼层疑似违规已被系统折叠) are not body; "
        "the reply editor (发表回复), 贴吧热议榜 and the footer are not body",
    )


# ------------------------------------- j03 新浪博客-like post saved by Internet Explorer

J03_YEAR = 2015
J03_TITLE = "读2015年政府工作报告（二）：改革开放和民生建设"
J03_BLOG = "听涛斋"
J03_BLOGGER = "听涛斋主"
J03_BLOG_ID = "4a5b2c3d0102vf8z"
J03_URL = f"http://blog.xinglang.example/s/blog_{J03_BLOG_ID}.html"
J03_TIME = "(2015-03-08 21:14:35)"
J03_TAGS = ("政府工作报告", "两会", "读报笔记", "杂谈")
J03_CLASS = "读书札记"
J03_LEAD = "接着上一篇，今天读报告的第三、第五部分，照例把原文要紧的几段抄录下来。"
J03_TAIL = "（未完待续）"
J03_INFO = "阅读(1236)┊ 评论 (3)┊ 收藏(2) ┊转载(5) ┊ 喜欢▼ ┊打印┊举报"
J03_PREV = "读2015年政府工作报告（一）：回顾与部署"
J03_NEXT = "读2015年政府工作报告（三）：政府自身建设"
J03_COMMENTS = (
    ("东湖居士", "2015-03-08 22:03:11", "抄得工整，学习了。"),
    ("青衫客", "2015-03-09 08:40:52", "价格改革那段值得细读，博主辛苦。"),
)
J03_PROFILE = ("博客等级：", "博客积分：0", "博客访问：186,442", "关注人气：1,207")

WBR4 = "&nbsp;<WBR>" * 4


def build_ie_blog(path: Path) -> Gold:
    def p(h: str, i: int) -> str:
        return gwr(J03_YEAR, h, i)

    outline: list[tuple[str, int, list[str]]] = [
        ("一、把改革开放扎实推向纵深", 1, [p("三、", 0)]),
        ("（一）简政放权和投融资体制改革", 2, [p("三、", 1), p("三、", 3)]),
        ("（二）价格和财税体制改革", 2, [p("三、", 4), p("三、", 5)]),
        ("二、持续推进民生改善和社会建设", 1, [p("五、", 0)]),
        ("（一）创业就业和社会保障", 2, [p("五、", 1), p("五、", 2)]),
        ("（二）教育和医疗卫生", 2, [p("五、", 3), p("五、", 4)]),
    ]
    body: list[str] = []
    parts = [f"<P>{WBR4}{esc(J03_LEAD)}</P>", "<P>&nbsp;</P>"]
    n = 0
    for h, lv, paras in outline:
        if lv == 1:
            parts.append(f"<P><FONT color=#c00000 size=4><STRONG>{esc(h)}</STRONG></FONT></P>")
        else:
            parts.append(f"<P>{WBR4}<STRONG>{esc(h)}</STRONG></P>")
        for x in paras:
            tag = "DIV" if n % 3 == 2 else "P"
            parts.append(f"<{tag}>{WBR4}{esc(x)}</{tag}>")
            body.append(x)
            n += 1
        parts.append("<P>&nbsp;</P>")
    parts.append(f"<P align=right>{esc(J03_TAIL)}</P>")
    content = "\r\n".join(parts)
    tags = "".join(
        f'<H3><A href="http://search.xinglang.example/?q={uid("j03t", t)[:10]}&amp;c=blog&amp;from=index" target=_blank>{esc(t)}</A></H3>'
        for t in J03_TAGS
    )
    comments = "".join(
        f'<LI><DIV class=SG_revert_Tit><SPAN class=SG_revert_Cont><A href="http://blog.xinglang.example/u/{2100000000 + k}" target=_blank>{esc(n)}</A></SPAN><SPAN class=SG_revert_Time><EM class=SG_txtc>{t}</EM></SPAN></DIV><DIV class=SG_revert_Inner>{esc(c)}</DIV><P class=myReFrom><SPAN class=SG_revert_Func><A href="javascript:;">回复</A></SPAN></P></LI>'
        for k, (n, t, c) in enumerate(J03_COMMENTS)
    )
    files = f"{J03_TITLE}_{J03_BLOG}_星浪博客.files"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
{saved_from(J03_URL)}
<HTML xmlns="http://www.w3.org/1999/xhtml"><HEAD><META content="IE=7.0000"{SP}
http-equiv="X-UA-Compatible"><TITLE>{esc(J03_TITLE)}_{J03_BLOG}_星浪博客</TITLE>
<META content="text/html; charset=utf-8" http-equiv=Content-Type>
<META content=IE=EmulateIE7 http-equiv=X-UA-Compatible>
<META name=keywords content="{esc(J03_TITLE)},{J03_BLOG},{",".join(J03_TAGS)}">
<META name=description content="{esc(J03_TITLE)}_{J03_BLOG}_星浪博客,{J03_BLOG},">
<LINK rel=stylesheet type=text/css href="{files}/newblog.css">
<LINK rel=stylesheet type=text/css href="{files}/blog_article.css">
<STYLE type=text/css>.articalContent {{ FONT-SIZE: 14px; LINE-HEIGHT: 1.8 }}
.SG_txtc {{ COLOR: #999 }}
</STYLE>
<SCRIPT type=text/javascript>
var $encoding = "utf-8";var scope = {{$uid : "1247532861",$PRODUCT_NAME : "blog7",$pageid : "article",$articleid : "{J03_BLOG_ID}",$blogname : "{J03_BLOG}"}};
</SCRIPT>

<META name=GENERATOR content="MSHTML 8.00.7601.18738"></HEAD>
<BODY>
<DIV id=sinablogb class=sinabloga>
<DIV id=sinablogHead class=sinabloghead>
<DIV id=blogTop class=blogtoparea>
<DIV class=topbar><A href="http://www.xinglang.example/" target=_blank>星浪首页</A> | <A href="http://blog.xinglang.example/" target=_blank>博客</A> | <A href="javascript:;">登录</A> | <A href="javascript:;">注册</A></DIV>
<H1 id=blogname class=blogtitle><A href="http://blog.xinglang.example/tingtaozhai"><SPAN id=blognamespan>{J03_BLOG}</SPAN></A></H1>
<DIV class=bloglink><A href="http://blog.xinglang.example/tingtaozhai">http://blog.xinglang.example/tingtaozhai</A> <A class=CP_a_fuc href="javascript:void(0);">[订阅]</A><A class=CP_a_fuc href="javascript:void(0);">[手机订阅]</A></DIV></DIV>
<DIV class=blognav id=blognav>
<DIV class=blognavBg><SPAN class=blognavInfo><SPAN><A href="http://blog.xinglang.example/tingtaozhai">首页</A></SPAN><SPAN><A href="http://blog.xinglang.example/s/articlelist_1247532861_0_1.html">博文目录</A></SPAN><SPAN><A href="http://photo.blog.xinglang.example/tingtaozhai">图片</A></SPAN><SPAN class=last><A href="http://blog.xinglang.example/s/profile_1247532861.html">关于我</A></SPAN></SPAN></DIV></DIV></DIV>
<DIV class=sinablogbody id=sinablogbody>
<DIV id=column_1 class=SG_colW21>
<DIV id=module_901 class=SG_conn>
<DIV class=SG_connHead><SPAN class=title>个人资料</SPAN></DIV>
<DIV class=SG_connBody>
<DIV class=info>
<DIV class=info_img><IMG id=comp_901_head alt={J03_BLOGGER} src="{files}/1247532861_180.jpg" width=180 height=180></DIV>
<DIV class=info_txt><DIV class=info_nm><STRONG id=ownernick>{J03_BLOGGER}</STRONG></DIV>
<DIV class=info_btn1><A class=SG_aBtn href="javascript:void(0);"><CITE>加好友</CITE></A><A class=SG_aBtn href="javascript:void(0);"><CITE>发纸条</CITE></A></DIV>
<DIV class=info_btn2><A class=SG_aBtn href="javascript:void(0);"><CITE>写留言</CITE></A><A class=SG_aBtn href="javascript:void(0);"><CITE>加关注</CITE></A></DIV>
<DIV class=info_list><UL class=info_list1><LI><SPAN class=SG_txtc>{J03_PROFILE[0]}</SPAN><SPAN id=comp_901_grade><IMG title="星浪博客等级" src="{files}/grade_12.gif"></SPAN></LI><LI><SPAN class=SG_txtc>{J03_PROFILE[1]}</SPAN></LI></UL>
<UL class=info_list2><LI><SPAN class=SG_txtc>{J03_PROFILE[2]}</SPAN></LI><LI><SPAN class=SG_txtc>{J03_PROFILE[3]}</SPAN></LI></UL></DIV></DIV></DIV></DIV></DIV>
<DIV id=module_4 class=SG_conn>
<DIV class=SG_connHead><SPAN class=title>分类</SPAN></DIV>
<DIV class=SG_connBody><UL class=list_ul><LI><A href="http://blog.xinglang.example/s/articlelist_1247532861_1_1.html">{J03_CLASS}</A><EM>(37)</EM></LI><LI><A href="http://blog.xinglang.example/s/articlelist_1247532861_2_1.html">旅途随笔</A><EM>(21)</EM></LI><LI><A href="http://blog.xinglang.example/s/articlelist_1247532861_3_1.html">家长里短</A><EM>(58)</EM></LI></UL></DIV></DIV></DIV>
<DIV id=column_2 class=SG_colW73>
<DIV id=module_920 class=SG_conn>
<DIV class=SG_connHead><SPAN class=title>正文</SPAN><SPAN class=edit><SPAN id=articleFontManage class=fontSize>字体大小：<A href="javascript:;">大</A> <STRONG>中</STRONG> <A href="javascript:;">小</A></SPAN></SPAN></DIV>
<DIV class=SG_connBody>
<DIV id=articlebody class=artical>
<DIV class=articalTitle><H2 id=t_{J03_BLOG_ID} class="titName SG_txta">{esc(J03_TITLE)}</H2><SPAN class="time SG_txtc">{J03_TIME}</SPAN><DIV class=turnBoxzz><A class=SG_aBtn href="javascript:;"><CITE>转载<IMG class=SG_icon src="{files}/sg_trans.gif">▼</CITE></A></DIV></DIV>
<DIV id={J03_BLOG_ID} class=articalTag>
<TABLE>
<TBODY>
<TR>
<TD class=blog_tag><SCRIPT>var $tag='{",".join(J03_TAGS)}';var $tag_code='{uid("j03tag")[:32]}';</SCRIPT>
<H3>标签：</H3>{tags}</TD>
<TD class=blog_class><SPAN class=SG_txtb>分类：</SPAN><A href="http://blog.xinglang.example/s/articlelist_1247532861_1_1.html" target=_blank>{J03_CLASS}</A></TD></TR></TBODY></TABLE></DIV>
<DIV id=sina_keyword_ad_area2 class="articalContent   newfont_family">
{content}
</DIV><!-- 正文结束 -->
<DIV id=share class=shareUp><DIV class=share_lb>分享：</DIV><DIV class=share_btn><A title=分享到微博 href="javascript:;">微博</A> <A title=分享到QQ空间 href="javascript:;">QQ空间</A></DIV></DIV>
<DIV class=articalInfo><DIV class=IL><SPAN>{J03_INFO}</SPAN></DIV></DIV>
<DIV class=articalfrontback><DIV><SPAN class=SG_txtb>前一篇：</SPAN><A href="http://blog.xinglang.example/s/blog_4a5b2c3d0102vf7q.html">{esc(J03_PREV)}</A></DIV><DIV><SPAN class=SG_txtb>后一篇：</SPAN><A href="http://blog.xinglang.example/s/blog_4a5b2c3d0102vf9c.html">{esc(J03_NEXT)}</A></DIV></DIV>
<DIV class=allComm><DIV class=allCommTit><DIV class="SG_floatL"><STRONG>评论</STRONG><SPAN>[<A href="javascript:;">发评论</A>]</SPAN></DIV></DIV>
<UL id=article_comment_list class=SG_cmp_revert>{comments}</UL></DIV>
</DIV></DIV></DIV></DIV></DIV>
<DIV id=diggerFooter class=sinablogfooter><P>星浪BLOG意见反馈留言板　不良信息反馈　电话：4000-520-066 提示音后按2键（按当地市话标准计费）　欢迎批评指正</P>
<P><A href="http://corp.xinglang.example/">星浪简介</A> | <A href="http://corp.xinglang.example/eng/">About XingLang</A> | <A href="http://emarketing.xinglang.example/">广告服务</A> | <A href="http://www.xinglang.example/contactus.html">联系我们</A> | <A href="http://www.xinglang.example/lawfirm.html">网站律师</A></P>
<P class=copyright>Copyright &copy; 1996 - 2015 XINGLANG Corporation, All Rights Reserved</P>
<P>星浪公司 <A href="http://www.xinglang.example/copyright.html">版权所有</A></P></DIV></DIV>
<SCRIPT type=text/javascript src="{files}/blog_article.js"></SCRIPT>
</BODY></HTML>
"""
    page = page.replace("\r\n", "\n").replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + page.encode("utf-8"))
    return page_gold(
        page,
        J03_TITLE,
        [(h, lv) for h, lv, _ in outline],
        body,
        (0, 2, 4, 6, 9),
        [
            J03_BLOG,
            "个人资料",
            J03_PROFILE[2],
            J03_PROFILE[3],
            "字体大小：",
            J03_TIME,
            "标签：",
            "读报笔记",
            "分类：",
            "分享：",
            J03_INFO,
            J03_PREV,
            J03_NEXT,
            J03_COMMENTS[1][2],
            "星浪BLOG意见反馈留言板",
        ],
        "a 新浪博客-like blog post saved by Internet Explorer 8 as 网页，全部 (blog, blogger "
        "and site made up): UTF-8 with a BOM, CRLF, the saved-from comment after the "
        "doctype, upper-case tags and unquoted attribute values as MSHTML writes them, "
        "<META name=GENERATOR content=MSHTML 8…>; the page's only <H1> is the blog's "
        'name 听涛斋 (not the title); the title is <H2 class="titName SG_txta"> in the '
        "正文 module (also <TITLE> with _听涛斋_星浪博客); the time in brackets, the 转载▼ "
        "button, the 标签： table whose label and tags are each an <H3> (not headings), "
        "分类： are not body; the profile column (个人资料, 博客等级/积分/访问/关注人气, "
        "分类 list) comes before the main column in the source and is not body; in "
        "div.articalContent paragraphs are <P> or <DIV> indented by four &nbsp;<WBR> "
        "runs; bold red <FONT size=4><STRONG> 一、 lines are level 1, indented bold "
        "（一） lines level 2 (both restart under each 一、); the blogger's opening line "
        "(接着上一篇…) and the right-aligned （未完待续） are unscored; after the content "
        "分享：, the 阅读/评论/收藏/转载/喜欢/打印/举报 line, 前一篇/后一篇, 评论 with two "
        "comments and the footer are not body",
    )


# ------------------------------- j04 archived 2013 news page as a web archive replays it

J04_YEAR = 2013
J04_TITLE = "政府工作报告民生举措摘要：千方百计扩大就业　不断完善社会保障"
J04_SITE = "东川新闻网"
J04_HOST = "http://www.dcxww.example"
J04_URL = f"{J04_HOST}/news/2013-03/07/content_1735621.htm"
J04_TS = "20130307021533"
J04_META = "2013-03-07 02:14:51　来源：东川日报　作者：记者 王晓峰"
J04_CAPTION = "3月5日，东川市民在社区活动室收看十二届全国人大一次会议开幕会直播。　记者 李娜 摄"
J04_EDITOR = "（编辑：刘慧）"
J04_RELATED = (
    "我市代表团审议政府工作报告",
    "政府工作报告中的“民生账单”",
    "图解：2013年政府工作报告",
    "市民热议：就业、看病、住房最关心",
)
J04_TOOLBAR = ("3 captures", "07 Mar 2013 - 17 Jun 2016", "About this capture")


def wb(url: str, kind: str = "") -> str:
    """A link as the archive rewrites it: ``/web/<timestamp><kind>/<original>``."""
    return f"/web/{J04_TS}{kind}/{url}"


def wayback_toolbar() -> str:
    tsu = f"https://web.archive.org/web/{J04_TS}/{J04_URL}"
    static = "https://web-static.archive.org/_static"
    return f"""<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="donato" style="position:relative;width:100%;">
  <div id="donato-base">
    <iframe id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer=https%3A//web.archive.org/web/{J04_TS}/{J04_URL.replace(":", "%3A")}"
{TAB}    scrolling="no" frameborder="0" style="width:100%; height:100%">
    </iframe>
  </div>
</div><div id="wm-ipp-inside">
  <div id="wm-toolbar" style="position:relative;display:flex;flex-flow:row nowrap;justify-content:space-between;">
    <div id="wm-logo" style="/*width:110px;*/padding-top:12px;">
      <a href="/web/" title="Wayback Machine home page"><img src="{static}/images/toolbar/wayback-toolbar-logo-200.png" srcset="{static}/images/toolbar/wayback-toolbar-logo-100.png, {static}/images/toolbar/wayback-toolbar-logo-150.png 1.5x, {static}/images/toolbar/wayback-toolbar-logo-200.png 2x" alt="Wayback Machine" style="width:100px" border="0" /></a>
    </div>
    <div class="c" style="display:flex;flex-flow:column nowrap;justify-content:space-between;flex:1;">
      <form class="u" style="display:flex;flex-direction:row;flex-wrap:nowrap;" target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{J04_URL}" onfocus="this.focus();this.select();" style="flex:1;"/><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="{J04_TS}" /><input type="submit" value="Go" /></form>
      <div style="display:flex;flex-flow:row nowrap;align-items:flex-end;">
        <div class="s" id="wm-nav-captures" style="flex:1;">
{TAB}  <a class="t" href="/web/{J04_TS}*/{J04_URL}" title="See a list of every capture for this URL">{J04_TOOLBAR[0]}</a>
{TAB}  <div class="r" title="Timespan for captures of this URL">{J04_TOOLBAR[1]}</div>
{TAB}</div>
        <div class="k">
          <a href="" id="wm-graph-anchor">
            <div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative">
              <canvas id="wm-sparkline-canvas" width="725" height="27" border="0"></canvas>
            </div>
          </a>
        </div>
      </div>
    </div>
    <div class="n">
      <table>
{TAB}<tbody>
{TAB}  <!-- NEXT/PREV MONTH NAV AND MONTH INDICATOR -->
{TAB}  <tr class="m">
{TAB}    <td class="b" nowrap="nowrap">Feb</td>
{TAB}    <td class="c" id="displayMonthEl" title="You are here: 02:15:33 Mar 07, 2013">MAR</td>
{TAB}    <td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/20130412183305/{J04_URL}" title="18:33:05 Apr 12, 2013"><strong>Apr</strong></a></td>
{TAB}  </tr>
{TAB}  <!-- NEXT/PREV CAPTURE NAV AND DAY OF MONTH INDICATOR -->
{TAB}  <tr class="d">
{TAB}    <td class="b" nowrap="nowrap"><img src="{static}/images/toolbar/wm_tb_prv_off.png" alt="Previous capture" width="14" height="16" border="0" /></td>
{TAB}    <td class="c" id="displayDayEl" style="width:34px;font-size:22px;white-space:nowrap;" title="You are here: 02:15:33 Mar 07, 2013">07</td>
{TAB}    <td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/20130412183305/{J04_URL}" title="18:33:05 Apr 12, 2013"><img src="{static}/images/toolbar/wm_tb_nxt_on.png" alt="Next capture" width="14" height="16" border="0" /></a></td>
{TAB}  </tr>
{TAB}  <!-- NEXT/PREV YEAR NAV AND YEAR INDICATOR -->
{TAB}  <tr class="y">
{TAB}    <td class="b" nowrap="nowrap">2012</td>
{TAB}    <td class="c" id="displayYearEl" title="You are here: 02:15:33 Mar 07, 2013">2013</td>
{TAB}    <td class="f" nowrap="nowrap"><a href="https://web.archive.org/web/20160617091240/{J04_URL}" title="17 Jun 2016"><strong>2016</strong></a></td>
{TAB}  </tr>
{TAB}</tbody>
      </table>
    </div>
    <div class="r" style="display:flex;flex-flow:column nowrap;align-items:flex-end;justify-content:space-between;">
      <div id="wm-btns" style="text-align:right;height:23px;">
        <span class="xxs">
          <div id="wm-save-snapshot-success">success</div>
          <div id="wm-save-snapshot-fail">fail</div>
          <a href="#" onclick="__wm.saveSnapshot('{J04_URL}', '{J04_TS}', [], 'wm-save-snapshot-in-progress');" title="Share via My Web Archive" id="wm-save-snapshot-open"><span class="iconochive-web"></span></a>
          <a href="https://archive.org/account/login.php" title="Sign In" id="wm-sign-in"><span class="iconochive-person"></span></a>
        </span>
        <a class="xxs" href="https://help.archive.org/help/category/the-wayback-machine/" title="Get some help using the Wayback Machine" style="top:-6px;"><span class="iconochive-question" style="color:rgb(87,186,244);font-size:160%;"></span></a>
        <a id="wm-tb-close" href="#close" onclick="__wm.h(event);return false;" style="top:-2px;" title="Close the toolbar"><span class="iconochive-remove-circle" style="color:#888888;font-size:240%;"></span></a>
      </div>
      <div id="wm-share" class="xxs">
        <a href="/web/{J04_TS}0000*/{J04_URL}" id="wm-expand" class="wm-btn wm-closed" onclick="__wm.ex(event);return false;"><span id="wm-expand-icon" class="iconochive-down-solid"></span> <span class="xxs" style="font-size:80%;">{J04_TOOLBAR[2]}</span></a>
      </div>
    </div>
  </div>
</div>
<div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow:hidden">
  <div id="wm-capinfo-collected-by">
    <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div>
    <div style="padding:3px;position:relative" id="wm-collected-by-content">
      <div style="display:inline-block;vertical-align:top;width:50%;">
        <span class="c-logo" style="background-image:url(https://archive.org/services/img/alexacrawls);"></span>
        Organization: <a style="color:#33f;" href="https://archive.org/details/alexacrawls" target="_new"><span class="wm-title">Alexa Crawls</span></a>
        <div style="max-height:75px;overflow:hidden;position:relative;">
          <div style="position:absolute;top:0;left:0;width:100%;height:75px;background:linear-gradient(to bottom,rgba(255,255,255,0) 0%,rgba(255,255,255,0) 90%,rgba(255,255,255,255) 100%);"></div>
          Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.  Flowing in every day, these data are added to the <a href="https://web.archive.org/">Wayback Machine</a> after an embargo period.
        </div>
      </div>
      <div style="display:inline-block;vertical-align:top;width:49%;">
        <span class="c-logo" style="background-image:url(https://archive.org/services/img/alexacrawls)"></span>
        <div>Collection: <a style="color:#33f;" href="https://archive.org/details/alexacrawls" target="_new"><span class="wm-title">Alexa Crawls</span></a></div>
        <div style="max-height:75px;overflow:hidden;position:relative;">
          Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.  Flowing in every day, these data are added to the <a href="https://web.archive.org/">Wayback Machine</a> after an embargo period.
        </div>
      </div>
    </div>
  </div>
  <div id="wm-capinfo-timestamps">
    <div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps for the elements of this page">TIMESTAMPS</div>
    <div>
      <div id="wm-capresources" style="margin:0 5px 5px 5px;max-height:250px;overflow-y:scroll !important"></div>
      <div id="wm-capresources-loading" style="text-align:left;margin:0 20px 5px 5px;display:none"><img src="{static}/images/loading.gif" alt="loading" /></div>
    </div>
  </div>
</div></div></div></div><div id="wm-ipp-print">The Wayback Machine - {tsu}</div>
<script type="text/javascript">//<![CDATA[
__wm.bt(725,27,25,2,"web","{J04_URL}","{J04_TS}",1996,"{static}/",["{static}/css/banner-styles.css?v=S1zqJCYt","{static}/css/iconochive.css?v=3PDvdIFv"], false);
  __wm.rw(1);
//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->
"""


def build_wayback(path: Path) -> Gold:
    def p(i: int) -> str:
        return gwr(J04_YEAR, "（三）", i)

    body = [p(k) for k in (0, 1, 2, 3, 5, 6, 7, 9)]
    paras = [f"<p>　　{esc(x)}</p>" for x in body]
    paras.insert(
        1,
        f'<p align="center"><img src="{wb(J04_HOST + "/pic/2013-03/07/1735621_s01.jpg", "im_")}" border="0" width="500" /></p>\n<p align="center"><font color="#000080">{esc(J04_CAPTION)}</font></p>',
    )
    content = "\n".join(paras)
    static = "https://web-static.archive.org/_static"
    related = "\n".join(
        f'<li><a href="{wb(f"{J04_HOST}/news/2013-03/0{5 + k // 2}/content_17356{k}0.htm")}" target="_blank">{esc(t)}</a><span>2013-03-0{5 + k // 2}</span></li>'
        for k, t in enumerate(J04_RELATED)
    )
    nav = "".join(
        f'<a href="{wb(f"{J04_HOST}/{u}/")}">{t}</a>'
        for u, t in (
            ("", "首页"),
            ("news", "本地新闻"),
            ("gn", "国内"),
            ("gj", "国际"),
            ("ent", "文娱"),
            ("photo", "图片"),
            ("epaper", "数字报"),
        )
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript">window.addEventListener('DOMContentLoaded',function(){{var v=archive_analytics.values;v.service='wb';v.server_name='wwwb-app220.us.archive.org';v.server_ms=412;archive_analytics.send_pageview({{}});}});</script>
<script type="text/javascript" src="{static}/js/bundle-playback.js?v=1WaXNDFE" charset="utf-8"></script>
<script type="text/javascript" src="{static}/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{{}};window.RufflePlayer.config={{"autoplay":"on","unmuteOverlay":"hidden","showSwfDownload":true}};</script>
<script type="text/javascript" src="{static}/js/ruffle/ruffle.js"></script>
<script type="text/javascript">
    __wm.init("https://web.archive.org/web");
  __wm.wombat("{J04_URL}","{J04_TS}","https://web.archive.org/","web","{static}/",
{TAB}      "1362622533");
</script>
<link rel="stylesheet" type="text/css" href="{static}/css/banner-styles.css?v=S1zqJCYt" />
<link rel="stylesheet" type="text/css" href="{static}/css/iconochive.css?v=3PDvdIFv" />
<!-- End Wayback Rewrite JS Include -->

<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(J04_TITLE)}_{J04_SITE}</title>
<meta name="keywords" content="政府工作报告,民生,就业,社会保障" />
<meta name="description" content="{esc(body[0][:40])}" />
<link href="{wb(J04_HOST + "/css/article.css", "cs_")}" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{wb(J04_HOST + "/js/jquery-1.4.2.min.js", "js_")}"></script>
</head>
<body>{wayback_toolbar()}<!--enpproperty <articleid>1735621</articleid><date>2013-03-07 02:14:51.0</date><author>王晓峰</author><title>{esc(J04_TITLE)}</title><keyword>政府工作报告,民生</keyword><subtitle></subtitle><introtitle></introtitle><siteid>2</siteid><nodeid>13</nodeid><nodename>本地新闻</nodename><nodesearchname>本地新闻</nodesearchname>/enpproperty--><!--enpproperty <date>2013-03-07 02:14:51.0</date><author>王晓峰</author><title>{esc(J04_TITLE)}</title><keyword>政府工作报告,民生</keyword><subtitle></subtitle><introtitle></introtitle><siteid>2</siteid><nodeid>13</nodeid><nodename>本地新闻</nodename><nodesearchname>本地新闻</nodesearchname>/enpproperty-->
<div class="top"><div class="top_l"><a href="{wb(J04_HOST + "/")}"><img src="{wb(J04_HOST + "/images/logo.gif", "im_")}" alt="{J04_SITE}" border="0" /></a></div><div class="top_r"><a href="{wb(J04_HOST + "/epaper/")}">东川日报</a> | <a href="{wb(J04_HOST + "/wb/")}">东川晚报</a> | <a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('{J04_HOST}/');">设为首页</a></div></div>
<div class="nav">{nav}</div>
<div class="position">当前位置：<a href="{wb(J04_HOST + "/")}">首页</a> &gt; <a href="{wb(J04_HOST + "/news/")}">本地新闻</a> &gt; 正文</div>
<div class="main">
<div class="main_l">
<h1>{esc(J04_TITLE)}</h1>
<div class="info">{J04_META}　【字号 <a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">我要打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="content" id="content">
<!--enpcontent-->{content}<!--/enpcontent-->
<p align="right">{J04_EDITOR}</p>
</div>
<!-- JiaThis Button BEGIN -->
<div class="jiathis_style"><span class="jiathis_txt">分享到：</span><a class="jiathis_button_qzone">QQ空间</a><a class="jiathis_button_tsina">新浪微博</a><a class="jiathis_button_tqq">腾讯微博</a><a class="jiathis_button_renren">人人网</a><a href="http://www.jiathis.com/share" class="jiathis jiathis_txt jtico jtico_jiathis" target="_blank">更多</a><a class="jiathis_counter_style"></a></div>
<script type="text/javascript" src="{wb("http://v3.jiathis.com/code/jia.js?uid=1362017", "js_")}" charset="utf-8"></script>
<!-- JiaThis Button END -->
<div class="pre_next"><p>上一篇：<a href="{wb(J04_HOST + "/news/2013-03/07/content_1735598.htm")}">我市召开春季农业生产工作会议</a></p><p>下一篇：<a href="{wb(J04_HOST + "/news/2013-03/07/content_1735640.htm")}">城区新增三条公交线路</a></p></div>
<div class="xgxw"><div class="xgxw_t">相关新闻</div><ul>
{related}
</ul></div>
</div>
<div class="main_r"><div class="r_t">图片新闻</div><ul><li><a href="{wb(J04_HOST + "/photo/2013-03/06/content_1735011.htm")}"><img src="{wb(J04_HOST + "/pic/2013-03/06/1735011_s.jpg", "im_")}" width="120" height="90" /><br />早春油菜花开</a></li></ul><div class="r_t">点击排行</div><ol><li><a href="{wb(J04_HOST + "/news/2013-03/06/content_1734925.htm")}">东川火车站改扩建工程开工</a></li><li><a href="{wb(J04_HOST + "/news/2013-03/05/content_1734410.htm")}">我市启动“春风行动”招聘会</a></li></ol></div>
</div>
<div class="footer"><p><a href="{wb(J04_HOST + "/about/")}">关于我们</a> | <a href="{wb(J04_HOST + "/contact/")}">联系我们</a> | <a href="{wb(J04_HOST + "/ad/")}">广告服务</a></p><p>东川新闻网版权所有　未经授权禁止复制或建立镜像</p><p>东ICP备06003512号　互联网新闻信息服务许可证编号：3612006002</p></div>
</body>
</html>
<!--
     FILE ARCHIVED ON 02:15:33 Mar 07, 2013 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 08:21:40 Jun 12, 2024.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.611
  exclusion.robots: 0.02
  exclusion.robots.policy: 0.009
  esindex: 0.012
  cdx.remote: 6.581
  LoadShardBlock: 172.384 (3)
  PetaboxLoader3.datanode: 205.771 (4)
  load_resource: 118.47
  PetaboxLoader3.resolve: 63.214
-->"""
    data = page.encode("gb2312")
    assert data.decode("gb2312") == page
    path.write_bytes(data)
    return page_gold(
        page,
        J04_TITLE,
        [],
        body,
        (0, 2, 4, 5, 7),
        [
            *J04_TOOLBAR,
            "COLLECTED BY",
            "The Wayback Machine - https://web.archive.org/web/",
            "当前位置：",
            J04_META,
            "我要打印",
            J04_EDITOR,
            "分享到：",
            "相关新闻",
            J04_RELATED[1],
            "点击排行",
            "东川新闻网版权所有",
        ],
        "a 2013 city news page as a web archive (Wayback-Machine-like) replays it, saved "
        "as HTML only (site, people and page made up; the archive's toolbar as the "
        "archive writes it): the archived page's GB2312 bytes (<meta http-equiv "
        "charset=gb2312> after the archive's own scripts in <head>) with the archive's "
        "English toolbar inserted at the top of <body> inside div#wm-ipp-base, shipped "
        "display:none and shown by the archive's scripts (URL form, 3 captures, the "
        "capture span, the FEB/MAR/APR, day and year calendar, success/fail, About this "
        "capture; a display:none COLLECTED BY/TIMESTAMPS panel; div#wm-ipp-print The "
        "Wayback Machine - …, shown only in print): none of it is body or title; every "
        "link rewritten to /web/<timestamp>[im_|cs_|js_]/http://…; two enpproperty "
        "comments hold the title again and the FILE ARCHIVED ON … and playback timings "
        "comments follow </html>; the title is the <h1> (also <title> with _东川新闻网); "
        "nav, 当前位置, the date/来源/作者 line with 字号/我要打印/关闭 are not body; "
        "the article has no subheads: <p> paragraphs with typed 　　 indents between "
        "<!--enpcontent--> marks, a centred picture and its caption (unscored), "
        "（编辑：刘慧） right-aligned inside the content div (not body); the JiaThis "
        "分享到： bar, 上一篇/下一篇, 相关新闻, 图片新闻/点击排行 and the footer are not body",
    )


# ------------------------------------------- j05 business-media article, SingleFile

J05_YEAR = 2016
J05_TITLE = "供给侧结构性改革怎么推进？读2016年政府工作报告的四组关键词"
J05_SITE = "鲸氪"
J05_URL = "https://www.jingke.example/p/1721453906945"
J05_AUTHOR = "政经观察局"
J05_TIME = "·2016-03-07 09:30"
J05_EDITOR_NOTE = (
    f"编者按：本文来自微信公众号“{J05_AUTHOR}”（ID：zjgcj2016），作者：林远，{J05_SITE}经授权发布。"
)
J05_ORIGINAL = f"本文由「{J05_AUTHOR}」原创出品，转载请联系出品方。"
J05_STATEMENT = f"该文观点仅代表作者本人，{J05_SITE}平台仅提供信息存储空间服务。"
J05_CAPTION = "图片来源：视觉东川"
J05_TAGS = ("供给侧改革", "国企改革", "宏观经济")
J05_AUTHOR_STATS = ("文章 1,203", "阅读量 856万")
J05_NEXT = "下一篇：一图看懂“十三五”规划纲要草案"
J05_RELATED = (
    "营改增全面推开，企业税负会降多少？",
    "去产能进入深水区：钢铁煤炭的五个难题",
    "国企改革“1+N”文件怎么落地",
)
J05_HOT = ("今年的赤字率为什么是3%", "创业板改革的三种可能", "新能源车补贴退坡时间表")
SINGLEFILE_CSS = (
    "html{-webkit-text-size-adjust:100%}body{margin:0;font-family:PingFang SC,Hiragino Sans GB,Microsoft YaHei,sans-serif;color:#262626;background:#fff}"
    "a{color:inherit;text-decoration:none}.kr-header{height:64px;border-bottom:1px solid #eee}.kr-header-nav a{display:inline-block;margin:0 14px;line-height:64px;font-size:16px}"
    ".article-detail-wrapper-box{display:flex;width:1200px;margin:0 auto}.article-left-container{width:800px}.article-right-container{width:340px;margin-left:60px}"
    ".article-title{font-size:32px;line-height:48px;font-weight:700}.title-icon-item{font-size:14px;color:#787878}.item-a{color:#4285f4}"
    ".summary{margin:24px 0;padding:16px 20px;background:#f6f6f6;color:#787878;font-size:16px;line-height:28px}"
    ".articleDetailContent p{margin:0 0 24px;font-size:18px;line-height:32px;text-align:justify}.articleDetailContent h2{font-size:22px;font-weight:700;margin:36px 0 20px;padding-left:12px;border-left:4px solid #4285f4}"
    ".articleDetailContent img{display:block;max-width:100%;margin:0 auto}.articleDetailContent .img-desc{font-size:14px;color:#999;text-align:center}"
    ".kr-statement{font-size:13px;color:#999}.kr-tag-list a{display:inline-block;margin-right:10px;padding:2px 12px;border:1px solid #ddd;border-radius:14px;font-size:13px}"
    ".item-title{font-size:15px;font-weight:400;line-height:22px;margin:0 0 12px}"
)


def singlefile_compress(html_text: str) -> str:
    """What SingleFile's "compress HTML content" does to the markup made here: values
    that need no quotes lose them, optional ``</p>``/``</li>`` end tags go (styles
    and scripts left alone)."""
    pieces = re.split(r"(<style>.*?</style>)", html_text, flags=re.S)
    out = []
    for k, piece in enumerate(pieces):
        if k % 2:
            out.append(piece)
            continue
        piece = piece.replace("</p>", "").replace("</li>", "")
        piece = re.sub(
            r"<[a-zA-Z][^>]*>",
            lambda m: re.sub(r'(\s[\w:-]+)="([^\s"\'=<>`]+)"', r"\1=\2", m.group(0)),
            piece,
        )
        out.append(piece)
    return "".join(out)


def build_singlefile(path: Path) -> Gold:
    def p(h: str, i: int) -> str:
        return gwr(J05_YEAR, h, i)

    blocks: list[tuple[str | None, list[str]]] = [
        (None, [p("（二）", 0)]),
        ("关键词一：简政放权和创业创新", [p("（二）", 1), p("（二）", 2)]),
        ("关键词二：去产能、降成本和改善供给", [p("（二）", 3), p("（二）", 4)]),
        ("关键词三：国企改革和非公经济", [p("（二）", 5), p("（二）", 6)]),
        ("关键词四：扩大有效需求", [p("（三）", k) for k in range(3)]),
    ]
    summary = p("（一）", 0).split("。")[0] + "。"
    picture = data_uri(png(64, 36, (196, 206, 222)))
    avatar = data_uri(png(8, 8, (66, 133, 244)))
    font = data_uri(b"wOF2" + bytes(60), "font/woff2")
    parts = [f"<p>{esc(J05_EDITOR_NOTE)}</p>"]
    body: list[str] = []
    for k, (h, paras) in enumerate(blocks):
        if h:
            parts.append(f'<h2 class="">{esc(h)}</h2>')
        for j, x in enumerate(paras):
            parts.append(f"<p>{esc(x)}</p>")
            body.append(x)
            if k == 2 and j == 0:
                parts.append(
                    f'<p><img src="{picture}" data-img-size-val="1080,608" alt="" class="" width="1080" height="608"></p><p class="img-desc">{J05_CAPTION}</p>'
                )
    parts.append(f"<p>{esc(J05_ORIGINAL)}</p>")
    related = "".join(
        f'<div class="kr-flow-article-item"><a class="article-item-pic" href="https://www.jingke.example/p/17214{k}3906{k}1" target="_blank"><img src="{picture}" alt="" width="120" height="80"></a><div class="article-item-info"><h3 class="item-title"><a href="https://www.jingke.example/p/17214{k}3906{k}1" target="_blank">{esc(t)}</a></h3><span class="item-time">2016-03-0{6 - k}</span></div></div>'
        for k, t in enumerate(J05_RELATED)
    )
    hot = "".join(
        f'<li class="hotlist-item"><span class="hotlist-item-num">{k + 1}</span><h3 class="item-title"><a href="https://www.jingke.example/p/1720{k}95306{k}" target="_blank">{esc(t)}</a></h3></li>'
        for k, t in enumerate(J05_HOT)
    )
    nav = "".join(
        f'<a href="https://www.jingke.example/{u}" class="kr-header-nav-item">{t}</a>'
        for u, t in (
            ("", "首页"),
            ("newsflashes", "快讯"),
            ("information/web_news", "资讯"),
            ("information/web_recommend", "推荐"),
            ("information/ccs", "财经"),
            ("information/technology", "科技"),
            ("information/enterpriseservice", "企服"),
        )
    )
    head = (
        f"<!DOCTYPE html> <html lang=zh-CN><!--\n Page saved with SingleFile \n url: {J05_URL} \n saved date: Tue Mar 19 2024 21:14:05 GMT+0800 (中国标准时间)\n-->"
        f'<meta charset=utf-8><meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no">'
        f"<title>{esc(J05_TITLE)}-{J05_SITE}</title>"
        f'<meta name="keywords" content="{",".join(J05_TAGS)}"><meta name="description" content="{esc(summary)}">'
        f'<meta property="og:title" content="{esc(J05_TITLE)}"><meta property="og:type" content="article">'
        f'<style>@font-face{{font-family:krIcon;src:url({font}) format("woff2");font-display:swap}}{SINGLEFILE_CSS}</style>'
        f'<meta name="referrer" content="no-referrer"><link rel="canonical" href="{J05_URL}">'
        '<style>img[src="data:,"],source[src="data:,"]{display:none!important}</style>'
    )
    markup = f"""<body class="kr-body"><div id="app"><div class="kr-layout">
<div class="kr-header"><div class="kr-header-content"><a class="kr-header-logo" href="https://www.jingke.example/"><span class="logo-text">{J05_SITE}</span></a><nav class="kr-header-nav">{nav}</nav><div class="kr-header-right"><div class="kr-search-box"><input type="text" placeholder="搜索文章/项目/用户" class="search-input"></div><a class="kr-header-login" href="javascript:void(0)">登录</a></div></div></div>
<div class="article-detail-wrapper-box"><div class="article-left-container">
<div class="article-title-icon common-width margin-bottom-40"><h1 class="article-title margin-bottom-20 common-width">{esc(J05_TITLE)}</h1><div class="article-title-icon common-width margin-bottom-40"><a class="title-icon-item item-a" href="https://www.jingke.example/user/5921337" target="_blank">{J05_AUTHOR}</a><span class="title-icon-item item-time">{J05_TIME}</span></div></div>
<div class="summary">{esc(summary)}</div>
<div class="common-width content articleDetailContent kr-rich-text-wrapper">{"".join(parts)}</div>
<div class="common-width margin-bottom-20"><div class="kr-statement">{J05_STATEMENT}</div></div>
<div class="kr-tag-list">{"".join(f'<a href="https://www.jingke.example/search/articles/{t}" target="_blank">{t}</a>' for t in J05_TAGS)}</div>
<div class="kr-author-card"><a href="https://www.jingke.example/user/5921337" target="_blank"><img src="{avatar}" class="author-avatar" alt="" width="48" height="48"><span class="author-name">{J05_AUTHOR}</span></a><div class="author-stats"><span>{J05_AUTHOR_STATS[0]}</span><span>{J05_AUTHOR_STATS[1]}</span></div><span class="follow-btn">关注</span></div>
<div class="kr-next-article"><a href="https://www.jingke.example/p/1721461210113" target="_blank">{esc(J05_NEXT)}</a></div>
<div class="kr-comment"><div class="kr-comment-title">发表评论</div><div class="kr-comment-editor"><textarea placeholder="写下你的评论..." disabled></textarea><div class="kr-comment-login">登录后参与讨论</div></div><div class="kr-comment-empty">还没有评论，快来抢沙发吧</div></div>
</div>
<div class="article-right-container"><div class="kr-side-block"><div class="kr-side-title">相关推荐</div>{related}</div><div class="kr-side-block"><div class="kr-side-title">24小时热榜</div><ul class="hotlist">{hot}</ul></div></div>
</div>
<div class="kr-footer"><div class="kr-footer-links"><a href="https://www.jingke.example/about">关于{J05_SITE}</a><a href="https://www.jingke.example/join">加入我们</a><a href="https://www.jingke.example/contact">联系我们</a></div><p class="kr-footer-copyright">&copy; 2011~2024 {J05_SITE}网 | 京ICP备12034567号-1</p></div>
</div></div>
"""
    page = singlefile_compress(head + markup)
    assert "</p>" not in page and "</li>" not in page and "<head" not in page
    assert "</body>" not in page and "</html>" not in page and "<script" not in page
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        J05_TITLE,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 2, 4, 6, 9),
        [
            J05_TIME,
            J05_EDITOR_NOTE,
            J05_CAPTION,
            J05_ORIGINAL,
            J05_STATEMENT,
            J05_AUTHOR_STATS[1],
            J05_NEXT,
            "登录后参与讨论",
            "还没有评论，快来抢沙发吧",
            J05_RELATED[0],
            "24小时热榜",
            J05_HOT[0],
        ],
        "a 36氪-like business-media article saved by the SingleFile extension (default "
        "options; site, author and account made up): the Page saved with SingleFile "
        "comment (url, saved date) inside <html>, no <head>/<body> end tags and no "
        "<head> tag, no </p>/</li>, unquoted attribute values, no scripts, inlined "
        "<style>s with a data: web font, pictures as data: PNGs, SingleFile's "
        'img[src="data:,"] rule and <meta name=referrer>; the title is <h1 '
        "class=article-title> (also <title> with -鲸氪 and og:title); the author · time "
        "line is not body; the grey div.summary 导语 box holds the first sentence of a "
        "report paragraph the article does not print (unscored: an editor's summary, "
        "read as lead or not); the content div opens with 编者按：本文来自微信公众号… "
        "(not body) and ends with 本文由「…」原创出品… (not body); <h2> subheads "
        "关键词一：… are level 1; a data: picture with p.img-desc 图片来源 caption "
        "(must_not_have); the platform statement, tags, author card (文章/阅读量, "
        "关注), 下一篇, the comment box and the side column (相关推荐, 24小时热榜, whose "
        "item titles are <h3 class=item-title>: not headings) and footer are not body",
    )


# -------------------------------------- j06 博客园-like post, "Webpage, Complete"

J06_YEAR = 2017
J06_TITLE = "【学习笔记】2017年政府工作报告：创新引领与对外开放"
J06_BLOG = "晓风残月的技术小栈"
J06_MOTTO = "种一棵树最好的时间是十年前，其次是现在"
J06_USER = "xiaofeng-cy"
J06_AUTHOR = "晓风残月"
J06_POST = 6523817
J06_URL = f"https://www.mayuan.example/{J06_USER}/p/{J06_POST}.html"
J06_QUOTE = (
    "摘录说明：以下段落摘自2017年政府工作报告全文，小标题为笔者所加，文末附一段统计词频的小脚本。"
)
J06_SIGNATURE = (
    f"作者：{J06_AUTHOR}",
    f"出处：https://www.mayuan.example/{J06_USER}/",
    "本文版权归作者和码园共有，欢迎转载，但未经作者同意必须保留此段声明，且在文章页面明显位置给出原文连接。",
)
J06_POSTED = "2017-03-08 22:16"
J06_PREV = "【学习笔记】2017年政府工作报告：总体部署和“三去一降一补”"
J06_NEXT = "Python 中文分词 jieba 入门"
J06_COMMENTS = (
    ("3641285", "2017-03-09 09:12", "落叶知秋2012", "整理得很清楚，收藏了。"),
    ("3641322", "2017-03-09 10:47", "码农小李", "脚本里可以加个停用词表，效果会好很多。"),
)
J06_CODE = """import jieba
from collections import Counter

with open("gwr_2017.txt", encoding="utf-8") as f:
    words = [w for w in jieba.cut(f.read()) if len(w) > 1]

for word, n in Counter(words).most_common(20):
    print(word, n)"""
J06_SIDE = (
    ("常用链接", ("我的随笔", "我的评论", "我的参与", "最新评论", "我的标签")),
    ("随笔分类", ("Python(12)", "学习笔记(8)", "数据分析(5)", "Linux(3)")),
    ("随笔档案", ("2017年3月(2)", "2017年2月(3)", "2017年1月(4)", "2016年12月(5)")),
    ("阅读排行", ("1. Python 中文分词 jieba 入门(1523)", "2. Pandas 读取 Excel 的几个坑(986)")),
    ("评论排行", ("1. Python 中文分词 jieba 入门(7)", "2. Linux 常用命令速查(4)")),
    ("推荐排行", ("1. Pandas 读取 Excel 的几个坑(5)", "2. Python 中文分词 jieba 入门(3)")),
)


def hljs_python(code: str) -> str:
    """The code as highlight.js marks Python up (keywords, strings, numbers, built-ins)."""
    s = esc(code)
    s = re.sub(r"(&quot;|\")(.*?)(\1)", r'<span class="hljs-string">"\2"</span>', s)
    s = re.sub(r"\b(import|from|with|as|for|in|if)\b", r'<span class="hljs-keyword">\1</span>', s)
    s = re.sub(r"\b(open|len|print)\b(?=\()", r'<span class="hljs-built_in">\1</span>', s)
    s = re.sub(r"(?<![\w-])(\d+)\b", r'<span class="hljs-number">\1</span>', s)
    return s


def md_id(text: str) -> str:
    return re.sub(r"[\s]+", "-", re.sub(r"[.．：:“”，、]", "", text))


def build_cnblogs(path: Path) -> Gold:
    def p(h: str, i: int) -> str:
        return gwr(J06_YEAR, h, i)

    outline: list[tuple[str, int, list[str]]] = [
        ("1. 以创新引领实体经济转型升级", 1, [p("（四）", 0)]),
        ("1.1 提升科技创新能力", 2, [p("（四）", 1)]),
        ("1.2 培育壮大新兴产业", 2, [p("（四）", 2)]),
        ("1.3 改造提升传统产业", 2, [p("（四）", 3)]),
        ("2. 积极主动扩大对外开放", 1, [p("（六）", 0)]),
        ("2.1 “一带一路”和外贸", 2, [p("（六）", 1), p("（六）", 2)]),
        ("2.2 外商投资和贸易投资便利化", 2, [p("（六）", 3), p("（六）", 4)]),
        ("3. 附：词频统计脚本", 1, []),
    ]
    files = f"./{J06_TITLE} - {J06_AUTHOR} - 码园_files"
    parts = [f"<blockquote>\n<p>{esc(J06_QUOTE)}</p>\n</blockquote>"]
    body: list[str] = []
    for h, lv, paras in outline:
        tag = "h2" if lv == 1 else "h3"
        parts.append(f'<{tag} id="{md_id(h)}">{esc(h)}</{tag}>')
        for x in paras:
            parts.append(f"<p>{esc(x)}</p>")
            body.append(x)
    parts.append(
        f'<pre class="highlighter-hljs" highlighted="true"><code class="highlighter-hljs language-python hljs">{hljs_python(J06_CODE)}</code></pre>'
    )
    content = "\n".join(parts)
    sig = "<br>".join(esc(x) for x in J06_SIGNATURE)
    comments = "".join(
        f'<div class="feedbackItem"><div class="feedbackListSubtitle"><div class="feedbackManage">&nbsp;&nbsp;<span class="comment_actions"></span></div><a href="#{cid}" class="layer">#{k + 1}楼</a><a name="{cid}" id="comment_anchor_{cid}"></a> <span class="comment_date">{t}</span> <a id="a_comment_author_{cid}" href="https://www.mayuan.example/u{cid[-4:]}/" target="_blank">{esc(n)}</a></div>'
        f'<div class="feedbackCon"><div id="comment_body_{cid}" data-format-type="Markdown" class="blog_comment_body cnblogs-markdown"><p>{esc(c)}</p></div><div class="comment_vote"><span class="comment_error" style="color: red"></span><a href="javascript:void(0);" class="comment_digg" onclick="return voteComment({cid}, \'Digg\')">支持(0)</a><a href="javascript:void(0);" class="comment_burry" onclick="return voteComment({cid}, \'Bury\')">反对(0)</a></div></div></div>'
        for k, (cid, t, n, c) in enumerate(J06_COMMENTS)
    )
    side = "".join(
        f'<div class="catListBlock sidebar-block"><h3 class="catListTitle">{esc(t)}</h3><ul>'
        + "".join(
            f'<li><a href="https://www.mayuan.example/{J06_USER}/category/{k}{j}.html">{esc(x)}</a></li>'
            for j, x in enumerate(items)
        )
        + "</ul></div>"
        for k, (t, items) in enumerate(J06_SIDE)
    )
    days = list(range(26, 29)) + list(range(1, 32)) + list(range(1, 9))
    cal_rows = []
    for w in range(6):
        cells = []
        for d in range(7):
            n = days[w * 7 + d]
            other = (w == 0 and n > 20) or (w >= 4 and n < 15)
            cls = "CalOtherMonthDay" if other else ("CalTodayDay" if n == 8 and not other else "")
            cells.append(f'<td class="{cls or "CalDay"}" align="center">{n}</td>')
        cal_rows.append("<tr>" + "".join(cells) + "</tr>")
    head_days = "".join(
        f'<th class="CalDayHeader" align="center" abbr="{d}" scope="col">{d}</th>'
        for d in "日一二三四五六"
    )
    page = f"""{saved_from(J06_URL)}
<html lang="zh-cn"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="keywords" content="政府工作报告,学习笔记">
<meta name="description" content="{esc(J06_QUOTE)}">
<meta property="og:description" content="{esc(J06_QUOTE)}">
<meta http-equiv="Cache-Control" content="no-transform">
<meta http-equiv="Cache-Control" content="no-siteapp">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(J06_TITLE)} - {J06_AUTHOR} - 码园</title>
<link rel="canonical" href="{J06_URL}">
<link rel="shortcut icon" id="favicon" href="https://assets.mayuan.example/favicon.svg?v=2" type="image/svg+xml">
<link rel="stylesheet" href="{files}/blog-common.min.css">
<link id="MainCss" rel="stylesheet" href="{files}/bundle-codinglife.min.css">
<link type="text/css" rel="stylesheet" href="{files}/highlight-vs.min.css">
<script async="" src="{files}/analytics.js.下载"></script><script src="{files}/jquery-2.2.0.min.js.下载"></script>
<script>var currentBlogId = 281734; var currentBlogApp = '{J06_USER}'; var isLogined = false; var skinName = 'CodingLife'; var visitorUserId = '';</script>
</head>
<body class="has-navbar">
<a name="top"></a>
<div id="top_nav" class="navbar forpc"><nav id="nav_main" class="navbar-main"><ul id="nav_left" class="navbar-list navbar-left"><li class="navbar-branding"><a href="https://www.mayuan.example/" title="开发者的网上家园">码园</a></li><li><a href="https://www.mayuan.example/">首页</a></li><li><a href="https://news.mayuan.example/">新闻</a></li><li><a href="https://q.mayuan.example/">博问</a></li><li><a href="https://ing.mayuan.example/">闪存</a></li></ul><ul id="nav_right" class="navbar-list navbar-right"><li><a class="navbar-anonymous" href="https://account.mayuan.example/signup">注册</a><a class="navbar-anonymous" href="javascript:void(0);" onclick="account.login()">登录</a></li></ul></nav></div>
<div id="home">
<div id="header">
<div id="blogTitle"><a id="lnkBlogLogo" href="https://www.mayuan.example/{J06_USER}/"><img id="blogLogo" src="{files}/logo.gif" alt="返回主页"></a>
<h1><a id="Header1_HeaderTitle" class="headermaintitle HeaderMainTitle" href="https://www.mayuan.example/{J06_USER}/">{J06_BLOG}</a></h1>
<h2>{J06_MOTTO}</h2></div>
<div id="navigator"><ul id="navList"><li><a id="blog_nav_sitehome" class="menu" href="https://www.mayuan.example/">码园</a></li><li><a id="blog_nav_myhome" class="menu" href="https://www.mayuan.example/{J06_USER}/">首页</a></li><li><a id="blog_nav_newpost" class="menu" href="https://i.mayuan.example/EditPosts.aspx?opt=1">新随笔</a></li><li><a id="blog_nav_contact" class="menu" href="https://msg.mayuan.example/send/{J06_AUTHOR}">联系</a></li><li><a id="blog_nav_rss" class="menu" href="javascript:void(0)">订阅</a></li><li><a id="blog_nav_admin" class="menu" href="https://i.mayuan.example/">管理</a></li></ul>
<div class="blogStats"><span id="stats_post_count">随笔 - 56&nbsp;</span><span id="stats_article_count">文章 - 0&nbsp;</span><span id="stats-comment_count">评论 - 23&nbsp;</span><span id="stats-total-view-count">阅读 - <span title="总阅读数: 48213">48213</span></span></div></div></div>
<div id="main"><div id="mainContent"><div class="forFlow"><div id="post_detail">
<div id="topics"><div class="post">
<h1 class="postTitle"><a id="cb_post_title_url" class="postTitle2 vertical-middle" href="{J06_URL}"><span role="heading" aria-level="2">{esc(J06_TITLE)}</span></a></h1>
<div class="clear"></div>
<div class="postBody">
<div id="cnblogs_post_body" class="blogpost-body blogpost-body-html cnblogs-markdown">
{content}
</div>
<div class="clear"></div>
<div id="MySignature" role="contentinfo" style="display: block;"><p>{sig}</p></div>
<div class="clear"></div>
<div id="blog_post_info_block" role="contentinfo">
<div id="BlogPostCategory">分类: <a href="https://www.mayuan.example/{J06_USER}/category/1011.html" target="_blank">学习笔记</a></div>
<div id="EntryTag">标签: <a href="https://www.mayuan.example/{J06_USER}/tag/政府工作报告/">政府工作报告</a>, <a href="https://www.mayuan.example/{J06_USER}/tag/jieba/">jieba</a></div>
<div id="blog_post_info"><div id="green_channel"><a href="javascript:void(0);" id="green_channel_digg" onclick="DiggIt({J06_POST},cb_blogId,1);green_channel_success(this,'谢谢推荐！');">好文要顶</a><a id="green_channel_follow" onclick="follow('{uid("j06f")[:12]}');" href="javascript:void(0);">关注我</a><a id="green_channel_favorite" onclick="AddToWz(cb_entryId);return false;" href="javascript:void(0);">收藏该文</a><a id="green_channel_wechat" href="javascript:void(0);" title="分享至微信" onclick="shareOnWechat()"><img src="{files}/wechat.png" alt=""></a></div>
<div id="author_profile"><div id="author_profile_info" class="author_profile_info"><a href="https://www.mayuan.example/{J06_USER}/" target="_blank"><img src="{files}/sample_face.gif" class="author_avatar" alt=""></a><div id="author_profile_detail" class="author_profile_info"><a href="https://www.mayuan.example/{J06_USER}/">{J06_AUTHOR}</a><br><a href="https://www.mayuan.example/{J06_USER}/followers/">粉丝 - 12</a> <a href="https://www.mayuan.example/{J06_USER}/followees/">关注 - 3</a><br></div></div><div class="clear"></div><div id="author_profile_honor"></div><div id="author_profile_follow"><a href="javascript:void(0);" onclick="follow('{uid("j06f")[:12]}');return false;">+加关注</a></div></div>
<div id="div_digg"><div class="diggit" onclick="votePost({J06_POST},'Digg')"><span class="diggnum" id="digg_count">3</span></div><div class="buryit" onclick="votePost({J06_POST},'Bury')"><span class="burynum" id="bury_count">0</span></div><div class="clear"></div><div class="diggword" id="digg_tips"></div></div></div>
<div class="clear"></div>
<div id="post_next_prev"><a href="https://www.mayuan.example/{J06_USER}/p/6497211.html" class="p_n_p_prefix">« </a> 上一篇： <a href="https://www.mayuan.example/{J06_USER}/p/6497211.html" data-featured-image="" title="发布于 2017-03-01 21:10">{esc(J06_PREV)}</a><br><a href="https://www.mayuan.example/{J06_USER}/p/6531024.html" class="p_n_p_prefix">» </a> 下一篇： <a href="https://www.mayuan.example/{J06_USER}/p/6531024.html" data-featured-image="" title="发布于 2017-03-11 20:02">{esc(J06_NEXT)}</a></div>
</div></div>
<div class="postDesc">posted @ <span id="post-date" data-last-update-days="0.41" data-date-updated="2017-03-09 08:02">{J06_POSTED}</span>&nbsp; <a href="https://www.mayuan.example/{J06_USER}/">{J06_AUTHOR}</a>&nbsp; 阅读(<span id="post_view_count">356</span>)&nbsp; 评论(<span id="post_comment_count">2</span>)&nbsp; <a href="https://i.mayuan.example/EditPosts.aspx?postid={J06_POST}" rel="nofollow">编辑</a>&nbsp; <a href="javascript:void(0)" onclick="AddToWz({J06_POST});return false;">收藏</a>&nbsp; <a href="javascript:void(0)" onclick="reportManager.report({{ currentUserId: '', targetType: 'blogPost', targetId: '{J06_POST}', targetLink: '{J06_URL}', title: '{esc(J06_TITLE)}' }})">举报</a></div>
</div></div>
<div id="blog-comments-placeholder"><div id="comment-area"><div class="feedback_area_title">评论列表</div><div class="feedbackNoItems"></div>{comments}</div></div>
<div id="comment_form" class="commentform"><a name="commentform"></a><div id="divCommentShow"></div><div id="comment_nav"><span id="span_refresh_tips"></span><a href="#" onclick="return RefreshCommentList();" id="lnk_RefreshComments">刷新评论</a><a href="#" onclick="return RefreshPage();">刷新页面</a><a href="#top">返回顶部</a></div>
<div id="comment_form_container"><div class="login_tips">登录后才能查看或发表评论，立即 <a rel="nofollow" href="javascript:void(0);" class="underline" onclick="return account.login('comment');">登录</a> 或者 <a href="https://www.mayuan.example/">逛逛</a> 码园首页</div></div>
<div class="ad_text_commentbox" id="ad_text_under_commentbox"></div>
<div id="cnblogs_c1" class="under-post-card"><a href="https://www.mayuan.example/ad/c1" rel="nofollow" target="_blank"><img width="300" height="250" src="{files}/ad_c1.jpg" alt=""></a></div>
<div id="under_post_card1"><div class="under-post-card"><b>编辑推荐：</b><br>· <a href="https://www.mayuan.example/x/p/1" target="_blank">一次线上接口超时的排查记录</a><br>· <a href="https://www.mayuan.example/x/p/2" target="_blank">从零实现一个简易的正则表达式引擎</a><br></div></div>
<div id="under_post_card2"><div class="itnews under-post-card"><b>阅读排行：</b><br>· <a href="https://www.mayuan.example/x/p/3" target="_blank">用了三年 Vim 之后我换回了 IDE</a><br>· <a href="https://www.mayuan.example/x/p/4" target="_blank">MySQL 索引失效的十种场景</a><br></div></div>
</div></div></div></div>
<div id="sideBar"><div id="sideBarMain">
<div id="sidebar_news" class="newsItem"><h3 class="catListTitle">公告</h3><div id="blog-news"><div id="profile_block">昵称：<a href="https://www.mayuan.example/{J06_USER}/">{J06_AUTHOR}</a><br>园龄：<a href="https://www.mayuan.example/{J06_USER}/" title="入园时间：2014-09-12">2年5个月</a><br>粉丝：<a href="https://www.mayuan.example/{J06_USER}/followers/">12</a><br>关注：<a href="https://www.mayuan.example/{J06_USER}/followees/">3</a><div id="p_b_follow"><a href="javascript:void(0)">+加关注</a></div></div></div></div>
<div id="blog-calendar"><table id="blogCalendar" class="Cal" cellspacing="0" cellpadding="0" title="Calendar" border="0"><tbody><tr><td colspan="7"><table class="CalTitle" cellspacing="0" border="0"><tbody><tr><td class="CalNextPrev"><a href="javascript:void(0);" onclick="loadBlogCalendar('2017/02/08');return false;">&lt;</a></td><td align="center">2017年3月</td><td class="CalNextPrev" align="right"><a href="javascript:void(0);" onclick="loadBlogCalendar('2017/04/08');return false;">&gt;</a></td></tr></tbody></table></td></tr><tr>{head_days}</tr>{"".join(cal_rows)}</tbody></table></div>
<div id="sidebar_search" class="sidebar-block"><div id="sidebar_search" class="mySearch"><h3 class="catListTitle">搜索</h3><div id="sidebar_search_box"><div id="widget_my_zzk" class="div_my_zzk"><input type="text" id="q" class="input_my_zzk">&nbsp;<input type="button" value="找找看" class="btn_my_zzk"></div></div></div></div>
{side}
</div></div>
<div class="clear"></div></div>
<div class="clear"></div>
<div id="footer"><!--done-->Copyright © 2017 {J06_AUTHOR}<br><span id="poweredby">Powered by .NET 8.0 on Kubernetes</span></div>
</div>
<script src="{files}/blog-common.min.js.下载"></script>
</body></html>"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        J06_TITLE,
        [(h, lv) for h, lv, _ in outline],
        body,
        (0, 2, 4, 6, 8),
        [
            J06_BLOG,
            J06_MOTTO,
            "随笔 - 56",
            J06_SIGNATURE[2],
            "好文要顶",
            "+加关注",
            J06_PREV,
            "posted @",
            "评论列表",
            J06_COMMENTS[1][3],
            "登录后才能查看或发表评论",
            "编辑推荐：",
            "园龄：",
            J06_SIDE[3][1][0],
            "Powered by .NET 8.0 on Kubernetes",
        ],
        "a 博客园-like blog post saved by Chromium as Webpage, Complete (blog, author and "
        "site made up): the saved-from comment, UTF-8 http-equiv meta first in <head>, "
        "resources (scripts named *.js.下载 as a Chinese Chromium saves them) in "
        "./<title>_files/; the page's first <h1> is the blog's name 晓风残月的技术小栈 "
        "with an <h2> motto (neither title nor heading); the title is h1.postTitle > "
        "a#cb_post_title_url > <span role=heading aria-level=2> (also <title> with "
        " - 晓风残月 - 码园); navigation and the 随笔/文章/评论/阅读 counts are not body; "
        "in div#cnblogs_post_body the <blockquote> 摘录说明 (the author's own note) is "
        "unscored; <h2 id> 1./2./3. heads are level 1 and <h3 id> 1.1… heads level 2 "
        "(numbers typed, kept); the last <h2> 3. 附：词频统计脚本 holds only a "
        "highlighted Python <pre><code> block (unscored: code, not report text); after "
        "the body MySignature (作者/出处/版权声明), 分类/标签, 好文要顶/关注我/收藏该文, "
        "the author profile (粉丝/关注, +加关注), digg counts, 上一篇/下一篇, the posted @ "
        "line, 评论列表 with #1楼/#2楼 comments and 支持/反对, 刷新评论/刷新页面/返回顶部, "
        "登录后才能查看或发表评论, the ad card and 编辑推荐/阅读排行 cards are not body; the "
        "side bar after the main column (公告 profile, calendar table, 搜索, "
        "<h3 class=catListTitle> lists 常用链接…推荐排行: not headings) and the footer "
        "are not body",
    )


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, Callable[[Path], Gold]] = {
    "j01_wechat_saved_complete.html": build_wechat,
    "j02_tieba_thread_gbk.html": build_tieba,
    "j03_ie_saved_blog_wbr.html": build_ie_blog,
    "j04_wayback_capture_gb2312.html": build_wayback,
    "j05_singlefile_media.html": build_singlefile,
    "j06_cnblogs_post_complete.html": build_cnblogs,
}

SOURCE_HEAD = (
    "# Documents made blind, twenty-second set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each a pattern common in real Chinese files that the earlier sets lack, by two\n"
    "maker scripts (i01-i06 and j01-j06, see each row). Texts come only from the public\n"
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
    "| j01_wechat_saved_complete.html | written after the layout of WeChat official-account articles as Chromium saves them (Webpage, Complete), gwr 2017 (`eval/make_realdocs22_pages.py`, as j02-j06) | `<!-- saved from url=… -->` mark, UTF-8 http-equiv meta first in `<head>`, resources in `./<title>_files/` (`*.js.下载`), `#js_content` already `visibility: visible`; `h1#activity-name` (title), 原创/author/account/time/IP line and a reprint card 以下文章来源于… (not body); 135-editor `<section>`s with `<span leaf>` runs, 点击蓝字 关注我们 ornament, heads as a `PART.0N` badge `<section>` over a ruled bold red head `<section>` (level 1, gold without the badge), bold red lead runs, picture credit, — END —, 来源/编辑/审核, QR prompt (not body); 收录于合集, 阅读原文, 分享/收藏/赞/在看 bar, 留言 with comments, PC QR box, hidden dialogs |",
    "| j02_tieba_thread_gbk.html | written after the layout of 贴吧-like forum threads (HTML only, raw GBK bytes), gwr 2014 | title in `<h3 class=\"core_title_txt\">`, forum card, 只看楼主/收藏/回复, pager; posts as `div.l_post` with JSON `data-field`; the starter's 1楼 text as `<br>` lines with typed unbolded `一、` heads (level 1), 楼中楼 replies under it (not body), another user's 沙发 in 2楼, the starter's continuation in 3楼 (接上楼, heads 三、/四、 and paragraphs: body, one must_have), replies, 广告 post, folded floor 该楼层疑似违规已被系统折叠, reply editor, 贴吧热议榜 |",
    '| j03_ie_saved_blog_wbr.html | written after the layout of 新浪博客-like posts as Internet Explorer 8 saves them (网页，全部), gwr 2015 | UTF-8 BOM, CRLF, saved-from mark after the doctype, upper-case tags, unquoted attributes, `MSHTML 8` GENERATOR meta; the blog name the only `<H1>`, title in `<H2 class="titName SG_txta">` under a 正文 module head, tags table with each tag an `<H3>` (not headings), profile column before the main column; paragraphs `<P>`/`<DIV>` indented by `&nbsp;<WBR>` runs, bold red `<FONT size=4>` 一、 (level 1), indented bold （一） (level 2), blogger\'s lead line and （未完待续） (unscored), 阅读/评论/转载 line, 前一篇/后一篇, comments, footer |',
    "| j04_wayback_capture_gb2312.html | written after the layout of a web archive's replay (Wayback-Machine-like toolbar) of a 2013 city news page, HTML only, gwr 2013 | archived GB2312 bytes with the archive's scripts before the page's `charset=gb2312` meta, the English toolbar inserted in `<body>` (display:none until scripts run: URL form, N captures, capture span, month/day/year calendar, About this capture; hidden COLLECTED BY/TIMESTAMPS panel and print-only `The Wayback Machine - …` line), links rewritten to `/web/<ts>[im_/cs_/js_]/http://…`, FILE ARCHIVED ON/playback timings comments after `</html>`; founder-CMS page: `enpproperty` comments with the title, `<h1>`, meta line with 字号/我要打印/关闭, no subheads, `　　`-indented `<p>`s between `<!--enpcontent-->` marks, picture caption (unscored), （编辑：…） in the content, JiaThis 分享到：, 相关新闻, footer |",
    '| j05_singlefile_media.html | written after the layout of 36氪-like business-media articles as the SingleFile extension saves them, gwr 2016 | `Page saved with SingleFile` comment inside `<html>`, compressed HTML (no `<head>` tag, no `</p>`/`</li>`/`</body>`/`</html>`, unquoted attributes), no scripts, inlined `<style>`s with a `data:` font, `data:` PNG pictures, `img[src="data:,"]` rule, `<meta name=referrer>`; `h1.article-title`, author · time, grey `div.summary` 导语 (unscored), 编者按：本文来自微信公众号… opening and 本文由「…」原创出品 closing lines inside the content (not body), `<h2>` 关键词一：… (level 1), caption, platform statement, tags, author card, 下一篇, comment box, side column cards with `<h3 class=item-title>` (not headings) |',
    '| j06_cnblogs_post_complete.html | written after the layout of 博客园-like blog posts as Chromium saves them (Webpage, Complete), gwr 2017 | saved-from mark, `*.js.下载` resources; blog name in the first `<h1>` with an `<h2>` motto (neither), title in `h1.postTitle > a#cb_post_title_url > span[role=heading][aria-level=2]`; `div#cnblogs_post_body.cnblogs-markdown`: `<blockquote>` 摘录说明 (unscored), `<h2 id>` 1./2./3. (level 1) and `<h3 id>` 1.1… (level 2), last `<h2>` over only a highlight.js Python `<pre><code>` (unscored); MySignature, 分类/标签, 好文要顶/关注我/收藏该文, profile, digg, 上一篇/下一篇, posted @ line, 评论列表 #1楼, 登录后才能查看或发表评论, 编辑推荐/阅读排行; side bar after the main column: 公告, calendar table, `<h3 class="catListTitle">` lists (not headings), footer |',
]


def main(argv: list[str] | None = None) -> int:
    return prev20.make_scratch_pages(
        argv, __doc__, BUILDERS, "realdocs-made22", ROWS, SOURCE_HEAD, MINE
    )


if __name__ == "__main__":
    sys.exit(main())
