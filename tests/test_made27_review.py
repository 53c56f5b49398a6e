"""Guards from the review of the made27 rules (issue 19): inputs where a first version
of a rule read a real document wrongly, each fixed."""

from __future__ import annotations

import time

from test_made9_pdf import BOLD, _register_bold
from test_made22_pages import P1, P2, P3, page
from test_made27 import centred, column, html
from test_readers import headings, paragraphs, read, squeeze
from test_realdocs_pdf import LEFT, Text, blocks, draw, paragraph, prose, squeezed
from test_realdocs_pdf import headings as pdf_headings

from zhbrief.reading.pdf import read_pdf
from zhbrief.segmentation.metadata import drafting_paragraph

# ---- from the review: subtitle

SIZE = 16.0


def body(top: float, text: str) -> list[Text]:
    """16 pt lines of 24 characters, 28 pt apart, first indented."""
    out, first = [], True
    while text:
        n = 22 if first else 24
        out.append(Text(top, text[:n], size=SIZE, x=72 + (32 if first else 0)))
        text, top, first = text[n:], top + 28, False
    return out


def test_a_salutation_right_under_a_speech_s_subtitle_stays_text() -> None:
    lines = [
        centred(80, "在全市经济工作会议上的讲话", 22.0),
        centred(124, "——2023年1月5日", SIZE),
        Text(152, "同志们：", size=SIZE, x=72),
        *body(180, prose(5)),
        Text(520, "一、2022年经济工作回顾", size=SIZE, x=104),
        *body(548, prose(6)),
    ]
    ex = read_pdf(draw([lines]), "speech.pdf")
    assert "同志们" in "".join(ex.text[b.start : b.end] for b in ex.blocks if b.kind == "body")


# ---- from the review: cover


def _cover(title: str) -> bytes:
    cover = [
        centred(150, title, 26.0),
        centred(214, "——东川省2023年经济形势分析与展望", 16.0),
        Text(505, "编制单位：东川省社会科学院", size=15.0, x=170),
        Text(543, "编制日期：2023年5月", size=15.0, x=170),
    ]
    text = [centred(80, "摘要", 16.0), *paragraph(130, prose(1))]
    return draw([cover, text])


def test_cover_title_ending_in_ju_stays_title() -> None:
    ex = read_pdf(_cover("加快构建新发展格局"), "report.pdf")
    assert blocks(ex, "title") == ["加快构建新发展格局"]


def test_cover_title_ending_in_zhongxin_stays_title() -> None:
    ex = read_pdf(_cover("建设具有全球影响力的科技创新中心"), "report.pdf")
    assert blocks(ex, "title") == ["建设具有全球影响力的科技创新中心"]


def test_control_title_not_ending_in_issuer_word() -> None:
    ex = read_pdf(_cover("加快构建新发展格局研究"), "report.pdf")
    assert blocks(ex, "title") == ["加快构建新发展格局研究"]


# ---- from the review: annex


def test_a_wrapped_annex_title_stays_whole() -> None:
    first = [centred(80, "东川市地方标准", 16.0), *paragraph(130, prose(8))]
    annex = [
        centred(73, "附 录 A", 16.0),
        centred(99, "（规范性附录）", 10.5),
        centred(119, "东川市公共服务设施配置标准及", 16.0),
        centred(141, "服务质量评价指标体系", 16.0),
        Text(186, "A.1 评价方法", size=10.5),
        Text(208, prose(9)[:40], size=10.5, x=92),
        Text(227, "结果按附录表A.1的指标计分。", size=10.5),
        Text(251, "A.2 评价指标", size=10.5),
        Text(273, prose(3)[:40], size=10.5, x=92),
    ]
    ex = read_pdf(draw([first, annex]), "standard.pdf")
    heads = [t for t, _ in pdf_headings(ex)]
    assert any("服务质量评价指标体系" in h and "附录A" in h for h in heads)


# ---- from the review: columns

