"""Issue 10 (no message takes more than 1 s per MB to judge): what the smallest dense replies (a quoted-printable
body, spaced-out letters, 3 KB) had read twice is read once. Each shortcut is checked against the form it replaces on
random texts built from what that form reads."""

from __future__ import annotations

import random
import re

import pytest

from bot.evaluation import patterns
from bot.evaluation.keywords import cut_keywords
from bot.evaluation.patterns import Prepared, lowered, one_judgement, prepare_cut

_PIECES = ["listen", "reach", "l'écoute", "dell'engagement", "don't", "it's", "Shopify's", "‘angry’", "'s", "'", "’",
           "a", "ab", "abc", "abcd", "_", "x_y", "Σ", "ΟΔΟΣ", "İ", "é", "12", "ʼ", "qu'il", "rock'n'roll", "Hootsuite"]
_JOINS = [" ", "", "", ", ", "-", "\n", "'", "’", "=E2=80=94 "]


def _random_text(rng: random.Random, most: int) -> str:
    return "".join(rng.choice(_PIECES) + rng.choice(_JOINS) for _ in range(rng.randint(1, most)))


def _as_built(prepared: Prepared) -> tuple[object, ...]:
    return prepared.text, prepared.lower, list(prepared.index.items()), prepared.keys, list(prepared.rank.items())


def test_a_cut_texts_word_index_made_from_a_longer_texts_is_its_own() -> None:
    """patterns.prepare_cut prepares the start of a text from the word index of the text or of a longer head of it
    (_index_before: the places from the run of the last word on taken out, that word read again): the same keys in
    the same order, the same places, as the cut text indexed alone, on random texts of words, apostrophes, elisions,
    possessives, "_" and letters that grow or change when lower-cased, cut at every place. Fails when the last word
    is kept as the longer text has it, or its run's start is told wrong."""
    rng = random.Random("cut index")
    compared = 0
    for _ in range(300):
        text = _random_text(rng, 25)
        for end in range(len(text) + 1):
            for longer in (len(text), min(len(text), end + rng.randint(0, 12))):
                shorter = text[:end]
                with one_judgement():
                    source = Prepared.of(text) if longer == len(text) else Prepared.head_of(text, longer)
                    prepare_cut(shorter, source)
                    made = Prepared.of(shorter)
                assert _as_built(made) == _as_built(Prepared._build(shorter)), (text, end, longer)
                compared += 1
    assert compared > 10_000, compared


def test_the_start_of_a_run_found_in_a_window_is_the_runs() -> None:
    """patterns._run_start looks for the run of word characters ending at a place in a window before it, widened while
    the run reaches the window's start: the same start as a search from the text's start, for runs shorter and far
    longer than the window. Fails when the window is not widened."""
    rng = random.Random("runs")
    letters = ["a", "é", "'", "’", "1", "_", " ", "-", "\n", "x" * 40, "y" * 150]
    whole_search = re.compile(r"[\w'’‘ʼ]++\Z")
    compared = 0
    for _ in range(200):
        lower = "".join(rng.choice(letters) for _ in range(rng.randint(1, 30)))
        for end in range(len(lower) + 1):
            run = whole_search.search(lower, 0, end)
            assert patterns._run_start(lower, end) == (end if run is None else run.start()), (lower, end)
            compared += 1
    assert compared > 5_000, compared


