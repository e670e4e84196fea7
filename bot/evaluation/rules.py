"""The rules judge: decide the three criteria from the candidate's own words, with evidence.

pass         all three criteria hold and nothing calls for a person;
fail         a criterion is clearly missing (this also covers a manipulation attempt that
             answered nothing: the attempt is flagged, but the missing answer decides);
needs_review the rules cannot be sure: a language without lexicons, abuse, manipulation around a
             complete answer, a bare keyword list, a finding they can neither confirm nor refute,
             or partial evidence from a genuine attempt (see ``_partial``).
"""

from __future__ import annotations

import re

from bot.evaluation import apostrophes
from bot.evaluation.abuse import find_abuse
from bot.evaluation.advice import cues, instruction_starts
from bot.evaluation.answers import content_blocks
from bot.evaluation.language import detect_language, is_judged, profile
from bot.evaluation.lexicon import lexicons
from bot.evaluation.manipulation import read_manipulation
from bot.evaluation.metrics import find_metrics
from bot.evaluation.patterns import prepare_alike
from bot.evaluation.reading import Finding, Reading
from bot.evaluation.result import CriterionResult, Judgement, Source, Verdict
from bot.evaluation.spans import SpanSet
from bot.evaluation.taken_up import affirmed, takes_up
from bot.evaluation.text import words
from bot.evaluation.tips import find_tip
from bot.evaluation.tool_names import frames
from bot.evaluation.tools import find_tools
from bot.evaluation.wrapping import unwrap
from bot.settings import EvaluationSettings

# "and"/"or", an article or a possessive do not make a list of keywords into a sentence: "active listening,
# empathizing, validating their feelings" is a list of three acts.
_NO_SENTENCE_WORDS = frozenset({
    "and", "or", "y", "o", "und", "oder", "et", "ou", "e",
    "the", "a", "an", "their", "your", "our", "my", "his", "her", "its",
    "el", "la", "los", "las", "un", "una", "su", "sus", "tu", "tus", "nuestro", "nuestra",
    "der", "die", "das", "den", "dem", "ein", "eine", "einen", "ihr", "ihre", "ihren", "unser", "unsere",
    "sein", "seine",
    "le", "les", "une", "leur", "leurs", "son", "sa", "ses", "notre", "nos", "votre", "vos",
    "os", "as", "um", "uma", "seu", "sua", "seus", "suas", "nosso", "nossa",
})
_SENTENCE_MIN_WORDS = 4
_LIST_SEPARATORS = re.compile(r"[,;/+|•·]|\s-\s")
_WORD_SPAN = re.compile(r"\w+")
# "Don't get defensive.", "Respond privately, and quickly.": an instruction of two words or more that
# ends a sentence is one, however short (terse answers under quoted questions). Marks before it: a
# bullet, a number, quote marks.
_LEADING_MARKS = re.compile(r"[\s>*•·\-–—\d.)(\"'“”‘’]*+")
_INSTRUCTION_MIN_WORDS = 2
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*+\s*+$")
# Calibrated doubt (issue 9 item 5). A criterion short of its threshold is partial evidence, not a
# clear gap, when the rest of the reply is there and the shortfall is small: at least this share
# of the threshold ("two of three metrics") in an answer of at least this many words (several
# paragraphs, where the request asks for "a few sentences"; set against the review budget of
# issue 9, at most 15% of replies, on the development split of realdev).
_PARTIAL_SHARE = 2 / 3
_LONG_ANSWER_WORDS = 120
# A reply of this many answer blocks is shaped like a complete answer to the three questions.
_COMPLETE_ANSWER_BLOCKS = 3
# A figure and what it counts: "9600 Downloads", "672.000 Mal", "36 Prozent", "12%", "+12 %". A year ("2018") or a
# day of a date counts nothing: one digit alone, or four that read as a year, with no percent after, are left out.
_COUNTED_FIGURE = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:[.,\u00a0 ]\d{3})++|\d{2,3}+|(?!19\d\d|20\d\d)\d{4}+|\d{5,}+)"
    r"(?:[.,]\d++)?+[ \u00a0]?+(?:%|[^\W\d_]{3,})"
    r"|(?<![\w.,])\d{1,4}+(?:[.,]\d++)?+[ \u00a0]?+(?:%|prozent|por ?ciento|pour ?cent|por ?cento|percent)",
    re.IGNORECASE)


