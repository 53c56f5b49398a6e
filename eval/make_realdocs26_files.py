# ruff: noqa: E501  (OOXML snippets and the SOURCE.md rows are kept on one line each)
"""Make the q documents of ``realdocs-made26`` (q01-q06) with real tools, and their gold.

A twenty-sixth set of development documents, made blind (without looking at the
readers or running them): the kinds of Chinese business and government files an
overseas buyer receives as Word files or as PDFs saved from Word (python-docx plus raw
OOXML, LibreOffice for the PDFs), with the furniture and boilerplate they really
carry; the helpers of the earlier makers are reused. The texts come only from the
public government work reports 2013-2017 (../shared/data/gov-work-reports), whole
paragraphs (titles, headings, labels, names, dates, figures, table cells, notes and
furniture are written here; people, places and companies are made up):

- ``q01_lo_tender_document.pdf`` (gwr 2015): a 招标文件 from a tendering agency: cover
  (project name over a letter-spaced 招标文件, 项目编号, 招标人/代理机构 with （盖章）,
  date), a 目　录 of chapter names without page numbers, chapters ``第一章``-``第四章``
  each from a new page, the 投标人须知前附表 (条款号/条款名称/编列内容 table with a
  header row marked to repeat), ``一、`` and ``1．``/``1.1`` clauses, a
  评分标准 table, a 联系方式 block; agency and 项目编号 header over a rule;
- ``q02_docx_purchase_contract.docx`` (gwr 2016): a 采购合同 as a Word file: 合同编号
  header, 签订地点/日期 line, the parties in a borderless two-column table, articles
  ``第一条``… and ``（一）`` numbered by a multilevel list linked to two custom
  paragraph styles (条款标题/条款分项; no Heading styles, no outline levels), a goods
  table, （以下无正文） and a 盖章/签字 table;
- ``q03_lo_product_manual.pdf`` (gwr 2017): a supplier's 产品使用说明书: cover (logo,
  company, product, 版本), a 目　录 with dot leaders and page numbers (two passes),
  header logo picture and 用户手册 line over a rule, ``- N -`` footer, Heading 1/2
  ``1``/``1.1``, 警告/注意 notices in bordered two-cell boxes, a 技术参数 table with a
  注 line, a 售后服务 block at the end;
- ``q04_docx_stale_fields_comments.docx`` (gwr 2013): a 工作方案 (送审稿) with Word fields
  never updated: a TOC field whose cached result is 未找到目录项。, REF fields cached as
  错误！未找到引用源。, a MERGEFIELD placeholder «单位名称» as the addressee, a SEQ table
  caption; two comments; Heading 1/2 with typed ``一、``/``（一）``;
- ``q05_lo_wps_summary_watermark.pdf`` (gwr 2014): a company's 年度工作总结 in the WPS
  manner: a double page border on every page, a black letterhead header (company,
  English name, double rule), an address footer, a grey horizontal text watermark
  repeated six times on every page (text boxes anchored in the header, behind the
  text, not rotated), typed ``一、``/``（一）``/``1．`` heads, signature, 抄送/印发 lines and
  an attachment page;
- ``q06_docx_legal_opinion.docx`` (gwr 2017): a law firm's 法律意见书: a cover section
  (firm, three-line title, 文号, address), the title again over the text, 致： line, a
  释义 table, 律师声明事项, 第一部分…第三部分 (Heading 1) with ``一、`` (Heading 2) and
  ``（一）`` (Heading 3), （以下无正文） and a 签署页 after a page break.

Gold is written from what each builder put in the document, decided as a reader reads
the printed page (never from reader output); titles, headings, passages, running lines
and boilerplate are checked against the printed text (``pdftotext -layout``; for the
DOCX files a LibreOffice rendering in a scratch folder). DOCX gold leaves out numbers
that Word's list numbering generates (the earlier sets' convention); PDF gold keeps
printed numbers.
Needs LibreOffice Writer, poppler-utils and the fonts of fonts-noto-cjk and
fonts-arphic-gkai00mp, and python-docx and Pillow in the Python that runs it. Run
once; the outputs are committed, so nothing else needs these tools. Made in a virtual
environment of its own:

    python3 -m venv /tmp/m26a-venv
    /tmp/m26a-venv/bin/pip install python-docx pillow
    /tmp/m26a-venv/bin/python eval/make_realdocs26_files.py [--out eval/data/realdocs-made26] [--only q01 ...]
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs4_files as prev4
import make_realdocs8_files as prev8
import make_realdocs20_files as prev20
import make_realdocs20_pages as prev20p
import make_realdocs22_files as prev22
import make_realdocs24_files as prev24
import make_realdocs25_files as prev25

MINE = ("q01_", "q02_", "q03_", "q04_", "q05_", "q06_")
Gold = dict[str, Any]
SERIF, SANS, KAI = prev20.SERIF, prev20.SANS, prev20.KAI
picks, page_lines = prev20.picks, prev20.page_lines
add_run, body_para, el, save = prev22.add_run, prev22.body_para, prev22.el, prev22.save
new_doc, para, cell_text, grid = prev24.new_doc, prev24.para, prev24.cell_text, prev24.grid
check_pdf, check_docx, lo_pdf = prev24.check_pdf, prev22.check_docx, prev22.lo_pdf
shade, widths, merge_row = prev25.shade, prev25.widths, prev25.merge_row
text_box, tb_para, no_clash_heads = prev25.text_box, prev25.tb_para, prev25.no_clash_heads
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# ------------------------------------------------------------------ shared helpers


def raw_page(pdf: Path, page: int) -> str:
    """One page's text in content-stream order (``pdftotext -raw``)."""
    cmd = ["pdftotext", "-raw", "-f", str(page), "-l", str(page), str(pdf), "-"]
    return subprocess.run(cmd, check=True, capture_output=True, timeout=120).stdout.decode("utf-8")


def page_break(d: Any) -> None:
    from docx.enum.text import WD_BREAK

    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def sect_xml(sec: Any, xml: str, after: str = "pgMar") -> None:
    """Put an element into a section's ``w:sectPr`` right after its ``w:<after>``."""
    sp = sec._sectPr
    sp.find(f"{W}{after}").addnext(el(xml))


def title_page(sec: Any) -> None:
    sec.different_first_page_header_footer = True


def heading_line(
    d: Any,
    text: str,
    size: float,
    font: str,
    align: Any = None,
    before: float = 6,
    after: float = 6,
) -> Any:
    p = para(d, text, size, True, font, align, before=before, after=after)
    p.paragraph_format.keep_with_next = True
    return p


def printed_in(path: Path, strings: list[str]) -> str:
    """LibreOffice's printed text of a DOCX, asserting every string is in it."""
    with tempfile.TemporaryDirectory() as t:
        text = more.pdftext(lo_pdf(path, Path(t)))
    have = more.squash(text)
    missing = [s for s in strings if more.squash(s) not in have]
    assert not missing, (path.name, missing)
    return text


def add_el(d: Any, xml: str) -> Any:
    """Put a body-level element (a raw ``w:p``) at the end of the document, before its
    ``w:sectPr``."""
    node = el(xml)
    d.element.body.find(f"{W}sectPr").addprevious(node)
    return node


def repeat_header_row(t: Any) -> None:
    """The first row of a table repeats at the top of every page it runs over."""
    trpr = t.rows[0]._tr.get_or_add_trPr()
    trpr.append(el('<w:tblHeader w:val="true"/>'))


