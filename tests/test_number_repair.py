"""Issue 24: the number check's new categories (idioms, eras, ranges, repeated days,
clock times, 本月N日, 1宗, designations) and the repair of an unambiguous wrong
number, alone and in the pipeline (after the translation memory)."""

from __future__ import annotations

from pathlib import Path

import pytest
from standins import StandIn

from zhbrief.checks import check_numbers, check_protected
from zhbrief.checks.repair import render_like, repair_numbers
from zhbrief.config import Config, TranslateConfig
from zhbrief.document import Document
from zhbrief.numerals import parse_numbers
from zhbrief.numerals.lexicon import NUMBER_IDIOMS
from zhbrief.pipeline import Checks, analyse, translate_documents
from zhbrief.reading import decode_bytes
from zhbrief.rendering import render
from zhbrief.translate.memory import CachedTranslator, TranslationMemory, TranslatorIdentity

RIGHT = [
    # idioms built on a numeral
    ("他们奋战在抗疫第一线。", "They fought on the front line against the epidemic."),
    ("我们第一时间赶到现场。", "We arrived at the scene at once."),
    ("河南是全国第一产粮大省。", "Henan is the country's largest grain producer."),
    ("要统筹利用两种资源。", "We must make use of both resources."),
    ("他们二位都是专家。", "Both of them are experts."),
    ("全省一盘棋推进改革。", "The province pushes reform as one."),
    # eras and generations
    ("很多90后选择回乡创业。", "Many post-90s young people went home to start businesses."),
    ("00后成为消费主力。", "The post-00s generation now leads spending."),
    ("这是60年代的建筑。", "This is a building from the sixties."),
    # ranges: an estimate needs one end, a band both
    ("山高五六百米。", "The mountain is about 500 metres high."),
    ("山高五六百米。", "The mountain is 550 metres high."),
    ("风力二三级。", "Winds of level 2 to 3."),
    # a day said again before each clock time
    (
        "7月25日6时40分出发，25日11时30分到达，25日12时40分返回。",
        "They left on July 25 at 6:40, arrived at 11:30 and returned at 12:40.",
    ),
    # clock times both ways
    ("商场营业到24时。", "The mall is open until 24:00."),
    ("0—24时全天开放。", "Open 24 hours a day."),
    ("0—24时全天开放。", "Open all day long."),
    ("19时54分发生地震。", "The earthquake struck at 7:54 pm."),
    ("19时54分发生地震。", "The earthquake struck at 19:54."),
    ("20时00分发生地震。", "The earthquake struck at 8 pm."),
    # dates, counts and designations
    ("本月7日召开会议。", "The meeting was held on July 7th."),
    ("新增1宗案件。", "There was one new case."),
    ("持续1小时。", "It lasted an hour."),
]


@pytest.mark.parametrize(("zh", "en"), RIGHT)
def test_right_english_is_not_flagged(zh: str, en: str) -> None:
    assert check_numbers(zh, en) + check_protected(zh, en) == []


WRONG = [
    ("山高五六百米。", "The mountain is about 400 metres high."),
    ("风力二三级。", "Winds of level 2."),
    (
        "7月25日6时40分出发，25日11时30分到达，25日12时40分返回。",
        "They left on July 25 at 6:40, arrived at 11:30 and returned at 12:45.",
    ),
    ("商场营业到24时。", "The mall is open until 25:00."),
    ("19时54分发生地震。", "The earthquake struck at 19:55."),
    ("本月7日召开会议。", "The meeting was held on July 8th."),
    ("新增1宗案件。", "There was 2 case."),
    ("持续1小时。", "It lasted -hour."),
]


@pytest.mark.parametrize(("zh", "en"), WRONG)
def test_wrong_english_is_flagged(zh: str, en: str) -> None:
    assert check_numbers(zh, en), en


def test_a_changed_designation_is_flagged_as_protected() -> None:
    [flag] = check_protected("卡-52直升机参加演习。", "The Ka-53 helicopter took part.")
    assert flag.message == "'卡-52' (a designation: its number 52) is not in the English"
    assert check_protected("卡-52直升机参加演习。", "The Ka-52 helicopter took part.") == []
    assert check_numbers("卡-52直升机参加演习。", "The Ka-53 helicopter took part.") == []


def test_every_idiom_of_the_lexicon_is_not_a_number() -> None:
    for idiom, english in NUMBER_IDIOMS.items():
        assert english
        assert [m.text for m in parse_numbers(f"他们在{idiom}工作。") if m.checked] == []


def test_month_names_stand_only_for_months() -> None:
    # "July" (7) no longer states the day 7 of 本月7日
    [flag] = check_numbers("本月7日召开会议。", "The meeting was held on July 8th.")
    assert flag.message == "7日 (7) is not in the English; the English has July, 8"


