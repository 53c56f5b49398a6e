"""Render stage: ``Document`` to Markdown, JSON or self-contained HTML.

Three views of one document: the brief (title, provenance, key points, one summary
per section, optionally the full translation), the summary (sections only) and the
full translation. JSON is the same schema for all views (``Document.to_dict``) plus a
``view`` key, so tools read one format.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from ..document import Coverage, Document, KeyFigure, MetaItem, Paragraph, Section, Sentence

View = Literal["brief", "summary", "translation", "segments"]
Format = Literal["md", "json", "html", "text"]

_META_LABELS = {
    "source": "Source",
    "author": "Author",
    "reporter": "Reporter",
    "editor": "Editor",
    "date": "Published",
    "credit": "Credit",
    "post": "Post",
}


def _en(text: str | None, fallback: str) -> str:
    return text.strip() if text and text.strip() else fallback


def section_title(doc: Document, number: int, section: Section) -> str:
    if section.heading is None:
        return "Introduction" if number == 1 else f"Section {number}"
    return _en(section.heading.en, section.heading.bare)


_VIEW_LABELS = {"brief": "Brief", "summary": "Summary", "translation": "Translation"}


def md_escape(text: str) -> str:
    """User-supplied text (a file or source name) made inert in Markdown: no tags, no
    emphasis or links."""
    text = html.escape(text, quote=False)
    # (not "_": file names are full of it, and inside a word it emphasises nothing)
    return re.sub(r"([\\`*\[\]])", r"\\\1", text)


def doc_title(doc: Document, view: View = "brief", name_format: Callable[[str], str] = str) -> str:
    """The title, else the opening heading, else the topic of the top key point (all
    English once translated); the view and file name only when there is nothing to
    translate (``Translation: file.txt``: a translation never calls itself a brief)."""
    if doc.title is not None:
        return _en(doc.title.en, doc.title.bare)
    if doc.sections and doc.sections[0].heading is not None:
        return section_title(doc, 1, doc.sections[0])
    if doc.topic is not None:
        text = _en(doc.topic.en, doc.topic.zh).rstrip(" .。")
        return text[:1].upper() + text[1:]
    label = _VIEW_LABELS.get(view, "Brief")
    name = doc.source.name
    if name in ("-", "<stdin>"):
        return label
    # Untitled text (a run-on article): name it after the file, not its folder (a
    # service's name is a label, kept whole)
    return f"{label}: {name_format(Path(name).name if doc.source.is_path else name)}"


def _meta_value(item: MetaItem) -> str:
    # Dates and names keep their source form when not translated
    return _en(item.en, item.zh) if item.key != "date" else item.zh


def metadata_line(doc: Document) -> str:
    parts = [f"{_META_LABELS.get(m.key, m.key)}: {_meta_value(m)}" for m in doc.metadata]
    return "; ".join(parts)


def coverage(doc: Document) -> Coverage:
    """As the figures stage stored it (counted here for a document that skipped it)."""
    return doc.coverage if doc.coverage is not None else Coverage.of(doc.sentences())


_FORMAT_LABELS = {"markdown": "Markdown"}  # the others by their initials: PDF, DOCX, HTML


def _source_kind(doc: Document) -> str:
    """The source kind, like `PDF, 12 pages, `, for a structured source; nothing for text."""
    src = doc.source
    if src.format == "text":
        return ""
    pages = f", {src.pages} page{'s' * (src.pages != 1)}" if src.pages is not None else ""
    return f"{_FORMAT_LABELS.get(src.format, src.format.upper())}{pages}, "


# What a summary-only brief says about the rest, to a command-line user or a web reader
_FULL_HINT = {False: "--full translates all", True: "ask for the full translation"}


def provenance_line(
    doc: Document, *, web: bool = False, name_format: Callable[[str], str] = str
) -> str:
    cov = coverage(doc)
    p = doc.provenance
    sections = len(doc.sections)
    parts = [
        f"Source: {name_format(doc.source.name)}, {_source_kind(doc)}"
        f"{doc.source.chars:,} characters ({doc.source.encoding}), "
        f"{sections} section{'s' * (sections != 1)}, {cov.sentences} sentences."
    ]
    meta = metadata_line(doc)
    if meta:
        parts.append(meta + ".")
    if p.model:
        rev = f"rev {str(p.revision)[:7]}" if p.revision else "local"
        parts.append(
            f"Translated by {p.model} ({rev}, {p.backend or 'torch'} "
            f"{p.precision}, {p.num_beams} beam"
            f"{'s' * (p.num_beams != 1)}), brief made {p.made}."
        )
    if p.summariser:
        parts.append(f"Picked by summariser {p.summariser}.")
    scope = f" (summary only; {_FULL_HINT[web]})" if p.scope == "summary" else ""
    parts.append(
        f"Coverage: {cov.translated}/{cov.sentences} sentences translated{scope}; "
        f"{cov.split} split for length; {cov.flagged} flagged."
    )
    return " ".join(parts)


def _bullets(sentences: list[Sentence]) -> list[str]:
    return [f"- {_en(s.en, s.zh)}" for s in sentences]


def _md_sections(doc: Document, pick: Callable[[Section], list[Sentence]]) -> list[str]:
    lines: list[str] = []
    for n, sec in enumerate(doc.sections, 1):
        chosen = pick(sec)
        if not chosen and sec.heading is None:
            continue
        lines += ["", f"## {n}. {section_title(doc, n, sec)}", ""]
        lines += _bullets(chosen)
    return lines


def _md_full(doc: Document, level: str = "##") -> list[str]:
    lines: list[str] = []
    for n, sec in enumerate(doc.sections, 1):
        if sec.heading is not None or n > 1:
            lines += ["", f"{level} {n}. {section_title(doc, n, sec)}"]
        rows: list[list[str]] = []  # a run of table rows becomes one Markdown table
        kind = ""
        for para in sec.paragraphs:
            if para.kind != kind:  # a nested table's rows make a table of their own
                lines += _md_table(rows)
                rows = []
                kind = para.kind
            if para.kind in ("table", "nested_table"):
                rows.append(table_cells(doc, para))
                continue
            text = " ".join(_en(s.en, s.zh) for s in para.sentences)
            if text:
                lines += ["", text]
        lines += _md_table(rows)
    return lines


def table_cells(doc: Document, row: Paragraph) -> list[str]:
    """A table row's cells in English (Chinese where untranslated); a cell may hold
    several sentences, and cells are told apart by the tab between them in the text."""
    cells: list[str] = []
    prev: Sentence | None = None
    for s in row.sentences:
        text = _en(s.en, s.zh)
        if prev is not None and "\t" not in doc.text[prev.end : s.start]:
            cells[-1] += " " + text
        else:
            cells.append(text)
        prev = s
    return cells


def _md_table(rows: list[list[str]]) -> list[str]:
    if not rows:
        return []
    width = max(len(r) for r in rows)
    out = [""]
    for i, row in enumerate(rows):
        cells = [_cell(c) for c in row] + [""] * (width - len(row))
        out.append("| " + " | ".join(cells) + " |")
        if i == 0:
            out.append("|" + "---|" * width)
    return out


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _sentence_pages(doc: Document) -> dict[int, int]:
    """Sentence index to PDF page (only for sources with pages)."""
    return {
        s.index: p.page
        for sec in doc.sections
        for p in sec.paragraphs
        if p.page is not None
        for s in p.sentences
    }


def _where(section: int, sentence: int, pages: dict[int, int]) -> str:
    """The key figure's section, and its page when the source has pages: "2, p. 3"."""
    page = pages.get(sentence)
    return f"{section + 1}, p. {page}" if page is not None else str(section + 1)


