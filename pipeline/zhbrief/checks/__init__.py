"""Checks that nothing was lost in translation.

Each check takes a Chinese sentence and its English and returns ``Flag`` objects
(``zhbrief.document.Flag``):

- ``numbers``: numbers whose value is missing or altered
- ``protected``: Latin-script tokens, codes, URLs and e-mail addresses not come through
- ``glossary``: glossary terms (applied to the source before translation) not used
- ``degenerate``: loops, odd length ratios, leftover Chinese
- ``report``: all of them on one pair (``check_sentence``) and over line-aligned files
  (``check_pairs``, ``zhbrief qa``)
"""

from .degenerate import check_degenerate
from .glossary import Glossary, Term, load_glossary
from .numbers import check_numbers
from .protected import check_protected, protected_spans
from .report import FLAG_KINDS, LineQA, QAReport, check_pairs, check_sentence

__all__ = [
    "FLAG_KINDS",
    "Glossary",
    "LineQA",
    "QAReport",
    "Term",
    "check_degenerate",
    "check_numbers",
    "check_pairs",
    "check_protected",
    "check_sentence",
    "load_glossary",
    "protected_spans",
]
