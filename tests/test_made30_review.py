"""Guards for what two helper reviews of the made30 rules found (each case ran worse
on cb72d57 than before it): a form whose last rows are 意见 rows, a one-page book
flyer, a table whose last column is a roman numeral, a thesis cover whose largest
line names the kind of work, a plain subhead over a later chapter's points, a label
over an article's first point, a company's own profile, 宋体 lines among 仿宋 text,
bracketed heads in 黑体, a 楷体 caption and source line, and 摄影： among a call's
categories."""

from __future__ import annotations

from test_made22_pages import P1, P2, P3, page
from test_made27 import centred
from test_made30 import _para, _saved, _table, body, squeeze
from test_readers import headings, paragraphs, read
from test_realdocs_pdf import Text, blocks, draw, paragraph, prose

from zhbrief.reading.pdf import read_pdf
from zhbrief.segmentation.blocks import _picture_credit

# --------------------------------------------------------------------------- Word


def test_a_form_whose_last_rows_are_opinions_stays_the_document() -> None:
    from docx import Document as Docx

    title, reason = (
        "东川市教育局干部职工请假审批表",
        "因家中老人生病住院，需本人陪护治疗，特申请请假五天。",
    )
    d = Docx()
    _para(d, title, size=18, bold=True, align="CENTER")
    rows = [["姓　　名", "张明华"], ["请假事由", reason], ["科室负责人意见", "同意。"]]
    _table(d, [*rows, ["分管领导意见", "同意。"]])
    doc = read(_saved(d), "form.docx")
    assert doc.title is not None and squeeze(doc.title.zh) == title
    assert squeeze(reason) in squeeze("".join(paragraphs(doc, "table")))


def test_a_thesis_cover_s_kind_of_work_is_no_title() -> None:
    from docx import Document as Docx

    title = "县域数字经济发展的驱动机制研究"
    d = Docx()
    for text, size in (("东川大学", 26), ("硕士学位论文", 30), (title, 20)):
        _para(d, text, size=size, bold=True, align="CENTER")
    for field in ("作者姓名：李晓明", "指导教师：王志刚　教授", "完成日期：2023年5月"):
        _para(d, field, size=14, align="CENTER")
    d.add_paragraph("第一章　绪论", style="Heading 1")
    _para(d, P1 + P2)
    doc = read(_saved(d), "thesis.docx")
    assert doc.title is not None and squeeze(doc.title.zh) == title
    assert doc.source.metadata.get("cover") == "东川大学 硕士学位论文"


# ---------------------------------------------------------------------------- PDF


def test_a_one_page_book_flyer_keeps_its_title_and_blurb() -> None:
    details = ["出版发行：东川人民出版社", "书　　号：ISBN 978-7-5321-8846-2"]
    details += ["开　　本：787毫米×1092毫米　1/16", "定　　价：32.00元", "责任编辑：杨秀云"]
    blurb = "本书立足基层治理实践，系统梳理了基层治理创新的主要做法和经验，"
    blurb += "对基层干部开展工作具有指导意义。"
    flyer = [centred(72, "新书推介：《基层治理创新读本》", 20.0)]
    flyer += [Text(130 + 20 * i, line) for i, line in enumerate(details)]
    flyer += [Text(250, "内容简介", size=14.0), *paragraph(276, blurb)]
    ex = read_pdf(draw([flyer]), "flyer.pdf")
    assert blocks(ex, "title") == ["新书推介：《基层治理创新读本》"]
    assert squeeze(blurb) in squeeze(ex.text)


def test_a_table_ending_in_roman_numerals_is_no_contents() -> None:
    rivers = [("长江干流", "Ⅱ"), ("嘉陵江", "Ⅱ"), ("沱江", "Ⅲ"), ("岷江", "Ⅲ"), ("涪江", "Ⅱ")]
    first = [centred(72, "2023年东川省水生态环境状况公报", 20.0), *paragraph(120, prose(0))]
    top = first[-1].top + 30
    first += [Text(top, "河流名称"), Text(top, "水质类别", x=400)]
    for k, (name, grade) in enumerate(rivers, start=1):
        first += [Text(top + 20 * k, name), Text(top + 20 * k, grade, x=410)]
    pages = [first]
    for i, (name, _) in enumerate(rivers):
        pages.append([Text(72, name, size=16.0), *paragraph(110, prose(i + 2) + prose(i + 3))])
    ex = read_pdf(draw(pages), "bulletin.pdf")
    assert ex.text.count("Ⅲ") == 2 and ex.text.count("沱江") == 2


