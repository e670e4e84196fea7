"""Advice against writing "something you'll regret" threatens no one: abuse.toml [not_abuse] holds the phrases that
contain a threat's words but are none, and win over them ("This cooling-off period prevents you from writing
something you'll regret"). A threat stays one: "Do that again and you'll regret it"."""

from __future__ import annotations

from bot.evaluation.abuse import find_abuse


def test_something_you_will_regret_is_no_threat() -> None:
    assert find_abuse("Wait a day: it prevents you from writing something you'll regret in the heat of it.") == ()


def test_a_threat_is_still_one() -> None:
    assert [a.kind for a in find_abuse("Do that again and you'll regret it.")] == ["threats"]
