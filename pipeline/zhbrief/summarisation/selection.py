"""Selection: which sentences may be picked (boilerplate never), how many (quotas that
follow the length), and the greedy picks with a redundancy limit."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from ..config import SummariseConfig
from .vectors import FloatArray, TermMatrix

_NUMBERING = r"^[\s0-9一二三四五六七八九十、.．,，:：()（）]*"
BOILERPLATE = re.compile(
    # bylines, credits and source lines
    r"^[(（【\[]?(本文)?(责任编辑|编辑|校对|审核|审校|监制|主编|作者|记者|通讯员|来源|原标题"
    r"|摄影|摄像|图片来源|视频来源|图片|制图|出品|策划|撰文|图|文)\s*[:：/|丨]"
    # a dateline alone: 新华社北京12月11日电（记者张三）
    r"|^[^，。,]{0,30}[电讯]\s*[(（][^()（）]*[)）][。]?$"
    # photo credits and captions
    r"|[(（][^()（）]{0,30}(摄|供图|图片来源[^()（）]*|视频来源[^()（）]*)[)）]$|^图为|^[上下左右]?图[:：]"
    # court fees and the appeal notice
    r"|" + _NUMBERING + r"(本案)?(案件)?(受理费|诉讼费|公告费|保全费|鉴定费)|减半收取"
    r"|如不服本判决|上诉于\S{0,20}人民法院|^(审判长|审判员|人民陪审员|书记员|法官助理)"
    # closings and page furniture
    r"|^以上(为|是|就是|即为|便是)|^[(（]?完[)）]$|【纠错】|点击进入|扫描二维码|欢迎关注|版权所有"
    r"|转载请"
)


def is_boilerplate(text: str) -> bool:
    """True for a sentence that is furniture, not content: bylines, datelines, photo and
    video credits, editor and source lines, court-fee and appeal-notice lines, and
    closings such as ``以上为……``. Such sentences are never picked."""
    return bool(BOILERPLATE.search(unicodedata.normalize("NFKC", text).strip()))


def quota(n: int, ratio: float, floor: int, ceiling: int) -> int:
    """Sentences kept from ``n``: ``ratio x n`` rounded half up, within
    [``floor``, ``ceiling``] (the ceiling wins over the floor) and never more than ``n``."""
    if n == 0:
        return 0
    return min(n, ceiling, max(floor, math.floor(ratio * n + 0.5)))


def section_quota(n: int, config: SummariseConfig) -> int:
    """Sentences kept from a section of ``n`` (0 for an empty section)."""
    return quota(n, config.ratio, config.section_min, config.sentences_per_section)


def key_point_quota(n: int, config: SummariseConfig) -> int:
    """Key points of a document of ``n`` sentences (``key_points`` is the ceiling)."""
    if config.key_points == 0:
        return 0
    return quota(n, config.key_points_ratio, config.key_points_min, config.key_points)


def select(
    scores: FloatArray,
    vectors: TermMatrix,
    k: int,
    redundancy: float,
    groups: Sequence[int] | None = None,
    per_group: int | None = None,
    allowed: npt.NDArray[np.bool_] | None = None,
) -> list[int]:
    """Greedy picks by descending score (ties: lower index), skipping a candidate that
    is not ``allowed``, whose cosine (``vectors`` rows) with a pick exceeds
    ``redundancy`` or whose group already has ``per_group`` picks. Returns at most
    ``k`` indices in ascending order."""
    order = sorted(range(len(scores)), key=lambda i: (-float(scores[i]), i))
    chosen: list[int] = []
    taken: Counter[int] = Counter()
    dense = np.zeros((0, vectors.v), dtype=np.float64)
    for i in order:
        if len(chosen) >= k:
            break
        if allowed is not None and not allowed[i]:
            continue
        row = vectors.row_vector(i)
        if chosen and float(np.max(dense @ row)) > redundancy:
            continue
        if groups is not None and per_group is not None and taken[groups[i]] >= per_group:
            continue
        chosen.append(i)
        dense = np.vstack([dense, row])
        if groups is not None:
            taken[groups[i]] += 1
    return sorted(chosen)
