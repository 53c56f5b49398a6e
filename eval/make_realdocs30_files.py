# ruff: noqa: E501  (OOXML and TeX snippets and the SOURCE.md rows are kept on one line each)
"""Make the k documents of ``realdocs-made30`` (k07-k12) with real tools, and their gold.

A thirtieth set of development documents, made blind (without looking at the readers
or running them), on FRONT AND BACK MATTER AROUND THE TEXT in files as people in China
produce them and put them in public repositories: a 纪要 masthead with its 期号 and the
出席/列席/请假/记录 blocks and the 版记 at the end; a 白皮书 with its issuer line, a typed
目录, 前言, 结束语 and a 附录 大事记; a 皮书 chapter whose title appears only on its
opening page (B.N label, ——subtitle, 课题组 footnote, 摘要/关键词) under a different
running title on odd/even pages, with 资料来源 lines and footnotes; a book excerpt with
a cover, a CIP 版权页, 前言, 目录, chapters, 参考文献 and 后记 under odd/even headers; a
政协提案 with its form table, 附议人 line and 审查意见 table; a 课题研究报告 with a
课题组 block, 内容提要, a figure and a table with 资料来源 lines, Word endnotes, 参考文献,
附录 and 致谢. XeLaTeX (format built on the fly as ``make_realdocs25_files.py`` does),
python-docx with raw OOXML, and LibreOffice for the Word PDFs; the helpers of the
earlier makers are reused. The texts come only from the public government work reports
2013-2017 (../shared/data/gov-work-reports), whole paragraphs (titles, headings, labels,
names, dates, figures, table cells, notes and furniture are written here; people,
places and companies are made up):

- ``k07_lo_jiyao_attendance_banji.pdf`` (gwr 2016): a city government's 专题会议纪要
  (python-docx -> LibreOffice): 份号, red 纪要 masthead with its 期号 and the issuing
  office/date line over a red rule, the title, an opening paragraph, ``一、`` (黑体) and
  ``（一）`` (楷体) heads, then 出席/列席/请假/记录 blocks and the 版记 (抄送, 印发 line
  between rules); GB/T 9704 page numbers ``— N —`` right on odd and left on even pages;
- ``k08_docx_white_paper_front_back.docx`` (gwr 2014): a city's 白皮书 as a Word file:
  title, issuer and month lines, a typed 目　　录 (no page numbers), 前　　言, ``一、``
  Heading 1 and ``（一）`` Heading 2 heads, a footnote, 结　束　语 and a 附录 大事记 with
  dated entries; header from page 2;
- ``k09_xelatex_bluebook_chapter.pdf`` (gwr 2015): a 蓝皮书 chapter in XeLaTeX (article,
  twoside, pages from 63): opening page with the B.4 label, the title, a ——subtitle, the
  课题组 line with a ``*`` footnote, 摘　要/关键词 run-in lines; then ``一　…`` /
  ``（一）…`` / ``1. …`` heads, a table with its caption and 资料来源 line, ①② footnotes,
  参考文献; even header the book, odd header a short running title;
- ``k10_lo_book_cip_front_back.pdf`` (gwr 2013): a book excerpt (python-docx ->
  LibreOffice, 18.4 x 26 cm): cover, a CIP 版权页, 前　　言 with its 编者 signature, a typed
  目　　录 with dot leaders, 第一章/第一节/``一、`` heads, 参考文献 and 后　　记; odd/even
  headers (book name on even pages, the part on odd pages), roman numbers in the front
  matter;
- ``k11_docx_cppcc_proposal_form.docx`` (gwr 2017): a 政协提案 as a Word file: session
  line, 提　　案 label, a form table (提案号/类别/提案人/联系人/电话/地址/案由), the title
  (the 案由 again, centred), heads by direct formatting with a paragraph-level outline
  level (``一、`` 黑体, ``（一）`` 楷体), 提案人/附议人/date lines and a 审查意见 table on
  the last page; header from page 2;
- ``k12_docx_research_report_endnotes.docx`` (gwr 2016): a 课题研究报告 as a Word file:
  课题编号 line, title, 课题组 lines, 内容提要 and 关键词, Heading 1-3 heads (``一、`` /
  ``（一）`` / ``1.``), a figure and a table each with a caption and a 资料来源 line, Word
  endnotes (i, ii), 参考文献, a 附录 table and 致　　谢.

Gold is written from what each builder put in the document, decided as a reader reads
the printed page (never from reader output); titles, headings, passages, running lines
and boilerplate are checked against the printed text (``pdftotext -layout``; for the
DOCX files a LibreOffice rendering in a scratch folder), passages in order in the
content stream. Needs LibreOffice Writer, poppler-utils, TeX Live's xetex, latex-base
and latex-recommended (fontspec, fancyhdr) and the fonts of fonts-noto-cjk,
fonts-arphic-gkai00mp and fonts-liberation, and python-docx and Pillow in the Python
that runs it. The XeLaTeX format is built on the fly with ``xetex -ini`` from
xelatex.ini (texlive-xetex is not needed). Run once; the outputs are committed, so
nothing else needs these tools. Made in a virtual environment of its own:

    python3 -m venv /tmp/m30a-venv
    /tmp/m30a-venv/bin/pip install python-docx pillow
    /tmp/m30a-venv/bin/python eval/make_realdocs30_files.py [--out eval/data/realdocs-made30] [--only k07 ...] [--rows FILE]

The SOURCE.md rows of these documents are kept in ``ROWS`` (``--rows`` writes them to a
file); SOURCE.md itself is written by whoever assembles the set.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs9_files as prev9
import make_realdocs21_files as prev21
import make_realdocs26_files as prev26
import make_realdocs29_files as prev29

Gold = dict[str, Any]
SERIF, SANS, KAI = prev29.SERIF, prev29.SANS, prev29.KAI
picks, page_lines, add_run, el, save = (
    prev29.picks,
    prev29.page_lines,
    prev29.add_run,
    prev29.el,
    prev29.save,
)
new_doc, para, cell_text = prev29.new_doc, prev29.para, prev29.cell_text
check_pdf, check_docx, lo_pdf = prev29.check_pdf, prev29.check_docx, prev29.lo_pdf
shade, widths, page_break = prev29.shade, prev29.widths, prev29.page_break
pgnum, blank_hf, head = prev29.pgnum, prev29.blank_hf, prev29.head
header_text, footer_fields = prev29.header_text, prev29.footer_fields
no_clash_boiler, body, xelatex = prev29.no_clash_boiler, prev29.body, prev29.xelatex
heads_printed, not_in_body, even_odd = prev29.heads_printed, prev29.not_in_body, prev29.even_odd
dot_tab = prev26.dot_tab
W = prev29.W
esc = more.tex_escape
RED = "E60012"


# ------------------------------------------------------------------ shared helpers


def rule(p: Any, side: str, color: str = "000000", size: int = 8) -> None:
    more.border(p, side, color, size)


def outline(p: Any, level: int) -> None:
    """A paragraph-level outline level (大纲级别, as WPS and Word set it on a paragraph)."""
    p._p.get_or_add_pPr().append(el(f'<w:outlineLvl w:val="{level}"/>'))


def heading_style(d: Any, name: str, font: str, size: float, bold: bool = True) -> Any:
    """A built-in heading style in a CJK face, black, its theme fonts removed."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    st = d.styles[name]
    rf = st.element.get_or_add_rPr().get_or_add_rFonts()
    for k in list(rf.attrib):
        if "Theme" in k:
            del rf.attrib[k]
    more.cjk_font(st, font, size)
    rf.set(qn("w:hAnsi"), font)
    st.font.bold = bold
    st.font.italic = False
    st.font.color.rgb = RGBColor(0, 0, 0)
    st.paragraph_format.space_before = Pt(12)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.3
    return st


def styled(d: Any, text: str, style: str, align: Any = None) -> Any:
    p = d.add_paragraph(style=style)
    p.add_run(text)
    if align is not None:
        p.alignment = align
    return p


