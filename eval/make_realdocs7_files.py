# ruff: noqa: E501  (the SOURCE.md rows, the LaTeX preamble and the OOXML snippets are kept on one line each)
"""Make the PDF/DOCX documents of ``realdocs-made7`` (v01-v06) with real tools, and their gold.

A seventh set of development documents, made after ``realdocs-made6``
(``make_realdocs6_files.py``; its helpers and those of the earlier makers are reused).
Each document is a layout pattern met in real Chinese documents and not in the earlier
sets; the texts come only from the public government work reports 2013-2017
(../shared/data/gov-work-reports), whole paragraphs (labels, names, dates, comments,
placeholders, the minutes' opening and attendance lines, the standard's foreword and
scope lines and the journal's English abstract are written here):

- ``v01_docx_tracked_changes.docx`` (gwr 2016): a draft under review: Word revision
  marks (``w:ins``/``w:del`` in the title, two headings and three paragraphs, a whole
  paragraph deleted with its paragraph mark, a whole paragraph inserted, a paragraph
  moved with ``w:moveFrom``/``w:moveTo``, a heading whose style change is tracked in
  ``w:pPrChange``, a run with ``w:rPrChange``) and two comments (``comments.xml``);
  the text read is the text with every change accepted;
- ``v02_docx_auto_numbered_headings.docx`` (gwr 2014): Heading 1-3 styles linked to a
  multilevel list in ``numbering.xml`` (``chineseCounting`` ``一、``/``（一）`` and
  decimal ``1.``), so that no heading number is in the text; one Heading 1 with its
  numbering switched off (``w:numId 0``);
- ``v03_docx_content_controls.docx`` (gwr 2017): a Word cover page in a block
  ``w:sdt`` (``Cover Pages`` gallery) whose title, organisation, author and date are
  content controls bound to the document properties, two controls still showing their
  placeholder text, a ``TOC`` field inside a ``Table of Contents`` ``w:sdt`` with cached
  entries, a whole section of the body inside a rich-text ``w:sdt``, and a figure
  inside a run-level ``w:sdt`` in mid-sentence;
- ``v04_lo_meeting_minutes.pdf`` (gwr 2015): a 会议纪要 (Word -> LibreOffice): red
  masthead, issue number, issuer/date line over a red rule, title, an opening line,
  ``一、关于…`` topics, 出席/列席/请假 lines, an attachment note, the attachment on its own
  page (``附件`` label, title, ``一、`` sections) and a 分送/印发 版记 block at the end;
- ``v05_lo_journal_columns.pdf`` (gwr 2013): a journal paper (Word -> LibreOffice)
  whose front matter is one column and whose body is a two-column section (continuous
  section break): 中图分类号/文献标识码/文章编号 line, 摘要/关键词, English title and
  abstract, ``0 引言``, ``1``/``1.1`` headings, ``参考文献：`` with ``[n]`` entries,
  received-date/author notes in a first-page footer, journal page numbers from 45, a
  different first-page header and odd/even headers;
- ``v06_latex_local_standard.pdf`` (gwr 2015): a local standard (地方标准) set after
  GB/T 1.1 with XeLaTeX: cover (ICS/CCS codes, ``DB36``, standard number, title,
  English title, 发布/实施 dates, issuing body), 前言 with a roman page number, the title
  repeated over the body, clause headings ``1``/``4.1``/``4.1.1`` in the sans face at
  the body size (not bold), numbered clauses without a title (``4.2.1　…`` opening
  their paragraphs: body), the standard number as an odd-right/even-left header.

Gold is written from what each builder put in the document, decided as a reader reads
it (never from reader output); titles, headings, passages and running lines are checked
against the printed text (``pdftotext -layout``; for the DOCX files, the text of their
XML parts with every revision accepted, and a LibreOffice rendering).
Run once; the outputs are committed, so nothing else needs these tools:

    python eval/make_realdocs7_files.py [--out eval/data/realdocs-made7] [--only v01 ...]
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs4_files as prev4
import make_realdocs5_files as prev5
import make_realdocs6_files as prev6

ROOT = Path(__file__).resolve().parents[1]
MINE = ("v01_", "v02_", "v03_", "v04_", "v05_", "v06_")
Gold = dict[str, Any]
Outline = list[tuple[str, list[int], list[tuple[str, list[int]]]]]
SERIF, SANS, KAI = prev6.SERIF, prev6.SANS, prev6.KAI
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def xml_el(xml: str) -> Any:
    """One WordprocessingML element from a snippet written without namespace declarations."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(re.sub(r"^<([\w:]+)", lambda m: f"<{m.group(1)} {nsdecls('w')}", xml))


