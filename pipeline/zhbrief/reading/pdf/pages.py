"""Opening a PDF's pages: text, repairs, rules and shades; gutters, columns and reading order."""

from __future__ import annotations

import io
import re
from collections import Counter
from difflib import SequenceMatcher
from itertools import pairwise
from typing import Any

from ...errors import InputError
from ..base import fold_compat
from .chars import (
    _directions,
    _in_any,
    _level_skew,
    _make_line,
    _ocr_sequence,
    _overprinted,
    _rows,
    _slanted,
    _split_row,
    _turn,
    _without_line_numbers,
)
from .cmaps import read_embedded_cmaps
from .forms import _cell_text, _Form, _form, _place_form
from .lines import _MARGIN_ZONE, _PROSE_MIN, _Line, _Page, _Rule, log
from .strokes import note_stroked_text


def _unmapped_note(pages: list[_Page], name: str) -> dict[str, str]:
    """Characters neither pdfminer nor PDFium could map to Unicode (``(cid:N)`` left
    after the repair) have no text to give and are left out of the text; the pages
    that lost them are named in a warning and in the metadata, never silently."""
    counts = {
        p.number: n
        for p in pages
        if (n := sum(len(_CID.findall(_line_text(ln))) for ln in p.lines if ln.kind != "drop"))
    }
    if not counts:
        return {}
    where = ", ".join(map(str, counts))
    note = f"{sum(counts.values())} on page{'s' if len(counts) > 1 else ''} {where}"
    log.warning(
        "%s: %s characters have no Unicode map in the PDF and are left out (%s); "
        "run OCR on those pages (ocrmypdf --force-ocr) for their text",
        name,
        sum(counts.values()),
        note,
    )
    return {"unmapped_characters": note}


def _line_text(ln: _Line) -> str:
    return ln.text + "".join(c or "" for row in ln.rows for c in row)


# --------------------------------------------------------------------------- open


def _open_pages(data: bytes, name: str) -> tuple[list[_Page], dict[str, str]]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    read_embedded_cmaps()
    note_stroked_text()
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            refs = _pdfium_texts(data, len(pdf.pages))
            pages: list[_Page] = []
            unmapped: list[int] = []
            for page, ref in zip(pdf.pages, refs, strict=True):
                pages.append(_read_page(page, ref))
                unmapped.append(_unmapped_chars(page))
                # pdfplumber keeps a page's parsed objects until it is closed: kept for
                # every page, a 10 MB PDF (1,800 pages) peaked at 7 GiB
                page.close()
            info = _info(pdf.metadata)
    except Exception as e:
        cause = _root(e)
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise InputError(
                f"{name}: the PDF is encrypted (password protected); save an unprotected "
                "copy and try again."
            ) from e
        raise InputError(
            f"{name}: the PDF is corrupt or truncated ({type(cause).__name__}); "
            "download or export it again."
        ) from e
    _refuse_unmapped(unmapped, name)
    return pages, info


def _name(value: Any) -> str:
    """A PDF name or string as text (pdfminer gives ``PSLiteral``s and bytes)."""
    value = getattr(value, "name", value)
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def _unmapped_fonts(page: Any) -> set[str]:
    """The page's fonts whose codes say nothing about the characters: a Type0 font
    with Identity-H/V encoding, no ToUnicode map, and an embedded TrueType font
    (CIDFontType2), whose codes are its own glyph numbers. pdfminer and PDFium read
    such codes as CIDs of the collection the font names (Adobe-GB1, ...) and give
    other characters, often plausible Chinese."""
    from pdfminer.pdftypes import resolve1

    out: set[str] = set()
    fonts = resolve1((page.page_obj.resources or {}).get("Font")) or {}
    for ref in fonts.values() if isinstance(fonts, dict) else ():
        font = resolve1(ref)
        if not isinstance(font, dict) or "ToUnicode" in font:
            continue
        if _name(font.get("Subtype")) != "Type0" or not _name(font.get("Encoding")).startswith(
            "Identity-"
        ):
            continue
        descendants = resolve1(font.get("DescendantFonts")) or [None]
        cid_font = resolve1(descendants[0])
        if not isinstance(cid_font, dict) or _name(cid_font.get("Subtype")) != "CIDFontType2":
            continue
        info = resolve1(cid_font.get("CIDSystemInfo")) or {}
        descriptor = resolve1(cid_font.get("FontDescriptor")) or {}
        # Identity ordering: pdfminer reads the embedded font's own cmap instead
        if _name(resolve1(info.get("Ordering"))) != "Identity" and "FontFile2" in descriptor:
            out.add(_name(font.get("BaseFont")))
    return out