def grid_table(d: Any, rows: list[tuple[str, ...]], cms: list[float], size: float = 10.5) -> Any:
    """A Table Grid table, the first row bold and shaded."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles["Table Grid"]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell_text(t.cell(r, c), text, size, r == 0, SERIF, WD_ALIGN_PARAGRAPH.CENTER)
            if r == 0:
                shade(t.cell(r, c), "D9D9D9")
    widths(t, cms)
    return t


def page_size(d: Any, w_cm: float, h_cm: float) -> None:
    from docx.shared import Cm

    for sec in d.sections:
        sec.page_width, sec.page_height = Cm(w_cm), Cm(h_cm)


def bars_png(values: list[float]) -> bytes:
    """A bar chart drawn with Pillow (axes and bars; no lettering in the pixels)."""
    from PIL import Image, ImageDraw

    w, h = 900, 400
    img = Image.new("RGB", (w, h), "white")
    g = ImageDraw.Draw(img)
    g.line((60, 20, 60, 360), fill="black", width=2)
    g.line((60, 360, 880, 360), fill="black", width=2)
    for k in range(1, 5):
        y = 360 - k * 80
        g.line((60, y, 880, y), fill=(200, 200, 200), width=1)
    top = max(values)
    step = 800 / len(values)
    for k, v in enumerate(values):
        x = 80 + k * step
        g.rectangle((x, 360 - 320 * v / top, x + step * 0.6, 359), fill=(31, 119, 180))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def docx_pdf(d: Any, path: Path) -> None:
    """Save a document and put LibreOffice's PDF of it at ``path``."""
    with tempfile.TemporaryDirectory() as t:
        src = Path(t) / (path.stem + ".docx")
        save(d, src)
        shutil.copy(lo_pdf(src, Path(t)), path)


def rendered(path: Path) -> tuple[str, int]:
    """The ``pdftotext -layout`` text and page count of LibreOffice's PDF of a DOCX."""
    with tempfile.TemporaryDirectory() as t:
        pdf = lo_pdf(path, Path(t))
        return more.pdftext(pdf), more.pages(pdf)


# ============================================== k07 专题会议纪要 (python-docx -> LibreOffice)

K07_COPY = "000086"
K07_MAST = "东川市人民政府专题会议纪要"
K07_ISSUE = "〔2016〕第23期"
K07_OFFICE = "东川市人民政府办公室"
K07_DATE = "2016年6月8日"
K07_TITLE = "关于城乡公共服务均等化工作的会议纪要"
K07_OPEN = "2016年5月26日下午，市政府副市长李明华在市政府第三会议室主持召开专题会议，研究加快推进城乡公共服务均等化有关工作。市发展改革委、市财政局、市教育局、市卫生计生委、市人力资源社会保障局等部门和各县（区）政府负责同志参加会议。会议听取了市发展改革委关于全市城乡公共服务均等化工作推进情况的汇报，研究部署了下一阶段重点工作。现将会议议定事项纪要如下："
K07_ATTEND = [
    (
        "出席：",
        "李明华（市政府副市长）、张卫东（市政府副秘书长）、刘志刚（市发展改革委）、王海燕（市财政局）、陈光明（市教育局）、赵立新（市卫生计生委）、孙建国（市人力资源社会保障局）",
    ),
    ("列席：", "周文彬（市政府研究室）、吴晓峰（市统计局）、各县（区）政府分管负责同志"),
    ("请假：", "郑国强（市民政局，外出学习）"),
    ("记录：", "周晓燕（市政府办公室秘书三科）"),
]
K07_CC = "抄送：市委办公室，市人大常委会办公室，市政协办公室，市纪委办公室。"
K07_PRINTED = "2016年6月12日印发"
K07_OUTLINE: list[tuple[str, int, list[int]]] = [
    ("一、充分认识推进公共服务均等化的重要意义", 1, [0, 7]),
    ("二、统筹推进重点领域公共服务", 1, [10]),
    ("（一）着力扩大就业创业", 2, [29]),
    ("（二）改善农村公共设施和服务", 2, [21]),
    ("（三）织密织牢社会保障安全网", 2, [30]),
    ("（四）加强生态安全屏障建设", 2, [28]),
    ("三、强化资金保障和政策支持", 1, [14]),
    ("（一）加大财政投入力度", 2, [15]),
    ("（二）创新投入方式和管理机制", 2, [16]),
    ("四、加强组织领导和督促检查", 1, [33, 35]),
]
K07_KEEP = {0, 29, 21, 15, 35, 28}


def k07_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    center, left, right = (
        WD_ALIGN_PARAGRAPH.CENTER,
        WD_ALIGN_PARAGRAPH.LEFT,
        WD_ALIGN_PARAGRAPH.RIGHT,
    )
    d = new_doc(16, (3.7, 3.5, 2.8, 2.6))
    even_odd(d)
    sec = d.sections[0]
    for part, align in ((sec.footer, right), (sec.even_page_footer, left)):
        footer_fields(part, [("t", "— "), ("f", "PAGE"), ("t", " —")], align, 14)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    para(d, K07_COPY, 16, False, SERIF, left)
    para(d, K07_MAST, 30, True, SERIF, center, before=18, after=6, color=RED)
    para(d, K07_ISSUE, 16, False, SERIF, center, after=6)
    p = para(d, K07_OFFICE + "　" * 11 + K07_DATE, 14, False, SERIF, left, after=18)
    rule(p, "bottom", RED, 18)
    para(d, K07_TITLE, 22, True, SERIF, center, before=12, after=18)
    body(d, K07_OPEN, 16, 1.3)
    for text, level, ps in K07_OUTLINE:
        if level == 1:
            h = head(d, text, 16, SANS, False, before=0, after=0, indent=2)
        else:
            h = head(d, text, 16, KAI, False, before=0, after=0, indent=2)
        h.paragraph_format.line_spacing = 1.3
        heads.append({"text": text, "level": level})
        for i in ps:
            body(d, paras[i], 16, 1.3)
            used.append(paras[i])
    first = True
    for label, names in K07_ATTEND:
        q = d.add_paragraph()
        q.paragraph_format.left_indent = Pt(48)
        q.paragraph_format.first_line_indent = Pt(-48)
        q.paragraph_format.line_spacing = 1.3
        if first:
            q.paragraph_format.space_before = Pt(24)
            first = False
        add_run(q, label, 16, False, SANS)
        add_run(q, names, 16, False, SERIF)
    cc = para(d, K07_CC, 14, False, SERIF, left, before=36)
    cc.paragraph_format.left_indent = Pt(14)
    cc.paragraph_format.right_indent = Pt(14)
    rule(cc, "top", "000000", 12)
    rule(cc, "bottom", "000000", 4)
    pr = para(d, K07_OFFICE + "　" * 9 + K07_PRINTED, 14, False, SERIF, left)
    pr.paragraph_format.left_indent = Pt(14)
    rule(pr, "bottom", "000000", 12)
    return d, heads, used


def build_jiyao(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = k07_docx(paras)
    docx_pdf(d, path)
    n = more.pages(path)
    assert 3 <= n <= 12, n
    gold: Gold = {
        "title": K07_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, K07_KEEP),
        "running": [f"— {k} —" for k in range(1, n + 1)],
        "must_not_have": [
            K07_MAST,
            K07_ISSUE,
            "张卫东（市政府副秘书长）",
            "吴晓峰（市统计局）",
            "郑国强（市民政局，外出学习）",
            "周晓燕（市政府办公室秘书三科）",
            "抄送：市委办公室",
            K07_PRINTED,
        ],
        "note": "",
    }
    text = check_pdf(path, gold, used)
    no_clash_boiler(path.name, gold)
    heads_printed(path.name, text, gold)
    not_in_body(path.name, used + [K07_OPEN], [K07_COPY, K07_OFFICE])
    # odd pages carry the number at the right, even pages at the left
    for k in range(1, n + 1):
        last = [ln for ln in more.pdftext(path, k).splitlines() if ln.strip()][-1]
        assert more.squash(last).endswith(f"—{k}—") or more.squash(last) == f"—{k}—", (k, last)
        lead = len(last) - len(last.lstrip())
        assert (lead > 20) == (k % 2 == 1), (k, last)
    gold["note"] = (
        f"python-docx 1.2 -> LibreOffice 7.4, {n} pages, a 公文 in the 纪要 form of GB/T "
        f"9704: the 份号 {K07_COPY} top left (unscored), the red 30 pt masthead {K07_MAST} "
        f"and its 期号 {K07_ISSUE} (both must_not_have: the 纪要标志 is not the title), the "
        f"issuing office and date line over a red rule (unscored), then the title {K07_TITLE} "
        "(22 pt bold, centred). The opening paragraph (主持召开…现将会议议定事项纪要如下：) is "
        "written here: body, unscored. Heads at the 16 pt body size, indented like the body, "
        "no bold: `一、…` in 黑体 (level 1), `（一）…` in 楷体 (level 2). After the text the "
        "出席：/列席：/请假：/记录： blocks (黑体 labels, names with their units in brackets, "
        "hanging indent; must_not_have) and the 版记 (抄送 line between rules and the 印发 "
        "line: must_not_have). Page numbers in the GB/T 9704 way, `— N —` at the right on "
        "odd pages and at the left on even pages (14 pt; running, every page listed)"
    )
    return gold


