# ruff: noqa: E501  (OOXML snippets and the SOURCE.md rows are kept on one line each)
"""Make the k documents of ``realdocs-made23`` (k01-k06) with real tools, and their gold.

A twenty-third set of development documents, made blind (without looking at the
readers or running them): reports, papers and official documents as PDFs from
pipelines the earlier sets lack, and Word files with structures they lack; the
helpers of the earlier makers are reused. The texts come only from the public
government work reports 2013-2017 (../shared/data/gov-work-reports), whole paragraphs
(titles, headings, labels, names, dates, table cells, notes and furniture are written
here; people, places and companies are made up):

- ``k01_abiword_etherpad_report.pdf`` (gwr 2017): a 研究报告 drafted in a collaborative
  pad and exported to PDF the way Etherpad does it: the pad's HTML export (lines ended
  by ``<br>``, no ``<p>``, ``<h1>``-``<h3>`` from the headings plugin, ``<strong>``,
  typed 　　 indents, a blank line between paragraphs) converted by AbiWord 3.0
  (``abiword --to=pdf``, cairo 1.16): ``1``/``1.1`` headings on their own lines and a
  third level ``1.1.1　…`` run into its paragraph (bold label, text on the same line:
  body, not a heading), a 参考文献 list; no running header or footer;
- ``k02_pymupdf_policy_speech.pdf`` (gwr 2015): a 政府工作报告 as a policy-document
  library serves it for download, laid out from its stored HTML by PyMuPDF's ``Story``
  (MuPDF 1.28) with the fonts subset afterwards: centred title 政府工作报告, the
  occasion in brackets and the speaker line under it, 各位代表： address line,
  ``一、`` parts (黑体) and ``（一）`` sections (楷体), paragraphs opening with a
  bold ``一是…。`` / ``第一，…。`` or a bold lead sentence (body), 各位代表！ between the
  parts; the library's header and download-time footer on every page;
- ``k03_rl_cid_oa_export.pdf`` (gwr 2016): a 通知 exported from an office-automation
  (OA) system the way its Java PDF library does it (here reportlab 5.1 with the same
  font set-up): every string in the standard, non-embedded CID font ``STSong-Light``
  (Adobe-GB1, ``UniGB-UCS2-H``: no font in the file, no ``ToUnicode``), bold faked by
  text render mode 2 (fill and stroke); page 1 the 发文稿纸 (processing form: 签发, 核稿,
  拟稿 opinions with names and dates, the title in its 标题 cell), then the 正文: title in
  two lines, 主送 line, ``一、``/``（一）`` headings, signature and date; a footer with
  the platform, the printing user and time and ``第N页/共M页`` on every page;
- ``k04_docx_multilevel_chapters.docx`` (gwr 2013): a 专项规划研究报告 whose Heading
  1/2/3 styles are linked to one multilevel list (``第%1章`` followed by a space,
  ``%1.%2`` and ``%1.%2.%3`` followed by a tab, all decimal), so Word and LibreOffice
  print 第1章 / 1.1 / 1.1.1 that are in no run; a 前言 Heading 1 with the numbering
  switched off; a Title-style title; gold headings as stored, without the numbers;
- ``k05_docx_tof_landscape.docx`` (gwr 2014): a 经济运行监测分析报告 with a Word
  目录 (``TOC \\o``) and an 图表目录 (``TOC \\h \\z \\c "表"``: a list of the table
  captions) as cached field results, table captions ``表N`` numbered by ``SEQ``
  fields, a landscape section holding a 22-row table whose two heading rows repeat
  on every page (``w:tblHeader``), back to portrait; typed ``一、``/``（一）`` headings in
  Heading 1/2;
- ``k06_docx_html_altchunk.docx`` (gwr 2016): a 政务信息 issue exported by a web
  system's "导出Word" button through html-docx-js 0.3.1 (npm): the document body is one
  ``w:altChunk`` pointing to ``word/afchunk.mht``, an MHT (MIME) part holding the page's
  HTML (marked quoted-printable, with ``=`` written ``=3D`` and the UTF-8 text left
  raw); no styles, no core properties. Word shows the HTML; LibreOffice 7.4 opens it
  empty.

Gold is written from what each builder put in the document, decided as a reader reads
the printed page (never from reader output); titles, headings, passages, running lines
and boilerplate are checked against the printed text (``pdftotext -layout``; for k04
and k05 a LibreOffice rendering in a scratch folder, for k06, which LibreOffice does
not render, Chromium's print of the chunk's HTML and the HTML decoded from the MHT).
Needs LibreOffice Writer, AbiWord, Chromium, poppler-utils, poppler-data, node with
npm, the fonts of fonts-noto-cjk, fonts-wqy-zenhei and fonts-arphic-gbsn00lp/gkai00mp,
and python-docx, pypdf, reportlab and pymupdf in the Python that runs it. Run once;
the outputs are committed, so nothing else needs these tools. Made in a virtual
environment of its own:

    apt-get install --no-install-recommends abiword
    python3 -m venv /tmp/m23a-venv
    /tmp/m23a-venv/bin/pip install python-docx pypdf reportlab pymupdf
    /tmp/m23a-venv/bin/python eval/make_realdocs23_files.py [--out eval/data/realdocs-made23] [--only k01 ...]

(html-docx-js is installed with npm into a scratch folder by the k06 builder.)
"""

from __future__ import annotations

import html
import os
import quopri
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs4_files as prev4
import make_realdocs8_files as prev8
import make_realdocs20_files as prev20
import make_realdocs20_pages as prev20p
import make_realdocs22_files as prev22

MINE = ("k01_", "k02_", "k03_", "k04_", "k05_", "k06_")
Gold = dict[str, Any]
SERIF, SANS, KAI = prev20.SERIF, prev20.SANS, prev20.KAI
picks = prev20.picks
add_run, body_para = prev22.add_run, prev22.body_para
el, save, check_docx = prev22.el, prev22.save, prev22.check_docx
SONG_TTF = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"
KAI_TTF = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"
HEI_TTC = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
CHROMIUM = os.environ.get("CHROMIUM", "chromium")


def check_pdf(path: Path, gold: Gold, used: list[str], text: str | None = None) -> str:
    return prev20.check_pdf(path, gold, used, text)


def page_count(pdf: Path) -> int:
    return more.pages(pdf)


def gwr_lines(year: int) -> dict[int, str]:
    """The report's lines by their 1-based line number (zero-width characters dropped)."""
    src = (base.GWR / f"gwr_{year}.zh.txt").read_text(encoding="utf-8")
    return {
        k: re.sub("[\u200b-\u200d\ufeff]", "", ln).strip()
        for k, ln in enumerate(src.splitlines(), 1)
    }


def whole_line(lines: dict[int, str], k: int) -> str:
    """Line ``k``, asserted to be a whole paragraph: it ends a sentence and the line
    before it ends one too (or is a heading or an address line)."""
    p, prev = lines[k], lines.get(k - 1, "")
    assert p.endswith(("。", "！")), (k, p[-10:])
    assert prev.endswith(("。", "！", "：")) or re.match(r"^[一二三四五六七八九十]、", prev), (
        k,
        prev[-10:],
    )
    return p


# ------------------------------------------- k01 Etherpad HTML -> AbiWord PDF

K01_TITLE = "新旧动能转换背景下澄州市产业转型升级研究报告"
K01_BY = "澄州市发展研究中心课题组　　2017年6月"
K01_PAD = "czfz-yjbg-2017-cyzx"
# (section, paragraphs, [(subsection, paragraphs, [(run-in label, paragraph)])])
K01_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int], list[tuple[str, int]]]]]] = [
    ("1　引言", [0, 1], []),
    (
        "2　结构调整与重点改革进展",
        [2],
        [
            (
                "2.1　重点领域改革",
                [],
                [("2.1.1　财税领域", 13), ("2.1.2　国企国资", 14), ("2.1.3　产权保护", 15)],
            ),
            ("2.2　有效投资与区域格局", [18, 19], []),
        ],
    ),
    (
        "3　新动能培育",
        [20],
        [
            ("3.1　新兴产业", [], [("3.1.1　产业培育", 21), ("3.1.2　监管方式", 22)]),
            ("3.2　传统产业改造与创业创新", [23, 24], []),
        ],
    ),
    (
        "4　农业农村领域的转型",
        [],
        [("4.1　结构与改革", [], [("4.1.1　结构调整", 25), ("4.1.2　农村改革", 27)])],
    ),
    ("5　结论", [43], []),
]
K01_KEEP = {0, 14, 19, 22, 43}
K01_REFS = [
    "[1] 国务院. 政府工作报告（2017年）[R]. 北京：人民出版社，2017.",
    "[2] 澄州市统计局. 澄州市2016年国民经济和社会发展统计公报[R]. 2017.",
    "[3] 周立衡，许静. 产业转型升级的路径与政策[J]. 澄州社会科学，2016（4）：21-29.",
]


