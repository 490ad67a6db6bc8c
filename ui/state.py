"""Session plumbing: the strategy in progress, the language, and widget key generations.

The strategy object in session state is the single source of truth. Widgets are drawn
from it and write back to it; their own keys carry a generation number so that replacing
the strategy (load, example, new) redraws every widget from the new model.
"""

from __future__ import annotations

from contextvars import ContextVar

import streamlit as st

from strategy.i18n import LANGUAGES, language_from_locale, t
from strategy.links import prune_dangling_links
from strategy.model import Strategy
from ui import autosave

STRATEGY = "strategy"
LANG = "lang"
GENERATION = "generation"
PROJECTOR = "projector"
NOTICE = "notice"


def init_session() -> str | None:
    """Once per session: the strategy the URL names (or an empty one) and the browser's language.

    Returns the step to reopen when the strategy was restored from the store.
    """
    resume_step = autosave.restore(STRATEGY)
    if STRATEGY not in st.session_state:
        st.session_state[STRATEGY] = Strategy()
    st.session_state.setdefault(GENERATION, 0)
    if LANG not in st.session_state:
        st.session_state[LANG] = language_from_locale(st.context.locale)
    st.session_state.setdefault(PROJECTOR, False)
    fix_run_language()
    autosave.keep_url()
    return resume_step


def strategy() -> Strategy:
    return st.session_state[STRATEGY]


# The language of the run in progress, read from session state once per run (init_session sets
# it): a page asks for it a hundred times, and each session-state read takes a lock.
_run_language: ContextVar[str | None] = ContextVar("run_language", default=None)


def lang() -> str:
    return _run_language.get() or st.session_state[LANG]


def fix_run_language() -> None:
    """Called at the top of every run, after the callbacks that may switch the language."""
    _run_language.set(st.session_state[LANG])


def set_lang(value: str) -> None:
    if value in LANGUAGES:
        st.session_state[LANG] = value
        _run_language.set(None)


def tr(key: str, **params: object) -> str:
    """The text for `key` in the session's language."""
    return t(key, lang(), **params)


def generation() -> int:
    return st.session_state[GENERATION]


def show_strategy(new: Strategy) -> None:
    """Display another strategy; every bound widget is redrawn from it."""
    st.session_state[STRATEGY] = new
    st.session_state[GENERATION] += 1


def replace_strategy(new: Strategy) -> None:
    """Start working on another strategy (new, example, file) under a new id, and store it.

    The strategy it replaces stays stored under its own link: nothing is overwritten.
    """
    autosave.start_new_id()
    show_strategy(new)
    changed()


def changed() -> None:
    """Call after any edit of the model: keeps the links between steps whole, and saves."""
    prune_dangling_links(strategy())
    autosave.save(strategy())


def notify(kind: str, message: str) -> None:
    """A message to show once at the top of the next run (success, error, warning)."""
    st.session_state[NOTICE] = (kind, message)


def pop_notice() -> tuple[str, str] | None:
    return st.session_state.pop(NOTICE, None)
