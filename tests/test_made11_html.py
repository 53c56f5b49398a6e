"""Word files saved as web pages by a word processor (the eleventh made set's
``_lo.html`` pages, LibreOffice 7.4's "save as web page"): read as the document they
are (reading/wordpage), not through the main-content extractor.

eval/data/realdocs-made11 holds the pages (eval/make_realdocs11_converted.py) and their
gold; each test here builds a small page in LibreOffice's shape that pins one rule.
"""

from __future__ import annotations

from test_made7_html import body
from test_readers import headings, read

from zhbrief.document import Document

P = "我们要坚持稳中求进工作总基调，保持经济运行在合理区间，着力提高发展质量和效益。"
Q = "我们要坚定不移扩大对外开放，在开放中增强发展新动能、增添改革新动力、增创竞争新优势。"
STYLE = (
    "<style type='text/css'>p { line-height: 115%; margin-bottom: 0.08in }"
    "p.western { font-family: 'Noto Serif CJK SC', serif; font-size: 12pt }"
    "h1.western { font-size: 16pt; font-weight: bold } h2.western { font-size: 14pt; "
    "font-weight: bold }</style>"
)


def lo_page(body_html: str, title: str = "") -> bytes:
    """A page as LibreOffice saves a Word file: its generator, its style sheet."""
    return (
        "<!DOCTYPE html><html><head><meta http-equiv='content-type' "
        "content='text/html; charset=utf-8'/>"
        f"<title>{title}</title><meta name='generator' content='LibreOffice 7.4.7.2 (Linux)'/>"
        f"{STYLE}</head><body lang='en-US' dir='ltr'>{body_html}</body></html>"
    ).encode()


def para(text: str) -> str:
    return f"<p class='western' align='justify' style='text-indent: 0.33in'>{text}</p>"


def sized(text: str, pt: int, bold: bool = True, align: str = "left") -> str:
    inner = f"<b>{text}</b>" if bold else text
    return f"<p class='western' align='{align}'><font style='font-size: {pt}pt'>{inner}</font></p>"


def doc_of(body_html: str, title: str = "") -> Document:
    return read(lo_page(body_html, title), "report_lo.html")


def title_of(doc: Document) -> str:
    assert doc.title is not None
    return doc.title.zh


# ------------------------------------------------------------------ titles


def test_a_title_keeps_the_digits_set_outside_its_font_runs() -> None:
    # LibreOffice writes a run in another face (the digits' Latin font) as its own
    # <font>: the extractor's headline was the largest run alone, 年经济社会…
    big = "<font face='Noto Sans CJK SC' size='5' style='font-size: 18pt'><b>{}</b></font>"
    title = (
        "<p class='western' align='center'>"
        + big.format("全省")
        + "<font face='Noto Sans CJK SC, serif' size='5' style='font-size: 18pt'><b>2013</b>"
        + "</font>"
        + big.format("年经济社会发展主要任务推进情况")
        + "</p>"
    )
    html = (
        title
        + "<h1 class='western'>一、总体要求</h1>"
        + para(f"2013<font face='Noto Serif CJK SC'>{P}</font>")
        + "<h2 class='western'>（一）扩大国内需求</h2>"
        + para(Q)
    )
    doc = doc_of(html)
    assert title_of(doc) == "全省2013年经济社会发展主要任务推进情况"
    assert headings(doc) == [("一、总体要求", 1), ("（一）扩大国内需求", 2)]
    assert body(doc) == [f"2013{P}", Q]


def test_a_masthead_name_beside_its_issue_is_not_the_title() -> None:
    banner = (
        "<table><tr><td><p class='western'><font style='font-size: 28pt'><b>工作简报</b>"
        "</font></p></td><td><p class='western' align='right'><font style='font-size: 10pt'>"
        "2013年第6期</font></p></td></tr><tr><td colspan='2'><p class='western' "
        "align='center'><font style='font-size: 18pt'><b>全省经济社会发展主要任务推进情况</b>"
        "</font></p></td></tr></table>"
    )
    doc = doc_of(banner + "<h1 class='western'>一、总体要求</h1>" + para(P) + para(Q))
    assert title_of(doc) == "全省经济社会发展主要任务推进情况"
    assert headings(doc) == [("一、总体要求", 1)]


