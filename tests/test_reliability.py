"""The reliability matrix: the failure cases of a hostile probe (issue 16), outputs,
batch and resources. Each test is one row: the input, the exit code, the message, and
that nothing is lost.

| case | input                                      | exit | message / outcome                     |
|------|--------------------------------------------|------|---------------------------------------|
| 1    | batch over x.txt, x.md, x.txt.txt (X.txt)  | 0    | three outputs, each with its own text |
| 1    | hand-made inputs sharing an output name    | 2    | "would both write", before any work   |
| 2    | -o a symlink / dangling symlink            | 0    | the target written, the link kept     |
| 2    | -o a FIFO (read by a thread), -o /dev/null | 0    | in place; still a FIFO / device       |
| 2,5  | -o a folder, /proc/x, /sys/x, /dev/full    | 1    | "Error: cannot write ...", one line   |
| 5    | batch -o /proc/x, /sys/x                   | 1    | "Error: cannot write ...", one line   |
| 5    | segment, qa > /dev/full                    | 1    | "cannot write to standard output"     |
| 4    | report.TXT, dead link, folder x.txt, FIFO  | 0    | TXT done; the rest "ignored: why"     |
| 9    | disk full in the middle of a batch         | 1    | summary and "stopped: ... No space"   |
| 9    | a bug (not a ZhbriefError) in one input    | 1    | traceback logged; row failed          |
| 12   | another zhbrief job running                | -    | all cores; shared on request (opt-in) |
| 12   | a batch on a pipe or log file              | 0    | status lines with sentences/s         |
| 13   | --no-cache, fresh --cache, warm --cache    | 0    | identical bytes, retries included     |
| 15   | umask 022 / 077, existing file's mode      | 0    | 0644 / 0600 / kept                    |
| 15   | batch summary                              | 0    | segments + retried = memory + model   |
| 15   | translation memory cannot be written       | 0    | one warning, before the summary       |
| 15   | translate a file with nothing to title it  | 0    | "# Translation: file.txt"             |

Most rows use the stand-in translator (``EN(text)``) behind the real CLI; the row
where the model's own behaviour is the point (13) runs the tiny MarianMT model.
"""

from __future__ import annotations

import errno
import json
import os
import re
import sqlite3
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from standins import StandIn, wrapped

from zhbrief.batch import BatchOptions, InputItem, read_manifest, run_batch
from zhbrief.batch.discover import output_bases
from zhbrief.cli import cli
from zhbrief.config import Config, TranslateConfig, load_config
from zhbrief.document import Document, SourceInfo
from zhbrief.errors import UsageError
from zhbrief.iofiles import append_jsonl, atomic_write_bytes
from zhbrief.rendering import render
from zhbrief.translate import Translator
from zhbrief.translate import threads as job_threads
from zhbrief.translate.memory import CachedTranslator, TranslationMemory, TranslatorIdentity

SEED = Path(__file__).parent / "data" / "seed" / "alibaba-rural-export.zh.txt"
FAKE = ["--model", "fake-model"]
ONE_LINE_ERROR = re.compile(r"^Error: cannot write .+$")


def _sentences() -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    return [s + "。" for s in text.split("。") if len(s.strip()) > 5]


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def standin(monkeypatch: pytest.MonkeyPatch) -> list[StandIn]:
    """The CLI's model is the stand-in (``EN(text)``), behind the translation memory when
    the config enables it, exactly as ``open_translator`` arranges the real one."""
    made: list[StandIn] = []

    def factory() -> StandIn:
        made.append(StandIn(wrapped))
        return made[-1]

    def open_translator(config: Config) -> Translator:
        if not config.cache.enabled:
            return factory()
        identity = TranslatorIdentity("fake-model", "fake-rev", {"num_beams": 4})
        return CachedTranslator(factory, TranslationMemory(config.cache.path), identity)

    monkeypatch.setattr("zhbrief.pipeline.open_translator", open_translator)
    monkeypatch.setattr("zhbrief.batch.runner.open_translator", open_translator)
    # The settings digest fingerprints the configured model; "fake-model" is no folder
    monkeypatch.setattr("zhbrief.translate.memory.model_revision_key", lambda config: "fake")
    return made


# ---------------------------------------------------------------- 1. colliding names


