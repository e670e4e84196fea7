"""Where the reply answers the tools question by its shape (under a "Tools" label, numbered 1, under the quoted
question), the candidate's own recommendation ("Tools: I recommend Metricool and Planable") is their answer to which
tools they use. Advice to the reader or the trade's examples there ("Tools: Try bots such as Dyno or YAGPDB ...")
say which tools exist, not that the candidate uses them: graders split on them, so a person decides (calibrated
doubt; recommendations are not use). Elsewhere a recommendation stays doubtful too, and another person's tools stay
theirs (bot/evaluation/tools.py, `_answers_the_tools_question`, `_counted`)."""

from __future__ import annotations

from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings, Settings
from tests.evaluation.conftest import FIXTURES

_REST = "\nMetrics: reach, saves and CTR.\nTip: listen to the angry customer first, then apologise.\n"


def test_examples_recommended_to_the_reader_under_the_tools_label_go_to_a_person() -> None:
    result = evaluate_bytes((FIXTURES / "recommended_as_the_tools_answer.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review"
    assert not result["criteria"]["tools"]["met"]
    assert any("Dyno" in note for note in result["criteria"]["tools"]["notes"])


def test_the_candidates_recommendation_under_the_tools_label_is_the_answer() -> None:
    judgement = judge_rules("Tools: I recommend Metricool and Planable to anyone starting out." + _REST,
                            EvaluationSettings())
    assert judgement.criteria["tools"].met


def test_the_same_recommendation_outside_the_tools_answer_goes_to_a_person() -> None:
    judgement = judge_rules("Hi Alex, I recommend Metricool and Planable to anyone starting out." + _REST,
                            EvaluationSettings())
    assert judgement.verdict.value == "needs_review"


def test_another_persons_tools_under_the_label_stay_theirs() -> None:
    judgement = judge_rules("Tools: She swears by tools like Metricool and Planable." + _REST, EvaluationSettings())
    assert not judgement.criteria["tools"].met
