"""Web pages to blocks: trafilatura (Apache-2.0) finds the main content.

Navigation, sidebars, footers and other boilerplate are dropped by trafilatura; its
XML output keeps ``h1``-``h6`` as ``<head rend="hN">``, paragraphs, lists and tables,
which become blocks. The charset comes from the document (BOM, ``<meta charset>`` or
``http-equiv``), GBK/GB2312 read as their superset GB18030 and Big5 as Big5-HKSCS (as
browsers read them); without a declaration UTF-8 is tried, then charset-normalizer.
Title, author and date come from the page's ``<title>`` and ``<meta>`` tags.
(eval/bench_structure.py measures trafilatura against readability-lxml on headings;
trafilatura kept them all.)
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from typing import Any

from ..errors import InputError
from ..segmentation.metadata import DISCLAIMER, bracketed_meta, dateline_line, parse_meta
from .base import (
    CAPTION,
    CELL_SEP,
    CONTROL,
    EDITOR_LINE,
    FINISHED,
    HAN_CHAR,
    ROW_SEP,
    SUBHEAD_CHARS,
    Block,
    Extracted,
    TextBuilder,
    clean,
    form_fields,
    join_words,
    list_numbering,
    numbered_level,
    one_clause,
    prose_line,
    record_fields,
    site_line,
    site_tail,
    squash,
)
from .css import css_rules, declared, font_size_px, font_tag_px
from .pdf2html import pdf_lines_as_paragraphs
from .wordpage import owning_table, read_word_page, word_processor_page

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_\-]+)""", re.I)
_SUPERSETS = {"gbk": "gb18030", "gb2312": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030"}
# Browsers read every Big5 label as Big5-HKSCS (the WHATWG Encoding Standard), so Hong
# Kong pages declared big5 hold HKSCS characters (羣, 綫, 温) that cp950 lacks
_SUPERSETS |= dict.fromkeys(("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"), "big5hkscs")
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
        codecs = (enc, "cp950") if enc == "big5hkscs" else (enc,)  # cp950's own € too
        for codec in codecs:
            try:
                return data.decode(codec), codec
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
    import lxml.html
    from lxml import etree

    html, encoding = decode_html(data, name)
    # Office's HTML export keeps Word's field and anchor marks (\x01, \x05): not text,
    # and not allowed in XML, so the extractor gave up on the whole page
    html = CONTROL.sub("", html.replace("\r\n", "\n").replace("\r", "\n"))
    try:
        page = lxml.html.document_fromstring(html)
        pdf_lines_as_paragraphs(page, _page_titles(page))  # headings for restore_headings
        drop_templates(page)
        drop_heading_anchors(page)  # the headline's text for the title's reconciling
        encyclopedia_furniture(page)
        drop_edit_links(page)
        infobox_labels_as_text(page)
    except (ValueError, etree.ParserError):
        page = None
    if page is not None and word_processor_page(page):
        return _word_page(page, name, encoding)
    if page is not None and _bare_body(page):
        html = _in_article(html)
    xml = _main_content(html, page, name)
    if not xml:
        raise InputError(
            f"{name}: no main text found in the HTML page (only navigation or boilerplate); "
            "save the article's text as .txt and give that."
        )
    root = etree.fromstring(xml.encode("utf-8"))
    _drop_backlinks(root)
    if page is not None:
        restore_headings(root, page)
    main = root.find("main")
    meta = _metadata(page)
    out = TextBuilder()
    body = main if main is not None else root
    heads = list(body.iter("head"))
    title_el = _title_head(body, heads, meta.get("title", ""))
    if title_el is None:
        title_el = _title_under_masthead(body, meta)
    if title_el is None:
        title_el = _title_para(body, meta)
    if title_el is None and meta.get("title"):
        out.add("title", meta["title"])  # the reconciled title, when the extract lacks it
    top = min((_level(h) for h in heads if h is not title_el), default=1)
    walker = _Walker(out, title_el, top)
    walker.extras = lambda: _lead_and_infobox(page, xml, out)
    walker.title = meta.get("title", "")
    if page is not None:  # the ranks of the subheads told by their size
        centred = _centred(page)
        sized = larger_lines(page, centred)
        walker.sized = {squash(el.text_content()): rank for el, rank in sized}
        walker.centred = centred_lines(page, centred)
    if title_el is None:
        walker.extras()
    walker.walk(body)
    out.blocks = colon_heads_over_prose(out.blocks, out.text(), walker.colon_heads)
    if walker.related_at is not None:
        out = _without_end_matter(out, walker.related_at)
    out = _without_references(out, page is not None and _paper_page(page))
    out = _without_related_lists(out)
    out = _after_the_editor(out)
    out = _after_the_end_mark(out)
    out = _without_reprint_notes(out)
    out = _fields_tables(out, meta)
    out.blocks = _plain_numbered_heads(out.blocks, out.text())
    out.blocks = _demote_empty_headings(_nest_under_plain_head(out.blocks, out.text()))
    if not any(b.kind in ("body", "table") for b in out.blocks):
        raise InputError(
            f"{name}: no main text found in the HTML page (only headings); save the "
            "article's text as .txt and give that."
        )
    ex = Extracted(out.text(), out.blocks, "html", metadata=meta)
    ex.metadata["encoding"] = encoding
    return ex


_BARE_PARAS = 3  # paragraphs set straight in <body>: a page without a content container


def _bare_body(page: Any) -> bool:
    """Paragraphs set straight in ``<body>`` or in bare ``<section>``s (pandoc's standalone
    HTML, a static site's or a hand-written page): trafilatura finds no content container
    in such a page and falls back to its paragraphs alone, losing the headings and lists
    between them."""
    body = page.find("body")
    if body is None:
        return False
    bare, total = 0, 0
    for p in body.iter("p"):
        up = [a.tag for a in p.iterancestors()]
        total += 1
        bare += set(up[: up.index("body")]) <= _BARE_WRAPPERS if "body" in up else 0
    # most of them: a page's footer lines beside an article in a <div> are no such page
    return bare >= _BARE_PARAS and 2 * bare > total


_BARE_WRAPPERS = frozenset({"section", "blockquote"})  # no content container


def _in_article(html: str) -> str:
    """The page with its body's content in one ``<article>``: the container to find.
    The body's tags are looked for outside comments, scripts and style sheets (a
    ``<body>`` written in a script's string is none)."""
    masked = _UNREAD.sub(lambda m: " " * len(m.group()), html)  # offsets kept
    opening = re.search(r"<body\b[^>]*>", masked, re.I)
    if opening is None:
        return html
    closing = re.search(r"</body\s*>", masked[opening.end() :], re.I)
    end = opening.end() + closing.start() if closing else len(html)
    return f"{html[: opening.end()]}<article>{html[opening.end() : end]}</article>{html[end:]}"


_UNREAD = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.I | re.S)


# a footnote's link back to its reference: ↩︎ (pandoc), ↩ (Python-Markdown), ↑, ^
_BACKLINK = re.compile(r"[\s\u21a9\u2191^\ufe0e\ufe0f]+")


def _drop_backlinks(root: Any) -> None:
    """A note's link back to where it is cited is a page tool, not its words."""
    for ref in list(root.iter("ref")):
        text = "".join(ref.itertext())
        if not text.strip() or not _BACKLINK.fullmatch(text) or ref.getparent() is None:
            continue
        if (ref.tail or "").strip():
            _keep_tail(ref)
        else:
            ref.getparent().remove(ref)


def _keep_tail(el: Any) -> None:
    """Remove ``el`` and keep the text after it."""
    parent, prev = el.getparent(), el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + (el.tail or "")
    else:
        parent.text = (parent.text or "") + (el.tail or "")
    parent.remove(el)


def _word_page(page: Any, name: str, encoding: str) -> Extracted:
    """A page a word processor saved, read as the document it is (reading/wordpage)."""
    blocks, found = read_word_page(page, _font_sizes(page), _centred(page))
    meta = _metadata(page)
    out = TextBuilder()
    for kind, text, level in blocks:
        if kind == "table":
            out.add_table([row.split("\t") for row in text.split("\n")])
        else:
            out.add(kind, text, level=level)
    if not any(b.kind in ("body", "table") for b in out.blocks):
        raise InputError(f"{name}: no text found in the word processor's web page.")
    title = next((t for kind, t, _ in blocks if kind == "title"), "")
    if title:
        meta["title"] = title
    for label, value in found.items():
        if label in ("author", "date"):  # the byline the page shows wins over <meta>
            meta[label] = value
        else:
            meta.setdefault(label, value)
    ex = Extracted(out.text(), out.blocks, "html", metadata=meta)
    ex.metadata["encoding"] = encoding
    return ex


def _parse(html: str, name: str) -> Any:
    """The page's tree, parsed as trafilatura parses it, but as deep as libxml2 goes
    (2,048 levels with ``huge_tree``, not 256: deeper elements were cut off, and the
    page refused as having no main text), with wrappers below ``FLATTEN_DEPTH``
    unwrapped so that the extractor's tree walks stay fast."""
    import lxml.html

    parser = lxml.html.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
    )
    try:
        tree = lxml.html.fromstring(html, parser=parser)
    except ValueError:  # a str with an encoding declaration: parse its bytes
        tree = lxml.html.fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    if any("Excessive depth" in e.message for e in parser.error_log):
        raise InputError(
            f"{name}: the HTML page nests its elements more than 2,048 levels deep, "
            "deeper than the HTML parser reads; open it in a browser and save the "
            "article's text as .txt."
        )
    _flatten(tree)
    pdf_lines_as_paragraphs(tree, _page_titles(tree))
    drop_templates(tree)
    drop_heading_anchors(tree)
    summaries_as_paragraphs(tree)
    drop_hidden(tree)
    drop_page_info(tree)
    drop_tab_labels(tree)
    drop_video_boxes(tree)
    drop_picture_lists(tree)
    drop_forum_replies(tree)
    drop_forum_ratings(tree)
    encyclopedia_furniture(tree)
    drop_edit_links(tree)
    infobox_labels_as_text(tree)
    mark_styled_bold(tree)
    inline_sections_as_paragraphs(tree)
    badged_subheads(tree)
    unruled_subheads(tree)
    larger_lines_as_subheads(tree)
    wrap_loose_text(tree)  # first: a layout cell's text runs become its paragraphs
    coloured_lines_as_subheads(tree)
    lines_among_paragraphs(tree)
    unwrap_layout_tables(tree)
    drop_ads(tree)
    drop_site_notices(tree)
    drop_forum_calls(tree)
    drop_script_buttons(tree)
    drop_skip_links(tree)
    drop_link_bars(tree)
    drop_link_tables(tree)
    pre_as_paragraphs(tree)
    pictures_as_files(tree)
    return tree


_PICTURE_TYPE = re.compile(r"image/(\w+)|wx_fmt=(\w+)", re.I)


def pictures_as_files(tree: Any) -> None:
    """A picture whose address names no picture file (SingleFile's ``data:image/png``
    copies, a saved page's local ``640(1)``, a CDN's ``640?wx_fmt=jpeg``) is named one
    in an added ``data-src-`` attribute: the extractor keeps pictures by their file
    names only, and a kept picture marks the caption under it."""
    from trafilatura.utils import is_image_file

    for n, img in enumerate(tree.iter("img")):
        srcs = [str(v) for k, v in img.attrib.items() if k == "src" or k.startswith("data-src")]
        if not any(src.strip() for src in srcs) or any(is_image_file(src) for src in srcs):
            continue
        kind = next((m for src in srcs if (m := _PICTURE_TYPE.search(src[:200]))), None)
        ext = next((g for g in kind.groups() if g), "png") if kind else "png"
        img.set("data-src-file", f"picture{n}.{ext.lower()}")


_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)
_HIDDEN_CHARS = 200  # a hidden box holding more is an article a script unfolds: kept


def drop_hidden(tree: Any) -> None:
    """Elements a browser does not show (``style="display:none"``, ``hidden``, a class
    the page's own style sheet hides) are not the page's text: a forum's anti-scraping
    strings hidden at each line's start, an image's hidden download tip. Their lengths
    are summed bottom-up in one pass, made only when something is hidden. A long hidden
    box that goes on with the article's own box (a paywall's fold) joins it."""
    hidden = [
        el
        for el in tree.iter()
        if isinstance(el.tag, str)
        and el.tag not in ("html", "body")
        and (el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or ""))
    ]
    hidden += _hidden_by_style_sheet(tree)
    if not hidden:
        return
    chars: dict[Any, int] = {}
    for el in reversed(list(tree.iter())):
        kids = [c for c in el if isinstance(c.tag, str)]
        chars[el] = len(el.text or "") + sum(chars[c] + len(c.tail or "") for c in kids)
    for el in hidden:
        if chars[el] <= _HIDDEN_CHARS and el.getparent() is not None:  # not in one dropped
            el.drop_tree()
        elif (shown := _folded_from(el, set(hidden))) is not None:
            _unfold(el, shown)


def _folded_from(box: Any, hidden: set[Any]) -> Any | None:
    """The shown box whose article a hidden box goes on with: the rest a paywall or a
    展开全文 button folds away, a box of prose paragraphs after a shown box of prose of
    the same kind (a class they share, or the shown one's id the hidden one's opening:
    ``content`` and ``content_more``). Tab panes are hidden by twos and more, or hold
    link lists: not folds."""
    parent = box.getparent()
    if parent is None or not _prose_box(box):
        return None
    if _OTHER_BOX.search(" ".join(_names(box))) or _opening_heading(box) is not None:
        return None  # readers' comments, the next article, related ones: not the rest
    kin = [s for s in parent if s is not box and s.tag == box.tag and _same_box(s, box)]
    if any(s in hidden for s in kin):  # another hidden pane beside it: tabs
        return None
    shown = [s for s in box.itersiblings(preceding=True) if s in kin]
    return next((s for s in shown if _prose_box(s)), None)


def _same_box(a: Any, b: Any) -> bool:
    """Two boxes of one kind: the same classes, or one's id opens the other's."""
    ids = sorted(((a.get("id") or "").strip(), (b.get("id") or "").strip()), key=len)
    if ids[0] and ids[1].startswith(ids[0]):
        return True
    classes = set((a.get("class") or "").split())
    return bool(classes) and classes == set((b.get("class") or "").split())


_OTHER_BOX = re.compile(r"comment|reply|next|prev|related|recommend|pinglun|xiangguan", re.I)


def _opening_heading(box: Any) -> Any | None:
    """The box's first element, when it is a heading (``h1``-``h6``)."""
    first = next((c for c in box if isinstance(c.tag, str)), None)
    return first if first is not None and first.tag in _HEADINGS else None


_PROSE_LINKS = 0.2  # share of a prose box's text in links; a link list is nearly all links


def _prose_box(box: Any) -> bool:
    """A box of two or more paragraphs, little of its text in links."""
    paras = [p for p in box.iter("p") if clean(p.text_content())]
    text = len(clean(box.text_content()))
    links = sum(len(clean(a.text_content())) for a in box.iter("a"))
    return len(paras) >= 2 and text > 0 and links <= _PROSE_LINKS * text


def _unfold(box: Any, shown: Any) -> None:
    """The folded rest's paragraphs are moved to the end of the shown part, so the
    article reads on in one box, past the wall between them (您已阅读28%…, 订阅)."""
    from lxml import etree

    log.debug("html: unfolded an article's rest: %s", clean(box.text_content())[:40])
    if box.text and box.text.strip():
        lead = etree.SubElement(shown, "p")
        lead.text = box.text
    for child in list(box):
        shown.append(child)  # moves it, its tail with it
    box.drop_tree()