def _criterion(finding: Finding, threshold: int) -> CriterionResult:
    return CriterionResult(
        met=finding.count >= threshold, evidence=finding.evidence, source=Source.RULES, notes=finding.notes,
        why=finding.why,
    )


def _reads_as_prose(reading: Reading, start: int, end: int, vocab: frozenset[str], keywords: SpanSet) -> bool:
    """A sentence, not a list: four words or more, with a small function word, or a phrase of four
    words or more between commas that is not itself mostly keywords ("acknowledge angry customers
    publicly" is a phrase; "Hootsuite Buffer Sprout Canva" and "empathy apologize listen" are lists
    with the commas left out)."""
    tokens = [w.lower() for w in words(reading.text[start:end])]
    if len(tokens) < _SENTENCE_MIN_WORDS:
        return False
    if any(t in vocab for t in tokens):
        return True
    part_start = start
    for cut in [*(m.start() for m in _LIST_SEPARATORS.finditer(reading.text, start, end)), end]:
        found = list(_WORD_SPAN.finditer(reading.text, part_start, cut))
        keyword_words = sum(keywords.overlaps(m.start(), m.end()) for m in found)
        if len(found) >= _SENTENCE_MIN_WORDS and 2 * keyword_words < len(found):
            return True
        part_start = cut + 1
    return False


def _is_keyword_list(reading: Reading, tools: Finding, metrics: Finding, tip: Finding) -> bool:
    """True when keywords were found but no line reads as a sentence."""
    if tools.count + metrics.count < 2:
        return False
    keywords = _keywords(reading, tools, metrics)
    vocab = profile().words.get(reading.language, frozenset()) - _NO_SENTENCE_WORDS
    instructions: list[frozenset[int]] = []  # looked up at the first sentence that does not read as prose
    first, last = SpanSet([*tools.spans, *metrics.spans, *tip.spans]).extent()
    topical: list[SpanSet] = []  # looked up at the first sentence outside the keywords' range
    for sentence in reading.layout.sentences:
        if reading.is_excluded(sentence.start, sentence.end):
            continue
        if sentence.end <= first or sentence.start >= last:
            # A greeting or a sign-off around the lists ("Happy to help, here goes.") answers nothing: it makes
            # no list a sentence unless it names a question's topic ("The tools I use:").
            if not topical:
                c = cues()
                topical.append(SpanSet([(h.start, h.end) for m in c.topics.values() for h in m.find(reading.prepared)]))
            if not topical[0].overlaps(sentence.start, sentence.end):
                continue
        body_start = sentence.after_label(past_mark=True)
        if _reads_as_prose(reading, body_start, sentence.end, vocab, keywords):
            return False
        if not instructions:
            instructions.append(instruction_starts(reading))
        if _short_instruction(reading, body_start, sentence.end, instructions[0]):
            return False
    return True


def _short_instruction(reading: Reading, start: int, end: int, instructions: frozenset[int]) -> bool:
    """A sentence that opens with an instruction word, ends with its stop and is no list: at most one
    separator, with two words or more before it ("Stay calm.", "Respond privately, and quickly.";
    not "Listen, apologise, DM")."""
    if start >= end:
        return False  # a label that ends its sentence ("Tip:") leaves no body
    start = _LEADING_MARKS.match(reading.text, start, end).end()  # type: ignore[union-attr]
    if start not in instructions or _SENTENCE_END.search(reading.text, start, end) is None:
        return False
    cuts = [m.start() for m in _LIST_SEPARATORS.finditer(reading.text, start, end)]
    return len(cuts) <= 1 and len(words(reading.text[start : cuts[0] if cuts else end])) >= _INSTRUCTION_MIN_WORDS


def _keywords(reading: Reading, *findings: Finding) -> SpanSet:
    """Where the reply names a tool, a metric, an action for angry people or anger itself."""
    lex = lexicons()
    hits = [*lex.tip_actions.find(reading.prepared), *lex.anger.find(reading.prepared)]
    return SpanSet([*(span for f in findings for span in f.spans), *((h.start, h.end) for h in hits)])


