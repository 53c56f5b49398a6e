"""Checks that nothing was lost in translation.

Each check takes a Chinese sentence and its English and returns ``Flag`` objects
(``zhbrief.document.Flag``): numbers whose value is missing or altered, Latin-script
tokens, codes, URLs and e-mail addresses that did not come through unchanged,
glossary terms not used, and degenerate output (loops, odd length, leftover
Chinese). ``check_pairs`` runs them over line-aligned files (``zhbrief qa``);
``key_figures`` picks the figures of a translated document for the brief.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .document import Document, Flag
from .errors import EvaluationError, InputError
from .numbers import (
    NumberMention,
    english_numbers,
    format_value,
    parse_numbers,
    render_en,
    values_equal,
)

FLAG_KINDS = ("number", "protected", "glossary", "degenerate")

# ---------------------------------------------------------------------------------
# Numbers


def check_numbers(zh: str, en: str) -> list[Flag]:
    """Flag each source value that the English does not state (by value, any form)."""
    mentions = [m for m in parse_numbers(zh) if m.checked]
    if not mentions:
        return []
    spans = english_numbers(en)
    found = [v for v, _, _ in spans]
    dates = _english_dates(en, spans)
    missing = _unmatched(mentions, found, dates)
    missing += _foreign_month_days(mentions, dates, missing)
    if not missing:
        return []
    wanted = [alt for m in mentions for req in m.requirements() for alt in req]
    extra = [v for v in found if not any(values_equal(v, w) for w in wanted)]
    flags = []
    for m in missing:
        msg = f"{m.text} ({render_en(m)}) is not in the English"
        if extra:
            msg += "; the English has " + ", ".join(_fmt(v) for v in _unique(extra))
        flags.append(Flag(kind="number", message=msg, zh=zh, en=en))
    return flags


_MONTH_NAMES = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "jan", "feb", "mar", "apr"),
        *("jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    }
)
_DAY_BEFORE_MONTH = re.compile(r"(?:st|nd|rd|th)?(?:\s+of)?\s+$")


def _english_dates(en: str, spans: list[tuple[float, int, int]]) -> list[tuple[int, int, int, int]]:
    """Month-day pairs the English writes as one date: (month, day, month index, day index).

    "May 28", "May 28th", "28 May", "28th of May"; indices point into ``spans``.
    """
    out = []
    for i, (v, s, e) in enumerate(spans):
        if en[s:e].lower().rstrip(".") not in _MONTH_NAMES:
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(spans):
                continue
            d, ds, de = spans[j]
            if not (d == int(d) and 1 <= d <= 31 and en[ds:de].isdigit()):
                continue
            gap = en[e:ds] if j > i else en[de:s]
            if (j > i and gap.strip(" .") == "") or (j < i and _DAY_BEFORE_MONTH.fullmatch(gap)):
                out.append((int(v), int(d), i, j))
                break
    return out


def _unmatched(
    mentions: list[NumberMention],
    found: list[float],
    dates: list[tuple[int, int, int, int]] | None = None,
) -> list[NumberMention]:
    """Mentions with a value no English number accounts for.

    Each English number accounts for one source value (a maximum bipartite
    matching), so a figure the source gives twice must be stated twice: a changed
    copy is caught even when the other copy is right. When the English writes dates
    as month and day together, a source date's month and day must be one of those
    dates: the month of another date does not stand in for it.
    """
    used: set[int] = set()
    failed: set[int] = set()
    reqs: list[tuple[int, tuple[float, ...]]] = []
    for k, m in enumerate(mentions):
        joint = _joint_date(m, dates or [], used)
        if joint is None:
            reqs.extend((k, req) for req in m.requirements())
        elif joint:
            year = m.date[0] if m.date is not None else None
            reqs.extend([(k, (float(year),))] if year is not None else [])
        else:
            failed.add(k)
    edges = [
        [j for j, v in enumerate(found) if j not in used and any(values_equal(a, v) for a in req)]
        for _, req in reqs
    ]
    owner: dict[int, int] = {}  # English index -> requirement index

    def assign(r: int, visited: set[int]) -> bool:
        for j in edges[r]:
            if j in visited:
                continue
            visited.add(j)
            if j not in owner or assign(owner[j], visited):
                owner[j] = r
                return True
        return False

    failed |= {reqs[r][0] for r in range(len(reqs)) if not assign(r, set())}
    return [m for k, m in enumerate(mentions) if k in failed]


def _foreign_month_days(
    mentions: list[NumberMention],
    dates: list[tuple[int, int, int, int]],
    missing: list[NumberMention],
) -> list[NumberMention]:
    """Days the English dates with a month the source never names.

    The English may add the month a bare 9日 means (the source gave it earlier, or
    the article's date does); but when the source names months and the English date
    has another one, the date was changed.
    """
    months = {m.date[1] for m in mentions if m.kind == "date" and m.date and m.date[1]}
    if not months:
        return []
    out: list[NumberMention] = []
    for month, day, _, _ in dates:
        if month in months:
            continue
        for m in mentions:
            bare_day = m.kind != "date" or (m.date is not None and m.date[1] is None)
            if bare_day and values_equal(m.value, day) and m not in missing and m not in out:
                out.append(m)
                break
    return out


def _joint_date(
    m: NumberMention, dates: list[tuple[int, int, int, int]], used: set[int]
) -> bool | None:
    """True when an English date matches ``m``'s month and day (its numbers are then
    used), False when the English writes such dates but none matches, None when the
    month-and-day rule does not apply."""
    if not dates or m.kind != "date" or m.date is None or None in m.date[1:]:
        return None
    for month, day, i, j in dates:
        if (month, day) == m.date[1:] and i not in used and j not in used:
            used.update((i, j))
            return True
    return False


def _fmt(v: float) -> str:
    return format_value(v) if v >= 1 or v == 0 else f"{v:.3g}"


def _unique(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in values:
        if not any(values_equal(v, o) for o in out):
            out.append(v)
    return out


# ---------------------------------------------------------------------------------
# Protected spans

_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+[A-Za-z0-9/]")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_LATIN = re.compile(r"[A-Za-z0-9#][A-Za-z0-9_#.+\-/&]*[A-Za-z0-9#]|[A-Za-z]")


def protected_spans(zh: str) -> list[str]:
    """Latin-script tokens, codes (C919, 60kWp), URLs and e-mail addresses of a source."""
    spans: list[str] = []
    rest = zh
    for pattern in (_URL, _EMAIL):
        for m in pattern.finditer(rest):
            spans.append(m.group(0))
        rest = pattern.sub(" ", rest)
    for m in _LATIN.finditer(rest):
        tok = m.group(0).rstrip(".")
        if any(c.isalpha() for c in tok) and tok not in spans:
            spans.append(tok)
    return spans


def check_protected(zh: str, en: str) -> list[Flag]:
    """Flag each protected span of the source that is not in the English as written.

    Codes, URLs and addresses must match exactly (spaces the translator inserted, as
    in "60 kWp", are forgiven); plain words may change case ("APP" -> "app").
    """
    flags = []
    squeezed = re.sub(r"\s+", "", en)
    lower = en.lower()
    for span in protected_spans(zh):
        is_word = span.isalpha()
        ok = span.lower() in lower if is_word else span in en or span in squeezed
        if not ok:
            msg = f"{span!r} is not in the English unchanged"
            flags.append(Flag(kind="protected", message=msg, zh=zh, en=en))
    return flags


# ---------------------------------------------------------------------------------
# Glossary


@dataclass(frozen=True)
class Term:
    zh: str
    en: str


@dataclass
class Glossary:
    """User terms, ``zh -> en``, forced into the translation and checked after."""

    terms: list[Term] = field(default_factory=list)
    source: str = ""

    def __post_init__(self) -> None:
        ordered = sorted(self.terms, key=lambda t: len(t.zh), reverse=True)
        alternation = "|".join(re.escape(t.zh) for t in ordered)
        self._pattern = re.compile(alternation) if ordered else None
        self._en = {t.zh: t.en for t in self.terms}

    def __len__(self) -> int:
        return len(self.terms)

    def hits(self, zh: str) -> list[Term]:
        """Terms used in a source sentence (as Chinese, or already injected English)."""
        found: list[Term] = []
        covered = self._pattern.sub(" ", zh) if self._pattern else zh
        for t in self.terms:
            if any(f.en == t.en for f in found):
                continue  # 阿里巴巴国际站 and 阿里国际站 are both Alibaba.com: one hit
            if t.zh in zh or t.en in covered:
                found.append(t)
        return found

    def apply(self, zh: str) -> str:
        """The source with each term replaced by its English, longest terms first.

        MarianMT copies Latin-script words through, so the English term usually
        survives translation; a space is added where it would touch other Latin text.
        """
        if self._pattern is None:
            return zh

        def swap(m: re.Match[str]) -> str:
            en = self._en[m.group(0)]
            before = zh[m.start() - 1 : m.start()]
            after = zh[m.end() : m.end() + 1]
            if before and before.isascii() and before.isalnum():
                en = " " + en
            if after and after.isascii() and after.isalnum():
                en += " "
            return en

        return self._pattern.sub(swap, zh)

    def check(self, zh: str, en: str) -> list[Flag]:
        """Flag each term of the source whose English is not in the translation."""
        flags = []
        lower = en.lower()
        for t in self.hits(zh):
            if t.en.lower() not in lower:
                msg = f"glossary term {t.zh} should be translated as {t.en!r}"
                flags.append(Flag(kind="glossary", message=msg, zh=zh, en=en))
        return flags


def _has_han(text: str) -> bool:
    return bool(_HAN.search(text))


def load_glossary(path: str | Path) -> Glossary:
    """Read a ``zh,en`` CSV or a ``zh<TAB>en`` TSV (UTF-8; ``#`` comments, optional header)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError as e:
        raise InputError(f"glossary {p}: no such file.") from e
    except OSError as e:
        raise InputError(f"glossary {p}: cannot read the file: {e.strerror or e}.") from e
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"glossary {p}: not UTF-8 text; save it as UTF-8.") from e
    tsv = p.suffix.lower() in (".tsv", ".tab") or (
        p.suffix.lower() != ".csv" and "\t" in text.split("\n", 1)[0]
    )
    terms: list[Term] = []
    seen: dict[str, tuple[str, int]] = {}
    reader = csv.reader(io.StringIO(text), delimiter="\t" if tsv else ",")
    for row in reader:
        lineno = reader.line_num
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in row]
        if [c.lower() for c in cells] == ["zh", "en"]:
            continue  # header
        where = f"glossary {p}, line {lineno}"
        if len(cells) != 2:
            sep = "a tab" if tsv else "a comma"
            raise InputError(
                f"{where}: expected 2 columns (zh, en) separated by {sep}, got {len(cells)}; "
                'quote an English term that contains a comma, e.g. 中国,"China, PRC".'
            )
        zh, en = cells
        if not zh or not en:
            raise InputError(f"{where}: both the Chinese and the English term are needed.")
        if not _has_han(zh):
            raise InputError(f"{where}: the first column {zh!r} has no Chinese characters.")
        if zh in seen and seen[zh][0] != en:
            raise InputError(
                f"{where}: {zh} is already given as {seen[zh][0]!r} on line {seen[zh][1]}; "
                "keep one translation per term."
            )
        if zh not in seen:
            seen[zh] = (en, lineno)
            terms.append(Term(zh, en))
    if not terms:
        raise InputError(f"glossary {p}: no terms found; write one 'zh,en' pair a line.")
    return Glossary(terms, source=str(p))


