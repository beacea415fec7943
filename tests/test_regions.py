"""Help near a person: region packs, their content rules, and how the page orders them."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from pathways import load_content, regions
from pathways.uploads import Uploads

from .conftest import CONTENT, GOOD

MONTANA = (CONTENT / "en" / "regions" / "montana.yaml").read_text()


@pytest.fixture(scope="module")
def shipped_en():
    return load_content(CONTENT)


def test_the_shipped_packs_load_in_both_languages(shipped_en):
    assert sorted(shipped_en.regions) == ["montana", "us-national"]
    spanish = load_content(CONTENT, "es")
    assert spanish.regions["us-national"].name == "Estados Unidos"
    assert not [p for p in spanish.problems if "regions/" in p.path]


def test_a_chosen_state_comes_first_then_the_whole_country(shipped_en):
    sections = regions.help_near(shipped_en, "montana")
    naloxone = next(s for s in sections if s.kind == "naloxone")
    assert [e.name for e in naloxone.entries][:2] == [
        "Free naloxone in Montana",
        "Naloxone from Montana pharmacists",
    ]
    assert naloxone.entries[-1].name == "Naloxone without a prescription"
    anywhere = regions.help_near(shipped_en, None)
    assert sections[0].kind == anywhere[0].kind == "help-line"
    assert not any("Montana" in e.name for s in anywhere for e in s.entries)
    assert regions.help_near(shipped_en, "atlantis") == anywhere  # an unknown state: national


def test_every_entry_is_sourced_dated_and_dialable(shipped_en):
    for pack in shipped_en.regions.values():
        for entry in pack.entries:
            assert entry.source.startswith("https://") and entry.verified_on <= dt.date.today()
    assert regions.dial("988") == "tel:988"
    assert regions.dial("1-800-662-4357") == "tel:+18006624357"


def test_an_entry_unchecked_for_six_months_is_stale(shipped_en):
    entry = shipped_en.regions["montana"].entries[0]
    assert not regions.stale(entry, entry.verified_on + dt.timedelta(days=183))
    assert regions.stale(entry, entry.verified_on + dt.timedelta(days=184))


def _folder(tmp_path, text: str):
    shutil.copytree(GOOD, tmp_path / "content")
    folder = tmp_path / "content" / "en" / "regions"
    folder.mkdir()
    (folder / "montana.yaml").write_text(text)
    return load_content(tmp_path / "content")


def test_the_rules_name_the_file_line_and_field(tmp_path):
    broken = MONTANA.replace(
        "url: https://dphhs.mt.gov/amdd/naloxone/\n",
        'phone: "406-444"\n    url: https://dphhs.mt.gov/amdd/naloxone/\n',
        1,
    ).replace("verified_on: 2026-11-29", "verified_on: 2020-01-31", 1)
    content = _folder(tmp_path, broken)
    found = [str(p) for p in content.problems if "regions/" in p.path]
    assert any(
        line.startswith("content/en/regions/montana.yaml:")
        and "entries[0].phone: '406-444' is not a number as it is dialled" in line
        and line.endswith("[phones-are-dialable]")
        for line in found
    ), found
    assert "montana" not in content.regions  # an error keeps the pack out; the others load
    assert content.pathways


def test_a_stale_entry_warns_and_an_unsourced_one_is_refused(tmp_path):
    stale = MONTANA.replace("verified_on: 2026-11-29", "verified_on: 2020-01-31", 1)
    content = _folder(tmp_path, stale)
    (warning,) = [
        p
        for p in content.problems
        if p.code == "entries-are-checked-recently" and p.field == "entries[0].verified_on"
    ]
    assert warning.severity == "warning" and warning.field == "entries[0].verified_on"
    assert "montana" in content.regions
    unsourced = MONTANA.replace("    source: https://dphhs.mt.gov/amdd/naloxone/\n", "", 1)
    content = _folder(tmp_path / "again", unsourced)
    assert any(p.field == "entries[0].source" and "required" in p.message for p in content.problems)


def test_an_uploaded_pack_joins_this_session_only(shipped_en):
    changed = MONTANA.replace("name: Montana\n", "name: Montana (our county)\n", 1)
    uploads = Uploads().add(("montana.yaml", changed.encode()))
    assert [f.kind for f in uploads.files] == ["region"]
    content = uploads.content(shipped_en)
    assert content.regions["montana"].name == "Montana (our county)"
    assert shipped_en.regions["montana"].name == "Montana"
    assert [str(p) for p in content.problems if p.path == "montana.yaml"] == [
        "montana.yaml:4: id: warning: 'montana' is a shipped region pack; this file takes its "
        "place for you only"
    ]
    other = Uploads().add(("again.yaml", changed.encode())).content(shipped_en)
    assert any(p.code == "region-id-matches-file-name" for p in other.problems)
    assert other.regions["montana"].name == "Montana"  # a pack with errors is never used


def test_a_pack_named_unlike_its_id_or_checked_in_the_future_is_refused(tmp_path):
    wrong = MONTANA.replace("id: montana", "id: mt", 1)
    content = _folder(tmp_path, wrong)
    assert any(p.code == "region-id-matches-file-name" for p in content.problems)
    future = MONTANA.replace("verified_on: 2026-11-29", "verified_on: 2999-01-01", 1)
    content = _folder(tmp_path / "again", future)
    (error,) = [p for p in content.problems if p.code == "entries-were-checked"]
    assert error.severity == "error" and "montana" not in content.regions
