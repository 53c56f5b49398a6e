"""Batch planning: pure functions over texts and token counts.

Sentences longer than the model's input budget are split at clause boundaries (never
truncated); pieces are sorted by length and packed into batches whose padded size fits
the token budget; translations of a split sentence are joined back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

# A Chinese character (the BMP blocks, compatibility ideographs, Extensions B on): a
# text without one has nothing for a Chinese model to translate
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def has_chinese(text: str) -> bool:
    return HAN.search(text) is not None


# Clause boundaries, strongest first; each split keeps the mark with the left piece.
_SPLIT_LEVELS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<=[；;])"),
    re.compile(r"(?<=[，,：:])"),
    re.compile(r"(?<=[、])"),
    re.compile(r"(?<=[\s—…）)」』”’])"),
)


# With beam search, output-length caps are rounded up to this step: texts whose caps
# round alike share batches, and each runs the same search whatever its neighbours
CAP_STEP = 16


def cap_step(num_beams: int) -> int:
    """How finely a batch's decoding length is rounded (see ``search_cap``).

    Greedy decoding picks each token from the text's own prefix alone, so running a
    text past its limit and cutting the output there changes nothing: its batches may
    mix any limits and stop at their longest (step 1). Beam search ranks finished and
    unfinished hypotheses at the last step, so its result depends on where the search
    stops: that must depend on the text alone (rounded caps, batches never mixing them).
    Grouping greedy batches by rounded caps, as before, doubled the decoding steps on
    the seed article (17 batches instead of 11, each searched up to 15 steps too far).
    """
    return 1 if num_beams == 1 else CAP_STEP


def cap_group(limit: int, step: int) -> int:
    """The batch group of a text with output ``limit`` (all one group when step is 1)."""
    return 0 if step == 1 else -(-limit // step)


def search_cap(limits: Sequence[int], ceiling: int, step: int = CAP_STEP) -> int:
    """The decoding length a batch searches to: its texts' output limits rounded up.

    Beam search capped at a batch-wide maximum gives a text another result than the
    same search capped at its own limit. Batches never mix rounded caps (``plan_batches``
    with ``groups``), so the cap, and the translation, depends on the text alone: the
    same with or without the translation memory, whoever shares the batch. Greedy
    decoding (``step`` 1) searches exactly to the longest limit.
    """
    return min(ceiling, -(-max(limits) // step) * step)


def plan_batches(
    lengths: Sequence[int],
    batch_tokens: int,
    max_batch_size: int,
    groups: Sequence[int] | None = None,
) -> list[list[int]]:
    """Indices grouped into batches, longest first; padded size stays within budget.

    A batch's padded size is its longest input times its size, so sorting by length
    keeps padding small. With ``groups``, a batch only holds indices of one group.
    Every index appears exactly once.
    """
    group = groups if groups is not None else [0] * len(lengths)
    order = sorted(range(len(lengths)), key=lambda i: (-group[i], -lengths[i], i))
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        longest = lengths[current[0]] if current else lengths[i]
        if current and (
            longest * (len(current) + 1) > batch_tokens
            or len(current) >= max_batch_size
            or group[current[0]] != group[i]
        ):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


def _pack(parts: list[str], fits: Callable[[str], bool]) -> list[str]:
    """Greedily merge neighbouring parts while the merged text still fits."""
    out: list[str] = []
    for part in parts:
        if out and fits(out[-1] + part):
            out[-1] += part
        else:
            out.append(part)
    return out


def _hard_cut(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Cut at the longest prefix that fits (binary search); last resort for no breaks."""
    pieces: list[str] = []
    rest = text
    while rest and not fits(rest):
        lo, hi = 1, len(rest)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(rest[:mid]):
                lo = mid
            else:
                hi = mid - 1
        pieces.append(rest[:lo])
        rest = rest[lo:]
    if rest:
        pieces.append(rest)
    return pieces


def split_to_fit(text: str, fits: Callable[[str], bool], level: int = 0) -> list[str]:
    """Split ``text`` into pieces that each ``fit``; ``"".join(pieces) == text``.

    Tries ；, then ，：, then 、, then spaces and closing marks, then cuts anywhere.
    """
    if fits(text):
        return [text]
    if level >= len(_SPLIT_LEVELS):
        return _hard_cut(text, fits)
    parts = [p for p in _SPLIT_LEVELS[level].split(text) if p]
    if len(parts) == 1:
        return split_to_fit(text, fits, level + 1)
    pieces: list[str] = []
    for piece in _pack(parts, fits):
        pieces.extend(split_to_fit(piece, fits, level + 1))
    return pieces


def join_pieces(translations: Iterable[str]) -> str:
    return " ".join(t.strip() for t in translations if t.strip())
