# ruff: noqa: E501  (HTML templates and SOURCE.md rows are kept on one line each)
"""Make the web pages n01-n06 of ``realdocs-made24`` and their gold.

A twenty-fourth set of development documents, made blind (without looking at the
readers or running them); the other documents of the set (m01-m06) come from their own
maker. This half is the pages an overseas buyer's analyst reads about Chinese policy
and markets: a provincial commerce department's policy page, finance news with a
paywall, a finance portal's old template with inline quote links, an industry portal
and a trade association's site on Chinese CMSs, and an investors' social network's
long post, each a site family or markup pattern the earlier sets lack. The texts come
only from the public government work reports 2013-2017
(``../shared/data/gov-work-reports``), whole paragraphs (titles, headings, labels,
names, dates, comments and furniture are written here; people, places, companies,
stocks, accounts and sites are made up; the markup follows general knowledge of how
such sites and tools build pages, not any real file or page):

- ``n01_commerce_dept_policy_tabs.html`` (gwr 2016): a provincial 商务厅 policy
  document page: policy-info ``<dl>`` (发文字号/有效性…), a tab strip 政策原文 /
  政策解读 / 图片解读 / 相关附件 whose other panes (link lists) are ``display:none``;
  the document in the shown pane with 公文 typography only by inline fonts: level-1
  heads ``一、`` in 黑体 spans, level-2 heads ``（一）`` in 楷体 spans, body in 仿宋
  spans, all the same size, no bold, no heading tags; salutation and signature; a
  相关附件 box (file names with sizes and download counts), footer;
- ``n02_finance_paywall_fold.html`` (gwr 2017): finance news (财新-like): ``<h1>``,
  author/time line, a 听全文 audio widget, a lead with a 【财衡网】 dateline, the
  first paragraphs shown, then a subscription wall (您已阅读…, 订阅 buttons) and the
  rest of the article present in the page in a ``display:none`` div (body, as are
  its ``<p><b>`` heads, level 1), 关键词 tags, 责任编辑 line, copyright notice, a
  相关股票 quote table, 推荐阅读;
- ``n03_finance_portal_inline_quotes.html`` (gwr 2014): an old finance-portal
  template (新浪财经-like), ``charset=gb2312`` with GBK-only characters, CRLF:
  ``h1#artibodyTitle``, time/media line, a 行情 chart box at the top of
  ``div#artibody``, ``<!-- publish_helper -->`` marks, report paragraphs with inline
  ``a.wt_article_link`` keyword links (人民币/股票/债券/保险) and an inline stock span
  with an empty quote span in the lead, 进入【…股吧】讨论, 【免责声明】 and 责任编辑
  inside ``artibody``; no heads; 文章关键词, 相关新闻, footer;
- ``n04_industry_portal_phpcms_gbk.html`` (gwr 2016): an industry portal
  (中国XX网) on a PHPCMS v9-like template, GBK bytes under ``charset=gbk``: the
  time/来源/作者/浏览次数 row is a ``<span>`` inside the ``<h1>`` after a ``<br />``
  (not the title); ``div.content`` with ``<p><strong>`` heads ``（二）…。`` ending with
  a full stop (level 1); 相关热词搜索, ``上一篇：``/``下一篇：`` pager, 相关阅读,
  comment box, 排行 side lists, footer;
- ``n05_trade_assoc_empirecms_gb2312.html`` (gwr 2013): a trade association's site
  on an 帝国CMS-like template, GB2312 bytes, CRLF: table layout with a left column
  (会员登录 form, menu), title in ``td.showtitle`` (styled by class), info row with a
  counter ``<script>``, the article in ``td#endtext.arc-body``: ``<font>``-wrapped
  paragraphs indented by ``&nbsp;``, figures in ``<font face="Times New Roman">``,
  heads as centred ``<font face="黑体" size="4">`` lines (level 1, no bold); 供稿 line,
  上一篇/下一篇, 【打印本文】【关闭窗口】, 相关信息, footer;
- ``n06_investor_network_long_post.html`` (gwr 2017): a long post on an investors'
  social network (雪球-like): ``h1.article__bd__title``, author line (认证, 发布于 …
  来自…), ``div.article__bd__detail`` with the author's own lines (``$名称(代码)$``
  cashtag links) between report paragraphs, ``<h4>`` heads (level 1), the author's
  风险提示 line, the site's appended 本话题在…有N条讨论 / 下载客户端 lines, 著作权
  line, 转发/讨论/赞 bar, 打赏, comments, 相关股票 quotes, 热门讨论.

Gold is written from what each builder put in the page, decided as a reader reads it
in a browser, never from reader output; every gold string is checked against the
text the page shows (tags removed, scripts, styles and comments left out) and was
checked against Chromium's DOM of the page (``chromium --headless --dump-dom``, run
once when the pages were made). Re-running writes the same bytes:

    python eval/make_realdocs24_pages.py [--out eval/data/realdocs-made24] [--only n01 ...]
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs20_pages as prev20
import make_realdocs22_pages as prev22

MINE = ("n01_", "n02_", "n03_", "n04_", "n05_", "n06_")
Gold = dict[str, Any]
esc = prev20.esc
gwr = prev20.gwr
page_gold = prev20.page_gold


def uid(*parts: object) -> str:
    """A stable hex id for the made pages."""
    return prev22.uid("realdocs24", *parts)


# ------------------------------------------ n01 commerce department policy page

N01_YEAR = 2016
N01_TITLE = "东川省商务厅关于做好2016年稳外贸扩开放工作的实施意见"
N01_SITE = "东川省商务厅"
N01_NUMBER = "东商外贸〔2016〕12号"
N01_SALUTE = "各设区市商务局，省直管试点县（市）商务主管部门，厅机关各处室、直属单位："
N01_INTRO = "为贯彻落实国家和省关于稳定外贸增长、扩大对外开放的决策部署，结合我省实际，现就做好2016年全省稳外贸扩开放工作提出如下意见。"
N01_CLOSE = "各地各部门要结合实际，细化工作措施，明确责任分工，确保各项任务落到实处。工作中遇到的重大问题，请及时报告省商务厅。"
N01_SIGN = ("东川省商务厅", "2016年4月8日")
# (head or None, level, [(section, index)]): the document's outline
N01_OUTLINE: tuple[tuple[str | None, int, tuple[tuple[str, int], ...]], ...] = (
    (None, 0, (("（五）", 0),)),
    ("一、促进外贸稳定增长", 1, ()),
    ("（一）推动外贸创新发展", 2, (("（五）", 3),)),
    ("（二）扩大国际产能合作", 2, (("（五）", 2),)),
    ("二、提高利用外资水平", 1, (("（五）", 4),)),
    ("三、积极参与“一带一路”建设和自贸区战略", 1, ()),
    ("（一）扎实推进“一带一路”建设", 2, (("（五）", 1),)),
    ("（二）加快实施自由贸易区战略", 2, (("（五）", 5),)),
    ("四、持续优化营商环境", 1, ()),
    ("（一）深化“放管服”改革", 2, (("（二）", 1),)),
    ("（二）激发非公有制经济活力", 2, (("（二）", 6),)),
)
N01_INFO = (
    ("发文机关", N01_SITE),
    ("发文字号", N01_NUMBER),
    ("主题分类", "对外贸易"),
    ("成文日期", "2016年04月08日"),
    ("发布日期", "2016年04月11日"),
    ("有效性", "现行有效"),
)
N01_JIEDU = (
    "【文字解读】《关于做好2016年稳外贸扩开放工作的实施意见》政策解读",
    "【媒体解读】东川日报：稳外贸“组合拳”再出新招",
)
N01_TUJIE = "一图读懂我省稳外贸扩开放十条措施"
N01_FILES = (
    ("2016年全省稳外贸扩开放重点任务分工表.xls", "56.5 KB", "1,208"),
    ("2016年省级外经贸发展专项资金申报指南.doc", "87.0 KB", "2,364"),
)
N01_FONT = "font-size: 16pt; line-height: 28pt;"


def build_commerce_policy(path: Path) -> Gold:
    parts = [
        f'<p style="text-align: justify; {N01_FONT}"><span style="font-family: 仿宋_GB2312, 仿宋; {N01_FONT}">{esc(N01_SALUTE)}</span></p>',
        f'<p style="text-indent: 2em; text-align: justify; {N01_FONT}"><span style="font-family: 仿宋_GB2312, 仿宋; {N01_FONT}">{esc(N01_INTRO)}</span></p>',
    ]
    body = [N01_INTRO]
    heads: list[tuple[str, int]] = []
    for head, lv, refs in N01_OUTLINE:
        if head:
            face = "黑体, SimHei" if lv == 1 else "楷体_GB2312, 楷体, KaiTi"
            parts.append(
                f'<p style="text-indent: 2em; text-align: justify; {N01_FONT}"><span style="font-family: {face}; {N01_FONT}">{esc(head)}</span></p>'
            )
            heads.append((head, lv))
        for sec, i in refs:
            text = gwr(N01_YEAR, sec, i)
            parts.append(
                f'<p style="text-indent: 2em; text-align: justify; {N01_FONT}"><span style="font-family: 仿宋_GB2312, 仿宋; {N01_FONT}">{esc(text)}</span></p>'
            )
            body.append(text)
    parts.append(
        f'<p style="text-indent: 2em; text-align: justify; {N01_FONT}"><span style="font-family: 仿宋_GB2312, 仿宋; {N01_FONT}">{esc(N01_CLOSE)}</span></p>'
    )
    body.append(N01_CLOSE)
    parts.append(
        f'<p style="text-align: justify; {N01_FONT}"><span style="font-family: 仿宋_GB2312, 仿宋;">&nbsp;</span></p>'
    )
    for s in N01_SIGN:
        parts.append(
            f'<p style="text-align: right; padding-right: 4em; {N01_FONT}"><span style="font-family: 仿宋_GB2312, 仿宋; {N01_FONT}">{esc(s)}</span></p>'
        )
    content = "\n".join(parts)
    host = "http://swt.dongchuan.gov.example"
    url = f"{host}/zwgk/zcwj/tfwj/201604/t20160411_{376512}.html"
    info = "".join(f"<dt>{k}：</dt><dd>{esc(v)}</dd>" for k, v in N01_INFO)
    jiedu = "".join(
        f'<li><a href="{host}/zwgk/zcjd/201604/t2016041{1 + k}_{376530 + k}.html" target="_blank">{esc(t)}</a><span class="date">2016-04-1{1 + k}</span></li>'
        for k, t in enumerate(N01_JIEDU)
    )
    files = "".join(
        f'<li><a href="{host}/zwgk/zcwj/tfwj/201604/P0201604115{uid("n01f", k)[:14]}.{name.rsplit(".", 1)[1]}" target="_blank">{k + 1}.{esc(name)}</a><span class="size">（{size}，下载 {n} 次）</span></li>'
        for k, (name, size, n) in enumerate(N01_FILES)
    )
    tab_files = "".join(
        f'<li><a href="{host}/zwgk/zcwj/tfwj/201604/P0201604115{uid("n01f", k)[:14]}.{name.rsplit(".", 1)[1]}" target="_blank">{esc(name)}</a></li>'
        for k, (name, _, _) in enumerate(N01_FILES)
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="{N01_SITE}">
<meta name="SiteDomain" content="swt.dongchuan.gov.example">
<meta name="SiteIDCode" content="3600000027">
<meta name="ColumnName" content="厅发文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{esc(N01_TITLE)}">
<meta name="PubDate" content="2016-04-11 16:20">
<meta name="ContentSource" content="外贸处">
<title>{esc(N01_TITLE)}_厅发文件_{N01_SITE}</title>
<link rel="stylesheet" href="{host}/static/css/common.css">
<link rel="stylesheet" href="{host}/static/css/policy.css">
<style>.tab-pane{{display:none}}.tab-pane.active{{display:block}}.tabs li.on{{background:#1a5fb4;color:#fff}}</style>
<script src="{host}/static/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="welcome">您好，欢迎访问{N01_SITE}门户网站！</span><span class="links"><a href="{host}/en/">English</a> | <a href="{host}/m/">移动版</a> | <a href="javascript:void(0);" class="wechat">官方微信</a> | <a href="javascript:void(0);" class="weibo">官方微博</a></span></div></div>
<div class="header"><div class="container"><a href="{host}/" class="logo"><img src="{host}/static/img/logo.png" alt="{N01_SITE}"></a><form class="search" action="{host}/search/" method="get"><input type="text" name="q" placeholder="请输入您要搜索的内容"><button type="submit">搜索</button></form></div></div>
<div class="nav"><div class="container"><ul><li><a href="{host}/">首页</a></li><li><a href="{host}/jggk/">机构概况</a></li><li class="on"><a href="{host}/zwgk/">政务公开</a></li><li><a href="{host}/zwfw/">政务服务</a></li><li><a href="{host}/swsj/">商务数据</a></li><li><a href="{host}/hdjl/">互动交流</a></li><li><a href="{host}/ztzl/">专题专栏</a></li></ul></div></div>
<div class="container">
<div class="position">当前位置：<a href="{host}/">首页</a> &gt; <a href="{host}/zwgk/">政务公开</a> &gt; <a href="{host}/zwgk/zcwj/">政策文件</a> &gt; <a href="{host}/zwgk/zcwj/tfwj/">厅发文件</a></div>
<div class="policy-detail">
<dl class="policy-info clearfix">{info}</dl>
<h1 class="policy-title">{esc(N01_TITLE)}</h1>
<div class="policy-meta"><span>发布时间：2016-04-11 16:20</span><span>来源：外贸处</span><span>字号：<a href="javascript:void(0);" onclick="fontZoom(18)">大</a> <a href="javascript:void(0);" onclick="fontZoom(16)">中</a> <a href="javascript:void(0);" onclick="fontZoom(14)">小</a></span></div>
<ul class="tabs clearfix"><li class="on" data-pane="yw">政策原文</li><li data-pane="jd">政策解读</li><li data-pane="tj">图片解读</li><li data-pane="fj">相关附件</li></ul>
<div class="tab-content">
<div class="tab-pane active" id="pane-yw">
<div class="article-content" id="zoom">
{content}
</div>
<div class="attachments"><p class="attach-title">相关附件：</p><ul>{files}</ul></div>
</div>
<div class="tab-pane" id="pane-jd"><ul class="list">{jiedu}</ul></div>
<div class="tab-pane" id="pane-tj"><a href="{host}/zwgk/zcjd/201604/t20160412_376533.html" target="_blank"><img src="{host}/zwgk/zcjd/201604/W020160412{uid("n01t")[:12]}.jpg" alt="{esc(N01_TUJIE)}"></a><p><a href="{host}/zwgk/zcjd/201604/t20160412_376533.html" target="_blank">{esc(N01_TUJIE)}</a></p></div>
<div class="tab-pane" id="pane-fj"><ul class="list">{tab_files}</ul></div>
</div>
<div class="article-tools"><span class="share">分享到：<a href="javascript:void(0);" class="s-wx">微信</a><a href="javascript:void(0);" class="s-wb">微博</a></span><span class="print"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></span></div>
</div>
</div>
<div class="footer"><div class="container"><p><a href="{host}/wzdt/">网站地图</a> | <a href="{host}/lxwm/">联系我们</a> | <a href="{host}/sybz/">使用帮助</a></p><p>主办：{N01_SITE}　承办：东川省商务厅信息中心　地址：昌州市东湖区建设路38号</p><p>网站标识码：3600000027　东ICP备05002345号　东公网安备 36010202000123号</p></div></div>
<script src="{host}/static/js/policy_tabs.js"></script>
<script>var pageUrl = "{url}";</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        N01_TITLE,
        heads,
        body,
        (1, 2, 4, 6, 8),
        [
            f"发文字号：{N01_NUMBER}",
            "有效性：现行有效",
            "发布时间：2016-04-11 16:20",
            "政策解读",
            N01_JIEDU[0],
            N01_TUJIE,
            f"1.{N01_FILES[0][0]}",
            f"（{N01_FILES[1][1]}，下载 {N01_FILES[1][2]} 次）",
            "相关附件：",
            "【打印本页】",
            "网站标识码：3600000027",
        ],
        "a provincial commerce department's (商务厅) policy document page (department, "
        "people and numbers made up): the <title> adds _厅发文件_东川省商务厅; the "
        "policy-info <dl> (发文机关/发文字号/主题分类/成文日期/发布日期/有效性) and the "
        "发布时间/来源/字号 line are not body; the <h1> is the title; the tab strip "
        "(政策原文/政策解读/图片解读/相关附件) is not body, and the three panes other "
        "than 政策原文 are display:none link lists (解读 articles, a 图解 picture, the "
        "attachments again): not body; the document in the shown pane has 公文 "
        "typography only through inline fonts, every paragraph the same 16pt, no bold, "
        "no heading tags: 一、 lines in 黑体 spans are level-1 heads, （一） lines in 楷体 "
        "spans level-2 heads (二、 has no level-2 head, its paragraph directly under it), "
        "body in 仿宋 spans; the salutation (各设区市商务局…：) and the right-aligned "
        "signature (东川省商务厅, 2016年4月8日) belong to the document but are left "
        "unscored; the department's own first and last paragraphs are body but not in "
        "must_have; the 相关附件 box under the document (file names with sizes and "
        "download counts) is site furniture, not body; share/打印/footer not body",
    )


# -------------------------------------------------- n02 finance news with a paywall

N02_YEAR = 2017
N02_TITLE = "政府工作报告定调今年改革：减税降费、去产能与国企改革齐发力"
N02_SITE = "财衡网"
N02_AUTHOR = "文｜财衡记者 蔡一鸣 陆晓岚"
N02_TIME = "2017年03月05日 12:06"
N02_LEAD = "【财衡网】（记者 蔡一鸣 陆晓岚）3月5日上午，十二届全国人大五次会议在北京开幕。政府工作报告对今年财税、去产能、国企国资和对外开放等领域的改革作出部署，其中多项措施与企业经营直接相关。"
N02_WALL = "您已阅读28%（1078字），剩余72%（2766字）包含更多重要信息，订阅以继续阅读"
N02_EDITOR = "责任编辑：王晓蕾 | 版面编辑：刘元"
N02_COPY = "财衡网所刊载内容之知识产权为财衡传媒及/或相关权利人专属所有或持有。未经许可，禁止进行转载、摘编、复制及建立镜像等任何使用。"
N02_TAGS = ("政府工作报告", "减税降费", "去产能", "国企改革", "外资准入")
N02_STOCKS = (
    ("东川钢铁", "600888", "4.12", "+3.26%"),
    ("昌南煤业", "601918", "7.85", "+1.82%"),
    ("江屿港务", "600717", "5.36", "-0.37%"),
)
N02_MORE = (
    "财政赤字率拟按3%安排 专家称积极财政政策更加注重结构",
    "今年GDP增长目标定为6.5%左右",
    "去产能进入第二年 钢铁行业面临哪些变化",
)
# (head or None, [(section, index)]) before and after the wall
N02_SHOWN: tuple[tuple[str | None, tuple[tuple[str, int], ...]], ...] = (
    (None, (("（二）", 1),)),
    ("去产能：钢铁再压减5000万吨左右", (("（一）", 0),)),
)
N02_HIDDEN: tuple[tuple[str | None, tuple[tuple[str, int], ...]], ...] = (
    (None, (("（一）", 1),)),
    ("国企国资：以提高核心竞争力为目标", (("（二）", 2), ("（二）", 3))),
    ("对外开放：放宽服务业制造业外资准入", (("（六）", 3), ("（六）", 2))),
)


def build_finance_paywall(path: Path) -> Gold:
    body = [N02_LEAD]
    heads: list[tuple[str, int]] = []

    def render(blocks: tuple[tuple[str | None, tuple[tuple[str, int], ...]], ...]) -> str:
        out: list[str] = []
        for head, refs in blocks:
            if head:
                out.append(f"<p><b>{esc(head)}</b></p>")
                heads.append((head, 1))
            for sec, i in refs:
                text = gwr(N02_YEAR, sec, i)
                out.append(f"<p>{esc(text)}</p>")
                body.append(text)
        return "\n".join(out)

    shown = render(N02_SHOWN)
    hidden = render(N02_HIDDEN)
    host = "https://economy.caiheng.example"
    aid = "101061529"
    tags = " ".join(
        f'<a href="https://search.caiheng.example/?keyword={esc(t)}" target="_blank">{esc(t)}</a>'
        for t in N02_TAGS
    )
    stocks = "".join(
        f'<tr><td><a href="https://data.caiheng.example/stock/{code}" target="_blank">{esc(name)}</a></td><td>{code}</td><td>{price}</td><td class="{"up" if ch.startswith("+") else "down"}">{ch}</td></tr>'
        for name, code, price, ch in N02_STOCKS
    )
    more = "".join(
        f'<li><a href="{host}/2017-03-0{5 - k % 2}/{int(aid) - 17 - k}.html" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(N02_MORE)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="keywords" content="{",".join(N02_TAGS)}">
<meta name="description" content="{esc(N02_LEAD[:60])}">
<meta property="og:title" content="{esc(N02_TITLE)}">
<meta property="og:site_name" content="{N02_SITE}">
<title>{esc(N02_TITLE)}_经济频道_{N02_SITE}</title>
<link rel="stylesheet" href="https://file.caiheng.example/webchannel/all/css/article_2017.css">
<script src="https://file.caiheng.example/webchannel/all/js/jquery.js"></script>
<script>var entity = {{"id": "{aid}", "channel": "经济", "isfree": 0, "percent": 28}};</script>
</head>
<body>
<div class="head-top"><div class="comW"><a href="https://www.caiheng.example/" class="logo"><img src="https://file.caiheng.example/webchannel/all/img/logo.png" alt="{N02_SITE}"></a><ul class="channels"><li><a href="https://economy.caiheng.example/">经济</a></li><li><a href="https://finance.caiheng.example/">金融</a></li><li><a href="https://companies.caiheng.example/">公司</a></li><li><a href="https://china.caiheng.example/">政经</a></li><li><a href="https://international.caiheng.example/">世界</a></li><li><a href="https://weekly.caiheng.example/">周刊</a></li></ul><div class="user"><a href="https://u.caiheng.example/login">登录</a> | <a href="https://u.caiheng.example/register">注册</a> | <a href="https://pay.caiheng.example/">订阅</a></div></div></div>
<div class="comMain comW">
<div class="comLeft">
<div class="conTop" id="conTit">
<h1>{esc(N02_TITLE)}</h1>
<div class="artInfo">{esc(N02_AUTHOR)}<span class="date">{N02_TIME}</span></div>
<div class="audio-player" id="audioPlayer"><span class="audio-btn">听全文</span><span class="audio-time">00:00 / 08:46</span><span class="audio-tip">约9分钟，AI朗读</span></div>
</div>
<div id="the_content" class="content">
<div id="Main_Content_Val" class="text">
<p>{esc(N02_LEAD)}</p>
{shown}
</div>
<div class="cons-box" id="chargeWall">
<div class="cons-mask"></div>
<p class="cons-tip">{N02_WALL}</p>
<div class="cons-btns"><a href="https://pay.caiheng.example/product/1" class="btn-sub">订阅财衡通 ¥498/年</a><a href="https://u.caiheng.example/login?url={host}/2017-03-05/{aid}.html" class="btn-login">已订阅？登录</a></div>
<p class="cons-note">财衡通会员可畅读财衡网全部付费内容</p>
</div>
<div id="Main_Content_Val_more" class="text content-hide" style="display: none;">
{hidden}
</div>
<div class="keywords">关键词：{tags}</div>
<div class="editor">{N02_EDITOR}</div>
<div class="copyright-notice">{N02_COPY}</div>
</div>
<div class="moreReport"><h4>推荐阅读</h4><ul>{more}</ul></div>
<div class="comment-box"><h4>文章评论（3）</h4><p class="login-tip">请<a href="https://u.caiheng.example/login">登录</a>后发表评论</p></div>
</div>
<div class="comRight">
<div class="stock-box"><h4>相关股票</h4><table><tr><th>名称</th><th>代码</th><th>最新价</th><th>涨跌幅</th></tr>{stocks}</table><p class="stock-note">行情数据延迟15分钟，仅供参考</p></div>
<div class="ad-box"><a href="https://data.caiheng.example/"><img src="https://file.caiheng.example/ad/datatong_300x250.jpg" alt="财衡数据通"></a></div>
</div>
</div>
<div class="footer"><p>京ICP证090880号　京ICP备10212345号-1　网络出版服务许可证</p><p>Copyright 财衡网 All Rights Reserved 版权所有 复制必究</p></div>
<script src="https://file.caiheng.example/webchannel/all/js/paywall.js"></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        N02_TITLE,
        heads,
        body,
        (1, 2, 3, 5, 7),
        [
            N02_AUTHOR,
            "00:00 / 08:46",
            "听全文",
            N02_WALL,
            "订阅财衡通 ¥498/年",
            "已订阅？登录",
            "关键词：",
            N02_EDITOR,
            N02_COPY,
            N02_MORE[0],
            "文章评论（3）",
            "行情数据延迟15分钟，仅供参考",
            N02_STOCKS[0][0],
        ],
        "finance news (财新-like; site, reporters and stocks made up): <h1> is the title "
        "(<title> adds _经济频道_财衡网); the 文｜财衡记者 … author line with time and "
        "the 听全文 audio widget are not body; the lead opening with the 【财衡网】（记者 …） "
        "dateline is the site's own and body (not in must_have); the first part of the "
        "article is shown, then the subscription wall (您已阅读28%…, 订阅 and 登录 "
        "buttons, not body) and the rest of the article, present in the page in a "
        "display:none div (Main_Content_Val_more): read as body, the article's own "
        "continuation, with its <p><b> heads (level 1 like the shown one); passages 3, "
        "4 and 5 and two of the three heads are in the hidden part (a reader that drops "
        "hidden text loses them); 关键词 tags, 责任编辑/版面编辑, the copyright notice, "
        "推荐阅读, 文章评论, the 相关股票 quote table and ad are not body",
    )


# --------------------------------------- n03 finance portal, inline quote links

N03_YEAR = 2014
N03_TITLE = "政府工作报告：继续推进利率市场化 推进股票发行注册制改革"
N03_SITE = "新澜财经"
N03_TIME = "2014年03月05日 10:46"
N03_MEDIA = "东川证券报"
N03_EDITOR = "责任编辑：李喆"
N03_DISCLAIMER = "【免责声明】本文仅代表合作媒体观点，与新澜网无关。新澜网发布此文目的在于传播更多信息，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。"
N03_BAR = "进入【新澜财经股吧】讨论"
N03_RELATED = (
    "两会前瞻：金融改革路线图渐明",
    "存款保险制度推出时机渐近",
    "跨境电子商务试点有望扩容",
)
N03_HOT = (
    "央行：今年将继续推进利率市场化",
    "沪指低开高走 自贸区概念股午后走强",
    "人民币中间价连续三日下调",
)
N03_LINKS = {
    "人民币": "http://finance.xinlan.example/forex/",
    "股票": "http://finance.xinlan.example/stock/",
    "债券": "http://finance.xinlan.example/bond/",
    "保险": "http://finance.xinlan.example/money/insurance/",
}
N03_PARAS = (
    ("（一）", 1),
    ("（一）", 2),
    ("（一）", 3),
    ("（一）", 4),
    ("（一）", 5),
    ("（二）", 1),
    ("（二）", 2),
    ("（二）", 3),
)


def n03_links(text: str) -> str:
    """Escape a paragraph and link the first occurrence of each keyword."""
    out = esc(text)
    for word, href in N03_LINKS.items():
        if word in out:
            out = out.replace(
                word,
                f'<a class="wt_article_link" onmouseover="WeiboCard.show(2014,\'finance\',this)" href="{href}" target="_blank">{word}</a>',
                1,
            )
    return out


def build_finance_portal(path: Path) -> Gold:
    lead = (
        "新澜财经讯 3月5日消息，国务院总理在政府工作报告中表示，今年要深化金融体制改革，继续推进利率市场化。受相关消息提振，",
        "等自贸区概念股早盘走强。以下为报告中涉及金融改革和对外开放的部分内容：",
    )
    lead_text = lead[0] + "江屿港务" + lead[1]
    stock = (
        '<span id="stock_sh600717"><a href="http://finance.xinlan.example/realstock/company/sh600717/nc.shtml" class="keyword" target="_blank">江屿港务</a></span>'
        '<span id="quote_sh600717"></span>'
    )
    parts = [f"<p>　　{esc(lead[0])}{stock}{esc(lead[1])}</p>"]
    body = [lead_text]
    for sec, i in N03_PARAS:
        text = gwr(N03_YEAR, sec, i)
        parts.append(f"<p>　　{n03_links(text)}</p>")
        body.append(text)
    content = "\n".join(parts)
    host = "http://finance.xinlan.example"
    related = "".join(
        f'<li><a href="{host}/china/20140{3 - k % 2}0{4 - k}/0{7 + k}1518{4420 + k}.shtml" target="_blank">{esc(t)}</a><span>(03月0{4 - k}日 0{8 + k}:15)</span></li>'
        for k, t in enumerate(N03_RELATED)
    )
    hot = "".join(
        f'<li><span class="num">{k + 1}</span><a href="{host}/money/20140305/1{k}2418{4430 + k}.shtml" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(N03_HOT)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-type" content="text/html; charset=gb2312" />
<title>{esc(N03_TITLE)}_{N03_SITE}_新澜网</title>
<meta name="keywords" content="政府工作报告,利率市场化,注册制" />
<meta name="description" content="{esc(N03_TITLE)}" />
<meta name="publishid" content="1,131,1" />
<meta property="og:type" content="news" />
<meta property="og:title" content="{esc(N03_TITLE)}" />
<link rel="stylesheet" type="text/css" href="http://i0.xinlanimg.example/dy/deco/2013/0329/content.css" />
<script type="text/javascript" src="http://i1.xinlanimg.example/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript">var ARTICLE_DATA = {{ channel: 'cj', newsid: '1-1-18934470', stocks: 'sh600717,sh000001' }};</script>
</head>
<body>
<!-- body code begin -->
<div class="top_bar"><a href="http://www.xinlan.example/">新澜首页</a> | <a href="http://news.xinlan.example/">新闻</a> | <a href="http://sports.xinlan.example/">体育</a> | <a href="{host}/">财经</a> | <a href="http://tech.xinlan.example/">科技</a> | <a href="http://blog.xinlan.example/">博客</a> | <a href="http://weibo.xinlan.example/">微博</a></div>
<div class="wrap">
<div class="nav"><a href="{host}/"><img src="http://i3.xinlanimg.example/dy/deco/2013/0329/logo.png" alt="{N03_SITE}" /></a><span class="crumb"><a href="{host}/">财经</a> &gt; <a href="{host}/china/">国内财经</a> &gt; 正文</span><div class="hq_search"><input type="text" value="代码/名称/拼音" /><input type="button" value="查询" /></div></div>
<div class="blkContainer">
<div class="blkContainerSblk">
<h1 id="artibodyTitle">{esc(N03_TITLE)}</h1>
<div class="artInfo"><span class="time-source" id="pub_date">{N03_TIME}</span>&nbsp;&nbsp;<span id="media_name"><a href="{host}/media/dczqb.html" target="_blank">{N03_MEDIA}</a></span>&nbsp;&nbsp;<a href="javascript:void(0);" class="comment_num">我有话说</a></div>
<!-- 正文内容 begin -->
<!-- google_ad_section_start -->
<div class="blkContainerSblkCon BSHARE_POP" id="artibody">
<div class="ct_hqimg"><div class="hqimg_wrapper"><div class="hqimg"><a href="{host}/realstock/company/sh000001/nc.shtml" target="_blank"><img src="http://image.xinlanjs.example/newchart/small/nsh000001.gif" alt="上证指数分时图" /></a></div><div class="hqimg_related"><div class="stock_name">上证指数 <span id="hq_sh000001">2071.47</span> <span class="up">+0.91%</span></div><div class="hq_links"><a href="{host}/realstock/company/sh000001/nc.shtml">行情</a> <a href="http://guba.xinlan.example/?s=bar&amp;name=sh000001">股吧</a> <a href="{host}/realstock/company/sh000001/zjlx.shtml">资金流向</a></div></div></div></div>
<!-- publish_helper name='原始正文' p_id='1' t_id='1' d_id='1' -->
{content}
<p>　　{N03_BAR.replace("新澜财经股吧", '<a href="http://guba.xinlan.example/" target="_blank">新澜财经股吧</a>')}</p>
<!-- news_keyword_pub,stock,{",".join(N03_LINKS)} -->
<div class="otherContent_01"><p>{esc(N03_DISCLAIMER)}</p></div>
<p class="article-editor">{N03_EDITOR}</p>
</div>
<!-- google_ad_section_end -->
<!-- 正文内容 end -->
<div class="article-keywords">文章关键词： <a href="{host}/tags/zfgzbg.html">政府工作报告</a> <a href="{host}/tags/llsch.html">利率市场化</a> <a href="{host}/tags/zcz.html">注册制</a></div>
<div class="feedback"><a href="{host}/feedback/">我要反馈</a>　<span class="share">分享到：<a href="javascript:void(0);">微博</a> <a href="javascript:void(0);">微信</a></span></div>
<div class="related"><div class="related_tit">相关新闻</div><ul>{related}</ul></div>
</div>
<div class="side"><div class="side_box"><div class="side_tit">热门排行</div><ol>{hot}</ol></div><div class="side_box"><a href="http://app.xinlan.example/finance/"><img src="http://i2.xinlanimg.example/ad/app_300x100.jpg" alt="新澜财经客户端" /></a><p>海量资讯、精准解读，尽在新澜财经客户端</p></div></div>
</div>
</div>
<div class="footer"><p><a href="http://corp.xinlan.example/">新澜简介</a> | <a href="http://corp.xinlan.example/eng/">About Xinlan</a> | <a href="http://www.xinlan.example/contactus.html">联系我们</a> | <a href="http://www.xinlan.example/law.html">产品答疑</a></p><p>Copyright &copy; 1996-2014 XINLAN Corporation, All Rights Reserved</p><p>新澜公司 版权所有</p></div>
<!-- body code end -->
</body>
</html>
"""
    path.write_bytes(page.replace("\n", "\r\n").encode("gbk"))
    return page_gold(
        page,
        N03_TITLE,
        [],
        body,
        (1, 3, 4, 6, 8),
        [
            N03_TIME,
            "我有话说",
            "资金流向",
            N03_BAR,
            N03_DISCLAIMER,
            N03_EDITOR,
            "文章关键词：",
            "我要反馈",
            N03_RELATED[0],
            N03_HOT[1],
            "海量资讯、精准解读，尽在新澜财经客户端",
            "新澜公司 版权所有",
        ],
        "an old finance-portal article template (新浪财经-like, 2014; site, media, "
        "stock and editor made up), charset=gb2312 declared but GBK bytes (the "
        "editor's name 喆 is GBK only), CRLF: h1#artibodyTitle is the title (<title> "
        "adds _新澜财经_新澜网); the time/media line and 我有话说 are not body; inside "
        "div#artibody: a 行情 box (上证指数 chart picture, figure, 行情/股吧/资金流向 "
        "links) before the text, not body; the portal's lead (新澜财经讯…) with an "
        "inline stock link span and an empty quote span (filled by script on the live "
        "page) is body but not in must_have; eight report paragraphs, no heads, with "
        "inline a.wt_article_link keyword links on 人民币/股票/债券/保险 (body, the "
        "words stay in their paragraphs); 进入【新澜财经股吧】讨论, 【免责声明】… and "
        "责任编辑 inside artibody are not body; 文章关键词, 我要反馈/share, 相关新闻, "
        "热门排行, the app line and the footer are not body",
    )