def k01_html(paras: list[str]) -> tuple[str, list[dict[str, Any]], list[str]]:
    """The pad as Etherpad's HTML export writes it (headings plugin, no <p>)."""
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    out = [f"<h1>{K01_TITLE}</h1>", f"{K01_BY}<br>", "<br>"]

    def line(text: str, lead: str = "") -> None:
        bold = f"<strong>{html.escape(lead)}</strong>　" if lead else ""
        out.append(f"　　{bold}{html.escape(text)}<br>")
        out.append("<br>")

    for h2, idx, subs in K01_OUTLINE:
        out.append(f"<h2>{h2}</h2>")
        heads.append({"text": h2, "level": 1})
        for i in idx:
            line(paras[i])
            used.append(paras[i])
        for h3, idx3, runs in subs:
            out.append(f"<h3>{h3}</h3>")
            heads.append({"text": h3, "level": 2})
            for i in idx3:
                line(paras[i])
                used.append(paras[i])
            for lead, i in runs:
                line(paras[i], lead)
                used.append(paras[i])
    out.append("<h2>参考文献</h2>")
    heads.append({"text": "参考文献", "level": 1})
    out += [f"{html.escape(r)}<br>" for r in K01_REFS]
    page = (
        f'<!DOCTYPE HTML><html><head><title>{K01_PAD}</title><meta name="changedby" content="Etherpad">'
        '<meta charset="utf-8"><style>\nol{list-style-type:decimal}\nul.indent{list-style-type:none}\n</style>'
        "</head><body>" + "\n".join(out) + "\n</body></html>\n"
    )
    return page, heads, used


def build_abiword_report(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    page, heads, used = k01_html(paras)
    src = path.with_suffix(".html")
    src.write_text(page, encoding="utf-8")
    subprocess.run(
        ["abiword", f"--to={path}", str(src)], check=True, capture_output=True, timeout=300
    )
    assert path.exists(), path
    n = page_count(path)
    assert 2 <= n <= 6, f"{path.name}: {n} pages"
    gold: Gold = {
        "title": K01_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, K01_KEEP),
        "running": [],
        "must_not_have": [],
        "note": "",
    }
    text = check_pdf(path, gold, used)
    leads = [lead for _, _, subs in K01_OUTLINE for _, _, runs in subs for lead, _ in runs]
    for lead in leads:  # each run-in label shares its line with the paragraph's text
        lines = [more.squash(ln) for ln in text.splitlines()]
        assert any(ln.startswith(more.squash(lead)) and len(ln) > len(lead) + 10 for ln in lines), (
            lead
        )
    gold["note"] = (
        f"{n} pages, a 研究报告 drafted in a collaborative pad and exported as Etherpad does: "
        "its HTML export (lines ended by <br>, no <p>, headings from the headings plugin as "
        "<h1>-<h3>, <strong> runs, indents typed as two ideographic spaces (dropped by "
        "AbiWord's import), a blank line between paragraphs) converted by AbiWord 3.0.5 (abiword --to=pdf, cairo 1.16; "
        "fonts chosen by fontconfig: WenQuanYi Zen Hei for regular Chinese, Liberation for "
        "Latin, and for bold Chinese (title, headings, run-in labels) an OpenType CFF CJK "
        "face that cairo embeds as CairoFont-0-1, a name that does not say bold); "
        "no header or footer. The <h1> is the title; the byline 课题组 and date under it "
        f"is metadata (unscored); the pad name {K01_PAD} is only the HTML <title> "
        "(not printed; unscored). Headings 1 … (<h2>, level 1) and 1.1 … (<h3>, level 2) on "
        "their own lines; 参考文献 (<h2>) is level 1 and its three [n] entries unscored. "
        "The third level is run in: a bold label 2.1.1　财税领域 etc. opening the paragraph, "
        "the text following on the same line: judged part of the body paragraph, not a "
        "heading (a run-in head names no section of its own lines, as in t04's "
        "\\paragraph leads; y06 took short LaTeX \\paragraph phrases as level 3, which a "
        "reader could argue here too, so a reader that lists them pays only in extra "
        "headings); the passages are the report paragraphs' own first 18 characters, so "
        "they hold whether or not a reader keeps the label with its paragraph (two of "
        "them follow a run-in label)"
    )
    return gold


# ------------------------------------------------ k02 PyMuPDF Story speech

K02_TITLE = "政府工作报告"
K02_OCCASION = "（2015年1月20日在澄州市第十五届人民代表大会第五次会议上）"
K02_SPEAKER = "澄州市人民政府市长　林国栋"
K02_ADDRESS = "各位代表："
K02_HEADER = "澄州市政策法规文件库"
K02_FOOTER = "本文由澄州市政策法规文件库生成　下载时间：2017-03-20 10:15:42"
# (part, paragraphs (gwr 2015 line numbers), [(section, paragraphs)]); 29 is 各位代表！
K02_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]]]] = [
    ("一、过去一年政府工作回顾", [7, 9, 13, 18, 23, 29], []),
    ("二、今年工作的总体部署", [36, 39, 40, 45], []),
    (
        "三、深化改革扩大开放",
        [49],
        [("（一）加快重点领域改革", [53]), ("（二）构建开放型经济新体制", [59, 60])],
    ),
]
K02_OPENING = 2
K02_KEEP = {2, 9, 40, 53, 60}
K02_CSS = """
@font-face {font-family: song; src: url(gbsn00lp.ttf);}
@font-face {font-family: kai; src: url(gkai00mp.ttf);}
@font-face {font-family: hei; src: url(wqy-zenhei.ttc);}
body {font-family: song; font-size: 12pt; line-height: 1.7;}
p {text-align: justify; text-indent: 2em; margin: 0;}
b {font-family: hei; font-weight: normal;}
h1 {font-family: hei; font-size: 26pt; font-weight: normal; text-align: center; margin: 6pt 0 14pt 0;}
p.occasion {font-family: kai; font-size: 14pt; text-align: center; text-indent: 0; margin: 0 0 6pt 0;}
p.speaker {font-family: kai; font-size: 14pt; text-align: center; text-indent: 0; margin: 0 0 18pt 0;}
p.address {text-indent: 0; margin: 4pt 0 0 0;}
h2 {font-family: hei; font-size: 16pt; font-weight: normal; text-indent: 2em; margin: 14pt 0 6pt 0;}
h3 {font-family: kai; font-size: 14pt; font-weight: normal; text-indent: 2em; margin: 8pt 0 4pt 0;}
"""


def bold_lead(p: str) -> tuple[str, str]:
    """The bold opener of a speech paragraph: 一是…。 / 第一，…。 or a short lead
    sentence (up to 16 characters), else none."""
    cut = p.find("。") + 1
    if re.match(r"^([一二三四五六七八九]是|第[一二三四五六七八九]，)", p) or 0 < cut <= 16:
        return p[:cut], p[cut:]
    return "", p


