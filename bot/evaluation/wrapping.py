"""Hard-wrapped paragraphs read as their writer typed them.

Some mail clients break plain text at a fixed column (Outlook at 76, mutt and many others at 72)
without RFC 3676 format=flowed, so one sentence arrives on several lines. The rules read a line break
as the end of a sentence, and a metric, a clause or a tip cut in two is lost. A break is a wrap
when the line before it is long and the first word of the next line would not have fitted on it
within the paragraph's widest line: the client moved that word down. Lists, labels (a line ending in
a colon, or one opening with "Tip:"), quotes and short lines keep their breaks. The text keeps its
length (the break becomes a space), so every offset the rules report still points into the reply as
received.
"""

from __future__ import annotations

import re

# A line shorter than this was ended by its writer, not by a wrapping client.
_MIN_WRAPPED = 50
# Phones and narrow windows wrap shorter (30 to 45 columns). In a paragraph that narrow a short line is as often a
# list item or an answer of its own as a wrap, so a break there is a wrap only when the sentence plainly runs on: the
# line ends in no mark and the next one opens in lower case ("liked" more / than 1,000 times").
_MIN_NARROW = 25
# Clients wrap at 60 to 80 columns; a paragraph whose widest line is longer was not wrapped.
_MAX_WIDTH = 100
# A line that starts an item or a quote keeps its break: "- Buffer", "2) reach", "> quoted".
_ITEM = re.compile(r"[ \t]*+(?:[-*•·–>|]|\d{1,2}[.)]|[A-Za-z][.)][ \t])")
# Past this many lines a reply is no typed answer (hostile text, a pasted log): read as it came.
_MOST_LINES = 5000
_FIRST_WORD = re.compile(r"[ \t]*+(\S++)")
# A narrow line holding this many commas is a list of its own: "Metricool, Airtable, Figma" over "reach, saves,
# follower growth" are answers a line each.
_LIST_COMMAS = 2
_LIST_COMMA = re.compile(r",(?=[ \t]|$)")  # not the thousands mark of "1,000"
# Marks that may open a line before the word that goes on with a sentence.
_OPENING_QUOTES = " \t\"'“‘("
# A line that opens with a label keeps its break too: "Tip: ...", "My advice: ...", "Q3 - ...", "Friends & followers
# – ...", "DAU/MAU – ..." (a join mark is a word of a label).
_LABEL = re.compile(r"[ \t]*+[A-Z][\w'’&/+]*+(?:[ \t]++[\w'’&/+]++){0,2}?(?:[ \t]*+:|[ \t]++[-–—])[ \t]")


# A sentence's end at the end of a line (closing quote marks or a bracket after it).
_SENTENCE_END = re.compile(r"[.!?:][\"'”’)]*+\Z")


def unwrap(text: str) -> str:
    """``text`` with each hard wrap inside a paragraph replaced by a space (same length)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    if len(lines) > _MOST_LINES:
        return text
    joins: list[int] = []
    start = 0
    while start < len(lines):
        if not lines[start].strip():
            start += 1
            continue
        end = start
        while end + 1 < len(lines) and lines[end + 1].strip():
            end += 1
        joins += _wraps(lines, start, end)
        start = end + 1
    if not joins:
        return text
    out = list(lines)
    for i in joins:
        if out[i].endswith("\r"):  # CRLF: both characters become spaces
            out[i] = out[i][:-1] + " "
    joined = set(joins)
    return "".join(line + (" " if i in joined else "\n") for i, line in enumerate(out[:-1])) + out[-1]


def _wraps(lines: list[str], first: int, last: int) -> list[int]:
    """Indexes of the lines in lines[first..last] (one paragraph) whose break is a wrap."""
    widths = [len(lines[i].rstrip()) for i in range(first, last + 1)]
    width = max(widths)
    if width > _MAX_WIDTH or width < _MIN_NARROW:
        return []
    narrow = width < _MIN_WRAPPED
    shortest = _MIN_NARROW if narrow else _MIN_WRAPPED
    out = []
    for i in range(first, last):
        line, following = lines[i].rstrip(), lines[i + 1]
        if (len(line) < shortest or line.endswith(":") or _ITEM.match(following) or _LABEL.match(following)
                or line.lstrip().startswith(">")):
            continue
        if narrow and not (line[-1:].isalnum() and _runs_on(following)
                           and len(_LIST_COMMA.findall(line)) < _LIST_COMMAS):
            continue
        if _SENTENCE_END.search(line) and i + 1 < last and len(following.rstrip()) < _MIN_WRAPPED:
            continue  # a sentence ends the line and a short line follows, not the paragraph's last: a list under it
        word = _FIRST_WORD.match(following)
        if word is not None and len(line) + 1 + len(word.group(1)) > width:
            out.append(i)
    return out


def _runs_on(line: str) -> bool:
    """The line goes on with the sentence above it: it opens in lower case or with a figure ("than 1,000 times",
    "31,000 people"), after any opening quote mark."""
    first = line.lstrip(_OPENING_QUOTES)[:1]
    return first.islower() or first.isdigit()
