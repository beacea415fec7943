import streamlit as st

st.write("pathway")
