"""Run as a script (``python -m tests.evaluation.unfound_phrases``): judge every reply of tests/fixtures/evaluation, so
that every lexicon the judge reads is built, then look for each phrase of each of them in a text that holds it as a
person would write it. Prints a JSON object: how many lexicons were read and the phrases none of whose lexicon's
hits stands where the phrase does. Run in a process of its own: a test process also holds Matchers other tests build
from strings that are no phrases."""

from __future__ import annotations

import json
import sys

from bot.evaluation import patterns
from bot.evaluation.patterns import Matcher, Prepared
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import FIXTURES

_BEFORE = "Hello. "
_AFTER = " and so on.\n"
_GLUED_ON = "exemple"  # the word an elision at a phrase's end is glued to


def _elided(word: str) -> bool:
    """An elided article or pronoun ("n'", "qu'", "l'"), which French writes glued to the next word."""
    return word[-1:] in "'’" and 1 <= len(word) - 1 <= 3


def written(phrase: str) -> tuple[str, int, int]:
    """A text holding ``phrase`` as a person writes it, and where the phrase stands in it: each word once, a "..." gap
    with no word in it, a starred word with no ending (a starred elision with a word), an elision glued to the word
    after it, "^" at a line's start."""
    tokens = phrase.split()
    anchored = bool(tokens) and tokens[0] == "^"
    words: list[str] = []
    for token in tokens[anchored:]:
        if token.endswith("*") and len(token) > 1:
            token = token[:-1]
            words.append(token + _GLUED_ON if _elided(token) else token)  # "n'*": the word it is glued to
        elif token != "...":
            words.append(token)
    said = ""
    for word in words:
        said += word if not said or _elided(said.split()[-1]) else " " + word
    if said and _elided(said.split()[-1]):
        said += _GLUED_ON
    before = "Hello.\n" if anchored else _BEFORE
    return before + said + _AFTER, len(before), len(before) + len(said)


def unfound(matcher: Matcher) -> list[str]:
    missed = []
    for entry in matcher.entries:
        text, start, end = written(entry.phrase)
        # Matcher.find itself: a cue list's own find drops the phrases that make a cue none (lexicon.CueMatcher),
        # which must still be found to do so.
        if not any(hit.start < end and start < hit.end for hit in Matcher.find(matcher, Prepared.of(text))):
            missed.append(entry.phrase)
    return missed


def main() -> None:
    settings = EvaluationSettings()
    for path in sorted(FIXTURES.glob("*.txt")):
        judge_rules(path.read_text(encoding="utf-8"), settings)
    built = list(patterns._BUILT)
    json.dump({"lexicons": len(built), "unfound": sorted({p for m in built for p in unfound(m)})}, sys.stdout)


if __name__ == "__main__":
    main()
