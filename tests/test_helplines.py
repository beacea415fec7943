"""Help lines live in code, and each number is one tap away on a phone."""

from __future__ import annotations

from pathways import HELP_STRIP


def test_every_help_number_is_a_link_a_phone_calls_or_texts():
    for link in ("(tel:988)", "(sms:988)", "(tel:+18006624357)", "(tel:911)"):
        assert link in HELP_STRIP