LEFT_ITEMS = (
    "区位优势明显",
    "交通网络四通八达覆盖全省",
    "产业基础雄厚",
    "人才资源丰富",
    "政策支持力度大",
    "营商环境持续优化提升",
    "要素成本低",
    "开放平台众多",
)
RIGHT_ITEMS = (
    "土地指标紧张",
    "高端人才引进难度较大",
    "融资渠道单一",
    "创新能力不强",
    "产业链条短",
    "环境容量约束日益趋紧",
    "物流成本偏高",
    "配套服务不足",
)


def test_two_lists_side_by_side_read_each_list_whole() -> None:
    page = [Text(40, "东川开发区发展条件分析", size=20.0, x=150)]
    page += [Text(90, "发展优势", size=14.0, x=72), Text(90, "面临挑战", size=14.0, x=320)]
    page += [Text(120 + 24 * i, "● " + t, x=72) for i, t in enumerate(LEFT_ITEMS)]
    page += [Text(120 + 24 * i, "● " + t, x=320) for i, t in enumerate(RIGHT_ITEMS)]
    body = squeezed(read_pdf(draw([page]), "slide.pdf"))
    left = "".join("●" + t for t in LEFT_ITEMS)
    right = "".join("●" + t for t in RIGHT_ITEMS)
    assert left in body and right in body


# ---- from the review: inner_gutter

LABELS = (
    "地区生产总值增长",
    "规上工业增加值增长",
    "固定资产投资增长",
    "社会消费品零售额",
    "一般公共预算收入",
    "城镇居民人均收入",
    "农村居民人均收入",
    "进出口总额增长",
    "实际利用外资金额",
    "新增市场主体数量",
)
VALUES = (
    "同比增长百分之六点五",
    "同比增长百分之七点二",
    "同比增长百分之八点一",
    "同比增长百分之五点九",
    "同比增长百分之四点三",
    "同比增长百分之六点一",
    "同比增长百分之七点四",
    "同比增长百分之九点二",
    "同比增长百分之三点八",
    "同比增长百分之十二点",
)


def test_a_wide_line_in_a_column_of_figures_does_not_cut_the_text_column() -> None:
    left, left_text = column(72, 60, prose(1) * 8, 30)
    right = []
    for i in range(5):
        right += [
            Text(60 + 20 * i, LABELS[i], x=320),
            Text(60 + 20 * i, VALUES[i], x=420, size=9.0),
        ]
    right.append(Text(170, "表2　东川市主要经济指标完成情况（2023年）", x=320, size=10.0))
    for i in range(5, 10):
        right += [
            Text(200 + 20 * (i - 5), LABELS[i], x=320),
            Text(200 + 20 * (i - 5), VALUES[i], x=420, size=9.0),
        ]
    body = squeezed(read_pdf(draw([left + right]), "brochure.pdf"))
    assert left_text in body


# ---- from the review: numbered_alone


def test_a_list_s_one_bold_item_over_plain_items_is_no_heading() -> None:
    _register_bold()
    lines = [
        centred(20, "关于做好汛期安全生产工作的通知", 22.0),
        Text(60, "一、工作要求", size=16.0),
    ]
    lines += paragraph(96, prose(2))
    lines += [
        Text(260, "1．坚决守住安全底线。", font=BOLD, x=LEFT + 22),
        Text(276, "2．加强隐患排查整治。", x=LEFT + 22),
        Text(292, "3．完善应急处置预案。", x=LEFT + 22),
        *paragraph(316, prose(3)),
    ]
    heads = [t for t, _ in pdf_headings(read_pdf(draw([lines]), "notice.pdf"))]
    assert heads == ["一、工作要求"]


# ---- from the review: html


def test_a_plain_list_s_last_item_is_no_heading() -> None:
    # a news page with no heading: a plain list of short tasks after a lead-in
    doc = html(
        f"<p>{P1}</p><p>会议确定了今年的三项重点工作。</p>"
        "<p>（一）加强组织领导</p><p>（二）强化责任落实</p><p>（三）加强督查考核</p>"
        f"<p>{P2}</p><p>{P3}</p>"
    )
    assert headings(doc) == []


