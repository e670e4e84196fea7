"""Tools no list knows: a product-like name in a usage frame ("we schedule with Kurrently").

A name is product-like when it is written like a product (CamelCase such as PicMonkey or mLabs, a
domain such as Swat.io, capitals such as IFTTT that are no common word) or capitalised and rare as an
ordinary word in English and in the reply's language. Rarity comes from the maintained `wordfreq`
word-frequency lists (bot/evaluation/word_frequencies.py), loaded once per process, only when a
frame holds a name no list knows. Frames are data: bot/lexicons/tool_frames.toml.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.evaluation.lexicon import language_entries, lexicons, named_entries, toml_table
from bot.evaluation.patterns import Hit, Matcher, ascii_word_before
from bot.evaluation.reading import Reading
from bot.evaluation.spans import SpanSet
from bot.evaluation.word_frequencies import frequencies
from bot.mail.patterns import after_first_letters

# A word is rare when it is not in wordfreq's "small" list, which holds every word used more than
# once per million words (Zipf 3): "Kurrently", "Twiends" are rare; "Teams", "Drive", "Slack" are not.
_RARE_ZIPF = 3.0
_NAME_TOKEN = re.compile(r"[A-Za-z0-9][\w.+&'’]*+")
_CAMEL = re.compile(r"[a-z][A-Z]|^[A-Z]{2,}+[a-z]{2,}+")
# The top-level domains products are named with ("Swat.io", "dlvr.it", "paper.li"): one list for every reader of a
# product's domain (here and in unframed_names).
TLDS = r"(?:io|com|ai|co|app|ly|me|net|org|so|tv|to|gg|fm|it|li|de|fr|es)"
_DOMAIN = re.compile(rf"^[A-Za-z0-9-]++\.{TLDS}$", re.IGNORECASE)
_CAPS = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
# Between the names of a list: "Statbot, OnlyWire and Kurrently", "IFTTT (If this then that) et OnlyWire".
# What each name is used for, between two names of a list: "Kontentino FOR APPROVALS and Swello".
_PURPOSE = (r"(?:[ \t]++(?:for|to|para|pour|für|zum|zur|per)(?:[ \t]++[^\W\d_]++){1,3}?"
            r"(?=\s*+(?:,|and\b|y\b|et\b|und\b|e\b|plus\b)))?+")
# An article between a list's join and the next name: "o Canva e O mLabs", "Hootsuite and THE Later app".
_ARTICLE = r"(?:the|el|la|los|las|o|a|os|as|le|les|der|die|das|den)[ \t]++"
_LIST_JOIN = re.compile(
    _PURPOSE
    + r"(?:(?:\s*+\([^()\n]{0,40}\))?+\s*+(?:,|;|/|&|\+)?+\s*+(?:and|or|y|o|et|ou|und|oder|e)?+\s++|\s*+,\s*+)"
    + rf"(?:{_ARTICLE})?+",
    re.IGNORECASE,
)
_GAP = re.compile(r"[\s:]*+")
_MOST_NAME_WORDS = 3
# Lower-case words that may describe a name before it ("a simple GitHub Action").
_DESCRIBING_WORDS = 2
# A short capitalised abbreviation inside a name ("Mr. Tweet", "Dr. Metrics", "St. Ives Analytics")
# does not end it the way a full stop ends a sentence.
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,2}\.")
# After-frames that say what the name IS ("is a plugin"): they vouch for common words too.
_DEFINING = ("is ", "es ", "ist ", "est ", "é ")
# Nouns that make the capitalised name right before them a product, however common the name is as a word: "the
# Pablo app", "the Grammarly extension".
_PRODUCT_HEADS = frozenset({"app", "extension", "plugin", "add-on"})
_MOST_LIST_NAMES = 6
_WINDOW = 60
# How far from a name after a weak frame a tool word may stand ("the Kurrently app for scheduling").
_TOOL_WORD_REACH = 120


@dataclass(frozen=True, slots=True)
class NamedTool:
    key: str
    start: int
    end: int
    why: str


@dataclass(frozen=True, slots=True)
class Frames:
    before: Matcher
    # Frames that come before people and places as often as tools ("rely on", "via", "moved to").
    weak: Matcher
    after: Matcher
    # What a listed everyday-word name is used for ("Later for scheduling", "Discourse for the forum").
    used_for: Matcher
    skip: frozenset[str]
    # Words that say a sentence is about a tool ("app", "dashboard", "plugin").
    tool_words: Matcher
    # Makers of software whose name opens a product's ("Google Reader", "Adobe Express").
    makers: frozenset[str]
    # After a name the candidate owns ("our team Yammer account"): with an owner word before it.
    owned: Matcher


@cache
def frames() -> Frames:
    table = toml_table("tool_frames.toml")
    return Frames(
        before=Matcher(language_entries(table["before"], key="before")),
        weak=Matcher(language_entries(table["before_weak"], key="weak")),
        after=Matcher(language_entries(table["after"], key="after")),
        used_for=Matcher([*language_entries(table["after"], key="after"),
                          *language_entries(table["after_listed"], key="after")]),
        skip=frozenset(w.lower() for words in table["skip"].values() for w in words),
        tool_words=Matcher(language_entries(toml_table("advice.toml")["tools_topic"], key="tool_word")),
        makers=frozenset(w.lower() for w in table["makers"]["all"]),
        owned=Matcher(language_entries(table["after_owned"], key="owned")),
    )


# After a name: a role or a pronoun says it is a person ("Siobhan, our designer", "Siobhan, who...",
# "Siobhan and her team"), whatever the frame before it. Asked after every name a frame or list finds: before
# the pronouns are tried after each of the up to three words, one test of the pronouns' first letters (as the
# case-ignoring pattern reads them) passes the words that start otherwise (a tenth of the time per name).
_PERSON_PRONOUNS = ("she", "he", "her", "him", "his", "hers", "ella", "él", "sie", "er", "ihr", "elle", "il", "ela",
                    "ele")
# Roles that only a person holds, in an apposition after the name: "Rafael Kiso, fundador da plataforma", "Jane
# Doe, CEO of ...". (Not "client" or "editor": "Hootsuite, client reporting" goes on a list of tools.)
_FOUNDING_ROLES = ("founder", "co-founder", "cofounder", "ceo", "cto", "coo", "fundador", "fundadora", "cofundador",
                   "cofundadora", "fondateur", "fondatrice", "gründer", "gründerin", "mitgründer", "mitgründerin")
_PERSON_AFTER = re.compile(
    r"(?:\s*+,\s*+(?:our|my|who|nuestr[oa]|mi|unser[e]?|mein[e]?|notre|ma|mon|nossa|nosso|minha|meu)\b"
    rf"|\s*+,\s*+(?:(?:the|a|an|o|el|la|le|der|die|ein|eine|un|une|um|uma)\s++)?(?:{'|'.join(_FOUNDING_ROLES)})\b"
    rf"|(?:\s++\w++){{0,3}}?\s++(?=[{''.join(sorted({p[0] for p in _PERSON_PRONOUNS}))}])"
    rf"(?:{'|'.join(_PERSON_PRONOUNS)})\b)",
    re.IGNORECASE,
)


# French, Italian and Catalan elide a small word into the next with an apostrophe: "j'", "l'", "qu'", "dell'".
_ELIDED_CHARS = 4


@lru_cache(maxsize=16384)
def rare_word(word: str, language: str, zipf: float = _RARE_ZIPF) -> bool:
    """Rare in English and in ``language``: below ``zipf`` on wordfreq's scale, by default the bar a product
    name must pass in prose (remembered per word: a reply repeats its words)."""
    low = word.lower().replace("’", "'")
    head, apostrophe, tail = low.partition("'")
    if apostrophe and len(head) <= _ELIDED_CHARS and tail:
        low = tail  # an elided word before its host ("J'ai", "L'Oréal"): the host says whether it is rare
    threshold = 10 ** (zipf - 9)  # Zipf = log10(frequency per billion words)
    return all(frequencies(lang).get(low, 0.0) < threshold for lang in {"en", language})


def written_like_product(word: str) -> bool:
    """CamelCase (PicMonkey, mLabs), a domain (Swat.io) or capitals (IFTTT): a form people give
    products, not persons or places."""
    word = word.rstrip(".'’")
    return bool(_DOMAIN.match(word) or _CAMEL.search(word) or _CAPS.match(word))


@lru_cache(maxsize=16384)
def product_like(word: str, language: str) -> bool:
    """Written like a product name, or capitalised and rare as a word (remembered per word). A possessive is read
    without its "'s": "Maria's" is as common as "Maria"."""
    word = word.rstrip(".'’")
    if word[-2:-1] in ("'", "’") and word[-1:] in ("s", "S"):
        word = word[:-2]
    if _DOMAIN.match(word) or _CAMEL.search(word):
        return True
    if _CAPS.match(word):
        return rare_word(word, language)
    return word[:1].isupper() and len(word) >= 3 and rare_word(word, language)


# A domain typed in lower case, three characters or more before its top-level domain ("dlvr.it", "paper.li"): "it.So"
# and "it.it" are sentences run together, not a product.
_TYPED_DOMAIN = re.compile(rf"[a-z0-9][a-z0-9-]{{2,}}+\.{TLDS}")


def _capitalised(word: str) -> bool:
    """Written as a name: a capital or digit first, CamelCase, or a domain typed in lower case ("dlvr.it")."""
    return (word[:1].isupper() or word[:1].isdigit() or bool(_CAMEL.search(word))
            or bool(_TYPED_DOMAIN.fullmatch(word.rstrip(".,'’"))))


_PREPOSITIONS = frozenset({"At", "In", "On", "From", "With", "By", "Of", "Into", "Within", "Across", "During", "After",
                           "Before", "Since", "Until", "Throughout", "Among", "Between"})


def _name_at(text: str, pos: int, skip: frozenset[str]) -> tuple[int, int] | None:
    """The capitalised words of a name starting at or just after ``pos`` (small words skipped)."""
    limit = min(len(text), pos + _WINDOW)
    words: list[re.Match[str]] = []
    cursor = _GAP.match(text, pos, limit).end()  # type: ignore[union-attr]  # always matches
    described = 0  # lower-case words passed over before the name: "a simple GitHub Action", "the new HubSpot inbox"
    while cursor < limit and len(words) < _MOST_NAME_WORDS:
        m = _NAME_TOKEN.match(text, cursor, limit)
        if m is None:
            break
        if not words and (m.group().lower() in skip or (
                described < _DESCRIBING_WORDS and m.group().isalpha() and m.group().islower())):
            described += m.group().lower() not in skip
            cursor = _GAP.match(text, m.end(), limit).end()  # type: ignore[union-attr]
            continue
        if not _capitalised(m.group()):
            break
        words.append(m)
        if (m.group().endswith(".") and not _ABBREVIATION.fullmatch(m.group())) or m.group().endswith(","):
            break
        if text[m.end() : m.end() + 1] != " ":
            break
        cursor = m.end() + 1
    # After words describing it, only a name in CamelCase or written as a domain is one ("a simple GitHub Action"): a
    # capitalised word after "a great" may name a person, and capitals after "a lot of" a thing ("GIFs", "CTAs").
    first = words[0].group() if words else ""
    if not words or (described and not (_CAMEL.search(first) or _DOMAIN.match(first))):
        return None
    # A preposition opening the words is a phrase of place or time, not a name: "Tools: At LMG, we use ...".
    if len(words) > 1 and first in _PREPOSITIONS:
        return None
    end = words[-1].end()
    while end > words[0].start() and text[end - 1] in ".,'’":
        end -= 1
    return words[0].start(), end


# A short name in brackets after a name, its abbreviation: "Reddit Enhancement Suite (RES) is a powerful tool".
_ABBREVIATED = re.compile(r" \((?:[A-Z][A-Za-z0-9.&+-]{0,11}+)\) \Z")


def _name_before(reading: Reading, pos: int) -> tuple[int, int] | None:
    """The capitalised words of a name ending just before ``pos`` ("Revive Old Post is a plugin"), or before its
    abbreviation in brackets ("Reddit Enhancement Suite (RES) is a powerful tool")."""
    text = reading.text
    lo = max(0, pos - _WINDOW)
    if text[pos - 2 : pos] == ") ":
        glossed = _ABBREVIATED.search(text, lo, pos)
        if glossed is not None:
            pos = glossed.start() + 1  # the name then ends before the space that opens the brackets
    words = [m for m in _NAME_TOKEN.finditer(text, lo, pos)][-_MOST_NAME_WORDS:]
    kept: list[re.Match[str]] = []
    for m in reversed(words):
        gap = text[m.end() : kept[-1].start() if kept else pos]
        ends_sentence = m.group().endswith(",") or (
            m.group().endswith(".") and not _ABBREVIATION.fullmatch(m.group()))
        if not _capitalised(m.group()) or gap.strip() or (kept and (gap != " " or ends_sentence)):
            break
        kept.append(m)
    # An article or a possessive opening the sentence is no part of a name: "The app I use most", "Our app", "The
    # Zorblax app" (whose name is Zorblax).
    while kept and kept[-1].group().lower() in _articles(reading.language):
        kept.pop()
    if not kept:
        return None
    return kept[-1].start(), kept[0].end()


# A name typed in lower case on a phone ("i use metricool and planoly"): one word of letters and
# digits, long enough not to be a stray syllable.
_LOWER_NAME = re.compile(r"[a-z][a-z0-9]{3,23}+(?![\w'’])")
_SMALL_WORD = re.compile(r"([^\W\d_]++)[ \t]++")
# A noun a product-less word may describe, right after it: "inbuilt scheduling TOOLS", "custom DASHBOARDS".
_MODIFIES_A_NOUN = re.compile(r"[ \t]++(?:[a-z]++[ \t]++)?(?:tool|tools|app|apps|dashboard|dashboards|feature|features"
                              r"|analytics|reports|templates|answers|replies|responses|software|system|systems)(?![\w'’])")
_LOWER_JOIN = re.compile(_PURPOSE + r"(?:\s*+(?:,|&|\+|/)?+\s*+(?:and|or|y|o|et|ou|und|oder|e|n|plus)?+\s++|\s*+,\s*+)")


def _typed_lowercase(reading: Reading, pos: int, skip: frozenset[str]) -> Iterator[tuple[int, int]]:
    """After a strong usage frame, words typed in lower case that are no word of English nor of the
    reply's language (wordfreq) nor a channel: product names typed without capitals. A typo of an
    ordinary word is rare too, so only the strong frames ("I use", "tools like") are read this way.
    English replies only: wordfreq's lists of the other languages miss many of their own inflected and
    learned words ("en utilisant le vouvoiement"), and there a name the lists miss leaves the reply to a
    person rather than failing it (rules._partial)."""
    if reading.language != "en":
        return
    text = reading.text
    cursor = _GAP.match(text, pos, min(len(text), pos + _WINDOW)).end()  # type: ignore[union-attr]
    for _ in range(_MOST_LIST_NAMES):
        for _ in range(_MOST_NAME_WORDS):  # small words before the name: "the free version of"
            small = _SMALL_WORD.match(text, cursor)
            if small is None or small.group(1).lower() not in skip:
                break
            cursor = small.end()
        m = _LOWER_NAME.match(text, cursor)
        # A rare word ending in "-ed" is a participle before its noun ("agents use predefined answers"), and one with
        # a noun of its phrase right after it describes that noun ("use the inbuilt scheduling tools"): no name.
        if (m is None or m.group() in channel_names() or m.group().endswith("ed")
                or _MODIFIES_A_NOUN.match(text, m.end()) is not None
                or not rare_word(m.group(), reading.language)):
            return
        yield m.span()
        join = _LOWER_JOIN.match(text, m.end())
        if join is None:
            return
        cursor = join.end()


# The characters a list's join (_LIST_JOIN) that holds anything may start with besides spacing: a gloss's bracket,
# a mark, or a join word's first letter as the pattern, which ignores case, reads it (tests/evaluation/
# test_dense_reply_skips.py checks every code point).
_LIST_JOIN_FIRST = frozenset("(,;/&+aAoOyYeEuU")


def _list_join_after(text: str, end: int) -> re.Match[str] | None:
    """_LIST_JOIN matched at ``end`` (within _WINDOW), or None where it can only match nothing: 300 names glued in
    CamelCase, each followed by a capital, asked it of every name."""
    first = text[end : end + 1]
    if not (first in _LIST_JOIN_FIRST or first.isspace()):
        return None
    return _LIST_JOIN.match(text, end, min(len(text), end + _WINDOW))


def _list_from(text: str, first: tuple[int, int], skip: frozenset[str]) -> Iterator[tuple[int, int]]:
    """The first name and the names listed after it."""
    yield first
    end = first[1]
    for _ in range(_MOST_LIST_NAMES):
        join = _list_join_after(text, end)
        if join is None or join.end() == end:
            return
        name = _name_at(text, join.end(), skip)
        if name is None or name[0] != join.end():
            return
        yield name
        end = name[1]


# How far past a usage frame _name_at and _list_from read: a name within _WINDOW, then up to
# _MOST_LIST_NAMES more, each joined within _WINDOW of the last name and ending within _WINDOW of its join
# (and one character more, where a name's last word may be followed by a space).
_LIST_REACH = _WINDOW * (1 + 2 * _MOST_LIST_NAMES) + 1


@lru_cache(maxsize=4096)
def _names_in(window: str, skip: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """The name at the start of ``window`` and the names listed after it, as offsets in ``window``."""
    first = _name_at(window, 0, skip)
    return () if first is None else tuple(_list_from(window, first, skip))


def _names_after(text: str, pos: int, skip: frozenset[str]) -> list[tuple[int, int]]:
    """The names a usage frame ending at ``pos`` is followed by (none, one, or a list). Worked out once per
    distinct stretch of text after a frame: a hostile reply repeats "We use Zorblax and Quintor via
    Flibber." a hundred times, and each reading took a few regex matches and Python steps per word."""
    return [(pos + start, pos + end) for start, end in _names_in(text[pos : pos + _LIST_REACH], skip)]


