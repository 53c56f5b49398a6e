"""Every command maps an unwritable output to a one-line error with exit 1, before the work.

The model given is a folder that does not exist: a command that checked its output
only after translating would fail on the model instead, so the message proves the
order.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhbrief.cli import cli

SEED = Path(__file__).parent / "data" / "seed" / "alibaba-rural-export.zh.txt"
NO_MODEL = ["--model", "/nonexistent/zhbrief-model", "--no-cache"]


def _commands(tmp_path: Path) -> dict[str, list[str]]:
    lines = tmp_path / "lines.txt"
    lines.write_text("出口增长40.1%。\n", encoding="utf-8")
    return {
        "segment": ["segment", str(SEED)],
        "translate": ["translate", str(SEED), *NO_MODEL],
        "summarise": ["summarise", str(SEED), *NO_MODEL],
        "brief": ["brief", str(SEED), *NO_MODEL],
        "qa": ["qa", "--src", str(lines), "--hyp", str(lines)],
        "eval": ["eval", "--src", str(lines), "--ref", str(lines), "--model", "/nonexistent/m"],
    }


def _unwritable(tmp_path: Path, kind: str) -> str:
    if kind == "proc":
        return "/proc/zhbrief-test-output"  # no file can be created there, not even by root
    if kind == "sys":
        return "/sys/zhbrief-test-output"  # nor there
    if kind == "under-a-file":
        (tmp_path / "file.txt").write_text("x")
        return str(tmp_path / "file.txt" / "out.md")
    folder = tmp_path / "folder"
    folder.mkdir()
    return str(folder)


@pytest.mark.parametrize("kind", ["proc", "sys", "under-a-file", "folder"])
@pytest.mark.parametrize("command", ["segment", "translate", "summarise", "brief", "qa", "eval"])
def test_unwritable_output_is_one_line_exit_1(tmp_path: Path, command: str, kind: str) -> None:
    target = _unwritable(tmp_path, kind)
    args = [*_commands(tmp_path)[command], "-o", target]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: cannot write {target}"), lines
    if kind == "folder":
        assert "it is a folder" in lines[0]
    assert "Traceback" not in result.stderr


def test_batch_output_folder_that_cannot_be_made(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("x")
    target = tmp_path / "file.txt" / "out"
    result = CliRunner().invoke(cli, ["batch", str(SEED), "-o", str(target), *NO_MODEL])
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: cannot write {target}"), lines


def test_full_stdout_is_one_line_exit_1(tmp_path: Path) -> None:
    with open("/dev/full", "w") as full:
        import subprocess
        import sys

        proc = subprocess.run(
            [sys.executable, "-c", "from zhbrief.cli import main; main()", "segment", str(SEED)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "Error: cannot write to standard output: No space left on device"
    ]


def test_json_brief_carries_key_figures(tmp_path: Path, tiny_model_dir: Path) -> None:
    out = tmp_path / "brief.json"
    args = ["brief", str(SEED), "--model", str(tiny_model_dir), "--no-cache", "-q"]
    result = CliRunner().invoke(cli, [*args, "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    figures = json.loads(out.read_text(encoding="utf-8"))["key_figures"]
    # The seed article's headline figure, parsed from 1.92万亿元, in English
    assert any(f["zh"] == "1.92万亿元" and "1.92 trillion yuan" in f["figure"] for f in figures)
    keys = {"figure", "measures", "measures_zh", "measures_en", "section", "section_title"}
    assert all(set(f) == keys | {"sentence", "zh"} for f in figures)
    # every label went through the model with the batch, its Chinese kept beside it
    assert all(f["measures_en"] is not None and f["measures_zh"] for f in figures)
    assert not any(f["measures_zh"].startswith("口额占") for f in figures)
