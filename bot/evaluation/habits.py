"""A tip told as a habit the candidate gave up is no tip: "I no longer bother apologising", "I used to
apologise and listen, but I've stopped bothering". "I used to argue, now I listen first" still is (the
current habit is the advice). Nor is advice the reply says does not work: "My manager tells us to stay
calm, but I'm not convinced it works", "Someone told me to listen to them. Never worked for me.". Cues
in bot/lexicons/habits.toml; each action reads at most _BACK characters before it and _AHEAD after it
(and the next sentence's first _AHEAD)."""

from __future__ import annotations

import bisect
import re
from functools import cache

from bot.evaluation.advice import negated_before
from bot.evaluation.lexicon import language_entries, toml_table
from bot.evaluation.patterns import Hit, Matcher, Prepared, fold, grouped_by_first_character
from bot.evaluation.reading import Reading

_BACK = 60
# How far before an action a relayed advice may stand and be denied by the sentence after it ("Most people say they
# deal with these folks by listening or trying to understand. Not me."): its sentence, within this reach.
_RELAY_REACH = 300
_AHEAD = 100
_SHORT = 40


def _phrase(p: str) -> str:
    # "ne ... plus": up to two words in the gap. A straight apostrophe reads a curly one too ("won’t help"), as
    # phones and mail clients type it.
    parts = [re.escape(fold(part.strip().lower())).replace(r"\ ", r"\s++").replace("'", "['’]")
             for part in p.split("...")]
    return r"\s*+(?:[\w'’-]++\s++){0,2}?".join(parts)


def _any(table: dict[str, list[str]], language: str, tail: str = "") -> re.Pattern[str]:
    phrases = sorted({p for lang in ("en", language) for p in table.get(lang, [])}, key=len, reverse=True)
    return re.compile(rf"(?:{_at_a_word_start([_phrase(p) for p in phrases])})(?![\w’]){tail}")


def _at_a_word_start(fragments: list[str]) -> str:
    r"""``(?<![\w'’])(?:...)`` of ``grouped_by_first_character(fragments)``: the fragments where no word character
    or apostrophe stands before them. When every fragment starts with a letter or a digit, the test is written
    after each group's first character (``a(?<![\w'’].)(?:...)``, the same test of the same character): a
    pattern that starts with a test of what stands before reads every character of a text, one that starts
    with plain characters is tried only where one of them stands (10 KB of dashes: 1.5 ms -> 0.07 ms)."""
    if not all(rx[:1].isalnum() for rx in fragments):
        return rf"(?<![\w'’])(?:{grouped_by_first_character(fragments)})"
    groups: dict[str, list[str]] = {}
    for rx in fragments:
        groups.setdefault(rx[0], []).append(rx[1:])
    return "|".join(rf"{first}(?<![\w'’].)(?:{'|'.join(rests)})" for first, rests in groups.items())


def _bare(*tables: dict[str, list[str]], language: str) -> re.Pattern[str]:
    """The cues of ``tables`` as _any reads them, without what must stand before and after them (no look-behind,
    no look-ahead, no tail): a match of one of _any's patterns at a place, in the whole text or in a stretch of
    it, is a match of this one at the same place in the whole text, so where this one finds nothing near an
    action, they find nothing either (_scans). Its first characters are plain ones, which a scan skips to."""
    phrases = sorted({p for table in tables for lang in ("en", language) for p in table.get(lang, [])},
                     key=len, reverse=True)
    return re.compile(grouped_by_first_character([_phrase(p) for p in phrases]))


class _Spans:
    """Where a bare pattern matches in a reply's lower-cased text, one scan of the whole text: sorted,
    non-overlapping spans. A place where the pattern matches is the start of one of them or inside one (a
    scan goes on from the end of each match), so a stretch of text no span reaches holds no match."""

    __slots__ = ("_ends", "_starts", "last_end")

    def __init__(self, pattern: re.Pattern[str], lower: str) -> None:
        spans = [m.span() for m in pattern.finditer(lower)]
        self._starts = [lo for lo, _ in spans]
        self._ends = [hi for _, hi in spans]
        self.last_end = self._ends[-1] if spans else -1

    def reach(self, lo: int, hi: int) -> bool:
        """A span holds a character of lo..hi."""
        i = bisect.bisect_right(self._ends, lo)
        return i < len(self._starts) and self._starts[i] < hi


