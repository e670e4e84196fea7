"""Advice mood: is a sentence telling someone what to do, and about whom?

"Listen first, then apologise", "I always reply in private", "make sure they feel heard" are
advice; "angry customers are the worst part of the job" is a description. A clause is advice when
it starts with an instruction verb (after at most a subject and a few small words: "I always
reply..."), or when the sentence holds an advice phrase ("you should", "the key is"). Cues live in
bot/lexicons/advice.toml; every list is found once per reply.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, islice

from bot.domain.once import Once
from bot.domain.quick_init import quick_init
from bot.evaluation.lexicon import (
    grammar_phrases,
    language_entries,
    lexicons,
    lowered,
    phrase_alternation,
    toml_table,
)
from bot.evaluation.patterns import Entry, Hit, Matcher, Prepared, ascii_may_hold, needed_strings
from bot.evaluation.reading import Reading
from bot.evaluation.text import words
from bot.evaluation.word_frequencies import frequencies

# Where a clause may start inside a sentence: after punctuation, a dash, or a joining word.
CLAUSE_BREAK = re.compile(
    r"[,;:()]|\s[-–—]\s|\s(?:and|then|but|so|or|y|luego|und|dann|aber|et|puis|mais|e|depois|mas)\s",
    re.IGNORECASE,
)
# A verb joined by "and"/"or" to one that an infinitive's "to" or a relative pronoun heads shares that frame: no
# instruction of its own ("they want someone to listen and apologise", "people who resolve complaints and apologise").
_COORDINATED = re.compile(r"\s(?:and|or)\s", re.IGNORECASE)
_SHARED_FRAME = re.compile(
    r"(?<![\w'’])(?:to|who|that|which)[ \t]++[^\W\d_][\w'’-]*+(?:[ \t]++[\w'’-]++){0,3}?[ \t]*+$", re.IGNORECASE)
# Bullets, numbers and quote marks that may open a line before its first word.
_LEAD_MARKS = re.compile(r"[\s>*•·\-–—\d.)(:|\"'“”‘’«»]*")
# An action said to be done in excess: "apologizing so much", "saying sorry too often". Less of a good action is
# moderation, not advice against it ("Stop apologizing so much" is no "never apologise").
IN_EXCESS = re.compile(r"(?:[ \t]++\w++){0,2}?[ \t]++(?:so|too)[ \t]++(?:much|often|many[ \t]++times)\b",
                       re.IGNORECASE)


# A comparative after "even" makes it a degree ("they get even angrier", "it gets even worse"), not the verb "get
# even" (revenge, anti advice): more, less, worse, better, further, or a word in "-er" that is none of the words below.
_COMPARATIVE_AFTER = re.compile(
    r"[ \t]++(?:more|less|worse|better|further|farther"
    r"|(?!(?:n?ever|over|after|other|under|n?either|together|rather|(?:what|how|who|when|wher)ever)\b)\w{2,}er)\b",
    re.IGNORECASE)

# A negation just before anti advice makes it good advice ("never argue back", "don't yell").
_NEGATION_REACH_CHARS = 24
# The negation reaches over a verb that hands its action on with "to" ("don't RUSH TO delete their comment",
# "never BE QUICK TO block them"), not over one that turns it round ("don't hesitate to", "never forget to",
# "don't wait to": the action is advised).
# A cleft is read as well: "what you should NOT DO EVER IS TO delete comments" advises against deleting; so is a
# denied duty: "their remarks were rude, but that does NOT MEAN YOU SHOULD stoop to their level".
# "Don't you dare ignore it", "don't you ever argue back": the negation reaches over the emphasis too.
# A thing to avoid named as a noun comes after its verb and article: "don't START A shouting match", "never GET INTO
# AN online slanging match", "not TO START AN ONLINE shouting match", "don't GO INTO counterattack".
# As (?:n['’]t|\b(?:not|never|no|without|nunca|sin|nie|niemals|nicht|ohne|jamais|pas|sans|não|nao|sem))\s+...$
# ignoring case, written to start with the first letters as a case-ignoring pattern reads them ("ſ" is an "s"),
# then the word-start test and the rest: a search of the words before every action word is tried only where one
# of them stands, not at every character.
_NEGATED_BEFORE = re.compile(
    r"[nNwWsSſoOjJpP](?i:(?:(?<=n)(?:['’]t|(?<!\w.)(?:ot|ever|o|unca|ie|iemals|icht|ão|ao))"
    r"|(?<!\w.)(?:(?<=w)ithout|(?<=s)(?:in|ans|em)|(?<=o)hne|(?<=j)amais|(?<=p)as))\s+"
    r"(?:\w+\s+|you\s+(?:dare|ever)\s+|(?:be\s+)?(?!(?:hesitate|forget|fail|neglect|afraid|wait|refuse|stop|cease)\b)\w+\s+to\s+"
    r"|(?:to\s+)?\w+\s+(?:in(?:to)?\s+(?:(?:a|an|the|any)\s+)?|(?:a|an|the|any)\s+)(?:\w+\s+)?"
    r"|do\s+(?:\w+\s+)?(?:is|was)\s+(?:to\s+)?"
    r"|mean\s+(?:that\s+)?(?:you|we|i)\s+(?:should|must|have\s+to|need\s+to|ought\s+to)\s+)?$)")
# A condition opening the clause of a negation ("if I don't...", "unless you...", "when they aren't
# heard..."): what follows is a reason, not advice against the action.
_CONDITION_REACH_CHARS = 30
_CONDITION_BEFORE = re.compile(
    r"\b(?:if|unless|when|whenever|until|once|si|cuando|wenn|falls|sobald|quand|lorsque|se|quando)\b[^,;:.!?]*+$",
    re.IGNORECASE,
)
# A condition right after a negated action limits it to a moment: "never reply WHILE you're annoyed",
# "don't answer UNTIL you have read the whole thread", "never reply IN THE FIRST five minutes" advise waiting,
# not silence.
# The action's object may stand between, up to three words: "never respond TO A COMMENT in anger", "don't answer THE
# ANGRY CUSTOMER until ..." (not "even", "at all" or a joining word: "never apologise even when you're wrong", "don't
# reply at all when they're rude" still advise against).
_CONDITION_AFTER = re.compile(
    r"[ \t]*+(?:(?:to|back)[ \t]++)?(?:(?!(?:and|or|but|then|just|even|all|at|instead|ever|again)\b)[\w'’-]++[ \t]++)"
    r"{0,3}?(?:while|whilst|when|until|till|before|unless|if|"
    r"in anger|in the heat|straight away|right away|immediately|yet|just yet|\(not yet|not yet|"
    # A first stretch of time: "never reply IN THE FIRST five minutes", "don't answer FOR THE FIRST hour".
    r"(?:in|within|for|during)[ \t]++the[ \t]++first|mientras|cuando|"
    r"antes de|hasta|wenn|während|bevor|solange|sofort|quand|avant de|tant que|tout de suite|enquanto|quando|até)\b",
    re.IGNORECASE,
)
# A manner later in the clause of a negated action limits how, not whether: "never reply to them WITH
# SARCASM", "don't respond DEFENSIVELY" advise a better reply. "with" must be followed by a thing, not the
# person ("don't argue with them" stays what it says), and an "-ly" word by a manner, not a verb or
# "only" (reply, apply, supply, only, early...).
_MANNER_REACH_CHARS = 48
_MANNER = re.compile(
    r"\bwith[ \t]++(?:(?:a|an|the|any|your|more)[ \t]++)?+"
    r"(?!(?:them|him|her|us|me|you|it|that|this|people|customers?|clients?|members?|users?|fans?|followers?|"
    r"anyone|someone|somebody|everyone|everybody|the[ \t]++customer|trolls?)\b)[a-z]{3,}+"
    r"|\b(?!(?:re|ap|sup|multi|im)ply\b|only\b|early\b|really\b|family\b|likely\b|daily\b|weekly\b|monthly\b|"
    r"yearly\b|hourly\b|friendly\b|lovely\b|holy\b|ugly\b|silly\b)[a-z]{3,}ly\b",
    re.IGNORECASE,
)
# A manner spelt with its noun, which may hold a joining word: "never respond IN AN OFFENSIVE OR DEFENSIVE WAY",
# "don't answer a customer in a condescending tone": up to three words (the person) before it. Read from the clause's
# start, before a joining word would end it.
_MANNER_NOUN = re.compile(
    r"(?:[ \t]++(?!in[ \t])[\w'’-]++){0,3}?[ \t]++in[ \t]++(?:an?|the|any|that|such[ \t]++an?)[ \t]++"
    r"(?:[\w'’-]++,?[ \t]++){0,4}?(?:way|manner|fashion|tone)(?![\w'’])",
    re.IGNORECASE,
)
# The [anti] phrases that refuse a reply outright ("never respond", "don't answer"): limited by a manner or a moment,
# each advises the better reply instead (Advice.anti_limited).
_NEGATED_REPLY = re.compile(r"(?:never|don't|do not)[ \t]++(?:respond|reply|answer)", re.IGNORECASE)
_BARE_REPLIES = frozenset({"respond", "reply", "answer"})
_MANNER_CLAUSE_END = re.compile(r"[,;:.!?\n(]|\s(?:and|but|or|then|so|because)\s", re.IGNORECASE)
# A comparison before anti advice names what to avoid seeming to do: "not so short that it looks like I'm
# IGNORING THEM", "so it never feels as if we ignore them". A pronoun must follow "like" ("I like ignoring
# them" stays anti advice).
_COMPARED_BEFORE = re.compile(
    r"\b(?:like|as[ \t]++if|as[ \t]++though)[ \t]++(?:I|we|you|they)(?:['’](?:m|re)|[ \t]++(?:are|am|were|was))?"
    r"[ \t]++(?:\w+[ \t]++)?$", re.IGNORECASE)
_NEGATION_FIRST = re.compile(r"(?:never|don't|don’t|do not|no|nunca|nie|niemals|jamais|ne|não|nao)\b")
# "All I can say is...", "what I do is listen": a verb followed by "is" is the subject of a
# sentence about the speaker, not an instruction.
_COPULA_AFTER = re.compile(r"\s++(?:is|was)\b", re.IGNORECASE)
# The speaker or the reader as the subject of an instruction, in the languages judged.
_SUBJECTS = frozenset({"i", "we", "you", "yo", "nosotros", "ich", "wir", "du", "je", "nous", "vous", "on", "eu", "nós"})
# The speaker or the reader with a modal run into it: "For an acute issue I'LL make contact in private" comes in
# as "I will make" does.
_SUBJECT_WITH_MODAL = frozenset({"i'll", "we'll", "you'll", "i'd", "we'd", "you'd"})
# The only words an [opener] may follow in its clause.
_JOINERS = frozenset({"and", "but", "so", "then", "just", "y", "und", "et", "e", "pero", "aber", "mais", "mas"})


@dataclass(frozen=True, slots=True)
class AdviceCues:
    mood: Matcher
    imperative: Matcher
    opener: Matcher
    lead_in: dict[str, frozenset[str]]
    person: Matcher
    reply_verbs: Matcher
    # The one-word reply verbs, lower case: an action word opening with one ("reply fast") is a reply.
    reply_words: frozenset[str]
    anti: Matcher
    other_question: Matcher
    tip_question: Matcher
    closing: Matcher
    # Words naming the tools or the metrics question, by criterion name.
    topics: dict[str, Matcher]
    # Instruction verbs that help the person they take as object, and those that help only by telling
    # them what they asked (lower case; _aimed_at_a_person).
    helping_verbs: frozenset[str]
    telling_verbs: frozenset[str]
    # Which "they" is a thing ([reference]): the plural pronouns, words ending in "s" that are no
    # plural noun, and the words that show a word in "s" is a verb (before it, after it).
    pronouns: frozenset[str]
    not_nouns: frozenset[str]
    singular_subjects: frozenset[str]
    objects: frozenset[str]
    people: frozenset[str]
    person_endings: tuple[str, ...]
    # Verbs of opinion with the speaker as subject ("I find them exhausting"), and the words after them
    # that make them an action again ("I find a moment", "we find out").
    opinion_verbs: frozenset[str]
    opinion_but_action: tuple[str, ...]
    memory_verbs: frozenset[str]
    memory_but_action: frozenset[str]
    # Asides about the speaker's own words ("honestly", "to be honest").
    asides: Matcher
    # Idioms in the form of advice that advise no one ("Let's face it, ...", "Don't get me wrong").
    idioms: Matcher
    # Words that run a line on into the next: a line ending with one, or a next line opening with one,
    # continues the same answer (answers.py, _ends_a_line).
    line_continues: frozenset[str]
    # Words opening a condition ("if", "when"): a verb right after "if you" is the condition's, not an
    # instruction ("... if you LET them").
    conditions: frozenset[str]
    # Words about the conversation with a person, and small words that name no target.
    conversation: Matcher
    function_words: frozenset[str]
    # Per language, the words that undo an action ending its clause, and those that make it the one to
    # do less of, as tuples of lower-case words.
    undone_after: dict[str, tuple[tuple[str, ...], ...]]
    outweighed_before: dict[str, tuple[tuple[str, ...], ...]]
    # [anti] entries that are bare verbs ("yell", "insult*"): anti advice only when they open their clause.
    anti_verbs: frozenset[str]
    # Anti phrases that, opening a sentence, retract the sentence before ("Just kidding, block them.").
    retractions: frozenset[str]
    # Per language, the endings of an infinitive told as advice and the words with them that are none
    # ([infinitives], [not_infinitives]; _infinitive_clauses).
    infinitive_endings: dict[str, tuple[str, ...]]
    not_infinitives: dict[str, frozenset[str]]
    # The writer as the object of an instruction ("call ME", "send US"): the mail's reader is asked.
    writer_object: re.Pattern[str]
    # The angry person doing what an anti phrase names, just before it ("when THEY insult you").
    other_actor_before: re.Pattern[str]
    # ... or as the subject of a predicate the anti phrase is joined to ("CUSTOMERS may still be upset AND lash out").
    other_actor_joined_before: re.Pattern[str]
    # What someone knows or works out, just before a mood phrase opening with "how" or "what" ([asked_within]).
    asked_within: re.Pattern[str]
    # Clause-opening words before a person object that are no verb ([not_open_imperatives]; _open_imperatives).
    not_open_imperatives: frozenset[str] = frozenset()


@cache
def cues() -> AdviceCues:
    table = toml_table("advice.toml")

    def matcher(name: str) -> Matcher:
        return Matcher(language_entries(table[name], key=name))

    return AdviceCues(
        mood=matcher("mood"),
        imperative=Matcher(language_entries(table["imperative"])),
        opener=Matcher([*language_entries(table["opener"]),
                        *language_entries(table["not_openers"], key=NOT_AN_OPENER)]),
        lead_in={lang: frozenset(w.lower() for w in ws) for lang, ws in table["lead_in"].items()},
        person=matcher("person"),
        reply_verbs=matcher("reply_verbs"),
        reply_words=frozenset(w.lower() for ws in table["reply_verbs"].values() for w in ws if " " not in w),
        anti=Matcher([*language_entries(table["anti"]),
                      *language_entries(grammar_phrases(table["anti_grammar"], "verbs", "people"))]),
        anti_verbs=frozenset(p for ps in table["anti_verbs"].values() for p in ps),
        other_question=matcher("other_question"),
        tip_question=matcher("tip_question"),
        closing=matcher("closing"),
        topics={"tools": matcher("tools_topic"), "metrics": matcher("metrics_topic")},
        helping_verbs=frozenset(w.lower() for ws in table["helping_verbs"].values() for w in ws),
        telling_verbs=frozenset(w.lower() for ws in table["telling_verbs"].values() for w in ws),
        pronouns=lowered(table["reference"]["pronouns"]),
        not_nouns=lowered(table["reference"]["not_nouns"]),
        singular_subjects=lowered(table["reference"]["singular_subjects"]),
        objects=lowered(table["reference"]["objects"]),
        people=lowered(table["reference"]["people"]),
        person_endings=tuple(table["reference"]["person_endings"]),
        opinion_verbs=lowered(table["opinion_verbs"]["en"]),
        opinion_but_action=tuple(w.lower() for w in table["opinion_verbs"]["opinion_but_action"]),
        memory_verbs=lowered(table["opinion_verbs"]["memory"]),
        memory_but_action=lowered(table["opinion_verbs"]["memory_but_action"]),
        asides=Matcher(language_entries(table["asides"], key="aside")),
        idioms=Matcher(language_entries(table["idioms"], key="idiom")),
        line_continues=frozenset(w.lower() for ws in table["line_continues"].values() for w in ws),
        conditions=frozenset(w.lower() for ws in table["conditions"].values() for w in ws),
        conversation=Matcher(language_entries(table["conversation"], key="conversation")),
        function_words=frozenset(w.lower() for ws in table["function_words"].values() for w in ws),
        undone_after=_word_runs(table["undone_after"]),
        infinitive_endings={lang: tuple(e.lower() for e in es) for lang, es in table["infinitives"].items()},
        not_infinitives={lang: frozenset(w.lower() for w in ws) for lang, ws in table["not_infinitives"].items()},
        outweighed_before=_word_runs(table["outweighed_before"]),
        retractions=frozenset(w.lower() for ws in table["retractions"].values() for w in ws),
        writer_object=re.compile(rf"[ \t]++(?:{_words_alternation(table['writer_objects'])})\b", re.IGNORECASE),
        # One word may come between ("they really insult").
        other_actor_before=re.compile(rf"\b(?:{_words_alternation(table['other_actors'])})\s+(?:\w+\s+)?$",
                                      re.IGNORECASE),
        # A few words of their predicate between, none of them the speaker or the reader ("customers tell YOU to
        # ... and"): words and spaces only, so a mark ending the clause ends the search.
        other_actor_joined_before=re.compile(
            rf"\b(?:{_words_alternation(table['other_actors'])})[ \t]++"
            rf"(?:(?!(?:{_SPEAKER_OR_READER})(?![\w'’]))[\w'’]++[ \t]++){{1,{_JOINED_PREDICATE_WORDS}}}"
            r"(?:and|or)[ \t]++$", re.IGNORECASE),
        not_open_imperatives=lowered(table["not_open_imperatives"]["en"]),
        asked_within=re.compile(rf"(?<![\w'’])(?:{_words_alternation(table['asked_within'])})"
                                rf"(?:[ \t]++(?:{_words_alternation(table['asked_about'])}))?+[ \t]++$", re.IGNORECASE),
    )


# advice.toml [not_openers]: a negation opening a statement, no instruction ("No todos los comentarios ...").
NOT_AN_OPENER = "not_an_opener"


def instruction_starts(reading: Reading) -> frozenset[int]:
    """Where an instruction verb or an advice opener stands in the reply (advice.toml [imperative], [opener]), the
    statements [not_openers] names left out."""
    c = cues()
    return frozenset(h.start for m in (c.imperative, c.opener) for h in m.find(reading.prepared)
                     if h.key != NOT_AN_OPENER)


# A clause of German told in the infinitive is short: "Ruhe bewahren", "Immer freundlich und sachlich bleiben".
_MAX_GERMAN_INFINITIVE_WORDS = 6


def _infinitive(word: str, endings: tuple[str, ...], not_infinitives: frozenset[str]) -> bool:
    said = word.lower().replace("’", "'")
    # One ending or none is met at C speed first (a word too short for any, a single letter, is none).
    return (len(said) > 2 and said.endswith(endings) and said not in not_infinitives
            and any(said.endswith(e) and len(said) > len(e) + 1 for e in endings))


def _may_hold_an_infinitive(text: str, endings: tuple[str, ...]) -> bool:
    """Whether some word of ``text`` may end in one of ``endings``: each is looked for in the whole text lower-cased,
    at C speed (a word's lower-cased ending stands in the lower-cased text at the word's end)."""
    lower = text.lower()
    if "’" in lower:
        lower = lower.replace("’", "'")
    return any(e in lower for e in endings)


def _infinitive_clauses(reading: Reading, lead_in: frozenset[str], told_from: dict[int, int], plain: set[int]) -> None:
    """Clauses told in the infinitive, the advice mood of es/fr/pt/de tips ("Mantener la calma.", "Garder son
    calme.", "Manter a calma.", "Ruhe bewahren."): in es, fr and pt the clause opens with an infinitive after
    its [lead_in] words; in de a short clause ends with one in lower case and holds no subject or finite verb of
    [not_infinitives]. Marked told from the clause's start, as an instruction verb opening it is.
    Only the words a clause is read by are read: its first word past [lead_in]'s, or in de at most one word more
    than such a clause may hold; and a text none of whose words may end in an infinitive's ending (spaced-out
    letters, "i g n o r e a l l") is not cut into clauses."""
    c = cues()
    endings = c.infinitive_endings.get(reading.language)
    text = reading.text
    if not endings or not _may_hold_an_infinitive(text, endings):
        return
    refused = c.not_infinitives.get(reading.language, frozenset())
    german = reading.language == "de"
    for index, sentence in enumerate(reading.layout.sentences):
        start, last = sentence.after_label(), sentence.end
        breaks = CLAUSE_BREAK.finditer(text, start, last)
        while True:
            cut = next(breaks, None)
            end = last if cut is None else cut.start()
            if german:
                said = list(islice(WORD.finditer(text, start, end), _MAX_GERMAN_INFINITIVE_WORDS + 1))
                found = (0 < len(said) <= _MAX_GERMAN_INFINITIVE_WORDS and said[-1].group()[:1].islower()
                         and _infinitive(said[-1].group(), endings, refused)
                         and not any(m.group().lower() in refused for m in said))
            else:
                found = False
                for m in WORD.finditer(text, start, end):
                    if m.group().lower().replace("’", "'") not in lead_in:
                        found = _infinitive(m.group(), endings, refused)
                        break
            if found:
                told_from[index] = min(told_from.get(index, start), start)
                plain.add(index)
                break
            if cut is None:
                break
            start = cut.end()


# The speaker and the reader, as subject or object: a clause holding one of them is not only the other party's.
_SPEAKER_OR_READER = "i|we|you|me|us|my|our|your"
# How many words of the other party's predicate may stand before the "and" joining an anti phrase to it.
_JOINED_PREDICATE_WORDS = 6
# How far before an anti phrase its joined subject is looked for.
_JOINED_REACH_CHARS = 80


# "tell" followed by "if", "whether" or "when" tells apart ("you can tell whether they are angry", "we can quickly tell
# when people are venting"); telling someone names them first ("tell them if ...").
_TOLD_APART = re.compile(r"[ \t]++(?:if|whether|when)(?![\w'’])", re.IGNORECASE)


def _told_apart(text: str, hit: Hit) -> bool:
    """The imperative at ``hit`` is "tell" meaning to tell things apart, not to tell a person."""
    return hit.entry.phrase == "tell" and _TOLD_APART.match(text, hit.end) is not None


def _words_alternation(table: dict[str, list[str]]) -> str:
    return "|".join(re.escape(w.lower()) for w in sorted({w for ws in table.values() for w in ws}, key=len,
                                                          reverse=True))


# The speaker as the subject just before a verb: "I find", "we usually find".
# "I always find", "we often assume": a frequency word may stand between.
_SPEAKER_BEFORE = re.compile(
    r"\b(?:I|[Ww]e)[ \t]++(?:(?:[a-z]+ly|always|often|sometimes|still|also|just|tend to)[ \t]++)?$")
_WORD_AFTER = re.compile(r"[ \t]++([^\W\d_][\w'’-]*+)")


# A person as the object right after a word: "match THEIR urgency", "mirror THEM". Read from the object word (a
# plain space starts the pattern, so the engine skips to spaces), then the word before it.
_PERSON_AFTER_A_WORD = re.compile(r"[ \t](?:them|their|him|her)(?![\w'’])", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z][a-z]{2,})[ \t]++\Z")
_WORD_BEFORE_REACH_CHARS = 24
_OPEN_IMPERATIVE = Entry("open_imperative", "", lang="en")


def _open_imperatives(reading: Reading, known: frozenset[int]) -> list[Hit]:
    """Verbs no [imperative] list knows, told with a person as their object ("If a customer is upset, match their
    urgency, not their tone"), or opening the main clause after a fronted condition ("If a viewer is angry, pin a
    calm reply"): a word in its base form (no "-s", "-ed", "-ing" or "-ly" ending, no small word, no preposition).
    Whether it opens its clause is read as for a listed verb (_opens_clause). English only: the other languages put
    the person in the verb's ending or before it, and mark the imperative in its ending."""
    if reading.language != "en":
        return []
    text = reading.text
    found: list[Hit] = []
    for m in _PERSON_AFTER_A_WORD.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - _WORD_BEFORE_REACH_CHARS), m.start() + 1)
        if before is not None and before.start(1) not in known and _base_form(before.group(1)):
            found.append(Hit(_OPEN_IMPERATIVE, before.start(1), before.end(1)))
    found += _after_a_condition(reading, known)
    found += _opening_a_sentence(reading, known)
    return found


