"""Number check: every number of the source must come through with its value."""

from __future__ import annotations

import re

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
    spans = english_numbers(en)
    found = [v for v, _, _ in spans]
    dates = _english_dates(en, spans)
    missing = _unmatched(mentions, found, dates)
    missing += _foreign_month_days(mentions, dates, missing)
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


_MONTH_NAMES = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "jan", "feb", "mar", "apr"),
        *("jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    }
)
_DAY_BEFORE_MONTH = re.compile(r"(?:st|nd|rd|th)?(?:\s+of)?\s+$")


def _english_dates(en: str, spans: list[tuple[float, int, int]]) -> list[tuple[int, int, int, int]]:
    """Month-day pairs the English writes as one date: (month, day, month index, day index).

    "May 28", "May 28th", "28 May", "28th of May"; indices point into ``spans``.
    """
    out = []
    for i, (v, s, e) in enumerate(spans):
        if en[s:e].lower().rstrip(".") not in _MONTH_NAMES:
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(spans):
                continue
            d, ds, de = spans[j]
            if not (d == int(d) and 1 <= d <= 31 and en[ds:de].isdigit()):
                continue
            gap = en[e:ds] if j > i else en[de:s]
            if (j > i and gap.strip(" .") == "") or (j < i and _DAY_BEFORE_MONTH.fullmatch(gap)):
                out.append((int(v), int(d), i, j))
                break
    return out


def _unmatched(
    mentions: list[NumberMention],
    found: list[float],
    dates: list[tuple[int, int, int, int]] | None = None,
) -> list[NumberMention]:
    """Mentions with a value no English number accounts for.

    Each English number accounts for one source value (a maximum bipartite
    matching), so a figure the source gives twice must be stated twice: a changed
    copy is caught even when the other copy is right. When the English writes dates
    as month and day together, a source date's month and day must be one of those
    dates: the month of another date does not stand in for it.
    """
    used: set[int] = set()
    failed: set[int] = set()
    reqs: list[tuple[int, tuple[float, ...]]] = []
    for k, m in enumerate(mentions):
        joint = _joint_date(m, dates or [], used)
        if joint is None:
            reqs.extend((k, req) for req in m.requirements())
        elif joint:
            year = m.date[0] if m.date is not None else None
            reqs.extend([(k, (float(year),))] if year is not None else [])
        else:
            failed.add(k)
    edges = [
        [j for j, v in enumerate(found) if j not in used and any(values_equal(a, v) for a in req)]
        for _, req in reqs
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

    failed |= {reqs[r][0] for r in range(len(reqs)) if not assign(r, set())}
    return [m for k, m in enumerate(mentions) if k in failed]


def _foreign_month_days(
    mentions: list[NumberMention],
    dates: list[tuple[int, int, int, int]],
    missing: list[NumberMention],
) -> list[NumberMention]:
    """Days the English dates with a month the source never names.

    The English may add the month a bare 9日 means (the source gave it earlier, or
    the article's date does); but when the source names months and the English date
    has another one, the date was changed.
    """
    months = {m.date[1] for m in mentions if m.kind == "date" and m.date and m.date[1]}
    if not months:
        return []
    out: list[NumberMention] = []
    for month, day, _, _ in dates:
        if month in months:
            continue
        for m in mentions:
            bare_day = m.kind != "date" or (m.date is not None and m.date[1] is None)
            if bare_day and values_equal(m.value, day) and m not in missing and m not in out:
                out.append(m)
                break
    return out


def _joint_date(
    m: NumberMention, dates: list[tuple[int, int, int, int]], used: set[int]
) -> bool | None:
    """True when an English date matches ``m``'s month and day (its numbers are then
    used), False when the English writes such dates but none matches, None when the
    month-and-day rule does not apply."""
    if not dates or m.kind != "date" or m.date is None or None in m.date[1:]:
        return None
    for month, day, i, j in dates:
        if (month, day) == m.date[1:] and i not in used and j not in used:
            used.update((i, j))
            return True
    return False


def _fmt(v: float) -> str:
    return format_value(v) if v >= 1 or v == 0 else f"{v:.3g}"


def _unique(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in values:
        if not any(values_equal(v, o) for o in out):
            out.append(v)
    return out
