"""The Chinese parser: numeric expressions of a sentence as ``NumberMention`` values."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .lexicon import (
    APPROX_AFTER,
    APPROX_BEFORE,
    APPROX_TAIL,
    BAND_UNITS,
    CHANGE_DOWN,
    CHANGE_UP,
    CN_BIG,
    CN_DIGITS,
    CN_NUM_CHARS,
    CN_SMALL,
    FIRST_SUPERLATIVE,
    FULLWIDTH,
    IDIOMS,
    NOT_NUMBERS,
    NUMBER_IDIOMS,
    UNIT_RE,
    UNITS,
    cn_to_int,
)
from .mention import NumberMention

# ---------------------------------------------------------------------------------
# Patterns

_ARABIC = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CN_NUM = f"[{CN_NUM_CHARS}]+"
_MULT = r"万亿|亿|万|千|百"

_DATE_RE = re.compile(
    rf"(?:(?P<y>\d{{4}}|[{''.join(CN_DIGITS)}]{{4}})年)?"
    rf"(?:(?P<m>\d{{1,2}}|十[一二]?|[一二三四五六七八九])月(?!份?[的]?[来以]后?)(?:份)?)?"
    rf"(?:(?P<d>\d{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号](?!子))?"
)
# The denominator is bounded: unbounded, each start in a long numeral run would scan
# to its end looking for 分之 (quadratic)
_FRACTION_RE = re.compile(
    rf"(?P<den>[{CN_NUM_CHARS}]{{1,64}}|\d{{1,64}})分之(?P<num>{_CN_NUM}|\d+(?:\.\d+)?)"
)
_PERCENT_CN_RE = re.compile(rf"百分之(?P<num>{_CN_NUM}|\d+(?:\.\d+)?)")
_DOUBLE_RE = re.compile(r"翻(?P<n>[一两二三四])?番")
_CN_RANGE_RE = re.compile(
    r"(?P<a>[一二三四五六七八九])(?P<b>[二三四五六七八九])(?P<mult>十|百|千|万)?"
    r"(?P<big>万|亿)?"
)
_ARABIC_RE = re.compile(
    rf"(?<![A-Za-z_#\d.])(?P<num>{_ARABIC})"
    rf"(?:\s*(?P<sep>至|到|~|-|—|－|–)\s*(?P<num2>{_ARABIC}))?"
)
_CN_RE = re.compile(rf"(?P<num>{_CN_NUM})")
_SPAN_BEFORE = 5  # characters looked at before a number for 近/超/增长
# No numeral of real text is longer (九千九百九十九万九千九百九十九亿 is 16)
_LONGEST_NUMERAL = 64


@dataclass
class _Raw:
    start: int
    end: int
    value: float
    high: float | None = None
    numeral: bool = False
    approx: str | None = None
    unit: str = ""
    unit_zh: str = ""
    kind: str = "amount"
    checked: bool = True
    alternatives: tuple[float, ...] = ()
    date: tuple[int | None, int | None, int | None] | None = None
    estimate: bool = False
    article: bool = False
    repeated_day: bool = False


def _num(s: str) -> float | None:
    if s[0].isdigit():
        return float(s.replace(",", ""))  # inf past 1.8e308, never an error
    return _float(cn_to_int(s))


def _float(v: int | None) -> float | None:
    """An integer as a float; ``inf`` when too large for one (over 308 digits). Such
    a value is compared as is and rendered as written (``render_en``)."""
    if v is None:
        return None
    try:
        return float(v)
    except OverflowError:
        return math.inf


def _free(taken: list[bool], start: int, end: int) -> bool:
    return not any(taken[start:end])


def _mask(text: str) -> list[bool]:
    """Characters inside idioms and non-number words, which no mention may touch."""
    taken = [False] * len(text)
    for phrase in (*IDIOMS, *NUMBER_IDIOMS, *NOT_NUMBERS):
        if phrase not in text:  # most are absent: skip the regex (a third of the time)
            continue
        for m in re.finditer(re.escape(phrase), text):
            if m.start() > 0 and text[m.start() - 1] in CN_NUM_CHARS + "第":
                continue  # 十二次 is "12th", not 二次 "secondary"
            _take(taken, m.start(), m.end())
    for m in FIRST_SUPERLATIVE.finditer(text):
        _take(taken, m.start(), m.start() + 2)  # only 第一: the rest may hold numbers
    return taken


def _take(taken: list[bool], start: int, end: int) -> None:
    for i in range(start, end):
        taken[i] = True


# ---------------------------------------------------------------------------------
# Parsing


def parse_numbers(text: str) -> list[NumberMention]:
    """The numeric expressions of a Chinese text, in order of position."""
    norm = text.translate(FULLWIDTH)
    taken = _mask(norm)
    raws: list[_Raw] = []
    for finder in (_find_dates, _find_fractions, _find_doubling, _find_cn_ranges):
        raws.extend(finder(norm, taken))
    raws.extend(_find_arabic(norm, taken))
    raws.extend(_find_chinese(norm, taken))
    out = []
    raws.sort(key=lambda r: r.start)
    _mark_repeated_days(norm, raws)
    for r, nxt in zip(raws, [*raws[1:], None], strict=False):
        if r.unit == "century" and nxt is not None and nxt.unit == "s" and nxt.start <= r.end:
            r.checked = False  # 20世纪80年代: English says "the 1980s", not "20th century"
        out.append(
            NumberMention(
                value=r.value,
                unit=r.unit,
                kind=r.kind,
                approx=r.approx,
                start=r.start,
                end=r.end,
                text=text[r.start : r.end],
                high=r.high,
                date=r.date,
                checked=r.checked,
                numeral=r.numeral,
                alternatives=r.alternatives,
                estimate=r.estimate,
                article=r.article,
                repeated_day=r.repeated_day,
            )
        )
    return out


_CLOCK_AFTER = re.compile(rf"(?:\d{{1,2}}|[{CN_NUM_CHARS}]{{1,3}})[时点]")


def _mark_repeated_days(text: str, raws: list[_Raw]) -> None:
    """A date given again right before a clock time, the same day as a date before it
    (7月25日6时40分…25日11时30分): the English says the day once with its times."""
    month: int | None = None
    seen: set[tuple[int | None, int]] = set()
    for r in raws:
        if r.kind != "date" or r.date is None or r.date[2] is None:
            continue
        month = r.date[1] if r.date[1] is not None else month
        day = (month, r.date[2])
        if day in seen and _CLOCK_AFTER.match(text, r.end):
            r.repeated_day = True
        seen.add(day)


_DOTTED_DATE_RE = re.compile(r"(?<![\d.])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d.])")


def _find_dates(text: str, taken: list[bool]) -> list[_Raw]:
    out = []
    for m in _DOTTED_DATE_RE.finditer(text):  # 2021.6.11, 2022-01-17
        year, month, day = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if 1 <= month <= 12 and 1 <= day <= 31 and _free(taken, m.start(), m.end()):
            raw = _Raw(m.start(), m.end(), float(year), kind="date", date=(year, month, day))
            out.append(raw)
            _take(taken, m.start(), m.end())
    for m in _DATE_RE.finditer(text):
        if m.start() == m.end() or not _free(taken, m.start(), m.end()):
            continue
        y, mo, d = (_num(g) if g else None for g in m.group("y", "m", "d"))
        if y is None and mo is None:
            continue  # a bare 11日 or 3号 is too often not a date (3号线)
        if (mo is not None and not 1 <= mo <= 12) or (d is not None and not 1 <= d <= 31):
            continue
        if y is not None and mo is None and d is None:
            if not 1000 <= y <= 2100:
                continue
            before = text[max(0, m.start() - 1) : m.start()]
            if before and (before.isdigit() or before in "第近"):
                continue
        # 五月 alone is a month only when written with digits or as 十X月
        month_only = mo is not None and y is None and d is None
        spelled = m.group("m") is not None and m.group("m")[0] not in "0123456789十"
        if month_only and spelled and not _month_context(text, m.end()):
            continue
        date = (
            None if y is None else int(y),
            None if mo is None else int(mo),
            None if d is None else int(d),
        )
        r = _Raw(m.start(), m.end(), float(y or mo or 0), kind="date", date=date)
        _context(text, r)
        out.append(r)
        _take(taken, m.start(), m.end())
    # A day on its own after a month earlier in the text: 12月8日至10日, 20日上午
    if "月" in text:
        # 本月7日 ("on the 7th of this month") is a day too
        for m in re.finditer(r"(?:(?<![\d.月])|(?<=[本当上下次同该]月))(\d{1,2})日", text):
            d = int(m.group(1))
            if 1 <= d <= 31 and "月" in text[: m.start()] and _free(taken, m.start(), m.end()):
                r = _Raw(m.start(), m.end(), float(d), kind="date", date=(None, None, d))
                out.append(r)
                _take(taken, m.start(), m.end())
    return out


def _month_context(text: str, end: int) -> bool:
    return bool(re.match(r"份|中旬|上旬|下旬|初|底|末", text[end : end + 2]))


def _find_fractions(text: str, taken: list[bool]) -> list[_Raw]:
    out = []
    for m in _FRACTION_RE.finditer(text):
        if not _free(taken, m.start(), m.end()):
            continue
        den, num = _num(m.group("den")), _num(m.group("num"))
        if den is None or num is None or den == 0 or not math.isfinite(num * 100 / den):
            continue  # a part of an infinite value is no value: kept as written
        if den == 100:
            r = _Raw(m.start(), m.end(), num, kind="percent", unit="%")
            r.numeral = not m.group("num")[0].isdigit()
            r = _maybe_cn_range_percent(m.group("num"), r)
        else:
            v = num / den
            r = _Raw(m.start(), m.end(), v, kind="fraction", numeral=True)
            r.alternatives = (round(v * 100), round(v * 100, 1))
        _context(text, r)
        out.append(r)
        _take(taken, m.start(), m.end())
    for m in _PERCENT_CN_RE.finditer(text):  # 百分之七八十 (百分之 + range)
        if not _free(taken, m.start(), m.end()):
            continue
        r = _Raw(m.start(), m.end(), 0.0, kind="percent", unit="%", numeral=True)
        r = _maybe_cn_range_percent(m.group("num"), r)
        if r.value or r.high:
            _context(text, r)
            out.append(r)
            _take(taken, m.start(), m.end())
    return out


def _maybe_cn_range_percent(num: str, r: _Raw) -> _Raw:
    rm = _CN_RANGE_RE.fullmatch(num)
    if rm and int(CN_DIGITS[rm.group("b")]) == CN_DIGITS[rm.group("a")] + 1:
        scale = CN_SMALL.get(rm.group("mult") or "", 1)
        r.value = float(CN_DIGITS[rm.group("a")] * scale)
        r.high = float(CN_DIGITS[rm.group("b")] * scale)
        r.kind = "range"
        r.alternatives = ((r.value + r.high) / 2,)
        r.estimate = True  # 百分之七八十: "70 to 80 percent", "about 75 percent"
    else:
        v = _num(num)
        if v is not None:
            r.value = v
    return r


def _find_doubling(text: str, taken: list[bool]) -> list[_Raw]:
    out = []
    for m in _DOUBLE_RE.finditer(text):
        if not _free(taken, m.start(), m.end()):
            continue
        n = CN_DIGITS.get(m.group("n") or "一", 1)
        r = _Raw(m.start(), m.end(), float(2**n), kind="change", unit="times")
        _context(text, r)
        out.append(r)
        _take(taken, m.start(), m.end())
    return out


def _find_cn_ranges(text: str, taken: list[bool]) -> list[_Raw]:
    """七八十, 三四个: two neighbouring digits, "seventy or eighty"."""
    out = []
    for m in _CN_RANGE_RE.finditer(text):
        a, b = CN_DIGITS[m.group("a")], CN_DIGITS[m.group("b")]
        if b != a + 1 or not _free(taken, m.start(), m.end()):
            continue
        scale = CN_SMALL.get(m.group("mult") or "", 1) * CN_BIG.get(m.group("big") or "", 1)
        unit = _unit_at(text, m.end())
        if unit is None and scale == 1:
            continue
        r = _Raw(m.start(), m.end(), float(a * scale), high=float(b * scale), kind="range")
        r.numeral = True
        r.alternatives = ((a + b) * scale / 2,)
        r.estimate = unit not in BAND_UNITS
        _context(text, r)
        out.append(r)
        _take(taken, r.start, r.end)
    return out


def _unit_at(text: str, pos: int) -> str | None:
    m = re.compile(UNIT_RE).match(text, pos)
    return m.group(0) if m else None


def _find_arabic(text: str, taken: list[bool]) -> list[_Raw]:
    out = []
    for m in _ARABIC_RE.finditer(text):
        if not _free(taken, m.start(), m.end()):
            continue
        if is_code(text, m.start(), m.group("num")):
            continue
        value = float(m.group("num").replace(",", ""))
        r = _Raw(m.start(), m.end(), value)
        if m.group("num2"):
            high = float(m.group("num2").replace(",", ""))
            if high <= value or (m.group("sep") in "-—－–" and _looks_like_code(m.group(0))):
                r = _Raw(m.start(), m.start() + len(m.group("num")), value)
            else:
                r.high, r.kind = high, "range"
        _context(text, r)
        out.append(r)
        _take(taken, r.start, r.end)
    return out


# A word and a hyphen before digits: B-52, COVID-19, and Chinese designations 运-20,
# 歼-20 (not 1月-3月: a unit or numeral before the hyphen is a range)
_CODE_PREFIX = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Za-z]+|[\u4e00-\u9fff]{1,2}"
    r"(?<![月日年号时点分秒元个万亿千百十两零〇一二三四五六七八九]))-$"
)


def is_code(text: str, start: int, num: str) -> bool:
    """B-52, CMV-22B, COVID-19: a word, a hyphen, digits (but Rescue-2021 is a year)."""
    return bool(_CODE_PREFIX.search(text[max(0, start - 12) : start])) and not re.fullmatch(
        r"(?:19|20)\d\d", num
    )


def _looks_like_code(s: str) -> bool:
    # 2022-05-11, 010-12345678: a hyphen between numbers that are not a range; but
    # 2019-2020 (two years) is a range of years, "from 2019 to 2020"
    years = re.fullmatch(r"((?:19|20)\d\d)-((?:19|20)\d\d)", s)
    if years and int(years.group(1)) < int(years.group(2)):
        return False
    return bool(re.fullmatch(r"\d{3,4}-\d{2,}", s))


def _find_chinese(text: str, taken: list[bool]) -> list[_Raw]:
    out = []
    for m in _CN_RE.finditer(text):
        run, start = m.group(0), m.start()
        # A run may hold several numbers or a numeral glued to a word; trim to the
        # longest well-formed prefix that is followed by a unit. Past _LONGEST_NUMERAL
        # characters only the whole run is tried, so a line of 20,000 一 stays linear
        lengths = [len(run), *range(min(len(run) - 1, _LONGEST_NUMERAL), 0, -1)]
        for length in lengths:
            s = run[:length]
            end = start + len(s)
            if _free(taken, start, end) and cn_to_int(s) is not None:
                ordinal = text[max(0, start - 1) : start] == "第"
                suffix = _suffix_unit(text, end)
                if ordinal or suffix is not None or (_has_scale(s) and len(s) > 1):
                    r = _Raw(start, end, _float(cn_to_int(s)) or 0.0, numeral=True)
                    _context(text, r)
                    out.append(r)
                    _take(taken, r.start, r.end)
                    break
    return out


def _has_scale(s: str) -> bool:
    return any(c in CN_SMALL or c in CN_BIG for c in s) and s not in (
        "十",
        "百",
        "千",
        "万",
        "亿",
        "万亿",
    )


def _suffix_unit(text: str, pos: int) -> str | None:
    m = re.compile(rf"(?:余|多|几)?(?:{_MULT})?(?:{UNIT_RE})").match(text, pos)
    return m.group(0) if m else None


def _context(text: str, r: _Raw) -> None:
    """Read the words around a number: 余/多 and 万/亿 after it, 近/超/第/增长 before."""
    if r.kind in ("date", "fraction", "change") or (r.kind == "percent" and r.unit):
        _prefix(text, r)
        return
    pos = r.end
    if not r.numeral and re.match(r" (?:余|多)?(?:万亿|亿|万)", text[pos : pos + 4]):
        pos += 1  # "820 万美元"
    m = re.compile(r"(余|多|几)?(万亿|亿|万|千|百)?(余|多)?").match(text, pos)
    if m and m.end() > pos:
        approx = m.group(1) or m.group(3)
        mult = m.group(2)
        if mult and not (mult in "千百" and not r.numeral and m.group(1)):
            scale = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}[mult]
            r.value *= scale
            if r.high is not None:
                r.high *= scale
            if r.alternatives:
                r.alternatives = tuple(a * scale for a in r.alternatives)
        pos = m.end()
        tail = re.match(r"\d{1,4}(?![\d.])", text[pos:]) if mult == "万" and not approx else None
        if tail:  # 2万4801 = 24,801
            r.value += float(tail.group(0))
            pos += len(tail.group(0))
        if approx:
            r.approx = APPROX_AFTER[approx]
            if approx == "几" and not mult:
                r.checked = False  # 十几: "a dozen or so", "over ten", "dozens"
    if r.kind == "amount" and text.startswith(("%", "％", " %"), pos):  # "400 %" too
        r.kind, r.unit, r.unit_zh = "percent", "%", "%"
        pos += 1 + (text[pos] == " ")
    elif r.kind == "amount" and text.startswith("个百分点", pos):
        r.kind, r.unit, r.unit_zh = "percent", "percentage points", "个百分点"
        pos += 4
    else:
        u = _unit_at(text, pos)
        if u is not None and not (u in _CLOCK_UNITS and r.value > 24):
            r.unit_zh, r.unit = u, UNITS[u]
            pos += len(u)
            if u in ("亿美元", "万美元", "万元", "亿元", "万亿元", "万吨"):
                scale = {"亿": 1e8, "万": 1e4, "万亿": 1e12}[u[:-1].replace("美", "")[:2]]
                scale = 1e12 if u.startswith("万亿") else scale
                r.value *= scale
                if r.high is not None:
                    r.high *= scale
    r.end = max(r.end, pos)
    tail_word = text[pos : pos + 2]
    if tail_word in APPROX_TAIL:
        r.approx = r.approx or APPROX_TAIL[tail_word]
    _kind(text, r)
    _prefix(text, r)


def _kind(text: str, r: _Raw) -> None:
    before = text[max(0, r.start - 1) : r.start]
    u = r.unit_zh
    vague = r.numeral and (before in ("几", "数", "上", "成", "好") or text[r.start] in "百千万亿")
    if vague or before == "负":
        # 几十, 数百, 上千: "dozens", "hundreds"; 百万 / 千人 alone: "a million-level",
        # "thousands"; 负二层: "B2"
        r.checked = False
    if r.kind == "range":
        if u in _CLOCK_UNITS and (r.value, r.high) == (0, 24):
            r.estimate = True  # 0—24时: the whole day ("24 hours a day", "around the clock")
        if u == "年代" and r.high is not None:  # 六七十年代 = the 1960s and 1970s
            century = 1900 if r.value >= 30 else 2000
            r.alternatives = (century + r.value, century + r.high)
        return
    if before == "第":
        r.kind = "period" if u == "季度" else "ordinal"
        r.start -= 1
        if r.value == 1 and text[r.end : r.end + 1] in _SUPERLATIVE:
            r.checked = False  # 第一大港: "the largest port", no number in English
    elif u == "届":
        r.kind = "ordinal"
        if r.value == 1 and before != "第":
            r.checked = False  # 一届毕业生: "a class of graduates", not "first"
    elif u == "季度" and r.value <= 4:
        r.kind = "period"  # 一季度 = the first quarter
    elif u == "倍":
        r.kind = "multiple"
    elif u in ("世纪", "周年", "年级"):
        r.kind = "ordinal"
    elif u == "年代":  # 80年代 = the 1980s
        r.kind = "date"
        r.alternatives = (1900 + r.value if r.value >= 30 else 2000 + r.value,)
    elif u in ("年", "个月", "天", "周", "星期", "小时", "分钟", "秒", "季度"):
        r.kind = "period"
    elif (
        r.kind == "amount"
        and r.unit in ("", "people", "households", "times", "visits")
        and r.value.is_integer()
    ):
        r.kind = "count"
    if r.kind == "amount" and not u and r.value.is_integer() and r.value < 10_000:
        r.kind = "count"
    if u in _CLOCK_UNITS:  # 3点 = 3 o'clock or 15:00; 20时 = 8 p.m.; 24时 = midnight
        r.alternatives = _clock_alternatives(r.value)
    if r.value == 1 and r.kind in ("count", "amount", "period") and u != "季度":
        r.checked = False  # 一个 / 1年: English says "a", "a year", "the", "once"
        r.article = not r.numeral  # but 1宗 in digits must still be "a" or "one" case
    if r.value == 0 and before in _CLOCK_UNITS and text.startswith("分", r.end):
        r.checked = False  # 20时00分: "8 p.m.", "20:00" (whose ":00" states nothing)
    after = text[r.end : r.end + 1]
    if after == "后" and r.value < 100 and not u:
        r.alternatives = (1900 + r.value if r.value >= 30 else 2000 + r.value,)
        r.kind = "date"  # 90后: the generation born in the 1990s


_CLOCK_UNITS = ("点", "时")
# 第一大 / 第一高 ...: a superlative ("the largest"), not a rank the English numbers
_SUPERLATIVE = frozenset("大高长多深宽重")


def _clock_alternatives(hour: float) -> tuple[float, ...]:
    """Other hours an English clock time may show: 12-hour forms, noon and midnight."""
    if hour == 0:
        return (24.0, 12.0)  # midnight (read as 24), 12 a.m.
    if hour == 24:
        return (0.0, 12.0)
    if hour < 12:
        return (hour + 12,)
    return (hour - 12,) if hour > 12 else ()


def _prefix(text: str, r: _Raw) -> None:
    window = text[max(0, r.start - _SPAN_BEFORE) : r.start]
    for zh, en in APPROX_BEFORE.items():
        if window.endswith(zh):
            r.approx = en
            if zh == "近" and r.kind == "date":
                r.approx = None
            break
    if r.kind == "date" and text.startswith(("以来", "年以来"), r.end):
        r.approx = "since"
    if r.kind in ("percent", "multiple", "change"):
        stripped = window.rstrip("了约近超达")
        for zh in CHANGE_DOWN:
            if stripped.endswith(zh):
                r.approx = r.approx or ""
                if r.kind != "change":
                    r.unit = (r.unit + " down").strip()
                r.kind = "change"
                break
        else:
            for zh in CHANGE_UP:
                if stripped.endswith(zh):
                    if r.kind != "change":
                        r.unit = (r.unit + " up").strip()
                    r.kind = "change"
                    if r.unit_zh == "倍":
                        # 增长6倍: 6 times as much, or up by 6 times (7 times as much)
                        r.alternatives = (r.value + 1,)
                    break
        if r.approx == "":
            r.approx = None
