"""The baseline: an empty Streamlit page, to compare the wizard's pages against."""

import streamlit as st

st.write("Hello")
