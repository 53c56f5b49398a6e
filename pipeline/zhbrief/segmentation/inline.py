"""Inline headings of run-on text: “数字兴农”：阿里国际站一马当先近年来，…

A 2-8 character quoted phrase and a colon after a sentence end starts a section; where
its subtitle ends is decided by the text (``runin.subtitle_end``) or, when the text
leaves it open, by the sibling subtitles' usual length.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..document import Heading
from .lines import Item
from .runin import pick_by_siblings, subtitle_end
from .sentences import ends_sentence, rejoin

# Inline heading of run-on text: a 2-8 character quoted phrase and a colon.
_INLINE_HEAD = re.compile(r"[“「]([^“”「」\s，。！？：；、,.!?]{2,8})[”」][：:]")
# An opening quote/bracket or sentence end right after the subtitle is a sure boundary.
_SURE_STOP = frozenset("“「『《（(【。！？")
# A short quoted term (no punctuation inside) is part of the text it stands in.
_QUOTED_TERM = re.compile(r"[“「][^“”「」\s，。！？：；、,.!?]{1,8}[”」]")
# Siblings' subtitle lengths are learnt only from ends that punctuation or an opener fixed.
_SURE_BASES = ("stop", "opener")
_SUBTITLE_MAX = 30


@dataclass
class _InlineHead:
    block: int  # index into items
    start: int  # the opening quote
    sub_start: int  # after the colon
    end: int | None  # end of the subtitle, when the text decides it
    guessed: bool
    candidates: tuple[int, ...]  # possible ends, when the siblings decide
    basis: str  # what decided the end (runin.SubtitleEnd.basis)


def inline_headings(text: str, items: list[Item]) -> list[Item]:
    heads = [
        h
        for k, (kind, obj) in enumerate(items)
        if kind == "block"
        for h in _find_inline(text, k, obj)
    ]
    if len(heads) < 2:
        return items
    ends = _subtitle_ends(heads)
    out: list[Item] = []
    by_block: dict[int, list[tuple[_InlineHead, int]]] = {}
    for h, e in zip(heads, ends, strict=True):
        by_block.setdefault(h.block, []).append((h, e))
    for k, item in enumerate(items):
        mine = by_block.get(k, [])
        if not mine:
            out.append(item)
            continue
        region = item[1]
        assert isinstance(region, tuple)
        pos = region[0]
        for h, e in mine:
            if h.start > pos:
                out.append(("block", (pos, h.start)))
            zh = rejoin(text[h.start : e])
            out.append(("heading", Heading(zh=zh, start=h.start, end=e, guessed=h.guessed)))
            pos = e
        if pos < region[1]:
            out.append(("block", (pos, region[1])))
    return out


def _find_inline(text: str, k: int, region: object) -> list[_InlineHead]:
    assert isinstance(region, tuple)
    bs, be = region
    found: list[_InlineHead] = []
    for m in _INLINE_HEAD.finditer(text, bs, be):
        before = text[bs : m.start()].rstrip()
        if before and not ends_sentence(before):
            continue
        found.append(_inline_head(text, k, m.start(), m.end(), be))
    return found


def _inline_head(text: str, k: int, start: int, sub_start: int, be: int) -> _InlineHead:
    limit = min(be, sub_start + _SUBTITLE_MAX)
    stop = sub_start
    while stop < limit:
        if text[stop].isalnum() or text[stop] in "·":
            stop += 1
        elif (quoted := _QUOTED_TERM.match(text, stop, be)) is not None:
            stop = quoted.end()  # 畅销欧洲“很受欢迎”: a quoted term inside the subtitle
        else:
            break
    sure = stop >= be or text[stop] in _SURE_STOP
    found = subtitle_end(text, sub_start, stop, sure)
    return _InlineHead(k, start, sub_start, found.end, found.guessed, found.candidates, found.basis)


def _subtitle_ends(heads: list[_InlineHead]) -> list[int]:
    """Ends the text leaves open are chosen to match the sibling subtitles' usual length."""
    sure = [h.end - h.sub_start for h in heads if h.end is not None and h.basis in _SURE_BASES]
    typical = Counter(sure).most_common(1)[0][0] if sure else None
    ends: list[int] = []
    for h in heads:
        if h.end is not None:
            ends.append(h.end)
            continue
        end = pick_by_siblings(h.candidates, h.sub_start, typical)
        ends.append(end if end is not None else h.sub_start)
    return ends
