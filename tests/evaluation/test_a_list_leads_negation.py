"""A list's lead line speaks for its items: "Some great tools you could use are:" over "- Synthesio / - Brandwatch"
recommends them to the reader, as it would with the names on its own line; "Tools I stopped using:" sets them aside.
A plain lead ("Tools I use:") leaves the items the candidate's."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nI watch reach, saves and response time.\n\nTip: listen to angry customers and apologise."


@pytest.mark.parametrize("lead", ["Some great tools you could use are:", "Tools I stopped using:",
                                  "We cancelled these last year:"])
def test_a_negating_lead_speaks_for_its_items(lead: str) -> None:
    judgement = judge_rules(f"{lead}\n- Synthesio\n- Brandwatch\n- Sprinklr{_REST}", EvaluationSettings())
    assert not judgement.criteria["tools"].met, judgement.criteria["tools"]
    assert judgement.verdict != Verdict.PASS


@pytest.mark.parametrize("lead", ["Tools I use:", "Some great tools I use every day are:", "My stack:"])
def test_a_plain_lead_leaves_its_items(lead: str) -> None:
    judgement = judge_rules(f"{lead}\n- Synthesio\n- Brandwatch\n- Sprinklr{_REST}", EvaluationSettings())
    assert judgement.criteria["tools"].met, judgement.criteria["tools"]


def test_a_paragraph_after_the_list_is_no_item_of_it() -> None:
    text = f"Tools I stopped using:\nHootsuite\nAgorapulse\n\nSprout Social and Canva are what we use now.{_REST}"
    assert judge_rules(text, EvaluationSettings()).criteria["tools"].evidence == ("Sprout Social", "Canva")
