"""The grammar of measurement: metrics people name without their textbook name.

Two frames, with their words in bot/lexicons/metric_frames.toml:
- a quantity and the thing it counts: "how many of your members are active" (active members),
  "this many people clicked" (clicks), "% of questions answered", "the number of touches";
- a measure after the thing measured: "ticket volume", "topic trends", "like ratio", "touches per ticket".
What a counted action measures ("clicked" is clicks) maps to a metric group of metrics.toml, so a
metric named both ways counts once. A thing that is itself a named metric ("number of followers")
is left to the named metric.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from bot.evaluation.lexicon import language_entries, toml_table
from bot.evaluation.patterns import Entry, Hit, Matcher, fold
from bot.evaluation.reading import Reading
from bot.mail.patterns import case_folded, may_hold

if TYPE_CHECKING:
    from bot.evaluation.typos import OneSlip

# Words are read in a short window after a quantity (or before a measure) and never past the end of
# the clause, so each frame costs a bounded amount whatever the reply holds.
_WINDOW = 80
_LOOKBACK = 40
_WORD = re.compile(r"[^\W\d_][\w'’]*+|\d++(?:st|nd|rd|th)?+")
_CLAUSE_END = re.compile(r"[.?!;:\n(\"“”]")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*+)[\s\-/]*+$")
# The spacing and then the word characters ending a text, read in the text reversed (_word_before).
_TAIL_REVERSED = re.compile(r"[\s\-/]*+[\w'’]*+")
_MOST_WORDS_READ = 8
_WORD_AFTER = re.compile(r"[ \t]*+([^\W\d_][\w'’]*+)")
# The words a hyphen joins to the word before a measure: "PLAY-through rate", "ADD-TO-cart rate", "OPT-in rate". The
# compound is the thing measured; its last word alone ("through", "in", "off") is often no thing at all.
_JOINED_BEFORE = re.compile(r"(?:[^\W\d_][\w'’]*+-)++\Z")


@dataclass(frozen=True, slots=True)
class Framed:
    """A metric found by a frame: its key (a metric group, or the thing measured), where, and why."""

    key: str
    start: int
    end: int
    why: str
    # The words that say what is measured ("active", "ticket"): a phrase of not_metrics over them
    # ("members who", "reach out") still says they are not a metric.
    thing: tuple[int, int] = (0, 0)
    # Said so plainly that it is a metric in any sentence ("I want to know whether people come
    # back"); otherwise it counts only in a sentence about metrics.
    certain: bool = False
    # Words before the action that only say who does it ("whether NEW MEMBERS come back"): a named
    # metric there is the subject of this one, not a metric of its own.
    subject: tuple[int, int] = (0, 0)
    # Found after a quantity ("the share of NEGATIVE COMMENTS", "the number of angry comments"):
    # counting a thing measures it, even a thing that alone is no metric.
    counted: bool = False


@dataclass(frozen=True, slots=True)
class FrameWords:
    quantities: Matcher
    measures: Matcher
    trends: Matcher
    moved: Matcher
    states: Matcher
    not_things: frozenset[str]
    skip: frozenset[str]
    people: frozenset[str]
    light: frozenset[str]
    relative: frozenset[str]
    verb_after: frozenset[str]
    per_units: frozenset[str]
    per_periods: frozenset[str]
    # (metric group, the words of a counted action, e.g. ("response_rate", ("get", "a", "response")))
    actions: tuple[tuple[str, tuple[str, ...]], ...]
    counted: CountedActions
    asked: Matcher
    which: Matcher
    asked_filler: frozenset[str]
    asked_people: frozenset[str]
    speed: Matcher
    time_to: Matcher
    time_span: Matcher
    time_to_not_after: frozenset[str]
    time_to_nouns: frozenset[str]
    # (metric group, the words of what is done fast, e.g. ("response_time", ("get", "back")))
    speed_actions: CountedActions
    reasons: frozenset[str]
    passive: Matcher
    reflexive: frozenset[str]
    # "people who", "membres qui": who is counted, then the word that opens what they do.
    who_acts: re.Pattern[str]
    # The relative words case-folded (mail.patterns.may_hold): a reply with none of them has no "people who".
    relative_folded: tuple[str, ...]
    rated: Matcher


@lru_cache(maxsize=65536)
def _low(word: str) -> str:
    """A word as the frames compare it: lower case, accents dropped ("répondre" is "repondre").
    Remembered per word: the frames lower every word of each clause they read, and a reply repeats its words."""
    return fold(word.lower())


def _actions(table: dict[str, list[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((group, tuple(_low(p).split())) for group, phrases in table.items() for p in phrases)


def _words_of(table: dict[str, list[str]]) -> frozenset[str]:
    return frozenset(_low(w) for words in table.values() for w in words)


# Key of a phrase that holds a quantity word but asks for no amount ([not_quantities]).
_NOT_A_QUANTITY = "not_quantity"


@cache
def frame_words() -> FrameWords:
    table = toml_table("metric_frames.toml")
    actions = _actions(table["actions"])
    return FrameWords(
        quantities=Matcher([*language_entries(table["quantities"], key="quantity"),
                            *language_entries(table["not_quantities"], key=_NOT_A_QUANTITY)]),
        measures=Matcher(language_entries(table["measures"], key="measure")),
        trends=Matcher(language_entries(table["trends"], key="trend")),
        moved=Matcher(language_entries(table["moved"], key="moved")),
        states=Matcher(language_entries(table["states"], key="state")),
        not_things=_words_of(table["not_things"]),
        skip=_words_of(table["skip"]),
        people=_words_of(table["people"]),
        light=_words_of(table["light_verbs"]),
        relative=_words_of(table["relative"]),
        verb_after=_words_of(table["verb_after"]),
        per_units=_words_of(table["per_units"]),
        per_periods=_words_of(table["per_periods"]),
        actions=actions,
        counted=CountedActions.of(actions),
        asked=Matcher(language_entries(table["asked"], key="asked")),
        which=Matcher(language_entries(table["which"], key="which")),
        asked_filler=_words_of(table["asked_filler"]),
        asked_people=_words_of(table["asked_people"]),
        speed=Matcher(language_entries(table["speed"], key="speed")),
        time_to=Matcher(language_entries(table["time_to"], key="time_to")),
        time_span=Matcher(language_entries(table["time_span"], key="time_span")),
        time_to_not_after=_words_of(table["time_to_not_after"]),
        time_to_nouns=_words_of(table["time_to_nouns"]),
        speed_actions=CountedActions.of(_actions(table["speed_actions"])),
        reasons=_words_of(table["reasons"]),
        passive=Matcher(language_entries(table["passive"], key="passive")),
        reflexive=_words_of(table["reflexive"]),
        who_acts=_who_acts_pattern(table["people"], table["relative"]),
        relative_folded=tuple(sorted({case_folded(w.lower()) for ws in table["relative"].values() for w in ws})),
        rated=Matcher(language_entries(table["rated"], key="csat")),
    )


def _who_acts_pattern(people: dict[str, list[str]], relative: dict[str, list[str]]) -> re.Pattern[str]:
    """One of [people] (not "of"), maybe a comma, then one of [relative]: "people who", "Leute, die".

    As ``\b(?:<people>)<comma><relative>\b`` ignoring case, written to start with the people's first letters as a
    case-ignoring pattern reads them (_case_fellows), then the word-start test and the rest ignoring case, grouped
    by first letter in the same order: a pattern that starts with ``\b`` and ignores case tries every word at every
    word start of the reply (5-7 ms for 10 KB of prose), this one only where one of its first letters stands."""
    who = sorted({w for ws in people.values() for w in ws if w.lower() != "of"}, key=len, reverse=True)
    rel = sorted({w for ws in relative.values() for w in ws}, key=len, reverse=True)
    tail = rf"[ \t]*+,?[ \t]*+(?:{'|'.join(map(re.escape, rel))})\b"
    if not all(w[:1].isascii() and w[:1].isalpha() for w in who):
        return re.compile(rf"\b(?:{'|'.join(map(re.escape, who))}){tail}", re.IGNORECASE)
    groups: dict[str, list[str]] = {}
    for w in who:
        groups.setdefault(w[0].lower(), []).append(re.escape(w[1:]))
    firsts = "".join(_case_fellows(letter) for letter in groups)
    branches = "|".join(f"(?<={letter})(?:{'|'.join(rests)})" for letter, rests in groups.items())
    return re.compile(rf"[{firsts}](?<!\w.)(?i:(?:{branches}){tail})")


# The characters a case-ignoring pattern takes for an ASCII letter besides its two cases: "İ" and dotless "ı" for
# "i", the long "ſ" for "s", the Kelvin sign for "k".
_FELLOWS = {"i": "İı", "s": "ſ", "k": "\u212a"}


def _case_fellows(letter: str) -> str:
    """The characters a case-ignoring pattern reads as the ASCII letter ``letter``."""
    return letter.lower() + letter.upper() + _FELLOWS.get(letter.lower(), "")


def _fits(word: str, pattern: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


_HEAD = 2
Action = tuple[int, str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class CountedActions:
    """The counted actions by the first two letters of their first word, each list in lexicon order,
    so a word is tried against the few actions that can start with it, not all of them (a reply of
    quantity phrases asked every action about every word after them)."""

    by_head: dict[str, tuple[Action, ...]]
    # Actions whose first word is shorter than two letters (or a bare "*"): tried at every word.
    short: tuple[Action, ...]

    @classmethod
    def of(cls, actions: tuple[tuple[str, tuple[str, ...]], ...]) -> CountedActions:
        heads: dict[str, list[Action]] = {}
        short: list[Action] = []
        for order, (group, pattern) in enumerate(actions):
            first = pattern[0].removesuffix("*") if pattern else ""
            if len(first) < _HEAD:
                short.append((order, group, pattern))
            else:
                heads.setdefault(first[:_HEAD], []).append((order, group, pattern))
        return cls({head: tuple(sorted([*found, *short])) for head, found in heads.items()}, tuple(short))

    def at(self, words: list[str], i: int) -> tuple[str, int] | None:
        """The metric group of a counted action starting at words[i], and how many words it takes."""
        best: tuple[str, int] | None = None
        for _, group, pattern in self.by_head.get(words[i][:_HEAD], self.short):
            n = len(pattern)
            fits = all(i + k < len(words) and _fits(words[i + k], pattern[k]) for k in range(n))
            if fits and (best is None or n > best[1]):  # the longest action wins
                best = (group, n)
        return best


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'").removesuffix("'s")
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _clause_after(text: str, start: int, ends: re.Pattern[str] = _CLAUSE_END) -> tuple[int, str]:
    window = text[start : start + _WINDOW]
    cut = ends.search(window)
    return start, window[: cut.start()] if cut else window


# What a quantity counts ends at a comma too: "the number of members, the number of active members"
# counts members, then active members.
_COUNTED_END = re.compile(r"[.?!;:\n(\"“”,]")


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_left(spans, (end,)) - 1
    return i >= 0 and spans[i][1] > start


@cache
def _given_before() -> re.Pattern[str]:
    """A quantity named as a circumstance: "given the volume of tweets", "because of the sheer number of
    comments", "due to the amount of spam" (metric_frames.toml [circumstances], English only)."""
    table = toml_table("metric_frames.toml")

    def phrase(text: str) -> str:
        first, rest = text[0], re.escape(text[1:]).replace(r"\ ", r"[ \t]++")
        return f"[{first.upper()}{first.lower()}]{rest}"

    heads = "|".join(phrase(h) for h in sorted(table["circumstances"]["en"], key=len, reverse=True))
    fillers = "|".join(re.escape(w) for w in table["circumstance_fillers"]["en"])
    return re.compile(rf"\b(?:{heads})[ \t]++(?:(?:{fillers})[ \t]++){{0,3}}$")


