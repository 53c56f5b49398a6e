"""Readers on documents as real tools make them (issue 19).

The PDFs and pages under eval/data/realdocs-made were made by LibreOffice, XeLaTeX,
ocrmypdf and by hand after real sites' layouts (eval/make_realdocs.py); they are
committed, so these tests need none of those tools. Small DOCX and HTML inputs are
built here to pin one rule each.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from test_readers import headings, paragraphs, read, squeeze

from zhbrief.document import Document
from zhbrief.reading.base import clean_prose, fold_compat, form_fields
from zhbrief.reading.html import page_title

MADE = Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made"
HAN_SPACE = re.compile(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]")
P = "我们要坚持稳中求进工作总基调，保持经济运行在合理区间，着力提高发展质量和效益。"


def made(name: str) -> tuple[Document, dict[str, object]]:
    doc = read((MADE / "docs" / name).read_bytes(), name)
    gold = json.loads((MADE / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    return doc, gold


def body_text(doc: Document) -> str:
    return "".join(paragraphs(doc) + paragraphs(doc, "table") + paragraphs(doc, "caption"))


# ------------------------------------------------------------------- characters


def test_radicals_and_compatibility_ideographs_fold_one_to_one() -> None:
    # Kangxi radicals (U+2F00..), radicals-supplement simplified forms, a compatibility ideograph
    text = "\u2f63\u2f64\u2ed3\u2ec5\u2ee3\uf900"
    folded = fold_compat(text)
    assert folded == "生用长见骨豈"
    assert len(folded) == len(text)  # offsets into the extracted text stay valid


def test_radicals_fold_to_the_character_a_simplified_font_draws() -> None:
    # Chromium names Noto CJK SC's shared glyphs by their lowest code point: ⼾ is
    # drawn as 户 (NFKC would give the traditional 戶), ⻤ as 鬼, ⺅ as 亻
    text = "推动\u2f3e籍\u2ee4\u2e85\u2ec1"
    folded = fold_compat(text)
    assert folded == "推动户籍鬼亻虎"
    assert len(folded) == len(text)


def test_realdocs_chromium_pdf_keeps_the_households_character() -> None:
    name = "g06_chromium_kb_article.pdf"
    doc = read((MADE.parent / "realdocs-made21" / "docs" / name).read_bytes(), name)
    text = body_text(doc)
    assert "推动户籍制度改革" in text and "戶" not in text and "\u2f3e" not in text


def test_prose_loses_cid_placeholders_and_spaces_between_han() -> None:
    assert clean_prose("史 的 事情 。 GDP 增长 6.9%(cid:3)") == "史的事情。 GDP 增长 6.9%"


def test_form_fields_split_a_cover_line() -> None:
    line = "姓    名：     黄呈松           学    号：19302010004"
    assert form_fields(line) == [("姓名", "黄呈松"), ("学号", "19302010004")]
    assert form_fields("第一项：稳增长。") == []  # a sentence after a colon is prose
    assert form_fields("根据会议的统一部署要求：做好工作") == []  # a long label is not a form's


# ------------------------------------------------------------------------- HTML


@pytest.mark.parametrize(
    ("h1s", "og", "title", "expected"),
    [
        (["益阳：数字是优长"], "益阳：数字是优长", "益阳：数字是优长-半月谈", "益阳：数字是优长"),
        (
            [],
            "",
            " 武汉的声音：有英勇的你，才有英雄的城！-新华网 ",
            "武汉的声音：有英勇的你，才有英雄的城！",
        ),
        (["蔡健雅"], "", "蔡健雅_百度百科", "蔡健雅"),
        (
            ["频道导航", "报告解读：稳中求进"],
            "",
            "报告解读：稳中求进_时政_某某网",
            "报告解读：稳中求进",
        ),
        ([], "", "新冠疫苗-COVID-19 接种指南说明", "新冠疫苗-COVID-19 接种指南说明"),
    ],
)
def test_page_title_reconciles_h1_og_title_and_title(
    h1s: list[str], og: str, title: str, expected: str
) -> None:
    assert page_title(h1s, og, title.strip()) == expected


def news_page(body: str) -> bytes:
    return (
        "<html><head><meta charset='utf-8'><title>数字乡村的新变化_时政_某某新闻网</title></head>"
        "<body><div class='nav'><a href='/'>首页</a> | <a href='/a'>时政</a></div><article>"
        f"<h1>数字乡村的新变化</h1>{body}</article><div class='footer'>版权所有 某某新闻网</div>"
        "</body></html>"
    ).encode()


def test_html_bold_paragraphs_are_subheads_and_a_photo_caption_is_its_own_kind() -> None:
    body = (
        f"<p><strong>记者 王五</strong></p><p>{P}</p>"
        f"<p><strong>农业插上翅膀</strong></p><p>{P}</p>"
        "<p><img src='a.jpg'></p><p>村民在田间直播销售农产品 李四 摄</p>"
        f"<p>{P}</p><p><strong>治理更加精准</strong></p><p>{P}</p>"
        "<p><a href='/b.html'>相关阅读：另一篇文章的标题在这里</a></p>"
    )
    doc = read(news_page(body), "page.html")
    assert doc.title is not None and doc.title.zh == "数字乡村的新变化"
    # the byline before the first paragraph is not a subhead; the two bold ones are
    assert headings(doc) == [("农业插上翅膀", 1), ("治理更加精准", 1)]
    assert [squeeze(p) for p in paragraphs(doc, "caption")] == ["村民在田间直播销售农产品李四摄"]
    assert "相关阅读" not in body_text(doc)  # a paragraph that is only a link
    assert "村民在田间" not in "".join(paragraphs(doc))  # the caption is not body text


@pytest.mark.parametrize(
    ("first", "is_subhead"),
    [
        ("就业优先", True),
        ("半月谈记者 史卫燕", False),
        ("本报记者 李四", False),
        ("新华社北京3月5日电（记者 王五）", False),
    ],
)
def test_html_bold_paragraph_before_the_text_is_a_subhead_unless_a_byline(
    first: str, is_subhead: bool
) -> None:
    body = f"<p><strong>{first}</strong></p><p>{P}</p><p><strong>民生改善</strong></p><p>{P}</p>"
    doc = read(news_page(body), "page.html")
    expected = [(first, 1)] if is_subhead else []
    assert headings(doc) == [*expected, ("民生改善", 1)]
    assert (squeeze(first) in squeeze(body_text(doc))) is not is_subhead  # kept as text


@pytest.mark.parametrize(
    ("marks", "levels"),
    [
        (("一、", "（一）", "（二）", "二、"), (1, 2, 2, 1)),
        (("（一）", "（二）", "（三）", "（四）"), (1, 1, 1, 1)),  # the first numbered is the top
        (("", "（一）", "（二）", ""), (1, 1, 1, 1)),  # unnumbered ones stay at the top level
    ],
    ids=["two-levels", "one-level-in-parentheses", "unnumbered"],
)
def test_html_bold_subheads_take_levels_from_their_numbering(
    marks: tuple[str, ...], levels: tuple[int, ...]
) -> None:
    names = ("稳定增长", "扩大内需", "改善民生", "深化改革")
    body = f"<p>{P}</p>" + "".join(
        f"<p><strong>{m}{n}</strong></p><p>{P}</p>" for m, n in zip(marks, names, strict=True)
    )
    doc = read(news_page(body), "page.html")
    assert headings(doc) == [(m + n, lv) for m, n, lv in zip(marks, names, levels, strict=True)]


@pytest.mark.parametrize(
    "section",
    [
        "<h2>{h}<a href='#edit'>编辑</a></h2>",
        "<div><h2>{h}</h2><a href='#edit'>编辑</a></div>",
        "<h2>{h}<span>[<a href='#edit'>编辑</a>]</span></h2>",
    ],
    ids=["link-inside", "link-after", "bracketed"],
)
def test_encyclopedia_page_without_class_names_keeps_sections_and_infobox(section: str) -> None:
    # no summary/infobox class names: the edit links beside the headings go, the h2
    # sections stay (the extractor dropped headings holding a link), the name/value
    # table before the first h2 is the infobox
    sections = "".join(
        section.format(h=h) + f"<p>{P}</p><h3>{h}细节</h3><p>{P}</p>"
        for h in ("历史沿革", "主要内容", "审议程序")
    )
    page = (
        "<html><head><meta charset='utf-8'><title>政府工作报告_某某百科</title></head><body>"
        "<div><a href='/'>首页</a></div><div><h1>政府工作报告</h1>"
        f"<div><div>{P}</div></div><table><tr><th>中文名</th><td>政府工作报告</td></tr>"
        f"<tr><th>性质</th><td>政府公文</td></tr></table>{sections}</div></body></html>"
    ).encode()
    doc = read(page, "wiki.html")
    assert doc.title is not None and doc.title.zh == "政府工作报告"
    assert headings(doc) == [
        (h, level)
        for s in ("历史沿革", "主要内容", "审议程序")
        for h, level in ((s, 1), (s + "细节", 2))
    ]
    assert "编辑" not in doc.text
    assert "中文名\t政府工作报告\n性质\t政府公文" in doc.text


# ------------------------------------------------------------------------- DOCX


def test_docx_cover_fields_go_to_metadata_and_the_title_field_is_the_title() -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = "武汉大学某某管理办法"  # a template's stale title, shown nowhere
    d.add_paragraph("本科毕业论文")
    d.add_paragraph("论文题目：基于语言模型的任务规划研究")
    d.add_paragraph("姓    名：     张三           学    号：19302010004")
    d.add_paragraph("目录")
    d.add_paragraph("第一章\t引言\t5", style=d.styles.add_style("toc 1", 1))
    d.add_heading("第一章 引言", level=1)
    d.add_paragraph(P)
    out = io.BytesIO()
    d.save(out)
    doc = read(out.getvalue(), "thesis.docx")
    assert doc.title is not None and doc.title.zh == "基于语言模型的任务规划研究"
    assert headings(doc) == [("第一章引言", 1)]
    meta = dict(doc.source.metadata)
    assert meta["姓名"] == "张三" and meta["学号"] == "19302010004"
    assert "19302010004" not in doc.text and "目录" not in doc.text


def test_docx_outline_level_on_a_long_paragraph_is_body_text() -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    d.add_paragraph("开题报告", style="Title")
    p = d.add_paragraph(P + P)
    lvl = OxmlElement("w:outlineLvl")
    lvl.set(qn("w:val"), "2")
    p._p.get_or_add_pPr().append(lvl)
    out = io.BytesIO()
    d.save(out)
    doc = read(out.getvalue(), "wps.docx")
    assert headings(doc) == []
    assert [squeeze(p) for p in paragraphs(doc)] == [P + P]


def _numbered(paragraph: object, num_id: int, ilvl: int = 0, outline: int | None = None) -> None:
    """Word list numbering (``w:numPr``) on a paragraph, and an outline level of its own."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    num = OxmlElement("w:numPr")
    for tag, val in (("w:ilvl", ilvl), ("w:numId", num_id)):
        el = OxmlElement(tag)
        el.set(qn("w:val"), str(val))
        num.append(el)
    ppr.append(num)
    if outline is not None:
        lvl = OxmlElement("w:outlineLvl")
        lvl.set(qn("w:val"), str(outline))
        ppr.append(lvl)