def _hidden_by_style_sheet(tree: Any) -> list[Any]:
    """Elements a ``<style>`` rule hides on every screen (``.jammer{display:none}``);
    rules inside ``@media`` (print, a phone's width) hide them only sometimes."""
    return _styled(
        tree,
        lambda body, nested: not nested and _HIDDEN_STYLE.search(body) is not None,
        lambda el: el.tag not in ("html", "body"),
    )


def drop_page_info(tree: Any) -> None:
    """An element marked ``role="contentinfo"`` (ARIA's landmark for what a page says
    about itself: a footer, a blog post's signature box with its author, source and
    copyright lines) is not the article's text."""
    for el in [e for e in tree.iter() if isinstance(e.tag, str) and e.get("role") == "contentinfo"]:
        if el.getparent() is not None:
            log.debug("html: dropped the page's own information: %s", clean(el.text_content())[:40])
            el.drop_tree()


# a forum post's message box: Discuz! postmessage_N, vBulletin post_message_N, 贴吧's
# post_content_N
_POST_MESSAGE = re.compile(r"post_?(?:message|content)_?\d+", re.I)


def drop_forum_ratings(tree: Any) -> None:
    """A forum post's rating log (参与人数 2　威望 +4　收起理由, then who rated it and
    why) is the forum's, not the post's words."""
    for el in list(tree.iter("table", "dl", "div")):
        if el.getparent() is None:
            continue
        if _RATING_LOG.match(squash(el.text_content())) and len(el.text_content()) < _RATING_CHARS:
            log.debug("html: dropped a post's rating log: %s", clean(el.text_content())[:40])
            el.drop_tree()


# its own markers: 参与人数 2 威望 +4 收起理由 (a survey's 参与人数 | 1200 is a table)
_RATING_LOG = re.compile(r"参与人数\d+.{0,40}?(?:收起理由|(?:威望|金钱|贡献|积分)[+＋]\d)")
_RATING_CHARS = 2000


def drop_forum_replies(tree: Any) -> None:
    """A forum thread's first post is its article; the posts after it are replies
    (沙发, 板凳: thanks, opinions, quotes of the first post), not the article's text.
    The thread starter's own later posts (接上楼: an article longer than a post) go on
    with it: their text is moved into the first post's box, in order."""
    posts = [el for el in tree.iter() if _POST_MESSAGE.fullmatch(el.get("id") or "")]
    if len(posts) < 2:
        return
    holding = Counter(a for box in posts for a in box.iterancestors())  # boxes below each
    starter = _post_author(posts[0], holding)
    for el in posts[1:]:
        if el.getparent() is None:
            continue
        if starter and _post_author(el, holding) == starter:
            _append_post(posts[0], el)
        else:
            log.debug("html: dropped a forum reply: %s", clean(el.text_content())[:40])
            el.drop_tree()


def _post_author(box: Any, holding: Counter[Any]) -> str:
    """The name a post is signed with: the first link's text in the post's own box (the
    highest ancestor of its message box that holds no other message box, ``holding``
    counting the message boxes below each element), before the message."""
    post = box
    while (up := post.getparent()) is not None and holding[up] == 1:
        post = up
    for a in post.iter("a"):
        if box in a.iterancestors() or a is box:
            break
        if name := squash(a.text_content()):
            return name
    return ""


def _append_post(first: Any, later: Any) -> None:
    """Move a later post's content to the end of the first post's box, a paragraph
    break (``<br><br>``) between them."""
    from lxml import etree

    for _ in range(2):
        etree.SubElement(first, "br")
    first[-1].tail = later.text
    for child in list(later):
        first.append(child)  # moves it, its tail with it
    later.drop_tree()


_WRAP_SLACK = 4  # a numbered line this much shorter than the wrap width stands alone


def pre_as_paragraphs(tree: Any) -> None:
    """Chinese text published in a ``<pre>`` (a notice kept as plain text): its blank
    lines part paragraphs, its hard-wrapped lines are joined again, and a short
    numbered line (一、…, （一）…) stands alone as a subhead, as in plain text. The
    extractor would read the whole ``<pre>`` as one quote."""
    from lxml import etree

    for pre in list(tree.iter("pre")):
        text = pre.text_content()
        if len(HAN_CHAR.findall(text)) < 0.3 * len(text.strip() or "x"):
            continue  # code or a table of figures, not prose
        div = etree.Element("div")
        for kind, para in _pre_blocks(text):
            el = etree.SubElement(div, "p")
            if kind == "heading":
                etree.SubElement(el, "b").text = para
            else:
                el.text = para
        div.tail = pre.tail
        pre.getparent().replace(pre, div)


def _pre_blocks(text: str) -> list[tuple[str, str]]:
    lines = [ln.strip(" \t\u3000") for ln in text.splitlines()]
    width = max((len(ln) for ln in lines), default=0)
    out: list[tuple[str, str]] = []
    para = ""
    short = False  # the last line stopped short of the wrap width: its paragraph ended
    for ln in [*lines, ""]:
        alone = numbered_level(ln) is not None and len(ln) <= width - _WRAP_SLACK
        if (not ln or alone or short) and para:
            out.append(("body", para))
            para = ""
        short = len(ln) <= width - _WRAP_SLACK
        if alone:
            out.append(("heading", ln))
        elif ln:
            para = join_words(para, ln) if para and _ascii_join(para, ln) else para + ln
    return out


def _ascii_join(a: str, b: str) -> bool:
    """Two wrapped lines of Latin words meet with a space; Chinese lines without."""
    return a[-1:].isascii() and a[-1:].isalpha() and b[:1].isascii() and b[:1].isalpha()


def _page_titles(tree: Any) -> set[str]:
    """The page's own titles (its ``<h1>``s, its ``<title>`` less the site's name),
    squashed."""
    found = {squash(h.text_content()) for h in tree.iter("h1")}
    found |= {squash(_site_stripped(clean(t.text_content()))) for t in tree.iter("title")}
    return found - {""}


def drop_templates(tree: Any) -> None:
    """A ``<template>``'s content is inert (a script's material, never shown): not the
    page's text."""
    for el in list(tree.iter("template")):
        if el.getparent() is not None:
            el.drop_tree()


# class or id tokens of a tab bar's labels: tab-nav, tabs_nav, tab-bar, tab-title,
# Bootstrap's nav-tabs
_TAB_BAR = re.compile(
    r"(?:\w+[-_])?(?:tabs?[-_]?(?:nav|bar|head(?:er)?|titles?|menu|btns?)|nav[-_]?tabs)", re.I
)
_TAB_BAR_CHARS = 60  # a tab bar's labels are a few words; more is content named so


def _names(el: Any) -> list[str]:
    """The element's class and id tokens."""
    return f"{el.get('class') or ''} {el.get('id') or ''}".split()


def drop_tab_labels(tree: Any) -> None:
    """A tab bar's labels (文字实录 图片直播 相关报道 over the panes they switch) name the
    page's panes, the hidden ones too: not the text. Known by ARIA's ``role="tablist"``
    or a tab bar's class name."""
    bars = [
        el
        for el in tree.iter()
        if isinstance(el.tag, str)
        and (el.get("role") == "tablist" or any(_TAB_BAR.fullmatch(t) for t in _names(el)))
    ]
    for el in bars:
        if el.getparent() is not None and len(clean(el.text_content())) <= _TAB_BAR_CHARS:
            log.debug("html: dropped a tab bar: %s", clean(el.text_content()))
            el.drop_tree()


def drop_picture_lists(tree: Any) -> None:
    """A list whose every item is a picture and its short caption (a side box's photo
    gallery: 图说两会, 图片新闻) shows photos, not the article's text."""
    for lst in list(tree.iter("ul", "ol")):
        items = [li for li in lst if li.tag == "li"]
        if len(items) < 2 or lst.getparent() is None:
            continue
        if all(_picture_item(li) for li in items):
            log.debug("html: dropped a list of pictures: %s", clean(lst.text_content())[:40])
            lst.drop_tree()


def _picture_item(li: Any) -> bool:
    text = clean(li.text_content())
    return (
        li.find(".//img") is not None
        and len(text) <= _CAPTION_CHARS
        and not text.endswith(FINISHED)
    )


_MEDIA = ("video", "audio", "embed", "object")


def drop_video_boxes(tree: Any) -> None:
    """A video (its fallback text: 您的浏览器不支持视频播放) and the short title or
    caption in its box (【视频】…) stand for a film the text cannot show: left out.
    A box holding more text than a caption keeps it."""
    for media in list(tree.iter(*_MEDIA)):
        if media.getparent() is None:
            continue  # in a box already dropped
        box = media.getparent()
        rest = len(clean(box.text_content())) - len(clean(media.text_content()))
        gone = box if box.tag not in ("body", "html") and rest <= _CAPTION_CHARS else media
        log.debug("html: dropped a video: %s", clean(gone.text_content())[:40])
        gone.drop_tree()


# class or id tokens of advertisement boxes: ad, ads, right_ad_item, advert, gg300x250 (广告)
_AD_NAME = re.compile(r"(?:^|[_-])(?:ads?|adv|advert\w*|guanggao)(?:$|[_-])|^gg(?:\d|$|[_-])", re.I)


_AD_CHARS = 500  # an ad says a slogan or a few links; a box so named holding more is the text


def drop_ads(tree: Any) -> None:
    """Advertisement boxes (named so in their class or id, or by their own title) are
    not the article's. A box
    holding an article's length of text is the text, whatever its name (a blog's
    content box named for the keyword ads a script puts in it: ``sina_keyword_ad_area``)."""
    ads = [
        el
        for el in tree.iter()
        if isinstance(el.tag, str)
        and el.tag not in ("html", "body")
        and (
            any(_AD_NAME.search(t) for t in f"{el.get('class') or ''} {el.get('id') or ''}".split())
            or _titled_ad(el)
        )
    ]
    for el in ads:
        if el.getparent() is not None and len(clean(el.text_content())) <= _AD_CHARS:
            log.debug("html: dropped an advertisement box: %s", clean(el.text_content())[:40])
            el.drop_tree()


# a side box's own title naming it an advertisement: 广告, 广告位, 推广, 赞助商, AD
_AD_TITLE = re.compile(r"广告(?:位|区|栏)?|推广|赞助(?:商)?|advertisements?|sponsored", re.I)


def _titled_ad(box: Any) -> bool:
    """A box whose first element is a heading naming it an advertisement (``<h5>广告位
    </h5>`` over a picture and 广告位招商 line in a portal's side column)."""
    first = _opening_heading(box)
    if first is None or _AD_TITLE.fullmatch(clean(first.text_content())) is None:
        return False
    # a section of the text so named (推广 over its paragraphs) holds prose
    return not any(prose_line(clean(p.text_content())) for p in box.iter("p"))


# a portal's call to its forum under an article: 进入【新浪财经股吧】讨论, 到【论坛】交流
_FORUM_CALL = re.compile(
    r"(?:点击)?(?:进入|去|到)\s*[【\[［][^【】\[\]［］]{1,20}[】\]］]\s*(?:参与)?(?:讨论|交流|互动)"
)


def drop_forum_calls(tree: Any) -> None:
    """A paragraph that is only a link to the site's forum as a call (进入【…股吧】讨论)
    is the portal's, put under every article, not the article's words."""
    for p in list(tree.iter("p", "div")):
        if p.getparent() is None or p.find(".//a") is None:
            continue
        if _FORUM_CALL.fullmatch(squash(p.text_content())):
            log.debug("html: dropped a call to the forum: %s", clean(p.text_content())[:40])
            p.drop_tree()


# class or id tokens of a site's notice box under an article: post_statement,
# article-declare, disclaimer, 声明 (shengming), 免责 (mianze)
_NOTICE_NAME = re.compile(
    r"(?:^|[_-])(?:statement|disclaimer|declare|shengming|mianze)(?:$|[_-])", re.I
)


def drop_site_notices(tree: Any) -> None:
    """A box named as the site's statement or disclaimer (特别声明：以上内容为…用户上传
    并发布，本平台仅提供信息存储服务, its English Notice beside it) is the platform's, set
    under every article, not the article's text. A box so named that holds labelled
    fields (（本文来源：…　编辑：…）) is the article's credit, kept for the metadata; one
    holding an article's length is the text."""
    boxes = [
        el
        for el in tree.iter()
        if isinstance(el.tag, str)
        and el.tag not in ("html", "body")
        and any(_NOTICE_NAME.search(t) for t in _names(el))
    ]
    for el in boxes:
        text = clean(el.text_content())
        if el.getparent() is None or len(text) > _AD_CHARS:
            continue
        if form_fields(text.strip("（()）【】[]")):
            continue
        for part in _notice_parts(el):  # 声明：…仅代表作者观点: the segmenter's disclaimer
            if not _DISCLAIMER_LINE.fullmatch(clean(part.text_content())):
                log.debug("html: dropped the site's notice: %s", clean(part.text_content())[:40])
                part.drop_tree()


_DISCLAIMER_LINE = re.compile(DISCLAIMER, re.S)


def _notice_parts(box: Any) -> list[Any]:
    """A notice box's paragraphs (the Chinese statement, its English Notice), or the
    box itself when it has none."""
    parts = [p for p in box.iter("p", "div") if p is not box and not p.findall(".//p")]
    return parts or [box]


# a page's button set as a bracketed link: 【纠错】, 【打印】, 【关闭窗口】, [收藏]
_BRACKETED_LABEL = re.compile(r"[【\[［][^【】\[\]［］]{1,8}[】\]］]")


_SKIP_LINK = re.compile(r"(?:跳到|跳转到|跳至|跳轉到|skip to)\s*\S{1,12}", re.I)


def summaries_as_paragraphs(tree: Any) -> None:
    """A collapsible note's ``<summary>`` (指标说明 over an admonition's hidden text)
    names the box: a line of text, not a section's heading. A toggle's summary (a
    Notion export's toggle heading over its section) stays what the extractor makes it."""
    for el in tree.iter("summary"):
        box = el.getparent()
        if box is not None and _ADMONITION.search(f"{box.get('class') or ''}"):
            el.tag = "p"


# the classes of a documentation site's admonitions: tip, note, warning, info, callout
_ADMONITION = re.compile(
    r"\b(?:admonition|tip|note|info|warning|caution|danger|important|hint|callout|details)\b", re.I
)


def drop_heading_anchors(tree: Any) -> None:
    """A heading's permalink (``<a class="headerlink" href="#id1">¶</a>``, VuePress's
    ``#`` before it, Docusaurus's empty ``hash-link``, a blog's ``🔗``): a link within
    the page whose text is only such a mark, or nothing, is the site's, not the
    heading's words."""
    for h in list(tree.iter(*_HEADINGS)):
        for a in list(h.iter("a")):
            href = str(a.get("href") or "").strip()
            mark = _PERMALINK.fullmatch(a.text_content() or "")
            if href.startswith("#") and mark and a.getparent() is not None:
                a.drop_tree()


# a permalink's mark: #, ¶, §, 🔗, ⚓, or only spaces (zero-width ones too)
_PERMALINK = re.compile(r"[\s\u200b\ufeff]*(?:[#¶§🔗⚓∞][\ufe0f]?)?[\s\u200b\ufeff]*")


def drop_skip_links(tree: Any) -> None:
    """A link within the page (``href="#…"``) that says where to jump (跳到导航, 跳到搜索,
    Skip to content) is the page's accessibility aid, not the article's words."""
    for a in list(tree.iter("a")):
        href = str(a.get("href") or "").strip()
        skip = href.startswith("#") and _SKIP_LINK.fullmatch(clean(a.text_content()))
        if skip and a.getparent() is not None:
            a.drop_tree()


_LINK_BAR_LINKS = 3  # links in a row: a site's menu (首页 | 简介 | 动态), not a sentence's
_BAR_MARK = "|｜·•/／"  # what a menu sets between its links


