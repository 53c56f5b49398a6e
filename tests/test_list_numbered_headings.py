"""Sections numbered by Word's list numbering: a report written without heading styles
whose section lines are bold ``List Number`` paragraphs (or bold Normal paragraphs
given a list's number), each over paragraphs of text. Such a line is a heading, at
its list level, in the Word file and in the PDF and web page LibreOffice makes of it;
a list of bold items, a bold line over list items, a bulleted bold line and a plain
numbered line stay list items. Files are built at test time with python-docx and
converted by LibreOffice (CI installs it)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import pytest

from zhbrief.reading import decode_bytes
from zhbrief.reading.reader import ReadResult

TITLE = "2019年度区域协调发展工作总结"
PROSE = (
    "本年度围绕{}开展了大量工作，完成了既定目标任务，取得了明显成效。"
    "各地区各部门密切配合，形成了工作合力，为明年工作打下了坚实基础。"
)
SECTIONS = ["推进重大项目建设", "优化营商环境", "加强生态环境保护"]
SUBSECTIONS = ["完善审批流程", "降低企业成本"]  # under the second section, list level 2


def save(d: Any) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def headings(got: ReadResult) -> list[tuple[int, str]]:
    return [(b.level, got.text[b.start : b.end]) for b in got.blocks or () if b.kind == "heading"]


def numbered(d: Any, text: str, ilvl: int = 0, bold: bool = True) -> Any:
    """A ``List Number`` paragraph, at list level ``ilvl`` of the style's list."""
    p = d.add_paragraph(style="List Number")
    p.add_run(text).bold = bold
    if ilvl:
        num_id = p.style.element.pPr.numPr.numId.val
        num = p._p.get_or_add_pPr().get_or_add_numPr()
        num.get_or_add_ilvl().val = ilvl
        num.get_or_add_numId().val = num_id
    return p


def cjk_font(d: Any) -> Any:
    """Chinese in Noto Sans CJK SC (CI installs fonts-noto-cjk), which has a bold face:
    left to fall back, LibreOffice may pick a CJK font without one (WenQuanYi Zen Hei)
    and print the bold lines regular, with no trace of bold in the PDF."""
    from docx.oxml.ns import qn

    fonts = d.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    return d


def report() -> bytes:
    import docx

    d = cjk_font(docx.Document())
    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph("2019年12月20日")
    for name in SECTIONS:
        numbered(d, name)
        if name == SECTIONS[1]:
            for sub in SUBSECTIONS:
                numbered(d, sub, ilvl=1)
                d.add_paragraph(PROSE.format(sub))
            continue
        d.add_paragraph(PROSE.format(name))
        d.add_paragraph(PROSE.format(name + "相关工作"))
    return save(d)


WANT = [
    (1, SECTIONS[0]),
    (1, SECTIONS[1]),
    (2, SUBSECTIONS[0]),
    (2, SUBSECTIONS[1]),
    (1, SECTIONS[2]),
]


def test_bold_list_numbered_lines_over_text_are_headings_at_their_list_level() -> None:
    got = decode_bytes(report(), "report.docx")
    assert headings(got) == WANT
    assert next(b.kind for b in got.blocks or ()) == "title"
    assert PROSE.format(SECTIONS[0]) in got.text  # the text under them stays text


def test_a_list_of_bold_items_and_a_bold_line_over_items_stay_list_items() -> None:
    """d01's shape: an ordered list of bold lines, the last over more list items."""
    import docx

    d = cjk_font(docx.Document())
    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph(PROSE.format("总体工作"))
    for name in SECTIONS:
        numbered(d, name)  # bold items one after another: a list
    numbered(d, "主要做法")
    for item in ("简化流程", "压缩时限"):
        numbered(d, item, ilvl=1, bold=False)  # over list items, not over text
    d.add_paragraph(PROSE.format("下一步工作"))
    got = decode_bytes(save(d), "list.docx")
    assert headings(got) == []
    assert all(name in got.text for name in (*SECTIONS, "主要做法", "简化流程"))