def k02_html(lines: dict[int, str]) -> tuple[str, list[dict[str, Any]], list[str]]:
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    out = [
        f"<h1>{K02_TITLE}</h1>",
        f'<p class="occasion">{K02_OCCASION}</p>',
        f'<p class="speaker">{K02_SPEAKER}</p>',
        f'<p class="address">{K02_ADDRESS}</p>',
    ]

    def para(k: int) -> None:
        p = whole_line(lines, k)
        if p == "各位代表！":
            out.append(f'<p class="address">{p}</p>')
            return
        lead, rest = bold_lead(p)
        out.append(
            f"<p><b>{html.escape(lead)}</b>{html.escape(rest)}</p>"
            if lead
            else f"<p>{html.escape(p)}</p>"
        )
        used.append(p)

    para(K02_OPENING)
    for h2, idx, subs in K02_OUTLINE:
        out.append(f"<h2>{h2}</h2>")
        heads.append({"text": h2, "level": 1})
        for k in idx:
            para(k)
        for h3, idx3 in subs:
            out.append(f"<h3>{h3}</h3>")
            heads.append({"text": h3, "level": 2})
            for k in idx3:
                para(k)
    return "<body>" + "\n".join(out) + "</body>", heads, used


def story_pdf(page_html: str, css: str, path: Path) -> None:
    """Lay the HTML out on A4 pages with PyMuPDF's Story, put the library's header and
    footer on every page, and subset the fonts (as a server that makes such files must)."""
    import pymupdf

    arch = pymupdf.Archive()
    for f in (SONG_TTF, KAI_TTF, HEI_TTC):
        arch.add(os.path.dirname(f))
    story = pymupdf.Story(html=page_html, user_css=css, archive=arch)
    raw = path.with_suffix(".story.pdf")
    writer = pymupdf.DocumentWriter(str(raw))
    page, where, more_ = pymupdf.paper_rect("a4"), pymupdf.Rect(72, 86, 523, 770), True
    while more_:
        dev = writer.begin_page(page)
        more_, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = pymupdf.open(str(raw))
    n = doc.page_count
    for k, pg in enumerate(doc, 1):
        pg.insert_font(fontname="song", fontfile=SONG_TTF)
        pg.insert_text((72, 56), K02_HEADER, fontname="song", fontsize=9, color=(0.35, 0.35, 0.35))
        pg.draw_line((72, 62), (523, 62), color=(0.5, 0.5, 0.5), width=0.5)
        pg.insert_text((72, 800), K02_FOOTER, fontname="song", fontsize=8, color=(0.35, 0.35, 0.35))
        pg.insert_text(
            (470, 800),
            f"第 {k} 页 共 {n} 页",
            fontname="song",
            fontsize=8,
            color=(0.35, 0.35, 0.35),
        )
    doc.subset_fonts()
    doc.save(str(path), garbage=4, deflate=True, no_new_id=True)
    doc.close()
    raw.unlink()


def build_story_speech(path: Path, year: int) -> Gold:
    lines = gwr_lines(year)
    page_html, heads, used = k02_html(lines)
    story_pdf(page_html, K02_CSS, path)
    n = page_count(path)
    assert 2 <= n <= 6, f"{path.name}: {n} pages"
    must = [base.clause(p) for p in used if p in {lines[k] for k in K02_KEEP}]
    assert len(must) == len(K02_KEEP)
    gold: Gold = {
        "title": K02_TITLE,
        "headings": heads,
        "must_have": must,
        "running": [K02_HEADER, K02_FOOTER],
        "must_not_have": [],
        "note": "",
    }
    check_pdf(path, gold, used)
    gold["note"] = (
        f"{n} pages, a 政府工作报告 as a policy-document library serves it for download: its "
        "stored HTML laid out on A4 by PyMuPDF's Story (MuPDF 1.28; AR PL SungtiL GB body, "
        "WenQuanYi Zen Hei for the title, parts and bold leads, AR PL KaitiM GB for the "
        "occasion, speaker and sections; fonts subset), the library's name over a rule "
        "and a footer with the download time and 第 N 页 共 M 页 added to every page "
        "(name and download line running). The title 政府工作报告 (26 pt, centred) is the "
        "title as printed, though short and generic; the bracketed occasion line (the "
        "date and the congress) and the speaker line under it are metadata (unscored, "
        "neither title nor body); 各位代表： opening the speech and 各位代表！ between the "
        "parts are address lines (unscored: neither heading nor passage). Parts 一、… "
        "(16 pt 黑体, indented like the body: level 1) and sections （一）… (14 pt 楷体, "
        "not bold: level 2). Paragraphs opening with a bold 一是…。 / 二是…。 / 第一，…。 or a "
        "bold lead sentence (不失时机加快价格改革。, in 黑体 at the body size) are body "
        "paragraphs, the opener included (not headings: the enumeration runs inside the "
        "part's text, as the national reports print it); four of the five passages open with "
        "one. The PDF has no /Title (not set by the library)"
    )
    return gold


# ------------------------------------------ k03 OA export, non-embedded STSong-Light

K03_TITLE = ("澄州市人民政府办公室关于做好2016年", "稳增长调结构重点工作的通知")
K03_NO = "澄政办发〔2016〕31号"
K03_FORM = "澄州市人民政府办公室发文稿纸"
K03_TO = "各县（市、区）人民政府，市政府各部门："
K03_PREAMBLE = "经市政府同意，现就做好2016年稳增长调结构重点工作通知如下："
K03_SIGN = ("澄州市人民政府办公室", "2016年4月8日")
K03_FOOTER = "澄州市协同办公平台　打印人：王敏　打印时间：2016-04-09 16:22:05"
# the form's rows: (label, value lines); the opinions are furniture
K03_ROWS: list[tuple[str, list[str]]] = [
    ("签　　发", ["同意印发。", "周明远　2016-04-07 09:12"]),
    ("会　　签", ["市发展改革委：无意见。　刘建华　2016-04-06 15:40"]),
    ("核　　稿", ["已核，呈周秘书长审签。", "陈　晓　2016-04-06 11:05"]),
    ("拟稿单位", ["市政府办公室综合一处　　拟稿人：王敏　　电话：6882315"]),
    ("标　　题", ["".join(K03_TITLE)]),
    ("主　　送", [K03_TO.rstrip("：")]),
    ("抄　　送", ["市委办公室，市人大常委会办公室，市政协办公室"]),
    ("发文字号", [K03_NO + "　　密级：无　　缓急：平件　　印数：120份"]),
]
K03_OPINIONS = ["已核，呈周秘书长审签。", "市发展改革委：无意见。"]
# (level-1 heading, paragraphs, [(level-2 heading, paragraphs)])
K03_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]]]] = [
    (
        "一、实施积极有效的宏观政策",
        [13],
        [("（一）加大财政政策力度", [14, 15]), ("（二）保持货币政策灵活适度", [16])],
    ),
    ("二、推进结构性改革", [17, 18], []),
    (
        "三、促进区域协调和农业农村发展",
        [],
        [
            ("（一）优化区域发展格局", [19]),
            ("（二）夯实农业农村基础", [20, 21]),
            ("（三）打好脱贫攻坚战", [22]),
        ],
    ),
    ("四、保障和改善民生", [29, 30], []),
    ("五、加强组织实施", [33, 35], []),
]
K03_KEEP = {13, 15, 18, 22, 35}
PUNCT_NO_START = "，。、；：？！）》”’"


class OaCanvas:
    """A page writer in the manner of a Java OA system's PDF export: one standard CID font
    (not embedded), lines broken by the program, bold by text render mode 2, the footer
    on every page (``total``: the page count, known from a first run)."""

    W, H = 595.28, 841.89
    LEFT, RIGHT, TOP, BOTTOM = 79.0, 516.0, 72.0, 90.0

    def __init__(self, path: Path, total: int) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        self.metrics = pdfmetrics
        self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        self.c.setCreator("OA-Export")
        self.y = self.H - self.TOP
        self.page, self.total = 1, total

    def width(self, s: str, size: float) -> float:
        return self.metrics.stringWidth(s, "STSong-Light", size)

    def text(self, x: float, y: float, s: str, size: float, bold: bool = False) -> None:
        t = self.c.beginText(x, y)
        t.setFont("STSong-Light", size)
        if bold:
            self.c.setLineWidth(size / 30)
            t.setTextRenderMode(2)
        t.textOut(s)
        if bold:
            t.setTextRenderMode(0)
        self.c.drawText(t)

    def footer(self) -> None:
        self.text(self.LEFT, 48, K03_FOOTER, 8)
        s = f"第{self.page}页/共{self.total}页"
        self.text(self.RIGHT - self.width(s, 8), 48, s, 8)

    def new_page(self) -> None:
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.TOP

    def finish(self) -> int:
        self.footer()
        self.c.save()
        return self.page

    def need(self, h: float) -> None:
        if self.y - h < self.BOTTOM:
            self.new_page()

    def lines(self, s: str, size: float, first: float) -> list[str]:
        """Greedy breaking at the column width; a closing mark may hang past it."""
        out, cur, avail = [], "", self.RIGHT - self.LEFT - first
        for ch in s:
            if cur and self.width(cur + ch, size) > avail and ch not in PUNCT_NO_START:
                out.append(cur)
                cur, avail = "", self.RIGHT - self.LEFT
            cur += ch
        return [*out, cur] if cur else out

    def para(
        self,
        s: str,
        size: float = 14,
        indent: float = 2,
        lead: float = 1.75,
        bold: bool = False,
        align: str = "left",
        before: float = 0,
    ) -> None:
        self.y -= before
        first = indent * size if align == "left" else 0
        for k, ln in enumerate(self.lines(s, size, first)):
            self.need(size * lead)
            self.y -= size * lead
            w = self.width(ln, size)
            x = {
                "left": self.LEFT + (first if k == 0 else 0),
                "center": (self.LEFT + self.RIGHT - w) / 2,
                "right": self.RIGHT - w - 2 * size,
            }[align]
            self.text(x, self.y, ln, size, bold)


