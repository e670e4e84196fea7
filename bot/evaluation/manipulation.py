"""Text that tries to instruct the grader instead of answering (prompt injection, fake SYSTEM lines).

Checked in the visible reply and in text hidden in the HTML, in every language of
bot/lexicons/manipulation.toml at once (an attacker need not write in the reply's language).
"""

from __future__ import annotations

import dataclasses
from functools import cache

from bot.evaluation.lexicon import language_entries, toml_table
from bot.evaluation.obfuscation import disguises_undone, plain_text, spaced_letter_runs
from bot.evaluation.patterns import Matcher, Prepared
from bot.evaluation.result import Judgement, Verdict
from bot.evaluation.typed_disguises import acrostic_letters, glued_words, words_cut_by_spaces

MANIPULATION_REASON = "manipulation"


@cache
def _matcher() -> Matcher:
    return Matcher(language_entries(toml_table("manipulation.toml")["phrases"]))


@cache
def _compact() -> tuple[str, ...]:
    return tuple(w for words in toml_table("manipulation.toml")["compact"].values() for w in words)


@cache
def _substrings() -> tuple[str, ...]:
    return tuple(w for words in toml_table("manipulation.toml")["substrings"].values() for w in words)


def find_manipulation(*texts: str | Prepared) -> tuple[str, ...]:
    """The phrases, as written, that try to steer the grader; empty when there are none.

    Each text is read as given and as an attacker's disguise undone (obfuscation.py): look-alike and
    fullwidth letters, invisible characters, letters spaced out, right-to-left overrides, base64."""
    found: list[str] = []
    for text in texts:
        if not text:
            continue  # no hidden text (most replies): nothing to prepare
        prepared = text if isinstance(text, Prepared) else Prepared.of(text)
        if not prepared.text:
            continue
        found += _phrases(prepared)
        views = disguises_undone(prepared.text, prepared.keys)
        views += words_cut_by_spaces(prepared.text, prepared.index)
        for view in views:
            found += _phrases(Prepared.of(view))
        # Letters spaced out, the first letters of lines (an acrostic) and words glued of several, read as one
        # run each.
        runs = [*spaced_letter_runs(prepared.text), acrostic_letters(plain_text(prepared.text)),
                *glued_words(prepared.keys)]
        found += [stem for run in runs for stem in _compact() if stem in run]
    return tuple(dict.fromkeys(found))


def _phrases(prepared: Prepared) -> list[str]:
    found = [prepared.text[h.start : h.end].strip() for h in _matcher().find(prepared)]
    return found + [s for s in _substrings() if s in prepared.text]


PARTS_DISAGREE = "parts_disagree"


def review_disagreeing_parts(judgement: Judgement) -> Judgement:
    """The plain and HTML parts of the reply say different things: a plain-text reader and an HTML
    reader see different answers, so no verdict is safe; a person decides (issue 10 item 11)."""
    if judgement.verdict == Verdict.NOT_EVALUATED:
        return judgement
    reasons = tuple(dict.fromkeys((*judgement.reasons, MANIPULATION_REASON, PARTS_DISAGREE)))
    return dataclasses.replace(judgement, verdict=Verdict.NEEDS_REVIEW, manipulation=True, reasons=reasons)
