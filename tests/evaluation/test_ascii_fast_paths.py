"""An ASCII text is folded without a table look-up per character (patterns.fold, mail.patterns.case_folded): what the
tables give for it, on every ASCII character and on random ASCII texts, and no character of it is noted as one that
does not fold."""

from __future__ import annotations

import random

from bot.evaluation import patterns
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
