# ruff: noqa: E501  (HTML templates of the made pages are kept on one line each)
"""Make the web pages of ``realdocs-made7`` (v07-v12) and their gold annotations.

Development data for the HTML reader, a seventh set after ``realdocs-made6`` (v07-v12):
six pages written after the layout of other kinds of Chinese sites that the earlier
sets lack (markup from general knowledge of how such sites are built, not copied from
any page; site names, people and addresses are made up), with body text taken only
from the government work reports 2013-2017 (``../shared/data/gov-work-reports``). The
gold of each page is written by this script from what it put on the page, as a reader
reads it in a browser, before and independent of any reader output (helpers and
self-checks from ``make_realdocs2_pages.py``):

- ``v07_big5_hk_news.html``: a Hong Kong newspaper site saved in Big5: declared
  ``charset=big5`` in an ``http-equiv`` meta, the text converted to Hong Kong
  traditional characters (OpenCC ``s2hk``), several of which (羣, 鈎, 温, 户, 綫) exist
  only in the HKSCS extension that browsers decode under the ``big5`` label; the
  ``<title>`` puts the site and channel before the title, ``<h1>``, a date/字體/share
  line, ``【本報北京專電】`` opening the first paragraph, ``<p><b>`` 小標 (level 1), a
  photo with a caption, ``責任編輯``, 相關字詞, 上一篇/下一篇, 相關新聞, 熱門新聞;
- ``v08_qa_answer.html``: a question-and-answer site's answer page (知乎-like, server
  rendered React): the question ``h1.QuestionHeader-title`` is the title, with topics,
  the asker's description, 关注者/被浏览 counts and 写回答 buttons; the answer card
  holds the author card, ``span.RichText`` with a ``<blockquote>`` (body), ``<h2>``
  headings (level 1), ``<p data-pid>`` paragraphs and a ``<figure>`` with a lazy image
  and ``<figcaption>``; 编辑于/发布于 time, the 赞同/评论/分享/收藏 bar, an opened comment
  list, 查看全部 N 个回答, a 更多回答 card with another answer, side column, and the
  whole state (answer HTML included) again in ``<script id="js-initialData"
  type="text/json">``;
- ``v09_gbk_discuz_thread.html``: a Discuz! X3.2 forum thread in GBK (``charset=gbk``):
  ``<h1 class="ts">`` with a ``[政策解读]`` type link before ``span#thread_subject``
  (the title is the subject), the thread as ``table.plhin`` posts: the first post's
  ``td.t_f`` is the article, a ``本帖最后由…编辑`` status line, ``<font>``-wrapped text
  with CRLF ``<br />`` line breaks (blank line between paragraphs), headings
  ``<strong><font size="4">一、…</font></strong>`` lines (level 1), an attachment image
  with its hidden ``下载附件`` tip, Discuz's anti-scraping ``jammer`` strings in
  ``<span style="display:none">`` at each line start; author column, 楼主/沙发/板凳,
  signatures, replies (one quoting the first post), 回复/举报, fast-reply prompt,
  ``Powered by Discuz!`` and ``Processed in`` footer;
- ``v10_toutiao_render_data.html``: a self-media platform article (今日头条-like):
  the whole page state in ``<script id="RENDER_DATA" type="application/json">`` as
  URL-encoded JSON (article HTML included), and the server-rendered DOM:
  ``div.article-content`` with the title ``<h1>``, ``div.article-meta`` (原创, time,
  author), ``<article class="syl-article-base tt-article-content">`` with
  ``<p data-track>`` paragraphs and subheads as more ``<h1 class="pgc-h-arrow-right">``
  elements (level 1, ordinals ``一、``), a ``div.pgc-img`` with an empty caption; a
  left bar with 点赞/评论/收藏/分享 counts, 举报/反馈, comments, 相关推荐, author card
  and 作者最新文章 side column;
- ``v11_boda_135editor.html``: a university news site on a 博达-like CMS (``td.titlestyleNNN``
  title, no ``<h1>``, ``span.timestyleNNN``, ``_showDynClicks`` counter,
  ``form[name=_newscontent_fromname] div#vsb_content div.v_news_content``) whose
  content was pasted from the 135 editor: nested ``<section class="_135editor">``
  blocks, a ``点击蓝字 关注我们`` ornament, level-1 headings as ``<h3 class="135brush">``
  beside a decorative ``01``/``02`` number in its own ``<section>`` (the number is not
  part of the heading), level-2 headings ``<h4 class="135brush">`` in a bordered
  ``<section>``, ``<p style="text-indent:2em">`` paragraphs with ``<span>`` runs, an
  image with a grey caption, a ``— END —`` ornament and 文字/图片/编辑/审核 credits;
  【打印】【关闭】, 上一条/下一条, footer;
- ``v12_en_labels_div_paras.html``: a Chinese-edition news site with English labels
  (China Daily Chinese-like): English nav (Global Edition, Politics, Business…),
  breadcrumb ``You are here:``, no ``<h1>``: the title in ``div.dabiaoti`` (and in
  ``og:title``; ``<title>`` adds ``- Dongchuan Daily 东川日报网``), ``Updated:``/来源
  line, ``Share:`` buttons, the article in ``div#Content`` with every paragraph a
  ``<div>`` (no ``<p>`` at all), empty ``<div><br></div>`` spacers, subheads
  ``<div class="subtitle">`` bold only through a head ``<style>`` rule (level 1), a
  photo with a ``[Photo/VCG]`` caption, ``Editor:`` line, ``Related Stories``, ``Most
  Popular``, and an English copyright footer.

Run once; the outputs are committed (small); v07 needs ``opencc`` (pip) to make the
traditional text:

    python eval/make_realdocs7_pages.py [--out eval/data/realdocs-made7]
"""

from __future__ import annotations

import json
import random
import sys
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs2_pages as prev
from make_realdocs6_pages import Blocks

ROOT = Path(__file__).resolve().parents[1]
esc = prev.esc
section = prev.section


# ----------------------------------------------- v07 Hong Kong site in Big5 (HKSCS)


HKSCS_ONLY = "羣鈎温户綫"


