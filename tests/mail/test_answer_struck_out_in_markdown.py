"""Attack (issue 10 item 11, red-team variant): the answer struck out with Markdown's tildes in a plain-text part
("~~I use Hootsuite...~~" above "Thanks"). Every reader reads it as taken back, as "<del>" in HTML; the rules
read it as the answer and passed it. A "~~...~~" pair within one paragraph is now kept with the hidden text
(the injection checks still read it), in the plain part and in the text of an HTML part alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.decode import _without_struck_runs
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", ["answer_struck_out_in_markdown", "answer_struck_out_line_by_line_in_markdown"])
def test_an_answer_struck_out_in_markdown_never_passes(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()

    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


@pytest.mark.parametrize(("text", "shown", "struck"), [
    ("I use ~~Hootsuite~~ Buffer", "I use  Buffer", "Hootsuite"),
    ("~~I use Canva\nand Buffer~~\n\nThanks", "\n\nThanks", "I use Canva\nand Buffer"),
    ("I use ~~Canva~~.", "I use .", "Canva"),
    # not a pair: a blank line between, spaces inside the tildes, separator lines, approximations
    ("~~I use Canva\n\nand Buffer~~", "~~I use Canva\n\nand Buffer~~", ""),
    ("I use ~~ Canva ~~ daily", "I use ~~ Canva ~~ daily", ""),
    ("~~~~~~~~~~\nI use Canva\n~~~~~~~~~~", "~~~~~~~~~~\nI use Canva\n~~~~~~~~~~", ""),
    ("about ~5 hours, ~10 posts", "about ~5 hours, ~10 posts", ""),
])
def test_which_tildes_strike_out(text: str, shown: str, struck: str) -> None:
    assert _without_struck_runs(text) == (shown, struck)


def test_tilde_pairs_are_read_in_linear_time() -> None:
    """Openers that never close ("x ~~a ~~b ~~c ..."): each is read once, not to the paragraph's end."""
    import time

    def cost(n: int) -> float:
        text = "x " + "~~a " * n
        start = time.perf_counter()
        for _ in range(3):
            _without_struck_runs(text)
        return time.perf_counter() - start

    small, big = cost(5_000), cost(40_000)
    assert big < 24 * max(small, 1e-4)
