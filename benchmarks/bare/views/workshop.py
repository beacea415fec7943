import streamlit as st

st.write("workshop")
