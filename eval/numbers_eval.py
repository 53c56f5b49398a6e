"""The number check on material it was not tuned on (issue 11), for eval/generalise.py.

- Flag rate: share of lines whose human reference is flagged (WMT22 zh-en references
  A and B) plus the constructed pairs in eval/data/*/numbers.tsv (right English in
  the false-flag categories: model codes, clock times, ordinal counters, added months
  and years).
- Catch rate: one number of each reference line is corrupted and the line must be
  flagged. Besides the random change/delete of eval/qa_rates.py, three targeted
  corruptions: a number deleted while the same value stays elsewhere in the line, a
  digit changed inside a number with a thousands separator or a decimal point, and a
  percentage changed next to an unchanged amount.

WMT22 lines 1-937 are development, 938-1875 held out (qa_rates.py measured the whole
set before; this split only separates what the issue-11 changes were tuned on).
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from qa_rates import _carriers, _change, mutate

from zhbrief.checks import check_numbers

# The one place that reaches into the pipeline's number check (re-point after a merge).
from zhbrief.numerals import english_numbers, parse_numbers, values_equal

WMT = Path("/work/shared/data/wmt22-zh-en")
HERE = Path(__file__).resolve().parent / "data"
SPLIT = 937
SEED = 13

Mutation = Callable[[str, str, random.Random], str | None]


def _lines(held_out: bool) -> tuple[list[str], dict[str, list[str]]]:
    def read(name: str) -> list[str]:
        lines = (WMT / f"generaltest2022.zh-en.{name}").read_text(encoding="utf-8").split("\n")
        lines = lines[:1875]
        return lines[SPLIT:] if held_out else lines[:SPLIT]

    return read("src.zh"), {r: read(f"ref.{r}.en") for r in ("A", "B")}


def constructed(held_out: bool) -> list[tuple[str, str]]:
    path = HERE / ("heldout" if held_out else "dev") / "numbers.tsv"
    rows = []
    for ln in path.read_text(encoding="utf-8").split("\n"):
        if ln.strip() and not ln.startswith("#"):
            zh, en = ln.split("\t")
            rows.append((zh, en))
    return rows


# ---------------------------------------------------------------- corruptions


def _source_count(zh: str, value: float) -> int:
    return sum(
        1
        for m in parse_numbers(zh)
        if m.checked and any(values_equal(a, value) for r in m.requirements() for a in r)
    )


def delete_duplicate(zh: str, en: str, rng: random.Random) -> str | None:
    """Delete a stated value while the same value stays elsewhere in the English."""
    everything = english_numbers(en)
    spans = [
        (s, e, v)
        for s, e, v in _carriers(zh, en)
        if sum(values_equal(v, w) for w, _, _ in everything) >= 2
        and _source_count(zh, v) >= sum(values_equal(v, w) for w, _, _ in everything)
    ]
    if not spans:
        return None
    s, e, _ = rng.choice(spans)
    return en[:s].rstrip() + (" " if en[e:].startswith(" ") else "") + en[e:].lstrip()


_SEPARATED = re.compile(r"\d[\d,]*[,.]\d+")


def change_separated(zh: str, en: str, rng: random.Random) -> str | None:
    """Change a digit after the separator of 1,234 or 3.5 (a carrier of a source value)."""
    spans = []
    for s, e, _ in _carriers(zh, en):
        m = _SEPARATED.search(en, s, e)
        if m is not None:  # the pattern needs a separator
            first_sep = min(i for i in range(m.start(), m.end()) if en[i] in ",.")
            digits = [i for i in range(first_sep + 1, m.end()) if en[i].isdigit()]
            spans.extend(digits)
    if not spans:
        return None
    i = rng.choice(spans)
    new = rng.choice([d for d in "0123456789" if d != en[i]])
    return en[:i] + new + en[i + 1 :]


_PERCENT_SPAN = re.compile(r"\s*(?:%|per ?cent|percentage points?)")


def change_percent(zh: str, en: str, rng: random.Random) -> str | None:
    """Change a percentage in a line that also states an amount."""
    kinds = {m.kind for m in parse_numbers(zh) if m.checked}
    if "percent" not in kinds or len(kinds) < 2:
        return None
    spans = [(s, e) for s, e, _ in _carriers(zh, en) if _PERCENT_SPAN.match(en, e)]
    spans += [(s, e) for s, e, _ in _carriers(zh, en) if en[s:e].endswith("%")]
    if not spans:
        return None
    s, e = rng.choice(spans)
    return en[:s] + _change(en[s:e], rng) + en[e:]


def _random(zh: str, en: str, rng: random.Random) -> str | None:
    out = mutate(zh, en, rng)
    return None if out is None else out[0]


MUTATIONS: dict[str, Mutation] = {
    "random change/delete": _random,
    "deleted, same value elsewhere": delete_duplicate,
    "digit after a separator changed": change_separated,
    "percentage changed next to an amount": change_percent,
}


def number_scores(held_out: bool) -> dict[str, Any]:
    src, refs = _lines(held_out)
    flagged = total = 0
    per_ref: dict[str, float] = {}
    for name, ref in refs.items():
        n = sum(bool(check_numbers(z, e)) for z, e in zip(src, ref, strict=True))
        per_ref[name] = n / len(src)
        flagged += n
        total += len(src)
    pairs = constructed(held_out)
    c_flagged = [(z, e) for z, e in pairs if check_numbers(z, e)]
    caught: dict[str, list[int]] = {k: [0, 0] for k in MUTATIONS}
    for name, ref in refs.items():
        rng = random.Random(f"{SEED}-{name}")
        for z, e in zip(src, ref, strict=True):
            if check_numbers(z, e):
                continue  # only lines the check passes as they are
            for kind, mutation in MUTATIONS.items():
                bad = mutation(z, e, rng)
                if bad is None or bad == e:
                    continue
                caught[kind][0] += 1
                caught[kind][1] += bool(check_numbers(z, bad))
    tried = sum(t for t, _ in caught.values())
    hits = sum(h for _, h in caught.values())
    return {
        "flag_rate": (flagged + len(c_flagged)) / (total + len(pairs)),
        "flag_rate_refs": per_ref,
        "constructed_flagged": f"{len(c_flagged)}/{len(pairs)}",
        "catch_rate": hits / max(tried, 1),
        "catch_by_kind": {k: {"tried": t, "caught": h} for k, (t, h) in caught.items()},
    }


if __name__ == "__main__":
    import json

    for held in (True, False):
        print("held out" if held else "development")
        print(json.dumps(number_scores(held), indent=1))
