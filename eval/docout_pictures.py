"""Page-1 pictures of the Word/PDF outputs, for docs/documents.md.

The 2017 government work report as a Word file (``bench_docout.report_docx``'s way),
translated in place and as the bilingual edition, and the seed article's brief; each
rendered to PDF by LibreOffice and page 1 to PNG by ``pdftoppm -png -r 60 -f 1 -l 1``.
The model is the tests' tiny random-weight one, so the English is noise: the pictures
show the layout.

    python eval/docout_pictures.py      # writes eval/docout/*.png
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_common import ROOT, SEED

sys.path.insert(0, str(ROOT / "pipeline"))
OUT = ROOT / "eval" / "docout"


def page_one(pdf: bytes, name: str, folder: Path) -> Path:
    source = folder / f"{name}.pdf"
    source.write_bytes(pdf)
    stem = OUT / name
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(source),
            str(stem),
        ],
        check=True,
        timeout=120,
    )
    return Path(f"{stem}.png")  # pdftoppm adds the suffix (the stem may hold a dot)


def main() -> None:
    import bench_docout

    from zhbrief.config import load_config
    from zhbrief.pipeline import brief
    from zhbrief.reading import decode_bytes
    from zhbrief.rendering.docx import bilingual_docx, brief_docx
    from zhbrief.rendering.inplace import translate_docx
    from zhbrief.rendering.pdf import docx_to_pdf
    from zhbrief.testing import build_tiny_model
    from zhbrief.translate import load_translator

    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm is missing: apt-get install poppler-utils")
    bench_docout.REPORTS = bench_docout.REPORTS[-1:]  # one report is enough for page 1
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text = SEED.read_text(encoding="utf-8")
        lines = [p + "。" for p in text.replace("！", "。").split("。") if p.strip()]
        model = build_tiny_model(folder / "tiny", lines)
        config = load_config(None, {"translate.model": str(model), "cache.enabled": False})
        translator = load_translator(config.translate)
        data = bench_docout.report_docx()
        report = translate_docx(data, "gwr_2017.docx", translator, config).data
        doc = brief(
            decode_bytes(data, "gwr_2017.docx"), config, translator=translator, scope="full"
        )
        seed = brief(decode_bytes(SEED.read_bytes(), SEED.name), config, translator=translator)
        for name, docx_bytes in (
            ("report.en", report),
            ("report.bilingual", bilingual_docx(doc)),
            ("brief", brief_docx(seed)),
        ):
            print(page_one(docx_to_pdf(docx_bytes, config.render, name), name, folder))


if __name__ == "__main__":
    main()
