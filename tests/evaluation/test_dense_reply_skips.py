"""Issue 10 (no message judged slower than 1 s per MB), perf23: work a dense plain reply of 3-10 KB asked at each of
its characters, lines or mentions, skipped where a test at C speed says it cannot count, each compared on random
texts with the form it replaces (kept here).

metrics._formulas tried the formula body after every "=" of the reply (5 KB of "=====" rules: 5,000 Python steps
and failed matches); it is tried only after an "=" the body may start after.

Per tool mention (300 names glued in CamelCase are 300 mentions): tools._Company reads the words before and after a
name only when the reply holds an employer frame or a word for a maker's content, and tools._products_of_brands
looks for a brand's possessive before a name only when a space, tab or line break stands right before it;
tool_names reads a list's join after a name (_LIST_JOIN) only where a character it may start with follows the name, and
a domain's tail only after a dot; glued_names cuts a run's words at their humps found from the capital (a pattern
starting with a look-behind is tried at every character)."""

from __future__ import annotations

import dataclasses
import itertools
import random
import re
import sys

import pytest

from bot.evaluation import glued_names, metrics, tool_names, tools
from bot.evaluation.reading import Reading
from bot.evaluation.tools import Mention


def _formulas_at_every_sign(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    at = text.find("=")
    while at >= 0:
        body = metrics._FORMULA_BODY.match(text, at + 1)
        if body is not None and not metrics._OPERATORS.isdisjoint(body.group()):
            out.append((at + 1, body.end()))
        at = text.find("=", at + 1)
    return out


def test_formulas_read_after_the_signs_a_body_may_follow_are_the_formulas_read_after_every_sign() -> None:
    """On random texts of "=", ";", line breaks, full stops, operators, spaces and words (rules of "=" signs among
    them), the formulas found are those found by trying the body after every "=". Fails if an "=" before a line
    break, ";", another "=" or the text's end is taken as a formula's start, or a sign a body may follow is
    skipped."""
    rng = random.Random("formulas")
    pieces = ["=", "=", "==", "=" * 12, ";", "\n", "\r\n", ".", ". ", " ", "+", "/", "*", "×", "rate", "posts",
              "(a + b)", "MAU", "x", "\t", "é"]
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        expected = _formulas_at_every_sign(text)
        assert metrics._formulas(text) == expected, text
        found += len(expected)
    assert found > 2000, found


class _CountedMatch:
    """A pattern's stand-in that counts the matches and searches asked of it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.asked = pattern, 0

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.asked += 1
        return self.pattern.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.asked += 1
        return self.pattern.search(text, pos, endpos)


def test_a_rule_of_signs_asks_no_formula_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """5 KB of "=" rules under headings: no formula body is tried after any of their signs (each was a Python step
    and a failed match); the one formula in the text is still read."""
    counted = _CountedMatch(metrics._FORMULA_BODY)
    monkeypatch.setattr(metrics, "_FORMULA_BODY", counted)
    text = ("Heading\n" + "=" * 70 + "\n") * 64 + "rate = (likes + shares) / reach\n"
    assert metrics._formulas(text) == [(text.index("= (") + 1, len(text) - 1)]
    assert counted.asked == 1


def _not_the_product_reading_both_sides(company: tools._Company, m: Mention) -> bool:
    before = tools._BEFORE_THE_NAME.search(company.text, max(0, m.start - tools._BEFORE_THE_NAME_REACH_CHARS),
                                           m.start)
    after = tools._AFTER_THE_NAME.match(company.text, m.end)
    return ((before is not None and before.start() in company.employer_ends)
            or (after is not None and after.end() in company.content_starts))


def _products_of_brands_at_every_name(text: str, mentions: list[Mention]) -> list[Mention]:
    if len(mentions) < 2:
        return mentions
    brands = {m.end: m for m in mentions}
    out = []
    for m in mentions:
        possessive = tools._POSSESSIVE_BEFORE.search(text, max(0, m.start - tools._POSSESSIVE_REACH_CHARS), m.start)
        brand = brands.get(possessive.start()) if possessive else None
        out.append(dataclasses.replace(m, key=brand.key) if brand is not None and brand is not m else m)
    return out


_NAMES = ["Hootsuite", "Buffer", "Later", "Canva", "Sprout Social", "Instagram Analytics", "Smart Inbox"]
_AROUND = ["I work at", "I worked for", "employed by", "the", "podcast", "blog", "'s blog", "’s", "'s", "'s ", "s",
           "We use", "and", ",", " ", "  ", "\t", "\n", "\r\n", "", "x", "The", "webinar", "team at"]


def test_per_mention_reads_skipped_are_the_reads_of_every_mention() -> None:
    """On random replies of tool names glued or spaced, possessives ("Later's", "Sprout’s"), employer frames and words
    for a maker's content, at every name of the reply: whether it is the company, not the product, and the brand a
    product is taken for, are those read at every name. Fails if a name after a line break is passed over ("$"
    matches before one) or a side is skipped in a reply holding its words."""
    rng = random.Random("per-mention")
    employer = content = renamed = 0
    for _ in range(1500):
        pieces: list[str] = []
        spans: list[tuple[int, int]] = []
        at = 0
        for _ in range(rng.randint(1, 10)):
            lead = "" if pieces and pieces[-1][:2] in ("'s", "’s") else rng.choice(_AROUND)
            lead += rng.choice(["", " ", " ", "\n", "\t", "  "])
            name = rng.choice(_NAMES)
            if rng.random() < 0.4:  # a product after this brand's possessive: "Later's Instagram Analytics"
                tail = rng.choice(["'s ", "’s\t", "'s\n", "'s  ", "'s \n", "'s", "’s     "])
            else:
                tail = rng.choice(["", " ", "\n", "x"]) + rng.choice(_AROUND)
            pieces += [lead, name, tail]
            spans.append((at + len(lead), at + len(lead) + len(name)))
            at += len(lead) + len(name) + len(tail)
        text = "".join(pieces)
        mentions = [Mention(text[s:e].lower(), s, e) for s, e in spans]
        company = tools._Company(Reading.of(text, "en"))
        for m in mentions:
            expected = _not_the_product_reading_both_sides(company, m)
            assert company.not_the_product(m) == expected, (text, m)
            if expected:
                employer += any(company.employer_ends)
                content += any(company.content_starts)
        expected_brands = _products_of_brands_at_every_name(text, mentions)
        assert tools._products_of_brands(text, mentions) == expected_brands, text
        renamed += sum(a.key != b.key for a, b in zip(mentions, expected_brands, strict=True))
    assert employer > 100 and content > 100 and renamed > 1000, (employer, content, renamed)


def test_names_glued_in_camel_case_ask_no_possessive_nor_company_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A reply of names run together ("GoogleAnalyticsHootSuiteSocialMention...", twelve times): only a name after a
    space is looked at for a possessive, and the reply holds no employer frame nor a word for a maker's content, so
    no name is read for them; the tools found are those found before."""
    text = "GoogleAnalyticsHootSuiteSocialMentionKurrently " * 12
    reading = Reading.of(text, "en")
    before = tools.find_tools(reading)
    counted = {name: _CountedMatch(getattr(tools, name))
               for name in ("_POSSESSIVE_BEFORE", "_BEFORE_THE_NAME", "_AFTER_THE_NAME")}
    for name, stand_in in counted.items():
        monkeypatch.setattr(tools, name, stand_in)
    after = tools.find_tools(Reading.of(text, "en"))
    assert after == before and after.count >= 3
    # Only the eleven names after the space between two runs are looked at for a possessive.
    assert {name: c.asked for name, c in counted.items()} == {"_POSSESSIVE_BEFORE": 11, "_BEFORE_THE_NAME": 0,
                                                              "_AFTER_THE_NAME": 0}


def test_a_list_join_after_a_name_is_read_where_it_may_start() -> None:
    """Every code point the precheck passes over starts no join that holds anything (followed by the rest of a join
    word, spacing and a name); and at every place of random texts of joins, glosses, marks, articles and names, the
    join read is the pattern's own match, or None where that matched nothing."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char in tool_names._LIST_JOIN_FIRST or char.isspace():
            continue
        for tail in (" Canva", "nd Canva", "r Canva", "t Canva", "der Canva"):
            m = tool_names._LIST_JOIN.match(char + tail)
            assert m is None or m.end() == 0, hex(code)
    rng = random.Random("list-join")
    pieces = [" ", "  ", "\t", "\n", ",", ", ", ";", "/", "&", "+", "(my to-do lists)", "and", "AND", "or", "y", "o",
              "et", "ou", "und", "oder", "e", "Y", "É", "ſ", "the", "la", "O", "for approvals", "to post",
              "Canva", "mLabs", "Swello", "x", ".", "é"]
    joins = 0
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for end in range(len(text) + 1):
            old = tool_names._LIST_JOIN.match(text, end, min(len(text), end + tool_names._WINDOW))
            new = tool_names._list_join_after(text, end)
            if new is None:
                assert old is None or old.end() == end, (text, end)
            else:
                assert old is not None and new.span() == old.span(), (text, end)
                joins += new.end() > end
    assert joins > 2000, joins


def _pieces_cut_between_the_letters(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    hump = re.compile(r"(?<=[a-z])(?=[A-Z])")
    out = []
    for lo, hi in spans:
        cuts = [lo, *(lo + m.start() for m in hump.finditer(text[lo:hi])), hi]
        out += [(a, b, a == lo) for a, b in itertools.pairwise(cuts) if b > a]
    return out[: glued_names._MOST_PIECES]


def test_humps_matched_from_the_capital_are_the_cuts_found_between_the_letters() -> None:
    """glued_names._pieces cuts a run's words where a lower-case letter meets a capital: on random texts of ASCII
    letters of both cases, accented and special letters ("ſ", "K", "İ"), digits and marks, cut into random spans,
    the pieces are those cut by the zero-width pattern between the two letters."""
    assert glued_names._HUMP.pattern.startswith("[A-Z]")  # skipped to at C speed, not tried at every character
    rng = random.Random("hump-cuts")
    pieces = ["a", "B", "z", "Z", "é", "É", "1", " ", "-", "Hootsuite", "GoogleAnalytics", "iPhone", "ß", "ſ", "\u212a",
              "İ", "ı", "SEO", "aB"]
    cut = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        bounds = sorted(rng.randint(0, len(text)) for _ in range(rng.choice([2, 4])))
        spans = list(zip(bounds[::2], bounds[1::2], strict=True))
        expected = _pieces_cut_between_the_letters(text, spans)
        assert glued_names._pieces(text, spans) == expected, (text, spans)
        cut += sum(not starts for _, _, starts in expected)
    assert cut > 1000, cut