def _unmapped_chars(page: Any) -> int:
    fonts = _unmapped_fonts(page)
    if not fonts:
        return 0
    return sum(1 for c in page.chars if c.get("fontname") in fonts and str(c["text"]).strip())


def _refuse_unmapped(counts: list[int], name: str) -> None:
    """No guessed characters are passed on as Chinese: the file is refused."""
    if not any(counts):
        return
    pages = [i for i, n in enumerate(counts, 1) if n]
    where = f"page {pages[0]}" if len(pages) == 1 else f"{len(pages)} pages from {pages[0]}"
    raise InputError(
        f"{name}: {sum(counts):,} characters ({where}) are set in a font without a "
        "Unicode map (Identity-H, no ToUnicode), so their text cannot be read reliably; "
        "run OCR on the PDF (for example ocrmypdf --force-ocr) or export it again."
    )


_NO_VALUE = {"", "untitled", "(unspecified)", "anonymous", "unknown"}
_INFO_KEYS = {"Title": "title", "Author": "author", "Subject": "subject", "CreationDate": "date"}


def _info(info: dict[str, Any]) -> dict[str, str]:
    """Title, author, subject and creation date from the PDF's document information."""
    meta: dict[str, str] = {}
    for key, name in _INFO_KEYS.items():
        value = info.get(key)
        if isinstance(value, bytes):
            value = value.decode("utf-8", errors="replace")
        if not isinstance(value, str) or value.strip().lower() in _NO_VALUE:
            continue
        value = value.strip()
        m = re.match(r"D:(\d{4})(\d{2})(\d{2})", value)
        meta[name] = f"{m[1]}-{m[2]}-{m[3]}" if m else value
    return meta


def _root(e: BaseException) -> BaseException:
    seen: set[int] = set()
    while id(e) not in seen:
        seen.add(id(e))
        nxt = e.__cause__ or e.__context__
        if nxt is None and e.args and isinstance(e.args[0], BaseException):
            nxt = e.args[0]
        if nxt is None:
            break
        e = nxt
    return e


def _pdfium_texts(data: bytes, pages: int) -> list[str | None]:
    """Each page's text as PDFium reads it, to check pdfminer's characters against."""
    try:
        import pypdfium2

        doc = pypdfium2.PdfDocument(data)
        try:
            if len(doc) != pages:
                return [None] * pages
            return [str(doc[i].get_textpage().get_text_range()) for i in range(pages)]
        finally:
            doc.close()
    except Exception:  # a second opinion only: without it pdfminer's text stands
        return [None] * pages


_CID = re.compile(r"\(cid:\d+\)")


def _repair(chars: list[dict[str, Any]], reference: str | None) -> list[dict[str, Any]]:
    """Put back characters pdfminer could not map to Unicode (·, ® in some CID fonts).

    pdfminer drops them or writes ``(cid:N)``; PDFium reads them. The two character
    sequences are aligned; a run only PDFium has is inserted right after its
    neighbour (zero width, so line building is unchanged), a ``(cid:N)`` run is
    replaced. Anything else stays as pdfminer read it.
    """
    if reference is None:
        return chars
    ink = [dict(c) for c in chars if not str(c["text"]).isspace()]
    a = [str(c["text"]) for c in ink]
    b = [ch for ch in reference if not ch.isspace() and ch.isprintable()]
    if a == b or not ink:
        return chars
    extra: list[dict[str, Any]] = []
    # only what pdfminer lacks: where PDFium reads the same characters in another
    # order (turned text), the alignment "inserts" characters pdfminer already has
    missing = Counter(b) - Counter(a)
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "insert":
            anchor = ink[i1 - 1] if i1 > 0 else ink[0]
            edge = float(anchor["x1"] if i1 > 0 else anchor["x0"])
            n = j2 - j1
            for k, ch in enumerate(b[j1:j2]):
                if missing[ch] <= 0:
                    continue
                missing[ch] -= 1
                x = edge - 0.001 * (n - k) if i1 > 0 else edge - 0.001 * (n - k + 1)
                extra.append({**anchor, "text": ch, "x0": x, "x1": x + 0.0005})
        elif op == "replace" and all(_CID.fullmatch(t) for t in a[i1:i2]):
            ink[i1]["text"] = "".join(b[j1:j2])
            for c in ink[i1 + 1 : i2]:
                c["text"] = ""
    spaces = [c for c in chars if str(c["text"]).isspace()]
    return [c for c in ink if c["text"]] + spaces + extra


