"""Key-figure labels and title topics: whole phrases of the sentence, never fragments."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zhbrief.labels import measure_span, topic_span
from zhbrief.numerals import parse_numbers

SEED = Path(__file__).parent / "data" / "seed" / "alibaba-rural-export.zh.txt"


def label(sentence: str, figure: str, *, counted: bool = False) -> str | None:
    start = sentence.index(figure)
    span = measure_span(sentence, start, start + len(figure), counted=counted)
    return None if span is None else sentence[span[0] : span[1]]


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        (
            "2021年，跨境电商进出口规模约1.92万亿元，同比增长18.6%。",
            "1.92万亿元",
            "跨境电商进出口规模",
        ),
        ("2021年，跨境电商进出口规模约1.92万亿元，同比增长18.6%。", "18.6%", "跨境电商进出口规模"),
        # the fragment 口额占阿里国际站…… of issue 12: now the whole phrase
        (
            "不但形成了产业带（出口额占阿里国际站中国木制品销售额的12%），还成就了奇迹",
            "12%",
            "出口额占阿里国际站中国木制品销售额",
        ),
        ("2020年当地网络零售额突破10亿元大关。", "10亿元", "当地网络零售额"),
        ("村里只剩下200多位60岁以上的老年人。", "60岁", "老年人"),
        ("据海关总署统计，2020年，我国跨境电商出口同比增长40.1%。", "40.1%", "我国跨境电商出口"),
        ("一个月还能赚3000多元。", "3000多元", "一个月还能赚"),
    ],
)
def test_measure_span_is_the_whole_phrase(sentence: str, figure: str, expected: str) -> None:
    assert label(sentence, figure) == expected


def test_counts_prefer_the_counted_noun() -> None:
    s = "产品远销美、英、法、意、韩等30多个国家和地区。"
    assert label(s, "30多个", counted=True) == "国家和地区"
    assert label("博白全县已有425家各类编织企业。", "425家", counted=True) == "各类编织企业"
    assert label("他说：2000。", "2000") is None


def test_long_phrase_is_cut_only_after_de() -> None:
    long = "位于浙江省杭州市余杭区的阿里巴巴集团国际站平台上中小外贸商家的年度出口总额达50亿元。"
    assert label(long, "50亿元") == "年度出口总额"
    no_de = "浙江省杭州市余杭区阿里巴巴集团国际站平台中小外贸商家年度出口总额达50亿元。"
    assert (
        label(no_de, "50亿元") == "浙江省杭州市余杭区阿里巴巴集团国际站平台中小外贸商家年度出口总额"
    )


def test_every_seed_label_is_a_whole_phrase() -> None:
    """On the seed article every label starts at a clause boundary, after a leading
    time or connective word, or after 的, and ends at a clause boundary, before a
    trailing verb, or before the figure: never inside a word."""
    from zhbrief.segmentation import segment

    doc = segment(SEED.read_text(encoding="utf-8"))
    boundaries = tuple('，。；：、,;:！？!?（）()“”"《》【】—…的') + (
        *("年", "季度", "月", "月份", "半年", "全年", "今年", "去年", "其中", "如今", "目前"),
        *("当前", "同时", "此外", "另外", "而", "并", "但", "还", "也", "据统计", "据悉"),
        "据了解",
    )
    labelled = 0
    for s in doc.sentences():
        for m in parse_numbers(s.zh):
            span = measure_span(s.zh, m.start, m.end, counted=m.kind in ("count", "range"))
            if span is None:
                continue
            labelled += 1
            a, b = span
            text = s.zh[a:b]
            assert len(text) >= 2 and not any(ch.isdigit() for ch in text)
            after_figure = a >= m.end and re.fullmatch(
                r"(以上|以下|左右|之多|多|余)?的?", s.zh[m.end : a]
            )
            assert a == 0 or s.zh[:a].endswith(boundaries) or after_figure, (s.zh, text)
            assert "口额占" not in text or text.startswith("出口额")
    assert labelled >= 30


def test_topic_span_skips_time_words_and_short_clauses() -> None:
    text = "2021年，阿里国际站推出“跨境外贸纾困十条”，帮助中小商家。"
    a, b = topic_span(text) or (0, 0)
    assert text[a:b] == "阿里国际站推出"
    assert topic_span("2021年。") is None


def test_seed_brief_is_english_throughout_in_every_format() -> None:
    """The seed article through the pipeline with a stand-in model whose output names
    its input (EN(...)): the title and every key figure's label went through the model
    as whole phrases, and each format shows the English with the Chinese beside it."""
    import json

    from standins import StandIn, wrapped

    from zhbrief.config import Config
    from zhbrief.pipeline import analyse, brief_documents
    from zhbrief.reading import decode_bytes
    from zhbrief.render import render

    doc = analyse(decode_bytes(SEED.read_bytes(), SEED.name), Config())
    brief_documents([doc], StandIn(wrapped), Config())
    assert doc.title is None and doc.topic is not None
    md = render(doc, "brief")
    assert md.startswith(f"# EN({doc.topic.zh})\n")  # not "Brief: file name"
    assert doc.key_figures
    html = render(doc, "brief", "html")
    data = json.loads(render(doc, "brief", "json"))
    for f, row in zip(doc.key_figures, data["key_figures"], strict=True):
        zh = f.label.zh
        assert f.measures == f"EN({zh})" == row["measures"] == row["measures_en"]
        assert row["measures_zh"] == zh
        assert f"| EN({zh})<br><sub>{zh}</sub> |" in md
        assert f'<td title="{zh}">EN({zh})<br><small class="zh" lang="zh">{zh}</small></td>' in html
        # a whole phrase of its sentence, never a fragment cut at a fixed length
        sentence = next(s for s in doc.sentences() if s.index == f.sentence)
        assert zh in sentence.zh and not zh.startswith("口额占")
        assert doc.text[f.label.start : f.label.end] == zh
