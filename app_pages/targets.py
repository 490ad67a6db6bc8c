"""Step 4: the people the strategy is for, described as personas, one at a time."""

import streamlit as st

from strategy.catalogue import catalogue
from strategy.describe import captions
from strategy.model import Level, Persona
from ui import bind
from ui.layout import step_footer, step_header
from ui.state import changed, generation, lang, strategy, tr

OPEN_PERSONA = "open_persona"  # the persona being edited, by id, kept across pages


def _add_persona() -> None:
    persona = Persona()
    strategy().personas.append(persona)
    st.session_state[OPEN_PERSONA] = persona.id
    changed()


def _remove_persona(persona_id: str) -> None:
    strategy().personas[:] = [p for p in strategy().personas if p.id != persona_id]
    changed()


def _pick_persona(key: str) -> None:
    st.session_state[OPEN_PERSONA] = st.session_state[key]


def persona_form(persona: Persona) -> None:
    with st.container(border=True, key="persona_form"):
        with st.container(horizontal=True):
            bind.text(persona, "name", "targets.name")
            bind.choice(persona, "priority", "targets.priority", Level, width=200)
        left, right = st.columns(2)
        with left:
            bind.text(persona, "socio_demographic", "targets.socio_demographic", area=True)
            bind.text(persona, "technological", "targets.technological", area=True)
            bind.text(persona, "expectations", "targets.expectations", area=True)
        with right:
            bind.text(persona, "geographic", "targets.geographic", area=True)
            bind.text(persona, "contexts_of_use", "targets.contexts_of_use", area=True)
            bind.text(persona, "value_offered", "targets.value_offered", area=True)
        bind.many(
            persona,
            "platforms",
            "targets.platforms",
            list(platforms.channels),
            platforms.name,
        )
        bind.text(persona, "influencers_followed", "targets.influencers_followed")
        st.button(
            tr("targets.remove"),
            icon=":material/delete:",
            key=f"remove_persona:{persona.id}",
            on_click=_remove_persona,
            args=(persona.id,),
        )


step_header("targets")
current = strategy()
platforms = catalogue()

if current.personas:
    # One persona at a time: a form of ten fields each is readable on a projector, and quick.
    ids = [persona.id for persona in current.personas]
    opened = st.session_state.get(OPEN_PERSONA)
    names = captions(current, lang())
    picker = f"g{generation()}:persona_pick:{len(ids)}"  # a new list of personas, a new picker
    chosen = st.selectbox(
        tr("targets.pick"),
        ids,
        index=ids.index(opened) if opened in ids else 0,
        format_func=lambda pid: names[pid],  # shown as plain text, never Markdown
        key=picker,
        on_change=_pick_persona,
        args=(picker,),
    )
    persona_form(next(persona for persona in current.personas if persona.id == chosen))
else:
    st.caption(tr("targets.empty"))
st.button(tr("targets.add"), icon=":material/add:", on_click=_add_persona, key="add_persona")

step_footer("targets")