# A name as common in writing as "iPhone" or "eBay" (4.4 and 4.0 on wordfreq's Zipf scale; "Slack" 3.7, "Canva"
# 1.8) names what everyone owns or shops on. The tools lists still know the everyday tools among them.
EVERYDAY_DEVICE_ZIPF = 4.0


@lru_cache(maxsize=4096)
def everyday_word_of(word: str, language: str) -> bool:
    """As common in ``language`` as "iPhone" is in English: "tableau", "notion", "mention" in French. A listed name
    typed so in lower case in a reply of that language is first a word of it ("un simple tableau Excel")."""
    return frequencies(language).get(word.lower().replace("’", "'"), 0.0) >= 10 ** (EVERYDAY_DEVICE_ZIPF - 9)


def _counts(reading: Reading, span: tuple[int, int], strong: bool, *, weak: bool = False) -> bool:
    """A product-like word in the name; a product named after a network ("Twitter Analyzer") or a maker
    of software ("Google Reader", "Adobe Express"); a word and an edition in capitals ("Player XP"); or, in a defining
    frame ("Revive Old Post is a plugin"), any name of two capitalised words or more. After a weak frame (``weak``:
    "I live in Washington DC"), a word in capitals is no product's edition."""
    words = reading.text[span[0] : span[1]].split()
    if len(words) == 1 and told_to_the_reader(reading, span[0], span[1]):
        return False
    if len(words) == 1 and a_metrics_name(words[0]):
        return False  # "Tools: CTR measures ...": a metric's name under the tools label, not a product
    if len(words) == 1 and not rare_word(words[0].rstrip(".,'’"), reading.language, EVERYDAY_DEVICE_ZIPF):
        return False  # "Mobile versions include iPhone, iPad ...": a device or a shop everyone names, not a work tool
    if any(product_like(w, reading.language) for w in words):
        return True
    if _maker_named(words) or _headed_like_a_product(words) or (not weak and _a_word_and_its_capitals(words)):
        return True
    return strong and len(words) >= 2


