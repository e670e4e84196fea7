"""Tools no list knows, in two more usage frames (issue 9 item 1).

"Tools we can't live without such as Trellim and Zapplo": the words between "tools" and "such as"/"like" do
not break the frame (tool_frames.toml [before], "tools ... such as"). "The Snapwise app": a product-like name
before "app", "extension", "plugin" or "add-on" is a tool ([after]). Networks stay channels: "the Facebook
app and the Instagram app" name no tool.
"""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


@pytest.mark.parametrize(("scenario", "names"), [
    ("unknown_tools_after_tools_we_cannot_live_without_such_as", {"Trellim", "Zapplo"}),
    ("unknown_tool_before_app", {"Snapwise"}),
])
def test_an_unknown_name_in_the_frame_is_a_tool(scenario: str, names: set[str]) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert names <= set(judgement.criteria["tools"].evidence), judgement.criteria["tools"]
    assert judgement.verdict == Verdict.PASS


def test_a_network_app_stays_a_channel() -> None:
    judgement = judge_rules(reply("network_apps_are_channels"), EvaluationSettings())
    assert not judgement.criteria["tools"].met, judgement.criteria["tools"]
    assert judgement.verdict != Verdict.PASS
