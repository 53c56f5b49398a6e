"""PDF, DOCX and HTML input: structure, text round trip, pages, metadata, detection.

The documents are built at test time (tests/doc_fixtures.py): a three-page PDF with a
running header, page numbers, headings at two sizes, a ruled table, a footnote and a
two-column page; DOCX with styled and with fake (bold Normal) headings, a list and a
table; a GBK news page with navigation, a sidebar and a footer.
"""

from __future__ import annotations

import re

import pytest
from doc_fixtures import Spec, render_docx, render_html, render_pdf
from hypothesis import given, settings
from hypothesis import strategies as st
from test_segment import assert_lossless

from zhbrief.config import Config, SegmentConfig
from zhbrief.document import Document
from zhbrief.errors import InputError
from zhbrief.pipeline import analyse
from zhbrief.reading import Block, decode_bytes, detect_format
from zhbrief.reading.base import join_words
from zhbrief.segmentation import segment

P1 = (
    "我国经济运行总体平稳，国内生产总值增长百分之六点七，城镇新增就业一千三百一十四万人，"
    "居民消费价格上涨百分之二。各地区各部门认真贯彻落实党中央决策部署，推动经济社会持续健康发展。"
)
P2 = (
    "过去一年，改革开放深入推进，重要领域和关键环节改革取得突破性进展，供给侧结构性改革初见成效。"
    "对外开放推出新举措，一批重大工程和国际产能合作项目落地，进出口总额达到24.3万亿元。"
)
P3 = "我们要坚持稳中求进工作总基调，保持经济运行在合理区间，着力提高发展质量和效益。" * 3
# The two-column page: texts found nowhere else, so each one's page can be checked
COLUMN_TEXTS = [
    "左栏第一段：深入实施创新驱动发展战略，科技领域取得一批国际领先的重大成果。" * 2,
    "左栏第二段：新兴产业蓬勃兴起，传统产业加快转型升级，大众创业万众创新广泛开展。" * 3,
    "右栏第一段：基础设施支撑能力持续提升，新建高速铁路投产里程超过1900公里。" * 2,
    "右栏第二段：人民生活继续改善，全国居民人均可支配收入实际增长6.3%。",
]
TABLE = [["指标", "数值"], ["国内生产总值", "74.4万亿元"], ["城镇新增就业", "1314万人"]]
FOOTNOTE = "① 注：数据来源于国家统计局年度统计公报。"
HEADER = "2017年政府工作报告"


def spec() -> Spec:
    s = Spec(title="政府工作报告示例", header=HEADER, author="国务院办公厅", date="2017-03-05")
    s.items = [
        ("p", P1),
        ("h1", "一、过去一年工作回顾"),
        ("p", P2 + P1),
        ("h2", "（一）稳定经济增长"),
        ("p", P3),
        ("footnote", (1, FOOTNOTE)),
        ("table", TABLE),
        ("p", P1),
        ("columns", COLUMN_TEXTS),
        ("h1", "二、今年工作任务"),
        ("p", P2 + P3),
    ]
    return s


HEADINGS = [("一、过去一年工作回顾", 1), ("（一）稳定经济增长", 2), ("二、今年工作任务", 1)]
BODY = [P1, P2 + P1, P3, P1, *COLUMN_TEXTS, P2 + P3]


def squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def read(data: bytes, name: str) -> Document:
    doc = analyse(decode_bytes(data, name), Config())
    assert_lossless(doc)
    assert doc.provenance.segment_fallback is None
    return doc


def paragraphs(doc: Document, kind: str = "body") -> list[str]:
    """Each paragraph's extracted text, first sentence start to last sentence end."""
    return [
        doc.text[p.sentences[0].start : p.sentences[-1].end]
        for sec in doc.sections
        for p in sec.paragraphs
        if p.kind == kind
    ]


def headings(doc: Document) -> list[tuple[str, int]]:
    return [(squeeze(h.zh), h.level) for h in doc.headings()]


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return render_pdf(spec())