def test_c01_batch_names_that_would_collide_each_get_their_own_output(
    tmp_path: Path, standin: list[StandIn]
) -> None:
    s = _sentences()
    inputs = tmp_path / "in"
    inputs.mkdir()
    texts = {"x.txt": s[0], "x.md": s[1], "x.txt.txt": s[2]}
    for name, text in texts.items():
        (inputs / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = _invoke("batch", str(inputs), "-o", str(out), "--no-cache", *FAKE)
    assert result.exit_code == 0, result.output
    assert "3 done, 0 skipped, 0 failed" in result.stderr
    manifest = read_manifest(out)
    outputs = [o for r in manifest.values() for o in r["outputs"]]
    assert len(outputs) == len(set(outputs)) == 6
    for name, text in texts.items():
        assert manifest[name]["status"] == "done"
        # Nothing lost: each input's text reaches its own translation
        assert f"EN({text})" in (out / f"{name}.en.md").read_text(encoding="utf-8")
    again = _invoke("batch", str(inputs), "-o", str(out), "--no-cache", *FAKE)
    assert "0 done, 3 skipped, 0 failed" in again.stderr


def test_c01_output_bases_are_unique_even_ignoring_case() -> None:
    assert output_bases(["x.txt", "x.md", "x.txt.txt"]) == ["x.txt", "x.md", "x.txt.txt"]
    # X.txt and x.md would share X.brief.md on macOS and Windows; sub/x is another folder
    assert output_bases(["X.txt", "x.md", "y.txt", "sub/x.txt"]) == ["X.txt", "x.md", "y", "sub/x"]


def test_c01_inputs_sharing_an_output_name_are_refused_before_any_work(tmp_path: Path) -> None:
    items = [
        InputItem(key="a/x.txt", path=tmp_path / "a" / "x.txt", base="x"),
        InputItem(key="b/x.txt", path=tmp_path / "b" / "x.txt", base="x"),
    ]
    out = tmp_path / "out"
    config = load_config(None, {"translate.model": "fake-model", "cache.enabled": False})
    translator = StandIn(wrapped)
    with pytest.raises(UsageError, match=r"inputs a/x.txt and b/x.txt would both write x.brief.md"):
        run_batch(items, config, BatchOptions(out_dir=out), translator=translator)
    assert not out.exists() and translator.batches == []


# ---------------------------------------------------------------- 2. -o to special files


def test_c02_output_through_a_symlink_writes_its_target(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "new.txt")
    for path in (link, dangling):
        result = _invoke("segment", str(SEED), "-o", str(path))
        assert result.exit_code == 0, result.output
        assert path.is_symlink()
    expected = _invoke("segment", str(SEED)).stdout
    assert target.read_text(encoding="utf-8") == expected
    assert (tmp_path / "new.txt").read_text(encoding="utf-8") == expected


def test_c02_output_to_a_fifo_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = _invoke("segment", str(SEED), "-o", str(fifo))
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received[0].decode("utf-8") == _invoke("segment", str(SEED)).stdout


def test_c02_output_to_dev_null_leaves_the_device(standin: list[StandIn]) -> None:
    result = _invoke("brief", str(SEED), "--no-cache", *FAKE, "-o", "/dev/null")
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("target", ["folder", "/proc/zhbrief-x", "/sys/zhbrief-x", "/dev/full"])
def test_c02_c05_unwritable_output_is_one_line_before_the_work(
    tmp_path: Path, standin: list[StandIn], target: str
) -> None:
    if target == "folder":
        target = str(tmp_path)
    for args in (["segment", str(SEED)], ["brief", str(SEED), "--no-cache", *FAKE]):
        result = _invoke(*args, "-o", target)
        assert result.exit_code == 1, result.output
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and ONE_LINE_ERROR.match(lines[0]), lines
        assert result.stdout == ""
    if target != "/dev/full":  # a device can only be tried by writing to it
        assert standin == []  # refused before the model was needed
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.parametrize("target", ["/proc/zhbrief-out", "/sys/zhbrief-out"])
def test_c05_batch_output_folder_in_proc_or_sys(target: str, standin: list[StandIn]) -> None:
    result = _invoke("batch", str(SEED), "-o", target, "--no-cache", *FAKE)
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith(f"Error: cannot write {target}")


@pytest.mark.parametrize("command", ["segment", "qa"])
def test_c05_full_stdout_is_one_line_exit_1(tmp_path: Path, command: str) -> None:
    lines = tmp_path / "lines.txt"
    lines.write_text("出口增长40.1%。\n", encoding="utf-8")
    args = [str(SEED)] if command == "segment" else ["--src", str(lines), "--hyp", str(lines)]
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-c", "from zhbrief.cli import main; main()", command, *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "Error: cannot write to standard output: No space left on device"
    ]


# ---------------------------------------------------------------- 4. nothing skipped silently


