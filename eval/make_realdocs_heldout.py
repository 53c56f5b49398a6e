# ruff: noqa: E501  (HTML templates of the made pages are kept on one line each)
"""Make the held-out ``realdocs-heldout`` documents with real tools, and their gold.

A second set made like ``eval/make_realdocs.py``'s, kept out of development: nobody
working on the readers looks at these documents or at their per-document scores (the
benchmark reports this set's totals only). Texts are sections of the public-domain
government work reports 2013-2017 (``../shared/data/gov-work-reports``) that the made
set does not use, arranged into documents as users make them; the layouts differ from
the made set's:

- ``x01_lo_feasibility.pdf``: python-docx -> LibreOffice; a cover whose form fields sit
  in a table, a typed table of contents with dotted leaders (page numbers taken from a
  first rendering), headings ``1.``/``1.1``, headers only in the body section (none on
  the cover page, none in the appendix section), footers ``第 X 页 共 Y 页`` from PAGE
  and NUMPAGES fields, footnotes, a ruled table;
- ``x02_lo_notice.pdf``: python-docx -> LibreOffice; an official notice (red masthead,
  document number, addressee), headings ``一、``/``（一）``/``1.``, a header from the
  second page on (different first page), ``— X —`` page footers, a footnote, a task
  table, signature and distribution lines;
- ``x03_ctexbook.pdf``: XeLaTeX ``ctexbook``: a title page, ``\\tableofcontents``,
  ``\\chapter``/``\\section``/``\\subsection``, ``fancyhdr`` headers with ``\\leftmark``
  on even pages and a series name on odd pages, a ``listings`` code listing,
  a figure on a page of its own (``[p]``), a footnote;
- ``x04_wordlike.docx``: python-docx, as Word saves a summary: the title in the
  ``Title`` style, author and date lines, bold ``List Number`` paragraphs as headings
  (the numbers come from the numbering, not the text), bold ``（一）`` subheads, a
  bulleted list, a page header;
- ``x05_ocr_two_pages.pdf``: two pages from LibreOffice rendered to grey images
  (pdftoppm, 200 dpi, slightly rotated like a scan) and given a text layer by
  ``ocrmypdf -l chi_sim``;
- ``x06_gov_portal.html``: a government portal's article page (no ``<h1>``: the title in
  a ``div`` and ``<meta name="ArticleTitle">``, breadcrumbs, font-size and print links,
  ``<strong>`` subheads inside indented paragraphs, related documents, a footer with the
  site code);
- ``x07_news_portal.html``: a portal news page (``h1.post_title``, ``og:title``,
  breadcrumbs, ``<p><b>`` subheads, a centred photo with a caption, further reading,
  share bar, footer);
- ``x08_wiki_article.html``: a wiki article (``#firstHeading``, a ``table.infobox``,
  lead paragraphs, a ``#toc`` box, ``h2``/``h3`` with ``mw-headline`` spans and
  ``[编辑]`` links, footnote markers, references, a navbox, categories, a footer).

Run once; outputs are committed (small), so CI needs none of these tools:

    python eval/make_realdocs_heldout.py [--out eval/data/realdocs-heldout]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_realdocs import GWR, ROOT, lo_pdf, ocr, paragraphs, write_gold, xelatex

Gold = dict[str, Any]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ------------------------------------------------------------------------ texts


def made_set_paragraphs() -> set[str]:
    """The paragraphs eval/make_realdocs.py puts in the made set (kept out of this one)."""
    calls = [
        (2016, 40, 0),
        (2014, 20, 5),
        (2015, 20, 2),
        (2013, 3, 9),
        (2017, 9, 12),
        (2017, 8, 20),
    ]
    return {p for y, n, s in calls for p in paragraphs(y, n, skip=s)}


USED = made_set_paragraphs()


def report_lines(year: int, first: int, last: int) -> list[str]:
    """Lines ``first..last`` (1-based, inclusive) of one report, empty lines and the made
    set's paragraphs left out."""
    lines = (GWR / f"gwr_{year}.zh.txt").read_text(encoding="utf-8").splitlines()
    out = [ln.strip().replace("\u200b", "") for ln in lines[first - 1 : last]]
    return [ln for ln in out if ln and ln not in USED]


def trim(p: str, n: int = 230) -> str:
    """Whole sentences of a paragraph up to about ``n`` characters (keeps files small)."""
    if len(p) <= n:
        return p
    cut = p.rfind("。", 0, n)
    return p[: cut + 1] if cut > 40 else p[:n]