@pytest.fixture(scope="module")
def pdf_doc(pdf_bytes: bytes) -> Document:
    return read(pdf_bytes, "report.pdf")


# ----------------------------------------------------------------------------- PDF


def test_pdf_text_round_trips_with_its_structure(pdf_doc: Document) -> None:
    assert pdf_doc.source.format == "pdf" and pdf_doc.source.pages == 3
    assert pdf_doc.title is not None and pdf_doc.title.zh == "政府工作报告示例"
    assert headings(pdf_doc) == HEADINGS
    # paragraphs rebuilt from wrapped lines, the two-column page read column by column
    assert [squeeze(p) for p in paragraphs(pdf_doc)] == BODY


def test_pdf_drops_running_header_and_page_numbers(pdf_doc: Document) -> None:
    text = pdf_doc.text
    assert HEADER not in text
    assert not re.search(r"-\s*\d\s*-", text)


def test_pdf_table_and_footnote_are_kept_apart(pdf_doc: Document) -> None:
    rows = [[s.zh for s in p.sentences] for sec in pdf_doc.sections for p in sec.paragraphs]
    table = [r for sec in pdf_doc.sections for r in sec.paragraphs if r.kind == "table"]
    assert [[s.zh for s in p.sentences] for p in table] == TABLE  # one sentence per cell
    assert all(p.page == 1 for p in table)
    assert paragraphs(pdf_doc, "footnote") == [FOOTNOTE]
    assert not any(FOOTNOTE[2:] in "".join(r) for r in rows if r != [FOOTNOTE])


def test_pdf_paragraphs_and_headings_keep_their_page(pdf_doc: Document) -> None:
    pages: dict[str, int | None] = {}
    for sec in pdf_doc.sections:
        for p in sec.paragraphs:
            pages.setdefault(squeeze("".join(s.zh for s in p.sentences)), p.page)
    assert pages[squeeze(P1)] == 1  # its first occurrence
    assert pages[squeeze(P2 + P3)] == 3
    assert all(pages[squeeze(t)] == 2 for t in COLUMN_TEXTS)
    assert [h.page for h in pdf_doc.headings()] == [1, 1, 3]
    source = pdf_doc.to_dict()["source"]
    assert source["format"] == "pdf" and source["pages"] == 3
    assert source["metadata"]["title"] == "政府工作报告示例"
    assert source["metadata"]["author"] == "国务院办公厅"
    kinds = {p["kind"] for p in source["paragraphs"]}
    assert kinds == {"body", "table", "footnote"}
    assert all(p["page"] in (1, 2, 3) for p in source["paragraphs"])


def test_pdf_latin_lines_join_with_a_space() -> None:
    s = Spec(title="标题", header="")
    latin = "The economy grew by 6.7 percent in 2016, with a programme of structural reform. " * 3
    s.items = [("p", P1), ("p", latin.strip()), ("p", P2)]
    doc = read(render_pdf(s, page_numbers=False), "latin.pdf")
    body = paragraphs(doc)
    assert body[1] == latin.strip()  # wrapped Latin lines joined by single spaces


def test_pdf_without_size_cues_takes_headings_from_numbering() -> None:
    doc = read(render_pdf(spec(), heading_sizes=(11, 11), title_size=11), "plain.pdf")
    assert headings(doc) == HEADINGS
    assert doc.title is None  # nothing sets the title apart: it stays a paragraph
    assert squeeze(paragraphs(doc)[0]) == "政府工作报告示例"


def test_pdf_bold_short_line_at_body_size_is_a_heading() -> None:
    s = Spec(title="Annual report", header="")
    s.items = [("h1", "Overview"), ("p", P1), ("h1", "Outlook"), ("p", P2)]
    pdf = render_pdf(s, heading_sizes=(11, 11), title_size=14, heading_font="Helvetica-Bold")
    doc = read(pdf, "bold.pdf")
    assert doc.title is not None and doc.title.zh == "Annual report"
    assert headings(doc) == [("Overview", 1), ("Outlook", 1)]
    assert [squeeze(p) for p in paragraphs(doc)] == [squeeze(P1), squeeze(P2)]


