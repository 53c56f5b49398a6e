"""Regenerate every generated table and inline number in the docs from benchmark JSON.

A benchmark writes ``eval/results/<bench>.json`` (``write_results`` below); the tables it
wants shown sit under its top-level key ``"tables"``::

    {"tables": {"<table-id>": {"columns": ["a", "b"], "rows": [["x", 1.5], ...]}}, ...}

Cells are strings shown as they are, or numbers shown with ``str`` (``None`` is an empty
cell). A table may also give ``"align"``: one of ``"l"``, ``"r"``, ``"c"`` per column
(default: ``---`` for every column).

In README.md, docs/*.md and eval/*.md a generated table is wrapped, each marker on a
line of its own, by ``<!-- table: <bench>/<table-id> -->`` and ``<!-- /table -->`` (the
table takes the opening marker's indentation, so it can sit in a list item); an
inline number by ``<!-- value: <bench>/<dotted.path> -->12.3<!-- /value -->``, the path
into the JSON (list items by index: ``runs.0.rate``), optionally with a Python format
spec: ``<!-- value: bench/a.b fmt=.1f -->`` (also ``fmt=,d``, ``fmt=.1%``, ``fmt=+.1f``).
Markers inside fenced code blocks are left alone.

No figure is hand-copied: ``--check`` also fails on a pipe table outside a table marker
whose data rows hold a number (a digit not inside a word, an inline code span or a value
marker: ``WMT22`` and ```--top 5``` do not count). A table whose numbers are not
measurements (option defaults, exit codes, versions, examples) says so on the line just
above it, visibly in the Markdown: ``<!-- not-measured: option defaults -->``.

    python eval/report.py           # rewrite every file whose markers disagree (atomically)
    python eval/report.py --check   # list each disagreeing marker; exit 1 if any

Exit status: 0 done / all agree; 1 a file disagrees (``--check``), a table holds
hand-copied figures, or a marker is bad (an
unknown bench, table or path, an unclosed table): each message names file and line.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "eval" / "results"

_TABLE_OPEN = re.compile(r"^\s*<!--\s*table:\s*([\w.+-]+)/([\w.+-]+)\s*-->\s*$")
_TABLE_CLOSE = re.compile(r"^\s*<!--\s*/table\s*-->\s*$")
_VALUE = re.compile(
    r"<!--\s*value:\s*([\w.+-]+)/([\w.+-]+)(?:\s+fmt=(\S+?))?\s*-->(.*?)<!--\s*/value\s*-->"
)
_FENCE = re.compile(r"^\s*(```|~~~)")
_NOT_MEASURED = re.compile(r"^\s*<!--\s*not-measured:\s*\S.*-->\s*$")
_PIPE_ROW = re.compile(r"^\s*\|")
_PIPE_RULE = re.compile(r"^\s*\|[\s:|-]*-[\s:|-]*\|?\s*$")
# what is not a figure in a table cell (after generated values): code spans, comments,
# link targets
_NOT_FIGURES = re.compile(r"<!--.*?-->|`[^`]*`|\]\([^)]*\)")
_FIGURE = re.compile(r"(?<![A-Za-z_\d])\d")
_ALIGN = {"l": "---", "r": "---:", "c": ":---:"}


class ReportError(Exception):
    """A marker that cannot be rendered; the message names file and line."""


def docs(root: Path = ROOT) -> list[Path]:
    """The files whose markers are regenerated: README.md, docs/*.md, eval/*.md."""
    found = [root / "README.md", *sorted((root / "docs").glob("*.md"))]
    found += sorted((root / "eval").glob("*.md"))
    return [p for p in found if p.is_file()]


def write_results(
    bench: str, data: dict[str, Any], tables: dict[str, Any], folder: Path = RESULTS
) -> Path:
    """Write ``eval/results/<bench>.json``: ``data`` with ``tables`` under ``"tables"``.
    Every benchmark goes through here so that the format has one owner (``folder``: a
    check run's output somewhere else, e.g. a test's temporary folder)."""
    from zhbrief.iofiles import atomic_write_text

    for table_id, table in tables.items():
        _check_table(table, f"{bench}/{table_id}")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{bench}.json"
    text = json.dumps({**data, "tables": tables}, indent=1, ensure_ascii=False) + "\n"
    atomic_write_text(path, text)
    return path


def table(columns: Sequence[str], rows: Iterable[Sequence[Any]], align: str = "") -> dict[str, Any]:
    """A ``"tables"`` entry; ``align`` is one letter per column (``"llrr"``), or empty."""
    out: dict[str, Any] = {"columns": list(columns), "rows": [list(r) for r in rows]}
    if align:
        out["align"] = list(align)
    return out


# --- rendering --------------------------------------------------------------------------


def plain(value: Any) -> str:
    """How a JSON value shows inline without a format: ``None`` empty, booleans yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"not a finite number: {value}")
    return str(value).replace("\n", " ")


def cell(value: Any) -> str:
    """How a JSON value shows in a table cell: as ``plain``, pipes escaped."""
    return plain(value).replace("|", "\\|")


def _check_table(spec: Any, name: str) -> None:
    if not isinstance(spec, dict) or not isinstance(spec.get("columns"), list):
        raise ValueError(f"table {name}: needs a list under 'columns'")
    width = len(spec["columns"])
    for i, row in enumerate(spec.get("rows", [])):
        if not isinstance(row, list) or len(row) != width:
            raise ValueError(f"table {name}: row {i} does not have {width} cells")
    align = spec.get("align")
    if align is not None and (len(align) != width or any(a not in _ALIGN for a in align)):
        raise ValueError(f"table {name}: 'align' needs one of l/r/c per column")


def render_table(spec: dict[str, Any]) -> list[str]:
    """The pipe table's lines: header, alignment row, one line per row."""
    columns = spec["columns"]
    align = spec.get("align") or ["l"] * len(columns)
    lines = ["| " + " | ".join(cell(c) for c in columns) + " |"]
    lines.append("|" + "|".join(_ALIGN[a] for a in align) + "|")
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in spec["rows"]]
    return lines


def render_value(value: Any, fmt: str | None) -> str:
    if fmt is None:
        return plain(value)
    return format(value, fmt)


# --- lookup -----------------------------------------------------------------------------


@dataclass
class Results:
    """The benchmark JSON files, loaded once each."""

    folder: Path = RESULTS
    loaded: dict[str, Any] = field(default_factory=dict)

    def bench(self, name: str) -> Any:
        if name not in self.loaded:
            path = self.folder / f"{name}.json"
            if not path.is_file():
                raise KeyError(f"no results file eval/results/{path.name} for bench {name!r}")
            self.loaded[name] = json.loads(path.read_text(encoding="utf-8"))
        return self.loaded[name]

    def table(self, bench: str, table_id: str) -> dict[str, Any]:
        tables = self.bench(bench).get("tables", {})
        if table_id not in tables:
            known = ", ".join(sorted(tables)) or "none"
            raise KeyError(f"no table {table_id!r} in bench {bench!r} (its tables: {known})")
        spec: dict[str, Any] = tables[table_id]
        _check_table(spec, f"{bench}/{table_id}")
        return spec

    def value(self, bench: str, path: str) -> Any:
        node = self.bench(bench)
        for i, key in enumerate(path.split(".")):
            if (
                isinstance(node, list)
                and key.lstrip("-").isdigit()
                and -len(node) <= int(key) < len(node)
            ):
                node = node[int(key)]
            elif isinstance(node, dict) and key in node:
                node = node[key]
            else:
                where = ".".join(path.split(".")[:i]) or "the top level"
                raise KeyError(f"no {key!r} under {where} in bench {bench!r}")
        if isinstance(node, dict | list):
            raise KeyError(f"{bench}/{path} is not a single value")
        return node


# --- one file ---------------------------------------------------------------------------


@dataclass
class Mismatch:
    line: int  # 1-based
    marker: str  # "table: bench/id" or "value: bench/path"


def regenerate(text: str, results: Results, name: str = "<text>") -> tuple[str, list[Mismatch]]:
    """``text`` with every marker regenerated, and the markers whose content changed.
    Raises ``ReportError`` naming ``name`` and the line for a bad marker."""
    lines = text.split("\n")
    out: list[str] = []
    mismatches: list[Mismatch] = []
    fenced = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            fenced = not fenced
        if fenced:
            out.append(line)
            i += 1
            continue
        opened = _TABLE_OPEN.match(line)
        if opened:
            end = _close(lines, i, name)
            bench, table_id = opened.groups()
            indent = line[: len(line) - len(line.lstrip())]  # a table in a list item
            try:
                new = [indent + row for row in render_table(results.table(bench, table_id))]
            except (KeyError, ValueError) as e:
                raise ReportError(f"{name}:{i + 1}: {_reason(e)}") from e
            if lines[i + 1 : end] != new:
                mismatches.append(Mismatch(i + 1, f"table: {bench}/{table_id}"))
            out += [line, *new, lines[end]]
            i = end + 1
            continue
        if _TABLE_CLOSE.match(line):
            raise ReportError(f"{name}:{i + 1}: <!-- /table --> without an opening marker")
        out.append(_values(line, i + 1, results, name, mismatches))
        i += 1
    return "\n".join(out), mismatches


def unmarked_tables(text: str, name: str = "<text>") -> list[Mismatch]:
    """Pipe tables outside table markers whose data rows hold a number, unless the line
    above says ``<!-- not-measured: reason -->``: figures copied by hand."""
    lines = text.split("\n")
    found: list[Mismatch] = []
    fenced = generated = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and _TABLE_OPEN.match(line):
            generated = True
        elif not fenced and _TABLE_CLOSE.match(line):
            generated = False
        elif not (fenced or generated) and _PIPE_ROW.match(line):
            end = i
            while end < len(lines) and _PIPE_ROW.match(lines[end]):
                end += 1
            if _is_measured(lines[i:end]) and not _allowed(lines, i):
                header = line.strip()
                found.append(Mismatch(i + 1, f"table with hand-copied figures: {header[:60]}"))
            i = end
            continue
        i += 1
    return found


def _is_measured(table: list[str]) -> bool:
    if len(table) < 3 or not _PIPE_RULE.match(table[1]):
        return False
    return any(_FIGURE.search(_NOT_FIGURES.sub("", _VALUE.sub("", row))) for row in table[2:])


def _allowed(lines: list[str], start: int) -> bool:
    above = start - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    return above >= 0 and bool(_NOT_MEASURED.match(lines[above]))


def _close(lines: list[str], start: int, name: str) -> int:
    for j in range(start + 1, len(lines)):
        if _TABLE_CLOSE.match(lines[j]):
            return j
        if _TABLE_OPEN.match(lines[j]) or _FENCE.match(lines[j]):
            break
    raise ReportError(f"{name}:{start + 1}: table marker without its <!-- /table -->")


def _values(line: str, number: int, results: Results, name: str, bad: list[Mismatch]) -> str:
    def one(m: re.Match[str]) -> str:
        bench, path, fmt, shown = m.groups()
        try:
            new = render_value(results.value(bench, path), fmt)
        except (KeyError, ValueError, TypeError) as e:
            raise ReportError(f"{name}:{number}: {_reason(e)}") from e
        if new != shown:
            bad.append(Mismatch(number, f"value: {bench}/{path}"))
        head = m.group(0)[: m.start(4) - m.start(0)]
        return f"{head}{new}<!-- /value -->"

    return _VALUE.sub(one, line)


def _reason(e: Exception) -> str:
    return str(e.args[0]) if isinstance(e, KeyError) and e.args else str(e)


# --- command ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only report disagreements")
    ap.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.root / "pipeline"))
    results = Results(args.root / "eval" / "results")
    disagree = unmarked = 0
    try:
        for path in docs(args.root):
            name = str(path.relative_to(args.root))
            text = path.read_text(encoding="utf-8")
            new, mismatches = regenerate(text, results, name)
            for m in mismatches:
                verb = "differs from its JSON" if args.check else "regenerated"
                print(f"{name}:{m.line}: {m.marker} {verb}", file=sys.stderr)
            disagree += len(mismatches)
            for m in unmarked_tables(text, name):
                print(f"{name}:{m.line}: {m.marker}", file=sys.stderr)
                unmarked += 1
            if new != text and not args.check:
                from zhbrief.iofiles import atomic_write_text

                atomic_write_text(path, new)
    except ReportError as e:
        print(f"report: {e}", file=sys.stderr)
        return 1
    if unmarked:
        print(
            f"report: {unmarked} table(s) with hand-copied figures: have the benchmark write"
            " them and wrap them in a table marker, or put <!-- not-measured: why --> above",
            file=sys.stderr,
        )
    if args.check and disagree:
        print(f"report: {disagree} marker(s) disagree; run python eval/report.py", file=sys.stderr)
    return 1 if unmarked or (args.check and disagree) else 0


if __name__ == "__main__":
    sys.exit(main())