def test_the_files_title_shown_on_the_cover_is_the_title() -> None:
    cover = (
        "<p class='western' align='center'>东川省发展研究中心</p>"
        "<p class='western' align='center'>2017年全省经济形势分析与政策建议</p>"
        "<p class='western' align='center'><font style='font-size: 14pt'>2017年3月20日</font></p>"
    )
    doc = doc_of(
        cover + "<h1 class='western'>一、经济运行回顾</h1>" + para(P),
        title="2017年全省经济形势分析与政策建议",
    )
    assert title_of(doc) == "2017年全省经济形势分析与政策建议"
    assert headings(doc) == [("一、经济运行回顾", 1)]
    assert body(doc) == ["东川省发展研究中心", P]
    assert doc.source.metadata["date"] == "2017年3月20日"  # the byline under the title


def test_a_cover_title_line_and_its_form_fields() -> None:
    cover = (
        sized("本科毕业论文", 35, bold=False, align="center")
        + sized("论文题目：基于语言模型的日常任务规划研究", 15, bold=False)
        + sized("姓　名：黄呈松", 15, bold=False)
        + sized("院　系：软件学院", 15, bold=False)
    )
    doc = doc_of(cover + "<h1 class='western'>摘要</h1>" + para(P))
    assert title_of(doc) == "基于语言模型的日常任务规划研究"
    assert headings(doc) == [("摘要", 1)]
    assert body(doc) == ["本科毕业论文", P]
    assert "黄呈松" not in "".join(body(doc))


def test_a_forms_title_field_is_the_title_and_its_fields_are_metadata() -> None:
    cell = "<td style='border: 1px solid #000000'>{}</td>"
    text = (
        sized("一、过去五年工作回顾", 14)
        + sized("（一）经济发展总体情况", 12)
        + para(P + Q)
        + para(Q + P)
        + para(P + Q)
    )
    form = (
        "<table>"
        + "<tr>"
        + cell.format("<p class='western'><b>标 题</b></p>")
        + cell.format("<p class='western'><b>关于过去五年工作回顾和今年工作建议的报告</b></p>")
        + "</tr><tr>"
        + cell.format("<p class='western'><b>联系电话</b></p>")
        + cell.format("<p class='western'>0791-86238817</p>")
        + "</tr><tr>"
        + cell.format("<p class='western'><b>正 文</b></p>")
        + cell.format(text)
        + "</tr></table>"
    )
    letterhead = sized("东川省发展和改革委员会", 16, align="center") + sized(
        "工作情况报告单", 24, align="center"
    )
    doc = doc_of(letterhead + form)
    assert title_of(doc) == "关于过去五年工作回顾和今年工作建议的报告"
    assert headings(doc) == [("一、过去五年工作回顾", 1), ("（一）经济发展总体情况", 2)]
    assert "0791-86238817" not in "".join(body(doc))


# ------------------------------------------------------------------ headings


def test_bold_lines_rank_by_size_and_cover_lines_are_text() -> None:
    html = (
        "<div title='header'><p align='right'>东川能源集团有限公司</p></div>"
        + sized("2016年度经营发展工作要点", 22, align="center")
        + sized("集团公司办公室　2016年3月", 12, bold=False, align="center")
        + sized("一、2015年工作回顾", 16)
        + sized("（一）改革与创新", 14)
        + para(P)
        + sized("二、2016年主要目标", 16)
        + para(Q)
        + "<div title='footer'><p align='center'>第 2 页</p></div>"
    )
    doc = doc_of(html)
    assert title_of(doc) == "2016年度经营发展工作要点"
    assert headings(doc) == [
        ("一、2015年工作回顾", 1),
        ("（一）改革与创新", 2),
        ("二、2016年主要目标", 1),
    ]
    assert body(doc) == ["集团公司办公室2016年3月", P, Q]


def test_list_numbered_heads_over_text_are_headings_toc_and_footnotes_not_text() -> None:
    html = (
        sized("2013年经济社会发展形势分析与建议", 22, align="center")
        + "<h1 class='contents-heading'>目录</h1>"
        + "<div id='Table of Contents1'><p>1. 发展成就回顾 2</p><p>2. 今年工作 3</p></div>"
        + "<ol><li><p class='western'><b>发展成就回顾</b></p></li></ol>"
        + para(
            P + "<a class='sdfootnoteanc' name='sdfootnote1anc' href='#sdfootnote1sym'>"
            "<sup>1</sup></a>"
        )
        + "<ol start='2'><li><p class='western'><b>今年工作</b></p></li></ol>"
        + para(Q)
        + "<div id='sdfootnote1'><p class='sdfootnote-western'>预期目标按统计口径测算。</p></div>"
    )
    doc = doc_of(html)
    assert title_of(doc) == "2013年经济社会发展形势分析与建议"
    assert headings(doc) == [("发展成就回顾", 1), ("今年工作", 1)]
    assert body(doc) == [P, Q]


