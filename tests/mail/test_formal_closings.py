"""Formal English closings the list lacked: "Yours faithfully" (the British closing to an unnamed reader),
"Yours most sincerely", "Very truly yours", "Sincerely yours", "Kindest regards" and kin. Over a name, a
title and an office, they were read as the sender's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.signature import sign_off_index


def test_yours_faithfully(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("yours_faithfully_over_a_title").reply_text
    assert text.endswith("reach and replies each month.") and "Yours" not in text and "Officer" not in text


def test_yours_most_sincerely(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("yours_most_sincerely_over_a_title").reply_text
    assert text.endswith("the same day.") and "Yours" not in text and "Owen" not in text


@pytest.mark.parametrize("closing", ["Very truly yours,", "Sincerely yours,", "Respectfully yours,",
                                     "Kindest regards,", "With kind regards,", "Most sincerely,", "Yours ever,"])
def test_more_formal_closings(closing: str) -> None:
    assert sign_off_index(["I watch reach.", "", closing, "Ana"]) == 2
