"""Issue 10 item 8, red-team variant: a reply whose body is base64 (or quoted-printable) quotes the request mail
with the candidate's reply address in it. export-person printed the stored raw bytes, so the encoded address
survived redaction and its reader could answer as the candidate. Such a message is shown decoded, then redacted."""

from __future__ import annotations

import base64
import json
from email.message import EmailMessage
from typing import Any

import pytest

from bot.admin.person import Capabilities, decoded_if_encoded, redact

TOKEN = "q7f3kz9w2m"
REPLY_TO = f"bot+{TOKEN}@bot.test"


def stored(cte: str) -> str:
    message = EmailMessage()
    message["From"] = "Gina Candidate <gina@cand.example>"
    message["To"] = REPLY_TO
    message["Subject"] = "Re: Your skills check"
    body = f"I use Later and Canva.\n\nOn Monday, Endorsements <{REPLY_TO}> wrote:\n> Please reply within 36 hours.\n"
    message.set_content(body, cte=cte)
    return message.as_bytes().decode("utf-8", "replace")


def test_a_reply_address_hidden_by_a_body_encoding_is_redacted_from_the_export() -> None:
    capabilities = Capabilities.of("bot@bot.test", (TOKEN,))
    raw = stored("base64")
    assert REPLY_TO not in raw.split("\n\n", 1)[1]  # the body hides it in its encoding
    row: dict[str, Any] = {"id": 7, "raw": raw}
    decoded_if_encoded(row, capabilities)
    exported = json.dumps(redact(row, capabilities))
    assert TOKEN not in exported
    assert base64.b64encode(REPLY_TO.encode()).decode()[:12] not in exported
    assert "bot+[redacted]@bot.test" in exported and "I use Later and Canva." in exported
    assert row["raw_shown"].startswith("decoded")


@pytest.mark.parametrize("cte", ["7bit", "quoted-printable"])
def test_a_message_whose_capability_is_in_plain_sight_keeps_its_raw_form(cte: str) -> None:
    """The address written as it is: redact() removes it from the raw form itself."""
    capabilities = Capabilities.of("bot@bot.test", (TOKEN,))
    raw = stored(cte)
    row: dict[str, Any] = {"id": 8, "raw": raw}
    decoded_if_encoded(row, capabilities)
    assert row["raw"] == raw and "raw_shown" not in row
    assert TOKEN not in json.dumps(redact(row, capabilities))