def test_key_figure_number_beside_bold_words_is_kept() -> None:
    # a WeChat infographic: a big number beside its bold label
    fig = (
        "<section style='display:flex'>"
        "<section><span style='font-size:28px'><strong>36</strong></span></section>"
        "<section><span><strong>家世界500强企业落户东川</strong></span></section>"
        "</section>"
    )
    doc = html(f"<p>{P1}</p>{fig}<p>{P2}</p><p>{P3}</p>")
    assert "36" in squeeze(doc.text)


def test_an_interviewer_named_by_the_paper_asks_no_heading() -> None:
    doc = html(
        f"<p>{P1}</p><p><strong>新京报：今年的目标是什么？</strong></p><p>{P2}</p>"
        f"<p><strong>新京报：明年还会加大力度吗？</strong></p><p>{P3}</p>"
    )
    assert headings(doc) == []


def test_a_bold_exclamation_in_a_speech_is_no_heading() -> None:
    doc = html(f"<p>{P1}</p><p>{P2}</p><p><strong>谢谢大家！</strong></p>")
    assert headings(doc) == []


def test_attachment_links_listed_in_a_paragraph_are_kept() -> None:
    doc = html(
        f"<p>{P1}</p><p>{P2}</p><p>附件：</p>"
        "<p><a href='/1.doc'>1.东川市促进外贸发展若干措施</a><br>"
        "<a href='/2.doc'>2.东川市出口信用保险补贴办法</a><br>"
        "<a href='/3.doc'>3.东川市外贸企业申报表</a></p><p>东川市人民政府</p>"
    )
    assert "出口信用保险补贴办法" in doc.text


def test_numbered_interview_questions_are_no_headings() -> None:
    doc = html(
        f"<p>{P1}</p><p><strong>Q1：今年的目标是什么？</strong></p><p>{P2}</p>"
        f"<p><strong>Q2：明年还会加大力度吗？</strong></p><p>{P3}</p>"
    )
    assert headings(doc) == []


# ---- from the review: linkcell


def test_a_table_cell_of_download_links_keeps_its_row_s_columns() -> None:
    links = " / ".join(f"<a href='/f.{e}'>{e.upper()}</a>" for e in ("pdf", "doc", "wps"))
    rows = "".join(
        f"<tr><td>{i}</td><td>东川市第{i}号政策文件解读</td><td>{links}</td><td>2023-0{i}-01</td></tr>"
        for i in range(1, 4)
    )
    head = "<tr><th>序号</th><th>文件名称</th><th>下载</th><th>发布日期</th></tr>"
    table = f"<table>{head}{rows}</table>"
    doc = read(
        page(f"<div id='content'><p>{P1}</p>{table}<p>{P2}</p><p>{P3}</p></div>"), "page.html"
    )
    rows = [ln for ln in doc.text.split("\n") if "政策文件解读" in ln]
    # each row keeps its four cells: the date stays under 发布日期, not under 下载
    assert all(len(r.split("\t")) == 4 for r in rows), rows


# ---- from the review: segmentation


def test_a_methods_sentence_opening_with_data_source_stays_text() -> None:
    said = "数据来源：本研究数据来自2019年东川省居民消费调查，共回收有效问卷1200份，有效率为96%。"
    doc = html(f"<h2>二、研究设计</h2><p>{P1}</p><p>{said}</p><p>{P2}</p>")
    assert said in paragraphs(doc)


def test_a_policy_s_interpreting_office_provision_stays_text() -> None:
    rule = "本文件由东川市财政局负责解释。"
    doc = html(
        f"<h2>五、附则</h2><p>{P1}</p><p>{rule}</p><p>本文件自2024年1月1日起施行，有效期5年。</p>"
    )
    assert rule in paragraphs(doc)


# ---- from the review: drafting_perf

SENT = (
    "本文件由东川省市场监督管理局提出并归口，由东川省标准化研究院负责起草，"
    "经东川省市场监督管理局批准。"
)


def test_drafting_paragraph_is_not_exponential() -> None:
    # nine drafting-like sentences, then one that is not: the regex backtracks ~5^n ways
    para = SENT * 9 + "本文件为首次发布，自2024年起实施，请各单位认真落实"
    t = time.time()
    assert drafting_paragraph(para, 0) is None
    assert time.time() - t < 1.0
