"""Word files as Word shows them (issue 19, realdocs-made7 v01/v03): tracked changes
accepted, content controls read in place, placeholders and table-of-contents controls
left out. Each file is built at test time from a blank python-docx document and raw
body XML."""

from __future__ import annotations

import io

from zhbrief.reading import decode_bytes

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
REV = 'w:id="{}" w:author="王明" w:date="2016-02-23T15:40:00Z"'
P1 = "过去一年，我国发展面临多重困难和严峻挑战，经济社会发展稳中有进、稳中有好。"
P2 = "今年发展的主要预期目标是：国内生产总值增长6.5%左右，居民消费价格涨幅3%左右。"
P3 = "扩大国际产能合作。坚持企业为主、政府推动、市场化运作，实施一批重大示范项目。"
P4 = "提高利用外资水平。继续放宽投资准入，扩大服务业和一般制造业开放，简化设立程序。"

Read = list[tuple[str, int, str]]


def docx(body: str, title: str | None = None) -> bytes:
    """A blank python-docx document (its Title and Heading N styles) with ``body``
    (raw ``w:body`` content) before its section properties."""
    import docx as python_docx
    from docx.oxml import parse_xml

    d = python_docx.Document()
    if title is not None:
        d.core_properties.title = title
    section = d.element.body[-1]
    for child in parse_xml(f"<w:body {NS}>{body}</w:body>"):
        section.addprevious(child)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def read(data: bytes) -> Read:
    """(kind, level, text) of every block."""
    got = decode_bytes(data, "t.docx")
    assert got.blocks is not None
    return [(b.kind, b.level, got.text[b.start : b.end]) for b in got.blocks]


def para(*content: str, style: str | None = None, mark: str = "") -> str:
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    ppr += f"<w:rPr>{mark}</w:rPr>" if mark else ""
    return f"<w:p><w:pPr>{ppr}</w:pPr>{''.join(content)}</w:p>"


def run(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def ins(text: str, n: int) -> str:
    return f"<w:ins {REV.format(n)}>{run(text)}</w:ins>"


def dele(text: str, n: int) -> str:
    deleted = f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r>'
    return f"<w:del {REV.format(n)}>{deleted}</w:del>"


def sdt(content: str, props: str = "") -> str:
    return f"<w:sdt><w:sdtPr>{props}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


PLACEHOLDER = "<w:showingPlcHdr/>"


# ------------------------------------------------------------------ tracked changes


def test_tracked_insertions_are_read_and_deletions_and_moved_away_text_are_not() -> None:
    body = (
        para(run("重点工作安排"), dele("（征求意见稿）", 1), ins("（送审稿）", 2), style="Title")
        + para(run("一、主要"), ins("预期", 3), run("目标"), style="Heading1")
        + para(run("今年发展的主要"), dele("目标", 4), ins("预期目标", 5), run(P2[11:]))
        # a paragraph deleted with its mark, and one moved away: neither is text now
        + para(dele(P1, 6), mark=f"<w:del {REV.format(7)}/>")
        + para(f"<w:moveFrom {REV.format(8)}>{run(P3)}</w:moveFrom>", mark="<w:moveFrom/>")
        + para(run("二、重点工作"), dele("与任务分工", 9), style="Heading1")
        + para(f"<w:moveTo {REV.format(10)}>{run(P3)}</w:moveTo>")
        + para(ins(P4, 11), mark=f"<w:ins {REV.format(12)}/>")  # inserted whole
    )
    assert read(docx(body)) == [
        ("title", 0, "重点工作安排（送审稿）"),
        ("heading", 1, "一、主要预期目标"),
        ("body", 0, P2),
        ("heading", 1, "二、重点工作"),
        ("body", 0, P3),
        ("body", 0, P4),
    ]


def test_a_paragraph_whose_mark_is_deleted_joins_the_next_one() -> None:
    body = (
        para(run("一、总体要求"), style="Heading1")
        + para(run(P1[:20]), mark=f"<w:del {REV.format(1)}/>")
        + para(run(P1[20:]))
        + para(run(P2))
    )
    assert read(docx(body)) == [
        ("heading", 1, "一、总体要求"),
        ("body", 0, P1),
        ("body", 0, P2),
    ]


def test_tracked_paragraph_property_change_takes_the_new_properties() -> None:
    # the old properties in w:pPrChange had an outline level (a heading); the new ones
    # have none, so the line is text; a style change to Heading 2 makes a heading
    old = '<w:pPrChange w:id="1"><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:pPrChange>'
    restyled = '<w:pStyle w:val="Heading2"/><w:pPrChange w:id="2"><w:pPr/></w:pPrChange>'
    body = (
        para(run("一、总体要求"), style="Heading1")
        + f"<w:p><w:pPr>{old}</w:pPr>{run('深化供给侧结构性改革')}</w:p>"
        + para(run(P1))
        + f"<w:p><w:pPr>{restyled}</w:pPr>{run('（一）扩大对外开放')}</w:p>"
        + para(run(P2))
    )
    assert read(docx(body)) == [
        ("heading", 1, "一、总体要求"),
        ("body", 0, "深化供给侧结构性改革"),
        ("body", 0, P1),
        ("heading", 2, "（一）扩大对外开放"),
        ("body", 0, P2),
    ]


def test_tracked_changes_in_table_cells_and_deleted_rows() -> None:
    def cell(*content: str) -> str:
        return f"<w:tc>{para(*content)}</w:tc>"

    deleted = f"<w:trPr><w:del {REV.format(1)}/></w:trPr>"
    table = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr>{cell(run('指标'))}{cell(run('目标'))}</w:tr>"
        f"<w:tr>{deleted}{cell(dele('赤字率', 2))}{cell(dele('2.8%', 3))}</w:tr>"
        f"<w:tr>{cell(run('城镇新增就业'))}"
        f"{cell(dele('1000', 4), ins('1100', 5), run('万人以上'))}</w:tr>"
        "</w:tbl>"
    )
    got = decode_bytes(docx(para(run(P1)) + table), "t.docx")
    assert got.text.split("\n\n") == [P1, "指标\t目标\n城镇新增就业\t1100万人以上"]


