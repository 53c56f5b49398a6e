"""Titles of scanned documents, read from their OCR layer: a cover or title slide with
no prose under it, a title the running header repeats in small on the next page, an
issuer in smaller type under the title, Word's placeholder prompts OCR spaced apart,
and a paragraph's first line that OCR's box makes look larger than the text."""

from __future__ import annotations

from pathlib import Path

from test_realdocs_pdf import blocks, headings

from zhbrief.reading.pdf import read_pdf
from zhbrief.reading.pdf.assembly import _date_text
from zhbrief.reading.pdf.chars import _ocr_number_space
from zhbrief.reading.pdf.forms import _label_line
from zhbrief.reading.pdf.furniture import _drop_lone_headers, _drop_prompts, _headed_by_header
from zhbrief.reading.pdf.headings import (
    _due_read,
    _ocr_list_runs,
    _ocr_lost_dun,
    _ocr_lost_marks,
    _ocr_rank,
    _spaced_number,
    _text_line,
    _title_run,
)
from zhbrief.reading.pdf.lines import _OCR_FONT, _Line, _Page, _pitch, _pitch_alike

DATA = Path(__file__).resolve().parent.parent / "eval" / "data"
MADE12 = DATA / "realdocs-made12" / "docs"
MADE13 = DATA / "realdocs-made13" / "docs"
MADE19 = DATA / "realdocs-made19" / "docs"


def ocr_line(text: str, x0: float, x1: float, top: float, size: float, page: int = 1) -> _Line:
    return _Line(text, x0, x1, top, top + size, size, False, page, font=_OCR_FONT)


def squeezed(path: Path, kind: str) -> list[str]:
    ex = read_pdf(path.read_bytes(), path.name)
    return ["".join(b.split()) for b in blocks(ex, kind)]


def test_a_scanned_title_slide_with_no_prose_has_its_title() -> None:
    """w01 scanned (made13): a slide deck's title slide holds the title on its band,
    the issuer and the date; no prose on the page to tell a text block by, so the
    title is the first line centred on the page."""
    assert squeezed(MADE13 / "w01_pptx_slide_deck_scan.pdf", "title") == [
        "2017年上半年重点工作推进情况汇报"
    ]


def test_a_scanned_manual_s_cover_has_its_title() -> None:
    """n02 scanned (made13): a cover with the company's line at its top, the manual's
    name in the middle and the month at the foot, nothing else."""
    assert squeezed(MADE13 / "n02_lo_manual_toc_noleader_scan.pdf", "title") == [
        "政务数据共享平台用户手册"
    ]


def test_a_scanned_title_the_next_page_s_header_repeats_is_kept() -> None:
    """r03 scanned (made13): the even page's header repeats the report's name in small;
    OCR read the two alike but for a character. The first page's line, set large
    below the top margin, is the title (as OCR read it), not a header left out."""
    assert squeezed(MADE13 / "r03_lo_even_header_scan.pdf", "title") == [
        "东川省2017年点工作推进情况报告"  # 重 lost by OCR
    ]


def test_an_issuer_in_smaller_type_under_a_scanned_title_is_its_byline() -> None:
    """u05 scanned (made13): LaTeX's \\maketitle, the title over the issuer and the
    date in smaller type, the header of page 2 repeating the title. The title is its
    own line; the issuer and date go to the metadata, neither title nor heading."""
    path = MADE13 / "u05_latex_chinese_sections_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    title = ["".join(t.split()) for t in blocks(ex, "title")]
    assert title == ["2014年多省重点工作推进情况研究报告"]  # 全 misread
    assert ex.metadata["date"] == "2014年4月"
    # OCR's spaces kept: they may part two names as well as a name's characters
    assert "".join(ex.metadata["author"].split()) == "_夺川省政府研究室"  # a speck, 东 misread
    assert not any("研究室" in h for h in blocks(ex, "heading"))


def test_a_placeholder_prompt_ocr_spaced_apart_is_left_out() -> None:
    """v03 scanned (made12): the cover's abstract control still shows Word's prompt,
    which OCR read with spaces between its words."""
    path = MADE12 / "v03_docx_content_controls_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert "在此处添加文档摘要" not in "".join(ex.text.split())
    author, date = "".join(ex.metadata["author"].split()), ex.metadata["date"]
    assert (author, date) == ("经济形势分析课题组", "2017年3月20日")


