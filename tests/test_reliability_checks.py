"""Issue 16, the cases about checks, config and input: the bad-input matrix.

Each case gives an input, the exit code the user sees, the message that tells them
what to do, and that nothing was lost. CLI cases go through click's CliRunner on
``zhbrief.cli.cli``; a traceback shows as an exception that is not ``SystemExit``.

| case | input                                 | exit | message / result             |
|------|---------------------------------------|------|------------------------------|
| 3    | glossary with an unclosed quote       | 1    | the row's line, 'not closed' |
| 6    | '9' * 310 + 元; 4,301 Chinese numerals | 0    | the number kept as written   |
| 7    | .nan / .inf in every float setting    | 2    | the key named                |
| 7    | a key given twice (any level)         | 2    | the key and both lines       |
| 7    | a profile that is not UTF-8           | 2    | 'not UTF-8', the offset      |
| 8    | a glossary field over the csv limit   | 1    | the line, the limit          |
| 10   | qa on a line of 2,000 numbers         | 0    | < 10 s; flags as before      |
| 11   | an input over read.max_bytes          | 1    | the limit, what to do        |
| 14   | ELF, PNG, JPEG, GIF, OLE bytes        | 1    | the format named             |
| 14   | Chinese UTF-16 without BOM            | 0    | read, nothing lost           |
| 14   | only CJK Extension B characters       | 0    | read, nothing lost           |
| 14   | eval --hyp in UTF-16 / GB18030        | 1    | iconv -f UTF-16LE etc.       |
| 14   | qa: English for an empty line         | 0/1  | flagged; --strict: 1         |
"""

from __future__ import annotations

import dataclasses
import json
import math
import random
import time
import typing
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner, Result
from standins import StandIn, wrapped

from zhbrief.batch import BatchOptions, discover, read_manifest, run_batch
from zhbrief.checks import check_numbers, load_glossary
from zhbrief.checks.numbers import _unmatched
from zhbrief.cli import cli
from zhbrief.config import Config, ReadConfig, load_config
from zhbrief.errors import ConfigError, InputError
from zhbrief.numerals import NumberMention, cn_to_int, parse_numbers, render_en, values_equal
from zhbrief.pipeline import brief
from zhbrief.segmentation import segment
from zhbrief.summarise import TermMatrix, ngrams, tfidf

SRC_OK = "2021年跨境电商进出口规模约1.92万亿元。\n"
HYP_OK = "In 2021 cross-border e-commerce trade was about 1.92 trillion yuan.\n"


def invoke(*args: str, stdin: bytes | None = None) -> Result:
    """Run the CLI; a traceback (any exception but SystemExit) fails the test."""
    result = CliRunner().invoke(cli, list(args), input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"traceback instead of a message: {result.exception!r}")
    return result


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def qa(tmp_path: Path, src: str | bytes, hyp: str | bytes, *extra: str) -> Result:
    s = write(tmp_path / "src.zh", src)
    h = write(tmp_path / "hyp.en", hyp)
    return invoke("qa", "--src", str(s), "--hyp", str(h), *extra)


# ---------------------------------------------------------------------------------
# Case 3 and 8: glossaries the csv module would misread


def test_case3_unclosed_quote_is_refused_with_its_line(tmp_path: Path) -> None:
    glossary = write(
        tmp_path / "g.csv", '人民币,RMB\n跨境,"cross, border\n一带一路,Belt and Road\n中国,China\n'
    )
    result = qa(tmp_path, SRC_OK, HYP_OK, "--glossary", str(glossary))
    assert result.exit_code == 1
    assert "g.csv, line 2: a quote is opened and not closed" in result.stderr
    assert "runs on to line 4" in result.stderr
    assert result.stdout == ""


def test_case3_quoted_commas_and_comments_lose_no_term(tmp_path: Path) -> None:
    glossary = load_glossary(
        write(tmp_path / "g.csv", '# terms\nzh,en\n\n跨境,"cross-border, CBEC"\n人民币,RMB\n')
    )
    assert [(t.zh, t.en) for t in glossary.terms] == [
        ("跨境", "cross-border, CBEC"),
        ("人民币", "RMB"),
    ]


def test_case3_line_numbers_count_blank_and_comment_lines(tmp_path: Path) -> None:
    path = write(tmp_path / "g.csv", '# c\n\n人民币,RMB\n跨境,"x\n')
    with pytest.raises(InputError, match=r"line 4: a quote is opened"):
        load_glossary(path)


