"""Every lexicon phrase is found in time linear in the text, whatever a hostile reply is made of.

A plain-text heading underlined with dashes ("take " + "-" * 60) once made one phrase backtrack for
minutes. These tests build adversarial text from the phrases themselves (each phrase's beginnings
followed by runs of separators, repeated words, long words) and count the steps each lexicon's regexes take
on it, tried where Matcher.find tries them (regex_steps: a matcher that tries what Python's engine tries,
in its order, one step per character tested and per way tried). The runs double: linear matching adds
twice the steps each time, backtracking four times (quadratic) or thousands (the old gap pattern). Nothing
is timed, so a busy machine cannot fail these tests (they were timed before, with generous slack, and still
flaked under load).

A count at these sizes cannot see a mild quadratic, so a second check reads the compiled regexes
themselves: a repeat without an upper bound must be possessive (it never gives back what it took), which
is what makes a match attempt read each character a bounded number of times.
"""

from __future__ import annotations

import re
import re._parser as regex_syntax
from collections.abc import Callable, Iterator
from functools import cache
from itertools import pairwise
from typing import Any

import pytest

from bot.evaluation import (
    abuse,
    advice,
    letter_codes,
    manipulation,
    metric_frames,
    metrics,
    patterns,
    romanised,
    to_the_grader,
    tool_names,
    tools,
)
from bot.evaluation.lexicon import LEXICON_DIR, Lexicons, language_entries, lexicons, named_entries, negation_matchers
from bot.evaluation.lexicon import toml_table as load_toml
from bot.evaluation.patterns import Entry, Matcher, Prepared
from tests.evaluation.regex_steps import CountedPattern, Counter, Exploded

# Run lengths: a doubling ladder. The steps are counted, not timed, so small runs are enough: a linear count grows
# by the same steps per character at every size, and the first run already lies past what a "..." gap of four
# words can reach.
_RUNS = (4, 8, 16, 32)
# Each doubling may add at most this many times twice what the doubling before it added (linear: exactly twice,
# give or take the words at a run's edges; quadratic: four times), plus these few steps.
_GROWTH_SLACK = 1.25
_EDGE_STEPS = 64
# A count past this many steps per character of the text has blown up (the old gap pattern); linear lexicons
# take 1 to 10.
_BUDGET_PER_CHAR = 200
_COUNTER = Counter(0)


@cache
def _counted(rx: re.Pattern[str]) -> CountedPattern:
    return CountedPattern(rx, _COUNTER)


Shape = Callable[[str, int], str]
# Between two hostile lines: more words than a "..." gap may skip, so no phrase completes across
# lines (a completed match stops early and would hide the backtracking this looks for).
_FENCE = "\n" + "zq " * 6 + "\n"

