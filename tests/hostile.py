"""Hostile files an upload must survive: each as bytes, and what the author is told.

The same catalogue runs through the loader (``tests/test_uploads.py``) and through the
upload on the page (``tests/views/test_author.py``). Large cases are built here rather
than kept as files.
"""

from __future__ import annotations

from dataclasses import dataclass

from pathways.vocab import MAX_FILE_BYTES

from .conftest import BROKEN, GOOD

_ALPHA = (GOOD / "en" / "pathways" / "alpha.yaml").read_text()
GAMMA = (
    _ALPHA.replace("id: alpha\n", "id: gamma\n")
    .replace("Alpha pathway", "Gamma pathway")
    .replace("short_name: Alpha", "short_name: Gamma")
)
"""A valid pathway that is not in the test content (alpha, renamed); cases change one thing."""


def gamma_with(old: str = "", new: str = "") -> bytes:
    """The valid gamma pathway, with one piece of text replaced."""
    assert old in GAMMA, old
    return GAMMA.replace(old, new, 1).encode()


def _laughs() -> bytes:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    ]
    return ("\n".join(lines) + "\n").encode()


SCRIPT = "<script>alert(1)</script> <img src=x onerror=alert(2)>"
IMAGE = "![pixel](https://tracker.example/pixel.png)"
LINKS = (
    "See https://evil.example/x, www.evil.example, help@evil.example :skull: "
    ":material/warning: :streamlit:"
)
"""Plain text that Streamlit's Markdown would show as three links, an emoji, an icon and a logo."""
STEP_LINKS = "Call a friend :skull: at www.friend.example"
"""A first step, shown as a check box's label on the plan: an emoji and a link there too."""
LONG_NAME = ("Gamma pathway " + "and more words " * 7).strip()


@dataclass(frozen=True)
class Case:
    """A hostile upload: its file name, bytes, and the exact problems reported (``[]``: the
    file is used, and the test checks how it is shown)."""

    name: str
    data: bytes
    problems: list[str]


