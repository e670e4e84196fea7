"""The angry-customer tip: advice for handling angry, upset or frustrated people.

Two ways to find it:
- anywhere, an action (listen, apologise, take it to DMs...) given as advice ("listen first", "I
  always apologise", see advice.py) with an anger word in its sentence, in one of the two sentences
  before it in the same paragraph, or in the label heading its line ("Angry customers: ...");
- in the part of the reply that answers the tip question (answers.py: under a tip label, numbered
  3 like the request, under the quoted question, or the last paragraph), advice about people,
  even without the word "angry": two actions or more, or an action aimed at a person. Where the
  reply itself marks that part as the tip, the advice mood is not needed.
Anti advice ("ignore them, never apologise") is no tip; an action elsewhere, or advice whose
target is unclear, is not trusted either way and goes to a person.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Set
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from bot.domain.once import Once
from bot.evaluation.advice import (
    CLAUSE_BREAK,
    IN_EXCESS,
    WAY_NOUNS,
    WORD,
    Advice,
    about_the_conversation,
    conditioned_after,
    cues,
    label_matches,
    light_gerunds,
    negated_before,
    negation_before,
    replies_to_a_thing,
    spelt_in_its_language,
)
from bot.evaluation.answers import TIP_QUESTION_NUMBER, TipAnswer, tip_answer
from bot.evaluation.habits import aimed_at_worse, consequences, futile, given_up, rejected, warned_against
from bot.evaluation.language import language_of_a_passage
from bot.evaluation.lexicon import demeanour_phrases, language_entries, lexicons, toml_table
from bot.evaluation.patterns import Entry, Hit, Matcher
from bot.evaluation.reading import Finding, Reading
from bot.evaluation.retraction import last_retraction
from bot.evaluation.spans import SpanSet
from bot.evaluation.text import Sentence
from bot.mail.patterns import case_fellows

__all__ = ["TIP_QUESTION_NUMBER", "find_tip"]

_LOOKBACK_SENTENCES = 2
# "I stepped in", "We then called them", "I always ended up taking the angriest callers".
_STORY_REACH = 40
_STORY = re.compile(
    r"\b(?:I|[Ww]e)\s++(?:(?:then|always|once|just|also|first|finally|usually|often|[a-z]{2,}ly)\s++)?"
    r"(?:[a-z]{2,}ed|told|took|gave|made|sent|wrote|spoke|met|kept|let|went|got|sat|stood|brought|heard|found|"
    r"had|paid|left|began|chose|felt|knew|said|saw|spent|taught|thought|understood)\b"
)
_SUBJECT = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|I['’]d|I['’]ll|[Ww]e['’]d|[Yy]ou['’]d|[Yy]ou['’]ll)\b")
# Someone in the job, then what they did in the past, in one clause: "the moderator offered a neutral summary", "one
# of our agents simply called him back".
_ROLE_STORY = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Oo]ur|[Mm]y|[Oo]ne[ \t]++of[ \t]++our|[Aa]nother)[ \t]++(?:[a-z]++[ \t]++)?"
    r"(?:moderators?|mods?|agents?|reps?|representatives?|colleagues?|co-?workers?|managers?|admins?|supervisors?|"
    r"staff|team|community[ \t]++managers?)[ \t]++(?:[a-z]++ly[ \t]++|then[ \t]++|just[ \t]++)?"
    r"(?:[a-z]{2,}ed|told|took|gave|made|sent|wrote|spoke|kept|went|got|brought|heard|found|paid|left|began|said|"
    r"saw|spent|stepped|sat)\b")
# One incident: someone did something ("a customer wrote", "once a buyer left", "someone posted").
_INCIDENT = re.compile(
    r"\b(?:(?:a|an|one|this|that)\s++(?:[a-z]++\s++){0,2}"
    r"(?:customer|client|buyer|member|user|follower|guest|caller|commenter|reviewer|person|guy|woman|man|lady|"
    r"parent|shopper|rider|player|fan)|someone|somebody)\s++"
    r"(?:wrote|left|sent|came|got|went|told|said|made|took|threw|began|[a-z]{2,}ed)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"n['’]t\b|\b(?:not|never|no)\b", re.IGNORECASE)
# The same, with "no matter how ..." read as a concession, not a denial.
_DENIED = re.compile(r"n['’]t\b|\b(?:not|never)\b|\bno\b(?![ \t]++matter\b)", re.IGNORECASE)
# After "no idea", "not sure": a question about a fact ("no idea WHY people get so heated") is the
# speaker's doubt about that fact, not a refusal to give a tip; a question about what to do or say
# ("no idea what to say", "no idea how I would handle it") still declines.
_WONDERS_ABOUT_A_FACT = re.compile(
    r"[ \t]++(?:why|how|what|where|when|whether|if|which|who)\b"
    r"(?![ \t]++(?:to\b|(?:I|we|you|one)(?:['’]d|[ \t]++(?:would|could|should|can|might|'d))\b))",
    re.IGNORECASE,
)
# Evidence quoting a whole sentence of advice is cut to this length.
_MAX_QUOTE_CHARS = 200


class _Clauses:
    """Clause boundaries of a reply, worked out once per sentence and searched by bisection: a
    sentence of 12,500 "listen," costs one pass, not one pass per action word in it."""

    def __init__(self, reading: Reading) -> None:
        self._text = reading.text
        self._breaks: dict[int, tuple[list[int], list[int]]] = {}
        self._trimmed: dict[tuple[int, int], tuple[int, int]] = {}

    def _of(self, index: int, sentence: Sentence) -> tuple[list[int], list[int]]:
        found = self._breaks.get(index)
        if found is None:
            spans = [m.span() for m in CLAUSE_BREAK.finditer(self._text, sentence.start, sentence.end)]
            found = self._breaks[index] = ([lo for lo, _ in spans], [hi for _, hi in spans])
        return found

    def around(self, index: int, sentence: Sentence, hit: Hit) -> tuple[int, int]:
        """The clause holding ``hit``: from the last break ending before it to the first break
        starting after it, trimmed to letters and digits."""
        starts, ends = self._of(index, sentence)
        before = bisect.bisect_right(ends, hit.start)
        after = bisect.bisect_left(starts, hit.end)
        lo = ends[before - 1] if before else sentence.start
        hi = starts[after] if after < len(starts) else sentence.end
        span = self._trimmed.get((lo, hi))
        if span is None:
            span = self._trimmed[(lo, hi)] = _trim(self._text, lo, hi)
        return span


def _trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and not text[lo].isalnum():
        lo += 1
    while hi > lo and not text[hi - 1].isalnum():
        hi -= 1
    return lo, hi


def _angry_sentences(reading: Reading, answer: TipAnswer | None = None) -> set[int]:
    """Sentences holding an anger word, and those written under a quoted question that names the angry
    people (answers.py): the question heads them as a label "Angry customers:" would, unless the answer
    names someone or something else its advice is for ("Breathe slowly before your yoga class")."""
    found = {reading.layout.index_at(h.start) for h in lexicons().anger.find(reading.prepared)}
    if answer is not None and answer.asked_about_anger and not _names_another_target(reading, answer):
        found |= answer.sentences
    return found


# A pronoun that points back or on to what the next or last sentence names: "don't rise to IT", "don't feed THEM".
_POINTER = re.compile(r"(?<![\w'’])(?:it|them|this|that)(?![\w'’])", re.IGNORECASE)


def _pointing_at_the_anger(reading: Reading, plain: Set[int], angry: Set[int]) -> bool:
    """Advice whose words point with a pronoun at the anger the sentence beside it names: "Above all, don't rise to
    it. A shouting war won't help anyone ..." (English). Advice with a thing of its own ("Our followers get hostile
    at night. Post your updates in the morning") points at nothing."""
    if reading.language != "en":
        return False
    sentences = reading.layout.sentences
    for index in plain:
        if index - 1 not in angry and index + 1 not in angry:
            continue
        s = sentences[index]
        if _POINTER.search(reading.text, s.after_label(past_mark=True), s.end):
            return True
    return False


# A clause of an article and at most two words: an action word used as a noun ("a ban", "a 24-hour mute").
_NOUN_CLAUSE_WORDS = 3
_ARTICLES = frozenset({"a", "an", "the"})


def _used_as_a_noun(reading: Reading, lo: int, hi: int) -> bool:
    """The clause lo..hi is an action word used as a noun after an article ("a 24-hour mute", "a ban"), in
    English."""
    said = WORD.findall(reading.text, lo, hi)
    return (reading.language == "en" and 1 < len(said) <= _NOUN_CLAUSE_WORDS
            and said[0].lower() in _ARTICLES)


# An anger word with at least this many words before it in its sentence stands inside it, not as its subject.
_WORDS_BEFORE_AN_INNER_WORD = 2


def _anger_inside(reading: Reading, answer: TipAnswer) -> bool:
    """An anger word of the answer stands inside its sentence ("determine whether the complaint is valid"),
    not at its start as the subject of a description ("Angry customers will do whatever it takes")."""
    sentences = reading.layout.sentences
    for h in lexicons().anger.find(reading.prepared):
        index = reading.layout.index_at(h.start)
        if index in answer.sentences:
            before = WORD.findall(reading.text, sentences[index].start, h.start)
            if len(before) >= _WORDS_BEFORE_AN_INNER_WORD:
                return True
    return False


# A sentence opening with when, or how often, the situation comes: "Sometimes a customer is furious from the moment
# you pick up the phone", "When people are upset, ...". English.
_A_SITUATION_OPENS = re.compile(r"(?:sometimes|often|usually|occasionally|at times|many times|most of the time|"
                                r"every so often|every now and then|now and then|when|whenever|if|once in a while)"
                                r"(?![\w'’])", re.IGNORECASE)


# A list mark standing as a sentence of its own: "1.", "12)", "-".
_LIST_MARK_CHARS = 4


def _aimed_at_anger(reading: Reading, index: int, angry: set[int]) -> bool:
    sentences = reading.layout.sentences
    sentence = sentences[index]
    if index in angry:
        return True
    if sentence.label and reading.layout.index_at(sentence.label[0]) in angry:
        return True
    for back in range(1, _LOOKBACK_SENTENCES + 1):
        j = index - back
        if j < 0 or sentences[j].paragraph != sentence.paragraph:
            break
        if j in angry:
            return True
    # Advice heading its paragraph, then the situation it is for: "1. Listen closely. Sometimes a customer is
    # furious from the moment you pick up the phone."
    following = index + 1
    if (following >= len(sentences) or sentences[following].paragraph != sentence.paragraph or following not in angry
            or not _A_SITUATION_OPENS.match(reading.text, sentences[following].start)):
        return False
    # Only a list mark ("1.") may stand before it in its paragraph.
    before = index - 1
    if before < 0 or sentences[before].paragraph != sentence.paragraph:
        return True
    mark = sentences[before]
    return (mark.end - mark.start <= _LIST_MARK_CHARS
            and not any(c.isalpha() for c in reading.text[mark.start : mark.end])
            and (before == 0 or sentences[before - 1].paragraph != sentence.paragraph))


@dataclass
class _Seen:
    """What the action words of one reply amount to, sorted by where they stand."""

    confirmed: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)
    in_answer: dict[tuple[int, int], str] = field(default_factory=dict)
    unconfirmed: list[str] = field(default_factory=list)
    anti: list[str] = field(default_factory=list)
    # The sentences of ``anti``.
    anti_at: set[int] = field(default_factory=set)
    # Clauses in the answer told as advice with an action that handles the conflict itself ("take it
    # offline", "empathise", tips.toml [handling]).
    handling: set[tuple[int, int]] = field(default_factory=set)
    # Where the action words stand, in reply order (an anti phrase inside one is part of it).
    actions: list[tuple[int, int]] = field(default_factory=list)
    # Sentences telling a consequence ("Arguing with them only makes it worse"), index -> where its cue
    # ends: the actions up to there are neither advice nor anti advice (habits.py).
    consequences: dict[int, int] = field(default_factory=dict)
    # Sentences whose act a consequence after them judges bad ("... fire back. This only makes it worse.").
    warned: frozenset[int] = frozenset()
    # Sentences whose action words only say what the angry people want ("they just want an apology").
    described: set[int] = field(default_factory=set)
    # Of those, the sentences where what the angry people want is a handling act ("they just want to be heard",
    # "they want empathy"): the advice is implied, as by a consequence.
    wanting_handling: set[int] = field(default_factory=set)
    # Sentences told as no advice that deny something of their action ("Apologising to them never worked").
    stated: set[int] = field(default_factory=set)
    # Sentences whose actions are told to the customers themselves ("please be patient with us").
    to_customer: set[int] = field(default_factory=set)


