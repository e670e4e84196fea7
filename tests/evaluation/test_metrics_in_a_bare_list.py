"""A sentence that is a bare list of metrics, with no cue (issue 9 items 2, 5).

"Video completion rate, story exits and the ratio of positive to negative comments." named two metrics the lists
know and one they do not, with no cue word to open the list ("rate" inside a metric is none): the reply failed.
A sentence of at most 24 words, split into three or more short items, two of them metrics found, is read as a
list a colon opens (metrics._bare_lists): its unknown items are doubtful, so when they would make up the
shortfall a person decides, as for "What I report on: story completion, link taps, DMs received".
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize(("scenario", "unconfirmed"), [
    ("metrics_bare_list_with_an_unknown_item", ("story exits",)),
    ("metrics_bare_list_with_unknown_tail", ("good coffee", "patience")),
])
def test_unknown_items_of_a_bare_list_of_metrics_go_to_a_person(scenario: str, unconfirmed: tuple[str, ...],
                                                                 thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert len(judgement.criteria["metrics"].evidence) == 2
    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert judgement.reasons == ("unsure:metrics",)
    assert all(any(item in note for note in judgement.criteria["metrics"].notes) for item in unconfirmed), \
        judgement.criteria["metrics"].notes


def test_a_list_opened_by_a_verb_of_covering_counts_its_first_item(thresholds: EvaluationSettings) -> None:
    """"The metrics I report on cover thread depth, retention and reach": "cover" (like "encompass", "comprise")
    opens the list inside its first item, as "include" does, so the unknown first item between metrics counts."""
    judgement = judge_rules(reply("metrics_list_after_cover"), thresholds)
    assert judgement.criteria["metrics"].evidence == ("thread depth", "retention", "reach")
    assert judgement.verdict == Verdict.PASS


@pytest.mark.parametrize(("scenario", "metrics", "verdict"), [
    # "metrics like ...": examples of metrics, every item one, the last too; the last item ends where what the
    # list is for begins ("... and thread depth TO see which posts start real conversations").
    ("metrics_examples_list_then_its_purpose", ("saves", "reach", "thread depth"), Verdict.PASS),
    # After "I track", an unknown item at the end may be tacked on ("and the budget"): not counted. But it is an
    # item of the list the candidate tracks, and with it the count would be made up: a person decides whether the
    # budget is a metric watched (test_watched_list_doubt.py).
    ("metrics_tracked_list_with_a_chore_at_the_end", ("saves", "reach"), Verdict.NEEDS_REVIEW),
])
def test_a_list_of_examples_of_metrics_counts_its_last_item(scenario: str, metrics: tuple[str, ...],
                                                           verdict: Verdict, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply(scenario), thresholds)
    assert (judgement.criteria["metrics"].evidence, judgement.verdict) == (metrics, verdict)
