"""Which output a command's ``--format`` (and ``--bilingual``) asks for, as text or bytes.

Text formats (md, json, html) come from ``text.render``; ``docx`` is a Word file and
``pdf`` that Word file rendered by LibreOffice. A Word file in, asked for as its
translation in Word or PDF, is translated in place (``inplace``), its layout kept;
every other source's Word file is rebuilt from its blocks (``docx``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import UsageError
from .text import Format, View, render

if TYPE_CHECKING:
    from ..config import Config, RenderConfig
    from ..document import Document
    from ..translate import Progress, Translator
    from .inplace import InPlaceResult

BINARY_FORMATS = ("docx", "pdf")
OUTPUT_FORMATS = ("md", "json", "html", "docx", "pdf")
BILINGUAL_FORMATS = ("html", "docx", "pdf")


def check_request(view: View, fmt: str, bilingual: bool) -> None:
    """Refuse what no renderer makes, before any work."""
    if bilingual and fmt not in BILINGUAL_FORMATS:
        raise UsageError(
            f"--bilingual makes an html, docx or pdf edition, not {fmt}; add --format html"
        )
    if fmt in BINARY_FORMATS and view not in ("brief", "translation"):
        raise UsageError(
            f"--format {fmt} is made for `translate` and `brief`; choose md, json or html here"
        )


def in_place(source_format: str, view: View, fmt: str, bilingual: bool) -> bool:
    """A Word source asked for as its Word (or PDF) translation keeps its layout."""
    return (
        source_format == "docx"
        and view == "translation"
        and fmt in BINARY_FORMATS
        and (not bilingual)
    )


def render_output(
    doc: Document,
    view: View,
    fmt: str,
    config: RenderConfig,
    *,
    full: bool = False,
    bilingual: bool = False,
) -> str | bytes:
    """The output of one document: text for md/json/html, bytes for docx/pdf."""
    check_request(view, fmt, bilingual)
    if fmt not in BINARY_FORMATS:
        if bilingual:
            from .bilingual import bilingual_html

            return bilingual_html(doc)
        text_format: Format = "md" if fmt == "md" else "json" if fmt == "json" else "html"
        return render(doc, view, text_format, full)
    from .docx import builder

    data = builder(view, full, bilingual)(doc)
    return to_format(data, fmt, config, doc.source.name)


def to_format(data: bytes, fmt: str, config: RenderConfig, name: str) -> bytes:
    """A Word file as itself, or rendered to PDF."""
    if fmt == "pdf":
        from .pdf import docx_to_pdf

        return docx_to_pdf(data, config, name)
    return data


def translate_in_place(
    data: bytes,
    name: str,
    fmt: str,
    translator: Translator,
    config: Config,
    progress: bool | Progress = False,
) -> InPlaceResult:
    """A Word file translated in place, as docx or pdf (``result.data``)."""
    from .inplace import translate_docx

    result = translate_docx(data, name, translator, config, progress=progress)
    result.data = to_format(result.data, fmt, config.render, name)
    return result
