"""Word and PDF answers of the service, kept apart from the routes.

``/translate_file`` answers a ``.docx`` with a ``.docx`` translated in place (as
LibreTranslate does) and a ``.pdf`` with a ``.docx`` rebuilt from its blocks, or a
``.pdf`` when the form asks ``output=pdf``; text and web pages are answered as before.
``/brief`` answers ``format: docx|pdf`` with the file itself (made in
the request: a job keeps only text results); the web page's Word and PDF buttons ask
for them (the translation memory answers the sentences it has just translated).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi.responses import Response

from . import adapter
from .forms import BadRequest

if TYPE_CHECKING:
    from ..config import Config
    from ..reading import ReadResult
    from ..translate import Translator
    from .adapter import View

FORMATS = ("docx", "pdf")
# What /brief answers: the text formats, then these
BRIEF_FORMATS = (*adapter.FORMATS, *FORMATS)
MEDIA_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
}


def check_view(view: View, fmt: str) -> None:
    if fmt in FORMATS and view == "summary":
        raise BadRequest(f"Invalid request: format {fmt} is made by /brief; ask /brief")


def file_output(read: ReadResult, requested: Any) -> str | None:
    """The document format a translated file comes back in, or ``None`` for text (plain
    text and Markdown uploads; web pages keep their markup elsewhere)."""
    if read.format not in ("docx", "pdf"):
        return None
    if requested in (None, ""):
        return "docx"
    if requested not in FORMATS:
        raise BadRequest(f"Invalid request: output must be docx or pdf, got {requested!r}")
    return str(requested)


def translate_document(
    data: bytes, read: ReadResult, fmt: str, translator: Translator, config: Config
) -> bytes:
    """A Word upload translated in place; a PDF's translation rebuilt as Word (or PDF)."""
    from ..pipeline import analyse, brief_documents
    from ..rendering.outputs import render_output, translate_in_place

    if read.format == "docx":
        return translate_in_place(data, read.name, fmt, translator, config).data
    [doc] = brief_documents([analyse(read, config)], translator, config, scope="full")
    output = render_output(doc, "translation", fmt, config.render)
    assert isinstance(output, bytes)  # docx and pdf are binary
    return output


def document_response(
    doc: Any, view: View, fmt: str, full: bool, config: Config, name: str
) -> Response:
    """A brief as a Word or PDF download."""
    from ..rendering.outputs import render_output

    output = render_output(doc, view, fmt, config.render, full=full)
    data = output if isinstance(output, bytes) else output.encode("utf-8")
    return download(data, fmt, name)


def download(data: bytes, fmt: str, name: str) -> Response:
    """The file as an attachment named after the upload (an ASCII name, and the real
    one in RFC 5987 form: headers are Latin-1)."""
    from urllib.parse import quote

    stem = name.rsplit(".", 1)[0] if "." in name else name
    ascii_stem = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in stem)
    disposition = (
        f'attachment; filename="{ascii_stem.strip("_") or "brief"}.{fmt}"; '
        f"filename*=UTF-8''{quote(stem + '.' + fmt)}"
    )
    return Response(
        data, media_type=MEDIA_TYPES["." + fmt], headers={"Content-Disposition": disposition}
    )
