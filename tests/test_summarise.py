"""Tests for the summarise stage: ranking helpers with exact outputs, and picks on
hand-built documents whose right answer is clear."""

from __future__ import annotations

import copy
import math
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from zhbrief.config import Config, SummariseConfig, merge
from zhbrief.document import Document, Heading, Paragraph, Section, Sentence
from zhbrief.errors import ConfigError
from zhbrief.summarise import (
    TermMatrix,
    content_length,
    cosine,
    feature_weights,
    figures,
    graph_rank,
    length_weight,
    ngrams,
    section_quota,
    select,
    summarise,
    tfidf,
    units,
)

SEED = Path(__file__).parent / "data" / "seed" / "alibaba-rural-export.zh.txt"

# Three sentences about one topic and one off-topic sentence.
CENTRAL = "阿里巴巴国际站帮助农村商家出口产品。"
NEAR_A = "阿里巴巴国际站帮助中小商家。"
NEAR_B = "农村商家出口产品到海外。"
OFF_TOPIC = "今天的天气非常晴朗温暖。"


def build(*sections: tuple[str | None, list[str]]) -> Document:
    """A Document from (heading or None, sentences) pairs, with consistent offsets."""
    text = ""
    secs: list[Section] = []
    index = 0
    for heading, sents in sections:
        head = None
        if heading is not None:
            head = Heading(zh=heading, start=len(text), end=len(text) + len(heading))
            text += heading + "\n"
        para = Paragraph()
        for zh in sents:
            para.sentences.append(Sentence(zh=zh, start=len(text), end=len(text) + len(zh)))
            para.sentences[-1].index = index
            index += 1
            text += zh
        text += "\n"
        secs.append(Section(heading=head, paragraphs=[para] if sents else []))
    return Document(text=text, sections=secs)


def picks(doc: Document) -> list[list[str]]:
    return [[s.zh for s in sec.summary()] for sec in doc.sections]


def flags(doc: Document) -> list[tuple[bool, bool]]:
    return [(s.in_summary, s.key_point) for s in doc.sentences()]


# --- pure helpers -------------------------------------------------------------------


def test_units_split_at_digits_and_punctuation_and_keep_words_whole() -> None:
    assert units("阿里巴巴2022年，Alibaba 国际站") == [
        ["阿", "里", "巴", "巴"],
        ["年"],
        ["alibaba"],
        ["国", "际", "站"],
    ]
    assert units("ＡＢＣ公司") == [["abc", "公", "司"]]  # full-width letters normalised
    assert units("2022。！ 3.5%") == []


def test_ngrams_counts_sizes_one_to_n_within_runs() -> None:
    assert ngrams("甲乙丙，甲乙", 2) == Counter(
        {"甲": 2, "乙": 2, "丙": 1, "甲\x1f乙": 2, "乙\x1f丙": 1}
    )
    assert ngrams("甲乙丙", 1) == Counter({"甲": 1, "乙": 1, "丙": 1})
    assert "乙\x1f丙" not in ngrams("甲乙，丙", 2)  # no n-gram across punctuation


def test_tfidf_uses_smoothed_idf_and_keeps_shared_columns_only() -> None:
    m = tfidf(["甲乙", "甲丙"], ngram=1)
    a = 1 + math.log(3 / 2)  # idf of a term in one of two texts; 甲 (in both) has 1
    assert (m.n, m.v) == (2, 1)  # 乙 and 丙 occur once: no column, but in the norm
    assert m.dense() == pytest.approx(np.full((2, 1), 1 / math.sqrt(1 + a * a)))
    assert cosine(m)[0, 1] == pytest.approx(1 / (1 + a * a))


def test_tfidf_zero_row_for_text_without_ngrams() -> None:
    m = tfidf(["甲乙", "2022。", "乙甲"], ngram=2)
    assert np.all(m.dense()[1] == 0)
    sim = cosine(m)
    assert sim[0, 1] == sim[1, 2] == 0
    # Shares 甲 and 乙 (idf ln(4/3) + 1), not the bigrams 甲乙 / 乙甲 (idf ln 2 + 1).
    a, b = math.log(4 / 3) + 1, math.log(2) + 1
    assert sim[0, 2] == pytest.approx(2 * a * a / (2 * a * a + b * b))


