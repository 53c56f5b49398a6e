"""The bilingual edition for reviewers: Chinese and English side by side, one row per
heading and paragraph, every check's flag shown next to the sentence it concerns.

HTML here; the Word edition is ``docx.bilingual_docx`` (the same rows).
"""

from __future__ import annotations

import html

from ..document import Document
from .docx import bilingual_rows, flag_note
from .text import checks_line, doc_title, provenance_line

_CSS = """
body{font-family:"Times New Roman","Liberation Serif",serif;max-width:80rem;margin:2rem auto;
padding:0 1rem;line-height:1.5;color:#222}
.prov{color:#555;font-style:italic}
table{border-collapse:collapse;width:100%}
td,th{vertical-align:top;padding:.3rem .6rem;border-top:1px solid #ddd;text-align:left;width:50%}
td.zh{font-family:"Noto Serif CJK SC","Songti SC",serif}
tr.title td,tr.heading td{font-weight:bold}
tr.footnote td{font-size:.85em}
mark.flag{background:#fde2e4;color:#b00020;font-size:.85em}
""".strip()


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def bilingual_html(doc: Document) -> str:
    title = _h(doc_title(doc, "translation"))
    rows: list[str] = []
    for kind, zh, english in bilingual_rows(doc):
        cells: list[str] = []
        for text, flags in english:
            cells.append(_h(text))
            cells += [
                f'<mark class="flag" title="{_h(f.message)}">{_h(flag_note(f).strip())}</mark>'
                for f in flags
            ]
        rows.append(
            f'<tr class="{kind}"><td class="zh" lang="zh">{_h(zh)}</td>'
            f'<td lang="en">{" ".join(cells)}</td></tr>'
        )
    body = [
        f"<h1>{title}</h1>",
        f'<p class="prov">{_h(provenance_line(doc))}</p>',
        f'<p class="prov">{_h(checks_line(doc))}</p>',
        "<table><tr><th>Chinese</th><th>English</th></tr>",
        *rows,
        "</table>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{_CSS}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
