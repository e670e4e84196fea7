"""Issue 10: reading the new text of a message costs C time per line, not a row of Python checks per line.

The lines where an attribution, an older message or the end of the sender's words may start are found by
one scan of the whole text each (bot/mail/quotes.py, bot/mail/signature.py); only those lines get the
checks one by one. These tests hold the two promises that makes: every line a check would accept is
among those found (so nothing is read differently), and lines of plain words are never checked at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.mail import newtext, quotes, signature
from bot.mail.parse import parse_mail
from bot.mail.patterns import lines_matching
from tests.evaluation.steps import steps

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# Written to sit on the edges of the scans: no-break spaces, brackets and rules around a phrase, a phrase
# broken over two lines (the scan must not swallow the next line's start), quotes, digits, long lines.
EDGES = [
    "Thanks\n-- \nJane", "x\n  ( Sent from my iPhone )\nold", "a\n__\nb", "a\n---\nb", "a\nSent\nfrom my phone",
    "a\n**Confidentiality notice: x", "a\n\u00a0Sent\u00a0from my phone",
    "x\n\u00a0-\u00a0Original Message\u00a0-\nFrom: a",
    "x\n---------- Forwarded message ---------\nFrom: a <a@b.example>\nDate: today\nSubject: s\nTo: b",
    "Begin forwarded message:\nFrom: x", "On Mon, 5 Jan 2026 at 09:00, Jane <jane@x.example> wrote:\n> hi",
    "Le lun. 5 janv. 2026 à 09:00, Jane a écrit\u00a0:\n> salut", "On\nMonday Jane wrote:\n> hi",
    "2026-01-05 9:00 GMT+01:00 Jane Doe\n> hi", "(5) Jane <jane@x.example>", "Jane schrieb am Mo., 5. Jan. 2026:",
    " " * 395 + "On Monday Jane wrote:", "x" * 500 + " wrote:", "Von: Jane\nGesendet: heute\nAn: Bob\nBetreff: s",
]


def _texts() -> list[str]:
    texts = [parse_mail(path.read_bytes()).text for path in sorted(FIXTURES.rglob("*.eml"))]
    return [*texts, *EDGES]


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]


@pytest.mark.parametrize("text", _texts())
def test_every_line_a_check_accepts_is_among_the_lines_found_at_once(text: str) -> None:
    lines = _lines(text)
    may_attribute = quotes.attribution_candidates(lines)
    may_start = quotes.older_message_candidates(lines)
    ends = set(lines_matching(lines, signature._patterns().ends_by_line))
    for i, line in enumerate(lines):
        first = quotes._plain_spaces(line[:400])
        if first.strip() and not quotes.is_quoted(first) and quotes._may_start_attribution(first):
            assert may_attribute[i], line
        if quotes.is_original_marker(line) or quotes.is_forward_marker(line) or quotes.header_block_at(lines, i):
            assert may_start[i], line
        if signature.is_delimiter(line) or signature.is_disclaimer(line) or signature.is_device_footer(line):
            assert i in ends, line


def test_the_edge_cases_are_read_as_before() -> None:
    """The cuts still happen where the per-line checks put them."""
    assert newtext.extract_new_text("Thanks\n-- \nJane") == "Thanks"
    assert newtext.extract_new_text("I use Buffer.\n\u00a0Sent\u00a0from my phone") == "I use Buffer."
    assert newtext.extract_new_text("I use Buffer.\nSent\nfrom my phone\nold") == "I use Buffer.\nSent"
    assert newtext.extract_new_text(
        "I use Buffer.\n\nOn Mon, 5 Jan 2026 at 09:00, Jane <jane@x.example> wrote:\n> hi") == "I use Buffer."
    with_postscript = "Buffer.\nBest,\nJane\n\nP.S. I also use Canva"
    assert newtext.extract_new_text(with_postscript) == "Buffer.\n\nP.S. I also use Canva"


def test_lines_of_plain_words_are_never_checked_one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """20,000 lines of words: the per-line checks used to run two or three times on every line."""
    calls = 0

    def counted(real: Callable[..., object]) -> Callable[..., object]:
        def wrapper(*args: object) -> object:
            nonlocal calls
            calls += 1
            return real(*args)
        return wrapper

    for module, name in ((quotes, "attribution_at"), (quotes, "is_original_marker"), (quotes, "header_block_at"),
                         (signature, "is_delimiter"), (signature, "is_disclaimer"), (signature, "is_device_footer")):
        monkeypatch.setattr(module, name, counted(getattr(module, name)))
    text = "".join(f"listen to them {i}\n" for i in range(20_000))
    assert newtext.extract_new_text(text).count("\n") == 19_999
    assert calls == 0


def test_a_long_quoted_history_is_not_scanned_for_attributions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A thread's quoted history is thousands of lines the reader never uses: only the unquoted lines go
    to the whole-text scans (a 10,000-line thread was read at a quarter of the speed when every quoted
    line was scanned too)."""
    scanned: list[int] = []
    real = quotes.attribution_candidates

    def counted(lines: list[str]) -> list[bool]:
        scanned.append(len(lines))
        return real(lines)

    monkeypatch.setattr(quotes, "attribution_candidates", counted)
    history = "".join(f"> earlier line {i} with words\n" for i in range(10_000))
    text = "I use Buffer and Canva.\n\nOn Mon, 5 Jan 2026 at 09:00, Jane <jane@x.example> wrote:\n" + history
    assert newtext.extract_new_text(text) == "I use Buffer and Canva."
    assert scanned == [4]  # the answer, the blank line, the attribution and the empty line after the history