def dot_tab(p: Any, pos_cm: float) -> None:
    """A right tab stop with a dot leader at ``pos_cm``."""
    ppr = p._p.get_or_add_pPr()
    ppr.append(
        el(f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{round(pos_cm * 567)}"/></w:tabs>')
    )


# ------------------------------------------- q01 招标文件 (LibreOffice PDF)

Q01_PROJECT = "东川市智慧城市运营管理中心建设项目"
Q01_KIND = "招标文件"
Q01_TITLE = Q01_PROJECT + Q01_KIND
Q01_NO = "DCZB-2015-0386"
Q01_AGENCY = "东川恒信招标代理有限公司"
Q01_OWNER = "东川市发展和改革委员会"
Q01_DATE = "二〇一五年六月"
Q01_HEADER = f"项目编号：{Q01_NO}"
Q01_PHONE = "0791-88621735"
Q01_BANK = "开户银行：东川银行高新支行"
# chapters: (chapter, [(heading, level, gwr paragraphs, block)])
Q01_OUTLINE: list[tuple[str, list[tuple[str, int, list[int], str]]]] = [
    (
        "第一章　招标公告",
        [
            ("一、项目概况", 2, [6], ""),
            ("二、投标人资格要求", 2, [31], "qualify"),
            ("三、招标文件的获取", 2, [], "obtain"),
            ("四、投标截止时间和开标时间", 2, [], "deadline"),
            ("五、联系方式", 2, [], "contact"),
        ],
    ),
    (
        "第二章　投标人须知",
        [
            ("投标人须知前附表", 2, [], "front"),
            ("1．总则", 2, [], ""),
            ("1.1　项目概况", 3, [8], ""),
            ("1.2　资金来源和落实情况", 3, [], "fund"),
            ("2．投标文件", 2, [], ""),
            ("2.1　投标文件的组成", 3, [26], "parts"),
            ("2.2　投标保证金", 3, [29], ""),
        ],
    ),
    (
        "第三章　评标办法",
        [
            ("一、评标原则", 2, [52], ""),
            ("二、评分标准", 2, [53], "score"),
        ],
    ),
    (
        "第四章　采购需求",
        [
            ("一、项目背景", 2, [43, 44], ""),
            ("二、建设内容", 2, [46], ""),
            ("三、技术要求", 2, [47], ""),
        ],
    ),
]
Q01_KEEP = {6, 8, 26, 52, 44}
Q01_FRONT = [
    ("条款号", "条款名称", "编列内容"),
    ("1.1.1", "招标人", f"{Q01_OWNER}\n地址：东川市府前路1号\n联系人：陈先生"),
    ("1.1.2", "招标代理机构", f"{Q01_AGENCY}\n地址：东川市高新大道168号\n联系人：刘女士"),
    ("1.1.3", "项目名称", Q01_PROJECT),
    ("1.2.1", "资金来源", "财政性资金"),
    ("1.3.1", "计划工期", "合同签订后180日历天"),
    ("1.3.2", "质量要求", "合格，符合国家及行业现行验收规范"),
    ("1.4.1", "投标人资质条件", "见第一章招标公告第二条"),
    ("1.4.2", "是否接受联合体投标", "不接受"),
    ("2.2.1", "投标人要求澄清招标文件的截止时间", "投标截止时间15日前"),
    ("3.2.1", "投标报价", "最高投标限价：人民币2860万元"),
    ("3.3.1", "投标有效期", "投标截止之日起90日历天"),
    ("3.4.1", "投标保证金", "金额：人民币50万元\n形式：银行转账或银行保函"),
    ("3.6.2", "投标文件份数", "正本一份，副本四份，电子文件一份"),
    ("4.2.1", "投标截止时间", "2015年7月2日9时30分"),
    ("5.1.1", "开标地点", "东川市公共资源交易中心第三开标室"),
]
Q01_FRONT_NOTE = "注：本表为投标人须知正文的补充和修改，如有矛盾，以本表为准。"
Q01_OBTAIN = [
    "1．获取时间：2015年6月8日至2015年6月15日（法定节假日除外），每日上午9:00至11:30，下午14:30至17:00。",
    "2．获取地点：东川市公共资源交易中心网站（www.dcggzy.cn）。",
    "3．售价：每套人民币500元，售后不退。",
]
Q01_DEADLINE = [
    "1．投标截止时间及开标时间：2015年7月2日9时30分（北京时间）。",
    "2．开标地点：东川市公共资源交易中心第三开标室。逾期送达或者未送达指定地点的投标文件，招标人不予受理。",
]
Q01_QUALIFY = [
    "1．具有独立承担民事责任的能力；",
    "2．具有良好的商业信誉和健全的财务会计制度；",
    "3．参加政府采购活动前三年内，在经营活动中没有重大违法记录。",
]
Q01_CONTACT = [
    f"招 标 人：{Q01_OWNER}　　联系人：陈先生　　电话：0791-88610052",
    f"招标代理机构：{Q01_AGENCY}　　联系人：刘女士　　电话：{Q01_PHONE}",
    f"{Q01_BANK}　　账号：3601 0200 0921 6688",
]
Q01_PARTS = [
    "投标文件包括：（1）投标函及投标函附录；（2）法定代表人身份证明或授权委托书；（3）投标保证金；（4）已标价工程量清单；（5）资格审查资料。"
]
Q01_FUND = ["本招标项目的资金来源为财政性资金，出资比例为100%，资金已落实。"]
Q01_SCORE = [
    ("评分项目", "分值", "评分标准"),
    ("投标报价", "30分", "以有效投标报价的算术平均值为基准价计算"),
    ("技术方案", "40分", "方案完整、可行、先进，由评委独立评分"),
    ("项目业绩", "15分", "近三年同类项目业绩，每项得3分，最高15分"),
    ("售后服务", "15分", "响应时间、服务网点、培训方案"),
]


def q01_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    d = new_doc(12, (2.8, 2.5, 2.8, 2.6))
    d.core_properties.title = Q01_TITLE
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    # cover (section 1: no header or footer)
    para(d, "", 12, before=60)
    para(d, Q01_PROJECT, 22, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, after=40)
    p = para(d, Q01_KIND, 42, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, after=40)
    p.runs[0]._r.get_or_add_rPr().append(el('<w:spacing w:val="320"/>'))
    para(d, f"项目编号：{Q01_NO}", 14, False, SERIF, WD_ALIGN_PARAGRAPH.CENTER, after=150)
    for line in (
        f"招 标 人：{Q01_OWNER}（盖章）",
        f"招标代理机构：{Q01_AGENCY}（盖章）",
        f"日　　期：{Q01_DATE}",
    ):
        q = para(d, line, 15, False, SERIF, after=10)
        q.paragraph_format.left_indent = Cm(2.2)
    # 目录 (still section 1)
    page_break(d)
    para(d, "目　　录", 18, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, before=12, after=24)
    for chap, _ in Q01_OUTLINE:
        para(d, chap, 14, False, SERIF, after=14).paragraph_format.left_indent = Cm(3.5)
    for extra in ("第五章　合同条款及格式", "第六章　投标文件格式"):
        para(d, extra, 14, False, SERIF, after=14).paragraph_format.left_indent = Cm(3.5)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    add_run(hp, Q01_AGENCY + "\t" + Q01_HEADER, 9, False, SERIF)
    more.border(hp, "bottom", "000000", 6)
    prev4.page_footer(sec.footer.paragraphs[0], "第 ", " 页", total=True)
    sect_xml(sec, '<w:pgNumType w:start="1"/>', "pgMar")
    d.styles["Normal"].paragraph_format.line_spacing = 1.25
    for k, (chap, items) in enumerate(Q01_OUTLINE):
        h = heading_line(d, chap, 16, SANS, WD_ALIGN_PARAGRAPH.CENTER, before=6, after=18)
        h.paragraph_format.page_break_before = k > 0
        heads.append({"text": chap, "level": 1})
        for text, level, idx, block in items:
            if block == "front":
                heading_line(d, text, 14, SANS, WD_ALIGN_PARAGRAPH.CENTER, before=6, after=10)
            elif level == 2:
                heading_line(
                    d, text, 14 if text[0] in "一二三四五" else 13, SANS, before=8, after=4
                )
            else:
                heading_line(d, text, 12, SERIF, before=4, after=2)
            heads.append({"text": text, "level": level})
            for i in idx:
                body_para(d, paras[i], 12, 1.25)
                used.append(paras[i])
            lines = {
                "qualify": Q01_QUALIFY,
                "obtain": Q01_OBTAIN,
                "deadline": Q01_DEADLINE,
                "parts": Q01_PARTS,
                "fund": Q01_FUND,
            }.get(block)
            for line in lines or []:
                q = para(d, line, 12)
                q.paragraph_format.first_line_indent = Pt(24)
            if block == "contact":
                for line in Q01_CONTACT:
                    para(d, line, 12).paragraph_format.left_indent = Pt(24)
            elif block == "front":
                rows = [tuple(r) for r in Q01_FRONT]
                t = widths(grid(d, rows, [2.0, 4.6, 9.0], head=True, size=10.5), [2.0, 4.6, 9.0])
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                repeat_header_row(t)
                para(d, Q01_FRONT_NOTE, 10.5, before=4, after=6)
            elif block == "score":
                t = widths(
                    grid(d, Q01_SCORE, [3.0, 2.0, 10.6], head=True, size=10.5), [3.0, 2.0, 10.6]
                )
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return d, heads, used


def build_tender_document(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = q01_docx(paras)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        save(d, tmp / "src.docx")
        path.write_bytes(lo_pdf(tmp / "src.docx", tmp).read_bytes())
    n = more.pages(path)
    assert 6 <= n <= 9, n
    gold: Gold = {
        "title": Q01_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, Q01_KEEP),
        "running": [Q01_HEADER],
        "must_not_have": [Q01_DATE, Q01_PHONE, Q01_BANK, "第五章合同条款及格式"],
        "note": "",
    }
    check_pdf(path, gold, used)
    no_clash_heads(path.name, gold)
    for k in range(3, n + 1):
        lines = page_lines(path, k)
        assert more.squash(Q01_HEADER) in lines[0], (k, lines[:2])
        assert re.fullmatch(r"第\d+页共\d+页", lines[-1]), (k, lines[-1])
    assert not any(Q01_HEADER in ln for k in (1, 2) for ln in page_lines(path, k)[:1])
    gold["note"] = (
        f"{n} pages (python-docx -> LibreOffice 7.4), a tendering agency's 招标文件: page 1 "
        f"the cover (no header): the project name (22 pt bold sans) over {Q01_KIND} in 42 pt "
        "letter-spaced by w:spacing (no spaces in the text): the title is the two lines "
        "joined; 项目编号, 招标人/招标代理机构 lines ending （盖章） and the date line "
        f"(metadata; the date {Q01_DATE} must_not_have). Page 2 目　　录: six chapter names "
        "without page numbers or leaders, two of them chapters the excerpt does not include "
        "(neither headings nor body; 第五章　合同条款及格式 must_not_have). From page 3 a "
        f"new section: header {Q01_AGENCY} left and {Q01_HEADER} right over a rule (the "
        "number running; the agency's name not listed, since the 前附表 names the agency "
        "in a cell), footer 第 N 页 共 M 页 (not listed). Chapters 第一章…第四章 each from a "
        "new page, centred 16 pt bold sans (level 1); 一、… 14 pt bold sans, 1．总则/2．投标文件 "
        "13 pt bold sans and the centred 投标人须知前附表 (the title of that part of chapter "
        "2; level 2); 1.1/1.2/2.1/2.2 bold at the body size in the body face (level 3); all "
        "direct formatting, no styles or outline levels. The 前附表 (条款号/条款名称/"
        "编列内容, its header row marked to repeat), its 注 line, the 评分标准 "
        "table and the numbered 获取/截止/资格 and （1）… lines are unscored; the 联系方式 "
        "block's lines are not body (phone and bank lines must_not_have)"
    )
    return gold


# ------------------------------------------- q02 采购合同 (DOCX, list-numbered articles)

Q02_TITLE = "智能配电设备采购合同"
Q02_NO = "合同编号：DCGD-CG-2016-0412"
Q02_PLACE = "签订地点：东川市高新区　　　　签订日期：2016年5月20日"
Q02_DATE = "签订日期：2016年5月20日"
Q02_PARTIES = [
    ("甲方（采购方）：东川市轨道交通集团有限公司", "乙方（供货方）：东川华能电气设备有限公司"),
    ("地址：东川市青山湖大道1288号", "地址：东川市经济技术开发区枫林西路66号"),
    ("法定代表人：赵国平", "法定代表人：孙立明"),
    ("联系电话：0791-86503312", "联系电话：0791-88157720"),
    ("开户银行：东川农商银行青山湖支行", "开户银行：中国建设银行东川经开区支行"),
    ("账号：1301 0012 0000 4588", "账号：3605 0161 0150 0000 0731"),
]
Q02_ACCOUNT = "账号：3605 0161 0150 0000 0731"
Q02_OPEN = "根据《中华人民共和国合同法》及其他有关法律法规，甲乙双方在平等、自愿、公平和诚实信用的基础上，经友好协商，就甲方向乙方采购智能配电设备事宜，订立本合同，以资共同遵守。"
# (article, [gwr paragraphs], [(sub-article, [gwr paragraphs])], block)
Q02_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]], str]] = [
    ("合同标的", [17], [], "goods"),
    ("合同价款及支付方式", [], [("合同价款", [14]), ("支付方式", [16])], ""),
    ("交货时间、地点和方式", [18], [], ""),
    ("质量标准与验收", [20], [], ""),
    ("技术服务与培训", [24], [], ""),
    ("质量保证", [27], [], ""),
    ("违约责任", [], [("甲方违约责任", [29]), ("乙方违约责任", [30])], ""),
    ("不可抗力", [31], [], ""),
    ("争议解决", [33], [], ""),
    ("其他约定", [35], [], "copies"),
]
Q02_KEEP = {17, 16, 20, 30, 35}
Q02_GOODS = [
    ("序号", "设备名称", "规格型号", "数量", "单价（元）", "金额（元）"),
    ("1", "高压开关柜", "KYN28A-12", "8台", "68,000", "544,000"),
    ("2", "低压配电柜", "GCS-0.4", "12台", "35,500", "426,000"),
    ("3", "干式变压器", "SCB13-1000/10", "2台", "128,000", "256,000"),
    ("4", "智能监控终端", "DK-3000", "20套", "3,000", "60,000"),
    ("合计金额（大写）：人民币壹佰贰拾捌万陆仟元整（¥1,286,000.00）", "", "", "", "", ""),
]
Q02_COPIES = (
    "本合同一式四份，甲乙双方各执两份，自双方法定代表人或委托代理人签字并加盖公章之日起生效。"
)
Q02_END = "（以下无正文）"
Q02_SIGN = [
    ("甲方（盖章）：", "乙方（盖章）："),
    ("法定代表人或委托代理人（签字）：", "法定代表人或委托代理人（签字）："),
    ("日期：　　　年　　月　　日", "日期：　　　年　　月　　日"),
]