def k03_pdf(
    path: Path, paras: list[str], total: int
) -> tuple[list[dict[str, Any]], list[str], int]:
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    oa = OaCanvas(path, total)
    c = oa.c
    # page 1: the processing form
    oa.para(K03_FORM, 20, 0, 1.6, True, "center")
    oa.y -= 18
    label_w = 86.0
    c.setLineWidth(0.8)
    for label, values in K03_ROWS:
        h = 26.0 + 18.0 * max(len(values), 3 if label in ("签　　发", "核　　稿") else 1)
        c.setLineWidth(0.8)
        c.rect(oa.LEFT, oa.y - h, oa.RIGHT - oa.LEFT, h)
        c.line(oa.LEFT + label_w, oa.y, oa.LEFT + label_w, oa.y - h)
        oa.text(oa.LEFT + 14, oa.y - h / 2 - 4, label, 12, True)
        for k, v in enumerate(values):
            oa.text(oa.LEFT + label_w + 10, oa.y - 22 - 18 * k, v, 11 if len(v) > 28 else 12)
        oa.y -= h
    assert oa.y > oa.BOTTOM
    oa.new_page()
    # the 正文
    for k, part in enumerate(K03_TITLE):
        oa.para(part, 22, 0, 1.5, True, "center", 8 if k == 0 else 0)
    oa.y -= 16
    oa.para(K03_TO, 14, 0, 1.75)
    oa.para(K03_PREAMBLE, 14, 2, 1.75)
    for h1, idx, subs in K03_OUTLINE:
        oa.need(60)
        oa.para(h1, 15, 2, 1.75, True, before=4)
        heads.append({"text": h1, "level": 1})
        for i in idx:
            oa.para(paras[i])
            used.append(paras[i])
        for h2, idx2 in subs:
            oa.need(60)
            oa.para(h2, 14, 2, 1.75, True)
            heads.append({"text": h2, "level": 2})
            for i in idx2:
                oa.para(paras[i])
                used.append(paras[i])
    oa.y -= 28
    for s_ in K03_SIGN:
        oa.para(s_, 14, 0, 1.75, align="right")
    return heads, used, oa.finish()


def build_oa_export(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    _, _, n = k03_pdf(path, paras, 0)
    heads, used, n2 = k03_pdf(path, paras, n)
    assert n == n2 and 3 <= n <= 6, f"{path.name}: {n} pages"
    gold: Gold = {
        "title": "".join(K03_TITLE),
        "headings": heads,
        "must_have": picks(paras, used, K03_KEEP),
        "running": [K03_FOOTER],
        "must_not_have": list(K03_OPINIONS),
        "note": "",
    }
    check_pdf(path, gold, used)
    fonts = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout
    assert "STSong-Light" in fonts and " no " in fonts.splitlines()[2], fonts
    gold["note"] = (
        f"{n} pages, a 通知 exported from an OA system the way its Java PDF library does "
        "(made with reportlab 5.1 set up the same way): every string in the standard CID "
        "font STSong-Light (Adobe-GB1, UniGB-UCS2-H encoding), not embedded and without a "
        "ToUnicode map, so a reader must map the codes through the CMap (poppler-data does "
        "for pdftotext) and a viewer substitutes a face of its own (poppler a sans); the "
        "file also lists the standard Helvetica, unused; bold is faked by text render "
        "mode 2 (fill and stroke); lines broken by the program, ragged right. Page 1 is the "
        f"发文稿纸 (processing form, ruled rows): the form's name {K03_FORM} (20 pt, not the "
        "title: unscored), the 签发/会签/核稿 opinions with names and times (two of them "
        "must_not_have; the rest unscored), 拟稿单位, the title in its 标题 cell, 主送, 抄送 "
        "and 发文字号 rows (unscored). The 正文 from page 2: the title in two centred lines "
        "(22 pt, one title, joined), the 主送 line and the one-line preamble 经市政府同意… "
        "(neither heading nor passage: unscored), 一、 headings (15 pt fake bold, level 1) "
        "and （一） headings (14 pt fake bold, level 2) on their own lines, 14 pt body with a "
        "two-character indent, the signature and date right-aligned (metadata). The footer "
        "line with the platform, the printing user and the print time is running on every "
        "page (第N页/共M页 beside it not listed)"
    )
    return gold


# ------------------------------------------- k04 DOCX headings on a multilevel list

K04_TITLE = "澄州市社会事业发展专项规划研究报告"
K04_BY = ("澄州市发展和改革委员会", "2013年5月")
K04_HEADER = "社会事业发展专项规划研究"
# (chapter, paragraphs, [(section, paragraphs, [(subsection, paragraphs)])]); the
# chapter None is the unnumbered 前言
K04_OUTLINE: list[
    tuple[str, list[int], list[tuple[str, list[int], list[tuple[str, list[int]]]]]]
] = [
    ("前言", [9], []),
    (
        "发展基础",
        [0, 1],
        [("科技与文化", [], [("自主创新", [3]), ("文化建设", [4])]), ("对外交往与合作", [7], [])],
    ),
    ("总体要求", [10, 11], [("扩大内需", [13], []), ("区域协调与城镇化", [14, 15], [])]),
    (
        "主要任务",
        [16],
        [
            ("就业与社会保障", [], [("扩大就业", [17]), ("完善社会保障", [18])]),
            ("医疗、人口与住房", [], [("医药卫生", [19]), ("人口政策", [20]), ("住房保障", [21])]),
            ("教育与科技", [22, 23], []),
        ],
    ),
    ("保障措施", [24, 25], []),
]
K04_KEEP = {9, 1, 15, 19, 25}


def k04_numbering(d: Any) -> None:
    """One multilevel list linked to Heading 1-3 (as Word's 定义新的多级列表 with 将级别链接
    到样式 writes it): 第%1章 + space, %1.%2 + tab, %1.%2.%3 + tab, all decimal."""
    numbering = d.part.numbering_part.element
    lvls = [
        ("第%1章", "Heading1", "space", 0, 0),
        ("%1.%2", "Heading2", "tab", 567, 567),
        ("%1.%2.%3", "Heading3", "tab", 709, 709),
    ]
    body = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        + ("" if k == 0 else f'<w:lvlRestart w:val="{k}"/>')
        + f'<w:pStyle w:val="{style}"/><w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr></w:lvl>'
        for k, (text, style, suff, left, hang) in enumerate(lvls)
    )
    absnum = el(
        '<w:abstractNum w:abstractNumId="23"><w:nsid w:val="5C2A3E11"/><w:multiLevelType w:val="multilevel"/>'
        f'<w:tmpl w:val="0409001F"/>{body}</w:abstractNum>'
    )
    first_num = numbering.find(absnum.tag.replace("abstractNum", "num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(el('<w:num w:numId="23"><w:abstractNumId w:val="23"/></w:num>'))
    for k, name in enumerate(("Heading 1", "Heading 2", "Heading 3")):
        num_pr = d.styles[name].element.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = k
        num_pr.get_or_add_numId().val = 23


def build_multilevel_docx(path: Path, year: int) -> Gold:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paras = third.whole(year, None)
    d = prev8.docx_base(SERIF, 12, (2.54, 2.54, 3.0, 2.6))
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    for name, size, font in (
        ("Heading 1", 16, SANS),
        ("Heading 2", 14, SANS),
        ("Heading 3", 12, SANS),
    ):
        st = d.styles[name]
        more.cjk_font(st, font, size)
        st.font.bold, st.font.italic = True, False
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 8)
        st.paragraph_format.space_after = Pt(6 if name == "Heading 1" else 4)
        st.paragraph_format.line_spacing = 1.3
    title = d.styles["Title"]
    more.cjk_font(title, SANS, 22)
    title.font.bold, title.font.color.rgb = True, RGBColor(0, 0, 0)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    k04_numbering(d)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, K04_HEADER, 9, False, KAI)
    more.border(hp, "bottom", "000000", 4)
    prev4.page_footer(sec.footer.paragraphs[0], "", "")
    d.core_properties.title = K04_TITLE
    d.add_paragraph(K04_TITLE, style="Title")
    for k, s in enumerate(K04_BY):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if k == 1:
            p.paragraph_format.space_after = Pt(18)
        add_run(p, s, 14, False, KAI)
    heads: list[dict[str, Any]] = []
    shown: list[str] = []  # each heading as printed, its list number before it
    used: list[str] = []

    def put(idx: list[int]) -> None:
        for i in idx:
            body_para(d, paras[i])
            used.append(paras[i])

    ch = 0
    for h1, idx1, secs in K04_OUTLINE:
        p = d.add_paragraph(h1, style="Heading 1")
        if h1 == "前言":  # numbering switched off for this paragraph only
            p._p.get_or_add_pPr().append(
                el('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>')
            )
            heads.append({"text": h1, "level": 1})
            shown.append(h1)
        else:
            ch += 1
            heads.append({"text": h1, "level": 1})
            shown.append(f"第{ch}章 {h1}")
        put(idx1)
        for s2, (h2, idx2, subs) in enumerate(secs, 1):
            d.add_paragraph(h2, style="Heading 2")
            heads.append({"text": h2, "level": 2})
            shown.append(f"{ch}.{s2} {h2}")
            put(idx2)
            for s3, (h3, idx3) in enumerate(subs, 1):
                d.add_paragraph(h3, style="Heading 3")
                heads.append({"text": h3, "level": 3})
                shown.append(f"{ch}.{s2}.{s3} {h3}")
                put(idx3)
    save(d, path)
    gold: Gold = {
        "title": K04_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, K04_KEEP),
        "running": [K04_HEADER],
        "must_not_have": [],
        "note": "",
    }
    text, n = check_docx(path, gold, used)
    assert 3 <= n <= 6, f"{path.name}: {n} pages"
    printed = [more.squash(ln) for ln in text.splitlines()]
    for h in shown:  # each heading printed on a line of its own, number and all
        assert more.squash(h) in printed, h
    with zipfile.ZipFile(path) as z:
        doc_xml = z.read("word/document.xml").decode("utf-8")
    assert "第1章" not in doc_xml and "1.1" not in re.sub(r"<[^>]+>", "", doc_xml)
    gold["note"] = (
        f"a DOCX ({n} pages in LibreOffice), a 专项规划研究报告: Heading 1/2/3 (bold sans "
        "16/14/12 pt) linked through their styles to one multilevel list in numbering.xml "
        "(as Word's 定义新的多级列表 with 将级别链接到样式 writes it): level 1 第%1章 followed "
        "by a space, level 2 %1.%2 and level 3 %1.%2.%3 followed by a tab, all decimal, "
        "levels 2 and 3 restarting under their parent. The numbers are printed by Word and "
        "LibreOffice but are in no w:t of the file. Gold headings are as stored, without the "
        "generated numbers (发展基础, 科技与文化, 自主创新), the convention of the earlier "
        "DOCX gold (made7's v02, made17's a01, made11's d01/d03; a PDF of such a file "
        "prints the numbers, and its gold has them); the maker first wrote them with the "
        "numbers, changed to this convention before the set was first scored. The "
        "first Heading 1 前言 has its numbering switched off in its own w:pPr (w:numId 0): "
        "printed without a number, and it does not use up 第1章 (level 1). The Title-styled "
        "title (also the core title); the organisation and date lines under it are "
        "metadata; the 楷体 header (ruled) is running; PAGE footers not listed"
    )
    return gold


