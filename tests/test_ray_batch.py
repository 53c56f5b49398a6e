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
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
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
    # "local": a cluster of its own even when Ray's cluster file names another one
    ray.init(
        address="local",
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        logging_level="WARNING",
    )
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
        own = "".join(sentences[(3 * i + k) % len(sentences)] for k in range(1, 5))
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
    counts = {"sentences": summary.sentences, "retried": summary.retried}
    (base / "summary.json").write_text(json.dumps(counts), encoding="utf-8")
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
    assert not list(out.rglob(".*.tmp"))  # no half-written output left behind
    assert _manifest(out) == _manifest(local / "out")


# The address tests come first: `--address auto` joins any Ray running on the machine
# (Ray finds it by its processes), so they must run before the session cluster starts

# Seconds a refusal may take once imported (Ray's own retries last ~15 minutes), and
# with start-up on a loaded machine
QUICK_S, QUICK_WITH_START_S = 30, 180


# Nothing listens on port 1 (tcpmux), and the kernel never hands it out as an ephemeral
# port, as it may a port just released while Ray's processes start around this test
CLOSED = "127.0.0.1:1"


@pytest.fixture
def stale_ray_tmp() -> Iterator[Path]:
    """A RAY_TMPDIR whose cluster file names a cluster that is gone (ended without
    ``ray stop``). Short, under /tmp: Ray's socket paths inside it must fit 107 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="zr-"))
    (folder / "ray").mkdir()
    (folder / "ray" / "ray_current_cluster").write_text(f"{CLOSED}\n")
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _zhbrief(args: list[str], ray_tmp: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    """The command in its own process (this one holds the session's Ray connection)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "RAY_TMPDIR": str(ray_tmp)}
    env.pop("RAY_ADDRESS", None)
    # Imports done before the clock starts; the seconds the command took go to stdout
    code = (
        "import sys, time, ray, zhbrief.batch.ray_executor\n"
        "from zhbrief.cli import main\n"
        "started = time.monotonic()\n"
        "try:\n"
        "    main()\n"
        "finally:\n"
        "    print(f'{time.monotonic() - started:.1f}')\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_without_address_a_leftover_cluster_file_is_ignored_and_q_is_quiet(
    tiny_model_dir: Path, inputs: Path, local: Path, tmp_path: Path, stale_ray_tmp: Path
) -> None:
    # Before: Ray joined the dead cluster and retried for minutes; and under -q its
    # error-level note about actor arguments still reached stderr
    out = tmp_path / "out"
    args = ["batch", str(inputs), "-o", str(out), "--executor", "ray", "-q"]
    args += ["--model", str(tiny_model_dir), "--cache", str(tmp_path / "memory.sqlite3")]
    proc = _zhbrief(args, stale_ray_tmp, timeout=300)
    assert proc.returncode == 1, proc.stderr[-3000:]  # the binary input fails, as locally
    assert re.fullmatch(r"[\d.]+\n", proc.stdout)  # nothing from Ray on stdout (outputs only)
    lines = proc.stderr.splitlines()
    file = stale_ray_tmp / "ray" / "ray_current_cluster"
    assert re.fullmatch(
        rf"ray: started a local cluster for this run \(\d+ CPUs\), stopped after it; "
        rf"ignored {re.escape(str(file))}, left by a cluster ended without `ray stop`",
        lines[0],
    ), proc.stderr
    # Then only the summary: no line from Ray itself
    assert lines[1].startswith("batch: 19 done, 0 skipped, 1 failed in "), proc.stderr
    assert (
        lines[2].startswith("  failed: bad.txt: ") and lines[3] == f"manifest: {out}/manifest.jsonl"
    )
    assert len(lines) == 4, proc.stderr
    _same_as_local(out, local)


def test_address_auto_with_a_leftover_cluster_file_fails_in_seconds(
    tmp_path: Path, stale_ray_tmp: Path
) -> None:
    file = stale_ray_tmp / "ray" / "ray_current_cluster"
    (tmp_path / "a.txt").write_text("中国经济稳定发展。", encoding="utf-8")
    args = ["batch", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--executor", "ray"]
    proc = _zhbrief([*args, "--address", "auto"], stale_ray_tmp, timeout=QUICK_WITH_START_S)
    assert float(proc.stdout) < QUICK_S
    assert proc.returncode == 1, proc.stderr
    # One error line, no traceback, no Ray retries (on a loaded machine Ray may warn first)
    assert "Traceback" not in proc.stderr and "retry" not in proc.stderr.lower(), proc.stderr
    (line,) = [x for x in proc.stderr.splitlines() if x.startswith("Error:")]
    assert line.startswith(f"Error: --address auto: {file} names a Ray cluster at "), line
    assert "that does not answer (Connection refused)" in line
    assert f"Run `ray stop` (or delete {file})" in line


def test_an_address_that_does_not_answer_fails_in_seconds(
    tmp_path: Path, stale_ray_tmp: Path
) -> None:
    # Before: `--address 127.0.0.1:1` hung for as long as anyone waited
    (tmp_path / "a.txt").write_text("中国经济稳定发展。", encoding="utf-8")
    address = CLOSED
    args = ["batch", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--executor", "ray"]
    proc = _zhbrief([*args, "--address", address], stale_ray_tmp, timeout=QUICK_WITH_START_S)
    assert float(proc.stdout) < QUICK_S
    assert proc.returncode == 1, proc.stderr  # a runtime error, not a usage one
    (line,) = proc.stderr.splitlines()
    assert re.fullmatch(
        rf"Error: cannot reach a Ray cluster at [\d.]+:{address.split(':')[1]} "
        rf"\(--address {address}\): Connection refused\. Check the address .*",
        line,
    ), line


def test_address_auto_with_no_cluster_at_all_is_a_runtime_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zhbrief.batch.ray_cluster import find_target
    from zhbrief.errors import ClusterError

    monkeypatch.setenv("RAY_TMPDIR", str(tmp_path))  # no cluster file
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    # and no Ray running here (this session's own cluster aside)
    monkeypatch.setattr("ray._private.services.find_gcs_addresses", lambda: [])
    with pytest.raises(ClusterError, match="no Ray cluster found on this machine") as e:
        find_target("auto")
    assert e.value.exit_code == 1  # was 2, a usage error


# ---------------------------------------------------------------- across nodes


def test_outputs_manifest_and_memory_match_the_local_executor(
    ray_cluster: str, tiny_model_dir: Path, inputs: Path, local: Path, tmp_path: Path
) -> None:
    memory = tmp_path / "memory.sqlite3"
    config = _config(tiny_model_dir, memory)
    options = BatchOptions(out_dir=tmp_path / "out")
    summary = run_batch_ray(discover([inputs]), config, options, RayOptions())
    assert (summary.done, summary.failed) == (19, 1)  # the binary input failed, the rest went on
    _same_as_local(tmp_path / "out", local)
    manifest = _manifest(tmp_path / "out")
    assert manifest["bad.txt"]["status"] == "failed"
    assert manifest["bad.txt"]["error_type"] == "InputError"
    # The workers' entries, merged by the driver: none lost, none twice
    entries = _memory(memory)
    assert entries == _memory(local / "memory.sqlite3")
    # One worker: each distinct text (the sentence shared by all 19 too) translated once
    assert summary.cache_misses == len(entries)
    # The summary adds up as the local one does: same segments, same degenerate retries
    counts = {"sentences": summary.sentences, "retried": summary.retried}
    assert counts == json.loads((local / "summary.json").read_text(encoding="utf-8"))

    # The command, forced: every text comes from the workers' memory snapshots
    args = ["batch", str(inputs), "-o", str(tmp_path / "out"), "--executor", "ray", "--force"]
    args += ["--model", str(tiny_model_dir), "--cache", str(memory)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output  # the binary input fails again
    assert "19 done, 0 skipped, 1 failed" in result.stderr
    assert ", 0 by the model" in result.stderr
    assert "bad.txt: it contains NUL bytes" in result.stderr
    assert _memory(memory) == entries
    _same_as_local(tmp_path / "out", local)


_DRIVER = """
import json, os, signal, sys, threading, time
from pathlib import Path
import ray
from ray._private.state import actors
from zhbrief.batch import BatchOptions, discover
from zhbrief.batch.manifest import MANIFEST_NAME
from zhbrief.batch.ray_executor import RayOptions, run_batch_ray
from zhbrief.config import load_config

address, model, memory, inputs, out, kill, retries = sys.argv[1:]
ray.init(address=address, log_to_driver=False, logging_level="ERROR")
config = load_config(None, {"translate.model": model, "cache.path": memory})
job = ray.get_runtime_context().get_job_id()
rows = 0
killed = []  # the manifest rows written when the worker was killed

def on_entry(entry):
    global rows
    rows += 1
    if kill == "driver" and rows == 5:  # as by the OOM killer or `kill -9`
        os.kill(os.getpid(), signal.SIGKILL)

def kill_worker():
    # This job's model actor, found while it loads, killed as soon as the first output
    # is on disk (the actor writes them, ahead of the driver's rows): it is inside a
    # chunk then, with more queued (ten of two). Waiting for the driver's first row
    # let a fast actor finish all ten first
    pids = []
    while not pids:
        pids = [a["Pid"] for a in actors().values() if a["State"] == "ALIVE"
                and "BriefWorker" in a["ActorClassName"] and a["JobID"] == job]
        time.sleep(0.005)
    while not [p for p in Path(out).rglob("*") if p.is_file() and p.name != MANIFEST_NAME]:
        time.sleep(0.001)
    os.kill(pids[0], signal.SIGKILL)
    killed.append(rows)

if kill == "worker":
    threading.Thread(target=kill_worker, daemon=True).start()
s = run_batch_ray(discover([inputs]), config, BatchOptions(out_dir=Path(out), chunk_docs=2),
                  RayOptions(retries=int(retries)), on_entry=on_entry)
print(json.dumps({"done": s.done, "failed": s.failed, "failures": s.failures,
                  "killed": killed}))
"""


def _driver(address: str, model: Path, inputs: Path, tmp: Path, kill: str, retries: int) -> Any:
    """A batch driver in its own process (a Ray job: its actors end with it)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    argv = [address, str(model), str(tmp / "memory.sqlite3"), str(inputs), str(tmp / "out")]
    return subprocess.run(
        [sys.executable, "-c", _DRIVER, *argv, kill, str(retries)],
        env=env,
        capture_output=True,
        timeout=180,
    )


def _rerun(model: Path, inputs: Path, tmp: Path) -> BatchSummary:
    config = _config(model, tmp / "memory.sqlite3")
    return run_batch_ray(
        discover([inputs]), config, BatchOptions(out_dir=tmp / "out"), RayOptions()
    )


def test_resume_after_the_driver_is_killed(
    ray_cluster: str, tiny_model_dir: Path, inputs: Path, local: Path, tmp_path: Path
) -> None:
    proc = _driver(ray_cluster, tiny_model_dir, inputs, tmp_path, "driver", 2)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-2000:]
    before = _manifest(tmp_path / "out")
    assert len(before) == 5
    # Only complete outputs: each one written is byte-identical to the local executor's
    reference = _files(local / "out")
    written = _files(tmp_path / "out")
    assert written and all(reference[name] == data for name, data in written.items())

    summary = _rerun(tiny_model_dir, inputs, tmp_path)
    done_before = sum(1 for r in before.values() if r["status"] == "done")
    assert summary.skipped == done_before
    assert summary.done + summary.skipped == 19 and summary.failed == 1
    _same_as_local(tmp_path / "out", local)


_KILL_TRIES = 3  # runs until the kill lands while the worker holds a chunk


def _killed_mid_batch(
    ray_cluster: str, model: Path, inputs: Path, tmp: Path, retries: int
) -> tuple[dict[str, Any], Path]:
    """A driver run whose worker was killed while it held a chunk (its summary and the
    folder it ran in). The kill is timed from outside the worker: under load it may land
    after the last chunk, or between two; such a run shows nothing, so it is run again
    in a fresh folder."""
    summary: dict[str, Any] = {}
    for attempt in range(_KILL_TRIES):
        run = tmp / f"run{attempt}"
        run.mkdir()
        proc = _driver(ray_cluster, model, inputs, run, "worker", retries)
        assert proc.returncode == 0, proc.stderr.decode()[-2000:]
        summary = json.loads(proc.stdout.splitlines()[0])  # Ray may print after it
        # with retries, a chunk the kill caught is redone unseen; without, it is lost
        lost = any("Ray worker" in reason for _, reason in summary["failures"])
        if summary["killed"] and summary["killed"][0] < 20 and (retries or lost):
            return summary, run
    raise AssertionError(f"the worker was never killed mid-chunk in {_KILL_TRIES} runs: {summary}")


def test_a_killed_worker_is_restarted_and_its_chunk_retried(
    ray_cluster: str, tiny_model_dir: Path, inputs: Path, local: Path, tmp_path: Path
) -> None:
    summary, run = _killed_mid_batch(ray_cluster, tiny_model_dir, inputs, tmp_path, 2)
    assert (summary["done"], summary["failed"]) == (19, 1), summary
    _same_as_local(run / "out", local)
    assert _memory(run / "memory.sqlite3") == _memory(local / "memory.sqlite3")


def test_without_retries_a_killed_worker_s_documents_are_recorded_then_resumed(
    ray_cluster: str, tiny_model_dir: Path, inputs: Path, local: Path, tmp_path: Path
) -> None:
    summary, tmp_path = _killed_mid_batch(ray_cluster, tiny_model_dir, inputs, tmp_path, 0)
    lost = [key for key, reason in summary["failures"] if "Ray worker" in reason]
    assert lost and summary["done"] + summary["failed"] == 20, summary
    manifest = _manifest(tmp_path / "out")
    assert all(manifest[key]["error_type"] == "WorkerError" for key in lost)

    again = _rerun(tiny_model_dir, inputs, tmp_path)
    # Failed documents are redone: the lost ones now succeed, the binary one fails again
    assert again.done == len(set(lost) - {"bad.txt"}) and again.failed == 1, again.text()
    _same_as_local(tmp_path / "out", local)
    assert _memory(tmp_path / "memory.sqlite3") == _memory(local / "memory.sqlite3")


# ---------------------------------------------------------------- which cluster (issue 26)


_NODES = """
import json, sys, threading, time
from pathlib import Path
import ray
from ray.cluster_utils import Cluster
from ray._private.state import actors
from zhbrief.batch import BatchOptions, discover
from zhbrief.batch.manifest import MANIFEST_NAME
from zhbrief.batch.ray_executor import RayOptions, run_batch_ray
from zhbrief.config import load_config

model, memory, inputs, out, summary = sys.argv[1:]
store = {"object_store_memory": 80 * 1024**2}
# A head without CPUs (the driver's node: it keeps what the driver put), two workers
cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 0, **store})
nodes = [cluster.add_node(num_cpus=2, **store) for _ in range(2)]
ray.init(address=cluster.address, log_to_driver=False, logging_level="ERROR")
config = load_config(None, {"translate.model": model, "cache.path": memory})
job = ray.get_runtime_context().get_job_id()
rows, removed, finished = [], [], threading.Event()

def model_actors():
    return [a for a in actors().values()
            if "BriefWorker" in a["ActorClassName"] and a["JobID"] == job]

def remove_the_model_node():
    # The actor's node is looked up while it works, and the node is removed as soon
    # as the first document's output is on disk: looking it up only then (a GCS query,
    # slow on a loaded machine) once let the actor finish the whole batch first
    node_id = None
    while not finished.is_set():
        if node_id is None:
            node_id = next((a["Address"]["NodeID"] for a in model_actors()
                            if a["State"] == "ALIVE"), None)
        written = [p for p in Path(out).rglob("*")
                   if p.is_file() and p.name != MANIFEST_NAME and not p.name.startswith(".")]
        if node_id is not None and written:
            cluster.remove_node(next(n for n in nodes if n.node_id == node_id))
            removed.append(len(rows))
            return
        time.sleep(0.02)

remover = threading.Thread(target=remove_the_model_node)
remover.start()
try:
    s = run_batch_ray(discover([inputs]), config, BatchOptions(out_dir=Path(out), chunk_docs=1),
                      RayOptions(workers=1), on_entry=lambda entry: rows.append(entry["input"]))
finally:
    finished.set()
    remover.join()
alive = sum(1 for n in ray.nodes() if n["Alive"])
restarts = sum(a["NumRestarts"] for a in model_actors())
# A file, not stdout: the raylet's notes reach the driver's stdout after the run
Path(summary).write_text(json.dumps({"done": s.done, "failed": s.failed, "alive": alive,
                                     "removed_after": removed, "restarts": restarts}))
ray.shutdown()
cluster.shutdown()
"""


def test_a_node_removed_mid_batch_its_work_is_redone_on_another(
    tiny_model_dir: Path, inputs: Path, local: Path, tmp_path: Path
) -> None:
    """Three nodes on this machine (``ray.cluster_utils.Cluster``); the node running the
    model actor is removed once the first document is written: the actor is restarted on
    the other node, the lost chunks are redone, and the outputs are the local ones."""
    ray_tmp = Path(tempfile.mkdtemp(prefix="zn-"))  # the cluster file goes here, not /tmp/ray
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "RAY_TMPDIR": str(ray_tmp)}
    argv = [
        str(tiny_model_dir),
        str(tmp_path / "memory.sqlite3"),
        str(inputs),
        str(tmp_path / "out"),
        str(tmp_path / "summary.json"),
    ]
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _NODES, *argv], env=env, capture_output=True, timeout=420
        )
    finally:
        shutil.rmtree(ray_tmp, ignore_errors=True)
    assert proc.returncode == 0, proc.stderr.decode()[-3000:]
    summary = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    (after,) = summary["removed_after"]
    assert after < 20 and summary["alive"] == 2, summary  # removed mid-batch; head + one left
    assert summary["restarts"] >= 1, summary  # the actor was lost with work to do
    assert (summary["done"], summary["failed"]) == (19, 1), summary
    _same_as_local(tmp_path / "out", local)
    assert _memory(tmp_path / "memory.sqlite3") == _memory(local / "memory.sqlite3")
