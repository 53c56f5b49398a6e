"""Read stage: encodings, normalisation and the errors for bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhbrief.errors import InputError
from zhbrief.reading import decode_bytes, normalise, read_input

SIMPLIFIED = (
    "据海关总署统计，2020年，我国跨境电商出口同比增长40.1%。铺路架桥联中外，乘风破浪通四海。"
)
TRADITIONAL = "中華民國經濟部今日公布，去年出口總額達新臺幣三兆元，較前年成長百分之十二。"


@pytest.mark.parametrize(
    ("text", "encoding", "detected"),
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (TRADITIONAL, "big5", "big5"),
        (TRADITIONAL, "utf-16", "utf_16"),
    ],
)
def test_encodings_decode_to_the_same_text(text: str, encoding: str, detected: str) -> None:
    result = decode_bytes(text.encode(encoding), "f.txt")
    assert result.text == text
    assert result.encoding == detected


def test_seed_article_in_gb18030(seed_text: str) -> None:
    assert decode_bytes(seed_text.encode("gb18030")).text == seed_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("一\r\n二\r三\n", "一\n二\n三\n"),
        ("甲\x00乙\x07丙\x1b丁", "甲乙丙丁"),
        ("表\t格\n", "表\t格\n"),
        ("\ufeff标题", "标题"),
        ("段\u2029落", "段\n\n落"),
        ("e\u0301", "\u00e9"),  # NFC
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the input is empty"),
        (b"  \n\t \r\n", "the input is empty"),
        (b"\x01\x02\x03\x04", "only whitespace or control characters"),
        # PDF and DOCX are read now (tests/test_readers.py): a broken one says so
        (b"%PDF-1.7\n...", "the PDF is corrupt or truncated"),
        (b"PK\x03\x04zipzip", "corrupt or truncated ZIP/.docx archive"),
        (b"\x89PNG\r\n\x1a\n....", "this is a PNG image, not a document"),
        (b"abc\x00def\x00" * 10, "NUL bytes"),
        (bytes(range(128, 256)) * 4, "cannot decode the text"),
        (b"English only, no Chinese here.", "no Chinese characters found"),
    ],
)
def test_bad_input_is_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_bytes(data, "bad.txt")


def test_oversized_input_names_the_limit() -> None:
    with pytest.raises(InputError, match=r"read.max_bytes"):
        decode_bytes("中文。".encode() * 100, "big.txt", max_bytes=50)


def test_read_input_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.txt: no such file"):
        read_input(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a folder; use `zhbrief batch"):
        read_input(tmp_path)


def test_read_input_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(SIMPLIFIED.encode("gb18030"))
    result = read_input(path)
    assert (result.text, result.encoding, result.name) == (SIMPLIFIED, "gb18030", str(path))