def _read_actions(reading: Reading, busy: frozenset[int], answer: TipAnswer | None, advice: Advice,
                  no_tip: list[Hit], to_customer: frozenset[int] = frozenset()) -> _Seen:
    lex = lexicons()
    angry = _angry_sentences(reading, answer)
    # The sentences with an anger word of their own, to say which of the two made an action aimed at anger.
    worded = _angry_sentences(reading) if answer is not None and answer.asked_about_anger else angry
    declined = {reading.layout.index_at(h.start) for h in no_tip}
    in_answer = answer.sentences if answer else frozenset()
    handling = _actions_named_in("handling")
    clauses = _Clauses(reading)
    words_of: dict[tuple[int, int], str] = {}
    seen = _Seen()
    manners = _actions_named_in("manners")
    replies: list[int] | None = None  # where the verbs of replying start, read at the first manner word
    # An instruction aimed at a person that no list knows ("I tell them what I can do") is a handling
    # action only beside an anger word: in the tip's place alone it may be any advice about people
    # ("teach them something new, give them ideas" is community building).
    acting = tuple(h for h in advice.person_actions
                   if _aimed_at_anger(reading, reading.layout.index_at(h.start), angry))
    # Another language's action words only as that language spells them ("relis*" is no action in "relish").
    spelt = [h for h in lex.tip_actions.find(reading.prepared) if spelt_in_its_language(reading, h)]
    hits = _with_person_actions(_with_person_actions(spelt, acting), _negated_anti(reading, advice))
    covered: list[Any] = []
    hits = [h for h in hits if not reading.is_excluded(h.start, h.end) and not _outweighed(reading, h)
            and not _replies_to_a_thing(reading, h, covered)]
    # "..., honestly." and "to be honest" are asides about the speaker's words, not honesty with anyone.
    asides = [h for h in cues().asides.find(reading.prepared) if _aside(reading, h)]
    if asides:
        hits = [h for h in hits if not any(a.start <= h.start < a.end for a in asides)]
    seen.actions = [(h.start, h.end) for h in hits]
    seen.consequences = consequences(reading)
    if seen.consequences:
        hits = [h for h in hits if h.start >= seen.consequences.get(reading.layout.index_at(h.start), -1)]
    # A sentence holding anti advice ("I just ignore them and delete their comments") turns its
    # other action words against the tip too ("honestly", "quickly").
    seen.warned = warned_against(reading, seen.consequences)
    anti = [h for h in advice.anti_in(0, len(reading.text), seen.actions, reading.text)
            if h.start >= seen.consequences.get(reading.layout.index_at(h.start), -1)
            and reading.layout.index_at(h.start) not in seen.warned]
    against = {reading.layout.index_at(h.start) for h in anti}
    # "Stay calm and apologise. Or don't, whatever.": a sentence opening with "Or" takes back the one before.
    against |= {reading.layout.index_at(h.start) - 1 for h in anti if _takes_back(reading, h)}
    # "Answer fast, apologise never.": an action undone by the words ending its clause turns its sentence
    # against the tip, as an anti phrase does; "Don't respond defensively" was negated, and stays advice (a negated
    # anti phrase holds its negation: "Never respond | defensively").
    against |= {reading.layout.index_at(h.start) for h in hits
                if h.entry.key != _NEGATED_ANTI and _undone_after(reading, h)
                and not negated_before(reading.text, h.start)}
    for hit in hits:
        index = reading.layout.index_at(hit.start)
        # "I don't have a tip for angry customers, sorry!" holds an action word but gives no advice.
        if index in declined:
            continue
        # "Please be patient with us": advice told to the customers themselves, not on dealing with them.
        if index in to_customer:
            seen.to_customer.add(index)
            continue
        # "Angry customers usually want a refund": what the angry people want, not advice to give it.
        if _describes_them(reading, clauses, index, hit):
            seen.described.add(index)
            if hit.entry.phrase in handling and hit.entry.phrase not in _WANTED_AS_A_THING:
                seen.wanting_handling.add(index)
            continue
        # "Staying calm with angry customers isn't easy", "Angry customers rarely accept an apology": a
        # statement denying something of the action, told as no advice, advises nothing either way.
        if (_denied_in_a_statement(reading, advice, clauses, index, hit) or _called_hard(reading, hit)
                or _claimed_skill(reading, hit)):
            seen.stated.add(index)
            continue
        # "Stop apologizing so much", "the usual mistake is apologizing too much": less of a good action, not
        # against it. Moderation is no anti advice; what the reply puts in its place decides.
        if IN_EXCESS.match(reading.text, hit.end):
            continue
        # A good action negated ("I don't empathise with them") is advice against the tip; an
        # action that is itself a negation ("don't argue") starts at its negation word.
        negated = negated_before(reading.text, hit.start) and not conditioned_after(reading.text, hit.end)
        if negated and _judged_of_a_pointer(reading, hit):
            continue  # "However, it's not very professional": a judgement of what was warned against, no anti advice
        # "I no longer bother apologising", "I used to listen, but I've stopped": a habit given up;
        # "Stay calm, but I'm not convinced it works": advice the reply rejects.
        if (index in against or advice.anti_around(hit.start, hit.end) or negated or given_up(reading, hit)
                or rejected(reading, hit) or futile(reading, hit) or aimed_at_worse(reading, hit)):
            # "... the inclination is to fire back. This only makes them angrier.": a warning, not anti advice.
            # A sentence naming a metric or a tool outside the tip's answer describes that ("issues resolved
            # without follow-up or escalation"), as its other action words do: it says nothing against the tip.
            if (index not in seen.warned or negated) and (index not in busy or index in in_answer):
                seen.anti.append(reading.words_of(hit))
                seen.anti_at.add(index)
            continue
        lo, hi = clauses.around(index, reading.layout.sentences[index], hit)
        # One copy per clause: many action words in one long clause share it.
        if (lo, hi) not in words_of:
            words_of[(lo, hi)] = reading.text[lo:hi]
        words = words_of[(lo, hi)] or reading.words_of(hit)
        # A description ("angry customers are honestly the worst part of the job") is no tip: the
        # action must be told as advice, or stand where the reply itself marks its tip. The mood
        # cues of the other languages are thinner ("lo escucho" is a habit told as advice), so
        # there an anger word nearby still decides alone.
        told_here = _told(reading, advice, index, lo, hi)
        if _conceded(reading, index, hit):
            # "Although a polite apology may be easy enough ..., you may be more confused online": granted, even as
            # the speaker's own habit ("Even though we understand that the person is not mad at us, ...").
            continue
        if not told_here and hit.entry.phrase in manners:
            if replies is None:
                replies = [h.start for h in cues().reply_verbs.find(reading.prepared)]
            if not any(lo <= start < hi for start in replies):
                continue  # "if the story resonates, it can spread quickly": a manner of no reply, told as no advice
        if (not told_here and answer is not None and answer.strong and index in in_answer
                and _stated_of_someone(reading, index, hit)):
            seen.stated.add(index)  # "3) Our support desk is staffed by people who resolve complaints": described
            continue
        told = (told_here or (answer is not None and answer.strong and index in in_answer)
                or reading.language != "en")
        if _aimed_at_anger(reading, index, angry) and told:
            how = ("advice with an anger word nearby" if worded is angry or _aimed_at_anger(reading, index, worded)
                   else "advice under the quoted question that names the angry people")
            seen.confirmed.setdefault((lo, hi), (words, how))
        elif index in in_answer:
            seen.in_answer.setdefault((lo, hi), words)
            if ((hit.entry.phrase in handling or hit.entry.key == _NEGATED_ANTI)
                    and _told(reading, advice, index, lo, hi)):
                seen.handling.add((lo, hi))
        elif index not in busy:
            seen.unconfirmed.append(words)
    return seen


_NEGATED_ANTI = "negated_anti"

# A good quality denied of "it", "that" or "this" right before it ("it's not very professional", "that is not
# helpful", "its not kind", the apostrophe left out): a judgement of the behaviour the reply points at, which it
# warns against, not advice to be unprofessional. English.
_JUDGED_OF_A_POINTER = re.compile(
    r"(?<![\w'’])(?:it|that|this)(?:['’]s|[ \t]++(?:is|was)|(?<=it)s)[ \t]++not[ \t]++"
    r"(?:(?:very|really|so|too|particularly|exactly|at[ \t]++all)[ \t]++)?+\Z", re.IGNORECASE)
_JUDGED_REACH_CHARS = 32


def _judged_of_a_pointer(reading: Reading, hit: Hit) -> bool:
    if reading.language != "en":
        return False
    return _JUDGED_OF_A_POINTER.search(reading.text, max(0, hit.start - _JUDGED_REACH_CHARS), hit.start) is not None


# A statement's verb before the action: "our support desk IS staffed by people who resolve complaints", "the
# team that answers them sits next to mine, and they ARE very good at calming people down". English.
_FINITE_BEFORE = re.compile(
    r"(?<![\w'’])(?:is|are|was|were|has|have|had|does|did|wants?|needs?|tends?|seems?|gets?|expects?)(?![\w'’])")
_A_WORD_BEFORE = re.compile(r"[^\W\d_][\w'’-]*+")


def _stated_of_someone(reading: Reading, index: int, hit: Hit) -> bool:
    """Where the reply marks its tip, a telegraphic answer is advice ("Tip: patience, empathy and a quick fix",
    "3) Listening first"); a statement about someone, a third person its subject and its verb before the action,
    describes them ("Angry customers: our support desk is staffed by people who resolve complaints"): a person
    decides. English; "I", "we" and "you" as the subject tell a habit or advice, which the rest of the reading
    weighs."""
    if reading.language != "en":
        return False
    sentence = reading.layout.sentences[index]
    lo = sentence.after_label(hit.start, past_mark=True)
    verb = _FINITE_BEFORE.search(reading.text, lo, hit.start)
    if verb is None or _A_WORD_BEFORE.search(reading.text, lo, verb.start()) is None:
        return False
    if _NAMES_WHAT_TO_DO.match(reading.text, verb.end()) or _WAY_NOUN.search(reading.text, lo, verb.start()):
        # "the recipient's job IS TO hear them out", "HALF THE BATTLE is acknowledging them": what to do
        return False
    return _SUBJECT.search(reading.text, lo, verb.start()) is None


# A subject naming the way to handle it, not someone: "half the BATTLE is acknowledging them", "the KEY is ...".
_WAY_NOUN = re.compile(r"(?<![\w'’])(?:the|my|our|your|a|an)[ \t]++(?:[\w'’-]++[ \t]++)?"
                       rf"(?:{WAY_NOUNS}|battle|job|goal|priority|rule|thing|part|step|move|idea|focus|aim)s?+"
                       r"(?![\w'’])", re.IGNORECASE)
# After a copula, what names the thing to do: "... is to hear them out", "... is simply about listening".
_NAMES_WHAT_TO_DO = re.compile(r"[ \t]++(?:(?:simply|just|always|really|mostly)[ \t]++)?(?:to|about)[ \t]")


