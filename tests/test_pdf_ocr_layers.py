"""Scans with an OCR layer (Tesseract through ocrmypdf). A page scanned crooked has
every line set at the page's slant: the PDF reader turns the page back before it finds
lines, so a paragraph is read whole and in order (read where they stand, a slanted
line's two ends fall in different rows). The layer's words are kept whole where their
boxes overlap. Its title and headings are read from layout and numbering."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from doc_fixtures import CJK_FONT
from test_realdocs_pdf import LEFT, PROSE, Text, blocks, draw, headings, paragraph

from zhbrief.reading.pdf import read_pdf
from zhbrief.reading.pdf.assembly import _after_no_text, _unopened_quotes
from zhbrief.reading.pdf.chars import _ocr_brackets, _ocr_number_space, _ocr_pieces
from zhbrief.reading.pdf.contents import _document_control, _drop_contents_page
from zhbrief.reading.pdf.forms import _largest_run
from zhbrief.reading.pdf.furniture import _misread_key, _specks_apart
from zhbrief.reading.pdf.headings import (
    _cn_value,
    _ocr_heading_end,
    _ocr_heading_text,
    _ocr_numbered,
    _ocr_sequence_repair,
)
from zhbrief.reading.pdf.lines import _OCR_FONT, _Line, _Page

DATA = Path(__file__).resolve().parent.parent / "eval" / "data"
MADE6 = DATA / "realdocs-made6" / "docs"
MADE12 = DATA / "realdocs-made12" / "docs"
FIRST, SECOND = PROSE[:95], PROSE[95:]


@pytest.mark.parametrize("degrees", [1.3, -0.9, 4.0])
def test_paragraphs_of_a_turned_page_are_read_whole_and_in_order(degrees: float) -> None:
    page = [Text(100, "关于经济运行情况的报告", size=18.0, x=LEFT + 60, font=CJK_FONT)]
    page += paragraph(150, FIRST) + paragraph(240, SECOND)
    ex = read_pdf(draw([page], turn=degrees), "turned.pdf")
    assert blocks(ex, "title") == ["关于经济运行情况的报告"]
    assert ["".join(p.split()) for p in blocks(ex, "body")] == [FIRST, SECOND]


def test_a_level_page_is_read_as_placed() -> None:
    """No slant, nothing turned: the same page as drawn upright."""
    page = paragraph(150, FIRST) + paragraph(240, SECOND)
    ex = read_pdf(draw([page]), "level.pdf")
    assert ["".join(p.split()) for p in blocks(ex, "body")] == [FIRST, SECOND]


def test_a_crooked_scan_s_paragraphs_are_whole() -> None:
    """u06 (made6): three pages turned +0.9, -1.3, +0.6 degrees, OCR'd by Tesseract
    without deskewing. Read where they stand, these paragraphs were cut in pieces."""
    path = MADE6 / "u06_ocr_skewed_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    body = ["".join(p.split()) for p in blocks(ex, "body")]
    ends = {
        "扎实有效去产能。": "确保分流职工就业有出路、生活，有保障。",
        "加强产权保护制度建设。": "对于侵害企业和公民产权的行为，必须严肃查处、有错必纠。",
    }
    for start, end in ends.items():
        assert [p for p in body if p.startswith(start) and p.endswith(end)], start


def test_a_crooked_scan_s_title_and_numbered_headings_are_read_from_its_layout() -> None:
    """u06: Tesseract's sizes on slanted lines say nothing (most body lines get the
    title's), and an OCR layer has no weight or face: the title is the first page's
    first centred line, the headings the short lines that open with a heading number,
    ranked by that number. Numbers OCR misread are mended from the sequence: (三) read
    for a due （二） with no (三) after it, (=) for the number due. 三、农业农村与对外开放
    is missed (OCR read 三本), and its （一） keeps the speck OCR read after it."""
    path = MADE6 / "u06_ocr_skewed_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert blocks(ex, "title") == ["关于上半年重点改革和开放工作进展情况的报告"]
    assert [("".join(h.split()), level) for h, level in headings(ex)] == [
        ("一、宏观调控与结构调整", 1),
        ("（一）预期目标与宏观政策", 2),  # read (一 ), the bracket mended
        ("（二）去产能和去杠杆", 2),  # read (三)
        ("二、改革与创新", 1),
        ("（一）重点领域改革", 2),
        ("（二）新兴产业发展", 2),  # read (三); a （一） follows: under another parent
        ("（一）农业农村:", 2),
        ("（二）对外开放", 2),  # read (=)
    ]


def squeezed_blocks(path: Path, kind: str) -> list[str]:
    ex = read_pdf(path.read_bytes(), path.name)
    return ["".join(b.split()) for b in blocks(ex, kind)]


def test_an_ocr_word_whose_box_overlaps_the_next_stays_whole() -> None:
    """z04 scanned (made12): Tesseract stretched the title's first word over the
    second (战略 from x 214 to 330, 合作 from 267); sorted by left edges the characters
    interleave (战合略作); the words are placed by where each begins, kept whole."""
    assert squeezed_blocks(MADE12 / "z04_docx_agreement_scan.pdf", "title") == ["战略合作框架协议"]


def test_an_ocr_line_tesseract_wrote_in_pieces_is_read_left_to_right() -> None:
    """r04 scanned (made12): the title's line came out of Tesseract as three lines of
    their own, written 经济, 2013年, then 社会发展…: on one row, read by position."""
    path = MADE12 / "r04_docx_numbered_lists_scan.pdf"
    assert squeezed_blocks(path, "title") == ["2013年经济社会发展形势分析与建议"]


def test_an_ocr_paragraph_is_not_reordered_by_the_unicode_repair() -> None:
    """m04 (made): the repair of characters pdfminer cannot map moved an OCR layer's
    spaces behind its ink; words then ran together across lines and a paragraph's
    opening was read out of place (the passage was missing)."""
    body = "".join(squeezed_blocks(DATA / "realdocs-made" / "docs" / "m04_ocr_scan.pdf", "body"))
    assert "今年工作的总体要求是:深入学习和全面" in body  # OCR read the colon as ASCII


def test_a_scanned_brief_s_title_under_its_masthead_and_its_misread_brackets() -> None:
    """y04 scanned crooked (made12): the 简报's masthead lines (issue, name, issuer)
    stand to one side above the centred title; Tesseract read most （一） as 《一 ),
    still a heading number, mended to the bracket printed; the page's last paragraph,
    given a small size by OCR, is no footnote when it opens with 二、."""
    path = MADE12 / "y04_docx_wps_custom_styles_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    title = ["".join(t.split()) for t in blocks(ex, "title")]
    assert title == ["全省2013年经济社会发展主要任务推进情况"]
    heads = [("".join(h.split()), level) for h, level in headings(ex)]
    wanted = [("二、扩大内需和区域协调发展", 1), ("（一）扩大国内需求", 2)]
    wanted.append(("（二）医疗卫生和人口", 2))
    assert [h for h in wanted if h in heads] == wanted
    assert not [f for f in blocks(ex, "footnote") if f.startswith("二、")]


def test_a_scanned_title_nearly_as_wide_as_the_text_is_the_title() -> None:
    """t02 scanned level (made12): the title, centred, spans 93 % of the text block."""
    path = MADE12 / "t02_docx_localized_styles_scan.pdf"
    assert squeezed_blocks(path, "title") == ["2016年经济社会发展重点工作情况报告"]


def test_a_scanned_cover_s_fields_with_misread_colons_and_specks() -> None:
    """d03 scanned crooked (made12): Tesseract read the title field's colon as a
    semicolon (论文题目 ; …), specks before values as marks and spaces between the
    characters (名 : ，” 黄 呈 松): the field's value is the title, the other fields
    metadata."""
    path = MADE12 / "d03_fudan_thesis_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert ["".join(t.split()) for t in blocks(ex, "title")] == ["基于语言模型的日常任务规划研究"]
    assert (ex.metadata["院系"], ex.metadata["指导教师"]) == ("软件学院", "郑驱庆")  # 骁 misread
    assert "论文题目" not in "".join(ex.text.split())


def test_a_scanned_table_s_cells_are_no_headings() -> None:
    """s03 scanned level (made12): a ruled table of indicators, its rules only in the
    image; Tesseract gave its cells sizes larger than the text's. A cell shares its
    row with another: no heading by its size, so the headings are the document's."""
    path = MADE12 / "s03_docx_textbox_title_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    gold = json.loads((path.parents[1] / "gold" / f"{path.name}.json").read_text("utf-8"))
    found = [unicodedata.normalize("NFKC", "".join(h.split())) for h, _ in headings(ex)]
    assert found == [unicodedata.normalize("NFKC", h["text"]) for h in gold["headings"]]


