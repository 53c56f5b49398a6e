"""The Chinese numeric-expression parser, its English rendering, and English values."""

from __future__ import annotations

import pytest

from zhbrief.numerals import cn_to_int, english_values, parse_numbers, render_en


def one(text: str):  # type: ignore[no-untyped-def]
    mentions = parse_numbers(text)
    assert len(mentions) == 1, [m.text for m in mentions]
    return mentions[0]


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("十三", 13),
        ("二十", 20),
        ("一百零五", 105),
        ("三百万", 3_000_000),
        ("三亿五千万", 350_000_000),
        ("一万亿", 1_000_000_000_000),
        ("二〇二二", 2022),
        ("两千", 2000),
        ("千千万万", None),
        ("一一", None),
    ],
)
def test_cn_to_int(numeral: str, value: int | None) -> None:
    assert cn_to_int(numeral) == value


@pytest.mark.parametrize(
    ("zh", "value", "kind", "english"),
    [
        ("4345亿元", 434.5e9, "amount", "434.5 billion yuan"),
        ("1.92万亿元", 1.92e12, "amount", "1.92 trillion yuan"),
        ("16.11亿元", 1.611e9, "amount", "1.611 billion yuan"),
        ("9万人", 90_000, "count", "90,000 people"),
        ("100万吨", 1e6, "amount", "1 million tonnes"),
        ("2600余万", 26e6, "count", "more than 26 million"),
        ("10多亿元", 1e9, "amount", "over 1 billion yuan"),
        ("近3年", 3, "period", "nearly 3 years"),
        ("超10万人", 100_000, "count", "over 100,000 people"),
        ("十三届", 13, "ordinal", "13th"),
        ("第44届", 44, "ordinal", "44th"),
        ("三分之一", 1 / 3, "fraction", "one third"),
        ("两个", 2, "count", "two"),
        ("6倍", 6, "multiple", "6 times"),
        ("2至6元", 2, "range", "2 to 6 yuan"),
        ("增长40.1%", 40.1, "change", "up 40.1%"),
        ("同比增长18.6%", 18.6, "change", "up 18.6%"),
        ("同比下降5%", 5, "change", "down 5%"),
        ("翻番", 2, "change", "doubled"),
        ("翻两番", 4, "change", "quadrupled"),
        ("2022年5月11日", 2022, "date", "11 May 2022"),
        ("第一季度", 1, "period", "first quarter"),
        ("今年一季度", 1, "period", "first quarter"),
        ("2020年以来", 2020, "date", "since 2020"),
        ("60kWp", 60, "amount", "60 kWp"),
        ("13公里", 13, "amount", "13 km"),
        ("200亩", 200, "amount", "200 mu"),
        ("100多万美元", 1e6, "amount", "over US$1 million"),
        ("820 万美元", 8.2e6, "amount", "US$8.2 million"),
        ("2万4801张", 24_801, "count", "24,801"),
        ("百分之七八十", 70, "range", "70% to 80%"),
        ("12%", 12, "percent", "12%"),
        ("80年代", 80, "date", "the 1980s"),
    ],
)
def test_parse_and_render(zh: str, value: float, kind: str, english: str) -> None:
    m = one(zh)
    assert m.value == pytest.approx(value)
    assert m.kind == kind
    assert render_en(m) == english


def test_offsets_point_at_the_source_text() -> None:
    text = "2021年，跨境电商进出口规模约1.92万亿元，同比增长18.6%。"
    mentions = parse_numbers(text)
    assert [m.text for m in mentions] == ["2021年", "1.92万亿元", "18.6%"]
    for m in mentions:
        assert text[m.start : m.end] == m.text
    assert mentions[1].approx == "about"


def test_date_requirements_are_its_parts() -> None:
    assert one("2022年5月11日").requirements() == [(2022.0,), (5.0,), (11.0,)]
    assert one("2至6元").requirements() == [(2.0,), (6.0,)]
    # 增长6倍 is ambiguous in Chinese: 6 times as much, or up by 6 times (7x)
    assert one("增长6倍").requirements() == [(6.0, 7.0)]


@pytest.mark.parametrize(
    "text",
    [
        "十分满意",  # "very"
        "千千万万新农人",  # idiom
        "万一出了问题",  # "in case"
        "四面八方的客人",  # idiom
        "请百度一下",  # Baidu
        "我们一起去",  # 一 as a word
    ],
)
def test_numerals_that_are_words_are_not_numbers(text: str) -> None:
    assert parse_numbers(text) == []


@pytest.mark.parametrize(
    "text",
    ["一个篮子", "几十个热搜", "十几个人", "价值千万的车祸", "负二层"],
)
def test_vague_or_article_like_numbers_are_not_checked(text: str) -> None:
    mentions = parse_numbers(text)
    assert mentions and not any(m.checked for m in mentions)


def test_fullwidth_digits_and_list_commas() -> None:
    assert [m.value for m in parse_numbers("３所学校")] == [3]
    # the ideographic comma separates numbers, it is not a thousands separator
    assert [m.value for m in parse_numbers("尾号6666，8888")] == [6666, 8888]


@pytest.mark.parametrize(
    ("english", "values"),
    [
        ("434.5 billion yuan", [434.5e9]),
        ("1.92 trillion", [1.92e12]),
        ("more than 26 million buyers", [26e6]),
        ("90,000 people", [90_000]),
        ("up 18.6%", [18.6]),
        ("three villages", [3]),
        ("twenty-five", [25]),
        ("one hundred and five", [105]),
        ("a million", [1e6]),
        ("one third", [1 / 3]),
        ("a third", [1 / 3]),
        ("two thirds", [2 / 3]),
        ("doubled", [2]),
        ("sixfold", [6]),
        ("the 13th", [13]),
        ("the first quarter", [1]),
        ("Q1", [1]),
        ("May 11, 2022", [5, 11, 2022]),
        ("11 May 2022", [11, 5, 2022]),
        ("July 26th", [7, 26]),
        ("eight times", [8]),
        ("more than 6,000 mu", [6000]),
        ("the 1990s", [1990]),
        ("Part II", [2]),
        ("C919 and 60kWp", [60]),
        ("B-52 bombers in 2021", [2021]),
        ("you may go", []),
    ],
)
def test_english_values(english: str, values: list[float]) -> None:
    assert english_values(english) == pytest.approx(values)
