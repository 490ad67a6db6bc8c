from datetime import date

import pytest

from strategy import charts
from strategy.examples import load_example
from strategy.guidance import GUIDANCE_DIR, guidance
from strategy.i18n import LANGUAGES
from strategy.scoring import score_channels
from strategy.steps import STEPS
from tests.factories import HOSTILE_TEXTS


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_step_has_its_guidance_file(lang):
    for step in STEPS:
        text = guidance(step.key, lang)
        assert len(text) > 300 and "###" in text, step.key
    assert {p.stem for p in (GUIDANCE_DIR / lang).glob("*.md")} == {step.key for step in STEPS}


def test_the_frameworks_are_taught():
    english = " ".join(guidance(step.key, "en") for step in STEPS)
    french = " ".join(guidance(step.key, "fr") for step in STEPS)
    for term in (
        "SMART",
        "One goal, one indicator",
        "F.R.Y.",
        "Blanchard",
        "advocacy",
        "Moderation is not censorship",
        "hot",
        "Planification 101",
        "storyteller",
    ):
        assert term in english, term
    for term in (
        "SMART",
        "Un objectif, un indicateur",
        "F.R.Y.",
        "Blanchard",
        "recommandation",
        "Modérer n'est pas censurer",
        "chauds",
        "Planification 101",
        "conteur",
    ):
        assert term in french, term


def test_plotly_text_is_shown_verbatim():
    assert charts.plain("<b>x</b> $y$ & z") == "&lt;b&gt;x&lt;/b&gt; &#36;y&#36; &amp; z"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_chart_builds_from_an_example(lang):
    strategy = load_example("association", lang)
    scores = score_channels(strategy)
    chosen = {p.platform for p in strategy.channels.plans if p.chosen}
    assert len(charts.channel_matrix(scores, chosen, lang).data[0].x) == len(scores)
    workload = charts.workload_chart(strategy, lang)
    assert len(workload.data[0].y) == len(chosen) + 2  # each channel, monitoring, moderation
    assert len(charts.kpi_timeline(strategy, lang, date.today()).data) == len(strategy.measurement.kpis)
    assert len(charts.maturity_radar(strategy.maturity, lang).data[0].r) == 9  # 8 competencies, closed
    assert len(charts.swot_grid(strategy, lang).layout.annotations) == 4


def test_hostile_text_in_charts_is_escaped():
    strategy = load_example("bakery", "en")
    for item, text in zip(strategy.swot.items, HOSTILE_TEXTS, strict=False):
        item.text = text
    grid = charts.swot_grid(strategy, "en")
    body = " ".join(annotation.text for annotation in grid.layout.annotations)
    assert "<script>" not in body and "&lt;script&gt;" in body and "&#36;x^2&#36;" in body
