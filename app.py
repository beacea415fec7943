"""Pathways: the frame. Page config, navigation, the help strip, the content problems panel,
presenter and embedded modes, and a link to share the exact view.

Run with `make run` (or `streamlit run app.py`). Views live in views/, the domain in pathways/.
"""

import streamlit as st

import pathways
import ui

pages = [
    st.Page("views/home.py", title="Home", url_path="", default=True),
    st.Page("views/pathway.py", title="Pathway", url_path="pathway"),
    st.Page("views/compare.py", title="Compare", url_path="compare"),
    st.Page("views/workshop.py", title="Workshop", url_path="workshop"),
    st.Page("views/priorities.py", title="What matters to me", url_path="priorities"),
    st.Page("views/sources.py", title="Sources", url_path="sources"),
    st.Page("views/glossary.py", title="Glossary", url_path="glossary"),
    st.Page("views/author.py", title="Your files", url_path="author"),
]
# ?present=1: large type for a projector. Embedded (?embed=true, in an iframe): no menu.
presenting = ui.presenting()
embedded = st.context.is_embedded
page = st.navigation(pages, position="hidden" if embedded or presenting else "top")
WIDE_PAGES = {"compare", "sources"}
st.set_page_config(
    page_title="Pathways: many roads to recovery",
    page_icon="🧭",
    layout="wide" if page.url_path in WIDE_PAGES else "centered",
)

# one style sheet: touch targets and readable captions, and large type for a projector
ui.use(ui.TOUCH_CSS + (ui.PRESENTER_CSS if presenting else ""))
ui.unread_plots()  # screen readers read each chart's description, not its tick labels
st.info(pathways.HELP_STRIP, icon=":material/call:")

# Problems in the site's content files; uploaded files report theirs on Your files.
shipped = pathways.current_content()
if shipped.problems:
    errors, warnings = len(shipped.errors), len(shipped.warnings)
    headline = (
        f"{ui.plural(errors, 'problem')} in the content files: "
        "pathways with problems are not shown until they are fixed."
        if errors
        else f"{ui.plural(warnings, 'note')} about the content files."
    )
    with st.expander(headline, icon=":material/warning:", expanded=False):
        st.caption("Each line gives the file, the line number, the field and what to change.")
        ui.problem_list(shipped.problems)

content = pathways.session_content(st.session_state)
if not content.pathways:
    st.warning("No pathways could be loaded. The list of problems above says what to fix.")

share = st.container() if not embedded else None
page.run()
if share is not None and page.url_path:
    with share.popover("Share this view", icon=":material/link:"):
        params = {key: st.query_params.get_all(key) for key in st.query_params}
        link = pathways.links.share_link(st.context.url or "", params)
        st.code(link, language=None, wrap_lines=True)

pathways.store.warm_up()  # after the page: the first visitor does not wait for it
