"""A passage judged beside a full answer to the three questions: what the manipulation tests read it in, so that
the passage alone decides whether the reply goes to a person."""

from __future__ import annotations

from bot.evaluation.bounded import RulesInput, judge_input
from bot.evaluation.result import Verdict
from bot.settings import Settings

# The answer, with {} where the passage stands between it and the sign-off.
ANSWER = ("Hi! For tracking I use Hootsuite and Google Analytics every day. I watch engagement rate, reach and "
          "click-through rate each week. When a customer is angry I answer quickly in public, apologise and move "
          "the conversation to DMs.\n\n{}\n\nBest, Gina")


def judged(text: str) -> tuple[Verdict, bool]:
    """(verdict, manipulation) of the full answer with ``text`` between it and the sign-off."""
    judgement = judge_input(RulesInput.of_text(ANSWER.format(text)), Settings().evaluation)
    return judgement.verdict, judgement.manipulation
