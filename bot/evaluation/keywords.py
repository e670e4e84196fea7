"""Where a reply's keywords stand: the words the rules weigh one by one.

A keyword is a tool or metric the lexicons name, a usage frame ("I use"), a quantity ("how many"), an
action for angry customers or an anger word. The rules spend a few tens of microseconds on each
(its clause, its negation, its neighbours), so a reply made of them ("engagement rate, reach, CTR, "
over and over, "listen, apologise, stay calm, " a few hundred times) costs them far more per
character than prose. The most any genuine reply we have holds is 21 (the dev, realdev and real-world
corpus sets, and every fixture); bounded.py reads a reply only up to ``[evaluation] max_judged_keywords``.
"""

from __future__ import annotations

from functools import cache

from bot.evaluation.lexicon import lexicons
from bot.evaluation.metric_frames import frame_words
from bot.evaluation.patterns import Matcher, Prepared
from bot.evaluation.tool_names import frames


@cache
def _matchers() -> tuple[Matcher, ...]:
    lex = lexicons()
    return lex.tools, lex.metrics, lex.tip_actions, lex.anger, frames().before, frame_words().quantities


def cut_keywords(text: str, limit: int) -> str:
    """``text`` before the first word of its keyword number ``limit + 1`` (keywords starting at the
    same word count once), or all of it."""
    prepared = Prepared.of(text)
    starts = sorted({hit.start for matcher in _matchers() for hit in matcher.find(prepared)})
    return text[: starts[limit]] if len(starts) > limit else text
