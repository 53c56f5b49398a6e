"""What the twenty-second set (realdocs-made22, made blind) found in office users' files:
a template's hidden text left in, a footnote's custom mark after the title, a WPS 公文
(its 版头 lines, its title set as two paragraphs, its 版记 table), an attachment's
label over its title, the bylines under a compilation's pieces and a plan's approval
note, an office and a month in one line under a PDF's title. The files are the set's
own; small cases are built here too."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from test_readers import headings, paragraphs, read, squeeze
from test_realdocs_pdf import LEFT, Text, draw, paragraph

from zhbrief.reading.base import Extracted
from zhbrief.reading.docx import read_docx
from zhbrief.reading.pdf import read_pdf

MADE22 = Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made22" / "docs"
P1 = "推动简政放权、放管结合、优化服务改革向纵深发展。以敬民之心，行简政之道，切实转变政府职能。"
P2 = "扎实有效去产能。今年要再压减钢铁产能五千万吨左右，退出煤炭产能一点五亿吨以上。"
P3 = "着力促进创业就业。坚持就业优先，以创业带动就业，落实高校毕业生就业促进计划。"


def kinds(ex: Extracted, kind: str) -> list[str]:
    return [squeeze(ex.text[b.start : b.end]) for b in ex.blocks if b.kind == kind]


def saved(d: Any) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _hide_mark(p: Any) -> None:
    """The paragraph mark hidden too, as a template's instruction paragraph has it."""
    from docx.oxml import OxmlElement

    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:vanish"))
    p._p.get_or_add_pPr().append(rpr)


# ------------------------------------------------------------------ Word files


def _template_report() -> bytes:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    note = d.add_paragraph()
    note.add_run(
        "【模板说明：标题用二号小标宋，居中。提交前请删除全部说明文字。】"
    ).font.hidden = True
    _hide_mark(note)
    title = d.add_paragraph()
    title.add_run("关于加快培育新兴产业的研究报告").bold = True
    mark = title.add_run("*")
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:customMarkFollows"), "1")
    ref.set(qn("w:id"), "1")
    mark._r.insert(0, ref)  # before its text, as Word writes a custom mark
    d.add_paragraph("一、研究背景", style="Heading 1")
    tip = d.add_paragraph()
    tip.add_run("【填写提示：简要说明课题研究的背景。】").font.hidden = True
    _hide_mark(tip)
    body = d.add_paragraph()
    body.add_run(P1[:24])
    body.add_run("〔此处数据待核实〕").font.hidden = True
    body.add_run(P1[24:])
    d.add_paragraph(P2)
    return saved(d)


def test_hidden_text_and_a_custom_footnote_mark_are_not_the_documents_text() -> None:
    """i04: a template's hidden instructions (w:vanish on the runs and the marks), a
    reviewer's note hidden inside a paragraph, and the title's custom footnote mark
    (``*`` after w:footnoteReference): Word prints none of them as text."""
    ex = read_docx(_template_report(), "t.docx")
    assert "模板说明" not in ex.text and "填写提示" not in ex.text and "待核实" not in ex.text
    assert kinds(ex, "title") == ["关于加快培育新兴产业的研究报告"]
    assert kinds(ex, "heading") == ["一、研究背景"]
    assert kinds(ex, "body") == [P1, P2]


def _gongwen(*, head: bool = True) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()

    def line(text: str, size: float, centred: bool = False) -> None:
        p = d.add_paragraph()
        p.add_run(text).font.size = Pt(size)
        if centred:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    if head:
        for text, size in (("000128", 16), ("特急", 16), ("东川市人民政府办公室文件", 40)):
            line(text, size)
        d.add_paragraph()
        line("东政办发〔2015〕27号", 16)
    line("东川市人民政府办公室关于进一步做好", 22, centred=True)
    line("稳增长调结构惠民生工作的通知", 22, centred=True)
    line("各区（县）人民政府，市政府各部门：", 16)
    for text in ("一、保持经济稳定增长", P1, "二、切实保障和改善民生", P2, P3):
        line(text, 16)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "抄送：市委各部门，市人大常委会办公室，市法院。"
    table.cell(1, 0).text = "东川市人民政府办公室"
    table.cell(1, 1).text = "2015年3月16日印发"
    return saved(d)


def test_an_official_documents_head_title_in_two_paragraphs_and_record() -> None:
    """i01: a WPS 公文. Its 版头 lines (份号, 特急, the issuer's mark 东川市人民政府办公室
    文件, the document's number) are metadata; its title, two centred 22 pt paragraphs
    split inside the phrase, is one title; the 版记 table (the 抄送 list ending in a full
    stop, the office and ``…印发`` in two cells of one row) is metadata."""
    doc = read(_gongwen(), "g.docx")
    assert doc.title is not None
    assert squeeze(doc.title.zh) == "东川市人民政府办公室关于进一步做好稳增长调结构惠民生工作的通知"
    body = "".join(paragraphs(doc))
    for gone in ("000128", "特急", "人民政府办公室文件", "东政办发", "抄送", "印发"):
        assert gone not in body
    meta = {m.key: squeeze(m.zh) for m in doc.metadata}
    assert meta["issuer_mark"] == "东川市人民政府办公室文件"
    assert meta["document_number"] == "东政办发〔2015〕27号"
    ex = read_docx(_gongwen(), "g.docx")
    assert ex.metadata["closing"] == (
        "抄送：市委各部门，市人大常委会办公室，市法院。 东川市人民政府办公室 2015年3月16日印发"
    )


