"""The pieces a lowered phrase search needs (bot.mail.patterns.phrase_pieces), asked before the search: a text
holding none of them is not searched. Compared with the search alone on random and adversarial texts, for
the out-of-office closings (kinds.reads_as_out_of_office_notice) and a gateway note's cautions
(signature.leading_banner_end)."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from bot.mail import kinds, signature
from bot.mail.patterns import grouped_alternation, load, phrase_pieces


def _closings() -> list[list[str]]:
    closings = load("kinds")["auto_reply"]["notice_closings"]
    return [[c.lower() for c in closings if c.isascii()], [c.lower() for c in closings if not c.isascii()]]


def _cautions() -> list[str]:
    return [c.lower() for c in load("signatures")["external_banner_cautions"]]


_FILLER = ["the", "a", "please", "urgent", "return", "outside", "click", "my", "email", " ", "\n", "\t", "  ",
           ".", ",", "İ", "ı", "ß", "é", "ü", "-", "'", "’", "\u00a0", "\u2003", "\x1c"]


def _texts(phrases: list[str], rng: random.Random, count: int) -> list[str]:
    """Random texts of the phrases' own words and pieces (whole, cut, with their spaces as other white space),
    and of filler."""
    words = [w for p in phrases for w in p.split(" ") if w]
    texts = []
    for _ in range(count):
        parts: list[str] = []
        for _ in range(rng.randint(0, 12)):
            roll = rng.random()
            if roll < 0.25 and phrases:
                phrase = rng.choice(phrases)
                space = rng.choice([" ", "  ", "\n", "\t", "\u00a0", " \n "])
                phrase = phrase.replace(" ", space)
                if rng.random() < 0.3:  # cut at one end: the search may no longer match
                    cut = rng.randint(0, len(phrase))
                    phrase = phrase[cut:] if rng.random() < 0.5 else phrase[:cut]
                parts.append(phrase)
            elif roll < 0.6 and words:
                word = rng.choice(words)
                parts.append(word[: rng.randint(1, len(word))] if rng.random() < 0.3 else word)
            else:
                parts.append(rng.choice(_FILLER))
            parts.append(rng.choice(["", " ", "\n", ". "]))
        texts.append("".join(parts))
    return texts


@pytest.mark.parametrize("phrases", [*_closings(), _cautions()], ids=["closings", "closings_other", "cautions"])
def test_a_text_holding_no_piece_has_no_match(phrases: list[str]) -> None:
    rx = re.compile(grouped_alternation(phrases))
    pieces = phrase_pieces(phrases)
    rng = random.Random(20261207)
    texts = _texts(phrases, rng, 3000) + [p.replace(" ", " \t\n ") for p in phrases] + [p.upper() for p in phrases]
    held = 0
    for text in texts:
        for lowered in (text, text.lower()):
            found = rx.search(lowered) is not None
            may = any(map(lowered.__contains__, pieces))
            assert may or not found, (lowered, pieces)
            held += found
    assert held > 100  # the texts match often enough to tell


def test_every_phrase_holds_a_piece_and_a_piece_holds_no_other() -> None:
    for phrases in [*_closings(), _cautions()]:
        pieces = phrase_pieces(phrases)
        assert pieces and all(any(piece in phrase for piece in pieces) for phrase in phrases)
        assert not any(a != b and a in b for a in pieces for b in pieces)


def test_no_phrase_is_held_by_every_text() -> None:
    """The empty alternation matches anywhere, so no phrase may mean no shortcut; spaces alone are no phrase."""
    assert phrase_pieces([]) == ("",)
    assert phrase_pieces(["  ", ""]) == ("",)
    assert re.compile(grouped_alternation([])).search("anything") is not None
    assert phrase_pieces(["Please  Contact me", "on my return"]) == ("contact", "return")


def _without_pieces(module: object, monkeypatch: pytest.MonkeyPatch, **fields: tuple[str, ...]) -> None:
    """``module._patterns()`` with the named pieces made ("",), which every text holds: the search alone."""
    patterns = module._patterns()  # type: ignore[attr-defined]
    monkeypatch.setattr(module, "_patterns", lambda: dataclasses.replace(patterns, **fields))


def test_out_of_office_notices_as_by_the_search_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    auto = load("kinds")["auto_reply"]
    rng = random.Random(7)
    away, closings = auto["away_phrases"], auto["notice_closings"]
    texts = []
    for text in _texts([c.lower() for c in closings], rng, 1500):
        texts += [text, f"{rng.choice(away)}. {text}", f"{rng.choice(away).upper()}\n{text}"]
    shortcut = [kinds.reads_as_out_of_office_notice(text) for text in texts]
    _without_pieces(kinds, monkeypatch, notice_closing_pieces=("",), notice_closing_pieces_other=("",))
    assert shortcut == [kinds.reads_as_out_of_office_notice(text) for text in texts]
    assert 50 < sum(shortcut) < len(texts) - 50


def test_gateway_notes_as_by_the_search_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(11)
    notes = []
    for text in _texts(_cautions(), rng, 1500):
        for note in (text, f"This message came from outside the organization. {text}",
                     f"This email originated from outside of the organization. {text.upper()}"):
            notes.append([*note.split("\n"), "", "The answer itself.", "More of it."])
    shortcut = [signature.leading_banner_end(lines) for lines in notes]
    _without_pieces(signature, monkeypatch, banner_caution_pieces=("",))
    assert shortcut == [signature.leading_banner_end(lines) for lines in notes]
    assert 20 < sum(map(bool, shortcut)) < len(notes) - 20


def test_the_line_break_characters_are_the_class() -> None:
    """decode._normalise asks for each line break character alone where it searched for the class."""
    from bot.mail import decode

    assert set(decode._LINE_BREAK_CHARS) == {chr(c) for c in range(0x110000) if decode._LINE_BREAKS.fullmatch(chr(c))}


def test_bodies_normalised_as_by_the_class_search(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.mail import decode

    rng = random.Random(3)
    pool = ["a", "b", " ", "\n", "\r\n", "\r", "\t", "\u00a0", "\ufeff", "\x0b", "\x0c", "\x85", "\u2028", "\u2029",
            "\x1c", "\x1d", "\u2027", "\u202a", "é", "İ", "\U0001f600", "\ud800", "line", "  \n"]
    texts = ["", "\x0b", "\u2029", "plain text\n", *("".join(rng.choices(pool, k=rng.randint(1, 40)))
                                                     for _ in range(4000))]
    shortcut = [decode._normalise(text) for text in texts]
    monkeypatch.setattr(decode, "_LINE_BREAK_CHARS", ("",))  # every text holds "": the class is searched for
    assert shortcut == [decode._normalise(text) for text in texts]
    assert sum(decode._LINE_BREAKS.search(text) is not None for text in texts) > 1000


def test_a_contact_told_as_by_the_search_alone() -> None:
    """signature._has_contact asks for "http", "www.", "@" or a digit before the search of a contact."""
    rng = random.Random(5)
    pool = ["http", "https", "://", "HTTP://", "www", ".", "www.", "@", " @ ", "a@b", "@x", "x@", "0", "1", "555",
            "-", " ", ")", "٣", "۴", "१", "٣٣٣ ٣٣٣", "123-456", "123. 456", "(123) 456", "a", "Tip", "\n", "\t",
            "é", "ſ", "\u00a0", "mail"]
    texts = ["", "@", "1", *("".join(rng.choices(pool, k=rng.randint(1, 14))) for _ in range(20000))]
    told = [signature._has_contact(text) for text in texts]
    assert told == [signature._CONTACT.search(text) is not None for text in texts]
    assert 2000 < sum(told) < len(texts) - 2000


def test_contact_blocks_as_by_the_search_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(9)
    lines_pool = ["Jane Doe", "Jane Doe.", "Call me at 555-123 4567.", "jane@example.com.", "www.example.com.",
                  "https://example.com.", "Thanks!", "Phone: 555 123 4567", "Mail: jane@example.com", "",
                  "I use Buffer.", "Head of Support:", "Acme Inc.", "Tel. ٣٣٣ ٣٣٣٣.", "see you at 10."]
    blocks = [["I schedule with Buffer.", "", *rng.choices(lines_pool, k=rng.randint(1, 8))] for _ in range(3000)]
    shortcut = [signature.contact_block_index(lines) for lines in blocks]
    monkeypatch.setattr(signature, "_has_contact", lambda text: signature._CONTACT.search(text) is not None)
    assert shortcut == [signature.contact_block_index(lines) for lines in blocks]
    assert sum(index is not None for index in shortcut) > 10