# The reply whose cues were last scanned (_scans), with them: given up habits' cues (before the action and in
# the past), relayed advice, and rejections.
_SCANS: tuple[Prepared, str, tuple[_Spans, _Spans, _Spans]] | None = None


def _scans(reading: Reading) -> tuple[_Spans, _Spans, _Spans]:
    """Read once per reply: where the cues given_up and rejected look for near each action may stand. An
    action with none within its reach is neither given up nor rejected, and the regexes that read its
    reach are not run (a list of a hundred actions ran them a hundred times over the same text)."""
    global _SCANS
    memo = _SCANS
    if memo is None or memo[0] is not reading.prepared or memo[1] != reading.language:
        lower = reading.prepared.lower
        patterns = _bare_patterns(reading.language)
        # A text holding none of a pattern's words (_bare_words) is read as an empty one: it holds no match.
        habit, relays, cues = (_Spans(pattern, lower if any(word in lower for word in words) else "")
                               for pattern, words in patterns)
        memo = _SCANS = (reading.prepared, reading.language, (habit, relays, cues))
    return memo[2]


@cache
def _bare_patterns(language: str) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """Each bare pattern, with the words one of which every match of it holds (_bare_words)."""
    table = toml_table("habits.toml")
    groups = ((table["given_up_before"], table["past_habit"]), (table["relayed"],), (table["rejected"],))
    return tuple((_bare(*tables, language=language), _bare_words(*tables, language=language)) for tables in groups)


def _bare_words(*tables: dict[str, list[str]], language: str) -> tuple[str, ...]:
    """The longest word of each cue of ``tables`` as _phrase writes it (folded, lower case; its words are matched as
    they are, spaces and the gaps of "..." between them), none of them holding another: every match of _bare's
    pattern holds one. Looked for at C speed before the scan, which is tried at every first letter of the cues
    (three scans, about 140 k instructions over a reply of 170 characters that holds none)."""
    words = {max((w for part in p.split("...") for w in fold(part.strip().lower()).split(" ")), key=len)
             for table in tables for lang in ("en", language) for p in table.get(lang, [])}
    kept: list[str] = []
    for word in sorted(words, key=len):
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return tuple(kept)


# What may stand before a rejection in its clause: "..., BUT I'm not convinced it works", "WHICH never works".
_REJECTION_LEAD = re.compile(r"[ \t>*\-–—(\"'“”‘’]*+(?:(?:but|and|though|although|which|honestly|tbh|sadly)\s++)*+")
# A negated action ("don't argue, it never works") is advice against what does not work: the rejection
# confirms it.
_NEGATED_ACTION = re.compile(r"(?:don['’]t|do not|never|not|no|avoid)\b", re.IGNORECASE)
# A rejection ends its clause, give or take a few words ("never worked for me", "I'm not convinced it
# works"), none of them starting what does not work ("it never works TO shout back", "IF you argue").
_REJECTION_TAIL = (r"(?!\s++(?:to|if|when|unless|until|because|a|an|the|si|cuando|wenn|quand|se|quando)\b)"
                   r"(?:\s++[\w'’]++){0,3}+\s*+(?:[.,;:!?)…]|$)")
_CLAUSE_OPENING = re.compile(r"[,;:(—–-]\s*+|\s[-–—]\s++")


# What the speaker does instead, after advice passed on from someone else: "..., but I just hide them".
_CONTRAST = re.compile(r"(?:[,;]\s*+|\s)(?:but|yet)\s++(?:(?:honestly|really|personally|in practice|actually),?\s++)?"
                       r"(?:i|we)\b")
