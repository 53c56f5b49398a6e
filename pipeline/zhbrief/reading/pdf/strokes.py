"""Text drawn filled and stroked (render mode 2): the fake bold of a CJK font that has
no bold face, as Java and .NET PDF libraries (iText's FILL_STROKE) and OA systems
set their headings. pdfminer keeps no render mode on a character; this notes it."""

from __future__ import annotations

from typing import Any

_FILL_STROKE = frozenset({2, 6})  # fill then stroke (6: and add to the clipping path)
_installed = False


def note_stroked_text() -> None:
    """Mark each character pdfminer lays out with ``stroke``/``fill`` as its render
    mode draws it (once per process); pdfplumber copies both into its chars."""
    global _installed
    if _installed:
        return
    from pdfminer.converter import PDFLayoutAnalyzer
    from pdfminer.layout import LTChar

    original = PDFLayoutAnalyzer.render_string

    def render_string(self: Any, textstate: Any, *args: Any, **kwargs: Any) -> None:
        before = len(self.cur_item._objs)
        original(self, textstate, *args, **kwargs)
        stroked = textstate.render in _FILL_STROKE
        for item in self.cur_item._objs[before:]:
            if isinstance(item, LTChar):  # pdfplumber copies these two into its chars
                setattr(item, "fill", True)  # noqa: B010 (no such attributes on LTChar)
                setattr(item, "stroke", stroked)  # noqa: B010

    PDFLayoutAnalyzer.render_string = render_string  # type: ignore[method-assign]
    _installed = True
