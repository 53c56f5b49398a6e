"""Batch translation: discovery, error isolation, manifest, resume, cache, datasets.

Most tests use ``fake()`` (``standins.StandIn``): the real ``BaseTranslator``
(splitting, packing, batching) over a deterministic stand-in model, so they are fast
and exact. The test of two processes sharing one translation memory runs the stand-in
in both, started together so that they write the memory at the same time.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from standins import Recording, StandIn, tagged

from zhbrief.batch import (
    BatchOptions,
    discover,
    read_manifest,
    run_batch,
    run_dataset,
)
from zhbrief.config import Config, load_config
from zhbrief.errors import InputError, ModelLoadError, UsageError
from zhbrief.iofiles import append_jsonl, atomic_write_text, read_jsonl
from zhbrief.pipeline import analyse
from zhbrief.translate.memory import CachedTranslator, TranslationMemory, TranslatorIdentity

DATA = Path(__file__).parent / "data"
BIG5_TEXT = (
    "香港特別行政區政府今日公布最新經濟數據。本港第三季本地生產總值按年上升百分之二點五。"
    "出口表現較預期理想，主要受惠於內地需求回升。政府表示將繼續密切留意外圍環境變化。"
)
LONG_LINE = "中国经济发展" * 3334  # 20,004 characters, no punctuation at all


def fake(fail_on: str | None = None) -> StandIn:
    """One token per character, at most 50 a model input; output names the piece."""
    return StandIn(tagged, fail_on=fail_on, max_input_tokens=50)


def _sentences() -> list[str]:
    text = (DATA / "seed" / "alibaba-rural-export.zh.txt").read_text(encoding="utf-8")
    return [s + "。" for s in text.replace("！", "。").split("。") if len(s.strip()) > 5]


def make_reports(folder: Path) -> Path:
    """Good files in three encodings plus an empty, a binary and a 20k-char line."""
    s = _sentences()
    (folder / "sub").mkdir(parents=True)
    (folder / "utf8-bom.txt").write_bytes("\n".join(s[0:4]).encode("utf-8-sig"))
    (folder / "gbk.txt").write_bytes(("数字兴农\n" + "".join(s[4:9])).encode("gb18030"))
    (folder / "sub" / "big5.md").write_bytes(BIG5_TEXT.encode("big5"))
    (folder / "sub" / "plain.txt").write_text("\n\n".join(s[9:12]), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "long.txt").write_text(LONG_LINE + "\n", encoding="utf-8")
    (folder / "notes.csv").write_text("not,an,input\n")  # not matched by the globs
    return folder


def _config() -> Config:
    return load_config(None, {"translate.model": "fake-model", "cache.enabled": False})


def _outputs(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != "manifest.jsonl"
    }


@pytest.fixture(autouse=True)
def _fake_model_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    # The settings digest fingerprints the configured model; "fake-model" is no folder
    monkeypatch.setattr("zhbrief.translate.memory.model_revision_key", lambda config: "fake-rev")


def test_discover_mirrors_folders_and_skips_hidden_and_output(tmp_path: Path) -> None:
    root = make_reports(tmp_path / "in")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "x.txt").write_text("隐藏")
    (root / "out").mkdir()
    (root / "out" / "old.brief.md").write_text("old")
    (root / "sub" / "plain.md").write_text("同名")
    items = discover([root], exclude=root / "out")
    assert [(i.key, i.base) for i in items] == [
        ("binary.txt", "binary"),
        ("empty.txt", "empty"),
        ("gbk.txt", "gbk"),
        ("long.txt", "long"),
        ("sub/big5.md", "sub/big5"),
        ("sub/plain.md", "sub/plain.md"),  # same stem as plain.txt: suffix kept
        ("sub/plain.txt", "sub/plain.txt"),
        ("utf8-bom.txt", "utf8-bom"),
    ]
    assert [i.key for i in discover([root], ["*.md"], exclude=root / "out")] == [
        "sub/big5.md",
        "sub/plain.md",
    ]


def test_discover_explicit_files_use_their_common_folder(tmp_path: Path) -> None:
    root = make_reports(tmp_path / "in")
    items = discover([root / "gbk.txt", root / "sub" / "big5.md", root / "missing.txt"])
    assert [i.key for i in items] == ["gbk.txt", "sub/big5.md", "missing.txt"]
    with pytest.raises(
        InputError, match=r"no input files matching \*\.docx in .*sub; check the folder"
    ):
        discover([tmp_path / "in" / "sub"], ["*.docx"])
    with pytest.raises(UsageError):
        discover([])


def test_batch_isolates_bad_inputs_and_splits_the_long_line(tmp_path: Path) -> None:
    root = make_reports(tmp_path / "in")
    out = tmp_path / "out"
    options = BatchOptions(out_dir=out, formats=("md", "json"), chunk_docs=3)
    summary = run_batch(discover([root]), _config(), options, translator=fake())
    assert (summary.done, summary.skipped, summary.failed) == (5, 0, 2)
    manifest = read_manifest(out)
    assert manifest["empty.txt"]["status"] == "failed"
    assert "the input is empty" in manifest["empty.txt"]["error"]
    assert "binary" in manifest["binary.txt"]["error"]
    assert manifest["binary.txt"]["error_type"] == "InputError"
    encodings = {k: v.get("encoding") for k, v in manifest.items() if v["status"] == "done"}
    assert encodings == {
        "utf8-bom.txt": "utf-8-sig",
        "gbk.txt": "gb18030",
        "sub/big5.md": "big5",
        "sub/plain.txt": "utf-8",
        "long.txt": "utf-8",
    }
    assert set(_outputs(out)) == {
        f"{base}.{view}.{fmt}"
        for base in ("utf8-bom", "gbk", "sub/big5", "sub/plain", "long")
        for view in ("brief", "en")
        for fmt in ("md", "json")
    }
    assert manifest["gbk.txt"]["outputs"] == [
        "gbk.brief.md",
        "gbk.en.md",
        "gbk.brief.json",
        "gbk.en.json",
    ]
    # The 20,000-character line: every character went to the model, in pieces
    long_doc = json.loads((out / "long.en.json").read_text(encoding="utf-8"))
    sentences = [
        s for sec in long_doc["sections"] for p in sec["paragraphs"] for s in p["sentences"]
    ]
    assert sum(s["pieces"] for s in sentences) >= 20_004 // 50
    assert all(s["en"] for s in sentences)
    assert manifest["long.txt"]["split"] == len(sentences) >= 1
    # Timings live in the manifest, not in the outputs
    assert "seconds" not in long_doc["provenance"]
    assert set(manifest["long.txt"]["seconds"]) == {"read", "analyse", "translate", "write"}
    assert "2 failed" in summary.text() and "empty.txt: the input is empty" in summary.text()


def test_documents_share_translate_calls(tmp_path: Path) -> None:
    root = make_reports(tmp_path / "in")
    counting = Recording(fake())

    options = BatchOptions(out_dir=tmp_path / "out", chunk_docs=10)
    config = load_config(None, {"translate.model": "fake-model", "qa.retry": False})
    run_batch(discover([root]), config, options, translator=counting)
    assert len(counting.calls) == 1  # all five documents' spans in one call


def test_rerun_translates_nothing_thanks_to_manifest_and_memory(tmp_path: Path) -> None:
    root = make_reports(tmp_path / "in")
    out = tmp_path / "out"
    models: list[StandIn] = []
    ident = TranslatorIdentity("fake", None, {"num_beams": 4})

    def cached() -> CachedTranslator:
        def factory() -> StandIn:
            models.append(fake())
            return models[-1]

        return CachedTranslator(factory, TranslationMemory(tmp_path / "tm.sqlite3"), ident)

    first = run_batch(discover([root]), _config(), BatchOptions(out), translator=cached())
    assert (first.done, first.cache_hits, first.model_loaded) == (5, 0, True)
    assert first.cache_misses >= first.sentences > 10  # retries of degenerate output add
    before = _outputs(out)

    again = run_batch(discover([root]), _config(), BatchOptions(out), translator=cached())
    assert (again.done, again.skipped, again.failed) == (0, 5, 2)
    assert again.cache_misses == 0 and len(models) == 1

    # --force redoes every document, from the translation memory only
    forced = BatchOptions(out, force=True)
    redo = run_batch(discover([root]), _config(), forced, translator=cached())
    assert (redo.done, redo.skipped, redo.cache_misses) == (5, 0, 0)
    assert redo.cache_hits == first.cache_misses and not redo.model_loaded
    assert len(models) == 1 and _outputs(out) == before


def test_changes_are_redone(tmp_path: Path) -> None:
    root = make_reports(tmp_path / "in")
    out = tmp_path / "out"
    run_batch(discover([root]), _config(), BatchOptions(out), translator=fake())
    (root / "gbk.txt").write_text("新的内容。第二句话。", encoding="utf-8")
    (out / "sub" / "plain.en.md").unlink()
    s = run_batch(discover([root]), _config(), BatchOptions(out), translator=fake())
    assert (s.done, s.skipped) == (2, 3)
    other = load_config(None, {"translate.model": "fake-model", "summarise.key_points": 2})
    s = run_batch(discover([root]), other, BatchOptions(out), translator=fake())
    assert (s.done, s.skipped) == (5, 0)
    assert read_manifest(out)["gbk.txt"]["encoding"] == "utf-8"


def test_interrupted_run_resumes_to_identical_outputs(tmp_path: Path) -> None:
    root = make_reports(tmp_path / "in")
    items = discover([root])
    whole, parts = tmp_path / "whole", tmp_path / "parts"
    run_batch(items, _config(), BatchOptions(whole, formats=("md", "json")), translator=fake())

    seen: list[str] = []

    def interrupt(entry: dict[str, Any]) -> None:
        seen.append(entry["input"])
        if entry["status"] == "done":
            raise KeyboardInterrupt  # Ctrl-C right after the first finished document

    options = BatchOptions(parts, formats=("md", "json"), chunk_docs=2)
    with pytest.raises(KeyboardInterrupt):
        run_batch(items, _config(), options, translator=fake(), on_entry=interrupt)
    done_first = [e["input"] for e in read_jsonl(parts / "manifest.jsonl") if e["status"] == "done"]
    assert len(done_first) == 1
    assert not list(parts.rglob("*.tmp"))

    resumed = run_batch(items, _config(), options, translator=fake())
    assert (resumed.done, resumed.skipped, resumed.failed) == (4, 1, 2)
    assert _outputs(parts) == _outputs(whole)
    last = read_manifest(parts)
    assert sorted(k for k, v in last.items() if v["status"] == "done") == sorted(
        k for k, v in read_manifest(whole).items() if v["status"] == "done"
    )


_KILLABLE = """
import sys, time
sys.path.insert(0, sys.argv[1])
import zhbrief.translate.memory
from pathlib import Path
from test_batch import _config, fake
from zhbrief.batch import BatchOptions, discover, run_batch