def drop_link_bars(tree: Any) -> None:
    """A line that is only links set in a row, a separator between each two (网站首页　|
    联合会简介　|　工作动态, the menu of an old table-laid site), is the site's
    navigation: removed, or, as a table's cell, emptied only where the cell is its
    row's one (a layout table's). Links one a line (an attachment list) and a line with
    a word of its own between the links (相关阅读：…) are left to other rules."""
    for el in list(tree.iter("td", "div", "p", "li")):
        links = [a for a in el.iter("a") if clean(a.text_content())]
        if len(links) < _LINK_BAR_LINKS or el.getparent() is None or el.find(".//br") is not None:
            continue
        if _holds_block(el):
            continue
        if el.tag == "td" and len([c for c in el.getparent() if c.tag in ("td", "th")]) > 1:
            continue  # a data table's cell of links (PDF / DOC / WPS): its row keeps it
        rest = clean(el.text_content())
        for a in links:
            rest = rest.replace(clean(a.text_content()), "", 1)
        marks = sum(rest.count(c) for c in _BAR_MARK)
        if marks < len(links) - 1 or rest.strip(_BAR_MARK + " \u3000\u00a0-－—>＞»›"):
            continue
        log.debug("html: a bar of links left out: %s", clean(el.text_content()))
        if el.tag == "td":
            for child in list(el):
                el.remove(child)
            el.text = None
        else:
            el.drop_tree()


def drop_link_tables(tree: Any) -> None:
    """A table whose every cell is a link (a paper's 版面导航 and 本版新闻 lists, a
    pager's 上一篇：… and 下一篇：… rows), but for a row that only names the list, is
    the site's navigation: removed. A table with a word of its own in a cell (a number,
    a date, a value beside the links) holds data and stays."""
    for table in list(tree.iter("table")):
        cells = [c for c in table.iter("td", "th") if owning_table(c) is table]
        texts = [clean(c.text_content()) for c in cells]
        shown = [(c, t) for c, t in zip(cells, texts, strict=True) if t]
        links = [c for c, _t in shown if _link_cell(c)]
        if len(links) < _LINK_TABLE_LINKS or table.getparent() is None:
            continue
        if any(not _link_cell(c) and not _list_name(c, t) for c, t in shown):
            continue
        log.debug("html: a table of links left out: %s", " ".join(texts)[:80])
        table.drop_tree()


_LINK_TABLE_LINKS = 2
# a pager's label before its link: 上一篇：, 下一篇：
_PAGER_LABEL = re.compile(r"(?:上一|下一)(?:篇|条|页|頁)\s*[：:]?")


def _link_cell(cell: Any) -> bool:
    """The cell is a link and nothing else, or a pager's label and its link."""
    linked = squash(_linked_text(cell))
    rest = squash(cell.text_content()).replace(linked, "", 1)
    return bool(linked) and (not rest or _PAGER_LABEL.fullmatch(rest) is not None)


def _list_name(cell: Any, text: str) -> bool:
    """A cell alone in its row naming the list of links under it (版面导航, 本版新闻)."""
    row = cell.getparent()
    alone = row is not None and len([c for c in row if c.tag in ("td", "th")]) == 1
    return alone and len(text) <= _LIST_NAME_CHARS and not re.search(r"\d", text)


_LIST_NAME_CHARS = 8


def drop_script_buttons(tree: Any) -> None:
    """A link that runs a script (``href="javascript:…"``) labelled in brackets
    (【纠错】, 【打印】) is a button of the page, not the article's words: removed, its
    tail kept. A script link with plain words (a term's pop-up inside a sentence) stays."""
    for a in list(tree.iter("a")):
        href = str(a.get("href") or "").strip().lower()
        if not href.startswith("javascript:") or a.getparent() is None:
            continue
        if _BRACKETED_LABEL.fullmatch(clean(a.text_content())):
            log.debug("html: dropped a page's button: %s", clean(a.text_content()))
            a.drop_tree()


_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "table", "ul", "ol", "dl", "blockquote", "pre", "hr"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "form", "center"}
)
_CONTAINERS = ("div", "td", "th", "section", "article", "font", "center", "body", "main")


def wrap_loose_text(tree: Any) -> None:
    """Text that sits loose beside block elements (old portals: paragraphs as runs of
    text between ``<p>`` subheads, split by ``<br><br>``) is put in ``<p>``s, one per
    run, so the extractor, which reads text inside blocks, keeps it."""
    for el in list(tree.iter(*_CONTAINERS)):
        kids = [c for c in el if isinstance(c.tag, str)]
        indented = sum(c.tag == "br" and _INDENT.match(c.tail or "") is not None for c in kids)
        typed = _finished_lines(el) >= _INDENTED_RUNS
        runs = max(indented, _double_breaks(kids), _INDENTED_RUNS if typed else 0)
        if not any(c.tag in _BLOCK_TAGS for c in kids) and runs < _INDENTED_RUNS:
            continue
        if (el.text or "").strip() or any((c.tail or "").strip() for c in el):
            _wrap_runs(el, typed)


def _finished_lines(el: Any) -> int:
    """The ``<br>``s among an element's children that end a finished sentence: text
    typed into a post box (a forum's, a microblog's), where each Enter is a ``<br>``
    and each line a paragraph."""
    before = el.text or ""
    count = 0
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "br":
            count += clean(before).endswith(FINISHED)
            before = child.tail or ""
        else:
            before = (child.tail or "") if (child.tail or "").strip() else child.text_content()
    return count


# a line opening with an indent (&nbsp;&nbsp;&nbsp;&nbsp;, 　　) after a <br> starts a paragraph
# (Discuz's editor types it as &nbsp; and spaces by turns: &nbsp; &nbsp; &nbsp; &nbsp;)
_INDENT = re.compile(r"[ \t\r\n]*(?:[\xa0\u3000] ?){2}")
_INDENTED_RUNS = 2  # indented lines after <br>s a text needs to be read as paragraphs


def _double_breaks(kids: list[Any]) -> int:
    """``<br><br>`` pairs among an element's children: a microblog's post and a forum's
    text break their paragraphs so."""
    return sum(
        a.tag == "br" and b.tag == "br" and not (a.tail or "").strip() for a, b in pairwise(kids)
    )


def _bold_line(run: Any) -> bool:
    """The run so far is one bold element and nothing else: a subhead on its own line."""
    return (
        len(run) == 1
        and run[0].tag in ("b", "strong")
        and not (run.text or "").strip()
        and not (run[0].tail or "").strip()
    )


def _wrap_runs(el: Any, typed: bool = False) -> None:
    """``el``'s loose text in ``<p>``s, one per run; in ``typed`` text (see
    ``_finished_lines``) a ``<br>`` after a finished sentence ends a run too, and a short
    numbered line (一、…) stands alone as a bold subhead, as in plain text."""
    from lxml import etree

    items: list[Any] = [el.text or ""]
    el.text = None
    for child in list(el):
        tail, child.tail = child.tail or "", None
        el.remove(child)
        items += [child, tail]
    run: Any = None
    for k, item in enumerate(items):
        nxt = items[k + 1] if k + 1 < len(items) else ""
        if isinstance(item, str):
            if run is None and item.strip():
                run = etree.SubElement(el, "p")
            _append_text(run if run is not None else el, item)
        elif isinstance(item.tag, str) and item.tag in _BLOCK_TAGS:
            run = None
            el.append(item)
        elif item.tag == "br" and run is not None and _ends_with_br(run):
            run[-1].drop_tree()  # <br><br>: the run ends here
            run = None
        elif item.tag == "br" and isinstance(nxt, str) and _INDENT.match(nxt):
            run = None  # <br> and an indented line: a new paragraph
        elif item.tag == "br" and run is not None and _bold_line(run):
            run = None  # a bold line and <br>: a subhead, its own paragraph
        elif item.tag == "br" and run is not None and typed and _typed_line_ends(run):
            run = None
        elif item.tag == "br" or not isinstance(item.tag, str):
            (run if run is not None else el).append(item)
        else:
            if run is None:
                run = etree.SubElement(el, "p")
            run.append(item)


def _typed_line_ends(run: Any) -> bool:
    """The typed line so far ends its paragraph: a finished sentence, or a short
    numbered line (then set bold: a subhead)."""
    text = clean(run.text_content())
    if text.endswith(FINISHED):
        return True
    numbered = numbered_level(text) is not None and len(text) <= SUBHEAD_CHARS
    if not numbered or not one_clause(text) or text.endswith(tuple("：:，,；;")):
        return False
    if not _bold_line(run):
        _wrap_in_bold(run)
    return True


def _append_text(el: Any, text: str) -> None:
    if len(el):
        el[-1].tail = (el[-1].tail or "") + text
    else:
        el.text = (el.text or "") + text


def _ends_with_br(run: Any) -> bool:
    return len(run) > 0 and run[-1].tag == "br" and not (run[-1].tail or "").strip()


def inline_sections_as_paragraphs(tree: Any) -> None:
    """A ``<section>`` that holds only inline content (text, a picture) is a paragraph
    (WeChat's editor writes subheads, paragraphs and pictures so), and so is such a
    bare ``<div>`` set among ``<p>``s (old editors, IE's among them, write some
    paragraphs of a text as ``<div>``s); the extractor drops text in a section or a div
    outside any paragraph."""
    for el in list(tree.iter("section", "div")):
        if el.tag == "div" and not _among_paragraphs(el):
            continue
        shown = clean(el.text_content()) or el.find(".//img") is not None
        if shown and not _holds_block(el):
            el.tag = "p"


def _among_paragraphs(el: Any) -> bool:
    """A bare element (no class, no id: a site's own boxes, its editor's credit and its
    notices, are named) with a ``<p>`` of text right before or after it."""
    if _names(el):
        return False
    return any(
        sib is not None and sib.tag == "p" and clean(sib.text_content())
        for sib in (el.getprevious(), el.getnext())
    )


_BORDER = re.compile(r"(?:^|;)\s*border[\w-]*\s*:[^;]*;?", re.I)


def unruled_subheads(tree: Any) -> None:
    """A bold subhead ruled off by a border (WeChat's editors draw a line under or a box
    around a section's head) is text: its border goes, since the extractor takes an
    element with a border in its style for a side box and drops it."""
    for el in tree.iter("p", "div", "section"):
        style = el.get("style") or ""
        if "border" in style.lower() and _bold_subhead(_only_block(el)):
            el.set("style", _BORDER.sub("", style))


# a numbered badge beside a subhead: 01, 2, Ⅲ, PART 1
_BADGE = re.compile(r"(?:part)?\s*(?:\d{1,2}|[\u2160-\u216b])", re.I)


def badged_subheads(tree: Any) -> None:
    """Subheads composed beside numbered badges in blocks of their own (the WeChat
    editors' 01, 02 in a circle, then the head's words in a box of their own) are the
    subheads' paragraphs alone: the badges are ornament, and the extractor drops a
    composed box of two short blocks. The badges count from 1 (a key figure's 36 beside
    家世界500强企业 is no badge)."""
    found: list[tuple[Any, Any, int]] = []  # (box, subhead, badge's number)
    for el in list(tree.iter("section", "div")):
        kids = [k for k in el if isinstance(k.tag, str)]
        if len(kids) != 2 or (el.text or "").strip() or any((k.tail or "").strip() for k in kids):
            continue
        marks = [(k, _BADGE.fullmatch(squash(clean(k.text_content())))) for k in kids]
        badges = [(k, m) for k, m in marks if m is not None]
        if len(badges) != 1 or el.getparent() is None:
            continue
        head = _only_block(kids[1] if badges[0][0] is kids[0] else kids[0])
        if _text_block(head) and _bold_subhead(head):
            found.append((el, head, _badge_number(badges[0][1][0])))
    if [n for *_, n in found] != list(range(1, len(found) + 1)) or len(found) < _BADGES:
        return
    for el, head, _ in found:
        log.debug("html: a subhead's numbered badge left out: %s", clean(el.text_content()))
        head.tail = el.tail
        el.getparent().replace(el, head)


_BADGES = 2  # badges a page numbers its subheads with, 01 then 02 at least


def _badge_number(badge: str) -> int:
    digits = re.sub(r"\D", "", badge)
    if digits:
        return int(digits)
    roman = re.sub(r"[^\u2160-\u216b]", "", badge)
    return ord(roman[0]) - 0x2160 + 1 if roman else 0


def _only_block(el: Any) -> Any:
    """The text block an element holds alone, through wrappers of one child each (the
    135 editor's ``<section>`` around a ``<section>`` around the subhead), or the
    element itself."""
    inner = el
    while not _text_block(inner):
        kids = [k for k in inner if isinstance(k.tag, str)]
        if len(kids) != 1 or (inner.text or "").strip() or (kids[0].tail or "").strip():
            return el
        inner = kids[0]
    return inner


def _bold_subhead(el: Any) -> bool:
    """The element's text is one short clause, unfinished, all of it bold."""
    text = clean(el.text_content())
    bold = "".join(clean(b.text_content()) for b in el.iter("b", "strong") if b is not el)
    return (
        len(text) <= SUBHEAD_CHARS
        and one_clause(text)
        and not text.endswith(FINISHED + tuple("：:，,；;"))
        and squash(bold) == squash(text)
    )


_LAYOUT_CELL_CHARS = 200  # a data table's cell is short; a layout cell holds the article


def unwrap_layout_tables(tree: Any) -> None:
    """Tables that lay a page out (portals of the 2000s: the whole article in one cell,
    its paragraphs and headings inside) become ``div``s, so the extractor reads their
    article as text, not as one table row. A layout table has a cell that holds a
    heading, another table, or a long text in several paragraphs, or is one cell
    holding the page's footer band (its copyright line), no data to set in rows."""
    for table in reversed(list(tree.iter("table"))):  # innermost first
        cells = [c for c in table.iter("td", "th") if owning_table(c) is table]
        band = len(cells) == 1 and _FOOTER_BAND.search(clean(cells[0].text_content()))
        if not band and not any(_layout_cell(c) for c in cells):
            continue
        for el in [table, *(e for e in table.iter(*_TABLE_PARTS) if owning_table(e) is table)]:
            el.tag = "div"
            for attr in ("width", "colspan", "rowspan", "align", "valign"):
                el.attrib.pop(attr, None)


_TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th", "caption")
# a page's footer band: its copyright or licence line
_FOOTER_BAND = re.compile(r"©|Copyright|版权所有|版權所有|ICP备|ICP證|ICP证", re.I)


def _layout_cell(cell: Any) -> bool:
    """The cell holds a heading, a table, or a long text in several paragraphs: it lays
    out a page (a data table's cell holds a value, at most one paragraph long)."""
    inner = [e for e in cell.iterdescendants() if isinstance(e.tag, str)]
    if any(e.tag in _LAYOUT for e in inner):
        return True
    paras = [e for e in inner if e.tag in _PARAGRAPHS and clean(e.text_content())]
    return len(paras) >= 2 and len(clean(cell.text_content())) >= _LAYOUT_CELL_CHARS


_LAYOUT = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "table"})
_PARAGRAPHS = frozenset({"p", "div", "section", "ul", "ol", "blockquote"})


_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.I)