# The one-word heads of English quantities ("number of", "percentage of"), typed with one slip ("numer of",
# "percantage of") on a phone: a word one edit from one of them, that is no word of its own (wordfreq), before "of"
# is that quantity.
_SLIP_HEADS = ("number", "percentage", "average", "amount", "volume", "proportion")
_SLIP_ENTRY = Entry("quantity", "number of", lang="en")
_OF = " of "
_SLIP_BEFORE_OF = re.compile(r"[A-Za-z]{4,12}\Z")


def _slipped_quantities(reading: Reading) -> list[Hit]:
    """Quantity words typed with one slip before "of" ("Total numer of posts, topics, registered users"), as hits of
    [quantities]. The places are found by a substring search for " of ", then the word before each is read."""
    text = reading.text
    heads = _slip_heads()
    out: list[Hit] = []
    at = text.find(_OF)
    while at != -1:
        word = _SLIP_BEFORE_OF.search(text, max(0, at - 12), at)
        if word is not None:
            low = word.group().lower()
            if low not in heads and heads.may_be_near(low) and heads.near(low):
                from bot.evaluation.tool_names import rare_word  # tool_names reads the frames at import

                if rare_word(low, "en"):
                    out.append(Hit(_SLIP_ENTRY, word.start(), at + len(_OF) - 1))
        at = text.find(_OF, at + 1)
    return out


@cache
def _slip_heads() -> OneSlip[str]:
    """_SLIP_HEADS in the deletion index the metric and tool names are read one slip off with (typos.OneSlip)."""
    from bot.evaluation.typos import OneSlip  # typos reads tool_names, which reads the frames at import

    heads: OneSlip[str] = OneSlip()
    for head in _SLIP_HEADS:
        heads.add(head, head)
    return heads


def _one_slip(word: str, name: str) -> bool:
    """``word`` is one slip from the quantity head ``name``, as typos.OneSlip reads slips."""
    return name in _slip_heads().near(word)


def _counted(reading: Reading, quantity: Hit, named: list[tuple[int, int]], words: FrameWords) -> Framed | None:
    """"how many of your members are active" -> active_users; "number of touches" -> touch."""
    if _given_before().search(reading.text, max(0, quantity.start - _LOOKBACK), quantity.start):
        return None  # "challenging given the volume of tweets": a circumstance, not a measure
    base, clause = _clause_after(reading.text, quantity.end, _COUNTED_END)
    found = [(m.group(), base + m.start(), base + m.end()) for m in _WORD.finditer(clause)][:_MOST_WORDS_READ]
    lowered = [_low(w) for w, _, _ in found]
    said = reading.text[quantity.start : quantity.end]
    who: tuple[int, int] | None = None
    for i, (word, start, end) in enumerate(found):
        action = words.counted.at(lowered, i)
        if action is not None and lowered[i] in words.people and (
                _done_to(found, lowered, i + 1, words) is not None
                or (i + 2 < len(lowered) and lowered[i + 1] in words.relative)):
            # "how many of those VISITORS buy", "% of SUBSCRIBERS who open the email": who is counted, then what they do
            action = None
        if action is not None:
            group, n = action
            last = found[i + n - 1][2]
            why = f'measured: "{said}" … "{reading.text[start:last]}"'
            return Framed(group, quantity.start, last, why, (start, last))
        low = lowered[i]
        if low in words.skip:
            continue
        if low in words.people:
            who = (start, end) if low != "of" else who
            continue
        if low in words.light:
            continue
        if who is not None and low in words.relative and i + 1 < len(found):
            # "the number of members who participated": the members' action is what is counted.
            rest = [w for w in found[i + 1 :] if _low(w[0]) not in words.light] or found[i + 1 :]
            verb, verb_start, verb_end = rest[0]
            acted = words.counted.at([_low(w) for w, _, _ in rest], 0)
            if acted is not None:  # "the number of people who see our posts" is reach
                last = rest[acted[1] - 1][2]
                why = f'measured: "{said}" … "{reading.text[verb_start:last]}"'
                return Framed(acted[0], quantity.start, last, why, (verb_start, last))
            why = f'measured: "{said}" … "{verb}"'
            return Framed(f"described:{_stem(verb)}", quantity.start, verb_end, why, (verb_start, verb_end))
        if who is not None and reading.language == "de":
            # German puts the verb of "wie viele User deine Beiträge sehen" at the clause's end: what they do.
            last_action = words.counted.at(lowered, len(lowered) - 1)
            if last_action is not None and last_action[1] == 1:
                verb_start, verb_end = found[-1][1], found[-1][2]
                why = f'measured: "{said}" … "{reading.text[verb_start:verb_end]}"'
                return Framed(last_action[0], quantity.start, verb_end, why, (verb_start, verb_end))
        if who is not None or _overlaps(start, end, named):
            break  # "how many members ... <something else>": the members are what is counted
        if low in words.not_things:
            return None  # "count of how ...": no thing named
        done = _done_to(found, lowered, i + 1, words)
        if done is not None:  # "how many of our posts get saved or shared": what is done to them
            group, verb_start, last = done
            why = f'measured: "{said}" … "{reading.text[verb_start:last]}"'
            return Framed(group, quantity.start, last, why, (verb_start, last))
        if word[:1].isdigit():
            return None  # "the industry average is 3.1%": a value told, no thing measured
        head = _compound_head(reading.text, found, lowered, i, words)
        if head != i:  # "the number of first time POSTERS": the plural noun the words before it modify
            word, start, end = found[head]
        return Framed(f"described:{_stem(word)}", quantity.start, end, f'measured: "{said}" + "{word}"', (start, end))
    if who is None or _overlaps(*who, named):
        return None  # nothing counted, or a named metric ("number of followers") that counts by itself
    noun = reading.text[who[0] : who[1]]
    return Framed(f"described:{_stem(noun)}", quantity.start, who[1], f'measured: "{said}" + "{noun}"', who)


# At most this many words after the first of a noun phrase may be read for its head.
_MOST_MODIFIER_WORDS = 2
# Between the words of a compound noun: spaces, a hyphen, or a slash between alternatives ("email / ticket closure").
_COMPOUND_GAP = re.compile(r"[ \t]++|[ \t]*+[-/][ \t]*+")
# Endings of a noun made from a verb or an adjective: a thing that happens or holds, which heads the compound before it
# as a plural noun does ("ticket CLOSURE", "work order COMPLETION", "member RETENTION").
_NOUN_ENDINGS = ("tion", "sion", "ment", "ance", "ence", "ure", "ity")


