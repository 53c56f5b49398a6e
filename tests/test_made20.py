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
from zhbrief.reading.pdf.contents import _contents_levels
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


# ------------------------------------------------ guards from the change's review


def test_a_sentence_about_generated_reports_is_no_stamp() -> None:
    assert not closing_line("平台上线后，系统自动生成月度报表，大幅减少了人工统计工作量。")
    assert not closing_line("系统自动生成的报告显示，本季度销售额同比增长12%。")
    assert closing_line("（本表由系统自动生成）")


def test_a_caption_describing_the_picture_stays_a_caption() -> None:
    for caption in ("图：村民在田间直播销售农产品", "图片：游客在博物馆参观"):
        html = (
            "<html><head><meta charset='utf-8'></head><body><h1>乡村见闻</h1>"
            f"<h2>一、产业发展</h2><p>{prose(1)[:60]}。</p><p><img src='a.jpg'></p>"
            f"<p>{caption}</p><p>{prose(2)[:60]}。</p></body></html>"
        )
        doc = read(html.encode(), "p.html")
        assert paragraphs(doc, "caption") == [caption]
        assert not [m for m in doc.metadata if m.key == "credit"]


def test_only_an_issuers_lines_over_a_signing_date_sign() -> None:
    def closing(tail: list[str]) -> tuple[list[str], dict[str, str]]:
        html = (
            "<html><head><meta charset='utf-8'></head><body><h1>通知</h1><h2>一、总体情况</h2>"
            f"<p>{prose(1)[:60]}。</p>" + "".join(f"<p>{t}</p>" for t in tail) + "</body></html>"
        )
        doc = read(html.encode(), "n.html")
        return paragraphs(doc)[1:], {m.key: m.zh for m in doc.metadata}

    body, meta = closing(["特此通知", "东川市发展和改革委员会", "2014年4月10日"])
    assert body == ["特此通知"] and meta["signature"] == "东川市发展和改革委员会"
    body, meta = closing(["春眠不觉晓", "夜来风雨声", "2020年3月1日"])
    assert body == ["春眠不觉晓", "夜来风雨声"] and "signature" not in meta
    body, meta = closing(["让我们携手共创美好未来", "发布时间：2020-01-01"])
    assert body == ["让我们携手共创美好未来"] and "signature" not in meta


def test_one_row_of_fields_makes_no_page_a_cover() -> None:
    """A first page of short lines with one 时间/地点 row: the row is metadata, the
    outline under it stays text (two field lines make a cover, one does not)."""
    first = [
        Text(80, "安全生产专题培训", size=24, x=180),
        Text(140, "时间：2020年5月1日　地点：市应急管理局三楼会议室", size=12),
        Text(180, "一、安全生产形势分析", size=14),
        Text(210, "二、重点行业风险隐患", size=14),
    ]
    second = [Text(72, "一、安全生产形势分析", size=14), *paragraph(100, prose(1))]
    ex = read_pdf(draw([first, second]), "slides.pdf")
    assert "二、重点行业风险隐患" in squeeze(ex.text)
    assert ex.metadata["地点"] == "市应急管理局三楼会议室"
    assert "cover" not in ex.metadata


def test_contents_levels_under_chapters_sections_and_parts() -> None:
    book = ["第一章 总则", "第一节 目的", "一、背景", "（一）现状", "第二章 附则"]
    assert _contents_levels(book) == [1, 2, 3, 4, 1]
    assert _contents_levels(["第一部分 总论", "第一章 背景", "一、现状"]) == [1, 2, 3]
    assert _contents_levels(["一、背景", "（一）现状", "二、任务"]) == [1, 2, 1]


def test_a_theses_english_abstract_label_heads_it_under_the_english_title() -> None:
    """The shared p01: the English abstract page's title (16 pt Arial) over the author
    lines and ABSTRACT (body size, another face): ABSTRACT is a front-matter heading
    like 摘要, the English title metadata, not two headings."""
    cover = [Text(200, "数字普惠金融对中小企业信用风险影响研究", size=22, x=100)]
    zh = [Text(72, "摘要", size=16, x=270), *paragraph(110, prose(1)), *paragraph(200, prose(2))]
    english = "As an important part of the national economy, small firms play a vital role. " * 3
    en = [
        Text(
            60,
            "Research on the Impact of Digital Inclusive Finance",
            size=16,
            x=100,
            font="Helvetica",
        ),
        Text(100, "Yuchen Wang (Computer Technology)", x=220, font="Times-Roman"),
        Text(130, "ABSTRACT", x=260, font="Helvetica"),
        *[Text(160 + 16 * k, english[60 * k : 60 * k + 60], font="Times-Roman") for k in range(3)],
    ]
    chapter = [
        Text(72, "第一章 绪论", size=16),
        *paragraph(110, prose(3)),
        *paragraph(200, prose(4)),
    ]
    ex = read_pdf(draw([cover, zh, en, chapter]), "thesis.pdf")
    assert [h for h, _ in headings(ex)] == ["摘要", "ABSTRACT", "第一章 绪论"]
    assert ex.metadata["title_en"] == "Research on the Impact of Digital Inclusive Finance"