def mark_styled_bold(tree: Any) -> None:
    """Inline text made bold by a style (``<span style="font-weight:bold">``, as
    editors of WeChat articles and CMSs write it, or by a rule of the page's style
    sheet) is marked ``<b>``, the way the extractor keeps bold, so a bold-only
    paragraph reads as a subhead; so is a paragraph set wholly in another face than
    the text's (Word pasted into a CMS: 黑体 and 楷体 headings over 仿宋 text). A
    paragraph made bold by a style sheet (``.subtitle { font-weight: bold }`` on a
    ``<div>`` of text) or by its own style has its words wrapped in ``<b>``."""
    for el in tree.iter("span", "font"):
        if _BOLD_STYLE.search(el.get("style") or ""):
            el.tag = "b"
    # a paragraph bold by its own style (<p style="font-weight:700">育新兴：…</p>)
    for el in list(tree.iter("p", "div", "section")):
        if _BOLD_STYLE.search(el.get("style") or "") and _text_block(el):
            _wrap_in_bold(el)
    for el in _bold_by_style_sheet(tree):
        if el.tag in ("span", "font"):
            el.tag = "b"
        else:
            _wrap_in_bold(el)
    _other_face_paragraphs(tree)


def _wrap_in_bold(el: Any) -> None:
    from lxml import etree

    bold = etree.Element("b")
    bold.text, el.text = el.text, None
    for child in list(el):
        bold.append(child)  # moves it, its tail with it
    el.append(bold)


def _text_block(el: Any) -> bool:
    """A paragraph-like element that holds text and no block inside it. The walk stops
    at the first block below, so each node is walked for its nearest block only."""
    if el.tag not in ("p", "div", "section"):
        return False
    return not _holds_block(el) and bool(clean(el.text_content()))


def _holds_block(el: Any) -> bool:
    """A block element (a paragraph, a list, a table…) stands somewhere inside ``el``."""
    return any(isinstance(e.tag, str) and e.tag in _BLOCK_TAGS for e in el.iterdescendants())


def _bold_by_style_sheet(tree: Any) -> list[Any]:
    """Inline elements and paragraphs of text a ``<style>`` rule makes bold
    (``[cms-style~="strong-Bold"] { font-weight: bold }``)."""
    return _styled(
        tree,
        lambda body, _: _BOLD_STYLE.search(body) is not None,
        lambda el: el.tag in ("span", "font") or _text_block(el),
    )


_SELECTORS_MAX = 200  # a site's style sheet styles a few things so, not thousands


def _styled(
    tree: Any, rule: Callable[[str, bool], bool], wanted: Callable[[Any], bool]
) -> list[Any]:
    """The ``wanted`` elements that the page's ``<style>`` rules for which ``rule``
    (declarations, inside an at-rule) holds select; selectors cssselect cannot read are
    passed over, and at most ``_SELECTORS_MAX`` are tried (each one walks the tree)."""
    from cssselect import SelectorError
    from lxml.cssselect import CSSSelector

    found: list[Any] = []
    tried = 0
    for style in tree.iter("style"):
        for selectors, body, nested in css_rules(style.text or ""):
            if not rule(body, nested):
                continue
            for sel in selectors.split(","):
                tried += 1
                if tried > _SELECTORS_MAX:
                    return found
                try:
                    found += [el for el in CSSSelector(sel.strip())(tree) if wanted(el)]
                except (SelectorError, ValueError, TypeError):  # pseudo-elements, odd syntax
                    continue
    return found


_FONT_FAMILY = re.compile(r"(?:^|;)\s*font-family\s*:\s*['\"]?([^;,'\"]+)", re.I)


def _other_face_paragraphs(tree: Any) -> None:
    faces: Counter[str] = Counter()
    spans = [(el, face) for el in tree.iter("span", "font") if (face := _face(el))]
    for el, face in spans:
        faces[face] += len(HAN_CHAR.findall(el.text or ""))
    # the text set in no face of its own (an old site's <font face="楷体_GB2312"> heads
    # over plain <p>s) is in the page's default face
    inside = {id(e) for el, _ in spans for e in el.iter()}
    plain = [e.text or "" for p in tree.iter("p") for e in p.iter() if id(e) not in inside]
    faces[""] += sum(len(HAN_CHAR.findall(t)) for t in plain)
    faces = Counter({k: n for k, n in faces.items() if n})
    if len(faces) < 2:
        return
    body_face, n = faces.most_common(1)[0]
    if 2 * n < sum(faces.values()):
        return  # no face the text is set in
    for el, face in spans:
        parent = el.getparent()
        whole = parent is not None and parent.tag == "p"
        text = clean(el.text_content())
        whole = whole and clean(parent.text_content()) == text and len(text) <= _FACE_HEAD_CHARS
        if face == body_face or not whole or _BRACKETED.fullmatch(text):
            continue  # a bracketed line (（市发展改革委报送）under a title) is a note
        # an old site's <font face>, or a face against the page's default one: only a
        # face heads are set in (黑体, 楷体; a Word paste scatters its 宋体), and against
        # the default face only a numbered head (（一）…; a caption, a 摘自 line in 楷体
        # are no heads)
        styled = _FONT_FAMILY.search(el.get("style") or "") is not None
        if (not styled or not body_face) and _HEAD_FACE.search(face) is None:
            continue
        if not body_face and list_numbering(text) is None:
            continue
        el.tag = "b"


# the faces Chinese documents set their headings in (GB/T 9704: 黑体, 楷体, 小标宋)
_HEAD_FACE = re.compile(r"黑体|黑體|楷体|楷體|小标宋|小標宋|simhei|kaiti|\bhei\b|\bkai\b", re.I)
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")
_FACE_HEAD_CHARS = 60  # a head set in a face of its own; a longer paragraph is a quotation


def _face(el: Any) -> str:
    """The face an inline element sets: its style's font-family, or a ``<font face>``."""
    m = _FONT_FAMILY.search(el.get("style") or "")
    face = m[1] if m else (el.get("face") or "" if el.tag == "font" else "")
    return face.strip()


def larger_lines_as_subheads(tree: Any) -> None:
    """Short lines set wholly larger than the text, with no heading tag and no bold
    (``<p class="title2">`` sized by the page's style sheet, a ``<span
    style="font-size:18px">`` or ``<font size="4">`` in an editor's paragraph), are the
    article's subheads: set bold, the way the extractor keeps a subhead (it can drop a
    heading tag made here, on the pages whose frame it does not find)."""
    for el, _ in larger_lines(tree):
        log.debug("html: a line set larger than the text is a subhead: %s", el.text_content())
        _wrap_in_bold(el)


def lines_among_paragraphs(tree: Any) -> None:
    """A bare ``<div>`` of a line among a text's ``<p>``s (an editor's centred subhead:
    ``<div align="center"><font …>一、…</font></div>``) is one of its paragraphs: made a
    ``<p>``, which the extractor keeps (it dropped the ``<div>``, text and all)."""
    for el in list(tree.iter("div")):
        parent = el.getparent()
        if parent is None or el.get("class") or el.get("id") or not _text_block(el):
            continue
        if sum(1 for c in parent if c.tag == "p") >= _PARAGRAPHS_AROUND:
            el.tag = "p"


_PARAGRAPHS_AROUND = 2


def coloured_lines_as_subheads(tree: Any) -> None:
    """Short lines set wholly in a colour of their own, not bold (a forum post's
    ``<font color="Blue">`` heads, a university site's blue subheads), are subheads:
    set bold, as the extractor keeps them. Grey and black are the text's and the
    captions' colours, no heads'."""
    colours = _colours(tree)
    found = {el: _han_colours(el, colours) for el in tree.iter("p", "div") if _text_block(el)}
    text_colour = _text_colour(found)
    for el, inks in found.items():
        if _page_link(el):
            continue
        text = clean(el.text_content())
        if len(text) > SUBHEAD_CHARS or not one_clause(text) or text.endswith(FINISHED):
            continue
        parent = el.getparent()
        own = next(iter(inks)) if len(inks) == 1 else None
        if own is None or _neutral(own) or own == text_colour:
            continue
        if parent is not None and colours.get(parent) == own:
            continue
        if _wordless(text) or _byline(text):
            continue
        log.debug("html: a line set in a colour of its own is a subhead: %s", text)
        _wrap_in_bold(el)


def _text_colour(found: dict[Any, set[str | None]]) -> str | None:
    """The colour most of the page's paragraph text is set in (its spans' own, when
    a Word page colours every run alike); ``found``: each paragraph's colours."""
    chars: Counter[str | None] = Counter()
    for el, inks in found.items():
        if len(inks) == 1:
            chars[next(iter(inks))] += len(HAN_CHAR.findall(el.text_content()))
    return chars.most_common(1)[0][0] if chars else None


def _colours(tree: Any) -> dict[Any, str | None]:
    """Each element's text colour as declared (inline style, the page's rules, ``<font
    color>``), inherited, lowercased; None where the page sets none."""
    sheet = _style_sheet_values(tree, "color")
    out: dict[Any, str | None] = {}
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        parent = el.getparent()
        value = declared(el.get("style") or "", "color") or sheet.get(el)
        if value is None and el.tag == "font":
            value = el.get("color")
        out[el] = value.strip().lower().replace(" ", "") if value else out.get(parent)
    return out


def _han_colours(el: Any, colours: dict[Any, str | None]) -> set[str | None]:
    """The colours the paragraph's Han characters are set in."""
    found: set[str | None] = set()
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        if HAN_CHAR.search(node.text or ""):
            found.add(colours.get(node))
        for child in node:
            if HAN_CHAR.search(child.tail or ""):
                found.add(colours.get(node))
    return found


_NEUTRAL_NAMES = frozenset(
    {"black", "gray", "grey", "silver", "dimgray", "dimgrey", "darkgray", "darkgrey", "white"}
    | {"lightgray", "lightgrey", "gainsboro", "inherit", "initial", "currentcolor", "unset"}
    # Word's and the system's colours (color:windowtext in Office HTML), no ink of a head's
    | {"windowtext", "auto", "transparent", "buttontext", "captiontext", "graytext"}
    | {"highlighttext", "infotext", "menutext", "canvastext", "fieldtext", "text"}
)


def _neutral(colour: str) -> bool:
    """Black, white or a grey: the text's colour or a caption's, not a head's."""
    if colour in _NEUTRAL_NAMES:
        return True
    rgb = _rgb(colour)
    return rgb is not None and max(rgb) - min(rgb) <= _GREY_SPREAD


_GREY_SPREAD = 24  # of 255: channels this close make a grey


def _rgb(colour: str) -> tuple[int, int, int] | None:
    m = re.fullmatch(r"#([0-9a-f]{3}|[0-9a-f]{6})", colour)
    if m:
        h = m[1] if len(m[1]) == 6 else "".join(c * 2 for c in m[1])
        return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
    m = re.fullmatch(r"rgba?\((\d+),(\d+),(\d+)(?:,[\d.]+)?\)", colour)
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def centred_lines(tree: Any, centred: dict[Any, bool]) -> set[str]:
    """The texts (squashed) of the page's centred paragraphs of a line or two
    (``centred``: ``_centred(tree)``)."""
    return {
        squash(clean(el.text_content()))
        for el in tree.iter("p", "div", "center")
        if centred.get(el, False)
        and _text_block(el)
        and len(clean(el.text_content())) <= _LONG_SUBHEAD_CHARS
    }


def larger_lines(tree: Any, centred: dict[Any, bool] | None = None) -> list[tuple[Any, int]]:
    """The paragraphs set wholly larger than the text that read as subheads, each with
    its rank: 0 for the largest size, 1 for the next, a centred line above one of its
    size that is not (subheads told apart by alignment and colour only)."""
    sizes = _font_sizes(tree)
    blocks = [el for el in tree.iter("p", "div", "section") if _text_block(el)]
    runs = {el: _size_runs(el, sizes) for el in blocks}
    body = _body_size(runs)
    if body is None:
        return []
    centred = _centred(tree) if centred is None else centred
    heads = [el for el in blocks if _larger_subhead(el, runs, body, centred.get(el, False))]
    keys = {el: (_uniform(runs[el]) or 0.0, centred.get(el, False)) for el in heads}
    ranks = sorted(set(keys.values()), reverse=True)
    return [(el, ranks.index(keys[el])) for el in heads]


def _font_sizes(tree: Any) -> dict[Any, float | None]:
    """Each element's font size in CSS pixels as a browser computes it from the inline
    style, the page's ``<style>`` rules and ``<font size>``, inherited; None where
    nothing the page holds sets it (a linked style sheet's sizes are not known)."""
    sheet = _style_sheet_values(tree, "font-size")
    sizes: dict[Any, float | None] = {}
    for el in tree.iter():  # document order: a parent before its children
        if not isinstance(el.tag, str):
            continue
        parent = el.getparent()
        inherited = sizes.get(parent) if parent is not None else None
        value = declared(el.get("style") or "", "font-size") or sheet.get(el)
        own = font_size_px(value, inherited) if value else None
        if own is None and el.tag == "font" and el.get("size"):
            own = font_tag_px(str(el.get("size")))
        sizes[el] = own if own is not None else inherited
    return sizes


def _centred(tree: Any) -> dict[Any, bool]:
    """Whether each element's text is centred (``text-align``, inherited, or the old
    ``align="center"`` and ``<center>``)."""
    sheet = _style_sheet_values(tree, "text-align")
    out: dict[Any, bool] = {}
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        parent = el.getparent()
        value = declared(el.get("style") or "", "text-align") or sheet.get(el) or el.get("align")
        if el.tag == "center":
            value = "center"
        out[el] = value.lower() == "center" if value else out.get(parent, False)
    return out


def _style_sheet_values(tree: Any, prop: str) -> dict[Any, str]:
    """The values the page's ``<style>`` rules give ``prop`` by element, the most
    specific selector winning and a later rule on a tie (rules inside ``@media`` apply
    only sometimes: passed over)."""
    from cssselect import SelectorError, parse
    from lxml.cssselect import CSSSelector

    best: dict[Any, tuple[tuple[int, int, int], int, str]] = {}
    tried = 0
    for style in tree.iter("style"):
        for selectors, body, nested in css_rules(style.text or ""):
            value = None if nested else declared(body, prop)
            if value is None:
                continue
            for sel in selectors.split(","):
                tried += 1
                if tried > _SELECTORS_MAX:
                    return {el: found[2] for el, found in best.items()}
                try:
                    specificity = max(s.specificity() for s in parse(sel))
                    matched = CSSSelector(sel.strip())(tree)
                except (SelectorError, ValueError, TypeError):  # pseudo-elements, odd syntax
                    continue
                for el in matched:
                    if el not in best or (specificity, tried) >= best[el][:2]:
                        best[el] = (specificity, tried, value)
    return {el: found[2] for el, found in best.items()}


def _size_runs(el: Any, sizes: dict[Any, float | None]) -> list[tuple[float | None, int]]:
    """The paragraph's Han characters by the font size they are set in."""
    runs: list[tuple[float | None, int]] = []
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        runs.append((sizes.get(node), len(HAN_CHAR.findall(node.text or ""))))
        runs += [(sizes.get(node), len(HAN_CHAR.findall(c.tail or ""))) for c in node]
    return [(size, n) for size, n in runs if n]


def _uniform(runs: list[tuple[float | None, int]]) -> float | None:
    """The one size all of a paragraph's characters share, else None."""
    found = {size for size, _ in runs}
    return found.pop() if len(found) == 1 else None


def _body_size(runs: dict[Any, list[tuple[float | None, int]]]) -> float | None:
    """The size most of the page's paragraph text is set in, or None when no known
    size holds half of it."""
    chars: Counter[float | None] = Counter()
    for found in runs.values():
        for size, n in found:
            chars[size] += n
    known = [(n, size) for size, n in chars.items() if size is not None]
    if not known:
        return None
    n, size = max(known)
    return size if 2 * n >= sum(chars.values()) else None


def _page_link(el: Any) -> bool:
    """All of the paragraph's text is in links: a pointer to other pages (往期推荐's
    titles), not a subhead."""
    return squash(_linked_text(el)) == squash(el.text_content())


def _linked_text(el: Any) -> str:
    """The text of the links inside ``el``."""
    return "".join("".join(a.itertext()) for a in el.iter("a"))


