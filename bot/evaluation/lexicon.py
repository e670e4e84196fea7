"""Loading the lexicon files under bot/lexicons/ (once per process) into Matchers.

The files are meant to be edited by people who are not programmers; their formats are explained in
the header comment of each file and in bot/evaluation/patterns.py.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from bot.evaluation.patterns import Entry, Hit, Matcher, Prepared, fold

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"
JUDGED_LANGUAGES_KEY = "judged"


def lines(name: str) -> list[str]:
    text = (LEXICON_DIR / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def make_entry(key: str, phrase: str, lang: str = "") -> Entry:
    phrase = phrase.strip()
    needs_context = phrase.startswith("?")
    return Entry(key=key, phrase=phrase.lstrip("?").strip(), needs_context=needs_context, lang=lang)


def named_entries(name: str) -> list[Entry]:
    """Entries of a "Name | variant | ?variant" text file; the first name is the key."""
    entries: list[Entry] = []
    for line in lines(name):
        names = [part.strip() for part in line.split(" | ") if part.strip()]
        key = names[0].lstrip("?").strip()
        entries.extend(make_entry(key, variant) for variant in names)
    return entries


def toml_table(name: str) -> dict[str, Any]:
    with (LEXICON_DIR / name).open("rb") as fh:
        return tomllib.load(fh)


def language_entries(
    table: dict[str, list[str]], key: str | None = None, languages: Iterable[str] | None = None
) -> list[Entry]:
    """Entries from a {lang: [phrases]} table; each phrase is its own key unless ``key`` is given."""
    wanted = set(languages) if languages is not None else None
    entries: list[Entry] = []
    for lang, phrases in table.items():
        if wanted is not None and lang not in wanted:
            continue
        entries.extend(make_entry(key or p.lstrip("?").strip(), p, lang) for p in phrases)
    return entries


@dataclass(frozen=True, slots=True)
class Lexicons:
    tools: Matcher
    channels: Matcher
    tool_types: Matcher
    network_suffixes: dict[str, str]
    metrics: Matcher
    metric_cues: Matcher
    not_metrics: Matcher
    tip_actions: Matcher
    anger: Matcher
    tip_context: Matcher
    no_tip: Matcher
    echo: Matcher


# The preposition that joins a Romance metric name's noun to its thing: "tiempo DE respuesta".
_JOINING = ("de", "d'", "d’", "da", "do", "du", "des", "del")


def _with_averages(entries: list[Entry], averages: dict[str, list[str]]) -> list[Entry]:
    """ "tiempo de respuesta" also as "tiempo medio de respuesta": in es/fr/pt an adjective such as
    "average" stands after the noun, inside the name (metrics.toml [averages])."""
    out: list[Entry] = []
    for e in entries:
        words = e.phrase.split()
        if e.lang not in averages or len(words) < 2 or not words[1].lower().startswith(_JOINING):
            continue
        out += [Entry(e.key, " ".join([words[0], adjective, *words[1:]]), e.needs_context, e.lang)
                for adjective in averages[e.lang]]
    return out


def _with_plurals(entries: list[Entry], heads: frozenset[str]) -> list[Entry]:
    """ "response time" also as "response times", "follower count" as "follower counts": an English
    name of two or more words ending in a measure word ([measures] of metric_frames.toml) names its
    plural too; so does a name of one word that counts in any sentence ("sentiment": "the KPIs, sentiments and
    growth"). An everyday word ("?reach") stays as listed: its plural is often a verb."""
    out: list[Entry] = []
    for e in entries:
        words = e.phrase.split()
        if e.lang != "en":
            continue
        if len(words) >= 2 and words[-1].lower() in heads:
            out.append(Entry(e.key, " ".join([*words[:-1], words[-1] + "s"]), e.needs_context, e.lang))
        elif (len(words) == 1 and not e.needs_context and e.phrase.isalpha() and e.phrase.islower()
              and len(e.phrase) >= _PLURAL_MIN_LETTERS and not e.phrase.endswith("s")):
            out.append(Entry(e.key, _plural(e.phrase), e.needs_context, e.lang))
    return out


# A shorter name ("ER", "CPC", "ROI") is an abbreviation, whose plural people write with capitals ("CPCs").
_PLURAL_MIN_LETTERS = 4


def _plural(word: str) -> str:
    """The English plural of a noun: "sentiment" -> "sentiments", "velocity" -> "velocities", "reach" -> "reaches"."""
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("ch", "sh", "x", "z")):
        return word + "es"
    return word + "s"


