"""Recognise the lines that introduce older text: attributions, Outlook header blocks, separators.

Every check looks at one line (or a window of a few lines) truncated to a bounded length, so a
10,000-line thread costs linear time and no regex can backtrack badly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.mail.patterns import (
    LineScan,
    case_folded,
    grouped_alternation,
    grouped_fill,
    line_scan,
    lines_matching,
    load,
    may_hold,
)

# No attribution or header line is longer than this; longer lines are prose.
_MAX_LINE = 400
# A helpdesk's "reply above this line" marker is a short line; the phrase starts within this many characters.
_MAX_MARKER_LINE = 160
_REPLY_ABOVE_LEAD = 80
# A header block's fields all sit within this many lines of its first field (values wrap).
_HEADER_WINDOW = 9
_MIN_OTHER_LABELS = 2
# A header label and its colon sit within this many characters of the line's start.
_LABEL_CHARS = 48
# An attribution wraps over at most this many lines (blank ones included).
_ATTRIBUTION_WINDOW = 8
_ATTRIBUTION_PIECES = 4
# A third or later piece this short is an address or the verb that a client wrapped alone.
_SHORT_PIECE = 48
# More lower-case words than this and a would-be attribution is prose (see _reads_as_prose).
_MAX_LOWER_WORDS = 9
_MAX_LOWER_WORDS_AFTER_SENTENCE = 5
_INNER_SENTENCE = re.compile(r"[a-z]{2}[.!?] [A-Z][a-z]++ [a-z]")
_DIGIT_START = re.compile(r"^\s*+[(\[]?\d")
_HAS_DIGIT = re.compile(r"\d")
_DATE_START = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
# How far before the final colon the verb of a "verb first, date after" attribution may be.
_VERB_TO_COLON = 160
# "Jane wrote:" names no date or address but is still an attribution when quotes follow.
_SHORT_ATTRIBUTION = 60
_DATE_OR_ADDRESS = re.compile(r"\d{1,4}[./:-]\d|\d{4}|@")
_DATE_OR_TIME = re.compile(r"\d{1,4}[./:-]\d|\d{4}")


@dataclass(frozen=True, slots=True)
class _Patterns:
    verbs: tuple[str, ...]
    # The verbs again, grouped by their last character: a line that ends in a verb is checked
    # against the few verbs that end like it, not all of them.
    verbs_by_last: dict[str, tuple[str, ...]]
    # A verb as a word of its own anywhere in a line ("Jane schrieb am 28.04.2017:"): one C-level search.
    verb_inside: re.Pattern[str]
    starts: re.Pattern[str]
    gmail_dated: re.Pattern[str]
    markers: frozenset[str]
    forward_markers: frozenset[str]
    end_markers: frozenset[str]
    from_label: re.Pattern[str]
    any_label: re.Pattern[str]
    # A label anywhere in a line, not inside a word: a header block an HTML-to-text conversion ran onto one
    # line ("Temat: Re: Plan Data: 2026-01-17 13:46Nadawca: Jan <jan@x.pl> Adresat: ...").
    inline_label: re.Pattern[str]
    inline_from: frozenset[str]
    # ``starts`` and _DIGIT_START again, for every line of a text at once (see attribution_candidates).
    starts_by_line: LineScan
    starts_with_text_after_a_colon: re.Pattern[str]
    # The lines that may be a marker or start a header block (a label), in a whole text at once.
    older_by_line: LineScan
    reply_above: re.Pattern[str]
    reply_above_by_line: LineScan
    reply_above_phrases: tuple[str, ...]
    # A few words one of which each phrase holds (_cues), all of them and those an ASCII text may hold.
    reply_above_cues: tuple[str, ...]
    reply_above_ascii_cues: tuple[str, ...]
    # A sentence of the sender's run on into an attribution's first word or a reply-above marker on one line.
    run_on: re.Pattern[str]
    # run_on without its markers, for a text that cannot hold one: none of the markers' last words is in it as a
    # case-ignoring pattern reads it (may_hold; the markers' alternation was tried after every sentence's end).
    run_on_into_attributions: re.Pattern[str]
    reply_above_last_words: tuple[str, ...]
    reply_above_ascii_last_words: tuple[str, ...]  # those an ASCII text may hold
    # A verb that ends an attribution, before a space or the colon ("wrote:", "schrieb Jana <jana@x.org>:").
    verb_word: re.Pattern[str]
    # Over a lower-cased text read backwards, after "\n": a line that ends in a verb once _VERB_TAIL is stripped
    # from its end (group "verb"; line.rstrip(_VERB_TAIL).lower().endswith(verbs)), or one ending in a colon.
    ends: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    data = load("quotes")
    verbs = tuple(sorted({v.strip().lower() for v in data["wrote_verbs"] if v.strip()}, key=len, reverse=True))
    # The labels and attribution starts grouped by their first letter (grouped_fill): a line is tried only against
    # the phrases that start like it, where a plain alternation tried each of some hundreds in turn at every line
    # with a colon near its start ("Tools: Buffer", "Tip: listen": 2-3 us a line). Phrases of one first letter keep
    # their order, and no two first letters are one letter to a case-ignoring pattern
    # (tests/mail/test_grouped_labels.py), so the label a line matches is the one the plain alternation matched.
    label = r"^\s*+[*_]{0,2}(<PHRASES>)\s*+[*_]{0,2}\s*+[:：]"
    return _Patterns(
        verbs=verbs,
        verbs_by_last={last: tuple(v for v in verbs if v[-1] == last) for last in {v[-1] for v in verbs}},
        verb_inside=re.compile(rf"(?<!\S)(?:{grouped_alternation(verbs)})(?=\s)", re.IGNORECASE),
        starts=re.compile(grouped_fill(r"^\s*+(?:<PHRASES>)\b", data["attribution_starts"]), re.IGNORECASE),
        # Gmail in some locales: "2016-03-03 17:21 GMT+01:00 Jane Doe" (the address may be lost).
        gmail_dated=re.compile(r"^\s*+\d{4}-\d{2}-\d{2} \d{1,2}:\d{2} GMT[+-]\d{1,2}:\d{2} \S"),
        markers=frozenset(m.lower().rstrip(":").strip() for m in data["original_message_markers"]),
        forward_markers=frozenset(m.lower().rstrip(":").strip() for m in data["forward_markers"]),
        end_markers=frozenset(m.lower().rstrip(":").strip() for m in data["forward_end_markers"]),
        from_label=re.compile(grouped_fill(label, data["from_labels"]), re.IGNORECASE),
        any_label=re.compile(grouped_fill(label, data["from_labels"] + data["other_labels"]), re.IGNORECASE),
        inline_label=re.compile(grouped_fill(r"(?<![^\W\d_])(?:<PHRASES>)[^\S\n]{0,2}[:：]",
                                             data["from_labels"] + data["other_labels"]), re.IGNORECASE),
        inline_from=frozenset(f.lower() for f in data["from_labels"]),
        starts_by_line=line_scan(
            lambda alt, _: rf"\n(?=[^\S\n]*+(?:(?:{alt(data['attribution_starts'])})\b|[(\[]?\d))"),
        # A line that opens like an attribution and holds a colon with text after it (_attribution_then_older_text).
        # Read over the joined text split_run_on already holds, no case-folded copy of a long thread: only the start
        # words ignore case, and a line that opens with no letter, digit or bracket (a quoted one) fails at once.
        starts_with_text_after_a_colon=re.compile(
            rf"\n(?=[^\S\n]*+[\w(\[])(?=[^\S\n]*+(?:(?i:{grouped_alternation(data['attribution_starts'])})\b|[(\[]?\d)"
            rf"(?:[^\n:：]*+[:：](?![^\S\n]*+[^\s\d]))*+[^\n:：]*+[:：][^\S\n]*+[^\s\d])"),
        # A header label needs its colon within _LABEL_CHARS (header_block_at): a line with none is passed
        # before the long label alternation is tried ("To be honest", "Do you...", 1,000 short lines of
        # "I use it." took 1 ms).
        older_by_line=line_scan(
            lambda alt, letters: rf"\n(?=(?=[^\n:：]{{0,{_LABEL_CHARS - 1}}}[:：])[^\S\n]*+[*_]{{0,2}}"
            rf"(?:{alt(data['from_labels'] + data['other_labels'])})"
            rf"|(?:<[{letters}][^<>\n]{{0,40}}+>)*+(?:[^\S\n]|[\-_*=<>\[\]()])*+"
            rf"(?:{alt(data['original_message_markers'] + data['forward_markers'])})"
            # A marker between rules in any language with the fields run on after its closing rule (Yahoo's HTML
            # turned into text): "----- Mensaxe reenviada ----- De: ..." (ruled_marker_with_fields).
            rf"|[^\S\n]*+[-_*=]{{2,}}+[^-_*=\n]{{2,60}}+[-_*=]{{2,}}+[^\S\n]*+(?:{alt(data['from_labels'])})"
            rf"[^\S\n]{{0,2}}[:：])"),
        reply_above=re.compile(grouped_fill(r"(?:<PHRASES>)", data["reply_above_markers"]), re.IGNORECASE),
        reply_above_phrases=tuple(sorted({m.strip().lower() for m in data["reply_above_markers"] if m.strip()})),
        reply_above_cues=_cues(data["reply_above_markers"]),
        reply_above_ascii_cues=tuple(cue for cue in _cues(data["reply_above_markers"]) if cue.isascii()),
        reply_above_by_line=line_scan(
            lambda alt, _: rf"\n(?=[^\S\n]*+\#\#-|[^\n]{{0,{_REPLY_ABOVE_LEAD}}}?"
                           rf"(?:{alt(data['reply_above_markers'])}))"),
        # The sentence's last mark first: a text with none of them after a letter is passed over at C speed.
        # Two letters before the mark: after one it is an abbreviation, as Bulgarian dates read ("На 1.12.2026 г. в
        # 9:12, Jane написа:"), no sentence's end.
        run_on=re.compile(rf"[.!?](?<=[^\W\d_]{{2}}[.!?])[^\S\n]++(?=(?:{grouped_alternation(data['attribution_starts'])})\b"
                          rf"|{_MARKER_LEAD}(?:{grouped_alternation(data['reply_above_markers'])}))", re.IGNORECASE),
        run_on_into_attributions=re.compile(
            rf"[.!?](?<=[^\W\d_]{{2}}[.!?])[^\S\n]++(?=(?:{grouped_alternation(data['attribution_starts'])})\b)",
            re.IGNORECASE),
        reply_above_last_words=_last_words(data["reply_above_markers"]),
        reply_above_ascii_last_words=tuple(w for w in _last_words(data["reply_above_markers"]) if w.isascii()),
        verb_word=re.compile(rf"(?<!\S)(?:{grouped_alternation(verbs)})(?=[\s:：]|$)", re.IGNORECASE),
        ends=re.compile(rf"\n(?=(?P<verb>[{''.join(map(re.escape, _VERB_TAIL))}]*+"
                        rf"(?:{_literal_alternation(v[::-1] for v in verbs)}))|[:：])"),
    )


def _literal_alternation(phrases: Iterable[str]) -> str:
    """The phrases as they are (no space made a run of spaces), grouped by their first character."""
    groups: dict[str, list[str]] = {}
    for phrase in sorted(set(phrases), key=len, reverse=True):
        groups.setdefault(phrase[0], []).append(re.escape(phrase[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# ">" quoting, also Supercite's initials before the mark ("JD> ..."), and the "| " some old
# clients use (a line with more bars is a table, not a quote). Japanese phones' and some Japanese clients' mail quote
# with the full-width "＞".
_QUOTED = re.compile(r"^\s*+[A-Za-z]{0,3}[>＞]")
_BAR_QUOTED = re.compile(r"^\s*+\|(?: |$)[^|]*+$")
_ANY_QUOTED = re.compile(f"{_QUOTED.pattern}|{_BAR_QUOTED.pattern}")


def is_quoted(line: str) -> bool:
    # Most lines hold neither mark and need no regex; most quoted ones start with it.
    return line.startswith(">") or (
        (">" in line or "|" in line or "＞" in line) and _ANY_QUOTED.match(line) is not None)


def quoted_flags(lines: list[str]) -> list[bool]:
    """``is_quoted`` for every line, with the function call inlined: a 10,000-line thread asks it
    10,000 times. Keep the two expressions the same."""
    match = _ANY_QUOTED.match
    return [line.startswith(">") or ((">" in line or "|" in line or "＞" in line) and match(line) is not None)
            for line in lines]


def is_original_marker(line: str) -> bool:
    """"-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded message:",
    mutt's "----- Forwarded message from Jane <jane@x.org> -----"."""
    # One line, the cheap tests first: asked of every line that starts like a header label.
    return (c := _marker_core(line)) in (m := _patterns().markers) or (("m " in c or "n " in c) and _authored(c, m))


