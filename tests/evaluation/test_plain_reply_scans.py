"""Issue 9 (an ordinary reply judged in at most twice the bare parse), perf22: scans over every reply written so that
the regex engine skips to where they may match, or not run twice over one text, each compared on random texts with
the form it replaces (kept here).

The list footer's phrases (signature.list_footer_index, asked of every reply's last lines) were one case-ignoring
alternation: tried at every character, each first letter in turn. phrase_search reads them case-folded in the
case-folded text, as a LineScan reads lines (the case-ignoring pattern when the text holds a character that does
not fold).

tips._laughing (asked of the sentences a tip stands in) started with look-behinds: tried at every character.

typos.Misspellings.find read every reply with a pattern that starts with a letter (a match tried at every letter)
for its distinct words; the reply's word index holds them already.

metric_frames' "people who" pattern starts with the people's first letters, most letters of a text: a reply with no
relative word in its case-folded text is not read with it. to_the_reader's "tools like ..." pattern (case ignored,
tried at every character) is searched only in a reach holding one of its example words.

text.words read the plain reply's sentences twice each (a list's word counts, then the tip's language or a keyword
list): short texts are remembered too. glued_names' hump ("aB") is matched from the capital, the rarer letter.

Scans passed over when a cheap test at C speed says they cannot match: obfuscation's base64, wrapped base64, hex and
Morse scans (a run between spaces as long as their shortest match, eight dots and dashes), tools' network features
and habits' three cue scans (one of their words in the lower-cased text), letter_codes' A1Z26 numbers (an ASCII
digit)."""

from __future__ import annotations

import random
import re

from bot.evaluation import (
    glued_names,
    habits,
    letter_codes,
    metric_frames,
    metrics,
    obfuscation,
    tips,
    to_the_reader,
    tools,
)
from bot.evaluation import text as text_module
from bot.evaluation.lexicon import lexicons, toml_table
from bot.evaluation.patterns import Prepared
from bot.mail.patterns import grouped_fill, load, may_hold, phrase_search
from tests.evaluation.test_typos_per_distinct_word import _find_word_by_word, _slips

_ODD = ["ſ", "İ", "ı", "\u212a", "É", "é", "ß", "Ч", "ч", "退", "\u00a0", "\t", "\n", "_", "7", "’", "'", ":", " ",
        "\u0345", "Σ", "ς", "ﬅ"]


def _mixed(rng: random.Random, word: str) -> str:
    out = []
    for char in word:
        pick = rng.random()
        out.append(char.upper() if pick < 0.3 else rng.choice(_ODD) if pick < 0.33 else char)
    return "".join(out)


