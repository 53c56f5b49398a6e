"""Guards from a helper's review of the made29 rules (issue 19): each input read wrong
by the first version of a rule, read as it should be now."""

from __future__ import annotations

import io

from test_made22_pages import P1, P2, P3
from test_made27 import centred
from test_made29 import html
from test_readers import headings, paragraphs, read
from test_realdocs_pdf import LEFT, PROSE, Text, blocks, draw, paragraph, prose
from test_realdocs_pdf import headings as pdf_headings

from zhbrief.document import Document
from zhbrief.reading.base import Block, nest_numbered
from zhbrief.reading.pdf import read_pdf


def word(
    paras: list[tuple[str, bool, str | None]], title: str = "东川市统计局关于做好数据发布工作的通知"
) -> bytes:
    """A Word file under a Title-style title: (text, bold, East Asian face or None)."""
    from docx import Document as Docx
    from docx.oxml.ns import qn

    d = Docx()
    d.add_heading(title, 0)
    for text, bold, face in paras:
        run = d.add_paragraph().add_run(text)
        run.bold = bold or None
        if face:
            run.font.name = face
            run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def body(doc: Document) -> list[str]:
    return paragraphs(doc) + paragraphs(doc, "table")


def test_a_subhead_naming_a_third_reading_does_not_end_the_article() -> None:
    doc = html(
        f"<p>{P1}</p><p>{P2}</p><p><strong>民法典草案三审：三大亮点</strong></p>"
        "<p>完善居住权制度</p><p>增加禁止高利放贷的规定</p><p>加强个人信息保护</p>"
    )
    assert "加强个人信息保护" in paragraphs(doc)


def test_a_survey_table_counting_participants_is_no_rating_log() -> None:
    doc = html(
        f"<p>{P1}</p><table><tr><td>参与人数</td><td>1200</td></tr><tr><td>有效问卷</td>"
        f"<td>1150</td></tr><tr><td>满意率</td><td>92%</td></tr></table><p>{P2}</p>"
    )
    assert any("参与人数" in t for t in body(doc))


def test_a_notice_s_closing_directive_is_text_not_a_disclaimer() -> None:
    last = "各单位要高度重视数据质量，严格执行数据发布制度。"
    last += "未经市统计局同意，任何单位不得提前对外发布、引用上述数据。"
    doc = read(
        word(
            [
                (P1, False, None),
                ("一、工作要求", False, None),
                (P2, False, None),
                (last, False, None),
            ]
        ),
        "n.docx",
    )
    assert last in paragraphs(doc)


def test_a_guide_s_steps_scanning_a_code_are_text() -> None:
    steps = ["1. 打开微信客户端", "2. 扫描挂号单上的二维码查看候诊进度", "3. 按提示到诊室就诊"]
    note = "患者扫描腕带上的条码后可查看检查结果"
    lines = [(P1, False, None), ("一、就诊流程", False, None), ("具体操作步骤如下：", False, None)]
    lines += [(s, False, None) for s in steps] + [
        ("二、注意事项", False, None),
        (note, False, None),
    ]
    doc = read(word(lines + [(P3, False, None)], title="东川市第一人民医院就诊指南"), "guide.docx")
    assert all(s in paragraphs(doc) for s in [*steps, note])


def test_word_s_system_colour_and_a_page_coloured_alike_make_no_subheads() -> None:
    w = "<p class='MsoNormal'><span style='font-family:宋体;color:windowtext'>{}</span></p>"
    doc = html(
        f"<p>{P1}</p>{w.format('附件：东川市2016年重点项目清单')}<p>{P2}</p>{w.format('特此通知')}<p>{P3}</p>"
    )
    assert headings(doc) == []
    c = "<p><span style='color:#1f497d'>{}</span></p>"
    doc = html(
        c.format(P1) + c.format("申请人应提交以下材料") + c.format(P2) + c.format("特此通知")
    )
    assert headings(doc) == []


def test_speakers_names_and_a_lead_in_are_no_colon_heads() -> None:
    doc = html(
        f"<p>{P1}</p><p><strong>王建国：</strong></p><p>{P2}</p>"
        f"<p><strong>李晓梅：</strong></p><p>{P3}</p><p><strong>现将有关事项通知如下：</strong></p><p>{P1}</p>"
    )
    assert headings(doc) == []


def test_markup_s_numbered_peers_keep_their_level() -> None:
    doc = html(
        f"<h2>1、总体情况</h2><p>{P1}</p><h3>（一）经济运行</h3><p>{P2}</p>"
        f"<h2>2、存在问题</h2><p>{P3}</p><h2>3、下步打算</h2><p>{P1}</p>"
    )
    assert [lv for _, lv in headings(doc)] == [1, 2, 1, 1]
    parts = ["1、总体", "（一）运行", "2、问题"]
    text = "".join(parts)
    spans = [(sum(map(len, parts[:k])), sum(map(len, parts[: k + 1]))) for k in range(3)]
    blocks = [Block("heading", s, e, level=lv) for (s, e), lv in zip(spans, [1, 2, 1], strict=True)]
    assert [b.level for b in nest_numbered(blocks, text)] == [1, 2, 1]