# ---------------------------------------------------------------- repair

REPAIRS = [
    ("营收达1.2亿元。", "Revenue reached 12 million yuan.", "Revenue reached 120 million yuan."),
    ("营收达1.2亿元。", "Revenue reached 1.2 million yuan.", "Revenue reached 120 million yuan."),
    ("营收达12亿元。", "Revenue reached 120 million yuan.", "Revenue reached 1.2 billion yuan."),
    ("共有3.5万人参加。", "3,500 people took part.", "35,000 people took part."),
    ("共有3.5万人参加。", "3.5 people took part.", "35,000 people took part."),
    ("本月7日召开会议。", "The meeting was held on July 8th.", "The meeting was held on July 7th."),
    ("5月7日召开会议。", "The meeting was held on June 7.", "The meeting was held on May 7."),
    ("2021年11月14日升级。", "Upgraded on November 11, 2021.", "Upgraded on November 14, 2021."),
    ("19时54分发生地震。", "It struck at 8:54 pm.", "It struck at 7:54 pm."),
    ("19时54分发生地震。", "It struck at 19:55.", "It struck at 19:54."),
    ("商场营业到24时。", "Open until 25:00.", "Open until 24:00."),
    ("出口增长2%，进口增长3%。", "Exports grew 2%, imports 4%.", "Exports grew 2%, imports 3%."),
    ("第十三届全国人大", "the 14th NPC", "the 13th NPC"),
    ("第一届展会", "the 2nd fair", "the 1st fair"),
    ("有7家企业参加。", "1. Our 8 companies took part.", "1. Our 7 companies took part."),
    ("2.本店支持退货。", "8. Our store accepts returns.", "2. Our store accepts returns."),
    ("防水功能30米。", "Waterproof to 39m.", "Waterproof to 30m."),
    ("到2020年，面积达3000平方米。", "By 7020, at least 3,000 m².", "By 2020, at least 3,000 m²."),
    ("2019-2020赛季", "the 2019-2029 season", "the 2019-2020 season"),
    # several English numbers left over: the one a slip of the missing value
    ("出版著作每万字认定12学时。", "10 hours per 10,000 words.", "12 hours per 10,000 words."),
    ("表盘39.5mm，防水30米。", "Dial 32.5mm, to 30m.", "Dial 39.5mm, to 30m."),
    # none left over (the wrong value equals another source value): the English
    # figure in the source's order
    ("预计18:40送达，后改为19:15送达。", "Due 18:40, then 19:19.", "Due 18:40, then 19:15."),
    ("甲每千字8学时，乙5学时，丙3学时。", "A 8 hours, B 3, C 3.", "A 8 hours, B 5, C 3."),
    ("3、瑞士手表39.5mm。", "9. Swiss watch, 39.5mm.", "3. Swiss watch, 39.5mm."),
    # the target's own style kept
    ("型号24.60。", "Model 94.60.", "Model 24.60."),  # decimals written
    ("共有6万人参加。", "20000 people took part.", "60000 people took part."),  # no commas
    ("营收达1.2亿元。", "Revenue: 0.13 billion yuan.", "Revenue: 0.12 billion yuan."),
    ("共有2.5万人参加。", "15k people took part.", "25k people took part."),
    ("第1季度增长8%。", "Growth in Q2 was 8%.", "Growth in Q1 was 8%."),
    ("增长5%-10%。", "Growth of 1-10%.", "Growth of 5-10%."),  # a range's low end
    ("2021年5月11日开会。", "Held on 2021-15-11.", "Held on 2021-05-11."),  # numeric date
    ("5月11日开会。", "Held on 1/11.", "Held on 5/11."),
    ("19时54分发生地震。", "It struck at 1:54 p.m.", "It struck at 7:54 p.m."),  # 12-hour
]


@pytest.mark.parametrize(("zh", "en", "fixed"), REPAIRS)
def test_an_unambiguous_wrong_number_is_rewritten_in_the_english_style(
    zh: str, en: str, fixed: str
) -> None:
    out = repair_numbers(zh, en)
    assert out is not None
    assert out[0] == fixed
    assert out[1].en_before == en
    assert check_numbers(zh, out[0]) == []


AMBIGUOUS = [
    ("出口增长2%，进口增长3%。", "Exports grew 5% and imports grew 4%."),  # two wrong
    ("有三家企业参加。", "The companies took part."),  # deleted: nothing to rewrite
    ("出口增长2%。", "Exports grew by 2 billion yuan."),  # another family
    ("有三家企业参加，共5人。", "Three companies took part, 5 people in all."),  # right
    ("新增1宗案件。", "There was 2 case."),  # 1 as an article: not a value to write
    ("有三家企业参加。", "Four companies took part."),  # a word: too often not the number
    # the English reorders: which of the two 25s stands for 22 is not known
    ("来自25个国家、22个品类的279个作品。", "279 works of 25 types from 25 countries."),
    # a list mark stands only for the source's list mark, never for a dropped 7
    ("1.本店支持7天退换货。", "1. Our store supports-day returns."),
]