# ------------------------------------------ n04 industry portal on a PHPCMS template

N04_YEAR = 2016
N04_TITLE = "解读政府工作报告：家居外贸企业迎来哪些新机遇"
N04_SITE = "中国家居出口网"
N04_INFO = ("2016-03-07 09:15:32", "东川商报", "陈赟", "1286")
N04_INTRO = "3月5日，十二届全国人大四次会议开幕，政府工作报告对今年重点工作作出部署。本网摘编报告中与外贸企业关系密切的内容，供会员企业参考。"
N04_OUTLINE: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("（五）推进新一轮高水平对外开放，着力实现合作共赢。", (3, 4, 5)),
    ("（二）加强供给侧结构性改革，增强持续增长动力。", (3, 6)),
    ("（三）深挖国内需求潜力，开拓发展更大空间。", (1, 4)),
)
N04_PREV = "2月份我省家具出口同比下降3.2%"
N04_NEXT = "春季进出口商品交易会家居展区招展工作启动"
N04_RELATED = (
    "跨境电商综合试验区扩围 家居企业如何借力",
    "出口退税提速 企业资金周转压力缓解",
    "一带一路沿线市场家具需求调查",
)
N04_RANK = (
    "欧盟家具市场准入新规要点汇编",
    "2015年我国家具出口数据分析",
    "美国家居零售商春季采购趋势",
    "木制家具出口检验检疫须知",
)