def test_a_speck_on_a_scanned_cover_is_no_title() -> None:
    """d04 scanned level (made12): a speck above the form, centred, read as a full
    stop; a title needs a word."""
    path = MADE12 / "d04_fudan_kaiti_wps_scan.pdf"
    assert "." not in [t.strip() for t in blocks(read_pdf(path.read_bytes(), path.name), "title")]


def test_a_scanned_title_on_two_lines_is_one_title() -> None:
    """d01 scanned level (made12): the title wraps onto a second line, which Tesseract
    gave 27 pt under the first's 30: one type on a scan, so one title."""
    path = MADE12 / "d01_mineru_docx_01_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert [" ".join(t.split()) for t in blocks(ex, "title")] == [
        "MinerU supports DOCX document parsing now"
    ]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("第一章“发展回顾", "第一章 发展回顾"),  # the full-width space read as a quote
        ("第 三 节 ” 作风建设", "第 三 节 作风建设"),
        ("第12条“附则", "第12条 附则"),
        ("第一部分“2013 年工作回顾", "第一部分 2013 年工作回顾"),
        ("第 一 部 分 “2013 年工作回顾", "第 一 部 分 2013 年工作回顾"),  # OCR's spaces
        ("第二章“”简政放权", "第二章 简政放权"),  # the space read as two quotes
        ("第一节，财税体制改革", "第一节 财税体制改革"),  # or as a comma after 第一节
        ("1.2 ”总体要求与预期目标", "1.2 总体要求与预期目标"),  # after a decimal number
        ("第一，稳定和完善宏观经济政策", "第一，稳定和完善宏观经济政策"),  # no heading number
        ("12 “三去一降一补”任务", "12 “三去一降一补”任务"),  # a count, a quotation
        ("1.2，比上年提高", "1.2，比上年提高"),  # a decimal number in a sentence
        ("6.5”左右的增长目标，", "6.5”左右的增长目标，"),  # a quotation closing after it
        ("第五条，本办法自发布之日起施行", "第五条，本办法自发布之日起施行"),  # a real comma
        ("第二部分，主要分析", "第二部分，主要分析"),
        ("第一章“发展”回顾", "第一章“发展”回顾"),  # a quotation: closed later in the line
        ("关于“三严三实”专题教育", "关于“三严三实”专题教育"),  # no heading number before it
    ],
)
def test_a_quote_tesseract_read_for_the_space_after_a_heading_number(line: str, read: str) -> None:
    assert _ocr_number_space(line) == read