def build_big5_hk(path: Path) -> dict[str, Any]:
    import opencc  # pip install opencc: only to make this page's traditional text

    hk = opencc.OpenCC("s2hk").convert
    s8, s9 = section(2014, "（八）"), section(2014, "（九）")
    title = hk("总理报告民生篇：就业收入社保三管齐下 保障房再加码")
    site = "東川日報"
    blocks: Blocks = [
        (None, [s8[0]]),
        ("就业为本　收入为源", [s8[1], s8[2]]),
        ("社保织网　住有所居", [s8[3], s8[4]]),
        ("安全生产这根弦要绷紧", [s8[5]]),
        ("港澳：全面准确落实基本法", [s9[10]]),
    ]
    heads = [hk(h) for h, _ in blocks if h]
    body: list[str] = []
    parts: list[str] = []
    for head, paras in blocks:
        if head:
            parts.append(f"<p><b>{esc(hk(head))}</b></p>")
        for p in paras:
            t = hk(p)
            lead = "【本報北京專電】" if not body else ""
            parts.append(f"<p>{lead}{esc(t)}</p>")
            body.append(t)
            if len(body) == 2:
                parts.append(
                    '<div class="photo"><img src="/image/20140306/b01_0306a1.jpg" width="460" alt="" /><p class="photo-caption">十二屆全國人大二次會議昨日在北京人民大會堂開幕。（本報記者攝）</p></div>'
                )
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5" />
<title>{site} - 兩岸 - {title}</title>
<meta name="keywords" content="政府工作報告,民生,就業,社保,兩會" />
<meta name="description" content="{esc(body[0][:50])}" />
<meta property="og:title" content="{title}" />
<meta property="og:site_name" content="{site}" />
<meta property="og:image" content="http://news.dcdaily.example.hk/image/20140306/b01_0306a1.jpg" />
<link rel="stylesheet" type="text/css" href="/css/news_2013.css" />
<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript">function fontsize(n) {{ document.getElementById("upper").style.fontSize = n + "px"; }}</script>
</head>
<body>
<div id="header">
<div class="logo"><a href="/"><img src="/images/logo_dcdaily.gif" alt="{site} Dongchuen Daily" /></a></div>
<div class="topdate">2014年3月6日　星期四</div>
<div class="toplinks"><a href="/subscribe/">訂閱報紙</a> | <a href="/ad/">廣告刊登</a> | <a href="/en/">English</a></div>
<ul id="menu"><li><a href="/cfm/main.cfm">要聞</a></li><li><a href="/cfm/hk.cfm">港聞</a></li><li><a href="/cfm/finance.cfm">經濟</a></li><li class="on"><a href="/cfm/china.cfm">兩岸</a></li><li><a href="/cfm/world.cfm">國際</a></li><li><a href="/cfm/sport.cfm">體育</a></li><li><a href="/cfm/ent.cfm">娛樂</a></li><li><a href="/cfm/supplement.cfm">副刊</a></li><li><a href="/cfm/editorial.cfm">社評</a></li></ul>
</div>
<div id="breadcrumb"><a href="/">首頁</a> &gt; <a href="/cfm/china.cfm">兩岸</a> &gt; 正文</div>
<div id="main">
<div id="left">
<div class="article-header"><h1>{title}</h1>
<div class="article-info"><span class="time">2014年3月6日　04:30</span> | <span class="fontsize">字體：<a href="javascript:fontsize(18)">大</a> <a href="javascript:fontsize(16)">中</a> <a href="javascript:fontsize(14)">小</a></span> | <a class="fb" href="https://www.facebook.example/sharer.php">分享到 Facebook</a> <a class="wa" href="whatsapp://send">WhatsApp</a></div></div>
<div id="blockcontent"><div class="txt4" id="upper">
{content}
</div>
<p class="editor">責任編輯：陳嘉欣</p>
</div>
<div class="tags">相關字詞﹕<a href="/search/?q=政府工作報告">政府工作報告</a> <a href="/search/?q=民生">民生</a> <a href="/search/?q=兩會">兩會</a></div>
<div class="prevnext"><p>上一篇：<a href="/cfm/china_20140306_b01_01.htm">人大會議開幕　總理作報告</a></p><p>下一篇：<a href="/cfm/china_20140306_b01_03.htm">港區代表熱議一國兩制</a></p></div>
<div class="related"><h3>相關新聞</h3><ul><li><a href="/cfm/china_20140305_b02.htm">兩會前瞻：穩增長與防風險如何兼顧</a></li><li><a href="/cfm/finance_20140306_c01.htm">經濟增長目標定為7.5%左右</a></li></ul></div>
</div>
<div id="right">
<div class="hot"><h3>熱門新聞</h3><ol><li><a href="/cfm/hk_20140306_a01.htm">港鐵新綫下月通車</a></li><li><a href="/cfm/hk_20140306_a03.htm">本港失業率維持低位</a></li><li><a href="/cfm/world_20140306_d02.htm">歐洲央行今議息</a></li></ol></div>
<div class="ad"><span class="ad-tag">廣告</span><a href="http://ad.dcdaily.example.hk/click?id=2241"><img src="/ad/bank_300x250.gif" alt="" /></a></div>
</div>
</div>
<div id="footer"><p><a href="/about/">關於我們</a> | <a href="/ad/">廣告查詢</a> | <a href="/privacy/">私隱政策聲明</a> | <a href="/disclaimer/">免責聲明</a> | <a href="/contact/">聯絡我們</a></p><p>{site}有限公司 &copy; 2014 版權所有，不得轉載。</p></div>
</body>
</html>
"""
    raw = page.encode("big5hkscs")
    path.write_bytes(raw)
    used = [c for c in HKSCS_ONLY if c in page]
    assert len(used) >= 3, used
    for c in used:
        try:
            c.encode("big5")
        except UnicodeEncodeError:
            continue
        raise AssertionError(f"{c} is plain Big5")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h in heads],
        body,
        (0, 1, 3, 5, 6),
        [
            "港聞",
            "訂閱報紙",
            "字體：",
            "分享到 Facebook",
            "責任編輯：陳嘉欣",
            "相關字詞",
            "上一篇",
            "港區代表熱議一國兩制",
            "相關新聞",
            "經濟增長目標定為7.5%左右",
            "熱門新聞",
            "港鐵新綫下月通車",
            "私隱政策聲明",
            "版權所有，不得轉載",
        ],
        "the file is Big5 bytes declared charset=big5 (http-equiv meta), the text in Hong "
        "Kong traditional characters; 羣, 鈎, 温, 户 and 綫 are in the HKSCS extension "
        "(lead bytes 0x8B-0x90 here) that browsers decode under the big5 label, "
        "not in plain Big5/cp950: the gold holds them as the browser shows them; the "
        "<h1> is the title (<title> puts site and channel before it); <p><b> 小標 are "
        "the headings (level 1); 【本報北京專電】 opens the first paragraph and is body; "
        "the photo caption is a caption (neither required nor forbidden); the menu, "
        "date/字體/share line, 責任編輯, 相關字詞, 上一篇/下一篇, 相關新聞, 熱門新聞, ad and "
        "footer are not body",
    )


# ------------------------------------------------------ v08 Q&A site answer page


def build_qa_answer(path: Path) -> dict[str, Any]:
    question = "如何看待2017年政府工作报告提出以创新引领实体经济转型升级？"
    site = "知川"
    s, s2 = section(2017, "（四）"), section(2017, "（二）")
    blocks: Blocks = [
        ("一、创新能力是根基", [s[1]]),
        ("二、新兴产业和传统产业两条腿走路", [s[2], s[3]]),
        ("三、“双创”不是一阵风", [s[4]]),
        ("四、别忘了产权保护", [s2[3]]),
    ]
    body = [s[0]]
    parts = [f'<blockquote data-pid="Qa0Z1x2c">{esc(s[0])}</blockquote>']
    pid = 100
    for head, paras in blocks:
        parts.append(f"<h2>{esc(head or '')}</h2>")
        for p in paras:
            pid += 7
            parts.append(f'<p data-pid="b{pid:04d}Kq">{esc(p)}</p>')
            body.append(p)
            if len(body) == 3:
                parts.append(
                    '<figure data-size="normal"><noscript><img src="https://pic1.zhichuan.example/v2-5b1c0d3e_b.jpg" data-caption="" data-size="normal" data-rawwidth="1080" data-rawheight="608" class="origin_image zh-lightbox-thumb" width="1080"/></noscript><img src="data:image/svg+xml;utf8,&lt;svg xmlns=&#39;http://www.w3.org/2000/svg&#39; width=&#39;1080&#39; height=&#39;608&#39;&gt;&lt;/svg&gt;" data-size="normal" data-rawwidth="1080" data-rawheight="608" class="origin_image zh-lightbox-thumb lazy" width="1080" data-actualsrc="https://pic1.zhichuan.example/v2-5b1c0d3e_b.jpg"/><figcaption>图：某新能源汽车工厂的总装车间</figcaption></figure>'
                )
    answer = "".join(parts)
    detail = "今天上午的政府工作报告里，第四部分专门讲实体经济转型升级。这一部分有哪些值得关注的地方？对企业和普通人意味着什么？"
    state = {
        "initialState": {
            "entities": {
                "questions": {
                    "58231907": {
                        "title": question,
                        "detail": f"<p>{detail}</p>",
                        "answerCount": 86,
                        "followerCount": 2318,
                    }
                },
                "answers": {
                    "153920114": {
                        "id": 153920114,
                        "type": "answer",
                        "author": {"name": "东川经济观察员", "headline": "宏观经济研究员"},
                        "content": answer,
                        "excerpt": s[0][:60],
                        "voteupCount": 2371,
                        "commentCount": 146,
                        "createdTime": 1488769320,
                        "updatedTime": 1488849300,
                    }
                },
            },
            "question": {"answers": {"58231907": {"ids": [153920114, 153977025]}}},
        }
    }
    blob = json.dumps(state, ensure_ascii=False).replace("<", "\\u003C").replace(">", "\\u003E")
    page = f"""<!doctype html>
