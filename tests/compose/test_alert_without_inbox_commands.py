"""An alert when inbox commands are off (no ENDORSEBOT_BOT_SECRET): the CLI commands and the note saying why
inbox commands are off stand on lines of their own, so an admin can copy a command as it is."""

from __future__ import annotations

from bot.outbound.compose import Composer
from bot.settings import load_settings


def test_the_cli_commands_and_the_inbox_note_are_separate_lines() -> None:
    composer = Composer(load_settings(environ={}))
    rendered = composer.render("alert", {
        "kind": "needs_review", "summary": "a reply to look at", "request_id": 3, "inbound_id": 4,
        "request_status": "needs_review", "actions": ("approve", "reject", "extend"), "admin": "admin@org.example",
        "reply_to": ""})
    lines = rendered.text.splitlines()
    decide = next(line for line in lines if line.startswith("Decide with:"))
    assert decide.endswith("endorsebot review extend 3 12")
    assert lines[lines.index(decide) + 1] == "(Inbox commands are off until ENDORSEBOT_BOT_SECRET is set.)"
