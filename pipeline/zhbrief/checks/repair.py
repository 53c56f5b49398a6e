"""Number repair: rewrite an English number that is unambiguously wrong.

A post-check step (the translation memory keeps the model's own output). A sentence
is repaired only when the number check leaves exactly one source value unstated and
the English has exactly one number that states no source value, of the same family
(a percentage for a percentage, a month for a month, an ordinal for an ordinal, a
plain figure for a figure): that number is rewritten to the source value in the
English number's own style ("12 million" -> "120 million", "3,500" -> "35,000",
"July 8th" -> "July 7th", "8:54 pm" -> "7:54 pm"), and kept only when the number
check then passes. Where several English numbers state no source value, or none does
(the wrong value equals another value of the line), the one figure in digits whose
rewrite undoes a slip and passes the check is rewritten; of several, the one that
puts the English numbers in the source's order, when the English keeps that order
throughout. Everything else stays flagged (docs/numbers.md).
"""

from __future__ import annotations

import math
import re

from ..document import Repair
from ..numerals import NumberMention, english_numbers, values_equal
from ..numerals.render import MONTHS, ORDINAL_WORDS, SMALL_WORDS, ordinal_en
from .numbers import NumberFindings, english_dates, number_findings, number_order

# ---------------------------------------------------------------------------------
# The repair


def repair_numbers(zh: str, en: str) -> tuple[str, Repair] | None:
    """The English with its one wrong number rewritten, and what changed; ``None``
    when the number check passes or the mismatch is ambiguous."""
    found = number_findings(zh, en)
    if found.articles or len(found.missing) != 1:
        return None
    mention = found.missing[0]
    extra = _rewritable(found) or _wrong_day(mention, en)
    if len(extra) == 1:
        done = _rewrite(zh, en, mention, extra[0])
        if done is not None:
            return done
    return _rewrite_slip(zh, en, found)


def _rewrite(
    zh: str, en: str, mention: NumberMention, extra: tuple[float, int, int]
) -> tuple[str, Repair] | None:
    """``extra`` rewritten to the value ``mention`` wanted, in its own style, when
    that undoes a slip and the number check then passes."""
    value, start, end = extra
    suffix = _SUFFIX.match(en, end)
    end = suffix.end() if suffix and en[start:end].isdigit() else end  # "1st" as one
    text = en[start:end]
    family = _family_of(en, start, end)
    if not _same_family(family, mention) or _is_mark(en, start) != _is_mark(zh, mention.start):
        return None  # a list mark stands for the source's list mark only
    for candidate in _candidates(mention, en, start, end, family):
        if values_equal(candidate, value):
            continue
        after = _padded(render_like(candidate, text, en), en, start, end)
        if after is None or after == text or not _slip(value, candidate, text, after):
            continue
        repaired = en[:start] + after + en[end:]
        if not number_findings(zh, repaired).messages():
            return repaired, Repair(mention.text, text, after, en)
    return None


def _rewrite_slip(zh: str, en: str, found: NumberFindings) -> tuple[str, Repair] | None:
    """Where no single English number is left over (several are, or the wrong one
    now equals another source value: 5 for 3 where the source also has a 5), the
    one English figure in digits whose rewrite undoes a digit or scale slip and
    makes the check pass; of several, the one that puts the English numbers in the
    source's order. ``None`` when that still leaves a choice."""
    mention = found.missing[0]
    done: dict[int, tuple[str, Repair]] = {}
    for extra in _digit_spans(found):
        out = _rewrite(zh, en, mention, extra)
        if out is not None and any(c.isdigit() for c in out[1].before):
            done.setdefault(extra[1], out)
    if len(done) <= 1:
        return next(iter(done.values()), None)
    order = {start: _in_order(zh, out[0]) for start, out in done.items()}
    # only where the English keeps the source's order throughout: where it reorders
    # ("279 works of 22 types from 25 countries" for 25个国家、22个品类的279个作品)
    # order says nothing about which number is the wrong one
    starts = [start for start, (kept, stated) in order.items() if kept == stated]
    return done[starts[0]] if len(starts) == 1 else None


def _digit_spans(found: NumberFindings) -> list[tuple[float, int, int]]:
    """Every English number written with digits, less list marks the source lacks
    and minutes without their hour; both readings of a place read two ways ("25k"
    and its 25, "30m" as metres and as million), for the check to decide."""
    return [
        (v, s, e)
        for v, s, e in english_numbers(found.en)
        if any(c.isdigit() for c in found.en[s:e]) and _listed_or_timed(found, s, e)
    ]


