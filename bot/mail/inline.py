"""Answers written inside our own request, quoted without ">" (Outlook's way of answering inline).

Outlook quotes no line: it puts its header block ("From: / Sent: / To: / Subject:") over the older message and
leaves it as plain text, and a candidate who answers inline types the answers under, or after, the request's
questions in it. Everything under a header block is older text to every other reader here, so those answers were
dropped (issue 9 item 8). What tells the request's lines from the answers is the request itself: the bot wrote it,
from the templates named in ``own_request_templates`` (bot/mail/data/quotes.toml). A line is the request's when its
words are a run of one template's words, its variables standing for a few words each (a name, a date) or for none
(a number, as the thresholds are: digits are not compared). Such lines are marked as quoted ("> "), with the header
block over them, and the text is read as a ">"-quoted inline reply is: the answers are the sender's, and each
answer under a question has that question as its context.

Nothing changes unless the unquoted text holds at least _MIN_REQUEST_LINES lines of the request under a header
block, a marker or an attribution, and a line of the sender's own among them: a reply with the request quoted
below it and nothing written inside reads as before.
"""

from __future__ import annotations

import html
import itertools
import operator
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

from bot.mail import quotes
from bot.mail.patterns import DATA_DIR, load

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"

# Words are compared case-folded, without punctuation; digits are left out on both sides (the thresholds, the hours
# and every number of a date are variables).
_WORD = re.compile(r"[^\W\d_]++")
_TAG = re.compile(r"\{%.*?%\}|\{#.*?#\}|<[^>]*>", re.DOTALL)
# A variable that renders a number: the words around it meet with nothing between once digits are left out.
_NUMERIC = re.compile(r"\bthresholds\.|\|\s*int\b|\bround\b|\bcount\b")
# The most words a variable stands for: a name or an address ("Dana Reyes", "dana reyes mail example"), a date in
# UTC and a local zone ("Thursday December UTC Thursday December CET Europe Berlin").
_GAP_WORDS = 12
# A line of the request read from its start: it holds at least this many of the template's words, and they are at
# least half of its words (a gap alone, "Owen", is anybody's line).
_MIN_LITERAL_WORDS = 2
# A line that opens with at least this many of the request's words in a row and goes on with others holds a
# question and the answer typed after it on the same line ("... (at least 2). Buffer and Canva").
_MIN_QUESTION_WORDS = 4
# So many lines of the request, at least, make the older message our request.
_MIN_REQUEST_LINES = 3
# The opening words of a template's lines that say the text may hold the request (checked before any line is read).
_ANCHOR_WORDS = 4
_MIN_ANCHORS = 2
# A header block, marker or attribution sits at most this many lines above the request's first line.
_HEAD_WINDOW = 16
# The inline read looks at no more unquoted lines, and words, than this (a long thread is read as before), and no line
# of more words (the request's longest paragraph, a date in two zones in it, holds about 50).
_MAX_LINES = 3000
_MAX_WORDS = 6000
_MAX_LINE_WORDS = 80

# The number a question ends with, and its brackets and stop: " 2).", " 3,".
_NUMBER_AFTER = re.compile(r"[^\S\n]*+\(?+\d++[)\]]?+[.,;:]?+")

_GAP = -1  # a token of the template stream: a variable of up to _GAP_WORDS words
_NUMBER = -2  # a variable of digits only: no words
_SEPARATOR = -3  # between two templates: no run crosses it


@dataclass(frozen=True, slots=True)
class _Request:
    stream: tuple[str | int, ...]
    # Where each word stands in the stream, and where the variables of words stand.
    at: dict[str, tuple[int, ...]]
    gaps: tuple[int, ...]
    anchors: tuple[str, ...]
    # The positions a sentence or a paragraph of the template ends before: a question typed on a line ends only there.
    ends: frozenset[int]
    # The template's lines of one word and no variable ("Thanks,"): whole lines of the request, short as they are.
    one_word_lines: frozenset[str]


