# ruff: noqa: E501  (the SOURCE.md rows, the LaTeX preamble and the style XML are kept on one line each)
"""Make the PDF/DOCX documents of ``realdocs-made5`` (t01-t04) with real tools, and their gold.

A fifth set of development documents, made after ``realdocs-made4``
(``make_realdocs4_files.py``; its helpers and those of the earlier makers are reused).
Each document is a layout pattern met in real Chinese documents and not in the earlier
sets; the texts come only from the public government work reports 2013-2017
(../shared/data/gov-work-reports), whole paragraphs (t01's English abstract, its
reference list and its one-sentence acknowledgement are written here):

- ``t01_lo_thesis.pdf`` (gwr 2015): a master's thesis (Word -> LibreOffice): a cover
  with form fields (``题　　目：`` over two lines, ``姓　　名：``, ``学　　号：``,
  ``指导教师：``, a date), a ``摘要`` page with ``关键词：``, an English ``ABSTRACT`` page
  with ``Key words:``, a ``目　录`` page with dotted leaders, chapters ``第1章 绪论`` and
  sections ``1.1 …`` in Heading 1/2 (typed numbers), ``参考文献`` with ``[1]`` entries and
  ``致谢``; odd pages carry the chapter name in the header, even pages the university
  line (one section per chapter);
- ``t02_docx_localized_styles.docx`` (gwr 2016): a DOCX whose styles carry Chinese
  names as WPS / Chinese Word save them: ``标题 1``/``标题 2`` (styleIds ``1``/``2``)
  based on the body style ``正文`` (styleId ``a``, the default), the title in ``标题``
  (styleId ``a3``); no English-named heading styles and no outline levels;
- ``t03_reportlab_wide_spacing.pdf`` (gwr 2017): three pages drawn by reportlab one
  character at a time (one ``drawString`` per character, as some Foxit/WPS exports
  do), justified lines whose extra inter-character spacing varies line to line (0-6
  pt); a ruled running header and ``- N -`` footers;
- ``t04_latex_unnumbered.pdf`` (gwr 2013): XeLaTeX ``ctexart`` with only unnumbered
  ``\\section*``/``\\subsection*`` headings, ``\\paragraph{…。}`` run-in leads, an
  ``abstract`` block, no table of contents and the article title in the fancyhdr
  header of every page.

Gold is written from what each builder put in the document, decided as a reader reads
it (never from reader output); titles, headings, passages and running lines are checked
against the printed text (``pdftotext -layout``; for the DOCX, the text of its parts).
Run once; the outputs are committed, so nothing else needs LibreOffice or XeLaTeX:

    python eval/make_realdocs5_files.py [--out eval/data/realdocs-made5] [--only t01 ...]
"""

from __future__ import annotations

import random
import sys
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs4_files as prev4

ROOT = Path(__file__).resolve().parents[1]
MINE = ("t01_", "t02_", "t03_", "t04_")
Gold = dict[str, Any]
Outline = list[tuple[str, list[int], list[tuple[str, list[int]]]]]


def page_of(pdf: Path, text: str, start: int) -> int:
    """The first page from ``start`` on whose printed text holds ``text`` (spaces aside)."""
    for page in range(start, more.pages(pdf) + 1):
        if more.squash(text) in more.squash(more.pdftext(pdf, page)):
            return page
    raise AssertionError(f"{pdf.name}: {text!r} not printed from page {start} on")


# ------------------------------------------------------------------ t01 thesis