zhbrief.translate.memory.model_revision_key = lambda config: "fake-rev"
options = BatchOptions(Path(sys.argv[3]), formats=("md", "json"), chunk_docs=1)
run_batch(discover([sys.argv[2]]), _config(), options, translator=fake(),
          on_entry=lambda entry: time.sleep(30) if entry["status"] == "done" else None)
"""


def test_killed_run_resumes_to_identical_outputs(tmp_path: Path) -> None:
    root = make_reports(tmp_path / "in")
    whole, parts = tmp_path / "whole", tmp_path / "parts"
    options = BatchOptions(whole, formats=("md", "json"))
    run_batch(discover([root]), _config(), options, translator=fake())
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    here = str(Path(__file__).parent)
    proc = subprocess.Popen([sys.executable, "-c", _KILLABLE, here, str(root), str(parts)], env=env)
    manifest = parts / "manifest.jsonl"
    deadline = time.monotonic() + 60
    while not any(e["status"] == "done" for e in read_jsonl(manifest)):
        assert proc.poll() is None and time.monotonic() < deadline, "worker ended early"
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)  # no chance to clean up
    proc.wait()
    assert len([e for e in read_jsonl(manifest) if e["status"] == "done"]) == 1
    resumed = run_batch(
        discover([root]),
        _config(),
        BatchOptions(parts, formats=("md", "json")),
        translator=fake(),
    )
    assert (resumed.done, resumed.skipped) == (4, 1)
    assert _outputs(parts) == _outputs(whole)


def test_unexpected_errors_fail_one_document_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_reports(tmp_path / "in")
    from zhbrief.pipeline import analyse as real

    def flaky(read: Any, config: Config) -> Any:
        if read.name == "gbk.txt":
            raise ValueError("segmenter bug")
        return real(read, config)

    monkeypatch.setattr("zhbrief.batch.prepare.analyse", flaky)
    # The model breaks on the Big5 report's text: its chunk is retried one by one
    model = fake(fail_on="香港")
    s = run_batch(discover([root]), _config(), BatchOptions(tmp_path / "out"), translator=model)
    manifest = read_manifest(tmp_path / "out")
    assert manifest["gbk.txt"]["error"] == "ValueError: segmenter bug"
    assert manifest["sub/big5.md"]["error"] == "RuntimeError: fake model broke"
    assert (s.done, s.failed) == (3, 4)


def test_oversized_input_fails_without_being_read(tmp_path: Path) -> None:
    root = make_reports(tmp_path / "in")
    config = load_config(None, {"translate.model": "fake-model", "read.max_bytes": 10_000})
    run_batch(discover([root]), config, BatchOptions(tmp_path / "out"), translator=fake())
    error = read_manifest(tmp_path / "out")["long.txt"]["error"]
    assert error == (
        "long.txt: 60,013 bytes is larger than the limit of 10,000 (read.max_bytes); "
        "split the file or raise the limit in a config profile."
    )


def test_a_model_that_cannot_load_stops_the_batch(tmp_path: Path) -> None:
    def factory() -> StandIn:
        raise ModelLoadError("could not load the translation model from folder x")

    ident = TranslatorIdentity("x", None, {})
    broken = CachedTranslator(factory, TranslationMemory(tmp_path / "tm.sqlite3"), ident)
    root = make_reports(tmp_path / "in")
    with pytest.raises(ModelLoadError):
        run_batch(discover([root]), _config(), BatchOptions(tmp_path / "out"), translator=broken)
    entries = read_jsonl(tmp_path / "out" / "manifest.jsonl")
    assert {e["input"] for e in entries} == {"binary.txt", "empty.txt"}  # read failures only


def test_dataset_rows_get_translation_and_summary(tmp_path: Path) -> None:
    s = _sentences()
    rows = [
        {"id": 1, "body": "".join(s[0:3])},
        {"id": 2, "body": ""},
        {"id": 3, "body": BIG5_TEXT},
    ]
    src = tmp_path / "reports.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    out = tmp_path / "out"
    summary = run_dataset(src, "body", _config(), BatchOptions(out), translator=fake())
    assert (summary.done, summary.failed) == (2, 1)
    written = read_jsonl(out / "reports.translated.jsonl")
    assert [r["id"] for r in written] == [1, 2, 3]
    assert [r["body"] for r in written] == [r["body"] for r in rows]
    assert written[1]["translation"] is None and written[1]["summary"] is None
    assert written[0]["translation"].startswith("en") and written[2]["summary"]
    entry = read_manifest(out)["reports.jsonl"]
    assert entry["failed_rows"][0]["row"] == 1
    assert "empty" in entry["failed_rows"][0]["error"]
    with pytest.raises(InputError, match=r"no column 'text'; its columns are id, body"):
        run_dataset(src, "text", _config(), BatchOptions(out), translator=fake())


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_dataset_keeps_its_format(tmp_path: Path, suffix: str) -> None:
    from datasets import Dataset, load_dataset

    bodies = ["".join(_sentences()[0:2]), BIG5_TEXT]
    frame = Dataset.from_dict({"body": bodies, "n": [1, 2]})
    src = tmp_path / f"d{suffix}"
    if suffix == ".csv":
        frame.to_csv(str(src), index=False)
    else:
        frame.to_parquet(str(src))
    run_dataset(src, "body", _config(), BatchOptions(tmp_path / "out"), translator=fake())
    target = tmp_path / "out" / f"d.translated{suffix}"
    back = load_dataset(suffix[1:], data_files=str(target), split="train")
    assert back.column_names == ["body", "n", "translation", "summary"]
    assert back["body"] == bodies and back["n"] == [1, 2]
    assert all(t.startswith("en") for t in back["translation"])


def test_manifest_survives_a_line_cut_by_a_kill(tmp_path: Path) -> None:
    log = tmp_path / "m.jsonl"
    append_jsonl(log, {"input": "a", "status": "done"})
    with open(log, "a", encoding="utf-8") as f:
        f.write('{"input": "b", "sta')  # killed mid-write
    append_jsonl(log, {"input": "c", "status": "failed"})
    assert read_jsonl(log) == [
        {"input": "a", "status": "done"},
        {"input": "c", "status": "failed"},
    ]


def test_atomic_write_leaves_the_old_file_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "x.md"
    atomic_write_text(target, "old")

    def boom(src: Any, dst: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.md"]


_WORKER = """
import sys
import time
from pathlib import Path