<html lang="zh" data-hairline="true" data-theme="light"><head><meta charSet="utf-8"/><title data-rh="true">{question} - {site}</title><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1"/><meta name="renderer" content="webkit"/><meta name="force-rendering" content="webkit"/><meta data-rh="true" name="keywords" content="政府工作报告,实体经济,宏观经济"/><meta data-rh="true" name="description" property="og:description" content="{esc(s[0][:70])}…"/><meta data-rh="true" property="og:title" content="{question} - {site}"/><meta data-rh="true" property="og:url" content="https://www.zhichuan.example/question/58231907/answer/153920114"/><meta data-rh="true" property="og:site_name" content="{site}"/><link data-rh="true" rel="canonical" href="https://www.zhichuan.example/question/58231907/answer/153920114"/><link href="https://static.zhichuan.example/heifetz/main.app.3c1d2a.css" crossorigin="" rel="stylesheet"/><link href="https://static.zhichuan.example/heifetz/main.question-routes.a81f0e.css" crossorigin="" rel="stylesheet"/></head><body><div id="root"><div><div class="LoadingBar"></div><div><header role="banner" class="Sticky AppHeader" data-za-module="TopNavBar"><div class="AppHeader-inner"><a href="//www.zhichuan.example" aria-label="{site}"><svg viewBox="0 0 64 30" fill="#056DE8" width="64" height="30"><path d="M29.05 4.582H16.733V25.94h3.018l.403 2.132 3.393-2.132h5.504V4.582z"></path></svg></a><ul role="navigation" class="Tabs AppHeader-Tabs"><li role="tab" class="Tabs-item"><a class="Tabs-link AppHeader-TabsLink" href="//www.zhichuan.example/">首页</a></li><li role="tab" class="Tabs-item"><a class="Tabs-link AppHeader-TabsLink" href="//www.zhichuan.example/xen/vip-web">会员</a></li><li role="tab" class="Tabs-item"><a class="Tabs-link AppHeader-TabsLink" href="//www.zhichuan.example/explore">发现</a></li><li role="tab" class="Tabs-item"><a class="Tabs-link AppHeader-TabsLink" href="//www.zhichuan.example/question/waiting">等你来答</a></li></ul><div class="SearchBar" role="search"><form class="SearchBar-tool"><div class="Input-wrapper"><input type="text" maxLength="100" autoComplete="off" role="combobox" aria-expanded="false" class="Input" placeholder="搜索你感兴趣的内容…" value=""/></div></form><button type="button" class="Button SearchBar-askButton Button--primary Button--blue">提问</button></div><div class="AppHeader-userInfo"><button type="button" class="Button AppHeader-notifications">消息</button><button type="button" class="Button AppHeader-messages">私信</button></div></div></header></div><main role="main" class="App-main"><div class="QuestionPage" itemscope="" itemType="http://schema.org/Question"><meta itemProp="name" content="{question}"/><meta itemProp="answerCount" content="86"/><meta itemProp="zhichuan:followerCount" content="2318"/><div><div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main"><div class="QuestionHeader-tags"><div class="QuestionHeader-topics"><div class="Tag QuestionTopic"><a class="TopicLink" href="//www.zhichuan.example/topic/19634817"><div class="Popover">政府工作报告</div></a></div><div class="Tag QuestionTopic"><a class="TopicLink" href="//www.zhichuan.example/topic/19591832"><div class="Popover">实体经济</div></a></div><div class="Tag QuestionTopic"><a class="TopicLink" href="//www.zhichuan.example/topic/19553510"><div class="Popover">宏观经济</div></a></div></div></div><h1 class="QuestionHeader-title">{question}</h1><div class="QuestionHeader-detail"><div class="QuestionRichText QuestionRichText--collapsed"><div><span class="RichText ztext" itemProp="text">{detail}</span><button type="button" class="Button QuestionRichText-more Button--plain">显示全部 <span class="Zi Zi--ArrowDown"></span></button></div></div></div></div><div class="QuestionHeader-side"><div class="QuestionHeader-follow-status"><div class="QuestionFollowStatus"><div class="NumberBoard QuestionFollowStatus-counts"><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">关注者</div><strong class="NumberBoard-itemValue" title="2318">2,318</strong></div></div><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">被浏览</div><strong class="NumberBoard-itemValue" title="1204511">1,204,511</strong></div></div></div></div></div></div></div><div class="QuestionHeader-footer"><div class="QuestionHeader-footer-inner"><div class="QuestionHeader-main QuestionHeader-footer-main"><div class="QuestionButtonGroup"><button type="button" class="Button FollowButton Button--primary Button--blue">关注问题</button><button type="button" class="Button Button--blue"><span class="Zi Zi--Edit"></span>写回答</button></div><div class="QuestionHeaderActions"><button type="button" class="Button Button--plain">邀请回答</button><button type="button" class="Button Button--plain">好问题 41</button><button type="button" class="Button Button--plain">添加评论</button><div class="Popover ShareMenu"><button type="button" class="Button Button--plain">分享</button></div></div></div></div></div></div></div><div class="Question-main"><div class="Question-mainColumn"><div class="Card ViewAll"><a class="QuestionMainAction ViewAll-QuestionMainAction" href="/question/58231907">查看全部 86 个回答</a></div><div class="Card AnswerCard"><div class="QuestionAnswer-content"><div class="ContentItem AnswerItem" data-zop="{{&quot;authorName&quot;:&quot;东川经济观察员&quot;,&quot;itemId&quot;:153920114,&quot;title&quot;:&quot;{question}&quot;,&quot;type&quot;:&quot;answer&quot;}}" name="153920114" itemProp="acceptedAnswer" itemType="http://schema.org/Answer" itemscope=""><div class="ContentItem-meta"><div class="AuthorInfo AnswerItem-authorInfo" itemProp="author" itemscope="" itemType="http://schema.org/Person"><meta itemProp="name" content="东川经济观察员"/><span class="UserLink AuthorInfo-avatarWrapper"><img class="Avatar AuthorInfo-avatar" width="38" height="38" src="https://pic2.zhichuan.example/v2-aa01_xs.jpg" alt="东川经济观察员"/></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="//www.zhichuan.example/people/dc-econ">东川经济观察员</a></span></div><div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">宏观经济研究员</div></div></div></div></div><div class="LabelContainer-wrapper"></div><div class="AnswerItem-extraInfo"><span class="Voters"><button type="button" class="Button Button--plain">2,371 人赞同了该回答</button></span></div></div><meta itemProp="image"/><meta itemProp="upvoteCount" content="2371"/><meta itemProp="url" content="https://www.zhichuan.example/question/58231907/answer/153920114"/><meta itemProp="dateCreated" content="2017-03-06T03:02:00.000Z"/><meta itemProp="dateModified" content="2017-03-07T01:15:00.000Z"/><meta itemProp="commentCount" content="146"/><div class="RichContent RichContent--unescapable"><span><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText css-hnrfcf" options="[object Object]" itemProp="text">{answer}</span></div></span><div><div class="ContentItem-time"><a target="_blank" href="/question/58231907/answer/153920114"><span data-tooltip="发布于 2017-03-06 11:02">编辑于 2017-03-07 09:15</span></a></div></div><div class="ContentItem-actions RichContent-actions"><span><button aria-label="赞同 2371 " type="button" class="Button VoteButton VoteButton--up"><span style="display:inline-flex;align-items:center">&#8203;<span class="Zi Zi--TriangleUp VoteButton-TriangleUp"></span></span>赞同 2371</button><button aria-label="反对" type="button" class="Button VoteButton VoteButton--down"><span class="Zi Zi--TriangleDown"></span></button></span><button type="button" class="Button ContentItem-action Button--plain Button--withIcon"><span class="Zi Zi--Comment"></span>146 条评论</button><div class="Popover ShareMenu ContentItem-action"><button type="button" class="Button Button--plain Button--withIcon">分享</button></div><button type="button" class="Button ContentItem-action Button--plain Button--withIcon">收藏</button><button type="button" class="Button ContentItem-action Button--plain Button--withIcon">喜欢</button><button type="button" class="Button ContentItem-action Button--plain Button--withIcon">举报</button></div></div><div class="Comments-container"><div class="CommentsV2 CommentsV2--withEditor"><div class="Topbar CommentTopbar"><div class="Topbar-title"><h2 class="CommentTopbar-title">146 条评论</h2></div><div class="Topbar-options"><button type="button" class="Button Button--plain">切换为时间排序</button></div></div><div class="CommentListV2"><ul class="NestComment"><li class="NestComment--rootComment"><div class="CommentItemV2"><div class="CommentItemV2-head"><span class="UserLink"><a class="UserLink-link" href="//www.zhichuan.example/people/xiaowang">小王同学</a></span><span class="CommentItemV2-time">2017-03-06</span></div><div class="CommentItemV2-metaSibling"><div class="CommentRichText"><div class="RichText ztext">写得很清楚，收藏了，回头再细看。</div></div><div class="CommentItemV2-footer"><button type="button" class="Button CommentItemV2-likeBtn Button--plain">赞 86</button><button type="button" class="Button Button--plain">回复</button></div></div></div></li><li class="NestComment--rootComment"><div class="CommentItemV2"><div class="CommentItemV2-head"><span class="UserLink"><a class="UserLink-link" href="//www.zhichuan.example/people/laoli-factory">制造业老李</a></span><span class="CommentItemV2-time">2017-03-06</span></div><div class="CommentItemV2-metaSibling"><div class="CommentRichText"><div class="RichText ztext">做传统制造的表示压力很大，技改的钱从哪里来还是个问题。</div></div><div class="CommentItemV2-footer"><button type="button" class="Button CommentItemV2-likeBtn Button--plain">赞 41</button><button type="button" class="Button Button--plain">回复</button></div></div></div></li></ul></div><div class="CommentsV2-footer CommentEditorV2--normal"><div class="CommentEditorV2-inputWrap"><div class="InputLike CommentEditorV2-input Editable"><div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner">写下你的评论...</div></div></div></div></div><button type="button" class="Button CommentEditorV2-singleButton Button--primary Button--blue">发布</button></div></div></div></div></div></div><div class="Card MoreAnswers"><div class="List"><div class="List-header"><h4 class="List-headerText"><span>更多回答</span></h4></div><div class="List-item"><div class="ContentItem AnswerItem"><div class="ContentItem-meta"><div class="AuthorInfo"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="//www.zhichuan.example/people/chuanxi-ben">川西小本</a></span><div class="AuthorInfo-badgeText">创业者</div></div></div><div class="RichContent is-collapsed"><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText">作为一个小创业公司的老板，最关心的还是减税降费能不能真正落到我们头上。报告里提到的研发费用加计扣除，去年我们就申请过，流程比想象中简单……</span><button type="button" class="Button ContentItem-more Button--plain">阅读全文<span class="Zi Zi--ArrowDown"></span></button></div><div class="ContentItem-actions"><button type="button" class="Button VoteButton VoteButton--up">赞同 318</button><button type="button" class="Button ContentItem-action Button--plain">27 条评论</button></div></div></div></div></div></div></div><div class="Question-sideColumn"><div class="Card AnswerAuthor"><div class="Card-header AnswerAuthor-title"><div class="Card-headerText">关于作者</div></div><div class="Card-section"><div class="AnswerAuthor-user-name"><a class="UserLink-link" href="//www.zhichuan.example/people/dc-econ">东川经济观察员</a></div><div class="AnswerAuthor-user-headline">宏观经济研究员</div></div><div class="Card-section"><div class="NumberBoard"><a class="NumberBoard-item"><div class="NumberBoard-itemName">回答</div><strong>213</strong></a><a class="NumberBoard-item"><div class="NumberBoard-itemName">文章</div><strong>37</strong></a><a class="NumberBoard-item"><div class="NumberBoard-itemName">关注者</div><strong>58,102</strong></a></div><button type="button" class="Button FollowButton Button--primary Button--blue">关注他</button><button type="button" class="Button Button--grey">发私信</button></div></div><div class="Card"><div class="Card-header SimilarQuestions-title"><div class="Card-headerText">相关问题</div></div><div class="Card-section SimilarQuestions-list"><div class="SimilarQuestions-item"><a href="/question/58230011">2017年政府工作报告有哪些亮点？</a><span> 312 个回答</span></div><div class="SimilarQuestions-item"><a href="/question/57911203">实体经济为什么越来越难做？</a><span> 1,024 个回答</span></div></div></div><footer class="Footer"><a class="Footer-item" href="/term/guide">{site}指南</a><span class="Footer-dot"></span><a class="Footer-item" href="/term/agreement">{site}协议</a><span class="Footer-dot"></span><a class="Footer-item" href="/term/privacy">隐私政策</a><br/><a class="Footer-item" href="/app">应用</a><span class="Footer-dot"></span><a class="Footer-item" href="/careers">工作</a><br/><span class="Footer-item">东ICP证 110745 号</span><span class="Footer-item">&copy; 2017 {site}</span></footer></div></div></div></main></div></div><script id="js-clientConfig" type="text/json">{{"host":"zhichuan.example","protocol":"https:","wwwHost":"www.zhichuan.example"}}</script><script id="js-initialData" type="text/json">{blob}</script><script src="https://static.zhichuan.example/heifetz/vendor.f1a7c2.js"></script><script src="https://static.zhichuan.example/heifetz/main.app.1d2e3f.js"></script></body></html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        question,
        [(h or "", 1) for h, _ in blocks],
        body,
        (0, 1, 2, 4, 5),
        [
            "等你来答",
            "关注者",
            "被浏览",
            "关注问题",
            "写回答",
            "邀请回答",
            "人赞同了该回答",
            "宏观经济研究员",
            "编辑于 2017-03-07 09:15",
            "赞同 2371",
            "146 条评论",
            "写得很清楚，收藏了",
            "技改的钱从哪里来还是个问题",
            "写下你的评论",
            "查看全部 86 个回答",
            "更多回答",
            "最关心的还是减税降费能不能真正落到我们头上",
            "相关问题",
            "实体经济为什么越来越难做",
            "东ICP证 110745 号",
        ],
        "an answer page of a Q&A site: the question (h1.QuestionHeader-title, also "
        "<title> with - 知川) is the page's title; the article is the one answer in "
        "span.RichText inside div.RichContent-inner: its <blockquote> (a quoted report "
        "paragraph) is body and the first passage, its <h2>s are the headings (level 1); "
        "the asker's description in QuestionRichText (今天上午的政府工作报告里…) is neither "
        "required nor forbidden (part of the question, not the answer); the figcaption "
        "is a caption (neither); topics, follower counts, buttons, the author card and "
        "its badge, the 编辑于 time, the vote/comment bar, the opened comments (their "
        "<h2>146 条评论</h2> is not a heading), 查看全部 86 个回答, the 更多回答 card with "
        "another answer, the side column and footer are not body; the answer's HTML "
        "again in the js-initialData JSON must not double the body",
    )


