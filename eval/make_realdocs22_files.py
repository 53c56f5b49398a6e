# ruff: noqa: E501  (OOXML snippets and the SOURCE.md rows are kept on one line each)
"""Make the i documents of ``realdocs-made22`` (i01-i06) with real tools, and their gold.

A twenty-second set of development documents, made blind (without looking at the
readers or running them): documents as ordinary office users write them in Word and
WPS, and the PDFs those make, each a habit of real users that the earlier sets lack;
the helpers of the earlier makers are reused. The texts come only from the public
government work reports 2013-2017 (../shared/data/gov-work-reports), whole paragraphs
(titles, headings, labels, names, dates, table cells, notes and furniture are written
here; people, places and companies are made up):

- ``i01_docx_wps_gongwen_shapes.docx`` (gwr 2015): a 公文 通知 as WPS Office saves it
  (app.xml and custom.xml ``KSOProductBuildVer``; fonts named 仿宋_GB2312, 黑体,
  楷体_GB2312, 方正小标宋简体, none of them installed; ``w:docGrid`` 579 line pitch):
  份号 and 特急 lines, the red 发文机关标志, the 发文字号, the red 版头 rule drawn as an
  anchored DrawingML line (``wps:wsp`` in ``mc:AlternateContent`` with a VML
  ``v:line`` fallback), the title in two centred paragraphs (one title), 主送机关,
  headings by the face only (``一、`` 黑体 and ``（一）`` 楷体_GB2312 at the body size,
  not bold, indented like the body, no style, no outline level), the signature, date
  and a red seal ellipse shape, （此件公开发布）, and the 版记 (抄送, 印发) as a
  borderless table with thick top and bottom rules; ``— N —`` odd/even footers;
- ``i02_lo_materials_compilation.pdf`` (gwr 2013): a 材料汇编 made in Word (python-docx)
  and printed by LibreOffice: a cover (the compilation's name, 编印 line, date), a typed
  目　录 of right-tab dot-leader lines, and three pieces pasted in from different
  authors, each on a new page with its own title (level 1), subtitle or author line,
  and ``一、``/``（一）`` headings (levels 2/3) formatted differently in each piece; the
  compilation's name as the header from page 2, ``— N —`` footers;
- ``i03_lo_2up_handout.pdf`` (gwr 2016): a four-page Word report (Heading 1/2, a
  header with the office and 内部资料, ``第 N 页 共 M 页``) printed by LibreOffice and
  then "two pages per sheet" (each A4 page scaled to 70.7 % and set side by side on
  landscape A4 sheets, as print dialogs and CUPS ``number-up`` do; imposed with pypdf);
- ``i04_docx_template_hidden_text.docx`` (gwr 2017): a 课题研究报告 filled in on a
  unit's Word template: hidden 【模板说明】/【填写提示】 paragraphs (``w:vanish``) left
  under the title and the headings, a hidden reviewer's note inside the first 18
  characters of a body paragraph, the title printed by a ``TITLE`` field (cached result
  = the core title) with a ``*`` custom-mark footnote, Heading 1/2 styles with
  ``w:aliases``, a 课题组 line, a ruled header, PAGE footers;
- ``i05_docx_report_attachments.docx`` (gwr 2013): a 调研报告 in Heading 1/2 styles
  with its 附件 after the signature: a 附件： list, the signature and date, then a
  landscape section (附件1 label, a directly formatted title, a table and a 注 line) and
  a portrait section (附件2 label, title, two whole paragraphs), the attachment sections'
  headers unlinked and empty, page numbers running on;
- ``i06_lo_plan_pdfa_tagged.pdf`` (gwr 2014): a 规划纲要 whose headings are numbered by
  Word lists (numbers in numbering.xml, printed by LibreOffice): parts ``第一篇`` (one
  list on Heading 1), chapters ``第一章`` numbered on through the parts (a second list
  on Heading 2, so 第三章 opens 第二篇) and sections ``第一节`` (its second level,
  restarting in each chapter); a 专栏 box (shaded one-cell table), an approval note
  under the title, a running short title, ``— N —``; exported as a tagged PDF/A-2b
  (``UseTaggedPDF``, ``SelectPdfVersion`` 2, as Word's "PDF/A" and accessibility options
  make them).

Gold is written from what each builder put in the document, decided as a reader reads
the printed page (never from reader output); titles, headings, passages, running lines
and boilerplate are checked against the printed text (``pdftotext -layout``; for the
DOCX files a LibreOffice rendering in a scratch folder, for i03 each half sheet cropped).
Needs LibreOffice Writer, poppler-utils, the fonts of fonts-noto-cjk and
fonts-arphic-gkai00mp, and python-docx and pypdf in the Python that runs it. Run once;
the outputs are committed, so nothing else needs these tools. Made in a virtual
environment of its own:

    python3 -m venv /tmp/m22a-venv
    /tmp/m22a-venv/bin/pip install python-docx pypdf
    /tmp/m22a-venv/bin/python eval/make_realdocs22_files.py [--out eval/data/realdocs-made22] [--only i01 ...]
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
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs4_files as prev4
import make_realdocs6_files as prev6
import make_realdocs8_files as prev8
import make_realdocs9_files as prev9
import make_realdocs20_files as prev20
import make_realdocs20_pages as prev20p

MINE = ("i01_", "i02_", "i03_", "i04_", "i05_", "i06_")
Gold = dict[str, Any]
SERIF, SANS, KAI = prev20.SERIF, prev20.SANS, prev20.KAI
page_lines, picks = prev20.page_lines, prev20.picks
add_run, body_para = prev9.add_run, prev9.body_para
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
)
EMU_CM = 360000


def el(xml: str) -> Any:
    """An OOXML element from a snippet (the namespaces above declared on it)."""
    from docx.oxml import parse_xml

    return parse_xml(re.sub(r"^<([\w:]+)", lambda m: f"<{m.group(1)} {NS}", xml, count=1))


def save(d: Any, path: Path) -> None:
    """Save a document, its body and notes free of namespace declarations they do not use."""
    from lxml import etree

    etree.cleanup_namespaces(d.element)
    for rel in d.part.rels.values():
        if not rel.is_external and hasattr(rel.target_part, "element"):
            etree.cleanup_namespaces(rel.target_part.element)
    d.save(str(path))


def lo_pdf(src: Path, out: Path, options: str = "") -> Path:
    """LibreOffice's PDF of a document (``options``: the export filter's JSON)."""
    target = "pdf" + (f":writer_pdf_Export:{options}" if options else "")
    cmd = ["soffice", "--headless", "--convert-to", target, "--outdir", str(out), str(src)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    pdf = out / (src.stem + ".pdf")
    assert pdf.exists(), pdf
    return pdf


def check_docx(path: Path, gold: Gold, used: list[str]) -> tuple[str, int]:
    """Gold against a LibreOffice rendering of a DOCX: every string printed, the passages
    in order, no running line or boilerplate inside a body paragraph."""
    with tempfile.TemporaryDirectory() as t:
        pdf = lo_pdf(path, Path(t))
        text, n = more.pdftext(pdf), more.pages(pdf)
        raw = prev8.raw_text(pdf)
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    assert prev8.in_order(raw, gold["must_have"]), path.name
    return text, n


def check_pdf(path: Path, gold: Gold, used: list[str], text: str | None = None) -> str:
    return prev20.check_pdf(path, gold, used, text)


def anchored_shape(
    kind: str,
    sid: int,
    name: str,
    x_cm: float,
    y_cm: float,
    w_cm: float,
    h_cm: float,
    line_pt: float,
    behind: bool = False,
) -> Any:
    """A run holding a floating red shape (``line`` or ``ellipse``) as Word and WPS write
    one: ``mc:AlternateContent`` with a ``wps:wsp`` choice and a VML fallback, placed
    from the margin (horizontally) and from its paragraph (vertically)."""
    x, y, cx, cy = (round(v * EMU_CM) for v in (x_cm, y_cm, w_cm, h_cm))
    cnv = "<wps:cNvCnPr/>" if kind == "line" else "<wps:cNvSpPr/>"
    pt = 72 / 2.54
    if kind == "line":
        vml = (
            f'<v:line id="{name}" o:spid="_x0000_s{1024 + sid}" style="position:absolute;z-index:{sid};'
            f'mso-position-horizontal-relative:margin" from="{x_cm * pt:.1f}pt,{y_cm * pt:.1f}pt" '
            f'to="{(x_cm + w_cm) * pt:.1f}pt,{y_cm * pt:.1f}pt" strokecolor="#FF0000" strokeweight="{line_pt}pt"/>'
        )
    else:
        vml = (
            f'<v:oval id="{name}" o:spid="_x0000_s{1024 + sid}" style="position:absolute;margin-left:{x_cm * pt:.1f}pt;'
            f"margin-top:{y_cm * pt:.1f}pt;width:{w_cm * pt:.1f}pt;height:{h_cm * pt:.1f}pt;z-index:-{sid};"
            f'mso-position-horizontal-relative:margin" filled="f" strokecolor="#FF0000" strokeweight="{line_pt}pt"/>'
        )
    return el(
        f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + sid}" behindDoc="{int(behind)}" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>{x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{sid}" name="{name}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>{cnv}<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="{kind}"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="{round(line_pt * 12700)}"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>'
        f"</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>{vml}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def table_borders(t: Any, sides: dict[str, tuple[str, int]]) -> None:
    """The table's borders (``sides``: top/left/bottom/right/insideH/insideV to kind and
    eighths of a point), replacing any the table style gives."""
    tblpr = t._tbl.tblPr
    for old in tblpr.findall(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblBorders"
    ):
        tblpr.remove(old)
    inner = "".join(
        f'<w:{side} w:val="{kind}" w:sz="{size}" w:space="0" w:color="000000"/>'
        for side, (kind, size) in sides.items()
    )
    tblpr.append(el(f"<w:tblBorders>{inner}</w:tblBorders>"))


def exact(p: Any, pt: float) -> None:
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(pt)


# ---------------------------------------------------- i01 WPS 公文 with shapes

I01_COPY = "000128"
I01_URGENT = "特急"
I01_MAST = "东川市人民政府办公室文件"
I01_DOCNO = "东政办发〔2015〕27号"
I01_TITLE = ("东川市人民政府办公室关于进一步做好", "稳增长调结构惠民生工作的通知")
I01_TO = "各区（县）人民政府，市政府各部门，各直属机构："
I01_OPEN = "为认真贯彻落实全市经济工作会议精神，确保完成全年经济社会发展目标任务，经市政府同意，现就有关事项通知如下："
I01_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]]]] = [
    (
        "一、保持经济稳定增长",
        [],
        [("（一）实施积极的财政政策", [23]), ("（二）推进重点领域改革", [26, 27])],
    ),
    (
        "二、推动结构调整和对外开放",
        [],
        [("（一）推动外贸转型升级", [33, 34]), ("（二）培育新的增长点", [38, 44])],
    ),
    ("三、切实保障和改善民生", [49], []),
    ("四、加强政府自身建设", [52, 53], []),
]
I01_KEEP = {23, 27, 34, 49, 53}
I01_SIGN = "东川市人民政府办公室"
I01_DATE = "2015年3月16日"
I01_PUBLIC = "（此件公开发布）"
I01_CC = "抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。"
I01_PRINTED = "2015年3月16日印发"
FANGSONG, HEITI, KAITI, XBS = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"


def build_wps_gongwen(path: Path, year: int) -> Gold:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    paras = third.whole(year, None)
    d = prev8.docx_base(FANGSONG, 16, (3.7, 3.5, 2.8, 2.6))
    d.core_properties.author = "Administrator"
    sect = d.sections[0]._sectPr
    for old in sect.findall(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}docGrid"
    ):
        sect.remove(old)
    sect.append(el('<w:docGrid w:type="lines" w:linePitch="579"/>'))
    sect.get_or_add_pgMar().set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}footer", str(int(2.8 * 567))
    )
    d.settings.odd_and_even_pages_header_footer = True
    sec = d.sections[0]
    for footer, align, indent in (
        (sec.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right"),
        (sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left"),
    ):
        fp = footer.paragraphs[0]
        fp.alignment = align
        setattr(fp.paragraph_format, f"{indent}_indent", Pt(14))
        add_run(fp, "— ", 14, False, "宋体")
        more.add_field(fp, "PAGE")
        add_run(fp, " —", 14, False, "宋体")
        for r in fp.runs:
            r.font.size = Pt(14)

    def line(text: str, font: str, size: float, align: Any = None, color: str = "") -> Any:
        p = d.add_paragraph()
        if align is not None:
            p.alignment = align
        exact(p, 28.95)
        if text:
            add_run(p, text, size, False, font, color)
        return p

    line(I01_COPY, HEITI, 16)
    line(I01_URGENT, HEITI, 16)
    p = line("", XBS, 16)
    p.paragraph_format.space_before = Pt(30)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    exact(p, 60)
    r = add_run(p, I01_MAST, 40, False, XBS, "FF0000")
    r._r.get_or_add_rPr().append(el('<w:w w:val="80"/>'))  # 发文机关标志 condensed
    line("", FANGSONG, 16)
    p = line(I01_DOCNO, FANGSONG, 16, WD_ALIGN_PARAGRAPH.CENTER)
    p._p.append(anchored_shape("line", 1, "直接连接符 1", 0, 1.1, 15.6, 0, 2.25))
    line("", FANGSONG, 16)
    line("", FANGSONG, 16)
    for part in I01_TITLE:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        exact(p, 36)
        add_run(p, part, 22, False, XBS)
    line("", FANGSONG, 16)
    line(I01_TO, FANGSONG, 16)

    def body(text: str, font: str = FANGSONG) -> Any:
        p = line("", font, 16, WD_ALIGN_PARAGRAPH.JUSTIFY)
        p.paragraph_format.first_line_indent = Pt(32)
        add_run(p, text, 16, False, font)
        return p

    body(I01_OPEN)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for h1, idx1, subs in I01_OUTLINE:
        body(h1, HEITI)
        heads.append({"text": h1, "level": 1})
        for i in idx1:
            body(paras[i])
            used.append(paras[i])
        for h2, idx2 in subs:
            body(h2, KAITI)
            heads.append({"text": h2, "level": 2})
            for i in idx2:
                body(paras[i])
                used.append(paras[i])
    line("", FANGSONG, 16)
    line("", FANGSONG, 16)
    p = line(I01_SIGN, FANGSONG, 16, WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p._p.append(anchored_shape("ellipse", 2, "椭圆 2", 9.6, -1.6, 4.2, 4.2, 3.0, behind=True))
    p = line(I01_DATE, FANGSONG, 16, WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = line(I01_PUBLIC, FANGSONG, 16)
    p.paragraph_format.first_line_indent = Pt(32)
    for _ in range(2):
        line("", FANGSONG, 16)
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(
        t,
        {
            "top": ("single", 12),
            "left": ("nil", 0),
            "bottom": ("single", 12),
            "right": ("nil", 0),
            "insideH": ("single", 4),
            "insideV": ("nil", 0),
        },
    )
    cc = t.cell(0, 0).merge(t.cell(0, 1))
    q = cc.paragraphs[0]
    q.paragraph_format.left_indent = Pt(14)
    q.paragraph_format.first_line_indent = Pt(-0)
    add_run(q, I01_CC, 14, False, FANGSONG)
    for c, (text, align) in enumerate(
        ((I01_SIGN, WD_ALIGN_PARAGRAPH.LEFT), (I01_PRINTED, WD_ALIGN_PARAGRAPH.RIGHT))
    ):
        q = t.cell(1, c).paragraphs[0]
        q.alignment = align
        setattr(q.paragraph_format, "left_indent" if c == 0 else "right_indent", Pt(14))
        add_run(q, text, 14, False, FANGSONG)
        t.cell(1, c).width = Cm(7.8)
    save(d, path)
    prev6.wps_app_xml(path)
    prev20p.rewrite_zip(
        path,
        {
            "[Content_Types].xml": lambda s: s.replace(
                "</Types>",
                '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
            ),
            "_rels/.rels": lambda s: s.replace(
                "</Relationships>",
                '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
            ),
        },
        {"docProps/custom.xml": prev20p.WPS_CUSTOM},
    )
    with zipfile.ZipFile(path) as z:
        doc_xml = z.read("word/document.xml").decode("utf-8")
        assert "WPS Office" in z.read("docProps/app.xml").decode("utf-8")
    assert doc_xml.count("<mc:AlternateContent") == 2 and "<v:line " in doc_xml
    assert "w:pStyle" not in doc_xml and "w:outlineLvl" not in doc_xml
    must = picks(paras, used, I01_KEEP)
    gold: Gold = {
        "title": "".join(I01_TITLE),
        "headings": heads,
        "must_have": must,
        "running": [],
        "must_not_have": [I01_MAST, I01_DOCNO, I01_CC, I01_PRINTED],
        "note": "",
    }
    text, n = check_docx(path, gold, used)
    assert 3 <= n <= 6, f"{path.name}: {n} pages"
    gold["note"] = (
        f"a DOCX as WPS Office saves a 公文 通知 ({n} pages in LibreOffice; app.xml names "
        "WPS Office, custom.xml KSOProductBuildVer; every paragraph Normal with direct "
        "formatting, no paragraph style and no outline level anywhere; fonts named "
        "仿宋_GB2312 (body), 黑体, 楷体_GB2312, 方正小标宋简体, none embedded or installed; "
        "exact 28.95 pt lines on a 579-twip document grid): page 1 opens with the 份号 "
        f"{I01_COPY} and {I01_URGENT} lines and the red 40 pt 发文机关标志 {I01_MAST} "
        "(condensed to 80 %: metadata, must_not_have), the 发文字号 "
        f"{I01_DOCNO} (metadata, must_not_have) and under it the red 版头 rule, an "
        "anchored DrawingML line (wps:wsp in mc:AlternateContent, VML v:line fallback; "
        "no text); the title is two centred 22 pt 方正小标宋简体 paragraphs split inside "
        "the phrase as 公文 titles are (gold joins them); the 主送机关 line and the "
        "opening 现就有关事项通知如下： sentence (written here) are neither headings nor "
        "scored body; headings are told only by the face: 一、 lines in 黑体 (level 1) "
        "and （一） lines in 楷体_GB2312 (level 2), both 16 pt like the body, not bold, "
        "with the body's two-character indent; the signature (office, date; a red seal "
        "ellipse drawn behind it, no text) and （此件公开发布） are metadata (unscored); "
        "the 版记 at the end is a two-row table without side rules (a thick rule above "
        "and below, a thin one between): the 抄送 row and the 印发 row (office left, date "
        "印发 right) are boilerplate, must_not_have; — N — footers (odd right, even "
        "left) not listed; none of the four faces is installed here, so LibreOffice "
        "prints them all in one fallback face and the headings look like short body "
        "lines in this rendering: gold follows the file, as Word or WPS print it where "
        "the 公文 fonts are installed"
    )
    assert I01_PUBLIC in more.squash(text)
    return gold


# ------------------------------------------------ i02 compilation of materials

I02_TITLE = "2013年度重点工作交流材料汇编"
I02_BY = "东川市发展和改革委员会办公室编印"
I02_DATE = "二〇一四年一月"
# (title, lines under it, [(level-2 heading, paragraphs, [(level-3, paragraphs)])], style)
I02_PIECES: list[
    tuple[str, list[str], list[tuple[str, list[int], list[tuple[str, list[int]]]]], str]
] = [
    (
        "坚持稳中求进　推动全市经济持续健康发展",
        ["——东川市发展改革委2013年工作总结"],
        [("一、主要工作成效", [0, 3, 4], []), ("二、几点体会", [8], [])],
        "sans",
    ),
    (
        "关于推进新型城镇化和区域协调发展的调研报告",
        ["市发展改革委规划处调研组"],
        [
            ("一、基本情况", [14], []),
            ("二、对策建议", [], [("（一）扩大国内需求", [13]), ("（二）稳步推进城镇化", [15])]),
        ],
        "serif",
    ),
    (
        "在全市发展改革工作会议上的讲话",
        ["王建国", "（2013年12月26日）"],
        [
            ("一、准确把握今年工作的总体要求", [10, 11], []),
            ("二、扎实推进重点领域工作", [23, 24, 25], []),
        ],
        "kai",
    ),
]
I02_KEEP = {3, 8, 13, 11, 25}


def i02_docx(paras: list[str], toc_pages: list[int]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    d = prev8.docx_base(SERIF, 12, (2.54, 2.54, 2.8, 2.6))
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(hp, I02_TITLE, 9, False, KAI)
    more.border(hp, "bottom", "000000", 4)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    more.add_field(fp, "PAGE")
    fp.add_run(" —")
    # the cover
    for text, size, before, font in (
        (I02_TITLE, 26, 200, SANS),
        (I02_BY, 16, 260, KAI),
        (I02_DATE, 16, 6, KAI),
    ):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before)
        add_run(p, text, size, size > 20, font)
    # the typed contents page
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.page_break_before = True
    p.paragraph_format.space_after = Pt(18)
    add_run(p, "目　　录", 18, True, SANS)
    for (title, _, _, _), pg in zip(I02_PIECES, toc_pages, strict=True):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(
            Cm(15.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        p.paragraph_format.space_after = Pt(6)
        add_run(p, f"{title}\t{pg}", 14, False, SERIF)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for title, lines, outline, style in I02_PIECES:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.page_break_before = True
        p.paragraph_format.space_after = Pt(6)
        add_run(p, title, 18, True, SANS)
        heads.append({"text": title, "level": 1})
        for k, text in enumerate(lines):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(12 if k == len(lines) - 1 else 0)
            add_run(p, text, 14, False, KAI)
        if style == "kai":
            p = d.add_paragraph()
            add_run(p, "同志们：", 12)
        for h2, idx2, subs in outline:
            p = d.add_paragraph()
            if style == "sans":  # bold sans 14 pt, indented like the body
                p.paragraph_format.first_line_indent = Pt(24)
                p.paragraph_format.space_before = Pt(6)
                add_run(p, h2, 14, True, SANS)
            elif style == "serif":  # bold body face at the body size, flush left
                add_run(p, h2, 12, True, SERIF)
            else:  # 楷体 14 pt, not bold, indented
                p.paragraph_format.first_line_indent = Pt(24)
                add_run(p, h2, 14, False, KAI)
            heads.append({"text": h2, "level": 2})
            for i in idx2:
                body_para(d, paras[i])
                used.append(paras[i])
            for h3, idx3 in subs:
                p = d.add_paragraph()
                p.paragraph_format.first_line_indent = Pt(24)
                add_run(p, h3, 12, True, KAI)
                heads.append({"text": h3, "level": 3})
                for i in idx3:
                    body_para(d, paras[i])
                    used.append(paras[i])
    return d, heads, used


def build_compilation(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    toc = [3, 4, 5]
    for _ in range(3):
        d, heads, used = i02_docx(paras, toc)
        with tempfile.TemporaryDirectory() as t:
            src = Path(t) / (path.stem + ".docx")
            save(d, src)
            pdf = lo_pdf(src, Path(t))
            pdf.replace(path)
        n = more.pages(path)
        found = []
        for title, _, _, _ in I02_PIECES:
            found.append(
                next(pg for pg in range(3, n + 1) if page_lines(path, pg)[1] == more.squash(title))
            )
        if found == toc:
            break
        toc = found
    else:
        raise AssertionError(f"{path.name}: contents page numbers do not settle")
    assert 6 <= n <= 9, f"{path.name}: {n} pages"
    assert page_lines(path, 1)[-1] == more.squash(I02_DATE), page_lines(path, 1)
    for pg in range(2, n + 1):
        lines = page_lines(path, pg)
        assert lines[0] == more.squash(I02_TITLE) and lines[-1] == f"—{pg}—", (pg, lines)
    must = picks(paras, used, I02_KEEP)
    gold: Gold = {
        "title": I02_TITLE,
        "headings": heads,
        "must_have": must,
        "running": [I02_TITLE],
        "must_not_have": [I02_BY],
        "note": "",
    }
    check_pdf(path, gold, used)
    gold["note"] = (
        f"{n} pages (python-docx -> LibreOffice), a 材料汇编 as offices compile one: "
        "page 1 the cover (the compilation's name 26 pt bold, the title; the 编印 line "
        "must_not_have; the date metadata; no header or footer); page 2 a typed 目　　录 "
        "(the label and three lines of piece title, dot-leader right tab and page "
        f"number {toc}: neither headings nor body; the entries repeat the piece titles, "
        "so they are not listed); then three pieces pasted in from different authors, "
        "each from a new page: its title (18 pt bold sans, centred: level 1, the "
        "compilation's title stays the document title) and under it a ——subtitle, an "
        "author line, or a speaker and date (楷体, centred: metadata, unscored), a "
        "speech's 同志们： (unscored); the pieces' 一、 headings are level 2 although "
        "each piece formats them its own way (bold sans 14 pt indented; bold body face "
        "at the body size flush left; 楷体 14 pt not bold, indented), and the second "
        "piece's （一） lines (bold 楷体 12 pt) level 3; the compilation's name is the "
        "header from page 2 (running; also the title on the cover); — N — footers not "
        "listed"
    )
    return gold


# ------------------------------------------------------ i03 two pages per sheet

I03_TITLE = "2016年一季度全市经济运行情况汇报"
I03_ORG = "东川市统计局"
I03_TAG = "内部资料　注意保存"
I03_BY = "东川市统计局　2016年4月"
I03_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]]]] = [
    ("一、经济运行总体情况", [0, 2], []),
    (
        "二、主要预期目标和政策取向",
        [],
        [("（一）主要预期目标", [11, 12]), ("（二）财政和货币政策", [14, 16])],
    ),
    (
        "三、重点工作推进情况",
        [],
        [("（一）去产能和激发市场活力", [17, 18]), ("（二）区域和农业农村发展", [19, 20, 22])],
    ),
    ("四、民生保障", [29, 30], []),
]
I03_KEEP = {2, 12, 18, 22, 30}


def two_up(src: Path, out: Path) -> None:
    """Each A4 page of ``src`` scaled to fit half an A4 landscape sheet, two a sheet
    side by side (left page, right page), as "pages per sheet: 2" prints."""
    from pypdf import PageObject, PdfReader, PdfWriter, Transformation

    reader = PdfReader(str(src))
    writer = PdfWriter()
    w, h = 841.89, 595.28
    s = h / 841.89
    for k in range(0, len(reader.pages), 2):
        sheet = PageObject.create_blank_page(width=w, height=h)
        for j, page in enumerate(reader.pages[k : k + 2]):
            pw = float(page.mediabox.width) * s
            tx = (w / 2 - pw) / 2 + j * w / 2
            sheet.merge_transformed_page(page, Transformation().scale(s, s).translate(tx, 0))
        writer.add_page(sheet)
    writer.add_metadata({"/Title": I03_TITLE, "/Producer": "pypdf"})
    with out.open("wb") as f:
        writer.write(f)


def halves_text(pdf: Path) -> tuple[str, list[list[str]]]:
    """The printed text of each half sheet (cropped ``pdftotext -layout``), and its
    lines squashed."""
    out, lines = [], []
    for page in range(1, more.pages(pdf) + 1):
        for x in (0, 421):
            crop = ["-x", str(x), "-y", "0", "-W", "421", "-H", "596"]
            cmd = ["pdftotext", "-layout", "-f", str(page), "-l", str(page), *crop, str(pdf), "-"]
            done = subprocess.run(cmd, check=True, capture_output=True, timeout=120)
            half = done.stdout.decode("utf-8")
            out.append(half)
            lines.append([more.squash(ln) for ln in half.splitlines() if ln.strip()])
    return "\n".join(out), lines


def build_two_up(path: Path, year: int) -> Gold:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paras = third.whole(year, None)
    d = prev8.docx_base(SERIF, 12, (2.54, 2.54, 2.8, 2.6))
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    for name, size in (("Heading 1", 15), ("Heading 2", 13)):
        st = d.styles[name]
        more.cjk_font(st, SANS, size)
        st.font.bold, st.font.italic = True, False
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(10)
        st.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Pt(445), 2)  # right
    add_run(hp, f"{I03_ORG}\t{I03_TAG}", 9, False, KAI)
    more.border(hp, "bottom", "000000", 6)
    prev4.page_footer(sec.footer.paragraphs[0], "第 ", " 页", total=True)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(12)
    add_run(p, I03_TITLE, 20, True, SANS)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(12)
    add_run(p, I03_BY, 12, False, KAI)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for h1, idx1, subs in I03_OUTLINE:
        d.add_paragraph(h1, style="Heading 1")
        heads.append({"text": h1, "level": 1})
        for i in idx1:
            body_para(d, paras[i])
            used.append(paras[i])
        for h2, idx2 in subs:
            d.add_paragraph(h2, style="Heading 2")
            heads.append({"text": h2, "level": 2})
            for i in idx2:
                body_para(d, paras[i])
                used.append(paras[i])
    with tempfile.TemporaryDirectory() as t:
        src = Path(t) / "i03.docx"
        save(d, src)
        pdf = lo_pdf(src, Path(t))
        logical = more.pages(pdf)
        two_up(pdf, path)
    assert 4 <= logical <= 6, logical
    n = more.pages(path)
    assert n == (logical + 1) // 2, (n, logical)
    text, halves = halves_text(path)
    for k, lines in enumerate(halves[:logical], 1):
        assert lines[0] == more.squash(f"{I03_ORG}{I03_TAG}"), (k, lines[0])
        assert lines[-1] == f"第{k}页共{logical}页", (k, lines[-1])
    must = picks(paras, used, I03_KEEP)
    gold: Gold = {
        "title": I03_TITLE,
        "headings": heads,
        "must_have": must,
        "running": [I03_ORG, I03_TAG],
        "must_not_have": [],
        "note": "",
    }
    check_pdf(path, gold, used, text)
    gold["note"] = (
        f"{n} landscape A4 sheets holding the {logical} A4 pages of a Word report "
        "(python-docx -> LibreOffice) printed two pages per sheet (each page scaled to "
        "70.7 % and set in one half of a sheet, left then right, imposed with pypdf as "
        "print dialogs and CUPS number-up do; no frames): the text of the two pages on "
        "a sheet stands side by side at the same heights, so each half is read whole "
        "before the other; on every logical page a header with the office at the left "
        f"and {I03_TAG} at the right over a rule (both running) and a 第 N 页 共 M 页 "
        "footer (page numbers of the logical pages, not listed); page 1's title (20 pt "
        "bold, centred) and the office and date line under it (metadata); Heading 1 "
        "一、 (level 1) and Heading 2 （一） (level 2), typed"
    )
    return gold


# ------------------------------------------------- i04 template with hidden text

I04_TITLE = "关于加快培育壮大新兴产业的研究报告"
I04_GROUP = "东川市社会科学院课题组"
I04_LEAD = "课题负责人：李文涛　　课题组成员：周敏、陈晓东、马俊"
I04_HEADER = "东川市社会科学规划课题研究报告"
I04_NOTE = "本报告为东川市社会科学规划2017年度重点课题（DCSK2017-06）的阶段性成果。"
I04_TEMPLATE_NOTE = "【模板说明：标题用二号小标宋，居中；正文用三号仿宋，首行缩进2字符；一级标题用黑体，二级标题用楷体。提交前请删除全部说明和提示文字。】"
I04_HIDDEN_RUN = "〔此处数据待市统计局核实〕"
# (level 1, hidden 填写提示, paragraphs, [(level 2, paragraphs)])
I04_OUTLINE: list[tuple[str, str, list[int], list[tuple[str, list[int]]]]] = [
    ("一、研究背景和意义", "简要说明课题研究的背景、目的和意义，字数控制在800字以内。", [8, 9], []),
    (
        "二、我市新兴产业发展现状",
        "结合统计数据说明发展现状，数据须注明来源。",
        [],
        [("（一）科技创新能力", [20]), ("（二）新兴产业和传统产业", [21, 23])],
    ),
    ("三、存在的主要问题", "逐条列出问题，每条问题应有分析。", [22], []),
    (
        "四、对策建议",
        "建议应具体、可操作，避免空泛表述。",
        [],
        [
            ("（一）推进大众创业万众创新", [24]),
            ("（二）扩大有效投资", [18]),
            ("（三）加强产权保护", [15]),
        ],
    ),
]
I04_KEEP = {9, 21, 22, 24, 15}
I04_HIDE_IN = 21  # the paragraph whose first sentence is followed by the hidden note


def hidden(p: Any, text: str, mark: bool = True) -> None:
    """A hidden run (``w:vanish``; Word and LibreOffice do not print it); ``mark``: the
    paragraph mark hidden too (a hidden paragraph)."""
    r = add_run(p, text, 10.5, False, KAI, "0070C0")
    r._r.get_or_add_rPr().append(el("<w:vanish/>"))
    if mark:
        p._p.get_or_add_pPr().append(el("<w:rPr><w:vanish/></w:rPr>"))


def title_footnote(d: Any, p: Any) -> None:
    """A ``*`` custom-mark footnote (``w:customMarkFollows``) after the title."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import XmlPart

    small = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    xml = (
        f'<w:footnotes><w:footnote w:type="separator" w:id="-1"><w:p>{small}<w:r><w:separator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p>{small}<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p>{small}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>*</w:t></w:r>'
        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {I04_NOTE}</w:t></w:r></w:p></w:footnote></w:footnotes>'
    )
    part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, el(xml), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    p._p.append(
        el(
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="1"/>'
            "<w:t>*</w:t></w:r>"
        )
    )