def t_run(text: str, deleted: bool = False, rpr: str = "") -> str:
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def rewrite_part(path: Path, name: str, edit: Callable[[str], str]) -> None:
    """Rewrite one XML part of a DOCX (zip) in place."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    assert name in {i.filename for i, _ in items}, name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == name:
                data = edit(data.decode("utf-8")).encode("utf-8")
            z.writestr(info, data)


def accepted_paragraphs(path: Path) -> list[str]:
    """The body paragraphs of a DOCX as Word shows them with every revision accepted:
    text in ``w:del``/``w:moveFrom`` dropped, ``w:delText`` never read, a paragraph whose
    mark is deleted or moved away joined to the next one, empty paragraphs left out;
    text in content controls (``w:sdt``) and field results kept."""
    from lxml import etree

    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    gone = {w("del"), w("moveFrom")}
    out: list[str] = []
    carry = ""
    for p in root.iter(w("p")):
        text = carry
        for t in p.iter(w("t")):
            if not any(a.tag in gone for a in t.iterancestors()):
                text += t.text or ""
        mark = p.find(f"{w('pPr')}/{w('rPr')}")
        if mark is not None and (
            mark.find(w("del")) is not None or mark.find(w("moveFrom")) is not None
        ):
            carry = text
            continue
        carry = ""
        if text.strip():
            out.append(text)
    return out


def lo_render(docx_path: Path, tmp: Path, settings_tag: str = "") -> Path:
    """A LibreOffice PDF of a DOCX; ``settings_tag`` goes into a copy's settings.xml
    first (``<w:revisionView w:insDel="0"/>``: show the text with the changes accepted)."""
    copy = tmp / docx_path.name
    shutil.copy(docx_path, copy)
    if settings_tag:
        rewrite_part(
            copy, "word/settings.xml", lambda s: s.replace("<w:zoom", settings_tag + "<w:zoom", 1)
        )
    return base.lo_pdf(copy, tmp)


# ------------------------------------------------------------ v01 tracked changes

V01_ORG = "东川省人民政府研究室"
V01_TITLE = "东川省人民政府2016年重点工作安排"
V01_TITLE_DEL, V01_TITLE_INS = "（征求意见稿）", "（送审稿）"
V01_REVIEWERS = (("李华", "LH", "2016-02-22T09:14:00Z"), ("王明", "WM", "2016-02-23T15:40:00Z"))
V01_COMMENTS = ("请核实预期目标区间的表述。", "建议与省发展改革委的任务分工方案衔接。")
V01_DEL_SENTENCE_FROM = (2015, 29)  # the first sentence of this gwr paragraph was struck out
V01_KEEP = {14, 16, 17, 24, 25}


def build_tracked_changes(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paras = third.whole(year, None)
    struck = third.lead(third.whole(V01_DEL_SENTENCE_FROM[0], None)[V01_DEL_SENTENCE_FROM[1]])
    d = docx.Document()
    more.a4(d, top=2.54, bottom=2.54, left=3.0, right=2.6)
    d.core_properties.title = ""
    d.core_properties.author = "yjs"
    more.cjk_font(d.styles["Normal"], SERIF, 12)
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    more.cjk_font(d.styles["Title"], SANS, 22)
    for name, size in (("Heading 1", 16), ("Heading 2", 14)):
        st = d.styles[name]
        more.cjk_font(st, SANS, size)
        st.font.bold = True
        st.font.color.rgb = None
    hp = d.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.add_run(V01_ORG).font.size = Pt(9)
    prev4.page_footer(d.sections[0].footer.paragraphs[0], "", "")

    ids = iter(range(101, 200))
    (a1, i1, _), (a2, i2, _) = V01_REVIEWERS

    def who(k: int) -> str:
        name, _, date = V01_REVIEWERS[k]
        return f'w:id="{next(ids)}" w:author="{name}" w:date="{date}"'

    def add(p: Any, xml: str) -> None:
        p._p.append(xml_el(xml))

    def ins(p: Any, text: str, k: int = 0) -> None:
        add(p, f"<w:ins {who(k)}>{t_run(text)}</w:ins>")

    def dele(p: Any, text: str, k: int = 0) -> None:
        add(p, f"<w:del {who(k)}>{t_run(text, deleted=True)}</w:del>")

    def mark(p: Any, kind: str, k: int = 0) -> None:
        """The paragraph mark itself inserted, deleted or moved (``w:pPr/w:rPr``)."""
        ppr = p._p.get_or_add_pPr()
        ppr.append(xml_el(f"<w:rPr><w:{kind} {who(k)}/></w:rPr>"))

    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []  # the body paragraphs with every change accepted
    order: list[str] = [V01_TITLE + V01_TITLE_INS]  # all paragraphs so, in order
    struck_out: list[str] = []  # text only in deletions, moved-from ranges or comments

    title = d.add_paragraph(style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(V01_TITLE)
    dele(title, V01_TITLE_DEL, 1)
    ins(title, V01_TITLE_INS, 1)

    def head(level: int, keep: str, inserted: str = "", deleted: str = "", after: str = "") -> Any:
        p = d.add_paragraph(style=f"Heading {level}")
        p.add_run(keep)
        if inserted:
            ins(p, inserted)
        if after:
            p.add_run(after)
        if deleted:
            dele(p, deleted, 1)
        text = keep + inserted + after
        headings.append({"text": text, "level": level})
        order.append(text)
        return p

    def para(i: int) -> Any:
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(24)
        used.append(paras[i])
        order.append(paras[i])
        if i in V01_KEEP:
            must.append(base.clause(paras[i]))
        return p

    def plain(i: int) -> Any:
        p = para(i)
        p.add_run(paras[i])
        return p

    def swap(i: int, old: str, new: str, k: int = 0) -> None:
        """Paragraph ``i`` whose first occurrence of ``new`` replaced ``old`` (tracked)."""
        before, after = paras[i].split(new, 1)
        p = para(i)
        p.add_run(before)
        dele(p, old, k)
        ins(p, new, k)
        p.add_run(after)

    head(1, "一、2015年工作回顾")
    plain(0)
    # paragraph 2: a sentence after its first one struck out
    p = para(2)
    first = third.lead(paras[2])
    p.add_run(first)
    dele(p, struck, 0)
    p.add_run(paras[2][len(first) :])
    struck_out.append(struck[:-1])
    # paragraph 4: deleted whole, with its paragraph mark
    gone = d.add_paragraph()
    gone.paragraph_format.first_line_indent = Pt(24)
    mark(gone, "del", 1)
    dele(gone, paras[4], 1)
    struck_out.append(base.clause(paras[4]))
    plain(5)
    head(1, "二、主要", inserted="预期", after="目标")
    p = para(11)
    lead11 = third.lead(paras[11])
    r = p.add_run(lead11)
    p.add_run(paras[11][len(lead11) :])
    d.add_comment(r, V01_COMMENTS[0], author=a1, initials=i1)
    struck_out.append(V01_COMMENTS[0])
    plain(12)
    swap(14, "加力增效", "加大力度", 0)
    swap(16, "松紧适度", "灵活适度", 1)
    h3 = head(1, "三、重点工作安排", deleted="与任务分工")
    d.add_comment(h3.runs[0], V01_COMMENTS[1], author=a2, initials=i2)
    struck_out.append(V01_COMMENTS[1])
    h = head(2, "（一）深化供给侧结构性改革")
    # its style change (Normal -> Heading 2) is a tracked paragraph-property change
    h._p.get_or_add_pPr().append(xml_el(f"<w:pPrChange {who(0)}><w:pPr/></w:pPrChange>"))
    # paragraph 24 stood here and was moved under （二）: the moved-from copy
    src = d.add_paragraph()
    src.paragraph_format.first_line_indent = Pt(24)
    mark(src, "moveFrom", 0)
    add(src, f'<w:moveFromRangeStart {who(0)} w:name="move443112"/>')
    add(src, f"<w:moveFrom {who(0)}>{t_run(paras[24])}</w:moveFrom>")
    add(src, f'<w:moveFromRangeEnd w:id="{next(ids)}"/>')
    plain(17)
    p = plain(18)
    # a run whose bold was taken away (tracked formatting change)
    p.runs[0]._r.get_or_add_rPr().append(
        xml_el(f"<w:rPrChange {who(1)}><w:rPr><w:b/></w:rPr></w:rPrChange>")
    )
    head(2, "（二）扩大对外开放")
    plain(23)
    dst = para(24)
    mark(dst, "moveTo", 0)
    add(dst, f'<w:moveToRangeStart {who(0)} w:name="move443112"/>')
    add(dst, f"<w:moveTo {who(0)}>{t_run(paras[24])}</w:moveTo>")
    add(dst, f'<w:moveToRangeEnd w:id="{next(ids)}"/>')
    new = para(25)  # inserted whole, with its paragraph mark
    mark(new, "ins", 1)
    ins(new, paras[25], 1)
    head(2, "（三）保障和改善民生")
    plain(29)
    plain(30)
    d.settings.element.append(xml_el("<w:trackRevisions/>"))
    d.save(str(path))

    # check: the accepted text is what the gold says, the struck text is in the file only
    # as deletions, moved-from text and comments, and LibreOffice agrees
    read = accepted_paragraphs(path)
    assert read == order, [x[:20] for x in read]
    accepted = "\n".join(read) + "\n" + V01_ORG
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        comments = z.read("word/comments.xml").decode("utf-8")
        settings = z.read("word/settings.xml").decode("utf-8")
    for tag in (
        "w:ins ",
        "w:del ",
        "w:moveFrom ",
        "w:moveTo ",
        "w:pPrChange",
        "w:rPrChange",
        "w:delText",
    ):
        assert f"<{tag}" in xml, tag
    assert xml.count("<w:commentReference") == 2 and all(c in comments for c in V01_COMMENTS)
    assert "<w:trackRevisions/>" in settings
    raw = more.squash(prev4.docx_text(path) + re.sub(r"<[^>]+>", "", xml) + comments)
    for s in struck_out:
        assert more.squash(s) in raw and more.squash(s) not in more.squash(accepted), s
    with tempfile.TemporaryDirectory() as t:
        (Path(t) / "a").mkdir()
        (Path(t) / "b").mkdir()
        shown = more.squash(
            more.pdftext(lo_render(path, Path(t) / "a", '<w:revisionView w:insDel="0"/>'))
        )
        marked = more.squash(more.pdftext(lo_render(path, Path(t) / "b")))
    for s in [V01_TITLE + V01_TITLE_INS, *(h["text"] for h in headings), *must]:
        assert more.squash(s) in shown, s
    for s in struck_out[:2]:
        assert more.squash(s) not in shown and more.squash(s) in marked, s
    moved = more.squash(base.clause(paras[24]))
    assert shown.count(moved) == 1 and marked.count(moved) == 2, "moved paragraph"
    gold: Gold = {
        "title": V01_TITLE + V01_TITLE_INS,
        "headings": headings,
        "must_have": must,
        "running": [V01_ORG],
        "must_not_have": struck_out,
        "note": (
            "a draft with Word revision marks (track changes on, two reviewers) and two "
            "comments; it is read as Word prints it with every change accepted: deleted "
            "text (w:delText in w:del) and the moved-from copy (w:moveFrom, its text in "
            "w:t) are not text, inserted (w:ins) and moved-to (w:moveTo) text is; the "
            f"Title-styled title reads {V01_TITLE}{V01_TITLE_INS} (（征求意见稿） deleted, "
            "（送审稿） inserted); Heading 1 二、主要预期目标 has 预期 inserted, Heading 1 "
            "三、重点工作安排 lost 与任务分工 (deleted); （一） is Heading 2 by a tracked "
            "style change (w:pPrChange, formerly Normal): a heading; must_have: two "
            "paragraphs whose first 18 characters hold a tracked replacement (加力增效 -> "
            "加大力度, 松紧适度 -> 灵活适度), a paragraph after which the moved-from copy "
            "stood (the moved paragraph is due only after it, at its new place under "
            "（二）), the moved paragraph, and a paragraph inserted whole; must_not_have: "
            "a sentence struck out of the second paragraph, the start of a paragraph "
            "deleted whole with its mark, and the two comment texts (comments are not "
            f"body); the header line {V01_ORG} is running; page numbers not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, accepted, {**gold, "must_not_have": []})
    return gold


# ------------------------------------------------- v02 auto-numbered heading styles

V02_TITLE = "2014年全省经济社会发展形势分析报告"
V02_BYLINE = "东川省统计局综合处　2014年4月"
# (heading, level, gwr paragraphs under it); the numbers come from numbering.xml
V02_OUTLINE: list[tuple[str, int, list[int]]] = [
    ("发展回顾", 1, []),
    ("经济运行", 2, [0, 2]),
    ("结构调整", 2, []),
    ("农业与产业结构", 3, [3, 4]),
    ("基础设施与创新驱动", 3, [5, 6]),
    ("民生保障", 2, [8, 9, 10]),
    ("主要预期目标", 1, [19, 20, 21]),
    ("重点工作", 1, []),
    ("深化改革", 2, [24, 25]),
    ("扩大开放", 2, [26, 27, 28]),
    ("扩大内需", 2, [30]),
    ("消费", 3, [31]),
    ("投资", 3, [32]),
    ("农业农村", 2, [34, 35, 36]),
    ("政府建设", 1, [47, 48, 49]),
]
V02_CLOSING = "结束语"  # Heading 1 with its numbering switched off (w:numId 0)
V02_CLOSING_PARAS = [54]
V02_KEEP = {0, 5, 21, 28, 48}
V02_NUM_ID = 21  # numIds 1-9 and abstractNumIds 0-8 are taken by the default template


def chinese_heading_numbering(doc: Any) -> None:
    """Link Heading 1/2/3 to one multilevel list as Chinese Word templates set it:
    ``一、`` (chineseCounting), ``（一）`` (chineseCounting), ``1.`` (decimal), nothing
    between the number and the text; the numbers are never in the runs."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    lvls = (
        ("chineseCounting", "%1、", "Heading1"),
        ("chineseCounting", "（%2）", "Heading2"),
        ("decimal", "%3.", "Heading3"),
    )
    body = "".join(
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:pStyle w:val="{style}"/>'
        f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        for k, (fmt, text, style) in enumerate(lvls)
    )
    numbering = doc.part.numbering_part.element
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{V02_NUM_ID}"><w:nsid w:val="5D2A11C4"/>'
        f'<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="1B9A6C2E"/>{body}</w:abstractNum>'
    )
    first_num = numbering.find(absnum.tag.replace("abstractNum", "num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{V02_NUM_ID}"><w:abstractNumId w:val="{V02_NUM_ID}"/></w:num>'
        )
    )
    for lvl in range(3):
        num_pr = doc.styles[f"Heading {lvl + 1}"].element.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = lvl
        num_pr.get_or_add_numId().val = V02_NUM_ID


