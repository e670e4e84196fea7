"""The metrics criterion: distinct metrics the candidate watches, synonyms counted once.

Named metrics come from bot/lexicons/metrics.toml; metrics described in the candidate's own words
("how many members are active each month", "ticket volume", "touches per ticket") from the grammar
of measurement (bot/evaluation/metric_frames.py). Everyday words ("reach", "likes", "comments") and
described metrics count only in a sentence about metrics: one with a cue word ("I track", "KPIs:"),
a quantity ("how many") or another metric in it.

A question the candidate asks ("How many members are active each month?") says what they watch as
much as a statement does; only a question that repeats our request does not count.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import chain, islice

from bot.evaluation.advice import cues, label_matches
from bot.evaluation.answers import MetricsAnswer, metrics_answer
from bot.evaluation.compounds import Compounds
from bot.evaluation.lexicon import language_entries, lexicons, lowered, phrase_alternation, toml_table
from bot.evaluation.metric_frames import (
    Framed,
    acted_as,
    frame_words,
    framed_metrics,
    state_listed_at,
    time_taken_for,
)
from bot.evaluation.negation import Cancelled
from bot.evaluation.patterns import Entry, Hit, Matcher, may_match
from bot.evaluation.reading import Finding, Reading, distinct_finding
from bot.evaluation.spans import SpanSet
from bot.evaluation.subjects import in_the_generic_voice, someone_elses, taken_up_after
from bot.evaluation.text import Sentence, sentence_word_counts
from bot.evaluation.typos import Misspellings

_NAMED = "named metric"
# A line of at most this many words can be an item of a list.
_LIST_ITEM_WORDS = 5
_FAR = 1 << 62


_JUST_APART = re.compile(r"[ \t\-]{1,2}")
_WORDS = re.compile(r"[^\W\d_]++")


@cache
def _few_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """metric_frames.toml [few_verbs] then [few_words] ending where the mention starts, and [few_verbs] ending where
    a "no" starts."""
    table = toml_table("metric_frames.toml")
    verbs = "|".join(re.escape(w) for w in sorted(table["few_verbs"]["en"], key=len, reverse=True))
    few = "|".join(re.escape(w).replace(r"\ ", r"[ \t]++") for w in sorted(table["few_words"]["en"], key=len,
                                                                              reverse=True))
    after_cue = re.compile(rf"[ \t]++(?:{verbs})[ \t]++(?:{few})[ \t]++(?:[\w'’-]++[ \t]++)?+\Z", re.IGNORECASE)
    before_no = re.compile(rf"(?<![\w'’])(?:{verbs})[ \t]++\Z", re.IGNORECASE)
    return after_cue, before_no


@cache
def _recommending() -> frozenset[str]:
    """negation.toml [recommending], lowered: cues that cancel a tool recommended to others, not a metric."""
    return frozenset(p.lower() for p in toml_table("negation.toml")["recommending"]["en"])


# How far before a "no" its verb may start: "received ", the longest verb and its space.
_FEW_VERB_REACH_CHARS = 12


@cache
def _level_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """metric_frames.toml [level_words] right after a negation, and [change_verbs] (with up to three words before
    them, "seem to") ending where the metric's words start."""
    table = toml_table("metric_frames.toml")
    levels = "|".join(re.escape(w) for w in sorted(table["level_words"]["en"], key=len, reverse=True))
    verbs = "|".join(re.escape(w) for w in sorted(table["change_verbs"]["en"], key=len, reverse=True))
    level_after = re.compile(rf"[ \t]++(?:be(?:en)?[ \t]++)?(?:(?:very|that|so|quite|really|all|too)[ \t]++)?"
                             rf"(?:{levels})(?![\w'’])", re.IGNORECASE)
    change_before = re.compile(rf"[ \t]++(?:[\w'’]++[ \t]++){{0,3}}?(?:{verbs})[ \t]++(?:my|our|the|your|their)?"
                               r"[ \t]*+\Z", re.IGNORECASE)
    return level_after, change_before


# How far after a metric a negation judging its level may start: "views aren't", "sales haven't been".
_LEVEL_CUE_REACH_CHARS = 16


def _level_reported(reading: Reading, cancelled: Cancelled, start: int, end: int) -> bool:
    """The negation judges the metric's level or denies it moved ("engagement isn't great", "that didn't seem to
    decrease my sales"): a level judged is a number watched, not a denial of watching it ("I don't track views",
    "views aren't something I look at"). English."""
    if reading.language != "en" or cancelled.at < 0:
        return False
    level_after, change_before = _level_patterns()
    cue_end = cancelled.at + len(cancelled.cue)
    if cancelled.after:
        return (cancelled.at - end <= _LEVEL_CUE_REACH_CHARS and "," not in reading.text[end : cancelled.at]
                and level_after.match(reading.text, cue_end) is not None)
    return start > cue_end and change_before.match(reading.text, cue_end, start) is not None


def _reported_as_few(reading: Reading, cancelled: Cancelled, start: int) -> bool:
    """The negation before a metric reports its figure as few or none ("I have not had any link clicks", "it isn't
    pushing many clicks yet", "we got no replies"): a number reported is a number watched, not a denial of watching
    it ("I do not track link clicks"). English."""
    if reading.language != "en" or cancelled.after or cancelled.at < 0:
        return False
    after_cue, before_no = _few_patterns()
    cue_end = cancelled.at + len(cancelled.cue)
    if after_cue.match(reading.text, cue_end, start):
        return True
    return (cancelled.cue.lower() == "no" and not reading.text[cue_end:start].strip()
            and before_no.search(reading.text, max(0, cancelled.at - _FEW_VERB_REACH_CHARS), cancelled.at) is not None)


def _growth_alone(reading: Reading, named: list[Hit]) -> list[Hit]:
    """"Growth" on its own is audience growth ("reach, engagement and growth"); right after another
    metric it is that metric's growth ("sales growth", "revenue growth"), not a second metric."""
    out: list[Hit] = []
    for hit in named:
        growth = reading.prepared.lower[hit.start : hit.end] == "growth"
        if growth and out and _JUST_APART.fullmatch(reading.text, out[-1].end, hit.start):
            continue
        out.append(hit)
    return out


# A name the metrics list writes in capitals ("CTR", "CSAT") is typed in lower case on phones ("ctr"): one of
# at least this many letters is no everyday word ("er" is).
_SMALL_CAPITALS_LETTERS = 3


@cache
def _small_capitals() -> Matcher:
    """The metrics list's one-word names in capitals, in lower case and needing a sentence about metrics."""
    return Matcher(Entry(e.key, e.phrase.lower(), True, e.lang) for e in lexicons().metrics.entries
                   if " " not in e.phrase and len(e.phrase) >= _SMALL_CAPITALS_LETTERS and e.phrase.isupper())


def _typed_in_lower_case(reading: Reading, named: list[Hit]) -> list[Hit]:
    """"reach, engagement rate, ctr": a name written in capitals typed in lower case, where the list with
    the capitals found nothing."""
    return [h for h in _small_capitals().find(reading.prepared)
            if reading.text[h.start : h.end].islower() and not _overlaps(h.start, h.end, named)]


# Between the items of a list of singular names: "a like, comment, and save", "every post, like and share".
_SINGULAR_JOIN = re.compile(r"[ \t]*+(?:[,/&+][ \t]*+)?+(?:(?:and|or|&)[ \t]++)?+")
_SINGULAR_LIST_ITEMS = 3


@cache
def _singulars() -> Matcher:
    """The metrics list's one-word English plurals ("likes", "saves", "replies") in the singular, needing a
    list of them to count."""
    out: list[Entry] = []
    for e in lexicons().metrics.entries:
        phrase = e.phrase.lstrip("?")
        if e.lang != "en" or " " in phrase or not phrase.islower() or not phrase.endswith("s") or phrase.endswith("ss"):
            continue
        singular = phrase[:-3] + "y" if phrase.endswith("ies") else phrase[:-1]
        out.append(Entry(e.key, singular, True, e.lang))
    return Matcher(out)


def _singular_lists(reading: Reading, named: list[Hit]) -> list[Hit]:
    """Three names or more of counted things listed in the singular: "Instagram considers engagement as a like,
    comment, and save" names likes, comments and saves; or one set in quote marks, the name of the thing rather
    than the word ("a ‘like’ is great to see, but a lengthy ‘comment’ ..."). Alone and unquoted ("I like this",
    "one comment") they name nothing."""
    hits = [h for h in _singulars().find(reading.prepared) if not _overlaps(h.start, h.end, named)]
    out: list[Hit] = [h for h in hits if _quoted(reading.text, h.start, h.end)]
    run: list[Hit] = []
    for h in [*hits, None]:
        if h is not None and run and _SINGULAR_JOIN.fullmatch(reading.text, run[-1].end, h.start):
            run.append(h)
            continue
        if len({x.key for x in run}) >= _SINGULAR_LIST_ITEMS:
            out += [x for x in run if x not in out]
        run = [h] if h is not None else []
    return out


# Quote marks around a term: straight, curly, low-9 and guillemets, opening and closing alike.
_QUOTE_MARKS = frozenset("'\"‘’‚“”„«»")


def _quoted(text: str, start: int, end: int) -> bool:
    """The word at start:end stands alone between quote marks (‘save’, "like")."""
    return start > 0 and end < len(text) and text[start - 1] in _QUOTE_MARKS and text[end] in _QUOTE_MARKS


# How many spaces or tabs may stand between a state word and the named metric after it.
_STATE_GAP = 3


def _in_a_state(reading: Reading, named: list[Hit]) -> list[Hit]:
    """A named metric after a counted state ([states] of metric_frames.toml: "new", "returning", "unanswered")
    that its own name does not hold is that state's count, a metric of its own: "new active users" and "monthly
    active users" are two; where a list may hold it, as for a state before any plural thing ("I welcome new members"
    counts nothing). English only (the other languages put the state after the noun)."""
    if reading.language != "en" or not named:
        return named
    state_ends = {h.end: h for h in frame_words().states.find(reading.prepared)}
    if not state_ends:
        return named
    text = reading.text
    out: list[Hit] = []
    for h in named:
        end = h.start
        while end > max(0, h.start - _STATE_GAP) and text[end - 1] in " \t":
            end -= 1
        state = state_ends.get(end) if end < h.start else None
        if state is None or not state_listed_at(reading, state.start):
            out.append(h)
            continue
        word = reading.text[state.start : state.end].lower()
        entry = Entry(f"{h.key}:{word}", h.entry.phrase, h.entry.needs_context, h.entry.lang)
        out.append(Hit(entry, state.start, h.end))
    return out


def _time_taken(reading: Reading, hit: Hit) -> bool:
    """A named "time to reply" that is time someone takes ("take the time to reply"), not a number."""
    lower = reading.prepared.lower
    return lower.startswith("time ", hit.start) and time_taken_for(reading.text, hit.start, frame_words())


@cache
def _compounds() -> Compounds:
    return Compounds(lexicons().metrics.entries)


@cache
def _misspelt() -> Misspellings:
    return Misspellings(lexicons().metrics.entries)


