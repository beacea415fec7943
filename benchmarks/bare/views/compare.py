import plotly.graph_objects as go
import streamlit as st

st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2])), theme=None)
st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[2, 1, 3])), theme=None)