# ------------------------------------- k05 DOCX 目录 + 图表目录, landscape long table

K05_TITLE = "2014年上半年澄州市经济运行监测分析报告"
K05_BY = "澄州市统计局　　2014年8月"
K05_HEADER = "澄州市经济运行监测分析"
K05_NOTE = "注：项目按总投资排序，完成率为1-7月完成投资占年度计划投资的比重。"
SEQ_TABLE = "SEQ 表 \\* ARABIC"
K05_TAB = 8800  # the right tab of the contents lines (twips, portrait text width)
# (level-1 heading, paragraphs, [(level-2 heading, paragraphs)], table after it)
K05_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]], int]] = [
    ("一、总体运行情况", [0, 2], [], 1),
    (
        "二、主要领域运行分析",
        [],
        [("（一）农业和工业", [3, 4]), ("（二）基础设施和创新", [5, 6])],
        2,
    ),
    ("三、对外开放", [26, 27], [], 0),
    ("四、重点项目推进情况", [32], [], 3),
    ("五、下一步工作建议", [37, 38, 43], [], 0),
]
K05_KEEP = {0, 4, 27, 32, 43}
K05_CAPTIONS = {
    1: "2014年上半年主要经济指标",
    2: "规模以上工业分行业增加值",
    3: "2014年市级重点建设项目推进情况",
}
K05_SMALL = {
    1: [
        ("指标", "单位", "绝对量", "同比增长（%）"),
        ("地区生产总值", "亿元", "1286.4", "8.1"),
        ("规模以上工业增加值", "亿元", "512.7", "9.6"),
        ("固定资产投资", "亿元", "903.2", "17.4"),
        ("社会消费品零售总额", "亿元", "466.8", "12.3"),
    ],
    2: [
        ("行业", "增加值（亿元）", "同比增长（%）", "占比（%）"),
        ("装备制造业", "143.2", "11.8", "27.9"),
        ("食品加工业", "88.5", "7.2", "17.3"),
        ("电子信息业", "76.1", "16.4", "14.8"),
        ("建材业", "52.9", "3.1", "10.3"),
    ],
}
K05_PLACES = ["城东区", "城西区", "滨江新区", "青阳县", "石门县", "临溪县"]
K05_KINDS = [
    ("港区二期码头工程", "市交通运输局"),
    ("城市轨道交通1号线", "市轨道交通集团"),
    ("滨江污水处理厂扩建", "市住房城乡建设局"),
    ("中心医院新院区", "市卫生计生委"),
    ("保障性住房三期", "市住房城乡建设局"),
    ("工业园区标准厂房", "市经济和信息化委"),
    ("农村公路提质改造", "市交通运输局"),
    ("职业教育园区", "市教育局"),
    ("高标准农田建设", "市农业委员会"),
    ("城乡供水一体化", "市水务局"),
    ("电子信息产业园", "市商务局"),
    ("物流园区一期", "市发展改革委"),
]


def k05_rows() -> list[tuple[str, ...]]:
    """22 made-up project rows: 序号, 项目名称, 建设地点, 总投资, 年度计划, 1-7月完成,
    完成率, 责任单位."""
    rows = []
    for k in range(22):
        name, unit = K05_KINDS[k % len(K05_KINDS)]
        place = K05_PLACES[(k * 5) % len(K05_PLACES)]
        total = 96.0 - k * 2.35
        plan = round(total * (0.18 + (k % 5) * 0.03), 1)
        done = round(plan * (0.42 + (k * 7 % 11) * 0.035), 1)
        rows.append(
            (
                str(k + 1),
                f"{place}{name}",
                place,
                f"{total:.1f}",
                f"{plan:.1f}",
                f"{done:.1f}",
                f"{done / plan * 100:.1f}",
                unit,
            )
        )
    return rows


