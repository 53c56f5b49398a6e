# ruff: noqa: E501  (OOXML snippets and the SOURCE.md rows are kept on one line each)
"""Make the m documents of ``realdocs-made24`` (m01-m06) with real tools, and their gold.

A twenty-fourth set of development documents, made blind (without looking at the
readers or running them): the files an overseas buyer's analyst receives from Chinese
partners and agencies, enterprise and government PDFs and Word files with structures
the earlier sets lack; the helpers of the earlier makers are reused. The texts come
only from the public government work reports 2013-2017
(../shared/data/gov-work-reports), whole paragraphs (titles, headings, labels, names,
dates, figures, table cells, English translations, notes and furniture are written
here; people, places and companies are made up):

- ``m01_lo_annual_report_summary.pdf`` (gwr 2013): a listed company's 年度报告摘要
  (python-docx -> LibreOffice): 证券代码/证券简称/公告编号 line, the title in two lines
  (company name, 2012年年度报告摘要), 第一节/第二节/第三节 (level 1), ``2.1``-style and
  ``一、`` sections (level 2), ``（一）`` (level 3), numbered 重要提示 items, a 公司简介
  table, a 释义 table (释义项 / 指 / 释义内容), a header with the short name and stock
  code, ``N / M`` footer;
- ``m02_chrome_industry_report.pdf`` (gwr 2015): an industry association's
  行业发展报告 printed by headless Chromium with CSS ``@page`` margin boxes (header
  and page number; none on the cover): cover, 前言, a typed 目录 with dot leaders, 第一章
  (level 1) / 第一节 (level 2), inline SVG charts whose labels are text, captions
  ``图1-1`` and 资料来源 lines, 附录 大事记;
- ``m03_rl_investment_brochure.pdf`` (gwr 2017): a development zone's 招商引资
  brochure (reportlab platypus, frames): a dark cover drawn on the canvas, inner pages
  with a shaded key-figures sidebar (big numbers) beside two text columns under a
  section banner, subheads in the columns, a back page with the 联系方式 block;
- ``m04_docx_bilingual_table.docx`` (gwr 2014): a 中英对照 Word document: Chinese and
  English title paragraphs, then one two-column table (中文 | English) holding the
  headings and paragraphs row by row, Chinese on the left;
- ``m05_ocr_fax_notice.pdf`` (gwr 2016): a 商务厅 通知 with a 红头 received by fax:
  LibreOffice PDF -> 200 dpi, thresholded to black and white, a fax machine's
  header line stamped on every page, noise -> ``ocrmypdf -l chi_sim``;
- ``m06_docx_group_standard.docx`` (gwr 2015): a 团体标准 (T/…) as a Word file after
  the GB/T 1.1 template: cover, 目次, 前言, ``1　范围``, ``2　规范性引用文件`` (a list of
  standards), ``3　术语和定义`` with ``3.1`` term entries (number, term and English
  term, definition), numbered clauses, 附录A (资料性附录) as one three-line paragraph.

Gold is written from what each builder put in the document, decided as a reader reads
the printed page (never from reader output); titles, headings, passages, running lines
and boilerplate are checked against the printed text (``pdftotext -layout``; for the
DOCX files a LibreOffice rendering in a scratch folder; for the scan the OCR layer).
Needs LibreOffice Writer, Chromium, poppler-utils, ocrmypdf with tesseract-ocr-chi-sim,
the fonts of fonts-noto-cjk, fonts-wqy-zenhei and fonts-arphic-gbsn00lp/gkai00mp, and
python-docx, reportlab and Pillow in the Python that runs it. Run once; the
outputs are committed, so nothing else needs these tools. Made in a virtual
environment of its own:

    apt-get install --no-install-recommends ocrmypdf tesseract-ocr-chi-sim
    python3 -m venv /tmp/m24a-venv
    /tmp/m24a-venv/bin/pip install python-docx reportlab pillow
    /tmp/m24a-venv/bin/python eval/make_realdocs24_files.py [--out eval/data/realdocs-made24] [--only m01 ...]
"""

from __future__ import annotations

import html
import os
import random
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
import make_realdocs17_files as prev17
import make_realdocs20_files as prev20
import make_realdocs20_pages as prev20p
import make_realdocs22_files as prev22

MINE = ("m01_", "m02_", "m03_", "m04_", "m05_", "m06_")
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


def new_doc(size: float = 12, margins: tuple[float, ...] = (2.54, 2.54, 2.8, 2.6)) -> Any:
    return prev8.docx_base(SERIF, size, margins)  # type: ignore[arg-type]


def para(
    d: Any,
    text: str,
    size: float = 12,
    bold: bool = False,
    font: str = SERIF,
    align: Any = None,
    before: float = 0,
    after: float = 0,
    style: str | None = None,
    color: str = "",
) -> Any:
    """A paragraph of one run with direct formatting."""
    from docx.shared import Pt

    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    add_run(p, text, size, bold, font, color)
    return p


def heading_style(d: Any, name: str, size: float, font: str, bold: bool = True) -> Any:
    """A built-in Heading style in black, in ``font`` at ``size``."""
    from docx.shared import Pt, RGBColor

    st = d.styles[name]
    more.cjk_font(st, font, size)
    st.font.bold, st.font.italic = bold, False
    st.font.color.rgb = RGBColor(0, 0, 0)
    st.paragraph_format.space_before = Pt(10)
    st.paragraph_format.space_after = Pt(6)
    return st


def cell_text(
    cell: Any,
    text: str,
    size: float = 10.5,
    bold: bool = False,
    font: str = SERIF,
    align: Any = None,
) -> Any:
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    add_run(p, text, size, bold, font)
    return p


def grid(
    d: Any, rows: list[tuple[str, ...]], widths: list[float], head: bool = True, size: float = 10.5
) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles["Table Grid"]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.width = Cm(widths[c])
            cell_text(
                cell,
                text,
                size,
                head and r == 0,
                SANS if head and r == 0 else SERIF,
                WD_ALIGN_PARAGRAPH.CENTER if (head and r == 0) or len(text) < 8 else None,
            )
    return t


# ------------------------------------------------- m01 年度报告摘要 (LibreOffice)

M01_CODE_LINE = "证券代码：603817　　　　　　证券简称：澄江智造　　　　　　公告编号：2013-009"
M01_TITLE = ("澄江智造科技股份有限公司", "2012年年度报告摘要")
M01_HEAD_L, M01_HEAD_R = "澄江智造（603817）", "2012年年度报告"
M01_NOTICE = [
    "1.1　本年度报告摘要来自年度报告全文，投资者欲了解详细内容，应当仔细阅读同时刊载于上海证券交易所网站等中国证监会指定网站上的年度报告全文。",
    "1.2　公司董事会、监事会及董事、监事、高级管理人员保证本报告所载资料不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担个别及连带责任。",
    "1.3　公司全体董事出席董事会会议。立衡会计师事务所（特殊普通合伙）为本公司出具了标准无保留意见的审计报告。",
    "1.4　公司负责人沈立群、主管会计工作负责人许静及会计机构负责人周晓岚声明：保证年度报告中财务报告的真实、准确、完整。",
]
M01_BRIEF = [
    ("股票种类", "股票上市交易所", "股票简称", "股票代码", "变更前股票简称"),
    ("A股", "上海证券交易所", "澄江智造", "603817", "无"),
]
M01_CONTACT = [
    ("联系人和联系方式", "董事会秘书", "证券事务代表"),
    ("姓名", "许静", "郑海涛"),
    ("电话", "0791-86235517", "0791-86235519"),
    ("电子信箱", "ir@cjzz-tech.com", "zqb@cjzz-tech.com"),
]
M01_DEF_LEAD = "在本报告摘要中，除非文义另有所指，下列词语具有如下含义："
M01_DEFS = [
    ("释义项", "", "释义内容"),
    ("本公司、公司、澄江智造", "指", "澄江智造科技股份有限公司"),
    ("控股股东、澄江集团", "指", "东川澄江投资集团有限公司"),
    ("中国证监会", "指", "中国证券监督管理委员会"),
    ("报告期", "指", "2012年1月1日至2012年12月31日"),
    ("元、万元", "指", "人民币元、人民币万元"),
]
# (heading, level, paragraphs, block)
M01_OUTLINE: list[tuple[str, int, list[int], str]] = [
    ("第一节　重要提示", 1, [], "notice"),
    ("第二节　公司基本情况", 1, [], ""),
    ("2.1　公司简介", 2, [], "brief"),
    ("2.2　释义", 2, [], "defs"),
    ("2.3　报告期公司主要业务简介", 2, [0, 3], ""),
    ("第三节　经营情况讨论与分析", 1, [], ""),
    ("一、报告期内总体经营情况", 2, [1], ""),
    ("二、主要工作进展", 2, [], ""),
    ("（一）研发与技术创新", 3, [23], ""),
    ("（二）市场拓展与区域布局", 3, [13, 14], ""),
    ("（三）人才队伍建设", 3, [17], ""),
    ("三、公司未来发展的展望", 2, [25, 27], ""),
    ("第四节　涉及财务报告的相关事项", 1, [], "fin"),
]
M01_KEEP = {0, 23, 14, 17, 25}
M01_FIN = [
    "4.1　与上年度财务报告相比，会计政策、会计估计和核算方法未发生变化。",
    "4.2　报告期内未发生重大会计差错更正需追溯重述的情况。",
    "4.3　与上年度财务报告相比，财务报表合并范围未发生变化。",
]
M01_SIGN = ("澄江智造科技股份有限公司", "董事长：沈立群", "2013年3月28日")