# --------------------------------------------------------- v09 Discuz thread, GBK


def jammer(rng: random.Random) -> str:
    """Discuz's anti-scraping string (ASCII pairs), put in a hidden span at each line start."""
    n = rng.randint(5, 15)
    s = "".join(chr(rng.randint(32, 59)) + " " + chr(rng.randint(63, 126)) for _ in range(n))
    return s


def build_gbk_discuz(path: Path) -> dict[str, Any]:
    subject = "2016年政府工作报告“三农”部分摘录，种地的乡亲们都来看看"
    forum, site = "三农杂谈", "东川论坛"
    s, s3 = section(2016, "（四）"), section(2016, "（三）")
    blocks: Blocks = [
        (None, [s[0]]),
        ("一、农业结构调整", [s[1]]),
        ("二、农业基础支撑", [s[2]]),
        ("三、农村公共设施和服务", [s[3]]),
        ("四、脱贫攻坚", [s[4]]),
        ("五、农民工进城落户", [s3[3]]),
    ]
    body: list[str] = []
    lines: list[str] = []
    for head, paras in blocks:
        if head:
            lines.append(f'<strong><font size="4">{esc(head)}</font></strong>')
        for p in paras:
            lines.append(f"　　{esc(p)}")
            body.append(p)
            lines.append("")
            if len(body) == 2:
                lines.append(
                    '<ignore_js_op><img id="aimg_2231" aid="2231" src="static/image/common/none.gif" zoomfile="data/attachment/forum/201603/06/101712m8q2hz2q0ee0rpee.jpg" file="data/attachment/forum/201603/06/101712m8q2hz2q0ee0rpee.jpg" class="zoom" onclick="zoom(this, this.src, 0, 0, 0)" width="600" id="aimg_2231" inpost="1" onmouseover="showMenu({\'ctrlid\':this.id,\'pos\':\'12\'})" /><div class="tip tip_4 aimg_tip" id="aimg_2231_menu" style="position: absolute; display: none" disautofocus="true"><div class="xs0"><p><strong>高标准农田.jpg</strong> <em class="xg1">(86.52 KB, 下载次数: 12)</em></p><p><a href="forum.php?mod=attachment&amp;aid=MjIzMXw4YjVkYzFmMHwxNDU3MzE1NjAwfDB8MTI5Mzg0Nw%3D%3D&amp;nothumb=yes" target="_blank">下载附件</a></p><p class="xg1 y">2016-3-6 10:17 上传</p></div><div class="tip_horn"></div></div></ignore_js_op>'
                )
                lines.append("")
    while lines[-1] == "":
        lines.pop()
    rng = random.Random(2016)
    jams: list[str] = []
    out: list[str] = [lines[0]]
    for ln in lines[1:]:
        jams.append(jammer(rng))
        out.append(f'<br />\r\n<span style="display:none">{jams[-1]}</span>{ln}')
    message = "".join(out)
    jam = max(jams, key=len)

    def post(pid: int, floor: str, author: str, group: str, when: str, text: str, sign: str) -> str:
        return f"""<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div id="favatar{pid}" class="pls favatar"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid={pid % 9973}" target="_blank" class="xw1">{author}</a></div></div><div class="p_pop blk bui card_gender_0"><div class="avatar"><a href="home.php?mod=space&amp;uid={pid % 9973}" class="avtm" target="_blank"><img src="uc_server/avatar.php?uid={pid % 9973}&amp;size=middle" /></a></div><div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&amp;uid={pid % 9973}&amp;do=thread&amp;type=thread&amp;view=me&amp;from=space" class="xi2">486</a></p>主题</th><th><p><a href="home.php?mod=space&amp;uid={pid % 9973}&amp;do=thread&amp;type=reply&amp;view=me&amp;from=space" class="xi2">2113</a></p>帖子</th><td><p><a href="home.php?mod=space&amp;uid={pid % 9973}&amp;do=profile" class="xi2">8726</a></p>积分</td></table></div><p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=25" target="_blank">{group}</a></em></p></div></div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=1293847&amp;pid={pid}" id="postnum{pid}">{floor}</a></strong><div class="pti"><div class="authi"><img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif" /> <em id="authorposton{pid}">发表于 {when}</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=1293847&amp;page=1&amp;authorid={pid % 9973}" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">{text}</td></tr></table></div><div id="comment_{pid}" class="cm"></div></div></div></td></tr>
<tr><td class="plc plm"><div class="sign" style="max-height:100px;maxHeightIE:100px;overflow:hidden;">{sign}</div></td></tr>
<tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=38&amp;tid=1293847&amp;repquote={pid}&amp;extra=page%3D1&amp;page=1">回复</a></em><p><a href="javascript:;" onclick="showWindow('miscreport{pid}', 'misc.php?mod=report&amp;rtype=post&amp;rid={pid}&amp;tid=1293847&amp;fid=38', 'get', -1);return false;">举报</a></p></div></div></td></tr>
</table></div>"""

    first = post(
        8812345,
        "楼主",
        "东川老刘",
        "论坛元老",
        "2016-3-6 10:18:42",
        '<i class="pstatus"> 本帖最后由 东川老刘 于 2016-3-6 10:21 编辑 </i><br />\r\n<br />\r\n'
        f'<font face="宋体"><font size="3">{message}</font></font>',
        "宠辱不惊，闲看庭前花开花落；去留无意，漫随天外云卷云舒。",
    )
    replies = "\n".join(
        [
            post(
                8812371,
                "沙发",
                "山里娃",
                "中级会员",
                "2016-3-6 10:33:05",
                "好政策！关键看能不能落到实处。",
                "家住东川北山，种了三十亩核桃。",
            ),
            post(
                8812402,
                "板凳",
                "老农民",
                "高级会员",
                "2016-3-6 11:02:17",
                '<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=8812345&amp;ptid=1293847" target="_blank"><font color="#999999">东川老刘 发表于 2016-3-6 10:18</font></a></font><br />\r\n'
                f"{esc(s[3][:38])} ...</blockquote></div><br />\r\n我们村那条土路终于有盼头了，等着看今年修不修。",
                "",
            ),
            post(
                8812460, "地板", "小麦地", "注册会员", "2016-3-6 12:45:50", "支持楼主，已收藏。", ""
            ),
        ]
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{subject} - {forum} -  {site} -  Powered by Discuz!</title>
<link href="http://bbs.dongchuan.example/thread-1293847-1-1.html" rel="canonical" />
<meta name="keywords" content="{subject}" />
<meta name="description" content="{esc(s[0][:40])} ,{site}" />
<meta name="generator" content="Discuz! X3.2" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2013 Comsenz Inc." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="http://bbs.dongchuan.example/" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Kz9" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Kz9" /><script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Kz9', charset = 'gbk', discuz_uid = '0', cookiepre = 'Xp2d_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cDovL2Jicy5kb25nY2h1YW4uZXhhbXBsZS90aHJlYWQtMTI5Mzg0Ny0xLTEuaHRtbA==', SITEURL = 'http://bbs.dongchuan.example/', JSPATH = 'data/cache/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="data/cache/common.js?Kz9" type="text/javascript"></script>
</head>
<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;" onclick="setHomepage('http://bbs.dongchuan.example/');">设为首页</a><a href="http://bbs.dongchuan.example/" onclick="addFavorite(this.href, '{site}');return false;">收藏本站</a></div><div class="y"><a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{site}"><img src="static/image/common/logo.png" alt="{site}" border="0" /></a></h2>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes"><div class="fastlg cl"><div class="y pns"><table cellspacing="0" cellpadding="0"><tr><td><label for="ls_username">用户名</label></td><td><input type="text" name="username" id="ls_username" class="px vm xg1" /></td><td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" />自动登录</label></td><td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&amp;action=login&amp;viewlostpw=1')">找回密码</a></td></tr><tr><td><label for="ls_password">密码</label></td><td><input type="password" name="password" id="ls_password" class="px vm" /></td><td class="fastlg_l"><button type="submit" class="pn vm" style="width: 75px;"><em>登录</em></button></td><td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">立即注册</a></td></tr></table></div></div></form></div>
<div id="nv"><ul><li id="mn_portal"><a href="portal.php" hidefocus="true" title="Portal">门户<span>Portal</span></a></li><li class="a" id="mn_forum"><a href="forum.php" hidefocus="true" title="BBS">论坛<span>BBS</span></a></li><li id="mn_group"><a href="group.php" hidefocus="true" title="Group">群组<span>Group</span></a></li><li id="mn_N12a7"><a href="misc.php?mod=ranklist" hidefocus="true" title="Ranklist">排行榜<span>Ranklist</span></a></li></ul></div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">{site}</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=36">百姓生活</a> <em>&rsaquo;</em> <a href="forum-38-1.html">{forum}</a> <em>&rsaquo;</em> <a href="thread-1293847-1-1.html">{subject}</a></div></div>
<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl "><div class="pgt"></div><span class="y pgb"><a href="forum-38-1.html">返回列表</a></span><a id="newspecial" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({{'ctrlid':this.id}})" onclick="showWindow('newthread', 'forum.php?mod=post&amp;action=newthread&amp;fid=38')" href="javascript:;" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">3862</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">17</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid=38&amp;filter=typeid&amp;typeid=112">[政策解读]</a>
<span id="thread_subject">{subject}</span>
</h1><span class="xg1"><a href="forum.php?mod=viewthread&amp;tid=1293847" onclick="return copyThreadUrl(this, '{site}')">[复制链接]</a></span></td></tr></table>
<table cellspacing="0" cellpadding="0" class="ad"><tr><td class="pls"></td><td class="plc"></td></tr></table>
{first}
{replies}
</div>
<div class="pgs mtm mbm cl"><div class="pg"><strong>1</strong><a href="thread-1293847-2-1.html">2</a><a href="thread-1293847-2-1.html" class="nxt">下一页</a></div><span class="pgb y"><a href="forum-38-1.html">返回列表</a></span></div>
<div id="f_pst" class="pl bm bmw"><form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=38&amp;tid=1293847&amp;extra=page%3D1&amp;replysubmit=yes&amp;infloat=yes&amp;handlekey=fastpost"><table cellspacing="0" cellpadding="0"><tr><td class="pls"></td><td class="plc"><div class="cl"><div id="fastposteditor"><div class="area"><div class="pt hm">您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册</a></div></div></div></div><p class="ptm pnpost"><button type="button" class="pn pnc vm" disabled="disabled"><strong>发表回复</strong></button></p></td></tr></table></form></div>
</div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="http://bbs.dongchuan.example/" target="_blank">{site}</a></strong> ( <a href="http://www.miitbeian.gov.cn/" target="_blank">东ICP备11003142号-1</a> )</p><p class="xs0">GMT+8, 2016-3-7 09:12<span id="debuginfo">, Processed in 0.086372 second(s), 27 queries .</span></p></div><div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.2</em></p><p class="xs0">&copy; 2001-2013 <a href="http://www.comsenz.com" target="_blank">Comsenz Inc.</a></p></div></div>
</body>
</html>
"""
    path.write_bytes(page.encode("gbk"))
    return prev.gold_of(
        page,
        subject,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 1, 2, 4, 5),
        [
            "开启辅助访问",
            "自动登录",
            "找回密码",
            "返回列表",
            "查看:",
            "[政策解读]",
            "[复制链接]",
            "论坛元老",
            "只看该作者",
            "本帖最后由 东川老刘 于 2016-3-6 10:21 编辑",
            "下载附件",
            "2016-3-6 10:17 上传",
            jam,
            "宠辱不惊，闲看庭前花开花落",
            "好政策！关键看能不能落到实处。",
            "我们村那条土路终于有盼头了",
            "支持楼主，已收藏。",
            "您需要登录后才可以回帖",
            "Processed in",
            "Powered by",
        ],
        "a Discuz! X3.2 thread saved in GBK (charset=gbk meta); the title is the thread "
        "subject span#thread_subject, without the [政策解读] type link before it in the "
        "same <h1 class=ts> (<title> adds forum, site and Powered by Discuz!); the article "
        "is the first post's td.t_f (楼主): <font>-wrapped text whose lines end in "
        "<br />+CRLF, a blank line between paragraphs, each paragraph indented with two "
        "full-width spaces; the <strong><font size=4>一、…</font></strong> lines are the "
        "headings (level 1); the 本帖最后由…编辑 status line is not body; every line "
        "starts with Discuz's anti-scraping jammer, an ASCII string in a "
        "<span style=display:none> (one of them is in must_not); the attachment image's "
        "tip (file name, 下载附件, 上传 time) is hidden and not body; the author column, "
        "signatures, the replies (沙发/板凳/地板; one quotes 38 characters of the first "
        "post, which cannot be forbidden, so no passage is taken from that paragraph), "
        "fast-reply prompt and footer are not body",
    )


# ------------------------------------------- v10 self-media article, RENDER_DATA


def build_toutiao(path: Path) -> dict[str, Any]:
    title = "2013年政府工作报告：就业、社保、医疗、住房、教育，今年这样办"
    site, author = "东川头条", "东川财经观察"
    s = section(2013, "（三）")
    blocks: Blocks = [
        (None, [s[0]]),
        ("一、就业和社会保障", [s[1], s[2]]),
        ("二、医药卫生和人口政策", [s[3], s[4]]),
        ("三、房地产调控和保障性安居工程", [s[6]]),
        ("四、教育、科技和文化", [s[7], s[8], s[9]]),
    ]
    body: list[str] = []
    parts: list[str] = []
    track = 0
    for head, paras in blocks:
        if head:
            track += 1
            parts.append(f'<h1 class="pgc-h-arrow-right" data-track="{track}">{esc(head)}</h1>')
        for p in paras:
            track += 1
            parts.append(f'<p data-track="{track}">{esc(p)}</p>')
            body.append(p)
            if len(body) == 1:
                parts.append(
                    '<div class="pgc-img"><img src="https://p3-sign.dctt.example/tos-cn-i-qvj2lq49k0/8f1e2a9c4b7d4e0f~noop.image?_iz=58558&amp;from=article.pc_detail&amp;x-expires=1363000000&amp;x-signature=Zx3%2F0" img_width="1080" img_height="720" image_type="1" mime_type="image/jpeg" web_uri="tos-cn-i-qvj2lq49k0/8f1e2a9c4b7d4e0f" class="syl-page-img" style="height: auto;"><p class="pgc-img-caption"></p></div>'
                )
    content = "".join(parts)
    state = {
        "data": {
            "itemId": "6392817736401240577",
            "groupId": "6392817736401240577",
            "title": title,
            "content": f'<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">{content}</article>',
            "publishTime": 1362472920,
            "source": author,
            "isOriginal": True,
            "mediaUser": {
                "name": author,
                "userId": "52188302114",
                "avatarUrl": "https://p3.dctt.example/img/user-avatar/7c1a.jpg",
            },
            "diggCount": 1284,
            "commentCount": 93,
        },
        "common": {"webId": "7290001234567890123", "serverTime": 1362560000},
    }
    blob = urllib.parse.quote(
        json.dumps(state, ensure_ascii=False, separators=(",", ":")), safe="~()*!.'"
    )
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="referrer" content="origin"><title>{title} - {site}</title><meta name="keywords" content="政府工作报告,就业,社保,医改,保障房"><meta name="description" content="{esc(s[0][:80])}"><link rel="shortcut icon" href="//lf3-static.dctt.example/obj/toutiao-web/favicon.ico" type="image/x-icon"><link href="//lf3-static.dctt.example/toutiao-web/pgc/article/static/css/index.bb31f4a0.css" rel="stylesheet"><script id="RENDER_DATA" type="application/json">{blob}</script></head><body><div id="root"><div class="ttp-site-header-wrapper"><div class="ttp-site-header"><div class="left-content"><a href="https://www.dctt.example/" target="_blank" rel="noopener" class="logo" aria-label="{site}"></a><a href="https://www.dctt.example/" target="_blank" rel="noopener">首页</a><a href="https://app.dctt.example/download" target="_blank" rel="noopener">下载{site}</a></div><div class="right-content"><a href="https://www.dctt.example/search" target="_blank" rel="noopener">搜索</a><a href="https://feedback.dctt.example/" target="_blank" rel="noopener">侵权投诉</a><a href="javascript:;" class="login-button">登录</a></div></div></div><div class="main-content"><div class="left-sidebar"><div class="detail-interaction-bar"><div class="detail-like" aria-label="点赞1284"><span class="icon"></span><span class="detail-like-num">1284</span></div><div class="detail-interaction-comment" aria-label="评论93"><span class="icon"></span><span>93</span></div><div class="detail-interaction-collect" aria-label="收藏"><span class="icon"></span><span>收藏</span></div><div class="detail-interaction-share" aria-label="分享"><span class="icon"></span><span>分享</span></div></div></div><div class="article-content"><h1>{title}</h1><div class="article-meta mt-4"><span class="original-mark">原创</span><span>2013-03-05 16:42</span><span class="dot">·</span><span class="name"><a href="https://www.dctt.example/c/user/token/MS4wLjABAAAA/" target="_blank" rel="noopener">{author}</a></span><span class="dot">·</span><span>东川</span></div><article class="syl-article-base tt-article-content syl-page-article syl-device-pc">{content}</article><div class="article-end"><div class="report"><button type="button" class="report-btn">举报/反馈</button></div></div><div class="detail-end-share"><span>分享到：</span><a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">QQ空间</a></div><div class="detail-comment" id="comment-area"><div class="ttp-comment-wrapper"><div class="title">评论 93</div><div class="ttp-comment-input"><textarea placeholder="写下你的评论..."></textarea><button type="button">评论</button></div><ul class="comment-list"><li class="comment-item"><a class="name">北山老陈</a><p class="content">教育经费超过2万亿，希望多投到农村学校。</p><div class="action"><span class="time">2013-03-05</span><span class="digg">赞 56</span><span class="reply">回复</span></div></li><li class="comment-item"><a class="name">理性看房</a><p class="content">房价能不能稳住，就看这些措施落不落地了。</p><div class="action"><span class="time">2013-03-05</span><span class="digg">赞 31</span><span class="reply">回复</span></div></li></ul><div class="more-comment">查看更多评论</div></div></div><div class="detail-feed"><div class="detail-feed-title">相关推荐</div><div class="feed-card-article"><a href="https://www.dctt.example/article/6392801127745437185/" class="title">一张图看懂2013年政府工作报告</a><div class="feed-card-footer"><span>东川日报</span><span>2.1万评论</span></div></div><div class="feed-card-article"><a href="https://www.dctt.example/article/6392765536018252290/" class="title">五年来城镇新增就业5870万人，下一步怎么干</a><div class="feed-card-footer"><span>财经早知道</span><span>3562评论</span></div></div></div></div><div class="right-sidebar"><div class="author-info"><div class="author-info-avatar"><img src="https://p3.dctt.example/img/user-avatar/7c1a.jpg" alt=""></div><div class="author-info-name"><a href="https://www.dctt.example/c/user/token/MS4wLjABAAAA/">{author}</a></div><div class="author-info-desc">优质财经领域创作者</div><div class="author-info-stat"><span>12.8万粉丝</span><span>3462万获赞</span></div><button type="button" class="author-info-follow">关注</button></div><div class="author-articles"><div class="title">作者最新文章</div><ul><li><a href="https://www.dctt.example/article/6392501122900038145/">赤字率、M2、CPI：今年的几个数字怎么看</a></li><li><a href="https://www.dctt.example/article/6391998012745121281/">两会前夕，这些民生期待值得关注</a></li></ul></div><div class="hot-board"><div class="title">{site}热榜</div><ol><li><a href="https://www.dctt.example/trending/1">全国人大十二届一次会议开幕</a></li><li><a href="https://www.dctt.example/trending/2">今年GDP增长预期目标7.5%</a></li></ol></div><div class="footer-info"><p>&copy; 2013 {site} www.dctt.example</p><p>东ICP备12025439号-3</p></div></div></div></div><script src="//lf3-static.dctt.example/toutiao-web/pgc/article/static/js/vendor.7b44c0e1.js" crossorigin="anonymous"></script><script src="//lf3-static.dctt.example/toutiao-web/pgc/article/static/js/index.a19fd6c2.js" crossorigin="anonymous"></script></body></html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 2, 4, 5, 8),
        [
            "侵权投诉",
            "下载东川头条",
            "2013-03-05 16:42",
            "举报/反馈",
            "分享到：",
            "评论 93",
            "希望多投到农村学校",
            "房价能不能稳住",
            "查看更多评论",
            "相关推荐",
            "一张图看懂2013年政府工作报告",
            "优质财经领域创作者",
            "12.8万粉丝",
            "作者最新文章",
            "赤字率、M2、CPI：今年的几个数字怎么看",
            "热榜",
            "东ICP备12025439号-3",
        ],
        "a self-media article page whose state is in <script id=RENDER_DATA "
        "type=application/json> as URL-encoded JSON (the article HTML again, not to be "
        "read twice) and whose DOM is rendered on the server; the first <h1> in "
        "div.article-content is the title (<title> adds - 东川头条); the subheads are "
        "further <h1 class=pgc-h-arrow-right> elements inside the <article> (the editor's "
        "heading style), ordinals 一、…四、, level 1, not titles; the empty "
        "p.pgc-img-caption is nothing; the header, the left 点赞/评论/收藏/分享 bar, the "
        "meta line (原创, time, author), 举报/反馈, share links, comments, 相关推荐, author "
        "card, 作者最新文章, 热榜 and footer are not body",
    )


# ------------------------------------------------ v11 博达 CMS + 135editor content


def build_boda_135(path: Path) -> dict[str, Any]:
    title = "学习两会精神丨政府工作报告里的民生“温度”"
    site = "东川大学新闻网"
    s = section(2016, "（七）")
    # (number, level-1 heading, [(level-2 heading or None, paragraphs)])
    parts_spec: list[tuple[str, str, list[tuple[str | None, list[str]]]]] = [
        ("01", "就业创业", [(None, [s[1]])]),
        ("02", "教育公平", [(None, [s[2]])]),
        ("03", "医疗与社保", [("医疗、医保、医药联动", [s[3]]), ("社会保障安全网", [s[4]])]),
        ("04", "文化、治理与安全", [(None, [s[5], s[6], s[7]])]),
    ]
    color = "rgb(192, 0, 0)"
    body: list[str] = []
    headings: list[tuple[str, int]] = []

    def para(p: str) -> str:
        body.append(p)
        return f'<p style="text-indent: 2em; line-height: 1.75em; margin-bottom: 10px;"><span style="font-size: 16px; font-family: 宋体, SimSun;">{esc(p)}</span></p>'

    out = [
        f'<section class="_135editor" data-tools="135编辑器" data-id="94107"><section style="text-align: center; margin: 10px auto;"><section style="display: inline-block; background: {color}; padding: 4px 12px; border-radius: 14px;"><span style="color: rgb(255, 255, 255); font-size: 14px;">点击蓝字</span></section><span style="font-size: 14px; color: {color}; margin-left: 6px;">关注我们</span></section></section>',
        "<p><br/></p>",
        para(s[0]),
        '<p style="text-align: center;"><img src="/__local/8/2B/5C/E81F0A3C4D52B7E6C1D0F9A8B37_6D2A1F04_1B3C2.jpg" width="600" vsbhref="vurl" vurl="/_vsl/82B5CE81F0A3C4D52B7E6C1D0F9A8B37/6D2A1F04/1B3C2" vheight="" vwidth="600" orisrc="/__local/8/2B/5C/E81F0A3C4D52B7E6C1D0F9A8B37_6D2A1F04_1B3C2.jpg" class="img_vsb_content"></p>',
        '<p style="text-align: center;"><span style="font-size: 14px; color: rgb(127, 127, 127);">3月5日，我校师生在图书馆报告厅集中收看政府工作报告直播</span></p>',
    ]
    for num, head, subs in parts_spec:
        headings.append((head, 1))
        out.append(
            f'<section class="_135editor" data-tools="135编辑器" data-id="92841" data-color="{color}"><section style="margin: 24px auto 12px; display: flex; align-items: flex-end;"><section style="flex-shrink: 0;"><span class="135brush" data-brushtype="text" style="font-size: 44px; line-height: 1; color: {color}; font-family: Impact, sans-serif; letter-spacing: 2px;">{num}</span></section><section style="flex: 1; margin-left: 10px; padding-bottom: 4px; border-bottom: 2px solid {color};"><h3 class="135brush" data-brushtype="text" style="margin: 0; font-size: 18px; color: rgb(51, 51, 51);">{esc(head)}</h3></section></section></section>'
        )
        for sub, paras in subs:
            if sub:
                headings.append((sub, 2))
                out.append(
                    f'<section class="_135editor" data-tools="135编辑器" data-id="88675"><section style="margin: 16px 0 8px; border-left: 4px solid {color}; padding-left: 8px;"><h4 class="135brush" data-brushtype="text" style="margin: 0; font-size: 16px; color: {color};">{esc(sub)}</h4></section></section>'
                )
            out.extend(para(p) for p in paras)
        out.append("<p><br/></p>")
    out.append(
        f'<section class="_135editor" data-tools="135编辑器" data-id="90185"><section style="text-align: center; margin: 20px 0;"><span style="color: {color}; letter-spacing: 4px;">— END —</span></section></section>'
    )
    out.append(
        '<p style="text-align: right;"><span style="font-size: 14px; color: rgb(136, 136, 136);">文字：宣传部　张立<br/>图片：学生记者团　李想<br/>编辑：刘畅　　审核：陈明</span></p>'
    )
    content = "\n".join(out)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{title}-{site}</title>
<META Name="keywords" Content="{site},东大要闻,学习两会精神" />
<META Name="description" Content="{esc(s[0][:50])}" />
<link href="../../style/style.css" rel="stylesheet" type="text/css" />
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="../../_sitegray/_sitegray_d.css" />
<script language="javascript" src="../../_sitegray/_sitegray.js"></script>
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1062,'/content.jsp',20931,1187654321)</script>
<style type="text/css">
.titlestyle106953 {{ font-size: 22pt; color: #c00000; font-weight: bold; line-height: 150%; }}
.timestyle106953 {{ font-size: 9pt; color: #666666; }}
.authorstyle106953 {{ font-size: 9pt; color: #666666; }}
.contentstyle106953 {{ font-size: 12pt; line-height: 200%; }}
</style>
</head>
<body>
<div class="top"><div class="logo"><img src="../../images/logo.png" alt="{site}" /></div>
<div class="nav"><ul><li><a href="../../index.htm">首页</a></li><li><a href="../../ddyw.htm">东大要闻</a></li><li><a href="../../zhxw.htm">综合新闻</a></li><li><a href="../../jxky.htm">教学科研</a></li><li><a href="../../xywh.htm">校园文化</a></li><li><a href="../../mtdd.htm">媒体东大</a></li><li><a href="../../ztbd.htm">专题报道</a></li></ul></div></div>
<div class="main">
<div class="weizhi">当前位置: <a href="../../index.htm">首页</a> &gt;&gt; <a href="../../ddyw.htm">东大要闻</a> &gt;&gt; 正文</div>
<div class="content">
<script language="javascript" src="/system/resource/js/dynclicks.js"></script><script language="javascript" src="/system/resource/js/ajax.js"></script>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="titlestyle106953" align="center">{title}</td></tr>
<tr><td height="2" align="center" style="border-bottom: 1px solid #dddddd;"></td></tr>
<tr><td align="center" height="36"><span class="timestyle106953">2016-03-07 16:20</span>&nbsp;&nbsp;<span class="authorstyle106953">来源：党委宣传部</span>&nbsp;&nbsp;<span class="timestyle106953">点击：<script>_showDynClicks("wbnews", 1187654321, 20931)</script></span></td></tr>
<tr><td class="contentstyle106953">
<form name="_newscontent_fromname"><div id="vsb_content"><div class="v_news_content">
{content}
</div></div><div id="div_vote_id"></div></form>
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印】</a>&nbsp;<a href="javascript:window.opener=null;window.open('','_self');window.close();">【关闭】</a></td></tr>
<tr><td><div class="pre-next"><p>上一条：<a href="20920.htm">我校召开2016年党风廉政建设工作会议</a></p><p>下一条：<a href="20948.htm">我校学子在全国大学生数学建模竞赛中获佳绩</a></p></div></td></tr>
</table>
</div>
</div>
<div class="footer"><p>版权所有 &copy; 东川大学党委宣传部　地址：东川市大学路1号　邮编：650091</p><p>东ICP备05000999号</p></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        headings,
        body,
        (0, 2, 3, 5, 7),
        [
            "当前位置",
            "媒体东大",
            "2016-03-07 16:20",
            "来源：党委宣传部",
            "点击蓝字",
            "— END —",
            "编辑：刘畅",
            "审核：陈明",
            "【打印】",
            "【关闭】",
            "上一条",
            "我校学子在全国大学生数学建模竞赛中获佳绩",
            "版权所有",
            "东ICP备05000999号",
        ],
        "a university news page on a 博达-like CMS: no <h1>; the title is the bold 22 pt "
        "td.titlestyle106953 (its class only styled in the head <style>; <title> adds "
        "-东川大学新闻网); the article is div.v_news_content, pasted from the 135 editor: "
        "level-1 headings are the <h3 class=135brush> words only, the big decorative "
        "01/02/03/04 beside each sits in a <section> of its own and is not part of the "
        "heading (nor body); level-2 headings are <h4 class=135brush> in a bordered "
        "<section> under 03; paragraphs are <p style=text-indent:2em> with a <span>; the "
        "centred grey line under the image is its caption (neither required nor "
        "forbidden); the 点击蓝字 关注我们 ornament at the top, the — END — ornament and "
        "the 文字/图片/编辑/审核 credits at the end of the content are not body; nor the "
        "nav, 当前位置, date/来源/点击 line, 【打印】【关闭】, 上一条/下一条 and footer",
    )


# ------------------------------------ v12 English-labelled site, <div> paragraphs


def build_en_div(path: Path) -> dict[str, Any]:
    title = "政府工作报告：推进新一轮高水平对外开放 “一带一路”与自贸区齐发力"
    site = "东川日报网"
    s = section(2016, "（五）")
    blocks: Blocks = [
        (None, [s[0]]),
        ("“一带一路”与国际产能合作", [s[1], s[2]]),
        ("稳外贸　引外资", [s[3], s[4]]),
        ("自贸区：加快商签协定", [s[5]]),
    ]
    body: list[str] = []
    parts: list[str] = []
    for head, paras in blocks:
        if head:
            parts.append(f'<div class="subtitle">{esc(head)}</div>')
        for p in paras:
            parts.append(f"<div>　　{esc(p)}</div>")
            body.append(p)
            parts.append("<div><br /></div>")
            if len(body) == 2:
                parts.append(
                    '<div class="picture" style="text-align:center"><img src="//img2.dcdaily.example/images/201603/05/56da2c1ba310f9e1.jpeg" alt="" /><div class="picdes">3月4日，一艘集装箱货轮驶离东川港。[Photo/VCG]</div></div>'
                )
    content = "\n".join(parts)
    page = f"""<!doctype html>
<html>
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>{title} - Dongchuan Daily {site}</title>
<meta name="keywords" content="政府工作报告,对外开放,一带一路,自贸区" />
<meta name="description" content="{esc(s[0][:60])}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title}" />
<meta property="og:site_name" content="Dongchuan Daily" />
<meta name="twitter:card" content="summary_large_image" />
<link rel="stylesheet" href="//www.dcdaily.example/static/css/cn_article_2016.css" />
<style type="text/css">
#Content div {{ font-size: 16px; line-height: 30px; color: #333; }}
#Content .subtitle {{ font-weight: bold; color: #0b3e7c; margin: 18px 0 6px; }}
#Content .picdes {{ font-size: 13px; color: #666; text-align: center; }}
</style>
</head>
<body>
<div class="topBar"><div class="w1000"><ul class="topNav"><li><a href="//www.dcdaily.example/">Global Edition</a></li><li><a href="//cn.dcdaily.example/">中文网</a></li><li><a href="//m.dcdaily.example/">Mobile</a></li><li><a href="//epaper.dcdaily.example/">Newspaper</a></li><li><a href="//subscribe.dcdaily.example/">Subscribe</a></li></ul><div class="topSearch"><input type="text" placeholder="Search" /><button>Go</button></div></div></div>
<div class="header w1000"><a href="//cn.dcdaily.example/" class="logo"><img src="//www.dcdaily.example/static/img/logo_cn.png" alt="Dongchuan Daily {site}" /></a></div>
<div class="mainNav"><div class="w1000"><a href="//cn.dcdaily.example/">首页 Home</a><a href="//cn.dcdaily.example/politics/" class="cur">时政 Politics</a><a href="//cn.dcdaily.example/business/">财经 Business</a><a href="//cn.dcdaily.example/world/">国际 World</a><a href="//cn.dcdaily.example/opinion/">观点 Opinion</a><a href="//language.dcdaily.example/">双语 Bilingual</a><a href="//cn.dcdaily.example/video/">视频 Video</a></div></div>
<div class="w1000 main">
<div class="leftPart">
<div class="crumbs">You are here: <a href="//cn.dcdaily.example/">Home</a> / <a href="//cn.dcdaily.example/politics/">Politics</a> / 正文</div>
<div class="dabiaoti" id="title">{title}</div>
<div class="fenx"><div class="xinf-le">Updated: 2016-03-05 14:20 | 来源：{site} | 作者：王晓</div><div class="xinf-ri">Share: <a href="javascript:;" class="wechat">WeChat</a> <a href="javascript:;" class="weibo">Weibo</a> <a href="javascript:;" class="facebook">Facebook</a> <a href="javascript:;" class="twitter">Twitter</a> <a href="javascript:;" class="fontsize">A+</a> <a href="javascript:;" class="fontsize">A-</a></div></div>
<div id="Content">
{content}
</div>
<div class="bianji">Editor: 王晓</div>
<div class="related"><div class="tit">Related Stories</div><ul><li><a href="//cn.dcdaily.example/2016-03/05/content_23745011.htm">2016年GDP增长目标定为6.5%至7%</a></li><li><a href="//cn.dcdaily.example/2016-03/04/content_23731208.htm">外贸企业盼政策“及时雨”</a></li></ul></div>
</div>
<div class="rightPart"><div class="box"><div class="tit">Most Popular</div><ol><li><a href="//cn.dcdaily.example/2016-03/05/content_23746902.htm">总理记者会时间确定</a></li><li><a href="//cn.dcdaily.example/2016-03/05/content_23744517.htm">“十三五”规划纲要草案全文</a></li></ol></div><div class="box"><div class="tit">Editor's Pick</div><ul><li><a href="//language.dcdaily.example/2016-03/05/content_23741176.htm">双语：政府工作报告热词</a></li></ul></div><div class="follow">Follow us: <a href="javascript:;">Weibo</a> <a href="javascript:;">WeChat</a> <a href="javascript:;">Facebook</a> <a href="javascript:;">Twitter</a></div></div>
</div>
<div class="footer"><div class="w1000"><p><a href="//cn.dcdaily.example/about/">About Dongchuan Daily</a> | <a href="//cn.dcdaily.example/ad/">Advertise on Site</a> | <a href="//cn.dcdaily.example/contact/">Contact Us</a> | <a href="//cn.dcdaily.example/jobs/">Job Offer</a></p><p>Copyright 1995 - 2016. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Dongchuan Daily Information Co (DDIC). Without written authorization from DDIC, such content shall not be republished or used in any form.</p><p>版权声明：本网站所刊载信息，不代表东川日报观点。　东ICP备13028878号-6</p></div></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 1, 2, 4, 5),
        [
            "Global Edition",
            "时政 Politics",
            "You are here:",
            "Updated: 2016-03-05 14:20",
            "Share:",
            "Editor: 王晓",
            "Related Stories",
            "外贸企业盼政策“及时雨”",
            "Most Popular",
            "总理记者会时间确定",
            "Editor's Pick",
            "Follow us:",
            "All rights reserved",
            "版权声明：本网站所刊载信息",
            "东ICP备13028878号-6",
        ],
        "a Chinese-edition news page with English labels: no <h1>; the title is "
        "div.dabiaoti (bold only by the site stylesheet) and og:title (<title> adds - "
        "Dongchuan Daily 东川日报网); the article is div#Content in which every paragraph is "
        "a <div> (no <p> anywhere) indented with two full-width spaces, with empty "
        "<div><br /></div> spacers between; the <div class=subtitle> lines are the "
        "subheads (level 1), bold only through the head <style> rule; the photo caption "
        "div.picdes (…[Photo/VCG]) is a caption (neither required nor forbidden); the "
        "English nav and labels (Global Edition, You are here:, Updated:, Share:, "
        "Editor:, Related Stories, Most Popular, Editor's Pick, Follow us:) and the "
        "English copyright footer are not body",
    )