def q02_styles(d: Any) -> None:
    """Custom paragraph styles 条款标题 (a5) and 条款分项 (a6) linked to one multilevel
    list (numId 30): ``第%1条`` and ``（%2）`` in chineseCounting, no suffix, the full-width
    space part of the level text; no outline levels."""
    numbering = d.part.numbering_part.element

    def lvl(i: int, text: str, style: str) -> str:
        return (
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="{style}"/>'
            f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        )

    numbering.insert(
        0,
        el(
            '<w:abstractNum w:abstractNumId="30"><w:nsid w:val="5A3C21E7"/><w:multiLevelType w:val="multilevel"/>'
            f"{lvl(0, '第%1条　', 'a5')}{lvl(1, '（%2）', 'a6')}</w:abstractNum>"
        ),
    )
    numbering.append(el('<w:num w:numId="30"><w:abstractNumId w:val="30"/></w:num>'))
    for sid, name, ilvl, size, face, indent in (
        ("a5", "条款标题", 0, 12, SANS, 0),
        ("a6", "条款分项", 1, 12, SERIF, 480),
    ):
        d.styles.element.append(
            el(
                f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
                f'<w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="30"/></w:numPr><w:spacing w:before="{120 if ilvl == 0 else 60}" w:after="60"/><w:ind w:left="0" w:firstLine="{indent}"/></w:pPr>'
                f'<w:rPr><w:rFonts w:ascii="{face}" w:eastAsia="{face}" w:hAnsi="{face}"/><w:b/><w:sz w:val="{size * 2}"/></w:rPr></w:style>'
            )
        )


def q02_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    d = new_doc(12, (2.5, 2.5, 2.8, 2.6))
    d.core_properties.title = ""
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    q02_styles(d)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, Q02_NO, 9, False, SERIF)
    prev4.page_footer(sec.footer.paragraphs[0], "第 ", " 页", total=True)
    para(d, Q02_TITLE, 22, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, before=6, after=12)
    para(d, Q02_PLACE, 12, False, SERIF, WD_ALIGN_PARAGRAPH.CENTER, after=12)
    t = d.add_table(rows=len(Q02_PARTIES), cols=2)
    widths(t, [7.8, 7.8])
    for r, (a, b) in enumerate(Q02_PARTIES):
        cell_text(t.cell(r, 0), a, 11, r == 0)
        cell_text(t.cell(r, 1), b, 11, r == 0)
    para(d, "", 6)
    body_para(d, Q02_OPEN, 12, 1.5)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for text, idx, subs, block in Q02_OUTLINE:
        d.add_paragraph(text, style="条款标题")
        heads.append({"text": text, "level": 1})
        for i in idx:
            body_para(d, paras[i], 12, 1.5)
            used.append(paras[i])
        for sub, sidx in subs:
            d.add_paragraph(sub, style="条款分项")
            heads.append({"text": sub, "level": 2})
            for i in sidx:
                body_para(d, paras[i], 12, 1.5)
                used.append(paras[i])
        if block == "goods":
            g = widths(
                grid(d, Q02_GOODS, [1.2, 3.4, 3.4, 1.8, 2.8, 3.0], size=10.5),
                [1.2, 3.4, 3.4, 1.8, 2.8, 3.0],
            )
            g.alignment = WD_TABLE_ALIGNMENT.CENTER
            total = merge_row(g, len(Q02_GOODS) - 1)
            for p in total.paragraphs[1:]:
                p._p.getparent().remove(p._p)
            para(d, "", 6)
        elif block == "copies":
            body_para(d, Q02_COPIES, 12, 1.5)
    q = para(d, Q02_END, 12, False, SERIF, WD_ALIGN_PARAGRAPH.CENTER, before=12, after=18)
    q.paragraph_format.keep_with_next = True
    s = d.add_table(rows=len(Q02_SIGN), cols=2)
    widths(s, [7.8, 7.8])
    for r, (a, b) in enumerate(Q02_SIGN):
        cell_text(s.cell(r, 0), a, 12)
        cell_text(s.cell(r, 1), b, 12)
        s.rows[r].height = Cm(1.3)
    for row in s.rows:
        row._tr.get_or_add_trPr().append(el("<w:cantSplit/>"))
    return d, heads, used