def _overlaps(start: int, end: int, spans: list[Hit]) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted, non-overlapping, as Matcher.find gives them)."""
    i = bisect.bisect_left(spans, end, key=lambda h: h.start) - 1
    return i >= 0 and spans[i].end > start


def _name_blocked(hit: Hit, blockers: list[Hit]) -> bool:
    """A phrase of not_metrics over a named metric says it is none ("visits to" the dentist), unless the name holds
    the phrase whole and runs on past it, or runs on past its end: its own words say what the phrase left open
    ("visits to our website"; "your share of" is an idiom, "your share of voice" the metric)."""
    i = bisect.bisect_left(blockers, hit.end, key=lambda h: h.start) - 1
    while i >= 0 and blockers[i].end > hit.start:
        b = blockers[i]
        if not ((hit.start <= b.start and b.end <= hit.end and b.end - b.start < hit.end - hit.start)
                or b.end < hit.end):
            return True
        i -= 1
    return False


def _blocked(framed: Framed, blockers: list[Hit]) -> bool:
    """A phrase of not_metrics over what a frame measures says it is no metric; but a phrase that
    alone is none ("negative comments") is one when counted ("the share of negative comments"), so
    after a quantity only a phrase reaching back over the quantity blocks."""
    start, end = framed.thing
    i = bisect.bisect_left(blockers, end, key=lambda h: h.start) - 1
    while i >= 0 and blockers[i].end > start:
        if not framed.counted or blockers[i].start <= framed.start:
            return True
        i -= 1
    # A phrase over the quantity itself: "I've had MY SHARE OF these interactions" is an idiom, no share measured.
    return framed.counted and i >= 0 and blockers[i].start <= framed.start < blockers[i].end


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) lies inside one of ``spans`` (sorted by start)."""
    i = bisect.bisect_right(spans, (start, _FAR)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _cue_sentences(reading: Reading) -> set[int]:
    """Sentences about metrics, by a cue word in them or in their label."""
    out = set()
    for hit in lexicons().metric_cues.find(reading.prepared):
        out.add(reading.layout.index_at(hit.start))
    return out


def _with_labels(reading: Reading, sentences: set[int]) -> set[int]:
    """A cue in a label ("KPIs: reach, likes") makes every sentence under it about metrics."""
    out = set(sentences)
    for i, sentence in enumerate(reading.layout.sentences):
        if sentence.label and reading.layout.index_at(sentence.label[0]) in sentences:
            out.add(i)
    return out


# A line opening with a bullet ("• Followership of these profiles", "- Level of audience engagement the
# posts enjoy"), of at most this many words, is an item of a list too. Not a numbered line: "1. 2. 3." are
# as often the answers to our three questions ("3. Reply fast to comments ...").
_BULLETED_ITEM_WORDS = 10
# A bulleted line of at most this many words between a list's short items keeps the list going (_lists).
_BRIDGING_ITEM_WORDS = 2 * _BULLETED_ITEM_WORDS
_BULLET = re.compile(r"[ \t>]*+[-*•·–][ \t]")
_BULLET_REACH = 40


def _is_bulleted(reading: Reading, start: int, end: int) -> bool:
    """Whether the sentence at ``start`` opens its line after a bullet, and gives no advice ("- Reply
    fast to comments" is a tip, not a metric)."""
    # A bullet stands a few characters before its line's first sentence: look back no further.
    line_start = reading.text.rfind("\n", max(0, start - _BULLET_REACH), start) + 1
    marker = _BULLET.match(reading.text, line_start) if line_start or start < _BULLET_REACH else None
    if marker is None or (start > marker.end() and reading.text[marker.end() : start].strip()):
        return False
    return not any(start <= hit.start < end for hit in _advice(reading))


def _advice(reading: Reading) -> list[Hit]:
    return lexicons().tip_actions.find(reading.prepared)


def _lists(reading: Reading) -> list[list[int]]:
    """Runs of short lines in one paragraph ("1. Likes", "2. ReTweets"), or of bulleted lines of a
    few words more: read as one list."""
    runs: list[list[int]] = []
    previous = None
    counts = sentence_word_counts(reading.layout)
    last = -2  # the last sentence the current run reaches: an item, or a long bulleted line between its items
    for i, sentence in enumerate(reading.layout.sentences):
        count = counts[i]
        bulleted = count > _LIST_ITEM_WORDS and _is_bulleted(reading, sentence.start, sentence.end)
        words = _bulleted_item_words(reading, sentence, count) if bulleted else count
        short = count <= _LIST_ITEM_WORDS or (bulleted and words <= _BULLETED_ITEM_WORDS)
        follows = previous is not None and previous.paragraph == sentence.paragraph and runs and last == i - 1
        if short and follows:
            runs[-1].append(i)
            last = i
        elif short:
            runs.append([i])
            last = i
        elif follows and bulleted and words <= _BRIDGING_ITEM_WORDS:
            # A longer bulleted line ("• The response rate to positive reviews, neutral reviews and bad reviews") is
            # an item of the same bulleted list: the run goes on past it to the short items after it, though the
            # line is not read as a short item itself.
            last = i
        previous = sentence
    return [run for run in runs if len(run) >= 2]


def _bulleted_item_words(reading: Reading, sentence: Sentence, count: int) -> int:
    """The words a bulleted line counts as an item: its own, or, for one measure compared across two periods or
    groups ("Total number of reviews this year vs total number of reviews last year"), its longer side's, the other
    side saying what is set against it rather than another thing. Only a line too long for an item is read again."""
    if count <= _BULLETED_ITEM_WORDS or count > _BRIDGING_ITEM_WORDS + 1:
        return count
    lowered = [w.group().lower() for w in _ITEM_WORD.finditer(reading.text, sentence.start, sentence.end)]
    return _compared_sides(lowered)


def _questions(reading: Reading) -> list[list[int]]:
    """Runs of questions in one paragraph ("Are more people finding us? Are they clicking
    through?"): a candidate's own questions asked one after another, read as one list."""
    runs: list[list[int]] = []
    for i, sentence in enumerate(reading.layout.sentences):
        if not reading.text[sentence.start : sentence.end].rstrip().endswith("?"):
            continue
        previous = reading.layout.sentences[i - 1] if i else None
        if runs and runs[-1][-1] == i - 1 and previous is not None and previous.paragraph == sentence.paragraph:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) >= 2]


def _listed(reading: Reading, per_sentence: Counter[int]) -> set[int]:
    """Items of a list, or questions in a row, where two or more hold metrics: each is about metrics."""
    out: set[int] = set()
    for run in _lists(reading) + _questions(reading):
        if sum(per_sentence[i] > 0 for i in run) >= 2:
            out.update(run)
    return out


# What ends the words between two items of one list: "reach, likes and comments", "reach / impressions", "views
# (and saves)", "Engagement: likes", "people who join the group, people who click ... and people who unfollow", "a
# ‘like’, and a ‘save’".
_JOIN_ENDS = re.compile(
    r"(?:[,/&;+():]|(?<![\w'’])(?:and|or|plus|y|e|o|und|oder|et|ou))[ \t\"'“”‘’]*+"
    r"(?:(?:and|or|plus|y|e|o|und|oder|et|ou)[ \t]++)?+(?:(?:the|a|an|our|my)[ \t]++)?+[\"'“”‘’]?+\Z")
# How far apart two items of one list may stand, the first one's own words after it included.
_LIST_GAP_CHARS = 80


# A superlative or a compared amount just before an everyday word ranks or measures things by it: "which posts get
# THE MOST clicks", "the posts with the highest reach", "we get 30 TIMES MORE engagement", "TWICE AS MANY shares".
# English; a bounded look back, so the scan stays linear.
_RANKED_BEFORE = re.compile(
    r"(?:(?<![\w'’])the[ \t]++(?:most|highest|lowest|fewest|least|biggest|largest|greatest)"
    r"|\d[\d.,]*+[ \t]*+(?:%|x|times|percent)?+[ \t]++(?:more|less|fewer|higher|lower)"
    r"|(?<![\w'’])(?:twice|double|triple|\d++[ \t]++times|three[ \t]++times)[ \t]++as[ \t]++(?:many|much))[ \t]++$",
    re.IGNORECASE)
_RANKED_REACH_CHARS = 32


def _ranked_by(text: str, start: int) -> bool:
    """The everyday word at ``start`` follows a superlative or a compared amount (_RANKED_BEFORE)."""
    return _RANKED_BEFORE.search(text, max(0, start - _RANKED_REACH_CHARS), start) is not None


def _in_a_list(found: list[Mention], k: int, index: int, reading: Reading) -> bool:
    """The mention is an item of a list with the one before or after it: the words between end with a list's join
    ("reach, likes and comments"; "people who join the group, people who click through ...")."""
    _, start, end, _, _ = found[k]
    for j in (k - 1, k + 1):
        if not 0 <= j < len(found) or j == k or reading.layout.index_at(found[j][1]) != index:
            continue
        lo, hi = (found[j][2], start) if j < k else (end, found[j][1])
        if 0 <= hi - lo <= _LIST_GAP_CHARS and _JOIN_ENDS.search(reading.text, lo, hi):
            return True
    return False


def _request_sentences(reading: Reading) -> set[int]:
    return {reading.layout.index_at(h.start) for h in lexicons().echo.find(reading.prepared)}


def _not_the_candidates(reading: Reading, start: int, end: int, request: set[int]) -> bool:
    """Outside the candidate's answer: excluded by the reading, unless only for being a question
    of the candidate's own (a question with none of our request's words)."""
    if not reading.is_excluded(start, end):
        return False
    return reading.layout.index_at(start) in request


@cache
def _definition_words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(verbs that define, determiners before a subject, words that turn a definition) of metric_frames.toml
    [defines], [subject_determiners] and [definition_turns], for a language, English always too."""
    table = toml_table("metric_frames.toml")

    def words_of(name: str) -> frozenset[str]:
        return frozenset(w.lower() for lang in {"en", language} for w in table[name].get(lang, []))

    return words_of("defines"), words_of("subject_determiners"), words_of("definition_turns")


# The metric that opens its sentence has at most this many words before it, and its defining verb is one of the
# first _VERB_WORDS words after it ("Reach refers to", "Impressions counts", "O alcance é").
_SUBJECT_WORDS = 3
_VERB_WORDS = 2
# How far after a metric its defining verb is looked for: two words of any length people write.
_VERB_REACH_CHARS = 40
# How far before a metric its clause's opening is looked for: a comma or a turn word and three determiners.
_OPENER_REACH_CHARS = 60


def _not_definitions(reading: Reading, framed: list[Framed], named: list[Hit]) -> tuple[list[Framed], list[Hit]]:
    """Measures told as what a named metric is ("Reach refers to the number of unique users who see your content",
    "O alcance é a métrica que mostra quantas contas visualizaram"): a framed metric in a clause opening with a
    named metric, a verb of [defines] between the two, defines that metric and is no metric of its own. The clause
    may open the sentence, follow a phrase set off by a comma ("At a post level, reach is the number of viewers") or
    a turn ("..., while impressions are the number of times the post shows up")."""
    if not named and not framed:
        return framed, named
    verbs, determiners, turns = _definition_words(reading.language)
    sentences = reading.layout.sentences
    openers: dict[int, list[int]] = {}  # sentence index -> ends of the metrics that are clause subjects
    # A metric a frame found defines as a named one does: "The unique chatters metric counts the number of ...".
    subjects: list[Hit | Framed] = sorted([*named, *framed], key=lambda m: m.start)
    # Metrics joined into one subject define together: "Reach and impressions are important metrics to measure
    # brand awareness and indicate how many people are seeing your content". The verb is read after the last: where
    # each subject's chain of joined metrics ends, read once from the last subject back.
    chain_ends = [m.end for m in subjects]
    for n in range(len(subjects) - 2, -1, -1):
        join = _SUBJECT_JOIN.match(reading.text, subjects[n].end)
        if join is not None and join.end() == subjects[n + 1].start:
            chain_ends[n] = chain_ends[n + 1]
    for n, h in enumerate(subjects):
        index = reading.layout.index_at(h.start)
        sentence = sentences[index]
        end = chain_ends[n]
        # An aside set off by commas may stand between the subject and its verb: "Impressions, as they relate to
        # social media and content, are the number of times your content is displayed".
        aside = _ASIDE_AFTER_A_SUBJECT.match(reading.text, end)
        verb_from = aside.end() if aside is not None else end
        # A subject that defines has a verb of [defines] among its first words after it: the others ("reach, saves
        # and ...") open no definition, whatever stands before them.
        after = _past_the_head(_WORDS.findall(reading.text, verb_from,
                                              min(sentence.end, verb_from + _HEADED_REACH_CHARS)))
        verb = next((k for k, w in enumerate(after[:_VERB_WORDS]) if w.lower() in verbs), None)
        if verb is None:
            continue
        if verb == 0 and _VALUE_AFTER.match(reading.text, verb_from):
            continue  # "The average open rate is 70%, and after each mailing ...": a value reported, no definition
        if end != h.end and verb + 1 < len(after) and after[verb + 1].lower() in _SPEAKER_OBJECTS:
            # What joined metrics tell the speaker is a reading of them, no definition: "Saves and shares tell me more
            # than likes do, plus how many people come back".
            continue
        lo = sentence.after_label(h.start)
        # The clause opens after the last comma or turn word before the metric, within the subject's reach.
        # (Only the words within reach of the metric are read, so each metric costs the same.)
        reach = max(lo, h.start - _OPENER_REACH_CHARS)
        before = [(w.group().lower(), w.start(), w.end()) for w in _WORDS.finditer(reading.text, reach, h.start)]
        if _opens_its_clause(reading.text, before, len(before), reach == lo, h.start, determiners, turns):
            openers.setdefault(index, []).append(verb_from)
            continue
        # One word naming what the metric is of may stand before it: "..., while post engagement describes ...".
        k = len(before)
        if k and before[k - 1][0] not in turns and before[k - 1][0] not in determiners and _opens_its_clause(
                reading.text, before, k - 1, reach == lo, before[k - 1][1], determiners, turns):
            openers.setdefault(index, []).append(verb_from)
    if not openers:
        return framed, named
    kept = [f for f in framed if not _defining(reading, openers, verbs, turns, f.start)]
    # A named metric told as part of what another is ("Conversion rate measures the percentage of users who take a
    # desired action", "First response time is the strongest predictor of customer satisfaction") is no metric
    # of its own either.
    # Only within the clause: "Engagement is up, and reach is down" names two.
    named = [h for h in named if not _defining(reading, openers, verbs, turns, h.start, in_clause=True)]
    return kept, named


_SPEAKER_OBJECTS = frozenset({"me", "us"})
# An aside right after a subject, set off by commas and opened by a word that subordinates it: ", as they relate to
# social media,", ", in short,", ", especially on Instagram,". A list's next item opens with none of them.
_ASIDE_AFTER_A_SUBJECT = re.compile(
    r",[ \t]*+(?:as|which|when|in|on|for|at|by|like|especially|particularly|i\.e\.|e\.g\.|that[ \t]++is)(?![\w'’])"
    r"[^,.;:!?\n]{0,60}+,", re.IGNORECASE)
# A figure right after the verb after a metric ("open rate IS 70%", "reach was about 4,000"): its value, not what it is.
_VALUE_AFTER = re.compile(r"[ \t]++[a-z]++[ \t]++(?:(?:about|around|roughly|nearly|almost|over|under|only|just|at)"
                          r"[ \t]++)?+[~≈]?+\d", re.IGNORECASE)
# What joins two metrics into one subject: "reach and impressions", "likes & shares", "CTR or conversion rate".
_SUBJECT_JOIN = re.compile(r"[ \t]++(?:and|or|&)[ \t]++", re.IGNORECASE)
# What ends a definition's clause before a named metric: "Engagement is up, and reach is down".
_CLAUSE_MARK = re.compile(r"[,;:()]|[ \t](?:and|or|but)[ \t]")


def _defining(reading: Reading, openers: dict[int, list[int]], verbs: frozenset[str], turns: frozenset[str],
              start: int, in_clause: bool = False) -> bool:
    """The mention at ``start`` stands after a named metric opening its clause and a verb of [defines] right after
    that metric, with no turn word between (and, ``in_clause``, no mark or joining word ending the clause)."""
    index = reading.layout.index_at(start)
    ends = openers.get(index, [])  # in reading order: the named metrics are sorted
    k = bisect.bisect_right(ends, start)
    if not k:
        return False
    end = ends[k - 1]
    if in_clause and _CLAUSE_MARK.search(reading.text, end, start):
        return False
    between = [w.lower() for w in _WORDS.findall(reading.text, end, start)]
    # "is also known as", "is also called": another name for the same metric, not a turn to one of its own.
    between = [w for k, w in enumerate(between)
               if not (w == "also" and k + 1 < len(between) and between[k + 1] in _OTHER_NAME)]
    return any(w in verbs for w in _past_the_head(between)[:_VERB_WORDS]) and not any(w in turns for w in between)


_OTHER_NAME = frozenset({"known", "called", "referred"})


# How far after a metric its defining verb is looked for past a head noun: "metric on Twitch counts".
_HEADED_REACH_CHARS = 60


@cache
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """metric_frames.toml [metric_heads] and [metric_head_places], lower case."""
    table = toml_table("metric_frames.toml")
    return (frozenset(w.lower() for w in table["metric_heads"]["all"]),
            frozenset(w.lower() for w in table["metric_head_places"]["all"]))


def _past_the_head(after: list[str]) -> list[str]:
    """The words after a metric's name, past a head noun naming it a metric and a place of one word after it ("The
    unique chatters METRIC ON TWITCH counts ..." defines unique chatters as "Reach counts ..." does)."""
    heads, places = _heads()
    if not after or after[0].lower() not in heads:
        return after
    if len(after) > 2 and after[1].lower() in places:
        return after[3:]
    return after[1:]


