"""Attack (issue 10 item 8, red-team variant): `export-person` handed out a signed admin reply address spelt as a
link writes it. The digest's HTML buttons are 'mailto:bot%2Badm-<kid>-0-<hour>-<mac>@bot.test' (a mailto URL spells
"+" as %2B), and the redaction looked for "bot+" only, so an admin's export held the digest's address, which
accepts commands about every request, whole. Any spelling of the bot's plus-address ("+" or "@" percent-encoded or
written as an HTML character reference) is redacted now, and so is a signed or confirmation tag standing alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.admin.person import Capabilities
from tests.admin.cli_world import endorsebot, prepare
from tests.admin.helpers import ADMIN
from tests.admin.test_privacy import gina_everywhere

# The capabilities themselves, whatever surrounds them: a signed admin address's tag, an admin confirmation's, a
# member confirmation's.
SIGNED_TAGS = re.compile(r"(?:adm-[a-z0-9]{4}-\d+-\d+|acf-\d+|cfm-\d+)-[a-z0-9]{16,}", re.I)


def test_an_admins_export_holds_no_signed_address_in_any_spelling(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    prepare(tmp_path, gina_everywhere)  # a digest with its buttons is queued for the admins
    assert endorsebot(tmp_path, "export-person", ADMIN, monkeypatch=monkeypatch) == 0
    text = capsys.readouterr().out
    assert "mailto:bot%2B[redacted]@bot.test" in text  # the button is still shown, its capability is not
    assert SIGNED_TAGS.findall(text) == []


@pytest.mark.parametrize("spelling", [
    "mailto:bot%2Badm-abcd-12-499162-t6ojpiyraa4ps3serotc@bot.test",
    "mailto:bot%2badm-abcd-12-499162-t6ojpiyraa4ps3serotc%40bot.test",
    "bot&#43;adm-abcd-12-499162-t6ojpiyraa4ps3serotc&#64;bot.test",
    "bot&#x2B;acf-77-t6ojpiyraa4ps3serotc@bot.test",
    "bot&plus;cfm-5-t6ojpiyraa4ps3serotcabcdef&commat;bot.test",
    "(cfm-5-t6ojpiyraa4ps3serotcabcdef) written alone",
    "<cfm-5-t6ojpiyraa4ps3serotcabcdef@bot.test>",
])
def test_every_spelling_of_a_capability_is_redacted(spelling: str) -> None:
    scrubbed = Capabilities.of("bot@bot.test", ("tok123secret",)).scrub(spelling)
    assert SIGNED_TAGS.findall(scrubbed) == [] and "t6ojpiyraa4ps3serotc" not in scrubbed


def test_ordinary_text_is_left_alone() -> None:
    text = "CFM-56 engines, adm-1 and the cfm-2 form; bot@bot.test"
    assert Capabilities.of("bot@bot.test", ()).scrub(text) == text
