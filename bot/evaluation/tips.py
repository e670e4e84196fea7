"""The angry-customer tip: an action aimed at angry, upset or frustrated people.

An action (listen, apologise, take it to DMs...) counts when an anger word is in its sentence, in
one of the two sentences before it in the same paragraph, or in the label heading its line
("Angry customers: ..."), or when it answers a quoted question about angry people (a reply
written between the request's questions). The answer numbered like the request's tip question,
in a reply that numbers its answers 1, 2, 3 as the request does, counts when it holds two actions
or more. Any other action with no anger word nearby is not trusted either way.
"""

from __future__ import annotations

import bisect
import re

from bot.evaluation.lexicon import lexicons
from bot.evaluation.patterns import Hit, Prepared
from bot.evaluation.reading import Finding, Reading
from bot.evaluation.text import Sentence

# Where one piece of advice ends and the next begins inside a sentence.
_CLAUSE_BREAK = re.compile(
    r"[,;:()]|\s[-–—]\s|\s(?:and|then|but|so|y|luego|und|dann|aber|et|puis|mais|e|depois|mas)\s",
    re.IGNORECASE,
)
_LOOKBACK_SENTENCES = 2
# templates/request.txt.j2 asks "3. One tip for dealing with angry or frustrated customers."; a test
# keeps the two in step.
TIP_QUESTION_NUMBER = 3
_NUMBERED = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]+", re.MULTILINE)


class _Clauses:
    """Clause boundaries of a reply, worked out once per sentence and searched by bisection: a
    sentence of 12,500 "listen," costs one pass, not one pass per action word in it."""

    def __init__(self, reading: Reading) -> None:
        self._text = reading.text
        self._breaks: dict[int, tuple[list[int], list[int]]] = {}
        self._trimmed: dict[tuple[int, int], tuple[int, int]] = {}

    def _of(self, index: int, sentence: Sentence) -> tuple[list[int], list[int]]:
        found = self._breaks.get(index)
        if found is None:
            spans = [m.span() for m in _CLAUSE_BREAK.finditer(self._text, sentence.start, sentence.end)]
            found = self._breaks[index] = ([lo for lo, _ in spans], [hi for _, hi in spans])
        return found

    def around(self, index: int, sentence: Sentence, hit: Hit) -> tuple[int, int]:
        """The clause holding ``hit``: from the last break ending before it to the first break
        starting after it, trimmed to letters and digits."""
        starts, ends = self._of(index, sentence)
        before = bisect.bisect_right(ends, hit.start)
        after = bisect.bisect_left(starts, hit.end)
        lo = ends[before - 1] if before else sentence.start
        hi = starts[after] if after < len(starts) else sentence.end
        span = self._trimmed.get((lo, hi))
        if span is None:
            span = self._trimmed[(lo, hi)] = _trim(self._text, lo, hi)
        return span


def _trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and not text[lo].isalnum():
        lo += 1
    while hi > lo and not text[hi - 1].isalnum():
        hi -= 1
    return lo, hi


def _angry_sentences(reading: Reading) -> set[int]:
    return {reading.layout.index_at(h.start) for h in lexicons().anger.find(reading.prepared)}


def _answers_to_anger_questions(reading: Reading, answered: tuple[tuple[str, str], ...]) -> set[int]:
    """Sentences written under a quoted question about angry people: that question is their context."""
    anger = lexicons().anger
    text, starts = reading.text, reading.layout.starts
    out: set[int] = set()
    # Answers appear in the reply in the order they were quoted: each search starts where the
    # previous answer was found, so many short answers cost one pass over the text.
    cursor = 0
    for question, answer in answered:
        first_line = answer.split("\n", 1)[0].strip()
        at = text.find(first_line, cursor) if first_line else -1
        if at < 0:
            continue
        cursor = at + len(first_line)
        if not anger.find(Prepared.of(question)):
            continue
        end = min(at + len(answer), len(text))
        out.update(range(bisect.bisect_left(starts, at), bisect.bisect_left(starts, end)))
    return out