def _partial(reading: Reading, findings: dict[str, Finding], thresholds: dict[str, int],
             missing: list[str]) -> tuple[str, ...]:
    """The missing criteria, when each is partial evidence rather than a clear gap; else ()."""
    # In a language whose lexicons are thinner than English's, a reply that takes up every question it
    # seems to miss (something found, its topic named, or a block of its own that answers it) may only
    # be using words the rules do not know: a person decides, however many paragraphs it has. Only what
    # is clearly missing fails (issue 9 item 5).
    # With more than one missing, each must be taken up by its topic or a block of its own: a stray hit
    # ("Me gusta mucho este trabajo" read as the metric "Me gusta") is no answer to a question.
    # ... or each is one short of its threshold ("#googleads" and no second tool, two metrics of three): what was
    # found is most of an answer, and the rest may be in words the lists do not know.
    # Tools are names, which the usage frames and the tools answer read in every language: one tool named and
    # nothing more ("Uso Hootsuite para programar.") leaves the second clearly missing, as in English, unless the
    # topic is named beyond what was found ("Hootsuite y otras herramientas") or a block of its own answers.
    several = len(missing) > 1
    if reading.language != "en" and missing and all(
            takes_up(reading, findings, name, by_topic=several or name == "tools")
            or _block_of_its_own(reading, findings, name)
            or (name != "tools" and _one_short(findings[name], thresholds[name])) for name in missing):
        return tuple(missing)
    if len(missing) != 1:
        return ()
    name = missing[0]
    found = findings[name].count
    long_answer = len(words(reading.text)) >= _LONG_ANSWER_WORDS
    return (name,) if long_answer and found >= 1 and found >= _PARTIAL_SHARE * thresholds[name] else ()


def _one_short(finding: Finding, threshold: int) -> bool:
    """Found something, one short of the threshold: partial evidence, not a stray hit."""
    return 1 <= finding.count == threshold - 1


def _block_of_its_own(reading: Reading, findings: dict[str, Finding], name: str) -> bool:
    """Of three answer blocks or more, one holds nothing any criterion found: it answers this question in words
    the lists do not know ("Ich schaue, wie gut unsere Beiträge ankommen")."""
    found = content_blocks(reading)
    if len(found) < _COMPLETE_ANSWER_BLOCKS:
        return False
    # A block holding what was found for this question too answers it in words the lists know: no more is there.
    used = {reading.layout.index_at(lo) for f in findings.values() for lo, _ in f.spans}
    if name == "tools":
        # A block naming networks answers with channels, words the lists know: "Nous travaillons avec Facebook et
        # Instagram" is no tool in unknown words.
        used |= {reading.layout.index_at(h.start) for h in lexicons().channels.find(reading.prepared)}
    cued = _cue_sentences(reading, name)
    return any(not any(i in used for i in range(b.first, b.last)) and any(i in cued for i in range(b.first, b.last))
               for b in found)


def _cue_sentences(reading: Reading, name: str) -> set[int]:
    """Sentences with a word that takes up the question: "ich schaue", "miro" (metrics), "trabajo
    con", "uso" (tools). A greeting of its own holds none."""
    if name == "metrics":
        hits = lexicons().metric_cues.find(reading.prepared)
        # A figure of something counted ("9600 Downloads pro Folge", "36 Prozent meiner Downloads", "+12 %") reports
        # a number watched, in any language: no list needs to know the words around it.
        counted = {reading.layout.index_at(m.start()) for m in _COUNTED_FIGURE.finditer(reading.text)}
        return counted | {reading.layout.index_at(h.start) for h in affirmed(reading, hits)}
    elif name == "tools":
        hits = frames().before.find(reading.prepared) + frames().weak.find(reading.prepared)
    else:
        return set()
    return {reading.layout.index_at(h.start) for h in affirmed(reading, hits)}


def _in_doubt(finding: Finding, threshold: int) -> bool:
    """Found something the rules can neither confirm nor rule out, or doubtful items that would make up
    the shortfall (calibrated doubt): a person decides, not a fail."""
    return finding.unsure or (bool(finding.doubtful) and finding.count + len(finding.doubtful) >= threshold)