def lead(p: str) -> tuple[str, str] | None:
    """A paragraph's short lead sentence (``深化金融体制改革。``) and the rest."""
    m = re.match(r"^([^。！？；，]{4,20})。(.{40,})$", p)
    return (m.group(1), m.group(2)) if m else None


def passage(p: str) -> str:
    """A passage that must appear in the body: 18 characters from the paragraph's second
    sentence (or its start), so passages from inside paragraphs are checked too."""
    i = p.find("。")
    if 0 < i < len(p) - 30:
        return p[i + 1 : i + 19]
    return p[:18]


def spread(items: list[str], k: int = 5) -> list[str]:
    """``k`` items spread over the list, in order."""
    if len(items) <= k:
        return items
    return [items[round(i * (len(items) - 1) / (k - 1))] for i in range(k)]


# ------------------------------------------------------------------ DOCX helpers


def add_field(paragraph: Any, instr: str, shown: str = "1") -> None:
    """A Word field (``PAGE``, ``NUMPAGES``) that LibreOffice fills in."""
    from docx.oxml import parse_xml

    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple xmlns:w="{W_NS}" w:instr="{instr}"><w:r><w:t>{shown}</w:t></w:r></w:fldSimple>'
        )
    )


class Footnotes:
    """Real footnotes in a python-docx document (a ``footnotes.xml`` part of its own)."""

    def __init__(self) -> None:
        self.notes: list[str] = []

    def add(self, paragraph: Any, text: str) -> None:
        from docx.oxml import parse_xml

        self.notes.append(text)
        paragraph._p.append(
            parse_xml(
                f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{len(self.notes)}"/></w:r>'
            )
        )

    def attach(self, document: Any) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        notes = "".join(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>'
            for i, t in enumerate(self.notes, 1)
        )
        blob = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            f"{notes}</w:footnotes>"
        ).encode()
        ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
        part = Part(PackURI("/word/footnotes.xml"), ct, blob, document.part.package)
        document.part.relate_to(part, RT.FOOTNOTES)


def body_para(d: Any, text: str, indent: bool = True) -> Any:
    from docx.shared import Pt

    p = d.add_paragraph(text)
    if indent:
        p.paragraph_format.first_line_indent = Pt(24)
    return p


