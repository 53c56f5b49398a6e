# ruff: noqa: E501  (the SOURCE.md rows and the LaTeX preamble are kept on one line each)
"""Make the PDF/DOCX documents of ``realdocs-made3`` (r01-r06) with real tools, and their gold.

A third set of development documents, made after ``realdocs-made2``
(``make_realdocs2_files.py``, whose helpers and those of ``make_realdocs.py`` it reuses).
Each document is a layout pattern met in real Chinese documents and not in the earlier
sets; the texts come only from the public government work reports 2013-2017
(../shared/data/gov-work-reports), whole paragraphs only:

- ``r01_ctex_twocolumn.pdf`` (gwr 2015): a XeLaTeX ``ctexart`` journal paper in two
  columns (``twocolumn``): title, authors and affiliation, ``摘要：`` and ``关键词：``
  spanning both columns through ``\\twocolumn[...]``, sections ``1 引言``/``2 ...``,
  subsections ``2.1 ...``, a footnote, citations ``[1]``, a ``参考文献`` list of
  ``[1] ...`` entries, the journal name and issue in a fancyhdr header on every page,
  page numbers; tests the reading order of two columns and a title block over both;
- ``r02_lo_speech.pdf`` (gwr 2016): a speech (Word -> LibreOffice), one column: the
  title bold 22 pt centred in Normal style, a ``——在全省经济工作会议上的讲话`` subtitle,
  the speaker and ``（2016年12月20日）`` centred, ``同志们：``, headings ``一、`` bold at
  body size in their own paragraphs, run-in bold lead sentences ``（一）xxx。`` opening
  body paragraphs (not headings), 1.5 line spacing, a ``- N -`` footer; tests title vs
  subtitle and run-in leads;
- ``r03_lo_even_header.pdf`` (gwr 2017): an 11-page report (Word -> LibreOffice) with
  odd/even headers where only even pages have one (the report name, also the title),
  Heading 1 ``第一部分　...`` and Heading 2 ``一、...``, a real footnote on page 2
  (footnotes part written as XML), justified text at an exact 28 pt line pitch with a
  2-character first-line indent, page numbers in the footer; tests a header that
  repeats only every second page;
- ``r04_docx_numbered_lists.docx`` (gwr 2013): headings are bold Normal paragraphs
  numbered by Word automatic list numbering (``w:numPr`` on a decimal multilevel list
  in numbering.xml; the runs hold no number), a real ``TOC \\o "1-3" \\h \\z \\u``
  field with cached ``toc 1``/``toc 2`` entries (hyperlinks, PAGEREF fields) under a
  ``TOC Heading`` ``目录``, a ``Title``-styled title with an author line and a date;
- ``r05_ocr_table.pdf`` (gwr 2014): a one-page notice (LibreOffice: 18 pt bold title,
  an intro paragraph, a ruled 4 x 3 table of short cells, two more paragraphs)
  rasterised by ``pdftoppm -r 300`` and given a text layer by ``ocrmypdf -l chi_sim``;
- ``r06_lo_wps_like.pdf`` (gwr 2014): a report (Word -> LibreOffice) made the way WPS
  users lay one out: a small right-aligned company line in the header of every page
  including the first, an empty paragraph then the 20 pt bold centred title,
  ``编制单位：``/``编制日期：`` lines (metadata), headings ``1 总则``/``1.1``/``1.1.1``
  typed in Heading 1-3 styles, a 41-row table that runs across a page break.

Gold is written from what each builder put in the document, decided as a reader reads
it, and titles, headings and passages are checked against the printed text
(``pdftotext``). Run once; the outputs are committed, so nothing else needs
LibreOffice, XeLaTeX or OCRmyPDF:

    python eval/make_realdocs3_files.py [--out eval/data/realdocs-made3]
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

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more

ROOT = Path(__file__).resolve().parents[1]
MINE = ("r01_", "r02_", "r03_", "r04_", "r05_", "r06_")
Gold = dict[str, Any]
SENTENCE_END = ("。", "！", "？", "：")


def whole(year: int, n: int | None, skip: int = 0) -> list[str]:
    """``n`` (``None``: all) whole paragraphs of ``base.paragraphs(year)`` from ``skip`` on.

    The source splits some paragraphs at links, so a line counts only when the line
    before it ends a sentence (or is a section heading) and it ends in 。 or ！."""
    src = (base.GWR / f"gwr_{year}.zh.txt").read_text(encoding="utf-8")
    raw = [ln.strip().replace("\u200b", "") for ln in src.splitlines()]
    raw = [ln for ln in raw if ln]
    heads = (base.GWR / f"gwr_{year}.headings.txt").read_text(encoding="utf-8").splitlines()
    heads_set = {h.strip() for h in heads if h.strip()}
    out: list[str] = []
    for p in base.paragraphs(year, 1000, skip):
        k = raw.index(p.replace("\u200b", ""))
        prev = raw[k - 1] if k else ""
        starts = prev.endswith(SENTENCE_END) or prev in heads_set
        if starts and p.endswith(("。", "！")):
            out.append(p)
    if n is None:
        return out
    assert len(out) >= n, f"gwr_{year}: {len(out)} whole paragraphs from {skip}"
    return out[:n]


def lead(p: str) -> str:
    """The first sentence of a paragraph (up to and with its 。)."""
    return p[: p.index("。") + 1]


def column_text(pdf: Path) -> str:
    """The printed text of a two-column A4 PDF: each page whole (``pdftotext -layout``,
    for the lines over both columns), then its left and its right half one after the
    other (``-x -y -W -H`` crops), so that column text reads in order."""
    out = []
    for page in range(1, more.pages(pdf) + 1):
        out.append(more.pdftext(pdf, page))
        for x in (0, 298):
            crop = ["-x", str(x), "-y", "0", "-W", "297", "-H", "842"]
            cmd = ["pdftotext", "-layout", "-f", str(page), "-l", str(page), *crop, str(pdf), "-"]
            done = subprocess.run(cmd, check=True, capture_output=True, timeout=120)
            out.append(done.stdout.decode("utf-8"))
    return "\n".join(out)


def check_in(name: str, text: str, gold: Gold) -> None:
    """Every gold title, heading, passage, running line and boilerplate is in ``text``."""
    have = more.squash(text)
    wanted = [gold["title"]] if gold.get("title") else []
    wanted += [h["text"] for h in gold["headings"]] + list(gold["must_have"])
    wanted += list(gold.get("running", [])) + list(gold.get("must_not_have", []))
    missing = [w for w in wanted if more.squash(w) not in have]
    if missing:
        raise SystemExit(f"{name}: not printed as in gold: {missing}")


def no_clash(name: str, paras: list[str], gold: Gold) -> None:
    """Running lines and boilerplate must not occur in the body text itself."""
    for s in list(gold.get("running", [])) + list(gold.get("must_not_have", [])):
        hits = [p[:12] for p in paras if more.squash(s) in more.squash(p)]
        assert not hits, f"{name}: {s!r} occurs in body paragraphs {hits}"


# ------------------------------------------------------------ r01 two-column paper

R01_TITLE = "新常态下稳增长与结构性改革的政策协同研究"
R01_JOURNAL = "东川经济研究"
R01_ISSUE = "2016年第2期"
R01_KEYWORDS = "宏观调控；结构性改革；简政放权；民生保障"
# (section, paragraphs under it, [(subsection, paragraphs)])
R01_OUTLINE: list[tuple[str, int, list[tuple[str, int]]]] = [
    ("引言", 3, []),
    ("发展基础", 1, [("民生保障", 4), ("依法行政与作风建设", 3)]),
    ("形势与目标", 1, [("国内外形势", 2), ("主要预期目标", 3)]),
    ("宏观政策与改革", 1, [("财政与货币政策", 3), ("重点领域改革", 4)]),
    ("结论", 2, []),
]
R01_REFS = [
    "国务院. 政府工作报告（2015年）[R]. 北京：人民出版社，2015.",
    "国务院. 政府工作报告（2014年）[R]. 北京：人民出版社，2014.",
    "国务院. 政府工作报告（2013年）[R]. 北京：人民出版社，2013.",
]
R01_FOOTNOTE = "本文数据除注明外均为初步统计数。"


def build_twocolumn(path: Path, year: int) -> Gold:
    paras = whole(year, 28, skip=4)
    abstract, it = paras[0], iter(paras[1:])
    cites = {(1, 0, 0): "gwr2015", (2, 1, 0): "gwr2014", (5, 0, 1): "gwr2013"}
    keep = {(1, 0, 0), (2, 1, 0), (3, 2, 1), (4, 2, 2), (5, 0, 1)}
    parts: list[str] = []
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = [abstract]

    def para(key: tuple[int, int, int]) -> None:
        text = next(it)
        used.append(text)
        tex = more.tex_escape(text)
        if key in cites:
            tex = tex[:-1] + f"\\cite{{{cites[key]}}}。"
        if key == (2, 1, 0):
            tex += f"\\footnote{{{R01_FOOTNOTE}}}"
        parts.append(tex)
        if key in keep:
            must.append(base.clause(text))

    for i, (sec, n, subs) in enumerate(R01_OUTLINE, 1):
        parts.append(f"\\section{{{sec}}}")
        headings.append({"text": f"{i} {sec}", "level": 1})
        for k in range(n):
            para((i, 0, k))
        for j, (sub, m) in enumerate(subs, 1):
            parts.append(f"\\subsection{{{sub}}}")
            headings.append({"text": f"{i}.{j} {sub}", "level": 2})
            for k in range(m):
                para((i, j, k))
    keys = ("gwr2015", "gwr2014", "gwr2013")
    bib = "\n".join(f"\\bibitem{{{k}}} {r}" for k, r in zip(keys, R01_REFS, strict=True))
    parts.append(f"\\begin{{thebibliography}}{{9}}\n{bib}\n\\end{{thebibliography}}")
    headings.append({"text": "参考文献", "level": 1})
    top = (
        "\\twocolumn[{\\begin{center}\n"
        f"{{\\zihao{{2}}\\heiti {R01_TITLE}\\par}}\\vspace{{1em}}\n"
        "{\\zihao{4}\\kaishu 张立新$^{1}$，王晓梅$^{2}$\\par}\\vspace{0.5em}\n"
        "{\\zihao{-5}（1. 东川大学 经济学院，东川 310027；2. 东川省发展研究中心，东川 310006）\\par}\n"
        "\\end{center}\\vspace{0.5em}\n"
        f"\\noindent{{\\zihao{{-5}}{{\\heiti 摘要：}}{more.tex_escape(abstract)}\\par}}\\vspace{{0.3em}}\n"
        f"\\noindent{{\\zihao{{-5}}{{\\heiti 关键词：}}{R01_KEYWORDS}\\par}}\\vspace{{1.5em}}\n"
        "}]\n"
    )
    tex = (
        "\\documentclass[twocolumn,a4paper,zihao=5]{ctexart}\n"
        "\\usepackage[top=2.5cm,bottom=2.5cm,left=2cm,right=2cm,columnsep=0.8cm]{geometry}\n"
        "\\usepackage{fancyhdr}\n\\pagestyle{fancy}\\fancyhf{}\n"
        f"\\fancyhead[L]{{{R01_JOURNAL}}}\\fancyhead[R]{{{R01_ISSUE}}}\\fancyfoot[C]{{\\thepage}}\n"
        "\\ctexset{section={format=\\zihao{4}\\heiti\\raggedright},subsection={format=\\zihao{5}\\heiti\\raggedright}}\n"
        "\\begin{document}\n" + top + "\n\n".join(parts) + "\n\\end{document}\n"
    )
    base.xelatex(tex, path)
    assert more.pages(path) >= 3, f"{path.name}: {more.pages(path)} pages"
    gold: Gold = {
        "title": R01_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [R01_JOURNAL, R01_ISSUE],
        "must_not_have": [],
        "note": (
            "two-column journal paper: the title, authors, affiliation, 摘要 and 关键词 "
            "span both columns; the authors and affiliation are metadata (unscored); 摘要："
            " and 关键词： are run-in labels of their paragraphs, not headings, and the "
            "abstract and keywords are left unscored; 参考文献 is the heading of the "
            "reference list (level 1, as in a paper) and its [n] entries are neither "
            "headings nor scored body; [n] citation marks stay in the body; the footnote "
            "(bottom of a column) is unscored; the journal name and issue in the header "
            "of every page are running; page numbers are not listed"
        ),
    }
    no_clash(path.name, used, gold)
    check_in(path.name, column_text(path), gold)
    return gold


# ------------------------------------------------------------------- r02 speech

SPEECH_TITLE = "坚持稳中求进　推动全省经济持续健康发展"
SPEECH_SUB = "——在全省经济工作会议上的讲话"
SPEECH_BY = "张明远"
SPEECH_DATE = "（2016年12月20日）"
ZH_ORD = "一二三四五六七八九"
# (heading, paragraphs that are plain, paragraphs that open with a run-in （n） lead)
SPEECH_OUTLINE: list[tuple[str, int, int]] = [
    ("一、正确把握明年经济工作的目标要求", 1, 0),
    ("二、实施积极有效的宏观政策", 0, 3),
    ("三、扎实推进供给侧结构性改革", 0, 3),
    ("四、加快补齐农业农村短板", 0, 3),
    ("五、全面提升对外开放水平", 0, 4),
]


def build_speech(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paras = whole(year, 26, skip=11)
    closing = next(p for p in paras if p.startswith("上下同欲者胜"))
    it = iter(paras)
    size = 16.0
    d = docx.Document()
    more.a4(d, top=3.0, bottom=2.8, left=2.8, right=2.6)
    more.cjk_font(d.styles["Normal"], "Noto Serif CJK SC", size)
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    d.styles["Normal"].paragraph_format.space_after = Pt(0)

    def centred(text: str, pt: float, bold: bool = False) -> None:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.font.size, r.bold = Pt(pt), bold

    def text_para(text: str, run_in: str = "") -> None:
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(2 * size)
        if run_in:
            p.add_run(run_in).bold = True
        p.add_run(text[len(run_in) :] if run_in else text)

    centred(SPEECH_TITLE, 22, True)
    centred(SPEECH_SUB, size)
    centred(SPEECH_BY, size)
    centred(SPEECH_DATE, size)
    d.add_paragraph()
    d.add_paragraph("同志们：")
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []
    for _ in range(2):
        text = next(it)
        text_para(text)
        used.append(text)
    must.append(base.clause(used[0]))
    for h, n_plain, n_lead in SPEECH_OUTLINE:
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(2 * size)
        p.add_run(h).bold = True
        headings.append({"text": h, "level": 1})
        for _ in range(n_plain):
            text = next(it)
            text_para(text)
            used.append(text)
            must.append(base.clause(text))
        for k in range(n_lead):
            src = next(it)
            first = lead(src)
            assert len(first) <= 20, first
            text = f"（{ZH_ORD[k]}）{src}"
            text_para(text, run_in=f"（{ZH_ORD[k]}）{first}")
            used.append(text)
            if (h[0], k) in (("二", 0), ("四", 2)):
                must.append(base.clause(text))
    text_para(closing)
    used.append(closing)
    must.append(base.clause(closing))
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("- ")
    more.add_field(fp, "PAGE")
    fp.add_run(" -")
    for run in fp.runs:
        run.font.size = Pt(14)
    src_docx = path.with_suffix(".docx")
    d.save(str(src_docx))
    assert base.lo_pdf(src_docx, path.parent) == path
    assert more.pages(path) >= 3, f"{path.name}: {more.pages(path)} pages"
    gold: Gold = {
        "title": SPEECH_TITLE,
        "headings": headings,
        "must_have": must,
        "running": ["- 2 -", "- 3 -"],
        "must_not_have": [],
        "note": (
            "speech: the title is the main title only (bold 22 pt, Normal style); the "
            "——在…讲话 subtitle, the speaker and the date are the title block (metadata, "
            "unscored), 同志们： is unscored; 一、 lines (bold, own paragraph) are level-1 "
            "headings; （一）xxx。 are bold run-in lead sentences that open body paragraphs, "
            "so they are not headings and stay in the body with their paragraph (two "
            "must_have passages start with them); - N - footers are running"
        ),
    }
    no_clash(path.name, used, gold)
    check_in(path.name, more.pdftext(path), gold)
    return gold


# ------------------------------------------------- r03 header on even pages only

R03_TITLE = "东川省2017年重点工作推进情况报告"
R03_FOOTNOTE = "文中2016年数据为初步统计数，部分指标尚待核实。"
# (Heading 1, [(Heading 2, paragraphs)])
R03_OUTLINE: list[tuple[str, list[tuple[str, int]]]] = [
    ("第一部分　总体要求和主要目标", [("一、主要预期目标", 2), ("二、宏观政策取向", 2)]),
    (
        "第二部分　重点任务推进情况",
        [
            ("一、深入推进“三去一降一补”", 3),
            ("二、深化重要领域改革", 3),
            ("三、释放国内需求潜力", 2),
            ("四、推动实体经济转型升级", 4),
        ],
    ),
    (
        "第三部分　农业、开放和民生工作",
        [
            ("一、促进农业稳定发展", 3),
            ("二、积极扩大对外开放", 4),
            ("三、加强生态环境保护", 1),
            ("四、保障和改善民生", 3),
        ],
    ),
    ("第四部分　加强政府自身建设", [("一、依法全面履职", 3)]),
]


def add_footnote(doc: Any, paragraph: Any, text: str) -> None:
    """A footnote (``w:footnoteReference``) at the end of ``paragraph``, with a
    footnotes part (separators and the note) written as XML: python-docx has no API."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import XmlPart
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    small = (
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>'
    )
    xml = (
        f"<w:footnotes {nsdecls('w')}>"
        f'<w:footnote w:type="separator" w:id="-1"><w:p>{small}<w:r><w:separator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p>{small}'
        "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        f'<w:footnote w:id="1"><w:p>{small}'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r>'
        "</w:p></w:footnote></w:footnotes>"
    )
    part = XmlPart(
        PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(xml), doc.part.package
    )
    doc.part.relate_to(part, RT.FOOTNOTES)
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteReference w:id="1"/></w:r>'
        )
    )