def test_scanned_articles_keep_their_words_apart_from_their_numbers() -> None:
    """z04 scanned level (made12): 第一条　合作背景 came out of Tesseract as
    第一条“合作背景; the articles are read as printed."""
    path = MADE12 / "z04_docx_agreement_scan.pdf"
    found = ["".join(h.split()) for h, _ in headings(read_pdf(path.read_bytes(), path.name))]
    articles = ["第一条合作背景", "第二条合作领域", "第三条价格和财税改革", "第四条国有企业改革"]
    assert found[:4] == articles


def test_a_scanned_paragraph_s_indented_first_line_is_no_heading_by_its_size() -> None:
    """y01 scanned level (made12): a paragraph's first line, indented two characters
    and running to the right edge, was given a size larger than the text's."""
    path = MADE12 / "y01_docx_direct_format_scan.pdf"
    found = ["".join(h.split()) for h, _ in headings(read_pdf(path.read_bytes(), path.name))]
    assert not [h for h in found if h.startswith("非公有制经济是我国经济的重要组成")]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("《一 ) 扩大国内需求", "（一）扩大国内需求"),  # the bracket read as 《
        ("〈二 ) 促进区域协调", "（二）促进区域协调"),
        ("三) 绿色发展", "（三）绿色发展"),  # the opening bracket lost
        ("(=)对外开放", "（=）对外开放"),  # 二 read as =: left to the numbering
        ("- 一、 发展 环境", "一、 发展 环境"),  # a speck before the number
        ("1，价格改革", "1．价格改革"),  # the full stop read as a comma
        ("2、，财税体制改革", "2．财税体制改革"),
        ("- 今年经济运行总体平稳", "- 今年经济运行总体平稳"),  # no heading number: as read
        ("12，其中城镇新增就业1314万人。", "12，其中城镇新增就业1314万人。"),  # a sentence
        ("《政府工作报告》提出", "《政府工作报告》提出"),  # a book title's bracket
        ("《十三五》规划纲要", "《十三五》规划纲要"),  # numerals in a book title's
    ],
)
def test_a_heading_number_tesseract_misread_is_mended(line: str, read: str) -> None:
    assert _ocr_heading_text(line) == read


def test_chinese_numbers_read_as_values() -> None:
    numerals = ["一", "三", "九", "十", "十二", "十九", "二十", "=", "", "一一"]
    assert [_cn_value(n) for n in numerals] == [1, 3, 9, 10, 12, 19, None, None, None, None]


def test_numbers_ocr_misread_are_mended_from_the_sequence() -> None:
    """t03 scanned level (made13): Tesseract read 二、深化供给侧结构性改革 as 三、
    after 一、 with no 三、 after it; u04 (made12): 三、重点工作安排 after 二、2016年
    主要目标 stays 三、."""
    t03 = DATA / "realdocs-made13" / "docs" / "t03_reportlab_wide_spacing_scan.pdf"
    found = ["".join(h.split()) for h, _ in headings(read_pdf(t03.read_bytes(), t03.name))]
    assert "二、深化供给侧结构性改革" in found
    assert not [h for h in found if h.startswith("三、深化")]
    u04 = MADE12 / "u04_docx_wps_outline_scan.pdf"
    found = ["".join(h.split()) for h, _ in headings(read_pdf(u04.read_bytes(), u04.name))]
    assert [h[:2] for h in found if h.endswith("重点工作安排")] == ["三、"]


