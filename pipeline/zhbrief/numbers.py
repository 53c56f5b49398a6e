"""Numbers in Chinese business text, and in English, as values.

``parse_numbers`` finds the numeric expressions of a Chinese sentence (``4345亿元``,
``2600余万``, ``十三届``, ``三分之一``, ``2022年5月11日``, ``同比增长18.6%``, ``翻番``)
and gives each a value, a unit and a kind; ``render_en`` writes one in English.
``english_values`` reads the values an English sentence states, in the many ways
English writes them ("434.5 billion", "90,000", "three", "one third", "doubled",
"11 May 2022", "July 26th"), so a checker can compare the two sides by value.

Chinese numerals are only read where they count something (before a classifier or
unit, after 第, in 分之): in running text 一 and 十 are as often words (一起, 十分)
as numbers.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# ---------------------------------------------------------------------------------
# Chinese numerals

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_CN_NUM_CHARS = "".join(_CN_DIGITS) + "".join(_CN_SMALL) + "".join(_CN_BIG)

# Full-width digits and signs, mapped one character to one so offsets stay valid.
# The ideographic comma "，" is left alone: it separates list items, never thousands.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％～－", "0123456789.%~-")


def cn_to_int(s: str) -> int | None:
    """Value of a Chinese numeral: 十三 -> 13, 三百万 -> 3000000, 二〇二二 -> 2022.

    ``None`` when ``s`` is not a well-formed numeral (千千万万, 一一).
    """
    if not s or any(c not in _CN_NUM_CHARS for c in s):
        return None
    if all(c in _CN_DIGITS for c in s):
        if len(s) == 1:
            return _CN_DIGITS[s]
        # Digit by digit (years: 二〇二二); a repeated digit run like 一一 is not a number
        if len(s) < 4:
            return None
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    total = section = 0
    num: int | None = None
    last_small = 10**9
    for c in s:
        if c in _CN_DIGITS:
            if num is not None and num != 0 and _CN_DIGITS[c] != 0:
                return None  # two digits in a row: 三四十 is a range, not a number
            num = _CN_DIGITS[c]
        elif c in _CN_SMALL:
            unit = _CN_SMALL[c]
            if unit >= last_small:
                return None  # 千千, 十百
            last_small = unit
            section += (1 if num is None else num) * unit
            num = None
        else:
            big = _CN_BIG[c]
            section += num or 0
            if section == 0 and total == 0:
                if big == 100_000_000 and s.startswith("万"):
                    return None
                section = 1
            if big == 100_000_000:
                total = (total + section) * big
            else:
                total += section * big
            section = 0
            num = None
            last_small = 10**9
    return total + section + (num or 0)


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

    def requirements(self) -> list[tuple[float, ...]]:
        """What the English must state: one tuple of acceptable values per item."""
        if not self.checked:
            return []
        if self.kind == "date" and self.date is not None:
            return [(float(part),) for part in self.date if part is not None]
        if self.kind == "range" and self.high is not None:
            # Both ends: 2至6元 "2 to 6 yuan", 七八十 "70 or 80", 六七十年代 "the 1960s
            # and 1970s" (an end may be written as its decade: 1960)
            alts = self.alternatives
            low = (self.value, *alts[:1]) if len(alts) == 2 else (self.value,)
            high = (self.high, *alts[1:]) if len(alts) == 2 else (self.high,)
            return [low, high]
        return [(self.value, *self.alternatives)]


# ---------------------------------------------------------------------------------
# Vocabulary

_APPROX_BEFORE = {
    "将近": "nearly",
    "接近": "nearly",
    "近": "nearly",
    "超过": "over",
    "超": "over",
    "逾": "over",
    "大约": "about",
    "约": "about",
    "不到": "less than",
    "不足": "less than",
    "不少于": "at least",
    "至少": "at least",
    "最多": "at most",
    "高达": "up to",
    "多达": "up to",
}
_APPROX_AFTER = {
    "余": "more than",
    "多": "over",
    "几": "over",
}
_APPROX_TAIL = {"左右": "about", "以上": "more than", "以下": "less than", "上下": "about"}

_CHANGE_UP: tuple[str, ...] = (
    "同比增长",
    "环比增长",
    "同比增加",
    "增长",
    "增加",
    "增幅",
    "上涨",
    "上升",
    "提高",
    "提升",
)
_CHANGE_UP = (*_CHANGE_UP, "激增", "猛增", "增", "涨")
_CHANGE_DOWN: tuple[str, ...] = (
    "同比下降",
    "环比下降",
    "同比减少",
    "下降",
    "减少",
    "降幅",
    "下跌",
    "降低",
    "下滑",
)
_CHANGE_DOWN = (*_CHANGE_DOWN, "降", "跌")

# Units and classifiers after a number, longest first; value = English noun (or "")
_UNITS: dict[str, str] = {
    "万亿元": "yuan",
    "亿美元": "US$",
    "万美元": "US$",
    "美元": "US$",
    "元人民币": "yuan",
    "亿元": "yuan",
    "万元": "yuan",
    "人民币": "yuan",
    "元": "yuan",
    "块钱": "yuan",
    "块": "yuan",
    "欧元": "euros",
    "英镑": "pounds",
    "日元": "yen",
    "港元": "HK$",
    "港币": "HK$",
    "平方公里": "km²",
    "平方米": "m²",
    "公里": "km",
    "千米": "km",
    "公顷": "hectares",
    "公斤": "kg",
    "千克": "kg",
    "万吨": "tonnes",
    "吨": "tonnes",
    "亩": "mu",
    "米": "m",
    "厘米": "cm",
    "毫米": "mm",
    "克": "g",
    "斤": "jin",
    "度": "degrees",
    "摄氏度": "°C",
    "℃": "°C",
    "人次": "visits",
    "年级": "grade",
    "年代": "s",
    "世纪": "century",
    "周年": "anniversary",
    "人": "people",
    "位": "",
    "名": "",
    "家": "",
    "个": "",
    "件": "",
    "条": "",
    "种": "",
    "座": "",
    "所": "",
    "台": "",
    "部": "",
    "张": "",
    "本": "",
    "只": "",
    "头": "",
    "辆": "",
    "架": "",
    "艘": "",
    "项": "",
    "场": "",
    "批": "",
    "层": "",
    "间": "",
    "栋": "",
    "套": "",
    "份": "",
    "款": "",
    "颗": "",
    "棵": "",
    "株": "",
    "篇": "",
    "首": "",
    "支": "",
    "枚": "",
    "瓶": "",
    "杯": "",
    "碗": "",
    "盒": "",
    "包": "",
    "箱": "",
    "袋": "",
    "户": "households",
    "次": "times",
    "岁": "years old",
    "周岁": "years old",
    "个月": "months",
    "年": "years",
    "天": "days",
    "周": "weeks",
    "星期": "weeks",
    "小时": "hours",
    "分钟": "minutes",
    "秒": "seconds",
    "倍": "times",
    "届": "",
    "期": "",
    "号": "",
    "集": "",
    "章": "",
    "季度": "quarter",
    "点": "o'clock",
    "时": "o'clock",  # 9时 = 9 o'clock (小时, hours, is matched first: longer)
    "kWp": "kWp",
    "kW": "kW",
    "MW": "MW",
    "GW": "GW",
    "kWh": "kWh",
    "km": "km",
    "kg": "kg",
    "GB": "GB",
    "TB": "TB",
    "MB": "MB",
    "mm": "mm",
    "cm": "cm",
    "ml": "ml",
    "G": "G",
    "K": "K",
}
_UNIT_RE = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))

# Four-character phrases whose numerals are not numbers, and words that start
# with a numeral but do not count (十分 "very", 万一 "in case", 第二天 "next day")
_IDIOMS = [
    "千家万户",
    "千方百计",
    "千言万语",
    "千军万马",
    "万众一心",
    "一五一十",
    "三五成群",
    "四面八方",
    "五颜六色",
    "七嘴八舌",
    "十全十美",
    "百里挑一",
    "千篇一律",
    "九死一生",
    "成千上万",
    "千千万万",
    "万无一失",
    "三三两两",
    "两全其美",
    "一干二净",
    "三心二意",
    "一心一意",
    "十之八九",
    "一清二楚",
    "独一无二",
    "数一数二",
    "不三不四",
    "乱七八糟",
    "七上八下",
    "一举两得",
    "接二连三",
    "三番五次",
    "四通八达",
    "五湖四海",
    "五花八门",
    "六神无主",
    "八面玲珑",
    "九牛一毛",
    "十万火急",
    "百发百中",
    "百年大计",
    "货比三家",
    "千载难逢",
    "万紫千红",
    "一年四季",
    "说一不二",
    "十里八乡",
    "百家争鸣",
    "千变万化",
    "万水千山",
    "三年五载",
    "十字路口",
    "千里迢迢",
    "一五计划",
    "两手准备",
    "两个凡是",
]
_NOT_NUMBERS = [
    "十分",
    "万分",
    "万一",
    "第二天",
    "第一时间",
    "第一次",
    "千万别",
    "千万不",
    "千万要",
    "百分百",
    "一点点",
    "半点",
    "百度",
    "四周",
    "二次",
    "三位一体",
    "一些",
    "一样",
    "一起",
    "一直",
    "一定",
    "一般",
    "一切",
    "一旦",
    "一边",
    "一面",
    "一方面",
    "另一方面",
    "一致",
    "一度",
    "一律",
]

# ---------------------------------------------------------------------------------
# Patterns

_ARABIC = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CN_NUM = f"[{_CN_NUM_CHARS}]+"
_MULT = r"万亿|亿|万|千|百"

_DATE_RE = re.compile(
    rf"(?:(?P<y>\d{{4}}|[{''.join(_CN_DIGITS)}]{{4}})年)?"
    rf"(?:(?P<m>\d{{1,2}}|十[一二]?|[一二三四五六七八九])月(?!份?[的]?[来以]后?)(?:份)?)?"
    rf"(?:(?P<d>\d{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号](?!子))?"
)
_FRACTION_RE = re.compile(rf"(?P<den>{_CN_NUM}|\d+)分之(?P<num>{_CN_NUM}|\d+(?:\.\d+)?)")
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


def _num(s: str) -> float | None:
    if s[0].isdigit():
        return float(s.replace(",", ""))
    v = cn_to_int(s)
    return None if v is None else float(v)


def _free(taken: list[bool], start: int, end: int) -> bool:
    return not any(taken[start:end])


def _mask(text: str) -> list[bool]:
    """Characters inside idioms and non-number words, which no mention may touch."""
    taken = [False] * len(text)
    for phrase in (*_IDIOMS, *_NOT_NUMBERS):
        for m in re.finditer(re.escape(phrase), text):
            if m.start() > 0 and text[m.start() - 1] in _CN_NUM_CHARS + "第":
                continue  # 十二次 is "12th", not 二次 "secondary"
            for i in range(m.start(), m.end()):
                taken[i] = True
    return taken


def _take(taken: list[bool], start: int, end: int) -> None:
    for i in range(start, end):
        taken[i] = True


# ---------------------------------------------------------------------------------
# Parsing


def parse_numbers(text: str) -> list[NumberMention]:
    """The numeric expressions of a Chinese text, in order of position."""
    norm = text.translate(_FULLWIDTH)
    taken = _mask(norm)
    raws: list[_Raw] = []
    for finder in (_find_dates, _find_fractions, _find_doubling, _find_cn_ranges):
        raws.extend(finder(norm, taken))
    raws.extend(_find_arabic(norm, taken))
    raws.extend(_find_chinese(norm, taken))
    out = []
    raws.sort(key=lambda r: r.start)
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
            )
        )
    return out


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
        for m in re.finditer(r"(?<![\d.月])(\d{1,2})日", text):
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
        if den is None or num is None or den == 0:
            continue
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
    if rm and int(_CN_DIGITS[rm.group("b")]) == _CN_DIGITS[rm.group("a")] + 1:
        scale = _CN_SMALL.get(rm.group("mult") or "", 1)
        r.value = float(_CN_DIGITS[rm.group("a")] * scale)
        r.high = float(_CN_DIGITS[rm.group("b")] * scale)
        r.kind = "range"
        r.alternatives = ((r.value + r.high) / 2,)
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
        n = _CN_DIGITS.get(m.group("n") or "一", 1)
        r = _Raw(m.start(), m.end(), float(2**n), kind="change", unit="times")
        _context(text, r)
        out.append(r)
        _take(taken, m.start(), m.end())
    return out


def _find_cn_ranges(text: str, taken: list[bool]) -> list[_Raw]:
    """七八十, 三四个: two neighbouring digits, "seventy or eighty"."""
    out = []
    for m in _CN_RANGE_RE.finditer(text):
        a, b = _CN_DIGITS[m.group("a")], _CN_DIGITS[m.group("b")]
        if b != a + 1 or not _free(taken, m.start(), m.end()):
            continue
        scale = _CN_SMALL.get(m.group("mult") or "", 1) * _CN_BIG.get(m.group("big") or "", 1)
        unit = _unit_at(text, m.end())
        if unit is None and scale == 1:
            continue
        r = _Raw(m.start(), m.end(), float(a * scale), high=float(b * scale), kind="range")
        r.numeral = True
        r.alternatives = ((a + b) * scale / 2,)
        _context(text, r)
        out.append(r)
        _take(taken, r.start, r.end)
    return out


def _unit_at(text: str, pos: int) -> str | None:
    m = re.compile(_UNIT_RE).match(text, pos)
    return m.group(0) if m else None


def _find_arabic(text: str, taken: list[bool]) -> list[_Raw]:
    out = []
    for m in _ARABIC_RE.finditer(text):
        if not _free(taken, m.start(), m.end()):
            continue
        if _is_code(text, m.start(), m.group("num")):
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


def _is_code(text: str, start: int, num: str) -> bool:
    """B-52, COVID-19, 运-20: a word, a hyphen, digits (but Rescue-2021 is a year)."""
    return bool(_CODE_PREFIX.search(text[max(0, start - 12) : start])) and not re.fullmatch(
        r"(?:19|20)\d\d", num
    )


def _looks_like_code(s: str) -> bool:
    # 2022-05-11, 010-12345678: a hyphen between numbers that are not a range
    return bool(re.fullmatch(r"\d{3,4}-\d{2,}", s))


def _find_chinese(text: str, taken: list[bool]) -> list[_Raw]:
    out = []
    for m in _CN_RE.finditer(text):
        s, start = m.group(0), m.start()
        # A run may hold several numbers or a numeral glued to a word; trim to the
        # longest well-formed prefix that is followed by a unit
        while s:
            end = start + len(s)
            if _free(taken, start, end) and cn_to_int(s) is not None:
                ordinal = text[max(0, start - 1) : start] == "第"
                suffix = _suffix_unit(text, end)
                if ordinal or suffix is not None or (_has_scale(s) and len(s) > 1):
                    r = _Raw(start, end, float(cn_to_int(s) or 0), numeral=True)
                    _context(text, r)
                    out.append(r)
                    _take(taken, r.start, r.end)
                    break
            s = s[:-1]
    return out


def _has_scale(s: str) -> bool:
    return any(c in _CN_SMALL or c in _CN_BIG for c in s) and s not in (
        "十",
        "百",
        "千",
        "万",
        "亿",
        "万亿",
    )


def _suffix_unit(text: str, pos: int) -> str | None:
    m = re.compile(rf"(?:余|多|几)?(?:{_MULT})?(?:{_UNIT_RE})").match(text, pos)
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
            r.approx = _APPROX_AFTER[approx]
            if approx == "几" and not mult:
                r.checked = False  # 十几: "a dozen or so", "over ten", "dozens"
    if r.kind == "amount" and text.startswith(("%", "％"), pos):
        r.kind, r.unit, r.unit_zh = "percent", "%", "%"
        pos += 1
    elif r.kind == "amount" and text.startswith("个百分点", pos):
        r.kind, r.unit, r.unit_zh = "percent", "percentage points", "个百分点"
        pos += 4
    else:
        u = _unit_at(text, pos)
        if u is not None and not (u in _CLOCK_UNITS and r.value > 24):
            r.unit_zh, r.unit = u, _UNITS[u]
            pos += len(u)
            if u in ("亿美元", "万美元", "万元", "亿元", "万亿元", "万吨"):
                scale = {"亿": 1e8, "万": 1e4, "万亿": 1e12}[u[:-1].replace("美", "")[:2]]
                scale = 1e12 if u.startswith("万亿") else scale
                r.value *= scale
                if r.high is not None:
                    r.high *= scale
    r.end = max(r.end, pos)
    tail_word = text[pos : pos + 2]
    if tail_word in _APPROX_TAIL:
        r.approx = r.approx or _APPROX_TAIL[tail_word]
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
        and (r.value == int(r.value))
    ):
        r.kind = "count"
    if r.kind == "amount" and not u and r.value == int(r.value) and r.value < 10_000:
        r.kind = "count"
    if u in _CLOCK_UNITS:  # 3点 = 3 o'clock or 15:00; 20时 = 8 p.m.; 24时 = midnight
        r.alternatives = _clock_alternatives(r.value)
    if r.value == 1 and r.kind in ("count", "amount", "period") and u != "季度":
        r.checked = False  # 一个 / 1年: English says "a", "a year", "the", "once"
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
    for zh, en in _APPROX_BEFORE.items():
        if window.endswith(zh):
            r.approx = en
            if zh == "近" and r.kind == "date":
                r.approx = None
            break
    if r.kind == "date" and text.startswith(("以来", "年以来"), r.end):
        r.approx = "since"
    if r.kind in ("percent", "multiple", "change"):
        stripped = window.rstrip("了约近超达")
        for zh in _CHANGE_DOWN:
            if stripped.endswith(zh):
                r.approx = r.approx or ""
                if r.kind != "change":
                    r.unit = (r.unit + " down").strip()
                r.kind = "change"
                break
        else:
            for zh in _CHANGE_UP:
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


# ---------------------------------------------------------------------------------
# English rendering

_SMALL_WORDS = [
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
_TENS_WORDS = [
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
_ORDINAL_WORDS = [
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
_MONTHS = [
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
_FRACTION_WORDS = {2: "half", 3: "third", 4: "quarter", 5: "fifth", 10: "tenth"}


def format_value(v: float) -> str:
    """434500000000 -> '434.5 billion', 90000 -> '90,000', 1.5 -> '1.5'."""
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
        return _ORDINAL_WORDS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _count_en(m: NumberMention, v: float) -> str:
    if m.numeral and v == int(v) and 0 <= v < 20:
        return _SMALL_WORDS[int(v)]
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
    """The mention in English: '434.5 billion yuan', 'more than 26 million', '13th'."""
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
        parts.append(_MONTHS[mo - 1])
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
            return f"{_SMALL_WORDS[n]} {word}{'s' if n > 1 else ''}"
    return _trim(v)


# ---------------------------------------------------------------------------------
# English values

_WORD_VALUES = {w: i for i, w in enumerate(_SMALL_WORDS)}
_WORD_VALUES.update({w: 10 * i for i, w in enumerate(_TENS_WORDS) if w != "_"})
_ORDINAL_VALUES = {w: i for i, w in enumerate(_ORDINAL_WORDS) if i}
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
_ROUND_THE_CLOCK = re.compile(r"\b(?:a)?round[- ]the[- ]clock\b", re.IGNORECASE)
_MONTH_VALUES = {name.lower(): i + 1 for i, name in enumerate(_MONTHS)}
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
            if _is_code(text, start, m.group("num")):
                continue
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
    for tens in _TENS_WORDS[2:]:
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
