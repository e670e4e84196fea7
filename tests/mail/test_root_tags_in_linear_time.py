"""Availability (issue 10 item 2) of the document's roots
(tests/mail/test_hidden_by_rules_on_the_unwritten_html_and_body.py): each <html> or <body> tag adds its
attributes to the one element a browser keeps, and worked out again, it cost the depth of the page or the
attributes already added: "<div>" x n, a word, then "<body aN=1>" x n took 7 s for 75 KB (quadratic). Now the
first root tag after text is worked out, later ones only send the reply to review, each root reads at most
MAX_ROOT_ATTRIBUTES attributes, and a <head> left open is closed without opening the roots again. Work is counted
in executed lines (tests/evaluation/steps.py), at n and 8n, not timed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail import css, html, visibility
from bot.mail.html import html_to_text
from tests.evaluation.steps import steps

N = 150
ALLOWED_RATIO = 12  # 8 for linear work, with room for fixed costs; a quadratic blow-up is about 64

ATTACKS: dict[str, Callable[[int], str]] = {
    "body tags of new attributes after deep text": lambda n: "<div>" * n + "x" + "".join(
        f"<body a{i}=1>" for i in range(n)),
    "body tags of new attributes before any text": lambda n: "".join(f"<body a{i}=1>" for i in range(n)) + "x",
    "heads left open then bodies": lambda n: "<head>" * n + "<body>" * n + "x",
    "a head and a body again and again": lambda n: "<head><body a=1>" * n + "x",
    "html tags of new attributes after text": lambda n: "x" + "".join(f"<html b{i}=1>" for i in range(n)),
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_root_tags_cost_work_in_proportion_to_the_markup(attack: str) -> None:
    build = ATTACKS[attack]
    files = [html.__file__, css.__file__, visibility.__file__]
    small = steps(lambda: html_to_text(build(N)), files)
    large = steps(lambda: html_to_text(build(8 * N)), files)
    assert large <= ALLOWED_RATIO * small, f"{attack}: {large / small:.1f}x the work for 8x the markup"


def test_a_page_of_root_tags_after_text_goes_to_review() -> None:
    assert html_to_text("<p>I use Later.</p>" + "".join(f"<body a{i}=1>" for i in range(3))).style_unchecked
