"""The summarisation benchmark's measuring parts: character ROUGE through rouge-score
(checked by hand on a toy case), the fast counter the oracle uses, equal budgets and
the paired bootstrap."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

import bench_summaries as bs
import summ_metrics as sm


def test_character_rouge_on_a_toy_case() -> None:
    scorer = sm.scorer()
    # ref 甲乙丙丁, summary 甲乙丁 (punctuation and spaces are not tokens):
    # 3 shared, P 3/3, R 3/4; R-2: 甲乙 shared of {甲乙, 乙丁} and {甲乙, 乙丙, 丙丁}:
    # P 1/2, R 1/3; R-L: LCS 甲乙丁 = 3.
    got = sm.rouge(scorer, "甲乙丙丁", "甲乙， 丁。")
    f1 = 2 * 1 * 0.75 / 1.75
    assert got["rouge1"] == pytest.approx(100 * f1)
    assert got["rouge2"] == pytest.approx(100 * 2 * 0.5 / 3 / (0.5 + 1 / 3))
    assert got["rougeL"] == pytest.approx(100 * f1)
    assert sm.rouge(scorer, "甲乙", "丙丁")["rouge1"] == 0.0
    assert sm.chars("ＡＢ c，3") == ["a", "b", "c", "3"]


def test_fast_rouge_2_matches_rouge_score() -> None:
    scorer = sm.scorer()
    rng = random.Random(0)
    alphabet = "阿里巴巴国际站出口农村商家产品"
    for _ in range(50):
        ref = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 30)))
        hyp = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 30)))
        fast = sm.fast_rouge_n(sm.grams(sm.chars(ref), 2), sm.grams(sm.chars(hyp), 2))
        assert 100 * fast == pytest.approx(sm.rouge(scorer, ref, hyp)["rouge2"])


def test_paired_bootstrap() -> None:
    assert sm.paired_bootstrap([1.0, 2.0, 3.0], [1.0, 2.0, 3.0]) == (0.0, 0.0, 0.0)
    mean, lo, hi = sm.paired_bootstrap([2.0, 3.0, 4.0, 5.0], [1.0, 2.0, 3.0, 4.0])
    assert mean == lo == hi == pytest.approx(1.0)  # a constant gain has no spread
    mean, lo, hi = sm.paired_bootstrap([1.0, 0.0] * 20, [0.0] * 40)
    assert mean == pytest.approx(0.5)
    # standard error sqrt(0.25 / 40) = 0.079: the 95 % interval is about 0.5 +- 0.155
    assert 0.3 < lo < 0.4 and 0.6 < hi < 0.7


def test_character_budget_is_met_exactly_and_sentence_budget_keeps_order() -> None:
    sents = ["甲乙丙。", "丁戊，己庚辛。", "壬癸。"]
    assert bs.assemble(sents, [2, 0, 1], 2, None) == "甲乙丙。壬癸。"  # document order
    out = bs.assemble(sents, [1, 2, 0], 0, 6)  # 5 characters of 1, then 1 of 2
    assert out == "丁戊，己庚辛。壬"
    assert bs.content(out) == 6
    assert bs.content(bs.assemble(sents, [0, 1, 2], 0, 99)) == 10  # all there is
    assert bs.cut("甲，乙丙", 2) == "甲，乙"


def test_baselines_rank_every_sentence_once() -> None:
    sents = ["阿里巴巴国际站帮助农村商家。", "农村商家出口产品。", "今天天气晴朗。"]
    for rank in (bs.lexrank(sents), bs.textrank(sents), bs.lead(sents)):
        assert sorted(rank) == [0, 1, 2]
    assert bs.lexrank(sents)[-1] == 2  # the off-topic sentence is least central
    ref = sm.grams(sm.chars("农村商家出口产品"), 2)
    assert bs.oracle(sents, ref, 1)[0] == 1