def test_only_an_ocr_line_is_read_without_its_spaces_for_a_prompt() -> None:
    prompt = "[在 此 处 添加 文档 摘要 。 摘 要 通常 是 对 文档 内 容 的 简短 总 结 。]"
    scanned = ocr_line(prompt, 100, 400, 200, 15)
    typed = _Line(prompt, 100, 400, 200, 215, 15, False, 1, font="SimSun")
    _drop_prompts([_Page(1, 595, 842, [scanned, typed])])
    assert (scanned.kind, typed.kind) == ("drop", "body")


def test_a_first_paragraph_line_ocr_boxed_large_is_no_heading() -> None:
    """r03 scanned (made13): a paragraph opening with a quote mark under a heading;
    OCR's box made its first line larger than the text and the quote made its indent
    short of a box's height. The next line starts left of it and fills the block
    too: the paragraph's, in the body."""
    path = MADE13 / "r03_lo_even_header_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert not any("预期目标是" in h for h in blocks(ex, "heading"))
    assert any("今年发展的主要预期目标是" in "".join(b.split()) for b in blocks(ex, "body"))


def test_the_pitch_of_an_ocr_line() -> None:
    """Width over ems: a Han character or full-width mark one em, any other half."""
    assert _pitch(ocr_line("东 川 省 发 展 研究 中 心", 100, 280, 0, 20)) == 20.0
    assert _pitch(ocr_line("2014 年 全省 工作 报告", 0, 130, 0, 20)) == 130 / 9
    assert _pitch(ocr_line("2014 年 4 月", 0, 80, 0, 20)) is None  # two Han characters
    assert _pitch(ocr_line("GDP growth 6.5% 左右", 0, 200, 0, 20)) is None  # mostly Latin


def test_a_title_s_wrapped_end_reads_alike_an_issuer_does_not() -> None:
    title = ocr_line("东 川 省 2014 年 开放 型 经济 发展 形势 分析", 124, 478, 183, 29)
    end = ocr_line("与 对 策 建议", 226, 350, 220, 29)  # few characters: a wide pitch
    issuer = ocr_line("东 川 省 政府 研究 室", 233, 338, 182, 28)
    assert _pitch_alike(end, title)
    assert not _pitch_alike(issuer, title)
    # typeset lines: their sizes are exact, a letter-spaced title line no issuer
    spaced = _Line("政 府 工 作 报 告", 100, 500, 100, 122, 22, False, 1, font="SimHei")
    rest = _Line("二〇二四年市人民代表大会", 100, 364, 130, 152, 22, False, 1, font="SimHei")
    assert _pitch_alike(rest, spaced)


def page_of(number: int, *lines: _Line) -> _Page:
    text = "过 去 一 年 经 济 运 行 总 体 平稳 ， 稳 中 有 进 。"
    body = [ocr_line(text, 80, 520, 300, 15, number)]
    return _Page(number, 595, 842, [*lines, *body])


def test_a_title_its_header_repeats_against_a_header_alone() -> None:
    title = ocr_line("东 川 省 2017 年 重点 工作 报告", 118, 483, 101, 27)
    header = ocr_line("东 川 省 2017 年 重点 工作 报告", 214, 387, 37, 12, page=2)
    pages = [page_of(1, title), page_of(2, header)]
    sizes = {1: 15.0, 2: 15.0}
    assert _headed_by_header(title, [title, header], sizes, pages[0])
    assert not _headed_by_header(header, [title, header], sizes, pages[1])
    # the same line in the top margin is the first page's own header
    high = ocr_line("东 川 省 2017 年 重点 工作 报告", 214, 387, 37, 12)
    assert not _headed_by_header(high, [high, header], sizes, page_of(1, high))
    # below the margin on each page: no header to echo, a heading the rules above keep
    low = ocr_line("东 川 省 2017 年 重点 工作 报告", 214, 387, 120, 27, page=2)
    assert not _headed_by_header(title, [title, low], sizes, pages[0])