def _a_word_and_its_capitals(words: list[str]) -> bool:
    """A capitalised word then one in capitals, the way products and their editions are named ("Player XP", "Adobe
    XD", "Zendesk QA"): a person's or a place's name holds no such word ("Anna Berg", "Port Alba"); a roman numeral is
    a person's ("John Smith III")."""
    if len(words) != 2 or not words[0][:1].isupper() or words[0].isupper():
        return False
    edition = words[1].rstrip(".,;:!?")
    return _CAPS.match(edition) is not None and _ROMAN.match(edition) is None


# A roman numeral in capitals: a person's generation ("III"), a part ("Part II"), a king.
_ROMAN = re.compile(r"^[IVXLC]++$")


@cache
def _name_heads() -> frozenset[str]:
    return frozenset(toml_table("tool_frames.toml")["name_heads"]["all"])


def _headed_like_a_product(words: list[str]) -> bool:
    """Two capitalised words or more ending with a product noun in capitals (tool_frames.toml [name_heads]): "we use
    Ticket Tool". Capitals mid-sentence mark a proper name, and the last word says what kind of thing it names."""
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].rstrip(".,!?;:") in _name_heads()


def a_metrics_name(word: str) -> bool:
    """The word is a metric's name written in capitals ("CTR", "ROI"): no product, however product-like."""
    return word.rstrip(".,:;'’") in _metric_capitals()


