"""Word, PDF and bilingual outputs: documents rebuilt from the reader's blocks (a PDF
in), the brief as a Word file, the bilingual edition with its flags, and the CLI's
``--format docx|pdf``, ``-o`` suffixes, ``--bilingual`` and binary-stdout rules."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from doc_fixtures import render_pdf, rich_docx
from standins import StandIn
from test_readers import HEADINGS, spec

from zhbrief.cli import cli
from zhbrief.config import Config, RenderConfig
from zhbrief.document import Document, Flag
from zhbrief.errors import RenderError, UsageError
from zhbrief.iofiles import check_output
from zhbrief.pipeline import brief
from zhbrief.reading import decode_bytes
from zhbrief.rendering.bilingual import bilingual_html
from zhbrief.rendering.docx import bilingual_docx, brief_docx, translation_docx
from zhbrief.rendering.inplace import HAN
from zhbrief.rendering.outputs import render_output
from zhbrief.rendering.pdf import docx_to_pdf


def word(data: bytes) -> Any:
    import docx

    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def pdf_doc() -> Document:
    read = decode_bytes(render_pdf(spec()), "report.pdf")
    return brief(read, Config(), translator=StandIn(), scope="full")


def test_pdf_translation_rebuilt_from_blocks(pdf_doc: Document) -> None:
    d = word(translation_docx(pdf_doc))
    styles = [(p.style.name, p.text) for p in d.paragraphs]
    headings = [(name, text) for name, text in styles if name.startswith("Heading")]
    english = {h.zh.lstrip("#").strip(): h.en for h in pdf_doc.headings()}
    assert headings == [(f"Heading {lv}", english[zh]) for zh, lv in HEADINGS]
    assert styles[0][0] == "Title" and styles[0][1] == pdf_doc.title.en  # type: ignore[union-attr]
    # Every body paragraph once, in order, in English; footnotes as small notes
    body = [p for sec in pdf_doc.sections for p in sec.paragraphs if p.kind == "body"]
    texts = [t for name, t in styles if name == "Normal" and t]
    for p in body:
        assert " ".join(s.en or "" for s in p.sentences) in texts
    notes = [t for name, t in styles if name == "Note"]
    assert len(notes) == sum(
        p.kind == "footnote" for sec in pdf_doc.sections for p in sec.paragraphs
    )
    assert len(d.tables) == 1 and len(d.tables[0].rows) == 3  # the table, its shape
    breaks = d.element.body.xml.count('w:type="page"')
    assert breaks == (pdf_doc.source.pages or 0) - 1  # one break per source page change
    assert not any(HAN.search(t) for _, t in styles)


def test_brief_docx_holds_the_brief(pdf_doc: Document) -> None:
    d = word(brief_docx(pdf_doc))
    text = [p.text for p in d.paragraphs]
    assert d.paragraphs[0].style.name == "Title"
    assert "Key points" in text and text[-1].startswith("Checks: ")
    bullets = [p.text for p in d.paragraphs if p.style.name == "List Bullet"]
    assert [s.en for s in pdf_doc.key_points()] == bullets[: len(pdf_doc.key_points())]
    if pdf_doc.key_figures:  # the figures table: English label, Chinese second line
        table = d.tables[0]
        assert [c.text for c in table.rows[0].cells] == ["figure", "what it measures", "section"]
        assert len(table.rows) == len(pdf_doc.key_figures) + 1


def test_bilingual_edition_shows_flags(pdf_doc: Document) -> None:
    sentence = next(pdf_doc.sentences())
    sentence.flags = [Flag("number", "4345亿元 missing from the English")]
    try:
        html = bilingual_html(pdf_doc)
        d = word(bilingual_docx(pdf_doc))
    finally:
        sentence.flags = []
    assert '<mark class="flag" title="4345亿元 missing from the English">' in html
    rows = d.tables[0].rows
    assert [c.text for c in rows[0].cells] == ["Chinese", "English"]
    flagged = [r for r in rows if "[⚑ number: 4345亿元 missing" in r.cells[1].text]
    assert len(flagged) == 1 and sentence.zh in flagged[0].cells[0].text
    red = [r for p in flagged[0].cells[1].paragraphs for r in p.runs if "⚑" in r.text]
    assert str(red[0].font.color.rgb) == "B00020"
    # One row per heading and paragraph (and the title), Chinese left, English right
    units = sum(len(s.paragraphs) + (s.heading is not None) for s in pdf_doc.sections)
    assert len(rows) == 1 + units + (pdf_doc.title is not None)


def test_render_output_refuses_what_it_cannot_make(pdf_doc: Document) -> None:
    with pytest.raises(UsageError, match="--bilingual makes an html, docx or pdf"):
        render_output(pdf_doc, "translation", "md", RenderConfig(), bilingual=True)
    with pytest.raises(UsageError, match="made for `translate` and `brief`"):
        render_output(pdf_doc, "summary", "docx", RenderConfig())


def test_missing_libreoffice_says_how_to_install() -> None:
    with pytest.raises(RenderError, match="apt-get install libreoffice-writer"):
        docx_to_pdf(b"PK", RenderConfig(soffice="no-such-soffice-here"))


def test_binary_format_refuses_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdout", Terminal())
    with pytest.raises(UsageError, match=r"give -o FILE\.docx"):
        check_output(None, "docx")
    check_output(None)  # text formats still go to the terminal


# ---------------------------------------------------------------- the CLI, tiny model


def run(*args: str) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout_bytes, result.stderr


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "rich.docx").write_bytes(rich_docx())
    (folder / "report.pdf").write_bytes(render_pdf(spec()))
    return folder


def test_cli_docx_in_place_and_rebuilt(tiny_model_dir: Path, inputs: Path, tmp_path: Path) -> None:
    m = ["--model", str(tiny_model_dir), "-q", "--no-cache"]
    code, _, err = run("translate", str(inputs / "rich.docx"), *m, "-o", str(tmp_path / "r.docx"))
    assert code == 0, err
    source, out = word(rich_docx()), word((tmp_path / "r.docx").read_bytes())
    assert [p.style.name for p in out.paragraphs] == [p.style.name for p in source.paragraphs]
    assert len(out.tables[0].rows) == 3 and len(out.inline_shapes) == 1
    code, _, err = run("translate", str(inputs / "report.pdf"), *m, "-o", str(tmp_path / "p.docx"))
    assert code == 0, err
    styles = [p.style.name for p in word((tmp_path / "p.docx").read_bytes()).paragraphs]
    assert styles[0] == "Title" and "Heading 2" in styles
    code, data, err = run(
        "translate", str(inputs / "rich.docx"), *m, "--bilingual", "--format", "docx"
    )
    assert code == 0, err
    assert [c.text for c in word(data).tables[0].rows[0].cells] == ["Chinese", "English"]
    code, data, err = run(
        "translate", str(inputs / "report.pdf"), *m, "--bilingual", "-o", str(tmp_path / "b.html")
    )
    assert code == 0 and "<th>Chinese</th><th>English</th>" in (tmp_path / "b.html").read_text()
    code, _, err = run("summarise", str(inputs / "rich.docx"), *m, "-o", str(tmp_path / "s.docx"))
    assert code == 2 and "made for `translate` and `brief`" in err
    assert not (tmp_path / "s.docx").exists()


def test_cli_brief_as_pdf(tiny_model_dir: Path, inputs: Path, tmp_path: Path) -> None:
    """The one PDF this module renders (LibreOffice is slow): the brief, then its text."""
    import pdfplumber

    from zhbrief.rendering.pdf import soffice_path

    try:
        soffice_path(RenderConfig())
    except RenderError:
        if __import__("os").environ.get("CI"):
            raise
        pytest.skip("LibreOffice is not installed (CI installs it)")
    target = tmp_path / "brief.pdf"
    m = ["--model", str(tiny_model_dir), "-q", "--no-cache"]
    code, _, err = run("brief", str(inputs / "report.pdf"), *m, "-o", str(target))
    assert code == 0, err
    with pdfplumber.open(target) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Key points" in text and "Checks:" in text
    assert zipfile.is_zipfile(target) is False and target.read_bytes().startswith(b"%PDF")


def test_batch_writes_word_and_pdf(tiny_model_dir: Path, inputs: Path, tmp_path: Path) -> None:
    """``batch --format docx,pdf``: a Word input's translation in place, a PDF input's
    rebuilt, every brief as Word and PDF; all listed in the manifest."""
    import json

    from zhbrief.cli_batch import batch_command

    try:
        from zhbrief.rendering.pdf import soffice_path

        soffice_path(RenderConfig())
        formats = "docx,pdf"
    except RenderError:
        if __import__("os").environ.get("CI"):
            raise
        formats = "docx"  # locally without LibreOffice: the Word half
    out = tmp_path / "out"
    args = [str(inputs / "rich.docx"), "-o", str(out), "--format", formats, "-q"]
    result = CliRunner().invoke(batch_command, [*args, "--model", str(tiny_model_dir)])
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in out.iterdir() if p.name != "manifest.jsonl")
    wanted = {f"rich.{tag}.{fmt}" for tag in ("brief", "en") for fmt in formats.split(",")}
    assert set(names) == wanted
    source, translated = word(rich_docx()), word((out / "rich.en.docx").read_bytes())
    assert [p.style.name for p in translated.paragraphs] == [
        p.style.name for p in source.paragraphs
    ]  # in place
    assert word((out / "rich.brief.docx").read_bytes()).paragraphs[0].style.name == "Title"
    for name in wanted:
        if name.endswith(".pdf"):
            assert (out / name).read_bytes().startswith(b"%PDF")
    entry = json.loads((out / "manifest.jsonl").read_text().splitlines()[-1])
    assert entry["status"] == "done" and sorted(entry["outputs"]) == sorted(wanted)