def is_forward_marker(line: str) -> bool:
    """The markers of a message passed on ("Forwarded message", "Begin forwarded message:")."""
    markers = _patterns().forward_markers
    return (core := _marker_core(line)) in markers or (("m " in core or "n " in core) and _authored(core, markers))


def is_forward_end_marker(line: str) -> bool:
    """The rule under a forwarded or included message where it ends ("----- End forwarded message -----")."""
    markers = _patterns().end_markers
    return (core := _marker_core(line)) in markers or (("m " in core or "n " in core) and _authored(core, markers))


# mutt, MH and Emacs name the author after the marker: "Forwarded message from Jane <jane@x.org>" (de "von").
_MARKER_AUTHOR = re.compile(r"\s(?:from|von)\s")


def _authored(core: str, markers: frozenset[str]) -> bool:
    """``core`` is one of ``markers`` with its author after it (the callers have seen "m " or "n ": "from ",
    "von ")."""
    author = _MARKER_AUTHOR.search(core)
    return author is not None and core[: author.start()] in markers


# KMail frames the marker of a message it forwards inline with two spaces inside its rules ("----------  Forwarded
# Message  ----------") and closes the message with a bare rule of dashes: under such a marker, the first bare rule
# of thirty dashes or more is its end marker. Elsewhere a bare rule closes nothing (a signature's, a table's).
_FRAMED_FORWARD_MARKER = re.compile(r"-{10}+  [^-\n]{2,60}?  -{10}+")
_BARE_DASH_RULE = re.compile(r"-{30,}+")


