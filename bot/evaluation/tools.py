"""The tools criterion: named products, a network's own analytics, and clearly described tool types.

A channel the candidate merely posts on (Instagram, TikTok) is not a tool; "Instagram Insights" or
"analytics on TikTok" is. Everyday words that are also product names (Later, Buffer) count only when
plainly meant as the product.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache

from bot.domain.once import Once
from bot.domain.quick_init import quick_init
from bot.evaluation.advice import cues, label_matches
from bot.evaluation.answers import tools_answer
from bot.evaluation.glued_names import glued_names
from bot.evaluation.lexicon import language_entries, lexicons, lines, make_entry, named_entries, toml_table
from bot.evaluation.negation import Cancelled
from bot.evaluation.patterns import (
    Hit,
    Matcher,
    Prepared,
    ascii_may_hold,
    ascii_word_before,
    fold,
    grouped_by_first_character,
)
from bot.evaluation.reading import Finding, Reading, distinct_finding
from bot.evaluation.respelt import respelt_tools
from bot.evaluation.spans import SpanSet
from bot.evaluation.subjects import someone_elses, taken_up_after
from bot.evaluation.taken_up import a_networks_own_app
from bot.evaluation.text import Sentence, sentence_word_counts
from bot.evaluation.to_the_reader import (
    examples_of_the_trade,
    not_the_candidates,
    speaks_of_the_candidate,
    tells_of_another,
)
from bot.evaluation.tool_kinds import described_kinds, of_a_name
from bot.evaluation.tool_names import (
    EVERYDAY_DEVICE_ZIPF,
    a_metrics_name,
    everyday_word_of,
    frames,
    is_person,
    named_tools,
    product_like,
    rare_word,
    told_to_the_reader,
    written_like_product,
)
from bot.evaluation.unframed_names import unframed_names

# Between two tools in a list: "Later, Canva", "Later + Canva", "Later and Canva", and with what the first is
# used for: "later for scheduling, canva for the graphics, and notion".
_LIST_GAP = re.compile(
    r"^(?:\s++(?:for|to|para|pour|für|zum|zur|per)(?:\s++[^\W\d_]++){1,3}?(?=\s*+[,;]))?+"
    r"\s*+(?:,|\+|/|&|;)?\s*+(?:and|or|y|und|et|e|plus|with)?\s*+$", re.IGNORECASE)
# A described type followed closely by a brand is the brand ("a listening tool like Brandwatch").
_TYPE_THEN_BRAND = 30
_MOST_LISTED_NETWORKS = 8
# Between a type and a brand, a list's join makes the brand another item ("the native analytics on each
# platform, plus Later"), not the type's example ("a listening tool like Brandwatch").
_NEXT_ITEM = re.compile(r"(?<![\w'’])(?:and|plus|as well as|y|und|et|e)(?![\w'’])|[&+;]", re.IGNORECASE)
# Between a brand and a type that describes it: "is a", ", our", " (an", " – the free".
# In every judged language: "Google Analytics, which is an analytics tool", "Metricool es una herramienta de
# análisis", "Buffer, das ist ein Planungstool", "Agorapulse, qui est un outil de veille" (a brand found by its
# frame rather than the lists, "Swat.io ist ein Social-Media-Tool", is found after the kinds and still counts twice).
# A short phrase of what the brand has or is known for may stand between it and its verb: "Hootsuite with 11 million
# users around the world is one of the leading social media management tools" (bounded: one clause, 60 characters).
_DESCRIBES = re.compile(
    r"(?:\s++(?:with|from|by)\s++[^.!?,;:\n]{1,60}?(?=\s++(?:is|was)\s))?+"
    r"(?:\s*+(?:,|\(|[-–—:])|\s++(?:is|was|=|es|era|est|était|ist|war|é|foi)"
    r"|\s*+,\s*+(?:which|that|que|qui|das|der|die)\s++(?:is|was|es|est|ist|é))"
    r"\s*+(?:(?:a|an|the|our|my|their|its|una|un|uno|une|uma|um|ein|eine|el|la|le|o|nuestra|nuestro|notre|"
    r"nosso|nossa|unser|unsere|basically|really|just|great|good|nice|simple|free|paid|popular|similar|social|"
    r"media|one|of|leading|best|top|most|biggest|largest|main|dashboard|online|web)\s++){0,6}", re.IGNORECASE)


@quick_init
@dataclass(frozen=True, slots=True)
class Mention:
    key: str
    start: int
    end: int
    needs_context: bool = False
    generic: bool = False
    # A type named only to say what such tools can do ("Listening tools can alert you to a crisis"): a tool of the
    # candidate's only where the reply answers the tools question (_counted).
    described: bool = False
    # How it was found, for the report.
    why: str = "named tool (tools list)"


def _starting(phrases: Iterable[str]) -> str:
    """A look-ahead for the first characters of ``phrases``."""
    return "(?=[" + "".join(sorted({re.escape(p[0]) for p in phrases})) + "])"


# The kinds of a network's own tool that may be named before the network: "analytics on YouTube", "die Dashboards von
# Twitter", "el programador de Meta".
NAMED_BEFORE_THE_NETWORK = frozenset({"analytics", "moderation", "scheduling"})


@cache
def _channel_of() -> dict[str, str]:
    """Each network's name as the folded lower-cased text spells it (channels.txt) -> the network's key."""
    return {fold(entry.phrase.lower()): entry.key for entry in named_entries("channels.txt")}


@cache
def _grouped_channels() -> str:
    """The networks' names, longest first, as an alternation grouped by first letter: at a place only the names
    starting with its letter are tried (in the same order, so the same one matches), where each was tried in turn
    (10 KB of "take ----" lines: 1.0 ms)."""
    return grouped_by_first_character([re.escape(c) for c in sorted(_channel_of(), key=len, reverse=True)])


@cache
def _network_regexes() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Channel + own feature ("Instagram Insights", "TikTok's analytics") and "analytics on YouTube"."""
    channel_of = _channel_of()
    suffixes = lexicons().network_suffixes
    chan = _grouped_channels()
    suf = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    own_words = ("own", "built-in", "builtin", "in-built", "inbuilt", "native", "in-app", "internal")
    own = rf"(?:(?:{'|'.join(own_words)})\s++)?"
    # Each regex first checks the character a match can start with, before the look-behind: both begin with
    # an alternation the engine would otherwise try whole at every character (10 KB of "=" lines: 2.8 ms ->
    # 0.2).
    # A word may say which of the network's pages or posts the feature reads ("LinkedIn's own page analytics"),
    # tried after the features themselves ("page insights" is one).
    part = r"(?:(?:page|post|story|stories|video|account|profile|channel|audience|content|creator|reel|reels)\s++)??"
    # The network said to give it, a word or two before it: "Instagram provides a handy insights section", "YouTube
    # gives you detailed analytics". English only in its verbs.
    gives = (r"(?:(?:provides|offers|gives(?:\s++you)?|has|comes\s++with|includes)\s++"
             r"(?:(?!(?:no|not|never|zero|little)\s)[a-z][\w-]*+\s++){0,2}?)?")
    forward = re.compile(
        rf"{_starting(channel_of)}(?<![\w])(?P<ch>{chan})(?:['’]s)?\s++{gives}{own}{part}(?P<suf>{suf})(?![\w])")
    # "analytics on YouTube", "die Dashboards von Twitter, Facebook und Instagram": a network's own
    # tools named before the network, in the languages judged.
    back_suffixes = sorted((s for s in suffixes if suffixes[s] in NAMED_BEFORE_THE_NETWORK), key=len, reverse=True)
    back = "|".join(re.escape(s) for s in back_suffixes)
    # Whose pages the feature reads may stand between: "the insights from our Facebook pages", "stats for my TikTok
    # account", "the insights from the over 60+ Facebook pages" (determiners, possessives, a figure).
    whose = (r"(?:(?:the|our|my|your|their|its|his|her|each|every|all|both|over|about|some|several|\d[\d,.+]*+"
             r"|den|dem|der|unsere[mnr]?|meine[mnr]?|nos|mes|nuestr[oa]s?|mis|noss[oa]s?|meus|minhas)\s++){0,3}")
    backward = re.compile(
        rf"{_starting([*own_words, *back_suffixes])}(?<![\w]){own}(?P<suf>{back})\s++"
        rf"(?:on|for|in|from|of|inside|within|von|auf|bei|de|des|du|da|do|del|sur|en|no|na)\s++{whose}"
        rf"(?P<ch>{chan})(?![\w])"
    )
    return forward, backward, channel_of


@cache
def _channel_alternation() -> str:
    """The networks' names (channels.txt), longest first, as one alternation."""
    return "|".join(re.escape(c) for c in sorted(_network_regexes()[2], key=len, reverse=True))


@cache
def _more_channels() -> re.Pattern[str]:
    """The next network of a list: ", Facebook", " und Instagram"."""
    return re.compile(rf"(?:\s*+,\s*+|\s++)(?:(?:and|und|et|y|e|or|oder|ou|o)\s++)?(?P<ch>{_channel_alternation()})"
                      r"(?![\w])")


@cache
def _suffix_cues() -> tuple[str, ...]:
    """The network features' names none of which holds another (each name holds one of these)."""
    cues: list[str] = []
    for suffix in sorted(lexicons().network_suffixes, key=len):
        if not any(cue in suffix for cue in cues):
            cues.append(suffix)
    return tuple(cues)


def _network_mentions(reading: Reading) -> list[Mention]:
    # Both regexes read the lower-cased text as it is and every match holds a feature's name: a text holding none
    # is not scanned (each starts with a look-ahead, tried at every character: about 130 k instructions over a reply
    # of 170 characters, against a few hundred for each of the names' substring tests).
    lower = reading.prepared.lower
    used_in_place = _used_in_place(lower) + _features_by_their_work(reading)
    if not any(cue in lower for cue in _suffix_cues()):
        return used_in_place
    forward, backward, channel_of = _network_regexes()
    suffixes = lexicons().network_suffixes
    out = []
    why = "a network's own tool (network_tools.txt)"
    for rx in (forward, backward):
        for m in rx.finditer(lower):
            kind = suffixes.get(m.group("suf"), "analytics")
            out.append(Mention(f"{channel_of[m.group('ch')]} {kind}", m.start(), m.end(), why=why))
            if rx is backward:
                out += _listed_networks(reading, m.end(), kind, why)
    return out + _named_apart(reading, out) + used_in_place


# A network's feature named by its own name, in capitals, apart from the network its sentence names: "Facebook gives
# you access to Insights", "then YouTube shows it all in Studio". The word before it is in lower case: in a longer
# name ("Google Analytics", "Sprout Social Insights") it is another maker's.
_BEFORE_A_NAME = re.compile(r"(?:^|[^\w'’])[a-z][\w'’-]*+[ \t]++\Z")
_NAME_REACH_CHARS = 40