def test_docx_numbered_list_paragraphs_are_items_unless_bold_heads_of_text() -> None:
    """A list-numbered paragraph is a list item, unless a heading style numbers it or it
    is bold and heads text (then a heading at its list level under the heading above)."""
    import docx

    d = docx.Document()
    d.add_paragraph("工作报告", style="Title")
    list_id = d.styles["List Number"]._element.pPr.numPr.numId.val
    h = d.add_heading("总体要求", level=1)
    _numbered(h, list_id)  # numbered through a Heading style: a heading
    d.add_paragraph(P)
    for i, text in enumerate(("坚持稳中求进", "扩大国内需求")):
        item = d.add_paragraph()
        item.add_run(text).bold = True
        _numbered(item, list_id, ilvl=i, outline=i)  # bold, numbered, over text: a heading
        d.add_paragraph(P)
    d.add_paragraph("稳定就业岗位", style="List Number")  # plain, numbered by its style
    d.add_paragraph(P)
    for text in ("稳定物价", "改善民生"):  # bold items in a row: a list
        d.add_paragraph(style="List Number").add_run(text).bold = True
    off = d.add_paragraph()
    off.add_run("主要任务").bold = True
    _numbered(off, 0)  # numId 0: numbering switched off, a bold subhead again
    d.add_paragraph(P)
    out = io.BytesIO()
    d.save(out)
    doc = read(out.getvalue(), "list.docx")
    assert headings(doc) == [
        ("总体要求", 1),
        ("坚持稳中求进", 2),
        ("扩大国内需求", 3),
        ("主要任务", 1),
    ]
    assert [squeeze(p) for p in paragraphs(doc)] == [
        P,
        P,
        P,
        "稳定就业岗位",
        P,
        "稳定物价",
        "改善民生",
        P,
    ]