def even_header_docx(path: Path, paras: list[str], note_at: int) -> list[str]:
    """The report; the footnote goes at the end of body paragraph ``note_at``."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    size = 16.0
    d = docx.Document()
    more.a4(d, top=3.7, bottom=3.5, left=2.8, right=2.6)
    normal = d.styles["Normal"]
    more.cjk_font(normal, "Noto Serif CJK SC", size)
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for name in ("Heading 1", "Heading 2"):
        st = d.styles[name]
        more.cjk_font(st, "Noto Sans CJK SC", size)
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.bold = True
        st.paragraph_format.space_before = Pt(14)
        st.paragraph_format.space_after = Pt(0)
    d.styles["Heading 2"].paragraph_format.first_line_indent = Pt(2 * size)
    d.settings.odd_and_even_pages_header_footer = True
    sec = d.sections[0]
    sec.different_first_page_header_footer = False
    hp = sec.even_page_header.paragraphs[0]  # the odd (default) header stays empty
    hp.text = R03_TITLE
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.runs[0].font.size = Pt(10.5)
    for footer in (sec.footer, sec.even_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        more.add_field(fp, "PAGE")
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(R03_TITLE)
    r.font.size, r.bold = Pt(22), True
    t.paragraph_format.line_spacing = Pt(40)
    d.add_paragraph()
    it = iter(paras)
    must: list[str] = []
    k = 0
    for h1, subs in R03_OUTLINE:
        d.add_paragraph(h1, style="Heading 1")
        for h2, n in subs:
            d.add_paragraph(h2, style="Heading 2")
            for j in range(n):
                text = next(it)
                p = d.add_paragraph(text)
                p.paragraph_format.first_line_indent = Pt(2 * size)
                if k == note_at:
                    add_footnote(d, p, R03_FOOTNOTE)
                if (h2, j) in (
                    ("一、主要预期目标", 0),
                    ("二、宏观政策取向", 1),
                    ("四、推动实体经济转型升级", 2),
                    ("二、积极扩大对外开放", 3),
                    ("一、依法全面履职", 2),
                ):
                    must.append(base.clause(text))
                k += 1
    d.save(str(path))
    return must


def build_even_header(path: Path, year: int) -> Gold:
    paras = whole(year, 30, skip=21)
    src = path.with_suffix(".docx")
    for note_at in (3, 4, 5, 2, 6, 7):  # a paragraph that ends on page 2
        must = even_header_docx(src, paras, note_at)
        assert base.lo_pdf(src, path.parent) == path
        if more.squash(R03_FOOTNOTE) in more.squash(more.pdftext(path, 2)):
            break
    else:
        raise SystemExit(f"{path.name}: no paragraph puts the footnote on page 2")
    n = more.pages(path)
    assert n >= 5, f"{path.name}: {n} pages"
    for page in range(2, n + 1):  # the header on even pages only
        head = more.pdftext(path, page).strip().splitlines()[0]
        assert (more.squash(head) == more.squash(R03_TITLE)) == (page % 2 == 0), (page, head)
    gold: Gold = {
        "title": R03_TITLE,
        "headings": [
            {"text": t, "level": lv}
            for h1, subs in R03_OUTLINE
            for t, lv in [(h1, 1)] + [(h2, 2) for h2, _ in subs]
        ],
        "must_have": must,
        "running": [R03_TITLE],
        "must_not_have": [],
        "note": (
            f"{n} pages; the page header (the report name, the same text as the title) is "
            "printed on even pages only, odd pages have none and the first page is not "
            "different, so the title on page 1 is the title and every header line is "
            "running; 第一部分 lines are level 1 (Heading 1), 一、 lines level 2 (Heading 2); "
            "the footnote on page 2 (a real Word footnote, python-docx has no API: written "
            "as XML) is unscored, and its paragraph continues in the body; page numbers "
            "are not listed"
        ),
    }
    no_clash(path.name, paras, gold)
    check_in(path.name, more.pdftext(path), gold)
    return gold


# -------------------------------------------- r04 DOCX with list-numbered headings

R04_TITLE = "2013年经济社会发展形势分析与建议"
R04_AUTHORS = "张立新　李晓梅"
R04_DATE = "2013年4月"
# (heading, paragraphs under it, [(subheading, paragraphs)])
R04_OUTLINE: list[tuple[str, int, list[tuple[str, int]]]] = [
    ("发展成就回顾", 1, [("经济平稳较快发展", 2), ("科技文化与国防外交", 5)]),
    ("今年工作的总体要求", 2, [("主要预期目标", 2), ("扩大内需与区域协调", 3)]),
    ("加强社会建设", 1, [("就业和社会保障", 2), ("卫生人口与住房", 3), ("教育科技与文化", 3)]),
    ("结语", 1, []),
]
TOC_TAB = 8296  # the right tab of the TOC entries (twips): the text width


def list_numbering(doc: Any) -> int:
    """A decimal multilevel list ``1.``/``1.1`` in numbering.xml; returns its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = doc.part.numbering_part.element
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="41">'
        '<w:nsid w:val="3A5F1C27"/><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2.%3"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(absnum.tag.replace("abstractNum", "num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="41"><w:abstractNumId w:val="41"/></w:num>')
    )
    return 41