@cache
def lexicons() -> Lexicons:
    """Every criterion lexicon, compiled once per process."""
    metrics = toml_table("metrics.toml")
    special = {"cues", "not_cues", "not_metrics", "averages"}
    metric_entries = [
        e for concept, table in metrics.items() if concept not in special for e in language_entries(table, key=concept)
    ]
    metric_entries += _with_averages(metric_entries, metrics["averages"])
    measures = toml_table("metric_frames.toml")["measures"]["en"]
    heads = frozenset(w.lower() for w in measures if w.isalpha() and len(w) > 3 and not w.endswith(("s", "y")))
    metric_entries += _with_plurals(metric_entries, heads)
    tips = toml_table("tips.toml")
    suffixes = {}
    for line in lines("network_tools.txt"):
        phrase, _, kind = line.partition(" | ")
        suffixes[fold(phrase.strip().lower())] = kind.strip()
    demeanour = demeanour_phrases(tips)
    return Lexicons(
        tools=Matcher(named_entries("tools.txt")),
        channels=Matcher(named_entries("channels.txt")),
        tool_types=Matcher(named_entries("tool_types.txt")),
        network_suffixes=suffixes,
        metrics=Matcher(metric_entries),
        metric_cues=CueMatcher([*language_entries(metrics["cues"], key="cue"),
                                *language_entries(metrics["not_cues"], key=NOT_A_CUE)]),
        # A reply's manner ("a measured tone", "keep your tone calm") is no sentiment watched.
        not_metrics=Matcher(language_entries(metrics["not_metrics"], key="not_metric")
                            + language_entries(demeanour, key="not_metric")),
        tip_actions=Matcher(language_entries(tips["actions"]) + language_entries(demeanour)),
        anger=Matcher(language_entries(anger_phrases(tips), key="anger")),
        tip_context=Matcher(language_entries(tips["tip_context"], key="tip")),
        no_tip=Matcher(language_entries(tips["no_tip"], key="no_tip")),
        echo=Matcher(make_entry("echo", line) for line in lines("request_echo.txt")),
    )


NOT_A_CUE = "not_a_cue"
# A negation cue whose scope is the phrase after it, up to a comma ("instead of", "rather than").
PHRASE_CUE = "neg_phrase"
# Key of a comparison cue ("Sprout versus Buffer"): it cancels tools, not metrics.
COMPARISON_CUE = "comparison"
# A cue whose scope ends at the new thing's preposition ("switched from Hootsuite TO Agorapulse").
SWAP_CUE = "swapped"
# A cue the rest of the sentence may overrule: "I heard about Later and have used it ever since".
SOFT_CUE = "soft"


class CueMatcher(Matcher):
    """The hits of a list of cues with the longer phrases that make one no cue ("check IF", key NOT_A_CUE) found
    alongside and dropped: the longer phrase wins its place, so the cue inside it never fires."""

    def find(self, prepared: Prepared) -> list[Hit]:
        return [h for h in super().find(prepared) if h.key != NOT_A_CUE]


