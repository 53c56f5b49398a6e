"""eval/bench_serve.py, a short check run against real servers with the tiny model (CI):
every phase runs and the limits answer as configured."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def test_short_run_measures_every_phase(tiny_model_dir: Path, tmp_path: Path) -> None:
    args = ["--model", str(tiny_model_dir), "--seconds", "2", "--clients", "1,3"]
    args += ["--repeat", "1", "--burst", "8", "--keyed-clients", "6", "--key-limit", "100000"]
    args += ["--failed-keys", "36", "--req-limit", "12", "--over-limit", "5", "--no-ceiling"]
    done = subprocess.run(
        [sys.executable, str(ROOT / "eval" / "bench_serve.py"), *args, "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT / "pipeline")},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads((tmp_path / "serve.json").read_text(encoding="utf-8"))
    assert result["settings"]["run"].startswith("short check run")
    assert [r["clients"] for r in result["levels"]] == [1, 3]
    assert all(r["ok"] > 0 and r["errors"] == {} for r in result["levels"])
    assert result["overload_burst"]["requests"] == 8 and result["overload_burst"]["alive_after"]

    # Every keyed client got only 200s: its key works and its own limit is not reached
    keyed = result["keyed"]
    assert keyed["clients"] == 6 and keyed["ok"] > 0
    assert keyed["statuses"] == {"200": keyed["requests"]}
    # The key guesser beside them: 403 up to the failed-key limit (30 a minute), then 429
    assert result["settings"]["auth_fail_limit"] == 30
    assert keyed["probe_statuses"] == {"403": 30, "429": 6}
    assert keyed["probe_first_429_at"] == 31

    # Without keys one client gets exactly the per-IP limit answered, then 429s
    per_ip = result["per_ip"]
    assert per_ip["statuses"] == {"200": 12, "429": 5} and per_ip["first_429_at"] == 13
    assert per_ip["429_p50_ms"] is not None and per_ip["429_p50_ms"] > 0

    tables = result["tables"]
    assert set(tables) == {"levels", "summary", "keyed", "limits"}
    assert tables["keyed"]["rows"][0][2] == f"200: {keyed['requests']:,}"
    assert [row[3] for row in tables["limits"]["rows"]] == ["200: 12, 429: 5", "403: 30, 429: 6"]
