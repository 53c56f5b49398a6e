"""Pure sentence splitting over a region of text, with character offsets.

``split_sentences(text, start, end)`` returns ``(start, end)`` spans that together
cover every non-whitespace character of ``text[start:end]`` exactly once. Line breaks
inside the region are treated as ordinary whitespace (the caller decides where
paragraphs end); ``rejoin`` turns a span's slice into the text handed on (``zh``).
"""

from __future__ import annotations

import re
from itertools import pairwise

# Strong sentence-final marks: always end a sentence (runs such as ？！ or 。。。 included).
_STRONG = frozenset("。｡！？")
# Everything that can take part in a terminator run.
_TERM_CHARS = "。｡！？!?…．."
_TERM_RUN = re.compile(r"[。｡！？!?…．.]+")
# Closing quotes and brackets that stay with the sentence they follow.
_CLOSERS = frozenset("”’」』）)】》〕〉］]｝}")
_ASCII_QUOTES = frozenset("\"'")
# Full-width closers are never openers, so one separated from its stop by spaces
# ("都很好 。 ”他说", common in scraped news) still closes the sentence before it.
_SPACED_CLOSERS = frozenset("”’」』）】》〕〉")
# After a terminator (and its closers), these mean the sentence goes on: “好！”，他说……
_CONTINUE = frozenset("，、,；;：:")
_OPENERS = frozenset("“‘「『（(【《〔〈［[｛{\"'")
_SEMICOLONS = frozenset("；;")
# URLs and e-mail addresses are never split; trailing punctuation belongs to the sentence.
_URL = re.compile(r"(?:(?:https?|ftp)://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
_URL_TRAILING = ".,;:!?)]'\""
# The ASCII word (letters and inner dots) right before a '.', to spot abbreviations.
_WORD_BEFORE = re.compile(r"[A-Za-z][A-Za-z.]*$")
# Lower-case abbreviations after which '.' does not end a sentence ("etc." may, so it is absent).
_ABBREVIATIONS = frozenset(
    {
        *("mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "vs", "no", "nos", "fig"),
        *("figs", "vol", "vols", "pp", "ed", "eds", "dept", "est", "approx", "inc", "ltd"),
        *("co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct"),
        *("nov", "dec", "gen", "col", "lt", "sgt", "rev", "gov", "univ", "assoc", "bros", "cf"),
        "al",
    }
)
# A list marker at the start of a sentence ("1. ", "12. "): its '.' is not an ending.
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,3}|[A-Za-z])$")


def is_cjk(ch: str) -> bool:
    """True for Han characters, kana, hangul and full-width (CJK) punctuation."""
    o = ord(ch)
    return (
        0x2E80 <= o <= 0x9FFF
        or 0xA960 <= o <= 0xA97F
        or 0xAC00 <= o <= 0xD7FF
        or 0xF900 <= o <= 0xFAFF
        or 0xFE30 <= o <= 0xFE4F
        or 0xFF00 <= o <= 0xFFEF
        or 0x20000 <= o <= 0x3FFFF
        or ch in "“”‘’…—"
    )


def _tight(ch: str) -> bool:
    """Characters joined to a neighbouring line without a space: CJK and zero-width ones."""
    return is_cjk(ch) or ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def rejoin(s: str) -> str:
    """Join hard-wrapped lines: no space next to CJK, one space between Latin words."""
    parts = [p.strip() for p in s.split("\n")]
    out = ""
    for part in parts:
        if not part:
            continue
        if out and not (_tight(out[-1]) or _tight(part[0])):
            out += " "
        out += part
    return out.strip()


