"""Degenerate output: loops, odd length ratios, leftover Chinese."""

from __future__ import annotations

import re
from collections import Counter

from ..document import Flag

# ---------------------------------------------------------------------------------
# Degenerate output

# Han characters; 丨 (U+4E28) is left out: Chinese web text uses it as a separator bar
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u4e27\u4e29-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
# English characters (no spaces) per Chinese character: on WMT22 the human references
# have a median of 3.9 and 1st-99th percentiles of 2.0-6.6; of 1,697 lines with 8+
# hanzi, none of reference A and one of reference B fall outside these bounds
MIN_RATIO = 1.0
MAX_RATIO = 9.0
MIN_CHARS_FOR_RATIO = 8


def check_degenerate(zh: str, en: str) -> Flag | None:
    """A repeated n-gram loop, a far-off length ratio or Chinese left in the English.

    The translation stage retries a sentence flagged here once with safer decoding.
    """
    reason = _loop(en) or _ratio(zh, en) or _leftover(en)
    if reason is None:
        return None
    return Flag(kind="degenerate", message=reason, zh=zh, en=en)


def _loop(en: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(en)]
    for n in range(1, 7):
        times = 4 if n == 1 else 3
        for i in range(len(words) - n * times + 1):
            gram = words[i : i + n]
            if all(words[i + k * n : i + (k + 1) * n] == gram for k in range(1, times)):
                return f"the English repeats {' '.join(gram)!r} {times}+ times in a row"
    counts = Counter(tuple(words[i : i + 4]) for i in range(len(words) - 3))
    if counts:
        top, count = counts.most_common(1)[0]
        # Scattered repeats are a loop only when they make up much of the output;
        # long legal or policy sentences repeat a phrase now and then
        if count >= 4 and count * 4 >= 0.4 * len(words):
            return f"the English repeats {' '.join(top)!r} {count} times"
    return None


def _ratio(zh: str, en: str) -> str | None:
    han = len(HAN.findall(zh))
    if han < MIN_CHARS_FOR_RATIO:
        return None
    en_chars = len(re.sub(r"\s+", "", en))
    ratio = en_chars / han
    if ratio < MIN_RATIO:
        return f"the English is too short for the source ({ratio:.2f} characters per hanzi)"
    if ratio > MAX_RATIO:
        return f"the English is too long for the source ({ratio:.1f} characters per hanzi)"
    return None


def _leftover(en: str) -> str | None:
    han = HAN.findall(en)
    if han:
        return f"Chinese left in the English: {''.join(han[:10])}"
    return None
