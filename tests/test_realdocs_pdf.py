"""PDF layout rules of issue 19 on PDFs drawn here line by line (reportlab), so each
test pins one rule: running headers placed alike on only two pages of a side, LaTeX
section-mark headers, a table of contents without dotted leaders sharing its page
with a title block, and the body size taken from prose, not from code listings."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

import pytest
from doc_fixtures import CJK_FONT, _register_font

from zhbrief.reading.base import Extracted
from zhbrief.reading.pdf import read_pdf

WIDTH, HEIGHT = 595.0, 842.0
LEFT = 72.0
PER_LINE = 30  # characters of an 11 pt body line (330 pt)
PROSE = (
    "我们要坚持稳中求进工作总基调，保持经济运行在合理区间，着力提高发展质量和效益，"
    "深入推进供给侧结构性改革，加快建设创新型国家，统筹推进区域协调发展，"
    "持续改善民生，打好防范化解重大风险攻坚战，推动形成全面开放新格局，"
    "切实加强生态文明建设，不断增强人民群众的获得感幸福感安全感。"
)


def prose(i: int) -> str:
    """PROSE begun at another clause for each page: no two pages share a line (a line
    on every page is a running header)."""
    cut = 11 * i % len(PROSE)
    return PROSE[cut:] + PROSE[:cut]


@dataclass
class Text:
    top: float  # distance of the line's top from the page's top
    text: str
    size: float = 11.0
    x: float = LEFT
    font: str = CJK_FONT
    right: bool = False  # set flush right at x


def draw(pages: list[list[Text]], turn: float = 0.0) -> bytes:
    """The pages as a PDF; ``turn``: each page turned by that many degrees about its
    centre (a crooked scan's slant)."""
    from reportlab.pdfgen import canvas

    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, HEIGHT))
    for page in pages:
        if turn:
            c.translate(WIDTH / 2, HEIGHT / 2)
            c.rotate(turn)
            c.translate(-WIDTH / 2, -HEIGHT / 2)
        for t in page:
            c.setFont(t.font, t.size)
            y = HEIGHT - t.top - t.size
            if t.right:
                c.drawRightString(t.x, y, t.text)
            else:
                c.drawString(t.x, y, t.text)
        c.showPage()
    c.save()
    return buf.getvalue()


def paragraph(top: float, text: str, *, indent: bool = True) -> list[Text]:
    """Body lines of 30 characters, the first indented two characters, 16 pt apart."""
    out, first = [], True
    while text:
        n = PER_LINE - 2 if first and indent else PER_LINE
        x = LEFT + 22 if first and indent else LEFT
        out.append(Text(top, text[:n], x=x))
        text, top, first = text[n:], top + 16, False
    return out


def blocks(ex: Extracted, kind: str) -> list[str]:
    return [ex.text[b.start : b.end] for b in ex.blocks if b.kind == kind]


def headings(ex: Extracted) -> list[tuple[str, int]]:
    """(text, level) of every heading block."""
    return [(ex.text[b.start : b.end], b.level) for b in ex.blocks if b.kind == "heading"]


def squeezed(ex: Extracted) -> str:
    return "".join(ex.text.split())


# ------------------------------------------------------------- running headers


def test_header_placed_alike_on_two_pages_of_a_side_is_dropped_and_the_sentence_rejoined() -> None:
    odd, even = "调研报告", "北方大学硕士专业学位研究生调研报告"
    cut = PROSE[:58]  # two full lines: the sentence runs on over the page break
    pages = [paragraph(100, prose(1)), paragraph(100, prose(2))]  # a cover, a contents page
    for n in range(3, 7):
        header = Text(40, odd if n % 2 else even, size=9)
        page = [header, *paragraph(100, prose(n))]
        if n == 4:  # the page ends mid-sentence
            page += paragraph(300, cut)
        if n == 5:  # ... and carries on under the other side's header
            page = [header, *paragraph(100, "续完这一句话。", indent=False)]
            page += paragraph(140, prose(n))
        pages.append(page)
    ex = read_pdf(draw(pages), "report.pdf")
    text = squeezed(ex)
    assert odd not in text  # 调研报告 is also inside the even header: neither is left
    assert cut + "续完这一句话。" in [b.replace(" ", "") for b in blocks(ex, "body")]


