"""Issue 9 item 8, class "bounce wording": a gateway's failure notice that answers the message it returns
("RE: <our subject> : non remis (delivery failed)", flufl.bounce's simple_20) was read as a person's reply: a
reply prefix cancels a failure subject, and the notice had no other sign of a mail system. A failure phrase
that closes an answered subject (after a colon, a bracket or a spaced dash, with the subject before it) counts
as a failure subject when the text says delivery failed too and names the address that failed; a person who
answers about a failure writes it first ("Re: delivery failed"), and a reply whose text says nothing of a failure,
or names no address, stays a reply."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import MailKind, ParsedMail


@pytest.mark.parametrize(("fixture", "failed"), [
    ("bounce_gateway_answering_with_the_original_subject", "jane.doe@bank.example"),
    ("bounce_gateway_answering_with_a_returned_mail_tail", "jane.doe@corp.example"),
])
def test_a_gateway_notice_answering_the_returned_message_is_a_bounce(parsed: Callable[[str], ParsedMail],
                                                                     fixture: str, failed: str) -> None:
    mail = parsed(fixture)
    assert mail.kind is MailKind.BOUNCE
    assert mail.bounced_addrs == (failed,)


@pytest.mark.parametrize("fixture", ["reply_with_a_failure_word_closing_its_subject",
                                     "reply_about_a_delivery_that_failed",
                                     "reply_saying_its_first_answer_was_not_delivered"])
def test_a_person_writing_about_a_failed_delivery_is_a_reply(parsed: Callable[[str], ParsedMail],
                                                             fixture: str) -> None:
    """Guards: the failure words closing the subject without failure wording in the text, or with it but no
    address named, and a subject that starts with them."""
    assert parsed(fixture).kind is MailKind.REPLY
