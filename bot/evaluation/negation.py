"""Is a tool or metric negated or past ("I don't use any tools", "we cancelled Hootsuite")?

The scope is the clause: from the last boundary word ("but", "now", ", we") or the sentence start
up to the mention, and from the mention to the next boundary. The next sentence can take a mention
back too ("We used Hootsuite. I stopped using it." / "I loved Buffer. But no more."). Cues come
from bot/lexicons/negation.toml.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from bot.domain.quick_init import quick_init
from bot.evaluation.lexicon import (
    COMPARISON_CUE,
    NOT_A_CUE,
    PHRASE_CUE,
    SOFT_CUE,
    SWAP_CUE,
    language_entries,
    lexicons,
    negation_matchers,
    toml_table,
)
from bot.evaluation.patterns import Hit, Matcher, Prepared, fold, may_match
from bot.evaluation.text import Layout, words

# Where the scope of a phrase cue ("instead of lurking, and ...") ends.
_PHRASE_END = re.compile(r"[,;:]")
# Comparison cues that set two things side by side where they stand ("X versus Y"), and how many words may stand
# between a mention and such a cue after it for the mention to be one of the two ("Hootsuite for scheduling
# versus Buffer").
_SIDE_BY_SIDE = frozenset({"versus", "vs", "compared to", "compared with"})
_COMPARED_WORDS_BETWEEN = 3
_WORD = re.compile(r"[\w'’]++")
# Where the scope of a swap ("switched from Hootsuite to Agorapulse") ends: the new thing's preposition.
_SWAP_ENDS = r"to|into|onto|with|for|by|in\s++favou?r\s++of|por|con|zu|durch|pour|par|para"
_SWAP_END = re.compile(rf"(?<![\w'’])(?:{_SWAP_ENDS})(?![\w'’])", re.IGNORECASE)
# Spanish, Portuguese and French "a" is "to" ("cambiamos de Hootsuite a Metricool"); English "a" is not.
_SWAP_END_A = re.compile(rf"(?<![\w'’])(?:{_SWAP_ENDS}|a|à)(?![\w'’])", re.IGNORECASE)


# Key of a plain negation cue of [before] and [after] (lexicon.negation_matchers).
_PLAIN_CUE = "neg"

# Dashes that set a gloss apart: "a close competitor – Buffer – but ...".
_DASHES = frozenset("–—")


def _in_an_aside_closed_before(text: str, lo: int, cue: Hit, start: int) -> bool:
    """The cue stands in brackets that close before the mention at ``start``: "most of the day (when I'm not working
    on my real job) tweaking the automoderator" denies only the aside. A cue before the brackets still reaches past
    them ("We don't use Hootsuite (too expensive) or Buffer")."""
    close = text.find(")", cue.end, start)
    return close != -1 and text.rfind("(", lo, cue.start) > text.rfind(")", lo, cue.start)


@cache
def _fronted_clause_opener() -> re.Pattern[str]:
    """negation.toml [fronted_clause_openers], every language, after any bullets, quote marks or spaces."""
    phrases = {p for ps in toml_table("negation.toml")["fronted_clause_openers"].values() for p in ps}
    return re.compile(rf"[\s>*•·\-–—\"'“‘]*+(?:{_alternation(list(phrases))})(?![\w])", re.IGNORECASE)


@cache
def _fronted_clause_subject() -> re.Pattern[str]:
    """negation.toml [fronted_clause_subjects], every language: a first-person subject word, then a word."""
    words = {w for ws in toml_table("negation.toml")["fronted_clause_subjects"].values() for w in ws}
    return re.compile(rf"(?<![\w'’])(?:{_alternation(list(words))})(?:(?<=['’])|[ \t]++)(?=\w)", re.IGNORECASE)


def _in_a_fronted_clause_closed_before(text: str, lo: int, cue: Hit, start: int) -> bool:
    """The cue stands in a condition or a "whoever" clause opening the clause at ``lo``, and a comma or the main
    clause's own subject closes it before the mention at ``start``: "If you don't want to lose track, you will find
    support in Hootsuite" and "When I'm not at my computer I use Hootsuite" deny the losing and the being at the
    computer, not the tool. (The comma and the subject are looked for between the cue and the mention only.)"""
    if _fronted_clause_opener().match(text, lo, cue.start) is None:
        return False
    # Read to start + 1: the subject's word may stand right before the mention, whose first letter ends it ("nutze ich
    # Hootsuite").
    return text.find(",", cue.end, start) >= 0 or _fronted_clause_subject().search(text, cue.end, start + 1) is not None


# A relative pronoun after a word of the clause, then at most three words, right before a cue: "% of accounts THAT
# weren't following", "members WHO have never posted".
_RELATIVE_BEFORE = re.compile(r"[\w'’%)][ \t]++(?:that|who|which|whom|whose)[ \t]++(?:[\w'’-]++[ \t]++){0,3}?\Z",
                              re.IGNORECASE)
_RELATIVE_REACH_CHARS = 60
# A comma and a join that go on with the list the described item stands in: ", and", ", or", ", plus".
_NEXT_ITEM = re.compile(r",[ \t]*+(?:and|or|plus|as well as)(?![\w'’])", re.IGNORECASE)


def _in_a_relative_clause_closed_before(text: str, lo: int, cue: Hit, start: int) -> bool:
    """The cue stands in a relative clause that describes an item of a list, and the list goes on with a comma and a
    join before the mention at ``start``: "reach, % of accounts that weren't following, and where the traffic came
    from" denies the following, not the traffic. A relative clause the mention goes on in ("tools that don't work for
    us, like Hootsuite") still denies it."""
    reach = max(lo, cue.start - _RELATIVE_REACH_CHARS)
    return (_RELATIVE_BEFORE.search(text, reach, cue.start) is not None
            and _NEXT_ITEM.search(text, cue.end, start) is not None)