def build_template_hidden(path: Path, year: int) -> Gold:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paras = third.whole(year, None)
    d = prev8.docx_base(SERIF, 12, (2.54, 2.54, 3.0, 2.6))
    d.core_properties.title = I04_TITLE
    d.core_properties.author = "lwt"
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    for name, size, alias, font in (
        ("Heading 1", 15, "一级标题,H1,标题一", SANS),
        ("Heading 2", 13, "二级标题,H2,标题二", KAI),
    ):
        st = d.styles[name]
        more.cjk_font(st, font, size)
        st.font.bold, st.font.italic = True, False
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(10)
        st.paragraph_format.space_after = Pt(4)
        name_el = st.element.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}name"
        )
        name_el.addnext(el(f'<w:aliases w:val="{alias}"/>'))
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(hp, I04_HEADER, 9, False, KAI)
    more.border(hp, "bottom", "000000", 6)
    prev4.page_footer(sec.footer.paragraphs[0], "", "")
    p = d.add_paragraph()
    hidden(p, I04_TEMPLATE_NOTE)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(18)
    p.paragraph_format.space_after = Pt(6)
    more.add_field(p, "TITLE  \\* MERGEFORMAT")
    field_runs = p.runs
    field_runs[-2].text = I04_TITLE  # the cached result (python-docx wrote "1")
    for r in field_runs:
        prev4.run_font(r, SANS)
        r.font.size, r.bold = Pt(20), True
    title_footnote(d, p)
    for text, after in ((I04_GROUP, 0), (I04_LEAD, 14)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(after)
        add_run(p, text, 12, False, KAI)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    hints: list[str] = []

    def put(i: int) -> None:
        if i == I04_HIDE_IN:
            lead = paras[i][: paras[i].index("。") + 1]
            q = body_para(d, lead)
            hidden(q, I04_HIDDEN_RUN, mark=False)
            add_run(q, paras[i][len(lead) :])
        else:
            body_para(d, paras[i])
        used.append(paras[i])

    for h1, hint, idx1, subs in I04_OUTLINE:
        d.add_paragraph(h1, style="Heading 1")
        heads.append({"text": h1, "level": 1})
        p = d.add_paragraph()
        hidden(p, f"【填写提示：{hint}】")
        hints.append(f"【填写提示：{hint}】")
        for i in idx1:
            put(i)
        for h2, idx2 in subs:
            d.add_paragraph(h2, style="Heading 2")
            heads.append({"text": h2, "level": 2})
            for i in idx2:
                put(i)
    save(d, path)
    with zipfile.ZipFile(path) as z:
        doc_xml = z.read("word/document.xml").decode("utf-8")
        styles_xml = z.read("word/styles.xml").decode("utf-8")
    assert len(re.findall(r"<w:vanish\b", doc_xml)) >= 2 * len(I04_OUTLINE) + 3
    assert "一级标题,H1" in styles_xml and "TITLE" in doc_xml
    assert 'w:customMarkFollows="1"' in doc_xml
    must = picks(paras, used, I04_KEEP)
    gold: Gold = {
        "title": I04_TITLE,
        "headings": heads,
        "must_have": must,
        "running": [I04_HEADER],
        "must_not_have": [I04_TEMPLATE_NOTE[:24], hints[0], hints[3], I04_HIDDEN_RUN, I04_LEAD],
        "note": "",
    }
    with tempfile.TemporaryDirectory() as t:
        pdf = lo_pdf(path, Path(t))
        printed = more.squash(more.pdftext(pdf))
    for s in (I04_TEMPLATE_NOTE, *hints, I04_HIDDEN_RUN):
        assert more.squash(s) not in printed, s
    assert more.squash(I04_TITLE + "*") in printed and more.squash(I04_NOTE) in printed
    # the hidden strings are not printed, so check the rest against the rendering
    visible = {**gold, "must_not_have": [I04_LEAD]}
    text, n = check_docx(path, visible, used)
    third.no_clash(path.name, used, gold)
    assert 3 <= n <= 6, f"{path.name}: {n} pages"
    gold["note"] = (
        f"a DOCX ({n} pages in LibreOffice) filled in on a unit's Word template: the "
        "template's hidden text was left in, as users leave it: a 【模板说明：…】 paragraph "
        "above the title and a 【填写提示：…】 paragraph under each Heading 1, blue 楷体 runs "
        "with w:vanish on the runs and the paragraph marks (not printed by Word or "
        f"LibreOffice: not body, samples must_not_have), and a hidden {I04_HIDDEN_RUN} "
        "run inside a body paragraph right after its first sentence (a reviewer's note "
        "hidden, not deleted): that paragraph's passage is the printed text without it; "
        "the title is the cached result of a TITLE field (the core title is the same "
        "text; 20 pt bold, centred) followed by a * custom-mark footnote reference "
        "(w:customMarkFollows; the footnote text, whose own * is a typed run as Word "
        "writes it (LibreOffice adds its mark too and prints **), is unscored; the title "
        "is without the *); the 课题组 line and the 课题负责人 line under it are metadata (the latter "
        "must_not_have); Heading 1 (一、, level 1) and Heading 2 (（一）, level 2) with "
        "w:aliases (一级标题,H1…); the ruled header is running; PAGE footers not listed"
    )
    return gold


# ------------------------------------------- i05 report with its attachments

I05_TITLE = "关于全市民生保障工作情况的调研报告"
I05_BY = "市发展改革委社会处调研组"
I05_HEADER = "东川市发展和改革委员会调研报告"
I05_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]]]] = [
    ("一、基本情况", [17], [("（一）社会保障", [18]), ("（二）医药卫生", [19])]),
    ("二、存在的主要问题", [20], []),
    ("三、对策建议", [], [("（一）加强住房保障", [21]), ("（二）促进教育公平", [22])]),
]
I05_ATT = ("东川市民生保障重点项目推进情况表", "东川市民生保障工作经验材料")
I05_SIGN = ("东川市发展和改革委员会社会处", "2013年11月20日")
I05_TABLE = [
    ("序号", "项目名称", "责任单位", "年度投资（万元）", "完成比例（%）", "进展情况"),
    ("1", "城区保障性住房建设", "市住建局", "32000", "86", "主体完工"),
    ("2", "农村义务教育学校改造", "市教育局", "8600", "92", "按计划推进"),
    ("3", "基层医疗卫生机构标准化", "市卫生局", "5400", "78", "设备采购中"),
    ("4", "养老服务中心建设", "市民政局", "4200", "65", "主体施工"),
    ("5", "就业培训基地建设", "市人社局", "2800", "100", "已投入使用"),
]
I05_TABLE_NOTE = "注：数据截至2013年10月底，由各责任单位报送。"
I05_ATT2 = [16, 2]
I05_KEEP = {17, 19, 21, 22, 16}