def test_c04_batch_matches_any_case_and_lists_what_it_ignores(
    tmp_path: Path, standin: list[StandIn]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "report.TXT").write_text(_sentences()[0], encoding="utf-8")
    (inputs / "broken.txt").symlink_to(inputs / "missing.txt")
    (inputs / "folder.txt").mkdir()
    os.mkfifo(inputs / "pipe.md")
    (inputs / "notes.csv").write_text("not,an,input\n")  # not asked for: not listed
    out = tmp_path / "out"
    result = _invoke("batch", str(inputs), "-o", str(out), "--no-cache", *FAKE)
    assert result.exit_code == 0, result.output
    assert "1 done, 0 skipped, 0 failed, 3 ignored" in result.stderr
    assert "  ignored: broken.txt: a broken symbolic link" in result.stderr
    assert "  ignored: folder.txt: a folder, not a file" in result.stderr
    assert "  ignored: pipe.md: not a regular file" in result.stderr
    assert "notes.csv" not in result.stderr
    manifest = read_manifest(out)
    assert manifest["report.TXT"]["status"] == "done"
    assert (out / "report.en.md").is_file()
    ignored = {k: r["reason"] for k, r in manifest.items() if r["status"] == "ignored"}
    assert sorted(ignored) == ["broken.txt", "folder.txt", "pipe.md"]


# ---------------------------------------------------------------- 9. disk full, bugs


class FullDisk:
    """The batch's writers on a disk with room for ``room`` more output files."""

    def __init__(self, room: int) -> None:
        self.room = room

    def _check(self, path: Any) -> None:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    def write(self, target: Path, data: bytes) -> None:
        self._check(target)
        self.room -= 1
        atomic_write_bytes(target, data)

    def append(self, path: Path, record: dict[str, Any]) -> None:
        self._check(path)
        append_jsonl(path, record)


def _three_inputs_on_a_small_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[str], Path, FullDisk, list[str]]:
    """a.txt, b.txt, c.txt; the batch's writers see room for three outputs (a's two,
    then one of b's). Returns the sentences, the output folder, the disk and the args."""
    s = _sentences()
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i, name in enumerate(["a.txt", "b.txt", "c.txt"]):
        (inputs / name).write_text(s[i], encoding="utf-8")
    out = tmp_path / "out"
    disk = FullDisk(room=3)
    monkeypatch.setattr("zhbrief.batch.runner.atomic_write_bytes", disk.write)
    monkeypatch.setattr("zhbrief.batch.runner.append_jsonl", disk.append)
    return s, out, disk, ["batch", str(inputs), "-o", str(out), "--no-cache", *FAKE]


