"""Issue 9 item 8, mailing-list and helpdesk wrappers: what a list server or a helpdesk adds around the sender's
words is not theirs. Groups.io sets its links between two identical "-=-=-=" rules at the end of every post
(the rule under the footer kept the one over it from being read as a footer's); LISTSERV puts its "To unsubscribe
from the X list" link under a row of "#" (not drawn with the rule characters a signature's rule used); a helpdesk
may mark the older message with "## Please do not write below this line ##" (said of the space below rather than
above). A person's answers set between two rules, with a link in them, are not a footer: they offer no way to leave
a list."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail


@pytest.mark.parametrize(("fixture", "dropped"), [
    ("list_footer_between_groups_io_rules", "groups.io"),
    ("list_footer_under_listserv_row_of_hashes", "unsubscribe"),
    ("helpdesk_do_not_write_below_marker", "which tools"),
])
def test_the_wrapper_is_not_the_senders(parsed: Callable[[str], ParsedMail], fixture: str, dropped: str) -> None:
    text = parsed(fixture).reply_text
    assert text.startswith("I plan posts in Buffer")
    assert text.endswith("take it private.")
    assert dropped not in text.lower()


def test_answers_between_two_rules_are_kept(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("answers_between_identical_rules").reply_text
    assert "www.canva.com" in text and "take it private" in text