def test_a_reply_cut_at_its_keyword_bound_is_read_with_the_index_of_its_head(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dense reply cut at its fiftieth keyword in a head of it (the quoted-printable body's shape) is prepared for the
    rules from that head: the same preparation as the cut text's own, and none made for it from its start. Fails when
    the cut text is not prepared by the keyword bound."""
    text = "I use Hootsuite =E2=80=94 re=\nach. " * 90
    built = Prepared._build
    made: list[int] = []

    def counted(cls: type[Prepared], source: str) -> Prepared:
        made.append(len(source))
        return built(source)

    with one_judgement():
        shorter = cut_keywords(text, 50)
        assert len(shorter) < len(text) // 2
        monkeypatch.setattr(Prepared, "_build", classmethod(counted))
        prepared = Prepared.of(shorter)
        monkeypatch.undo()
    assert made == []
    assert _as_built(prepared) == _as_built(Prepared._build(shorter))
    assert lowered(shorter) == prepared.lower


_WORDY_PIECES = [*_PIECES, "aʼb", "rockʼnʼroll", "i", "a", "e", "o", "l’engagement", "ʼs", "ß", "ǅ", "①", "x²"]


def test_a_string_of_letters_a_text_holds_stands_in_the_keys_of_its_words() -> None:
    """patterns._words_of: a string of letters and digits with no modifier apostrophe (_in_a_word) that a text's
    lowered twin holds stands in its word index's keys joined by "=" (every whole word is a key), where a lexicon's
    regex tried at many places of a text that repeats its words looks for what it needs. Every such piece of random
    texts, of words repeated (the keys shorter than the text) and not. Fails when only the keys of three letters are
    joined, or a modifier apostrophe is taken for a letter (the index makes it a straight one)."""
    rng = random.Random("words")
    compared = joined = 0
    for _ in range(400):
        pieces = rng.sample(_WORDY_PIECES, rng.randint(2, 8))
        text = "".join(rng.choice(pieces) + rng.choice(_JOINS) for _ in range(rng.randint(1, 60)))
        prepared = Prepared._build(text)
        words = patterns._words_of(prepared)
        assert prepared.words == words
        joined += words is not prepared.lower
        lower = prepared.lower
        for start in range(len(lower)):
            for end in range(start + 1, min(len(lower), start + 9) + 1):
                piece = lower[start:end]
                if patterns._in_a_word(piece):
                    assert piece in words, (text, piece)
                    compared += 1
    assert compared > 20_000 and joined > 100, (compared, joined)


def test_a_lexicons_hits_are_the_same_with_what_it_needs_looked_for_in_the_words(monkeypatch: pytest.MonkeyPatch
                                                                                 ) -> None:
    """Matcher._find looks for the letters a key's regex needs in the text's words (_words_of) before trying it at the
    key's places: the same hits as when they are looked for in the text, for the negation, tools and manipulation
    lexicons on random texts of their phrases' words and single letters repeated. Fails when a needed string is looked
    for only in the keys of three letters."""
    from bot.evaluation.lexicon import lexicons
    from bot.evaluation.manipulation import _matcher as manipulation
    from bot.evaluation.negation import negation_matchers

    matchers = [*negation_matchers("en"), lexicons().tools, lexicons().metrics, manipulation()]
    vocabulary = sorted({word for m in matchers for e in m.entries[:400] for word in e.phrase.split()
                         if word.isalpha()})
    rng = random.Random("needs")
    skipped = 0
    for _ in range(150):
        pieces = [*rng.sample(vocabulary, 6), "i", "a", "e", "I", "ignore", "all", "previous"]
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(20, 120)))
        fast = Prepared._build(text)
        with monkeypatch.context() as m:
            m.setattr(patterns, "_words_of", lambda prepared: prepared.lower)
            slow = Prepared._build(text)
            expected = [[(h.entry, h.start, h.end) for h in matcher._find(slow)] for matcher in matchers]
        assert [[(h.entry, h.start, h.end) for h in matcher._find(fast)] for matcher in matchers] == expected, text
        skipped += fast.words is not fast.lower
    assert skipped > 100, skipped


def _lexicon_matchers() -> list[patterns.Matcher]:
    from bot.evaluation.lexicon import lexicons
    from bot.evaluation.manipulation import _matcher as manipulation
    from bot.evaluation.negation import negation_matchers

    return [*negation_matchers("en"), lexicons().tools, lexicons().metrics, manipulation()]


def test_every_match_of_a_phrase_holds_a_string_of_each_set_it_needs() -> None:
    """patterns.needed_by_each: each set of strings given for a lexicon phrase's regex, and for the regex of all the
    phrases starting with one key (an alternation, its branches sharing what they start with), holds a string every
    match of it holds, on texts of a phrase's words (some left out, others put in), tried at every place. Fails when
    a set of one branch of an alternation is taken for the whole's."""
    rng = random.Random("each")
    matchers = _lexicon_matchers()
    groups = [(m, key, j) for m in matchers for key, sources in m._sources.items() for j in range(len(sources))]
    vocabulary = sorted({word for m in matchers for e in m.entries for word in e.phrase.lower().split()
                         if word.isalpha()})
    checked = 0
    for matcher, key, j in rng.sample(groups, 1200):
        items = matcher._sources[key][j][0]
        index, source = rng.choice(items)
        held = key.removeprefix("=")
        regexes = [(re.compile(source, re.MULTILINE), patterns.needed_by_each(source, held))]
        whole = matcher._regexes_of(key)[j][0]
        regexes.append((whole, patterns.needed_by_each(whole.pattern, held)))
        words = [w for w in matcher.entries[index].phrase.lower().split() if w != "..."]
        for _ in range(10):  # the phrase's words, maybe a word left out, others put in or between
            said = [w for w in words if rng.random() < 0.9]
            for _ in range(rng.randint(0, 3)):
                said.insert(rng.randint(0, len(said)), rng.choice([*rng.sample(vocabulary, 3), "all", "the"]))
            text = " ".join(said)
            for rx, sets in regexes:
                if sets is None:
                    continue
                for start in range(len(text)):
                    m = rx.match(text, start)
                    if m is not None:
                        assert all(any(s in m.group() for s in found) for found in sets), (rx.pattern, text, sets)
                        checked += 1
    assert checked > 2_000, checked


def test_a_lexicons_hits_are_the_same_with_each_phrases_needs_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Matcher._find skips a key's regex at its many places when each of its phrases needs a string the text does not
    hold (_no_phrase_may_match): the same hits as when every phrase is tried, for the manipulation, negation, tools
    and metrics lexicons on random texts of their phrases' words and single letters repeated ("ignore all previous"
    over and over holds "previous", but no phrase's other word). Fails when a phrase is ruled out by a set it holds a
    string of, or a regex by the phrases of the key's other regex (those keeping case, "VEED", and the others)."""
    matchers = _lexicon_matchers()
    # As written too: a key's phrases that keep case ("Later", "Buffer") and those that do not are two regexes.
    vocabulary = sorted({word for m in matchers for e in m.entries for word in (*e.phrase.lower().split(),
                                                                                 *e.phrase.split()) if word.isalpha()})
    rng = random.Random("phrases")
    skipped = 0
    ruled_out = patterns._no_phrase_may_match

    def counted(*args: object) -> bool:
        nonlocal skipped
        found = ruled_out(*args)  # type: ignore[arg-type]
        skipped += found
        return found

    for _ in range(200):
        pieces = [*rng.sample(vocabulary, 5), "i", "a", "ignore", "all", "previous", "instructions", "don't"]
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(20, 150)))
        with monkeypatch.context() as m:
            m.setattr(patterns, "_no_phrase_may_match", lambda *args: False)
            expected = [[(h.entry, h.start, h.end) for h in matcher._find(Prepared._build(text))]
                        for matcher in matchers]
        with monkeypatch.context() as m:
            m.setattr(patterns, "_no_phrase_may_match", counted)
            assert [[(h.entry, h.start, h.end) for h in matcher._find(Prepared._build(text))]
                    for matcher in matchers] == expected, text
    assert skipped > 5, skipped