# ============================================== k08 白皮书 (python-docx, Heading 1/2)

K08_TITLE = "东川市的生态文明建设"
K08_ISSUER = "东川市人民政府新闻办公室"
K08_MONTH = "2015年6月"
K08_HEADER = "东川市人民政府新闻办公室发布　白皮书"
K08_NOTE = "本白皮书所引数据，除注明者外，均来自东川市统计局历年统计公报和《东川统计年鉴》。"
K08_CHRONICLE = [
    "2008年3月　东川市被列为省级生态市建设试点。",
    "2010年9月　《东川市主体功能区规划》经市人大常委会审议通过。",
    "2012年5月　东川市启动城乡环境综合整治三年行动。",
    "2013年11月　东江流域生态补偿试点在全市六个县（区）推开。",
    "2014年12月　东川市出台生态文明建设目标评价考核办法。",
]
K08_APPENDIX = "附录　东川市生态文明建设大事记（2008—2014年）"
K08_OUTLINE: list[tuple[str, int, list[int]]] = [
    ("前　　言", 1, [0, 18]),
    ("一、生态文明建设的基本历程", 1, [1, 2]),
    ("二、优化国土空间开发格局", 1, [37]),
    ("（一）落实主体功能区制度", 2, [39]),
    ("（二）推进以人为核心的新型城镇化", 2, [38, 40]),
    ("三、推进资源节约集约利用", 1, [4, 6]),
    ("四、加大生态环境保护力度", 1, [46]),
    ("（一）推进生态保护与建设", 2, [33]),
    ("（二）改善农村人居环境", 2, [34]),
    ("（三）创新扶贫开发方式", 2, [36]),
    ("五、健全生态文明制度体系", 1, [24, 25]),
    ("六、动员全社会共同参与", 1, [42, 48]),
    ("结　束　语", 1, [54, 47]),
    (K08_APPENDIX, 1, []),
]
K08_KEEP = {0, 1, 38, 46, 24, 54}


def k08_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    center = WD_ALIGN_PARAGRAPH.CENTER
    d = new_doc(12, (2.54, 2.54, 3.0, 2.8))
    heading_style(d, "Heading 1", SANS, 16, False)
    heading_style(d, "Heading 2", KAI, 14, True)
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    header_text(sec.header, K08_HEADER, center)
    footer_fields(sec.footer, [("t", "— "), ("f", "PAGE"), ("t", " —")], center, 10.5)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    para(d, K08_TITLE, 28, True, SANS, center, before=160, after=48)
    para(d, K08_ISSUER, 16, False, SERIF, center, after=6)
    para(d, K08_MONTH, 16, False, SERIF, center)
    page_break(d)
    para(d, "目　　录", 16, True, SANS, center, before=12, after=18)
    for text, level, _ in K08_OUTLINE:
        q = para(d, text, 12, False, SERIF)
        q.paragraph_format.line_spacing = 1.6
        if level == 2:
            q.paragraph_format.left_indent = Pt(24)
    page_break(d)
    note_at = None
    for text, level, ps in K08_OUTLINE:
        h = styled(d, text, f"Heading {level}", center if text[0] in "前结" else None)
        heads.append({"text": text, "level": level})
        for i in ps:
            p = body(d, paras[i], 12, 1.5)
            used.append(paras[i])
            if i == 2:
                note_at = p
        if text == K08_APPENDIX:
            for line in K08_CHRONICLE:
                q = para(d, line, 12, False, SERIF)
                q.paragraph_format.line_spacing = 1.5
        del h
    assert note_at is not None
    prev21.add_footnotes(d, [(note_at, K08_NOTE)])
    return d, heads, used


def build_white_paper(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = k08_docx(paras)
    save(d, path)
    gold: Gold = {
        "title": K08_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, K08_KEEP),
        "running": [K08_HEADER],
        "must_not_have": [K08_NOTE[:24], K08_CHRONICLE[1][:20], K08_CHRONICLE[3][:20]],
        "note": "",
    }
    text, n = check_docx(path, gold, used)
    assert 4 <= n <= 12, n
    no_clash_boiler(path.name, gold)
    heads_printed(path.name, text, gold)
    gold["note"] = (
        f"python-docx 1.2 DOCX ({n} pages in LibreOffice 7.4), a city government's 白皮书: "
        f"page 1 the title {K08_TITLE} (28 pt bold 黑体), the issuer {K08_ISSUER} and the "
        f"month {K08_MONTH} (metadata, unscored); page 2 a typed 目　　录 (not a heading) "
        "listing the heads with no page numbers (TOC lines, neither heading nor body). "
        "Heads in the built-in Heading 1 (16 pt 黑体, not bold) and Heading 2 (14 pt bold "
        "楷体) styles, numbers typed: the centred 前　　言 and 结　束　语 (level 1, printed "
        "with their spaces), `一、`-`六、` (level 1), `（一）` (level 2), and the 附录 head "
        f"{K08_APPENDIX} (level 1) over five dated 大事记 entries written here (not body: "
        "two must_not_have). A Word footnote in 一、 (its text must_not_have). Header "
        f"{K08_HEADER} from page 2 (different first page; running), centred `— N —` "
        "footers (not listed)"
    )
    return gold


# ============================================== k09 XeLaTeX 皮书 chapter (odd/even heads)

