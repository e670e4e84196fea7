"""A capitalised name after "the" in the answer to the tools question is a place or a body, not a product ("Currently,
the Blanton posts regularly to Facebook": a museum); a product after "the" has a frame that tells it ("the Zorblax
app"), and names with no article are still read as the answer's tools."""
from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_AFTER = "\n\n2) I watch reach, saves and CTR.\n\n3) Listen first and apologise to angry customers.\n\nThanks"


def _tools(answer: str) -> tuple[str, ...]:
    return judge_rules(f"Hi,\n\n1) {answer}{_AFTER}", EvaluationSettings()).criteria["tools"].evidence


def test_a_name_after_the_is_no_tool() -> None:
    assert _tools("Currently, the Blanton posts regularly to Facebook and Twitter, and Kurrently schedules it.") == (
        "Kurrently",)


def test_a_product_after_the_with_its_frame_and_names_without_an_article_are_tools() -> None:
    assert set(_tools("The Zorblax app and Kurrently every morning.")) == {"Zorblax", "Kurrently"}
