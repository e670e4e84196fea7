"""An everyday metric word as the subject of what it tells the reader is a metric read (issue 9 item 2): "Clicks let
you know that the content is of interest", "Retweets show you what travels" name clicks and shares, as "I track clicks"
does. The word with no such verb in its sentence still needs another cue ("Clicks are fun")."""

from __future__ import annotations

import pytest

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "I use HootSuite for iPad and Gmail for the inbox.\n\n"
_TIP = "\n\nListen first, then apologise."


@pytest.mark.parametrize(("said", "named"), [
    ("Clicks let you know that the content you share is of interest.", "Clicks"),
    ("Retweets show you what travels beyond your own followers.", "Retweets"),
    ("Saves indicate that people want to come back to a post.", "Saves"),
])
def test_the_word_telling_something_is_a_metric(said: str, named: str, thresholds: EvaluationSettings) -> None:
    metrics = judge_rules(_TOOLS + said + _TIP, thresholds).criteria["metrics"]
    assert named in metrics.evidence, metrics


def test_the_word_alone_is_none(thresholds: EvaluationSettings) -> None:
    said = _TOOLS + "Clicks are fun, and so are retweets." + _TIP
    assert judge_rules(said, thresholds).criteria["metrics"].evidence == ()