K09_LABEL = "B.4"
K09_TITLE = "东川市民营经济发展报告（2015）"
K09_SUB = "——基于全市1200家民营企业的问卷调查"
K09_AUTHOR = "东川社会科学院课题组"
K09_AUTHOR_NOTE = "课题组组长：王志刚，东川社会科学院经济研究所所长、研究员；课题组成员：李静、陈晓东、赵文华；执笔：李静。"
K09_ABSTRACT = "2015年，东川市民营经济在经济下行压力加大的情况下保持平稳增长，增加值占全市生产总值的比重进一步提高。课题组对全市1200家民营企业的问卷调查显示，企业对营商环境的总体评价有所改善，但融资难、融资贵和用工成本上升等问题依然突出。报告建议进一步放宽市场准入，完善金融服务体系，推动民营企业转型升级。"
K09_KEYWORDS = "民营经济　营商环境　转型升级　问卷调查"
K09_EVEN = "东川蓝皮书·经济（2015～2016）"
K09_ODD = "B.4　民营经济：在转型中稳步前行"
K09_NOTE1 = "本次调查于2015年8—10月进行，共发放问卷1200份，回收有效问卷1086份，有效回收率为90.5%。"
K09_NOTE2 = "民营企业景气指数以50为临界值，高于50表示景气状况趋于改善，低于50表示趋于恶化。"
K09_SOURCE = "资料来源：东川市统计局、东川市工商行政管理局。"
K09_CAPTION = "表1　2011～2015年东川市民营经济主要指标"
K09_TABLE = [
    ("年份", "增加值（亿元）", "占GDP比重（%）", "企业户数（万户）", "从业人员（万人）"),
    ("2011", "812.6", "48.3", "6.2", "96.4"),
    ("2012", "905.1", "49.1", "6.9", "101.8"),
    ("2013", "1 002.7", "50.2", "7.8", "108.5"),
    ("2014", "1 096.3", "51.0", "8.9", "113.2"),
    ("2015", "1 178.9", "51.8", "10.1", "118.6"),
]
K09_REFS = [
    "[1] 东川市统计局：《东川统计年鉴2015》，东川统计出版社，2015。",
    "[2] 王志刚：《区域民营经济发展研究》，东川社会科学文献出版社，2013。",
]
# (head, level, paragraphs, extra): extra TABLE puts the table after, NOTE1/NOTE2 a footnote
K09_OUTLINE: list[tuple[str, int, list[int], str]] = [
    ("一　2015年东川市民营经济发展的总体情况", 1, [31], ""),
    ("（一）总量规模稳步扩大", 2, [1], "TABLE"),
    ("（二）产业结构持续优化", 2, [6, 43], ""),
    ("二　问卷调查的主要发现", 1, [17], "NOTE1"),
    ("（一）营商环境评价有所改善", 2, [3], ""),
    ("1. 行政审批效率明显提高", 3, [26], ""),
    ("2. 融资环境仍待改善", 3, [27], ""),
    ("（二）企业发展预期总体稳定", 2, [18, 44], "NOTE2"),
    ("三　民营经济发展面临的主要问题", 1, [47, 48], ""),
    ("四　促进民营经济发展的对策建议", 1, [19], ""),
    ("（一）进一步放宽市场准入", 2, [30], ""),
    ("（二）完善金融服务体系", 2, [46], ""),
    ("（三）推动企业创新转型", 2, [49], ""),
    ("参考文献", 1, [], "REFS"),
]
K09_KEEP = {31, 17, 27, 47, 30, 49}
K09_PREAMBLE = r"""\documentclass[10.5pt,twoside]{article}
\usepackage[paperwidth=18.5cm,paperheight=26cm,top=2.4cm,bottom=2.4cm,inner=2.2cm,outer=2.0cm,headheight=14pt,headsep=0.5cm,footskip=1cm]{geometry}
\usepackage{fontspec}
\setmainfont{Noto Serif CJK SC}
\setsansfont{Noto Sans CJK SC}
\newfontfamily\kai{AR PL KaitiM GB}
\XeTeXlinebreaklocale "zh"
\XeTeXlinebreakskip = 0pt plus 1pt
\usepackage{fancyhdr}
\linespread{1.45}
\setlength{\parindent}{2em}
\renewcommand\thefootnote{\ifcase\value{footnote}\or ①\or ②\or ③\fi}
\newcommand\yi[1]{\par\addvspace{12pt}{\noindent\sffamily\bfseries\fontsize{13}{20}\selectfont #1\par}\nopagebreak[4]\vspace{4pt}}
\newcommand\er[1]{\par\addvspace{6pt}{\noindent\hspace*{2em}\bfseries #1\par}\nopagebreak[4]\vspace{2pt}}
\newcommand\san[1]{\par\addvspace{3pt}{\noindent\hspace*{2em}\kai #1\par}\nopagebreak[4]}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[LE]{\small EVENHEAD}
\fancyhead[RO]{\small ODDHEAD}
\fancyfoot[LE,RO]{\small\thepage}
\renewcommand\headrulewidth{0.4pt}
\fancypagestyle{first}{\fancyhf{}\fancyfoot[RO]{\small\thepage}\renewcommand\headrulewidth{0pt}}
"""


def k09_tex(paras: list[str]) -> tuple[str, list[dict[str, Any]], list[str]]:
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    out = [
        K09_PREAMBLE.replace("EVENHEAD", esc(K09_EVEN)).replace("ODDHEAD", esc(K09_ODD)),
        r"\begin{document}",
        r"\setcounter{page}{63}",
        r"\thispagestyle{first}",
        r"\vspace*{6pt}{\noindent\sffamily\bfseries\fontsize{26}{30}\selectfont "
        + K09_LABEL
        + r"\par}\vspace{14pt}",
        r"{\centering\sffamily\bfseries\fontsize{20}{28}\selectfont " + esc(K09_TITLE) + r"\par}",
        r"\vspace{6pt}{\centering\kai\fontsize{14}{20}\selectfont " + esc(K09_SUB) + r"\par}",
        r"\vspace{10pt}{\centering\kai\fontsize{12}{18}\selectfont "
        + esc(K09_AUTHOR)
        + r"\begingroup\renewcommand\thefootnote{*}\footnote{"
        + esc(K09_AUTHOR_NOTE)
        + r"}\endgroup\par}\setcounter{footnote}{0}",
        r"\vspace{12pt}{\kai\noindent{\sffamily\bfseries 摘　要：}"
        + esc(K09_ABSTRACT)
        + r"\par\vspace{4pt}\noindent{\sffamily\bfseries 关键词：}"
        + esc(K09_KEYWORDS)
        + r"\par}\vspace{10pt}",
    ]
    for text, level, ps, extra in K09_OUTLINE:
        cmd = {1: r"\yi{", 2: r"\er{", 3: r"\san{"}[level]
        out.append(cmd + esc(text) + "}")
        heads.append({"text": text, "level": level})
        for k, i in enumerate(ps):
            note = ""
            if k == 0 and extra == "NOTE1":
                note = r"\footnote{" + esc(K09_NOTE1) + "}"
            if k == len(ps) - 1 and extra == "NOTE2":
                note = r"\footnote{" + esc(K09_NOTE2) + "}"
            out.append(esc(paras[i]) + note + r"\par")
            used.append(paras[i])
        if extra == "TABLE":
            rows = [" & ".join(r) + r" \\ \hline" for r in K09_TABLE]
            out += [
                r"\par\vspace{6pt}\noindent\begin{minipage}{\linewidth}",
                r"{\centering\sffamily\small " + esc(K09_CAPTION) + r"\par}",
                r"\vspace{4pt}{\centering\small\begin{tabular}{ccccc}\hline",
                *rows,
                r"\end{tabular}\par}",
                r"\vspace{2pt}{\noindent\footnotesize " + esc(K09_SOURCE) + r"\par}",
                r"\end{minipage}\par\vspace{6pt}",
            ]
        if extra == "REFS":
            out += [r"{\small\noindent " + esc(ref) + r"\par}" for ref in K09_REFS]
    out.append(r"\end{document}")
    return "\n".join(out) + "\n", heads, used


def build_bluebook(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    tex, heads, used = k09_tex(paras)
    xelatex(tex, path, runs=2)
    n = more.pages(path)
    assert 3 <= n <= 12, n
    gold: Gold = {
        "title": K09_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, K09_KEEP),
        "running": [K09_EVEN, K09_ODD],
        "must_not_have": [
            K09_SUB,
            K09_AUTHOR_NOTE[:24],
            K09_NOTE1[:24],
            K09_NOTE2[:24],
            K09_SOURCE,
        ],
        "note": "",
    }
    text = check_pdf(path, gold, used)
    no_clash_boiler(path.name, gold)
    heads_printed(path.name, text, gold)
    not_in_body(path.name, used, [K09_ABSTRACT[:20], K09_KEYWORDS, K09_CAPTION])
    first = more.squash(more.pdftext(path, 1))
    assert more.squash(K09_TITLE) in first and more.squash(K09_ODD) not in first
    for k in range(2, n + 1):
        want = K09_EVEN if k % 2 == 0 else K09_ODD
        assert page_lines(path, k)[0].startswith(more.squash(want)) or page_lines(path, k)[
            0
        ].endswith(more.squash(want)), (k, page_lines(path, k)[0])
    gold["note"] = (
        f"XeLaTeX article class (twoside, 18.5 x 26 cm, fontspec, fancyhdr), {n} pages "
        f"numbered from 63, a chapter of a 蓝皮书 (皮书 style). The title {K09_TITLE} is "
        f"printed only on the chapter's opening page (no header there), under the bold label "
        f"{K09_LABEL} (unscored); the ——subtitle line under it belongs to the title block "
        "and is not body (must_not_have, as made20's f01); the 课题组 line (metadata) "
        "carries a `*` footnote naming the group and the writer (must_not_have). Then "
        "摘　要： and 关键词： run-in lines in 楷体 with bold 黑体 labels (written here: "
        "unscored, not headings). Heads: `一　…` (bold 黑体 13 pt, flush left, a full-width "
        "space after the number; level 1), `（一）…` bold (level 2), `1. …` in 楷体 (level "
        "3), and 参考文献 set like `一　` (level 1) over a reference list (unscored). Under "
        f"（一） a table: the caption {K09_CAPTION} (neither), the cells (unscored) and the "
        "资料来源： line under it (must_not_have). Two ①② footnotes (survey and index notes: "
        f"must_not_have). Running: even pages {K09_EVEN} at the left, odd pages a short "
        f"running title {K09_ODD} at the right (different from the title), page numbers "
        "outside (not listed)"
    )
    return gold


# ============================================== k10 book excerpt (python-docx -> LibreOffice)

