"""The shared sidebar: language, projector mode, save and load."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from strategy import persistence
from strategy.i18n import LANGUAGES
from ui import autosave
from ui.recent import remembered
from ui.state import LANG, PROJECTOR, changed, notify, replace_strategy, set_lang, show_strategy, strategy, tr

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}
UPLOAD_REVISION = "upload_revision"


def _switch_language() -> None:
    set_lang(st.session_state["language_switch"])


def _switch_projector() -> None:
    st.session_state[PROJECTOR] = bool(st.session_state["projector_switch"])


def language_and_projector() -> None:
    st.segmented_control(
        tr("sidebar.language"),
        list(LANGUAGES),
        default=st.session_state[LANG],
        format_func=LANGUAGE_NAMES.get,
        key="language_switch",
        on_change=_switch_language,
        required=True,
    )
    st.toggle(
        tr("sidebar.projector"),
        value=st.session_state[PROJECTOR],
        key="projector_switch",
        help=tr("sidebar.projector_help"),
        on_change=_switch_projector,
    )


def load_uploaded(data: bytes) -> None:
    """Replace the strategy with the uploaded one, or say why not and keep the current one."""
    try:
        loaded = persistence.loads(data)
    except persistence.StrategyFileError as error:
        notify("error", tr(f"load.error.{error.code}", **error.params))
        return
    replace_strategy(loaded)
    notify(
        "success",
        tr("load.done", name=loaded.organisation.name or tr("common.unnamed")),
    )


def _on_upload(key: str) -> None:
    uploaded = st.session_state.get(key)
    st.session_state[UPLOAD_REVISION] = st.session_state.get(UPLOAD_REVISION, 0) + 1
    if uploaded is None:
        return
    if uploaded.size > persistence.MAX_FILE_BYTES:  # refused before it is read whole
        notify(
            "error",
            tr(
                "load.error.too_large",
                size_kb=uploaded.size // 1024,
                max_kb=persistence.MAX_FILE_BYTES // 1024,
            ),
        )
        return
    load_uploaded(uploaded.getvalue())


def save_button(*, key: str | None = None, width: str = "content") -> None:
    """Download the strategy as its JSON file (built only when clicked)."""
    current = strategy()
    st.download_button(
        tr("sidebar.save"),
        data=lambda: persistence.dumps(current),
        file_name=persistence.file_name(current),
        mime=persistence.FILE_MIME,
        icon=":material/download:",
        on_click="ignore",
        width=width,
        help=tr("sidebar.save_help"),
        key=key,
    )


def save_and_load() -> None:
    save_button(width="stretch")
    key = f"upload:{st.session_state.get(UPLOAD_REVISION, 0)}"
    st.file_uploader(
        tr("sidebar.load"),
        type=["json"],
        key=key,
        help=tr("sidebar.load_help"),
        on_change=_on_upload,
        args=(key,),
        max_upload_size=max(1, persistence.MAX_FILE_BYTES // (1024 * 1024)),
    )


def _reload_latest() -> None:
    """After a refused save, the other tab's work wins, visibly."""
    latest = autosave.open_saved(st.session_state[autosave.STRATEGY_ID])
    if latest is not None:
        show_strategy(latest.strategy)
        notify("success", tr("autosave.reloaded"))


def _keep_mine_as_new() -> None:
    autosave.start_new_id()
    changed()
    notify("success", tr("autosave.kept_as_new"))


def _open_other(key: str) -> None:
    saved = autosave.open_saved(st.session_state[key])
    if saved is not None:
        show_strategy(saved.strategy)
        notify("success", tr("load.done", name=saved.strategy.organisation.name or tr("common.unnamed")))


def _saved_time(saved_at: datetime) -> str:
    """The time of the last save in the browser's time zone (UTC when it is unknown)."""
    try:
        zone = ZoneInfo(st.context.timezone) if st.context.timezone else UTC
    except (ZoneInfoNotFoundError, ValueError):
        zone = UTC
    return saved_at.astimezone(zone).strftime("%H:%M:%S")


def autosave_status() -> None:
    """When the work was last saved, its private link, and what to do if another tab saved first."""
    error = st.session_state.pop("restore_error", None)
    if error is not None:
        st.error(tr("autosave.restore_failed", reason=tr(f"load.error.{error.code}", **error.params)))
    if st.session_state.get(autosave.CONFLICT) is not None:
        st.error(tr("autosave.conflict"), icon=":material/sync_problem:")
        st.button(
            tr("autosave.reload"),
            on_click=_reload_latest,
            key="reload_latest",
            type="primary",
            width="stretch",
        )
        st.button(tr("autosave.keep_mine"), on_click=_keep_mine_as_new, key="keep_mine", width="stretch")
        return
    saved_at = st.session_state.get(autosave.SAVED_AT)
    current_id = st.session_state[autosave.STRATEGY_ID]
    if saved_at is None:
        st.caption(tr("autosave.not_yet"))
    else:
        st.caption(tr("autosave.saved_at", time=_saved_time(saved_at)))
    panel = st.expander(tr("autosave.link"), icon=":material/link:", key="link_panel", on_change="rerun")
    in_this_browser = remembered(
        current_id, strategy().organisation.name, saved_at is not None, report=bool(panel.open)
    )
    if not panel.open:  # drawn only when opened: it holds the link and the other strategies
        return
    with panel:
        st.caption(tr("autosave.link_help"))
        base = (st.context.url or "").split("?")[0]
        st.code(
            f"{base}?{autosave.URL_PARAM}={current_id}",
            language=None,
            wrap_lines=True,
        )
        opened = {**st.session_state.get(autosave.OPENED, {}), **in_this_browser}
        others = [sid for sid in opened if sid != current_id]
        if others:
            st.selectbox(
                tr("autosave.others"),
                others,
                format_func=lambda sid: opened[sid] or tr("common.unnamed"),
                key="other_strategy",
            )
            st.button(
                tr("autosave.open_other"), on_click=_open_other, args=("other_strategy",), key="open_other"
            )