def test_case8_field_over_the_csv_limit_is_a_clear_error(tmp_path: Path) -> None:
    glossary = write(tmp_path / "g.csv", "zh,en\n中国,China\n跨境," + "x" * 200_000 + "\n")
    result = qa(tmp_path, SRC_OK, HYP_OK, "--glossary", str(glossary))
    assert result.exit_code == 1
    assert "line 3: cannot read the row (a field is longer than 131,072 characters)" in (
        result.stderr
    )


# ---------------------------------------------------------------------------------
# Case 6: numbers too large for a float or for int(str)

HUGE_ARABIC = "9" * 310 + "元"
HUGE_CHINESE = "一" * 4301 + "元"


@pytest.mark.parametrize("number", [HUGE_ARABIC, HUGE_CHINESE, "第" + "9" * 400 + "届"])
def test_case6_qa_keeps_a_huge_number_as_written(tmp_path: Path, number: str) -> None:
    result = qa(tmp_path, f"收入{number}。\n", "Income was 5 yuan.\n")
    assert result.exit_code == 0
    # flagged as missing, shown as written, and the English's value listed
    assert f"[number] {number} ({number}) is not in the English; the English has 5" in (
        result.stdout
    )


def test_case6_huge_number_stated_in_the_english_passes(tmp_path: Path) -> None:
    result = qa(tmp_path, f"收入{HUGE_ARABIC}。\n", f"Income was {'9' * 310} yuan.\n")
    assert result.exit_code == 0
    assert result.stdout.startswith("1 lines checked, 0 flagged")


def test_case6_numerals_past_int_str_limit_keep_their_value() -> None:
    assert cn_to_int("一" * 4301) == (10**4301 - 1) // 9
    assert cn_to_int("二〇二二") == 2022


@pytest.mark.parametrize(
    "zh",
    [
        "1分之1" + "0" * 307,  # a fraction whose value overflows
        "9" * 310 + "分之" + "9" * 310,  # inf / inf
        "1" + "0" * 300 + "万亿元",  # finite digits, infinite once scaled
        "9" * 310 + "至" + "9" * 311 + "元",  # a range of infinities
        "百分之" + "9" * 400,
        "增长" + "9" * 400 + "倍",
        "一" + "亿" * 3000 + "元",
    ],
)
def test_case6_no_huge_form_crashes_the_parser_renderer_or_check(zh: str) -> None:
    for m in parse_numbers(zh):
        rendered = render_en(m)
        assert rendered  # and no exception
        if abs(m.value) >= 1e21:
            assert rendered == m.text
    check_numbers(zh, "It grew 5 yuan.")


def test_case6_key_figures_keep_a_huge_number_as_written(tmp_path: Path) -> None:
    src = write(tmp_path / "a.txt", f"公司收入{HUGE_ARABIC}，同比增长18.6%。\n")
    doc = brief(src, Config(), translator=StandIn(wrapped), scope="full")
    figures = [f.figure for f in doc.key_figures]
    assert HUGE_ARABIC in figures and "up 18.6%" in figures


def test_case6_batch_briefs_a_file_with_huge_numbers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the batch used to record the file as failed with the raw OverflowError
    # (the settings digest fingerprints the model: "fake-model" is no folder)
    monkeypatch.setattr("zhbrief.translate.memory.model_revision_key", lambda config: "fake")
    root = tmp_path / "in"
    root.mkdir()
    write(root / "huge.txt", f"收入{HUGE_ARABIC}。\n{HUGE_CHINESE}。\n")
    config = load_config(None, {"translate.model": "fake-model", "cache.enabled": False})
    options = BatchOptions(tmp_path / "out", formats=("json",))
    summary = run_batch(discover([root]), config, options, translator=StandIn(wrapped))
    record = read_manifest(tmp_path / "out")["huge.txt"]
    assert (summary.done, summary.failed) == (1, 0)
    assert record["status"] == "done" and not record.get("error")
    docs = [json.loads(p.read_text("utf-8")) for p in (tmp_path / "out").rglob("huge*.json")]
    figures = [f["figure"] for doc in docs for f in doc.get("key_figures", [])]
    assert HUGE_ARABIC in figures  # a key figure, as written


def test_case6_a_line_of_20000_numerals_stays_fast() -> None:
    started = time.perf_counter()
    check_numbers("一" * 20_000, "one")
    check_numbers("1" * 20_000 + "分之", "one")
    assert time.perf_counter() - started < 10


# ---------------------------------------------------------------------------------
# Case 7: config values and files


def _float_keys() -> list[str]:
    """Every float setting of Config, found from the annotations (new ones included)."""
    keys = []
    for section in dataclasses.fields(Config):
        settings = getattr(Config(), section.name)
        hints = typing.get_type_hints(type(settings))
        for f in dataclasses.fields(settings):
            if float in (hints[f.name], *typing.get_args(hints[f.name])):
                keys.append(f"{section.name}.{f.name}")
    return keys


def test_case7_the_float_settings_are_all_found() -> None:
    keys = _float_keys()
    assert {"translate.max_length_ratio", "summarise.ratio", "serve.batch_wait_ms"} <= set(keys)
    assert len(keys) >= 8  # 3 translate, 4 summarise, 1 serve at the time of writing


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf"])
@pytest.mark.parametrize("key", _float_keys())
def test_case7_non_finite_floats_exit_2_naming_the_key(
    tmp_path: Path, key: str, value: str
) -> None:
    section, name = key.split(".")
    profile = write(tmp_path / "p.yaml", f"{section}:\n  {name}: {value}\n")
    result = invoke("segment", str(write(tmp_path / "a.txt", SRC_OK)), "--config", str(profile))
    assert result.exit_code == 2
    assert f"{key} must be" in result.stderr


def test_case7_repetition_penalty_must_be_positive() -> None:
    with pytest.raises(ConfigError, match=r"translate\.repetition_penalty must be positive"):
        load_config(flags={"translate.repetition_penalty": 0.0})


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("translate:\n  num_beams: 2\n  num_beams: 3\n", "translate.num_beams (lines 2 and 3)"),
        ("translate:\n  num_beams: 2\nsegment: {}\ntranslate: {}\n", "translate (lines 1 and 4)"),
    ],
)
def test_case7_duplicate_keys_exit_2_naming_the_key(tmp_path: Path, text: str, named: str) -> None:
    profile = write(tmp_path / "p.yaml", text)
    result = invoke("segment", str(write(tmp_path / "a.txt", SRC_OK)), "--config", str(profile))
    assert result.exit_code == 2
    assert f"the key {named} is given twice" in result.stderr


def test_case7_profile_not_utf8_exits_2(tmp_path: Path) -> None:
    profile = write(tmp_path / "p.yaml", b"translate:\n  model: \xff\xfe\n")
    result = invoke("segment", str(write(tmp_path / "a.txt", SRC_OK)), "--config", str(profile))
    assert result.exit_code == 2
    assert "p.yaml is not UTF-8 text (invalid byte at offset 20)" in result.stderr


def test_case7_a_valid_profile_still_loads(tmp_path: Path) -> None:
    profile = write(tmp_path / "p.yaml", "summarise:\n  redundancy: 0.3\n  ratio: 1\n")
    config = load_config(str(profile))
    assert (config.summarise.redundancy, config.summarise.ratio) == (0.3, 1.0)


# ---------------------------------------------------------------------------------
# Case 10: the number check on a line full of numbers


def _pairwise_unmatched(mentions: list[NumberMention], found: list[float]) -> list[int]:
    """The matching as it was (pairwise values_equal, recursive augmenting paths): the
    reference the bucketed matching must agree with."""
    reqs = [(k, req) for k, m in enumerate(mentions) for req in m.requirements()]
    edges = [
        [j for j, v in enumerate(found) if any(values_equal(a, v) for a in req)] for _, req in reqs
    ]
    owner: dict[int, int] = {}

    def assign(r: int, visited: set[int]) -> bool:
        for j in edges[r]:
            if j not in visited:
                visited.add(j)
                if j not in owner or assign(owner[j], visited):
                    owner[j] = r
                    return True
        return False

    return sorted({reqs[r][0] for r in range(len(reqs)) if not assign(r, set())})


def test_case10_bucketed_matching_agrees_with_the_pairwise_one() -> None:
    rng = random.Random(16)
    # near-equal floats (0.1 + 0.2 and 0.3), infinities and years, so paths must reroute
    pool = [0.1 + 0.2, 0.3, 1.0, 2.0, 3.0, 5.0, 100.0, 1e9, 1e9 + 0.5, 2022.0, float("inf")]
    for _ in range(3000):
        mentions = []
        for _ in range(rng.randint(0, 12)):
            alts = tuple(rng.choice(pool) for _ in range(rng.randint(0, 2)))
            if rng.random() < 0.2:
                day = rng.choice([None, 1, 5])
                date = (rng.choice([None, 2022]), rng.choice([None, 1, 2, 3]), day)
                mentions.append(NumberMention(2022.0, "", "date", None, 0, 1, "d", date=date))
            elif rng.random() < 0.3:
                high = rng.choice(pool)
                m = NumberMention(rng.choice(pool), "", "range", None, 0, 1, "r", high=high)
                mentions.append(dataclasses.replace(m, alternatives=alts))
            else:
                v = rng.choice(pool)
                mentions.append(NumberMention(v, "", "amount", None, 0, 1, "a", alternatives=alts))
        found = [rng.choice(pool) for _ in range(rng.randint(0, 12))]
        got = _unmatched(mentions, found)
        want = _pairwise_unmatched(mentions, found)
        assert [k for k, m in enumerate(mentions) if any(m is g for g in got)] == want


def test_case10_qa_on_a_2000_number_line_is_fast(tmp_path: Path) -> None:
    zh = "，".join(f"{i * 7 + 3}元" for i in range(2000)) + "。\n"
    en = ", ".join(f"{i * 7 + 3} yuan" for i in range(0, 2000, 2)) + ".\n"  # half dropped
    started = time.perf_counter()
    result = qa(tmp_path, zh, en, "--format", "json")
    assert time.perf_counter() - started < 10  # was 132 s with pairwise matching
    assert result.exit_code == 0
    assert result.stdout.count('"kind": "number"') == 1000  # each dropped number once


def test_case10_a_line_of_dates_with_other_months_is_fast() -> None:
    zh = "，".join(f"{i % 28 + 1}日" for i in range(4000)) + "，2022年5月1日"
    en = ", ".join(f"{i % 28 + 1} June" for i in range(4000)) + ", 1 May 2022"
    started = time.perf_counter()
    flags = check_numbers(zh, en)
    assert time.perf_counter() - started < 10  # cubic before: about 50 s
    assert flags and all("is not in the English" in f.message for f in flags)


def test_case10_thousands_of_equal_values_do_not_overflow_the_stack() -> None:
    zh = "，".join("5元" for _ in range(3000))
    en = ", ".join("5 yuan" for _ in range(2999))
    flags = check_numbers(zh, en)
    assert len(flags) == 1 and flags[0].message.startswith("5元 (5 yuan) is not")


# ---------------------------------------------------------------------------------
# Case 11: the input size limit


def test_case11_the_default_limit_is_the_measured_one() -> None:
    # eval/LARGE_INPUTS.md: measured end to end with the tiny model
    assert ReadConfig().max_bytes == 10_000_000


def _tfidf_per_text(texts: list[str], ngram: int) -> TermMatrix:
    """TF-IDF as it was (a Counter per text): the reference for the flat-array one."""
    grams = [ngrams(t, ngram) for t in texts]
    df: Counter[str] = Counter()
    for g in grams:
        df.update(g.keys())
    n = len(texts)
    idf = {term: math.log((1 + n) / (1 + d)) + 1 for term, d in df.items()}
    vocab = {term: j for j, term in enumerate(sorted(t for t, d in df.items() if d > 1))}
    rows, cols, vals = [], [], []
    for i, g in enumerate(grams):
        norm = math.sqrt(sum((c * idf[t]) ** 2 for t, c in g.items()))
        for term, count in sorted(g.items()):
            if term in vocab:
                rows.append(i)
                cols.append(vocab[term])
                vals.append(count * idf[term] / norm)
    return TermMatrix(n, len(vocab), np.array(rows), np.array(cols), np.array(vals))


@pytest.mark.parametrize("ngram", [1, 2, 3])
def test_case11_tfidf_in_flat_arrays_gives_the_same_floats(seed_text: str, ngram: int) -> None:
    doc = segment(seed_text)
    texts = [s.zh for s in doc.sentences()] + ["", "2022。", "abc"]
    got, want = tfidf(texts, ngram), _tfidf_per_text(texts, ngram)
    assert (got.n, got.v) == (want.n, want.v)
    assert got.row.tolist() == want.row.tolist() and got.col.tolist() == want.col.tolist()
    assert got.val.tolist() == want.val.tolist()  # exactly, not approximately