def test_a_scanned_heading_numbered_in_arabic_on_a_line_of_its_own() -> None:
    """y01 scanned level (made12): 1．价格改革, read 1，价格改革, heads a paragraph
    under （二）; numbered list paragraphs (1. 加快实施…。…) stay paragraphs."""
    path = MADE12 / "y01_docx_direct_format_scan.pdf"
    found = [("".join(h.split()), lv) for h, lv in headings(read_pdf(path.read_bytes(), path.name))]
    assert ("1．价格改革", 3) in found and ("2．财税体制改革", 3) in found
    assert not [h for h, _ in found if h.startswith("1.加快实施走出去战略")]


def test_a_scanned_contents_page_gives_no_headings() -> None:
    """v03 and d01 scanned (made12): OCR read the contents pages' leaders as letters and
    specks (汪汪, es, .4) and some page numbers wrong (8 for 6); the entries' page numbers
    stand flush right, so the pages are still known for contents and left out."""
    d01 = MADE12 / "d01_mineru_docx_01_scan.pdf"
    assert headings(read_pdf(d01.read_bytes(), d01.name)) == []
    v03 = MADE12 / "v03_docx_content_controls_scan.pdf"
    found = ["".join(h.split()) for h, _ in headings(read_pdf(v03.read_bytes(), v03.name))]
    assert "一、2016年经济运行回顾" in found
    assert not [h for h in found if "汪汪" in h or h.endswith(("4", "5", "6"))]


def test_specks_and_a_subtitle_are_no_part_of_a_scanned_title() -> None:
    """z02 scanned level (made13): specks above the title were read 三 |, 人 and no;
    the subtitle under it opens with a dash OCR read as 一一."""
    path = DATA / "realdocs-made13" / "docs" / "z02_lo_proposal_receipt_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert ["".join(t.split()) for t in blocks(ex, "title")] == ["倡议书"]


def test_a_scanned_title_s_overlapping_lines_are_one_title() -> None:
    """u01 (made13, crooked) and y02 (made13, level): OCR's boxes of a title's two
    lines overlap; u01's second line opens with a speck read as a closing quote."""
    made13 = DATA / "realdocs-made13" / "docs"
    titles = {
        "u01_lo_gbt9704_report_scan.pdf": "东川省发展和改革委员会关于2017年上半年"
        "全省经济社会发展情况的报告",
        "y02_lo_wrapped_headings_scan.pdf": "东川省人民政府关于贯彻落实政府工作报告"
        "重点任务推进稳增长调结构惠民生的实施意见",
    }
    for name, title in titles.items():
        ex = read_pdf((made13 / name).read_bytes(), name)
        assert ["".join(t.split()) for t in blocks(ex, "title")] == [title], name


def test_a_scanned_contract_s_signature_block_under_its_no_text_mark() -> None:
    """z04 scanned level (made12): （以下无正文） ends the text; the signature block
    under it, OCR misread (负责人 (等宁 :), is metadata kept as read, not text."""
    path = MADE12 / "z04_docx_agreement_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert not [b for b in blocks(ex, "heading") + blocks(ex, "body") if "无正文" in b]
    assert not [b for b in blocks(ex, "body") if "盖章" in b or "盖 章" in b]
    assert ex.metadata["signature"].splitlines()[0].startswith("甲方")


@pytest.mark.parametrize(
    ("heading", "read"),
    [
        ("（二）推动出口升级，", "（二）推动出口升级"),  # a speck after it read as a comma
        ("三、重点工作安排；", "三、重点工作安排"),
        ('一、深入推进“三去一降一补 "', "一、深入推进“三去一降一补”"),  # the quote straight
        ("关于“十三五”规划", "关于“十三五”规划"),  # quotes closed: as read
        ('2.1 "互联网+" 行动', '2.1 "互联网+" 行动'),  # straight quotes, none open
    ],
)
def test_a_scanned_heading_s_end_as_printed(heading: str, read: str) -> None:
    assert _ocr_heading_end(heading) == read


def test_a_scanned_heading_wrapped_over_two_lines_is_one_heading() -> None:
    """y02 scanned level (made13): 一、 and （一） headings too long for their line run
    on to the right edge and end on a short second line."""
    path = DATA / "realdocs-made13" / "docs" / "y02_lo_wrapped_headings_scan.pdf"
    found = ["".join(h.split()) for h, _ in headings(read_pdf(path.read_bytes(), path.name))]
    assert "一、稳定和完善宏观经济政策，在适度扩大总需求的同时着力加强供给侧结构性改革" in found
    # OCR lost this one's second comma (现代化补齐)
    assert [h for h in found if h.startswith("二、优化区域") and h.endswith("补齐农村发展短板")]