def _in_order(zh: str, en: str) -> tuple[int, int]:
    """How many English numbers state source items in the source's order (the
    longest common subsequence of the two, by value), and how many state a source
    item at all (at most the number of items)."""
    items, values = number_order(zh, en)
    stated = [v for v in values if any(values_equal(v, w) for item in items for w in item)]
    if len(items) * len(stated) > _ORDER_CELLS:
        return 0, len(stated)  # a pasted table: no order to go by
    row = [0] * (len(stated) + 1)
    for item in items:
        prev = 0  # row[j - 1] of the previous item's row
        for j, v in enumerate(stated, 1):
            here = row[j]
            if any(values_equal(v, w) for w in item):
                row[j] = prev + 1
            else:
                row[j] = max(row[j], row[j - 1])
            prev = here
    return row[-1], min(len(stated), len(items))


def _padded(after: str | None, en: str, start: int, end: int) -> str | None:
    """A month or day of a numeric date keeps two digits where it had them
    ("2021-05-11", "11/05/2021")."""
    if after is None or not after.isdigit() or len(after) != 1 or end - start != 2:
        return after
    for m in _NUMERIC_DATE.finditer(en):
        if m.start() <= start and end <= m.end() and en[start:end].isdigit():
            return after.zfill(2)
    return after


def _wrong_day(m: NumberMention, en: str) -> list[tuple[float, int, int]]:
    """The day of the one English date in ``m``'s month whose day differs: 11月14日
    written "November 11" (its 11 looks stated, by the month)."""
    if m.kind != "date" or m.date is None or None in m.date[1:]:
        return []
    spans = english_numbers(en)
    days = [
        spans[j]
        for month, day, _, j in english_dates(en, spans)
        if month == m.date[1] and day != m.date[2]
    ]
    return days if len(days) == 1 else []


def _rewritable(found: NumberFindings) -> list[tuple[float, int, int]]:
    """The English numbers that state no source value, less the months and years an
    English date adds to a source date without them (会议于15日 "on March 15, 2021")."""
    date = found.missing[0].date if found.missing else None
    out = []
    for v, s, e in found.extra:
        text = found.en[s:e]
        if not _digits_or_month(text):
            continue  # "one", "first", "both": too often a word, not the number
        if not _listed_or_timed(found, s, e):
            continue
        if _is_month(text) and (date is None or date[1] is None):
            continue
        if re.fullmatch(r"(?:19|20)\d\d", text) and date is not None and date[0] is None:
            continue
        out.append((v, s, e))
    # "30m" is read twice (metres or million) from one place: one number, the digits
    by_start: dict[int, tuple[float, int, int]] = {}
    for v, s, e in out:
        if s not in by_start or e < by_start[s][2]:
            by_start[s] = (v, s, e)
    return list(by_start.values())


def _listed_or_timed(found: NumberFindings, s: int, e: int) -> bool:
    """False for a list mark the source lacks ("1. Our store…" numbers a list the
    source does not number) and for minutes without their hour (":00" is no clock
    time): numbers a repair must not touch."""
    if _LIST_MARK.fullmatch(found.en[: e + 2]) and not _LIST_MARK.match(found.zh):
        return False
    return not (found.en[s - 1 : s] == ":" and not found.en[s - 2 : s - 1].isdigit())


def _is_mark(text: str, start: int) -> bool:
    """Whether the number at ``start`` numbers the line as a list item ("3. ", "3、")."""
    m = _LIST_DIGITS.match(text)
    return m is not None and m.start(1) == start


def _candidates(m: NumberMention, en: str, start: int, end: int, family: str) -> list[float]:
    """The values the English should have said, closest to what it wrote first: 24
    for "25:00"; only an hour in 12-hour form for "8:54 pm". For a date, the part
    the English number most likely writes first (a month name the month, four
    digits the year, else the day), then the others: in "2021-15-11" or "1/11" the
    figure is the month, which the number check then confirms."""
    text = en[start:end]
    if m.kind == "date" and m.date is not None:
        year, month, day = m.date
        is_year = len(text) == 4 and text.isdigit()
        first = month if family == "month" else year if is_year else day
        if family == "month" or first is None:
            return [] if first is None else [float(first)]
        return [float(p) for p in dict.fromkeys((first, day, month, year)) if p is not None]
    values = [alt for req in m.requirements() for alt in req]
    if _TWELVE_HOUR.match(en, end) and en[start - 1 : start] != ":":  # the hour, not minutes
        values = [v for v in values if 0 < v <= 12]
    unique: list[float] = []
    for v in values:
        if not any(values_equal(v, u) for u in unique):
            unique.append(v)
    return sorted(unique, key=lambda v: _distance(render_like(v, text, "") or "", text))