# ------------------------------------------------------------------------ main


MINE = ("v07_", "v08_", "v09_", "v10_", "v11_", "v12_")

SOURCE_HEAD = (
    "# Documents made with real tools, seventh set (development data)\n\n"
    "Made as development data after the sixth set (`realdocs-made6`), each a layout\n"
    "pattern the earlier sets lack: PDF/DOCX v01-v06 by `python eval/make_realdocs7_files.py`,\n"
    "HTML pages (v07 on) by `python eval/make_realdocs7_pages.py`. Texts come only from the\n"
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
    "| v07_big5_hk_news.html | written after the layout of Hong Kong newspaper sites in Big5 (`eval/make_realdocs7_pages.py`, as v08-v12; text via OpenCC `s2hk`), gwr 2014 | Big5 bytes declared `charset=big5` (http-equiv meta) holding HKSCS-only characters (羣, 鈎, 温, 户, 綫: decoded by browsers under the big5 label, not by a plain Big5/cp950 codec), Hong Kong traditional text and gold; `<title>` `站名 - 頻道 - 標題`, `<h1>`, date/字體/share line, `【本報北京專電】` opening the first paragraph (body), `<p><b>` 小標 (level 1), photo caption, 責任編輯, 相關字詞, 上一篇/下一篇, 相關新聞, 熱門新聞, ad, footer |",
    '| v08_qa_answer.html | written after the layout of Q&A-site answer pages (知乎-like, server-rendered React), gwr 2017 | title = the question `h1.QuestionHeader-title` (the answer has none); topics, the asker\'s description (neither required nor forbidden), 关注者/被浏览, 关注问题/写回答; answer card: author card with badge, `span.RichText` with a `<blockquote>` (body, first passage), `<h2>` headings (level 1), `<p data-pid>`, lazy `<figure>` + `<figcaption>`; 编辑于 time, 赞同/评论/分享/收藏 bar, opened comments with an `<h2>146 条评论</h2>` (not a heading), 查看全部 N 个回答, 更多回答 with another answer, side column, footer; the answer HTML again in `<script id="js-initialData" type="text/json">` |',
    '| v09_gbk_discuz_thread.html | written after the layout of Discuz! X3.2 forum threads, gwr 2016 | GBK bytes (`charset=gbk`); `<h1 class="ts">` = `[政策解读]` type link + `span#thread_subject` (title: the subject); posts as `table.plhin`: the first post\'s `td.t_f` is the article: `本帖最后由…编辑` status (not body), `<font>` text with `<br />`+CRLF lines and blank lines between paragraphs, `<strong><font size="4">一、…</font></strong>` lines (level 1), attachment image with a hidden `下载附件` tip, Discuz jammer strings in `<span style="display:none">` at every line start (one in must_not); author column, 楼主/沙发/板凳/地板, signatures, replies (one quoting the first post), 回复/举报, login-to-reply prompt, `Processed in`/`Powered by Discuz!` footer |',
    '| v10_toutiao_render_data.html | written after the layout of self-media platform articles (今日头条-like), gwr 2013 | page state with the article HTML in `<script id="RENDER_DATA" type="application/json">` as URL-encoded JSON, plus the server-rendered DOM: title the first `<h1>` in `div.article-content`, subheads further `<h1 class="pgc-h-arrow-right">` inside `<article class="syl-article-base tt-article-content">` (level 1, ordinals `一、`), `<p data-track>` paragraphs, `div.pgc-img` with an empty caption; meta line (原创/time/author), left 点赞/评论/收藏/分享 bar, 举报/反馈, share, comments, 相关推荐, author card, 作者最新文章, 热榜 |',
    '| v11_boda_135editor.html | written after the layout of university news sites on a 博达-like CMS with content from the 135 editor, gwr 2016 | no `<h1>`: title in `td.titlestyle106953` (styled in the head), `_showDynClicks` counter, `div#vsb_content div.v_news_content`; nested `<section class="_135editor">` blocks: `点击蓝字 关注我们` ornament, level-1 `<h3 class="135brush">` beside a decorative `01`-`04` in its own `<section>` (number not in the heading), level-2 `<h4 class="135brush">` in a bordered section, `<p style="text-indent:2em"><span>` paragraphs, image + grey caption, `— END —` ornament, 文字/图片/编辑/审核 credits; 当前位置, 【打印】【关闭】, 上一条/下一条, footer |',
    '| v12_en_labels_div_paras.html | written after the layout of English-labelled Chinese-edition news sites (China Daily Chinese-like), gwr 2016 | English nav and labels (Global Edition, `时政 Politics`, `You are here:`, `Updated:`, `Share:`, `Editor:`, Related Stories, Most Popular, Editor\'s Pick, Follow us, English copyright footer); no `<h1>`: title in `div.dabiaoti` + `og:title` (`<title>` adds `- Dongchuan Daily 东川日报网`); `div#Content` with every paragraph a `<div>` (no `<p>`), `<div><br /></div>` spacers, `<div class="subtitle">` subheads bold only via a head `<style>` rule (level 1), photo caption `…[Photo/VCG]` |',
]


BUILDERS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "v07_big5_hk_news.html": build_big5_hk,
    "v08_qa_answer.html": build_qa_answer,
    "v09_gbk_discuz_thread.html": build_gbk_discuz,
    "v10_toutiao_render_data.html": build_toutiao,
    "v11_boda_135editor.html": build_boda_135,
    "v12_en_labels_div_paras.html": build_en_div,
}


def main(argv: list[str] | None = None) -> int:
    return prev.make_pages_set(BUILDERS, "realdocs-made7", argv, __doc__, ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
