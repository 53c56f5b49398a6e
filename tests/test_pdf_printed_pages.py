"""Web pages saved as PDF by the browser (Chromium's print, the realdocs-made16 set):
the header and footer the browser adds are no text, and a notice's typed 一、/（一）
headings under its title are its headings, though Chromium's fonts map 一 to the Kangxi
radical ⼀. Printed here by Debian's Chromium through Playwright, as
eval/make_realdocs16_chromium.py prints the set; in CI a missing browser fails."""

from __future__ import annotations

import io
import re
from typing import Any

import pdfplumber
import pytest
from test_readers import headings, paragraphs, read, squeeze

pytestmark = [pytest.mark.slow, pytest.mark.browser]

P = "我们要坚持稳中求进工作总基调，保持经济运行在合理区间，着力提高发展质量和效益。"
TITLE = "东川省人民政府办公厅关于做好重点工作分解落实的通知"
URL = "https://www.dongchuan.example.gov.cn/zwgk/tzgg/content_2015.html"
OUTLINE = [
    ("一、总体要求", 1),
    ("二、重点任务", 1),
    ("（一）稳定经济增长", 2),
    ("（二）推进改革开放", 2),
]
# Chromium's own header (date, the page's <title>) and footer (address, 1/3)
_BAND = "font-size:8px;width:100%;padding:0 10mm;display:flex;justify-content:space-between"
HEADER = (
    f'<div style="{_BAND}"><span class="date"></span><span class="title"></span><span></span></div>'
)
FOOTER = (
    f'<div style="{_BAND}"><span>{URL}</span>'
    '<span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>'
)


def notice(heading_html: str) -> str:
    body = f'<div class="title">{TITLE}</div>'
    body += '<p class="info">发布日期：2015-03-20　来源：省政府办公厅</p>'
    body += f"<p>{P * 4}</p>"
    for text, _ in OUTLINE:
        body += heading_html.format(text) + "".join(f"<p>{P * 5}</p>" for _ in range(2))
    style = (
        "body{font-family:'Noto Sans CJK SC',sans-serif;font-size:16px;line-height:1.8}"
        ".title{text-align:center;font-size:24px;font-weight:bold}"
        ".info{text-align:center;font-size:14px}p{text-indent:2em;margin:0 0 6px}"
    )
    return (
        f'<html lang="zh-CN"><head><meta charset="utf-8"><title>{TITLE}_东川省人民政府</title>'
        f"<style>{style}</style></head><body>{body}</body></html>"
    )


def printed(browser: Any, source: str) -> bytes:
    tab = browser.new_page()
    try:
        tab.set_content(source, wait_until="load")
        pdf: bytes = tab.pdf(
            format="A4",
            display_header_footer=True,
            header_template=HEADER,
            footer_template=FOOTER,
            margin={"top": "15mm", "bottom": "15mm", "left": "20mm", "right": "20mm"},
        )
        return pdf
    finally:
        tab.close()


def test_typed_headings_under_a_title_in_chromiums_radicals(browser: Any) -> None:
    data = printed(browser, notice("<p>{}</p>"))
    # the font's Unicode map, as Chromium writes it, gives the radical ⼀ for 一
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert "\u2f00" in "".join(str(c["text"]) for page in pdf.pages for c in page.chars)
    doc = read(data, "notice.pdf")
    assert doc.title is not None and doc.title.zh == TITLE
    assert headings(doc) == OUTLINE
    text = squeeze("".join(paragraphs(doc)))
    assert URL not in text and f"{TITLE}_东川省人民政府" not in text
    assert re.search(r"\d/\d", text) is None  # the page count
    assert text.count(squeeze(P)) == 4 + 5 * 2 * len(OUTLINE)


def test_bold_typed_headings_keep_their_levels(browser: Any) -> None:
    # the same page with its headings bold: ranked by their numbers (一、 over （一）), which
    # the radicals hid
    doc = read(printed(browser, notice("<p><strong>{}</strong></p>")), "notice.pdf")
    assert headings(doc) == OUTLINE
