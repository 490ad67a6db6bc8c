"""French and English texts, from one TOML table per language in strategy/locales/.

A missing key is an error, never a silent fallback to the other language: the tests
compare both tables key by key.
"""

from __future__ import annotations

import tomllib
from datetime import date
from enum import StrEnum
from functools import cache
from pathlib import Path

LANGUAGES = ("fr", "en")
LOCALES_DIR = Path(__file__).parent / "locales"


def _flatten(table: dict, prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{path}."))
        else:
            flat[path] = str(value)
    return flat


@cache
def table(lang: str) -> dict[str, str]:
    raw = tomllib.loads((LOCALES_DIR / f"{lang}.toml").read_text(encoding="utf-8"))
    return _flatten(raw)


def t(key: str, lang: str, **params: object) -> str:
    """The text for `key` in `lang`, with `{name}` placeholders filled from params."""
    text = table(lang)[key]
    return text.format(**params) if params else text


def label(value: StrEnum, lang: str) -> str:
    """The display label of a vocabulary value (OrgKind.business -> 'Entreprise')."""
    return t(f"enum.{type(value).__name__}.{value.value}", lang)


def language_from_locale(locale: str | None) -> str:
    """French for any fr-* browser locale, English otherwise."""
    return "fr" if locale and locale.lower().replace("_", "-").split("-")[0] == "fr" else "en"


def format_date(day: date, lang: str) -> str:
    """A date as people write it: '22 novembre 2026' or '22 November 2026'."""
    month = t(f"months.m{day.month}", lang)
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)  # French ordinal for the 1st
    return f"{number} {month} {day.year}"
