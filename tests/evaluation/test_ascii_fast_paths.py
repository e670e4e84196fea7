"""An ASCII text is folded without a table look-up per character (patterns.fold, mail.patterns.case_folded): what the
tables give for it, on every ASCII character and on random ASCII texts, and no character of it is noted as one that
does not fold."""

from __future__ import annotations

import random

from bot.evaluation import bounded, patterns, respelt
from bot.evaluation import text as text_module
from bot.mail import patterns as mail_patterns

_ASCII = "".join(map(chr, range(128)))


def _texts() -> list[str]:
    rng = random.Random(25)
    words = ["Angry", "CUSTOMERS", "don't", "İ", "K", "ſ", "Σ", "é", "_id", "GA4", "\t", "\n", " ", "-", "'"]
    texts = [_ASCII, "", "A", "engagement_rate"]
    for _ in range(300):
        texts.append("".join(rng.choice(_ASCII) if rng.random() < 0.5 else rng.choice(words) for _ in range(40)))
    return texts


def test_an_ascii_text_folds_as_the_table_folds_it() -> None:
    for text in _texts():
        assert patterns.fold(text) == text.translate(patterns._FOLDING)
        assert mail_patterns.case_folded(text) == text.translate(mail_patterns._CASE_FOLDING)


def test_no_ascii_character_is_unfoldable() -> None:
    _ASCII.translate(mail_patterns._CASE_FOLDING)
    assert not any(c in _ASCII for c in mail_patterns._CASE_FOLDING.unfoldable)
    assert mail_patterns.may_hold("Reply ABOVE this line", ["above"])


def test_an_ascii_text_is_read_into_words_as_unicode_classes_read_it() -> None:
    """The word index, the tool-name reader (respelt), text.words and the word bound read an ASCII text's words
    with ASCII classes."""
    rng = random.Random(26)
    pieces = ["Angry", "CUSTOMERS", "don't", "it's", "l'", "'", "_", "_id", "GA4", " ", "\n", "-", "x", "1"]
    texts = ["".join(rng.choice(pieces) if rng.random() < 0.7 else rng.choice(_ASCII) for _ in range(30))
             for _ in range(300)]
    texts += ["don't l'écoute", "it's 'quoted' _id_ a1b2 x'y'z ''", "l'", "'x", "x'", "_", "a_b c__d"]
    texts = [t for t in texts if t.isascii()]
    assert len(texts) > 50
    for text in texts:
        for start in (0, 1, 5):
            assert ([m.span() for m in patterns._ASCII_INDEX_WORD.finditer(text, start)]
                    == [m.span() for m in patterns._INDEX_WORD.finditer(text, start)])
        unicode_read = patterns._word_index(text + " é")  # not ASCII: read with the Unicode classes
        assert list(unicode_read.pop("=é")) == [len(text) + 1]
        assert list(patterns._word_index(text).items()) == list(unicode_read.items())
        assert text_module._ASCII_WORD.findall(text) == text_module._WORD.findall(text)
        for limit in (1, 3, 10):
            ascii_read, unicode_read_words = bounded._words(limit, True).match(text), bounded._words(limit).match(text)
            assert (ascii_read and ascii_read.end()) == (unicode_read_words and unicode_read_words.end())
        assert respelt._ASCII_SPLIT.split(text) == respelt._SPLIT.split(text)
