"""Issue 10, checks done once per reply or sentence instead of once per mention or action, compared on random
texts with the per-mention form they replace.

Whose evidence a mention is (subjects.someone_elses) reads the person words in the _BACK characters before
it and the _AHEAD after it. One scan of the whole reply finds every place a person word may start
(subjects._person_openers); a mention with none there skips those reads. Forcing the reads everywhere
must give the same answer for every span of random texts made of the lexicon's own words.

Whether an action is said not to work (habits.rejected) reads the clause openings after it: each sentence's
openings and whether a rejection cue follows each are read once (habits._clause_openings) and shared by its
actions; the answer must be the one reading them from each action on gives."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from bot.evaluation import habits, subjects
from bot.evaluation.lexicon import toml_table
from bot.evaluation.patterns import Entry, Hit
from bot.evaluation.reading import Reading

_SPACING = [" ", " ", " ", "  ", "\n", "\n\n", ", ", ". ", "; ", " - ", " (", ") ", ": ", "'", "’", "'s ", "’s ",
            "? ", " & ", "\t", " ‘", "‘"]
_TOOLS = ["Hootsuite", "Buffer", "Canva", "Zorblax", "reach", "engagement", "GoogleAnalyticsHootSuite", "it",
          "them", "uses", "use", "watches", "tracks", "is", "are", "pulled", "from", "set", "up", "and", "I", "x"]


def _phrases(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from _phrases(item)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _phrases(value)


def _vocabulary(language: str) -> tuple[list[str], list[str], list[str]]:
    """Every phrase and word of subjects.toml, and people as subjects name them: a determiner (in both
    apostrophes) and a role, a possessive after it."""
    table = toml_table("subjects.toml")
    phrases = sorted(set(_phrases(table)))
    words = sorted({w for p in phrases for w in p.split()})
    others = table["others"]
    dets = [d for lang in ("en", language) for d in others["determiners"].get(lang, [])]
    dets += [d.replace("'", "’") for d in dets]
    roles = [r for lang in ("en", language) for r in others["roles"].get(lang, [])]
    selves = [p for lang in ("en", language) for p in table["selves"].get(lang, [])]
    rng = random.Random(language)
    people = []
    for det in dets * 3:
        people.append(det + ("" if det.endswith(("'", "’")) and rng.random() < 0.5 else " ") + rng.choice(roles))
    return phrases + words + _TOOLS * 3 + people * 2 + selves * 2, people, selves


def _sentence(rng: random.Random, people: list[str], selves: list[str]) -> str:
    """A clause naming a thing with a subject before it and an owner after it, as replies write them."""
    who = rng.choice(people + selves)
    tail = rng.choice(["", " is what {} uses", " ({}'s)", " – {}’s thing", " by {}", ", which {} checks",
                       " and {} uses it", " is {}'s call", " are pulled by {}"]).format(rng.choice(people + selves))
    return (rng.choice(["", "But ", "Because ", "honestly, ", "- ", "and "]) + who + " "
            + rng.choice(["uses", "use", "tracks", "watches", "set up"]) + " " + rng.choice(_TOOLS[:6]) + tail)


def _text(rng: random.Random, vocabulary: list[str], people: list[str], selves: list[str]) -> str:
    out = []
    for _ in range(rng.randint(1, 60)):
        word = rng.choice(vocabulary) if rng.random() < 0.7 else _sentence(rng, people, selves)
        out.append(word.capitalize() if rng.random() < 0.2 else word)
        out.append(rng.choice(_SPACING))
    return "".join(out)


def _every_place(reading: Reading) -> list[int]:
    return list(range(-subjects._BACK, len(reading.text) + subjects._AHEAD + 1))


@pytest.mark.parametrize("language", ["en", "es", "fr", "de", "pt"])
def test_whose_evidence_read_once_per_reply_is_read_per_mention(language: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(f"whose-{language}")
    vocabulary, people, selves = _vocabulary(language)
    compared = differs = skipped = 0
    for _ in range(250):
        text = _text(rng, vocabulary, people, selves)
        reading = Reading.of(text, language)
        spans = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
        openers = subjects._opener_starts(reading)
        skipped += sum(1 for a, _ in spans if subjects._none_between(openers, a - subjects._BACK, a))
        fast = [subjects.someone_elses(reading, a, b) for a, b in spans]
        with monkeypatch.context() as patch:
            patch.setattr(subjects, "_opener_starts", _every_place)
            slow = [subjects.someone_elses(reading, a, b) for a, b in spans]
        assert fast == slow, text
        compared += len(spans)
        differs += sum(1 for f in fast if f)
    # Both ways are taken, and the texts name other people's things often enough to tell.
    assert compared > 3000 and skipped > 300 and differs > 100


def _rejected_per_action(reading: Reading, hit: Hit) -> bool:
    """habits.rejected as it read the openings after each action before they were read once per sentence."""
    if habits._NEGATED_ACTION.match(reading.text, hit.start):
        return False
    cue = habits._rejections(reading.language)
    lower = reading.prepared.lower
    sentence = reading.sentence(hit.start)
    if habits._relayed_then_contrasted(reading, hit, sentence.start, sentence.end):
        return True
    lead = habits._REJECTION_LEAD
    for opening in habits._CLAUSE_OPENING.finditer(lower, hit.end, min(sentence.end, hit.end + habits._AHEAD)):
        at = lead.match(lower, opening.end()).end()  # type: ignore[union-attr]
        if cue.match(lower, at):
            return True
    index = reading.layout.index_at(hit.start) + 1
    if index < len(reading.layout.sentences):
        following = reading.layout.sentences[index]
        if following.paragraph == sentence.paragraph:
            at = lead.match(lower, following.start).end()  # type: ignore[union-attr]
            return cue.match(lower, at) is not None
    return False


_OPENINGS = [", ", ",", "; ", " - ", " -", "-", " – ", "—", "(", ": ", ",\u00a0", ", \u2003", " -\u00a0", ",\t",
             " but ", " and ", " which ", " honestly ", " tbh, ", " > ", " * ", " \"", "'"]
_ACTIONS = ["listen", "apologise", "stay calm", "take it private", "don't argue", "never argue", "reply", "x"]


@pytest.mark.parametrize("language", ["en", "es", "fr", "de"])
def test_rejections_read_once_per_sentence_are_read_per_action(language: str) -> None:
    rng = random.Random(f"rejected-{language}")
    table = toml_table("habits.toml")
    cues = sorted({p for lang in ("en", language) for key in ("rejected", "relayed")
                   for p in table[key].get(lang, [])})
    vocabulary = cues * 2 + _ACTIONS * 3 + ["it", "works", "for", "me", "to", "if", "I", "the", "guide", "says"]
    compared = rejected = 0
    for _ in range(120):
        out = []
        for _ in range(rng.randint(1, 80)):
            out.append(rng.choice(vocabulary))
            out.append(rng.choice(_OPENINGS + _SPACING))
        text = "".join(out)
        reading = Reading.of(text, language)
        for m in re.finditer(r"\w+", text):
            for end in (m.end(), m.end() + 1) if m.end() < len(text) else (m.end(),):
                hit = Hit(Entry("action", "x"), m.start(), end)
                expected = _rejected_per_action(reading, hit)
                assert habits.rejected(reading, hit) == expected, (text, m.start(), end)
                compared += 1
                rejected += expected
    assert compared > 3000 and rejected > 100