def printed_numbers(outline: list[tuple[str, int, list[int]]]) -> list[str]:
    """The heading texts as Word prints them with the list of ``chinese_heading_numbering``."""
    count = [0, 0, 0]
    out = []
    for text, level, _ in outline:
        count[level - 1] += 1
        count[level:] = [0] * (3 - level)
        n = count[level - 1]
        out.append(
            [f"{prev6.zh_number(n)}、", f"（{prev6.zh_number(n)}）", f"{n}."][level - 1] + text
        )
    return out


def build_auto_numbered(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paras = third.whole(year, None)
    d = docx.Document()
    more.a4(d, top=2.54, bottom=2.54, left=3.0, right=2.6)
    d.core_properties.title = ""
    d.core_properties.author = "zhc"
    more.cjk_font(d.styles["Normal"], SERIF, 12)
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    more.cjk_font(d.styles["Title"], SANS, 22)
    for lvl, (font, size) in enumerate(((SANS, 16), (KAI, 15), (SERIF, 12)), 1):
        st = d.styles[f"Heading {lvl}"]
        more.cjk_font(st, font, size)
        st.font.bold = True
        st.font.color.rgb = None
        st.paragraph_format.space_before = Pt(8 if lvl == 1 else 4)
        st.paragraph_format.space_after = Pt(4)
    chinese_heading_numbering(d)
    prev4.page_footer(d.sections[0].footer.paragraphs[0], "第 ", " 页")
    t = d.add_paragraph(V02_TITLE, style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    by = d.add_paragraph(V02_BYLINE)
    by.alignment = WD_ALIGN_PARAGRAPH.CENTER
    printed = printed_numbers(V02_OUTLINE)
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []

    def body(idx: list[int]) -> None:
        for i in idx:
            d.add_paragraph(paras[i]).paragraph_format.first_line_indent = Pt(24)
            used.append(paras[i])
            if i in V02_KEEP:
                must.append(base.clause(paras[i]))

    for (text, level, idx), shown in zip(V02_OUTLINE, printed, strict=True):
        d.add_heading(text, level=level)
        # gold as stored, without the number Word prints: the shared set's convention
        headings.append({"text": text, "level": level, "printed": shown})
        body(idx)
    closing = d.add_heading(V02_CLOSING, level=1)
    num_pr = closing._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = 0
    headings.append({"text": V02_CLOSING, "level": 1, "printed": V02_CLOSING})
    body(V02_CLOSING_PARAS)
    d.save(str(path))

    text = prev4.docx_text(path)
    with zipfile.ZipFile(path) as z:
        numbering = z.read("word/numbering.xml").decode("utf-8")
        styles = z.read("word/styles.xml").decode("utf-8")
    assert numbering.count('w:val="chineseCounting"') == 2, "一、/（一） levels"
    assert styles.count(f'<w:numId w:val="{V02_NUM_ID}"/>') == 3, "Heading 1-3 linked to the list"
    for h in headings[:-1]:
        assert more.squash(h["printed"]) not in more.squash(text), f"typed: {h['printed']}"
    with tempfile.TemporaryDirectory() as tmp:
        pdf = lo_render(path, Path(tmp))
        lines = [more.squash(ln) for ln in more.pdftext(pdf).splitlines() if ln.strip()]
        n = more.pages(pdf)
    for h in headings:
        assert more.squash(h.pop("printed")) in lines, (
            f"LibreOffice does not print {h['text']!r} with its number alone on a line"
        )
    assert V02_CLOSING in lines and not any(ln.endswith("、" + V02_CLOSING) for ln in lines)
    gold: Gold = {
        "title": V02_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [],
        "must_not_have": [],
        "note": (
            "headings are in Heading 1/2/3, and each of these styles is linked (w:numPr in "
            "the style) to one multilevel list in numbering.xml: level 0 chineseCounting "
            "%1、, level 1 chineseCounting （%2）, level 2 decimal %3., no tab after the "
            "number (w:suff nothing); so the numbers 一、/（一）/1. are printed by Word "
            "and LibreOffice but are in no w:t of the file; gold takes the headings as "
            "stored, without the number, as the shared set's d01/d03 golds do (发展回顾, "
            "结构调整, 消费: levels 1/2/3); the last Heading 1 结束语 has its numbering switched "
            "off in its own w:pPr (w:numId 0), so it prints without a number (level 1); "
            f"a reader that numbers it 五、 is wrong; {n} pages (LibreOffice); the "
            "Title-styled title; the centred 统计局 byline under it is metadata; "
            "第 N 页 footers are page numbers"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text + "\n" + "\n".join(lines), gold)
    return gold


# ---------------------------------------------- v03 content controls and a TOC field

V03_ORG = "东川省发展研究中心"
V03_TITLE = "2017年全省经济形势分析与政策建议"
V03_SUBTITLE_PH = "[文档副标题]"
V03_ABSTRACT_PH = "[在此处添加文档摘要。摘要通常是对文档内容的简短总结。]"
V03_AUTHOR = "经济形势分析课题组"
V03_DATE = ("2017-03-20T00:00:00Z", "2017年3月20日")
V03_FORM = "报送单位："
V03_FORM_PH = "单击或点击此处输入文字。"
V03_GROWTH = "国内生产总值增长6.5%左右"  # a run-level content control in paragraph 8
V03_OUTLINE: Outline = [
    ("一、2016年经济运行回顾", [0, 1, 2], []),
    ("二、2017年主要目标和政策取向", [8, 9], []),
    (
        "三、重点工作建议",  # the whole part in a rich-text content control
        [],
        [
            ("（一）推进供给侧结构性改革", [10, 11, 13]),
            ("（二）培育壮大新动能", [20, 21, 24]),
            ("（三）深化农业农村改革", [25, 27]),
        ],
    ),
    ("四、政策建议", [35, 40], []),
]
V03_KEEP = {1, 8, 11, 24, 40}
V03_WRAPPED = "三、重点工作建议"
CORE_ITEM = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"
APP_ITEM = "{6668398D-A668-4E3E-A5EB-62B293D839F1}"
DC = "xmlns:ns0='http://purl.org/dc/elements/1.1/' xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties' "
APP = "xmlns:ns0='http://schemas.openxmlformats.org/officeDocument/2006/extended-properties' "


def sdt_pr(sid: int, alias: str = "", extra: str = "") -> str:
    name = f'<w:alias w:val="{alias}"/><w:tag w:val=""/>' if alias else ""
    return f'<w:sdtPr>{name}<w:id w:val="{sid}"/>{extra}</w:sdtPr>'


def rpr(font: str, half_points: int, bold: bool = False, color: str = "") -> str:
    return (
        f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
        + ("<w:b/>" if bold else "")
        + (f'<w:color w:val="{color}"/>' if color else "")
        + f'<w:sz w:val="{half_points}"/></w:rPr>'
    )


def cover_sdt() -> str:
    """A Word cover page (``Cover Pages`` building block): every field a content
    control, the company, title and author bound to the document properties, the
    subtitle and abstract still showing their placeholder text, a date picker."""

    def centre(before: int = 0, after: int = 0) -> str:
        space = f'<w:spacing w:before="{before}" w:after="{after}"/>' if before or after else ""
        return f'<w:pPr><w:jc w:val="center"/>{space}</w:pPr>'

    grey = "808080"
    company = (
        f"<w:p>{centre(600)}<w:sdt>"
        + sdt_pr(
            -1739852010,
            "公司",
            f'<w:dataBinding w:prefixMappings="{APP}" w:xpath="/ns0:Properties[1]/ns0:Company[1]" w:storeItemID="{APP_ITEM}"/><w:text/>',
        )
        + f"<w:sdtContent>{t_run(V03_ORG, rpr=rpr(SANS, 32))}</w:sdtContent></w:sdt></w:p>"
    )
    title = (
        "<w:sdt>"
        + sdt_pr(
            1405259314,
            "标题",
            f'<w:dataBinding w:prefixMappings="{DC}" w:xpath="/ns1:coreProperties[1]/ns0:title[1]" w:storeItemID="{CORE_ITEM}"/><w:text/>',
        )
        + f"<w:sdtContent><w:p>{centre(3000, 360)}{t_run(V03_TITLE, rpr=rpr(SANS, 52, bold=True))}</w:p></w:sdtContent></w:sdt>"
    )
    subtitle = (
        "<w:sdt>"
        + sdt_pr(
            -1102486437,
            "副标题",
            f'<w:showingPlcHdr/><w:dataBinding w:prefixMappings="{DC}" w:xpath="/ns1:coreProperties[1]/ns0:subject[1]" w:storeItemID="{CORE_ITEM}"/><w:text/>',
        )
        + f"<w:sdtContent><w:p>{centre()}{t_run(V03_SUBTITLE_PH, rpr=rpr(SANS, 32, color=grey))}</w:p></w:sdtContent></w:sdt>"
    )
    abstract = (
        "<w:sdt>"
        + sdt_pr(688410203, "摘要", "<w:showingPlcHdr/>")
        + f'<w:sdtContent><w:p><w:pPr><w:spacing w:before="2400"/><w:ind w:left="720" w:right="720"/></w:pPr>{t_run(V03_ABSTRACT_PH, rpr=rpr(SERIF, 21, color=grey))}</w:p></w:sdtContent></w:sdt>'
    )
    author = (
        f"<w:p>{centre(2400)}<w:sdt>"
        + sdt_pr(
            -305627733,
            "作者",
            f'<w:dataBinding w:prefixMappings="{DC}" w:xpath="/ns1:coreProperties[1]/ns0:creator[1]" w:storeItemID="{CORE_ITEM}"/><w:text/>',
        )
        + f"<w:sdtContent>{t_run(V03_AUTHOR, rpr=rpr(SERIF, 28))}</w:sdtContent></w:sdt></w:p>"
    )
    date = (
        f"<w:p>{centre()}<w:sdt>"
        + sdt_pr(
            1565131776,
            "日期",
            f'<w:date w:fullDate="{V03_DATE[0]}"><w:dateFormat w:val="yyyy年M月d日"/><w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>',
        )
        + f"<w:sdtContent>{t_run(V03_DATE[1], rpr=rpr(SERIF, 28))}</w:sdtContent></w:sdt></w:p>"
    )
    brk = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    return (
        "<w:sdt>"
        + sdt_pr(
            -1021789517,
            "",
            '<w:docPartObj><w:docPartGallery w:val="Cover Pages"/><w:docPartUnique/></w:docPartObj>',
        )
        + f"<w:sdtEndPr/><w:sdtContent>{company}{title}{subtitle}{abstract}{author}{date}{brk}</w:sdtContent></w:sdt>"
    )


def toc_sdt(entries: list[tuple[int, str, str, int]]) -> str:
    """``目录`` and a ``TOC`` field with its cached entries (hyperlink, dotted tab,
    ``PAGEREF``) inside a ``Table of Contents`` content control, as Word 2013+ inserts it;
    the headings' numbers are typed, so an entry is one text run."""
    begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    hidden = "<w:rPr><w:noProof/><w:webHidden/></w:rPr>"
    lines = []
    for n, (level, text, anchor, page) in enumerate(entries):
        link = (
            f'<w:hyperlink w:anchor="{anchor}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:noProof/></w:rPr><w:t>{escape(text)}</w:t></w:r>'
            f'<w:r>{hidden}<w:tab/></w:r><w:r>{hidden}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{hidden}<w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
            f'<w:r>{hidden}<w:fldChar w:fldCharType="separate"/></w:r><w:r>{hidden}<w:t>{page}</w:t></w:r>'
            f'<w:r>{hidden}<w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'
        )
        lines.append(
            f'<w:p><w:pPr><w:pStyle w:val="TOC{level}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{third.TOC_TAB}"/></w:tabs></w:pPr>'
            f"{begin if n == 0 else ''}{link}</w:p>"
        )
    end = '<w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    head = '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>目录</w:t></w:r></w:p>'
    return (
        "<w:sdt>"
        + sdt_pr(
            -532425853,
            "",
            '<w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj>',
        )
        + f"<w:sdtEndPr><w:rPr><w:b/><w:bCs/></w:rPr></w:sdtEndPr><w:sdtContent>{head}{''.join(lines)}{end}</w:sdtContent></w:sdt>"
    )


def content_controls_docx(path: Path, paras: list[str], toc_pages: list[int]) -> dict[str, Any]:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    d = docx.Document()
    more.a4(d, top=2.54, bottom=2.54, left=3.18, right=3.18)
    d.core_properties.title = V03_TITLE
    d.core_properties.subject = ""
    d.core_properties.author = V03_AUTHOR
    more.cjk_font(d.styles["Normal"], SERIF, 12)
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    for name, font, size in (
        ("Heading 1", SANS, 16),
        ("Heading 2", KAI, 14),
        ("TOC Heading", SANS, 16),
    ):
        st = d.styles[name]
        more.cjk_font(st, font, size)
        st.font.bold = True
        st.font.color.rgb = None
    third.toc_styles(d)
    prev4.page_footer(d.sections[0].footer.paragraphs[0], "", "")
    d.sections[0].different_first_page_header_footer = True  # no page number on the cover
    headings: list[dict[str, Any]] = []
    entries: list[tuple[int, str, str, int]] = []
    must: list[str] = []
    used: list[str] = []
    wrapped: list[Any] = []

    def heading(text: str, level: int) -> Any:
        anchor = f"_Toc47{len(entries) + 3:02d}1862"
        bid = len(entries) + 10
        p = d.add_heading(level=level)
        p._p.append(xml_el(f'<w:bookmarkStart w:id="{bid}" w:name="{anchor}"/>'))
        p.add_run(text)
        p._p.append(xml_el(f'<w:bookmarkEnd w:id="{bid}"/>'))
        entries.append((level, text, anchor, toc_pages[len(entries)]))
        headings.append({"text": text, "level": level})
        return p

    def body(i: int) -> Any:
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(24)
        if paras[i].find(V03_GROWTH) > 0:
            before, after = paras[i].split(V03_GROWTH, 1)
            p.add_run(before)
            p._p.append(
                xml_el(
                    "<w:sdt>"
                    + sdt_pr(-881299126, "增长目标", "<w:text/>")
                    + f"<w:sdtContent>{t_run(V03_GROWTH)}</w:sdtContent></w:sdt>"
                )
            )
            p.add_run(after)
        else:
            p.add_run(paras[i])
        used.append(paras[i])
        if i in V03_KEEP:
            must.append(base.clause(paras[i]))
        return p

    for h1, n1, subs in V03_OUTLINE:
        part = [heading(h1, 1)]
        part += [body(i) for i in n1]
        for h2, n2 in subs:
            part.append(heading(h2, 2))
            part += [body(i) for i in n2]
        if h1 == V03_WRAPPED:
            wrapped = part
    form = d.add_paragraph()
    form.paragraph_format.space_before = Pt(24)
    form.add_run(V03_FORM)
    form._p.append(
        xml_el(
            "<w:sdt>"
            + sdt_pr(2094160395, "报送单位", "<w:showingPlcHdr/><w:text/>")
            + f"<w:sdtContent>{t_run(V03_FORM_PH, rpr=rpr(SERIF, 24, color='808080'))}</w:sdtContent></w:sdt>"
        )
    )
    # the part 三、 goes into a rich-text content control, moved there element by element
    box = xml_el(
        "<w:sdt>" + sdt_pr(-1584223911, "重点工作（由综合处填写）") + "<w:sdtContent/></w:sdt>"
    )
    wrapped[0]._p.addprevious(box)
    content = box.find(w("sdtContent"))
    for p in wrapped:
        content.append(p._p)
    # cover and TOC before the first heading, the TOC closed by a page break
    first = d.element.body[0]
    first.addprevious(xml_el(cover_sdt()))
    first.addprevious(xml_el(toc_sdt(entries)))
    brk = d.add_paragraph()
    brk.add_run().add_break(WD_BREAK.PAGE)
    first.addprevious(brk._p)
    d.save(str(path))
    rewrite_part(
        path, "docProps/app.xml", lambda s: s.replace("<Company/>", f"<Company>{V03_ORG}</Company>")
    )
    return {"headings": headings, "must": must, "used": used}


def build_content_controls(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    n_heads = sum(1 + len(subs) for _, _, subs in V03_OUTLINE)
    made = content_controls_docx(path, paras, [3] * n_heads)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = lo_render(path, Path(tmp))
        pages = [prev5.page_of(pdf, h["text"], 3) for h in made["headings"]]
    made = content_controls_docx(path, paras, pages)
    headings, must, used = made["headings"], made["must"], made["used"]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = lo_render(path, Path(tmp))
        n = more.pages(pdf)
        assert [prev5.page_of(pdf, h["text"], 3) for h in headings] == pages, "TOC pages"
        toc = more.squash(more.pdftext(pdf, 2))
        printed = more.pdftext(pdf)
    assert toc.startswith("目录") and all(more.squash(h["text"]) in toc for h in headings), toc[:80]
    text = prev4.docx_text(path)
    read = accepted_paragraphs(path)
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        core = z.read("docProps/core.xml").decode("utf-8")
        app = z.read("docProps/app.xml").decode("utf-8")
    assert xml.count("<w:sdt>") == 11 and xml.count("<w:showingPlcHdr/>") == 3, xml.count("<w:sdt>")
    assert f"<dc:title>{V03_TITLE}</dc:title>" in core and f"<Company>{V03_ORG}</Company>" in app
    assert (
        read.index(V03_TITLE)
        < read.index("目录")
        < read.index(headings[0]["text"], read.index("目录") + len(headings) + 1)
    )
    boiler = [V03_SUBTITLE_PH, V03_ABSTRACT_PH[1:10], V03_FORM_PH[:-1]]
    gold: Gold = {
        "title": V03_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [],
        "must_not_have": boiler,
        "note": (
            "a report with a Word cover page: the whole cover is a block content control "
            "(w:sdt, docPartGallery Cover Pages), and each cover field is a content control "
            "of its own: the organisation (bound to the app.xml Company), the title (a "
            "block w:sdt bound to the core title, 26 pt bold: the title), the author "
            "(bound to dc:creator) and a date picker (metadata, unscored); two cover "
            "controls still show their placeholder text (w:showingPlcHdr: [文档副标题] and "
            "the abstract's [在此处添加文档摘要。…]), as does the 报送单位： form control at "
            "the end (单击或点击此处输入文字。): placeholders are not text of the document "
            "(must_not_have; the 报送单位： label is unscored); 目录 and a TOC field whose "
            "cached entries (hyperlinks, dotted tabs, PAGEREF page numbers checked against "
            f"the LibreOffice rendering, {n} pages) sit in a Table of Contents w:sdt are "
            "neither headings nor body; Heading 1/2 with typed 一、/（一） numbers; the "
            "whole part 三、 (its Heading 1, three Heading 2 and their paragraphs, two "
            "must_have passages) is inside a rich-text block w:sdt, and a growth figure "
            "inside the first 18 characters of a must_have paragraph is a run-level "
            "w:sdt (plain text): content-control text is body; page numbers not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text + "\n" + printed, gold)
    return gold


# ------------------------------------------------------------- v04 meeting minutes

V04_MAST = "东川省人民政府专题会议纪要"
V04_ISSUE = "第16期"
V04_OFFICE = "东川省人民政府办公厅"
V04_DATE = "2015年4月8日"
V04_TITLE = "关于推进重点领域改革工作的会议纪要"
V04_OPENING = (
    "2015年4月3日，副省长张明远主持召开专题会议，听取省发展改革委、省财政厅、省国资委、"
    "省商务厅关于重点领域改革和扩大开放工作进展情况的汇报，研究部署下一步工作。现将会议"
    "议定事项纪要如下："
)
V04_TOPICS: list[tuple[str, list[int]]] = [
    ("一、关于简政放权和投融资体制改革", [26, 27]),
    ("二、关于价格和财税体制改革", [29]),
    ("三、关于国企国资改革", [30]),
    ("四、关于扩大对外开放", [33, 34]),
]
V04_ANNEX_NOTE = "附件：重点领域改革任务分工方案"
V04_PRESENT = (
    ("出席：", "张明远　刘建华　陈志强　王丽萍　赵国栋"),
    ("列席：", "省发展改革委　省财政厅　省国资委　省商务厅　省政府办公厅有关负责同志"),
    ("请假：", "孙立新"),
)
V04_ANNEX_LABEL = "附件"
V04_ANNEX_TITLE = "重点领域改革任务分工方案"
V04_ANNEX: list[tuple[str, list[int]]] = [
    ("一、科技体制改革", [47]),
    ("二、发展服务业促进就业", [45]),
]
V04_SENT_TO = "分送：省委办公厅，省人大常委会办公厅，省政协办公厅，省发展改革委，省财政厅，省国资委，省商务厅。"
V04_PRINTED = f"{V04_OFFICE}　　　　　　　　{V04_DATE}印发"
V04_KEEP = {27, 29, 34, 47, 45}


def build_minutes(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    paras = third.whole(year, None)
    d = docx.Document()
    more.a4(d, top=3.7, bottom=3.5, left=2.8, right=2.6)
    d.core_properties.title = ""
    d.core_properties.author = "szfb"
    normal = d.styles["Normal"]
    more.cjk_font(normal, SERIF, 16)
    prev6.fixed_pitch(normal.paragraph_format, 28.95)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    red = RGBColor(0xE0, 0, 0)

    def line(
        text: str, font: str = SERIF, size: float = 16, indent: float = 32, bold: bool = False
    ) -> Any:
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(indent)
        r = p.add_run(text)
        r.font.size, r.bold = Pt(size), bold
        prev4.run_font(r, font)
        return p

    # 版头: the minutes' name in red, the issue number, office and date over a red rule
    mast = line(V04_MAST, SERIF, 30, 0, True)
    mast.alignment = WD_ALIGN_PARAGRAPH.CENTER
    prev6.fixed_pitch(mast.paragraph_format, 54)
    mast.runs[0].font.color.rgb = red
    issue = line(V04_ISSUE, SERIF, 16, 0)
    issue.alignment = WD_ALIGN_PARAGRAPH.CENTER
    issue.paragraph_format.space_before = Pt(12)
    meta = line(V04_OFFICE, SERIF, 16, 0)
    meta.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    prev4.run_font(meta.add_run("\t" + V04_DATE), SERIF)
    more.border(meta, "bottom", "E00000", 18)
    d.add_paragraph()
    title = line(V04_TITLE, SERIF, 22, 0, True)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    prev6.fixed_pitch(title.paragraph_format, 40)
    d.add_paragraph()
    line(V04_OPENING)
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []

    def body(idx: list[int]) -> None:
        for i in idx:
            line(paras[i])
            used.append(paras[i])
            if i in V04_KEEP:
                must.append(base.clause(paras[i]))

    for head, idx in V04_TOPICS:
        line(head, SANS)  # 黑体-like, 16 pt, not bold
        headings.append({"text": head, "level": 1})
        body(idx)
    d.add_paragraph()
    line(V04_ANNEX_NOTE)
    d.add_paragraph()
    for label, names in V04_PRESENT:
        p = line(label, SANS, 16, 0)
        p.paragraph_format.left_indent = Pt(32 + 48)
        p.paragraph_format.first_line_indent = Pt(-48)
        prev4.run_font(p.add_run(names), SERIF)
    # the attachment on a page of its own
    line(V04_ANNEX_LABEL, SANS, 16, 0).paragraph_format.page_break_before = True
    at = line(V04_ANNEX_TITLE, SERIF, 22, 0, True)
    at.alignment = WD_ALIGN_PARAGRAPH.CENTER
    prev6.fixed_pitch(at.paragraph_format, 40)
    at.paragraph_format.space_after = Pt(14)
    headings.append({"text": V04_ANNEX_TITLE, "level": 1})
    for head, idx in V04_ANNEX:
        line(head, SANS)
        headings.append({"text": head, "level": 2})
        body(idx)
    # 版记: 分送 and 印发 between rules, at the end of the last page
    sent = line(V04_SENT_TO, SERIF, 14, 0)
    sent.paragraph_format.space_before = Pt(20)
    sent.paragraph_format.keep_with_next = True
    sent.paragraph_format.left_indent = Pt(14 + 42)
    sent.paragraph_format.first_line_indent = Pt(-42)
    more.border(sent, "top", "000000", 8)
    more.border(sent, "bottom", "000000", 4)
    printed = line(V04_PRINTED, SERIF, 14, 0)
    printed.paragraph_format.left_indent = Pt(14)
    more.border(printed, "bottom", "000000", 8)
    fp = d.sections[0].footer.paragraphs[0]
    prev4.page_footer(fp, "— ", " —")
    for r in fp.runs:
        r.font.size = Pt(14)
    src = path.with_suffix(".docx")
    d.save(str(src))
    assert base.lo_pdf(src, path.parent) == path
    n = more.pages(path)
    assert 3 <= n <= 5, f"{path.name}: {n} pages"
    text = more.pdftext(path)
    annex_page = prev5.page_of(path, V04_ANNEX_LABEL + V04_ANNEX_TITLE + V04_ANNEX[0][0], 1)
    last_main = prev5.page_of(path, base.clause(paras[V04_TOPICS[-1][1][-1]]), 1)
    assert annex_page == last_main + 1, (annex_page, last_main)
    first_annex = more.pdftext(path, annex_page)
    lines = [more.squash(x) for x in first_annex.splitlines() if x.strip()]
    assert lines[0] == V04_ANNEX_LABEL and lines[1] == V04_ANNEX_TITLE, lines[:2]
    assert more.squash(V04_SENT_TO) in more.squash(more.pdftext(path, n))
    for page in range(1, n + 1):
        assert more.squash(more.pdftext(path, page)).endswith(f"—{page}—"), page
    gold: Gold = {
        "title": V04_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [],
        "must_not_have": [V04_MAST, V04_ISSUE, V04_SENT_TO[:18], f"{V04_DATE}印发"],
        "note": (
            f"{n} pages, 会议纪要 (Word -> LibreOffice, 16 pt serif on a 28.95 pt pitch): the "
            "red masthead 东川省人民政府专题会议纪要, the issue 第16期 and the office/date "
            "line over the red rule are the 版头 (masthead and issue must_not_have, the "
            "office/date line unscored); the title is the centred 22 pt bold line under "
            "the rule; the opening line (…现将会议议定事项纪要如下：) is the maker's and "
            "unscored; the 一、关于… topic lines are in the sans face at 16 pt, not bold "
            "(level 1); the 附件： note, the 出席/列席/请假 lines (names written by the "
            "maker) are unscored; the attachment starts on a new page with the label 附件 "
            "(neither heading nor scored) and its own centred 22 pt title, taken as a "
            "level-1 heading (it heads a document of its own inside the file), its 一、 "
            "sections level 2; two must_have passages are in the attachment; the 版记 at "
            "the end (分送： list between rules, the office and 印发 date) is "
            "distribution metadata (must_not_have); — N — page numbers not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# --------------------------------------------------- v05 journal paper, LO columns

V05_JOURNAL = "东川大学学报（社会科学版）"
V05_VOL, V05_NO = "第25卷", "第3期"
V05_FIRST_HEAD = (("第25卷第3期", V05_JOURNAL, "Vol.25 No.3"), ("2013年5月", "", "May 2013"))
V05_TITLE = "扩大内需、城镇化与民生保障的协同推进研究"
V05_SHORT = "王晓东，等：扩大内需、城镇化与民生保障的协同推进研究"
V05_AUTHORS = "王晓东，李　楠"
V05_AFFIL = "（东川大学 经济学院，东川 330031）"
V05_ABSTRACT = 10
V05_KEYWORDS = "扩大内需；城镇化；社会保障；区域协调"
V05_CLC = "中图分类号：F124"
V05_ARTNO = "文章编号：1671-8023（2013）03-0045-03"
V05_EN = (
    "Coordinated Promotion of Domestic Demand, Urbanization and Social Security",
    "WANG Xiaodong, LI Nan",
    "(School of Economics, Dongchuan University, Dongchuan 330031, China)",
    "Abstract: Drawing on the government work report of 2013, this paper reviews how "
    "expanding domestic demand, promoting urbanization and improving social security "
    "support each other. It argues that a balanced regional strategy and steady "
    "urbanization widen the room for consumption and investment, while employment and "
    "social security keep growth inclusive.",
    "Key words: domestic demand; urbanization; social security; regional coordination",
)
V05_NOTES = (
    "收稿日期：2013-01-15",
    "基金项目：东川省社会科学规划项目（13JJ21）",
    "作者简介：王晓东（1975—），男，东川人，东川大学经济学院教授，博士，主要从事宏观经济研究。",
)
V05_OUTLINE: Outline = [
    ("0　引言", [0, 1], []),
    (
        "1　发展基础与总体要求",
        [],
        [("1.1　科技与文化建设", [3, 4]), ("1.2　总体要求与预期目标", [11, 12])],
    ),
    ("2　扩大内需与城镇化", [13], [("2.1　区域协调发展", [14]), ("2.2　积极稳妥推进城镇化", [15])]),
    ("3　民生保障", [], [("3.1　就业与社会保障", [17, 18]), ("3.2　医疗卫生与住房", [19, 21])]),
    ("4　结论", [25, 27], []),
]
V05_REFS = (
    "[1]　国务院. 2013年政府工作报告[R]. 北京: 人民出版社, 2013.",
    "[2]　国务院. 2012年政府工作报告[R]. 北京: 人民出版社, 2012.",
    "[3]　李建国. 城镇化与内需扩张的机制研究[J]. 东川经济研究, 2012(4): 21-27.",
    "[4]　陈晓梅. 社会保障与居民消费[M]. 东川: 东川大学出版社, 2011.",
)
V05_REF_HEAD = "参考文献："
V05_KEEP = {1, 4, 13, 18, 27}
V05_FIRST_PAGE = 45


def build_journal_columns(path: Path, year: int) -> Gold:
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    paras = third.whole(year, None)
    d = docx.Document()
    more.a4(d, top=2.6, bottom=2.4, left=2.0, right=2.0)
    d.core_properties.title = ""
    d.core_properties.author = "bjb"
    normal = d.styles["Normal"]
    more.cjk_font(normal, SERIF, 10.5)
    normal.paragraph_format.line_spacing = Pt(16)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.settings.odd_and_even_pages_header_footer = True
    width = Cm(17.0)

    def para(
        text: str, font: str = SERIF, size: float = 10.5, bold: bool = False, align: Any = None
    ) -> Any:
        p = d.add_paragraph()
        if align is not None:
            p.alignment = align
        if text:
            r = p.add_run(text)
            r.font.size, r.bold = Pt(size), bold
            prev4.run_font(r, font)
        return p

    def labelled(label: str, text: str, size: float = 9) -> Any:
        p = para(label, SANS, size, True)
        r = p.add_run(text)
        r.font.size = Pt(size)
        p.paragraph_format.left_indent = Pt(21)
        p.paragraph_format.right_indent = Pt(21)
        return p

    def three(p: Any, cells: tuple[str, str, str] | tuple[Any, ...], size: float = 9) -> None:
        """Left / centre / right on one line by tab stops; a cell ``None`` is the PAGE field."""
        tabs = p.paragraph_format.tab_stops
        tabs.add_tab_stop(width // 2, WD_TAB_ALIGNMENT.CENTER)
        tabs.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        for k, cell in enumerate(cells):
            if k:
                p.add_run("\t")
            if cell is None:
                more.add_field(p, "PAGE")
            elif cell:
                p.add_run(cell)
        for r in p.runs:
            r.font.size = Pt(size)

    # front matter, one column
    title = para(V05_TITLE, SANS, 18, True, WD_ALIGN_PARAGRAPH.CENTER)
    title.paragraph_format.space_before = Pt(6)
    title.paragraph_format.space_after = Pt(6)
    para(V05_AUTHORS, KAI, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
    para(V05_AFFIL, SERIF, 9, False, WD_ALIGN_PARAGRAPH.CENTER).paragraph_format.space_after = Pt(6)
    labelled("摘　要：", paras[V05_ABSTRACT])
    labelled("关键词：", V05_KEYWORDS)
    labelled(V05_CLC[:6], V05_CLC[6:] + "　　　文献标识码：A　　　" + V05_ARTNO)
    en = para(V05_EN[0], "Times New Roman", 12, True, WD_ALIGN_PARAGRAPH.CENTER)
    en.paragraph_format.space_before = Pt(8)
    para(V05_EN[1], "Times New Roman", 10, False, WD_ALIGN_PARAGRAPH.CENTER)
    para(V05_EN[2], "Times New Roman", 9, False, WD_ALIGN_PARAGRAPH.CENTER)
    labelled("Abstract: ", V05_EN[3][len("Abstract: ") :])
    labelled("Key words: ", V05_EN[4][len("Key words: ") :]).paragraph_format.space_after = Pt(10)
    # the body: a continuous section break into two columns
    body_sec = d.add_section(WD_SECTION.CONTINUOUS)
    body_sec.start_type = WD_SECTION.CONTINUOUS
    cols = body_sec._sectPr.find(w("cols"))
    if cols is None:
        cols = xml_el("<w:cols/>")
        body_sec._sectPr.append(cols)
    cols.set(w("num"), "2")
    cols.set(w("space"), "425")
    first = d.sections[0]
    first._sectPr.append(xml_el(f'<w:pgNumType w:start="{V05_FIRST_PAGE}"/>'))
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []

    def body(idx: list[int]) -> None:
        for i in idx:
            p = para(paras[i])
            p.paragraph_format.first_line_indent = Pt(21)
            used.append(paras[i])
            if i in V05_KEEP:
                must.append(base.clause(paras[i]))

    for h1, n1, subs in V05_OUTLINE:
        h = para(h1, SANS, 12)
        h.paragraph_format.space_before = Pt(6)
        h.paragraph_format.space_after = Pt(3)
        headings.append({"text": h1, "level": 1})
        body(n1)
        for h2, n2 in subs:
            para(h2, SANS, 10.5).paragraph_format.space_before = Pt(3)
            headings.append({"text": h2, "level": 2})
            body(n2)
    refs = para(V05_REF_HEAD, SANS, 9, True)
    refs.paragraph_format.space_before = Pt(8)
    headings.append({"text": V05_REF_HEAD, "level": 1})
    for ref in V05_REFS:
        p = para(ref, SERIF, 8)
        p.paragraph_format.left_indent = Pt(16)
        p.paragraph_format.first_line_indent = Pt(-16)
    # headers: a journal masthead on the first page, then even (page, journal, volume)
    # and odd (issue, running title, page) headers; the first-page footer holds the notes
    first.different_first_page_header_footer = True
    fh = first.first_page_header.paragraphs[0]
    three(fh, V05_FIRST_HEAD[0])
    three(first.first_page_header.add_paragraph(), V05_FIRST_HEAD[1])
    more.border(first.first_page_header.paragraphs[-1], "bottom", "000000", 6)
    even = first.even_page_header.paragraphs[0]
    three(even, (None, V05_JOURNAL, V05_VOL))
    more.border(even, "bottom", "000000", 4)
    odd = first.header.paragraphs[0]
    three(odd, (V05_NO, V05_SHORT, None))
    more.border(odd, "bottom", "000000", 4)
    ff = first.first_page_footer
    for k, note in enumerate(V05_NOTES):
        p = ff.paragraphs[0] if k == 0 else ff.add_paragraph()
        r = p.add_run(note)
        r.font.size = Pt(8)
    more.border(ff.paragraphs[0], "top", "000000", 4)
    src = path.with_suffix(".docx")
    d.save(str(src))
    assert base.lo_pdf(src, path.parent) == path
    n = more.pages(path)
    assert 2 <= n <= 4, f"{path.name}: {n} pages"
    text = third.column_text(path)
    heads = [more.squash(h) for h in prev4.header_lines(path)]
    assert heads[0] == more.squash("".join(V05_FIRST_HEAD[0])), heads[0]
    for k, head in enumerate(heads[1:], 2):
        page = V05_FIRST_PAGE + k - 1
        want = (f"{page}{V05_JOURNAL}{V05_VOL}", f"{V05_NO}{V05_SHORT}{page}")[page % 2]
        assert head == more.squash(want), (k, head)
    assert all(more.squash(x) in more.squash(more.pdftext(path, 1)) for x in V05_NOTES)
    # two columns: both halves of page 2 hold body text
    for right in (False, True):
        assert len(more.squash(prev6.half_text(path, 2, right))) > 300, right
    running = [V05_JOURNAL, V05_VOL, V05_NO, V05_SHORT, V05_FIRST_HEAD[0][0], V05_FIRST_HEAD[0][2]]
    running += [V05_FIRST_HEAD[1][0], V05_FIRST_HEAD[1][2]]
    gold: Gold = {
        "title": V05_TITLE,
        "headings": headings,
        "must_have": must,
        "running": running,
        "must_not_have": [V05_CLC, V05_ARTNO],
        "note": (
            f"{n} pages, a journal paper (Word -> LibreOffice): title, authors, affiliation, "
            "摘　要：/关键词： paragraphs, the 中图分类号/文献标识码/文章编号 line and the "
            "English title/authors/affiliation/Abstract/Key words are one column; a "
            "continuous section break starts the two-column body on the first page; the "
            "authors, affiliation, abstract (a gwr paragraph used only there), keywords "
            "and the English block are unscored; the classification line is catalogue "
            "metadata (中图分类号 and 文章编号 must_not_have, 文献标识码 unscored); "
            "headings 0　引言 … 4　结论 (sans 12 pt, level 1; 0 引言 as GB/T 7713 numbers "
            "the introduction) and 1.1　… (sans 10.5 pt, level 2), as printed with the "
            "full-width space; 参考文献： (with its colon) heads the reference list: "
            "level 1, as r01's 参考文献, its [n] entries neither headings nor scored; the "
            "first page has its own header (volume/issue, journal, Vol./No., month in "
            "Chinese and English, ruled) and a first-page footer with 收稿日期/基金项目/"
            "作者简介 (notes, unscored); later pages carry even headers (page, journal, "
            "volume) and odd headers (issue, the running title 王晓东，等：…, page): every "
            "header string is running; the journal page numbers start at 45 and are "
            "in the headers (not listed)"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ----------------------------------------------------- v06 local standard, XeLaTeX

V06_CODE = "DB36/T 835—2015"
V06_TITLE = "政府重点工作督查督办规范"
V06_EN = "Specification for supervision of key government work"
V06_ICS = ("ICS 03.160", "A 00")
V06_DATES = ("2015-06-30发布", "2015-09-01实施")
V06_ISSUER = "东川省质量技术监督局"
V06_FOREWORD = (
    "本标准按照GB/T 1.1—2009给出的规则起草。",
    "本标准由东川省人民政府办公厅提出并归口。",
    "本标准起草单位：东川省人民政府办公厅、东川省标准化研究院。",
    "本标准主要起草人：张明远、刘建华、陈志强。",
)
V06_SCOPE = (
    "本标准规定了政府重点工作督查督办的总体要求、重点任务和督查督办要求。",
    "本标准适用于东川省各级人民政府及其工作部门的重点工作督查督办。",
)
# (clause title, paragraphs, [(subclause title, paragraphs as untitled clauses,
#   [(titled sub-subclause, paragraphs)])])
V06_OUTLINE: list[
    tuple[str, list[int], list[tuple[str, list[int], list[tuple[str, list[int]]]]]]
] = [
    ("总体要求", [52, 53], []),
    (
        "重点任务",
        [],
        [
            ("深化改革", [26, 27, 28], []),
            ("扩大开放", [33, 34], []),
            ("创新驱动", [], [("科技创新", [46, 47]), ("创业就业", [49])]),
        ],
    ),
    ("督查督办", [54, 55], []),
]
V06_KEEP = {52, 27, 34, 47, 55}
V06_PREAMBLE = (
    "\\documentclass[a4paper,twoside,zihao=5]{ctexart}\n"
    "\\usepackage[top=2.5cm,bottom=2.2cm,inner=2.5cm,outer=2cm,headsep=0.7cm]{geometry}\n"
    "\\usepackage{fancyhdr}\n"
    "\\ctexset{section={name={,},number=\\arabic{section},aftername=\\quad,format=\\heiti\\zihao{5}\\raggedright,indent=0pt,beforeskip=1.2ex,afterskip=0.6ex},"
    "subsection={aftername=\\quad,format=\\heiti\\zihao{5}\\raggedright,indent=0pt,beforeskip=0.8ex,afterskip=0.6ex},"
    "subsubsection={aftername=\\quad,format=\\heiti\\zihao{5}\\raggedright,indent=0pt,beforeskip=0.8ex,afterskip=0.6ex}}\n"
    "\\pagestyle{fancy}\\fancyhf{}\\renewcommand\\headrulewidth{0pt}\n"
    "\\fancyhead[RO,LE]{\\heiti {code}}\\fancyfoot[RO,LE]{\\thepage}\n"
    "\\setlength\\parindent{2em}\n"
)


def build_local_standard(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    tex_esc = more.tex_escape
    cover = (
        "\\begin{titlepage}\n"
        f"\\noindent{{\\heiti {V06_ICS[0]}}}\\hfill{{\\heiti\\fontsize{{40}}{{40}}\\selectfont DB36}}\\\\\n"
        f"{{\\heiti {V06_ICS[1]}}}\\par\\vspace{{1.5cm}}\n"
        "\\begin{center}{\\heiti\\fontsize{28}{34}\\selectfont 东川省地方标准}\\end{center}\n"
        "\\vspace{2mm}\\noindent\\rule{\\textwidth}{0.8pt}\n"
        f"\\begin{{flushright}}{{\\heiti\\zihao{{4}} {V06_CODE}}}\\end{{flushright}}\n"
        "\\vspace{5cm}\n"
        f"\\begin{{center}}{{\\heiti\\fontsize{{26}}{{32}}\\selectfont {V06_TITLE}}}\\\\[1cm]\n"
        f"{{\\fontsize{{14}}{{18}}\\selectfont {V06_EN}}}\\end{{center}}\n"
        "\\vfill\n"
        f"\\noindent{{\\heiti\\zihao{{4}} {V06_DATES[0]}}}\\hfill{{\\heiti\\zihao{{4}} {V06_DATES[1]}}}\\\\[2mm]\n"
        "\\rule{\\textwidth}{0.8pt}\n"
        f"\\begin{{center}}{{\\heiti\\zihao{{3}} {V06_ISSUER}}}\\quad{{\\heiti\\zihao{{4}} 发布}}\\end{{center}}\n"
        "\\end{titlepage}\n"
    )
    foreword = (
        "\\pagenumbering{Roman}\n"
        "\\begin{center}{\\heiti\\zihao{3} 前\\quad 言}\\end{center}\\vspace{1ex}\n"
        + "\n\n".join(tex_esc(x) for x in V06_FOREWORD)
        + "\n\\clearpage\\pagenumbering{arabic}\n"
        f"\\begin{{center}}{{\\heiti\\zihao{{3}} {V06_TITLE}}}\\end{{center}}\\vspace{{1ex}}\n"
    )
    tex = [cover, foreword]
    headings: list[dict[str, Any]] = [{"text": "前　言", "level": 1}]
    must: list[str] = []
    used: list[str] = []
    clauses: list[str] = []

    def body(i: int, number: str = "") -> None:
        text = f"{number}　{paras[i]}" if number else paras[i]
        if number:  # an untitled clause: its number opens the paragraph, flush left
            tex.append(f"\\noindent{{\\heiti {number}}}\\quad {tex_esc(paras[i])}")
            clauses.append(text)
        else:
            tex.append(tex_esc(paras[i]))
        used.append(text)
        if i in V06_KEEP:
            must.append(base.clause(text))

    tex.append("\\section{范围}")
    headings.append({"text": "1　范围", "level": 1})
    tex += [tex_esc(x) for x in V06_SCOPE]
    for k, (sec, n1, subs) in enumerate(V06_OUTLINE, 2):
        tex.append(f"\\section{{{sec}}}")
        headings.append({"text": f"{k}　{sec}", "level": 1})
        for i in n1:
            body(i)
        for j, (sub, clause_idx, titled) in enumerate(subs, 1):
            tex.append(f"\\subsection{{{sub}}}")
            headings.append({"text": f"{k}.{j}　{sub}", "level": 2})
            for m, i in enumerate(clause_idx, 1):
                body(i, f"{k}.{j}.{m}")
            for m, (subsub, idx) in enumerate(titled, 1):
                tex.append(f"\\subsubsection{{{subsub}}}")
                headings.append({"text": f"{k}.{j}.{m}　{subsub}", "level": 3})
                for i in idx:
                    body(i)
    doc = (
        V06_PREAMBLE.replace("{code}", V06_CODE)
        + "\\begin{document}\n"
        + "\n\n".join(tex)
        + "\n\\end{document}\n"
    )
    base.xelatex(doc, path)
    n = more.pages(path)
    assert 4 <= n <= 5, f"{path.name}: {n} pages"
    text = more.pdftext(path)
    # the standard number heads every page but the cover: right on odd, left on even pages
    for page in range(2, n + 1):
        number = page - 2  # the foreword page is I, the body starts at 1
        odd = number % 2 == 1 or page == 2
        first = next(ln for ln in more.pdftext(path, page).splitlines() if ln.strip())
        assert more.squash(first) == more.squash(V06_CODE), (page, first)
        half = [ln for ln in prev6.half_text(path, page, right=odd).splitlines() if ln.strip()]
        assert half and more.squash(half[0]) == more.squash(V06_CODE), (page, odd)
    fonts = prev4.pdf_fonts(path)
    assert "Bold" not in fonts and "Hei" in fonts, fonts
    assert more.squash(V06_TITLE) in more.squash(more.pdftext(path, 3)), "title over the body"
    gold: Gold = {
        "title": V06_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [V06_CODE],
        "must_not_have": [V06_ICS[0]],
        "note": (
            f"{n} pages, a local standard set after GB/T 1.1 (XeLaTeX ctexart, 10.5 pt): "
            "the cover (ICS/classification codes, DB36, 东川省地方标准, the standard "
            "number, the title in 26 pt, the English title, 发布/实施 dates and the issuing "
            "body) is front matter: the title is read there (it is printed again, 16 pt "
            "centred, over the first body page), the ICS code is catalogue metadata "
            "(must_not_have, as v05's 中图分类号), the rest unscored; 前　言 (page I, "
            "its four lines written by the maker, unscored) is a level-1 heading, as "
            "摘要/前言 elsewhere; the clause headings 1　范围 / 3.1　深化改革 / 3.3.1　科技创新 "
            "are set in the sans face (黑体) at the body size and NOT bold (only the face "
            "and the number tell them from the body): levels 1/2/3 by the depth of the "
            "number, as printed; the numbered clauses WITHOUT a title (3.1.1　…, 3.2.2　…: "
            "the number in 黑体 opening a flush-left paragraph of body text) are body, "
            "not headings, and their passages start with the number; the standard number "
            "DB36/T 835—2015 heads every page but the cover (right on odd, left on even "
            "pages): running; page numbers (I, then 1, 2, …) not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


SOURCE_HEAD = (
    "# Documents made with real tools, seventh set (development data)\n\n"
    "Made as development data after the sixth set (`realdocs-made6`), each a layout\n"
    "pattern the earlier sets lack: PDF/DOCX v01-v06 by `python eval/make_realdocs7_files.py`,\n"
    "HTML pages (v07 on) by their own script. Texts come only from the public government\n"
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
    "| v01_docx_tracked_changes.docx | python-docx (+ revision and comment XML), gwr 2016 (`eval/make_realdocs7_files.py`, as v02-v06) | draft under review with track changes: `w:del`/`w:ins` in the Title-styled title (`（征求意见稿）` → `（送审稿）`), in two Heading 1 (`预期` inserted, `与任务分工` deleted) and inside the first 18 characters of two passages (tracked word replacements), a sentence and a whole paragraph (with its mark) deleted (must_not_have), a paragraph inserted whole, a paragraph moved (`w:moveFrom` text in `w:t` must not be read, `w:moveTo` must), a tracked style change making a Heading 2 (`w:pPrChange`), `w:rPrChange`; two comments (must_not_have); header line (running) |",
    "| v02_docx_auto_numbered_headings.docx | python-docx (+ numbering XML), gwr 2014 | Heading 1/2/3 linked through their styles to one multilevel list in `numbering.xml` (`chineseCounting` `一、`/`（一）`, decimal `1.`, `w:suff nothing`): no number in any `w:t`; gold headings as stored, without the number (the shared set's convention); one Heading 1 `结束语` with numbering switched off (`w:numId 0`); Title-styled title, byline; `第 N 页` footer |",
    "| v03_docx_content_controls.docx | python-docx (+ content-control XML), gwr 2017 | Word cover page in a `Cover Pages` block `w:sdt`: organisation, title, author bound to document properties (`w:dataBinding`), a date picker, subtitle/abstract controls showing placeholder text (`w:showingPlcHdr`, must_not_have); `目录` + `TOC` field with cached entries inside a `Table of Contents` `w:sdt`; Heading 1/2 typed `一、`/`（一）`; a whole part (heading, subheads, paragraphs) inside a rich-text block `w:sdt`; a run-level `w:sdt` inside a passage's first 18 characters; a `报送单位：` form control with placeholder text |",
    "| v04_lo_meeting_minutes.pdf | python-docx → LibreOffice, gwr 2015 | 会议纪要: red masthead `东川省人民政府专题会议纪要` and `第16期` (must_not_have), office/date line over a red rule, 22 pt title, opening line, `一、关于…` topics in the sans face at 16 pt not bold (level 1), `附件：` note, 出席/列席/请假 lines, attachment on a new page (`附件` label, 22 pt title: level 1, `一、` sections: level 2), 分送/印发 版记 between rules (must_not_have); `— N —` footer |",
    "| v05_lo_journal_columns.pdf | python-docx → LibreOffice (one-column section, continuous break, two-column section), gwr 2013 | journal paper: title, authors, affiliation, 摘要/关键词, `中图分类号`/`文献标识码`/`文章编号` line (must_not_have), English title/abstract over one column, two-column body from page 1, `0　引言` … `4　结论` (level 1), `1.1　…` (level 2), `参考文献：` (level 1) with `[n]` entries; first-page header (volume/issue, journal, Vol./No., month) and a first-page footer with 收稿日期/基金项目/作者简介; even headers page/journal/volume, odd headers issue/running title/page (running), page numbers from 45 |",
    "| v06_latex_local_standard.pdf | XeLaTeX + ctex (`ctexart` twoside, `\\ctexset`, `fancyhdr`), gwr 2015 | local standard after GB/T 1.1: cover (ICS code must_not_have, `DB36`, 东川省地方标准, number, title, English title, 发布/实施 dates, issuer), `前　言` page numbered I (level 1), title repeated over the body, clause headings `1`/`3.1`/`3.3.1` in 黑体 at the body size, not bold (levels 1-3), numbered clauses without a title (`3.1.2　…` opening flush-left body paragraphs: body), `DB36/T 835—2015` header right on odd, left on even pages (running) |",
]


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, tuple[Any, int]] = {
    "v01_docx_tracked_changes.docx": (build_tracked_changes, 2016),
    "v02_docx_auto_numbered_headings.docx": (build_auto_numbered, 2014),
    "v03_docx_content_controls.docx": (build_content_controls, 2017),
    "v04_lo_meeting_minutes.pdf": (build_minutes, 2015),
    "v05_lo_journal_columns.pdf": (build_journal_columns, 2013),
    "v06_latex_local_standard.pdf": (build_local_standard, 2015),
}


def main(argv: list[str] | None = None) -> int:
    return more.make_set(argv, __doc__, BUILDERS, "realdocs-made7", ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
