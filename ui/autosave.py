"""Autosave: every change is stored at once, under the strategy id carried in the URL (?s=...).

A refresh, a closed tab, a sleeping laptop or a restarted server loses nothing: opening the
same URL restores the strategy, on the step the user was on.
"""

from __future__ import annotations

from datetime import UTC, datetime

import streamlit as st

from strategy import persistence
from strategy.model import Strategy
from strategy.store import Saved, StaleRevision, default_store, is_strategy_id, new_strategy_id

STRATEGY_ID = "strategy_id"
REVISION = "revision"
SAVED_AT = "saved_at"
CONFLICT = "save_conflict"
STEP = "current_step"
OPENED = "opened_strategies"  # id -> organisation name, for the strategies opened in this tab
URL_PARAM = "s"


def _remember(strategy_id: str, strategy: Strategy) -> None:
    st.session_state.setdefault(OPENED, {})[strategy_id] = strategy.organisation.name


def restore(strategy_key: str) -> str | None:
    """Once per session: load the strategy the URL names. Returns the step it was left on."""
    if STRATEGY_ID in st.session_state:
        return None
    requested = st.query_params.get(URL_PARAM)
    saved: Saved | None = None
    if is_strategy_id(requested):
        try:
            saved = open_saved(requested)
        except persistence.StrategyFileError as error:
            st.session_state["restore_error"] = error  # shown by the sidebar; a new id keeps it safe
    if saved is None:
        start_new_id()
        return None
    st.session_state[strategy_key] = saved.strategy
    return saved.step


def start_new_id() -> None:
    """A fresh id: the next change is stored as a new strategy; the previous one keeps its link."""
    st.session_state[STRATEGY_ID] = new_strategy_id()
    st.session_state[REVISION] = 0
    st.session_state.pop(SAVED_AT, None)
    st.session_state.pop(CONFLICT, None)


def keep_url() -> None:
    """The id stays in the address bar on every page, so a bookmark or a refresh finds it."""
    strategy_id = st.session_state[STRATEGY_ID]
    if st.query_params.get(URL_PARAM) != strategy_id:
        st.query_params[URL_PARAM] = strategy_id


def save(strategy: Strategy) -> None:
    """Store the strategy now; a save based on an outdated revision is refused, never merged."""
    strategy_id = st.session_state[STRATEGY_ID]
    try:
        revision = default_store().save(
            strategy_id, strategy, st.session_state.get(STEP, "start"), st.session_state[REVISION]
        )
    except StaleRevision as stale:
        st.session_state[CONFLICT] = stale.current
        return
    st.session_state[REVISION] = revision
    st.session_state[SAVED_AT] = datetime.now(UTC)
    st.session_state.pop(CONFLICT, None)
    _remember(strategy_id, strategy)


def record_step(step: str) -> None:
    """Remember which step is open, for the next visit (stored only once the strategy exists)."""
    if st.session_state.get(STEP) == step:
        return
    st.session_state[STEP] = step
    if st.session_state.get(REVISION, 0) > 0:
        default_store().save_step(st.session_state[STRATEGY_ID], step)


def open_saved(strategy_id: str) -> Saved | None:
    """Make a stored strategy this tab's: its id, revision and save time (None if there is none).

    Used to restore from the URL, to reload after a refused save, and to switch to another
    strategy of this browser; the caller shows the strategy returned.
    """
    saved = default_store().load(strategy_id)
    if saved is None:
        return None
    st.session_state[STRATEGY_ID] = strategy_id
    st.session_state[REVISION] = saved.revision
    st.session_state[SAVED_AT] = saved.updated_at
    st.session_state.pop(CONFLICT, None)
    _remember(strategy_id, saved.strategy)
    return saved
