from pathways import label, link, plain


def test_plain_shows_markdown_and_html_as_typed():
    assert plain("![x](https://evil.example/p.png)") == r"\!\[x\]\(https\://evil\.example/p\.png\)"
    assert plain("<script>alert(1)</script>") == r"\<script\>alert\(1\)\</script\>"
    assert plain(":red[loud] **bold**") == r"\:red\[loud\] \*\*bold\*\*"


def test_plain_folds_whitespace():
    assert plain("two\n\nlines") == "two lines"


def test_link_cannot_break_out_of_its_address():
    assert link("Paper", "https://example.org/a(b)") == "[Paper](https://example.org/a%28b%29)"


def test_labels_drop_markup_so_nothing_loads_and_screen_readers_read_words():
    assert label("![x](https://evil.example/a.png) **Yes**, :red[no]") == (
        "!xhttps://evil.example/a.png Yes, :redno"
    )
    assert label("I would rather not take medication") == "I would rather not take medication"