def build_purchase_contract(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = q02_docx(paras)
    save(d, path)
    gold: Gold = {
        "title": Q02_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, Q02_KEEP),
        "running": [Q02_NO],
        "must_not_have": [Q02_DATE, Q02_ACCOUNT, Q02_END, "法定代表人或委托代理人（签字）"],
        "note": "",
    }
    text, n = check_docx(path, gold, used)
    no_clash_heads(path.name, gold)
    printed = more.squash(text)
    for k, h in enumerate(Q02_OUTLINE):
        num = "第" + "一二三四五六七八九十"[k] + "条" + h[0]
        assert num in printed, num
    for sub in ("（一）合同价款", "（二）支付方式", "（一）甲方违约责任", "（二）乙方违约责任"):
        assert sub in printed, sub
    with zipfile.ZipFile(path) as z:
        assert "第一条".encode() not in z.read("word/document.xml")
    gold["note"] = (
        f"a DOCX (LibreOffice renders it on {n} pages), a 采购合同 as the supplier sends it "
        f"for signing: header {Q02_NO} (right-aligned; running), footer 第 X 页 共 Y 页 (not "
        "listed). The title a 22 pt bold centred Normal paragraph (no Title style, no core "
        "title); the 签订地点/签订日期 line under it (metadata; the date must_not_have); the "
        "parties in a borderless two-column table (甲方 left, 乙方 right: 名称, 地址, 法定代表人, "
        "电话, 开户银行, 账号; metadata, an account line must_not_have); a one-paragraph "
        "preamble (body, unscored). The articles are paragraphs in a custom style 条款标题 "
        "(styleId a5, bold sans at the body size, no outline level, not a Heading style) "
        "and the sub-articles in 条款分项 (a6, bold serif at the body size, indented two "
        "characters like the body), both linked to one multilevel list in numbering.xml: "
        "level 1 第%1条 + full-width space, level 2 （%2）, chineseCounting, no suffix; Word "
        "and LibreOffice print 第一条　合同标的 and （一）合同价款, but the numbers are in no "
        "w:t, so the gold headings are as stored, without them (the convention of the "
        "earlier DOCX gold: made7 v02, made23 k04): articles level 1, sub-articles level 2. "
        "A goods table under 第一条 (unscored, its 合计 row merged), the closing 本合同一式四份… "
        "paragraph (body, unscored), （以下无正文） and a borderless 盖章/签字/日期 table "
        "for both parties (must_not_have)"
    )
    return gold


# ------------------------------------------- q03 产品使用说明书 (LibreOffice PDF)

Q03_COMPANY = "东川瑞科智能装备有限公司"
Q03_PRODUCT = "DK-3000系列智能环境监测终端"
Q03_KIND = "产品使用说明书"
Q03_TITLE = Q03_PRODUCT + Q03_KIND
Q03_VERSION = "版本：V2.3　　发布日期：2017年3月"
Q03_KEEPIT = "请在使用本产品前仔细阅读本说明书，并妥善保管以备查阅。"
Q03_HEADER = "瑞科智能　DK-3000用户手册"
Q03_WARN = "本设备必须由具备相应资质的电工安装。安装、接线或检修前必须断开全部电源，否则可能导致触电、火灾或设备损坏。"
Q03_CAUTION = "请勿将本产品安装在高温、高湿、强振动或有腐蚀性气体的场所，以免缩短使用寿命。"
Q03_CAUTION2 = "接线时请核对端子标识，电源正负极接反将导致终端无法启动。"
Q03_SPEC = [
    ("参数项目", "技术指标"),
    ("工作电压", "DC 12V～24V"),
    ("整机功耗", "≤3W"),
    ("监测项目", "温度、湿度、PM2.5、PM10、噪声"),
    ("测量精度", "温度±0.3℃，湿度±3%RH"),
    ("通信方式", "RS485／4G／以太网"),
    ("数据存储", "本地循环存储不少于30天"),
    ("工作温度", "-20℃～+60℃"),
    ("防护等级", "IP65"),
    ("外形尺寸", "220mm×160mm×80mm"),
]
Q03_SPEC_NOTE = "注：以上参数如有变更，恕不另行通知。"
Q03_SERVICE = [
    "售后服务热线：400-860-2017　　服务邮箱：service@ruike-dc.com",
    "地址：东川市高新技术产业开发区火炬大街399号　　邮编：330096",
]
# (heading, level, gwr paragraphs, block)
Q03_OUTLINE: list[tuple[str, int, list[int], str]] = [
    ("1　产品概述", 1, [], ""),
    ("1.1　产品简介", 2, [1], ""),
    ("1.2　主要特点", 2, [2], ""),
    ("2　安全须知", 1, [5], "safety"),
    ("3　技术参数", 1, [10], "spec"),
    ("4　安装与调试", 1, [], ""),
    ("4.1　安装前准备", 2, [12], ""),
    ("4.2　接线说明", 2, [14], "caution"),
    ("4.3　上电调试", 2, [16], ""),
    ("5　维护与保修", 1, [], ""),
    ("5.1　日常维护", 2, [18], ""),
    ("5.2　保修条款", 2, [20], "service"),
]
Q03_KEEP = {1, 5, 12, 16, 20}


