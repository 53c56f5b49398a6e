"""What the seventeenth set (realdocs-made17, made blind) found: an encyclopedia's own
markup (Baike's ranked ``div`` section titles, the entry's bracketed qualifier, its
reference block and tag line, bookmarks after citation marks), an official notice's
attachment note and 附注 round its signature, a feasibility study's cover title in
large type over its form, and a crooked two-page scan's footer OCR read differently
on each page. Pages are built here; the PDFs are the set's own."""

from __future__ import annotations

from pathlib import Path

from test_readers import headings, paragraphs, read, squeeze

from zhbrief.reading import decode_bytes

MADE17 = Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made17" / "docs"
P1 = "推动简政放权、放管结合、优化服务改革向纵深发展。以敬民之心，行简政之道，切实转变政府职能。"
P2 = "扎实有效去产能。今年要再压减钢铁产能五千万吨左右，退出煤炭产能一点五亿吨以上。"
P3 = "精准加力补短板。要针对严重制约经济社会发展和民生改善的突出问题，加大补短板力度。"


def baike() -> bytes:
    def title(level: int, text: str) -> str:
        return (
            f'<div class="para-title level-{level}"><div class="title-text">{text}</div>'
            '<a class="edit-lemma" href="javascript:;"><em></em>编辑</a></div>'
        )

    cite = (
        '<sup class="sup--normal">&nbsp;[1]</sup><a class="sup-anchor" name="ref_[1]_1">&nbsp;</a>'
    )
    return (
        "<html><head><meta charset='utf-8'><title>供给侧结构性改革_知库百科</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/a'>特色百科</a></div>"
        "<div class='main-content'>"
        "<dl class='lemmaWgt-lemmaTitle'><dd>"
        "<h1>供给侧结构性改革</h1><h2>（经济政策）</h2></dd></dl>"
        f"<div class='lemma-summary'><div class='para'>{P1}</div></div>"
        + title(2, "主要任务")
        + title(3, "简政放权")
        + f"<div class='para'>{P1}{cite}</div>"
        + title(2, "三去一降一补")
        + f"<div class='para'>{P2}{cite}</div>"
        + f"<div class='para'>{P3}{cite}</div>"
        + "<dl class='lemma-reference'><dt class='reference-title'>参考资料</dt><dd><ul>"
        "<li><a href='http://example.org/1' class='text'>国务院关于重点工作的部署</a>"
        "[引用日期2023-04-11]</li></ul></dd></dl>"
        "<div id='open-tag'><dl class='open-tag'><dt>词条标签：</dt>"
        "<dd><span>经济</span>，<span>政策</span></dd></dl></div>"
        "</div><div class='footer'>©2023 知库</div></body></html>"
    ).encode()


def test_an_encyclopedias_ranked_div_titles_are_its_sections() -> None:
    doc = read(baike(), "baike.html")
    assert doc.title is not None and doc.title.zh == "供给侧结构性改革"
    assert headings(doc) == [("主要任务", 1), ("简政放权", 2), ("三去一降一补", 1)]


def test_an_encyclopedias_qualifier_references_and_tags_are_not_its_text() -> None:
    doc = read(baike(), "baike.html")
    text = "".join(squeeze(p) for p in paragraphs(doc, "body"))
    for furniture in ("（经济政策）", "参考资料", "国务院关于重点工作的部署", "词条标签", "编辑"):
        assert furniture not in text


def test_a_paragraph_ending_in_a_bookmark_after_its_citation_is_kept() -> None:
    """Baike closes a cited sentence with <sup>[1]</sup><a name="ref_…">&nbsp;</a>:
    the extractor dropped such a paragraph as a link."""
    text = "".join(squeeze(p) for p in paragraphs(read(baike(), "baike.html"), "body"))
    assert squeeze(P3)[:20] in text
    assert text.index(squeeze(P2)[:20]) < text.index(squeeze(P3)[:20])


def made(name: str) -> tuple[str, dict[str, str], list[tuple[int, str]], str]:
    got = decode_bytes((MADE17 / name).read_bytes(), name)
    blocks = got.blocks or ()
    title = next((got.text[b.start : b.end] for b in blocks if b.kind == "title"), "")
    heads = [
        (b.level, "".join(got.text[b.start : b.end].split())) for b in blocks if b.kind == "heading"
    ]
    body = "".join(got.text[b.start : b.end] for b in blocks if b.kind == "body")
    return title, dict(got.metadata), heads, "".join(body.split())


