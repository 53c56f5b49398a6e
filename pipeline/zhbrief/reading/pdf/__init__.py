"""PDF text layer to blocks, with pdfplumber (pdfminer.six underneath; both MIT).

Characters become lines (grouped by vertical position, split at wide gaps), lines
are put in reading order (a page with a gutter is read column by column), running
headers, footers and bare page numbers are dropped, and the rest is classified by
font size and weight: the most common size is the body; larger (or bold, short) lines
are headings, ranked by size; small lines under the body at the foot of a page are
footnotes. Body lines are rebuilt into paragraphs from first-line indents, short last
lines and line spacing; a paragraph carries on across a column or page break when the
next line is not indented. Ruled tables (pdfplumber's table finder) become table
blocks. Footnotes go after the body, so they never split a paragraph. Covers and
closing records are metadata: an official document's letterhead over its red rule and
its distribution record (抄送/分送, 印发), a standard's cover (ICS code, number); an
attachment (附件 over its own title) is ranked as a document of its own.
"""

from __future__ import annotations

from ...errors import InputError
from ..base import Extracted
from .assembly import _build, _closing_page
from .contents import (
    _CONTENTS_MIN,
    _document_control,
    _drop_agenda_page,
    _drop_contents_page,
    _drop_stranded_contents_title,
    _imprint,
    _last_pages,
    _listed_headings,
    _page_rows,
    _split_tables,
    _title_block,
    control_title,
)
from .forms import (
    _cover_fields,
    _declaration_pages,
    _form_tails,
    _info_title_join,
    _letterhead,
    _ruled_letterhead,
    _standard_cover,
    _title_page,
)
from .furniture import (
    _drop_prompts,
    _drop_running_lines,
    _drop_section_marks,
    _edge_lines,
    _margin_notes,
)
from .headings import (
    _drop_ordinal_marks,
    _figure_labels,
    _mark_footnotes,
    _mark_headings,
    _numbered_peers,
    _ocr_lost_marks,
    _run_in_heads,
    _side_heads_first,
    _sidebar,
)
from .lines import _all_lines, _body_size
from .pages import _open_pages, _unmapped_note


def read_pdf(data: bytes, name: str) -> Extracted:
    pages, meta = _open_pages(data, name)
    if not any(ln.text.strip() for p in pages for ln in p.lines if ln.kind != "table") and not any(
        ln.kind == "table" for p in pages for ln in p.lines
    ):
        raise InputError(
            f"{name}: no text layer: scanned document? OCR is not supported; run OCR "
            "first (for example ocrmypdf) and give the result."
        )
    _form_tails(pages)
    _drop_running_lines(pages)
    _drop_prompts(pages)
    notes = _margin_notes(pages, _body_size(_all_lines(pages)))
    contents: list[str] = []
    contents_page = 0
    last_seen = _last_pages(pages)
    for p in pages:
        opening = _page_rows(p)[:1]
        entries = _drop_contents_page(p, last_seen)
        if entries:
            contents, contents_page = contents + entries, p.number
            if p.number > 1 and opening:
                _drop_stranded_contents_title(pages[p.number - 2], opening[0])
        else:
            _drop_agenda_page(p, last_seen)
    control = [t for p in pages for t in _document_control(p)]
    imprint = "\n".join(t for p in pages if (t := _imprint(p, len(pages))))
    # after the contents: an entry at the top of its page is no section mark
    edges = [_edge_lines(p) for p in pages]
    _drop_section_marks(pages, edges, _body_size(_all_lines(pages)), meta.get("title", ""))
    lines = [ln for p in pages for ln in p.lines if ln.kind != "drop"]
    body = _body_size(lines)
    for p in pages:
        _figure_labels(p, body)
        _mark_footnotes(p, body)
    sidebars = [t for p in pages if (t := _sidebar(p, body))]
    _mark_headings(lines, body)
    _run_in_heads(pages, body)
    lines = [ln for p in pages for ln in p.lines if ln.kind != "drop"]
    for p in pages:
        _side_heads_first(p, body)
    _numbered_peers(lines)
    _ocr_lost_marks(lines)
    _drop_ordinal_marks(lines)
    if contents:
        _title_block(pages[contents_page - 1])
    if len(contents) >= _CONTENTS_MIN:
        for p in pages:
            if p.number > contents_page:
                _split_tables(p, contents, body)
        lines = [ln for p in pages for ln in p.lines if ln.kind != "drop"]
        _listed_headings(lines, contents, contents_page)
    cover: dict[str, str] = {}
    if pages:
        cover = {
            **_standard_cover(pages[0]),
            **_ruled_letterhead(pages[0], body),
            **_letterhead(pages[0]),
            **_cover_fields(pages[0]),
        }
    if pages and len(pages) > 1:
        _title_page(pages[0], meta.get("title", ""))
        _info_title_join(pages[0], meta.get("title", ""))
        cover.update(_closing_page(pages[-1]))
        cover.update(_declaration_pages(pages))
    if sidebars:
        cover["sidebar"] = "\n".join(sidebars)
    if control:
        cover["document_control"] = "\n\n".join(control)
    if imprint:
        cover["imprint"] = imprint
    for p in pages:  # a form's fields: a field filled on an earlier page comes first
        cover = {**p.fields, **cover}
    # no document-info title: a processing form's 标题 names the document it carries
    out = _build(pages, body, meta.get("title", "") or control_title(control))
    out.metadata = {**meta, **out.metadata, **cover, **_unmapped_note(pages, name), **notes}
    return out
