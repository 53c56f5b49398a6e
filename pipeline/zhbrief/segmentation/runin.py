"""Structure that runs on inside a paragraph: helpers of the segment stage.

- Numbered sections whose marker does not start a line of its own: a run-in heading
  (``（二）推进产业转型升级。加快……``: marker plus first sentence) or a section of a
  report pasted as one line (``……。三、2016年重点工作……``). The marker must follow a
  sentence end and continue the numbering (一 then 二; （一） restarting under each
  top-level section), which tells sections from enumerations inside the text.
- Where an inline subtitle (``“四字”：subtitle`` run on into the body) ends, decided
  from the words that follow it; ends that rest on a heuristic are marked as guesses.
- News datelines (``新华社北京3月5日电（记者 王五）``) at the start of a paragraph.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from .sentences import split_sentences

__all__ = [
    "NumberedMark",
    "SubtitleEnd",
    "cn_value",
    "dateline_end",
    "numbered_mark",
    "subtitle_end",
]

_CN_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_MARK = re.compile(r"([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)]")
# Level-2 headings are a clause or two; a level-1 marker is followed by a short title.
_NO_HEADING_CHARS = frozenset("；;：:")
# Run-in subsection titles of reports can run past the own-line heading limit.
_LONG_SUBHEADING = 2


def cn_value(s: str) -> int | None:
    """一 → 1, 十 → 10, 十二 → 12, 二十三 → 23; None for anything else."""
    if not s or any(c not in _CN_DIGIT and c != "十" for c in s):
        return None
    if "十" not in s:
        return _CN_DIGIT[s] if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


@dataclass(frozen=True)
class NumberedMark:
    level: int  # 1 for 一、, 2 for （一）
    value: int
    end: int  # offset after the marker


def numbered_mark(text: str, pos: int) -> NumberedMark | None:
    """The Chinese section marker starting exactly at ``pos``, if any."""
    m = _MARK.match(text, pos)
    if m is None:
        return None
    level = 1 if m.group(1) else 2
    value = cn_value(m.group(1) or m.group(2))
    return None if value is None else NumberedMark(level, value, m.end())


# ------------------------------------------------------------------- run-in numbering


@dataclass
class RunIn:
    """A numbered section start found inside a block."""

    start: int
    end: int  # end of the heading text
    level: int
    value: int
    guessed: bool


@dataclass
class Numbering:
    """Where the numbering stands: the last top-level and subsection values seen."""

    top: int = 0
    sub: int = 0

    def accepts(self, level: int, value: int) -> bool:
        return value == (self.top if level == 1 else self.sub) + 1

    def advance(self, level: int, value: int) -> None:
        if level == 1:
            self.top, self.sub = value, 0
        else:
            self.sub = value


def runin_candidates(
    text: str, start: int, end: int, max_heading_chars: int
) -> list[tuple[NumberedMark, int, int, bool]]:
    """Markers right after a sentence end (or at ``start``) with a heading-like text.

    Each is (mark, heading start, heading end, end guessed).
    """
    out: list[tuple[NumberedMark, int, int, bool]] = []
    spans = split_sentences(text, start, end, long_sentence_chars=len(text) + 1)
    for s, e in spans:
        mark = numbered_mark(text, s)
        if mark is None or mark.end >= e:
            continue
        heading_end = _numbered_heading_end(text, s, mark, e, max_heading_chars)
        if heading_end is None:
            continue
        h_end, guessed = heading_end
        if h_end <= mark.end:
            continue
        out.append((mark, s, h_end, guessed))
    return out


def _numbered_heading_end(
    text: str, s: int, mark: NumberedMark, e: int, max_chars: int
) -> tuple[int, bool] | None:
    """Where the heading starting at ``s`` ends, or None when it does not read as one."""
    sentence = text[s:e]
    clause_end = next((k for k, c in enumerate(sentence) if c in "，,"), len(sentence))
    if any(c in _NO_HEADING_CHARS for c in sentence[:clause_end]):
        return None  # 二、提高城乡低保标准； is a list item
    if mark.level == 2 and len(sentence.strip()) <= _LONG_SUBHEADING * max_chars:
        return e, False  # numbered and in sequence: even a long first sentence is the title
    # A top-level title rarely ends with a stop: where the body starts, if the words
    # say so, is a guess; otherwise a short, sentence-ended title is certain.
    body_at = _body_start(text, mark.end, s + clause_end)
    if body_at is not None:
        return body_at, True
    if len(sentence.strip()) <= max_chars and clause_end == len(sentence):
        return e, False
    if mark.level == 2:
        return None
    # A top-level marker that continues the numbering after a sentence end starts a
    # section even when nothing shows where its title ends: guess a short title.
    return _short_title_end(text, mark.end, s + clause_end), True


def _short_title_end(text: str, s: int, e: int) -> int:
    """The last word boundary at most ``_GUESSED_TITLE`` characters after ``s``."""
    pos = s
    for word in _words(text[s:e]):
        if pos + len(word) - s > _GUESSED_TITLE:
            break
        pos += len(word)
    return pos if pos > s else min(e, s + _GUESSED_TITLE)


def _body_start(text: str, s: int, e: int) -> int | None:
    """First word boundary (4+ characters in) where a body opener or a date begins."""
    pos = s
    for word in _words(text[s:e]):
        if pos - s >= _MIN_SUBTITLE and _opens_body(text, pos, word):
            return pos
        pos += len(word)
    return None


# ------------------------------------------------------------------ inline subtitles

_MIN_SUBTITLE = 4
_GUESSED_TITLE = 12
# A stop further away than this does not end the subtitle by itself: the body's first
# clause may run up to it (“教育梦”：山里娃走进新课堂这所学校可容纳1200人。).
_SURE_SUBTITLE = 16
_TYPICAL_SUBTITLE = 8  # the length prior when neither the words nor the siblings decide
# Words that only ever open a clause: the subtitle ends before them.
_OPENERS = frozenset(
    {
        *("近年来", "近年來", "近日", "日前", "目前", "如今", "当前", "當前", "今年", "去年"),
        *("前不久", "最近", "早在", "自从", "自從", "据", "據", "据悉", "據悉", "据了解"),
        *("据统计", "据介绍", "记者", "記者", "眼下", "近些年", "多年来", "此前", "当天"),
        *("今年以来", "去年以来", "年初以来", "一大早", "清晨", "傍晚", "每天", "每年"),
        *("曾经", "以往", "截至", "说起", "提起", "谈及", "谈起", "这里", "那里", "当地"),
        # discourse openers never end a title
        *("与此同时", "同时", "此外", "另外", "不久前", "事实上", "其实", "然而", "但是"),
        *("不过", "值得一提的是", "近期", "近来", "年初", "年底", "去年底", "上半年", "下半年"),
    }
)
# A subject is extended back over words naming its organisation or place (市 水务局
# 数据显示, 人社局 负责人表示).
_ORG_ENDINGS = frozenset("局部委厅办院所市县省区镇村司团会")
# ... and over what qualifies it (海关相关负责人, 林业局有关负责人).
_SUBJECT_MODIFIERS = frozenset({"有关", "相关", "该", "其", "一位", "一名", "多位", "多名"})
# Of those, the ones that only ever start a clause: an end before them is not a guess.
_CLAUSE_INITIAL = frozenset(
    {
        *("近年来", "近年來", "近日", "日前", "据", "據", "据悉", "據悉", "据了解", "据统计"),
        *("据介绍", "记者", "記者", "与此同时", "事实上", "值得一提的是", "不久前", "前不久"),
    }
)
_FULL_DATE = re.compile(r"\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日")
# Weaker openers, used only when no stronger sign follows: a visitor's way in (来到村口,
# but 智慧农业走进田间地头 is a subtitle) and a numeral with its classifier (一家企业).
_WEAK_OPENERS = frozenset(
    {*("来到", "走进", "走入", "步入", "漫步", "驱车", "穿行", "置身", "登上", "沿着")}
)
_NUMERAL_TAG, _PLACE_TAG = "m", "ns"
_IDIOM_TAGS = ("i", "l")
# Part-of-speech tags that open a clause: time words (清晨, 近年来) and pronouns or
# determiners (这所学校, 每个村). Time words only when they read as a time of day/year.
_TIME_TAG, _PRONOUN_TAG = "t", "r"
_TIME_ENDINGS = frozenset("来晨晚天日月前后初底末午夜")
# Words that open a phrase but may follow the body's topic (乡村振兴除了依靠……):
# the subtitle ends one or two words before them, chosen by the sibling subtitles.
_TOPIC_OPENERS = frozenset(
    {
        *("除了", "随着", "隨著", "通过", "通過", "对于", "對於", "由于", "由於", "作为"),
        *("作為", "为了", "為了", "在", "为", "為", "从", "從"),
    }
)
# A copula or reporting verb: its subject (the word before) opens the body.
_REPORTING = frozenset(
    {
        *("是", "显示", "顯示", "表示", "指出", "介绍", "介紹", "认为", "認為", "称", "稱"),
        *("说", "說", "透露", "强调", "強調", "获悉", "獲悉"),
    }
)
_DATE_START = re.compile(
    r"\d{4}年|\d{1,2}月\d{1,2}日|\d{1,2}月(?:份|以来|起)?|[一二三四]季度|前[两三]季度"
)


@dataclass(frozen=True)
class SubtitleEnd:
    end: int | None  # None: only candidates, decided by the siblings
    guessed: bool
    candidates: tuple[int, ...] = ()
    # what decided the end: "stop" (punctuation), "opener" (a body-opening word or
    # date), "tag", "subject", "weak"; "" when the siblings must decide
    basis: str = ""


def subtitle_end(text: str, sub_start: int, stop: int, sure_stop: bool) -> SubtitleEnd:
    """Where the subtitle ``text[sub_start:stop]`` (run on into the body) ends.

    ``stop`` is the first punctuation (or a cap); ``sure_stop`` says that punctuation
    (an opening quote, a sentence end, the block end) ends the subtitle if nothing in
    the words before it says otherwise and it is near enough.
    """
    tagged = _tagged(text[sub_start:stop])
    offsets = [sub_start]
    for w, _ in tagged:
        offsets.append(offsets[-1] + len(w))
    weak: int | None = None
    for k, (word, tag) in enumerate(tagged):
        pos = offsets[k]
        if pos - sub_start < _MIN_SUBTITLE:
            if _idiom_end(text, tagged, offsets, k, sub_start, stop):
                return SubtitleEnd(offsets[k + 1], True, basis="idiom")
            continue
        if _opens_body(text, pos, word):
            return SubtitleEnd(pos, not _certain_opener(text, pos, word), basis="opener")
        if _opens_by_tag(word, tag):
            return SubtitleEnd(pos, True, basis="tag")
        if word in _REPORTING and k >= 1 and offsets[k - 1] - sub_start >= _MIN_SUBTITLE:
            return SubtitleEnd(
                _subject_start(tagged, offsets, k - 1, sub_start), True, basis="subject"
            )
        if word in _TOPIC_OPENERS:
            cands = tuple(o for o in (offsets[k - 1], offsets[max(k - 2, 0)], pos) if k >= 1)
            cands = tuple(sorted({c for c in cands if c - sub_start >= _MIN_SUBTITLE}))
            if cands:
                return SubtitleEnd(None, True, cands)
        if weak is None and _weak_opener(word, tag):
            weak = pos
        if _idiom_end(text, tagged, offsets, k, sub_start, stop):
            return SubtitleEnd(offsets[k + 1], True, basis="idiom")
    if sure_stop and stop - sub_start <= _SURE_SUBTITLE:
        return SubtitleEnd(stop, False, basis="stop")
    if weak is not None:
        return SubtitleEnd(weak, True, basis="weak")
    cands = tuple(o for o in offsets[1:] if _MIN_SUBTITLE <= o - sub_start <= _SURE_SUBTITLE)
    return SubtitleEnd(None, True, cands)


def _subject_start(
    tagged: list[tuple[str, str]], offsets: list[int], k: int, sub_start: int
) -> int:
    """Start of the subject ending with word ``k``: back over organisation/place words.

    An abbreviation the dictionary lacks (人社局) arrives as single-character nouns.
    """
    in_name = False  # inside an organisation's name: its single characters belong to it
    while k >= 1 and offsets[k - 1] - sub_start >= _MIN_SUBTITLE:
        word, tag = tagged[k - 1]
        if word[-1] in _ORG_ENDINGS or (tag == _PLACE_TAG and len(word) > 1):
            in_name = True
        elif word in _SUBJECT_MODIFIERS:
            pass
        elif not (in_name and len(word) == 1 and tag == "n"):
            break
        k -= 1
    return offsets[k]


def _certain_opener(text: str, pos: int, word: str) -> bool:
    """Openers that never stand inside a title; 今年, 当地, 同时 ... sometimes do."""
    return word in _CLAUSE_INITIAL or bool(_FULL_DATE.match(text, pos))


def _opens_body(text: str, pos: int, word: str) -> bool:
    return word in _OPENERS or bool(_DATE_START.match(text, pos))


def _idiom_end(
    text: str,
    tagged: list[tuple[str, str]],
    offsets: list[int],
    k: int,
    sub_start: int,
    stop: int,
) -> bool:
    """Word ``k`` is a four-character idiom or set phrase (络绎不绝, 一马当先): headlines
    end on one. Not when a body opener follows: that rule says so with more certainty."""
    word, tag = tagged[k]
    end = offsets[k + 1]
    if tag not in _IDIOM_TAGS or len(word) < 4 or end - sub_start < _MIN_SUBTITLE or end >= stop:
        return False
    return not _opens_body(text, end, tagged[k + 1][0])


def _weak_opener(word: str, tag: str) -> bool:
    """A visit verb, a numeral with its classifier, or a place name (满洲里公路口岸……)."""
    return word in _WEAK_OPENERS or _numeral_opener(word, tag) or tag == _PLACE_TAG


def _numeral_opener(word: str, tag: str) -> bool:
    """一家, 一位, 两名: a numeral and its classifier as one word."""
    return tag == _NUMERAL_TAG and len(word) == 2 and word[0] in "一两二三四五六七八九十"


def _opens_by_tag(word: str, tag: str) -> bool:
    if tag == _PRONOUN_TAG or word == "每":  # 这所学校, 每个村, 每到开学季
        return True
    return tag == _TIME_TAG and word[-1] in _TIME_ENDINGS


def pick_by_siblings(cands: Sequence[int], sub_start: int, typical: int | None) -> int | None:
    """The candidate end closest to the typical subtitle length of the siblings."""
    if not cands:
        return None
    target = _TYPICAL_SUBTITLE if typical is None else typical
    return min(cands, key=lambda c: (abs(c - sub_start - target), c))


@cache
def _tokenizer() -> Any:
    import jieba  # a word segmenter; imported here so the CLI starts fast

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.initialize()  # the dictionary, loaded once (about a second)
    return jieba.dt


@cache
def _pos_tokenizer() -> Any:
    _tokenizer()
    import jieba.posseg  # builds its tagger on jieba's default tokenizer

    return jieba.posseg.dt


def _words(s: str) -> list[str]:
    """Words of ``s`` (jieba, without the HMM guesser for unknown words)."""
    if not s:
        return []
    return list(_tokenizer().cut(s, HMM=False))


def _tagged(s: str) -> list[tuple[str, str]]:
    """Words of ``s`` with their part-of-speech tags."""
    if not s:
        return []
    return [(p.word, p.flag) for p in _pos_tokenizer().cut(s, HMM=False)]


# --------------------------------------------------------------------------- datelines

_AGENCY = r"(?:新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網|本报|本報|本刊|本台)"
_DATELINE = re.compile(
    rf"(?:{_AGENCY}[\u4e00-\u9fff]{{0,8}}?(?:\d{{1,2}}月)?\d{{1,2}}日(?:专电|專電|电|電|讯|訊)"
    rf"|{_AGENCY}讯|{_AGENCY}訊"
    r"|[\u4e00-\u9fff]{2,6}(?:\d{1,2}月)?\d{1,2}日(?:专电|專電|电|電))"
    r"(?:\s*[（(][^（()）\n]{1,40}[）)])?"
)


def dateline_end(text: str, pos: int, end: int) -> int | None:
    """End of a news dateline starting at ``pos``, or None."""
    m = _DATELINE.match(text, pos, end)
    return None if m is None else m.end()