def ruled_table(d: Any, rows: list[tuple[str, ...]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page (pdftotext), whitespace removed: to place the ToC's numbers
    and to check that the gold passages are really in a document."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, timeout=120
    ).stdout.decode("utf-8")
    return [re.sub(r"\s+", "", pg) for pg in out.split("\f")]


# ------------------------------------------------- x01: feasibility report (LO)

X01_TITLE = "东湖区城乡数字服务平台建设可行性研究报告"
X01_HEADER = "东湖区科技计划项目·可行性研究报告"
X01_PLAN = [
    ("1. 项目背景", [("1.1 政策依据", 2), ("1.2 现状分析", 2)]),
    ("2. 建设目标与任务", [("2.1 总体目标", 2), ("2.2 主要任务", 3), ("2.3 进度安排", 1)]),
    ("3. 保障措施", [("3.1 组织保障", 2), ("3.2 资金保障", 2)]),
]


def build_x01(docx_path: Path, toc_pages: dict[str, int]) -> Gold:
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    texts = iter(trim(p) for p in report_lines(2016, 47, 80) if not p.startswith("（"))
    d = docx.Document()
    notes = Footnotes()
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    for text, size, bold in (
        ("东湖区科技计划项目", 18, False),
        ("", 12, False),
        (X01_TITLE, 24, True),
    ):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size, r.bold = Pt(size), bold
    for _ in range(4):
        d.add_paragraph()
    form = d.add_table(rows=5, cols=2)
    form.style = "Table Grid"
    form.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (label, value) in enumerate(
        (
            ("项目名称", "城乡数字服务平台建设"),
            ("承担单位", "东湖区大数据发展中心"),
            ("项目负责人", "周立新"),
            ("联系电话", "027-8765 4321"),
            ("填报日期", "2024年4月12日"),
        )
    ):
        form.cell(i, 0).text, form.cell(i, 1).text = label, value
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("目　　录").font.size = Pt(16)
    for h1, subs in X01_PLAN:
        for text, level in [(h1, 0)] + [(s, 1) for s, _ in subs]:
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.75 * level)
            p.paragraph_format.tab_stops.add_tab_stop(
                Cm(15.5), leader=WD_TAB_LEADER.DOTS, alignment=2
            )
            p.add_run(f"{text}\t{toc_pages.get(text, 3)}")
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), leader=WD_TAB_LEADER.DOTS, alignment=2)
    p.add_run(f"附录 主要指标说明\t{toc_pages.get('附录 主要指标说明', 9)}")
    # the body starts a section of its own: its header is not the cover's
    body = d.add_section(WD_SECTION.NEW_PAGE)
    body.different_first_page_header_footer = False
    body.header.is_linked_to_previous = False
    body.header.paragraphs[0].text = X01_HEADER
    body.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # one footer for both sections (the body's is linked to the cover section's)
    for s in (sec,):
        f = s.footer.paragraphs[0]
        f.alignment = WD_ALIGN_PARAGRAPH.CENTER
        f.add_run("第 ")
        add_field(f, "PAGE")
        f.add_run(" 页 共 ")
        add_field(f, "NUMPAGES")
        f.add_run(" 页")
    headings: list[dict[str, Any]] = []
    written: list[str] = []
    for h1, subs in X01_PLAN:
        d.add_heading(h1, level=1)
        headings.append({"text": h1, "level": 1})
        for sub, n in subs:
            d.add_heading(sub, level=2)
            headings.append({"text": sub, "level": 2})
            for k in range(n):
                text = next(texts)
                p = body_para(d, text)
                written.append(text)
                if sub == "1.1 政策依据" and k == 0:
                    notes.add(p, "见《2016年国务院政府工作报告》第三部分。")
                if sub == "2.2 主要任务" and k == 1:
                    notes.add(p, "任务分解另见项目实施方案。")
            if sub == "2.3 进度安排":
                ruled_table(
                    d,
                    [
                        ("阶段", "时间", "主要工作"),
                        ("需求调研", "2024年5月—6月", "走访街道与村（社区）"),
                        ("平台开发", "2024年7月—11月", "建设数据中台与服务门户"),
                        ("试运行", "2024年12月", "在三个街道试点"),
                    ],
                )
    # the appendix: a section without a header, as users make for annexes
    app = d.add_section(WD_SECTION.NEW_PAGE)
    app.header.is_linked_to_previous = False
    app.header.paragraphs[0].text = ""
    d.add_heading("附录 主要指标说明", level=1)
    headings.append({"text": "附录 主要指标说明", "level": 1})
    text = next(texts)
    body_para(d, text)
    written.append(text)
    notes.attach(d)
    d.save(str(docx_path))
    return {
        "title": X01_TITLE,
        "headings": headings,
        "must_have": [passage(t) for t in spread(written)],
        "running": [X01_HEADER],
        "must_not_have": ["027-87654321"],
        "note": "cover form fields (a table) are metadata; the ToC page is neither headings nor body; footers 第 X 页 共 Y 页",
    }


def make_x01(out: Path, tmp: Path) -> Gold:
    src = tmp / "x01_lo_feasibility.docx"
    build_x01(src, {})
    pages = pdf_pages(lo_pdf(src, tmp))
    # the ToC's page numbers: where each heading starts, after the ToC page (page 2)
    toc: dict[str, int] = {}
    for h1, subs in X01_PLAN:
        for text in [h1] + [s for s, _ in subs]:
            toc[text] = next(
                (i + 1 for i, pg in enumerate(pages) if i >= 2 and text.replace(" ", "") in pg), 3
            )
    toc["附录 主要指标说明"] = next(
        (i + 1 for i, pg in enumerate(pages) if i >= 2 and "附录主要指标说明" in pg), len(pages)
    )
    gold = build_x01(src, toc)
    pdf = lo_pdf(src, tmp)
    n = len([pg for pg in pdf_pages(pdf) if pg])
    gold["must_not_have"].append(f"共{n}页")
    shutil.copy(pdf, out)
    return gold


# ---------------------------------------------------------- x02: notice (LO)

X02_TITLE = "东湖区人民政府办公室关于印发2024年重点工作任务分工方案的通知"
X02_HEADER = "东湖区人民政府办公室文件"