_SIZE_STEP = 0.5  # px: a size this much larger than the text's is another size


def _larger_subhead(
    el: Any, runs: dict[Any, list[tuple[float | None, int]]], body: float, centred: bool = False
) -> bool:
    """A short heading-like line set wholly larger than the text, among the text's
    paragraphs, or in boxes that hold it alone among them (a side box's larger label
    is not among them). Centred too, it may run longer (a feature's subhead of two
    clauses)."""
    size = _uniform(runs[el])
    if size is None or size < body + _SIZE_STEP:
        return False
    text = clean(el.text_content())
    heading_like = numbered_level(text) is not None or (
        len(text) <= (_LONG_SUBHEAD_CHARS if centred else SUBHEAD_CHARS)
        and one_clause(text)
        and not text.endswith(FINISHED + tuple("：:，,；;"))
    )
    if not heading_like or _wordless(text) or _byline(text) or _page_link(el):
        return False
    box = el  # up through the boxes an editor wraps a subhead in (with its badge: 01)
    for _ in range(_SUBHEAD_WRAPPERS):
        parent = box.getparent()
        if parent is None:
            return False
        if any(
            _uniform(runs.get(sib, [])) == body and len(clean(sib.text_content())) > SUBHEAD_CHARS
            for sib in parent
            if sib in runs
        ):
            return True
        if len(squash(clean(parent.text_content()))) > len(squash(text)) + _BADGE_CHARS:
            return False
        box = parent
    return False


_LONG_SUBHEAD_CHARS = 2 * SUBHEAD_CHARS  # a subhead set larger and centred
_SUBHEAD_WRAPPERS = 3  # boxes around a subhead, each holding it alone (or with a badge)
_BADGE_CHARS = 4  # a badge's number beside the subhead: 01, PART 1


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_EDIT_LINK_CHARS = 4  # 编辑, edit, 编辑本段: a link this short beside a heading is a tool
_BRACKETS = re.compile(r"[\s\[\]【】()（）|｜]+")


def encyclopedia_furniture(tree: Any) -> None:
    """An encyclopedia page's own markup read as what it shows: section titles set in
    ``<div>``s a class ranks (Baike's ``para-title level-2``) become heading tags of
    that rank; the bracketed qualifier heading beside the ``<h1>`` in an entry's title
    box (（经济政策）, which entry of the name this is) is no section; the reference block
    a class and a label mark (``<dl class="lemma-reference"><dt>参考资料``) and a tag
    line in its own box (``dl.open-tag``: 词条标签：…) list other pages, not the text.
    Empty bookmarks (``<a name>`` holding only a space) are left out."""
    from lxml import etree

    for a in list(tree.iter("a")):
        # a bookmark after a citation mark (<a name="ref_[2]_…">&nbsp;</a>): nothing shown,
        # yet the extractor dropped the paragraph it ends as a link
        if a.get("href") is None and not len(a) and not (a.text or "").strip(" \t\n\xa0"):
            a.drop_tree()  # its tail stays in place
    for el in list(tree.iter("div", "p", "span")):
        rank = _ranked_title(el)
        if rank is None or el.getparent() is None:
            continue
        inner = next((c for c in el.iter() if _TITLE_TEXT.search(c.get("class") or "")), el)
        text = clean("".join(_own_text(inner)))
        if not text or len(text) > SUBHEAD_CHARS * 2:
            continue
        if inner is el and text != clean(el.text_content()):
            continue  # words besides the title's and its tools': not a title box
        head = etree.Element(f"h{rank}")
        head.text, head.tail = text, inner.tail
        inner.getparent().replace(inner, head)  # what else the box holds stays
    for h1 in list(tree.iter("h1")):
        nxt = h1.getnext()
        boxed = any(_LEMMA.search(a.get("class") or "") for a in h1.iterancestors())
        if nxt is None or nxt.tag not in _HEADINGS[1:] or not boxed:
            continue
        if _QUALIFIER.fullmatch(clean(nxt.text_content())):
            log.debug("html: the entry's qualifier is no section: %s", clean(nxt.text_content()))
            nxt.drop_tree()
    for el in list(tree.iter("dl", "div", "section", "ul", "ol")):
        if el.getparent() is None:
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        first = clean(next((t for t in el.itertext() if t.strip()), ""))
        referenced = _REFERENCE_CLASS.search(names) and _REFERENCES.fullmatch(first.strip("：:"))
        tagged = _TAG_CLASS.search(names) and _TAG_LINE.match(clean(el.text_content()))
        if referenced or tagged:
            log.debug("html: left out an entry's references or tags: %s", first)
            el.drop_tree()


# a class ranking a section title: Baike's para-title level-2, section-title level-3
_RANKED_TITLE = re.compile(r"(?:^|\s)(?:para|section|chapter|lemma)-?title(?:$|\s)", re.I)
_LEVEL_CLASS = re.compile(r"(?:^|\s)level-?([1-6])(?:$|\s)", re.I)
_TITLE_TEXT = re.compile(r"(?:^|\s)title-?text(?:$|\s)", re.I)
_QUALIFIER = re.compile(r"[（(][^（()）]{1,20}[)）]")
_REFERENCE_CLASS = re.compile(r"reference|citation|footnote", re.I)
# an entry's or a post's tag line: 词条标签：经济，政策 / 标签：… / Tags: …
_LEMMA = re.compile(r"lemma", re.I)  # an encyclopedia entry's title box (lemmaWgt-lemmaTitle)
_TAG_CLASS = re.compile(r"tag", re.I)  # a tag line's own box (open-tag, taglist, tags)
_TAG_LINE = re.compile(r"(?:词条标签|詞條標籤|标签|標籤|tags?)\s*[：:].{0,60}$", re.I)


def _ranked_title(el: Any) -> int | None:
    """The heading rank a section title's class gives it (``para-title level-2``: 2)."""
    names = el.get("class") or ""
    level = _LEVEL_CLASS.search(names)
    if level is None or not _RANKED_TITLE.search(names):
        return None
    return int(level.group(1))


