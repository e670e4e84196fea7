"""The tip where only its place marks the answer, and labels that count steps (issue 9 items 3, 5).

- "Step 1: say sorry. It doesn't matter whose fault it was; ..." as the last paragraph went to a person: the
  label's "1" was read as the request's question 1, so the paragraph answered the tools question and no part
  answered the tip's. A number after a word that counts something else ("Step", "Rule", "Day", "Tip";
  advice.toml [counted_with_a_number]) names no question.
- In the last paragraph (no label, no number), a word of trouble besides the advice's own actions ("fault",
  "blame", "a rough day"; tips.toml [trouble]) says whom the advice is for, as an anger word would: a handling
  action told as advice, or advice plainly told to a person ("Often the person is simply having a rough day
  ..., so just give them a friendly reminder"), is the tip. "Stay calm during big launches ..." names no
  trouble besides its own action: still a person decides.
- "For every Twitter Mention of our page": an everyday-word product name right after a channel's name is the
  channel's thing (a mention), whatever its capital.
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize("scenario", [
    "tip_step_one_label_in_the_last_paragraph",
    "tip_told_to_a_person_having_a_bad_day",
])
def test_the_last_paragraph_beside_trouble_is_the_tip(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS


def test_a_handling_action_with_no_trouble_besides_it_goes_to_a_person(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_handling_action_about_launches"), thresholds)
    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert judgement.reasons == ("unsure:angry_customer_tip",)


def test_an_everyday_name_after_a_channel_is_no_tool(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_a_channel_then_an_everyday_name"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Agorapulse",)
    assert judgement.verdict == Verdict.FAIL


def test_french_the_person_is_no_nobody(thresholds: EvaluationSettings) -> None:
    """"Je remercie la personne, je reconnais le souci et je propose une solution": French "personne" is also "the
    person"; only "à personne" undoes an action (advice.toml [undone_after]), so the three actions were anti advice."""
    judgement = judge_rules(reply("tip_fr_thank_the_person"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS
