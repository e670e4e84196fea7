"""The author of a message is one mailbox parsed before any RFC 2047 decoding (issue 10 item 6)."""

from __future__ import annotations

from bot.domain.reasons import Reason


def test_an_encoded_display_name_is_decoded_after_parsing_and_stripped_of_controls(parsed):
    mail = parsed("encoded_display_name_with_comma_and_controls")
    assert mail.refusal is None
    assert mail.from_addr == "juergen@mail.example"
    assert mail.from_name == "Müller, Jürgen"  # no NUL, no right-to-left override


def test_mailsploit_encoded_local_part_leaves_no_sender_and_a_named_refusal(parsed):
    mail = parsed("mailsploit_encoded_local_part")
    assert mail.refusal is Reason.ENCODED_SENDER
    assert mail.from_addr == ""


def test_recipient_headers_are_parsed_before_decoding_too(parsed):
    mail = parsed("rfc2047_headers")
    assert mail.to_addrs == ("endorse@bot.example",)
    assert mail.header("to") == "=?ISO-8859-1?Q?Endorsement_B=F6t?= <endorse@bot.example>"