@pytest.mark.parametrize(("zh", "en"), AMBIGUOUS)
def test_ambiguous_or_clean_lines_are_left_alone(zh: str, en: str) -> None:
    assert repair_numbers(zh, en) is None


def test_render_like_keeps_the_style() -> None:
    assert render_like(1.2e8, "12 million", "") == "120 million"
    assert render_like(1.2e9, "12bn", "") == "1.2bn"
    assert render_like(35_000, "3500", "") == "35,000"
    assert render_like(3500, "350", "It had 1,200 and 350.") == "3,500"
    assert render_like(3500, "350", "It had 350.") == "3500"
    assert render_like(5, "June", "") == "May"
    assert render_like(9, "Aug.", "") == "Sep."
    assert render_like(3, "Two", "") == "Three"
    assert render_like(5, "07", "") == "05"
    assert render_like(float("inf"), "12", "") is None
    assert render_like(27.6, "77.60", "") == "27.60"
    assert render_like(35_000, "3.5", "") == "35,000"  # a whole number written whole
    assert render_like(12_345.6, "2345.60", "") == "12,345.60"
    assert render_like(60_000, "10000", "") == "60000"
    assert render_like(1.2e8, "0.13 billion", "") == "0.12 billion"
    assert render_like(1.2e8, "1.3 billion", "") == "120 million"
    assert render_like(3, "Q2", "") == "Q3"
    assert render_like(1e30, "12 million", "") is None


# ---------------------------------------------------------------- in the pipeline

WRONG_OUTPUT = {"营收达1.2亿元。": "Revenue reached 12 million yuan."}


def _wrong(text: str, config: TranslateConfig) -> str:
    return WRONG_OUTPUT.get(text, "Fine.")


def _doc() -> Document:
    return analyse(decode_bytes("营收达1.2亿元。天气很好。".encode(), "t.txt"), Config())


def test_the_pipeline_repairs_after_the_memory_stored_the_model_output(tmp_path: Path) -> None:
    ident = TranslatorIdentity("m", None, {})
    memory = TranslationMemory(tmp_path / "tm.sqlite3")
    translator = CachedTranslator(lambda: StandIn(_wrong), memory, ident)
    doc = _doc()
    translate_documents([doc], translator, checks=Checks(retry=False, repair_numbers=True))
    first = next(iter(doc.sentences()))
    assert first.en == "Revenue reached 120 million yuan."
    assert first.flags == []
    assert first.repaired is not None and first.repaired.to_dict() == {
        "source": "1.2亿元",
        "before": "12 million",
        "after": "120 million",
        "en_before": "Revenue reached 12 million yuan.",
    }
    stored = memory.get_many(ident, ["营收达1.2亿元。"])["营收达1.2亿元。"]
    assert stored.target == "Revenue reached 12 million yuan."  # the model's own output
    md = render(doc, "brief")
    assert "1 flagged" not in md and "0 flagged; 1 number repaired" in md
    assert "- Repaired: “12 million” → “120 million” (1.2亿元)" in md
    assert "Repaired: “12 million” → “120 million”" in render(doc, "brief", "html")


def test_without_repair_the_sentence_stays_flagged() -> None:
    doc = _doc()
    translate_documents([doc], StandIn(_wrong), checks=Checks(retry=False, repair_numbers=False))
    first = next(iter(doc.sentences()))
    assert first.en == "Revenue reached 12 million yuan."
    assert first.repaired is None
    assert [f.kind for f in first.flags] == ["number"]
    assert "repaired" not in render(doc, "brief").split("Checks:")[1]


def test_repair_is_on_by_default_and_the_flag_turns_it_off() -> None:
    from zhbrief.cli_options import build_config

    assert Config().qa.repair_numbers is True
    assert build_config(None, {"repair_numbers": False}).qa.repair_numbers is False
    assert build_config(None, {}).qa.repair_numbers is True


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_the_seed_brief_is_unchanged_when_nothing_is_repaired(seed_text: str, fmt: str) -> None:
    from dataclasses import replace

    from zhbrief.pipeline import brief

    def one(repair: bool) -> str:
        config = Config()
        config = replace(config, qa=replace(config.qa, repair_numbers=repair))
        source = decode_bytes(seed_text.encode(), "seed.txt")
        doc = brief(source, config, translator=StandIn())
        assert doc.coverage is not None and doc.coverage.repaired == 0
        doc.provenance.seconds = None  # the one field that differs run to run
        return render(doc, "brief", fmt)  # type: ignore[arg-type]

    assert one(True) == one(False)