def forward_end_lines(lines: list[str]) -> list[int]:
    """The indexes of the lines that are ``is_forward_end_marker``, in order, and the bare rule closing a KMail
    forward. Only lines that open with a rule are asked (most texts have none)."""
    ends = []
    framed = False
    for i, line in enumerate(lines):
        if line.lstrip()[:1] not in _RULE_START:
            continue
        core = line.strip()
        if (framed and _BARE_DASH_RULE.fullmatch(core)) or is_forward_end_marker(line):
            ends.append(i)
            framed = False
        elif _FRAMED_FORWARD_MARKER.fullmatch(core) and is_forward_marker(line):
            framed = True
    return ends


_RULE_START = frozenset("-_=*")


def is_reply_above_marker(line: str) -> bool:
    """A helpdesk's "##- Please type your reply above this line -##" (Zendesk, in any language by its frame),
    "Please reply above this line" (Freshdesk, Help Scout, Jira, Basecamp): the message under it is older."""
    core = line.strip()
    if not core or len(core) > _MAX_MARKER_LINE:
        return False
    if core.startswith("##-") and core.endswith("-##"):
        return True
    phrase = _patterns().reply_above.search(core)
    return phrase is not None and not _names_the_marker_in_prose(core, phrase.start(), phrase.end())


# A helpdesk's marker has at most a few words before its phrase ("Please type your", "Bitte geben Sie Ihre"), the
# rest of its lead is a frame of rules, hashes and brackets.
_MARKER_LEAD_WORDS = 5
_LEAD_WORD = re.compile(r"[^\W\d_][\w'’.-]*+")
_QUOTE_MARKS = "\"'“”‘’«»„‚"


def _names_the_marker_in_prose(line: str, start: int, end: int) -> bool:
    """The sender's own sentence that names a marker's words: a question about them ("... why does it say reply
    above this line?"), the words quoted, or a sentence of its own before them ("the ticket tool puts 'please
    reply above this line' in the middle")."""
    before = line[:start].rstrip()
    if before.endswith(tuple(_QUOTE_MARKS)) or line[end:].lstrip(_QUOTE_MARKS + " \t").startswith("?"):
        return True
    # A marker's frame opens its line: words before a rule ("... why does your mail say ## Please reply above this
    # line ## ...") are a sentence the marker stands in, unless a colon ends them (an attribution run on before it).
    rule = _WORDS_BEFORE_A_RULE.search(before)
    if rule is not None:
        if not before[: rule.end() - 2].rstrip().endswith((":", "：")):
            return True
        before = before[rule.end() :]
    return len(_LEAD_WORD.findall(before)) > _MARKER_LEAD_WORDS


_WORDS_BEFORE_A_RULE = re.compile(r"[^\W\d_][^-_=*#]*+[-_=*#]{2}")


# Lotus Notes heads a quoted message with the sender (a name with an address) and the date on a line each, now and
# then a "Please respond to" and an address, then the fields: each label alone on its line over its value ("To" /
# the recipients / "cc" / "Subject" / the subject), or label and value on one line ("To: ..." / "cc:" / "Subject:
# ..."), as older Notes clients write it (indented too).
_NOTES_TO = re.compile(r"\n(?=[^\S\n]*+(?:to|an|à|a|para|aan)[^\S\n]*+(?:[:：][^\n]*+)?(?:\n|$))", re.IGNORECASE)
_NOTES_SUBJECT = frozenset({"subject", "betreff", "thema", "objet", "sujet", "asunto", "oggetto", "onderwerp",
                            "assunto"})
_NOTES_CC = frozenset({"cc", "kopie", "copie", "copia", "cópia", "kopia"})
_NOTES_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")
# The "Subject" label sits within this many lines under "To"; blank lines between the date and "To", at most
# this many; lines with text above them (sender, date, "Please respond to" and its address), at most this many.
_NOTES_FIELDS_BELOW = 8
_NOTES_HEAD_ABOVE = 4
_NOTES_HEAD_LINES = 4
_NOTES_DATE_LINE = 40


def _notes_label(line: str) -> tuple[str, bool]:
    """A field's label, lowered, and whether its value stands on the same line ("Subject: x" or "Subject:")."""
    label, colon, _ = line.strip().replace("：", ":").partition(":")
    return label.strip().lower(), bool(colon)


