"""Attack (issue 10 item 11, red-team variant): a colour written with an old browser hack, 'color:#000 !ie'. Its
"!" is a token the colour cache could not hash, so reading the style raised TypeError and the whole message was
refused as unparseable: never judged, whatever it said, and no reason but a Python error. A browser drops the
declaration (the "!ie" makes it invalid), so in 'color:#fff;color:#000 !ie' the answer stays white: such a reply
goes to review as style_unchecked, and one whose hack changes nothing is read."""

from __future__ import annotations

from bot.evaluation.offline import evaluate_bytes
from bot.mail.parse import parse_mail
from bot.settings import Settings
from tests.mail.conftest import FIXTURES


def test_the_answer_under_a_hack_a_browser_drops_goes_to_review() -> None:
    raw = (FIXTURES / "answer_under_a_colour_hack_a_browser_drops.eml").read_bytes()
    assert parse_mail(raw).error is None
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "needs_review" and "style_unchecked" in result["reasons"]


def test_a_reply_whose_style_holds_a_hack_is_read() -> None:
    mail = parse_mail((FIXTURES / "answer_in_a_colour_with_a_browser_hack.eml").read_bytes())
    assert mail.error is None and "I use Hootsuite" in mail.reply_text