def test_a_body_line_repeated_at_the_top_of_two_pages_is_kept() -> None:
    """Same text at the same height on two pages of a side, but inside the text block
    (no gap under it), in the body's size: a table's unit line, not a running header."""
    unit = "单位：亿元人民币"
    pages = [
        [*([Text(100, unit)] if n in (3, 5) else []), *paragraph(116, prose(n))]
        for n in range(1, 7)
    ]
    ex = read_pdf(draw(pages), "tables.pdf")
    assert squeezed(ex).count(unit) == 2


def test_latex_section_mark_header_is_dropped_and_not_a_heading() -> None:
    """``\\rightmark``: the current section's title above the text, in the body's size,
    at the height of the other pages' header; the text changes from page to page."""
    title = "政策研究工作论文"
    pages = [
        [Text(60, title, size=10), Text(100, "1 引言", size=16), *paragraph(130, prose(1))],
        [Text(60, "1 引言", size=10), Text(100, "2 宏观政策", size=16), *paragraph(130, prose(2))],
        [Text(60, title, size=10), Text(100, "3 结论", size=16), *paragraph(130, prose(3))],
        [Text(60, "3 结论", size=10), *paragraph(100, prose(4))],
    ]
    ex = read_pdf(draw(pages), "article.pdf")
    heads = [h.replace(" ", "") for h in blocks(ex, "heading") + blocks(ex, "title")]
    assert sorted(heads) == ["1引言", "2宏观政策", "3结论"]
    assert squeezed(ex).count("3结论") == 1 and title not in squeezed(ex)


def test_a_heading_at_the_top_of_a_page_is_not_a_section_mark() -> None:
    """A chapter heading set first on its page, high in the margin band and set apart,
    whose text appears again in another size, is larger than the body: kept."""
    chapter = "第二章 主要任务"
    pages = [
        [Text(40, chapter, size=16), *paragraph(90, prose(1))],
        [*paragraph(100, prose(2)), Text(300, chapter, size=13), *paragraph(330, prose(3))],
    ]
    ex = read_pdf(draw(pages), "chapters.pdf")
    assert squeezed(ex).count(chapter.replace(" ", "")) == 2


# ----------------------------------------------------------- table of contents


def test_contents_without_leaders_on_a_title_page_is_left_out() -> None:
    """ctexart: ``\\maketitle`` over ``\\tableofcontents`` on page 1; level-1 entries are
    bold, with their page number apart at the right margin and no leaders; level-2
    entries have spaced dots. Author and date under the title are not headings."""
    bold = "STSong-Light"
    dots = " . . . . . . . . . . . . . . . . ."
    entries = [
        ("1 引言", False, 2),
        ("2 宏观政策", False, 2),
        ("2.1 财政政策", True, 2),
        ("2.2 货币政策", True, 3),
        ("3 结论", False, 3),
    ]
    cover = [
        Text(150, "稳增长与调结构的政策分析", size=22, x=150),
        Text(190, "张晓东", size=15, x=250),
        Text(215, "2024年5月", size=15, x=240),
        Text(260, "目录", size=18, x=260),
    ]
    for i, (entry, sub, page) in enumerate(entries):
        top = 300 + 22 * i
        cover.append(Text(top, entry + (dots if sub else ""), size=12, x=LEFT + (18 if sub else 0)))
        cover.append(Text(top, str(page), size=12, x=470, right=True, font=bold))
    body = [
        [Text(100, "1 引言", size=18, x=250), *paragraph(140, prose(1))],
        [Text(100, "2 宏观政策", size=18, x=240), Text(140, "2.1 财政政策", size=15)]
        + paragraph(170, prose(2)),
        [Text(100, "2.2 货币政策", size=15), *paragraph(130, prose(3))]
        + [Text(330, "3 结论", size=18, x=250), *paragraph(370, prose(4))],
    ]
    ex = read_pdf(draw([cover, *body]), "ctex.pdf")
    assert [t.replace(" ", "") for t in blocks(ex, "title")] == ["稳增长与调结构的政策分析"]
    heads = [ex.text[b.start : b.end].replace(" ", "") for b in ex.blocks if b.kind == "heading"]
    assert heads == ["1引言", "2宏观政策", "2.1财政政策", "2.2货币政策", "3结论"]
    levels = [b.level for b in ex.blocks if b.kind == "heading"]
    assert levels == [1, 1, 2, 2, 1]
    text = squeezed(ex)
    assert "目录" not in text and ". ." not in ex.text
    # the byline under the title is its author and date, not a heading
    assert (ex.metadata["author"], ex.metadata["date"]) == ("张晓东", "2024年5月")


