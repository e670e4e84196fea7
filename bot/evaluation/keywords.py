"""Where a reply's keywords stand: the words the rules weigh one by one.

A keyword is a tool or metric the lexicons name, a usage frame ("I use"), a quantity ("how many"), an
action for angry customers or an anger word. The rules spend a few tens of microseconds on each
(its clause, its negation, its neighbours), so a reply made of them ("engagement rate, reach, CTR, "
over and over, "listen, apologise, stay calm, " a few hundred times) costs them far more per
character than prose. The most any genuine reply we have holds is 21 (the dev, realdev and real-world
corpus sets, and every fixture); bounded.py reads a reply only up to ``[evaluation] max_judged_keywords``.
"""

from __future__ import annotations

import re
from functools import cache

from bot.evaluation.lexicon import lexicons
from bot.evaluation.metric_frames import frame_words
from bot.evaluation.patterns import LOWERED_RUN, RUN, Hit, Matcher, Prepared, prepare_cut
from bot.evaluation.tool_names import frames

# A text shorter than this is read whole (a genuine reply is at most about 1,300 characters).
_HEAD_FROM_CHARS = 1_500
# The first head read reaches past a fifth of the text or its first 800 characters, and is read only when it is at
# most a third of it (what reading it costs a text that is not cut); a head after it only while at most three quarters.
_FIRST_HEAD = 1 / 5
_FIRST_HEAD_CHARS = 800
_FIRST_HEAD_AT_MOST = 1 / 3
_HEAD_AT_MOST = 3 / 4


@cache
def _matchers() -> tuple[Matcher, ...]:
    lex = lexicons()
    return lex.tools, lex.metrics, lex.tip_actions, lex.anger, frames().before, frame_words().quantities


def cut_keywords(text: str, limit: int) -> str:
    """``text`` before the first word of its keyword number ``limit + 1`` (keywords starting at the
    same word count once), or all of it."""
    cut, head = _cut_in_a_head(text, limit)
    if cut is not None and head is not None:
        shorter = text[:cut]
        prepare_cut(shorter, head)  # the rules read it next: its word index made from the head's
        return shorter
    whole = Prepared.of(text, head)
    starts = _starts(whole)
    if len(starts) <= limit:
        return text
    shorter = text[: starts[limit]]
    prepare_cut(shorter, whole)
    return shorter


def _starts(prepared: Prepared) -> list[int]:
    return sorted({hit.start for matcher in _matchers() for hit in _found(matcher, prepared)})


def _found(matcher: Matcher, prepared: Prepared) -> list[Hit]:
    return matcher.find(prepared)


@cache
def _far_enough() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Enough runs (patterns.RUN) that what a lexicon finds before them is what it finds in the whole text: a match
    tried at a place reads at most ``reach`` runs past it (patterns.reach_in_runs), so the hits starting before a
    place are found from what stands within ``reach`` runs of it, and whether one of them is dropped for a longer hit
    overlapping it (patterns._drop_overlaps) from hits starting within those runs, found from ``reach`` runs more;
    two more for the run the place stands in and the last run of the head, whose word may go on past it. As many runs
    read in a text and in its lowered twin (patterns.LOWERED_RUN, read in the text). None when a lexicon has a phrase
    anchored at a line's start (read from a run of spaces and marks of any length)."""
    reaches = [matcher.reach for matcher in _matchers()]
    if None in reaches:
        return None
    runs = 2 * max(r for r in reaches if r is not None) + 4
    return re.compile(f"{RUN}{{{runs}}}"), re.compile(f"{LOWERED_RUN}{{{runs}}}")


def _cut_in_a_head(text: str, limit: int) -> tuple[int | None, Prepared | None]:
    """Where ``cut_keywords`` cuts a long ``text``, found in its head when that holds the keyword number ``limit + 1``
    with enough runs after it (_far_enough), or None; and the last head read (whose words the next text prepared
    takes over), or None. A hostile reply read to the keyword bound holds them in its first
    few hundred characters: the whole of it was indexed and read by six lexicons to cut it there (a fifth of the
    judgement of 4 KB of "listen, apologise, stay calm, "). The first head reaches enough runs past a fifth of the
    text or its first 800 characters (when that is at most a third of it), the next enough runs past where the keywords
    found in it say the cut is, with a tenth more, or past the cut found too near its end; a head longer than three
    quarters of the text is not read, the whole text is (and the rules then share its preparation when not cut)."""
    far_enough = _far_enough()
    if len(text) < _HEAD_FROM_CHARS or far_enough is None:
        return None, None
    end = _past(far_enough, text, min(int(len(text) * _FIRST_HEAD), _FIRST_HEAD_CHARS))
    if end is None or end > len(text) * _FIRST_HEAD_AT_MOST:
        return None, None
    head = None
    while end is not None and end <= len(text) * _HEAD_AT_MOST:
        head = Prepared.head_of(text, end, head if head is not None and len(head.text) < end else None)
        starts = _starts(head)
        if len(starts) > limit:
            cut = starts[limit]
            needed = _past(far_enough, text, cut)
            if needed is not None and needed <= end:
                return cut, head
            end = needed
        else:
            end = _past(far_enough, text, int(end * (limit + 1) / max(len(starts), 1) * 1.1))
    return None, head


def _past(far_enough: tuple[re.Pattern[str], re.Pattern[str]], text: str, at: int) -> int | None:
    """Where enough runs after ``at`` end in ``text`` and in its lowered twin, or None when the text ends before."""
    in_text, in_lower = far_enough[0].match(text, at), far_enough[1].match(text, at)
    return None if in_text is None or in_lower is None else max(in_text.end(), in_lower.end())
