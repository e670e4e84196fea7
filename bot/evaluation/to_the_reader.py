"""Sentences not in the candidate's voice: addressed to the reader, or told of another person. Their tools are
recommended or someone else's; they do not say which the candidate uses.

"Set up Google Alerts for your brand and try the free plan of Later", "If you're starting out, use Buffer for
your first posts": the sentence opens with a verb (after small words, or after an opening "if you ..."
clause), speaks to the reader ("your", "you") and says nothing of the candidate ("I", "we", "our"). A terse
answer that drops its subject ("Use Buffer daily, Canva for images") speaks to no one and stays the
candidate's. A sentence opening with a condition on the reader ("If you have the budget, Radian6 might
meet your needs") is for the reader's case. A sentence told about another person ("Rayl chose Sendible from
the start; she knew ...") with no word of the candidate tells what that person uses.
The words are tool_frames.toml [to_the_reader].
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.evaluation.lexicon import toml_table
from bot.evaluation.text import Sentence
from bot.mail.patterns import WordPlaces

# A word with its apostrophes ("you're", "j'utilise"), read in lower case with one apostrophe sign.
_WORD = re.compile(r"\w+(?:'\w+)*'?")
# Opening clauses that set a condition on the reader before the advice: "If you're new, ...".
_CONDITIONS = frozenset({"if", "when", "once", "whenever", "si", "cuando", "wenn", "falls", "quand", "lorsque",
                         "se", "quando"})
_CONDITION_END = re.compile(r"[,:;–—]")
# Only the first words of a sentence are read for its verb; a condition longer than this is not an opening.
_OPENING_WORDS = 4
_CONDITION_CHARS = 120


@dataclass(frozen=True, slots=True)
class _Words:
    verbs: frozenset[str]
    lead: frozenset[str]
    you: frozenset[str]
    me: frozenset[str]
    third_person: frozenset[str]
    modals: tuple[tuple[str, ...], ...] = ()


@cache
def _words(language: str) -> _Words:
    table = toml_table("tool_frames.toml")["to_the_reader"]

    def of(part: str) -> frozenset[str]:
        return frozenset(w.lower().replace("’", "'") for w in table[part].get(language, ()))

    modals = tuple(tuple(_tokens(m)) for m in table.get("modals", {}).get(language, ()))
    return _Words(of("verbs"), of("lead"), of("you"), of("me"), of("third_person"), modals)


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def speaks_of_the_candidate(text: str, language: str) -> bool:
    """``text`` holds a word of the candidate's own ([to_the_reader.me]: "I", "we", "uns", "nous", "j'"...)."""
    return _speaks_of(_tokens(text), _words(language).me)


def _speaks_of(tokens: list[str], words: frozenset[str]) -> bool:
    """A token is one of ``words``, or opens with one that ends in an apostrophe ("j'" in "j'utilise")."""
    for t in tokens:
        if t in words:
            return True
        cut = t.find("'")
        if cut > 0 and t[: cut + 1] in words:
            return True
    return False


def _opens_with_a_verb(text: str, words: _Words) -> bool:
    """The sentence's first word, after small lead words and an opening condition, is a verb of ``words``."""
    tokens = _tokens(text[:_CONDITION_CHARS])
    if tokens and tokens[0] in _CONDITIONS:
        end = _CONDITION_END.search(text, 0, _CONDITION_CHARS)
        if end is None:
            return False
        tokens = _tokens(text[end.end() : end.end() + _CONDITION_CHARS])
    for token in tokens[:_OPENING_WORDS]:
        if token in words.verbs:
            return True
        if token not in words.lead:
            return False
    return False


def _conditioned_on_the_reader(text: str, words: _Words) -> bool:
    """The sentence opens with a condition on the reader: "If you have the budget, ...", "If you only use
    Twitter, ...": what follows is for the reader's case, whatever its verb."""
    tokens = _tokens(text[:_CONDITION_CHARS])
    if not tokens or tokens[0] not in _CONDITIONS:
        return False
    end = _CONDITION_END.search(text, 0, _CONDITION_CHARS)
    return end is not None and _speaks_of(_tokens(text[: end.start()]), words.you)


