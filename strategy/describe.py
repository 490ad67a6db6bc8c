"""Short names for items, for menus and links: one place, used by pages and exports alike."""

from __future__ import annotations

from strategy.i18n import t
from strategy.model import Strategy

MAX_CAPTION = 70


def shorten(text: str, limit: int = MAX_CAPTION) -> str:
    """One line, at most `limit` characters, ending with an ellipsis when cut."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def captions(strategy: Strategy, lang: str) -> dict[str, str]:
    """Every linkable item's id -> a short readable name (numbered when the item has no text)."""
    names: dict[str, str] = {}
    groups = (
        ("goal", strategy.organisation.business_goals, "text"),
        ("finding", strategy.listening.findings, "text"),
        ("objective", strategy.objectives, "statement"),
        ("persona", strategy.personas, "name"),
    )
    for kind, items, field in groups:
        for number, item in enumerate(items, start=1):
            text = shorten(getattr(item, field))
            names[item.id] = text or t(f"describe.{kind}", lang, number=number)
    return names
