"""Grammar the other languages share with English (issue 9 items 2 and 3):

- a frequency is a quantity as "how often" is: "wie oft geteilt wird" counts shares (metric_frames.toml
  [quantities]: "wie oft", "con qué frecuencia", "à quelle fréquence", "com que frequência");
- a duty named by how much it matters, with words between, is advice mood as "it is ... essential to" is: "il est
  pour autant primordial de ne pas les négliger" (advice.toml [mood]).
"""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_how_often_something_is_done_is_a_metric_in_german(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_how_often_german"), thresholds)
    assert any(item.startswith("wie oft") for item in judgement.criteria["metrics"].evidence)
    assert judgement.criteria["metrics"].met
    assert judgement.verdict == Verdict.PASS


def test_a_duty_valued_as_essential_is_the_tip_in_french(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_valued_as_essential_french"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS


def test_a_habit_limited_by_only_is_told_as_advice(thresholds: EvaluationSettings) -> None:
    """"only" may stand between the subject and the verb of a habit, as "always" and "usually" do: "I only reply in
    private to angry people" (advice.toml [lead_in])."""
    judgement = judge_rules(reply("tip_habit_with_only"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS


def test_growth_in_a_list_of_metrics_counts_in_spanish(thresholds: EvaluationSettings) -> None:
    """"(alcance, engagement, crecimiento)": growth in a list of metrics is a metric, as "growth" is in English
    (metrics.toml "?crecimiento", "?Wachstum", "?croissance", "?crescimento": only beside other metrics)."""
    judgement = judge_rules(reply("metrics_growth_in_a_list_spanish"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("alcance", "engagement", "crecimiento")
    assert judgement.verdict == Verdict.PASS


def test_owning_the_mistake_is_a_handling_action_in_spanish(thresholds: EvaluationSettings) -> None:
    """"asume el error" is "own the mistake" (tips.toml [actions] and [handling] in es, de, fr and pt)."""
    judgement = judge_rules(reply("tip_owning_the_mistake_spanish"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS


def test_a_named_approach_with_words_between_is_advice_mood(thresholds: EvaluationSettings) -> None:
    """"my personal approach is to reply publicly, but very politely" names the way as "my approach" does
    (advice.toml [mood] "my ... approach", "my ... tip")."""
    judgement = judge_rules(reply("tip_named_approach_with_words_between"), thresholds)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS


def test_a_measurement_used_to_quantify_is_no_past_habit(thresholds: EvaluationSettings) -> None:
    """"CSAT is a measurement used to quantify ...": after a thing named for what it does, "used to" is its use, not
    "I used to" (negation.toml [not_cues])."""
    judgement = judge_rules(reply("metric_a_measurement_used_to_quantify"), thresholds)
    assert "CSAT" in judgement.criteria["metrics"].evidence
    assert judgement.verdict == Verdict.PASS
