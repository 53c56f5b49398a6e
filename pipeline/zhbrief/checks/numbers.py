"""Number check: every number of the source must come through with its value."""

from __future__ import annotations

from ..document import Flag
from ..numerals import (
    NumberMention,
    english_numbers,
    format_value,
    parse_numbers,
    render_en,
    values_equal,
)

# ---------------------------------------------------------------------------------
# Numbers


def check_numbers(zh: str, en: str) -> list[Flag]:
    """Flag each source value that the English does not state (by value, any form)."""
    mentions = [m for m in parse_numbers(zh) if m.checked]
    if not mentions:
        return []
    found = [v for v, _, _ in english_numbers(en)]
    missing = _unmatched(mentions, found)
    if not missing:
        return []
    wanted = [alt for m in mentions for req in m.requirements() for alt in req]
    extra = [v for v in found if not any(values_equal(v, w) for w in wanted)]
    flags = []
    for m in missing:
        msg = f"{m.text} ({render_en(m)}) is not in the English"
        if extra:
            msg += "; the English has " + ", ".join(_fmt(v) for v in _unique(extra))
        flags.append(Flag(kind="number", message=msg, zh=zh, en=en))
    return flags


def _unmatched(mentions: list[NumberMention], found: list[float]) -> list[NumberMention]:
    """Mentions with a value no English number accounts for.

    Each English number accounts for one source value (a maximum bipartite
    matching), so a figure the source gives twice must be stated twice: a changed
    copy is caught even when the other copy is right.
    """
    reqs = [(k, req) for k, m in enumerate(mentions) for req in m.requirements()]
    edges = [
        [j for j, v in enumerate(found) if any(values_equal(a, v) for a in req)] for _, req in reqs
    ]
    owner: dict[int, int] = {}  # English index -> requirement index

    def assign(r: int, visited: set[int]) -> bool:
        for j in edges[r]:
            if j in visited:
                continue
            visited.add(j)
            if j not in owner or assign(owner[j], visited):
                owner[j] = r
                return True
        return False

    failed = {reqs[r][0] for r in range(len(reqs)) if not assign(r, set())}
    return [m for k, m in enumerate(mentions) if k in failed]


def _fmt(v: float) -> str:
    return format_value(v) if v >= 1 or v == 0 else f"{v:.3g}"


def _unique(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in values:
        if not any(values_equal(v, o) for o in out):
            out.append(v)
    return out