def toc_styles(doc: Any) -> None:
    """Word's built-in ``toc 1``/``toc 2`` paragraph styles (style ids TOC1/TOC2)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    for lvl, indent in ((1, 0), (2, 420)):
        doc.styles.element.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="TOC{lvl}">'
                f'<w:name w:val="toc {lvl}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
                '<w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
                f'<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TOC_TAB}"/></w:tabs>'
                f'<w:spacing w:after="100"/><w:ind w:left="{indent}"/></w:pPr></w:style>'
            )
        )


def toc_entry(
    level: int, number: str, text: str, anchor: str, page: int, first: bool, last: bool
) -> Any:
    """One cached TOC paragraph as Word writes it: a hyperlink to the heading's bookmark
    holding the number, a tab, the text, a tab and a PAGEREF field; the first entry
    opens the TOC field, the last one closes it."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    begin = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    link = (
        f'<w:hyperlink w:anchor="{anchor}" w:history="1">'
        f"<w:r><w:t>{number}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>{text}</w:t></w:r>"
        "<w:r><w:rPr><w:webHidden/></w:rPr><w:tab/></w:r>"
        '<w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:rPr><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
        '<w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:rPr><w:webHidden/></w:rPr><w:t>{page}</w:t></w:r>"
        '<w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
        "</w:hyperlink>"
    )
    return parse_xml(
        f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="TOC{level}"/>'
        f'<w:tabs><w:tab w:val="left" w:pos="{420 + 420 * (level - 1)}"/>'
        f'<w:tab w:val="right" w:leader="dot" w:pos="{TOC_TAB}"/></w:tabs></w:pPr>'
        f"{begin if first else ''}{link}{end if last else ''}</w:p>"
    )


