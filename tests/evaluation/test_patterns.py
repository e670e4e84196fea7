"""The phrase language of the lexicon files."""

from __future__ import annotations

import collections
import dataclasses
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.evaluation import patterns
from bot.evaluation.patterns import Entry, Hit, Matcher, Prepared
from tests.evaluation.steps import steps

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def found(phrases: list[str], text: str) -> list[str]:
    matcher = Matcher(Entry(p, p) for p in phrases)
    return [text[h.start:h.end] for h in matcher.find(Prepared.of(text))]


def test_case_does_not_matter_except_for_capitals() -> None:
    assert found(["engagement rate", "ER"], "Engagement Rate, ER, er") == ["Engagement Rate", "ER"]


def test_star_matches_any_ending() -> None:
    assert found(["apologi*"], "I apologise; they apologized") == ["apologise", "apologized"]


def test_dots_stand_for_up_to_four_words() -> None:
    assert found(["take ... private"], "take the whole chat private") == ["take the whole chat private"]
    assert found(["take ... private"], "take one two three four five private") == []


def test_a_space_also_matches_a_hyphen() -> None:
    assert found(["engagement rate"], "Engagement-Rate") == ["Engagement-Rate"]


def test_whole_words_only_and_longest_phrase_wins() -> None:
    assert found(["reach", "organic reach"], "outreach, organic reach") == ["organic reach"]


def test_caret_means_start_of_line_and_punctuation_may_touch() -> None:
    assert found(["^ system :"], "ok\nSYSTEM: do it\nthe system: no") == ["SYSTEM:"]


def test_curly_apostrophes_match_straight_ones() -> None:
    assert found(["don't argue", "taux d'engagement"], "Don’t argue; taux d’engagement") == [
        "Don’t argue", "taux d’engagement"]


def test_a_word_after_an_elided_article_or_pronoun_is_a_word() -> None:
    assert found(["écout*", "excus*", "engagement"], "je l'écoute, je m’excuse, dell'engagement") == [
        "écoute", "excuse", "engagement"]


def test_an_english_contraction_is_not_split() -> None:
    assert found(["t argue", "argue"], "don't argue") == ["argue"]
    assert found(["t"], "don't") == []


def test_a_star_word_before_a_hyphen_still_meets_the_next_word() -> None:
    assert found(["follow* up"], "a quick follow-up, then following up") == ["follow-up", "following up"]


def test_dots_skip_words_joined_by_hyphens_and_slashes() -> None:
    assert found(["take ... private"], "take the chat/thread private") == ["take the chat/thread private"]
    assert found(["take ... private"], "take " + "-" * 60) == []


def test_accents_do_not_matter_either_way() -> None:
    # Phones and foreign keyboards drop accents: "abonnes" is "abonnés", and a phrase written
    # without them still finds the accented word.
    assert found(["abonnés", "portee"], "les abonnes et la portée") == ["abonnes", "portée"]
    assert found(["enoj*"], "está enojadísimo") == ["enojadísimo"]


def test_folding_keeps_offsets() -> None:
    text = "Réactions, Übersicht, ÇA"
    prepared = Prepared.of(text)
    assert len(prepared.lower) == len(text)
    assert prepared.lower == "reactions, ubersicht, ca"


