"""Step 7: how each objective is measured, reviewed, and weighed against its cost."""

from datetime import date

import streamlit as st

from strategy.calc import annual_cost
from strategy.charts import kpi_timeline
from strategy.describe import captions
from strategy.model import (
    Fry,
    IabStage,
    Kpi,
    MetricKind,
    ReportingFrequency,
    TrackingCode,
)
from ui import bind
from ui.layout import step_footer, step_header
from ui.parts import step_parts
from ui.state import lang, strategy, tr
from ui.tables import Column, item_link, item_table, platform_link

step_header("measurement")
current = strategy()
measurement = current.measurement


def kpis() -> None:
    names = captions(current, lang())
    item_table(
        measurement.kpis,
        Kpi,
        [
            item_link("objective_id", "measurement.objective", current.objectives, names),
            Column("name", "measurement.name"),
            Column("kind", "measurement.kind", "choice", enum=MetricKind),
            Column("iab_stage", "measurement.iab_stage", "choice", enum=IabStage),
            Column("fry", "measurement.fry", "choice", enum=Fry),
            Column("source", "measurement.source"),
            Column("baseline", "measurement.baseline", "number"),
            Column("target", "measurement.target", "number"),
            Column("unit", "measurement.unit", width="small"),
            Column("deadline", "measurement.deadline", "date"),
            Column("frequency", "measurement.frequency", "choice", enum=ReportingFrequency),
        ],
        "kpis",
    )


def review_cycle() -> None:
    bind.text(measurement, "review_cycle", "measurement.review_cycle", area=True)
    bind.choice(measurement, "review_frequency", "measurement.review_frequency", ReportingFrequency)
    timeline = kpi_timeline(current, lang(), date.today())  # when each indicator is due
    if timeline is not None:
        st.plotly_chart(timeline, key="kpi_timeline")


def return_on_investment() -> None:
    left, right = st.columns(2)
    with left:
        bind.number(measurement.roi, "hourly_rate", "measurement.hourly_rate", step=5.0)
    with right:
        bind.number(
            measurement.roi,
            "financial_outcomes_per_year",
            "measurement.financial_outcomes",
            step=100.0,
        )
    bind.text(measurement.roi, "non_financial_outcomes", "measurement.non_financial", area=True)
    cost = annual_cost(current)
    if cost is None:
        st.caption(tr("measurement.cost_unknown"))
    else:
        st.metric(
            tr("measurement.annual_cost"),
            f"{cost:,.0f} {current.organisation.currency}".replace(",", "\u202f"),
        )


def tracking() -> None:
    st.caption(tr("measurement.tracking_hint"))
    item_table(
        measurement.tracking_codes,
        TrackingCode,
        [
            Column("campaign", "measurement.campaign"),
            platform_link("channel", "measurement.channel"),
            Column("code", "measurement.code", "long"),
        ],
        "tracking_codes",
    )


step_parts(
    "measurement",
    {
        "kpis": kpis,
        "review": review_cycle,
        "roi": return_on_investment,
        "tracking": tracking,
    },
)
step_footer("measurement")
