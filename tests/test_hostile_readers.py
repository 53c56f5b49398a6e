"""Hostile inputs to the readers (issue 22): zip bombs, nested tables, long Word files,
rotated and unmapped PDFs, deep and large HTML, a cut UTF-8 file, an encrypted PDF.
The files are built at test time (tests/hostile_inputs.py)."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import hostile_inputs as h
import pytest
from click.testing import CliRunner

from zhbrief.cli import cli
from zhbrief.config import Config, ReadConfig, load_config
from zhbrief.errors import ConfigError, InputError
from zhbrief.pipeline import analyse
from zhbrief.reading import decode_bytes

# ------------------------------------------------------------------ 1, 2: zip bombs


@pytest.mark.parametrize(
    "build", [h.zip_bomb_docx, h.one_huge_text_node_docx], ids=["paragraphs", "one-node"]
)
def test_zip_bomb_is_refused_before_parsing(build: object, monkeypatch: pytest.MonkeyPatch) -> None:
    data = build(40_000_000)  # type: ignore[operator]
    assert len(data) < 200_000  # packed at a ratio of several hundred

    def never(*_: object) -> None:
        raise AssertionError("the parser must not see a zip bomb")

    monkeypatch.setattr("zhbrief.reading.docx.read_docx", never)
    started = time.perf_counter()
    with pytest.raises(InputError) as e:
        decode_bytes(data, "bomb.docx")
    assert time.perf_counter() - started < 1.0
    message = str(e.value)
    assert "\n" not in message
    assert message.startswith("bomb.docx: refused as a likely zip bomb: word/document.xml")
    assert "read.max_zip_ratio" in message


def test_unpacked_size_limit_from_the_config() -> None:
    data = h.zip_bomb_docx(3_000_000)
    limits = ReadConfig(max_unpacked_bytes=2_000_000, max_zip_ratio=10_000)
    with pytest.raises(InputError, match=r"unpacks to more than 2,000,000 bytes"):
        decode_bytes(data, "big.docx", limits=limits)
    # a file within the same limits is read
    read = decode_bytes(h.many_paragraphs_docx(100), "small.docx", limits=limits)
    assert read.text.startswith("0。国务院")


def test_zip_limits_reach_the_cli_through_a_profile(tmp_path: Path) -> None:
    path = tmp_path / "big.docx"
    path.write_bytes(h.zip_bomb_docx(3_000_000))
    profile = tmp_path / "p.yaml"
    profile.write_text("read:\n  max_unpacked_bytes: 1000000\n  max_zip_ratio: 5000\n")
    result = CliRunner().invoke(cli, ["segment", str(path), "--config", str(profile)])
    assert result.exit_code == 1
    assert "read.max_unpacked_bytes" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("read.max_unpacked_bytes", 0, "must be positive"),
        ("read.max_zip_ratio", 0.5, "must be at least 1"),
    ],
)
def test_zip_limits_are_validated(key: str, value: float, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_config(None, {key: value})


def test_real_word_files_pass_the_zip_limits() -> None:
    # genuine .docx parts pack 8 to 15 times; a document well inside the limits reads
    data = h.many_paragraphs_docx(2000)
    assert decode_bytes(data, "ok.docx").text.startswith("0。国务院")


# ------------------------------------------------------------- 3: nested tables


@pytest.mark.parametrize("depth", [1, 29])
def test_nested_tables_are_read_in_order(depth: int) -> None:
    read = decode_bytes(h.nested_tables_docx(depth), "nested.docx")
    expected = [
        "表格前的段落。",
        "第0层表格甲\t第0层表格乙",
        *[f"第{level}层表格甲\t第{level}层表格乙" for level in range(1, depth + 1)],
        "第0层表格丙\t第0层表格丁",
        "表格后的段落。",
    ]
    assert read.text.split("\n\n") == expected
    assert read.blocks is not None
    kinds = [b.kind for b in read.blocks]
    assert kinds == ["body", "table", *["nested_table"] * depth, "table", "body"]


def test_nested_table_rows_keep_their_kind_in_the_document() -> None:
    doc = analyse(decode_bytes(h.nested_tables_docx(1), "nested.docx"), Config())
    kinds = [(p.kind, p.sentences[0].zh) for s in doc.sections for p in s.paragraphs]
    assert kinds == [
        ("body", "表格前的段落。"),
        ("table", "第0层表格甲"),
        ("nested_table", "第1层表格甲"),
        ("table", "第0层表格丙"),
        ("body", "表格后的段落。"),
    ]


# ------------------------------------------------------- 4: long Word files are linear


def _style_lookups(data: bytes, monkeypatch: pytest.MonkeyPatch) -> int:
    from docx.oxml.styles import CT_Styles

    calls = 0
    for method in ("get_by_id", "default_for"):
        original = getattr(CT_Styles, method)

        def counted(self: object, *args: object, _original: object = original) -> object:
            nonlocal calls
            calls += 1
            return _original(self, *args)  # type: ignore[operator]

        monkeypatch.setattr(CT_Styles, method, counted)
    decode_bytes(data, "long.docx")
    monkeypatch.undo()
    return calls


def test_docx_style_lookups_do_not_grow_with_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    # python-docx searches every style on each paragraph.style / run.style call;
    # the reader resolves each style once, so the lookups are the same for 200 or 2000
    few = _style_lookups(h.many_paragraphs_docx(200), monkeypatch)
    many = _style_lookups(h.many_paragraphs_docx(2000), monkeypatch)
    assert many == few
    assert many < 20


@pytest.mark.parametrize("progress", [True, False])
def test_docx_progress_on_stderr_only_when_asked(
    progress: bool, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("zhbrief.reading.docx.BAR_DELAY_S", 0.0)  # as if the read were long
    decode_bytes(h.many_paragraphs_docx(300), "long.docx", progress=progress)
    out, err = capsys.readouterr()
    assert out == ""
    assert ("reading" in err) is progress


# -------------------------------------------------------- 11: a cut UTF-8 character


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("cut", [1, 2])
def test_utf8_cut_inside_its_last_character(
    bom: bytes, cut: int, caplog: pytest.LogCaptureFixture
) -> None:
    data = bom + f"{h.SENTENCE}第二句话。".encode()[:-cut]
    read = decode_bytes(data, "cut.txt")
    assert read.text == f"{h.SENTENCE}第二句话"
    assert read.encoding == ("utf-8-sig" if bom else "utf-8")
    assert [r.getMessage() for r in caplog.records] == [
        f"cut.txt: the file ends inside a UTF-8 character (its last {3 - cut} byte(s) are "
        "an incomplete character); read without it"
    ]


def test_utf8_broken_before_its_end_is_still_not_utf8() -> None:
    data = h.SENTENCE.encode() + b"\xe5" + h.SENTENCE.encode() + "字".encode()[:-1]
    with pytest.raises(InputError, match="it is not UTF-8"):  # damage inside: refused
        decode_bytes(data, "mixed.txt")


def test_cli_warns_on_a_cut_character(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(f"{h.SENTENCE}".encode()[:-1])
    result = CliRunner().invoke(cli, ["segment", str(path)])
    assert result.exit_code == 0
    assert "ends inside a UTF-8 character" in result.stderr
    assert h.SENTENCE[:-1] in result.stdout


# ------------------------------------------------ 13: encrypted PDFs, empty password

LINES = [f"{h.SENTENCE[:20]}第{i}行。" for i in range(3)]


def test_pdf_encrypted_with_an_empty_user_password_is_read() -> None:
    data = h.simple_pdf(LINES, user_password="")
    assert b"/Encrypt" in data
    read = decode_bytes(data, "locked.pdf")
    assert read.text.replace("\n\n", "") == "".join(LINES)


def test_pdf_with_a_real_user_password_is_refused() -> None:
    data = h.simple_pdf(LINES, user_password="secret")
    with pytest.raises(InputError, match="the PDF is encrypted"):
        decode_bytes(data, "locked.pdf")


# ------------------------------------------------------------------ 7: deep HTML


@pytest.mark.parametrize("depth", [300, 1500])
def test_deep_html_is_read(depth: int) -> None:
    read = decode_bytes(h.deep_html(depth), "deep.html")
    assert read.text.split("\n\n") == [
        "深层网页",
        f"{h.SENTENCE}第0段。",
        f"{h.SENTENCE}第1段。",
    ]


def test_html_deeper_than_the_parser_goes_is_refused_with_that_reason() -> None:
    with pytest.raises(InputError) as e:
        decode_bytes(h.deep_html(3000), "deep.html")
    assert str(e.value).startswith(
        "deep.html: the HTML page nests its elements more than 2,048 levels deep"
    )


# ------------------------------------------------------------ 12: a large HTML page


def test_html_is_read_without_trafilaturas_quadratic_xml_cleanup(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # extract(output_format="xml") ends in strip_double_tags, whose union XPath libxml2
    # merges and sorts in quadratic time (a 9 MB page: half of its read); the reader
    # makes the same XML without it
    import trafilatura.xml

    def quadratic(*_: object) -> None:
        raise AssertionError("trafilatura's strip_double_tags must not run")

    monkeypatch.setattr(trafilatura.xml, "strip_double_tags", quadratic)
    read = decode_bytes(h.long_html(2), "long.html")
    assert read.text.split("\n\n") == ["长网页"] + [
        line
        for i in range(2)
        for line in [f"第{i}节"] + [f"{h.SENTENCE}第{i}节第{j}段。" for j in range(4)]
    ]


# blocks inside blocks (the clean-up merges them), code, quotes, lists, tables, pictures
NESTED = (
    "<html><head><meta charset='utf-8'><title>嵌套</title></head><body><article>"
    "<h1>嵌套<span>标题</span></h1><h2>一、<b>总体要求</b><h3>（一）</h3></h2>"
    f"<div>{h.SENTENCE}<div>{h.SENTENCE}<p>内层段落。</p></div></div>"
    "<section><h4>四<b><h4>五</h4></b></h4></section>"
    f"<p>{h.SENTENCE}<p>{h.SENTENCE}</p>尾巴。</p>"
    f"<blockquote><p>{h.SENTENCE}</p></blockquote><pre><code>x = 1\n\ny = 2</code></pre>"
    f"<ul><li>{h.SENTENCE}<ul><li>{h.SENTENCE}</li></ul></li></ul>"
    f"<table><tr><th>名称</th><th>数值</th></tr><tr><td>增长</td><td><p>6.5%</p></td></tr></table>"
    f"<p><img src='a.jpg'></p><p>图为会场 新华社记者 摄</p><p><i></i></p>"
    f"<p><strong>小标题</strong></p><p>{h.SENTENCE}<a href='/x'>链接</a></p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("precision", [True, False])
@pytest.mark.parametrize("page", ["nested", "long", "m05_news_page", "m06_encyclopedia"])
def test_html_xml_is_what_trafilatura_extract_makes(page: str, precision: bool) -> None:
    # the reader replays extract's XML output steps (trafilatura internals): any change
    # in a new trafilatura version shows here
    import re

    import trafilatura

    from zhbrief.reading.html import _extract, _parse, decode_html

    if page == "nested":
        html = NESTED
    elif page == "long":
        html = h.long_html(3).decode()
    else:
        made = Path(__file__).resolve().parents[1] / "eval/data/realdocs-made/docs"
        html, _ = decode_html((made / f"{page}.html").read_bytes(), page)
    theirs = trafilatura.extract(
        _parse(html, page),
        output_format="xml",
        include_tables=True,
        include_comments=False,
        include_images=True,
        include_formatting=True,
        include_links=True,
        with_metadata=False,
        favor_precision=precision,
    )
    assert theirs is not None
    # the root's attributes (a fingerprint of the text) are not read
    assert _extract(html, page, precision) == re.sub(r"^<doc[^>]*>", "<doc>", theirs)


def test_html_reading_time_grows_linearly() -> None:
    # CPU time of this process (not wall time: the machine may be loaded); the best of
    # two reads of each size. Linear gives a ratio of about 4 (less, with fixed costs),
    # quadratic 16; the bound leaves room for noise
    def cpu(data: bytes) -> float:
        times = []
        for _ in range(2):
            started = time.process_time()
            decode_bytes(data, "long.html")
            times.append(time.process_time() - started)
        return min(times)

    small, large = h.long_html(100), h.long_html(400)
    cpu(small)  # imports and first-call costs out of the measurement
    assert cpu(large) / cpu(small) < 8


# ------------------------------------------------------------- 5: rotated pages


@pytest.mark.parametrize(
    ("page_rotate", "text_angle"),
    [(90, 90), (180, 180), (270, 270), (0, 90), (0, 180), (0, 270), (90, 0), (180, 0)],
)
def test_rotated_pdf_text_is_read_in_its_displayed_order(page_rotate: int, text_angle: int) -> None:
    read = decode_bytes(h.rotated_pdf(page_rotate, text_angle), "rotated.pdf")
    assert read.text.split("\n\n") == h.ROTATED_LINES


def test_pdf_turned_sidebar_is_read_whole_after_the_upright_text() -> None:
    sidebar = "本文件仅供内部参考使用，编号2024年第3号"
    read = decode_bytes(h.sidebar_pdf(h.ROTATED_LINES, sidebar), "sidebar.pdf")
    assert read.text.split("\n\n") == [*h.ROTATED_LINES, sidebar]


def test_pdf_pages_are_let_go_once_read_so_memory_does_not_grow_with_pages() -> None:
    """pdfplumber keeps each page's parsed objects until the page is closed: kept for
    every page, a 10 MB PDF (1,800 pages) peaked at 7 GiB (eval/LARGE_INPUTS.md)."""
    import tracemalloc

    def peak(pages: int) -> int:
        data = h.pages_pdf(pages)
        tracemalloc.start()
        try:
            read = decode_bytes(data, "long.pdf")
            used = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert len(re.findall(r"记录\d+之\d+：", read.text)) == pages * 30  # every line
        return used

    peak(1)  # the first read also loads fonts and caches
    few, many = peak(2), peak(8)
    # what stays of a read page is its lines (a few kB); its parsed objects, ~400 kB
    assert many - few < 6 * 100_000, (few, many)


def _alike_pairwise(keys: list[str], needed: int) -> list[bool]:
    """The misread-header rule as first written: every page top against every other."""
    from difflib import SequenceMatcher

    from zhbrief.reading.pdf.furniture import _MISREAD_RATIO

    return [
        sum(SequenceMatcher(None, k, o).ratio() >= _MISREAD_RATIO for o in keys) >= needed
        for k in keys
    ]


def _variants(rng: random.Random) -> list[str]:
    """Readings of one header with a few characters changed, added or lost."""
    base = [rng.choice("甲乙丙丁戊己庚") for _ in range(rng.randint(6, 20))]
    keys = []
    for _ in range(rng.randint(1, 14)):
        k = list(base)
        for _ in range(rng.randint(0, 3)):
            i = rng.randrange(len(k))
            op = rng.random()
            if op < 0.4:
                k[i] = rng.choice("甲乙丙丁戊己庚辛")
            elif op < 0.7:
                k.insert(i, rng.choice("甲乙辛"))
            elif len(k) > 6:
                del k[i]
        keys.append("".join(k))
    return keys


def test_pdf_misread_headers_are_those_the_pairwise_comparison_finds() -> None:
    from zhbrief.reading.pdf.furniture import _read_alike

    rng = random.Random(3)
    found = 0
    for _ in range(500):
        keys = _variants(rng)
        needed = max(2, (len(keys) + 1) // 2)
        assert _read_alike(keys, needed) == _alike_pairwise(keys, needed), keys
        found += sum(_read_alike(keys, needed))
    assert found > 1000  # the cases have misread headers to find


def test_pdf_page_tops_of_a_long_document_are_not_all_compared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """1,800 pages that each start with a different line: comparing them pairwise
    took minutes (16 s for 500 pages); their shared characters rule most pairs out."""
    from zhbrief.reading.pdf import furniture

    rng = random.Random(1)
    letters = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    keys = [f"第{i}页" + "".join(rng.choices(letters, k=15)) for i in range(1800)]
    ratios = 0
    real = furniture.SequenceMatcher

    class Counted(real):  # type: ignore[misc, valid-type]
        def ratio(self) -> float:
            nonlocal ratios
            ratios += 1
            return float(super().ratio())

    monkeypatch.setattr(furniture, "SequenceMatcher", Counted)
    assert furniture._read_alike(keys, 900) == [False] * 1800
    assert ratios < 1800


# ------------------------------------------------- 6: a CID font without a Unicode map


def test_pdf_text_in_an_unmapped_cid_font_is_refused_not_guessed() -> None:
    data = h.unmapped_cid_pdf(h.ROTATED_LINES[:3])
    with pytest.raises(InputError) as e:
        decode_bytes(data, "cid.pdf")
    assert str(e.value) == (
        "cid.pdf: 78 characters (page 1) are set in a font without a Unicode map "
        "(Identity-H, no ToUnicode), so their text cannot be read reliably; run OCR on "
        "the PDF (for example ocrmypdf --force-ocr) or export it again."
    )


def test_pdf_cid_font_with_a_unicode_map_is_read() -> None:
    read = decode_bytes(h.unmapped_cid_pdf(h.ROTATED_LINES[:3], to_unicode=True), "cid.pdf")
    assert read.text == "".join(h.ROTATED_LINES[:3])


# ------------------------------------------- control characters in a saved web page


def test_a_web_page_with_words_field_marks_is_read_without_them() -> None:
    # Office's "save as web page" keeps Word's field and anchor marks (\x01, \x04, \x05)
    # and may end lines with CR: the extractor gave up on such a page ("no main text")
    paras = [f"第{i}段。{h.SENTENCE}" for i in range(3)]
    body = "\r\n".join(f"<p>{p[:4]}\x05{p[4:]}\x01</p>" for p in paras)
    page = (
        '<!DOCTYPE html>\r\n<html><head><meta charset="utf-8"><title></title></head>\r\n'
        f"<body><h1>\x04报告标题</h1>\r\n{body}\r\n</body></html>"
    )
    read = decode_bytes(page.encode("utf-8"), "saved.html")
    assert read.text.split("\n\n") == ["报告标题", *paras]