def coloured_borders(t: Any, color: str, size: int) -> None:
    """All borders of a table single lines of one colour (``size`` eighths of a point)."""
    tblpr = t._tbl.tblPr
    for old in tblpr.findall(f"{W}tblBorders"):
        tblpr.remove(old)
    inner = "".join(
        f'<w:{side} w:val="single" w:sz="{size}" w:space="0" w:color="{color}"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    tblpr.append(el(f"<w:tblBorders>{inner}</w:tblBorders>"))


def notice_box(d: Any, label: str, text: str, line: str, fill: str, ink: str) -> None:
    """A safety notice: a bordered two-cell table, the shaded label cell on the left."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import RGBColor

    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [2.4, 13.2])
    coloured_borders(t, line, 18)
    lab, body = t.cell(0, 0), t.cell(0, 1)
    shade(lab, fill)
    run = cell_text(lab, "▲ " + label, 14, True, SANS, WD_ALIGN_PARAGRAPH.CENTER).runs[0]
    run.font.color.rgb = RGBColor.from_string(ink)
    lab.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    cell_text(body, text, 10.5, False, SERIF)
    para(d, "", 6)


def q03_docx(
    paras: list[str], pages: dict[str, int]
) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    d = new_doc(10.5, (2.5, 2.5, 2.5, 2.5))
    d.core_properties.title = Q03_TITLE
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    for name, size in (("Heading 1", 16), ("Heading 2", 13)):
        st = prev24.heading_style(d, name, size, SANS)
        st.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        st.paragraph_format.space_before = Pt(14 if size == 16 else 8)
    # cover and contents (section 1, no header or footer)
    p = para(d, "", 12, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.add_run().add_picture(io.BytesIO(prev20.logo_png()), width=Cm(1.8))
    add_run(p, "　" + Q03_COMPANY, 16, True, SANS, "1F4E79")
    para(d, Q03_PRODUCT, 26, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, before=150, after=18)
    para(d, Q03_KIND, 22, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, after=12)
    para(d, Q03_VERSION, 12, False, SERIF, WD_ALIGN_PARAGRAPH.CENTER, before=170, after=12)
    para(d, Q03_KEEPIT, 10.5, False, SERIF, WD_ALIGN_PARAGRAPH.CENTER)
    page_break(d)
    para(d, "目　　录", 18, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, after=18)
    for text, level, _, _ in Q03_OUTLINE:
        q = para(
            d,
            f"{text}\t{pages.get(text, 1)}",
            12 if level == 1 else 10.5,
            level == 1,
            SERIF,
            after=6,
        )
        dot_tab(q, 16.0)
        if level == 2:
            q.paragraph_format.left_indent = Cm(0.85)
    # the manual (section 2: header with the logo, - N - footer from 1)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
    hp.add_run().add_picture(io.BytesIO(prev20.logo_png()), height=Cm(0.7))
    add_run(hp, "\t" + Q03_HEADER, 9, False, SANS, "1F4E79")
    more.border(hp, "bottom", "1F4E79", 8)
    prev4.page_footer(sec.footer.paragraphs[0], "- ", " -")
    sect_xml(sec, '<w:pgNumType w:start="1"/>', "pgMar")
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for text, level, idx, block in Q03_OUTLINE:
        d.add_paragraph(text, style=f"Heading {level}")
        heads.append({"text": text, "level": level})
        if block == "safety":
            notice_box(d, "警告", Q03_WARN, "C00000", "C00000", "FFFFFF")
            notice_box(d, "注意", Q03_CAUTION, "BF8F00", "FFD966", "000000")
        for i in idx:
            body_para(d, paras[i], 10.5, 1.5)
            used.append(paras[i])
        if block == "caution":
            notice_box(d, "注意", Q03_CAUTION2, "BF8F00", "FFD966", "000000")
        elif block == "spec":
            t = widths(grid(d, Q03_SPEC, [4.0, 11.0], head=True, size=10.5), [4.0, 11.0])
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for c in t.rows[0].cells:
                shade(c, "DEEAF6")
            para(d, Q03_SPEC_NOTE, 9, False, SERIF, before=4, after=6)
        elif block == "service":
            rule = para(d, "", 6, before=24)
            more.border(rule, "top", "1F4E79", 6)
            for line in Q03_SERVICE:
                para(d, line, 10.5, False, SANS, WD_ALIGN_PARAGRAPH.CENTER, after=4)
    return d, heads, used


def build_product_manual(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    pages: dict[str, int] = {}
    for _ in range(3):
        d, heads, used = q03_docx(paras, pages)
        with tempfile.TemporaryDirectory() as t:
            tmp = Path(t)
            save(d, tmp / "src.docx")
            path.write_bytes(lo_pdf(tmp / "src.docx", tmp).read_bytes())
        n = more.pages(path)
        found: dict[str, int] = {}
        for k in range(3, n + 1):
            for ln in page_lines(path, k):
                for h in heads:
                    if ln.startswith(more.squash(h["text"])) and h["text"] not in found:
                        found[h["text"]] = k - 2
        assert len(found) == len(heads), (found, heads)
        if found == pages:
            break
        pages = found
    else:
        raise SystemExit("q03: contents pages did not settle")
    assert 5 <= n <= 8, n
    gold: Gold = {
        "title": Q03_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, Q03_KEEP),
        "running": [Q03_HEADER],
        "must_not_have": [
            "发布日期：2017年3月",
            "妥善保管以备查阅",
            "具备相应资质的电工",
            "强振动或有腐蚀性气体",
            "电源正负极接反",
            "恕不另行通知",
            "400-860-2017",
        ],
        "note": "",
    }
    check_pdf(path, gold, used)
    no_clash_heads(path.name, gold)
    for k in range(3, n + 1):
        lines = page_lines(path, k)
        assert more.squash(Q03_HEADER) in lines[0], (k, lines[:2])
        assert lines[-1] == f"-{k - 2}-", (k, lines[-1])
    gold["note"] = (
        f"{n} pages (python-docx -> LibreOffice 7.4, two sections), a supplier's 产品使用说明书: "
        f"page 1 the cover (logo picture and {Q03_COMPANY}; the product name in 26 pt and "
        f"{Q03_KIND} in 22 pt bold sans on two lines: the title is the two joined; the "
        "版本/发布日期 line and the 请…妥善保管以备查阅 line: metadata, both must_not_have); "
        f"page 2 目　　录: the {len(heads)} headings with dot leaders and their printed page numbers "
        "(found from a first rendering; neither headings nor body). From page 3 section 2: "
        f"header a small logo picture and {Q03_HEADER} right over a blue rule (running), "
        "footer - N - from 1 (not listed). Heading 1 (16 pt bold sans, blue) 1　产品概述… "
        "(level 1) and Heading 2 (13 pt) 1.1　… (level 2), numbers typed; body 10.5 pt. "
        "Safety notices as bordered two-cell tables: a shaded ▲ 警告/▲ 注意 label cell and "
        "the notice text (the three notices must_not_have, they are not body); a 技术参数 "
        "table (unscored) with its 注 line (must_not_have); after 5.2 a rule and the "
        "售后服务热线/address lines (the hotline must_not_have)"
    )
    return gold


# ------------------------------------ q04 工作方案 with stale fields and comments (DOCX)

Q04_TITLE = "东川市2013年外贸稳增长工作方案"
Q04_ORG = "东川市商务局办公室"
Q04_DRAFT = "送审稿"
Q04_MERGE = "«单位名称»"
Q04_NO_TOC = "未找到目录项。"
Q04_REF_ERR = "错误！未找到引用源。"
Q04_COMMENTS = [
    ("李敏", "LM", "目标数据请与统计局最新口径核对后再定稿。"),
    ("王海涛", "WHT", "此段建议压缩，与第一部分重复。"),
]
# (heading, [gwr paragraphs], [(sub-heading, [gwr paragraphs])], block)
Q04_OUTLINE: list[tuple[str, list[int], list[tuple[str, list[int]]], str]] = [
    ("一、总体要求", [11], [], ""),
    ("二、主要目标", [12], [], "comment"),
    (
        "三、重点任务",
        [],
        [
            ("（一）扩大内需和稳定外需", [13]),
            ("（二）促进区域协调发展", [14]),
            ("（三）积极稳妥推进城镇化", [15]),
        ],
        "table",
    ),
    ("四、保障措施", [], [("（一）加强就业服务", [17]), ("（二）完善社会保障体系", [18])], "ref"),
    ("五、有关要求", [25], [], "comment2"),
]
Q04_KEEP = {11, 13, 15, 18, 25}
Q04_TASKS = [
    ("序号", "重点任务", "牵头单位", "完成时限"),
    ("1", "稳定出口市场份额", "市商务局", "2013年12月"),
    ("2", "扩大先进技术设备进口", "市发展改革委", "2013年10月"),
    ("3", "培育外贸综合服务企业", "市商务局", "2013年9月"),
    ("4", "提高通关便利化水平", "东川海关", "2013年6月"),
]
Q04_SIGN = ["东川市商务局", "2013年4月12日"]


def fld_runs(instr: str, result: str, rpr: str = "") -> str:
    """A complex field as runs: begin, instruction, separate, the cached result, end."""
    r = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:r>{r}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{r}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
        f'<w:r>{r}<w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r>{r}<w:t xml:space="preserve">{result}</w:t></w:r>'
        f'<w:r>{r}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def q04_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    d = new_doc(12, (2.54, 2.54, 3.0, 2.6))
    d.core_properties.title = Q04_TITLE
    d.core_properties.author = "李敏"
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    st = d.styles["Title"]
    more.cjk_font(st, SANS, 20)
    st.font.bold, st.font.color.rgb = True, RGBColor(0, 0, 0)
    st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    st.paragraph_format.space_after = Pt(18)
    st.element.get_or_add_pPr().append(el("<w:pBdr/>"))
    prev24.heading_style(d, "Heading 1", 16, SANS)
    prev24.heading_style(d, "Heading 2", 14, KAI)
    prev20.toc_styles(d)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT)
    add_run(hp, Q04_ORG + "\t" + Q04_DRAFT, 9, False, SERIF)
    more.border(hp, "bottom", "000000", 6)
    prev4.page_footer(sec.footer.paragraphs[0], "", "")
    d.add_paragraph(Q04_TITLE, style="Title")
    # the addressee: a mail-merge field never merged
    rpr = f'<w:rFonts w:ascii="{SERIF}" w:eastAsia="{SERIF}" w:hAnsi="{SERIF}"/>'
    add_el(
        d,
        (
            f'<w:p><w:pPr><w:spacing w:after="120"/></w:pPr>{fld_runs("MERGEFIELD 单位名称", Q04_MERGE, rpr)}<w:r><w:t>：</w:t></w:r></w:p>'
        ),
    )
    # the contents: a TOC field last updated before any heading was written
    add_el(
        d,
        ('<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>目　　录</w:t></w:r></w:p>'),
    )
    add_el(
        d,
        (
            '<w:p><w:pPr><w:spacing w:after="240"/></w:pPr>'
            + fld_runs('TOC \\o "1-2" \\h \\z \\u', Q04_NO_TOC, "<w:b/><w:noProof/>")
            + "</w:p>"
        ),
    )
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    comments: list[tuple[Any, int]] = []
    for text, idx, subs, block in Q04_OUTLINE:
        h = d.add_paragraph(text, style="Heading 1")
        heads.append({"text": text, "level": 1})
        if block == "comment":
            comments.append((h.runs, 0))
        for i in idx:
            if block == "comment2":
                p = paras[i]
                cut = p.index("。") + 1
                bp = body_para(d, p[:cut], 12, 1.5)
                mid = add_run(bp, p[cut:])
                comments.append(([mid], 1))
            else:
                body_para(d, paras[i], 12, 1.5)
            used.append(paras[i])
        for sub, sidx in subs:
            d.add_paragraph(sub, style="Heading 2")
            heads.append({"text": sub, "level": 2})
            for i in sidx:
                body_para(d, paras[i], 12, 1.5)
                used.append(paras[i])
        if block == "table":
            add_el(
                d,
                (
                    '<w:p><w:pPr><w:ind w:firstLine="480"/><w:spacing w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>'
                    "<w:r><w:t>各项任务的牵头单位和完成时限详见</w:t></w:r>"
                    + fld_runs("REF _Ref353817462 \\h", Q04_REF_ERR, "<w:b/>")
                    + "<w:r><w:t>，各牵头单位要制定具体实施方案。</w:t></w:r></w:p>"
                ),
            )
            add_el(
                d,
                (
                    '<w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:jc w:val="center"/></w:pPr>'
                    f'<w:r><w:rPr><w:rFonts w:ascii="{SANS}" w:eastAsia="{SANS}" w:hAnsi="{SANS}"/><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve">表 </w:t></w:r>'
                    + fld_runs(
                        "SEQ 表 \\* ARABIC",
                        "1",
                        f'<w:rFonts w:ascii="{SANS}" w:eastAsia="{SANS}" w:hAnsi="{SANS}"/><w:sz w:val="21"/>',
                    )
                    + f'<w:r><w:rPr><w:rFonts w:ascii="{SANS}" w:eastAsia="{SANS}" w:hAnsi="{SANS}"/><w:sz w:val="21"/></w:rPr><w:t>　重点任务分工表</w:t></w:r></w:p>'
                ),
            )
            t = widths(grid(d, Q04_TASKS, [1.4, 6.4, 4.0, 3.6], size=10.5), [1.4, 6.4, 4.0, 3.6])
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            para(d, "", 6)
        elif block == "ref":
            add_el(
                d,
                (
                    '<w:p><w:pPr><w:ind w:firstLine="480"/><w:spacing w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>'
                    "<w:r><w:t>专项资金的申报和使用按照本方案第</w:t></w:r>"
                    + fld_runs("REF _Ref353817590 \\r \\h", Q04_REF_ERR, "<w:b/>")
                    + "<w:r><w:t>部分的规定执行。</w:t></w:r></w:p>"
                ),
            )
    for k, line in enumerate(Q04_SIGN):
        para(d, line, 12, False, SERIF, WD_ALIGN_PARAGRAPH.RIGHT, before=24 if k == 0 else 0)
    for runs, k in comments:
        author, initials, text = Q04_COMMENTS[k]
        d.add_comment(runs, text, author=author, initials=initials)
    return d, heads, used


def build_stale_fields(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = q04_docx(paras)
    save(d, path)
    gold: Gold = {
        "title": Q04_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, Q04_KEEP),
        "running": [Q04_ORG],
        "must_not_have": [Q04_MERGE, "未找到目录项", "统计局最新口径", "与第一部分重复"],
        "note": "",
    }
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        notes = z.read("word/comments.xml").decode("utf-8")
    for _, _, text in Q04_COMMENTS:
        assert text in notes and text not in xml, text
    for s in (Q04_MERGE, Q04_NO_TOC, Q04_REF_ERR):
        assert s in xml, s
    printed = {
        "title": gold["title"],
        "headings": heads,
        "must_have": gold["must_have"],
        "running": gold["running"],
        "must_not_have": [Q04_MERGE, "未找到目录项"],
    }
    text, n = check_docx(path, printed, used)
    no_clash_heads(path.name, gold)
    third.no_clash(path.name, used, gold)
    stale = (
        "LibreOffice prints the cached text"
        if more.squash(Q04_REF_ERR) in more.squash(text)
        else "LibreOffice computes the REF fields again (its own error text)"
    )
    gold["note"] = (
        f"a DOCX (LibreOffice renders it on {n} pages), a 工作方案 sent round as a Word file "
        "with its fields never updated: the title in the Title style (restyled 20 pt bold "
        f"sans, also the core title); the addressee line a MERGEFIELD 单位名称 never merged, "
        f"its cached result {Q04_MERGE}： (a template placeholder, must_not_have); a 目　　录 "
        f"line (TOC Heading) over a TOC field whose cached result is Word's {Q04_NO_TOC} "
        "(the field was inserted before the headings were written and never updated: not "
        "body, must_not_have); in two short body lines of my own REF fields to bookmarks "
        f"that no longer exist, cached as {Q04_REF_ERR} (Word prints the cached text; "
        f"{stale}; unscored), a 表 1 caption with a SEQ field and a task table (unscored). "
        "Heading 1 (16 pt bold sans) 一、… and Heading 2 (14 pt bold 楷体) （一）…, numbers "
        "typed (levels 1/2). Two comments (comments.xml, by two reviewers: on the heading "
        "二、主要目标 and on the second half of a body paragraph, which is split into two "
        "runs there): not printed by LibreOffice, shown in Word's margin; their texts "
        f"must_not_have. Header {Q04_ORG} left and {Q04_DRAFT} right over a rule: "
        f"{Q04_ORG} running; PAGE footer (cached 1; not listed); signature "
        f"{Q04_SIGN[0]} and date at the end (metadata)"
    )
    return gold


# ------------------- q05 WPS-style 年度工作总结: page border, text watermark (LibreOffice PDF)

Q05_COMPANY = "东川宏达物流集团有限公司"
Q05_ENGLISH = "DONGCHUAN HONGDA LOGISTICS GROUP CO., LTD."
Q05_ADDRESS = "地址：东川市经济技术开发区物流大道88号　电话：0791-86655200　网址：www.hdwl-dc.com"
Q05_MARK = "宏达物流　内部资料"
Q05_TITLE = "2014年度经营管理工作总结"
Q05_BY = "总经理办公室　2015年1月20日"
Q05_ATTACH = "2014年度主要经营指标完成情况表"
Q05_CC = "抄送：集团董事会，监事会。"
Q05_PRINTED = "集团总经理办公室　　　　2015年1月20日印发"
# (heading, [gwr paragraphs], [(sub-heading, [gwr paragraphs], [(sub-sub-heading, [gwr])])])
Q05_OUTLINE: list[
    tuple[str, list[int], list[tuple[str, list[int], list[tuple[str, list[int]]]]]]
] = [
    (
        "一、2014年主要工作完成情况",
        [],
        [
            ("（一）经营业绩稳中有进", [0, 2], []),
            ("（二）基础管理持续加强", [], [("1．优化网络布局", [3]), ("2．推进结构调整", [4])]),
            ("（三）员工保障不断改善", [8], []),
        ],
    ),
    ("二、存在的主要问题", [18], []),
    (
        "三、2015年工作思路",
        [],
        [("（一）深化内部改革", [24], []), ("（二）强化事中事后监管", [25], [])],
    ),
    ("四、保障措施", [47, 48], []),
]
Q05_KEEP = {2, 4, 18, 24, 48}
Q05_TABLE = [
    ("指标名称", "单位", "年度目标", "完成值", "完成率"),
    ("营业收入", "亿元", "36.0", "37.2", "103.3%"),
    ("利润总额", "亿元", "2.10", "2.26", "107.6%"),
    ("货运量", "万吨", "1850", "1912", "103.4%"),
    ("仓储周转量", "万吨", "620", "598", "96.5%"),
    ("安全生产责任事故", "起", "0", "0", "—"),
]
Q05_TABLE_NOTE = "注：数据为快报数，以年度审计结果为准。"


def q05_header(sec: Any) -> None:
    """Letterhead header (company, English name, thick-thin rule) and footer (address
    over a rule, - N -); the header's first paragraph anchors the six watermark boxes."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    hdr = sec.header
    p = hdr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, Q05_COMPANY, 16, True, SANS)
    q = hdr.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(q, Q05_ENGLISH, 8, False, "Liberation Sans")
    q._p.get_or_add_pPr().append(
        el(
            '<w:pBdr><w:bottom w:val="thickThinSmallGap" w:sz="18" w:space="2" w:color="000000"/></w:pBdr>'
        )
    )
    sid = 1
    for y in (7.5, 14.5, 21.5):
        for x in (2.6, 11.2):
            run = text_box(
                sid,
                tb_para(Q05_MARK, 22, False, "D0D0D0", SANS),
                (x, y, 7.4, 1.4),
                ("page", "page"),
            )
            anchor = run.find(
                ".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}anchor"
            )
            anchor.set("behindDoc", "1")
            for shape in run.iter("{urn:schemas-microsoft-com:vml}shape"):
                shape.set("style", shape.get("style").replace("z-index:", "z-index:-"))
            p._p.append(run)
            sid += 1
    f = sec.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(f, Q05_ADDRESS, 8, False, SERIF, "404040")
    more.border(f, "top", "000000", 6)
    prev4.page_footer(sec.footer.add_paragraph(), "- ", " -")