def _opens_its_clause(text: str, before: list[tuple[str, int, int]], k: int, at_start: bool, start: int,
                      determiners: frozenset[str], turns: frozenset[str]) -> bool:
    """The words ``before[:k]`` end where a clause opens, past at most _SUBJECT_WORDS determiners: the
    sentence's start (``at_start``: nothing else is before), a turn word or a comma."""
    n = k
    while k and before[k - 1][0] in determiners and n - k < _SUBJECT_WORDS:
        k -= 1
    return ((k == 0 and at_start) or (k > 0 and before[k - 1][0] in turns)
            or (k > 0 and "," in text[before[k - 1][2] : before[k][1] if k < n else start]))


# A gloss right after a metric: in brackets, "impressions (the number of times the tweet was seen)", or set off by a
# dash and opening with an article, "join-to-first-message rate — the share of joiners who post anything" (a dash
# with no article may part the items of a list: "reach – number of followers – saves").
_GLOSS_OPENS = re.compile(r"[ \t]*+(?:[(\[]|[—–][ \t]*+(?=(?:the|a|an)[ \t]))", re.IGNORECASE)
_BRACKET_CLOSES = frozenset(")]")
_DASH_CLOSES = frozenset("—–.;!?\n")
_GLOSS_REACH_CHARS = 160


def _not_glossed(text: str, framed: list[Framed], named: list[Hit]) -> list[Framed]:
    """A measure in a gloss opening right after a metric glosses that metric and is no metric of its own:
    "click-through rate (the number of people who click an ad divided by the number of times it appeared)",
    "impressions (number of times the tweet was seen)", "join-to-first-message rate — the share of joiners who post
    anything at all". Named metrics in such a gloss still count ("engagement (clicks, replies, retweets)" names its
    parts)."""
    if not framed:
        return framed
    ends = sorted([h.end for h in named] + [f.end for f in framed])
    kept = []
    for f in framed:
        i = bisect.bisect_right(ends, f.start) - 1
        if i >= 0 and f.start - ends[i] <= _GLOSS_REACH_CHARS:
            opened = _GLOSS_OPENS.match(text, ends[i])
            if opened is not None:
                closes = _BRACKET_CLOSES if text[opened.end() - 1] in "([" else _DASH_CLOSES
                if not any(c in closes for c in text[opened.end() : f.start]):
                    continue
        kept.append(f)
    return kept


def _one_mention(framed: list[Framed], named: list[Hit]) -> tuple[list[Framed], list[Hit]]:
    """A frame and a named metric over the same words are one mention, counted once: a named metric
    that holds the frame's words is that metric ("AVERAGE WATCH time" is watch time, not also a count of
    watching); a frame that holds a named metric is the frame's metric ("HOW QUICKLY COMPLAINTS get a
    first reply" is a response time, "how many FOLLOWERS engage" engagement), unless the frame only
    describes a thing ("GROWTH in Discord members" is the named growth). A frame that shares only some words with
    a named metric ("the bounce RATE of our landing pages") goes on it: one mention, the named metric."""
    spans = sorted((h.start, h.end) for h in named)
    kept: list[Framed] = []
    held: list[tuple[int, int]] = []
    for f in framed:
        i = bisect.bisect_left(spans, (f.end,)) - 1
        inside = []
        while i >= 0 and spans[i][1] > f.start:
            inside.append(spans[i])
            i -= 1
        if any(s <= f.start and f.end <= e for s, e in inside):
            continue  # the named metric holds the frame
        if any(s < f.start < e < f.end or f.start < s < f.end < e for s, e in inside):
            continue  # the two share words: "the bounce RATE OF OUR LANDING pages" is the bounce rate
        holds = [(s, e) for s, e in inside if f.start <= s and e <= f.end and (s, e) != (f.start, f.end)]
        if holds and f.key.startswith("described:"):
            continue
        held += holds
        kept.append(f)
    if not held:
        return kept, named
    dropped = set(held)
    return kept, [h for h in named if (h.start, h.end) not in dropped]


# An item of a list that names what was done, in at most this many words: "Accounts Reached".
_DONE_ITEM_WORDS = 4
_ITEM_WORD = re.compile(r"[^\W\d_][\w'’-]*+")


def _done_in_items(reading: Reading) -> list[tuple[str, int, int, bool, str]]:
    """List items that name a thing and what was done to it, as a report's rows do ("Accounts Reached",
    "Accounts Engaged", "Posts Saved", "External Link Taps"): the counted action ([actions] of
    metric_frames.toml) ending the item names the metric. Only a participle or a plural noun at the end,
    after a word that is no action: "Follow up" or "Reply fast" is advice. Counted in a list only."""
    words = frame_words()
    out: list[tuple[str, int, int, bool, str]] = []
    for run in _lists(reading):
        for i in run:
            sentence = reading.layout.sentences[i]
            # Counted as strings first (the same matches): most lines of a list are of another length.
            if not 2 <= len(_ITEM_WORD.findall(reading.text, sentence.start, sentence.end)) <= _DONE_ITEM_WORDS:
                continue
            items = list(_ITEM_WORD.finditer(reading.text, sentence.start, sentence.end))
            last, first = items[-1], items[0]
            low = last.group().lower()
            action = words.counted.at([low], 0)
            if action is None or action[1] != 1 or not low.endswith(("ed", "s")):
                continue
            if words.counted.at([first.group().lower()], 0) is not None:
                continue
            out.append((action[0], first.start(), last.end(), True, f'done to the item: "{last.group()}"'))
    return out


def _inside_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_left(spans, (end,)) - 1
    return i >= 0 and spans[i][1] > start


# A list after a metric cue ("KPI reports regarding keywords, web traffic, blogger outreach and engagement"):
# its items are split at these, and a short item between metrics is one too.
_LIST_SPLIT = re.compile(r"[ \t]*+(?:[,;&+]|\band\b|\bor\b|\bplus\b)[ \t]*+", re.IGNORECASE)
_LIST_OPENERS = frozenset({"regarding", "on", "of", "like", "including", "include", "includes", "such", "as",
                           "are", "is", "about", "for", "at", "into", "mainly", "mostly", "especially", "e", "g",
                           "i", "from", "to", "encompass", "encompasses", "cover", "covers", "comprise",
                           "comprises", "span", "spans"})
# Items that close a list rather than name something: "reach, likes, etc.", "and more", "and so on".
_LIST_CLOSERS = frozenset({"etc", "more", "others", "other", "stuff", "things", "everything", "anything", "so",
                           "similar", "lots", "usw", "etc.", "whatever", "all", "much", "many", "else"})
# Fillers and hedges between a list's items are no item: "what i watch, er, saves and reach".
_LIST_FILLERS = frozenset({"er", "erm", "um", "umm", "uh", "uhm", "hmm", "hm", "ah", "eh", "well", "basically",
                           "honestly", "probably", "maybe", "like", "yeah", "yes", "ok", "okay", "lol", "tbh",
                           "imo", "obviously", "actually", "really", "hmmm", "uhh", "ehm", "äh", "ähm", "euh", "bueno",
                           "pues", "bon", "tipo", "né", "also", "naja"})
# Idioms that close a list as "etc." does: "call volume, ticket counts, you name it".
_CLOSING_IDIOMS = frozenset({("you", "name", "it"), ("and", "so", "on"), ("and", "so", "forth"), ("what", "not"),
                             ("and", "the", "like"), ("the", "works"), ("the", "lot"), ("and", "such")})


def _closes_a_list(lowered: list[str]) -> bool:
    """An item of a list that only closes it: a closer or a filler word in it, or a closing idiom."""
    return any(w in _LIST_CLOSERS or w in _LIST_FILLERS for w in lowered) or any(
        tuple(lowered[-n:]) in _CLOSING_IDIOMS for n in (2, 3))


_LISTED_ITEM_WORDS = 2
_DOUBTFUL_ITEM_WORDS = 3
# An item this long runs on into a clause of its own, and the list ends with it: in "Metrics like First Response
# Time and Resolution Time aren't just numbers on a report, they decide whether customers walk away satisfied or
# frustrated" the words after the second metric are no items ("frustrated" is none).
_RUN_ON_ITEM_WORDS = 6
# How far after its cue a list is read: a bounded window, whatever the sentence's length.
_LIST_REACH = 240
# A cue that opens its list with a colon ("KPIs: ...", "What I report on: ..."), a few words between.
_PURPOSE_AFTER_ITEM = re.compile(r"[ \t]++(?:to|so|in[ \t]++order[ \t]++to|because|which|that)[ \t]", re.IGNORECASE)
_EXAMPLES_AFTER_CUE = re.compile(r"[ \t]++(?:like|such[ \t]++as|including|e\.g\.|for[ \t]++example|namely)(?![\w'’])",
                                 re.IGNORECASE)
# A colon a few words after a cue opens its list; so does a dash, as people write one for a colon ("the metrics you'd
# expect in customer management – contact profile, speed of response, ...").
_COLON_AFTER_CUE = re.compile(r"(?:[ \t]++[^\W\d_][\w'’]*+){0,5}?[ \t]*+(?::|(?<=[ \t])[–—-](?=[ \t]))[ \t]*+")
# A list the reply itself calls metrics: the cue is the word "metrics" (or "KPIs") and the list follows it as what
# they include or are ("Metrics include A, B and C", "the KPIs I report on are A, B and C", "metrics like A, B and
# C", "metrics around time-to-answer, AHT and first post resolution": what they are about is what they measure). Its
# items are metrics in whatever words, as "tools like X" makes X a tool. "Are" only after the
# candidate's own clause ("the metrics WE WATCH are"), so "metrics are useful, cheap and honest" lists nothing.
_METRIC_HEADS = frozenset({"metric", "metrics", "kpi", "kpis", "kpi's", "key performance indicator",
                           "key performance indicators", "performance indicator", "performance indicators"})
_NAMED_LIST_LEAD = re.compile(
    r"[ \t]++(?:(?:that[ \t]++|which[ \t]++)?(?:I|we)[ \t]++(?:[\w'’-]++[ \t]++){1,3}?(?:are|were|include|includes)"
    r"|(?:[\w'’-]++[ \t]++){0,2}?(?:include|includes|including|like|such[ \t]++as|e\.g\.|namely"
    r"|around|covering|regarding|concerning|related[ \t]++to))(?![\w'’])",
    re.IGNORECASE)


Mention = tuple[str, int, int, bool, str]

# Words no name of a metric holds, in the first item of a list called metrics: a pronoun or a verb of being there
# makes the words after the lead a clause, not a list ("metrics like THESE ARE useful, cheap and honest").
_CLAUSE_WORDS = frozenset({"this", "these", "that", "those", "it", "they", "them", "we", "i", "you", "he", "she",
                           "is", "are", "was", "were", "be", "been", "being", "can", "will", "would", "should",
                           "do", "does", "did", "have", "has", "had"})


