"""DOCX translated in place: round-trip invariants on a Word file made at test time and
on the real Word files of the development set (read where they lie, never copied)."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from doc_fixtures import (
    RICH_AFTER_BOLD,
    RICH_BOLD,
    RICH_FOOTER,
    RICH_FOOTNOTE,
    RICH_HEADER,
    RICH_TEXTBOX,
    rich_docx,
)
from lxml import etree
from standins import Recording, StandIn, tagged

from zhbrief.config import TranslateConfig, load_config
from zhbrief.errors import InputError
from zhbrief.rendering.inplace import HAN, is_cjk_font, kept_text, translate_docx

REALDOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "realdocs-dev" / "docs"
if not REALDOCS.is_dir():
    REALDOCS = Path("/work/shared/data/realdocs-dev/docs")
# The made Word files of the real-document benchmark (in the repository)
MADE = sorted((Path(__file__).resolve().parents[1] / "eval/data/realdocs-made/docs").glob("*.docx"))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_PARTS = ("word/document.xml", "word/header", "word/footer", "word/footnotes", "word/endnotes")


def en(text: str) -> str:
    return tagged(text, TranslateConfig(model="fake"))


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist() if not n.endswith("/")}  # folders aside


def xml(blob: bytes) -> Any:
    return etree.fromstring(blob)


def text_of(p: Any) -> str:
    """A paragraph's own text (a text box inside it is its own paragraph)."""
    out = []
    for t in p.iter(W + "t"):
        owner = t.getparent()
        while owner is not None and owner.tag != W + "p":
            owner = owner.getparent()
        if owner is p:
            out.append(t.text or "")
    return "".join(out)


def style_of(p: Any) -> str | None:
    found = p.find(f"{W}pPr/{W}pStyle")
    return None if found is None else found.get(W + "val")


def table_shape(tbl: Any) -> list[list[tuple[str | None, str | None]]]:
    """Rows of cells, each with its horizontal span and vertical merge."""
    shape = []
    for tr in tbl.findall(W + "tr"):
        row = []
        for tc in tr.findall(W + "tc"):
            span = tc.find(f"{W}tcPr/{W}gridSpan")
            merge = tc.find(f"{W}tcPr/{W}vMerge")
            row.append(
                (
                    None if span is None else span.get(W + "val"),
                    None if merge is None else merge.get(W + "val", "continue"),
                )
            )
        shape.append(row)
    return shape


def check_invariants(source: bytes, output: bytes) -> int:
    """Every invariant of an in-place translation; returns the paragraphs compared."""
    src, out = parts(source), parts(output)
    assert set(src) == set(out)  # no part added or lost
    media = [n for n in src if n.startswith("word/media/")]
    for name in media:  # images byte for byte
        assert hashlib.sha1(src[name]).digest() == hashlib.sha1(out[name]).digest()
    compared = 0
    for name in src:
        if not name.startswith(TEXT_PARTS):
            continue
        a, b = xml(src[name]), xml(out[name])
        pa, pb = list(a.iter(W + "p")), list(b.iter(W + "p"))
        assert len(pa) == len(pb), name  # one counterpart per paragraph and cell
        for x, y in zip(pa, pb, strict=True):
            assert style_of(x) == style_of(y)
            sx, sy = text_of(x), text_of(y)
            assert not HAN.search(sy), (name, sx, sy)  # no Chinese left
            if sx.strip():
                assert sy.strip(), (name, sx)  # nothing dropped
            compared += 1
        ta, tb = list(a.iter(W + "tbl")), list(b.iter(W + "tbl"))
        assert [table_shape(t) for t in ta] == [table_shape(t) for t in tb]
        sa = [etree.tostring(s) for s in a.iter(W + "sectPr")]
        assert sa == [etree.tostring(s) for s in b.iter(W + "sectPr")]  # page setup
        blips = [e.attrib for e in a.iter("{*}blip")]
        assert blips == [e.attrib for e in b.iter("{*}blip")]  # images where they were
    styles_a = [s.get(W + "styleId") for s in xml(src["word/styles.xml"]).iter(W + "style")]
    styles_b = [s.get(W + "styleId") for s in xml(out["word/styles.xml"]).iter(W + "style")]
    assert styles_a == styles_b
    for font in xml(out["word/styles.xml"]).iter(W + "rFonts"):
        for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
            assert not is_cjk_font(font.get(W + slot) or ""), font.attrib
    return compared


@pytest.fixture(scope="module")
def rich() -> tuple[bytes, bytes, list[list[str]]]:
    calls: list[list[str]] = []
    source = rich_docx()
    result = translate_docx(source, "rich.docx", Recording(StandIn(), calls), load_config(None))
    return source, result.data, calls


def test_rich_document_keeps_its_layout(rich: tuple[bytes, bytes, list[list[str]]]) -> None:
    source, output, _ = rich
    assert check_invariants(source, output) > 15