def test_a_notices_attachment_note_and_its_note_under_the_date_close_it() -> None:
    """a04: GB/T 9704 sets 附件：… between the text and the signature and （此件公开发布）
    under the date: with the signature they close the notice (metadata), not its text
    (the 附件 line had run on from the last paragraph across the page break)."""
    _, meta, _, body = made("a04_lo_gov_notice_redhead.pdf")
    assert meta["signature"] == "东川市人民政府\n2016年3月18日"
    assert meta["closing_notes"].split("\n") == [
        "附件：东川市2016年深化改革扩大开放重点任务分工表",
        "（此件公开发布）",
    ]
    assert "附件" not in body and "此件公开发布" not in body
    assert body.endswith("努力为人民提供优质高效服务。")


def test_a_covers_large_title_over_its_form_is_the_title() -> None:
    """a03: 东川市…建设项目 (24 pt) over 可行性研究报告 (30 pt) above a form whose
    项目名称 holds the first line: the large lines are the title, the field a field."""
    title, _, _, body = made("a03_lo_feasibility_study.pdf")
    assert title == "东川市智慧政务服务平台建设项目可行性研究报告"
    assert "可行性研究报告" not in body[:40]


def test_a_crooked_scans_footer_read_differently_on_each_page_is_left_out() -> None:
    """a06: OCR read the footer 内部资料　注意保存 with a speck on page 1 only, and its
    page number 第 1 页 as 第 IT 页; the chapter line under the title is no part of it,
    and the lines above the footer, guessed smaller, are no footnotes (they were moved
    after page 2)."""
    title, _, heads, body = made("a06_ocr_scan_rotated.pdf")
    assert title == "东川省创新驱动与产业升级专题研究报告"
    assert heads[0] == (1, "第一章产业结构调整")
    for furniture in ("内部资料", "注意保存", "第IT页", "|"):
        assert furniture not in body
    assert body.index("以体制创新推动科技创新") < body.index("企业是技术创新的主体")


def _scanned_page(last_lines: list[str]) -> list[str]:
    """Kinds of a scanned page's lines: eight of text at 17 pt, then ``last_lines``
    that OCR's boxes made 14 pt."""
    from zhbrief.reading.pdf.headings import _mark_footnotes
    from zhbrief.reading.pdf.lines import _OCR_FONT, _Line, _Page

    def line(text: str, top: float, size: float) -> _Line:
        return _Line(text, 80.0, 500.0, top, top + size, size, False, 1, font=_OCR_FONT)

    lines = [line(P1, 100.0 + 25 * k, 17.0) for k in range(8)]
    lines += [line(t, 320.0 + 20 * k, 14.0) for k, t in enumerate(last_lines)]
    _mark_footnotes(_Page(1, 595.0, 842.0, lines), 17.0)
    return [ln.kind for ln in lines[8:]]


def test_a_scans_last_lines_guessed_smaller_are_notes_only_under_a_note_number() -> None:
    assert _scanned_page(
        ["以体制创新推动科技创新。创新创造关键在人。", "理改革，扩大股权激励"]
    ) == [
        "body",
        "body",
    ]
    assert _scanned_page(["1 数据为初步统计数。", "2 按可比价格计算。"]) == ["footnote", "footnote"]


# ------------------------------------------------ guards from the change's review

ARTICLE = (
    "一个正文段落，讲述了这个地区的历史沿革和发展情况，内容比较长以便被抽取器当作正文保留下来。"
)


def article(inner: str, h1: str = "食品标签管理规定解读", under: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{h1}</title></head><body>"
        f"<article><h1>{h1}</h1>{under}<p>{ARTICLE}</p><p>{ARTICLE}</p>{inner}"
        f"<p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>"
    ).encode()


def test_a_tag_line_in_the_articles_text_stays() -> None:
    """Only a tag line in a box of its own (dl.open-tag) is the site's."""
    doc = read(article("<div>标签：应当清晰标明产品名称、生产日期和保质期。</div>"), "tag.html")
    assert any("标签：应当清晰标明" in p for p in paragraphs(doc, "body"))


def test_a_bracketed_heading_under_a_pages_h1_is_no_qualifier_outside_an_entry() -> None:
    """（征求意见稿） under a draft's h1 says what the text is; only an encyclopedia
    entry's title box holds a qualifier to leave out."""
    doc = read(article("", "关于加强城市排水管理的办法", "<h2>（征求意见稿）</h2>"), "draft.html")
    assert ("（征求意见稿）", 1) in headings(doc)


def test_a_ranked_title_box_keeps_the_text_it_holds() -> None:
    box = (
        '<div class="section-title level-2"><h2 class="title-text">气候</h2>'
        "<div>该市属亚热带季风气候，年均气温十八度。</div></div>"
    )
    doc = read(article(box, h1="城市概况"), "wrap.html")
    assert ("气候", 1) in headings(doc)
    assert any("亚热带季风气候" in p for p in paragraphs(doc, "body"))