def build_numbered_docx(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt

    it = iter(whole(year, 26, skip=0))
    d = docx.Document()
    more.a4(d, left=3.17, right=3.17)
    d.core_properties.title = ""
    d.core_properties.author = "张立新"
    more.cjk_font(d.styles["Normal"], "Noto Serif CJK SC", 12)
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    more.cjk_font(d.styles["Title"], "Noto Sans CJK SC", 22)
    num_id = list_numbering(d)
    toc_styles(d)
    d.add_paragraph(R04_TITLE, style="Title")
    for text in (R04_AUTHORS, R04_DATE):
        p = d.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("目录", style="TOC Heading")
    toc_at = len(d.element.body) - 1  # the TOC entries go after 目录 (filled in below)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    entries: list[tuple[int, str, str, str, int]] = []
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    chars = 0

    def heading(text: str, level: int, number: str) -> None:
        anchor = f"_Toc3520{len(entries) + 11:04d}"
        bid = len(entries)
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12 if level == 1 else 6)
        p.paragraph_format.keep_with_next = True
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level - 1
        num_pr.get_or_add_numId().val = num_id
        p._p.append(parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{bid}" w:name="{anchor}"/>'))
        p.add_run(text).bold = True
        p._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{bid}"/>'))
        entries.append((level, number, text, anchor, 2 + chars // 900))
        headings.append({"text": text, "level": level})

    def body_para(keep: bool = False) -> None:
        nonlocal chars
        text = next(it)
        d.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
        chars += len(text)
        if keep:
            must.append(base.clause(text))

    keep = {("发展成就回顾", 0), ("科技文化与国防外交", 1), ("主要预期目标", 1)}
    keep |= {("就业和社会保障", 0), ("结语", 0)}
    for i, (h1, n1, subs) in enumerate(R04_OUTLINE, 1):
        heading(h1, 1, f"{i}.")
        for k in range(n1):
            body_para((h1, k) in keep)
        for j, (h2, n2) in enumerate(subs, 1):
            heading(h2, 2, f"{i}.{j}")
            for k in range(n2):
                body_para((h2, k) in keep)
    body = d.element.body
    for n, (level, number, text, anchor, page) in enumerate(entries):
        p = toc_entry(level, number, text, anchor, page, n == 0, n == len(entries) - 1)
        body.insert(toc_at + 1 + n, p)
    d.save(str(path))
    return {
        "title": R04_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [],
        "must_not_have": [],
        "note": (
            "the section lines are bold Normal paragraphs (no Heading style, no outline "
            "level) whose numbers 1./1.1 come from Word automatic list numbering (w:numPr, "
            "ilvl 0/1), each over paragraphs of text and listed in the document's table "
            "of contents: headings, without their numbers (in no run), levels by list "
            "level. (This gold once had no headings, after the shared set's d01, whose "
            "bold list-numbered lines are not headings; those head lists of items, these "
            "head text.) The title is the Title-styled "
            "paragraph (the core title is empty); the author and date lines under it are "
            "metadata (unscored); 目录 and the cached TOC field entries (toc 1/toc 2) are "
            "neither headings nor body"
        ),
    }


# ------------------------------------------------------------- r05 OCR with a table

R05_TITLE = "关于推进新型城镇化重点工作的通知"
R05_TABLE = [
    ("工作事项", "牵头单位", "完成时限"),
    ("户籍制度改革", "省公安厅", "2014年6月"),
    ("居住证制度", "省公安厅", "2014年9月"),
    ("棚户区改造", "省住建厅", "2014年12月"),
]


def ocr_notice(path: Path, paras: list[str]) -> None:
    """``paras``: the intro, then the two paragraphs after the table."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        d = docx.Document()
        more.a4(d, left=2.6, right=2.6)
        more.cjk_font(d.styles["Normal"], "Noto Serif CJK SC", 12)
        d.styles["Normal"].paragraph_format.line_spacing = 1.25
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(R05_TITLE)
        r.font.size, r.bold = Pt(18), True
        d.add_paragraph(paras[0]).paragraph_format.first_line_indent = Pt(24)
        t = d.add_table(rows=len(R05_TABLE), cols=3)
        t.style = "Table Grid"
        for i, row in enumerate(R05_TABLE):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
                t.cell(i, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_paragraph()
        for text in paras[1:]:
            d.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
        src_docx = Path(tmp) / "src.docx"
        d.save(str(src_docx))
        src = base.lo_pdf(src_docx, Path(tmp))
        assert more.pages(src) == 1, f"OCR source has {more.pages(src)} pages"
        subprocess.run(
            ["pdftoppm", "-r", "300", "-png", str(src), str(Path(tmp) / "pg")],
            check=True,
            timeout=120,
        )
        png = sorted(Path(tmp).glob("pg*.png"))[0]
        img_pdf = Path(tmp) / "img.pdf"
        Image.open(png).convert("RGB").save(img_pdf, resolution=300.0)
        base.ocr(img_pdf, path)


def build_ocr_table(path: Path, year: int) -> Gold:
    ps = whole(year, 7, skip=38)  # 2014: 创新扶贫…, 城镇化是…, 有序推进…, 加大对…, 加强城镇化…, …
    by = {p[:4]: p for p in ps}
    chosen = [by["加大对中"], by["有序推进"], by["加强城镇"]]
    spares = [p for p in ps if p not in chosen]
    swaps: list[str] = []
    for _ in range(4):
        ocr_notice(path, chosen)
        text = more.squash(more.pdftext(path))
        bad = [i for i, p in enumerate(chosen) if more.squash(base.clause(p)) not in text]
        if not bad:
            break
        for i in bad:
            new = spares.pop(0)
            swaps.append(f"{base.clause(chosen[i])[:6]}… -> {base.clause(new)[:6]}…")
            chosen[i] = new
    else:
        raise SystemExit(f"{path.name}: OCR garbles the chosen paragraph starts")
    note = (
        "one scanned page (300 dpi) with a Tesseract text layer: title as printed "
        "(without OCR spaces); no headings; the 4 x 3 table's cells are neither headings "
        "nor scored; the notice holds only three body paragraphs (intro, two after the "
        "table), so must_have has three passages, each checked to be in the OCR text "
        "layer (spaces ignored)"
    )
    if swaps:
        note += "; OCR garbled the start of a chosen paragraph, replaced in the notice: "
        note += ", ".join(swaps)
    return {
        "title": R05_TITLE,
        "headings": [],
        "must_have": [base.clause(p) for p in chosen],
        "running": [],
        "must_not_have": [],
        "note": note,
    }


# ------------------------------------------------- r06 WPS-like, long table

R06_COMPANY = "东川能源集团有限公司"
R06_TITLE = "2014年度重点工作实施方案"
R06_META = ("编制单位：集团发展规划部", "编制日期：2014年2月")
# (heading, level, paragraphs under it); the long table follows 2.1
R06_OUTLINE: list[tuple[str, int, int]] = [
    ("1 总则", 1, 1),
    ("1.1 编制目的", 2, 1),
    ("1.2 编制依据", 2, 1),
    ("1.2.1 政策依据", 3, 1),
    ("1.2.2 工作基础", 3, 1),
    ("2 重点任务", 1, 0),
    ("2.1 任务分解", 2, 1),
    ("2.2 推进要求", 2, 1),
    ("2.2.1 安全生产", 3, 1),
    ("2.2.2 依法经营", 3, 1),
    ("3 保障措施", 1, 1),
    ("3.1 组织保障", 2, 1),
    ("3.2 监督考核", 2, 1),
]
R06_DEPTS = ("发展规划部", "财务部", "生产运营部", "安全环保部", "人力资源部", "党群工作部")


def task_names(n: int) -> list[str]:
    """Short task names: lead sentences (4-12 characters) of gwr 2015 and 2017."""
    out: list[str] = []
    for year in (2015, 2017):
        for p in whole(year, None):
            first = p.split("。")[0]
            ok = 4 <= len(first) <= 12 and not re.search("[，、“”）%是]", first)
            if ok and first not in out:
                out.append(first)
    assert len(out) >= n, len(out)
    return out[:n]


def build_wps_like(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    paras = whole(year, 13, skip=8)
    it = iter(paras)
    d = docx.Document()
    more.a4(d, top=2.54, bottom=2.54, left=3.18, right=3.18)
    more.cjk_font(d.styles["Normal"], "Noto Sans CJK SC", 12)
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    for name, sz in (("Heading 1", 16), ("Heading 2", 14), ("Heading 3", 12)):
        st = d.styles[name]
        more.cjk_font(st, "Noto Sans CJK SC", sz)
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.bold = True
        st.font.italic = False
        st.paragraph_format.space_before = Pt(12)
        st.paragraph_format.space_after = Pt(6)
    sec = d.sections[0]
    sec.different_first_page_header_footer = False
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run(R06_COMPANY)
    hr.font.size, hr.bold = Pt(9), True
    more.border(hp, "bottom", "1F4E79", 6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    more.add_field(fp, "PAGE")
    d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(R06_TITLE)
    r.font.size, r.bold = Pt(20), True
    for line in R06_META:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).font.size = Pt(12)
    d.add_paragraph()
    tasks = task_names(40)
    rows = [("序号", "重点任务", "责任部门", "完成时限")]
    rows += [
        (str(i), t, R06_DEPTS[i % len(R06_DEPTS)], f"2014年{3 + i % 10}月")
        for i, t in enumerate(tasks, 1)
    ]
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    keep = {"1 总则", "1.2.1 政策依据", "2.1 任务分解", "2.2.2 依法经营", "3.2 监督考核"}
    for h, level, n in R06_OUTLINE:
        d.add_heading(h, level=level)
        headings.append({"text": h, "level": level})
        for _ in range(n):
            text = next(it)
            d.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
            if h in keep:
                must.append(base.clause(text))
        if h == "2.1 任务分解":
            t = d.add_table(rows=len(rows), cols=4)
            t.style = "Table Grid"
            t.autofit = False
            for j, w in enumerate((1.4, 7.0, 3.6, 2.6)):
                t.columns[j].width = Cm(w)
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.width = Cm((1.4, 7.0, 3.6, 2.6)[j])
                    cp = c.paragraphs[0]
                    cp.paragraph_format.line_spacing = 1.0
                    cp.paragraph_format.first_line_indent = Pt(0)
                    r = cp.add_run(cell)
                    r.font.size, r.bold = Pt(10.5), i == 0
            d.add_paragraph()
    src = path.with_suffix(".docx")
    d.save(str(src))
    assert base.lo_pdf(src, path.parent) == path
    # the table runs across a page break: its first and last rows on different pages
    n = more.pages(path)
    first_row = next(pg for pg in range(1, n + 1) if tasks[0] in more.pdftext(path, pg))
    last_row = next(pg for pg in range(1, n + 1) if tasks[-1] in more.pdftext(path, pg))
    assert last_row > first_row, (first_row, last_row)
    for pg in range(1, n + 1):
        assert R06_COMPANY in more.pdftext(path, pg).strip().splitlines()[0], pg
    gold: Gold = {
        "title": R06_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [R06_COMPANY],
        "must_not_have": list(R06_META),
        "note": (
            "the company line in the header of every page (the first included) is "
            "running, not the title; the title is the 20 pt line under an empty "
            "paragraph; 编制单位/编制日期 lines are metadata and must not reach the body; "
            "headings 1/1.1/1.1.1 are typed in Heading 1-3 styles; the 41-row table runs "
            f"from page {first_row} to page {last_row}: all its cells must be kept (not "
            "scored here), none is a heading, and must_have are chosen from paragraphs "
            "only; page numbers are not listed"
        ),
    }
    no_clash(path.name, paras, gold)
    check_in(path.name, more.pdftext(path), gold)
    return gold


# ------------------------------------------------------------------------ main


SOURCE_HEAD = (
    "# Documents made with real tools, third set (development data)\n\n"
    "Made as development data after the second set (`realdocs-made2`), each a layout\n"
    "pattern the earlier sets lack: PDF/DOCX r01-r06 by `python eval/make_realdocs3_files.py`,\n"
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


def update_source(path: Path, rows: list[str]) -> None:
    """SOURCE.md of this set, written as the second set's is."""
    more.update_source(path, rows, SOURCE_HEAD, MINE)


ROWS = [
    "| r01_ctex_twocolumn.pdf | XeLaTeX + ctex (`ctexart`, `twocolumn`, `fancyhdr`), gwr 2015 (`eval/make_realdocs3_files.py`, as r02-r06) | two-column journal paper: title, authors, affiliation, `摘要：`/`关键词：` over both columns (`\\twocolumn[...]`), `1 引言`/`2.1` headings, a footnote, `[n]` citations, `参考文献` (level 1) with `[n]` entries, journal name and issue in the header of every page, page numbers |",
    "| r02_lo_speech.pdf | python-docx → LibreOffice, gwr 2016 | speech: bold 22 pt centred title in Normal style, `——在全省经济工作会议上的讲话` subtitle, speaker and `（2016年12月20日）` (gold title: main title only), `同志们：`, `一、` bold headings at body size, `（一）xxx。` bold run-in leads opening body paragraphs (not headings), 1.5 line spacing, `- N -` footer |",
    "| r03_lo_even_header.pdf | python-docx → LibreOffice, gwr 2017 | 11-page report: header (the report name = the title) on even pages only, none on odd pages, first page not different; Heading 1 `第一部分　…`, Heading 2 `一、…`; a real footnote on page 2 (footnotes part as XML); justified, exact 28 pt line pitch, 2-character indent; page numbers |",
    '| r04_docx_numbered_lists.docx | python-docx (+ numbering/TOC XML), gwr 2013 | bold Normal paragraphs numbered `1.`/`1.1` by Word list numbering (`w:numPr`, numbers not in the runs; gold without numbers), a real `TOC \\o "1-3" \\h \\z \\u` field with cached `toc 1`/`toc 2` entries (hyperlinks, PAGEREF) under `目录`, `Title`-styled title, author and date lines |',
    "| r05_ocr_table.pdf | python-docx → LibreOffice → `pdftoppm -r 300` → `ocrmypdf -l chi_sim` (Tesseract 5), gwr 2014 | one scanned page: 18 pt bold title, intro paragraph, ruled 4 × 3 table of short cells, two paragraphs; OCR spaces and errors (three body paragraphs, so three must_have) |",
    "| r06_lo_wps_like.pdf | python-docx → LibreOffice, gwr 2014 | WPS-style report: small right-aligned company line in the header of every page incl. the first, empty paragraph + 20 pt bold centred title, `编制单位：`/`编制日期：` metadata lines, typed `1`/`1.1`/`1.1.1` headings in Heading 1-3, a 41-row table across a page break (all cells to keep), page numbers |",
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "eval" / "data" / "realdocs-made3")
    a = ap.parse_args(argv)
    docs, gold = a.out / "docs", a.out / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    golds: dict[str, Gold] = {}
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        golds["r01_ctex_twocolumn.pdf"] = build_twocolumn(t / "r01_ctex_twocolumn.pdf", 2015)
        golds["r02_lo_speech.pdf"] = build_speech(t / "r02_lo_speech.pdf", 2016)
        golds["r03_lo_even_header.pdf"] = build_even_header(t / "r03_lo_even_header.pdf", 2017)
        golds["r04_docx_numbered_lists.docx"] = build_numbered_docx(
            t / "r04_docx_numbered_lists.docx", 2013
        )
        golds["r05_ocr_table.pdf"] = build_ocr_table(t / "r05_ocr_table.pdf", 2014)
        golds["r06_lo_wps_like.pdf"] = build_wps_like(t / "r06_lo_wps_like.pdf", 2014)
        for name, g in golds.items():
            want = 3 if name.startswith("r05_") else 5
            assert len(g["must_have"]) == want, (name, g["must_have"])
            shutil.copy(t / name, docs / name)
            base.write_gold(gold / f"{name}.json", g)
    update_source(a.out / "SOURCE.md", ROWS)
    print(f"made {len(golds)} documents in {docs}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