def test_term_matrix_rows_and_sparse_cosine_match_dense() -> None:
    texts = ["阿里巴巴国际站", "阿里国际站出口", "农村电商出口", "国际站农村商家"]
    m = tfidf(texts)
    dense = m.dense()
    assert cosine(m) == pytest.approx(np.clip(dense @ dense.T, 0, 1))
    assert m.rows(1, 3).dense() == pytest.approx(dense[1:3])
    assert m.row_vector(3) == pytest.approx(dense[3])
    assert m.dots(np.ones(m.v)) == pytest.approx(dense.sum(axis=1))


def test_graph_rank_exact_on_small_graphs() -> None:
    d = 0.85
    # Two linked sentences and an isolated one: the isolated one only gets the
    # teleport share, r = (1 - d) / n + d r / n, so r = (1 - d) / (3 - d).
    sim = np.array([[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    r = graph_rank(sim, d)
    iso = (1 - d) / (3 - d)
    assert r == pytest.approx([3 * (1 - iso) / 2, 3 * (1 - iso) / 2, 3 * iso])
    assert graph_rank(np.ones((4, 4)), d) == pytest.approx([1.0] * 4)
    assert graph_rank(np.zeros((0, 0)), d).shape == (0,)
    # A hub linked to three leaves outranks each leaf.
    star = np.eye(4)
    star[0, 1:] = star[1:, 0] = 0.5
    r = graph_rank(star, d)
    assert r.sum() == pytest.approx(4.0)
    assert r[0] > r[1] == pytest.approx(r[2]) == pytest.approx(r[3])


def test_figures_count_distinct_numbers_but_not_dates() -> None:
    assert figures("2022年5月11日晚，2个村") == 1
    assert figures("增长40.1%，约1.92万亿元") == 2
    assert figures("增长百分之三十") == 1
    assert figures("3,104亿元与3,104亿元") == 1
    assert figures("没有数字。") == 0


def test_length_weight_penalises_fragments_and_run_ons() -> None:
    config = SummariseConfig(min_chars=8, max_chars=100)
    assert content_length("好的，谢谢！ OK") == 6
    assert length_weight(4, config) == 0.5
    assert length_weight(8, config) == 1.0
    assert length_weight(100, config) == 1.0
    assert length_weight(400, config) == 0.5


def test_feature_weights_position_lede_and_figures() -> None:
    config = SummariseConfig()
    texts = ["这是一个没有数字的句子。", "这是另一个没有数字的句子。", "利润增长了30%和12%。"]
    positions = [(0, 3), (1, 3), (2, 3)]
    lede = feature_weights(texts, positions, 0, config)
    plain = feature_weights(texts, positions, None, config)
    assert plain[:2] == pytest.approx([1.2, 1.0 + 0.2 * 2 / 3])
    assert lede[0] == pytest.approx(1.2 * 1.2)
    assert plain[2] == pytest.approx((1.0 + 0.2 / 3) * 1.2)


@pytest.mark.parametrize(
    ("n", "ratio", "cap", "expected"),
    [
        (0, 0.25, 3, 0),
        (1, 0.25, 3, 1),
        (2, 0.25, 3, 1),
        (4, 0.25, 3, 1),
        (6, 0.25, 3, 2),  # 1.5 rounds half up
        (10, 0.25, 3, 3),  # 2.5 rounds half up
        (40, 0.25, 3, 3),  # capped
        (40, 0.25, 20, 10),
        (3, 1.0, 3, 3),
    ],
)
def test_section_quota(n: int, ratio: float, cap: int, expected: int) -> None:
    config = SummariseConfig(ratio=ratio, sentences_per_section=cap)
    assert section_quota(n, config) == expected


def sparse(dense: list[list[float]]) -> TermMatrix:
    arr = np.array(dense, dtype=np.float64)
    row, col = np.nonzero(arr)
    return TermMatrix(arr.shape[0], arr.shape[1], row, col, arr[row, col])


def test_select_skips_redundant_and_capped_candidates() -> None:
    scores = np.array([1.0, 3.0, 2.0, 0.5])
    eye = sparse(np.eye(4).tolist())
    vecs = sparse([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0.9, math.sqrt(0.19), 0], [0, 0, 0, 1]])
    assert select(scores, vecs, 2, 0.5) == [0, 1]  # 2 is near-duplicate of 1 (cosine 0.9)
    assert select(scores, vecs, 2, 0.95) == [1, 2]  # ascending order, not score order
    assert select(scores, vecs, 9, 0.5) == [0, 1, 3]
    assert select(scores, eye, 3, 0.5, groups=[0, 1, 1, 1], per_group=1) == [0, 1]
    assert select(np.ones(4), eye, 2, 0.5) == [0, 1]  # ties: earlier first


# --- summarise on hand-built documents ------------------------------------------------


def test_central_sentence_beats_off_topic_even_from_later_position() -> None:
    doc = build(("一、出口", [OFF_TOPIC, NEAR_A, NEAR_B, CENTRAL]))
    out = summarise(doc)
    assert out is doc
    assert picks(doc) == [[CENTRAL]]


def test_duplicate_is_not_picked_twice() -> None:
    doc = build(("一、出口", [CENTRAL, CENTRAL, NEAR_A, NEAR_B, OFF_TOPIC, "农村商家的产品。"]))
    summarise(doc, SummariseConfig(ratio=0.5))  # quota 3
    chosen = picks(doc)[0]
    assert chosen.count(CENTRAL) == 1
    assert len(chosen) == len(set(chosen))
    # With redundancy 1.0 (nothing counts as redundant) both copies rank top.
    summarise(doc, SummariseConfig(ratio=0.5, redundancy=1.0))
    assert picks(doc)[0].count(CENTRAL) == 2


def test_counts_follow_ratio_cap_and_minimum() -> None:
    many = [
        f"第{i}家农村商家通过阿里巴巴国际站出口{t}。"
        for i, t in enumerate("茶叶柳编汉服猫砂垫子桌椅")
    ]
    assert len(many) == 12
    doc = build(
        (None, many[:2]),  # 1-2 sentences keep 1
        ("一、", many[:4]),  # 0.25 x 4 = 1
        ("二、", many[:8]),  # 2
        ("三、", many),  # 3 (cap)
        ("四、", []),  # skipped
    )
    summarise(doc, SummariseConfig(redundancy=1.0))
    assert [len(p) for p in picks(doc)] == [1, 1, 2, 3, 0]
    summarise(doc, SummariseConfig(redundancy=1.0, sentences_per_section=2, ratio=1.0))
    assert [len(p) for p in picks(doc)] == [2, 2, 2, 2, 0]


def test_picks_are_marked_in_document_order() -> None:
    doc = build(("一、", [NEAR_B, OFF_TOPIC, CENTRAL, NEAR_A]))
    summarise(doc, SummariseConfig(ratio=0.25, redundancy=0.6))
    assert picks(doc) == [[CENTRAL]]  # the top sentence comes third ...
    summarise(doc, SummariseConfig(ratio=0.5, redundancy=0.6))
    # ... but is listed after an earlier pick; NEAR_A (cosine 0.66) is redundant
    assert picks(doc) == [[NEAR_B, CENTRAL]]


def test_figures_win_a_tie_in_centrality() -> None:
    plain = "公司去年的销售额和利润都增长很快。"
    numbers = "公司去年的销售额和利润分别增长了30%和12%。"
    doc = build(("一、业绩", [plain, numbers]))
    summarise(doc)
    assert picks(doc) == [[numbers]]


def test_short_fragment_loses_to_full_sentence() -> None:
    doc = build(("一、", ["农村电商。", "农村电商发展很快，商家越来越多。"]))
    summarise(doc)
    assert picks(doc) == [["农村电商发展很快，商家越来越多。"]]


def test_deterministic_and_idempotent() -> None:
    doc = build(
        (None, [CENTRAL, NEAR_A, NEAR_B, OFF_TOPIC, "跨境电商出口增长40.1%。"]),
        ("一、", [NEAR_B, CENTRAL, "出口到三十多个国家。", OFF_TOPIC]),
    )
    twin = copy.deepcopy(doc)
    summarise(doc)
    summarise(twin)
    first = flags(doc)
    assert first == flags(twin)
    for s in doc.sentences():  # stale marks are cleared, not kept
        s.in_summary = s.key_point = True
    summarise(doc)
    assert flags(doc) == first


def test_key_points_count_and_per_section_cap() -> None:
    sections = []
    for h, product in zip(["一、", "二、", "三、"], ["茶叶", "柳编", "汉服"], strict=True):
        sents = [
            f"{product}商家通过阿里巴巴国际站出口{n}个国家。" for n in ("十", "二十", "三十")
        ] + [f"{product}产业带动{w}农户致富。" for w in ("全县", "全镇", "全村")]
        sections.append((h, sents))
    doc = build(*sections)
    summarise(doc, SummariseConfig(key_points=5, redundancy=1.0))
    keys = doc.key_points()
    assert len(keys) == 5
    per_section = Counter(
        i for i, sec in enumerate(doc.sections) for s in sec.sentences() if s.key_point
    )
    assert max(per_section.values()) == 2
    assert [s.index for s in keys] == sorted(s.index for s in keys)


def test_key_points_single_section_has_no_per_section_cap() -> None:
    sents = [f"第{i}家农村商家通过阿里巴巴国际站出口{t}。" for i, t in enumerate("茶柳汉猫桌椅")]
    doc = build((None, sents))
    summarise(doc, SummariseConfig(key_points=4, redundancy=1.0))
    assert len(doc.key_points()) == 4
    summarise(doc, SummariseConfig(key_points=0))
    assert doc.key_points() == []


def test_key_points_skip_redundant_sentences() -> None:
    doc = build(("一、", [CENTRAL, CENTRAL]), ("二、", [CENTRAL, OFF_TOPIC]))
    summarise(doc, SummariseConfig(key_points=5))
    assert sorted(s.zh for s in doc.key_points()) == sorted([CENTRAL, OFF_TOPIC])


def test_empty_document_and_empty_sections() -> None:
    doc = Document(text="")
    assert summarise(doc) is doc
    doc = build(("一、空", []), ("二、", [CENTRAL]))
    summarise(doc)
    assert picks(doc) == [[], [CENTRAL]]
    assert [s.zh for s in doc.key_points()] == [CENTRAL]


def test_sentence_without_ngrams_is_handled() -> None:
    doc = build(("一、", ["2022。", CENTRAL, NEAR_A, NEAR_B]))
    summarise(doc)
    assert picks(doc) == [[CENTRAL]]


def test_config_rejects_bad_summarise_settings() -> None:
    with pytest.raises(ConfigError, match=r"summarise\.damping"):
        merge(Config(), {"summarise": {"damping": 1.0}})
    with pytest.raises(ConfigError, match=r"summarise\.max_chars"):
        merge(Config(), {"summarise": {"min_chars": 50, "max_chars": 10}})


def test_seed_article_end_to_end() -> None:
    from zhbrief.segment import segment

    doc = segment(SEED.read_text(encoding="utf-8"))
    config = SummariseConfig()
    summarise(doc, config)
    for sec in doc.sections:
        n = sum(1 for _ in sec.sentences())
        assert (n == 0) == (not sec.summary())
        assert len(sec.summary()) <= section_quota(n, config)
    keys = doc.key_points()
    assert 1 <= len(keys) <= config.key_points
    assert any(figures(s.zh) for s in keys)  # a business article's key points carry figures