# A sentence's first word then an object's first word: "Extend the olive branch", "Escalate it quickly"; or a
# preposition, then a person: "Agree with them", "Side with the customer". A dash may stand before it, after a label
# that ends in one ("Next step - agree with them": the label ends before the space the dash follows).
_OPENING_THEN_OBJECT = re.compile(
    r"[ \t]*+(?:[-–—][ \t]++)?+([A-Za-z][a-z'’-]+)[ \t]++"
    r"(?:a|an|the|your|their|them|him|her|it|this|that|these|those|every|each|out|up|back|down|off"
    r"|(?:with|to|for)[ \t]++(?:them|him|her|the[ \t]++(?:customer|person|member|client|user)s?+))(?![\w'’])")


def _opening_a_sentence(reading: Reading, known: frozenset[int]) -> list[Hit]:
    """An instruction opening its sentence: a word in its base form with an object or a particle after it."""
    text = reading.text
    found: list[Hit] = []
    for sentence in reading.layout.sentences:
        m = _OPENING_THEN_OBJECT.match(text, sentence.after_label(past_mark=True), sentence.end)
        if m is not None and m.start(1) not in known and _base_form(m.group(1)):
            found.append(Hit(_OPEN_IMPERATIVE, m.start(1), m.end(1)))
    return found