def not_the_candidates(text: str, sentence: Sentence, language: str) -> bool:
    """The sentence recommends to the reader, or tells of another person, rather than says what the candidate
    does. Read for the sentences that hold a tool only, each once (tools._counted keeps the answers)."""
    words = _words(language)
    # A label heading the line ("Link Clicks: The number of clicks on your link") is no verb of the sentence.
    start = sentence.after_label(past_mark=True)
    body = text[start : sentence.end]
    tokens = _tokens(body)
    if _speaks_of(tokens, words.me):
        return False
    opening = body.lstrip(" \t*•·-–—>0123456789.)(\"'“”‘’")
    return _speaks_of(tokens, words.third_person) or _conditioned_on_the_reader(opening, words) or (
        _opens_with_a_verb(opening, words) and _speaks_of(tokens, words.you)) or _told_what_to_do(tokens, words)


def tells_of_another(text: str, sentence: Sentence, language: str) -> bool:
    """The sentence speaks of another person ("she", "they") and not of the candidate."""
    words = _words(language)
    tokens = _tokens(text[sentence.after_label(past_mark=True) : sentence.end])
    return _speaks_of(tokens, words.third_person) and not _speaks_of(tokens, words.me)


def _told_what_to_do(tokens: list[str], words: _Words) -> bool:
    """"you" then a modal of [to_the_reader.modals], small lead words between: "you've gotta go with ...",
    "you should really try ..." (a "you've" or "you'll" token carries its own auxiliary)."""
    for i, token in enumerate(tokens):
        if token not in words.you:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j] in words.lead:
            j += 1
        # "you'll want to", "you've got to": the auxiliary is part of the "you" token.
        if any(tuple(tokens[j : j + len(m)]) == m for m in words.modals):
            return True
    return False


# A class of tools, then examples of it: "tools like Hootsuite and Tweetdeck", "platforms such as Later, Planoly",
# "some scheduling tools include: Buffer, Hootsuite", "tools exist to help you, including ...".
# Read in the sentence before a name; the names listed before it in the same example list are passed over.
_EXAMPLES_OF_A_CLASS = re.compile(
    r"(?:tools?|apps?|applications?|platforms?|software|services?|solutions?|programs?|suites?|dashboards?|bots?"
    r"|plugins?|plug-ins?|extensions?|schedulers?|integrations?)"
    # A few words may say what the class does or that it exists before its examples: "numerous tools exist to help
    # you, including ...", "lots of apps out there for this, like ...".
    r"(?:[ \t]++[\w'’-]++){0,6}?"
    r",?+[ \t]++(?:like|such[ \t]++as|including|e\.g\.|include|includes):?+[ \t]*+"
    # An example's words, a dot inside one ("Swat.io", "TrueSocialMetrics.com") kept as part of it.
    r"(?:(?:[^\s,;.!?]|\.(?=[^\s.]))++(?:[ \t]++(?:[^\s,;.!?]|\.(?=[^\s.]))++){0,2}?"
    r"(?:[ \t]*+,[ \t]*+(?:(?:and|or|&)[ \t]++)?+|[ \t]++(?:and|or|&)[ \t]++))*+\Z",
    re.IGNORECASE,
)
_EXAMPLES_REACH_CHARS = 120
# Words of which _EXAMPLES_OF_A_CLASS holds one (case-folded, mail.patterns.may_hold): a reach with none of them is
# not searched (the pattern ignores case and starts with its classes' names: tried at every character).
_EXAMPLES_SAID = ("like", "such", "including", "e.g.", "include", "includes")


@lru_cache(maxsize=4)
def _examples_said(text: str) -> WordPlaces:
    """Where the reply holds _EXAMPLES_SAID, found once for all its names."""
    return WordPlaces(text, _EXAMPLES_SAID)


def examples_of_the_trade(text: str, sentence: Sentence, start: int, language: str) -> bool:
    """The name at ``start`` is an example of a class of tools ("tools like Hootsuite and Tweetdeck, which allow
    you to ...") in a sentence that says nothing of the candidate: the tools of the trade described to anyone,
    maybe the candidate's, maybe not. English only."""
    if language != "en":
        return False
    if _recommended_by_a_gerund(text, sentence, start, language):
        return True
    lo = max(sentence.start, start - _EXAMPLES_REACH_CHARS)
    if not _examples_said(text).may_hold(lo, start):
        return False
    examples = _EXAMPLES_OF_A_CLASS.search(text, lo, start)
    if examples is None:
        return False
    if _own_work_in_a_fragment(text, sentence, examples.start()):
        return False  # "Planning and publishing posts using tools like Buffer, Hootsuite or Later."
    # Whatever the sentence says the tools do ("can help automate this", "offer comprehensive data", "are all
    # examples of schedulers"), told of the trade with nothing of the candidate in it, it is no claim of use: graders
    # of passages like these disagree, some credit them and some fail them, so a person decides.
    # The candidate named in a clause of its own after the examples ("..., so I don't think it has to be a choice")
    # speaks of their view, not of these tools (a later "so I use them daily" takes them up: tools.taken_up_after).
    turn = _TURN_AFTER.search(text, start, sentence.end)
    return not _speaks_of(_tokens(text[sentence.start : turn.start() if turn else sentence.end]), _words(language).me)