def _compound_head(text: str, found: list[tuple[str, int, int]], lowered: list[str], i: int,
                   words: FrameWords) -> int:
    """The head of the noun phrase the word at ``i`` opens: ``i``, or the first plural noun right after it within
    _MOST_MODIFIER_WORDS words ("first time POSTERS", "new member SIGNUPS"), when the word at ``i`` is no plural itself
    and only spaces, a hyphen or a slash stand between them; or the first noun of a happening (_NOUN_ENDINGS) there
    ("rate of ticket CLOSURE": English compounds end in their head)."""
    if lowered[i].endswith("s"):
        return i
    for k in range(i + 1, min(len(found), i + 1 + _MOST_MODIFIER_WORDS)):
        if _COMPOUND_GAP.fullmatch(text, found[k - 1][2], found[k][1]) is None:
            return i
        low = lowered[k]
        if low in words.light or low in words.skip or low in words.not_things or low in _NOT_PLURALS:
            return i
        if len(low) > 3 and low.endswith("s") and not low.endswith("ss"):
            return k
        if len(low) > 5 and low.endswith(_NOUN_ENDINGS):
            return k
    return i


def _done_to(found: list[tuple[str, int, int]], lowered: list[str], i: int,
             words: FrameWords) -> tuple[str, int, int] | None:
    """A counted action right after the thing counted, past light words ("posts ACTUALLY GET saved"):
    (its metric group, where it starts, where it ends)."""
    while i < len(lowered) and lowered[i] in words.light:
        i += 1
    action = words.counted.at(lowered, i) if i < len(lowered) else None
    if action is None:
        return None
    return action[0], found[i][1], found[i + action[1] - 1][2]


# Words that join counted actions: "this many people clicked OR engaged", "liked, shared AND commented".
_JOINS = frozenset({"and", "or", "y", "o", "und", "oder", "et", "ou", "e", "nor", "as", "well"})
_MOST_JOINED = 3


def _joined_actions(reading: Reading, first: Framed, words: FrameWords) -> list[Framed]:
    """Actions joined to a counted one share its quantity: "this many people clicked or engaged
    with our posts" counts clicks and engagement. An item may end in the noun its action is done to
    ("the amount of likes, reply tweets, and comments": replies), and an item of one plural noun no
    action names is a thing counted by the same quantity ("the number of likes, friends and reach")."""
    base, clause = _clause_after(reading.text, first.end)
    found = [(_low(m.group()), base + m.start(), base + m.end()) for m in _WORD.finditer(clause)][:_MOST_WORDS_READ]
    lowered = [w for w, _, _ in found]
    out: list[Framed] = []
    previous_end, i = first.end, 0
    while i < len(found) and len(out) < _MOST_JOINED:
        word, start, end = found[i]
        if word in _JOINS or word in words.light:
            i += 1
            continue
        gap = reading.text[previous_end:start]
        if not ("," in gap or any(w in _JOINS for w in gap.lower().split())):
            break
        action = words.counted.at(lowered, i)
        if action is None:
            # English only: other languages' words in "s" include function words ("mais", "todos", "dans").
            if reading.language != "en" or not _plural_item(reading.text, found, i, words):
                break
            why = f'measured: "{reading.text[first.start : first.end]}" … and "{reading.text[start:end]}"'
            out.append(Framed(f"described:{_stem(word)}", start, end, why, (start, end)))
            previous_end, i = end, i + 1
            continue
        group, n = action
        last = found[i + n - 1][2]
        why = f'measured: "{reading.text[first.start : first.end]}" … and "{reading.text[start:last]}"'
        out.append(Framed(group, start, last, why, (start, last)))
        previous_end, i = last, i + n
        if i < len(found) and found[i][0] not in _JOINS and _item_ends_after(reading.text, found, i):
            previous_end, i = found[i][2], i + 1  # "reply tweets": the action's noun ends the item
    return out


# The first comma or join word (with any joins after it) between two items of a list of actions.
_JOIN_WORD = rf"(?:{'|'.join(sorted(_JOINS, key=len, reverse=True))})(?![\w'’])"
_FIRST_JOIN = re.compile(rf"(?:,|(?<![\w'’]){_JOIN_WORD})(?:[\s,]*+{_JOIN_WORD})*+")
# The most words of what an action is done to, before the join to the next action: "click | my links |, share".
_MOST_OBJECT_WORDS = 3


def _joined_verb_phrases(reading: Reading, first: Framed, words: FrameWords) -> list[Framed]:
    """Actions joined to an asked one, each with what it is done to: "whether people click my links, share my posts
    and come back" asks clicks, shares and retention. After each action up to three words of its object, then a comma
    or a join, then the next counted action; anything else ends the list. English."""
    if reading.language != "en":
        return []
    base, clause = _clause_after(reading.text, first.end)
    # The word after the first comma or join must be able to start a counted action (its first two letters): most
    # counted actions have no second one ("how many people clicked per post and the number of shares").
    join = _FIRST_JOIN.search(clause)
    after = _WORD.search(clause, join.end()) if join is not None else None
    if after is None or (_low(after.group())[:_HEAD] not in words.counted.by_head and not words.counted.short):
        return []
    found = [(_low(m.group()), base + m.start(), base + m.end()) for m in _WORD.finditer(clause)]
    lowered = [w for w, _, _ in found]
    out: list[Framed] = []
    i, previous_end = 0, first.end
    while i < len(found) and len(out) < _MOST_JOINED:
        # The object of the action before: words up to a comma or a join.
        skipped = 0
        while (i < len(found) and skipped < _MOST_OBJECT_WORDS and found[i][0] not in _JOINS
               and "," not in reading.text[previous_end : found[i][1]]):
            previous_end, i, skipped = found[i][2], i + 1, skipped + 1
        gap_words = 0
        while i < len(found) and found[i][0] in _JOINS:
            i, gap_words = i + 1, gap_words + 1
        if i >= len(found) or not (gap_words or "," in reading.text[previous_end : found[i][1]]):
            break
        action = words.counted.at(lowered, i)
        if action is None:
            break
        out.append(_measured_like(reading.text, first, found, i, action, "and "))
        previous_end, i = out[-1].end, i + action[1]
    return out


def _measured_like(text: str, first: Framed, found: list[tuple[str, int, int]], i: int, action: tuple[str, int],
                   link: str) -> Framed:
    """The counted ``action`` starting at word ``i`` of ``found``, measured as ``first`` is (as certainly), ``link``
    between the two in its why ("and " for a joined action)."""
    group, n = action
    start, last = found[i][1], found[i + n - 1][2]
    why = f'measured: "{text[first.start : first.end]}" … {link}"{text[start:last]}"'
    return Framed(group, start, last, why, (start, last), certain=first.certain)


# A question's elliptical follow-up: up to this many characters after the asked action to the question's "?", and
# up to this many words in a follow-up ("Clicking my links?": the action and what it is done to).
_QUESTION_REACH_CHARS = 120
_MOST_FOLLOW_UP_WORDS = 6
_QUESTION_END = re.compile(r"[.?!;\n]")
# Between a question and its follow-up: spaces, or one line break (a blank line ends the series).
_BETWEEN_QUESTIONS = re.compile(r"[ \t]*+(?:\r?\n[ \t]*+)?+")


def _elliptical_follow_ups(reading: Reading, first: Framed, words: FrameWords) -> list[Framed]:
    """Questions that leave out what the one before them said, each asking the same of its own action: "Are people
    watching my videos? Clicking my links? Sharing my posts?" asks views, clicks and shares. A follow-up is a short
    question that opens with a counted action (after a join word: "Or sharing them?"); anything else ends the series.
    English."""
    if reading.language != "en":
        return []
    text = reading.text
    end = _QUESTION_END.search(text, first.end, first.end + _QUESTION_REACH_CHARS)
    out: list[Framed] = []
    while end is not None and text[end.start()] == "?" and len(out) < _MOST_JOINED:
        start = _BETWEEN_QUESTIONS.match(text, end.end()).end()  # type: ignore[union-attr]  # matches the empty text
        end = _QUESTION_END.search(text, start, start + _QUESTION_REACH_CHARS)
        if end is None or text[end.start()] != "?":
            break
        found = [(_low(m.group()), start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end.start()])]
        lowered = [w for w, _, _ in found]
        i = 0
        while i < len(lowered) and lowered[i] in _JOINS:
            i += 1
        action = words.counted.at(lowered, i) if 0 < len(found) <= _MOST_FOLLOW_UP_WORDS and i < len(found) else None
        if action is None:
            break
        out.append(_measured_like(text, first, found, i, action, ""))
    return out


# Words in "s" that are no plural noun, so never a thing counted in a list.
_NOT_PLURALS = frozenset({
    "always", "sometimes", "perhaps", "thus", "yours", "ours", "theirs", "hers", "its", "this", "does", "has",
    "was", "is", "us", "besides", "towards", "afterwards", "regardless", "nevertheless", "whereas", "as",
    "plus", "various", "previous", "serious", "obvious", "numerous", "famous", "nervous", "anonymous",
})


def _item_ends_after(text: str, found: list[tuple[str, int, int]], i: int) -> bool:
    """The word at ``i`` ends its list item: a comma, a join or the clause's end follows it."""
    if i + 1 >= len(found):
        return True
    gap = text[found[i][2] : found[i + 1][1]]
    return "," in gap or found[i + 1][0] in _JOINS


def _plural_item(text: str, found: list[tuple[str, int, int]], i: int, words: FrameWords) -> bool:
    """The word at ``i`` is a list item of one plural noun: "friends" in "likes, friends and reach"."""
    word = found[i][0]
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))
            and word not in _NOT_PLURALS and word not in words.skip and word not in words.light
            and word not in words.not_things and _item_ends_after(text, found, i))


