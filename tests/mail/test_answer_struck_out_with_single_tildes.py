"""Attack (issue 10, red team): the answer struck out with one tilde on each side ("~I use Hootsuite...~", as Slack,
Discord and GitHub show strikethrough) above "Thanks, I'll answer properly next week". Only Markdown's "~~pair~~"
was read as taken back, so the struck answer passed. A single-tilde pair within one line, whose tildes stand alone
(not inside a word, not beside another tilde), is now kept with the hidden text like a "~~pair~~"."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.decode import _without_single_tilde_runs
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings
from tests.growth import cpu_growth

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", ["answer_struck_out_with_single_tildes",
                                     "answer_struck_out_line_by_line_with_single_tildes"])
def test_an_answer_struck_out_with_single_tildes_never_passes(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


@pytest.mark.parametrize(("text", "shown", "struck"), [
    ("Tools: ~Hootsuite, Buffer~\nThanks", "Tools: \nThanks", "Hootsuite, Buffer"),
    ("I use ~Canva~.", "I use .", "Canva"),
    ("~a ~b c~ d", "~a  d", "b c"),
    # not a pair: approximations, ranges, paths, spaces inside, a line break between, tildes in words, separators
    ("about ~5 hours, ~10 posts", "about ~5 hours, ~10 posts", ""),
    ("10~20 people", "10~20 people", ""),
    ("my ~/.ssh/config file and foo~.js", "my ~/.ssh/config file and foo~.js", ""),
    ("I use ~ Canva ~ daily", "I use ~ Canva ~ daily", ""),
    ("~I use Canva\nand Buffer~", "~I use Canva\nand Buffer~", ""),
    ("x~a~ and a~b~c", "x~a~ and a~b~c", ""),
    ("~~~~~~\nI use Canva\n~~~~~~", "~~~~~~\nI use Canva\n~~~~~~", ""),
])
def test_which_single_tildes_strike_out(text: str, shown: str, struck: str) -> None:
    assert _without_single_tilde_runs(text) == (shown, struck)


def test_in_the_text_of_an_html_part_too() -> None:
    raw = (b"From: Gina <gina@cand.example>\r\nTo: bot+abc@bot.test\r\nSubject: Re: x\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/html; charset=utf-8\r\n\r\n<p>~I use Hootsuite and Buffer~</p><p>Thanks</p>")
    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert "~I use" in html_to_text("<p>~I use Hootsuite and Buffer~</p>").text  # the decoder strikes, not html


@pytest.mark.parametrize("shape", ["x " + "~a " * 4, "~" * 4, "~a" + " b" * 4, "~a b~c " * 4])
def test_single_tildes_are_read_in_linear_time(shape: str) -> None:
    assert cpu_growth(_without_single_tilde_runs, shape * 20_000, shape * 160_000) < 24
