"""Step 1: listen before speaking: keywords, places, sentiment, competitors, voices."""

import streamlit as st

from strategy.model import (
    Competitor,
    Finding,
    Influencer,
    Keyword,
    KeywordCategory,
    Level,
    Place,
    Tone,
)
from ui import bind
from ui.layout import step_footer, step_header
from ui.parts import step_parts
from ui.state import strategy, tr
from ui.tables import Column, item_table, platform_link

step_header("listen")
heard = strategy().listening


def keywords() -> None:
    item_table(
        heard.keywords,
        Keyword,
        [
            Column("term", "listen.term"),
            Column("category", "listen.category", "choice", enum=KeywordCategory),
        ],
        "keywords",
    )
    bind.text(heard, "tools", "listen.tools", area=True)


def places() -> None:
    item_table(
        heard.places,
        Place,
        [
            Column("name", "listen.place_name"),
            Column("address", "listen.place_address"),
            Column("relevance", "listen.relevance", "choice", enum=Level),
            Column("tone", "listen.tone", "choice", enum=Tone),
            Column("notes", "common.notes", "long"),
        ],
        "places",
    )


def sentiment() -> None:
    st.caption(tr("listen.sentiment_hint"))
    positive, neutral, negative = st.columns(3)
    with positive:
        bind.number(heard.sentiment, "positive", "listen.positive", max_value=100.0)
    with neutral:
        bind.number(heard.sentiment, "neutral", "listen.neutral", max_value=100.0)
    with negative:
        bind.number(heard.sentiment, "negative", "listen.negative", max_value=100.0)


def competitors() -> None:
    item_table(
        heard.competitors,
        Competitor,
        [
            Column("name", "listen.competitor_name"),
            platform_link("platforms", "listen.competitor_platforms", many=True),
            Column("audience", "listen.audience"),
            Column("what_works", "listen.what_works", "long"),
        ],
        "competitors",
    )


def influencers() -> None:
    item_table(
        heard.influencers,
        Influencer,
        [
            Column("name", "listen.influencer_name"),
            platform_link("platform", "listen.influencer_platform"),
            Column("audience", "listen.audience"),
            Column("topics", "listen.topics"),
            Column("relationship", "listen.relationship", "long"),
        ],
        "influencers",
    )


def findings() -> None:
    st.caption(tr("listen.findings_hint"))
    item_table(
        heard.findings,
        Finding,
        [
            Column("text", "listen.finding_text", "long"),
            Column("source", "listen.finding_source"),
        ],
        "findings",
    )


step_parts(
    "listen",
    {
        "keywords": keywords,
        "places": places,
        "sentiment": sentiment,
        "competitors": competitors,
        "influencers": influencers,
        "findings": findings,
    },
)
step_footer("listen")