def test_a_plain_or_bulleted_list_line_over_text_is_no_heading() -> None:
    import docx

    d = cjk_font(docx.Document())
    d.add_paragraph(TITLE, style="Title")
    numbered(d, SECTIONS[0], bold=False)  # not set apart: an item
    d.add_paragraph(PROSE.format(SECTIONS[0]))
    d.add_paragraph(style="List Bullet").add_run(SECTIONS[1]).bold = True  # a bullet
    d.add_paragraph(PROSE.format(SECTIONS[1]))
    numbered(d, "推进以下三项工作：")  # a lead-in ending in a colon
    d.add_paragraph(PROSE.format(SECTIONS[2]))
    got = decode_bytes(save(d), "plain.docx")
    assert headings(got) == []


def mixed() -> bytes:
    """Two sections headed by bold list numbers; in the second a plain numbered list
    after a sentence, then a run of bold items and text."""
    import docx

    d = cjk_font(docx.Document())
    d.add_paragraph(TITLE, style="Title")
    numbered(d, SECTIONS[0])
    d.add_paragraph(PROSE.format(SECTIONS[0]))
    numbered(d, SECTIONS[1])
    d.add_paragraph("主要做法如下。")
    for item in ("简化审批流程", "压缩办理时限"):
        d.add_paragraph(item, style="List Number 2")  # plain items of another list
    d.add_paragraph(PROSE.format(SECTIONS[1]))
    for item in ("稳定物价", "改善民生", "扩大就业"):
        d.add_paragraph(style="List Number 3").add_run(item).bold = True  # bold items
    d.add_paragraph(PROSE.format("下一步工作"))
    return save(d)


def test_only_the_heads_of_text_are_headings_among_plain_and_bold_items() -> None:
    got = decode_bytes(mixed(), "mixed.docx")
    assert headings(got) == [(1, SECTIONS[0]), (1, SECTIONS[1])]
    for item in ("简化审批流程", "稳定物价", "扩大就业"):
        assert item in got.text


def test_list_heads_under_a_styled_chapter_rank_below_it() -> None:
    import docx

    d = cjk_font(docx.Document())
    d.add_paragraph(TITLE, style="Title")
    d.add_heading("第一章 总体情况", level=1)
    for name in SECTIONS[:2]:
        numbered(d, name)
        d.add_paragraph(PROSE.format(name))
    got = decode_bytes(save(d), "chapter.docx")
    assert headings(got) == [(1, "第一章 总体情况"), (2, SECTIONS[0]), (2, SECTIONS[1])]


def _list_xml(d: Any, xml: str) -> None:
    from docx.oxml import parse_xml

    d.part.numbering_part.element.append(parse_xml(xml))


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _over_text(d: Any, num_id: str) -> None:
    """A bold section line numbered by list ``num_id``, over a paragraph of text."""
    p = d.add_paragraph()
    p.add_run(SECTIONS[0]).bold = True
    num = p._p.get_or_add_pPr().get_or_add_numPr()
    num.get_or_add_ilvl().val = 0
    num.get_or_add_numId().val = int(num_id)
    d.add_paragraph(PROSE.format(SECTIONS[0]))


