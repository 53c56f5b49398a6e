"""The CLI on PDF, DOCX and HTML: segment JSON with its source block, stdin, every bad
input (one line on stderr, exit 1, no traceback), and with the tiny MarianMT model
``brief report.pdf`` and ``batch folder/`` over all three formats."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from doc_fixtures import CJK_FONT, Spec, _register_font, render_docx, render_html, render_pdf
from test_readers import spec

from zhbrief.cli import cli
from zhbrief.cli_batch import batch_command


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def small_spec() -> Spec:
    s = Spec(title="出口报告", header="出口报告 内部资料")
    s.items = [
        ("h1", "一、总体情况"),
        ("p", "今年前三季度出口增长40.1%，达到4345亿元。企业数量增长明显。"),
        ("table", [["地区", "增长"], ["浙江", "12%"]]),
        ("h1", "二、下一步"),
        ("p", "继续扩大开放，支持中小企业开拓海外市场。"),
    ]
    return s


def encrypted_pdf() -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    _register_font()
    out = io.BytesIO()
    c = canvas.Canvas(out, encrypt=pdfencrypt.StandardEncryption("secret", ownerPassword="o"))
    c.setFont(CJK_FONT, 12)
    c.drawString(100, 700, "这是加密文件的内容。")
    c.save()
    return out.getvalue()


def scanned_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.rect(100, 100, 300, 400, fill=1)  # a page image stands in for the scan: no text
    c.showPage()
    c.rect(50, 50, 200, 200, fill=1)
    c.save()
    return out.getvalue()


def zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("readme.txt", "正文。")
    return out.getvalue()


NAV_ONLY = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>首页</title></head><body>"
    "<nav><ul><li><a href='/'>首页</a></li><li><a href='/n'>新闻</a></li></ul></nav>"
    "<footer>版权所有 联系我们</footer></body></html>"
).encode()


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("locked.pdf", encrypted_pdf, "the PDF is encrypted (password protected)"),
        ("scan.pdf", scanned_pdf, "no text layer: scanned document? OCR is not supported"),
        ("cut.pdf", lambda: render_pdf(small_spec())[:700], "the PDF is corrupt or truncated"),
        ("cut.docx", lambda: render_docx(small_spec())[:5000], "corrupt or truncated"),
        ("text.docx", "这其实是纯文本。".encode, "the name says a Word .docx document but"),
        ("archive.docx", zip_bytes, "this is a ZIP archive, not a Word .docx document"),
        ("nav.html", lambda: NAV_ONLY, "no main text found in the HTML page"),
    ],
)
def test_bad_input_one_line_exit_1(tmp_path: Path, name: str, make: object, message: str) -> None:
    path = tmp_path / name
    assert callable(make)
    path.write_bytes(make())
    code, out, err = run("segment", str(path))
    assert code == 1
    assert out == ""
    assert message in err, err
    assert err.strip().count("\n") == 0 and "Traceback" not in err
    assert err.startswith(f"zhbrief: {path}") or str(path) in err


def test_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    path.write_bytes(render_pdf(spec()))
    profile = tmp_path / "small.yaml"
    profile.write_text("read:\n  max_bytes: 2000\n", encoding="utf-8")
    code, out, err = run("segment", str(path), "--config", str(profile))
    assert code == 1 and out == ""
    assert "is larger than the limit of 2,000 (read.max_bytes)" in err
    assert err.strip().count("\n") == 0


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_segment_json_source_block_from_file_and_stdin(tmp_path: Path, fmt: str) -> None:
    data = {"pdf": render_pdf, "docx": render_docx, "html": render_html}[fmt](spec())
    path = tmp_path / f"report.{fmt}"
    path.write_bytes(data)
    for arg, stdin in ((str(path), None), ("-", data)):
        code, out, err = run("segment", arg, "--format", "json", stdin=stdin)
        assert code == 0, err
        doc = json.loads(out)
        source = doc["source"]
        assert source["format"] == fmt
        assert source.get("pages") == (3 if fmt == "pdf" else None)
        paragraphs = [p for sec in doc["sections"] for p in sec["paragraphs"]]
        assert len(source["paragraphs"]) == len(paragraphs)
        assert {p["kind"] for p in source["paragraphs"]} >= {"body", "table"}
        if fmt == "pdf":
            assert all(p["page"] in (1, 2, 3) for p in source["paragraphs"])
        titles = [s["title"]["zh"] for s in doc["sections"] if s["title"]]
        assert titles == ["一、过去一年工作回顾", "（一）稳定经济增长", "二、今年工作任务"]


def test_help_does_not_import_the_format_libraries() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from zhbrief.cli import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('HEAVY', [m for m in ('pdfplumber', 'pdfminer', 'pypdfium2', 'docx', "
        "'trafilatura', 'lxml') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY []" in out.stdout


def _model_args(model: Path) -> list[str]:
    return ["--model", str(model), "--beams", "1", "--precision", "fp32", "--threads", "1"]


@pytest.mark.slow
def test_brief_pdf_cites_pages(tmp_path: Path, tiny_model_dir: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(render_pdf(small_spec()))
    code, out, err = run("brief", str(path), *_model_args(tiny_model_dir), "-q", "--no-cache")
    assert code == 0, err
    assert "PDF, 1 page, " in out  # the provenance line
    assert "## Key figures" in out
    assert "| 1, p. 1 |" in out or "| 2, p. 1 |" in out  # section and page of a key figure


@pytest.mark.slow
def test_batch_folder_with_all_formats(tmp_path: Path, tiny_model_dir: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(render_pdf(small_spec()))
    (folder / "b.docx").write_bytes(render_docx(small_spec()))
    (folder / "c.html").write_bytes(render_html(small_spec(), encoding="gbk"))
    (folder / "d.htm").write_bytes(render_html(small_spec()))
    (folder / "e.txt").write_text("一、总体情况\n出口增长。\n", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(scanned_pdf())
    out = tmp_path / "out"
    args = [str(folder), "-o", str(out), "--format", "md,json", *_model_args(tiny_model_dir)]
    args += ["--cache", str(tmp_path / "tm.sqlite3")]
    result = CliRunner().invoke(batch_command, args)
    assert result.exit_code == 1  # the scanned PDF failed, the rest went on
    rows = {}
    for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows[row["input"]] = row
    assert {k: r["status"] for k, r in rows.items()} == {
        "a.pdf": "done",
        "b.docx": "done",
        "c.html": "done",
        "d.htm": "done",
        "e.txt": "done",
        "scan.pdf": "failed",
    }
    assert [rows[k]["format"] for k in ("a.pdf", "b.docx", "c.html", "e.txt")] == [
        "pdf",
        "docx",
        "html",
        "text",
    ]
    assert rows["a.pdf"]["pages"] == 1 and "pages" not in rows["b.docx"]
    assert rows["c.html"]["encoding"] == "gb18030"
    assert "no text layer" in rows["scan.pdf"]["error"]
    for base in ("a", "b", "c", "d"):
        brief = json.loads((out / f"{base}.brief.json").read_text(encoding="utf-8"))
        heads = [s["title"]["zh"] for s in brief["sections"] if s["title"]]
        assert heads == ["一、总体情况", "二、下一步"], base
        kinds = [p.get("kind", "body") for s in brief["sections"] for p in s["paragraphs"]]
        assert kinds.count("table") == 2
