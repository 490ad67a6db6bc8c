"""Social media strategy wizard: the entrypoint.

Sets up the session once, builds the navigation over the steps (each marked with how
complete it is), draws the shared sidebar, then runs the current step's page.
"""

import streamlit as st

from strategy.steps import STEP_BY_KEY
from ui.layout import apply_styles
from ui.menu import step_pages
from ui.sidebar import autosave_status, language_and_projector, save_and_load
from ui.state import PROJECTOR, init_session, strategy, tr

resume_step = init_session()
projector = st.session_state[PROJECTOR]
st.set_page_config(
    page_title=tr("app.title"),
    page_icon=":material/campaign:",
    layout="wide",  # the steps are table-heavy; projector mode enlarges text on top of this
    initial_sidebar_state="collapsed" if projector else "auto",
)

page = st.navigation(step_pages(strategy()), position="top" if projector else "sidebar")
if resume_step and resume_step in STEP_BY_KEY and page.url_path == "":
    # The strategy's link reopens where the user left it, unless the URL named a step itself.
    st.switch_page(STEP_BY_KEY[resume_step].page_file)

with st.sidebar:
    language_and_projector()
    autosave_status()
    save_and_load()

apply_styles()
page.run()
