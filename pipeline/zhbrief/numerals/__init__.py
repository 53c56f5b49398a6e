"""Numbers in Chinese business text, and in English, as values.

``parse_numbers`` finds the numeric expressions of a Chinese sentence (``4345亿元``,
``2600余万``, ``十三届``, ``三分之一``, ``2022年5月11日``, ``同比增长18.6%``, ``翻番``)
and gives each a value, a unit and a kind; ``render_en`` writes one in English.
``english_values`` reads the values an English sentence states, in the many ways
English writes them ("434.5 billion", "90,000", "three", "one third", "doubled",
"11 May 2022", "July 26th"), so a checker can compare the two sides by value.

Chinese numerals are only read where they count something (before a classifier or
unit, after 第, in 分之): in running text 一 and 十 are as often words (一起, 十分)
as numbers.

- ``lexicon``: numeral characters, units, approximations, changes, idioms
- ``mention``: ``NumberMention``
- ``chinese``: the Chinese parser
- ``english``: the English parser
- ``render``: the English renderer
"""

from .chinese import parse_numbers
from .english import english_numbers, english_values, values_equal
from .lexicon import cn_to_int
from .mention import NumberMention
from .render import format_value, ordinal_en, render_en

__all__ = [
    "NumberMention",
    "cn_to_int",
    "english_numbers",
    "english_values",
    "format_value",
    "ordinal_en",
    "parse_numbers",
    "render_en",
    "values_equal",
]