@cache
def _feature_names() -> re.Pattern[str]:
    """The network features' names (network_tools.txt) as names are written, each word capitalised."""
    names = sorted((" ".join(w.capitalize() for w in s.split()) for s in lexicons().network_suffixes), key=len,
                   reverse=True)
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, names))})(?![\w'’-])")


@cache
def _channel_names() -> re.Pattern[str]:
    """A network's name (channels.txt), read in the lower-cased text."""
    return re.compile(rf"(?<![\w])(?P<ch>{_channel_alternation()})(?![\w])")


# A verb's "-ing" form opening the sentence before the feature's name: "Using Insights, they could see ...", "Checking
# Insights every morning ...". A verb, not the first word of a longer name.
_OPENING_GERUND = re.compile(r"[A-Z][a-z]+ing[ \t]+")


def _named_apart(reading: Reading, found: list[Mention]) -> list[Mention]:
    """The features named in capitals apart from the one network their sentence names before them (with several, a
    network's own tool of that kind, unless one is named already). With no network in the sentence ("The first thing I
    did was check the Insights"), the feature is the one network's the reply names elsewhere, or, with none or
    several, a network's own tool of that kind unless one is named already."""
    out: list[Mention] = []
    channel_of = _network_regexes()[2]
    chan = _channel_names()
    in_reply: set[str] | None = None  # the networks the whole reply names, read when first asked
    for m in _feature_names().finditer(reading.text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        sentence = reading.sentence(m.start())
        reach = max(sentence.start, m.start() - _NAME_REACH_CHARS)
        if (_BEFORE_A_NAME.search(reading.text, reach, m.start()) is None
                and _OPENING_GERUND.fullmatch(reading.text, sentence.start, m.start()) is None):
            continue  # the sentence's first word, or part of a longer name
        kind = lexicons().network_suffixes.get(m.group().lower(), "analytics")
        why = "a network's own tool, named apart from the network (network_tools.txt)"
        named = {channel_of[c.group("ch")] for c in chan.finditer(reading.prepared.lower, sentence.start, m.start())}
        if len(named) == 1:
            out.append(Mention(f"{named.pop()} {kind}", m.start(), m.end(), why=why))
        elif named:
            # "Bei Facebook und Twitter führt uns der erste Schritt zu den Insights": those networks' own tool of that
            # kind, when the candidate is in the sentence ("Facebook and Instagram both give you access to Insights"
            # says what they offer anyone).
            if (speaks_of_the_candidate(reading.text[sentence.start : sentence.end], reading.language)
                    and not any(f.key.endswith(f" {kind}") for f in (*found, *out))):
                out.append(Mention(f"a network's {kind}", m.start(), m.end(), why=why))
        elif not named:
            if in_reply is None:
                in_reply = {channel_of[c.group("ch")] for c in chan.finditer(reading.prepared.lower)}
            if len(in_reply) == 1:
                out.append(Mention(f"{next(iter(in_reply))} {kind}", m.start(), m.end(), why=why))
            elif not any(f.key.endswith(f" {kind}") for f in (*found, *out)):
                out.append(Mention(f"a network's {kind}", m.start(), m.end(), why=why))
    return out


# Work done in place on a network is done with its own feature: "I schedule Facebook posts within Facebook itself",
# "we plan natively in Instagram". The kind of tool is the work's: scheduling or measuring. Posting on a network
# ("I post directly on Instagram") is using it as a channel.
_IN_PLACE_WORK = (("scheduling", ("schedul", "plan", "queu", "draft")),
                  ("analytics", ("track", "measur", "analy", "monitor", "report")),
                  ("moderation", ("moderat",)))
_IN_PLACE_WORK_REACH_CHARS = 80
# The work told as the purpose right after the network: "directly to Facebook TO SCHEDULE posts".
_IN_PLACE_PURPOSE = re.compile(
    r"[ \t]++(?:in[ \t]++order[ \t]++)?to[ \t]++(?P<work>(?:"
    + "|".join(stem for _, stems in _IN_PLACE_WORK for stem in stems) + r")[a-z]*+)(?![\w])")
# A network's subdomain naming one of its own tools: "analytics.twitter.com", "studio.youtube.com".
_TOOL_SUBDOMAINS = {"analytics": "analytics", "insights": "analytics", "studio": "analytics", "creators": "analytics",
                    "business": "business suite", "ads": "ads"}


@cache
def _in_place_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    chan = _grouped_channels()
    in_place = re.compile(
        rf"(?=[ndwiotv])(?<![\w])(?:(?:natively|directly)[ \t]++(?:(?:with)?in[ \t]++(?P<ch>{chan})"
        rf"|(?:in)?to[ \t]++(?P<ch3>{chan}))(?![\w])"
        rf"|(?:within|in|inside|on|through|via)[ \t]++(?P<ch2>{chan})(?:['’]s)?[ \t]++"
        rf"(?:itself|directly|natively)(?![\w]))")
    sub = "|".join(_TOOL_SUBDOMAINS)
    address = re.compile(rf"{_starting(_TOOL_SUBDOMAINS)}(?<![\w.-])(?P<sub>{sub})\.(?P<ch>{chan})\.com(?![\w-])")
    return in_place, address


def _used_in_place(lower: str) -> list[Mention]:
    """A network's own scheduler or analytics, named by the work done in place on it or by its address."""
    out: list[Mention] = []
    in_place_said = "itself" in lower or "natively" in lower or "directly" in lower
    if not in_place_said and ".com" not in lower:
        return out
    why = "a network's own tool, used in place"
    channel_of = _network_regexes()[2]
    in_place, address = _in_place_regexes()
    if in_place_said:
        for m in in_place.finditer(lower):
            reach = max(0, m.start() - _IN_PLACE_WORK_REACH_CHARS)
            clause = max(reach, *(lower.rfind(mark, reach, m.start()) + 1 for mark in ".\n;,"))
            # The work nearest the network, where the mention starts: "schedule Facebook posts within Facebook itself".
            # Gone "directly to" a network, the work is the purpose after it: "I schedule posts and send them
            # directly to Facebook" is work done elsewhere.
            found = [] if m.group("ch3") else [
                (at, kind) for kind, stems in _IN_PLACE_WORK for stem in stems
                if (at := lower.rfind(stem, clause, m.start())) >= 0 and (at == 0 or not lower[at - 1].isalpha())]
            ch = m.group("ch") or m.group("ch2") or m.group("ch3")
            if found:
                at, kind = max(found)
                out.append(Mention(f"{channel_of[ch]} {kind}", at, m.end(), why=why))
                continue
            # Or the work as the purpose right after it: "I go directly to Facebook to schedule posts".
            purpose = _IN_PLACE_PURPOSE.match(lower, m.end())
            if purpose is not None:
                kind = next(k for k, stems in _IN_PLACE_WORK if purpose.group("work").startswith(stems))
                out.append(Mention(f"{channel_of[ch]} {kind}", m.start(), purpose.end(), why=why))
    if ".com" in lower:
        for m in address.finditer(lower):
            out.append(Mention(f"{channel_of[m.group('ch')]} {_TOOL_SUBDOMAINS[m.group('sub')]}", m.start(), m.end(),
                               why=why))
    return out


# A network's feature named by the work it does: "the schedule posts ahead feature on Facebook", "Facebook's
# scheduled-posts feature", "the Instagram post tracking function". The work is told in the few words before the
# feature's word (a stem of _IN_PLACE_WORK), the network right after it ("on", "of", "in" Facebook) or among those
# words, first ("Facebook's ..."). A feature no work names ("the Stories feature on Instagram") is the network's.
_FEATURE_WORDS = ("feature", "function", "option")
_FEATURE = re.compile(r"(?<![\w'’-])(?:feature|features|function|functions|functionality|option|options)(?![\w'’-])")
_FEATURE_WORK_WORDS = 5
_FEATURE_WORK_REACH_CHARS = 60
_WORK_WORD = re.compile(r"[^\W\d_][\w'’-]*+")


@cache
def _network_after_a_feature() -> re.Pattern[str]:
    chan = _grouped_channels()
    return re.compile(rf"[ \t]++(?:on|of|in|inside|within|from)[ \t]++(?:the[ \t]++)?(?P<ch>{chan})(?![\w])")


def _features_by_their_work(reading: Reading) -> list[Mention]:
    """A network's own tool for each feature's word the work before it names, with its network beside it."""
    lower = reading.prepared.lower
    if not any(word in lower for word in _FEATURE_WORDS):
        return []
    channel_of = _network_regexes()[2]
    out: list[Mention] = []
    why = "a network's own tool, named by the work it does"
    for m in _FEATURE.finditer(lower):
        sentence = reading.sentence(m.start())
        reach = max(sentence.start, m.start() - _FEATURE_WORK_REACH_CHARS)
        clause = max(reach, *(lower.rfind(mark, reach, m.start()) + 1 for mark in ".;:,()\n"))
        before = list(_WORK_WORD.finditer(lower, clause, m.start()))[-_FEATURE_WORK_WORDS:]
        if not before:
            continue
        work = next(((n, k) for n, w in enumerate(before) for k, stems in _IN_PLACE_WORK
                     if w.group().startswith(stems)), None)
        if work is None:
            continue
        at, kind = work
        after = _network_after_a_feature().match(lower, m.end())
        if after is not None:
            out.append(Mention(f"{channel_of[after.group('ch')]} {kind}", before[at].start(), after.end(), why=why))
            continue
        # The network before the work: "Facebook's scheduled-posts feature", "the Facebook scheduling feature".
        for w in reversed(before[:at]):
            name = w.group().removesuffix("'s").removesuffix("’s")
            if name in channel_of:
                out.append(Mention(f"{channel_of[name]} {kind}", w.start(), m.end(), why=why))
                break
    return out


def _listed_networks(reading: Reading, end: int, kind: str, why: str) -> list[Mention]:
    """"the dashboards of Twitter, Facebook and Instagram": one tool per network listed."""
    channel_of = _network_regexes()[2]
    out = []
    for _ in range(_MOST_LISTED_NETWORKS):
        m = _more_channels().match(reading.prepared.lower, end)
        if m is None:
            break
        out.append(Mention(f"{channel_of[m.group('ch')]} {kind}", m.start("ch"), m.end(), why=why))
        end = m.end()
    return out


@cache
def _tool_label_matcher() -> Matcher:
    return Matcher(make_entry("tools", line) for line in lines("tool_cues.txt"))


@cache
def _label_lists_tools(label: str) -> bool:
    return bool(_tool_label_matcher().find(Prepared.of(label)))


def _in_tools_line(reading: Reading, start: int) -> bool:
    label = reading.layout.label_text(reading.sentence(start))
    return bool(label) and _label_lists_tools(label)


_WORD_CHAR = re.compile(r"\w")


def _capitalised_mid_sentence(reading: Reading, m: Mention) -> bool:
    text = reading.text
    if not text[m.start].isupper():
        return False
    sentence = reading.sentence(m.start)
    head = sentence.after_label(past_mark=True)
    # Searched in place, not in a slice: a slice would copy the sentence once per mention.
    return head < m.start and _WORD_CHAR.search(text, head, m.start) is not None


class _Definite:
    """Tools named for sure, sorted both ways so a mention finds its close neighbours by bisection
    (comparing every mention with every tool was quadratic in a long reply)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.by_start = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.by_start]
        self.by_end = sorted(mentions, key=lambda m: m.end)
        self.ends = [m.end for m in self.by_end]

    def near(self, m: Mention) -> list[Mention]:
        """Tools after ``m`` or before it, at most _LIST_GAP_CHARS away."""
        after = self.by_start[bisect.bisect_left(self.starts, m.end) : bisect.bisect_left(
            self.starts, m.end + _LIST_GAP_CHARS)]
        before = self.by_end[bisect.bisect_right(self.ends, m.start - _LIST_GAP_CHARS) : bisect.bisect_right(
            self.ends, m.start)]
        return after + before


# A list's gap between two tools is shorter than this ("Later, and Canva", "Canva for the graphics, and").
_LIST_GAP_CHARS = 40


def _listed_with_tool(reading: Reading, m: Mention, definite: _Definite) -> bool:
    for other in definite.near(m):
        gap = reading.text[m.end : other.start] if other.start >= m.end else reading.text[other.end : m.start]
        if _LIST_GAP.match(gap):
            return True
    return False


# What follows an everyday word opening a sentence as a word of the sentence, not a name: a comma ("Later, I
# check"), a subject ("Later we post"), or a word that goes on from it ("Later that day", "Zoom in on").
_GOES_ON_AFTER_WORD = re.compile(
    r"[ \t]*+(?:[,;]|(?:i|we|you|they|he|she|it|that|this|then|on|in|up|out|off|the|a|an|of|to|and|or)(?![\w'’]))",
    re.IGNORECASE)


def _opens_a_line_of_the_tools_answer(reading: Reading, m: Mention, answer: Callable[[], set[int]]) -> bool:
    """A capitalised everyday-word name opening a sentence of the tools answer (answers.tools_answer), as a
    fragment naming it: "Slack open to ping engineering." under "1)". Not one a comma or a subject follows, which
    reads it as a word of the sentence ("Later, I check the numbers")."""
    if not reading.text[m.start].isupper() or _GOES_ON_AFTER_WORD.match(reading.text, m.end):
        return False
    index = reading.layout.index_at(m.start)
    return reading.layout.sentences[index].after_label(past_mark=True) == m.start and index in answer()


def _plainly_meant(reading: Reading, m: Mention, definite: _Definite, used_for: list[int],
                   typed_lower: bool, channel_ends: frozenset[int] = frozenset(),
                   answer: Callable[[], set[int]] = set) -> bool:
    return (
        (_capitalised_mid_sentence(reading, m) and not (m.start - 1 in channel_ends
                                                        and reading.text[m.start - 1] in " \t"))
        or (_in_tools_line(reading, m.start) and not _a_verb_after_to(reading, m))
        or _listed_with_tool(reading, m, definite)
        or _said_what_for(reading, m, used_for, typed_lower)
        or _opens_a_line_of_the_tools_answer(reading, m, answer)
    )


# "to" before an everyday-word name typed in lower case makes it a verb: "Tools: I'd like to mention that we
# decided on MEE6" names no Mention.
_TO_BEFORE = re.compile(r"(?<![\w'’])to[ \t]++\Z", re.IGNORECASE)
_TO_BEFORE_REACH = 4


def _a_verb_after_to(reading: Reading, m: Mention) -> bool:
    return reading.text[m.start : m.end].islower() and _TO_BEFORE.search(
        reading.text, max(0, m.start - _TO_BEFORE_REACH), m.start) is not None


def _types_names_in_lower_case(reading: Reading, definite: _Definite) -> bool:
    """The reply writes a product no one writes in lower case in lower case ("i use canva"): its
    everyday-word names cannot be told by their capitals either ("later for scheduling")."""
    return any(reading.text[m.start : m.end].islower() for m in definite.by_start if not m.generic)


# "Later for scheduling": the purpose starts right after the name (a space, or a comma and a space).
_PURPOSE_GAP_CHARS = 2


# Before a name typed in lower case that opens an item: a line's or sentence's start, a list's punctuation, or
# a word of use ("i use later for scheduling", "canva, later for stories"); not "I'll check it later".
_LOWER_ITEM_BEFORE = re.compile(r"(?:^|[\n,:;•*(+&/.!?-]|(?<![\w'’])(?:use|uses|using|and|plus|y|und|et|e))[ \t]*+\Z")
_LOWER_ITEM_REACH = 8


# A verb of use right before a name typed in lower case, no article between, and what it is used for right after:
# "we use slack for the team chat", "we used discourse to host the forum" use the product ("we use a lot of slack"
# would be the word).
_USED_BEFORE = re.compile(r"(?<![\w'’])(?:use|uses|using|used)[ \t]++\Z", re.IGNORECASE)
_ANY_PURPOSE = re.compile(r"[ \t]++(?:for|to)[ \t]++[^\W\d_]", re.IGNORECASE)


# An article or a possessive right before a name, and one of the product's own things right after it ("a slack
# message", "our slack workspace"), maybe one word saying which ("a slack shared channel", "our discord mod channel"):
# tool_frames.toml [its_own_things].
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’])(?:a|an|the|our|my|your|their|each|every)[ \t]++\Z", re.IGNORECASE)


@cache
def _its_own_thing_after() -> re.Pattern[str]:
    things = toml_table("tool_frames.toml")["its_own_things"]["all"]
    return re.compile(rf"(?:[ \t]++[a-z]++)?[ \t]++(?:{'|'.join(map(re.escape, things))})(?![\w'’-])",
                      re.IGNORECASE)


def _said_what_for(reading: Reading, m: Mention, used_for: list[int], typed_lower: bool) -> bool:
    """A capitalised everyday-word name followed by what it is used for ("Later for scheduling",
    "Discourse for the forum") is the product, and so is one in lower case in a reply that types its
    product names so (``typed_lower``), right after a verb of use ("we use slack for the team chat"), or between an
    article and one of the product's own things ("alerted by a slack message"); ``used_for``: sorted starts of those
    phrases."""
    before = max(0, m.start - _LOWER_ITEM_REACH)
    if _USED_BEFORE.search(reading.text, before, m.start) and _ANY_PURPOSE.match(reading.text, m.end):
        return True  # used, and for something: whatever it is for, no list of purposes needed
    if (_DETERMINER_BEFORE.search(reading.text, before, m.start) and _its_own_thing_after().match(reading.text, m.end)
            and rare_word(reading.text[m.start : m.end], reading.language, EVERYDAY_DEVICE_ZIPF)):
        return True  # not a word as common as "later" or "teams", which read as themselves there ("a later message")
    if not (reading.text[m.start].isupper() or (typed_lower and _LOWER_ITEM_BEFORE.search(
            reading.text, before, m.start))):
        return False
    i = bisect.bisect_left(used_for, m.end)
    return i < len(used_for) and used_for[i] <= m.end + _PURPOSE_GAP_CHARS


def _glued(reading: Reading) -> list[Mention]:
    """Names run together ("Google AnalyticsHootSuite"), taken apart: known ones, and the others
    when product-like."""
    why = "named in a run of names written together"
    return [
        Mention(g.key, g.start, g.end, why=f"{why} (tools list)" if g.known else why)
        for g in glued_names(reading)
        if g.known or product_like(reading.text[g.start : g.end], reading.language)
    ]


# A listed name written as a hashtag, its spaces dropped: "#googleads" is Google Ads.
_HASHTAG = re.compile(r"(?<![\w#&])#([A-Za-z][A-Za-z0-9]{2,40}+)(?![\w])")


@cache
def _hashtag_names() -> dict[str, str]:
    """Each listed tool's names without spaces, hyphens or dots, lowered ("googleads" -> Google Ads); not the
    everyday words ("?Later") nor patterns."""
    out: dict[str, str] = {}
    for entry in named_entries("tools.txt"):
        if entry.needs_context or "*" in entry.phrase or "..." in entry.phrase:
            continue
        out.setdefault(re.sub(r"[\s.-]", "", entry.phrase.lower()), entry.key)
    return out


def _hashtags(reading: Reading, named: list[Mention]) -> list[Mention]:
    taken = SpanSet((m.start, m.end) for m in named)
    out = []
    for m in _HASHTAG.finditer(reading.text):
        key = _hashtag_names().get(m.group(1).lower())
        if key is not None and not taken.overlaps(m.start(1), m.end()):
            out.append(Mention(key, m.start(), m.end(), why="a listed name written as a hashtag (tools list)"))
    return out


def _an_everyday_word(reading: Reading, m: Mention) -> bool:
    said = reading.text[m.start : m.end]
    return said.isalpha() and said.islower() and everyday_word_of(said, reading.language)


def _mentions(reading: Reading) -> list[Mention]:
    lex = lexicons()
    glued = _glued(reading)
    named = [Mention(h.key, h.start, h.end, h.entry.needs_context) for h in lex.tools.find(reading.prepared)
             if not glued or not any(g.start < h.end and h.start < g.end for g in glued)]  # most replies: none glued
    if reading.language != "en":
        # The lists' everyday-word names ("?Later") are English words; in another language its own everyday words
        # typed in lower case are read the same way: "un simple tableau Excel" names Excel, not Tableau.
        named = [replace(m, needs_context=True) if not m.needs_context and _an_everyday_word(reading, m) else m
                 for m in named]
    named += glued
    networks = _network_mentions(reading)
    if networks:
        # "Discord's AutoMod" is one tool: the network's own, not that and a listed "AutoMod" inside it.
        spans = SpanSet((m.start, m.end) for m in networks)
        named = [m for m in named if not spans.covers(m.start, m.end)] + networks
    if "#" in reading.text:
        named += _hashtags(reading, named)
    named += [Mention(r.key, r.start, r.end, why=f"a listed name {r.how} (tools list)")
              for r in respelt_tools(reading, SpanSet((m.start, m.end) for m in named))]
    definite = _Definite([m for m in named if not m.needs_context])
    context = [m for m in named if m.needs_context]
    used_for = sorted(h.start for h in frames().used_for.find(reading.prepared)) if context else []
    typed_lower = bool(context) and _types_names_in_lower_case(reading, definite)
    channel_ends = frozenset(h.end for h in lex.channels.find(reading.prepared)) if context else frozenset()
    @Once
    def tools_answered() -> set[int]:  # read only for an everyday-word name opening a sentence
        return tools_answer(reading)

    kept = [m for m in named if not m.needs_context
            or _plainly_meant(reading, m, definite, used_for, typed_lower, channel_ends, tools_answered)]
    if not typed_lower and any(m.needs_context and reading.text[m.start : m.end].islower() for m in kept):
        # An everyday-word name plainly meant in lower case ("we use slack for the team chat") says the reply types
        # its names so: the others are read as in such a reply ("... and discourse for the forum").
        kept = [m for m in named if not m.needs_context
                or _plainly_meant(reading, m, definite, used_for, True, channel_ends, tools_answered)]
    brand_starts = sorted(m.start for m in kept)
    brand_ends = sorted(m.end for m in kept)
    taken = SpanSet((m.start, m.end) for m in kept)
    for h in lex.tool_types.find(reading.prepared):
        # A brand starting within _TYPE_THEN_BRAND after the type ("a listening tool like Brandwatch").
        after = bisect.bisect_left(brand_starts, h.end)
        if (after < len(brand_starts) and brand_starts[after] <= h.end + _TYPE_THEN_BRAND
                and not _NEXT_ITEM.search(reading.text, h.end, brand_starts[after])):
            continue
        # The type says what a brand just named is ("Hootsuite is a social media management
        # platform", "Gorgias, our helpdesk"): the same tool, not a second one.
        if _describes_a_name(reading, brand_ends, h.start):
            continue
        if taken.overlaps(h.start, h.end) or _glosses_a_name(reading, h.start, h.end):
            continue
        kept.append(Mention(h.key, h.start, h.end, generic=True, why="described tool type (tool_types.txt)",
                            described=_what_such_tools_do(reading.text, h.start, h.end)))
        taken.add(h.start, h.end)
    for m in _told_by_its_work(reading.prepared.lower):
        # As for a type: "Hootsuite is a dashboard platform that allows you to schedule" says what Hootsuite is.
        if _describes_a_name(reading, brand_ends, m.start):
            continue
        if not taken.overlaps(m.start, m.end):
            kept.append(m)
            taken.add(m.start, m.end)
    if reading.language == "en" and _may_call_tools(reading.prepared.lower):
        for m in _called_tools(reading.text):
            if not taken.overlaps(m.start, m.end):
                kept.append(m)
                taken.add(m.start, m.end)
    unlisted = _unlisted(reading, kept)
    if unlisted:
        # A type saying what a name no list knows is ("Zorblax, our support tool", "Swello, notre outil de
        # planification") is that name, as it is for a listed brand above.
        unlisted_ends = sorted(m.end for m in unlisted)
        kept = [m for m in kept if not (m.generic and _describes_a_name(reading, unlisted_ends, m.start))]
    kept += unlisted
    kept += _listed_lines(reading, kept)
    kept.sort(key=lambda m: m.start)
    return kept


def _describes_a_name(reading: Reading, name_ends: list[int], start: int) -> bool:
    """The words between the name ending last before ``start`` (``name_ends`` sorted) and ``start`` say what follows
    describes it ("is a", ", our"): "Hootsuite is a social media management platform", "Gorgias, our helpdesk"; or
    say it is what the name is for ("Trello for the content calendar", "Quillnest – keeps the content calendar")."""
    before = bisect.bisect_right(name_ends, start) - 1
    return before >= 0 and (_DESCRIBES.fullmatch(reading.text, name_ends[before], start) is not None
                            or _PURPOSE_OF_A_NAME.fullmatch(reading.text, name_ends[before], start) is not None)


# What a name is for, right before a tool type: "for the", "to run our", "– keeps the".
_PURPOSE_OF_A_NAME = re.compile(
    r"(?:[ \t]++(?:for|to[ \t]++[a-z]++)|[ \t]*+[-–—:][ \t]*+[a-z]++)[ \t]++(?:the|our|my|its|a|an)[ \t]++")


# What the candidate calls the tools they use, after the thing so called: "Social channel insights are the tools I
# primarily rely on", "a shared calendar is the main app we work with". The verb of being, a few determiners and
# ranking words, the tool noun, the candidate and a verb of using. English.
_CALLED_TOOL = re.compile(
    r"(?<![\w'’])(?:is|are)[ \t]++(?:(?:the|my|our|one|of|two|three|main|primary|only|favou?rite|go-to|key|"
    r"essential|most|important|valuable|useful|best|[a-z]++(?<=ly))[ \t]++){0,5}?"
    r"(?:tools?|apps?|platforms?|software)[ \t]++(?:that[ \t]++|which[ \t]++)?(?:I|we)[ \t]++"
    r"(?:[a-z]++(?<=ly)[ \t]++)?"
    r"(?:use|rely[ \t]++on|work[ \t]++with|depend[ \t]++on|swear[ \t]++by|turn[ \t]++to|lean[ \t]++on)(?![\w'’])",
    re.IGNORECASE)
# A tool noun and the candidate after it, looked for in the lowered text before the pattern is run: each noun is found
# by a substring search (C speed, a few places a reply), and what follows it read there; the pattern's look-behind and
# case-ignoring letters would be tried at every character.
_CALLED_TOOL_NOUNS = ("tool", "app", "platform", "software")
_CALLED_TOOL_AFTER = re.compile(r"s?+[ \t]++(?:that[ \t]++|which[ \t]++)?+(?:i|we)[ \t]")


def _may_call_tools(lower: str) -> bool:
    """Whether the lowered text holds a tool noun with "I" or "we" right after it ("tools I", "app that we")."""
    for noun in _CALLED_TOOL_NOUNS:
        at = lower.find(noun)
        while at >= 0:
            if _CALLED_TOOL_AFTER.match(lower, at + len(noun)):
                return True
            at = lower.find(noun, at + len(noun))
    return False
# The subject: the words of its clause before the verb, a determiner set aside; at most this many words in all, and
# each item of a list ("Spreadsheets and a shared calendar") at most _CALLED_ITEM_WORDS.
_CALLED_SUBJECT_REACH_CHARS = 80
_CALLED_SUBJECT_WORDS = 8
_CALLED_ITEM_WORDS = 5
_CALLED_CLAUSE_START = re.compile(r".*[.!?\n;:,()–—]", re.DOTALL)
_CALLED_SPLIT = re.compile(r"[ \t]*+,[ \t]*+(?:and[ \t]++)?+|[ \t]++and[ \t]++|[ \t]*+&[ \t]*+")
_NOT_CALLED = frozenset({"it", "this", "that", "these", "those", "they", "which", "what", "there", "here", "one",
                         "mine", "ours", "who"})
_CALLED_DETERMINERS = frozenset({"a", "an", "the", "my", "our"})


# A person names a few; a reply of thousands costs no more than one of a few.
_MOST_CALLED = 8


def _called_tools(text: str) -> list[Mention]:
    """The things the candidate calls the tools they use (_CALLED_TOOL): each item of the subject of two words or more
    is a tool of theirs, in whatever words ("social channel insights", "a shared calendar"). Never a pronoun ("These
    are the tools I use": what they point at was named before) or one word ("Patience is one of the most valuable
    tools I use": a quality; a product named so is read by the usage frames)."""
    out: list[Mention] = []
    for verb in _CALLED_TOOL.finditer(text):
        lo = max(0, verb.start() - _CALLED_SUBJECT_REACH_CHARS)
        opened = _CALLED_CLAUSE_START.match(text, lo, verb.start())
        if opened is None and lo > 0:
            continue  # a subject longer than the reach: no subject read
        start = opened.end() if opened else lo
        if len(text[start : verb.start()].split()) > _CALLED_SUBJECT_WORDS:
            continue
        at = start
        for piece in [*_CALLED_SPLIT.finditer(text, start, verb.start()), None]:
            hi = piece.start() if piece else verb.start()
            words = text[at:hi].split()
            item_start = at + len(text[at:hi]) - len(text[at:hi].lstrip())
            at = piece.end() if piece else hi
            while words and (words[0].lower() in _CALLED_DETERMINERS or (
                    len(words) > 1 and words[0].lower().endswith("ly") and words[0].isalpha())):  # "Honestly, my phone"
                item_start = text.index(words[1], item_start + len(words[0])) if len(words) > 1 else item_start
                words = words[1:]
            if not 2 <= len(words) <= _CALLED_ITEM_WORDS or words[0].lower() in _NOT_CALLED:
                continue  # one word called a tool is a quality as often as a thing ("Patience is ... tools I use")
            end = item_start + len(text[item_start:hi].rstrip())
            phrase = " ".join(words)
            out.append(Mention(f"called:{phrase.lower()}", item_start, end, generic=True,
                               why=f'called the tools the candidate uses: "{text[verb.start() : verb.end()]}"'))
        if len(out) >= _MOST_CALLED:
            break
    return out


# A type in apposition after a name says what the name is: "I use Kurrently, a social listening tool", "Plausible, an
# open source web analytics platform". Read back from the type: the name's last word, a comma, bracket or dash, an
# article and up to five words.
_GLOSS_BEFORE = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][\w.+&'’-]*+)[ \t]*+(?:,|\(|[–—-])[ \t]*+"
    r"(?:an?|the|our|my|una?|une|uma?|ein|eine|el|la|le|o)[ \t]++(?:[\w'’-]++[ \t]++){0,5}+\Z", re.IGNORECASE)
_GLOSS_REACH_CHARS = 80
_GLOSS_ENDS = re.compile(r"[ \t]*+(?:[.,;:)!?\n–—]|\Z|(?:that|which|for|to|with|used)(?![\w'’]))", re.IGNORECASE)


def _glosses_a_name(reading: Reading, start: int, end: int) -> bool:
    """The type at [start, end) is set in apposition after a product-like name: the name's description, one tool
    with it, counted (or not) as the name is, not a second tool. An apposition ends its clause, or a relative or a
    purpose goes on from it: "Monday to Friday, a social listening tool runs too" glosses no name."""
    m = _GLOSS_BEFORE.search(reading.text, max(0, start - _GLOSS_REACH_CHARS), start)
    if m is None or not m.group("name")[0].isupper() or not _GLOSS_ENDS.match(reading.text, end):
        return False
    # Capitals after a word of the sentence mark a proper name however common the word ("about Plausible, an ...").
    return product_like(m.group("name"), reading.language) or _AFTER_A_WORD.search(
        reading.text, max(0, m.start() - _AFTER_A_WORD_REACH), m.start()) is not None


_AFTER_A_WORD = re.compile(r"[a-z][ \t]++\Z")
_AFTER_A_WORD_REACH = 4


# A tool with no brand told by the work it does: "proprietary software that allows us to monitor the stream", "an app
# that lets me schedule stories", "software to help monitor social media", "Facebook tools that track posts", and
# with the device it runs on between: "an app on my phone to plan my Instagram posts". The work says the kind, keyed
# as tool_types.txt keys it, so the same kind named as a type too is one tool. English.
_TOLD_BY_ITS_WORK = re.compile(
    r"(?=[stapd])(?<![\w'’])(?:software|tool|tools|app|apps|platform|platforms|system|program|dashboard)[ \t]++"
    r"(?:(?:on|in)[ \t]++(?:my|our|your|the)[ \t]++(?:phone|laptop|computer|desktop|browser|tablet)[ \t]++)?+"
    r"(?:(?:that|which)[ \t]++(?:(?:helps?|allows?|lets?|enables?)[ \t]++(?:(?:us|me|you)[ \t]++)?(?:to[ \t]++)?)?"
    r"|to[ \t]++(?:help[ \t]++(?:(?:us|me|you)[ \t]++)?)?)"
    r"(?P<work>monitor|listen|track|measure|analy[sz]e|schedule|publish|plan|design|edit|moderate)(?:s|es)?(?![\w'’])")
_KIND_OF_WORK = {"monitor": "social listening tool", "listen": "social listening tool", "track": "analytics tool",
                 "measure": "analytics tool", "analyse": "analytics tool", "analyze": "analytics tool",
                 "schedule": "scheduling tool", "publish": "scheduling tool", "plan": "scheduling tool",
                 "design": "design tool", "edit": "design tool", "moderate": "moderation bot"}
_TOOL_NOUNS = ("software", "tool", "app", "platform", "system", "program", "dashboard")


def _told_by_its_work(lower: str) -> list[Mention]:
    """The tools told by their work in the lower-cased text (read only where one of their nouns is)."""
    if not any(noun in lower for noun in _TOOL_NOUNS):
        return []
    return [Mention(_KIND_OF_WORK[m.group("work")], m.start(), m.end(), generic=True,
                    why="a tool told by the work it does") for m in _TOLD_BY_ITS_WORK.finditer(lower)]


# A line of a list: a few words, its own line ("Flaticon for default art (paid)", "- Loomly").
_LINE_ITEM_WORDS = 8
_MIN_LIST_LINES = 3
_LINE_LEAD = re.compile(r"[ \t>]*+(?:[-*•·–]|\d{1,2}[.)])?+[ \t]*+")


# Two lines make a list when each says what its name is for, as a list of tools does ("Later for scheduling" /
# "Flaticon for default art"): a name of one to three words, maybe a dash or colon, then "for".
_MIN_PURPOSE_LINES = 2
_NAME_THEN_FOR = re.compile(
    r"[^\W_][\w.+&'’]*+(?:[ \t]++[^\W_][\w.+&'’]*+){0,2}?[ \t]*+(?:[:–—-][ \t]*+|\([ \t]*+)?+for[ \t]", re.IGNORECASE)
# What every match of _NAME_THEN_FOR holds, as a pattern that ignores case reads it (patterns.ascii_may_hold).
_FOR = ("for",)
# A line saying what its name is for may run longer than an item: "Vimeo (for hosting streaming video for the
# Podcaster Community)".
_PURPOSE_LINE_WORDS = 14


def _says_what_for(text: str, sentence: Sentence) -> bool:
    """The line is a name and what it is for ("Moz FollowerWonk for Buffer timing", "Canva - for graphics")."""
    lead = _LINE_LEAD.match(text, sentence.start, sentence.end)
    return _NAME_THEN_FOR.match(text, lead.end() if lead else sentence.start, sentence.end) is not None


def _listed_lines(reading: Reading, known: list[Mention]) -> list[Mention]:
    """A list written one item a line, each line opening with a name, beside a tool a list knows on one of
    its lines ("Flaticon for default art (paid)" / "Flickr for photo storage" / "Buffer's Pablo app"): the
    product-like name opening each line is a tool too. Three lines or more of a paragraph, each of a few
    words on a line of its own, or two that say what their names are for; with no known tool, two lines or more
    that say so. Never a channel, nor a name a person's role or pronoun follows."""
    text, sentences = reading.text, reading.layout.sentences
    runs: list[list[int]] = []
    counts = sentence_word_counts(reading.layout)
    said: dict[int, bool] = {}  # sentence index -> whether its line says what its name is for, read once
    # No line of an ASCII text without "for" (as a pattern that ignores case reads it) says what its name is for: its
    # lines are not read for it (every short line of a dense reply was).
    may_say_for = ascii_may_hold(reading.prepared, _FOR)

    def says_what_for(i: int) -> bool:
        if not may_say_for:
            return False
        if i not in said:
            said[i] = _says_what_for(text, sentences[i])
        return said[i]

    line_words = 0  # the words of the current run's last line, all its sentences
    run_end = -2  # the last sentence the current run holds, an item or the rest of an item's line
    for i, sentence in enumerate(sentences):
        on_its_line = sentence.start == 0 or text.rfind("\n", 0, sentence.start) >= (
            sentences[i - 1].end if i else 0)
        continues = run_end == i - 1 and sentences[i - 1].paragraph == sentence.paragraph
        if not on_its_line:
            # A second sentence on an item's line is part of the item ("HubSpot: Where tickets live. Your inbox."):
            # the line stays in the list while the line as a whole is short.
            line_words += counts[i]
            if continues and (line_words <= _LINE_ITEM_WORDS or (
                    line_words <= _PURPOSE_LINE_WORDS and says_what_for(runs[-1][-1]))):
                run_end = i
            continue
        line_words = counts[i]
        if counts[i] <= _LINE_ITEM_WORDS or (counts[i] <= _PURPOSE_LINE_WORDS and says_what_for(i)):
            if continues:
                runs[-1].append(i)
            else:
                runs.append([i])
            run_end = i
    taken = SpanSet((m.start, m.end) for m in known)
    channels = SpanSet((h.start, h.end) for h in lexicons().channels.find(reading.prepared))
    out: list[Mention] = []
    with_a_tool: set[int] | None = None  # the paragraphs naming a known tool, read when first asked
    for run in runs:
        purposes = sum(1 for i in run if says_what_for(i))
        if len(run) < _MIN_PURPOSE_LINES:
            continue
        # Beside a tool a list knows, or in lines of which two or more say what each name is for, as only a list
        # of tools does ("Zencastr (for recording podcasts)" / "Zoom (for everything else)").
        beside_a_tool = any(taken.overlaps(sentences[i].start, sentences[i].end) for i in run)
        # Two lines are a list when each says what its name is for, or one does and a list knows a tool on them
        # ("Buffer, obviously" / "Moz FollowerWonk for Buffer timing").
        if len(run) < _MIN_LIST_LINES and not (purposes == len(run) or (purposes and beside_a_tool)):
            continue
        if purposes < _MIN_PURPOSE_LINES and not beside_a_tool:
            continue
        # Lines saying what each is for, in a paragraph that names a known tool, go on its list of tools: "The
        # Business Suite app is a great tool ..." then "Zoom (for everything except recording podcasts)".
        if not beside_a_tool:
            if with_a_tool is None:
                with_a_tool = {s.paragraph for s in sentences if taken.overlaps(s.start, s.end)}
            beside_a_tool = sentences[run[0]].paragraph in with_a_tool
        for i in run:
            lead = _LINE_LEAD.match(text, sentences[i].start, sentences[i].end)
            m = _NAME_WORD.match(text, lead.end() if lead else sentences[i].start, sentences[i].end)
            if m is None:
                continue
            word = m.group().rstrip(".,:;'’")
            end = m.start() + len(word)
            # With no known tool beside it, the name must look like a product itself ("Empathy for everyone").
            if len(word) < 2 or taken.overlaps(m.start(), end) or not (product_like(word, reading.language) or (
                    beside_a_tool and _uncommon_opener(word, reading.language))):
                continue
            if channels.overlaps(m.start(), end) or is_person(reading, end):
                continue
            if _labels_a_question(reading, sentences[i], m.start(), end):
                continue  # "Metrics: reach, saves" on the line after "Tools: Hootsuite and Canva" opens the next answer
            out.append(Mention(word.lower(), m.start(), end, why="a line of a list of tools"))
            taken.add(m.start(), end)
    return out


# A tool type as the subject of what such tools can do for anyone: "Social listening tools can alert you to
# mentions", "Herramientas de social listening pueden alertarte", "Monitoring-Tools können ...". A possessive before
# the type makes it the candidate's ("our listening tool can flag ...").
_CAN_DO = re.compile(
    r"[ \t]++(?:(?:often|also|really|even|usually)[ \t]++)?(?:can|could|may|might|will|help|let|allow|"
    r"pueden|puede|podem|pode|peuvent|peut|permettent|können|kann|helfen)(?![\w'’])")
_OWNER_BEFORE = re.compile(
    r"(?<![\w'’])(?:our|my|we|I|nuestras?|nuestros?|mis?|nossas?|nossos?|minhas?|meus?|nos|notre|mes|mon|ma|"
    r"unsere[mnrs]?|meine[mnrs]?)[ \t]++(?:[\w-]++[ \t]++){0,2}$", re.IGNORECASE)
_TYPE_OWNER_REACH_CHARS = 40


def _what_such_tools_do(text: str, start: int, end: int) -> bool:
    """The type at start..end opens a statement of what such tools can do (_CAN_DO), with no owner before it."""
    return _CAN_DO.match(text, end) is not None and \
        _OWNER_BEFORE.search(text, max(0, start - _TYPE_OWNER_REACH_CHARS), start) is None


def _labels_a_question(reading: Reading, sentence: Sentence, start: int, end: int) -> bool:
    """The word at start..end is its line's label and names what the tools or the metrics question asks about
    ("Metrics:", "KPIs:", "Apps:"): the line answers a question, it is no item of a list."""
    label = sentence.label
    if not label or not label[0] <= start < end <= label[1]:
        return False
    return any(label_matches(matcher, reading.text[start:end]) for matcher in cues().topics.values())


# In a list of tools one a line, a capitalised word opening a line is a name unless it is a common word:
# "Flickr for photo storage" / "Buffer, obviously" / "Buffer’s Pablo app" (wordfreq puts "flickr" and "buffer"
# at 3.3 and 3.8 on its Zipf scale, "thanks" at 5.4, "honestly" at 4.7).
_LIST_OPENER_ZIPF = 4.0


def _uncommon_opener(word: str, language: str) -> bool:
    return word[:1].isupper() and len(word) >= 3 and rare_word(word, language, _LIST_OPENER_ZIPF)


# A word that may be a name: letters or digits, with the marks names carry ("Swat.io", "AT&T").
_NAME_WORD = re.compile(r"[^\W_][\w.+&'’]*+")

# An abbreviation in the plural: "SMMs", "CMs", "DMs".
_PLURAL_ABBREVIATION = re.compile(r"[A-Z]{2,}s")

# Languages that capitalise every noun: a capitalised rare word there is no sign of a product.
_NOUNS_CAPITALISED = frozenset({"de"})


# "at" right before a name: a place or an employer ("At LMG, we use ...", "we work at Zorblax").
_AT_BEFORE = re.compile(r"(?<![\w'’])[Aa]t[ \t]++\Z")
_AT_BEFORE_REACH_CHARS = 4


def _in_the_tools_answer(reading: Reading, known: list[Mention],
                         answered: tuple[tuple[str, str], ...]) -> list[Mention]:
    """Product-like names (CamelCase, a domain, capitals, or capitalised and rare as a word) in the part of the
    reply that answers the tools question by its shape (answers.tools_answer: under a "Tools" label, numbered 1,
    under the quoted first question): what is named there is named as a tool, in whatever words ("Tools:
    Kurrently every morning, and Loomly when the team needs approvals"). Never a channel, a label's word, or a
    name a person's role or pronoun follows."""
    sentences = tools_answer(reading, answered)
    if not sentences:
        return []
    taken = SpanSet((m.start, m.end) for m in known)
    # A network's name glued by a dot to more is another product's name: "Discord.RSS", "Twitter.js".
    text = reading.text
    channels = SpanSet((h.start, h.end) for h in lexicons().channels.find(reading.prepared)
                       if not (text[h.end : h.end + 1] == "." and text[h.end + 1 : h.end + 2].isalnum()))
    metric_spans: SpanSet | None = None  # read at the first list item of capitalised words
    out: list[Mention] = []
    for index in sorted(sentences):
        sentence = reading.layout.sentences[index]
        start = sentence.after_label(past_mark=True)
        item = _titled_item(reading, sentence, start)
        if item is not None:
            if metric_spans is None:
                metric_spans = SpanSet((h.start, h.end) for h in lexicons().metrics.find(reading.prepared))
            if not (taken.overlaps(*item) or channels.overlaps(*item) or metric_spans.overlaps(*item)):
                out.append(Mention(reading.text[item[0] : item[1]].lower(), *item,
                                   why="a list item of capitalised words in the answer to the tools question"))
                taken.add(*item)
                continue
        # A link's host and path are an address ("https://github.com/PhonePe/mantis/discussions"), no product.
        links = SpanSet(u.span() for u in _LINK.finditer(reading.text, start, sentence.end))
        for m in _NAME_WORD.finditer(reading.text, start, sentence.end):
            if links.overlaps(m.start(), m.end()):
                continue
            word = m.group().rstrip(".,'’")
            end = m.start() + len(word)
            if len(word) >= 2 and not product_like(word, reading.language):
                # "RD Station": an abbreviation in capitals with a capitalised word after it, both common as
                # words, is one name written like a product.
                joined = _ABBREVIATION_THEN_WORD.match(reading.text, m.start(), sentence.end)
                if joined is None or taken.overlaps(m.start(), joined.end()):
                    continue
                word, end = joined.group(), joined.end()
            if len(word) < 2 or a_metrics_name(word):
                continue  # "Tools: CTR measures ...": a metric's name, not a product
            if m.group().endswith(("'s", "’s")) or _PLURAL_ABBREVIATION.fullmatch(word):
                # "As the Blanton's Digital Content Strategist": a possessive owns what follows it (an employer);
                # "tools can help SMMs": an abbreviation in the plural names a group of people or things.
                continue
            if not rare_word(word, reading.language, EVERYDAY_DEVICE_ZIPF):
                continue  # "my iPhone", "on eBay": a name everyone writes is a device or a shop, not a work tool
            if reading.language in _NOUNS_CAPITALISED and not written_like_product(word):
                continue  # "Arbeitsaufkommen": every German noun is capitalised, and compounds are rare
            if m.start() == start and told_to_the_reader(reading, m.start(), end):
                continue  # "Reforce os filtros das redes": a verb told to the reader opens the sentence
            if taken.overlaps(m.start(), end) or channels.overlaps(m.start(), end) or is_person(reading, end):
                continue
            if _handle_or_tag(reading.text, m.start()):
                continue  # "At @SMUNews, we monitor the keywords": an account or a topic, not a product
            if _AT_BEFORE.search(reading.text, max(start, m.start() - _AT_BEFORE_REACH_CHARS), m.start()):
                continue  # "At LMG, we use the scheduling tools": where the candidate works, not a product
            if _THE_BEFORE.search(reading.text, max(start, m.start() - _THE_BEFORE_REACH_CHARS), m.start()):
                # "Currently, the Blanton posts to Facebook": a name after "the" is a place or a body (a museum, a
                # paper, a team); a product after it has a frame to tell it ("the Zorblax app", "the Zorblax
                # dashboard"), which the usage frames read.
                continue
            out.append(Mention(word.lower(), m.start(), end, why="named in the answer to the tools question"))
            taken.add(m.start(), end)
    return out


# A list item of two or three capitalised words and nothing else, in the answer to the tools question, is one name
# however common its words ("- Yahoo Pipes", "• Market Metrix"): a list under "Tools I use:" names its tools. Not
# when it ends in a verb's "-ing" form: that names a kind of work.
_LIST_MARK = re.compile(r"[ \t]*+(?:[-*•‣▪◦–]|\d{1,2}[.)])[ \t]++")
_TITLED_ITEM = re.compile(r"(?:[A-Z][\w.+&'’-]*+[ \t]++){1,2}[A-Z][\w.+&'’-]*+[ \t]*+[.,;]?+[ \t]*+")
_LINE_ENDS = re.compile(r"[ \t]*+(?:\r?\n|\Z)")


def _titled_item(reading: Reading, sentence: Sentence, start: int) -> tuple[int, int] | None:
    """The span of the name a list item of capitalised words holds, or None."""
    text = reading.text
    if _LINE_ENDS.match(text, sentence.end) is None:
        return None  # more follows on the line: a sentence, not an item
    # The mark opens the line, in the sentence ("- Yahoo Pipes") or as one of its own ("1." then "Yahoo Pipes").
    mark = _LIST_MARK.match(text, text.rfind("\n", 0, sentence.start) + 1, sentence.end)
    if mark is None or mark.end() < start:
        return None
    item = _TITLED_ITEM.fullmatch(text, mark.end(), sentence.end)
    if item is None:
        return None
    end = item.end()
    while text[end - 1] in " \t.,;":
        end -= 1
    if text[mark.end() : end].lower().endswith("ing"):
        return None  # "- Social Listening", "- Community Building": a kind of work, not a product's name
    return mark.end(), end


# "the" right before a name (a word start before it).
_THE_BEFORE = re.compile(r"(?<![\w'’])[Tt]he[ \t]++\Z")
_THE_BEFORE_REACH_CHARS = 8

# A link written out: its scheme or "www." and what follows up to a space.
_LINK = re.compile(r"(?:[Hh][Tt][Tt][Pp][Ss]?+://|[Ww][Ww][Ww]\.)[^\s<>\"]++")

# An abbreviation in capitals (two to four letters) and a capitalised word after it, one space apart: "RD Station".
_ABBREVIATION_THEN_WORD = re.compile(r"[A-Z]{2,4}+ [A-Z][a-z]{2,}+(?![\w'’])")


def _handle_or_tag(text: str, start: int) -> bool:
    """The name at ``start`` is written after "@" or "#": an account ("@SMUNews") or a topic, which no list knows
    as a product; a listed name written as a hashtag is read apart (_hashtags)."""
    return start > 0 and text[start - 1] in "@#＠＃"


def _unlisted(reading: Reading, known: list[Mention]) -> list[Mention]:
    """Product-like names in usage frames that no list knows; a channel stays a channel."""
    spans = [(m.start, m.end) for m in known]
    taken = SpanSet(spans)
    channels = {(h.start, h.end) for h in lexicons().channels.find(reading.prepared)}
    out: list[Mention] = []
    for tool in named_tools(reading, spans):
        if ((tool.start, tool.end) in channels or taken.overlaps(tool.start, tool.end) or is_person(reading, tool.end)
                or _handle_or_tag(reading.text, tool.start)):
            continue
        out.append(Mention(tool.key, tool.start, tool.end, why=tool.why))
        taken.add(tool.start, tool.end)
    return out


def find_tools(reading: Reading, answered: tuple[tuple[str, str], ...] | None = None,
               enough: int = 2) -> Finding:
    """``answered``: (quoted question, answer) pairs; given (even empty), and when fewer than ``enough``
    tools are found otherwise, names in the part of the reply that answers the tools question by its shape
    count too (read only then: most replies name their tools in words the lists and frames know)."""
    mentions = _products_of_brands(reading.text, _mentions(reading))
    finding = _counted(reading, mentions, answered or ())
    if finding.count >= enough:
        return finding
    more = _in_the_tools_answer(reading, mentions, answered) if answered is not None else []
    if more:
        # "ein Social Media Management Tool wie Swat.io": a type the brand found here follows is that brand.
        starts = sorted(m.start for m in more)
        kept = [m for m in mentions if not (m.generic and _brand_follows(reading.text, m.end, starts))]
        mentions = sorted(kept + more, key=lambda m: m.start)
        finding = _counted(reading, mentions, answered or ())
        if finding.count >= enough:
            return finding
    finding = _with_described_kinds(reading, finding, mentions, answered or ())
    if finding.count + len(finding.doubtful) >= enough:
        return finding  # the doubt found makes up the shortfall already: a person decides
    return _with_unframed_names(reading, finding, mentions, answered or ())


def _with_described_kinds(reading: Reading, finding: Finding, mentions: list[Mention],
                          answered: tuple[tuple[str, str], ...]) -> Finding:
    """The finding, short of tools, with the tools described in words no list holds as doubt (tool_kinds.py): read in
    the candidate's voice as a name is (_counted), never counted, and none that names a tool found already.
    ``mentions``: everything the lists and frames found, counted or not."""
    channels = lexicons().channels.find(reading.prepared)
    kinds = described_kinds(reading, _found_already(mentions, channels))
    # Every name found, counted or not: a phrase introducing one or glossing one names that tool ("tools like
    # Hootsuite"), whatever the reply then says of it.
    brand_starts = sorted(m.start for m in mentions if not m.generic)
    brand_ends = sorted(m.end for m in mentions if not m.generic)
    starts, ends = [h.start for h in channels], [h.end for h in channels]
    said: list[Mention] = []
    for kind in kinds:
        # "tools like Hootsuite", "Help Scout, our support tool", "Hootsuite is a great app", "a great tool for social
        # media creations is Canva": the tool found, again; "Google Analytics has a tool that ...": its own part.
        if _brand_follows(reading.text, kind.end, brand_starts) or _named_by_a_copula(reading.text, kind.end,
                                                                                      brand_starts):
            continue
        before = bisect.bisect_right(brand_ends, kind.start) - 1
        if before >= 0 and (_DESCRIBES.fullmatch(reading.text, brand_ends[before], kind.start)
                            or of_a_name(reading, brand_ends[before], kind.start)):
            continue
        if _glosses_a_name(reading, kind.start, kind.end):
            continue
        if a_networks_own_app(reading.text, kind.start, kind.end, starts, ends):
            continue  # "the app of Instagram": a channel
        said.append(Mention(kind.key, kind.start, kind.end, generic=True, why=_A_KIND_UNCONFIRMED,
                            described=_what_such_tools_do(reading.text, kind.start, kind.end)))
        if len(said) == _MOST_KINDS_READ:
            # A bounded number at most: a person is asked once, and a reply of a thousand tool words costs no more
            # than one of a few.
            break
    return _with_doubts(reading, finding, said, answered)


def _found_already(mentions: list[Mention], channels: list[Hit]) -> SpanSet:
    """Where the lists and frames found a tool, counted or not, and where a network is named."""
    return SpanSet([*((m.start, m.end) for m in mentions), *((h.start, h.end) for h in channels)])


def _with_doubts(reading: Reading, finding: Finding, said: list[Mention],
                 answered: tuple[tuple[str, str], ...]) -> Finding:
    """The finding with what of ``said`` stands in the candidate's voice (_counted) as doubt, each noted with how it
    was read (its ``why``), never counted."""
    if not said:
        return finding
    doubts = _counted(reading, said, answered).evidence
    if not doubts:
        return finding
    how = {reading.text[m.start : m.end].lower(): m.why for m in said}
    notes = [*finding.notes, *(f"{how[words.lower()]}: {words}" for words in doubts)]
    return replace(finding, notes=tuple(notes), doubtful=tuple(dict.fromkeys([*finding.doubtful, *doubts])))


_A_KIND_UNCONFIRMED = "a tool described in words no list holds, unconfirmed"
_MOST_KINDS_READ = 8


def _with_unframed_names(reading: Reading, finding: Finding, mentions: list[Mention],
                         answered: tuple[tuple[str, str], ...]) -> Finding:
    """The finding, short of tools, with the names written like products that no frame says are used as doubt
    (unframed_names.py): read in the candidate's voice as a name is (_counted), never counted, and none that a list,
    a frame or a network found already, counted or not (a name negated or recommended was read there)."""
    taken = _found_already(mentions, lexicons().channels.find(reading.prepared))
    said = [Mention(reading.text[n.start : n.end].lower(), n.start, n.end, why=n.why)
            for n in unframed_names(reading, taken)]
    # "a quick glance at my TweetGrid": a name written like a product, owned by the candidate, is theirs to use.
    owned = [replace(m, why=f'written like a product, the candidate\'s own: "{reading.text[m.start : m.end]}"')
             for m in said if _OWNED_BY_THE_WRITER.search(reading.text, max(0, m.start - _WRITER_REACH_CHARS), m.start)
             and not _A_DEVICE_STYLE.match(reading.text, m.start)]
    if owned:
        counted = _counted(reading, sorted([*mentions, *owned], key=lambda m: m.start), answered)
        finding = replace(counted, notes=tuple(dict.fromkeys([*counted.notes, *finding.notes])),
                          doubtful=finding.doubtful)
        owned_starts = {o.start for o in owned}
        said = [m for m in said if m.start not in owned_starts]
    return _with_doubts(reading, finding, said, answered)


# The writer's own, right before a name: "my TweetGrid", "our Plumquix.com account".
_OWNED_BY_THE_WRITER = re.compile(r"(?<![\w'’])(?:my|our)[ \t]++$", re.IGNORECASE)
_WRITER_REACH_CHARS = 8
# A small "i" or "e" before a capital is how devices and e-words are written ("my iMac", "my eReader"): owning one
# says nothing of a work tool, and it stays doubt.
_A_DEVICE_STYLE = re.compile(r"[ie][A-Z]")


# Between a brand and a product of its own: "Later's Instagram Analytics", "Sprout’s Smart Inbox".
_POSSESSIVE_BEFORE = re.compile(r"['’]s[ \t]{1,4}$")
_POSSESSIVE_REACH_CHARS = 6
_BEFORE_A_PRODUCT = frozenset(" \t\n")


def _products_of_brands(text: str, mentions: list[Mention]) -> list[Mention]:
    """A tool named right after a brand's possessive is that brand's product, one tool with it: it takes the
    brand's key, so "Later's Instagram Analytics" counts once, however many lists found the product."""
    if len(mentions) < 2:
        return mentions
    brands = {m.end: m for m in mentions}
    out = []
    for m in mentions:
        # The possessive's spaces or tabs end right before the name, or a line break ("$" also matches before one
        # ending the reach): a name glued to a letter ("GoogleAnalyticsHootSuite") is read no further.
        if not (m.start and text[m.start - 1] in _BEFORE_A_PRODUCT):
            out.append(m)
            continue
        possessive = _POSSESSIVE_BEFORE.search(text, max(0, m.start - _POSSESSIVE_REACH_CHARS), m.start)
        brand = brands.get(possessive.start()) if possessive else _owner_named_before(text, m, out)
        out.append(replace(m, key=brand.key) if brand is not None and brand is not m else m)
    return out


# A possessive pronoun right before a name: "Sprout Social is my daily driver; its Smart Inbox feature keeps ...".
_PRONOUN_BEFORE = re.compile(
    r"(?<![\w'’])(?:[Ii]ts|[Tt]heir|[Ss]us?|[Ss]eu|[Ss]ua|[Ss]eus|[Ss]uas|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?|[Ss]ein(?:e[mnr]?)?|"
    r"[Ii]hr(?:e[mnr]?)?)[ \t]{1,4}$")
_PRONOUN_REACH_CHARS = 12
# Every word _PRONOUN_BEFORE reads as the pronoun, as written, and the longest of them.
_PRONOUNS = frozenset(
    f"{first}{rest}" for word in ("its", "their", "su", "sus", "seu", "sua", "seus", "suas", "son", "sa", "ses", "leur",
                                  "leurs", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem",
                                  "ihren", "ihrer")
    for first in (word[0], word[0].upper()) for rest in (word[1:],))
_LONGEST_PRONOUN = 6
# How far back the tool the pronoun stands for may be named, in the same paragraph.
_OWNER_REACH_CHARS = 160


def _owner_named_before(text: str, m: Mention, before: list[Mention]) -> Mention | None:
    """The tool a possessive pronoun before ``m`` stands for: the last one named before it, close by and in the same
    paragraph ("its Smart Inbox" after "Sprout Social" is Sprout's own feature, one tool with it)."""
    if not before or m.start - before[-1].end > _OWNER_REACH_CHARS or not _may_follow_a_pronoun(text, m.start):
        return None
    if not _PRONOUN_BEFORE.search(text, max(0, m.start - _PRONOUN_REACH_CHARS), m.start):
        return None
    owner = before[-1]
    return owner if "\n\n" not in text[owner.end : m.start] else None


def _may_follow_a_pronoun(text: str, start: int) -> bool:
    """False only where _PRONOUN_BEFORE cannot end at ``start``: a match ends with spaces or tabs at ``start`` (or
    before a line break right before it: "$"), after a pronoun, a whole word; the letters before those spaces, when
    they and the characters before them are ASCII, are then one of _PRONOUNS ("I use Hootsuite" was searched from
    twelve places before each name)."""
    end = start - 1 if start and text[start - 1] == "\n" else start
    lo = max(0, start - _PRONOUN_REACH_CHARS)
    spaced = end
    while spaced > lo and text[spaced - 1] in " \t":
        spaced -= 1
    if spaced == end:
        return False  # no space or tab ends the reach
    word = ascii_word_before(text, lo, spaced, _LONGEST_PRONOUN)
    return word is None or word in _PRONOUNS


# A kind said to be a brand, the kind the subject: "A great tool for social media creations is Canva".
_COPULA_THEN_BRAND = 80
_COPULA_THEN = re.compile(r"[^.!?;:\n]*?[ \t]++(?:is|was|would[ \t]++be|has[ \t]++to[ \t]++be|remains)[ \t]++")


def _named_by_a_copula(text: str, end: int, brand_starts: list[int]) -> bool:
    """The kind ending at ``end`` is the subject of "is" and the next brand ("A great tool for ... is Canva"): it
    describes that brand, no tool of its own."""
    i = bisect.bisect_left(brand_starts, end)
    return (i < len(brand_starts) and brand_starts[i] <= end + _COPULA_THEN_BRAND
            and _COPULA_THEN.fullmatch(text, end, brand_starts[i]) is not None)


def _brand_follows(text: str, end: int, brand_starts: list[int]) -> bool:
    """A brand starts within _TYPE_THEN_BRAND after a type ending at ``end``, with no list join between."""
    i = bisect.bisect_left(brand_starts, end)
    return (i < len(brand_starts) and brand_starts[i] <= end + _TYPE_THEN_BRAND
            and not _NEXT_ITEM.search(text, end, brand_starts[i]))


# A name in apposition to a tool the candidate owns: "According to one of my favorite social tools, Sprout
# Social, ...", "as our scheduling app, Later, reminds us": the possessive makes it the candidate's, whatever
# soft cue ("according to", "as ... reminds") stands before. Read in the few words before the name.
_OWNED_APPOSITION = re.compile(
    r"\b(?:[Mm]y|[Oo]ur)[ \t]++(?:[\w’'-]++[ \t]++){0,3}?(?:tools?|apps?|platforms?|software|go-to|favou?rites?)"
    r"[ \t]*+[,:(–—][ \t]*+$")
_OWNED_REACH_CHARS = 60


def _owned_before(text: str, start: int) -> bool:
    """The name at ``start`` stands in apposition to a tool the candidate calls theirs (_OWNED_APPOSITION)."""
    return _OWNED_APPOSITION.search(text, max(0, start - _OWNED_REACH_CHARS), start) is not None


# The candidate's own present use right before a name: "we run everything through Sprinklr, which is overkill for
# a small team", "I use Tableau, which is too expensive". A judgement after the name ("is overkill", "is too
# expensive") then weighs the tool the candidate still uses; said of a tool named without such a frame ("Buffer
# and Later are too expensive for a team our size") or in the past ("we tried Sprout, which was overkill") it
# still sets it aside.
_OWN_SUBJECT = re.compile(r"(?:^|[^\w'’])(?:i|we)(?:['’](?:m|re|ve))?+(?:\s++(?:still|also|now|currently|mostly|"
                          r"basically|really|just|all|have|are|am))*+\s++$", re.IGNORECASE)
# "I'd recommend", "we would always recommend".
_OWN_SUBJECT_WITH_MODAL = re.compile(r"(?:^|[^\w'’])(?:i|we)(?:['’]d|\s++would)(?:\s++(?:always|also|really|"
                                     r"definitely|highly))*+\s++$", re.IGNORECASE)
_PAST_FRAME_WORDS = frozenset({"made", "built", "kept", "threw", "ran", "did", "tried"})
_OWN_SUBJECT_REACH_CHARS = 40


def _in_own_present_use(reading: Reading, start: int) -> bool:
    """A first-person usage frame in the present ends right before the name at ``start`` (_OWN_SUBJECT)."""
    skip = frames().skip
    for hit in frames().before.find(reading.prepared):
        if hit.end > start or hit.end < start - _OWN_SUBJECT_REACH_CHARS:
            continue
        between = reading.text[hit.end : start].split()
        if any(w.lower().strip(":,") not in skip for w in between):
            continue
        first = hit.entry.phrase.split()[0].lower()
        if first.endswith("ed") or first in _PAST_FRAME_WORDS:
            continue
        if _OWN_SUBJECT.search(reading.text, max(0, hit.start - _OWN_SUBJECT_REACH_CHARS), hit.start):
            return True
    return False


def _recommended_by_the_candidate(reading: Reading, cancelled: Cancelled) -> bool:
    """The cue is the candidate's own recommendation ("I recommend", "we always recommend", "I'd recommend"): the
    candidate's subject right before it (_OWN_SUBJECT)."""
    if cancelled.at < 0 or cancelled.cue.lower() != "recommend":
        return False
    lo = max(0, cancelled.at - _OWN_SUBJECT_REACH_CHARS)
    return (_OWN_SUBJECT.search(reading.text, lo, cancelled.at) is not None
            or _OWN_SUBJECT_WITH_MODAL.search(reading.text, lo, cancelled.at) is not None)


# Negation cues that recommend to the reader ("you could also use", "you should try", "check out"): a recommendation,
# not a denial of use.
_TO_THE_READER_CUE = re.compile(r"(?:you\b.*|check out|should try)", re.IGNORECASE)


def _recommended_to_the_reader(cancelled: Cancelled) -> bool:
    """The cue recommends the tool to the reader ("you could also use a Discord bot", "Check out ... Google
    Alerts")."""
    return _TO_THE_READER_CUE.fullmatch(cancelled.cue) is not None


# The candidate in a sentence: "I", "we", "my", "our", "me", "us".
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b")


def _still_set_aside(reading: Reading, where: int, start: int) -> bool:
    """A tool set aside in sentence ``where`` ("I chose Buffer over Hootsuite for scheduling.") named again in the
    next sentence of the same paragraph with no word of the candidate's ("Hootsuite had multiple uses and Buffer was
    a one-trick-pony"): the sentence goes on about the choice, it does not take the tool up."""
    sentences = reading.layout.sentences
    index = reading.layout.index_at(start)
    if index != where + 1 or sentences[index].paragraph != sentences[where].paragraph:
        return False
    return _FIRST_PERSON.search(reading.text, sentences[index].start, sentences[index].end) is None


# How many items a list's lead line speaks for, read back from an item; what marks an item's line before its words.
_LIST_ITEMS_REACH = 12
_ITEM_MARKS = " \t-*•·–"


def _list_lead_colon(reading: Reading, index: int) -> int | None:
    """Where the colon ending a list's lead line stands, when sentence ``index`` is an item of that list: each
    sentence from the lead's on opens its own line (after bullet marks only), in the lead's paragraph unless it is
    bulleted, and the lead's ends in ":" ("Some great tools you could use are:" over "- Synthesio" / "- Brandwatch";
    not "Now we use Sprout." in a paragraph after the list)."""
    sentences, text = reading.layout.sentences, reading.text
    for i in range(index, max(0, index - _LIST_ITEMS_REACH), -1):
        item = sentences[i]
        marks = text[text.rfind("\n", 0, item.start) + 1 : item.start]
        if marks.strip(_ITEM_MARKS):
            return None  # the item shares its line with other words
        before = sentences[i - 1]
        if before.paragraph != item.paragraph and not (marks.strip() or text[item.start] in _ITEM_MARKS):
            return None  # a paragraph of its own after the list, not a bulleted item of it
        said = text[before.start : before.end].rstrip()
        if "\n" not in text[before.end : item.start]:
            return None
        if said.endswith(":"):
            return before.start + len(said) - 1
    return None


def _counted(reading: Reading, mentions: list[Mention], answered: tuple[tuple[str, str], ...] = ()) -> Finding:
    """The mentions in the candidate's own words, not negated and not someone else's. ``answered``: as for
    find_tools, to read which sentences answer the tools question."""

    @Once
    def tools_answered() -> set[int]:
        return tools_answer(reading, answered)

    found: list[tuple[str, int, int]] = []
    notes: list[str] = []
    why: dict[str, str] = {}
    doubtful: list[str] = []
    company = _Company(reading) if reading.language == "en" and mentions else None
    # (sentence index, clause start) -> not in the candidate's voice, read once per clause
    voice: dict[tuple[int, int], bool] = {}
    set_aside: dict[str, int] = {}  # a tool a hard cue set aside -> the sentence where it did
    lead_cues: dict[int, Cancelled | None] = {}  # sentence index -> what its list's lead cancels, read once
    for m in mentions:
        words = reading.text[m.start : m.end]
        if reading.is_excluded(m.start, m.end):
            continue
        if m.described and not _answers_the_tools_question(reading, reading.layout.index_at(m.start), tools_answered):
            notes.append(f"a kind of tool said of anyone, maybe the candidate's: {words}")
            doubtful.append(words)
            continue  # "Listening tools can alert you to a crisis": what such tools do, said of anyone
        if company is not None and company.not_the_product(m):
            notes.append(f"the company or its content, not the product: {words}")
            continue
        cancelled = reading.negation.cancelling(m.start, m.end)
        if cancelled is None:
            # An item of a list is weighed by the list's lead too: "Tools you could use are:" / "- Synthesio".
            index = reading.layout.index_at(m.start)
            if index not in lead_cues:
                colon = _list_lead_colon(reading, index)
                lead_cues[index] = None if colon is None else reading.negation.cancelling(colon, colon)
            cancelled = lead_cues[index]
        soft = bool(cancelled and cancelled.soft)
        # "Tools: I recommend Metricool and Planable to anyone": the candidate's recommendation, given as the
        # answer to which tools they use, is that answer.
        if cancelled and not (soft and (taken_up_after(reading, m.end) or _owned_before(reading.text, m.start)
                                        or (cancelled.after and _in_own_present_use(reading, m.start)))) and not (
                (_recommended_by_the_candidate(reading, cancelled) or _recommended_to_the_reader(cancelled))
                and _answers_the_tools_question(reading, reading.layout.index_at(m.start), tools_answered)):
            if soft and _of_the_profession(cancelled[0]):
                # "Community managers use tools like Hootsuite": maybe the candidate's answer, maybe not.
                notes.append(f"the profession's tools in general, maybe the candidate's: {cancelled[0]} … {words}")
                doubtful.append(words)
                continue
            if _recommended_by_the_candidate(reading, cancelled):
                # "I recommend Canva to my clients because it is such great value": a professional's recommendation
                # may come from use or from reputation; a person decides when it is what the reply offers.
                notes.append(f"recommended by the candidate, maybe used: {cancelled.cue} … {words}")
                doubtful.append(words)
                continue
            if soft and reading.language != "en":
                # "hin und wieder teste ich das ein oder andere Tool": only tried, or weighed; in a language whose
                # lists are thinner the rest of the reply may take it up in words they do not know (issue 9 item 5).
                notes.append(f"only tried or weighed, maybe used: {cancelled.cue} … {words}")
                doubtful.append(words)
                continue
            notes.append(f"negated: {cancelled[0]} … {words}")
            if not cancelled.soft:
                set_aside[m.key.lower()] = reading.layout.index_at(m.start)
            continue
        if m.key.lower() in set_aside and _still_set_aside(reading, set_aside[m.key.lower()], m.start):
            notes.append(f"set aside in the sentence before, only described here: {words}")
            continue
        other = someone_elses(reading, m.start, m.end)
        if other:
            notes.append(f"someone else's: {other} … {words}")
            continue
        index = reading.layout.index_at(m.start)
        sentence = _clause_of(reading.text, reading.layout.sentences[index], m.start)
        if (index, sentence.start) not in voice:
            voice[(index, sentence.start)] = not_the_candidates(reading.text, sentence, reading.language)
        if voice[(index, sentence.start)] and _answers_the_tools_question(reading, index, tools_answered):
            # "Tools: Use tools such as Facebook Insights or Google Analytics to track ...": told to the reader, but
            # given as the answer to which tools the candidate uses, it is that answer (graders read it so).
            found.append((m.key, m.start, m.end))
            why.setdefault(m.key, f"{m.why}, recommended as the answer to the tools question")
            continue
        if (voice[(index, sentence.start)] or examples_of_the_trade(reading.text, sentence, m.start,
                                                                    reading.language)) and not (
                taken_up_after(reading, m.end)):
            # "Set up Google Alerts for your brand", "Rayl chose Sendible; she knew ...": recommended, or another
            # person's, maybe the candidate's own too.
            notes.append(f"recommended to the reader or another person's, maybe the candidate's: {words}")
            doubtful.append(words)
            continue
        found.append((m.key, m.start, m.end))
        why.setdefault(m.key, m.why)
    finding = distinct_finding(found, reading.text, notes, why)
    return replace(finding, doubtful=tuple(dict.fromkeys(doubtful))) if doubtful else finding


# Where a clause turns from what the sentence said before: "..., but", "; but", ";". Read at most _TURN_REACH_CHARS
# before a name: a sentence of thousands of names and commas is read near each, not from its start for every one.
_TURN = re.compile(r"(?:,|;)[ \t]*+but[ \t]++|;[ \t]*+", re.IGNORECASE)
_TURN_REACH_CHARS = 400


def _clause_of(text: str, sentence: Sentence, start: int) -> Sentence:
    """The part of the sentence from the last turn before ``start`` ("I'm not here to sell you a product, | but using a
    tool like Hootsuite can really help you"): whose voice it is is read there, since the speaker's words before a
    "but" do not make a recommendation after it theirs. The whole sentence when nothing turns before the name."""
    lo = max(sentence.start, start - _TURN_REACH_CHARS)
    if text.find(";", lo, start) < 0 and text.find(",", lo, start) < 0:
        return sentence  # no mark a turn needs: most sentences, read without the search
    last = max((turn.end() for turn in _TURN.finditer(text, lo, start)), default=None)
    return sentence if last is None else Sentence(last, sentence.end, sentence.paragraph)


def _answers_the_tools_question(reading: Reading, index: int, tools_answered: Callable[[], set[int]]) -> bool:
    """Sentence ``index`` is where the reply answers the tools question by its shape (under a "Tools" label,
    numbered 1, under the quoted question) and tells of no other person: the candidate's own recommendation there
    ("Tools: I recommend Metricool and Planable"), advice to the reader there ("Tools: Use tools such as Google
    Analytics to track ...", "1) ... you could also use a Discord bot") and a tool type told by what such tools do
    are their answer to which tools they use. The trade's examples there ("Try bots such as Dyno or YAGPDB") still
    go to a person (_counted)."""
    return index in tools_answered() and not tells_of_another(reading.text, reading.layout.sentences[index],
                                                              reading.language)


@cache
def _company_words() -> tuple[Matcher, Matcher]:
    """tool_frames.toml [employer_before] (ending right before a name) and [its_content] (right after one)."""
    table = toml_table("tool_frames.toml")
    return (Matcher(language_entries(table["employer_before"], key="employer")),
            Matcher(language_entries(table["its_content"], key="content")))


# Between an employer's frame and the name ("work at THE Hootsuite"), and between the name and its content
# ("the Later'S blog").
_BEFORE_THE_NAME = re.compile(r"[ \t]++(?:the[ \t]++)?\Z", re.IGNORECASE)
# The possessive's apostrophe as typed, the opening quote mark included ("Sprinklr‘s angle").
_AFTER_THE_NAME = re.compile(r"(?:['’‘]s)?[ \t]++")
_BEFORE_THE_NAME_REACH_CHARS = 8


class _Company:
    """Where the reply's employer frames end and its words for a maker's content start, read once per finding."""

    def __init__(self, reading: Reading) -> None:
        employer, content = _company_words()
        self.text = reading.text
        self.employer_ends = {h.end for h in employer.find(reading.prepared)}
        self.content_starts = {h.start for h in content.find(reading.prepared)}

    def not_the_product(self, m: Mention) -> bool:
        """"I work at Hootsuite", "the Buffer podcast": the maker as an employer or a publisher, not the product.
        Each side is read only when the reply holds such words (most hold neither; 300 names glued in CamelCase
        asked both reads of each)."""
        if self.employer_ends:
            before = _BEFORE_THE_NAME.search(self.text, max(0, m.start - _BEFORE_THE_NAME_REACH_CHARS), m.start)
            if before is not None and before.start() in self.employer_ends:
                return True
        if self.content_starts:
            after = _AFTER_THE_NAME.match(self.text, m.end)
            return after is not None and after.end() in self.content_starts
        return False


@cache
def _profession() -> Matcher:
    """negation.toml [profession]: the candidate's own profession, named in a soft cue."""
    return Matcher(language_entries(toml_table("negation.toml")["profession"], key="profession"))


def _of_the_profession(cue: str) -> bool:
    """The cue ("Community managers use", "Most social media managers rely on") names the profession."""
    return label_matches(_profession(), cue)
