"""Readers for structured formats: PDF, DOCX and HTML bytes to text plus blocks.

Each reader returns an ``Extracted``: the text as extracted (blocks joined by blank
lines) and the ``Block`` list that says which stretch of it is a heading (with its
level), a body paragraph, a table or a footnote, and on which page it lies. The
segmenter builds the document from the blocks (``segment(..., blocks=...)``) instead
of guessing the structure from line shapes. Libraries are imported inside the readers
so that importing this package stays cheap.
"""

from __future__ import annotations

from .base import BLOCK_KINDS, Block, Extracted, TextBuilder
from .detect import detect_format

__all__ = ["BLOCK_KINDS", "Block", "Extracted", "TextBuilder", "detect_format"]
