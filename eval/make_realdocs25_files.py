# ruff: noqa: E501  (OOXML and TeX snippets and the SOURCE.md rows are kept on one line each)
"""Make the o documents of ``realdocs-made25`` (o01-o06) with real tools, and their gold.

A twenty-fifth set of development documents, made blind (without looking at the
readers or running them): the files Chinese office users and academics send, Word
documents, their LibreOffice PDFs and XeLaTeX papers, weighted toward furniture and
boilerplate a reader must keep out of the body and headings that differ from the body
only a little; the helpers of the earlier makers are reused. The texts come only from
the public government work reports 2013-2017 (../shared/data/gov-work-reports), whole
paragraphs (titles, headings, labels, names, dates, figures, table cells, notes and
furniture are written here; people, places and companies are made up):

- ``o01_lo_iso_procedure.pdf`` (gwr 2016): a company's ISO 9001 程序文件 (python-docx ->
  LibreOffice): a ruled 3 x 4 header table with a logo, company, 程序文件, the document
  name, 文件编号/版本/页码 fields on every page, a proprietary-notice footer, a control
  page with a red 受控文件 stamp in a floating text box, the 编制/审核/批准 and 修订记录
  tables, then clauses ``1　目的`` (bold at the body size) and ``3.1　…`` (plain);
- ``o02_docx_watermark_flow_shapes.docx`` (gwr 2013): a 实施意见 as a Word file with a
  VML WordArt watermark in the header, a floating pull-quote text box and a flow chart
  of text boxes joined by arrow connectors (DrawingML with VML fallbacks);
- ``o03_lo_exam_paper.pdf`` (gwr 2014): a 申论 exam paper with the 装订线 strip (a
  vertical text box in the header) in the left margin of every page, 绝密★启用前, a
  score table, 注意事项/给定资料/作答要求 and 资料1-4, question paragraphs;
- ``o04_xelatex_cnki_paper.pdf`` (gwr 2017): a 学报 paper as downloaded from CNKI, typeset
  by XeLaTeX with fontspec only (no ctex/xeCJK): the 网络首发 cover page, the
  网络首发时间/地址 stamp, 卷期 lines, abstract block, 作者简介 footnote, even/odd headers
  and the ``(C)1994-2017 China Academic Journal Electronic Publishing House`` footer;
- ``o05_docx_nested_tables.docx`` (gwr 2015): a 项目申报书 whose form is one table with
  the sections in its rows and further tables nested in the cells, a cover with a
  填报说明 box and a 承诺/盖章 cell at the end;
- ``o06_lo_thinktank_report.pdf`` (gwr 2016): a think tank's 研究报告 in three sections:
  cover, copyright page (版权声明/免责声明), the report with its own header and typed
  notes, a back cover with a QR-code-like picture and the address.

Gold is written from what each builder put in the document, decided as a reader reads
the printed page (never from reader output); titles, headings, passages, running lines
and boilerplate are checked against the printed text (``pdftotext -layout``; for the
DOCX files a LibreOffice rendering in a scratch folder, and the watermark in the header
part, since LibreOffice draws it without a text layer).
Needs LibreOffice Writer, poppler-utils, TeX Live's xetex, latex-base, latex-recommended
(fontspec, fancyhdr) and the fonts of fonts-noto-cjk, fonts-wqy-zenhei,
fonts-arphic-gbsn00lp/gkai00mp and fonts-liberation, and python-docx and Pillow in the
Python that runs it. texlive-xetex itself is not needed (it would pull in more fonts-*
packages): the XeLaTeX format is built on the fly with ``xetex -ini`` from
xelatex.ini. Run once; the outputs are committed, so nothing else needs these tools.
Made in a virtual environment of its own:

    python3 -m venv /tmp/m25a-venv
    /tmp/m25a-venv/bin/pip install python-docx pillow
    /tmp/m25a-venv/bin/python eval/make_realdocs25_files.py [--out eval/data/realdocs-made25] [--only o01 ...]
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs4_files as prev4
import make_realdocs8_files as prev8
import make_realdocs20_files as prev20
import make_realdocs20_pages as prev20p
import make_realdocs22_files as prev22
import make_realdocs24_files as prev24

MINE = ("o01_", "o02_", "o03_", "o04_", "o05_", "o06_")
Gold = dict[str, Any]
SERIF, SANS, KAI = prev20.SERIF, prev20.SANS, prev20.KAI
picks, page_lines = prev20.picks, prev20.page_lines
add_run, body_para, el, save = prev22.add_run, prev22.body_para, prev22.el, prev22.save
new_doc, para, cell_text, grid = prev24.new_doc, prev24.para, prev24.cell_text, prev24.grid
check_pdf, check_docx, lo_pdf = prev24.check_pdf, prev22.check_docx, prev22.lo_pdf
EMU_CM = prev22.EMU_CM
PT_CM = 72 / 2.54


# ------------------------------------------------------------------ shared helpers


def tb_para(
    text: str,
    pt: float,
    bold: bool = False,
    color: str = "000000",
    font: str = SERIF,
    align: str = "center",
    spacing: int = 0,
) -> str:
    """One ``w:p`` for the inside of a text box (``spacing``: extra letter spacing in
    twentieths of a point)."""
    sp = f'<w:spacing w:val="{spacing}"/>' if spacing else ""
    rpr = (
        f'<w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>'
        + ("<w:b/>" if bold else "")
        + f'{sp}<w:color w:val="{color}"/><w:sz w:val="{round(pt * 2)}"/><w:szCs w:val="{round(pt * 2)}"/></w:rPr>'
    )
    return (
        f'<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="{align}"/>{rpr}</w:pPr>'
        f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    )


def text_box(
    sid: int,
    content: str,
    box: tuple[float, float, float, float],
    rel: tuple[str, str] = ("page", "page"),
    line: str = "",
    line_pt: float = 0.75,
    fill: str = "",
    wrap: str = "none",
    vert: bool = False,
    anchor: str = "ctr",
) -> Any:
    """A run holding a floating text box as Word 2010+ writes one: ``mc:AlternateContent``
    with a ``wps:wsp`` (``wps:txbx``) choice and a VML ``v:textbox`` fallback.

    ``box`` is x, y, width, height in cm from ``rel`` (horizontal, vertical: ``page``,
    ``margin``, ``paragraph``…); ``line``/``fill`` are RGB hex colours (empty: none);
    ``wrap`` ``none`` (in front of the text) or ``square``; ``vert`` turns the text to
    run bottom to top (Word's 文字方向 “根据所选内容…” 270°)."""
    x, y, w, h = box
    cx, cy, ox, oy = (round(v * EMU_CM) for v in (w, h, x, y))
    name = f"文本框 {sid}"
    ln = (
        f'<a:ln w="{round(line_pt * 12700)}"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
        if line
        else '<a:ln w="6350"><a:noFill/></a:ln>'
    )
    fl = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    wrap_xml = '<wp:wrapSquare wrapText="bothSides"/>' if wrap == "square" else "<wp:wrapNone/>"
    pos_v = "paragraph" if rel[1] == "paragraph" else rel[1]
    vml_style = (
        f"position:absolute;margin-left:{x * PT_CM:.1f}pt;margin-top:{y * PT_CM:.1f}pt;"
        f"width:{w * PT_CM:.1f}pt;height:{h * PT_CM:.1f}pt;z-index:{251659264 + sid};"
        f"mso-position-horizontal-relative:{rel[0]};mso-position-vertical-relative:{pos_v}"
    )
    vml_attrs = (f'strokecolor="#{line}" strokeweight="{line_pt}pt"' if line else 'stroked="f"') + (
        f' fillcolor="#{fill}"' if fill else ' filled="f"'
    )
    tb_style = "layout-flow:vertical;mso-layout-flow-alt:bottom-to-top" if vert else ""
    wrap_vml = "square" if wrap == "square" else "none"
    return el(
        f'<w:r xmlns:w10="urn:schemas-microsoft-com:office:word"><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="{rel[0]}"><wp:posOffset>{ox}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="{rel[1]}"><wp:posOffset>{oy}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrap_xml}'
        f'<wp:docPr id="{sid}" name="{name}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fl}{ln}</wps:spPr>'
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>"
        f'<wps:bodyPr rot="0" vert="{"vert270" if vert else "horz"}" wrap="square" lIns="72000" tIns="36000" rIns="72000" bIns="36000" anchor="{anchor}" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f'<mc:Fallback><w:pict><v:shape id="{name}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t202" style="{vml_style}" {vml_attrs}>'
        f'<v:textbox style="{tb_style}" inset="2mm,1mm,2mm,1mm"><w:txbxContent>{content}</w:txbxContent></v:textbox>'
        f'<w10:wrap type="{wrap_vml}" anchorx="{rel[0]}" anchory="{pos_v}"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def shade(cell: Any, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(el(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def widths(t: Any, cms: list[float]) -> Any:
    """Column widths in the table grid and every cell (LibreOffice reads the grid)."""
    from docx.shared import Cm

    t.autofit = False
    for c, wd in enumerate(cms):
        t.columns[c].width = Cm(wd)
        for cell in t.columns[c].cells:
            cell.width = Cm(wd)
    return t


def merge_row(t: Any, r: int) -> Any:
    """The cells of row ``r`` merged into one."""
    row = t.rows[r].cells
    return row[0].merge(row[-1])


def pdf_lines(pdf: Path) -> list[str]:
    return [more.squash(ln) for ln in more.pdftext(pdf).splitlines() if ln.strip()]


def no_clash_heads(name: str, gold: Gold) -> None:
    """Running lines and boilerplate must not occur in the title or a heading either."""
    heads = [gold["title"]] + [h["text"] for h in gold["headings"]]
    for s in list(gold.get("running", [])) + list(gold.get("must_not_have", [])):
        hits = [h for h in heads if more.squash(s) in more.squash(h)]
        assert not hits, f"{name}: {s!r} occurs in the title or headings {hits}"


# ------------------------------------------- o01 ISO 程序文件 (LibreOffice PDF)

O01_COMPANY = "东川恒远电气股份有限公司"
O01_KIND = "程序文件"
O01_TITLE = "政策研究与项目申报控制程序"
O01_NO, O01_REV = "HY-QP-07", "A/2"
O01_CONTROL = "文件编号：HY-QP-07　　版本/修订：A/2　　生效日期：2016年4月1日"
O01_EFFECTIVE = "生效日期：2016年4月1日"
O01_STAMP, O01_COPY = "受控文件", "分发号：016"
O01_FOOTER = "本文件版权归东川恒远电气股份有限公司所有，未经批准不得复制外传"
O01_SIGN = [
    ("", "编　制", "审　核", "批　准"),
    ("签　名", "王立新", "刘海燕", "陈建国"),
    ("日　期", "2016-03-10", "2016-03-18", "2016-03-25"),
]
O01_REVS = [
    ("版本/修订", "修订日期", "修订内容", "修订人"),
    ("A/0", "2012-05-10", "首次发布", "王立新"),
    ("A/1", "2014-02-20", "增加项目申报台账和归档要求", "王立新"),
    ("A/2", "2016-03-10", "根据组织机构调整修订第3章职责分工", "王立新"),
]
O01_REV_NOTE = "根据组织机构调整修订第3章职责分工"
# (heading, level, gwr paragraphs, block)
O01_OUTLINE: list[tuple[str, int, list[int], str]] = [
    ("1　目的", 1, [13], ""),
    ("2　适用范围", 1, [12], ""),
    ("3　职责", 1, [], ""),
    ("3.1　战略发展部", 2, [14], ""),
    ("3.2　财务管理部", 2, [16], ""),
    ("4　工作程序", 1, [], ""),
    ("4.1　政策收集与研判", 2, [17], ""),
    ("4.2　项目申报", 2, [18, 19], ""),
    ("4.3　实施与监督", 2, [20], ""),
    ("5　相关文件", 1, [], "docs"),
    ("6　记录", 1, [], "records"),
]
O01_KEEP = {13, 14, 17, 19, 20}
O01_DOCS = ["《文件控制程序》HY-QP-01", "《合同管理控制程序》HY-QP-03", "《财务管理制度》HY-GL-05"]
O01_RECORDS = [
    ("记录名称", "表单编号", "保存部门", "保存期限"),
    ("政策信息登记表", "HY-QR-0701", "战略发展部", "3年"),
    ("项目申报审批单", "HY-QR-0702", "战略发展部", "5年"),
    ("专项资金使用台账", "HY-QR-0703", "财务管理部", "10年"),
]


def o01_header(d: Any, sec: Any) -> None:
    """The ISO template's header: a 3 x 4 table, the logo in a cell merged down, company /
    程序文件 / title, then 文件编号, 版本/修订 and 页码 (PAGE/NUMPAGES fields)."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    hdr = sec.header
    t = hdr.add_table(rows=3, cols=4, width=Cm(15.8))
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [2.6, 7.0, 2.4, 3.8])
    logo = t.cell(0, 0).merge(t.cell(2, 0))
    p = logo.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(io.BytesIO(prev20.logo_png()), width=Cm(1.6))
    for r, (text, size) in enumerate(((O01_COMPANY, 11), (O01_KIND, 12), (O01_TITLE, 11))):
        cell_text(t.cell(r, 1), text, size, True, SANS, WD_ALIGN_PARAGRAPH.CENTER)
    for r, label in enumerate(("文件编号", "版本/修订", "页　　码")):
        cell_text(t.cell(r, 2), label, 9, False, SERIF, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(0, 3), O01_NO, 9, False, SERIF, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(1, 3), O01_REV, 9, False, SERIF, WD_ALIGN_PARAGRAPH.CENTER)
    p = t.cell(2, 3).paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("第 ")
    more.add_field(p, "PAGE")
    p.add_run(" 页 共 ")
    more.add_field(p, "NUMPAGES")
    p.add_run(" 页")
    for r in p.runs:
        r.font.size = Pt(9)
    hdr.paragraphs[0].paragraph_format.space_after = Pt(0)
    hdr.paragraphs[0]._p.getparent().remove(hdr.paragraphs[0]._p)
    hdr._element.append(el('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>'))
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, O01_FOOTER, 9, False, SERIF, "595959")
    more.border(fp, "top", "808080", 4)


def o01_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    d = new_doc(12, (4.2, 2.2, 2.6, 2.6))
    d.core_properties.title = O01_TITLE
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    sec = d.sections[0]
    sec.header_distance, sec.footer_distance = Cm(1.0), Cm(1.0)
    o01_header(d, sec)
    para(d, "", 12)
    tp = para(d, O01_TITLE, 20, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, before=24, after=12)
    tp._p.append(
        text_box(
            1,
            tb_para(O01_STAMP, 16, True, "E00000", SANS, spacing=60)
            + tb_para(O01_COPY, 10, False, "E00000", SERIF),
            (12.6, -0.2, 3.4, 1.6),
            ("margin", "paragraph"),
            line="E00000",
            line_pt=2.25,
        )
    )
    para(d, O01_CONTROL, 10.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=30)
    t = widths(grid(d, O01_SIGN, [3.0, 4.2, 4.2, 4.2], head=True, size=10.5), [3.0, 4.2, 4.2, 4.2])
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in t.rows:
        row.height = Cm(1.1)
    para(d, "", 12, after=18)
    rows = [("修订记录", "", "", ""), *O01_REVS]
    t = widths(grid(d, rows, [2.6, 3.0, 7.4, 2.6], head=False, size=10.5), [2.6, 3.0, 7.4, 2.6])
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cap = merge_row(t, 0)
    for p in cap.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    for r in cap.paragraphs[0].runs[1:]:
        r._r.getparent().remove(r._r)
    cap.paragraphs[0].runs[0].bold = True
    cap.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    shade(cap, "D9D9D9")
    for c in t.rows[1].cells:
        c.paragraphs[0].runs[0].bold = True
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for text, level, idx, block in O01_OUTLINE:
        p = para(d, text, 12, level == 1, SERIF, before=6 if level == 1 else 0)
        p.paragraph_format.keep_with_next = True
        heads.append({"text": text, "level": level})
        for i in idx:
            body_para(d, paras[i], 12, 1.5)
            used.append(paras[i])
        if block == "docs":
            for line in O01_DOCS:
                q = para(d, line, 12)
                q.paragraph_format.left_indent = Pt(24)
        elif block == "records":
            widths(grid(d, O01_RECORDS, [4.6, 3.6, 3.8, 3.0], size=10.5), [4.6, 3.6, 3.8, 3.0])
    return d, heads, used


def build_iso_procedure(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = o01_docx(paras)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        save(d, tmp / "src.docx")
        path.write_bytes(lo_pdf(tmp / "src.docx", tmp).read_bytes())
    n = more.pages(path)
    assert 3 <= n <= 6, n
    gold: Gold = {
        "title": O01_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, O01_KEEP),
        "running": [O01_NO, O01_KIND, O01_FOOTER],
        "must_not_have": [O01_STAMP, O01_COPY, O01_EFFECTIVE, "刘海燕", O01_REV_NOTE],
        "note": "",
    }
    check_pdf(path, gold, used)
    no_clash_heads(path.name, gold)
    for k in range(1, n + 1):
        lines = page_lines(path, k)
        assert any(O01_NO in ln for ln in lines[:6]), (k, lines[:6])
        assert more.squash(O01_FOOTER) in lines[-1], (k, lines[-1])
    gold["note"] = (
        f"{n} pages (python-docx -> LibreOffice 7.4), a company's ISO 9001 程序文件 on its "
        "template: the header of every page is a ruled 3 x 4 table (a logo picture merged "
        f"down the first column; {O01_COMPANY} / {O01_KIND} / the document name; 文件编号 "
        f"{O01_NO}, 版本/修订 {O01_REV} and 页码 第 N 页 共 M 页 from PAGE/NUMPAGES fields): "
        f"{O01_NO} and {O01_KIND} are running (the company name also, inside the footer "
        "line; the document name in the header is the title, not listed; the page numbers "
        "not listed); the footer of every page is a grey proprietary notice (running, whole). "
        "Page 1 is the control page: the title again in 20 pt bold sans (the title), the "
        "文件编号/版本/生效日期 line (its 生效日期 must_not_have), a red bordered floating "
        f"text box stamp {O01_STAMP} / {O01_COPY} (both must_not_have), the 编制/审核/批准 "
        "sign-off table with names and dates (a reviewer's name must_not_have) and the "
        "修订记录 table (caption row inside the table; one 修订内容 cell must_not_have): "
        "none of it is body. From page 2 the procedure: level-1 clauses 1　目的 … 6　记录 "
        "in bold at the body size (12 pt, the body face), level-2 clauses 3.1/4.1… at the "
        "body size, not bold, told from the body only by the typed number, the short line "
        "and no first-line indent (body paragraphs are indented two characters); all "
        "direct formatting on Normal paragraphs (no heading styles, no outline levels, no "
        "PDF bookmarks). The 5 相关文件 lines (document names with numbers) and the 6 记录 "
        "table are unscored"
    )
    return gold


# ----------------------------- o02 DOCX with a watermark, flow-chart boxes, pull quote

O02_TITLE = "东川市关于深化科技体制改革加快区域创新体系建设的实施意见"
O02_BY = "东川市科学技术局　2013年6月"
O02_HEAD = "东川市科学技术局"
O02_HEAD_R = "规范性文件"
O02_WATERMARK = "内部资料　严禁外传"
O02_QUOTE = ("“推动科技与经济紧密结合，构建以企业为主体的技术创新体系。”", "——摘自本《实施意见》")
O02_FLOW = ("单位申报", "形式审查", "专家评审", "社会公示", "立项下达")
O02_CAPTION = "图1　科技计划项目组织实施流程"
# (heading, level, gwr paragraphs, block)
O02_OUTLINE: list[tuple[str, int, list[int], str]] = [
    ("一、总体要求", 1, [11], ""),
    ("二、主要任务", 1, [], ""),
    ("（一）强化企业技术创新主体地位", 2, [23], "quote"),
    ("（二）加大财政科技投入", 2, [3], ""),
    ("（三）推进人才培养和教育改革", 2, [22], ""),
    ("三、项目组织实施", 1, [14], "flow"),
    ("四、保障措施", 1, [25], ""),
]
O02_KEEP = {11, 23, 3, 14, 25}


def arrow(sid: int, x: float, y: float, w: float) -> Any:
    """A run holding a floating grey arrow (a line with a triangle head) from the margin
    (x) and its paragraph (y), in cm."""
    ox, oy, cx = (round(v * EMU_CM) for v in (x, y, w))
    return el(
        f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251660000 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>{ox}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>{oy}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="0"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{sid}" name="直接箭头连接符 {sid}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="0"/></a:xfrm>'
        '<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:ln w="19050"><a:solidFill><a:srgbClr val="595959"/></a:solidFill><a:tailEnd type="triangle"/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>'
        f'</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:line id="直接箭头连接符 {sid}" o:spid="_x0000_s{1100 + sid}" style="position:absolute;z-index:{sid};mso-position-horizontal-relative:margin" from="{x * PT_CM:.1f}pt,{y * PT_CM:.1f}pt" to="{(x + w) * PT_CM:.1f}pt,{y * PT_CM:.1f}pt" strokecolor="#595959" strokeweight="1.5pt"><v:stroke endarrow="block"/></v:line></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def o02_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    d = new_doc(12, (2.54, 2.54, 2.8, 2.6))
    d.core_properties.title = O02_TITLE
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    prev24.heading_style(d, "Heading 1", 15, SANS)
    prev24.heading_style(d, "Heading 2", 13, KAI)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    add_run(hp, O02_HEAD + "\t" + O02_HEAD_R, 9, False, SERIF)
    more.border(hp, "bottom", "000000", 6)
    from docx.oxml import parse_xml

    hp._p.append(parse_xml(prev20.E06_WATERMARK_XML.replace(prev20.E06_WATERMARK, O02_WATERMARK)))
    prev4.page_footer(sec.footer.paragraphs[0], "— ", " —")
    para(d, O02_TITLE, 20, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, before=12, after=6)
    para(d, O02_BY, 12, False, KAI, WD_ALIGN_PARAGRAPH.CENTER, after=12)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    sid = 10
    for text, level, idx, block in O02_OUTLINE:
        d.add_paragraph(text, style=f"Heading {level}")
        heads.append({"text": text, "level": level})
        for k, i in enumerate(idx):
            p = body_para(d, paras[i], 12, 1.5)
            used.append(paras[i])
            if block == "quote" and k == 0:
                p._p.insert(
                    1,
                    text_box(
                        2,
                        tb_para(O02_QUOTE[0], 12, True, "1F4E79", KAI, "left")
                        + tb_para(O02_QUOTE[1], 9, False, "1F4E79", SERIF, "right"),
                        (10.4, 0.1, 5.2, 3.4),
                        ("margin", "paragraph"),
                        line="1F4E79",
                        fill="EAF1FB",
                        wrap="square",
                    ),
                )
        if block == "flow":
            p = d.add_paragraph()
            prev22.exact(p, 62)
            p.paragraph_format.space_before = Pt(6)
            box, gap = 2.4, 0.9
            for k, label in enumerate(O02_FLOW):
                x = k * (box + gap)
                p._p.append(
                    text_box(
                        sid,
                        tb_para(label, 11, True, "FFFFFF", SANS),
                        (x, 0.3, box, 1.2),
                        ("margin", "paragraph"),
                        line="1F4E79",
                        fill="2E75B6",
                    )
                )
                sid += 1
                if k < len(O02_FLOW) - 1:
                    p._p.append(arrow(sid, x + box + 0.1, 0.9, gap - 0.2))
                    sid += 1
            cap = para(d, O02_CAPTION, 10.5, True, SERIF, WD_ALIGN_PARAGRAPH.CENTER, after=6)
            cap.paragraph_format.keep_with_next = False
    return d, heads, used


def docx_xml(path: Path, part: str) -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8")


def build_watermark_shapes(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = o02_docx(paras)
    save(d, path)
    gold: Gold = {
        "title": O02_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, O02_KEEP),
        "running": [O02_HEAD],
        "must_not_have": [O02_QUOTE[0], O02_FLOW[1], O02_FLOW[2], "严禁外传"],
        "note": "",
    }
    # LibreOffice prints the VML watermark as a Fontwork shape (no text layer): check the
    # other strings on its rendering (the quote, wrapped in its box, in stream order), the
    # watermark in the header part.
    printed = {**gold, "must_not_have": gold["must_not_have"][1:-1]}
    _, n = check_docx(path, printed, used)
    with tempfile.TemporaryDirectory() as t:
        raw = more.squash(prev8.raw_text(lo_pdf(path, Path(t))))
    assert more.squash(O02_QUOTE[0]) in raw
    third.no_clash(path.name, used, gold)
    no_clash_heads(path.name, gold)
    assert f'string="{O02_WATERMARK}"' in docx_xml(path, "word/header1.xml")
    body = docx_xml(path, "word/document.xml")
    assert all(body.count(f">{s}<") == 2 for s in O02_FLOW), "flow boxes: choice + fallback"
    assert 2 <= n <= 4, n
    gold["note"] = (
        "A DOCX (python-docx + raw WordprocessingML), LibreOffice renders it on "
        f"{n} pages: Word's text watermark in the header (VML WordArt shape "
        f"PowerPlusWaterMarkObject, v:textpath string {O02_WATERMARK}, grey, turned 315°, "
        "behind the text on every page): not body, must_not_have 严禁外传; header "
        f"{O02_HEAD} (running) and after a tab {O02_HEAD_R}, over a rule; — N — footer (not "
        "listed). Title a centred 20 pt bold Normal paragraph, the 楷体 office/date line "
        "under it (metadata, unscored). Heading 1/2 styles with typed 一、/（一） (levels 1/2). "
        "Inside the first paragraph under （一） a floating pull-quote text box (wps:wsp "
        "with wps:txbx, square wrapping at the right margin, VML v:textbox fallback, so its "
        "text is twice in the XML) holds a shortened quotation in bold 楷体 and a ——摘自 "
        "line: an aside, must_not_have (the quotation is not a substring of the paragraph "
        "it shortens). Under 三、 a flow chart drawn as five floating filled text boxes "
        f"({' → '.join(O02_FLOW)}) joined by arrow connectors in an otherwise empty "
        "paragraph, each box again with a VML fallback: figure lettering, two labels "
        f"must_not_have; its caption {O02_CAPTION} unscored"
    )
    return gold


# ----------------------------------------- o03 申论 exam paper with a binding line

O03_SECRET = "绝密★启用前"
O03_TITLE = ("2014年东川省公务员录用考试", "《申论》试卷")
O03_TIME = "（考试时间：150分钟　　满分：100分）"
O03_SCORE = [
    ("题　号", "一", "二", "三", "四", "总　分"),
    ("得　分", "", "", "", "", ""),
    ("评卷人", "", "", "", "", ""),
]
O03_BIND = (
    "考生姓名：＿＿＿＿＿＿＿＿　　　准考证号：＿＿＿＿＿＿＿＿＿＿＿＿　　　报考职位：＿＿＿＿＿＿＿＿",
    "……………………装……………………订……………………线……………………",
    "密　封　线　内　不　要　答　题",
)
O03_FOOT = ("申论试卷　第 ", " 页（共 ", " 页）")
O03_NOTICE = [
    "1．本试卷由给定资料与作答要求两部分构成。考试时限为150分钟，其中阅读给定资料参考时限为40分钟，作答参考时限为110分钟。满分100分。",
    "2．请在答题卡指定位置填写自己的姓名和考试编号。考生应在答题卡指定的位置作答，未在指定位置作答的，不得分。",
    "3．答题时请认准题号，避免答错位置影响考试成绩。作答时必须使用黑色字迹的钢笔或签字笔，在草稿纸上作答无效。",
    "4．监考人员宣布考试结束时，应立即停止作答，将试卷、答题卡和草稿纸都翻过来留在桌上，待监考人员确认数量无误、允许离开后，方可离开。",
]
# (material label, gwr paragraphs)
O03_MATERIALS: list[tuple[str, list[int]]] = [
    ("资料1", [26, 27]),
    ("资料2", [37, 38]),
    ("资料3", [43, 44]),
    ("资料4", [45, 46]),
]
O03_KEEP = {26, 38, 43, 45, 46}
O03_QUESTIONS = [
    (
        "（一）根据“给定资料1”，概括我国在扩大全方位主动开放、推动出口升级和贸易平衡发展方面的主要举措。（15分）",
        "要求：全面、准确、有条理。不超过200字。",
    ),
    (
        "（二）“给定资料2”提到“有序推进农业转移人口市民化”，请结合给定资料，分析推进农业转移人口市民化需要解决的主要问题。（20分）",
        "要求：分析透彻，条理清晰，语言简洁。不超过300字。",
    ),
    (
        "（三）假如你是东川省某县人力资源和社会保障局的工作人员，请根据“给定资料3”，为县政府起草一份促进高校毕业生就业创业的工作建议提纲。（25分）",
        "要求：内容具体，措施可行，条理清楚。不超过400字。",
    ),
    (
        "（四）参考“给定资料”，以“守住发展的底线”为话题，自选角度，自拟题目，写一篇文章。（40分）",
        "要求：观点明确，联系实际，分析具体，结构完整，语言流畅。总字数1000～1200字。",
    ),
]


def o03_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = new_doc(12, (2.5, 2.4, 4.0, 2.2))
    d.core_properties.title = O03_TITLE[0] + O03_TITLE[1]
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp._p.append(
        text_box(
            1,
            tb_para(O03_BIND[0], 10.5, False, "000000", SERIF)
            + tb_para(O03_BIND[1], 10.5, False, "000000", SERIF)
            + tb_para(O03_BIND[2], 10.5, True, "000000", SANS),
            (0.8, 2.6, 2.2, 24.5),
            ("page", "page"),
            vert=True,
        )
    )
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(O03_FOOT[0])
    more.add_field(fp, "PAGE")
    fp.add_run(O03_FOOT[1])
    more.add_field(fp, "NUMPAGES")
    fp.add_run(O03_FOOT[2])
    for r in fp.runs:
        r.font.size = Pt(10.5)
    para(d, O03_SECRET, 10.5, True, SANS)
    para(d, O03_TITLE[0], 16, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, before=6, after=4)
    para(d, O03_TITLE[1], 24, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, after=4)
    para(d, O03_TIME, 11, False, KAI, WD_ALIGN_PARAGRAPH.CENTER, after=8)
    t = widths(grid(d, O03_SCORE, [2.2] * 6, head=False, size=10.5), [2.2] * 6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in t.rows:
        for c in row.cells:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    heads: list[dict[str, Any]] = []
    used: list[str] = []

    def head(text: str, level: int) -> None:
        size = 14 if level == 1 else 12
        p = para(d, text, size, True, SANS, before=10 if level == 1 else 4, after=2)
        p.paragraph_format.keep_with_next = True
        heads.append({"text": text, "level": level})

    head("一、注意事项", 1)
    for item in O03_NOTICE:
        body_para(d, item, 12, 1.5)
    head("二、给定资料", 1)
    for label, idx in O03_MATERIALS:
        head(label, 2)
        for i in idx:
            body_para(d, paras[i], 12, 1.5)
            used.append(paras[i])
    head("三、作答要求", 1)
    for q, req in O03_QUESTIONS:
        body_para(d, q, 12, 1.5)
        body_para(d, req, 12, 1.5)
    return d, heads, used


def build_exam_paper(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = o03_docx(paras)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        save(d, tmp / "src.docx")
        path.write_bytes(lo_pdf(tmp / "src.docx", tmp).read_bytes())
    n = more.pages(path)
    assert 3 <= n <= 6, n
    gold: Gold = {
        "title": O03_TITLE[0] + O03_TITLE[1],
        "headings": heads,
        "must_have": picks(paras, used, O03_KEEP),
        "running": ["申论试卷"],
        "must_not_have": [O03_SECRET, "评卷人", "准考证号：", "密封线内不要答题"],
        "note": "",
    }
    check_pdf(path, gold, used)
    no_clash_heads(path.name, gold)
    for q, req in O03_QUESTIONS:
        third.no_clash(path.name, [q, req, *O03_NOTICE], {"running": gold["must_not_have"][1:]})
    gold["note"] = (
        f"{n} pages (python-docx -> LibreOffice 7.4), a civil-service 申论 exam paper: in the "
        "header of every page a floating text box with text turned to run bottom to top "
        "(wps:wsp bodyPr vert270, VML layout-flow:vertical fallback) in the wide left margin, "
        "the 装订线 strip: 考生姓名/准考证号/报考职位 blanks, a dotted ……装……订……线…… line and "
        "密　封　线　内　不　要　答　题 (准考证号： and 密封线内不要答题 must_not_have); footer "
        "申论试卷　第 N 页（共 M 页） (申论试卷 running). Page 1: 绝密★启用前 (must_not_have), the "
        "title in two centred lines (2014年东川省公务员录用考试 16 pt, 《申论》试卷 24 pt) read "
        "as one title, the 考试时间/满分 line (unscored), a 题号/得分/评卷人 score table "
        "(评卷人 must_not_have). Sections 一、注意事项 / 二、给定资料 / 三、作答要求 (14 pt bold "
        "sans: level 1) and 资料1-资料4 (12 pt bold sans at the body size: level 2); the four "
        "numbered 注意事项 items, the questions opening with （一）-（四） and ending with the "
        "marks （15分）… (whole indented paragraphs, not headings) and their 要求： lines are "
        "written here: unscored; the 给定资料 texts are the report paragraphs (must_have)"
    )
    return gold


# ------------------------------ o04 XeLaTeX (fontspec only) journal paper from CNKI

O04_TITLE = "新常态下地方政府推进供给侧结构性改革的路径研究"
O04_AUTHORS = ("刘晓峰", "陈思远")
O04_JOURNAL = "东川大学学报（社会科学版）"
O04_URL = "http://kns.cnki.net/kcms/detail/36.1999.C.20170512.0945.002.html"
O04_ONLINE = "网络首发时间：2017-05-12 09:45:31"
O04_CNKI = "(C)1994-2017 China Academic Journal Electronic Publishing House. All rights reserved."
O04_CNKI_RUN = "China Academic Journal Electronic Publishing House"
O04_STATEMENT = (
    "网络首发：在编辑部工作流程中，稿件从录用到出版要经过录用定稿、排版定稿和整期汇编定稿等阶段。"
    "以录用定稿在网络首发的论文，题目、作者、机构名称和学术内容均已确定，发布后不再改动，"
    "只可依照编辑规范作少量文字修改。",
    "出版确认：本刊编辑部与出版传播平台签订协议，在平台上网络首发的论文视为正式出版。",
)
O04_CLC = "中图分类号：F127　　文献标识码：A　　文章编号：1000-5579（2017）03-0045-06"
O04_KEYWORDS = "供给侧结构性改革；去产能；去杠杆；地方政府；营商环境"
O04_EN_TITLE = "Research on the Paths for Local Governments to Advance Supply-side Structural Reform under the New Normal"
O04_EN_ABSTRACT = (
    "Abstract: Taking Dongchuan Province as a case, this paper reviews the main tasks of "
    "supply-side structural reform and discusses how local governments can supply the "
    "institutions the reform requires, in finance and taxation, state-owned enterprises "
    "and the protection of property rights."
)
O04_NOTE = (
    "收稿日期：2017-01-06",
    "基金项目：东川省社会科学规划项目（16JJ21）",
    "作者简介：刘晓峰（1978—），男，东川南城人，东川大学经济学院副教授，博士，主要从事区域经济研究。",
)
# (section, [gwr paragraphs], [(subsection, [gwr paragraphs])])
O04_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]]]] = [
    ("问题的提出", [1], []),
    (
        "供给侧结构性改革的重点任务",
        [],
        [("去产能", [10]), ("去杠杆", [11]), ("补短板", [12])],
    ),
    (
        "地方政府的制度供给",
        [],
        [("财税与国企改革", [13, 14]), ("产权保护与营商环境", [15, 32])],
    ),
    ("结论与建议", [18], []),
]
O04_KEEP = {1, 10, 13, 15, 18}
O04_ABSTRACT = 9
O04_REFS = [
    "国务院. 政府工作报告（2017年）[R]. 北京：人民出版社，2017.",
    "国务院. 政府工作报告（2016年）[R]. 北京：人民出版社，2016.",
    "周立新. 供给侧结构性改革与地方政府职能转变[J]. 东川社会科学，2016（4）：12-19.",
    "陈思远，王敏. 去杠杆背景下的地方债务治理[J]. 江州财经大学学报，2016（6）：33-41.",
]
O04_PREAMBLE = r"""\documentclass[10pt,a4paper,twoside]{article}
\usepackage[top=2.6cm,bottom=2.4cm,left=2.3cm,right=2.3cm,headsep=0.5cm,footskip=1cm]{geometry}
\usepackage{fontspec}
\setmainfont{AR PL SungtiL GB}[BoldFont={AR PL SungtiL GB},BoldFeatures={FakeBold=2.5}]
\setsansfont{WenQuanYi Zen Hei}
\newfontfamily\en{Liberation Serif}
\newfontfamily\kai{AR PL KaitiM GB}
\XeTeXlinebreaklocale "zh"
\XeTeXlinebreakskip = 0pt plus 1pt
\usepackage{fancyhdr}
\usepackage{array}
\linespread{1.3}
\setlength{\parindent}{2em}
\renewcommand\thesubsection{\arabic{section}.\arabic{subsection}}
\makeatletter
\renewcommand\section{\@startsection{section}{1}{\z@}{2.5ex \@plus .5ex}{1.2ex}{\sffamily\fontsize{12}{16}\selectfont}}
\renewcommand\subsection{\@startsection{subsection}{2}{\z@}{1.5ex \@plus .3ex}{0.8ex}{\sffamily\fontsize{10.5}{14}\selectfont}}
\renewcommand\@seccntformat[1]{\csname the#1\endcsname\hspace{1em}}
\makeatother
\newcommand\cnki{\footnotesize\en CNKIFOOT\hfill http://www.cnki.net}
\fancypagestyle{paperfirst}{\fancyhf{}\renewcommand\headrulewidth{0pt}
  \fancyhead[L]{\footnotesize ONLINE\\ 网络首发地址：URL}\fancyfoot[L]{\cnki}}
\pagestyle{fancy}\fancyhf{}
\fancyhead[LE]{\small\thepage\quad JOURNAL\hfill 2017年}
\fancyhead[RO]{\small 第3期\quad 刘晓峰，等：TITLE\hfill\thepage}
\fancyfoot[LE,LO]{\cnki}
\renewcommand\headrulewidth{0.4pt}
"""


def o04_tex(paras: list[str]) -> tuple[str, list[dict[str, Any]], list[str]]:
    esc = more.tex_escape
    pre = (
        O04_PREAMBLE.replace("CNKIFOOT", O04_CNKI)
        .replace("ONLINE", O04_ONLINE)
        .replace("URL", O04_URL)
        .replace("JOURNAL", O04_JOURNAL)
        .replace("TITLE", O04_TITLE)
    )
    cover = (
        r"\thispagestyle{empty}"
        r"\noindent{\sffamily\Large CNKI\quad 中国知网}\hfill{\sffamily\large 网络首发}\par\vspace{6mm}\hrule\vspace{16mm}"
        r"\begin{center}{\sffamily\fontsize{26}{32}\selectfont 网络首发论文}\end{center}\vspace{12mm}"
        r"{\fontsize{12}{20}\selectfont\noindent\begin{tabular}{@{}>{\sffamily}p{3.2cm}>{\raggedright\arraybackslash}p{11.8cm}@{}}"
        f"题目：& {O04_TITLE}\\\\[2mm]作者：& {'，'.join(O04_AUTHORS)}\\\\[2mm]"
        r"收稿日期：& 2017-01-06\\[2mm]网络首发日期：& 2017-05-12\\[2mm]"
        f"引用格式：& {'，'.join(O04_AUTHORS)}．{O04_TITLE}[J/OL]．{O04_JOURNAL}．\\newline {O04_URL}"
        r"\end{tabular}}\par\vfill"
        r"{\small\kai\setlength{\parindent}{2em}"
        + "\n\n".join(O04_STATEMENT)
        + r"\par}\vspace{20mm}\newpage"
    )
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    out = [
        pre,
        r"\begin{document}",
        r"\fontsize{10.5}{17}\selectfont",
        cover,
        r"\setcounter{page}{45}\thispagestyle{paperfirst}",
        r"{\small\noindent 第39卷第3期\hfill " + O04_JOURNAL + r"\hfill Vol.39\ No.3\\"
        r"2017年5月\hfill{\en Journal of Dongchuan University (Social Science Edition)}\hfill{\en May 2017}\par}"
        r"\vspace{1mm}\hrule\vspace{8mm}",
        r"\begin{center}{\sffamily\fontsize{18}{26}\selectfont " + O04_TITLE + r"}\\[4mm]"
        r"{\kai\fontsize{12}{16}\selectfont 刘晓峰\textsuperscript{1}，陈思远\textsuperscript{2}}\\[2mm]"
        r"{\small（1．东川大学 经济学院，东川 330031；2．东川省社会科学院 经济研究所，东川 330077）}\end{center}",
        r"{\small\kai\noindent\textbf{摘　要：}" + esc(paras[O04_ABSTRACT]) + r"\par"
        r"\noindent\textbf{关键词：}" + O04_KEYWORDS + r"\par"
        r"\noindent " + O04_CLC + r"\par}\vspace{3mm}",
        r"\begin{center}{\en\bfseries "
        + O04_EN_TITLE
        + r"}\\[1mm]{\en\small LIU Xiaofeng\textsuperscript{1}, CHEN Siyuan\textsuperscript{2}}\end{center}",
        r"{\en\small\noindent "
        + O04_EN_ABSTRACT
        + r"\par\noindent Key words: supply-side structural reform; overcapacity; deleveraging; local government; business environment\par}",
        r"{\renewcommand\thefootnote{}\footnotetext{\noindent " + r"；".join(O04_NOTE) + "}}",
    ]
    for k, (sec, idx, subs) in enumerate(O04_OUTLINE, 1):
        out.append(r"\section{" + sec + "}")
        heads.append({"text": f"{k}　{sec}", "level": 1})
        for i in idx:
            out.append(esc(paras[i]) + "\n")
            used.append(paras[i])
        for j, (sub, sidx) in enumerate(subs, 1):
            out.append(r"\subsection{" + sub + "}")
            heads.append({"text": f"{k}.{j}　{sub}", "level": 2})
            for i in sidx:
                out.append(esc(paras[i]) + "\n")
                used.append(paras[i])
    out.append(r"\section*{参考文献}")
    heads.append({"text": "参考文献", "level": 1})
    out.append(
        r"{\small\setlength{\parindent}{0pt}"
        + "\n\n".join(f"[{k}] {esc(r)}" for k, r in enumerate(O04_REFS, 1))
        + r"\par}"
    )
    out.append(r"\end{document}")
    return "\n".join(out) + "\n", heads, used


def xelatex(tex: str, out: Path) -> None:
    """XeLaTeX without the xelatex package (texlive-xetex would pull in fonts-* packages):
    the LaTeX format is built here with ``xetex -ini`` from TeX Live's own xelatex.ini,
    then the document is typeset twice."""
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        subprocess.run(
            [
                "xetex",
                "-ini",
                "-etex",
                "-jobname=xelatex",
                "-interaction=nonstopmode",
                "xelatex.ini",
            ],
            cwd=tmp,
            check=True,
            capture_output=True,
            timeout=600,
        )
        (tmp / "doc.tex").write_text(tex, encoding="utf-8")
        for _ in range(2):
            run = subprocess.run(
                ["xetex", f"-fmt={tmp / 'xelatex'}", "-interaction=nonstopmode", "doc.tex"],
                cwd=tmp,
                capture_output=True,
                timeout=600,
            )
        assert (tmp / "doc.pdf").exists(), run.stdout.decode()[-2000:]
        out.write_bytes((tmp / "doc.pdf").read_bytes())


def build_cnki_paper(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    tex, heads, used = o04_tex(paras)
    xelatex(tex, path)
    n = more.pages(path)
    assert 4 <= n <= 7, n
    gold: Gold = {
        "title": O04_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, O04_KEEP),
        "running": [O04_CNKI_RUN, O04_JOURNAL],
        "must_not_have": ["视为正式出版", "[J/OL]", O04_ONLINE, "文献标识码", "作者简介"],
        "note": "",
    }
    check_pdf(path, gold, used)
    no_clash_heads(path.name, gold)
    third.no_clash(path.name, [paras[O04_ABSTRACT]], gold)
    cover = more.squash(more.pdftext(path, 1))
    assert more.squash(O04_TITLE) in cover and O04_CNKI_RUN.replace(" ", "") not in cover
    for k in range(2, n + 1):
        assert more.squash(O04_CNKI_RUN) in more.squash(more.pdftext(path, k)), k
    gold["note"] = (
        f"{n} pages typeset by XeLaTeX with fontspec only (article class, no ctex or xeCJK: "
        'line breaking by \\XeTeXlinebreaklocale "zh"; AR PL SungtiL GB with fake bold, '
        "WenQuanYi Zen Hei, AR PL KaitiM GB; the English lines in Liberation Serif), a 学报 paper as downloaded from CNKI with its "
        "网络首发 cover: page 1 the cover (CNKI 中国知网 / 网络首发 line, 网络首发论文, the "
        "题目/作者/收稿日期/网络首发日期/引用格式 fields: the 题目 value is the title, the "
        "引用格式 line with [J/OL] must_not_have, and the 网络首发/出版确认 statement in 楷体: "
        "must_not_have). Pages 2- are the paper, numbered from 45: on its first page the "
        f"{O04_ONLINE} / 网络首发地址 stamp at the top (must_not_have), the journal's "
        "卷期 lines over a rule, the title again (18 pt sans), authors with superscripts and "
        "affiliations (metadata), 摘要 (a report paragraph run in after the label: "
        "unscored), 关键词, the 中图分类号/文献标识码/文章编号 line (文献标识码 must_not_have), "
        "English title, authors, abstract and key words (unscored), an unmarked footnote "
        "with 收稿日期/基金项目/作者简介 (作者简介 must_not_have). Headers from the second "
        f"paper page: even pages page number + {O04_JOURNAL} + 2017年, odd pages 第3期 + "
        "刘晓峰，等：title + page number (the journal name running; the odd header holds the "
        "title, not listed); the CNKI line (C)1994-2017 China Academic Journal Electronic "
        "Publishing House. All rights reserved. + http://www.cnki.net at the foot of every "
        "paper page (running). Sections 1-4 in the sans face at 12 pt, not bold (level 1), "
        "subsections 2.1… in the sans face at the body size 10.5 pt (level 2), numbers as "
        "printed; 参考文献 (level 1) with [n] entries (unscored)"
    )
    return gold


# --------------------------------------- o05 DOCX 申报书 with nested tables

O05_TITLE = "东川省科技惠民计划项目申报书"
O05_NUMBER = "项目编号：＿＿＿＿＿＿＿＿（由管理部门填写）"
O05_COVER = [
    ("项目名称", "城乡社区公共服务数字化平台建设与示范"),
    ("申报单位", "东川市数字城市研究院"),
    ("推荐部门", "东川市科学技术局"),
    ("项目负责人", "赵明辉"),
    ("联系电话", "0791-86312245"),
    ("申报日期", "2015年3月20日"),
]
O05_MAKER = ("东川省科学技术厅　制", "二〇一五年三月")
O05_GUIDE = (
    "填报说明：1．申报书须如实填写，内容不得涉及国家秘密；2．表内栏目不得空缺，无内容的填写“无”；"
    "3．请用A4纸双面打印，左侧装订成册，一式三份，报推荐部门审核。"
)
O05_HEADER = "2015年度东川省科技计划项目申报材料"
O05_BASIC = [
    ("项目名称", "城乡社区公共服务数字化平台建设与示范", "", ""),
    ("起止年限", "2015年4月至2017年3月", "所属领域", "社会发展"),
    ("申请经费", "80万元", "自筹经费", "120万元"),
    ("合作单位", "东川大学信息工程学院、东川市民政局信息中心", "", ""),
]
O05_PLAN = [
    ("阶段", "起止时间", "主要任务"),
    ("第一阶段", "2015.04—2015.12", "需求调研与平台总体设计"),
    ("第二阶段", "2016.01—2016.12", "平台开发与三个社区试点"),
    ("第三阶段", "2017.01—2017.03", "总结评估与推广应用"),
]
O05_BUDGET = [
    ("预算科目", "申请经费（万元）", "自筹经费（万元）", "说明"),
    ("设备费", "20", "45", "服务器及社区终端"),
    ("材料费", "8", "10", "试点社区耗材"),
    ("测试化验加工费", "12", "15", "第三方安全测评"),
    ("劳务费", "25", "30", "研究生及临时聘用人员"),
    ("专家咨询费", "5", "5", "方案论证"),
    ("其他", "10", "15", "培训与推广"),
    ("合计", "80", "120", ""),
]
O05_PLEDGE = "本单位承诺：所提交的申报材料真实有效，项目实施中严格遵守科研诚信和经费管理规定，如有不实，愿意承担相应责任。"
O05_SIGN = "项目负责人（签字）：　　　　　　　　　　申报单位（盖章）："
# (section, [(subsection or "", [gwr paragraphs], nested table after)])
O05_OUTLINE: list[tuple[str, list[tuple[str, list[int], str]]]] = [
    ("一、项目基本情况", [("", [], "basic")]),
    ("二、立项依据", [("（一）研究背景", [46], ""), ("（二）现有工作基础", [47], "")]),
    (
        "三、研究内容与实施方案",
        [("（一）主要研究内容", [48], ""), ("（二）实施方案与进度安排", [53], "plan")],
    ),
    ("四、经费预算", [("", [29], "budget")]),
    ("五、申报单位承诺", [("", [], "pledge")]),
]
O05_KEEP = {46, 47, 48, 53, 29}


def cell_para(
    cell: Any,
    text: str,
    size: float = 12,
    bold: bool = False,
    font: str = SERIF,
    indent: bool = False,
    first: bool = False,
) -> Any:
    """A paragraph in a table cell (the cell's own first paragraph when ``first``)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.paragraph_format.line_spacing = 1.5
    if indent:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Pt(2 * size)
    add_run(p, text, size, bold, font)
    return p


def nested(cell: Any, rows: list[tuple[str, ...]], cms: list[float], head: bool) -> Any:
    """A Table Grid table inside a cell, then an empty paragraph (Word ends a cell with one)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    t = cell.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = cell.part.document.styles["Table Grid"]
    widths(t, cms)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            bold = (head and r == 0) or (not head and c % 2 == 0)
            cell_text(
                t.cell(r, c),
                text,
                10.5,
                bold,
                SANS if bold else SERIF,
                WD_ALIGN_PARAGRAPH.CENTER if len(text) < 10 else None,
            )
    if not head:
        for r, row in enumerate(rows):
            if row[2] == "" and row[3] == "":
                m = t.cell(r, 1).merge(t.cell(r, 3))
                for p in m.paragraphs[1:]:
                    p._p.getparent().remove(p._p)
    cell.add_paragraph()
    return t


def o05_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
    from docx.shared import Cm

    d = new_doc(12, (2.54, 2.54, 2.8, 2.6))
    d.core_properties.title = O05_TITLE
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, O05_HEADER, 9, False, SERIF)
    more.border(hp, "bottom", "000000", 4)
    prev4.page_footer(sec.footer.paragraphs[0], "第 ", " 页")
    para(d, O05_NUMBER, 10.5, align=WD_ALIGN_PARAGRAPH.RIGHT, after=60)
    para(d, O05_TITLE, 24, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, after=60)
    t = d.add_table(rows=len(O05_COVER), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [3.4, 9.0])
    for r, (label, value) in enumerate(O05_COVER):
        q = cell_text(t.cell(r, 0), label + "：", 14, True, SANS, WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        q.paragraph_format.space_before = q.paragraph_format.space_after = Cm(0.25)
        q = cell_text(t.cell(r, 1), value, 14, False, SERIF, WD_ALIGN_PARAGRAPH.CENTER)
        q.paragraph_format.space_before = q.paragraph_format.space_after = Cm(0.25)
        t.cell(r, 1)._tc.get_or_add_tcPr().append(
            el(
                '<w:tcBorders><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:tcBorders>'
            )
        )
    para(d, "", 12, after=48)
    for line in O05_MAKER:
        para(d, line, 15, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(d, "", 12, after=30)
    box = d.add_table(rows=1, cols=1)
    box.style = d.styles["Table Grid"]
    widths(box, [15.6])
    cell_para(box.cell(0, 0), O05_GUIDE, 10.5, False, KAI, first=True)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    outer = d.add_table(rows=2 * len(O05_OUTLINE), cols=1)
    outer.style = d.styles["Table Grid"]
    widths(outer, [15.6])
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for k, (h1, subs) in enumerate(O05_OUTLINE):
        hc = outer.cell(2 * k, 0)
        cell_para(hc, h1, 14, True, SANS, first=True)
        shade(hc, "D9E2F3")
        heads.append({"text": h1, "level": 1})
        c = outer.cell(2 * k + 1, 0)
        first = True
        for h2, idx, block in subs:
            if h2:
                cell_para(c, h2, 12, True, SERIF, first=first)
                first = False
                heads.append({"text": h2, "level": 2})
            if block == "basic":
                c.paragraphs[0].paragraph_format.space_after = Cm(0.1)
                nested(c, O05_BASIC, [2.4, 5.6, 2.4, 4.6], head=False)
            if block == "budget":
                cell_para(
                    c, "单位：万元", 10.5, False, SERIF, first=first
                ).alignment = WD_ALIGN_PARAGRAPH.RIGHT
                first = False
                nested(c, O05_BUDGET, [3.4, 3.2, 3.2, 5.2], head=True)
            for i in idx:
                cell_para(c, paras[i], 12, indent=True, first=first)
                first = False
                used.append(paras[i])
            if block == "plan":
                nested(c, O05_PLAN, [2.6, 4.2, 8.2], head=True)
            if block == "pledge":
                cell_para(c, O05_PLEDGE, 12, indent=True, first=True)
                q = cell_para(c, O05_SIGN, 12)
                q.paragraph_format.space_before = Cm(1.0)
                q = cell_para(c, "年　　月　　日", 12)
                q.paragraph_format.tab_stops.add_tab_stop(Cm(14.5), WD_TAB_ALIGNMENT.RIGHT)
                q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return d, heads, used


def build_nested_tables(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = o05_docx(paras)
    save(d, path)
    gold: Gold = {
        "title": O05_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, O05_KEEP),
        "running": [O05_HEADER],
        "must_not_have": [
            "由管理部门填写",
            "0791-86312245",
            "左侧装订成册",
            "愿意承担相应责任",
            "申报单位（盖章）",
        ],
        "note": "",
    }
    _, n = check_docx(path, gold, used)
    no_clash_heads(path.name, gold)
    body = docx_xml(path, "word/document.xml")
    assert body.count("<w:tbl>") >= 6 and "</w:tbl></w:tc>" not in body.replace("<w:p/></w:tc>", "")
    assert 4 <= n <= 7, n
    gold["note"] = (
        f"A DOCX (python-docx), LibreOffice renders it on {n} pages: a 科技计划 申报书 form. "
        f"Page 1 the cover: {O05_NUMBER} (must_not_have 由管理部门填写), the title (24 pt bold "
        "sans), a borderless label/value table 项目名称…申报日期 with underlined values "
        "(metadata; the phone number must_not_have), 东川省科学技术厅　制 and the date "
        "(unscored), and a one-cell box with the 填报说明 (must_not_have 左侧装订成册); "
        "no header on the cover (different first page), from page 2 the header "
        f"{O05_HEADER} (running) and 第 N 页 (not listed). Page 2 on: the whole form is one "
        "one-column Table Grid table: shaded rows hold the section names 一、…五、 (14 pt "
        "bold sans: level 1), the row under each holds the section: bold （一）/（二） lines "
        "(level 2), report paragraphs (must_have) and tables nested in the cell "
        "(w:tbl inside w:tc: the 基本信息 table with merged value cells, a 进度安排 table after "
        "a paragraph, a 经费预算 table before one; cells unscored; each nested table followed "
        "by the empty paragraph Word ends a cell with). The 五、申报单位承诺 cell holds the "
        "pledge sentence and the 项目负责人（签字）/申报单位（盖章） line with the date blanks: "
        "boilerplate (愿意承担相应责任 and 申报单位（盖章） must_not_have)"
    )
    return gold


# ------------------------ o06 think-tank report: copyright page, endnotes, back cover

O06_ORG = "东川发展研究院"
O06_SERIES = "研究报告　2016年第7期（总第59期）"
O06_TITLE = "新常态下东川省产业转型升级路径研究"
O06_GROUP = "东川发展研究院课题组"
O06_DATE = "2016年9月"
O06_RIGHTS = [
    (
        "版权声明：",
        "本报告版权归东川发展研究院所有。未经书面许可，任何机构和个人不得以任何形式翻版、复制、发表或引用本报告的任何部分。如需引用，须注明出处，且不得对本报告进行有悖原意的删节和修改。",
    ),
    (
        "免责声明：",
        "本报告所载观点仅代表课题组意见，不代表东川发展研究院立场。报告所引数据均来自公开资料，研究院对其准确性和完整性不作任何保证。",
    ),
    ("课题负责人：", "孙立平　　课题组成员：何静　罗建华　梁思远"),
    ("联系方式：", "0791-86667321　　电子邮箱：dcdri@dcdri.org.cn"),
]
O06_HEADER = "东川发展研究院研究报告"
O06_BACK = (
    "扫描二维码　关注研究院微信公众号",
    "地址：东川市赣江大道1888号　　邮编：330038",
    "电话：0791-86667321　　网址：www.dcdri.org.cn",
)
O06_NOTES = [
    "数据来源：东川省统计局《2015年东川省国民经济和社会发展统计公报》。",
    "参见东川发展研究院《东川省钢铁煤炭行业去产能调研报告》，2016年6月。",
    "节能环保产业的统计口径采用国家有关部门的产业分类目录。",
]
# (heading, level, gwr paragraphs, endnote after the first paragraph or 0)
O06_OUTLINE: list[tuple[str, int, list[int], int]] = [
    ("一、研究背景", 1, [9, 10], 1),
    ("二、产业转型升级的主要方向", 1, [], 0),
    ("（一）化解过剩产能", 2, [17], 2),
    ("（二）发展节能环保产业", 2, [27], 3),
    ("（三）激发非公有制经济活力", 2, [18], 0),
    ("三、政策建议", 1, [], 0),
    ("（一）优化区域发展格局", 2, [19], 0),
    ("（二）扩大开放合作", 2, [23, 25], 0),
]
O06_KEEP = {9, 17, 27, 19, 25}


def qr_png() -> bytes:
    """A QR-code-like picture (three finder squares and a seeded pattern; not a readable code)."""
    import random

    from PIL import Image, ImageDraw

    rnd = random.Random(25)
    n, px = 29, 8
    img = Image.new("RGB", ((n + 8) * px, (n + 8) * px), "white")
    dr = ImageDraw.Draw(img)

    def cell(x: int, y: int) -> None:
        dr.rectangle(((x + 4) * px, (y + 4) * px, (x + 5) * px - 1, (y + 5) * px - 1), fill="black")

    finder = {(x, y) for x in range(8) for y in range(8)}
    finder |= {(n - 8 + x, y) for x in range(8) for y in range(8)}
    finder |= {(x, n - 8 + y) for x in range(8) for y in range(8)}
    for x in range(n):
        for y in range(n):
            if (x, y) not in finder and rnd.random() < 0.48:
                cell(x, y)
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for x in range(7):
            for y in range(7):
                ring = max(abs(x - 3), abs(y - 3))
                if ring in (0, 1, 3):
                    cell(ox + x, oy + y)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def o06_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    d = new_doc(12, (2.8, 2.6, 2.8, 2.6))
    d.core_properties.title = O06_TITLE
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    # cover (section 1, no header or footer)
    p = para(d, "", 12, align=WD_ALIGN_PARAGRAPH.LEFT, before=12)
    p.add_run().add_picture(io.BytesIO(prev20.logo_png()), width=Cm(1.5))
    add_run(p, "　" + O06_ORG, 18, True, SANS, "1F4E79")
    para(d, O06_SERIES, 14, False, KAI, WD_ALIGN_PARAGRAPH.LEFT, before=90, after=18)
    para(d, O06_TITLE, 26, True, SANS, WD_ALIGN_PARAGRAPH.LEFT, after=24)
    rule = para(d, "", 6)
    more.border(rule, "top", "1F4E79", 24)
    para(d, O06_GROUP, 15, False, SANS, WD_ALIGN_PARAGRAPH.LEFT, before=150, after=6)
    para(d, O06_DATE, 15, False, SANS, WD_ALIGN_PARAGRAPH.LEFT)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # copyright page, its text at the foot of the page
    for k, (label, text) in enumerate(O06_RIGHTS):
        q = d.add_paragraph()
        q.paragraph_format.space_before = Pt(430 if k == 0 else 0)
        q.paragraph_format.space_after = Pt(6)
        q.paragraph_format.line_spacing = 1.25
        add_run(q, label, 9, True, SANS, "404040")
        add_run(q, text, 9, False, SERIF, "404040")
    # the report (section 2: header and page numbers)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, O06_HEADER, 9, False, SERIF, "1F4E79")
    more.border(hp, "bottom", "1F4E79", 6)
    prev4.page_footer(sec.footer.paragraphs[0], "", "")
    d.sections[0].header.is_linked_to_previous = False
    para(d, O06_TITLE, 18, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, after=12)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for text, level, idx, note in O06_OUTLINE:
        if level == 1:
            h = para(d, text, 14, True, SANS, before=10, after=4)
        else:
            h = para(d, text, 12, True, KAI, before=4, after=2)
            h.paragraph_format.first_line_indent = Pt(24)
        h.paragraph_format.keep_with_next = True
        heads.append({"text": text, "level": level})
        for k, i in enumerate(idx):
            bp = body_para(d, paras[i], 12, 1.5)
            used.append(paras[i])
            if note and k == 0:
                bp.add_run(f"[{note}]").font.superscript = True
    # the notes typed at the end of the report under a short rule (Word's own endnotes
    # would follow the back cover in LibreOffice 7.4, which ignores w:pos sectEnd)
    rule = para(d, "", 6, before=18)
    rule.paragraph_format.right_indent = Cm(10.6)
    more.border(rule, "top", "000000", 6)
    for k, note in enumerate(O06_NOTES, 1):
        q = para(d, f"[{k}] {note}", 9, False, SERIF, after=2)
        q.paragraph_format.line_spacing = 1.2
    # back cover (section 3: no header or footer)
    back = d.add_section(WD_SECTION.NEW_PAGE)
    back.header.is_linked_to_previous = False
    back.footer.is_linked_to_previous = False
    back.header.paragraphs[0].text = ""
    back.footer.paragraphs[0].text = ""
    q = para(d, "", 12, align=WD_ALIGN_PARAGRAPH.CENTER, before=330)
    q.add_run().add_picture(io.BytesIO(qr_png()), width=Cm(3.2))
    for k, line in enumerate(O06_BACK):
        para(
            d,
            line,
            10.5 if k else 11,
            k == 0,
            SANS if k == 0 else SERIF,
            WD_ALIGN_PARAGRAPH.CENTER,
            before=8 if k < 2 else 2,
        )
    return d, heads, used


def build_thinktank_report(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = o06_docx(paras)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        save(d, tmp / "src.docx")
        path.write_bytes(lo_pdf(tmp / "src.docx", tmp).read_bytes())
    n = more.pages(path)
    assert 5 <= n <= 8, n
    gold: Gold = {
        "title": O06_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, O06_KEEP),
        "running": [O06_HEADER],
        "must_not_have": [
            "不得以任何形式翻版",
            "不代表东川发展研究院立场",
            "梁思远",
            O06_BACK[0],
            "邮编：330038",
        ],
        "note": "",
    }
    check_pdf(path, gold, used)
    no_clash_heads(path.name, gold)
    last = more.squash(more.pdftext(path, n))
    assert more.squash(O06_BACK[0]) in last and O06_HEADER not in last
    assert not any(O06_HEADER in ln for k in (1, 2) for ln in page_lines(path, k))
    gold["note"] = (
        f"{n} pages (python-docx -> LibreOffice 7.4, three sections), a think tank's "
        "研究报告: page 1 the cover (logo picture and organisation name, the series/issue line "
        "in 楷体, the title in 26 pt bold sans over a rule, 课题组 and date: metadata), page 2 "
        "the copyright page, its 9 pt grey text in the lower half: run-in 版权声明：/免责声明：/"
        "课题负责人：/联系方式： paragraphs (boilerplate: the two statements and a team "
        "member's name must_not_have; the labels run into their lines, not headings); "
        f"section 2 (new page) with its own header {O06_HEADER} over a rule (running) and "
        "page numbers (from 3, not listed): the title again (18 pt), 一、 (14 pt bold sans: "
        "level 1) and （一） (12 pt bold 楷体, indented like the body: level 2); typed "
        "superscript note marks [1]-[3] at three paragraph ends and the notes typed at the "
        "end of the report under a short rule (9 pt, unscored); section 3 the back cover "
        "with no header or footer: a QR-code-like picture, 扫描二维码　关注研究院微信公众号 and "
        "the address/phone/website lines (the QR prompt and 邮编 must_not_have)"
    )
    return gold


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, tuple[Any, int]] = {
    "o01_lo_iso_procedure.pdf": (build_iso_procedure, 2016),
    "o02_docx_watermark_flow_shapes.docx": (build_watermark_shapes, 2013),
    "o03_lo_exam_paper.pdf": (build_exam_paper, 2014),
    "o04_xelatex_cnki_paper.pdf": (build_cnki_paper, 2017),
    "o05_docx_nested_tables.docx": (build_nested_tables, 2015),
    "o06_lo_thinktank_report.pdf": (build_thinktank_report, 2016),
}
SOURCE_HEAD = (
    "# Documents made blind, twenty-fifth set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data:\n"
    "the files Chinese office users and academics send, Word and WPS documents, their\n"
    "LibreOffice PDFs and XeLaTeX papers, with furniture and boilerplate the earlier sets\n"
    "lack: o01-o06 by `python eval/make_realdocs25_files.py`, the p files by their own\n"
    "script. Texts come only from the public government work reports 2013–2017 in\n"
    "`../shared/data/gov-work-reports` (whole paragraphs; titles, headings, labels, names,\n"
    "dates, figures and furniture written by the scripts, people, places and companies\n"
    "made up); the outputs are committed so tests and CI need none of the tools. Gold\n"
    "(`gold/<file>.json`, the format of `../shared/data/realdocs-dev`) is written by the\n"
    "scripts from what they put in each document, as a reader reads the printed page and\n"
    "never from reader output, titles and headings as printed: the title, the headings\n"
    "with levels, the running headers and footers that must not reach the body, passages\n"
    "(each one's first 18 characters) that must appear in order, boilerplate that must\n"
    "not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)
ROWS = [
    "| o01_lo_iso_procedure.pdf | python-docx 1.2 (+ text-box XML, Pillow logo) → LibreOffice 7.4, gwr 2016 (`eval/make_realdocs25_files.py`, as o02-o06) | ISO 9001 程序文件: header on every page a ruled 3 × 4 table (logo merged down; company / 程序文件 / document name; 文件编号, 版本/修订, 第 N 页 共 M 页 fields: number and 程序文件 running), proprietary-notice footer (running); control page: title, 文件编号/版本/生效日期 line, red bordered floating 受控文件/分发号 stamp, 编制/审核/批准 sign-off and 修订记录 tables (all must_not_have samples); clauses `1　目的` bold at body size (level 1), `3.1　…` plain at body size, unindented (level 2), no styles or outline levels; 相关文件 list and 记录 table unscored |",
    "| o02_docx_watermark_flow_shapes.docx | python-docx 1.2 (+ VML watermark, DrawingML/VML text-box and connector XML), gwr 2013 | 实施意见 as a Word file: VML WordArt watermark 内部资料　严禁外传 in the header (must_not_have), ruled header (running), Normal 20 pt title, Heading 1/2 typed `一、`/`（一）`; a floating square-wrapped pull-quote text box inside a body paragraph (shortened quotation: must_not_have), a flow chart of five filled text boxes joined by arrow connectors in an empty paragraph (labels must_not_have; box text twice in the XML: wps + VML fallback), caption unscored |",
    "| o03_lo_exam_paper.pdf | python-docx 1.2 (+ vertical text-box XML) → LibreOffice 7.4, gwr 2014 | 申论 exam paper: 装订线 strip in the left margin of every page (header text box, text turned bottom-to-top: 考生姓名/准考证号 blanks, ……装……订……线……, 密封线内不要答题: must_not_have), 绝密★启用前 (must_not_have), two-line title (joined), 题号/得分/评卷人 score table, `一、注意事项`/`二、给定资料`/`三、作答要求` (level 1), `资料1`-`资料4` (level 2), numbered instructions and `（一）…（15分）` question paragraphs with 要求： lines (body, unscored), footer 申论试卷　第 N 页（共 M 页） (running) |",
    '| o04_xelatex_cnki_paper.pdf | XeLaTeX (format built with `xetex -ini` from TeX Live 2022\'s xelatex.ini; fontspec only, no ctex/xeCJK, `\\XeTeXlinebreaklocale "zh"`, fancyhdr twoside), gwr 2017 | 学报 paper downloaded from CNKI: 网络首发 cover page (题目 value = title, 引用格式 with [J/OL] and the 网络首发/出版确认 statement: must_not_have), 网络首发时间/地址 stamp atop the first paper page (must_not_have), 卷期 lines, title, authors, 摘要/关键词, 中图分类号/文献标识码 line and 作者简介 footnote (must_not_have), English block; sections `1　…` sans 12 pt not bold (level 1), `2.1　…` sans at body size (level 2), 参考文献 (level 1); even/odd headers (journal name running), `(C)1994-2017 China Academic Journal Electronic Publishing House…` footer on every paper page (running), pages from 45 |',
    "| o05_docx_nested_tables.docx | python-docx 1.2 (nested tables), gwr 2015 | 科技计划 项目申报书: cover (项目编号 …由管理部门填写, title, borderless label/value table, issuer, 填报说明 box: samples must_not_have), different first page; the whole form one one-column table: shaded rows `一、…`-`五、…` (level 1), content rows with bold `（一）` lines (level 2), report paragraphs (must_have) and tables nested in the cells (基本信息 with merged cells, 进度安排, 经费预算: unscored); 承诺 cell with 签字/盖章 line (must_not_have); header (running), 第 N 页 |",
    "| o06_lo_thinktank_report.pdf | python-docx 1.2 (+ Pillow logo and QR-like picture) → LibreOffice 7.4, three sections, gwr 2016 | think-tank 研究报告: cover (logo, series/issue, title, 课题组, date), copyright page with run-in 版权声明/免责声明/课题组成员/联系方式 in 9 pt grey (samples must_not_have), report section with its own ruled header (running) and page numbers from 3, title again, `一、` 14 pt bold sans (level 1) and indented `（一）` bold 楷体 (level 2), typed superscript [n] marks and notes under a short rule (unscored), back-cover section without header: QR picture, 扫码关注 prompt and address lines (must_not_have) |",
]


def main(argv: list[str] | None = None) -> int:
    """Build the o documents, then keep SOURCE.md's table (shared with the p files'
    maker) in file order."""
    import argparse

    rc = more.make_set(argv, __doc__, BUILDERS, "realdocs-made25", ROWS, SOURCE_HEAD, MINE)
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made25",
    )
    prev20p.pages2.sort_source_rows(ap.parse_known_args(argv)[0].out / "SOURCE.md")
    return rc


if __name__ == "__main__":
    sys.exit(main())
