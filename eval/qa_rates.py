"""How quiet and how loud the number check is, on WMT22 zh-en with human references.

False-flag rate: share of lines whose reference translation (assumed right about
numbers) is flagged by ``check_numbers``. Detection rate: one number per line is
changed or deleted in the reference (a fixed seed picks the line's number and the
edit), and we count how many of those lines are flagged. The numbers that can be
edited are those the reference states for a source number: the English value
spans that match a value of the source, as read by ``english_numbers``.

    python eval/qa_rates.py [--src FILE --ref FILE] [--seed 13] [--sample 25]

Prints both rates, a breakdown and a sample of flagged lines; ``--json FILE`` also
writes the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

from zhbrief.checks import check_degenerate, check_numbers, check_protected
from zhbrief.numerals import english_numbers, parse_numbers, values_equal
from zhbrief.numerals.render import MONTHS, ORDINAL_WORDS, SMALL_WORDS

DATA = Path("/work/shared/data/wmt22-zh-en")
SRC = DATA / "generaltest2022.zh-en.src.zh"
REF = DATA / "generaltest2022.zh-en.ref.A.en"


def _naive_flag(zh: str, en: str) -> bool:
    """The baseline: every digit run of the source must appear as a digit run in the English."""
    en_nums = {n.replace(",", "") for n in re.findall(r"\d[\d,]*(?:\.\d+)?", en)}
    return any(n.replace(",", "") not in en_nums for n in re.findall(r"\d[\d,]*(?:\.\d+)?", zh))


def _carriers(zh: str, en: str) -> list[tuple[int, int, float]]:
    """Spans of ``en`` that state a value of the source: the numbers we may edit."""
    wanted = [a for m in parse_numbers(zh) if m.checked for r in m.requirements() for a in r]
    return [
        (start, end, v)
        for v, start, end in english_numbers(en)
        if any(values_equal(v, w) for w in wanted)
    ]


_WORDS = {w: i for i, w in enumerate(SMALL_WORDS)}
_ORDS = {w: i for i, w in enumerate(ORDINAL_WORDS)}
_MONTH_NAMES = {m.lower(): i for i, m in enumerate(MONTHS)}


def _change(text: str, rng: random.Random) -> str:
    """The same number in the same form, with a different value."""
    digits = [i for i, c in enumerate(text) if c.isdigit()]
    if digits:
        i = rng.choice(digits)
        new = rng.choice([d for d in "0123456789" if d != text[i]])
        if i == digits[0] and new == "0" and len(digits) > 1:
            new = rng.choice("123456789".replace(text[i], ""))
        return text[:i] + new + text[i + 1 :]
    low = text.lower()
    first = low.split()[0].split("-")[0]
    for table, names in ((_WORDS, SMALL_WORDS), (_ORDS, ORDINAL_WORDS)):
        if first in table:
            n = table[first]
            choices = [w for j, w in enumerate(names) if j != n and 1 <= j <= 12]
            return rng.choice(choices) + text[len(first) :]
    if low in _MONTH_NAMES:
        return rng.choice([m for m in MONTHS if m.lower() != low])
    swaps = {"doubled": "tripled", "double": "triple", "twice": "three times", "half": "a third"}
    swaps.update({"both": "all three", "a third": "a quarter", "a quarter": "a third"})
    if low in swaps:
        return swaps[low]
    return str(rng.randint(2, 99))  # any other form: a plain different number


def mutate(zh: str, en: str, rng: random.Random) -> tuple[str, str] | None:
    """Change or delete one source-carrying number of ``en``; ``None`` if it has none."""
    spans = _carriers(zh, en)
    if not spans:
        return None
    start, end, _ = rng.choice(spans)
    if rng.random() < 0.5:
        return en[:start] + _change(en[start:end], rng) + en[end:], "change"
    deleted = en[:start].rstrip() + (" " if en[end:].startswith(" ") else "") + en[end:].lstrip()
    return deleted, "delete"


def rates(src: list[str], ref: list[str], seed: int) -> tuple[dict[str, Any], list[Any], list[Any]]:
    """The figures of one reference, its flagged lines and the mutations not detected."""
    n = len(src)
    with_numbers = sum(1 for z in src if any(m.checked for m in parse_numbers(z)))
    pairs = list(zip(src, ref, strict=True))
    flagged = [(i, z, e, check_numbers(z, e)) for i, (z, e) in enumerate(pairs)]
    flagged = [t for t in flagged if t[3]]
    naive = sum(_naive_flag(z, e) for z, e in pairs)
    protected = sum(bool(check_protected(z, e)) for z, e in pairs)
    degenerate = sum(check_degenerate(z, e) is not None for z, e in pairs)

    rng = random.Random(seed)
    clean = set(range(n)) - {i for i, *_ in flagged}
    tried = {"change": [0, 0], "delete": [0, 0]}
    tried_clean = [0, 0]
    missed: list[tuple[int, str, str, str]] = []
    for i, (z, e) in enumerate(pairs):
        out = mutate(z, e, rng)
        if out is None:
            continue
        mutated, how = out
        hit = bool(check_numbers(z, mutated))
        tried[how][0] += 1
        tried[how][1] += hit
        if i in clean:
            tried_clean[0] += 1
            tried_clean[1] += hit
            if not hit:
                missed.append((i + 1, z, mutated, how))
    total = sum(t[0] for t in tried.values())
    detected = sum(t[1] for t in tried.values())

    figures = {
        "lines": n,
        "lines_with_source_numbers": with_numbers,
        "number_flagged_lines": len(flagged),
        "false_flag_rate": len(flagged) / n,
        "false_flag_rate_among_lines_with_numbers": len(flagged) / max(with_numbers, 1),
        "naive_digit_flag_rate": naive / n,
        "protected_flag_rate": protected / n,
        "degenerate_flag_rate": degenerate / n,
        "mutated_lines": total,
        "mutated_change": tried["change"][0],
        "mutated_delete": tried["delete"][0],
        "detection_rate": detected / max(total, 1),
        "detection_rate_change": tried["change"][1] / max(tried["change"][0], 1),
        "detection_rate_delete": tried["delete"][1] / max(tried["delete"][0], 1),
        "mutated_lines_clean_before": tried_clean[0],
        "detection_rate_clean_before": tried_clean[1] / max(tried_clean[0], 1),
        "seed": seed,
        "flagged_lines": len(flagged),
        "detected_lines": detected,
        "protected_flagged_lines": protected,
        "degenerate_flagged_lines": degenerate,
    }
    return figures, flagged, missed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", type=Path, default=SRC)
    ap.add_argument("--ref", type=Path, default=REF)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--sample", type=int, default=25, help="flagged lines to print")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument(
        "--results",
        action="store_true",
        help="references A and B, held-out and development lines: eval/results/qa_rates.json",
    )
    args = ap.parse_args(argv)
    if args.results:
        return write_results(args.seed)
    src = args.src.read_text(encoding="utf-8").splitlines()
    ref = args.ref.read_text(encoding="utf-8").splitlines()
    if len(src) != len(ref):
        print(f"line counts differ: {len(src)} vs {len(ref)}", file=sys.stderr)
        return 1
    n = len(src)
    figures, flagged, missed = rates(src, ref, args.seed)
    with_numbers = figures["lines_with_source_numbers"]
    total = figures["mutated_lines"]
    print(f"lines: {n} ({with_numbers} with numbers in the source)")
    print(
        f"false-flag rate (numbers): {figures['false_flag_rate']:.2%} "
        f"({len(flagged)} lines; naive digit matching: {figures['naive_digit_flag_rate']:.2%})"
    )
    print(
        f"detection rate: {figures['detection_rate']:.2%} of {total} mutated lines "
        f"(change {figures['detection_rate_change']:.2%} of {figures['mutated_change']}, "
        f"delete {figures['detection_rate_delete']:.2%} of {figures['mutated_delete']}; "
        f"{figures['detection_rate_clean_before']:.2%} of the "
        f"{figures['mutated_lines_clean_before']} "
        "not flagged before)"
    )
    print(
        f"other checks on the reference: protected {figures['protected_flag_rate']:.2%}, "
        f"degenerate {figures['degenerate_flag_rate']:.2%}"
    )
    print(f"\nflagged reference lines (first {args.sample}):")
    for i, z, e, flags in flagged[: args.sample]:
        print(f"\n{i + 1}: {z}\n    {e}")
        for f in flags:
            print(f"    - {f.message}")
    print(f"\nmutations not detected (first {args.sample}):")
    for line, z, mutated, how in missed[: args.sample]:
        print(f"\n{line} ({how}): {z}\n    {mutated}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


RESULTS = Path(__file__).resolve().parent / "results" / "qa_rates.json"
SPLIT = 937  # WMT22 lines 1-937 development, 938-1875 held out (eval/numbers_eval.py)


def _pc(share: float, places: int) -> str:
    """0.0203 -> '2.03 %' (the docs' style)."""
    return f"{100 * share:.{places}f} %"


def write_results(seed: int) -> int:
    """Held-out and development lines of references A and B, with the QA.md table."""
    src = SRC.read_text(encoding="utf-8").splitlines()
    columns: dict[str, dict[str, Any]] = {}
    ids: dict[str, str] = {}
    for split, part in (("held out", slice(SPLIT, None)), ("development", slice(None, SPLIT))):
        for name in ("A", "B"):
            ref = (DATA / f"generaltest2022.zh-en.ref.{name}.en").read_text(encoding="utf-8")
            column = f"{split}, reference {name}"
            ids[column] = f"{'heldout' if split == 'held out' else 'dev'}_{name}"
            columns[column] = rates(src[part], ref.splitlines()[part], seed)[0]
    rows = [
        ["lines", *(str(f["lines"]) for f in columns.values())],
        ["lines with a checked number in the source"]
        + [str(f["lines_with_source_numbers"]) for f in columns.values()],
        ["**false-flag rate (numbers), all lines**"]
        + [f"**{_pc(f['false_flag_rate'], 2)}** ({f['flagged_lines']})" for f in columns.values()],
        ["… among lines with numbers"]
        + [f"{_pc(f['false_flag_rate_among_lines_with_numbers'], 1)}" for f in columns.values()],
        [
            "naive digit matching",
            *(f"{_pc(f['naive_digit_flag_rate'], 2)}" for f in columns.values()),
        ],
        ["mutated lines", *(str(f["mutated_lines"]) for f in columns.values())],
        ["**detection rate**", *(f"**{_pc(f['detection_rate'], 1)}**" for f in columns.values())],
        ["… changed number / deleted number"]
        + [
            f"{_pc(f['detection_rate_change'], 1)} / {_pc(f['detection_rate_delete'], 1)}"
            for f in columns.values()
        ],
        ["… among lines not flagged before mutation"]
        + [f"{_pc(f['detection_rate_clean_before'], 1)}" for f in columns.values()],
        ["protected-span flags (all lines)"]
        + [f"{_pc(f['protected_flag_rate'], 2)}" for f in columns.values()],
        [
            "degenerate-output flags",
            *(f"{_pc(f['degenerate_flag_rate'], 2)}" for f in columns.values()),
        ],
    ]
    data = {
        "seed": seed,
        "split": SPLIT,
        "figures": {ids[c]: f for c, f in columns.items()},
        # as the docs quote them
        "shown": {
            ids[c]: {
                "flagged": _pc(f["false_flag_rate"], 2),
                "caught": _pc(f["detection_rate"], 1),
            }
            for c, f in columns.items()
        },
        "tables": {"rates": {"columns": ["", *columns], "rows": rows}},
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for row in rows:
        print(" | ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
