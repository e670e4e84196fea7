"""Counting a regex's work instead of timing it: the compiled pattern is run again by a small backtracking
matcher written here, which follows the same order of tries as Python's own engine (greedy, lazy and
possessive repeats, atomic groups, alternation in order, look-arounds) and counts one step for every
character it tests and every way it tries. A pattern that backtracks through a run makes the count grow
faster than the run; a linear one makes it grow by the same amount for every character more.

A count does not depend on the machine's load, so a linear-time test built on it cannot fail because CI
was busy (a timed one did: tests/evaluation/test_linear_patterns.py, before). What it does not model is
the engine's shortcuts (a literal prefix searched for at C speed): they change the cost by a constant
factor, never a linear pattern into a quadratic one or back.

Only what the judge's patterns use is read: literals, classes, categories, ``.``, anchors, groups,
alternation, the three kinds of repeat, atomic groups and fixed-width look-arounds. Anything else raises
NotImplementedError, so a new construct is noticed rather than counted wrongly.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Callable
from typing import Any

# A continuation: given where the pattern so far ended, the end of the whole match, or None.
Next = Callable[[int], int | None]
# A compiled piece: (text, where it starts, what follows) -> the end of the whole match, or None.
Piece = Callable[[str, int, Next], int | None]


class Exploded(Exception):
    """The count passed its budget: the pattern's work blew up on this text."""


class Counter:
    def __init__(self, budget: int) -> None:
        self.steps = 0
        self.budget = budget

    def add(self, n: int = 1) -> None:
        """A step or more, checked against the budget (where a match may try again: branches and repeats)."""
        self.steps += n
        if self.steps > self.budget:
            raise Exploded(self.steps)


def _word(c: str) -> bool:
    return c.isalnum() or c == "_"


_CATEGORIES: dict[Any, Callable[[str], bool]] = {
    sre.CATEGORY_WORD: _word,
    sre.CATEGORY_NOT_WORD: lambda c: not _word(c),
    sre.CATEGORY_SPACE: str.isspace,
    sre.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    sre.CATEGORY_DIGIT: str.isdecimal,
    sre.CATEGORY_NOT_DIGIT: lambda c: not c.isdecimal(),
}


def _plain_char_test(op: Any, av: Any, ignore_case: bool) -> Callable[[str], bool]:
    """A test of one character for a LITERAL, NOT_LITERAL, ANY or IN item."""
    if op is sre.ANY:
        return lambda c: c != "\n"
    if op in (sre.LITERAL, sre.NOT_LITERAL):
        want = chr(av)
        if ignore_case:
            low = want.lower()
            same: Callable[[str], bool] = lambda c: c.lower() == low  # noqa: E731
        else:
            same = want.__eq__
        return same if op is sre.LITERAL else (lambda c: not same(c))
    if op is sre.IN:
        negate = False
        tests: list[Callable[[str], bool]] = []
        ranges: list[tuple[int, int]] = []
        chars: set[str] = set()
        for item_op, item_av in av:
            if item_op is sre.NEGATE:
                negate = True
            elif item_op is sre.LITERAL:
                chars.add(chr(item_av))
            elif item_op is sre.RANGE:
                ranges.append(item_av)
            elif item_op is sre.CATEGORY:
                tests.append(_CATEGORIES[item_av])
            else:
                raise NotImplementedError(item_op)

        def inside(c: str) -> bool:
            return (c in chars or any(lo <= ord(c) <= hi for lo, hi in ranges)
                    or any(test(c) for test in tests))

        if ignore_case:
            def test(c: str) -> bool:
                return inside(c) or inside(c.lower()) or inside(c.upper())
        else:
            test = inside
        return (lambda c: not test(c)) if negate else test
    raise NotImplementedError(op)


class _Remembered(dict[str, bool]):
    """A character test's answers, each worked out once (a hostile text repeats a few characters)."""

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, c: str) -> bool:
        answer = self[c] = self.test(c)
        return answer


def _char_test(op: Any, av: Any, ignore_case: bool) -> Callable[[str], bool]:
    return _Remembered(_plain_char_test(op, av, ignore_case)).__getitem__


_CHAR_OPS = (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN)


def _identity(end: int) -> int:
    return end


def _done(s: str, i: int, k: Next) -> int | None:
    return k(i)