def _numbered_tip_answer(reading: Reading) -> set[int]:
    """Sentences of the answer numbered like the request's tip question, when the reply numbers
    every answer up to it (1., 2., 3.) as the request does: a "3." on its own proves nothing."""
    text = reading.text
    starts: dict[int, int] = {}
    for m in _NUMBERED.finditer(text):
        starts.setdefault(int(m.group(1)), m.start())
    if not all(n in starts for n in range(1, TIP_QUESTION_NUMBER + 1)):
        return set()
    start = starts[TIP_QUESTION_NUMBER]
    later = [at for at in starts.values() if at > start]
    blank = text.find("\n\n", start)
    end = min([*later, blank if blank >= 0 else len(text)])
    return {i for i, sentence in enumerate(reading.layout.sentences) if start <= sentence.start < end}


def _aimed_at_anger(reading: Reading, index: int, angry: set[int]) -> bool:
    sentences = reading.layout.sentences
    sentence = sentences[index]
    if index in angry:
        return True
    if sentence.label and reading.layout.index_at(sentence.label[0]) in angry:
        return True
    for back in range(1, _LOOKBACK_SENTENCES + 1):
        j = index - back
        if j < 0 or sentences[j].paragraph != sentence.paragraph:
            break
        if j in angry:
            return True
    return False


def find_tip(reading: Reading, busy: frozenset[int] = frozenset(),
             answered: tuple[tuple[str, str], ...] = ()) -> Finding:
    """``busy``: sentences naming tools or metrics, where an action word ("answered within two
    hours", "listening tool") describes those rather than advice. ``answered``: (quoted question,
    answer) pairs from a reply written between the request's questions."""
    lex = lexicons()
    angry = _angry_sentences(reading) | (_answers_to_anger_questions(reading, answered) - busy)
    numbered = _numbered_tip_answer(reading) - busy
    no_tip_hits = lex.no_tip.find(reading.prepared)
    # "I don't have a tip for angry customers, sorry!" holds an action word but gives no advice.
    declined = {reading.layout.index_at(h.start) for h in no_tip_hits}
    confirmed: dict[tuple[int, int], str] = {}
    by_number: dict[tuple[int, int], str] = {}
    unconfirmed: list[str] = []
    clauses = _Clauses(reading)
    words_of: dict[tuple[int, int], str] = {}
    for hit in lex.tip_actions.find(reading.prepared):
        if reading.is_excluded(hit.start, hit.end):
            continue
        index = reading.layout.index_at(hit.start)
        if index in declined:
            continue
        lo, hi = clauses.around(index, reading.layout.sentences[index], hit)
        # One copy per clause: many action words in one long clause share it.
        if (lo, hi) not in words_of:
            words_of[(lo, hi)] = reading.text[lo:hi]
        words = words_of[(lo, hi)] or reading.words_of(hit)
        if _aimed_at_anger(reading, index, angry):
            confirmed.setdefault((lo, hi), words)
        elif index in numbered:
            by_number.setdefault((lo, hi), words)
        elif index not in busy:
            unconfirmed.append(words)
    # Its number alone makes an answer advice for angry people only when it holds more than one
    # piece of it: a single generic action ("reply fast to comments") may be about anything.
    if len(by_number) >= 2:
        confirmed.update(by_number)
    else:
        unconfirmed.extend(by_number.values())
    evidence = tuple(confirmed.values())
    spans = tuple(confirmed)
    said_no_tip = bool(no_tip_hits)
    unsure = bool(unconfirmed) and not evidence and not said_no_tip
    notes = tuple(f"not aimed at angry people: {w}" for w in unconfirmed[:3])
    if said_no_tip:
        notes += ("says there is no tip",)
    return Finding(evidence=evidence, count=len(evidence), unsure=unsure, notes=notes, spans=spans)