def test_a_page_with_heading_tags_takes_no_merely_larger_line_as_a_heading() -> None:
    html = (
        "<h1 class='western'>1 这是第一章标题</h1>"
        + para(P)
        + sized("正文内插入内联元素", 14, bold=False)
        + para(Q)
    )
    doc = doc_of(html)
    assert headings(doc) == [("1这是第一章标题", 1)]


# ------------------------------------------------------------------ leaks


def test_words_stock_placeholders_are_left_out() -> None:
    html = (
        sized("2017年全省经济形势分析", 26, align="center")
        + "<p class='western' align='center'>[文档副标题] </p>"
        + "<p class='western'>[在此处添加文档摘要。摘要通常是对文档内容的简短总结。]</p>"
        + "<h1 class='western'>一、经济运行回顾</h1>"
        + para(P)
        + para(Q)
        + "<p class='western'>报送单位：单击或点击此处输入文字。</p>"
    )
    doc = doc_of(html)
    text = "".join(body(doc))
    assert "文档副标题" not in text and "在此处添加" not in text and "单击" not in text
    assert body(doc)[:2] == [P, Q]


def test_a_closing_record_goes_to_the_metadata() -> None:
    closing = (
        "<table><tr><td><p class='western'>报：省政府办公厅</p>"
        "<p class='western'>送：各设区市发展改革委，省直有关部门</p></td></tr></table>"
        "<p class='western' align='right'>（本期责任编辑：韩素云　审稿：莫立平）</p>"
    )
    doc = doc_of(sized("全省经济社会发展情况", 18, align="center") + para(P) + para(Q) + closing)
    assert body(doc) == [P, Q]


def test_a_contracts_parties_and_signature_block_are_not_text() -> None:
    html = (
        sized("战略合作框架协议", 22, align="center")
        + sized("甲方：东川省发展和改革委员会", 12)
        + sized("地址：东川市省府路8号", 12, bold=False)
        + sized("第一条　合作背景", 12)
        + para(P)
        + sized("第二条　合作领域", 12)
        + para(Q)
        + "<p class='western' align='center'>（以下无正文）</p>"
        + "<table><tr><td><p class='western'>甲方（盖章）：</p></td>"
        + "<td><p class='western'>乙方（盖章）：</p></td></tr>"
        + "<tr><td><p class='western'>日期：　　年　　月　　日</p></td>"
        + "<td><p class='western'>日期：　　年　　月　　日</p></td></tr></table>"
    )
    doc = doc_of(html)
    assert title_of(doc) == "战略合作框架协议"
    assert headings(doc) == [("第一条合作背景", 1), ("第二条合作领域", 1)]
    assert body(doc) == [P, Q]


def test_the_byline_under_the_title_is_metadata_and_wins_over_the_file_property() -> None:
    """A Word file's author and date lines under its title (r04): metadata, as the
    Word file reads; the page's <meta name="author"> (a file property) gives way."""
    from zhbrief.reading import decode_bytes

    html = (
        sized("2013年经济社会发展形势分析与建议", 22, align="center")
        + "<p class='western' align='center'>张立新　李晓梅</p>"
        + "<p class='western' align='center'>2013年4月</p>"
        + sized("一、发展成就回顾", 14)
        + para(P)
        + para(Q)
    )
    page = lo_page(html).replace(b"</title>", b"</title><meta name='author' content='admin'/>")
    got = decode_bytes(page, "report_lo.html")
    found = dict(got.metadata)
    assert found["author"].split() == ["张立新", "李晓梅"]
    assert found["date"] == "2013年4月"
    assert "张立新" not in got.text and "2013年4月" not in got.text


def test_a_picture_caption_over_the_byline_stays_text() -> None:
    html = (
        sized("2013年经济社会发展形势分析与建议", 22, align="center")
        + "<p class='western' align='center'>图为课题组调研现场</p>"
        + "<p class='western' align='right'>经济形势分析课题组</p>"
        + "<p class='western' align='right'>2013年4月</p>"
        + sized("一、发展成就回顾", 14)
        + para(P)
    )
    from zhbrief.reading import decode_bytes

    got = decode_bytes(lo_page(html), "report_lo.html")
    assert dict(got.metadata)["author"] == "经济形势分析课题组"
    assert "图为课题组调研现场" in got.text