from standins import StandIn, tagged
from zhbrief.batch import BatchOptions, discover, run_batch
from zhbrief.config import load_config
from zhbrief.translate.memory import CachedTranslator, TranslationMemory, TranslatorIdentity

import zhbrief.translate.memory

zhbrief.translate.memory.model_revision_key = lambda config: "fake-rev"  # no model folder
db, inputs, out, go = sys.argv[1:]
identity = TranslatorIdentity("fake", None, {"num_beams": 4})
translator = CachedTranslator(
    lambda: StandIn(tagged, max_input_tokens=50), TranslationMemory(db), identity
)
config = load_config(None, {"translate.model": "fake-model"})
while not Path(go).exists():  # start together, so the two write the memory at once
    time.sleep(0.01)
options = BatchOptions(Path(out), chunk_docs=1)
summary = run_batch(discover([inputs]), config, options, translator=translator)
translator.close()
print(summary.done, summary.failed, summary.cache_hits, summary.cache_misses)
"""


def test_two_processes_share_one_memory(tmp_path: Path) -> None:
    s = _sentences()
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(4):  # overlapping sentences: both processes write the same keys
        (inputs / f"r{i}.txt").write_text("".join(s[i : i + 3]), encoding="utf-8")
    db = tmp_path / "shared.sqlite3"
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, str(db), str(inputs), str(out), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for out in (tmp_path / "out1", tmp_path / "out2")
    ]
    time.sleep(1.0)  # both have imported zhbrief and opened the memory by now
    go.touch()
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (stdout, stderr) in zip(procs, results, strict=True):
        assert proc.returncode == 0, stderr
        assert stdout.split()[:2] == ["4", "0"]
    assert _outputs(tmp_path / "out1") == _outputs(tmp_path / "out2")
    with TranslationMemory(db) as tm:
        assert tm.integrity_ok()
        # Every sentence once per decoding setting (retries of degenerate output add some),
        # and the phrases the briefs show in English: titles and key-figure labels
        phrases = set()
        for path in inputs.iterdir():
            doc = analyse(path, Config())
            phrases |= {p.zh for p in [doc.topic, *(f.label for f in doc.key_figures)] if p}
        assert {e[0] for e in tm.entries()} == set(s[:6]) | phrases