def _base_form(word: str) -> bool:
    """A word that may be a verb's base form: no small word, no word [not_open_imperatives] names, no "-s", "-ed",
    "-ing" or "-ly" ending."""
    c = cues()
    word = word.lower()
    return not (word in c.function_words or word in c.not_open_imperatives or word.endswith(("ly", "ing", "ed"))
                or (word.endswith("s") and not word.endswith(("ss", "us"))))


# A sentence (or a label's answer) that opens with a condition, then the first word after the condition's comma and
# the word after that: "If a viewer is angry, PIN A calm reply". The condition is read within a bounded reach.
_CONDITION_OPENING = re.compile(r"[ \t]*+(?:if|when|whenever|once)[ \t]", re.IGNORECASE)
# What every match of _CONDITION_OPENING holds, as a pattern that ignores case reads it (patterns.ascii_may_hold).
_CONDITION_WORDS = ("if", "when", "once")
# A purpose may come first, a condition after it, before the instruction: "In order to keep the group on track, when
# you see conflict happening, STEP IN as a mediator". The purpose ends at its comma.
_PURPOSE_OPENING = re.compile(r"[ \t]*+(?:in[ \t]++order[ \t]++to|so[ \t]++as[ \t]++to)[ \t][^,.;:!?\n]{1,120}?,",
                              re.IGNORECASE)
_CONDITION_THEN_WORD = re.compile(r"[^,.;:!?\n]{1,120}?,[ \t]++([a-z][a-z'’-]*+)[ \t]++([A-Za-z][\w'’-]*+)")
# What may follow an instruction's verb at once: its object's first word or a particle ("pin A reply", "reach OUT");
# a verb or "and" after the word makes it a subject ("empathy HELPS", "patience AND calm").
_OBJECT_OPENERS = frozenset({
    "a", "an", "the", "your", "their", "them", "him", "her", "it", "this", "that", "these", "those", "some", "any",
    "every", "each", "all", "one", "out", "up", "back", "down", "off", "on", "over", "in", "through", "with",
})


def _after_a_condition(reading: Reading, known: frozenset[int]) -> list[Hit]:
    """An instruction told after a fronted condition: with no subject before it, the main clause's first word is a
    verb when an object or a particle follows it ("When a thread turns ugly, lock the thread")."""
    text = reading.text
    found: list[Hit] = []
    if not ascii_may_hold(reading.prepared, _CONDITION_WORDS):
        return found  # no sentence can open with a condition (each was tried)
    for sentence in reading.layout.sentences:
        start = sentence.after_label(past_mark=True)
        purpose = _PURPOSE_OPENING.match(text, start, sentence.end)
        opening = _CONDITION_OPENING.match(text, purpose.end() if purpose else start, sentence.end)
        if opening is None:
            continue
        m = _CONDITION_THEN_WORD.match(text, opening.end(), sentence.end)
        if m is None or m.start(1) in known or not _base_form(m.group(1)):
            continue
        after = m.group(2).lower()
        if after in _OBJECT_OPENERS or after.endswith("ly"):
            found.append(Hit(_OPEN_IMPERATIVE, m.start(1), m.end(1)))
    return found


def _opinion(text: str, verb: Hit) -> bool:
    """"I find them exhausting": a verb of opinion after the speaker, not followed by a thing found or
    an action ("I find a quiet moment", "we find out"); "I still remember the knot in my stomach": a verb of memory
    after the speaker, not followed by what to do ("I remember to thank them")."""
    c = cues()
    said = text[verb.start : verb.end].lower()
    memory = said in c.memory_verbs
    if not memory and said not in c.opinion_verbs:
        return False
    if _SPEAKER_BEFORE.search(text, max(0, verb.start - 24), verb.start) is None:
        return False
    after = _WORD_AFTER.match(text, verb.end)
    if after is None:
        return memory  # "That day, I remember." recalls; "I find." is cut short
    word = after.group(1).lower()
    if memory:
        return word not in c.memory_but_action
    return not any(word == w or (w.endswith("*") and word.startswith(w[:-1])) for w in c.opinion_but_action)


