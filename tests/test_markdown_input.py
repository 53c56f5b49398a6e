"""Markdown marks in plain text (a ``.txt`` file; ``.md`` files go to the Markdown
reader, tests/test_markdown_reader.py): front matter (YAML ``---``, TOML ``+++``) is the
title and the file's properties, not a paragraph, and offsets still index the file; a
heading's ``#`` marks stay in its span but never reach the model or an output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_segment import assert_lossless

from zhbrief.cli import cli
from zhbrief.config import Config
from zhbrief.document import Document
from zhbrief.errors import InputError
from zhbrief.pipeline import find_figures, segment
from zhbrief.reading import decode_bytes
from zhbrief.reading.frontmatter import split_front_matter
from zhbrief.rendering import doc_title, section_title
from zhbrief.rendering.docx import bilingual_rows

BODY = (
    "# 一、总体情况\n\n今年以来，农村电商发展迅速。全年交易额增长两成。\n\n"
    "## （一）主要做法\n\n各地加强物流建设，打通最后一公里。\n"
)
TITLE = "关于推进农村电商发展的报告"
YAML = f"---\ntitle: {TITLE}\ndate: 2024-03-01\nauthor: 张三\ntags: [电商, 农村]\n---\n\n"


def read_doc(text: str, name: str = "note.txt") -> Document:
    doc = segment(decode_bytes(text.encode("utf-8"), name), Config())
    assert_lossless(doc)
    return doc


def outline(doc: Document) -> list[tuple[str | None, list[str]]]:
    return [
        (sec.heading.zh if sec.heading else None, [s.zh for s in sec.sentences()])
        for sec in doc.sections
    ]


def test_yaml_front_matter_gives_title_and_properties() -> None:
    text = YAML + BODY
    doc = read_doc(text)
    assert doc.title is not None and doc.title.zh == TITLE
    # the title is written over the block's start; the body's offsets index the file
    assert (doc.title.start, doc.title.end) == (0, len(TITLE))
    assert doc.source.metadata == {
        "title": TITLE,
        "date": "2024-03-01",
        "author": "张三",
        "tags": "电商, 农村",
    }
    assert doc.metadata == []
    # the body's sentences are those it has without the block, at the same offsets; its
    # one `#` heading stays a heading (the front matter named the title)
    plain = read_doc(" " * len(YAML) + BODY)
    assert [(s.zh, s.start) for s in doc.sentences()] == [
        (s.zh, s.start) for s in plain.sentences()
    ]
    assert [h for h, _ in outline(doc)] == ["# 一、总体情况", "## （一）主要做法"]
    assert not any("---" in s.zh or "title" in s.zh for s in doc.sentences())


def test_toml_front_matter_and_pandoc_closing_dots() -> None:
    toml = f'+++\ntitle = "{TITLE}"\ndraft = false\n[params]\ntheme = "dark"\n+++\n' + BODY
    doc = read_doc(toml)
    assert doc.title is not None and doc.title.zh == TITLE
    # a nested table is the theme's, not the document's
    assert doc.source.metadata == {"title": TITLE, "draft": "false"}
    pandoc = f"---\ntitle: '{TITLE}'\nauthor:\n  - 张三\n  - 李四\n...\n" + BODY
    doc = read_doc(pandoc)
    assert doc.title is not None and doc.title.zh == TITLE
    assert doc.source.metadata == {"title": TITLE, "author": "张三, 李四"}


def test_long_title_is_the_title_because_the_file_says_so() -> None:
    # longer than a heading may be (segment.max_heading_chars), so no guess would take it
    title = "关于印发《2024年全市农村电子商务高质量发展三年行动计划（2024—2026年）》的通知"
    assert len(title) > 40
    doc = read_doc(f'---\ntitle: "{title}"\n---\n' + BODY)
    assert doc.title is not None and doc.title.zh == title
    assert doc.sections[0].heading is not None and doc.sections[0].heading.zh == "# 一、总体情况"


def test_crlf_file_and_title_with_spaces_inside_quotes() -> None:
    text = f'---\r\ntitle: "  {TITLE} "\r\n---\r\n' + BODY.replace("\n", "\r\n")
    doc = read_doc(text)
    assert doc.title is not None and doc.title.zh == TITLE


def test_a_rule_over_prose_is_not_front_matter() -> None:
    # a Markdown rule, a line of prose that YAML would read as a field, a rule
    prose = "---\n注意: 本文数据截至三月底。\n---\n\n今年以来，农村电商发展迅速。\n"
    assert split_front_matter(prose) is None
    doc = read_doc(prose)
    assert any("本文数据截至三月底" in s.zh for s in doc.sentences())
    # a rule, then a paragraph: a string, not fields
    assert split_front_matter("---\n今年以来，农村电商发展迅速。\n---\n正文。\n") is None
    # never closed
    assert split_front_matter("---\ntitle: 标题\n\n正文。\n") is None
    # not at the very top
    assert split_front_matter("\n---\ntitle: 标题\n---\n正文。\n") is None
    # does not parse
    assert split_front_matter("---\ntitle: [标题\n---\n正文。\n") is None


@pytest.mark.parametrize(
    ("block", "title"),
    [
        # a double-quoted value with escapes
        ('---\ntitle: "关于\\"数字乡村\\"的报告"\n---\n', '关于"数字乡村"的报告'),
        # a folded value over two lines (YAML folds the break into a space)
        (
            "---\ntitle: >\n  关于推进农村电商\n  发展的报告\ndate: 2024-03-01\n---\n",
            "关于推进农村电商 发展的报告",
        ),
        # a literal one: its lines joined as a paragraph's are
        ("---\ntitle: |\n  关于推进农村电商\n  发展的报告\n---\n", "关于推进农村电商发展的报告"),
        # a plain value wrapped onto a second line
        ("---\ntitle: Rural e-commerce\n  report 2024\n---\n", "Rural e-commerce report 2024"),
        # TOML: a triple-quoted string, a comment after the value
        ('+++\ntitle = """关于工作的通知"""\n+++\n', "关于工作的通知"),
        ('+++\ntitle = "关于工作的通知" # 草稿\n+++\n', "关于工作的通知"),
    ],
)
def test_title_however_written(block: str, title: str) -> None:
    doc = read_doc(block + "\n今年以来，农村电商发展迅速。\n")
    assert doc.title is not None and doc.title.zh == title
    assert [s.zh for s in doc.sentences()] == ["今年以来，农村电商发展迅速。"]


def test_front_matter_without_text_is_a_clear_error() -> None:
    with pytest.raises(InputError, match=r"front matter \(layout, tags\) and no text"):
        decode_bytes(b"---\nlayout: post\ntags: [a]\n---\n\n", "empty.txt")


def test_cli_segment_reports_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(YAML + BODY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["segment", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"]["zh"] == TITLE
    assert data["source"]["metadata"]["author"] == "张三"
    assert data["topic"] is None
    sentences = [
        s["zh"] for sec in data["sections"] for p in sec["paragraphs"] for s in p["sentences"]
    ]
    assert sentences[0] == "今年以来，农村电商发展迅速。"


def test_heading_marks_never_leave_the_span() -> None:
    # untranslated (a summary-only brief, a failed batch row): the Chinese fallbacks
    text = (
        "# 农村电商报告 #\n\n## 一、总体情况\n\n今年以来，农村电商发展迅速。"
        "全年交易额增长百分之二十。\n\n### （一） 主要做法 ###\n\n各地加强物流建设。\n"
    )
    doc = find_figures(read_doc(text))
    assert doc.title is not None and doc.title.zh == "# 农村电商报告 #"
    assert doc_title(doc) == "农村电商报告"
    assert section_title(doc, 2, doc.sections[1]) == "（一） 主要做法"
    assert [f.section_title for f in doc.key_figures] == ["一、总体情况"]
    rows = [(kind, zh) for kind, zh, _ in bilingual_rows(doc) if kind != "body"]
    assert rows == [
        ("title", "农村电商报告"),
        ("heading", "一、总体情况"),
        ("heading", "（一） 主要做法"),
    ]
