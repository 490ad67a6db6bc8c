"""Worked examples, complete and consistent, in French and English, for learning and workshops.

Each example is written once, with every text in both languages side by side, so the two
versions cannot drift apart. Dates are set relative to today, so an example never shows a
deadline in the past.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from strategy.examples import association, bakery, library
from strategy.model import Strategy

EXAMPLES: dict[str, Callable[[str, date], Strategy]] = {
    "bakery": bakery.build,
    "association": association.build,
    "library": library.build,
}


def load_example(key: str, lang: str, today: date | None = None) -> Strategy:
    return EXAMPLES[key](lang, today or date.today())