def test_docx_author_and_date_lines_under_the_title_are_metadata() -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.author = "admin"
    d.add_paragraph("数字乡村建设调研报告", style="Title")
    d.add_paragraph("基于三个县的调查")  # a subtitle, set apart from the byline: text
    for line in ("某某大学 课题组", "2024 年 03 月 04 日"):
        by = d.add_paragraph()
        by.add_run(line).font.size = Pt(15)  # larger than the body, as headings are
        by.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("一、调研背景", level=1)
    d.add_paragraph(P)
    out = io.BytesIO()
    d.save(out)
    doc = read(out.getvalue(), "report.docx")
    assert doc.title is not None and doc.title.zh == "数字乡村建设调研报告"
    assert headings(doc) == [("一、调研背景", 1)]
    meta = dict(doc.source.metadata)
    assert meta["author"] == "某某大学 课题组" and meta["date"] == "2024年03月04日"
    assert "课题组" not in doc.text and "基于三个县的调查" in doc.text


def test_docx_bold_line_among_short_lines_is_not_a_heading() -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("格式说明", style="Title")
    d.add_paragraph(P)
    for text, bold in (("斜体", False), ("粗体", True), ("下划线", False)):
        d.add_paragraph().add_run(text).bold = bold
    d.add_paragraph(P)
    d.add_paragraph().add_run("注意事项").bold = True  # between paragraphs: a subhead
    d.add_paragraph(P)
    out = io.BytesIO()
    d.save(out)
    doc = read(out.getvalue(), "lines.docx")
    assert headings(doc) == [("注意事项", 1)]
    assert "粗体" in [squeeze(p) for p in paragraphs(doc)]