@cache
def negation_matchers(language: str) -> tuple[Matcher, Matcher, Matcher, Matcher]:
    """(before, after, boundaries, next sentence) cues for a language; English cues always apply
    too, since replies mix."""
    table = toml_table("negation.toml")
    langs = {"en", language}
    # Phrases that hold a cue's words but say something else ("have used to post": a tool used for
    # something, not a past habit). Found with the cues, the longer phrase wins, and its hits are
    # dropped (key NOT_A_CUE), so the cue inside it never fires.
    not_cues = language_entries(table["not_cues"], key=NOT_A_CUE, languages=langs)
    required = table["required_grammar"]
    own_modals = grammar_phrases(required, "own", "modals")
    not_cues += language_entries(grammar_phrases({"own": own_modals, "verbs": required["verbs"]}, "own", "verbs"),
                                 key=NOT_A_CUE, languages=langs)
    compared = language_entries(table["comparison"], key=COMPARISON_CUE, languages=langs)
    # An English cue that is an everyday word of the reply's language ("No dia a dia uso o Hootsuite":
    # Portuguese "no" is "in the") is no cue there.
    ordinary = {p.lower() for p in table["false_friends"].get(language, [])}
    before = [e for e in language_entries(table["before"], key="neg", languages=langs)
              if not (e.lang == "en" and e.phrase.lower() in ordinary)]
    return (
        Matcher([*before,
                 *language_entries(table["phrase"], key=PHRASE_CUE, languages=langs),
                 *language_entries(table["swapped"], key=SWAP_CUE, languages=langs),
                 *language_entries(table["soft_before"], key=SOFT_CUE, languages=langs),
                 *language_entries(grammar_phrases(table["soft_before_grammar"], "subjects", "verbs"), key=SOFT_CUE,
                                   languages=langs),
                 *language_entries(grammar_phrases(table["content_grammar"], "subjects", "verbs"), key=SOFT_CUE,
                                   languages=langs),
                 *language_entries(grammar_phrases(table["known_grammar"], "known", "things"), key=SOFT_CUE,
                                   languages=langs),
                 *language_entries(grammar_phrases(table["required_grammar"], "modals", "verbs"), key=SOFT_CUE,
                                   languages=langs),
                 *compared, *not_cues]),
        Matcher([*language_entries(table["after"], key="neg", languages=langs),
                 *language_entries(table["soft_after"], key=SOFT_CUE, languages=langs), *compared, *not_cues]),
        Matcher(language_entries(table["boundaries"], key="boundary", languages=langs)),
        Matcher([*language_entries(table["next_sentence"], key="neg", languages=langs),
                 *language_entries(grammar_phrases(table["next_sentence_grammar"], "verbs", "pointers"), key="neg",
                                   languages=langs)]),
    )


def demeanour_phrases(tips: dict[str, Any]) -> dict[str, list[str]]:
    """tips.toml [demeanour] read as handling actions: every word of calm or courtesy with every word for a reply's
    manner, either order, up to four words apart ("keep your tone calm", "a measured tone", "tone should be
    neutral"), and before every word for a reply ("a calm reply")."""
    table = tips["demeanour"]
    out: dict[str, list[str]] = {}
    for lang, kinds in table["kinds"].items():
        manners, replies = table["manners"].get(lang, []), table["replies"].get(lang, [])
        out[lang] = [phrase for kind in kinds for manner in manners
                     for phrase in (f"{kind} ... {manner}", f"{manner} ... {kind}")]
        out[lang] += [f"{kind} ... {reply}" for kind in kinds for reply in replies]
    return out


def anger_phrases(tips: dict[str, Any]) -> dict[str, list[str]]:
    """tips.toml [anger] with the phrases of its [anger_grammar] ("unflattering" + "comments") it does not hold."""
    out = {lang: list(ps) for lang, ps in tips["anger"].items()}
    for lang, phrases in grammar_phrases(tips["anger_grammar"], "judging", "said").items():
        held = {p.lower() for p in out.setdefault(lang, [])}
        out[lang] += [p for p in dict.fromkeys(phrases) if p.lower() not in held]
    return out


def grammar_phrases(grammar: dict[str, dict[str, list[str]]], first: str, then: str) -> dict[str, list[str]]:
    """A grammar table of a lexicon (negation.toml, advice.toml) read as phrases: every phrase of ``first``
    followed by every phrase of ``then``, per language ("dropped" + "all of that", "most people" + "swear by")."""
    heads, tails = grammar[first], grammar[then]
    return {lang: [f"{h} {t}" for h in heads[lang] for t in tails.get(lang, [])] for lang in heads}


def lowered(words: Iterable[str]) -> frozenset[str]:
    """A lexicon's word list as a set of lower-case words."""
    return frozenset(w.lower() for w in words)


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A lexicon's phrases as one regex alternation to read in lower case, longest first: each phrase lowered, its
    spaces any run of blanks, its apostrophes either kind."""
    return "|".join(re.escape(p).replace(r"\ ", r"[ \t]++").replace("'", "['’]")
                    for p in sorted({p.lower() for p in phrases}, key=len, reverse=True))
