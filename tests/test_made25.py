"""What the twenty-fifth set (realdocs-made25, made blind) found in the readers: a
brochure's cover on a dark backdrop as large as the page, its title in two sizes that
the document-info title names whole; a wire story's site lines after its end mark
(完); a picture's credit on a line of its own once the extractor lost the picture.
Small cases are built here."""

from __future__ import annotations

import io
from pathlib import Path

from doc_fixtures import CJK_FONT, _register_font
from test_made22_pages import P1, P2, P3, page
from test_readers import paragraphs, read, squeeze
from test_realdocs_pdf import HEIGHT, LEFT, WIDTH, blocks, paragraph, prose

from zhbrief.reading.pdf import read_pdf
from zhbrief.reading.pdf.contents import _control_table
from zhbrief.reading.pdf.furniture import _drop_running_tables
from zhbrief.reading.pdf.headings import _numbered_peers
from zhbrief.reading.pdf.lines import _Line, _Page
from zhbrief.segmentation.metadata import closing_line, control_stamp, issue_line, parse_meta

MADE25 = Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made25" / "docs"

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
    assert items is not None and [m.key for m in items] == ["contact"]
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
    assert {"disclaimer", "contact", "prompt", "issue"} <= keys
    assert paragraphs(doc, "footnote")[0].startswith("[1]")
