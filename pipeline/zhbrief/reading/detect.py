"""Recognise the input format from its bytes (magic numbers and markup), not its name."""

from __future__ import annotations

import re

from ..errors import InputError
from .archive import zip_members

_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_TAGS = re.compile(rb"<(?:head|body|meta|title|div|p|h[1-6])\b[^>]*>", re.I)
_OTHER_BINARY = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
}
# The suffixes that promise a format: a file named so must be one
_PROMISED = {".pdf": "pdf", ".docx": "docx"}
_NAMES = {"pdf": "a PDF", "docx": "a Word .docx document"}
_TEXT = {".txt", ".md", ".markdown", ".text"}
_MARKDOWN = {".md", ".markdown"}


def _bom_stripped(data: bytes) -> bytes:
    return data[3:] if data.startswith(b"\xef\xbb\xbf") else data


def _zip_kind(data: bytes, name: str) -> str:
    names = {info.filename for info in zip_members(data, name)}
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("xl/") for n in names) or any(n.startswith("ppt/") for n in names):
        raise InputError(
            f"{name}: this is an Excel or PowerPoint file; zhbrief reads .docx, .pdf, "
            ".html, .txt and .md."
        )
    raise InputError(
        f"{name}: this is a ZIP archive, not a Word .docx document; unpack it and give "
        "the documents inside."
    )


def detect_format(data: bytes, name: str = "<input>") -> str:
    """``pdf``, ``docx``, ``html``, ``markdown`` (text named ``.md``) or ``text``; raises
    ``InputError`` for other binaries.

    A file whose suffix promises PDF or DOCX but whose bytes are something else is
    refused rather than read as text, since its content is not what the user meant.
    """
    head = data[:2048]
    if b"%PDF-" in data[:1024]:
        found = "pdf"
    elif head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        found = _zip_kind(data, name)
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(
            f"{name}: this is a legacy Word .doc (or other OLE Office) file; save it as "
            ".docx and try again."
        )
    else:
        for magic, what in _OTHER_BINARY.items():
            if head.startswith(magic):
                raise InputError(
                    f"{name}: this is {what}, not a document; zhbrief reads .txt, .md, "
                    ".pdf, .docx and .html files."
                )
        # a .txt/.md that opens with some markup stays text unless it is a whole page
        found = "html" if _is_html(data, fragments=_suffix(name) not in _TEXT) else "text"
        if found == "text" and _suffix(name) in _MARKDOWN:
            found = "markdown"  # read as its author sees it rendered
    promised = _PROMISED.get(_suffix(name))
    if promised is not None and found != promised:
        what = "HTML" if found == "html" else "text" if found == "text" else found.upper()
        if found == "text" and _binary(data):
            what = "binary data of no kind zhbrief reads"
        raise InputError(
            f"{name}: the name says {_NAMES[promised]} but the content is {what}; "
            "rename it to its real type or give the original file."
        )
    return found


_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13, 27}
_BINARY_SHARE = 0.05  # text has next to no control bytes; random or packed data many


def _binary(data: bytes) -> bool:
    """Bytes that are no text in any encoding: many control bytes in the first 4 KiB."""
    head = data[:4096]
    return bool(head) and sum(b in _CONTROL_BYTES for b in head) > _BINARY_SHARE * len(head)


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > name.rfind("/") else ""


def _is_html(data: bytes, fragments: bool = True) -> bool:
    head = _bom_stripped(data[:4096])
    for enc in ("utf-16", "utf-16-le"):
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            head = head.decode(enc, errors="ignore").encode("ascii", errors="ignore")
            break
    if _HTML_START.match(head):
        return True
    # A fragment without <html>: starts with markup and has several document tags
    return fragments and head.lstrip().startswith(b"<") and len(_HTML_TAGS.findall(head)) >= 3