def _slip(wrong: float, right: float, text: str, after: str) -> bool:
    """A slip a repair may undo: a scale off by a power of ten (12 million for 1.2亿),
    or a figure one character off (434.6 for 434.5, 25:00 for 24时). Any other
    difference may be a number the English adds (a converted unit, a year), so the
    line stays flagged."""
    if not any(c.isdigit() for c in text):
        return True  # a word, ordinal word or month: the family already matched
    if 0 < wrong < _LARGEST and 0 < right < _LARGEST:
        power = math.log10(right / wrong)
        if abs(power - round(power)) < 1e-9:
            return True
    return _distance(_SUFFIX.sub("", after), _SUFFIX.sub("", text)) <= 1  # 2nd, 1st


def _digits_or_month(text: str) -> bool:
    return any(c.isdigit() for c in text) or _is_month(text)


def _same_family(family: str, m: NumberMention) -> bool:
    """The English number's family against the source value's: an ordinal written
    in digits may stand for a day or a count (23日 "the 23rd")."""
    wanted = _family(m)
    if family == wanted:
        return True
    if m.kind == "date":
        return family != "percent"
    return {family, wanted} == {"figure", "ordinal"}


def _distance(a: str, b: str) -> int:
    """Characters that differ (a cheap edit distance: position by position, plus the
    length difference)."""
    return sum(x != y for x, y in zip(a, b, strict=False)) + abs(len(a) - len(b))


# ---------------------------------------------------------------------------------
# Families


_PERCENT_AFTER = re.compile(
    # "5%", and the low end of a range whose high end has the sign: "5-10%"
    r"(?:\s*(?:-|–|—|to)\s*\d[\d,]*(?:\.\d+)?)?\s*(?:%|per ?cent|percentage points?)",
    re.IGNORECASE,
)
# an hour read on a 12-hour clock: "8 pm", "8:54 p.m."
_TWELVE_HOUR = re.compile(r"(?::\d\d)?\s*[ap]\.?m\b\.?", re.IGNORECASE)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_ORDER_CELLS = 10_000  # items x English numbers past which order is not computed
_LARGEST = 1e21  # past this a float's digits are noise (as numerals.render)
_NUMERIC_DATE = re.compile(r"\b(?:\d{4}([-/.])\d\d\1\d\d|\d\d([-/.])\d\d\2\d{4})\b")
_LIST_MARK = re.compile(r"\s*\(?\d{1,2}[.)、）]\s?")
_LIST_DIGITS = re.compile(r"\s*\(?(\d{1,2})[.)、）](?!\d)")
_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)


def _family(m: NumberMention) -> str:
    if m.unit.startswith("%") or m.unit.startswith("percentage"):
        return "percent"
    if m.kind == "ordinal":
        return "ordinal"
    if m.kind == "date" and m.date is not None and m.date[1] is not None and m.date[2] is None:
        return "month"
    return "figure"


def _family_of(en: str, start: int, end: int) -> str:
    text = en[start:end]
    if text.endswith("%") or _PERCENT_AFTER.match(en, end):
        return "percent"
    if _is_month(text):
        return "month"
    if _ORDINAL.match(text) or text.lower() in ORDINAL_WORDS:
        return "ordinal"
    return "figure"


def _is_month(text: str) -> bool:
    low = text.lower().rstrip(".")
    return any(low == name.lower() or low == name[:3].lower() for name in MONTHS)


# ---------------------------------------------------------------------------------
# Writing a value in the style of the number it replaces

_SCALE_WORDS = {
    "trillion": 1e12,
    "billion": 1e9,
    "million": 1e6,
    "thousand": 1e3,
    "tn": 1e12,
    "bn": 1e9,
    "b": 1e9,
    "mn": 1e6,
    "m": 1e6,
    "k": 1e3,
}
_ABBREVIATED = ("tn", "bn", "mn", "k")  # the short forms a repair may pick from
_SCALED = re.compile(
    r"(?P<num>\d[\d,]*(?:\.\d+)?|\.\d+)(?P<sep>\s*)(?P<word>trillion|billion|million|thousand"
    r"|tn|bn|b|mn|m|k)$",
    re.IGNORECASE,
)
_LETTERED = re.compile(r"(?P<letter>[QH])\d")  # a quarter or half of the year
_DIGITS = re.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?)(?P<rest>%?)$")


