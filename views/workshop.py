"""Workshop: scenario cards to discuss and knowledge checks (``/workshop?part=...&card=...``)."""

import streamlit as st

import pathways
import ui
from pathways import link, plain

content = pathways.session_content(st.session_state)

st.title("Workshop")
PARTS = ["Scenarios", "Knowledge check"]
open_part, tab = ui.open_tab(PARTS, "part", in_link=True)

with tab:  # only the open part is drawn
    if open_part == "Scenarios":
        ids = list(content.scenarios)
        if not ids:
            st.info("There are no scenario cards in this content folder.")
            st.stop()
        ui.follow_link("card", "card", ids)  # an unknown card: the first one, without a word
        if not ui.presenting():
            st.selectbox(
                "Scenario card",
                ids,
                format_func=lambda i: content.scenarios[i].title,
                key="card",
            )
        ui.previous_next(ids, "card", count=True)
        card_id = ui.write_link("card", "card")
        card = content.scenarios[card_id]

        st.header(plain(card.title))
        st.caption(f"{plain(card.who)} · {plain(', '.join(card.substances))}")
        st.markdown(plain(card.vignette))
        st.markdown("**To talk about**")
        st.markdown("\n".join(f"{n}. {plain(p)}" for n, p in enumerate(card.prompts, start=1)))
        st.markdown(
            "**Pathways that might fit, why, and where they may not** (never the one right answer)"
        )
        for pathway, why, limits in pathways.viewmodels.scenario_pathways(content, card.id):
            with st.container(border=True):
                ui.pathway_link(pathway)
                st.markdown(plain(why))
                st.markdown(f"**Limits:** {plain(limits)}")
        st.markdown("**What a peer specialist might say first**")
        st.info(plain(card.peer_might_say), icon=":material/forum:")
        with st.expander(f"Sources ({len(card.sources)})"):
            st.markdown("\n".join(f"- {link(s.citation, s.url)}" for s in card.sources))

    else:
        quiz = content.quiz
        if quiz is None:
            st.info("There are no knowledge checks in this content folder.")
            st.stop()
        picked = {c.id: st.session_state.get(f"quiz_{c.id}") for c in quiz.questions}
        right, answered = pathways.viewmodels.quiz_score(content, picked)
        st.markdown(
            f"**Your score: {right} right out of {answered} answered** "
            f"({len(quiz.questions)} questions). It stays on this screen only."
        )

        def start_again():
            for check in quiz.questions:
                st.session_state.pop(f"quiz_{check.id}", None)

        st.button("Start again", icon=":material/restart_alt:", on_click=start_again)
        for number, check in enumerate(quiz.questions, start=1):
            with st.container(border=True):
                myth = " :orange-badge[Common myth]" if check.myth else ""
                st.markdown(f"**{number}. {plain(check.question)}**{myth}")
                choice = st.radio(
                    pathways.label(check.question),
                    range(len(check.choices)),
                    format_func=lambda i, c=check: pathways.label(c.choices[i].text),
                    index=None,
                    key=f"quiz_{check.id}",
                    label_visibility="collapsed",
                )
                if choice is not None:
                    if choice == check.right:
                        st.success(f"Right. {plain(check.explanation)}", icon=":material/check:")
                    else:
                        st.warning(
                            f"Not quite. The answer is: {plain(check.choices[check.right].text)} "
                            f"{plain(check.explanation)}",
                            icon=":material/lightbulb:",
                        )
                    st.caption(" · ".join(link(s.citation, s.url) for s in check.sources))