CASES = {
    "billion laughs": Case(
        "bomb.yaml",
        _laughs(),
        [
            "bomb.yaml:1: uses the anchor &a; anchors are not allowed, remove it",
            "bomb.yaml:2: uses the anchor &b; anchors are not allowed, remove it",
            "bomb.yaml:2: uses the alias *a; aliases are not allowed, write the value out",
            "bomb.yaml:2: uses the alias *a; aliases are not allowed, write the value out",
            "bomb.yaml:2: uses the alias *a; aliases are not allowed, write the value out",
        ],
    ),
    "100,000-deep flow nesting": Case(
        "deep-flow.yaml",
        ("x: " + "[" * 100_000 + "]" * 100_000 + "\n").encode(),
        ["deep-flow.yaml:1: nesting is deeper than 32 levels; flatten the structure"],
    ),
    "2,000-deep block nesting": Case(
        "deep-block.yaml",
        ("x:\n" + "- " * 2000 + "end\n").encode(),
        ["deep-block.yaml:2: nesting is deeper than 32 levels; flatten the structure"],
    ),
    "20 MB file": Case(
        "huge.yaml",
        b"summary: '" + b"x" * (20 * 1024 * 1024) + b"'\n",
        [
            "huge.yaml: the file is 20,971,532 bytes; the limit is 1,048,576 bytes (1 MiB). "
            "Split it up"
        ],
    ),
    "binary bytes and NUL": Case(
        "binary.yaml",
        b"id: x\n\x00\x01\x02",
        [
            "binary.yaml:2: contains a NUL byte, so it looks like a binary file rather than "
            "YAML text"
        ],
    ),
    "not UTF-8": Case(
        "latin-1.yaml",
        "id: latin-1\nname: Caf\u00e9 pathway\n".encode("latin-1"),
        ["latin-1.yaml:2: byte 0xe9 is not UTF-8 text; save the file as UTF-8"],
    ),
    "Python object tag": Case(
        "python-tag.yaml",
        (BROKEN / "python-tag.yaml").read_bytes(),
        [
            "python-tag.yaml:3: uses the tag !!python/object/apply:os.system; tags are not "
            "allowed, remove it"
        ],
    ),
    ".exe renamed .yaml": Case(
        "setup.yaml",
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48,
        [
            "setup.yaml:1: looks like a Windows program (.exe), not YAML text; save it as a "
            ".yaml text file"
        ],
    ),
    "HTML and script in text": Case(
        "gamma.yaml",
        gamma_with("A small pathway used by the tests.", f"'{SCRIPT}'"),
        [],
    ),
    "javascript: link": Case(
        "gamma.yaml",
        gamma_with("https://example.org/alpha", "javascript:alert(document.cookie)"),
        [
            "gamma.yaml:65: sources[0].url: 'javascript:alert(document.cookie)' should be a web "
            "address starting with https:// (or http://)"
        ],
    ),
    "data: link": Case(
        "gamma.yaml",
        gamma_with("https://example.org/alpha", "data:text/html,<script>alert(1)</script>"),
        [
            "gamma.yaml:65: sources[0].url: 'data:text/html,<script>alert(1)</script>' should "
            "be a web address starting with https:// (or http://)"
        ],
    ),
    "markdown image off-site": Case(
        "gamma.yaml",
        gamma_with("A small pathway used by the tests.", f"'See {IMAGE} here.'"),
        [],
    ),
    "YAML 1.1 no": Case(
        "gamma.yaml",
        gamma_with("name: Gamma pathway", "name: no"),
        [
            "gamma.yaml:2: name: should be text, not False; YAML reads yes, no, on, off, true "
            "and false as a yes/no value, so put the text in quotes"
        ],
    ),
    "YAML 1.1 on": Case(
        "gamma.yaml",
        gamma_with("short_name: Gamma", "short_name: on"),
        [
            "gamma.yaml:3: short_name: should be text, not True; YAML reads yes, no, on, off, "
            "true and false as a yes/no value, so put the text in quotes"
        ],
    ),
    "YAML 1.1 key": Case(
        "gamma.yaml",
        gamma_with("name: Gamma pathway", "name: Gamma pathway\non: x"),
        [
            "gamma.yaml:3: the key 'on' is read by YAML as a yes/no value, not a field name; "
            "put it in quotes or fix the name"
        ],
    ),
    "1 MiB of repeated keys": Case(
        "keys.yaml",
        b"a: 1\n" * (MAX_FILE_BYTES // 5),
        ["keys.yaml:1001: a list or mapping here has more than 1,000 items; split the file up"],
    ),
    "YAML 1.1 1.10": Case(
        "gamma.yaml",
        gamma_with("name: Gamma pathway", "name: 1.10"),
        [
            "gamma.yaml:2: name: should be text, not 1.1; YAML reads it as a number (1.10 "
            "becomes 1.1), so put the text in quotes"
        ],
    ),
    "links, emoji and icons in text": Case(
        "gamma.yaml",
        gamma_with("People can recover.", f"'{LINKS}'").replace(
            b"Call a friend.", f"'{STEP_LINKS}'".encode()
        ),
        [],
    ),
    "long name and no short name": Case(
        "gamma.yaml",
        gamma_with("name: Gamma pathway\nshort_name: Gamma\n", f"name: {LONG_NAME}\n"),
        [
            "gamma.yaml:1: the name is longer than 24 characters, so add a short_name (up to "
            "24) for charts"
        ],
    ),
    "escape sequence in short_name": Case(
        "gamma.yaml",
        gamma_with("short_name: Gamma", 'short_name: "Gam\\e[2Jma"'),
        [
            "gamma.yaml:3: short_name: 'Gam\\x1b[2Jma' contains the control character U+001B; "
            "remove it"
        ],
    ),
    "name of zero-width spaces": Case(
        "gamma.yaml",
        gamma_with("name: Gamma pathway", 'name: "\\u200b\\u200b\\u200b"'),
        [
            "gamma.yaml:2: name: '\\u200b\\u200b\\u200b' has no letters or digits that show "
            "on screen; write the name in words"
        ],
    ),
    "right-to-left override in a name": Case(
        "gamma.yaml",
        gamma_with("name: Gamma pathway", 'name: "Gamma \\u202eyawhtap"'),
        [
            "gamma.yaml:2: name: 'Gamma \\u202eyawhtap' contains U+202E, an invisible mark that "
            "changes the direction of text and can make it read backwards; remove it"
        ],
    ),
    "C1 control character in text": Case(
        "gamma.yaml",
        gamma_with("A small pathway used by the tests.", '"A small\\x9b pathway."'),
        [
            "gamma.yaml:4: summary: 'A small\\x9b pathway.' contains the control character "
            "U+009B; remove it"
        ],
    ),
    "YAML 1.1 true as a score": Case(
        "gamma.yaml",
        gamma_with("score: 1,", "score: true,"),
        [
            "gamma.yaml:34: ratings.abstinence_expectation.score: True is not a whole number; "
            "YAML reads yes, no, on, off, true and false as a yes/no value; write a number"
        ],
    ),
    "YAML 1.1 yes as a count": Case(
        "gamma.yaml",
        gamma_with("count: 200", "count: yes"),
        [
            "gamma.yaml:57: evidence[0].numbers.groups[0].count: True is not a whole number; "
            "YAML reads yes, no, on, off, true and false as a yes/no value; write a number"
        ],
    ),
}

DUPLICATE_IDS = (("gamma.yaml", gamma_with()), ("gamma.yml", gamma_with()))
"""Two files with one id: the second is refused, with this message."""
DUPLICATE_ID_PROBLEM = "gamma.yml:1: id: 'gamma' is already used by gamma.yaml; ids must be unique"

LOOKALIKE = ("gamma.yaml", gamma_with("name: Gamma pathway", "name: \u0410lpha pathway"))
"""A second "Alpha pathway", its first letter Cyrillic: refused where alpha is loaded."""
LOOKALIKE_PROBLEM = (
    "gamma.yaml:2: name: '\u0410lpha pathway' looks the same as 'Alpha pathway', the name of "
    "'alpha', apart from capitals, invisible characters or letters that look the same; choose "
    "another name"
)
