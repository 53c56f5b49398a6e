# ruff: noqa: E501  (HTML templates and the SOURCE.md rows are kept on one line each)
"""Make the ``realdocs-made16`` documents: web pages printed to PDF by Chromium, and
their gold.

A sixteenth set of development documents, the way people keep a web page they read
(news, a government notice, a help page, a blog post): the browser's "Save as PDF".
Chromium (Debian's, 156 here; ``apt-get install chromium``) prints each page through
Playwright's ``page.pdf`` (the DevTools call the print dialog makes) or its own
``--headless --print-to-pdf``, with the header and footer the browser adds (the date
and the page's ``<title>`` at the top, its address and ``1/3`` at the bottom) or a
site's own, and with the page's print style sheet hiding navigation and footers, as
news sites do. Texts come only from the public government work reports 2013-2017
(../shared/data/gov-work-reports), whole paragraphs; titles, headings, bylines and
captions are written here:

- ``c01_chrome_news.pdf`` (gwr 2016): a news article (headline, byline line, a photo's
  caption, bold ``<p><strong>`` subheads), Chromium's own header and footer;
- ``c02_chrome_notice.pdf`` (gwr 2015): a government portal's notice (centred title, a
  date and source line, typed ``一、``/``（一）`` headings in plain paragraphs, a
  signature block), a footer ``第 1 页 共 3 页`` the portal sets;
- ``c03_chrome_help.pdf`` (gwr 2014): a help page (``h2``/``h3`` numbered ``1``/``1.1``,
  a table, a list, the site's name as the printed header, the page number alone under);
- ``c04_chrome_blog.pdf`` (gwr 2017): a blog post printed by ``chromium --headless
  --print-to-pdf`` (its default header and footer, the file's address in it), ``h2``
  subheads, a quotation.

Gold is written from what each builder put in the page, decided as a reader reads the
printed page (never from reader output), headings as printed. The outputs are
committed, so nothing else needs Chromium:

    python eval/make_realdocs16_chromium.py [--out eval/data/realdocs-made16] [--only c01 ...]
"""

from __future__ import annotations

import html
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs14_typst as typst

