"""PDF layout rules for the eleventh development set (realdocs-made11: Word files saved
as PDF by LibreOffice; d03, d04, r04), each pinned on a small PDF drawn here and on the
committed document: a contents field that ends mid-page, its heading left at the foot
of the page before; a paragraph set larger than the text; a bold list item whose
automatic number keeps the regular weight; a signature's date to fill in."""

from __future__ import annotations

from pathlib import Path

from test_made9_pdf import BOLD, Ink, draw, headings
from test_realdocs_pdf import LEFT, blocks, prose, squeezed

from zhbrief.reading.pdf import read_pdf

DOCS = Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made11" / "docs"


def made11(name: str) -> bytes:
    return (DOCS / name).read_bytes()


def text_page(i: int, top: float = 80.0) -> list[Ink]:
    """A page of 12 pt prose, 30 characters a line (the body the rest is measured by)."""
    text = prose(i) * 2
    return [Ink(top + 26 * k, text[30 * k : 30 * k + 30]) for k in range(12)]


# ------------------------------------------------- a contents field ending mid-page

ENTRIES = ["1 总体要求", "2 主要目标", "3 重点任务", "4 保障措施", "5 组织实施"]
OPENING = "今年全省经济社会发展的主要预期目标是生产总值增长百分之七左右，"


def contents_then_text() -> bytes:
    cover = [Ink(80, "东川省年度工作报告", size=22, x=150, font=BOLD), *text_page(0, 160)]
    cover.append(Ink(700, "目录", size=14, x=LEFT, font=BOLD))
    toc = [Ink(80 + 24 * k, f"{e} {'.' * 40} {k + 1}", x=LEFT) for k, e in enumerate(ENTRIES)]
    toc.append(Ink(230, ENTRIES[0], size=16, font=BOLD))
    toc += [Ink(270, OPENING[:30]), Ink(296, "城镇新增就业八十万人以上。")]
    rest = [(ENTRIES[k], text_page(k + 1, 120)) for k in range(1, 5)]
    pages = [cover, toc]
    pages += [[Ink(80, head, size=16, font=BOLD), *page] for head, page in rest]
    return draw(pages)


def test_a_contents_field_ending_mid_page_leaves_the_text_after_it() -> None:
    """Word's contents field followed by the text with no page break: the entries go,
    the heading and paragraph under them stay; the 目录 label left alone at the foot of
    the page before goes with its entries (old: the whole page dropped as a contents
    page, the label left in the text)."""
    ex = read_pdf(contents_then_text(), "toc.pdf")
    assert [h for h, _ in headings(ex)] == [e.replace(" ", "") for e in ENTRIES]
    assert OPENING[:30] in squeezed(ex)
    assert "目录" not in squeezed(ex)


def test_r04_keeps_the_first_section_under_its_contents() -> None:
    """r04 (LibreOffice PDF): the contents ends half-way down page 2, the first section
    follows on that page (old: lost with the contents page)."""
    ex = read_pdf(made11("r04_docx_numbered_lists_lo.pdf"), "r04.pdf")
    assert headings(ex)[0] == ("1.发展成就回顾", 1)
    assert blocks(ex, "body")[0].startswith("这五年，我国宏观经济总体上保持增速平稳较快")
    assert "目录" not in squeezed(ex)


# --------------------------------------------- a list number in the regular weight


def numbered(top: float, number: str, words: str, bold_number: bool) -> list[Ink]:
    return [
        Ink(top, number, font=BOLD if bold_number else Ink.font),
        Ink(top, words, x=LEFT + 24, font=BOLD),
    ]


WORDS = ["发展成就回顾", "今年工作要求", "加强社会建设"]


def list_page(bold_number: bool) -> bytes:
    """Each numbered bold line over a page of text."""
    pages = []
    for k, words in enumerate(WORDS):
        pages.append([*numbered(80, f"{k + 1}.", words, bold_number), *text_page(k, 110)])
    return draw(pages)


def list_run_page() -> bytes:
    """The three lines one under another (a list of bold items), then text."""
    lines = [numbered(80 + 26 * k, f"{k + 1}.", w, False) for k, w in enumerate(WORDS)]
    return draw([[ink for line in lines for ink in line] + text_page(0, 170)])


def test_bold_words_after_a_regular_list_number_are_a_list_item_unless_over_text() -> None:
    """A number in the regular weight before bold words (Word's automatic number in a
    plain list paragraph whose words were made bold by hand): a list of such lines is a
    list; each over its text is a section heading (a report numbered by Word's list
    numbering), as are the same lines numbered in bold (a heading style's number)."""
    listed = read_pdf(list_run_page(), "list.pdf")
    assert headings(listed) == []
    assert blocks(listed, "body")[0].replace(" ", "") == "1.发展成就回顾"
    want = [(f"{k + 1}.{w}", 1) for k, w in enumerate(WORDS)]
    assert headings(read_pdf(list_page(bold_number=False), "heads.pdf")) == want
    assert headings(read_pdf(list_page(bold_number=True), "styled.pdf")) == want