@cache
def _metric_capitals() -> frozenset[str]:
    """The metrics' names written in capitals ("CTR", "ROI", "CPM"), which read like products: read from the metrics
    lexicon as loaded, so what it counts as a metric's name is the one list."""
    return frozenset(entry.phrase for entry in lexicons().metrics.entries if entry.phrase.isupper())


@cache
def _articles(language: str) -> frozenset[str]:
    """tool_frames.toml [articles] of a language, English always too."""
    table = toml_table("tool_frames.toml")["articles"]
    return frozenset(w.lower() for lang in {"en", language} for w in table.get(lang, []))


_NEXT_WORD = re.compile(r"[ \t]++([^\W\d_]++)")
# What may stand before a word that opens its clause: the text's start, a sentence's end, a label's colon.
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[.!?:;\n])[ \t>*•\-]*+\Z")
_OPENS_REACH = 8


def told_to_the_reader(reading: Reading, start: int, end: int) -> bool:
    """The word at start..end opens its clause (after a sentence's end or a label's colon) and an article follows
    it ("Reforce os filtros", "Ferramentas: Reforce os filtros", "Revisit the dashboard"): a verb told to the
    reader, not a product, unless it is written like one (CamelCase, a domain, capitals)."""
    text = reading.text
    m = _NEXT_WORD.match(text, end)
    if m is None or m.group(1).lower() not in _articles(reading.language):
        return False
    if not (start == 0 or _CLAUSE_OPENS_BEFORE.search(text, max(0, start - _OPENS_REACH), start)):
        return False
    return not written_like_product(text[start:end])


def _maker_named(words: list[str]) -> bool:
    """A name of two words or more whose first is a network or a maker of software ([makers])."""
    return len(words) >= 2 and (words[0].lower() in channel_names() or words[0].lower() in frames().makers)


def is_person(reading: Reading, end: int) -> bool:
    """A person's role or pronoun follows the name ending at ``end`` in its sentence ("Siobhan, our designer")."""
    sentence = reading.sentence(max(0, end - 1))
    return _person_after(reading, end, min(sentence.end, end + _TOOL_WORD_REACH))


def _person_after(reading: Reading, end: int, limit: int) -> bool:
    """A role or pronoun after the name ending at ``end``, read up to ``limit``; a possessive apposition headed by a
    product noun is none ("Tweetbot, my favorite Twitter client")."""
    return _PERSON_AFTER.match(reading.text, end, limit) is not None and not _product_apposition(reading, end)


# A possessive apposition right after a name, up to its next mark: ", my favorite Twitter client", ", nuestra
# herramienta de soporte"; or an indefinite one, which says what the name is (group "a"): ", a system that gathers
# sentiment", ", un outil de veille". The literal comma first lets a scan skip to each comma.
_APPOSITION = re.compile(
    r",[ \t]*+(?:our|my|nuestr[oa]s?|mis?|unser[e]?[mnrs]?|mein[e]?[mnrs]?|notre|nos|mon|ma|mes|noss[oa]s?|minhas?"
    r"|meus?|(?P<a>an?|un[ae]?|uma?|ein[e]?))[ \t]++([^\W\d_][^,.;:!?()\n]{0,59}+)",
    re.IGNORECASE,
)
# Words that end an English or German apposition's noun phrase: its head stands before them ("my go-to scheduler
# for Instagram"), a relative clause's subject with them ("an app WE pay for").
_APPOSITION_ENDS = frozenset({"for", "to", "of", "in", "on", "with", "that", "which", "who", "since", "and", "or",
                              "from", "at", "when", "because", "i", "we", "you", "they", "für", "mit", "von", "zum",
                              "zur", "und", "das", "die", "der"})
_HEAD_FIRST = frozenset({"es", "fr", "pt"})
_MOST_APPOSITION_WORDS = 6


@cache
def _apposition_heads() -> dict[str, frozenset[str]]:
    table = toml_table("tool_frames.toml")["apposition_heads"]
    return {language: frozenset(w.lower() for w in heads) for language, heads in table.items()}


def _product_apposition(reading: Reading, end: int) -> bool:
    """A possessive or indefinite apposition right after ``end``, headed by a product noun: "Tweetbot, my favorite
    Twitter client", "Player XP, a system that gathers sentiment"."""
    m = _APPOSITION.match(reading.text, end, min(len(reading.text), end + 80))
    return m is not None and _headed_by_a_product(m, reading.language)


def _headed_by_a_product(apposition: re.Match[str], language: str) -> bool:
    """A product noun heads the apposition: its last word before a word that ends it in English and German (a German
    compound ending in one: "unser Planungstool"), its first in es, fr and pt ("mi herramienta favorita")."""
    words = apposition.group(2).lower().split()[:_MOST_APPOSITION_WORDS]
    heads = _apposition_heads().get(language, _apposition_heads()["en"])
    if language in _HEAD_FIRST:
        return words[0] in heads
    for i, word in enumerate(words):
        if word in _APPOSITION_ENDS:
            words = words[:i]
            break
    if not words:
        return False
    if language == "de":
        return any(words[-1].endswith(h) for h in heads)
    return words[-1] in heads


def _tool_not_person(reading: Reading, span: tuple[int, int], tool_words: list[int]) -> bool:
    """After a weak frame: a name written like a product, or one near a word that speaks of a tool in
    its sentence ("the Kurrently app", "Kurrently for scheduling"); never one followed by a person's
    role or pronoun. ``tool_words``: sorted starts of tool words and after-frames in the reply."""
    sentence = reading.sentence(span[0])
    if _person_after(reading, span[1], min(sentence.end, span[1] + _TOOL_WORD_REACH)):
        return False
    named = reading.text[span[0] : span[1]].split()
    if any(written_like_product(w) for w in named) or _maker_named(named):
        return True
    lo, hi = max(sentence.start, span[0] - _TOOL_WORD_REACH), min(sentence.end, span[1] + _TOOL_WORD_REACH)
    i = bisect.bisect_left(tool_words, lo)
    return i < len(tool_words) and tool_words[i] < hi


@cache
def channel_names() -> frozenset[str]:
    """The networks' names (channels.txt), lower-cased."""
    return frozenset(e.phrase.lower() for e in named_entries("channels.txt"))


