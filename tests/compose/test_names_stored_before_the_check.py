"""Attack (issue 10 items 10 and 13, red-team variant): a name stored before names were checked where they come
in (an older release, a database restored from backup, a row edited by hand) was written out as stored.

"Gina\\nBcc: victim@..." as a candidate's name ended the Subject line of the endorser's acknowledgement (the
rest became the body's first line, or, refused at the composition boundary, the mail was never sent), an ESC
sequence or a bidi override reached the digest and the CLI's tables, and a member's name went into new
requests by email unchecked. Every place a stored name is written out now shows it through names.shown: each
character the name rule refuses becomes U+FFFD.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes

import pytest

from bot.admin import digest
from bot.console import views
from bot.db.models import EndorsementRequest, Member
from bot.outbound.compose import Composer
from bot.settings import Settings

SETTINGS = Settings().replace(bot={"address": "bot@bot.test", "name": "endorsebot"})
WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
STORED = [
    "Gina\r\nBcc: victim@else.example",
    "Gina\nendorsement #7: passed",
    "Gina\u2028Bcc : victim@else.example",
    "Gina\x1b]0;pwned\x07",
    "Gina\x9b31m",
    "Gina \u202edessap",
    "Gi\u200dna",  # a joiner between Latin letters: invisible, a look-alike of "Gina"
]
UNSAFE = {"\r", "\n", "\u2028", "\x1b", "\x07", "\x9b", "\u202e", "\u200d"}


def _request(name: str) -> EndorsementRequest:
    return EndorsementRequest(id=7, endorser_email="alice@members.example", endorser_name=name,
                              candidate_email="gina@cand.example", candidate_name=name, token="t" * 20,
                              status="needs_review", created_at=WHEN, deadline_at=WHEN, decided_at=WHEN)


@pytest.mark.parametrize("name", STORED)
@pytest.mark.parametrize("kind", ["ack", "reminder", "confirm_request"])
def test_a_stored_name_is_shown_safely_in_the_mail_we_send(kind: str, name: str) -> None:
    composer = Composer(SETTINGS)
    rendered = composer.render(kind, {"request": _request(name), "thresholds": SETTINGS.evaluation,
                                      "window_hours": 72, "reply_by": WHEN, "valid_until": WHEN})
    data = composer.build(rendered, to=["gina@cand.example"], message_id="<m.1@bot.test>", date=WHEN)

    message = message_from_bytes(data)
    assert message["Bcc"] is None
    assert "Gi" in rendered.subject + rendered.text and "\ufffd" in rendered.subject + rendered.text
    assert not UNSAFE & set(rendered.subject) and not UNSAFE & set(rendered.text.replace("\n", ""))
    assert "endorsement #7: passed" not in rendered.text.splitlines()


@pytest.mark.parametrize("name", STORED)
def test_a_stored_name_is_shown_safely_in_the_digest(name: str) -> None:
    case = digest._case(_request(name), None)

    for text in (case.endorser, case.candidate):
        assert text.startswith("Gi") and "\ufffd" in text and not UNSAFE & set(text)


@pytest.mark.parametrize("name", STORED)
def test_a_stored_name_is_shown_safely_on_the_terminal(name: str) -> None:
    table = views.members_table([Member(email="alice@members.example", name=name, created_at=WHEN)])
    person = views._person("gina@cand.example", name)

    assert "\ufffd" in table and not UNSAFE & set(table.replace("\n", ""))
    assert len(table.splitlines()) == 3  # the header, its rule and one row: no line of the name's own
    assert person.startswith("Gi") and not UNSAFE & set(person)


@pytest.mark.parametrize("name", ["Zoë Müller-Łukasz", "\u0645\u06cc\u200c\u0631\u0632\u0627", "क्\u200dष", "中文"])
def test_a_name_the_rule_allows_is_shown_as_stored(name: str) -> None:
    assert name in Composer(SETTINGS).render("ack", {"request": _request(name)}).text
    assert digest._case(_request(name), None).endorser == name