def build_attachments(path: Path, year: int) -> Gold:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paras = third.whole(year, None)
    d = prev8.docx_base(SERIF, 12, (2.54, 2.54, 2.8, 2.6))
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    for name, size, font in (("Heading 1", 15, SANS), ("Heading 2", 13, KAI)):
        st = d.styles[name]
        more.cjk_font(st, font, size)
        st.font.bold, st.font.italic = True, False
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(10)
        st.paragraph_format.space_after = Pt(4)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, I05_HEADER, 9, False, KAI)
    more.border(hp, "bottom", "000000", 6)
    prev4.page_footer(sec.footer.paragraphs[0], "- ", " -")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(12)
    add_run(p, I05_TITLE, 20, True, SANS)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(12)
    add_run(p, I05_BY, 12, False, KAI)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for h1, idx1, subs in I05_OUTLINE:
        d.add_paragraph(h1, style="Heading 1")
        heads.append({"text": h1, "level": 1})
        for i in idx1:
            body_para(d, paras[i])
            used.append(paras[i])
        for h2, idx2 in subs:
            d.add_paragraph(h2, style="Heading 2")
            heads.append({"text": h2, "level": 2})
            for i in idx2:
                body_para(d, paras[i])
                used.append(paras[i])
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.left_indent = Pt(24)
    add_run(p, f"附件：1．{I05_ATT[0]}")
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Pt(60)
    add_run(p, f"2．{I05_ATT[1]}")
    for k, text in enumerate(I05_SIGN):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Pt(24)
        if k == 0:
            p.paragraph_format.space_before = Pt(24)
        add_run(p, text)

    def attachment(n: int, title: str, landscape: bool) -> None:
        s = d.add_section(WD_SECTION.NEW_PAGE)
        if landscape != (s.orientation == WD_ORIENT.LANDSCAPE):
            s.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
            s.page_width, s.page_height = s.page_height, s.page_width
        s.header.is_linked_to_previous = False  # an empty header
        q = d.add_paragraph()
        add_run(q, f"附件{n}", 14, False, SANS)
        q = d.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_before = Pt(10)
        q.paragraph_format.space_after = Pt(12)
        add_run(q, title, 18, True, SANS)
        heads.append({"text": title, "level": 1})

    attachment(1, I05_ATT[0], True)
    t = d.add_table(rows=len(I05_TABLE), cols=len(I05_TABLE[0]))
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(I05_TABLE):
        for c, cell in enumerate(row):
            q = t.cell(r, c).paragraphs[0]
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_run(q, cell, 11, r == 0, SANS if r == 0 else SERIF)
    q = d.add_paragraph()
    q.paragraph_format.space_before = Pt(6)
    add_run(q, I05_TABLE_NOTE, 10.5, False, KAI)
    attachment(2, I05_ATT[1], False)
    for i in I05_ATT2:
        body_para(d, paras[i])
        used.append(paras[i])
    save(d, path)
    must = picks(paras, used, I05_KEEP)
    gold: Gold = {
        "title": I05_TITLE,
        "headings": heads,
        "must_have": must,
        "running": [I05_HEADER],
        "must_not_have": [I05_TABLE_NOTE],
        "note": "",
    }
    text, n = check_docx(path, gold, used)
    assert 3 <= n <= 6, f"{path.name}: {n} pages"
    assert len(d.sections) == 3
    gold["note"] = (
        f"a DOCX ({n} pages in LibreOffice), a 调研报告 with its attachments after the "
        "signature, as office reports are sent: the title (20 pt bold Normal "
        "paragraph, centred) and the 调研组 line (metadata); Heading 1 一、 (level 1) "
        "and Heading 2 （一） (level 2); after the last section the 附件：1．…/2．… list "
        "(unscored: it names the attachments) and the signature and date (metadata); "
        "then section 2 (new page, landscape, its header unlinked and empty): the label "
        "附件1 (14 pt sans, unscored: neither heading nor body), the attachment's title "
        "(18 pt bold, centred, a directly formatted Normal paragraph: level 1, as the "
        "report's sections, the attachments being parts of the same document), a ruled "
        f"table (written here: unscored) and its 注 line (must_not_have); section 3 "
        "(new page, portrait, empty header): 附件2, its title (level 1) and two whole "
        "report paragraphs (body: the last must_have is there); the report's ruled "
        "header (running) only on the report's pages; - N - footers run on through the "
        "attachments (not listed)"
    )
    return gold