_NEXT_CONTRAST = re.compile(r"[ \t>*\-–—(\"'“”‘’]*+(?:but\s++)?(?:(?:honestly|personally|in practice),?\s++)?"
                            r"(?:i|we)\s++(?:just|actually|usually|mostly|always|simply)\b")
# A next sentence that only denies the relayed advice for the speaker: "Most people say they deal with these folks by
# listening or trying to understand. Not me.", "... I don't." It disowns every action of the sentence after the relay.
_NEXT_DENIAL = re.compile(r"[ \t>*\-–—(\"'“”‘’]*+(?:but\s++)?"
                          r"(?:not\s++(?:me|us|for\s++(?:me|us)|here)|(?:i|we)\s++(?:don['’]t|do\s++not|never\s++do))"
                          r"\s*+[.!]")


@cache
def _relays(language: str) -> re.Pattern[str]:
    return _any(toml_table("habits.toml")["relayed"], language)


def _relayed_then_contrasted(reading: Reading, hit: Hit, start: int, end: int) -> bool:
    """Advice passed on from someone else ([relayed]: "the guide says to", "my boss tells us to") and then
    set against what the speaker does ("..., but I just hide their comments", "I just close the
    ticket.") or denied for the speaker ("Not me."): the speaker disowns it. "I always say sorry, but I keep it
    short" relays nothing."""
    lower = reading.prepared.lower
    relays = _relays(reading.language)
    near = relays.search(lower, max(start, hit.start - _BACK), hit.start) is not None
    if near and _CONTRAST.search(lower, hit.end, min(end, hit.end + _AHEAD)):
        return True
    index = reading.layout.index_at(hit.start) + 1
    if index < len(reading.layout.sentences):
        following = reading.layout.sentences[index]
        if following.paragraph == reading.sentence(hit.start).paragraph:
            if near and _NEXT_CONTRAST.match(lower, following.start, following.end) is not None:
                return True
            return (_NEXT_DENIAL.match(lower, following.start, following.end) is not None
                    and relays.search(lower, max(start, hit.start - _RELAY_REACH), hit.start) is not None)
    return False


@cache
def _rejections(language: str) -> re.Pattern[str]:
    return _any(toml_table("habits.toml")["rejected"], language, _REJECTION_TAIL)


def rejected(reading: Reading, hit: Hit) -> bool:
    """The handling action at ``hit`` is said not to work: a [rejected] cue opens a later clause of its
    sentence ("..., but I'm not convinced it works") or the next sentence of its paragraph ("Never worked
    for me.")."""
    if _NEGATED_ACTION.match(reading.text, hit.start):
        return False
    # A relayed advice ends before the action, within _BACK of it (within _RELAY_REACH when the next sentence only
    # denies it); every cue read after it (the lead after an opening, the next sentence's) starts after the action's
    # start.
    _, relays, cues = _scans(reading)
    if cues.last_end <= hit.start and not relays.reach(hit.start - _RELAY_REACH, hit.start):
        return False
    cue = _rejections(reading.language)
    lower = reading.prepared.lower
    sentence = reading.sentence(hit.start)
    if _relayed_then_contrasted(reading, hit, sentence.start, sentence.end):
        return True
    lead = _REJECTION_LEAD
    index = reading.layout.index_at(hit.start)
    reach = min(sentence.end, hit.end + _AHEAD)
    openings = _clause_openings(reading, index)
    i = j = 0
    if openings is not None:
        starts, ends, rejecting = openings
        i = bisect.bisect_left(starts, hit.end)
        j = bisect.bisect_left(starts, reach, i)
    if openings is None or (i > 0 and ends[i - 1] > hit.end) or (j > i and ends[j - 1] > reach):
        # The sentence's first action, or an opening across either end of the reach: read from the action on.
        for opening in _CLAUSE_OPENING.finditer(lower, hit.end, reach):
            at = lead.match(lower, opening.end()).end()  # type: ignore[union-attr]
            if cue.match(lower, at):
                return True
    elif True in rejecting[i:j]:
        return True
    index += 1
    if index < len(reading.layout.sentences):
        following = reading.layout.sentences[index]
        if following.paragraph == sentence.paragraph:
            at = lead.match(lower, following.start).end()  # type: ignore[union-attr]
            return cue.match(lower, at) is not None
    return False