def q05_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = new_doc(12, (3.2, 2.6, 2.8, 2.6))
    d.core_properties.title = Q05_TITLE
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    sec = d.sections[0]
    sec.header_distance, sec.footer_distance = Cm(1.2), Cm(1.0)
    sect_xml(
        sec,
        '<w:pgBorders w:offsetFrom="page">'
        + "".join(
            f'<w:{s} w:val="double" w:sz="6" w:space="24" w:color="1F4E79"/>'
            for s in ("top", "left", "bottom", "right")
        )
        + "</w:pgBorders>",
    )
    q05_header(sec)
    para(d, Q05_TITLE, 22, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, before=12, after=6)
    para(d, Q05_BY, 14, False, KAI, WD_ALIGN_PARAGRAPH.CENTER, after=18)
    heads: list[dict[str, Any]] = []
    used: list[str] = []

    def body(idx: list[int]) -> None:
        for i in idx:
            body_para(d, paras[i], 12, 1.5)
            used.append(paras[i])

    for text, idx, subs in Q05_OUTLINE:
        heading_line(d, text, 15, SANS, before=8, after=4)
        heads.append({"text": text, "level": 1})
        body(idx)
        for sub, sidx, subsubs in subs:
            h = heading_line(d, sub, 13, KAI, before=4, after=2)
            h.paragraph_format.first_line_indent = Pt(26)
            heads.append({"text": sub, "level": 2})
            body(sidx)
            for s3, s3idx in subsubs:
                h = heading_line(d, s3, 12, SERIF, before=2, after=0)
                h.paragraph_format.first_line_indent = Pt(24)
                heads.append({"text": s3, "level": 3})
                body(s3idx)
    q = para(d, f"附件：{Q05_ATTACH}", 12, False, SERIF, before=18, after=24)
    q.paragraph_format.first_line_indent = Pt(24)
    for line in ("集团总经理办公室", "2015年1月20日"):
        q = para(d, line, 12, False, SERIF, WD_ALIGN_PARAGRAPH.RIGHT)
        q.paragraph_format.right_indent = Cm(1.5)
    top = para(d, Q05_CC, 11, False, SERIF, before=36)
    more.border(top, "top", "000000", 6)
    more.border(top, "bottom", "000000", 4)
    bottom = para(d, Q05_PRINTED, 11, False, SERIF)
    more.border(bottom, "bottom", "000000", 6)
    page_break(d)
    para(d, "附件", 14, True, SANS, after=12)
    heading_line(d, Q05_ATTACH, 18, SANS, WD_ALIGN_PARAGRAPH.CENTER, before=0, after=12)
    heads.append({"text": Q05_ATTACH, "level": 1})
    t = widths(grid(d, Q05_TABLE, [4.4, 1.8, 3.0, 3.0, 3.0], size=11), [4.4, 1.8, 3.0, 3.0, 3.0])
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    para(d, Q05_TABLE_NOTE, 10.5, before=6)
    return d, heads, used