def test_a_thesis_covers_large_lines_above_its_title_are_not_the_title() -> None:
    """The school and 本科毕业论文 over the title line, 题目：… in the form under it:
    the title is the value's large line, not all the large lines joined."""
    from test_realdocs_pdf import Text, draw, paragraph, prose

    from zhbrief.reading.pdf import read_pdf

    cover = [
        Text(120, "东川师范大学", size=28, x=213),
        Text(170, "本科毕业论文", size=24, x=225),
        Text(240, "基于深度学习的图像识别研究", size=20, x=167),
        Text(400, "题目：基于深度学习的图像识别研究", size=14, x=150),
        Text(430, "学院：计算机科学学院", size=14, x=150),
        Text(460, "姓名：张三", size=14, x=150),
        Text(490, "指导教师：李四", size=14, x=150),
    ]
    body = [Text(72, "一、引言", size=14), *paragraph(100, prose(1)), *paragraph(200, prose(2))]
    ex = read_pdf(draw([cover, body]), "cover.pdf")
    assert [ex.text[b.start : b.end] for b in ex.blocks if b.kind == "title"] == [
        "基于深度学习的图像识别研究"
    ]


def _margin_lines(first: str, second: str) -> list[str]:
    """Kinds of two OCR lines at one place in the top margin of two pages."""
    from zhbrief.reading.pdf.furniture import _drop_misread_margins
    from zhbrief.reading.pdf.lines import _OCR_FONT, _Line, _Page

    pages = []
    for number, text in ((3, first), (6, second)):
        ln = _Line(text, 80.0, 500.0, 50.0, 66.0, 16.0, False, number, font=_OCR_FONT)
        pages.append(_Page(number, 595.0, 842.0, [ln]))
    _drop_misread_margins(pages, [p.lines for p in pages])
    return [p.lines[0].kind for p in pages]


def test_a_sentence_opening_two_scanned_pages_is_no_misread_header() -> None:
    said = "各地区各部门要切实加强组织领导，确保各项任务落到实处，"
    assert _margin_lines(said, said[:-1] + "。") == ["body", "body"]
    assert _margin_lines("内部资料“注意保存", "内部资料注意保存") == ["drop", "drop"]


def test_a_page_title_ocr_misread_twice_on_two_pages_is_one_running_line() -> None:
    """u03 scanned (made13): the browser's header, the page's <title>, read 回顾/东川
    on one page and 回兢/东咱 on the other."""
    assert _margin_lines(
        "五年发展成就回顾与新一年工作展望_东川新闻网", "五年发展成就回兢与新一年工作展望_东咱新闻网"
    ) == ["drop", "drop"]


def test_a_journals_masthead_on_its_first_page_only_is_left_out() -> None:
    """v05 scanned (made13): the masthead (volume and issue, the journal, the month)
    stands over page 1 alone, so nothing repeats it; its volume and issue tell it."""
    from test_realdocs_pdf import Text, draw, paragraph, prose

    from zhbrief.reading.pdf import read_pdf

    page = [
        Text(36, "第25卷第3期", size=9, x=57),
        Text(36, "东川大学学报（社会科学版）", size=9, x=232),
        Text(36, "Vol.25 No.3", size=9, x=474),
        Text(52, "2013年5月", size=9, x=57),
        Text(52, "May 2013", size=9, x=498),
        Text(100, "扩大内需与城镇化的协同推进研究", size=18, x=160),
        *paragraph(150, prose(1)),
        *paragraph(250, prose(2)),
    ]
    ex = read_pdf(draw([page]), "journal.pdf")
    text = "".join(ex.text.split())
    for line in ("第25卷第3期", "东川大学学报", "Vol.25", "2013年5月", "May2013"):
        assert line not in text
    assert [ex.text[b.start : b.end] for b in ex.blocks if b.kind == "title"] == [
        "扩大内需与城镇化的协同推进研究"
    ]


def test_a_scans_text_right_under_its_header_is_no_header_row() -> None:
    """u03 scanned: the text starts right under the browser's header, OCR giving both
    one size; a paragraph's lines are no rows of the header."""
    from zhbrief.reading.pdf.furniture import _drop_header_rows
    from zhbrief.reading.pdf.lines import _OCR_FONT, _Line, _Page

    def line(text: str, top: float, kind: str = "body") -> _Line:
        return _Line(text, 28.0, 580.0, top, top + 15.0, 15.0, False, 2, font=_OCR_FONT, kind=kind)

    lines = [
        line("五年发展成就回顾与新一年工作展望_东川新闻网", 9.0, "drop"),
        line("作，积极参与应对国际金融危机、气候变化等全球性问题的国际合作，推动解决", 28.0),
        line("我国改革发展稳定营造了有利的国际环境，为世界和平稳定发展繁荣作出重要贡献。", 50.0),
        line("今年的总体要求与预期目标", 80.0),
    ]
    _drop_header_rows(_Page(2, 612.0, 792.0, lines), 15.0)
    assert [ln.kind for ln in lines] == ["drop", "body", "body", "body"]