# The reply whose sentences' clause openings were last read (_clause_openings), with them by sentence index
# (None: asked once).
_OPENINGS: tuple[Prepared, str, dict[int, tuple[list[int], list[int], list[bool]] | None]] | None = None


def _clause_openings(reading: Reading, index: int) -> tuple[list[int], list[int], list[bool]] | None:
    """The clause openings of a sentence (_CLAUSE_OPENING over the whole sentence): their starts, ends and
    whether a rejection cue opens the clause after each; None the first time a sentence is asked about
    (most sentences hold one action: it reads the openings after it itself). Read once per sentence from
    its second action on: a list of action words with commas between them asked about the openings in
    each one's reach, and read them again for each. Within an action's reach the openings are the ones
    read from the action on, unless one runs across either end of it (rejected reads those as before)."""
    global _OPENINGS
    memo = _OPENINGS
    if memo is None or memo[0] is not reading.prepared or memo[1] != reading.language:
        memo = _OPENINGS = (reading.prepared, reading.language, {})
    if index not in memo[2]:
        memo[2][index] = None
        return None
    found = memo[2][index]
    if found is None:
        lower = reading.prepared.lower
        sentence = reading.layout.sentences[index]
        cue = _rejections(reading.language)
        starts: list[int] = []
        ends: list[int] = []
        rejecting: list[bool] = []
        for opening in _CLAUSE_OPENING.finditer(lower, sentence.start, sentence.end):
            starts.append(opening.start())
            ends.append(opening.end())
            at = _REJECTION_LEAD.match(lower, opening.end()).end()  # type: ignore[union-attr]
            rejecting.append(cue.match(lower, at) is not None)
        found = memo[2][index] = (starts, ends, rejecting)
    return found


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], ...]:
    table = toml_table("habits.toml")
    return (_any(table["given_up_before"], language, r"\s*+$"), _any(table["past_habit"], language),
            _any(table["present"], language), _any(table["given_up_after"], language))


def given_up(reading: Reading, hit: Hit) -> bool:
    """The handling action at ``hit`` is told as a habit the candidate gave up."""
    # Both cues that may make it one end before the action, within _BACK of it.
    if not _scans(reading)[0].reach(hit.start - _BACK, hit.start):
        return False
    before, past, present, after = _patterns(reading.language)
    lower = reading.prepared.lower
    sentence = reading.sentence(hit.start)
    lo = max(sentence.start, hit.start - _BACK)
    # The anchored cue must end where the action starts ("I no longer bother | apologising").
    if before.search(lower, lo, hit.start):
        return True
    # The last past-habit cue before the action: no present word may stand after it.
    habit = None
    for m in past.finditer(lower, lo, hit.start):
        habit = m
    if habit is None or present.search(lower, habit.end(), hit.start):
        return False
    if after.search(lower, hit.end, min(sentence.end, hit.end + _AHEAD)):
        return True
    index = reading.layout.index_at(hit.start) + 1
    if index < len(reading.layout.sentences):
        following = reading.layout.sentences[index]
        # A short next sentence takes it back wherever its cue stands ("Not anymore.", "I don't
        # bother anymore."); a longer one only when it opens with the cue.
        if following.paragraph == sentence.paragraph:
            if following.end - following.start <= _SHORT:
                return after.search(lower, following.start, following.end) is not None
            return after.match(lower, following.start, min(following.end, following.start + _AHEAD)) is not None
    return False



