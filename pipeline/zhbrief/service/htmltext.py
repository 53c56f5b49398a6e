"""``format=html``: translate the text between tags, keep the markup.

The markup is copied from the input as written; text nodes are unescaped, translated
sentence by sentence and escaped again, so a translation can never add a tag.
Script, style and template contents are left untouched.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

_RAW = {"script", "style", "template", "textarea", "code", "pre"}


class _Splitter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[str, bool]] = []  # (markup or text, is text)
        self._raw_depth = 0

    def _markup(self) -> None:
        text = self.get_starttag_text()
        self.parts.append((text or "", False))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._markup()
        if tag in _RAW:
            self._raw_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._markup()

    def handle_endtag(self, tag: str) -> None:
        self.parts.append((f"</{tag}>", False))
        if tag in _RAW and self._raw_depth:
            self._raw_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._raw_depth:
            self.parts.append((data, False))
        else:
            self.parts.append((data, True))

    def handle_comment(self, data: str) -> None:
        self.parts.append((f"<!--{data}-->", False))

    def handle_decl(self, decl: str) -> None:
        self.parts.append((f"<!{decl}>", False))

    def handle_pi(self, data: str) -> None:
        self.parts.append((f"<?{data}>", False))

    def unknown_decl(self, data: str) -> None:
        self.parts.append((f"<![{data}]>", False))


def split_html(markup: str) -> list[tuple[str, bool]]:
    """Markup pieces (as written) and text nodes (unescaped), in order."""
    parser = _Splitter()
    parser.feed(markup)
    parser.close()
    return parser.parts


def escape_text(text: str) -> str:
    return html.escape(text, quote=False)
