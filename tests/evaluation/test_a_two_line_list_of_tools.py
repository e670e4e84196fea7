"""Two lines make a list of tools when one says what its name is for and a list knows a tool on them (issue 9 item 1):
"Buffer, obviously" / "Moz FollowerWonk for Buffer timing" after a long sentence names two tools, as three short lines
or two lines that each say what their name is for already did. An everyday word opening the other line is no tool."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_INTRO = ("No fewer than a half dozen people have asked me recently how I'm scheduling my social media content. "
          "Here's a quick video that shows the entire process in just 11 minutes a day or so.\n")
_REST = "\n\nI watch reach, engagement rate and CTR.\n\nListen first, then apologise."


def test_both_lines_name_a_tool(thresholds: EvaluationSettings) -> None:
    said = _INTRO + "Buffer, obviously\nMoz FollowerWonk for Buffer timing" + _REST
    tools = judge_rules(said, thresholds).criteria["tools"]
    assert tools.met, tools
    assert tools.evidence == ("Buffer", "Moz")


def test_an_everyday_word_opening_the_other_line_is_no_tool(thresholds: EvaluationSettings) -> None:
    said = _INTRO + "Buffer, obviously\nPatience for the rest of it" + _REST
    tools = judge_rules(said, thresholds).criteria["tools"]
    assert not tools.met, tools
    assert "Patience" not in tools.evidence