def _phrase_texts(rng: random.Random, phrases: list[str], count: int) -> list[str]:
    words = sorted({w for p in phrases for w in p.split()})
    pieces = phrases + words + [p[: len(p) // 2] for p in phrases] + [p[1:] for p in phrases] + _ODD + ["x", "Tool"]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 14)):
            parts.append(_mixed(rng, rng.choice(pieces)))
            parts.append(rng.choice([" ", " ", "  ", "\n", "", ", ", "\t", rng.choice(_ODD)]))
        texts.append("".join(parts))
    return texts


def test_phrase_searches_find_what_the_case_ignoring_alternations_found() -> None:
    data = load("signatures")
    sets = [data["list_footer_words"], data["list_footer_phrases"] + data["list_footer_reasons"],
            data["list_footer_reasons"]]
    rng = random.Random("phrase-search")
    for phrases in sets:
        before = re.compile(grouped_fill(r"(?:<PHRASES>)", phrases), re.IGNORECASE)
        after = phrase_search(phrases)
        texts = [*_phrase_texts(rng, phrases, 3000), "", "plain words only", " ".join(phrases)]
        found = 0
        for text in texts:
            expected = before.search(text) is not None
            assert after.found(text) == expected, text
            found += expected
        assert 300 < found < len(texts) - 300, found


def test_laughs_written_to_be_skipped_to_are_the_laughs_found_before() -> None:
    """tips._laughing starts with the laugh words' first characters as a case-ignoring pattern reads them and the
    marks; the tests of what stands before ("no", "not", "just", a letter, "/") follow. On random texts of the words,
    pieces of them, the words before and the marks (any case, "ſ", "İ", "ı", "K"), it finds the matches of the
    pattern written with the look-behinds first. Fails if a test of what stands before is left out."""
    said = sorted({w for ws in toml_table("tips.toml")["laughing"].values() for w in ws}, key=len, reverse=True)
    words = "|".join(re.escape(w) for w in said if w[:1].isalnum() or w[:1] == "/")
    marks = "|".join(re.escape(w) for w in said if not (w[:1].isalnum() or w[:1] == "/"))
    before = re.compile(rf"(?<![\w/])(?<!no )(?<!not )(?<!just )(?:{words})(?!\w)|{marks}", re.IGNORECASE)
    after = tips._laughing()
    assert after.pattern.startswith("[")
    rng = random.Random("laughing")
    pieces = said + [w[1:] for w in said] + [w[:-1] for w in said] + ["no ", "not ", "just ", "No ", "NOT ", "x", "/"]
    pieces += [lead + w for w in said for lead in ("no ", "not ", "just ", "just  ", "xno ", "a", "/", "_")]
    found = 0
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(0, 12)):
            parts.append(_mixed(rng, rng.choice(pieces)))
            parts.append(rng.choice([" ", " ", "", "\n", ", ", "/", "_", rng.choice(_ODD)]))
        text = "".join(parts)
        expected = [m.span() for m in before.finditer(text)]
        assert [m.span() for m in after.finditer(text)] == expected, text
        found += len(expected)
    assert found > 2000, found


def test_slips_asked_of_the_index_first_are_the_slips_read_word_by_word() -> None:
    """typos.Misspellings.find asks the reply's index words first and reads the reply only when one of them is one
    slip from a name: on short random replies of names, their slips and ordinary words, glued to letters, digits,
    underscores and every apostrophe ("‘", "ʼ" among them, which the index reads within a word), the hits are
    those read word by word. Fails if the index is trusted beside a turned comma or a modifier apostrophe."""
    misspelt = metrics._misspelt()
    names = sorted(misspelt._slips._values)
    rng = random.Random("typos-index-first")
    words = ["reach", "the", "and", "shares", "customer's", "l'engagement", "x", "I", "ça", "ſhares", "İmpressions"]
    found = skipped = 0
    for _ in range(3000):
        pieces = []
        for _ in range(rng.randint(0, 8)):
            name = rng.choice(names)
            piece = rng.choice([name, _slips(rng, name), rng.choice(words), rng.choice(words), rng.choice(words)])
            piece = piece.upper() if rng.random() < 0.1 else piece.capitalize() if rng.random() < 0.2 else piece
            pieces.append(piece + rng.choice([" ", " ", ", ", ". ", "\n", "-", "'", "’", "‘", "ʼ", "_", "1", "'s "]))
        text = "".join(pieces)
        prepared = Prepared._build(text)
        expected = _find_word_by_word(misspelt, prepared, "en")
        assert misspelt.find(prepared, "en") == expected, text
        found += len(expected)
        skipped += not expected
    assert found > 300 and skipped > 300, (found, skipped)


def test_a_reply_said_to_hold_no_relative_word_holds_no_people_who() -> None:
    """metric_frames._who_acts reads a reply only when mail.patterns.may_hold finds a relative word ("who", "que",
    "die") in its case-folded text. On random texts of the people and relative words (any case, glued, cut, with
    "ſ", "İ", "ı", "K" and characters that do not fold), whenever the who_acts pattern or the relative words
    ignoring case match, may_hold says so; and it says no to texts with none of them."""
    words = metric_frames.frame_words()
    table = toml_table("metric_frames.toml")
    people = sorted({w for ws in table["people"].values() for w in ws})
    relative = sorted({w for ws in table["relative"].values() for w in ws})
    any_relative = re.compile("|".join(map(re.escape, relative)), re.IGNORECASE)
    rng = random.Random("may-hold")
    pieces = people + relative + [w[:-1] for w in relative] + [w[1:] for w in relative] + ["x", "click", "share"]
    pieces += [rng.choice(people) + rng.choice([" ", ", ", "", "\t"]) + rng.choice(relative) for _ in range(200)]
    held = missed = 0
    for _ in range(4000):
        parts = []
        for _ in range(rng.randint(0, 10)):
            parts.append(_mixed(rng, rng.choice(pieces)))
            parts.append(rng.choice([" ", " ", "", "\n", ", ", rng.choice(_ODD)]))
        text = "".join(parts)
        said = may_hold(text, words.relative_folded)
        if words.who_acts.search(text) or any_relative.search(text):
            assert said, text
            held += 1
        elif not any(c in text for c in "\u0345"):
            assert not said, text
            missed += 1
    assert held > 1000 and missed > 300, (held, missed)


def test_words_read_possessively_and_remembered_are_the_words_read_as_before() -> None:
    """text.words reads with a possessive pattern and remembers short texts too: on random texts of letters,
    apostrophes of both shapes, digits, underscores and marks, read again (equal or the same object) or not, the
    words are those of the pattern as it was, each caller's list its own."""
    before = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
    rng = random.Random("words-remembered")
    pieces = ["listen", "don't", "l’écoute", "rock'n'roll", "''", "’’x", "x'", "x1", "_a", "İstanbul", "ſo", "ʼ", "-",
              " ", "\n", "'", "’", "é", "42", "²", "Ⅻ"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.choice([0, 1, 3, 10, 40]))) for _ in range(50)]
    for _ in range(3000):
        chosen = rng.choice(texts)
        again = chosen if rng.random() < 0.5 else "".join(list(chosen))
        found = text_module.words(again)
        assert found == before.findall(chosen), chosen
        found.append("changed")