def _word_before(text: str, lo: int, end: int) -> re.Match[str] | None:
    """``_WORD_BEFORE.search(text, lo, end)``, searched from where the last run of word characters before the spacing
    ending ``text[lo:end]`` starts: a match's word runs on to the first character outside [\\w'’] (possessive) and
    its spacing to the end ("$" after a possessive [\\s\\-/], which takes any line break), and the two classes share
    no character, so every match starts in that run. The search tried every character of the window (about 20 k
    instructions for _LOOKBACK characters, a few times a reply); the run is found with one match of the window
    reversed."""
    tail = _TAIL_REVERSED.match(text[lo:end][::-1])
    return _WORD_BEFORE.search(text, end - tail.end() if tail else lo, end)


def _action_before(reading: Reading, quantity: Hit, words: FrameWords) -> tuple[str, int] | None:
    """A counted action right before the quantity: "we REACHED this many people" is reach."""
    before = _word_before(reading.text, max(0, quantity.start - _LOOKBACK), quantity.start)
    if before is None:
        return None
    action = words.counted.at([_low(before.group(1))], 0)
    return (action[0], before.start(1)) if action is not None and action[1] == 1 else None


# Measure words that are counts, or what a count gains or loses: "subscriber NUMBERS", "visitor FIGURES", "download
# STATS", "subscriber GAIN/loss" ("weight loss" counts no one).
_COUNT_HEADS = frozenset({"numbers", "figures", "stats", "gain", "loss"})


def acted_as(word: str) -> str | None:
    """The metric group of a counted action of [actions] said in one word ("saved" is saves), or None."""
    return _acted_as(frame_words(), word)


def _acted_as(words: FrameWords, word: str) -> str | None:
    """The metric group of a counted action of [actions] said in one word ("like" is likes), or None."""
    action = words.counted.at([_low(word)], 0)
    return action[0] if action is not None and action[1] == 1 else None


# Measure words that are never verbs, so no word after them makes them one: "response percent to see ...".
_NEVER_VERBS = frozenset({"percent", "percentage", "ratio", "ratios", "volume", "growth", "frequency", "duration",
                          "length"})
# Measure words that make a share of what is done: after one, a counted action of [actions] is the thing measured even
# where the word alone is no thing ("like RATIO", "reply RATE", "comment-to-like RATIO").
_SHARE_HEADS = frozenset({"rate", "rates", "ratio", "ratios", "percent", "percentage"})


_PER_WORDS = ("per", "por", "pro", "par")
# Words of [verb_after] that make a phrasal verb of a measure word ("count ON them", "trend UP"), not an object: a share
# head after a counted action is a measure before them ("the comment rate ON Instagram", "the reply rate TO DMs").
_PARTICLES = frozenset({"on", "in", "up", "with", "to", "out"})


# A number after "per" is a rate's size, not a unit ("reports per thousand messages", "per cent").
_PER_NUMBERS = frozenset({"hundred", "thousand", "million", "cent", "mille"})


# Heads that make a metric of their own of a named one before them: "the follower ratio", "a likes-to-followers ratio".
_RATIO_HEADS = frozenset({"ratio", "ratios"})
# A word of degree before the word before a measure: that word describes ("the most opportune time", "a very busy
# week"), it names no thing the measure counts.
_DEGREE_BEFORE = re.compile(r"(?<![\w'’])(?:most|least|very|so|too|quite|really|rather|pretty|extremely)[ \t]++\Z",
                            re.IGNORECASE)
_DEGREE_REACH_CHARS = 12
# A possessive's ending: a word in "'s" before "share" says whose share it is.
_POSSESSIVE = re.compile(r"['’]s\Z", re.IGNORECASE)


def _measured(reading: Reading, measure: Hit, named: list[tuple[int, int]], words: FrameWords) -> Framed | None:
    """"ticket volume", "topic trends", "like ratio", "touches per ticket"."""
    text = reading.text
    lo = max(0, measure.start - _LOOKBACK)
    before = _word_before(text, lo, measure.start)
    if before is None or _overlaps(measure.start, measure.end, named):
        return None
    said = text[measure.start : measure.end].lower()
    joined = _JOINED_BEFORE.search(text, lo, before.start(1)) if said not in _PER_WORDS else None
    thing_start = joined.start() if joined is not None else before.start(1)
    thing = text[thing_start : before.end(1)]
    # "DMs RECEIVED per week": a participle before "per" is read past below, even one that is no thing by itself.
    participle = said == "per" and _low(thing).endswith("ed") and len(thing) > 4
    if _overlaps(thing_start, before.end(1), named) and said not in _RATIO_HEADS:
        return None  # "follower growth": the named metric; but a ratio of followers is no count of them
    if _DEGREE_BEFORE.search(text, max(0, thing_start - _DEGREE_REACH_CHARS), thing_start):
        return None  # "at the most opportune time": a word of degree makes the word before the measure a describing one
    if _low(thing) in words.not_things and not participle and not (
            said in _SHARE_HEADS and _acted_as(words, thing) is not None):
        return None
    after = _WORD_AFTER.match(text, measure.end)
    if after is not None and _low(after.group(1)) in words.verb_after and said not in _NEVER_VERBS and not (
            _low(after.group(1)) in _PARTICLES and said in _SHARE_HEADS and _acted_as(words, thing) is not None):
        return None  # "we count the total", "time it": a verb, not a measure
    if said in _PER_WORDS:
        # "pasó por", "par exemple", and "per" in a reply of another language ("per Direktnachricht", "per
        # E-Mail"): a preposition, not "per", unless a unit follows.
        if (said != "per" or reading.language != "en") and (
                after is None or _low(after.group(1)) not in words.per_units):
            return None
        where = before.span(1)
        if _low(thing).endswith("ed") and len(thing) > 4:
            # "tickets HANDLED per day": the thing is the noun before the participle.
            previous = _word_before(text, max(0, where[0] - _LOOKBACK), where[0])
            if previous is None or _low(previous.group(1)) in words.not_things:
                return None
            thing, where = previous.group(1), previous.span(1)
        if reading.language == "en" and _said_of_a_named(text, where[0], thing, named):
            return None  # "members POSTING per week": the named metric, counted per week, is one metric
        why = f'measured: "{thing} {said} …"'
        unit = _low(after.group(1)) if after is not None else ""
        if after is not None and unit not in words.per_periods and unit not in words.not_things and (
                unit not in _PER_NUMBERS):
            # "messages per user", "messages per channel": what it is counted per makes each a metric of its own.
            why = f'measured: "{thing} {said} {after.group(1)}"'
            return Framed(f"per:{_stem(thing)}/{_stem(after.group(1))}", where[0], after.end(1), why, where)
        return Framed(f"per:{_stem(thing)}", where[0], measure.end, why, where)
    if said == "share" and _POSSESSIVE.search(thing):
        return None  # "the lion's share", "the brand's share": whose part it is, not what is divided
    noun = _stem(said)
    why = f'measured: "{thing}" + "{said}"'
    if said in _COUNT_HEADS:
        # "subscriber numbers" is a count of subscribing, "member numbers" of members: a count head
        # names a metric only after a counted action or who is counted.
        low = _low(thing)
        acted = words.counted.at([low], 0)
        if acted is not None and acted[1] == 1:
            return Framed(acted[0], thing_start, measure.end, why, (thing_start, measure.end))
        if low not in words.people and f"{low}s" not in words.people:
            return None
    return Framed(f"measure:{_stem(thing)} {noun}", thing_start, measure.end, why, (thing_start, measure.end))


# An -ing word and, after it, a preposition and its object, ending where a "per" phrase's thing starts: "users
# PARTICIPATING IN discussions per month", "members posting IN THE forum per week".
_PARTICIPLE_BEFORE = re.compile(
    r"\b[^\W\d_]{2,}ing[ \t]++(?:in|on|to|at|with|about|into|for|across|from)[ \t]++"
    r"(?:(?:the|a|an|our|their|my|your)[ \t]++)?\Z", re.IGNORECASE)


def _said_of_a_named(text: str, start: int, thing: str, named: list[tuple[int, int]]) -> bool:
    """Whether the thing of a "per" phrase starting at ``start`` is an -ing word, or the object of one, hanging on a
    named metric right before it: "members posting per week", "users participating in discussions per month" are
    one metric, the named one counted per period, not two."""
    if not _low(thing).endswith("ing") or len(thing) < 5:
        participle = _PARTICIPLE_BEFORE.search(text, max(0, start - _LOOKBACK), start)
        if participle is None:
            return False
        start = participle.start()
    i = bisect.bisect_left(named, (start,)) - 1
    return i >= 0 and 0 < start - named[i][1] <= 2 and text[named[i][1] : start].isspace()


_PLURAL = re.compile(r"[^\W\d_]{3,}s")


@cache
def _listed_before(language: str) -> re.Pattern[str]:
    """What may stand just before a counted state in a list of metrics: a clause's start or a word of
    [states_listed_after]. A verb there ("I answer new questions") makes the words something done."""
    table = toml_table("metric_frames.toml")["states_listed_after"]
    listed = sorted({w.lower() for lang in ("en", language) for w in table.get(lang, [])}, key=len, reverse=True)
    return re.compile(rf"(?:^|[,;:(•*\n]|\b(?:{'|'.join(map(re.escape, listed))}))[ \t]*+$", re.IGNORECASE)