# A noun phrase a determiner opens, right before "used to": "the exact SQL query used to generate the report".
_NOUN_PHRASE_BEFORE = re.compile(
    r"(?<![\w'’])(?:the|a|an|this|that|these|those|our|my|your|their|its)(?:[ \t]++[\w'’-]++){1,3}?[ \t]++\Z",
    re.IGNORECASE)
_NOUN_PHRASE_REACH_CHARS = 60
# A subject pronoun right before "used to" keeps it the candidate's past ("the tool we used to love").
_PRONOUN_BEFORE = re.compile(r"(?<![\w'’])(?:I|we|you|they|he|she|it)[ \t]++\Z", re.IGNORECASE)


def _a_participle_after_an_object(layout: Layout, lo: int, cue: Hit) -> bool:
    """"used to" right after a noun phrase that a verb before it takes as its object: "(The code) contains the exact
    SQL query used to generate the report" is the query's use, no past habit of anyone. A noun phrase opening the
    clause (past its sentence's label or number) is its subject ("The team used to schedule in Hootsuite"), and a
    pronoun before "used" is one too."""
    text = layout.text
    if text[cue.start : cue.end].lower() != "used to":
        return False
    lo = max(lo, layout.sentence_at(cue.start).after_label(past_mark=True))
    reach = max(lo, cue.start - _NOUN_PHRASE_REACH_CHARS)
    if _PRONOUN_BEFORE.search(text, reach, cue.start):
        return False
    phrase = _NOUN_PHRASE_BEFORE.search(text, reach, cue.start)
    return phrase is not None and bool(text[lo : phrase.start()].strip(" \t\n:-–—•*>"))


# What stands on either side of a list item: a comma, a bracket, a slash, an ampersand or "and"/"or".
_ITEM_BEFORE = re.compile(r"(?:[,(/&]|(?<![\w'’])(?:and|or|y|e|et|und|ou|o|oder))[ \t]*+\Z", re.IGNORECASE)
_ITEM_AFTER = re.compile(r"[ \t]*+(?:[,)/;&]|(?:and|or|y|e|et|und|ou|o|oder)(?![\w'’]))", re.IGNORECASE)
_ITEM_BEFORE_REACH_CHARS = 8