# The subject of a consequence: words before the cue, at least one of them an "-ing" form ("Arguing with
# them", "Telling an upset person they're wrong") or a handling action's noun before the cue.
_GERUND = re.compile(r"\b[a-z]{2,}ing\b", re.IGNORECASE)
# A subject that points back to the act told just before: "They jump straight to the fix. THAT reads as cold and
# makes the customer angrier", "Doing so only makes it worse".
_BACK_REFERENCE = re.compile(r"[\s>*•·\-–—\d.)(\"'“”‘’]*+(?:that|this|it|doing[ \t]++(?:that|so|this))\b",
                             re.IGNORECASE)
# Before the cue, the subject may be followed by a few adverbs and auxiliaries ("only", "just", "will",
# "always", "tends to"): they are part of the consequence's predicate.
_CONSEQUENCE_LEAD = re.compile(
    r"(?:\s++(?:only|just|always|usually|often|will|would|can|could|tends? to|simply|really|actually|"
    r"generally|almost always|inevitably))*+\s*+$", re.IGNORECASE)


# The judgement told first, the act after it: "It's pretty much useless trying to debate your client", "there's
# no point arguing with them", "it is a waste of time to argue back". The act ends where the match ends.
# It starts with its first letters as the case-ignoring pattern reads them ("İ" and "ı" are an "i" to it), then
# the word-start test (\b, as (?<!\w.) reads it after the letter) and the rest ignoring case: a pattern that
# starts with \b and ignores case is tried at every character of the reply, this one only where they stand.
_JUDGED_FIRST = re.compile(
    r"[iIİıtT](?i:(?<!\w.)(?:(?<=i)(?:t['’]s|t[ \t]++is|t[ \t]++was)|(?<=t)(?:here['’]s|here[ \t]++is))[ \t]++"
    r"(?:(?:pretty[ \t]++much|really|totally|completely|absolutely|just|usually|always|often|simply)[ \t]++)?"
    r"(?:useless|pointless|no[ \t]++use|no[ \t]++point(?:[ \t]++in)?|a[ \t]++waste[ \t]++of[ \t]++time|"
    r"futile|counterproductive|counter-productive|never[ \t]++a[ \t]++good[ \t]++idea|not[ \t]++a[ \t]++good"
    r"[ \t]++idea|a[ \t]++bad[ \t]++idea|a[ \t]++mistake)[ \t,]++(?:to[ \t]++|in[ \t]++)?"
    r"(?:try(?:ing)?[ \t]++to[ \t]++)?[a-z]++(?:[ \t]++(?:with|back|over|against))?)")


@cache
def _worsening(language: str) -> re.Pattern[str] | None:
    table = toml_table("habits.toml")["worsens"]
    if language not in table and language != "en":
        return None
    return _any(table, language)


def consequences(reading: Reading) -> dict[int, int]:
    """Sentences that tell a consequence, not advice: an "-ing" subject or one pointing back to the act told
    before ("That reads as cold and makes the customer angrier"), then what it leads to ([worsens]): "Arguing
    with them only makes it worse", "Arguing back is never a good idea". Sentence index -> where the cue ends
    (the cue's words, "escalates", are no action either). English only."""
    if reading.language != "en":
        return {}
    cue = _worsening("en")
    if cue is None:
        return {}
    lower = reading.prepared.lower
    found: dict[int, int] = {}
    for m in _JUDGED_FIRST.finditer(reading.text):
        found.setdefault(reading.layout.index_at(m.start()), m.end())
    for m in cue.finditer(lower):
        index = reading.layout.index_at(m.start())
        if index in found:
            found[index] = max(found[index], m.end())  # "It's pointless to argue, it only escalates things"
            continue
        sentence = reading.layout.sentences[index]
        # The subject is that of the cue's own clause: "The worst thing you can do is respond to the comment in anger;
        # THAT is only likely to escalate the commenter" points back past the semicolon.
        clause = reading.text.rfind(";", sentence.start, m.start())
        subject = reading.text[(clause + 1 if clause >= 0 else sentence.start) : m.start()].lstrip()
        lead = _CONSEQUENCE_LEAD.search(subject)
        subject = subject[: lead.start()] if lead else subject
        if ((_GERUND.search(subject) or _BACK_REFERENCE.match(subject))
                and not re.search(r"\b(?:I|you|we)\b", subject, re.IGNORECASE)):
            found[index] = m.end()
    return found


