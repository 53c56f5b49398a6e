"""Limits on what a ZIP-based input (.docx, and any archive a future reader opens)
may unpack to, checked before a parser sees it.

A small file can unpack to gigabytes (a "zip bomb"): a 4 MB .docx whose
``document.xml`` is 1.5 GB of paragraphs took 22 GB of memory before the XML parser
gave up. The central directory says what every member unpacks to, and Python's
``zipfile`` never returns more than that size for a member (it stops there and checks
the CRC), so checking the declared sizes bounds what any reader of the archive can
get, whatever it does next. ``reader`` runs the check on every ZIP-based input
before its format's reader opens it.
"""

from __future__ import annotations

import io
import zipfile

from ..config import ReadConfig
from ..errors import InputError

# A member smaller than this is never refused for its ratio: tiny files of repeated
# XML compress far better than text and are harmless at that size
RATIO_FLOOR = 1 << 20


def zip_members(data: bytes, name: str) -> list[zipfile.ZipInfo]:
    """The archive's members as its central directory lists them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise InputError(
            f"{name}: the file is a corrupt or truncated ZIP/.docx archive ({e}); "
            "open and save it again in Word or LibreOffice."
        ) from e


def check_zip(data: bytes, name: str, limits: ReadConfig) -> None:
    """Raise ``InputError`` when the archive ``data`` would unpack beyond ``limits``."""
    total = 0
    for info in zip_members(data, name):
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > limits.max_zip_ratio:
            raise InputError(
                f"{name}: refused as a likely zip bomb: {info.filename} unpacks to "
                f"{info.file_size:,} bytes, {ratio:,.0f} times its packed size (limit "
                f"{limits.max_zip_ratio:g}, read.max_zip_ratio); raise the limit in a config "
                "profile if the file is genuine."
            )
        if total > limits.max_unpacked_bytes:
            raise InputError(
                f"{name}: refused: the archive unpacks to more than "
                f"{limits.max_unpacked_bytes:,} bytes (read.max_unpacked_bytes); split "
                "the document or raise the limit in a config profile."
            )
