"""Segment stage: normalised text to ``Document(title, metadata, sections)``.

Plain text is worked line by line first (``lines``: each line classified, then grouped
into paragraphs by the layout), then character by character: datelines and run-in
numbered sections (``numbering``), inline headings of run-on text such as
“数字兴农”：阿里国际站一马当先近年来，… (``inline``), trailing inline credits
(…创奇迹！责任编辑：李昂) as metadata and sentences (``assemble``, ``sentences``).
A PDF/DOCX/HTML reader's blocks give the structure instead (``blocks``).

Every span is whitespace-trimmed, spans never overlap and every non-whitespace character
belongs to one of them, so the document is lossless. ``zh`` is ``rejoin`` of the span's
slice, except for metadata, where the slice is ``label`` + whitespace + ``zh``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ..config import SegmentConfig
from ..document import Document, SourceInfo
from ..reading.base import Block
from .assemble import assemble, fallback
from .blocks import segment_blocks
from .inline import inline_headings
from .lines import classify, group_items, mark_structure, measure_layout
from .numbering import numbered_sections, split_datelines
from .sentences import rejoin, split_sentences

__all__ = ["rejoin", "segment", "segment_blocks", "segment_text", "split_sentences"]

log = logging.getLogger(__name__)


def segment(
    text: str,
    config: SegmentConfig | None = None,
    source: SourceInfo | None = None,
    blocks: Sequence[Block] | None = None,
    title: tuple[int, int] | None = None,
) -> Document:
    """Split ``text`` into title, metadata, sections, paragraphs and sentences.

    ``blocks`` (from a PDF/DOCX/HTML reader) give the structure; without them it is
    inferred from the lines (``segment_text``), but for a ``title`` the file declares
    (its front matter's, at those offsets).
    """
    config = config or SegmentConfig()
    source = source or SourceInfo(chars=len(text))
    try:
        if blocks is None:
            doc = segment_text(text, config, title)
        else:
            doc = segment_blocks(text, blocks, config)
    except Exception as e:  # never fail on text: degrade to one sentence per line
        log.warning("segment: falling back to line splitting: %r", e)
        doc = fallback(text)
        doc.provenance.segment_fallback = repr(e)
    doc.source = source
    for i, sent in enumerate(doc.sentences()):
        sent.index = i
    return doc


def segment_text(
    text: str, config: SegmentConfig, title: tuple[int, int] | None = None
) -> Document:
    """Plain text: structure inferred from the lines (``lines``, ``numbering``, ``inline``);
    ``title``: the span of a title the file declares, on a line of its own."""
    lines = classify(text)
    layout = measure_layout(lines)
    mark_structure(lines, layout, config, title)
    items = group_items(text, lines, layout)
    items = split_datelines(text, items)
    items = numbered_sections(text, items, config)
    if config.detect_inline_headings:
        items = inline_headings(text, items)
    return assemble(text, items, config)
