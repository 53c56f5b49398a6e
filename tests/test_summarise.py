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
    FEATURES,
    TermMatrix,
    content_length,
    cosine,
    figures,
    graph_rank,
    is_boilerplate,
    key_point_quota,
    ngrams,
    quota,
    scores,
    section_quota,
    select,
    sentence_features,
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


def test_content_length_counts_letters_and_digits() -> None:
    assert content_length("好的，谢谢！ OK") == 6


def test_sentence_features_exact_on_a_small_context() -> None:
    texts = [CENTRAL, "利润增长了30%和12%。", NEAR_B, "好。"]
    m = tfidf(texts)
    feats = sentence_features(texts, m, [0.0, 0.25, 0.5, 1.0], [0, 0, 1, 1], 0.85)
    assert feats.shape == (4, len(FEATURES))
    col = {name: feats[:, k] for k, name in enumerate(FEATURES)}
    assert col["position"] == pytest.approx([0, 1 / 3, 2 / 3, 1])
    assert col["first"].tolist() == [1, 0, 0, 0]
    assert col["doc_position"] == pytest.approx([0.0, 0.25, 0.5, 1.0])
    assert col["length"] == pytest.approx([math.log1p(content_length(t)) for t in texts])
    assert col["short"].tolist() == [0, 0, 0, 1]
    assert col["figures"].tolist() == [0, 2, 0, 0]
    assert col["paragraph_first"].tolist() == [1, 0, 1, 0]
    assert col["first_paragraph"].tolist() == [1, 1, 0, 0]
    central = np.exp(col["centrality"])  # mean-1 LexRank scores
    assert central.mean() == pytest.approx(1.0, abs=1e-4)
    assert central[0] > central[3]  # shares n-grams with NEAR_B; "好。" with nothing


def test_scores_are_a_linear_function_of_the_features() -> None:
    base = np.zeros((1, len(FEATURES)))
    bias = float(scores(base)[0])
    for k in range(len(FEATURES)):
        unit = base.copy()
        unit[0, k] = 1.0
        double = base.copy()
        double[0, k] = 2.0
        step = float(scores(unit)[0]) - bias
        assert float(scores(double)[0]) - bias == pytest.approx(2 * step)


@pytest.mark.parametrize(
    "text",
    [
        "责任编辑：李昂",
        "（责任编辑：王五）",
        "编辑：张三",
        "来源：新华网",
        "原标题：乡村振兴新路径",
        "记者：李四",
        "新华社北京12月11日电（记者王辉）",
        "湖南日报12月10日讯（全媒体记者 龚柏威）",
        "图为2021年12月在杭州举行的展会现场（新华社记者 黄宗治 摄）",
        "（视频来源：油管）",
        "图片来源：视觉中国",
        "案件受理费50元，由被告李某负担。",
        "本案受理费减半收取计25元，由被告负担。",
        "二、诉讼费100元由被告承担。",
        "如不服本判决，可在判决书送达之日起十五日内向本院递交上诉状。",
        "审判员 张三",
        "以上为本次会议的全部内容。",
        "以上就是今天的分享。",
        "（完）",
    ],
)
def test_boilerplate_is_recognised(text: str) -> None:
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "原告向本院提出诉讼请求：判令被告支付货款10000元及利息。",
        "新华社北京12月11日电（记者王辉）北京市人社局11日发布，毕业生预计达26.8万人。",
        "2021年，该县跨境电商出口额达3104亿元，同比增长40.1%。",
        "记者从市教委获悉，今年起我市将在中职学校试点现代学徒制。",
        "以上率先建成示范区的地区，将获得专项资金支持。",
        "编辑部的同事们讨论了一整天。",
    ],
)
def test_content_is_not_boilerplate(text: str) -> None:
    assert not is_boilerplate(text)