# ---------------------------------------------------------------------------------
# Degenerate output

# Han characters; 丨 (U+4E28) is left out: Chinese web text uses it as a separator bar
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u4e27\u4e29-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
# English characters (no spaces) per Chinese character: on WMT22 the human references
# have a median of 3.9 and 1st-99th percentiles of 2.0-6.6; of 1,697 lines with 8+
# hanzi, none of reference A and one of reference B fall outside these bounds
MIN_RATIO = 1.0
MAX_RATIO = 9.0
MIN_CHARS_FOR_RATIO = 8


def check_degenerate(zh: str, en: str) -> Flag | None:
    """A repeated n-gram loop, a far-off length ratio or Chinese left in the English.

    The translation stage retries a sentence flagged here once with safer decoding.
    """
    reason = _loop(en) or _ratio(zh, en) or _leftover(en)
    if reason is None:
        return None
    return Flag(kind="degenerate", message=reason, zh=zh, en=en)


def _loop(en: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(en)]
    for n in range(1, 7):
        times = 4 if n == 1 else 3
        for i in range(len(words) - n * times + 1):
            gram = words[i : i + n]
            if all(words[i + k * n : i + (k + 1) * n] == gram for k in range(1, times)):
                return f"the English repeats {' '.join(gram)!r} {times}+ times in a row"
    counts = Counter(tuple(words[i : i + 4]) for i in range(len(words) - 3))
    if counts:
        top, count = counts.most_common(1)[0]
        # Scattered repeats are a loop only when they make up much of the output;
        # long legal or policy sentences repeat a phrase now and then
        if count >= 4 and count * 4 >= 0.4 * len(words):
            return f"the English repeats {' '.join(top)!r} {count} times"
    return None