# A word of _METRIC_HEADS one to five words before a list's colon or dash: "metrics that matter:", "the KPIs we
# report monthly:" (the longer heads first, so "key performance indicators" is read whole).
_HEAD_BEFORE_MARK = re.compile(
    r"(?<![\w'’])(?:"
    + "|".join(re.escape(head).replace(r"\ ", r"[ \t]++") for head in sorted(_METRIC_HEADS, key=len, reverse=True))
    + r")(?:[ \t]++[^\W\d_][\w'’-]*+){1,5}+[ \t]*+\Z", re.IGNORECASE)
_HEAD_REACH_CHARS = 90


def _names_things(text: str, start: int, end: int) -> bool:
    """Whether the first item of a list called metrics, from ``start``, is a name: no pronoun or verb of being in
    it."""
    split = _LIST_SPLIT.search(text, start, end)
    first = text[start : split.start() if split else end]
    return not any(w.group().lower() in _CLAUSE_WORDS for w in _ITEM_WORD.finditer(first))


# The words that set two groups side by side in one item of a list: "free vs paid membership", "new versus returning".
# "v" and "v's" as British writers shorten "versus" ("this year v's last year").
_VERSUS = frozenset({"vs", "vs.", "versus", "v", "v's", "v’s"})


def _compared_sides(lowered: list[str]) -> int:
    """How many words an item counts as: its own, or, for two groups compared by one word of _VERSUS standing between
    them ("free vs paid membership"), the longer side's."""
    at = [k for k, w in enumerate(lowered) if w in _VERSUS]
    if len(at) != 1 or at[0] in (0, len(lowered) - 1):
        return len(lowered)
    return max(at[0], len(lowered) - at[0] - 1)


@cache
def _small_words() -> frozenset[str]:
    """Words no item of a list of metrics is made of: the frames' small words."""
    words = frame_words()
    return words.not_things | words.skip | words.people | words.light | words.relative


# A bare list: at most this many words in the sentence and in each item, and at least _BARE_ITEMS items.
_BARE_LIST_WORDS = 24
_BARE_ITEM_WORDS = 8
_BARE_ITEMS = 3


def _list_items(text: str, start: int, end: int, examples: bool = False) -> list[tuple[int, int]]:
    """The items of a list between ``start`` and ``end``, split at _LIST_SPLIT. In a list of examples the last item
    ends where what the list is for begins: "... and channel activity TO identify emerging problems"."""
    items: list[tuple[int, int]] = []
    at = start
    for m in _LIST_SPLIT.finditer(text, start, end):
        items.append((at, m.start()))
        at = m.end()
    purpose = _PURPOSE_AFTER_ITEM.search(text, at, end) if examples else None
    items.append((at, purpose.start() if purpose else end))
    return items


