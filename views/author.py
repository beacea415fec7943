"""Try your own files: upload YAML, see what to fix, and use valid files in this tab only.

Uploads are checked with the same loader and rules as the shipped content. They live in
this browser session's state: nothing is written to disk, no other session can see them,
and they are gone when the tab closes.
"""

import streamlit as st

import pathways
import ui
from pathways import plain
from ui import _, n_

uploads = pathways.session.uploads_in(st.session_state)
ROUND = "author_round"  # a new uploader after each upload, so it stays an empty drop zone
st.session_state.setdefault(ROUND, 0)
uploader = f"author_files_{st.session_state[ROUND]}"


def take_files():
    """Check the files just dropped and keep them for this session."""
    files = st.session_state.get(uploader) or []
    found = pathways.session.uploads_in(st.session_state).add(
        *((f.name, f.getvalue()) for f in files), written_in=ui.current()
    )  # text is checked with the reader's language's words and reading scale
    pathways.session.keep(st.session_state, found)
    st.session_state[ROUND] += 1


def remove(name=None):
    """Forget one uploaded file, or all of them."""
    mine = pathways.session.uploads_in(st.session_state)
    pathways.session.keep(st.session_state, mine.remove(name) if name is not None else mine.clear())


st.title(_("Try your own files"))
st.markdown(
    _(
        "Upload a pathway, scenario card, questions file, region pack or guided conversation to check it and see it in the app. "
        "Files you upload are shown to **you only, in this tab**. They are not saved anywhere, "
        "and they are gone when you close or reload the page."
    )
)
# No type= here: Streamlit would refuse another ending with an error box before any code of
# ours runs; the loader names such a file and says what to do instead.
st.file_uploader(
    _("Your YAML files (.yaml or .yml)"),
    accept_multiple_files=True,
    key=uploader,
    on_change=take_files,
    help=_(
        "Up to {count} files at a time, 1 MB each. Uploading a file with the same name again "
        "replaces it."
    ).format(count=pathways.uploads.MAX_UPLOADS),
)
if st.context.is_embedded:
    # Inside a course page on another site, a browser may keep back the cookie that uploads
    # need (unless the site is set up for it, as deploy/nginx/site.conf is): say what to do.
    st.info(
        _(
            "Inside a course page, some browsers do not let files be uploaded. If an upload "
            "fails, open this page in its own tab."
        ),
        icon=":material/open_in_new:",
    )
    st.link_button(
        _("Open Your files in its own tab"),
        pathways.links.share_link(st.context.url or "author", {"lang": ui.current()}),
        icon=":material/open_in_new:",
    )
for problem in uploads.refused:
    st.error(plain(problem.told()), icon=":material/block:")

content = pathways.session_content(st.session_state)
for upload in uploads.files:
    problems = pathways.uploads.problems_of(upload, content)
    errors = [p for p in problems if p.severity == "error"]
    with st.container(border=True):
        head, action = st.columns([5, 1], vertical_alignment="center")
        if errors:
            head.markdown(
                f":red[:material/error:] **{plain(upload.name)}**: "
                + n_(
                    "{n} problem to fix. It is not used until they are fixed.",
                    "{n} problems to fix. It is not used until they are fixed.",
                    len(errors),
                )
            )
        else:
            head.markdown(
                ":green[:material/check_circle:] "
                + _("**{file}** adds {title}. In use in this tab.").format(
                    file=plain(upload.name), title=plain(pathways.i18n.told(upload.title))
                )
            )
        action.button(
            _("Remove"),
            key=f"remove_{upload.name}",
            on_click=remove,
            args=(upload.name,),
            icon=":material/close:",
        )
        if problems:
            ui.problem_list(problems)
        compare = pathways.uploads.compare_with(upload, content)
        if compare:
            ui.page_link(
                "views/compare.py",
                label=_("See it in Compare"),
                query_params={"p": compare},
                icon=":material/compare_arrows:",
            )
if uploads.files:
    st.button(_("Remove all my files"), on_click=remove, icon=":material/delete:")

st.header(_("Write your own"))
schema = pathways.links.schema_address(st.context.url, "author")
template, schema_file = st.columns(2)
template.download_button(
    _("Download the pathway template"),
    pathways.uploads.template(schema),
    file_name="my-pathway.yaml",
    mime="text/yaml",
    icon=":material/download:",
    on_click="ignore",
)
schema_file.download_button(
    _("Download the schema (for working offline)"),
    pathways.schema.text("pathway.schema.json"),
    file_name="pathway.schema.json",
    mime="application/json",
    icon=":material/data_object:",
    on_click="ignore",
)
GUIDE = (
    _(
        "**Start from the template.** Keep its first line: editors such as VS Code (with the "
        "YAML extension) then check the file and suggest fields and allowed values as you type. "
        "They read the rules from this site. To work offline, save the schema next to your file "
        "and change the end of that line to `$schema=pathway.schema.json`."
    ),
    _("**Name the file after its id.** A pathway with `id: my-program` goes in `my-program.yaml`."),
    _(
        "**Give every fact a source you have read,** listed under `sources`, and cite it by its "
        "id. Leave a fact out rather than guess a source."
    ),
    _("**Give strengths and limitations the same care,** and about the same length."),
    _(
        '**Use plain, person-first words,** at about a grade 8 reading level: "person who uses '
        'drugs", not "addict".'
    ),
    _(
        "**Upload it here.** Each problem names the file, the line and the field, and says what "
        "to change. Warnings do not stop a file from being used."
    ),
)
st.markdown(
    "\n".join(f"{n}. {step}" for n, step in enumerate(GUIDE, start=1))
    + "\n\n"
    + _(
        "Scenario cards and the questions for *What matters to me* work the same way: start "
        "from a shipped file and change it. A file with a shipped pathway's id takes that "
        "pathway's place, for you only. Files are at most 1 MB; YAML anchors, aliases and tags "
        "are not allowed. To share a file with everyone who uses this site, send it to whoever "
        "runs it: they can add it to the content folder and check it with "
        "`python -m pathways check`."
    )
)
