# ruff: noqa: E501  (the SOURCE.md rows and the OOXML snippets are kept on one line each)
"""Make the PDF/DOCX documents of ``realdocs-made10`` (z01-z06) with real tools, and their gold.

A tenth set of development documents, made after ``realdocs-made9``
(``make_realdocs9_files.py``; its helpers and those of the earlier makers are reused),
aimed at titles and boilerplate in ordinary documents. Each document is a layout
pattern met in real Chinese documents and not in the earlier sets; the texts come only
from the public government work reports 2013-2017 (../shared/data/gov-work-reports),
whole paragraphs (labels, headings, names, dates, numbers, table cells and furniture
are written here):

- ``z01_lo_letterhead_frame.pdf`` (gwr 2014): a report (Word -> LibreOffice) whose
  first page opens with a logo image beside the organisation line, a boxed
  密级/编号 block in a frame at the top right of the page, and the title in a bordered
  text frame (``w:framePr``); a header with the short title from page 2 on; the last
  page ends with a signature block, a 联系人/联系电话 line and a 附件 list;
- ``z02_lo_proposal_receipt.pdf`` (gwr 2016): a 倡议书 (Word -> LibreOffice) whose
  title is three letter-spaced characters with a ——subtitle line under it, then the
  addressee, 一、… points, the signature and date, and on a last page of its own a
  响应回执 form (a table of labels with empty cells and a return instruction);
- ``z03_rl_print_letterhead.pdf`` (gwr 2017): a report as a Word file printed to PDF
  by a print driver (reportlab): every line drawn as several separate text objects
  (glyph runs at explicit positions, justified by gaps between them), a frame drawn
  round each page, a company letterhead (Chinese and English name, rule) at the top
  and an address/phone/website footer on every page;
- ``z04_docx_agreement.docx`` (gwr 2015): a 合作协议 DOCX: title, 协议编号 line, 甲方/乙方
  party blocks (name, address, representative), a short preamble, ``第一条　…``
  articles (level 1), ``（以下无正文）`` and a signature table (甲方（盖章）/乙方（盖章）,
  signatures, dates); the 协议编号 in the header, ``第 N 页 共 M 页``;
- ``z05_beamer_footline.pdf`` (gwr 2013): a XeLaTeX ``ctexbeamer`` presentation: a
  title frame, an outline frame (\\tableofcontents), sections (level 1) and frame
  titles (level 2) with one paragraph each, a footline with author, short title and
  frame numbers on every frame, a closing 谢谢 frame;
- ``z06_lo_image_cover.pdf`` (gwr 2016): a report (Word -> LibreOffice) whose first
  page is a full-page designed cover image (title, organisation and year only as
  pixels), the title in the PDF metadata (``/Title``) and again printed as the first
  line of page 2, then 一、/（一） headings; a header from page 2.

Gold is written from what each builder put in the document, decided as a reader reads
it (never from reader output); titles, headings, passages, running lines and boilerplate
are checked against the printed text (``pdftotext -layout``; for the DOCX, the text of
its XML parts and a LibreOffice rendering).
Run once; the outputs are committed, so nothing else needs these tools:

    python eval/make_realdocs10_files.py [--out eval/data/realdocs-made10] [--only z01 ...]
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs4_files as prev4
import make_realdocs6_files as prev6
import make_realdocs7_files as prev7
import make_realdocs8_files as prev8
import make_realdocs9_files as prev9

ROOT = Path(__file__).resolve().parents[1]
MINE = ("z01_", "z02_", "z03_", "z04_", "z05_", "z06_")
Gold = dict[str, Any]
SERIF, SANS, KAI = prev6.SERIF, prev6.SANS, prev6.KAI
SANS_FILE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
add_run, body_para = prev9.add_run, prev9.body_para
# (level-1 heading, paragraphs, [(level-2 heading, paragraphs)])
Outline = list[tuple[str, list[int], list[tuple[str, list[int]]]]]


def lo_convert(d: Any, path: Path) -> None:
    """Save a python-docx document and turn it into ``path`` with LibreOffice."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".docx")
        d.save(str(src))
        pdf = base.lo_pdf(src, Path(tmp))
        path.write_bytes(pdf.read_bytes())


def frame(p: Any, attrs: str) -> None:
    """Make a paragraph a Word frame (``w:framePr`` first in its properties)."""
    p._p.get_or_add_pPr().insert(0, prev7.xml_el(f"<w:framePr {attrs}/>"))


def box(p: Any, color: str = "000000", size: int = 8) -> None:
    for side in ("top", "left", "bottom", "right"):
        more.border(p, side, color, size)


def write_outline(
    d: Any, paras: list[str], outline: Outline, keep: set[int], h1_size: float = 16
) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    """``一、`` headings (bold sans) and ``（一）`` headings (bold Kai) as direct
    formatting, with the body paragraphs; returns headings, must_have, used paragraphs."""
    from docx.shared import Pt

    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []

    def plain(i: int) -> None:
        body_para(d, paras[i])
        used.append(paras[i])
        if i in keep:
            must.append(base.clause(paras[i]))

    for h1, idx1, subs in outline:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.keep_with_next = True
        add_run(p, h1, h1_size, True, SANS)
        headings.append({"text": h1, "level": 1})
        for i in idx1:
            plain(i)
        for h2, idx in subs:
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(24)
            p.paragraph_format.space_before = Pt(4)
            p.paragraph_format.keep_with_next = True
            add_run(p, h2, 14, True, KAI)
            headings.append({"text": h2, "level": 2})
            for i in idx:
                plain(i)
    return headings, must, used


