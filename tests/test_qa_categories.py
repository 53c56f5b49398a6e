"""The number check on the categories of issue 11: right English that must not be
flagged (designations, clock times, counters that are not quantities, months and
years the English adds) and wrong English that must be (a date changed while its
month or day stays elsewhere, digits after a separator, a percentage next to an
unchanged amount)."""

from __future__ import annotations

import pytest

from zhbrief.checks import check_numbers
from zhbrief.numerals import english_numbers, parse_numbers

RIGHT = [
    # designations and model codes
    ("运-20运输机首次公开亮相。", "The Y-20 transport aircraft made its public debut."),
    ("歼-20战机参加了飞行表演。", "The J-20 fighter took part in the display."),
    ("公司订购了50架A320neo飞机。", "The company ordered 50 A320neo aircraft."),
    ("他买了一部iPhone15Pro手机。", "He bought an iPhone 15 Pro."),
    # clock times
    ("活动将于12时开始。", "The event will begin at noon."),
    ("商场营业时间延长至24时。", "Mall opening hours are extended to midnight."),
    ("该路段每天0时至24时实行交通管制。", "Traffic controls apply around the clock."),
    ("预计9时至次日9时有大雨。", "Heavy rain is expected from 9 a.m. to 9 a.m. the next day."),
    ("比赛于20时开始。", "The match began at 8 p.m."),
    ("下午3点开会。", "The meeting is at 3 p.m."),
    # counters that are not quantities
    ("今年学校迎来了一届毕业生。", "This year the school saw off a class of graduates."),
    ("宁波舟山港是全国第一大港。", "Ningbo-Zhoushan is the country's largest port."),
    ("一线城市房价保持稳定。", "Housing prices in first-tier cities remained stable."),
    # months and years the English adds
    ("会议于15日在北京举行。", "The meeting was held in Beijing on March 15."),
    ("会议于3月15日在北京举行。", "The meeting was held in Beijing on March 15, 2021."),
    ("5月28日至6月1日举办活动。", "Events run from May 28 to June 1."),
    ("12月3日休会，9日继续举行。", "Adjourned on December 3, talks resume on December 9."),
    ("会议于5月20日开幕。", "The meeting opened on 20 May."),
]


@pytest.mark.parametrize(("zh", "en"), RIGHT)
def test_right_english_is_not_flagged(zh: str, en: str) -> None:
    assert check_numbers(zh, en) == []


WRONG = [
    # a month changed while the same month stays in another date of the line
    ("5月20日获悉，5月28日至6月1日举办活动。", "On May 20, events from June 28 to June 1."),
    # a bare day dated with a month the source never names
    ("12月3日休会，9日继续举行。", "Adjourned on December 3, talks resume on May 9."),
    # a date's day changed while the same day is elsewhere
    ("5月20日电，记者20日获悉。", "May 21: the reporter learned on May 20."),
    # digits after a separator
    ("交易额达4345亿元。", "Transactions reached 434.6 billion yuan."),
    ("共有12,345人参加。", "12,346 people took part."),
    # a percentage changed next to an unchanged amount
    ("出口3104亿元，增长2.6%。", "Exports were 310.4 billion yuan, up 2.8%."),
    # a number deleted while the same value stays elsewhere
    ("出口增长2%，进口增长2%。", "Exports grew 2% and imports also grew."),
    ("5月20日电，记者20日获悉。", "May 20: the reporter learned."),
    # a clock time changed
    ("活动将于12时开始。", "The event will begin at 11 a.m."),
    # a designation's own quantity still counts
    ("订购了30架运-20。", "Ordered 20 Y-20s."),
]


@pytest.mark.parametrize(("zh", "en"), WRONG)
def test_wrong_english_is_flagged(zh: str, en: str) -> None:
    assert check_numbers(zh, en), en


def test_designations_are_codes_not_numbers() -> None:
    assert [m.text for m in parse_numbers("运-20和歼-20亮相") if m.checked] == []
    # a range written with units and a hyphen is not a code
    assert [m.value for m in parse_numbers("1月-3月销量增长") if m.checked] != []


def test_clock_words_are_read() -> None:
    assert [v for v, _, _ in english_numbers("at noon and at midnight")] == [12.0, 24.0]
    assert sorted(v for v, _, _ in english_numbers("open round-the-clock")) == [0.0, 24.0]


def test_clock_hours_accept_twelve_hour_forms() -> None:
    (m,) = parse_numbers("20时")
    assert m.requirements() == [(20.0, 8.0)]
    (m,) = parse_numbers("0时")
    assert set(m.requirements()[0]) == {0.0, 24.0, 12.0}
