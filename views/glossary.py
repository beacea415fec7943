"""Glossary: the words a peer may not know, explained plainly, each with its source."""

import streamlit as st

import pathways
from pathways import link, plain
from ui import _

content = pathways.session_content(st.session_state)

st.title(_("Glossary"))
st.markdown(
    _("Plain explanations of words used in Pathways. Each one links to the source it rests on.")
)
query = st.text_input(_("Find a word"), placeholder=_("e.g. naloxone, sponsor"), max_chars=100)
terms = pathways.glossary.search(content.glossary, query)
if content.glossary is None:
    st.info(_("There is no glossary in this content folder."))
elif not terms:
    st.info(_("No word matches that search. Try a shorter word."))


def entry(term):
    also = (
        ":gray[" + _("Also: {words}").format(words=plain(", ".join(term.also))) + "]"
        if term.also
        else ""
    )
    sources = _("Sources: {sources}").format(
        sources="; ".join(link(s.citation, s.url) for s in term.sources)
    )
    # a heading per word: a screen reader can jump between them, and each has its own link
    return f"## {plain(term.term)}\n{also}\n\n{plain(term.definition)}  \n:gray[{sources}]"


if terms:  # one block of text, A to Z: the page stays fast with many terms
    ordered = sorted(terms, key=lambda t: t.term.casefold()) if not query else terms
    st.markdown("\n\n".join(entry(term) for term in ordered))