def test_rows_and_cells_inside_content_controls_are_read() -> None:
    """A repeating-section control wraps whole rows, a cell-level control a cell; a
    vertically merged cell reads as the cell it continues, as python-docx's rows do."""

    def cell(text: str, props: str = "") -> str:
        return f"<w:tc><w:tcPr>{props}</w:tcPr>{para(run(text))}</w:tc>"

    merged = '<w:vMerge w:val="restart"/>'
    table = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr>{cell('指标')}{cell('目标')}</w:tr>"
        + sdt(f"<w:tr>{cell('城镇新增就业')}{sdt(cell('1000万人以上'))}</w:tr>")
        + f"<w:tr>{cell('居民消费价格', merged)}{cell('3%左右')}</w:tr>"
        f"<w:tr>{cell('', '<w:vMerge/>')}{cell('涨幅')}</w:tr>"
        + sdt(cell("不计入"), PLACEHOLDER).join(["<w:tr>", "</w:tr>"])
        + "</w:tbl>"
    )
    got = decode_bytes(docx(para(run(P1)) + table), "t.docx")
    rows = ["指标\t目标", "城镇新增就业\t1000万人以上", "居民消费价格\t3%左右"]
    rows.append("居民消费价格\t涨幅")
    assert got.text.split("\n\n") == [P1, "\n".join(rows)]


def test_a_simple_field_shows_its_result() -> None:
    field = '<w:fldSimple w:instr=" SEQ 图 \\* ARABIC ">' + run("1") + "</w:fldSimple>"
    body = para(run(P1)) + para(run("图"), field, run("：全省生产总值增长情况"))
    assert read(docx(body))[-1] == ("body", 0, "图1：全省生产总值增长情况")


# ------------------------------------------------------------------ content controls


def test_block_and_inline_content_controls_are_read_in_place() -> None:
    part = (
        para(run("三、重点工作建议"), style="Heading1")
        + para(run("（一）推进供给侧结构性改革"), style="Heading2")
        + para(run(P3))
    )
    body = (
        para(run("一、经济运行回顾"), style="Heading1")
        + para(
            run("今年发展的主要预期目标是："), sdt(run("国内生产总值增长6.5%左右")), run(P2[27:])
        )
        + sdt(part, '<w:alias w:val="重点工作"/>')
        + para(run("四、政策建议"), style="Heading1")
        + para(run(P4))
    )
    assert read(docx(body)) == [
        ("heading", 1, "一、经济运行回顾"),
        ("body", 0, P2),
        ("heading", 1, "三、重点工作建议"),
        ("heading", 2, "（一）推进供给侧结构性改革"),
        ("body", 0, P3),
        ("heading", 1, "四、政策建议"),
        ("body", 0, P4),
    ]


