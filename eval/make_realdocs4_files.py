# ruff: noqa: E501  (the SOURCE.md rows, the LaTeX preamble and the shape XML are kept on one line each)
"""Make the PDF/DOCX documents of ``realdocs-made4`` (s01-s06) with real tools, and their gold.

A fourth set of development documents, made after ``realdocs-made3``
(``make_realdocs3_files.py``; the helpers of that script, of ``make_realdocs2_files.py``
and of ``make_realdocs.py`` are reused). Each document is a layout pattern met in real
Chinese documents and not in the earlier sets; the texts come only from the public
government work reports 2013-2017 (../shared/data/gov-work-reports), whole paragraphs:

- ``s01_lo_font_faces.pdf`` (gwr 2014): a report (Word -> LibreOffice) whose headings
  are set in the same size as the body and told apart only by the face: body Noto
  Serif CJK SC 12 pt, ``一、…`` in Noto Sans CJK SC Bold 12 pt, ``（一）…`` in Noto Sans
  CJK SC Regular 12 pt, all indented two characters like the body; the title 18 pt
  Noto Sans CJK SC Bold centred; the organisation name in the header of every page,
  ``第 N 页`` in the footer; tests headings found by font face alone;
- ``s02_ctexbook.pdf`` (gwr 2015): a XeLaTeX ``ctexbook`` (oneside): ``\\maketitle``
  title page, a ``前言`` front-matter chapter (``\\chapter*`` with ``\\addcontentsline``),
  ``\\tableofcontents``, two ``\\part`` pages (``第一部分``/``第二部分`` above their
  titles), chapters ``第一章 …``, sections ``1.1 …``, an appendix chapter (``\\appendix``,
  ``附录A …``) with a table, fancyhdr headers (a fixed book name left, the chapter mark
  right) and page numbers; tests three heading levels above one another (parts above
  chapters) and chapter marks in the headers;
- ``s03_docx_textbox_title.docx`` (gwr 2013): a DOCX whose cover title sits in a text
  box (``w:txbxContent`` inside a ``wps:wsp`` drawing, with the VML ``v:textbox``
  fallback Word writes, in ``mc:AlternateContent``), a date and issuer under it, a page
  break, Heading 1/2 with typed ``一、``/``（一）``, a table with merged cells (a title
  row across all columns, a category column merged down) and a real footnote; the
  core-properties title is a stale ``工作报告模板`` that must not be the title;
- ``s04_lo_watermark.pdf`` (gwr 2016): a report drawn with reportlab (a Word watermark
  is a header WordArt shape, hard to carry through LibreOffice as text): a diagonal
  light-grey watermark ``内部资料 注意保密`` drawn behind the text of every page, a two-part header line (the document name at
  the left, the chapter name at the right, one line, with a rule), 11 pt body lines
  set and justified by the script (AR PL SungtiL GB), ``第一章`` 16 pt and ``第一节``
  13 pt headings, each chapter on a new page; tests a rotated watermark and a split
  header line;
- ``s05_lo_landscape_table.pdf`` (gwr 2017): a report (Word -> LibreOffice) with a
  portrait section, a landscape section holding a wide 6-column table of short cells
  (caption ``表1 …``), then a portrait section again; headings ``1``/``2``/``3`` typed in
  Heading 1; tests pages of mixed orientation and a wide table between paragraphs;
- ``s06_ocr_headers.pdf`` (gwr 2014, later paragraphs than s01): a three-page report
  (Word -> LibreOffice) with a running header (the report series name, ruled) and a
  ``第 N 页 共 3 页`` footer, rasterised at 200 dpi (``pdftoppm -r 200``) and given a text
  layer by ``ocrmypdf -l chi_sim``; tests running headers that are OCR text.

Gold is written from what each builder put in the document, decided as a reader reads
it (never from reader output); titles, headings, passages and running lines are checked
against the printed text (``pdftotext``; for the DOCX, the text of its parts). Run once;
the outputs are committed, so nothing else needs LibreOffice, XeLaTeX or OCRmyPDF:

    python eval/make_realdocs4_files.py [--out eval/data/realdocs-made4] [--only s01 ...]
"""

from __future__ import annotations

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

ROOT = Path(__file__).resolve().parents[1]
MINE = ("s01_", "s02_", "s03_", "s04_", "s05_", "s06_")
Gold = dict[str, Any]
ZH_NUM = "一二三四五六七八九十"


def header_lines(pdf: Path) -> list[str]:
    """The first printed line of every page (``pdftotext -layout``)."""
    out = []
    for page in range(1, more.pages(pdf) + 1):
        lines = [ln for ln in more.pdftext(pdf, page).splitlines() if ln.strip()]
        out.append(lines[0] if lines else "")
    return out


def pdf_fonts(pdf: Path) -> str:
    done = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, timeout=60)
    return done.stdout.decode("utf-8")


