import re
import string
from enum import StrEnum

import pytest

from strategy import model
from strategy.i18n import LANGUAGES, format_date, label, language_from_locale, t, table
from strategy.steps import STEPS

VOCABULARIES = [
    value
    for value in vars(model).values()
    if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
]
LOAD_ERRORS = [
    "too_large",
    "not_utf8",
    "not_json",
    "not_strategy",
    "unknown_version",
    "newer_version",
    "invalid",
]


def test_both_languages_have_the_same_keys():
    french, english = set(table("fr")), set(table("en"))
    assert french - english == set(), "keys only in French"
    assert english - french == set(), "keys only in English"


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_placeholders_match_between_languages():
    for key, english in table("en").items():
        assert _placeholders(english) == _placeholders(table("fr")[key]), key


def test_no_text_is_empty_or_untranslated():
    for key, english in table("en").items():
        french = table("fr")[key]
        assert english.strip() and french.strip(), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_vocabulary_value_has_a_label(lang):
    for vocabulary in VOCABULARIES:
        for value in vocabulary:
            assert label(value, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_step_and_load_error_has_its_texts(lang):
    for step in STEPS:
        for part in ("title", "why", "help"):
            assert t(f"steps.{step.key}.{part}", lang)
    for code in LOAD_ERRORS:
        assert t(
            f"load.error.{code}",
            lang,
            size_kb=1,
            max_kb=1,
            position=1,
            line=1,
            column=1,
            version=2,
            supported=1,
            count=1,
            where="x",
        )


def test_every_key_used_in_code_exists():
    from pathlib import Path

    root = Path(__file__).parent.parent
    used = set()
    for path in [
        root / "app.py",
        *root.glob("app_pages/*.py"),
        *root.glob("ui/*.py"),
        *root.glob("strategy/*.py"),
    ]:
        used |= set(re.findall(r"tr\(\s*\"([a-z_]+\.[a-z_.]+)\"", path.read_text(encoding="utf-8")))
    missing = sorted(key for key in used if key not in table("en"))
    assert missing == []


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("fr-FR", "fr"),
        ("fr", "fr"),
        ("fr-CA", "fr"),
        ("FR_be", "fr"),
        ("en-US", "en"),
        ("de-DE", "en"),
        (None, "en"),
        ("", "en"),
    ],
)
def test_language_follows_the_browser(locale, expected):
    assert language_from_locale(locale) == expected


def test_dates_are_written_for_each_language():
    from datetime import date

    assert format_date(date(2026, 11, 22), "fr") == "22 novembre 2026"
    assert format_date(date(2026, 11, 22), "en") == "22 November 2026"
    assert format_date(date(2026, 11, 1), "fr") == "1er novembre 2026"
    assert format_date(date(2026, 11, 1), "en") == "1 November 2026"
