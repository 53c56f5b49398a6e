"""The Ray executor's options, pool sizing and flags: pure logic, no cluster needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from zhbrief.batch import BatchOptions
from zhbrief.batch.ray_executor import (
    READ_CPUS,
    RayOptions,
    pool_size,
    remove_partial_outputs,
    worker_config,
)
from zhbrief.cli import cli
from zhbrief.config import load_config
from zhbrief.errors import UsageError


def test_pool_keeps_a_cpu_for_reading() -> None:
    # Every CPU held by a model actor would leave the read tasks none (ray#44687)
    assert pool_size({"CPU": 2}, RayOptions()) == 1
    assert pool_size({"CPU": 16}, RayOptions()) == 15
    assert pool_size({"CPU": 16}, RayOptions(cpus_per_worker=4)) == 3
    assert pool_size({"CPU": 2}, RayOptions(cpus_per_worker=1.5)) == 1
    assert pool_size({"CPU": 64, "GPU": 4}, RayOptions(gpus_per_worker=1)) == 4
    for cpus, gpus in [(64.0, 4.0), (3.0, 0.0)]:
        for opts in [RayOptions(), RayOptions(cpus_per_worker=2), RayOptions(workers=1)]:
            n = pool_size({"CPU": cpus, "GPU": gpus}, opts)
            assert n * opts.cpus_per_worker <= cpus - READ_CPUS


@pytest.mark.parametrize(
    ("resources", "opts", "message"),
    [
        ({"CPU": 1}, RayOptions(), "not enough for one worker"),
        ({"CPU": 4}, RayOptions(cpus_per_worker=4), "not enough for one worker"),
        ({"CPU": 8}, RayOptions(gpus_per_worker=1), "0 GPUs"),
        ({"CPU": 2}, RayOptions(workers=2), "--workers 2 does not fit"),
    ],
)
def test_pool_that_cannot_fit_is_refused(
    resources: dict[str, float], opts: RayOptions, message: str
) -> None:
    with pytest.raises(UsageError, match=message):
        pool_size(resources, opts)


def test_workers_get_an_explicit_device_and_threads() -> None:
    config = load_config(None, {})
    cpu = worker_config(config, RayOptions(cpus_per_worker=3))
    assert (cpu.translate.device, cpu.translate.threads) == ("cpu", 3)
    # Only the translate section's device and threads change
    assert cpu.summarise == config.summarise and cpu.translate.model == config.translate.model
    gpu = worker_config(config, RayOptions(gpus_per_worker=1))
    assert gpu.translate.device == "cuda" and gpu.translate.precision == "auto"  # fp16
    with pytest.raises(UsageError, match="--gpus-per-worker"):
        worker_config(load_config(None, {"translate.device": "cuda"}), RayOptions())
    with pytest.raises(UsageError, match="--device cpu"):
        worker_config(load_config(None, {"translate.device": "cpu"}), RayOptions(gpus_per_worker=1))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--workers", "2"], "--workers apply to --executor ray only"),
        (["--address", "auto", "--cpus-per-worker", "2"], "--address, --cpus-per-worker apply"),
        (["--executor", "ray", "--workers", "0"], "--workers must be at least 1"),
        (["--executor", "ray", "--cpus-per-worker", "0"], "--cpus-per-worker must be positive"),
        (["--executor", "dask"], "'dask' is not one of"),
    ],
)
def test_executor_flags_are_checked_before_anything_runs(
    args: list[str], message: str, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("中国经济发展。", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["batch", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o")] + args
    )
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert not (tmp_path / "o").exists()


def test_dataset_runs_locally_only(tmp_path: Path) -> None:
    data = tmp_path / "d.jsonl"
    data.write_text('{"text": "中国经济发展。"}\n', encoding="utf-8")
    args = ["batch", "--dataset", str(data), "-o", str(tmp_path / "o"), "--executor", "ray"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2 and "--dataset runs locally" in result.output


def test_nothing_imports_ray_unless_asked() -> None:
    code = (
        "import sys; from zhbrief.cli import cli; import zhbrief.batch.ray_executor; "
        "from click.testing import CliRunner; CliRunner().invoke(cli, ['batch', '--help']); "
        "print('ray' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_partial_outputs_of_killed_workers_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    keep = [out / "a.brief.md", out / ".other.brief.md.x1y2.tmp", out / ".a.brief.md.notes"]
    gone = [out / ".a.brief.md.k9_z.tmp", out / "sub" / ".b.en.json.0abc.tmp"]
    for path in keep + gone:
        path.write_text("x", encoding="utf-8")
    options = BatchOptions(out_dir=out, formats=("md", "json"))
    assert remove_partial_outputs(out, ["a", "sub/b"], options) == 2
    assert all(p.exists() for p in keep) and not any(p.exists() for p in gone)


def test_ray_client_addresses_are_refused_as_usage(tmp_path: Path) -> None:
    # The `ray` extra has no Ray Client, and Ray Data wants its driver on the cluster
    (tmp_path / "a.txt").write_text("中国经济发展。", encoding="utf-8")
    args = ["batch", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"), "--executor", "ray"]
    result = CliRunner().invoke(cli, [*args, "--address", "ray://head:10001"])
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "Error: --address ray://head:10001: Ray Client addresses (ray://) are not supported; "
        "run zhbrief batch on a node of the cluster with --address auto (or HOST:6379, the "
        "head's GCS port), or submit it with `ray job submit -- zhbrief batch ...`.\n"
    )
    assert not (tmp_path / "o").exists()


def test_under_q_native_writes_to_stderr_are_dropped_and_python_s_kept() -> None:
    # Ray's C++ core writes its log lines to descriptor 2, out of Python's reach
    code = (
        "import os, sys\n"
        "from zhbrief.batch.ray_cluster import native_stderr_silenced\n"
        "print('before', file=sys.stderr)\n"
        "with native_stderr_silenced():\n"
        "    os.write(2, b'[2026-12-04 16:19:49,829 E 1 1] core_worker.cc: a note\\n')\n"
        "    print('python', file=sys.stderr)\n"
        "os.write(2, b'after\\n')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr == "before\npython\nafter\n"
