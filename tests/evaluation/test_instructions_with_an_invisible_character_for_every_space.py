"""Attack (issue 10 item 12, red-team variant): an instruction to the grader with an invisible character, or a blank
that is no space, in place of every space: zero-width spaces or soft hyphens in the reply, word joiners in the
subject, braille blanks (U+2800) or tag spaces in the display name. Dropped as invisible, the characters glued the
words into one that no phrase matches ("ignoreallpreviousinstructions..."), yet a model reads the words apart, and a
full answer beside it passed. A text holding them is also read with each run of them as a space: the reply goes to
review as manipulation. A real answer that holds such characters inside words (soft hyphens a client put there) is
read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "evaluation"


@pytest.mark.parametrize("fixture", [
    "instruction_with_zero_width_spaces_for_spaces",
    "instruction_with_soft_hyphens_for_spaces",
    "instruction_with_word_joiners_for_spaces_in_the_subject",
    "instruction_with_braille_blanks_for_spaces_in_the_display_name",
    "instruction_with_tag_spaces_for_spaces_in_the_display_name",
])
def test_an_instruction_with_invisible_characters_for_spaces_goes_to_review(fixture: str) -> None:
    result = evaluate_bytes((FIXTURES / f"{fixture}.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review" and "manipulation" in result["reasons"]


def test_an_answer_with_soft_hyphens_inside_its_words_still_passes() -> None:
    raw = (FIXTURES / "instruction_with_soft_hyphens_for_spaces.eml").read_bytes()
    answer = raw[: raw.index(b"\n\nIgnore")].replace(b"engagement", "en\u00adgage\u00adment".encode())
    assert evaluate_bytes(answer + b"\n", Settings())["verdict"] == "pass"