def key_figures_markdown(doc: Document) -> list[str]:
    figures = doc.key_figures
    if not figures:
        return []
    pages = _sentence_pages(doc)
    lines = ["", "## Key figures", "", "| figure | what it measures | section |", "|---|---|---|"]
    for f in figures:
        where = _where(f.section, f.sentence, pages)
        lines.append(f"| {_cell(f.figure)} | {_measures_md(f)} | {where} |")
    return lines


def _measures_md(f: KeyFigure) -> str:
    """The English label with the Chinese as a small second line (GitHub-style HTML in
    the cell); the Chinese alone when the label was not translated."""
    if f.measures == f.label.zh:
        return _cell(f.label.zh)
    return f"{_cell(f.measures)}<br><sub>{_cell(html.escape(f.label.zh))}</sub>"


def checks_line(doc: Document) -> str:
    cov = coverage(doc)
    parts = [
        f"{cov.translated} sentences translated",
        f"{cov.retried} retried",
        f"{cov.flagged} flagged",
    ]
    if doc.provenance.glossary_hits is not None:
        parts.append(f"{doc.provenance.glossary_hits} glossary hits")
    kinds = sorted({f.kind for s in doc.sentences() for f in s.flags})
    detail = f" ({', '.join(kinds)})" if kinds else ""
    repaired = repairs(doc)
    if repaired:  # said only when there are some: a brief without repairs is as before
        detail += f"; {len(repaired)} number{'s' * (len(repaired) != 1)} repaired"
    return "Checks: " + ", ".join(parts) + detail + "."


