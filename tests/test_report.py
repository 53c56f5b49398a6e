"""eval/report.py: the renderer's exact output, its errors (file and line), the rewrite
and ``--check`` on a scratch tree, and ``--check`` on this repository."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import report  # noqa: E402

BENCH = {
    "runs": [{"rate": 0.98765, "n": 12345}],
    "speed": 884.4,
    "label": "ct2 | int8",
    "tables": {
        "main": {
            "columns": ["path", "greedy", "4 beams"],
            "rows": [["fp32", 196, 48.5], ["int8 | ct2", "884", None]],
            "align": ["l", "r", "r"],
        },
        "plain": {"columns": ["a"], "rows": [[True]]},
    },
}


def write_tree(tmp_path: Path, text: str, bench: dict[str, object] = BENCH) -> Path:
    (tmp_path / "eval" / "results").mkdir(parents=True)
    (tmp_path / "docs").mkdir()
    (tmp_path / "eval" / "results" / "b.json").write_text(json.dumps(bench), "utf-8")
    (tmp_path / "README.md").write_text(text, "utf-8")
    return tmp_path / "README.md"


def test_table_renders_exactly() -> None:
    assert report.render_table(BENCH["tables"]["main"]) == [  # type: ignore[index]
        "| path | greedy | 4 beams |",
        "|---|---:|---:|",
        "| fp32 | 196 | 48.5 |",
        "| int8 \\| ct2 | 884 |  |",
    ]
    assert report.render_table({"columns": ["a", "b"], "rows": []}) == ["| a | b |", "|---|---|"]
    assert report.render_table(BENCH["tables"]["plain"]) == ["| a |", "|---|", "| yes |"]  # type: ignore[index]


def test_values_render_with_and_without_a_format() -> None:
    results = report.Results(ROOT / "nowhere", {"b": BENCH})
    text = (
        "rate <!-- value: b/runs.0.rate fmt=.1% -->old<!-- /value -->, "
        "n <!-- value: b/runs.0.n fmt=,d -->12,345<!-- /value -->, "
        "<!-- value: b/speed fmt=.0f -->884<!-- /value --> tok/s, "
        "<!-- value: b/speed -->x<!-- /value --> <!-- value: b/label -->y<!-- /value -->"
    )
    new, bad = report.regenerate(text, results, "f.md")
    assert new == (
        "rate <!-- value: b/runs.0.rate fmt=.1% -->98.8%<!-- /value -->, "
        "n <!-- value: b/runs.0.n fmt=,d -->12,345<!-- /value -->, "
        "<!-- value: b/speed fmt=.0f -->884<!-- /value --> tok/s, "
        "<!-- value: b/speed -->884.4<!-- /value --> "
        "<!-- value: b/label -->ct2 | int8<!-- /value -->"  # not in a table: as it is
    )
    assert [(m.line, m.marker) for m in bad] == [
        (1, "value: b/runs.0.rate"),
        (1, "value: b/speed"),
        (1, "value: b/label"),
    ]
    again, none = report.regenerate(new, results, "f.md")
    assert (again, none) == (new, [])


def test_table_between_markers_is_replaced_and_the_rest_kept() -> None:
    results = report.Results(ROOT / "nowhere", {"b": BENCH})
    text = "# T\n\n<!-- table: b/plain -->\n| stale |\n|---|\n\n| x |\n<!-- /table -->\nafter\n"
    new, bad = report.regenerate(text, results, "f.md")
    assert new == "# T\n\n<!-- table: b/plain -->\n| a |\n|---|\n| yes |\n<!-- /table -->\nafter\n"
    assert [(m.line, m.marker) for m in bad] == [(3, "table: b/plain")]


def test_a_table_takes_its_markers_indentation() -> None:
    results = report.Results(ROOT / "nowhere", {"b": BENCH})
    text = "- item\n\n  <!-- table: b/plain -->\n  <!-- /table -->\n"
    new, _ = report.regenerate(text, results, "f.md")
    table = "  | a |\n  |---|\n  | yes |\n"
    assert new == f"- item\n\n  <!-- table: b/plain -->\n{table}  <!-- /table -->\n"
    assert report.regenerate(new, results, "f.md") == (new, [])


def test_markers_in_fenced_code_are_left_alone() -> None:
    results = report.Results(ROOT / "nowhere", {})
    text = "```\n<!-- table: nosuch/x -->\n<!-- value: nosuch/y -->1<!-- /value -->\n```\n"
    assert report.regenerate(text, results, "f.md") == (text, [])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a\n<!-- table: nosuch/x -->\n<!-- /table -->\n", "f.md:2: no results file"),
        (
            "<!-- table: b/nope -->\n<!-- /table -->",
            "f.md:1: no table 'nope' in bench 'b' (its tables: main, plain)",
        ),
        (
            "\n\nx <!-- value: b/runs.3.rate -->1<!-- /value -->",
            "f.md:3: no '3' under runs in bench 'b'",
        ),
        (
            "<!-- value: b/runs.0.size -->1<!-- /value -->",
            "f.md:1: no 'size' under runs.0 in bench 'b'",
        ),
        ("<!-- value: b/runs -->1<!-- /value -->", "f.md:1: b/runs is not a single value"),
        ("<!-- value: b/label fmt=.1f -->1<!-- /value -->", "f.md:1: Unknown format code 'f'"),
        ("x\n<!-- table: b/main -->\n| a |\n", "f.md:2: table marker without its <!-- /table -->"),
        ("<!-- /table -->", "f.md:1: <!-- /table --> without an opening marker"),
    ],
)
def test_bad_markers_name_file_and_line(text: str, message: str) -> None:
    results = report.Results(ROOT / "nowhere", {"b": BENCH})
    with pytest.raises(report.ReportError) as err:
        report.regenerate(text, results, "f.md")
    assert str(err.value).startswith(message)


def test_bad_table_json_is_refused() -> None:
    results = report.Results(
        ROOT / "nowhere", {"b": {"tables": {"t": {"columns": ["a", "b"], "rows": [["1"]]}}}}
    )
    with pytest.raises(
        report.ReportError, match=r"f\.md:1: table b/t: row 0 does not have 2 cells"
    ):
        report.regenerate("<!-- table: b/t -->\n<!-- /table -->", results, "f.md")


def run_report(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "eval" / "report.py"), "--root", str(root), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_check_fails_then_rewrite_fixes(tmp_path: Path) -> None:
    readme = write_tree(
        tmp_path, "x\n<!-- table: b/plain -->\n| a |\n|---|\n| no |\n<!-- /table -->\n"
    )
    checked = run_report(tmp_path, "--check")
    assert checked.returncode == 1
    assert "README.md:2: table: b/plain differs from its JSON" in checked.stderr
    assert readme.read_text("utf-8").endswith("| no |\n<!-- /table -->\n")  # --check writes nothing
    assert run_report(tmp_path).returncode == 0
    assert (
        readme.read_text("utf-8")
        == "x\n<!-- table: b/plain -->\n| a |\n|---|\n| yes |\n<!-- /table -->\n"
    )
    again = run_report(tmp_path, "--check")
    assert (again.returncode, again.stderr) == (0, "")


def test_unknown_bench_is_an_error_with_file_and_line(tmp_path: Path) -> None:
    write_tree(tmp_path, "a\nb <!-- value: other/x -->1<!-- /value -->\n")
    got = run_report(tmp_path, "--check")
    assert got.returncode == 1
    assert got.stderr.startswith("report: README.md:2: no results file eval/results/other.json")


def test_the_repository_agrees_with_its_json() -> None:
    got = run_report(ROOT, "--check")
    assert (got.returncode, got.stderr) == (0, "")


def test_the_repository_check_fails_when_a_table_disagrees(tmp_path: Path) -> None:
    """Copy the docs and results, change one generated cell: --check names it."""
    for part in ("README.md", "docs", "eval"):
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, tmp_path / part, ignore=shutil.ignore_patterns("*.py", "data"))
        else:
            shutil.copy(src, tmp_path / part)
    target = tmp_path / "eval" / "SUMMARIES.md"
    text = target.read_text("utf-8")
    start = text.index("<!-- table: summaries/")
    row = text.index("\n| ", text.index("|---", start)) + 1
    target.write_text(text[:row] + "| changed " + text[row:], "utf-8")
    line = text[:row].count("\n") + 1
    got = run_report(tmp_path, "--check")
    assert got.returncode == 1
    opening = text[:start].count("\n") + 1
    assert f"eval/SUMMARIES.md:{opening}: table: summaries/" in got.stderr
    assert line > opening


# --- tables with hand-copied figures ------------------------------------------------------


def unmarked(text: str) -> list[tuple[int, str]]:
    return [(m.line, m.marker) for m in report.unmarked_tables(text, "f.md")]


def test_a_table_with_a_number_outside_markers_is_found_with_its_line() -> None:
    text = "# T\n\n| path | tok/s |\n|---|---:|\n| ours | 884 |\n| theirs | 590 |\n\nafter\n"
    assert unmarked(text) == [(3, "table with hand-copied figures: | path | tok/s |")]
    indented = "- item\n\n  | a | b |\n  |---|---|\n  | x | 1.5 % |\n"
    assert unmarked(indented) == [(3, "table with hand-copied figures: | a | b |")]


@pytest.mark.parametrize(
    "row",
    [
        "| WMT22 and CAIL2020 | p50 |",  # digits inside words
        "| `--top 5` | `90后` |",  # code spans
        "| ours | <!-- value: b/speed -->884<!-- /value --> |",  # a generated value
        "| [link](eval/results/b2.json) | x |",  # a link target
        "| ours | fast |",
    ],
)
def test_what_is_not_a_hand_copied_figure(row: str) -> None:
    assert unmarked(f"| name 2 | 4 beams |\n|---|---|\n{row}\n") == []


def test_tables_in_markers_in_fences_or_marked_not_measured_pass() -> None:
    table = "| code | when |\n|---|---|\n| 2 | usage error |\n"
    assert unmarked(f"<!-- table: b/plain -->\n{table}<!-- /table -->\n") == []
    assert unmarked(f"```\n{table}```\n") == []
    assert unmarked(f"<!-- not-measured: exit codes -->\n{table}") == []
    assert unmarked(f"<!-- not-measured: exit codes -->\n\n{table}") == []
    # the reason is required, and the marker must be the line above this table
    assert unmarked(f"<!-- not-measured: -->\n{table}") == [
        (2, "table with hand-copied figures: | code | when |")
    ]
    assert unmarked(f"<!-- not-measured: x -->\nprose\n{table}") == [
        (3, "table with hand-copied figures: | code | when |")
    ]
    assert unmarked("| a |\n| 1 |\n") == []  # no alignment row: not a table


def test_check_and_rewrite_fail_on_a_hand_copied_table(tmp_path: Path) -> None:
    write_tree(tmp_path, "x\n\n| run | s |\n|---|---|\n| 1 | 63.4 |\n")
    for args in (("--check",), ()):
        got = run_report(tmp_path, *args)
        assert got.returncode == 1
        assert "README.md:3: table with hand-copied figures: | run | s |" in got.stderr
        assert "<!-- not-measured: why -->" in got.stderr


def test_the_repository_check_fails_on_a_hand_copied_table(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "eval" / "results", tmp_path / "eval" / "results")
    for name in ("README.md", "docs/quality.md", "eval/BATCH.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tmp_path / name)
    assert run_report(tmp_path, "--check").returncode == 0
    quality = tmp_path / "docs" / "quality.md"
    text = quality.read_text("utf-8")
    quality.write_text(text + "\n| set | P |\n|---|---:|\n| reports | 0.98 |\n", "utf-8")
    got = run_report(tmp_path, "--check")
    line = text.count("\n") + 2
    assert got.returncode == 1
    assert f"docs/quality.md:{line}: table with hand-copied figures: | set | P |" in got.stderr