K10_SERIES = "东川干部学习丛书"
K10_TITLE = "基层治理创新读本"
K10_EDITOR = "王志远　主编"
K10_PRESS = "东川人民出版社"
K10_CIP = [
    ("图书在版编目（CIP）数据", True),
    ("基层治理创新读本／王志远主编．—东川：东川人民出版社，2014.3", False),
    ("（东川干部学习丛书）", False),
    ("ISBN 978-7-5321-8846-2", False),
    ("Ⅰ.①基…　Ⅱ.①王…　Ⅲ.①基层政权—建设—研究—中国　Ⅳ.①D625", False),
    ("中国版本图书馆CIP数据核字（2014）第041235号", False),
]
K10_IMPRINT = [
    "责任编辑：杨秀云　　封面设计：林　帆",
    "出版发行：东川人民出版社（东川市文华路88号　邮编650031）",
    "印　　刷：东川新华印刷厂",
    "开　　本：787毫米×1092毫米　1/16",
    "印　　张：12.5　　字　　数：180千字",
    "版　　次：2014年3月第1版　2014年3月第1次印刷",
    "定　　价：32.00元",
    "版权所有　侵权必究",
]
K10_EVEN = "东川干部学习丛书·基层治理创新读本"
K10_SIGN = ("编　者", "2014年2月")
K10_AFTER = "本书由东川市委党校、东川市委政策研究室和东川大学公共管理学院的同志共同编写。王志远同志负责全书的框架设计和统稿工作，刘明、张建华、陈思敏同志参与了部分章节的撰写。由于时间仓促，书中疏漏之处在所难免，恳请读者批评指正。"
K10_REFS = [
    "[1] 国务院. 政府工作报告（2013年）[R]. 北京: 人民出版社, 2013.",
    "[2] 王志远. 基层政权建设研究[M]. 东川: 东川人民出版社, 2011.",
    "[3] 刘明. 城乡社区治理的实践与思考[J]. 东川行政学院学报, 2013(4): 12-18.",
]
# part: (part head, odd header, [(head, level, paragraphs)])
K10_PARTS: list[tuple[str, list[tuple[str, int, list[int]]]]] = [
    (
        "第一章　基层治理的时代要求",
        [
            ("第一节　经济社会发展的新形势", 2, []),
            ("一、五年来取得的发展成就", 3, [0, 1]),
            ("二、发展中面临的困难和挑战", 3, [8, 11]),
            ("第二节　基层治理面临的新任务", 2, [12]),
            ("一、扩大内需与推进城镇化", 3, [13, 15]),
            ("二、保障和改善民生", 3, [17, 18]),
        ],
    ),
    (
        "第二章　推进基层治理创新的主要路径",
        [
            ("第一节　深化改革激发活力", 2, []),
            ("一、稳步推进重点领域改革", 3, [25, 23]),
            ("二、加强房地产市场调控和保障房建设", 3, [21]),
            ("第二节　加强社会建设", 2, []),
            ("一、完善基本公共服务", 3, [19, 22]),
            ("二、推进文化建设", 3, [24]),
        ],
    ),
]
K10_KEEP = {9, 1, 12, 17, 25, 24}
# the typed 目录: each head and the page number it is printed on (checked)
K10_TOC = [
    ("前　　言", "Ⅰ"),
    ("第一章　基层治理的时代要求", "1"),
    ("第一节　经济社会发展的新形势", "1"),
    ("第二节　基层治理面临的新任务", "2"),
    ("第二章　推进基层治理创新的主要路径", "4"),
    ("第一节　深化改革激发活力", "4"),
    ("第二节　加强社会建设", "4"),
    ("参考文献", "6"),
    ("后　　记", "7"),
]


def k10_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    center, left, right = (
        WD_ALIGN_PARAGRAPH.CENTER,
        WD_ALIGN_PARAGRAPH.LEFT,
        WD_ALIGN_PARAGRAPH.RIGHT,
    )
    d = new_doc(10.5, (2.2, 2.2, 2.2, 2.0))
    page_size(d, 18.4, 26)
    even_odd(d)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    # cover and copyright page
    para(d, K10_SERIES, 14, False, KAI, center, before=40, after=60)
    para(d, K10_TITLE, 32, True, SANS, center, after=30)
    para(d, K10_EDITOR, 16, False, SERIF, center, after=260)
    para(d, K10_PRESS, 16, True, SERIF, center)
    blank_hf(d.sections[0])
    page_break(d)
    first = True
    for text, bold in K10_CIP:
        q = para(d, text, 10, bold, SANS if bold else SERIF, left, before=260 if first else 0)
        q.paragraph_format.line_spacing = 1.4
        first = False
    q = para(d, "", 6, False, SERIF, left, after=6)
    rule(q, "bottom", "000000", 6)
    for text in K10_IMPRINT:
        q = para(d, text, 10, False, SERIF, left)
        q.paragraph_format.line_spacing = 1.4

    def part_section(odd: str, fmt: str | None) -> None:
        sec = d.add_section(WD_SECTION.NEW_PAGE)
        if fmt:
            pgnum(sec, fmt, 1)
        else:  # go on numbering: drop the restart the section copied
            for pg in sec._sectPr.findall(f"{W}pgNumType"):
                pg.attrib.pop(f"{W}start", None)
        header_text(sec.header, odd, right)
        header_text(sec.even_page_header, K10_EVEN, left)
        for part in (sec.footer, sec.even_page_footer):
            footer_fields(part, [("f", "PAGE")], center, 9)

    def big(text: str) -> None:
        head(d, text, 18, SANS, True, center, before=24, after=24)
        heads.append({"text": text, "level": 1})

    # 前言
    part_section("前　　言", "upperRoman")
    big("前　　言")
    for i in (9, 27):
        body(d, paras[i], 10.5, 1.5)
        used.append(paras[i])
    for line in K10_SIGN:
        para(d, line, 10.5, False, SERIF, right)
    # 目录
    part_section("目　　录", None)
    para(d, "目　　录", 18, True, SANS, center, before=24, after=24)
    for text, pg in K10_TOC:
        q = para(d, f"{'　　' if '节' in text[:3] else ''}{text}\t{pg}", 10.5, False, SERIF, left)
        dot_tab(q, 14.2)
        q.paragraph_format.line_spacing = 1.6
    # chapters
    for k, (chapter, items) in enumerate(K10_PARTS):
        part_section(chapter, "decimal" if k == 0 else None)
        big(chapter)
        for text, level, ps in items:
            if level == 2:
                h = head(d, text, 14, SANS, True, center, before=12, after=8)
            else:
                h = head(d, text, 10.5, SANS, True, before=6, after=2, indent=2)
            del h
            heads.append({"text": text, "level": level})
            for i in ps:
                body(d, paras[i], 10.5, 1.5)
                used.append(paras[i])
    part_section("参考文献", None)
    big("参考文献")
    for ref in K10_REFS:
        q = para(d, ref, 9, False, SERIF, left)
        q.paragraph_format.line_spacing = 1.5
    part_section("后　　记", None)
    big("后　　记")
    body(d, K10_AFTER, 10.5, 1.5)
    for line in K10_SIGN:
        para(d, line, 10.5, False, SERIF, right)
    return d, heads, used