def test_contents_with_parts_rank_everything_else_under_them_and_a_preface_before_it() -> None:
    """ctexbook: a preface before the table of contents, parts over chapters set in the
    same size, an appendix: the parts are level 1, the preface, chapters and appendix
    level 2 (as the contents list them), the sections 1.1 level 3."""
    dots = " . . . . . . . . . . . . . . . . ."
    entries = [
        ("前言", "i"),
        ("第一部分 回顾与形势", "1"),
        ("第一章 过去一年的工作", "2"),
        ("1.1 宏观政策与重点改革" + dots, "2"),
        ("第二章 民生与政府建设", "3"),
        ("附录A 主要预期指标", "4"),
    ]
    contents = [Text(80, "目录", size=18, x=260)]
    for i, (entry, page) in enumerate(entries):
        top = 130 + 22 * i
        contents += [Text(top, entry, size=12), Text(top, page, x=470, right=True)]
    heading = "第一章 过去一年的工作", "第二章 民生与政府建设", "附录A 主要预期指标"
    pages = [
        [Text(100, "前言", size=18, x=260), *paragraph(150, prose(1))],
        contents,
        [Text(300, "第一部分 回顾与形势", size=18, x=200)],
        [Text(100, heading[0], size=18, x=200), *paragraph(150, prose(2))],
        [Text(100, "1.1 宏观政策与重点改革", size=15), *paragraph(140, prose(3))],
        [Text(100, heading[1], size=18, x=200), *paragraph(150, prose(4))],
        [Text(100, heading[2], size=18, x=200), *paragraph(150, prose(5))],
    ]
    ex = read_pdf(draw(pages), "book.pdf")
    heads = [
        (ex.text[b.start : b.end].replace(" ", ""), b.level)
        for b in ex.blocks
        if b.kind == "heading"
    ]
    assert heads == [
        ("前言", 2),
        ("第一部分回顾与形势", 1),
        ("第一章过去一年的工作", 2),
        ("1.1宏观政策与重点改革", 3),
        ("第二章民生与政府建设", 2),
        ("附录A主要预期指标", 2),
    ]


def test_a_borderless_table_of_counts_is_not_a_table_of_contents() -> None:
    """A page of labels with a right-aligned count that grows (like page numbers), no
    leaders and no contents heading: data, kept."""
    rows = [("城镇新增就业人数", 1312), ("农村贫困人口减少", 1442), ("棚户区住房改造", 1601)]
    rows += [("高速铁路营运里程", 1900)]
    page = [Text(80, "表1 主要指标完成情况")]
    for i, (label, n) in enumerate(rows):
        page += [Text(120 + 20 * i, label), Text(120 + 20 * i, str(n), x=470, right=True)]
    ex = read_pdf(draw([page, paragraph(80, prose(2))]), "counts.pdf")
    text = squeezed(ex)
    assert all(label in text and str(n) in text for label, n in rows)


