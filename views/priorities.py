"""What matters to me: a values conversation, how each pathway fits, and a take-home plan.

Answers, choices and notes live only in this browser session's widgets (see ui.answers).
"""

import streamlit as st

import pathways
import ui
from ui import _

ui.use(ui.PLAN_PRINT_CSS)  # printing shows the plan alone

content = pathways.session_content(st.session_state)
questions = content.questions.questions if content.questions else ()

st.title(_("What matters to me"))
st.markdown(
    _(
        "Say what matters to you, and see how each pathway lines up with it. There are no right "
        "answers, and no pathway is picked for you. Skip anything you like."
    )
)
ui.clear_button()
if content.conversation is not None:
    ui.page_link(
        "views/talk.py",
        label=_("With a peer specialist? Talk it through, one step at a time"),
        icon=":material/forum:",
    )

STEPS = [_("1. What matters"), _("2. How pathways fit"), _("3. My plan")]
open_step, tab = ui.open_tab(STEPS, "priorities_step")
answers = ui.given(questions)

with tab:  # only the open step is drawn
    if open_step == STEPS[0]:
        ui.values_questions(questions)
        if questions:
            ui.next_tab("priorities_step", STEPS[1], _("Next: how pathways fit"))
    elif open_step == STEPS[1]:
        if ui.side_by_side(content, answers, STEPS[0]):
            ui.next_tab("priorities_step", STEPS[2], _("Next: my plan"))
    else:
        st.markdown(
            _(
                "Pick first steps and supports from any pathway, and add people to contact and "
                "your own notes. No name is needed."
            )
        )
        ui.plan_builder(content, answers, STEPS[1])