def build_book(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = k10_docx(paras)
    docx_pdf(d, path)
    n = more.pages(path)
    assert 3 <= n <= 12, n
    gold: Gold = {
        "title": K10_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, K10_KEEP),
        "running": [K10_EVEN],
        "must_not_have": [
            K10_CIP[0][0],
            K10_CIP[1][0],
            K10_CIP[3][0],
            K10_CIP[5][0],
            K10_IMPRINT[0],
            K10_IMPRINT[6],
            K10_IMPRINT[7],
        ],
        "note": "",
    }
    text = check_pdf(path, gold, used)
    no_clash_boiler(path.name, gold)
    heads_printed(path.name, text, gold)
    not_in_body(path.name, used + [K10_AFTER], [K10_EVEN, K10_SERIES])
    # the typed 目录 tells the truth: each head on the page whose footer prints its number
    footers = {page_lines(path, k)[-1]: k for k in range(3, n + 1)}
    for text, pg in K10_TOC:
        k = footers["I" if pg == "Ⅰ" else pg]
        assert more.squash(text) in page_lines(path, k), (text, pg, k)
    # even pages (by their printed number) carry the book's name, odd pages the part
    for k in range(3, n + 1):
        top, num = page_lines(path, k)[0], page_lines(path, k)[-1]
        assert (top == more.squash(K10_EVEN)) == (num in ("II", "2", "4", "6")), (k, top, num)
    gold["note"] = (
        f"python-docx 1.2 -> LibreOffice 7.4, {n} pages of 18.4 x 26 cm, a book excerpt "
        f"(front matter, two chapters, back matter). Page 1 the cover (no header): the "
        f"series {K10_SERIES}, the title {K10_TITLE} (32 pt bold 黑体), {K10_EDITOR} and the "
        f"press (metadata, unscored). Page 2 the 版权页: the 图书在版编目（CIP）数据 block, a "
        "rule and the imprint lines 责任编辑/出版发行/印刷/开本/印张/版次/定价 and 版权所有　侵权必究 "
        "(copyright-page boilerplate: seven must_not_have). Then new sections with odd/even "
        f"headers over a rule: even pages {K10_EVEN} at the left (running), odd pages the "
        "current part at the right (前　　言, 目　　录, the chapter, 参考文献: the same text as "
        "the part's head, so not listed); page numbers centred, upper roman in the front "
        "matter, arabic from chapter 1 (not listed). 前　　言 (18 pt bold 黑体 centred, level "
        "1) with the 编　者/2014年2月 signature lines (unscored); 目　　录 (not a heading) "
        "with typed entries, dot leaders and page numbers (neither heading nor body); "
        "`第一章　…`/`第二章　…` (18 pt, level 1), `第一节　…` (14 pt bold 黑体 centred, level "
        "2), `一、…` (bold 黑体 at the 10.5 pt body size, indented: level 3). Back matter: "
        "参考文献 (level 1) over a reference list (unscored) and 后　　记 (level 1) with a "
        "paragraph written here (body, unscored) and the signature lines"
    )
    return gold


# ============================================== k11 政协提案 (python-docx, outline levels)

K11_SESSION = "政协东川市第十三届委员会第一次会议"
K11_LABEL = "提　　案"
K11_TITLE = "关于大力发展农村电子商务助推乡村产业振兴的提案"
K11_FORM = [
    ("提案号", "第0123号", "类　别", "经济建设"),
    ("提案人", "民盟东川市委员会", "联系人", "陈思远"),
    ("联系电话", "0871-6512 3456", "通讯地址", "东川市文华路18号"),
]
K11_HEADER = "政协东川市委员会提案　第0123号"
K11_SIGNER = "提案人：民盟东川市委员会"
K11_SECONDERS = "附议人：王建华　李晓梅　张国庆　刘文斌"
K11_DATE = "2017年1月10日"
K11_REVIEW = [
    ("审查意见", "经审查，同意立案。建议交由市商务局主办，市农业局、市邮政管理局会办。"),
    ("承办单位", "市商务局（主办）；市农业局、市邮政管理局（会办）"),
    ("办理时限", "2017年6月30日前答复提案人"),
]
K11_STAMP = "政协东川市委员会提案委员会（盖章）"
K11_OUTLINE: list[tuple[str, int, list[int]]] = [
    ("", 0, [21]),
    ("一、基本情况", 1, [22, 24]),
    ("二、存在的主要问题", 1, [12]),
    ("（一）农村物流配送体系不健全", 2, [25]),
    ("（二）农产品标准化和品牌化程度低", 2, [28]),
    ("（三）电商人才缺乏", 2, [26]),
    ("三、几点建议", 1, [9]),
    ("（一）完善县乡村三级物流配送网络", 2, [27]),
    ("（二）加快培育农村电商经营主体", 2, [20]),
    ("（三）推进农产品标准化和品牌建设", 2, [23]),
    ("（四）加强电商人才培养和政策扶持", 2, [35]),
]
K11_KEEP = {21, 24, 25, 26, 20, 35}


def k11_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    center, left, right = (
        WD_ALIGN_PARAGRAPH.CENTER,
        WD_ALIGN_PARAGRAPH.LEFT,
        WD_ALIGN_PARAGRAPH.RIGHT,
    )
    d = new_doc(14, (2.54, 2.54, 2.8, 2.6))
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    header_text(sec.header, K11_HEADER, right)
    footer_fields(sec.footer, [("t", "第 "), ("f", "PAGE"), ("t", " 页")], center, 9)
    footer_fields(sec.first_page_footer, [("t", "第 "), ("f", "PAGE"), ("t", " 页")], center, 9)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    para(d, K11_SESSION, 16, False, SANS, center, after=6)
    para(d, K11_LABEL, 36, True, SERIF, center, after=12, color=RED)
    t = d.add_table(rows=len(K11_FORM) + 1, cols=4)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(K11_FORM):
        for c, text in enumerate(row):
            cell_text(t.cell(r, c), text, 12, c % 2 == 0, SANS if c % 2 == 0 else SERIF, center)
    last = len(K11_FORM)
    cell_text(t.cell(last, 0), "案　由", 12, True, SANS, center)
    m = t.cell(last, 1).merge(t.cell(last, 3))
    cell_text(m, K11_TITLE, 12, False, SERIF, left)
    widths(t, [2.4, 5.4, 2.4, 5.4])
    para(d, K11_TITLE, 18, True, SANS, center, before=24, after=18)
    for text, level, ps in K11_OUTLINE:
        if level:
            font = SANS if level == 1 else KAI
            h = head(d, text, 14, font, level == 2, before=6, after=0, indent=2)
            h.paragraph_format.line_spacing = 1.5
            outline(h, level - 1)
            heads.append({"text": text, "level": level})
        for i in ps:
            body(d, paras[i], 14, 1.5)
            used.append(paras[i])
    para(d, K11_SIGNER, 14, False, SERIF, right, before=24)
    para(d, K11_SECONDERS, 14, False, SERIF, right)
    para(d, K11_DATE, 14, False, SERIF, right)
    cap = para(d, "提案审查及办理情况", 16, True, SANS, center, after=12)
    cap.paragraph_format.page_break_before = True
    rt = d.add_table(rows=len(K11_REVIEW) + 1, cols=2)
    rt.style = d.styles["Table Grid"]
    for r, (label, value) in enumerate(K11_REVIEW):
        cell_text(rt.cell(r, 0), label, 12, True, SANS, center)
        cell_text(rt.cell(r, 1), value, 12, False, SERIF, left)
    cell_text(rt.cell(len(K11_REVIEW), 0), "备　注", 12, True, SANS, center)
    q = rt.cell(len(K11_REVIEW), 1).paragraphs[0]
    q.alignment = right
    add_run(q, K11_STAMP, 12, False, SERIF)
    widths(rt, [3.0, 12.6])
    return d, heads, used


def build_proposal(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = k11_docx(paras)
    save(d, path)
    gold: Gold = {
        "title": K11_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, K11_KEEP),
        "running": [K11_HEADER],
        "must_not_have": [
            K11_SESSION,
            "0871-6512 3456",
            K11_SIGNER,
            K11_SECONDERS,
            K11_REVIEW[0][1][:16],
            K11_STAMP,
        ],
        "note": "",
    }
    text, n = check_docx(path, gold, used)
    assert 3 <= n <= 12, n
    no_clash_boiler(path.name, gold)
    heads_printed(path.name, text, gold)
    # no page of the LibreOffice rendering is empty but for its header and footer
    pages = text.split("\f")[:n]
    assert all(len([ln for ln in pg.splitlines() if ln.strip()]) > 2 for pg in pages), n
    gold["note"] = (
        f"python-docx 1.2 DOCX ({n} pages in LibreOffice 7.4), a 政协 proposal as a Word "
        f"file. Page 1: the session line {K11_SESSION} (must_not_have), the red 36 pt label "
        f"{K11_LABEL} (a form label: neither title nor heading), a form table 提案号/类别/"
        "提案人/联系人/联系电话/通讯地址/案由 (labels and values metadata; the phone number "
        f"must_not_have; the 案由 cell repeats the title), then the title {K11_TITLE} "
        "(18 pt bold 黑体, centred). An opening paragraph without a head. Heads by direct "
        "formatting on Normal paragraphs that carry a paragraph-level outline level (w:"
        "outlineLvl 0/1, no heading style): `一、…` 14 pt 黑体 (level 1), `（一）…` bold 楷体 "
        f"(level 2), both at the body size and indented like it. After the text the "
        f"{K11_SIGNER}, {K11_SECONDERS} and date lines at the right (the first two "
        "must_not_have); on the last page 提案审查及办理情况 (a form caption, not a heading) "
        "over a table with the 审查意见 (must_not_have), 承办单位 and 办理时限 rows and the "
        f"提案委员会（盖章） line (must_not_have). Header {K11_HEADER} from page 2 (different "
        "first page; running), `第 N 页` footers (not listed)"
    )
    return gold