def test_a_cover_title_high_on_its_page_that_the_header_repeats_is_the_title() -> None:
    """t01 scanned (made19): Typst's cover sets the title in the top margin, the header
    of the next pages repeats it at the text's size. Set far larger than each header,
    it is the title, though it stands as high as they do."""
    header = ocr_line("东 川 省 2015 年 经 济 运行 分 析 报告", 89, 228, 23, 16, page=2)
    cover = ocr_line("东 川 省 2015 年 经 济 运 行 分 析 报告", 131, 445, 63, 24)
    pages = [page_of(1, cover), page_of(2, header)]
    sizes = {1: 16.0, 2: 16.0}
    assert _headed_by_header(cover, [cover, header], sizes, pages[0])
    # a little larger only (an OCR box's guess): the first page's own header
    near = ocr_line("东 川 省 2015 年 经 济 运 行 分 析 报告", 131, 445, 40, 18)
    assert not _headed_by_header(near, [near, header], sizes, page_of(1, near))
    path = MADE19 / "t01_typst_report_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert ["".join(t.split()) for t in blocks(ex, "title")] == ["东川省2015年经济运行分析报告"]


def test_a_scanned_page_s_header_seen_once_is_left_out() -> None:
    """z01 scanned (made13): two pages; the first a letterhead with no header, the
    second under a small header (the report's short name) over the top margin, seen
    on no other page. It stands apart above the text in a smaller type: left out."""
    path = MADE13 / "z01_lo_letterhead_frame_scan.pdf"
    text = "".join(read_pdf(path.read_bytes(), path.name).text.split())
    assert "开放型经济形势分析" not in text
    assert "（一）推动出口升级和贸易平衡" in text


def test_a_lone_top_line_is_left_out_only_when_it_is_a_header() -> None:
    def second_page(first: _Line, start: float) -> _Page:
        text = "从 战略 高 度 推 动 出 口 升级 和 贸易 平衡 发 展 。 今 年 进出 口 回 稳 向 好 。"
        lines = [first] + [ocr_line(text, 80, 520, start + 20 * k, 15, page=2) for k in range(8)]
        return _Page(2, 595, 842, lines)

    def kept(first: _Line, page_number: int = 2, start: float = 90) -> bool:
        pages = [page_of(1), second_page(first, start)]
        pages[1].number = page_number
        _drop_lone_headers(pages[1:] if page_number == 1 else pages)
        return first.kind != "drop"

    assert not kept(ocr_line("开放 型 经 济 形势 分 析", 260, 342, 36, 11, page=2))
    assert kept(ocr_line("开放 型 经 济 形势 分 析", 260, 342, 36, 11), page_number=1)
    assert kept(ocr_line("开放 型 经 济 形势 分 析", 260, 342, 36, 15, page=2))  # the text's size
    assert kept(ocr_line("开放 型 经 济 形势 分 析", 260, 342, 80, 11, page=2))  # under the margin
    assert kept(ocr_line("表 2 主要 指标", 260, 342, 36, 11, page=2))  # a caption
    assert kept(ocr_line("（二） 形势 分 析", 260, 342, 36, 11, page=2))  # numbered
    # right over the text: no header standing apart
    assert kept(ocr_line("开放 型 经 济 形势 分 析", 260, 342, 36, 11, page=2), start=52)


def test_a_browser_s_header_row_over_the_page_s_menu_is_left_out() -> None:
    """u03 scanned (made13): Chromium's header row (the print time, the page's title)
    in 9 pt right over the site's menu; its title read as a running header, the time
    in its row goes with it, though the menu stands less than a text line below."""
    path = MADE13 / "u03_chromium_print_scan.pdf"
    assert "1:29" not in read_pdf(path.read_bytes(), path.name).text


def test_a_scanned_standard_s_cover() -> None:
    """v06 scanned (made13): a local standard's cover with its English title read as
    a sentence, the dash of its number read as 一 and a speck after the title."""
    path = MADE13 / "v06_latex_local_standard_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert ["".join(t.split()) for t in blocks(ex, "title")] == ["政府三作督查督办规范"]  # 重点工
    assert (ex.metadata["ics"], ex.metadata["standard"]) == ("ICS 03.160", "东川省地方标准")
    assert ex.metadata["number"] == "DB36/T 835 一 2015"
    assert "ICS" not in ex.text and "Specification" not in ex.text


