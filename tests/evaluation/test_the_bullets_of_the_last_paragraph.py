"""Where only its place marks the tip (the last paragraph), a list of points there is that paragraph whole, every
bullet of it (answers._with_its_bullets): "- Keep your voice low even if they shout" and "- Listening first
prevents escalation" are read together, as the same two lines without bullets are."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

ANSWERS = "Hi Alex,\n\nI schedule in Hootsuite and design in Canva.\n\nI watch reach, CTR and saves.\n\n"
POINTS = ("Keep your voice low and slow, even if the caller is loud or aggressive",
          "Listening first prevents escalation later.")


@pytest.mark.parametrize("bullet", ["- ", "* ", "• ", ""])
def test_a_list_of_points_last_is_the_tip(bullet: str) -> None:
    judgement = judge_rules(ANSWERS + "\n".join(bullet + point for point in POINTS), EvaluationSettings())
    assert judgement.criteria["angry_customer_tip"].met, judgement.criteria["angry_customer_tip"]


def test_bullets_of_another_paragraph_stay_apart() -> None:
    # The bullets before a blank line are another paragraph: a last one about something else is still no tip.
    text = ANSWERS + "\n".join("- " + point for point in POINTS) + "\n\n- Post three times a week on weekdays."
    judgement = judge_rules(text, EvaluationSettings())
    assert not judgement.criteria["angry_customer_tip"].met