# A concessive clause opening its sentence: "Although a polite apology may be easy enough in your store, ...".
_CONCESSION = re.compile(r"[\s>*•·\-–—\d.)(\"'“‘]*+(?:although|though|even[ \t]++though|even[ \t]++if|whereas|while)"
                         r"(?![\w'’])", re.IGNORECASE)


def _conceded(reading: Reading, index: int, hit: Hit) -> bool:
    """The action word stands in a concessive clause opening its sentence, before the comma that ends it: what
    the clause grants sets up the main clause's point ("Although a polite apology may be easy enough when facing a
    frustrated customer in your store, you may be more confused online"), it advises nothing. An instruction
    after the comma ("Although it is hard, apologise first.") is the main clause's."""
    sentence = reading.layout.sentences[index]
    start = sentence.after_label(hit.start)
    opening = _CONCESSION.match(reading.text, start, hit.start)
    return opening is not None and "," not in reading.text[opening.end() : hit.start] \
        and "," in reading.text[hit.end : sentence.end]

# Handling words that, as what the angry people want, name a thing rather than a way of treating them.
_WANTED_AS_A_THING = frozenset({"refund", "compensat*"})
# Anti phrases that negated advise nothing: those that are a negation, a retraction or an interjection
# themselves ("never apologise", "or don't.", "jk", "no way."), a saying ("the customer is always wrong") or
# sending the person away ("I don't deal with it" tells no handling).
_NOT_TURNED = re.compile(
    r"(?:never|don['’]t|do[ \t]+not|not|no|nah|nope|or|i[ \t]+never|hell|lol|jk|just|whatever|the|customers|deal|"
    r"tough|go|get|shut|take[ \t]+a[ \t]+hike|their|es|nur|je|c['’]est|é|brincadeira|ne|nunca|niemals|inutile|nem)\b",
    re.IGNORECASE)


def _negated_anti(reading: Reading, advice: Advice) -> tuple[Hit, ...]:
    """Anti advice negated is a handling action, from its negation on: "never raise your voice", "don't rush
    to delete their comment", "it's imperative not to take negative comments personally" advise against
    what works against the tip (advice.toml [anti]); so does a warning of it, "if you lose your temper, you
    lose the argument" (advice.py, _WARNED_BEFORE)."""
    out = []
    for h in advice.anti:
        if _NOT_TURNED.match(h.entry.phrase):
            continue
        start = negation_before(reading.text, h.start)
        if start is not None:
            out.append(Hit(Entry(_NEGATED_ANTI, h.entry.phrase, lang=h.entry.lang), start, h.end))
    # "If you lose your temper, you lose the argument": the reader warned of it.
    out += [Hit(Entry(_NEGATED_ANTI, h.entry.phrase, lang=h.entry.lang), h.start, h.end) for h in advice.warned
            if not _NOT_TURNED.match(h.entry.phrase)]
    # "Never respond defensively", "don't reply in an angry tone", "never answer while you're upset": a negated reply
    # limited by a manner or a moment advises the better reply, as "don't respond emotionally" does.
    out += [Hit(Entry(_NEGATED_ANTI, h.entry.phrase, lang=h.entry.lang), h.start, h.end) for h in advice.anti_limited]
    return tuple(sorted(out, key=lambda h: h.start))


# A clause that says what the angry people want, expect or ask for ("Angry customers usually want a refund",
# "most of them just need to be heard"): the action words after it describe them, advising nothing.
# (The words before the people are any words of letters: "most", "the", "these" were listed before "[a-z]+",
# which reads each of them too, and a word's letters are read once, possessively, as spaces must follow them.)
_DESCRIBES_THEM = re.compile(
    r"(?:[a-z]++[ \t]++){0,3}?"
    r"(?:customers?|people|clients?|members?|users?|callers?|buyers?|guests?|they|them|he|she|folks|everyone|"
    r"everybody)[ \t]++(?:(?:usually|often|always|just|only|really|mostly|generally|simply|all|typically|"
    r"actually|mainly|basically|will|would|do)[ \t]++)*+"
    r"(?:want|wants|wanted|need|needs|expect|expects|demand|demands|deserve|deserves|ask[ \t]++for|asks[ \t]++for|"
    r"look[ \t]++for|looks[ \t]++for|are[ \t]++looking[ \t]++for|hate|hates|love|loves|crave|craves)\b",
    re.IGNORECASE)


# A denial in a statement: "isn't easy", "never worked", "rarely accept". Not "nobody" or "no one": "Anger comes
# from feeling that nobody is listening" implies the advice to listen.
_DENIAL = re.compile(
    r"\b(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t|doesn['’]t|didn['’]t|won['’]t|can['’]t|cannot|never|rarely|"
    r"seldom|hardly|not)\b", re.IGNORECASE)


def _denied_in_a_statement(reading: Reading, advice: Advice, clauses: _Clauses, index: int, hit: Hit) -> bool:
    """The action's sentence tells no advice (no instruction, no mood phrase: advice.py) and the action's
    clause denies something outside the action itself: "Staying calm with angry customers ISN'T easy",
    "Apologising to furious people NEVER worked for me", "they RARELY accept an apology". English only; a
    negation just before the action is read as before ("I don't apologise" is advice against the tip)."""
    if reading.language != "en" or index in advice.advice:
        return False
    lo, hi = clauses.around(index, reading.layout.sentences[index], hit)
    return any(not (hit.start <= m.start() < hit.end) and not negated_before(reading.text, hit.start)
               for m in _DENIAL.finditer(reading.text, lo, hi))


# An action as what is hard to do, the hard word a predicate ("it can still be difficult not to take it personally",
# "it is tough to apologise"), not a manner ("try hard to stay calm", "work hard to win them back"). English.
_HARD_TO = re.compile(
    r"(?<![\w'’])(?:is|are|was|were|be|been|it['’]s|that['’]s|gets?|got|seems?|feels?|find[ \t]++it|found[ \t]++it)"
    r"[ \t]++(?:(?:so|very|really|quite|pretty|incredibly|extremely|always|still|often|sometimes)[ \t]++)?"
    r"(?:hard|difficult|tough|tricky|challenging|a[ \t]++challenge|a[ \t]++struggle)[ \t]++(?=(?:not[ \t]++)?to[ \t])",
    re.IGNORECASE)
# What may stand between the hard word and the action, whose phrase may open with its own "not to" ("not to take
# it personally").
_TO_BEFORE_THE_ACTION = re.compile(r"(?:not[ \t]++)?(?:to[ \t]++)?", re.IGNORECASE)
_HARD_TO_REACH_CHARS = 56
# One of these (lower-cased) stands in every _HARD_TO match.
_HARD_WORDS = ("hard", "difficult", "tough", "tricky", "challeng", "struggle")
# How far past the action's start the search reads, for the look-ahead to see an action phrase's own "not to".
_PAST_THE_ACTION_CHARS = len("not to ")


def _called_hard(reading: Reading, hit: Hit) -> bool:
    """The action is what its sentence calls hard to do: a statement of how hard it is, not that anyone should. Its
    sentence's other actions are read for themselves ("It is hard to stay calm with them, so take a breath")."""
    if reading.language != "en":
        return False
    lo = max(0, hit.start - _HARD_TO_REACH_CHARS)
    lower = reading.prepared.lower
    if not any(lower.find(word, lo, hit.start) >= 0 for word in _HARD_WORDS):
        return False  # no hard word within reach: most actions, read without the search
    return any(m.end() <= hit.start and _TO_BEFORE_THE_ACTION.fullmatch(reading.text, m.end(), hit.start) is not None
               for m in _HARD_TO.finditer(reading.text, lo, hit.start + _PAST_THE_ACTION_CHARS))


# The speaker's claim to a skill right before the action: "I was good at de-escalating calls", "we're great at
# calming people down", "I knew how to solve it". It tells what they can do, not how: no tip by example. English.
_CLAIMED_SKILL = re.compile(
    r"(?<![\w'’])(?:i|we)(?:['’]m|['’]re|[ \t]++(?:am|are|was|were|have[ \t]++been|had[ \t]++been))?+[ \t]++"
    r"(?:(?:really|very|pretty|quite|always|so|also)[ \t]++)?+(?:good|great|skilled|excellent|brilliant|experienced)"
    r"[ \t]++(?:at|in)[ \t]++\Z"
    r"|(?<![\w'’])(?:i|we)[ \t]++(?:(?:always|usually)[ \t]++)?+(?:know|knew)[ \t]++how[ \t]++to[ \t]++\Z",
    re.IGNORECASE)
_CLAIMED_SKILL_REACH_CHARS = 48


def _claimed_skill(reading: Reading, hit: Hit) -> bool:
    """The action is a skill the speaker claims ("I was good at de-escalating calls"), not told as advice."""
    if reading.language != "en":
        return False
    # Every claim ends with "at", "in" or "to", then spaces or tabs, right before the action: most actions are answered
    # by that word alone.
    text, end = reading.prepared.lower, hit.start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end == hit.start or text[end - 2 : end] not in ("at", "in", "to") or text[end - 3 : end - 2] not in (" ", "\t"):
        return False
    return _CLAIMED_SKILL.search(reading.text, max(0, hit.start - _CLAIMED_SKILL_REACH_CHARS), hit.start) is not None


_THAT = re.compile(r"\bthat[ \t]++", re.IGNORECASE)
_DESCRIPTION_REACH_CHARS = 120


# The same in the thinner languages, whose verbs carry their subject ("E querem que o problema seja resolvido agora",
# "Quieren que se lo solucionen ya"): up to four words, then a verb of wanting in the third person plural ("quiere",
# "quer" and "veut" too). Not the singular of the others, which is also the familiar imperative ("Agradece el mensaje
# y pide sus datos" is advice), nor German, whose polite imperative is its plural ("Erwarten Sie nicht ...").
_DESCRIBES_THEM_IN = {
    lang: re.compile(r"(?:[^\W\d_]++[ \t]++){0,4}?(?:" + verbs + r")(?![\w'’])", re.IGNORECASE)
    for lang, verbs in (
        ("es", "quieren|quiere|necesitan|esperan|exigen|piden|buscan"),
        ("pt", "querem|quer|precisam|esperam|exigem|pedem|buscam"),
        ("fr", "veulent|veut|attendent|exigent|demandent|cherchent"),
    )
}


def _describes_them(reading: Reading, clauses: _Clauses, index: int, hit: Hit) -> bool:
    """The action word's clause opens with the angry people wanting it (_DESCRIBES_THEM; in the thinner languages,
    _DESCRIBES_THEM_IN)."""
    pattern = _DESCRIBES_THEM_IN.get(reading.language) if reading.language != "en" else _DESCRIBES_THEM
    if pattern is None:
        return False
    lo, _ = clauses.around(index, reading.layout.sentences[index], hit)
    if pattern.match(reading.text, lo, hit.start) is not None:
        return True
    if reading.language != "en":
        return False
    # Or a clause told after "that": "The biggest thing I've learned is THAT people mostly want to feel heard".
    # (Looked for only in the few words a description may hold before the action, so each action costs the same.)
    that = _THAT.search(reading.text, max(lo, hit.start - _DESCRIPTION_REACH_CHARS), hit.start)
    return that is not None and _DESCRIBES_THEM.match(reading.text, that.end(), hit.start) is not None


_SET_OFF_BEFORE = frozenset(",;:(—–-")
_SET_OFF_AFTER = frozenset(",.;:!?)—–-…")
# A subject opening the clause after an aside: "Honestly I just ...", "honestly they get paid more" set the aside
# off without a comma.
_SPEAKER_NEXT = re.compile(r"(?:I|we|i|they|he|she|it|you)(?:['’](?:m|ve|d|ll|re|s))?\b")


def _aside(reading: Reading, hit: Hit) -> bool:
    """An aside phrase of several words ("to be honest"), or one word set off by punctuation or the
    sentence's edge on both sides ("Honestly, ...", "..., honestly."); "Answer honestly." is a manner."""
    if " " in reading.text[hit.start : hit.end]:
        return True
    sentence = reading.layout.sentence_at(hit.start)
    before = reading.text[sentence.start : hit.start].rstrip()
    after = reading.text[hit.end : sentence.end].lstrip()
    # "Honestly I just let the mods deal with them": opening its clause before the speaker, it is set off
    # without a comma too.
    return (not before or before[-1] in _SET_OFF_BEFORE) and (not after or after[0] in _SET_OFF_AFTER
                                                               or _SPEAKER_NEXT.match(after) is not None)


def _takes_back(reading: Reading, hit: Hit) -> bool:
    """Anti advice opening its sentence with "or" ("Or don't.") continues the sentence before it, "Just
    kidding" retracts it, and anti advice opening the sentence after a question answers it ("Apologise? No
    way.")."""
    sentence = reading.layout.sentence_at(hit.start)
    lead = reading.text[sentence.start : hit.start].strip(" \t\n>*-–—(\"'“”‘’")
    if lead or hit.start == 0:
        return False
    return (reading.text[hit.start : hit.start + 3].lower() == "or "
            or reading.text[hit.start : hit.end].lower() in cues().retractions
            or reading.text[max(0, sentence.start - 40) : sentence.start].rstrip().endswith("?"))


# The few words after an action that may undo it, up to a clause break or the sentence's end.
_UNDOING_WORDS = 4
_UNDOING_REACH_CHARS = 60
_CLAUSE_END = re.compile(r"[.!?…]")


def _undone_after(reading: Reading, hit: Hit) -> bool:
    """The words ending the action's short clause undo it (advice.toml [undone_after]): "apologise
    never", "acknowledge nothing", "listen less", "reply sarcastically"."""
    runs = cues().undone_after.get(reading.language)
    if not runs:
        return False
    # Only a short tail is read: a clause that runs on past it is no short one (and many action words
    # in one long clause would each read it to its end).
    end = reading.layout.sentence_at(hit.start).end
    reach = min(end, hit.end + _UNDOING_REACH_CHARS)
    stop = CLAUSE_BREAK.search(reading.text, hit.end, reach)
    full = _CLAUSE_END.search(reading.text, hit.end, stop.start() if stop else reach)
    if full is None and stop is None and reach < end:
        return False
    end = full.start() if full else stop.start() if stop else end
    said = tuple(w.lower() for w in WORD.findall(reading.text, hit.end, end))
    return 0 < len(said) <= _UNDOING_WORDS and _ends_with(said, runs)


# How far before an action the words that outweigh it may reach ("more than you ...").
_OUTWEIGHED_REACH_CHARS = 20


def _replies_to_a_thing(reading: Reading, hit: Hit, covered: list[Any]) -> bool:
    """A reply action aimed at a thing is no handling action: "Reply fast to trends" (advice.py)."""
    verb = WORD.match(reading.text, hit.start)
    return (verb is not None and verb.group().lower() in cues().reply_words
            and replies_to_a_thing(reading, hit.end, covered))


def _outweighed(reading: Reading, hit: Hit) -> bool:
    """Words before the action make it the one to do less of (advice.toml [outweighed_before]): "talk
    more than you listen", "explain rather than apologise"."""
    runs = cues().outweighed_before.get(reading.language)
    if not runs:
        return False
    said = tuple(w.lower() for w in WORD.findall(reading.text, max(0, hit.start - _OUTWEIGHED_REACH_CHARS), hit.start))
    return _ends_with(said, runs)


def _ends_with(said: tuple[str, ...], runs: tuple[tuple[str, ...], ...]) -> bool:
    return any(said[-len(run):] == run for run in runs)


def says_no_tip(reading: Reading) -> list[Hit]:
    """Where the reply says it has no tip (tips.toml [no_tip]), except doubt about a fact: "No idea
    why, but apologising first always works" gives its tip; or answers a tip's label with none ("Dica: não
    tenho, sinceramente.", _none_after_label)."""
    said = [h for h in lexicons().no_tip.find(reading.prepared)
            if _WONDERS_ABOUT_A_FACT.match(reading.text, h.end) is None]
    return said + _none_after_label(reading) if ":" in reading.text else said


# After a denial answering a tip's label: the sentence's end, or a comma, semicolon or dash and more words.
_DENIAL_ENDS = re.compile(r"[ \t]*+(?:[.!…]|[,;–—-]|$)", re.MULTILINE)


def _none_after_label(reading: Reading) -> list[Hit]:
    """Denials (tips.toml [none_after_label]) that are the whole answer to a tip's label, or its first words before
    a comma: "Tip: none.", "Consejo: ninguno, la verdad". Never a denial opening advice ("Tip: nothing beats a
    quick apology")."""
    out: list[Hit] = []
    tip_labels = lexicons().tip_context
    names_a_tip: dict[str, bool] = {}  # label -> whether it names a tip, read once per label
    for hit in _table("none_after_label").find(reading.prepared):
        sentence = reading.layout.sentence_at(hit.start)
        label = sentence.label
        if label is None or not label[1] < hit.start or reading.text[label[1] : hit.start].strip(" \t\r\n:：-–—"):
            continue
        said = reading.layout.label_text(sentence)
        if said not in names_a_tip:
            names_a_tip[said] = label_matches(tip_labels, said)
        if names_a_tip[said] and _DENIAL_ENDS.match(reading.text, hit.end) is not None:
            out.append(hit)
    return out


def _with_person_actions(listed: list[Hit], acting: tuple[Hit, ...]) -> list[Hit]:
    """The listed action words plus instructions aimed at a person that no listed word covers ("I
    tell them what I can do today"), sorted and not overlapping."""
    if not acting:
        return listed
    starts = [h.start for h in listed]
    extra = []
    for h in acting:
        i = bisect.bisect_left(starts, h.end)
        if not (i > 0 and listed[i - 1].end > h.start):
            extra.append(h)
    return sorted([*listed, *extra], key=lambda h: h.start)


@cache
def _table(name: str) -> Matcher:
    """A phrase table of tips.toml ([handed_off], [other_targets], [trouble], [other_people], [moderated], [coworkers],
    [served]) as one matcher."""
    return Matcher(language_entries(toml_table("tips.toml")[name], key=name))


def _sentences_naming(reading: Reading, name: str) -> set[int]:
    """The sentences holding a phrase of tips.toml [name]."""
    return {reading.layout.index_at(h.start) for h in _table(name).find(reading.prepared)}


def _handed_off(reading: Reading) -> set[int]:
    """Sentences that hand the angry person to someone else ("I let my manager deal with them", "I pass
    them to support"): tips.toml [handed_off]."""
    return _sentences_naming(reading, "handed_off")


def _names_another_target(reading: Reading, answer: TipAnswer) -> bool:
    """The answer names someone or something else the advice is for ("Stay calm when your boss is
    watching", "apologise to your boss", "during launch week"): tips.toml [other_targets]."""
    return bool(_other_targets(reading, answer))


def _other_targets(reading: Reading, answer: TipAnswer) -> list[Hit]:
    """Where the answer names another target ([other_targets]); a word of a mood phrase names none ("A good
    community MANAGER is someone who ...")."""
    hits = [h for h in _table("other_targets").find(reading.prepared)
            if reading.layout.index_at(h.start) in answer.sentences]
    if not hits:
        return hits
    mood = SpanSet((h.start, h.end) for h in cues().mood.find(reading.prepared))
    return [h for h in hits if not mood.overlaps(h.start, h.end)]


# Posting what the advice names is no other target: "Continue posting empathetic message and giving updates" posts
# the handling itself. Only spaces and an article may stand between the verb and the action's start.
_POSTING = frozenset({"posting", "post", "posts", "tweeting", "tweet"})
_POSTED_ACTION_REACH = 12
_SPACES_AND_AN_ARTICLE = re.compile(r"[ \t]++(?:(?:an?|the|some|more)[ \t]++)?+", re.IGNORECASE)


def _posts_an_action(reading: Reading, hit: Hit, actions: list[tuple[int, int]]) -> bool:
    """The other target at ``hit`` is a verb of posting right before one of the reply's action words."""
    if reading.text[hit.start : hit.end].lower() not in _POSTING:
        return False
    return any(0 < start - hit.end <= _POSTED_ACTION_REACH
               and _SPACES_AND_AN_ARTICLE.fullmatch(reading.text, hit.end, start) is not None for start, _ in actions)


def _about_trouble(reading: Reading, answer: TipAnswer) -> bool:
    """The answer says the people have a problem, a complaint or feelings (tips.toml [trouble]). Only English
    has the list: in the other languages every answer counts as about trouble."""
    return reading.language != "en" or not answer.sentences.isdisjoint(_sentences_naming(reading, "trouble"))


# A verb of seeing things a certain way, then what to see: "remember that ...", "keep in mind that ...".
_WAY_OF_SEEING = re.compile(r"\b(?:remember|keep[ \t]++in[ \t]++mind|bear[ \t]++in[ \t]++mind|know|understand|"
                            r"realise|realize|accept|expect|recogni[sz]e)[ \t]++that\b", re.IGNORECASE)


def _only_a_way_of_seeing(reading: Reading, answer: TipAnswer, advice: Advice) -> bool:
    """Every sentence of the answer told as advice tells only how to see things: a verb of seeing, then "that"
    (_WAY_OF_SEEING). English only."""
    if reading.language != "en":
        return False
    told = answer.sentences & advice.advice
    sentences = reading.layout.sentences
    return bool(told) and all(_WAY_OF_SEEING.search(reading.text, advice.told_from.get(i, sentences[i].start),
                                                     sentences[i].end) for i in told)


def _trouble_besides_actions(reading: Reading, answer: TipAnswer, seen: _Seen) -> bool:
    """A [trouble] word in the answer that is not one of its action words ("blame", "bad day"; the "apologize"
    of "apologize anyway" says nothing of its own)."""
    actions = SpanSet(seen.actions)
    return any(reading.layout.index_at(h.start) in answer.sentences and not actions.overlaps(h.start, h.end)
               for h in _table("trouble").find(reading.prepared))


def _names_other_people(reading: Reading, answer: TipAnswer) -> bool:
    """The answer names a group of people of its own (tips.toml [other_people]: followers, clients, influencers),
    not only "them", "the customer" or "people". Other languages: never."""
    return reading.language == "en" and not answer.sentences.isdisjoint(_sentences_naming(reading, "other_people"))


@cache
def _actions_named_in(section: str) -> frozenset[str]:
    """The [actions] entries that tips.toml [``section``] names: [handling], the actions that handle the conflict
    itself; [manners], those that are a manner only. A phrase [actions] does not hold is a mistake in the file."""
    table = toml_table("tips.toml")
    listed = {p for ps in table["actions"].values() for p in ps}
    named = frozenset(p for ps in table[section].values() for p in ps)
    unknown = named - listed
    if unknown:
        raise ValueError(f"tips.toml [{section}] names phrases [actions] does not hold: {sorted(unknown)}")
    if section == "handling":
        # The reply's own manner ("keep your tone calm") handles the conflict itself, as "stay calm" does.
        named |= {p for ps in demeanour_phrases(table).values() for p in ps}
    return named


def _told(reading: Reading, advice: Advice, index: int, lo: int, hi: int) -> bool:
    """The clause lo..hi of an advice sentence is told as advice: it ends after the sentence's advice
    starts, or its subject is the candidate or the reader ("With critics I stay calm, and answer
    once"); a description before the advice ("Angry customers are honestly the worst part of the
    job, you can say that again") is not."""
    if index not in advice.advice:
        return False
    return advice.tells(index, hi) or _SUBJECT.search(reading.text, lo, hi) is not None


# The speaker as the one who acts: "I always ...", "we never ...", "what I do is", "my habit is" ("my rule
# of thumb is to wait" states a rule, as advice does).
_FIRST_PERSON = re.compile(r"\b(?:I|i|[Ww]e|[Mm]y[ \t]++(?:habit|usual|routine|practice))\b")
_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]our)\b")
# How far into an advice sentence a first-person mood phrase may stand ("What I do with upset members is").
_EXAMPLE_LEAD_CHARS = 24


def _by_example(reading: Reading, advice: Advice, index: int) -> bool:
    """The sentence is told as advice only as the speaker's own practice: a first-person subject before
    its first instruction ("I always forward them to my manager"), or a first-person mood phrase opening
    it ("What I do is ...", "My approach is ...", "I try to ..."), and no "you" before that. Told this
    way, a habit advises only through the handling action it holds."""
    if reading.language != "en":
        return False
    sentence = reading.layout.sentences[index]
    lo = _past_an_opinion_lead(reading, sentence.after_label(), sentence.end)
    at = max(lo, advice.told_from.get(index, lo))
    end = at if at > lo else min(sentence.end, lo + _EXAMPLE_LEAD_CHARS)
    first = _FIRST_PERSON.search(reading.text, lo, end)
    return first is not None and _SECOND_PERSON.search(reading.text, lo, first.start()) is None


# "I've learned TO stay calm" is a habit named, not an opinion on what follows.
_TO_AFTER = re.compile(r"[ \t]*+to(?![\w'’])", re.IGNORECASE)


# A phrase saying when or how often, before an opinion's lead: "In most cases I find it is helpful to ...", "Most of
# the time, I think ...", "Usually I find ...", "When someone is upset, I find ...". Up to three words after a
# preposition, one frequency adverb, or a condition up to its comma.
_FRAMING_PHRASE = re.compile(
    r"(?:(?:in|on|at|for|most[ \t]++of)[ \t]++(?:[^\W\d_]++[ \t]++){0,2}?[^\W\d_]++"
    r"|usually|often|generally|mostly|sometimes|typically|normally)[ \t]*+,?[ \t]*+"
    r"|(?:when|whenever|if|once)[ \t]++[^,.;:!?\n]{1,80}+,[ \t]*+", re.IGNORECASE)
_FRAMING_REACH_CHARS = 100  # the longest phrase it matches: a lead further on is read as before, with no match tried


def _past_an_opinion_lead(reading: Reading, lo: int, end: int) -> int:
    """Where the sentence's own words open after an opinion or experience lead-in standing at ``lo`` ("I think",
    "in my experience", advice.toml [statement_leads], and a "that" or comma after it), or after a phrase of when or
    how often before it ("In most cases I find ..."): the "I" of "I think the wisest move is to own up" holds the
    opinion, it is not the subject of the advice. ``lo`` when none stands there."""
    for lead in _statement_leads().find(reading.prepared):
        if lead.start < lo or lead.end >= end or _TO_AFTER.match(reading.text, lead.end, end) is not None:
            continue
        if lead.start == lo or (lead.start <= lo + _FRAMING_REACH_CHARS
                                and _FRAMING_PHRASE.fullmatch(reading.text, lo, lead.start)):
            after = _AFTER_LEAD.match(reading.text, lead.end, end)
            return after.end() if after else lead.end
    return lo


# A verb with the person as its object: "give THEM one way forward", "say THEIR problem back", "tell THEM
# what I can do"; "dealing with them" puts a word between, and "read them" may be reading emails.
_AT_THE_PERSON = re.compile(r"\b([a-z]{2,}+)[ \t]++(?:them|him|her|their)\b", re.IGNORECASE)


@cache
def _person_verbs() -> frozenset[str]:
    """Verbs whose person object makes a first-person habit advice by example (tips.toml [person_verbs])."""
    return frozenset(w.lower() for ws in toml_table("tips.toml")["person_verbs"].values() for w in ws)


def _habit_at_the_person(reading: Reading, index: int) -> bool:
    """A habit whose verb takes the person as its object, not negated ("These days I try to say their
    problem back, then give them one way forward"): advice by example, though no list knows the phrase."""
    sentence = reading.layout.sentences[index]
    verbs = _person_verbs()
    return any(m.group(1).lower() in verbs and not negated_before(reading.text, m.start())
               for m in _AT_THE_PERSON.finditer(reading.text, sentence.start, sentence.end))


def _answer_decides(reading: Reading, answer: TipAnswer, seen: _Seen, advice: Advice) -> tuple[str, bool, str]:
    """(why it is the tip or "", unsure, note) for the part of the reply answering the tip question."""
    # Whether the answer names someone or something else the advice is for: read once, when first asked.
    @Once
    def names_another_target() -> bool:
        return any(not _posts_an_action(reading, hit, seen.actions) for hit in _other_targets(reading, answer))

    actions = len(seen.in_answer)
    if answer.short:
        # A short last paragraph is an answer only as handling advice all about the conversation
        # (answers.py); anti advice there ("Never apologise.") is none.
        if actions and not seen.anti:
            return f"a handling action told as advice, every word about the conversation, in {answer.how}", False, ""
        return "", False, ""
    # Advice in the answer, except a sentence whose only advice comes after an action word it does
    # not tell ("Angry customers are honestly the worst part of the job, you can say that again").
    # A sentence with one action told and another not ("Honestly the best thing is to stay human:
    # thank the person, ...") is told.
    # An answer found only by order inside one paragraph speaks through its action words: with none, its
    # advice and anger words decide nothing ("When passengers get irate, I show them the door").
    if answer.in_order and not actions:
        return "", False, ""
    telling = {reading.layout.index_at(lo): False for lo, _ in seen.in_answer}
    for lo, hi in seen.in_answer:
        index = reading.layout.index_at(lo)
        telling[index] = telling[index] or _told(reading, advice, index, lo, hi)
    untold = {index for index, told_here in telling.items() if not told_here}
    # A habit of the speaker's with no handling action in it is no advice by example: "I always forward
    # them to my manager", "What I do is count the complaints", "I always find angry customers exhausting"
    # tell what the speaker does or feels, not how to handle the person.
    habits = {index for index in answer.sentences & advice.advice
              if index not in telling and _by_example(reading, advice, index)}
    # ... unless its verb takes the person as its object and the answer names no one else to act on.
    if habits and not names_another_target():
        habits -= {index for index in habits if _habit_at_the_person(reading, index)}
    told = bool((answer.sentences & advice.advice) - untold)
    # With no handling action to go on, advice must be told plainly: "Angry customers can ruin your day
    # if you let them" describes them, and "I let my manager deal with them" hands them to someone else.
    plain = (answer.sentences & advice.advice) - untold - habits - advice.weakly_told - _handed_off(reading)
    told_plainly = bool(plain)
    person = bool(answer.sentences & advice.person)
    angry_here = answer.sentences & _angry_sentences(reading)
    angry = bool(angry_here)
    if actions and _coworkers_only(reading, answer):
        # "A fellow coworker ... lashed out at me. When faced with a conflict, ... allow time to cool down": advice on
        # a conflict with someone one works with, no customer or member in it. It may carry over; a person decides.
        return "", True, f"advice on a conflict with a coworker, not a customer, in {answer.how}"
    if not angry and actions and _moderating(reading, answer) and not _about_trouble(reading, answer):
        # "Delete the messages, mute the user, ban the raiders": steps of moderation against those a community shuts
        # out, with no angry or troubled person in them. Graders read them as a tip on hostile members at best.
        return "", True, (f"steps of moderation against trolls or rule-breakers in {answer.how}, "
                          "maybe a tip on hostile members")
    if answer.strong:
        # The reply marks this as its tip: two actions, one aimed at a person, or advice about
        # people ("the customer hears it as a wall; I try to name the problem first") is the tip.
        # Action words used as nouns ("first a warning, then a 24-hour mute, then a ban") name sanctions, not
        # what to do: they do not count here, and the branches below decide, at most a person.
        verbs = actions - sum(1 for lo, hi in seen.in_answer if _used_as_a_noun(reading, lo, hi))
        if verbs and not told and reading.language != "en":
            # Where the lists are thinner, an action word in a sentence told as no advice ("On est coupable avant
            # d'avoir pu s'expliquer") may be a complaint as well as a way: a person decides.
            return "", True, f"an action word in {answer.how}, but told as no advice the rules know"
        # With no anger or trouble word, advice naming another group or another target ("listen to your audience
        # and give them the content they ask for", "show empathy in your captions") may be about something else.
        if (verbs >= 2 or (verbs and person)) and (
                angry or _about_trouble(reading, answer)
                or not (_names_other_people(reading, answer) or names_another_target())):
            return answer.how, False, ""
        if told_plainly and person:
            # With no action word, the people must be the advice's target, not only the subjects of its
            # clauses: "Post around the time your followers are online" is about posting.
            if not plain & ((answer.sentences & advice.person) - advice.person_acting):
                # ... and with no anger or trouble word, advice naming something else it is for ("Never be posting
                # while your followers are asleep") is a tip about that, which the design fails.
                if not actions and not angry and names_another_target() and not _about_trouble(reading, answer):
                    return _about_something_else(reading, answer)
                # ... unless the people acting are angry in the advice's own sentence: they are its condition
                # ("If the patron is being truly belligerent, you need to get a supervisor"), and the advice says
                # what to do when they are, as it does where only its place marks the answer (below).
                if not plain & angry_here:
                    # ... or it points with a pronoun at the anger the sentence beside it names ("Above all, don't
                    # rise to it. A shouting war won't help anyone").
                    if _pointing_at_the_anger(reading, plain, angry_here):
                        return f"advice pointing at the anger beside it, in {answer.how}", False, ""
                    return "", True, f"advice in {answer.how}, but the people in it only act, no one is its target"
                return f"advice for when the people in it are angry, in {answer.how}", False, ""
            # With no handling action and no anger word, advice about a group of its own must say they have a
            # problem: "Ask your followers for photos" and "always send your clients a report" are tips about
            # something else; "Let them know you have read every word" is about the people the question names.
            # Without, the branches below decide (a handling action with every word about the conversation
            # still passes; other advice goes to a person or fails).
            if angry or _about_trouble(reading, answer) or not _names_other_people(reading, answer):
                return f"advice about people in {answer.how}", False, ""
    elif ((actions >= 2 and told) or (actions and told and person)) and (
            angry or _about_trouble(reading, answer) or not names_another_target()):
        # Where only its place marks the answer, advice with no anger or trouble word that names another target
        # ("Be authentic: write like a human and show the people behind the brand") may close advice about
        # content: the branches below decide. A group of people ("members", "the community") is no such target
        # here: they are who the angry ones are ("Shouty members: if you ignore them, they come back louder").
        return answer.how, False, ""
    # One action that handles the conflict itself, told as advice where the reply itself marks its tip
    # ("3. Take it offline as fast as you can.", "Empathise first, solve second." under the quoted
    # question): the action says whom it is for, as an anger word would. A last paragraph alone is no
    # such mark ("Stay calm during launches" may close advice about content).
    if answer.strong and seen.handling and not seen.anti and not names_another_target():
        return f"a handling action told as advice in {answer.how}", False, ""
    # Where only its place marks the answer (the last paragraph), a word of trouble besides the advice's own
    # actions says whom it is for, as an anger word would: a handling action told as advice ("Apologize. It
    # doesn't matter who's to blame; apologize anyway."), or advice plainly told to a person ("Sometimes someone
    # is just having a bad day, so give them a gentle reminder").
    # The advice must name the person itself: "Frustrated customers, hmm, they are always around. Take care and
    # have a lovely weekend!" speaks to the mail's reader.
    told_to_a_person = bool(plain & advice.person)
    if (not answer.strong and not seen.anti and not names_another_target() and (seen.handling or
            (told_to_a_person and not _names_other_people(reading, answer)))
            and _trouble_besides_actions(reading, answer, seen)):
        return f"advice beside a word of trouble in {answer.how}", False, ""
    # Advice where the reply answers the tip question, next to an anger word ("reason before you
    # react to a complaint"), is advice for angry people.
    # In English the advice itself holds a handling action, a person or the anger word: with none of them
    # it speaks to the mail's reader ("Take care!", "Keep up the good work!"). Thinner lists keep the
    # looser reading ("Razonar antes de reaccionar.").
    about = (answer.sentences & advice.advice) - untold - habits & (set(telling) | advice.person | angry_here)
    if not actions and told_plainly and angry and _only_a_way_of_seeing(reading, answer, advice):
        # "Remember that these most vocal members could be your greatest fans in disguise": a way of seeing the
        # angry people, told as advice, with no way of handling them in it. A person decides.
        return "", True, f"a way of seeing the angry people told as advice, no way of handling them, in {answer.how}"
    if (told_plainly or (told and actions)) and angry and (reading.language != "en" or about):
        return f"advice next to an anger word in {answer.how}", False, ""
    # A tip by example: what the candidate did with an angry person, in the tip's place, with two
    # handling actions aimed at people ("a customer wrote a furious review; I called him, apologised
    # and refunded the shipping") shows how they deal with anger, as advice does. With no anger word
    # it stays a story a person reads (below).
    if actions >= 2 and person and angry and _told_as_a_story(reading, list(seen.in_answer)):
        return f"what the candidate did with an angry person, told as an example in {answer.how}", False, ""
    # One handling action told as advice, in an answer whose every word is about the conversation with
    # the person ("Stay calm.", "Listen far more than you talk.", "Q3: Don't get defensive."): the
    # question says whom it is for. A word naming another target ("...when your boss is watching",
    # "listen to podcasts", "respond to trends") leaves it to a person, below.
    # A reply or an apology is itself a handling act on the conversation ("Never answer in the heat of
    # the moment."), with no listed action word.
    # A habit of the speaker's counts here too: "I always keep my replies short and kind when someone is
    # angry" holds no listed action, but every word of it is about the conversation.
    if (((actions and told) or (person and (told_plainly or habits))) and not seen.anti and not answer.in_order
            and about_the_conversation(reading, answer.sentences)):
        return f"a handling action told as advice, every word about the conversation, in {answer.how}", False, ""
    # A tip whose target is unclear goes to a person; words in the last paragraph that are not
    # advice at all ("angry customers are the worst part of the job") are no tip.
    if (actions and (answer.strong or told)) or (told and person and (reading.language != "en" or about)):
        return "", True, f"advice in {answer.how}, but not clearly for angry people"
    # A habit about people with no handling action in it ("I make a point of thanking angry customers",
    # "I always give angry callers my full attention") may be advice by example or may tell only what the
    # speaker does ("I tend to get defensive with angry people"): a person decides, as for a habit beside an
    # anger word ("I decide whether a troll's comment needs an answer at all"). One that names
    # someone or something else to act on ("I always tag my manager on angry reviews") is no tip.
    if habits & (advice.person | angry_here) and not names_another_target():
        return "", True, f"the candidate's own habit with people, but no handling action in it, in {answer.how}"
    # A tip told as a story ("I stepped in and reminded them of our guidelines"): what the candidate
    # did with people, where the reply answers the tip question, is advice by example; a person
    # decides whether it answers the question.
    if actions and person and _told_as_a_story(reading, list(seen.in_answer)):
        return "", True, f"what the candidate did with people, told as a story in {answer.how}"
    # The same story about an upset person in words no list knows ("a customer wrote ten furious
    # comments; I replied to the first one and..."): a person decides too. It must tell one incident
    # (someone did something, then the candidate did), not a habit ("I always ended up taking the
    # angriest callers"), which describes the candidate rather than advising.
    sentences = reading.layout.sentences
    spans = [(sentences[i].start, sentences[i].end) for i in sorted(answer.sentences)]
    if angry and any(_INCIDENT.search(reading.text, lo, hi) for lo, hi in spans) and _told_as_a_story(reading, spans):
        return "", True, f"what the candidate did with an upset person, told as a story in {answer.how}"
    # Where the reply itself marks its tip (a label, "3)", the quoted question), a story of what the candidate did
    # with a person in words no list knows ("I concentrated on the positives, although I did offer the guest a
    # personal connection") answers the question by example, or misses it: a person decides.
    if answer.strong and person and not seen.anti and _told_as_a_story(reading, spans) and not _only_met_them(
            reading, spans):
        return "", True, f"what the candidate did with people, told as a story in {answer.how}"
    # Two action words or more beside an anger word where the reply answers the tip question, in a mood no
    # list knows ("Seek to understand. First, determine whether the complaint is valid."): a person decides.
    # The anger word must stand inside the advice, not open a description of the angry people ("Angry customers
    # will do whatever it takes to get a refund").
    if actions >= 2 and angry and not seen.anti and _anger_inside(reading, answer):
        return "", True, f"actions beside an anger word in {answer.how}, but not told as advice the rules know"
    # What someone else in the job did with an angry person, told where the reply answers the tip question as an
    # example ("During a heated exchange the moderator offered a neutral summary and asked for clarification"): it may
    # be the candidate's way too, or only a story; a person decides.
    if actions and angry and not seen.anti and any(_ROLE_STORY.search(reading.text, lo, hi) for lo, hi in spans):
        return "", True, f"what someone else in the job did with an angry person, told as an example in {answer.how}"
    # In a language whose lists are thinner than English's, advice where the reply itself marks its tip
    # ("Nunca respondas en caliente." under the quoted question) may be a tip in words no list knows; so may
    # an action word in the tip's place, told in a mood no list knows ("Kommentiere öffentlich, dass die Lösung
    # in Arbeit ist."): a reply in such a language is failed only for what is clearly missing.
    # ... unless, with no handling action in it, it names something else the advice is for (the reader's content,
    # their boss: [other_targets]) and no anger word: a tip about something else, which the design fails.
    if reading.language != "en" and answer.strong and not actions and not angry and names_another_target():
        return _about_something_else(reading, answer)
    if reading.language != "en" and ((answer.strong and told) or (actions and not seen.anti)):
        return "", True, f"advice in {answer.how}, in words the {reading.language} lists may not know"
    return "", False, ""