def run_font(run: Any, name: str) -> None:
    """Set the East Asian (and Latin) font of a run."""
    from docx.oxml.ns import qn

    run.font.name = name
    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def page_footer(paragraph: Any, before: str, after: str, total: bool = False) -> None:
    """``before`` PAGE ``after`` (and ``NUMPAGES 页`` when ``total``), centred."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(before)
    more.add_field(paragraph, "PAGE")
    paragraph.add_run(after)
    if total:
        paragraph.add_run(" 共 ")
        more.add_field(paragraph, "NUMPAGES")
        paragraph.add_run(" 页")


# ------------------------------------------------ s01 headings by font face only

S01_ORG = "东川省统计局"
S01_TITLE = "2013年全省经济社会运行情况分析报告"
# (level-1 heading, gwr paragraph indices under it, [(level-2 heading, indices)])
Outline = list[tuple[str, list[int], list[tuple[str, list[int]]]]]
S01_OUTLINE: Outline = [
    (
        "一、经济运行总体平稳",
        [0],
        [("（一）开放与宏观政策", [1, 2]), ("（二）农业和产业结构", [3, 4, 5])],
    ),
    (
        "二、民生事业持续改善",
        [7],
        [("（一）创新与就业", [6, 8]), ("（二）教育卫生和文化", [9, 10, 11])],
    ),
    (
        "三、社会治理与政府建设",
        [12],
        [("（一）防灾减灾与安全监管", [13, 14]), ("（二）依法行政和作风建设", [15, 16])],
    ),
    (
        "四、当前形势与主要目标",
        [18, 19],
        [("（一）增长与价格", [20, 21]), ("（二）深化改革扩大开放", [22, 24, 26, 27])],
    ),
]
S01_KEEP = {0, 5, 10, 15, 27}
SERIF, SANS = "Noto Serif CJK SC", "Noto Sans CJK SC"


def build_font_faces(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paras = third.whole(year, 30, skip=0)
    d = docx.Document()
    more.a4(d, top=2.8, bottom=2.6, left=2.8, right=2.6)
    normal = d.styles["Normal"]
    more.cjk_font(normal, SERIF, 12)
    normal.paragraph_format.line_spacing = 1.5
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hr = hp.add_run(S01_ORG)
    hr.font.size = Pt(9)
    run_font(hr, SERIF)
    more.border(hp, "bottom", "000000", 6)
    page_footer(sec.footer.paragraphs[0], "第 ", " 页")
    for r in sec.footer.paragraphs[0].runs:
        r.font.size = Pt(9)
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.paragraph_format.space_after = Pt(18)
    r = t.add_run(S01_TITLE)
    r.font.size, r.bold = Pt(18), True
    run_font(r, SANS)

    def heading(text: str, bold: bool) -> None:
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(24)
        p.paragraph_format.keep_with_next = True
        run = p.add_run(text)
        run.bold = bold
        run_font(run, SANS)

    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []

    def body(idx: list[int]) -> None:
        for i in idx:
            d.add_paragraph(paras[i]).paragraph_format.first_line_indent = Pt(24)
            used.append(paras[i])
            if i in S01_KEEP:
                must.append(base.clause(paras[i]))

    for h1, n1, subs in S01_OUTLINE:
        heading(h1, True)
        headings.append({"text": h1, "level": 1})
        body(n1)
        for h2, n2 in subs:
            heading(h2, False)
            headings.append({"text": h2, "level": 2})
            body(n2)
    src = path.with_suffix(".docx")
    d.save(str(src))
    assert base.lo_pdf(src, path.parent) == path
    n = more.pages(path)
    assert n >= 4, f"{path.name}: {n} pages"
    fonts = pdf_fonts(path)
    # the CJK faces are embedded under the collection's first (jp) names
    for face in ("NotoSerifCJK", "NotoSansCJKjp-Bold", "NotoSansCJKjp-Regular"):
        assert face in fonts, (face, fonts)
    assert "NotoSerifCJKjp-Bold" not in fonts, fonts
    for page, line in enumerate(header_lines(path), 1):
        assert more.squash(line) == S01_ORG, (page, line)
    gold: Gold = {
        "title": S01_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [S01_ORG],
        "must_not_have": [],
        "note": (
            f"{n} pages; the headings are printed at the body size (12 pt) and indented "
            "like the body, told apart only by the face: 一、 lines in Noto Sans CJK SC "
            "Bold (level 1), （一） lines in Noto Sans CJK SC Regular (level 2), body in "
            "Noto Serif CJK SC; they are Normal paragraphs with direct formatting (no "
            "Heading style, no outline level: nothing but the look says heading), each "
            "alone on its line; the title is the 18 pt bold centred line; the "
            "organisation name in the header of every page (the first included) is "
            "running; 第 N 页 footers are page numbers (not listed)"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, more.pdftext(path), gold)
    return gold


# ---------------------------------------------------------------- s02 ctexbook

S02_TITLE = "新常态下的宏观调控与结构改革"
S02_SHORT = "宏观调控与结构改革研究丛书"
S02_AUTHOR = "东川发展研究院　编著"
# (part, [(chapter, [(section, gwr paragraph indices)])])
S02_OUTLINE: list[tuple[str, list[tuple[str, list[tuple[str, list[int]]]]]]] = [
    (
        "回顾与形势",
        [
            (
                "过去一年的工作",
                [("宏观政策与重点改革", [1, 2, 3, 4]), ("农业和产业结构", [5, 6, 7, 8])],
            ),
            ("民生与政府建设", [("民生保障", [9, 10, 11, 12, 13]), ("依法行政", [14, 15, 16])]),
        ],
    ),
    (
        "目标与任务",
        [
            (
                "总体要求与预期目标",
                [("发展阶段与国际环境", [17, 18, 19]), ("预期目标的考虑", [21, 25])],
            ),
            ("宏观政策与改革", [("财政政策", [22, 23]), ("重点领域改革", [26, 27, 28, 29, 30])]),
            (
                "开放与发展",
                [("对外开放", [33, 34, 35, 36, 37]), ("消费、农业和城镇化", [38, 39, 40, 41])],
            ),
        ],
    ),
]
S02_APPENDIX = "主要预期指标"
S02_APPENDIX_PARA = 20  # 今年经济社会发展的主要预期目标是：…
S02_PREFACE = 0
S02_KEEP = {1, 12, 25, 28, 37}
S02_TABLE = [
    ("指标", "2015年预期目标"),
    ("国内生产总值增长", "7\\%左右"),
    ("居民消费价格涨幅", "3\\%左右"),
    ("城镇新增就业", "1000万人以上"),
    ("城镇登记失业率", "4.5\\%以内"),
]


def build_ctexbook(path: Path, year: int) -> Gold:
    paras = third.whole(year, 42, skip=0)
    preface = paras[S02_PREFACE]
    used = [preface]
    must: list[str] = []
    # parts above chapters above sections; 前言 and the appendix are chapters outside the parts
    headings: list[dict[str, Any]] = [{"text": "前言", "level": 2}]
    tex: list[str] = [
        "\\frontmatter",
        "\\maketitle",
        "\\chapter*{前言}\\addcontentsline{toc}{chapter}{前言}\\markboth{前言}{前言}",
        more.tex_escape(preface),
        "\\tableofcontents",
        "\\mainmatter",
    ]
    chapter = 0
    marks: list[str] = []
    for p, (part, chapters) in enumerate(S02_OUTLINE, 1):
        tex.append(f"\\part{{{part}}}")
        headings.append({"text": f"第{ZH_NUM[p - 1]}部分 {part}", "level": 1})
        for ch, secs in chapters:
            chapter += 1
            tex.append(f"\\chapter{{{ch}}}")
            marks.append(f"第{ZH_NUM[chapter - 1]}章 {ch}")
            headings.append({"text": marks[-1], "level": 2})
            for s, (sec, idx) in enumerate(secs, 1):
                tex.append(f"\\section{{{sec}}}")
                headings.append({"text": f"{chapter}.{s} {sec}", "level": 3})
                for i in idx:
                    used.append(paras[i])
                    tex.append(more.tex_escape(paras[i]))
                    if i in S02_KEEP:
                        must.append(base.clause(paras[i]))
    rows = " \\\\ \\hline\n".join(" & ".join(r) for r in S02_TABLE)
    appendix = paras[S02_APPENDIX_PARA]
    used.append(appendix)
    tex += [
        "\\appendix",
        f"\\chapter{{{S02_APPENDIX}}}",
        more.tex_escape(appendix),
        "\\begin{table}[htbp]\\centering\\caption{2015年主要预期指标}\n"
        "\\begin{tabular}{|l|c|}\\hline\n" + rows + " \\\\ \\hline\n\\end{tabular}\\end{table}",
    ]
    headings.append({"text": f"附录A {S02_APPENDIX}", "level": 2})
    marks.append(f"附录A {S02_APPENDIX}")
    doc = (
        "\\documentclass[oneside,a4paper,zihao=-4]{ctexbook}\n"
        "\\usepackage[top=3cm,bottom=2.6cm,left=2.8cm,right=2.6cm]{geometry}\n"
        "\\usepackage{fancyhdr}\n\\pagestyle{fancy}\\fancyhf{}\n"
        f"\\fancyhead[L]{{\\small {S02_SHORT}}}\\fancyhead[R]{{\\small\\leftmark}}\\fancyfoot[C]{{\\thepage}}\n"
        "\\fancypagestyle{plain}{\\fancyhf{}\\fancyfoot[C]{\\thepage}\\renewcommand{\\headrulewidth}{0pt}}\n"
        f"\\title{{{S02_TITLE}}}\\author{{{S02_AUTHOR}}}\\date{{2015年6月}}\n"
        "\\begin{document}\n" + "\n\n".join(tex) + "\n\\end{document}\n"
    )
    base.xelatex(doc, path)
    n = more.pages(path)
    assert n >= 10, f"{path.name}: {n} pages"
    heads = [more.squash(h) for h in header_lines(path)]
    ruled = [h for h in heads if h.startswith(more.squash(S02_SHORT))]
    assert len(ruled) >= 5, heads
    shown = [m for m in marks if any(h.endswith(more.squash(m)) for h in ruled)]
    assert len(shown) >= 4, (shown, heads)
    gold: Gold = {
        "title": S02_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [S02_SHORT, *shown],
        "must_not_have": [],
        "note": (
            f"{n} pages, a book (ctexbook, oneside): the title is the \\maketitle title "
            "page's title (the editor line and date are metadata); parts are level 1 "
            "(第一部分 on its own page above the part title, read as one heading "
            "'第一部分 …'), chapters level 2, sections level 3: the reader sees parts "
            "above chapters; 前言 (front matter, \\chapter*) and 附录A (after \\appendix) "
            "are set as chapters and lie outside the parts: level 2 as printed; the "
            "appendix table and its caption are neither headings nor scored; 目录 and the "
            "TOC lines are neither headings nor body; the book name (left) and the "
            "chapter mark (right) in the header of every page but part and chapter "
            "openings (plain style: page number only) are running (the chapter marks "
            "listed are those printed in a header); page numbers are not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, more.pdftext(path), gold)
    return gold


# ------------------------------------------------------------ s03 text-box title

S03_TITLE = "2013年政府工作重点任务分工方案"
S03_STALE = "工作报告模板"
S03_COVER = ("东川省人民政府办公厅", "二〇一三年三月")
S03_OUTLINE: Outline = [
    ("一、总体要求", [10], [("（一）指导思想", [11]), ("（二）主要预期目标", [12])]),
    (
        "二、重点任务",
        [],
        [("（一）扩大内需和区域协调", [13, 14]), ("（二）城镇化和民生保障", [15, 17, 18])],
    ),
    ("三、工作要求", [25], [("（一）科技与文化", [23, 24])]),
]
S03_KEEP = {10, 12, 14, 18, 24}
S03_FOOTNOTE = "表中2012年数据为初步统计数。"
S03_TABLE = [
    ("类别", "指标", "2012年实际", "2013年目标"),
    ("增长与物价", "国内生产总值增长", "7.8%", "7.5%左右"),
    ("", "居民消费价格涨幅", "2.6%", "3.5%左右"),
    ("就业", "城镇新增就业", "1266万人", "900万人以上"),
    ("", "城镇登记失业率", "—", "低于4.6%"),
]
NS_SHAPE = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)


def textbox_run(text: str, half_points: int) -> Any:
    """A run holding a floating text box (no border) with ``text`` centred in bold, as
    Word 2010+ writes one: ``mc:AlternateContent`` with a ``wps:wsp`` drawing
    (``wps:txbx``/``w:txbxContent``) and the VML ``v:textbox`` fallback."""
    from docx.oxml import parse_xml

    content = (
        '<w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>'
        '<w:rFonts w:ascii="Noto Sans CJK SC" w:eastAsia="Noto Sans CJK SC" w:hAnsi="Noto Sans CJK SC"/>'
        f'<w:b/><w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>'
        f"<w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    )
    cx, cy = 5400000, 1080000  # EMU: 15 cm x 3 cm
    xml = (
        f"<w:r {NS_SHAPE}><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>3240000</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>'
        f"<wps:txbx>{content}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:255.1pt;width:425.2pt;height:85.05pt;z-index:251659264;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:page" '
        'filled="f" stroked="f" strokeweight=".5pt">'
        f'<v:textbox inset="7.2pt,3.6pt,7.2pt,3.6pt">{content}</v:textbox>'
        '<w10:wrap type="topAndBottom" anchorx="margin" anchory="page"/></v:shape>'
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    return parse_xml(xml)


def docx_text(path: Path) -> str:
    """All ``w:t`` text of a DOCX's document, footnotes, headers and footers."""
    texts = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|footnotes|header\d*|footer\d*)\.xml$", name):
                xml = z.read(name).decode("utf-8")
                texts += re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)
    return "\n".join(texts)


