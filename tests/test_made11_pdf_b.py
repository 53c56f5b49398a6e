"""PDF rules for Word files saved as PDF by LibreOffice (realdocs-made11 v02, v03, w04,
y04, z04), each pinned on the committed document: headings numbered by their list
(the printed number kept), Word's placeholder prompts, a cover's title
field bound to the document's title, a 简报's closing record and a contract's
signature table, a contract's articles under its title, and a report written in one
cell of a form table."""

from __future__ import annotations

from pathlib import Path

from test_realdocs_pdf import blocks, headings, squeezed

from zhbrief.reading.base import Extracted
from zhbrief.reading.pdf import read_pdf

DOCS = Path(__file__).resolve().parent.parent / "eval" / "data" / "realdocs-made11" / "docs"


def read(name: str) -> Extracted:
    return read_pdf((DOCS / name).read_bytes(), name)


def test_headings_numbered_by_their_list_keep_the_number_the_page_prints() -> None:
    """v02: Heading 1-3 numbered by a multilevel list (一、, （一）, 1. run into the
    text, in no run of the Word file); the PDF prints them, so they are the heading's
    text, the levels from the numbers; 结束语 has its numbering switched off."""
    ex = read("v02_docx_auto_numbered_headings_lo.pdf")
    assert headings(ex) == [
        ("一、发展回顾", 1),
        ("（一）经济运行", 2),
        ("（二）结构调整", 2),
        ("1.农业与产业结构", 3),
        ("2.基础设施与创新驱动", 3),
        ("（三）民生保障", 2),
        ("二、主要预期目标", 1),
        ("三、重点工作", 1),
        ("（一）深化改革", 2),
        ("（二）扩大开放", 2),
        ("（三）扩大内需", 2),
        ("1.消费", 3),
        ("2.投资", 3),
        ("（四）农业农村", 2),
        ("四、政府建设", 1),
        ("结束语", 1),
    ]
    assert blocks(ex, "title") == ["2014年全省经济社会发展形势分析报告"]


def test_numbers_typed_in_the_heading_text_are_kept() -> None:
    """y04: the numbers are typed (its bookmarks read 一、总体要求…, no space): kept."""
    ex = read("y04_docx_wps_custom_styles_lo.pdf")
    assert [h for h in headings(ex) if h[1] == 3] == [
        ("1．千方百计扩大就业", 3),
        ("2．完善社会保障制度", 3),
    ]
    assert headings(ex)[0] == ("一、总体要求和预期目标", 1)


def test_placeholder_prompts_are_dropped_and_the_cover_title_is_the_info_title() -> None:
    """v03: a Word cover printed at the body size, its subtitle and abstract fields
    still showing Word's prompts, and a 报送单位： field showing its prompt at the end;
    the cover's title line reads as the document-info /Title (the date is larger)."""
    ex = read("v03_docx_content_controls_lo.pdf")
    assert blocks(ex, "title") == ["2017年全省经济形势分析与政策建议"]
    assert ex.metadata["author"] == "经济形势分析课题组"
    assert ex.metadata["date"] == "2017年3月20日"
    assert ex.metadata["issuer"] == "东川省发展研究中心"  # the office over the title
    body = blocks(ex, "body")
    assert body[0].startswith("过去一年，我国发展面临国内外诸多矛盾叠加")
    assert body[-1].startswith("坚持依法全面履职。")
    for prompt in ("文档副标题", "在此处添加文档摘要", "单击或点击此处输入文字", "报送单位"):
        assert prompt not in ex.text
    assert headings(ex)[3] == ("（一）推进供给侧结构性改革", 2)


def test_a_briefings_distribution_lines_and_editors_credit_are_metadata() -> None:
    """y04: 报：…/送：… in a ruled box and （本期责任编辑：…　审稿：…） after the text."""
    ex = read("y04_docx_wps_custom_styles_lo.pdf")
    assert {k: ex.metadata[k] for k in ("报", "送", "本期责任编辑", "审稿")} == {
        "报": "省政府办公厅，省人大财经委",
        "送": "各设区市发展改革委，省直有关部门",
        "本期责任编辑": "韩素云",
        "审稿": "莫立平",
    }
    assert blocks(ex, "body")[-1].startswith("改革开放是国家发展进步的根本动力。")
    assert "送：" not in ex.text and "审稿" not in ex.text


def test_a_contracts_articles_are_headings_and_its_signature_table_no_text() -> None:
    """z04: 第一条　合作背景 under the title reads as two names but is an article; the
    （以下无正文） mark and the signature table's blanks after the text are left out."""
    ex = read("z04_docx_agreement_lo.pdf")
    assert headings(ex) == [
        ("第一条 合作背景", 1),
        ("第二条 合作领域", 1),
        ("第三条 价格和财税改革", 1),
        ("第四条 国有企业改革", 1),
        ("第五条 对外开放合作", 1),
    ]
    assert blocks(ex, "body")[-1].startswith("更加积极有效利用外资。")
    for blank in ("以下无正文", "盖章", "签字", "年 月 日"):
        assert blank not in ex.text


def test_a_report_in_the_text_cell_of_a_form_table_is_read_as_text() -> None:
    """w04: a 工作情况报告单 whose 正文 cell, merged and running over four pages, holds
    the report: its lines are read as text (headings by their type), the 标题 field is
    the title, the other fields and the letterhead above the form are metadata, and
    the form's last rows on the next page (拟办意见, 领导批示, 承办人) no text."""
    ex = read("w04_docx_layout_table_form_lo.pdf")
    assert blocks(ex, "title") == ["关于过去五年工作回顾和今年工作建议的报告"]
    assert headings(ex) == [
        ("一、过去五年工作回顾", 1),
        ("（一）经济发展总体情况", 2),
        ("（二）科技教育和文化", 2),
        ("（三）对外工作", 2),
        ("二、今年工作建议", 1),
        ("（一）总体要求和预期目标", 2),
        ("（二）扩大内需和区域协调", 2),
        ("（三）保障和改善民生", 2),
    ]
    fields = {
        "报送单位": "省发展改革委综合处",
        "报送日期": "2013年4月15日",
        "密级": "内部",
        "紧急程度": "平件",
        "编号": "东发改报〔2013〕27号",
        "letterhead": "东川省发展和改革委员会 工作情况报告单",
        "承办人": "周晓林",
        "联系电话": "0791-86238817",
    }
    assert {k: ex.metadata.get(k) for k in fields} == fields
    assert blocks(ex, "table") == []
    body = blocks(ex, "body")
    assert body[0].startswith("这五年，我国宏观经济总体上保持增速平稳较快")
    assert body[-1].startswith("继续推进教育优先发展。目前我国年度财政性教育经费")
    for furniture in ("拟办意见", "领导批示", "0791-86238817", "正文"):
        assert furniture not in squeezed(ex)


def test_a_list_label_set_off_by_a_tab_stays_in_the_heading() -> None:
    """n02 (made2): LibreOffice's outline numbering set off by a tab (a gap after
    1.1): the number is the heading's, the gap between them not a break."""
    path = DOCS.parent.parent / "realdocs-made2" / "docs" / "n02_lo_manual_toc_noleader.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert headings(ex)[:3] == [("1 产品概述", 1), ("1.1适用范围", 2), ("1.2术语说明", 2)]