def test_every_part_is_translated_where_it_stands(
    rich: tuple[bytes, bytes, list[list[str]]],
) -> None:
    _, output, calls = rich
    # All parts in one batch through the translate stage (later calls: its retries)
    wanted = {RICH_HEADER, RICH_FOOTER, RICH_FOOTNOTE, RICH_TEXTBOX, RICH_BOLD, "嵌套表格"}
    assert wanted <= set(calls[0])
    assert all(set(call) <= set(calls[0]) for call in calls[1:])
    out = parts(output)
    assert en(RICH_HEADER).encode() in b"".join(v for k, v in out.items() if "header" in k)
    assert en(RICH_FOOTER).encode() in b"".join(v for k, v in out.items() if "footer" in k)
    assert f"> {en(RICH_FOOTNOTE)}<".encode() in out["word/footnotes.xml"]  # space kept
    body = xml(out["word/document.xml"])
    box = next(body.iter(W + "txbxContent"))
    assert text_of(next(box.iter(W + "p"))) == en(RICH_TEXTBOX)
    assert "ISO 9001" in [text_of(p) for p in body.iter(W + "p")]


def test_bold_lead_in_stays_bold(rich: tuple[bytes, bytes, list[list[str]]]) -> None:
    _, output, _ = rich
    import docx

    paragraph = next(
        p for p in docx.Document(io.BytesIO(output)).paragraphs if p.runs[:1] and p.runs[0].bold
    )
    runs = [(r.text, bool(r.bold)) for r in paragraph.runs if r.text]
    assert runs == [(en(RICH_BOLD), True), (" " + en(RICH_AFTER_BOLD), False)]


def test_fonts_and_numbering_become_latin(rich: tuple[bytes, bytes, list[list[str]]]) -> None:
    _, output, _ = rich
    out = parts(output)
    document = out["word/document.xml"].decode()
    assert "黑体" not in document and 'w:ascii="Arial"' in document  # a sans CJK face
    numbering = xml(out["word/numbering.xml"])
    formats = {e.get(W + "val") for e in numbering.iter(W + "numFmt")}
    assert "chineseCounting" not in formats
    texts = [e.get(W + "val") for e in numbering.iter(W + "lvlText")]
    assert "%1." in texts and not any("、" in t for t in texts)


def test_core_title_translated(rich: tuple[bytes, bytes, list[list[str]]]) -> None:
    import docx

    _, output, _ = rich
    assert docx.Document(io.BytesIO(output)).core_properties.title == en("测试报告")


@pytest.mark.parametrize(
    ("text", "kept"),
    [("GDP（2024）", "GDP (2024) "), ("ＡＢＣ１２３", "ABC123"), ("m²，①", "m², ①")],
)
def test_kept_text_is_written_the_latin_way(text: str, kept: str) -> None:
    assert kept_text(text) == kept


@pytest.mark.parametrize("path", MADE, ids=lambda p: p.name)
def test_made_word_files_keep_their_layout(path: Path) -> None:
    source = path.read_bytes()
    result = translate_docx(source, path.name, StandIn(), load_config(None))
    assert check_invariants(source, result.data) > 0


def test_damaged_docx_is_an_input_error() -> None:
    with pytest.raises(InputError, match="corrupt or truncated"):
        translate_docx(rich_docx()[:500], "cut.docx", StandIn(), load_config(None))


@pytest.mark.skipif(not REALDOCS.is_dir(), reason="the shared development data is absent")
@pytest.mark.parametrize(
    "path", sorted(REALDOCS.glob("*.docx")) if REALDOCS.is_dir() else [], ids=lambda p: p.name
)
def test_real_word_files_keep_their_layout(path: Path) -> None:
    source = path.read_bytes()
    result = translate_docx(source, path.name, StandIn(), load_config(None))
    assert check_invariants(source, result.data) > 0
    assert result.spans > 0


def test_moved_away_text_is_not_sent_and_stays_as_it_was() -> None:
    """A tracked move's old place (``w:moveFrom``) is deleted once accepted, like
    ``w:del``: not translated, not changed; its new place (``w:moveTo``) is."""
    from test_made7_docx import REV, docx, para, run

    moved = "扩大国际产能合作。"
    body = para(
        run("提高利用外资水平。"),
        f"<w:moveFrom {REV.format(1)}>{run(moved)}</w:moveFrom>",
    ) + para(f"<w:moveTo {REV.format(2)}>{run(moved)}</w:moveTo>")
    source = docx(body)
    calls: list[list[str]] = []
    result = translate_docx(source, "moved.docx", Recording(StandIn(), calls), load_config(None))
    sent = [text for call in calls for text in call]
    assert sent.count(moved) == 1 and "提高利用外资水平。" in sent
    out = xml(parts(result.data)["word/document.xml"])
    away = [t.text for m in out.iter(W + "moveFrom") for t in m.iter(W + "t")]
    here = [t.text for m in out.iter(W + "moveTo") for t in m.iter(W + "t")]
    assert away == [moved] and here == [en(moved)]