def build_textbox_docx(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt, RGBColor

    paras = third.whole(year, None)
    d = docx.Document()
    more.a4(d, left=3.0, right=2.6)
    d.core_properties.title = S03_STALE  # left over from the template the file was made from
    d.core_properties.author = "admin"
    more.cjk_font(d.styles["Normal"], "Noto Serif CJK SC", 12)
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    for name, size in (("Heading 1", 16), ("Heading 2", 14)):
        st = d.styles[name]
        more.cjk_font(st, "Noto Sans CJK SC", size)
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.bold = True
    # cover: an empty paragraph anchoring the text box, the issuer and date lower down
    anchor = d.add_paragraph()
    anchor._p.append(textbox_run(S03_TITLE, 52))
    for _ in range(10):
        d.add_paragraph()
    for line in S03_COVER:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).font.size = Pt(16)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []

    def body(idx: list[int]) -> None:
        for i in idx:
            d.add_paragraph(paras[i]).paragraph_format.first_line_indent = Pt(24)
            used.append(paras[i])
            if i in S03_KEEP:
                must.append(base.clause(paras[i]))

    for h1, n1, subs in S03_OUTLINE:
        d.add_heading(h1, level=1)
        headings.append({"text": h1, "level": 1})
        body(n1)
        for h2, n2 in subs:
            d.add_heading(h2, level=2)
            headings.append({"text": h2, "level": 2})
            body(n2)
            if h2 == "（二）主要预期目标":
                t = d.add_table(rows=len(S03_TABLE) + 1, cols=4)
                t.style = "Table Grid"
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                top = t.cell(0, 0).merge(t.cell(0, 3))
                top.text = "2013年主要预期目标"
                top.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                top.paragraphs[0].runs[0].bold = True
                for i, row in enumerate(S03_TABLE, 1):
                    for j, cell in enumerate(row):
                        if cell:
                            t.cell(i, j).text = cell
                for i in (2, 4):  # the category cells run down two rows
                    t.cell(i, 0).merge(t.cell(i + 1, 0))
                note = d.add_paragraph()
                note.add_run("注：预期目标为年度指导性指标。")
                third.add_footnote(d, note, S03_FOOTNOTE)
    d.save(str(path))
    text = docx_text(path)
    assert text.count(S03_TITLE) == 2, "the title is in the text box (drawing + VML fallback) only"
    with zipfile.ZipFile(path) as z:
        core = z.read("docProps/core.xml").decode("utf-8")
        xml = z.read("word/document.xml").decode("utf-8")
    assert f"<dc:title>{S03_STALE}</dc:title>" in core, core
    assert xml.count("<w:txbxContent>") == 2 and 'w:vMerge w:val="restart"' in xml
    assert 'w:gridSpan w:val="4"' in xml and "w:footnoteReference" in xml
    gold: Gold = {
        "title": S03_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [],
        "must_not_have": [],
        "note": (
            "the title is the only text of the cover's text box (an anchored wps:wsp "
            "drawing with its VML v:textbox fallback in mc:AlternateContent, so the "
            "file holds it twice: read once); the issuer and date lines under it are "
            "metadata; the core-properties title is a stale 工作报告模板 left from a "
            "template and is not the title; Heading 1 一、 (level 1) and Heading 2 （一） "
            "(level 2) carry typed numbers; the merged-cell table (title row across four "
            "columns, category cells merged down two rows), the 注： line under it and the "
            "footnote are neither headings nor scored"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ------------------------------------------------------------- s04 watermark

S04_TITLE = "2016年经济社会发展形势分析与工作建议"
S04_NAME = "2016年形势分析与工作建议"  # the document name in the header
S04_BY = "东川省发展研究中心　2016年3月"
S04_WATERMARK = "内部资料 注意保密"
# (chapter, [(section, gwr paragraph indices)])
S04_OUTLINE: list[tuple[str, list[tuple[str, list[int]]]]] = [
    (
        "第一章　发展回顾",
        [
            ("第一节　主要成就", [0, 1, 2]),
            ("第二节　区域与民生", [3, 4]),
            ("第三节　作风建设", [5, 6, 7]),
        ],
    ),
    (
        "第二章　形势与目标",
        [
            ("第一节　“十三五”开局", [8, 9, 10]),
            ("第二节　主要预期目标", [11, 12]),
            ("第三节　宏观政策", [13, 14, 15, 16]),
        ],
    ),
    (
        "第三章　重点工作建议",
        [
            ("第一节　结构性改革", [17, 18, 19]),
            ("第二节　农业与扶贫", [20, 21, 22]),
            ("第三节　开放与民生", [23, 25, 29, 30, 31]),
        ],
    ),
]
S04_KEEP = {0, 6, 11, 21, 30}
SONG = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"
KAI = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"
NO_LINE_START = "。，、；：？！）》”’％%"
NO_LINE_END = "（《“‘"


class Pages:
    """Lays out lines on A4 pages with reportlab: watermark, header and footer on each."""

    W, H = 595.28, 841.89
    LEFT, RIGHT, TOP, BOTTOM = 72.0, 72.0, 92.0, 80.0

    def __init__(self, path: Path) -> None:
        from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
        from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
        from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

        pdfmetrics.registerFont(TTFont("Song", SONG))
        pdfmetrics.registerFont(TTFont("Kai", KAI))
        self.width = pdfmetrics.stringWidth
        self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H))
        self.c.setTitle("")
        self.page = 0
        self.y = 0.0
        self.chapter = ""

    @property
    def text_width(self) -> float:
        return self.W - self.LEFT - self.RIGHT

    def new_page(self) -> None:
        from reportlab.lib.colors import Color  # type: ignore[import-untyped]

        c = self.c
        if self.page:
            c.showPage()
        self.page += 1
        # the watermark first, so that it lies behind the text
        c.saveState()
        c.setFillColor(Color(0.82, 0.82, 0.82))
        c.translate(self.W / 2, self.H / 2)
        c.rotate(45)
        c.setFont("Song", 46)
        c.drawCentredString(0, -16, S04_WATERMARK)
        c.restoreState()
        c.setFillColor(Color(0, 0, 0))
        top = self.H - 56
        c.setFont("Song", 9)
        c.drawString(self.LEFT, top, S04_NAME)
        c.drawRightString(self.W - self.RIGHT, top, self.chapter)
        c.setLineWidth(0.6)
        c.line(self.LEFT, top - 5, self.W - self.RIGHT, top - 5)
        c.drawCentredString(self.W / 2, 48, f"- {self.page} -")
        self.y = self.H - self.TOP

    def wrap(self, text: str, font: str, size: float, indent: float) -> list[str]:
        """Greedy line breaks with the Chinese rules: no 。，… at a line start (it hangs),
        no opening quote at a line end."""
        lines: list[str] = []
        i, avail = 0, self.text_width - indent
        while i < len(text):
            j, w = i, 0.0
            while j < len(text) and w + self.width(text[j], font, size) <= avail + 0.01:
                w += self.width(text[j], font, size)
                j += 1
            if j < len(text):
                if text[j] in NO_LINE_START:
                    j += 1
                elif text[j - 1] in NO_LINE_END:
                    j -= 1
            lines.append(text[i:j])
            i, avail = j, self.text_width
        return lines

    def space(self, pitch: float) -> None:
        if self.y - pitch < self.BOTTOM:
            self.new_page()
        self.y -= pitch

    def paragraph(self, text: str, size: float = 11, pitch: float = 20) -> None:
        """A justified body paragraph with a two-character first-line indent."""
        lines = self.wrap(text, "Song", size, 2 * size)
        for k, line in enumerate(lines):
            self.space(pitch)
            x = self.LEFT + (2 * size if k == 0 else 0)
            avail = self.text_width - (2 * size if k == 0 else 0)
            spare = avail - self.width(line, "Song", size)
            t = self.c.beginText(x, self.y)
            t.setFont("Song", size)
            if k < len(lines) - 1 and len(line) > 1:
                t.setCharSpace(spare / (len(line) - 1))
            t.textOut(line)
            self.c.drawText(t)

    def line(
        self, text: str, font: str, size: float, centre: bool, bold: bool, before: float
    ) -> None:
        """A one-line heading or title (bold: filled and stroked, as Word's fake bold)."""
        self.space(before + size)
        t = self.c.beginText()
        x = (self.W - self.width(text, font, size)) / 2 if centre else self.LEFT
        t.setTextOrigin(x, self.y)
        t.setFont(font, size)
        self.c.saveState()  # the render mode outlives the text object: restore it
        self.c.setLineWidth(size / 30)
        if bold:
            t.setTextRenderMode(2)
        t.textOut(text)
        self.c.drawText(t)
        self.c.restoreState()
        self.y -= size * 0.6

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


