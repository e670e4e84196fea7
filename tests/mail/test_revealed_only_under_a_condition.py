"""Attacks (issue 10 item 11, red-team variants): the answer hidden by a plain rule (".a{display:none}", ".a{color:
#fff}") and revealed by a rule that applies only under a condition: "@media (min-width:99999px)" (a screen
nobody has), "@supports (display:nonsense)", "@media print", "@media (prefers-color-scheme:dark)", or an
"@layer" that a layer declared later overrides. The rules inside an at-rule were applied as if every reader met
the condition, so the answer counted as visible and passed. Rules inside @media, @supports, @container,
@document and @layer now only ever hide (as rules with combinators do): some reader meets the condition, so
they may hide; another does not, so they never reveal."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail import css
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", [
    "answer_revealed_only_on_a_screen_nobody_has", "answer_revealed_only_where_a_feature_exists",
    "answer_revealed_only_in_print", "answer_revealed_only_in_dark_mode",
    "answer_revealed_by_a_layer_another_overrides",
])
def test_an_answer_revealed_only_under_a_condition_never_passes(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


def test_a_large_media_block_read_in_pieces_never_reveals_either() -> None:
    """A block longer than the chunk the sheet is read in is read in pieces: its rules may only hide too."""
    filler = "".join(f".f{i}{{padding:{i % 7}px}}" for i in range(250))
    assert len(filler) > css._CHUNK_CHARS
    html = (f"<style>.a{{display:none}} @media screen and (min-width:99999px){{{filler}.a{{display:block}}}}</style>"
            "<p class=a>I use Buffer</p><p>Thanks</p>")
    rendered = html_to_text(html)
    assert "I use Buffer" in rendered.hidden and "I use Buffer" not in rendered.text


@pytest.mark.parametrize("html", [
    "<style>@media screen{.m{display:none}}</style><p class=m>I use Buffer</p><p>Thanks</p>",
    "<style>@media (max-width:600px){.m{color:#ffffff}}</style><p class=m>I use Buffer</p><p>Thanks</p>",
])
def test_a_condition_some_reader_meets_still_hides(html: str) -> None:
    assert "I use Buffer" in html_to_text(html).hidden


def test_style_inside_a_condition_that_changes_nothing_is_read_as_before() -> None:
    html = "<style>@media (max-width:600px){.w{width:100% !important;padding:0}}</style><p class=w>I use Buffer</p>"
    rendered = html_to_text(html)
    assert rendered.text == "I use Buffer" and not rendered.style_unchecked