def test_humps_matched_from_the_capital_are_the_humps_matched_from_the_lower_case_letter() -> None:
    """glued_names' hump ("aB") is matched from its capital, the search started one further: at every place of
    random texts of letters of both cases, accented ones, digits and marks, the hump found (or none) is the one the
    pattern matched from the lower-case letter found, one character earlier."""
    before = re.compile(r"[a-z][A-Z]")
    rng = random.Random("humps")
    pieces = ["a", "B", "z", "Z", "é", "É", "1", " ", "-", "Hootsuite", "ZonkifyLater", "iPhone", "ß", "ſ", "K"]
    found = 0
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        for done in range(len(text) + 2):
            old, new = before.search(text, done), glued_names._HUMPED.search(text, done + 1)
            assert (old is None) == (new is None), (text, done)
            if old is not None and new is not None:
                assert (old.start(), old.end()) == (new.start() - 1, new.end()), (text, done)
                found += 1
    assert found > 5000, found


def test_a_reach_said_to_hold_no_example_word_holds_no_examples_of_a_class() -> None:
    """to_the_reader.examples_of_the_trade searches the reach before a name for "tools like ..." only when it holds
    one of _EXAMPLES_SAID case-folded: on random reaches of the classes, the example words, names and joins (any
    case, "ſ", "İ", "K"), whenever the pattern finds examples of a class, may_hold says the reach may hold them."""
    rng = random.Random("examples")
    pieces = ["tools", "Apps", "platform", "software", "like", "LIKE", "liKe", "such as", "ſuch\tAS", "as", "including",
              "İncluding", "e.g.", "E.G.", "Hootsuite", ",", " and ", " or ", " ", " ", "\t", "x", "lik", "uch"]
    held = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        if rng.random() < 0.5:  # a class, a space, maybe an example word, names and joins: the reach's end
            text += rng.choice(pieces[:4]) + rng.choice([" ", "\t", ""]) + rng.choice(pieces[4:15]) + " " + "".join(
                rng.choice(["Hootsuite", ", ", " and ", "Later", " "]) for _ in range(rng.randint(0, 4)))
        if to_the_reader._EXAMPLES_OF_A_CLASS.search(text) is not None:
            assert may_hold(text, to_the_reader._EXAMPLES_SAID), text
            held += 1
    assert held > 300, held


def test_texts_passed_over_by_their_runs_or_signs_hold_no_blob_hex_wrap_or_morse() -> None:
    """obfuscation reads base64 blobs, a base64 text wrapped over lines and hex digits only in a text with a run of
    16 (32 for hex) characters between spaces, Morse code only in one of eight dots and dashes: on random texts of
    base64 and hex characters, dots, dashes, slashes and every kind of space and line break, each pattern finds
    nothing in a text the test passes over. Fails if a bound is one higher."""
    rng = random.Random("blobs")
    pieces = ["aGVsbG8", "SGVsbG8gd29y", "ZGVhZGJlZWY=", "69676e6f7265", "0123456789abcdef", "+", "/", "=", ".", "-",
              ".-", "-..", " ", " ", "\t", "\n", "\r\n", "\u00a0", "\u2028", "\x1c", "> ", " / ", "x", "Q", "é"]
    found = {"blob": 0, "wrapped": 0, "hex": 0, "morse": 0}
    morse_signs = [".", "-", ".", "-", ".", ".-", "--.", "-----", "x", ""]
    for n in range(8000):
        if n % 2:
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        else:  # Morse-like: signs between spaces, tabs and slashes
            text = "".join(rng.choice(morse_signs) + rng.choice([" ", " ", " / ", "/", "\t", "  "])
                           for _ in range(rng.randint(0, 14)))
        run = obfuscation._longest_run(text)
        signs = text.count(".") + text.count("-")
        for name, pattern, passed in (("blob", obfuscation._BLOB, run < obfuscation._SHORTEST_BLOB),
                                      ("wrapped", obfuscation._WRAPPED, run < obfuscation._SHORTEST_BLOB),
                                      ("hex", obfuscation._HEX, run < obfuscation._SHORTEST_HEX),
                                      ("morse", obfuscation._MORSE, signs < obfuscation._FEWEST_MORSE_SIGNS)):
            if pattern.search(text) is not None:
                assert not passed, (name, text)
                found[name] += 1
    assert min(found.values()) > 50, found


