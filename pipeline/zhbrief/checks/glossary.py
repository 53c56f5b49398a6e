"""Glossary: zh,en term pairs applied to the source and checked in the English."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..document import Flag
from ..errors import InputError
from ..reading import read_file_bytes
from .degenerate import HAN

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
    return bool(HAN.search(text))


def _rows(text: str, tsv: bool, p: Path) -> Iterator[tuple[int, list[str]]]:
    """The CSV/TSV rows with the line each starts on.

    A quote left open makes the csv module read on across lines (silently taking
    the terms there into one field) or past its field size limit: both are refused
    with the line where the row began.
    """
    reader = csv.reader(io.StringIO(text), delimiter="\t" if tsv else ",")
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            limit = f"{csv.field_size_limit():,}"
            what = f"a field is longer than {limit} characters" if "limit" in str(e) else e
            raise InputError(
                f"glossary {p}, line {start}: cannot read the row ({what}); "
                "check for a quote that is opened and not closed."
            ) from e
        if any("\n" in cell or "\r" in cell for cell in row):
            raise InputError(
                f"glossary {p}, line {start}: a quote is opened and not closed on the same "
                f"line, so the row runs on to line {reader.line_num} and the terms there would "
                'be lost; close the quote on the same line, e.g. 跨境,"cross-border, CBEC".'
            )
        yield start, row
        start = reader.line_num + 1


def load_glossary(path: str | Path) -> Glossary:
    """Read a ``zh,en`` CSV or a ``zh<TAB>en`` TSV (UTF-8; ``#`` comments, optional header)."""
    p = Path(path)
    data = read_file_bytes(p, f"glossary {p}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"glossary {p}: not UTF-8 text; save it as UTF-8.") from e
    tsv = p.suffix.lower() in (".tsv", ".tab") or (
        p.suffix.lower() != ".csv" and "\t" in text.split("\n", 1)[0]
    )
    terms: list[Term] = []
    seen: dict[str, tuple[str, int]] = {}
    for lineno, row in _rows(text, tsv, p):
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
