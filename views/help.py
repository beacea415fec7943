"""Help near you: help lines, naloxone, harm reduction, treatment and meeting finders and peer
support, for the whole country and for the state a person picks. No location is asked for."""

import streamlit as st

import pathways
import ui
from pathways import link, plain
from ui import _, long_date

content = pathways.session_content(st.session_state)
regions = pathways.regions

st.title(_("Help near you"))
st.markdown(
    _(
        "Help lines, naloxone, harm reduction and places to find treatment, meetings and peer "
        "support. Pick a state to see its help first. Pathways never asks where you are, and "
        "your pick is not saved."
    )
)
STATES = {r.id: r.name for r in regions.states(content)}
state = st.selectbox(
    _("State"),
    [None, *STATES],
    format_func=lambda code: STATES[code] if code else _("Anywhere in the United States"),
    key="help_state",
)
if not STATES:
    st.caption(_("No state has its own list yet; the help below works anywhere in the country."))
elif state is None:
    st.caption(_("Only some states have their own list so far."))

sections = regions.help_near(content, state)
if not sections:
    st.info(_("There is no list of help in this content folder."))


def entry(item) -> str:
    """One entry as Markdown: its name, what it is, how to reach it, and when it was checked."""
    ways = [
        link(_(way.what), way.href)
        if not way.shown
        else _(way.what).format(number=link(way.shown, way.href))
        for way in regions.ways(item)
    ]
    if "es" in item.languages:
        ways.append(_("In Spanish too"))
    checked = _("Checked on {date} ({source})").format(
        date=long_date(item.verified_on), source=link(_("source"), item.source)
    )
    if regions.stale(item):
        checked += (
            " · :orange[" + _("more than six months ago: check it before you rely on it") + "]"
        )
    return (
        f"**{plain(item.name)}**  \n{plain(item.what)}  \n"
        + " · ".join(ways)
        + f"  \n:small[{checked}]"
    )


for section in sections:
    st.subheader(_(section.label))
    st.markdown("\n\n".join(entry(item) for item in section.entries))


if content.meetings:  # from a Meeting Guide feed the site's operator added
    st.subheader(_("Meetings"))
    st.caption(
        _(
            "From a meeting list added by the people who run this site. Times and places "
            "change: check with the group or its website before you go."
        )
    )
    TYPES = pathways.vocab.MEETING_TYPES
    picked = st.pills(
        _("Show only"),
        list(TYPES),
        selection_mode="multi",
        format_func=lambda code: _(TYPES[code]),
        key="meeting_types",
    )
    DAYS = {d: pathways.meetings.day_name(d, ui.current()) for d in range(7)}
    day = st.selectbox(
        _("Day"),
        [None, *DAYS],
        format_func=lambda d: DAYS[d] if d is not None else _("Any day"),
        key="meeting_day",
    )
    rows = pathways.meetings.listed(content, tuple(picked), day)
    SHOWN = 60
    if not rows:
        st.info(_("No meeting in the list fits what is picked."))
    lines = []
    for number, meeting in rows[:SHOWN]:
        when = " ".join(
            part
            for part in (
                DAYS.get(number, ""),
                pathways.meetings.time_text(meeting.time, ui.current()),
            )
            if part
        )
        how = [plain(meeting.where)] if meeting.where else []
        if meeting.join_url:
            how.append(link(_("join online"), meeting.join_url))
        if meeting.conference_phone:
            how.append(_("by phone: {number}").format(number=plain(meeting.conference_phone)))
        kinds = ", ".join(_(label) for label in meeting.labels)
        lines.append(
            f"**{plain(meeting.name)}**" + (f" · {when}" if when else "") + "  \n"
            + " · ".join(how) + (f"  \n:small[{kinds}]" if kinds else "")
        )  # fmt: skip
    st.markdown("\n\n".join(lines))
    if len(rows) > SHOWN:
        st.caption(
            _(
                "Showing {shown} of {count} meetings: pick a day or a type to see the others."
            ).format(shown=SHOWN, count=len(rows))
        )
