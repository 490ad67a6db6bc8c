"""Autosave through the pages: same URL, same strategy, same step; stale tabs; hostile text."""

from __future__ import annotations

from pydantic import BaseModel

from strategy.i18n import t
from strategy.model import Strategy
from strategy.steps import STEPS
from strategy.store import default_store
from tests.apptest import each_part, open_app, visit
from tests.apptest import widget_key as key
from tests.factories import full_strategy


def session(strategy_id: str | None = None):
    return open_app(strategy_id=strategy_id)


def test_the_same_url_brings_back_the_same_strategy_on_the_same_step():
    first = session()
    first.button(key="open_example_association").click().run()
    strategy_id = first.session_state["strategy_id"]
    first.text_input(key=key(first, "Organisation", "name")).set_value("Vélo <b>Solidaire</b> $5").run()
    first.switch_page("app_pages/channels.py").run()
    typed = first.session_state["strategy"].model_copy(deep=True)
    assert first.query_params["s"] in (strategy_id, [strategy_id]), "the id is in the URL"

    again = session(strategy_id)  # a refresh, a closed tab, another browser: a new session
    assert again.session_state["strategy"] == typed
    assert again.title[0].value == t("steps.channels.title", "en"), "reopened on the step it was left on"
    assert not again.exception


def test_an_unknown_or_malformed_id_starts_a_new_strategy():
    for requested in ("x" * 32, "../etc/passwd"):
        at = session(requested)
        assert at.session_state["strategy"] == Strategy()
        assert at.session_state["strategy_id"] != requested


def test_a_stale_tab_is_refused_with_a_way_to_reload():
    tab_a = session()
    tab_a.text_input(key=key(tab_a, "Organisation", "name")).set_value("First name").run()
    strategy_id = tab_a.session_state["strategy_id"]
    tab_b = session(strategy_id)
    tab_a.text_input(key=key(tab_a, "Organisation", "name")).set_value("Changed in tab A").run()
    tab_b.text_input(key=key(tab_b, "Organisation", "name")).set_value("Changed in tab B").run()
    assert any(t("autosave.conflict", "en") in error.value for error in tab_b.error)
    assert default_store().load(strategy_id).strategy.organisation.name == "Changed in tab A"
    tab_b.button(key="reload_latest").click().run()
    assert tab_b.session_state["strategy"].organisation.name == "Changed in tab A"
    assert tab_b.text_input(key=key(tab_b, "Organisation", "name")).value == "Changed in tab A"
    assert not tab_b.error


def test_keeping_my_version_makes_a_new_strategy():
    tab_a = session()
    tab_a.text_input(key=key(tab_a, "Organisation", "name")).set_value("A").run()
    strategy_id = tab_a.session_state["strategy_id"]
    tab_b = session(strategy_id)
    tab_a.text_input(key=key(tab_a, "Organisation", "name")).set_value("A2").run()
    tab_b.text_input(key=key(tab_b, "Organisation", "name")).set_value("B's version").run()
    tab_b.button(key="keep_mine").click().run()
    new_id = tab_b.session_state["strategy_id"]
    assert new_id != strategy_id
    assert default_store().load(new_id).strategy.organisation.name == "B's version"
    assert default_store().load(strategy_id).strategy.organisation.name == "A2"


MARKER = "<b>bold</b> $x^2$ **star** <script>alert(1)</script>"


def _set_every_text(node: BaseModel) -> None:
    for name, info in type(node).model_fields.items():
        value = getattr(node, name)
        if isinstance(value, BaseModel):
            _set_every_text(value)
        elif isinstance(value, list):
            for entry in value:
                if isinstance(entry, BaseModel):
                    _set_every_text(entry)
        elif info.annotation is str and name not in ("id", "platform", "currency", "channel"):
            setattr(node, name, f"{MARKER} {name}")


def test_html_and_dollars_in_every_text_field_are_shown_as_text():
    strategy = full_strategy()
    _set_every_text(strategy)
    at = open_app(strategy=strategy)
    shown_somewhere = set()
    for step in STEPS:
        visit(at, step.key)
        for part in each_part(at, step.key):
            where = (step.key, part)
            assert not at.exception, where
            rendered = [
                e.value
                for e in (*at.markdown, *at.caption, *at.html, *at.error, *at.warning, *at.info, *at.success)
            ]
            assert not [value for value in rendered if "<b>bold</b>" in value or "$x^2$" in value], where
            shown = [w.value or "" for w in (*at.text_input, *at.text_area)] + [e.value for e in at.text]
            tables = [frame.value.to_string() for frame in at.dataframe]
            in_tables = any("<b>bold</b> $x^2$" in table for table in tables)
            if in_tables or any(MARKER in value for value in shown):
                shown_somewhere.add(step.key)
    assert shown_somewhere == {step.key for step in STEPS}, "every step shows the text as typed"