def m01_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    d = new_doc(10.5, (2.5, 2.3, 2.6, 2.6))
    d.core_properties.title = M01_TITLE[0] + M01_TITLE[1]
    d.styles["Normal"].paragraph_format.line_spacing = 1.35
    heading_style(d, "Heading 1", 15, SANS).paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading_style(d, "Heading 2", 12, SANS)
    heading_style(d, "Heading 3", 10.5, SANS)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.8), WD_TAB_ALIGNMENT.RIGHT)
    add_run(hp, M01_HEAD_L + "\t" + M01_HEAD_R, 9, False, SERIF)
    more.border(hp, "bottom", "000000", 6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    more.add_field(fp, "PAGE")
    fp.add_run(" / ")
    more.add_field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(9)
    para(d, M01_CODE_LINE, 10.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=18)
    for k, line in enumerate(M01_TITLE):
        para(d, line, 18, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, after=14 * k)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for text, level, idx, block in M01_OUTLINE:
        d.add_paragraph(text, style=f"Heading {level}")
        heads.append({"text": text, "level": level})
        if block == "notice":
            for item in M01_NOTICE:
                p = para(d, item, 10.5, after=3)
                p.paragraph_format.first_line_indent = Pt(21)
        elif block == "brief":
            para(d, "公司股票简况", 10.5, True, SANS, after=3)
            grid(d, M01_BRIEF, [2.4, 3.6, 2.8, 2.6, 3.6]).alignment = WD_TABLE_ALIGNMENT.CENTER
            para(d, "", 6)
            grid(d, M01_CONTACT, [4.0, 5.5, 5.5]).alignment = WD_TABLE_ALIGNMENT.CENTER
        elif block == "defs":
            p = para(d, M01_DEF_LEAD, 10.5, after=3)
            p.paragraph_format.first_line_indent = Pt(21)
            t = grid(d, M01_DEFS, [5.0, 1.2, 8.8])
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
        elif block == "fin":
            for item in M01_FIN:
                p = para(d, item, 10.5, after=3)
                p.paragraph_format.first_line_indent = Pt(21)
        for i in idx:
            body_para(d, paras[i], 10.5, 1.35)
            used.append(paras[i])
    para(d, "", 10.5)
    for line in M01_SIGN:
        para(d, line, 10.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return d, heads, used


def build_annual_summary(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = m01_docx(paras)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        save(d, tmp / "src.docx")
        pdf = prev22.lo_pdf(tmp / "src.docx", tmp)
        path.write_bytes(pdf.read_bytes())
    n = more.pages(path)
    assert 3 <= n <= 6, n
    gold: Gold = {
        "title": M01_TITLE[0] + M01_TITLE[1],
        "headings": heads,
        "must_have": picks(paras, used, M01_KEEP),
        "running": [M01_HEAD_L],
        "must_not_have": ["公告编号：2013-009"],
        "note": "",
    }
    text = check_pdf(path, gold, used)
    assert (
        sum(
            more.squash(M01_HEAD_L) in more.squash(prev20.page_lines(path, k)[0])
            for k in range(1, n + 1)
        )
        == n
    )
    assert more.squash(M01_CODE_LINE) in more.squash(text)
    gold["note"] = (
        f"{n} pages (python-docx -> LibreOffice 7.4, Heading 1/2/3 styles in the sans face, "
        "so the PDF also has bookmarks), a listed company's 年度报告摘要: the "
        "证券代码/证券简称/公告编号 line over the title (not body; its 公告编号 must_not_have), "
        "the title in two centred 18 pt lines, company name and 2012年年度报告摘要, read as "
        "one title (as z10's two-line announcement title); levels as a reader outlines "
        "the printed page: 第一节…第四节 (centred, 15 pt: level 1), 2.1/2.2/2.3 and "
        "一、/二、/三、 under 第二节/第三节 (level 2), （一）… (level 3). The numbered 重要提示 "
        "items 1.1-1.4 and 4.1-4.3 are the company's own statements: body paragraphs, "
        "neither required nor forbidden (unscored; they open with a typed number, not "
        "headings). Tables (股票简况, 联系人和联系方式 with phone and e-mail, the 释义 table "
        "释义项 / 指 / 释义内容) and its lead line are unscored; the signature block "
        "(company, 董事长, date) unscored. Header on every page: the short name and stock "
        f"code {M01_HEAD_L} left (running) and {M01_HEAD_R} right (a substring of the "
        "title, so not listed); footer N / M not listed"
    )
    return gold


# ------------------------------------------------- m04 中英对照 two-column table

M04_TITLE = "东川省2014年对外开放工作要点"
M04_TITLE_EN = "Key Points of Dongchuan Province's Work on Opening Up in 2014"
M04_NOTE = "（中英文对照　以中文为准 / Chinese-English Version. In case of discrepancy, the Chinese version shall prevail.）"
M04_HEAD = "东川省国际贸易促进委员会　CCPIT Dongchuan Sub-Council"
M04_COLS = ("中文", "English")
# (Chinese heading, English heading, level, paragraphs)
M04_OUTLINE: list[tuple[str, str, int, list[int]]] = [
    ("一、2013年工作回顾", "I. Review of the Work in 2013", 1, []),
    ("（一）加快产业结构调整", "(I) Accelerating Industrial Restructuring", 2, [4]),
    ("（二）推进创新驱动发展", "(II) Promoting Innovation-driven Development", 2, [6]),
    ("二、2014年主要任务", "II. Main Tasks for 2014", 1, []),
    ("（一）扩大全方位主动开放", "(I) Opening Up Further in All Respects", 2, [26]),
    ("（二）在走出去中提升竞争力", "(II) Becoming More Competitive in Going Global", 2, [28]),
    (
        "（三）统筹多双边和区域开放合作",
        "(III) Coordinating Multilateral, Bilateral and Regional Cooperation",
        2,
        [29],
    ),
    ("三、加强事中事后监管", "III. Strengthening Oversight during and after the Event", 1, [25]),
]
M04_KEEP = {4, 26, 28, 29, 25}
M04_EN: dict[int, str] = {
    4: "Accelerating industrial restructuring. We encouraged the development of the service sector and supported strategic emerging industries; fourth-generation mobile communications entered commercial use. We actively addressed serious overcapacity in some industries. We promoted energy conservation, emission reduction and pollution control: energy consumption per unit of GDP fell by 3.7%, and emissions of sulfur dioxide and chemical oxygen demand fell by 3.5% and 2.9% respectively.",
    6: "Promoting innovation-driven development. Total spending on research and development exceeded 2% of GDP. We deepened reform of the science and technology system and carried out programmes for knowledge and technological innovation. Major breakthroughs were made in a number of key technologies, including supercomputing, intelligent robots and super hybrid rice.",
    26: "Opening up further in all respects and on our own initiative. We will continue to use foreign investment actively and effectively, open up the service sector further, and build a business environment in which domestic and foreign-funded enterprises are treated equally and compete fairly, so that China remains the first choice of foreign investors. We will build and manage the China (Shanghai) Pilot Free Trade Zone well, develop institutions that can be replicated and extended, and launch a number of new pilot projects. We will extend opening up to inland and border areas, making the vast land a hot spot of opening up.",
    28: "Becoming more competitive in going global. We will reform the way overseas investment is managed, relying mainly on record filing and delegating approval powers substantially. We will improve financial, legal, consular and other support services, regulate overseas business conduct, and promote exports of products, project contracting and labour cooperation. We will plan and build the Silk Road Economic Belt and the 21st Century Maritime Silk Road, advance the Bangladesh-China-India-Myanmar and China-Pakistan economic corridors, launch a number of major supporting projects, speed up the connection of infrastructure, and open up new room for international economic and technological cooperation.",
    29: "Coordinating multilateral, bilateral and regional opening and cooperation. We will advance negotiations on the Trade in Services Agreement, the Government Procurement Agreement and the Information Technology Agreement, and speed up talks on new issues such as environmental protection and e-commerce. We will take an active part in building high-standard free trade areas, advance investment agreement negotiations with the United States and the European Union, and speed up free trade negotiations with the Republic of Korea, Australia and the Gulf Cooperation Council. We will keep promoting the liberalisation and facilitation of trade and investment, seek mutual benefit with all countries, and let opening up, reform and development reinforce one another.",
    25: "Strengthening oversight during and after the event. We will give equal weight to delegating powers and to regulation, build coordinated management across levels and departments, and make sure that responsibilities move down with powers and that oversight keeps pace with freedom. We will extend one-stop approval and single-window services and explore unified market supervision. We will speed up the building of a social credit system, promote information sharing among government bodies, work towards a unified code for natural and legal persons, and blacklist enterprises that violate the principles of market competition or infringe consumers' rights, so that those who break faith find every step hard and those who keep faith find the way open.",
}
M04_SIGN = ("东川省国际贸易促进委员会", "2014年4月 / April 2014")
LATIN = "Times New Roman"


def m04_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = new_doc(10.5, (2.2, 2.2, 2.2, 2.2))
    d.core_properties.title = M04_TITLE
    d.styles["Normal"].font.name = LATIN
    d.styles["Normal"].paragraph_format.line_spacing = 1.2
    ttl = d.styles["Title"]
    more.cjk_font(ttl, SANS, 18)
    ttl.font.name = LATIN
    d.styles["Title"].element.get_or_add_rPr().get_or_add_rFonts().set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", SANS
    )
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(hp, M04_HEAD, 9, False, SERIF)
    more.border(hp, "bottom", "000000", 4)
    prev4.page_footer(sec.footer.paragraphs[0], "- ", " -")
    p = d.add_paragraph(M04_TITLE, style="Title")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = para(d, M04_TITLE_EN, 14, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, after=6)
    para(d, M04_NOTE, 9, False, KAI, WD_ALIGN_PARAGRAPH.CENTER, after=10)
    rows = 1 + len(M04_OUTLINE) + sum(len(x[3]) for x in M04_OUTLINE)
    t = d.add_table(rows=rows, cols=2)
    t.style = d.styles["Table Grid"]
    t.rows[0]._tr.get_or_add_trPr().append(el("<w:tblHeader/>"))
    for c, text in enumerate(M04_COLS):
        cell_text(t.cell(0, c), text, 10.5, True, SANS, WD_ALIGN_PARAGRAPH.CENTER)
        t.cell(0, c)._tc.get_or_add_tcPr().append(
            el('<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>')
        )
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    r = 1
    for zh, en, level, idx in M04_OUTLINE:
        size = 12 if level == 1 else 10.5
        cell_text(t.cell(r, 0), zh, size, True, SANS)
        cell_text(t.cell(r, 1), en, size, True, LATIN)
        heads.append({"text": zh, "level": level})
        r += 1
        for i in idx:
            p = t.cell(r, 0).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Pt(21)
            add_run(p, paras[i], 10.5)
            p = t.cell(r, 1).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_run(p, M04_EN[i], 10.5)
            used.append(paras[i])
            r += 1
    for row in t.rows:
        row.cells[0].width, row.cells[1].width = Cm(7.6), Cm(9.0)
    para(d, "", 10.5)
    for line in M04_SIGN:
        para(d, line, 10.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    return d, heads, used


def build_bilingual_table(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = m04_docx(paras)
    save(d, path)
    gold: Gold = {
        "title": M04_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, M04_KEEP),
        "running": [M04_HEAD],
        "must_not_have": [],
        "note": "",
    }
    text, n = check_docx(path, gold, used)
    assert 2 <= n <= 6, n
    assert more.squash(M04_TITLE_EN) in more.squash(text)
    gold["note"] = (
        f"a DOCX ({n} pages in LibreOffice), a 中英对照 document as trade-promotion bodies "
        "send it to foreign partners: the Chinese title in the Title style (the title; "
        "also the core title), the English title under it (14 pt bold, unscored) and the "
        "bracketed 以中文为准 note (unscored); then everything in ONE two-column Table Grid "
        "table, Chinese cell left, English cell right, row by row: a shaded 中文 | English "
        "header row repeated on every page (w:tblHeader, unscored), heading rows (bold "
        "sans 12/10.5 pt: 一、… level 1, （一）… level 2) and paragraph rows. Judgment "
        "calls: the headings are the Chinese cells as stored (一、2013年工作回顾), without "
        "their English cell (I. Review of …), which is the translation in the next cell, "
        "not part of the heading; the Chinese paragraphs are the body (must_have from "
        "them); the English paragraphs, translations written by the maker, are neither "
        "required nor forbidden (unscored), as l05's. The centred header (organisation in "
        "Chinese and English, ruled) is running; - N - footers not listed; the signature "
        "block (organisation, date in Chinese and English) unscored"
    )
    return gold


# ---------------------------------------------- m06 团体标准 (GB/T 1.1 template)

M06_ICS, M06_CCS = "ICS 59.080.01", "W 04"
M06_MARK = "T/DCFZ"
M06_KIND = "团　体　标　准"
M06_NO = "T/DCFZ 003—2015"
M06_TITLE = "出口纺织服装企业绿色生产管理规范"
M06_TITLE_EN = (
    "Specification for green production management of export textile and apparel enterprises"
)
M06_DATES = "2015-09-30发布　　　　　　　　　　　　2015-11-01实施"
M06_ISSUER = "东川省纺织服装行业协会　发 布"
M06_FORE = "前　　言"
M06_FORE_LINES = [
    "本标准按照GB/T 1.1—2009给出的规则起草。",
    "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别这些专利的责任。",
    "本标准由东川省纺织服装行业协会提出并归口。",
    "本标准起草单位：东川省纺织服装行业协会、澄州华锦服饰有限公司、东川省纤维检验局。",
    "本标准主要起草人：周立衡、许静、郑海涛、沈立群。",
]
M06_SCOPE = [
    "本标准规定了出口纺织服装企业绿色生产管理的总体要求、管理要求和自评价方法。",
    "本标准适用于东川省内从事纺织服装产品出口生产的企业，其他纺织服装企业可参照执行。",
]
M06_REFS_LEAD = "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。"
M06_REFS = [
    "GB/T 19001　质量管理体系　要求",
    "GB/T 23331　能源管理体系　要求",
    "GB/T 24001　环境管理体系　要求及使用指南",
    "GB/T 28001　职业健康安全管理体系　要求",
]
M06_TERMS_LEAD = "下列术语和定义适用于本文件。"
M06_TERMS = [
    (
        "3.1",
        "绿色生产",
        "green production",
        "在纺织服装产品设计、采购、生产、包装和运输的全过程中，采取节约资源、降低能耗、减少污染物排放和保障员工健康安全等措施的生产方式。",
    ),
    ("3.2", "供应商", "supplier", "向出口纺织服装企业提供原料、辅料、加工或服务的组织。"),
    (
        "3.3",
        "自评价",
        "self-assessment",
        "企业依据本标准对自身绿色生产管理状况进行检查和评分的活动。",
    ),
]
# (heading, level, lead paragraphs, numbered clauses without a title (number, paragraph or text))
M06_OUTLINE: list[tuple[str, int, list[int], list[tuple[str, int | str]]]] = [
    ("4　总体要求", 1, [], []),
    ("4.1　管理职责", 2, [53], []),
    ("4.2　依法经营", 2, [52], []),
    ("5　管理要求", 1, [], []),
    ("5.1　能源管理", 2, [50], []),
    ("5.2　生态环境保护", 2, [51], []),
    (
        "5.3　员工权益保障",
        2,
        [10],
        [
            ("5.3.1", 49),
            ("5.3.2", "企业应建立员工意见反馈渠道，每年至少组织一次职业健康检查，并保存检查记录。"),
        ],
    ),
]
M06_KEEP = {53, 52, 50, 51, 10}
M06_ANNEX = ("附　录　A", "（资料性附录）", "出口纺织服装企业绿色生产自评价表")
M06_ANNEX_HEADS = [
    (
        "A.1　评价方法",
        "企业可每年对照表A.1开展一次自评价，各项得分相加为自评价总分，总分80分及以上为良好。",
    ),
    ("A.2　自评价表", "自评价表见表A.1。"),
]
M06_TABLE = [
    ("序号", "评价项目", "分值", "得分"),
    ("1", "管理职责", "20", ""),
    ("2", "能源管理", "25", ""),
    ("3", "生态环境保护", "25", ""),
    ("4", "员工权益保障", "30", ""),
]
M06_TABLE_CAP = "表A.1　绿色生产自评价表"
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def std_style(
    d: Any,
    name: str,
    size: float,
    font: str,
    outline: int | None,
    align: Any = None,
    before: float = 0,
    after: float = 0,
) -> Any:
    """A paragraph style of the standard template (``标准文件_…``) based on Normal."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    st = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = d.styles["Normal"]
    more.cjk_font(st, font, size)
    st.paragraph_format.space_before = Pt(before)
    st.paragraph_format.space_after = Pt(after)
    if align is not None:
        st.paragraph_format.alignment = align
    if outline is not None:
        st.element.get_or_add_pPr().append(el(f'<w:outlineLvl w:val="{outline}"/>'))
    return st


def page_numbers(sect: Any, fmt: str) -> None:
    sect._sectPr.append(el(f'<w:pgNumType w:fmt="{fmt}" w:start="1"/>'))


def m06_docx(paras: list[str], toc: dict[str, str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    C, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    d = new_doc(10.5, (2.5, 2.0, 2.5, 2.0))
    d.core_properties.title = M06_TITLE
    d.styles["Normal"].paragraph_format.line_spacing = 1.25
    seg = std_style(d, "标准文件_段", 10.5, SERIF, None)
    seg.paragraph_format.first_line_indent = Pt(21)
    seg.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fore = std_style(d, "标准文件_前言、引言标题", 16, SANS, 0, C, 24, 18)
    chap = std_style(d, "标准文件_章标题", 10.5, SANS, 0, None, 8, 8)
    sub = std_style(d, "标准文件_一级条标题", 10.5, SANS, 1, None, 4, 4)
    term = std_style(d, "标准文件_术语条一", 10.5, SANS, None, None, 4, 0)
    annex = std_style(d, "标准文件_附录标识", 10.5, SANS, 0, C, 0, 12)
    tocs = std_style(d, "标准文件_目次", 10.5, SERIF, None)
    tocs.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, 1)
    # cover
    para(d, M06_ICS, 10.5, False, SANS)
    para(d, M06_CCS, 10.5, False, SANS, after=30)
    para(d, M06_MARK, 36, True, SANS, R, after=12)
    p = para(d, M06_KIND, 36, False, SANS, C, after=6)
    more.border(p, "bottom", "000000", 12)
    para(d, M06_NO, 14, False, SANS, R, before=6, after=90)
    para(d, M06_TITLE, 26, False, SANS, C, after=12)
    para(d, M06_TITLE_EN, 14, False, "Times New Roman", C, after=150)
    p = para(d, M06_DATES, 14, False, SANS, C, after=6)
    more.border(p, "bottom", "000000", 12)
    para(d, M06_ISSUER, 16, False, SANS, C, before=6)
    # front matter
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.header.is_linked_to_previous = False
    s2.footer.is_linked_to_previous = False
    hp = s2.header.paragraphs[0]
    hp.alignment = R
    add_run(hp, M06_NO, 10.5, False, SANS)
    fp = s2.footer.paragraphs[0]
    prev4.page_footer(fp, "", "")
    page_numbers(s2, "upperRoman")
    para(d, "目　　次", 16, False, SANS, C, 24, 18)
    entries = [
        M06_FORE,
        "1　范围",
        "2　规范性引用文件",
        "3　术语和定义",
        *(h for h, lv, _, _ in M06_OUTLINE),
        "附录A（资料性附录）　" + M06_ANNEX[2],
        "A.1　评价方法",
        "A.2　自评价表",
    ]
    for e in entries:
        p = d.add_paragraph(style=tocs)
        if e.startswith(("4.", "5.", "A.")):
            p.paragraph_format.left_indent = Pt(21)
        add_run(p, f"{e}\t{toc.get(e, '1')}")
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    heads: list[dict[str, Any]] = [{"text": M06_FORE, "level": 1}]
    d.add_paragraph(M06_FORE, style=fore)
    for line in M06_FORE_LINES:
        d.add_paragraph(line, style=seg)
    # body
    s3 = d.add_section(WD_SECTION.NEW_PAGE)
    page_numbers(s3, "decimal")
    para(d, M06_TITLE, 16, False, SANS, C, 12, 18)
    used: list[str] = []

    def head(text: str, level: int) -> None:
        d.add_paragraph(text, style=chap if level == 1 else sub)
        heads.append({"text": text, "level": level})

    head("1　范围", 1)
    for line in M06_SCOPE:
        d.add_paragraph(line, style=seg)
    head("2　规范性引用文件", 1)
    d.add_paragraph(M06_REFS_LEAD, style=seg)
    for line in M06_REFS:
        d.add_paragraph(line, style=seg)
    head("3　术语和定义", 1)
    d.add_paragraph(M06_TERMS_LEAD, style=seg)
    for no, zh, en, defn in M06_TERMS:
        d.add_paragraph(no, style=term)
        p = d.add_paragraph(style=term)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.first_line_indent = Pt(21)
        add_run(p, zh + "　")
        add_run(p, en, font="Times New Roman")
        d.add_paragraph(defn, style=seg)
    for text, level, idx, clauses in M06_OUTLINE:
        head(text, level)
        for i in idx:
            d.add_paragraph(paras[i], style=seg)
            used.append(paras[i])
        for no, what in clauses:
            p = d.add_paragraph(style=seg)
            p.paragraph_format.first_line_indent = Pt(0)
            add_run(p, no + "　", font=SANS)
            add_run(p, paras[what] if isinstance(what, int) else what)
            if isinstance(what, int):
                used.append(paras[what])
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = d.add_paragraph(style=annex)
    for k, line in enumerate(M06_ANNEX):
        r = p.add_run(line)
        if k < 2:
            r.add_break()
    heads.append({"text": "".join(M06_ANNEX).replace("　", ""), "level": 1})
    for h, text in M06_ANNEX_HEADS:
        head(h, 2)
        d.add_paragraph(text, style=seg)
    para(d, M06_TABLE_CAP, 10.5, False, SANS, C, 6, 6)
    grid(d, M06_TABLE, [2.0, 7.0, 3.0, 3.0])
    para(d, "", 10.5)
    para(d, "_" * 12, 10.5, align=C)
    return d, heads, used


def m06_pages(pdf: Path) -> dict[str, str]:
    """The printed page number of each 目次 entry (roman before the body)."""
    roman = ["I", "II", "III", "IV"]
    out: dict[str, str] = {}
    n = more.pages(pdf)
    lines = {
        k: [more.squash(x) for x in more.pdftext(pdf, k).splitlines()] for k in range(1, n + 1)
    }
    body0 = next(k for k in range(3, n + 1) if any(ln == more.squash(M06_TITLE) for ln in lines[k]))
    fore = next(k for k in range(2, n + 1) if more.squash(M06_FORE) in lines[k])
    out[M06_FORE] = roman[fore - 2]
    names = [
        "1　范围",
        "2　规范性引用文件",
        "3　术语和定义",
        *(h for h, _, _, _ in M06_OUTLINE),
        "A.1　评价方法",
        "A.2　自评价表",
    ]
    for name in names:
        k = next(k for k in range(body0, n + 1) if more.squash(name) in lines[k])
        out[name] = str(k - body0 + 1)
    k = next(k for k in range(body0, n + 1) if "附录A" in lines[k])
    out["附录A（资料性附录）　" + M06_ANNEX[2]] = str(k - body0 + 1)
    return out


def build_group_standard(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    toc: dict[str, str] = {}
    for _ in range(2):
        d, heads, used = m06_docx(paras, toc)
        save(d, path)
        with tempfile.TemporaryDirectory() as t:
            pdf = prev22.lo_pdf(path, Path(t))
            new = m06_pages(pdf)
        if new == toc:
            break
        toc = new
    assert new == toc, (new, toc)
    gold: Gold = {
        "title": M06_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, M06_KEEP),
        "running": [M06_NO],
        "must_not_have": [M06_ICS],
        "note": "",
    }
    # the number heads every page but the cover: also printed on the cover
    _text, n = check_docx(path, gold, used)
    assert 4 <= n <= 7, n
    gold["note"] = (
        f"a DOCX ({n} pages in LibreOffice), a 团体标准 written on the GB/T 1.1 Word template: "
        "custom paragraph styles named as the template's (标准文件_章标题 and "
        "标准文件_前言、引言标题 with outline level 1, 标准文件_一级条标题 level 2, "
        "标准文件_附录标识 level 1, 标准文件_术语条一 and 标准文件_段 without one), clause "
        "numbers typed (no list numbering), headings in the sans face at the body size, "
        "not bold. The cover (section 1: ICS and CCS codes, T/DCFZ, 团 体 标 准 over a "
        "rule, the number, the 26 pt title (the title), the English title, 发布/实施 "
        "dates, the issuer) is front matter: the ICS code must_not_have (catalogue "
        "metadata, as v06), the rest unscored. Section 2 (pages I, II): 目　　次 with "
        "dot-leader entries and the page numbers LibreOffice prints (neither heading nor "
        "body), 前　　言 (level 1; its lines written by the maker, unscored). Section 3 "
        "(pages from 1): the title again (unscored), 1　范围 / 2　规范性引用文件 / 3　术语和定义 / "
        "4 / 5 (level 1), 4.1 … 5.3 (level 2); the list of referenced standards "
        "(GB/T 19001　…) and the scope lines are unscored. Judgment calls: the term entries "
        "3.1 / 3.2 / 3.3 (the number alone on a line, then the term with its English "
        "equivalent, both in the sans face, then the definition) are left out of the "
        "headings (a reader may outline them as level-2 clauses or read them as entries "
        "of the 3 list: either way defensible; unscored); 5.3.1　… is a numbered clause "
        "without a title (body, not a heading; not a must_have). The appendix label is "
        "ONE paragraph (标准文件_附录标识) whose three lines are split by line breaks: "
        "附　录　A / （资料性附录） / 出口纺织服装企业绿色生产自评价表, read as one level-1 "
        "heading 附录A（资料性附录）出口纺织服装企业绿色生产自评价表 (spaces dropped); A.1/A.2 "
        "level 2; the table caption and table unscored. The standard number "
        f"{M06_NO} heads every page after the cover (running; also printed on the cover); "
        "page numbers not listed"
    )
    return gold


# ------------------------------------------- m02 行业发展报告 (Chromium @page)

M02_ORG = "东川省纺织服装行业协会"
M02_TITLE = "东川省纺织服装行业发展报告（2014）"
M02_TITLE_EN = "Annual Report on the Textile and Apparel Industry of Dongchuan Province (2014)"
M02_DATE = "二〇一五年六月"
M02_HEAD_L, M02_HEAD_R = M02_ORG, "2014年度行业发展报告"
M02_FORE = [
    "《东川省纺织服装行业发展报告（2014）》是本会编写的第五部年度行业报告。报告以全省规模以上纺织服装企业统计数据和本会会员企业调查为基础，回顾2014年行业运行情况，分析行业发展面临的形势，并提出对策建议。",
    "报告编写过程中得到省统计局、澄州海关和有关会员企业的大力支持，在此一并致谢。报告中的数据除注明外均为初步统计数，疏漏之处，敬请读者批评指正。",
]
M02_FORE_SIGN = ("编　者", "2015年6月")
# (chapter, [(section, paragraphs, figure or "")])
M02_OUTLINE: list[tuple[str, list[tuple[str, list[int], str]]]] = [
    (
        "第一章　2014年行业运行概况",
        [("第一节　生产经营稳中有进", [6], "fig1"), ("第二节　出口结构持续优化", [33], "fig2")],
    ),
    (
        "第二章　行业发展面临的形势",
        [("第一节　消费升级带来新需求", [38], ""), ("第二节　创新成为竞争关键", [46, 47], "")],
    ),
    (
        "第三章　促进行业发展的对策建议",
        [("第一节　推动产业迈向中高端", [43, 44], ""), ("第二节　强化创新要素支撑", [48], "")],
    ),
]
M02_KEEP = {6, 33, 38, 47, 44}
M02_ANNEX = "附录　2014年东川省纺织服装行业大事记"
M02_EVENTS = [
    "1月，省纺织服装行业协会第五次会员代表大会在澄州召开。",
    "4月，东川国际服装服饰博览会举办，参展企业820家。",
    "7月，全省纺织服装行业智能制造现场推进会在临江县召开。",
    "9月，本会组织42家企业参加法国巴黎国际面料展。",
    "12月，澄州纺织服装产业集群入选全国纺织产业集群试点。",
]
M02_FIGS = {
    "fig1": (
        "图1-1　2010—2014年全省规模以上纺织服装企业主营业务收入及增速",
        "资料来源：东川省统计局，东川省纺织服装行业协会整理。",
        ["2010", "2011", "2012", "2013", "2014"],
        [1862, 2135, 2307, 2528, 2716],
        [14.2, 14.7, 8.1, 9.6, 7.4],
        ("主营业务收入（亿元）", "同比增长（%，右轴）"),
    ),
    "fig2": (
        "图1-2　2014年全省纺织服装出口主要市场分布",
        "资料来源：澄州海关，东川省纺织服装行业协会整理。",
        ["欧盟", "美国", "日本", "东盟", "其他"],
        [58.6, 47.3, 21.9, 18.4, 32.7],
        [],
        ("出口额（亿美元）", ""),
    ),
}


def m02_svg(
    labels: list[str], bars: list[float], line: list[float], legend: tuple[str, str]
) -> str:
    """A bar chart (and a growth line) as inline SVG whose labels are text."""
    w, h, x0, y0, top = 560, 240, 60, 200, 30
    peak = max(bars) * 1.15
    step = (w - 2 * x0) / len(bars)
    out = [
        f'<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg" style="font-family:\'Noto Sans CJK SC\';font-size:11px">'
    ]
    out.append(f'<line x1="{x0}" y1="{y0}" x2="{w - x0}" y2="{y0}" stroke="#666"/>')
    pts = []
    for k, (lab, v) in enumerate(zip(labels, bars, strict=True)):
        bh = (y0 - top) * v / peak
        x = x0 + k * step + step * 0.25
        out.append(
            f'<rect x="{x:.1f}" y="{y0 - bh:.1f}" width="{step * 0.5:.1f}" height="{bh:.1f}" fill="#2f5597"/>'
        )
        out.append(
            f'<text x="{x + step * 0.25:.1f}" y="{y0 - bh - 4:.1f}" text-anchor="middle">{v:g}</text>'
        )
        out.append(
            f'<text x="{x + step * 0.25:.1f}" y="{y0 + 15}" text-anchor="middle">{lab}</text>'
        )
        if line:
            pts.append((x + step * 0.25, top + 10 + (y0 - top - 40) * (1 - line[k] / 20)))
    if line:
        out.append(
            '<polyline fill="none" stroke="#c00000" stroke-width="2" points="'
            + " ".join(f"{a:.1f},{b:.1f}" for a, b in pts)
            + '"/>'
        )
        for (a, b), v in zip(pts, line, strict=True):
            out.append(f'<text x="{a + 14:.1f}" y="{b - 4:.1f}" fill="#c00000">{v:g}%</text>')
    out.append(
        f'<rect x="{x0}" y="{h - 18}" width="10" height="10" fill="#2f5597"/><text x="{x0 + 14}" y="{h - 9}">{legend[0]}</text>'
    )
    if legend[1]:
        out.append(
            f'<line x1="{x0 + 200}" y1="{h - 13}" x2="{x0 + 220}" y2="{h - 13}" stroke="#c00000" stroke-width="2"/><text x="{x0 + 226}" y="{h - 9}">{legend[1]}</text>'
        )
    out.append("</svg>")
    return "".join(out)


M02_CSS = (
    "@page{size:A4;margin:24mm 22mm 22mm 22mm;"
    "@top-left{content:'"
    + M02_HEAD_L
    + "';font:9pt 'Noto Serif CJK SC';color:#444;border-bottom:0.6pt solid #444;vertical-align:bottom;padding-bottom:2mm}"
    "@top-right{content:'"
    + M02_HEAD_R
    + "';font:9pt 'Noto Serif CJK SC';color:#444;border-bottom:0.6pt solid #444;vertical-align:bottom;padding-bottom:2mm}"
    "@bottom-center{content:'— ' counter(page) ' —';font:9pt 'Noto Serif CJK SC'}}"
    "@page :first{@top-left{content:none;border:none}@top-right{content:none;border:none}@bottom-center{content:none}}"
    "body{font-family:'Noto Serif CJK SC';font-size:10.5pt;line-height:1.75;margin:0}"
    "p{text-indent:2em;margin:0 0 .3em 0;text-align:justify}"
    ".cover{height:245mm;display:flex;flex-direction:column;align-items:center;text-align:center}"
    ".cover .org{margin-top:18mm;font:bold 16pt 'Noto Sans CJK SC';letter-spacing:.2em}"
    ".cover h1{margin-top:60mm;font:bold 28pt 'Noto Sans CJK SC';color:#1f3864}"
    ".cover .en{font:12pt 'Noto Serif CJK SC';color:#1f3864}"
    ".cover .date{margin-top:auto;font:14pt 'Noto Sans CJK SC'}"
    ".page{break-before:page}"
    "h2,h3{break-after:avoid}"
    "h2{font:bold 16pt 'Noto Sans CJK SC';text-align:center;margin:6mm 0 5mm 0}"
    "h3{font:bold 13pt 'Noto Sans CJK SC';margin:5mm 0 3mm 0}"
    ".sign{text-align:right;text-indent:0;margin:0}"
    ".toc-title{font:bold 16pt 'Noto Sans CJK SC';text-align:center;letter-spacing:1em;margin:6mm 0 8mm 0}"
    ".toc div{display:flex;font-size:11pt;line-height:2.1}.toc .l2{padding-left:2em}"
    ".toc .dots{flex:1;border-bottom:1px dotted #333;margin:0 .4em .7em .4em}"
    "figure{margin:4mm 0;text-align:center;break-inside:avoid}"
    "figcaption{font:bold 10pt 'Noto Sans CJK SC';margin-top:1mm}"
    ".src{font-size:9pt;text-indent:0;text-align:left;color:#333;margin:1mm 0 4mm 6mm}"
    "ol.events{font-size:10.5pt;line-height:1.9;list-style:none;padding-left:2em}"
)


def m02_html(paras: list[str], toc: dict[str, int]) -> tuple[str, list[dict[str, Any]], list[str]]:
    esc = html.escape
    heads: list[dict[str, Any]] = [{"text": "前言", "level": 1}]
    used: list[str] = []
    out = [
        '<div class="cover">',
        f'<div class="org">{M02_ORG}</div>',
        f"<h1>{M02_TITLE}</h1>",
        f'<div class="en">{M02_TITLE_EN}</div>',
        f'<div class="date">{M02_ORG}　编<br>{M02_DATE}</div></div>',
        '<section class="page"><h2>前言</h2>',
        *(f"<p>{esc(p)}</p>" for p in M02_FORE),
        *(f'<p class="sign">{s}</p>' for s in M02_FORE_SIGN),
        "</section>",
        '<section class="page toc"><div class="toc-title">目录</div>',
    ]
    entries = (
        [("前言", 1)]
        + [
            (x, lv)
            for ch, secs in M02_OUTLINE
            for x, lv in [(ch, 1)] + [(s, 2) for s, _, _ in secs]
        ]
        + [(M02_ANNEX, 1)]
    )
    for text, lv in entries:
        out.append(
            f'<div class="l{lv}"><span>{text}</span><span class="dots"></span><span>{toc.get(text, 9)}</span></div>'
        )
    out.append("</section>")
    for k, (ch, secs) in enumerate(M02_OUTLINE):
        cls = ' class="page"' if k == 0 else ""
        out.append(f"<section{cls}><h2>{ch}</h2>")
        heads.append({"text": ch, "level": 1})
        for s, idx, fig in secs:
            out.append(f"<h3>{s}</h3>")
            heads.append({"text": s, "level": 2})
            for i in idx:
                out.append(f"<p>{esc(paras[i])}</p>")
                used.append(paras[i])
            if fig:
                cap, source, labels, bars, line, legend = M02_FIGS[fig]
                out.append(
                    f"<figure>{m02_svg(labels, bars, line, legend)}<figcaption>{cap}</figcaption></figure>"
                )
                out.append(f'<p class="src">{source}</p>')
        out.append("</section>")
    out.append(f'<section><h2>{M02_ANNEX}</h2><ol class="events">')
    heads.append({"text": M02_ANNEX, "level": 1})
    out += [f"<li>{e}</li>" for e in M02_EVENTS]
    out.append("</ol></section>")
    page = (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>'
        + M02_TITLE
        + "</title><style>"
        + M02_CSS
        + "</style></head><body>"
        + "".join(out)
        + "</body></html>"
    )
    return page, heads, used


def chromium_pdf(page: Path, pdf: Path) -> None:
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
        page.as_uri(),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    assert pdf.exists(), pdf


def build_industry_report(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    toc: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for _ in range(3):
            page, heads, used = m02_html(paras, toc)
            (tmp / "report.html").write_text(page, encoding="utf-8")
            chromium_pdf(tmp / "report.html", path)
            n = more.pages(path)
            new: dict[str, int] = {}
            for h in heads:
                new[h["text"]] = next(
                    k
                    for k in range(4 if h["text"] != "前言" else 2, n + 1)
                    if any(ln == more.squash(h["text"]) for ln in prev20.page_lines(path, k))
                )
            if new == toc:
                break
            toc = new
        assert new == toc, (new, toc)
    assert 5 <= n <= 7, n
    gold: Gold = {
        "title": M02_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, M02_KEEP),
        "running": [M02_HEAD_L, M02_HEAD_R],
        "must_not_have": [M02_FIGS["fig1"][1], M02_FIGS["fig1"][5][1]],
        "note": "",
    }
    check_pdf(path, gold, used)
    first = more.squash(more.pdftext(path, 1))
    assert more.squash(M02_HEAD_R) not in first and more.squash(M02_TITLE) in first
    for k in range(2, n + 1):
        assert more.squash(M02_HEAD_R) in prev20.page_lines(path, k)[0], k
    gold["note"] = (
        f"{n} pages, an industry association's 行业发展报告 written as HTML and printed by "
        "headless Chromium 156 (--print-to-pdf, its own header and footer off): the "
        "running header (association name left, 2014年度行业发展报告 right, over a rule) and "
        "the — N — page number come from CSS @page margin boxes, none on the cover "
        "(@page :first). Cover: association name, the 28 pt title (the title), English "
        "title and 编/date lines (unscored). 前言 (level 1; the association's own two "
        "paragraphs and sign-off, unscored) on page 2; 目录 on page 3 (flex rows with a "
        "dotted border as leader and the page numbers Chromium printed, two passes): "
        "neither heading nor body. 第一章… centred h2 (level 1), 第一节… h3 (level 2); two "
        "inline SVG charts whose labels are real text (years or markets, values, "
        "percentages, legend): the legend 同比增长（%，右轴） must_not_have (chart text is "
        "not body), the other chart labels unscored; captions 图1-1/图1-2 (unscored) and "
        "the 资料来源 lines under them (the first must_not_have, the second unscored, "
        "same kind); 附录　2014年东川省纺织服装行业大事记 (level 1, the label and title on "
        "one line) with a list of dated events (unscored). The PDF /Title is the HTML "
        "<title>, the report title"
    )
    return gold


# --------------------------------------------- m03 招商引资 brochure (reportlab)

M03_TITLE = ("澄江经济技术开发区", "投资指南")
M03_EN = "INVESTMENT GUIDE 2017"
M03_SLOGAN = "投资澄江　共赢未来"
M03_ISSUER = "东川省澄江经济技术开发区管理委员会　2017年3月"
M03_FOOT = "澄江开发区管委会 · 投资促进局"
# (section, English label, sidebar title, sidebar items (figure, label), [(subhead, paragraphs)])
M03_PAGES: list[tuple[str, str, str, list[tuple[str, str]], list[tuple[str, list[int]]]]] = [
    (
        "区位优势",
        "LOCATION ADVANTAGES",
        "核心数据",
        [
            ("1280亿元", "2016年地区生产总值"),
            ("36家", "世界500强投资企业"),
            ("2小时", "高铁通达长三角主要城市"),
            ("56平方公里", "规划面积"),
        ],
        [("区域格局", [19, 18]), ("开放通道", [29, 3])],
    ),
    (
        "产业发展",
        "INDUSTRIES",
        "主导产业",
        [
            ("智能装备", "产值占全区四成"),
            ("新材料", "国家级特色产业基地"),
            ("128家", "高新技术企业"),
            ("4个", "省级以上研发平台"),
        ],
        [("新兴产业", [21, 22]), ("传统产业升级", [23, 24])],
    ),
    (
        "投资环境",
        "INVESTMENT ENVIRONMENT",
        "服务承诺",
        [
            ("15个工作日", "一般项目审批办结时限"),
            ("一站式", "全程代办服务"),
            ("7×24小时", "企业服务热线"),
        ],
        [("外商投资", [32, 31]), ("贸易便利", [33, 30])],
    ),
]
M03_KEEP = {19, 29, 21, 23, 32}
M03_CONTACT_HEAD = "联系方式　CONTACT US"
M03_CONTACT = [
    "东川省澄江经济技术开发区管理委员会　投资促进局",
    "地址：东川省澄州市澄江大道188号　邮编：330812",
    "电话：+86-791-8866 1288　传真：+86-791-8866 1299",
    "电子邮箱：invest@cjkfq.gov.cn",
    "网址：www.cjkfq.gov.cn",
]
M03_QR = "扫码关注“澄江开发区”微信公众号"
NAVY, GOLD, PALE = "#17365d", "#c9a227", "#e8eef6"


def m03_pdf(path: Path, paras: list[str]) -> tuple[list[dict[str, Any]], list[str]]:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(TTFont("Song", SONG_TTF))
    pdfmetrics.registerFont(TTFont("Hei", HEI_TTC, subfontIndex=0))
    W, H = A4
    navy, gold, pale = (colors.HexColor(c) for c in (NAVY, GOLD, PALE))

    def cover(c: Any, doc: Any) -> None:
        c.saveState()
        c.setFillColor(navy)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(gold)
        c.rect(0, H * 0.42, W, 4 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Hei", 14)
        c.drawString(25 * mm, H - 40 * mm, M03_EN)
        c.setFont("Hei", 30)
        c.drawString(25 * mm, H * 0.62, M03_TITLE[0])
        c.setFont("Hei", 44)
        c.drawString(25 * mm, H * 0.62 - 20 * mm, M03_TITLE[1])
        c.setFillColor(gold)
        c.setFont("Song", 18)
        c.drawString(25 * mm, H * 0.42 - 16 * mm, M03_SLOGAN)
        c.setFillColor(colors.white)
        c.setFont("Song", 11)
        c.drawString(25 * mm, 22 * mm, M03_ISSUER)
        c.restoreState()

    def inner(c: Any, doc: Any) -> None:
        c.saveState()
        c.setFillColor(pale)
        c.rect(12 * mm, 20 * mm, 52 * mm, H - 32 * mm, stroke=0, fill=1)
        c.setFillColor(navy)
        c.rect(0, H - 8 * mm, W, 8 * mm, stroke=0, fill=1)
        c.setStrokeColor(navy)
        c.line(12 * mm, 14 * mm, W - 12 * mm, 14 * mm)
        c.setFillColor(colors.black)
        c.setFont("Song", 8)
        c.drawString(12 * mm, 9 * mm, M03_FOOT)
        c.drawRightString(W - 12 * mm, 9 * mm, f"{doc.page:02d}")
        c.restoreState()

    def back(c: Any, doc: Any) -> None:
        c.saveState()
        c.setFillColor(navy)
        c.rect(0, 0, W, H * 0.45, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.rect(W - 60 * mm, 30 * mm, 30 * mm, 30 * mm, stroke=0, fill=1)
        c.setFillColor(navy)
        for k in range(0, 30, 3):
            for j in range(0, 30, 3):
                if (k * 7 + j * 3) % 5 < 2:
                    c.rect(W - 60 * mm + k * mm, 30 * mm + j * mm, 3 * mm, 3 * mm, stroke=0, fill=1)
        c.restoreState()

    side_x, col_w, gap = 12 * mm, 57 * mm, 6 * mm
    main_x = 70 * mm
    top = H - 14 * mm
    frames_inner = [
        Frame(side_x + 3 * mm, 22 * mm, 46 * mm, top - 24 * mm, id="side", showBoundary=0),
        Frame(main_x, top - 30 * mm, 2 * col_w + gap, 30 * mm, id="banner", showBoundary=0),
        Frame(main_x, 20 * mm, col_w, top - 52 * mm, id="col1", showBoundary=0),
        Frame(main_x + col_w + gap, 20 * mm, col_w, top - 52 * mm, id="col2", showBoundary=0),
    ]
    doc = BaseDocTemplate(
        str(path), pagesize=A4, title=M03_TITLE[0] + M03_TITLE[1], author="", creator="", subject=""
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "cover", [Frame(20 * mm, 20 * mm, W - 40 * mm, H - 40 * mm)], onPage=cover
            ),
            PageTemplate("inner", frames_inner, onPage=inner),
            PageTemplate("back", [Frame(25 * mm, H * 0.5, W - 50 * mm, H * 0.4)], onPage=back),
        ]
    )
    body = ParagraphStyle(
        "body",
        fontName="Song",
        fontSize=9.5,
        leading=15.5,
        firstLineIndent=19,
        alignment=4,
        wordWrap="CJK",
        spaceAfter=3,
    )
    sub = ParagraphStyle(
        "sub",
        fontName="Hei",
        fontSize=11.5,
        leading=16,
        textColor=navy,
        spaceBefore=6,
        spaceAfter=4,
        wordWrap="CJK",
    )
    ban = ParagraphStyle(
        "ban", fontName="Hei", fontSize=24, leading=30, textColor=navy, wordWrap="CJK"
    )
    ban_en = ParagraphStyle("ban_en", fontName="Hei", fontSize=9, leading=12, textColor=gold)
    side_t = ParagraphStyle(
        "side_t",
        fontName="Hei",
        fontSize=12,
        leading=16,
        textColor=navy,
        spaceAfter=10,
        wordWrap="CJK",
    )
    big = ParagraphStyle(
        "big", fontName="Hei", fontSize=20, leading=24, textColor=gold, wordWrap="CJK"
    )
    small = ParagraphStyle(
        "small", fontName="Song", fontSize=8.5, leading=12, spaceAfter=14, wordWrap="CJK"
    )
    story: list[Any] = [Spacer(1, 10), NextPageTemplate("inner"), PageBreak()]
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for k, (section, en, side_title, items, subs) in enumerate(M03_PAGES):
        story.append(Paragraph(side_title, side_t))
        for fig, label in items:
            story += [Paragraph(fig, big), Paragraph(label, small)]
        story.append(FrameBreak())
        story += [Paragraph(section, ban), Paragraph(en, ban_en), FrameBreak()]
        heads.append({"text": section, "level": 1})
        for s, idx in subs:
            story.append(Paragraph(s, sub))
            heads.append({"text": s, "level": 2})
            for i in idx:
                story.append(Paragraph(html.escape(paras[i]), body))
                used.append(paras[i])
        story += [NextPageTemplate("back" if k == len(M03_PAGES) - 1 else "inner"), PageBreak()]
    head = ParagraphStyle(
        "ch", fontName="Hei", fontSize=16, leading=22, textColor=navy, spaceAfter=10
    )
    line = ParagraphStyle("cl", fontName="Song", fontSize=11, leading=20)
    box = Table(
        [[Paragraph(M03_CONTACT_HEAD, head)], *[[Paragraph(x, line)] for x in M03_CONTACT]],
        colWidths=[W - 60 * mm],
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, navy),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (0, 0), 12),
                ("BOTTOMPADDING", (0, -1), (0, -1), 12),
            ]
        )
    )
    story += [Spacer(1, 15 * mm), box, Spacer(1, 6 * mm), Paragraph(M03_QR, small)]
    doc.build(story)
    return heads, used


def build_brochure(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    heads, used = m03_pdf(path, paras)
    n = more.pages(path)
    assert n == 2 + len(M03_PAGES), n
    for k, (section, _, side_title, _, subs) in enumerate(M03_PAGES, 2):
        raw = ["pdftotext", "-raw", "-f", str(k), "-l", str(k), str(path), "-"]
        lines = more.squash(subprocess.run(raw, check=True, capture_output=True).stdout.decode())
        assert more.squash(section) in lines and more.squash(side_title) in lines, k
        for _s, idx in subs:
            for i in idx:
                assert more.squash(paras[i][-12:]) in lines, (k, i)
        crop = ["-x", "377", "-y", "100", "-W", "170", "-H", "600", "-f", str(k), "-l", str(k)]
        col2 = subprocess.run(
            ["pdftotext", *crop, str(path), "-"], check=True, capture_output=True
        ).stdout
        assert len(more.squash(col2.decode())) > 60, f"page {k}: second column unused"
    title = "".join(M03_TITLE)
    gold: Gold = {
        "title": title,
        "headings": heads,
        "must_have": picks(paras, used, M03_KEEP),
        "running": [M03_FOOT],
        "must_not_have": ["世界500强投资企业", "高新技术企业"],
        "note": "",
    }
    check_pdf(path, gold, used)
    gold["note"] = (
        f"{n} pages, a development zone's 招商引资 brochure laid out by reportlab 5.1 "
        "platypus with page templates and frames (AR PL SungtiL GB, WenQuanYi Zen Hei; "
        "fonts subset). Page 1, the cover, drawn on the canvas over a navy page: English "
        "INVESTMENT GUIDE 2017 line, the title in two lines (澄江经济技术开发区 30 pt, "
        "投资指南 44 pt) read as one title, the gold slogan and the issuer/date line "
        "(unscored); the PDF /Title is the title. Pages 2-4: a pale shaded sidebar frame "
        "on the left (a title 核心数据/主导产业/服务承诺 and key figures: 20 pt gold numbers "
        "or words over small labels), laid out FIRST in the content stream, then a "
        "banner frame with the section name (24 pt navy, level 1) and its English label "
        "(unscored), then two text columns with subheads (11.5 pt navy sans, level 2) and "
        "the body paragraphs. Sidebar text is not body: two of its labels must_not_have "
        "(世界500强投资企业, 高新技术企业), the rest unscored. Footer "
        f"{M03_FOOT} (running) and a two-digit page number. Page 5, the back: a boxed "
        "联系方式 CONTACT US block (office, address, phone/fax, e-mail, web: the brochure's "
        "own text, unscored, its head neither required nor forbidden as a heading) and "
        "a QR picture with its prompt (unscored)"
    )
    return gold


# ----------------------------------------------- m05 红头 notice received by fax

M05_MAST = "东川省商务厅文件"
M05_NO = "东商贸函〔2016〕37号"
M05_TITLE = ("东川省商务厅关于做好2016年", "外贸稳增长调结构工作的通知")
M05_TO = "各设区市商务局，省直有关单位："
M05_OPEN = (
    "为贯彻落实国务院关于促进外贸回稳向好的部署，推动全省外贸稳增长调结构，现就有关工作通知如下："
)
M05_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]]]] = [
    (
        "一、推进开放合作",
        [],
        [("（一）扎实推进“一带一路”建设", [23]), ("（二）扩大国际产能合作", [24])],
    ),
    (
        "二、优化外资外贸环境",
        [],
        [("（一）提高利用外资水平", [25, 18]), ("（二）加快实施自由贸易区战略", [26])],
    ),
    ("三、降低企业成本", [17, 29], []),
]
M05_WANT = [0, 1, 2, 4, 5]  # positions in the placed paragraphs
M05_SIGN = ("东川省商务厅", "2016年4月12日")
M05_CONTACT = "（联系人：郑海涛，电话：0791-86247316）"
M05_FAX = "APR-12-2016 15:42    FROM: DCSWT 0791 86247300    TO: 0571 88906512    P.{k:03d}/{n:03d}"
DEJAVU_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def m05_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    C, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    d = new_doc(15, (3.7, 3.5, 2.8, 2.6))
    d.styles["Normal"].paragraph_format.line_spacing = 1.3
    prev4.page_footer(d.sections[0].footer.paragraphs[0], "— ", " —")
    for r in d.sections[0].footer.paragraphs[0].runs:
        r.font.size = Pt(14)
    para(d, M05_MAST, 36, True, SERIF, C, color="E00000", after=14)
    p = para(d, M05_NO, 15, align=C, after=18)
    more.border(p, "bottom", "E00000", 18)
    for k, line in enumerate(M05_TITLE):
        para(d, line, 21, True, SANS, C, before=12 * (k == 0), after=16 * k)
    para(d, M05_TO, 15)
    p = para(d, M05_OPEN, 15)
    p.paragraph_format.first_line_indent = Pt(30)
    heads: list[dict[str, Any]] = []
    used: list[str] = []

    def body(i: int) -> None:
        body_para(d, paras[i], 15, 1.3)
        used.append(paras[i])

    for h1, idx, subs in M05_OUTLINE:
        p = para(d, h1, 15, False, SANS)
        p.paragraph_format.first_line_indent = Pt(30)
        heads.append({"text": h1, "level": 1})
        for i in idx:
            body(i)
        for h2, idx2 in subs:
            p = para(d, h2, 15, True, KAI)
            p.paragraph_format.first_line_indent = Pt(30)
            heads.append({"text": h2, "level": 2})
            for i in idx2:
                body(i)
    para(d, "", 15)
    for line in M05_SIGN:
        p = para(d, line, 15, align=R)
        p.paragraph_format.right_indent = Pt(45)
    p = para(d, M05_CONTACT, 15)
    p.paragraph_format.first_line_indent = Pt(30)
    return d, heads, used


def fax(src: Path, out: Path, tmp: Path) -> None:
    """Fax the PDF: 200 dpi, black and white (red turns black), the sending machine's
    header line on top of every page, specks and a streak; then OCR (no deskew)."""
    from PIL import Image, ImageDraw, ImageFont

    cmd = ["pdftoppm", "-r", "200", "-gray", "-png", str(src), str(tmp / "fx")]
    subprocess.run(cmd, check=True, timeout=300)
    pngs = sorted(tmp.glob("fx*.png"))
    rng = random.Random(24)
    font = ImageFont.truetype(DEJAVU_MONO, 24)
    imgs = []
    for k, png in enumerate(pngs, 1):
        im = Image.open(png).convert("L").point(lambda v: 0 if v < 170 else 255)
        draw = ImageDraw.Draw(im)
        draw.rectangle((0, 0, im.width, 70), fill=255)
        draw.text((60, 28), M05_FAX.format(k=k, n=len(pngs)), font=font, fill=0)
        for _ in range(600):
            x, y = rng.randrange(im.width), rng.randrange(im.height)
            draw.point((x, y), fill=0)
        y = rng.randrange(300, im.height - 300)
        draw.line((0, y, im.width, y), fill=0, width=1)
        imgs.append(im.convert("1"))
    img_pdf = tmp / "fax.pdf"
    imgs[0].save(img_pdf, resolution=200.0, save_all=True, append_images=imgs[1:])
    base.ocr(img_pdf, out)


def build_fax_notice(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = m05_docx(paras)
    title = "".join(M05_TITLE)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        save(d, tmp / "src.docx")
        src = prev22.lo_pdf(tmp / "src.docx", tmp)
        n = more.pages(src)
        assert 2 <= n <= 4, n
        printed = more.squash(more.pdftext(src))
        for s in (title, M05_MAST, M05_NO, *(h["text"] for h in heads)):
            assert more.squash(s) in printed, s
        fax(src, path, tmp)
    gold, firsts, _lasts, swaps = prev17.scan_gold(path, title, heads, used, M05_WANT)
    assert all(firsts) and len(set(firsts)) == n, firsts
    text = prev17.nfkc(more.pdftext(path))
    mast_read = prev17.nfkc(M05_MAST) in text
    if mast_read:
        gold["must_not_have"] = [M05_MAST]
    gold["note"] = (
        f"{n} pages of a 商务厅 通知 with a 红头 as a foreign partner receives it by fax: the "
        "LibreOffice PDF (red 36 pt masthead 东川省商务厅文件 and 文号 over a red rule, the "
        "title in two centred 21 pt lines read as one title, 主送 line and opening "
        "sentence (unscored), 一、 lines in the sans face not bold (level 1), （一） lines in "
        "bold 楷体 (level 2), 15 pt body, signature, date and 联系人 line (unscored), — N — "
        "footers) rendered at 200 dpi, thresholded to pure black and white (the red "
        "masthead and rule turn black), the sending fax machine's header line "
        "(date-time, FROM, TO, P.00k/00n) stamped on the top of every page, specks and "
        "one streak added, then ocrmypdf -l chi_sim (Tesseract 5, no deskew). running "
        "lists the fax header line of each page as the OCR layer spells it (spaces "
        f"aside: {' / '.join(firsts)}); the masthead "
        + (
            "was read by OCR and must_not_have (not the title, not body)"
            if mast_read
            else "was misread by OCR (not listed)"
        )
        + "; page numbers not listed; title and headings as printed in the source PDF; "
        "must_have are paragraph starts checked to be in the OCR layer (spaces ignored)"
        + prev17.ocr_tail(swaps)
    )
    third.no_clash(path.name, used, gold)
    return gold


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, tuple[Any, int]] = {
    "m01_lo_annual_report_summary.pdf": (build_annual_summary, 2013),
    "m02_chrome_industry_report.pdf": (build_industry_report, 2015),
    "m03_rl_investment_brochure.pdf": (build_brochure, 2017),
    "m04_docx_bilingual_table.docx": (build_bilingual_table, 2014),
    "m05_ocr_fax_notice.pdf": (build_fax_notice, 2016),
    "m06_docx_group_standard.docx": (build_group_standard, 2015),
}
SOURCE_HEAD = (
    "# Documents made blind, twenty-fourth set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data:\n"
    "the documents an overseas buyer's analyst receives from Chinese partners and\n"
    "agencies, enterprise and government PDFs and Word files with structures the\n"
    "earlier sets lack: m01-m06 by `python eval/make_realdocs24_files.py`, the n files\n"
    "by their own script. Texts come only from the public government work reports\n"
    "2013–2017 in `../shared/data/gov-work-reports` (whole paragraphs; titles, headings,\n"
    "labels, names, dates, figures, translations and furniture written by the scripts,\n"
    "people, places and companies made up); the outputs are committed so tests and CI\n"
    "need none of the tools. Gold (`gold/<file>.json`, the format of\n"
    "`../shared/data/realdocs-dev`) is written by the scripts from what they put in\n"
    "each document, as a reader reads the printed page and never from reader output,\n"
    "titles and headings as printed: the title, the headings with levels, the running\n"
    "headers and footers that must not reach the body, passages (each one's first 18\n"
    "characters) that must appear in order, boilerplate that must not, and a note on\n"
    "judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)
ROWS = [
    "| m01_lo_annual_report_summary.pdf | python-docx 1.2 → LibreOffice 7.4, gwr 2013 (`eval/make_realdocs24_files.py`, as m02-m06) | listed company's 年度报告摘要: 证券代码/证券简称/公告编号 line (公告编号 must_not_have), two-line title (company + 2012年年度报告摘要, joined), 第一节…第四节 (level 1), `2.1`-style and `一、` sections (level 2), `（一）` (level 3), typed-number 重要提示 items and 4.x statements (unscored), 股票简况/联系人 tables and a 释义 table 释义项/指/释义内容 (unscored); header short name + stock code (running) with 2012年年度报告 right, `N / M` footer |",
    "| m02_chrome_industry_report.pdf | HTML → Chromium 156 `--print-to-pdf` (CSS `@page` margin boxes), gwr 2015 | industry association's 行业发展报告: cover (title, English title), 前言 (level 1), 目录 with dotted-border leaders (neither), 第一章 (level 1) / 第一节 (level 2), inline SVG charts whose labels are text (legend must_not_have), 图1-1 captions (unscored) and 资料来源 lines (the first must_not_have), 附录 大事记 (level 1, list unscored); header association/report name from `@top-left/@top-right` (running), none on the cover |",
    "| m03_rl_investment_brochure.pdf | reportlab 5.1 platypus (page templates, frames; AR PL SungtiL GB, WenQuanYi Zen Hei), gwr 2017 | 招商引资 brochure: cover drawn on the canvas (title in two lines, English line, slogan), inner pages with a shaded key-figures sidebar frame first in the stream (big numbers over labels: two must_not_have), banner section names (level 1) with English labels, two text columns with subheads (level 2), paragraphs running across columns; footer (running); back page boxed 联系方式 CONTACT US block and QR prompt (unscored) |",
    "| m04_docx_bilingual_table.docx | python-docx 1.2 (+ table header XML), gwr 2014 | 中英对照 document: Title-style Chinese title, English title and 以中文为准 note (unscored), then one two-column table (中文 / English, repeated shaded header row): heading rows (Chinese cell = heading, levels 1/2; English cell not part of it) and paragraph rows (Chinese must_have, English translations unscored); bilingual ruled header (running) |",
    "| m05_ocr_fax_notice.pdf | python-docx 1.2 → LibreOffice 7.4 → `pdftoppm -r 200 -gray`, threshold to black and white, fax header stamped, specks → `ocrmypdf -l chi_sim` (ocrmypdf 14.0.1, Tesseract 5), gwr 2016 | 商务厅 通知 with a 红头 received by fax: masthead (black after thresholding, must_not_have as OCR read it) and 文号, two-line title, `一、` sans / `（一）` bold 楷体 headings, the sending machine's `APR-12-2016 … FROM … TO … P.00k/00n` line on every page (running as OCR spells it), — N — footers |",
    "| m06_docx_group_standard.docx | python-docx 1.2 (+ style, section XML), gwr 2015 | 团体标准 on the GB/T 1.1 template: template-named custom styles with outline levels, typed clause numbers, cover (ICS must_not_have, T/DCFZ, 团 体 标 准, number, title, English title, dates, issuer), 目次 with dot leaders (neither), 前　　言 (level 1), 1 范围 / 2 规范性引用文件 (standard list unscored) / 3 术语和定义 with `3.1` term entries (number line, term + English term, definition: unscored), 4.1-style (level 2), untitled `5.3.1　…` clause (body), 附录A（资料性附录）title as one paragraph of three lines (level 1); standard number header (running), roman then arabic page numbers |",
]


def main(argv: list[str] | None = None) -> int:
    """Build the m documents, then keep SOURCE.md's table (shared with the n files'
    maker) in file order."""
    import argparse

    rc = more.make_set(argv, __doc__, BUILDERS, "realdocs-made24", ROWS, SOURCE_HEAD, MINE)
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made24",
    )
    prev20p.pages2.sort_source_rows(ap.parse_known_args(argv)[0].out / "SOURCE.md")
    return rc


if __name__ == "__main__":
    sys.exit(main())