# Hostile text after the beginning of a phrase; n is the length of the run.
SHAPES: dict[str, Shape] = {
    "underline of dashes": lambda head, n: f"{head} " + "-" * n,
    "spaced dashes": lambda head, n: head + " -" * n,
    "dashes glued on": lambda head, n: head + "-" * n + "w",
    "run of slashes": lambda head, n: head + "/" * n,
    "run of blanks and line breaks": lambda head, n: head + " \t\n" * n,
    "many short words": lambda head, n: head + " w" * n,
    # Every word starts a try here, so a quarter of the run is enough to show growth.
    "the same words repeated": lambda head, n: f"{head} " * (n // 4),
    "one long word glued on": lambda head, n: head + "a" * n,
    "one long word after": lambda head, n: f"{head} " + "a" * n,
    "run of apostrophes": lambda head, n: head + "'’" * n,
    "run of commas": lambda head, n: head + " ," * n,
}


def _lexicon_file_matchers(covered: set[str]) -> Iterator[tuple[str, Matcher]]:
    """Every phrase of every lexicon file that no Matcher of the judge holds, whoever reads it."""
    for path in sorted(LEXICON_DIR.iterdir()):
        if path.suffix == ".txt":
            entries = named_entries(path.name)
        elif path.suffix == ".toml":
            entries = language_entries({"any": list(_strings(load_toml(path.name)))})
        else:
            continue
        rest = [e for e in entries if e.phrase not in covered]
        if rest:
            yield path.name, Matcher(rest)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _used_matchers() -> Iterator[tuple[str, Matcher]]:
    """The Matchers the judge actually builds, compiled exactly as it compiles them."""
    lex = lexicons()
    for name in Lexicons.__dataclass_fields__:
        value = getattr(lex, name)
        if isinstance(value, Matcher):
            yield f"lexicons().{name}", value
    for lang in load_toml("languages.toml")["judged"]:
        for part, matcher in zip(("before", "after", "boundaries", "next"), negation_matchers(lang), strict=True):
            yield f"negation {lang} {part}", matcher
    yield "tool labels", tools._tool_label_matcher()
    frames = tool_names.frames()
    yield "tool usage frames, before", frames.before
    yield "tool usage frames, after", frames.after
    words = metric_frames.frame_words()
    yield "metric quantities", words.quantities
    yield "metric measures", words.measures
    yield "metric trends", words.trends
    yield "metric passive words", words.passive
    yield "metric rated", words.rated
    yield "metric watching verbs", metrics._watched_lists().verbs
    yield "abuse", abuse._matcher()
    yield "manipulation", manipulation._matcher()
    yield "manipulation without vowels", letter_codes._without_vowels()
    yield "manipulation romanised", romanised._lexicon().matcher
    grader = to_the_grader._lists()
    yield "to the grader: who grades", grader.graders
    yield "to the grader: readers", grader.readers
    yield "to the grader: headings", grader.headings
    yield "to the grader: criteria", grader.criteria
    yield "to the grader: requirements", grader.requirements
    yield "to the grader: verdicts", grader.verdicts
    yield "to the grader: roles", grader.roles
    yield "to the grader: marking", grader.marking
    yield "to the grader: approving", grader.approving
    yield "to the grader: you are", grader.you_are
    yield "to the grader: disregard", grader.disregard
    yield "to the grader: scores", grader.scores


def _all_matchers() -> dict[str, Matcher]:
    used = dict(_used_matchers())
    covered = {entry.phrase for matcher in used.values() for entry in matcher.entries}
    return used | dict(_lexicon_file_matchers(covered))


ALL_MATCHERS = _all_matchers()


def _heads(entries: tuple[Entry, ...]) -> list[str]:
    """Each phrase's beginnings (one word, two words...) as a reply would write them."""
    out: set[str] = set()
    for entry in entries:
        tokens = entry.phrase.split()
        written = []
        for token in tokens:
            if token == "^":
                written.append("\n")
                continue
            written.append("w" if token == "..." else token.rstrip("*") or token)
            out.add(" ".join(written).strip(" "))
    return sorted(out)


def _steps(matcher: Matcher, text: str) -> int:
    """The steps ``matcher.find`` takes on ``text``, counted (regex_steps): each regex of a first word tried where
    the text's words start that way, each scanned regex tried at every place, as Matcher._find does."""
    prepared = Prepared.of(text)
    counter = _COUNTER
    counter.steps = 0
    for key, positions in prepared.index.items():
        if key in matcher._sources:
            for rx, kept in matcher._regexes_of(key):
                counted = _counted(rx)
                for pos in positions:
                    counted.match(prepared.text if kept else prepared.lower, pos)
    for rx, kept in matcher._scanned:
        _counted(rx).scan(prepared.text if kept else prepared.lower)
    return counter.steps


def _growth(matcher: Matcher, shape: Shape) -> list[int]:
    """The steps at each run length; stops at the first blow-up (the budget: a count that grows past it)."""
    heads = _heads(matcher.entries)
    counts: list[int] = []
    for n in _RUNS:
        _COUNTER.budget = _BUDGET_PER_CHAR * sum(len(shape(head, n)) + len(_FENCE) for head in heads)
        try:
            counts.append(_steps(matcher, _FENCE.join(shape(head, n) for head in heads)))
        except Exploded:
            break
    return counts


def _linear(counts: list[int]) -> bool:
    """Each doubling of the runs adds at most twice the steps the doubling before it added (a linear count adds
    exactly twice; a quadratic one four times), within a small slack for the first words of a run."""
    if len(counts) < len(_RUNS):
        return False
    added = [after - before for before, after in pairwise(counts)]
    return all(later <= _GROWTH_SLACK * 2 * earlier + _EDGE_STEPS for earlier, later in pairwise(added))


@pytest.mark.parametrize("name", sorted(ALL_MATCHERS))
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_lexicon_phrase_is_matched_in_linear_time(name: str, shape: str) -> None:
    counts = _growth(ALL_MATCHERS[name], SHAPES[shape])
    assert _linear(counts), f"{name} on {shape}: steps at runs of {_RUNS[:len(counts)]}: {counts}"


def test_a_heading_underlined_with_dashes_is_read_once() -> None:
    """The reported attack: "take " + 60 dashes took minutes in the "take ... private" tip phrase."""
    assert _linear(_growth(Matcher([Entry("k", "take ... private")]), SHAPES["underline of dashes"]))


def _backtracking_repeats(tree: object) -> list[str]:
    """Unbounded repeats that may give characters back (greedy or lazy, not possessive)."""
    found: list[str] = []
    if isinstance(tree, regex_syntax.SubPattern):
        for op, arg in tree.data:
            if str(op) in ("MAX_REPEAT", "MIN_REPEAT") and arg[1] == regex_syntax.MAXREPEAT:
                found.append(f"{op} {arg[2]}")
            found += _backtracking_repeats(arg)
    elif isinstance(tree, tuple | list):
        for item in tree:
            found += _backtracking_repeats(item)
    return found


def _module_regexes() -> dict[str, re.Pattern[str]]:
    forward, backward, _ = tools._network_regexes()
    watched = metrics._watched_lists()
    watched_regexes = {f"watched list {part}, {lang}": rx for lang in sorted(watched.languages)
                       for part, rx in (("subject before", watched.subject_before[lang]),
                                        ("after the verb", watched.after_verb[lang]),
                                        ("split", watched.split[lang]))}
    return watched_regexes | {
        "tools list gap": tools._LIST_GAP,
        "network tool, forward": forward,
        "network tool, backward": backward,
        "metric frame words": metric_frames._WORD,
        "metric frame word before": metric_frames._WORD_BEFORE,
        "metric frame clause end": metric_frames._CLAUSE_END,
        "metric frame word after": metric_frames._WORD_AFTER,
        "metric frame people who": metric_frames.frame_words().who_acts,
        "metric frame before people who": metric_frames._WHO_BEFORE,
        "more networks of a list": tools._more_channels(),
        "tool name word": tool_names._NAME_TOKEN,
        "tool name CamelCase": tool_names._CAMEL,
        "tool name domain": tool_names._DOMAIN,
        "tool name capitals": tool_names._CAPS,
        "tool name list": tool_names._LIST_JOIN,
        "tool name gap": tool_names._GAP,
        "first letter of a word": letter_codes._WORD_INITIAL,
        "first letter of a sentence": letter_codes._SENTENCE_INITIAL,
        "A1Z26 run": letter_codes._A1Z26,
        "A1Z26 numbers and gaps": letter_codes._NUMBER_OR_GAP,
        "NATO run": letter_codes._NATO_RUN,
        "NATO words and gaps": letter_codes._NATO_ITEM,
        "a word without vowels": letter_codes._PLAIN_WORD,
        "to the grader: address closed": to_the_grader._CLOSED,
        "to the grader: heading closed": to_the_grader._HEADING_CLOSED,
        "to the grader: criteria met": to_the_grader._lists().met,
        "to the grader: verdict as data": to_the_grader._lists().passed,
        "to the grader: verdict in words": to_the_grader._lists().passed_said,
        "advice mood: a duty modal and its verb": advice.mood_grammar().modal,
        "advice mood: an evaluative frame": advice.mood_grammar().frame,
    }


@pytest.mark.parametrize("name", sorted(ALL_MATCHERS))
def test_no_lexicon_regex_can_give_back_a_run(name: str) -> None:
    for rx in ALL_MATCHERS[name].regexes():
        assert _backtracking_repeats(regex_syntax.parse(rx.pattern, rx.flags)) == [], rx.pattern[:200]


@pytest.mark.parametrize("name", sorted(_module_regexes()))
def test_no_finder_regex_can_give_back_a_run(name: str) -> None:
    rx = _module_regexes()[name]
    assert _backtracking_repeats(regex_syntax.parse(rx.pattern, rx.flags)) == [], rx.pattern[:200]


def test_the_harness_catches_a_backtracking_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """The count itself can fail: the old gap pattern, whose gap words could hold dashes (so a run of dashes
    split into words in countless ways), is caught."""
    monkeypatch.setattr(patterns, "_GAP", r"(?:[\s\-/]+[^\s]+){0,4}?[\s\-/]+")
    assert not _linear(_growth(Matcher([Entry("k", "take ... private")]), SHAPES["underline of dashes"]))


def test_the_count_catches_a_quadratic_scan_that_gives_nothing_back() -> None:
    """A phrase scanned for at every character ("- ... x" read as a dash, then a run) that starts again at
    each dash of a run and reads the run to its end costs n * n / 2 steps: quadratic, though its repeat is
    possessive (the structural check below passes it), and the count says so."""
    rx = re.compile(r"-[\s\-/]*+x")
    assert _backtracking_repeats(regex_syntax.parse(rx.pattern, rx.flags)) == []

    def steps(n: int) -> int:
        _COUNTER.steps = 0
        _COUNTER.budget = 10**9
        _counted(rx).scan("take " + "-" * n)
        return _COUNTER.steps

    assert not _linear([steps(n) for n in _RUNS])


def test_the_count_does_not_depend_on_the_machine() -> None:
    """The same text counts the same steps every time: nothing a busy machine can change."""
    matcher = ALL_MATCHERS["lexicons().tip_actions"]
    assert _growth(matcher, SHAPES["spaced dashes"]) == _growth(matcher, SHAPES["spaced dashes"])


@pytest.mark.parametrize("name", sorted(ALL_MATCHERS))
def test_the_counting_matcher_finds_what_the_regex_engine_finds(name: str) -> None:
    """The steps are those of a matcher that agrees with Python's engine on every place of every shape's text
    (up to twelve of each lexicon's regexes, at every seventh place)."""
    matcher = ALL_MATCHERS[name]
    _COUNTER.budget = 10**12
    regexes = matcher.regexes()
    regexes = regexes[:: max(1, len(regexes) // 12)]
    heads = _heads(matcher.entries)[:: max(1, len(_heads(matcher.entries)) // 20)]
    for shape in SHAPES.values():
        prepared = Prepared.of(_FENCE.join(shape(head, 8) for head in heads))
        for rx in regexes:
            for text in (prepared.text, prepared.lower):
                for pos in range(0, len(text), 7):
                    m = rx.match(text, pos)
                    assert _counted(rx).match(text, pos) == (m and m.end()), (rx.pattern[:100], text[pos : pos + 40])


@pytest.mark.parametrize(
    ("part", "old_regex"),
    [("_GAP", r"(?:[\s\-/]+[^\s]+){0,4}?[\s\-/]+"), ("_WORD_TAIL", r"[\w'’\-]*"), ("_SEP", r"[\s\-/]+")],
)
def test_the_regex_check_catches_a_repeat_that_gives_back(
    monkeypatch: pytest.MonkeyPatch, part: str, old_regex: str
) -> None:
    """The structural check can fail too: each old piece of the phrase language is caught."""
    monkeypatch.setattr(patterns, part, old_regex)
    matcher = Matcher([Entry("k", "take ... private"), Entry("k", "follow* up"), Entry("k", "engagement rate")])
    assert any(_backtracking_repeats(regex_syntax.parse(rx.pattern, rx.flags)) for rx in matcher.regexes())


def _tells_where_a_match_starts(rx: re.Pattern[str]) -> bool:
    """The compiled regex gives the engine the characters a match can start with (a literal prefix or a
    set of first characters): it then skips every other position of the text at C speed instead of
    trying the phrase there."""
    code = re._compiler._code(regex_syntax.parse(rx.pattern, rx.flags), rx.flags)  # type: ignore[attr-defined]
    starts = re._constants.SRE_INFO_PREFIX | re._constants.SRE_INFO_CHARSET
    return bool(code[0] == re._constants.INFO and code[2] & starts)


@pytest.mark.parametrize("name", sorted(ALL_MATCHERS))
def test_a_reply_of_separator_runs_is_not_tried_at_every_character_for_phrases_starting_with_punctuation(
        name: str) -> None:
    # The phrases no word index can find (", we", "% of", "### system") are scanned for; when their
    # named groups hid the first character, the engine tried every one of them at every character
    # (10 KB of dashes or "=" cost three such regexes 0.9 ms each; now about 0.1).
    punctuation_first = [rx for rx, _ in ALL_MATCHERS[name]._scanned if rx.pattern.startswith("(?:")]
    assert all(_tells_where_a_match_starts(rx) for rx in punctuation_first), name


# The advice mood grammar's own patterns (advice.toml [mood_grammar]), scanned over hostile text made of their
# beginnings: a subject and a modal, a frame and its adverbs, each followed by every shape's run.
_MOOD_HEADS = ("agents need to", "you've got to", "they should never", "it's always", "it is usually best",
               "it's best simply", "it would be wiser not")


@pytest.mark.parametrize("which", ["modal", "frame"])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_advice_mood_grammar_is_read_in_linear_time(which: str, shape: str) -> None:
    rx = getattr(advice.mood_grammar(), which)
    counts: list[int] = []
    for n in _RUNS:
        text = _FENCE.join(SHAPES[shape](head, n) for head in _MOOD_HEADS)
        _COUNTER.steps = 0
        _COUNTER.budget = _BUDGET_PER_CHAR * len(text)
        try:
            _counted(rx).scan(text)
        except Exploded:
            break
        counts.append(_COUNTER.steps)
    assert _linear(counts), f"{which} on {shape}: steps at runs of {_RUNS[:len(counts)]}: {counts}"
