"""The English parser: the values an English sentence states, however written."""

from __future__ import annotations

import math
import re

from .chinese import is_code
from .render import MONTHS, ORDINAL_WORDS, SMALL_WORDS, TENS_WORDS

# ---------------------------------------------------------------------------------
# English values

_WORD_VALUES = {w: i for i, w in enumerate(SMALL_WORDS)}
_WORD_VALUES.update({w: 10 * i for i, w in enumerate(TENS_WORDS) if w != "_"})
_ORDINAL_VALUES = {w: i for i, w in enumerate(ORDINAL_WORDS) if i}
_ORDINAL_VALUES.update(
    {
        "twentieth": 20,
        "thirtieth": 30,
        "fortieth": 40,
        "fiftieth": 50,
        "sixtieth": 60,
        "seventieth": 70,
        "eightieth": 80,
        "ninetieth": 90,
        "hundredth": 100,
    }
)
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
    "k": 1_000,
    "lakh": 100_000,
}
_MULTIPLES = {
    "double": 2,
    "doubled": 2,
    "doubles": 2,
    "doubling": 2,
    "twice": 2,
    "twofold": 2,
    "triple": 3,
    "tripled": 3,
    "triples": 3,
    "tripling": 3,
    "thrice": 3,
    "threefold": 3,
    "quadruple": 4,
    "quadrupled": 4,
    "fourfold": 4,
    "both": 2,
    "pair": 2,
    "couple": 2,
    "dozen": 12,
    "dozens": 12,
    "half": 0.5,
    "once": 1,
    "decade": 10,
    "century": 100,
    "centenary": 100,
    "centennial": 100,
}
_CLOCK_WORDS = {"noon": 12.0, "midday": 12.0, "midnight": 24.0}
# 0时至24时 / 0—24时 / 24小时: the whole day, however the English says it
_ROUND_THE_CLOCK = re.compile(
    r"\b(?:(?:a)?round[- ]the[- ]clock|all[- ]day(?:[- ]long)?|(?:the )?whole day|day and night)\b",
    re.IGNORECASE,
)
# "the sixties" for 60年代: a decade word is its year (1960), as "the 1960s" is
_DECADE_WORDS = {
    f"{word}ties": 1900 + 10 * tens
    for tens, word in enumerate(
        ("", "", "twen", "thir", "for", "fif", "six", "seven", "eigh", "nine")
    )
    if word
}
# "post-90s", "pre-2000": a generation or an era, not a code like B-52
_ERA_PREFIX = re.compile(r"(?:post|pre|mid|late|early)-$", re.IGNORECASE)
_MONTH_VALUES = {name.lower(): i + 1 for i, name in enumerate(MONTHS)}
_MONTH_VALUES.update(
    {
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}
_EN_TOKEN = re.compile(
    r"\b(?P<code>[QH][1-4])\b"
    r"|\b(?P<lead>Part|Book|Phase|Chapter|Volume|Article|Level|Grade|Class|Stage|Round)"
    r"\s+(?P<roman>[IVX]{1,4})\b"
    r"|(?P<num>\d+(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+)(?P<glue>(?:st|nd|rd|th|s|[A-Za-z]+)\b)?"
    r"|(?P<word>[A-Za-z]+(?:'s)?)"
)


def english_values(text: str) -> list[float]:
    """Every value an English text states, in order; "26 million" -> 26000000.0.

    Number words ("three", "twenty-five", "a million"), ordinals ("13th", "first"),
    fractions ("one third"), multiples ("doubled", "6-fold"), month names (May -> 5)
    and decades ("1990s" -> 1990) are read too. Digits glued after letters (C919)
    are codes, not values; digits before letters (60kWp, 5G) are values.
    """
    return [v for v, _, _ in english_numbers(text)]


def english_numbers(text: str) -> list[tuple[float, int, int]]:
    """Like ``english_values``, with the character span each value was read from."""
    tokens = _en_tokens(text)
    out: list[tuple[float, int, int]] = []
    i = 0
    while i < len(tokens):
        kind, tok, pos, _ = tokens[i]
        low = tok.lower()
        j = i + 1
        value: float | None = None
        if kind == "num":
            value, j = _read_scaled(tokens, i, float(tok))
        elif low in _WORD_VALUES or (low == "a" and _next_is_scale(tokens, i)):
            value, j = _read_words(text, tokens, i)
        elif low == "a" and i + 1 < len(tokens) and tokens[i + 1][1].lower() in _DENOMINATORS:
            value, j = 1 / _DENOMINATORS[tokens[i + 1][1].lower()], i + 2
        elif low in _ORDINAL_VALUES:
            value = float(_ORDINAL_VALUES[low])
        elif low in _CLOCK_WORDS:
            value = _CLOCK_WORDS[low]
        elif low in _DECADE_WORDS:
            value = float(_DECADE_WORDS[low])
        elif low in _MULTIPLES and (low != "half" or not _prev_number(tokens, i)):
            value = float(_MULTIPLES[low])
        elif low in _MONTH_VALUES and tok[0].isupper() and _is_month(text, tok, pos):
            value = float(_MONTH_VALUES[low])
        elif kind == "roman":
            value = float(_roman(tok))
        if value is not None:
            out.append((value, pos, tokens[j - 1][3]))
            if kind == "num" and j == i + 2 and tokens[i + 1][1].lower() in ("m", "k"):
                out.append((float(tok), pos, tokens[i][3]))  # 30m: metres or million
        i = max(j, i + 1)
    for m in _ROUND_THE_CLOCK.finditer(text):  # 0时至24时, 24小时: all day long
        out.extend([(0.0, m.start(), m.end()), (24.0, m.start(), m.end())])
    return sorted(out, key=lambda t: t[1])


_Token = tuple[str, str, int, int]  # kind, text, start, end


def _en_tokens(text: str) -> list[_Token]:
    """("num", "434.5", start, end) and ("word", "billion", ...) tokens; codes dropped."""
    out: list[_Token] = []
    for m in _EN_TOKEN.finditer(text):
        if m.group("code") is not None:
            out.append(("num", m.group("code")[1], m.start(), m.end()))
        elif m.group("roman") is not None:  # Part II, Level III
            out.append(("word", m.group("lead"), m.start(), m.end("lead")))
            out.append(("roman", m.group("roman"), m.start("roman"), m.end()))
        elif m.group("num") is not None:
            start = m.start()
            before = text[max(0, start - 1) : start]
            if before.isalpha() or before == "_":
                continue  # C919, #PRS_ORG1
            if is_code(text, start, m.group("num")) and not _ERA_PREFIX.search(
                text[max(0, start - 6) : start]
            ):
                continue
            if before == ":" and m.group("num") == "00" and _clock_hour_before(text, start):
                continue  # 24:00 states the hour; ":00" is the clock's format, not a zero
            out.append(("num", m.group("num").replace(",", ""), start, m.end("num")))
            glue = (m.group("glue") or "").lower()
            if glue in _SCALES:
                out.append(("scale", glue, m.start("glue"), m.end()))
        else:
            word = m.group("word")
            if word.lower().endswith("'s"):
                word = word[:-2]
            for part in _split_compound(word):
                out.append(("word", part, m.start(), m.end()))
    # hyphenated number words (twenty-five) arrive as two tokens: fine for _read_words
    return out


def _clock_hour_before(text: str, colon_end: int) -> bool:
    """An hour of one or two digits right before the colon: "24:00", "7:00"."""
    return bool(re.search(r"(?<![\d:])\d{1,2}:$", text[max(0, colon_end - 4) : colon_end]))


def _roman(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(s, [*s[1:], ""], strict=False):
        v = vals[a]
        total += -v if b and vals[b] > v else v
    return total


def _split_compound(word: str) -> list[str]:
    low = word.lower()
    if low.endswith("fold") and low[:-4] in _WORD_VALUES:
        return [word[:-4]]  # sixfold
    for tens in TENS_WORDS[2:]:
        if low.startswith(tens) and low[len(tens) :] in _ORDINAL_VALUES:
            return [word[: len(tens)], word[len(tens) :]]
    return [word]


def _next_is_scale(tokens: list[_Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1][1].lower() in (
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "dozen",
    )


def _prev_number(tokens: list[_Token], i: int) -> bool:
    return i > 0 and (tokens[i - 1][0] == "num" or tokens[i - 1][1].lower() in _WORD_VALUES)


def _read_scaled(tokens: list[_Token], i: int, v: float) -> tuple[float, int]:
    """A digit number and the scale words after it: 434.5 billion, 26 million."""
    i += 1
    while i < len(tokens) and tokens[i][1].lower() in _SCALES:
        # "13 m" is metres; only a glued "3m" / "3bn" or a full word scales
        if tokens[i][0] != "scale" and len(tokens[i][1]) < 3 and tokens[i][1] not in ("bn", "mn"):
            break
        v *= _SCALES[tokens[i][1].lower()]
        i += 1
    return v, i


def _read_words(text: str, tokens: list[_Token], i: int) -> tuple[float | None, int]:
    """Number words: 'three', 'twenty five', 'one hundred and five', 'a million'.

    A cardinal before a fraction word reads as a fraction: 'one third', 'two thirds'.
    A list ('three, four, five and six') is four numbers, not their sum.
    """
    total = 0.0
    current = 0.0
    seen = False
    j = i
    while j < len(tokens):
        low = tokens[j][1].lower()
        if seen and text[tokens[j - 1][3] : tokens[j][2]].strip(" -"):
            break  # punctuation between words ends the number
        if low == "a" and not seen and _next_is_scale(tokens, j):
            current, seen = 1.0, True
        elif low in _WORD_VALUES and tokens[j][0] == "word":
            word = _WORD_VALUES[low]
            tens_then_unit = current % 100 >= 20 and current % 10 == 0 and word < 10
            if seen and current % 100 != 0 and not tens_then_unit:
                break  # "five six": two numbers
            current += word
            seen = True
        elif low == "dozen" and seen:
            current *= 12
        elif low in _SCALES and len(low) > 2 and seen:
            scale = _SCALES[low]
            if scale == 100:
                current *= 100
            else:
                total += (current or 1) * scale
                current = 0
        elif (
            low == "and"
            and seen
            and current % 100 == 0  # "one hundred and five", not "five and six"
            and j + 1 < len(tokens)
            and tokens[j + 1][1].lower() in (_WORD_VALUES)
        ):
            pass
        else:
            break
        j += 1
    if not seen:
        return None, i + 1
    value = total + current
    if j < len(tokens) and tokens[j][1].lower() in _DENOMINATORS and value < 10:
        nxt = tokens[j][1].lower()
        # "one third", "two thirds"; but "the first quarter" never gets here
        return value / _DENOMINATORS[nxt], j + 1
    if j < len(tokens) and tokens[j][1].lower() in _ORDINAL_VALUES and value >= 20:
        # twenty-first
        return value + _ORDINAL_VALUES[tokens[j][1].lower()], j + 1
    return value, j


def _is_month(text: str, tok: str, pos: int) -> bool:
    if tok.lower() != "may" and len(tok) > 3:
        return True
    if tok.lower() not in ("may", "mar", "jan", "feb", "apr", "jun", "jul", "aug"):
        return True
    # May/Mar are also words: a month only next to a number, or after in/of/since/until
    near = text[max(0, pos - 12) : pos + len(tok) + 8]
    return bool(
        re.search(r"\d", near)
        or re.search(
            r"\b(?:in|of|since|until|from|to|early|late|mid|last|next|this)\s+$",
            text[max(0, pos - 12) : pos],
        )
    )


def values_equal(a: float, b: float) -> bool:
    """Equal up to float noise (0.1 + 0.2 vs 0.3; 1.611e9 read two ways)."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