def test_boilerplate_is_never_picked() -> None:
    fee = "案件受理费50元，由被告阿里巴巴国际站商家负担。"
    byline = "责任编辑：阿里巴巴国际站"
    doc = build((None, [byline, CENTRAL, fee, NEAR_A, NEAR_B, fee, OFF_TOPIC]))
    summarise(doc, SummariseConfig(ratio=1.0, sentences_per_section=7, key_points=7))
    chosen = [s.zh for s in doc.sentences() if s.in_summary or s.key_point]
    assert chosen and fee not in chosen and byline not in chosen
    only = build(("一、", [fee, byline]))
    summarise(only)
    assert picks(only) == [[]] and only.key_points() == []


def test_lengths_follow_the_document() -> None:
    def story(n: int) -> Document:
        topics = "茶叶柳编汉服猫砂垫子桌椅灯具玩具服装鞋帽箱包陶瓷家具五金"
        return build(
            (
                None,
                [
                    f"第{i}家{topics[i % 20]}商家去年通过国际站出口到{i % 7 + 2}个国家。"
                    for i in range(n)
                ],
            )
        )

    config = SummariseConfig(redundancy=1.0)  # the template sentences are near-duplicates
    small, large = story(5), story(200)
    summarise(small, config)
    summarise(large, config)
    n_small, n_large = len(small.key_points()), len(large.key_points())
    assert n_small == key_point_quota(5, config) == config.key_points_min == 2
    assert n_large == key_point_quota(200, config) == config.key_points == 7
    assert len(small.sections[0].summary()) == section_quota(5, config) == 1
    assert len(large.sections[0].summary()) == section_quota(200, config) == 3
    wide = SummariseConfig(
        key_points=30, key_points_ratio=0.1, sentences_per_section=60, redundancy=1.0
    )
    summarise(large, wide)
    assert len(large.key_points()) == 20  # 10 % of 200 under a higher ceiling
    assert len(large.sections[0].summary()) == 50  # 25 % of 200


@pytest.mark.parametrize(
    ("n", "ratio", "floor", "ceiling", "expected"),
    [
        (0, 0.1, 2, 7, 0),
        (1, 0.1, 2, 7, 1),  # never more than there are
        (5, 0.1, 2, 7, 2),  # the floor
        (25, 0.1, 2, 7, 3),  # 2.5 rounds half up
        (200, 0.1, 2, 7, 7),  # the ceiling
        (50, 0.1, 2, 1, 1),  # a ceiling below the floor wins (--key-points 1)
    ],
)
def test_quota(n: int, ratio: float, floor: int, ceiling: int, expected: int) -> None:
    assert quota(n, ratio, floor, ceiling) == expected


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
    # With redundancy 1.0 nothing counts as redundant: the quota is filled.
    summarise(doc, SummariseConfig(ratio=0.5, redundancy=1.0))
    assert len(picks(doc)[0]) == 3


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
    summarise(doc, SummariseConfig(key_points=5, key_points_ratio=1.0, redundancy=1.0))
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
    summarise(doc, SummariseConfig(key_points=4, key_points_ratio=1.0, redundancy=1.0))
    assert len(doc.key_points()) == 4
    summarise(doc, SummariseConfig(key_points=0))
    assert doc.key_points() == []


def test_key_points_skip_redundant_sentences() -> None:
    doc = build(("一、", [CENTRAL, CENTRAL]), ("二、", [CENTRAL, OFF_TOPIC]))
    summarise(doc, SummariseConfig(key_points=5, key_points_ratio=1.0))
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
    with pytest.raises(ConfigError, match=r"summarise\.key_points_ratio"):
        merge(Config(), {"summarise": {"key_points_ratio": 0.0}})
    with pytest.raises(ConfigError, match=r"summarise\.section_min"):
        merge(Config(), {"summarise": {"section_min": 0}})
    with pytest.raises(ConfigError, match=r"summarise\.key_points_min"):
        merge(Config(), {"summarise": {"key_points_min": 0}})


def test_seed_article_end_to_end() -> None:
    from zhbrief.segmentation import segment

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
