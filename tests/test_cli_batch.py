"""``zhbrief batch`` end to end with the tiny MarianMT model, and its usage errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from zhbrief.cli_batch import batch_command

DATA = Path(__file__).parent / "data"


def _sentences() -> list[str]:
    text = (DATA / "seed" / "alibaba-rural-export.zh.txt").read_text(encoding="utf-8")
    return [s + "。" for s in text.split("。") if len(s.strip()) > 5]


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    s = _sentences()
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_bytes("".join(s[0:3]).encode("utf-8-sig"))
    (folder / "b.txt").write_bytes(("数字兴农\n" + "".join(s[3:5])).encode("gb18030"))
    (folder / "empty.txt").write_bytes(b"   \n")
    (folder / "pic.txt").write_bytes(b"\xff\xd8\xff\xe0 JFIF")
    return folder


def _batch(*args: str) -> Result:
    return CliRunner().invoke(batch_command, list(args))


def _model_args(model: Path, tmp_path: Path) -> list[str]:
    # One torch thread: the tiny model is fastest that way on shared CI cores
    return [
        "--model",
        str(model),
        "--precision",
        "fp32",
        "--threads",
        "1",
        "--cache",
        str(tmp_path / "tm.sqlite3"),
    ]


def test_batch_end_to_end_then_rerun_translates_nothing(
    reports: Path, tmp_path: Path, tiny_model_dir: Path
) -> None:
    out = tmp_path / "out"
    common = [
        str(reports),
        "-o",
        str(out),
        "--format",
        "md,json",
        *_model_args(tiny_model_dir, tmp_path),
    ]
    first = _batch(*common)
    assert first.exit_code == 1, first.output
    assert first.stdout == ""
    assert "2 done, 0 skipped, 2 failed" in first.stderr
    assert (
        "empty.txt: the input" in first.stderr
        and "pic.txt: this is a JPEG image, not a document" in first.stderr
    )
    assert " 0 from the translation memory (0%)," in first.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "a.brief.json",
        "a.brief.md",
        "a.en.json",
        "a.en.md",
        "b.brief.json",
        "b.brief.md",
        "b.en.json",
        "b.en.md",
        "manifest.jsonl",
    ]
    doc = json.loads((out / "b.en.json").read_text(encoding="utf-8"))
    assert doc["source"]["encoding"] == "gb18030" and doc["coverage"]["translated"] > 0
    assert doc["provenance"]["model"] == str(tiny_model_dir)
    brief = (out / "a.brief.md").read_text(encoding="utf-8")

    again = _batch(*common)
    assert again.exit_code == 1  # the two bad files still fail
    assert "0 done, 2 skipped, 2 failed" in again.stderr and ", 0 by the model" in again.stderr

    forced = _batch(*common, "--force")
    assert "2 done, 0 skipped, 2 failed" in forced.stderr
    assert "(100%), 0 by the model" in forced.stderr  # from the translation memory only
    assert (out / "a.brief.md").read_text(encoding="utf-8") == brief


def test_clean_batch_exits_zero_and_no_cache_writes_no_database(
    reports: Path, tmp_path: Path, tiny_model_dir: Path
) -> None:
    (reports / "empty.txt").unlink()
    (reports / "pic.txt").unlink()
    out = tmp_path / "out"
    args = ["--model", str(tiny_model_dir), "--precision", "fp32", "--threads", "1"]
    result = _batch(
        str(reports / "a.txt"), str(reports / "b.txt"), "-o", str(out), "--no-cache", *args
    )
    assert result.exit_code == 0, result.output
    assert "2 done, 0 skipped, 0 failed" in result.stderr
    assert sorted(p.name for p in out.glob("*.md")) == [
        "a.brief.md",
        "a.en.md",
        "b.brief.md",
        "b.en.md",
    ]
    assert not list(tmp_path.rglob("*.sqlite3"))


def test_dataset_with_a_missing_field_is_a_clear_error(tmp_path: Path) -> None:
    from zhbrief.cli import cli

    data = tmp_path / "d.jsonl"
    data.write_text('{"body": "中文。"}\n', encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["batch", "--dataset", str(data), "--text-field", "text", "-o", str(tmp_path / "o")]
    )
    assert result.exit_code == 1
    assert "no column 'text'; its columns are body" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["in", "-o", "out", "--resume", "--force"], "--resume and --force contradict"),
        (["in", "-o", "out", "--dataset", "d.jsonl"], "not both"),
        (["in", "-o", "out", "--format", "md,pdf"], "choose one or more of md, json, html"),
        (["in", "-o", "out", "--cache", "x.db", "--no-cache"], "--cache PATH and --no-cache"),
        (["-o", "out"], "give input files or folders, or --dataset FILE"),
        (["--dataset", "d.txt", "-o", "out"], "--dataset reads .jsonl"),
        (["in"], "Missing option '-o'"),
    ],
)
def test_usage_errors_exit_2(
    args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zhbrief.cli import cli

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["batch", *args])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert not (tmp_path / "out").exists()


def test_registered_in_the_main_cli() -> None:
    from zhbrief.cli import cli

    result = CliRunner().invoke(cli, ["batch", "--help"])
    assert result.exit_code == 0
    assert "zhbrief batch --dataset reports.jsonl --text-field body -o out/" in result.stdout
    assert "out/manifest.jsonl" in result.stdout


def _one_line_error(result: Result) -> str:
    """The message of a run that stopped with exit 1 and one ``Error:`` line, no traceback."""
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("dataset", [False, True])
def test_an_unusable_manifest_stops_the_batch_before_any_work(
    reports: Path, tmp_path: Path, force: bool, dataset: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zhbrief.cli import cli

    def no_model(config: object) -> None:
        raise AssertionError("the model was opened before the manifest was checked")

    monkeypatch.setattr("zhbrief.batch.runner.open_translator", no_model)
    out = tmp_path / "out"
    (out / "manifest.jsonl").mkdir(parents=True)  # unwritable, even by root
    data = tmp_path / "d.jsonl"
    data.write_text('{"text": "中国经济稳定发展。"}\n', encoding="utf-8")
    inputs = ["--dataset", str(data)] if dataset else [str(reports)]
    args = ["batch", *inputs, "-o", str(out), "--no-cache", "--model", "fake-model"]
    result = CliRunner().invoke(cli, args + (["--force"] if force else []))
    message = _one_line_error(result)
    assert message == (
        f"Error: cannot use the manifest {out / 'manifest.jsonl'}: Is a directory. It records "
        "what is done, for resuming: make it a writable file (or move it away), or choose "
        "another folder with -o."
    )
    assert sorted(p.name for p in out.iterdir()) == ["manifest.jsonl"]  # nothing written


def test_a_dataset_manifest_that_fails_at_the_end_is_one_line(
    tmp_path: Path, tiny_model_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zhbrief.cli import cli

    def refused(path: Path, record: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("zhbrief.batch.dataset.append_jsonl", refused)
    data = tmp_path / "d.jsonl"
    data.write_text('{"text": "中国经济稳定发展。"}\n', encoding="utf-8")
    out = tmp_path / "out"
    args = ["batch", "--dataset", str(data), "-o", str(out), *_model_args(tiny_model_dir, tmp_path)]
    message = _one_line_error(CliRunner().invoke(cli, args))
    assert message == (
        f"Error: cannot write {out / 'manifest.jsonl'}: Permission denied; the translated "
        "dataset d.translated.jsonl is written, but a rerun will not skip it: free some space "
        "or make the manifest writable, then run the same command again."
    )
    assert (out / "d.translated.jsonl").is_file()
