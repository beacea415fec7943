"""Workshop: scenario cards to discuss and knowledge checks (``/workshop?part=...&card=...``)."""

import streamlit as st

import pathways
import ui
from pathways import link, plain
from ui import _, n_

content = pathways.session_content(st.session_state)

st.title(_("Workshop"))
PARTS = [_("Scenarios"), _("Knowledge check")]
open_part, tab = ui.open_tab(PARTS, "part", in_link=True)

with tab:  # only the open part is drawn
    if open_part == PARTS[0]:
        ids = list(content.scenarios)
        if not ids:
            st.info(_("There are no scenario cards in this content folder."))
            st.stop()
        ui.follow_link("card", "card", ids)  # an unknown card: the first one, without a word
        if not ui.presenting():
            st.selectbox(
                _("Scenario card"),
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
        st.markdown("**" + _("To talk about") + "**")
        st.markdown("\n".join(f"{n}. {plain(p)}" for n, p in enumerate(card.prompts, start=1)))
        st.markdown(
            _(
                "**Pathways that might fit, why, and where they may not** (never the one right "
                "answer)"
            )
        )
        for pathway, why, limits in pathways.viewmodels.scenario_pathways(content, card.id):
            with st.container(border=True):
                ui.pathway_link(pathway)
                st.markdown(plain(why))
                st.markdown("**" + _("Limits:") + "** " + plain(limits))
        st.markdown("**" + _("What a peer specialist might say first") + "**")
        st.info(plain(card.peer_might_say), icon=":material/forum:")
        with st.expander(_("Sources ({count})").format(count=len(card.sources))):
            st.markdown("\n".join(f"- {link(s.citation, s.url)}" for s in card.sources))

    else:
        quiz = content.quiz
        if quiz is None:
            st.info(_("There are no knowledge checks in this content folder."))
            st.stop()
        picked = {c.id: st.session_state.get(f"quiz_{c.id}") for c in quiz.questions}
        right, answered = pathways.viewmodels.quiz_score(content, picked)
        st.markdown(
            _(
                "**Your score: {right} right out of {answered} answered** ({questions}). It "
                "stays on this screen only."
            ).format(
                right=right,
                answered=answered,
                questions=n_("{n} question", "{n} questions", len(quiz.questions)),
            )
        )

        def start_again():
            for check in quiz.questions:
                st.session_state.pop(f"quiz_{check.id}", None)

        st.button(_("Start again"), icon=":material/restart_alt:", on_click=start_again)
        for number, check in enumerate(quiz.questions, start=1):
            with st.container(border=True):
                myth = " :orange-badge[" + _("Common myth") + "]" if check.myth else ""
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
                        st.success(
                            _("Right. {explanation}").format(explanation=plain(check.explanation)),
                            icon=":material/check:",
                        )
                    else:
                        st.warning(
                            _("Not quite. The answer is: {answer} {explanation}").format(
                                answer=plain(check.choices[check.right].text),
                                explanation=plain(check.explanation),
                            ),
                            icon=":material/lightbulb:",
                        )
                    st.caption(" · ".join(link(s.citation, s.url) for s in check.sources))