def build_industry_portal(path: Path) -> Gold:
    parts = [f'<p style="text-indent: 2em;">{esc(N04_INTRO)}</p>']
    body = [N04_INTRO]
    heads: list[tuple[str, int]] = []
    for head, ks in N04_OUTLINE:
        parts.append(f'<p style="text-indent: 2em;"><strong>{esc(head)}</strong></p>')
        heads.append((head, 1))
        sec = head[:3]
        for k in ks:
            text = gwr(N04_YEAR, sec, k)
            parts.append(f'<p style="text-indent: 2em;">{esc(text)}</p>')
            body.append(text)
    content = "\n".join(parts)
    host = "http://www.cnjiaju-export.example"
    date, source, author, hits = N04_INFO
    related = "".join(
        f'<li>·<a href="{host}/html/news/zhengce/2016/0{2 + k % 2}{10 + k}/{2310 + k}.html" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(N04_RELATED)
    )
    rank = "".join(
        f'<li><span>{k + 1}</span><a href="{host}/html/news/shichang/2016/02{20 + k}/{2290 + k}.html" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(N04_RANK)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>{esc(N04_TITLE)} - 政策法规 - {N04_SITE}</title>
<meta name="keywords" content="政府工作报告,家居外贸,出口" />
<meta name="description" content="{esc(N04_INTRO[:70])}" />
<link href="{host}/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="{host}/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{host}/statics/js/jquery.min.js"></script>
<script type="text/javascript" src="{host}/statics/js/jquery.sgallery.js"></script>
<script type="text/javascript" src="{host}/statics/js/search_common.js"></script>
</head>
<body>
<div class="body-top"><div class="content"><span class="rt"><a href="{host}/index.php?m=member&amp;c=index&amp;a=login">登录</a> | <a href="{host}/index.php?m=member&amp;c=index&amp;a=register">注册</a> | <a href="javascript:void(0);">设为首页</a> | <a href="javascript:void(0);">加入收藏</a></span>您好，欢迎来到{N04_SITE}！</div></div>
<div class="header"><div class="logo lf"><a href="{host}/"><img src="{host}/statics/images/logo.gif" alt="{N04_SITE}" /></a></div><div class="search"><input type="text" name="q" id="q" /><input type="submit" value="搜 索" class="button" /></div><div class="bk3"></div><div class="nav-bar"><map><ul class="nav-site"><li><a href="{host}/"><span>首页</span></a></li><li class="line">|</li><li><a href="{host}/html/news/"><span>行业资讯</span></a></li><li class="line">|</li><li><a href="{host}/html/news/zhengce/"><span>政策法规</span></a></li><li class="line">|</li><li><a href="{host}/html/shuju/"><span>出口数据</span></a></li><li class="line">|</li><li><a href="{host}/html/zhanhui/"><span>展会信息</span></a></li><li class="line">|</li><li><a href="{host}/html/qiye/"><span>会员企业</span></a></li></ul></map></div></div>
<div class="main">
<div class="col-left">
<div class="crumbs"><a href="{host}/">首页</a><span> &gt; </span><a href="{host}/html/news/">行业资讯</a> &gt; <a href="{host}/html/news/zhengce/">政策法规</a> &gt;  正文</div>
<div id="Article">
<h1>{esc(N04_TITLE)}<br />
<span>{date}&nbsp;&nbsp;&nbsp;来源：<a href="{host}/html/news/zhengce/" target="_blank">{source}</a>&nbsp;&nbsp;&nbsp;作者：{author}&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">{hits}</span></span></h1>
<div class="content">
{content}
</div>
<div id="pages" class="text-c"></div>
<p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="{host}/index.php?m=content&amp;c=tag&amp;tag=%D5%FE%B8%AE" class="blue">政府工作报告</a> <a href="{host}/index.php?m=content&amp;c=tag&amp;tag=%CD%E2%C3%B3" class="blue">家居外贸</a></p>
<p class="f14"><strong>上一篇：</strong><a href="{host}/html/news/zhengce/2016/0304/2305.html">{esc(N04_PREV)}</a><br />
<strong>下一篇：</strong><a href="{host}/html/news/zhengce/2016/0308/2311.html">{esc(N04_NEXT)}</a></p>
</div>
<div class="bk15 hr"></div>
<div class="box"><h5>相关阅读</h5><ul class="list">{related}</ul></div>
<div class="box" id="comment_iframe"><h5>网友评论</h5><p class="comment-tip">已有<span id="comment">0</span>条评论 <a href="{host}/index.php?m=comment&amp;c=index&amp;a=init&amp;commentid=content_11-2312-1">查看全部评论</a></p><p class="comment-tip">发表评论需先<a href="{host}/index.php?m=member&amp;c=index&amp;a=login">登录</a></p></div>
</div>
<div class="col-auto">
<div class="box"><h5 class="title-2">频道总排行</h5><ul class="content digg">{rank}</ul></div>
<div class="box"><h5 class="title-2">广告位</h5><div class="content"><a href="{host}/html/about/ad.html"><img src="{host}/uploadfile/2015/1120/ad_260x120.jpg" alt="广告" /></a><p>广告位招商 联系电话：0791-86123345</p></div></div>
</div>
</div>
<div class="footer"><p class="info"><a href="{host}/html/about/">关于我们</a> | <a href="{host}/html/about/contact.html">联系方式</a> | <a href="{host}/html/about/copyright.html">版权声明</a> | <a href="{host}/html/about/ad.html">广告服务</a></p><p>Copyright &copy; 2008-2016 {N04_SITE} All Rights Reserved 东ICP备09012345号</p></div>
<script language="JavaScript" src="{host}/api.php?op=count&amp;id=2312&amp;modelid=1"></script>
</body>
</html>
"""
    path.write_bytes(page.encode("gbk"))
    return page_gold(
        page,
        N04_TITLE,
        heads,
        body,
        (1, 3, 4, 6, 7),
        [
            date,
            f"作者：{author}",
            f"浏览次数：{hits}",
            "相关热词搜索：",
            f"上一篇：{N04_PREV}",
            f"下一篇：{N04_NEXT}",
            N04_RELATED[1],
            "已有0条评论",
            N04_RANK[0],
            "广告位招商 联系电话：0791-86123345",
            f"Copyright © 2008-2016 {N04_SITE} All Rights Reserved",
        ],
        "an industry portal (中国XX网; site, people and counts made up) on a PHPCMS "
        "v9-like template, GBK bytes under charset=gbk (the author's name 赟 is GBK "
        "only): the <h1> holds the title, a <br /> and a <span> with time/来源/作者/"
        "浏览次数 (the title is the text before the <br />; the span is not title "
        "and not body); div.content: the portal's own first paragraph is body but not "
        "in must_have; the report's subsection lines （五）/（二）/（三） as whole-"
        "paragraph <p><strong>, each ending with 。, are the article's heads (level 1; "
        "the report's own numbers, out of order as the portal picked them); 相关热词搜"
        "索, the 上一篇：/下一篇： pager, 相关阅读, 网友评论, the 频道总排行 and ad "
        "columns and the footer are not body; the <h5> box titles are not headings",
    )


# ------------------------------------- n05 trade association on an 帝国CMS template

N05_YEAR = 2013
N05_TITLE = "商会组织会员企业学习2013年政府工作报告"
N05_SITE = "东川省进出口商会"
N05_INFO = "发布时间：2013-03-07 10:26:48"
N05_SOURCE = "来源：商会秘书处"
N05_LEAD = "3月6日下午，商会秘书处组织在昌会员企业负责人集中学习十二届全国人大一次会议政府工作报告。大家一致认为，报告对扩大内需、转变发展方式和提高开放型经济水平的部署，为外经贸企业稳订单、拓市场指明了方向。现将报告中与外经贸工作相关的内容摘登如下，供会员企业学习参考。"
N05_CREDIT = "（商会秘书处　供稿）"
N05_OUTLINE: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("（一）加快转变经济发展方式，促进经济持续健康发展。", (0, 1, 2, 4)),
    ("（四）以更大的政治勇气和智慧，深入推进改革开放。", (0, 1, 3)),
)
N05_PREV = "我会召开第三届理事会第五次会议"
N05_NEXT = "关于组织参加2013年春季进出口商品交易会的通知"
N05_RELATED = (
    "省政府召开全省外经贸工作会议",
    "商会举办出口信用保险政策培训班",
    "2012年我省进出口总额突破百亿美元",
)
N05_MENU = ("商会简介", "商会动态", "政策法规", "会员服务", "展会信息", "联系我们")


def n05_para(text: str) -> str:
    """A paragraph as the editor left it: a 宋体 <font>, figures in Times New Roman."""
    out: list[str] = []
    for k, piece in enumerate(re.split(r"([0-9][0-9.%]*)", text)):
        if not piece:
            continue
        out.append(f'<font face="Times New Roman">{esc(piece)}</font>' if k % 2 else esc(piece))
    return f'<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; <font face="宋体" style="font-size: 14px">{"".join(out)}</font></p>'


def build_trade_association(path: Path) -> Gold:
    parts = [n05_para(N05_LEAD)]
    body = [N05_LEAD]
    heads: list[tuple[str, int]] = []
    for head, ks in N05_OUTLINE:
        parts.append(
            f'<p align="center"><font face="黑体" size="4" color="#000080">{esc(head)}</font></p>'
        )
        heads.append((head, 1))
        for k in ks:
            text = gwr(N05_YEAR, head[:3], k)
            parts.append(n05_para(text))
            body.append(text)
    parts.append(
        f'<p align="right"><font face="宋体" style="font-size: 14px">{N05_CREDIT}</font></p>'
    )
    content = "\n".join(parts)
    host = "http://www.dcciec.example"
    menu = "".join(
        f'<tr><td height="28" class="menu"><a href="{host}/{["shjj", "shdt", "zcfg", "hyfw", "zhxx", "lxwm"][k]}/">{esc(m)}</a></td></tr>'
        for k, m in enumerate(N05_MENU)
    )
    related = "".join(
        f'<tr><td height="22">&middot;<a href="{host}/shdt/{118 - 3 - k}.html" target="_blank">{esc(t)}</a></td><td width="80" align="right"><font color="#999999">2013-0{2 + k % 2}-{15 + k}</font></td></tr>'
        for k, t in enumerate(N05_RELATED)
    )
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(N05_TITLE)} - {N05_SITE}</title>
<meta name="keywords" content="政府工作报告,商会">
<meta name="description" content="{esc(N05_LEAD[:40])}">
<link href="{host}/skin/default/css/style.css" rel="stylesheet" type="text/css">
<style type="text/css">
.showtitle {{ font-size: 20px; font-weight: bold; color: #B40000; line-height: 36px; }}
.showinfo {{ font-size: 12px; color: #666666; border-bottom: 1px dashed #CCCCCC; }}
.arc-body {{ font-size: 14px; line-height: 28px; padding: 10px 20px; }}
.menu {{ font-size: 14px; font-weight: bold; background: #E8F0FA; padding-left: 20px; }}
</style>
<script type="text/javascript" src="{host}/e/data/js/ajax.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="90" background="{host}/skin/default/images/top_bg.jpg"><a href="{host}/"><img src="{host}/skin/default/images/logo.gif" width="420" height="80" border="0" alt="{N05_SITE}"></a></td></tr>
<tr><td height="34" bgcolor="#1F4E8C" align="center"><font color="#FFFFFF"><a href="{host}/"><font color="#FFFFFF">网站首页</font></a>　|　<a href="{host}/shjj/"><font color="#FFFFFF">商会简介</font></a>　|　<a href="{host}/shdt/"><font color="#FFFFFF">商会动态</font></a>　|　<a href="{host}/zcfg/"><font color="#FFFFFF">政策法规</font></a>　|　<a href="{host}/hyfw/"><font color="#FFFFFF">会员服务</font></a>　|　<a href="{host}/zhxx/"><font color="#FFFFFF">展会信息</font></a>　|　<a href="{host}/lxwm/"><font color="#FFFFFF">联系我们</font></a></font></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="230" valign="top" bgcolor="#F5F8FC">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td height="30" class="menu"><font color="#B40000">会员登录</font></td></tr>
<tr><td><form name="login" method="post" action="{host}/e/member/doaction.php"><input type="hidden" name="enews" value="login">用户名：<input name="username" type="text" size="12"><br>密　码：<input name="password" type="password" size="12"><br><input type="submit" value="登录"> <a href="{host}/e/member/register/">注册</a></form></td></tr>
{menu}
</table>
</td>
<td width="10"></td>
<td valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td height="30">当前位置：<a href="{host}/">首页</a>&nbsp;&gt;&nbsp;<a href="{host}/shdt/">商会动态</a>&nbsp;&gt;&nbsp;正文</td></tr>
<tr><td align="center" class="showtitle">{esc(N05_TITLE)}</td></tr>
<tr><td align="center" class="showinfo" height="30">{N05_INFO}&nbsp;&nbsp;&nbsp;{N05_SOURCE}&nbsp;&nbsp;&nbsp;作者：秘书处&nbsp;&nbsp;&nbsp;浏览：<script src="{host}/e/public/ViewClick/?classid=2&amp;id=118&amp;addclick=1"></script>次&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td class="arc-body" id="endtext">
{content}
</td></tr>
<tr><td height="30" align="right">【<a href="javascript:window.print()">打印本文</a>】【<a href="javascript:window.close()">关闭窗口</a>】【<a href="#top">返回顶部</a>】</td></tr>
<tr><td><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td height="24">上一篇：<a href="{host}/shdt/117.html">{esc(N05_PREV)}</a></td></tr><tr><td height="24">下一篇：<a href="{host}/shdt/119.html">{esc(N05_NEXT)}</a></td></tr></table></td></tr>
<tr><td height="30" class="menu">相关信息</td></tr>
<tr><td><table width="100%" border="0" cellpadding="0" cellspacing="0">{related}</table></td></tr>
</table>
</td>
</tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#1F4E8C">
<tr><td height="70" align="center"><font color="#FFFFFF">版权所有：{N05_SITE}　地址：昌州市东湖区八一大道168号　电话：0791-86275511<br>东ICP备08001234号　技术支持：昌州网络科技有限公司</font></td></tr>
</table>
</body>
</html>
"""
    path.write_bytes(page.replace("\n", "\r\n").encode("gb2312"))
    return page_gold(
        page,
        N05_TITLE,
        heads,
        body,
        (1, 3, 4, 6, 7),
        [
            N05_INFO,
            N05_SOURCE,
            "【字体：大 中 小】",
            "会员登录",
            N05_CREDIT,
            "【打印本文】【关闭窗口】【返回顶部】",
            f"上一篇：{N05_PREV}",
            f"下一篇：{N05_NEXT}",
            N05_RELATED[0],
            f"版权所有：{N05_SITE}",
        ],
        "a provincial trade association's site on an 帝国CMS-like template "
        "(association, people and numbers made up), GB2312 bytes, CRLF, HTML 4.01: "
        "nested layout tables, a left column (会员登录 form, menu) before the article "
        "cell; no heading tags: the title is td.showtitle (bold red only through the "
        "class rule in the head <style>; <title> adds - 东川省进出口商会); the info "
        "row (发布时间/来源/作者/浏览 with a counter <script>, 【字体：大 中 小】) is "
        "not body; the article is td#endtext.arc-body: every paragraph a <font "
        'face=宋体> indented with &nbsp;, figures in <font face="Times New Roman"> '
        "inside the sentence (one paragraph each); the association's lead is body "
        "but not in must_have; the report's subsection lines （一）/（四） as centred "
        "<font face=黑体 size=4> lines, not bold, ending with 。, are the heads "
        "(level 1); the right-aligned （商会秘书处　供稿） line, 【打印本文】…, "
        "上一篇/下一篇, 相关信息 and the footer are not body",
    )


# --------------------------------------- n06 investors' social network long post

N06_YEAR = 2017
N06_TITLE = "从政府工作报告看2017年的三条投资主线"
N06_SITE = "雪盈"
N06_USER = "东川老K"
N06_VERIFIED = "认证：独立投资人，专注周期股"
N06_TIME = "发布于2017-03-05 21:14 · 来自iPhone"
N06_STOCKS = (("东川钢铁", "SH600888"), ("昌南建设", "SH601766"), ("江屿智能", "SZ002815"))
N06_RISK = "风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。"
N06_APPEND = (
    "本话题在雪盈有37条讨论，点击查看。",
    "雪盈是一个投资者的社交网络，聪明的投资者都在这里。",
    "点击下载雪盈手机客户端 http://xueying.example/xz",
)
N06_RIGHTS = "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。"
N06_BAR = "转发 12 · 讨论 37 · 赞 86 · 收藏"
N06_TIP = "喜欢的话，打赏一下吧"
N06_COMMENTS = (
    ("价值小散", "第二段说得很到位，去杠杆对银行股影响怎么看？", "03-05 21:40 · 来自Android", "3"),
    ("周期猎手2008", "钢铁今年还有戏吗，去年涨得不少了", "03-05 22:03 · 来自雪盈", "1"),
)
N06_HOT = ("两会期间哪些板块值得关注", "去产能第二年：煤炭股怎么看", "基建投资会不会超预期")


def cashtag(k: int) -> str:
    name, code = N06_STOCKS[k]
    return f'<a href="https://xueying.example/S/{code}" target="_blank">${esc(name)}({code})$</a>'


def build_investor_post(path: Path) -> Gold:
    intro = f"今天上午的政府工作报告信息量很大，我把和投资关系最密切的几段摘出来，逐段说说自己的理解。持仓{cashtag(0)} {cashtag(1)}，观点难免有偏见，仅供参考。"
    mine1 = f"我的理解：去产能从“总量”转向“结构”，龙头钢企的盈利会比去年更稳，{cashtag(0)}这类低估值品种值得继续拿着。"
    mine2 = f"我的理解：新兴产业和传统产业改造两条线都会有机会，但估值差别很大，更看好有订单支撑的{cashtag(2)}这类设备公司。"
    close = "以上是个人的一点理解，欢迎大家讨论，说得不对的地方请指正。"
    # items: ("h", text) head, ("r", sec, i) report paragraph, ("m", html) own line
    items: list[tuple[str, ...]] = [
        ("m", intro),
        ("h", "一、供给侧：去产能、去杠杆继续推进"),
        ("r", "（一）", 0),
        ("m", mine1),
        ("r", "（一）", 1),
        ("h", "二、投资：补短板和基础设施"),
        ("r", "（一）", 2),
        ("r", "（三）", 0),
        ("h", "三、新动能：新兴产业与传统产业改造"),
        ("r", "（四）", 2),
        ("r", "（四）", 3),
        ("m", mine2),
        ("m", close),
    ]
    parts: list[str] = []
    body: list[str] = []
    heads: list[tuple[str, int]] = []
    for it in items:
        if it[0] == "h":
            parts.append(f"<h4>{esc(it[1])}</h4>")
            heads.append((it[1], 1))
        elif it[0] == "r":
            text = gwr(N06_YEAR, it[1], int(it[2]))
            parts.append(f"<p>{esc(text)}</p>")
            body.append(text)
        else:
            parts.append(f"<p>{it[1]}</p>")
            body.append(html.unescape(re.sub(r"<[^>]+>", "", it[1])))
    parts.append(f"<p>{esc(N06_RISK)}</p>")
    content = "\n".join(parts)
    host = "https://xueying.example"
    pid = "81726354"
    uidn = "4918273650"
    comments = "".join(
        f'<div class="comment__item"><a class="avatar" href="{host}/u/{uidn[:6]}{k}{k}{k}{k}"><img src="https://xavatar.example/community/2016{uid("n06a", k)[:10]}.png!30x30.png"></a><div class="comment__item__main"><a class="user-name" href="{host}/u/{uidn[:6]}{k}{k}{k}{k}">{esc(u)}</a>：<p>{esc(t)}</p><div class="comment__item__footer"><span class="time">{esc(when)}</span><a href="javascript:;">回复</a><a href="javascript:;" class="like">赞({likes})</a></div></div></div>'
        for k, (u, t, when, likes) in enumerate(N06_COMMENTS)
    )
    quotes = "".join(
        f'<li><a href="{host}/S/{code}" target="_blank">{esc(name)}</a><span class="code">{code}</span><span class="price">{price}</span><span class="{"up" if ch.startswith("+") else "down"}">{ch}</span></li>'
        for (name, code), price, ch in zip(
            N06_STOCKS, ("4.12", "9.67", "23.40"), ("+3.26%", "+1.05%", "-0.85%"), strict=True
        )
    )
    hot = "".join(
        f'<li><a href="{host}/k?q={esc(t)}" target="_blank">{esc(t)}</a></li>' for t in N06_HOT
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(N06_TITLE)} - {N06_SITE}</title>
<meta name="description" content="今天上午的政府工作报告信息量很大，我把和投资关系最密切的几段摘出来">
<meta property="og:title" content="{esc(N06_TITLE)}">
<link rel="stylesheet" href="https://assets.xueying.example/css/article.3f2a91.css">
<script>window.SNOWMAN_STATUS = {{"id": {pid}, "user_id": {uidn}, "title": "{esc(N06_TITLE)}", "reply_count": 37, "retweet_count": 12, "like_count": 86}};</script>
</head>
<body>
<div class="nav"><div class="container"><a class="nav__logo" href="{host}/"><img src="https://assets.xueying.example/images/logo.png" alt="{N06_SITE}"></a><a href="{host}/">首页</a><a href="{host}/hq">行情</a><a href="{host}/today">热门</a><a href="{host}/P">组合</a><div class="nav__search"><input placeholder="搜索股票/用户/组合"></div><a class="nav__login" href="{host}/login">登录/注册</a></div></div>
<div class="container article__container">
<div class="article__main">
<article class="article__bd">
<div class="article__bd__from"><a class="avatar" href="{host}/u/{uidn}"><img src="https://xavatar.example/community/2015{uid("n06u")[:10]}.png!50x50.png"></a><a class="name" href="{host}/u/{uidn}">{esc(N06_USER)}</a><span class="verified">{esc(N06_VERIFIED)}</span><a class="follow-btn" href="javascript:;">+ 关注</a><div class="time">{esc(N06_TIME)}</div></div>
<h1 class="article__bd__title">{esc(N06_TITLE)}</h1>
<div class="article__bd__detail">
{content}
</div>
<div class="article__bd__append"><p>{N06_APPEND[0].replace("点击查看", f'<a href="{host}/{uidn}/{pid}">点击查看</a>')}</p><p>{N06_APPEND[1]}</p><p>点击下载雪盈手机客户端 <a href="http://xueying.example/xz">http://xueying.example/xz</a></p></div>
<div class="article__bd__copyright">{N06_RIGHTS}</div>
<div class="article__bd__footer"><a href="javascript:;">转发 12</a> · <a href="javascript:;">讨论 37</a> · <a href="javascript:;">赞 86</a> · <a href="javascript:;">收藏</a></div>
<div class="article__reward"><a class="reward-btn" href="javascript:;">打赏</a><p>{N06_TIP}</p></div>
</article>
<div class="article__comment"><h3>全部讨论</h3>{comments}</div>
</div>
<div class="article__aside">
<div class="widget"><h3>相关股票</h3><ul class="stock-list">{quotes}</ul></div>
<div class="widget"><h3>热门讨论</h3><ul>{hot}</ul></div>
<div class="widget download"><img src="https://assets.xueying.example/images/qr.png" alt="二维码"><p>扫码下载雪盈App</p></div>
</div>
</div>
<div class="footer"><p>&copy; 2017 {N06_SITE} | 关于我们 | 联系我们 | 东ICP备11021234号</p><p>风险提示：雪盈里任何用户或者嘉宾的发言，都有其特定立场，投资决策需要建立在独立思考之上</p></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        N06_TITLE,
        heads,
        body,
        (1, 3, 4, 5, 7),
        [
            N06_VERIFIED,
            N06_TIME,
            "+ 关注",
            N06_APPEND[0],
            N06_APPEND[1],
            N06_APPEND[2],
            N06_RIGHTS,
            N06_BAR,
            N06_TIP,
            N06_COMMENTS[0][1],
            N06_COMMENTS[1][1],
            "扫码下载雪盈App",
            N06_HOT[0],
        ],
        "a long post on an investors' social network (雪球-like; site, user, stocks and "
        "comments made up): h1.article__bd__title is the title (<title> adds - 雪盈); "
        "the author line above it (name, 认证：…, + 关注, 发布于… · 来自iPhone) is not "
        "body; div.article__bd__detail: the author's own lines (opening paragraph, two "
        "我的理解： comments, closing line) with $名称(代码)$ cashtag links are body "
        "but not in must_have, the report paragraphs between them are body, the "
        "author's <h4> heads are level 1; the author's 风险提示 line at the end of his "
        "post is a judgment call (his text, but boilerplate): unscored; the site's "
        "appended lines (本话题在雪盈有37条讨论…, 雪盈是一个投资者的社交网络…, 点击下载"
        "…客户端), the 著作权 line, 转发/讨论/赞/收藏 bar, 打赏, 全部讨论 comments, "
        "相关股票 quotes, 热门讨论, app QR and footer are not body",
    )


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, Callable[[Path], Gold]] = {
    "n01_commerce_dept_policy_tabs.html": build_commerce_policy,
    "n02_finance_paywall_fold.html": build_finance_paywall,
    "n03_finance_portal_inline_quotes.html": build_finance_portal,
    "n04_industry_portal_phpcms_gbk.html": build_industry_portal,
    "n05_trade_assoc_empirecms_gb2312.html": build_trade_association,
    "n06_investor_network_long_post.html": build_investor_post,
}