class _Compiler:
    """Builds a pattern as linked pieces: each piece is handed the piece after it when it is built, so a match
    goes from one to the next by a call, and only what may be tried again (a branch, a repeat) holds more than
    one way on."""

    def __init__(self, counter: Counter, flags: int) -> None:
        self.counter = counter
        self.multiline = bool(flags & re.MULTILINE)

    def sequence(self, items: Any, flags: int, rest: Piece = _done) -> Piece:
        """``items``, then ``rest``."""
        parts: list[tuple[Any, Any, int]] = []
        for op, av in items:
            if op is sre.SUBPATTERN:
                _group, add, remove, body = av
                parts += [(o, v, (flags | add) & ~remove) for o, v in body]
            else:
                parts.append((op, av, flags))
        piece = rest
        literal = ""
        for op, av, f in reversed(parts):
            if op is sre.LITERAL and not f & re.IGNORECASE:
                literal = chr(av) + literal
                continue
            if literal:
                piece = self.literal(literal, piece)
                literal = ""
            piece = self.item(op, av, f, piece)
        return self.literal(literal, piece) if literal else piece

    def literal(self, text: str, rest: Piece) -> Piece:
        """Characters to be read as written, one after another: a step each when they are there, one when they
        are not (the engine gives up at the first that differs)."""
        counter = self.counter
        size = len(text)

        def chars(s: str, i: int, k: Next) -> int | None:
            if s.startswith(text, i):
                counter.steps += size
                return rest(s, i + size, k)
            counter.steps += 1
            return None

        return chars

    def item(self, op: Any, av: Any, flags: int, rest: Piece) -> Piece:
        count = self.counter.add
        counter = self.counter
        if op in _CHAR_OPS:
            test = _char_test(op, av, bool(flags & re.IGNORECASE))

            def char(s: str, i: int, k: Next) -> int | None:
                counter.steps += 1
                return rest(s, i + 1, k) if i < len(s) and test(s[i]) else None

            return char
        if op is sre.SUBPATTERN:
            _group, add, remove, body = av
            return self.sequence(body, (flags | add) & ~remove, rest)
        if op is sre.BRANCH:
            branches = [self.sequence(b, flags, rest) for b in av[1]]

            def branch(s: str, i: int, k: Next) -> int | None:
                for b in branches:
                    count()
                    end = b(s, i, k)
                    if end is not None:
                        return end
                return None

            return branch
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            return self.repeat(op, av, flags, rest)
        if op is sre.ATOMIC_GROUP:
            body = self.sequence(av, flags)

            def atomic(s: str, i: int, k: Next) -> int | None:
                count()
                end = body(s, i, _identity)
                return None if end is None else rest(s, end, k)

            return atomic
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, sub = av
            body = self.sequence(sub, flags)
            width = sub.getwidth()
            if direction < 0 and width[0] != width[1]:
                raise NotImplementedError("a look-behind of varying width")
            back = width[0] if direction < 0 else 0
            wanted = op is sre.ASSERT

            def look(s: str, i: int, k: Next) -> int | None:
                count()
                if i - back < 0:
                    holds = False
                else:
                    holds = body(s, i - back, (lambda j: j if j == i else None) if back else _identity) is not None
                return rest(s, i, k) if holds == wanted else None

            return look
        if op is sre.AT:
            return self.anchor(av, rest)
        raise NotImplementedError(op)

    def anchor(self, where: Any, rest: Piece) -> Piece:
        counter = self.counter
        multiline = self.multiline
        tests: dict[Any, Callable[[str, int], bool]] = {
            sre.AT_BEGINNING: lambda s, i: i == 0 or (multiline and s[i - 1] == "\n"),
            sre.AT_BEGINNING_STRING: lambda s, i: i == 0,
            sre.AT_END: lambda s, i: i == len(s) or (s[i] == "\n" and (multiline or i == len(s) - 1)),
            sre.AT_END_STRING: lambda s, i: i == len(s),
            sre.AT_BOUNDARY: lambda s, i: (i > 0 and _word(s[i - 1])) != (i < len(s) and _word(s[i])),
            sre.AT_NON_BOUNDARY: lambda s, i: (i > 0 and _word(s[i - 1])) == (i < len(s) and _word(s[i])),
        }
        test = tests[where]

        def at(s: str, i: int, k: Next) -> int | None:
            counter.steps += 1
            return rest(s, i, k) if test(s, i) else None

        return at

    def repeat(self, op: Any, av: Any, flags: int, rest: Piece) -> Piece:
        low, high, sub = av
        count = self.counter.add
        counter = self.counter
        if len(sub) == 1 and sub[0][0] in _CHAR_OPS:
            # One character at a time: run along, then give back one at a time (greedy), take one more at a
            # time (lazy), or give nothing back (possessive).
            test = _char_test(sub[0][0], sub[0][1], bool(flags & re.IGNORECASE))

            def run_of(s: str, i: int, most: int) -> int:
                """Past the characters from ``i`` that pass (``most`` at most): a step for each one tested."""
                end = min(len(s), i + most) if most != sre.MAXREPEAT else len(s)
                j = i
                while j < end and test(s[j]):
                    j += 1
                counter.steps += j - i + (j < end)
                return j

            if op is sre.MIN_REPEAT:
                def lazy_chars(s: str, i: int, k: Next) -> int | None:
                    j = run_of(s, i, low)
                    if j - i < low:
                        return None
                    while True:
                        count()
                        end = rest(s, j, k)
                        if end is not None:
                            return end
                        if j - i >= high or run_of(s, j, 1) == j:
                            return None
                        j += 1

                return lazy_chars
            greedy = op is sre.MAX_REPEAT

            def chars(s: str, i: int, k: Next) -> int | None:
                j = run_of(s, i, high)
                if j - i < low:
                    return None
                if not greedy:
                    return rest(s, j, k)
                while j - i >= low:
                    count()
                    end = rest(s, j, k)
                    if end is not None:
                        return end
                    j -= 1
                return None

            return chars
        body = self.sequence(sub, flags)

        if op is sre.POSSESSIVE_REPEAT:
            # (?>(?:X)*): take X's first match again and again, then give nothing back.
            def possessive(s: str, i: int, k: Next) -> int | None:
                taken, j = 0, i
                while taken < high:
                    count()
                    end = body(s, j, _identity)
                    if end is None or end == j:
                        break
                    taken, j = taken + 1, end
                return rest(s, j, k) if taken >= low else None

            return possessive
        greedy = op is sre.MAX_REPEAT

        def again(s: str, i: int, k: Next, taken: int) -> int | None:
            count()
            if not greedy and taken >= low:
                end = rest(s, i, k)
                if end is not None:
                    return end
            if taken < high:
                end = body(s, i, lambda j: again(s, j, k, taken + 1) if j != i else None)
                if end is not None:
                    return end
            return rest(s, i, k) if greedy and taken >= low else None

        return lambda s, i, k: again(s, i, k, 0)