def warned_against(reading: Reading, found: dict[int, int]) -> frozenset[int]:
    """Sentences whose act the next sentence judges bad by pointing back to it: "the inclination might be to
    fire back or delete the message. This will only make angry customers angrier." The anti advice in them is
    a warning, not advice (``found``: the consequences of the reply, from ``consequences``)."""
    sentences = reading.layout.sentences
    warned: set[int] = set()
    for index in found:
        sentence = sentences[index]
        if (index > 0 and sentences[index - 1].paragraph == sentence.paragraph
                and _BACK_REFERENCE.match(reading.text, sentence.start, found[index])):
            warned.add(index - 1)
    return frozenset(warned)


@cache
def _futility() -> tuple[Matcher, Matcher, Matcher]:
    table = toml_table("habits.toml")

    def matcher(name: str) -> Matcher:
        return Matcher(language_entries(table[name], key=name))

    return matcher("futile"), matcher("futile_if_you_can"), matcher("you_can")


def futile(reading: Reading, hit: Hit) -> bool:
    """The handling action at ``hit`` is said to change nothing, in its own sentence: "You can smile and apologise
    until the cows come home and they'll still shout" ([futile] after it), "you can stay calm all you want, they'll
    still ..." ([futile_if_you_can] after it, [you_can] before it)."""
    futile_cues, if_you_can, you_can = _futility()
    sentence = reading.sentence(hit.start)
    if _any_starting_in(futile_cues.find(reading.prepared), hit.end, sentence.end):
        return True
    if not _any_starting_in(if_you_can.find(reading.prepared), hit.end, sentence.end):
        return False
    cues = you_can.find(reading.prepared)
    k = bisect.bisect_left(cues, hit.start, key=lambda h: h.start)  # the "you can" nearest before the act
    return any(sentence.start <= h.start and h.end <= hit.start for h in cues[max(0, k - 2) : k])


def _any_starting_in(hits: list[Hit], lo: int, hi: int) -> bool:
    """One of ``hits`` (in text order) starts in lo..hi."""
    k = bisect.bisect_left(hits, lo, key=lambda h: h.start)
    return k < len(hits) and hits[k].start < hi


@cache
def _worsening_aims() -> Matcher:
    return Matcher(language_entries(toml_table("habits.toml")["worsening_aim"], key="worsening_aim"))


# Between a worsening aim and the act: "... to escalate their anger IS to be polite" (no clause break between).
_AIM_IS = re.compile(r"\b(?:is|was|would be|will be)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:]")
# The aims nearest before an action that are read for it (a hostile reply may repeat an aim all along).
_AIMS_READ = 3


def aimed_at_worse(reading: Reading, hit: Hit) -> bool:
    """The handling action at ``hit`` is named as a way to make things worse: "one thing I can do to escalate their
    anger is to be completely polite" ([worsening_aim] before it in its sentence, "is" between them)."""
    aims = _worsening_aims().find(reading.prepared)
    if not aims:
        return False
    sentence = reading.sentence(hit.start)
    text = reading.text
    k = bisect.bisect_right(aims, hit.start, key=lambda a: a.start)
    for aim in reversed(aims[max(0, k - _AIMS_READ) : k]):
        if aim.start < sentence.start:
            break
        if hit.start < aim.end:
            return True  # the aim's own verb ("to ESCALATE their anger") is no handling either
        if negated_before(text, aim.start):
            continue  # "never try to provoke them; the best thing is to listen": no aim of the speaker's
        if _CLAUSE_BREAK.search(text, aim.end, hit.start) is None and _AIM_IS.search(text, aim.end, hit.start):
            return True
    return False
