"""Read stage: bytes to normalised text, and for PDF, DOCX and HTML, their structure.

``read_input`` (a path or ``-``) and ``decode_bytes`` (bytes already in hand) return a
``ReadResult``. The format is recognised from the bytes (``detect_format``), not the
name. Plain text is decoded (``reader``); PDF, DOCX, HTML and Markdown go to their
readers (``pdf``, ``docx``, ``html``, ``markdown``), each returning an ``Extracted``:
the text as extracted (blocks joined by blank lines) and the ``Block`` list that says
which stretch of it is a heading (with its level), a body paragraph, a table or a
footnote, and on which page it lies. The segmenter builds the document from the blocks
instead of guessing the structure from line shapes. Parsing libraries are imported
inside the readers so that importing this package stays cheap.
"""

from __future__ import annotations

from .base import BLOCK_KINDS, CELL_SEP, ROW_SEP, Block, Extracted, TextBuilder
from .detect import detect_format
from .reader import (
    FORMATS,
    ReadResult,
    decode_bytes,
    decode_text,
    iconv_encoding,
    input_bytes,
    normalise,
    read_file_bytes,
    read_input,
)

__all__ = [
    "BLOCK_KINDS",
    "CELL_SEP",
    "FORMATS",
    "ROW_SEP",
    "Block",
    "Extracted",
    "ReadResult",
    "TextBuilder",
    "decode_bytes",
    "decode_text",
    "detect_format",
    "iconv_encoding",
    "input_bytes",
    "normalise",
    "read_file_bytes",
    "read_input",
]