def _until_one_runs_on(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items up to the first that runs on into a clause of its own (_RUN_ON_ITEM_WORDS), that one included:
    what follows it continues the sentence, not the list."""
    for n, (start, end) in enumerate(items):
        if len(_WORDS.findall(text, start, end)) > _RUN_ON_ITEM_WORDS:
            return items[: n + 1]
    return items


# An item of the list answering the metrics question, before a gloss in brackets, a colon or a dash: at most this
# many words ("active contributor longevity (github PRs, discord)").
_ANSWER_ITEM_WORDS = 4
_ITEM_GLOSS = re.compile(r"[ \t]*+(?:[(:]|[—–]|-[ \t])")


def _tool_and_channel_spans(reading: Reading) -> list[tuple[int, int]]:
    """Where the tools and channels the lists know stand, sorted: no item of a list of metrics is one of them."""
    lex = lexicons()
    return sorted((h.start, h.end) for h in lex.tools.find(reading.prepared) + lex.channels.find(reading.prepared))


def _answer_items(reading: Reading, answer: MetricsAnswer,
                  found: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The lines of a list answering the metrics question (answers.metrics_answer) that name no metric a list
    or a frame knows, when two other lines of it do: each is one too, as an item of a list of metrics is
    (_listed_items). With one known line the rest are doubtful (a person decides). A line is such an item only as a
    short noun phrase: not a tool or a channel, no small word alone, no sentence of prose."""
    lines = answer.items
    if len(lines) < 3:
        return [], []
    spans = sorted((start, end) for _, start, end, _, _ in found)
    known = [line for line in lines if _inside_any(line[0], line[1], spans)]
    if not known:
        return [], []
    small = _small_words()
    names: list[tuple[int, int]] | None = None
    unknown: list[tuple[str, int, int]] = []
    for start, end in lines:
        if (start, end) in known:
            continue
        ws = list(_ITEM_WORD.finditer(reading.text, start, end))
        gloss = _ITEM_GLOSS.search(reading.text, ws[0].end(), end) if ws else None
        ws = [w for w in ws if gloss is None or w.end() <= gloss.start()]
        rest = reading.text[ws[-1].end() : gloss.start() if gloss else end].strip(" \t.!") if ws else "x"
        lowered = [w.group().lower() for w in ws]
        if not 1 <= len(ws) <= _ANSWER_ITEM_WORDS or rest or all(w in small for w in lowered) or _closes_a_list(
                lowered):
            continue
        if names is None:
            names = _tool_and_channel_spans(reading)
        if _inside_any(ws[0].start(), ws[-1].end(), names):
            continue
        unknown.append((reading.text[ws[0].start() : ws[-1].end()], ws[0].start(), ws[-1].end()))
    items = [(f"listed:{phrase.lower()}", start, end, False, "an item of the list answering the metrics question")
             for phrase, start, end in unknown]
    if len(known) >= 2 and len(unknown) <= len(known):
        return items, []
    return [], [(key, start, end, False, f"{why}, unconfirmed") for key, start, end, _, why in items]


def _bare_lists(reading: Reading, spans: list[tuple[int, int]], cued: set[int]) -> list[tuple[int, int]]:
    """(sentence index, where its list starts) for each sentence with no cue that is a bare list of short items,
    two of them metrics found: "Video completion rate, story exits and the ratio of positive to negative
    comments." Each sentence is read once, only when two metrics stand in it."""
    counts: dict[int, int] = {}
    for start, _ in spans:
        index = reading.layout.index_at(start)
        counts[index] = counts.get(index, 0) + 1
    out = []
    for index, count in counts.items():
        if count < 2 or index in cued:
            continue
        sentence = reading.layout.sentences[index]
        lo = sentence.after_label()
        if len(_WORDS.findall(reading.text, lo, sentence.end)) > _BARE_LIST_WORDS:
            continue
        items = _list_items(reading.text, lo, sentence.end)
        if len(items) >= _BARE_ITEMS and all(
                len(_WORDS.findall(reading.text, a, b)) <= _BARE_ITEM_WORDS for a, b in items):
            out.append((index, lo))
    return out


def _listed_items(reading: Reading, found: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Short items of a list after a metric cue, where at least two other items are metrics: each is a
    metric too ("regarding KEYWORDS, web traffic, BLOGGER OUTREACH and social media engagement"). Only
    an item with a metric after it (one tacked on at the end, "reach, engagement, budget and deadlines",
    is not); not more of them than of metrics; not a tool, a channel, a small word or "etc."; a first
    item only after an opening word ("regarding", "such as", "on").

    Also the items that may be metrics but that the rules cannot confirm (calibrated doubt): the unknown
    items of a list with one metric in it, or of a list that a cue opens with a colon ("What I report on:
    story completion, link taps, DMs received"), wherever they stand in it."""
    lex = lexicons()
    cues = lex.metric_cues.find(reading.prepared)
    spans = sorted((start, end) for _, start, end, _, _ in found)
    # Where each list opens: after the last cue of its sentence, or, in a sentence that is a bare list with two
    # metrics in it and no cue ("Video completion rate, story exits and the ratio of positive to negative
    # comments."), at the sentence's start, read as a list a colon opens.
    opens: dict[int, tuple[int, bool]] = {}
    named: set[int] = set()  # the sentences whose list the reply calls metrics (_NAMED_LIST_LEAD)
    sentences = reading.layout.sentences
    for cue in cues:
        if _inside_any(cue.start, cue.end, spans):  # "the RATIO of positive comments" opens no list
            continue
        # A cue after every metric of its sentence opens nothing: "It includes activity, retention, contribution,
        # sentiment, and the context that turns DATA into insights" is a bare list (below), not one after "data".
        index = reading.layout.index_at(cue.start)
        after = bisect.bisect_left(spans, (cue.end, cue.end))
        before = bisect.bisect_left(spans, (sentences[index].start, sentences[index].start))
        if before < after and (after == len(spans) or spans[after][0] >= sentences[index].end):
            continue
        if index in named and cue.start < opens[index][0]:
            continue  # a cue inside the lead of a list called metrics: "the metrics I TRACK are"
        opens[index] = (cue.end, False)
        named.discard(index)
        if reading.language == "en" and reading.text[cue.start : cue.end].lower() in _METRIC_HEADS:
            lead = _NAMED_LIST_LEAD.match(reading.text, cue.end, reading.layout.sentences[index].end)
            if lead is not None:
                opens[index] = (lead.end(), False)
                named.add(index)
    for index, start in _bare_lists(reading, spans, set(opens)):
        opens[index] = (start, True)
    if not opens:
        return [], []
    small = _small_words()
    names: list[tuple[int, int]] | None = None
    out: list[Mention] = []
    doubtful: list[Mention] = []
    for index, (cue_end, bare) in opens.items():
        end_of_list = min(reading.layout.sentences[index].end, cue_end + _LIST_REACH)
        colon_after = None if bare else _COLON_AFTER_CUE.match(reading.text, cue_end, end_of_list)
        colon = bare or colon_after is not None
        # "Track metrics LIKE report volume, active user ratio, and channel activity": examples of metrics, every
        # item one, the last too (after "I track", "reach, engagement, budget and deadlines" tacks one on).
        called = index in named and _names_things(reading.text, cue_end, end_of_list)
        # "Five metrics that matter: Calls, Bookings, Directions": a colon a few words after the word "metrics" opens
        # a list the reply calls metrics too (a label, "Metrics:", opens the answer, read as the answer's list).
        headed_colon = False
        if not called and colon_after is not None and reading.language == "en":
            mark = colon_after.group().rstrip(" \t")
            at = colon_after.start() + len(mark) - 1
            called = headed_colon = (
                _HEAD_BEFORE_MARK.search(reading.text, max(sentences[index].start, at - _HEAD_REACH_CHARS), at)
                is not None and _names_things(reading.text, colon_after.end(), end_of_list))
        examples = called or (not colon and _EXAMPLES_AFTER_CUE.match(reading.text, cue_end, end_of_list) is not None)
        items = _list_items(reading.text, colon_after.end() if colon_after else cue_end, end_of_list, examples)
        items = _until_one_runs_on(reading.text, items)
        # A list the reply calls metrics names them however short ("KPIs like days on market and lead-to-tour
        # ratios"); any other list needs three items to be a list at all, and so does one after a colon, where two
        # unknown words may be slips of two names ("Metrics I track: rech and CRT").
        if len(items) < (2 if called and not headed_colon else 3):
            continue
        known = {item for item in items if _inside_any(item[0], item[1], spans)}
        last_known = max((n for n, item in enumerate(items) if item in known), default=-1)
        unknown: list[tuple[str, int, int]] = []
        after_last: list[tuple[str, int, int]] = []
        first = next((n for n, (start, end) in enumerate(items) if _ITEM_WORD.search(reading.text, start, end)), 0)
        for n, (start, end) in enumerate(items if colon or examples else items[:last_known]):
            if (start, end) in known:
                continue
            # A gloss in brackets names the item again: "Days on Market (DOM)" is the item "Days on Market".
            gloss = reading.text.find("(", start, end)
            if gloss > start:
                end = gloss
            ws = list(_ITEM_WORD.finditer(reading.text, start, end))
            if n == first and not (colon or called):
                # The list opens after its last opening word: "regarding KEYWORDS", and where the cue
                # ends its clause, "metrics, we talk about ACTIVITY".
                opener = max((k for k, w in enumerate(ws) if w.group().lower() in _LIST_OPENERS), default=-1)
                if opener < 0:
                    continue
                ws = ws[opener + 1 :]
            tail = reading.text[ws[-1].end() : end].strip(" \t.!)\"”’") if ws else "x"
            lowered = [w.group().lower() for w in ws]
            # "free vs paid membership": two groups compared, one metric, as long as its longer side.
            compared = _compared_sides(lowered)
            if not 1 <= compared <= _DOUBTFUL_ITEM_WORDS or tail:
                continue
            lowered = [w for w in lowered if w not in _VERSUS]
            if _closes_a_list(lowered) or (len(lowered) == 1 and _an_adverb(lowered[0])):
                continue  # "Metrics: Currently, you are aggregating all your replies, ...": an adverb, not an item
            # An item with a small word ("story completion", "DMs received") may be one only in a list
            # a colon opens ("going up" after "our metrics are" is not): a person decides.
            small_words = sum(w in small for w in lowered)
            # Two groups compared are a split of what the list counts, though each may be a small word ("free vs
            # paid membership"): not every word of it small is enough.
            versus = compared < len(ws)
            if small_words == len(lowered) or (small_words and not (colon or called or versus)):
                continue
            sure = called or (compared <= _LISTED_ITEM_WORDS and (not small_words or versus))
            if names is None:
                names = _tool_and_channel_spans(reading)
            if _inside_any(ws[0].start(), ws[-1].end(), names):
                continue
            phrase = reading.text[ws[0].start() : ws[-1].end()]
            if (n < last_known or examples) and sure:
                unknown.append((phrase, ws[0].start(), ws[-1].end()))
            else:
                after_last.append((phrase, ws[0].start(), ws[-1].end()))
        if called and unknown:
            out += [(f"listed:{phrase.lower()}", start, end, False, "an item of a list the reply calls metrics")
                    for phrase, start, end in unknown]
            unknown = []
        elif len(known) >= 2 and 0 < len(unknown) <= len(known):
            out += [(f"listed:{phrase.lower()}", start, end, False, "an item of a list of metrics")
                    for phrase, start, end in unknown]
            unknown = []
        elif not (known or colon):
            continue
        doubtful += [(f"listed:{phrase.lower()}", start, end, False, "an item of a list of metrics, unconfirmed")
                     for phrase, start, end in unknown + after_last]
    return out, doubtful


# Nouns ending in -ly, which an adverb's ending would otherwise claim.
_NOUNS_IN_LY = frozenset({"reply", "supply", "family", "anomaly", "assembly", "rally", "ally", "monopoly", "italy"})


def _an_adverb(word: str) -> bool:
    """A word of five letters or more ending in -ly and no noun: "currently", "lately", "honestly"."""
    return len(word) >= 5 and word.endswith("ly") and word not in _NOUNS_IN_LY


# A name in capitals with a word saying it is a metric after it: "KPIs like the People Talking About This measure",
# "the Net Promoter Score", "our Community Health Index". The head is read first (a plain space starts the pattern,
# so the engine skips to spaces; a text holding none of its words is not scanned, patterns.may_match), then the
# capitalised words before it.
_HEAD_OF_A_NAME = re.compile(r"[ \t](?:measure|metric|KPI|kpi|score|Score|index|Index)(?![\w'’])")
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*+[ \t]++){2,6}+\Z")
_NAME_LEADS = frozenset({"The", "A", "An", "Our", "My", "Their", "Your", "This", "That"})
_NAME_REACH_CHARS = 80
_WORD_AND_SPACE = re.compile(r"\S++[ \t]++")


def _named_by_a_head(text: str) -> list[Mention]:
    """Metrics named in capitals before a head word that says they are one (_HEAD_OF_A_NAME): each is a metric of
    its own, whatever lists know it ("People Talking About This measure"). Two capitalised words at least, a
    leading determiner set aside."""
    out: list[Mention] = []
    for m in _HEAD_OF_A_NAME.finditer(text):
        name = _CAPITALISED_BEFORE.search(text, max(0, m.start() - _NAME_REACH_CHARS), m.start() + 1)
        if name is None:
            continue
        start = name.start()
        words = text[start : m.start()].split()
        if words[0] in _NAME_LEADS:
            start = _WORD_AND_SPACE.match(text, start).end()  # type: ignore[union-attr]  # a word starts there
            words = words[1:]
        if len(words) < 2:
            continue
        out.append((f"named:{' '.join(words).lower()}", start, m.end(), False, "named as a metric by its head word"))
    return out


# The candidate calling something their metric: "A saved post is my most cherished metric", "time to first reply
# is our north-star KPI". English. Read from the head word (plain letters, which a scan skips to), then the verb
# and the possessive before it.
_CALLED_HEAD = re.compile(r"(?:metric|KPI|kpi|measure|number|stat)s?+(?![\w'’])")
_CALLED_BEFORE = re.compile(r"[ \t](?:is|are|remains|remain)[ \t]++(?:my|our)[ \t]++(?:[\w'’-]++[ \t]++){0,3}?\Z")
_CALLED_REACH_CHARS = 60
_SUBJECT_REACH_CHARS = 60
_CLAUSE_OPENS = re.compile(r".*[.!?\n;:,()]", re.DOTALL)
_CALLED_LEADS = frozenset({"a", "an", "the", "my", "our", "their", "your"})
_NOT_A_SUBJECT = frozenset({"it", "this", "that", "which", "what", "these", "those", "they", "there", "here",
                            "one", "mine", "ours"})
_CALLED_WORDS = 4


# A question the candidate calls their metric, after a dash or a colon: "For me the most important measurement - are
# the customers actually leaving happy or satisfied?", "Our key metric: do newcomers come back?". The head word (plain
# letters, which a scan skips to), a lead word before it that makes it the candidate's or ranks it, and the question
# within its line.
_HEAD_THEN_QUESTION = re.compile(r"(?:metric|KPI|kpi|measure|measurement|number|indicator)s?+[ \t]*+[-–—:][ \t]*+"
                                 r"([^.!?\n]{3,200}?)\?")
_CALLED_RANK_BEFORE = re.compile(r"(?<![\w'’])(?:my|our|key|main|favou?rite|top|important|biggest|first|one)[ \t]++"
                                 r"(?:[\w'’-]++[ \t]++){0,2}?\Z", re.IGNORECASE)
_CALLED_RANK_REACH_CHARS = 40


# A line whose label numbers it as a metric, then the metric's name alone: "Metric #1: Monthly Listeners", "KPI 2 -
# Playlist Adds", "Metric three: Saves". The name is a metric of its own, in whatever words, as under a heading the
# candidate gave it. English; any case.
_NUMBERED_AS_A_METRIC = re.compile(
    r"^[ \t>*•·\-]*+(?:metric|kpi|measure)[ \t]*+(?:#[ \t]*+\d{1,2}|no\.?[ \t]*+\d{1,2}|\d{1,2}|one|two|three|four"
    r"|five|six)[ \t]*+[:.)\-–—][ \t]*+(?P<name>[^\W\d_][^\n.!?:;,()]{0,40}?)[ \t]*+$",
    re.IGNORECASE | re.MULTILINE)
_NUMBERED_NAME_WORDS = 4


def _numbered_as_metrics(reading: Reading) -> list[Mention]:
    """The names under labels that number them as metrics (_NUMBERED_AS_A_METRIC). A reply without "metric",
    "kpi" or "measure" in it is not searched (the pattern starts at every line)."""
    lowered = reading.prepared.lower
    if "metric" not in lowered and "kpi" not in lowered and "measure" not in lowered:
        return []
    out: list[Mention] = []
    for m in _NUMBERED_AS_A_METRIC.finditer(reading.text):
        name = m.group("name")
        if not 1 <= len(name.split()) <= _NUMBERED_NAME_WORDS:
            continue
        why = "numbered as a metric by its label"
        out.append((f"named:{name.lower()}", m.start("name"), m.end("name"), False, why))
    return out


def _questions_called_metrics(text: str) -> list[Mention]:
    """The questions the candidate calls a metric of theirs (_HEAD_THEN_QUESTION): each is one metric, in whatever
    words it asks."""
    out: list[Mention] = []
    for m in _HEAD_THEN_QUESTION.finditer(text):
        if _CALLED_RANK_BEFORE.search(text, max(0, m.start() - _CALLED_RANK_REACH_CHARS), m.start()) is None:
            continue
        question = m.group(1).strip()
        start = m.start(1) + m.group(1).index(question[:1])
        out.append((f"asked:{question.lower()}", start, start + len(question), False,
                    "a question the candidate calls their metric"))
    return out


def _called_metrics(reading: Reading) -> list[Mention]:
    """What the candidate calls their metric ("A saved post is my most cherished metric"): its subject is a metric
    of its own, in whatever words, as a head word makes a name one (_named_by_a_head). The subject is the few words
    opening the clause before the verb, a determiner set aside; never a pronoun. Also a question called so
    (_questions_called_metrics)."""
    text = reading.text
    out: list[Mention] = []
    if reading.language != "en":
        return out
    if "?" in text:  # what a question needs, looked for at C speed first
        out += _questions_called_metrics(text)
    if " my " not in text and " our " not in text:
        return out  # the possessive the verb needs, looked for at C speed first
    for head in _CALLED_HEAD.finditer(text):
        verb = _CALLED_BEFORE.search(text, max(0, head.start() - _CALLED_REACH_CHARS), head.start())
        if verb is None:
            continue
        lo = max(0, verb.start() - _SUBJECT_REACH_CHARS)
        opened = _CLAUSE_OPENS.match(text, lo, verb.start())
        start = opened.end() if opened else lo
        words = text[start : verb.start()].split()
        while words and words[0].lower() in _CALLED_LEADS:
            words = words[1:]
        if not 1 <= len(words) <= _CALLED_WORDS or words[0].lower() in _NOT_A_SUBJECT:
            continue
        begin = text.index(words[0], start)
        # "A saved post is my most cherished metric": a thing named by the action done to it is that action's count,
        # one metric with "saves" said elsewhere (synonyms count once).
        group = acted_as(words[0]) if len(words) > 1 and words[0].lower().endswith("ed") else None
        key = group or f"named:{' '.join(words).lower()}"
        out.append((key, begin, verb.start(), False, "called a metric by the candidate"))
    return out


# Between a network's name and the count of it: "YouTube views", "Twitter's reach".
_NETWORK_GAP = re.compile(r"(?:['’]s)?+[ \t]++")


# The longest word of metric_frames.toml [counted_on] and a character before it.
_COUNTED_ON_REACH_CHARS = 16


@cache
def _counted_on() -> re.Pattern[str]:
    """metric_frames.toml [counted_on] as one pattern of a whole word ending where it matches."""
    words = sorted(toml_table("metric_frames.toml")["counted_on"]["en"], key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in words) + r")\Z", re.IGNORECASE)


def _of_a_network(reading: Reading, named: list[Hit]) -> set[int]:
    """Where an everyday word that may name a metric ("views", "reach", "likes") stands right after a network's
    name: "YouTube views", "the highest Twitter reach" count something on that network, whatever the sentence
    says around them, as "reach out" or "views on" never do. So does one right after what it counts on ("blog
    views", "story views": metric_frames.toml [counted_on]), in English."""
    everyday = [h for h in named if h.entry.needs_context]
    if not everyday:
        return set()
    ends = {h.end for h in lexicons().channels.find(reading.prepared)}
    if reading.language == "en":
        counted_on = _counted_on()
        for h in everyday:  # "blog views": the word it counts on ends one space before it
            space = h.start - 1
            if space > 0 and reading.text[space] == " " and counted_on.search(
                    reading.text, max(0, space - _COUNTED_ON_REACH_CHARS), space):
                ends.add(space)
    if not ends:
        return set()
    out = set()
    for h in everyday:
        for end in range(max(0, h.start - 4), h.start):
            if end in ends and _NETWORK_GAP.fullmatch(reading.text, end, h.start):
                out.add(h.start)
                break
    return out


def _found(reading: Reading, answer: MetricsAnswer) -> tuple[list[Mention], set[int], list[int], list[Mention]]:
    """Every metric mention: (key, start, end, needs context, why), the quantity sentences, where each
    count ("the number of people who ...") starts, and the list items that may be metrics (doubtful)."""
    lex = lexicons()
    blockers = lex.not_metrics.find(reading.prepared)
    named = [h for h in lex.metrics.find(reading.prepared) if not _name_blocked(h, blockers)]
    more = _misspelt().find(reading.prepared, reading.language) + _compounds().find(reading.prepared, reading.language)
    named = sorted(named + [h for h in more if not _overlaps(h.start, h.end, named)], key=lambda h: h.start)
    small = _typed_in_lower_case(reading, named) + _singular_lists(reading, named)
    if small:
        named = sorted(named + small, key=lambda h: h.start)
    named = _growth_alone(reading, named)
    named = [h for h in named if not _time_taken(reading, h)]
    named = _in_a_state(reading, named)
    framed, quantity_sentences = framed_metrics(reading, [(h.start, h.end) for h in named])
    subjects = sorted(f.subject for f in framed if f.subject[1] > f.subject[0])
    named = [h for h in named if not _inside(h.start, h.end, subjects)]
    framed, named = _one_mention(framed, named)
    framed, named = _not_definitions(reading, framed, named)
    framed = _not_glossed(reading.text, framed, named)
    of_a_network = _of_a_network(reading, named)
    found = [(h.key, h.start, h.end, h.entry.needs_context and h.start not in of_a_network, _NAMED) for h in named]
    found += [(f.key, f.start, f.end, not f.certain, f.why) for f in framed if not _blocked(f, blockers)]
    taken = sorted((start, end) for _, start, end, _, _ in found)
    found += [item for item in _done_in_items(reading) if not _inside_any(item[1], item[2], taken)]
    if may_match(_HEAD_OF_A_NAME, reading.text) and _HEAD_OF_A_NAME.search(reading.text):
        taken = sorted((start, end) for _, start, end, _, _ in found)
        found += [item for item in _named_by_a_head(reading.text) if not _inside_any(item[1], item[2], taken)]
    called = _called_metrics(reading) + _numbered_as_metrics(reading)
    if called:
        spans = SpanSet((start, end) for _, start, end, _, _ in found)
        found += [item for item in called if not spans.overlaps(item[1], item[2])]
    found.sort(key=lambda item: item[1])
    listed, doubtful = _listed_items(reading, found)
    found += listed
    answered, unsure = _answer_items(reading, answer, found)
    found += answered
    if unsure:
        listed_doubts = [(start, end) for _, start, end, _, _ in doubtful]
        doubtful += [item for item in unsure if not _inside_any(item[1], item[2], listed_doubts)]
    found.sort(key=lambda item: item[1])
    # A count, or who is counted by what they do ("Monthly active users: anyone who posted that month"), opens
    # a definition under a label.
    counts = sorted([*(f.start for f in framed if f.counted or f.subject[1] > f.subject[0]),
                     *(m.start() for m in _SHARE_OF.finditer(reading.text))])
    return found, quantity_sentences, counts, doubtful


# A share or a ratio opens a definition as a count does: "Engagement Rate: percentage of interactions (likes,
# comments, saves) over followers", "Tasa de engagement: porcentaje de interacciones ...".
_SHARE_WORDS = ("percentage", "percent", "proportion", "share", "ratio", "porcentaje", "proporción", "proporcion",
                "pourcentage", "proportion", "part", "porcentagem", "proporção", "proporcao")
_SHARE_OF_TAIL = r"[ \t]++(?:of|de|des|du|da|do|dos|das)(?![\w'’])"
_SHARE_WORDS_ALONE = ("Anteil", "Prozentsatz")
# As r"(?<![\w'’])(?:<share words>)<tail>|(?<![\w'’])(?:Anteil|Prozentsatz)(?![\w'’])" ignoring case, written to
# start with its first letters as a case-ignoring pattern reads them ("ſ" is an "s" to it), the rest grouped by
# them in the same order: a pattern that starts with a test of what stands before and ignores case is tried at
# every character of the reply (10 KB of dashes: about 25 M instructions), this one only where one of them stands.
def _share_of() -> re.Pattern[str]:
    branches = []
    for first in "psra":
        rests = [w[1:] + _SHARE_OF_TAIL for w in _SHARE_WORDS if w[0] == first]
        rests += [w[1:].lower() + r"(?![\w'’])" for w in _SHARE_WORDS_ALONE if w[0].lower() == first]
        branches.append(f"(?<={first})(?:{'|'.join(rests)})")
    return re.compile(rf"[pPsSſrRaA](?i:(?<![\w'’].)(?:{'|'.join(branches)}))")


_SHARE_OF = _share_of()
# How far after a metric's label a count may start and still define it: "Likes: the number of people
# who ..." (a few words: "Reach: basically the number of ...").
_DEFINITION_REACH = 40


def _definitions(reading: Reading, found: list[tuple[str, int, int, bool, str]],
                 counts: list[int]) -> list[tuple[int, int, int]]:
    """Labelled definitions, (start, end, label end), label and body as one span: under a label that names a metric
    ("Organic Reach:"), or a metric opening its sentence with a dash after it ("Inbound volume — Count of incoming
    messages"), a body that opens with a count ("The number of people that see a post ...") says what the metric
    is. The metrics in the body are the label's, not more of them; and a metric defined by a count is one, in any
    sentence."""
    out: list[tuple[int, int, int]] = []
    starts = sorted(start for _, start, _, _, _ in found)
    ends = {start: end for _, start, end, _, _ in found}
    sentences = reading.layout.sentences
    for n, sentence in enumerate(sentences):
        if sentence.label is not None and sentence.start <= sentence.label[0] < sentence.end:
            label_start, label_end = sentence.label
            heading = _heading_defined(reading, sentences, n, starts, ends)
            if heading is not None:
                # "First Response Time / Definition: How long a customer waits ...": the line before names the metric
                # the labelled sentence defines, whatever it holds; the span runs from that name to its end.
                out.append((heading[0], sentence.end, heading[1]))
                continue
        else:
            # A metric opening the sentence, then a dash: "Response volume — Count of responses issued by the brand".
            i = bisect.bisect_left(starts, sentence.start)
            if i == len(starts) or starts[i] >= sentence.end:
                continue
            dash = _DASH_GLOSS.match(reading.text, ends[starts[i]])
            if dash is None or reading.text[sentence.start : starts[i]].strip(_OPENING_MARKS):
                continue
            label_start, label_end = starts[i], dash.end()
        i = bisect.bisect_left(starts, label_start)
        if i == len(starts) or starts[i] >= label_end:
            continue  # the label names no metric
        j = bisect.bisect_left(counts, label_end)
        if j < len(counts) and counts[j] - label_end <= _DEFINITION_REACH and counts[j] < sentence.end:
            out.append((label_start, _definition_end(reading.text, counts[j], sentence.end, starts), label_end))
    return out


# What may follow a metric that is its line's whole text: a short name in brackets ("Customer Satisfaction (CSAT)")
# and a colon.
_HEADING_TAIL = re.compile(r"[ \t]*+(?:\([^()\n]{1,24}\)[ \t]*+)?:?[ \t]*+$")


def _heading_defined(reading: Reading, sentences: Sequence[Sentence], n: int, starts: list[int],
                     ends: dict[int, int]) -> tuple[int, int] | None:
    """Sentence ``n`` opens with a text label ("Definition:", metric_frames.toml [text_labels]) and the sentence before
    it is one metric's name on a line of its own ("First Response Time", "Customer Satisfaction (CSAT)"): that name,
    as a span, which the label's text defines. Else None."""
    if n == 0:
        return None
    sentence = sentences[n]
    assert sentence.label is not None
    named = _WORDS.findall(reading.text, *sentence.label)
    if len(named) != 1 or named[0].lower() not in _text_labels():
        return None
    before = sentences[n - 1]
    text = reading.text
    i = bisect.bisect_left(starts, before.start)
    if i == len(starts) or starts[i] >= before.end or text[before.start : starts[i]].strip(_OPENING_MARKS):
        return None
    end = ends[starts[i]]
    if not _HEADING_TAIL.match(text[end : before.end].rstrip("\n")):
        return None
    return starts[i], end


# A label of at most this many words, that no list knows, defined by a count right after it names a metric.
# Words of the speaker in a label make it the head of an answer, not a metric's name.
_SPEAKERS = frozenset({"i", "we", "you", "me", "us", "my", "our", "your", "ich", "wir", "mir", "uns", "je", "nous",
                       "yo", "nosotros", "eu", "nós"})
_DEFINED_LABEL_WORDS = 4


@cache
def _text_labels() -> frozenset[str]:
    """metric_frames.toml [text_labels], every language, lower case."""
    return frozenset(w.lower() for ws in toml_table("metric_frames.toml")["text_labels"].values() for w in ws)


def _labels_defined_by_a_count(reading: Reading, found: list[Mention],
                               counts: list[int]) -> tuple[list[Mention], list[tuple[int, int]]]:
    """A line's label that no list knows, defined by a count right after it ("Live views — How many views your
    stream got", "Peak chatters: the number of people who typed at the busiest moment"), names a metric of its own:
    the count says what it measures, and the metrics inside the count are its parts. Labels naming a question
    ("Metrics:", "Tip:") name none. (The mentions, and the definitions' bodies, as spans.)"""
    if not counts:
        return [], []
    text = reading.text
    spans = SpanSet((start, end) for _, start, end, _, _ in found)
    c = cues()
    mentions: list[Mention] = []
    bodies: list[tuple[int, int]] = []
    for sentence in reading.layout.sentences:
        label = sentence.label
        if label is None or not sentence.start <= label[0] < sentence.end or spans.overlaps(*label):
            continue
        named = _WORDS.findall(text, *label)
        if not named or len(named) > _DEFINED_LABEL_WORDS:
            continue
        j = bisect.bisect_left(counts, label[1])
        if j == len(counts) or counts[j] - label[1] > _DEFINITION_REACH or counts[j] >= sentence.end:
            continue
        if (j + 1 < len(counts) and counts[j + 1] < sentence.end) or spans.overlaps(label[1], counts[j]):
            # A list under a heading ("Wichtig sind mir: wie viele ..., wie oft ...", "Every Friday: reach, saves, and
            # the share of ..."), no definition.
            continue
        if any(w.lower() in _SPEAKERS for w in named):
            continue  # "What I watch: ...", "Was wir messen: ..." head an answer
        if len(named) == 1 and named[0].lower() in _text_labels():
            continue  # "Definition: the number of people who ...": the label heads the text, the count is the metric
        said = text[label[0] : label[1]]
        if any(label_matches(m, said) for m in (*c.topics.values(), c.tip_question)):
            continue
        mentions.append(("defined:" + " ".join(w.lower() for w in named), *label, False,
                         "defined by a count after it: " + text[counts[j] : sentence.end].strip()[:60]))
        bodies.append((label[1], sentence.end))
    return mentions, bodies


# A list going on after a definition: a comma or a semicolon, then maybe "and" or "or", then a metric.
_NEXT_ITEM = re.compile(r"[,;][ \t]*+(?:(?:and|or|y|o|und|oder|et|ou|e)[ \t]++)?+")


def _definition_end(text: str, count: int, end: int, starts: list[int]) -> int:
    """Where a definition opening with a count at ``count`` ends: at the sentence's end, or where a list of metrics
    goes on after it ("For me it's about retention: how many customers come back within 90 days, churn rate, and
    lifetime value" defines retention, then names two more)."""
    for m in _NEXT_ITEM.finditer(text, count, end):
        if text.count("(", count, m.start()) > text.count(")", count, m.start()):
            continue  # inside brackets: "percentage of interactions (likes, comments, shares) over followers"
        k = bisect.bisect_left(starts, m.end())
        if k < len(starts) and starts[k] == m.end():
            return m.start()
    return end


# A dash after a metric that opens its sentence: what follows glosses it.
_DASH_GLOSS = re.compile(r"[ \t]*+[—–][ \t]*+|[ \t]++-[ \t]++")
# What may stand before that metric: list marks and spaces.
_OPENING_MARKS = " \t\n>*•·-–—0123456789.)("


# A formula: "=" then an expression with an arithmetic operator, up to the end of its line, a ";" or a full stop
# and a space ("engagement_rate = (posts + replies + reactions) / MAU").
_FORMULA_BODY = re.compile(r"[^\n=;]{1,160}?(?=[\n;]|\.(?:\s|$)|$)")
# An "=" its body may follow: the body's first character is no line break, "=" or ";". A rule of "=" signs
# ("=====" under a heading, 5 KB of them) has none, and the engine skips over it at C speed, where each "=" was
# a Python step and a failed match.
_FORMULA_SIGN = re.compile(r"=(?=[^\n=;])")
_OPERATORS = frozenset("+*/×÷")
_OPERATOR_CHARACTERS = tuple(_OPERATORS)


def _formulas(text: str) -> list[tuple[int, int]]:
    """Where the right-hand sides of formulas stand: the metrics in them are the parts of the metric the formula
    defines ("engagement_rate = (posts + replies + reactions) / MAU" defines one rate from four counts), not more
    metrics of the candidate's."""
    out: list[tuple[int, int]] = []
    # A body holds an operator, which a text with none lacks: each "=E2" of a quoted-printable escape written out was
    # read up to 160 characters on for its body.
    if not any(operator in text for operator in _OPERATOR_CHARACTERS):
        return out
    for sign in _FORMULA_SIGN.finditer(text):
        body = _FORMULA_BODY.match(text, sign.end())
        if body is not None and not _OPERATORS.isdisjoint(body.group()):
            out.append((sign.end(), body.end()))
    return out


# A ratio of two counts is one metric: "the ratio of daily active users to total members", "the ratio between
# comments and likes", "the follower-to-following ratio". The counts inside are its parts, not more metrics. The
# stretch between "ratio of" and its "to" stays inside one clause and a bounded length, so the scan stays linear.
# Read from each "ratio" (_RATIO: the "R" comes before the test of what stands before it, so a scan skips to it; a
# text without "atio" is not scanned, patterns.may_match).
_RATIO_OF = re.compile(r"[ \t]++(?:of|between)[ \t]++[^.!?;:,\n]{1,80}?[ \t](?:to|and|vs\.?|versus|over|against)"
                       r"(?=[ \t])")
_RATIO = re.compile(r"[Rr](?<![\w'’].)atios?+(?![\w'’])")
# The counts before "ratio": "follower-to-following ratio", "DAU to MAU ratio" (read back from "ratio", at most
# _TO_RATIO_REACH_CHARS).
_TO_RATIO = re.compile(r"(?<![\w'’])[\w'’]++(?:[ \t]*+[-–][ \t]*+to[ \t]*+[-–][ \t]*+|[ \t]++to[ \t]++)[\w'’]++"
                       r"[ \t]*+[-–]?[ \t]*+\Z")
_TO_RATIO_REACH_CHARS = 60
# The second count of "ratio of A to B" runs on for at most this many words, up to a word that ends it.
_RATIO_TAIL_WORDS = 4
_RATIO_TAIL_WORD = re.compile(r"[ \t]++([\w'’-]++)")
_RATIO_TAIL_ENDS = frozenset({"and", "or", "is", "are", "was", "were", "which", "that", "as", "in", "on", "at",
                              "with", "by", "each", "every", "because", "since", "so", "but"})


def _ratios(text: str) -> list[tuple[int, int]]:
    """Where ratios of two counts stand, each as one span: "ratio of A to B" with its second count (_RATIO_OF), and
    "A-to-B ratio" (_TO_RATIO)."""
    out: list[tuple[int, int]] = []
    for ratio in _RATIO.finditer(text) if may_match(_RATIO, text) else ():
        before = _TO_RATIO.search(text, max(0, ratio.start() - _TO_RATIO_REACH_CHARS), ratio.start())
        if before is not None:
            out.append((before.start(), ratio.end()))
        m = _RATIO_OF.match(text, ratio.end())
        if m is None:
            continue
        end = m.end()
        for _ in range(_RATIO_TAIL_WORDS):
            word = _RATIO_TAIL_WORD.match(text, end)
            if word is None or word.group(1).lower() in _RATIO_TAIL_ENDS:
                break
            end = word.end()
        out.append((ratio.start(), end))
    return sorted(out)


def _one_per_ratio(found: list[Mention], ratios: list[tuple[int, int]]) -> list[Mention]:
    """The mentions with only the first of each ratio's counts kept: the ratio is one metric."""
    kept: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for item in sorted(found, key=lambda item: item[1]):
        i = bisect.bisect_right(ratios, (item[1], _FAR)) - 1
        ratio = ratios[i] if i >= 0 and item[2] <= ratios[i][1] else None
        if ratio is not None:
            if ratio in seen:
                continue
            seen.add(ratio)
        kept.append(item)
    return kept


# How far apart two names of one metric may stand, the words giving the other name between them.
_OTHER_NAME_REACH_CHARS = 60


@cache
def _other_name_between() -> re.Pattern[str]:
    """What stands between a metric and another name given to it: a comma, bracket or dash, "is" or "are", the
    words of metric_frames.toml [other_names], a determiner."""
    table = toml_table("metric_frames.toml")
    phrases = sorted({p for ps in table["other_names"].values() for p in ps}, key=len, reverse=True)
    words = "|".join(r"[ \t]++".join(re.escape(w) for w in p.split()) for p in phrases)
    dets = "|".join(re.escape(d) for d in sorted(set(table["other_names_determiners"]["all"]), key=len, reverse=True))
    return re.compile(rf"[ \t]*+(?:[,(\u2013\u2014-][ \t]*+)?(?:(?:is|are|es|est|ist|é)[ \t]++)?(?:{words})"
                      rf"[ \t]++(?:(?:{dets})[ \t]++)?", re.IGNORECASE)


def _other_names(text: str, found: list[Mention]) -> list[Mention]:
    """A metric given as another name of the one just before it ("share of voice, also known as the number of
    conversations about your brand") is that metric again: it counts once, whether or not the first opens its
    clause (a full stop left out: "... not just absolute numbers Share of voice is also known as ...")."""
    if not found:
        return found
    between = _other_name_between()
    kept = [found[0]]
    for item in found[1:]:
        end = kept[-1][2]
        if end <= item[1] <= end + _OTHER_NAME_REACH_CHARS and between.fullmatch(text, end, item[1]):
            continue
        kept.append(item)
    return kept


def find_metrics(reading: Reading, doubt_below: int = 0) -> Finding:
    """``doubt_below``: when fewer metrics than this are counted, also list the doubtful items."""
    request = _request_sentences(reading)
    answer = metrics_answer(reading)
    found, quantity_sentences, counts, doubtful = _found(reading, answer)
    found = [f for f in found if not _not_the_candidates(reading, f[1], f[2], request)]
    formulas = _formulas(reading.text) if "=" in reading.text else []
    if formulas:
        found = [f for f in found if not _inside_any(f[1], f[2], formulas)]
    ratios = _ratios(reading.text)
    if ratios:
        found = _one_per_ratio(found, ratios)
    found = _other_names(reading.text, found)
    defined = _definitions(reading, found, counts)
    if defined:
        labels = [(start, label_end) for start, _, label_end in defined]
        spans = [(start, end) for start, end, _ in defined]
        found = [(k, s, e, False, w) if _inside(s, e, labels) else (k, s, e, c, w)
                 for k, s, e, c, w in found if _inside(s, e, labels) or not _inside(s, e, spans)]
    labelled, bodies = _labels_defined_by_a_count(reading, found, counts)
    if labelled:
        found = sorted([f for f in found if not _inside(f[1], f[2], bodies)] + labelled, key=lambda item: item[1])
    # What is said where the reply answers the metrics question is about metrics, as under a label naming them.
    context = _with_labels(reading, _cue_sentences(reading) | quantity_sentences) | answer.sentences
    per_sentence = Counter(reading.layout.index_at(start) for _, start, _, _, _ in found)
    certain: set[int] | None = None  # the sentences naming a certain metric, read at the first everyday word
    context |= _listed(reading, per_sentence)
    context |= _opening_the_next_sentence(reading, found, context)
    if reading.language == "en":
        context |= _figure_reports(reading)
    counted: list[tuple[str, int, int]] = []
    notes: list[str] = []
    why: dict[str, str] = {}
    generic: list[str] = []
    # The metrics denied in each sentence: named again later in it, they stay denied ("It is not important how many
    # fans your page has, but how many interactions you have with your fans").
    denied: set[tuple[int, str]] = set()
    for k, (key, start, end, needs_context, how) in enumerate(found):
        index = reading.layout.index_at(start)
        # An everyday word ("users", "interactions", "reach") is a metric in a sentence about metrics, one that
        # names a certain metric too, or as an item of a list ("reach, likes and comments"). Two everyday words
        # apart in one sentence are no list: "users enjoy the interactions with each other" measures nothing.
        if needs_context and index not in context:
            if certain is None:
                # A metric named for sure, or a word set in quote marks as a term ("a ‘share’ says more than a
                # ‘like’"), makes its sentence one about metrics.
                certain = {reading.layout.index_at(s) for _, s, e, needs, _ in found
                           if not needs or _quoted(reading.text, s, e)}
            if (index not in certain and not _in_a_list(found, k, index, reading)
                    and not _ranked_by(reading.text, start)):
                continue
        words = reading.text[start:end]
        if needs_context and _people_acting(reading, start, end):
            notes.append(f"people who act, not a count of them: {words}")
            continue
        if needs_context and _a_verb_after_its_subject(reading, start, end):
            notes.append(f"a verb after its subject, not a count: {words}")
            continue
        cancelled = reading.negation.cancelling(start, end, compared=False)
        if cancelled and (_reported_as_few(reading, cancelled, start) or _level_reported(reading, cancelled, start, end)
                          or cancelled.cue.lower() in _recommending()):
            # "I have not had any link clicks": the figure of a metric watched; "I recommend tracking reach": one
            # held worth watching.
            cancelled = None
        if cancelled and not (cancelled[1] and taken_up_after(reading, end)):
            if cancelled[1] and in_the_generic_voice(cancelled[0]):
                # "Most social media managers track engagement rate": maybe the candidate's answer, maybe not.
                notes.append(f"what people in general watch, maybe the candidate's: {cancelled[0]} … {words}")
                generic.append(words)
                continue
            if cancelled[1] and reading.language != "en":
                # "Debe saber interpretar KPI's como engagement rate, alcance ...": required or weighed; in a
                # language whose lists are thinner the rest of the reply may take it up in words they do not know
                # (issue 9 item 5), as for a tool only tried or weighed.
                notes.append(f"only required or weighed, maybe watched: {cancelled[0]} … {words}")
                generic.append(words)
                continue
            notes.append(f"negated: {cancelled[0]} … {words}")
            denied.add((index, key))
            continue
        if (index, key) in denied:
            notes.append(f"denied before in its sentence: {words}")
            continue
        other = someone_elses(reading, start, end)
        if other:
            notes.append(f"someone else's: {other} … {words}")
            continue
        counted.append((key, start, end))
        why.setdefault(key, how)
    finding = distinct_finding(counted, reading.text, notes, why)
    stated = _stated_count(reading)
    if stated is not None and stated < doubt_below <= finding.count:
        # "We measure 2 core metrics": the candidate's own count is short of the threshold, ours is not; a
        # person decides which of the things found are the metrics they watch.
        notes.append(f"the reply says it watches {stated} metric{'s' if stated > 1 else ''}")
        return replace(finding, count=stated, unsure=True, notes=tuple(notes))
    if finding.count >= doubt_below:
        return finding
    doubtful += _watched_list_items(reading, found, answer)
    unconfirmed_why = _unconfirmed(reading, doubtful, request, {key.lower() for key, _, _ in counted})
    notes += [f"{why}: {item}" if why == _WATCHED else f"unconfirmed: {item} (an item of a list of metrics)"
              for item, why in unconfirmed_why]
    unconfirmed = tuple(item for item, _ in unconfirmed_why)
    said = {w.lower() for w in (*finding.evidence, *unconfirmed)}
    unconfirmed += tuple(dict.fromkeys(w for w in generic if w.lower() not in said))
    if not unconfirmed:
        return finding
    return replace(finding, doubtful=unconfirmed, notes=tuple(notes))


@cache
def _acting_after() -> tuple[frozenset[str], re.Pattern[str]]:
    """metric_frames.toml [people] (English, lower case) and a pattern of what they do right after them
    ([people_acting]), an adverb of [asked_filler] maybe between."""
    table = toml_table("metric_frames.toml")
    fillers = phrase_alternation(table["asked_filler"]["en"])
    verbs = phrase_alternation(table["people_acting"]["en"])
    return lowered(table["people"]["en"]), re.compile(
        rf"[ \t]++(?:(?:{fillers})[ \t]++)?(?:(?:{verbs})(?![\w'’])"
        # "have", "has", "had" before a participle tell what the count did: "our followers have GROWN".
        r"|(?:have|has|had)(?![\w'’])(?![ \t]++(?:been|[a-z]+(?:ed|en|wn))(?![\w'’])))")


def _people_acting(reading: Reading, start: int, end: int) -> bool:
    """The everyday word at ``start`` names people ([people]) who do something right after it ("when followers
    complain", "a chat a subscriber has with us"): the people, not a count of them."""
    people, acting = _acting_after()
    word = reading.text[start:end].lower()
    return (word in people or word + "s" in people) and acting.match(reading.prepared.lower, end) is not None


# A third person's subject right before an everyday word in "s" makes it their verb: "She likes the idea", "which
# leaves room", "everyone shares it". English.
_SUBJECTS = ("he", "she", "it", "who", "which", "everyone", "everybody", "nobody", "someone", "somebody")
_SUBJECT_BEFORE = re.compile(
    rf"(?<![\w'’])(?:{'|'.join(_SUBJECTS)})[ \t]++"
    r"(?:(?:also|really|just|never|always|often|usually|only|still|rarely)[ \t]++)?+\Z", re.IGNORECASE)
_SUBJECT_REACH_BEFORE_CHARS = 24


def _a_verb_after_its_subject(reading: Reading, start: int, end: int) -> bool:
    """The everyday word ending in "s" at [start, end) follows a third person's subject: their verb. Only the first
    word can be the verb: "which percentage of the readers takes action?" asks for a count."""
    said = reading.text[start:end]
    if reading.language != "en" or not said.endswith("s") or not said.partition(" ")[0].endswith("s"):
        return False
    # The word before (or the one before an adverb) must end with a subject: most words are answered by a split alone.
    before = reading.prepared.lower[max(0, start - _SUBJECT_REACH_BEFORE_CHARS) : start].split()[-2:]
    if not any(word.endswith(subject) for word in before for subject in _SUBJECTS):
        return False
    return _SUBJECT_BEFORE.search(reading.text, max(0, start - _SUBJECT_REACH_BEFORE_CHARS), start) is not None


# The candidate's own count of the metrics they watch: "We measure 2 core Metrics", "I only track two
# KPIs", "just one number matters to me". English. Its first letters come before the test of what stands before
# them (a word start, as \b reads it), so a scan skips to them.
_STATED_COUNT = re.compile(
    r"[WwI](?<!\w.)(?:(?<=[Ww])e|(?<=I))[ \t]++(?:only[ \t]++|just[ \t]++|really[ \t]++)?"
    r"(?:measure|track|watch|monitor|report[ \t]++on|"
    r"look[ \t]++at|focus[ \t]++on|care[ \t]++about|use)[ \t]++(?:only[ \t]++|just[ \t]++)?(?:the[ \t]++)?"
    r"(?P<n>1|2|one|two)[ \t]++(?:(?:core|key|main|important|big|real)[ \t]++)?"
    r"(?:[Mm]etrics?|KPIs?|kpis?|numbers?|figures?)\b")
_COUNT_WORDS = {"1": 1, "2": 2, "one": 1, "two": 2}


# What may stand before a metric that opens its sentence: list marks, quote marks, spaces.
_MARKS_BEFORE_AN_OPENING_METRIC = " \t-*•·>\"“'‘("


def _opening_the_next_sentence(reading: Reading, found: list[Mention], context: set[int]) -> set[int]:
    """The sentences that open with a count ("% of", "number of") right after a sentence of the same paragraph that
    names a metric in context: "We'll take a look at overall post count and active user count. % of messages that
    received a reply" goes on with the list the sentence before began, though it names no cue of its own. An everyday
    word opening a statement ("Complaints get answered the same day") is no count, and a sentence about metrics that
    names none ("How quickly I want to go home is another story") begins no list."""
    sentences = reading.layout.sentences
    naming: set[int] | None = None
    out: set[int] = set()
    for _, start, _, needs_context, how in found:
        if not needs_context or not how.startswith(_MEASURED):
            continue
        index = reading.layout.index_at(start)
        if index == 0 or index in context or index - 1 not in context:
            continue
        sentence = sentences[index]
        if sentence.paragraph != sentences[index - 1].paragraph:
            continue
        opening = sentence.after_label(past_mark=True)
        if reading.text[opening:start].strip(_MARKS_BEFORE_AN_OPENING_METRIC):
            continue
        if naming is None:  # read once, for the few replies with such a sentence
            naming = {reading.layout.index_at(s) for _, s, _, needs, _ in found
                      if not needs or reading.layout.index_at(s) in context}
        if index - 1 in naming:
            out.add(index)
    return out


# How a frame's count says it was found: 'measured: "% of" + "messages"'.
_MEASURED = "measured: "


# A figure and the word after it, a quote mark between allowed: "248 members", "101 'likes'", "10 new groups".
_FIGURE_THEN_WORD = re.compile(r"\d[\d,.]*+[ \t]++[\"'‘“]?+[a-z][a-z'’-]++")
# A period a report gives its figures for: "In July", "last month", "this week", "every month", "in Q3".
_REPORTED_PERIOD = re.compile(
    r"(?<![\w'’])(?:(?:in|during|for|since|by)[ \t]++(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Q[1-4])|(?:last|this|past|every|each|per)[ \t]++(?:day|week|month|quarter|year)"
    r"|(?:daily|weekly|monthly|quarterly|yearly))(?![\w'’])", re.IGNORECASE)
# How many figures a sentence gives before it reads as a report of them.
_REPORTED_FIGURES = 2


def _figure_reports(reading: Reading) -> set[int]:
    """The sentences that report figures for a period ("In July there were 248 members, 34 of whom contributed",
    "Last month: 248 members, 34 contributors, 10 new groups"): at least two figures of something and a period, a
    sentence about metrics, where an everyday word ("members") names one."""
    figures = [m.start() for m in _FIGURE_THEN_WORD.finditer(reading.text)]
    if len(figures) < _REPORTED_FIGURES:
        return set()  # most replies: no report to read, and no counting
    per_sentence = Counter(reading.layout.index_at(at) for at in figures)
    sentences = reading.layout.sentences
    return {index for index, count in per_sentence.items() if count >= _REPORTED_FIGURES
            and _REPORTED_PERIOD.search(reading.text, sentences[index].start, sentences[index].end)}


def _stated_count(reading: Reading) -> int | None:
    if reading.language != "en":
        return None
    m = _STATED_COUNT.search(reading.text)
    return _COUNT_WORDS[m.group("n").lower()] if m else None


def _unconfirmed(reading: Reading, doubtful: list[Mention], request: set[int],
                 counted: set[str]) -> tuple[tuple[str, str], ...]:
    """The doubtful items in the candidate's own words, not taken back and not someone else's: (words, why)."""
    out: dict[str, tuple[str, str]] = {}
    for key, start, end, _, why in doubtful:
        if key.lower() in counted or key.lower() in out or _not_the_candidates(reading, start, end, request):
            continue
        if reading.negation.cancelling(start, end, compared=False) or someone_elses(reading, start, end):
            continue
        out[key.lower()] = (reading.text[start:end], why)
    return tuple(out.values())


# What the candidate says they watch, as the object list of a watching verb (metric_frames.toml [watched_lists]):
# "I track GitHub stars, Twitter followers, Meetup attendees and blog posts published". Each item no list knows is
# doubt when the metrics counted fall short (calibrated doubt, issue 9 items 2 and 5).
_WATCHED = "an item of a list of things the candidate watches, unconfirmed"
# Where a list ends inside its sentence: a clause break, a bracket, a dash.
_WATCHED_LIST_BREAK = re.compile(r"[;:()\[\]—–]|[ \t]-[ \t]")
# How far before a verb its subject (and the few words between) is read; how far from its sentence's start a verb
# still opens it (a bullet or a quote mark before it).
_WATCHED_SUBJECT_REACH_CHARS = 60
_WATCHED_OPENS_REACH_CHARS = 8


class _WatchedLists:
    """metric_frames.toml [watched_lists], compiled once."""

    def __init__(self) -> None:
        table = toml_table("metric_frames.toml")["watched_lists"]
        self.min_items: int = table["min_items"]
        self.max_items: int = table["max_items"]
        self.item_words: int = table["item_words"]
        self.reach: int = table["reach"]
        self.no_subject_needed = frozenset(table["no_subject_needed"])
        self.verbs = Matcher(language_entries(table["verbs"], key="watching"))
        self.languages = frozenset(table["verbs"])
        advice = toml_table("advice.toml")["imperative"]
        self.subject_before: dict[str, re.Pattern[str]] = {}
        self.after_verb: dict[str, re.Pattern[str]] = {}
        self.split: dict[str, re.Pattern[str]] = {}
        self.determiners: dict[str, frozenset[str]] = {}
        self.enders: dict[str, frozenset[str]] = {}
        self.clause_words: dict[str, frozenset[str]] = {}
        self.imperatives: dict[str, frozenset[str]] = {}
        for lang in self.languages:
            subjects = phrase_alternation(table["subjects"].get(lang, []))
            between = phrase_alternation(table["between"].get(lang, []))
            between = rf"(?:{between}|[^\W\d_]++(?<=ly))(?![\w'’])" if between else r"[^\W\d_]++(?<=ly)"
            words = [w for w in table["linkers"].get(lang, []) if w != ":"]
            linkers = r"[ \t]*+:" + (rf"|[ \t]++(?:{phrase_alternation(words)})(?![\w'’])" if words else "")
            conjunctions = phrase_alternation(table["conjunctions"].get(lang, []))
            self.subject_before[lang] = re.compile(
                rf"(?<![\w'’])(?:{subjects})(?:[ \t]++{between}){{0,3}}+(?:[ \t]++|(?<=['’]))\Z", re.IGNORECASE)
            self.after_verb[lang] = re.compile(
                rf"(?P<subject>[ \t]++(?:{subjects})(?![\w'’]))?+(?:[ \t]++{between}){{0,2}}+"
                rf"(?:{linkers})?+[ \t]*+", re.IGNORECASE)
            self.split[lang] = re.compile(
                rf"[ \t]*+(?:,(?:[ \t]*+(?:{conjunctions}|&)(?![\w'’]))?+|(?<=[ \t])&(?=[ \t])"
                rf"|(?<![\w'’])(?:{conjunctions})(?![\w'’]))[ \t]*+", re.IGNORECASE)
            self.determiners[lang] = lowered(table["determiners"].get(lang, []))
            self.enders[lang] = lowered(table["enders"].get(lang, []))
            self.clause_words[lang] = lowered(table["clause_words"].get(lang, []))
            self.imperatives[lang] = lowered(advice.get(lang, []))


@cache
def _watched_lists() -> _WatchedLists:
    return _WatchedLists()


def _watching_opens_at(reading: Reading, lists: _WatchedLists, verb: Hit, answer: frozenset[int]) -> int | None:
    """Where the object list of a watching verb starts, when the verb is the candidate's: after "I"/"we" (a few
    words between: "I also closely watch"), with the subject right after it ("verfolge ich"), opening its sentence
    ("Track signups, ..."), in a language whose verbs are first-person forms alone, or in the part of the reply
    answering the metrics question, whoever the subject ("Metrics: ... you have tracked GitHub stars, ...": what is
    watched there answers what the candidate watches; someone else's or what is taken back is no doubt, as
    _unconfirmed asks). None otherwise."""
    text, lang = reading.text, reading.language
    sentence = reading.sentence(verb.start)
    after = lists.after_verb[lang].match(text, verb.end, sentence.end)
    start = after.end() if after else verb.end
    if after is not None and after.group("subject"):
        return start
    lo = sentence.after_label(verb.start, past_mark=True)
    if lang in lists.no_subject_needed or reading.layout.index_at(verb.start) in answer:
        return start
    if verb.start - lo <= _WATCHED_OPENS_REACH_CHARS and not text[lo : verb.start].strip(" \t-*•·>\"“'‘"):
        return start
    if lists.subject_before[lang].search(text, max(lo, verb.start - _WATCHED_SUBJECT_REACH_CHARS), verb.start):
        return start
    return None


def _watched_items(reading: Reading, lists: _WatchedLists, start: int, end: int,
                   known: SpanSet) -> list[tuple[int, int, bool]]:
    """The items of the list from ``start``: (start, end, known to be a metric). The list ends at a clause break,
    before an item that opens with a word of [enders] or is no short noun phrase (a pronoun, a verb of being, an
    instruction: "I check in with them, listen and apologise"); an item with such a word later is cut there ("churn
    EVERY week"). One item more than a list may hold ends the reading."""
    text, lang = reading.text, reading.language
    broken = _WATCHED_LIST_BREAK.search(text, start, end)
    end = broken.start() if broken else end
    determiners, enders = lists.determiners[lang], lists.enders[lang]
    clause_words, imperatives = lists.clause_words[lang], lists.imperatives[lang]
    items: list[tuple[int, int, bool]] = []
    at = start
    for piece in chain(lists.split[lang].finditer(text, start, end), (None,)):  # lazily: most lists end early
        lo, hi = at, (piece.start() if piece else end)
        at = piece.end() if piece else end
        # Enough words to tell an item from a longer run: two determiners, the item's words and one more.
        words = list(islice(_ITEM_WORD.finditer(text, lo, hi), lists.item_words + 3))
        if not words:
            if piece is None or hi > lo:
                break  # "I track 10, 20 and 30": a figure alone is no item
            continue  # between a comma and "and"
        lowered = [w.group().lower().replace("’", "'") for w in words]
        # "GitHub stars FOR our project, Twitter followers, ...": the item ends at the word, the list goes on.
        cut = next((k for k, w in enumerate(lowered) if w in enders), len(words))
        skip = 0
        while skip < min(cut, 2) and lowered[skip] in determiners:
            skip += 1
        words, lowered = words[skip:cut], lowered[skip:cut]
        if not words:
            break
        item = (words[0].start(), words[-1].end())
        if known.overlaps(*item):
            items.append((*item, True))
        elif (len(words) > lists.item_words or any(w in clause_words for w in lowered)
                or lowered[0] in imperatives):
            break  # a clause or an instruction
        else:
            items.append((*item, False))
        if len(items) > lists.max_items:
            break
    return items


def _watched_list_items(reading: Reading, found: list[Mention], answer: MetricsAnswer) -> list[Mention]:
    """The unknown items of each list the candidate says they watch (metric_frames.toml [watched_lists]), as
    doubtful mentions: each item of 2 to 8 that no metric found stands in and that is not a tool or a channel
    alone ("Twitter" is a channel, "Twitter followers" may be a metric). Whether an item is taken back or someone
    else's, _unconfirmed asks. Each verb reads a bounded window of its own sentence."""
    lists = _watched_lists()
    if reading.language not in lists.languages:
        return []
    verbs = [h for h in lists.verbs.find(reading.prepared) if h.entry.lang == reading.language]
    if not verbs:
        return []
    known = SpanSet((start, end) for _, start, end, _, _ in found)
    angry = {reading.layout.index_at(h.start) for h in lexicons().anger.find(reading.prepared)}
    small = _small_words()
    names: SpanSet | None = None
    out: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for verb in verbs:
        if known.overlaps(verb.start, verb.end) or reading.text[verb.end : verb.end + 1] in ("-", "'", "’"):
            continue  # "word count", "check-ins", "follow's"
        if reading.layout.index_at(verb.start) in angry:
            continue  # "When a customer is angry, I look at the order, ...": the case, not a metric
        start = _watching_opens_at(reading, lists, verb, answer.sentences)
        if start is None:
            continue
        end = min(reading.sentence(verb.start).end, start + lists.reach)
        items = _watched_items(reading, lists, start, end, known)
        if not lists.min_items <= len(items) <= lists.max_items:
            continue
        for lo, hi, is_known in items:
            if is_known or (lo, hi) in seen:
                continue
            seen.add((lo, hi))
            if names is None:
                lex = lexicons()
                names = SpanSet((h.start, h.end) for h in (lex.tools.find(reading.prepared)
                                + lex.channels.find(reading.prepared) + lex.tool_types.find(reading.prepared)))
            words = [(w.group().lower(), names.overlaps(w.start(), w.end()))
                     for w in _ITEM_WORD.finditer(reading.text, lo, hi)]
            if all(named for _, named in words) or all(w in small for w, _ in words):
                continue  # a tool or a channel alone ("Twitter", "Google Analytics"), or small words ("data")
            phrase = reading.text[lo:hi]
            out.append((f"listed:{phrase.lower()}", lo, hi, False, _WATCHED))
    return out
