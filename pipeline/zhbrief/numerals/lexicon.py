"""Chinese numeral characters and the words around numbers.

Units and classifiers, approximations, changes, idioms that are not numbers.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------------
# Chinese numerals

CN_DIGITS = {
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
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
CN_NUM_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL) + "".join(CN_BIG)

# Full-width digits and signs, mapped one character to one so offsets stay valid.
# The ideographic comma "，" is left alone: it separates list items, never thousands.
FULLWIDTH = str.maketrans("０１２３４５６７８９．％～－", "0123456789.%~-")


def cn_to_int(s: str) -> int | None:
    """Value of a Chinese numeral: 十三 -> 13, 三百万 -> 3000000, 二〇二二 -> 2022.

    ``None`` when ``s`` is not a well-formed numeral (千千万万, 一一).
    """
    if not s or any(c not in CN_NUM_CHARS for c in s):
        return None
    if all(c in CN_DIGITS for c in s):
        if len(s) == 1:
            return CN_DIGITS[s]
        # Digit by digit (years: 二〇二二); a repeated digit run like 一一 is not a number
        if len(s) < 4:
            return None
        return _digits_value([CN_DIGITS[c] for c in s])
    total = section = 0
    num: int | None = None
    last_small = 10**9
    for c in s:
        if c in CN_DIGITS:
            if num is not None and num != 0 and CN_DIGITS[c] != 0:
                return None  # two digits in a row: 三四十 is a range, not a number
            num = CN_DIGITS[c]
        elif c in CN_SMALL:
            unit = CN_SMALL[c]
            if unit >= last_small:
                return None  # 千千, 十百
            last_small = unit
            section += (1 if num is None else num) * unit
            num = None
        else:
            big = CN_BIG[c]
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


def _digits_value(digits: list[int]) -> int:
    """The number a digit sequence writes, however long: ``int(str)`` refuses more
    than 4,300 digits (ValueError), so it is given 1,000 at a time."""
    value = 0
    for i in range(0, len(digits), 1000):
        chunk = digits[i : i + 1000]
        value = value * 10 ** len(chunk) + int("".join(map(str, chunk)))
    return value


# ---------------------------------------------------------------------------------
# Vocabulary

APPROX_BEFORE = {
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
APPROX_AFTER = {
    "余": "more than",
    "多": "over",
    "几": "over",
}
APPROX_TAIL = {"左右": "about", "以上": "more than", "以下": "less than", "上下": "about"}

CHANGE_UP: tuple[str, ...] = (
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
CHANGE_UP = (*CHANGE_UP, "激增", "猛增", "增", "涨")
CHANGE_DOWN: tuple[str, ...] = (
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
CHANGE_DOWN = (*CHANGE_DOWN, "降", "跌")

# Units and classifiers after a number, longest first; value = English noun (or "")
UNITS: dict[str, str] = {
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
    "宗": "",
    "例": "",
    "级": "level",
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
UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))

# Four-character phrases whose numerals are not numbers, and words that start
# with a numeral but do not count (十分 "very", 万一 "in case", 第二天 "next day")
IDIOMS = [
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
# Words built on a numeral that count nothing, with the English they are rendered by
# (for the reader and the tests: the check only needs to know they are not numbers)
NUMBER_IDIOMS: dict[str, str] = {
    "第一线": "the front line",
    "第一时间": "at once, immediately",
    "第一手": "first-hand",
    "一盘棋": "as one, a coordinated whole",
    "一把手": "the top official",
    "一刀切": "one-size-fits-all",
    "一站式": "one-stop",
    "一体化": "integration, integrated",
    "一系列": "a series of",
    "一揽子": "a package of",
    "一流": "first-class, world-class",
    "两种资源": "both resources (domestic and foreign)",
    "两个市场": "both markets (domestic and foreign)",
    "两个大局": "the domestic and international situations",
    "二位": "both (of them)",
    "二人": "both (of them)",
}
# 第一产粮大省, 第一人口大国: "the largest grain producer", a superlative, no rank
FIRST_SUPERLATIVE = re.compile(r"第一[\u4e00-\u9fff]{0,3}大[省国市县港城区]")
# Units whose two-number ranges name a band (二三级 "level 2-3": both ends are stated);
# with any other unit an adjacent-digit range is an estimate (五六百米 "about 500
# metres": one end, or the middle, is enough). See docs/numbers.md.
BAND_UNITS = frozenset({"级", "年级", "年代", "星", "档", "代"})

NOT_NUMBERS = [
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