SOURCE_HEAD = (
    "# Documents made blind, twenty-fourth set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each a pattern common in real Chinese files that the earlier sets lack, by two\n"
    "maker scripts (m01-m06 and n01-n06, see each row). Texts come only from the public\n"
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
    "| n01_commerce_dept_policy_tabs.html | written after the layout of provincial commerce departments' (商务厅) policy document pages, gwr 2016 (`eval/make_realdocs24_pages.py`, as n02-n06) | policy-info `<dl>` (发文字号/有效性…) and time/来源/字号 line (not body), `<h1>` title; tab strip 政策原文/政策解读/图片解读/相关附件 with the other panes `display:none` link lists (not body); the document with 公文 typography only by inline fonts, all 16pt, no bold, no heading tags: `一、` in 黑体 spans (level 1), `（一）` in 楷体 spans (level 2), body in 仿宋 spans; salutation and signature (unscored); 相关附件 box with sizes and download counts, share/print, footer (not body) |",
    "| n02_finance_paywall_fold.html | written after the layout of finance news sites with a subscription wall (财新-like), gwr 2017 | `<h1>`, 文｜记者 line, 听全文 audio widget (not body), 【财衡网】 dateline lead (body); the shown part, the wall (您已阅读28%…, 订阅/登录 buttons: not body), then the rest of the article present in a `display:none` div (body, 3 of 5 passages and 2 of 3 `<p><b>` heads, level 1); 关键词 tags, 责任编辑/版面编辑, copyright notice, 推荐阅读, 评论, 相关股票 quote table (not body) |",
    "| n03_finance_portal_inline_quotes.html | written after the layout of finance portals' old article template (新浪财经-like, 2014), gwr 2014 | `charset=gb2312` with GBK-only bytes, CRLF; `h1#artibodyTitle`, time/media line; inside `div#artibody`: 行情 chart box before the text (not body), `<!-- publish_helper -->` marks, lead with an inline stock link and empty quote span (body), report paragraphs with inline `a.wt_article_link` keyword links (人民币/股票/债券/保险), no heads; 进入【…股吧】讨论, 【免责声明】, 责任编辑 inside `artibody` (not body); 文章关键词, 相关新闻, 热门排行, footer (not body) |",
    "| n04_industry_portal_phpcms_gbk.html | written after the layout of industry portals (中国XX网) on a PHPCMS v9-like template, gwr 2016 | GBK bytes under `charset=gbk`; `<h1>` = title + `<br />` + `<span>` time/来源/作者/浏览次数 (span not title, not body); `div.content` with the portal's lead (body) and whole-paragraph `<p><strong>` heads `（五）…。` ending with a full stop (level 1); 相关热词搜索, `上一篇：`/`下一篇：` pager, 相关阅读, 网友评论, 频道总排行 and ad column with `<h5>` box titles, footer (not body) |",
    '| n05_trade_assoc_empirecms_gb2312.html | written after the layout of trade associations\' sites on an 帝国CMS-like template, gwr 2013 | GB2312 bytes, CRLF, HTML 4.01 nested tables, left column (会员登录 form, menu) before the article cell; no heading tags: title in `td.showtitle` (bold red by a class rule), info row with a counter `<script>` and 【字体】 (not body); `td#endtext.arc-body`: `<font face=宋体>` paragraphs indented by `&nbsp;`, figures in `<font face="Times New Roman">` mid-sentence, heads as centred `<font face=黑体 size=4>` lines ending with 。 (level 1, not bold); 供稿 line, 【打印本文】, 上一篇/下一篇, 相关信息, footer (not body) |',
    "| n06_investor_network_long_post.html | written after the layout of investors' social network long posts (雪球-like), gwr 2017 | author line (认证, + 关注, 发布于 … · 来自iPhone) above `h1.article__bd__title`; `div.article__bd__detail`: the author's own lines with `$名称(代码)$` cashtag links (body) between report paragraphs, `<h4>` heads (level 1), the author's 风险提示 (unscored); the site's appended 本话题在…有37条讨论/社交网络/下载客户端 lines, 著作权 line, 转发/讨论/赞 bar, 打赏, comments, 相关股票, 热门讨论, QR line (not body) |",
]


def main(argv: list[str] | None = None) -> int:
    return prev20.make_scratch_pages(
        argv, __doc__, BUILDERS, "realdocs-made24", ROWS, SOURCE_HEAD, MINE
    )


if __name__ == "__main__":
    sys.exit(main())
