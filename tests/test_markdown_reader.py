"""Markdown files (``.md``) read as their authors see them rendered (CommonMark and
GitHub's tables, through markdown-it-py): headings with levels, the title, paragraphs,
list items, tables and captions as blocks, inline markup dropped and its words kept."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from test_readers import headings, paragraphs, read

from zhbrief.cli import cli
from zhbrief.document import Document
from zhbrief.errors import InputError
from zhbrief.reading import decode_bytes

REPORT = """# 农村电商发展报告

来源：东川日报

## 一、总体情况

今年以来，**农村电商**发展*迅速*，详见[新华网](http://www.xinhuanet.com/a.htm)的报道；
交易额持续增长，`B2B`平台带动明显。

![物流园区](images/park.png)

| 指标 | 2023年 | 2024年 |
|---|---|---|
| 交易额 | 100亿元 | 120亿元 |

### （一）主要做法

- 第一，加强物流建设。
- 第二，培育电商人才。

1. 登录平台账号
2. 选择数据目录

> 电商是乡村振兴的重要抓手。

```
print("你好")
```

<div align="center">图1 示意图<br>（资料来源：东川省统计局）</div>

## 二、下一步工作

继续推进<sup>1</sup>农村电商~~快速~~高质量发展[^1]。

[^1]: 数据来源：东川省商务厅。
"""


def doc_of(text: str, name: str = "report.md") -> Document:
    return read(text.encode("utf-8"), name)


def test_report_reads_as_rendered() -> None:
    doc = doc_of(REPORT)
    assert doc.source.format == "markdown"
    assert doc.title is not None and doc.title.zh == "农村电商发展报告"
    # ## is the top level used: level 1
    assert headings(doc) == [("一、总体情况", 1), ("（一）主要做法", 2), ("二、下一步工作", 1)]
    assert [(m.key, m.zh) for m in doc.metadata] == [("source", "东川日报")]
    assert paragraphs(doc) == [
        "今年以来，农村电商发展迅速，详见新华网的报道；交易额持续增长，B2B平台带动明显。",
        "第一，加强物流建设。",
        "第二，培育电商人才。",
        "1. 登录平台账号",
        "2. 选择数据目录",
        "电商是乡村振兴的重要抓手。",
        'print("你好")',
        "图1 示意图\n（资料来源：东川省统计局）",
        "继续推进1农村电商快速高质量发展。",
    ]
    assert paragraphs(doc, "caption") == ["物流园区"]
    assert paragraphs(doc, "footnote") == ["数据来源：东川省商务厅。"]
    table = [p for sec in doc.sections for p in sec.paragraphs if p.kind == "table"]
    assert [[s.zh for s in p.sentences] for p in table] == [
        ["指标", "2023年", "2024年"],
        ["交易额", "100亿元", "120亿元"],
    ]
    # no markup and no address reaches the text the model is given
    assert not re.search(r"[*`#|\[\]>^]|http|\.png", doc.text)


def test_title_rules() -> None:
    # several # headings: none is the title, all are level 1
    doc = doc_of("# 一、总体情况\n\n正文第一段。\n\n# 二、主要做法\n\n正文第二段。\n")
    assert doc.title is None
    assert headings(doc) == [("一、总体情况", 1), ("二、主要做法", 1)]
    # a # heading after some text is no title either
    doc = doc_of("引言一段。\n\n# 一、总体情况\n\n正文。\n")
    assert doc.title is None and headings(doc) == [("一、总体情况", 1)]
    # a setext heading is a heading too
    doc = doc_of("农村电商报告\n======\n\n正文。\n\n一、总体情况\n------\n\n正文。\n")
    assert doc.title is not None and doc.title.zh == "农村电商报告"
    assert headings(doc) == [("一、总体情况", 1)]


def test_front_matter_title_and_properties() -> None:
    text = "---\ntitle: 关于推进农村电商发展的报告\nauthor: 张三\n---\n\n# 一、总体情况\n\n正文。\n"
    doc = doc_of(text)
    assert doc.title is not None and doc.title.zh == "关于推进农村电商发展的报告"
    assert headings(doc) == [("一、总体情况", 1)]
    assert doc.source.metadata == {"title": "关于推进农村电商发展的报告", "author": "张三"}
    assert paragraphs(doc) == ["正文。"]


def test_soft_breaks_join_as_one_paragraph() -> None:
    doc = doc_of("今年以来，农村电商\n发展迅速。The market\ngrew fast.\n\n第二段。\n")
    assert paragraphs(doc) == ["今年以来，农村电商发展迅速。The market grew fast.", "第二段。"]
    assert [s.zh for s in doc.sentences()] == [
        "今年以来，农村电商发展迅速。",
        "The market grew fast.",
        "第二段。",
    ]


def test_encoding_and_errors() -> None:
    doc = read("# 报告\n\n正文一句。\n".encode("gb18030"), "gbk.md")
    assert doc.source.encoding.lower().replace("-", "") in ("gb18030", "gbk", "gb2312")
    assert doc.title is not None and doc.title.zh == "报告"
    with pytest.raises(InputError, match="no text besides its title and headings"):
        decode_bytes("# 报告\n\n## 一、总体情况\n".encode(), "heads.md")
    with pytest.raises(InputError, match="no Chinese characters"):
        decode_bytes(b"# Report\n\nText only.\n", "en.md")


def test_cli_names_the_format(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["segment", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"]["format"] == "markdown"
    kinds = {p["kind"] for p in data["source"]["paragraphs"]}
    assert kinds == {"body", "table", "caption", "footnote"}


# a line of Markdown around Chinese words: every one of them must reach the text
_LINES = [
    "# {}",
    "## {}",
    "{}",
    "- {}",
    "1. {}",
    "> {}",
    "**{}**",
    "*{}*",
    "[{}](http://example.com)",
    "![{}](a.png)",
    "| {} | {} |\n|---|---|\n| {} | x |",
    "`{}`",
    "    {}",
    "<div>{}</div>",
    "{}\n===",
]
_WORDS = st.text(alphabet="农村电商发展报告数据一二三", min_size=1, max_size=8)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_LINES), _WORDS), min_size=1, max_size=12))
def test_no_chinese_is_lost(parts: list[tuple[str, str]]) -> None:
    text = "\n\n".join(line.format(*[w] * line.count("{}")) for line, w in parts)
    if not any(line in ("{}", "- {}", "1. {}", "> {}", "**{}**", "`{}`") for line, _ in parts):
        text += "\n\n正文。"  # a body paragraph: a file of headings only is refused
    read_text = decode_bytes(text.encode("utf-8"), "p.md").text
    han = re.compile("[\u4e00-\u9fff]")
    assert Counter(han.findall(read_text)) == Counter(han.findall(text))


def test_nesting_deeper_than_the_parser_goes_is_read_as_text(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # the parser stops at its nesting limit and would drop what lies deeper
    text = "".join("  " * i + f"- 第{i}层内容\n" for i in range(120))
    read_in = decode_bytes(text.encode("utf-8"), "deep.md")
    assert read_in.format == "text" and "nested too deep" in caplog.text
    han = re.compile("[\u4e00-\u9fff]")
    assert Counter(han.findall(read_in.text)) == Counter(han.findall(text))
    # nine levels, past the CommonMark preset's 20 token levels, read as Markdown
    nine = "".join("  " * i + f"- 第{i}层内容\n" for i in range(9))
    doc = doc_of(nine)
    assert doc.source.format == "markdown"
    assert paragraphs(doc) == [f"第{i}层内容" for i in range(9)]


def test_html_blocks_keep_their_cells_and_paragraphs_apart() -> None:
    text = (
        "<table>\n<tr><th>年份</th><th>收入</th></tr>\n<tr><td>2021</td><td>100</td></tr>\n"
        "</table>\n\n<div><p>第一段内容。</p><p>第二段内容。</p></div>\n\n"
        "<div>前言。<table><tr><td>甲</td><td>乙</td></tr></table>后记。<!-- 不显示 --></div>\n"
    )
    doc = doc_of(text)
    tables = [
        [s.zh for s in p.sentences]
        for sec in doc.sections
        for p in sec.paragraphs
        if p.kind == "table"
    ]
    assert tables == [["年份", "收入"], ["2021", "100"], ["甲", "乙"]]
    assert paragraphs(doc) == ["第一段内容。", "第二段内容。", "前言。", "后记。"]
    # in reading order: 前言 before its table, 后记 after
    assert doc.text.index("前言") < doc.text.index("甲") < doc.text.index("后记")


def test_inline_breaks_powers_and_literal_hashes() -> None:
    doc = doc_of("## \\#3 号楼\n\n面积10<sup>5</sup>平方米<br>\n第二行，推进<sup>1</sup>工作。\n")
    # a superscript after a number is a power; a <br> at a line's end is a line break
    assert paragraphs(doc) == ["面积10^5平方米\n第二行，推进1工作。"]
    [heading] = doc.headings()
    assert heading.zh == "#3 号楼" and heading.bare == "#3 号楼"