def test_scanned_paragraph_lines_given_a_large_size_are_no_headings() -> None:
    """u04 scanned level (made12): two paragraphs' first lines, where one sentence ends
    and the next begins, were given a size over the text's; 二、2016 年主要目标, its
    number read with a space and a speck after it, is a heading."""
    path = MADE12 / "u04_docx_wps_outline_scan.pdf"
    found = ["".join(h.split()) for h, _ in headings(read_pdf(path.read_bytes(), path.name))]
    assert not [h for h in found if h.startswith(("。财税金融", "故、重点行业"))]
    assert [h for h in found if h.startswith("二、2016年主要目标")]


def test_a_scanned_running_header_read_alike_in_other_sizes_is_left_out() -> None:
    """y06 scanned crooked (made13): the journal's running lines (东川社会科学,
    2015年第4期) read the same on both pages, OCR guessing each page another size;
    n04 scanned level (made12): a header read the same on pages 2 and 3 and with a
    speck after it on page 1 (东川省发展和改革委员会”.) is left out on all three."""
    y06 = DATA / "realdocs-made13" / "docs" / "y06_latex_side_heads_scan.pdf"
    ex = read_pdf(y06.read_bytes(), y06.name)
    shown = ["".join(ex.text[b.start : b.end].split()) for b in ex.blocks]
    assert not [b for b in shown if "东川社会科学" in b or "2015年第4期" in b]
    n04 = MADE12 / "n04_docx_outline_styles_scan.pdf"
    ex = read_pdf(n04.read_bytes(), n04.name)
    shown = ["".join(ex.text[b.start : b.end].split()) for b in ex.blocks]
    assert not [b for b in shown if b.startswith("东川省发展和改革委员会")]


def test_a_scanned_heading_s_numeral_set_apart_from_its_mark() -> None:
    """u01 scanned crooked (made13): OCR boxed the 一 of 一、上半年经济运行总体情况 so
    thin that the gap after it split the row in two pieces."""
    path = DATA / "realdocs-made13" / "docs" / "u01_lo_gbt9704_report_scan.pdf"
    found = ["".join(h.split()) for h, _ in headings(read_pdf(path.read_bytes(), path.name))]
    assert "一、上半年经济运行总体情况" in found


def test_a_scanned_heading_number_boxed_apart_from_its_words() -> None:
    """r02 scanned level (made13): OCR boxed 一、 thin, 50 pt short of 正确把握…, so
    the row split in two and 一、 stood alone as a heading over a paragraph."""
    path = DATA / "realdocs-made13" / "docs" / "r02_lo_speech_scan.pdf"
    found = ["".join(h.split()) for h, _ in headings(read_pdf(path.read_bytes(), path.name))]
    assert "一、正确把握明年经济工作的目标要求" in found
    assert "一、" not in found


def _ocr_word(text: str, x0: float) -> list[dict[str, object]]:
    return [
        {
            "text": ch,
            "x0": x0 + 12 * k,
            "x1": x0 + 12 * k + 12,
            "size": 12.0,
            "fontname": "GlyphLessFont",
        }
        for k, ch in enumerate(text)
    ]


@pytest.mark.parametrize(
    ("first", "joined"),
    [
        ("一、", True),
        ("（二）", True),
        ("1.2", True),
        ("第三章", True),
        ("12", False),
        ("摘要", False),
    ],
)
def test_only_a_row_opening_heading_number_joins_the_words_after_it(
    first: str, joined: bool
) -> None:
    """A bare 12 may be a table's cell, a word a column's line: kept apart."""
    pieces = [_ocr_word(first, 80), _ocr_word("推进改革", 160), _ocr_word("深化开放", 320)]
    got = ["".join(str(c["text"]) for c in g) for g in _ocr_pieces(pieces)]
    head = [first + "推进改革"] if joined else [first, "推进改革"]
    assert got == [*head, "深化开放"]


def test_a_scanned_paragraph_s_first_line_guessed_larger_opens_its_paragraph() -> None:
    """r02 scanned level (made13): a paragraph's indented first line, OCR guessing it
    larger than the line under it, is no heading: it opens that paragraph. (The next
    paragraph's first character, which OCR set apart at its indent, still ends this
    one: 减少。经 / 济增长…; read where it stands, u06's 大 of 大力推进 sits left of
    the text.)"""
    path = DATA / "realdocs-made13" / "docs" / "r02_lo_speech_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    found = ["".join(h.split()) for h, _ in headings(ex)]
    assert not [h for h in found if h.startswith("今年发展的主要预期目标")]
    body = ["".join(b.split()) for b in blocks(ex, "body")]
    # its lines, OCR guessing each its own size, are one paragraph, not one a line
    assert [b for b in body if b.startswith("今年发展的主要预期目标是") and len(b) > 100]


