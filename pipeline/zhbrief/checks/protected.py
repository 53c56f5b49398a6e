"""Protected spans: Latin tokens, codes, URLs and e-mail addresses must come through unchanged."""

from __future__ import annotations

import re

from ..document import Flag

# ---------------------------------------------------------------------------------
# Protected spans

_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+[A-Za-z0-9/]")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_LATIN = re.compile(r"[A-Za-z0-9#][A-Za-z0-9_#.+\-/&]*[A-Za-z0-9#]|[A-Za-z]")


def protected_spans(zh: str) -> list[str]:
    """Latin-script tokens, codes (C919, 60kWp), URLs and e-mail addresses of a source."""
    spans: list[str] = []
    rest = zh
    for pattern in (_URL, _EMAIL):
        for m in pattern.finditer(rest):
            spans.append(m.group(0))
        rest = pattern.sub(" ", rest)
    for m in _LATIN.finditer(rest):
        tok = m.group(0).rstrip(".")
        if any(c.isalpha() for c in tok) and tok not in spans:
            spans.append(tok)
    return spans


# A Chinese designation: a word of one or two hanzi, a hyphen, a number (卡-52, 运-20,
# 长征-5B); the word is translated (Ka, Y, Long March) but the number must come through
_DESIGNATION = re.compile(
    r"[\u4e00-\u9fff]{1,2}(?<![月日年号时点分秒元个万亿千百十两零〇一二三四五六七八九])"
    r"[-－‐](?P<code>\d+[A-Za-z]*)(?![\d.])"
)


def designations(zh: str) -> list[tuple[str, str]]:
    """(designation, its number) pairs of a source: ("卡-52", "52")."""
    text = zh.replace("－", "-")
    return [(m.group(0), m.group("code")) for m in _DESIGNATION.finditer(text)]


def _designation_stated(code: str, en: str) -> bool:
    """The number comes through as a code: "Ka-52", "Y-20", "Long March-5B", "J20"."""
    return bool(re.search(rf"(?<![\d.]){re.escape(code)}(?![\d.]*\d)", en))


def check_protected(zh: str, en: str) -> list[Flag]:
    """Flag each protected span of the source that is not in the English as written.

    Codes, URLs and addresses must match exactly (spaces the translator inserted, as
    in "60 kWp", are forgiven); plain words may change case ("APP" -> "app").
    """
    flags = []
    squeezed = re.sub(r"\s+", "", en)
    lower = en.lower()
    for span in protected_spans(zh):
        is_word = span.isalpha()
        ok = span.lower() in lower if is_word else span in en or span in squeezed
        if not ok:
            msg = f"{span!r} is not in the English unchanged"
            flags.append(Flag(kind="protected", message=msg, zh=zh, en=en))
    for designation, code in designations(zh):
        if not _designation_stated(code, en):
            msg = f"{designation!r} (a designation: its number {code}) is not in the English"
            flags.append(Flag(kind="protected", message=msg, zh=zh, en=en))
    return flags
