""""used" after a form of "be" is passive: what is used stands before it, and the word after it says how or by whom,
no name ("Google Analytics is used today, but it is used inconsistently": "inconsistently", rare in the word lists,
was read as a product typed in lower case; bot/evaluation/tool_names.py, `_passive`). "I used X" still names X."""

from __future__ import annotations

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def _tools(text: str) -> set[str]:
    return {e.lower() for e in find_tools(Reading.of(text, "en")).evidence}


def test_the_word_after_a_passive_used_is_no_tool() -> None:
    assert _tools("Tools: Google Analytics is used today, but it is used inconsistently. I also use canva.") == {
        "google analytics", "canva"}


def test_names_after_an_active_used_still_count() -> None:
    assert _tools("Tools: I used Kurrently and Swat.io today.") == {"kurrently", "swat.io"}