def ocr_line(text: str, top: float, kind: str = "body", x1: float = 500.0) -> _Line:
    """A line of an OCR layer, the way the PDF reader holds it."""
    return _Line(text, 80.0, x1, top, top + 12.0, 12.0, False, 1, font=_OCR_FONT, kind=kind)


def mended(texts: list[tuple[str, str]]) -> list[str]:
    lines = [ocr_line(t, 20.0 * i, kind) for i, (kind, t) in enumerate(texts)]
    _ocr_sequence_repair(lines)
    return [ln.text for ln in lines]


def test_a_misread_number_mended_from_its_peers() -> None:
    h = "heading"
    # a second 三 after 一: the first is the 二 due
    assert mended([(h, "（一）甲"), (h, "（三）乙"), (h, "（三）丙")]) == [
        "（一）甲",
        "（二）乙",
        "（三）丙",
    ]
    # 一 二 二: the second 二 is the 三 due
    assert mended([(h, "一、甲"), (h, "二、乙"), (h, "二、丙")]) == ["一、甲", "二、乙", "三、丙"]
    # 三 then 四: a heading OCR did not read came between, nothing is mended
    assert mended([(h, "（一）甲"), (h, "（三）乙"), (h, "（四）丙")]) == [
        "（一）甲",
        "（三）乙",
        "（四）丙",
    ]
    # = is the number due
    assert mended([(h, "（一）甲"), (h, "（=）乙")]) == ["（一）甲", "（二）乙"]
    # a second 一 starts under a parent OCR did not read: no 二 made of it
    assert mended([(h, "一、甲"), (h, "（一）乙"), (h, "（一）丙")]) == [
        "一、甲",
        "（一）乙",
        "（一）丙",
    ]
    # a body line printing the number due carries the sequence on: 三、 stays
    assert mended([(h, "一、甲"), ("body", "二、乙 :"), (h, "三、丙")]) == [
        "一、甲",
        "二、乙 :",
        "三、丙",
    ]
    # a body line's number (a contents entry) is no heading's number twice
    assert mended([("body", "一、甲"), (h, "一、甲")]) == ["一、甲", "一、甲"]


def test_a_header_misread_by_specks_only() -> None:
    assert _specks_apart("东川省发展和改革委员会”.", "东川省发展和改革委员会")
    assert not _specks_apart("东川省发展和改革委员会文件", "东川省发展和改革委员会")
    assert not _specks_apart("东川省发展和改革委员会2", "东川省发展和改革委员会")


def test_prose_lines_ending_in_numbers_are_no_scanned_contents() -> None:
    """A scanned paragraph's lines run flush right and may end in a number (新增就业
    13): no contents entries, nothing left out."""
    texts = [
        "今年经济运行总体平稳，城镇新增就业人数超过 13",
        "万人，居民收入增长和经济增长基本同步，物价 26",
        "总水平保持稳定，全年居民消费价格上涨幅度为 8",
        "左右，国际收支基本平衡，主要污染物排放减少。",
    ]
    page = _Page(1, 600.0, 800.0, [ocr_line(t, 100.0 + 20 * i) for i, t in enumerate(texts)])
    assert _drop_contents_page(page, {}) == []
    assert [ln.kind for ln in page.lines] == ["body"] * 4
    # lines like entries with a paragraph's line among them: no contents either
    texts = ["一、总体要求 3", texts[0] + "，同比增长较快", "二、主要目标 5", "三、重点任务 7"]
    page = _Page(1, 600.0, 800.0, [ocr_line(t, 100.0 + 20 * i) for i, t in enumerate(texts)])
    assert _drop_contents_page(page, {}) == []
    # the same entries standing together, their numbers flush right: a contents page
    page = _Page(1, 600.0, 800.0, [ocr_line(t, 100.0 + 20 * i) for i, t in enumerate(texts[::2])])
    page.lines.append(ocr_line("三、重点任务 7", 160.0))
    assert _drop_contents_page(page, {}) == ["一、总体要求", "二、主要目标", "三、重点任务"]


def test_a_no_text_mark_ends_the_text_only_before_a_signature_block() -> None:
    tail = [ocr_line("（以下无正文）", 100.0), ocr_line("甲方（盖章）：", 120.0)]
    assert _after_no_text(tail) == {"signature": "甲方（盖章）："}
    assert [ln.kind for ln in tail] == ["meta", "meta"]
    # a sentence after it: the mark is no end of the text, nothing moves
    tail = [ocr_line("（以下无正文）", 100.0), ocr_line("本协议自双方签字之日起生效。", 120.0)]
    assert _after_no_text(tail) == {}
    assert [ln.kind for ln in tail] == ["body", "body"]


