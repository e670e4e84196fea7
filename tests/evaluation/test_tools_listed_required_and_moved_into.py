"""Tools named in three more ways real replies use (issue 9 item 1):

- an article between a list's join and the next name, as Portuguese and Spanish put one before a product ("uso o
  Canva e o Trelliq"): the name after it is listed with the known tool (tool_names._ARTICLE);
- what is required of a profession, not what the candidate does: an obligation and a verb of knowing ("A
  community manager should also be familiar with ... Hootsuite", "deben estar familiarizados con ... como
  Hootsuite") names no tool in use, while the candidate's own obligation ("I have to master Hootsuite") does
  (negation.toml [required_grammar]);
- material moved into a product ("an RSS feed that I throw into Google Reader"): a usage frame
  (tool_frames.toml [before]).
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_a_name_after_a_join_and_an_article_is_listed(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_listed_with_articles_portuguese"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Canva", "Trelliq")
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize("scenario", ["tools_required_of_the_profession", "tools_required_of_the_profession_spanish"])
def test_tools_required_of_a_profession_are_not_the_candidates(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["tools"].evidence == ()
    assert not judgement.criteria["tools"].met
    assert judgement.verdict != Verdict.PASS


def test_the_candidates_own_obligation_is_use(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_required_of_oneself"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Hootsuite", "Canva")
    assert judgement.verdict == Verdict.PASS


def test_a_product_material_is_moved_into_is_used(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_material_moved_into_a_product"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Hootsuite", "Google Reader")
    assert judgement.verdict == Verdict.PASS


def test_tools_tried_on_the_way_to_another_are_not_counted(thresholds: EvaluationSettings) -> None:
    """"After poking at Buffer and Later, I fell in love with Zapier": the first two were tried on the way to the
    third (negation.toml [soft_before]); with one tool left a person decides."""
    judgement = judge_rules(reply("tools_tried_on_the_way_to_another"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Zapier",)
    assert judgement.verdict != Verdict.PASS


def test_tools_offered_to_the_reader_as_an_option_are_not_the_candidates(thresholds: EvaluationSettings) -> None:
    """"you may consider using a chart in Excel or Google Sheets" offers the reader an option (negation.toml
    [soft_before]): doubtful, so a person decides."""
    judgement = judge_rules(reply("tools_offered_to_the_reader_as_an_option"), thresholds)
    assert judgement.criteria["tools"].evidence == ()
    assert judgement.verdict != Verdict.PASS


def test_a_product_posts_are_scheduled_in_is_used(thresholds: EvaluationSettings) -> None:
    """"I schedule posts in Smartsheet": words may stand between "schedule" and "in" (tool_frames.toml [before])."""
    judgement = judge_rules(reply("tools_scheduled_in_a_product"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Smartsheet", "Hootsuite")
    assert judgement.verdict == Verdict.PASS