def _template_tokens(source: str) -> tuple[list[str | int], list[bool], list[str], list[str]]:
    """The template's words and variables in order; for each, whether a sentence or a paragraph of the template ends
    after it (what follows it holds a stop or a blank line: a question ends there); the opening words of its lines
    (anchors); and its lines of one word."""
    body = source.split("\n", 1)[1] if source.startswith("Subject:") else source  # a header, not the text
    text = html.unescape(_TAG.sub(" ", body))
    tokens: list[str | int] = []
    ends: list[bool] = []
    anchors: list[str] = []
    one_word: list[str] = []
    opening: list[str] = []
    found = list(_TOKEN.finditer(text))
    for k, token in enumerate(found):
        after = text[token.end() : found[k + 1].start() if k + 1 < len(found) else len(text)]
        value: str | int = token.group("word").casefold() if token.group("word") else (
            _NUMBER if _NUMERIC.search(token.group("variable")) else _GAP)
        if isinstance(value, int) and tokens and isinstance(tokens[-1], int):
            tokens[-1] = max(tokens[-1], value)  # two variables in a row are one; _GAP (-1) outranks _NUMBER (-2)
            ends[-1] = ends[-1] or bool(_ENDS.search(after))
        else:
            tokens.append(value)
            ends.append(bool(_ENDS.search(after)))
        opening.append(value if isinstance(value, str) else "")
        if "\n" in after:
            lead = opening[:_ANCHOR_WORDS]
            if len(lead) == _ANCHOR_WORDS and all(lead):
                anchors.append(" ".join(lead))
            if len(opening) == 1 and opening[0]:
                one_word.append(opening[0])
            opening = []
    return tokens, ends, anchors, one_word


# A template's words and variables ("{{ ... }}"), read in order.
_TOKEN = re.compile(r"\{\{(?P<variable>.*?)\}\}|(?P<word>[^\W\d_]++)", re.DOTALL)
# A sentence or a paragraph ends in what follows a token (a line break alone is where the template is wrapped).
_ENDS = re.compile(r"[.?!:]|\n[^\S\n]*+\n")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


@cache
def _request() -> _Request:
    stream: list[str | int] = []
    ends: list[bool] = []
    anchors: list[str] = []
    one_word: list[str] = []
    table = load("quotes")
    paths = [TEMPLATES_DIR / name for name in table.get("own_request_templates", [])]
    paths += [DATA_DIR / name for name in table.get("platform_request_wordings", [])]
    for path in paths:
        if not path.is_file():
            continue
        tokens, ended, opening, short = _template_tokens(path.read_text(encoding="utf-8"))
        stream += [*tokens, _SEPARATOR]
        ends += [*ended, True]
        anchors += opening
        one_word += short
    at: dict[str, list[int]] = {}
    for k, token in enumerate(stream):
        if isinstance(token, str):
            at.setdefault(token, []).append(k)
    gaps = tuple(k for k, token in enumerate(stream) if token == _GAP)
    # A question may end before position p + 1 when a sentence or a paragraph of the template ends after token p.
    return _Request(tuple(stream), {w: tuple(p) for w, p in at.items()}, gaps, tuple(dict.fromkeys(anchors)),
                    frozenset(k + 1 for k, end in enumerate(ends) if end), frozenset(one_word))


# Where the walk along the stream may stand: the position of the next token -> (the template words matched, the words
# the variable at that position has taken). One state a position, the better kept (more words matched, then fewer
# taken by the variable): the states of a line are at most the stream's length, whatever the line.
_States = dict[int, tuple[int, int]]


def _better(states: _States, p: int, literal: int, used: int) -> bool:
    """Put (``literal``, ``used``) at ``p`` if it beats what is there; whether it did."""
    held = states.get(p)
    if held is not None and (held[0] > literal or (held[0] == literal and held[1] <= used)):
        return False
    states[p] = (literal, used)
    return True


def _step(request: _Request, states: _States, word: str) -> _States:
    """Where each walk stands after ``word``: past the template's word, or one more word into a variable; a variable
    may also take no word, so a walk standing on one tries the token after it too."""
    out: _States = {}
    stream = request.stream
    size = len(stream)
    for p, (literal, used) in states.items():
        while p < size:
            token = stream[p]
            if token == word:
                _better(out, p + 1, literal + 1, 0)
            elif token == _GAP:
                if used < _GAP_WORDS:
                    _better(out, p, literal, used + 1)
                p, used = p + 1, 0
                continue
            elif token == _NUMBER:
                p, used = p + 1, 0
                continue
            break
    return out