# ------------------------------------------------------- documents real tools made


def test_libreoffice_report_cover_toc_and_running_headers() -> None:
    doc, gold = made("m01_lo_report.pdf")
    assert doc.title is not None and doc.title.zh == gold["title"]
    expected = [squeeze(h["text"]) for h in gold["headings"]]  # type: ignore[attr-defined]
    assert [h for h, _ in headings(doc)] == expected
    # both sides' running headers are dropped, though each is on two pages only (placed
    # alike, small, set apart above the text), and no sentence is cut by them
    for header in gold["running"]:  # type: ignore[attr-defined]
        assert header not in squeeze(doc.text)
    bodies = [squeeze(p) for p in paragraphs(doc)]
    assert "调研报告" not in bodies and not any(p.endswith("调研报告") for p in bodies[1:])
    assert "....." not in doc.text  # the table of contents is left out
    assert dict(doc.source.metadata)["学号"] == "2101110234"


def test_ctex_article_section_mark_headers_and_contents_without_leaders() -> None:
    doc, gold = made("m03_ctex_article.pdf")
    assert doc.title is not None and doc.title.zh == gold["title"]
    expected = [(squeeze(h["text"]), h["level"]) for h in gold["headings"]]  # type: ignore[attr-defined]
    assert headings(doc) == expected  # no TOC lines, author or date among them
    for header in gold["running"]:  # type: ignore[attr-defined]
        assert header not in squeeze(doc.text)
    # the \rightmark header repeating the last section's title is gone from the body
    assert squeeze(doc.text).count("4结论") == 1


def test_ocr_pdf_has_no_spaces_between_chinese_characters() -> None:
    doc, gold = made("m04_ocr_scan.pdf")
    assert doc.title is not None and not HAN_SPACE.search(doc.title.zh)
    assert not any(HAN_SPACE.search(p) for p in paragraphs(doc))
    assert doc.title.zh == gold["title"]


def test_encyclopedia_page_keeps_lead_infobox_and_section_levels() -> None:
    lead = "政府工作报告是政府向本级人民代表大会所作的年度工作报告，回顾上一年的工作。"
    sections = "".join(
        f"<div class='para-title'><h2><span class='prefix'>报告</span>{h2}</h2></div>"
        f"<div class='para'>{P}</div><h3>{h2}细节</h3><div class='para'>{P}</div>"
        for h2 in ("历史沿革", "主要内容", "审议程序")
    )
    page = (
        "<html><head><meta charset='utf-8'><title>政府工作报告_某某百科</title></head><body>"
        "<div class='nav'><a href='/'>首页</a></div><div class='main-content'><h1>政府工作报告</h1>"
        f"<div class='lemma-summary'><div class='para'>{lead}</div></div>"
        "<div class='basic-info'><h2>基本信息</h2><dl><dt>中文名</dt><dd>政府工作报告</dd>"
        f"<dt>性质</dt><dd>政府公文</dd></dl></div>{sections}</div></body></html>"
    ).encode()
    doc = read(page, "wiki.html")
    assert doc.title is not None and doc.title.zh == "政府工作报告"
    assert squeeze(lead) in [squeeze(p) for p in paragraphs(doc)]
    # the infobox's names and values are kept (here trafilatura keeps them as text)
    assert "性质政府公文" in squeeze(body_text(doc))
    levels = [lv for h, lv in headings(doc) if h != "基本信息"]
    assert levels == [1, 2, 1, 2, 1, 2]
