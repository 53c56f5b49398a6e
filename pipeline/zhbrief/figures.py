"""Key figures: the amounts, percentages and changes a document states, each with the
whole Chinese phrase saying what it measures; and the topic an untitled brief is named
after. Found on the Chinese side, before translation, so that the phrases go into the
translation batch (``zhbrief.pipeline.spans_to_translate``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .document import Document, KeyFigure, Phrase, Sentence
from .labels import measure_span, topic_span
from .numerals import NumberMention, parse_numbers, render_en

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
        for s in sec.sentences():
            for m in parse_numbers(s.zh):
                weight = _figure_weight(m)
                if weight <= 0:
                    continue
                weight += 0.5 if s.in_summary or s.key_point else 0
                fig = KeyFigure(
                    figure=render_en(m),
                    label=_label(m, doc, s),
                    section=sec_no,
                    heading=sec.heading,
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
    # Figures that measure the same phrase share one label, translated once
    labels: dict[str, Phrase] = {}
    return [
        replace(fig, label=labels.setdefault(fig.label.zh, fig.label))
        for _, _, fig in sorted(chosen, key=lambda t: t[1])
    ]


def _figure_weight(m: NumberMention) -> float:
    if not m.checked or m.kind not in _FIGURE_WEIGHT:
        return 0
    weight = float(_FIGURE_WEIGHT[m.kind])
    if m.kind in ("count", "range") and m.value < 10 and not m.unit:
        return 0
    if m.unit in _MONEY or m.unit.startswith("%"):
        weight += 1
    return weight


def _label(m: NumberMention, doc: Document, s: Sentence) -> Phrase:
    """The whole phrase of ``s`` saying what ``m`` measures (the sentence itself when
    there is no such phrase, so the table never shows a fragment)."""
    span = measure_span(s.zh, m.start, m.end, counted=m.kind in ("count", "range"))
    a, b = span if span is not None else (0, len(s.zh))
    return _phrase(doc, s, a, b)


def _phrase(doc: Document, s: Sentence, a: int, b: int) -> Phrase:
    """``s.zh[a:b]`` with offsets into the text as read (the sentence's own offsets when
    a hard line break inside it makes the phrase differ from the source slice)."""
    zh = s.zh[a:b]
    at = doc.text.find(zh, s.start, s.end)
    start, end = (at, at + len(zh)) if at >= 0 else (s.start, s.end)
    return Phrase(zh=zh, start=start, end=end, sentence=s.index)


def title_topic(doc: Document) -> Phrase | None:
    """What to name the brief of a document without a title: None when it has a title
    or opens with a heading (the heading names it), else the topic of its top key point
    (its first clause that says something), else of its first sentence."""
    if doc.title is not None or not doc.sections or doc.sections[0].heading is not None:
        return None
    candidates = doc.key_points() + list(doc.sentences())[:1]
    for s in candidates:
        span = topic_span(s.zh)
        if span is not None and span[1] - span[0] <= _TOPIC_MAX:
            return _phrase(doc, s, *span)
    return None


_TOPIC_MAX = 40  # characters: a longer first clause makes no title
