"""Datelines opening a paragraph, and numbered sections that start inside one."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import SegmentConfig
from ..document import Heading, MetaItem
from .lines import Item
from .runin import Numbering, dateline_end, numbered_mark, runin_candidates
from .sentences import rejoin, strip_span

# ------------------------------------------------------- datelines, run-in numbering


def split_datelines(text: str, items: list[Item]) -> list[Item]:
    """A dateline opening a paragraph (新华社北京3月5日电（记者 王五）记者从……) is metadata."""
    out: list[Item] = []
    for kind, obj in items:
        if kind == "block":
            assert isinstance(obj, tuple)
            bs, be = obj
            end = dateline_end(text, bs, be)
            rest = strip_span(text, end, be) if end is not None else (be, be)
            if end is not None and rest[0] < rest[1]:
                zh = rejoin(text[bs:end])
                out.append(("meta", MetaItem(zh=zh, start=bs, end=end, key="dateline")))
                out.append(("block", rest))
                continue
        out.append((kind, obj))
    return out


@dataclass
class _Start:
    item: int  # index of the block in items
    start: int
    end: int
    level: int
    guessed: bool


def numbered_sections(text: str, items: list[Item], config: SegmentConfig) -> list[Item]:
    """Numbered sections that start inside a paragraph (run-in headings, run-on reports).

    A marker counts only when it continues the numbering (一、 after the previous
    top-level section, （一） after it or after the previous subsection) and its run has
    at least two members, so enumerations inside the text stay body.
    """
    numbering = Numbering()
    starts: list[_Start] = []
    runs: list[list[_Start | None]] = []  # per (level-1 section, level): members
    run_of: dict[tuple[int, int], list[_Start | None]] = {}

    def member(level: int, found: _Start | None) -> None:
        key = (numbering.top if level == 2 else 0, level)
        if key not in run_of:
            run_of[key] = []
            runs.append(run_of[key])
        run_of[key].append(found)

    for k, (kind, obj) in enumerate(items):
        if kind == "heading":
            assert isinstance(obj, Heading)
            mark = numbered_mark(obj.zh, 0)
            if mark is not None and obj.level == mark.level:
                numbering.advance(mark.level, mark.value)
                member(mark.level, None)
        elif kind == "block":
            assert isinstance(obj, tuple)
            for mark, hs, he, guessed in runin_candidates(
                text, obj[0], obj[1], config.max_heading_chars
            ):
                if numbering.accepts(mark.level, mark.value):
                    numbering.advance(mark.level, mark.value)
                    found = _Start(k, hs, he, mark.level, guessed)
                    member(mark.level, found)
                    starts.append(found)
    lone = {id(r[0]) for r in runs if len(r) == 1 and r[0] is not None}
    keep = [st for st in starts if id(st) not in lone]
    if not keep:
        return items
    return _split_blocks(text, items, keep)


def _split_blocks(text: str, items: list[Item], starts: list[_Start]) -> list[Item]:
    by_item: dict[int, list[_Start]] = {}
    for st in starts:
        by_item.setdefault(st.item, []).append(st)
    out: list[Item] = []
    for k, item in enumerate(items):
        mine = by_item.get(k)
        if not mine:
            out.append(item)
            continue
        region = item[1]
        assert isinstance(region, tuple)
        pos = region[0]
        for st in mine:
            if st.start > pos:
                out.append(("block", strip_span(text, pos, st.start)))
            hs, he = strip_span(text, st.start, st.end)
            zh = rejoin(text[hs:he])
            head = Heading(zh=zh, start=hs, end=he, level=st.level, guessed=st.guessed)
            out.append(("heading", head))
            pos = st.end
        rest = strip_span(text, pos, region[1])
        if rest[0] < rest[1]:
            out.append(("block", rest))
    return out
