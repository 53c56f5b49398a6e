"""All checks on a sentence pair, and the line-by-line report of ``zhbrief qa``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..document import Flag
from ..errors import EvaluationError
from .degenerate import check_degenerate
from .glossary import Glossary
from .numbers import check_numbers
from .protected import check_protected

# ---------------------------------------------------------------------------------
# All checks

FLAG_KINDS = ("number", "protected", "glossary", "degenerate")


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
    """Run ``check_sentence`` on line-aligned source and translation lines.

    A line empty on one side only is flagged (degenerate): the translation of an
    empty line, or an empty translation, usually means the files are out of step.
    """
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
        if not zh or not en:
            lines.append(LineQA(i, zh, en, [_one_sided(zh, en)]))
            continue
        if glossary is not None:
            hits += len(glossary.hits(zh))
        lines.append(LineQA(i, zh, en, check_sentence(zh, en, glossary)))
    return QAReport(lines, glossary_hits=hits)


def _one_sided(zh: str, en: str) -> Flag:
    if zh:
        msg = "the translation is empty for a source line that is not"
    else:
        msg = "the source line is empty but its translation is not (files out of step?)"
    return Flag(kind="degenerate", message=msg, zh=zh, en=en)


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