def test_a_date_ocr_read_with_a_letter_for_its_zero() -> None:
    assert _date_text(ocr_line("二 O 一 六 年 五 月", 0, 100, 0, 20)) == "二〇一六年五月"
    assert _date_text(ocr_line("2016 年 5 月", 0, 100, 0, 20)) == "2016年5月"
    assert _date_text(ocr_line("Oct 2016", 0, 100, 0, 20)) == "Oct2016"  # no numeral by it
    typed = _Line(" 二 O 一 六 年 ", 0, 100, 0, 20, 20, False, 1, font="SimSun")
    assert _date_text(typed) == "二 O 一 六 年"


def test_a_wrapped_scanned_heading_keeps_the_comma_at_its_line_end() -> None:
    """y02 scanned (made13): a numbered heading wraps after 农业现代化， onto a second
    line; the comma ends the first line but not the heading: it stays."""
    path = MADE13 / "y02_lo_wrapped_headings_scan.pdf"
    found = ["".join(h.split()) for h, _ in headings(read_pdf(path.read_bytes(), path.name))]
    assert "二、优化区域发展格局，深入推进新型城镇化和农业现代化，补齐农村发展短板" in found


def test_a_part_number_read_right_is_not_mended_after_one_read_without_its_start() -> None:
    """y03 scanned (made13): OCR read 第二部分 on its banner as 二部分 (no heading number
    without 第), then 第三部分 right; the sequence 第一 … 第三 is no misread 三: the
    二部分 between says so. A speck before 第三部分 and the quote OCR read for the space
    after it go."""
    path = MADE13 / "y03_lo_banner_headings_scan.pdf"
    found = ["".join(h.split()) for h, _ in headings(read_pdf(path.read_bytes(), path.name))]
    assert "第三部分2014年改革开放重点" in found
    assert not [h for h in found if h.startswith("第二部分")]


def test_the_number_due_read_between_two_headings() -> None:
    read = [ocr_line("二 部 分 “社会 治理", 0, 100, 0, 20), ocr_line("正文 一 段", 0, 100, 30, 20)]
    assert _due_read(read, 2, " 部 分 “2014 年")
    assert _due_read([ocr_line("| （二） 对外 开放", 0, 100, 0, 20)], 2, "） 深化 改革")
    assert not _due_read(read, 2, "、 深化 改革")  # another word after the number
    assert not _due_read(read[1:], 2, " 部 分 “2014 年")
    assert not _due_read([ocr_line("十 二 、 改革", 0, 100, 0, 20)], 2, "、 深化")  # 十二、
    assert _due_read([ocr_line("第 二 部 分", 0, 100, 0, 20)], 2, " 部 分")
    assert not _due_read([ocr_line("推进 二 部 分 工作", 0, 100, 0, 20)], 2, " 部 分")  # mid-line


def test_a_speck_before_a_heading_number_goes_with_the_quote_after_it() -> None:
    assert _ocr_number_space("| 第 三 部 分 “2014 年 改革") == "第 三 部 分 2014 年 改革"
    assert _ocr_number_space("第 三 部 分 “2014 年 改革") == "第 三 部 分 2014 年 改革"
    assert _ocr_number_space("| 第 三 部 分 2014 年") == "| 第 三 部 分 2014 年"  # no quote


def test_a_scanned_heading_whose_number_mark_ocr_lost_or_misread() -> None:
    """y04 scanned (made12): 1．千方百计扩大就业 read with no mark after its number,
    2．完善社会保障制度 read with a full stop (2。); both head their paragraphs under
    （一）, both numbered as their peers print them."""
    path = MADE12 / "y04_docx_wps_custom_styles_scan.pdf"
    found = [("".join(h.split()), lv) for h, lv in headings(read_pdf(path.read_bytes(), path.name))]
    at = found.index(("（一）就业和社会保障", 2))
    assert found[at + 1 : at + 3] == [("1．千方百计扩大就业", 3), ("2．完善社会保障制度", 3)]