def notes_header_starts(lines: list[str]) -> set[int]:
    """Where a Lotus Notes header block starts: the sender's line (an address) over a date's line, a few lines
    with text above a "To" label with a "Subject" label within a few lines under it. With label and value on one
    line ("To: ..."), which a person's own lines may be too, a "cc" label must stand between them, as Notes always
    writes it. Found from the "To" lines of the whole text at once."""
    starts = set()
    for i in lines_matching(lines, _NOTES_TO):
        below = [_notes_label(line) for line in lines[i + 1 : i + 1 + _NOTES_FIELDS_BELOW]]
        subject = next((n for n, (label, _) in enumerate(below) if label in _NOTES_SUBJECT), None)
        if subject is None:
            continue
        if _notes_label(lines[i])[1] and not any(label in _NOTES_CC for label, _ in below[:subject]):
            continue
        k = i - 1
        while k >= 0 and i - k <= _NOTES_HEAD_ABOVE and not lines[k].strip():
            k -= 1
        # The lines with text just above, no blank between: the sender's first, the date's right under it.
        run = k
        while run > 0 and k - run < _NOTES_HEAD_LINES - 1 and lines[run - 1].strip():
            run -= 1
        # (Or both on one line.)
        for j in range(run, k + 1):
            if not _NOTES_DATE.search(lines[j]):
                continue
            if "@" in lines[j]:
                starts.add(j)
            elif j > run and "@" in lines[j - 1] and len(lines[j].strip()) <= _NOTES_DATE_LINE:
                starts.add(j - 1)
            break
    return starts | _notes_table_starts(lines)


# Notes' HTML lays the same head out as a table, which reads as text with its cells set apart by " | ": the sender's
# line, then "date | To | recipients", "cc |", "Subject | subject" (the labels in cells of their own).
_NOTES_TABLE_TO = re.compile(r"\n(?=[^\n|]{0,80}+\|[^\S\n]*+(?:to|an|à|a|para|aan)[^\S\n]*+(?:\||\n|$))", re.IGNORECASE)
_NOTES_TABLE_ROWS_ABOVE = 2
_NOTES_SENDER_LINE = 100


def _cells(line: str) -> list[str]:
    return [cell.strip().lower() for cell in line.split("|")]


def _notes_table_starts(lines: list[str]) -> set[int]:
    """Where a Lotus Notes head laid out as a table starts: the sender's short line (an address) over the row whose
    first cell is the date and whose next is a "To" label, with a "Subject" cell within a few rows under it."""
    joined = "\n".join(lines)
    if "|" not in joined:  # most texts hold no table: a C-speed test spares them the scan
        return set()
    starts = set()
    for i in lines_matching(lines, _NOTES_TABLE_TO, joined):
        below = lines[i + 1 : i + 1 + _NOTES_FIELDS_BELOW]
        if not any(cell in _NOTES_SUBJECT for line in below for cell in _cells(line)[:2]):
            continue
        # The row's first cell holds the date and nothing much else; the sender's short line with its address is
        # right above it.
        head = lines[i].split("|")[0].strip()
        if len(head) > _NOTES_DATE_LINE or not _NOTES_DATE.search(head):
            continue
        sender = next((j for j in range(i - 1, max(i - 1 - _NOTES_TABLE_ROWS_ABOVE, -1), -1) if lines[j].strip()), None)
        if sender is not None and "@" in lines[sender] and len(lines[sender].strip()) <= _NOTES_SENDER_LINE:
            starts.add(sender)
    return starts


def _cues(phrases: Iterable[str]) -> tuple[str, ...]:
    """Words one of which every phrase (lower case, stripped) holds: each phrase's last two words, but none that
    holds another one (a text that holds it holds the other)."""
    tails = {" ".join(p.strip().lower().split(" ")[-2:]) for p in phrases if p.strip()}
    return tuple(sorted(t for t in tails if not any(o != t and o in t for o in tails)))


