"""Style sheets as the readers need them: rules, not a cascade."""

from __future__ import annotations

import re


def css_rules(css: str) -> list[tuple[str, str, bool]]:
    """A style sheet's rules as (selectors, declarations, inside an at-rule such as
    ``@media``), comments and statements (``@charset …;``) left out. One pass over the
    braces, so linear in the sheet's length however deep it nests."""
    kept: list[str] = []
    at = 0
    while (start := css.find("/*", at)) >= 0:
        kept.append(css[at:start])
        end = css.find("*/", start + 2)
        at = len(css) if end < 0 else end + 2
    kept.append(css[at:])
    text = "".join(kept)
    rules: list[tuple[str, str, bool]] = []
    opened: list[tuple[str, int]] = []  # (a block's head, where its body starts)
    in_at = mark = 0  # in_at: the at-rules open around this point
    for brace in re.finditer("[{}]", text):
        i = brace.start()
        if brace.group() == "{":
            head = text[mark:i].rsplit(";", 1)[-1].strip()
            opened.append((head, i + 1))
            in_at += head.startswith("@")
        elif opened:
            head, body = opened.pop()
            in_at -= head.startswith("@")
            if not head.startswith("@"):
                rules.append((head, text[body:i], in_at > 0))
        mark = i + 1
    return rules


def declared(declarations: str, prop: str) -> str | None:
    """The value a declaration block gives ``prop`` (the last one wins), or None."""
    found = re.findall(rf"(?:^|[;{{\s]){re.escape(prop)}\s*:\s*([^;}}]+)", declarations, re.I)
    return found[-1].strip() if found else None


# a font size in px, pt, em or % (the last two of the parent's size); keywords and rem
# are left unread
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(px|pt|em|%)", re.I)
_PT = 4 / 3  # CSS pixels in a point
# <font size="1">…<font size="7">, as browsers set them (the HTML Standard's table)
_FONT_TAG_PX = {1: 10.0, 2: 13.0, 3: 16.0, 4: 18.0, 5: 24.0, 6: 32.0, 7: 48.0}
_FONT_TAG_DEFAULT = 3


def font_size_px(value: str, parent: float | None) -> float | None:
    """A ``font-size`` value in CSS pixels, or None (unread, or relative to a parent
    size that is unknown)."""
    m = _SIZE.match(value.strip())
    if m is None:
        return None
    number, unit = float(m[1]), m[2].lower()
    if unit == "px":
        return number
    if unit == "pt":
        return number * _PT
    if parent is None:
        return None
    return parent * (number if unit == "em" else number / 100)


def font_tag_px(size: str) -> float | None:
    """``<font size="4">`` (or ``+1``, ``-1`` from the default 3) in CSS pixels."""
    size = size.strip()
    try:
        n = int(size)
    except ValueError:
        return None
    if size[0] in "+-":
        n += _FONT_TAG_DEFAULT
    return _FONT_TAG_PX[min(7, max(1, n))]
