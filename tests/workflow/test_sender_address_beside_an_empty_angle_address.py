"""Attack (issue 10 items 4 and 6, hostile23's red team): a stranger answers as the candidate with a From that
writes the candidate's address beside an empty angle address, 'From: gina@cand.example <>', or a second angle
address after the first, 'From: "Gina" <gina@cand.example> <>'.

Our parser read the candidate's address; a DMARC check that takes the angle address as the From's reads an empty
one, with no domain to fail, where a plain forged From fails DMARC and is refused as forged_sender. Both are refused
by name (ambiguous_sender) before anything reads the message, and the raw bytes are kept. The address written again
unquoted as the name, which some mailers write, is one mailbox and is read as before."""

from __future__ import annotations

import pytest

from bot.domain.reasons import Reason
from bot.mail.parse import parse_mail
from bot.outbound import addresses
from tests.workflow.world import World

ANSWER = ("To: {reply_to}\r\nSubject: Re: skills check\r\nDate: Mon, 05 Jan 2026 10:00:00 +0000\r\n"
          "Message-ID: <beside-empty@attacker.example>\r\nIn-Reply-To: {mid}\r\n"
          # What our MTA writes when the From it reads has no domain: the stranger's own SPF pass, no DMARC.
          "Authentication-Results: mx.bot.test; spf=pass smtp.mailfrom=mallory@attacker.example; dmarc=none\r\n"
          "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
          "I use Hootsuite and Sprout Social. I track engagement rate, reach and impressions.\r\n"
          "My tip for angry customers: listen first, apologise and move the conversation to DMs.\r\n")


@pytest.mark.parametrize("sender", ["{c} <>", '"Gina" <{c}> <>', "<{c}> <>", "{c} <mallory@attacker.example>"])
async def test_the_candidates_address_beside_another_angle_address_is_refused_by_name(world: World,
                                                                                      sender: str) -> None:
    request = await world.request()
    head = "From: " + sender.format(c=request.candidate_email) + "\r\n"
    raw = (head + ANSWER.format(reply_to=addresses.reply_address(world.bot, request.token),
                                mid=await world.request_message_id(request))).encode()

    row = await world.deliver("", request, raw=raw)

    assert row.reason == Reason.AMBIGUOUS_SENDER
    assert row.raw is not None  # kept for admins and audit
    assert (await world.get(request.id)).status == "sent"


@pytest.mark.parametrize("sender", ["gina@cand.example <gina@cand.example>", "Gina <gina@cand.example>",
                                    "<@relay.example:gina@cand.example>", "team: <gina@cand.example>;"])
def test_one_mailbox_written_in_an_angle_address_is_read_as_before(sender: str) -> None:
    raw = f"From: {sender}\r\nTo: bot@bot.test\r\nSubject: hi\r\n\r\nhello\r\n".encode()
    mail = parse_mail(raw)
    assert mail.refusal is None and mail.from_addr == "gina@cand.example"