def _ratio(zh: str, en: str) -> str | None:
    han = len(_HAN.findall(zh))
    if han < MIN_CHARS_FOR_RATIO:
        return None
    en_chars = len(re.sub(r"\s+", "", en))
    ratio = en_chars / han
    if ratio < MIN_RATIO:
        return f"the English is too short for the source ({ratio:.2f} characters per hanzi)"
    if ratio > MAX_RATIO:
        return f"the English is too long for the source ({ratio:.1f} characters per hanzi)"
    return None


def _leftover(en: str) -> str | None:
    han = _HAN.findall(en)
    if han:
        return f"Chinese left in the English: {''.join(han[:10])}"
    return None


# ---------------------------------------------------------------------------------
# All checks


def check_sentence(zh: str, en: str, glossary: Glossary | None = None) -> list[Flag]:
    """Every check on one sentence pair, in the order number, protected, glossary, degenerate."""
    flags = check_numbers(zh, en) + check_protected(zh, en)
    if glossary is not None:
        flags += glossary.check(zh, en)
    degenerate = check_degenerate(zh, en)
    if degenerate is not None:
        flags.append(degenerate)
    return flags


@dataclass
class LineQA:
    line: int  # 1-based
    zh: str
    en: str
    flags: list[Flag]

    def to_dict(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "zh": self.zh,
            "en": self.en,
            "flags": [{"kind": f.kind, "message": f.message} for f in self.flags],
        }


