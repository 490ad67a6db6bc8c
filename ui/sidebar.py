"""The shared sidebar: language, projector mode, save and load."""

from __future__ import annotations

import streamlit as st

from strategy import persistence
from strategy.i18n import LANGUAGES
from ui.state import LANG, PROJECTOR, notify, replace_strategy, set_lang, strategy, tr

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


def save_and_load() -> None:
    st.subheader(tr("sidebar.file"), anchor=False)
    current = strategy()
    st.download_button(
        tr("sidebar.save"),
        data=lambda: persistence.dumps(current),
        file_name=persistence.file_name(current),
        mime=persistence.FILE_MIME,
        icon=":material/download:",
        on_click="ignore",
        width="stretch",
        help=tr("sidebar.save_help"),
    )
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