def _own_text(el: Any) -> list[str]:
    """The element's text without its links' (an 编辑 tool beside a title)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag != "a":
            parts.extend(_own_text(child))
        parts.append(child.tail or "")
    return parts


def drop_edit_links(tree: Any) -> None:
    """Links of a few characters inside a heading, after its own text, or right after
    it (encyclopedias' 编辑 / [编辑] / edit) are page tools, not the heading's words:
    removed, with the brackets around them, before anything reads the page."""
    for head in list(tree.iter(*_HEADINGS)):
        own = [a for a in head.iter("a") if _edit_link(a)]
        if own and _bare(head.text_content()) != "".join(_bare(a.text_content()) for a in own):
            for a in own:
                _drop_with_brackets(a, head)
        nxt = head.getnext()
        while nxt is not None and isinstance(nxt.tag, str) and _tool_after(nxt):
            following = nxt.getnext()
            _drop_with_brackets(nxt, head.getparent())
            nxt = following


def _bare(text: str) -> str:
    return _BRACKETS.sub("", text)


def _edit_link(a: Any) -> bool:
    text = _bare(a.text_content())
    return 0 < len(text) <= _EDIT_LINK_CHARS and not _bare(a.tail or "")


def _tool_after(el: Any) -> bool:
    """An element after a heading that is only one short link (or an empty icon)."""
    links = list(el.iter("a"))
    return (
        len(links) == 1
        and _edit_link(links[0])
        and _bare(el.text_content()) == _bare(links[0].text_content())
    )


def _drop_with_brackets(el: Any, top: Any) -> None:
    """Remove ``el`` (keeping its tail), then wrappers up to ``top`` left with only
    brackets."""
    parent = el.getparent()
    log.debug("html: dropped a link beside a heading: %s", el.text_content().strip())
    el.drop_tree()
    while parent is not None and parent is not top and not _bare(parent.text_content()):
        up = parent.getparent()
        parent.drop_tree()  # nothing but brackets left in it ([<a>编辑</a>] in spans)
        parent = up


FLATTEN_DEPTH = 100
_WRAPPERS = frozenset({"div", "span", "section", "font", "center", "b", "i", "em", "strong"})


def _flatten(tree: Any) -> None:
    """Unwrap wrapper elements deeper than ``FLATTEN_DEPTH`` (their text and children
    move up to the parent, nothing is dropped)."""
    deep = []
    stack = [(tree, 0)]
    while stack:
        el, depth = stack.pop()
        if depth > FLATTEN_DEPTH and el.tag in _WRAPPERS:
            deep.append(el)
        stack.extend((child, depth + 1) for child in el if isinstance(child.tag, str))
    for el in deep:
        el.drop_tag()


def _extract(html: str, name: str, precision: bool) -> str | None:
    """trafilatura's XML output of the page's main content, or None.

    ``bare_extraction`` and ``_xml_output``, not ``extract(output_format="xml")``: the
    XML output's nesting clean-up (``strip_double_tags``) selects with a union XPath
    that libxml2 merges and sorts in quadratic time, half of a 9 MB page's read."""
    import trafilatura

    document = trafilatura.bare_extraction(
        _parse(html, name),  # a fresh tree each time: the extractor changes it
        output_format="xml",
        include_tables=True,
        include_comments=False,
        include_images=True,  # a <graphic> marks the caption after it
        include_formatting=True,  # bold-only paragraphs are subheads
        include_links=True,  # a paragraph that is one link is a pointer to another page
        with_metadata=False,
        favor_precision=precision,
    )
    if document is None or isinstance(document, dict):
        return None
    return _xml_output(document)


def _xml_output(document: Any) -> str:
    """The XML string ``trafilatura.extract`` makes of an extracted document (its
    ``determine_returnstring`` and ``control_xml_output``, trafilatura 2.3), with the
    nesting clean-up done in one walk in document order instead of the union XPath.
    tests/test_realdocs.py checks that the two strings are equal."""
    from lxml import etree
    from trafilatura.utils import normalize_unicode, sanitize_tree
    from trafilatura.xml import (
        CONTROL_PARSER,
        build_xml_output,
        delete_element,
        keeps_empty,
        remove_empty_elements,
    )

    body = document.body
    for element in body.iter("*"):  # its "last cleaning", as it does it
        if len(element) == 0 and not element.text and not element.tail and not keeps_empty(element):
            delete_element(element, keep_tail=False)
    _strip_double_tags(body)
    remove_empty_elements(body)
    tree = sanitize_tree(build_xml_output(document))
    tree = etree.fromstring(etree.tostring(tree, encoding="unicode"), CONTROL_PARSER)
    xml: str = etree.tostring(tree, pretty_print=True, encoding="unicode")
    return normalize_unicode(xml.strip())


def _strip_double_tags(tree: Any) -> None:
    """trafilatura's ``strip_double_tags`` (a ``<p>`` inside a ``<p>``, a ``<head>`` inside a
    ``<head>`` merged into its parent), visiting the same elements in the same order, found
    by ``iterdescendants`` (linear) instead of ``.//head | .//code | .//p``."""
    from trafilatura.xml import NESTING_WHITELIST, merge_with_parent

    for elem in reversed(list(tree.iterdescendants("head", "code", "p"))):
        for subelem in elem.iterdescendants("code", "head", "p"):
            if subelem.tag == elem.tag and subelem.getparent().tag not in NESTING_WHITELIST:
                merge_with_parent(subelem)


def _main_content(html: str, page: Any | None, name: str) -> str | None:
    """trafilatura's main content, in precision mode (without it, a page with no article
    yields its menus) unless that loses section headings the page has in ``<h2>``/``<h3>``
    (encyclopedia pages) and the default mode keeps them."""
    precise = _extract(html, name, precision=True)
    if page is None:
        return precise
    page_heads = {squash(h.text_content()) for h in page.iter("h2", "h3")} - {""}
    if len(page_heads) < 2:
        return precise

    def kept(xml: str | None) -> int:
        found = re.findall(r"<head[^>]*>(.*?)</head>", xml or "", re.S)
        return len({squash(re.sub(r"<[^>]+>", "", h)) for h in found} & page_heads)

    if precise is not None and kept(precise) >= len(page_heads) - 1:
        return precise
    fuller = _extract(html, name, precision=False)
    return fuller if kept(fuller) > kept(precise) else precise


_KEY_CHARS = 20  # a paragraph's first characters that find it in the extract


def restore_headings(root: Any, page: Any) -> None:
    """Section headings (``h2``-``h4``) the extractor dropped while keeping the
    paragraph right after each (its fallback keeps paragraphs only) are put back
    before that paragraph."""
    from lxml import etree

    kept = {squash(_text(h)) for h in root.iter("head")}
    paras: dict[str, Any] = {}
    for p in root.iter("p", "code"):  # a README's code block is kept as code
        if p.tag == "code" and p.getparent() is not None and p.getparent().tag != "main":
            continue  # inline code inside a paragraph
        paras.setdefault(squash(_text(p))[:_KEY_CHARS], p)
    claimed: set[Any] = set()
    for h in page.iter("h2", "h3", "h4"):
        text = clean(h.text_content())
        if not text or squash(text) in kept or len(text) > SUBHEAD_CHARS * 2:
            continue
        target = _restore_target(_past_dropped_heads(h, kept), paras, claimed)
        after = _references_after(h, paras) if target is None else None
        after = after if after is not None or target is not None else _over_lost_list(h, paras)
        if target is None and after is None:
            continue
        head = etree.Element("head", rend=h.tag)
        head.text = text
        if after is not None:
            after.addnext(head)  # 参考文献 over a list the extractor dropped
            continue
        if target is not None:
            target.addprevious(head)
        kept.add(squash(text))
        if _past_dropped_heads(h, kept) is h:  # a heading over a subhead shares its paragraph
            claimed.add(target)


def _over_lost_list(h: Any, paras: dict[str, Any]) -> Any | None:
    """For a heading over a list the extractor dropped with it (a README's 功能特性 over
    its points), the extract's paragraph it follows: the page's block right before it;
    else None."""
    nxt = _shown_sibling(h, forward=True)
    if nxt is None or nxt.tag not in ("ul", "ol"):
        return None
    if squash(clean(nxt.text_content()))[:_KEY_CHARS] in paras:
        return None  # the list is kept: the heading goes before it, not here
    items = [li for li in nxt.iter("li") if clean(li.text_content())]
    # a list of points, not of links (参见's other articles: the site's navigation), nor
    # a share, tag or contact box
    names = " ".join(
        f"{e.get('class') or ''} {e.get('id') or ''}"
        for e in (nxt, h, h.getparent())
        if e is not None
    )
    if len(items) < _LOST_ITEMS or any(_link_cell(li) for li in items) or _BOX_NAME.search(names):
        return None
    return _block_before(h, paras)


_LOST_ITEMS = 2
_BOX_NAME = re.compile(r"share|social|tag|foot|contact|nav|menu|related|sidebar", re.I)


def _shown_sibling(el: Any, forward: bool) -> Any | None:
    """The nearest element after (or before) ``el`` at its level that holds text."""
    sib = el.getnext() if forward else el.getprevious()
    while sib is not None and not (isinstance(sib.tag, str) and clean(sib.text_content())):
        sib = sib.getnext() if forward else sib.getprevious()
    return sib


def _block_before(h: Any, paras: dict[str, Any]) -> Any | None:
    """The extract's paragraph that the page's block right before ``h`` starts."""
    prev = _shown_sibling(h, forward=False)
    # one paragraph, not a box of them (a box's first paragraph is no place for it)
    if prev is None or prev.tag not in ("p", "div", "pre") or _holds_block(prev):
        return None
    target = paras.get(squash(clean(prev.text_content()))[:_KEY_CHARS])
    if target is None or squash(_text(target)) != squash(clean(prev.text_content())):
        return None
    return target if target.getparent() is not None else None


def _references_after(h: Any, paras: dict[str, Any]) -> Any | None:
    """For a reference heading (参考文献) whose list the extractor dropped, the extract's
    paragraph it follows: the page's paragraph right before it; else None. The
    reference section's rules then keep or drop it (_without_references)."""
    if not _REFERENCES.fullmatch(squash(clean(h.text_content())).strip("：:")):
        return None
    return _block_before(h, paras)


def _past_dropped_heads(h: Any, kept: set[str]) -> Any:
    """The last of the dropped headings that follow ``h`` at once (一、 then （一） with
    no text between): the paragraph after it is also the one ``h`` goes before, ahead
    of them; ``h`` itself when a paragraph follows."""
    nxt = _shown_sibling(h, forward=True)
    if nxt is None or nxt.tag not in ("h2", "h3", "h4"):
        return h
    if squash(clean(nxt.text_content())) in kept:
        return h
    return _past_dropped_heads(nxt, kept)


def _restore_target(h: Any, paras: dict[str, Any], claimed: set[Any]) -> Any | None:
    """The extract's paragraph a dropped heading goes before: the one the page's next
    block after it starts, or, when an earlier heading took that one (a line two
    articles share, 来源：某某日报 2014-03-06, kept once), the next block's."""
    nxt = h.getnext()
    while nxt is not None:
        if isinstance(nxt.tag, str) and clean(nxt.text_content()):
            if nxt.tag not in ("p", "div", "pre"):
                return None
            target = paras.get(squash(clean(nxt.text_content()))[:_KEY_CHARS])
            if target is None or target.getparent() is None:
                return None
            if target not in claimed:
                return target
        nxt = nxt.getnext()
    return None


def _level(h: Any) -> int:
    rend = str(h.get("rend", ""))
    return int(rend[1]) if len(rend) == 2 and rend[0] == "h" and rend[1].isdigit() else 2


def _title_head(body: Any, heads: list[Any], title: str) -> Any | None:
    """The first element, when it repeats the page's title or (without one) is the only
    top-level heading."""
    first = next(iter(body), None)
    while first is not None and first.tag in ("div", "list", "item") and len(first):
        first = first[0]  # the extractor keeps some wrappers: the first element inside
    if first is None or first.tag != "head":
        return None
    if title:
        return first if _same(_text(first), title) else None
    level = _level(first)
    alone = all(_level(h) > level for h in heads if h is not first)
    return first if alone else None


_MASTHEAD_LINES = 4  # a bulletin's name, its issue, its office and date
_MASTHEAD_CHARS = 40


def _title_under_masthead(body: Any, meta: dict[str, str]) -> Any | None:
    """A heading repeating the page's title under a few short lines and nothing else (a
    简报's masthead: its name set large, 第23期, the office and date): the title; the
    lines over it are the masthead, metadata (``masthead``), not headings or text."""
    title = meta.get("title", "")
    if not title:
        return None
    before: list[Any] = []
    head = None
    for el in body.iter("head", "p"):
        text = _text(el)
        if el.tag == "head" and squash(text) == squash(title):
            head = el
            break
        if not text:
            continue
        if len(before) == _MASTHEAD_LINES or len(text) > _MASTHEAD_CHARS or not one_clause(text):
            return None
        before.append(el)
    if head is None or not before:
        return None
    meta["masthead"] = " ".join(_text(el) for el in before)
    for el in before:
        el.getparent().remove(el)
    return head


def _title_para(body: Any, meta: dict[str, str]) -> Any | None:
    """A paragraph before any other that repeats the title (a headline set in bold)."""
    for el in body.iter("p"):
        text = _text(el)
        if text:
            title = meta.get("title", "")
            near = abs(len(squash(text)) - len(squash(title))) <= 3  # not a lead paragraph
            return el if title and near and _same(text, title) else None
    return None


# Children that break the line: <lb/>, and blocks (a list inside a list item)
_BREAKS = frozenset({"list", "item", "p", "row", "cell"})


def _text(el: Any) -> str:
    """An element's text; <lb/> and inner blocks join like a line break inside a
    paragraph."""
    out = ""
    for line in _lines(el):
        out = join_words(out, line)
    return out


def _lines(el: Any) -> list[str]:
    """An element's lines, parted by <lb/> and inner blocks, each on one line."""
    pieces = [""]
    if el.text:
        pieces[-1] += el.text
    for child in el:
        if child.tag == "lb":
            pieces.append("")
        elif child.tag in _BREAKS:
            pieces += [_text(child), ""]
        else:
            pieces[-1] += "".join(child.itertext())
        if child.tail:
            pieces[-1] += child.tail
    return [line for p in pieces if (line := clean(p))]


_BOLD_REND = re.compile(r"#b\b")
_CAPTION_CHARS = 80  # a short unfinished line right after a picture is its caption
# a QR code's prompt: 扫一扫在手机打开当前页, 扫码关注, 长按识别二维码, 微信扫描二维码分享
_SCAN = r"扫一扫|扫码|扫描.{0,4}二维码|识别.{0,4}二维码"
_QR_PROMPT = re.compile(rf"{_SCAN}|二维码|掃一掃|二維碼")
# a longer line is a prompt only when it asks to follow: 更多福利扫描二维码关注（…）
_FOLLOW_PROMPT = re.compile(rf"(?:{_SCAN}).{{0,4}}关注")
# editors' ornaments (WeChat, the 135 and 秀米 editors): 点击上方蓝字 (the account's name
# is the blue link) over the text, a line of only — END — or -THE END- under it
_BLUE_WORDS = re.compile(r"(?:点击|點擊|点|戳).{0,4}(?:蓝字|藍字)")
_END_MARK = re.compile(r"[\W_]*(?:THE\s*)?END[\W_]*", re.I)


# an interview's speaker label: its bold question is the exchange's, not a section's
# (问：, 记者：, Q1：, a paper's or a site's name: 新京报：, 人民网：)
_SPEAKER = re.compile(
    r"(?:问|答|[\u4e00-\u9fff]{0,6}记者|主持人|[QA]\d{0,2}"
    r"|[\u4e00-\u9fff]{1,6}(?:报|報|网|網|社|台|刊|杂志|雜誌))\s*[：:]"
)


def _colon_label(text: str) -> bool:
    """A bold label on a line of its own (创业就业：, 关于住房：), no form's field or
    speaker's name (来源：, 记者：, 附件：)."""
    label = text[:-1].strip()
    return (
        text.endswith(("：", ":"))
        and _COLON_LABEL_CHARS[0] <= len(label) <= _COLON_LABEL_CHARS[1]
        and one_clause(label)
        and not re.search(r"[：:，,。；;]", label)
        and _SPEAKER.match(text) is None
        and not _byline(text)
        and not _NOT_A_HEAD_LABEL.fullmatch(label)
        and not _LEAD_IN.search(label)
    )


_LEAD_IN = re.compile(r"(?:如下|以下|下列|如次)$")  # 现将有关事项通知如下：


_COLON_LABEL_CHARS = (4, 16)  # a topic of four or more (创业就业); 王建国 is a name
_NOT_A_HEAD_LABEL = re.compile(
    r"附件|附|注|备注|说明|来源|出处|作者|编辑|责编|记者|通讯员|摄影|图片|链接|相关链接|原标题"
    r"|关键词|标签|摘要|联系人|电话|地址|邮箱|传真|网址|时间|日期|地点|主题|议题"
    r"|注释|脚注|参考文献|参考资料|引用|资料来源|数据来源"
)


def colon_heads_over_prose(blocks: list[Block], text: str, heads: set[int]) -> list[Block]:
    """The bold labels taken as subheads that head a paragraph of prose stay so; one
    over a list's short lines, another label or nothing is the text's line."""
    out = list(blocks)
    # a label that comes back (王建国：, 李晓梅：, each over an answer) names a speaker
    said = Counter(squash(text[blocks[i].start : blocks[i].end]) for i in heads)
    for i in heads:
        if said[squash(text[blocks[i].start : blocks[i].end])] > 1:
            out[i] = replace(blocks[i], kind="body", level=0)
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is None or nxt.kind != "body" or not _prose_text(text[nxt.start : nxt.end].strip()):
            out[i] = replace(blocks[i], kind="body", level=0)
    return out


def _prose_text(text: str) -> bool:
    """A paragraph of prose a label heads: longer than a subhead, or ending as a
    sentence or a label does (not a list's short item)."""
    return len(text) > SUBHEAD_CHARS or prose_line(text)


def _subhead_end(text: str) -> bool:
    """A bold short line ends as a subhead does: no sentence's stop, no exclamation
    (谢谢大家！) and no lead-in's comma or colon; a question ends one (补短板：钱往哪里投？),
    unless it is an interview's question (记者：…？, Q1：…？)."""
    if text.endswith(tuple("。…：:，,；;！!")):
        return False
    return not text.endswith(tuple("？?")) or _SPEAKER.match(text) is None


def _next_is_exhibit(p: Any) -> bool:
    """The element after ``p`` in the extract is a table or a picture."""
    nxt = p.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt is not None and nxt.tag in ("table", "graphic")


def _bold_only(p: Any) -> bool:
    """All of the paragraph's visible text is inside bold ``<hi>`` elements."""
    return _wrapped_only(p, lambda c: c.tag == "hi" and bool(_BOLD_REND.search(c.get("rend", ""))))


def _bold_number(p: Any) -> bool:
    """The paragraph opens with bold that holds a heading's number (``<strong>一、
    </strong>…``, ``<strong>二、…，</strong>…``): a bold run-in sentence without a
    number (``<strong>千方百计扩大就业。</strong>…``) is not one."""
    first = p[0] if len(p) else None
    if (p.text or "").strip() or first is None or first.tag != "hi":
        return False
    bold = clean("".join(first.itertext()))
    return bool(_BOLD_REND.search(first.get("rend", ""))) and numbered_level(bold) is not None


def _byline(text: str) -> bool:
    """A reporter, source or date line (记者 王五, 新华社北京3月5日电), not a subhead."""
    if _REPORTER.match(text):
        return True
    return bool(parse_meta(text, 0, strict=False) or dateline_line(text, 0))


# a publication's reporter line: 半月谈记者 史卫燕, 本刊通讯员：王五
_REPORTER = re.compile(r"[\u4e00-\u9fff]{0,8}(?:记者|記者|通讯员|通訊員)[\s\u3000：:]")


def _wordless(text: str) -> bool:
    """No letter or character, only figures and signs (a view counter's 1,204,511, a
    date): a line, never a heading."""
    return not any(ch.isalpha() for ch in text)


def _link_only(p: Any) -> bool:
    """The paragraph is one link and nothing else (related articles, navigation)."""
    return _wrapped_only(p, lambda c: c.tag == "ref")


# the labels of a pointer to other articles: 延伸阅读：, 相关阅读：, 推荐阅读：, 相关链接：
_READ_MORE = re.compile(
    r"(?:延伸|扩展|拓展|相关|推荐|深度|背景)(?:阅读|閱讀)|相关(?:链接|新闻|报道|文章|稿件)|"
    r"相關(?:鏈接|新聞|報道|文章)|往期(?:回顾|推荐)|阅读原文|点击阅读"
)


def _labelled_link(p: Any) -> bool:
    """The paragraph is a pointer's label (延伸阅读：, bold or not) and links only."""
    label = (p.text or "").strip()
    kids = list(p)
    if not label and kids and kids[0].tag != "ref":
        label = "".join(kids[0].itertext()).strip() + (kids[0].tail or "").strip()
        kids = kids[1:]
    label = label.rstrip("：: ").strip("【】[]［］")  # 延伸阅读：, 【相关阅读】
    return (
        bool(kids)
        and _READ_MORE.fullmatch(label) is not None
        and all(c.tag == "ref" and not (c.tail or "").strip() for c in kids)
    )


def _wrapped_only(p: Any, wraps: Callable[[Any], bool]) -> bool:
    if (p.text or "").strip() or not len(p):
        return False
    for child in p:
        if not wraps(child):
            return False
        if (child.tail or "").strip():
            return False
    return True


def _picture_only(el: Any) -> bool:
    """A picture alone (a ``<graphic>``, or a paragraph holding only pictures) that can
    have a caption under it: a number drawn as a picture has none (see ``_number_picture``)."""
    if el.tag == "graphic":
        return not _number_picture(el)
    pictures = list(el.iter("graphic"))
    return (
        el.tag == "p"
        and not "".join(el.itertext()).strip()
        and bool(pictures)
        and not all(_number_picture(g) for g in pictures)
    )


_NUMBER_ALT_CHARS = 4  # 01, 10, ①: a block's number, no photo's description


def _number_picture(graphic: Any) -> bool:
    """A picture whose alternative text is only a short figure (``alt="01"``: a 图解
    page's block number drawn as a picture over the block's head) shows a number, not
    a photo: the line under it is the head it numbers, no caption."""
    alt = clean(str(graphic.get("alt") or ""))
    return 0 < len(alt) <= _NUMBER_ALT_CHARS and _wordless(alt)


class _Walker:
    """trafilatura's XML to blocks: heads, paragraphs (bold-only ones as subheads,
    captions after pictures), lists and tables, in order."""

    def __init__(self, out: TextBuilder, title_el: Any | None, top: int) -> None:
        self.out = out
        self.title_el = title_el
        self.top = top
        # bold subheads rank under the page's own headings once one has come (a side
        # box's headings after the article, left out later, do not count)
        self.subhead_level = 1
        self.first_numbered: int | None = None  # 一、 = 1, （一） = 2 of the first numbered subhead
        self.after_picture = False
        self.extras: Callable[[], None] = lambda: None  # what follows the title
        self.title = ""  # the page's reconciled title
        self.links: tuple[int, int] = (-1, 0)  # link-only paragraphs dropped: where, how many
        self.related_at: int | None = None  # block index where a list of links was
        self.sized: dict[str, int] = {}  # subheads set larger than the text: their ranks
        self.centred: set[str] = set()  # the page's centred lines (squashed)
        self.colon_heads: set[int] = set()  # bold labels taken as subheads (创业就业：)

    def _link_dropped(self) -> None:
        at, count = self.links
        here = len(self.out.blocks)
        self.links = (here, count + 1 if at == here else 1)
        if self.links[1] == _RELATED_LINKS and self.related_at is None:
            self.related_at = here

    def walk(self, el: Any) -> None:
        for child in el:
            picture = _picture_only(child)
            self._one(child)
            self.after_picture = picture or (self.after_picture and child.tag in ("lb",))

    def _one(self, child: Any) -> None:
        tag = child.tag
        out = self.out
        if child is self.title_el:
            title, rest = split_title(_text(child), self.title)
            out.add("title", title)
            out.add("body", rest)  # a subtitle set in the title's heading, after a <br>
            self.extras()
        elif tag == "head" and not _wordless(_text(child)):
            out.add("heading", _text(child), level=max(1, _level(child) - self.top + 1))
            self.subhead_level = 2
        elif tag in ("p", "head"):
            self._paragraph(child)  # a wordless heading (a counter's 1,204,511) is a line
        elif tag == "list" and _pairs(child):
            out.add_table(_pairs(child))  # a <dl>: names and values
        elif tag == "list" and (fields := _fields_box(child)):
            out.add_table(fields)  # the fields without the box's label
        elif tag == "list":
            for item in child.iter("item"):
                if item.find("head") is not None:
                    self.walk(item)  # a heading (the title) set inside a list
                else:
                    out.add("body", _text(item))
        elif tag == "table":
            rows = [[_text(c) for c in row.iter("cell")] for row in child.iter("row")]
            out.add_table([r for r in rows if any(r)])
        elif len(child):
            self.walk(child)
        elif child.text and child.text.strip():
            out.add("body", _text(child))

    def _paragraph(self, p: Any) -> None:
        text = _text(p)
        if not text:
            return
        body_before = any(b.kind == "body" for b in self.out.blocks)
        if body_before and (_link_only(p) or _labelled_link(p)):
            log.debug("html: dropped a paragraph that is only a link: %s", text)
            self._link_dropped()
            return
        short = len(text) <= SUBHEAD_CHARS
        wordless = _wordless(text)
        if (short and _QR_PROMPT.search(text)) or (
            len(text) <= _CAPTION_CHARS and _FOLLOW_PROMPT.search(text)
        ):
            log.debug("html: dropped a QR-code prompt: %s", text)  # the site's, not the text's
            return
        if short and (_BLUE_WORDS.search(text) or _END_MARK.fullmatch(text)):
            log.debug("html: dropped an editor's ornament: %s", text)
            return
        if _bold_only(p) and short and CAPTION.match(text) and _next_is_exhibit(p):
            self.out.add("caption", text)  # 表 1　… in bold over its table: no subhead
        elif (
            (_bold_only(p) or _bold_number(p)) and numbered_level(text) is not None and not wordless
        ):
            # （一）稳定和完善宏观经济政策，保持经济运行在合理区间。: a numbered lead
            # sentence set bold is the section's heading, full stop and all, also
            # right after a picture (no caption); so is one whose bold covers only its
            # number or first clause (<strong>一、</strong>…。)
            self.out.add("heading", text, level=self._subhead_level(text))
        elif (
            self.after_picture
            and len(text) <= _CAPTION_CHARS
            and not text.endswith(FINISHED)
            and squash(text) not in self.sized  # a subhead set larger after a divider
        ):
            self.out.add("caption", text)
        elif (
            _bold_only(p)
            and len(text) <= self._subhead_chars(text)
            and one_clause(text)
            and not wordless
        ):
            if not body_before and _byline(text):
                self.out.add("body", text)  # 记者 王五 over the first paragraph
                return
            if _subhead_end(text):
                self.out.add("heading", text, level=self._subhead_level(text))
                return
            if _colon_label(text):  # 创业就业： on its own line: kept if prose follows
                self.colon_heads.add(len(self.out.blocks))
                self.out.add("heading", text, level=self._subhead_level(text) + 1)
                return
            self.out.add("body", text)
        elif len(lines := _lines(p)) > 1 and all(form_fields(line) for line in lines):
            # 文字：张立<br>编辑：刘畅　审核：陈明: a credit's fields, one a line, are read
            # each alone (the segmenter takes 编辑：, 审核：, 图片： lines as metadata)
            for line in lines:
                self.out.add("body", line)
        else:
            self.out.add("body", text)

    def _subhead_chars(self, text: str) -> int:
        """A subhead set larger or centred may run longer than a bold line's."""
        long = squash(text) in self.sized or squash(text) in self.centred
        return _LONG_SUBHEAD_CHARS if long else SUBHEAD_CHARS

    def _subhead_level(self, text: str) -> int:
        """Bold subheads numbered 一、 and （一） are two levels: the page's first numbered
        subhead sets the top one, so a page whose subheads start at （一） keeps them at it.
        Subheads set larger than the text rank by their size instead."""
        numbered = numbered_level(text)
        if self.first_numbered is None:
            self.first_numbered = numbered  # 一、 set larger still ranks the （一） after it
        if (rank := self.sized.get(squash(text))) is not None:
            return self.subhead_level + rank
        if numbered is None or self.first_numbered is None:
            return self.subhead_level
        return self.subhead_level + max(0, numbered - self.first_numbered)


# class names that mark an article's lead paragraph and its infobox on encyclopedia pages
# (a news page's deck or standfirst: the summary under its headline)
_LEAD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:lemma-?summary|summary|lead|abstract|deck|standfirst)(?:$|[\s_-])", re.I
)
_INFOBOX_CLASS = re.compile(r"infobox|basic-?info", re.I)
_LEAD_MIN_CHARS = 20


