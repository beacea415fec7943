"""What a person answers in What matters to me and in Talk it through, and the parts both
pages draw: the values questions, pathways side by side, and the plan builder.

Answers, choices and notes live only in this browser session's widgets: they are not put in
the address bar, not cached, not logged and not written anywhere. Both pages share them, so
a person can move between the two without answering again.
"""

from __future__ import annotations

import streamlit as st

import pathways
from pathways import FIT, label, plain

from .charts import chart
from .downloads import DOWNLOADS, deleted_soon, forget_downloads
from .language import _, long_date

SKIP = -1
PRIVATE = ("answer_", "plan_", "talk_")
"""The start of every widget key that holds something a person said or chose."""
CLOSER = "fit_pathway"
"""The pathway looked at closer beside the others; the plan opens with it."""
TALK_STEP = "talk_step"
"""The open step of Talk it through (its index); Clear my answers empties it."""


def talk_key(kind: str, *ids: str) -> str:
    """The widget key of one answer in Talk it through: ``talk_sure__sure-before__risk``.
    Content ids hold no ``_``, so no two answers (nor ``TALK_STEP``) can share a key."""
    return "__".join((f"talk_{kind}", *ids))


def worksheet(talk):
    """What this session said in Talk it through, as the worksheet the plan prints."""
    deciding = [
        label(step.options[choice])
        for step in talk.steps
        if step.kind == "decide"
        and isinstance(choice := st.session_state.get(talk_key("decide", step.id)), int)
        and 0 <= choice < len(step.options)
    ]
    deciding += [
        st.session_state.get(talk_key("words", step.id)) or ""
        for step in talk.steps
        if step.kind == "decide"
    ]
    questions = talk.sure.questions if talk.sure is not None else ()
    sure = {
        step.id: {q.id: st.session_state.get(talk_key("sure", step.id, q.id)) for q in questions}
        for step in talk.steps
        if step.kind == "sure"
    }
    items = talk.strengths.items if talk.strengths is not None else ()
    picked = {i.id: st.session_state.get(talk_key("strength", i.id)) for i in items}
    return pathways.conversation.worksheet(talk, deciding, sure, picked)


def clear_answers() -> None:
    """Forget every answer, choice and note of this session, and any plan downloaded."""
    forget_downloads()
    # Each widget is set to empty, not deleted: a deleted value would still show in the
    # browser, which keeps what a widget last showed until the app sets a new value.
    for key in list(st.session_state):
        if str(key).startswith(PRIVATE) and key != DOWNLOADS:
            st.session_state[key] = pathways.plan.empty(st.session_state[key])
    st.session_state.pop(CLOSER, None)


def keep_answers() -> None:
    """Keep this session's answers while their widgets are not drawn. The frame calls it
    before every page, so answers outlast a visit to any other page.

    Streamlit forgets a widget's value when a run does not draw it (another step or page is
    open): writing each private value back keeps it for this session, and only this session.
    """
    for key in list(st.session_state):
        if str(key).startswith(PRIVATE) or key == CLOSER:
            st.session_state[key] = st.session_state[key]
    forget_downloads()  # it has been fetched: the browser asks for it as soon as it is made


def clear_button() -> None:
    """The privacy line, and the button that forgets every answer once confirmed."""
    clear = _("Clear my answers")
    st.caption(
        _(
            "Your answers stay on this screen only. They are not saved or sent anywhere, and they "
            "are gone when you close the page or press **{clear}**."
        ).format(clear=clear)
    )
    # A second tap to confirm: one slip must not wipe a whole conversation.
    with st.popover(clear, icon=":material/delete:"):
        st.markdown(_("Clear every answer, choice and note, here and on the other pages?"))
        st.button(_("Yes, clear them"), on_click=clear_answers, type="primary", key="clear_answers")


def given(questions) -> dict[str, int | None]:
    """Each values question's answer (None: not answered, or skipped)."""
    answers = {q.id: st.session_state.get(f"answer_{q.id}") for q in questions}
    return {k: (None if v in (None, SKIP) else v) for k, v in answers.items()}


def values_questions(questions) -> None:
    """The values questions, each with its answers, a skip, and why it is asked."""
    if not questions:
        st.info(_("There are no questions in this content folder."))
    for question in questions:
        with st.container(border=True):
            st.markdown(f"**{plain(question.ask)}**")
            st.pills(
                label(question.ask),
                [*range(len(question.choices)), SKIP],
                format_func=lambda i, q=question: (
                    _("I'm not sure / skip") if i == SKIP else label(q.choices[i].label)
                ),
                key=f"answer_{question.id}",
                label_visibility="collapsed",
            )
            st.caption(plain(question.why))


