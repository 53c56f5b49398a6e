"""What the twenty-fifth and twenty-sixth sets (realdocs-made25, realdocs-made26, made
blind) found in the readers, and what a review of those rules found: covers, control
pages, forms, journal papers, running header tables and watermarks in PDFs; forms held
in one table, stale fields and style-numbered clauses in Word files; a wire story's end
and a lost picture's credit on pages. Small cases are built here."""

from __future__ import annotations

import io
from pathlib import Path

from doc_fixtures import CJK_FONT, _register_font
from test_made22_pages import P1, P2, P3, page
from test_readers import paragraphs, read, squeeze
from test_realdocs_pdf import HEIGHT, LEFT, WIDTH, Text, blocks, draw, paragraph, prose

from zhbrief.reading.base import signed_line, signer_line, signing_line
from zhbrief.reading.docx import _MERGED_ONLY
from zhbrief.reading.pdf import read_pdf
from zhbrief.reading.pdf.assembly import _issue_record, _paper_byline
from zhbrief.reading.pdf.contents import _control_table
from zhbrief.reading.pdf.forms import _info_title_join
from zhbrief.reading.pdf.furniture import _drop_header_partners, _drop_running_tables
from zhbrief.reading.pdf.headings import _numbered_peers
from zhbrief.reading.pdf.lines import _Line, _Page
from zhbrief.reading.pdf.pages import _repeats, _tiled_watermark
from zhbrief.segmentation.metadata import (
    blank_field,
    closing_line,
    control_stamp,
    instructions,
    issue_line,
    number_line,
    paper_note,
    parse_meta,
)

MADE25 = Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made25" / "docs"
MADE26 = MADE25.parents[1] / "realdocs-made26" / "docs"

# ------------------------------------------------------------- a brochure's cover


