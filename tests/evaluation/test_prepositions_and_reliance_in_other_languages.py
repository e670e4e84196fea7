"""Words that read one way in English and another in the reply's own language (issue 9 items 1, 2 and 5):

- "per" in a German reply is "via" ("per Direktnachricht", "per E-Mail"), as "por", "par", "pro" are prepositions
  in es, fr, pt, de: it names what is counted per what only before a unit. A word that joins or points ("und",
  "los") or data in general ("pide sus DATOS por mensaje privado") is no thing counted per something either
  (metric_frames.toml [not_things]).
- A sentence that such a false metric sat in was kept from the tip's answer (a tool's or metric's sentence is not
  read as advice), so a tip under its label went to a person.
- "auf X setzen" is German for relying on a product (tool_frames.toml [before_weak]): a product-like name after it
  is a tool in use.
"""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_per_in_a_german_reply_is_via_and_names_no_metric(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("per_as_via_in_german"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("Reichweite", "Klickrate")
    assert not judgement.criteria["metrics"].met


def test_data_asked_by_private_message_is_no_metric_and_the_tip_is_read(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tip_label_details_asked_by_private_message_spanish"), thresholds)
    assert not any("datos" in item for item in judgement.criteria["metrics"].evidence)
    assert judgement.criteria["angry_customer_tip"].met
    assert judgement.verdict == Verdict.PASS


def test_a_product_relied_on_in_german_is_a_tool(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_relied_on_in_german"), thresholds)
    assert "Swat.io" in judgement.criteria["tools"].evidence
    assert judgement.verdict == Verdict.PASS