# The head of a list item that says what a product does: "Tweetdeck – organises streams", "- Perpsctv: gives an
# overview", "TweetReach: Esta herramienta revela...". At a line's start (after a bullet or a number) or a
# sentence's, up to three capitalised words, then a dash or a colon and the description. The head at the text's
# start is matched there (_LISTED_HEAD_FIRST); the others start with the line break or the sentence's mark they
# follow, matched as one class (a pattern starting with "^" or a look-behind is tried at every character of the
# reply; one starting with a class is skipped to its characters at C speed). A head ends on a space or a tab, so
# none starts inside the one before. (?>...): after a line break the head is read from there only.
_LISTED_HEAD_BODY = (r"[ \t]*+(?:[-*•·]|\d{1,2}[.)])?+[ \t]*+"
                     r"(?P<name>[A-Z0-9][\w.+&'’]*+(?:[ \t][A-Z0-9][\w.+&'’]*+){0,2}?)[ \t]*+(?:[–—-]|:)[ \t]++"
                     r"(?=[^\W\d_])")
_LISTED_HEAD_FIRST = re.compile(_LISTED_HEAD_BODY)
_LISTED_HEAD = re.compile(r"[\n.!?](?>(?<=\n)|[ \t])" + _LISTED_HEAD_BODY)


def _list_heads(text: str) -> Iterator[re.Match[str]]:
    """The heads of list items in ``text``: at its start, after a line break, or after a sentence's mark and a
    space or a tab (each match's "name" and end as the pattern reads them; a match after a line break or a mark
    starts at it)."""
    first = _LISTED_HEAD_FIRST.match(text)
    if first is not None:
        yield first
    yield from _LISTED_HEAD.finditer(text, first.end() if first is not None else 0)
# A description that opens on a person's role or pronoun: "Siobhan – our designer", "Kai: he runs the forum".
_PERSON_DESCRIBED = re.compile(
    r"[ \t]*+(?:[–—-]|:)[ \t]++(?:our|my|who|she|he|nuestr[oa]|mi|unser[e]?|mein[e]?|notre|mon|ma|nossa|nosso|minha|"
    r"meu|ella|él|sie|er|elle|il|ela|ele)\b", re.IGNORECASE)
# How far before a listed head a word about tools or a usage frame makes the list one of tools.
_LIST_CONTEXT_CHARS = 300