@cache
def _function_words() -> frozenset[str]:
    """The small words of a sentence (advice.toml [function_words]): "not", "never", "no" deny wherever they stand."""
    return frozenset(w.lower() for ws in toml_table("advice.toml")["function_words"].values() for w in ws)


def _a_list_item(text: str, cue: Hit) -> bool:
    """A one-word cue standing alone between list separators is an item the list names, a noun: "likes, dislikes,
    subscribers gained" counts dislikes and denies nothing after it. A small word of the sentence ("likes and,
    never, impressions") still denies, as does a cue with words of its own ("dislike follower counts")."""
    word = text[cue.start : cue.end]
    if not word.isalpha() or word.lower() in _function_words():
        return False
    return (_ITEM_BEFORE.search(text, max(0, cue.start - _ITEM_BEFORE_REACH_CHARS), cue.start) is not None
            and _ITEM_AFTER.match(text, cue.end) is not None)


class Cancelled(NamedTuple):
    """What cancels a mention: the cue's words, whether it is soft (the rest of the sentence may take the mention
    up again) and whether it stands after the mention ("Sprinklr, which is overkill for us")."""

    cue: str
    soft: bool
    after: bool = False
    # Where the cue starts in the reply (-1: a clause or sentence after the mention).
    at: int = -1


