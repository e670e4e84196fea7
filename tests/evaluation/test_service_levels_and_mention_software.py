"""Meeting a promised service level is a metric of its own (metrics.toml [sla]): "response SLAs", "SLA
compliance", and a bare "SLA" in a sentence about metrics; an agreement talked of elsewhere is none. Software
that tracks mentions is a listening tool (tool_types.txt)."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


@pytest.mark.parametrize("text", [
    "Each week I check impressions, saves and our response SLAs.",
    "I track CSAT, SLA compliance and NPS.",
    "I track CSAT, SLA and NPS.",
])
def test_a_service_level_met_is_a_metric(text: str) -> None:
    assert find_metrics(Reading.of(text, "en")).count == 3


def test_an_agreement_talked_of_elsewhere_is_none() -> None:
    found = find_metrics(Reading.of("Our SLA with the agency ends in May. I watch reach and CTR.", "en"))
    assert found.count == 2, found


def test_mention_software_is_a_listening_tool() -> None:
    found = find_tools(Reading.of("Every morning I open our mention software and then Hootsuite.", "en"), (), enough=2)
    assert found.count == 2, found
