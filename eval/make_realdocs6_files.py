# ruff: noqa: E501  (the SOURCE.md rows, the LaTeX preamble and the HTML template are kept on one line each)
"""Make the PDF/DOCX documents of ``realdocs-made6`` (u01-u06) with real tools, and their gold.

A sixth set of development documents, made after ``realdocs-made5``
(``make_realdocs5_files.py``; its helpers and those of the earlier makers are reused).
Each document is a layout pattern met in real Chinese documents and not in the earlier
sets; the texts come only from the public government work reports 2013-2017
(../shared/data/gov-work-reports), whole paragraphs (structural labels, names, dates,
footnote texts and one closing article are written here):

- ``u01_lo_gbt9704_report.pdf`` (gwr 2017): a report set as Chinese government offices
  set it (GB/T 9704 look, Word -> LibreOffice): body 16 pt serif on a fixed 28.95 pt
  line pitch, ``一、`` headings in the sans (黑体-like) face at the same 16 pt and not
  bold, ``（一）`` headings in 楷体 at 16 pt, ``1.`` leads typed at the start of body
  paragraphs, a two-paragraph 22 pt title, ``— N —`` page numbers right on odd pages
  and left on even pages;
- ``u02_lo_regulation.pdf`` (gwr 2015): a regulation (实施细则) with centred
  ``第一章　总则`` chapters, ``第一节`` sections inside one chapter, articles
  ``第一条　…`` opening their paragraphs, an adoption note under the title, a header
  line ``东川大学文件`` / document number and a ``第 N 页 共 M 页`` footer;
- ``u03_chromium_print.pdf`` (gwr 2013): a news page printed to PDF by headless Chromium
  with the browser's own header and footer (print date and time, the page's
  ``<title>``; its URL and ``N/M``) on every page;
- ``u04_docx_wps_outline.docx`` (gwr 2016): a DOCX as WPS saves it: headings are Normal
  paragraphs with ``w:outlineLvl`` 0/1 set directly on the paragraph (bold, larger), no
  heading styles; a centred bold 22 pt Normal title; the company name in the header; a
  real footnote; ``docProps/app.xml`` naming WPS Office;
- ``u05_latex_chinese_sections.pdf`` (gwr 2014): XeLaTeX ``ctexart`` (twoside) with
  sections numbered ``一、`` and subsections ``（一）`` by ``\\ctexset``, a ``longtable``
  running over a page break (``续表`` head), footnotes, the section name in odd headers
  and the document name in even headers;
- ``u06_ocr_skewed_scan.pdf`` (gwr 2017): three pages scanned crooked (each page turned
  by its own small angle, grey paper, specks), 200 dpi, given a text layer by
  ``ocrmypdf -l chi_sim`` without deskewing; a ruled running header, ``- N -`` page
  numbers, ``一、``/``（一）`` headings.

Gold is written from what each builder put in the document, decided as a reader reads
it (never from reader output); titles, headings, passages and running lines are checked
against the printed text (``pdftotext -layout``; for the DOCX, the text of its parts).
Run once; the outputs are committed, so nothing else needs these tools:

    python eval/make_realdocs6_files.py [--out eval/data/realdocs-made6] [--only u01 ...]
"""

from __future__ import annotations

import http.server
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import threading
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs4_files as prev4

ROOT = Path(__file__).resolve().parents[1]
MINE = ("u01_", "u02_", "u03_", "u04_", "u05_", "u06_")
Gold = dict[str, Any]
SERIF, SANS, KAI = "Noto Serif CJK SC", "Noto Sans CJK SC", "AR PL KaitiM GB"
ZH_DIGITS = "零一二三四五六七八九"


def zh_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 17 -> 十七, 20 -> 二十, 23 -> 二十三 (n < 100)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else ZH_DIGITS[tens] + "十")
    return head + (ZH_DIGITS[ones] if ones else "")


def fixed_pitch(fmt: Any, pt: float) -> None:
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(pt)


def pick_readable(paras: list[str], want: list[int], text: str) -> tuple[list[int], list[str]]:
    """The paragraphs of ``want`` whose first 18 characters are in ``text`` (an OCR
    layer, spaces ignored); a garbled one is swapped for the nearest readable one."""
    have = more.squash(text)
    ok = [i for i in range(len(paras)) if more.squash(base.clause(paras[i])) in have]
    chosen: list[int] = []
    swaps: list[str] = []
    for i in want:
        j = min((j for j in ok if j not in chosen), key=lambda j: abs(j - i))
        chosen.append(j)
        if j != i:
            swaps.append(f"paragraph {i + 1} -> {j + 1}")
    return sorted(chosen), swaps


def half_text(pdf: Path, page: int, right: bool) -> str:
    """The printed text of the left or right half of an A4 page."""
    crop = ["-x", "298" if right else "0", "-y", "0", "-W", "297", "-H", "842"]
    cmd = ["pdftotext", "-layout", "-f", str(page), "-l", str(page), *crop, str(pdf), "-"]
    return subprocess.run(cmd, check=True, capture_output=True, timeout=120).stdout.decode()


# ------------------------------------------------------ u01 GB/T 9704 report