# The note of advice where the reply answers the tip question that is about something else (_answer_decides).
_ELSEWHERE = "advice about something else in"


def _about_something_else(reading: Reading, answer: TipAnswer) -> tuple[str, bool, str]:
    """_answer_decides' verdict on advice about another target: no tip, no doubt, a note naming the first target."""
    target = _other_targets(reading, answer)[0]
    return "", False, f"{_ELSEWHERE} {answer.how}: {reading.text[target.start : target.end]}"


def _told_as_a_story(reading: Reading, clauses: list[tuple[int, int]]) -> bool:
    """The candidate tells what they did: a clause with an action word that opens with a first-person
    subject and a past verb ("I stepped in", "we then called them"), not negated ("we didn't..."). The
    subject opening its sentence carries over to the verbs joined after it: "I answered the first one,
    called him, apologised" tells all three."""
    for lo, hi in clauses:
        if _NEGATED.search(reading.text, lo, hi):
            continue
        head = reading.sentence(lo).start
        if any(_STORY.search(reading.text, at, min(hi, at + _STORY_REACH)) for at in dict.fromkeys((lo, head))):
            return True
    return False


# Past verbs that tell only where the candidate was and whom they met, no way of handling anyone: "I used to run
# a station, so I encountered quite a few angry customers". After "used to", the verb after it.
_MET_ONLY = frozenset({"encountered", "met", "had", "saw", "faced", "worked", "knew", "came", "ran", "was", "were",
                       "run", "work", "be", "have", "see", "meet", "face", "encounter", "deal", "get"})
_PAST_FORM = re.compile(
    r"(?<![\w'’])(?:[a-z]{2,}ed|told|took|gave|made|sent|wrote|spoke|met|kept|let|went|got|sat|stood|brought|heard|"
    r"found|had|paid|left|began|chose|felt|knew|said|saw|spent|taught|thought|understood|ran|was|were|came)(?![\w'’])")
_USED_TO = re.compile(r"[ \t]++to[ \t]++([a-z]++)")


def _only_met_them(reading: Reading, clauses: list[tuple[int, int]]) -> bool:
    """Every past verb form in the story's clauses tells of meeting people or being somewhere (after "used to",
    the verb after it), none of doing anything with them: experience, not a tip by example."""
    verbs: list[str] = []
    for lo, hi in clauses:
        # Every past form, the story's joined verbs too ("I worked nights and OFFERED them a room"); a past
        # participle read as an adjective ("frustrated guests") counts as a deed, which leaves it to a person.
        for m in _PAST_FORM.finditer(reading.text, lo, hi):
            verb = m.group().lower()
            if verb == "used":
                then = _USED_TO.match(reading.text, m.end())
                verb = then.group(1).lower() if then else verb
            verbs.append(verb)
    return bool(verbs) and all(v in _MET_ONLY for v in verbs)


def _advice_quote(reading: Reading, answer: TipAnswer, advice: Advice) -> tuple[int, int]:
    told = answer.sentences & advice.advice
    index = min(told & advice.person or told or answer.sentences)
    sentence = reading.layout.sentences[index]
    return sentence.start, min(sentence.end, sentence.start + _MAX_QUOTE_CHARS)


@cache
def _to_the_writer() -> Matcher:
    return Matcher(language_entries(toml_table("tips.toml")["to_the_writer"], key="to_the_writer"))


@cache
def _relayed_to() -> re.Pattern[str]:
    said = sorted({w for ws in toml_table("tips.toml")["relayed_to"].values() for w in ws}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in said) + r")\b", re.IGNORECASE)


# "US" in capitals is the country ("US customers"), not the writer.
_COUNTRY = re.compile(r"\bUS\b")


def _told_to_the_customer(reading: Reading) -> frozenset[int]:
    """Sentences whose advice the mail's reader is to do to the writer's company (tips.toml [to_the_writer]):
    "please be patient with us", "read the FAQ before you email us", "Angry customers should contact us by
    phone" tell the customers what to do. Not when a person stands before it in the sentence, to whom the
    words are relayed ([relayed_to]: "ask them to email us the order number")."""
    out = set()
    relayed = _relayed_to()
    for h in _to_the_writer().find(reading.prepared):
        if _COUNTRY.search(reading.text, h.start, h.end):
            continue
        sentence = reading.layout.sentence_at(h.start)
        if relayed.search(reading.text, sentence.start, h.start) is None:
            out.add(reading.layout.index_at(h.start))
    return frozenset(out)


@cache
def _valuing() -> Matcher:
    table = toml_table("advice.toml")
    modal = table["valuing_modal"]
    # "can defuse", "will help calm": the verb's base form after a modal or a helper values as its -s form does.
    with_modals = {"en": [f"{m} {v}" for m in modal["modals"] for v in modal["verbs"]]}
    return Matcher(language_entries(table["valuing"], key="valuing") + language_entries(with_modals, key="valuing"))


@cache
def _requiring() -> Matcher:
    return Matcher(language_entries(toml_table("advice.toml")["requiring"], key="requiring"))


# Between "requires" and the action it names: "requires a lot of listening", "comes down to the apology".
_ACTION_LEAD = re.compile(r"(?:[ \t]++(?:a|an|the|some|lots|lot|of|real|genuine|plenty|more|good|active|simply|"
                          r"just|really|mostly|basically|un|una|el|la|ein|eine|une|le|um|uma|o)(?![\w'’]))*+[ \t]++",
                          re.IGNORECASE)


# Most words a statement's subject may have up to its head noun: "a quick personal reply", "a sincere sorry
# to the person"; what follows the head ("from a real person with a name") may run to twice that.
_MAX_SUBJECT_WORDS = 6
_MAX_MODIFIED_SUBJECT_WORDS = 12
# A subject that is a pronoun or a question word stands for something said elsewhere ("It works", "That beats").
_NO_SUBJECT = frozenset({"it", "this", "that", "which", "what", "nothing", "everything", "anything", "he", "she",
                         "they", "i", "we", "you", "who"})