def test_r04_list_heads_listed_by_its_contents_are_headings() -> None:
    """r04: bold list items 1. and 1.1 with regular-weight numbers, each over text and
    listed by a cached contents field: headings at their numbers' levels, as its DOCX
    reads."""
    ex = read_pdf(made11("r04_docx_numbered_lists_lo.pdf"), "r04.pdf")
    found = headings(ex)
    assert len(found) == 11
    assert found[:3] == [
        ("1.发展成就回顾", 1),
        ("1.1经济平稳较快发展", 2),
        ("1.2科技文化与国防外交", 2),
    ]
    assert [b for b in blocks(ex, "title")] == ["2013年经济社会发展形势分析与建议"]


# ------------------------------------------------- a paragraph set larger than text

SIZE = 14.0
CHARS = 25  # a 14 pt line of the promise: 350 pt


def promise_page() -> list[Ink]:
    """A promise set in 14 pt over a 12 pt thesis: two paragraphs, their first lines
    indented two characters, lines filling the block without a sentence's end."""
    text = [
        "本毕业论文是本人在导师指导下独立完成的，内",  # indented, with a comma: prose
        "容真实可靠本人在撰写毕业论文过程中不存在请人代",
        "写抄袭或者剽窃他人作品伪造或者篡改数据以及其他",
        "学位论文作假行为。",
        "本人清楚知道学位论文作假行为将会导致行为人受",  # indented, no comma
        "到不授予或撤销学位开除学籍等处理，本人如果被查",
        "证存在作假行为愿意接受学校依法作出的处理决定。",
    ]
    out = [Ink(80, "论文撰写人承诺书", size=15, x=240, font=BOLD)]
    for k, line in enumerate(text):
        indent = k in (0, 4)
        out.append(Ink(140 + 40 * k, line, size=SIZE, x=LEFT + (2 * SIZE if indent else 0)))
    out.append(Ink(500, "日期： 20   年   月   日", x=330, font=BOLD))
    return out


def test_a_larger_paragraph_is_no_run_of_headings() -> None:
    """A paragraph set larger than the text (a thesis's promise, 14 pt over 12 pt): a
    line carrying on a line that fills the block without ending its sentence, and an
    indented first line filling the block, are the paragraph's; a signature's date to
    fill in (年 月 日 with no figures) is no heading either (old: five headings)."""
    pages = [text_page(0), promise_page(), text_page(1), text_page(2)]
    ex = read_pdf(draw(pages), "promise.pdf")
    assert headings(ex) == [("论文撰写人承诺书", 1)]
    text = squeezed(ex)
    assert "本人清楚知道学位论文作假行为将会导致行为人受到不授予" in text


def test_d03_promise_page_and_date_are_no_headings() -> None:
    """d03 (LibreOffice PDF of a thesis): the promise page's text (its 14 pt lines, its
    signature and 日期 line) is the school's form, metadata, not four headings and a
    level-4 date; its title heads the front matter, as p01's 版权声明 does, then 摘要."""
    ex = read_pdf(made11("d03_fudan_thesis_lo.pdf"), "d03.pdf")
    heads = [h for h, _ in headings(ex)]
    assert heads[:3] == ["论文撰写人承诺书", "摘要", "ABSTRACT"]
    assert not any("本人" in h or "日期" in h for h in heads)
    assert "本毕业论文是本人" in ex.metadata["declaration"].replace(" ", "")
    assert "论文撰写人承诺书" not in ex.metadata["declaration"]


def test_d04_a_chinese_line_of_a_bilingual_paragraph_is_no_heading() -> None:
    """d04: a short Chinese line inside a paragraph of a text whose commonest font is
    the Latin one carries on its paragraph (old: a level-4 heading)."""
    ex = read_pdf(made11("d04_fudan_kaiti_wps_lo.pdf"), "d04.pdf")
    assert headings(ex) == [
        ("开题报告", 1),
        ("研究背景", 2),
        ("研究内容", 2),
        ("研究意义", 2),
        ("可行性，难点和创新点", 2),
        ("预期成果", 2),
        ("相关研究综述", 2),
        ("常识推理", 3),
        ("预训练语言模型与表格预训练", 3),
        ("日常任务智能化", 3),
        ("参考文献", 1),
    ]
