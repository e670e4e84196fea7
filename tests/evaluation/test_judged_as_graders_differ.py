"""Readings a careful grader gives real replies (issue 9 items 1, 2, 4, 5), each a mechanism, not a phrase:

- a brand's own product named after its possessive is one tool with it ("With Later's Instagram Analytics ..."
  named two tools; a tool and another apart still count two);
- a metric defined in a clause after a fronted phrase or a turn ("In a monthly report, reach is the number of
  accounts that saw a post, while impressions are the number of times the post was shown") is the metric it
  defines, not a third one;
- in a language whose lists are thinner than English's, an action word where the reply answers the tip
  question, told in a mood no list knows, goes to a person rather than failing ("Wenn ein Fehler länger dauert,
  poste ... ein kurzes Update zur Lösung");
- hostility aimed at the speaker is an anger word ("When a member starts attacking you in a thread, I answer
  once and move on").
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize(("scenario", "tools"), [
    ("tools_a_brands_own_product", ("Later",)),
    ("tools_a_brand_and_a_product_apart", ("Later", "Instagram Analytics")),
])
def test_a_brands_own_product_is_one_tool_with_it(scenario: str, tools: tuple[str, ...],
                                                  thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["tools"].evidence == tools


def test_a_metric_defined_after_a_fronted_phrase_or_a_turn_counts_once(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_defined_after_a_fronted_phrase"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("reach", "impressions")
    assert judgement.verdict == Verdict.FAIL


def test_an_action_in_a_thin_languages_tip_place_goes_to_a_person(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_thin_language_action_in_unknown_mood"), thresholds)
    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert judgement.reasons == ("unsure:angry_customer_tip",)


def test_hostility_at_the_speaker_is_an_anger_word(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_someone_attacking_you"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS
