"""The translation checks on hand-made pairs, the glossary, and key figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zhbrief.checks import (
    Glossary,
    Term,
    check_degenerate,
    check_numbers,
    check_pairs,
    check_protected,
    check_sentence,
    load_glossary,
)
from zhbrief.checks.report import render_json, render_text
from zhbrief.document import Document, Heading, Paragraph, Section, Sentence
from zhbrief.errors import EvaluationError, InputError
from zhbrief.figures import key_figures

ZH = "2022年第一季度，跨境电商交易额达4345亿元，其中出口3104亿元，增长2.6%。"
EN = (
    "In the first quarter of 2022, cross-border e-commerce transactions reached "
    "434.5 billion yuan, of which exports were 310.4 billion yuan, up 2.6%."
)


def test_correct_translation_is_not_flagged() -> None:
    assert check_numbers(ZH, EN) == []
    assert check_sentence(ZH, EN) == []


def test_changed_number_is_flagged_with_both_forms() -> None:
    flags = check_numbers(ZH, EN.replace("434.5 billion", "43.45 billion"))
    assert len(flags) == 1
    assert flags[0].kind == "number"
    assert "4345亿元" in flags[0].message
    assert "434.5 billion yuan" in flags[0].message
    assert "43.45 billion" in flags[0].message  # what the English says instead


def test_dropped_number_is_flagged() -> None:
    flags = check_numbers(ZH, EN.replace(", up 2.6%", ""))
    assert [f.message for f in flags] == ["2.6% (up 2.6%) is not in the English"]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("7月26日，他们来了。", "They came on July 26th."),
        ("人均收入增长约8倍。", "Per capita income grew about eight times."),
        ("当地有6000多亩茶园。", "There are more than 6,000 mu of tea gardens."),
        (
            "当地原创汉服销售额占全国三分之一。",
            "Local Hanfu sales account for a third of the total.",
        ),
        ("商户订单数同比翻番。", "The number of merchant orders doubled year on year."),
        ("第十三届全国人大代表程桔", "Cheng Ju, deputy to the 13th National People's Congress"),
        ("吸引近9万人返乡创业", "attracting nearly 90 thousand people back home"),
        ("上世纪80年代", "In the 1980s"),
        ("他买了一个篮子。", "He bought a basket."),
    ],
)
def test_english_forms_are_understood(zh: str, en: str) -> None:
    assert check_numbers(zh, en) == []


def test_a_value_given_twice_must_be_stated_twice() -> None:
    zh = "出口额达16亿元，进口额也是16亿元。"
    assert check_numbers(zh, "Exports were 1.6 billion yuan and imports 1.6 billion yuan.") == []
    flags = check_numbers(zh, "Exports were 1.6 billion yuan and imports 1.9 billion yuan.")
    assert len(flags) == 1


def test_protected_spans() -> None:
    zh = "C919客机和60kWp光伏电站，详见https://example.com/a?b=1，联系info@example.com。"
    en = (
        "The C919 airliner and the 60 kWp solar plant; see https://example.com/a?b=1, "
        "contact info@example.com."
    )
    assert check_protected(zh, en) == []
    flags = check_protected(zh, en.replace("C919", "C-919").replace("info@", "inf@"))
    assert [f.message for f in flags] == [
        "'info@example.com' is not in the English unchanged",
        "'C919' is not in the English unchanged",
    ]


def test_protected_words_may_change_case() -> None:
    assert check_protected("下载APP", "Download the app") == []


@pytest.mark.parametrize(
    ("en", "reason"),
    [
        ("I'm sorry I'm sorry I'm sorry I'm sorry", "repeats"),
        ("the the the the the the", "repeats"),
        ("Yes.", "too short"),
        ("Alibaba.com helps rural revitalisation, and 淘宝村 are growing.", "Chinese left"),
    ],
)
def test_degenerate(en: str, reason: str) -> None:
    zh = "阿里巴巴国际站帮助乡村振兴，淘宝村越来越多。"
    flag = check_degenerate(zh, en)
    assert flag is not None and flag.kind == "degenerate"
    assert reason in flag.message


def test_normal_translation_is_not_degenerate() -> None:
    assert check_degenerate(ZH, EN) is None


# --- glossary ---------------------------------------------------------------------


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_glossary_csv_and_tsv(tmp_path: Path) -> None:
    csv = write(
        tmp_path, "g.csv", '# terms\nzh,en\n跨境电商,cross-border e-commerce\n中国,"China, PRC"\n'
    )
    assert load_glossary(csv).terms == [
        Term("跨境电商", "cross-border e-commerce"),
        Term("中国", "China, PRC"),
    ]
    tsv = write(tmp_path, "g.tsv", "淘宝村\tTaobao village\n")
    assert load_glossary(tsv).terms == [Term("淘宝村", "Taobao village")]


def test_example_glossary_loads() -> None:
    example = Path(__file__).parent.parent / "configs" / "glossary.example.csv"
    glossary = load_glossary(example)
    assert Term("阿里巴巴国际站", "Alibaba.com") in glossary.terms


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("跨境电商,cross-border,e-commerce\n", "line 1: expected 2 columns"),
        ("zh,en\n淘宝村,\n", "line 2: both the Chinese and the English term are needed"),
        ("Taobao,淘宝\n", "line 1: the first column 'Taobao' has no Chinese characters"),
        ("淘宝村,Taobao village\n淘宝村,Taobao hamlet\n", "line 2: 淘宝村 is already given"),
        ("# nothing\n", "no terms found"),
    ],
)
def test_glossary_errors_name_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, "bad.csv", text)
    with pytest.raises(InputError) as e:
        load_glossary(path)
    assert str(path) in str(e.value) and message in str(e.value)


def test_missing_glossary(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_glossary(tmp_path / "nope.csv")


def test_glossary_apply_and_check() -> None:
    g = Glossary([Term("阿里巴巴国际站", "Alibaba.com"), Term("阿里国际站", "Alibaba.com")])
    g2 = Glossary([*g.terms, Term("淘宝村", "Taobao village")])
    zh = "通过阿里巴巴国际站，阿里国际站和淘宝村"
    assert g2.apply(zh) == "通过Alibaba.com，Alibaba.com和Taobao village"
    assert g2.apply("用iPhone登录阿里国际站") == "用iPhone登录Alibaba.com"
    assert g2.apply("阿里国际站app") == "Alibaba.com app"
    # one hit per English term; the injected source still counts as a hit
    assert [t.en for t in g2.hits(zh)] == ["Alibaba.com", "Taobao village"]
    assert [t.en for t in g2.hits(g2.apply(zh))] == ["Alibaba.com", "Taobao village"]
    assert g2.check(zh, "Via alibaba.com and a Taobao Village") == []
    flags = g2.check(zh, "Via Alibaba International Station and a Taobao village")
    assert [f.kind for f in flags] == ["glossary"]
    assert "'Alibaba.com'" in flags[0].message


# --- pairs and reports ------------------------------------------------------------


def test_check_pairs_counts_and_renders() -> None:
    src = [ZH, "", "他买了3个篮子。"]
    hyp = [EN, "", "He bought two baskets."]
    report = check_pairs(src, hyp)
    assert report.checked == 2  # the empty pair is skipped
    assert [ln.line for ln in report.flagged] == [3]
    assert report.counts()["number"] == 1
    data = json.loads(render_json(report))
    assert data["lines"] == 2 and data["flagged"] == 1
    assert data["flags"][0]["line"] == 3
    assert data["flags"][0]["flags"][0]["kind"] == "number"
    text = render_text(report)
    assert text.startswith("2 lines checked, 1 flagged (number 1)")
    assert "line 3:" in text


def test_check_pairs_needs_aligned_lines() -> None:
    with pytest.raises(EvaluationError, match="3 lines and the translation 2"):
        check_pairs(["一", "二", "三"], ["one", "two"])


# --- key figures ------------------------------------------------------------------


def sentence(zh: str, en: str | None, index: int) -> Sentence:
    return Sentence(zh=zh, start=0, end=len(zh), en=en, index=index)


def test_key_figures() -> None:
    heading = Heading(zh="数字兴农", start=0, end=4, en="Digital agriculture")
    s1 = sentence(ZH, EN, 0)
    s2 = sentence("临沭县年产值176亿元，有10万人从事柳编产业。", None, 1)
    doc = Document(
        text="",
        sections=[
            Section(None, [Paragraph([s1])]),
            Section(heading, [Paragraph([s2])]),
        ],
    )
    figures = key_figures(doc, limit=5)
    # Before translation each label is the whole Chinese phrase (a time word like
    # 2022年第一季度 or 其中 dropped; for 增长2.6% the subject of the clause before)
    assert [(f.figure, f.measures, f.section) for f in figures] == [
        ("434.5 billion yuan", "跨境电商交易额", 0),
        ("310.4 billion yuan", "出口", 0),
        ("up 2.6%", "出口", 0),
        ("17.6 billion yuan", "临沭县年产值", 1),
        ("100,000 people", "从事柳编产业", 1),  # a count: the words after it
    ]
    assert figures[3].section_title == "Digital agriculture"
    assert figures[0].to_dict()["zh"] == "4345亿元"
    # The label is a span that the batch translates; then the table reads English
    figures[0].label.en = "Cross-border e-commerce transactions"
    assert figures[0].measures == "Cross-border e-commerce transactions"
    assert figures[0].to_dict()["measures_zh"] == "跨境电商交易额"
    assert figures[0].to_dict()["measures_en"] == "Cross-border e-commerce transactions"
    # one figure-dense section does not take the whole table
    assert [f.figure for f in key_figures(doc, limit=2)] == [
        "434.5 billion yuan",
        "17.6 billion yuan",
    ]