def _stated(reading: Reading, state: Hit, named: list[tuple[int, int]], words: FrameWords) -> Framed | None:
    """"unanswered threads", "solved tickets", "active posters": a state before a plural thing, in a list."""
    text = reading.text
    after = _WORD_AFTER.match(text, state.end)
    if after is None or not _PLURAL.fullmatch(after.group(1)):
        return None
    thing = after.group(1)
    if _low(thing) in words.not_things or _overlaps(state.start, after.end(1), named):
        return None
    if not state_listed_at(reading, state.start):
        return None
    said = text[state.start : state.end].lower()
    why = f'counted: "{said}" + "{thing}"'
    return Framed(f"state:{said} {_stem(thing)}", state.start, after.end(1), why, (state.start, after.end(1)))


def state_listed_at(reading: Reading, start: int) -> bool:
    """A counted state at ``start`` stands where a list of metrics may hold one: at a clause's start or after a
    word of [states_listed_after], not after a verb ("I welcome new members")."""
    return _listed_before(reading.language).search(reading.text, max(0, start - _LOOKBACK), start) is not None


# Where the clause of a moving number starts, looking back from it; and the words that ask again
# after a reason ("because I want to know IF sentiment is improving").
_BREAK_BEFORE = re.compile(r"[,;:.!?\n()]")
_ASKING = frozenset({"if", "whether", "how", "si", "ob", "wie", "se", "comment", "como"})


def _stated_as_a_reason(text: str, start: int, words: FrameWords) -> bool:
    """The clause before ``start`` gives a reason ("..., because our audience is still growing"):
    its last reason or asking word is a reason word."""
    lo = max(0, start - 2 * _LOOKBACK)
    breaks = list(_BREAK_BEFORE.finditer(text, lo, start))
    lo = breaks[-1].end() if breaks else lo
    last = None
    for m in _WORD.finditer(text, lo, start):
        low = _low(m.group())
        if low in words.reasons or low in _ASKING:
            last = low
    return last is not None and last in words.reasons and last not in _ASKING


def _trending(reading: Reading, trend: Hit, moving: re.Match[str]) -> Framed:
    """"is sentiment growing", "an audience that grows": the thing before a moving number (``moving``, by
    _moving)."""
    why = f'measured: "{moving.group()}" + "{reading.text[trend.start : trend.end]}"'
    return Framed(f"trend:{_stem(moving.group())}", moving.start(), trend.end, why, moving.span())


# The verbs that carry a trend's tense: "reach HAS dropped", "followers HAD grown", "CTR WAS declining".
_AUXILIARIES = frozenset({"is", "are", "be", "was", "were", "been", "has", "have", "had"})


def _moving(reading: Reading, trend: Hit, words: FrameWords) -> re.Match[str] | None:
    """The word before a trend that names what moves, in the trend's own clause; None when the clause states it as
    a reason ("because our audience is still growing")."""
    text = reading.text
    if _stated_as_a_reason(text, trend.start, words):
        return None
    lo = max(0, trend.start - _LOOKBACK)
    # The thing stands in the trend's own clause: "value. A rising engagement rate", "healthy; rising
    # engagement" name no trend of "value" or "healthy".
    breaks = list(_BREAK_BEFORE.finditer(text, lo, trend.start))
    lo = breaks[-1].end() if breaks else lo
    before = [m for m in _WORD.finditer(text, lo, trend.start)][-3:]
    for m in reversed(before):
        low = _low(m.group())
        if low in words.light or low in words.relative or low in _AUXILIARIES:
            continue
        return m
    return None


def _words_after(reading: Reading, hit: Hit, ends: re.Pattern[str] = _CLAUSE_END, most: int = _MOST_WORDS_READ
                 ) -> tuple[list[tuple[str, int, int]], list[str]]:
    """The first ``most`` words of the clause after ``hit``, with where they are, and lowered."""
    base, clause = _clause_after(reading.text, hit.end, ends)
    found = [(m.group(), base + m.start(), base + m.end()) for m in _WORD.finditer(clause)][:most]
    return found, [_low(w) for w, _, _ in found]


# What may stand before an asking "who": a clause start, or a word that takes a question after it
# ("look AT who", "SEE who", "and who").
_ASKS_REACH = 24
_ASKS_BEFORE = re.compile(
    r"(?:^|[,;:(\n]|\b(?:at|see|know|track|watch|check|measure|understand|learn|and|or|of|about|on|into|is|are)"
    r")[ \t]*+$",
    re.IGNORECASE,
)


def _asked(reading: Reading, hit: Hit, words: FrameWords) -> Framed | None:
    """"whether people come back" is retention, "are they clicking through?" clicks, "get more of
    them to comment" comments: someone counted, then what they do."""
    said = reading.text[hit.start : hit.end]
    if _low(said) in _YES_NO and _WH_BEFORE.search(reading.text, max(0, hit.start - _WH_REACH_CHARS), hit.start):
        return None  # "what did they read?", "where do people click?": asks what or where, not whether or how many
    found, lowered = _words_after(reading, hit)
    # "WHO is engaging": the asking word is who is counted; "is" only joins it to what they do. After
    # a noun it opens a relative clause ("a designer WHO clicks through"), which asks nothing.
    who = _low(said) in words.asked_people
    if who and not _ASKS_BEFORE.search(reading.text, max(0, hit.start - _ASKS_REACH), hit.start):
        return None
    for i, low in enumerate(lowered):
        action = words.counted.at(lowered, i) if who else None
        if action is not None:
            group, n = action
            start, last = found[i][1], found[i + n - 1][2]
            certain = _low(said).endswith("whether")  # "whether", "see whether"
            why = f'measured: "{said}" … "{reading.text[start:last]}"'
            return Framed(group, hit.start, last, why, (start, last), certain=certain, subject=(hit.end, start))
        if low in words.people:
            who = True
        elif who and low in words.light:
            continue
        elif who and _low(said) in words.asked_people and _ACTING.fullmatch(low) and reading.language == "en":
            # "I track WHO is helping others", "see who's answering questions": what the people counted are
            # doing, in any verb, is what is measured (a count of helpers, of people answering).
            start, last = found[i][1], found[i][2]
            why = f'measured: "{said}" … "{reading.text[start:last]}"'
            return Framed(f"described:{_stem(low)}", hit.start, last, why, (start, last), subject=(hit.end, start))
        elif who and reading.language == "en" and _MANNER_ADVERB.fullmatch(low):
            continue  # how they do it: "are people ACTIVELY participating", "whether members REGULARLY come back"
        elif low not in words.asked_filler and low not in words.skip:
            return None
    return None


# The yes-no asking words, and a question word right before one, which makes a question of something else.
_YES_NO = frozenset({"are", "do", "did", "does"})
_WH_BEFORE = re.compile(r"(?<![\w'’])(?:what|which|where|when|why|how|who|whom)[ \t]++\Z", re.IGNORECASE)
_WH_REACH_CHARS = 8


# An English adverb of manner or frequency, three letters or more before "-ly": "actively", "regularly".
_MANNER_ADVERB = re.compile(r"[a-z]{3,}ly")


# An English present participle of four letters or more before "-ing": "helping", "answering", "posting".
_ACTING = re.compile(r"[a-z]{4,}ing")


# The light verbs of a passive that may follow "what" directly: "what gets shared", "what got clicked".
_PASSIVE_GET = frozenset({"gets", "get", "got", "getting"})


# What ranks the things a "which" picks out: "are most popular", "is the least read", "perform best", "did worst".
_RANK_VERBS = frozenset({"is", "are", "was", "were", "perform", "performs", "performed", "do", "does", "did", "work",
                         "works", "worked", "get", "gets", "got"})
_RANK_WORDS = frozenset({"most", "least", "best", "worst", "top"})


def _ranked(found: list[tuple[str, int, int]], lowered: list[str], i: int) -> tuple[int, str] | None:
    """(where it ends, the words) of a ranking after word ``i``: a verb of _RANK_VERBS, maybe "the", then a word of
    _RANK_WORDS, with the word after "most" or "least" ("most popular")."""
    if i >= len(lowered) or lowered[i] not in _RANK_VERBS:
        return None
    j = i + 1 + (i + 1 < len(lowered) and lowered[i + 1] == "the")
    if j >= len(lowered) or lowered[j] not in _RANK_WORDS:
        return None
    if lowered[j] in ("most", "least"):
        j += 1
        if j >= len(lowered):
            return None
    return found[j][2], " ".join(w for w, _, _ in found[i : j + 1])


def _which(reading: Reading, hit: Hit, named: list[tuple[int, int]], words: FrameWords) -> Framed | None:
    """"which posts get saved", "what content gets shared": a thing picked out by what is done to it.
    Only a thing and then a counted action: no people ("which people like"), no named metric."""
    found, lowered = _words_after(reading, hit)
    for i, low in enumerate(lowered):
        if low in words.skip:
            continue
        start, end = found[i][1], found[i][2]
        # "what gets shared": the thing left unsaid, picked out by the counted action alone. Only "what"
        # ("which" after a noun opens a relative clause: "a post which gets shared").
        if low in _PASSIVE_GET and reading.text[hit.start : hit.end].lower() == "what":
            done = _done_to(found, lowered, i, words)
            if done is None:
                return None
            group, verb_start, last = done
            why = f'measured: "what {reading.text[start:end]}" … "{reading.text[verb_start:last]}"'
            return Framed(group, hit.start, last, why, (verb_start, last))
        if (low in words.people or low in words.not_things or low in words.light or low in words.relative
                or _overlaps(start, end, named) or words.counted.at(lowered, i) is not None):
            return None
        ranked = _ranked(found, lowered, i + 1)
        if ranked is not None:
            # "which pages are most popular", "which posts perform best": the things ranked by how they do.
            last, how = ranked
            why = f'measured: "{reading.text[hit.start : hit.end]} {found[i][0]}" … "{how}"'
            return Framed(f"ranked:{_stem(low)}", hit.start, last, why, (start, last), subject=(start, end))
        done = _done_to(found, lowered, i + 1, words)
        if done is None:
            return None
        group, verb_start, last = done
        said = reading.text[hit.start : hit.end]
        why = f'measured: "{said} {found[i][0]}" … "{reading.text[verb_start:last]}"'
        return Framed(group, hit.start, last, why, (verb_start, last), subject=(start, end))
    return None


