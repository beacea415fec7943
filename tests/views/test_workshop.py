"""Workshop: scenario cards step by step, knowledge checks scored in the session, presenter."""

from __future__ import annotations

from ..conftest import CONTENT
from .conftest import help_strip_shown


def text_of(at):
    return " ".join(m.value for m in at.markdown).replace("\\", "")


def test_scenario_cards_show_vignette_prompts_fits_and_what_a_peer_might_say(open_page):
    at = open_page("workshop")
    assert help_strip_shown(at)
    assert [t.label for t in at.tabs] == ["Scenarios", "Knowledge check"]
    assert [h.value for h in at.header] == ["A first card"]
    text = text_of(at)
    assert "Sam drinks most nights" in text
    assert "1. What matters to Sam?" in text and "3. What could a first step be?" in text
    assert "Alpha has groups nearby." in text
    assert "**Limits:** Alpha groups meet only in the evening." in text
    assert any("What would help most right now?" in i.value for i in at.info)
    assert any(c.value.startswith("A made\\-up person, 30") for c in at.caption)


def test_next_and_previous_step_through_the_cards_and_the_link_follows(open_page):
    at = open_page("workshop")
    next_button = next(b for b in at.button if b.label == "Next")
    next_button.click().run()
    assert [h.value for h in at.header] == ["A second card"]
    assert at.query_params["card"] == "second-card"
    assert next(b for b in at.button if b.label == "Next").disabled
    next(b for b in at.button if b.label == "Previous").click().run()
    assert [h.value for h in at.header] == ["A first card"]


def test_a_link_opens_a_card(open_page):
    at = open_page("workshop", card="second-card")
    assert [h.value for h in at.header] == ["A second card"]


def test_knowledge_checks_give_feedback_and_keep_score(open_page):
    at = open_page("workshop", part="Knowledge check")
    assert "Your score: 0 right out of 0 answered" in text_of(at)
    at.radio(key="quiz_groups-are-free").set_value(1).run()
    assert any(
        "Right. Alpha groups are free to join." in s.value.replace("\\", "") for s in at.success
    )
    at.radio(key="quiz_any-change-counts").set_value(0).run()
    assert any(
        "Not quite. The answer is: No, any positive change counts." in w.value.replace("\\", "")
        for w in at.warning
    )
    assert "Your score: 1 right out of 2 answered" in text_of(at)
    next(b for b in at.button if b.label == "Start again").click().run()
    assert "Your score: 0 right out of 0 answered" in text_of(at)


def test_presenter_view_shows_one_card_with_large_type_and_no_menu(open_page):
    at = open_page("workshop", present="1")
    assert not at.selectbox  # one card per screen, moved with previous / next
    assert [h.value for h in at.header] == ["A first card"]
    styles = [h.proto.body for h in at.get("html")]
    assert any("font-size: 150%" in s for s in styles)
    next(b for b in at.button if b.label == "Next").click().run()
    assert [h.value for h in at.header] == ["A second card"]


def test_presenter_view_steps_through_pathways(open_page):
    at = open_page("pathway", id="alpha", present="1")
    assert not at.selectbox
    assert [t.value for t in at.title] == ["Alpha pathway"]
    next(b for b in at.button if b.label == "Next").click().run()
    assert [t.value for t in at.title] == ["Beta pathway"]
    assert at.query_params["id"] == "beta"


def test_every_shipped_card_and_check_renders(open_page):
    at = open_page("workshop", content=CONTENT)
    for _ in range(20):
        assert not at.exception
        following = next(b for b in at.button if b.label == "Next")
        if following.disabled:
            break
        following.click().run()
    at = open_page("workshop", content=CONTENT, part="Knowledge check")
    assert len(at.radio) >= 12


def test_compare_offers_the_comparison_as_a_web_page_and_csv(open_page):
    at = open_page("compare", p=["alpha", "beta"])
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Download as a web page (works offline)", "Download the ratings table (CSV)"]


def test_every_page_but_home_offers_a_link_to_share(open_page):
    at = open_page("compare", p=["alpha", "beta"])
    assert [p.proto.popover.label for p in at.get("popover")] == ["Share this view"]
    assert any("p=alpha&p=beta" in c.proto.code_text for c in at.get("code"))