def protected_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """URL and e-mail spans inside ``text[start:end]`` (absolute offsets)."""
    spans: list[tuple[int, int]] = []
    for rx in (_URL, _EMAIL):
        for m in rx.finditer(text, start, end):
            s, e = m.start(), m.end()
            while e > s and text[e - 1] in _URL_TRAILING:
                e -= 1
            spans.append((s, e))
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _next_visible(text: str, pos: int, end: int) -> int:
    """Index of the first non-whitespace character at or after ``pos`` (``end`` if none)."""
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _dot_ends(text: str, i: int, run_end: int, end: int, sent_start: int, after_url: bool) -> bool:
    """Whether the ASCII/full-width dot run ``text[i:run_end]`` ends a sentence."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[run_end] if run_end < end else ""
    if nxt.isdigit() and prev.isdigit():
        return False  # 3.5亿, 40.1%
    if run_end - i >= 3 and prev and is_cjk(prev):
        return True  # Chinese written with "......" as an ellipsis
    if nxt and not nxt.isspace():
        # "他走了.然后" ends; "U.S", "e.g", "file.txt" do not
        return bool(prev) and is_cjk(prev) and is_cjk(nxt) and nxt not in _CLOSERS
    if run_end - i == 1 and not after_url:
        if i - sent_start <= 8 and _LIST_MARKER.match(text[sent_start:i]):
            return False
        word = _WORD_BEFORE.search(text, max(sent_start, i - 20), i)
        if word and ("." in word.group() or len(word.group()) == 1):
            return False  # U.S., e.g., J. Smith
        if word and word.group().lower() in _ABBREVIATIONS:
            return False
    after = _next_visible(text, run_end, end)
    if after >= end:
        return True
    ch = text[after]
    return ch.isupper() or is_cjk(ch) or ch in _OPENERS


def _run_ends(text: str, i: int, run_end: int, end: int, sent_start: int, after_url: bool) -> bool:
    """Whether the terminator run ``text[i:run_end]`` ends a sentence."""
    run = text[i:run_end]
    if any(c in _STRONG for c in run):
        return True
    if "……" in run or "…" * 2 in run:
        return True
    if "!" in run or "?" in run:
        prev = text[i - 1] if i > 0 else ""
        nxt = text[run_end] if run_end < end else ""
        return (bool(prev) and is_cjk(prev)) or not nxt or nxt.isspace() or nxt in _CLOSERS
    if set(run) <= set(".．"):
        return _dot_ends(text, i, run_end, end, sent_start, after_url)
    return False


def _absorb_closers(text: str, pos: int, end: int, sent_start: int) -> int:
    """Move ``pos`` past closing quotes/brackets (and further terminators) that follow."""
    while pos < end:
        ch = text[pos]
        if ch in _CLOSERS or ch in _STRONG or ch == "…":
            pos += 1
        elif ch in _ASCII_QUOTES and text.count(ch, sent_start, pos) % 2 == 1:
            pos += 1  # an odd count so far: this quote closes one
        elif ch.isspace() and _spaced_closer(text, pos, end):
            pos = _next_visible(text, pos, end) + 1
        else:
            break
    return pos


def _spaced_closer(text: str, pos: int, end: int) -> bool:
    """Whitespace at ``pos`` (no line break) followed by a full-width closing quote/bracket."""
    after = _next_visible(text, pos, end)
    return after < end and text[after] in _SPACED_CLOSERS and "\n" not in text[pos:after]


def _closes_inner_bracket(text: str, sent_start: int, i: int, cut: int) -> bool:
    """“我们（见附件。）继续”: a bracket opened mid-sentence and closed after the stop."""
    if not any(c in "）)" for c in text[i:cut]):
        return False
    head = text[sent_start:i].strip()
    for opener in "（(":
        k = head.rfind(opener)
        if k > 0 and head.count(opener) > head.count("）" if opener == "（" else ")"):
            return True
    return False


def _boundaries(text: str, start: int, end: int) -> list[int]:
    """Offsets right after each sentence end inside the region."""
    protected = protected_spans(text, start, end)
    cuts: list[int] = []
    sent_start = start
    pos = start
    while True:
        m = _TERM_RUN.search(text, pos, end)
        if m is None:
            break
        i, j = m.start(), m.end()
        pos = j
        after_url = i > start and _inside(i - 1, protected)
        if _inside(i, protected) or not _run_ends(text, i, j, end, sent_start, after_url):
            continue
        cut = _absorb_closers(text, j, end, sent_start)
        pos = cut
        after = _next_visible(text, cut, end)
        if after < end and text[after] in _CONTINUE:
            continue
        if _closes_inner_bracket(text, sent_start, i, cut):
            continue
        cuts.append(cut)
        sent_start = cut
    return cuts


def strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    """``(s, e)`` narrowed to exclude leading and trailing whitespace."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _split_long(
    text: str, s: int, e: int, limit: int, protected: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Split an over-long sentence at ；/; so that pieces stay within ``limit`` where possible.

    Greedy: each piece runs to the last ； that keeps it within the limit (or to the first
    ； after, when a single clause is longer than the limit).
    """
    cuts = [
        k + 1
        for k in range(s, e - 1)
        if text[k] in _SEMICOLONS and not _inside(k, protected) and text[k + 1 : e].strip()
    ]
    edges = [s]
    fit: int | None = None
    for c in cuts:
        if len(rejoin(text[edges[-1] : c])) <= limit:
            fit = c
            continue
        edges.append(fit if fit is not None else c)
        fit = c if c > edges[-1] and len(rejoin(text[edges[-1] : c])) <= limit else None
    if fit is not None and fit > edges[-1] and len(rejoin(text[edges[-1] : e])) > limit:
        edges.append(fit)
    edges.append(e)
    pieces = [strip_span(text, a, b) for a, b in pairwise(edges)]
    return [p for p in pieces if p[0] < p[1]]


def split_sentences(
    text: str, start: int = 0, end: int | None = None, long_sentence_chars: int = 120
) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets, whitespace-trimmed) covering ``text[start:end]``."""
    end = len(text) if end is None else end
    edges = [start, *_boundaries(text, start, end), end]
    protected = protected_spans(text, start, end)
    spans: list[tuple[int, int]] = []
    for a, b in pairwise(edges):
        s, e = strip_span(text, a, b)
        if s >= e:
            continue
        if len(rejoin(text[s:e])) > long_sentence_chars:
            spans.extend(_split_long(text, s, e, long_sentence_chars, protected))
        else:
            spans.append((s, e))
    return spans


def ends_sentence(s: str) -> bool:
    """True when ``s`` (a line) ends with sentence-final punctuation, closers allowed."""
    s = s.rstrip()
    while s and (s[-1] in _CLOSERS or s[-1] in _ASCII_QUOTES):
        s = s[:-1]
    if s.endswith(".") and not s.endswith(".."):
        return len(s) > 1 and not s[-2].isdigit()  # "1." is a list marker, not an ending
    return bool(s) and (s[-1] in _STRONG or s.endswith("……") or s[-1] in "!?")


__all__ = ["ends_sentence", "is_cjk", "protected_spans", "rejoin", "split_sentences"]