# ------------------------------------------- i06 plan numbered by lists, PDF/A

I06_TITLE = "东川市国民经济和社会发展第十三个五年规划纲要"
I06_NOTE = "（2016年1月22日东川市第十五届人民代表大会第六次会议批准）"
I06_SHORT = "东川市“十三五”规划纲要"
# (part, [(chapter, paragraphs, [(section, paragraphs)], box)])
I06_OUTLINE: list[tuple[str, list[tuple[str, list[int], list[tuple[str, list[int]]], bool]]]] = [
    (
        "发展基础与总体要求",
        [
            ("发展基础", [], [("经济运行", [0, 2]), ("民生改善", [8, 10])], False),
            ("总体要求和主要目标", [19, 21], [], True),
        ],
    ),
    (
        "深化改革开放",
        [
            ("深化行政体制改革", [], [("简政放权", [24]), ("事中事后监管", [25])], False),
            (
                "扩大全方位开放",
                [],
                [("利用外资和出口升级", [26, 27]), ("走出去和区域合作", [28, 29])],
                False,
            ),
        ],
    ),
    (
        "扩大内需与城乡发展",
        [
            ("扩大国内需求", [30], [("消费", [31]), ("投资", [32])], False),
            (
                "推进农业现代化",
                [33],
                [("农业支持保护", [34]), ("农村改革和扶贫开发", [35, 36])],
                False,
            ),
            ("推进新型城镇化", [37, 38, 40], [], False),
        ],
    ),
]
I06_KEEP = {2, 21, 25, 28, 35}
I06_BOX = (
    "专栏1　“十三五”时期主要指标",
    [
        "地区生产总值年均增长7%左右",
        "城镇新增就业年均5万人以上",
        "居民人均可支配收入年均增长7.5%",
        "单位地区生产总值能耗累计下降15%",
    ],
)
ZH = "一二三四五六七八九十"
PDFA = '{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def i06_numbering(d: Any) -> None:
    """List 20 on Heading 1 (第%1篇) and list 21 on Heading 2/3 (第%1章, 第%2节): the
    chapters are numbered on through the parts, the sections restart per chapter."""
    numbering = d.part.numbering_part.element

    def lvl(i: int, text: str, style: str) -> str:
        return (
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="{style}"/>'
            f'<w:suff w:val="space"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        )

    numbering.insert(
        0,
        el(
            '<w:abstractNum w:abstractNumId="21"><w:multiLevelType w:val="multilevel"/>'
            f"{lvl(0, '第%1章', 'Heading2')}{lvl(1, '第%2节', 'Heading3')}</w:abstractNum>"
        ),
    )
    numbering.insert(
        0,
        el(
            '<w:abstractNum w:abstractNumId="20"><w:multiLevelType w:val="singleLevel"/>'
            f"{lvl(0, '第%1篇', 'Heading1')}</w:abstractNum>"
        ),
    )
    for num, absn in ((20, 20), (21, 21)):
        numbering.append(el(f'<w:num w:numId="{num}"><w:abstractNumId w:val="{absn}"/></w:num>'))
    for name, num, ilvl in (("Heading 1", 20, 0), ("Heading 2", 21, 0), ("Heading 3", 21, 1)):
        ppr = d.styles[name].element.get_or_add_pPr()
        ppr.insert(0, el(f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'))


def build_plan_pdfa(path: Path, year: int) -> Gold:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paras = third.whole(year, None)
    d = prev8.docx_base(SERIF, 12, (2.54, 2.54, 2.8, 2.6))
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    for name, size, centre in (
        ("Heading 1", 18, True),
        ("Heading 2", 15, True),
        ("Heading 3", 13, False),
    ):
        st = d.styles[name]
        more.cjk_font(st, SANS if name != "Heading 3" else KAI, size)
        st.font.bold, st.font.italic = True, False
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(16 if centre else 8)
        st.paragraph_format.space_after = Pt(8 if centre else 4)
        if centre:
            st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    i06_numbering(d)
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(hp, I06_SHORT, 9, False, KAI)
    more.border(hp, "bottom", "000000", 6)
    for footer in (sec.footer, sec.first_page_footer):
        prev4.page_footer(footer.paragraphs[0], "— ", " —")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(30)
    add_run(p, I06_TITLE, 20, True, SANS)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(18)
    add_run(p, I06_NOTE, 12, False, KAI)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    chapter = 0
    for k, (part, chapters) in enumerate(I06_OUTLINE):
        d.add_paragraph(part, style="Heading 1")
        heads.append({"text": f"第{ZH[k]}篇 {part}", "level": 1})
        for name, idx, secs, box in chapters:
            d.add_paragraph(name, style="Heading 2")
            heads.append({"text": f"第{ZH[chapter]}章 {name}", "level": 2})
            chapter += 1
            for i in idx:
                body_para(d, paras[i])
                used.append(paras[i])
            if box:
                t = d.add_table(rows=1, cols=1)
                t.style = d.styles["Table Grid"]
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                cell = t.cell(0, 0)
                prev8.shade(cell, "EDF3F8")
                q = cell.paragraphs[0]
                q.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_run(q, I06_BOX[0], 11, True, SANS)
                for item in I06_BOX[1]:
                    q = cell.add_paragraph()
                    q.paragraph_format.left_indent = Pt(22)
                    add_run(q, item, 10.5, False, KAI)
                d.add_paragraph()
            for j, (section, sidx) in enumerate(secs):
                d.add_paragraph(section, style="Heading 3")
                heads.append({"text": f"第{ZH[j]}节 {section}", "level": 3})
                for i in sidx:
                    body_para(d, paras[i])
                    used.append(paras[i])
    with tempfile.TemporaryDirectory() as t:
        src = Path(t) / "i06.docx"
        save(d, src)
        pdf = lo_pdf(src, Path(t), PDFA)
        pdf.replace(path)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, timeout=60)
    assert re.search(r"^Tagged:\s+yes", info.stdout.decode(), re.M), info.stdout
    meta = subprocess.run(
        ["pdfinfo", "-meta", str(path)], capture_output=True, check=True, timeout=60
    )
    assert "<pdfaid:part>2</pdfaid:part>" in meta.stdout.decode()
    n = more.pages(path)
    assert 4 <= n <= 7, f"{path.name}: {n} pages"
    for pg in range(2, n + 1):
        lines = page_lines(path, pg)
        assert lines[0] == more.squash(I06_SHORT) and lines[-1] == f"—{pg}—", (pg, lines)
    printed_lines = [ln for pg in range(1, n + 1) for ln in page_lines(path, pg)]
    for h in heads:  # each heading on a line of its own, number and text as printed
        assert more.squash(h["text"]) in printed_lines, h["text"]
    must = picks(paras, used, I06_KEEP)
    gold: Gold = {
        "title": I06_TITLE,
        "headings": heads,
        "must_have": must,
        "running": [I06_SHORT],
        "must_not_have": [],
        "note": "",
    }
    check_pdf(path, gold, used)
    gold["note"] = (
        f"{n} pages, a DOCX (python-docx) printed by LibreOffice 7.4 as a tagged PDF/A-2b "
        "(export options UseTaggedPDF and SelectPdfVersion 2: structure tree, XMP "
        "pdfaid 2B, every font embedded; PDF bookmarks from the headings), a 规划纲要 "
        "laid out as such plans are: the title (20 pt bold, centred) and under it the "
        "approval note in brackets (metadata, unscored); parts, chapters and sections in "
        "Heading 1/2/3 whose numbers come from Word lists (numbering.xml, chineseCounting "
        "with a space after the number; not in the text, printed): 第一篇… (level 1, "
        "list 20), 第一章… (level 2) numbered on through the parts (list 21, so 第三章 "
        "opens 第二篇) and 第一节… (level 3, list 21's second level, restarting in each "
        "chapter); gold headings are as printed, number, space and text; the 专栏1 box "
        "(a shaded one-cell table: a bold label and four short indicator lines written "
        "here) is unscored; the short title is the header from page 2 (running); — N — "
        "footers not listed"
    )
    return gold


BUILDERS: dict[str, tuple[Any, int]] = {
    "i01_docx_wps_gongwen_shapes.docx": (build_wps_gongwen, 2015),
    "i02_lo_materials_compilation.pdf": (build_compilation, 2013),
    "i03_lo_2up_handout.pdf": (build_two_up, 2016),
    "i04_docx_template_hidden_text.docx": (build_template_hidden, 2017),
    "i05_docx_report_attachments.docx": (build_attachments, 2013),
    "i06_lo_plan_pdfa_tagged.pdf": (build_plan_pdfa, 2014),
}
SOURCE_HEAD = (
    "# Documents made blind, twenty-second set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data:\n"
    "documents as ordinary office users write them in Word and WPS, and the PDFs those\n"
    "make, each a habit of real users that the earlier sets lack: i01-i06 by\n"
    "`python eval/make_realdocs22_files.py`, the j files by their own script. Texts come\n"
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
    "| i01_docx_wps_gongwen_shapes.docx | python-docx 1.2 (+ DrawingML/VML shape, table-border and grid XML; WPS app.xml/custom.xml), gwr 2015 (`eval/make_realdocs22_files.py`, as i02-i06) | 公文 通知 as WPS saves it: 份号/特急 lines, red condensed 发文机关标志 and 发文字号 (must_not_have), the red 版头 rule an anchored `wps:wsp` line (VML `v:line` fallback), title in two centred paragraphs (joined), 主送机关, headings told only by the face (`一、` 黑体 level 1, `（一）` 楷体_GB2312 level 2, body size, not bold, no style or outline level; fonts not installed), signature with a seal ellipse shape, （此件公开发布）, 版记 as a two-row table with thick top/bottom rules (抄送 and 印发 rows must_not_have), `— N —` odd/even footers |",
    "| i02_lo_materials_compilation.pdf | python-docx 1.2 → LibreOffice 7.4, gwr 2013 | 材料汇编: cover (compilation name = title; 编印 line must_not_have), typed 目　　录 with dot-leader right tabs (neither), three pieces each from a new page with its own title (level 1) and subtitle/author/speaker lines (unscored), `一、` headings (level 2) formatted differently in each piece (bold sans 14 pt / bold body face / 楷体 not bold), `（一）` (level 3); compilation name as header from page 2 (running), `— N —` |",
    '| i03_lo_2up_handout.pdf | python-docx 1.2 → LibreOffice 7.4 → pypdf 7 imposition (two A4 pages per landscape A4 sheet, 70.7 %), gwr 2016 | "pages per sheet: 2" print: two logical pages side by side on each sheet (lines of both at the same heights), header office + 内部资料 on each logical page (running), `第 N 页 共 M 页` per logical page, title, Heading 1/2 `一、`/`（一）` |',
    "| i04_docx_template_hidden_text.docx | python-docx 1.2 (+ vanish, field, footnote, aliases XML), gwr 2017 | report filled in on a unit template: hidden (`w:vanish`) 【模板说明】 paragraph and 【填写提示】 paragraphs under each Heading 1 (must_not_have), a hidden reviewer's note inside a passage's first 18 characters (passage as printed, note must_not_have), title as a `TITLE` field's cached result with a `*` custom-mark footnote (title without it), 课题负责人 line (must_not_have), Heading 1/2 with `w:aliases`, ruled header (running) |",
    "| i05_docx_report_attachments.docx | python-docx 1.2, gwr 2013 | 调研报告 in Heading 1/2 with 附件 after the signature: 附件： list (unscored), signature/date, a landscape section (附件1 label unscored, directly formatted attachment title level 1, table unscored, 注 line must_not_have) and a portrait section (附件2, title level 1, two body paragraphs), attachment headers unlinked and empty, the report header (running) |",
    "| i06_lo_plan_pdfa_tagged.pdf | python-docx 1.2 (+ numbering XML) → LibreOffice 7.4 tagged PDF/A-2b (`UseTaggedPDF`, `SelectPdfVersion` 2), gwr 2014 | 规划纲要: title + approval note (unscored), Heading 1/2/3 numbered by Word lists and printed: `第一篇` (level 1), `第一章` numbered on through the parts by a second list (level 2), `第一节` restarting per chapter (level 3); shaded 专栏 box (unscored), short-title header (running), `— N —` |",
]


def main(argv: list[str] | None = None) -> int:
    """Build the i documents, then keep SOURCE.md's table (shared with the j files'
    maker) in file order."""
    import argparse

    rc = more.make_set(argv, __doc__, BUILDERS, "realdocs-made22", ROWS, SOURCE_HEAD, MINE)
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made22",
    )
    prev20p.pages2.sort_source_rows(ap.parse_known_args(argv)[0].out / "SOURCE.md")
    return rc


if __name__ == "__main__":
    sys.exit(main())
