"""Step 4: the people the strategy is for, described as personas."""

import streamlit as st

from strategy.catalogue import catalogue
from strategy.describe import captions
from strategy.model import Level, Persona
from ui import bind
from ui.layout import step_footer, step_header
from ui.state import changed, lang, strategy, tr


def _add_persona() -> None:
    strategy().personas.append(Persona())
    changed()


def _remove_persona(persona_id: str) -> None:
    strategy().personas[:] = [p for p in strategy().personas if p.id != persona_id]
    changed()


step_header("targets")
current = strategy()
names = captions(current, lang())
platforms = catalogue()

for persona in current.personas:
    with st.expander(names[persona.id], expanded=True, icon=":material/person:"):
        left, right = st.columns([3, 1])
        with left:
            bind.text(persona, "name", "targets.name")
        with right:
            bind.choice(persona, "priority", "targets.priority", Level)
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

if not current.personas:
    st.caption(tr("targets.empty"))
st.button(tr("targets.add"), icon=":material/add:", on_click=_add_persona, key="add_persona")

step_footer("targets")