def _speed_action_at(reading: Reading, hit: Hit, found: list[tuple[str, int, int]], lowered: list[str], i: int,
                     words: FrameWords) -> Framed | None:
    """The time of the speed action ("answer", "get back to people") starting at word ``i`` after ``hit``."""
    action = words.speed_actions.at(lowered, i)
    if action is None:
        return None
    group, n = action
    start, last = found[i][1], found[i + n - 1][2]
    why = f'measured: "{reading.text[hit.start : hit.end]}" … "{reading.text[start:last]}"'
    return Framed(group, hit.start, last, why, (start, last))


def _speedy(reading: Reading, hit: Hit, words: FrameWords) -> Framed | None:
    """"how quickly we get back to people", "the time it takes us to answer": how fast something is
    done names that time (response time, resolution time). What is done fast stands before a comma: in "the
    speed at which messages spread on social media, to respond promptly" the messages spread, no one responds
    fast."""
    found, lowered = _words_after(reading, hit, _COUNTED_END)
    for i in range(len(lowered)):
        framed = _speed_action_at(reading, hit, found, lowered, i, words)
        if framed is not None:
            return framed
    return None


_TIME_TO_REACH = 2


def time_taken_for(text: str, start: int, words: FrameWords) -> bool:
    """Whether "time to ..." at ``start`` is time someone takes or has ("take the time to reply", "it's
    time to answer", "plenty of time to respond"): advice or a moment, not a number."""
    before = [_low(m.group()) for m in _WORD.finditer(text, max(0, start - _LOOKBACK), start)][-2:]
    return any(w in words.time_to_not_after for w in before) and not _a_noun_after(text, start, words)


def _a_noun_after(text: str, start: int, words: FrameWords) -> bool:
    """Whether "time to" at ``start`` is followed (past "first") by a noun of [time_to_nouns], which the idiom's
    verb cannot be: "a high time to first response"."""
    after = [_low(m.group()) for m in _WORD.finditer(text, start, start + _LOOKBACK)][2:4]
    if after[:1] and after[0] in ("first", "1st", "initial"):
        after = after[1:]
    return bool(after) and after[0] in words.time_to_nouns


def _timed(reading: Reading, hit: Hit, words: FrameWords) -> Framed | None:
    """"time to close modqueue items", "average time to first reply": a speed action right after
    "time to" (past "first") is that time; not after "take the", "it's", "plenty of" (advice, not a number)."""
    if time_taken_for(reading.text, hit.start, words):
        return None
    found, lowered = _words_after(reading, hit)
    for i in range(min(len(lowered), _TIME_TO_REACH)):
        framed = _speed_action_at(reading, hit, found, lowered, i, words)
        if framed is not None:
            return framed
        if lowered[i] not in ("first", "1st", "initial"):
            return None
    return None


# A list of what is done: single words or a counted action's words, parted by commas, slashes, "and",
# "or" ("liked/reacted, commented, clicked, or shared"). Read in the bounded words after its opener.
_LIST_MARKS = frozenset(",/&")


def _parted(gap: str) -> bool:
    """Whether the text between two words of a list parts its items: a comma, a slash or a joining word."""
    rest = gap.strip(" \t,/&")
    joins = rest.lower().split()
    return (any(c in _LIST_MARKS for c in gap) or bool(joins)) and all(w in _JOINS for w in joins)


def _action_list(reading: Reading, found: list[tuple[str, int, int]], lowered: list[str], i: int,
                 words: FrameWords) -> list[tuple[str, int, int, str]]:
    """The items of a list of actions starting at word ``i``: (metric group or "", start, end, word) each."""
    out: list[tuple[str, int, int, str]] = []
    previous_end = -1
    while i < len(found):
        j = i
        while previous_end >= 0 and j < len(found) and lowered[j] in _JOINS:
            j += 1
        if j == len(found) or (previous_end >= 0 and not _parted(reading.text[previous_end : found[j][1]])):
            break
        action = words.counted.at(lowered, j)
        n = action[1] if action is not None else 1
        out.append((action[0] if action is not None else "", found[j][1], found[j + n - 1][2], lowered[j]))
        previous_end, i = found[j + n - 1][2], j + n
    return out


# What may stand before who is counted by what they do: a clause's start, list punctuation, or a word that
# names them rather than does something to them ("what I measure IS people who click", "defined AS people
# who liked"; not "I reply TO people who comment").
_WHO_BEFORE = re.compile(
    r"(?:^|[,;:(•*\n/]|\b(?:is|are|was|were|as|and|or|the|all|measure|measures|count|counts|track|tracks|watch|"
    r"see|check|y|o|und|oder|et|ou|e|los|las|les|die|os|as|des)\b)"
    # Who they are may be said first: "new members who post", "returning customers who buy".
    r"(?:[ \t]*+(?:new|returning|first-time|repeat|existing|unique|paying|loyal|engaged|inactive|active))?+[ \t]*+$",
    re.IGNORECASE,
)


def _who_acts(reading: Reading, words: FrameWords) -> list[Framed]:
    """"people who click through to the shop", "people who liked/reacted, commented, clicked, or shared":
    who is counted, named by what they do. Each counted action of the list is a metric, in a sentence
    about metrics; a list that does not open with one counts nothing ("people who feel ignored")."""
    out: list[Framed] = []
    # The pattern starts with the people's first letters, most of a text's letters: it is tried at nearly every
    # one (about 130 k instructions over a reply of 170 characters); a reply with no relative word is not read.
    if not may_hold(reading.text, words.relative_folded):
        return out
    for m in words.who_acts.finditer(reading.text):
        if not _WHO_BEFORE.search(reading.text, max(0, m.start() - _ASKS_REACH), m.start()):
            continue
        base, clause = _clause_after(reading.text, m.end())
        found = [(w.group(), base + w.start(), base + w.end()) for w in _WORD.finditer(clause)][:_MOST_WORDS_READ]
        lowered = [_low(w) for w, _, _ in found]
        i = 0
        while i < len(lowered) and (lowered[i] in words.light or lowered[i] in words.reflexive):
            i += 1
        items = _action_list(reading, found, lowered, i, words)
        if not items or not items[0][0]:
            continue
        who = reading.text[m.start() : m.end()]
        for n, (group, start, end, _) in enumerate(items):
            if group:  # the first action is told with who does it: "people who click"
                why = f'measured: "{who}" … "{reading.text[start:end]}"'
                at = m.start() if n == 0 else start
                out.append(Framed(group, at, end, why, (start, end), subject=(m.start(), m.end())))
    return out


# A participle of a list after a passive word: "liked", "seen". Two counted ones make metrics.
_PARTICIPLE_ENDS = ("ed", "en")
_PASSIVE_ACTIONS = 2


def _done_in_a_list(reading: Reading, hit: Hit, words: FrameWords) -> list[Framed]:
    """"whether what I say is BEING heard, liked, commented, shared": a list of participles after a
    passive word, two or more of them counted actions, names each of those metrics."""
    found, lowered = _words_after(reading, hit)
    items = _action_list(reading, found, lowered, 0, words)
    # Only participles count: "gets likes, comments and shares" names its metrics by itself.
    counted = [item for item in items if item[0] and item[3].endswith(_PARTICIPLE_ENDS)]
    if len(counted) < _PASSIVE_ACTIONS:
        return []
    said = reading.text[hit.start : hit.end]
    return [Framed(group, start, end, f'measured: "{said}" … "{reading.text[start:end]}"', (start, end))
            for group, start, end, _ in counted]


# How far before a change head its size word is looked for.
_SIZE_REACH_CHARS = 24


@cache
def _changes() -> tuple[frozenset[str], re.Pattern[str]]:
    """metric_frames.toml [change_heads], and a pattern of a word of [change_sizes] (or one ending in "-est") ending
    where it is searched up to."""
    table = toml_table("metric_frames.toml")
    sizes = "|".join(re.escape(w) for w in sorted(table["change_sizes"]["en"], key=len, reverse=True))
    return (frozenset(w.lower() for w in table["change_heads"]["en"]),
            re.compile(r"(?<![\w'’])(?:\w+est|" + sizes + r")[ \t]++\Z", re.IGNORECASE))


def _sized_change(text: str, hit: Hit) -> bool:
    """A change named after how big it was, not after what moved ("a view jump" names views; "the biggest jump", "a
    sudden spike" name nothing)."""
    heads, size_before = _changes()
    return text[hit.start : hit.end].lower() in heads and size_before.search(
        text, max(0, hit.start - _SIZE_REACH_CHARS), hit.start) is not None


