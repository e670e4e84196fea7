"""A list of metrics is no list of tools (issue 9 item 1, "channels stay channels" and the like): in French or
German a metric written as a list head ("Portee : le nombre de personnes ...", "Abonnes : ...") is rare as a word
and looks like a product name; it heads an item of the metrics answer, not a tool (`tool_names._listed_heads`,
as a head naming anger does: tests/evaluation/test_tips_valued_as_needed.py)."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_metrics_heading_list_items_are_no_tools(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tool_list_head_naming_a_metric_french"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Agorapulse",)
    assert "Portee" in judgement.criteria["metrics"].evidence
    # One tool in a language whose lexicons are thinner: a person decides, never a pass.
    assert judgement.verdict == Verdict.NEEDS_REVIEW
