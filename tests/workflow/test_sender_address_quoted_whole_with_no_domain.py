"""Attack (issue 10 items 4 and 6, hostile23's red team): a stranger answers as the candidate with a From address
quoted whole, 'From: "gina@cand.example"'.

That is a local part alone, with no domain: our parser read the candidate's address out of the quotes, while our
MTA's DMARC check finds no From domain to check and says nothing (a plain forged 'From: gina@cand.example' fails
DMARC there and is refused as forged_sender). The stranger's answer was judged as the candidate's and passed the
request. No mail system writes an address whose "@" is only inside quotes or a comment: it is refused by name
(encoded_sender) before anything reads the message, and the raw bytes are kept. An ordinary quoted local part or
display name, or a comment beside the address, is read as before."""

from __future__ import annotations

import pytest

from bot.domain.reasons import Reason
from bot.mail.parse import parse_mail
from bot.outbound import addresses
from tests.workflow.world import World

ANSWER = ("To: {reply_to}\r\nSubject: Re: skills check\r\nDate: Mon, 05 Jan 2026 10:00:00 +0000\r\n"
          "Message-ID: <quoted-whole@attacker.example>\r\nIn-Reply-To: {mid}\r\n"
          # What our MTA writes when it finds no From domain: an SPF pass for the stranger's own envelope, no DMARC.
          "Authentication-Results: mx.bot.test; spf=pass smtp.mailfrom=mallory@attacker.example; dmarc=none\r\n"
          "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
          "I use Hootsuite and Sprout Social. I track engagement rate, reach and impressions.\r\n"
          "My tip for angry customers: listen first, apologise and move the conversation to DMs.\r\n")


@pytest.mark.parametrize("sender", ['"{c}"', '"{c}" (Gina)', '"{c}', '"Gina" <"{c}">', '(Gina) "{c}"'])
async def test_a_from_address_quoted_whole_is_refused_by_name(world: World, sender: str) -> None:
    request = await world.request()
    head = "From: " + sender.format(c=request.candidate_email) + "\r\n"
    raw = (head + ANSWER.format(reply_to=addresses.reply_address(world.bot, request.token),
                                mid=await world.request_message_id(request))).encode()

    row = await world.deliver("", request, raw=raw)

    assert row.reason == Reason.ENCODED_SENDER
    assert row.raw is not None  # kept for admins and audit
    assert (await world.get(request.id)).status == "sent"


@pytest.mark.parametrize("sender", ['"gina.m"@cand.example', '"Gina @ home" <gina@cand.example>',
                                    "gina@cand.example (Gina @ home)", "Gina <gina@cand.example>",
                                    "gina(home)@cand.example"])
def test_an_address_with_its_domain_outside_the_quotes_is_read_as_before(sender: str) -> None:
    raw = f"From: {sender}\r\nTo: bot@bot.test\r\nSubject: hi\r\n\r\nhello\r\n".encode()
    mail = parse_mail(raw)
    assert mail.refusal is None and mail.from_addr.endswith("@cand.example")
