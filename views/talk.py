"""Talk it through: a guided conversation for a peer specialist and a person, one step at a
time, as written in content/<lang>/conversation.yaml, ending with a worksheet to take home.

Every answer lives only in this browser session's widgets (see ui.answers): nothing is put in
the address bar, cached, logged or written anywhere. It shares the answers, the pathway looked
at closer and the plan with What matters to me.
"""

import streamlit as st

import pathways
import ui
from pathways import label, link, plain
from pathways.vocab import STRENGTH_ANSWERS, SURE_ANSWERS
from ui import _, talk_key

STEP = ui.TALK_STEP  # the open step's index; Clear my answers empties it, back to the start
ui.use(ui.PLAN_PRINT_CSS)  # printing shows the worksheet alone

content = pathways.session_content(st.session_state)
talk = content.conversation
questions = content.questions.questions if content.questions else ()

st.title(plain(talk.title) if talk is not None else _("Talk it through"))
if talk is None:
    st.info(_("There is no guided conversation in this content folder."))
    st.stop()
steps = talk.steps
at = min(max(st.session_state.get(STEP) or 0, 0), len(steps) - 1)
st.session_state[STEP] = at
step = steps[at]
intro = st.container()  # always drawn: every step's elements keep their places on the page
if at == 0:
    intro.markdown(plain(talk.intro))
titled = {s.kind: f"{n}. {plain(s.title)}" for n, s in reversed(list(enumerate(steps, 1)))}
st.progress(
    (at + 1) / len(steps),
    text=_("Step {number} of {count}: {title}").format(
        number=at + 1, count=len(steps), title=plain(step.title)
    ),
)
ui.show_from_top(at)

if step.peer is not None:  # the peer specialist's prompts, out of the way until wanted
    with st.expander(_("For the peer specialist"), icon=":material/support_agent:"):
        if step.peer.ask:
            st.markdown("**" + _("You could ask") + "**")
            st.markdown("\n".join(f"- {plain(line)}" for line in step.peer.ask))
        if step.peer.avoid:
            st.markdown("**" + _("What not to do") + "**")
            st.markdown("\n".join(f"- {plain(line)}" for line in step.peer.avoid))
        st.caption(
            _(
                "A peer specialist shares information, their own experience and where to find "
                "help. The choice is the person's."
            )
        )

st.markdown(plain(step.say))
answers = ui.given(questions)
first_sure, _last_sure = pathways.conversation.before_and_after(talk)

if step.kind == "decide":
    st.pills(
        plain(step.title),
        list(range(len(step.options))),
        format_func=lambda i: label(step.options[i]),
        key=talk_key("decide", step.id),
        label_visibility="collapsed",
    )
    words = _("In your own words (optional)")
    st.text_input(words, max_chars=300, key=talk_key("words", step.id))

elif step.kind == "sure" and talk.sure is not None:
    earlier = first_sure if step is not first_sure else None
    for question in talk.sure.questions:
        with st.container(border=True):
            st.markdown(f"**{plain(question.ask)}**")
            st.pills(
                label(question.ask),
                list(SURE_ANSWERS),
                format_func=lambda a: _(SURE_ANSWERS[a]),
                key=talk_key("sure", step.id, question.id),
                label_visibility="collapsed",
            )
            if earlier is not None:
                before = st.session_state.get(talk_key("sure", earlier.id, question.id))
                st.caption(
                    _("Before: {answer}").format(
                        answer=_(SURE_ANSWERS[before]) if before in SURE_ANSWERS else _("Skipped")
                    )
                )
    st.caption(plain(talk.sure.note))
    st.caption(_("SURE test: {citation}").format(citation=plain(talk.sure.source.citation)))

elif step.kind == "matters":
    ui.values_questions(questions)

elif step.kind == "fit":
    ui.side_by_side(content, answers, titled.get("matters", _("What matters to me")))

elif step.kind == "strengths" and talk.strengths is not None:
    checklist = talk.strengths
    st.caption(plain(checklist.about))
    for domain in checklist.domains:
        st.subheader(plain(domain.name))
        for item in checklist.items:
            if item.domain == domain.id:
                with st.container(border=True):
                    st.markdown(plain(item.text))
                    st.pills(
                        label(item.text),
                        list(STRENGTH_ANSWERS),
                        format_func=lambda a: _(STRENGTH_ANSWERS[a]),
                        key=talk_key("strength", item.id),
                        label_visibility="collapsed",
                    )
    picked = {i.id: st.session_state.get(talk_key("strength", i.id)) for i in checklist.items}
    by_domain = pathways.conversation.strengths(talk, picked)
    if by_domain:  # strengths by domain, never added up
        with st.container(border=True, key="strengths_shown"):
            st.markdown("**" + _("What you said, by domain") + "**")
            for domain in by_domain:
                st.markdown(
                    f"**{plain(domain.name)}**  \n"
                    + "  \n".join(
                        f"{_(STRENGTH_ANSWERS[answer])}: {plain(text)}"
                        for text, answer in domain.answered
                    )
                )
    with st.expander(_("Where these ideas come from")):
        st.markdown("\n".join(f"- {plain(s.citation)} {link(_('source'), s.url)}"
                               for s in talk.sources))  # fmt: skip

elif step.kind == "plan":
    fit_step = titled.get("fit", _("Pathways side by side"))
    ui.plan_builder(content, answers, fit_step, ui.worksheet(talk))

ui.step_buttons(len(steps), STEP)
st.divider()
ui.clear_button()