# ------------------------------------------------------------------------- pages


def test_a_plain_subhead_over_points_leaves_the_chapters_after_it_alone() -> None:
    html = (
        f"<h2>第一章　发展基础</h2><p>{P1}</p><h2>第二章　总体要求</h2><p>{P2}</p>"
        f"<h3>指导思想</h3><h3>一、坚持创新驱动</h3><p>{P3}</p>"
        f"<h2>第三章　重点任务</h2><p>{P1}</p><h2>第四章　保障措施</h2><p>{P2}</p>"
    )
    levels = dict(headings(read(page(html), "plan.html")))
    assert levels["第三章重点任务"] == levels["第四章保障措施"] == levels["第一章发展基础"]


def test_a_label_over_the_first_point_heads_nothing() -> None:
    html = (
        f"<h3>理论前沿</h3><h3>一、深化行政体制改革</h3><p>{P1}</p>"
        f"<h3>二、完善财税体制</h3><p>{P2}</p><h3>三、推进金融改革</h3><p>{P3}</p>"
    )
    heads = headings(read(page(html), "column.html"))
    assert [h for h, _ in heads] == ["一、深化行政体制改革", "二、完善财税体制", "三、推进金融改革"]
    assert {lv for _, lv in heads} == {1}


def test_a_plan_s_last_point_about_a_new_group_and_a_company_profile_stay_text() -> None:
    point = "整合市属文化、旅游、体育等领域国有资产，组建东川文化旅游投资集团，注册资本50亿元。"
    html = f"<p>{P1}</p><p><b>优化国有资本布局</b></p><p>{P2}</p>"
    html += f"<p><b>关于组建东川文化旅游投资集团</b></p><p>{point}</p>"
    assert squeeze(point) in body(read(page(html), "plan.html"))
    profile = "东川智联科技股份有限公司成立于2009年，是一家专注于工业互联网平台研发与运营的企业。"
    html = f"<h2>关于东川智联科技股份有限公司</h2><p>{profile}</p><p>{P1}</p>"
    assert squeeze(profile) in body(read(page(html), "profile.html"))


def test_lines_in_the_text_s_other_faces_stay_text() -> None:
    """宋体 lines among 仿宋 text (an old site's <font face>), a 楷体 caption and a 楷体
    摘自 line over text in the page's default face: none is a head."""
    fs = "<p><font face='仿宋_GB2312'>{}</font></p>"
    song = "<p><font face='宋体'>{}</font></p>"
    html = fs.format(P1) + song.format("具体申报条件如下") + fs.format(P2) + fs.format(P3)
    assert headings(read(page(html), "notice.html")) == []
    kai = "<p><font face='楷体_GB2312'>{}</font></p>"
    html = f"<p>{P1}</p>" + kai.format("市民在新建成的滨河公园内散步休闲") + f"<p>{P2}</p>"
    html += f"<p>{P3}</p>" + kai.format("摘自《东川日报》2023年5月6日第3版")
    assert headings(read(page(html), "story.html")) == []


def test_bracketed_heads_in_a_heading_face_are_heads() -> None:
    fs = "<p class='MsoNormal'><span style='font-family:仿宋_GB2312'>{}</span></p>"
    hei = "<p class='MsoNormal'><span style='font-family:黑体'>{}</span></p>"
    html = "".join(
        hei.format(h) + fs.format(t)
        for h, t in (("【基本情况】", P1), ("【主要做法】", P2), ("【取得成效】", P3))
    )
    assert [h for h, _ in headings(read(page(html), "case.html"))] == [
        "【基本情况】",
        "【主要做法】",
        "【取得成效】",
    ]


def test_a_call_s_photo_category_is_no_credit() -> None:
    for line in ("摄影：新闻记者和通讯员拍摄的新闻图片", "供图：东川市新闻记者协会"):
        assert _picture_credit(line, 0, len(line), in_text=True) is None
    line = "摄影：本报记者李想"
    assert _picture_credit(line, 0, len(line), in_text=True) is not None
