"""What the twentieth set (realdocs-made20, made blind) found: fpdf2's embedded encoding
CMap (pdfminer read no character), the LaTeX CJK package's overprinted bold (each glyph
three times), a deck's agenda slide under another name than 目录, contents two levels
deep over （一） heads, a cover's row of fields, a reporting system's stamp; an official
notice's number, signature, date and publicity note on a web page, a picture's credit
as its caption, a text box's title over its dash subtitle, a 执笔 credit. The files are
the set's own; small cases are drawn or built here too."""

from __future__ import annotations

from pathlib import Path

from test_readers import paragraphs, read, squeeze
from test_realdocs_pdf import LEFT, Text, draw, headings, paragraph, prose

from zhbrief.reading.base import Extracted, closing_line
from zhbrief.reading.docx import read_docx
from zhbrief.reading.pdf import read_pdf
from zhbrief.reading.pdf.chars import _overprinted
from zhbrief.reading.pdf.cmaps import encoding_entries
from zhbrief.segmentation.metadata import closing_line as closing_meta_line

MADE20 = Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made20" / "docs"


def made(name: str) -> Extracted:
    return read_pdf((MADE20 / name).read_bytes(), name)


def kinds(ex: Extracted, kind: str) -> list[str]:
    return ["".join(ex.text[b.start : b.end].split()) for b in ex.blocks if b.kind == kind]


# ------------------------------------------------------------------ PDF characters


def test_an_embedded_encoding_cmaps_ranges_and_chars_are_read() -> None:
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        b"2 begincidchar\n<0001> 31665\n<00 0A> 1403\nendcidchar\n"
        b"1 begincidrange\n<0010> <0012> 200\nendcidrange\nendcmap end end"
    )
    assert encoding_entries(cmap) == {
        b"\x00\x01": 31665,
        b"\x00\x0a": 1403,
        b"\x00\x10": 200,
        b"\x00\x11": 201,
        b"\x00\x12": 202,
    }
    assert encoding_entries(b"begincidrange <0000> <FFFFFF> 0 endcidrange") == {}


def test_fpdf2s_embedded_encoding_cmap_gives_the_text() -> None:
    """e04: fpdf2 names its Type0 fonts' encoding Adobe-Identity-UCS, a CMap stream of
    its own; pdfminer found no such predefined CMap and read no character at all (the
    file was refused as having no text layer)."""
    ex = made("e04_fpdf2_business_report.pdf")
    assert kinds(ex, "title") == ["远航物流2016年度经营分析报告"]
    assert "一、经营概况" in kinds(ex, "heading")
    assert "过去一年，我国发展面临多重困难和严峻挑战。" in squeeze(ex.text)


TITLE = Text(30, "年度工作报告", size=20, x=240)


def test_a_glyph_overprinted_for_bold_is_read_once_and_bold() -> None:
    """e02: \\CJKbold draws each glyph three times 0.26 pt apart: 扩扩扩大大大 read as
    扩大, its line bold (a heading in the body's size)."""
    ex = made("e02_pdflatex_cjk_paper.pdf")
    assert kinds(ex, "title") == ["扩大内需与促进区域协调发展研究"]
    assert "1引言" in kinds(ex, "heading")
    bold = [Text(72, "一、总体要求", x=LEFT + dx) for dx in (0.0, 0.26, 0.52)]
    page = [TITLE, *bold, *paragraph(100, prose(1)), *paragraph(200, prose(2))]
    drawn = read_pdf(draw([page]), "bold.pdf")
    assert headings(drawn) == [("一、总体要求", 1)]
    assert "一一" not in drawn.text


def test_a_glyph_drawn_twice_in_one_place_is_read_once_not_bold() -> None:
    def glyph(x: float, font: str = "SimSun") -> dict[str, object]:
        return {"text": "一", "fontname": font, "size": 11.0, "x0": x, "x1": x + 11, "top": 72.0}

    once = _overprinted([glyph(72.0), glyph(72.0), glyph(83.0)])
    assert [(c["x0"], c["fontname"]) for c in once] == [(72.0, "SimSun"), (83.0, "SimSun")]
    bold = _overprinted([glyph(72.0), glyph(72.3), glyph(83.0)])
    assert [(c["x0"], c["fontname"]) for c in bold] == [(72.0, "SimSun,Bold"), (83.0, "SimSun")]
    ocr = _overprinted([glyph(72.0, "GlyphLessFont"), glyph(72.3, "GlyphLessFont")])
    assert len(ocr) == 2  # an OCR layer's overlapping boxes are left as read