def test_a_scanned_web_page_s_navigation_above_its_headline_is_left_out() -> None:
    """u03 scanned crooked (made13): a news page printed from a browser, then scanned:
    its menu (首页 时政 财经 …) and breadcrumb (当前位置 : 首页 > 时政 > 正文) stand
    above the headline; they are the site's, not the article's."""
    path = DATA / "realdocs-made13" / "docs" / "u03_chromium_print_scan.pdf"
    shown = squeezed_blocks(path, "body") + squeezed_blocks(path, "heading")
    assert not [b for b in shown if "当前位置" in b or "首页时政财经" in b]
    assert [b for b in squeezed_blocks(path, "body") if b.startswith("这五年，我国宏观")]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("复旦大学本科生毕业论文 〈 设计 ) 开题报告", "复旦大学本科生毕业论文 （设计） 开题报告"),
        ("甲方 〈 盖章 ) :", "甲方 （盖章） :"),
        ("《一 ) 扩大国内需求", "（一） 扩大国内需求"),
        ("《政府工作报告》提出", "《政府工作报告》提出"),  # a book title, closed as one
        ("《关于(试行)的通知》", "《关于(试行)的通知》"),  # a parenthesis inside it
    ],
)
def test_an_angle_bracket_closed_by_a_parenthesis_is_a_misread_one(line: str, read: str) -> None:
    assert _ocr_brackets(line) == read


def test_a_scanned_cover_s_misread_brackets_are_read_as_printed() -> None:
    """d04 scanned level (made12): the form's title and labels read 〈 设计 )."""
    path = MADE12 / "d04_fudan_kaiti_wps_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert "复旦大学本科生毕业论文（设计）开题报告" in "".join(ex.text.split())
    assert "〈" not in ex.text


def titled(*texts: str) -> list[str]:
    lines = [ocr_line(t, 20.0 * i, "title") for i, t in enumerate(texts)]
    lines.append(ocr_line("正文第一行。", 20.0 * len(texts)))
    _unopened_quotes(lines)
    return [ln.text for ln in lines[:-1]]


def test_an_opening_quote_nothing_closes_in_a_scanned_title_is_its_space() -> None:
    """Tesseract reads the full-width space between a title's two phrases as “."""
    assert titled("坚持稳中求进“推动全省经济持续健康发展") == [
        "坚持稳中求进\u3000推动全省经济持续健康发展"
    ]
    # closed on the title's next line: a quotation, kept
    assert titled("东川省“十三五", "”开局之年经济社会发展报告") == [
        "东川省“十三五",
        "”开局之年经济社会发展报告",
    ]
    assert titled("落实“放管服”改革") == ["落实“放管服”改革"]
    # two opening quotes: a pair whose closing one OCR misread, kept
    assert titled("关于开展“安全生产月“活动的通知") == ["关于开展“安全生产月“活动的通知"]
    # a closing quote opening the title, nothing before it: a speck, dropped
    assert titled("”全省经济社会发展情况的报告") == ["全省经济社会发展情况的报告"]


def test_a_scanned_titles_first_line_guessed_smaller_is_still_the_title() -> None:
    """OCR guessed 46 pt for the title's first line, 47 for its second."""
    first = ocr_line("东 川 省 2017 年 供给 侧 结构 性 改革 重点 任", 232.0)
    second = ocr_line("务实 施 方案", 271.0)
    first.size, second.size = 46.0, 47.0
    assert _largest_run([first, second, ocr_line("文档 编号 : DC-FG-2017-003", 486.0)]) == [
        first,
        second,
    ]
    path = DATA / "realdocs-made13" / "docs" / "y05_lo_doc_control_endnotes_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert ["".join(t.split()) for t in blocks(ex, "title")] == [
        "东川省2017年供给侧结构性改革重点任务实施方案"
    ]
    # its scanned revision history and approval table are metadata, not headings or text
    assert headings(ex) == []
    control = ex.metadata["document_control"]
    assert control.startswith("文档修订记录\n版本\t日期")
    assert "文档审批\n角色\t姓名\t日期" in control
    assert "补充产权保护" not in ex.text


def cell(text: str, top: float, x0: float) -> _Line:
    return _Line(text, x0, x0 + 14.0 * len(text), top, top + 12.0, 12.0, False, 1, font=_OCR_FONT)