def bookmark(p: Any, name: str, bid: int) -> None:
    """A bookmark round the paragraph's runs (what a TOC or TOF entry links to)."""
    p._p.insert(
        1 if p._p.pPr is not None else 0, el(f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>')
    )
    p._p.append(el(f'<w:bookmarkEnd w:id="{bid}"/>'))


def field_runs(instr: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:rPr><w:noProof/></w:rPr><w:t>{result}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def toc_paras(instr: str, entries: list[tuple[str, str, str, int]]) -> list[Any]:
    """A TOC field's cached result, one paragraph an entry (``style``, text, bookmark,
    page): a hyperlink to the bookmark, the text, a dot-leader tab, a PAGEREF field."""
    out = []
    hid = "<w:rPr><w:noProof/><w:webHidden/></w:rPr>"
    for k, (style, text, anchor, page) in enumerate(entries):
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {html.escape(instr, quote=False)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        )
        link = (
            f'<w:hyperlink w:anchor="{anchor}" w:history="1">'
            f'<w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:noProof/></w:rPr><w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>'
            f"<w:r>{hid}<w:tab/></w:r>"
            f'<w:r>{hid}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{hid}<w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
            f'<w:r>{hid}<w:fldChar w:fldCharType="separate"/></w:r>'
            f"<w:r>{hid}<w:t>{page}</w:t></w:r>"
            f'<w:r>{hid}<w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if k == len(entries) - 1 else ""
        out.append(
            el(
                f'<w:p><w:pPr><w:pStyle w:val="{style}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{K05_TAB}"/></w:tabs>'
                f"<w:rPr><w:noProof/></w:rPr></w:pPr>{begin if k == 0 else ''}{link}{end}</w:p>"
            )
        )
    return out


def k05_styles(d: Any) -> None:
    """toc 1/toc 2, table of figures and Hyperlink styles where the template lacks them."""
    have = {s.style_id for s in d.styles}
    for sid, xml in (
        (
            "TOC1",
            '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:before="60" w:after="60"/></w:pPr></w:style>',
        ),
        (
            "TOC2",
            '<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="40"/><w:ind w:leftChars="200" w:left="420"/></w:pPr></w:style>',
        ),
        (
            "TableofFigures",
            '<w:style w:type="paragraph" w:styleId="TableofFigures"><w:name w:val="table of figures"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="40"/><w:ind w:leftChars="200" w:left="840" w:hangingChars="200" w:hanging="420"/></w:pPr></w:style>',
        ),
        (
            "Hyperlink",
            '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>',
        ),
    ):
        if sid not in have:
            d.styles.element.append(el(xml))


def k05_docx(
    paras: list[str], pages: dict[str, int]
) -> tuple[Any, list[dict[str, Any]], list[str], list[str]]:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    d = prev8.docx_base(SERIF, 12, (2.54, 2.54, 2.8, 2.6))
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    for name, size, font in (("Heading 1", 15, SANS), ("Heading 2", 13, KAI)):
        st = d.styles[name]
        more.cjk_font(st, font, size)
        st.font.bold, st.font.italic = True, False
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(10)
        st.paragraph_format.space_after = Pt(4)
    cap = d.styles["Caption"]
    more.cjk_font(cap, SANS, 10.5)
    cap.font.bold, cap.font.italic, cap.font.color.rgb = True, False, RGBColor(0, 0, 0)
    cap.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cap.paragraph_format.space_before, cap.paragraph_format.space_after = Pt(6), Pt(4)
    k05_styles(d)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(hp, K05_HEADER, 9, False, KAI)
    more.border(hp, "bottom", "000000", 4)
    prev4.page_footer(sec.footer.paragraphs[0], "第 ", " 页")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(24)
    add_run(p, K05_TITLE, 20, True, SANS)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(18)
    add_run(p, K05_BY, 12, False, KAI)
    # contents and list of tables, filled in once the pages are known
    heads: list[dict[str, Any]] = []
    toc: list[tuple[str, str, str, int]] = []
    for k, (h1, _, subs, _) in enumerate(K05_OUTLINE):
        toc.append(("TOC1", h1, f"_Toc39421{k}0", pages.get(h1, 1)))
        heads.append({"text": h1, "level": 1})
        for j, (h2, _) in enumerate(subs, 1):
            toc.append(("TOC2", h2, f"_Toc39421{k}{j}", pages.get(h2, 1)))
            heads.append({"text": h2, "level": 2})
    caps = [f"表{n}　{t}" for n, t in K05_CAPTIONS.items()]
    tof = [("TableofFigures", c, f"_Toc40100{n}", pages.get(c, 1)) for n, c in enumerate(caps, 1)]
    for label, instr, entries in (
        ("目　　录", 'TOC \\o "1-2" \\h \\z \\u', toc),
        ("图表目录", 'TOC \\h \\z \\c "表"', tof),
    ):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(8)
        add_run(p, label, 15, True, SANS)
        for e in toc_paras(instr, entries):
            d.element.body.sectPr.addprevious(e)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    used: list[str] = []
    bid = 10

    def heading(text: str, style: str, anchor: str) -> None:
        nonlocal bid
        bookmark(d.add_paragraph(text, style=style), anchor, bid)
        bid += 1

    def caption(n: int) -> None:
        nonlocal bid
        p = d.add_paragraph(style="Caption")
        p.add_run("表")
        for r in el("<w:p>" + field_runs(SEQ_TABLE, str(n)) + "</w:p>"):
            p._p.append(r)
        p.add_run(f"　{K05_CAPTIONS[n]}")
        bookmark(p, f"_Toc40100{n}", bid)
        bid += 1

    def grid(rows: list[tuple[str, ...]], size: float) -> Any:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = d.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                q = t.cell(r, c).paragraphs[0]
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_run(q, cell, size, r == 0, SANS if r == 0 else SERIF)
        return t

    for k, (h1, idx1, subs, table) in enumerate(K05_OUTLINE):
        if table == 3:  # a landscape section for the long table
            s = d.add_section(WD_SECTION.NEW_PAGE)
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = s.page_height, s.page_width
        if k == len(K05_OUTLINE) - 1:
            s = d.add_section(WD_SECTION.NEW_PAGE)
            s.orientation = WD_ORIENT.PORTRAIT
            s.page_width, s.page_height = s.page_height, s.page_width
        heading(h1, "Heading 1", f"_Toc39421{k}0")
        for i in idx1:
            body_para(d, paras[i])
            used.append(paras[i])
        for j, (h2, idx2) in enumerate(subs, 1):
            heading(h2, "Heading 2", f"_Toc39421{k}{j}")
            for i in idx2:
                body_para(d, paras[i])
                used.append(paras[i])
        if table in (1, 2):
            caption(table)
            grid(K05_SMALL[table], 10.5)
        elif table == 3:
            caption(3)
            head1 = (
                "序号",
                "项目名称",
                "建设地点",
                "投资（亿元）",
                "",
                "",
                "完成率（%）",
                "责任单位",
            )
            head2 = ("", "", "", "总投资", "年度计划", "1-7月完成", "", "")
            t = grid([head1, head2, *k05_rows()], 10)
            for c in (0, 1, 2, 6, 7):
                t.cell(0, c).merge(t.cell(1, c))
            t.cell(0, 3).merge(t.cell(0, 5))
            for r in (0, 1):
                t.rows[r]._tr.get_or_add_trPr().append(el("<w:tblHeader/>"))
            widths = (1.3, 6.2, 2.4, 2.3, 2.3, 2.5, 2.5, 4.5)
            grid_el = t._tbl.tblGrid
            for c, (w, col) in enumerate(zip(widths, grid_el.findall(grid_el[0].tag), strict=True)):
                col.set(grid_el[0].tag.replace("gridCol", "w"), str(round(w * 567)))
                for cell in t.columns[c].cells:
                    cell.width = Cm(w)
            q = d.add_paragraph()
            q.paragraph_format.space_before = Pt(4)
            add_run(q, K05_NOTE, 10, False, KAI)
    return d, heads, used, caps


def k05_pages(pdf: Path, names: list[str]) -> dict[str, int]:
    """The page each heading or caption is printed on (a line holding it alone)."""
    out: dict[str, int] = {}
    for page in range(1, more.pages(pdf) + 1):
        lines = prev20.page_lines(pdf, page)
        for name in names:
            if name not in out and more.squash(name) in lines:
                out[name] = page
    return out


def build_tof_landscape(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    pages: dict[str, int] = {}
    for _ in range(4):  # rebuild until the cached page numbers are those printed
        d, heads, used, caps = k05_docx(paras, pages)
        save(d, path)
        with tempfile.TemporaryDirectory() as t:
            found = k05_pages(prev22.lo_pdf(path, Path(t)), [h["text"] for h in heads] + caps)
        if found == pages:
            break
        pages = found
    else:
        raise SystemExit(f"{path.name}: contents pages do not settle: {pages}")
    assert len(pages) == len(heads) + len(caps), pages
    gold: Gold = {
        "title": K05_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, K05_KEEP),
        "running": [K05_HEADER],
        "must_not_have": [K05_NOTE],
        "note": "",
    }
    _, n = check_docx(path, gold, used)
    assert 4 <= n <= 6, f"{path.name}: {n} pages"
    gold["note"] = (
        f"a DOCX ({n} pages in LibreOffice), a 经济运行监测分析报告: the title (20 pt bold, "
        "a directly formatted Normal paragraph) and the 统计局/date line (metadata); then "
        '目　　录 with a TOC \\o "1-2" field and 图表目录 with a TOC \\h \\z \\c "表" field '
        "(Word's list of tables), both as cached results (toc 1/toc 2 and table of figures "
        "styled entries, hyperlinks to _Toc bookmarks, dot leaders, PAGEREF page numbers set "
        "to the pages LibreOffice prints): the two labels and all entries are neither "
        "headings nor body (unscored; the list of tables repeats the captions). Heading 1 "
        "一、 (level 1) and Heading 2 （一） (level 2), typed numbers. Table captions in the "
        "Caption style, 表 + a SEQ 表 field (cached number) + the caption text, bookmarked: "
        "unscored (neither heading nor passage), as are the table cells. Section 2 is "
        f"landscape: 四、 with its paragraph, 表3 and a 22-row, 8-column table whose two "
        "heading rows (merged cells: gridSpan 投资（亿元） over three columns, vMerge for "
        "the rest) are marked w:tblHeader, so Word and LibreOffice repeat them at the top "
        f"of every page the table reaches (pages {pages[caps[2]]}-{pages[heads[-1]['text']] - 1}); its 注 line is "
        "must_not_have (a table note, not report text). Section 3 is portrait again "
        "(五、). The ruled 楷体 header is running in all sections; 第 N 页 footers not listed"
    )
    return gold


# ------------------------------------------ k06 html-docx-js export (w:altChunk)

K06_MAST = "澄州政务信息"
K06_ISSUE = "2016年第23期"
K06_OFFICE = "澄州市人民政府办公室　　　　　　2016年9月12日"
K06_TITLE = "我市扎实推进供给侧结构性改革取得阶段性成效"
K06_FROM = "（市发展改革委报送）"
K06_BACK = [
    "报：市委、市人大常委会、市政协领导。",
    "送：各县（市、区）人民政府，市直各部门。",
    "编辑：赵琳　　审核：孙立",
]
# (level-1 heading, paragraphs, [(level-2 heading, paragraphs)], table after it)
K06_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]], bool]] = [
    ("一、去产能降成本稳步推进", [17, 18], [], True),
    (
        "二、重点改革持续深化",
        [],
        [("（一）财税金融改革", [2, 15]), ("（二）农业农村改革", [20, 21])],
        False,
    ),
    ("三、开放合作水平提升", [23, 24, 25], [], False),
    ("四、下一步工作打算", [29, 30, 33], [], False),
]
K06_OPENING = 0
K06_KEEP = {0, 18, 15, 24, 33}
K06_TABLE = [
    ("指标", "全年目标", "1-8月完成", "完成进度（%）"),
    ("压减粗钢产能（万吨）", "120", "96", "80.0"),
    ("退出煤炭产能（万吨）", "300", "255", "85.0"),
    ("降低企业成本（亿元）", "45", "33.6", "74.7"),
]
K06_NODE = """
const htmlDocx = require('html-docx-js');
const fs = require('fs');
const page = fs.readFileSync(process.argv[2], 'utf8');
const out = htmlDocx.asBlob(page, {orientation: 'portrait', margins: {top: 1440, right: 1800, bottom: 1440, left: 1800}});
(async () => {
  const buf = Buffer.isBuffer(out) ? out : Buffer.from(await out.arrayBuffer());
  fs.writeFileSync(process.argv[3], buf);
})();
"""