def infobox_labels_as_text(tree: Any) -> None:
    """A heading inside an infobox (基本信息 over its names and values) labels the box,
    not a section of the article: it becomes a paragraph."""
    for box in tree.iter("div", "table", "section", "aside"):
        if _INFOBOX_CLASS.search(box.get("class") or ""):
            for h in box.iter(*_HEADINGS):
                h.tag = "p"


def _lead_and_infobox(page: Any | None, xml: str, out: TextBuilder) -> None:
    """An encyclopedia page's lead paragraph and infobox (name/value pairs), which the
    main-content extractor leaves out, put back after the title."""
    if page is None:
        return
    kept = squash(re.sub(r"<[^>]+>", "", xml))
    for lead in page.iter("div", "section", "p"):
        if not _LEAD_CLASS.search(lead.get("class") or ""):
            continue
        paras = [p for p in lead if p.tag in ("div", "p")] or [lead]
        texts = [clean(p.text_content()) for p in paras]
        texts = [t for t in texts if len(t) >= _LEAD_MIN_CHARS]
        if texts and not any(squash(t)[:_LEAD_MIN_CHARS] in kept for t in texts):
            for text in texts:
                out.add("body", text)
            break
    box = next(
        (
            el
            for el in page.iter("div", "table", "dl")
            if _INFOBOX_CLASS.search(el.get("class") or "")
        ),
        None,
    )
    if box is None:
        box = _pairs_before_sections(page)
    if box is not None:
        names = [clean(dt.text_content()) for dt in box.iter("dt", "th")]
        values = [clean(dd.text_content()) for dd in box.iter("dd", "td")]
        rows = [[n, v] for n, v in zip(names, values, strict=False) if n and v]
        if rows and not all(squash(v) in kept for _, v in rows):
            out.add_table(rows)


_INFOBOX_ROWS = 2  # name/value rows an infobox has at least


def _pairs_before_sections(page: Any) -> Any | None:
    """An infobox found by its structure: the first ``<table>`` or ``<dl>`` before the
    page's first ``<h2>`` whose rows are all one name and one value (th/td, dt/dd)."""
    for el in page.iter("table", "dl", "h2"):
        if el.tag == "h2":
            return None
        if el.tag == "dl":
            names, values = el.findall(".//dt"), el.findall(".//dd")
            if len(names) == len(values) >= _INFOBOX_ROWS:
                return el
            continue
        rows = el.findall(".//tr")
        pairs = [(r.findall("th"), r.findall("td")) for r in rows]
        if len(rows) >= _INFOBOX_ROWS and all(len(n) == 1 and len(v) == 1 for n, v in pairs):
            return el
    return None


_RELATED_LINKS = 2  # link-only paragraphs in a row after the text: a list of other articles


def _without_end_matter(out: TextBuilder, at: int) -> TextBuilder:
    """A list of links to other articles after the text (往期推荐, 相关阅读) ends the
    article: its label (a short line just before it) and the short lines after it
    (a follow prompt, a credit line) are the site's, not the article's. Prose after it
    is kept."""
    blocks = out.blocks
    text = out.text()

    def short(b: Block) -> bool:
        t = text[b.start : b.end]
        return b.kind != "table" and len(t) <= SUBHEAD_CHARS and not t.endswith(FINISHED)

    drop = set()
    if at > 0 and short(blocks[at - 1]):
        drop.add(at - 1)
    for i in range(at, len(blocks)):
        if not short(blocks[i]):
            break
        drop.add(i)
    return _rebuilt(out, drop, "end matter after a list of links") if drop else out


def _pairs(lst: Any) -> list[list[str]]:
    """A definition list's rows (the extractor's ``dt-N``/``dd-N`` items), else []."""
    items = list(lst.iter("item"))
    rends = [str(i.get("rend", "")) for i in items]
    if not items or len(items) % 2 or any(i.find("head") is not None for i in items):
        return []
    names, values = rends[0::2], rends[1::2]
    if not all(n.startswith("dt") for n in names) or not all(v.startswith("dd") for v in values):
        return []
    return [[_text(n), _text(v)] for n, v in zip(items[0::2], items[1::2], strict=True)]


def _fields_box(lst: Any) -> list[list[str]]:
    """A ``<dl>`` whose label (``<dt>``: 发布会信息) heads values that are all form
    fields (``<dd>``: 时间：…, 地点：…): the fields, one a row; else []. The label names
    the box, not the text."""
    items = list(lst.iter("item"))
    rends = [str(i.get("rend", "")) for i in items]
    if not rends or not rends[0].startswith("dt") or any(i.find("head") is not None for i in items):
        return []
    values = [_text(i) for i, r in zip(items, rends, strict=True) if r.startswith("dd")]
    if len(values) < _FIELDS_MIN or len(values) + 1 != len(items):
        return []
    return [[v] for v in values] if all(form_fields(v) for v in values) else []


# the conventional labels of a page's reference and link sections
_REFERENCES = re.compile(
    r"参考(?:资料|文献)|引用|注释|脚注|外部链接|相关链接|延伸阅读|扩展阅读|"
    r"references?|notes|external\s+links|see\s+also|further\s+reading",
    re.I,
)


def _without_references(out: TextBuilder, paper_page: bool = False) -> TextBuilder:
    """A page's reference or link section after the article (参考资料, 外部链接), up to
    the next heading of its level, lists other documents: left out of the text.
    ``paper_page``: the page's head says it carries a scholarly paper."""
    blocks, text = out.blocks, out.text()
    drop: set[int] = set()
    level: int | None = None
    paper = paper_page or _is_paper(blocks, text)
    for i, b in enumerate(blocks):
        if b.kind == "heading" and level is not None and b.level <= level:
            level = None
        label = squash(text[b.start : b.end]).strip("：:")
        if b.kind == "heading" and level is None and _REFERENCES.fullmatch(label):
            level = b.level
            if paper and _PAPER_REFERENCES.fullmatch(label):
                continue  # a paper's 参考文献 is one of its sections: its list goes
        if level is not None:
            drop.add(i)
    return _rebuilt(out, drop, "a reference section") if drop else out


def _without_related_lists(out: TextBuilder) -> TextBuilder:
    """A heading that labels a list of other articles (相关稿件, 推荐阅读) over only short
    lines (their titles and dates) up to the next heading is a box of the site's, not
    a section: left out, with the headings right before it that head
    nothing (图集 over a strip of pictures the extractor left out). A section so named
    that holds prose (背景阅读 over paragraphs) is the text's."""
    blocks, text = out.blocks, out.text()
    drop: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind != "heading" or not _READ_MORE.fullmatch(squash(text[b.start : b.end])):
            continue
        end = next(
            (j for j in range(i + 1, len(blocks)) if blocks[j].kind == "heading"),
            len(blocks),
        )
        under = blocks[i + 1 : end]
        if end < len(blocks) and blocks[end].level > b.level:
            continue  # a subsection follows: a section of the text
        if not under or any(
            u.kind == "table" or not site_line(text[u.start : u.end]) for u in under
        ):
            continue
        drop.update(range(i, end))
        k = i - 1
        while k >= 0 and blocks[k].kind == "heading" and blocks[k].level >= b.level:
            drop.add(k)  # a heading with nothing under it: another box's label
            k -= 1
    return _rebuilt(out, drop, "a list of other articles") if drop else out


# a paper's abstract or keywords paragraph (摘　要：…, 关键词：…, Abstract: …)
_ABSTRACT = re.compile(r"(?:摘要|关键词|關鍵詞|abstract|key\s*words)[：:]", re.I)
_PAPER_REFERENCES = re.compile(r"参考文献|參考文獻|references", re.I)


def _is_paper(blocks: list[Block], text: str) -> bool:
    """The page is a scholarly paper (a journal's article page): it has an abstract or
    keywords paragraph; its 参考文献 is a heading, as in the paper's print."""
    return any(
        b.kind == "body" and _ABSTRACT.match(squash(text[b.start : b.start + 20])) for b in blocks
    )


def _paper_page(page: Any) -> bool:
    """The page's head carries a scholarly paper's citation tags (``citation_title``,
    ``citation_journal_title``: what journal sites and paper databases give indexers)."""
    names = {str(m.get("name") or "").lower() for m in page.iter("meta")}
    return bool(names & _CITATION_TAGS)


_CITATION_TAGS = frozenset({"citation_journal_title", "citation_conference_title", "citation_doi"})


def _fields_tables(out: TextBuilder, meta: dict[str, str]) -> TextBuilder:
    """A table before the text whose every row is form fields (索引号：… 发文字号：…, a
    government portal's record of the document) goes to the metadata."""
    text = out.text()
    drop: set[int] = set()
    for i, b in enumerate(out.blocks):
        if b.kind == "body":
            break
        if b.kind != "table":
            continue
        cells = [r.split(CELL_SEP) for r in text[b.start : b.end].split(ROW_SEP) if r.strip()]
        fields = record_fields(cells)  # 索引号：…, or 创建时间 | @2015年3月6日 (Notion's)
        if fields and all(fields) and sum(map(len, fields)) >= _FIELDS_MIN:
            for label, value in (f for row in fields for f in row):
                meta.setdefault(label, value)
            drop.add(i)
    return _rebuilt(out, drop, "a table of form fields (to the metadata)") if drop else out


_FIELDS_MIN = 2  # fields a table needs to be a record of the document, not a data table


def _after_the_editor(out: TextBuilder) -> TextBuilder:
    """A news article ends with its editor's credit: what the extractor took after it
    (a follow prompt, a side box's label and figures) is the site's, unless a
    finished sentence or a long paragraph comes, which keeps everything."""
    text = out.text()
    blocks = out.blocks
    at = site_tail([text[b.start : b.end] for b in blocks], [b.kind == "table" for b in blocks])
    if at is None:
        return out
    return _rebuilt(out, set(range(at, len(blocks))), "the site's blocks after the editor's credit")


# a news agency's story ends with its end mark: …的底线。(完), （完）, 【完】
_STORY_END = re.compile(r"[(（【\[]\s*完\s*[)）】\]]$")
_SITE_TAIL_CHARS = 80  # a notice, a related link, a comment box's prompt: shorter


def _after_the_end_mark(out: TextBuilder) -> TextBuilder:
    """A wire story's last paragraph closes with its end mark (完): the short lines the
    extractor took after it (the site's copyright notice, related links, the comment
    box's prompt) are the site's; a line of metadata labels there (【编辑:王五】, 来源：…,
    原标题：…) is left for the metadata. A heading, a table or a longer paragraph after
    it (another story) keeps everything."""
    text = out.text()
    blocks = out.blocks
    lines = [squash(text[b.start : b.end]) for b in blocks]
    at = next(
        (
            i
            for i in range(len(blocks) - 1, -1, -1)
            if blocks[i].kind == "body" and _STORY_END.search(lines[i])
        ),
        None,
    )
    if at is None:
        return out
    rest = range(at + 1, len(blocks))
    if any(blocks[i].kind != "body" or len(lines[i]) > _SITE_TAIL_CHARS for i in rest):
        return out
    drop = {i for i in rest if not _metadata_line(text[blocks[i].start : blocks[i].end])}
    return _rebuilt(out, drop, "the site's blocks after the story's end mark") if drop else out


def _metadata_line(text: str) -> bool:
    """A line of metadata labels (责任编辑：…, 【编辑:王五】, 来源：新华网)."""
    line = text.strip()
    return bool(EDITOR_LINE.match(line) or parse_meta(line, 0, False) or bracketed_meta(line, 0))


# a media site's note on where an article comes from and who may reprint it: 编者按：本文
# 来自微信公众号…，经授权发布 / 本文由「…」原创出品，转载请联系出品方 / 版权归…所有
_REPRINT_NOTE = re.compile(
    r"本文(?:来自|来源于|转载自|转自|首发于)|经授权(?:发布|转载)|原创出品|转载请|欢迎转载"
    r"|未经.{0,12}(?:授权|许可|同意).{0,8}转载|版权归.{0,20}(?:所有|共有)"
)
_REPRINT_NOTE_CHARS = 120  # a note is a line or two; a longer paragraph is the text's
_REPRINT_NOTE_PLACES = 2  # body paragraphs at each end of the text a note is looked for in