def test_a_title_set_as_two_paragraphs_is_one_title_without_a_head() -> None:
    """Without the 版头 the same two lines still make one title: they are the first
    headings, unnumbered and set alike, before any text."""
    ex = read_docx(_gongwen(head=False), "g.docx")
    assert kinds(ex, "title") == ["东川市人民政府办公室关于进一步做好稳增长调结构惠民生工作的通知"]
    assert kinds(ex, "heading")[:1] == ["一、保持经济稳定增长"]


def _attachments() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("关于全市民生保障工作情况的调研报告", style="Title")
    d.add_paragraph("一、基本情况", style="Heading 1")
    d.add_paragraph(P1)
    d.add_paragraph("附件1", style="Heading 2")
    d.add_paragraph("东川市民生保障重点项目推进情况表", style="Heading 1")
    d.add_paragraph(P2)
    d.add_paragraph("附件", style="Heading 2")  # a label over text, not over a title
    d.add_paragraph(P3)
    return saved(d)


def test_an_attachments_label_over_its_title_is_metadata() -> None:
    """i05: 附件1 set alone over the attachment's title names the part; the title heads
    it. A label with text under it stays a heading."""
    doc = read(_attachments(), "a.docx")
    assert [squeeze(h.zh) for h in doc.headings()] == [
        "一、基本情况",
        "东川市民生保障重点项目推进情况表",
        "附件",
    ]
    assert [m.zh for m in doc.metadata if m.key == "attachment"] == ["附件1"]


def _compilation() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("2013年度重点工作交流材料汇编", style="Title")
    for piece, byline, head in (
        (
            "坚持稳中求进推动经济持续健康发展",
            "——东川市发展改革委2013年工作总结",
            "一、主要工作成效",
        ),
        ("关于推进新型城镇化的调研报告", "市发展改革委规划处调研组", "一、基本情况"),
        ("在全市发展改革工作会议上的讲话", "王建国（2013年12月26日）", "一、总体要求"),
    ):
        d.add_paragraph(piece, style="Heading 1")
        d.add_paragraph(byline, style="Heading 2")
        d.add_paragraph(head, style="Heading 2")
        d.add_paragraph(P1)
    d.add_paragraph("二、工作安排", style="Heading 2")
    d.add_paragraph("市发展改革委规划处", style="Heading 3")  # a section: text under it
    d.add_paragraph(P2)
    return saved(d)


def test_a_pieces_subtitle_authors_and_speech_date_are_its_metadata() -> None:
    """i02: under each piece's title a ——subtitle, an authors' line (…调研组) over the
    piece's numbered headings, a speaker's name and date: who and when, not sections.
    An office's name with text under it is a section."""
    doc = read(_compilation(), "c.docx")
    heads = [squeeze(h.zh) for h in doc.headings()]
    assert heads == [
        "坚持稳中求进推动经济持续健康发展",
        "一、主要工作成效",
        "关于推进新型城镇化的调研报告",
        "一、基本情况",
        "在全市发展改革工作会议上的讲话",
        "一、总体要求",
        "二、工作安排",
        "市发展改革委规划处",
    ]
    bylines = [squeeze(m.zh) for m in doc.metadata if m.key == "byline"]
    assert bylines == [
        "——东川市发展改革委2013年工作总结",
        "市发展改革委规划处调研组",
        "王建国（2013年12月26日）",
    ]


# ------------------------------------------------------------------ PDFs


def test_an_office_and_a_month_in_one_line_under_the_title_are_metadata() -> None:
    """i03: 东川市统计局　2016年4月 centred under the title: the author and the date,
    not a paragraph of the text."""
    byline = "东川市统计局　2016年4月"
    page = [
        Text(72, "2016年一季度全市经济运行情况汇报", size=18, x=LEFT + 12),
        Text(104, byline, x=LEFT + 165 - 11 * len(byline) / 2),
        Text(140, "一、经济运行总体情况", size=14),
        *paragraph(170, P1 + P2),
    ]
    ex = read_pdf(draw([page]), "t.pdf")
    assert ex.metadata["author"] == "东川市统计局"
    assert ex.metadata["date"] == "2016年4月"
    assert "统计局" not in "".join(kinds(ex, "body"))


def test_a_plans_approval_note_under_its_title_is_metadata() -> None:
    """i06: （2016年1月22日…会议批准） under a plan's title: when it was passed."""
    doc = read((MADE22 / "i06_lo_plan_pdfa_tagged.pdf").read_bytes(), "i06.pdf")
    assert not [h for h in doc.headings() if "批准" in h.zh]
    assert any("批准" in m.zh for m in doc.metadata if m.key == "byline")