MINE = ("c01_chrome", "c02_chrome", "c03_chrome", "c04_chrome")
Gold = dict[str, Any]
CHROMIUM = os.environ.get("ZHBRIEF_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
# where a page printed by the command line is written: its address is in the footer
PRINT_DIR = Path("/tmp/zhbrief-made16")

STYLE = """
body{font-family:"Noto Sans CJK SC",sans-serif;font-size:16px;line-height:1.8;margin:0}
.wrap{max-width:760px;margin:0 auto;padding:0 16px}
nav,.site-footer,.share,.related{background:#f3f3f3;padding:8px}
@media print{nav,.site-footer,.share,.related,.sidebar{display:none}}
"""


def page(title: str, body: str, extra_style: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{STYLE}{extra_style}</style></head><body>{body}</body></html>"
    )


def paras_html(paras: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{html.escape(p)}</p>" for p in paras)


def print_pdf(source: str, out: Path, **pdf: Any) -> None:
    """``source`` printed by Chromium through the DevTools print call (Playwright)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page()
        tab.set_content(source, wait_until="load")
        tab.emulate_media(media="print")
        tab.pdf(path=str(out), format="A4", print_background=True, **pdf)
        browser.close()


# Chromium's own header and footer, as its print dialog sets them (date and title
# above, address and page count below)
CHROME_HEADER = '<div style="font-size:8px;width:100%;padding:0 10mm;display:flex;justify-content:space-between"><span class="date"></span><span class="title"></span><span></span></div>'
CHROME_FOOTER = '<div style="font-size:8px;width:100%;padding:0 10mm;display:flex;justify-content:space-between"><span class="url"></span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>'
NEWS_URL = "https://www.dcrb.example.cn/jingji/2016-03/06/content_4417.htm"


def build_news(path: Path, year: int) -> Gold:
    paras = base.paragraphs(year, 14, skip=20)
    it = iter(paras)
    title = "东川省经济运行稳中向好 新动能加快成长"
    subheads = ["稳增长政策效果显现", "结构调整步伐加快", "民生保障持续加强"]
    body = (
        '<nav>首页 | 要闻 | 经济 | 社会 | 评论 | 图片 | 视频</nav><div class="wrap">'
        f"<h1>{title}</h1>"
        '<p class="byline">2016-03-06 10:30　来源：东川日报　作者：本报记者 李明</p>'
        '<div class="share">分享到：微信 微博</div>'
        + paras_html([next(it), next(it)])
        + '<figure><div style="height:160px;background:#ccd"></div><figcaption>图为东川经济开发区一家企业的生产车间。（本报记者 王强 摄）</figcaption></figure>'
    )
    for h in subheads:
        body += f"<p><strong>{h}</strong></p>" + paras_html([next(it) for _ in range(4)])
    body += '<p class="editor">（责任编辑：赵华）</p></div>'
    body += '<div class="related">相关新闻：东川省召开经济形势分析会</div><div class="site-footer">东川日报社版权所有 未经授权禁止转载</div>'
    source = page(f"{title}_东川日报", body)
    print_pdf(
        source,
        path,
        display_header_footer=True,
        header_template=CHROME_HEADER,
        footer_template=CHROME_FOOTER.replace('<span class="url"></span>', NEWS_URL),
        margin={"top": "15mm", "bottom": "15mm", "left": "12mm", "right": "12mm"},
    )
    return typst.gold(
        title,
        [{"text": h, "level": 1} for h in subheads],
        [base.clause(paras[i]) for i in (0, 3, 7, 11, 13)],
        [f"{title}_东川日报", NEWS_URL],
        "Chromium (Playwright page.pdf) of a news page with its print style sheet (navigation, share bar, related links and footer hidden): Chromium's header (print date, the page's <title>) and footer (address, 1/3) on every page; the byline line is metadata; bold <p><strong> subheads at the text's size are headings; the photo's caption and the editor line are not body (unscored)",
        must_not=("分享到", "相关新闻", "版权所有"),
    )


NOTICE_STYLE = """
.title{text-align:center;font-size:24px;font-weight:bold;margin:24px 0 8px}
.info{text-align:center;color:#666;font-size:14px}
.content p{text-indent:2em;margin:0 0 6px}
.sign{text-align:right}
"""


def build_notice(path: Path, year: int) -> Gold:
    paras = base.paragraphs(year, 10, skip=20)
    it = iter(paras)
    title = "东川省人民政府办公厅关于做好2015年重点工作分解落实的通知"
    outline = [
        ("一、总体要求", []),
        ("二、重点任务", ["（一）稳定经济增长", "（二）推进改革开放"]),
        ("三、保障措施", []),
    ]
    body = (
        '<nav>东川省人民政府门户网站　首页 > 政务公开 > 通知公告</nav><div class="wrap">'
        f'<div class="title">{title}</div>'
        '<div class="info">发布日期：2015-03-20　来源：省政府办公厅　字号：大 中 小</div>'
        '<div class="content">'
        + paras_html(["各市人民政府，省政府各部门："])
        + paras_html([next(it)])
    )
    headings = []
    for h1, h2s in outline:
        body += f"<p>{h1}</p>" + paras_html([next(it), next(it)] if not h2s else [next(it)])
        headings.append({"text": h1, "level": 1})
        for h2 in h2s:
            body += f"<p>{h2}</p>" + paras_html([next(it), next(it)])
            headings.append({"text": h2, "level": 2})
    body += '<p class="sign">东川省人民政府办公厅</p><p class="sign">2015年3月20日</p></div></div>'
    body += '<div class="site-footer">主办：东川省人民政府办公厅　网站标识码：3300000001</div>'
    footer = '<div style="font-size:9px;width:100%;text-align:center">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>'
    print_pdf(
        page(f"{title}_东川省人民政府门户网站", body, NOTICE_STYLE),
        path,
        display_header_footer=True,
        header_template="<span></span>",
        footer_template=footer,
        margin={"top": "20mm", "bottom": "18mm", "left": "20mm", "right": "20mm"},
    )
    return typst.gold(
        title,
        headings,
        [base.clause(paras[i]) for i in (0, 2, 4, 7, 9)],
        [],
        "Chromium (Playwright page.pdf) of a government portal's notice (print style sheet hides navigation and the site footer): centred bold title, a date and source line (metadata), typed 一、/（一） headings in plain indented paragraphs at the text's size (level 1/2), a signature block, the portal's footer 第 N 页 共 M 页",
        must_not=("网站标识码", "首页 > 政务公开"),
    )


HELP_STYLE = """
.sidebar{float:left;width:180px}
h2{font-size:22px;border-bottom:1px solid #ccc}
h3{font-size:18px}
table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}
"""


def build_help(path: Path, year: int) -> Gold:
    paras = base.paragraphs(year, 9, skip=12)
    it = iter(paras)
    site = "东川省数据开放平台 · 帮助中心"
    title = "数据开放平台使用指南"
    outline = [
        ("1 平台概述", ["1.1 建设背景", "1.2 开放范围"]),
        ("2 数据申请", ["2.1 申请流程"]),
        ("3 常见问题", []),
    ]
    body = (
        '<div class="sidebar"><nav>帮助中心<br>平台概述<br>数据申请<br>常见问题</nav></div><div class="wrap">'
        f"<h1>{title}</h1><p>更新时间：2014-06-18</p>" + paras_html([next(it)])
    )
    headings = []
    for i, (h2, h3s) in enumerate(outline):
        body += f"<h2>{h2}</h2>" + paras_html([next(it)])
        headings.append({"text": h2, "level": 1})
        for h3 in h3s:
            body += f"<h3>{h3}</h3>" + paras_html([next(it)])
            headings.append({"text": h3, "level": 2})
        if i == 1:
            body += "<table><tr><th>步骤</th><th>内容</th><th>时限</th></tr><tr><td>1</td><td>提交申请</td><td>即时</td></tr><tr><td>2</td><td>部门审核</td><td>5个工作日</td></tr></table>"
            body += (
                "<ol><li>登录平台账号</li><li>选择数据目录</li><li>填写用途说明</li></ol>"
                + paras_html([next(it)])
            )
    body += paras_html([next(it)]) + "</div>"
    header = f'<div style="font-size:9px;width:100%;text-align:center;color:#555">{site}</div>'
    footer = '<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber"></span></div>'
    print_pdf(
        page(f"{title} - {site}", body, HELP_STYLE),
        path,
        display_header_footer=True,
        header_template=header,
        footer_template=footer,
        margin={"top": "18mm", "bottom": "16mm", "left": "15mm", "right": "15mm"},
    )
    return typst.gold(
        title,
        headings,
        [base.clause(paras[i]) for i in (0, 2, 4, 6, 8)],
        [site],
        "Chromium (Playwright page.pdf) of a help page: the side navigation hidden by the print style sheet, h1 title and an update date line (metadata), h2/h3 numbered 1 / 1.1 (level 1/2), a table and an ordered list (text, unscored), the site's name as the printed header and the bare page number under",
    )


BLOG_STYLE = (
    "h2{font-size:20px}blockquote{border-left:4px solid #ccc;margin:0;padding-left:12px;color:#444}"
)


def build_blog(path: Path, year: int) -> Gold:
    paras = base.paragraphs(year, 10, skip=8)
    it = iter(paras)
    title = "读2017年政府工作报告的几点体会"
    subheads = ["关于经济增长目标", "关于简政放权", "关于民生"]
    body = (
        f'<div class="wrap"><h1>{title}</h1><p class="meta">发表于 2017-03-08 · 阅读 1024</p>'
        + paras_html([next(it)])
    )
    for n, h in enumerate(subheads):
        body += f"<h2>{h}</h2>" + paras_html([next(it), next(it)])
        if n == 1:
            body += f"<blockquote>{html.escape(next(it))}</blockquote>"
    body += paras_html([next(it), next(it)]) + '<p class="share">分享到：微信 微博 QQ空间</p></div>'
    PRINT_DIR.mkdir(exist_ok=True)
    src = PRINT_DIR / "c04_chrome_blog.html"
    src.write_text(page(f"{title} - 东川笔记", body, BLOG_STYLE), encoding="utf-8")
    cmd = [CHROMIUM, "--headless", *ARGS, f"--print-to-pdf={path}", src.as_uri()]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    return typst.gold(
        title,
        [{"text": h, "level": 1} for h in subheads],
        [base.clause(paras[i]) for i in (0, 2, 4, 7, 9)],
        [f"{title} - 东川笔记", src.as_uri()],
        "chromium --headless --print-to-pdf of a local blog post (the command line's default header and footer: date and <title> above, the file's address and 1/2 below); h2 subheads; a quotation (text); the post's date line is metadata; its share line is hidden in print",
        must_not=("分享到",),
    )


BUILDERS: dict[str, tuple[Any, int]] = {
    "c01_chrome_news.pdf": (build_news, 2016),
    "c02_chrome_notice.pdf": (build_notice, 2015),
    "c03_chrome_help.pdf": (build_help, 2014),
    "c04_chrome_blog.pdf": (build_blog, 2017),
}

SOURCE_HEAD = typst.source_head(
    "Web pages printed to PDF by Chromium, sixteenth set",
    "Made after the fifteenth set, each a web page written here and printed by Chromium\n"
    "(Playwright's page.pdf, or its own --headless --print-to-pdf), by\n"
    "`python eval/make_realdocs16_chromium.py`.",
)

ROWS = [
    "| c01_chrome_news.pdf | Chromium via Playwright `page.pdf`, gwr 2016 (`eval/make_realdocs16_chromium.py`, as c02-c04) | news article with a print style sheet, Chromium's header (date, `<title>`) and footer (address, `1/3`), byline line, photo caption, bold `<p><strong>` subheads |",
    "| c02_chrome_notice.pdf | Chromium via Playwright `page.pdf`, gwr 2015 | government portal notice: centred title, date and source line, typed `一、`/`（一）` headings in plain paragraphs, signature block, footer `第 N 页 共 M 页` |",
    "| c03_chrome_help.pdf | Chromium via Playwright `page.pdf`, gwr 2014 | help page: `h2`/`h3` numbered `1`/`1.1`, table, ordered list, the site's name as the header, page number alone as the footer |",
    "| c04_chrome_blog.pdf | `chromium --headless --print-to-pdf`, gwr 2017 | local blog post with the command line's default header and footer (date, `<title>`, the file's address, `1/2`), `h2` subheads, a quotation |",
]


def main(argv: list[str] | None = None) -> int:
    return more.make_set(argv, __doc__, BUILDERS, "realdocs-made16", ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
