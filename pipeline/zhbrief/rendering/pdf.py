"""Word files to PDF with LibreOffice headless (``soffice --convert-to pdf``).

LibreOffice, not WeasyPrint: the PDF is then the Word file itself, laid out by a word
processor (tables with merged cells, headers, footers, footnotes, numbering, page
setup, fonts substituted by metric twins), so the DOCX and the PDF a user gets never
disagree, and there is one renderer to keep instead of a second HTML/CSS layout. Each
conversion runs in a private temporary profile (``-env:UserInstallation``) so
concurrent conversions (a batch, the service) never share LibreOffice's lock, with a
time limit (``render.pdf_timeout_s``).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..config import RenderConfig
from ..errors import RenderError

INSTALL_HINT = (
    "PDF output needs LibreOffice: install it (Debian/Ubuntu: apt-get install "
    "libreoffice-writer) or set render.soffice to its program; or ask for --format docx"
)


def soffice_path(config: RenderConfig) -> str:
    """The LibreOffice program, or a ``RenderError`` saying how to install it."""
    found = shutil.which(config.soffice)
    if found is None:
        raise RenderError(f"{config.soffice!r} not found. {INSTALL_HINT}.")
    return found


def docx_to_pdf(data: bytes, config: RenderConfig, name: str = "document") -> bytes:
    """Render a .docx package to PDF bytes."""
    program = soffice_path(config)
    with tempfile.TemporaryDirectory(prefix="zhbrief-pdf-") as tmp:
        folder = Path(tmp)
        source = folder / "document.docx"
        source.write_bytes(data)
        command = [
            program,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ]
        try:
            done = subprocess.run(
                command, capture_output=True, timeout=config.pdf_timeout_s, check=False
            )
        except subprocess.TimeoutExpired as e:
            raise RenderError(
                f"{name}: LibreOffice took longer than {config.pdf_timeout_s:g} s to render "
                "the PDF; raise render.pdf_timeout_s or ask for --format docx"
            ) from e
        pdf = folder / "document.pdf"
        if done.returncode != 0 or not pdf.is_file():
            said = (done.stderr or done.stdout).decode("utf-8", "replace").strip()[-300:]
            raise RenderError(
                f"{name}: LibreOffice could not render the PDF (exit {done.returncode}"
                f"{': ' + said if said else ''}); ask for --format docx instead"
            )
        return pdf.read_bytes()