# ----------------------------------------------------------------- body size


def test_code_listings_do_not_set_the_body_size() -> None:
    """Pages of 9 pt code outweigh the 11 pt prose in characters; the prose is still
    the body, so a short prose line without punctuation is not taken for a heading,
    and the 14 pt line is the only heading."""
    note = "程序清单见后两页"
    code = [f"for (int i = 0; i < n; ++i) {{ total += values[i] * {k}; }}" for k in range(40)]
    listing = [Text(60 + 14 * i, line, size=9, font="Courier") for i, line in enumerate(code)]
    pages = [
        [Text(80, "1 实现方法", size=14), *paragraph(110, PROSE), Text(206, note, x=LEFT + 22)],
        listing,
        listing,
    ]
    ex = read_pdf(draw(pages), "code.pdf")
    heads = [h.replace(" ", "") for h in blocks(ex, "heading") + blocks(ex, "title")]
    assert heads == ["1实现方法"]
    assert [PROSE, note] == [b.replace(" ", "") for b in blocks(ex, "body")][:2]


# ------------------------------------------------------------- unmapped CIDs


def cid_pdf(codes: str, on: int, pages: int = 3) -> bytes:
    """A PDF written by hand: each page a few lines of English (Helvetica); page ``on``
    also shows the hex ``codes`` in a Type0 font with Identity-H encoding, an Identity
    ordering, no ToUnicode and no font file, so no reader can map them to characters."""
    objs: list[str] = ["", ""]  # the catalog and the page tree, written last

    def add(obj: str) -> int:
        objs.append(obj)
        return len(objs)

    helv = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    cid = add(
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /Mystery /DW 1000 /CIDSystemInfo "
        "<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>"
    )
    font = add(
        "<< /Type /Font /Subtype /Type0 /BaseFont /Mystery /Encoding /Identity-H "
        f"/DescendantFonts [{cid} 0 R] >>"
    )
    kids = []
    for n in range(1, pages + 1):
        words = f"Page {n} tells part {n * 7} of the story in plain words"
        body = "".join(
            f"BT /F1 11 Tf 72 {700 - 16 * k} Td ({words}, line {k}.) Tj ET\n" for k in range(6)
        )
        if n == on:
            body += f"BT /F2 11 Tf 72 580 Td <{codes}> Tj ET\n"
        stream = add(f"<< /Length {len(body)} >>\nstream\n{body}endstream")
        kids.append(
            add(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
                f"<< /F1 {helv} 0 R /F2 {font} 0 R >> >> /Contents {stream} 0 R >>"
            )
        )
    objs[0] = "<< /Type /Catalog /Pages 2 0 R >>"
    refs = " ".join(f"{k} 0 R" for k in kids)
    objs[1] = f"<< /Type /Pages /Kids [{refs}] /Count {len(kids)} >>"
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    trailer = f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out + trailer.encode()


def test_unmapped_characters_are_left_out_and_their_pages_named(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Codes neither pdfminer nor PDFium can map (here control codes, which PDFium
    reads as unprintable) never reach the text as ``(cid:N)`` or as guesses; the page
    that lost them is named in a warning and in the metadata."""
    with caplog.at_level(logging.WARNING, logger="zhbrief.reading.pdf"):
        ex = read_pdf(cid_pdf("0001000200030004", on=2), "mystery.pdf")
    assert "cid" not in ex.text and "Page 2 tells part 14" in ex.text
    assert ex.metadata["unmapped_characters"] == "4 on page 2"
    assert "mystery.pdf: 4 characters have no Unicode map" in caplog.text
    assert "(4 on page 2)" in caplog.text


def test_a_fully_mapped_pdf_has_no_unmapped_note() -> None:
    ex = read_pdf(cid_pdf("", on=0), "plain.pdf")
    assert "unmapped_characters" not in ex.metadata
