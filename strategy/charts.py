"""The in-app charts, as Plotly figures built from the model (no Streamlit here).

Plotly reads a little HTML in text (<b>, <br>) and treats $...$ as LaTeX: any user text
placed in a chart goes through `plain()` so it is shown exactly as typed.

Building a Plotly figure costs 10-40 ms (its validation), more than the rest of a page. Each
chart is a pure function of a small part of the strategy: the public functions reduce their
inputs to a hashable key and a process-wide cache builds each distinct figure once, so typing
elsewhere on the page never rebuilds it. The figures are shared read-only (st.plotly_chart only
serialises them).
"""

from __future__ import annotations

import html
import math
from datetime import date
from functools import lru_cache
from typing import NamedTuple

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from strategy.catalogue import catalogue
from strategy.describe import shorten, workload_bars
from strategy.i18n import label, t
from strategy.maturity import stage_names
from strategy.model import Competency, Maturity, Quadrant, Strategy
from strategy.scoring import ChannelScore

QUADRANT_COLOURS = {
    Quadrant.strength: "#2e7d32",
    Quadrant.weakness: "#c62828",
    Quadrant.opportunity: "#1565c0",
    Quadrant.threat: "#ef6c00",
}


class _Point(NamedTuple):
    key: str
    name: str
    audience_fit: float
    score: int


class _Kpi(NamedTuple):
    name: str
    baseline: float | None
    target: float
    unit: str
    deadline: date


LABELLED_TOP = 5
LAYOUT = {"margin": {"l": 40, "r": 20, "t": 50, "b": 40}, "font": {"size": 14}}


def plain(text: str) -> str:
    """User text as Plotly must receive it to display it verbatim."""
    return html.escape(text, quote=False).replace("$", "&#36;")


CACHE_SIZE = 512


def maturity_radar(maturity: Maturity, lang: str) -> go.Figure:
    return _maturity_radar(tuple(maturity.scores.get(c, 0) for c in Competency), lang)


@lru_cache(maxsize=CACHE_SIZE)
def _maturity_radar(values: tuple[int, ...], lang: str) -> go.Figure:
    names = [label(c, lang) for c in Competency]
    values = list(values)
    figure = go.Figure(
        go.Scatterpolar(r=[*values, values[0]], theta=[*names, names[0]], fill="toself", name="")
    )
    figure.update_layout(
        title=t("maturity.radar", lang),
        polar={
            "radialaxis": {
                "range": [0, 4],
                "tickvals": [1, 2, 3, 4],
                "ticktext": stage_names(lang),
            }
        },
        showlegend=False,
        **LAYOUT,
    )
    return figure


def channel_matrix(scores: list[ChannelScore], chosen: set[str], lang: str) -> go.Figure:
    """Audience fit against effort; the bubble's size is the score, chosen channels filled."""
    points = tuple((s.key, s.name, s.audience_fit, s.score) for s in scores)
    return _channel_matrix(points, frozenset(chosen), lang)


@lru_cache(maxsize=CACHE_SIZE)
def _channel_matrix(
    points: tuple[tuple[str, str, float, int], ...], chosen: frozenset[str], lang: str
) -> go.Figure:
    scores = [_Point(*point) for point in points]
    effort = {key: channel.effort for key, channel in catalogue().channels.items()}
    # Labels only where they help (chosen, or among the best); every bubble still names itself on hover.
    labelled = chosen | {s.key for s in scores[:LABELLED_TOP]}
    figure = go.Figure(
        go.Scatter(
            x=[round(s.audience_fit * 100) for s in scores],
            y=[effort[s.key] for s in scores],
            text=[s.name if s.key in labelled else "" for s in scores],
            hovertext=[s.name for s in scores],
            mode="markers+text",
            textposition="top center",
            marker={
                "size": [max(12, s.score * 0.6) for s in scores],
                "color": ["#1565c0" if s.key in chosen else "rgba(21,101,192,0.25)" for s in scores],
                "line": {"width": 1, "color": "#0d47a1"},
            },
            customdata=[s.score for s in scores],
            hovertemplate="%{hovertext}: %{customdata}/100<extra></extra>",
        )
    )
    figure.update_layout(
        title=t("charts.matrix_title", lang),
        xaxis={"title": t("scoring.audience_fit", lang) + " (%)", "range": [-10, 110]},
        yaxis={"title": t("scoring.effort_column", lang), "range": [0.3, 5.7], "dtick": 1},
        **LAYOUT,
    )
    return figure


