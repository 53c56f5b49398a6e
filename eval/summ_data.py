"""Summarisation sets for ``bench_summaries.py``: where they come from and how they split.

- ``judgments-dev`` / ``judgments-heldout``: the 409 CAIL2020 judicial-summarisation
  **dev** pairs in ``shared/data/summ-dev`` (court judgments, human-written reference
  summaries). Shuffled once with ``random.Random(SPLIT_SEED)`` over the sorted ids; the
  first ``HELDOUT_SHARE`` of them are held out and never used for fitting or choosing
  settings, the rest are the development part.
- ``news-headlines``: the 26 Xinhua news articles of the WMT22 general test set's
  Chinese source (``shared/data/wmt22-zh-en``; WMT22 is not one of the project's blind
  sets), each cut out by hand below: the article is the lines after its headline, the
  reference is the headline (its ``-新华网`` suffix removed). A headline is a short,
  human-written summary; it favours lead sentences, and a set of 26 gives wide
  intervals. It is never used for fitting.
- ``news-dev``: eight other headline-led news articles of the same WMT22 source (other
  outlets: 湖南日报, 经济观察网, 越南人民报网, ...), cut out the same way; the
  headline's outlet and date (`` - 视点头条 - ...``) are removed (the longest part is
  kept). Used for fitting together with the judgments' development part, so that the
  score also learns what a news lede is.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
if not SHARED.is_dir():  # a worktree beside the main checkout
    SHARED = Path("/work/shared/data")
SPLIT_SEED = 12
HELDOUT_SHARE = 0.4

# (headline line, first body line, last body line), 1-based lines of the source file
NEWS_RANGES = (
    (4, 5, 31), (157, 158, 166), (192, 193, 197), (280, 281, 283), (381, 382, 385),
    (450, 451, 455), (456, 457, 475), (579, 580, 597), (602, 603, 607), (610, 611, 615),
    (622, 623, 629), (741, 742, 752), (817, 818, 839), (918, 919, 933), (964, 965, 971),
    (976, 977, 984), (1019, 1020, 1029), (1050, 1051, 1060), (1102, 1103, 1118),
    (1130, 1131, 1139), (1381, 1382, 1389), (1412, 1413, 1418), (1484, 1485, 1495),
    (1549, 1550, 1568), (1781, 1782, 1787), (1868, 1869, 1875),
)  # fmt: skip

NEWS_DEV_RANGES = (
    (206, 207, 222), (274, 275, 279), (318, 319, 347), (515, 516, 528), (535, 536, 555),
    (902, 903, 912), (1194, 1195, 1205), (1788, 1789, 1808),
)  # fmt: skip


@dataclass(frozen=True)
class Pair:
    id: str
    text: str
    reference: str


def judgments(shared: Path = SHARED) -> tuple[list[Pair], list[Pair]]:
    """(development part, held-out part) of the CAIL2020 dev pairs."""
    path = shared / "summ-dev" / "cail2020-sfzy-dev.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    pairs = sorted((Pair(r["id"], r["text"], r["summary"]) for r in rows), key=lambda p: p.id)
    random.Random(SPLIT_SEED).shuffle(pairs)
    cut = round(HELDOUT_SHARE * len(pairs))
    return pairs[cut:], pairs[:cut]


def news(
    shared: Path = SHARED, ranges: tuple[tuple[int, int, int], ...] = NEWS_RANGES
) -> list[Pair]:
    """The Xinhua articles (``NEWS_RANGES``), or ``NEWS_DEV_RANGES`` for fitting."""
    lines = (shared / "wmt22-zh-en" / "generaltest2022.zh-en.src.zh").read_text("utf-8")
    src = lines.splitlines()
    out = []
    for head, first, last in ranges:
        headline = re.sub(r"\s*[-—]\s*新华网\s*$", "", src[head - 1])
        # "headline - outlet - ..." or "outlet - headline": the longest part
        parts = re.split(r" - |\s+\d{4}-\d\d-\d\d", headline)
        headline = max(parts, key=len).strip()
        body = "\n".join(src[first - 1 : last])
        out.append(Pair(f"wmt22-news-{head}", body, headline))
    return out
