"""Embedded encoding CMaps, which pdfminer does not read.

A Type0 font's ``/Encoding`` may be a CMap stream of the PDF's own (fpdf2 writes one
named ``Adobe-Identity-UCS``, mapping its subset's codes 1, 2, 3 ... to the CIDs of
the whole font). pdfminer looks the CMap up by its name among the predefined ones,
finds none, and decodes no character at all: the page reads as empty (PDFium and
Poppler read the stream). Here the stream's ``cidchar``/``cidrange`` entries become
the font's CMap, and its ToUnicode map, which is keyed by code, is re-keyed by CID,
as pdfminer looks characters up by CID.
"""

from __future__ import annotations

import re
from typing import Any

_CID_CHARS = re.compile(rb"begincidchar(.*?)endcidchar", re.S)
_CID_RANGES = re.compile(rb"begincidrange(.*?)endcidrange", re.S)
_CHAR = re.compile(rb"<\s*([0-9A-Fa-f\s]+?)\s*>\s*(\d+)")
_RANGE = re.compile(rb"<\s*([0-9A-Fa-f\s]+?)\s*>\s*<\s*([0-9A-Fa-f\s]+?)\s*>\s*(\d+)")
_MAX_RANGE = 0x10000  # a two-byte code space; a longer range is no CMap's


def _code(hexdigits: bytes) -> bytes:
    return bytes.fromhex(re.sub(rb"\s+", b"", hexdigits).decode("ascii"))


def encoding_entries(data: bytes) -> dict[bytes, int]:
    """Each code of an embedded CMap with the CID it selects (codes as bytes)."""
    out: dict[bytes, int] = {}
    for block in _CID_RANGES.findall(data):
        for lo, hi, cid in _RANGE.findall(block):
            first, last = _code(lo), _code(hi)
            start, end = int.from_bytes(first, "big"), int.from_bytes(last, "big")
            if len(first) != len(last) or not 0 <= end - start < _MAX_RANGE:
                continue
            for k in range(end - start + 1):
                out[(start + k).to_bytes(len(first), "big")] = int(cid) + k
    for block in _CID_CHARS.findall(data):
        for code, cid in _CHAR.findall(block):
            out[_code(code)] = int(cid)
    return out


_installed = False


def read_embedded_cmaps() -> None:
    """Teach pdfminer's CID fonts their embedded encoding CMap (once per process)."""
    global _installed
    if _installed:
        return
    from pdfminer.pdffont import PDFCIDFont

    original = PDFCIDFont.__init__

    def init(self: PDFCIDFont, rsrcmgr: Any, spec: Any, *args: Any, **kwargs: Any) -> None:
        original(self, rsrcmgr, spec, *args, **kwargs)
        _embedded_encoding(self, spec)

    PDFCIDFont.__init__ = init  # type: ignore[method-assign]
    _installed = True


def _embedded_encoding(font: Any, spec: Any) -> None:
    from pdfminer.cmapdb import FileCMap, FileUnicodeMap
    from pdfminer.pdftypes import PDFStream, resolve1

    encoding = resolve1(spec.get("Encoding"))
    if not isinstance(encoding, PDFStream) or getattr(font.cmap, "code2cid", None):
        return  # a predefined CMap (found by name) is pdfminer's own business
    try:
        entries = encoding_entries(encoding.get_data())
        lengths = {len(code) for code in entries}
        if not entries or len(lengths) != 1 or 0 in lengths:
            return  # codes of mixed lengths need the code space ranges: not read here
        cmap = FileCMap()
        for code, cid in entries.items():
            cmap.add_code2cid(code.decode("latin-1"), cid)
    except Exception:  # an unreadable stream: pdfminer's (empty) reading stands
        return
    old = font.unicode_map
    # only a ToUnicode stream is keyed by code; pdfminer's own maps (from a collection's
    # ordering or the embedded font's cmap) are keyed by CID already
    if isinstance(resolve1(spec.get("ToUnicode")), PDFStream) and isinstance(old, FileUnicodeMap):
        by_cid = FileUnicodeMap()
        for code, cid in entries.items():
            text = old.cid2unichr.get(int.from_bytes(code, "big"))
            if text is not None:
                by_cid.cid2unichr[cid] = text
        font.unicode_map = by_cid
    font.cmap = cmap