# What ends the span a time runs over: "the time FROM a complaint TO its fix", "time BETWEEN a post AND the first
# reply".
# A span names two events, each a few words: "from the first customer message to when the ticket is closed".
_SPAN_WORDS_READ = 14
_SPAN_ENDS = frozenset({"to", "and", "until", "till", "hasta", "bis", "jusqu'à", "até", "y", "und", "et", "e"})


def _spanned(reading: Reading, hit: Hit, words: FrameWords) -> Framed | None:
    """"the time from the first message to when the ticket is closed" is resolution time, "the time between a post
    and its first reply" response time: a speed action after the word ending the span names the time. Not time
    someone takes or has ("I spend time from my mornings replying")."""
    if time_taken_for(reading.text, hit.start, words):
        return None
    found, lowered = _words_after(reading, hit, _COUNTED_END, _SPAN_WORDS_READ)
    end = next((i for i, w in enumerate(lowered) if w in _SPAN_ENDS), None)
    if end is None:
        return None
    for i in range(end + 1, len(lowered)):
        framed = _speed_action_at(reading, hit, found, lowered, i, words)
        if framed is not None:
            return framed
    return None


@cache
def _compound_words() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """metric_frames.toml [compound_heads] and [compound_things], German: a word ending in a head, and what each
    head measures and what may be counted."""
    table = toml_table("metric_frames.toml")
    heads: dict[str, str] = table["compound_heads"]["de"]
    things = frozenset(w.lower() for w in table["compound_things"]["de"])
    alternation = "|".join(sorted(heads, key=len, reverse=True))
    # A word of at least two letters before the head, or that word's first part left by an elision before "und",
    # "oder" or a comma ("Fan- und Followeranzahl").
    word = re.compile(rf"(?<![\w-])(?P<thing>[^\W\d_]{{2,}}?)(?P<head>{alternation})(?![\w-])", re.IGNORECASE)
    return word, heads, things


# The first part of an elided compound before one written out: "Fan- und Followeranzahl", "Like-, Klick- und ...".
_ELIDED_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]{2,}+)-[ \t]*+(?:,[ \t]*+|(?:und|oder|bzw\.)[ \t]++)\Z", re.IGNORECASE)
_ELIDED_REACH_CHARS = 40


def _counted_part(part: str, things: frozenset[str]) -> str | None:
    """The thing a compound's first part counts, a linking "s" read past ("Konversions-"), or None."""
    low = part.lower()
    if low in things:
        return low
    if low.endswith("s") and low[:-1] in things:
        return low[:-1]
    return None


def _glued_compounds(reading: Reading, named: list[tuple[int, int]]) -> list[Framed]:
    """German counts glued in one word ("Followeranzahl", "Klickzahlen", "Fan- und Followeranzahl"): each a metric
    of what its first part counts and what its head measures. A word the lexicon names counts by itself."""
    word, heads, things = _compound_words()
    lower = reading.prepared.lower
    if not any(head in lower for head in heads):
        return []  # no head anywhere, at C speed: most replies
    out: list[Framed] = []
    for m in word.finditer(reading.text):
        if _overlaps(m.start(), m.end(), named):
            continue
        thing = _counted_part(m.group("thing"), things)
        if thing is None:
            continue
        measure = heads[m.group("head").lower()]
        said = m.group()
        out.append(Framed(f"measure:{thing} {measure}", m.start(), m.end(), f'measured: "{said}" (a count glued to '
                          "what it counts)", (m.start(), m.end()), certain=True))
        elided = _ELIDED_BEFORE.search(reading.text, max(0, m.start() - _ELIDED_REACH_CHARS), m.start())
        other = _counted_part(elided.group(1), things) if elided is not None else None
        if elided is not None and other is not None and other != thing:
            out.append(Framed(f"measure:{other} {measure}", elided.start(1), elided.end(1),
                              f'measured: "{elided.group(1)}- … {m.group("head")}" (a count glued to what it counts)',
                              elided.span(1), certain=True))
    return out


def framed_metrics(reading: Reading, named: list[tuple[int, int]]) -> tuple[list[Framed], set[int]]:
    """Metrics found by the grammar frames, and the sentences a quantity makes about metrics.
    ``named``: sorted spans of metrics the lexicon named (they count by themselves)."""
    words = frame_words()
    out: list[Framed] = []
    sentences: set[int] = set()
    for hit in words.speed.find(reading.prepared):
        framed = _speedy(reading, hit, words)
        if framed is not None:
            out.append(framed)
            sentences.add(reading.layout.index_at(hit.start))
    for hit in words.time_to.find(reading.prepared):
        framed = _timed(reading, hit, words)
        if framed is not None:
            out.append(framed)  # a metric only in a sentence about metrics: it makes none
    for hit in words.time_span.find(reading.prepared):
        framed = _spanned(reading, hit, words)
        if framed is not None:
            out.append(framed)
            sentences.add(reading.layout.index_at(hit.start))
    fast = sorted((f.start, f.end) for f in out)
    quantities = words.quantities.find(reading.prepared)
    slipped = _slipped_quantities(reading) if reading.language == "en" else []
    if slipped:
        quantities = sorted([*quantities, *slipped], key=lambda h: h.start)
    # A quantity word right before another is part of its phrase, as "total" is of "total number of": the phrase
    # counts one thing, once, and the verb before it ("I watch the total number of reviews") is not what is counted.
    heads = {h.start for h in quantities}
    quantities = [h for h in quantities if h.end + 1 not in heads or reading.text[h.end] not in " \t"]
    for hit in quantities:
        if hit.key == _NOT_A_QUANTITY:
            continue  # "Quanto às métricas, ...": a topic, no amount asked
        if _overlaps(hit.start, hit.end, fast):
            continue  # "how quickly we answer" is read above, as a time
        framed = _counted(reading, hit, named, words)
        if framed is not None and _overlaps(framed.start, framed.end, fast):
            continue  # "the average time it takes us to respond" is one time, read above
        acted = _action_before(reading, hit, words)
        if framed is not None and framed.key.startswith("described:") and acted is not None:
            # "we reached this many people": the action says what the people counted measure.
            group, at = acted
            why = f'measured: "{reading.text[at:framed.end]}"'
            framed = Framed(group, at, framed.end, why, framed.thing)
        if framed is not None:
            framed = replace(framed, counted=True)
            out.append(framed)
            if not framed.key.startswith("described:"):
                # "this many people clicked or engaged"; or each with what it is done to: "how many people read my
                # posts, click my links and share them".
                out += _joined_actions(reading, framed, words) or _joined_verb_phrases(reading, framed, words)
        if framed is None or not framed.key.startswith("described:"):
            # "how many people clicked", "number of followers": counting people or what they do
            # is measuring; "how many coffees" is not, unless the sentence is about metrics anyway.
            sentences.add(reading.layout.index_at(hit.start))
    if reading.language == "de":
        for framed in _glued_compounds(reading, named):
            out.append(framed)
            sentences.add(reading.layout.index_at(framed.start))
    taken = sorted((f.start, f.end) for f in out)
    for hit in words.asked.find(reading.prepared):
        framed = _asked(reading, hit, words)
        if framed is not None and not _overlaps(framed.start, framed.end, taken):
            out.append(framed)
            out += _joined_verb_phrases(reading, framed, words) or _elliptical_follow_ups(reading, framed, words)
    taken = sorted((f.start, f.end) for f in out)
    for hit in words.which.find(reading.prepared):
        framed = _which(reading, hit, named, words)
        if framed is not None and not _overlaps(framed.start, framed.end, taken):
            out.append(framed)
    taken = sorted((f.start, f.end) for f in out)
    for hit in words.measures.find(reading.prepared):
        if _sized_change(reading.text, hit):
            continue
        framed = _measured(reading, hit, named, words)
        if framed is not None and not _overlaps(framed.start, framed.end, taken):
            out.append(framed)
    taken = sorted((f.start, f.end) for f in out)
    for hit in words.states.find(reading.prepared):
        framed = _stated(reading, hit, named, words)
        if framed is not None and not _overlaps(framed.start, framed.end, taken):
            out.append(framed)
    for hit in [*words.trends.find(reading.prepared), *words.moved.find(reading.prepared)]:
        moving = _moving(reading, hit, words)
        if moving is None:
            continue
        if _overlaps(moving.start(), moving.end(), named) or _overlaps(moving.start(), moving.end(), taken):
            # "Our reach dipped", "followers grew", "my follower ratio went from 1:1 to 3:1": a number said to move is
            # watched, so an everyday word that may name a metric ("reach", "views"), or a measure ("follower
            # ratio"), names one in this sentence, as beside a metric cue.
            sentences.add(reading.layout.index_at(moving.start()))
        elif hit.key == "trend":
            low = _low(moving.group())
            if low not in words.not_things and low not in words.skip:  # "it grows", "the ... grows" name nothing
                out.append(_trending(reading, hit, moving))
    for hit in words.rated.find(reading.prepared):
        said = reading.text[hit.start : hit.end]
        out.append(Framed("csat", hit.start, hit.end, f'asked to rate: "{said}"', (hit.start, hit.end), certain=True))
    done = _who_acts(reading, words)
    if done:
        # Who is counted, named by what they do, says more than a state of the same people: "new members who post
        # in their first week" is a count of posting members, not of new ones.
        acting = sorted(f.subject for f in done)
        out = [f for f in out if not (f.key.startswith("state:") and _overlaps(f.start, f.end, acting))]
    taken = sorted((f.start, f.end) for f in out)
    for hit in words.passive.find(reading.prepared):
        done += _done_in_a_list(reading, hit, words)
    out += [f for f in done if not _overlaps(f.start, f.end, taken)]
    if reading.language == "en":
        taken = sorted((f.start, f.end) for f in out)
        out += [f for f in _reported_figures(reading, named, words, sentences) if not _overlaps(f.start, f.end, taken)]
    out.sort(key=lambda f: f.start)
    return out, sentences