def test_a_lexicon_asked_twice_about_one_text_reads_it_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Several finders ask the same lexicon about one reply: the second answer is the first one's copy
    (counted, not timed: the matching is a fixed cost of every reply)."""
    matcher = Matcher(Entry(p, p) for p in ["engagement rate", "reach", "sign*", ", we"])
    made: list[re.Match[str]] = []
    real_hit = Matcher._hit

    def counting(self: Matcher, m: re.Match[str]) -> Hit:
        made.append(m)
        return real_hit(self, m)

    monkeypatch.setattr(Matcher, "_hit", counting)
    prepared = Prepared.of("Engagement rate and reach, we sign up weekly; reach again.")
    first = matcher.find(prepared)
    first.clear()  # a caller's own list: changing it changes no later answer
    second = matcher.find(prepared)
    assert [prepared.text[h.start:h.end] for h in second] == ["Engagement rate", "reach", ", we", "sign", "reach"]
    assert len(made) == 5
    assert matcher.find(Prepared.of("reach")) != second  # another text is read afresh
    assert len(made) == 6


class _ReadIndex(dict[str, list[int]]):
    """A reply's word index that notes every key read from it and every walk over it."""

    def __init__(self, index: dict[str, list[int]]) -> None:
        super().__init__(index)
        self.read: list[str] = []

    def __getitem__(self, key: str) -> list[int]:
        self.read.append(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.read.append(str(key))
        return super().__contains__(key)

    def __iter__(self) -> Iterator[str]:
        self.read.append("<walk>")
        return super().__iter__()


def test_a_lexicon_reads_only_the_words_it_shares_with_the_reply() -> None:
    """The keys a reply and a lexicon share are found without walking either side lexicon by lexicon (a reply's
    few dozen words against each of the fifty-odd lexicons is a fixed cost of every reply): the reply's index is
    walked once, by the first lexicon that reads it (patterns._Owned), and each lexicon then reads only the keys
    it shares with it."""
    phrases = ["engagement rate", "reach", "sign*", "buffer", "buff*", "hootsuite", "canva", "later", "figma"]
    for lexicon in (phrases, phrases[:2]):  # more keys than the reply's index, and fewer
        matcher = Matcher(Entry(p, p) for p in lexicon)
        first = Matcher([Entry("then", "then")])
        prepared = Prepared.of("Buffer and Figma, then reach.")
        index = _ReadIndex(prepared.index)
        read = dataclasses.replace(prepared, index=index, found={})
        assert [read.text[h.start:h.end] for h in first.find(read)] == ["then"]
        assert index.read.count("<walk>") == 1
        index.read.clear()
        hits = matcher.find(read)
        assert [prepared.text[h.start:h.end] for h in hits] == [w for w in ["Buffer", "Figma", "reach"] if any(
            p.startswith(w.lower()[:4]) for p in lexicon)]
        assert sorted(index.read) == sorted(k for k in prepared.index if k in matcher._sources), lexicon


def test_one_judgement_prepares_the_reply_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The keyword bound (a reply of more than max_judged_keywords words) and then the rules read the same
    text: it is prepared once, and the lexicons the bound asked are not run on it again. Outside a
    judgement nothing is remembered."""
    from bot.evaluation.bounded import RulesInput, judge_input
    from bot.settings import EvaluationSettings

    built: list[str] = []
    build = Prepared._build.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Prepared], text: str) -> Prepared:
        built.append(text)
        return build(cls, text)

    monkeypatch.setattr(Prepared, "_build", classmethod(counted))
    reply = "We use Zorblax and Quintor via Flibber, and we read the weekly numbers together. " * 12
    judge_input(RulesInput.of_text(reply), EvaluationSettings())
    assert built.count(reply) == 1  # before: twice
    built.clear()
    assert Prepared.of(reply) is not Prepared.of(reply)
    assert built == [reply, reply]


def _index_word_by_word(lower: str) -> dict[str, list[int]]:
    """The word index as it was built before, one word at a time (the reference for the test below)."""
    index: dict[str, list[int]] = collections.defaultdict(list)

    def add(word: str, at: int) -> None:
        index["=" + word].append(at)
        if len(word) >= 3:
            index[word[:3]].append(at)

    for m in patterns._INDEX_WORD.finditer(lower):
        word = patterns._APOSTROPHES.sub("'", m.group()).rstrip("'")
        add(word, m.start())
        if word.endswith("'s") and word[:-2] not in patterns._CONTRACTED:
            add(word[:-2], m.start())
        elided, _, rest = word.partition("'")
        if rest and patterns._ELISION.fullmatch(elided):
            add(rest, m.start() + len(elided) + 1)
    return dict(index)


def test_the_word_index_holds_each_word_where_it_stands_in_the_order_the_text_gives() -> None:
    rng = random.Random(5)
    pieces = ["don't", "l'écoute", "it's", "Shopify's", "customer's", "dell'engagement", "’tis", "rock’n’roll", "a",
              "listen", "lis", "list", "ʼok", "qu'il", "jusqu'ici", "x_y", "__", " ", "\n", "'", "’", "l’", "d'", "123",
              "ab'cd'ef", "s's", "İstanbul", "Straße", "abc1", "abc2"]
    texts = ["".join(rng.choice(pieces) + rng.choice(["", " ", "  "]) for _ in range(rng.randint(0, 60)))
             for _ in range(3_000)]
    texts += [path.read_text(errors="replace") for path in sorted(FIXTURES.rglob("*.eml"))]
    for text in texts:
        prepared = Prepared.of(text)
        assert list(prepared.index.items()) == list(_index_word_by_word(prepared.lower).items()), text[:200]


def test_a_reply_repeating_its_words_is_indexed_at_two_steps_a_word() -> None:
    """The places of each distinct word are gathered first, and its keys worked out once: about seven lines
    of patterns.py ran for each word of a reply before."""
    text = "We use Zorblax and Quintor via Flibber. " * 100
    Prepared.of(text)
    assert steps(lambda: Prepared.of(text), [patterns.__file__]) < 3 * len(text.split())