def build_wps_summary(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = q05_docx(paras)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        save(d, tmp / "src.docx")
        path.write_bytes(lo_pdf(tmp / "src.docx", tmp).read_bytes())
    n = more.pages(path)
    assert 3 <= n <= 7, n
    gold: Gold = {
        "title": Q05_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, Q05_KEEP),
        "running": [Q05_COMPANY, Q05_ENGLISH, "地址：东川市经济技术开发区物流大道88号"],
        "must_not_have": [Q05_MARK, "抄送：集团董事会", "2015年1月20日印发"],
        "note": "",
    }
    raw = prev8.raw_text(path)
    check_pdf(path, gold, used, raw)
    no_clash_heads(path.name, gold)
    layout = more.squash(more.pdftext(path))
    split = [h["text"] for h in heads if more.squash(h["text"]) not in layout]
    for k in range(1, n + 1):
        page = more.squash(raw_page(path, k))
        assert page.count(more.squash(Q05_MARK)) == 6, (k, page.count(more.squash(Q05_MARK)))
        lines = page_lines(path, k)
        assert lines[0] == Q05_COMPANY and lines[-1] == f"-{k}-", (k, lines[0], lines[-1])
    gold["note"] = (
        f"{n} pages (python-docx -> LibreOffice 7.4), a company's 年度工作总结 made the WPS "
        "way: a double blue page border on every page (w:pgBorders, drawn by LibreOffice "
        f"as lines); a black letterhead in the header of every page: {Q05_COMPANY} (16 pt "
        f"bold), {Q05_ENGLISH} (8 pt) over a thick-thin rule (both running); the footer "
        "the address/phone/website line over a rule (running, its address part listed) "
        f"and - N - (not listed). A text watermark {Q05_MARK} in 22 pt light grey "
        "repeated six times on every page (2 x 3 text boxes anchored in the header, placed "
        "from the page, behind the text, not rotated: text in the text layer, first in "
        "each page's content stream, printed between and across the body lines; "
        f"must_not_have; in pdftotext -layout it splits {len(split)} heading(s) "
        f"{'、'.join(split) or ''} and lines of the body, so the gold strings were checked "
        "on the content-stream text). Title 22 pt bold sans, the office/date line under it "
        "in 楷体 (metadata). Heads typed, direct formatting: 一、 15 pt bold sans (level "
        "1), （一） 13 pt bold 楷体 indented (level 2), 1．/2． bold at the body size in the "
        "body face, indented like the body (level 3, under （二） only). After the text the "
        "附件： line (unscored), the issuing office and date (metadata; the company's name "
        "is printed only in the header), the 抄送 and 印发 lines "
        "between rules (版记: must_not_have). A last page: 附件 label (unscored), the "
        f"attachment's title {Q05_ATTACH} (18 pt centred: level 1, as made22's i05), a "
        "table and its 注 line (unscored)"
    )
    return gold


# ------------------------------------------------ q06 法律意见书 (DOCX, two sections)

Q06_FIRM = "东川明理律师事务所"
Q06_TITLE_LINES = ("关于东川恒达新材料股份有限公司", "申请政府专项扶持资金项目的", "法律意见书")
Q06_TITLE = "".join(Q06_TITLE_LINES)
Q06_NO = "明理法意字〔2017〕第046号"
Q06_COVER_TAIL = [
    (Q06_FIRM, 16, True),
    ("二〇一七年四月", 14, False),
    ("地址：东川市高新大道1号东川金融中心28层　邮编：330096", 10.5, False),
    ("电话：0791-86128800　传真：0791-86128801", 10.5, False),
]
Q06_TO = "致：东川恒达新材料股份有限公司"
Q06_OPEN = "本所接受东川恒达新材料股份有限公司（以下简称“申请人”）的委托，担任申请人申请2017年度东川市战略性新兴产业专项扶持资金项目的专项法律顾问。本所律师根据《中华人民共和国公司法》等法律、法规和规范性文件的规定，按照律师行业公认的业务标准、道德规范和勤勉尽责精神，出具本法律意见书。"
Q06_DEF_LEAD = "在本法律意见书中，除非文义另有所指，下列词语具有如下含义："
Q06_DEFS = [
    ("申请人、恒达新材", "指", "东川恒达新材料股份有限公司"),
    ("专项资金", "指", "东川市战略性新兴产业专项扶持资金"),
    ("主管部门", "指", "东川市工业和信息化委员会"),
    ("《管理办法》", "指", "《东川市战略性新兴产业专项资金管理办法》"),
    ("元、万元", "指", "人民币元、人民币万元"),
]
Q06_STATEMENTS = [
    "1．本所律师依据本法律意见书出具日以前已经发生或者存在的事实和现行法律、法规的规定发表法律意见。",
    "2．申请人已向本所保证，其提供的文件和所作的陈述是真实、准确、完整的，不存在虚假记载、误导性陈述或者重大遗漏。",
    "3．本所律师仅就与本次申报有关的法律问题发表意见，不对有关会计、审计、资产评估等专业事项发表意见。",
    "4．本法律意见书仅供申请人为本次申报之目的使用，不得用作任何其他目的。",
]
# (heading, level, gwr paragraphs, block)
Q06_OUTLINE: list[tuple[str, int, list[int], str]] = [
    ("释　义", 1, [], "defs"),
    ("第一部分　律师声明事项", 1, [], "statements"),
    ("第二部分　正文", 1, [], ""),
    ("一、申请人的主体资格", 2, [2], ""),
    ("二、申报项目的合规性", 2, [], ""),
    ("（一）项目备案", 3, [3], ""),
    ("（二）环境影响评价", 3, [4], ""),
    ("三、专项资金的使用与管理", 2, [12], ""),
    ("第三部分　结论意见", 1, [14], "close"),
]
Q06_KEEP = {2, 3, 4, 12, 14}
Q06_CLOSE = "本法律意见书正本一式三份，经本所经办律师签字并加盖本所公章后生效。"
Q06_END = "（以下无正文）"
Q06_SIGN_NOTE = f"（本页无正文，为《{Q06_TITLE}》之签署页）"
Q06_SIGN = [
    f"{Q06_FIRM}（盖章）",
    "负责人：韩志远",
    "经办律师：周文博　　刘思源",
    "二〇一七年四月十八日",
]


def q06_docx(paras: list[str]) -> tuple[Any, list[dict[str, Any]], list[str]]:
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt

    d = new_doc(12, (2.54, 2.54, 3.0, 2.6))
    d.core_properties.title = ""
    d.styles["Normal"].paragraph_format.line_spacing = 1.5
    h1 = prev24.heading_style(d, "Heading 1", 16, SANS)
    h1.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    prev24.heading_style(d, "Heading 2", 14, SANS)
    h3 = prev24.heading_style(d, "Heading 3", 12, KAI)
    h3.paragraph_format.first_line_indent = Pt(24)
    # cover (section 1: no header or footer)
    for k, line in enumerate(Q06_TITLE_LINES):
        para(
            d, line, 22, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, before=120 if k == 0 else 0, after=6
        )
    para(d, Q06_NO, 14, False, SERIF, WD_ALIGN_PARAGRAPH.CENTER, before=30)
    for k, (line, size, bold) in enumerate(Q06_COVER_TAIL):
        para(
            d,
            line,
            size,
            bold,
            SANS if bold else SERIF,
            WD_ALIGN_PARAGRAPH.CENTER,
            before=170 if k == 0 else 6,
        )
    # the opinion (section 2: ruled header, page numbers from 1)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT)
    add_run(hp, Q06_FIRM + "\t法律意见书", 9, False, SERIF)
    more.border(hp, "bottom", "000000", 6)
    prev4.page_footer(sec.footer.paragraphs[0], "第 ", " 页")
    sect_xml(sec, '<w:pgNumType w:start="1"/>', "pgMar")
    for k, line in enumerate(Q06_TITLE_LINES):
        para(d, line, 18, True, SANS, WD_ALIGN_PARAGRAPH.CENTER, after=12 if k == 2 else 0)
    para(d, Q06_NO, 12, False, SERIF, WD_ALIGN_PARAGRAPH.RIGHT, after=12)
    para(d, Q06_TO, 12, True, SERIF, after=6)
    body_para(d, Q06_OPEN, 12, 1.5)
    heads: list[dict[str, Any]] = []
    used: list[str] = []
    for text, level, idx, block in Q06_OUTLINE:
        d.add_paragraph(text, style=f"Heading {level}")
        heads.append({"text": text, "level": level})
        if block == "defs":
            body_para(d, Q06_DEF_LEAD, 12, 1.5)
            t = d.add_table(rows=len(Q06_DEFS), cols=3)
            t.style = d.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths(t, [4.4, 1.2, 9.8])
            for r, row in enumerate(Q06_DEFS):
                for c, cell in enumerate(row):
                    cell_text(
                        t.cell(r, c),
                        cell,
                        10.5,
                        False,
                        SERIF,
                        WD_ALIGN_PARAGRAPH.CENTER if c == 1 else None,
                    )
        elif block == "statements":
            for line in Q06_STATEMENTS:
                body_para(d, line, 12, 1.5)
        for i in idx:
            body_para(d, paras[i], 12, 1.5)
            used.append(paras[i])
        if block == "close":
            body_para(d, Q06_CLOSE, 12, 1.5)
    para(d, Q06_END, 12, False, SERIF, WD_ALIGN_PARAGRAPH.CENTER, before=12)
    page_break(d)
    para(
        d, Q06_SIGN_NOTE, 12, False, SERIF, before=6, after=120
    ).paragraph_format.first_line_indent = Pt(24)
    for k, line in enumerate(Q06_SIGN):
        q = para(d, line, 12, False, SERIF, before=0 if k == 0 else 30)
        q.paragraph_format.left_indent = Cm(7.5)
    return d, heads, used


