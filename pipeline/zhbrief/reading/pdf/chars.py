"""Characters to lines: direction, angle, deskew and slant, line numbers, rows, OCR word order."""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from .lines import _BOLD, _CJK, _OCR_FONT, _has_han, _Lead, _Line, log


def _direction(c: dict[str, Any]) -> int:
    """The character's writing direction on the displayed page: 0, 90, 180 or 270
    degrees counter-clockwise, from its text matrix."""
    return _quarter(_angle(c))


def _quarter(angle: float) -> int:
    """A baseline angle (radians) to the nearest right angle, in degrees: 0 to 270."""
    return round(math.degrees(angle) / 90) % 4 * 90


def _angle(c: dict[str, Any]) -> float:
    """The character's baseline angle in radians, counter-clockwise."""
    a, b = c.get("matrix", (1.0, 0.0))[:2]
    return math.atan2(float(b), float(a))


_OVERPRINT = 0.1  # ems: copies of one glyph drawn this close together are one glyph
_OVERPRINT_MIN = 0.6  # points


def _overprinted(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A glyph drawn again a hair's breadth away is one character, set bold: fake bold
    by overprinting (the LaTeX CJK package's \\CJKbold draws each glyph three times
    0.26 pt apart; other producers draw a string twice). Read as drawn, 扩大 came out
    扩扩扩大大大. The kept copy's font is named ``…,Bold``, the name Windows gives a
    synthesised bold; a copy drawn exactly over another (fill, then stroke) is dropped
    without making its glyph bold."""
    out: list[dict[str, Any]] = []
    grid: dict[tuple[str, str, float, int, int], int] = {}
    for c in chars:
        text, size = str(c["text"]), float(c["size"])
        # an OCR layer's boxes are guesses that may overlap: never overprinted
        if text.isspace() or size <= 0 or _OCR_FONT in str(c.get("fontname", "")):
            out.append(c)
            continue
        # \\CJKbold's copies lie 0.26 pt apart whatever the size: small type keeps 0.6 pt
        cell = max(_OVERPRINT * size, _OVERPRINT_MIN)
        key = (text, str(c.get("fontname", "")), round(size, 1))
        gx, gy = int(float(c["x0"]) // cell), int(float(c["top"]) // cell)
        at = next(
            (
                grid[k]
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
                if (k := (*key, gx + dx, gy + dy)) in grid and _near(out[grid[k]], c, cell)
            ),
            None,
        )
        if at is None:
            grid[(*key, gx, gy)] = len(out)
            out.append(c)
            continue
        first = out[at]
        moved = abs(float(first["x0"]) - float(c["x0"])) + abs(
            float(first["top"]) - float(c["top"])
        )
        if moved > 0.01 * size and not _BOLD.search(str(first.get("fontname", ""))):
            out[at] = {**first, "fontname": f"{first.get('fontname', '')},Bold"}
        out[at]["x1"] = max(float(out[at]["x1"]), float(c["x1"]))
    if len(out) < len(chars):
        log.debug("pdf: %d overprinted characters read once", len(chars) - len(out))
    return out


def _near(a: dict[str, Any], b: dict[str, Any], tolerance: float) -> bool:
    return (
        abs(float(a["x0"]) - float(b["x0"])) <= tolerance
        and abs(float(a["top"]) - float(b["top"])) <= tolerance
    )


_SLANT_DEGREES = 10.0  # this far from a right angle a character is not set along a line


def _slanted(c: dict[str, Any]) -> bool:
    """Drawn at an angle that is no multiple of 90 degrees: a watermark or a stamp."""
    angle = math.degrees(_angle(c)) % 90
    return _SLANT_DEGREES < angle < 90 - _SLANT_DEGREES


_SKEW_MIN = 0.1  # degrees: text turned less than this rises under a point along a line


def _level_skew(chars: list[dict[str, Any]], width: float, height: float) -> list[dict[str, Any]]:
    """A page scanned crooked (its OCR layer: Tesseract writes each line at its slant)
    turned back about its centre by the slant most of its upright characters share.
    Read where they stand, a slanted line's two ends fall in different rows: its
    paragraph is cut in pieces and the pieces are read out of order. The page turns as
    a whole: a word Tesseract set level stays on its line."""
    angles = [_angle(c) for c in chars]
    upright = [a for a in angles if _quarter(a) == 0]
    if not upright:
        return chars
    angle = statistics.median(upright)
    if abs(math.degrees(angle)) < _SKEW_MIN:
        return chars
    cos, sin = math.cos(angle), math.sin(angle)
    out = []
    for c, own in zip(chars, angles, strict=True):
        if _quarter(own) != 0:
            out.append(c)
            continue
        # the box's centre, from the page's centre, y up as in the text matrix
        x = (float(c["x0"]) + float(c["x1"]) - width) / 2
        y = (height - float(c["top"]) - float(c["bottom"])) / 2
        x, y = x * cos + y * sin, y * cos - x * sin
        half_w = (float(c["x1"]) - float(c["x0"])) / 2
        half_h = (float(c["bottom"]) - float(c["top"])) / 2
        mid_x, mid_y = x + width / 2, height / 2 - y
        box = {"x0": mid_x - half_w, "x1": mid_x + half_w}
        out.append({**c, **box, "top": mid_y - half_h, "bottom": mid_y + half_h})
    return out


def _directions(chars: list[dict[str, Any]]) -> list[tuple[int, list[dict[str, Any]]]]:
    groups: dict[int, list[dict[str, Any]]] = {}
    for c in chars:
        groups.setdefault(_direction(c), []).append(c)
    return sorted(groups.items(), key=lambda g: -len(g[1]))


def _turn(c: dict[str, Any], angle: int, width: float, height: float) -> dict[str, Any]:
    """The character's box in a frame where its direction reads left to right, lines
    going down (``top`` grows downwards on the page)."""
    x0, x1, top, bottom = (float(c[k]) for k in ("x0", "x1", "top", "bottom"))
    if angle == 90:  # reads upwards, the next line to its right
        box = (height - bottom, height - top, x0, x1)
    elif angle == 180:  # upside down, the next line above
        box = (width - x1, width - x0, height - bottom, height - top)
    else:  # 270: reads downwards, the next line to its left
        box = (top, bottom, width - x1, width - x0)
    return {**c, "x0": box[0], "x1": box[1], "top": box[2], "bottom": box[3]}


def _in_any(c: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


_LINE_NUMBERS_MIN = 4  # numbers a page needs in its margin column to be line numbering
_LINE_NUMBER_GAP = 0.5  # sizes: a line's number stands this far left of its text at least
_LINE_NUMBER_DIGITS = 4
_ALIGNED = 1.0  # points: right-aligned numbers end at one x


@dataclass
class _Counted:
    """A bare number opening a row: a line number, if the page has a column of them."""

    value: int
    chars: list[dict[str, Any]]
    top: float
    bottom: float


def _without_line_numbers(chars: list[dict[str, Any]], page: int) -> list[dict[str, Any]]:
    """The page less a word processor's line numbering (Word's and LibreOffice's 行号,
    a legal draft's): bare numbers right-aligned in a column left of the text, one
    before each line or every n-th, counting up the page, apart from their lines'
    text. Glued to a line they would open it (13年增加 for 年增加); they are furniture."""
    upright = [c for c in chars if _direction(c) == 0]
    rows = _rows(upright)
    found = [n for row in rows if (n := _leading_number(row)) is not None]
    if len(found) < _LINE_NUMBERS_MIN:
        return chars
    right = Counter(round(float(n.chars[-1]["x1"])) for n in found).most_common(1)[0][0]
    column = [n for n in found if abs(float(n.chars[-1]["x1"]) - right) <= _ALIGNED]
    if len(column) < _LINE_NUMBERS_MIN or not _counts_lines(column, rows):
        return chars
    left = min(float(n.chars[0]["x0"]) for n in column)
    numbers = {id(c) for n in column for c in n.chars}
    size = max(float(c["size"]) for n in column for c in n.chars)
    strip = right + _LINE_NUMBER_GAP * size
    # nothing else stands in the column: numbers inside the text block are the text's
    if any(
        float(c["x0"]) < strip and float(c["x1"]) > left
        for c in upright
        if id(c) not in numbers and not str(c["text"]).isspace()
    ):
        return chars
    log.debug("pdf: page %d: %d line numbers in the margin left out", page, len(column))
    return [c for c in chars if id(c) not in numbers]


def _leading_number(row: list[dict[str, Any]]) -> _Counted | None:
    """The bare number a row opens with, set apart from what follows, or None."""
    ink = sorted((c for c in row if not str(c["text"]).isspace()), key=lambda c: c["x0"])
    digits: list[dict[str, Any]] = []
    for c in ink:
        size = max(float(c["size"]), 1.0)
        if digits and float(c["x0"]) - float(digits[-1]["x1"]) >= _LINE_NUMBER_GAP * size:
            break  # the number ends at a gap
        if not str(c["text"]).isascii() or not str(c["text"]).isdigit():
            return None  # a word or 2016年 opens the row
        digits.append(c)
    if not digits or len(digits) > _LINE_NUMBER_DIGITS or str(digits[0]["text"]) == "0":
        return None  # a count is never padded: 01, 02 number sections or boxes
    value = int("".join(str(c["text"]) for c in digits))
    top = min(float(c["top"]) for c in digits)
    return _Counted(value, digits, top, max(float(c["bottom"]) for c in digits))


def _counts_lines(column: list[_Counted], rows: list[list[dict[str, Any]]]) -> bool:
    """The numbers rise down the page, and between two of them stand no more lines
    than the values they skip: a list's item numbers skip the lines items wrap onto."""
    column = sorted(column, key=lambda n: n.top)
    bands = _bands(rows)
    for a, b in pairwise(column):
        if b.value <= a.value:
            return False
        between = sum(1 for top, bottom in bands if top > a.bottom and bottom < b.top)
        if between > b.value - a.value - 1:
            return False
    return True


def _bands(rows: list[list[dict[str, Any]]]) -> list[tuple[float, float]]:
    """Rows' vertical extents, overlapping ones merged: a superscript's row with its
    line's, so each printed line counts once."""
    spans = sorted(
        (min(float(c["top"]) for c in r), max(float(c["bottom"]) for c in r)) for r in rows if r
    )
    out: list[tuple[float, float]] = []
    for top, bottom in spans:
        if out and top < out[-1][1] - _ALIGNED:
            out[-1] = (out[-1][0], max(out[-1][1], bottom))
        else:
            out.append((top, bottom))
    return out


def _rows(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Characters grouped into rows by their vertical middle."""
    rows: list[list[dict[str, Any]]] = []
    mids: list[float] = []
    for c in sorted(chars, key=lambda c: ((c["top"] + c["bottom"]) / 2, c["x0"])):
        mid = (c["top"] + c["bottom"]) / 2
        if rows and abs(mid - mids[-1]) <= 0.45 * max(float(c["size"]), 1.0):
            rows[-1].append(c)
        else:
            rows.append([c])
            mids.append(mid)
    return rows


# Tesseract reads the full-width space after a heading's number as a quotation mark
# (第一章“发展回顾, 1.2 ”总体要求, 第二章“”简政) or, after 第一节, as a comma: a lone
# mark there, no other quote in the line (after a decimal number: a short line, no
# sentence), is that space; a speck read before the number goes with it
_NUMBER_QUOTE = re.compile(
    r"^\s*(?:[-_|.,，。、'‘’:;·]+\s+)?(?:(第\s*[一二三四五六七八九十百零〇\d]+\s*(?:章|节|条|部\s*分|编|篇))\s*[“”\"]+"
    r"|(第\s*[一二三四五六七八九十百零〇\d]+\s*节)\s*[，,]"
    r"|(\d{1,2}(?:\.\d{1,2}){1,3})\s*[“”\"]+)\s*(?=\S)"
)
_DECIMAL_HEAD_CHARS = 30  # 1.2 ”总体要求: a heading's line, short; 6.5”左右的… runs on


def _ocr_number_space(text: str) -> str:
    """An OCR line's heading number set off by a space again where Tesseract read the
    space as a quotation mark; the text as it is otherwise."""
    m = _NUMBER_QUOTE.match(text)
    if m is None or any(q in text[m.end() :] for q in '“”"'):
        return text
    rest = text[m.end() :]
    if m[3] and (len(rest) > _DECIMAL_HEAD_CHARS or any(p in rest for p in "。，；")):
        return text  # a decimal number in a sentence closing a quotation: 6.5”左右的…
    return f"{m[1] or m[2] or m[3]} {rest}"


# Tesseract reads a full-width opening bracket as 《 or 〈 and keeps the closing one:
# an angle bracket closed by a parenthesis is that misreading (〈 设计 ) for （设计）)
_MISREAD_BRACKET = re.compile(r"[《〈]\s*([^《〈〉》()（）\s][^《〈〉》()（）]{0,11}?)\s*[)）]")


def _ocr_brackets(text: str) -> str:
    """An OCR line's brackets as printed: 〈 设计 ) and 《一 ) are （设计） and （一）."""
    return _MISREAD_BRACKET.sub(r"（\1）", text)


def _font_of(c: dict[str, Any]) -> str:
    """A character's font name, its subset prefix (ABCDEF+) dropped."""
    return str(c.get("fontname", "")).split("+")[-1]


def _ocr_sequence(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An OCR layer's characters numbered in the order they are written (``seq``):
    Tesseract writes a word's characters together, the word's box stretched to its
    width on the scan, and a large title's word may overlap the next (战略 over 合作)."""
    if not chars or any(_font_of(c) != _OCR_FONT for c in chars):
        return chars
    return [{**c, "seq": i} for i, c in enumerate(chars)]


def _along_row(row: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A row's characters in reading order: by their left edges, but an OCR layer's
    words each kept whole, in the order their characters were written, placed by
    where the word begins (sorted by left edges, overlapping words interleave:
    战合略作)."""
    if not all("seq" in c for c in row):
        return sorted(row, key=lambda c: float(c["x0"]))
    words: list[list[dict[str, Any]]] = []  # a word: characters written one after
    for c in sorted(row, key=lambda c: int(c["seq"])):  # another, up to a space
        last = words[-1][-1] if words else None
        if last is not None and int(c["seq"]) == int(last["seq"]) + 1 and str(last["text"]).strip():
            words[-1].append(c)
        else:
            words.append([c])
    return [c for word in sorted(words, key=lambda w: float(w[0]["x0"])) for c in word]


def _split_row(row: list[dict[str, Any]], sizes: float = 1.5) -> list[list[dict[str, Any]]]:
    """A row's characters split where the horizontal gap is wide (a column gutter):
    over ``sizes`` times the type size (and 10 pt at the default)."""
    row = _along_row(row)
    out: list[list[dict[str, Any]]] = []
    current: list[dict[str, Any]] = []
    floor = 10.0 if sizes >= 1.5 else 0.0
    for c in row:
        if current:
            size = max(float(c["size"]), float(current[-1]["size"]), 1.0)
            gap = c["x0"] - current[-1]["x1"]
            # a side head beside its section's first line: another size across an em
            # (a label's value on its row stays with it: 题目：…)
            resized = abs(float(c["size"]) - float(current[-1]["size"])) >= 1.0 and gap > size
            resized = resized and str(current[-1]["text"]) not in "：:"
            if gap > max(sizes * float(c["size"]), floor) or resized:
                out.append(current)
                current = []
        current.append(c)
    if current:
        out.append(current)
    return _ocr_pieces([g for g in out if "".join(str(c["text"]) for c in g).strip()])


# a heading number's numeral that OCR set apart from its 、 or bracket (一 、上半年…)
_OCR_NUMERAL = re.compile(r"[一二三四五六七八九十]{1,3}")
_OCR_NUMBER_MARK = tuple("、)）")
# a whole heading number OCR set apart from its words (一、 | 正确把握…)
_OCR_HEAD_NUMBER = re.compile(
    r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}[.．](?:\d{1,2}(?:[.．]\d{1,2}){0,2}[.．]?)?"
    r"|第[一二三四五六七八九十\d]{1,3}(?:章|节|部分)"
)


def _ocr_pieces(pieces: list[list[dict[str, Any]]]) -> list[list[dict[str, Any]]]:
    """An OCR row's pieces joined again where a gap split a heading's number from its
    mark, not columns: Tesseract boxes a lone 一 thin, so the gap after it looks wide."""
    if len(pieces) < 2 or any(_font_of(c) != _OCR_FONT for g in pieces for c in g):
        return pieces
    out = [pieces[0]]
    for g in pieces[1:]:
        before = "".join(str(c["text"]) for c in out[-1]).strip()
        after = "".join(str(c["text"]) for c in g).strip()
        if _OCR_NUMERAL.fullmatch(before) and after.startswith(_OCR_NUMBER_MARK):
            out[-1] = out[-1] + g
        elif len(out) == 1 and _OCR_HEAD_NUMBER.fullmatch(before) and _has_han(after[:1]):
            # the row opens with the number alone: Tesseract boxed it thin, its words
            # follow (a bare 1 or 12 may be a table's cell: not joined)
            out[-1] = out[-1] + g
        else:
            out.append(g)
    return out


def _make_line(chars: list[dict[str, Any]], page: int) -> _Line:
    text = ""
    prev: dict[str, Any] | None = None
    spaced = _han_tracking(chars)
    for c in chars:
        ch = str(c["text"])
        if prev is not None and not ch.isspace() and not text.endswith(" "):
            gap = c["x0"] - prev["x1"]
            cjk = _CJK.match(ch) or _CJK.match(str(prev["text"]))
            # an em between two Han words where the rest sit close: 韩立新　周雅静
            words = _has_han(ch) and _has_han(str(prev["text"]))
            wide = words and gap >= _NUMBER_GAP * float(c["size"]) > spaced
            if (gap > 0.25 * float(c["size"]) and not cjk) or _number_gap(prev, ch, gap) or wide:
                text += " "
        text += ch
        prev = c
    ink = [c for c in chars if not str(c["text"]).isspace()] or chars
    sizes = Counter(round(float(c["size"]) * 2) / 2 for c in ink)
    bold = all(_BOLD.search(str(c.get("fontname", ""))) or c.get("stroke") is True for c in ink)
    fonts = Counter(_font_of(c) for c in ink)
    han = [c for c in ink if _has_han(str(c["text"]))]
    faces = Counter(_font_of(c) for c in han) or fonts
    hues = {_hue(c.get("non_stroking_color")) for c in ink}
    font = fonts.most_common(1)[0][0]
    if font == _OCR_FONT:
        text = _ocr_brackets(_ocr_number_space(text))
    return _Line(
        text=" ".join(text.split()),
        x0=min(float(c["x0"]) for c in chars),
        x1=max(float(c["x1"]) for c in chars),
        top=min(float(c["top"]) for c in chars),
        bottom=max(float(c["bottom"]) for c in chars),
        size=sizes.most_common(1)[0][0],
        bold=bold,
        page=page,
        font=font,
        face=faces.most_common(1)[0][0],
        colour=hues.pop() if len(hues) == 1 else "",
        lead=_lead(ink, font),
        plain_number=_plain_number(ink),
    )


_LIST_NUMBER = re.compile(r"[(（]?\d{1,2}(?:[.．]\d{1,2}){0,3}[.．)）]?")


def _plain_number(ink: list[dict[str, Any]]) -> bool:
    """The line opens with a number in a regular weight and the words after it are
    all bold. Word sets an automatic list number in its paragraph mark's format: a
    heading style numbers in its own bold weight, a plain list paragraph whose words
    were made bold by hand keeps a regular number (a list item, not a heading)."""
    n = 0
    while n < len(ink) and re.fullmatch(r"[\d.．()（）]", str(ink[n]["text"])):
        n += 1
    head, rest = ink[:n], ink[n:]
    return (
        bool(head and rest)
        and _LIST_NUMBER.fullmatch("".join(str(c["text"]) for c in head)) is not None
        and not any(_BOLD.search(str(c.get("fontname", ""))) for c in head)
        and all(_BOLD.search(str(c.get("fontname", ""))) for c in rest)
    )


def _han_tracking(chars: list[dict[str, Any]]) -> float:
    """The usual gap between the line's neighbouring Han characters (a letter-spaced
    label, 摘　要, spaces them all alike)."""
    gaps = sorted(
        float(b["x0"]) - float(a["x1"])
        for a, b in pairwise(chars)
        if _has_han(str(a["text"])) and _has_han(str(b["text"]))
    )
    return gaps[len(gaps) // 2] if gaps else math.inf


def _lead(ink: list[dict[str, Any]], font: str) -> _Lead | None:
    """The bold run the line opens with, set in a font the line's rest is not."""
    first = _font_of(ink[0])
    if first == font or not _BOLD.search(first):
        return None
    n = next(i for i, c in enumerate(ink) if _font_of(c) != first)
    return _Lead("".join(str(c["text"]) for c in ink[:n]), first, float(ink[n - 1]["x1"]))


_HUE = 0.2  # spread between the red, green and blue parts: less is black, grey or white


def _hue(colour: Any) -> str:
    """An RGB or CMYK fill as a key (``c00000``); '' for black, grey or none: a colour
    only where it tells something (a heading's dark red, a link's blue)."""
    if not isinstance(colour, tuple | list) or not all(isinstance(v, int | float) for v in colour):
        return ""
    values = [float(v) for v in colour]
    if len(values) == 4:
        c, m, y, k = values
        values = [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
    if len(values) != 3 or max(values) - min(values) < _HUE:
        return ""
    return "".join(f"{round(255 * min(max(v, 0.0), 1.0)):02x}" for v in values)


_NUMBER_GAP = 0.8  # sizes: a heading's number stands an ideographic space from its words


def _number_gap(prev: dict[str, Any], ch: str, gap: float) -> bool:
    """A heading's number set apart from its words by a wide gap and no space character
    (LaTeX's ``1\\quad 范围``): a space keeps ``3.1 深化改革`` numbered, not ``3.1深化``."""
    return str(prev["text"]).isdigit() and _has_han(ch) and gap >= _NUMBER_GAP * float(prev["size"])
