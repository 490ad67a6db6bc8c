"""The pages, through Streamlit's AppTest: every step runs, keeps what was typed, and navigates."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from strategy import persistence
from strategy.i18n import LANGUAGES, t
from strategy.model import SCHEMA_VERSION, OrgKind, Quadrant, Strategy, SwotItem
from strategy.steps import STEPS
from tests.apptest import each_part, open_app, open_part, parts, visit
from tests.apptest import widget_key as _key
from tests.factories import HOSTILE_TEXTS, full_strategy


def title(at: AppTest) -> str:
    return at.title[0].value


def current(at: AppTest) -> Strategy:
    return at.session_state["strategy"]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("filled", [False, True], ids=["empty", "full"])
def test_every_page_runs_in_both_languages(lang, filled):
    at = open_app(f"{lang}-XX", full_strategy() if filled else None)
    for step in STEPS:
        visit(at, step.key)
        for part in each_part(at, step.key):
            assert not at.exception, (step.key, part, at.exception)
            assert title(at) == t(f"steps.{step.key}.title", lang)
            assert any(t(f"steps.{step.key}.why", lang) in md.value for md in at.markdown)


def test_only_the_open_part_of_a_step_is_drawn_and_it_is_remembered():
    at = visit(open_app(strategy=full_strategy()), "listen")
    assert parts(at) == [
        t(f"parts.listen.{key}", "en")
        for key in ("keywords", "places", "sentiment", "competitors", "influencers", "findings")
    ]
    assert len(at.dataframe) == 1 and not at.number_input, "the first part alone: the keywords table"
    open_part(at, "listen", "sentiment")
    assert len(at.number_input) == 3 and not at.dataframe
    visit(at, "swot")
    visit(at, "listen")
    assert len(at.number_input) == 3, "coming back reopens the part left open"
    at.segmented_control(key="language_switch").set_value("fr").run()
    assert at.number_input[0].label == t("listen.positive", "fr"), "and so does a language switch"


def test_language_follows_the_browser_and_can_be_switched():
    assert title(open_app("fr-FR")) == "Démarrer"
    assert title(open_app("en-GB")) == "Start"
    assert title(open_app(None)) == "Start"
    at = open_app("fr-CA")
    at.segmented_control(key="language_switch").set_value("en").run()
    assert title(at) == "Start"
    visit(at, "objectives")
    assert title(at) == "Objectives", "the chosen language survives a page change"


def test_values_survive_visiting_every_other_page():
    at = open_app()
    at.text_input(key=_key(at, "Organisation", "name")).set_value("Café <b>$x$</b>").run()
    at.selectbox(key=_key(at, "Organisation", "kind")).set_value(OrgKind.association).run()
    open_part(at, "start", "resources")
    at.number_input(key=_key(at, "Organisation", "hours_per_week")).set_value(6.5).run()
    visit(at, "engagement", "responding")
    at.number_input(key=_key(at, "Engagement", "response_time_hours")).set_value(2).run()
    open_part(at, "engagement", "charters")
    at.text_area(key=_key(at, "Engagement", "crisis_plan")).set_value("Pause, answer, fix").run()
    visit(at, "targets")
    at.button(key="add_persona").click().run()
    persona = current(at).personas[0]
    at.text_input(key=_key(at, "Persona", "name", persona.id)).set_value("Volunteers").run()
    at.multiselect(key=_key(at, "Persona", "platforms", persona.id)).set_value(["facebook", "whatsapp"]).run()

    for step in STEPS:  # every page, in order, then back
        visit(at, step.key)
    visit(at, "start", "organisation")
    assert at.text_input(key=_key(at, "Organisation", "name")).value == "Café <b>$x$</b>"
    assert at.selectbox(key=_key(at, "Organisation", "kind")).value == OrgKind.association
    open_part(at, "start", "resources")
    assert at.number_input(key=_key(at, "Organisation", "hours_per_week")).value == 6.5
    visit(at, "engagement", "responding")
    assert at.number_input(key=_key(at, "Engagement", "response_time_hours")).value == 2
    open_part(at, "engagement", "charters")
    assert at.text_area(key=_key(at, "Engagement", "crisis_plan")).value == "Pause, answer, fix"
    visit(at, "targets")
    assert at.text_input(key=_key(at, "Persona", "name", persona.id)).value == "Volunteers"
    assert at.multiselect(key=_key(at, "Persona", "platforms", persona.id)).value == [
        "facebook",
        "whatsapp",
    ]


def test_next_and_previous_go_where_they_say():
    at = open_app()
    for index, step in enumerate(STEPS[:-1]):
        following = STEPS[index + 1]
        assert at.button(key="nav_next").label == t(
            "layout.next", "en", step=t(f"steps.{following.key}.title", "en")
        )
        at.button(key="nav_next").click().run()
        assert title(at) == t(f"steps.{following.key}.title", "en"), step.key
    assert not [b for b in at.button if b.key == "nav_next"], "the last step has no Next"
    for index in range(len(STEPS) - 1, 0, -1):
        at.button(key="nav_previous").click().run()
        assert title(at) == t(f"steps.{STEPS[index - 1].key}.title", "en")
    assert not [b for b in at.button if b.key == "nav_previous"], "the first step has no Previous"


def test_completeness_marks_in_the_menu_follow_the_model():
    from strategy.steps import STEP_BY_KEY, Status

    full = full_strategy()
    assert all(step.status(full) in (Status.done, None) for step in STEPS)
    at = open_app(strategy=full)
    assert "100 %" in at.get("progress")[0].proto.text
    assert STEP_BY_KEY["objectives"].status(Strategy()) == Status.empty


def _upload(at: AppTest, name: str, data: bytes) -> AppTest:
    at.file_uploader[0].upload(name, data)
    return at.run()


def test_a_valid_file_replaces_the_strategy():
    at = open_app()
    full = full_strategy()
    _upload(at, "s.json", persistence.dumps(full))
    assert current(at) == full
    assert at.success and "Boulangerie du Parc" in at.success[0].value
    assert at.text_input(key=_key(at, "Organisation", "name")).value == "Boulangerie du Parc", (
        "widgets redrawn from the loaded file"
    )


BAD_FILES = {
    "not_json": b"{ this is not json",
    "not_utf8": b"\xff\xfe\xfa",
    "not_strategy": b'{"hello": "world"}',
    "unknown_version": b'{"schema_version": "x"}',
    "newer_version": f'{{"schema_version": {SCHEMA_VERSION + 1}}}'.encode(),
    "invalid": b'{"schema_version": 1, "objectives": 3}',
}


@pytest.mark.parametrize("code", sorted(BAD_FILES))
def test_a_bad_file_is_refused_and_the_work_kept(code):
    work = full_strategy()
    at = open_app(strategy=work)
    before = work.model_copy(deep=True)
    _upload(at, "bad.json", BAD_FILES[code])
    assert current(at) == before
    assert at.error, code
    assert at.error[0].value.endswith("Nothing was changed.")


def test_the_oversized_file_message():
    at = open_app("fr-FR", strategy=full_strategy())
    before = current(at).model_copy(deep=True)
    _upload(at, "big.json", b" " * (persistence.MAX_FILE_BYTES + 10))
    assert current(at) == before
    assert "Ko" in at.error[0].value and "Rien n'a été modifié" in at.error[0].value


def test_projector_mode_moves_the_steps_to_the_top_and_enlarges_text():
    at = open_app()
    assert not any(".stMainBlockContainer h1" in html.value for html in at.html)
    at.toggle(key="projector_switch").set_value(True).run()
    assert any(".stMainBlockContainer h1" in html.value for html in at.html)
    visit(at, "channels")
    assert any(".stMainBlockContainer h1" in html.value for html in at.html), (
        "projector mode survives a page change"
    )
    assert title(at) == "Channels" and at.get("progress")


def test_hostile_text_is_shown_as_typed_never_as_markup():
    strategy = full_strategy()
    strategy.swot.items = [SwotItem(quadrant=Quadrant.strength, text=text) for text in HOSTILE_TEXTS]
    strategy.organisation.name = HOSTILE_TEXTS[0]
    at = open_app(strategy=strategy)
    visit(at, "swot")
    assert not at.exception
    shown = [element.value for element in at.text]
    assert any(HOSTILE_TEXTS[0] in value for value in shown)
    assert all(HOSTILE_TEXTS[0] not in md.value for md in at.markdown), (
        "user text must not go through Markdown"
    )
    visit(at, "review", "summary")
    assert not at.exception
    assert HOSTILE_TEXTS[0] in [element.value for element in at.text]


def test_new_strategy_after_confirmation():
    at = open_app(strategy=full_strategy())
    _open_new_strategy_choices(at)
    at.button(key="start_over").click().run()
    assert current(at).model_dump(exclude={"id"}) == Strategy().model_dump()
    assert current(at).organisation.name == ""
    assert at.text_input(key=_key(at, "Organisation", "name")).value == ""


def _flawed() -> Strategy:
    """An example with one problem per step, so every step has something to say."""
    from strategy.examples import load_example

    strategy = load_example("bakery", "en")
    strategy.objectives[0].baseline = None  # objectives
    strategy.swot.items[0].finding_id = None  # swot
    strategy.organisation.hours_per_week = 1  # channels: workload, too many channels
    strategy.engagement.crisis_plan = ""  # engagement
    strategy.measurement.kpis = [k for k in strategy.measurement.kpis if k.objective_id != "obj-known"]
    return strategy


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_step_shows_its_guidance_and_its_findings(lang):
    from strategy.coach import review
    from strategy.guidance import guidance

    strategy = _flawed()
    findings = review(strategy)
    at = open_app(f"{lang}-XX", strategy)
    for step in STEPS:
        visit(at, step.key)
        assert not at.exception
        assert not at.expander(key=f"guide_{step.key}").markdown, "the guide is sent when opened"
        at.session_state[f"guide_{step.key}"] = True  # open it
        at.run()
        guide = at.expander(key=f"guide_{step.key}")
        assert guide.markdown[0].value.strip() == guidance(step.key, lang).strip()
        if step.key == "review":
            continue
        shown = " ".join(md.value for md in at.markdown)
        expected = [f for f in findings if f.step == step.key]
        for finding in expected:
            for part in ("what", "why", "fix"):
                assert t(f"coach.{finding.code}.{part}", lang, **finding.params) in shown, (step.key, finding)
        if not expected:
            assert any(t("coach.none", lang) in s.value for s in at.success), step.key


def test_the_review_page_lists_every_finding_with_a_link_to_its_step():
    from strategy.coach import review

    strategy = _flawed()
    findings = review(strategy)
    at = visit(open_app(strategy=strategy), "review", "coach")
    assert len(findings) >= 5
    shown = " ".join(md.value for md in at.markdown)
    for finding in findings:
        assert f"**{t(f'coach.{finding.code}.what', 'en', **finding.params)}**" in shown, finding.code
    links = [link.value for link in at.get("page_link")]
    for finding in findings:
        assert t("coach.go_to", "en", step=t(f"steps.{finding.step}.title", "en")) in links


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", ["bakery", "association", "library"])
def test_a_worked_example_opens_from_the_start_page(lang, key):
    from strategy.coach import Severity, review

    at = open_app(f"{lang}-XX")
    at.button(key=f"open_example_{key}").click().run()
    opened = current(at)
    assert opened.organisation.name and opened.objectives
    assert at.success[0].value == t("start.example_done", lang, name=t(f"examples.{key}.title", lang))
    assert not [f for f in review(opened) if f.severity > Severity.info]
    for step in STEPS:
        visit(at, step.key)
        assert not at.exception, step.key


def _open_new_strategy_choices(at: AppTest) -> None:
    at.session_state["new_strategy"] = True  # the "New strategy or example" popover
    at.run()


def test_opening_an_example_over_work_asks_first():
    at = open_app(strategy=full_strategy())
    assert not at.warning and not [b for b in at.button if b.key == "start_over"], (
        "the choices are drawn once asked for"
    )
    _open_new_strategy_choices(at)
    assert at.warning and at.warning[0].value == t("start.new_warning", "en"), (
        "the warning sits with the choices"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_review_page_offers_both_documents(lang):
    at = visit(open_app(f"{lang}-XX", full_strategy()), "review")
    labels = {button.label for button in at.download_button}
    assert {
        t("export.word_document", lang),
        t("export.brief_document", lang),
        t("sidebar.save", lang),
    } <= labels