@dataclass
class QAReport:
    lines: list[LineQA]
    glossary_hits: int = 0

    @property
    def checked(self) -> int:
        return len(self.lines)

    @property
    def flagged(self) -> list[LineQA]:
        return [ln for ln in self.lines if ln.flags]

    def counts(self) -> dict[str, int]:
        """Lines flagged per kind of check (a line counts once per kind)."""
        out = dict.fromkeys(FLAG_KINDS, 0)
        for ln in self.lines:
            for kind in {f.kind for f in ln.flags}:
                out[kind] = out.get(kind, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "lines": self.checked,
            "flagged": len(self.flagged),
            "flagged_by_kind": self.counts(),
            "glossary_hits": self.glossary_hits,
            "flags": [ln.to_dict() for ln in self.flagged],
        }


def check_pairs(
    src_lines: list[str], hyp_lines: list[str], glossary: Glossary | None = None
) -> QAReport:
    """Run ``check_sentence`` on line-aligned source and translation lines."""
    if len(src_lines) != len(hyp_lines):
        raise EvaluationError(
            f"the source has {len(src_lines)} lines and the translation {len(hyp_lines)}; "
            "give line-aligned files (one sentence a line, same order)."
        )
    lines = []
    hits = 0
    for i, (zh, en) in enumerate(zip(src_lines, hyp_lines, strict=True), start=1):
        zh, en = zh.strip(), en.strip()
        if not zh and not en:
            continue
        if glossary is not None:
            hits += len(glossary.hits(zh))
        lines.append(LineQA(i, zh, en, check_sentence(zh, en, glossary)))
    return QAReport(lines, glossary_hits=hits)