T01_UNI = "东川大学"
T01_RUNNING = "东川大学硕士学位论文"
T01_TITLE = ("新常态下积极财政政策与", "结构性改革的协同研究")
T01_FIELDS = ("姓　　名：王晓东", "学　　号：1520130456", "指导教师：李建国　教授")
T01_DATE = "二〇一六年五月"
T01_ABSTRACT = [19, 21]
T01_KEYWORDS = "财政政策；结构性改革；简政放权；民生保障"
T01_EN = (
    "Since the Chinese economy entered the new normal, fiscal policy and structural "
    "reform have had to be coordinated more closely than before. Drawing on the "
    "government work report of 2015, this thesis reviews the proactive fiscal policy, "
    "the streamlining of administration and the reforms of investment, pricing and "
    "state-owned enterprises. It argues that targeted tax cuts, a larger deficit and "
    "reforms that release the vitality of the market support each other in keeping "
    "growth within a reasonable range. The thesis ends with suggestions on innovation, "
    "employment and social security."
)
T01_EN_KEYWORDS = "fiscal policy; structural reform; streamlining administration; social security"
T01_OUTLINE: Outline = [
    ("第1章 绪论", [], [("1.1 研究背景", [0, 17, 18]), ("1.2 研究意义", [25])]),
    (
        "第2章 宏观政策与重点改革",
        [],
        [("2.1 财政与货币政策", [1, 22, 23]), ("2.2 简政放权与投融资改革", [3, 26, 27])],
    ),
    (
        "第3章 改革开放与结构调整",
        [],
        [("3.1 重点领域改革", [2, 28, 29, 30]), ("3.2 对外开放", [4, 33, 34, 35])],
    ),
    (
        "第4章 创新驱动与民生保障",
        [],
        [("4.1 创新驱动", [8, 46, 47]), ("4.2 就业和社会保障", [10, 11, 12, 49])],
    ),
    ("第5章 结论与展望", [52, 55], []),
]
T01_KEEP = {19, 23, 30, 47, 55}
T01_REFS = [
    "[1] 国务院. 2015年政府工作报告[R]. 北京: 人民出版社, 2015.",
    "[2] 国务院. 2014年政府工作报告[R]. 北京: 人民出版社, 2014.",
    "[3] 国务院. 2013年政府工作报告[R]. 北京: 人民出版社, 2013.",
    "[4] 王晓明. 新常态下的财政政策转型[J]. 东川经济研究, 2015(3): 12-18.",
    "[5] 李建国. 结构性改革的理论与实践[M]. 东川: 东川大学出版社, 2014.",
]
T01_THANKS = (
    "本论文是在导师李建国教授的悉心指导下完成的，从选题、写作到修改定稿，导师都倾注了"
    "大量心血，在此谨表诚挚的谢意。同时感谢经济学院各位老师和同学在学习和生活上给予的帮助。"
)
T01_TEXT_TWIPS = 8787  # 21 cm - 3.0 cm - 2.5 cm


