"""Number repair on planted errors in human references (issue 24).

For every WMT22 line whose human reference passes the number check, one error is
planted in one English number that states a source value (``qa_rates._carriers``):

- **digit**: one digit of the number replaced (as ``qa_rates._change``);
- **scale**: a number whose source has 万 or 亿 multiplied by 10, 1/10, 10,000 or
  1/10,000 (a slipped unit scale), written as the reference writes numbers (its
  scale word kept, its thousands commas kept);
- **dropped**: the number deleted.

Then ``repair_numbers`` runs where the pipeline runs it (on flagged lines), and we
count: caught (flagged), repaired exactly (the reference restored character for
character), repaired to something else, left flagged. Clean lines: the reference as
it is, through the same step; the share changed must be 0.

WMT22 lines 938-1875 are held out (never looked at for the rules), 1-937 development
(the split of eval/numbers_eval.py). Examples (lines changed wrongly, or caught and
left flagged) are kept for the development split only: of the held-out split the
JSON holds counts, nothing to read line by line. Writes eval/results/repair.json.

    python eval/repair_eval.py [--json eval/results/repair.json]
    python eval/repair_eval.py --development-only --failures dev-failures.json
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from numbers_eval import _lines
from qa_rates import _carriers, _change

from zhbrief.checks import check_numbers
from zhbrief.checks.repair import repair_numbers
from zhbrief.numerals import parse_numbers, values_equal

SEED = 24
KINDS = ("digit", "scale", "dropped")
RESULTS = Path(__file__).resolve().parent / "results" / "repair.json"


# ---------------------------------------------------------------- planting


def plant_digit(zh: str, en: str, rng: random.Random) -> str | None:
    spans = [(s, e) for s, e, _ in _carriers(zh, en) if any(c.isdigit() for c in en[s:e])]
    if not spans:
        return None
    s, e = rng.choice(spans)
    return en[:s] + _change(en[s:e], rng) + en[e:]


_NUMBER = re.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?)(?P<rest>\s*(?:trillion|billion|million)?)$")


def _scaled_sources(zh: str) -> list[float]:
    return [m.value for m in parse_numbers(zh) if m.checked and re.search("[万亿]", m.text)]


def plant_scale(zh: str, en: str, rng: random.Random) -> str | None:
    """A value the source writes with 万/亿, off by 10 or 10,000 either way."""
    scaled = _scaled_sources(zh)
    spans = [
        (s, e)
        for s, e, v in _carriers(zh, en)
        if any(values_equal(v, w) for w in scaled) and _NUMBER.fullmatch(en[s:e])
    ]
    if not spans:
        return None
    s, e = rng.choice(spans)
    m = _NUMBER.fullmatch(en[s:e])
    assert m is not None
    written = float(m.group("num").replace(",", ""))
    factors = [f for f in (10, 0.1, 10_000, 0.0001) if written * f >= 1]
    new = _written(written * rng.choice(factors), grouped="," in m.group("num"))
    return en[:s] + new + m.group("rest") + en[e:]


def _written(x: float, grouped: bool) -> str:
    """As the reference writes a number: digits, commas if it used them or past 9,999."""
    text = f"{x:.6f}".rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    if grouped or int(whole) >= 10_000:
        whole = f"{int(whole):,}"
    return whole + (f".{frac}" if frac else "")


def plant_dropped(zh: str, en: str, rng: random.Random) -> str | None:
    spans = _carriers(zh, en)
    if not spans:
        return None
    s, e, _ = rng.choice(spans)
    return en[:s].rstrip() + (" " if en[e:].startswith(" ") else "") + en[e:].lstrip()


PLANTS = {"digit": plant_digit, "scale": plant_scale, "dropped": plant_dropped}


# ---------------------------------------------------------------- scoring


def _after_checks(zh: str, en: str) -> tuple[str, bool]:
    """What the pipeline does: repair a flagged line; (English, still flagged)."""
    if not check_numbers(zh, en):
        return en, False
    out = repair_numbers(zh, en)
    if out is None:
        return en, True
    return out[0], bool(check_numbers(zh, out[0]))


def score(held_out: bool) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """Counts per planted kind; for the development split also the examples a rule
    may be written from (``wrong``: changed to something else; ``left``: caught and
    left flagged). The held-out split gives counts only."""
    src, refs = _lines(held_out)
    counts = {
        k: dict.fromkeys(("planted", "caught", "exact", "other", "flagged"), 0) for k in KINDS
    }
    clean = changed = 0
    examples: list[dict[str, str]] = []
    left: list[dict[str, str]] = []
    for name, ref in refs.items():
        rng = random.Random(f"{SEED}-{name}")
        for zh, en in zip(src, ref, strict=True):
            if check_numbers(zh, en):
                continue  # only references the check passes as they are
            clean += 1
            changed += _after_checks(zh, en)[0] != en
            for kind, plant in PLANTS.items():
                bad = plant(zh, en, rng)
                if bad is None or bad == en:
                    continue
                c = counts[kind]
                c["planted"] += 1
                if not check_numbers(zh, bad):
                    continue
                c["caught"] += 1
                out, flagged = _after_checks(zh, bad)
                if out == en:
                    c["exact"] += 1
                elif out != bad:
                    c["other"] += 1
                    examples.append({"kind": kind, "zh": zh, "planted": bad, "repaired": out})
                elif flagged:
                    left.append({"kind": kind, "zh": zh, "reference": en, "planted": bad})
                c["flagged"] += flagged
    result = {"clean_lines": clean, "clean_changed": changed, "by_kind": counts}
    if held_out:
        return result, []  # counts only: held-out lines are never read one by one
    return {**result, "wrong": examples}, left


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f} % ({n}/{d})" if d else "–"


def table(
    results: dict[str, dict[str, Any]], splits: tuple[str, ...] = ("held out", "development")
) -> dict[str, Any]:
    rows: list[list[str]] = []
    for split in splits:
        r = results[split]
        for kind in KINDS:
            c = r["by_kind"][kind]
            rows.append(
                [
                    split,
                    kind,
                    str(c["planted"]),
                    _pct(c["caught"], c["planted"]),
                    _pct(c["exact"], c["planted"]),
                    _pct(c["other"], c["planted"]),
                    _pct(c["flagged"], c["planted"]),
                ]
            )
        fixable = [r["by_kind"][k] for k in ("digit", "scale")]
        rows.append(
            [
                split,
                "digit + scale",
                str(sum(c["planted"] for c in fixable)),
                _pct(sum(c["caught"] for c in fixable), sum(c["planted"] for c in fixable)),
                _pct(sum(c["exact"] for c in fixable), sum(c["planted"] for c in fixable)),
                _pct(sum(c["other"] for c in fixable), sum(c["planted"] for c in fixable)),
                _pct(sum(c["flagged"] for c in fixable), sum(c["planted"] for c in fixable)),
            ]
        )
        rows.append([split, "clean lines changed", str(r["clean_lines"]), "", "", "", ""])
        rows[-1][4] = _pct(r["clean_changed"], r["clean_lines"])
    columns = ["split", "planted error", "lines", "caught", "repaired exactly"]
    columns = [*columns, "repaired otherwise", "left flagged"]
    return {"columns": columns, "rows": rows, "align": ["l"] + ["r"] * (len(columns) - 1)}


def _exact(result: dict[str, Any]) -> str:
    """The share of planted digit and scale errors restored exactly."""
    fixable = [result["by_kind"][k] for k in ("digit", "scale")]
    exact = sum(c["exact"] for c in fixable) / max(sum(c["planted"] for c in fixable), 1)
    return f"{100 * exact:.1f} %"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", type=Path, default=RESULTS)
    ap.add_argument(
        "--development-only",
        action="store_true",
        help="score the development split only and write no results JSON (rule work)",
    )
    ap.add_argument(
        "--failures",
        type=Path,
        help="also write the development lines caught and left flagged, or changed "
        "wrongly, to this JSON file",
    )
    args = ap.parse_args(argv)
    development, left = score(False)
    if args.failures:
        failures = {"left_flagged": left, "wrong": development["wrong"]}
        args.failures.write_text(json.dumps(failures, ensure_ascii=False, indent=1) + "\n")
    if args.development_only:
        rows = table({"development": development}, ("development",))["rows"]
        for row in rows:
            print(" | ".join(row))
        return 0
    results = {"held out": score(True)[0], "development": development}
    shown = {
        "heldout_exact": _exact(results["held out"]),
        "dev_exact": _exact(development),
        # a dropped number "repaired" by rewriting another: a wrong change
        "heldout_dropped_wrong": results["held out"]["by_kind"]["dropped"]["other"],
        "dev_dropped_wrong": development["by_kind"]["dropped"]["other"],
    }
    data = {"seed": SEED, **results, "shown": shown, "tables": {"repair": table(results)}}
    for row in data["tables"]["repair"]["rows"]:
        print(" | ".join(row))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