def test_a_scanned_revision_history_is_document_control() -> None:
    cells = [
        cell("文档 修订 记录", 72.0, 260.0),
        cell("版 本", 103.0, 130.0),
        cell("日 期", 103.0, 240.0),
        cell("V1.0", 118.0, 122.0),
        cell("2017-03-02", 118.0, 206.0),
        cell("一、总体要求", 160.0, 80.0),
        cell("今年经济运行总体平稳，主要指标好于预期，结构调整取得积极进展。", 180.0, 80.0),
    ]
    page = _Page(2, 600.0, 800.0, cells)
    assert _document_control(page) == ["文档修订记录\n版本\t日期\nV1.0\t2017-03-02"]
    # the numbered heading alone on its row ends the table
    assert [c.kind for c in cells] == ["drop"] * 5 + ["body"] * 2
    # an unnumbered heading and short lines after the table: text again (the table ends
    # at its last row of cells)
    cells = [
        cell("文档 修订 记录", 100.0, 80.0),
        *(cell(t, 130.0, x) for t, x in (("版本", 80.0), ("日期", 250.0), ("修改人", 400.0))),
        *(cell(t, 150.0, x) for t, x in (("V1.0", 80.0), ("2023-01-05", 250.0), ("张三", 400.0))),
        cell("引言", 190.0, 80.0),
        cell("本系统用于政务数据交换", 215.0, 80.0),
        cell("主要包括以下功能", 235.0, 80.0),
    ]
    assert _document_control(_Page(2, 600.0, 800.0, cells)) == [
        "文档修订记录\n版本\t日期\t修改人\nV1.0\t2023-01-05\t张三"
    ]
    assert [c.kind for c in cells] == ["drop"] * 7 + ["body"] * 3
    # a label over one item a row (a list, no table): it stays text
    items = [cell("修订 记录", 72.0, 80.0), cell("1. 增加术语", 100.0, 80.0)]
    items.append(cell("2. 修改范围", 120.0, 80.0))
    page = _Page(2, 600.0, 800.0, items)
    assert _document_control(page) == []
    assert {c.kind for c in items} == {"body"}


def test_a_section_mark_ocr_misread_by_one_character_is_that_heading() -> None:
    heads = {"第一章发展回顾": {(18.0, False)}, "第二章形势与目标": {(18.0, False)}}
    assert _misread_key("第一章发展同顾", heads) == {(18.0, False)}
    assert _misread_key("第一章发展同题", heads) == set()  # two characters differ
    assert _misread_key("第一章", {"第二章": {(18.0, False)}}) == set()  # too short to tell
    # another section's number is no misread: 第二节 is not 第一节
    assert _misread_key("第二节工作目标", {"第一节工作目标": {(16.0, False)}}) == set()


def test_a_scanned_header_row_leaves_with_its_section_mark() -> None:
    """s04 scanned (made13): each page's header is the document's name at the left and
    the chapter's at the right; page 2's OCR misread both (2 区 二 抽 本 5 工作 建议,
    第一章 发展同顾)."""
    path = DATA / "realdocs-made13" / "docs" / "s04_lo_watermark_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    body = "".join("".join(blocks(ex, "body")).split())
    assert "形势分析与工作建议" not in body and "工作建议" not in body
    assert "第一章" not in body
    assert ["".join(h.split()) for h, _ in headings(ex)][:2] == ["第一章发展回顾", "第一节主要成就"]


@pytest.mark.parametrize(
    ("line", "numbered"),
    [
        ("2.1.1 运行 要 求", True),  # a section's number of three levels, OCR's spaces
        ("1.2 适用 范围", True),
        ("1．价格改革", True),
        ("2.3 万亿元", False),  # a quantity: a unit after the decimal
        ("1．年度重点任务", True),  # a unit's character after a one-level number: words
        ("4．度量方法", True),
        ("6.5% 左右", False),
        ("2.1 主要指标，今年以来", False),  # a clause goes on: a paragraph's line
    ],
)
def test_an_ocr_line_of_its_own_opening_with_a_section_number(line: str, numbered: bool) -> None:
    assert _ocr_numbered(line) is numbered


def test_a_scanned_datasheets_list_items_and_contents_are_no_headings() -> None:
    """n06 scanned (made13): bullets OCR read as specks (. 统一身份认证 ;) and an item
    ending its sentence (基层便民服务站点。), each guessed larger than the text, stay
    text; 2.2 安全要求, at the text's size, is found by its number."""
    path = DATA / "realdocs-made13" / "docs" / "n06_lo_datasheet_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    found = ["".join(h.split()) for h, _ in headings(ex)]
    assert "2.2安全要求" in found
    assert not [h for h in found if "统一" in h or h.endswith("。")]
    # n02: a contents page whose page numbers OCR dropped lists numbered lines with no
    # text under them: no headings
    path = DATA / "realdocs-made13" / "docs" / "n02_lo_manual_toc_noleader_scan.pdf"
    assert headings(read_pdf(path.read_bytes(), path.name)) == []
