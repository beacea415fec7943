"""A session's own state: its uploads, and the content it sees."""

from __future__ import annotations

from pathways import session, session_content, store
from pathways.uploads import Uploads

from .conftest import GOOD
from .hostile import gamma_with


def test_a_session_sees_its_own_uploads_and_no_one_elses(monkeypatch):
    monkeypatch.setenv(store.ENV_VAR, str(GOOD))
    mine: dict = {}
    theirs: dict = {}
    session.keep(mine, Uploads().add(("gamma.yaml", gamma_with())))
    assert "gamma" in session_content(mine).pathways
    assert "gamma" not in session_content(theirs).pathways
    assert session_content(theirs) is store.current_content()
    session.keep(mine, Uploads())
    assert mine == {}


def test_uploads_in_ignores_anything_else_under_the_key():
    assert session.uploads_in({session.STATE_KEY: "not uploads"}).files == ()