@quick_init
@dataclass(frozen=True, slots=True)
class NegationScope:
    """The cues found once in a reply, so each mention is checked with two binary searches."""

    layout: Layout
    before: tuple[Hit, ...]
    after: tuple[Hit, ...]
    boundaries: tuple[int, ...]
    before_ends: tuple[int, ...]
    after_starts: tuple[int, ...]
    # Sentence index -> the cue in it that takes back what the sentence before named.
    takes_back: dict[int, str]
    # Clauses that disown the names before them with a pronoun ("but I never check them"): starts,
    # and (start, end, plural) in the same order.
    disowning_starts: tuple[int, ...] = ()
    disowning: tuple[tuple[int, int, bool], ...] = ()
    swap_end: re.Pattern[str] = _SWAP_END
    # (denials, withouts): the cue phrases of a denial stressed by a "without" after it (_stressed_without).
    stressing: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    # Sentence indexes holding a recent time ("this week"), where a simple past cue ("I used") is use now.
    recent: frozenset[int] = frozenset()
    # What cannot be done, after a "without" clause: the "without" names a need (_impossible_after).
    impossible_after: re.Pattern[str] | None = None
    # Sentence index -> where its pointing cue starts and whether it points at more than one ("them"); and where the
    # names a list knows (tools, channels, metrics) start, read only for a reply with such a cue: what the pointer
    # may stand for in its own sentence ("We use Hootsuite, but we stopped using it").
    pointing_at: dict[int, tuple[int, bool]] | None = None
    named_starts: tuple[int, ...] = ()

    @classmethod
    def build(cls, prepared: Prepared, layout: Layout, language: str) -> NegationScope:
        before, after, bounds, next_sentence = negation_matchers(language)
        text = layout.text
        b_hits = tuple(h for h in before.find(prepared) if h.key != NOT_A_CUE and not _a_list_item(text, h))
        a_hits = tuple(h for h in after.find(prepared) if h.key != NOT_A_CUE and not _a_list_item(text, h))
        # A boundary word opening a cue is part of it: "Statistiken schaue ich mir nur selten an", "I used
        # Hootsuite, but not anymore" ("nur", "but" otherwise end the clause before the cue).
        cue_starts = {h.start for h in a_hits}
        boundary_starts = tuple(sorted(h.start for h in bounds.find(prepared) if h.start not in cue_starts))
        takes_back: dict[int, str] = {}
        pointing_at: dict[int, tuple[int, bool]] = {}
        for hit in next_sentence.find(prepared):
            if _takes_back(layout, hit):
                index = layout.index_at(hit.start)
                takes_back.setdefault(index, layout.text[hit.start : hit.end])
                cue = [w.lower() for w in words(layout.text[hit.start : hit.end])]
                if any(w in _POINTERS for w in cue):
                    pointing_at.setdefault(index, (hit.start, any(w in _PLURAL_POINTERS for w in cue)))
        named_starts: tuple[int, ...] = ()
        if pointing_at:
            lex = lexicons()
            named_starts = tuple(sorted({h.start for m in (lex.tools, lex.channels, lex.metrics)
                                         for h in m.find(prepared)}))
        disowning = tuple(_disowning_clauses(prepared.lower, language))
        for start, end, plural in disowning:
            index = layout.index_at(start)
            if plural and index > 0 and _opens_sentence(layout, start):
                takes_back.setdefault(index, layout.text[start:end])
        return cls(
            layout, b_hits, a_hits, boundary_starts, tuple(h.end for h in b_hits), tuple(h.start for h in a_hits),
            takes_back, tuple(d[0] for d in disowning), disowning,
            _SWAP_END_A if language in ("es", "pt", "fr") else _SWAP_END, _stressed_without(language),
            frozenset(layout.index_at(h.start) for h in _recent_times().find(prepared)),
            _impossible_after(language), pointing_at or None, named_starts,
        )

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around [start, end): from the last boundary before it to the next one."""
        sentence = self.layout.sentence_at(start)
        lo, hi = sentence.start, max(sentence.end, end)
        i = bisect.bisect_right(self.boundaries, start) - 1
        if i >= 0 and self.boundaries[i] >= lo:
            lo = self.boundaries[i]
        j = bisect.bisect_left(self.boundaries, end)
        if j < len(self.boundaries) and self.boundaries[j] < hi:
            hi = self.boundaries[j]
        text = self.layout.text
        if (i >= 0 and lo == self.boundaries[i] and text[lo : lo + 1] in _DASHES and text[hi : hi + 1] in _DASHES):
            # A name set between dashes glosses the clause before it: "There is a close competitor – Buffer – but
            # ..." is weighed by the words before the first dash.
            lo = max(self.boundaries[i - 1], sentence.start) if i >= 1 else sentence.start
        return lo, hi

    def negated_within(self, lo: int, hi: int) -> bool:
        """A plain negation cue ([before] or [after]; no soft, phrase, swap or comparison cue) starts after ``lo``
        and before ``hi``: "Sobre métricas, prefiro NÃO me prender a números" after the comma. Found by
        bisection, so the cost is the cues in the stretch."""
        i = bisect.bisect_right(self.before_ends, lo)  # cues do not overlap: sorted by ends and starts alike
        while i < len(self.before) and self.before[i].start < hi:
            if self.before[i].key == _PLAIN_CUE and self.before[i].start > lo:
                return True
            i += 1
        j = bisect.bisect_right(self.after_starts, lo)
        while j < len(self.after) and self.after[j].start < hi:
            if self.after[j].key == _PLAIN_CUE:
                return True
            j += 1
        return False

    def negation(self, start: int, end: int, *, compared: bool = True) -> str | None:
        """The cue that cancels the mention at [start, end), or None when it stands. ``compared``:
        a comparison ("Sprout versus Buffer") cancels it too (tools; a metric weighed against
        another is still watched)."""
        found = self.cancelling(start, end, compared=compared)
        return found[0] if found else None

    def cancelling(self, start: int, end: int, *, compared: bool = True) -> Cancelled | None:
        """(the cue that cancels the mention, whether it is soft: the rest of the sentence may take
        the mention up again, "I heard about Later and have used it ever since"), or None. A soft cue
        with a disowning clause after it is hard ("are vanity metrics to me, so I ignore them")."""
        found = self._cancelling(start, end, compared=compared)
        if found and found.soft:
            disowned = self._disowned(end)
            if disowned:
                return Cancelled(disowned, False, True)
        return found

    def _cancelling(self, start: int, end: int, *, compared: bool) -> Cancelled | None:
        lo, hi = self.clause(start, end)
        # Cues ending inside [lo, start), at most _CUE_REACH_CHARS before the mention: the ends are sorted because
        # hits do not overlap. The reach keeps a clause of thousands of cues and mentions ("reach vs likes vs ...")
        # linear: each mention reads the cues near it, not every cue since the clause began.
        i = bisect.bisect_left(self.before_ends, max(lo, start - _CUE_REACH_CHARS) + 1)
        while i < len(self.before) and self.before[i].end <= start:
            cue = self.before[i]
            stressed = self._stressed(i, lo, start)
            if stressed:
                i = stressed + 1
                continue
            if self._needed(cue, start):
                i += 1
                continue
            if cue.entry.phrase.lower() in _recent_past_cues() and (
                    self.layout.index_at(cue.start) in self.recent or _USED_FOR.match(self.layout.text, end)):
                i += 1
                continue
            if _in_an_aside_closed_before(self.layout.text, lo, cue, start) or (
                    cue.key == _PLAIN_CUE and (_in_a_fronted_clause_closed_before(self.layout.text, lo, cue, start)
                                               or _in_a_relative_clause_closed_before(self.layout.text, lo, cue, start)
                                               or _a_participle_after_an_object(self.layout, lo, cue))):
                i += 1
                continue
            if (cue.start >= lo and (compared or cue.key != COMPARISON_CUE)
                    and not (cue.key == PHRASE_CUE and _PHRASE_END.search(self.layout.text, cue.end, start))
                    and not (cue.key == SWAP_CUE and self.swap_end.search(self.layout.text, cue.end, start))):
                return Cancelled(self.layout.text[cue.start : cue.end], cue.key == SOFT_CUE, False, cue.start)
            i += 1
        j = bisect.bisect_left(self.after_starts, end)
        reach = min(hi, end + _CUE_REACH_CHARS)  # as before the mention: the cues near it, not every one to the end
        while j < len(self.after) and self.after[j].start < reach:
            cue = self.after[j]
            if cue.key != COMPARISON_CUE or (compared and not self._compares_others(cue, end)):
                return Cancelled(self.layout.text[cue.start : cue.end], cue.key == SOFT_CUE, True, cue.start)
            j += 1
        back = self._disowned(end) or self._pointed_at_here(start, end) or self._taken_back(start)
        return Cancelled(back, False, True) if back else None

    def _names_between(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self.named_starts, lo)
        return i < len(self.named_starts) and self.named_starts[i] < hi

    def _pointed_at_here(self, start: int, end: int) -> str | None:
        """The pointing cue after the mention in its own sentence, when the mention is what it points at: the name
        right before it ("We use Hootsuite, but we stopped using it"), or any name before it for a plural pointer
        ("We had Buffer and Later, but we dropped them")."""
        if self.pointing_at is None:
            return None
        index = self.layout.index_at(start)
        pointing = self.pointing_at.get(index)
        if pointing is None or pointing[0] < end:
            return None
        at, plural = pointing
        if not plural and self._names_between(end, at):
            return None  # "it" stands for the nearer name
        return self.takes_back[index]

    def _compares_others(self, cue: Hit, end: int) -> bool:
        """A "versus" or "compared to" later in the clause than the words right after the mention ending at
        ``end`` sets two other things side by side ("Facebook Insights can identify the number of residents
        versus non-residents"), not the mention against another ("Hootsuite's scheduler versus Buffer's")."""
        return (cue.entry.phrase.lower() in _SIDE_BY_SIDE
                and len(_WORD.findall(self.layout.text, end, cue.start)) > _COMPARED_WORDS_BETWEEN)

    def _stressed(self, i: int, lo: int, start: int) -> int:
        """The index of the "without" cue that stresses the denial cue ``i`` before a mention at ``start``
        ("I couldn't do this job without TweetDeck"), or 0."""
        denials, withouts = self.stressing
        cue = self.before[i]
        if cue.start < lo or cue.entry.phrase.lower() not in denials:
            return 0
        for k in range(i + 1, len(self.before)):
            later = self.before[k]
            if later.end > start:
                break
            if later.entry.phrase.lower() in withouts:
                return k
        return 0

    def _needed(self, cue: Hit, start: int) -> bool:
        """The cue is a "without" and what cannot be done without it stands before the mention at ``start``
        ("Without a review of the analytics, it is impossible to determine the impressions")."""
        return (self.impossible_after is not None and cue.entry.phrase.lower() in self.stressing[1]
                and self.impossible_after.search(self.layout.text, cue.end, start) is not None)

    def _disowned(self, end: int) -> str | None:
        """A later clause of the mention's sentence that disowns it with a pronoun."""
        sentence_end = self.layout.sentence_at(end).end
        k = bisect.bisect_left(self.disowning_starts, end)
        while k < len(self.disowning) and self.disowning[k][0] < sentence_end:
            start, stop, plural = self.disowning[k]
            if ";" in self.layout.text[end:start]:
                return None  # "... Hootsuite daily; the agency's tools, I never touch them"
            if plural or start - end <= _SINGULAR_REACH:
                return self.layout.text[start:stop]
            k += 1
        return None

    def _taken_back(self, start: int) -> str | None:
        index = self.layout.index_at(start)
        following = index + 1
        if following >= len(self.layout.sentences):
            return None
        if self.layout.sentences[following].paragraph != self.layout.sentences[index].paragraph:
            return None
        if self.pointing_at is not None and following in self.pointing_at and self._names_between(
                self.layout.sentences[following].start, self.pointing_at[following][0]):
            return None  # the pointer stands for a name of its own sentence, not this one
        return self.takes_back.get(following)


# Words that may stand around a whole-sentence cue: "But no more.", "Sadly, not anymore!"
_FILLER = frozenset(
    {"but", "and", "so", "well", "now", "oh", "sadly", "though", "anyway", "pero", "aber", "mais", "mas"}
)
# A cue with one of these points back at what the sentence before named.
_POINTERS = frozenset({"it", "them", "that", "both", "all", "lot",
                       "lo", "la", "los", "es", "l", "le", "les", "o", "a"})
# The pointers that stand for more than one name.
_PLURAL_POINTERS = frozenset({"them", "both", "all", "lot", "los", "les"})


def _takes_back(layout: Layout, hit: Hit) -> bool:
    """A pointing cue ("stopped using it") anywhere in its sentence, or a bare one ("no more") that is
    the whole sentence."""
    cue = [w.lower() for w in words(layout.text[hit.start : hit.end])]
    if any(w in _POINTERS for w in cue) or any(w.endswith(("lo", "la")) and len(w) > 5 for w in cue):
        return True
    sentence = layout.sentence_at(hit.start)
    if (hit.start - sentence.start) + (sentence.end - hit.end) > _FILLER_AROUND_CHARS:
        return False  # more than a few filler words around it: a cue inside a longer sentence
    rest = layout.text[sentence.start : hit.start] + " " + layout.text[hit.end : sentence.end]
    return all(w.lower() in _FILLER for w in words(rest))


# How much a whole-sentence cue may have around it ("Sadly, though, not anymore!"): a few filler words and marks. A
# sentence longer than that is not read word by word for each cue in it (a sentence of thousands of cues stays linear).
_FILLER_AROUND_CHARS = 60


# How far before a mention a cue of its clause is read: a denial opening a long list ("We don't use Hootsuite, Buffer,
# Later, ...") reaches every name a person lists; a clause longer than this is a dump, not a sentence.
_CUE_REACH_CHARS = 400

# "It" and "that" point back at most this far ("I opened Loomly once and never used it").
_SINGULAR_REACH = 40


# The simple past told with what the tool did ("I used Canva to design my posts", "we used Zapier for routing the
# mentions") narrates the candidate's work, as a recent time does; "to start with" and "to be" tell no such use. What
# it did may be the task the sentence before told, pointed at: "We wanted a review process. We used Hootsuite for
# this." What the tool did may follow the rest of a short list of names: "I used Tweetstats and Twittercounter to get
# some basic analytics" (at most three more names of at most two words each).
_USED_FOR = re.compile(r"(?:[ \t]*+(?:,[ \t]*+(?:and[ \t]++)?+|(?:and|or|&)[ \t]++)"
                       r"[A-Z][\w.'’-]*+(?:[ \t]++[A-Z][\w.'’-]*+)?+){0,3}+"
                       r"[ \t]++(?:to[ \t]++(?!(?:be|start|begin)(?![\w'’]))[a-z]{2,}+|for[ \t]++[a-z]{2,}+(?<=ing)"
                       r"|for[ \t]++(?:this|that|these|those|it)(?=[ \t]*+[.;!\n]))"
                       r"(?![\w'’])")


@cache
def _recent_past_cues() -> frozenset[str]:
    return frozenset(p.lower() for ps in toml_table("negation.toml")["recent_past"]["cues"].values() for p in ps)


@cache
def _recent_times() -> Matcher:
    """negation.toml [recent_past.times]: a recent time, in any language."""
    return Matcher(language_entries(toml_table("negation.toml")["recent_past"]["times"], key="recent"))


@cache
def _stressed_without(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(denials, withouts) of negation.toml [stressed_without] for a language, English always too."""
    table = toml_table("negation.toml")["stressed_without"]

    def of(name: str) -> frozenset[str]:
        return frozenset(p.lower() for lang in {"en", language} for p in table[name].get(lang, []))
    return of("denials"), of("without")


@cache
def _impossible_after(language: str) -> re.Pattern[str]:
    """negation.toml [stressed_without.impossible_after] for a language, English always too, as whole words."""
    table = toml_table("negation.toml")["stressed_without"]["impossible_after"]
    phrases = [p for lang in {"en", language} for p in table.get(lang, [])]
    return re.compile(rf"(?<!\w)(?:{_alternation(phrases)})(?!\w)", re.IGNORECASE)


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p.lower()).replace(r"\ ", r"\s++").replace("'", "['’]?")
                    for p in sorted(phrases, key=len, reverse=True))


@cache
def _disowning_pattern(language: str) -> re.Pattern[str]:
    table = toml_table("negation.toml")["disowned"]

    def of(name: str) -> str:
        return _alternation([p for lang in ("en", language) for p in table[name].get(lang, [])])

    self_word = r"(?:(?:i|we)(?:['’](?:ve|d|ll))?+\s++(?:(?:have|had)\s++)?+)"
    small = rf"(?:(?:{of('gap')})\s++){{0,2}}"
    plural = (r"(?P<plural>(?P<anyof>any\s++of\s++(?:them|those|these)|either\s++of\s++them)|either|them|those"
              r"|these)")
    pointer = rf"(?:{plural}|it|that)"
    # After "any of them" a short purpose or place may follow: "I haven't needed any of them for our page".
    purpose = r"(?(anyof)(?:\s++(?:for|on|in|at|with|since|so\s++far)\s++[^.,;!?\n]{1,40}?)?+)"
    tail = (rf"(?:\s++(?:{of('tail')})){{0,2}}+{purpose}\s*+"
            r"(?=[.,;!?)\n]|$|\s(?:and|but|because|since|so|though)\b)")
    denied = rf"(?:{self_word}|but\s++{self_word}?+){small}(?:{of('negations')})\s++{small}(?:{of('verbs')})"
    ignored = rf"{self_word}(?:(?:just|simply|mostly|usually|basically)\s++)?(?:{of('ignore')})"
    nothing = r"(?P<none>none(?:\s++of\s++(?:them|those|these))?+|neither(?:\s++of\s++them)?+)"
    none = rf"{self_word}{small}(?:{of('verbs')})\s++{nothing}"
    # Every match starts with "i", "we" or "but": checked first, the engine skips every other place at C
    # speed, where the look-behind was tried at every character (10 KB of "take ----" lines: 1.1 -> 0.13 ms).
    return re.compile(rf"(?=[ibw])(?<![\w'’])(?:(?:{denied}|{ignored})\s++{pointer}|{none}){tail}")


def _folded(phrases: list[str]) -> str:
    return _alternation([fold(p) for p in phrases])


@cache
def _other_disowning_pattern(language: str) -> re.Pattern[str] | None:
    """negation.toml [disowned.other.<language>]: "pero no las uso", "não uso nenhuma", "je ne les utilise
    pas", "nutze sie aber nicht"; None for a language with no such table (English has its own)."""
    table = toml_table("negation.toml")["disowned"].get("other", {}).get(language)
    if table is None:
        return None
    neg, verbs = _folded(table["negations"]), _folded(table["verbs"])
    plural, singular = _folded(table["plural"]), _folded(table["singular"])
    aux_word = rf"(?:{_folded(table['aux'])})\s++"
    aux = rf"(?:{aux_word})?+"
    # Each shape names its own groups ("p1", "p2": a plural pronoun; "none"): a name stands once in a pattern.
    if language == "de":
        adverbs = rf"(?:(?:{_folded(table['adverbs'])})\s++){{0,3}}+"
        shapes = (rf"(?:{verbs})\s++{adverbs}(?:(?P<p1>{plural})|{singular})\s++{adverbs}(?:{neg})"
                  rf"|{aux_word}{adverbs}(?:(?P<p2>{plural})|{singular})\s++{adverbs}(?:{neg})\s++{adverbs}(?:{verbs})"
                  rf"|(?:{verbs})\s++{adverbs}(?P<none>kein(?:e|s|es|en)?\s++(?:davon|von\s++(?:ihnen|denen)))")
    elif language == "fr":
        shapes = (rf"(?:{neg})\s*+(?:(?P<p1>{plural})\s++|{singular}\s*+){aux}(?:{verbs})"
                  rf"|(?:{neg})\s*+{aux}(?:{verbs})\s++(?P<none>{_folded(table['none'])})")
    else:
        shapes = (rf"(?:{neg})\s++(?:(?P<p1>{plural})|{singular})\s++{aux}(?:{verbs})"
                  rf"|(?:{neg})\s++{aux}(?:{verbs})\s++(?P<none>{_folded(table['none'])})")
    return re.compile(rf"(?<![\w'’])(?:{shapes})(?![\w'’])")


def _disowning_clauses(lower: str, language: str) -> list[tuple[int, int, bool]]:
    """(start, end, plural) of each clause that disowns the names before it. Each pattern opens with its look-behind
    and is tried at every character: a text holding none of the words one of which each of its clauses holds (a
    negation, a verb: patterns.may_match) is not scanned."""
    pattern = _disowning_pattern(language)
    found = [(m.start(), m.end(), bool(m.group("plural") or m.group("none")))
             for m in pattern.finditer(lower)] if may_match(pattern, lower) else []
    other = _other_disowning_pattern(language)
    if other is not None and may_match(other, lower):
        found += [(m.start(), m.end(), any(v for k, v in m.groupdict().items())) for m in other.finditer(lower)]
        found.sort()
    return found


# Words that may open a sentence before a disowning clause: "Honestly, I never check them."
_OPENERS = frozenset({"but", "and", "so", "honestly", "tbh", "sadly", "truthfully", "though", "yet", "well",
                      # the other languages' clauses start after their subject and "but", "honestly"
                      "pero", "aber", "mais", "mas", "sinceramente", "ehrlich", "gesagt", "honnetement",
                      "honnêtement", "yo", "ich", "wir", "je", "nous", "on", "eu", "nós", "nos",
                      "to", "be", "honest", "truth", "is", "in", "practice", "reality", "however"})


def _opens_sentence(layout: Layout, start: int) -> bool:
    sentence = layout.sentence_at(start)
    return all(w.lower() in _OPENERS for w in words(layout.text[sentence.start : start]))
