"""Number check: every number of the source must come through with its value."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

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
    return [
        Flag(kind="number", message=message, zh=zh, en=en)
        for message in number_findings(zh, en).messages()
    ]


@dataclass(frozen=True)
class NumberFindings:
    """What the number check found on one pair: the source values the English does not
    state, and the English numbers that state no source value (for the messages and
    for ``checks.repair``)."""

    zh: str
    en: str
    missing: list[NumberMention]
    articles: list[NumberMention]  # 1宗 with no "a", "one" or 1 in the English
    extra: list[tuple[float, int, int]]  # English value, start, end

    def messages(self) -> list[str]:
        extra = _unique([(v, self.en[s:e]) for v, s, e in self.extra])
        said = [t if _is_month_name(t) else _fmt(v, t) for v, t in extra]
        suffix = "; the English has " + ", ".join(said) if said else ""
        return [
            f"{m.text} ({render_en(m)}) is not in the English{suffix}" for m in self.missing
        ] + [f"{m.text} (a or one, {render_en(m)}) is not in the English" for m in self.articles]


def number_findings(zh: str, en: str) -> NumberFindings:
    """The number check's findings, before they become flags."""
    parsed = parse_numbers(zh)
    mentions = [m for m in parsed if m.checked]
    articles = [m for m in parsed if m.article]
    if not mentions and not articles:
        return NumberFindings(zh, en, [], [], [])
    spans = english_numbers(en)
    found = [_month_tag(v) if _is_month_name(en[s:e]) else v for v, s, e in spans]
    dates = english_dates(en, spans)
    missing = _unmatched(mentions, found, dates)
    missing += _foreign_month_days(mentions, dates, missing)
    unsaid = [] if any(values_equal(v, 1) for v in found) or _ARTICLE.search(en) else articles
    if not missing and not unsaid:
        return NumberFindings(zh, en, [], [], [])
    # the 1 of 1宗 is stated by an English 1 too: not a number the English made up
    stated = [alt for m in mentions for req in _requirements(m) for alt in req]
    wanted = _Values(stated + [1.0 for m in parsed if m.value == 1 and not m.checked])
    extra = [(v, s, e) for (v, s, e), t in zip(spans, found, strict=True) if not wanted.near(t)]
    return NumberFindings(zh, en, missing, unsaid, extra)


# How English says the 1 of 1宗, 1小时, 1年: an article, "one", "once", "annual"...
_ARTICLE = re.compile(
    r"\b(?:an?|one|once|single|sole|first|per|each|every|annual(?:ly)?|yearly|monthly|"
    r"weekly|daily|hourly)\b",
    re.IGNORECASE,
)


def number_order(zh: str, en: str) -> tuple[list[tuple[float, ...]], list[float]]:
    """The source's items in order (each the values that state it) and the English
    numbers' values in order, month names as their tag: what ``checks.repair``
    aligns to tell which of two equal English numbers stands where a source value
    was expected."""
    items = [req for m in parse_numbers(zh) if m.checked for req in _requirements(m)]
    spans = english_numbers(en)
    return items, [_month_tag(v) if _is_month_name(en[s:e]) else v for v, s, e in spans]


def _month_tag(month: float) -> float:
    """A month written as its name stands for that month only, never for a day or a
    count: 本月7日 is not stated by "July 8th" through July's 7. Names are matched
    as this tag, which only a source month accepts (no English number is negative)."""
    return -1000.0 - month


def _is_month_name(text: str) -> bool:
    return text.lower().rstrip(".") in _MONTH_NAMES


def _requirements(m: NumberMention) -> list[tuple[float, ...]]:
    """``m.requirements()``, with a source month also stated by its English name; a day
    said again before another clock time (``repeated_day``) needs nothing of its own."""
    if m.repeated_day:
        return []
    if m.kind != "date" or m.date is None:
        return m.requirements()
    year, month, day = m.date
    out: list[tuple[float, ...]] = [(float(year),)] if year is not None else []
    out += [(float(month), _month_tag(month))] if month is not None else []
    return out + ([(float(day),)] if day is not None else [])


class _Values:
    """Distinct values, sorted, so the ones ``values_equal`` to a value are found by
    bisection instead of a scan: the check stays near-linear on a line of thousands
    of numbers (a table pasted as text)."""

    def __init__(self, values: Iterable[float] = ()) -> None:
        self.sorted = sorted(set(values))

    def near(self, v: float) -> list[float]:
        """The stored values equal to ``v`` up to float noise, in ascending order."""
        # values_equal(a, b) implies |a - b| <= 1e-9 * max(|a|, |b|, 1), so this window
        # holds every candidate; the exact test then decides as before
        slack = 2e-9 * max(abs(v), 1.0) if math.isfinite(v) else 0.0
        lo = bisect.bisect_left(self.sorted, v - slack)
        hi = bisect.bisect_right(self.sorted, v + slack)
        if not math.isfinite(v):  # inf: only an equal infinity
            return [w for w in self.sorted[lo:hi] if w == v]
        return [w for w in self.sorted[lo:hi] if values_equal(v, w)]

    def add(self, v: float) -> None:
        bisect.insort(self.sorted, v)