def _last_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """Each phrase's last word as grouped_alternation writes it (its words run of any spaces between them),
    case-folded for may_hold, but none that holds another one (a text that holds it holds the other)."""
    words = {case_folded(p.strip().lower().split()[-1]) for p in phrases if p.strip()}
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def reply_above_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines that are ``is_reply_above_marker``, found in the whole text at once (most
    texts have none, and no line is then asked one by one)."""
    # Most texts hold no marker: a plain substring search of the lowered text (C speed, a few ms for a
    # 10,000-line thread) says so before the per-line pattern, which tries each line's first 80 characters.
    # The phrases' last two words first: a dozen searches, not fifty (an ASCII text: only the ASCII ones).
    low = "\n".join(lines).lower()
    p = _patterns()
    if "##-" not in low and not (any(cue in low for cue in (p.reply_above_ascii_cues if low.isascii()
                                                             else p.reply_above_cues))
                                 and any(phrase in low for phrase in p.reply_above_phrases)):
        return set()
    return {i for i in lines_matching(lines, _patterns().reply_above_by_line) if is_reply_above_marker(lines[i])}


# What a helpdesk writes before its marker's words: a rule or hashes and a few words ("-- Reply above this line --",
# "##- Please type your reply above this line -##"), and the rule after them.
_MARKER_LEAD = r"[-_=*#]{0,6}+[^\S\n]*+(?:[^\W\d_]{1,12}+[^\S\n]++){0,3}?"
_RULE_AFTER = re.compile(r"[^\S\n]*+[-_=*#]*+")
# A colon that ends a clause, not one inside a time ("09:14").
_END_COLON = re.compile(r"[:：](?!\d)")


def split_run_on(lines: list[str]) -> list[str]:
    """``lines`` with every unquoted line that runs a sentence of the sender's on into an attribution or a
    helpdesk's reply-above marker split where that starts, and after the attribution's colon or the marker's
    words: "Hello. On 12/01/13, Jane <jane@x.org> wrote: -- Reply above this line --" is what an HTML reply
    turned into text without its line breaks reads like, and the sender's "Hello." went with the older
    message. ``lines`` itself when no line does (most texts: one scan of the whole text says so)."""
    text = "\n".join(lines)
    found: dict[int, list[str]] = {}
    line, last = 0, 0
    p = _patterns()
    markers = p.reply_above_ascii_last_words if text.isascii() else p.reply_above_last_words
    run_on = p.run_on if may_hold(text, markers) else p.run_on_into_attributions
    for m in run_on.finditer(text):
        line += text.count("\n", last, m.start())
        last = m.start()
        if line not in found and not is_quoted(lines[line]):
            found[line] = _run_on_pieces(lines[line]) or [lines[line]]
    # Each match is the line break before the line (one put before the first line): a scan for line breaks.
    lead = "\n" + text
    line, last = 0, 0
    for m in _patterns().starts_with_text_after_a_colon.finditer(lead):
        line += lead.count("\n", last, m.start())
        last = m.start()
        if line not in found and not is_quoted(lines[line]):
            found[line] = _attribution_then_older_text(lines[line]) or [lines[line]]
    if all(len(pieces) == 1 for pieces in found.values()):
        return lines
    out: list[str] = []
    for i, line_text in enumerate(lines):
        out.extend(found.get(i, (line_text,)))
    return out


def _run_on_pieces(line: str) -> list[str] | None:
    p = _patterns()
    for found in p.run_on.finditer(line):
        before, rest = line[: found.start() + 1], line[found.end() :]
        marker = p.reply_above.search(rest[:_REPLY_ABOVE_LEAD])
        if marker is not None:
            end = marker.end()
            closing = _RULE_AFTER.match(rest, end)
            end = closing.end() if closing else end
            return [before, rest[:end]] + ([rest[end:].strip()] if rest[end:].strip() else [])
        # The attribution ends at the first colon after its verb: "... wrote:", "... a écrit :", and German and
        # Dutch name the author after the verb ("Am 06.01.2026 um 09:14 schrieb Jana <jana@x.org>:").
        verb = p.verb_word.search(rest, 0, _MAX_LINE)
        colon = _END_COLON.search(rest, verb.end(), verb.end() + _VERB_TO_COLON) if verb else None
        if colon is None:
            continue
        attribution, after = rest[: colon.end()], rest[colon.end() :].strip()
        plain = _plain_spaces(attribution)
        # Only a whole one that names a date or an address: "Sure. On Monday my manager wrote: ..." is prose.
        if _is_attribution(plain) and _DATE_OR_ADDRESS.search(plain) and not _reads_as_prose(plain):
            return [before, attribution] + ([after] if after else [])
    return None


def _attribution_then_older_text(line: str) -> list[str] | None:
    """A line that opens with a whole attribution and runs the older message on after its colon: "On 12/3/2026 at
    10:00 AM, "Jane" <jane@x.org> wrote: body { font-family: Arial; } Please tell us ..." is an HTML reply turned
    into text without the line break after "wrote:" (Hushmail's quote, the quoted message's style sheet first).
    Split after the colon; only a whole attribution that names a date or an address, as for a run-on sentence."""
    verb = _patterns().verb_word.search(line, 0, _MAX_LINE)
    colon = _END_COLON.search(line, verb.end(), verb.end() + _VERB_TO_COLON) if verb else None
    if colon is None or not line[colon.end() :].strip():
        return None
    attribution = line[: colon.end()]
    plain = _plain_spaces(attribution)
    if _is_attribution(plain) and _DATE_OR_ADDRESS.search(plain) and not _reads_as_prose(plain):
        return [attribution, line[colon.end() :].strip()]
    return None


def _marker_core(line: str) -> str:
    # Turkish "İ" lower-cases to "i" and a combining dot above, which no listed word has: "İLETİLEN İLETİ" is
    # "iletilen ileti".
    core = line.strip().strip("-_*=<>[]() \t").rstrip(":").strip().lower().replace("i\u0307", "i")
    if 0 < len(core) < 60 and _INNER_RULE.search(core) is None:
        return core
    # "-------- Original Message --------From: Jane ...": the header fields run on after the closing rule
    # (a client's HTML turned into text without line breaks), or HTML tags wrap the marker. The rules on
    # both sides make it a marker.
    # So is the older message's first line run on after the closing rule ("-----Original Message----- Please tell us").
    ruled = _RULED_MARKER.match(line[:_MAX_LINE])
    if ruled is not None:
        return ruled.group(1).strip().rstrip(":").strip().lower().replace("i\u0307", "i")
    return core if 0 < len(core) < 60 else ""


# A rule inside what is left of a line once its outer rules are stripped: a closing rule with text after it.
_INNER_RULE = re.compile(r"[-_*=]{2}")


# Samsung Email writes its plain part with the HTML's tags left in: "<div>-------- Original message --------</div>".
_LEADING_TAGS = r"(?:<[A-Za-z][^<>\n]{0,40}+>)*+"
_RULED_MARKER = re.compile(r"^[^\S\n]*+" + _LEADING_TAGS
                           + r"[-_*=]{2,}+[^\S\n]*+([^-_*=\n]{3,60}?)[^\S\n]*+[-_*=]{2,}+[^\S\n]*+\S")


def ruled_marker_with_fields(line: str) -> bool:
    """A client's marker drawn between rules, in any language, with the header fields of the message under it run
    on after its closing rule, as Yahoo's HTML turned into text writes it: "----- Message transmis ----- De : Jane
    <jane@x.org>À : ...Objet : ...". The fields make it a marker: at least the sender and two more."""
    ruled = _RULED_MARKER.match(line[:_MAX_LINE])
    if ruled is None or len(ruled.group(1).split()) > _MAX_RULED_WORDS:
        return False
    return header_block_at([line[ruled.end() - 1 : _MAX_LINE]], 0)


# A marker is a few words ("Forwarded message", "Preposlaná správa"), never a sentence.
_MAX_RULED_WORDS = 6


def marker_start(lines: list[str], start: int) -> int:
    """Where the marker or rule a client draws over the header block at ``start`` begins ("-----Original
    Message-----", Outlook's "________________________________"), blank lines between; ``start`` when there is none."""
    k = start - 1
    while k >= 0 and (not lines[k].strip() or is_separator(lines[k]) or is_original_marker(lines[k])):
        k -= 1
    k += 1
    while k < start and not lines[k].strip():
        k += 1
    return k


def is_separator(line: str) -> bool:
    """A rule of underscores or dashes that clients put above a quoted header block."""
    core = line.strip()
    return len(core) >= 5 and set(core) <= {"_", "-", "="}


