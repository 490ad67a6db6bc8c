"""Step 2: the SWOT of the online presence, drawn from what listening found."""

import streamlit as st

from strategy.charts import swot_grid
from strategy.describe import captions
from strategy.model import Level, Quadrant, SwotItem
from ui import bind
from ui.layout import step_footer, step_header
from ui.parts import step_parts
from ui.state import lang, strategy, tr
from ui.tables import Column, item_link, item_table

step_header("swot")
current = strategy()


def items() -> None:
    names = captions(current, lang())
    item_table(
        current.swot.items,
        SwotItem,
        [
            Column("quadrant", "swot.quadrant", "choice", enum=Quadrant),
            Column("text", "swot.text", "long"),
            Column("impact", "swot.impact", "choice", enum=Level),
            item_link("finding_id", "swot.finding", current.listening.findings, names),
        ],
        "swot",
    )


def grid() -> None:
    st.plotly_chart(swot_grid(current, lang()), key="swot_grid")


def cross() -> None:
    st.caption(tr("swot.cross_hint"))
    left, right = st.columns(2)
    with left:
        bind.text(current.swot, "so_strategy", "swot.so", area=True)
        bind.text(current.swot, "st_strategy", "swot.st", area=True)
    with right:
        bind.text(current.swot, "wo_strategy", "swot.wo", area=True)
        bind.text(current.swot, "wt_strategy", "swot.wt", area=True)


step_parts("swot", {"items": items, "grid": grid, "cross": cross})
step_footer("swot")
