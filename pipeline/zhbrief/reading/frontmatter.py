"""A Markdown file's front matter: the YAML (``---``) or TOML (``+++``) block that
pandoc, Jekyll, Hugo and Obsidian put at the top of a note or post.

It is the file's properties, not its prose: its fields go to the read's metadata (as a
Word file's core properties do) and the block itself is blanked, character for
character, so every offset after it still indexes the file. The title (its value as
parsed, on one line) is written over the block's start, for the segmenter to take as
the title. A block that does not parse as a table of fields is not front matter and
stays text.
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass, field
from functools import reduce
from typing import Any

import yaml

from .base import join_words

if sys.version_info >= (3, 11):
    import tomllib
else:  # the same parser, from PyPI before Python 3.11
    import tomli as tomllib

log = logging.getLogger(__name__)

# (opening fence, closing fences): a YAML block may also end with "..." (pandoc)
_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
_MAX_CHARS = 20_000  # front matter is a few fields, not a chapter
_TITLE_KEYS = ("title", "标题", "標題")
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*|标题|標題")


@dataclass(frozen=True)
class FrontMatter:
    text: str  # the input, the block blanked, the title written over its start
    fields: dict[str, str] = field(default_factory=dict)
    title: tuple[int, int] | None = None  # the title's offsets in ``text``

    @property
    def title_text(self) -> str:
        return self.text[self.title[0] : self.title[1]] if self.title else ""


def split_front_matter(text: str) -> FrontMatter | None:
    """``text``'s front matter taken out, or None when it opens with none."""
    block = _block(text)
    if block is None:
        return None
    fence, body_start, body_end, end = block
    body = text[body_start:body_end]
    parsed = _parse(body, fence)
    if not parsed:
        return None
    fields = {str(k): v for k, v in ((k, _value(v)) for k, v in parsed.items()) if v}
    title = _title(fields)
    title = title if len(title) <= end else ""  # no longer than the block it stood in
    span = (0, len(title)) if title else None
    return FrontMatter(text=_blank(text, end, title), fields=fields, title=span)


def _block(text: str) -> tuple[str, int, int, int] | None:
    """The fence, the block's inside (start, end) and where the closing fence ends."""
    first, _, rest = text.partition("\n")
    fence = first.rstrip()
    if fence not in _FENCES or not rest:
        return None
    start = len(first) + 1
    pos = start
    while pos < min(len(text), _MAX_CHARS):
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        if text[pos:line_end].rstrip() in _FENCES[fence]:
            return fence, start, pos, line_end
        pos = line_end + 1
    return None


def _parse(body: str, fence: str) -> dict[Any, Any] | None:
    """The block's fields, or None when it is no table of fields (a Markdown rule,
    say, or a setext heading's underline, or a block that does not parse)."""
    try:
        data = yaml.safe_load(body) if fence == "---" else tomllib.loads(body)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, ValueError, RecursionError) as e:
        log.debug("not front matter: %s", e)
        return None
    if not isinstance(data, dict) or not data:
        return None
    # field names as these tools write them; a page opening with a rule over a line of
    # prose that happens to read as YAML (注意: …) is no front matter
    return data if all(isinstance(k, str) and _KEY.fullmatch(k) for k in data) else None


def _value(value: Any) -> str:
    """A field as text: a scalar as written, a list of scalars joined by commas; a
    nested table is left out (a theme's settings, not the document's)."""
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value if not isinstance(v, (list, dict)))
    if isinstance(value, dict) or value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    return str(value).strip()


def _title(fields: dict[str, str]) -> str:
    """The title field as the properties hold it, on one line (a folded or wrapped
    value's lines joined as a paragraph's are); empty when there is none."""
    value = next((fields[k] for k in _TITLE_KEYS if fields.get(k)), "")
    lines = [ln.strip() for ln in value.splitlines() if ln.strip()]
    return reduce(join_words, lines) if lines else ""


def _blank(text: str, end: int, title: str) -> str:
    """``text[:end]`` as spaces and line breaks, the title written over its start."""
    blank = re.sub(r"[^\n]", " ", text[len(title) : end])
    return title + blank + text[end:]
