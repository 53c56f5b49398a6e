"""What the twenty-third set (realdocs-made23, made blind) found in files: an office
system's PDF with its headings in fake bold (filled and stroked) after a processing
form (发文稿纸), a Word list of tables (图表目录), a speech's speaker under its
occasion line, a Word file whose body is an imported web page (``w:altChunk``, as
html-docx-js writes "export to Word"). The files are the set's own; small cases are
built here too."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from test_readers import headings, paragraphs, read, squeeze
from test_realdocs_pdf import LEFT, Text, draw, paragraph

from zhbrief.reading.base import Extracted
from zhbrief.reading.docx import read_docx
from zhbrief.reading.pdf import read_pdf

MADE23 = Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made23" / "docs"
P1 = "推动简政放权、放管结合、优化服务改革向纵深发展。以敬民之心，行简政之道，切实转变政府职能。"
P2 = "扎实有效去产能。今年要再压减钢铁产能五千万吨左右，退出煤炭产能一点五亿吨以上。"
P3 = "着力促进创业就业。坚持就业优先，以创业带动就业，落实高校毕业生就业促进计划。"


def kinds(ex: Extracted, kind: str) -> list[str]:
    return [squeeze(ex.text[b.start : b.end]) for b in ex.blocks if b.kind == kind]


# ------------------------------------------------------------------ PDFs


def _stroked_pdf(mode: int) -> bytes:
    """一、 parts set larger over （一） sections at the body's size, both drawn in
    render ``mode``, as k03 sets them."""
    from doc_fixtures import CJK_FONT, _register_font
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    y = 780.0
    for part, head, text in (
        ("一、宏观政策", "（一）加大财政政策力度", P1 + P2),
        ("", "（二）扩大就业创业", P3 + P1),
        ("二、民生保障", "（一）完善社会保障", P2 + P3),
    ):
        for line, size, gap in ((part, 13.0, 24), (head, 11.0, 20)):
            if not line:
                continue
            t = c.beginText(LEFT + 22, y)
            t.setFont(CJK_FONT, size)
            t.setTextRenderMode(mode)
            t.textLine(line)
            t.setTextRenderMode(0)  # the mode lasts past the text object: the text filled
            c.drawText(t)
            y -= gap
        c.setFont(CJK_FONT, 11)
        first = True
        while text:
            n = 28 if first else 30
            c.drawString(LEFT + (22 if first else 0), y, text[:n])
            text, y, first = text[n:], y - 16, False
        y -= 12
    c.showPage()
    c.save()
    return buf.getvalue()


def _bold_lines(data: bytes) -> list[str]:
    """The texts of the lines the PDF reader sees as bold."""
    from unittest import mock

    import zhbrief.reading.pdf as reader
    from zhbrief.reading.pdf import assembly

    seen: list[str] = []
    build = assembly._build

    def spy(pages: Any, body: float, info_title: str = "") -> Any:
        seen.extend(ln.text for p in pages for ln in p.lines if ln.bold)
        return build(pages, body, info_title)

    with mock.patch.object(reader, "_build", spy):
        read_pdf(data, "p.pdf")
    return seen


def test_heads_filled_and_stroked_are_bold() -> None:
    """k03: an office system's PDF library sets its CJK headings bold by drawing the
    glyphs filled and stroked (render mode 2), the font having no bold face: headings,
    though the size is the body's. Drawn filled only, the same lines are not bold (they
    are headings still, by their numbers under the parts, since made29)."""
    bold = read_pdf(_stroked_pdf(2), "b.pdf")
    sections = ["（一）加大财政政策力度", "（二）扩大就业创业", "（一）完善社会保障"]
    assert [h for h in kinds(bold, "heading") if h.startswith("（")] == sections
    assert [t for t in _bold_lines(_stroked_pdf(2)) if t.startswith("（")] == sections
    assert _bold_lines(_stroked_pdf(0)) == []


def test_a_processing_form_before_the_document_is_metadata() -> None:
    """k03: the 发文稿纸 (the office's processing form: 签发, 核稿, 标题 rows) printed
    as page 1 is about the document; the title is the document's own on page 2."""
    doc = read((MADE23 / "k03_rl_cid_oa_export.pdf").read_bytes(), "k03.pdf")
    assert doc.title is not None
    assert squeeze(doc.title.zh) == "澄州市人民政府办公室关于做好2016年稳增长调结构重点工作的通知"
    body = "".join(paragraphs(doc) + paragraphs(doc, "table"))
    assert "发文稿纸" not in body and "已核" not in body
    assert headings(doc)[:2] == [("一、实施积极有效的宏观政策", 1), ("（一）加大财政政策力度", 2)]


def test_a_speaker_under_a_speechs_occasion_line_is_metadata() -> None:
    """k02: （2015年1月20日在…会议上） and the speaker's line under it, set like
    headings under the speech's title: who and when, not sections."""
    occasion = "（2015年1月20日在澄州市第十五届人民代表大会第五次会议上）"
    page = [
        Text(60, "政府工作报告", size=22, x=LEFT + 100),
        Text(100, occasion, size=12, x=LEFT),
        Text(124, "澄州市人民政府市长 林国栋", size=12, x=LEFT + 90),
        *paragraph(160, P1),
        Text(240, "一、过去一年工作回顾", size=14),
        *paragraph(270, P2 + P3),
    ]
    doc = read(draw([page]), "s.pdf")
    assert headings(doc) == [("一、过去一年工作回顾", 1)]
    bylines = [squeeze(m.zh) for m in doc.metadata if m.key == "byline"]
    assert bylines == [squeeze(occasion), "澄州市人民政府市长林国栋"]


# ------------------------------------------------------------------ Word files


def test_a_word_list_of_tables_is_left_out() -> None:
    """k05: 图表目录 over entries in Word's ``table of figures`` style (表1 …<tab>2)
    repeats the captions: neither a heading nor text."""
    import docx

    d = docx.Document()
    d.add_paragraph("经济运行监测分析报告", style="Title")
    d.add_paragraph("图表目录")
    d.styles.add_style("table of figures", 1)
    d.add_paragraph("表1　主要经济指标\t2", style="table of figures")
    d.add_paragraph("一、总体运行情况", style="Heading 1")
    d.add_paragraph(P1)
    buf = io.BytesIO()
    d.save(buf)
    ex = read_docx(buf.getvalue(), "t.docx")
    assert kinds(ex, "heading") == ["一、总体运行情况"]
    assert kinds(ex, "body") == [P1]


_MHT = """MIME-Version: 1.0
Content-Type: multipart/related; type="text/html"; boundary="----=part"

------=part
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Content-Location: file:///C:/fake/document.html

<!DOCTYPE html><html><head><meta charset=3D"UTF-8"><title>{title}</title></head><body>\
<h1 style=3D"text-align:center">{title}</h1><h2>一、总体情况</h2><p>{p1}</p><p>{p2}</p>\
<h2>二、下一步工作</h2><p>{p3}</p></body></html>

------=part--
"""


def _alt_chunk_docx(own_text: str = "") -> bytes:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    body = d.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    if own_text:
        d.add_paragraph(own_text)
    mht = _MHT.format(title="我市推进供给侧结构性改革", p1=P1, p2=P2, p3=P3).encode()
    part = Part(PackURI("/word/afchunk.mht"), "message/rfc822", mht, d.part.package)
    rid = d.part.relate_to(part, RELATIONSHIP_TYPE.A_F_CHUNK)
    chunk: Any = OxmlElement("w:altChunk")
    chunk.set(qn("r:id"), rid)
    body.insert(0, chunk)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_word_file_of_an_imported_web_page_reads_the_page() -> None:
    """k06: "export to Word" (html-docx-js) writes no paragraph, only a ``w:altChunk``
    pointing at an MHT part holding the page; Word shows the page. Read as the page."""
    doc = read(_alt_chunk_docx(), "k.docx")
    assert doc.title is not None and doc.title.zh == "我市推进供给侧结构性改革"
    assert headings(doc) == [("一、总体情况", 1), ("二、下一步工作", 1)]
    assert [squeeze(p) for p in paragraphs(doc)] == [squeeze(P1), squeeze(P2), squeeze(P3)]


def test_a_word_file_with_text_of_its_own_keeps_it() -> None:
    """A body with its own paragraphs is read as Word's, the chunk not replacing it."""
    ex = read_docx(_alt_chunk_docx(own_text=P3), "k.docx")
    assert kinds(ex, "body") == [P3]


# ------------------------------------------------------------------ every format


def _bulletin(close: str) -> bytes:
    return (
        "<html><head><meta charset='utf-8'><title>我市推进供给侧结构性改革</title></head><body>"
        "<p style='text-align:center'><strong>澄州政务信息</strong></p>"
        "<p style='text-align:center'>2016年第23期</p>"
        "<h1>我市推进供给侧结构性改革</h1>"
        f"<h2>一、总体情况</h2><p>{P1}</p><p>{P2}</p><h2>二、下一步工作</h2><p>{P3}</p>"
        f"{close}</body></html>"
    ).encode()


def test_a_bulletins_masthead_over_its_title_is_metadata() -> None:
    """k06: a 简报's name and issue over the heading that repeats the page's title: the
    masthead, not a heading and not text; the heading is the title."""
    doc = read(_bulletin(""), "b.html")
    assert doc.title is not None and doc.title.zh == "我市推进供给侧结构性改革"
    assert headings(doc) == [("一、总体情况", 1), ("二、下一步工作", 1)]
    assert "政务信息" not in "".join(paragraphs(doc)) and "2016年第23期" not in "".join(
        paragraphs(doc)
    )


def test_a_bulletins_one_character_distribution_labels_close_it() -> None:
    """k06: a 简报's 版记 labels its lines 报：, 送：, 发：, as notices label theirs 抄送：:
    the closing record, metadata."""
    close = (
        "<p>报：市委、市人大常委会、市政协领导。</p><p>送：各县（市、区）人民政府，市直各部门。</p>"
    )
    doc = read(_bulletin(close), "b.html")
    assert [squeeze(p) for p in paragraphs(doc)] == [squeeze(P1), squeeze(P2), squeeze(P3)]
    cc = [m.zh for m in doc.metadata if m.key == "cc"]
    assert cc == [
        "报：市委、市人大常委会、市政协领导。",
        "送：各县（市、区）人民政府，市直各部门。",
    ]


def test_a_charts_maker_and_compiler_are_credits() -> None:
    """l02: 制图：… 文字整理：… under a 图解 page's blocks credits who drew and who wrote."""
    from zhbrief.segmentation.metadata import parse_meta

    items = parse_meta("制图：省政府门户网站周子涵　文字整理：许川", 0, False)
    assert items is not None
    assert [(m.key, m.label, m.zh) for m in items] == [
        ("credit", "制图：", "省政府门户网站周子涵"),
        ("credit", "文字整理：", "许川"),
    ]


def test_two_imported_pages_are_both_read() -> None:
    """Two HTML chunks: the second page's text follows the first's."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    body = d.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    pages = (
        f"<html><head><meta charset='utf-8'><title>检查通知</title></head><body>"
        f"<h1>检查通知</h1><h2>一、检查内容</h2><p>{P1}</p></body></html>",
        f"<html><head><meta charset='utf-8'></head><body><h2>附件：检查记录表</h2>"
        f"<p>{P2}</p></body></html>",
    )
    for n, html in enumerate(pages):
        part = Part(PackURI(f"/word/chunk{n}.html"), "text/html", html.encode(), d.part.package)
        chunk: Any = OxmlElement("w:altChunk")
        chunk.set(qn("r:id"), d.part.relate_to(part, RELATIONSHIP_TYPE.A_F_CHUNK))
        body.insert(n, chunk)
    ex = read_docx(saved_docx(d), "k.docx")
    assert kinds(ex, "body") == [P1, P2]
    assert kinds(ex, "heading")[-1] == "附件：检查记录表"


def saved_docx(d: Any) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_an_issue_a_label_or_a_cut_off_dated_under_the_title_is_no_author() -> None:
    """第3期 2016年3月, 截至 2016年3月, 来源：东川日报 2016年3月5日 under the title are
    not an author and a date (an office's name or a person's is)."""
    from zhbrief.reading.pdf.assembly import _author_name

    assert [_author_name(w) for w in ("东川市统计局", "省政府研究室调研组", "张伟")] == [
        True,
        True,
        True,
    ]
    assert not any(_author_name(w) for w in ("第3期", "截至", "来源：东川日报", "文档版本 V1.2"))


def test_a_skip_link_is_not_text_and_a_disclaimer_box_is_kept_as_metadata() -> None:
    """跳到导航 (a link within the page, an accessibility aid) is no text; a statement
    box's 声明：…仅代表作者本人… line is the article's disclaimer, kept as metadata."""
    html = (
        "<html><head><meta charset='utf-8'><title>读政府工作报告</title></head><body>"
        "<a class='mw-jump-link' href='#nav'>跳到导航</a><h1>读政府工作报告</h1>"
        f"<div class='content'><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
        "<div class='article-declare'><p>声明：本文由入驻作者撰写，观点仅代表作者本人。</p></div>"
        "</div></body></html>"
    )
    doc = read(html.encode(), "d.html")
    text = "".join(paragraphs(doc))
    assert "跳到导航" not in text and "声明" not in text
    assert [m.zh for m in doc.metadata if m.key == "disclaimer"] == [
        "声明：本文由入驻作者撰写，观点仅代表作者本人。"
    ]
