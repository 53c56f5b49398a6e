"""LibreOffice opens every Word file zhbrief writes: the in-place translation of the
made document and of each real Word file, the translation rebuilt from a PDF, the
bilingual edition and the brief. One ``soffice`` call converts them all (it is slow),
in a private profile; each PDF must exist and its text must be extractable and hold
the English written into the Word file. Without LibreOffice the tests skip locally and
fail in CI (env ``CI``), which installs it (``.ci/run``)."""

from __future__ import annotations

import subprocess

import pytest
from doc_fixtures import RICH_BOLD, RICH_FOOTNOTE, render_pdf, rich_docx
from standins import StandIn
from test_docx_inplace import REALDOCS, en
from test_readers import spec

from zhbrief.config import Config
from zhbrief.pipeline import brief
from zhbrief.reading import decode_bytes
from zhbrief.rendering.docx import bilingual_docx, brief_docx, translation_docx
from zhbrief.rendering.inplace import translate_docx


@pytest.fixture(scope="module")
def pdf_texts(tmp_path_factory: pytest.TempPathFactory, soffice: str) -> dict[str, str]:
    import pdfplumber

    program = soffice
    folder = tmp_path_factory.mktemp("lo")
    config = Config()
    outputs = {"rich": translate_docx(rich_docx(), "rich.docx", StandIn(), config).data}
    doc = brief(
        decode_bytes(render_pdf(spec()), "report.pdf"), config, translator=StandIn(), scope="full"
    )
    outputs["rebuilt"] = translation_docx(doc)
    outputs["bilingual"] = bilingual_docx(doc)
    outputs["brief"] = brief_docx(doc)
    for path in sorted(REALDOCS.glob("*.docx")) if REALDOCS.is_dir() else []:
        outputs[path.stem] = translate_docx(path.read_bytes(), path.name, StandIn(), config).data
    for name, data in outputs.items():
        (folder / f"{name}.docx").write_bytes(data)
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "pdf"),
            *sorted(str(p) for p in folder.glob("*.docx")),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    texts: dict[str, str] = {}
    for name in outputs:
        with pdfplumber.open(folder / "pdf" / f"{name}.pdf") as pdf:
            texts[name] = "\n".join(page.extract_text() or "" for page in pdf.pages)
    return texts


def test_every_output_opens_and_its_text_is_extractable(pdf_texts: dict[str, str]) -> None:
    expected = {"rich", "rebuilt", "bilingual", "brief"}
    if REALDOCS.is_dir():
        expected |= {p.stem for p in REALDOCS.glob("*.docx")}
    assert set(pdf_texts) == expected
    for name, text in pdf_texts.items():
        assert len(text.split()) > 5, name  # real words, not an empty render


def test_pdf_holds_the_english_written(pdf_texts: dict[str, str]) -> None:
    rich = pdf_texts["rich"].replace("\n", " ")
    assert en(RICH_BOLD) in rich and en(RICH_FOOTNOTE) in rich  # body and footnote
    assert "Key points" in pdf_texts["brief"] and "Checks:" in pdf_texts["brief"]
    assert "Chinese" in pdf_texts["bilingual"] and "English" in pdf_texts["bilingual"]