@dataclass(frozen=True, slots=True)
class _LineMatch:
    whole: bool  # every word of the line is the request's
    # When not whole: the characters of the line that are the request's question, the rest being an answer (0: none).
    question_end: int
    # Where the walk stands after the line (for a line under it, in the same paragraph).
    states: _States
    words: int  # how many words the line holds


def _match_line(request: _Request, line: str, carried: _States) -> _LineMatch:
    """How much of ``line`` is the request's, read from its start: ``carried`` are the states the line above left
    (its paragraph goes on here), the others start afresh at the line's first word or at a variable."""
    fresh = _fresh_walk(line)
    if not carried or fresh.whole:
        return fresh  # a line that is the request's read afresh goes on as its own walks do
    found = list(itertools.islice(_WORD.finditer(line.casefold()), _MAX_LINE_WORDS + 1))
    if not found or len(found) > _MAX_LINE_WORDS:
        return fresh
    whole, question_end, ended = _walk(_request(), line.casefold(), found, carried, is_carried=True)
    if whole:
        return _LineMatch(True, 0, ended, fresh.words)
    return _LineMatch(False, max(fresh.question_end, question_end), fresh.states, fresh.words)


@lru_cache(maxsize=4096)
def _fresh_walk(line: str) -> _LineMatch:
    """_match_line with nothing carried, remembered per line: most lines of our request are the same in every reply
    (the questions, the paragraphs around them), only the names and the dates differ. The result is not changed by
    anyone (_match_line builds new states when it carries some)."""
    folded = line.casefold()
    found = list(itertools.islice(_WORD.finditer(folded), _MAX_LINE_WORDS + 1))
    if not found or len(found) > _MAX_LINE_WORDS:
        return _LineMatch(False, 0, {}, len(found))
    request = _request()
    # A line starts at one of the places of its first word in the template, or, when the template has no such word
    # (a name, a date), inside a variable.
    starts = request.at.get(found[0].group()) or request.gaps
    whole, question_end, ended = _walk(request, folded, found, dict.fromkeys(starts, (0, 0)), is_carried=False)
    return _LineMatch(whole, 0 if whole else question_end, ended, len(found))


def _walk(request: _Request, folded: str, found: list[re.Match[str]], states: _States,
          is_carried: bool) -> tuple[bool, int, _States]:
    """(whether every word of the line is the request's, where a question the line opens with ends, the walks that go
    on under the line) for the walks ``states`` over the line's words ``found``."""
    question_end = 0
    for word in found:
        states = _step(request, states, word.group())
        if not states:
            return False, question_end, {}
        # The line may stop being the request where the template ends a sentence, after a word of its own (a
        # variable's words may be the answer's) or after the number that ends a question ("(at least 2).").
        for p, (literal, used) in states.items():
            if used or literal < _MIN_QUESTION_WORDS:
                continue
            if p in request.ends:
                question_end = max(question_end, word.end())
            elif p < len(request.stream) and request.stream[p] == _NUMBER and p + 1 in request.ends:
                number = _NUMBER_AFTER.match(folded, word.end())
                if number is not None:
                    question_end = max(question_end, number.end())
    best = max(literal for literal, _ in states.values())
    if not is_carried and (best < _MIN_LITERAL_WORDS or 2 * best < len(found)) and not (
            len(found) == 1 and best == 1 and found[0].group() in request.one_word_lines):
        return False, question_end, {}
    # Only a walk that matched a word of the template goes on under the line, and more of them than a variable it stands
    # in took: one a variable took whole, or nearly ("the" + five words in "The {{ platform }} team"), would take the
    # answer under it too.
    return True, question_end, {p: state for p, state in states.items() if state[0] > state[1]}


def _may_hold_request(lines: list[str], unquoted: list[int]) -> bool:
    """The cheap first test, at C speed: the unquoted lines hold the openings of a few of the request's lines, word
    for word (most replies never hold the request unquoted; a long thread is read as before)."""
    request = _request()
    if not request.anchors or len(unquoted) > _MAX_LINES:
        return False
    folded = " ".join("\n".join(lines[i] for i in unquoted).casefold().split())
    return sum(anchor in folded for anchor in request.anchors) >= _MIN_ANCHORS