def t01_toc_entry(level: int, text: str, page: int) -> Any:
    """One TOC line as a thesis template types it: style toc 1/2, the text, a dotted
    right tab and the page number (no field: the entries are plain paragraphs)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(
        f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="TOC{level}"/>'
        f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{T01_TEXT_TWIPS}"/></w:tabs></w:pPr>'
        f"<w:r><w:t>{text}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>{page}</w:t></w:r></w:p>"
    )


def thesis_docx(path: Path, paras: list[str], toc_pages: dict[str, int]) -> dict[str, Any]:
    """Write the thesis DOCX; returns its headings (text, level), odd headers, passages."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    more.a4(d, top=3.0, bottom=2.5, left=3.0, right=2.5)
    d.core_properties.title = ""
    d.core_properties.author = "王晓东"
    normal = d.styles["Normal"]
    more.cjk_font(normal, "Noto Serif CJK SC", 12)
    normal.paragraph_format.line_spacing = 1.5
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for name, size, centre in (("Heading 1", 16, True), ("Heading 2", 14, False)):
        st = d.styles[name]
        more.cjk_font(st, "Noto Sans CJK SC", size)
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.bold = True
        st.paragraph_format.space_before = Pt(18 if centre else 12)
        st.paragraph_format.space_after = Pt(12 if centre else 6)
        st.paragraph_format.alignment = (
            WD_ALIGN_PARAGRAPH.CENTER if centre else WD_ALIGN_PARAGRAPH.LEFT
        )
    third.toc_styles(d)
    d.settings.odd_and_even_pages_header_footer = True

    def headers(sec: Any, odd: str) -> None:
        for hdr, text in ((sec.header, odd), (sec.even_page_header, T01_RUNNING)):
            hdr.is_linked_to_previous = False
            hp = hdr.paragraphs[0]
            hp.text = text
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            hp.runs[0].font.size = Pt(10.5)
            more.border(hp, "bottom", "000000", 6)
        for ftr in (sec.footer, sec.even_page_footer):
            ftr.is_linked_to_previous = False
            fp = ftr.paragraphs[0]
            if not fp.runs:
                prev4.page_footer(fp, "", "")

    def new_section(odd: str) -> None:
        sec = d.add_section(WD_SECTION.NEW_PAGE)
        sec.different_first_page_header_footer = False  # the copy of the cover's sectPr has it
        headers(sec, odd)

    # cover: no header or footer on its (first) page
    sec0 = d.sections[0]
    sec0.different_first_page_header_footer = True
    headers(sec0, T01_RUNNING)
    for _ in range(2):
        d.add_paragraph()
    for text, size in ((T01_UNI, 28), ("硕士学位论文", 24)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(18)
        r = p.add_run(text)
        r.font.size, r.bold = Pt(size), True
        prev4.run_font(r, "Noto Sans CJK SC")
    for _ in range(4):
        d.add_paragraph()
    form = [f"题　　目：{T01_TITLE[0]}", f"　　　　　{T01_TITLE[1]}", *T01_FIELDS]
    for line in form:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(2.5)
        p.paragraph_format.space_after = Pt(6)
        p.add_run(line).font.size = Pt(15)
    for _ in range(5):
        d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(T01_DATE).font.size = Pt(15)

    headings: list[tuple[str, int]] = []
    must: list[str] = []
    used: list[str] = []
    odd: list[str] = []

    def body(idx: list[int]) -> None:
        for i in idx:
            d.add_paragraph(paras[i]).paragraph_format.first_line_indent = Pt(24)
            used.append(paras[i])
            if i in T01_KEEP:
                must.append(base.clause(paras[i]))

    def heading(text: str, level: int) -> None:
        d.add_paragraph(text, style=f"Heading {level}")
        headings.append((text, level))

    def labelled(label: str, text: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.add_run(label).bold = True
        p.add_run(text)

    new_section(T01_RUNNING)
    heading("摘要", 1)
    body(T01_ABSTRACT)
    labelled("关键词：", T01_KEYWORDS)
    new_section(T01_RUNNING)
    heading("ABSTRACT", 1)
    d.add_paragraph(T01_EN).paragraph_format.first_line_indent = Pt(24)
    labelled("Key words: ", T01_EN_KEYWORDS)
    new_section(T01_RUNNING)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(12)
    r = p.add_run("目　录")
    r.font.size, r.bold = Pt(16), True
    prev4.run_font(r, "Noto Sans CJK SC")
    toc_at = d.element.body.index(p._p)
    for h1, n1, subs in T01_OUTLINE:
        new_section(h1)
        odd.append(h1)
        heading(h1, 1)
        body(n1)
        for h2, n2 in subs:
            heading(h2, 2)
            body(n2)
    new_section("参考文献")
    odd.append("参考文献")
    heading("参考文献", 1)
    for ref in T01_REFS:
        p = d.add_paragraph(ref)
        p.paragraph_format.left_indent = Pt(24)
        p.paragraph_format.first_line_indent = Pt(-24)
    new_section("致谢")
    odd.append("致谢")
    heading("致谢", 1)
    d.add_paragraph(T01_THANKS).paragraph_format.first_line_indent = Pt(24)
    toc = [(h, lv) for h, lv in headings]
    for n, (text, level) in enumerate(toc):
        d.element.body.insert(toc_at + 1 + n, t01_toc_entry(level, text, toc_pages.get(text, 1)))
    d.save(str(path))
    return {"headings": headings, "must": must, "used": used, "odd": odd}


def build_thesis(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    src = path.with_suffix(".docx")
    # first pass: find the pages of the headings; second pass: the TOC shows them
    made = thesis_docx(src, paras, {})
    assert base.lo_pdf(src, path.parent) == path
    toc_page = page_of(path, "目录", 2)
    pages: dict[str, int] = {}
    for text, _ in made["headings"]:
        start = 2 if text in ("摘要", "ABSTRACT") else toc_page + 1
        pages[text] = page_of(path, text, start)
    made = thesis_docx(src, paras, pages)
    assert base.lo_pdf(src, path.parent) == path
    for text, _ in made["headings"]:
        start = 2 if text in ("摘要", "ABSTRACT") else toc_page + 1
        assert page_of(path, text, start) == pages[text], (text, pages)
    n = more.pages(path)
    assert n >= 10, f"{path.name}: {n} pages"
    toc_text = more.pdftext(path, toc_page)
    assert "......" in toc_text, toc_text
    heads = [more.squash(h) for h in prev4.header_lines(path)]
    shown: list[str] = []
    for page, head in enumerate(heads, 1):
        if page == 1:
            assert head == more.squash(T01_UNI), head  # the cover has no header
        elif page % 2 == 0:
            assert head == T01_RUNNING, (page, head)
        else:
            odd = [o for o in [T01_RUNNING, *made["odd"]] if more.squash(o) == head]
            assert odd, (page, head)
            if odd[0] != T01_RUNNING and odd[0] not in shown:
                shown.append(odd[0])
    assert len(shown) >= 4, (shown, heads)
    gold: Gold = {
        "title": "".join(T01_TITLE),
        "headings": [{"text": t, "level": lv} for t, lv in made["headings"]],
        "must_have": made["must"],
        "running": [T01_RUNNING, *shown],
        "must_not_have": [],
        "note": (
            f"{n} pages, a master's thesis (Word -> LibreOffice); the title is the cover "
            "form field 题　　目： whose value runs over two lines (read as one title, the "
            "label not part of it); 东川大学 / 硕士学位论文 above it, the 姓名/学号/指导教师 "
            "fields and the date are cover metadata; 摘要, ABSTRACT, 参考文献 and 致谢 "
            "are set in Heading 1 like the chapters and are level-1 headings (as the "
            "thesis convention and the TOC put them), 第N章 … level 1 and N.N … level 2 "
            "with typed numbers; the 关键词：/Key words: lines, the English abstract and "
            "the [1] reference entries are body (not headings, not scored); 目　录 and "
            "its dotted-leader lines are neither headings nor body; headers: even pages "
            "东川大学硕士学位论文, odd pages the chapter name (the front matter's odd "
            "pages the university line too, the cover none): running lists the "
            "university line and the chapter names printed in an odd header; page "
            "numbers not listed; the acknowledgement sentence and the English abstract "
            "are written by the maker, not gwr text"
        ),
    }
    third.no_clash(path.name, [*made["used"], T01_EN, T01_THANKS, *T01_REFS], gold)
    third.check_in(path.name, more.pdftext(path), gold)
    return gold


# ------------------------------------------------------- t02 localized styles

T02_TITLE = "2016年经济社会发展重点工作情况报告"
T02_OUTLINE: Outline = [
    (
        "一、发展回顾",
        [0],
        [("（一）改革与创新", [1, 2]), ("（二）区域协调与民生", [3, 4])],
    ),
    (
        "二、主要目标与宏观政策",
        [11, 12],
        [("（一）财政政策", [14, 15]), ("（二）货币政策与结构性改革", [16, 17])],
    ),
    (
        "三、重点任务",
        [],
        [("（一）农业与扶贫", [20, 21, 22]), ("（二）对外开放", [23, 25])],
    ),
]
T02_KEEP = {0, 4, 12, 17, 22}
T02_STYLES = (
    '<w:style {ns} w:type="paragraph" w:styleId="1"><w:name w:val="标题 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="10"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="340" w:after="330" w:line="578" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Noto Sans CJK SC" w:eastAsia="Noto Sans CJK SC" w:hAnsi="Noto Sans CJK SC"/><w:b/><w:bCs/><w:kern w:val="44"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>',
    '<w:style {ns} w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="20"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="260" w:after="260" w:line="416" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Noto Sans CJK SC" w:eastAsia="Noto Sans CJK SC" w:hAnsi="Noto Sans CJK SC"/><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>',
    '<w:style {ns} w:type="paragraph" w:styleId="a3"><w:name w:val="标题"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:link w:val="a4"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="60"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="Noto Sans CJK SC" w:eastAsia="Noto Sans CJK SC" w:hAnsi="Noto Sans CJK SC"/><w:b/><w:bCs/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>',
    '<w:style {ns} w:type="character" w:customStyle="1" w:styleId="10"><w:name w:val="标题 1 字符"/><w:basedOn w:val="a0"/><w:link w:val="1"/><w:uiPriority w:val="9"/><w:rPr><w:b/><w:bCs/><w:kern w:val="44"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>',
    '<w:style {ns} w:type="character" w:customStyle="1" w:styleId="20"><w:name w:val="标题 2 字符"/><w:basedOn w:val="a0"/><w:link w:val="2"/><w:uiPriority w:val="9"/><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>',
    '<w:style {ns} w:type="character" w:customStyle="1" w:styleId="a4"><w:name w:val="标题 字符"/><w:basedOn w:val="a0"/><w:link w:val="a3"/><w:uiPriority w:val="10"/><w:rPr><w:b/><w:bCs/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>',
)


def localize_styles(doc: Any) -> None:
    """Turn the template's styles into those of a Chinese Word/WPS file: Normal becomes
    ``正文`` (styleId ``a``), the default character font ``默认段落字体`` (``a0``), the
    English-named Heading/Title styles go and ``标题 1``/``标题 2``/``标题`` come in."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    styles = doc.styles.element
    drop = [f"Heading{k}{c}" for k in range(1, 10) for c in ("", "Char")]
    drop += ["Title", "TitleChar", "TOCHeading"]
    for sid in drop:
        for el in styles.xpath(f'w:style[@w:styleId="{sid}"]'):
            styles.remove(el)
    renames = {"Normal": ("a", "正文"), "DefaultParagraphFont": ("a0", "默认段落字体")}
    for old, (sid, name) in renames.items():
        el = styles.xpath(f'w:style[@w:styleId="{old}"]')[0]
        el.set(qn("w:styleId"), sid)
        el.xpath("w:name")[0].set(qn("w:val"), name)
        for ref in styles.xpath(
            f'.//w:basedOn[@w:val="{old}"] | .//w:next[@w:val="{old}"] | .//w:link[@w:val="{old}"]'
        ):
            ref.set(qn("w:val"), sid)
    for xml in T02_STYLES:
        styles.append(parse_xml(xml.format(ns=nsdecls("w"))))


def build_localized_docx(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paras = third.whole(year, None)
    d = docx.Document()
    more.a4(d, top=2.54, bottom=2.54, left=3.17, right=3.17)
    d.core_properties.title = ""
    d.core_properties.author = "Administrator"
    normal = d.styles["Normal"]
    more.cjk_font(normal, "Noto Serif CJK SC", 12)
    normal.paragraph_format.line_spacing = 1.5
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    localize_styles(d)

    def para(text: str, style: str) -> Any:
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().style = style
        return p

    para(T02_TITLE, "a3")
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []

    def body(idx: list[int]) -> None:
        for i in idx:
            para(paras[i], "a").paragraph_format.first_line_indent = Pt(24)
            used.append(paras[i])
            if i in T02_KEEP:
                must.append(base.clause(paras[i]))

    for h1, n1, subs in T02_OUTLINE:
        para(h1, "1")
        headings.append({"text": h1, "level": 1})
        body(n1)
        for h2, n2 in subs:
            para(h2, "2")
            headings.append({"text": h2, "level": 2})
            body(n2)
    d.save(str(path))
    # the file as saved: localized names only, every paragraph on its Chinese style
    back = docx.Document(str(path))
    names = [p.style.name if p.style else "" for p in back.paragraphs]
    assert names[0] == "标题" and names.count("标题 1") == 3 and names.count("标题 2") == 6, names
    assert set(names) == {"标题", "标题 1", "标题 2", "正文"}, set(names)
    with zipfile.ZipFile(path) as z:
        styles_xml = z.read("word/styles.xml").decode("utf-8")
    assert 'w:styleId="Heading1"' not in styles_xml and "w:outlineLvl" not in styles_xml
    assert '<w:name w:val="Normal"/>' not in styles_xml
    text = prev4.docx_text(path)
    gold: Gold = {
        "title": T02_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [],
        "must_not_have": [],
        "note": (
            "styles as a Chinese Word / WPS file names them: the title paragraph is in "
            "标题 (styleId a3, the localized Title), 一、 lines in 标题 1 (styleId 1, "
            "level 1), （一） lines in 标题 2 (styleId 2, level 2), both based on the "
            "body style 正文 (styleId a, the default paragraph style, which the body "
            "paragraphs name explicitly); no style is named Heading/Title in English "
            "and none carries w:outlineLvl, so only the localized names (and the look: "
            "bold, 16/14 pt sans against 12 pt serif) say heading; core title empty; "
            "headings carry typed numbers, as printed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ------------------------------------------------ t03 one drawString per character

T03_TITLE = "2017年经济运行监测分析与工作建议"
T03_HEADER = "东川省经济信息中心　经济形势专报"
T03_OUTLINE: list[tuple[str, list[int]]] = [
    ("一、主要预期目标", [8, 9]),
    ("二、深化供给侧结构性改革", [10, 11, 12, 13]),
    ("三、推进重点领域改革", [14, 15, 16, 18]),
    ("四、扩大对外开放", [29, 30, 32, 35]),
]
T03_KEEP = {8, 12, 15, 29, 35}
T03_EXTRA = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0)


class CharPages:
    """Lays out A4 pages with reportlab, drawing every character with its own
    ``drawString`` (each one a separate BT/ET text object)."""

    W, H = 595.28, 841.89
    LEFT, RIGHT, TOP, BOTTOM = 72.0, 72.0, 96.0, 84.0

    def __init__(self, path: Path) -> None:
        from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
        from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
        from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

        for name, ttf in (("Song", prev4.SONG), ("Kai", prev4.KAI)):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, ttf))
        self.width = pdfmetrics.stringWidth
        self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H))
        self.c.setTitle("")
        self.page = 0
        self.y = 0.0
        self.rng = random.Random(5)
        self.extras: list[float] = []

    @property
    def text_width(self) -> float:
        return self.W - self.LEFT - self.RIGHT

    def chars(self, x: float, y: float, text: str, font: str, size: float, gap: float) -> None:
        for ch in text:
            self.c.setFont(font, size)
            self.c.drawString(x, y, ch)
            x += self.width(ch, font, size) + gap

    def centred(self, y: float, text: str, font: str, size: float) -> None:
        self.chars((self.W - self.width(text, font, size)) / 2, y, text, font, size, 0.0)

    def new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        top = self.H - 58
        self.centred(top, T03_HEADER, "Song", 9)
        self.c.setLineWidth(0.6)
        self.c.line(self.LEFT, top - 5, self.W - self.RIGHT, top - 5)
        self.centred(50, f"- {self.page} -", "Song", 10.5)
        self.y = self.H - self.TOP

    def space(self, pitch: float) -> None:
        if self.y - pitch < self.BOTTOM:
            self.new_page()
        self.y -= pitch

    def paragraph(self, text: str, size: float = 11, pitch: float = 20) -> None:
        """Justified lines, a two-character first-line indent; each line gets its own
        extra spacing (0-6 pt) before justification spreads the rest of the line."""
        i, first = 0, True
        while i < len(text):
            extra = self.rng.choice(T03_EXTRA)
            indent = 2 * size if first else 0.0
            avail = self.text_width - indent
            j, w = i, 0.0
            while j < len(text):
                cw = self.width(text[j], "Song", size)
                if w + cw + (j - i) * extra > avail + 0.01:
                    break
                w += cw
                j += 1
            if j < len(text):
                if text[j] in prev4.NO_LINE_START:
                    j += 1
                    w += self.width(text[j - 1], "Song", size)
                elif text[j - 1] in prev4.NO_LINE_END:
                    j -= 1
                    w -= self.width(text[j], "Song", size)
            line = text[i:j]
            gap = extra
            if j < len(text) and len(line) > 1:
                gap = (avail - w) / (len(line) - 1)
            self.extras.append(extra)
            self.space(pitch)
            self.chars(self.LEFT + indent, self.y, line, "Song", size, gap)
            i, first = j, False

    def line(self, text: str, font: str, size: float, centre: bool, before: float) -> None:
        self.space(before + size)
        if centre:
            self.centred(self.y, text, font, size)
        else:
            self.chars(self.LEFT, self.y, text, font, size, 0.0)
        self.y -= size * 0.5

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


def build_wide_spacing(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    pg = CharPages(path)
    pg.new_page()
    pg.line(T03_TITLE, "Song", 16, True, 6)
    pg.y -= 8
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []
    for head, idx in T03_OUTLINE:
        pg.line(head, "Kai", 14, False, 12)
        headings.append({"text": head, "level": 1})
        for i in idx:
            pg.paragraph(paras[i])
            used.append(paras[i])
            if i in T03_KEEP:
                must.append(base.clause(paras[i]))
    pg.save()
    n = more.pages(path)
    assert n == 3, f"{path.name}: {n} pages"
    assert min(pg.extras) == 0.0 and max(pg.extras) == 6.0, pg.extras
    for page, head in enumerate(prev4.header_lines(path), 1):
        assert more.squash(head) == more.squash(T03_HEADER), (page, head)
    gold: Gold = {
        "title": T03_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [T03_HEADER],
        "must_not_have": [],
        "note": (
            "3 pages drawn by reportlab one character at a time (a separate "
            "drawString, so a separate BT/ET text object, for every character of the "
            "header, title, headings, body and footer), as some Foxit/WPS exports "
            "write; body 11 pt AR PL SungtiL GB, each line justified with its own "
            "extra inter-character spacing (0 to 6 pt before the justification, "
            f"{len(pg.extras)} lines), so word gaps are not a reliable cue and "
            "pdftotext -layout may print spaces between characters of one word (not "
            "spaces in the text: gold has none); title the 16 pt centred line, 一、 "
            "lines 14 pt AR PL KaitiM GB at the left margin are level 1; the header "
            "line (centred, ruled) on every page is running; - N - footers are page numbers"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, more.pdftext(path), gold)
    return gold


# ------------------------------------------------------ t04 unnumbered ctexart

T04_TITLE = "扩大内需与深化改革的若干思考"
T04_AUTHOR = "东川经济研究所课题组"
T04_ABSTRACT = 9
# (section, paragraphs, [(subsection, paragraphs)]); paragraphs in T04_RUNIN are set
# with their lead sentence as a \paragraph run-in heading
T04_OUTLINE: Outline = [
    ("引言", [0, 1], []),
    ("发展回顾", [2], [("科技与文化", [3, 4]), ("国防与外交", [5, 6, 7])]),
    ("总体要求与主要目标", [10, 11, 12], []),
    (
        "重点任务",
        [],
        [
            ("扩大内需与区域协调", [13, 14, 15]),
            ("民生保障", [17, 18, 19, 20, 21, 22]),
            ("科技与文化建设", [23, 24]),
        ],
    ),
    ("结语", [25, 27], []),
]
T04_RUNIN = {3, 4, 7, 17, 18, 19, 20, 21, 22, 23, 24}
T04_KEEP = {1, 4, 11, 14, 27}


def build_unnumbered(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    abstract = paras[T04_ABSTRACT]
    used = [abstract]
    must: list[str] = []
    headings: list[dict[str, Any]] = [{"text": "摘要", "level": 1}]
    leads: list[str] = []
    tex = [
        "\\maketitle\\thispagestyle{fancy}",
        "\\begin{abstract}\n" + more.tex_escape(abstract) + "\n\\end{abstract}",
    ]

    def body(idx: list[int]) -> None:
        for i in idx:
            p = paras[i]
            used.append(p)
            if i in T04_RUNIN:
                lead = third.lead(p)
                assert len(lead) <= 20, lead
                leads.append(lead)
                tex.append(
                    f"\\paragraph{{{more.tex_escape(lead)}}}{more.tex_escape(p[len(lead) :])}"
                )
            else:
                tex.append(more.tex_escape(p))
            if i in T04_KEEP:
                must.append(base.clause(p))

    for sec, n1, subs in T04_OUTLINE:
        tex.append(f"\\section*{{{sec}}}")
        headings.append({"text": sec, "level": 1})
        body(n1)
        for sub, n2 in subs:
            tex.append(f"\\subsection*{{{sub}}}")
            headings.append({"text": sub, "level": 2})
            body(n2)
    doc = (
        "\\documentclass[a4paper,zihao=-4]{ctexart}\n"
        "\\usepackage[top=3cm,bottom=2.6cm,left=2.8cm,right=2.6cm]{geometry}\n"
        "\\usepackage{fancyhdr}\n\\pagestyle{fancy}\\fancyhf{}\n"
        f"\\fancyhead[C]{{\\small {T04_TITLE}}}\\fancyfoot[C]{{\\thepage}}\n"
        f"\\title{{{T04_TITLE}}}\\author{{{T04_AUTHOR}}}\\date{{2013年5月}}\n"
        "\\begin{document}\n" + "\n\n".join(tex) + "\n\\end{document}\n"
    )
    base.xelatex(doc, path)
    n = more.pages(path)
    assert n >= 3, f"{path.name}: {n} pages"
    for page, head in enumerate(prev4.header_lines(path), 1):
        assert more.squash(head) == T04_TITLE, (page, head)
    text = more.pdftext(path)
    assert "摘要" in text and "目录" not in more.squash(text)
    gold: Gold = {
        "title": T04_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [T04_TITLE],
        "must_not_have": [],
        "note": (
            f"{n} pages, ctexart with \\maketitle (title, the 课题组 author line and the "
            "date: metadata), no table of contents; the article title is also the "
            "fancyhdr header of every page, the first included (running: the same "
            "string as the title; the title is the \\maketitle line); the abstract "
            "block's centred 摘要 label is taken as a level-1 heading (as t01's 摘要); "
            "\\section* headings (unnumbered, no 一、 or 1) are level 1, \\subsection* "
            "level 2, as printed; the \\paragraph run-in leads (the bold first "
            f"sentences of {len(leads)} paragraphs, e.g. {leads[0]}) are part of their "
            "paragraph: body, not headings (one must_have passage starts with one); "
            "page numbers not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ------------------------------------------------------------------------ main


SOURCE_HEAD = (
    "# Documents made with real tools, fifth set (development data)\n\n"
    "Made as development data after the fourth set (`realdocs-made4`), each a layout\n"
    "pattern the earlier sets lack: PDF/DOCX t01-t04 by `python eval/make_realdocs5_files.py`,\n"
    "HTML pages (t07 on) by their own script. Texts come only from the public government\n"
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
    "| t01_lo_thesis.pdf | python-docx → LibreOffice, gwr 2015 (`eval/make_realdocs5_files.py`, as t02-t04) | master's thesis: cover form fields (`题　　目：` over two lines, `姓　　名：`, `学　　号：`, `指导教师：`, date), `摘要` + `关键词：`, English `ABSTRACT` + `Key words:`, `目　录` with dotted leaders, `第1章`/`1.1` in Heading 1/2, `参考文献` with `[1]` entries, `致谢` (摘要/ABSTRACT/参考文献/致谢 level 1); odd headers the chapter name, even headers `东川大学硕士学位论文`; page numbers |",
    "| t02_docx_localized_styles.docx | python-docx + styles XML, gwr 2016 | styles named as Chinese Word/WPS save them: `标题 1`/`标题 2` (styleIds `1`/`2`) based on `正文` (styleId `a`, default), title in `标题` (styleId `a3`); no English-named heading styles, no outline levels; `一、`/`（一）` typed |",
    "| t03_reportlab_wide_spacing.pdf | reportlab, one `drawString` per character (AR PL SungtiL GB / KaitiM GB), gwr 2017 | every character its own text object; justified 11 pt lines with extra inter-character spacing varying 0-6 pt line to line; 16 pt centred title, `一、` 14 pt headings; ruled running header; `- N -` footer; 3 pages |",
    "| t04_latex_unnumbered.pdf | XeLaTeX + ctex (`ctexart`, `fancyhdr`), gwr 2013 | only unnumbered `\\section*` (level 1) / `\\subsection*` (level 2), `\\paragraph{…。}` run-in leads inside paragraphs (body), `abstract` block (`摘要` level 1), no TOC, article title in the header of every page (running) |",
]

BUILDERS: dict[str, tuple[Any, int]] = {
    "t01_lo_thesis.pdf": (build_thesis, 2015),
    "t02_docx_localized_styles.docx": (build_localized_docx, 2016),
    "t03_reportlab_wide_spacing.pdf": (build_wide_spacing, 2017),
    "t04_latex_unnumbered.pdf": (build_unnumbered, 2013),
}


def main(argv: list[str] | None = None) -> int:
    return more.make_set(argv, __doc__, BUILDERS, "realdocs-made5", ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