def test_a_scanned_journal_s_sections_numbered_with_a_space() -> None:
    """v05 scanned (made13): a journal's sections 0　引言, 1　发展基础与总体要求 over
    1.1　科技与文化建设: the number set off by a space, no mark; ranked by it."""
    path = MADE13 / "v05_lo_journal_columns_scan.pdf"
    found = [("".join(h.split()), lv) for h, lv in headings(read_pdf(path.read_bytes(), path.name))]
    assert ("0引言", 1) in found
    assert ("1发展基础与总体要求", 1) in found and ("1.1科技与文化建设", 2) in found
    assert ("3.2医疗卫生与住房", 2) in found


def test_a_scanned_contents_page_of_spaced_numbers_gives_no_headings() -> None:
    """n02 scanned (made13): a contents page with no leaders (1.1 适用范围, 2 功能说明):
    numbered lines heading no text are no headings."""
    path = MADE13 / "n02_lo_manual_toc_noleader_scan.pdf"
    assert headings(read_pdf(path.read_bytes(), path.name)) == []


def test_a_number_set_off_by_a_space() -> None:
    def words(text: str) -> str | None:
        m = _spaced_number(text)
        return m[1] if m else None

    assert words("1 概 述") == "1"
    assert words("| 2.1 数据 汇聚") == "2.1"
    assert words("1 千方百计 扩大 就 业") == "1"
    assert words("3 万 亿元") is None  # a quantity
    assert words("2 个 百 分 点") is None
    assert words("9 资 本 金 注入 、 设") is None  # a list's run of words
    assert words("1 概 述 。") is None
    assert words("1 述") is None  # one character
    assert words("2015 年 工作") is None
    assert words("3 天内 完成 整改") is None and words("5 公里 范围 内") is None
    assert words("1 天然气 发展") == "1" and words("2 公共 服务") == "2"
    assert words("1．1 编制 依据") == "1．1"
    assert _ocr_rank("1．1 编制 依据") == _ocr_rank("1.1 编制 依据") == 5


def test_a_lost_mark_takes_its_peers_only_where_they_have_one() -> None:
    lost, peer = (
        ocr_line("1 千方百计 扩大 就 业", 0, 100, 0, 20),
        ocr_line("2．完善", 0, 80, 40, 20),
    )
    lost.kind = peer.kind = "heading"
    _ocr_lost_marks([lost, peer])
    assert lost.text == "1．千方百计 扩大 就 业"
    typed = _Line("1 国家统计局年度数据", 0, 100, 80, 92, 9, False, 1, font="SimSun")
    typed.kind = "footnote"
    _ocr_lost_marks([peer, typed])
    assert typed.text == "1 国家统计局年度数据"  # typeset: its space as printed
    alone = ocr_line("1 概 述", 0, 100, 0, 20)
    alone.kind = "heading"
    _ocr_lost_marks([alone, ocr_line("1.1 编制 依据", 0, 100, 40, 20)])
    assert alone.text == "1 概 述"


def test_a_decimal_number_ocr_misread_lends_no_mark() -> None:
    """n06 scanned (made13): 1.1 编制依据 read 1. 工编制依据 (a space after the dot);
    2　技术要求 keeps its space: that misread is no peer's mark."""
    path = MADE13 / "n06_lo_datasheet_scan.pdf"
    found = [("".join(h.split()), lv) for h, lv in headings(read_pdf(path.read_bytes(), path.name))]
    assert ("2技术要求", 1) in found
    assert ("2.1主要指标", 2) in found and ("2.1.2接口要求", 3) in found


MADE19 = DATA / "realdocs-made19" / "docs"


def test_a_spaced_section_number_over_a_paragraph_line_with_no_comma() -> None:
    """t03 scanned (made19): 2　区域发展现状 heads a paragraph whose first line holds
    no comma or stop (深入实施“一带一路”建设、京津冀协同发展、长…): a line of text."""
    path = MADE19 / "t03_typst_paper_scan.pdf"
    found = [("".join(h.split()), lv) for h, lv in headings(read_pdf(path.read_bytes(), path.name))]
    assert ("2区域发展现状", 1) in found


