"""Attack (issue 10 item 12, hostile24's red team): the instruction to the grader in the content of a ``<meta
name=description>`` in the HTML's head, which no reader draws, under a complete answer. Only alt, title and
aria-label were kept with the hidden text the injection checks read, so it passed. A named meta tag's content is
kept with them now (within the same bound): the reply goes to a person. Ordinary meta tags (a generator, a
viewport) change nothing."""

from __future__ import annotations

from pathlib import Path

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import MAX_ATTRIBUTE_TEXT, html_to_text
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


def test_an_instruction_in_a_meta_description_goes_to_a_person() -> None:
    result = evaluate_bytes((FIXTURES / "injection_in_a_meta_description.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review" and "manipulation" in result["reasons"]


def test_ordinary_meta_tags_change_nothing() -> None:
    result = evaluate_bytes((FIXTURES / "ordinary_meta_tags.eml").read_bytes(), Settings())
    assert result["verdict"] == "pass"


def test_meta_content_is_hidden_text_within_the_attributes_bound() -> None:
    rendered = html_to_text("<head>" + "<meta name=keywords content='a b c'>" * 5000 + "</head><p>I use Buffer</p>")
    assert rendered.text == "I use Buffer" and "a b c" in rendered.hidden
    assert len(rendered.hidden) <= MAX_ATTRIBUTE_TEXT + 20