def build_x02(docx_path: Path) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    lines = report_lines(2014, 52, 70)
    d = docx.Document()
    notes = Footnotes()
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    sec.header.paragraphs[0].text = X02_HEADER
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for s_footer in (sec.footer, sec.first_page_footer):
        f = s_footer.paragraphs[0]
        f.alignment = WD_ALIGN_PARAGRAPH.CENTER
        f.add_run("— ")
        add_field(f, "PAGE")
        f.add_run(" —")

    def centred(text: str, size: int, bold: bool = False, red: bool = False) -> None:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size, r.bold = Pt(size), bold
        if red:
            r.font.color.rgb = RGBColor(0xCC, 0, 0)

    centred("东湖区人民政府办公室", 28, bold=True, red=True)
    centred("东政办发〔2024〕12号", 14)
    centred("", 12)
    centred(X02_TITLE, 20, bold=True)
    body_para(d, "各街道办事处，区政府各部门：", indent=False)
    body_para(
        d, "经区政府同意，现将《2024年重点工作任务分工方案》印发给你们，请结合实际认真贯彻落实。"
    )
    headings: list[dict[str, Any]] = []
    written: list[str] = []

    def heading(text: str, level: int) -> None:
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(24)
        r = p.add_run(text)
        r.bold = level < 3
        headings.append({"text": text, "level": level})

    heading("一、总体要求", 1)
    intro = trim(lines[1])
    body_para(d, intro)
    written.append(intro)
    heading("二、重点任务", 1)
    k = 0
    for ln in lines:
        if ln.startswith("（"):
            heading(ln, 2)
            k = 0
            continue
        split = lead(ln)
        if split is None or ln == lines[1]:
            continue
        k += 1
        heading(f"{k}. {split[0]}", 3)
        text = trim(split[1], 200)
        p = body_para(d, text)
        written.append(text)
        if not notes.notes:
            notes.add(p, "各牵头单位于每季度末报送进展情况。")
    heading("三、任务分工", 1)
    ruled_table(
        d,
        [
            ("序号", "工作任务", "牵头单位", "完成时限"),
            ("1", "深化行政审批制度改革", "区政务服务局", "2024年6月"),
            ("2", "优化营商环境", "区发展改革局", "2024年12月"),
            ("3", "扩大对外开放", "区商务局", "持续推进"),
        ],
    )
    p = d.add_paragraph("东湖区人民政府办公室")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph("2024年3月8日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    body_para(d, "抄送：区委办公室，区人大常委会办公室，区政协办公室。", indent=False)
    body_para(d, "东湖区人民政府办公室　　　　2024年3月8日印发", indent=False)
    notes.attach(d)
    d.save(str(docx_path))
    return {
        "title": X02_TITLE,
        "headings": headings,
        "must_have": [passage(t) for t in spread(written)],
        "running": [X02_HEADER],
        "must_not_have": [],
        "note": "header from page 2 on; masthead and document number above the title",
    }


# --------------------------------------------------------- x03: ctexbook (XeLaTeX)

X03_TITLE = "政策文本分析实践手册"
X03_SHORT = "东湖数据分析丛书"
LISTING = r"""\begin{lstlisting}[language=Python,basicstyle=\ttfamily\small,frame=single]
import collections
import jieba

def top_words(path, k=20):
    counts = collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            counts.update(w for w in jieba.cut(line.strip()) if len(w) > 1)
    return counts.most_common(k)
\end{lstlisting}"""
FIGURE = r"""\begin{figure}[p]\centering
\setlength{\unitlength}{1mm}\begin{picture}(120,60)
\put(0,25){\framebox(25,10){采集}}\put(25,30){\vector(1,0){10}}
\put(35,25){\framebox(25,10){清洗}}\put(60,30){\vector(1,0){10}}
\put(70,25){\framebox(25,10){分词}}\put(95,30){\vector(1,0){10}}
\put(105,25){\framebox(15,10){统计}}
\end{picture}
\caption{政策文本处理流程}
\end{figure}"""


def build_x03(pdf_path: Path) -> Gold:
    chapters = [
        ("创新引领", report_lines(2017, 143, 153)),
        ("农业发展", report_lines(2017, 154, 160)),
        ("对外开放", report_lines(2017, 161, 168)),
    ]
    body: list[str] = []
    headings: list[dict[str, Any]] = []
    written: list[str] = []
    numerals = "一二三"
    for c, (name, lines) in enumerate(chapters, 1):
        body.append(f"\\chapter{{{name}}}")
        headings.append({"text": f"第{numerals[c - 1]}章 {name}", "level": 1})
        intro = trim(lines[1])
        body.append(intro)
        written.append(intro)
        s = 0
        for ln in lines[2:]:
            split = lead(ln)
            if split is None:
                continue
            s += 1
            body.append(f"\\section{{{split[0]}}}")
            headings.append({"text": f"{c}.{s} {split[0]}", "level": 2})
            text = trim(split[1], 260)
            if c == 1 and s == 1:
                body.append(f"\\subsection{{主要做法}}\n{text}")
                headings.append({"text": f"{c}.{s}.1 主要做法", "level": 3})
                body.append(
                    "\\subsection{文本统计示例}\n下面的程序统计一段文本中出现最多的词语"
                    "\\footnote{分词使用开源工具，结果仅供参考。}：\n\n" + LISTING
                )
                headings.append({"text": f"{c}.{s}.2 文本统计示例", "level": 3})
            else:
                body.append(text)
            written.append(text)
            if c == 2 and s == 1:
                body.append(FIGURE)
    tex = (
        "\\documentclass[twoside,a4paper,zihao=-4]{ctexbook}\n"
        "\\usepackage{fancyhdr}\\usepackage{listings}\n"
        "\\pagestyle{fancy}\\fancyhf{}\n"
        f"\\fancyhead[LE]{{\\leftmark}}\\fancyhead[RO]{{{X03_SHORT}}}\n"
        "\\fancyfoot[LE,RO]{\\thepage}\n"
        "\\begin{document}\n\\frontmatter\n\\begin{titlepage}\\centering\\vspace*{5cm}\n"
        f"{{\\Huge\\bfseries {X03_TITLE}\\par}}\\vspace{{2cm}}\n"
        "{\\Large 东湖区大数据发展中心\\par}\\vspace{1cm}{\\large 2024年6月\\par}\n"
        "\\end{titlepage}\n\\tableofcontents\n\\mainmatter\n"
        + "\n\n".join(body)
        + "\n\\end{document}\n"
    )
    xelatex(tex, pdf_path)
    running = [X03_SHORT] + [f"第{numerals[i]}章 {n}" for i, (n, _) in enumerate(chapters)]
    return {
        "title": X03_TITLE,
        "headings": headings,
        "must_have": [passage(t) for t in spread(written)],
        "running": running,
        "must_not_have": [],
        "note": "running headers: \\leftmark (chapter) on even pages, a series name on odd pages",
    }


# ------------------------------------------------------------ x04: Word-like DOCX

X04_TITLE = "2023年度社会事业工作总结"
X04_HEADER = "内部资料　注意保存"


def build_x04(path: Path) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    lines = report_lines(2015, 85, 113)
    d = docx.Document()
    d.core_properties.author = "chenjing"
    d.sections[0].header.paragraphs[0].text = X04_HEADER
    d.add_paragraph(X04_TITLE, style="Title")
    for text in ("综合办公室　陈静", "2024年1月15日"):
        p = d.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paras = [trim(ln, 200) for ln in lines if not ln.startswith(("五、", "六、"))]
    plan = [
        ("民生改善情况", ["（一）就业与社会保障", "（二）教育与卫生"]),
        ("政府自身建设", ["（一）依法行政"]),
        ("下一步工作打算", []),
    ]
    it = iter(paras)
    headings: list[dict[str, Any]] = []
    written: list[str] = []
    for h1, subs in plan:
        d.add_paragraph(style="List Number").add_run(h1).bold = True
        headings.append({"text": h1, "level": 1})
        text = next(it)
        d.add_paragraph(text)
        written.append(text)
        for sub in subs:
            d.add_paragraph().add_run(sub).bold = True
            headings.append({"text": sub, "level": 2})
            for _ in range(2):
                text = next(it)
                d.add_paragraph(text)
                written.append(text)
        if h1 == "下一步工作打算":
            for item in (
                "稳定扩大就业，做好高校毕业生就业工作；",
                "推进社区卫生服务中心标准化建设；",
            ):
                d.add_paragraph(item, style="List Bullet")
            written.append("推进社区卫生服务中心标准化建设")
    d.save(str(path))
    return {
        "title": X04_TITLE,
        "headings": headings,
        "must_have": [w if len(w) < 20 else passage(w) for w in spread(written)],
        "running": [X04_HEADER],
        "must_not_have": [],
        "note": "bold List Number paragraphs are the sections (numbers from numbering.xml); author/date lines are not headings",
    }


# ------------------------------------------------------------- x05: OCR'd scan

X05_TITLE = "关于过去五年工作的情况通报"


def build_x05(pdf_path: Path, tmp: Path) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    from PIL import Image

    lines = [trim(ln, 260) for ln in report_lines(2013, 4, 33)]
    d = docx.Document()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(X05_TITLE)
    r.font.size, r.bold = Pt(20), True
    heads = ["一、经济发展", "二、民生保障"]
    groups = [lines[0:4], lines[10:15]]
    for h, group in zip(heads, groups, strict=True):
        d.add_paragraph().add_run(h).bold = True
        for text in group:
            body_para(d, text)
    src = tmp / "x05.docx"
    d.save(str(src))
    pdf = lo_pdf(src, tmp)
    subprocess.run(
        ["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(tmp / "scan")],
        check=True,
        timeout=120,
    )
    pages = [
        Image.open(png).convert("L").rotate(0.4, fillcolor=255, expand=False).convert("RGB")
        for png in sorted(tmp.glob("scan*.png"))[:2]
    ]
    img_pdf = tmp / "scan.pdf"
    pages[0].save(img_pdf, resolution=200.0, save_all=True, append_images=pages[1:])
    ocr(img_pdf, pdf_path)
    # passages the OCR layer really holds (an OCR misreading is not the reader's to fix)
    text = "".join(pdf_pages(pdf_path))
    must: list[str] = []
    for t in [x for g in groups for x in g]:
        for cand in (passage(t), t[:18], t[20:38], t[40:58]):
            if cand and re.sub(r"\s", "", cand) in text:
                must.append(cand)
                break
    return {
        "title": X05_TITLE,
        "headings": [{"text": h, "level": 1} for h in heads],
        "must_have": spread(must),
        "running": [],
        "must_not_have": [],
        "note": "two scanned pages; passages chosen among those the OCR text layer holds",
    }


# -------------------------------------------------------------------------- HTML


def section_groups(lines: list[str], spans: list[tuple[int, int]]) -> list[list[str]]:
    """The paragraphs of each subhead's section, trimmed."""
    return [[trim(ln, 220) for ln in lines[a:b]] for a, b in spans]


def subhead_page(
    path: Path, html: str, title: str, subs: list[str], groups: list[list[str]], boiler: list[str]
) -> Gold:
    """Write a page whose sections are bold subheads, and return its gold."""
    path.write_text(html, encoding="utf-8")
    return {
        "title": title,
        "headings": [{"text": s, "level": 1} for s in subs],
        "must_have": [passage(p) for p in spread([p for g in groups for p in g])],
        "running": [],
        "must_not_have": boiler,
    }


X06_BOILER = (
    "网站标识码|关于进一步简化审批流程的实施意见|打印本页|主办：东湖区人民政府办公室".split("|")
)


def build_x06(path: Path) -> Gold:
    lines = report_lines(2015, 49, 64)
    title = "图解政策：把改革开放扎实推向纵深"
    subs = ["一、简政放权", "二、财税金融改革", "三、对外开放新格局"]
    groups = section_groups(lines, [(0, 3), (4, 7), (9, 12)])
    parts = []
    for s, group in zip(subs, groups, strict=True):
        parts.append(f'<p style="text-indent:2em;"><strong>{s}</strong></p>')
        parts.extend(f'<p style="text-indent:2em;">{p}</p>' for p in group)
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}-东湖区人民政府门户网站</title>
<meta name="SiteName" content="东湖区人民政府门户网站"><meta name="ColumnName" content="政策解读">
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="2015-03-10 09:00">
</head><body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="东湖区人民政府门户网站"></div>
<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zmhd/">政民互动</a></li><li><a href="/bsfw/">办事服务</a></li></ul>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcjd/">政策解读</a></div>
<div class="container"><div class="pages-title">{title}</div>
<div class="pages-date">发布时间：2015-03-10 09:00　来源：区发展改革局　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="pages_content" id="UCAP-CONTENT">
{chr(10).join(parts)}
</div>
<div class="pages-print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><div class="related-title">相关文件</div><ul><li><a href="/zwgk/1.html">东湖区2015年重点工作任务分工方案</a></li><li><a href="/zwgk/2.html">关于进一步简化审批流程的实施意见</a></li></ul></div>
</div>
<div class="footer"><p>主办：东湖区人民政府办公室　承办：东湖区大数据发展中心</p><p>网站标识码：4201990001　鄂ICP备05001234号　鄂公网安备42019902000123号</p></div>
</body></html>
"""
    return subhead_page(path, html, title, subs, groups, X06_BOILER)


X07_BOILER = "一组数字看五年来民生账单|星河公司版权所有|多地出台新规鼓励绿色出行|跟贴1,024条".split(
    "|"
)


def build_x07(path: Path) -> Gold:
    lines = report_lines(2016, 81, 94)
    title = "绿色发展新答卷：环境治理与民生保障同步推进"
    subs = ["治理力度持续加大", "民生底线兜牢兜实", "社会治理更加精细"]
    groups = section_groups(
        [ln for ln in lines if not ln.startswith("（")], [(0, 3), (4, 7), (8, 11)]
    )
    parts = []
    for i, (s, group) in enumerate(zip(subs, groups, strict=True)):
        parts.append(f"<p><b>{s}</b></p>")
        parts.extend(f"<p>{p}</p>" for p in group)
        if i == 0:
            parts.append(
                '<p class="f_center"><img src="https://img.example.cn/2016/0305/a1.jpg" alt="湿地"><br>东湖湿地公园一角。新华社记者 刘洋 摄</p>'
            )
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}_新闻中心_星河网</title>
<meta property="og:title" content="{title}"><meta property="og:type" content="article">
<meta name="keywords" content="环境治理,民生"></head><body>
<div class="N-nav-top"><a href="/">星河网首页</a> <a href="/news/">新闻</a> <a href="/sports/">体育</a> <a href="/ent/">娱乐</a> <a href="/money/">财经</a> <a href="/login">登录</a></div>
<div class="post_main"><div class="post_crumb"><a href="/">星河网</a> &gt; <a href="/news/">新闻中心</a> &gt; 国内新闻 &gt; 正文</div>
<h1 class="post_title">{title}</h1>
<div class="post_info">2016-03-06 10:12:35　来源：新华社　<a href="#comments">跟贴 1,024 条</a></div>
<div class="post_body">
<p>（原标题：两会观察丨环境与民生）</p>
{chr(10).join(parts)}
<p class="otitle">本文来源：新华社　作者：刘洋　责任编辑：王晓_NN2017</p>
</div>
<div class="post_share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="post_recommends"><h3>延伸阅读</h3><ul><li><a href="/16/0305/1.html">代表委员建言生态文明建设</a></li><li><a href="/16/0305/2.html">一组数字看五年来民生账单</a></li></ul></div>
</div>
<div class="post_side"><h3>24小时排行</h3><ol><li><a href="/16/0306/3.html">多地出台新规鼓励绿色出行</a></li></ol></div>
<div class="N-footer">关于星河 | 广告服务 | 联系我们 | 招聘信息 | 网站地图　星河公司版权所有 ©1997-2016</div>
</body></html>
"""
    return subhead_page(path, html, title, subs, groups, X07_BOILER)


def build_x08(path: Path) -> Gold:
    lines = report_lines(2017, 169, 200)
    title = "2017年国务院政府工作报告"
    lead_p = (
        "2017年国务院政府工作报告是2017年3月5日在第十二届全国人民代表大会第五次会议上"
        "所作的政府工作报告，报告回顾了2016年的工作，部署了2017年的重点工作任务。"
    )
    paras = [trim(ln, 220) for ln in lines if not ln.startswith("（")]
    secs = [
        ("生态环境", ["大气污染防治", "水土污染治理"]),
        ("民生保障", ["教育", "就业与社保"]),
        ("政府建设", []),
    ]
    body = []
    headings: list[dict[str, Any]] = []
    written: list[str] = []
    toc = []
    it = iter(paras)
    for i, (s, subs) in enumerate(secs, 1):
        toc.append(
            f'<li class="toclevel-1"><a href="#{s}"><span class="tocnumber">{i}</span> <span class="toctext">{s}</span></a></li>'
        )
        body.append(
            f'<h2><span class="mw-headline" id="{s}">{s}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#">编辑</a><span class="mw-editsection-bracket">]</span></span></h2>'
        )
        headings.append({"text": s, "level": 1})
        text = next(it)
        body.append(f'<p>{text}<sup class="reference"><a href="#cite_note-{i}">[{i}]</a></sup></p>')
        written.append(text)
        for sub in subs:
            body.append(
                f'<h3><span class="mw-headline" id="{sub}">{sub}</span><span class="mw-editsection">[<a href="#">编辑</a>]</span></h3>'
            )
            headings.append({"text": sub, "level": 2})
            text = next(it)
            body.append(f"<p>{text}</p>")
            written.append(text)
    html = f"""<!DOCTYPE html>
<html lang="zh-Hans-CN" dir="ltr"><head><meta charset="UTF-8"><title>{title} - 开放百科，自由的百科全书</title></head><body class="mediawiki">
<div id="mw-head"><a href="/wiki/首页">首页</a> <a href="/wiki/Special:Random">随机条目</a> <a href="/login">登录</a></div>
<div id="content" class="mw-body"><h1 id="firstHeading" class="firstHeading">{title}</h1>
<div id="siteSub">开放百科，自由的百科全书</div>
<div id="mw-content-text"><div class="mw-parser-output">
<table class="infobox vevent"><tbody><tr><th colspan="2" class="infobox-above">{title}</th></tr><tr><th>日期</th><td>2017年3月5日</td></tr><tr><th>会议</th><td>十二届全国人大五次会议</td></tr><tr><th>报告人</th><td>国务院总理</td></tr></tbody></table>
<p><b>{title}</b>{lead_p[len(title) :]}</p>
<div id="toc" class="toc"><div class="toctitle"><h2 id="mw-toc-heading">目录</h2></div><ul>{"".join(toc)}<li class="toclevel-1"><a href="#参考文献"><span class="tocnumber">4</span> <span class="toctext">参考文献</span></a></li></ul></div>
{chr(10).join(body)}
<h2><span class="mw-headline" id="参考文献">参考文献</span></h2>
<div class="reflist"><ol class="references"><li id="cite_note-1">政府工作报告全文. 中国政府网. 2017-03-16.</li><li id="cite_note-2">国务院关于印发“十三五”生态环境保护规划的通知.</li><li id="cite_note-3">2017年政府工作报告解读.</li></ol></div>
<table class="navbox"><tbody><tr><th>中华人民共和国国务院政府工作报告</th></tr><tr><td><a href="#">2013年</a> · <a href="#">2014年</a> · <a href="#">2015年</a> · <a href="#">2016年</a> · <a href="#">2017年</a></td></tr></tbody></table>
</div></div>
<div id="catlinks" class="catlinks">分类：<a href="#">政府工作报告</a> | <a href="#">2017年中国政治</a></div>
</div>
<div id="footer"><ul><li id="footer-info-lastmod">本页面最后修订于2024年2月3日 (星期六) 08:15。</li><li>本站的全部文字在知识共享 署名-相同方式共享 4.0协议之条款下提供。</li></ul></div>
</body></html>
"""
    path.write_text(html, encoding="utf-8")
    return {
        "title": title,
        "headings": headings,
        "must_have": [lead_p[len(title) : len(title) + 18]]
        + [passage(t) for t in spread(written, 4)],
        "running": [],
        "must_not_have": [
            "本页面最后修订于",
            "署名-相同方式共享",
            "2017年中国政治",
            "自由的百科全书",
        ],
        "note": "h2 sections are level 1, h3 level 2; the 参考文献 section is not gold; toc, navbox, catlinks, footer are boilerplate",
    }


# ------------------------------------------------------------------------ main


def check_passages(doc: Path, gold: Gold) -> None:
    """Every gold passage is in a PDF's own text layer (pdftotext), in order."""
    text = "".join(pdf_pages(doc))
    pos = 0
    for p in gold["must_have"]:
        i = text.find(re.sub(r"\s", "", p), pos)
        if i < 0:
            raise SystemExit(f"{doc.name}: gold passage {p!r} not in the PDF's text, in order")
        pos = i


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "eval" / "data" / "realdocs-heldout")
    a = ap.parse_args(argv)
    docs, gold = a.out / "docs", a.out / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    golds: dict[str, Gold] = {}
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        golds["x01_lo_feasibility.pdf"] = make_x01(docs / "x01_lo_feasibility.pdf", tmp)
        src = tmp / "x02_lo_notice.docx"
        golds["x02_lo_notice.pdf"] = build_x02(src)
        shutil.copy(lo_pdf(src, tmp), docs / "x02_lo_notice.pdf")
        golds["x05_ocr_two_pages.pdf"] = build_x05(docs / "x05_ocr_two_pages.pdf", tmp)
    golds["x03_ctexbook.pdf"] = build_x03(docs / "x03_ctexbook.pdf")
    golds["x04_wordlike.docx"] = build_x04(docs / "x04_wordlike.docx")
    golds["x06_gov_portal.html"] = build_x06(docs / "x06_gov_portal.html")
    golds["x07_news_portal.html"] = build_x07(docs / "x07_news_portal.html")
    golds["x08_wiki_article.html"] = build_x08(docs / "x08_wiki_article.html")
    for name, g in sorted(golds.items()):
        if name.endswith(".pdf"):
            check_passages(docs / name, g)
        write_gold(gold / f"{name}.json", g)
    print(f"made {len(golds)} documents in {docs}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
