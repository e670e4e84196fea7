"""Does a reply take up a question it seems to miss, in words the lists may not know?

In a language whose lexicons are thinner than English's, a reply that names a question's topic ("Métricas",
"herramientas", "Tipp") but whose items no list knows goes to a person instead of failing (rules._partial). A topic
word counts only where it takes the question up:
- not denied: "Nous n'utilisons aucun outil", and a topic set before a comma that the next clause denies
  ("Quanto às métricas, não acompanho nenhuma", "Les statistiques, je les regarde rarement");
- not a word of what another criterion found ("Analytics" in "Google Analytics" is a tool, no answer on metrics);
- for tools, not a network's own app ("só o aplicativo do Instagram", "die Instagram-App"): a channel is no tool.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from bot.evaluation.advice import cues
from bot.evaluation.lexicon import lexicons, toml_table
from bot.evaluation.patterns import Hit
from bot.evaluation.reading import Finding, Reading
from bot.evaluation.spans import SpanSet
from bot.evaluation.tips import says_no_tip

# A topic set at the head of its sentence before a comma: at most this many words before it and after it
# ("Quanto às métricas,", "Was Kennzahlen angeht,", "Les statistiques,"), read within this many characters either
# side, and the clause after the comma read for a negation within this many: each topic word costs a bounded
# reading however long its sentence, so a reply of topic words stays linear.
_FRONTED_WORDS = 4
_FRONTED_REACH_CHARS = 80
_DENIAL_REACH_CHARS = 200
_WORD = re.compile(r"[^\W\d_][\w'’-]*+")
# The words between a network's name and an app word that make the app the network's own: "the Instagram app",
# "die Instagram-App", "o aplicativo do Instagram", "l'application Instagram", "la app de TikTok".
_CHANNEL_THEN_APP = re.compile(r"(?:['’]s)?+[ \t-]*+")
_APP_THEN_CHANNEL = re.compile(
    r"[ \t]++(?:(?:do|da|de|del|du|des|of|von|der|the)[ \t]++)?+(?:(?:la|el|o|a)[ \t]++)?+", re.IGNORECASE)


def affirmed(reading: Reading, hits: list[Hit]) -> list[Hit]:
    """The hits not cancelled by a negation: "Nous n'utilisons aucun outil", "Herramientas: ningún" deny
    the topic they name rather than take it up, as does a clause after a topic set before a comma ("Quanto às
    métricas, não acompanho nenhuma")."""
    return [h for h in hits if not reading.negation.cancelling(h.start, h.end, compared=False)
            and not _fronted_and_denied(reading, h)]


def takes_up(reading: Reading, findings: dict[str, Finding], name: str, by_topic: bool = False) -> bool:
    """The reply answers this question, in words the lists may not know: something was found (unless
    ``by_topic``), or the question's topic is named ("herramientas", "Dashboards"; for the tip, anger or
    a tip label) where it takes the question up (the module's docstring)."""
    finding = findings[name]
    if finding.count >= 1 and not by_topic:
        return True
    if name == "angry_customer_tip":  # anger named, or a tip label ("Consejo:", "Tipp:")
        if says_no_tip(reading):  # "Ehrlich gesagt habe ich keinen Tipp für wütende Kunden": clearly missing
            return False
        if finding.elsewhere:  # "Mon conseil : soignez vos visuels": a tip about something else
            return False
        lex = lexicons()
        return bool(affirmed(reading, [*lex.anger.find(reading.prepared), *lex.tip_context.find(reading.prepared)]))
    topic = cues().topics.get(name)
    if topic is None:
        return False
    others = SpanSet(span for other, f in findings.items() if other != name for span in f.spans)
    hits = [h for h in topic.find(reading.prepared) if not others.overlaps(h.start, h.end)]
    if name == "tools" and hits:
        channels = lexicons().channels.find(reading.prepared)  # sorted, apart: their starts and ends are sorted
        starts, ends = [c.start for c in channels], [c.end for c in channels]
        hits = [h for h in hits if not a_networks_own_app(reading.text, h.start, h.end, starts, ends)]
        if finding.count == 1:
            # "Metricool ... esta herramienta me ahorra horas", "des outils d'analyse": a topic word pointing
            # back at the tool found, or inside it, names that tool, no more.
            own = SpanSet(finding.spans)
            hits = [h for h in hits if not own.overlaps(h.start, h.end) and not _points_back(reading, h)]
    return bool(affirmed(reading, hits))


@cache
def _singular_pointers() -> re.Pattern[str]:
    """subjects.toml [taken_up.singular_pointers], as the words right before a topic word."""
    table = toml_table("subjects.toml")["taken_up"]["singular_pointers"]
    phrases = sorted({p.lower() for ps in table.values() for p in ps}, key=len, reverse=True)
    words = "|".join(r"[ \t]++".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?<![\w'’])(?:{words})[ \t]++\Z", re.IGNORECASE)


_POINTER_REACH_CHARS = 24


def _points_back(reading: Reading, hit: Hit) -> bool:
    """A singular pointer stands right before the topic word at ``hit`` ("esta herramienta", "this tool", "cet
    outil"): the word names what was found already, not more of the topic."""
    return _singular_pointers().search(reading.text, max(0, hit.start - _POINTER_REACH_CHARS), hit.start) is not None


def a_networks_own_app(text: str, start: int, end: int, starts: list[int], ends: list[int]) -> bool:
    """The app word at start:end names a network's own app: the network's name right before it ("Instagram app") or
    after it, with at most a preposition and an article between ("aplicativo do Instagram"). ``starts`` and
    ``ends``: the networks' names, sorted; only the nearest on either side is read."""
    before = bisect.bisect_right(ends, start) - 1
    if before >= 0 and _CHANNEL_THEN_APP.fullmatch(text, ends[before], start):
        return True
    after = bisect.bisect_left(starts, end)
    return after < len(starts) and _APP_THEN_CHANNEL.fullmatch(text, end, starts[after]) is not None


def _fronted_and_denied(reading: Reading, hit: Hit) -> bool:
    """The topic at ``hit`` heads its sentence before a comma (at most _FRONTED_WORDS words on either side of it),
    and the clause after the comma holds a negation: "Sobre métricas, prefiro não me prender a números"."""
    text = reading.text
    sentence = reading.layout.sentence_at(hit.start)
    start = sentence.after_label(hit.start, past_mark=True)
    if hit.start - start > _FRONTED_REACH_CHARS or len(_WORD.findall(text, start, hit.start)) > _FRONTED_WORDS:
        return False
    comma = text.find(",", hit.end, min(sentence.end, hit.end + _FRONTED_REACH_CHARS))
    if comma < 0 or len(_WORD.findall(text, hit.end, comma)) > _FRONTED_WORDS:
        return False
    _, clause_end = reading.negation.clause(comma + 1, comma + 1)
    return reading.negation.negated_within(comma, min(max(clause_end, comma + 1), comma + _DENIAL_REACH_CHARS))
