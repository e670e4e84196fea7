"""A capitalised "Report" or "Reports" after common words titles a document, not a product ("the metrics we review
in our Marketing Reports", "the Monthly Report"), where a capitalised product noun ends a product's name ("the
Creator Dashboard")."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_REST = "\n\nI watch reach, saves and CTR.\n\nAngry customers: listen first and apologise.\n\nThanks"


@pytest.mark.parametrize("tools", [
    "The numbers we review in our Marketing Reports come from Hootsuite.",
    "We send the Monthly Report out of Hootsuite.",
])
def test_a_capitalised_report_is_no_tool(tools: str) -> None:
    criterion = judge_rules(f"Hi,\n\n{tools}{_REST}", EvaluationSettings()).criteria["tools"]
    assert criterion.evidence == ("Hootsuite",), criterion


def test_a_capitalised_product_noun_still_ends_a_products_name() -> None:
    reply = f"Hi,\n\nI view the numbers in the Creator Dashboard and use Hootsuite.{_REST}"
    criterion = judge_rules(reply, EvaluationSettings()).criteria["tools"]
    assert criterion.evidence == ("Creator Dashboard", "Hootsuite"), criterion