@pytest.mark.parametrize(
    ("a", "b", "joined"),
    [
        ("经济", "增长", "经济增长"),
        ("growth", "rate", "growth rate"),
        ("inter-", "national", "international"),
        ("well-", "Known", "well- Known"),
        ("增长", "6.7%", "增长6.7%"),
        ("GDP", "增长", "GDP增长"),
    ],
)
def test_join_words(a: str, b: str, joined: str) -> None:
    assert join_words(a, b) == joined


# ---------------------------------------------------------------------------- DOCX


@pytest.mark.parametrize("styled", [True, False], ids=["styles", "bold-normal"])
def test_docx_headings_tables_and_metadata(styled: bool) -> None:
    s = spec()
    s.items.insert(3, ("li", "第一项：稳增长。"))
    doc = read(render_docx(s, styled=styled), "report.docx")
    assert doc.source.format == "docx" and doc.source.pages is None
    assert doc.title is not None and doc.title.zh == "政府工作报告示例"
    assert headings(doc) == HEADINGS
    body = [squeeze(p) for p in paragraphs(doc)]
    assert body[:3] == [squeeze(P1), squeeze(P2 + P1), "第一项：稳增长。"]
    # the table sits where it was, between the paragraphs around it
    kinds = [p.kind for sec in doc.sections for p in sec.paragraphs]
    first_table = kinds.index("table")
    assert (
        kinds[first_table : first_table + 3] == ["table"] * 3 and kinds[first_table + 3] == "body"
    )
    assert doc.source.metadata["author"] == "国务院办公厅"
    assert doc.source.metadata["title"] == "政府工作报告示例"


def test_docx_numbered_normal_paragraph_is_a_heading() -> None:
    import io

    import docx

    d = docx.Document()
    for text in ("一、总体要求", P1, "（一）稳定增长", P2, "（二）这是一段很长的正文。" + P3):
        d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    doc = read(out.getvalue(), "plain.docx")
    assert headings(doc) == [("一、总体要求", 1), ("（一）稳定增长", 2)]


# ---------------------------------------------------------------------------- HTML


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_html_main_text_headings_and_metadata(encoding: str) -> None:
    doc = read(render_html(spec(), encoding=encoding), "page.html")
    assert doc.source.format == "html"
    assert doc.source.encoding == ("gb18030" if encoding == "gbk" else "utf-8")
    assert doc.title is not None and doc.title.zh == "政府工作报告示例"
    assert headings(doc) == HEADINGS
    assert [squeeze(p) for p in paragraphs(doc)] == BODY
    for boilerplate in ("首页", "热门推荐", "版权所有", "ICP"):
        assert boilerplate not in doc.text
    assert doc.source.metadata == {
        "title": "政府工作报告示例",
        "author": "国务院办公厅",
        "date": "2017-03-05",
    }


# ----------------------------------------------------------------- detection, errors


