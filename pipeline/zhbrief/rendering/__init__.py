"""Render stage: a ``Document`` to the formats people read.

- ``text``: Markdown, JSON and self-contained HTML (the brief, summary, translation and
  segments views); ``render`` is the one entry point for these text formats.
- ``docx``: a Word file built from a document's blocks (the translation, the brief).
- ``inplace``: a Word file translated in place, layout kept (DOCX in, DOCX out).
- ``bilingual``: the reviewers' edition, Chinese and English side by side, flags shown.
- ``pdf``: any of the Word files rendered to PDF by LibreOffice.
- ``outputs``: which of these a command's ``--format`` picks, as bytes.

Only ``text`` is imported here: python-docx and LibreOffice are loaded when asked for.
"""

from __future__ import annotations

from .text import (
    Format,
    View,
    checks_line,
    coverage,
    doc_title,
    key_figures_markdown,
    metadata_line,
    provenance_line,
    render,
    section_title,
    table_cells,
    to_html,
    to_json,
)

__all__ = [
    "Format",
    "View",
    "checks_line",
    "coverage",
    "doc_title",
    "key_figures_markdown",
    "metadata_line",
    "provenance_line",
    "render",
    "section_title",
    "table_cells",
    "to_html",
    "to_json",
]
