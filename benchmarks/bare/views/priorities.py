import streamlit as st

st.write("priorities")