def _folded(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each character as the text will have it: a Kangxi radical or compatibility
    ideograph (as Chromium's and Office's fonts map their glyphs: ⼀、 for 一、) is its
    unified ideograph before any rule reads a heading's number or a header's words."""
    out = []
    for c in chars:
        text = str(c["text"])
        folded = fold_compat(text)
        out.append(c if folded == text else {**c, "text": folded})
    return out


def _read_page(page: Any, reference: str | None = None) -> _Page:
    """The page's lines in reading order. Text drawn at 90, 180 or 270 degrees (on
    the page as displayed, after its ``/Rotate``) is turned upright first, each
    direction on its own, the most used one first: read as drawn, each character
    would be a line of its own, in no order."""
    number = int(page.page_number)
    width, height = float(page.width), float(page.height)
    tables: list[tuple[Any, Any]] = []
    forms: list[_Form] = []
    tiled = _tiled_watermark(list(page.chars))
    for t in _without_backdrop(page, tiled).find_tables():
        cells = [[None if c is None else fold_compat(c) for c in row] for row in t.extract()]
        if _edge_band(cells, t.bbox, height):
            continue
        form = _form(t, cells)
        if form is None:
            tables.append((t.bbox, cells))
        else:
            forms.append(form)
    boxes = [b for b, _ in tables] + [f.bbox for f in forms]
    read = [box for f in forms for box in (f.content, f.title) if box is not None]
    # a tiled watermark's characters go once repaired (the repair aligns them all with
    # PDFium's text) and before any is folded (⽂ to 文): found by place, not text
    repaired = _repair(_ocr_sequence(_overprinted(list(page.chars))), reference)
    drawn = [c for c in repaired if _char_key(c) not in tiled]
    chars = [c for c in _folded(drawn) if not _in_any(c, boxes) or _in_any(c, read)]
    slanted = [c for c in chars if _slanted(c)]
    if slanted:  # a watermark or stamp drawn across the page (内部资料 at 45°)
        log.debug("pdf: page %d: %d characters set at a slant left out", number, len(slanted))
        chars = [c for c in chars if not _slanted(c)]
    if tiled:  # a faint line tiled over the page, upright (WPS's 宏达物流　内部资料)
        log.debug("pdf: page %d: a tiled watermark left out", number)
    chars = _without_line_numbers(_level_skew(chars, width, height), number)
    groups = _directions(chars) or [(0, [])]
    ordered: list[_Line] = []
    main = groups[0][0]
    for angle, group in groups:
        turned = [_turn(c, angle, width, height) for c in group] if angle else group
        rows = _rows(turned)
        pieces = [g for row in rows for g in _split_row(row)]
        table_lines = _table_lines(tables, number) if angle == 0 else []  # as displayed
        lines = [_make_line(g, number) for g in pieces] + table_lines
        frame = (height, width) if angle in (90, 270) else (width, height)
        # the gutter is looked for between pieces parted by narrower gaps than lines:
        # two columns' lines at one height run together across a narrow gutter
        narrow = [_extent(g, number) for row in rows for g in _split_row(row, _GUTTER_GAP)]
        gutters = _gutters(narrow + table_lines, *frame)
        if gutters:  # rows again, each column on its own
            for gutter in sorted(gutters):
                pieces = _split_at_gutter(pieces, gutter)
            lines = [_make_line(g, number) for g in pieces] + table_lines
            _assign_columns(lines, gutters)
        for ln in lines:
            ln.turned = angle != main
        ordered += _reading_order(lines)
    if all(angle for angle, _ in groups):  # no upright text: the tables go last
        ordered += _table_lines(tables, number)
    if main:
        return _Page(number, *((height, width) if main in (90, 270) else (width, height)), ordered)
    out = _Page(number, width, height, ordered, _rules(page, width), _shades(page, width))
    out.separators = _separators(page, width, height)
    for form in forms:
        _place_form(out, form)
    return out


_WATERMARK_COPIES = 3  # a watermark's text tiled this many times or more on one page
_FAINT = (0.6, 0.95)  # luminance: a light grey, not the white of text on a dark fill


def _char_key(c: dict[str, Any]) -> tuple[float, float, float]:
    """Where a character is drawn and how large: its text may be repaired or folded."""
    return (round(float(c["x0"]), 2), round(float(c["top"]), 2), round(float(c["size"]), 1))


def _tiled_watermark(chars: list[dict[str, Any]]) -> set[tuple[float, float, float]]:
    """The characters (their keys) of a watermark tiled upright over the page: in a
    light grey, larger than the page's text, their text in drawing order one string
    repeated three times or more. OCR'd or not, they would be read into the lines they
    cross, character by character."""
    if not chars:
        return set()
    # the text's size, the watermark's own characters aside (a cover's few lines)
    plain = [c for c in chars if not _faint(c.get("non_stroking_color"))] or chars
    sizes = sorted(float(c.get("size", 0.0)) for c in plain)
    usual = sizes[len(sizes) // 2]
    groups: dict[tuple[str, float], list[dict[str, Any]]] = {}
    for c in chars:
        size = float(c.get("size", 0.0))
        if size > usual and _faint(c.get("non_stroking_color")):
            groups.setdefault((str(c.get("non_stroking_color")), round(size, 1)), []).append(c)
    out: set[tuple[float, float, float]] = set()
    for group in groups.values():
        text = "".join(str(c["text"]) for c in group)
        if _repeats(text) >= _WATERMARK_COPIES:
            out.update(_char_key(c) for c in group)
    return out


def _repeats(text: str) -> int:
    """How many times ``text`` is one string of two characters or more over again."""
    for period in range(2, len(text) // _WATERMARK_COPIES + 1):
        if len(text) % period == 0 and text == text[:period] * (len(text) // period):
            return len(text) // period
    return 1


def _faint(colour: Any) -> bool:
    """A gray, RGB or CMYK fill in a light grey (a watermark's), not white."""
    light = _luminance(colour)
    return light is not None and _FAINT[0] <= light < _FAINT[1]


def _edge_band(rows: list[list[str | None]], bbox: tuple[float, ...], height: float) -> bool:
    """A one-row "table" wholly inside the page's top or bottom margin zone is a header or
    footer band (a slide's footline: author, short title and frame number in coloured
    boxes side by side), not a table: its text is read as lines, so the running-line
    checks see it repeated page after page instead of a table cell in the body."""
    top, bottom = float(bbox[1]), float(bbox[3])
    zone = _MARGIN_ZONE * height
    return len(rows) == 1 and (bottom <= zone or top >= height - zone)


_BACKDROP_SHARE = 0.9  # of the page's width and height: a slide's background, its frame
_DARK = 0.5  # luminance: a fill text can only stand on in a light colour (a cover's navy)


def _without_backdrop(page: Any, tiled: set[tuple[float, float, float]] | None = None) -> Any:
    """A page less its rectangles nearly as large as itself where they are a backdrop:
    any on a slide (a landscape page: its background fill or frame), a dark fill on
    any page (a brochure's navy cover). pdfplumber's table finder takes a backdrop's
    edges for a table, and every line on the page becomes that table's cell. A light
    canvas on a portrait page stays (a mind map's is read as the table it gives). The
    characters of a ``tiled`` watermark go too, so no table cell reads them."""
    width, height = float(page.width), float(page.height)
    slide = width > height
    tiled = tiled or set()

    def keep(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") == "char":
            return _char_key(obj) not in tiled
        return not (
            obj.get("object_type") == "rect"
            and float(obj["x1"]) - float(obj["x0"]) >= _BACKDROP_SHARE * width
            and float(obj["bottom"]) - float(obj["top"]) >= _BACKDROP_SHARE * height
            and (slide or (bool(obj.get("fill")) and _dark(obj.get("non_stroking_color"))))
        )

    # a filtered page keeps what it parsed past the page's close: made only when needed
    if tiled or not all(keep(r) for r in page.rects):
        return page.filter(keep)
    return page


def _dark(colour: Any) -> bool:
    """A gray, RGB or CMYK colour darker than mid-grey."""
    light = _luminance(colour)
    return light is not None and light < _DARK


def _luminance(colour: Any) -> float | None:
    """A gray, RGB or CMYK colour's luminance (Rec. 709), 0 black to 1 white; None for
    anything else (a pattern, no colour)."""
    if not isinstance(colour, tuple | list) or not all(isinstance(v, int | float) for v in colour):
        return None
    values = [float(v) for v in colour]
    if len(values) == 4:
        c, m, y, k = values
        values = [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
    if len(values) == 1:
        return values[0]
    if len(values) == 3:
        return 0.2126 * values[0] + 0.7152 * values[1] + 0.0722 * values[2]
    return None


_RULE_SHARE = 0.5  # of the page's width: a rule across the text block, not a cell's edge


def _rules(page: Any, width: float) -> list[_Rule]:
    """The page's horizontal rules at least half the page wide (drawn lines and the
    edges of thin rectangles), with whether they are red."""
    out: list[_Rule] = []
    for e in page.edges:
        if e.get("orientation") != "h" or float(e["x1"]) - float(e["x0"]) < _RULE_SHARE * width:
            continue
        red = _red(e.get("stroking_color")) or (
            e.get("object_type") == "rect_edge" and _red(e.get("non_stroking_color"))
        )
        out.append(_Rule(float(e["top"]), float(e["x0"]), float(e["x1"]), red))
    return out


_SEPARATOR_SHARE = (0.1, 0.45)  # of the page's width: Word's, LaTeX's, Typst's note rule


def _separators(page: Any, width: float, height: float) -> list[tuple[float, float, float]]:
    """Short horizontal rules in the page's lower half, left of its middle: where a
    footnote separator may stand (x0, top, x1)."""
    out: list[tuple[float, float, float]] = []
    low, high = _SEPARATOR_SHARE
    for e in page.edges:
        x0, x1, top = float(e["x0"]), float(e["x1"]), float(e["top"])
        if e.get("orientation") != "h" or not low * width <= x1 - x0 <= high * width:
            continue
        if top > height / 2 and x1 < width / 2 and (x0, top, x1) not in out:
            out.append((x0, top, x1))
    return out


_SIDEBAR_SHARE = 0.4  # of the page's width: a sidebar is narrower than the text beside it


def _shades(page: Any, width: float) -> list[tuple[float, float, float, float]]:
    """The page's filled rectangles in a tint (not white), at most ``_SIDEBAR_SHARE``
    of the page wide: where a sidebar may stand."""
    out: list[tuple[float, float, float, float]] = []
    for r in page.rects:
        colour = r.get("non_stroking_color")
        if not r.get("fill") or not isinstance(colour, tuple | list) or not colour:
            continue
        if not all(isinstance(v, int | float) for v in colour):
            continue
        # white is 1 in gray and RGB, 0 in every CMYK channel
        white = all(v == 0 for v in colour) if len(colour) == 4 else all(v >= 0.99 for v in colour)
        box = (float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"]))
        if not white and box[2] - box[0] <= _SIDEBAR_SHARE * width and box not in out:
            out.append(box)
    return out


def _red(colour: Any) -> bool:
    """An RGB or CMYK colour that reads red (a 公文's red rule and masthead)."""
    if not isinstance(colour, tuple | list) or not all(isinstance(v, int | float) for v in colour):
        return False
    values = [float(v) for v in colour]
    if len(values) == 3:
        r, g, b = values
        return r >= 0.5 and g <= 0.35 and b <= 0.35
    if len(values) == 4:
        c, m, y, k = values
        return m >= 0.5 and y >= 0.5 and c <= 0.3 and k <= 0.3
    return False


def _table_lines(tables: list[tuple[Any, Any]], number: int) -> list[_Line]:
    out = []
    for (x0, top, x1, bottom), rows in tables:
        cells = [[_cell_text(c) for c in row] for row in rows]
        if any(c for row in cells for c in row):
            out.append(_Line("", x0, x1, top, bottom, 0, False, number, kind="table", rows=cells))
    return out


def _extent(chars: list[dict[str, Any]], page: int) -> _Line:
    """Where the characters lie (and what they say), for finding a gutter."""
    return _Line(
        text="".join(str(c["text"]) for c in chars),
        x0=min(float(c["x0"]) for c in chars),
        x1=max(float(c["x1"]) for c in chars),
        top=min(float(c["top"]) for c in chars),
        bottom=max(float(c["bottom"]) for c in chars),
        size=0.0,
        bold=False,
        page=page,
    )


def _split_at_gutter(
    pieces: list[list[dict[str, Any]]], gutter: float
) -> list[list[dict[str, Any]]]:
    """Two columns' rows made again, each column's characters on their own: a narrow
    gutter let two lines at one height run together, and columns whose baselines are
    offset mixed their rows. Lines that span the gutter (a title, an abstract) stay."""
    spanning: list[dict[str, Any]] = []
    sides: tuple[list[dict[str, Any]], list[dict[str, Any]]] = ([], [])
    for piece in pieces:
        if _spans(piece, gutter):
            spanning += piece
        else:
            for c in piece:
                sides[(c["x0"] + c["x1"]) / 2 >= gutter].append(c)
    return [g for chars in (spanning, *sides) for row in _rows(chars) for g in _split_row(row)]


def _spans(piece: list[dict[str, Any]], gutter: float) -> bool:
    """The characters cross the gutter with no gap there (one line across both)."""
    if not (piece[0]["x0"] < gutter < piece[-1]["x1"]):
        return False
    for a, b in pairwise(piece):
        if a["x1"] <= gutter + 1 and b["x0"] >= gutter - 1:
            gap = float(b["x0"]) - float(a["x1"])
            return gap < _GUTTER_GAP * max(float(b["size"]), 1.0)
    return True


_GUTTER_GAP = 0.8  # a gap this wide (in sizes) at the gutter parts two columns' lines


# ------------------------------------------------------------------ reading order


_GUTTER_LINES = 6  # lines a page (or a column) needs before a gutter is looked for


def _gutters(lines: list[_Line], width: float, height: float) -> list[float]:
    """The vertical gutters between a page's columns, the page's first: none, the one
    of two columns, or that one and a second gutter on one side of it, when the side is
    itself two columns of running text (a brochure's sidebar of key figures beside two
    text columns).

    Columns drift apart vertically (a heading in one pushes its lines down), so a
    gutter is found from horizontal coverage, not from rows that hold both columns.
    """
    # running headers and page numbers (not dropped yet) must not vote
    top, bottom = _MARGIN_ZONE * height, (1 - _MARGIN_ZONE) * height
    text = [ln for ln in lines if ln.kind != "table" and ln.top >= top and ln.bottom <= bottom]
    if len(text) < _GUTTER_LINES:
        return []
    gutter = _page_gutter(text, 0.0, width)
    if gutter is None or not _columns(text, gutter):
        gutter = _gutter_under_front(text, width)
    if gutter is None:
        return []
    found = [gutter]
    for side in _sides(text, gutter):
        if len(side) < _GUTTER_LINES:
            continue
        lo, hi = min(ln.x0 for ln in side), max(ln.x1 for ln in side)
        inner = _page_gutter(side, lo, hi)
        if inner is not None and all(_mostly_full(s, hi - lo) for s in _sides(side, inner)):
            found.append(inner)
    return found


def _sides(lines: list[_Line], gutter: float) -> tuple[list[_Line], list[_Line]]:
    """The lines left of the gutter and those right of it (a line across it is in
    neither)."""
    return [ln for ln in lines if ln.x1 <= gutter], [ln for ln in lines if ln.x0 >= gutter]


_COLUMN_FULL = 3  # lines filling a side: a column of running text has a few at least


def _columns(text: list[_Line], gutter: float) -> bool:
    """The gutter parts columns: each side holds several lines (two lists of points set
    side by side), or one side is a column of running text, most of its lines filling
    it and a few of them at least (the other may be a sidebar's short lines). A few
    short heads on one side and an appendix's centred title on the other are none."""
    sides = _sides(text, gutter)
    if min(len(side) for side in sides) >= _COLUMN_LINES:
        return True
    for side in sides:
        full = _full_lines(side)
        if len(full) >= _COLUMN_FULL and 2 * len(full) >= len(side):
            return True
    return False


def _page_gutter(text: list[_Line], lo: float, hi: float) -> float | None:
    """A gutter down the whole text block, between ``lo`` and ``hi`` (the page's or
    one column's extent), or None."""
    allowed = max(2, int(0.15 * len(text)))  # headers, titles, page numbers may cross
    best: tuple[int, int] | None = None  # (score, x)
    run: list[int] = []
    for x in range(int(lo + 0.3 * (hi - lo)), int(lo + 0.7 * (hi - lo))):
        cross = sum(1 for ln in text if ln.x0 < x < ln.x1)
        left = sum(1 for ln in text if ln.x1 <= x)
        right = sum(1 for ln in text if ln.x0 >= x)
        if cross > allowed or min(left, right) < max(3, len(text) // 10):
            continue
        score = min(left, right) - 3 * cross
        if best is None or score > best[0]:
            best, run = (score, x), [x]
        elif score == best[0] and run and x == run[-1] + 1:
            run.append(x)
    if best is None:
        return None
    return (run[0] + run[-1]) / 2


_COLUMN_LINES = 5  # lines each column needs beside the other under front matter


def _gutter_under_front(text: list[_Line], width: float) -> float | None:
    """A gutter under one-column front matter (a paper's title block and abstract, then
    two columns from a section break): lines may cross it only above the band where
    both columns have lines, and each column is mostly prose (a borderless table's
    cells are short or ragged)."""
    lo, hi = int(0.3 * width), int(0.7 * width)
    # cheap first: a page of one column has few lines clear of either side of its middle
    if min(sum(ln.x1 <= hi for ln in text), sum(ln.x0 >= lo for ln in text)) < _COLUMN_LINES:
        return None
    best: tuple[int, int] | None = None
    run: list[int] = []
    for x in range(lo, hi):
        left = [ln for ln in text if ln.x1 <= x]
        right = [ln for ln in text if ln.x0 >= x]
        if len(left) < _COLUMN_LINES or len(right) < _COLUMN_LINES:
            continue
        start = max(min(ln.top for ln in left), min(ln.top for ln in right))
        end = min(max(ln.bottom for ln in left), max(ln.bottom for ln in right))
        inside = [ln for ln in text if ln.top >= start - 1 and ln.bottom <= end + 1]
        left = [ln for ln in inside if ln.x1 <= x]
        right = [ln for ln in inside if ln.x0 >= x]
        cross = len(inside) - len(left) - len(right)
        if cross > max(2, int(0.15 * len(inside))):
            continue
        if min(len(left), len(right)) < max(_COLUMN_LINES, len(inside) // 10):
            continue
        if not (_mostly_full(left, width) and _mostly_full(right, width)):
            continue
        score = min(len(left), len(right)) - 3 * cross
        if best is None or score > best[0]:
            best, run = (score, x), [x]
        elif score == best[0] and run and x == run[-1] + 1:
            run.append(x)
    return None if best is None else (run[0] + run[-1]) / 2


_FULL = 0.7  # of the column's width: a line of running text fills its column
_COLUMN_SHARE = 0.3  # of the page's width: one of two columns of text is that wide


def _mostly_full(lines: list[_Line], width: float) -> bool:
    """A column of text: as wide as one of two, most lines filling it (a borderless
    table's cells are narrow, short or ragged)."""
    widest = max(ln.x1 - ln.x0 for ln in lines)
    if widest < _COLUMN_SHARE * width:
        return False
    return 2 * len(_full_lines(lines)) >= len(lines)


def _full_lines(lines: list[_Line]) -> list[_Line]:
    """The lines of running text that fill their column (as wide as its widest, nearly)."""
    widest = max((ln.x1 - ln.x0 for ln in lines), default=0.0)
    return [ln for ln in lines if ln.x1 - ln.x0 >= _FULL * widest and len(ln.text) >= _PROSE_MIN]


def _assign_columns(lines: list[_Line], gutters: list[float]) -> None:
    """Columns numbered from 1 at the left; 0 for a line across the page's gutter (the
    first). A line across a gutter inside one side (a box's caption over its two
    columns of figures) stays in that side, in the column its start is in."""
    page = gutters[0]
    for ln in lines:
        across = ln.x0 < page < ln.x1
        ln.column = 0 if across else 1 + sum(ln.x0 >= g for g in gutters)


def _reading_order(lines: list[_Line]) -> list[_Line]:
    """Top to bottom; between full-width lines, the left column before the right."""
    out: list[_Line] = []
    band: list[_Line] = []

    def flush() -> None:
        out.extend(sorted(band, key=lambda ln: (ln.column, ln.top, ln.x0)))
        band.clear()

    for ln in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        if ln.column == 0:
            flush()
            out.append(ln)
        else:
            band.append(ln)
    flush()
    return out