def test_a_scanned_numbered_list_is_no_run_of_headings() -> None:
    """c03 scanned (made19): a help page's steps 1. 登录平台账号, 2. 选择数据目录,
    3. 填写用途说明 one under the other (OCR read the first number 工 .), boxed larger
    than the text: a list's items, body."""
    path = MADE19 / "c03_chrome_help_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert not [h for h, _ in headings(ex) if "数据目录" in h or "用途说明" in h or "登录" in h]
    body = "".join("".join(blocks(ex, "body")).split())
    assert "2.选择数据目录" in body and "3.填写用途说明" in body


def test_a_list_run_needs_numbers_in_sequence_one_under_the_other() -> None:
    def head(text: str, top: float, x0: float = 70) -> _Line:
        ln = ocr_line(text, x0, x0 + 90, top, 20, page=2)
        ln.kind = "heading"
        return ln

    items = [
        head("工 .登录 平台 账号", 222),
        head("2. 选择 数据 目录", 244),
        head("3. 填写 用途", 265),
    ]
    _ocr_list_runs(items)
    assert [ln.kind for ln in items] == ["body"] * 3
    apart = [head("1．价格 改革", 100), head("2．财税 改革", 300)]  # text between them
    _ocr_list_runs(apart)
    assert [ln.kind for ln in apart] == ["heading"] * 2
    skipped = [head("1. 价格 改革", 100), head("3. 财税 改革", 122)]  # no sequence
    _ocr_list_runs(skipped)
    assert [ln.kind for ln in skipped] == ["heading"] * 2


def test_a_scanned_thesis_cover_s_title_field_after_a_speck() -> None:
    """t04 scanned (made19): the cover's title field read .题目 : 新型城镇化…, a speck
    before its label; the next row's label split by OCR (姓 | ”名 : 陈思远) is no part
    of the title. The school's line over the form is the cover's, and its fields are
    metadata."""
    path = MADE19 / "t04_typst_thesis_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert ["".join(t.split()) for t in blocks(ex, "title")] == [
        "新型城镇化进程中的公共服务均等化研究"
    ]
    assert "2014210356" not in ex.text and "陈思远" not in "".join(ex.text.split())


def test_a_label_line_typed_or_scanned() -> None:
    typed = _Line("姓名：陈思远", 0, 100, 0, 12, 12, False, 1, font="SimSun")
    assert _label_line(typed) and _label_line(ocr_line("”名 : 陈 思 远", 0, 100, 0, 12))
    assert not _label_line(ocr_line("姓", 0, 10, 0, 12))


def test_a_scanned_web_page_s_long_title_over_its_line_of_fields() -> None:
    """c02 scanned (made19): a government notice printed from a browser; its title
    fills the text's width on its first line and ends centred on the second, and the
    line of fields under it (发布日期：… 来源：… 字号：大 中 小) is no part of it."""
    path = MADE19 / "c02_chrome_notice_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    title = ["".join(t.split()) for t in blocks(ex, "title")]
    assert title == ["东川省人民政府办公厅关于做好2015年重点工作分解落实的通知"]
    assert "发布日期" in "".join(ex.text.split())  # the fields stay in the text, as before


def test_a_scanned_cover_s_label_over_its_title_set_larger() -> None:
    """b01 scanned (made19): a report's cover, the series label 东川发展研究院研究报告
    centred over the title set much larger (one line of prose, the team's names,
    tells no text block): the larger line is the title, the label the cover's."""
    path = MADE19 / "b01_ctexbook_report_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert ["".join(t.split()) for t in blocks(ex, "title")] == [
        "东川省新型城镇化与产业转型升级研究"
    ]
    assert "".join(ex.metadata["cover"].split()) == "东川发展研究院研究报告"
    assert "研究院研究报告" not in "".join(ex.text.split())


def test_the_title_run_is_the_first_unless_a_later_one_is_set_markedly_larger() -> None:
    label = [ocr_line("东 川 发 展 研究 院 研究 报告", 215, 379, 65, 28)]  # 9 Han: pitch 18.2
    title = [ocr_line("东 川 省 新 型 城镇 化 与 产业 转型 升级 研究", 82, 522, 231, 46)]
    small = [ocr_line("东 川 省 新 型 城镇 化 与 产业", 100, 300, 231, 20)]  # 10 Han: 20
    assert _title_run([label, title]) is title
    assert _title_run([label, small]) is label
    assert _title_run([title, label]) is title
    assert _title_run([]) == []