def test_controls_showing_their_placeholder_are_no_text() -> None:
    body = (
        sdt(para(run("[文档副标题]")), PLACEHOLDER)
        + para(run("一、总体要求"), style="Heading1")
        + para(run(P1))
        + para(run("报送单位："), sdt(run("单击或点击此处输入文字。"), PLACEHOLDER))
        # w:val="false": the control holds the author's text, not its placeholder
        + para(run("联系人："), sdt(run("张三"), '<w:showingPlcHdr w:val="false"/>'))
    )
    assert read(docx(body)) == [
        ("heading", 1, "一、总体要求"),
        ("body", 0, P1),
        ("body", 0, "报送单位："),
        ("body", 0, "联系人：张三"),
    ]


def test_a_table_of_contents_control_is_left_out_and_other_controls_are_read() -> None:
    def entry(text: str, page: str) -> str:
        link = f"{run(text)}<w:r><w:tab/></w:r>{run(page)}"
        return para(f'<w:hyperlink w:anchor="_Toc{page}">{link}</w:hyperlink>')

    gallery = '<w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj>'
    toc = sdt(para(run("目录")) + entry("一、总体要求", "3") + entry("二、重点任务", "4"), gallery)
    body = (
        toc
        + para(run("一、总体要求"), style="Heading1")
        + para(run(P1))
        + sdt(para(run("二、重点任务"), style="Heading1") + para(run(P2)))
    )
    assert read(docx(body)) == [
        ("heading", 1, "一、总体要求"),
        ("body", 0, P1),
        ("heading", 1, "二、重点任务"),
        ("body", 0, P2),
    ]


def test_cover_page_control_title_bound_to_the_properties_and_a_larger_issuer_above() -> None:
    big, huge = '<w:sz w:val="32"/>', '<w:b/><w:sz w:val="52"/>'
    cover = sdt(
        para(sdt(run("东川省发展研究中心", big)))
        + sdt(para(run("2017年全省经济形势分析与政策建议", huge)))
        + sdt(para(run("[在此处添加文档摘要。]")), PLACEHOLDER),
        '<w:docPartObj><w:docPartGallery w:val="Cover Pages"/></w:docPartObj>',
    )
    body = cover + para(run("一、经济运行回顾"), style="Heading1") + para(run(P1))
    assert read(docx(body, title="2017年全省经济形势分析与政策建议")) == [
        ("body", 0, "东川省发展研究中心"),
        ("title", 0, "2017年全省经济形势分析与政策建议"),
        ("heading", 1, "一、经济运行回顾"),
        ("body", 0, P1),
    ]


def test_a_larger_line_above_the_title_is_text_not_a_heading() -> None:
    # the title is the paragraph showing the file's title; the issuer over it is larger
    # than the body but opens no part of the document
    big, huge = '<w:sz w:val="32"/>', '<w:b/><w:sz w:val="52"/>'
    body = (
        para(run("东川省发展研究中心", big))
        + para(run("2017年全省经济形势分析与政策建议", huge))
        + para(run("一、经济运行回顾"), style="Heading1")
        + para(run(P1))
    )
    assert read(docx(body, title="2017年全省经济形势分析与政策建议")) == [
        ("body", 0, "东川省发展研究中心"),
        ("title", 0, "2017年全省经济形势分析与政策建议"),
        ("heading", 1, "一、经济运行回顾"),
        ("body", 0, P1),
    ]


def test_a_cover_text_box_title_leaves_out_a_placeholder_control() -> None:
    box = (
        '<w:r><w:pict><v:shape style="width:400pt;height:60pt"><v:textbox><w:txbxContent>'
        + para(run("重点任务分工方案"))
        + para(sdt(run("[副标题]"), PLACEHOLDER))
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    body = para(box) + para(run("一、总体要求"), style="Heading1") + para(run(P1))
    assert read(docx(body))[0] == ("title", 0, "重点任务分工方案")


def test_deeply_nested_controls_are_read_without_recursion() -> None:
    depth = 120  # libxml2 refuses a file nested deeper than 256 elements as damaged
    inner = para(run("一、总体要求"), style="Heading1") + para(run(P1))
    body = "<w:sdt><w:sdtPr/><w:sdtContent>" * depth + inner
    body += "</w:sdtContent></w:sdt>" * depth + para(run(P2))
    assert read(docx(body)) == [
        ("heading", 1, "一、总体要求"),
        ("body", 0, P1),
        ("body", 0, P2),
    ]