@dataclass(frozen=True, slots=True)
class Inline:
    """A text with our request's lines answered inside it: ``above`` the older message (the sender's words written
    over it), ``inside`` from the older message on with the request's lines and the header over them quoted."""

    above: list[str]
    inside: list[str]


def answered_inside(lines: list[str], quoted: list[bool]) -> Inline | None:
    """The text split where our own request starts, its lines quoted, when the sender answered inside it (see the
    module's docstring); None otherwise. The older message may also be quoted whole (an Outlook HTML reply turned
    into text: html.py quotes all that follows Outlook's "divRplyFwdMsg"; Gmail's web client leaves what is typed
    inside its quote in the quote), answers and all: read unquoted once."""
    unquoted = _unquoted(quoted)
    found = _answered_in(lines, quoted, unquoted)
    if found is not None:
        return found
    tail = _quoted_tail(lines, unquoted)
    if tail is None or not _may_hold_request(lines, list(range(tail, len(lines)))):
        return None
    less = lines[:tail] + [_one_level_less(line) for line in lines[tail:]]
    flags = quotes.quoted_flags(less)
    return _answered_in(less, flags, _unquoted(flags))


def _unquoted(quoted: list[bool]) -> list[int]:
    """The indexes of the lines not quoted, found at C speed (a long thread is thousands of quoted lines)."""
    return list(itertools.compress(itertools.count(), map(operator.not_, quoted)))


def _quoted_tail(lines: list[str], unquoted: list[int]) -> int | None:
    """Where the quoted lines that end the text start (the older message Outlook's HTML reply holds, as html.py marks
    it; Gmail's quote, which keeps what is typed inside it), or None when there are none or more than _MAX_LINES.
    ``unquoted``: the indexes of the lines not quoted. What opens the older message (a header block, an attribution)
    is asked for later, only when the request is there (_older_message_start)."""
    # The last unquoted line with text, read back from the end of those: a long thread's quoted history is not walked
    # line by line.
    last = next((i for i in reversed(unquoted) if lines[i].strip()), -1)
    start = next((i for i in range(last + 1, len(lines)) if lines[i].strip()), len(lines))
    if start == len(lines) or len(lines) - start > _MAX_LINES:
        return None
    return start


def _one_level_less(line: str) -> str:
    return line[2:] if line.startswith("> ") else line[1:] if line.startswith(">") else line


# What a request line goes on with when it gives examples: "e.g. Hootsuite, Buffer", "(for example reach)".
_EXAMPLES_GIVEN = re.compile(r"[\s,;:(]*+(?:e\.\s?g\.|eg\b|for example\b|for instance\b|such as\b)",
                             re.IGNORECASE)


