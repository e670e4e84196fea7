"""Two readings of metrics and lists (issue 9 items 2 and "Bad input"):

- Spanish, French, German and Portuguese "por", "par", "pro" say what is counted per what only before a unit
  ("visitas por día"); elsewhere they are prepositions ("Mi carrera pasó por varias agencias", "un par de
  marcas") and name no metric (metric_frames.toml [per_units]).
- A reply that is keyword lists under labels is no answer, however a greeting above them reads ("Happy to help,
  here goes."), and an article or a possessive in an item ("fixing their problem") makes no list a sentence.
"""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_por_as_a_preposition_names_no_metric(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_por_as_a_preposition_spanish"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("alcance", "impresiones")
    # Two metrics in a language whose lexicons are thinner: a person decides, never a pass.
    assert judgement.verdict == Verdict.NEEDS_REVIEW


def test_por_before_a_unit_counts_per_unit(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("metrics_per_day_spanish"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("alcance", "impresiones", "visitas")
    assert judgement.verdict == Verdict.PASS


def test_keyword_lists_after_a_greeting_are_no_answer(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("keyword_lists_after_a_greeting"), thresholds)
    assert "keyword_list" in judgement.reasons
    assert judgement.verdict == Verdict.NEEDS_REVIEW
