"""A translated file against its original: only prose may differ, numbers are kept, and the
record says what it was made from and who read it again."""

from __future__ import annotations

import shutil

import pytest

from pathways import load_content
from pathways.translation import check_file, compare, digest, numbers, orphans

from .conftest import GOOD

REVIEWED = "  reviewed_by: a second reader\n  reviewed_on: 2026-11-29\n"


def record(original, reviewed: bool = True) -> str:
    return (
        f"\ntranslation:\n  original_sha256: {digest(original)}\n"
        "  translated_by: a translator\n  translated_on: 2026-11-29\n"
        + (REVIEWED if reviewed else "")
    )


@pytest.fixture
def content(tmp_path):
    """The good fixture with a Spanish translation of alpha.yaml, and nothing else in Spanish."""
    root = tmp_path / "content"
    shutil.copytree(GOOD, root)
    original = root / "en" / "pathways" / "alpha.yaml"
    spanish = root / "es" / "pathways" / "alpha.yaml"
    spanish.parent.mkdir(parents=True)
    text = original.read_text().replace(
        "A small pathway used by the tests.", "Una vía pequeña que usan las pruebas."
    )
    spanish.write_text(text + record(original))
    return root


def problems_of(root, name="alpha.yaml"):
    original = root / "en" / "pathways" / name
    return check_file(original, root / "es" / "pathways" / name, f"content/es/pathways/{name}")


def edit(root, old, new, name="alpha.yaml"):
    path = root / "es" / "pathways" / name
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_a_translation_of_the_prose_alone_is_clean(content):
    assert problems_of(content) == []


def test_a_changed_score_is_an_error_on_its_line(content):
    edit(content, "{score: 1, reason: Alpha reason one.}", "{score: 3, reason: Razón uno.}")
    (problem,) = problems_of(content)
    assert str(problem) == (
        "content/es/pathways/alpha.yaml:34: ratings.abstinence_expectation.score: must be the "
        "original's 1, not 3 (only prose is translated) [translation]"
    )


def test_a_dropped_source_is_an_error(content):
    edit(content, "    sources: [alpha-study]\n", "", name="alpha.yaml")
    found = [str(p) for p in problems_of(content)]
    assert any("sources: is missing; the original has it [translation]" in p for p in found), found


def test_a_changed_source_address_is_an_error(content):
    original = (content / "en" / "pathways" / "alpha.yaml").read_text()
    url = next(line.split("url: ")[1] for line in original.splitlines() if "url: " in line)
    edit(content, url, url + "-es")
    (problem,) = problems_of(content)
    assert problem.field.endswith(".url") and problem.severity == "error"


def test_numbers_in_a_sentence_must_be_kept():
    original = {"text": "Call 1-800-662-4357, 24/7. About 1,000 people in 18 months."}
    kept = {"text": "Llame al 1-800-662-4357, 24/7. Unas 1,000 personas en 18 meses."}
    lost = {"text": "Llame al 1-800-662-4357, todo el día. Unas mil personas en 18 meses."}
    assert list(compare(original, kept)) == []
    ((loc, message),) = compare(original, lost)
    assert loc == ("text",)
    assert "the original's 1,000, 24, 7 not found" in message


def test_numbers_are_read_as_written():
    assert numbers("1-800-662-4357 and 2.5 and 1,000") == {
        "1": 1, "800": 1, "662": 1, "4357": 1, "2.5": 1, "1,000": 1,
    }  # fmt: skip


def test_a_stale_translation_is_a_warning(content):
    original = content / "en" / "pathways" / "alpha.yaml"
    original.write_text(original.read_text() + "# changed after the translation\n")
    (problem,) = problems_of(content)
    assert problem.severity == "warning" and problem.code == "translation-stale"


def test_an_unreviewed_or_self_reviewed_translation_is_a_warning(content):
    path = content / "es" / "pathways" / "alpha.yaml"
    path.write_text(path.read_text().replace(REVIEWED, ""))
    (problem,) = problems_of(content)
    assert problem.code == "translation-unreviewed"
    path.write_text(path.read_text() + "  reviewed_by: a translator\n  reviewed_on: 2026-11-29\n")
    (problem,) = problems_of(content)
    assert "reviewed by its translator" in problem.message


