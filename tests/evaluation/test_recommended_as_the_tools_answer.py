"""Where the reply answers the tools question by its shape (under a "Tools" label, numbered 1, under the quoted
question), the candidate's own recommendation ("Tools: I recommend Metricool and Planable") is their answer to which
tools they use, and so is advice to the reader given there ("Tools: Use tools such as Facebook Insights or Google
Analytics to track ...", "1) ... you could also use a Discord bot"): asked which tools they use, candidates answer
in the second person of their own tools, and graders read it so (the sets built in stops 44 and 45 label such
answers passes). The trade's examples there ("Tools: Try bots such as Dyno or YAGPDB ...") say which tools exist,
not that the candidate uses them: graders split on them, so a person decides (calibrated doubt). Elsewhere a
recommendation stays doubtful or negated, and another person's tools stay theirs (bot/evaluation/tools.py,
`_answers_the_tools_question`, `_counted`)."""

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


def test_advice_to_the_reader_under_the_tools_label_is_the_answer() -> None:
    judgement = judge_rules("Tools: Use tools such as Facebook Insights or Google Analytics to track your posts."
                            + _REST, EvaluationSettings())
    assert judgement.criteria["tools"].met
    assert judgement.verdict.value == "pass"


def test_a_recommendation_cue_under_the_answer_numbered_one_is_the_answer() -> None:
    judgement = judge_rules("1) Server Insights shows who joins; you could also use a Discord bot to track them.\n"
                            "2) Reach, saves and CTR.\n3) Listen to the angry customer first, then apologise.\n",
                            EvaluationSettings())
    assert set(judgement.criteria["tools"].evidence) == {"Server Insights", "Discord bot"}


def test_the_same_advice_outside_the_tools_answer_is_no_answer() -> None:
    judgement = judge_rules("Hi Alex, use tools such as Facebook Insights or Google Analytics to track your posts."
                            + _REST, EvaluationSettings())
    assert not judgement.criteria["tools"].met