def _word_runs(table: dict[str, list[str]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Per language, each entry as its lower-case words ("no one" -> ("no", "one"))."""
    return {lang: tuple(tuple(entry.lower().split()) for entry in entries) for lang, entries in table.items()}


def label_matches(matcher: Matcher, label: str) -> bool:
    return bool(label) and bool(matcher.find(Prepared.of(label)))



# "The sooner you apologise, the better", "the faster you are able to take this conversation offline, the
# better": a comparison of the speaker or reader doing something that ends in "the better" is advice to do it
# ("the more followers the better" advises nothing). English; the words between stay inside one sentence and a
# bounded stretch, so the scan stays linear.
# The "T" comes before the test of what stands before it (a word start, as \b reads it), so a scan skips to it.
_THE_BETTER = re.compile(
    r"[Tt](?<!\w.)he[ \t]++(?:sooner|faster|quicker|earlier|calmer|shorter|simpler|more|less|fewer)"
    r"[ \t]++(?:you|we|I)\b"
    r"[^.!?\n]{1,80}?\bthe[ \t]++better\b")


# "Frustrated customers should always be thanked first", "an angry customer must never be ignored": a modal of
# duty before a passive, said of a person, tells what is to be done to them, as an instruction does. English;
# read in the lower-cased text, the modal first (a scan skips to its first letters), then the person before it.
_DUTY_PASSIVE = re.compile(
    r"(?:should|must|ought[ \t]++to|needs?[ \t]++to)[ \t]++"
    r"(?:(?P<neg>never|not)[ \t]++|(?:always|first|still|all)[ \t]++)?be[ \t]++(?:[a-z]++ly[ \t]++)?"
    r"(?P<verb>[a-z]{2,}+(?<=ed)|heard|told|shown|given|met|kept|made|sent|taken|seen|dealt|understood|brought)"
    r"(?![\w'’])")
_PERSON_SUBJECT_BEFORE = re.compile(
    r"(?<![\w'’])(?:customers?|clients?|people|users?|members?|callers?|buyers?|shoppers?|guests?|fans?|"
    r"followers?|visitors?|complainers?|critics?|they|he|she|someone|somebody|everyone|anyone)[ \t]++\Z")
_SUBJECT_REACH_CHARS = 16
# Done to a person, these are anti advice ("Angry customers should be banned"), unless denied ("must never be
# ignored").
_ANTI_PARTICIPLES = frozenset({"banned", "blocked", "deleted", "ignored", "muted", "hidden", "removed", "reported",
                               "kicked", "silenced", "dismissed", "blamed", "mocked", "insulted", "lectured"})


def _duties_to_a_person(reading: Reading) -> Iterator[int]:
    """Where each passive duty said of a person starts (_DUTY_PASSIVE)."""
    lower = reading.prepared.lower
    for m in _DUTY_PASSIVE.finditer(lower):
        anti = m.group("verb") in _ANTI_PARTICIPLES
        if anti != bool(m.group("neg")):
            continue  # "should be banned", or a good act denied: "should not be thanked"
        if _PERSON_SUBJECT_BEFORE.search(lower, max(0, m.start() - _SUBJECT_REACH_CHARS), m.start()):
            yield m.start()


# Advice mood told by its grammar (advice.toml [mood_grammar]): a duty modal after a short subject, and an
# evaluative frame with adverbs inside. English.
_SUBJECT_REACH_WORDS = 3
# How far back from a modal its clause's start is looked for: three words and a lead-in ("I think that").
_MODAL_CLAUSE_REACH_CHARS = 60


@dataclass(frozen=True, slots=True)
class MoodGrammar:
    # A modal of duty or advice (group "modal"), then up to two adverbs, then the verb (group "verb"); read in
    # lower case.
    modal: re.Pattern[str]
    # An evaluative frame, up to two adverbs either side of its evaluative word, "(not) to", a verb's first letter.
    frame: re.Pattern[str]
    # A verb of advising in the present, up to two adverbs, then a gerund: "studies suggest staying calm".
    advised: re.Pattern[str]
    not_subjects: frozenset[str]
    # Modals before which a verb of [guessed_verbs] makes a guess ("they must be furious"), by the modal's words.
    guessing: frozenset[str]
    guessed_verbs: frozenset[str]
    adverbs: frozenset[str]
    # Verbs after which a duty said of the other party tells what they must be given ("customers need to FEEL
    # heard"), lower case.
    other_party_needs: frozenset[str]
    # [statement_leads], as word tuples: "I think", "in my experience" before a subject leave it the subject.
    leads: tuple[tuple[str, ...], ...]
    # For each scan (frame, modal, advised), the first three letters of the words one of which every match holds at a
    # word's start, or None (_word_starts): a reply whose word index holds none needs no scan.
    needs: tuple[frozenset[str] | None, frozenset[str] | None, frozenset[str] | None]


@cache
def mood_grammar() -> MoodGrammar:
    table = toml_table("advice.toml")
    g = table["mood_grammar"]
    adverbs = phrase_alternation(g["adverbs"])
    # "'ve got to" runs into its subject ("you've got to"); every other modal is a word of its own.
    glued = phrase_alternation(m for m in g["modals"] if m.startswith("'"))
    free = phrase_alternation(m for m in g["modals"] if not m.startswith("'"))
    frames, judged = phrase_alternation(g["frames"]), phrase_alternation(g["judged"])
    modal = re.compile(
        rf"(?P<modal>(?<![\w'’])(?:{free})|(?<=[a-z])(?:{glued}))(?![\w'’])"
        rf"(?:[ \t]++(?:{adverbs}|not)(?![\w'’])){{0,2}}+[ \t]++(?P<verb>[a-z][a-z'’-]*+)")
    frame = re.compile(
        rf"(?<![\w'’])(?:{frames})(?:[ \t]++(?:{adverbs})){{0,2}}+[ \t]++(?:{judged})"
        rf"(?:[ \t]++(?:{adverbs})){{0,2}}+(?:[ \t]++not)?[ \t]++to[ \t]++[a-z]")
    # The gerund's letters are read once (possessive), then its ending looked back at: no backtracking into a word.
    advising = phrase_alternation(g["advising"])
    advised = re.compile(
        rf"(?<![\w'’])(?:{advising})(?:[ \t]++(?:{adverbs})){{0,2}}+[ \t]++[a-z]++(?<=[a-z]{{2}}ing)(?![\w'’])")
    return MoodGrammar(
        modal=modal, frame=frame, advised=advised, not_subjects=lowered(g["not_subjects"]),
        guessing=frozenset(" ".join(m.lower().split()) for m in g["guessing_modals"]),
        guessed_verbs=lowered(g["guessed_verbs"]), adverbs=lowered(g["adverbs"]),
        other_party_needs=lowered(g["other_party_needs"]),
        leads=tuple(tuple(w.lower().replace("’", "'") for w in words(p)) for p in table["statement_leads"]["en"]),
        needs=(_word_starts(frame), _word_starts(modal), _word_starts(advised)))


def _word_starts(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The first three letters of the words one of which every match of ``rx`` holds (needed_strings), each a word
    of letters at least three long: the keys a reply's word index holds for the words starting so. None when the
    needed strings are no such words (the scan is then always made)."""
    needed = needed_strings(rx)
    if needed is None or not all(w.isalpha() and len(w) >= 3 for w in needed):
        return None
    return frozenset(w[:3] for w in needed)


def _may_hold(needs: frozenset[str] | None, prepared: Prepared) -> bool:
    return needs is None or not needs.isdisjoint(prepared.keys)


def _mood_by_grammar(reading: Reading) -> Iterator[int]:
    """Where each advice told by its grammar stands ([mood_grammar]): a duty modal after a subject of one to three
    words opening its clause ("your reps need to resist the urge", "agents should never argue back"), an
    evaluative frame ("it's best simply to let them vent") and a gerund advised ("studies suggest staying calm")."""
    g = mood_grammar()
    lower = reading.prepared.lower
    # Each scan first asks whether the reply's word index holds a word every match needs ("should", "best"): most
    # replies hold none for one of them, and a set's disjointness costs less than a scan.
    frame_needs, modal_needs, advised_needs = g.needs
    if _may_hold(frame_needs, reading.prepared):
        for m in g.frame.finditer(lower):
            yield m.start()
    if _may_hold(advised_needs, reading.prepared):
        for m in g.advised.finditer(lower):
            yield m.start()
    if not _may_hold(modal_needs, reading.prepared):
        return
    others: _OtherParty | None = None  # worked out at the first subject
    for m in g.modal.finditer(lower):
        modal = " ".join(m.group("modal").replace("’", "'").split())
        verb = m.group("verb").replace("’", "'")
        if modal in g.guessing and verb in g.guessed_verbs:
            continue  # "they must be furious", "it should be fine": a guess or a description
        subject = _subject_before(reading, m.start(), g)
        if not subject:
            continue
        if verb not in g.other_party_needs:
            others = others or _OtherParty(reading)
            if others.named_by(subject):
                continue  # "people need to chill out", "our clients have to approve every post"
        yield m.start()


def _done_by_the_other_party(reading: Reading, hit: Hit, others: Callable[[], _OtherParty]) -> bool:
    """Whether the mood phrase at ``hit`` opens with an instruction verb ("try to", "make sure") whose subject names
    the other party: "They try to attack you on a personal level" tells what they do, as "people need to" does
    ([mood_grammar]). English; ``others`` gives the reply's _OtherParty, read when first asked."""
    if reading.language != "en" or hit.entry.phrase.split(" ", 1)[0].lower() not in _instruction_verbs():
        return False
    subject = _subject_before(reading, hit.start, mood_grammar())
    return bool(subject) and others().named_by(subject)


@cache
def _instruction_verbs() -> frozenset[str]:
    """advice.toml [imperative], English: the verbs an instruction opens with."""
    return frozenset(w.lower() for w in toml_table("advice.toml")["imperative"]["en"])


class _OtherParty:
    """Where a reply's person words and anger words stand: a subject naming the other party is a person word with
    only small words or anger words before it ("they", "our customers", "angry users")."""

    def __init__(self, reading: Reading) -> None:
        self._people = {h.start: h.end for h in cues().person.find(reading.prepared)}
        self._anger = {h.start: h.end for h in lexicons().anger.find(reading.prepared)}
        self._small = cues().function_words

    def named_by(self, subject: list[re.Match[str]]) -> bool:
        head = subject[-1]
        if self._people.get(head.start()) != head.end():
            return False
        return all(w.group().lower().replace("’", "'") in self._small or w.start() in self._anger
                   for w in subject[:-1])


def _subject_before(reading: Reading, start: int, g: MoodGrammar) -> list[re.Match[str]]:
    """The one to three words opening the modal's clause before ``start`` (lead-ins, a statement lead and adverbs
    aside), none of [not_subjects] among them; none when the clause opens otherwise."""
    lay = reading.layout
    sentence = lay.sentences[lay.index_at(start)]
    lo = sentence.after_label(start, past_mark=True)
    reach = max(lo, start - _MODAL_CLAUSE_REACH_CHARS)
    cut = None
    for b in CLAUSE_BREAK.finditer(reading.text, reach, start):
        cut = b
    if cut is not None:
        lo = cut.end()
    elif reach > lo:
        return []  # the clause opens further back than a short subject reaches
    found = list(WORD.finditer(reading.text, lo, start))
    said = [w.group().lower().replace("’", "'") for w in found]
    first, last = 0, len(said)
    for lead in g.leads:
        if tuple(said[: len(lead)]) == lead:
            first = len(lead)
            break
    while first < last and (said[first] in _JOINERS or said[first] in g.adverbs):
        first += 1
    if said[first : first + 1] == ["that"] and last - first > 1:
        first += 1  # "I think THAT agents should ..."
    while last > first and said[last - 1] in g.adverbs:
        last -= 1
    if not 0 < last - first <= _SUBJECT_REACH_WORDS or any(w in g.not_subjects for w in said[first:last]):
        return []
    return found[first:last]


# "The trick with difficult people is to stay calm", "the answer is almost always a phone call", "so the fix is
# to respond fast": a word naming the way to deal with something, then "is", holds advice as "the key is" does,
# whatever few words stand between. English; bounded within one sentence, so the scan stays linear.
# Its first letters come before the test of what stands before them (a word start, as \b reads it), so a scan
# skips to them.
# "By validating them first, I lower their defensive wall", "When they're upset, by simply listening we ...": the
# speaker's way of doing it, told as what the act achieves, advises it (the act must still be a handling action).
_BY_DOING = re.compile(r"[Bb](?<![\w'’][Bb])y[ \t]++(?:[a-z]++(?<=ly)[ \t]++)?(?P<act>[a-z]{3,}+(?<=ing))(?![\w'’])"
                       r"[^.!?\n]{0,80}?,"
                       r"[ \t]*+(?:I|we|you)(?![\w'’])")
# The same told the other way round, the end first and what the speaker or the reader can do to reach it: "you can
# usually turn a furious person around just by repeating their complaint back", "we turned him around by listening".
# The subject and a modal or a past verb stand before "by" in one clause (no comma between them, no other
# sentence); the act must still be a handling action.
# Each subject is a whole word (tested after its letters, so a scan skips to them): "Awe can" holds no "we".
_DOING_BY = re.compile(r"(?:I(?<![\w'’]I)|[Ww]e(?<![\w'’][Ww]e)|[Yy]ou(?<![\w'’][Yy]ou))(?![\w'’])[ \t]++"
                       r"(?:can|could|will|'ll|’ll|usually|often|always|[a-z]++ed)(?![\w'’])"
                       r"[^.!?\n,;:]{0,80}?[ \t]by[ \t]++(?:[a-z]++(?<=ly)[ \t]++)?"
                       r"(?P<act>[a-z]{3,}+(?<=ing))(?![\w'’])")


# Nouns naming a way of handling it ("the KEY is ...", "the quickest WAY ... is to ...", "half the BATTLE is ..."):
# the words the patterns below (and tips._WAY_NOUN) share; each adds those only it reads.
WAY_NOUNS = "key|trick|secret|answer|solution|method|approach|strategy|tactic"

_THE_WAY_IS = re.compile(
    r"[TtMmOo](?<!\w.)(?:(?<=[Tt])he|(?<=[Mm])y|(?<=[Oo])ur)[ \t]++"
    # "the ONLY way to deal with someone who's riled up is ...", "the EASIEST way to calm them is ...".
    r"(?:(?:only|one|easiest|quickest|fastest|simplest|surest|smartest|right)[ \t]++)?"
    rf"(?:{WAY_NOUNS}|fix|remedy|cure|antidote|"
    r"way[ \t]++forward|recipe|formula|"
    r"way[ \t]++(?:of|to|for)[ \t]++(?:deal|handl|manag|respond|approach|calm|tackl)[a-z]*+|"
    r"best[ \t]++(?:approach|response|move|policy|medicine|defen[cs]e|answer|fix|remedy))\b"
    r"[^.!?\n:;]{0,80}?\b(?:is|was|lies)\b")


# A way named, then what it is: "The quickest way to calm an angry customer is to let them talk", "the most effective
# thing you can do is to slow down", "One approach that works is asking what they need", "Another strategy you can use
# for these posters is to ...", "a good way to calm them is to ...", "the first response is to call them". Whatever
# modifies the way ("quickest", "single best", "I've found"), "is to" / "is by" says the rest is what to do; a way
# named as a thing ("the quickest way to lose a customer is a slow reply") advises nothing. English; the words
# between stay inside one sentence and a bounded stretch, so the scan stays linear.
# Found from "is to" backwards: spaces before it make the scan a search for a literal, where a pattern opening on the
# way's determiner is tried at every "t", "m" and "o" of the reply.
# "was to be expected", "is to be seen" tell what will happen, not what to do.
_IS_TO = re.compile(r" (?:is|was) (?:(?:simply|just|always|usually|often|really|honestly|generally) )?(?:to|by) "
                    r"(?!be (?:expected|seen|determined|decided|announced|confirmed)\b)")
_A_WAY_BEFORE = re.compile(
    r"(?<![\w'’])(?:[Tt]he|[Mm]y|[Oo]ur|[Oo]ne|[Aa]nother|[Aa]n?|[Yy]our)[ \t]++(?:[\w'’-]++[ \t]++){0,3}?"
    rf"(?:{WAY_NOUNS}|way|thing|move|step|rule|remedy|fix|cure|response|reaction|policy|option)"
    r"(?![\w'’])[^.!?\n:;]*+\Z")
_A_WAY_REACH_CHARS = 100


def _ways_said_to_be_done(text: str) -> Iterator[int]:
    """Where each way named and said to be something to do (_A_WAY_BEFORE, then _IS_TO) starts."""
    for m in _IS_TO.finditer(text):
        way = _A_WAY_BEFORE.search(text, max(0, m.start() - _A_WAY_REACH_CHARS), m.start())
        if way is not None and not _AN_IMPULSE.match(way.group()):
            yield way.start()


# The writer's own first reaction is an impulse they tell of, not a way they advise: "My first reaction when this
# happens is to be angry, hurt, defensive", "our gut reaction is to delete it" ("the right reaction is to listen" and
# "the first response is to phone them" advise).
_AN_IMPULSE = re.compile(r"(?:my|our)[ \t]++(?:[\w'’-]++[ \t]++)?(?:first|initial|natural|gut|immediate|knee-jerk|"
                         r"instinctive|instant)[ \t]++reaction(?![\w'’])", re.IGNORECASE)


# A condition on the reader doing it, just before anti advice, warns against it: "IF YOU lose your temper, you
# lose the argument", "once you start arguing with them, you've lost". English only.
# ... with at most two words between: "if you START TO argue back", "the moment you EVER argue".
# A temptation named warns against what it tempts to: "it's tempting to delete the negative comment, but ...",
# "however tempting it may be to delete it".
# The worst thing to do named before it warns against it too: "The worst thing you can do is reply in anger", "the
# biggest mistake is to ignore them".
_WARNED_BEFORE = re.compile(r"\b(?:(?:if|once|the[ \t]++moment)[ \t]++you[ \t]++(?:\w+[ \t]++){0,2}"
                            r"|tempting(?:[ \t]++it[ \t]++(?:is|may[ \t]++be))?[ \t]++to[ \t]++(?:\w+[ \t]++)?"
                            r"|the[ \t]++(?:worst|biggest|most[ \t]++common|classic)[ \t]++(?:thing|mistake|error|move)"
                            r"(?:[ \t]++\w+){0,4}?[ \t]++(?:is|was)[ \t]++(?:to[ \t]++)?)$",
                            re.IGNORECASE)
# Long enough for "the worst thing you can ever do is to " (the pattern bounds what it reads within it).
_WARNED_REACH_CHARS = 60


def _warned_of(reading: Reading, hit: Hit) -> int | None:
    """Where a condition on the reader doing the anti advice at ``hit`` starts (_WARNED_BEFORE), or None."""
    if reading.language != "en":
        return None
    m = _WARNED_BEFORE.search(reading.text, max(0, hit.start - _WARNED_REACH_CHARS), hit.start)
    return None if m is None else m.start()


def _advises_against(reading: Reading, hit: Hit, lead_in: frozenset[str]) -> bool:
    """The anti phrase at ``hit`` is advice against the tip. Not "get even" before a comparative ("they get even
    angrier": a degree, no revenge), nor when it is negated and limited to a moment
    ("Never reply while you're annoyed"; "ignore them when they're rude" still is), nor when it is what the
    angry person does ("stay polite even when they insult you") or what to avoid seeming to do ("so it never
    feels as if we ignore them"); and "yell", "insult" only when told as an instruction ("Just yell back",
    "I insult them"): "it's easier to yell at a logo", "an insult pops up in your inbox" describe the angry
    person."""
    c = cues()
    if hit.entry.phrase.endswith(" even") and _COMPARATIVE_AFTER.match(reading.text, hit.end):
        return False
    if _NEGATION_FIRST.match(reading.prepared.lower, hit.start) and conditioned_after(reading.text, hit.end):
        return False
    if _warned_of(reading, hit) is not None:
        return False
    if reading.language == "en":
        before = max(0, hit.start - _NEGATION_REACH_CHARS)
        if c.other_actor_before.search(reading.text, before, hit.start) or _COMPARED_BEFORE.search(
                reading.text, before, hit.start):
            return False
        # "customers may still be upset and lash out in the comments": what they do, joined to their predicate.
        if reading.text[max(0, hit.start - 5) : hit.start].rstrip(" \t").endswith(("and", "or")) and (
                c.other_actor_joined_before.search(reading.text, max(0, hit.start - _JOINED_REACH_CHARS), hit.start)):
            return False
    if hit.entry.phrase not in c.anti_verbs:
        return True
    # An instruction or the speaker's own act is the bare verb ("insult them", "I insult them"); with an "-s" the
    # word names the act or tells what someone else does: "Do not rise to these comments, INSULTS and
    # accusations", "he insults the staff".
    said = reading.text[hit.start : hit.end]
    if said.endswith(("s", "S")) and not hit.entry.phrase.rstrip("*").endswith("s"):
        return False
    return bool(_opens_clause(reading, reading.layout.index_at(hit.start), hit, lead_in))

# How many sentences on a quote may run after the advice that opens it: 'say "That sounds unpleasant. I'm sorry
# you had to experience that."' is two.
_QUOTED_SENTENCES = 4


def _quoted_on(reading: Reading, told_from: dict[int, int], plain: set[int]) -> None:
    """The words an advice sentence tells to say run on in its quote: a sentence after it on the same line, while a
    double quote mark it opened is still open, is told as advice too ('It does not take much to say "That sounds
    really unpleasant. I'm sorry you had to experience that."': the apology is what to say)."""
    text = reading.text
    if '"' not in text and "“" not in text:
        return
    sentences = reading.layout.sentences
    for index in sorted(told_from):
        start = sentences[index].start
        for following in range(index + 1, min(index + 1 + _QUOTED_SENTENCES, len(sentences))):
            at = sentences[following].start
            if following in told_from or "\n" in text[start:at]:
                break
            if not (text.count('"', start, at) % 2 == 1 or text.count("“", start, at) > text.count("”", start, at)):
                break
            told_from[following] = at
            if index in plain:
                plain.add(following)


@quick_init
@dataclass(frozen=True, slots=True)
class Advice:
    """Per sentence of a reply: is it advice, is it about people, and where anti advice is."""

    advice: frozenset[int]
    person: frozenset[int]
    anti: tuple[Hit, ...]
    anti_starts: tuple[int, ...]
    # Per advice sentence, where its advice starts: the sentence start for a mood phrase ("you
    # should", "what works best" hold the whole sentence), else the first instruction verb opening
    # a clause. Words before that ("Angry customers are honestly the worst, | you can say that
    # again") are not told as advice.
    told_from: dict[int, int]
    # An instruction verb opening its clause with a person as its object ("I tell THEM what I can
    # do", "thank HIM", "ask the customer"): a handling action, whether or not tips.toml lists it.
    person_actions: tuple[Hit, ...] = ()
    # Advice sentences told only weakly: their instruction verbs stand in a condition with its own subject
    # ("Angry customers can ruin your day IF YOU LET them"). Told as advice only with a handling action in
    # the answer (tips.py): "... if you move straight to a fix without hearing them".
    weakly_told: frozenset[int] = frozenset()
    # Anti advice the reader is warned of, from the condition on: "IF YOU lose your temper, you lose the
    # argument" (_WARNED_BEFORE) advises against losing it, as "never lose your temper" does.
    warned: tuple[Hit, ...] = ()
    # Sentences in ``person`` only through people who act, subjects of a verb ("when an unruly customer
    # finally leaves", "what people are saying about you", "adults who throw tantrums"): English only.
    person_acting: frozenset[int] = frozenset()
    # A negated reply limited by a manner or a moment ("never respond defensively", "don't answer while you're
    # upset"): no anti advice, and the better reply it advises (tips.py counts it as a handling action).
    anti_limited: tuple[Hit, ...] = ()

    @classmethod
    def of(cls, reading: Reading) -> Advice:
        c = cues()
        lay = reading.layout
        others = Once(lambda: _OtherParty(reading))  # read at the first mood phrase said of a subject, if any
        told_from = {lay.index_at(h.start): lay.sentences[lay.index_at(h.start)].start
                     for h in c.mood.find(reading.prepared)
                     if not _negated_in_gap(reading.text, h) and not _asked_within(reading.text, h, c)
                     and not _done_by_the_other_party(reading, h, others)}
        # "The trick with them is to stay calm", "The faster you take it offline, the better": a way named as the
        # answer, and a comparison that ends in "the better", advise.
        if reading.language == "en":
            for said_at in chain((m.start() for m in _THE_WAY_IS.finditer(reading.text)),
                            _ways_said_to_be_done(reading.text),
                            (m.start() for m in _THE_BETTER.finditer(reading.text))):
                index = lay.index_at(said_at)
                told_from.setdefault(index, lay.sentences[index].start)
            for said_at in _mood_by_grammar(reading):
                index = lay.index_at(said_at)
                told_from.setdefault(index, lay.sentences[index].start)
            for duty in _duties_to_a_person(reading):
                index = lay.index_at(duty)
                told_from.setdefault(index, lay.sentences[index].start)
            acts: frozenset[int] | None = None  # where the handling actions start, read at the first "by doing"
            for m in chain(_BY_DOING.finditer(reading.text), _DOING_BY.finditer(reading.text)):
                if acts is None:
                    acts = frozenset(h.start for h in lexicons().tip_actions.find(reading.prepared))
                if m.start("act") in acts:  # "by validating them", not "by deleting their comments"
                    index = lay.index_at(m.start())
                    told_from.setdefault(index, lay.sentences[index].start)
        # Sentences told as advice outside a condition too (a mood phrase holds the whole sentence).
        plain = set(told_from)
        lead_in = c.lead_in.get("en", frozenset()) | c.lead_in.get(reading.language, frozenset())
        english = reading.language == "en"
        acting: list[Hit] = []
        idioms = [(h.start, h.end) for h in c.idioms.find(reading.prepared)]
        for matcher, before in ((c.imperative, lead_in), (c.opener, _JOINERS)):
            hits = matcher.find(reading.prepared)
            if idioms:
                hits = [h for h in hits if not any(start <= h.start < end for start, end in idioms)]
            if matcher is c.imperative and english:
                hits = [*hits, *_open_imperatives(reading, frozenset(h.start for h in hits))]
            for hit in hits:
                if hit.key == NOT_AN_OPENER or not spelt_in_its_language(reading, hit) or (
                        matcher is c.opener and hit.entry.lang not in (reading.language, "en")):
                    # Spanish "no" opens advice; English "No matter the size of your company, ..." does not. Another
                    # language's verb counts only as it is spelt ("trate", "responda" are Portuguese too): Spanish
                    # "sé" ("be") is Portuguese "se" ("if") only once accents are folded.
                    continue
                if matcher is c.imperative and english and c.writer_object.match(reading.text, hit.end):
                    continue  # "Send me the next step", "Call us": asks the mail's reader, advises no one
                if matcher is c.imperative and english and _told_apart(reading.text, hit):
                    continue  # "You can typically tell if someone is angry": telling apart, no one is told
                index = lay.index_at(hit.start)
                aimed = _aimed_at_a_person(reading.text, hit) if matcher is c.imperative else None
                opens: bool | int | None = None  # whether the verb opens its clause, read once per verb
                if aimed is not None:
                    opens = _opens_clause(reading, index, hit, before)
                    if opens:
                        acting.append(Hit(hit.entry, hit.start, aimed))
                if told_from.get(index, hit.start + 1) <= hit.start and index in plain:
                    continue
                if opens is None:
                    opens = _opens_clause(reading, index, hit, before)
                if opens and not _opinion(reading.text, hit):
                    told_from[index] = min(told_from.get(index, hit.start), hit.start)
                    if opens is True:
                        plain.add(index)
        _infinitive_clauses(reading, lead_in, told_from, plain)
        # A question asks, it does not advise ("is it better to answer them in public or in private?"), unless
        # it suggests ("Why not call them?"): advice.toml [suggesting_questions].
        for index in [i for i in told_from if _asks(reading, i)]:
            del told_from[index]
            plain.discard(index)
        # Advice that opens with a sign-off ("Let me know if you need anything else.", "Feel free to write
        # back") asks the reader of the mail, not the angry customer's handler: no advice.
        for hit in c.closing.find(reading.prepared):
            index = lay.index_at(hit.start)
            if told_from.get(index) == hit.start:
                del told_from[index]
        _quoted_on(reading, told_from, plain)
        people = _people(reading)
        person = {lay.index_at(start) for start in people}
        # Sentences whose person words all act (each the subject of a verb, "what people are saying"): in
        # English the advice there may be about anything ("post when your followers are online").
        # A person said to be angry ("when a customer is fuming, ...") is who the advice is for, not one acting.
        if english:
            anger = sorted(h.start for h in lexicons().anger.find(reading.prepared))
            acting_only = person - {lay.index_at(start) for start in people
                                    if not _acts(reading, start) or _said_to_be_angry(reading, start, anger)}
        else:
            acting_only = set()
        covered: list[_Covered] = []  # worked out once, on the first reply verb with an object
        reply_hits = c.reply_verbs.find(reading.prepared)
        replied = {lay.index_at(h.start) for h in reply_hits
                   if _replies_to_someone(reading.text, h.end, people)
                   and not _answers_a_thing(reading, h.end, covered)}
        person |= replied
        found = [h for h in c.anti.find(reading.prepared) if not _inside_a_compound(reading.text, h.start)]
        anti = tuple(sorted((h for h in found if _advises_against(reading, h, lead_in)
                             and not IN_EXCESS.match(reading.text, h.end)), key=lambda h: h.start))
        warned = tuple(sorted((Hit(h.entry, at, h.end) for h in found if (at := _warned_of(reading, h)) is not None),
                              key=lambda h: h.start))
        limited = tuple(h for h in found if _NEGATED_REPLY.fullmatch(h.entry.phrase)
                        and conditioned_after(reading.text, h.end))
        # A reply limited by a moment or a manner, named the worst thing to do, advises the better reply as a negated
        # one does: "The worst thing you can do is to respond immediately without thinking things through".
        if english:
            limited += tuple(sorted(
                (Hit(h.entry, at, h.end) for h in reply_hits
                 if h.entry.phrase in _BARE_REPLIES and (at := _warned_of(reading, h)) is not None
                 and conditioned_after(reading.text, h.end)), key=lambda h: h.start))
        return cls(frozenset(told_from), frozenset(person), anti, tuple(h.start for h in anti), told_from,
                   tuple(acting), frozenset(told_from.keys() - plain), warned, frozenset(acting_only - replied),
                   limited)

    def tells(self, index: int, end: int) -> bool:
        """Words ending at ``end`` in sentence ``index`` are told as advice (they end after its
        advice starts)."""
        start = self.told_from.get(index)
        return start is not None and start < end

    def anti_around(self, start: int, end: int) -> bool:
        """An anti-advice phrase covers [start, end) ("never apologise" around "apologise")."""
        return _covering(self.anti, self.anti_starts, start, end) is not None

    def anti_in(self, lo: int, hi: int, good: list[tuple[int, int]], text: str) -> list[Hit]:
        """Anti-advice phrases in [lo, hi) that are not part of a longer good phrase
        ("ignore them" inside "don't ignore them") nor negated ("never argue back").
        ``good`` is sorted and non-overlapping."""
        good_starts = [s for s, _ in good]
        first, last = bisect.bisect_left(self.anti_starts, lo), bisect.bisect_left(self.anti_starts, hi)
        out = []
        for h in self.anti[first:last]:
            i = bisect.bisect_right(good_starts, h.start) - 1
            if i >= 0 and good[i][1] >= h.end and good[i] != (h.start, h.end):
                continue
            if _denial_before(text, h.start) is not None:
                continue
            out.append(h)
        return out


def _inside_a_compound(text: str, start: int) -> bool:
    """The phrase at ``start`` begins inside a word joined by a hyphen: "a rapid-fire back-and-forth" holds no "fire
    back"."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()


# How far into a question its suggesting words are looked for ("So, honestly, why not ...?").
_SUGGESTION_REACH_CHARS = 40


@cache
def _suggesting(language: str) -> re.Pattern[str] | None:
    """advice.toml [suggesting_questions] for the language and English, as one case-ignoring pattern."""
    table = toml_table("advice.toml")["suggesting_questions"]
    phrases = sorted({p for lang in {"en", language} for p in table.get(lang, ())}, key=len, reverse=True)
    if not phrases:
        return None
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]") for p in phrases)
    return re.compile(rf"(?<![\w'’])(?:{words})(?![\w'’])", re.IGNORECASE)


# A question tag ending a statement or an instruction asks for agreement, not an answer: ", wouldn't you?",
# ", right?", ", don't you think?".
_TAG_QUESTION = re.compile(
    r",[ \t]*+(?:(?:wouldn|won|don|doesn|isn|aren|can|couldn|shouldn|didn|wasn|weren|haven|hasn)['’]t[ \t]++"
    r"(?:you|it|they|we|he|she|i|there|that)|right|no|eh|don['’]t[ \t]++you[ \t]++think|isn['’]t[ \t]++that[ \t]++so)"
    r"[ \t]*+\?$", re.IGNORECASE)


def _asks(reading: Reading, index: int) -> bool:
    """Sentence ``index`` is a question that does not suggest (advice.toml [suggesting_questions])."""
    sentence = reading.layout.sentences[index]
    body = reading.text[sentence.start : sentence.end].rstrip()
    if not body.endswith("?") or _TAG_QUESTION.search(body) is not None:
        return False  # "Put yourself in their shoes: you would want an understanding person, wouldn't you?" tells
    suggesting = _suggesting(reading.language)
    return suggesting is None or suggesting.search(body, 0, _SUGGESTION_REACH_CHARS) is None


# How far back a plural pronoun looks for what it stands for.
_REFERENCE_REACH_CHARS = 200
WORD = re.compile(r"[^\W\d_][\w'’-]*+")


def _people(reading: Reading) -> list[int]:
    """Where the person words stand, sorted, without the plural pronouns that stand for things."""
    c = cues()
    hits = c.person.find(reading.prepared)
    if reading.language != "en":
        return sorted(h.start for h in hits if not _false_friend(reading, h))
    text = reading.text
    said = [text[h.start : h.end].lower() for h in hits]
    named: list[int] = []
    angry: list[int] = []
    if any(w in c.pronouns for w in said):
        named = sorted(h.start for h, w in zip(hits, said, strict=True) if w not in c.pronouns)
        angry = sorted(h.start for h in lexicons().anger.find(reading.prepared))
    covered: list[_Covered] = []
    starts = sorted(h.start for h in hits)
    return sorted(h.start for h, w in zip(hits, said, strict=True)
                  if (w not in c.pronouns or not _about_things(reading, h.start, named, angry))
                  and not _owner_of_a_thing(reading, h, covered)
                  and not (w.startswith(_APOLOGY) and not _replies_to_someone(text, h.end, starts)))


# A word of another language's [person] list at least this common in the reply's own language is a word of that
# language: Spanish "les" (to them) is the French article ("variez les formats"), English "he" a Spanish verb
# ("he hablado"). wordfreq's Zipf scale: "les" is 7.0 in French, "clientes" 3.9 in French.
_FALSE_FRIEND_ZIPF = 5.0


def _false_friend(reading: Reading, hit: Hit) -> bool:
    """The person word at ``hit`` comes from another language's list, is common in the reply's language, and its
    own language's list does not hold it."""
    if hit.entry.lang in ("", reading.language):
        return False
    return _common_elsewhere(reading.text[hit.start : hit.end].lower(), reading.language)


# Remembered per word, at most this many: a wildcard entry ("client*") matches words a hostile reply can make up.
@lru_cache(maxsize=4096)
def _common_elsewhere(word: str, language: str) -> bool:
    if frequencies(language).get(word, 0.0) < 10 ** (_FALSE_FRIEND_ZIPF - 9):
        return False
    return not any(h.start == 0 and h.end == len(word) for h in _own_people(language).find(Prepared.of(word)))


@cache
def _own_people(language: str) -> Matcher:
    return Matcher(language_entries(toml_table("advice.toml")["person"], key="person", languages=[language]))


# An apology is to someone ([person] holds it), unless it goes "to" no person: "apologise to your boss".
_APOLOGY = ("apolog", "sorry")


# The person word as the subject of a verb: an auxiliary, a copula or a common verb of what people do or say
# after it, or "who" opening a clause about them ("Adults WHO throw tantrums"); a few adverbs may stand
# between ("an unruly customer FINALLY leaves").
_ACTS_AFTER = re.compile(
    r"(?:['’](?:re|s|ve|ll|d)\b|[ \t]++(?:(?:finally|usually|often|always|just|really|actually|even|still|also|"
    r"never|sometimes|generally|mostly|all|then|already|simply)[ \t]++)?(?:are|is|were|was|aren['’]t|isn['’]t|"
    r"weren['’]t|wasn['’]t|have|has|had|do|does|did|don['’]t|doesn['’]t|didn['’]t|can|can['’]t|could|will|"
    r"won['’]t|would|should|may|might|must|get|gets|got|leave|leaves|left|say|says|said|see|sees|saw|know|knows|"
    r"think|thinks|want|wants|need|needs|come|comes|go|goes|seem|seems|who|post|posts|comment|comments|"
    r"throw|throws|visit|visits|join|joins)\b)",
    re.IGNORECASE)
_PERSON_WORD = re.compile(r"[^\W\d_][\w-]*+")
# A verb that makes the person after it do something is the one acting: "LET them know", "MAKE the customer
# feel heard", "HELP them see it" keep the person as the advice's target (a determiner may stand between).
_CAUSES_BEFORE = re.compile(
    r"\b(?:let|lets|letting|make|makes|making|help|helps|helping|have|has|watch|hear|tell|telling|ask|asking)"
    r"[ \t]++(?:(?:the|a|an|your|our|that|this|every|each)[ \t]++)?$", re.IGNORECASE)


# A person word, then the verb that says how they are: "a customer IS fuming", "followers GET upset".
_STATE_AFTER = re.compile(r"(?:['’](?:re|s)|[ \t]++(?:is|are|was|were|gets?|got|becomes?|became|seems?|sounds?|"
                          r"feels?))(?![\w'’])[ \t]++(?:(?:very|really|so|visibly|clearly|getting|being)[ \t]++)?",
                          re.IGNORECASE)


def _said_to_be_angry(reading: Reading, start: int, anger: list[int]) -> bool:
    """The person word at ``start`` is said to be in an angry state ("a subscriber is fuming", "members get
    upset"): an anger word right after the verb of being (``anger``: the anger words' starts, sorted)."""
    word = _PERSON_WORD.match(reading.text, start)
    state = _STATE_AFTER.match(reading.text, word.end()) if word is not None else None
    if state is None:
        return False
    at = bisect.bisect_left(anger, state.end())
    return at < len(anger) and anger[at] == state.end()


def _acts(reading: Reading, start: int) -> bool:
    """The person word at ``start`` is the subject of a verb after it (_ACTS_AFTER), not the object of one that
    makes them act (_CAUSES_BEFORE)."""
    word = _PERSON_WORD.match(reading.text, start)
    return (word is not None and _ACTS_AFTER.match(reading.text, word.end()) is not None
            and _CAUSES_BEFORE.search(reading.text, max(0, start - 24), start) is None)


# "the client'S brief", "our users' posts": a possessive, then what it owns.
_POSSESSIVE = re.compile(r"(?:['’]s|s?['’])[ \t]++([^\W\d_][\w-]*+)", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t]++([^\W\d_][\w-]*+)")


def _owner_of_a_thing(reading: Reading, hit: Hit, covered: list[_Covered]) -> bool:
    """A person word in the possessive before a thing that is neither a person nor the conversation
    ("listen to the client's brief"): the advice is about the thing. "The customer's complaint",
    "the member's name" stay about the person."""
    said = reading.text[hit.start : hit.end].lower().replace("’", "'")
    m = (_NEXT_WORD if said.endswith(("'s", "s'")) else _POSSESSIVE).match(reading.text, hit.end)
    if m is None or m.group(1).lower() in cues().function_words:
        return False
    if not covered:
        covered.append(_Covered(reading))
    return not covered[0].holds(*m.span(1))


def _about_things(reading: Reading, start: int, named: list[int], angry: list[int]) -> bool:
    """A plural pronoun stands for things ("post short videos; THEY get the most reach", "respond to
    trends, THEY move fast"): in its sentence and the one before, a plural noun stands before it and
    no person or anger word does. With none of either it stays a person, as it most often is. A labelled
    line is an answer of its own: the line before it under another label ("Metrics: reach and saves") is
    not what its "they" stands for ("Tip: follow up to make sure they are satisfied")."""
    lay = reading.layout
    index = lay.index_at(start)
    lo = lay.sentences[index].start
    here, previous = lay.sentences[index], lay.sentences[index - 1] if index > 0 else None
    if (previous is not None and previous.paragraph == here.paragraph
            and (here.label is None or previous.label == here.label)):
        lo = previous.start
    lo = max(lo, start - _REFERENCE_REACH_CHARS)
    for found in (named, angry):
        i = bisect.bisect_left(found, lo)
        if i < len(found) and found[i] < start:
            return False
    c = cues()
    said = [m.group().lower() for m in WORD.finditer(reading.text, lo, start)]
    if any(w in c.people for w in said):
        return False
    for k, w in enumerate(said):
        if (len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is", "'s", "’s", *c.person_endings))
                or w in c.not_nouns):
            continue
        before = said[k - 1] if k else ""
        after = said[k + 1] if k + 1 < len(said) else ""
        if before not in c.singular_subjects and after not in c.objects:
            return True
    return False


# An answer longer than this is no single handling action.
_MAX_CONVERSATION_WORDS = 40


def about_the_conversation(reading: Reading, answer: frozenset[int], besides: tuple[int, int] = (0, 0)) -> bool:
    """Every word of the answer's sentences (labels aside) is a handling action, a person or anger word, a word
    about the conversation (advice.toml [conversation]) or a small word ([function_words]). ``besides``: a span
    whose words are taken as said (a valuing phrase, "goes a long way")."""
    if reading.language != "en":
        return False
    c = cues()
    sentences = reading.layout.sentences
    # "Thank you for reading!" thanks the reader: a sign-off, not an answer.
    if any(reading.layout.index_at(h.start) in answer for h in c.closing.find(reading.prepared)):
        return False
    said: list[tuple[int, int]] = []
    # A light verb's gerund carries no content of its own ("TAKING time to cool off", "MAKING sure they feel heard"):
    # the words after it say what the act is.
    light = light_gerunds()
    for i in sorted(answer):
        s = sentences[i]
        lo = s.after_label()
        said += [m.span() for m in WORD.finditer(reading.text, lo, s.end)
                 if (word := m.group().lower().replace("’", "'")) not in c.function_words
                 and word not in light and not besides[0] <= m.start() < besides[1]]
        if len(said) > _MAX_CONVERSATION_WORDS:
            return False
    covered = _Covered(reading)
    return all(covered.holds(lo, hi) for lo, hi in said)


@cache
def light_gerunds() -> frozenset[str]:
    """advice.toml [light_gerunds]: "taking", "making", "keeping", ..."""
    return frozenset(w.lower() for ws in toml_table("advice.toml")["light_gerunds"].values() for w in ws)


class _Covered:
    """Where a reply's words are about the conversation with a person: handling actions, person and
    anger words, tip words, [conversation] words (merged, sorted spans)."""

    def __init__(self, reading: Reading) -> None:
        c, lex = cues(), lexicons()
        spans: list[tuple[int, int]] = []
        # A mood phrase ("the key here is", "make sure") names no target of its own.
        for m in (lex.tip_actions, lex.anger, lex.tip_context, c.person, c.conversation, c.mood):
            for h in m.find(reading.prepared):
                if "..." not in h.entry.phrase:
                    spans.append((h.start, h.end))
                    continue
                # "read ... twice" covers its own words, not the ones in its gap ("the client's brief").
                said = list(WORD.finditer(reading.text, h.start, h.end))
                spans += [said[0].span(), said[-1].span()] if said else []
        spans.sort()
        merged: list[list[int]] = []
        for lo, hi in spans:
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        self._merged = merged
        self._starts = [lo for lo, _ in merged]

    def holds(self, lo: int, hi: int) -> bool:
        k = bisect.bisect_right(self._starts, lo) - 1
        return k >= 0 and self._merged[k][1] >= hi


# "answer EVERY BRAND SURVEY", "answer THE QUESTION": a determiner after a reply verb opens its object.
_DETERMINER = re.compile(
    r"[ \t]++(?:the|a|an|every|each|all|any|your|our|my|this|that|these|those|some)[ \t]++", re.IGNORECASE)
_OBJECT_WORDS = 3


def _answers_a_thing(reading: Reading, end: int, covered: list[_Covered]) -> bool:
    """A reply verb whose object names something other than a person or what they said ("answer every
    brand survey the same day"): the reply goes to that thing. "Answer the question", "reply the same
    day" stay replies to someone."""
    if reading.language != "en":
        return False
    m = _DETERMINER.match(reading.text, end)
    if m is None:
        return False
    c = cues()
    for k, w in enumerate(WORD.finditer(reading.text, m.end())):
        said = w.group().lower().replace("’", "'")
        if k >= _OBJECT_WORDS or _OBJECT_END.fullmatch(said):
            break
        if said in c.function_words:
            continue
        if not covered:
            covered.append(_Covered(reading))
        if not covered[0].holds(*w.span()):
            return True
    return False


def conditioned_after(text: str, end: int) -> bool:
    """A condition follows: "never reply | while you're annoyed" waits for a moment, it does not
    advise silence; a manner in the rest of the clause ("never reply | to them with sarcasm", "don't
    respond | defensively", "never respond | in an offensive or defensive way") advises a better way, not silence."""
    if _CONDITION_AFTER.match(text, end) is not None:
        return True
    window = text[end : end + _MANNER_REACH_CHARS]
    if " in " in window and _MANNER_NOUN.match(window) is not None:
        return True
    cut = _MANNER_CLAUSE_END.search(window)
    return _MANNER.search(window[: cut.start()] if cut else window) is not None


# A negation in the words a mood phrase's "..." stands for: "it's NOT important to reply" advises nothing.
_GAP_NEGATION = re.compile(r"n['’]t\b|\b(?:not|never|no|nunca|nie|nicht|jamais|pas|não|nao)\b", re.IGNORECASE)


def _negated_in_gap(text: str, hit: Hit) -> bool:
    """Whether a mood phrase with a gap ("it's ... important") holds a negation in it."""
    return "..." in hit.entry.phrase and _GAP_NEGATION.search(text, hit.start, hit.end) is not None


_ASKED_WORDS = ("how ", "what ")
_ASKED_REACH_CHARS = 40  # "understanding a great deal about how to"


def _asked_within(text: str, hit: Hit, c: AdviceCues) -> bool:
    """A mood phrase opening with "how" or "what" is part of what someone knows or works out ("working out how to
    resolve it"), not advice ([asked_within])."""
    return (hit.entry.phrase.lower().startswith(_ASKED_WORDS)
            and c.asked_within.search(text, max(0, hit.start - _ASKED_REACH_CHARS), hit.start) is not None)


def spelt_in_its_language(reading: Reading, hit: Hit) -> bool:
    """A word of the reply's language or English, or of another language as that language spells it whole: French
    "relis*" (reread) matches English "relish" only by its prefix, Spanish "sé" is Portuguese "se" only once accents
    are folded."""
    return hit.entry.lang in (reading.language, "en") or \
        reading.text[hit.start : hit.end].lower() == hit.entry.phrase.lower()


def negated_before(text: str, start: int) -> bool:
    """A negation in the few words before ``start`` ("I don't empathise", "never apologise"), unless
    it sits in a condition: "if I don't understand the problem, I cannot solve it" argues for
    understanding, it does not advise against it."""
    return negation_before(text, start) is not None


def negation_before(text: str, start: int) -> int | None:
    """Where the negation of negated_before starts, or None."""
    m = _denial_before(text, start)
    if m is None or _CONDITION_BEFORE.search(text, max(0, m.start() - _CONDITION_REACH_CHARS), m.start()):
        return None
    return m.start()


# An action joined by "or" to one a negation denies is denied too: "Don't yell or argue back", "never take offense,
# or attack back" (English; the thinner languages' "ni" and "noch" deny by themselves). The negation is read a short
# clause before the "or", with no mark ending the clause between.
_OR_BEFORE = re.compile(r"(?:,[ \t]*+)?(?<![\w'’])(?:or|nor)[ \t]++\Z", re.IGNORECASE)
_OR_REACH_CHARS = 8
_DENIAL_BEFORE_OR = re.compile(r"(?<![\w'’])(?:don['’]t|do[ \t]++not|never|not[ \t]++to)[ \t]++[^.;:!?()\n]*+\Z",
                               re.IGNORECASE)
_DENIAL_BEFORE_OR_REACH_CHARS = 48


def _denial_before(text: str, start: int) -> re.Match[str] | None:
    """The negation in the few words before ``start``, or the one over an "or" before it; None with neither."""
    m = _NEGATED_BEFORE.search(text, max(0, start - _NEGATION_REACH_CHARS), start)
    return m if m is not None else _negation_over_or(text, start)


def _negation_over_or(text: str, start: int) -> re.Match[str] | None:
    if "or" not in text[max(0, start - _OR_REACH_CHARS) : start].lower():
        return None  # no "or" just before: most actions, answered by a substring test
    joined = _OR_BEFORE.search(text, max(0, start - _OR_REACH_CHARS), start)
    if joined is None:
        return None
    return _DENIAL_BEFORE_OR.search(text, max(0, joined.start() - _DENIAL_BEFORE_OR_REACH_CHARS), joined.start())


# After a reply verb: the word that names what it goes to ("respond TO trends", "reagieren AUF").
_TO_WHAT = re.compile(r"[ \t]++(?:[a-z]++[ \t]++){0,2}?(?:to|on|auf|a|à|al|ao)[ \t]++", re.IGNORECASE)
# What it goes to is the next few words, before a comma or a new clause ("to trends WHILE they...").
_OBJECT = re.compile(r"(?:[^\W\d_][\w'’-]*+[ \t]*+){1,3}", re.IGNORECASE)
_OBJECT_END = re.compile(r"\b(?:while|when|whenever|if|and|but|because|before|after|so|or)\b", re.IGNORECASE)


def replies_to_a_thing(reading: Reading, end: int, covered: list[_Covered]) -> bool:
    """A reply verb ending at ``end`` goes "to" something that is neither a person nor the conversation
    with one: "reply fast TO TRENDS", "respond quickly to new formats". "Reply quickly to comments", "to
    them", "to their complaint" stay replies to someone. English only, as [conversation] is. ``covered``
    keeps the reply's conversation words once worked out (pass the same list for one reply)."""
    if reading.language != "en":
        return False
    text = reading.text
    to = _TO_WHAT.match(text, end)
    if to is None:
        return False
    thing = _OBJECT.match(text, to.end())
    if thing is None:
        return False
    stop = _OBJECT_END.search(text, to.end(), thing.end())
    said = [m for m in WORD.finditer(text, to.end(), stop.start() if stop else thing.end())
            if m.group().lower().replace("’", "'") not in cues().function_words]
    if not said:
        return False
    if not covered:
        covered.append(_Covered(reading))
    return not any(covered[0].holds(*m.span()) for m in said)


def _replies_to_someone(text: str, end: int, people: list[int]) -> bool:
    """A reply verb is aimed at a person unless it goes "to" something that is not one: "respond in
    under an hour" answers whoever wrote, "respond to the customer" / "to their complaint" name
    them, "respond to trends" does not."""
    to = _TO_WHAT.match(text, end)
    if to is None:
        return True
    thing = _OBJECT.match(text, to.end())
    if thing is None:
        return False
    stop = _OBJECT_END.search(text, to.end(), thing.end())
    last = stop.start() if stop else thing.end()
    i = bisect.bisect_left(people, to.end())
    return i < len(people) and people[i] < last


# A person right after an instruction verb is its object: "tell THEM", "thank HIM", "ask THE CUSTOMER", and people
# named in the plural with no determiner, maybe with one word saying which: "invite ANGRY USERS to ...", "reassure
# CUSTOMERS".
_PERSON_OBJECT = re.compile(
    r"[ \t]++(?:(?:back|up|out)[ \t]++)?+(?:them|him|her|people|everyone|"
    r"(?:the|each|every|that|this)[ \t]++(?:customer|client|member|person|user|commenter|caller|buyer)s?+|"
    r"(?:[a-z]++[ \t]++)?(?:customer|client|member|user|commenter|caller|buyer)s)\b",
    re.IGNORECASE,
)
# After a verb that helps only by passing something on (advice.toml [telling_verbs]): what the person asked.
_WH_AFTER = re.compile(r"[ \t]++(?:what|how|when|where|which|why|whether)\b", re.IGNORECASE)


def _aimed_at_a_person(text: str, verb: Hit) -> int | None:
    """Where "verb + person" ends, when the verb's object is a person and the verb helps them."""
    said = text[verb.start : verb.end].lower()
    helping, telling = cues().helping_verbs, cues().telling_verbs
    if said not in helping and said not in telling:
        return None
    m = _PERSON_OBJECT.match(text, verb.end)
    if m is None or (said in telling and _WH_AFTER.match(text, m.end()) is None):
        return None
    return m.end()


def _covering(hits: tuple[Hit, ...], starts: tuple[int, ...], start: int, end: int) -> Hit | None:
    """The hit (sorted, non-overlapping) that covers [start, end), if one does."""
    i = bisect.bisect_right(starts, start) - 1
    return hits[i] if i >= 0 and hits[i].end >= end else None


# What _opens_clause answers for a verb that opens a condition's clause ("if you LET them"): truthy.
_IN_CONDITION = 2


def _opens_clause(reading: Reading, index: int, hit: Hit, lead_in: frozenset[str]) -> bool | int:
    """The verb is the first word of its clause, give or take a subject and small words: True, or
    _IN_CONDITION when that clause is a condition with its own subject ("... if you let them")."""
    sentence = reading.layout.sentences[index]
    text = reading.text
    lo = sentence.after_label(hit.start, past_mark=True)
    # The clause start: the last break before the verb, looked for only in the few words before it.
    window_start = max(lo, hit.start - 60)
    last = None
    for m in CLAUSE_BREAK.finditer(text, window_start, hit.start):
        last = m
    if last is not None:
        if _COORDINATED.fullmatch(last.group()) and _SHARED_FRAME.search(text, max(window_start, last.start() - 40),
                                                                         last.start()):
            return False  # "want someone to listen AND apologise", "people who resolve complaints AND apologise"
        lo = last.end()
    elif window_start > lo:
        return False
    lead = text[lo:hit.start]
    lead = lead[_LEAD_MARKS.match(lead).end():]  # type: ignore[union-attr]
    lead_words = [w.lower().replace("’", "'") for w in words(lead)]
    # A clause opening with a bare infinitive ("..., to be honest, ...", "to be fair") is a purpose or
    # an aside, not an instruction; "to" leads in only after a verb that takes it ("try to", "need to").
    if lead_words[:1] == ["to"] or _COPULA_AFTER.match(text, hit.end):
        return False
    # A fronted condition or phrase ends where the speaker comes in: "If someone is furious in the
    # comments I answer...", "With frustrated members I take it...". What comes before the last
    # subject pronoun sets the scene; the instruction is read from the pronoun on.
    last_subject = max((k for k, w in enumerate(lead_words) if w in _SUBJECTS or w in _SUBJECT_WITH_MODAL), default=0)
    if not all(w in lead_in for w in lead_words[last_subject:]):
        return False
    # A subject right after a condition word is the condition's own: "Angry customers can ruin your day
    # if you LET them", "if you move straight to a fix, ..." The verb opens its clause, but in a condition.
    return _IN_CONDITION if last_subject and lead_words[last_subject - 1] in cues().conditions else True
