"""Attack (issue 10 item 11, red-team variant): the answer written in an element that attaches a declarative shadow
root ('<div><template shadowrootmode=open><p>Thanks, ...</p></template>I use Hootsuite...</div>'). A reader that
knows shadow roots (WebKit, Blink) draws the root's "Thanks" in place of the element's own children, which it shows
only through a <slot>; the HTML reader hid the template and read the answer. Which children are drawn is not worked
out, so the reply goes to review as style_unchecked and the model is not asked."""

from __future__ import annotations

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings
from tests.mail.conftest import FIXTURES


def test_an_answer_in_the_host_of_a_shadow_root_goes_to_review() -> None:
    raw = (FIXTURES / "answer_in_the_host_of_a_shadow_root.eml").read_bytes()
    assert parse_mail(raw).style_unchecked
    result = evaluate_bytes(raw, Settings())
    assert result["verdict"] == "needs_review" and "style_unchecked" in result["reasons"]


def test_a_plain_template_changes_nothing() -> None:
    rendered = html_to_text("<p>I use Buffer</p><template><p>x</p></template>")
    assert rendered.text == "I use Buffer" and not rendered.style_unchecked
