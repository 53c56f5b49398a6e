"""Plain text and the dispatch to the structured readers.

The format is recognised from the bytes (``detect.detect_format``), not the name:
PDF, DOCX and HTML go to their readers in this package (``pdf``, ``docx``,
``html``), which return the text as extracted plus structural blocks (headings with
levels, paragraphs, tables, footnotes, pages) for the segmenter. For plain text, UTF-8
(with or without BOM) is tried first because it is unambiguous; everything else
(GB18030/GBK, Big5, UTF-16 with BOM) goes through charset-normalizer. Line endings
become ``\\n``; control characters other than newline and tab are removed. Empty,
binary, undecodable and oversized inputs raise ``InputError`` with the reason.
"""

from __future__ import annotations

import logging
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..config import ReadConfig
from ..errors import InputError
from .archive import check_zip
from .base import CONTROL, Block, Extracted, fold_compat, nest_numbered
from .detect import detect_format
from .frontmatter import split_front_matter

# C0/C1 controls except \t and \n, plus DEL; zero-width no-break space (stray BOMs)
# Han characters of every plane: the BMP blocks and Extensions B-I with the
# compatibility supplement (U+20000-U+2FA1F, U+30000-U+323AF)
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f\U00030000-\U000323af]")
_CJK_PUNCT = re.compile("[\u3000-\u303f\uff00-\uffef]")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReadResult:
    text: str
    encoding: str
    name: str
    format: str = "text"  # text, pdf, docx, html
    # Structure from a PDF/DOCX/HTML reader; None for plain text (the segmenter infers it)
    blocks: tuple[Block, ...] | None = None
    pages: int | None = None  # PDF page count
    metadata: tuple[tuple[str, str], ...] = ()  # title, author, date from the file
    # Plain text whose front matter names the title: where its value stands in ``text``
    title: tuple[int, int] | None = None


FORMATS = ("text", "markdown", "pdf", "docx", "html")
_FORMAT_NAMES = {
    "pdf": "PDF",
    "docx": "Word document",
    "html": "HTML page",
    "markdown": "Markdown file",
}


def _looks_binary(data: bytes) -> str | None:
    """Why ``data`` is not text (known binary formats are named by ``detect_format``)."""
    sample = data[:8192]
    has_utf16_bom = sample.startswith((b"\xff\xfe", b"\xfe\xff"))
    if b"\x00" in sample and not has_utf16_bom and _utf16_without_bom(data) is None:
        return "it contains NUL bytes, so it is binary, not text"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``data`` reads as Chinese in it, else ``None``.

    UTF-16 writes ASCII (newlines, digits, spaces) with a NUL byte, which no 8-bit
    text has: without a NUL, ``None``. The byte order is the one that puts the NULs
    in the high byte, making those characters ASCII (the other order makes them
    U+xx00); the text must then have no control characters, and at least half of
    its other characters must be Han or CJK punctuation. Random binary data fails;
    so does ASCII with NULs, whose byte pairs read as Han characters made of two
    printable ASCII bytes (about a fifth of real Han characters are).
    """
    sample = data[: 1 << 16]
    if len(data) % 2 or b"\x00" not in sample:
        return None
    readings = []
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            try:  # the sample may end inside a surrogate pair
                text = sample[:-2].decode(encoding)
            except UnicodeDecodeError:
                continue
        if not CONTROL.search(text.replace("\r", "")) and "\x00" not in text:
            readings.append((sum(c < "\u0100" for c in text), encoding, text))
    if not readings:
        return None
    _, encoding, text = max(readings)
    other = [c for c in text if c >= "\u0100" and not c.isspace()]
    han = _CJK.findall(text)
    chinese = len(han) + len(_CJK_PUNCT.findall(text))
    ascii_pairs = sum(1 for c in han if _printable(ord(c) >> 8) and _printable(ord(c) & 0xFF))
    if not other or chinese * 2 < len(other) or ascii_pairs >= 0.6 * len(han):
        return None
    return encoding


def _printable(byte: int) -> bool:
    return 0x20 <= byte <= 0x7E


def _utf8(data: bytes, name: str, warn: bool = True) -> str | None:
    """``data`` as UTF-8, or ``None``. A file cut inside its last character (a
    download or copy that stopped early) is read without that character, with a
    warning, rather than refused for the few bytes at its end."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        cut = len(data) - e.start
        if e.reason != "unexpected end of data" or cut > 3:
            return None
        text = data[: e.start].decode("utf-8")
        if warn:
            log.warning(
                "%s: the file ends inside a UTF-8 character (its last %d byte(s) are "
                "an incomplete character); read without it",
                name,
                cut,
            )
        return text


