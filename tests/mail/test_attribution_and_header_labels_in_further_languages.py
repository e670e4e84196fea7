"""Issue 9 item 8, attribution lines and header blocks in languages not yet covered: Thunderbird in Korean closes its
attribution with "이(가) 쓴 글:" ("... wrote:"), and Outlook in Azerbaijani labels its header block "Kimdən:",
"Göndərildi:", "Kimə:", "Mövzu:". Over the request left unquoted (a client that quotes without ">", an HTML reply
turned into text) neither was read as the start of the older message, so the request was read as the candidate's
words. quotes.toml holds them now, with Gmail's quote-header verbs and Outlook's labels in a few more languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail


@pytest.mark.parametrize("fixture", ["reply_over_thunderbird_korean_attribution_unquoted",
                                     "reply_over_outlook_azerbaijani_header"])
def test_the_request_under_the_attribution_is_not_the_candidates(parsed: Callable[[str], ParsedMail],
                                                                  fixture: str) -> None:
    text = parsed(fixture).reply_text
    assert text.startswith("I plan posts in Buffer")
    assert text.endswith("take it private.")