def test_a_missing_record_is_an_error(content):
    path = content / "es" / "pathways" / "alpha.yaml"
    path.write_text(path.read_text().split("\ntranslation:")[0] + "\n")
    (problem,) = problems_of(content)
    assert problem.severity == "error" and "no translation record" in problem.message


def spanish_problems(root):
    """The problems of a content folder's Spanish files, as the app and `check` read them."""
    return [p for p in load_content(root, "es").problems if p.path.startswith("content/es/")]


def test_a_folder_check_names_each_file_not_translated_yet(content):
    found = spanish_problems(content)
    missing = {p.path for p in found if p.code == "translation-missing"}
    assert "content/es/pathways/beta.yaml" in missing
    assert "content/es/glossary.yaml" in missing
    assert "content/es/pathways/alpha.yaml" not in missing
    assert all(p.severity == "warning" for p in found)


def test_a_translation_without_an_original_is_an_error(content):
    shutil.copy(
        content / "es" / "pathways" / "alpha.yaml", content / "es" / "pathways" / "gamma.yaml"
    )
    found = [p for p in orphans(content, "es") if p.path.endswith("gamma.yaml")]
    assert [p.message for p in found] == ["has no original; check its name and folder"]


def test_content_in_spanish_uses_each_matching_translation_and_the_original_otherwise(content):
    from pathways import load_content

    spanish = load_content(content, "es")
    assert spanish.language == "es"
    assert spanish.pathways["alpha"].summary == "Una vía pequeña que usan las pruebas."
    assert spanish.pathways["beta"].summary == load_content(content).pathways["beta"].summary
    assert "content/en/pathways/beta.yaml" in spanish.untranslated
    assert "content/en/pathways/alpha.yaml" not in spanish.untranslated
    assert spanish.about is not None and spanish.glossary is not None  # the originals


def test_a_translation_that_departs_from_its_original_is_not_shown(content):
    from pathways import load_content

    edit(content, "{score: 1,", "{score: 3,")
    spanish = load_content(content, "es")
    assert spanish.pathways["alpha"].ratings["abstinence_expectation"].score == 1
    assert "content/en/pathways/alpha.yaml" in spanish.untranslated
    codes = {p.code for p in spanish.problems if p.path == "content/es/pathways/alpha.yaml"}
    assert codes == {"translation", "translation-mismatch"}


def test_spanish_text_is_checked_with_spanish_word_lists(content):
    from pathways import load_content

    edit(content, "Una vía pequeña que usan las pruebas.", "Una vía para adictos.")
    found = [str(p) for p in load_content(content, "es").problems if "person-first" in str(p)]
    assert len(found) == 1 and "adictos" in found[0] and "persona con un trastorno" in found[0]


def test_check_reports_the_translations_problems_with_file_and_line(content, capsys):
    from pathways.cli import main

    edit(content, "{score: 1,", "{score: 3,")
    assert main(["check", str(content)]) == 1
    out = capsys.readouterr().out
    assert "content/es/pathways/alpha.yaml:34: ratings.abstinence_expectation.score" in out
    assert "content/es/pathways/beta.yaml: warning: not translated yet" in out


def test_the_shipped_spanish_content_is_complete_matching_and_reviewed():
    from .conftest import CONTENT

    assert orphans(CONTENT, "es") == []
    spanish = load_content(CONTENT, "es")
    assert spanish.untranslated == () and not spanish.problems
    assert len(spanish.pathways) == len(load_content(CONTENT).pathways)


def test_check_names_a_translation_without_an_original(content, capsys):
    from pathways.cli import main

    shutil.copy(
        content / "es" / "pathways" / "alpha.yaml", content / "es" / "pathways" / "typo.yaml"
    )
    assert main(["check", str(content)]) == 1
    assert "content/es/pathways/typo.yaml: has no original" in capsys.readouterr().out