U01_TITLE = ("东川省发展和改革委员会关于2017年上半年", "全省经济社会发展情况的报告")
U01_TO = "省人民政府："
U01_ISSUER = ("东川省发展和改革委员会", "2017年7月10日")
U01_CLOSE = "特此报告。"
U01_INTRO = [0]
# (一、 heading, paragraphs, [(（一） heading, paragraphs, typed 1. leads?)])
U01_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int], bool]]]] = [
    ("一、上半年经济运行总体情况", [1, 7], []),
    (
        "二、重点改革任务推进情况",
        [],
        [
            ("（一）深化供给侧结构性改革", [10, 11, 12], True),
            ("（二）推进重点领域改革", [13, 14, 15, 16], True),
        ],
    ),
    (
        "三、新动能培育和农业农村工作",
        [],
        [
            ("（一）培育壮大新动能", [20, 21, 23, 24], True),
            ("（二）推进农业现代化", [25, 26, 27], True),
        ],
    ),
    (
        "四、下半年工作建议",
        [],
        [("（一）扩大对外开放", [29, 32], False), ("（二）保障和改善民生", [35, 36, 38], False)],
    ),
]
U01_END = [39]
U01_KEEP = {0, 7, 12, 23, 35}


def build_gbt9704(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    paras = third.whole(year, None)
    d = docx.Document()
    more.a4(d, top=3.7, bottom=3.5, left=2.8, right=2.6)
    d.core_properties.title = ""
    d.core_properties.author = "fgw"
    normal = d.styles["Normal"]
    more.cjk_font(normal, SERIF, 16)
    fixed_pitch(normal.paragraph_format, 28.95)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.settings.odd_and_even_pages_header_footer = True

    def line(text: str, font: str = SERIF, indent: bool = True) -> Any:
        p = d.add_paragraph()
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        prev4.run_font(p.add_run(text), font)
        return p

    for part in U01_TITLE:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fixed_pitch(p.paragraph_format, 36)
        r = p.add_run(part)
        r.font.size, r.bold = Pt(22), True
        prev4.run_font(r, SERIF)
    d.add_paragraph()
    line(U01_TO, indent=False)
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []
    leads: list[str] = []

    def body(idx: list[int], numbered: bool = False) -> None:
        for n, i in enumerate(idx, 1):
            text = f"{n}.{paras[i]}" if numbered else paras[i]
            if numbered:
                leads.append(f"{n}.{third.lead(paras[i])}")
            line(text)
            used.append(text)
            if i in U01_KEEP:
                must.append(base.clause(text))

    body(U01_INTRO)
    for h1, n1, subs in U01_OUTLINE:
        line(h1, SANS)  # 黑体-like, 16 pt, not bold
        headings.append({"text": h1, "level": 1})
        body(n1)
        for h2, n2, numbered in subs:
            line(h2, KAI)  # 楷体, 16 pt, not bold
            headings.append({"text": h2, "level": 2})
            body(n2, numbered)
    body(U01_END)
    line(U01_CLOSE)
    d.add_paragraph()
    d.add_paragraph()
    for s in U01_ISSUER:
        p = line(s, indent=False)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Pt(64)
    # — N —: odd pages right, even pages left, one character in from the margin
    sec = d.sections[0]
    sec.footer_distance = Cm(2.6)
    for footer, right in ((sec.footer, True), (sec.even_page_footer, False)):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if right else WD_ALIGN_PARAGRAPH.LEFT
        if right:
            fp.paragraph_format.right_indent = Pt(14)
        else:
            fp.paragraph_format.left_indent = Pt(14)
        fp.add_run("— ")
        more.add_field(fp, "PAGE")
        fp.add_run(" —")
        for run in fp.runs:
            run.font.size = Pt(14)
    src = path.with_suffix(".docx")
    d.save(str(src))
    assert base.lo_pdf(src, path.parent) == path
    n = more.pages(path)
    assert n >= 4, f"{path.name}: {n} pages"
    fonts = prev4.pdf_fonts(path)
    assert "NotoSansCJK" in fonts.replace(" ", "") and "GBZenKai" in fonts, fonts
    for page in range(1, n + 1):
        lines = [ln for ln in more.pdftext(path, page).splitlines() if ln.strip()]
        last = lines[-1]
        assert more.squash(last) == f"—{page}—", (page, last)
        half = more.squash(half_text(path, page, right=True))
        assert half.endswith(f"—{page}—") == (page % 2 == 1), (page, half[-8:])  # odd right
    text = more.pdftext(path)
    gold: Gold = {
        "title": "".join(U01_TITLE),
        "headings": headings,
        "must_have": must,
        "running": [],
        "must_not_have": [],
        "note": (
            f"{n} pages, a report set in the GB/T 9704 manner (Word -> LibreOffice): "
            "body 16 pt serif (仿宋-like) on an exact 28.95 pt line pitch; the title is "
            "two centred 22 pt bold paragraphs, read as one title; 一、 lines are set in "
            "the sans (黑体-like) face at the same 16 pt as the body and NOT bold, "
            "indented like the body: level 1; （一） lines in 楷体 (AR PL KaitiM GB) at "
            "16 pt, not bold: level 2 (only the face tells them from the body); the "
            f"typed 1./2./3. leads ({len(leads)}, e.g. {leads[0]}) open body "
            "paragraphs in the body face and run on into them: body, not headings "
            "(two must_have passages start with one); the addressee 省人民政府：, "
            "特此报告。, the issuer and the date are left unscored (metadata); — N — "
            "page numbers, right on odd and left on even pages, are not listed; no "
            "running header"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ------------------------------------------------------------- u02 regulation

U02_ISSUER = "东川大学文件"
U02_NO = "东大发〔2015〕18号"
U02_TITLE = "东川大学深化综合改革实施细则"
U02_ADOPTED = "（2015年6月12日校长办公会议审议通过）"
# (chapter, [(section or "", paragraphs, each one an article)])
U02_OUTLINE: list[tuple[str, list[tuple[str, list[int]]]]] = [
    ("第一章　总则", [("", [19, 25])]),
    ("第二章　简政放权与投融资改革", [("", [26, 27, 28])]),
    (
        "第三章　财税与国有企业改革",
        [("第一节　财税体制改革", [29, 23]), ("第二节　国有企业改革", [30, 31])],
    ),
    ("第四章　对外开放", [("", [33, 34, 35, 36])]),
    ("第五章　创新驱动", [("", [46, 47, 48])]),
    ("第六章　附则", [("", [])]),
]
U02_LAST = "本细则由学校发展规划处负责解释，自发布之日起施行。"
U02_KEEP = {19, 27, 30, 35, 47}


def build_regulation(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    paras = third.whole(year, None)
    d = docx.Document()
    more.a4(d, top=2.8, bottom=2.6, left=2.8, right=2.6)
    d.core_properties.title = ""
    normal = d.styles["Normal"]
    more.cjk_font(normal, SERIF, 12)
    normal.paragraph_format.line_spacing = 1.5
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    for text in (U02_ISSUER, "\t" + U02_NO):
        hp.add_run(text).font.size = Pt(10.5)
    more.border(hp, "bottom", "000000", 6)
    fp = sec.footer.paragraphs[0]
    prev4.page_footer(fp, "第 ", " 页", total=True)
    for r in fp.runs:
        r.font.size = Pt(10.5)

    def centred(text: str, size: float, bold: bool, font: str, before: float) -> None:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(6)
        r = p.add_run(text)
        r.font.size, r.bold = Pt(size), bold
        prev4.run_font(r, font)

    centred(U02_TITLE, 20, True, SANS, 12)
    centred(U02_ADOPTED, 12, False, KAI, 0)
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []
    article = 0

    def art(text: str, keep: bool) -> None:
        nonlocal article
        article += 1
        label = f"第{zh_number(article)}条"
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(24)
        p.add_run(label).bold = True
        p.add_run("　" + text)
        used.append(f"{label}　{text}")
        if keep:
            must.append(base.clause(f"{label}　{text}"))

    for chapter, sections in U02_OUTLINE:
        centred(chapter, 14, True, SANS, 12)
        headings.append({"text": chapter, "level": 1})
        for section, idx in sections:
            if section:
                centred(section, 12, True, SANS, 6)
                headings.append({"text": section, "level": 2})
            for i in idx:
                art(paras[i], i in U02_KEEP)
    art(U02_LAST, False)
    src = path.with_suffix(".docx")
    d.save(str(src))
    assert base.lo_pdf(src, path.parent) == path
    n = more.pages(path)
    assert n >= 3, f"{path.name}: {n} pages"
    for page, head in enumerate(prev4.header_lines(path), 1):
        assert more.squash(head) == more.squash(U02_ISSUER + U02_NO), (page, head)
        assert f"第{page}页共{n}页" in more.squash(more.pdftext(path, page)), page
    text = more.pdftext(path)
    gold: Gold = {
        "title": U02_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [U02_ISSUER, U02_NO],
        "must_not_have": [],
        "note": (
            f"{n} pages, a regulation (Word -> LibreOffice); title the centred 20 pt "
            "bold line; the adoption note under it (（…审议通过）) is metadata; the "
            "centred bold 第N章　… chapters are level 1 (with the full-width space "
            "as printed), the 第一节/第二节 sections inside 第三章 level 2; the "
            f"{article} articles 第N条　… (bold label, the text running on in the same "
            "paragraph) are body paragraphs, label included, not headings; every "
            "must_have passage starts with its article label; the last article (解释/"
            "施行) is written by the maker; the header line on every page (issuer "
            "东川大学文件 left, document number right, ruled) is running, both parts "
            "listed; 第 N 页 共 M 页 footers are page numbers, not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ----------------------------------------------------- u03 Chromium print to PDF

U03_SITE = "东川新闻网"
U03_HOST = "www.dcxww.cn"
U03_PATH = "/sz/2013-03/18/content_24681357.htm"
U03_TITLE = "五年发展成就回顾与新一年工作展望"
U03_LEAD = [0, 1]
U03_SECTIONS: list[tuple[str, list[int]]] = [
    ("创新驱动与文化建设", [3, 4]),
    ("国防外交与港澳台工作", [5, 6, 7]),
    ("今年的总体要求与预期目标", [10, 11, 12]),
    ("扩大内需与区域协调", [13, 14, 15]),
    ("保障和改善民生", [17, 18, 19, 22]),
]
U03_END = [27]
U03_KEEP = {1, 4, 11, 15, 22}
U03_FOOT = "版权所有 东川新闻网　东ICP备13005678号"
U03_HTML = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_{site}</title>
<style>body{{font-family:"Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:760px;color:#222}} .nav a{{margin-right:14px;color:#036;text-decoration:none}} .nav{{border-bottom:2px solid #b00;padding:8px 0}} .crumb{{font-size:13px;color:#666;margin:8px 0}} h1{{font-size:26px;text-align:center;margin:18px 0 8px}} .info{{text-align:center;font-size:13px;color:#777;border-bottom:1px solid #ddd;padding-bottom:8px}} .content p{{font-family:"Noto Serif CJK SC",serif;font-size:16px;line-height:1.8;text-indent:2em;margin:0 0 10px}} .content h2{{font-size:18px;margin:18px 0 8px;color:#b00}} .editor{{text-align:right;font-size:13px;color:#777}} .related h3{{font-size:15px}} .related li{{font-size:14px}} .footer{{border-top:1px solid #ccc;margin-top:16px;padding-top:8px;font-size:12px;color:#888;text-align:center}}</style>
</head><body>
<div class="nav"><a href="/">首页</a><a href="/sz/">时政</a><a href="/cj/">财经</a><a href="/sh/">社会</a><a href="/pl/">评论</a></div>
<div class="crumb">当前位置：首页 &gt; 时政 &gt; 正文</div>
<h1>{title}</h1>
<div class="info">2013-03-18 09:30　来源：东川日报　作者：李明</div>
<div class="content">
{body}
<p class="editor">（责任编辑：孙丽）</p>
</div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/sz/1.htm">两会特别报道：代表委员热议民生话题</a></li><li><a href="/sz/2.htm">图解：一图读懂政府工作报告</a></li></ul></div>
<div class="footer">关于我们 | 联系方式 | {foot}</div>
</body></html>
"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def chromium_print(root: Path, url_path: str, pdf: Path) -> None:
    """Serve ``root`` on a free local port, map ``U03_HOST`` to it and print the page
    ``url_path`` with headless Chromium, keeping the browser's header and footer."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    def handler(*args: Any) -> _Quiet:
        return _Quiet(*args, directory=str(root))

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    th = threading.Thread(target=srv.serve_forever, daemon=True)
    th.start()
    try:
        with tempfile.TemporaryDirectory() as profile:
            cmd = [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--lang=zh-CN",
                f"--user-data-dir={profile}",
                f"--host-resolver-rules=MAP {U03_HOST} 127.0.0.1:{port}",
                f"--print-to-pdf={pdf}",
                f"http://{U03_HOST}{url_path}",
            ]
            env = {"LANG": "zh_CN.UTF-8", "LANGUAGE": "zh_CN:zh", "TZ": "Asia/Shanghai"}
            subprocess.run(
                cmd, check=True, capture_output=True, timeout=180, env={**os.environ, **env}
            )
    finally:
        srv.shutdown()
        srv.server_close()
    assert pdf.exists(), pdf


def build_chromium_print(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    parts: list[str] = []
    must: list[str] = []
    used: list[str] = []

    def body(idx: list[int]) -> None:
        for i in idx:
            parts.append(f"<p>{paras[i]}</p>")
            used.append(paras[i])
            if i in U03_KEEP:
                must.append(base.clause(paras[i]))

    body(U03_LEAD)
    for head, idx in U03_SECTIONS:
        parts.append(f"<h2>{head}</h2>")
        body(idx)
    body(U03_END)
    html = U03_HTML.format(title=U03_TITLE, site=U03_SITE, body="\n".join(parts), foot=U03_FOOT)
    with tempfile.TemporaryDirectory() as tmp:
        served = Path(tmp) / U03_PATH.lstrip("/")
        served.parent.mkdir(parents=True)
        served.write_text(html, encoding="utf-8")
        chromium_print(Path(tmp), U03_PATH, path)
    n = more.pages(path)
    assert n == 3, f"{path.name}: {n} pages"
    page_title = f"{U03_TITLE}_{U03_SITE}"
    url = f"http://{U03_HOST}{U03_PATH}"
    dates: list[str] = []
    for page in range(1, n + 1):
        lines = [ln for ln in more.pdftext(path, page).splitlines() if ln.strip()]
        head, foot = lines[0], lines[-1]
        assert page_title in head, (page, head)
        dates.append(head.split(page_title)[0].strip())
        assert more.squash(foot) == more.squash(f"{url}{page}/{n}"), (page, foot)
    stamp = r"^\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d\d [AP]M$"  # no zh_CN locale: en-US format
    assert len(set(dates)) == 1 and re.match(stamp, dates[0]), dates
    printed = dates[0]
    text = more.pdftext(path)
    gold: Gold = {
        "title": U03_TITLE,
        "headings": [{"text": h, "level": 1} for h, _ in U03_SECTIONS],
        "must_have": must,
        "running": [printed, page_title, url],
        "must_not_have": ["当前位置：首页", "一图读懂政府工作报告", "东ICP备13005678号"],
        "note": (
            f"{n} pages, a news page printed by headless Chromium WITH the "
            "browser's header and footer: on every page the print date and time "
            f"({printed}, en-US format, when the maker ran) at the top left and the page's <title> "
            "(the headline + _东川新闻网) at the top centre, the URL at the bottom "
            "left and N/3 at the bottom right; running lists the date-time, the "
            "<title> and the URL (N/3 are page numbers, not listed); the title is "
            "the <h1> headline printed under the site navigation (without the site "
            "name); the <h2> subheads are level 1; the navigation line, breadcrumb, "
            "info line (date/来源/作者: metadata), （责任编辑：…）, the 相关新闻 box "
            "(its h3 not a heading) and the footer are page furniture, not body"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ------------------------------------------------------- u04 WPS outline levels

U04_COMPANY = "东川能源集团有限公司"
U04_TITLE = "2016年度经营发展工作要点"
U04_BYLINE = "集团公司办公室　2016年3月"
U04_NOTE = "预期目标按集团公司统计口径测算，下同。"
U04_NOTE_AT = 11
U04_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]]]] = [
    (
        "一、2015年工作回顾",
        [0],
        [("（一）改革与创新", [1, 2]), ("（二）区域协调与社会建设", [3, 4])],
    ),
    ("二、2016年主要目标", [11, 12], []),
    (
        "三、重点工作安排",
        [],
        [
            ("（一）去产能与降成本", [17, 18]),
            ("（二）开放合作", [23, 24, 25]),
            ("（三）绿色发展", [27, 28]),
        ],
    ),
    ("四、保障措施", [33, 34, 35], []),
]
U04_KEEP = {0, 4, 12, 24, 34}
U04_APP = "WPS Office_11.1.0.11194_F1E327BC-269C-435d-A152-05C5408002CA"


def outline_level(paragraph: Any, level: int) -> None:
    """``w:outlineLvl`` set directly on a paragraph (not on its style), as WPS does."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement("w:outlineLvl")
    el.set(qn("w:val"), str(level))
    paragraph._p.get_or_add_pPr().append(el)


def wps_app_xml(path: Path) -> None:
    """Rewrite ``docProps/app.xml`` so that the file says WPS Office wrote it."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    app = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>Normal.dotm</Template><Pages>5</Pages><Application>{U04_APP}</Application>"
        "<DocSecurity>0</DocSecurity></Properties>"
    ).encode()
    names = {i.filename for i, _ in items}
    assert "docProps/app.xml" in names, names
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            z.writestr(info, app if info.filename == "docProps/app.xml" else data)


def build_wps_outline(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paras = third.whole(year, None)
    d = docx.Document()
    more.a4(d, top=2.54, bottom=2.54, left=3.18, right=3.18)
    d.core_properties.title = ""
    d.core_properties.author = "Administrator"
    normal = d.styles["Normal"]
    more.cjk_font(normal, SERIF, 12)
    normal.paragraph_format.line_spacing = 1.5
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    hp = d.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run(U04_COMPANY).font.size = Pt(9)
    more.border(hp, "bottom", "000000", 6)

    def bold_line(text: str, size: float, centre: bool = False, font: str = SANS) -> Any:
        p = d.add_paragraph()
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size, r.bold = Pt(size), True
        prev4.run_font(r, font)
        return p

    bold_line(U04_TITLE, 22, centre=True).paragraph_format.space_after = Pt(6)
    by = d.add_paragraph()
    by.alignment = WD_ALIGN_PARAGRAPH.CENTER
    by.paragraph_format.space_after = Pt(12)
    prev4.run_font(by.add_run(U04_BYLINE), KAI)
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []

    def body(idx: list[int]) -> None:
        for i in idx:
            p = d.add_paragraph(paras[i])
            p.paragraph_format.first_line_indent = Pt(24)
            used.append(paras[i])
            if i == U04_NOTE_AT:
                third.add_footnote(d, p, U04_NOTE)
            if i in U04_KEEP:
                must.append(base.clause(paras[i]))

    for h1, n1, subs in U04_OUTLINE:
        p = bold_line(h1, 16)
        p.paragraph_format.space_before = Pt(12)
        outline_level(p, 0)
        headings.append({"text": h1, "level": 1})
        body(n1)
        for h2, n2 in subs:
            p = bold_line(h2, 14, font=SERIF)
            p.paragraph_format.space_before = Pt(6)
            outline_level(p, 1)
            headings.append({"text": h2, "level": 2})
            body(n2)
    d.save(str(path))
    wps_app_xml(path)
    back = docx.Document(str(path))
    names = {p.style.name if p.style else "" for p in back.paragraphs}
    assert names == {"Normal"}, names
    with zipfile.ZipFile(path) as z:
        doc_xml = z.read("word/document.xml").decode("utf-8")
        app_xml = z.read("docProps/app.xml").decode("utf-8")
        assert "word/footnotes.xml" in z.namelist()
    levels = re.findall(r'<w:outlineLvl w:val="(\d)"/>', doc_xml)
    assert levels == [str(h["level"] - 1) for h in headings], levels
    assert "w:pStyle" not in doc_xml and "WPS Office" in app_xml
    text = prev4.docx_text(path)
    assert U04_NOTE in text and U04_COMPANY in text
    gold: Gold = {
        "title": U04_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [U04_COMPANY],
        "must_not_have": [],
        "note": (
            "a DOCX as WPS saves it (docProps/app.xml names WPS Office): every "
            "paragraph is in Normal, no heading style at all; the headings carry "
            "w:outlineLvl directly in their own w:pPr (0 for the 一、 lines, bold 16 pt "
            "sans: level 1; 1 for the （一） lines, bold 14 pt: level 2), typed numbers "
            "as printed; the title is a centred bold 22 pt Normal paragraph (core title "
            "empty); the centred byline under it (集团公司办公室　2016年3月) is "
            "metadata; the company name in the (right-aligned, ruled) header is "
            "running; one real footnote (its text written by the maker) hangs on the "
            "first paragraph under 二、 and is not body"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ------------------------------------------ u05 ctexart, Chinese-numbered sections

U05_TITLE = "2014年全省重点工作推进情况研究报告"
U05_AUTHOR = "东川省政府研究室"
U05_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]]]] = [
    ("发展回顾", [0], [("改革开放", [1, 2]), ("结构调整与民生", [3, 4, 8])]),
    ("主要目标", [19, 20, 21], []),
    (
        "重点任务",
        [22],
        [("深化改革", [24, 25]), ("扩大开放", [26, 27, 28]), ("扩大内需", [30, 31, 32])],
    ),
    ("农业与城镇化", [], [("农业农村", [33, 34, 35, 36]), ("新型城镇化", [37, 38, 40])]),
    ("政府建设", [47, 48, 49], []),
]
U05_KEEP = {0, 20, 25, 35, 48}
U05_NOTES = {8: "文中数据均为初步统计数。", 21: "预期目标为指导性指标，不是约束性指标。"}
U05_TABLE_AFTER = 21
U05_ROWS = 21
U05_PREAMBLE = (
    "\\documentclass[a4paper,twoside,zihao=-4]{ctexart}\n"
    "\\usepackage[top=3cm,bottom=2.6cm,inner=2.8cm,outer=2.6cm]{geometry}\n"
    "\\usepackage{longtable,booktabs,array,fancyhdr,caption}\n"
    "\\ctexset{section={name={,、},number=\\chinese{section},aftername={},format=\\heiti\\zihao{4}},subsection={name={（,）},number=\\chinese{subsection},aftername={},format=\\kaishu\\zihao{-4}\\bfseries}}\n"
    "\\renewcommand\\sectionmark[1]{\\markboth{\\chinese{section}、#1}{}}\\renewcommand\\subsectionmark[1]{}\n"
    "\\pagestyle{fancy}\\fancyhf{}\n"
    "\\fancyhead[LE]{\\small {title}}\\fancyhead[RO]{\\small\\leftmark}\\fancyfoot[C]{\\thepage}\n"
    "\\renewcommand\\arraystretch{1.4}\\captionsetup{labelsep=quad}\n"
)


def build_chinese_sections(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    tasks = prev4.task_leads(year, U05_ROWS)
    used: list[str] = []
    must: list[str] = []
    headings: list[dict[str, Any]] = []
    marks: list[str] = []
    tex = ["\\maketitle\\thispagestyle{plain}"]
    rows = [
        f"{k} & {more.tex_escape(t)} & 2014年{6 if k % 3 else 12}月 \\\\"
        for k, t in enumerate(tasks, 1)
    ]
    table = (
        "\\begin{longtable}{>{\\centering}p{1.4cm}p{8.6cm}>{\\centering\\arraybackslash}p{3cm}}\n"
        "\\caption{2014年重点任务分解表}\\\\\n\\toprule\n序号 & 重点任务 & 完成时限 \\\\\n\\midrule\n\\endfirsthead\n"
        "\\multicolumn{3}{l}{续表1}\\\\\n\\toprule\n序号 & 重点任务 & 完成时限 \\\\\n\\midrule\n\\endhead\n"
        "\\bottomrule\n\\endlastfoot\n" + "\n".join(rows) + "\n\\end{longtable}"
    )

    def body(idx: list[int]) -> None:
        for i in idx:
            note = f"\\footnote{{{U05_NOTES[i]}}}" if i in U05_NOTES else ""
            tex.append(more.tex_escape(paras[i]) + note)
            used.append(paras[i])
            if i in U05_KEEP:
                must.append(base.clause(paras[i]))
            if i == U05_TABLE_AFTER:
                tex.append(table)

    for k, (sec, n1, subs) in enumerate(U05_OUTLINE, 1):
        tex.append(f"\\section{{{sec}}}")
        head = f"{zh_number(k)}、{sec}"
        headings.append({"text": head, "level": 1})
        marks.append(head)
        body(n1)
        for j, (sub, n2) in enumerate(subs, 1):
            tex.append(f"\\subsection{{{sub}}}")
            headings.append({"text": f"（{zh_number(j)}）{sub}", "level": 2})
            body(n2)
    doc = (
        U05_PREAMBLE.replace("{title}", U05_TITLE)
        + f"\\title{{{U05_TITLE}}}\\author{{{U05_AUTHOR}}}\\date{{2014年4月}}\n"
        + "\\begin{document}\n"
        + "\n\n".join(tex)
        + "\n\\end{document}\n"
    )
    base.xelatex(doc, path)
    n = more.pages(path)
    assert n >= 5, f"{path.name}: {n} pages"
    heads = [more.squash(h) for h in prev4.header_lines(path)]
    shown: list[str] = []
    for page, head in enumerate(heads, 1):
        if page == 1:
            assert head == more.squash(U05_TITLE), head  # the \maketitle line, no header
        elif page % 2 == 0:
            assert head == more.squash(U05_TITLE), (page, head)
        else:
            assert head in marks, (page, head)
            if head not in shown:
                shown.append(head)
    assert len(shown) >= 2, shown
    # the table starts on one page and ends on the next, the 续表 head repeated there
    first = next(p for p in range(1, n + 1) if "重点任务分解表" in more.pdftext(path, p))
    last_task = more.squash(tasks[-1])
    end = next(p for p in range(1, n + 1) if last_task in more.squash(more.pdftext(path, p)))
    assert end == first + 1 and "续表1" in more.squash(more.pdftext(path, end)), (first, end)
    text = more.pdftext(path)
    for note in U05_NOTES.values():
        assert more.squash(note) in more.squash(text), note
    gold: Gold = {
        "title": U05_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [U05_TITLE, *shown],
        "must_not_have": [],
        "note": (
            f"{n} pages, XeLaTeX ctexart (twoside) with \\maketitle (title, the 研究室 "
            "author line and the date: metadata; the first page has no header); "
            "sections numbered 一、 by \\ctexset (name={,、}, \\chinese) are level 1, "
            "subsections （一） (name={（,）}) level 2, read with their printed numbers; "
            "even headers print the document name (the same string as the title) and "
            "odd headers the section mark as 一、… (LaTeX's \\leftmark: the last section "
            "begun on that page, so a page that opens inside 二、 may show 三、; the "
            "same strings as the level-1 headings): running lists the document name and the section names printed "
            f"in a header; a longtable of {U05_ROWS} rows (表1, 序号/重点任务/完成时限, "
            f"task names are gwr lead sentences, the dates the maker's) starts on page "
            f"{first} and runs on to page {end}, where 续表1 and the column heads are "
            "repeated (table furniture, not headings); two footnotes (their texts "
            "written by the maker) are not body; page numbers not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ------------------------------------------------------------ u06 skewed OCR scan

U06_SERIES = "东川省人民政府办公厅　政务信息专报"
U06_TITLE = "关于上半年重点改革和开放工作进展情况的报告"
U06_OUTLINE: list[tuple[str, list[tuple[str, list[int]]]]] = [
    (
        "一、宏观调控与结构调整",
        [("（一）预期目标与宏观政策", [8, 9]), ("（二）去产能和去杠杆", [10, 11])],
    ),
    ("二、改革与创新", [("（一）重点领域改革", [13, 15, 16]), ("（二）新兴产业发展", [20, 21])]),
    (
        "三、农业农村与对外开放",
        [("（一）农业农村", [25, 27, 28]), ("（二）对外开放", [30, 31, 33])],
    ),
]
U06_ANGLES = (0.9, -1.3, 0.6)
U06_WANT = [0, 4, 7, 11, 15]  # positions in the list of paragraphs used


def skewed_scan(src: Path, out: Path, tmp: Path) -> None:
    """Render ``src`` at 200 dpi, turn each page by its own small angle onto grey paper
    with a few specks, and give the image PDF a text layer (no deskewing)."""
    from PIL import Image, ImageDraw

    subprocess.run(
        ["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(tmp / "pg")],
        check=True,
        timeout=120,
    )
    rng = random.Random(6)
    imgs = []
    for k, png in enumerate(sorted(tmp.glob("pg*.png"))):
        im = Image.open(png).convert("L")
        im = im.point(lambda v: min(v, 236))  # greyish paper
        im = im.rotate(U06_ANGLES[k], resample=Image.Resampling.BICUBIC, fillcolor=236)
        draw = ImageDraw.Draw(im)
        for _ in range(400):
            x, y = rng.randrange(im.width), rng.randrange(im.height)
            r = rng.choice((1, 1, 2))
            draw.ellipse((x, y, x + r, y + r), fill=rng.randrange(60, 160))
        imgs.append(im)
    img_pdf = tmp / "img.pdf"
    imgs[0].save(img_pdf, resolution=200.0, save_all=True, append_images=imgs[1:])
    base.ocr(img_pdf, out)


def build_skewed_scan(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paras = third.whole(year, None)
    d = docx.Document()
    more.a4(d, top=2.8, bottom=2.5, left=2.7, right=2.7)
    more.cjk_font(d.styles["Normal"], SERIF, 12)
    d.styles["Normal"].paragraph_format.line_spacing = 1.35
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.add_run(U06_SERIES).font.size = Pt(10.5)
    more.border(hp, "bottom", "000000", 6)
    fp = sec.footer.paragraphs[0]
    prev4.page_footer(fp, "- ", " -")
    for r in fp.runs:
        r.font.size = Pt(10.5)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(12)
    r = p.add_run(U06_TITLE)
    r.font.size, r.bold = Pt(18), True
    prev4.run_font(r, SANS)
    headings: list[dict[str, Any]] = []
    used: list[str] = []
    for h1, subs in U06_OUTLINE:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        r = p.add_run(h1)
        r.font.size, r.bold = Pt(15), True
        prev4.run_font(r, SANS)
        headings.append({"text": h1, "level": 1})
        for h2, idx in subs:
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(28)
            r = p.add_run(h2)
            r.font.size, r.bold = Pt(14), True
            prev4.run_font(r, KAI)
            headings.append({"text": h2, "level": 2})
            for i in idx:
                d.add_paragraph(paras[i]).paragraph_format.first_line_indent = Pt(24)
                used.append(paras[i])
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        src_docx = tmp / "src.docx"
        d.save(str(src_docx))
        src = base.lo_pdf(src_docx, tmp)
        assert more.pages(src) == 3, f"OCR source has {more.pages(src)} pages"
        skewed_scan(src, path, tmp)
    assert more.pages(path) == 3
    text = more.pdftext(path)
    chosen, swaps = pick_readable(used, U06_WANT, text)
    heads = [more.squash(h) for h in prev4.header_lines(path)]
    spelt = sorted(set(heads))
    assert len(heads) == 3 and all(heads), heads
    read = [f"-{p}-" in more.squash(more.pdftext(path, p)) for p in (1, 2, 3)]
    have = more.squash(text)
    garbled = [t for t in (U06_TITLE, *(h["text"] for h in headings)) if more.squash(t) not in have]
    note = (
        "three pages scanned crooked (200 dpi grey; the pages turned by "
        f"{', '.join(f'{a:+.1f}' for a in U06_ANGLES)} degrees, grey paper, specks) "
        "and given a Tesseract text layer by ocrmypdf without deskewing, so the text "
        "lines of the layer are slanted; the running header (the series name, ruled) "
        "is OCR text, and running lists it as the layer spells it (spaces aside; on "
        f"the three pages: {' / '.join(heads)}); the - N - page numbers were read on "
        f"{sum(read)} of 3 pages (not listed); title (18 pt bold sans) and headings "
        "as printed: 一、 lines 15 pt bold sans level 1, （一） lines 14 pt bold 楷体 "
        "level 2; must_have are paragraph starts checked to be in the OCR text layer "
        "(spaces ignored)"
    )
    if swaps:
        note += "; OCR garbled the start of some chosen paragraphs, replaced: " + ", ".join(swaps)
    if garbled:
        note += "; OCR misread (gold keeps them as printed): " + ", ".join(garbled)
    gold: Gold = {
        "title": U06_TITLE,
        "headings": headings,
        "must_have": [base.clause(used[i]) for i in chosen],
        "running": spelt,
        "must_not_have": [],
        "note": note,
    }
    third.no_clash(path.name, used, gold)
    return gold


# ------------------------------------------------------------------------ main


SOURCE_HEAD = (
    "# Documents made with real tools, sixth set (development data)\n\n"
    "Made as development data after the fifth set (`realdocs-made5`), each a layout\n"
    "pattern the earlier sets lack: PDF/DOCX u01-u06 by `python eval/make_realdocs6_files.py`,\n"
    "HTML pages (u07 on) by their own script. Texts come only from the public government\n"
    "work reports 2013–2017 in `../shared/data/gov-work-reports`; the outputs are\n"
    "committed so tests and CI need none of the tools. Gold (`gold/<file>.json`, the\n"
    "format of `../shared/data/realdocs-dev`) is written by the same scripts from what\n"
    "they put in each document, as a reader reads it and never from reader output,\n"
    "titles and headings as printed: the title, the headings with levels, the running\n"
    "headers that must not reach the body, passages (each one's first 18 characters)\n"
    "that must appear in order, boilerplate that must not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)

ROWS = [
    "| u01_lo_gbt9704_report.pdf | python-docx → LibreOffice, gwr 2017 (`eval/make_realdocs6_files.py`, as u02-u06) | 公文-style report (GB/T 9704 look): 16 pt serif body on an exact 28.95 pt pitch, `一、` headings in the sans (黑体-like) face at the same 16 pt and not bold (level 1), `（一）` in 楷体 16 pt not bold (level 2), typed `1.` leads opening body paragraphs (body), two-paragraph 22 pt title, addressee, `特此报告。`, issuer/date; `— N —` page numbers right on odd, left on even pages; no header |",
    "| u02_lo_regulation.pdf | python-docx → LibreOffice, gwr 2015 | regulation (实施细则): 20 pt title + `（…审议通过）` note, centred bold `第一章　总则` chapters (level 1), `第一节` sections in one chapter (level 2), articles `第一条　…` with a bold label opening their paragraphs (body), header line `东川大学文件` left / `东大发〔2015〕18号` right, ruled (running); `第 N 页 共 M 页` footer |",
    "| u03_chromium_print.pdf | HTML page served under a mapped host → headless Chromium `--print-to-pdf` (browser header/footer on; date in en-US form, no zh_CN locale), gwr 2013 | web article printed from the browser: print date-time and `<title>` (`标题_东川新闻网`) at the top, URL and `N/3` at the bottom of every page (running); nav, breadcrumb, centred `<h1>`, info line, `<h2>` subheads (level 1), 责任编辑, 相关新闻 `<h3>` box, ICP footer |",
    "| u04_docx_wps_outline.docx | python-docx (+ outline levels, footnotes part, WPS app.xml), gwr 2016 | DOCX as WPS saves it: all paragraphs Normal, headings carry `w:outlineLvl` 0/1 directly in their `w:pPr` (bold 16/14 pt, `一、`/`（一）` typed), no heading styles; centred bold 22 pt Normal title, byline; company name in the header (running); a real footnote; `docProps/app.xml` names WPS Office |",
    "| u05_latex_chinese_sections.pdf | XeLaTeX + ctex (`ctexart` twoside, `\\ctexset`, `longtable`, `fancyhdr`), gwr 2014 | sections numbered `一、` and subsections `（一）` by `\\ctexset` (levels 1/2), `\\maketitle`, a 21-row `longtable` (caption, booktabs) over a page break with a `续表1` head, two footnotes, even headers the document name, odd headers the section `一、…` (running) |",
    "| u06_ocr_skewed_scan.pdf | python-docx → LibreOffice → `pdftoppm -r 200 -gray` → pages turned +0.9/−1.3/+0.6°, grey paper, specks → `ocrmypdf -l chi_sim` (no deskew), gwr 2017 | three crooked scanned pages: slanted OCR text lines, ruled running header (series name), `- N -` page numbers, 18 pt title, `一、` 15 pt bold sans (level 1), `（一）` 14 pt bold 楷体 (level 2); OCR spaces and errors |",
]

BUILDERS: dict[str, tuple[Any, int]] = {
    "u01_lo_gbt9704_report.pdf": (build_gbt9704, 2017),
    "u02_lo_regulation.pdf": (build_regulation, 2015),
    "u03_chromium_print.pdf": (build_chromium_print, 2013),
    "u04_docx_wps_outline.docx": (build_wps_outline, 2016),
    "u05_latex_chinese_sections.pdf": (build_chinese_sections, 2014),
    "u06_ocr_skewed_scan.pdf": (build_skewed_scan, 2017),
}


def main(argv: list[str] | None = None) -> int:
    return more.make_set(argv, __doc__, BUILDERS, "realdocs-made6", ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
