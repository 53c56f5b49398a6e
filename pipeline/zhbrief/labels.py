"""Whole Chinese phrases cut out of a sentence, to be translated with the batch: what a
key figure measures, and the topic a brief is titled after when the document has no
title. Offsets are into the sentence; a phrase always starts at a clause boundary, after
a leading time or connective word, or after 的, and ends at one, never mid-word."""

from __future__ import annotations

import re

_CLAUSE = re.compile(r"[，。；：、,;:！？!?（）()“”\"《》【】—…]")
_TRAIL = (
    *("同比增长", "同比下降", "增长", "下降", "达到", "超过", "突破", "达", "为", "是"),
    *("约", "近", "超", "逾", "有", "共", "累计", "的", "了", "就", "已", "仅", "合计"),
    *("高达", "多达", "到", "至"),
)
_LEAD = re.compile(
    r"(?:(?:截至|截止)?\d{4}年(?:底|末|初)?|第[一二三四]季度|\d{1,2}月(?:份|底|末)?"
    r"|[上下]半年|前三季度|全年|今年|去年|其中|如今|目前|当前|同时|此外|另外|而且|而|并且|并"
    r"|但|还|也|据统计|据悉|据了解)+"
)
_AFTER_LEAD = re.compile(r"(?:以上|以下|左右|之多|多|余)?的?")
_MAX = 24  # characters: a longer phrase is cut at its last 的 when that leaves a phrase
_MIN = 2


def _strip_trail(text: str, start: int, end: int) -> tuple[int, int]:
    changed = True
    while changed and end > start:
        changed = False
        for t in _TRAIL:
            if text.endswith(t, start, end) and end - len(t) >= start:
                end -= len(t)
                changed = True
    return start, end


def _strip_lead(text: str, start: int, end: int) -> tuple[int, int]:
    m = _LEAD.match(text, start, end)
    return (m.end(), end) if m and m.end() < end else (start, end)


def _shorten(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut a long phrase after its last 的, if what is left is still a phrase."""
    if end - start <= _MAX:
        return start, end
    k = text.rfind("的", start, end)
    return (k + 1, end) if k >= 0 and end - (k + 1) >= 4 else (start, end)


def _clause_start(text: str, pos: int) -> int:
    return max((m.end() for m in _CLAUSE.finditer(text, 0, pos)), default=0)


def _clause_end(text: str, pos: int) -> int:
    m = _CLAUSE.search(text, pos)
    return m.start() if m else len(text)


def _ok(text: str, start: int, end: int) -> bool:
    return end - start >= _MIN and not re.search(r"\d", text[start:end])


def _before(text: str, start: int) -> tuple[int, int] | None:
    s, e = _strip_trail(text, _clause_start(text, start), start)
    s, e = _strip_lead(text, s, e)
    return _shorten(text, s, e) if _ok(text, s, e) else None


def _after(text: str, end: int) -> tuple[int, int] | None:
    after = _AFTER_LEAD.match(text, end)
    s, e = _strip_trail(text, after.end() if after else end, _clause_end(text, end))
    return _shorten(text, s, e) if _ok(text, s, e) else None


def _previous_clause(text: str, start: int) -> tuple[int, int] | None:
    """For 同比增长18.6%: the subject of the clause before. Only when the figure's own
    clause has words before it, all of them verbs like 增长."""
    prev_end = _clause_start(text, start) - 1
    if prev_end <= 0 or not text[prev_end + 1 : start].strip():
        return None
    ps = _clause_start(text, prev_end)
    digit = re.search(r"\d", text[ps:prev_end])
    pe = ps + digit.start() if digit else prev_end
    ps, pe = _strip_lead(text, *_strip_trail(text, ps, pe))
    return _shorten(text, ps, pe) if _ok(text, ps, pe) else None


def measure_span(
    text: str, start: int, end: int, *, counted: bool = False
) -> tuple[int, int] | None:
    """Where in ``text`` the phrase saying what the figure ``text[start:end]`` measures
    lies: the clause's words before the figure (跨境电商进出口规模 in 2021年，跨境电商
    进出口规模约1.92万亿元), else the words after it (老年人 in 200多位60岁以上的老年人),
    else the phrase of the clause before (同比增长18.6%). For a count (``counted``) the
    counted noun after it comes first (国家和地区 in 韩等30多个国家和地区). None when
    there is none."""
    order = (_after, _before) if counted else (_before, _after)
    for find in order:
        found = find(text, end if find is _after else start)
        if found is not None:
            return found
    return _previous_clause(text, start)


def topic_span(text: str) -> tuple[int, int] | None:
    """The first clause of ``text`` that says something (at least 4 characters once
    leading time words are dropped), to title a brief after; None when there is none."""
    pos = 0
    while pos < len(text):
        e = _clause_end(text, pos)
        lead = _LEAD.match(text, pos, e)
        s = lead.end() if lead else pos
        if e - s >= 4:
            return s, e
        pos = e + 1
    return None