# ============================================== k12 课题研究报告 (python-docx, endnotes)

K12_NO = "课题编号：DCSK2016-Z07"
K12_SERIES = "东川市哲学社会科学规划重点课题"
K12_TITLE = "东川市县域经济转型发展路径研究"
K12_GROUP = [
    "课题负责人：林国华（东川市发展研究中心）",
    "课题组成员：赵　明　孙　丽　何文涛　周雅琴",
]
K12_KEYWORDS = "关键词：县域经济；转型发展；产业升级；路径研究"
K12_HEADER = "东川市哲学社会科学规划课题研究报告"
K12_FIG = "图1　2011—2015年东川市六县（区）地区生产总值增速"
K12_FIG_SOURCE = "资料来源：东川市统计局《东川统计年鉴》（2012—2016）。"
K12_TAB = "表1　东川市县域产业结构（2015年）"
K12_TABLE = [
    ("县（区）", "第一产业（%）", "第二产业（%）", "第三产业（%）"),
    ("江北区", "4.2", "45.6", "50.2"),
    ("青山县", "18.7", "48.3", "33.0"),
    ("云溪县", "21.5", "42.9", "35.6"),
    ("石门县", "16.1", "51.2", "32.7"),
]
K12_TAB_SOURCE = "资料来源：课题组根据各县（区）2015年统计公报整理。"
K12_ENDNOTES = [
    "县域经济指以县级行政区划为地理空间、以县级政权为调控主体的区域经济，本文研究范围为东川市所辖六个县（区）。",
    "课题组于2016年4—6月赴六县（区）开展实地调研，召开座谈会12场，走访企业46家。",
]
K12_REFS = [
    "[1] 林国华. 县域经济发展的理论与实践[M]. 东川: 东川大学出版社, 2014.",
    "[2] 赵明, 孙丽. 欠发达地区县域产业升级路径研究[J]. 东川社会科学, 2015(3): 45-52.",
]
K12_APPENDIX = "附录　课题调研座谈会情况一览"
K12_APPX = [
    ("时间", "地点", "参加单位"),
    ("4月12日", "青山县", "县发改局、县工信局、园区管委会"),
    ("4月26日", "云溪县", "县农业局、县商务局、企业代表"),
    ("5月17日", "石门县", "县财政局、县金融办、银行代表"),
]
K12_THANKS = "本课题在调研过程中得到东川市发展和改革委员会、东川市统计局和各县（区）有关部门的大力支持，在此一并致谢。"
# (head, level, paragraphs, extra): FIG/TAB after the paragraphs, NOTEk an endnote
K12_OUTLINE: list[tuple[str, int, list[int], str]] = [
    ("内容提要", 1, [9], "KEYWORDS"),
    ("一、东川市县域经济发展现状", 1, [2], "NOTE1"),
    ("（一）经济总量持续增长", 2, [3], "FIG"),
    ("（二）产业结构逐步优化", 2, [19, 20], "TAB"),
    ("二、县域经济转型发展面临的问题", 1, [13], "NOTE2"),
    ("（一）传统产业比重偏高", 2, [17], ""),
    ("1. 产能过剩问题突出", 3, [18], ""),
    ("2. 创新能力不足", 3, [22], ""),
    ("（二）要素保障能力不强", 2, [27], ""),
    ("三、县域经济转型发展的路径选择", 1, [23], ""),
    ("（一）培育壮大特色主导产业", 2, [24], ""),
    ("（二）推进县域开放合作", 2, [25], ""),
    ("四、保障措施", 1, [11], ""),
    ("参考文献", 1, [], "REFS"),
    (K12_APPENDIX, 1, [], "APPX"),
    ("致　　谢", 1, [], "THANKS"),
]
K12_KEEP = {9, 3, 17, 22, 24, 11}


def k12_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    center, left, right = (
        WD_ALIGN_PARAGRAPH.CENTER,
        WD_ALIGN_PARAGRAPH.LEFT,
        WD_ALIGN_PARAGRAPH.RIGHT,
    )
    d = new_doc(12, (2.54, 2.54, 3.0, 2.8))
    heading_style(d, "Heading 1", SANS, 15, True)
    heading_style(d, "Heading 2", KAI, 13, True)
    heading_style(d, "Heading 3", SERIF, 12, True)
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    header_text(sec.header, K12_HEADER, right)
    footer_fields(sec.footer, [("f", "PAGE")], center, 9)
    footer_fields(sec.first_page_footer, [("f", "PAGE")], center, 9)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    para(d, K12_NO, 10.5, False, SERIF, right)
    para(d, K12_SERIES, 14, False, KAI, center, before=24, after=12)
    para(d, K12_TITLE, 22, True, SANS, center, after=12)
    for line in K12_GROUP:
        para(d, line, 12, False, KAI, center)
    noted: list[Any] = []
    for text, level, ps, extra in K12_OUTLINE:
        styled(d, text, f"Heading {level}", center if level == 1 and text[0] in "内参致" else None)
        heads.append({"text": text, "level": level})
        for i in ps:
            p = body(d, paras[i], 12, 1.5)
            used.append(paras[i])
        if extra.startswith("NOTE"):
            noted.append(p)
        if extra == "KEYWORDS":
            para(d, K12_KEYWORDS, 12, False, SERIF, left, before=6)
        if extra == "FIG":
            q = d.add_paragraph()
            q.alignment = center
            q.add_run().add_picture(
                io.BytesIO(bars_png([9.8, 8.6, 11.2, 10.4, 7.9, 8.8])), width=Cm(12)
            )
            para(d, K12_FIG, 10.5, True, SANS, center)
            para(d, K12_FIG_SOURCE, 9, False, SERIF, left, after=6)
        if extra == "TAB":
            para(d, K12_TAB, 10.5, True, SANS, center, before=6, after=4)
            grid_table(d, K12_TABLE, [3.6, 3.6, 3.6, 3.6])
            para(d, K12_TAB_SOURCE, 9, False, SERIF, left, after=6)
        if extra == "REFS":
            for ref in K12_REFS:
                para(d, ref, 10.5, False, SERIF, left).paragraph_format.line_spacing = 1.5
        if extra == "APPX":
            grid_table(d, K12_APPX, [3.0, 3.0, 8.4])
        if extra == "THANKS":
            body(d, K12_THANKS, 12, 1.5)
            para(d, "课题组", 12, False, SERIF, right, before=12)
            para(d, "2016年9月", 12, False, SERIF, right)
    prev9.notes_part(d, "endnote", K12_ENDNOTES)
    for k, p in enumerate(noted, 1):
        prev9.note_ref(p, "endnote", k)
    return d, heads, used


def build_research_report(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = k12_docx(paras)
    save(d, path)
    gold: Gold = {
        "title": K12_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, K12_KEEP),
        "running": [K12_HEADER],
        "must_not_have": [
            K12_NO,
            K12_GROUP[0],
            K12_FIG_SOURCE,
            K12_TAB_SOURCE,
            K12_ENDNOTES[0][:24],
            K12_ENDNOTES[1][:24],
        ],
        "note": "",
    }
    text, n = check_docx(path, gold, used)
    assert 3 <= n <= 12, n
    no_clash_boiler(path.name, gold)
    heads_printed(path.name, text, gold)
    not_in_body(path.name, used + [K12_THANKS], [K12_KEYWORDS, K12_FIG, K12_TAB])
    gold["note"] = (
        f"python-docx 1.2 DOCX ({n} pages in LibreOffice 7.4), a 课题研究报告 in Word. Page "
        f"1: {K12_NO} at the right (must_not_have), the series line {K12_SERIES} "
        f"(metadata), the title {K12_TITLE} (22 pt bold 黑体), and two centred 楷体 课题组 "
        "lines (负责人 must_not_have, 成员 unscored). Heads in the built-in Heading 1/2/3 "
        "styles (restyled 黑体/楷体/宋体, bold), numbers typed: 内容提要 (centred, level 1) "
        f"over its paragraph and the line {K12_KEYWORDS} (unscored, not a heading), `一、` "
        "(level 1), `（一）` (level 2), `1. ` (level 3), then the back matter heads 参考文献, "
        f"{K12_APPENDIX} and 致　　谢 (level 1; 参考文献 and 致谢 centred). A bar-chart "
        f"picture with the caption {K12_FIG} and a table with the caption {K12_TAB} "
        "(captions neither heading nor body; cells unscored), each followed by a 资料来源： "
        "line (must_not_have). Two Word endnotes (w:endnotes, marks i and ii in "
        "LibreOffice, their texts printed after 致谢: must_not_have). The 附录 table and "
        "the reference list are unscored; the 致谢 paragraph is written here (body, "
        f"unscored) with 课题组/2016年9月 lines. Header {K12_HEADER} from page 2 "
        "(different first page; running), page numbers centred (not listed)"
    )
    return gold


