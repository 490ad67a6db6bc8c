"""The strategies this browser has worked on, kept in the browser's own localStorage.

The server never lists strategies: the ids are the keys, and only the browser that used them
remembers them. A small CCv2 component (no visible output) reads and updates that list and
hands it to the app, which offers to reopen any of them.
"""

from __future__ import annotations

import streamlit as st

from strategy.store import is_strategy_id

STORAGE_KEY = "social-media-strategy-wizard.recent"
MAX_REMEMBERED = 20
COMPONENT_KEY = "recent_strategies"
LAST_RECORDED = "recent_recorded"  # what the component last wrote to the browser

_JS = f"""
export default function (component) {{
  const {{ data, setStateValue }} = component
  let list = []
  try {{
    list = JSON.parse(window.localStorage.getItem("{STORAGE_KEY}") || "[]")
  }} catch (error) {{
    list = []
  }}
  if (!Array.isArray(list)) list = []
  list = list.filter(item => item && typeof item.id === "string")
  const current = data.current
  if (current && current.id) {{
    list = list.filter(item => item.id !== current.id)
    list.unshift({{ id: current.id, name: String(current.name || "").slice(0, 200) }})
    list = list.slice(0, {MAX_REMEMBERED})
    try {{ window.localStorage.setItem("{STORAGE_KEY}", JSON.stringify(list)) }} catch (error) {{}}
  }}
  // Tell the app only when it shows the list and its copy is out of date: every message costs
  // a rerun, which would also wipe a notice the user has not read yet.
  if (data.report && JSON.stringify(list) !== JSON.stringify(data.known || [])) {{
    setStateValue("recent", list)
  }}
}}
"""

_COMPONENT = st.components.v2.component("recent_strategies", html="<span></span>", js=_JS)


def remembered(current_id: str, current_name: str, saved: bool, *, report: bool) -> dict[str, str]:
    """Record the open strategy in the browser (once it is saved); with `report`, bring this
    browser's list back to the app. Returns the list as last reported: id -> name.

    The component is drawn only when it has something to do (a strategy or a name the browser
    has not recorded yet, or the list to report): most runs change neither.
    """
    current = {"id": current_id, "name": current_name} if saved else None
    known = (st.session_state.get(COMPONENT_KEY) or {}).get("recent") or []
    if report or st.session_state.get(LAST_RECORDED, "unset") != current:
        st.session_state[LAST_RECORDED] = current
        _COMPONENT(
            key=COMPONENT_KEY,
            data={"current": current, "known": known, "report": report},
            on_recent_change=lambda: None,
            height=0,
        )
    # Whatever the browser sent is checked: only ids this app could have made, names as plain text.
    return {
        item["id"]: str(item.get("name", ""))
        for item in known
        if isinstance(item, dict) and is_strategy_id(item.get("id"))
    }