# What may stand between an opinion lead-in and the subject: "I've found THAT a call...", "Honestly, a sorry...".
_AFTER_LEAD = re.compile(r"[\s,:]*+(?:(?:that|que|dass|qu['’])(?![\w'’])[\s,]*+)?", re.IGNORECASE)
# An English past participle ends what follows a head noun: "a personal reply SIGNED by a named person".
_PARTICIPLE = re.compile(r"[a-z]{2,}ed", re.IGNORECASE)
# A subject opening with an English gerund is that action: "Listening to them beats arguing".
_GERUND = re.compile(r"[a-z]{2,}ing(?![\w'’])", re.IGNORECASE)


def _coworkers_only(reading: Reading, answer: TipAnswer) -> bool:
    """The answer names someone one works with ([coworkers]) and no one the candidate serves ([served])."""
    return bool(answer.sentences & _sentences_naming(reading, "coworkers")) and not (
        answer.sentences & _sentences_naming(reading, "served"))


def _moderating(reading: Reading, answer: TipAnswer) -> bool:
    """The answer names whom moderation shuts out ([moderated]) in one of its sentences."""
    return bool(answer.sentences & _sentences_naming(reading, "moderated"))


def _moderation_only(reading: Reading, sentences: set[int]) -> bool:
    """Every sentence of the anti advice names whom moderation shuts out ([moderated]: trolls, spammers, those who
    break the rules), so the advice is about them, not about the angry customers it would fail."""
    if not sentences:
        return False
    named = _sentences_naming(reading, "moderated")
    # The sentence after one naming them may point back with a pronoun and no anger word of its own: "the only way to
    # deal with trolls is to ignore them ... In other words, ignore them and they will go away."
    layout, angry = reading.layout, _angry_sentences(reading)
    named |= {i + 1 for i in named if i + 1 < len(layout.sentences) and i + 1 not in angry
              and _POINTING_BACK.search(reading.text, layout.sentences[i + 1].start, layout.sentences[i + 1].end)}
    return sentences <= named


_POINTING_BACK = re.compile(r"(?<![\w'’])(?:them|they|their|those)(?![\w'’])", re.IGNORECASE)


@cache
def _statement_leads() -> Matcher:
    return Matcher(language_entries(toml_table("advice.toml")["statement_leads"], key="statement_lead"))


# How many words after a light verb's gerund may name its act: "taking A STEP BACK", "giving THEM SPACE".
_LIGHT_OBJECT_WORDS = 3


@cache
def _subject_modifiers() -> frozenset[str]:
    return frozenset(w.lower() for ws in toml_table("advice.toml")["subject_modifiers"].values() for w in ws)


# A clause joined after a comma: "..., but", "..., and", "..., so", "..., yet".
_JOINED_CLAUSE = re.compile(r"[ \t]*+(?:but|and|so|yet)[ \t]++", re.IGNORECASE)


def _subject_start(reading: Reading, sentence: Sentence, hit: Hit, advice: Advice, negation_end: int) -> int | None:
    """Where the subject of a statement opens, when it opens the sentence (after a label, an opinion lead-in
    such as "I think" or "In my experience", or a phrase set off by a comma: "With angry customers, a calm
    reply beats a clever one") before ``hit``, is no pronoun, is not negated before ``negation_end`` and holds
    no anti advice (from the sentence's start); else None."""
    lo = sentence.after_label(hit.start)
    start = lo
    for lead in _statement_leads().find(reading.prepared):
        if lead.start == lo and start < lead.end < hit.start:
            after = _AFTER_LEAD.match(reading.text, lead.end, hit.start)
            start = after.end() if after else lead.end
    comma = reading.text.rfind(",", start, hit.start)
    if comma >= 0:
        start = comma + 1
        # ", but thanking them first softens it": a clause joined after the comma has its own subject and its
        # own polarity ("No idea why it works, but ..." doubts a fact and denies nothing of the statement).
        joined = _JOINED_CLAUSE.match(reading.text, start, hit.start)
        if joined is not None:
            start = lo = joined.end()
    said = list(WORD.finditer(reading.text, start, hit.start))
    if not said or len(said) > _MAX_MODIFIED_SUBJECT_WORDS or said[0].group().lower() in _NO_SUBJECT:
        return None
    if _NEGATED.search(reading.text, lo, negation_end) or advice.anti_in(lo, hit.start, [], reading.text):
        return None
    return said[0].start()


def _subject_heads(reading: Reading, lo: int, hi: int) -> list[tuple[int, int]]:
    """The words that may be the head noun of the subject between ``lo`` and ``hi``: its last word, and the
    word before what modifies the head ("a reply FROM a real person", "a reply SIGNED by"), each no further
    than the sixth word."""
    said = list(WORD.finditer(reading.text, lo, hi))
    if _GERUND.fullmatch(said[0].group()):
        if said[0].group().lower() in light_gerunds():  # "Taking a step back", "Giving them space": the object
            return [m.span() for m in said[1 : 1 + _LIGHT_OBJECT_WORDS]]
        return [said[0].span()]  # "Deleting the comment of an angry customer beats arguing": the deleting
    heads = [said[-1].span()] if len(said) <= _MAX_SUBJECT_WORDS else []
    modifiers = _subject_modifiers()
    for k in range(1, min(len(said), _MAX_SUBJECT_WORDS + 1)):
        word = said[k].group()
        if word.lower() in modifiers or _PARTICIPLE.fullmatch(word):
            heads.append(said[k - 1].span())
            break
    return heads


# What may open a part of a subject set off by commas before its gerund: "..., and perhaps taking a step back".
_PART_OPENING = re.compile(r"[\s,]*+(?:(?:and|or|but|perhaps|maybe|also|then|even|simply|just|always|often|"
                           r"sometimes|usually)[\s,]++)*+", re.IGNORECASE)


def _gerund_before_a_comma(reading: Reading, start: int, subject: int) -> int | None:
    """Where a gerund opens a part of the sentence set off by commas before ``subject``, the last such part:
    "Keeping in mind that everyone has bad days, and perhaps TAKING a step back to cool off, usually means these
    conflicts resolve themselves" (the words after the last comma are a predicate, no subject); else None."""
    end = subject
    while (comma := reading.text.rfind(",", start, end - 1)) >= 0 or end > start:
        opening = _PART_OPENING.match(reading.text, comma + 1 if comma >= 0 else start, subject)
        at = opening.end() if opening else (comma + 1 if comma >= 0 else start)
        if _GERUND.match(reading.text, at):
            return at
        if comma < 0:
            return None
        end = comma
    return None


def _handling_spans(reading: Reading) -> list[tuple[int, int]]:
    """Where the handling actions and the words about the conversation stand, sorted."""
    lex, c = lexicons(), cues()
    return sorted((x.start, x.end) for m in (lex.tip_actions, c.conversation) for x in m.find(reading.prepared))


def _holds(spans: list[tuple[int, int]], word: tuple[int, int]) -> bool:
    """The last of the sorted ``spans`` starting at or before ``word`` holds it whole."""
    k = bisect.bisect_right(spans, word[0], key=lambda span: span[0]) - 1
    return k >= 0 and spans[k][1] >= word[1]


def _valued(reading: Reading, answer: TipAnswer, advice: Advice) -> tuple[int, int] | None:
    """A statement valuing a way of handling the person, where the reply marks its tip or beside an anger
    word: "Angry customers: a calm reply beats a clever one", "Tip: a sincere sorry costs nothing and fixes half
    the problem" (advice.toml [valuing]); or what handling takes, said of the task: "Dealing with angry customers
    requires understanding the root cause" ([requiring]). The subject opens the sentence (after a label) and
    holds at most six words; for a valuing statement its last word is a handling action or a word about the
    conversation ("reply", "tone", "sorry"), for what handling takes the first word after the verb (and a few
    small words) is a handling action. Not negated and with no anti advice in the subject ("Ignoring them works
    every time" is none)."""
    if not answer.sentences:
        return None
    sentences = reading.layout.sentences
    angry = _angry_sentences(reading, answer)
    # Where only its place marks the answer, the anger may be named in the sentence before, in the same paragraph:
    # "... when folks are leaving negative comments, they really just want to feel heard. Even if you don't have an
    # immediate solution, just acknowledging their comment is an important way to show that you're listening."
    after_anger = {i + 1 for i in angry
                   if i + 1 < len(sentences) and sentences[i + 1].paragraph == sentences[i].paragraph}
    marked = answer.sentences if answer.strong else answer.sentences & (angry | after_anger)
    handling: list[tuple[int, int]] | None = None
    for h in _valuing().find(reading.prepared):
        index = reading.layout.index_at(h.start)
        # Where only its place marks the answer (the last paragraph), a valuing statement with no anger word is
        # the tip when every other word of it is about the conversation: "An apology and a quick fix go a long
        # way", "A calm, specific reply beats a long apology every time".
        if index not in answer.sentences or (
                index not in marked and not about_the_conversation(reading, frozenset({index}), (h.start, h.end))):
            continue
        s = sentences[index]
        lo = _subject_start(reading, s, h, advice, min(s.end, h.end + 12))
        handling = _handling_spans(reading) if handling is None else handling
        if lo is not None and any(_holds(handling, head) for head in _subject_heads(reading, lo, h.start)):
            return lo, min(s.end, lo + _MAX_QUOTE_CHARS)
        # A gerund opening a part set off by commas before the subject is the act valued. With no subject at all
        # ("Listening to them, no matter how angry they are, is a key factor": only a concession stands between
        # the last comma and the verb) the gerund must itself be neither denied nor anti advice.
        gerund = _gerund_before_a_comma(reading, s.start, h.start if lo is None else lo)
        if gerund is None or (lo is None and (_DENIED.search(reading.text, gerund, min(s.end, h.end + 12))
                                              or advice.anti_in(gerund, h.start, [], reading.text))):
            continue
        if any(_holds(handling, head) for head in _subject_heads(reading, gerund, h.start)):
            return gerund, min(s.end, gerund + _MAX_QUOTE_CHARS)
    for h in _requiring().find(reading.prepared):
        index = reading.layout.index_at(h.start)
        if index not in marked:
            continue
        s = sentences[index]
        lo = _subject_start(reading, s, h, advice, h.end)
        if lo is None:
            continue
        handling = _handling_spans(reading) if handling is None else handling
        lead = _ACTION_LEAD.match(reading.text, h.end, s.end)
        action = lead.end() if lead else h.end
        k = bisect.bisect_left(handling, (action,))
        if k < len(handling) and handling[k][0] == action:
            return lo, min(s.end, lo + _MAX_QUOTE_CHARS)
        # A way of handling the person said to take an act: "De-escalation is mostly about MATCHING their urgency".
        if _GERUND.match(reading.text, action) and any(
                _holds(handling, head) for head in _subject_heads(reading, lo, h.start)):
            return lo, min(s.end, lo + _MAX_QUOTE_CHARS)
    return None


_ESCALATION = re.compile(r"escalat", re.IGNORECASE)


def _only_passed_on(reading: Reading, confirmed: dict[tuple[int, int], tuple[str, str]]) -> str | None:
    """The sentence of the tip's evidence when every piece of it is an escalation in a sentence that hands the
    person to someone else (tips.toml [handed_off]) or names another person to take it ([other_targets]: "the
    team lead", "my manager"), else None. Escalating beside a handling action of one's own stays the tip."""
    if not confirmed:
        return None
    handed = _handed_off(reading)
    others = _sentences_naming(reading, "other_targets")
    said = None
    for (lo, _), (words, _) in confirmed.items():
        index = reading.layout.index_at(lo)
        if _ESCALATION.match(words) is None:
            return None
        if index not in handed and index not in others:
            return None
        sentence = reading.layout.sentences[index]
        said = said or reading.text[sentence.start : sentence.end][:_MAX_QUOTE_CHARS]
    return said


