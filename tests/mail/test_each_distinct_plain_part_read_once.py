"""Issue 10 (no message takes more than 1 s to judge per MB): a message of many plain parts had each part's new text
read on its own (quotes, signatures, attributions: about 40 us a part however short), and a message of thousands of
copies of one short part read the same part thousands of times. Each distinct part is now read once and its reading
shared by its copies; the new text is the same as reading every part: compared here with that on random messages
of repeated and distinct parts (quotes, signatures, forwards, answers between quoted questions, blank runs)."""

from __future__ import annotations

import random

import pytest

from bot.mail import newtext, parse
from bot.mail.newtext import NewText, extract, together

_PIECES = [
    "I use Buffer and Canva.", "Listen first, then apologise.", "", "", "> How do you handle angry customers?",
    "> Which tools do you use?", "On Mon, 1 Dec 2026, Bot <bot@endorse.example> wrote:", "-- ", "Dana",
    "Thanks,", "Dana Reyes", "Sent from my iPhone", "---------- Forwarded message ---------",
    "From: Bob <bob@x.org>", "Subject: tools", "P.S. I also watch reach.", "[1] The free plan", "Buffer[1]",
    "Reach and engagement rate.", "\u200b", " ", "Please type your reply above this line", "> > older",
]


def _part(rng: random.Random) -> str:
    return "\r\n".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 9)))


def _every_part_read(parts: tuple[str, ...], name: str, addr: str, recipients: tuple[str, ...]) -> NewText:
    """parse._new_text before: each part read, copies included."""
    if len(parts) == 1:
        return extract(parts[0], name, addr, recipients)
    return together([extract(part, name, addr, recipients) for part in parts])


@pytest.mark.parametrize("seed", range(4))
def test_the_new_text_of_repeated_and_distinct_parts_is_that_of_every_part_read(seed: int) -> None:
    rng = random.Random(f"parts-{seed}")
    for _ in range(300):
        distinct = [_part(rng) for _ in range(rng.randint(1, 4))]
        parts = tuple(rng.choice(distinct) for _ in range(rng.randint(1, 8)))
        who = rng.choice([("Dana", "dana@mail.example"), ("", "bob@x.org"), ("Dana Reyes", "dana@x.org")])
        recipients = ("bot@endorse.example",)
        assert parse._new_text(parts, *who, recipients) == _every_part_read(parts, *who, recipients), parts


def test_a_message_of_many_copies_of_one_part_reads_that_part_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []

    def counted(text: str, *args: object, **kwargs: object) -> NewText:
        read.append(text)
        return newtext.extract(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parse, "extract", counted)
    parts = ("I use Buffer and Canva.\r\n",) * 500 + ("Listen first.\r\n",) * 3
    new = parse._new_text(parts, "Dana", "dana@mail.example", ("bot@endorse.example",))
    assert read == ["I use Buffer and Canva.\r\n", "Listen first.\r\n"]
    assert new.text == "\n\n".join(["I use Buffer and Canva."] * 500 + ["Listen first."] * 3)