def _decode(data: bytes, name: str, warn: bool = True) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        text = _utf8(data[3:], name, warn)
        if text is not None:
            return text, "utf-8-sig"
    utf16 = _utf16_without_bom(data)  # before UTF-8: UTF-16 of ASCII is valid UTF-8
    if utf16 is not None:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass  # past the sample it is not UTF-16 after all
    text = _utf8(data, name, warn)
    if text is not None:
        return text, "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "utf_32", "cp950"]).best()
    if best is None:
        raise InputError(
            f"{name}: cannot decode the text: it is not UTF-8, GB18030/GBK or Big5. "
            "Convert it to UTF-8 (for example with iconv) and try again."
        )
    encoding = best.encoding
    # GBK and GB2312 are subsets of GB18030; decoding with the superset loses nothing
    if encoding in ("gbk", "gb2312"):
        encoding = "gb18030"
    return data.decode(encoding), encoding


def iconv_encoding(data: bytes) -> str | None:
    """The encoding ``data`` reads as, spelled for ``iconv -f`` (GB18030, UTF-16LE,
    BIG5, ...); ``None`` when it reads as none of them."""
    try:
        _, encoding = _decode(data, "", warn=False)
    except InputError:
        return None
    return _ICONV_NAMES.get(encoding, encoding.upper().replace("_", "-"))


_ICONV_NAMES = {"utf-8-sig": "UTF-8", "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE"}


def normalise(text: str) -> str:
    """Unify line endings, drop control characters, NFC-normalise, fold radicals and
    compatibility ideographs (one character each, so offsets are unchanged)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n")
    text = CONTROL.sub("", text)
    return fold_compat(unicodedata.normalize("NFC", text))


def decode_text(data: bytes, name: str) -> str:
    """``data`` as normalised text in the encoding it reads as, whatever its format says
    (a Markdown file's source with its marks, for a client that wants it back so)."""
    raw, _ = _decode(data, name)
    return normalise(raw)


def decode_bytes(
    data: bytes,
    name: str = "<input>",
    max_bytes: int | None = None,
    *,
    limits: ReadConfig | None = None,
    progress: bool = False,
) -> ReadResult:
    """``data`` read as its format says; ``limits`` bound what an archive may unpack to
    (the defaults when ``None``); ``progress`` shows a bar on stderr on long reads."""
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(
            f"{name}: {len(data):,} bytes is larger than the limit of {max_bytes:,} "
            "(read.max_bytes); split the file, by chapter for instance, or raise the limit "
            "in a config profile (at the 10 MB default reading and summarising take under "
            "0.6 GiB of memory; time and memory grow with the size)."
        )
    if not data.strip():
        raise InputError(f"{name}: the input is empty; give a file with Chinese text.")
    fmt = detect_format(data, name)
    if fmt not in ("text", "markdown"):
        if data.startswith(b"PK"):  # every ZIP-based format, before its reader opens it
            check_zip(data, name, limits or ReadConfig())
        return _read_structured(data, name, fmt, progress)
    reason = _looks_binary(data)
    if reason:
        raise InputError(f"{name}: {reason}. zhbrief reads .txt, .md, .pdf, .docx and .html files.")
    raw, encoding = _decode(data, name)
    text = normalise(raw)
    if not text.strip():
        raise InputError(f"{name}: the input has only whitespace or control characters.")
    if fmt == "markdown":
        from .markdown import read_markdown

        ex = read_markdown(text, name)
        if ex is not None:
            return _structured(ex, name, fmt, encoding)
        log.warning("%s: nested too deep to read as Markdown; read as plain text", name)
    fm = split_front_matter(text)
    if fm is None:
        _require_chinese(text, name, encoding)
        return ReadResult(text=text, encoding=encoding, name=name)
    if not fm.text.strip():
        raise InputError(f"{name}: the file has front matter ({', '.join(fm.fields)}) and no text.")
    _require_chinese(fm.text, name, encoding)
    meta = tuple(fm.fields.items())
    return ReadResult(text=fm.text, encoding=encoding, name=name, metadata=meta, title=fm.title)


def _require_chinese(text: str, name: str, encoding: str) -> None:
    if not _CJK.search(text):
        raise InputError(
            f"{name}: no Chinese characters found (read as {encoding}); zhbrief translates "
            "Chinese text. If the file is Chinese in another encoding, convert it to UTF-8."
        )


def _extract(data: bytes, name: str, fmt: str, progress: bool) -> Extracted:
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, name)
    if fmt == "docx":
        from .docx import read_docx

        return read_docx(data, name, progress)
    from .html import read_html

    return read_html(data, name)