# ------------------------------------------------------------------ PDF layout


def test_a_decks_agenda_slide_under_any_agenda_label_is_left_out() -> None:
    """e05: 汇报提纲 over the four sections' titles, each the title of a later slide
    with its number: navigation, not four headings read twice."""
    ex = made("e05_odp_impress_deck.pdf")
    assert kinds(ex, "heading") == [
        "一、全年目标完成情况",
        "二、新兴产业与传统产业",
        "三、农业农村改革",
        "四、开放合作与民生保障",
    ]


def test_heads_numbered_deeper_than_the_contents_go_are_headings() -> None:
    """e01: contents listing 第一章 and 一、 leave out the （一） heads under them; set
    alike and numbered a level deeper, they head the third level, not the text."""
    ex = made("e01_weasyprint_annual_report.pdf")
    levels = {ex.text[b.start : b.end]: b.level for b in ex.blocks if b.kind == "heading"}
    assert levels["（一）简政放权与投资管理"] == levels["（二）国有企业改革"] == 3
    assert levels["一、重点领域改革"] == 2


def test_a_covers_row_of_fields_is_metadata() -> None:
    ex = made("e01_weasyprint_annual_report.pdf")
    assert "证券代码" not in squeeze(ex.text)
    assert ex.metadata["证券代码"] == "600917"
    assert ex.metadata["证券简称"] == "华信控股"


def test_a_reporting_systems_stamp_closing_the_report_is_metadata() -> None:
    ex = made("e04_fpdf2_business_report.pdf")
    assert "报告生成时间" not in squeeze(ex.text) and "自动生成" not in squeeze(ex.text)
    assert ex.metadata["报告生成时间"].startswith("2017-01-16")
    assert closing_line("本报告由系统自动生成，仅供内部参考，请勿外传。")
    assert not closing_line("数据由各部门报送后自动汇总，经核对后形成本报告，请各单位认真研究。")


# ------------------------------------------------------------------ web pages, Word


def test_an_official_notices_number_signature_date_and_note_are_metadata() -> None:
    """f06: 东发改〔2014〕58号 under the title, the issuer and date signing it and the
    （此件主动公开） note under them: the document's record, not its text."""
    doc = read((MADE20 / "f06_gov_notice_index_table.html").read_bytes(), "f06.html")
    body = paragraphs(doc)
    assert body[0] == "各有关单位："
    assert body[-1].startswith("各级政府必须厉行节约")
    meta = {m.key: squeeze(m.zh) for m in doc.metadata}
    assert meta["document_number"] == "东发改〔2014〕58号"
    assert meta["signature"] == "东川市发展和改革委员会"
    assert meta["date"] == "2014年4月10日"
    assert meta["publicity"] == "（此件主动公开）"


def test_a_closing_line_of_plain_words_is_no_signature() -> None:
    html = (
        "<html><head><meta charset='utf-8'></head><body><h1>通知</h1>"
        f"<p>{prose(1)[:60]}。</p><p>各单位要高度重视</p><p>抓好落实</p></body></html>"
    )
    doc = read(html.encode(), "n.html")
    assert paragraphs(doc)[-2:] == ["各单位要高度重视", "抓好落实"]
    assert not [m for m in doc.metadata if m.key == "signature"]


def test_a_caption_that_only_credits_the_picture_is_metadata() -> None:
    doc = read((MADE20 / "f05_bjh_author_gb18030.html").read_bytes(), "f05.html")
    assert "图片来源：视觉中国" not in [squeeze(p) for p in paragraphs(doc, "caption")]
    assert ("credit", "视觉中国") in [(m.key, m.zh) for m in doc.metadata]


def test_a_text_box_title_over_its_dash_subtitle() -> None:
    """f01: the title box holds the title and ——对…的调查与思考 in two paragraphs: the
    first is the title, the dash line its subtitle."""
    name = "f01_docx_wps_textbox_title.docx"
    ex = read_docx((MADE20 / name).read_bytes(), name)
    assert kinds(ex, "title") == ["关于推进新型城镇化和农业现代化的调研报告"]
    assert ex.metadata["subtitle"] == "——对东川市六个县（区）的调查与思考"


def test_a_drafters_credit_closing_a_report_is_metadata() -> None:
    line = closing_meta_line("（执笔：刘建华　王晓燕）", 0)
    assert line is not None and line[0].key == "author"
    doc = read((MADE20 / "f01_docx_wps_textbox_title.docx").read_bytes(), "f01.docx")
    assert not [p for p in paragraphs(doc) if "执笔" in p]