def repairs(doc: Document) -> list[str]:
    """Each repaired number, as the brief shows it: "12 million" → "120 million" (1.2亿元)."""
    return [
        f"“{s.repaired.before}” → “{s.repaired.after}” ({s.repaired.source})"
        for s in doc.sentences()
        if s.repaired is not None
    ]


def brief_markdown(doc: Document, full: bool = False, web: bool = False) -> str:
    title = doc_title(doc, name_format=md_escape)
    lines = [f"# {title}", "", f"*{provenance_line(doc, web=web, name_format=md_escape)}*"]
    points = doc.key_points()
    if points:
        lines += ["", "## Key points", ""] + _bullets(points)
    lines += key_figures_markdown(doc)
    lines += _md_sections(doc, lambda sec: sec.summary())
    lines += ["", "---", "", f"*{checks_line(doc)}*"]
    lines += [f"- Repaired: {r}" for r in repairs(doc)]
    if full:
        lines += ["", "# Full translation"] + _md_full(doc, "##")
    return "\n".join(lines).strip() + "\n"


def summary_markdown(doc: Document) -> str:
    lines = [f"# {doc_title(doc, 'summary', md_escape)}"] + _md_sections(
        doc, lambda sec: sec.summary()
    )
    return "\n".join(lines).strip() + "\n"


def translation_markdown(doc: Document) -> str:
    lines = [f"# {doc_title(doc, 'translation', md_escape)}"]
    meta = metadata_line(doc)
    if meta:
        lines += ["", f"*{meta}*"]
    lines += _md_full(doc)
    return "\n".join(lines).strip() + "\n"


def segments_text(doc: Document) -> str:
    """What the segmenter saw, one span a line, for debugging."""
    lines: list[str] = []
    if doc.title:
        lines.append(f"[title {doc.title.start}:{doc.title.end}] {doc.title.zh}")
    for m in doc.metadata:
        lines.append(f"[{m.key} {m.start}:{m.end}] {m.label}{m.zh}")
    for n, sec in enumerate(doc.sections, 1):
        h = sec.heading
        head = f"[section {n} h{h.level} {h.start}:{h.end}] {h.zh}" if h else f"[section {n}]"
        lines.append(head)
        for p, para in enumerate(sec.paragraphs, 1):
            for s in para.sentences:
                lines.append(f"  [{n}.{p} #{s.index} {s.start}:{s.end}] {s.zh}")
    return "\n".join(lines) + "\n"