def _without_reprint_notes(out: TextBuilder) -> TextBuilder:
    """The reprint note that opens or closes a media site's article (本文来自微信公众号…,
    本文由…原创出品，转载请联系…) is the site's, not the article's: left out when it is
    a short paragraph among the text's first or last ones."""
    text = out.text()
    bodies = [i for i, b in enumerate(out.blocks) if b.kind == "body"]
    ends = set(bodies[:_REPRINT_NOTE_PLACES] + bodies[-_REPRINT_NOTE_PLACES:])
    drop = set()
    for i in ends:
        line = squash(text[out.blocks[i].start : out.blocks[i].end])
        if len(line) <= _REPRINT_NOTE_CHARS and _REPRINT_NOTE.search(line):
            drop.add(i)
    return _rebuilt(out, drop, "a reprint note") if drop else out


def _rebuilt(out: TextBuilder, drop: set[int], what: str) -> TextBuilder:
    """The blocks without those at the indexes ``drop`` (logged as ``what``)."""
    text = out.text()
    kept = TextBuilder()
    for i, b in enumerate(out.blocks):
        if i in drop:
            log.debug("html: left out %s: %s", what, text[b.start : b.end])
        else:
            kept.add(b.kind, text[b.start : b.end], b.level, b.page)
    return kept


_PLAIN_HEADS = 2  # numbered lines a page needs before plain ones are read as its headings


def _plain_numbered_heads(blocks: list[Block], text: str) -> list[Block]:
    """A page that marks no heading at all (no heading tag, no bold subhead: a
    government site's 政策解读 typed as plain ``<p>``s) has its short paragraphs
    numbered as headings are (一、…, （一）…: one clause, no sentence or lead-in end,
    text after them) for headings, ranked by their numbers, as a plain-text file's are.
    Lines of one level one under another are a list's items; a page that marks its
    headings keeps its plain numbered lines as text."""
    if any(b.kind == "heading" for b in blocks):
        return blocks
    lines: dict[int, int] = {}
    for i, b in enumerate(blocks[:-1]):
        line = text[b.start : b.end].strip()
        level = _plain_rank(line)
        if b.kind != "body" or level is None or len(line) > SUBHEAD_CHARS:
            continue
        if not one_clause(line) or line.endswith(FINISHED + tuple("，,；;、")):
            continue
        after = text[blocks[i + 1].start : blocks[i + 1].end].strip()
        # a numbered line ending in a colon heads the paragraph of prose under it (1、关于
        # 保障和改善民生：), not the items of a list
        if line.endswith(("：", ":")) and not _prose_text(after):
            continue
        if blocks[i + 1].kind == "body":
            lines[i] = level
    # a numbered line next to one of its level (（一）… over （二）…) is a list's item
    found = {
        i: level
        for i, level in lines.items()
        if not (i + 1 in lines and lines[i + 1] <= level) and lines.get(i - 1) != level
    }
    if len(found) < _PLAIN_HEADS:
        return blocks
    ranks = sorted(set(found.values()))
    out = list(blocks)
    for i, level in found.items():
        log.debug(
            "html: a plain numbered line taken as a heading: %s",
            text[blocks[i].start : blocks[i].end],
        )
        out[i] = replace(blocks[i], kind="heading", level=ranks.index(level) + 1)
    return out


# a bracketed numbered label opening a line: 【信号一】, 【亮点3】, [第一部分]
_BRACKET_LABEL = re.compile(
    r"[【\[［][^】\]］]{0,6}?(?:[一二三四五六七八九十]{1,3}|\d{1,2})[】\]］]"
)


def _plain_rank(line: str) -> int | None:
    """A plain line's number's rank: a bracketed label (【信号一】) over 一、, then the
    ranks ``list_numbering`` gives; None when it has none."""
    if _BRACKET_LABEL.match(line):
        return 0
    return list_numbering(line)


def _nest_under_plain_head(blocks: list[Block], text: str) -> list[Block]:
    """An unnumbered subhead followed at once by a 第一章 or 一、 heading of its level (a
    notice printing the 办法 it issues: its title, then its chapters) heads them: the
    numbered headings after it, up to the next unnumbered one of its level, go a level
    down."""
    out = list(blocks)
    for i in range(1, len(out) - 1):
        b, nxt = out[i], out[i + 1]
        if b.kind != "heading" or nxt.kind != "heading" or nxt.level != b.level:
            continue
        head, first = text[b.start : b.end].strip(), text[nxt.start : nxt.end].strip()
        if numbered_level(head) is not None or numbered_level(first) != 1:
            continue
        if not any(o.kind == "body" for o in out[:i]):
            continue  # a label over the text's first point (理论前沿 over 一、…), not a title
        for j in range(i + 1, len(out)):
            o = out[j]
            if o.kind != "heading":
                continue
            line = text[o.start : o.end].strip()
            # the numbered heads of the kind under it (第一章, 第二章…), not a chapter above
            peer = numbered_level(line) is not None and line[:1] == first[:1] == "第"
            peer = peer or (numbered_level(line) is not None and "第" not in (line[:1], first[:1]))
            if o.level < b.level or (o.level == b.level and not peer):
                break
            out[j] = replace(o, level=o.level + 1)
    return out


def _demote_empty_headings(blocks: list[Block]) -> list[Block]:
    """The first headings, when each is followed at once by one of the same or a higher
    level, head nothing (an infobox's label whose content the extractor left out, put
    back before them): body text."""
    out = list(blocks)
    first = next((i for i, b in enumerate(blocks) if b.kind == "heading"), len(blocks))
    for i in range(first, len(blocks) - 1):
        b, nxt = blocks[i], blocks[i + 1]
        if b.kind != "heading" or nxt.kind != "heading" or nxt.level > b.level:
            break
        out[i] = replace(b, kind="body", level=0)
    return out


def _same(a: str, b: str) -> bool:
    a, b = re.sub(r"\s+", "", a), re.sub(r"\s+", "", b)
    return bool(a) and (a == b or b.startswith(a) or a.startswith(b))


def _metadata(page: Any | None) -> dict[str, str]:
    if page is None:
        return {}
    meta: dict[str, str] = {}
    tags: dict[str, str] = {}
    for m in page.iter("meta"):
        key = (m.get("name") or m.get("property") or m.get("itemprop") or "").lower()
        if key and m.get("content"):
            tags.setdefault(key, clean(str(m.get("content"))))
    h1s = list(page.iter("h1"))[:3]
    head_title = clean(page.findtext(".//title") or "")
    title = page_title(
        # an h1's first line too: a subtitle after a <br> is not the title
        [t for h in h1s for t in (clean(h.text_content()), _first_line(h))]
        + _shown_title(page, head_title),
        tags.get("og:title", ""),
        head_title,
    )
    visible = _visible_headline(page)
    if visible and _prefer_visible(visible, title, h1s, [tags.get("og:title", ""), head_title]):
        title = visible
    if title:
        meta["title"] = title
    author = next((tags[k] for k in _AUTHOR_KEYS if tags.get(k)), None)
    date = next((tags[k] for k in _DATE_KEYS if tags.get(k)), None)
    if author:
        meta["author"] = author
    if date:
        meta["date"] = date
    return meta


def split_title(text: str, title: str) -> tuple[str, str]:
    """``text`` cut after the reconciled ``title`` when it begins with it (spaces aside):
    a heading that holds the title and a subtitle gives both; else (text, "")."""
    want = squash(title)
    if not want or squash(text) == want or not squash(text).startswith(want):
        return text, ""
    seen = 0
    for i, ch in enumerate(text):
        if not ch.isspace():
            seen += 1
        if seen == len(want):
            return text[: i + 1], text[i + 1 :].strip()
    return text, ""


def _first_line(h: Any) -> str:
    """An element's text before its first ``<br>``."""
    pieces: list[str] = []

    def walk(el: Any) -> bool:  # False once a <br> is met
        pieces.append(el.text or "")
        for child in el:
            if child.tag == "br" or not walk(child):
                return False
            pieces.append(child.tail or "")
        return True

    return "" if walk(h) else clean("".join(pieces))


def page_title(h1s: list[str], og_title: str, title: str) -> str:
    """The page's title, reconciled: an ``<h1>`` that ``og:title`` or ``<title>`` confirms,
    else ``og:title``, else ``<title>``, each without the site's name; else a lone h1."""
    h1s = [h for h in h1s if h]
    bare = [_site_stripped(t) for t in (og_title, title) if t]
    if len(h1s) == 1 and bare and all(_REPOSITORY.fullmatch(t) for t in bare):
        return h1s[0]  # a repository page's name (owner/policy-kb) over its README's title
    for same in (lambda a, b: squash(a) == squash(b), _same, _same_unnumbered):
        for h in h1s:
            if any(same(h, t) for t in bare):
                return h
    for h in h1s:  # 某某日报数字报-<h1>, 文字实录｜<h1> - 某某发布: a name or label around it
        if any(_framed(h, t) for t in (og_title, title) if t):
            return h
    if bare:
        return bare[0]
    return h1s[0] if len(h1s) == 1 else ""


_SEPARATORS = "-–—|｜_:： "
# a code repository's name as its page's title: owner/policy-kb, policy-kb: description
_REPOSITORY = re.compile(
    r"[^/\s]{1,40}/(?=[a-z0-9._-]*[a-z])[a-z0-9]+(?:[-_.][a-z0-9]+)+"
    r"|(?=[a-z0-9._-]*[a-z])[a-z0-9]+(?:[-_.][a-z0-9]+)+: .*",
    re.S,
)
# a documentation page's chapter number before its h1 (3. 深化…), which <title> leaves out
_SECTION_LEAD = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|第\s*\d{1,2}\s*章)\s+")


def _same_unnumbered(h1: str, title: str) -> bool:
    """``h1`` is ``title`` with a section number before it."""
    m = _SECTION_LEAD.match(h1)
    return m is not None and squash(h1[m.end() :]) == squash(title)


# a box named as the headline (article-title, ann-title, news_headline), not a subtitle,
# kicker or a side box's caption
_HEADLINE_NAME = re.compile(r"title|headline|biaoti", re.I)
_NOT_HEADLINE_NAME = re.compile(
    r"sub|site|logo|nav|side|list|hot|rank|rel|foot|crumb|menu|channel|col|more|small|tab", re.I
)
_HEADLINE_CHARS = (6, 80)  # a headline's length; longer is a lead paragraph
_HEADLINE_FONT_PX = 24.0  # <font size=5> and up: a printer page's headline
_PARAGRAPH_CHARS = 60  # the first block this long is the text: a headline comes before it


def _visible_headline(page: Any) -> str:
    """The page's shown headline: the first element named a title or set in a headline
    font (``<font size=5>``) before the first paragraph of text, one line (``<br>``s
    joined: a company's name over 关于…的公告 is one title); "" when none."""
    body = page.find(".//body")
    for el in body.iter() if body is not None else ():
        if not isinstance(el.tag, str) or el.tag in _NOT_SHOWN:
            continue
        text = clean(el.text_content())
        if _headline_element(el) and _HEADLINE_CHARS[0] <= len(text) <= _HEADLINE_CHARS[1]:
            return "" if text.endswith("。") or el.find(".//a") is not None else text
        if el.tag == "p" and len(text) >= _PARAGRAPH_CHARS:
            return ""
    return ""


def _headline_element(el: Any) -> bool:
    if el.tag in _HEADINGS or el.tag in ("a", "span", "li", "ul", "ol", "img", "table"):
        return False  # heading tags are the h1s' reconciliation; links and lists are menus
    name = " ".join(_names(el))
    if _HEADLINE_NAME.search(name) and not _NOT_HEADLINE_NAME.search(name):
        return True
    px = font_tag_px(str(el.get("size", ""))) if el.tag == "font" else None
    return px is not None and px >= _HEADLINE_FONT_PX


def _prefer_visible(visible: str, title: str, h1s: list[Any], titles: list[str]) -> bool:
    """The shown headline over the reconciled ``title`` when no ``<h1>`` says it and the
    title is only a short name (a site's, a channel's, a page kind's: 临时公告, 某某的头条
    文章, 某某网-打印页面) or the headline is the long form of a metadata title's part
    (财经｜<the headline's first clause>)."""
    want, have = squash(visible), squash(title)
    if want == have or any(squash(h.text_content()) == have for h in h1s):
        return False
    if len(have) <= _SITE_NAME_CHARS:
        return True
    parts = [squash(p) for t in titles for p in re.split(f"[{_SEPARATORS}]+", t)]
    return any(len(p) >= 4 and want.startswith(p) and len(want) > len(p) for p in parts)


_NOT_SHOWN = frozenset({"title", "script", "style", "meta", "head"})


def _shown_title(page: Any, title: str) -> list[str]:
    """The part of ``<title>`` after a site's name (某某委员会--文章标题) when the page
    shows it as an element's whole text (a 2005-era page's title cell, no ``<h1>``):
    [that part], else []."""
    cut = _SITE_SEP.search(title)
    if cut is None or len(title[: cut.start()].strip()) > _SITE_NAME_CHARS:
        return []
    want = squash(title[cut.end() :])
    if len(want) < 4:
        return []
    for el in page.iter():
        if not isinstance(el.tag, str) or el.tag in _NOT_SHOWN or not el.text:
            continue
        if squash(el.text)[:4] == want[:4] and squash(el.text_content()) == want:
            return [clean(el.text_content())]
    return []


def _framed(h1: str, title: str) -> bool:
    """``title`` is the h1 with a site's name or a label before it, after it or both,
    each past a separator (某某日报-<h1>, 文字实录｜<h1> - 某某发布)."""
    a, b = squash(h1), squash(title)
    at = b.find(a)
    if len(a) < 4 or a == b or at < 0:
        return False
    before, after = b[:at], b[at + len(a) :]
    at_sep = (not before or before[-1] in _SEPARATORS) and (not after or after[0] in _SEPARATORS)
    names = [part.strip(_SEPARATORS) for part in (before, after)]
    return at_sep and any(names) and all(len(n) <= _SITE_NAME_CHARS for n in names)


# " - ", "|", "_", or a bare dash after a Chinese character (COVID-19 is not a separator)
_SITE_SEP = re.compile(
    r"\s*(?:\s[-–—]\s|[|｜_]|--|(?<=[^\x00-\x7f])[-–—](?=[^-–—\d][^-–—]{0,11}$))\s*"
)
_SITE_NAME_CHARS = 12  # a trailing part up to this long after a separator is a site name
# a documentation site's project with its version or a Latin name before 文档
_DOCS_NAME = re.compile(
    r"(?:\d+(?:\.\d+)+|[A-Za-z][\w.-]*)\s*(?:文档|文檔|documentation|docs)\s*$", re.I
)
_DOCS_NAME_CHARS = 40


def _site_stripped(title: str) -> str:
    """Drop site and channel names after separators: 文章标题-某某网 gives 文章标题."""
    while True:
        cuts = list(_SITE_SEP.finditer(title))
        if not cuts:
            return title
        last = cuts[-1]
        head, tail = title[: last.start()].strip(), title[last.end() :].strip()
        # a documentation site names its project, version and 文档 (Sphinx's <title>)
        limit = _DOCS_NAME_CHARS if _DOCS_NAME.search(tail) else _SITE_NAME_CHARS
        if len(head) < 4 or len(tail) > limit or _INNER_END.search(tail):
            return title
        title = head


_INNER_END = re.compile(r"[。！？!?，,]")