def k06_html(paras: list[str]) -> tuple[str, list[dict[str, Any]], list[str]]:
    """The page a web editor (wangEditor-like markup) hands to html-docx-js."""
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    body = [
        f'<p style="text-align:center;"><span style="color:#c00000;font-size:36px;font-family:方正小标宋简体;"><strong>{K06_MAST}</strong></span></p>',
        f'<p style="text-align:center;">{K06_ISSUE}</p>',
        f'<p style="text-align:center;border-bottom:2px solid #c00000;padding-bottom:6px;">{K06_OFFICE}</p>',
        "<p><br></p>",
        f'<h1 style="text-align:center;font-size:24px;">{K06_TITLE}</h1>',
        f'<p style="text-align:center;"><span style="font-family:楷体;">{K06_FROM}</span></p>',
    ]

    def para(i: int) -> None:
        body.append(f'<p style="text-indent:2em;line-height:1.8;">{html.escape(paras[i])}</p>')
        used.append(paras[i])

    para(K06_OPENING)
    for h1, idx, subs, table in K06_OUTLINE:
        body.append(f'<h2 style="font-size:20px;">{h1}</h2>')
        heads.append({"text": h1, "level": 1})
        for i in idx:
            para(i)
        for h2, idx2 in subs:
            body.append(
                f'<h3 style="font-size:17px;"><span style="font-family:楷体;">{h2}</span></h3>'
            )
            heads.append({"text": h2, "level": 2})
            for i in idx2:
                para(i)
        if table:
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<{'th' if r == 0 else 'td'}>{c}</{'th' if r == 0 else 'td'}>" for c in row
                )
                + "</tr>"
                for r, row in enumerate(K06_TABLE)
            )
            body.append(
                f'<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%;text-align:center;"><tbody>{rows}</tbody></table>'
            )
            body.append("<p><br></p>")
    body.append('<p style="border-top:1px solid #000;"><br></p>')
    body += [f"<p>{s}</p>" for s in K06_BACK]
    page = (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"><title>'
        + K06_TITLE
        + "</title><style>body{font-family:仿宋_GB2312,FangSong,serif;font-size:16px;}"
        "table td,table th{border:1px solid #000;}</style></head><body>"
        + "".join(body)
        + "</body></html>"
    )
    return page, heads, used


def mht_html(path: Path) -> str:
    """The HTML of the docx's MHT chunk, decoded as Word decodes it."""
    with zipfile.ZipFile(path) as z:
        doc = z.read("word/document.xml").decode("utf-8")
        mht = z.read("word/afchunk.mht")
    assert "<w:altChunk" in doc and "<w:p>" not in doc and "<w:t" not in doc, (
        "not an altChunk-only body"
    )
    part = mht.split(b"\r\n\r\n" if b"\r\n\r\n" in mht else b"\n\n", 2)[2]
    part = part.split(b"------=mhtDocumentPart--")[0]
    return quopri.decodestring(part).decode("utf-8")


