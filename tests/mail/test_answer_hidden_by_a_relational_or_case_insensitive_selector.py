"""Attack (issue 10 item 11, hostile24's red team): the answer hidden by a rule whose selector the style reader
misread, under a visible "Hi, thanks for asking!":

- ``div:has(> b){display:none}``: the selector was split at the ">" inside ``:has()``, read as selecting the <b>,
  and the div holding the answer was drawn;
- ``[data-part=ANSWERS i]{display:none}``: the case flag was read as part of the unquoted value ("answers i"),
  and the rule as selecting nothing;
- ``:is(.intro, .answers){font-size:0}``: the selector list was split at the comma inside ``:is()``, and neither
  half selected anything.

A pseudo-class's argument is kept whole now (the rule may only hide, as for any pseudo-class not worked out), an
attribute test's value ends at a blank, and a selector list is split at its own commas only: the answer never
counts. A relational rule that hides nothing changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", [
    "answer_hidden_by_has_with_a_child_combinator", "answer_hidden_by_an_attribute_test_in_any_case",
    "answer_hidden_by_a_selector_list_inside_is",
])
def test_the_answer_hidden_by_a_misread_selector_never_counts(fixture: str) -> None:
    result = evaluate_bytes((FIXTURES / f"{fixture}.eml").read_bytes(), Settings())
    assert result["verdict"] != "pass"


def test_a_relational_rule_that_hides_nothing_changes_nothing() -> None:
    raw = (FIXTURES / "answer_beside_a_relational_rule_that_hides_nothing.eml").read_bytes()
    assert evaluate_bytes(raw, Settings())["verdict"] == "pass"