_MONTH_NAMES = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "jan", "feb", "mar", "apr"),
        *("jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    }
)
_DAY_BEFORE_MONTH = re.compile(r"(?:st|nd|rd|th)?(?:\s+of)?\s+$")


def english_dates(en: str, spans: list[tuple[float, int, int]]) -> list[tuple[int, int, int, int]]:
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
            if not (d.is_integer() and 1 <= d <= 31 and en[ds:de].isdigit()):
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
        if m.repeated_day:
            continue  # covered by the same day stated before
        joint = _joint_date(m, dates or [], used)
        if joint is None:
            reqs.extend((k, req) for req in _requirements(m))
        elif joint:
            year = m.date[0] if m.date is not None else None
            reqs.extend([(k, (float(year),))] if year is not None else [])
        else:
            failed.add(k)
    free = [v for j, v in enumerate(found) if j not in used]  # not taken by a joint date
    failed |= {reqs[r][0] for r in _unassignable([req for _, req in reqs], free)}
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
    # Candidates by day, in order, each taken once: linear on a line of many dates
    taken = {id(m) for m in missing}
    by_day: dict[int, list[NumberMention]] = {}
    for m in mentions:
        bare_day = m.kind != "date" or (m.date is not None and m.date[1] is None)
        if bare_day and id(m) not in taken and math.isfinite(m.value):
            by_day.setdefault(round(m.value), []).append(m)
    out: list[NumberMention] = []
    for month, day, _, _ in dates:
        if month in months:
            continue
        queue = by_day.get(day, [])
        found = next((k for k, m in enumerate(queue) if values_equal(m.value, day)), None)
        if found is not None:
            out.append(queue.pop(found))
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


def _unassignable(reqs: list[tuple[float, ...]], found: list[float]) -> list[int]:
    """Indices of the requirements (each a tuple of acceptable values) left without
    an English number of their own by a maximum matching.

    English numbers of one value are interchangeable, so they form one node with a
    capacity (their count), found by bisection: near-linear on a line of thousands
    of numbers. Requirements are taken in order and each is kept when an augmenting
    path exists (Kuhn's algorithm); the set kept is the greedy basis of a matroid, so
    it is the same as pairwise matching gives, whatever the search order in a step.
    """
    capacity: dict[float, int] = {}
    for v in found:
        capacity[v] = capacity.get(v, 0) + 1
    index = _Values(capacity)
    edges = [sorted({w for a in req for w in index.near(a)}) for req in reqs]
    held: dict[float, list[int]] = {v: [] for v in capacity}  # value -> requirements
    dead: set[float] = set()  # values a failed search reached: no path through them
    failed: list[int] = []
    for r in range(len(reqs)):
        if _augment(r, edges, capacity, held, dead):
            dead.clear()  # the matching changed: earlier dead ends may now lead somewhere
        else:
            failed.append(r)
    return failed


def _augment(
    start: int,
    edges: list[list[float]],
    capacity: dict[float, int],
    held: dict[float, list[int]],
    dead: set[float],
) -> bool:
    """Find an augmenting path from requirement ``start`` (iterative depth-first
    search, so thousands of equal values cannot overflow the stack) and apply it."""
    # each frame: (requirement, the value it came through, its next edge to try)
    stack: list[tuple[int, float | None, int]] = [(start, None, 0)]
    while stack:
        r, via, i = stack[-1]
        free = next((v for v in edges[r] if v not in dead and len(held[v]) < capacity[v]), None)
        if free is not None:
            _apply(stack, free, held)
            return True
        while i < len(edges[r]) and edges[r][i] in dead:
            i += 1
        if i == len(edges[r]):
            stack.pop()
            continue
        v = edges[r][i]
        dead.add(v)  # visited: no other branch of this search needs it again
        stack[-1] = (r, via, i + 1)
        for other in held[v]:
            stack.append((other, v, 0))
    return False


def _apply(
    stack: list[tuple[int, float | None, int]], free: float, held: dict[float, list[int]]
) -> None:
    """Shift each requirement on the path to the value after it; the first takes ``free``."""
    # The stack holds siblings too: walk back from the top along the ``via`` links
    target = free
    child = len(stack) - 1
    while True:
        r, via, _ = stack[child]
        held[target].append(r)
        if via is None:
            return
        held[via].remove(r)
        target = via
        # the parent is the frame below whose edge led to ``via``: the nearest frame
        # under this one's siblings that is not itself reached through ``via``
        child -= 1
        while stack[child][1] == via:
            child -= 1


def _fmt(v: float, text: str) -> str:
    if not math.isfinite(v):
        return text  # too large to hold as a value: as written
    return format_value(v) if v >= 1 or v == 0 else f"{v:.3g}"


def _unique(values: list[tuple[float, str]]) -> list[tuple[float, str]]:
    out: list[tuple[float, str]] = []
    kept = _Values()
    for v, text in values:
        if not kept.near(v):
            out.append((v, text))
            kept.add(v)
    return out
