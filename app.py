"""Pathways: the frame. Page config, navigation, the help strip, the content problems panel,
presenter and embedded modes, and a link to share the exact view.

Run with `make run` (or `streamlit run app.py`). Views live in views/, the domain in pathways/.
"""

import streamlit as st

import pathways
import ui
from ui import _

# ?lang=es, the switch, or the browser's language: each person reads the app in their own
language = ui.settle_language()
pages = [
    st.Page("views/home.py", title=_("Home"), url_path="", default=True),
    st.Page("views/pathway.py", title=_("Pathway"), url_path="pathway"),
    st.Page("views/compare.py", title=_("Compare"), url_path="compare"),
    st.Page("views/workshop.py", title=_("Workshop"), url_path="workshop"),
    st.Page("views/priorities.py", title=_("What matters to me"), url_path="priorities"),
    st.Page("views/talk.py", title=_("Talk it through"), url_path="talk"),
    st.Page("views/sources.py", title=_("Sources"), url_path="sources"),
    st.Page("views/glossary.py", title=_("Glossary"), url_path="glossary"),
    st.Page("views/help.py", title=_("Help near you"), url_path="help"),
    st.Page("views/author.py", title=_("Your files"), url_path="author"),
]
# ?present=1: large type for a projector. Embedded (?embed=true, in an iframe): no menu.
presenting = ui.presenting()
embedded = st.context.is_embedded
page = st.navigation(pages, position="hidden" if embedded or presenting else "top")
WIDE_PAGES = {"compare", "sources"}
st.set_page_config(
    page_title=_("Pathways: many roads to recovery"),
    page_icon="🧭",
    layout="wide" if page.url_path in WIDE_PAGES else "centered",
)

# one style sheet: touch targets and readable captions, and large type for a projector
ui.use(ui.TOUCH_CSS + (ui.PRESENTER_CSS if presenting else ""))
ui.unread_plots()  # screen readers read each chart's description, not its tick labels
st.info(pathways.HELP_STRIPS[language], icon=":material/call:")
ui.language_switch()

# Problems in the site's content files; uploaded files report theirs on Your files.
shipped = pathways.current_content(lang=language)
if shipped.problems:
    errors, warnings = len(shipped.errors), len(shipped.warnings)
    headline = (
        _(
            "{problems} in the content files: pathways with problems are not shown until they are fixed."
        ).format(problems=ui.n_("{n} problem", "{n} problems", errors))
        if errors
        else _("{notes} about the content files.").format(
            notes=ui.n_("{n} note", "{n} notes", warnings)
        )
    )
    with st.expander(headline, icon=":material/warning:", expanded=False):
        st.caption(_("Each line gives the file, the line number, the field and what to change."))
        ui.problem_list(shipped.problems)

ui.keep_answers()  # what a person said outlasts a visit to any page
content = pathways.session_content(st.session_state)
if content.untranslated:  # a translation is missing or does not match its original yet
    st.caption(_("Some parts are shown in English: their translation is not ready yet."))
if not content.pathways:
    st.warning(_("No pathways could be loaded. The list of problems above says what to fix."))

share = st.container() if not embedded else None
with pathways.i18n.speaking(language):  # the domain's words (charts, plan) in it too
    page.run()
if share is not None and page.url_path:
    with share.popover(_("Share this view"), icon=":material/link:"):
        params = {key: st.query_params.get_all(key) for key in st.query_params}
        link = pathways.links.share_link(st.context.url or "", params)
        st.code(link, language=None, wrap_lines=True)

pathways.store.warm_up()  # after the page: the first visitor does not wait for it
