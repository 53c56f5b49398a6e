"""Web pages to blocks: trafilatura (Apache-2.0) finds the main content.

Navigation, sidebars, footers and other boilerplate are dropped by trafilatura; its
XML output keeps ``h1``-``h6`` as ``<head rend="hN">``, paragraphs, lists and tables,
which become blocks. The charset comes from the document (BOM, ``<meta charset>`` or
``http-equiv``), GBK/GB2312 read as their superset GB18030; without a declaration
UTF-8 is tried, then charset-normalizer. Title, author and date come from the page's
``<title>`` and ``<meta>`` tags. (eval/bench_structure.py measures trafilatura against
readability-lxml on headings; trafilatura kept them all.)
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import InputError
from .base import Extracted, TextBuilder, clean, join_words

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_\-]+)""", re.I)
_SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030"}
_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "publishdate",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "publish_time",
    "firstpublishedtime",
)
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "byl")


def decode_html(data: bytes, name: str) -> tuple[str, str]:
    """The page's text and the encoding it was read with."""
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    m = _META_CHARSET.search(data[:8192])
    if m:
        declared = m.group(1).decode("ascii").lower()
        enc = _SUPERSETS.get(declared, declared)
        try:
            return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: fall back to detection
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_8"]).best()
    if best is None:
        raise InputError(f"{name}: cannot decode the HTML page; save it as UTF-8 and try again.")
    enc = _SUPERSETS.get(best.encoding, best.encoding)
    return data.decode(enc, errors="replace"), enc


def read_html(data: bytes, name: str) -> Extracted:
    import trafilatura
    from lxml import etree

    html, encoding = decode_html(data, name)
    xml = trafilatura.extract(
        html,
        output_format="xml",
        include_tables=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        with_metadata=False,
        favor_precision=True,  # without it, a page with no article yields its menus
    )
    if not xml:
        raise InputError(
            f"{name}: no main text found in the HTML page (only navigation or boilerplate); "
            "save the article's text as .txt and give that."
        )
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    meta = _metadata(html)
    out = TextBuilder()
    body = main if main is not None else root
    heads = list(body.iter("head"))
    title_el = _title_head(body, heads, meta.get("title", ""))
    top = min((_level(h) for h in heads if h is not title_el), default=1)
    _walk(body, out, title_el, top)
    if not any(b.kind in ("body", "table") for b in out.blocks):
        raise InputError(
            f"{name}: no main text found in the HTML page (only headings); save the "
            "article's text as .txt and give that."
        )
    ex = Extracted(out.text(), out.blocks, "html", metadata=meta)
    ex.metadata["encoding"] = encoding
    return ex


def _level(h: Any) -> int:
    rend = str(h.get("rend", ""))
    return int(rend[1]) if len(rend) == 2 and rend[0] == "h" and rend[1].isdigit() else 2


def _title_head(body: Any, heads: list[Any], title: str) -> Any | None:
    """The first element, when it is the only top-level heading or repeats <title>."""
    first = next(iter(body), None)
    if first is None or first.tag != "head":
        return None
    level = _level(first)
    alone = all(_level(h) > level for h in heads if h is not first)
    return first if alone or (title and _same(_text(first), title)) else None


def _text(el: Any) -> str:
    """An element's text; <lb/> joins like a line break inside a paragraph."""
    pieces = [""]
    if el.text:
        pieces[-1] += el.text
    for child in el:
        if child.tag == "lb":
            pieces.append("")
        else:
            pieces[-1] += "".join(child.itertext())
        if child.tail:
            pieces[-1] += child.tail
    out = ""
    for p in pieces:
        out = join_words(out, clean(p))
    return out


def _walk(el: Any, out: TextBuilder, title_el: Any | None, top: int) -> None:
    for child in el:
        tag = child.tag
        if child is title_el:
            out.add("title", _text(child))
        elif tag == "head":
            out.add("heading", _text(child), level=max(1, _level(child) - top + 1))
        elif tag == "p":
            out.add("body", _text(child))
        elif tag == "list":
            for item in child.iter("item"):
                out.add("body", _text(item))
        elif tag == "table":
            rows = [[_text(c) for c in row.iter("cell")] for row in child.iter("row")]
            out.add_table([r for r in rows if any(r)])
        elif len(child):
            _walk(child, out, title_el, top)
        elif child.text and child.text.strip():
            out.add("body", _text(child))


def _same(a: str, b: str) -> bool:
    a, b = re.sub(r"\s+", "", a), re.sub(r"\s+", "", b)
    return bool(a) and (a == b or b.startswith(a) or a.startswith(b))


def _metadata(html: str) -> dict[str, str]:
    import lxml.html

    try:
        doc = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return {}
    meta: dict[str, str] = {}
    title = doc.findtext(".//title")
    if title and title.strip():
        meta["title"] = _site_stripped(clean(title))
    tags: dict[str, str] = {}
    for m in doc.iter("meta"):
        key = (m.get("name") or m.get("property") or m.get("itemprop") or "").lower()
        if key and m.get("content"):
            tags.setdefault(key, clean(str(m.get("content"))))
    author = next((tags[k] for k in _AUTHOR_KEYS if tags.get(k)), None)
    date = next((tags[k] for k in _DATE_KEYS if tags.get(k)), None)
    if author:
        meta["author"] = author
    if date:
        meta["date"] = date
    return meta


def _site_stripped(title: str) -> str:
    """Drop the site name after the last separator: 文章标题 - 某某网 gives 文章标题."""
    parts = re.split(r"\s+[-|–—_]\s+|\s*[|｜]\s*", title)
    return parts[0] if len(parts) > 1 and len(parts[0]) >= 4 else title