@cache
def _label_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words that head a line as its label (exact words, and prefixes from entries ending in "*")."""
    advice = toml_table("advice.toml")
    entries = [w for table in ("tools_topic", "metrics_topic", "tip_question") for ws in advice[table].values()
               for w in ws]
    entries += [w for ws in toml_table("tool_frames.toml")["not_list_heads"].values() for w in ws]
    low = [w.lower() for w in entries if " " not in w]
    return frozenset(w for w in low if not w.endswith("*")), tuple(w[:-1] for w in low if w.endswith("*"))


def _a_label(word: str) -> bool:
    exact, prefixes = _label_words()
    low = word.lower().rstrip(".")
    return low in exact or low.startswith(prefixes)


def _listed_heads(reading: Reading, taken: SpanSet) -> Iterator[NamedTool]:
    """Product-like names heading the items of a list of tools: a word about tools ("tools", "apps",
    "herramienta") or a usage frame within the item or the text just before it, or a named tool heading another
    item near it, says what the list is."""
    f = frames()
    cues: list[int] | None = None
    other_topics: SpanSet | None = None
    heads = list(_list_heads(reading.text))
    # A named tool heading an item ("Google Analytics - some high-level data") says what its list is of, for the
    # items before it as for those after ("AppsFlyer - for attribution").
    known = [m.start("name") for m in heads if taken.overlaps(*m.span("name"))]
    for m in heads:
        lo, hi = m.span("name")
        words = reading.text[lo:hi].split()
        if taken.overlaps(lo, hi) or _a_label(words[0]) or not any(product_like(w, reading.language) for w in words):
            continue
        # "Verärgerte Kunden: Eine ruhige Antwort ...", "Portée : le nombre de personnes ...": a head naming anger
        # or a metric labels another answer (German capitalises every noun, and an unaccented "Portee" is rare
        # as a word, so either looks like a name); so does one naming metrics as such ("Community Management KPIs:
        # Antwortrate und Reaktionszeit").
        if other_topics is None:
            lex = lexicons()
            other_topics = SpanSet([(h.start, h.end) for lexicon in (lex.anger, lex.metrics, lex.metric_cues)
                                    for h in lexicon.find(reading.prepared)])
        if other_topics.overlaps(lo, hi):
            continue
        if cues is None:  # found once, and only for a reply with a product-like list head
            found = f.tool_words.find(reading.prepared) + f.before.find(reading.prepared)
            cues = sorted(h.start for h in found)
        line_end = reading.text.find("\n", hi)
        item_end = len(reading.text) if line_end == -1 else line_end
        i = bisect.bisect_left(cues, max(0, lo - _LIST_CONTEXT_CHARS))
        k = bisect.bisect_left(known, lo - _LIST_CONTEXT_CHARS)
        beside_a_named_tool = k < len(known) and known[k] <= lo + _LIST_CONTEXT_CHARS
        if ((i < len(cues) and cues[i] < item_end) or beside_a_named_tool) and not _PERSON_DESCRIBED.match(
                reading.text, hi, item_end):
            name = reading.text[lo:hi]
            said = reading.text[lo : m.end()].strip()
            yield NamedTool(name.lower(), lo, hi, f'heads an item of a list of tools: "{said}"')


# A list's join right before a name: "mLabs e Canva", "Zonkify, Canva" (the name before it is read back).
# A gloss in brackets after the name before may stand before the join: "Wunderlist (my to-do lists), Basecamp".
# The join word is a whole word: the "o" ending "Utilizo Metricool" is no Spanish "or".
_JOIN_BEFORE = re.compile(r"(?:[ \t]*+\([^()\n]{0,40}\))?+"
                          r"(?:[ \t]*+(?:,|;|/|&|\+)?+[ \t]*+\b(?:and|or|y|o|et|ou|und|oder|e|plus)[ \t]++"
                          r"|[ \t]*+(?:,|/|&|\+)[ \t]*+)" + rf"(?:\b{_ARTICLE})?+\Z", re.IGNORECASE)
# How far before a listed tool its join (and a gloss) is looked for.
_JOIN_BEFORE_REACH = 60
# What a join ends with before the spaces or tabs before a tool: a join word's or an article's last letter (as the
# pattern, which ignores case, reads it: "ſ" is an "s" to it) when spaces or tabs follow it, or a mark.
_JOIN_WORD_ENDS = frozenset("dDrRyYoOtTuUeEsSſlLaAnN")
_JOIN_MARKS = frozenset(",/&+")
# What a join holds besides its words (and a gloss), and the most letters of its words ("oder den", "plus the").
_JOIN_SPACING = frozenset(" \t,;/&+")
_LONGEST_JOIN_WORD = 7
# The join words and the articles _JOIN_BEFORE reads (lower case), and the longest of them.
_JOIN_WORDS_ALONE = frozenset({"and", "or", "y", "o", "et", "ou", "und", "oder", "e", "plus", "the", "el", "la", "los",
                               "las", "a", "os", "as", "le", "les", "der", "die", "das", "den"})
_LONGEST_JOIN_WORD_ALONE = 4


def _join_before(text: str, start: int) -> re.Match[str] | None:
    """_JOIN_BEFORE searched in the _JOIN_BEFORE_REACH characters before ``start``. A match ends at ``start``: a
    join word and at least a space or tab, or a mark (",", "/", "&", "+") and any; the search is run only where
    the character before the spaces and tabs ending there is such a letter or mark (every one of 300 names
    glued together in CamelCase had the search try sixty places before it: a third of the judgement)."""
    lo = max(0, start - _JOIN_BEFORE_REACH)
    spaced = start
    while spaced > lo and text[spaced - 1] in " \t":
        spaced -= 1
    if spaced == lo:
        return None
    last = text[spaced - 1]
    if last not in _JOIN_MARKS and (spaced == start or last not in _JOIN_WORD_ENDS):
        return None
    if last not in _JOIN_MARKS:
        # A match then ends with a join word or an article, a whole word: the word before the spaces, when it and the
        # letters before it are ASCII, is one of them ("I use Hootsuite" was searched from eight places before it).
        word = ascii_word_before(text, lo, spaced, _LONGEST_JOIN_WORD_ALONE)
        if word is not None and word.lower() not in _JOIN_WORDS_ALONE:
            return None
    if text.find(")", lo, start) == -1:
        # With no gloss, a match holds spaces, tabs, marks and one join word of at most _LONGEST_JOIN_WORD letters:
        # it starts after the character before those that is one more (the search tried every place of the reach).
        others = 0
        for i in range(start - 1, lo - 1, -1):
            if text[i] not in _JOIN_SPACING:
                others += 1
                if others > _LONGEST_JOIN_WORD:
                    lo = i + 1
                    break
    return _JOIN_BEFORE.search(text, lo, start)


# A product's domain typed in lower case ("topsy.com and hootsuite.com"): a domain is a product's form.
_LOWER_DOMAIN = re.compile(rf"[a-z0-9][a-z0-9-]{{1,30}}+\.{TLDS}(?![\w.@-])")
_LOWER_DOMAIN_BEFORE = re.compile(rf"(?<![\w.@/-])[a-z0-9][a-z0-9-]{{1,30}}+\.{TLDS}\Z")
_DOMAIN_TAIL = re.compile(rf"\.{TLDS}(?![\w.@-])")


def _unheard_of(word: str, language: str) -> bool:
    """A capitalised word wordfreq's large list has never seen, in English or the reply's language ("Podtrac",
    "Timery"; it has "Priya" and "Dovetail", which its small list, read elsewhere, has not): joined in one list to a
    known tool it is a product too, with no word about tools around it. The large lists are read only when such a
    list is found (measured, growth of the process's resident memory: English 0.12 s and 43 MB, German 83 MB)."""
    if not (word[:1].isupper() and len(word) >= 3 and rare_word(word, language)):
        return False
    low = word.lower().replace("’", "'")
    return all(low not in frequencies(lang, "large") for lang in {"en", language})


def listed_beside(reading: Reading, known: list[tuple[int, int]], taken: SpanSet,
                   cues: list[int]) -> Iterator[NamedTool]:
    """A product-like name joined in one list to a tool a list knows ("No dia a dia: mLabs e Canva",
    "Hootsuite, Zonkify and Canva"): written like a product (CamelCase, a domain, capitals), or rare and
    capitalised in a sentence with a usage frame or a word about tools (``cues``: sorted starts); never a
    channel nor a name a person's role or pronoun follows. unframed_names reads the same beside a name written like a
    product. ``known``: sorted spans; ``taken`` grows with each name found."""
    text = reading.text
    for start, end in known:
        spans: list[tuple[int, int]] = []
        # "hootsuite.com": the list goes on after the domain.
        domain_end = _DOMAIN_TAIL.match(text, end) if text.startswith(".", end) else None
        end = domain_end.end() if domain_end else end
        join = _join_before(text, start)
        # A list is joined inside one sentence: "... por ANOS.\n\nO Trello é ..." opens a sentence with an article.
        if join is not None and reading.layout.index_at(join.start()) == reading.layout.index_at(start) and (
                join.start() > reading.layout.sentences[reading.layout.index_at(start)].start):
            before = _name_before(reading, join.start())
            lowered = _LOWER_DOMAIN_BEFORE.search(text, max(0, join.start() - _WINDOW), join.start())
            if before is not None:
                spans.append(before)
            elif lowered is not None:
                spans.append(lowered.span())
        join_after = _list_join_after(text, end)
        if join_after is not None and join_after.end() > end:
            after = _name_at(text, join_after.end(), frozenset())
            lowered = _LOWER_DOMAIN.match(text, join_after.end())
            if after is not None and after[0] == join_after.end():
                spans.append(after)
            elif lowered is not None:
                spans.append(lowered.span())
        for span in spans:
            name = text[span[0] : span[1]]
            if taken.overlaps(*span) or name.lower().split(".")[0] in channel_names():
                continue
            sentence = reading.sentence(span[0])
            if _person_after(reading, span[1], min(sentence.end, span[1] + _TOOL_WORD_REACH)):
                continue
            words = name.split()
            if _a_channels_thing(reading, words, span):
                continue
            if not (any(written_like_product(w) for w in words)
                    or all(_unheard_of(w, reading.language) for w in words)):
                i = bisect.bisect_left(cues, sentence.start)
                if not (any(product_like(w, reading.language) for w in words)
                        and i < len(cues) and cues[i] < sentence.end):
                    continue
            taken.add(*span)
            said = text[min(span[0], start) : max(span[1], end)]
            yield NamedTool(name.lower(), span[0], span[1], f'listed with a named tool: "{said}"')


def _a_channels_thing(reading: Reading, words: list[str], span: tuple[int, int]) -> bool:
    """A network's name, then everyday words that name no tool: a thing on the network ("comments on a YouTube Video,
    or a Google Alert", "our Facebook Page"), not a product. A word about tools ("YouTube Studio", "Twitter Lists
    Manager") or a product-like word after the network keeps it a name."""
    if len(words) < 2 or words[0].lower() not in channel_names():
        return False
    if any(written_like_product(w) or _unheard_of(w, reading.language) for w in words[1:]):
        return False
    return not any(span[0] <= hit.start and hit.end <= span[1] for hit in frames().tool_words.find(reading.prepared))


# The owner before a name or a list of names: "my", "our", "our team", "the team's".
_OWNER_BEFORE = re.compile(r"(?<![\w'’])(?:my|our|team|team's|team’s)[ \t]++\Z", re.IGNORECASE)
_OWNER_REACH = 16


def _owned_names(reading: Reading, pos: int) -> list[tuple[int, int]]:
    """The name just before ``pos`` and the names listed before it, when an owner word opens them: "my
    Cision, Google and FP Informart [alerts]"; none without one ("the Glossier [account]")."""
    text = reading.text
    names: list[tuple[int, int]] = []
    name = _name_before(reading, pos)
    for _ in range(_MOST_LIST_NAMES):
        if name is None:
            return []
        names.append(name)
        if _OWNER_BEFORE.search(text, max(0, name[0] - _OWNER_REACH), name[0]):
            return [n for n in names if text[n[0] : n[1]].lower() not in channel_names()]
        join = _join_before(text, name[0])
        name = _name_before(reading, join.start()) if join is not None else None
    return []


# How far after a usage frame, in its sentence, a maker's product may stand: "I use a plethora of filters, labels,
# keyboard shortcuts, advanced searches and Google Notifier for the important mails".
_OBJECT_REACH_CHARS = 200


@cache
def _maker_product() -> re.Pattern[str]:
    """A maker of software ([makers]) written with its capital, then a capitalised word: "Google Notifier".
    Written to start with the makers' first letters (after_first_letters: the same matches), so a scan skips to
    them; headed by its look-behind, the case-blind alternation was tried at every character of the reply."""
    return re.compile(after_first_letters(r"[\w'’-]", frames().makers) + r"[ \t]++[A-Z][\w'’-]++", re.ASCII)


def _makers_products(reading: Reading) -> list[tuple[int, int]]:
    """Every maker's product in the reply, in order: found once, however many usage frames ask (a hostile reply
    repeats "I use" thousands of times)."""
    return [m.span() for m in _maker_product().finditer(reading.text) if m.group()[:1].isupper()]


def _makers_products_after(reading: Reading, end: int, products: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The products of a maker of software in the rest of a usage frame's sentence, however long the list before
    them: a maker's name opening a name says it is a product ("Google Notifier", "Adobe Express")."""
    hi = min(reading.sentence(end).end, end + _OBJECT_REACH_CHARS)
    k = bisect.bisect_left(products, (end, end))
    out = []
    while k < len(products) and products[k][1] <= hi:
        if not is_person(reading, products[k][1]):
            out.append(products[k])
        k += 1
    return out


# A brand's possessive, then up to three words, before a product noun of [after]: "Yelp's business app", "Buffer's
# Pablo app", "Google's Business Profile dashboard". Read in a bounded window before the noun.
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w.&]*+)['’]s[ \t]++(?:[\w-]++[ \t]++){0,3}\Z")
_POSSESSIVE_REACH_CHARS = 60
# A possessive before a product noun marks a brand more plainly than a capital alone, so the brand may be a little
# more common a word than a name in prose ("Yelp", 3.3 on wordfreq's Zipf scale); first names stay out ("Pablo" 3.8,
# "Maria" 4.3).
_POSSESSIVE_ZIPF = 3.6


def _brands_product(reading: Reading, pos: int) -> tuple[int, int] | None:
    """The brand (its span) whose possessive opens the words before the product noun at ``pos``: "Yelp's business
    app". The brand must look like a product or be a maker of software; a person's name ("Maria's app") is none."""
    m = _POSSESSIVE_BEFORE.search(reading.text, max(0, pos - _POSSESSIVE_REACH_CHARS), pos)
    if m is None:
        return None
    span = m.span(1)
    owner = m.group(1)
    if is_person(reading, pos) or not (_counts(reading, span, strong=False)
                                       or rare_word(owner, reading.language, _POSSESSIVE_ZIPF)):
        return None
    return span


# Heads that title a document, not a product, however they are capitalised: "the metrics we review in our Marketing
# Reports", "the Monthly Report".
_DOCUMENT_HEADS = frozenset({"report", "reports"})


def _part_of_the_name(reading: Reading, name: tuple[int, int], said: str) -> bool:
    """An after-frame noun written with a capital, right after capitalised words inside a sentence, is the
    last word of a product's name ("view the numbers in the Creator Dashboard", "the Meta Business Suite
    App"): mid-sentence, capitals mark a proper name however common its words. At a sentence's or a line's
    start they mark nothing ("Dashboard reports are weekly"), and a heading line is often in title case."""
    if not said[:1].isupper() or not said.isalpha() or said.isupper() or said.lower() in _DOCUMENT_HEADS:
        return False
    sentence = reading.sentence(name[0])
    opening = sentence.after_label(past_mark=True)
    before = reading.text[opening : name[0]]
    if not (before.strip() and any(c.islower() for c in before)) or is_person(reading, name[1]):
        return False
    # A network's own app stays the network's ("the Instagram App"): network_tools.txt reads those.
    return not all(w.lower() in channel_names() for w in reading.text[name[0] : name[1]].split()[:-1])


# "used" after a form of "be" is passive: what is used stands before it ("Google Analytics is used today, but it is
# used inconsistently"), and what follows says how or by whom, no name.
_BE_BEFORE = re.compile(r"(?<![\w'’])(?:is|are|was|were|be|been|being)[ \t]++(?:[a-z]++ly[ \t]++)?\Z", re.IGNORECASE)
_BE_REACH_CHARS = 24


def _passive(text: str, hit: Hit) -> bool:
    return text[hit.start : hit.end].lower() == "used" and _BE_BEFORE.search(
        text, max(0, hit.start - _BE_REACH_CHARS), hit.start) is not None


# What a name is for, right after it: "I use Fathom for my website, Transistor (for my Podcast)", or an infinitive of
# purpose, "to help me know when ...", which may follow the bracket the name closes ("a service (I use Gist) to help").
_FOR_A_PURPOSE = re.compile(r"[ \t]*+(?:\(?+[ \t]*+for[ \t]++(?:my|our|the|a|an|its|their)?+[ \t]*+[\w'’-]"
                            r"|\)?+[ \t]*+to[ \t]++[a-z]{2,}+(?![\w'’-]))", re.IGNORECASE)


def _capitalised_for_a_purpose(reading: Reading, span: tuple[int, int]) -> bool:
    """A capitalised word after a usage frame, with what it is for right after it, is a product however common the
    word ("I use Fathom for my website, Transistor (for my Podcast)"): capitals mid-sentence mark a proper name and the
    purpose says it is a tool. Not a word every reply capitalises (a day, a month: wordfreq's everyday names)."""
    word = reading.text[span[0] : span[1]]
    return (" " not in word and word[:1].isupper() and not word.isupper()
            and _FOR_A_PURPOSE.match(reading.text, span[1]) is not None
            and rare_word(word, reading.language, EVERYDAY_DEVICE_ZIPF))


def list_cues(reading: Reading) -> list[int]:
    """Where the words that say a list is one of tools stand (a tool word, a usage frame, a weak frame), sorted: what
    listed_beside reads a list's names with."""
    f = frames()
    found = f.tool_words.find(reading.prepared) + f.before.find(reading.prepared) + f.weak.find(reading.prepared)
    return sorted(h.start for h in found)


# A sentence whose subject is a tool and whose name comes after its verb "to be": "The best tool I've found to easily
# track your follower count is Twitter Counter", "my favourite app for scheduling has been Planoly". Starting with
# the determiner's letters, so a scan of the reply skips to them (what stands before is tested after a match).
_TOOL_NOUNS = ("tool", "app", "platform", "service", "plugin", "extension", "bot", "software")
_TOOL_IS = re.compile(
    rf"(?:[Tt]he|[Mm]y|[Oo]ur)[ \t]++(?:[\w'’-]++[ \t]++){{0,2}}?(?:{'|'.join(_TOOL_NOUNS)})s?+(?![\w'’-])"
    r"(?:[ \t]++[^\s.!?;:,()]++){0,12}?[ \t]++(?:is|was|remains|has[ \t]++been)[ \t]++")
# The word-index keys of its nouns: a reply with none of them is not scanned (most replies).
_TOOL_IS_NOUNS = frozenset(f"={noun}{plural}" for noun in _TOOL_NOUNS for plural in ("", "s"))


# The end of a usage frame that names the kind of the products after it: "tools like", "apps such as", "herramientas
# como", "Tools wie", "outils comme", "ferramentas como" (tool_frames.toml [before]).
_KIND_FRAME = re.compile(r"(?<![\w'’])(?:like|such\s++as|como|wie|comme)\Z", re.IGNORECASE)


def named_tools(reading: Reading, known: list[tuple[int, int]]) -> list[NamedTool]:
    """Product-like names in usage frames, except where ``known`` (tools the lists found) already
    are: those need no frequency look-up, so most replies never load the word lists."""
    f = frames()
    out: list[NamedTool] = []
    taken = SpanSet(known)

    def new(span: tuple[int, int]) -> bool:
        return not taken.overlaps(*span)

    before_hits = [h for h in f.before.find(reading.prepared) if not _passive(reading.text, h)]
    for hit in before_hits:
        said = reading.text[hit.start : hit.end]
        names = _names_after(reading.text, hit.end, f.skip)
        if not names:
            for span in _typed_lowercase(reading, hit.end, f.skip):
                if new(span):
                    name = reading.text[span[0] : span[1]]
                    why = f'named in a usage frame, typed in lower case: "{said} {name}"'
                    out.append(NamedTool(name.lower(), span[0], span[1], why))
            continue
        # A frame naming the kind ("tools like", "a comment tool such as", "Tools wie") says what follows is a product
        # of that kind, so a name of two capitalised words counts however common each ("tools like Social Hub").
        kind = _KIND_FRAME.search(said) is not None
        for span in names:
            if new(span) and (_counts(reading, span, strong=kind) or _capitalised_for_a_purpose(reading, span)):
                name = reading.text[span[0] : span[1]]
                out.append(NamedTool(name.lower(), span[0], span[1], f'named in a usage frame: "{said} {name}"'))
    tool_is = reading.language == "en" and not _TOOL_IS_NOUNS.isdisjoint(reading.prepared.keys)
    for m in _TOOL_IS.finditer(reading.text) if tool_is else ():
        if m.start() and (reading.text[m.start() - 1].isalnum() or reading.text[m.start() - 1] in "'’_"):
            continue  # "Theme", "Gourmet": the letters end a word, no determiner
        # "The best tool I've found to track your follower count is Twitter Counter": the name the sentence says
        # its tool is, however long the subject (a usage frame reads at most four words between).
        for span in _names_after(reading.text, m.end(), f.skip)[:1]:
            if new(span) and _counts(reading, span, strong=True):
                name = reading.text[span[0] : span[1]]
                said = reading.text[m.start() : m.end()].strip()
                out.append(NamedTool(name.lower(), span[0], span[1], f'named as what a tool is: "{said} {name}"'))
    products = _makers_products(reading) if before_hits else []
    for hit in before_hits if products else ():
        for span in _makers_products_after(reading, hit.end, products):
            if new(span):
                name = reading.text[span[0] : span[1]]
                said = reading.text[hit.start : hit.end]
                out.append(NamedTool(name.lower(), span[0], span[1], f'a maker\'s product in what "{said}" names'))
                taken.add(*span)
    tool_words: list[int] | None = None
    for hit in f.weak.find(reading.prepared):
        said = reading.text[hit.start : hit.end]
        for span in _names_after(reading.text, hit.end, f.skip):
            if not (new(span) and _counts(reading, span, strong=False, weak=True)):
                continue
            if tool_words is None:  # found once, and only for a reply with a weak frame before a name
                # what a listed everyday-word name is for says a tool too ("I'm in Zonkify for approvals")
                found = f.tool_words.find(reading.prepared) + f.used_for.find(reading.prepared)
                tool_words = sorted(h.start for h in found)
            if _tool_not_person(reading, span, tool_words):
                name = reading.text[span[0] : span[1]]
                out.append(NamedTool(name.lower(), span[0], span[1], f'named in a usage frame: "{said} {name}"'))
    for hit in f.after.find(reading.prepared):
        before = _name_before(reading, hit.start)
        said = reading.text[hit.start : hit.end]
        defining = said.lower().startswith(_DEFINING)
        if before is not None:
            # A name that ends its sentence ("getting Zorblax. It's a chat client") ends before the mark.
            before = (before[0], len(reading.text[before[0] : before[1]].rstrip(".,'’")) + before[0])
        if before is not None and reading.text[before[1] : hit.start] == " " and _part_of_the_name(
                reading, (before[0], hit.end), said):
            # "the Creator Dashboard": a capitalised product noun ends the name, which common words may open.
            name = reading.text[before[0] : hit.end]
            if new((before[0], hit.end)):
                out.append(NamedTool(name.lower(), before[0], hit.end, f'named as a product: "{name}"'))
            continue
        if before is not None and new(before) and (_counts(reading, before, strong=defining) or (
                said.lower() in _PRODUCT_HEADS and reading.text[before[1] : hit.start] == " "
                and not reading.text[before[0] : before[1]].endswith(("'s", "’s"))  # "Pablo's app": a person's
                and not told_to_the_reader(reading, before[0], before[1]))):
            name = reading.text[before[0] : before[1]]
            out.append(NamedTool(name.lower(), before[0], before[1], f'named in a usage frame: "{name} {said}"'))
        elif before is None:
            owned = _brands_product(reading, hit.start)
            if owned is not None and new((owned[0], hit.end)):
                name = reading.text[owned[0] : hit.end]
                out.append(NamedTool(name.lower(), owned[0], hit.end, f'a brand\'s own product: "{name}"'))
    for hit in f.owned.find(reading.prepared):
        said = reading.text[hit.start : hit.end]
        for span in _owned_names(reading, hit.start):
            if new(span) and _counts(reading, span, strong=False):
                name = reading.text[span[0] : span[1]]
                out.append(NamedTool(name.lower(), span[0], span[1], f'named as the candidate\'s own: "{name} {said}"'))
    for m in _APPOSITION.finditer(reading.text):
        # "Zorblax, our support tool, ...": the apposition says the product is the candidate's own. "Player XP, a
        # system that gathers sentiment": it says what the name is, as "Player XP is a tool" does.
        if not _headed_by_a_product(m, reading.language):
            continue
        defining = m.group("a") is not None
        described = _name_before(reading, m.start())
        if described is not None and new(described) and _counts(reading, described, strong=defining):
            name = reading.text[described[0] : described[1]]
            said = reading.text[m.start() : m.end()].strip(", \t")
            how = "named as what it is" if defining else "named as the candidate's own"
            out.append(NamedTool(name.lower(), described[0], described[1], f'{how}: "{name}, {said}"'))
    out += _listed_heads(reading, SpanSet([*known, *((t.start, t.end) for t in out)]))
    if known:
        cues = list_cues(reading)
        out += listed_beside(reading, sorted(known), SpanSet([*known, *((t.start, t.end) for t in out)]), cues)
    return out