def brochure(backdrop: tuple[float, float, float] | None, info_title: str) -> bytes:
    """A cover (the place in 30 pt over the kind of document in 44 pt, a slogan, the
    issuer), on ``backdrop`` filling the page when given, then a page of text."""
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, HEIGHT))
    c.setTitle(info_title)
    if backdrop is not None:
        c.setFillColorRGB(*backdrop)
        c.rect(0, 0, WIDTH, HEIGHT, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
    for size, top, text in (
        (30, 296, "澄江经济技术开发区"),
        (44, 341, "投资指南"),
        (18, 518, "投资澄江　共赢未来"),
        (11, 770, "东川省澄江经济技术开发区管理委员会　2017年3月"),
    ):
        c.setFont(CJK_FONT, size)
        c.drawString(LEFT, HEIGHT - top - size, text)
    c.showPage()
    c.setFillColorRGB(0, 0, 0)
    c.setFont(CJK_FONT, 20)
    c.drawString(LEFT, HEIGHT - 72 - 20, "区位优势")
    top = 120.0
    for i in range(3):
        for t in paragraph(top, prose(i)):
            c.setFont(CJK_FONT, t.size)
            c.drawString(t.x, HEIGHT - t.top - t.size, t.text)
            top = t.top + 16
        top += 8
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_dark_backdrop_as_large_as_a_portrait_page_is_no_table() -> None:
    """m03 (made24): a brochure's navy cover drawn as a rectangle filling the page;
    the table finder took its edges for a one-cell table holding every cover line."""
    ex = read_pdf(brochure((0.09, 0.21, 0.36), "澄江经济技术开发区投资指南"), "m03.pdf")
    assert blocks(ex, "table") == []
    assert blocks(ex, "title") == ["澄江经济技术开发区投资指南"]
    assert "投资澄江" in "".join(blocks(ex, "body"))


def test_a_title_set_in_two_sizes_that_the_document_info_names_is_one_title() -> None:
    """The cover's two lines read together as the PDF's /Title: one title, though the
    second is set larger than the first. A /Title naming one line only keeps the
    largest line as the title, and the other line stays text."""
    ex = read_pdf(brochure(None, "澄江经济技术开发区投资指南"), "cover.pdf")
    assert blocks(ex, "title") == ["澄江经济技术开发区投资指南"]
    ex = read_pdf(brochure(None, "投资澄江　共赢未来 宣传册"), "cover.pdf")
    assert blocks(ex, "title") == ["投资指南"]
    assert "澄江经济技术开发区" in blocks(ex, "body")


# ------------------------------------------------------------ a wire story's end


def test_the_site_s_lines_after_a_wire_story_s_end_mark_are_left_out() -> None:
    """p01: the story's last paragraph closes with (完); the copyright notice, the
    related links and the comment box's prompt the extractor took after it are the
    site's. An editor's credit there stays a credit."""
    related = "".join(
        f"<li><a href='/cj/{i}.shtml'>商务部：外贸形势依然严峻复杂{i}</a> 2014年03月04日</li>"
        for i in range(3)
    )
    html = page(
        f"<div class='content'><div class='left_zw'><p>{P1}</p><p>{P2}</p><p>{P3}(完)</p></div>"
        "<div class='left_hd'><p>本网站所刊载信息，不代表本社和本网观点。"
        "刊用本网站稿件，务经书面授权。</p>"
        "<p>未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。</p></div>"
        f"<div class='xgxw'><ul>{related}</ul></div>"
        "<p class='pl_tip'>0条评论　还没有评论，快来抢沙发吧！</p></div>"
    )
    text = squeeze("".join(paragraphs(read(html, "p01.html"))))
    assert text.endswith(squeeze(P3) + "(完)")
    for gone in ("本网站所刊载信息", "未经授权禁止转载", "外贸形势依然严峻复杂", "抢沙发"):
        assert gone not in text


def test_a_longer_paragraph_after_the_end_mark_keeps_everything() -> None:
    """A second story after the first one's (完) (a page of briefs): its paragraph is
    longer than a site's line, so nothing after the mark is left out, its short last
    paragraph neither."""
    html = page(f"<div class='content'><p>{P1}（完）</p><p>{P2}{P3}{P1}</p><p>{P3}</p></div>")
    text = squeeze("".join(paragraphs(read(html, "briefs.html"))))
    assert text.endswith(squeeze(P2 + P3 + P1 + P3))


# ------------------------------------------------------------ a picture's credit


def test_a_picture_credit_on_a_line_of_its_own_is_metadata() -> None:
    """p04: a picture with an empty alt, which the extractor drops, over its credit
    line (图片来源：…): the credit is metadata, not a line of the text."""
    html = page(
        f"<div class='m-txt'><p>{P1}</p><div class='m-pic'><img src='a.jpg' alt=''>"
        f"<p class='m-pic-credit'>图片来源：东川图片库</p></div><p>{P2}</p>"
        f"<p>{P3}</p></div>"
    )
    doc = read(html, "p04.html")
    text = squeeze("".join(paragraphs(doc) + paragraphs(doc, "caption")))
    assert "图片来源" not in text and text.endswith(squeeze(P3))
    assert [(m.key, squeeze(m.zh)) for m in doc.metadata if "东川图片库" in m.zh] == [
        ("credit", "东川图片库")
    ]


# ------------------------------------------------------- a procedure's furniture


def header_table(page: int, top: float = 28.7, x0: float = 73.7) -> _Line:
    rows = [
        ["", "东川恒远电气股份有限公司", "文件编号", "HY-QP-07"],
        ["", "程序文件", "页 码", f"第 {page} 页 共 4 页"],
    ]
    return _Line("", x0, 521.6, top, top + 60, 0, False, page, kind="table", rows=rows)


def test_a_header_drawn_as_a_table_on_every_page_is_left_out() -> None:
    """o01: a Word header table (company, document number, 第 N 页 共 M 页) on each
    page, the first page's set a little apart (its own first-page header); a data
    table in the text, or one in the margin of one page only, stays."""
    pages = [
        _Page(n, 595, 842, [header_table(n, x0=76.0 if n == 1 else 73.7)]) for n in (1, 2, 3, 4)
    ]
    lone = _Line("", 73.7, 521.6, 30, 90, 0, False, 4, kind="table", rows=[["指标", "2016年"]])
    pages[3].lines.append(lone)
    _drop_running_tables(pages)
    assert [ln.kind for p in pages for ln in p.lines] == ["drop"] * 4 + ["table"]


def test_a_sign_off_or_revision_table_is_document_control() -> None:
    """o01's control page: the 编制/审核/批准 table and the 修订记录 table (its label
    in its first row) are about the file; a table of figures is not."""
    sign_off = [["", "编 制", "审 核", "批 准"], ["签 名", "王立新", "刘海燕", "陈建国"]]
    assert _control_table(sign_off)
    assert _control_table([["修订记录", "", ""], ["版本", "修订日期", "修订内容"]])
    assert not _control_table([["指标", "审核", "2016年"], ["增长", "6.7%", "6.9%"]])
    assert not _control_table([["主要指标", "", ""], ["指标", "2015年", "2016年"]])


def numbered(text: str, top: float, kind: str = "body", x1: float = 300.0) -> _Line:
    return _Line(text, 74, x1, top, top + 12, 12, kind == "heading", 2, kind=kind)


def test_a_subsection_numbered_under_its_numbered_section_is_a_heading() -> None:
    """o01: 3.1　战略发展部 under the bold 3　职责, set like the text and told only by
    its number, a short line over a paragraph; a 3.1 list item over the next item,
    or one that ends a sentence, stays text."""
    prose_line = "积极的财政政策要加大力度。今年拟安排财政赤字2.18万亿元，比去年增加5600"
    lines = [
        numbered("3　职责", 100, "heading"),
        numbered("3.1　战略发展部", 120),
        numbered(prose_line, 140, x1=520),
        numbered("要严肃查处。", 160),
        numbered("3.2　负责项目申报", 180),
        numbered("3.3　负责台账管理", 200),
        numbered("3.4　负责归档。", 220),
        numbered(prose_line, 240, x1=520),
    ]
    _numbered_peers(lines)
    assert [ln.kind for ln in lines] == ["heading", "heading"] + ["body"] * 6


# ------------------------------------------------------------ covers and backs


def test_controlled_copy_stamps_issue_lines_and_contact_lines_are_metadata() -> None:
    assert control_stamp("受控文件", 0) is not None
    assert control_stamp("分发号：016", 0) is not None
    assert control_stamp("受控文件的管理要求", 0) is None
    assert issue_line("研究报告　2016年第7期（总第59期）", 0) is not None
    assert issue_line("第7期培训班顺利结业", 0) is None
    address = "地址：东川市赣江大道1888号　邮编：330038　电话：0791-86667321　网址：dcdri.org.cn"
    items = closing_line(address, 0)
    assert items is not None and [m.key for m in items] == ["address"]
    items = closing_line("扫描二维码　关注研究院微信公众号", 0)
    assert items is not None and [m.key for m in items] == ["prompt"]
    team = parse_meta("课题负责人：孙立平　课题组成员：何静　罗建华", 0, False)
    assert team is not None and {m.key for m in team} == {"author"}


def test_a_copyright_page_and_a_back_cover_are_metadata() -> None:
    """o06: the copyright page's 版权声明/免责声明 before the first heading, and the
    back cover's QR prompt and address after the text, though the PDF's notes come
    after them, are metadata; the text in between stays."""
    path = MADE25 / "o06_lo_thinktank_report.pdf"
    doc = read(path.read_bytes(), path.name)
    text = squeeze("".join(paragraphs(doc)))
    for gone in ("版权声明", "免责声明", "扫描二维码", "邮编"):
        assert gone not in text
    keys = {m.key for m in doc.metadata}
    assert {"disclaimer", "address", "prompt", "issue"} <= keys
    assert paragraphs(doc, "footnote")[0].startswith("[1]")


# ------------------------------------------------------------ forms and papers


def application_form(rows: list[tuple[str, list[str]]]) -> bytes:
    """A Word file whose form is one one-column table: a shaded row naming each
    section (bold, 14 pt), the row under it holding the section's paragraphs."""
    from docx import Document as Docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Docx()
    d.add_paragraph("东川省科技惠民计划项目申报书").runs[0].font.size = Pt(24)
    table = d.add_table(rows=0, cols=1)
    table.style = "Table Grid"
    for name, paras in rows:
        cell = table.add_row().cells[0]
        run = cell.paragraphs[0].add_run(name)
        run.bold, run.font.size = True, Pt(14)
        shade = OxmlElement("w:shd")
        shade.set(qn("w:fill"), "D9D9D9")
        cell._tc.get_or_add_tcPr().append(shade)
        body = table.add_row().cells[0]
        body.paragraphs[0].add_run(paras[0])
        for text in paras[1:]:
            body.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_form_that_is_one_column_table_is_read_as_the_document() -> None:
    """o05: the shaded rows name the sections (headings), the cells under them hold
    the sections' paragraphs (text, not a table's cells)."""
    data = application_form(
        [("一、立项依据", [P1 + P2, P3 + P1, P2 + P3]), ("二、研究内容", [P3 + P2, P1 + P3])]
    )
    doc = read(data, "o05.docx")
    assert [squeeze(h.zh) for h in doc.headings()] == ["一、立项依据", "二、研究内容"]
    assert squeeze(P1 + P2) in squeeze("".join(paragraphs(doc)))
    assert paragraphs(doc, "table") == []


def test_a_one_column_list_of_short_items_stays_a_table() -> None:
    data = application_form([("指标", ["增长6.7%"]), ("就业", ["新增1314万人"])])
    doc = read(data, "list.docx")
    assert list(doc.headings()) == []
    assert paragraphs(doc, "table") == ["指标", "增长6.7%", "就业", "新增1314万人"]


def word_file(title: str, lines: list[str]) -> bytes:
    """A Word file: the title in the Title style, each line a paragraph; a line
    opening with 一、 in the Heading 1 style."""
    from docx import Document as Docx

    d = Docx()
    d.add_paragraph(title, style="Title")
    for line in lines:
        d.add_paragraph(line, style="Heading 1" if line.startswith("一、") else None)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_form_s_blanks_instructions_pledge_and_signing_are_metadata() -> None:
    """o05's cover and close: the office's blank field and the filling instructions
    before the text; the pledge over the signature blanks and the blank date."""
    assert blank_field("项目编号：＿＿＿＿＿＿＿＿（由管理部门填写）", 0) is not None
    assert blank_field("项目编号：DC-2015-017", 0) is None
    assert instructions("填报说明：1．申报书须如实填写；2．表内栏目不得空缺。", 0) is not None
    lines = [
        "项目编号：＿＿＿＿＿＿（由管理部门填写）",
        "填报说明：1．申报书须如实填写；2．表内栏目不得空缺。",
        "一、立项依据",
        P1 + P2,
        "本单位承诺：所提交的申报材料真实有效，如有不实，愿意承担相应责任。",
        "项目负责人（签字）：　　　　申报单位（盖章）：",
        "年　　月　　日",
    ]
    doc = read(word_file("项目申报书", lines), "form.docx")
    assert squeeze("".join(paragraphs(doc))) == squeeze(P1 + P2)
    keys = [m.key for m in doc.metadata]
    for key in ("form_field", "instructions", "pledge", "signing"):
        assert key in keys


def test_a_pledge_with_no_signature_blanks_under_it_stays_text() -> None:
    pledge = "本单位承诺：所提交的申报材料真实有效，如有不实，愿意承担相应责任。"
    doc = read(word_file("项目申报书", ["一、承诺", P1, pledge]), "pledge.docx")
    assert squeeze(pledge) in squeeze("".join(paragraphs(doc)))


def test_a_paper_s_classification_online_first_stamp_and_note_are_metadata() -> None:
    line = "中图分类号：F127　文献标识码：A　文章编号：1000-5579（2017）03-0045-06"
    items = parse_meta(line, 0, False)
    assert items is not None and {m.key for m in items} == {"classification"}
    stamp = parse_meta("网络首发时间：2017-05-12 09:45:31", 0, False)
    assert stamp is not None and [m.key for m in stamp] == ["published_online"]
    note = (
        "收稿日期：2017-01-06；基金项目：东川省社会科学规划项目（16JJ21）；作者简介：刘晓峰，男。"
    )
    assert paper_note(note, 0) is not None
    assert paper_note("作者认为：" + P1, 0) is None


def test_an_exam_s_score_table_is_document_control() -> None:
    rows = [["题号", "一", "二", "总分"], ["得分", "", "", ""], ["评卷人", "", "", ""]]
    assert _control_table(rows)
    assert not _control_table([["题号", "题目", "分值"], ["一", "概括", "15"]])


def test_a_paper_s_byline_with_affiliation_numbers_is_metadata() -> None:
    """o04: the authors, each with an affiliation's number, over the bracketed
    affiliations, under the title again: author and affiliation, no heading."""
    names = _Line("刘晓峰1，陈思远2", 251, 343, 175, 187, 12, False, 2, kind="heading")
    where = _Line(
        "（1．东川大学经济学院，东川330031；2．东川省社会科学院）", 113, 481, 206, 215, 9, False, 2
    )
    after = _Line(P1, 65, 530, 231, 240, 9, False, 2)
    lines = [names, where, after]
    assert _paper_byline(lines) == {"author": names.text, "affiliation": where.text}
    assert [ln.kind for ln in lines] == ["meta", "meta", "body"]
    # a heading of names without affiliation numbers, or over no affiliations, stays
    plain = _Line("刘晓峰，陈思远", 251, 343, 175, 187, 12, False, 2, kind="heading")
    assert _paper_byline([plain, _Line("（1．东川大学）", 113, 481, 206, 215, 9, False, 2)]) == {}


def test_the_other_side_s_header_seen_once_beside_a_header_left_out() -> None:
    """o04: the even page's 46　东川大学学报 stands where the odd page's header, left
    out, stands: the other side's header. A line lower down stays."""
    odd = _Line("第3期 刘晓峰，等：新常态下的路径研究", 65, 356, 48.4, 57.4, 9, False, 4)
    odd.kind = "drop"
    even = _Line("46 东川大学学报（社会科学版）", 65, 200, 48.4, 57.4, 9, False, 3)
    text = [_Line(P1, 65, 530, 74.5 + 22 * k, 85 + 22 * k, 10.5, False, 3) for k in range(8)]
    low = _Line("东川大学学报（社会科学版）", 65, 200, 300, 309, 9, False, 4)
    pages = [_Page(3, 595, 842, [even, *text]), _Page(4, 595, 842, [odd, low])]
    _drop_header_partners(pages, 10.5)
    assert even.kind == "drop" and low.kind == "body"


# ------------------------------------------- what a review of these rules found


def test_metadata_lines_after_the_end_mark_stay_metadata() -> None:
    """A 中新网 story's 【编辑:王五】 and a 来源 line after its (完) are its credits,
    kept for the metadata; the notice after them goes."""
    html = page(
        f"<div class='content'><p>{P1}</p><p>{P2}(完)</p><p>【编辑:王五】</p>"
        "<p>来源：新华网</p><p>未经授权禁止转载、摘编、复制及建立镜像。</p></div>"
    )
    doc = read(html, "cns.html")
    assert squeeze("".join(paragraphs(doc))).endswith(squeeze(P2) + "(完)")
    assert {"editor", "source"} <= {m.key for m in doc.metadata}


def test_small_print_at_the_foot_of_the_last_page_is_closing_metadata() -> None:
    """A copyright line set small under the text of the last page, which the PDF reader
    reads as a footnote, is still the closing record's."""
    lines = [Text(72, "东川省今年粮食产量再创新高", size=20), Text(112, "一、总体情况", size=16)]
    lines += paragraph(150, prose(0) + prose(1))
    lines.append(Text(lines[-1].top + 60, "版权所有 © 2016 东川日报社 未经授权不得转载", size=8))
    doc = read(draw([lines]), "foot.pdf")
    assert "版权所有" not in "".join(paragraphs(doc) + paragraphs(doc, "footnote"))
    assert "copyright" in {m.key for m in doc.metadata}


def test_a_long_table_starting_high_on_each_page_is_no_running_header() -> None:
    """A table of figures run over pages, each page's part starting in the top margin
    with the same header row: its rows are the text's, not a running header."""
    rows = [["月份", "指数"]] + [[f"2006年{m}月", "102.5"] for m in range(1, 13)]
    pages = [
        _Page(n, 595, 842, [_Line("", 72, 520, 60, 700, 0, False, n, kind="table", rows=rows)])
        for n in (1, 2, 3)
    ]
    _drop_running_tables(pages)
    assert [ln.kind for p in pages for ln in p.lines] == ["table"] * 3


def test_an_approval_matrix_is_the_text_s_table() -> None:
    """A 文件控制程序's table of who drafts, reviews and approves each kind of file
    (文件类别 | 编制 | 审核 | 批准) is its text, not a sign-off block."""
    assert not _control_table(
        [["文件类别", "编制", "审核", "批准"], ["程序文件", "部门", "经理", "总经理"]]
    )


def test_a_step_naming_a_qr_code_and_a_venue_s_address_stay_text() -> None:
    assert closing_line("3.到场后扫描接种点二维码完成登记", 0) is None
    # a venue under 会议地点, its phone beside it: no postcode or website, the text's
    assert closing_line("地址：东川市人民路1号　电话：0791-8888888", 0) is None
    assert closing_line("地址：东川市人民路1号东川宾馆三楼会议室", 0) is None
    items = closing_line("扫码下载东川日报APP", 0)
    assert items is not None and [m.key for m in items] == ["prompt"]


def test_a_photography_category_in_a_call_for_entries_stays_text() -> None:
    """A 征稿通知's categories (书法：…, 摄影：…) are its text; only a picture's own label
    (图片来源：…) makes a line a credit."""
    lines = ["一、征稿类别", P1, "书法：楷书、行书均可", "摄影：彩色、黑白均可，每人限投5幅", P2]
    doc = read(word_file("征稿通知", lines), "contest.docx")
    assert "摄影：彩色" in "".join(paragraphs(doc))


def test_a_run_of_contact_labels_parses_in_linear_time() -> None:
    """联系电话： read as a value ending in 联系 before the label 电话： gave each label two
    parses: 22 labels took seconds, a table cell of 40 would take hours. Each line now
    parses one way."""
    import time

    line = "电话：1" + "联系电话：1" * 40 + " a："
    started = time.perf_counter()
    assert closing_line(line, 0) is None
    assert time.perf_counter() - started < 1.0
    items = closing_line("联系电话：0791-1234　传真：0791-5678", 0)
    assert items is not None and [m.key for m in items] == ["contact"]


# ------------------------------------- the twenty-sixth set (realdocs-made26)


def test_a_faint_line_tiled_over_the_page_is_a_watermark() -> None:
    """q05: WPS's watermark, 宏达物流　内部资料 in a light grey, larger than the text,
    tiled upright six times over the page: left out, also where it crosses a line of
    the text or a table's cells. White text (on a dark fill) and a grey note stay."""
    mark = "宏达物流　内部资料"
    chars = [
        {"text": ch, "size": 22.0, "non_stroking_color": (0.82, 0.82, 0.82), "x0": i, "top": k}
        for k in range(6)
        for i, ch in enumerate(mark)
    ]
    body = [{"text": "经", "size": 12.0, "non_stroking_color": (0, 0, 0), "x0": 1, "top": 1}] * 80
    assert len(_tiled_watermark(chars + body)) == len(chars)
    white = [{**c, "non_stroking_color": (1, 1, 1)} for c in chars]
    assert _tiled_watermark(white + body) == set()
    once = chars[: len(mark)]
    assert _tiled_watermark(once + body) == set()
    assert _repeats("宏达物流" * 3) == 3 and _repeats("宏达物流内部资料") == 1


def test_a_closing_record_before_an_attachment_is_metadata() -> None:
    """q05: the 抄送 line ending with its full stop and the …印发 line close the text
    before the attachment pages: the closing record, not text."""
    assert _issue_record("抄送：集团董事会，监事会。")
    assert _issue_record("集团总经理办公室 2015年1月20日印发")
    assert not _issue_record("今年要抓好抄送和印发工作的规范管理。")


def test_a_signing_page_s_lines_are_closing_metadata() -> None:
    """q06: a legal opinion's signing page: （本页无正文，为《…》之签署页）, the firm
    over its seal, its signers after their labels."""
    assert signing_line("（本页无正文，为《关于某某项目的法律意见书》之签署页）")
    assert signed_line("东川明理律师事务所（盖章）")
    assert signed_line("经办律师：周文博　刘思源")
    assert signer_line("负责人：韩志远")
    assert not signed_line("经办律师应当遵守执业规范。")
    assert number_line("明理法意字〔2017〕第046号", 0) is not None


def test_word_s_stale_fields_are_not_text() -> None:
    """q04: a mail merge never merged («单位名称»：) and a TOC field never updated
    (Word's 未找到目录项。) show only Word's placeholders."""
    assert _MERGED_ONLY.fullmatch("«单位名称»：")
    assert not _MERGED_ONLY.fullmatch("«单位名称»：请于本周内报送材料。")
    path = MADE26 / "q04_docx_stale_fields_comments.docx"
    doc = read(path.read_bytes(), path.name)
    text = "".join(paragraphs(doc))
    assert "«单位名称»" not in text and "未找到目录项" not in text
    assert "目录" not in "".join(squeeze(h.zh) for h in doc.headings())


def test_a_cover_s_title_set_over_its_contact_fields_is_the_title() -> None:
    """q06: a legal opinion's cover, three centred bold lines over the firm's address
    and phone fields: the title, not text."""
    lines = ["关于东川恒达新材料股份有限公司", "申请政府专项扶持资金项目的", "法律意见书"]
    doc = read(cover_file([(line, 22) for line in lines]), "cover.docx")
    assert doc.title is not None and squeeze(doc.title.zh) == "".join(lines)


def test_the_document_info_title_joins_the_line_over_the_cover_s_title() -> None:
    """q01: a tender's cover, the project's name over 招标文件 set far larger, the
    PDF's /Title naming both: one title."""
    name = _Line("东川市智慧城市运营管理中心建设项目", 113, 487, 164, 186, 22, True, 1, kind="meta")
    kind = _Line("招标文件", 192, 408, 247, 289, 42, True, 1, kind="title")
    page = _Page(1, 595, 842, [name, kind])
    _info_title_join(page, "东川市智慧城市运营管理中心建设项目招标文件")
    assert kind.text == "东川市智慧城市运营管理中心建设项目招标文件" and name.kind == "drop"
    other = _Line("招标文件", 192, 408, 247, 289, 42, True, 1, kind="title")
    _info_title_join(_Page(1, 595, 842, [other]), "另一份文件")
    assert other.text == "招标文件"


def test_english_editors_app_prompts_and_versions_are_metadata() -> None:
    items = parse_meta("Editor: Xu Nuo", 0, False)
    assert items is not None and [m.key for m in items] == ["editor"]
    prompt = closing_line("下载东川制造网APP，随时随地找货源", 0)
    assert prompt is not None and [m.key for m in prompt] == ["prompt"]
    version = parse_meta("版本：V2.3　发布日期：2017年3月", 0, False)
    assert version is not None and [m.key for m in version] == ["version", "date"]


# ------------------------------------------- what a second review found


def test_a_watermark_outnumbering_a_cover_s_text_is_still_found() -> None:
    """On a cover of three lines the watermark's characters are most of the page's:
    the text's size is read from the rest."""
    mark = "宏达物流　内部资料"
    chars = [
        {"text": ch, "size": 22.0, "non_stroking_color": (0.8,), "x0": i, "top": 100 * k}
        for k in range(7)
        for i, ch in enumerate(mark)
    ]
    title = [{"text": "东", "size": 26.0, "non_stroking_color": (0,), "x0": 1, "top": 5}] * 12
    cover = title + [{**title[0], "size": 14.0, "top": 600}] * 15
    assert len(_tiled_watermark(chars + cover)) == len(chars)


def cover_file(lines: list[tuple[str, float]]) -> bytes:
    """A Word cover: centred bold lines in the sizes given over an address and a
    phone field, then the text."""
    from docx import Document as Docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = Docx()
    for text, size in lines:
        para = d.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(text)
        run.bold, run.font.size = True, Pt(size)
    for text in (
        "地址：东川市高新大道1号　邮编：330096",
        "电话：0791-86128800　传真：0791-86128801",
    ):
        d.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(P1 + P2)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_cover_s_issuer_and_a_title_in_two_sizes_make_no_wrong_title() -> None:
    """The firm's name closing the cover's title lines in their look is not the
    title's; a title set in two sizes (a smaller line over 法律意见书) is not cut to
    one of them."""
    doc = read(cover_file([("法律意见书", 22), ("东川明理律师事务所", 22)]), "b.docx")
    assert doc.title is not None and squeeze(doc.title.zh) == "法律意见书"
    doc = read(cover_file([("关于某某公司申请专项资金的", 18), ("法律意见书", 26)]), "e.docx")
    assert doc.title is None or squeeze(doc.title.zh) != "法律意见书"


def test_a_list_s_last_item_under_a_signer_s_label_stays_text() -> None:
    """负责人：… ending a work plan's list of who does what is the plan's text; only
    beside a seal or the lawyers' line is it a signature block's."""
    lines = ["一、组织领导", P1, "组长：张建国", "副组长：李卫东", "负责人：各乡镇主要负责同志"]
    doc = read(word_file("工作方案", lines), "plan.docx")
    assert "负责人：各乡镇主要负责同志" in "".join(paragraphs(doc))
    assert signer_line("负责人：韩志远") and not signed_line("负责人：韩志远")


def test_a_wrapped_distribution_line_closes_the_text() -> None:
    """A 抄送 list run onto a second line, then the 印发 line: the closing record,
    though its second line alone is no distribution line."""
    lines = [Text(72, "东川市人民政府关于加强项目管理的通知", size=20)]
    lines += paragraph(120, prose(0) + prose(1))
    top = lines[-1].top + 40
    lines += [
        Text(top, "东川市人民政府", x=380),
        Text(top + 20, "2015年1月15日", x=390),
        Text(top + 80, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级"),
        Text(top + 100, "人民法院，市人民检察院，东川军分区。"),
        Text(top + 130, "东川市人民政府办公室　　2015年1月15日印发"),
    ]
    doc = read(draw([lines]), "notice.pdf")
    text = "".join(paragraphs(doc))
    assert "抄送" not in text and "东川军分区" not in text and "印发" not in text


def test_a_version_label_needs_a_version() -> None:
    assert parse_meta("版本：本次更新修复了登录页面的若干问题", 0, False) is None
    items = parse_meta("版本：A/1", 0, False)
    assert items is not None and [m.key for m in items] == ["version"]


def test_the_byline_under_a_title_set_over_three_paragraphs_is_metadata() -> None:
    """q06: the firm and the month under the cover's title, which Word holds as three
    centred paragraphs: author and date, the document's number between them no author."""
    from zhbrief.reading.docx import read_docx

    path = MADE26 / "q06_docx_legal_opinion.docx"
    ex = read_docx(path.read_bytes(), path.name)
    assert ex.metadata.get("author") == "东川明理律师事务所"
    assert ex.metadata.get("date") == "二〇一七年四月"
    doc = read(path.read_bytes(), path.name)
    assert "东川明理律师事务所" not in squeeze("".join(paragraphs(doc)))
