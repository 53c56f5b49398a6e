"""``zhbrief batch --executor ray`` on one local Ray cluster shared by the whole session.

Every test compares against the in-process executor on the same 20 inputs (one of them
binary, so it fails) with the tiny MarianMT model: the Ray run must write byte-identical
outputs and the same manifest rows, resume after its driver is killed, survive (or
record) a killed worker, and merge the workers' translation memory without losing or
duplicating an entry. Starting a cluster takes seconds and the machine is small, so
the inputs are short and the cluster has two CPUs.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from zhbrief.batch import BatchOptions, BatchSummary, discover, run_batch
from zhbrief.config import Config, load_config
from zhbrief.translate.memory import TranslationMemory

try:
    import ray
except ImportError:
    if os.environ.get("CI"):
        raise  # CI installs the extra: a missing Ray is a failure there
    pytest.skip("Ray is not installed (pip install 'zhbrief[ray]')", allow_module_level=True)

from zhbrief.batch.ray_executor import RayOptions, run_batch_ray
from zhbrief.cli import cli

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
# Manifest fields that may differ between two runs of the same batch
TIMING = ("finished", "seconds", "chunk_documents")


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[str]:
    """One local cluster for the session (starting one takes ~10 s); its GCS address."""
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="WARNING")
    try:
        yield str(ray.get_runtime_context().gcs_address)
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """19 short reports sharing a paragraph (the memory sees repeats) and a binary file."""
    text = (DATA / "seed" / "alibaba-rural-export.zh.txt").read_text(encoding="utf-8")
    sentences = [s + "。" for s in text.replace("！", "。").split("。") if len(s.strip()) > 5]
    folder = tmp_path_factory.mktemp("ray-inputs")
    (folder / "sub").mkdir()
    shared = sentences[0]
    for i in range(19):
        own = sentences[(2 * i + 1) % len(sentences)] + sentences[(2 * i + 2) % len(sentences)]
        name = f"sub/r{i:02d}.md" if i % 5 == 0 else f"r{i:02d}.txt"
        (folder / name).write_text(f"报告{i}\n\n{shared}\n\n{own}", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    return folder


def _config(model: Path, memory: Path) -> Config:
    return load_config(None, {"translate.model": str(model), "cache.path": str(memory)})


@pytest.fixture(scope="module")
def local(tiny_model_dir: Path, inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The in-process executor's output folder (its memory beside it): the reference."""
    base = tmp_path_factory.mktemp("local")
    config = _config(tiny_model_dir, base / "memory.sqlite3")
    summary = run_batch(discover([inputs]), config, BatchOptions(out_dir=base / "out"))
    assert (summary.done, summary.failed) == (19, 1)
    return base


def _files(out: Path) -> dict[str, bytes]:
    """The outputs: the manifest and hidden files (a killed writer's temp file) aside."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != "manifest.jsonl" and not p.name.startswith(".")
    }


def _manifest(out: Path) -> dict[str, dict[str, Any]]:
    """The last row per input, timing fields left out."""
    rows: dict[str, dict[str, Any]] = {}
    for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows[row["input"]] = {k: v for k, v in row.items() if k not in TIMING}
    return rows


def _memory(path: Path) -> list[tuple[str, str, str, str | None]]:
    with TranslationMemory(path) as memory:
        return sorted(memory.entries())


def _same_as_local(out: Path, local: Path) -> None:
    assert _files(out) == _files(local / "out")
    assert _manifest(out) == _manifest(local / "out")


def test_outputs_manifest_and_memory_match_the_local_executor(
    ray_cluster: str, tiny_model_dir: Path, inputs: Path, local: Path, tmp_path: Path
) -> None:
    memory = tmp_path / "memory.sqlite3"
    args = ["batch", str(inputs), "-o", str(tmp_path / "out"), "--executor", "ray"]
    args += ["--model", str(tiny_model_dir), "--cache", str(memory)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output  # the binary input failed, the rest went on
    assert "19 done, 0 skipped, 1 failed" in result.stderr
    assert "bad.txt: it contains NUL bytes" in result.stderr
    _same_as_local(tmp_path / "out", local)
    manifest = _manifest(tmp_path / "out")
    assert manifest["bad.txt"]["status"] == "failed"
    assert manifest["bad.txt"]["error_type"] == "InputError"
    # The workers' entries, merged by the driver: none lost, none twice
    entries = _memory(memory)
    assert entries == _memory(local / "memory.sqlite3")
    assert len({e[0] for e in entries if e[2] == str(tiny_model_dir)}) >= 19

    # A forced rerun on Ray finds every sentence in the memory snapshot
    config = _config(tiny_model_dir, memory)
    options = BatchOptions(out_dir=tmp_path / "out", force=True)
    summary = run_batch_ray(discover([inputs]), config, options, RayOptions())
    assert (summary.done, summary.failed, summary.cache_misses) == (19, 1, 0)
    assert summary.cache_hits > 0 and not summary.model_loaded
    assert _memory(memory) == entries
    _same_as_local(tmp_path / "out", local)


_DRIVER = """
import os, signal, sys
from pathlib import Path
import ray
from zhbrief.batch import BatchOptions, discover
from zhbrief.batch.ray_executor import RayOptions, run_batch_ray
from zhbrief.config import load_config