# "just kidding" takes the answer back: a retraction (retraction.py), read before any laugh.
_NOT_A_LAUGH_BEFORE = r"(?<![\w/])(?<!no )(?<!not )(?<!just )"


@cache
def _laughing() -> re.Pattern[str]:
    """A laugh word standing alone ("lol", "/s", "kidding", not after "no", "not" or "just") or a laughing mark
    (an emoji), ignoring case. Written to start with the words' first characters as a case-ignoring pattern reads
    them and the marks (each one character), then the test of what stands before and the rest of the words grouped
    by first character: the same matches as
    ``(?<![\\w/])(?<!no )(?<!not )(?<!just )(?:<words>)(?!\\w)|<marks>`` ignoring case, which starts with a
    look-behind and was tried at every character of the sentences a tip stands in."""
    said = sorted({w for ws in toml_table("tips.toml")["laughing"].values() for w in ws}, key=len, reverse=True)
    words = [w for w in said if w[:1].isalnum() or w[:1] == "/"]
    marks = [w for w in said if not (w[:1].isalnum() or w[:1] == "/")]
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0].lower(), []).append(re.escape(word[1:].lower()))
    if (any(len(mark) != 1 or mark.lower() != mark.upper() for mark in marks)
            or not all(first.isascii() and (first.isalpha() or not first.isalnum()) for first in groups)):
        return re.compile(rf"{_NOT_A_LAUGH_BEFORE}(?:{'|'.join(map(re.escape, words))})(?!\w)|"
                          rf"{'|'.join(map(re.escape, marks))}", re.IGNORECASE)
    firsts = "".join(case_fellows(first) if first.isalpha() else re.escape(first) for first in groups)
    before = _NOT_A_LAUGH_BEFORE.replace(")", ".)")  # the same tests, before the first character read
    branches = "|".join(f"(?<={re.escape(first)})(?:{'|'.join(rests)})" for first, rests in groups.items())
    laugh = f"(?i:{before}(?:{branches})(?!\\w))"
    if not marks:
        return re.compile(f"[{firsts}]{laugh}")
    mark_class = "".join(map(re.escape, marks))
    return re.compile(f"[{firsts}{mark_class}](?:(?<=[{mark_class}])|{laugh})")


# A sentence of at most this many words right after the advice may be its laugh ("(Kidding. Mostly.)").
_SHORT_LAUGH = 3


def _laughed_off(reading: Reading, spans: list[tuple[int, int]]) -> str | None:
    """The sentence of the tip's evidence when every piece of it stands in a sentence that laughs at it
    (tips.toml [laughing]: "lol", "haha", "🙃"), else None."""
    if not spans:
        return None
    laughing = _laughing()
    said = None
    for lo, _ in spans:
        index = reading.layout.index_at(lo)
        sentence = reading.layout.sentences[index]
        # The laugh may stand after the sentence's stop, before the next sentence ("Mute them. lol"), or be a short
        # sentence of its own right after it ("Reply in capitals until they give up. (Kidding.)").
        sentences = reading.layout.sentences
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        end = len(reading.text) if following is None else following.start
        # A short sentence that takes the answer back ("Haha, just kidding!") is a retraction, read on its own.
        if (following is not None and len(WORD.findall(reading.text, following.start, following.end)) <= _SHORT_LAUGH
                and last_retraction(reading.text[following.start : following.end]) is None):
            end = following.end
        if laughing.search(reading.text, sentence.start, end) is None:
            return None
        said = said or reading.text[sentence.start : sentence.end][:_MAX_QUOTE_CHARS]
    return said


def _in_the_tips_language(reading: Reading, answer: TipAnswer | None) -> Reading:
    """The reply read in the language its tip is written in: a reply of English jargon ("KPIs: engagement
    rate, reach, CTR") may be told English while its tip is Spanish ("Tip: mantener la calma"), German or
    French. The tip is then read with that language's cues and its thinner lists, as a reply in it is (an
    action beside an anger word or under a tip label is told; words no list knows go to a person)."""
    if answer is None or reading.language != "en":
        return reading
    sentences = reading.layout.sentences
    said = " ".join(reading.text[sentences[i].start : sentences[i].end] for i in sorted(answer.sentences))
    language = language_of_a_passage(said)
    return reading if language == "en" else replace(reading, language=language)


def find_tip(reading: Reading, busy: frozenset[int] = frozenset(),
             answered: tuple[tuple[str, str], ...] = ()) -> Finding:
    """``busy``: sentences naming tools or metrics, where an action word ("answered within two
    hours", "listening tool") describes those rather than advice. ``answered``: (quoted question,
    answer) pairs from a reply written between the request's questions."""
    answer = tip_answer(reading, busy, answered)
    found = _find_tip(reading, busy, answer)
    if found.count or answer is None or answer.failing_that is None:
        return found
    # The answer found by position told no tip and names tools or metrics: the reply may answer out of order.
    instead = _find_tip(reading, busy, answer.failing_that)
    return instead if instead.count else found


def _find_tip(reading: Reading, busy: frozenset[int], answer: TipAnswer | None) -> Finding:
    reading = _in_the_tips_language(reading, answer)
    advice = Advice.of(reading)
    no_tip = says_no_tip(reading)
    to_customer = _told_to_the_customer(reading)
    addressed = frozenset(to_customer & answer.sentences) if answer is not None else frozenset()
    if answer is not None and addressed:
        rest = answer.sentences - addressed
        answer = replace(answer, sentences=rest) if rest else None
    seen = _read_actions(reading, busy, answer, advice, no_tip, to_customer)
    # The act a consequence judges bad is no advice either way: "the instinct is to fire back. This only
    # makes them angrier." leaves only the consequence, an implied tip.
    if answer is not None and seen.warned & answer.sentences:
        rest = answer.sentences - seen.warned
        answer = replace(answer, sentences=rest) if rest else None
    if answer is not None:
        # "Ignore them and delete their comments" in the tip's place: advice, but against the tip.
        anti_here = [h for h in advice.anti_in(0, len(reading.text), seen.actions, reading.text)
                     if reading.layout.index_at(h.start) in answer.sentences
                     and reading.layout.index_at(h.start) not in seen.warned
                     and h.start >= seen.consequences.get(reading.layout.index_at(h.start), -1)]
        seen.anti += [reading.words_of(h) for h in anti_here]
        seen.anti_at |= {reading.layout.index_at(h.start) for h in anti_here}
    confirmed = dict(seen.confirmed)
    notes: list[str] = []
    unsure = elsewhere = False
    # Anti advice with no good action beside it ("ignore them, never apologise") is no tip at all.
    # ... unless the answer also says what the angry people want ("When people are angry, they want to be
    # listened to"): the answer is no anti advice then, and a consequence beside it still goes to a person.
    wanted = bool(answer is not None and seen.described & answer.sentences)
    # Where the reply marks its tip (a label, the quoted question, a number), anti advice elsewhere says nothing
    # against it: "Metrics: ... Not every pause is a goodbye." / "Tip: Never publicly argue with members."
    elsewhere_only = answer is not None and answer.strong and seen.anti_at.isdisjoint(answer.sentences)
    against = bool(seen.anti) and not elsewhere_only and not seen.in_answer and not confirmed and not wanted
    # "Tip: no idea, sorry!": the answer in the tip's place says there is none ("sorry" is no apology
    # to a customer there).
    declines = answer is not None and any(reading.layout.index_at(h.start) in answer.sentences for h in no_tip)
    if answer is not None and not confirmed and not against and not declines:
        because, unsure, note = _answer_decides(reading, answer, seen, advice)
        valued = None if because or seen.anti else _valued(reading, answer, advice)
        if valued is not None:
            lo, hi = valued
            confirmed[(lo, hi)] = (reading.text[lo:hi], f"a statement valuing a way of handling it, in {answer.how}")
            because, unsure, note = "", False, ""
        if because:
            # The evidence is the answer's actions told as advice; where none is ("I was on the phone with a super
            # angry customer ... the only way to deal with someone who's riled up is let them tire themselves out"),
            # the advice itself, not the story's action word.
            told_actions = {span: words for span, words in seen.in_answer.items()
                            if reading.layout.index_at(span[0]) in advice.advice}
            if told_actions or (seen.in_answer and not answer.sentences & advice.advice):
                confirmed.update({span: (words, because) for span, words in (told_actions or seen.in_answer).items()})
            else:
                lo, hi = _advice_quote(reading, answer, advice)
                confirmed[(lo, hi)] = (reading.text[lo:hi], because)
        notes += [note] if note else []
        elsewhere = note.startswith(_ELSEWHERE)
    elif answer is not None:
        for span, words in seen.in_answer.items():
            confirmed.setdefault(span, (words, answer.how))
    said_no_tip = bool(no_tip)
    # A consequence where the reply answers the tip question ("Arguing with them only makes it worse"): the
    # advice is implied, not told; with no tip told beside it, a person decides. What the angry people want
    # ("they usually just want a refund") describes them: no tip; but when what they want is a handling act
    # ("a customer just wants to be heard; they want empathy") the advice is implied too.
    implied = [i for i in sorted(seen.consequences | dict.fromkeys(seen.stated | seen.wanting_handling, 0))
               if answer is not None and i in answer.sentences]
    if implied and not confirmed and not said_no_tip and not against:
        unsure = True
        sentence = reading.layout.sentences[implied[0]]
        said = reading.text[sentence.start : sentence.end][:_MAX_QUOTE_CHARS]
        kind = ("a statement" if implied[0] in seen.stated else
                "what the angry people want" if implied[0] in seen.wanting_handling else "a consequence")
        notes.append(f"{kind}, not advice told: {said}")
    if against:
        notes = ["anti advice, not a tip: " + ", ".join(seen.anti[:3])]
    # "For trolls who post slurs, ignore them and ban them straight away": shutting out trolls and rule-breakers is
    # moderation, which graders read as a tip on hostile members at best: a person decides (issue 9 item 5).
    moderation = against and not said_no_tip and _moderation_only(reading, seen.anti_at)
    if moderation:
        notes = ["ignoring or banning trolls or rule-breakers, maybe a tip on hostile members: "
                 + ", ".join(seen.anti[:3])]
    unsure = (((unsure and bool(implied)) or ((unsure or bool(seen.unconfirmed)) and not seen.anti))
              and not confirmed and not said_no_tip) or moderation
    # Advice told to the customers themselves, where the reply answers the tip question or beside its actions,
    # is no tip on dealing with them; a person decides whether the candidate misread the question.
    told_to_them = sorted(addressed | seen.to_customer)
    if told_to_them and not confirmed and not said_no_tip:
        unsure = True
        sentence = reading.layout.sentences[told_to_them[0]]
        notes.append("advice to the customers themselves, not on dealing with them: "
                     + reading.text[sentence.start : sentence.end][:_MAX_QUOTE_CHARS])
    # "Escalate to the team lead, they get paid more than me": the only action passes the person on to someone
    # else; whether that is a tip on dealing with them, a person decides.
    passed_on = _only_passed_on(reading, confirmed)
    if passed_on is not None:
        confirmed = {}
        unsure = True
        notes.append(f"the angry person passed on to someone else, no handling of one's own: {passed_on}")
    # "Mute them and go get a coffee lol": advice laughed at as it is given may be ironic; a person decides.
    laughed = _laughed_off(reading, list(confirmed))
    if laughed is not None:
        confirmed = {}
        unsure = True
        notes.append(f"advice told laughing, maybe ironic: {laughed}")
    notes += [f"not aimed at angry people: {w}" for w in seen.unconfirmed[:3]]
    if said_no_tip:
        notes.append("says there is no tip")
    evidence = tuple(words for words, _ in confirmed.values())
    reasons = tuple(f"{words}: {how}" for words, how in confirmed.values())
    return Finding(evidence=evidence, count=len(evidence), unsure=unsure, notes=tuple(notes),
                   spans=tuple(confirmed), why=reasons, elsewhere=elsewhere and not confirmed and not unsure)