def _answered_in(lines: list[str], quoted: list[bool], unquoted: list[int]) -> Inline | None:
    if not unquoted or not _may_hold_request(lines, unquoted):
        return None
    request = _request()
    kinds: dict[int, _LineMatch] = {}
    carried: _States = {}
    previous = -2
    budget = _MAX_WORDS
    reached = -1  # the least place in the stream where the request's last line read so far ends
    for i in unquoted:
        if not lines[i].strip() or quotes.is_header_field(lines[i]):
            carried, previous = {}, i  # a header block's fields are no line of the request's text
            continue
        match = _match_line(request, lines[i], carried if previous == i - 1 else {})
        budget -= match.words
        if budget < 0:
            return None  # more text than any reply with our request inside it: read as before
        if match.whole and match.states:
            if max(match.states) <= reached:
                # The request's lines come in its order: words of it from before where the last one ended
                # ("Hootsuite, Buffer" under the question that gives them as examples) are an answer repeating them.
                match = _LineMatch(False, 0, {}, match.words)
            else:
                reached = min(match.states)
        kinds[i] = match
        carried, previous = (match.states if match.whole else {}), i
    for i, m in kinds.items():
        if m.question_end and _EXAMPLES_GIVEN.match(lines[i], m.question_end):
            # "... (at least 2), e.g. Hootsuite, Buffer.": the rest of the line is the request's own examples, as an
            # older wording of it gave them, not an answer typed after the question.
            kinds[i] = replace(m, whole=True, question_end=0)
    request_lines = [i for i, m in kinds.items() if m.whole or m.question_end]
    if len(request_lines) < _MIN_REQUEST_LINES:
        return None
    first, last = request_lines[0], request_lines[-1]
    answers = [i for i, m in kinds.items() if first <= i <= last and (
        m.question_end or (not m.whole and _words(lines[i])))]
    if not answers:
        return None
    start = _older_message_start(lines, first)
    if start is None or _older_message_above(lines[:start]):
        return None
    # The request cut short after a question (its closing lines deleted): what follows is that question's answer.
    after_a_question = _ends_with_a_question(lines, kinds, last)
    inside: list[str] = []
    for i in range(start, len(lines)):
        line = lines[i]
        read = kinds.get(i)
        if i > last and after_a_question:
            inside.append(_without_comment_mark(line))
        elif i < first or i > last:
            # The header block and greeting over the request, and what follows its last line (its sign-off, a footer
            # a server added to the thread): older text, as all of it was before.
            inside.append(f"> {line}" if line.strip() and not quoted[i] else line)
        elif read is None:
            inside.append(line)
        elif read.whole or (not read.question_end and not _words(line)):
            inside.append(f"> {line}")
        elif read.question_end:
            inside += [f"> {line[: read.question_end]}",
                       _without_comment_mark(line[read.question_end :].lstrip(" \t.,;:)]-–—"))]
        else:
            inside.append(_without_comment_mark(line))
    return Inline(lines[:start], inside)


def _ends_with_a_question(lines: list[str], kinds: dict[int, _LineMatch], last: int) -> bool:
    """Whether the request's last line ``last`` ends one of its numbered questions ("3. One tip for dealing with ...",
    maybe wrapped over lines of its own): the candidate deleted the closing lines under it and answered there."""
    k = last
    while _NUMBERED.match(lines[k]) is None and k - 1 in kinds and kinds[k - 1].whole:
        k -= 1  # the question's first line, when the client wrapped it
    return kinds[last].whole and _NUMBERED.match(lines[k]) is not None


# A numbered question of the request: "3. One tip ...", "  2) The key metrics ...".
_NUMBERED = re.compile(r"[^\S\n]*+\d[.)][^\S\n]")


# Outlook's "Mark my comments with" puts the writer's name in brackets before what they type inside the message they
# answer: "[Owen Park] Agorapulse and Canva." The mark is no word of the answer.
_COMMENT_MARK = re.compile(r"[^\S\n]*+\[[^\W\d_][^\]\d\n]{0,40}\][^\S\n]*+")


def _without_comment_mark(line: str) -> str:
    found = _COMMENT_MARK.match(line)
    return line[found.end() :] if found is not None and found.end() < len(line) else line


def _older_message_above(lines: list[str]) -> bool:
    """Whether an older message starts in ``lines``, the text above our request: a quote, a header block, a marker
    or an attribution. Then the request with answers inside it is in someone else's message the sender passes on
    or answers (a colleague's answers, forwarded), never the sender's own."""
    if any(quotes.quoted_flags(lines)):
        return True
    for k, starts in enumerate(quotes.older_message_candidates(lines)):
        if starts and (quotes.header_block_at(lines, k) or quotes.is_original_marker(lines[k])):
            return True
    return any(may and quotes.attribution_at(lines, k) is not None
               for k, may in enumerate(quotes.attribution_candidates(lines)))


def _older_message_start(lines: list[str], first: int) -> int | None:
    """The first line of what opens the older message nearest above the request's first line ``first`` (the
    greeting between): a header block, with the marker or rule a client draws over it, or an attribution. None when
    there is none: then nothing says where the sender's own text ends."""
    start = None
    for k in range(first - 1, max(-1, first - 1 - _HEAD_WINDOW), -1):
        if not lines[k].strip():
            continue
        if quotes.header_block_at(lines, k):
            start = k
            while start > 0 and quotes.header_block_at(lines, start - 1):
                start -= 1  # a label over its From ("Date:" first, as some clients write the block)
            break
        if quotes.attribution_at(lines, k) is not None:
            start = k
            break
    if start is None:
        return None
    return quotes.marker_start(lines, start)  # with the marker or rule over it