def test_c09_disk_full_stops_with_a_summary_and_no_strays(
    tmp_path: Path, standin: list[StandIn], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, out, _, args = _three_inputs_on_a_small_disk(tmp_path, monkeypatch)
    result = _invoke(*args)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.stderr and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith("batch: 1 done, 0 skipped, 0 failed, 2 not reached in ")
    assert lines[1].startswith(f"stopped: cannot write {out / 'b.en.md'}: No space left")
    assert "run the same command again" in lines[1]
    # Nothing stray: the outputs on disk are exactly those the manifest calls done
    manifest = read_manifest(out)
    assert {k: r["status"] for k, r in manifest.items()} == {"a.txt": "done"}
    on_disk = sorted(p.name for p in out.iterdir() if p.name != "manifest.jsonl")
    assert on_disk == sorted(manifest["a.txt"]["outputs"]) == ["a.brief.md", "a.en.md"]


def test_c09_disk_full_then_rerun_completes(
    tmp_path: Path, standin: list[StandIn], monkeypatch: pytest.MonkeyPatch
) -> None:
    s, out, disk, args = _three_inputs_on_a_small_disk(tmp_path, monkeypatch)
    assert _invoke(*args).exit_code == 1
    disk.room = 100  # space freed
    again = _invoke(*args)
    assert again.exit_code == 0, again.output
    assert "2 done, 1 skipped, 0 failed" in again.stderr
    manifest = read_manifest(out)
    assert all(r["status"] == "done" for r in manifest.values()) and len(manifest) == 3
    for i, name in enumerate(["a", "b", "c"]):
        assert f"EN({s[i]})" in (out / f"{name}.en.md").read_text(encoding="utf-8")


def test_c09_a_bug_is_logged_with_its_traceback_and_recorded_as_failed(
    tmp_path: Path, standin: list[StandIn], monkeypatch: pytest.MonkeyPatch
) -> None:
    s = _sentences()
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(s[0], encoding="utf-8")
    (inputs / "bad.txt").write_text("坏了。" + s[1], encoding="utf-8")
    monkeypatch.setattr(
        "zhbrief.batch.runner.open_translator", lambda config: StandIn(wrapped, fail_on="坏")
    )
    out = tmp_path / "out"
    result = _invoke("batch", str(inputs), "-o", str(out), "--no-cache", *FAKE)
    assert result.exit_code == 1
    assert "bad.txt: unexpected RuntimeError (a bug in zhbrief" in result.stderr
    assert "Traceback (most recent call last)" in result.stderr
    assert "RuntimeError: fake model broke" in result.stderr
    assert "1 done, 0 skipped, 1 failed" in result.stderr
    manifest = read_manifest(out)
    assert manifest["bad.txt"]["status"] == "failed"
    assert manifest["bad.txt"]["error_type"] == "RuntimeError"
    assert manifest["good.txt"]["status"] == "done"


# ---------------------------------------------------------------- 12. sharing the cores


@pytest.fixture
def jobs_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "jobs"
    monkeypatch.setenv(job_threads.ENV_JOBS_DIR, str(folder))
    monkeypatch.setattr(job_threads, "_slot", None)
    monkeypatch.setattr(job_threads, "usable_cores", lambda: 2)
    monkeypatch.setattr(job_threads, "_RECHECK_S", 0.0)
    monkeypatch.setattr(job_threads, "_last", None)
    yield folder
    if job_threads._slot is not None:
        job_threads._slot.close()


def test_c12_threads_are_this_jobs_share_of_the_cores(jobs_dir: Path) -> None:
    assert job_threads.shared_threads() == 2  # alone
    # Another zhbrief job: a process holding its lock file
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, sys, time; f = open(sys.argv[1], 'wb'); "
            "fcntl.flock(f, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)",
            str(jobs_dir / "other.lock"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        jobs_dir.mkdir(exist_ok=True)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert job_threads.fair_threads(None) == 1  # 2 cores, 2 jobs
        assert job_threads.shared_threads() == 1  # a running job gives one back
        assert job_threads.fair_threads(3) == 3  # asked for: kept
        # Sharing is opt-in: by default another job changes nothing
        assert job_threads.cpu_threads(TranslateConfig()) == 2
        assert job_threads.cpu_threads(TranslateConfig(share_threads=True)) == 1
    finally:
        holder.kill()
        holder.wait()
    assert job_threads.running_jobs() == 1  # it ended: only this one
    assert not (jobs_dir / "other.lock").exists()  # its stale file is gone
    assert job_threads.fair_threads(None) == 2


def test_c12_batch_without_a_terminal_prints_its_rate(
    tmp_path: Path, standin: list[StandIn], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("zhbrief.cli_batch.STATUS_EVERY_S", 0.0)
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i, text in enumerate(_sentences()[:3]):
        (inputs / f"{i}.txt").write_text(text, encoding="utf-8")
    result = _invoke("batch", str(inputs), "-o", str(tmp_path / "out"), "--no-cache", *FAKE)
    assert result.exit_code == 0, result.output
    status = [line for line in result.stderr.splitlines() if "sentences/s" in line]
    assert status and re.match(
        r"^batch: \d+/3 documents, \d+/\d+ sentences, [\d.]+ sentences/s$", status[-1]
    )
    quiet = _invoke("batch", str(inputs), "-o", str(tmp_path / "q"), "--no-cache", *FAKE, "-q")
    assert "sentences/s" not in quiet.stderr


# ---------------------------------------------------------------- 13. memory-independent output


@pytest.mark.parametrize("backend", ["auto", "torch"])
def test_c13_output_is_the_same_whatever_the_memory_holds(
    tmp_path: Path, tiny_model_dir: Path, backend: str
) -> None:
    s = _sentences()
    inputs = tmp_path / "in"
    inputs.mkdir()
    # Shared sentences, and small batches whose neighbours differ from run to run
    (inputs / "a.txt").write_text("".join(s[0:8]), encoding="utf-8")
    (inputs / "b.txt").write_text("\n".join(s[4:14]), encoding="utf-8")
    model = ["--model", str(tiny_model_dir), "--threads", "1", "--backend", backend]
    small = ["--batch-tokens", "120", "--max-input-tokens", "40", "--format", "md,json"]

    def run(name: str, *memory: str) -> dict[str, bytes]:
        out = tmp_path / name
        result = _invoke("batch", str(inputs), "-o", str(out), *model, *small, *memory)
        assert result.exit_code == 0, result.output
        return {p.name: p.read_bytes() for p in out.iterdir() if p.name != "manifest.jsonl"}

    db = str(tmp_path / "tm.sqlite3")
    none, fresh, warm = (
        run("none", "--no-cache"),
        run("fresh", "--cache", db),
        run("warm", "--cache", db),
    )
    assert len(none) == 8 and none == fresh == warm
    retried = [
        sent["retried"]
        for sec in json.loads(none["b.en.json"])["sections"]
        for para in sec["paragraphs"]
        for sent in para["sentences"]
    ]
    assert any(retried), "the inputs must exercise the degenerate-output retry"


# ---------------------------------------------------------------- 15. cosmetic


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_c15_new_outputs_follow_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        result = _invoke("segment", str(SEED), "-o", str(tmp_path / "new.txt"))
    finally:
        os.umask(old)
    assert result.exit_code == 0
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == mode


def test_c15_an_existing_output_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "kept.txt"
    target.write_text("old")
    target.chmod(0o640)
    assert _invoke("segment", str(SEED), "-o", str(target)).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


_COUNTS = re.compile(
    r"(\d+) segments \+ (\d+) retried = (\d+) texts: (\d+) from the translation memory"
    r"(?: \(\d+%\))?, (\d+) by the model"
)


def _counts(stderr: str) -> tuple[int, ...]:
    match = _COUNTS.search(stderr.splitlines()[0])
    assert match, stderr
    segments, retried, texts, memory, model = map(int, match.groups())
    assert segments + retried == texts == memory + model  # the counters add up
    return segments, retried, memory, model


def test_c15_batch_counters_add_up(tmp_path: Path, standin: list[StandIn]) -> None:
    s = _sentences()
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("".join(s[0:4]), encoding="utf-8")
    (inputs / "b.txt").write_text("".join(s[2:6]), encoding="utf-8")  # two shared
    args = ["batch", str(inputs), "-o", str(tmp_path / "out"), "--cache", str(tmp_path / "m.db")]
    segments, retried, memory, model = _counts(_invoke(*args, *FAKE).stderr)
    # 8 sentences plus titles and headings; the stand-in's EN(...) keeps the Chinese, so
    # every sentence is retried too
    assert segments > 8 and retried == 8 and (memory, model) == (0, segments + retried)
    forced = _counts(_invoke(*args, *FAKE, "--force").stderr)
    assert forced == (segments, retried, segments + retried, 0)  # all from the memory now


def test_c15_memory_warning_comes_once_and_before_the_summary(
    tmp_path: Path, standin: list[StandIn], monkeypatch: pytest.MonkeyPatch
) -> None:
    connect = TranslationMemory._connect
    monkeypatch.setattr(TranslationMemory, "_connect", lambda self: _Locked(connect(self)))
    inputs = tmp_path / "in"
    inputs.mkdir()
    # 40 one-sentence documents: two chunks of up to 32, so writes fail more than once
    for i, text in enumerate((_sentences() * 3)[:40]):
        (inputs / f"{i:02d}.txt").write_text(f"{i}号。{text}", encoding="utf-8")
    out = tmp_path / "out"
    args = ["batch", str(inputs), "-o", str(out), "--cache", str(tmp_path / "m.db"), *FAKE]
    result = _invoke(*args)
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    warnings = [i for i, line in enumerate(lines) if "write failed" in line]
    summary = [i for i, line in enumerate(lines) if line.startswith("batch: ")]
    assert len(warnings) == 1 and summary == [warnings[0] + 1], lines
    assert "database is locked" in lines[warnings[0]]
    assert _counts(lines[summary[0]])[3] > 0


class _Locked:
    """A SQLite connection whose write transactions find the database locked."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.startswith("BEGIN IMMEDIATE") and "schema" not in sql:
            raise sqlite3.OperationalError("database is locked")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_c15_translation_of_an_untitled_file_is_not_called_a_brief(
    tmp_path: Path, standin: list[StandIn]
) -> None:
    source = tmp_path / "file.txt"
    source.write_text("".join(_sentences()[:3]), encoding="utf-8")  # no title line
    result = _invoke("translate", str(source), "--no-cache", *FAKE)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# EN(") and "Brief" not in result.stdout
    # Nothing to name it after (no title, heading or topic): the view and the file
    doc = Document(text="", source=SourceInfo(name="in/file.txt"))
    assert render(doc, "translation").startswith("# Translation: file.txt\n")
    assert render(doc, "summary").startswith("# Summary: file.txt\n")
    assert render(doc, "brief").startswith("# Brief: file.txt\n")
    assert "<title>Translation: file.txt</title>" in render(doc, "translation", "html")