# ------------------------------------------------ z01 letterhead, frames, signature

Z01_ORG = "东川省对外经济研究中心"
Z01_ORG_EN = "DONGCHUAN CENTER FOR OPEN ECONOMY STUDIES"
Z01_SECRET = ("密级：内部", "编号：DW-2014-031")
Z01_TITLE = "东川省2014年开放型经济发展形势分析与对策建议"
Z01_SHORT = "开放型经济形势分析"
Z01_OUTLINE: Outline = [
    ("一、过去一年的基本情况", [1, 2], []),
    (
        "二、全方位扩大开放",
        [26],
        [("（一）推动出口升级和贸易平衡", [27]), ("（二）在走出去中提升竞争力", [28, 29])],
    ),
    ("三、对策建议", [24, 25], []),
]
Z01_KEEP = {1, 26, 28, 24, 25}
Z01_SIGN = ("东川省对外经济研究中心", "2014年4月15日")
Z01_CONTACT = "联系人：林晓峰　　联系电话：0571-8765 4321"
Z01_ATTACH = ("附件：1．2013年全省进出口分月数据表", "2．重点企业境外投资项目清单")


def logo_png(path: Path, text: str, color: tuple[int, int, int]) -> None:
    """A round seal-like logo: a coloured ring with one character in it."""
    from PIL import Image, ImageDraw, ImageFont

    im = Image.new("RGB", (240, 240), "white")
    dr = ImageDraw.Draw(im)
    dr.ellipse((8, 8, 232, 232), outline=color, width=16)
    dr.ellipse((44, 44, 196, 196), fill=color)
    font = ImageFont.truetype(SANS_FILE, 100)
    dr.text((120, 116), text, fill="white", font=font, anchor="mm")
    im.save(path)