# A figure: digits (with thousands marks and a "k"), then maybe a share sign, after the space or tab that ends the
# verb before it (_VERB_BEFORE_FIGURE's last item, whether or not a hedge stands between; a figure after anything
# else reports nothing). Found by its first digit, so a scan skips to digits; what stands before it is read in a
# bounded window. A quoted-printable body's "=E2=80=94" holds no such figure: its "80" and "94" were figures (after
# a character no word holds), each searched for a verb in the 40 characters before it.
_FIGURE_AFTER_A_SPACE = re.compile(
    r"\d(?<=[ \t]\d)[\d,.]*+[kK]?+(?![\w])(?P<share>[ \t]*+(?:%|percent\b|per[ \t]++cent\b))?+")
# The verb before a figure, with a hedge between ("received ABOUT 300", "answered OVER 90%", "have BETWEEN 4,500 AND
# 5,500"), maybe in quote marks ('"liked" more than 1,000 times').
_VERB_BEFORE_FIGURE = re.compile(
    r"(?<![\w'’])([a-z]++)[\"”]?+[ \t]++"
    r"(?:(?:about|around|over|nearly|almost|roughly|some|just|only|under|more[ \t]++than|"
    r"close[ \t]++to|up[ \t]++to|between[ \t]++\d[\d,.]*+[kK]?+[ \t]++and)[ \t]++)?+\Z", re.IGNORECASE)
_FIGURE_LOOKBACK = 40
# A capital after a small letter inside a word: a name ("SharePoint", "YouTube"), never a verb.
_CAMEL_CASE = re.compile(r"[a-z][A-Z]")
# What follows a share: "of them", "of all tickets" (passed over), then the thing, or a first contact.
_OF_WHAT = re.compile(r"[ \t]++of[ \t]++(?:them|those|these|it|all|the|our|their)\b", re.IGNORECASE)
_THING_AFTER = re.compile(r"[ \t]++(?:new[ \t]++|more[ \t]++|incoming[ \t]++|inbound[ \t]++)?+([a-z][\w'’]*+)",
                          re.IGNORECASE)
_FIRST_CONTACT = re.compile(r"[^.!?;\n]{0,40}?\bfirst[ \t\-]++(?:contact|touch|reply|response)\b", re.IGNORECASE)


@cache
def _figure_words() -> tuple[frozenset[str], dict[str, str], frozenset[str], frozenset[str]]:
    """metric_frames.toml [figure_verbs], [figure_outcomes] (verb -> metric group), [figure_things],
    [figure_hedges]."""
    table = toml_table("metric_frames.toml")
    outcomes = {_low(v): group for group, verbs in table["figure_outcomes"].items() for v in verbs}
    return (_words_of(table["figure_verbs"]), outcomes, _words_of(table["figure_things"]),
            _words_of(table["figure_hedges"]))


# People counted by a figure, then what they do: "after each mailing 3–4 PEOPLE UNSUBSCRIBE", "1,200 people clicked
# through" (an adjective between: "40 new members joined"). A range may stand for the figure.
_PEOPLE_AFTER_FIGURE = re.compile(
    r"(?:[-–−][\d,.]++)?+[ \t]++(?:(?:new|more|other|unique|active|regular)[ \t]++)?+([a-z]++)[ \t]++"
    r"([a-z]++)(?:[ \t]++([a-z]++))?+", re.IGNORECASE)
# A figure under ten counts people only as a range or with a period it recurs in ("after EACH mailing").
_RECURRING = re.compile(r"(?<![\w'’])(?:each|every|per|a[ \t]++(?:day|week|month|year))(?![\w'’])", re.IGNORECASE)


def _people_acting_after(reading: Reading, figure: re.Match[str], words: FrameWords) -> Framed | None:
    """A figure right before people ([people]) and a counted action they do: a count of that action ("3–4 people
    unsubscribe" counts unsubscribes), as "how many people unsubscribe" does."""
    text = reading.text
    after = _PEOPLE_AFTER_FIGURE.match(text, figure.end())
    if after is None or _low(after.group(1)) not in words.people:
        return None
    lowered = [_low(w) for w in after.groups()[1:] if w]
    i = 1 if lowered[0] in words.light and len(lowered) > 1 else 0
    action = words.counted.at(lowered, i)
    if action is None:
        return None
    ranged = text[figure.end() : after.start(1)].lstrip()[:1] in ("-", "–", "−")
    if figure.group("share") is None and not ranged and len(figure.group().replace(",", "").split(".")[0]) < 2:
        sentence = reading.sentence(figure.start())
        if _RECURRING.search(text, sentence.start, sentence.end) is None:
            return None  # "2 people complained at the launch": a story, not a figure watched
    end = after.end(1 + i + action[1])  # the action's last word: group 2 is the first word after the people
    said = text[figure.start() : end]
    return Framed(action[0], figure.start(), end, f'people counted by a figure: "{said}"', (figure.start(), end),
                  certain=True)


# A share, then what was done to it in the passive: "34.7% have been opened", "12% of them were clicked".
_SHARE_DONE_TO = re.compile(
    r"[ \t]++(?:of[ \t]++(?:them|those|these|the[ \t]++[a-z]++|[a-z]++)[ \t]++)?+"
    r"(?:(?:have|has|had)[ \t]++been|were|was|got|get)[ \t]++(?P<done>[a-z]++)(?![\w'’])", re.IGNORECASE)


def _reported_figures(reading: Reading, named: list[tuple[int, int]], words: FrameWords,
                      sentences: set[int]) -> list[Framed]:
    """Figures told as what was done: "we received 1,240 messages" (a count of messages), "answered 96% of them"
    (response rate), "closed 81% on first contact" (first-contact resolution), "gained 900 followers". Each is said
    plainly enough to count in any sentence; a figure of a named metric makes its sentence one about metrics, so an
    everyday name counts there ("we have between 4,500 and 5,500 visitors each day"), added to ``sentences``."""
    text = reading.text
    verbs, outcomes, things, hedges = _figure_words()
    out: list[Framed] = []
    # What counted action each verb is, asked once per verb: a reply of figures repeats its few verbs thousands of
    # times, and each question reads every counted action.
    acted_as: dict[str, tuple[str, int] | None] = {}
    for m in _FIGURE_AFTER_A_SPACE.finditer(text):
        acting = _people_acting_after(reading, m, words)
        if acting is not None:
            if not _overlaps(acting.start, acting.end, named):
                out.append(acting)
            continue
        if not m.group("share") and len(m.group().rstrip("kK").replace(",", "").split(".")[0]) < 2:
            continue  # "answered 3 questions at the interview": a count under ten is a story, not a figure
        done_to = _SHARE_DONE_TO.match(text, m.end()) if m.group("share") and reading.language == "en" else None
        if done_to is not None:
            # "just 34.7% have been opened", "12% of them were clicked": the share a counted action was done to is
            # that action's rate.
            participle = _low(done_to.group("done"))
            if participle not in acted_as:
                acted_as[participle] = words.counted.at([participle], 0)
            acted = acted_as[participle]
            if acted is not None and acted[1] == 1 and not _overlaps(m.start(), done_to.end(), named):
                said = text[m.start() : done_to.end()]
                out.append(Framed(acted[0], m.start(), done_to.end(), f'reported as a figure: "{said}"',
                                  (m.start(), done_to.end()), certain=True))
                continue
        before = _VERB_BEFORE_FIGURE.search(text, max(0, m.start() - _FIGURE_LOOKBACK), m.start())
        if before is None:
            continue
        if _CAMEL_CASE.search(before.group(1)):
            continue  # "SharePoint 2010", "YouTube 2024": a name in capitals inside the word, no verb
        verb = _low(before.group(1))
        if verb in hedges:
            continue  # "something like 4,500 followers": about so many, no act
        end = m.end()
        of = _OF_WHAT.match(text, end) if m.group("share") else None
        thing = _THING_AFTER.match(text, of.end() if of else end)
        noun = _low(thing.group(1)) if thing else ""
        if verb not in acted_as:
            acted_as[verb] = words.counted.at([verb], 0)
        acted = acted_as[verb]
        if acted is not None and acted[1] == 1:
            group = acted[0]
        elif verb in outcomes and m.group("share"):
            group = outcomes[verb]
            if group == "resolution" and _FIRST_CONTACT.match(text, end):
                group = "first_contact_resolution"
        elif thing is not None and verb in verbs and noun in things:
            group = f"described:{_stem(noun)}"
            end = thing.end(1)
        else:
            continue
        if _overlaps(before.start(1), end, named):
            sentences.add(reading.layout.index_at(before.start(1)))
            continue  # "gained 900 followers": the named metric counts by itself
        said = text[before.start(1) : end]
        out.append(Framed(group, before.start(1), end, f'reported as a figure: "{said}"', (before.start(1), end),
                          certain=True))
    return out
