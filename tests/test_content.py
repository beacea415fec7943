"""The shipped content: five pathways that pass every check, sourced and balanced."""

from __future__ import annotations

import re

import pytest

from pathways import load_content, load_files

from .conftest import CONTENT

SHIPPED = load_content(CONTENT)
IDS = ["complementary", "faith-based", "harm-reduction", "mat", "twelve-step"]

# Person-first language (NIDA "Words Matter"); names such as Alcoholics Anonymous are exempt.
AVOID = re.compile(
    r"\b(addicts?|junkies?|abusers?|alcoholics?(?! Anonymous)|drunks?|substance abuse|drug abuse|"
    r"clean|dirty|detox|replacement therapy)\b",
    re.IGNORECASE,
)


def test_all_five_pathways_load_with_no_problems():
    assert sorted(SHIPPED.pathways) == IDS
    assert SHIPPED.problems == ()


@pytest.mark.parametrize("pathway", SHIPPED.pathways.values(), ids=lambda p: p.id)
def test_every_pathway_is_sourced(pathway):
    assert len(pathway.sources) >= 3
    assert pathway.evidence
    assert all(s.url.startswith("https://") or s.url.startswith("http://") for s in pathway.sources)


@pytest.mark.parametrize("pathway", SHIPPED.pathways.values(), ids=lambda p: p.id)
def test_strengths_and_limitations_get_comparable_care(pathway):
    strengths = sum(len(s.split()) for s in pathway.strengths)
    limitations = sum(len(s.split()) for s in pathway.limitations)
    assert 2 / 3 <= strengths / limitations <= 3 / 2


@pytest.mark.parametrize("pathway", SHIPPED.pathways.values(), ids=lambda p: p.id)
def test_peer_facing_text_uses_person_first_language(pathway):
    data = pathway.model_dump(exclude={"sources"})
    texts = []

    def collect(value):
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                collect(item)

    collect(data)
    found = [m.group(0) for t in texts for m in AVOID.finditer(t)]
    assert found == []


def test_template_is_a_valid_pathway_once_copied(tmp_path):
    copy = tmp_path / "my-pathway.yaml"
    copy.write_text((CONTENT / "en" / "pathways" / "_template.yaml").read_text())
    content = load_files([copy])
    assert list(content.pathways) == ["my-pathway"]
    assert content.errors == ()