def test_case11_an_input_over_the_limit_exits_1_saying_what_to_do(tmp_path: Path) -> None:
    big = write(tmp_path / "big.txt", "中" * 3_400_000)  # 10.2 MB of UTF-8
    result = invoke("segment", str(big))
    assert result.exit_code == 1
    assert "10,200,000 bytes is larger than the limit of 10,000,000 (read.max_bytes)" in (
        result.stderr
    )
    assert "split the file" in result.stderr


# ---------------------------------------------------------------------------------
# Case 14: messages that name what was found


@pytest.mark.parametrize(
    ("magic", "named"),
    [
        (b"\x7fELF\x02\x01\x01\x00", "this is an executable, not a document"),
        (b"\x89PNG\r\n\x1a\n", "this is a PNG image, not a document"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "this is a JPEG image, not a document"),
        (b"GIF89a", "this is a GIF image, not a document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "this is a legacy Word .doc (or other OLE Office)"),
    ],
)
def test_case14_binary_files_name_their_format(tmp_path: Path, magic: bytes, named: str) -> None:
    # named by readers.detect_format (feat/formats), which also reads PDF and DOCX
    path = write(tmp_path / "x.txt", magic + bytes(range(256)) * 4)
    result = invoke("segment", str(path))
    assert result.exit_code == 1
    assert named in result.stderr


TEXT = (
    "国务院关于2023年经济工作的报告\n\n今年GDP增长5.2%，第一产业增加值8.9万亿元。\r\n"
    "就业总体稳定。\n"
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_case14_utf16_without_bom_is_read_whole(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path / "u16.txt", TEXT.encode(encoding))
    result = invoke("segment", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert f'"encoding": "{encoding}"' in result.stdout
    for sentence in ("今年GDP增长5.2%，第一产业增加值8.9万亿元。", "就业总体稳定。"):
        assert sentence in result.stdout


def test_case14_binary_with_nul_bytes_is_still_binary(tmp_path: Path) -> None:
    # ASCII with NULs reads as Han characters in UTF-16: it must not pass as Chinese
    path = write(tmp_path / "x.txt", b"abc\x00def\x00" * 50)
    result = invoke("segment", str(path))
    assert result.exit_code == 1
    assert "NUL bytes" in result.stderr


def test_case14_extension_b_text_is_chinese(tmp_path: Path) -> None:
    text = "\U00020000\U00020001\U0002a6df\U00020002。\U00020003\U0002b740\U00030000。\n"
    result = invoke("segment", str(write(tmp_path / "b.txt", text)))
    assert result.exit_code == 0, result.stderr
    assert "\U00020000\U00020001\U0002a6df\U00020002。" in result.stdout
    assert "\U00020003\U0002b740\U00030000。" in result.stdout


@pytest.mark.parametrize(
    ("encoding", "iconv"),
    [("utf-16-le", "UTF-16LE"), ("utf-16", "UTF-16"), ("gb18030", "GB18030")],
)
def test_case14_eval_names_the_files_encoding(tmp_path: Path, encoding: str, iconv: str) -> None:
    ref = write(tmp_path / "ref.en", "a\n")
    hyp = write(tmp_path / "hyp.zh", "国务院报告\n".encode(encoding))
    result = invoke("eval", "--hyp", str(hyp), "--ref", str(ref))
    assert result.exit_code == 1
    assert f"it reads as {iconv}; convert it first, for example `iconv -f {iconv} -t UTF-8`" in (
        result.stderr
    )


def test_case14_qa_flags_a_translation_of_an_empty_line(tmp_path: Path) -> None:
    src = SRC_OK + "\n" + "就业总体稳定。\n"
    hyp = HYP_OK + "Employment grew.\n" + "\n"
    result = qa(tmp_path, src, hyp)
    assert result.exit_code == 0
    assert "3 lines checked, 2 flagged (degenerate 2)" in result.stdout
    assert "line 2:\n  zh: \n  en: Employment grew.\n  [degenerate] the source line is empty" in (
        result.stdout
    )
    assert "[degenerate] the translation is empty" in result.stdout
    assert qa(tmp_path, src, hyp, "--strict").exit_code == 1


def test_case14_qa_still_skips_lines_empty_on_both_sides(tmp_path: Path) -> None:
    result = qa(tmp_path, SRC_OK + "\n" + SRC_OK, HYP_OK + "\n" + HYP_OK, "--strict")
    assert result.exit_code == 0
    assert result.stdout == "2 lines checked, 0 flagged\n"