def header_block_at(lines: list[str], i: int) -> bool:
    """Line i starts an unquoted "From: / Sent: / To: / Subject:" block (in any listed language)."""
    p = _patterns()
    head = lines[i][:_LABEL_CHARS]
    # Most lines have no colon near their start: skip the long label alternation for them.
    if (":" not in head and "：" not in head) or not p.any_label.match(lines[i][:_MAX_LINE]):
        return False
    labels: set[str] = set()
    has_from = from_address = False
    # Fields an HTML-to-text conversion ran onto the first line count as lines of their own.
    run_on = [m.group(0).rstrip(":： \t").lower() for m in p.inline_label.finditer(lines[i][:_MAX_LINE])]
    if len(set(run_on)) > _MIN_OTHER_LABELS:
        labels.update(run_on)
        if p.inline_from.intersection(run_on):
            has_from = True
            from_address = "@" in lines[i][:_MAX_LINE]
    for line in lines[i : i + _HEADER_WINDOW]:
        match = p.any_label.match(line[:_MAX_LINE])
        if match:
            labels.add(match.group(1).lower())
            if p.from_label.match(line[:_MAX_LINE]):
                has_from = True
                from_address = from_address or "@" in line[:_MAX_LINE]
    if not has_from:
        return False
    # Outlook's shortest block is two lines, "From: Jane [mailto:jane@x.org]" then "Sent: ...": a From
    # that names an address needs one more label; one without needs two.
    return len(labels) >= (_MIN_OTHER_LABELS if from_address else _MIN_OTHER_LABELS + 1)


def is_header_field(line: str) -> bool:
    """The line starts like a field of a header block ("From: Bob", "Subject: ...", "De :", in any listed language)."""
    head = line[:_LABEL_CHARS]
    return (":" in head or "：" in head) and _patterns().any_label.match(line[:_MAX_LINE]) is not None


def header_block_end(lines: list[str], i: int) -> int:
    """The index just past the marker and header block that starts at line i: its fields, their
    wrapped continuations, up to the first blank line after a field that no further field follows
    (a forward's header table, as Thunderbird writes it in HTML, reads as fields a blank line apart)."""
    any_label = _patterns().any_label
    seen_field = False
    short_field = False  # the line above is a field with its value, too short to have been wrapped
    j = i
    for j in range(i, min(len(lines), i + 2 * _HEADER_WINDOW)):
        line = lines[j][:_MAX_LINE].strip()
        if not line:
            if seen_field and not (j + 1 < len(lines) and any_label.match(lines[j + 1][:_MAX_LINE].strip())):
                return j
        elif found := any_label.match(line):
            seen_field = True
            short_field = len(line) < _WRAPPED_FIELD and bool(line[found.end() :].strip(" \t:：|*"))
        elif not seen_field and not (is_original_marker(line) or is_separator(line)):
            return j  # no header block under the marker: its text starts here
        elif (short_field and not lines[j][:1].isspace() and "@" not in line and not _FIELD_SHAPE.match(line)
              and not _field_before_blank(lines, j + 1, i + 2 * _HEADER_WINDOW)):
            # New Outlook writes the text right under its last field, with no blank line: a field that was not
            # wrapped has no continuation, and an unindented line with no address under it is the text (unless
            # it is shaped like a field whose label no list has, "Dagsetning: ...", or more fields follow it: a
            # short subject a client wrapped anyway).
            return j
        else:
            short_field = False
    return j + 1


def _field_before_blank(lines: list[str], start: int, stop: int) -> bool:
    """A field starts on a line from ``start`` (before ``stop``) before a blank line does."""
    any_label = _patterns().any_label
    for line in lines[start : min(stop, len(lines))]:
        if not line.strip():
            return False
        if any_label.match(line[:_MAX_LINE].strip()):
            return True
    return False


# A field line this long may have been wrapped by the client (plain text at 72-78 columns): the next line may
# hold the rest of its value.
_WRAPPED_FIELD = 60
# A field's shape: a label of a word or two, then a colon.
_FIELD_SHAPE = re.compile(r"[^\W\d_][\w.'-]{0,24}+(?:[^\S\n][\w.'-]{1,24}+)?[^\S\n]?[:：]")


def forwarded_author(lines: list[str], start: int, end: int) -> str:
    """The value of the first From field ("From: Bob <bob@x.org>", "От кого: ...", a Thunderbird table's
    "From: | Bob ...") among ``lines[start:end]``, a forward's marker and header block, or "" when none."""
    from_label = _patterns().from_label
    for line in lines[start:end]:
        found = from_label.match(line[:_MAX_LINE])
        if found is not None:
            return line[found.end() : _MAX_LINE].strip(" \t|")
    return ""


def attribution_at(lines: list[str], i: int) -> int | None:
    """If an attribution ("On <date>, Jane <jane@x.org> wrote:") starts on line i, the index of
    its last line. It may wrap over a few lines, even with blank lines or ">" marks inside."""
    first_line = _plain_spaces(lines[i][:_MAX_LINE])
    if not first_line.strip() or is_quoted(first_line) or not _may_start_attribution(first_line):
        return None
    if _patterns().gmail_dated.match(first_line):
        return i
    window = range(i, min(i + _ATTRIBUTION_WINDOW, len(lines)))
    if not any(map(_may_end_line, map(lines.__getitem__, window))):
        # No line of the window can end one (below, a line ends the attribution only where it may end
        # one): "1. Canva" in a labelled list starts like an attribution, and half its lines did.
        return None
    if _names_address_over_quote(first_line, lines, i) or _dated_over_quote(first_line, lines, i):
        return i
    joined = ""
    pieces = 0
    for j in window:
        piece = _plain_spaces(lines[j][:_MAX_LINE]).strip()
        if j > i and is_quoted(piece):
            piece = piece.lstrip("> ")
        if not piece:
            continue
        pieces += 1
        # One line, or two wrapped ones; a third or fourth piece only when it is what Gmail wraps
        # alone ("<jane@x.org>", "wrote:"). Longer runs are a paragraph that happens to start "On".
        if pieces > _ATTRIBUTION_PIECES or (pieces > 2 and len(piece) > _SHORT_PIECE):
            return None
        if j > i and _ends_sentence(joined):
            return None  # a finished sentence is prose, not the first part of an attribution
        if j > i and not _DATE_OR_ADDRESS.search(joined) and _is_dated_attribution(piece):
            # "Il est signalé site inaccessible" over "Le mar. 30 avr. 2024, 11:53, X a écrit :": the
            # later line is a whole attribution with its own date, and the attribution starts there.
            return None
        joined = f"{joined} {piece}".strip()
        if len(joined) > _MAX_LINE:
            return None
        if _may_end_attribution(piece) and _is_attribution(joined) and not _reads_as_prose(joined):
            # A line that opens with a name ("Jane Roe schrieb am 01.12.2026 um 09:12:") is an attribution
            # only above a quote: "My manager wrote on 01.12.2026:" over the sender's own lines is theirs.
            return j if _may_start_otherwise(first_line) or _quoted_next(lines, j) else None
    return None


