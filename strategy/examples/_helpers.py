"""Small helpers for writing the examples."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date


def chooser(lang: str) -> Callable[[str, str], str]:
    """`say(english, french)` returns the text in the example's language."""
    return lambda english, french: french if lang == "fr" else english


def months_after(day: date, months: int) -> date:
    """The first of the month, `months` months after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
