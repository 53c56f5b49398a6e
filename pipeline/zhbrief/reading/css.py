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
