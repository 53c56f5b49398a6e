"""A numeric expression found in Chinese text: value, unit, kind and offsets."""

from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------------------------
# The mention


@dataclass(frozen=True)
class NumberMention:
    """One numeric expression of the source, with offsets into the text given.

    ``kind`` is one of amount, percent, count, ordinal, date, period, multiple,
    fraction, range, change. For a range ``value`` is the low and ``high`` the high
    end; for a date ``date`` holds (year, month, day), any of them ``None``.
    """

    value: float
    unit: str
    kind: str
    approx: str | None
    start: int
    end: int
    text: str
    high: float | None = None
    date: tuple[int | None, int | None, int | None] | None = None
    # False for expressions an English translation need not state as a number:
    # 一个 ("a"), 十几 ("a dozen or so")
    checked: bool = True
    numeral: bool = False  # written in Chinese numerals (rendered as words when small)
    alternatives: tuple[float, ...] = ()  # other values an English rendering may use
    # An adjacent-digit range that estimates (五六百米 "about 500 metres"): one end or
    # the middle is enough, where a band (二三级 "level 2-3") needs both ends
    estimate: bool = False
    # 1宗, 1小时 written in digits: not checked as a number ("a case", "an hour"), but
    # the English must still say a, an, one or 1 (see checks.numbers)
    article: bool = False
    # 25日 said again before another clock time (25日6时…25日11时): the English may
    # give the day once with all its times
    repeated_day: bool = False

    def requirements(self) -> list[tuple[float, ...]]:
        """What the English must state: one tuple of acceptable values per item."""
        if not self.checked:
            return []
        if self.kind == "date" and self.date is not None:
            return [(float(part),) for part in self.date if part is not None]
        if self.kind == "range" and self.high is not None:
            # Both ends: 2至6元 "2 to 6 yuan", 七八十 "70 or 80", 六七十年代 "the 1960s
            # and 1970s" (an end may be written as its decade: 1960)
            if self.estimate:
                return [(self.value, self.high, *self.alternatives)]
            alts = self.alternatives
            low = (self.value, *alts[:1]) if len(alts) == 2 else (self.value,)
            high = (self.high, *alts[1:]) if len(alts) == 2 else (self.high,)
            return [low, high]
        return [(self.value, *self.alternatives)]
