"""Issue 9 item 8, class "the older message run on after the attribution" (the last session's Hushmail leftover: the
quoted notification's style sheet ran on after "wrote:"): an HTML reply turned into text without the line break after
its attribution reads 'On 11/30/2026 at 10:00 AM, "Endorse Bot" <...> wrote: body { ... } Hello Rosa, ...'. The line
no longer ended in "wrote:", so it was no attribution and the request under it was read as the candidate's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text

ANSWER_END = "then take it to a private message."


@pytest.mark.parametrize(
    "scenario", ["attribution_with_the_older_message_run_on_plain", "attribution_with_the_older_message_run_on_html"]
)
def test_the_older_message_run_on_after_wrote_is_not_read(parsed: Callable[[str], ParsedMail], scenario: str) -> None:
    text = parsed(scenario).reply_text
    assert text.startswith("I plan our posts in Planable") and text.endswith(ANSWER_END)
    assert "Please tell us" not in text and "Hello Rosa" not in text


@pytest.mark.parametrize(
    "line",
    [
        "On Monday my manager wrote: use Buffer for everything, and I agree.",  # no date, no address: prose
        "On 3 of our 5 accounts we track reach since 2024, and as my manager wrote: reach is king.",
    ],
)
def test_a_sentence_that_opens_like_an_attribution_stays(line: str) -> None:
    text = f"I use Buffer and Canva.\n{line}\nI watch saves."
    assert extract_new_text(text) == text
