"""Whose evidence is it? A tool or metric whose clause's subject is another person is not the
candidate's ("My manager uses Agorapulse and Talkwalker; I just write the posts", "she watches reach").

The subject is the nearest person word before the mention in its clause, at most _BACK characters
back: the candidate's ("I", "we", "us", "my team") lets it stand; another person's ("my manager",
"our agency", "she") takes it, when it stands as a subject (opening the clause, after punctuation or
a conjunction; not "with my manager", not "my boss's") and the candidate does not take the same thing
up later in the sentence ("... and I use it daily", "..., which I check"). Words in
bot/lexicons/subjects.toml. Each mention reads at most _BACK characters before it and _AHEAD after it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache
from itertools import chain
from operator import methodcaller

from bot.evaluation.lexicon import language_entries, toml_table
from bot.evaluation.patterns import Matcher, Prepared, fold, grouped_by_first_character
from bot.evaluation.reading import Reading

_BACK = 100
_AHEAD = 100
# What may follow a subject that is no verb: a possessive, or the candidate joined to it.
_NOT_A_VERB = re.compile(r"\s*+(?:['’]s?(?!\w)|(?:and|&|or|y|und|et|e)\s++(?:i|me|we|us|yo|ich|wir|je|moi|eu)(?!\w))")


def _alternation(phrases: set[str]) -> str:
    """Longest first; a space is any run of spaces, an apostrophe either shape ("I'm", "I’m"); grouped by
    first letter where that can be done."""
    folded = [fold(p.lower()) for p in sorted(phrases, key=len, reverse=True)]
    return grouped_by_first_character([re.escape(p).replace(r"\ ", r"\s++").replace("'", "['’]") for p in folded])


def _of(table: dict[str, list[str]], language: str) -> set[str]:
    return {p for lang in ("en", language) for p in table.get(lang, [])}


@cache
def _person_words(language: str) -> tuple[str, str, str]:
    """(the determiners, each with the space after it, the pronouns, the candidate's own words) as regex
    alternations: every person word starts with one of them."""
    table = toml_table("subjects.toml")
    others = table["others"]
    # A determiner, then a space, or nothing after an elided one ("l'agence").
    dets = "|".join(re.escape(fold(d.lower())) + (r"\s*+" if d.endswith(("'", "’")) else r"\s++")
                    for d in sorted(_of(others["determiners"], language), key=len, reverse=True))
    # Pronouns of the reply's own language only: Spanish "he" is "I have" ("He usado Hootsuite").
    pronouns = set(others["pronouns"].get(language, []))
    return dets, _alternation(pronouns) if pronouns else "", _alternation(_of(table["selves"], language))


@cache
def _person_openers(language: str) -> re.Pattern[str]:
    """Where a person word (the person pattern) or a named group ("by the growth team", _owner_after) may
    start: a determiner in either spelling, a pronoun or one of the candidate's own words after no word
    character. A zero-width match, so a whole-reply scan finds every such place."""
    table = toml_table("subjects.toml")
    dets, pronouns, selves = _person_words(language)
    group_dets = _alternation(_of(table["others"]["determiners"], language))
    words = "|".join(f"(?:{alt})" for alt in (dets, pronouns, selves, group_dets) if alt)
    return re.compile(rf"(?<![\w'’])(?=(?:{words}))")


_LEADING_WORD = re.compile(r"[\w'’]*")


@cache
def _opener_keys(language: str) -> tuple[str, ...] | None:
    """The word-index keys ("=" + a word) of the words a person word may start with: the first word of each
    determiner, pronoun and own word, as the index writes it (apostrophes straight, none at the end). A
    person word starts where a word does (it follows no word character or apostrophe), and that word starts
    with one of them; None when some phrase does not start with a word."""
    table = toml_table("subjects.toml")
    phrases = (_of(table["others"]["determiners"], language) | set(table["others"]["pronouns"].get(language, []))
               | _of(table["selves"], language))
    keys = set()
    for phrase in phrases:
        first = _LEADING_WORD.match(fold(phrase.lower())).group().replace("’", "'").rstrip("'")  # type: ignore[union-attr]
        if not first:
            return None
        keys.add("=" + first)
    return tuple(sorted(keys))


# The reply whose person-word openers were last found, and their places (sorted): one look at the reply's
# word index answers, for each mention, whether its clause can name a person at all.
_OPENERS: tuple[Prepared, str, list[int]] | None = None


def _opener_starts(reading: Reading) -> list[int]:
    """Every place a person word may start (a superset, sorted)."""
    global _OPENERS
    memo = _OPENERS
    prepared = reading.prepared
    if memo is not None and memo[0] is prepared and memo[1] == reading.language:
        return memo[2]
    keys = _opener_keys(reading.language)
    if keys is None or "‘" in prepared.lower:
        # A word after "x‘" is no word of the index (it runs on through the quote mark): scan for them.
        starts = [m.start() for m in _person_openers(reading.language).finditer(prepared.lower)]
    else:
        # The places of the keys starting like an opener, gathered at C speed (a Python step per key of the index
        # and per place before).
        index = prepared.index
        starts = sorted(chain.from_iterable(map(index.__getitem__, filter(methodcaller("startswith", keys), index))))
    _OPENERS = (prepared, reading.language, starts)
    return starts


def _at_openers(pattern: re.Pattern[str], lower: str, openers: list[int], lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(lower, lo, hi)`` for a pattern that matches only where a person word may start (a person
    word, or a named group after a determiner): tried at those places (``openers``, _opener_starts) alone. A scan
    that starts with a look-behind is tried at every character of the _BACK or _AHEAD read around each mention."""
    i = bisect.bisect_left(openers, lo)
    resume = lo
    while i < len(openers) and openers[i] < hi:
        at = openers[i]
        i += 1
        if at < resume:
            continue  # inside the match before, where finditer does not look
        m = pattern.match(lower, at, hi)
        if m is not None:
            yield m
            resume = max(m.end(), at + 1)


def _none_between(starts: list[int], lo: int, hi: int) -> bool:
    """No place of ``starts`` in [lo, hi)."""
    i = bisect.bisect_left(starts, lo)
    return i == len(starts) or starts[i] >= hi


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """(person words, a subject's lead-in, a relative pronoun after it, a subordinate clause's opener,
    the candidate taking a thing up) for a language."""
    table = toml_table("subjects.toml")
    others = table["others"]
    dets, pronouns, selves = _person_words(language)
    roles = _alternation(_of(others["roles"], language))
    # The words between a determiner and its role are no determiner: "the numbers MY CLIENT watches"; nor a
    # preposition, which makes the role its object ("the cost PER lead" is no person).
    prepositions = _alternation(_of(others["prepositions"], language))
    # A possessive may be one of them: "our AGENCY'S clients".
    modifiers = rf"(?:(?!(?:{dets})|(?:{prepositions})\s)[^\W\d_][\w-]*+(?:['’]s)?+\s++){{0,2}}"
    other = rf"(?:{dets}){modifiers}(?:{roles})s?" + (f"|{pronouns}" if pronouns else "")
    # A possessive ends a person word too ("my boss's"): read as no subject before a mention, as the
    # owner after one ("Sprout is my manager's thing").
    person = re.compile(
        rf"(?<![\w'’])(?:(?P<self>{selves})|(?P<other>{other}))"
        rf"(?:(?![\w'’])|(?=['’]s?(?!\w)))")
    subordinators = _of(table["subordinators"], language)
    openers = _alternation(_of(table["before_subject"], language) | subordinators)
    lead_in = re.compile(rf"(?:^|[,:;(\-–—•*>\n]|(?<![\w'’])(?:{openers}))\s*+$")
    relative = re.compile(rf"\s*+,?\s*+(?:{_alternation(_of(table['relatives'], language))})\s")
    subordinate = re.compile(rf"(?<![\w'’])(?:{_alternation(subordinators)})\s*+$")
    denied = _alternation(_of(table["taken_up"]["denied"], language))
    demands = re.compile(rf"\s++(?:[\w'’]+ly\s++|(?:{_alternation(_of(table['demands']['adverbs'], language))})\s++)?"
                         rf"(?:{_alternation(_of(table['demands']['verbs'], language))})(?![\w'’])")
    pointers = _of(table["taken_up"]["pointers_after"], language)
    # "that" points back only where it ends its clause ("and I love that", "we use that daily"); followed by a
    # clause it is a conjunction ("the data shows you that engagement is lower").
    after = _alternation(pointers - {"that"}) + (
        r"|that(?=\s*+(?:[.,;:!?)\n]|$)|\s++(?:daily|every|too|all|a\s++lot|constantly|regularly|often)(?![\w'’]))"
        if "that" in pointers else "")
    before = _alternation(_of(table["taken_up"]["pointers_before"], language))
    phrases = _of(table["taken_up"]["phrases"], language)
    said = f"|{_alternation(phrases)}" if phrases else ""
    taken_up = re.compile(
        rf"(?<![\w'’])(?:(?:{selves})\s++(?:(?!(?:{denied})(?![\w'’]))[\w'’-]++\s++){{0,2}}?(?:{after})"
        # "which I don't have yet": a pointer and a self word with a denial after them take nothing up.
        rf"|(?:{before})\s*+(?:{selves})(?!\s++(?:[\w'’]+\s++)?(?:{denied})(?![\w'’])){said})"
        rf"(?![\w'’])")
    # "The team, my manager included, watches reach": a person set aside inside the subject.
    aside = re.compile(rf"\s*+(?:{_alternation(_of(others['asides'], language))})(?![\w'’])")
    return person, lead_in, relative, subordinate, demands, taken_up, aside


@cache
def _owner_after(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the agent of a passive: "... are pulled from Brandwatch BY OUR ANALYST", the owner named after
    a copula: "Hootsuite IS WHAT MY BOSS uses", "Sprout IS MY MANAGER'S thing") for a language: what
    stands right before the person, who is found with the person pattern after it."""
    table = toml_table("subjects.toml")["owner_after"]
    passive = _alternation(_of(table["be"], language))
    # The agent: "by", after a form of "be" earlier in the clause.
    agent = re.compile(rf"(?<![\w'’])(?:{passive})(?![\w'’])(?:(?![.;!?]).)*?(?<![\w'’])"
                       rf"(?:{_alternation(_of(table['agent'], language))})\s++$", re.DOTALL)
    # "is what", "are mostly what": a relative whose subject is the person; without one, the person
    # owns the thing only with a possessive ("is my manager's thing").
    copula = re.compile(
        rf"(?<![\w'’])(?:{_alternation(_of(table['copula'], language))})\s++"
        rf"(?:(?:{_alternation(_of(table['adverbs'], language))})\s++){{0,2}}"
        rf"(?P<what>(?:{_alternation(_of(table['what'], language))})\s++)?$")
    dets = _alternation(_of(toml_table("subjects.toml")["others"]["determiners"], language))
    # "by the growth team": a named part of the company (not "by the team", "by our team").
    groups = _alternation(_of(table["groups"], language))
    group = re.compile(rf"(?<![\w'’])(?:{dets})\s++(?P<mod>(?:[^\W\d_][\w-]*+\s++){{1,2}}?)(?:{groups})s?(?![\w'’])")
    return agent, copula, group


def someone_elses(reading: Reading, start: int, end: int) -> str | None:
    """The other person whose clause names [start, end) (their words), or None when it is the
    candidate's or nobody's."""
    # Every person word starts at an opener (_person_openers): with none in the _BACK characters before the
    # mention, its clause names no subject there, and with none in the _AHEAD after it, no owner after it.
    openers = _opener_starts(reading)
    if _none_between(openers, start - _BACK, start):
        if _none_between(openers, end, end + _AHEAD):
            return _owned_next(reading, start)
        return _named_after(reading, start, end) or _owned_next(reading, start)
    lo, _ = reading.negation.clause(start, end)
    lo = max(lo, start - _BACK)
    person, lead_in, relative, subordinate, demands, taken_up, aside = _patterns(reading.language)
    lower = reading.prepared.lower
    found = list(_at_openers(person, lower, openers, lo, start))
    for k in range(len(found) - 1, -1, -1):
        m = found[k]
        if m.group("self"):
            if _OBJECT_SELF.search(lower, max(lo, m.start() - 8), m.start()):
                continue  # "The freelancer before me did everything in Loomly"
            if k and not found[k - 1].group("self") and not lower[found[k - 1].end() : m.start()].strip():
                continue  # "The agency we hired runs Sprinklr": "we" opens a clause about the agency
            return None
        if _NOT_A_VERB.match(lower, m.end()) or aside.match(lower, m.end()):
            continue
        if m.end() <= start and not lower[m.end() : start].strip() and reading.text[start : start + 1].islower():
            # "my Facebook friend growth", "member churn": the people counted, a word of the name ("my friend Google
            # Smith" names the friend).
            continue
        # "done by our analyst, who tracks reach": the subject of the relative clause.
        if not relative.match(lower, m.end()):
            opened = lead_in.search(lower[lo : m.start()])
            if not opened:
                continue
            # "Because my manager set it up, Hootsuite is our main tool": the subordinate clause ends
            # at its comma, and the mention after it is in the main clause.
            if subordinate.search(lower, lo, m.start()) and "," in lower[m.end() : start]:
                continue
        # "My clients care about reach", "my boss wants weekly numbers": what they ask of the candidate.
        if demands.match(lower, m.end()):
            return None
        sentence = reading.sentence(start)
        if taken_up.search(lower, end, min(sentence.end, end + _AHEAD)):
            return None
        return reading.text[m.start() : m.end()]
    return _named_after(reading, start, end) or _owned_next(reading, start)


# A next sentence that opens by pointing back and naming an owner: "Tracking those is my intern's job",
# "Both are my manager's", "They're what the agency uses".
_POINTING_OPENER = re.compile(
    r"\W*+(?:(?:honestly|but|and|well|so),?\s++)?(?:[a-z]{2,}+(?<=ing)\s++)?"
    r"(?:those|these|them|it|that|they|both|all\s++of\s++them|all\s++three|either)\s*+"
    r"(?:is|are|['’]s|['’]re|r)\s++(?:(?:all|really|basically|mostly|entirely|just)\s++)?"
    r"(?P<what>(?:what|something|the\s++(?:job|thing|department|domain|area|responsibility)\s++of)\s++)?")


def _owned_next(reading: Reading, start: int) -> str | None:
    """The owner the next sentence of the paragraph names for what this one listed, pointing back at
    it ("Likes, shares and comments? Tracking those is my intern's job.")."""
    layout = reading.layout
    index = layout.index_at(start)
    if index + 1 >= len(layout.sentences):
        return None
    following = layout.sentences[index + 1]
    if following.paragraph != layout.sentences[index].paragraph:
        return None
    lower = reading.prepared.lower
    opened = _POINTING_OPENER.match(lower, following.start, following.end)
    if opened is None:
        return None
    m = _patterns(reading.language)[0].match(lower, opened.end(), following.end)
    if m is None or not m.group("other"):
        return None
    possessive = lower.startswith(("'s", "’s", "s'", "s’"), m.end())
    if not (possessive or opened.group("what")):
        return None
    if _patterns(reading.language)[5].search(lower, m.end(), following.end):
        return None  # "It is my boss's call which we use": the candidate takes it up
    return reading.text[m.start() : m.end()]


def _named_after(reading: Reading, start: int, end: int) -> str | None:
    """The other person a mention with no subject before it belongs to, named after it in its clause:
    the agent of a passive ("Reports are pulled from Brandwatch by our analyst", "reach is tracked by
    the agency"; not "by me") or the owner after a copula ("Hootsuite is what my boss uses", "Sprout is
    my manager's thing", "are my director's KPIs"), unless the candidate comes in after them ("is what
    my boss set up and I use it daily", "is what my boss showed me")."""
    lower = reading.prepared.lower
    sentence = reading.sentence(start)
    hi = min(sentence.end, end + _AHEAD)
    semicolon = lower.find(";", end, hi)
    if semicolon >= 0:
        hi = semicolon
    person, _, _, _, demands, taken_up, _ = _patterns(reading.language)
    agent, copula, group = _owner_after(reading.language)
    head = max(sentence.start, start - _BACK)
    # "by the growth team": a named part of the company as the agent, wherever it stands among the people.
    openers = _opener_starts(reading)
    team = next((g for g in _at_openers(group, lower, openers, end, hi)
                 if g.group("mod").strip() not in _OWN_GROUPS and agent.search(lower[head : g.start()])), None)
    for m in _at_openers(person, lower, openers, end, hi):
        if team is not None and team.start() <= m.start():
            break
        if m.group("self"):
            return None
        possessive = lower.startswith(("'s", "’s", "s'", "s’"), m.end())
        if agent.search(lower[head : m.start()]):
            if _NOT_A_VERB.match(lower, m.end()):
                continue  # "by our agency's standards", "by my manager and me"
        elif possessive and _BRACKETED.fullmatch(lower, end, m.start()):
            pass  # "Hootsuite (my manager's)", "Canva – the designer's"
        else:
            owned = copula.search(lower, end, m.start())
            if owned is None or not (owned.group("what") or possessive):
                continue
            if not possessive and _NOT_A_VERB.match(lower, m.end()):
                continue  # "is what my boss and I use"
            asked = demands.match(lower, m.end())
            if asked and not any(n.group("other") for n in person.finditer(lower, asked.end(),
                                                                            min(hi, asked.end() + 20))):
                return None  # "are the numbers my clients ask for" (not "... my boss asks the agency about")
        clause_end = min(hi, reading.negation.clause(m.start(), m.end())[1])
        if any(n.group("self") and not _NEGATED_SELF.search(lower, max(0, n.start() - 12), n.start())
               for n in person.finditer(lower, m.end(), clause_end)):
            return None
        if taken_up.search(lower, m.end(), min(sentence.end, m.end() + _AHEAD)):
            return None
        return reading.text[m.start() : m.end()]
    return reading.text[team.start() : team.end()] if team is not None else None


# Teams a community manager belongs to: "by the social team" is the candidate's own.
_OWN_GROUPS = frozenset({"whole", "entire", "social", "community", "social media", "content", "comms", "digital",
                         "own", "small", "little"})


# Right after the mention, an aside that names its owner: "Hootsuite (my manager's)".
_BRACKETED = re.compile(r"\s*+[(\-–—:,]\s*+")


# "before me", "than me": the candidate after a preposition, no subject and no one asked.
_OBJECT_SELF = re.compile(r"(?<![\w'’])(?:before|after|than|like)\s++$")


# "..., not me", "not by me": the candidate named only to be left out.
_NEGATED_SELF = re.compile(r"(?<![\w'’])not\s++(?:by\s++|for\s++)?$")


def taken_up_after(reading: Reading, end: int) -> bool:
    """The candidate takes up what was named before ``end`` later in its sentence ("... and have used
    it ever since", "..., which I check daily", "so I use it at home"), or the next sentence says the statement
    still holds ("Planoly was one of my most-used apps back in the day. And that's still true today.")."""
    taken_up = _patterns(reading.language)[5]
    sentence = reading.sentence(end)
    if taken_up.search(reading.prepared.lower, end, min(sentence.end, end + _AHEAD)) is not None:
        return True
    if reading.language != "en":
        return False
    index = reading.layout.index_at(end) + 1
    sentences = reading.layout.sentences
    return index < len(sentences) and _STILL_HOLDS.match(reading.text, sentences[index].start) is not None


# A sentence opening by saying the one before still holds: "And that's still true today.", "That is still the case."
_STILL_HOLDS = re.compile(r"[ \t]*+(?:(?:and|but)[ \t]++)?(?:that|this|it)(?:['’]s|[ \t]++is)[ \t]++still[ \t]++"
                          r"(?:true|the[ \t]++case)(?![\w'’])", re.IGNORECASE)


@cache
def _generic_subjects() -> Matcher:
    """negation.toml: people in general ([soft_before_grammar.subjects]) and the profession ([profession])."""
    table = toml_table("negation.toml")
    return Matcher([*language_entries(table["soft_before_grammar"]["subjects"], key="generic"),
                    *language_entries(table["profession"], key="generic")])


@cache
def profession() -> Matcher:
    """negation.toml [profession]: the trade's people ("social media managers", "marketers")."""
    return Matcher(language_entries(toml_table("negation.toml")["profession"], key="profession"))


def in_the_generic_voice(cue: str) -> bool:
    """The cue that cancels a mention names people in general or the profession ("Most social media managers
    track", "Everyone uses"): what they do may be the candidate's answer too, so a person decides when it is all
    the reply offers."""
    return bool(cue) and bool(_generic_subjects().find(Prepared.of(cue)))