def workload_chart(strategy: Strategy, lang: str) -> go.Figure:
    """Hours a week per chosen channel, plus monitoring and moderation, against the hours available."""
    return _workload_chart(tuple(workload_bars(strategy, lang)), strategy.organisation.hours_per_week, lang)


@lru_cache(maxsize=CACHE_SIZE)
def _workload_chart(bars: tuple[tuple[str, float], ...], available: float | None, lang: str) -> go.Figure:
    figure = go.Figure(go.Bar(x=[plain(name) for name, _ in bars], y=[round(h, 2) for _, h in bars], name=""))
    total = sum(hours for _, hours in bars)
    if available is not None:
        figure.add_hline(
            y=available,
            line_dash="dash",
            line_color="#c62828",
            annotation_text=t("charts.available", lang, hours=available),
        )
    figure.update_layout(
        title=t("charts.workload_title", lang, total=round(total, 1)),
        yaxis={"title": t("charts.hours_per_week", lang)},
        showlegend=False,
        **LAYOUT,
    )
    return figure


def kpi_timeline(strategy: Strategy, lang: str, today: date) -> go.Figure | None:
    """Each KPI from its baseline today to its target at its deadline, one small chart per KPI."""
    kpis = tuple(
        _Kpi(k.name, k.baseline, k.target, k.unit, k.deadline)
        for k in strategy.measurement.kpis
        if k.target is not None and k.deadline is not None
    )
    if not kpis:
        return None
    return _kpi_timeline(kpis, min(today, strategy.channels.launch_date or today), lang)


@lru_cache(maxsize=CACHE_SIZE)
def _kpi_timeline(kpis: tuple[_Kpi, ...], start: date, lang: str) -> go.Figure:
    columns = 2 if len(kpis) > 1 else 1
    rows = math.ceil(len(kpis) / columns)
    figure = make_subplots(
        rows=rows,
        cols=columns,
        subplot_titles=[plain(shorten(k.name or "—", 40)) for k in kpis],
    )
    for index, kpi in enumerate(kpis):
        row, column = index // columns + 1, index % columns + 1
        figure.add_trace(
            go.Scatter(
                x=[start, kpi.deadline],
                y=[kpi.baseline or 0, kpi.target],
                mode="lines+markers",
                name=plain(kpi.name),
                hovertemplate="%{x|%d/%m/%Y}: %{y} " + plain(kpi.unit) + "<extra></extra>",
            ),
            row=row,
            col=column,
        )
    figure.update_layout(
        title=t("charts.kpi_title", lang),
        showlegend=False,
        height=260 * rows + 60,
        **LAYOUT,
    )
    return figure


def swot_grid(strategy: Strategy, lang: str) -> go.Figure:
    """The SWOT as a 2x2 grid: strengths and weaknesses on top, opportunities and threats below."""
    return _swot_grid(tuple((item.quadrant, item.text) for item in strategy.swot.items), lang)


@lru_cache(maxsize=CACHE_SIZE)
def _swot_grid(items: tuple[tuple[Quadrant, str], ...], lang: str) -> go.Figure:
    figure = go.Figure()
    corners = {
        Quadrant.strength: (0, 1),
        Quadrant.weakness: (1, 1),
        Quadrant.opportunity: (0, 0),
        Quadrant.threat: (1, 0),
    }
    for quadrant, (x, y) in corners.items():
        colour = QUADRANT_COLOURS[quadrant]
        figure.add_shape(
            type="rect",
            x0=x,
            y0=y,
            x1=x + 1,
            y1=y + 1,
            line={"color": colour, "width": 2},
            fillcolor=colour,
            opacity=0.08,
        )
        texts = [plain(shorten(text, 48)) for kind, text in items if kind == quadrant]
        body = "<br>".join(f"• {text}" for text in texts[:8]) or "—"
        figure.add_annotation(
            x=x + 0.04,
            y=y + 0.94,
            xanchor="left",
            yanchor="top",
            align="left",
            showarrow=False,
            text=f"<b>{label(quadrant, lang)}</b><br>{body}",
            font={"color": colour},
        )
    figure.update_xaxes(visible=False, range=[0, 2])
    figure.update_yaxes(visible=False, range=[0, 2])
    figure.update_layout(height=520, **LAYOUT)
    return figure
