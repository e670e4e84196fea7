"""Issue 9 item 8, mailing-list and forum wrappers: list servers and forums end every post they send out with a
footer that says how to leave or why the mail came (Lyris' "You are currently subscribed to ... To unsubscribe send a
blank email to leave-...", Google Groups' "You received this message because you are subscribed to ...", Discourse's
"[Visit Topic](...) or reply to this email to respond. To unsubscribe from these emails, [click here](...)"), under a
rule that the sender's sentences could also sit under ("---"), or under no rule at all. It stayed in the reply text.
The last paragraph is a list's footer when it says so with a link or an address, set apart by a rule or saying why the
mail came; a candidate's own last sentence about making it easy to unsubscribe stays theirs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail


@pytest.mark.parametrize("fixture", ["list_footer_under_a_short_rule", "list_footer_saying_why_with_no_rule",
                                     "forum_footer_with_links_over_it"])
def test_the_footer_is_not_the_senders(parsed: Callable[[str], ParsedMail], fixture: str) -> None:
    text = parsed(fixture).reply_text
    assert text.startswith("I plan posts in Buffer")
    assert text.endswith("take it private.")


def test_the_candidates_own_last_sentence_stays(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("candidates_tip_on_making_it_easy_to_unsubscribe").reply_text
    assert text.endswith("calms many angry readers down.")