def side_by_side(content, answers, answer_step: str) -> bool:
    """Every pathway against every answer, one looked at closer, and pairs that combine;
    whether there was an answer to hold them against."""
    result = pathways.viewmodels.priorities(content, answers)
    if result.matrix is None:
        st.info(
            _("Answer at least one question in **{step}** to see how pathways fit.").format(
                step=answer_step
            )
        )
        return False
    st.caption(
        _(
            "How this works: each answer is held against each pathway's rating on one "
            "dimension (see Sources). Within 1 point, it lines up; 2 points away, partly; "
            "3 or more, it pulls against. The rule is the same for everyone. There is no "
            "score and no ranking, and pathways are always shown in the same order."
        )
    )
    chart(result.matrix)
    ids = [f.pathway.id for f in result.pathways]
    closer = st.selectbox(
        _("Look closer at one pathway"),
        ids,
        index=None,  # none is picked for the person
        placeholder=_("Choose a pathway"),
        format_func=lambda i: content.pathways[i].name,
        key=CLOSER,
    )
    looked = next((f for f in result.pathways if f.pathway.id == closer), None)
    if looked is not None:
        bars = result.bars(looked.pathway.id)
        if bars is not None:
            chart(bars)
        for fit_id, fit_label in FIT.items():
            lines = looked.with_fit(fit_id)
            if lines:
                st.markdown(f"**{_(fit_label)}**")
                st.markdown(
                    "\n".join(f"- {plain(line.sentence(looked.pathway))}" for line in lines)
                )
    st.header(_("Pathways can be combined"))
    if result.combinations:
        st.markdown(
            _(
                "These pairs are often combined. Between them, each of your answers "
                "lines up with at least one, and neither pulls against it."
            )
        )
        for combo in result.combinations:
            with st.container(border=True):
                st.markdown(
                    f"**{plain(combo.first.pathway.name)} + "
                    f"{plain(combo.second.pathway.name)}**  \n{plain(combo.note)}"
                )
    else:
        st.markdown(
            _(
                "No pair that is often combined lines up with every answer. Many people "
                "still combine pathways; the notes on each pathway's page say how."
            )
        )
    return True


def plan_builder(content, answers, fit_step: str, worksheet=None) -> None:
    """First steps and supports from any pathway (the one looked at closer open first),
    contacts, notes and help near the person; the plan as it stands, and its downloads.
    With a ``worksheet`` from the guided conversation, the plan prints it too."""
    steps = pathways.plan.choices(content, "first_steps")
    supports = pathways.plan.choices(content, "supports")
    result = pathways.viewmodels.priorities(content, answers)
    closer = st.session_state.get(CLOSER) if result.matrix is not None else None
    if closer in content.pathways:
        st.markdown(
            _(
                "You looked closer at **{pathway}** in **{step}**, so it is open first. "
                "Every other pathway follows, in the usual order."
            ).format(pathway=plain(content.pathways[closer].name), step=fit_step)
        )
    else:
        st.caption(
            _("Look closer at a pathway in **{step}**, and it opens first here.").format(
                step=fit_step
            )
        )
    for pathway_id in pathways.viewmodels.first(list(content.pathways), closer):
        pathway = content.pathways[pathway_id]
        with st.expander(plain(pathway.name), expanded=pathway_id == closer):
            st.markdown("**" + _("First steps") + "**")
            when = ""
            for choice in steps[pathway_id]:
                if choice.when != when:
                    when = choice.when
                    st.caption(_(when))
                st.checkbox(label(choice.label), key=f"plan_step_{choice.key}")
            st.markdown("**" + _("Supports") + "**")
            for choice in supports[pathway_id]:
                st.checkbox(label(choice.label), key=f"plan_support_{choice.key}")
    contacts = st.text_area(
        _("People and places I can contact"),
        placeholder=_("For example: my sister, 555-0100; the clinic front desk"),
        max_chars=1000,
        key="plan_contacts",
    )
    notes = st.text_area(_("My notes"), max_chars=2000, key="plan_notes")
    states = {r.id: r.name for r in pathways.regions.states(content)}
    if states:  # help near the person, from a list: no location is asked for
        st.selectbox(
            _("Add help near me (optional)"),
            ["", *states],
            format_func=lambda code: states[code] if code else _("No state"),
            key="plan_state",
        )
    chosen_steps = [c.key for v in steps.values() for c in v
                    if st.session_state.get(f"plan_step_{c.key}")]  # fmt: skip
    chosen_supports = [c.key for v in supports.values() for c in v
                       if st.session_state.get(f"plan_support_{c.key}")]  # fmt: skip
    plan = pathways.plan.build(
        content, answers, chosen_steps, chosen_supports, contacts, notes,
        state=st.session_state.get("plan_state") or None, worksheet=worksheet,
    )  # fmt: skip
    with st.container(border=True, key="plan_sheet"):
        st.markdown(f"### {_(pathways.plan.title(plan))}")
        st.caption(_("Made on {date}").format(date=long_date(plan.made_on)))
        for heading, items in pathways.plan.sections(plan):
            st.markdown(f"**{_(heading)}**")
            st.markdown("\n".join(f"- {plain(item)}" for item in items if item.strip()))
    sheet = worksheet is not None
    downloads = (
        (_("Download my worksheet (PDF)") if sheet else _("Download my plan (PDF)"),
         pathways.plan.pdf, "pdf", "application/pdf", "download"),
        (_("Download as text"), pathways.plan.text, "txt", "text/plain", "description"),
    )  # fmt: skip
    name = "my-worksheet" if sheet else "my-recovery-plan"
    for column, (text, render, ext, mime, icon) in zip(st.columns(2), downloads, strict=True):
        column.download_button(
            text,
            data=deleted_soon(lambda r=render: r(plan), mime, f"{name}.{ext}"),
            file_name=f"{name}.{ext}",
            mime=mime,
            icon=f":material/{icon}:",
            on_click="ignore",
            key=f"download_{ext}",
        )
    st.caption(_("To print, use your browser's Print. Only the plan is printed."))
