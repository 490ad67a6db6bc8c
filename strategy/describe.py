"""Short names for items, for menus and links: one place, used by pages and exports alike."""

from __future__ import annotations

from strategy.calc import chosen_plans, plan_hours_per_week, weekly_workload
from strategy.catalogue import catalogue
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


def workload_bars(strategy: Strategy, lang: str) -> list[tuple[str, float]]:
    """The weekly hours the plan needs, as labelled bars: each chosen channel, then monitoring
    and moderation. Drawn by the app (Plotly) and the Word export (matplotlib) alike."""
    workload = weekly_workload(strategy)
    bars = [(catalogue().name(plan.platform), plan_hours_per_week(plan)) for plan in chosen_plans(strategy)]
    return [
        *bars,
        (t("charts.monitoring", lang), workload["monitoring"]),
        (t("charts.moderation", lang), workload["moderation"]),
    ]