def _verdict(
    criteria: dict[str, CriterionResult],
    unsure: set[str],
    *,
    partial: tuple[str, ...] = (),
    judged: bool,
    abusive: bool,
    manipulation: bool,
    keyword_list: bool,
) -> tuple[Verdict, list[str]]:
    missing = [name for name, r in criteria.items() if not r.met and name not in unsure]
    reasons = [f"missing:{name}" for name in missing]
    if not judged or abusive:
        return Verdict.NEEDS_REVIEW, reasons
    if missing and tuple(missing) != partial:
        return Verdict.FAIL, reasons
    if missing:  # partial evidence from a genuine attempt: a person decides, not the word lists
        return Verdict.NEEDS_REVIEW, [f"partial:{name}" for name in partial]
    reasons += [f"unsure:{name}" for name in sorted(unsure)]
    if manipulation or keyword_list or unsure:
        return Verdict.NEEDS_REVIEW, reasons
    return Verdict.PASS, reasons


def _opened_by_a_handling_action(reading: Reading, tool_spans: tuple[tuple[int, int], ...]) -> frozenset[int]:
    """Sentences naming a tool that open with a handling action: "Resolva por email, Skype ou telefone, com calma",
    "Reply through Sprout's inbox, calmly and fast". The tool is how the advice is carried out: the sentence is
    still advice for the tip to read, not a description of the tool (a sentence that only names tools or metrics
    stays busy)."""
    sentences = reading.layout.sentences
    starts: dict[int, int] = {}
    for i in {reading.layout.index_at(start) for start, _ in tool_spans}:
        s = sentences[i]
        starts[_LEADING_MARKS.match(reading.text, s.after_label(past_mark=True), s.end).end()] = i  # type: ignore[union-attr]
    return frozenset(starts[h.start] for h in lexicons().tip_actions.find(reading.prepared) if h.start in starts)


def judge_rules(reply_text: str, settings: EvaluationSettings, *, hidden_text: str = "",
                answered: tuple[tuple[str, str], ...] = ()) -> Judgement:
    """``answered``: (quoted question, answer) pairs, read as context for the answers only."""
    unwrapped = unwrap(reply_text)
    if unwrapped is not reply_text:
        prepare_alike(reply_text, unwrapped)  # what the keyword bound prepared is read again
    reply_text = apostrophes.restored(unwrapped)
    language = detect_language(reply_text)
    judged = is_judged(language)
    reading = Reading.of(reply_text, language if judged else "en")
    tools = find_tools(reading, answered, enough=settings.min_tools)
    metrics = find_metrics(reading, doubt_below=settings.min_metrics)
    busy = frozenset(reading.layout.index_at(start) for start, _ in tools.spans + metrics.spans)
    if tools.spans:
        busy -= _opened_by_a_handling_action(reading, tools.spans)
    findings = {"tools": tools, "metrics": metrics, "angry_customer_tip": find_tip(reading, busy, answered)}
    thresholds = {"tools": settings.min_tools, "metrics": settings.min_metrics, "angry_customer_tip": settings.min_tips}
    criteria = {name: _criterion(f, thresholds[name]) for name, f in findings.items()}
    unsure = {name for name, f in findings.items() if not criteria[name].met and _in_doubt(f, thresholds[name])}
    read = read_manipulation(reading.prepared, hidden_text)
    manipulation = read.phrases
    abuse = find_abuse(reading.prepared)
    keyword_list = _is_keyword_list(reading, tools, metrics, findings["angry_customer_tip"])
    missing = [name for name, r in criteria.items() if not r.met and name not in unsure]
    verdict, reasons = _verdict(
        criteria, unsure, partial=_partial(reading, findings, thresholds, missing), judged=judged,
        abusive=bool(abuse), manipulation=bool(manipulation), keyword_list=keyword_list,
    )
    extra = ([f"language:{language}"] if not judged else []) + (["abuse"] if abuse else [])
    extra += (["manipulation"] if manipulation else []) + [f"disguise:{name}" for name in read.disguises]
    extra += ["keyword_list"] if keyword_list else []
    details: dict[str, object] = {}
    if manipulation:
        details["manipulation"] = list(manipulation)
    if abuse:
        details["abuse"] = [f"{a.kind}: {a.words}" for a in abuse]
    return Judgement(
        verdict=verdict,
        criteria=criteria,
        reasons=tuple(extra + reasons),
        language=language,
        manipulation=bool(manipulation),
        abusive=bool(abuse),
        details=details,
    )
