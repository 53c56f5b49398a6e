"""Word files re-saved by LibreOffice 7.4 (realdocs-made11 ``_lo.docx``): each named
content control written as a run of adjacent copies (the text, then fragments of it
followed by the whole text again), the placeholder flag dropped from controls still
showing Word's stock prompts, and a thesis's 目录 line left outside the table-of-contents
control that wraps the entries. Small files are built at test time with python-docx and
the XML LibreOffice writes; the committed made11 files are read as their gold says."""

from __future__ import annotations

from pathlib import Path

from test_made7_docx import P1, P2, docx, para, read, run, sdt

from zhbrief.reading import decode_bytes

MADE11 = Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made11" / "docs"
TITLE = "2017年全省经济形势分析与政策建议"
CORE = (
    "xmlns:ns0='http://purl.org/dc/elements/1.1/' "
    "xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties' "
)


def control(alias: str, *texts: str, xpath: str = "") -> str:
    """A run-level control as LibreOffice writes it: its name, its binding, no
    placeholder flag, and its texts in one run."""
    props = f'<w:alias w:val="{alias}"/>'
    if xpath:
        props += f'<w:dataBinding w:prefixMappings="{CORE}" w:xpath="{xpath}" w:storeItemID="x"/>'
    ts = "".join(f'<w:t xml:space="preserve">{t}</w:t>' for t in texts)
    return sdt(f"<w:r><w:rPr/>{ts}</w:r>", props)


def echoed(alias: str, text: str, pieces: list[str], xpath: str = "") -> str:
    """LibreOffice's copies of one control: the text, each piece followed by the whole
    text, and the text again."""
    copies = [control(alias, piece, text, xpath=xpath) for piece in pieces]
    return "".join([control(alias, text, xpath=xpath), *copies, control(alias, text, xpath=xpath)])


def test_libreoffice_copies_of_a_control_are_read_once() -> None:
    title_xpath = "/ns1:coreProperties[1]/ns0:title[1]"
    body = (
        para(echoed("公司", "东川省发展研究中心", ["东川省发展研究中心"]))
        + para(echoed("标题", TITLE, ["年全省经济形势分析与政策建议"], title_xpath))
        + para(run("一、经济运行回顾"), style="Heading1")
        + para(
            run("今年发展的主要预期目标是："),
            echoed("增长目标", "国内生产总值增长6.5%左右", ["国内生产总值增长", "6.5%", "左右"]),
            run("，居民消费价格涨幅3%左右。"),
        )
        # two controls of one name side by side, each with its own text: both are read
        + para(run("联系人："), control("联系人", "张三"), run("、"), control("联系人", "李四"))
        + para(control("选项", "甲"), control("选项", "乙"))
    )
    assert read(docx(body, title=TITLE)) == [
        ("body", 0, "东川省发展研究中心"),
        ("title", 0, TITLE),
        ("heading", 1, "一、经济运行回顾"),
        ("body", 0, "今年发展的主要预期目标是：国内生产总值增长6.5%左右，居民消费价格涨幅3%左右。"),
        ("body", 0, "联系人：张三、李四"),
        ("body", 0, "甲乙"),
    ]


def test_word_stock_prompts_in_controls_that_lost_the_placeholder_flag_are_no_text() -> None:
    abstract = "[在此处添加文档摘要。摘要通常是对文档内容的简短总结。]"
    body = (
        para(control("副标题", "[文档副标题]"))
        + para(control("摘要", abstract))
        + para(run("一、总体要求"), style="Heading1")
        + para(run(P1))
        + para(run("报送单位："), control("报送单位", "单击或点击此处输入文字。"))
        + para(run("联系人："), control("联系人", "张三"))
        # the same words typed in the text, outside a control, are the document's
        + para(run("表单说明：单击或点击此处输入文字。"))
    )
    assert read(docx(body)) == [
        ("heading", 1, "一、总体要求"),
        ("body", 0, P1),
        ("body", 0, "报送单位："),
        ("body", 0, "联系人：张三"),
        ("body", 0, "表单说明：单击或点击此处输入文字。"),
    ]


def test_the_contents_line_over_a_table_of_contents_control_is_left_out() -> None:
    big = '<w:sz w:val="44"/>'
    gallery = '<w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj>'
    entries = para(run("一、总体要求"), style="TOC1") + para(run("二、重点任务"), style="TOC1")
    body = (
        para(run("目录", big))
        + para(run(""))
        + sdt(entries, gallery)
        + para(run("一、总体要求"), style="Heading1")
        + para(run(P1))
        + para(run("目录", big))  # a 目录 line with no contents under it stays
        + para(run("二、重点任务"), style="Heading1")
        + para(run(P2))
    )
    assert read(docx(body)) == [
        ("heading", 1, "一、总体要求"),
        ("body", 0, P1),
        ("heading", 1, "目录"),  # larger than the text: a heading by its looks, as before
        ("heading", 1, "二、重点任务"),
        ("body", 0, P2),
    ]


def made11(name: str) -> tuple[list[tuple[str, int, str]], dict[str, str]]:
    got = decode_bytes((MADE11 / name).read_bytes(), name)
    assert got.blocks is not None
    blocks = [(b.kind, b.level, got.text[b.start : b.end]) for b in got.blocks]
    return blocks, dict(got.metadata)


def test_made11_content_controls_file_reads_as_its_gold() -> None:
    blocks, meta = made11("v03_docx_content_controls_lo.docx")
    assert blocks[:2] == [("body", 0, "东川省发展研究中心"), ("title", 0, TITLE)]
    assert [(level, text) for kind, level, text in blocks if kind == "heading"] == [
        (1, "一、2016年经济运行回顾"),
        (1, "二、2017年主要目标和政策取向"),
        (1, "三、重点工作建议"),
        (2, "（一）推进供给侧结构性改革"),
        (2, "（二）培育壮大新动能"),
        (2, "（三）深化农业农村改革"),
        (1, "四、政策建议"),
    ]
    text = "".join(t for _, _, t in blocks)
    for prompt in ("文档副标题", "在此处添加文档摘要", "单击或点击此处输入文字"):
        assert prompt not in text
    assert blocks[-1] == ("body", 0, "报送单位：")
    assert meta["author"] == "经济形势分析课题组"
    assert meta["date"] == "2017年3月20日"


def test_made11_thesis_reads_its_cover_title_and_no_contents_heading() -> None:
    blocks, meta = made11("d03_fudan_thesis_lo.docx")
    assert blocks[0] == ("title", 0, "基于语言模型的日常任务规划研究")
    headings = [(level, text) for kind, level, text in blocks if kind == "heading"]
    # the abstract's one word (the template's Test) is in the body's size, set through
    # the paragraph's style: text, not a heading by its looks
    assert headings[:4] == [(1, "摘要"), (1, "ABSTRACT"), (1, "引言"), (2, "研究背景")]
    assert ("body", 0, "Test") in blocks
    assert ("body", 0, "本科毕业论文") in blocks
    assert meta["论文题目"] == "基于语言模型的日常任务规划研究"
    assert (meta["姓名"], meta["学号"], meta["指导教师"]) == ("黄呈松", "19302010004", "郑骁庆")
