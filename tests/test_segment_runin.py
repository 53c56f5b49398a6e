"""Structure that runs on inside paragraphs (issue 11): run-in numbered headings,
numbered sections of a report pasted as one line, inline subtitles whose end the text
must decide, closing quotes after a space, headlines and datelines of news items."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_segment import seg, sentences

from zhbrief.document import Document
from zhbrief.segmentation.runin import cn_value, numbered_mark, subtitle_end


def heads(doc: Document) -> list[tuple[str, int, bool]]:
    return [(h.zh, h.level, h.guessed) for h in doc.headings()]


# ------------------------------------------------------------- run-in numbering


def test_cn_value() -> None:
    assert [cn_value(s) for s in ("一", "九", "十", "十二", "二十", "二十三")] == [
        1,
        9,
        10,
        12,
        20,
        23,
    ]
    assert [cn_value(s) for s in ("", "十十", "一二", "两", "三十十")] == [None] * 5


def test_numbered_mark() -> None:
    assert numbered_mark("（十一）推进", 0) is not None
    mark = numbered_mark("前文（十一）推进", 2)
    assert mark is not None and (mark.level, mark.value, mark.end) == (2, 11, 6)
    assert numbered_mark("一是推进", 0) is None


def test_run_in_subsection_headings() -> None:
    text = (
        "三、重点工作\n"
        "（一）推进产业转型升级。加快传统产业技术改造，提高质量效益。\n"
        "（二）扩大国内需求。稳定汽车等大宗消费。\n"
    )
    doc = seg(text)
    assert heads(doc) == [
        ("三、重点工作", 1, False),
        ("（一）推进产业转型升级。", 2, False),
        ("（二）扩大国内需求。", 2, False),
    ]
    assert [s.zh for s in doc.sentences()] == [
        "加快传统产业技术改造，提高质量效益。",
        "稳定汽车等大宗消费。",
    ]


def test_run_in_numbering_restarts_under_each_section() -> None:
    text = (
        "一、回顾\n（一）稳增长。内容一。\n（二）促改革。内容二。\n"
        "二、任务\n（一）扩内需。内容三。\n（二）惠民生。内容四。"
    )
    assert [h for h, _, _ in heads(seg(text))] == [
        "一、回顾",
        "（一）稳增长。",
        "（二）促改革。",
        "二、任务",
        "（一）扩内需。",
        "（二）惠民生。",
    ]


def test_a_lone_marker_is_not_a_section() -> None:
    # one （一） with no （二）: an aside, not a numbered section
    assert heads(seg("前言。\n（一）关于范围。本文只讨论国内市场。")) == []


def test_enumerations_stay_body() -> None:
    text = (
        "一是稳定就业。扩大招聘规模。二是稳定物价。保障市场供应。\n"
        "第一，稳定宏观政策。继续实施积极的财政政策。第二，深化改革。\n"
        "具体措施包括：一、实施就业优先政策；二、提高城乡低保标准。"
    )
    assert heads(seg(text)) == []


def test_out_of_sequence_marker_is_body() -> None:
    # 三、 with no 一、 and 二、 before it does not continue any numbering
    assert heads(seg("今年要做好几件事。三、加强自身建设是保障。四、改进作风很重要。")) == []


def test_run_on_report_sections() -> None:
    text = (
        "各位代表：现在我作报告。一、过去一年工作回顾过去一年，经济平稳。"
        "二、今年工作任务今年是关键之年，要稳中求进。（一）稳定宏观经济。继续实施积极政策。"
        "（二）深化重点改革。推进国企改革。三、加强政府建设各级政府要依法行政。"
    )
    doc = seg(text)
    found = [(text[h.start : h.start + 2], h.level) for h in doc.headings()]
    assert found == [("一、", 1), ("二、", 1), ("（一", 2), ("（二", 2), ("三、", 1)]
    got = [(h.zh, h.guessed) for h in doc.headings()]
    assert got[0][0].startswith("一、过去一年工作回顾") and got[0][1]  # a short title, guessed
    assert len(got[0][0]) <= 2 + 12
    assert got[1:4] == [
        ("二、今年工作任务", True),  # ends before the body opener 今年: still a guess
        ("（一）稳定宏观经济。", False),  # ends at a sentence end: certain
        ("（二）深化重点改革。", False),
    ]


def test_run_on_top_level_title_ends_before_a_body_opener() -> None:
    text = "序言。一、2016年工作回顾过去一年成绩显著。二、2017年工作总体部署今年是关键一年。"
    doc = seg(text)
    assert [(h.zh, h.guessed) for h in doc.headings()] == [
        ("一、2016年工作回顾过去一年成绩显著。", False),  # nothing tells title from body
        ("二、2017年工作总体部署", True),
    ]


# ------------------------------------------------------------------ subtitles


def test_subtitle_end_rules() -> None:
    # a body opener at a word boundary: certain
    t = "“数字兴农”：阿里国际站一马当先近年来，发展很快。"
    e = subtitle_end(t, 6, t.index("，"), False)
    assert (e.end, e.guessed) == (t.index("近年来"), False)
    # 据 inside 数据 is not an opener; the subject of 显示 opens the body: a guess
    t = "“绿色发展”：新能源产业快速壮大数据显示，全镇企业达45家。"
    e = subtitle_end(t, 6, t.index("，"), False)
    assert (e.end, e.guessed) == (t.index("数据"), True)
    # a year opens the body, but a title may hold one too (到2025年建成): a guess;
    # a full date is certain
    t = "“开放合作”：中欧班列带动外贸增长2021年，出口增长。"
    e = subtitle_end(t, 6, t.index("，"), False)
    assert (e.end, e.guessed) == (t.index("2021"), True)
    t = "“开放合作”：中欧班列带动外贸增长3月5日，出口增长。"
    e = subtitle_end(t, 6, t.index("，"), False)
    assert (e.end, e.guessed) == (t.index("3月"), False)
    # an opening quote right after is a sure end
    t = "“南北双雄”：阿里国际站缔造奇迹“让村民致富。”"
    e = subtitle_end(t, 6, t.index("“让"), True)
    assert (e.end, e.guessed) == (t.index("“让"), False)


def test_inline_subtitles_of_unknown_length() -> None:
    text = (
        "小镇变化很大。“绿色发展”：新能源产业快速壮大数据显示，全镇新能源企业已达45家。"
        "“数字赋能”：智慧农业走进田间地头近年来，当地建成示范基地12个。"
    )
    doc = seg(text)
    assert heads(doc) == [
        ("“绿色发展”：新能源产业快速壮大", 1, True),
        ("“数字赋能”：智慧农业走进田间地头", 1, False),
    ]
    firsts = [next(s.sentences()).zh for s in doc.sections[1:]]
    assert firsts == ["数据显示，全镇新能源企业已达45家。", "近年来，当地建成示范基地12个。"]


def test_seed_second_subtitle_and_guess_flags() -> None:
    from test_segment import DATA

    doc = seg((DATA / "seed" / "alibaba-rural-export.zh.txt").read_text(encoding="utf-8"))
    got = [(h.zh, h.guessed) for h in doc.headings()]
    assert got[1] == ("“成人之美”：阿里国际站强势助力乡村振兴", True)
    assert got[0][1] is False and got[2][1] is False  # 近年来 / an opening quote
    assert doc.to_dict()["sections"][2]["title"]["guessed"] is True


# ----------------------------------------------------------- quotes after spaces


def test_closing_quote_after_a_space_stays_with_its_sentence() -> None:
    assert sentences("“我们都很好 。 ”他说。") == ["“我们都很好 。 ”", "他说。"]
    assert sentences("“太好了 ！ ”“是的 。 ”大家说。") == ["“太好了 ！ ”", "“是的 。 ”", "大家说。"]
    # an opening quote after a space starts the next sentence
    assert sentences("结束了 。 “下一句。”") == ["结束了 。", "“下一句。”"]
    # a closer on the next line is not pulled back across the line break
    assert sentences("第一句。\n”第二句。") == ["第一句。", "”第二句。"]


# --------------------------------------------------------- headlines, datelines


def test_headline_and_run_in_dateline() -> None:
    text = (
        "今冬首场寒潮将影响我国大部地区\n"
        "新华社北京11月20日电（记者 张华）中央气象台20日发布寒潮蓝色预警。气温将下降。"
    )
    doc = seg(text)
    assert doc.title is not None and doc.title.zh == "今冬首场寒潮将影响我国大部地区"
    assert [(m.key, m.zh) for m in doc.metadata] == [
        ("dateline", "新华社北京11月20日电（记者 张华）")
    ]
    assert [s.zh for s in doc.sentences()] == ["中央气象台20日发布寒潮蓝色预警。", "气温将下降。"]


def test_dateline_forms() -> None:
    for line, rest in (
        ("本报讯（记者 陈静）教育部日前召开会议。", "教育部日前召开会议。"),
        ("新华社南宁５月１９日专电（记者张莺）记者近日获悉。", "记者近日获悉。"),
        ("本报重庆4月12日讯（记者 李敏）今年一季度增长。", "今年一季度增长。"),
    ):
        doc = seg(line)
        assert [m.key for m in doc.metadata] == ["dateline"], line
        assert [s.zh for s in doc.sentences()] == [rest]


def test_dateline_on_its_own_line_after_the_headline() -> None:
    doc = seg("西部陆海新通道班列开行量创新高\n新华社重庆4月12日电\n今年一季度增长21%。")
    assert doc.title is not None and doc.title.zh == "西部陆海新通道班列开行量创新高"
    assert [(m.key, m.zh) for m in doc.metadata] == [("dateline", "新华社重庆4月12日电")]


def test_a_date_in_a_sentence_is_not_a_dateline() -> None:
    doc = seg("北京11月20日迎来降雪。气温下降。")
    assert doc.metadata == []


# ----------------------------------------------------------------- lossless

PIECES = st.sampled_from(
    [
        "一、",
        "二、",
        "三、",
        "（一）",
        "（二）",
        "（三）",
        "推进改革",
        "。",
        "，",
        "“数字兴农”：",
        "“成人之美”：",
        "近年来",
        "数据显示",
        " ",
        "\n",
        " ”",
        "新华社北京3月5日电（记者 王五）",
        "本报讯",
        "一是",
        "第一，",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=30))
def test_property_lossless_on_structured_run_on_text(parts: list[str]) -> None:
    seg("".join(parts))


def test_long_run_in_subsection_title() -> None:
    # a run-in title longer than an own-line heading may be: numbered and in sequence
    title_1 = "（一）坚持宏观政策连续性稳定性，加强逆周期调节，推动经济运行保持在合理区间内。"
    title_2 = "（二）深化重点领域改革，激发市场主体活力。"
    doc = seg(f"三、重点工作\n{title_1}正文一。\n{title_2}正文二。")
    assert [h for h, _, _ in heads(doc)] == ["三、重点工作", title_1, title_2]


def test_subtitle_subjects_places_and_quoted_terms() -> None:
    text = (
        "这座城市变化很大。"
        "“治沙”：荒山披上绿装延安市林业局有关负责人表示，森林覆盖率达到53%。"
        "“口岸”：货车排队时间大幅缩短满洲里公路口岸的查验场里，货车有序通过。"
        "“汽车”：畅销欧洲“很受欢迎”当地汽车企业的订单排到了年底。"
        "“兴学”：教育振兴阻断贫困代际传递每到开学季，县里都会发放助学金。"
    )
    got = [(h.zh, h.guessed) for h in seg(text).headings()]
    assert got == [
        ("“治沙”：荒山披上绿装", True),  # the subject takes its organisation and place
        ("“口岸”：货车排队时间大幅缩短", True),  # a place name opens the body
        ("“汽车”：畅销欧洲“很受欢迎”", True),  # a quoted term stays in the subtitle
        ("“兴学”：教育振兴阻断贫困代际传递", True),  # 每 opens the body
    ]


def test_subtitle_ends_after_an_idiom() -> None:
    text = (
        "新城建设加快。“新城”：高楼大厦拔地而起市民生活更加便利，配套设施日益完善。"
        "“新风”：文明风尚蔚然成风志愿者队伍不断壮大，服务时长超过十万小时。"
    )
    got = [(h.zh, h.guessed) for h in seg(text).headings()]
    assert got == [("“新城”：高楼大厦拔地而起", True), ("“新风”：文明风尚蔚然成风", True)]
