"""Word .docx to blocks, with python-docx (MIT).

Paragraphs and tables are read in body order. Headings come from the style
(``Title``, ``Heading N``, or any style with an outline level) or the paragraph's own
outline level; a "fake heading" is a short Normal paragraph set entirely in bold or in
a larger size than the body, or a short one numbered 一、/（一）/第一章. Fake
headings take their level from the numbering (一、 = 1, （一） = 2) or else from their
size rank. List items and table rows keep their own blocks; core properties (title,
author, dates) become metadata.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from typing import Any

from ..errors import InputError
from .base import MAX_FAKE_HEADING, Extracted, TextBuilder, numbered_level, one_clause

_HEADING_STYLE = re.compile(r"(?:heading|标题)\s*(\d)", re.I)
_HEADING_CHARS = 40  # a numbered Normal paragraph up to this long is a heading


def read_docx(data: bytes, name: str) -> Extracted:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        items = list(document.iter_inner_content())
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise InputError(
            f"{name}: the .docx is corrupt or truncated ({type(e).__name__}); open and save "
            "it again in Word or LibreOffice."
        ) from e
    except Exception as e:  # lxml XMLSyntaxError and others from a damaged package
        raise InputError(
            f"{name}: the .docx cannot be read ({type(e).__name__}: {e}); open and save it "
            "again in Word or LibreOffice."
        ) from e
    paras = {id(p): _Para.of(p) for p in items if not hasattr(p, "rows")}
    body_size = _body_size(list(paras.values()))
    larger = [p for p in paras.values() if p.size and body_size and p.size > body_size + 0.5]
    fake_title = _fake_title(list(paras.values()), larger)
    fake_sizes = sorted({p.size for p in larger if p is not fake_title and p.size}, reverse=True)
    out = TextBuilder()
    title_done = False
    for item in items:
        if hasattr(item, "rows"):
            out.add_table(_table_rows(item))
            continue
        p = paras[id(item)]
        kind, level = ("title", 0) if p is fake_title else p.classify(body_size, fake_sizes)
        if kind == "title" and title_done:
            kind, level = "heading", 1
        title_done = title_done or kind == "title"
        out.add(kind, p.text, level=level)
    return Extracted(out.text(), out.blocks, "docx", metadata=_core(document))


def _fake_title(paras: list[_Para], larger: list[_Para]) -> _Para | None:
    """The first paragraph, when it is the only one in the largest size (and short)."""
    first = next((p for p in paras if p.text.strip()), None)
    if first is None or first not in larger or len(first.text.strip()) > MAX_FAKE_HEADING:
        return None
    top = max(p.size or 0.0 for p in larger)
    same = [p for p in larger if p.size == top]
    return first if first.size == top and len(same) == 1 else None


class _Para:
    def __init__(self, text: str, style: str, outline: int | None, runs: list[Any]) -> None:
        self.text = text
        self.style = style
        self.outline = outline
        ink = [r for r in runs if r.text.strip()]
        self.bold = bool(ink) and all(_bold(r) for r in ink)
        sizes = [r.font.size.pt for r in ink if r.font.size is not None]
        self.size: float | None = max(sizes) if sizes and len(sizes) == len(ink) else None

    @classmethod
    def of(cls, p: Any) -> _Para:
        style = p.style.name if p.style is not None else "Normal"
        return cls(p.text, style, _outline(p), list(p.runs))

    def classify(self, body_size: float | None, fake_sizes: list[float]) -> tuple[str, int]:
        text = self.text.strip()
        if self.style == "Title":
            return "title", 0
        m = _HEADING_STYLE.match(self.style)
        if m:
            return "heading", max(1, int(m.group(1)))
        if self.outline is not None:
            return "heading", self.outline
        if not one_clause(text):
            return "body", 0
        numbered = numbered_level(text)
        larger = self.size is not None and self.size in fake_sizes
        if numbered is not None and (self.bold or larger or len(text) <= _HEADING_CHARS):
            return "heading", numbered
        if larger:
            return "heading", fake_sizes.index(self.size or 0) + 1
        if self.bold and body_size is not None:
            return "heading", len(fake_sizes) + 1
        return "body", 0


def _bold(run: Any) -> bool:
    if run.bold is not None:
        return bool(run.bold)
    style = run.style
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
    return False


def _outline(p: Any) -> int | None:
    """``w:outlineLvl`` on the paragraph or its style (0 = level 1, 9 = body text)."""
    for el in (p._p.pPr, getattr(p.style, "_element", None)):
        if el is None:
            continue
        found = el.xpath(".//w:outlineLvl/@w:val")
        if found:
            value = int(found[0])
            return value + 1 if value < 9 else None
    return None


def _body_size(paras: list[_Para]) -> float | None:
    sizes: Counter[float] = Counter()
    for p in paras:
        sizes[p.size or 0.0] += len(p.text)
    if not sizes:
        return None
    size = sizes.most_common(1)[0][0]
    return size or 11.0  # the style default (no explicit size) counts as ordinary text


def _table_rows(table: Any) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell repeats in every grid column
                continue
            seen.add(id(cell._tc))
            cells.append(cell.text)
        rows.append(cells)
    return rows


def _core(document: Any) -> dict[str, str]:
    props = document.core_properties
    meta: dict[str, str] = {}
    for key, value in (
        ("title", props.title),
        ("author", props.author),
        ("subject", props.subject),
        ("date", props.created),
        ("modified", props.modified),
    ):
        if value:
            meta[key] = value.date().isoformat() if hasattr(value, "date") else str(value).strip()
    return meta