def build_html_altchunk(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    page, heads, used = k06_html(paras)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        (tmp / "page.html").write_text(page, encoding="utf-8")
        (tmp / "export.js").write_text(K06_NODE, encoding="utf-8")
        subprocess.run(["npm", "init", "-y"], cwd=tmp, check=True, capture_output=True, timeout=120)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "html-docx-js@0.3.1"],
            cwd=tmp,
            check=True,
            capture_output=True,
            timeout=600,
        )
        subprocess.run(
            ["node", "export.js", "page.html", str(path)],
            cwd=tmp,
            check=True,
            capture_output=True,
            timeout=120,
        )
        # what Word shows: the chunk's HTML; LibreOffice 7.4 shows nothing
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--print-to-pdf={tmp / 'page.pdf'}",
                (tmp / "page.html").as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        printed = more.pdftext(tmp / "page.pdf")
        n_html = more.pages(tmp / "page.pdf")
        (tmp / "lo").mkdir()
        lo_text = more.pdftext(prev22.lo_pdf(path, tmp / "lo"))
    assert not more.squash(lo_text), "LibreOffice now renders the chunk: revise the note"
    gold: Gold = {
        "title": K06_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, K06_KEEP),
        "running": [],
        "must_not_have": [K06_MAST, K06_BACK[1], K06_BACK[2]],
        "note": "",
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, printed, gold)
    chunk = re.sub(r"<[^>]+>", "\n", mht_html(path))
    third.check_in(path.name + " (chunk)", html.unescape(chunk), gold)
    assert prev8.in_order(html.unescape(chunk), gold["must_have"])
    gold["note"] = (
        f"a DOCX made by a web system's 导出Word button through html-docx-js 0.3.1 (npm; "
        f"the page prints on {n_html} Letter pages in Chromium): word/document.xml holds no "
        'paragraph, only <w:altChunk r:id="htmlChunk"/> and the section properties (Letter, '
        "html-docx-js's default, 1440/1800 twip margins); the "
        "content is word/afchunk.mht, a MIME (MHT) part marked quoted-printable holding "
        "the editor's HTML with = written =3D and the UTF-8 text left raw; no styles.xml, "
        "no docProps. Word imports the chunk and shows the HTML; LibreOffice 7.4 opens "
        "the file empty (checked), so gold strings are checked against Chromium's print "
        "of the HTML and the HTML decoded from the chunk. The page: the red masthead "
        f"{K06_MAST} (36 px bold <strong> in a centred <p>: must_not_have, not the "
        "title), issue line and office/date line (metadata, unscored), the title in a "
        "centred <h1>, the 报送 line (unscored), <h2> 一、 (level 1) and <h3> （一） "
        "(level 2; the text in a 楷体 <span>), body <p>s with text-indent, a bordered "
        "indicator table (unscored), empty <p><br></p> paragraphs, and the 版记 lines "
        "报/送/编辑 after a ruled empty paragraph (送 and 编辑 lines must_not_have, the 报 "
        "line unscored)"
    )
    return gold


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, tuple[Any, int]] = {
    "k01_abiword_etherpad_report.pdf": (build_abiword_report, 2017),
    "k02_pymupdf_policy_speech.pdf": (build_story_speech, 2015),
    "k03_rl_cid_oa_export.pdf": (build_oa_export, 2016),
    "k04_docx_multilevel_chapters.docx": (build_multilevel_docx, 2013),
    "k05_docx_tof_landscape.docx": (build_tof_landscape, 2014),
    "k06_docx_html_altchunk.docx": (build_html_altchunk, 2016),
}
SOURCE_HEAD = (
    "# Documents made blind, twenty-third set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data:\n"
    "reports, papers and official documents as PDFs from pipelines the earlier sets\n"
    "lack, and Word files with structures they lack: k01-k06 by\n"
    "`python eval/make_realdocs23_files.py`, the l files by their own script. Texts come\n"
    "only from the public government work reports 2013–2017 in\n"
    "`../shared/data/gov-work-reports` (whole paragraphs; titles, headings, labels,\n"
    "names, dates, figures and furniture written by the scripts, people, places and\n"
    "companies made up); the outputs are committed so tests and CI need none of the\n"
    "tools. Gold (`gold/<file>.json`, the format of `../shared/data/realdocs-dev`) is\n"
    "written by the scripts from what they put in each document, as a reader reads the\n"
    "printed page and never from reader output, titles and headings as printed: the\n"
    "title, the headings with levels, the running headers and footers that must not\n"
    "reach the body, passages (each one's first 18 characters) that must appear in\n"
    "order, boilerplate that must not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)
ROWS = [
    "| k01_abiword_etherpad_report.pdf | Etherpad-style HTML export → AbiWord 3.0.5 `--to=pdf` (cairo 1.16), gwr 2017 (`eval/make_realdocs23_files.py`, as k02-k06) | 研究报告 exported from a collaborative pad: `<br>`-ended lines without `<p>`, blank lines between paragraphs, `<h1>` title, `1`/`1.1` headings (`<h2>`/`<h3>`: levels 1/2), third level `2.1.1　…` run into its paragraph as a bold label (body, not a heading), 参考文献 (level 1) with `[n]` entries (unscored), byline (metadata); no header/footer; bold Chinese in a CFF face cairo embeds as `CairoFont-0-1` (no bold in its name) |",
    "| k02_pymupdf_policy_speech.pdf | PyMuPDF 2.0 `Story` (MuPDF 1.28; AR PL Sungti/Kaiti, WenQuanYi; fonts subset), gwr 2015 | 政府工作报告 from a policy-document library: centred title 政府工作报告, bracketed occasion line and speaker line (metadata), 各位代表： / 各位代表！ address lines (unscored), `一、` parts in 黑体 (level 1), `（一）` in 14 pt 楷体 (level 2), paragraphs opening with bold 一是…。/第一，…。 or lead sentences (body); library header and download-time footer with `第 N 页 共 M 页` (running) |",
    "| k03_rl_cid_oa_export.pdf | reportlab 5.1 as a Java OA export (standard CID font STSong-Light, `UniGB-UCS2-H`, not embedded, no ToUnicode; fake bold by render mode 2), gwr 2016 | 通知 exported with its 发文稿纸: page 1 a ruled processing form (签发/会签/核稿 opinions with names and times: two must_not_have; 标题 cell holds the title), 正文 from page 2: two-line title (joined), 主送 and preamble lines (unscored), `一、`/`（一）` headings (levels 1/2), signature/date; footer platform/打印人/打印时间 (running) + `第N页/共M页` |",
    "| k04_docx_multilevel_chapters.docx | python-docx 1.2 (+ numbering XML), gwr 2013 | Heading 1/2/3 linked through their styles to one multilevel list `第%1章` (space) / `%1.%2` / `%1.%2.%3` (tab), decimal, restarting: numbers in no run; gold headings as stored, without the list numbers (v02/a01's convention, see note); a 前言 Heading 1 with `w:numId 0` (no number, does not use up 第1章); Title style; ruled 楷体 header (running) |",
    '| k05_docx_tof_landscape.docx | python-docx 1.2 (+ field, bookmark, table XML), gwr 2014 | 目　　录 (`TOC \\o "1-2"`) and 图表目录 (`TOC \\h \\z \\c "表"`, table-of-figures entries) as cached field results with PAGEREF pages as LibreOffice prints them (neither headings nor body); `表N` captions with `SEQ 表` fields (unscored); a landscape section whose 22-row table has two merged heading rows marked `w:tblHeader` (repeated on the next page), its 注 line (must_not_have); portrait again; Heading 1/2 typed `一、`/`（一）` |',
    "| k06_docx_html_altchunk.docx | html-docx-js 0.3.1 (npm, node 20), gwr 2016 | web system's 导出Word: the body only a `w:altChunk` to `word/afchunk.mht` (MHT, quoted-printable label, `=3D`, raw UTF-8), no styles or docProps; Word shows the HTML, LibreOffice 7.4 nothing (gold checked on Chromium's print and the decoded chunk): red masthead 澄州政务信息 (must_not_have), issue/office lines, `<h1>` title, `<h2>` 一、/`<h3>` （一） (levels 1/2), table (unscored), 版记 送/编辑 lines (must_not_have) |",
]


def main(argv: list[str] | None = None) -> int:
    """Build the k documents, then keep SOURCE.md's table (shared with the l files'
    maker) in file order."""
    import argparse

    rc = more.make_set(argv, __doc__, BUILDERS, "realdocs-made23", ROWS, SOURCE_HEAD, MINE)
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made23",
    )
    prev20p.pages2.sort_source_rows(ap.parse_known_args(argv)[0].out / "SOURCE.md")
    return rc


if __name__ == "__main__":
    sys.exit(main())
