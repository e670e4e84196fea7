"""Attack (issue 10 item 6, red-team variant): the candidate's address with a character no reader sees inside it,
``car\\u200bol@cand.example`` (a zero-width space; or a soft hyphen, a BOM, a tag character, a Hangul filler) in a
From written in UTF-8. It is another mailbox, so the answer was refused as someone else's (``wrong_sender``), but
the admins' alert and the digest then said "carol@cand.example answered for carol@cand.example" as every client
draws it, and an admin could take the stranger's answer for the candidate's. Such a From is refused before any
stage reads the message, as ``encoded_sender`` with the character named, like a control character there; a
display name keeps its joiners (Persian names, emoji sequences).
"""

from __future__ import annotations

import pytest

from bot.domain.reasons import Reason
from bot.mail.parse import parse_mail
from tests.workflow.world import World


@pytest.mark.parametrize("unseen", ["\u200b", "\u00ad", "\ufeff", "\U000e0020", "\u3164", "\u2060"])
async def test_a_from_address_holding_an_invisible_character_is_refused_by_name(world: World, unseen: str) -> None:
    request = await world.request()
    local, _, domain = request.candidate_email.partition("@")
    look_alike = f"{local[:2]}{unseen}{local[2:]}@{domain}"

    row = await world.deliver("answer_from_the_candidates_address_with_an_invisible_character.eml", request,
                              look_alike=look_alike)

    assert row.reason == Reason.ENCODED_SENDER
    assert f"U+{ord(unseen):04X}" in (row.reason_detail or "")
    assert row.raw is not None
    assert (await world.get(request.id)).status == "sent"


@pytest.mark.parametrize("sender", [
    "Ana \U0001f469\u200d\U0001f4bb <ana@members.example>",  # an emoji sequence in the name
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 <mina@members.example>",  # a Persian name with ZWNJ
    "Jos\u00e9 <jos\u00e9@b\u00fccher.example>",  # an internationalised address
])
def test_joiners_in_a_display_name_and_letters_of_an_address_are_no_trick(sender: str) -> None:
    mail = parse_mail(f"From: {sender}\nTo: endorse@bot.test\nSubject: Hello\n\nHi\n".encode())
    assert mail.refusal is None and "@" in mail.from_addr