# A conjunction opening a clause of its own after the examples: a consequence, a contrast, a reason.
_TURN_AFTER = re.compile(r",?+[ \t]++(?:so|but|because|since|although|though|whereas|yet)[ \t]++", re.IGNORECASE)


# A line of work told as a résumé tells it, with no subject and no verb of its own: a gerund opens it ("Planning and
# publishing posts at optimal times using tools like Buffer", "Moderating the server with bots like MEE6"), the
# examples are what the work is done with, and no finite verb follows to make the gerund a subject ("Using tools like
# Buffer SAVES time" recommends). The writer is the one who does it.
_GERUND_OPENING = re.compile(r"[ \t>*•·\-–—\d.)]*+[A-Za-z]{3,}ing(?![\w'’])")
_DONE_WITH = re.compile(r"(?<![\w'’])(?:using|with|via|through|in)[ \t]++(?:[\w'’-]++[ \t]++){0,2}\Z", re.IGNORECASE)
_DONE_WITH_REACH_CHARS = 40
_FINITE_VERB = re.compile(
    r"(?<![\w'’])(?:is|are|was|were|be|been|can|could|will|would|may|might|should|must|shall|do|does|did|has|have|"
    r"had|helps?|makes?|lets?|allows?|enables?|offers?|gives?|saves?|keeps?|means?|works?|requires?|needs?)(?![\w'’])"
    r"|['’](?:s|re|ll|d|ve)(?![\w'’])",
    re.IGNORECASE)


def _own_work_in_a_fragment(text: str, sentence: Sentence, examples: int) -> bool:
    """The sentence is a line of the writer's work told as a résumé tells it, done with the examples at
    ``examples`` (_GERUND_OPENING, _DONE_WITH, no _FINITE_VERB)."""
    opening = _GERUND_OPENING.match(text, sentence.start, sentence.end)
    return (opening is not None and opening.end() <= examples
            and _DONE_WITH.search(text, max(opening.end(), examples - _DONE_WITH_REACH_CHARS), examples) is not None
            and _FINITE_VERB.search(text, opening.end(), sentence.end) is None)


# A sentence opening with using a tool as its subject: "Using TweetDeck in conjunction with Google Alerts will make
# reputation monitoring a breeze".
_GERUND_SUBJECT = re.compile(r"[ \t>*•·\-–—]*+(?:using|combining|pairing|adding|trying|setting[ \t]++up)[ \t]",
                             re.IGNORECASE)


def _recommended_by_a_gerund(text: str, sentence: Sentence, start: int, language: str) -> bool:
    """The name at ``start`` is in a sentence whose subject is using it and whose verb says what that can do for
    anyone (_CAPABLE after the name), with nothing of the candidate in it: a recommendation, maybe the candidate's
    practice, maybe not."""
    opening = _GERUND_SUBJECT.match(text, sentence.start, start)
    if opening is None or _CAPABLE.search(text, start, sentence.end) is None:
        return False
    return not _speaks_of(_tokens(text[sentence.start : sentence.end]), _words(language).me)


# What tools can do for anyone, after the examples: "can help automate this", "could save a lot of time", "make
# it easier to ...".
_CAPABLE = re.compile(
    r"\b(?:can|could|may|might|will|would)[ \t]++(?:(?:really|also|all|both|even|definitely)[ \t]++)?+"
    r"(?:help|make|save|speed|simplify|streamline|automate|cut|take[ \t]++care)\b"
    r"|\b(?:help|helps|make|makes|save|saves)[ \t]++(?:it|life|things|the[ \t]++job|the[ \t]++work|teams?|anyone|"
    r"everyone|businesses|brands|marketers)\b"
    # What the tools let others do: "allow SMMs to manage ...", "enable brands to ..." ("Tools like Hootsuite offer
    # comprehensive data" says what they give, which graders credit as the candidate's).
    r"|\b(?:allow|allows|enable|enables|let|lets|help|helps)[ \t]++(?:smms|marketers|businesses|brands|teams|users|"
    r"companies|managers|anyone|everyone|people|community[ \t]++managers|social[ \t]++media[ \t]++managers)\b",
    re.IGNORECASE,
)