def test_a_caption_crediting_the_picture_by_its_source_is_metadata() -> None:
    """j01: 图源：东川发布　摄影：周伟 under a picture credits it (图源, the picture's
    source): metadata, as 图片来源：… is."""
    doc = read((MADE22 / "j01_wechat_saved_complete.html").read_bytes(), "j01.html")
    assert "图源" not in "".join(paragraphs(doc, "caption") + paragraphs(doc))
    credits = [(m.label, m.zh) for m in doc.metadata if m.key == "credit"]
    assert [zh for _, zh in credits] == ["东川发布", "周伟"]


# ------------------------------------------------------------------ what a review found


def _word(*items: tuple[str, str]) -> bytes:
    """A Word file of (style, text) paragraphs."""
    import docx

    d = docx.Document()
    for style, text in items:
        d.add_paragraph(text, style=style)
    return saved(d)


def test_section_headings_ending_like_an_office_stay_sections() -> None:
    """加快构建新发展格局 (…局) and 深化国有企业兼并重组 (…组) over numbered headings are
    sections; only an authors' line (…调研组, …研究室) is a piece's byline."""
    doc = read(
        _word(
            ("Title", "关于推动高质量发展的实施意见"),
            ("Heading 1", "加快构建新发展格局"),
            ("Heading 2", "（一）畅通国内大循环"),
            ("Normal", P1),
            ("Heading 1", "深化国有企业兼并重组"),
            ("Heading 2", "（一）总体要求"),
            ("Normal", P2),
        ),
        "s.docx",
    )
    assert [h for h, _ in headings(doc)] == [
        "加快构建新发展格局",
        "（一）畅通国内大循环",
        "深化国有企业兼并重组",
        "（一）总体要求",
    ]


def test_a_phases_dates_and_a_dash_subhead_over_text_are_headings() -> None:
    """动员部署阶段（2016年3月1日—3月15日）: a span of dates heads a phase; ——加强组织领导
    with its own text under it is a subhead, not a subtitle."""
    doc = read(
        _word(
            ("Title", "关于开展城乡环境综合整治的实施方案"),
            ("Heading 1", "一、实施步骤"),
            ("Heading 2", "动员部署阶段（2016年3月1日—3月15日）"),
            ("Normal", P1),
            ("Heading 1", "二、保障措施"),
            ("Heading 2", "——加强组织领导"),
            ("Normal", P2),
        ),
        "p.docx",
    )
    assert [h for h, _ in headings(doc)] == [
        "一、实施步骤",
        "动员部署阶段（2016年3月1日—3月15日）",
        "二、保障措施",
        "——加强组织领导",
    ]


def test_headings_in_heading_styles_are_never_joined_into_a_title() -> None:
    """No Title: the first Heading 1 (年度工作总结) is the title alone, the next one a
    section; a centred pair set by hand is what a split title looks like."""
    ex = read_docx(
        _word(
            ("Heading 1", "2023年度工作总结"),
            ("Heading 1", "工作回顾"),
            ("Heading 2", "（一）经济运行稳中向好"),
            ("Normal", P1),
        ),
        "h.docx",
    )
    assert kinds(ex, "title") == ["2023年度工作总结"]
    assert kinds(ex, "heading") == ["工作回顾", "（一）经济运行稳中向好"]


def test_a_style_separators_hidden_mark_keeps_the_heading_apart() -> None:
    """Word's style separator hides a heading's paragraph mark (vanish, specVanish) but
    not its text: the heading and the paragraph after it stay two."""
    import docx
    from docx.oxml import OxmlElement

    d = docx.Document()
    d.add_paragraph("安全生产管理制度", style="Title")
    head = d.add_heading("第一章 总则", 1)
    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:vanish"))
    rpr.append(OxmlElement("w:specVanish"))
    head._p.get_or_add_pPr().append(rpr)
    d.add_paragraph(P1)
    ex = read_docx(saved(d), "s.docx")
    assert kinds(ex, "heading") == ["第一章总则"]
    assert kinds(ex, "body") == [P1]


def test_lines_like_a_head_inside_the_text_stay_text() -> None:
    """认真学习今年中央一号文件 ends in 文件 and 650031 is six digits, but they stand
    among the text: only lines over all the text are an official document's 版头."""
    html = (
        "<html><head><meta charset='utf-8'><title>党支部学习安排</title></head><body>"
        f"<h1>党支部学习安排</h1><p>{P1}</p><p>认真学习今年中央一号文件</p>"
        f"<p>邮政编码</p><p>650031</p><p>{P2}</p></body></html>"
    )
    doc = read(html.encode(), "h.html")
    text = "".join(paragraphs(doc))
    assert "认真学习今年中央一号文件" in text and "650031" in text
    assert not [m for m in doc.metadata if m.key in ("issuer_mark", "official_mark")]