def to_json(doc: Document, view: View) -> str:
    data: dict[str, Any] = {"view": view, **doc.to_dict()}
    if view != "segments":
        data["coverage"] = coverage(doc).to_dict()
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_CSS = """
body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;
line-height:1.5;color:#222}
.prov{color:#555;font-style:italic}
table{border-collapse:collapse;width:100%}
td,th{vertical-align:top;padding:.3rem .6rem;border-top:1px solid #ddd;text-align:left}
td.zh,td[lang=en]{width:50%}
td.zh{font-family:"Noto Serif CJK SC","Songti SC",serif}
tr.summary td{background:#fff8e0}
""".strip()


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def _html_sections(doc: Document, full: bool) -> list[str]:
    out: list[str] = []
    for n, sec in enumerate(doc.sections, 1):
        out.append(f"<h2>{n}. {_h(section_title(doc, n, sec))}</h2>")
        summary = sec.summary()
        if summary:
            out.append("<ul>" + "".join(f"<li>{_h(_en(s.en, s.zh))}</li>" for s in summary))
            out.append("</ul>")
        if full:
            out.append("<table>")
            for s in sec.sentences():
                cls = ' class="summary"' if s.in_summary else ""
                out.append(
                    f'<tr{cls}><td class="zh" lang="zh">{_h(s.zh)}</td>'
                    f'<td lang="en">{_h(_en(s.en, ""))}</td></tr>'
                )
            out.append("</table>")
    return out


def _html_key_figures(doc: Document) -> list[str]:
    figures = doc.key_figures
    if not figures:
        return []
    pages = _sentence_pages(doc)
    rows = "".join(
        f"<tr><td>{_h(f.figure)}</td>{_measures_html(f)}"
        f"<td>{_where(f.section, f.sentence, pages)}</td></tr>"
        for f in figures
    )
    return [
        '<h2>Key figures</h2><table class="figures">',
        "<tr><th>figure</th><th>what it measures</th><th>section</th></tr>" + rows + "</table>",
    ]


def _measures_html(f: KeyFigure) -> str:
    """English label, the Chinese as a tooltip and a small second line."""
    zh = _h(f.label.zh)
    if f.measures == f.label.zh:
        return f'<td lang="zh">{zh}</td>'
    return f'<td title="{zh}">{_h(f.measures)}<br><small class="zh" lang="zh">{zh}</small></td>'


def to_html(doc: Document, view: View, full: bool, web: bool = False) -> str:
    title = _h(doc_title(doc, view))
    body = [f"<h1>{title}</h1>", f'<p class="prov">{_h(provenance_line(doc, web=web))}</p>']
    points = doc.key_points()
    if points and view == "brief":
        body.append("<h2>Key points</h2><ul>")
        body += [f"<li>{_h(_en(s.en, s.zh))}</li>" for s in points]
        body.append("</ul>")
    if view == "brief":
        body += _html_key_figures(doc)
    body += _html_sections(doc, full or view == "translation")
    if view == "brief":
        body.append(f'<p class="prov">{_h(checks_line(doc))}</p>')
        body += [f'<p class="prov">Repaired: {_h(r)}</p>' for r in repairs(doc)]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{_CSS}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def render(
    doc: Document, view: View, fmt: Format = "md", full: bool = False, *, web: bool = False
) -> str:
    """The one entry point the CLI, batch and service use (``web``: for a reader of the
    service, who has no command line)."""
    if fmt == "json":
        return to_json(doc, view)
    if fmt == "html":
        return to_html(doc, view, full, web)
    if view == "segments":
        return segments_text(doc)
    if view == "brief":
        return brief_markdown(doc, full, web)
    if view == "summary":
        return summary_markdown(doc)
    return translation_markdown(doc)
