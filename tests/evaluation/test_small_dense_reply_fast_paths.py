"""Issue 10 (no message takes more than 1 s per MB to judge): the smallest dense replies (a quoted-printable body,
spaced-out letters, 3 KB) are mostly a judgement's fixed cost, spread over many stages. Each cut here is a cheaper
way to the same answer, checked against the form it replaces on random texts built from what that form reads."""

from __future__ import annotations

import re

import pytest

from bot.evaluation.patterns import needed_strings


@pytest.mark.parametrize(("rx", "needed"), [
    # A run of literals goes on into an alternation of literals: one string for each branch.
    (r"(?:l(?:[\s\-/]++vl(?:(?P<e1>ttr)|(?P<e2>dr))))(?![\w])", ("vlttr", "vldr")),
    (r"v(?:in|en)(?:de|ta)xx", ("vendexx", "ventaxx", "vindexx", "vintaxx")),
    (r"abc(?:d|)e", ("abcde", "abce")),
    # ... and into the literals each branch opens with, when a branch goes on with something else.
    (r"n[\s\-/]++(?:tn(?:s[\s\-/]++ps|z[\s\-/]++ps|t[\s\-/]++q)|anwsngn)", ("anwsngn", "tns", "tnt", "tnz")),
    # An optional group, a class or a group changing a flag ends the run.
    (r"x(?:abc|de)?yzw", ("yzw",)), (r"abc[de]fgh", ("abc",)), (r"ab(?i:cd)efg", ("efg",)),
    # Too short, or too many ways to spell it: nothing.
    (r"ab|cd", None), ("a(?:b|c|d)", None),
])
def test_what_every_match_holds_read_through_alternations(rx: str, needed: tuple[str, ...] | None) -> None:
    assert needed_strings(re.compile(rx)) == needed