# ------------------------------------------------------------------ the set

BUILDERS = {
    "k07_lo_jiyao_attendance_banji.pdf": (build_jiyao, 2016),
    "k08_docx_white_paper_front_back.docx": (build_white_paper, 2014),
    "k09_xelatex_bluebook_chapter.pdf": (build_bluebook, 2015),
    "k10_lo_book_cip_front_back.pdf": (build_book, 2013),
    "k11_docx_cppcc_proposal_form.docx": (build_proposal, 2017),
    "k12_docx_research_report_endnotes.docx": (build_research_report, 2016),
}

ROWS: list[str] = [
    "| k07_lo_jiyao_attendance_banji.pdf | python-docx 1.2 → LibreOffice 7.4, gwr 2016 (`eval/make_realdocs30_files.py`, as k08-k12) | 专题会议纪要 in the GB/T 9704 纪要 form: 份号 000086 (unscored), red 30 pt masthead 东川市人民政府专题会议纪要 and its 期号 〔2016〕第23期 (both must_not_have: the 纪要标志 is not the title), office/date line over a red rule (unscored), title 关于城乡公共服务均等化工作的会议纪要 (22 pt bold); opening 主持召开…纪要如下： paragraph (body, unscored); heads at the 16 pt body size, indented, no bold: `一、` 黑体 (level 1), `（一）` 楷体 (level 2); after the text the 出席：/列席：/请假：/记录： blocks (黑体 labels, names with units, hanging indent: four must_not_have) and the 版记 (抄送 line between rules, 印发 line: must_not_have); page numbers `— N —` right on odd and left on even pages (running, all listed); 10 headings, 6 pages |",
    "| k08_docx_white_paper_front_back.docx | python-docx 1.2 (+ footnotes XML), gwr 2014 | city government 白皮书 as a Word file: page 1 title 东川市的生态文明建设 (28 pt bold 黑体), issuer and month lines (metadata, unscored); page 2 a typed 目　　录 (not a heading) listing the heads without page numbers (TOC lines: neither); built-in Heading 1 (黑体, not bold) / Heading 2 (bold 楷体) with typed numbers: centred 前　　言 and 结　束　语 (level 1, spaces kept), `一、`-`六、` (level 1), `（一）` (level 2), and the 附录　…大事记（2008—2014年） head (level 1) over five dated entries written here (two must_not_have); a Word footnote (must_not_have); header from page 2 (different first page; running), `— N —` footers not listed; 14 headings, 7 pages in LibreOffice |",
    "| k09_xelatex_bluebook_chapter.pdf | XeLaTeX article twoside (format built with `xetex -ini` from TeX Live 2022's xelatex.ini; fontspec, fancyhdr), 18.5 × 26 cm, gwr 2015 | 蓝皮书 chapter, pages 63-66: the title 东川市民营经济发展报告（2015） only on the opening page (no header there) under a bold B.4 label (unscored); ——subtitle line (not the title, not body: must_not_have, as made20's f01); 课题组 line (metadata) with a `*` footnote naming group and writer (must_not_have); 摘　要：/关键词： run-in lines in 楷体 (written here: unscored, not headings); heads `一　…` bold 黑体 13 pt with a full-width space (level 1), `（一）…` bold (level 2), `1. …` 楷体 (level 3), 参考文献 (level 1) over a reference list (unscored); a table with its caption 表1　… (neither) and a 资料来源： line (must_not_have); two ①② footnotes (must_not_have); even header 东川蓝皮书·经济（2015～2016） left, odd header a short running title B.4　民营经济：在转型中稳步前行 right (different from the title; both running), page numbers outside (not listed); 14 headings |",
    "| k10_lo_book_cip_front_back.pdf | python-docx 1.2 → LibreOffice 7.4, 18.4 × 26 cm, one section a part, gwr 2013 | book excerpt: cover (series, title 基层治理创新读本, 主编, press: metadata), 版权页 with the 图书在版编目（CIP）数据 block and imprint lines 责任编辑…定价, 版权所有　侵权必究 (seven must_not_have); then odd/even headers over a rule: even pages the book line 东川干部学习丛书·基层治理创新读本 (running), odd pages the part's name (same text as its head: not listed); roman page numbers in the front matter, arabic from chapter 1; 前　　言 (level 1) with 编者/date signature (unscored); typed 目　　录 with dot leaders and true page numbers (neither); 第一章/第二章 (18 pt, level 1), 第一节 (14 pt bold 黑体 centred, level 2), `一、` (bold 黑体 at the body size, level 3); back matter 参考文献 (level 1, list unscored) and 后　　记 (level 1, paragraph written here: body, unscored); 17 headings, 11 pages |",
    "| k11_docx_cppcc_proposal_form.docx | python-docx 1.2 (+ paragraph outline-level XML), gwr 2017 | 政协提案 as a Word file: session line 政协东川市第十三届委员会第一次会议 (must_not_have), red 提　　案 label (neither title nor heading), form table 提案号/类别/提案人/联系人/联系电话/通讯地址/案由 (metadata; phone must_not_have; the 案由 cell repeats the title), the title 关于大力发展农村电子商务助推乡村产业振兴的提案 (18 pt bold 黑体 centred); an unheaded opening paragraph; heads by direct formatting on Normal paragraphs with a paragraph-level w:outlineLvl (no heading style): `一、` 黑体 (level 1), `（一）` bold 楷体 (level 2), at the body size, indented; 提案人/附议人 lines (must_not_have) and date after the text; last page 提案审查及办理情况 (form caption, not a heading) over a table with 审查意见 and the 提案委员会（盖章） line (must_not_have); header from page 2 (running), `第 N 页` not listed; 10 headings, 5 pages in LibreOffice |",
    "| k12_docx_research_report_endnotes.docx | python-docx 1.2 (+ endnotes XML, Pillow chart), gwr 2016 | 课题研究报告 as a Word file: 课题编号 line (must_not_have), series line (metadata), title 东川市县域经济转型发展路径研究, two 课题组 lines (负责人 must_not_have); built-in Heading 1/2/3 with typed numbers: centred 内容提要 (level 1) with a 关键词： line (unscored, not a heading), `一、` (level 1), `（一）` (level 2), `1. ` (level 3), back matter 参考文献, 附录　课题调研座谈会情况一览 and 致　　谢 (level 1); a bar-chart picture and a table, each with a caption (neither) and a 资料来源： line (must_not_have); two Word endnotes (i, ii in LibreOffice, printed after 致谢: must_not_have); 附录 table and references unscored; 致谢 paragraph written here (body, unscored); header from page 2 (running); 16 headings, 6 pages in LibreOffice |",
]


def main(argv: list[str] | None = None) -> int:
    """Build the k documents in a scratch folder and copy them with their gold into
    ``eval/data/realdocs-made30`` (or ``--out``); ``--rows`` writes the SOURCE.md rows."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made30",
    )
    ap.add_argument("--only", nargs="*", default=None, help="file name prefixes")
    ap.add_argument("--rows", type=Path, default=None, help="write the SOURCE.md rows here")
    a = ap.parse_args(argv)
    docs, gold = a.out / "docs", a.out / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    made = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, (build, year) in BUILDERS.items():
            if a.only and not name.startswith(tuple(a.only)):
                continue
            g = build(Path(tmp) / name, year)
            assert 5 <= len(g["must_have"]) <= 6, (name, g["must_have"])
            assert 6 <= len(g["headings"]) <= 25, (name, len(g["headings"]))
            shutil.copy(Path(tmp) / name, docs / name)
            base.write_gold(gold / f"{name}.json", g)
            made += 1
    if a.rows:
        a.rows.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    print(f"made {made} documents in {docs}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