@pytest.mark.parametrize("text", [
    "I use Buffer and Canva.\n\nOn Mon, 5 Jan 2026 at 09:00, Jane <jane@x.example> wrote:\n> Which tools?\n",
    "> Which tools?\nBuffer.\n> Which metrics?\nReach.\n\nJane <jane@x.example> wrote:\n> older\n",
    "---------- Forwarded message ---------\nFrom: a <a@b.example>\nDate: today\nSubject: s\nTo: b\n\n"
    "On Mon, 5 Jan 2026 at 09:00, Jane <jane@x.example> wrote:\n> hi\n",
])
def test_each_line_is_asked_once_whether_an_attribution_starts_there(text: str,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Cutting at an older message and dropping quotes both need the attributions: the second step reuses
    what the first found while the lines are unchanged (each ask reads up to eight lines)."""
    asked: list[int] = []
    real = quotes.attribution_at

    def counted(lines: list[str], i: int) -> int | None:
        asked.append(i)
        return real(lines, i)

    monkeypatch.setattr(quotes, "attribution_at", counted)
    newtext.extract(text)
    assert asked and len(asked) == len(set(asked)), asked


def test_a_labelled_list_is_not_read_as_attributions_line_by_line() -> None:
    """"1. Canva" starts the way an attribution may ("On 1. May..." too starts with a digit), so each such
    line of a labelled list ("Tools: Buffer / 1. Canva / - reach / Tip: listen") had up to five lines read
    as an attribution's pieces. An attribution ends only on a line that may end one (a colon, an address,
    a verb): a window with no such line is passed at once (about 32 lines of quotes.py run per line of
    the list before, 13 now)."""
    text = "Tools: Buffer\n1. Canva\n- reach\nTip: listen\n" * 500
    assert newtext.extract_new_text(text) == text.strip("\n")
    quotes._may_end_line.cache_clear()
    per_line = steps(lambda: newtext.extract_new_text(text), [quotes.__file__]) / 2_000
    assert per_line < 16, per_line


@pytest.mark.parametrize("text", _texts())
def test_the_window_check_finds_every_attribution_the_lines_hold(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines(text)
    found = [quotes.attribution_at(lines, i) for i in range(len(lines))]
    monkeypatch.setattr(quotes, "_may_end_line", lambda line: True)  # every window read piece by piece
    assert found == [quotes.attribution_at(lines, i) for i in range(len(lines))]


def test_lines_starting_like_a_header_label_without_its_colon_are_no_candidates() -> None:
    """"To be honest", "Date night", "Subject matters": a header label needs its colon near the line's start
    (header_block_at), so such lines are passed over by the whole-text scan instead of being tried against
    every label of every language, then asked one by one (all 3,000 were candidates before)."""
    lines = ["To be honest we use Buffer", "Date night posts do well", "Subject lines matter", "An: Bob"] * 1_000
    flagged = quotes.older_message_candidates(lines)
    assert sum(flagged) == 1_000 and all(flagged[3::4])