def render_like(value: float, text: str, sentence: str) -> str | None:
    """``value`` written as ``text`` writes its number: same scale words, grouping,
    ordinal suffix, number words, month names. ``None`` when ``text`` has a form
    this does not rewrite (fractions, multiples, roman numerals)."""
    value = float(value)  # an int from a caller has no is_integer before Python 3.12
    if not math.isfinite(value) or abs(value) >= _LARGEST:
        return None  # too large to write faithfully: left as the check flagged it
    if _is_month(text):
        if not (value.is_integer() and 1 <= value <= 12):
            return None
        name = MONTHS[int(value) - 1]
        return name[:3] + text[3:] if len(text.rstrip(".")) == 3 else name
    if _ORDINAL.match(text):
        return f"{int(value)}{ordinal_en(int(value))[-2:]}" if value.is_integer() else None
    low = text.lower()
    if low in ORDINAL_WORDS:
        return _cased(ordinal_en(int(value)), text) if value.is_integer() else None
    if low in SMALL_WORDS:
        if value.is_integer() and 0 <= value < len(SMALL_WORDS):
            return _cased(SMALL_WORDS[int(value)], text)
        return _plain(value, grouped=False, sentence=sentence)
    scaled = _SCALED.fullmatch(text)
    if scaled:
        return _with_scale(value, scaled, sentence)
    digits = _DIGITS.fullmatch(text)
    if digits:
        num = digits.group("num")
        if num.startswith("0") and len(num) == 2 and value.is_integer() and 0 <= value < 60:
            return f"{int(value):02d}{digits.group('rest')}"  # minutes: 7:05
        # a figure of four digits or more written without commas (a year, 3999,
        # 60000) keeps that style: four digits for a value under 10,000, and any
        # value for five digits or more
        whole = len(num.partition(".")[0])
        plain = "," not in num and value >= 1000 and (whole >= 5 or (whole == 4 and value < 10_000))
        grouped = "," in num
        places = len(num.partition(".")[2])
        scaled = value * 10**places
        if places and not value.is_integer() and abs(scaled - round(scaled)) < 1e-6:
            # a fraction keeps the decimals written ("27.60" two places); a whole
            # number is written whole (35,000 for "3.5")
            comma = "," if grouped or value >= 10_000 else ""
            return f"{value:{comma}.{places}f}" + digits.group("rest")
        if plain and value.is_integer():
            return f"{int(value)}{digits.group('rest')}"
        return _plain(value, grouped, sentence) + digits.group("rest")
    quarter = _LETTERED.fullmatch(text)
    if quarter and value.is_integer() and value >= 0:
        return f"{quarter.group('letter')}{int(value)}"  # Q1, H2
    return None


def _cased(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _with_scale(value: float, m: re.Match[str], sentence: str) -> str:
    """ "12 million" -> "120 million"; past a thousand of the word, the next word up
    in the same spelling ("1.2 billion"); under one, the figure in digits."""
    word = m.group("word")
    scale = _SCALE_WORDS[word.lower()]
    under_one = float(m.group("num").replace(",", "")) < 1  # "0.12 billion" stays so
    if 1 <= value / scale < 1000 or (under_one and value / scale < 1):
        return f"{_trim(value / scale)}{m.group('sep')}{word}"
    short = word.lower() in _ABBREVIATED or len(word) == 1
    for w, s in _SCALE_WORDS.items():
        if (w in _ABBREVIATED) == short and s >= 1e6 and 1 <= value / s < 1000:
            name = w.upper() if word.isupper() else w
            return f"{_trim(value / s)}{m.group('sep')}{name}"
    return _plain(value, grouped=True, sentence=sentence)


def _plain(value: float, grouped: bool, sentence: str) -> str:
    """Digits; grouped by thousands when the number it replaces was, when the value
    has five digits or more, or when the sentence groups its other numbers."""
    if not value.is_integer():
        return _trim(value)
    n = int(value)
    if grouped or n >= 10_000 or (n >= 1000 and re.search(r"\d,\d{3}", sentence)):
        return f"{n:,}"
    return str(n)


def _trim(v: float) -> str:
    s = f"{v:.6f}".rstrip("0").rstrip(".")
    whole, _, frac = s.partition(".")
    return f"{int(whole):,}" + (f".{frac}" if frac else "")