def test_a_bullet_set_by_a_level_override_or_a_linked_list_style_is_no_heading() -> None:
    import docx

    d = cjk_font(docx.Document())
    d.add_paragraph(TITLE, style="Title")
    decimal = d.styles["List Number"].element.pPr.numPr.numId.val
    abstract = d.part.numbering_part.element.num_having_numId(decimal).abstractNumId.val
    _list_xml(
        d,
        f'<w:num {W_NS} w:numId="90"><w:abstractNumId w:val="{abstract}"/>'
        '<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
        "</w:lvl></w:lvlOverride></w:num>",
    )
    _over_text(d, "90")
    # a list whose levels are a list style's (w:numStyleLink), the style's list bullets
    bullets = d.styles["List Bullet"].element.pPr.numPr.numId.val
    style = d.styles.add_style("BulletList", 1)  # a paragraph style standing in for it
    style.element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = bullets
    _list_xml(
        d,
        f'<w:abstractNum {W_NS} w:abstractNumId="91">'
        '<w:numStyleLink w:val="BulletList"/></w:abstractNum>',
    )
    _list_xml(d, f'<w:num {W_NS} w:numId="91"><w:abstractNumId w:val="91"/></w:num>')
    _over_text(d, "91")
    got = decode_bytes(save(d), "bullets.docx")
    assert headings(got) == []


def test_damaged_list_numbers_are_read_not_refused() -> None:
    """A list id holding a quote, a level that is no number: read as no list."""
    import docx
    from docx.oxml import parse_xml

    d = cjk_font(docx.Document())
    d.add_paragraph(TITLE, style="Title")
    _list_xml(d, f'<w:num {W_NS} w:numId="92"><w:abstractNumId w:val="7&quot;]"/></w:num>')
    _over_text(d, "92")
    p = d.add_paragraph()
    p.add_run(SECTIONS[1]).bold = True
    p._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="x"/><w:numId w:val="1"/></w:numPr>')
    )
    d.add_paragraph(PROSE.format(SECTIONS[1]))
    got = decode_bytes(save(d), "damaged.docx")
    assert SECTIONS[0] in got.text and SECTIONS[1] in got.text


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory, soffice: str) -> dict[str, Path]:
    program = soffice
    folder = tmp_path_factory.mktemp("listed")
    (folder / "report.docx").write_bytes(report())
    (folder / "mixed.docx").write_bytes(mixed())
    profile = (folder / "profile").as_uri()
    for form in ("pdf", "html"):
        subprocess.run(
            [
                program,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                form,
                "--outdir",
                str(folder),
                str(folder / "report.docx"),
                str(folder / "mixed.docx"),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return {
        f"{name}.{form}": folder / f"{name}.{form}"
        for name in ("report", "mixed")
        for form in ("pdf", "html")
    }


def test_libreoffice_pdf_prints_the_numbers_and_they_stay_headings(
    converted: dict[str, Path],
) -> None:
    """The PDF prints each list level's own number (the second level's 1. indented):
    the text as printed, the top level's level 1."""
    got = decode_bytes(converted["report.pdf"].read_bytes(), "report.pdf")
    found = [(level, "".join(text.split())) for level, text in headings(got)]
    assert [text for _, text in found] == [
        f"1.{SECTIONS[0]}",
        f"2.{SECTIONS[1]}",
        f"1.{SUBSECTIONS[0]}",
        f"2.{SUBSECTIONS[1]}",
        f"3.{SECTIONS[2]}",
    ]
    assert [level for level, _ in found[:2]] == [1, 1]


def test_libreoffice_web_page_keeps_them_as_headings(converted: dict[str, Path]) -> None:
    got = decode_bytes(converted["report.html"].read_bytes(), "report.html")
    assert headings(got) == WANT


def test_libreoffice_pdf_and_page_keep_plain_and_bold_item_runs_as_items(
    converted: dict[str, Path],
) -> None:
    """The PDF prints every item's number (1. 2. under a sentence, 1. 2. 3. in bold):
    only the two lines over text are headings, no item by its number's likeness."""
    pdf = decode_bytes(converted["mixed.pdf"].read_bytes(), "mixed.pdf")
    found = [(level, "".join(text.split())) for level, text in headings(pdf)]
    assert found == [(1, f"1.{SECTIONS[0]}"), (1, f"2.{SECTIONS[1]}")]
    page = decode_bytes(converted["mixed.html"].read_bytes(), "mixed.html")
    assert headings(page) == [(1, SECTIONS[0]), (1, SECTIONS[1])]