def build_legal_opinion(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    d, heads, used = q06_docx(paras)
    save(d, path)
    gold: Gold = {
        "title": Q06_TITLE,
        "headings": heads,
        "must_have": picks(paras, used, Q06_KEEP),
        "running": [Q06_FIRM],
        "must_not_have": [Q06_NO, "传真：0791-86128801", Q06_END, "之签署页", "经办律师：周文博"],
        "note": "",
    }
    text, n = check_docx(path, gold, used)
    no_clash_heads(path.name, gold)
    assert more.squash(text).count(more.squash(Q06_TITLE)) == 3  # cover, text, 签署页
    for s in [Q06_OPEN, Q06_DEF_LEAD, Q06_CLOSE, *Q06_STATEMENTS]:
        for x in gold["running"] + gold["must_not_have"]:
            assert more.squash(x) not in more.squash(s), (x, s[:12])
    gold["note"] = (
        f"a DOCX (LibreOffice renders it on {n} pages, two sections), a law firm's "
        "法律意见书: section 1 the cover (no header or footer): the title in three centred "
        "22 pt bold lines (关于…/…的/法律意见书: the title is the three joined), the 文号 "
        f"{Q06_NO} (must_not_have), the firm's name, date, address and phone/fax lines at "
        "the foot (metadata; the fax line must_not_have). Section 2 from a new page: "
        f"header {Q06_FIRM} left (running) and 法律意见书 right (part of the title, not "
        "listed) over a rule, footer 第 N 页 from 1 (not listed); the title's three lines "
        "again in 18 pt (the title, not headings), the 文号 right-aligned, the bold 致： "
        "addressee line (metadata), the opening paragraph (body, unscored; it names the firm "
        "only as 本所). Heading 1 centred 16 pt bold sans: 释　义 (with a lead sentence and a "
        "ruled 简称/指/全称 table: unscored), 第一部分　律师声明事项 (four typed 1．… statements: "
        "the opinion's standard reservations, body by layout, unscored), 第二部分　正文, "
        "第三部分　结论意见 (level 1); Heading 2 一、… 14 pt bold sans (level 2); Heading 3 "
        "（一）… 12 pt bold 楷体 indented (level 3). After the conclusion a closing "
        f"paragraph (正本一式三份…: body, unscored), {Q06_END} (must_not_have), then after a "
        "page break the 签署页: （本页无正文，为《…》之签署页） and the firm （盖章）/负责人/"
        "经办律师/date lines (boilerplate: 之签署页 and a lawyer's name must_not_have)"
    )
    return gold


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, tuple[Any, int]] = {
    "q01_lo_tender_document.pdf": (build_tender_document, 2015),
    "q02_docx_purchase_contract.docx": (build_purchase_contract, 2016),
    "q03_lo_product_manual.pdf": (build_product_manual, 2017),
    "q04_docx_stale_fields_comments.docx": (build_stale_fields, 2013),
    "q05_lo_wps_summary_watermark.pdf": (build_wps_summary, 2014),
    "q06_docx_legal_opinion.docx": (build_legal_opinion, 2017),
}
SOURCE_HEAD = (
    "# Documents made blind, twenty-sixth set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each a pattern common in real Chinese files that the earlier sets lack, by two\n"
    "maker scripts (q01-q06 and x01-x06, see each row). Texts come only from the public\n"
    "government work reports 2013–2017 in `../shared/data/gov-work-reports` (whole\n"
    "paragraphs); titles, headings, labels, names, dates and furniture are written by\n"
    "the scripts, people, places, companies and sites made up. The outputs are committed\n"
    "so tests and CI need none of the tools. Gold (`gold/<file>.json`, the format of\n"
    "`../shared/data/realdocs-dev`) is written by the same scripts from what they put in\n"
    "each document, as a reader reads it and never from reader output: the title, the\n"
    "headings with levels, the running headers that must not reach the body, passages\n"
    "(each one's first 18 characters) that must appear in order, boilerplate that must\n"
    "not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)
ROWS = [
    "| q01_lo_tender_document.pdf | python-docx 1.2 → LibreOffice 7.4, gwr 2015 (`eval/make_realdocs26_files.py`, as q02-q06) | 招标文件 from a tendering agency: cover (project name over a 42 pt letter-spaced 招标文件: title the two joined; 项目编号, 招标人/代理机构 （盖章） lines, date must_not_have), 目　　录 of chapter names without pages or leaders (two chapters not in the excerpt: one must_not_have), header agency left / 项目编号 right over a rule from page 3 (项目编号 running), 第 N 页 共 M 页; direct formatting only: `第一章`-`第四章` centred from new pages (level 1), `一、`/`1．总则`/centred 投标人须知前附表 (level 2), `1.1　…` bold at body size (level 3); 前附表 and 评分标准 tables, numbered 获取/截止 lines unscored; 联系方式 block (phone, bank lines must_not_have) |",
    "| q02_docx_purchase_contract.docx | python-docx 1.2 (+ numbering and style XML), gwr 2016 | 采购合同 as a Word file: 合同编号 header (running), 22 pt bold Normal title, 签订地点/日期 line (date must_not_have), parties in a borderless two-column table (an account line must_not_have), preamble; articles in a custom style 条款标题 and sub-articles in 条款分项 (no Heading styles, no outline levels) linked to one multilevel list `第%1条　`/`（%2）` chineseCounting: numbers in no run, gold without them (levels 1/2); goods table with merged 合计 row (unscored), （以下无正文） and 盖章/签字/日期 table (must_not_have) |",
    "| q03_lo_product_manual.pdf | python-docx 1.2 (+ Pillow logo) → LibreOffice 7.4, two sections, gwr 2017 | supplier's 产品使用说明书: cover (logo, company, product name + 产品使用说明书: title the two joined; 版本/发布日期 and 妥善保管 lines must_not_have), 目　　录 with dot leaders and printed page numbers (two-pass; neither), header logo picture + 瑞科智能　DK-3000用户手册 over a rule (running), `- N -`; Heading 1/2 `1　…`/`1.1　…` (levels 1/2); ▲ 警告/▲ 注意 safety notices in bordered two-cell tables with shaded label cells (texts must_not_have), 技术参数 table (unscored) with 注 line and 售后服务热线 block (must_not_have) |",
    "| q04_docx_stale_fields_comments.docx | python-docx 1.2 (+ field XML; comments API), gwr 2013 | 工作方案 with fields never updated: MERGEFIELD addressee cached «单位名称» (must_not_have), 目　　录 over a TOC field cached 未找到目录项。 (must_not_have), REF fields cached 错误！未找到引用源。 in two body lines (LibreOffice prints its own error text; unscored), SEQ 表 caption; Title-style title; Heading 1/2 typed `一、`/`（一）` (levels 1/2); two comments on a heading and half a paragraph (texts must_not_have, not printed by LibreOffice); header 东川市商务局办公室 (running) / 送审稿 |",
    "| q05_lo_wps_summary_watermark.pdf | python-docx 1.2 (+ page-border and text-box XML) → LibreOffice 7.4, gwr 2014 | WPS-style 年度工作总结: double page border on every page, black letterhead header (company, English name, thick-thin rule: running), address footer (running) and `- N -`; a grey horizontal text watermark 宏达物流　内部资料 six times on every page (text boxes anchored in the header, behind the text, first in the content stream, across body lines and one heading in the layout text: must_not_have); typed `一、` (level 1), `（一）` 楷体 (level 2), `1．` at body size (level 3); 附件： line, signature, 抄送/印发 lines between rules (must_not_have), attachment page (title level 1, table unscored) |",
    "| q06_docx_legal_opinion.docx | python-docx 1.2, two sections, gwr 2017 | law firm's 法律意见书: cover section (three-line title joined, 文号 and fax line must_not_have, firm/date/address), header firm (running) / 法律意见书 over a rule from section 2, title again, 致： line; Heading 1 释　义 (definitions table unscored), 第一部分　律师声明事项 (typed 1．… reservations unscored), 第二部分　正文, 第三部分　结论意见 (level 1), Heading 2 `一、` (level 2), Heading 3 `（一）` 楷体 (level 3); （以下无正文） and 签署页 after a page break (之签署页 and a lawyer's name must_not_have) |",
]


def main(argv: list[str] | None = None) -> int:
    """Build the q documents, then keep SOURCE.md's table (shared with the x pages'
    maker) in file order."""
    import argparse

    rc = more.make_set(argv, __doc__, BUILDERS, "realdocs-made26", ROWS, SOURCE_HEAD, MINE)
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "eval" / "data" / "realdocs-made26",
    )
    prev20p.pages2.sort_source_rows(ap.parse_known_args(argv)[0].out / "SOURCE.md")
    return rc


if __name__ == "__main__":
    sys.exit(main())