address, model, memory, inputs, out = sys.argv[1:]
ray.init(address=address, log_to_driver=False, logging_level="WARNING")
config = load_config(None, {"translate.model": model, "cache.path": memory})
rows = 0

def on_entry(entry):
    global rows
    rows += 1
    if rows == 5:  # killed mid-run, as by the OOM killer or `kill -9`
        os.kill(os.getpid(), signal.SIGKILL)

run_batch_ray(discover([inputs]), config, BatchOptions(out_dir=Path(out), chunk_docs=2),
              RayOptions(), on_entry=on_entry)
"""


def test_resume_after_the_driver_is_killed(
    ray_cluster: str, tiny_model_dir: Path, inputs: Path, local: Path, tmp_path: Path
) -> None:
    out, memory = tmp_path / "out", tmp_path / "memory.sqlite3"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    argv = [ray_cluster, str(tiny_model_dir), str(memory), str(inputs), str(out)]
    proc = subprocess.run(
        [sys.executable, "-c", _DRIVER, *argv], env=env, capture_output=True, timeout=120
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-2000:]
    before = _manifest(out)
    assert len(before) == 5
    # Only complete outputs: each one written is byte-identical to the local executor's
    reference = _files(local / "out")
    written = _files(out)
    assert written and all(reference[name] == data for name, data in written.items())

    summary = run_batch_ray(
        discover([inputs]), _config(tiny_model_dir, memory), BatchOptions(out_dir=out), RayOptions()
    )
    done_before = sum(1 for r in before.values() if r["status"] == "done")
    assert summary.skipped == done_before
    assert summary.done + summary.skipped == 19 and summary.failed == 1
    _same_as_local(out, local)


def _kill_a_worker() -> Callable[[dict[str, Any]], None]:
    """An ``on_entry`` hook that SIGKILLs this session's model actor at the first row.

    Only processes started by this test session's cluster are candidates: the
    machine may run other people's Ray clusters.
    """
    killed: list[int] = []

    def on_entry(entry: dict[str, Any]) -> None:
        if not killed:
            pid = _brief_worker_pid()
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    return on_entry


def _brief_worker_pid() -> int:
    def parent(pid: int) -> int:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return int(stat.rsplit(")", 1)[1].split()[1])

    def ours(pid: int) -> bool:
        while pid > 1:
            pid = parent(pid)
            if pid == os.getpid():
                return True
        return False

    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes()
            if b"BriefWorker" in cmdline and ours(int(proc.name)):
                return int(proc.name)
        except OSError:
            continue
    raise AssertionError("no model worker of this session's cluster is running")


def _run(
    model: Path, inputs: Path, tmp_path: Path, retries: int, hook: Any = None
) -> BatchSummary:
    options = BatchOptions(out_dir=tmp_path / "out", chunk_docs=2)
    return run_batch_ray(
        discover([inputs]),
        _config(model, tmp_path / "memory.sqlite3"),
        options,
        RayOptions(retries=retries),
        on_entry=hook,
    )


def test_a_killed_worker_is_restarted_and_its_chunk_retried(
    ray_cluster: str, tiny_model_dir: Path, inputs: Path, local: Path, tmp_path: Path
) -> None:
    summary = _run(tiny_model_dir, inputs, tmp_path, retries=2, hook=_kill_a_worker())
    assert (summary.done, summary.failed) == (19, 1), summary.text()
    _same_as_local(tmp_path / "out", local)
    assert _memory(tmp_path / "memory.sqlite3") == _memory(local / "memory.sqlite3")


def test_without_retries_a_killed_worker_s_documents_are_recorded_then_resumed(
    ray_cluster: str, tiny_model_dir: Path, inputs: Path, local: Path, tmp_path: Path
) -> None:
    summary = _run(tiny_model_dir, inputs, tmp_path, retries=0, hook=_kill_a_worker())
    lost = [key for key, reason in summary.failures if "Ray worker" in reason]
    assert lost and summary.done + summary.failed == 20, summary.text()
    manifest = _manifest(tmp_path / "out")
    assert all(manifest[key]["error_type"] == "WorkerError" for key in lost)

    again = _run(tiny_model_dir, inputs, tmp_path, retries=2)
    assert again.done == len(lost) and again.failed == 1, again.text()
    _same_as_local(tmp_path / "out", local)
