"""Tools no list knows, named the way people list what they work in (issue 9 item 1): a list whose
items carry a gloss in brackets ("Kontentino (approvals and the calendar), Basecamp"), and a name the
candidate owns before a word for an account or a feed ("our team Flowdock account", "my Google and
Mentionlytics alerts"). An account with no owner word is as often a client's ("the Glossier account"),
and a network's account is a channel: neither is a tool."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize(("scenario", "tools"), [
    ("tools_listed_with_a_gloss_in_brackets", ("Kontentino", "Basecamp")),
    # "Google" alone is a maker, not a product: the owned list counts what is product-like in it.
    ("tools_owned_account_and_alerts", ("Flowdock", "Mentionlytics")),
])
def test_names_listed_with_a_gloss_or_owned_as_an_account_are_tools(
        scenario: str, tools: tuple[str, ...], thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["tools"].evidence == tools
    assert judgement.verdict == Verdict.PASS, judgement


@pytest.mark.parametrize("scenario", [
    "tools_an_account_that_is_a_client",
    "tools_owned_channel_accounts",
])
def test_a_clients_account_and_a_networks_account_are_no_tools(scenario: str,
                                                               thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert judgement.criteria["tools"].evidence == ("Later",)
    assert judgement.verdict == Verdict.FAIL
    assert "missing:tools" in judgement.reasons
