"""Documents pandoc makes from Markdown. Its standalone web pages (like static sites'
and hand-written ones) set paragraphs, headings and lists straight in ``<body>`` (or in
bare ``<section>``s): trafilatura finds no container there and falls back to the
paragraphs alone, so the reader gives it one and the headings and lists stay. Its Word
files put a tab between a heading's number and its words: one space in the heading."""

from __future__ import annotations

from pathlib import Path

from test_readers import headings, paragraphs, read, squeeze

from zhbrief.reading.base import TextBuilder

MADE15 = Path(__file__).resolve().parent.parent / "eval" / "data" / "realdocs-made15" / "docs"

P1 = "今年发展的主要预期目标是国内生产总值增长百分之七左右，居民消费价格涨幅百分之三左右。"
P2 = "积极的财政政策要加大力度，今年拟安排财政赤字二万亿元，赤字率提高到百分之三。"
P3 = "稳健的货币政策要灵活适度，广义货币预期增长百分之十三左右，保持流动性合理充裕。"


def page(body: str) -> bytes:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>东川省民生工作进展报告</title>"
        "</head><body><header><h1 class='title'>东川省民生工作进展报告</h1>"
        "<p class='author'>东川省民政厅</p></header>"
        "<nav id='TOC'><ul><li><a href='#a'>1 就业与收入</a></li>"
        "<li><a href='#b'>2 社会保障</a></li></ul></nav>"
        f"{body}</body></html>"
    ).encode()


BODY = (
    f"<p>{P1 * 2}</p>"
    "<h1 id='a'><span class='header-section-number'>1</span> 就业与收入</h1>"
    f"<p>{P2 * 2}</p>"
    "<h2><span class='header-section-number'>1.1</span> 稳定就业</h2>"
    "<ul><li>第一项指标：<strong>六十一万人</strong></li><li>完成率：百分之四十一</li></ul>"
    f"<p>{P3 * 2}</p>"
    "<h1 id='b'><span class='header-section-number'>2</span> 社会保障</h1>"
    f"<p>{P1}{P3}<a href='#fn1' id='fnref1'><sup>1</sup></a></p>"
    "<section class='footnotes'><hr/><ol><li id='fn1'><p>数据来源：东川省统计局。"
    "<a href='#fnref1' class='footnote-back' role='doc-backlink'>↩︎</a></p></li></ol></section>"
)


def test_headings_and_lists_set_straight_in_body_are_read() -> None:
    doc = read(page(BODY), "pandoc.html")
    assert doc.title is not None and doc.title.zh == "东川省民生工作进展报告"
    assert headings(doc) == [("1就业与收入", 1), ("1.1稳定就业", 2), ("2社会保障", 1)]
    text = "".join(squeeze(p) for kind in ("body", "list") for p in paragraphs(doc, kind))
    assert "第一项指标：六十一万人" in text and "完成率：百分之四十一" in text
    # the note is kept, its link back to the text is not
    assert "数据来源：东川省统计局。" in text and "↩" not in doc.text
    assert "东川省民政厅" not in text  # the title block's author: no body text


def test_a_body_tag_in_a_script_or_comment_is_not_the_page_body() -> None:
    # a script writing "<body>" and a commented-out body before the real one: the
    # container goes round the real body's content, so its headings are kept
    data = page(BODY).replace(
        b"</head>",
        b"<script>var shell = '<body class=\"x\">';</script><!-- <body> --></head>",
    )
    doc = read(data, "pandoc.html")
    assert headings(doc) == [("1就业与收入", 1), ("1.1稳定就业", 2), ("2社会保障", 1)]


def test_headings_in_bare_sections_are_read() -> None:
    """pandoc --section-divs: each heading and its text in a <section>, no container."""
    body = (
        f"<p>{P1 * 2}</p><section class='level1'><h1>一、总体要求</h1>"
        f"<section class='level2'><h2>（一）指导思想</h2><p>{P2 * 2}</p>"
        "<ol><li>抓好项目建设</li><li>强化要素保障</li></ol></section></section>"
        f"<section class='level1'><h1>二、重点任务</h1><p>{P3 * 2}</p></section>"
    )
    doc = read(page(body), "sections.html")
    assert headings(doc) == [("一、总体要求", 1), ("（一）指导思想", 2), ("二、重点任务", 1)]
    text = "".join(squeeze(p) for kind in ("body", "list") for p in paragraphs(doc, kind))
    assert "抓好项目建设" in text and squeeze(P3 * 2) in text


def test_a_page_with_a_content_container_is_read_as_before() -> None:
    """Paragraphs inside a <div>: the extractor finds the container itself, also when
    the page's footer lines stand straight in <body> beside it (its sidebar stays out)."""
    doc = read(page(f"<div class='content'>{BODY}</div>"), "div.html")
    assert headings(doc) == [("1就业与收入", 1), ("1.1稳定就业", 2), ("2社会保障", 1)]
    article = "".join(f"<p>{P1}{P2}{i}</p>" for i in range(6))
    related = "".join(
        f"<div><h2>{h}</h2><ul><li>{a}</li><li>{b}</li></ul></div>"
        for h, a, b in (
            ("相关阅读", "关于做好春节期间安全生产工作的通知全文发布", "市政府召开常务会议"),
            ("热门专题", "优化营商环境专题", "乡村振兴专题"),
        )
    )
    footer = "".join(
        f"<p>{t}</p>"
        for t in (
            "版权所有：某某市人民政府办公厅",
            "备案号：京ICP备12345678号",
            "主办单位：某某市人民政府",
        )
    )
    html = (
        "<html><head><meta charset='utf-8'><title>城市更新工作进展</title></head><body>"
        f"<div><h1>城市更新工作进展</h1>{article}</div>{related}{footer}</body></html>"
    )
    doc = read(html.encode(), "portal.html")
    assert "相关阅读" not in doc.text and "热门专题" not in doc.text


def test_a_headings_tab_or_line_break_is_one_space() -> None:
    b = TextBuilder()
    b.add("heading", "1\t就业与收入")
    b.add("title", "关于做好\n2016年重点工作的通知")  # a title broken in two
    b.add("title", "Economic\nReview")
    b.add("heading", "第一部分\u3000总体要求")  # a full-width space as typed stays
    b.add("body", "第一段\t正文")
    assert [b.parts[i] for i in range(0, len(b.parts), 2)] == [
        "1 就业与收入",
        "关于做好2016年重点工作的通知",
        "Economic Review",
        "第一部分\u3000总体要求",
        "第一段\t正文",
    ]


def test_pandocs_word_headings_read_with_their_numbers() -> None:
    """p02 (made15): pandoc -N writes each heading's number, then a tab."""
    path = MADE15 / "p02_pandoc_report.docx"
    doc = read(path.read_bytes(), path.name)
    assert [h.zh for h in doc.headings()][:2] == ["1 就业与收入", "1.1 稳定就业"]