def render_json(report: QAReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def render_text(report: QAReport) -> str:
    counts = report.counts()
    by_kind = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
    out = [
        f"{report.checked} lines checked, {len(report.flagged)} flagged"
        + (f" ({by_kind})" if by_kind else "")
        + (f"; glossary hits {report.glossary_hits}" if report.glossary_hits else "")
    ]
    for ln in report.flagged:
        out.append("")
        out.append(f"line {ln.line}:")
        out.append(f"  zh: {ln.zh}")
        out.append(f"  en: {ln.en}")
        for f in ln.flags:
            out.append(f"  [{f.kind}] {f.message}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------
# Key figures


@dataclass(frozen=True)
class KeyFigure:
    figure: str  # in English: "434.5 billion yuan"
    measures: str  # what it measures: a short phrase from the sentence
    section: int  # index into Document.sections (0 = first section)
    section_title: str | None  # the section heading, English if translated
    sentence: int  # Sentence.index
    zh: str  # the source expression, e.g. 4345亿元

    def to_dict(self) -> dict[str, Any]:
        return {
            "figure": self.figure,
            "measures": self.measures,
            "section": self.section,
            "section_title": self.section_title,
            "sentence": self.sentence,
            "zh": self.zh,
        }


_FIGURE_WEIGHT = {"amount": 3, "change": 3, "percent": 3, "multiple": 2, "count": 1}
_FIGURE_WEIGHT.update(fraction=2, range=1)
_MONEY = ("yuan", "US$", "HK$", "euros", "pounds", "yen")


def key_figures(doc: Document, limit: int = 12) -> list[KeyFigure]:
    """The document's most telling figures, in document order, at most ``limit``.

    Money, percentages and changes come first, then multiples and fractions, then
    other counts of 10 or more; summary sentences break ties. Dates, ordinals and
    durations are not key figures. A value given twice is listed once.
    """
    scored: list[tuple[float, int, KeyFigure]] = []
    order = 0
    for sec_no, sec in enumerate(doc.sections):
        title = None
        if sec.heading is not None:
            title = sec.heading.en or sec.heading.zh
        for s in sec.sentences():
            for m in parse_numbers(s.zh):
                weight = _figure_weight(m)
                if weight <= 0:
                    continue
                weight += 0.5 if s.in_summary or s.key_point else 0
                fig = KeyFigure(
                    figure=render_en(m),
                    measures=_measures(m, s.zh, s.en),
                    section=sec_no,
                    section_title=title,
                    sentence=s.index,
                    zh=m.text,
                )
                scored.append((weight, order, fig))
                order += 1
    # Greedy, with a small penalty per figure already taken from the same section,
    # so that one figure-dense section does not fill the whole table
    chosen: list[tuple[float, int, KeyFigure]] = []
    per_section: Counter[int] = Counter()
    seen: set[str] = set()
    pool = list(scored)
    while pool and len(chosen) < limit:
        best = max(pool, key=lambda t: (t[0] - 0.75 * per_section[t[2].section], -t[1]))
        pool.remove(best)
        if best[2].figure in seen:
            continue
        seen.add(best[2].figure)
        per_section[best[2].section] += 1
        chosen.append(best)
    return [fig for _, _, fig in sorted(chosen, key=lambda t: t[1])]


def _figure_weight(m: NumberMention) -> float:
    if not m.checked or m.kind not in _FIGURE_WEIGHT:
        return 0
    weight = float(_FIGURE_WEIGHT[m.kind])
    if m.kind in ("count", "range") and m.value < 10 and not m.unit:
        return 0
    if m.unit in _MONEY or m.unit.startswith("%"):
        weight += 1
    return weight


_EN_CLAUSE = re.compile(r"[,;:()\u2014]|\band\b|\bwhile\b|\bwhich\b|\bwhere\b")
_EN_TRAIL = set(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "by",
        "at",
        "with",
        "for",
        "from",
        "in",
        "on",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "reached",
        "reaching",
        "amounted",
        "amounting",
        "totalled",
        "totaled",
        "totaling",
        "totalling",
        "hit",
        "hits",
        "exceeded",
        "exceeding",
        "surpassed",
        "stood",
        "stands",
        "grew",
        "grow",
        "rose",
        "rise",
        "increased",
        "increase",
        "fell",
        "fall",
        "dropped",
        "declined",
        "decreased",
        "up",
        "down",
        "about",
        "around",
        "nearly",
        "almost",
        "over",
        "more",
        "than",
        "less",
        "some",
        "approximately",
        "roughly",
        "only",
        "just",
        "than",
        "as",
        "its",
        "their",
        "his",
        "her",
        "year-on-year",
        "respectively",
        "achieved",
        "recorded",
    ]
)
_ZH_CLAUSE = re.compile(r"[，。；：、,;:！？!?（）()“”\"]")
_ZH_TRAIL = (
    *("同比增长", "同比下降", "增长", "下降", "达到", "超过", "突破", "达", "为", "是"),
    *("约", "近", "超", "逾", "有", "共", "累计", "的", "了", "就", "已", "占", "仅"),
)


def _measures(m: NumberMention, zh: str, en: str | None) -> str:
    """A few words saying what the figure measures, from the English if there is one."""
    if en:
        phrase = _en_measures(m, en)
        if phrase:
            return phrase
    return _zh_measures(m, zh)


def _en_measures(m: NumberMention, en: str) -> str:
    """Words before the matching English number in its clause ("exports were"), else
    the words after it ("27 zones were set up"), else the phrase of the figure before
    it in the sentence ("exports were 310.4 billion yuan, up 2.6%")."""
    wanted = [a for req in m.requirements() for a in req]
    previous = ""
    for value, start, end in english_numbers(en):
        clause_start = max([c.end() for c in _EN_CLAUSE.finditer(en, 0, start)], default=0)
        words = en[clause_start:start].split()
        while words and words[-1].lower().strip(".,") in _EN_TRAIL:
            words.pop()
        while words and words[0].lower() in ("the", "a", "an", "of", "in", "on", "and"):
            words.pop(0)
        before = " ".join(words[-8:]).strip(" .,;")
        if not any(values_equal(value, w) for w in wanted):
            previous = before or previous
            continue
        if before:
            return before
        nxt = _EN_CLAUSE.search(en, end)
        after = [
            w
            for w in en[end : nxt.start() if nxt else len(en)].split()
            if any(c.isalpha() for c in w) and w.lower() not in _EN_UNITS
        ]
        return " ".join(after[:6]).strip(" .,;") or previous
    return ""


_EN_UNITS = {"yuan", "people", "percent", "per", "cent", "times", "million", "billion"}


def _zh_measures(m: NumberMention, zh: str) -> str:
    """The clause's words before the figure, else after it, else the clause before."""
    stops = [0, *(c.end() for c in _ZH_CLAUSE.finditer(zh, 0, m.start))]
    phrase = _strip_zh(zh[stops[-1] : m.start])
    if not phrase:
        nxt = _ZH_CLAUSE.search(zh, m.end)
        phrase = zh[m.end : nxt.start() if nxt else len(zh)]
    if not phrase and len(stops) > 1:  # 同比增长18.6%: the figure of the clause before
        before = zh[stops[-2] : stops[-1] - 1]
        phrase = _strip_zh(re.split(r"[\d.]", before, maxsplit=1)[0])
    return phrase[-16:]


def _strip_zh(phrase: str) -> str:
    changed = True
    while changed:
        changed = False
        for t in _ZH_TRAIL:
            if phrase.endswith(t):
                phrase, changed = phrase[: -len(t)], True
    return phrase
