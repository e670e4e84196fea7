"""Google+ is a network people posted on (closed in 2019, still named in older writing), a channel like Facebook: in
the answer to the tools question it names no tool ("Currently we post to Facebook, Twitter, Google+ and Snapchat")."""
from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings


@pytest.mark.parametrize("spelling", ["Google+", "Google Plus", "G+"])
def test_google_plus_in_the_tools_answer_is_no_tool(spelling: str) -> None:
    reply = (f"Hi,\n\n1) I use Hootsuite. We post to Facebook, Twitter, {spelling} and Snapchat.\n\n"
             "2) I watch reach, saves and CTR.\n\n3) Listen first and apologise to angry customers.\n\nThanks")
    criterion = judge_rules(reply, EvaluationSettings()).criteria["tools"]
    assert criterion.evidence == ("Hootsuite",), criterion
