"""eval/bench_gpu.py --dry-run: every section on the CPU with the tiny model (CI)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "eval" / "bench_gpu.py"), *args],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "PYTHONPATH": str(ROOT / "pipeline"), **(env or {})},
    )


def test_dry_run_measures_every_section(tmp_path: Path) -> None:
    out = tmp_path / "gpu.json"
    done = _run("--dry-run", "--out", str(out))
    assert done.returncode == 0, done.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["dry_run"] is True and result["sentences"] == 16
    measured = {(r["section"], r["beams"]) for r in result["rows"]}
    torch_rows = {("ref fp32", 1), ("ref fp32", 4), ("old torch fp16", 1), ("new torch fp16", 1)}
    assert torch_rows <= measured, result["skipped"]
    rows = {(r["section"], r["beams"]): r for r in result["rows"]}
    # On the CPU in fp32 the static decoder's outputs are the reference's exactly
    assert rows[("new torch fp16", 1)]["same_as_fp32"] == 1.0
    assert rows[("ref fp32", 4)]["same_as_fp32"] == 1.0
    assert all(r["tokens_per_s"] > 0 for r in result["rows"])
    table = result["tables"]["paths"]
    assert table["columns"][:4] == ["path", "engine", "beams", "tok/s"]
    assert len(table["rows"]) == len(result["rows"]) + len(result["skipped"])
    # One JSON line on stdout, the same results without the tables block
    line = json.loads(done.stdout.strip().splitlines()[-1])
    assert line["rows"] == result["rows"] and "tables" not in line


def test_without_cuda_it_stops_at_once_with_a_message() -> None:
    done = _run(env={"CUDA_VISIBLE_DEVICES": ""})
    assert done.returncode == 2
    assert "no CUDA device" in done.stderr and "--dry-run" in done.stderr
