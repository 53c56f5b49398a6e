"""A Markdown file's front matter: the YAML (``---``) or TOML (``+++``) block that
pandoc, Jekyll, Hugo and Obsidian put at the top of a note or post.

It is the file's properties, not its prose: its fields go to the read's metadata (as a
Word file's core properties do) and the block itself is blanked, character for
character, so every offset still indexes the file. Only the title's value stays where
it stands, for the segmenter to take as the title. A block that does not parse as a
table of fields is not front matter and stays text.
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass, field
from typing import Any

import yaml

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
# a TOML title on one line: title = "…" or '…'
_TOML_TITLE = re.compile(r"""^[ \t]*(?:title|标题|標題)[ \t]*=[ \t]*(["'])(.*)\1[ \t]*$""", re.M)


@dataclass(frozen=True)
class FrontMatter:
    text: str  # the input, the block blanked but for the title's value
    fields: dict[str, str] = field(default_factory=dict)
    title: tuple[int, int] | None = None  # the title's value, offsets into ``text``


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
    title = _title_span(body, fence, parsed)
    kept = (body_start + title[0], body_start + title[1]) if title else None
    return FrontMatter(text=_blank(text, end, kept), fields=fields, title=kept)


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


def _title_span(body: str, fence: str, parsed: dict[Any, Any]) -> tuple[int, int] | None:
    """Where the title's value stands in the block, when it is written on one line."""
    if not any(isinstance(parsed.get(k), str) and parsed[k].strip() for k in _TITLE_KEYS):
        return None
    if fence == "+++":
        m = _TOML_TITLE.search(body)
        return _trimmed(body, m.start(2), m.end(2)) if m else None
    return _yaml_title(body)


def _trimmed(body: str, start: int, end: int) -> tuple[int, int] | None:
    """``start``-``end`` without the spaces at either end; None when nothing is left."""
    piece = body[start:end]
    if not piece.strip():
        return None
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + len(piece.rstrip())


def _yaml_title(body: str) -> tuple[int, int] | None:
    node = yaml.compose(body)
    if not isinstance(node, yaml.MappingNode):
        return None
    for key, value in node.value:
        if key.value not in _TITLE_KEYS or not isinstance(value, yaml.ScalarNode):
            continue
        if value.style not in (None, "'", '"') or value.start_mark.line != value.end_mark.line:
            return None  # a block or wrapped scalar: its lines are not the title as read
        quote = 1 if value.style else 0
        start, end = value.start_mark.index + quote, value.end_mark.index - quote
        # a double-quoted value with escapes is not its source characters: no title kept
        return _trimmed(body, start, end) if body[start:end] == value.value else None
    return None


def _blank(text: str, end: int, kept: tuple[int, int] | None) -> str:
    """``text[:end]`` as spaces and line breaks, but for ``kept``."""
    blank = re.sub(r"[^\n]", " ", text[:end])
    if kept is not None:
        blank = blank[: kept[0]] + text[kept[0] : kept[1]] + blank[kept[1] :]
    return blank + text[end:]
