"""Charts for the Word document, drawn with matplotlib (Agg): no browser needed to export.

The app shows the same figures with Plotly (strategy/charts.py); both draw from the same
domain functions (scoring, workload, KPIs), so they cannot disagree.
"""

from __future__ import annotations

import io
import warnings
from contextlib import contextmanager
from datetime import date

import matplotlib
import matplotlib.dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from strategy.catalogue import catalogue
from strategy.describe import shorten, workload_bars
from strategy.i18n import t
from strategy.model import Strategy
from strategy.scoring import ChannelScore

BLUE, LIGHT_BLUE, RED = "#1565c0", "#90caf9", "#c62828"
STYLE = {
    "text.parse_math": False,  # a "$" in user text is a dollar, never LaTeX
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


@contextmanager
def _figure(width: float, height: float):
    """A figure of our own, never pyplot's global state: the app server exports from many threads."""
    with matplotlib.rc_context(STYLE), warnings.catch_warnings():
        # A character the font lacks (Arabic, CJK...) is drawn as a box; that is no reason to warn.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        figure = Figure(figsize=(width, height))
        FigureCanvasAgg(figure)
        yield figure


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    # Fixed margins rather than bbox_inches="tight": a tight box costs a second full draw.
    figure.savefig(buffer, format="png", dpi=150)
    return buffer.getvalue()


def channel_matrix_png(scores: list[ChannelScore], chosen: set[str], lang: str) -> bytes:
    effort = {key: channel.effort for key, channel in catalogue().channels.items()}
    with _figure(6.5, 3.6) as figure:
        axes = figure.subplots()
        figure.subplots_adjust(left=0.09, right=0.98, top=0.95, bottom=0.14)
        labels_at: dict[tuple[float, int], int] = {}  # channels sharing a point stack their labels
        for score in scores:
            selected = score.key in chosen
            axes.scatter(
                score.audience_fit * 100,
                effort[score.key],
                s=max(30, score.score * 9),
                color=BLUE if selected else LIGHT_BLUE,
                alpha=0.9 if selected else 0.6,
                edgecolors=BLUE,
            )
            if selected or score in scores[:5]:
                point = (score.audience_fit * 100, effort[score.key])
                stacked = labels_at.get(point, 0)
                labels_at[point] = stacked + 1
                axes.annotate(
                    f"{score.name} ({score.score})",
                    point,
                    textcoords="offset points",
                    xytext=(0, 9 + 10 * stacked),
                    ha="center",
                    fontsize=8,
                )
        axes.set_xlim(-10, 110)
        axes.set_ylim(0.3, 5.7)
        axes.set_xlabel(t("scoring.audience_fit", lang) + " (%)")
        axes.set_ylabel(t("scoring.effort_column", lang))
        axes.set_yticks([1, 2, 3, 4, 5])
        return _png(figure)


def workload_png(strategy: Strategy, lang: str) -> bytes:
    bars = workload_bars(strategy, lang)
    with _figure(6.5, 3.2) as figure:
        axes = figure.subplots()
        figure.subplots_adjust(left=0.09, right=0.98, top=0.93, bottom=0.24)
        axes.bar([shorten(name, 22) for name, _ in bars], [hours for _, hours in bars], color=BLUE)
        available = strategy.organisation.hours_per_week
        if available is not None:
            axes.axhline(available, color=RED, linestyle="--")
            axes.annotate(
                t("charts.available", lang, hours=available),
                (1, available),
                xycoords=("axes fraction", "data"),
                ha="right",
                va="bottom",
                color=RED,
            )
        axes.set_ylabel(t("charts.hours_per_week", lang))
        axes.tick_params(axis="x", labelrotation=20)
        return _png(figure)


def kpi_timeline_png(strategy: Strategy, lang: str, today: date) -> bytes | None:
    kpis = [k for k in strategy.measurement.kpis if k.target is not None and k.deadline is not None]
    if not kpis:
        return None
    start = min(today, strategy.channels.launch_date or today)
    columns = 2 if len(kpis) > 1 else 1
    rows = -(-len(kpis) // columns)
    with _figure(6.5, 2.0 * rows) as figure:
        grid = figure.subplots(rows, columns, squeeze=False)
        figure.subplots_adjust(
            left=0.1, right=0.97, top=1 - 0.35 / rows, bottom=0.3 / rows, hspace=0.75, wspace=0.35
        )
        for axes, kpi in zip(grid.flat, kpis, strict=False):
            start_day, end_day = mdates.date2num(start), mdates.date2num(kpi.deadline)
            baseline = kpi.baseline or 0
            axes.plot([start_day, end_day], [baseline, kpi.target], marker="o", color=BLUE)
            # Two ticks, the start and the deadline: what the reader needs, and cheap to draw.
            axes.set_xticks([start_day, end_day], [start.strftime("%m/%Y"), kpi.deadline.strftime("%m/%Y")])
            axes.set_yticks(sorted({baseline, kpi.target}))
            axes.set_title(shorten(kpi.name or "—", 45), fontsize=9)
            axes.set_ylabel(shorten(kpi.unit, 20))
            axes.tick_params(labelsize=7)
        for axes in list(grid.flat)[len(kpis) :]:
            axes.set_visible(False)
        return _png(figure)