def test_list_items_naming_the_style_s_own_face_are_no_headings() -> None:
    items = ["1. 项目申报书一份", "2. 申报人身份证复印件", "3. 单位推荐意见"]
    lines = [(P1 + P2, False, None), ("申报时需提交以下材料：", False, None)]
    lines += [(t, False, "宋体") for t in items] + [(P3 + P1, False, None)]
    doc = read(word(lines), "notice.docx")
    assert headings(doc) == []


def test_a_bold_list_of_rules_is_a_list_not_headings() -> None:
    rules = [
        "1. 严禁在宿舍内使用大功率电器。",
        "2. 严禁私自留宿外来人员。",
        "3. 晚上十点半准时熄灯。",
    ]
    lines = [(P1, False, None), ("学生须遵守以下规定：", False, None)]
    lines += [(t, True, None) for t in rules] + [(P2, False, None)]
    doc = read(word(lines, title="东川市第一中学学生宿舍管理规定"), "rules.docx")
    assert headings(doc) == [] and all(t in paragraphs(doc) for t in rules)


# ------------------------------------------------------ PDF (a second review's guards)


def _pdf_body(lines: list[Text], name: str = "n.pdf") -> list[str]:
    return blocks(read_pdf(draw([lines]), name), "body")


def test_indented_list_items_stay_apart_when_one_fills_its_last_line() -> None:
    items = [
        "（1）申报单位应为在本市注册登记的独立法人单位，近三年内"
        "无重大违法违规行为记录和不良信用记录，未列入失信被执行人名单",
        "（2）具有健全的科研管理和财务管理制度",
        "（3）项目负责人具有高级专业技术职称",
    ]
    p, top = [centred(40, "关于组织申报2024年度科技项目的通知", 18.0)], 90.0
    for text in [prose(1), prose(2), *items]:
        lines = paragraph(top, text)
        p, top = p + lines, lines[-1].top + 16
    assert _pdf_body(p)[-3:] == items


def test_block_paragraphs_a_blank_line_apart_stay_apart_though_unended() -> None:
    paras = [
        PROSE[:45] + "。",
        "新建改扩建公办幼儿园十二所，新增普惠性学前教育学位三千六百个",
        "实施城镇老旧小区改造项目四十个，惠及居民一万二千户以上家庭户",
        "新增城市公共停车泊位五千个",
    ]
    p, top = [centred(40, "东川市2024年度重点民生实事项目", 18.0)], 90.0
    for text in paras:
        lines = paragraph(top, text, indent=False)
        p, top = p + lines, lines[-1].top + 32
    assert _pdf_body(p, "web.pdf") == paras


def test_short_points_at_the_margin_stay_apart_where_paragraphs_open_indented() -> None:
    p, top = [centred(40, "关于做好2024年防汛工作的通知", 18.0)], 90.0
    for i in range(3):
        lines = paragraph(top, PROSE[i * 7 :])
        p, top = p + lines, lines[-1].top + 16
    p, top = p + [Text(top, "今年重点做好以下工作：", x=LEFT + 22)], top + 16
    items = ["排查整治内涝积水点", "加强水库山塘巡查", "落实防汛物资储备", "完善应急预案体系"]
    items += [
        "全面排查整治城市内涝积水点和地下空间安全隐患",
        "加强水库山塘巡查值守，落实防汛责任人。",
    ]
    for text in items:
        p, top = p + [Text(top, text)], top + 16
    p += paragraph(top, prose(5))
    body = _pdf_body(p)
    assert items[-1] in body and not any(items[-2] in b and items[-1] in b for b in body)


def test_a_figure_and_a_space_is_no_point_s_number() -> None:
    p = [
        centred(40, "东川市2023年国民经济和社会发展统计公报", 18.0),
        Text(90, "一、综合", size=16.0),
    ]
    lines = paragraph(120, PROSE)
    p, top = p + lines, lines[-1].top + 16
    p, top = p + [Text(top, "12 月末全市常住人口为 512.3 万人", x=LEFT + 22)], top + 16
    lines = paragraph(top, PROSE[10:])
    p, top = p + lines, lines[-1].top + 16
    p += [Text(top, "二、农业", size=16.0), *paragraph(top + 30, PROSE[20:])]
    heads = [t for t, _ in pdf_headings(read_pdf(draw([p]), "g.pdf"))]
    assert heads == ["一、综合", "二、农业"]


def test_a_phrase_ending_like_an_office_over_a_title_is_text() -> None:
    p = [
        Text(40, "专题报告之三：服务和融入新发展格局"),
        centred(90, "东川市2023年对外开放工作情况报告", 18.0),
    ]
    p += paragraph(140, PROSE)
    ex = read_pdf(draw([p]), "report.pdf")
    assert "issuer" not in ex.metadata
    assert "专题报告之三：服务和融入新发展格局" in blocks(ex, "body")