_ADDRESS = re.compile(r"[^\s<>@\"'(),;:\[\]]@[^\s<>@\"'(),;:\[\]]")
# An address as Mailman's archives write it ("jane at mail.example"), within "<...>" or alone: a local part
# with no space, " at ", a domain with a dot. Bounded repeats, so one scan is linear.
_OBSCURED_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]{1,64} at (?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}(?![\w-])",
                               re.IGNORECASE)


def _names_address_over_quote(first_line: str, lines: list[str], i: int) -> bool:
    """One line that names an address and ends in a colon right above a quote introduces it, whatever words
    the client chose: Horde's "Quoting Jane <jane@x.org>:" and "Zitat von ...:", mutt's "* Jane <jane@x.org>
    [2026-12-01 09:12]:", Outlook Web's old "Jane <jane@x.org> hat am 01.12.2026 09:12 geschrieben:"; also with
    the address as Mailman's archives write it ("jane at x.org")."""
    core = first_line.strip()
    if not core.endswith((":", "：")):
        return False
    named = ("@" in core and _ADDRESS.search(core) is not None) or (
        " at " in core and _OBSCURED_ADDRESS.search(core) is not None)
    return named and not _reads_as_prose(core) and _quoted_next(lines, i)


# A date with its year ("2026-01-06", "06.01.2026", "1/6/2026") and a time ("09:14"), each a whole token.
_FULL_DATE = re.compile(r"(?<![\d.:/-])(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?![\d.:/-]\d)")
_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?!\d)")
# Real ones hold at most three ("Excerpts from Jane's message of ...:"); a sentence introducing a quote, more.
_MAX_DATED_LOWER_WORDS = 4
_MAX_DATED_LINE = 120


def _dated_over_quote(first_line: str, lines: list[str], i: int) -> bool:
    """One short line that ends in a colon and names a date with its year and a time, with few lower-case words,
    right above a quote introduces it whatever words the client chose and though it names no address and no
    verb: sup's "Excerpts from Jane Roe's message of 2026-01-06 09:14:02 +0100:", Yandex's '06.01.2026, 09:14,
    "Jane Roe":' when the address is left out, "Jane Roe, 2026-01-06 09:14:"."""
    core = first_line.strip()
    if not core.endswith((":", "：")) or len(core) > _MAX_DATED_LINE or not _dated(core):
        return False
    lower = 0
    for word in core.split():
        word = word.strip(".,;:!?()[]\"'")
        if word[:1].islower() and word.isalpha():
            lower += 1
    return lower <= _MAX_DATED_LOWER_WORDS and _quoted_next(lines, i)


def _dated(line: str) -> bool:
    return _TIME.search(line) is not None and _FULL_DATE.search(line) is not None


def _quoted_next(lines: list[str], j: int) -> bool:
    """Whether the first line with text after line ``j`` is quoted (only blank lines are stepped over)."""
    for line in lines[j + 1 :]:
        if line.strip():
            return is_quoted(line)
    return False


def attribution_candidates(lines: list[str]) -> list[bool]:
    """For each line, whether an attribution may start on it: True for every line on which
    ``attribution_at`` can find one (_may_start_attribution), and for a few more. Worked out for all
    lines at once, mostly at C speed, so a message of a hundred thousand short lines does not ask the
    attribution regexes about each line twice (0.7 s per MB of one-word lines before)."""
    text = "\n".join(lines)
    if text.count("\n") != len(lines) - 1:  # a line holding a line break: read line by line
        return _attribution_candidates_by_line(lines)
    flags = [False] * len(lines)
    # Lines longer than _MAX_LINE are cut before the checks: they are simply candidates.
    for i in lines_matching(lines, _LONG_OR_ADDRESS, text):
        flags[i] = True
    # The lines that end in a verb or a colon, found in the lower-cased text read backwards (see _Patterns.ends).
    backwards = "\n" + text.lower()[::-1]
    last, line, at = len(lines) - 1, 0, 0
    for m in _patterns().ends.finditer(backwards):
        line += backwards.count("\n", at, m.start())
        at = m.start()
        i = last - line
        if not flags[i]:
            flags[i] = m.group("verb") is not None or _ends_in_a_colon(lines[i])
    # No _plain_spaces needed: a no-break space is whitespace to the regex as a space is.
    for i in lines_matching(lines, _patterns().starts_by_line, text):
        flags[i] = True
    return flags


# A line longer than _MAX_LINE, or one holding an address's "@" or "<", at the start of each line.
_LONG_OR_ADDRESS = re.compile(rf"\n(?=[^\n]{{{_MAX_LINE + 1}}}|[^\n@<]*+[@<])")


def _ends_in_a_colon(line: str) -> bool:
    return line.endswith((":", "：")) and (_verb_then_colon(line) or _names_obscured_address(line)
                                          or _dated(line[:_MAX_DATED_LINE]))


def _attribution_candidates_by_line(lines: list[str]) -> list[bool]:
    verbs = _patterns().verbs
    flags = [len(line) > _MAX_LINE or "@" in line or "<" in line or line.rstrip(_VERB_TAIL).lower().endswith(verbs)
             or _ends_in_a_colon(line) for line in lines]
    for i in lines_matching(lines, _patterns().starts_by_line):
        flags[i] = True
    return flags


def older_message_candidates(lines: list[str]) -> list[bool]:
    """For each line, whether an older message may start on it (``is_original_marker``,
    ``is_forward_marker`` or ``header_block_at``): True for every line where one does, and for a few
    more (a line that starts with a header label). Found in the whole text at once, like
    attribution_candidates."""
    flags = [False] * len(lines)
    for i in lines_matching(lines, _patterns().older_by_line):
        flags[i] = True
    return flags


# Direction marks that right-to-left clients (Apple Mail, Outlook in Arabic or Hebrew) wrap lines in:
# invisible, never part of what a line says (Unicode bidirectional formatting characters).
BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# What may follow the verb that ends an attribution ("wrote:", "schrieb -").
_VERB_TAIL = " :：-_*" + BIDI_MARKS
_PLAIN = str.maketrans({"\u00a0": " ", "\u202f": " "} | dict.fromkeys(BIDI_MARKS))