def test_a_list_run_leaves_the_numbered_headings_around_it() -> None:
    """三、 over the items and 四、 under them, indented alike: headings, no items."""

    def head(text: str, top: float) -> _Line:
        ln = ocr_line(text, 100, 260, top, 20, page=1)
        ln.kind = "heading"
        return ln

    lines = [head("三 、 主要 任务", 100), head("1．完善 基础 设施", 122)]
    lines += [head("2．提升 服务 能力", 144), head("四 、 保障 措施", 166)]
    _ocr_list_runs(lines)
    assert [ln.kind for ln in lines] == ["heading", "body", "body", "heading"]


def test_a_numbered_line_is_no_line_of_text_under_a_heading() -> None:
    assert _text_line(
        ocr_line("深入 实施 “一 带 一 路 ”建设 、 京 津 冀 协同 发 展 、 长", 0, 400, 0, 15)
    )
    assert not _text_line(ocr_line("2.2 社会 保障 制度 的 完善 与 城乡 统筹 发展", 0, 400, 0, 15))
    assert not _text_line(ocr_line("1．完善 基础 设施 建设 和 公共 服务 体系", 0, 400, 0, 15))


def test_a_letter_spaced_issuer_under_a_title_is_no_larger_title() -> None:
    title = [ocr_line("东 川 市 经 济 形势 分 析 与 展望", 150, 414, 100, 30)]  # 12 Han: 22
    issuer = [ocr_line("东 川 市 统 计 局", 150, 326, 160, 21)]  # letter-spaced: 29, a small box
    assert _title_run([title, issuer]) is title


def test_a_scanned_cover_field_s_value_has_no_specks_before_it() -> None:
    path = MADE19 / "t04_typst_thesis_scan.pdf"
    ex = read_pdf(path.read_bytes(), path.name)
    assert ex.metadata["指导教师"] == "刘明华教授"


def test_a_scanned_heading_whose_dun_ocr_lost_follows_its_peer() -> None:
    """y01 scanned (made12): 三、产业升级和创新驱动 read 三 产业升级和创新驱动, its 、
    lost, after 二、全面提高对外开放水平: the number due, a line of its own over text."""
    path = MADE12 / "y01_docx_direct_format_scan.pdf"
    found = [("".join(h.split()), lv) for h, lv in headings(read_pdf(path.read_bytes(), path.name))]
    assert ("三、产业升级和创新驱动", 1) in found


def test_a_numeral_and_words_is_a_heading_only_as_the_number_due() -> None:
    def line(text: str, top: float, kind: str = "body") -> _Line:
        ln = ocr_line(text, 100, 300, top, 20)
        ln.kind = kind
        return ln

    text = "推动 产业 结构 迈 向 中 高 端 。 制 造 业 是 我 们 的 优势 产业"
    lines = [line("二 、 对外 开放", 100, "heading"), line("三 产业 升级", 130), line(text, 160)]
    _ocr_lost_dun(lines, {})
    assert (lines[1].kind, lines[1].text) == ("heading", "三、产业升级")
    skipped = [line("一 、 对外 开放", 100, "heading"), line("三 大 战略", 130), line(text, 160)]
    _ocr_lost_dun(skipped, {})
    assert (skipped[1].kind, skipped[1].text) == ("body", "三 大 战略")
    count = [line("二 、 对外 开放", 100, "heading"), line("三 是 深化 改革", 130), line(text, 160)]
    _ocr_lost_dun(count, {})
    assert (count[1].kind, count[1].text) == ("body", "三 是 深化 改革")  # 三是: no number
    alone = [line("三 大 战略", 130), line(text, 160)]  # no heading before it
    _ocr_lost_dun(alone, {})
    assert alone[0].kind == "body"


def test_a_speck_before_a_year_is_no_part_of_the_date() -> None:
    assert _date_text(ocr_line("四 2017 年 7 月", 0, 100, 0, 20)) == "2017年7月"
    assert _date_text(ocr_line("2017 年 7 月", 0, 100, 0, 20)) == "2017年7月"
