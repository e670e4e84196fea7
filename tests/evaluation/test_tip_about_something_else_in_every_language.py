"""A tip about something else does not count (DESIGN.md), in every language: advice under the tip's label with no
handling action and no anger word that names another thing it is for (the reader's content, captions, hashtags, an
editorial calendar: tips.toml [other_targets], now in es/de/fr/pt too) is a clear gap, not partial evidence for a
person ("Mon conseil : variez les formats et préparez votre calendrier éditorial"); so is advice to publish
("Consejo: publica a diario y siempre a la misma hora"). Advice in words the lists do not
know that names nothing else ("gardez la tête froide et laissez passer quelques minutes") still goes to a person."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize("scenario", [
    "tip_about_content_fr", "tip_about_content_pt", "tip_about_content_es", "tip_about_posting_es",
    "tip_about_posting_fr"])
def test_advice_about_content_under_the_tip_label_fails(scenario: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["tools"].met and judgement.criteria["metrics"].met
    tip = judgement.criteria["angry_customer_tip"]
    assert not tip.met
    assert any(note.startswith("advice about something else in the answer under the label") for note in tip.notes)
    assert judgement.verdict == Verdict.FAIL


def test_advice_in_unknown_words_naming_nothing_else_goes_to_a_person(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_in_unknown_words_fr"), thresholds)
    assert not judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.NEEDS_REVIEW