def build_letterhead_frame(path: Path, year: int) -> Gold:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    paras = third.whole(year, None)
    d = prev8.docx_base(SERIF, 12, (2.5, 2.5, 2.7, 2.5))
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(hp, Z01_SHORT, 9, font=SERIF)
    more.border(hp, "bottom", "000000", 6)
    for foot in (sec.footer, sec.first_page_footer):
        prev4.page_footer(foot.paragraphs[0], "", "")
    # the 密级/编号 box: two paragraphs of one frame at the page's top right
    for k, line in enumerate(Z01_SECRET):
        p = d.add_paragraph()
        frame(
            p,
            'w:w="2900" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="8300" w:y="700"',
        )
        box(p)
        add_run(p, line, 10.5, k == 0, SANS)
    with tempfile.TemporaryDirectory() as tmp:
        logo = Path(tmp) / "logo.png"
        logo_png(logo, "东", (0xC0, 0, 0))
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(24)
        p.add_run().add_picture(str(logo), width=Cm(1.6))
        add_run(p, "　" + Z01_ORG, 18, True, SANS, "C00000")
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(2.0)
    add_run(p, Z01_ORG_EN, 8, False, "Noto Sans CJK SC", "C00000")
    more.border(p, "bottom", "C00000", 18)
    # the title: a bordered text frame centred under the letterhead
    p = d.add_paragraph()
    frame(
        p,
        'w:w="7600" w:hSpace="180" w:vSpace="240" w:wrap="notBeside" w:vAnchor="text" w:hAnchor="margin" w:xAlign="center" w:y="360"',
    )
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = 1.3
    box(p, "1F4E79", 12)
    add_run(p, Z01_TITLE, 20, True, SANS, "1F4E79")
    gap = d.add_paragraph()
    gap.paragraph_format.space_after = Pt(12)
    headings, must, used = write_outline(d, paras, Z01_OUTLINE, Z01_KEEP)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(24)
    for k, line in enumerate(Z01_SIGN):
        q = p if k == 0 else d.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.right_indent = Pt(24)
        add_run(q, line)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    add_run(p, Z01_CONTACT, 10.5, font=SERIF)
    for k, line in enumerate(Z01_ATTACH):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Pt(0 if k == 0 else 31.5)
        add_run(p, line, 10.5, font=SERIF)
    lo_convert(d, path)
    n = more.pages(path)
    assert 3 <= n <= 5, f"{path.name}: {n} pages"
    text = more.pdftext(path)
    first = more.squash(more.pdftext(path, 1))
    assert more.squash(Z01_SHORT) not in first, "no header on page 1"
    for page in range(2, n + 1):
        assert more.squash(Z01_SHORT) in more.squash(more.pdftext(path, page)), page
    gold: Gold = {
        "title": Z01_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [Z01_SHORT],
        "must_not_have": [Z01_CONTACT, Z01_ATTACH[0]],
        "note": (
            f"{n} pages (Word -> LibreOffice), a research centre's report: page 1 opens "
            "with a logo image (red ring, no text layer) and the organisation line "
            "(18 pt red bold) with its English name under a red rule: letterhead, "
            "metadata; a boxed two-line frame at the page's top right (密级：内部 / "
            "编号：DW-2014-031; a w:framePr paragraph pair anchored to the page) is "
            "metadata, neither heading nor body; the title is one 20 pt bold navy "
            "paragraph in a bordered text frame (w:framePr, centred, wrapping onto two "
            "lines): the title, its lines joined; 一、 lines (16 pt bold sans) level 1, "
            "（一） lines (14 pt bold Kai) level 2; the header (the short title "
            f"{Z01_SHORT}, ruled) from page 2 on (different first page) is running; "
            "the closing block: the signature (organisation, date; right-aligned) is "
            "metadata, the 联系人/联系电话 line and the 附件 list (attachment names, not "
            "attached) are boilerplate: the contact line and the first 附件 line "
            "must_not_have; centred page numbers not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ------------------------------------------------------ z02 倡议书 with a 回执 form

Z02_TITLE = "倡议书"
Z02_SUB = "——致全省广大企业家和创业者的一封公开信"
Z02_TO = "全省广大企业家、创业者朋友们："
Z02_OUTLINE: Outline = [
    ("一、勇于创新，加快转型升级", [17, 18], []),
    ("二、开拓市场，积极走出去", [23, 24, 25], []),
    ("三、绿色发展，承担社会责任", [27, 29], []),
]
Z02_OPEN, Z02_CLOSE = 10, 32
Z02_KEEP = {10, 18, 24, 27, 32}
Z02_SIGN = ("东川省工商业联合会", "东川省企业家协会", "2016年4月8日")
Z02_FORM_TITLE = "响应倡议回执"
Z02_FORM = [
    ("单位名称（盖章）", ""),
    ("联系人", ""),
    ("联系电话", ""),
    ("拟开展的行动", ""),
]
Z02_FORM_NOTE = "请于2016年4月30日前将回执传真至0571-8888 6666或发送至dcgsl@163.com。"


def build_proposal_receipt(path: Path, year: int) -> Gold:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    paras = third.whole(year, None)
    d = prev8.docx_base(SERIF, 12, (3.0, 2.6, 2.8, 2.6))
    prev4.page_footer(d.sections[0].footer.paragraphs[0], "— ", " —")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(6)
    r = add_run(p, Z02_TITLE, 26, True, SANS, "C00000")
    r._r.get_or_add_rPr().append(prev7.xml_el('<w:spacing w:val="240"/>'))
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(18)
    add_run(p, Z02_SUB, 15, False, KAI)
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(6)
    add_run(p, Z02_TO, 12, True)
    used = [paras[Z02_OPEN]]
    body_para(d, paras[Z02_OPEN])
    headings, must, used2 = write_outline(d, paras, Z02_OUTLINE, Z02_KEEP, 14)
    must.insert(0, base.clause(paras[Z02_OPEN]))
    used += used2
    body_para(d, paras[Z02_CLOSE])
    used.append(paras[Z02_CLOSE])
    must.append(base.clause(paras[Z02_CLOSE]))
    for k, line in enumerate(Z02_SIGN):
        q = d.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.right_indent = Pt(24)
        if k == 0:
            q.paragraph_format.space_before = Pt(24)
        add_run(q, line)
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    p = d.add_paragraph()
    add_run(p, "附件", 14, True, SANS)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(12)
    add_run(p, Z02_FORM_TITLE, 18, True, SANS)
    t = d.add_table(rows=len(Z02_FORM), cols=2)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row, (label, val) in zip(t.rows, Z02_FORM, strict=True):
        row.height = Cm(3.2 if label.startswith("拟") else 1.4)
        row.cells[0].width, row.cells[1].width = Cm(4.2), Cm(11.4)
        q = row.cells[0].paragraphs[0]
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_run(q, label, 12, True)
        add_run(row.cells[1].paragraphs[0], val)
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    add_run(p, Z02_FORM_NOTE, 10.5, font=SERIF)
    lo_convert(d, path)
    n = more.pages(path)
    assert 3 <= n <= 4, f"{path.name}: {n} pages"
    last = more.squash(more.pdftext(path, n))
    assert more.squash(Z02_FORM_TITLE) in last and base.clause(paras[Z02_CLOSE]) not in last
    text = more.pdftext(path)
    gold: Gold = {
        "title": Z02_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [],
        "must_not_have": [Z02_FORM[0][0], Z02_FORM_NOTE],
        "note": (
            f"{n} pages (Word -> LibreOffice), a 倡议书 (open letter): the title is the "
            "three characters 倡议书, 26 pt bold red, letter-spaced by character spacing "
            "(w:spacing, no space characters in the text; pdftotext may print them "
            "apart); the centred ——subtitle line under it (Kai 15 pt) is a subtitle: "
            "metadata, not the title and not a heading; the bold addressee line "
            f"({Z02_TO}) is neither heading nor scored body; the opening and closing "
            "paragraphs are body; 一、 points (14 pt bold sans) level 1; the signature "
            "(two organisations and the date, right-aligned) is metadata; the last page "
            f"is an attached form: 附件 label and the {Z02_FORM_TITLE} title (neither "
            "heading nor body), a ruled table of labels with empty cells and the return "
            "instruction: boilerplate (the first label and the instruction "
            "must_not_have); — N — page numbers not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ----------------------------------------- z03 print-driver PDF with letterhead

Z03_CO = "东川创新投资集团有限公司"
Z03_CO_EN = "DONGCHUAN INNOVATION INVESTMENT GROUP CO., LTD."
Z03_FOOT = (
    "地址：东川市滨江区江南大道1888号　邮编：310051",
    "电话：0571-8699 1234　传真：0571-8699 1235　网址：www.dcig.com.cn",
)
Z03_TITLE = "关于落实2017年创新发展重点任务的工作报告"
Z03_TO = "集团董事会："
Z03_OUTLINE: Outline = [
    ("一、提升科技创新能力", [20, 21, 22], []),
    ("二、改造提升传统产业", [23, 24], []),
    ("三、扩大有效投资", [18, 19], []),
    ("四、加快农业现代化", [25, 26, 27], []),
]
Z03_KEEP = {20, 22, 23, 18, 19}
Z03_SIGN = ("东川创新投资集团有限公司", "2017年5月12日")


class PrintPages(prev4.Pages):
    """The s04 page layout with a print driver's habits: each line is split into glyph
    runs drawn as separate text objects at explicit x positions (the justification
    spread between the runs), a frame round the page, a letterhead and a footer."""

    LEFT, RIGHT, TOP, BOTTOM = 70.0, 70.0, 118.0, 96.0

    def new_page(self) -> None:
        c = self.c
        if self.page:
            c.showPage()
        self.page += 1
        c.setLineWidth(1.2)
        c.rect(36, 36, self.W - 72, self.H - 72)
        c.setLineWidth(0.4)
        c.rect(40, 40, self.W - 80, self.H - 80)
        c.setFont("Song", 15)
        self.runs(Z03_CO, "Song", 15, self.LEFT, self.H - 70, 0.0)
        c.setFont("Helvetica", 7.5)
        c.drawString(self.LEFT, self.H - 84, Z03_CO_EN)
        c.setLineWidth(1.5)
        c.line(self.LEFT, self.H - 90, self.W - self.RIGHT, self.H - 90)
        c.setLineWidth(0.5)
        c.line(self.LEFT, 76, self.W - self.RIGHT, 76)
        for k, line in enumerate(Z03_FOOT):
            self.runs(line, "Song", 8, self.LEFT, 64 - 11 * k, 0.0)
        c.setFont("Song", 8)
        c.drawRightString(self.W - self.RIGHT, 64, f"第 {self.page} 页")
        self.y = self.H - self.TOP

    def runs(self, line: str, font: str, size: float, x: float, y: float, gap: float) -> None:
        """``line`` as glyph runs of 1-4 characters, each its own text object, with
        ``gap`` points added between characters (by position, not by Tc)."""
        k, step = 0, 0
        while k < len(line):
            n = 1 + (k * 7 + step) % 4
            part = line[k : k + n]
            t = self.c.beginText(x, y)
            t.setFont(font, size)
            t.textOut(part)
            self.c.drawText(t)
            x += self.width(part, font, size) + gap * len(part)
            k += n
            step += 3

    def paragraph(self, text: str, size: float = 11, pitch: float = 20) -> None:
        lines = self.wrap(text, "Song", size, 2 * size)
        for k, line in enumerate(lines):
            self.space(pitch)
            x = self.LEFT + (2 * size if k == 0 else 0)
            avail = self.text_width - (2 * size if k == 0 else 0)
            spare = avail - self.width(line, "Song", size)
            gap = spare / len(line) if k < len(lines) - 1 and len(line) > 1 else 0.0
            self.runs(line, "Song", size, x, self.y, gap)

    def plain(self, text: str, size: float, right: bool, before: float = 0.0) -> None:
        self.space(before + size * 1.8)
        w = self.width(text, "Song", size)
        x = self.W - self.RIGHT - w - 2 * size if right else self.LEFT
        self.runs(text, "Song", size, x, self.y, 0.0)


def build_print_letterhead(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    pg = PrintPages(path)
    pg.c.setTitle("Microsoft Word - 创新发展工作报告.docx")
    pg.c.setCreator("Microsoft® Word 2016")
    pg.c.setProducer("Microsoft: Print To PDF")
    pg.new_page()
    pg.line(Z03_TITLE, "Song", 17, True, True, 6)
    pg.y -= 10
    pg.plain(Z03_TO, 12, False)
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []
    for h1, idx, _ in Z03_OUTLINE:
        pg.line(h1, "Song", 13, False, True, 14)
        headings.append({"text": h1, "level": 1})
        for i in idx:
            pg.paragraph(paras[i], 11.5, 21)
            used.append(paras[i])
            if i in Z03_KEEP:
                must.append(base.clause(paras[i]))
    pg.plain(Z03_SIGN[0], 12, True, 20)
    pg.plain(Z03_SIGN[1], 12, True)
    pg.save()
    n = more.pages(path)
    assert 3 <= n <= 5, f"{path.name}: {n} pages"
    text = more.pdftext(path)
    for page in range(1, n + 1):
        lines = [ln for ln in more.pdftext(path, page).splitlines() if ln.strip()]
        assert more.squash(lines[0]) == more.squash(Z03_CO), (page, lines[0])
    gold: Gold = {
        "title": Z03_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [Z03_CO, Z03_CO_EN, *Z03_FOOT],
        "must_not_have": [],
        "note": (
            f"{n} pages, drawn with reportlab the way a Word file printed through a "
            "print-to-PDF driver comes out (metadata title 'Microsoft Word - "
            "….docx', producer 'Microsoft: Print To PDF'; not the document's title): "
            "every line is several separate text objects of 1-4 glyphs at explicit "
            "positions, body lines justified by the gaps between the runs (no word or "
            "character spacing operators), and double frame lines drawn round each "
            "page; the letterhead (company name 15 pt, English name, thick rule) and "
            "the footer (address/邮编, phone/fax/website lines, 第 N 页 right) are on "
            "every page: running, the four lines; the title (17 pt, fake bold: fill "
            "and stroke) is the title; the addressee 集团董事会： neither heading nor "
            "scored body; 一、 lines (13 pt fake bold) level 1; the signature "
            "(company, date) metadata; page numbers not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ---------------------------------------------------------- z04 合作协议 DOCX

Z04_TITLE = "战略合作框架协议"
Z04_NO = "协议编号：DCFG-HZ-2015-006"
Z04_PARTIES = (
    ("甲方：东川省发展和改革委员会", "地址：东川市省府路8号", "负责人：韩立新"),
    ("乙方：东川创新投资集团有限公司", "地址：东川市滨江区江南大道1888号", "法定代表人：周启航"),
)
Z04_PREAMBLE = "为深化双方合作，经甲乙双方友好协商，就以下事项达成协议："
Z04_ARTICLES: list[tuple[str, list[int]]] = [
    ("第一条　合作背景", [22]),
    ("第二条　合作领域", [26, 27]),
    ("第三条　价格和财税改革", [28, 29]),
    ("第四条　国有企业改革", [30, 31]),
    ("第五条　对外开放合作", [33, 34]),
]
Z04_KEEP = {22, 27, 29, 30, 34}
Z04_END = "（以下无正文）"
Z04_SIGN = (
    ("甲方（盖章）：", "乙方（盖章）："),
    ("负责人（签字）：", "法定代表人（签字）："),
    ("日期：　　年　　月　　日", "日期：　　年　　月　　日"),
)


def build_agreement(path: Path, year: int) -> Gold:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paras = third.whole(year, None)
    d = prev8.docx_base(SERIF, 12, (2.5, 2.5, 2.8, 2.6))
    hp = d.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, Z04_NO, 9, font=SERIF)
    prev4.page_footer(d.sections[0].footer.paragraphs[0], "第 ", " 页", total=True)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(18)
    add_run(p, Z04_TITLE, 22, True, SANS)
    for block in Z04_PARTIES:
        for k, line in enumerate(block):
            q = d.add_paragraph()
            q.paragraph_format.line_spacing = 1.5
            if k == 0:
                q.paragraph_format.space_before = Pt(6)
            add_run(q, line, 12, k == 0)
    body_para(d, Z04_PREAMBLE).paragraph_format.space_before = Pt(12)
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []
    for head, idx in Z04_ARTICLES:
        q = d.add_paragraph()
        q.paragraph_format.space_before = Pt(10)
        q.paragraph_format.space_after = Pt(4)
        q.paragraph_format.keep_with_next = True
        add_run(q, head, 12, True, SANS)
        headings.append({"text": head, "level": 1})
        for i in idx:
            body_para(d, paras[i])
            used.append(paras[i])
            if i in Z04_KEEP:
                must.append(base.clause(paras[i]))
    q = d.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.paragraph_format.space_before = Pt(12)
    add_run(q, Z04_END)
    d.add_paragraph()
    t = d.add_table(rows=len(Z04_SIGN), cols=2)
    for row, pair in zip(t.rows, Z04_SIGN, strict=True):
        for cell, label in zip(row.cells, pair, strict=True):
            q = cell.paragraphs[0]
            q.paragraph_format.space_before = Pt(14)
            add_run(q, label)
    d.save(str(path))
    xml_text = prev4.docx_text(path)
    printed, n = prev9.docx_printed(path)
    assert 3 <= n <= 4, f"{path.name}: {n} pages (LibreOffice)"
    gold: Gold = {
        "title": Z04_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [Z04_NO],
        "must_not_have": [Z04_END, Z04_SIGN[0][0], Z04_SIGN[1][1], Z04_PARTIES[1][1]],
        "note": (
            f"a DOCX (not converted; {n} pages in LibreOffice), a 合作协议: the title "
            "22 pt bold sans centred (core title empty); the party blocks (甲方：…/乙方：… "
            "bold, then 地址 and 负责人/法定代表人 lines) are the agreement's parties: "
            "metadata, neither headings nor body (乙方's address line must_not_have); "
            "the one-line preamble (为深化双方合作…达成协议：, written by the maker) is "
            "unscored; the articles 第一条　… (bold sans at the body size, own "
            "paragraphs) are level-1 headings, their paragraphs body; （以下无正文） and "
            "the borderless signature table (甲方（盖章）：/乙方（盖章）：, 负责人（签字）：/"
            "法定代表人（签字）：, 日期 lines with blanks) are boilerplate: must_not_have; "
            "the header (协议编号：…, right) is running; 第 N 页 共 M 页 not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, xml_text + "\n" + printed, gold)
    return gold


# -------------------------------------------------------- z05 ctexbeamer footline

Z05_TITLE = "2013年经济社会发展主要任务"
Z05_SHORT = "主要任务汇报"
Z05_SUB = "在全省发展改革工作会议上的汇报"
Z05_AUTHOR = "韩立新"
Z05_INST = "东川省发展和改革委员会"
Z05_DATE = "2013年3月"
Z05_OUTLINE: list[tuple[str, list[tuple[str, int]]]] = [
    ("总体要求", [("工作总体要求", 11), ("主要预期目标", 12)]),
    ("扩大内需和区域发展", [("扩大国内需求", 13), ("区域协调发展", 14)]),
    ("保障和改善民生", [("扩大就业", 17), ("社会保障", 18), ("医药卫生", 19)]),
]
Z05_KEEP = {11, 13, 14, 17, 19}


def beamer_xelatex(tex: str, pdf: Path) -> None:
    """``base.xelatex`` for beamer: hyperref (loaded by beamer) asks XeTeX for the font
    ``pzdr`` (its link-box space), which this TeX Live lacks; that one error is let
    through (it changes nothing printed), any other stops the build."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "a.tex").write_text(tex, encoding="utf-8")
        for _ in range(2):  # the second run fills in the outline and the frame count
            cmd = ["xelatex", "-interaction=nonstopmode", "a.tex"]
            subprocess.run(cmd, cwd=tmp, check=False, capture_output=True, timeout=300)
        log = (Path(tmp) / "a.log").read_text(encoding="utf-8", errors="replace")
        errors = [ln for ln in log.splitlines() if ln.startswith("! ")]
        assert all("pzdr" in ln for ln in errors), errors
        shutil.copy(Path(tmp) / "a.pdf", pdf)


def build_beamer(path: Path, year: int) -> Gold:
    paras = third.whole(year, None)
    esc = more.tex_escape
    headings: list[dict[str, Any]] = []
    must: list[str] = []
    used: list[str] = []
    body: list[str] = []
    for sec, frames in Z05_OUTLINE:
        body.append(f"\\section{{{sec}}}\n")
        headings.append({"text": sec, "level": 1})
        for ftitle, i in frames:
            body.append(
                f"\\begin{{frame}}{{{ftitle}}}\n\\small\\setlength{{\\parindent}}{{2em}}"
                f"\n{esc(paras[i])}\n\\end{{frame}}\n"
            )
            headings.append({"text": ftitle, "level": 2})
            used.append(paras[i])
            if i in Z05_KEEP:
                must.append(base.clause(paras[i]))
    footline = (
        "\\setbeamertemplate{footline}{\\leavevmode\\hbox{%\n"
        "\\begin{beamercolorbox}[wd=.3\\paperwidth,ht=2.4ex,dp=1ex,center]{author in head/foot}"
        "\\insertshortauthor\\end{beamercolorbox}%\n"
        "\\begin{beamercolorbox}[wd=.5\\paperwidth,ht=2.4ex,dp=1ex,center]{title in head/foot}"
        "\\insertshorttitle\\end{beamercolorbox}%\n"
        "\\begin{beamercolorbox}[wd=.2\\paperwidth,ht=2.4ex,dp=1ex,right]{date in head/foot}"
        "\\insertframenumber{} / \\inserttotalframenumber\\hspace*{2ex}\\end{beamercolorbox}}}\n"
    )
    tex = (
        "\\documentclass[aspectratio=169]{ctexbeamer}\n"
        "\\usecolortheme{beaver}\n"
        "\\setbeamertemplate{navigation symbols}{}\n"
        "\\setbeamertemplate{headline}{}\n"
        "\\setbeamercolor{author in head/foot}{fg=white,bg=darkred}\n"
        "\\setbeamercolor{title in head/foot}{fg=black,bg=gray!25}\n"
        "\\setbeamercolor{date in head/foot}{fg=white,bg=darkred}\n"
        + footline
        + f"\\title[{Z05_SHORT}]{{{Z05_TITLE}}}\n\\subtitle{{{Z05_SUB}}}\n"
        f"\\author[{Z05_AUTHOR}（{Z05_INST}）]{{{Z05_AUTHOR}}}\n"
        f"\\institute{{{Z05_INST}}}\n\\date{{{Z05_DATE}}}\n"
        "\\begin{document}\n\\begin{frame}\\titlepage\\end{frame}\n"
        "\\begin{frame}{目录}\\tableofcontents\\end{frame}\n"
        + "".join(body)
        + "\\begin{frame}\\centering\\Huge 谢谢！\\end{frame}\n\\end{document}\n"
    )
    beamer_xelatex(tex, path)
    n = more.pages(path)
    assert n == 3 + sum(len(f) for _, f in Z05_OUTLINE), f"{path.name}: {n} pages"
    text = more.pdftext(path)
    running = [f"{Z05_AUTHOR}（{Z05_INST}）", Z05_SHORT]
    for page in range(1, n + 1):
        pg = more.squash(more.pdftext(path, page))
        assert all(more.squash(r) in pg for r in running), page
    gold: Gold = {
        "title": Z05_TITLE,
        "headings": headings,
        "must_have": must,
        "running": running,
        "must_not_have": [],
        "note": (
            f"{n} frames (pages), XeLaTeX ctexbeamer (16:9, beaver colours, no "
            "navigation symbols, no headline): the title frame holds the title (the "
            "title), the subtitle, author, institute and date (metadata); the second "
            "frame 目录 is an outline (\\tableofcontents: the section names again), "
            "neither headings nor body; \\section names are level 1 (printed only in "
            "the outline frame, as in w01 the slide deck's sections), frame titles "
            "level 2, each frame's paragraph body; a footline on every frame, title "
            "frame included: short author with institute, the short title "
            f"{Z05_SHORT} (running, both) and N / M frame numbers (not listed); the "
            "last frame 谢谢！ is furniture, neither heading nor body"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


# ------------------------------------------------ z06 image cover, metadata title

Z06_TITLE = "东川省“十三五”开局之年经济社会发展报告"
Z06_ORG = "东川省发展研究中心"
Z06_YEAR = "二〇一六年五月"
Z06_OUTLINE: Outline = [
    ("一、发展环境", [11, 12], []),
    (
        "二、宏观调控与供给侧改革",
        [],
        [("（一）财政货币政策", [14, 16]), ("（二）去产能降成本", [17, 18])],
    ),
    (
        "三、城乡区域协调发展",
        [],
        [("（一）区域发展格局", [19]), ("（二）农业和农村", [20, 21])],
    ),
    ("四、脱贫攻坚与对外开放", [22, 23, 24], []),
]
Z06_KEEP = {11, 16, 18, 19, 21}


def cover_png(path: Path) -> None:
    """A designed A4 cover at 150 dpi: colour bands, the title, organisation and date as pixels."""
    from PIL import Image, ImageDraw, ImageFont

    w, h = 1240, 1754
    im = Image.new("RGB", (w, h), (250, 248, 242))
    dr = ImageDraw.Draw(im)
    dr.rectangle((0, 0, w, 520), fill=(20, 60, 110))
    dr.polygon([(0, 520), (w, 380), (w, 560), (0, 700)], fill=(196, 150, 60))
    for k in range(12):
        dr.ellipse((880 + 18 * k, 90 + 14 * k, 1180, 390), outline=(90, 130, 180), width=2)
    big = ImageFont.truetype(SANS_FILE, 64)
    mid = ImageFont.truetype(SANS_FILE, 40)
    title = Z06_TITLE.replace("开局", "\n开局")
    dr.multiline_text((110, 860), title, fill=(20, 60, 110), font=big, spacing=30)
    dr.line((110, 1100, 700, 1100), fill=(196, 150, 60), width=6)
    dr.text((110, 1480), Z06_ORG, fill=(60, 60, 60), font=mid)
    dr.text((110, 1550), Z06_YEAR, fill=(60, 60, 60), font=mid)
    im.save(path, dpi=(150, 150))


def build_image_cover(path: Path, year: int) -> Gold:
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    paras = third.whole(year, None)
    d = prev8.docx_base(SERIF, 12, (0, 0, 0, 0))
    d.core_properties.title = Z06_TITLE
    with tempfile.TemporaryDirectory() as tmp:
        img = Path(tmp) / "cover.png"
        cover_png(img)
        p = d.paragraphs[0] if d.paragraphs else d.add_paragraph()
        p.paragraph_format.line_spacing = 1.0
        p.add_run().add_picture(str(img), width=Cm(20.9), height=Cm(29.5))
    d.add_section(WD_SECTION.NEW_PAGE)
    more.a4(d, 2.6, 2.5, 2.8, 2.6)
    # (the body's sectPr is always the last section's: take both afresh after adding)
    cover, sec = d.sections[0], d.sections[1]
    cover.header_distance = cover.footer_distance = Cm(0)
    sec.header_distance = sec.footer_distance = Cm(1.5)
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, Z06_ORG, 9, font=SERIF)
    more.border(hp, "bottom", "1F4E79", 6)
    prev4.page_footer(sec.footer.paragraphs[0], "", "")
    cover.top_margin = cover.bottom_margin = cover.left_margin = cover.right_margin = Cm(0)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(18)
    add_run(p, Z06_TITLE, 20, True, SANS, "1F4E79")
    headings, must, used = write_outline(d, paras, Z06_OUTLINE, Z06_KEEP)
    lo_convert(d, path)
    n = more.pages(path)
    assert 3 <= n <= 5, f"{path.name}: {n} pages"
    assert not more.squash(more.pdftext(path, 1)), "the cover has no text layer"
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, timeout=60)
    assert re.search(rf"^Title:\s+{Z06_TITLE}$", info.stdout.decode(), re.M), "metadata title"
    page2 = [ln for ln in more.pdftext(path, 2).splitlines() if ln.strip()]
    assert more.squash(page2[1]) == more.squash(Z06_TITLE), page2[:2]
    text = more.pdftext(path)
    gold: Gold = {
        "title": Z06_TITLE,
        "headings": headings,
        "must_have": must,
        "running": [Z06_ORG],
        "must_not_have": [],
        "note": (
            f"{n} pages (Word -> LibreOffice): page 1 is a full-page cover image "
            "(150 dpi PNG: navy and gold bands, the title over two lines, the "
            "organisation and 二〇一六年五月, all as pixels; no text on the page, no "
            "OCR); the title is in the PDF metadata (/Title, from the DOCX core "
            "title) and printed again as the first line of page 2 (20 pt bold navy, "
            "centred): the title, not a heading; 一、 lines level 1, （一） lines level "
            f"2; the header {Z06_ORG} (right, ruled; from page 2, the cover section "
            "has none) is running; page numbers (from 2) not listed"
        ),
    }
    third.no_clash(path.name, used, gold)
    third.check_in(path.name, text, gold)
    return gold


BUILDERS: dict[str, tuple[Any, int]] = {
    "z01_lo_letterhead_frame.pdf": (build_letterhead_frame, 2014),
    "z02_lo_proposal_receipt.pdf": (build_proposal_receipt, 2016),
    "z03_rl_print_letterhead.pdf": (build_print_letterhead, 2017),
    "z04_docx_agreement.docx": (build_agreement, 2015),
    "z05_beamer_footline.pdf": (build_beamer, 2013),
    "z06_lo_image_cover.pdf": (build_image_cover, 2016),
}
SOURCE_HEAD = (
    "# Documents made with real tools, tenth set (development data)\n\n"
    "Made as development data after the ninth set (`realdocs-made9`), each a layout\n"
    "pattern the earlier sets lack, aimed at titles and boilerplate in ordinary documents:\n"
    "PDF/DOCX z01-z06 by `python eval/make_realdocs10_files.py`, HTML pages (z07 on) by\n"
    "`python eval/make_realdocs10_pages.py`. Texts come only from the\n"
    "public government work reports 2013–2017 in `../shared/data/gov-work-reports`; the\n"
    "outputs are committed so tests and CI need none of the tools. Gold (`gold/<file>.json`,\n"
    "the format of `../shared/data/realdocs-dev`) is written by the same scripts from what\n"
    "they put in each document, as a reader reads it and never from reader output,\n"
    "titles and headings as printed: the title, the headings with levels, the running\n"
    "headers that must not reach the body, passages (each one's first 18 characters)\n"
    "that must appear in order, boilerplate that must not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)

ROWS = [
    "| z01_lo_letterhead_frame.pdf | python-docx 1.2 (+ `w:framePr` XML, Pillow logo) → LibreOffice 7.4, gwr 2014 (`eval/make_realdocs10_files.py`, as z02-z06) | letterhead page 1: logo image + red organisation line + English name over a rule (metadata), boxed 密级/编号 frame anchored at the page's top right (metadata), the title in a bordered centred text frame over two lines; `一、`/`（一）` direct-format headings; short-title header from page 2 (running); signature block (metadata), 联系人/联系电话 line and 附件 list at the end (must_not_have) |",
    "| z02_lo_proposal_receipt.pdf | python-docx 1.2 → LibreOffice 7.4, gwr 2016 | 倡议书: three-character title letter-spaced by `w:spacing` (no spaces in the text), ——subtitle line (metadata), bold addressee line, `一、` points (level 1), signature and date; last page a 附件 响应倡议回执 form: ruled label/empty-cell table and return instruction (must_not_have) |",
    "| z03_rl_print_letterhead.pdf | reportlab 4 (Word print-to-PDF imitation), gwr 2017 | every line split into 1-4-glyph text objects at explicit x (justification by gaps), double frame round each page, letterhead (company name, English name, rule) and address/phone/website footer on every page (running, four lines), metadata title `Microsoft Word - ….docx` (not the title), fake-bold title and `一、` headings, addressee and signature |",
    "| z04_docx_agreement.docx | python-docx 1.2, gwr 2015 | 合作协议: title, 甲方/乙方 party blocks with address and representative (metadata; one line must_not_have), one-line preamble, `第一条　…` articles (level 1), （以下无正文） and a borderless 盖章/签字/日期 signature table (must_not_have); 协议编号 header (running), `第 N 页 共 M 页` |",
    "| z05_beamer_footline.pdf | XeLaTeX + ctex (`ctexbeamer` 16:9, beaver; TeX Live 2022), gwr 2013 | title frame (title, subtitle, author, institute, date), 目录 outline frame (neither), `\\section` (level 1) and frame titles (level 2), one paragraph per frame, custom three-box footline with author（institute）, short title (running) and frame N / M on every frame, closing 谢谢！ frame |",
    "| z06_lo_image_cover.pdf | Pillow cover PNG + python-docx 1.2 → LibreOffice 7.4, gwr 2016 | page 1 a full-page designed cover image (title only as pixels, no text layer), the title in the PDF `/Title` metadata and printed again as page 2's first line (the title, not a heading), `一、`/`（一）` headings, header from page 2 (running) |",
]


def main(argv: list[str] | None = None) -> int:
    return more.make_set(argv, __doc__, BUILDERS, "realdocs-made10", ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