def test_a_reply_holding_no_feature_name_holds_no_network_feature() -> None:
    """tools._network_mentions reads a reply with its two regexes ("Instagram Insights", "analytics on YouTube") only
    when its lower-cased text holds one of _suffix_cues: every feature name holds one, and on random texts of the
    channels, the features, the words between and pieces of them, whenever either regex matches, a cue is there."""
    forward, backward, channel_of = tools._network_regexes()
    suffixes = sorted(lexicons().network_suffixes)
    cues = tools._suffix_cues()
    assert all(any(cue in suffix for cue in cues) for suffix in suffixes)
    rng = random.Random("network-features")
    pieces = sorted(channel_of) + suffixes + [s[:-1] for s in suffixes] + [s[1:] for s in suffixes] + [
        "'s", "’s", "own", "native", "page", "on", "for", "von", "de", "x", "1", "_"]
    matched = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", " ", "", "  ", "\n", ", ", "-"])
                       for _ in range(rng.randint(0, 8)))
        if forward.search(text) or backward.search(text):
            assert any(cue in text for cue in cues), text
            matched += 1
    assert matched > 300, matched


def test_a_text_with_no_ascii_digit_holds_no_letters_as_numbers() -> None:
    """letter_codes.coded_readings searches for runs of A1Z26 numbers only in a text holding an ASCII digit: on random
    texts of numbers, digits of other scripts, gaps and letters, whenever the pattern matches, one is there."""
    rng = random.Random("a1z26")
    numbers = ["1", "9", "26", "09", "0", "27", "١", "٢٣", "२", "𝟏", "1١", "x", "é"]
    matched = 0
    for _ in range(6000):
        text = "".join(rng.choice(numbers) + rng.choice([" ", " ", ", ", "-", ".", "/", "\t", "", " . "])
                       for _ in range(rng.randint(0, 10)))
        if letter_codes._A1Z26.search(text) is not None:
            assert letter_codes._ASCII_DIGIT.search(text) is not None, text
            matched += 1
        elif letter_codes._ASCII_DIGIT.search(text) is None:
            assert letter_codes.coded_readings(text, frozenset()) == [], text
    assert matched > 60, matched


def test_a_reply_holding_none_of_a_cue_scans_words_holds_none_of_its_cues() -> None:
    """habits reads a reply for given-up habits, relayed advice and rejections with three scans, each only when the
    lower-cased text holds one of its words (_bare_words): every match of each scan holds one. On random texts of
    the cues' words, pieces of them and the gaps of "ne ... plus" (in every language habits.toml has), whenever a
    scan matches, one of its words is there."""
    table = toml_table("habits.toml")
    rng = random.Random("habit-cues")
    found = 0
    for language in ("en", "es", "de", "fr", "pt"):
        for pattern, words in habits._bare_patterns(language):
            said = sorted({w for w in re.findall(r"[^\s.]+", pattern.pattern.replace("\\s++", " ")) if w.isalpha()})
            cues = sorted({p for t in table.values() if isinstance(t, dict) for ps in t.values() for p in ps
                           if isinstance(p, str)})
            pieces = said + [rng.choice(cues).replace("...", "x y").lower() for _ in range(300)] + ["x", "a b", "'"]
            for _ in range(600):
                text = "".join(rng.choice(pieces) + rng.choice([" ", " ", "  ", "\n", ", ", ""])
                               for _ in range(rng.randint(0, 8)))
                if pattern.search(text) is not None:
                    assert any(word in text for word in words), (language, text)
                    found += 1
    assert found > 2000, found