def _first(items: Any) -> list[tuple[Any, Any]] | None:
    """The item (or a branch of items) the first character of every match must meet, past the look-arounds and
    anchors in front, or the line-start anchor a match must begin at; None when that is not plain."""
    for op, av in items:
        if op is sre.AT and av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
            return [(op, av)]  # a line's start (or the text's)
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: what follows reads the first character
        if op in _CHAR_OPS:
            return [(op, av)]
        if op is sre.SUBPATTERN:
            return _first(av[3]) if av[1] == av[2] == 0 else None
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            return _first(av[2])
        if op is sre.BRANCH:
            firsts = [_first(b) for b in av[1]]
            if any(f is None for f in firsts):
                return None
            return [(sre.BRANCH, (None, [sre_parse.SubPattern(items.state, f) for f in firsts]))]
        return None
    return None


class CountedPattern:
    """``pattern`` run by the counting matcher: ``match`` and ``scan`` as the engine would, each step added to
    ``counter``."""

    def __init__(self, pattern: re.Pattern[str], counter: Counter) -> None:
        self.counter = counter
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
        self._run = _Compiler(counter, pattern.flags).sequence(tree, pattern.flags)
        # Where a try can get past its first character, found at C speed: every other place costs the try one
        # step (the engine skips such places by the same test, from the compiled pattern's first characters).
        first = _first(tree)
        self._starts = None if first is None else re._compiler.compile(  # type: ignore[attr-defined]
            sre_parse.SubPattern(tree.state, first), pattern.flags)

    def match(self, text: str, pos: int) -> int | None:
        """Where a match from ``pos`` ends, or None."""
        return self._run(text, pos, _identity)

    def scan(self, text: str) -> int:
        """Every match in ``text``, as finditer finds them (a try at each place, going on after a match);
        how many."""
        found, i = 0, 0
        starts = self._starts
        while i <= len(text):
            if starts is not None:
                m = starts.search(text, i)
                at = len(text) if m is None else m.start()
                self.counter.add(at - i + 1)
                if m is None:
                    break
                i = at
            end = self._run(text, i, _identity)
            if end is None:
                i += 1
            else:
                found += 1
                i = end if end > i else i + 1
        return found
