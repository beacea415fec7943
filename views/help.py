"""Help near you: help lines, naloxone, harm reduction, treatment and meeting finders and peer
support, for the whole country and for the state a person picks. No location is asked for."""

import streamlit as st

import pathways
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