def _plain_spaces(line: str) -> str:
    """French clients put a no-break space before the colon ("a écrit\u00a0:"); right-to-left ones put
    direction marks around the line ("\u202bفي ... كتب ...:\u202c"). Both are read as plain text."""
    return line if line.isascii() else line.translate(_PLAIN)


def _reads_as_prose(text: str) -> bool:
    """Attributions are dates, names, an address and a verb: few lower-case words. A sentence such
    as "On 3 of our 5 accounts we track reach since 2024, and as my manager wrote:" has many."""
    lower = 0
    for word in text.split():
        word = word.strip(".,;:!?()\"'")
        if word[:1].islower() and word.isalpha():
            lower += 1
    # Real ones, in every language seen, have at most 7 ("El dt., 1 de des. 2026 a les 9:12, ...
    # va escriure:"); a sentence ending inside ("... and Canva. Here is ...") is prose sooner.
    return lower > _MAX_LOWER_WORDS or (lower >= _MAX_LOWER_WORDS_AFTER_SENTENCE
                                        and _INNER_SENTENCE.search(text) is not None)


def _ends_sentence(text: str) -> bool:
    return len(text) > 1 and text[-1] in ".!?" and not text[-2].isdigit() and not text[-2].isspace()


def _may_end_attribution(piece: str) -> bool:
    """Cheap test before the full one: attributions end in a colon, an address or a verb."""
    return piece.endswith((":", "：", ">", "-")) or _ends_with_verb(piece)


@lru_cache(maxsize=4096)
def _may_end_line(line: str) -> bool:
    """Whether ``line``, as attribution_at reads it as a piece (plain spaces, stripped; after the first
    line, a quoted one without its marks), may end an attribution. Remembered per line: the windows of
    neighbouring candidates overlap, and a hostile message repeats its lines."""
    piece = _plain_spaces(line[:_MAX_LINE]).strip()
    return _may_end_attribution(piece) or (is_quoted(piece) and _may_end_attribution(piece.lstrip("> ")))


def _may_start_attribution(line: str) -> bool:
    return bool(_patterns().starts.match(line) or _DIGIT_START.match(line) or "@" in line or "<" in line
                or _ends_with_verb(line) or _names_first(line) or _names_obscured_address(line)
                or (line.rstrip().endswith((":", "：")) and _dated(line[:_MAX_DATED_LINE])))


def _names_obscured_address(line: str) -> bool:
    """A line ending in a colon that names an address as Mailman's archives write it ("jane at x.org") in
    angle brackets or with a date or time beside it: "at" before a domain in a sentence names no one."""
    if " at " not in line or not line.rstrip().endswith((":", "：")):
        return False
    found = _OBSCURED_ADDRESS.search(line[:_MAX_LINE])
    if found is None:
        return False
    bracketed = line[: found.start()].rstrip().endswith("<") and line[found.end() :].lstrip().startswith(">")
    return bracketed or _DATE_OR_TIME.search(line[:_MAX_LINE]) is not None


def _may_start_otherwise(line: str) -> bool:
    return bool(_patterns().starts.match(line) or _DIGIT_START.match(line) or "@" in line or "<" in line
                or _ends_with_verb(line))


def _names_first(line: str) -> bool:
    """A line that ends in a colon with the verb before its date: Thunderbird in German ("Jane Roe schrieb am
    01.12.2026 um 09:12:") and older versions in English ("Jane Roe wrote on 01/12/2026 09:12:") put the
    name first, with no address, so no start word, digit or "<" marks where the attribution begins."""
    stripped = line.rstrip()
    return stripped.endswith((":", "：")) and _verb_then_colon(stripped)


def _is_attribution(text: str) -> bool:
    # Plain string tests rather than big regex alternations: this runs for most lines of a thread.
    core = text.strip(" -_*")
    if _DATE_START.match(core) and core.endswith(">") and "@" in _last_token(core):
        return True  # "2013/7/20 Jane via Forum <info@forum.org>": a date first, an address last
    if core.endswith((":", "：")):
        dated_address = bool(_HAS_DIGIT.search(core)) and "@" in _last_token(core)
        if dated_address or _ends_with_verb(core) or _verb_then_colon(core):
            return bool(_DATE_OR_ADDRESS.search(core)) or len(core) < _SHORT_ATTRIBUTION
        return False
    # "On Wed, 14 Nov 2018 08:14 -0200 John Doe <john@doe.com> wrote" (no colon)
    return bool(_ends_with_verb(core) and _patterns().starts.match(core) and _DATE_OR_ADDRESS.search(core))


def _is_dated_attribution(piece: str) -> bool:
    """One line that is an attribution by itself and names a date or an address."""
    return (_may_end_attribution(piece) and _may_start_attribution(piece.lstrip("-–—*> ")) and _is_attribution(piece)
            and bool(_DATE_OR_ADDRESS.search(piece)) and not _reads_as_prose(piece))


# Gmail writes both genders of a Slavic verb: "je napisal(a):", "је написао/ла:", "napisao/la:". The feminine
# ending after the slash or in brackets is set aside before the verb is looked for.
_GENDER_ENDING = re.compile(r"(?:\((?:a|la|ла|а)\)|/(?:a|la|ла|а))$")


def _ends_with_verb(text: str) -> bool:
    tail = _GENDER_ENDING.sub("", text[-80:].rstrip(_VERB_TAIL).lower())
    verbs = _patterns().verbs
    if not tail.endswith(verbs):  # one C-level test for the common case: no verb at all
        return False
    for verb in _patterns().verbs_by_last[tail[-1]]:
        if tail.endswith(verb):
            before = tail[-len(verb) - 1 : -len(verb)]
            if not before or not before.isalnum() or not verb[0].isascii():
                return True
    return False


def _verb_then_colon(text: str) -> bool:
    """German and Dutch put the date after the verb: "Jane <j@x.org> schrieb am Fr., 28. Apr. 2017:"."""
    return _patterns().verb_inside.search(text[-_VERB_TO_COLON:]) is not None


def _last_token(text: str) -> str:
    parts = text.rstrip(" :：").rsplit(None, 1)
    return parts[-1] if parts else ""


def is_strong_attribution(lines: list[str], i: int, j: int) -> bool:
    """An attribution that names a date or an address; "here is what I wrote:" does neither."""
    return bool(_DATE_OR_ADDRESS.search(" ".join(lines[i : j + 1])))