def _read_structured(data: bytes, name: str, fmt: str, progress: bool) -> ReadResult:
    try:
        ex = _extract(data, name, fmt, progress)
    except InputError:
        raise
    except Exception as e:  # a damaged file can break a parser anywhere: one clear line
        raise InputError(
            f"{name}: cannot read this {_FORMAT_NAMES[fmt]} ({type(e).__name__}: {e}); "
            "it may be damaged; export or save it again."
        ) from e
    return _structured(ex, name, fmt, ex.metadata.get("encoding", fmt))


def _structured(ex: Extracted, name: str, fmt: str, encoding: str) -> ReadResult:
    """A reader's text and blocks as the read, once it is known to hold Chinese text."""
    if not ex.text.strip():
        raise InputError(f"{name}: the {_FORMAT_NAMES[fmt]} has no text.")
    _require_chinese(ex.text, name, encoding)
    meta = {k: v for k, v in ex.metadata.items() if k != "encoding"}
    return ReadResult(
        text=ex.text,
        encoding=encoding,
        name=name,
        format=ex.format,
        blocks=tuple(nest_numbered(ex.blocks, ex.text)),
        pages=ex.pages,
        metadata=tuple(meta.items()),
    )


def read_input(
    path: str | Path,
    max_bytes: int | None = None,
    *,
    limits: ReadConfig | None = None,
    progress: bool = False,
) -> ReadResult:
    """Read a file, or standard input when ``path`` is ``-``."""
    data, name = input_bytes(path)
    return decode_bytes(data, name, max_bytes, limits=limits, progress=progress)


def input_bytes(path: str | Path) -> tuple[bytes, str]:
    """A file's bytes, or standard input's when ``path`` is ``-``, and the name to show."""
    name = str(path)
    if name == "-":
        data, name = sys.stdin.buffer.read(), "<stdin>"
    elif Path(path).is_dir():
        raise InputError(f"{name} is a folder; use `zhbrief batch {name}` for many files.")
    else:
        data = read_file_bytes(Path(path), name)
    return data, name


def read_file_bytes(path: Path, label: str) -> bytes:
    """The file's bytes; a missing or unreadable file is an ``InputError`` naming ``label``."""
    try:
        return path.read_bytes()
    except FileNotFoundError as e:
        raise InputError(f"{label}: no such file.") from e
    except OSError as e:
        raise InputError(f"{label}: cannot read the file: {e.strerror or e}.") from e
