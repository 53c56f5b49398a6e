"""Key figures: the amounts, percentages and changes a translated document states."""

from __future__ import annotations

import re
from collections import Counter

from .document import Document, KeyFigure
from .numerals import (
    NumberMention,
    english_numbers,
    parse_numbers,
    render_en,
    values_equal,
)

# ---------------------------------------------------------------------------------
# Key figures


_FIGURE_WEIGHT = {"amount": 3, "change": 3, "percent": 3, "multiple": 2, "count": 1}
_FIGURE_WEIGHT.update(fraction=2, range=1)
_MONEY = ("yuan", "US$", "HK$", "euros", "pounds", "yen")


def key_figures(doc: Document, limit: int = 12) -> list[KeyFigure]:
    """The document's most telling figures, in document order, at most ``limit``.

    Money, percentages and changes come first, then multiples and fractions, then
    other counts of 10 or more; summary sentences break ties. Dates, ordinals and
    durations are not key figures. A value given twice is listed once.
    """
    scored: list[tuple[float, int, KeyFigure]] = []
    order = 0
    for sec_no, sec in enumerate(doc.sections):
        title = None
        if sec.heading is not None:
            title = sec.heading.en or sec.heading.zh
        for s in sec.sentences():
            for m in parse_numbers(s.zh):
                weight = _figure_weight(m)
                if weight <= 0:
                    continue
                weight += 0.5 if s.in_summary or s.key_point else 0
                fig = KeyFigure(
                    figure=render_en(m),
                    measures=_measures(m, s.zh, s.en),
                    section=sec_no,
                    section_title=title,
                    sentence=s.index,
                    zh=m.text,
                )
                scored.append((weight, order, fig))
                order += 1
    # Greedy, with a small penalty per figure already taken from the same section,
    # so that one figure-dense section does not fill the whole table
    chosen: list[tuple[float, int, KeyFigure]] = []
    per_section: Counter[int] = Counter()
    seen: set[str] = set()
    pool = list(scored)
    while pool and len(chosen) < limit:
        best = max(pool, key=lambda t: (t[0] - 0.75 * per_section[t[2].section], -t[1]))
        pool.remove(best)
        if best[2].figure in seen:
            continue
        seen.add(best[2].figure)
        per_section[best[2].section] += 1
        chosen.append(best)
    return [fig for _, _, fig in sorted(chosen, key=lambda t: t[1])]


def _figure_weight(m: NumberMention) -> float:
    if not m.checked or m.kind not in _FIGURE_WEIGHT:
        return 0
    weight = float(_FIGURE_WEIGHT[m.kind])
    if m.kind in ("count", "range") and m.value < 10 and not m.unit:
        return 0
    if m.unit in _MONEY or m.unit.startswith("%"):
        weight += 1
    return weight


_EN_CLAUSE = re.compile(r"[,;:()\u2014]|\band\b|\bwhile\b|\bwhich\b|\bwhere\b")
_EN_TRAIL = set(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "by",
        "at",
        "with",
        "for",
        "from",
        "in",
        "on",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "reached",
        "reaching",
        "amounted",
        "amounting",
        "totalled",
        "totaled",
        "totaling",
        "totalling",
        "hit",
        "hits",
        "exceeded",
        "exceeding",
        "surpassed",
        "stood",
        "stands",
        "grew",
        "grow",
        "rose",
        "rise",
        "increased",
        "increase",
        "fell",
        "fall",
        "dropped",
        "declined",
        "decreased",
        "up",
        "down",
        "about",
        "around",
        "nearly",
        "almost",
        "over",
        "more",
        "than",
        "less",
        "some",
        "approximately",
        "roughly",
        "only",
        "just",
        "than",
        "as",
        "its",
        "their",
        "his",
        "her",
        "year-on-year",
        "respectively",
        "achieved",
        "recorded",
    ]
)
_ZH_CLAUSE = re.compile(r"[，。；：、,;:！？!?（）()“”\"]")
_ZH_TRAIL = (
    *("同比增长", "同比下降", "增长", "下降", "达到", "超过", "突破", "达", "为", "是"),
    *("约", "近", "超", "逾", "有", "共", "累计", "的", "了", "就", "已", "占", "仅"),
)


def _measures(m: NumberMention, zh: str, en: str | None) -> str:
    """A few words saying what the figure measures, from the English if there is one."""
    if en:
        phrase = _en_measures(m, en)
        if phrase:
            return phrase
    return _zh_measures(m, zh)


def _en_measures(m: NumberMention, en: str) -> str:
    """Words before the matching English number in its clause ("exports were"), else
    the words after it ("27 zones were set up"), else the phrase of the figure before
    it in the sentence ("exports were 310.4 billion yuan, up 2.6%")."""
    wanted = [a for req in m.requirements() for a in req]
    previous = ""
    for value, start, end in english_numbers(en):
        clause_start = max([c.end() for c in _EN_CLAUSE.finditer(en, 0, start)], default=0)
        words = en[clause_start:start].split()
        while words and words[-1].lower().strip(".,") in _EN_TRAIL:
            words.pop()
        while words and words[0].lower() in ("the", "a", "an", "of", "in", "on", "and"):
            words.pop(0)
        before = " ".join(words[-8:]).strip(" .,;")
        if not any(values_equal(value, w) for w in wanted):
            previous = before or previous
            continue
        if before:
            return before
        nxt = _EN_CLAUSE.search(en, end)
        after = [
            w
            for w in en[end : nxt.start() if nxt else len(en)].split()
            if any(c.isalpha() for c in w) and w.lower() not in _EN_UNITS
        ]
        return " ".join(after[:6]).strip(" .,;") or previous
    return ""


_EN_UNITS = {"yuan", "people", "percent", "per", "cent", "times", "million", "billion"}


def _zh_measures(m: NumberMention, zh: str) -> str:
    """The clause's words before the figure, else after it, else the clause before."""
    stops = [0, *(c.end() for c in _ZH_CLAUSE.finditer(zh, 0, m.start))]
    phrase = _strip_zh(zh[stops[-1] : m.start])
    if not phrase:
        nxt = _ZH_CLAUSE.search(zh, m.end)
        phrase = zh[m.end : nxt.start() if nxt else len(zh)]
    if not phrase and len(stops) > 1:  # 同比增长18.6%: the figure of the clause before
        before = zh[stops[-2] : stops[-1] - 1]
        phrase = _strip_zh(re.split(r"[\d.]", before, maxsplit=1)[0])
    return phrase[-16:]


def _strip_zh(phrase: str) -> str:
    changed = True
    while changed:
        changed = False
        for t in _ZH_TRAIL:
            if phrase.endswith(t):
                phrase, changed = phrase[: -len(t)], True
    return phrase