def test_detect_by_content_not_name(pdf_bytes: bytes) -> None:
    assert detect_format(pdf_bytes, "report.txt") == "pdf"
    assert detect_format(render_docx(spec()), "noext") == "docx"
    assert detect_format(render_html(spec()), "page.txt") == "html"
    assert detect_format("# 标题\n正文。".encode(), "notes.md") == "markdown"
    assert detect_format("# 标题\n正文。".encode(), "notes.txt") == "text"
    assert detect_format("<p>只有一段</p>".encode(), "x.txt") == "text"
    fragment = "<div><h1>标题</h1><p>第一段。</p><p>第二段。</p></div>".encode()
    assert detect_format(fragment, "saved") == "html"
    assert detect_format(fragment, "notes.md") == "markdown"  # Markdown may open with markup


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (
            "正文。".encode(),
            "x.docx",
            "the name says a Word .docx document but the content is text",
        ),
        (bytes(range(256)) * 8, "x.pdf", "but the content is binary data of no kind zhbrief"),
        (b"PK\x03\x04" + b"\0" * 40, "x.docx", "corrupt or truncated"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 40, "x.doc", "legacy Word .doc"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "x.png", "this is a PNG image"),
    ],
)
def test_detect_refuses(data: bytes, name: str, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        decode_bytes(data, name)


def test_zip_that_is_not_a_docx() -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("notes.txt", "正文。")
    with pytest.raises(InputError, match=r"ZIP archive, not a Word \.docx document"):
        decode_bytes(buf.getvalue(), "notes.zip")


# ---------------------------------------------------------------- block segmentation

_KINDS = st.sampled_from(["title", "heading", "body", "body", "table", "footnote"])
_PIECE = st.text(alphabet="中文经济增长。，！\t\n 1.%ab“”", min_size=0, max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_KINDS, _PIECE, st.integers(0, 4)), max_size=12))
def test_block_segmentation_is_lossless(parts: list[tuple[str, str, int]]) -> None:
    text = ""
    blocks: list[Block] = []
    for kind, piece, level in parts:
        if text:
            text += "\n\n"
        blocks.append(Block(kind, len(text), len(text) + len(piece), level, page=1))
        text += piece
    doc = segment(text, SegmentConfig(), blocks=blocks)
    assert_lossless(doc)
    assert doc.provenance.segment_fallback is None


def test_tables_and_footnotes_are_not_summarised() -> None:
    from zhbrief.reading import TextBuilder
    from zhbrief.summarisation import summarise

    out = TextBuilder()
    out.add("heading", "一、出口情况", level=1)
    out.add("body", "今年出口总体平稳。")
    cells = [
        f"{region}出口增长{n}%，达到{n * 10}亿元。" for n, region in enumerate("东南西北中", 11)
    ]
    out.add_table([cells[:3], cells[3:]])
    out.add("footnote", "注：出口数据来源于海关总署统计，增长率按可比口径计算。")
    doc = summarise(segment(out.text(), SegmentConfig(), blocks=out.blocks))
    kinds = [p.kind for p in doc.sections[0].paragraphs]
    assert kinds == ["body", "table", "table", "footnote"]
    picked = [
        p.kind
        for sec in doc.sections
        for p in sec.paragraphs
        for s in p.sentences
        if s.in_summary or s.key_point
    ]
    assert picked and set(picked) == {"body"}


def test_metadata_lines_before_the_first_heading() -> None:
    from zhbrief.reading import TextBuilder

    out = TextBuilder()
    out.add("title", "出口报告")
    out.add("body", "来源：新华社 作者：张三")
    out.add("body", "今年出口总体平稳。")
    out.add("heading", "一、总体情况", level=1)
    out.add("body", "来源：海关总署数据显示，出口增长。")
    doc = segment(out.text(), SegmentConfig(), blocks=out.blocks)
    assert_lossless(doc)
    assert [(m.key, m.zh) for m in doc.metadata] == [("source", "新华社"), ("author", "张三")]
    assert [s.zh for s in doc.sentences()][-1] == "来源：海关总署数据显示，出口增长。"


def test_translation_renders_a_table_as_a_markdown_table() -> None:
    from zhbrief.reading import TextBuilder
    from zhbrief.rendering import render

    out = TextBuilder()
    out.add("heading", "一、出口情况", level=1)
    out.add("body", "今年出口总体平稳。")
    out.add_table([["地区", "增长"], ["浙江", "增长较快。持续向好。"]])
    out.add("body", "明年继续努力。")
    doc = segment(out.text(), SegmentConfig(), blocks=out.blocks)
    md = render(doc, "translation", "md")
    assert "\n| 地区 | 增长 |\n|---|---|\n| 浙江 | 增长较快。 持续向好。 |\n" in md
    assert md.index("今年出口总体平稳。") < md.index("| 地区") < md.index("明年继续努力。")