def build_watermark(path: Path, year: int) -> Gold:
    paras = third.whole(year, 32, skip=0)
    pg = Pages(path)
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []
    for ci, (ch, secs) in enumerate(S04_OUTLINE):
        pg.chapter = ch
        pg.new_page()
        if ci == 0:
            pg.line(S04_TITLE, "Song", 20, True, True, 8)
            pg.line(S04_BY, "Kai", 12, True, False, 10)
            pg.y -= 10
        pg.line(ch, "Song", 16, True, True, 14)
        headings.append({"text": ch, "level": 1})
        for sec, idx in secs:
            pg.line(sec, "Kai", 13, False, False, 12)
            headings.append({"text": sec, "level": 2})
            for i in idx:
                pg.paragraph(paras[i])
                used.append(paras[i])
                if i in S04_KEEP:
                    must.append(base.clause(paras[i]))
    pg.save()
    n = more.pages(path)
    assert n >= 4, f"{path.name}: {n} pages"
    chapters = [ch for ch, _ in S04_OUTLINE]
    for page, head in enumerate(header_lines(path), 1):
        assert any(more.squash(head) == S04_NAME + more.squash(ch) for ch in chapters), head
        # the rotated watermark is printed, but text extraction scatters its characters
        assert set(S04_WATERMARK) - {" "} <= set(more.pdftext(path, page)), page
    gold: Gold = {
        "title": S04_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [S04_NAME, *chapters],
        "must_not_have": [S04_WATERMARK],
        "note": (
            f"{n} pages drawn with reportlab (the script sets and justifies the lines); "
            "the watermark 内部资料 注意保密 is rotated 45°, light grey, drawn first on every "
            "page (behind the text, before it in the content stream) and must not reach "
            "the body or the title (text extraction scatters its characters over the body "
            "lines, so must_not_have only catches it kept whole); the header line holds the document name at the left "
            "and the chapter name at the right, on one line over a rule: both are "
            "running (each chapter starts a new page, so the chapter name is that of the "
            "page); the title is the 20 pt bold line on page 1 (not the shorter name in "
            "the header), the issuer and date line under it is metadata; 第一章 lines "
            "(16 pt bold, centred) are level 1, 第一节 lines (13 pt Kai) level 2, "
            "written with the ideographic space as printed; - N - footers are page numbers"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, more.pdftext(path), {**gold, "must_not_have": []})
    return gold


# ------------------------------------------------------- s05 landscape section

S05_TITLE = "2017年重点工作任务落实情况报告"
S05_HEADS = ("1 总体情况", "2 重点任务分解", "3 下一步工作")
S05_CAPTION = "表1 2017年重点任务分解表"
S05_UNITS = ("省发展改革委", "省财政厅", "省工业和信息化厅", "省商务厅", "省农业厅", "省科技厅")
S05_HELP = ("省统计局", "省人社厅", "省国资委", "省环保厅")


def task_leads(year: int, n: int) -> list[str]:
    """Short task names: lead sentences (4-10 characters, no commas) of one report."""
    out: list[str] = []
    for p in third.whole(year, None):
        first = p.split("。")[0]
        if 4 <= len(first) <= 10 and not re.search("[，、“”%：]", first) and first not in out:
            out.append(first)
    assert len(out) >= n, len(out)
    return out[:n]


def build_landscape(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    paras = third.whole(year, 44, skip=0)
    # (heading, paragraph indices of gwr 2017 under it)
    plan = [
        (S05_HEADS[0], [1, 2, 3, 4, 5, 7]),
        (S05_HEADS[1], [9, 10]),
        (S05_HEADS[2], [34, 35, 36, 37, 38, 40]),
    ]
    keep = {1, 5, 10, 35, 40}
    d = docx.Document()
    more.a4(d, top=2.54, bottom=2.54, left=2.8, right=2.6)
    more.cjk_font(d.styles["Normal"], "Noto Serif CJK SC", 12)
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    h1 = d.styles["Heading 1"]
    more.cjk_font(h1, "Noto Sans CJK SC", 15)
    h1.font.color.rgb = RGBColor(0, 0, 0)
    h1.font.bold = True
    h1.paragraph_format.space_before = Pt(12)
    h1.paragraph_format.space_after = Pt(6)
    page_footer(d.sections[0].footer.paragraphs[0], "", "")
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(S05_TITLE)
    r.font.size, r.bold = Pt(20), True
    headings = [{"text": h, "level": 1} for h in S05_HEADS]
    must: list[str] = []
    used: list[str] = []

    def body(idx: list[int]) -> None:
        for i in idx:
            d.add_paragraph(paras[i]).paragraph_format.first_line_indent = Pt(24)
            used.append(paras[i])
            if i in keep:
                must.append(base.clause(paras[i]))

    d.add_heading(plan[0][0], level=1)
    body(plan[0][1])
    land = d.add_section(WD_SECTION.NEW_PAGE)
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21.0)
    land.left_margin = land.right_margin = Cm(2.54)
    land.top_margin = land.bottom_margin = Cm(2.2)
    d.add_heading(plan[1][0], level=1)
    body(plan[1][1][:1])
    cap = d.add_paragraph()
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cr = cap.add_run(S05_CAPTION)
    cr.font.size, cr.bold = Pt(12), True
    tasks = task_leads(year, 20)
    rows = [("序号", "重点任务", "牵头单位", "配合单位", "完成时限", "进展情况")]
    rows += [
        (
            str(i),
            task,
            S05_UNITS[i % len(S05_UNITS)],
            S05_HELP[i % len(S05_HELP)],
            f"2017年{3 + (i * 7) % 10}月",
            ("已完成", "按计划推进", "进度滞后")[i % 3],
        )
        for i, task in enumerate(tasks, 1)
    ]
    widths = (1.6, 6.6, 4.2, 3.4, 3.2, 3.6)
    tab = d.add_table(rows=len(rows), cols=6)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    tab.autofit = False
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = tab.cell(i, j)
            c.width = Cm(widths[j])
            cp = c.paragraphs[0]
            cp.paragraph_format.line_spacing = 1.15
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER if j != 1 else WD_ALIGN_PARAGRAPH.LEFT
            cr = cp.add_run(cell)
            cr.font.size, cr.bold = Pt(10.5), i == 0
    d.add_paragraph()
    body(plan[1][1][1:])
    back = d.add_section(WD_SECTION.NEW_PAGE)
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = Cm(21.0), Cm(29.7)
    back.left_margin, back.right_margin = Cm(2.8), Cm(2.6)
    back.top_margin = back.bottom_margin = Cm(2.54)
    d.add_heading(plan[2][0], level=1)
    body(plan[2][1])
    src = path.with_suffix(".docx")
    d.save(str(src))
    assert base.lo_pdf(src, path.parent) == path
    n = more.pages(path)
    assert n >= 4, f"{path.name}: {n} pages"
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", str(n), str(path)], check=True, capture_output=True
    ).stdout.decode()
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    wide = [i + 1 for i, (w, h) in enumerate(sizes) if float(w) > float(h)]
    assert wide and wide[0] > 1 and wide[-1] < n, sizes
    first = next(pg for pg in range(1, n + 1) if tasks[0] in more.pdftext(path, pg))
    last = next(pg for pg in range(1, n + 1) if tasks[-1] in more.pdftext(path, pg))
    on_wide = more.squash(more.pdftext(path, wide[0], wide[-1]))
    assert all(more.squash(t) in on_wide for t in tasks) and S05_HEADS[1] in more.pdftext(
        path, wide[0]
    )
    gold: Gold = {
        "title": S05_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [],
        "must_not_have": [],
        "note": (
            f"{n} pages: portrait, then pages {wide[0]}-{wide[-1]} landscape (a section of "
            "its own holding heading 2, a paragraph, the caption, the 6-column table of "
            f"short cells, running from page {first} to page {last}, and a paragraph), "
            "then portrait again; headings 1/2/3 are typed "
            "in Heading 1 (level 1); the caption 表1 … and the table cells are neither "
            "headings nor scored (the cells are to be kept); the footer holds only page "
            "numbers (not listed)"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, more.pdftext(path), gold)
    return gold


# --------------------------------------------------------- s06 OCR with headers

S06_TITLE = "关于扩大内需和推进新型城镇化的调研报告"
S06_SERIES = "东川省政府研究室调研报告"
S06_HEADS = ("一、扩大内需", "二、农业农村", "三、新型城镇化", "四、社会建设")
S06_PLAN = [(S06_HEADS[0], 3), (S06_HEADS[1], 4), (S06_HEADS[2], 4), (S06_HEADS[3], 3)]


def ocr_report(path: Path, paras: list[str]) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        d = docx.Document()
        more.a4(d, top=2.8, bottom=2.5, left=2.7, right=2.7)
        more.cjk_font(d.styles["Normal"], "Noto Serif CJK SC", 12)
        d.styles["Normal"].paragraph_format.line_spacing = 1.3
        d.styles["Normal"].paragraph_format.space_after = Pt(0)
        sec = d.sections[0]
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        hp.add_run(S06_SERIES).font.size = Pt(10.5)
        more.border(hp, "bottom", "000000", 6)
        fp = sec.footer.paragraphs[0]
        page_footer(fp, "第 ", " 页", total=True)
        for r in fp.runs:
            r.font.size = Pt(10.5)
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(12)
        r = p.add_run(S06_TITLE)
        r.font.size, r.bold = Pt(18), True
        it = iter(paras)
        for h, n in S06_PLAN:
            hr = d.add_paragraph().add_run(h)
            hr.font.size, hr.bold = Pt(14), True
            for _ in range(n):
                d.add_paragraph(next(it)).paragraph_format.first_line_indent = Pt(24)
        src_docx = Path(tmp) / "src.docx"
        d.save(str(src_docx))
        src = base.lo_pdf(src_docx, Path(tmp))
        assert more.pages(src) == 3, f"OCR source has {more.pages(src)} pages"
        subprocess.run(
            ["pdftoppm", "-r", "200", "-png", str(src), str(Path(tmp) / "pg")],
            check=True,
            timeout=120,
        )
        imgs = [Image.open(p).convert("RGB") for p in sorted(Path(tmp).glob("pg*.png"))]
        img_pdf = Path(tmp) / "img.pdf"
        imgs[0].save(img_pdf, resolution=200.0, save_all=True, append_images=imgs[1:])
        base.ocr(img_pdf, path)


def build_ocr_headers(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)[30:44]  # 扩大内需是… to 就业是民生之本…
    assert len(paras) == 14
    ocr_report(path, paras)
    heads = [more.squash(h) for h in header_lines(path)]
    spelt = sorted(set(heads))
    assert len(heads) == 3 and all(heads), heads
    footers = [f"第{p}页共3页" in more.squash(more.pdftext(path, p)) for p in (1, 2, 3)]
    if all(footers):
        footer_note = "is OCR text too"
    elif any(footers):
        footer_note = f"was read by OCR on {sum(footers)} of the 3 pages only"
    else:
        footer_note = "is not in the OCR text layer (Tesseract did not read it)"
    # must_have: starts of paragraphs spread over the pages, checked in the OCR layer
    text = more.squash(more.pdftext(path))
    want, spare = [0, 4, 7, 10, 13], [1, 2, 3, 5, 6, 8, 9, 11, 12]
    chosen: list[int] = []
    swaps: list[str] = []
    for i in want:
        if more.squash(base.clause(paras[i])) in text:
            chosen.append(i)
            continue
        j = next(
            j
            for j in sorted(spare, key=lambda j: abs(j - i))
            if j not in chosen and more.squash(base.clause(paras[j])) in text
        )
        chosen.append(j)
        swaps.append(f"paragraph {i + 1} -> {j + 1}")
    chosen.sort()
    note = (
        "three scanned pages (200 dpi) with a Tesseract text layer; the running header "
        "(the report series name, ruled) is OCR text like the rest, and running lists "
        "it as the OCR layer spells it (spaces aside; on the three pages: "
        f"{' / '.join(heads)}); the printed 第 N 页 共 3 页 footer {footer_note} (page "
        "numbers are not listed); title and headings as printed "
        "(一、 lines 14 pt bold: level 1); must_have are paragraph starts checked to be in "
        "the OCR text layer (spaces ignored)"
    )
    if swaps:
        note += "; OCR garbled the start of some chosen paragraphs, replaced: " + ", ".join(swaps)
    garbled = [t for t in (S06_TITLE, *S06_HEADS) if more.squash(t) not in text]
    if garbled:
        note += "; OCR misread (gold keeps them as printed): " + ", ".join(garbled)
    gold: Gold = {
        "title": S06_TITLE,
        "headings": [{"text": h, "level": 1} for h in S06_HEADS],
        "must_have": [base.clause(paras[i]) for i in chosen],
        "running": spelt,
        "must_not_have": [],
        "note": note,
    }
    third.no_clash(path.name, paras, gold)
    return gold


# ------------------------------------------------------------------------ main


SOURCE_HEAD = (
    "# Documents made with real tools, fourth set (development data)\n\n"
    "Made as development data after the third set (`realdocs-made3`), each a layout\n"
    "pattern the earlier sets lack: PDF/DOCX s01-s06 by `python eval/make_realdocs4_files.py`,\n"
    "HTML pages by their own script. Texts come only from the public government work\n"
    "reports 2013–2017 in `../shared/data/gov-work-reports`; the outputs are committed so\n"
    "tests and CI need none of the tools. Gold (`gold/<file>.json`, the format of\n"
    "`../shared/data/realdocs-dev`) is written by the same scripts from what they put in\n"
    "each document, as a reader reads it and never from reader output, titles and\n"
    "headings as printed: the title, the headings with levels, the running headers that\n"
    "must not reach the body, passages (each one's first 18 characters) that must appear\n"
    "in order, boilerplate that must not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)

ROWS = [
    "| s01_lo_font_faces.pdf | python-docx → LibreOffice, gwr 2014 (`eval/make_realdocs4_files.py`, as s02-s06) | headings at the body size (12 pt) told apart only by the face: body Noto Serif CJK SC, `一、` Noto Sans CJK SC Bold, `（一）` Noto Sans CJK SC Regular, Normal paragraphs indented like the body; 18 pt bold sans title; organisation name in the header of every page; `第 N 页` footer |",
    "| s02_ctexbook.pdf | XeLaTeX + ctex (`ctexbook`, oneside, `fancyhdr`), gwr 2015 | book: `\\maketitle` page, `前言` (`\\chapter*` + `\\addcontentsline`), `\\tableofcontents`, `\\part` pages `第一部分` (level 1), chapters `第一章` (level 2), sections `1.1` (level 3), `\\appendix` chapter `附录A` with a table, book name and chapter mark in the headers, page numbers |",
    "| s03_docx_textbox_title.docx | python-docx (+ text box XML, footnotes part), gwr 2013 | cover title only in a text box (`wps:wsp` + VML `v:textbox` fallback in `mc:AlternateContent`), issuer/date lines, page break, Heading 1/2 with typed `一、`/`（一）`, table with merged cells (gridSpan, vMerge), real footnote, stale core title `工作报告模板` (not the title) |",
    "| s04_lo_watermark.pdf | reportlab (lines set and justified by the script, AR PL SungtiL GB / KaitiM GB), gwr 2016 | diagonal light-grey watermark `内部资料 注意保密` behind the text of every page (must_not_have), header line with the document name left and the chapter name right (both running), 20 pt title + issuer line, `第一章` 16 pt / `第一节` 13 pt headings, chapters on new pages, `- N -` footer |",
    "| s05_lo_landscape_table.pdf | python-docx → LibreOffice, gwr 2017 | portrait section, landscape section with a caption and a wide 6-column table of short cells, portrait again; headings `1`/`2`/`3` typed in Heading 1; page numbers |",
    "| s06_ocr_headers.pdf | python-docx → LibreOffice → `pdftoppm -r 200` → `ocrmypdf -l chi_sim` (Tesseract 5), gwr 2014 | three scanned pages with a ruled running header (report series name) and `第 N 页 共 3 页` footer as OCR text; 18 pt title, `一、` 14 pt bold headings; OCR spaces and errors |",
]

BUILDERS: dict[str, tuple[Any, int]] = {
    "s01_lo_font_faces.pdf": (build_font_faces, 2014),
    "s02_ctexbook.pdf": (build_ctexbook, 2015),
    "s03_docx_textbox_title.docx": (build_textbox_docx, 2013),
    "s04_lo_watermark.pdf": (build_watermark, 2016),
    "s05_lo_landscape_table.pdf": (build_landscape, 2017),
    "s06_ocr_headers.pdf": (build_ocr_headers, 2014),
}


def main(argv: list[str] | None = None) -> int:
    return more.make_set(argv, __doc__, BUILDERS, "realdocs-made4", ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
