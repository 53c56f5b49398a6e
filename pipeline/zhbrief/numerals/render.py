"""The English renderer: a ``NumberMention`` written in English."""

from __future__ import annotations

import math

from .mention import NumberMention

# ---------------------------------------------------------------------------------
# English rendering

SMALL_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS_WORDS = [
    "_",
    "_",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]
ORDINAL_WORDS = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# Past this a float's digits are noise (and past 1.8e308 it is inf): such a number is
# kept as written
_LARGEST_RENDERED = 1e21
_FRACTION_WORDS = {2: "half", 3: "third", 4: "quarter", 5: "fifth", 10: "tenth"}


def format_value(v: float) -> str:
    """434500000000 -> '434.5 billion', 90000 -> '90,000', 1.5 -> '1.5'.

    A value too large for a float (``inf``) gives 'inf': callers show such a
    number as written instead (``render_en`` does).
    """
    if not math.isfinite(v):
        return str(v)
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= scale:
            return f"{_trim(v / scale)} {word}"
    if v == int(v):
        return f"{int(v):,}"
    return _trim(v)


def _trim(v: float) -> str:
    s = f"{v:.6f}".rstrip("0").rstrip(".")
    if "." not in s and abs(v) >= 1000:
        return f"{int(v):,}"
    return s


def ordinal_en(n: int) -> str:
    if 0 < n <= 10:
        return ORDINAL_WORDS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _count_en(m: NumberMention, v: float) -> str:
    if m.numeral and v == int(v) and 0 <= v < 20:
        return SMALL_WORDS[int(v)]
    return format_value(v)


def _with_unit(m: NumberMention, figure: str) -> str:
    unit = m.unit.replace(" up", "").replace(" down", "")
    if unit == "US$":
        return f"US${figure}"
    if unit == "HK$":
        return f"HK${figure}"
    if unit in ("%",):
        return f"{figure}%"
    if not unit:
        return figure
    if unit == "people" and m.value == 1:
        unit = "person"
    plural = ("years", "months", "days", "weeks", "hours", "minutes", "seconds", "times")
    if unit in plural and m.value == 1 and m.high is None:
        unit = unit[:-1]
    if unit == "o'clock":
        return f"{figure} o'clock"
    return f"{figure} {unit}"


def render_en(m: NumberMention) -> str:
    """The mention in English: '434.5 billion yuan', 'more than 26 million', '13th'.

    A number too large to write out faithfully (1e21 or more) is kept as written.
    """
    if not all(abs(v) < _LARGEST_RENDERED for v in (m.value, m.high or 0.0, *m.alternatives)):
        return m.text
    text = _render_core(m)
    if m.approx and m.kind != "date":
        if m.kind == "change" and text.startswith(("up ", "down ")):
            direction, _, rest = text.partition(" ")
            return f"{direction} {m.approx} {rest}"
        text = f"{m.approx} {text}"
    return text


def _render_core(m: NumberMention) -> str:
    if m.kind == "date":
        return _render_date(m)
    if m.kind == "ordinal":
        return ordinal_en(int(m.value))
    if m.kind == "period" and m.unit == "quarter":
        return f"{ordinal_en(int(m.value))} quarter"
    if m.kind == "fraction":
        return _render_fraction(m.value)
    if m.kind == "change" and m.unit == "times" and not m.text[:1].isdigit():
        return {2: "doubled", 4: "quadrupled", 8: "increased eightfold"}.get(
            int(m.value), f"increased {int(m.value)}-fold"
        )
    if m.kind == "range" and m.high is not None:
        low, high = _count_en(m, m.value), _count_en(m, m.high)
        if m.unit == "%":
            return f"{low}% to {high}%" if m.numeral else f"{low} to {high}%"
        return _with_unit(m, f"{low} to {high}")
    figure = _with_unit(m, _count_en(m, m.value))
    if m.kind == "change":
        direction = "down" if m.unit.endswith("down") else "up"
        if m.unit.startswith("times"):
            return f"{direction} {figure}"
        return f"{direction} {figure}"
    return figure


def _render_date(m: NumberMention) -> str:
    if m.date is None:
        if m.unit == "s" and m.alternatives:  # 80年代
            return f"the {int(m.alternatives[0])}s"
        if m.alternatives:  # 90后, the generation
            return f"post-{int(m.value):02d}s"
        return format_value(m.value)
    y, mo, d = m.date
    parts = [str(d)] if d is not None else []
    if mo is not None:
        parts.append(MONTHS[mo - 1])
    if y is not None:
        parts.append(str(y))
    text = " ".join(parts)
    return f"since {text}" if m.approx == "since" else text


def _render_fraction(v: float) -> str:
    for den, word in _FRACTION_WORDS.items():
        num = v * den
        if abs(num - round(num)) < 1e-9 and 1 <= round(num) < den:
            n = round(num)
            if den == 2:
                return "half"
            return f"{SMALL_WORDS[n]} {word}{'s' if n > 1 else ''}"
    return _trim(v)
