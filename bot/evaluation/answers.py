"""Which part of a reply answers the request's tip question (question 3 of templates/request.txt.j2).

Real replies answer the three questions in order: under labels ("Tip: ..."), numbered like the
request, inline under the quoted question, or as paragraphs in order with the advice last. The
reply is cut into blocks (paragraphs; a bullet, a number or a label at the start of a line starts
a new one) and the block answering the tip question is named, with how it was recognised:

- strong: the reply itself says so (a label naming the tip, "3." in a reply numbered 1, 2, 3, an
  answer written under the quoted tip question);
- by position: the last block of a reply of several, when it is not the tools or metrics answer;
  or a last block too short to be an answer by length that is one handling instruction all about
  the conversation ("Stay calm.").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import attrgetter

from bot.domain.quick_init import quick_init
from bot.evaluation.advice import about_the_conversation, cues, instruction_starts, label_matches
from bot.evaluation.lexicon import lexicons, toml_table
from bot.evaluation.patterns import Prepared, ascii_may_hold
from bot.evaluation.reading import Reading
from bot.evaluation.text import words

# templates/request.txt.j2 asks "3. One tip for dealing with angry or frustrated customers."; a test
# keeps the two in step.
TIP_QUESTION_NUMBER = 3
_MARKER = re.compile(r"[ \t>]*(?:(\d{1,2})[.)]|[-*•·–])[ \t]+")
# A number alone on its line ("3." over the answer, as many write it) numbers the lines under it.
_NUMBER_ALONE = re.compile(r"[ \t>]*(\d{1,2})[.)][ \t]*(?=\n|$)")
# A block shorter than this is a greeting, a name or a sign-off, not an answer.
_MIN_ANSWER_WORDS = 5
_MAX_CLOSING_WORDS = 14
# The request asks three questions: when two blocks answer the tools and the metrics, the third
# answers the tip, wherever it stands.
_ANSWERS_FOR_ELIMINATION = 3
_SENTENCE_STOPS = frozenset(".!?…")


@quick_init
@dataclass(frozen=True, slots=True)
class Block:
    first: int  # index of its first sentence
    last: int  # one past its last sentence
    number: int | None = None
    label: str = ""


@quick_init
@dataclass(frozen=True, slots=True)
class TipAnswer:
    sentences: frozenset[int]
    # How it was recognised, in words an admin reads in the report.
    how: str
    # The reply says this answers the tip question (label, number, quoted question).
    strong: bool
    # A last paragraph too short to be an answer by length ("Stay calm."): only an answer whose every
    # word is about the conversation makes it the tip (tips.py).
    short: bool = False
    # Found by order inside one paragraph, after the tools and metrics answers: weaker than a paragraph of
    # its own, so one action alone there is not the tip (tips.py).
    in_order: bool = False
    # Written under a quoted question that names the angry people ("3. One tip for dealing with angry or
    # frustrated customers."): the question heads the answer as a label naming them does (tips.py).
    asked_about_anger: bool = False
    # Where to look when this answer, found by position, tells no tip: a last paragraph that names tools or metrics
    # may be the tools answer of a reply written out of order ("Be calm and ... / I watch ... / I use ..."), whose
    # tip is then its one paragraph naming neither.
    failing_that: TipAnswer | None = None


# The blocks of the last reading asked for (by identity): the tools answer, the tip answer and the answers' count
# each read the blocks of one reply (a regex match and a few Python steps per sentence).
_READ: list[tuple[Reading, list[Block]]] = []


def blocks(reading: Reading) -> list[Block]:
    """The reply's answer blocks: paragraphs, numbered or labelled parts, lines that end an answer. Read once per
    reading; each caller gets its own list."""
    if _READ and _READ[0][0] is reading:
        return _READ[0][1].copy()
    found = _blocks(reading)
    _READ[:] = [(reading, found)]
    return found.copy()


def _blocks(reading: Reading) -> list[Block]:
    text, sentences = reading.text, reading.layout.sentences
    line_starts = [0, *(m.end() for m in re.finditer("\n", text))]
    out: list[Block] = []
    first, number, label = 0, None, ""
    indent = 0  # how far the current block's number stands in from its line's start
    indents: list[int] = []
    style, styles = "", []  # the mark after each block's number: ")" in "3)", "." in "1."
    # Paragraphs whose writer ends no sentence with a stop, as phone replies are typed: there a line that
    # could end a sentence ends an answer (_ends_a_line). A paragraph with stops breaks a line mid-sentence
    # only by hand ("... pointed them to the house\nrules and ...").
    stopless = {s.paragraph for s in sentences} - {s.paragraph for s in sentences if _ends_a_sentence(text, s.end)}
    for i, s in enumerate(sentences):
        line = line_starts[bisect.bisect_right(line_starts, s.start) - 1]
        first_on_line = i == 0 or sentences[i - 1].end <= line
        own_label = text[s.label[0] : s.label[1]] if first_on_line and s.label and s.label[0] >= line else ""
        marker = (_MARKER.match(text, line) or _NUMBER_ALONE.match(text, line)) if first_on_line else None
        new = i > 0 and (s.paragraph != sentences[i - 1].paragraph or marker is not None or bool(own_label)
                         or (first_on_line and (_ends_a_sentence(text, sentences[i - 1].end)
                                                or (s.paragraph in stopless
                                                    and _ends_a_line(reading, line_starts, sentences[i - 1].end,
                                                                     s.start)))))
        if new:
            out.append(Block(first, i, number, label))
            indents.append(indent)
            styles.append(style)
            first, number, label = i, None, ""
        if i == first:
            number = int(marker.group(1)) if marker and marker.group(1) else None
            indent = marker.start(1) - line if number is not None and marker is not None else 0
            style = text[marker.end(1)] if number is not None and marker is not None else ""
            label = own_label or (text[s.label[0] : s.label[1]] if s.label else "") or _heading_line(reading, i)
            if number is None and label:
                number = _referenced_question(label)
    if sentences:
        out.append(Block(first, len(sentences), number, label))
        indents.append(indent)
        styles.append(style)
    return _headings_joined(reading, _outer_numbers_only(out, _inner_styled(out, indents, styles)))


def _outer_numbers_only(found: list[Block], indents: list[int]) -> list[Block]:
    """A list numbered inside an answer ("1. Tools come in three kinds:" over "  1. Listening", "  2. Publishing",
    "  3. Analysis", then "2." and "3." at the margin) is part of that answer: its numbers stand further in than
    the answers' own and number nothing the request asked, and a label there ("  1. Listening: Brandwatch") names an
    item of that answer, not an answer. Only the outermost numbers are kept."""
    numbered = [indents[k] for k, block in enumerate(found) if block.number is not None]
    if not numbered or min(numbered) == max(numbered):
        return found  # one level of numbers: every reply but a nested list
    outer = min(numbered)
    return [Block(b.first, b.last) if b.number is not None and indents[k] > outer else b
            for k, b in enumerate(found)]


def _inner_styled(found: list[Block], indents: list[int], styles: list[str]) -> list[int]:
    """The indents, with a list numbered in a style of its own inside an answer read as standing further in: the
    answers numbered "1)", "2)", "3)" and under "3)" the steps "1.", "2.", "3.", "4." at the margin. A run of the
    other style starting at 1 right after a block of the first numbered block's style is such a list."""
    numbered = [k for k, block in enumerate(found) if block.number is not None]
    if not numbered:
        return indents
    outer, inner, out = styles[numbered[0]], False, list(indents)
    for k in numbered:
        if styles[k] == outer:
            inner = False
        elif inner or (found[k].number == 1 and k > numbered[0]):
            inner = True
            out[k] = indents[k] + 1
    return out


@cache
def _question_reference() -> re.Pattern[str]:
    """A label pointing at a question by its number (advice.toml [question_references]): "Re 2", "Q3", "Frage 1"."""
    words = sorted({w.lower() for ws in toml_table("advice.toml")["question_references"].values() for w in ws},
                   key=len, reverse=True)
    return re.compile(rf"[ \t(]*+(?:{'|'.join(map(re.escape, words))})[ \t:]*+(?:#|no\.?|n[º°])?[ \t]*+(\d)[ \t.):]*+",
                      re.IGNORECASE)


@lru_cache(maxsize=4096)
def _referenced_question(label: str) -> int | None:
    """The number of the question a label points at ("Re 2" -> 2), or None. Labels repeat across replies."""
    m = _question_reference().fullmatch(label)
    return int(m.group(1)) if m else None


def _heading_line(reading: Reading, i: int) -> str:
    """A line of a few words with no colon and no stop, over more lines of its paragraph, heads them
    ("Tip" over "Acknowledge the problem..."), as a label does."""
    text, sentences = reading.text, reading.layout.sentences
    s = sentences[i]
    if i + 1 >= len(sentences) or sentences[i + 1].paragraph != s.paragraph:
        return ""
    if text.find("\n", s.end, sentences[i + 1].start) == -1 or (s.start and text[s.start - 1] != "\n"):
        return ""
    said = text[s.start : s.end].strip()
    if _MARKER.match(text, s.start) is not None:
        return ""  # "3) Tip", "- reach": numbers and bullets are read above
    if not said or said[-1] in _SENTENCE_STOPS or said[-1] in ",;:" or len(words(said)) > _MAX_HEADING_WORDS:
        return ""
    return said


def _ends_a_sentence(text: str, end: int) -> bool:
    """The sentence ending at ``end`` closes with its own stop: a line that ends a sentence and a
    line that starts the next are two answers ("I use Buffer.\nI track reach, saves and CTR."), as
    replies typed on a phone or in a hurry set them, one line each, with no blank line between."""
    return text[max(0, end - 1) : end] in _SENTENCE_STOPS


# A line of fewer words than this may head what follows ("Tip", "hey"): it ends no answer of its own.
_MIN_LINE_WORDS = 4
_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*+)[^\w\n]*+$")
_FIRST_WORD = re.compile(r"[ \t>*•·\-–—(\"'“”‘’]*+([^\W\d_][\w'’-]*+)")


def _ends_a_line(reading: Reading, line_starts: list[int], end: int, following: int) -> bool:
    """In a paragraph with no stops, a line still ends an answer when it could end a sentence: phone
    replies put one answer a line in lower case with no full stops ("i use Buffer and Canva\ni watch
    reach, saves and ctr\ntake it to dms and sort it out"). The writer's own breaks are left once wraps are joined
    (wrapping.py); a line ending in a comma or a joining word ("... and\nCanva"), or whose next line
    opens with one ("... reach\nand saves"), runs on, and a line of a few words may head the next."""
    text = reading.text
    if text[max(0, end - 1) : end] in ",;:-–—/&+(":
        return False
    line = line_starts[bisect.bisect_right(line_starts, end - 1) - 1] if end else 0
    if len(words(text[line:end])) < _MIN_LINE_WORDS:
        return False
    runs_on = cues().line_continues
    last = _LAST_WORD.search(text, line, end)
    first = _FIRST_WORD.match(text, following)
    return not ((last is not None and last.group(1).lower() in runs_on)
                or (first is not None and first.group(1).lower() in runs_on))


def _headings_joined(reading: Reading, found: list[Block]) -> list[Block]:
    """A heading alone in its block ("Tip for angry customers:") heads the block after it; a numbered
    heading without a sentence ("3) Tip") heads the bullets under it, up to the next number."""
    out: list[Block] = []
    under_number = False
    for block in found:
        if out and _is_heading_line_alone(reading, out[-1]) and _leads_in(block):
            # "Tip" on a line of its own over "We repeat: Don't overreact." heads it: a lead-in label names no
            # other answer.
            head = out.pop()
            block = Block(head.first, block.last, head.number, head.label)
        elif out and _is_bare_heading(reading, out[-1]) and not _answers_apart(out[-1], block):
            head = out.pop()
            under_number = head.number is not None and (
                not head.label or _NUMBER_LABEL.fullmatch(head.label) is not None)
            # "Quick answers:" above "1. Buffer, Canva": the heading keeps the number of what it heads.
            label = head.label or (_heading_words(reading, head) if under_number else "") or (
                block.label if _number_alone(reading, head) else "")
            block = Block(head.first, block.last, block.number if head.number is None else head.number, label)
        elif (out and under_number and block.number is None and not block.label
              and (_bulleted(reading, block) or _numbered_inside(reading, block))):
            head = out.pop()
            block = Block(head.first, block.last, head.number, head.label)
        else:
            under_number = False
        out.append(block)
    return out


# A numbered heading is a few words with no sentence in them: "3) Tip", "2. Metrics".
_MAX_HEADING_WORDS = 4
_BULLET = re.compile(r"[ \t>]*[-*•·–][ \t]+")


def _numbered_inside(reading: Reading, block: Block) -> bool:
    """A block whose line opens with a number the blocks read as standing inside an answer (_outer_numbers_only):
    a step of a list under a numbered heading, as a bullet is."""
    marker = _MARKER.match(reading.text, reading.layout.sentences[block.first].start)
    return marker is not None and marker.group(1) is not None


def _is_heading_line_alone(reading: Reading, block: Block) -> bool:
    """A block that is only a heading line with no colon ("Tip" over the lines of its paragraph, _heading_line)."""
    s = reading.layout.sentences[block.first]
    return (block.last - block.first == 1 and s.label is None and block.number is None and bool(block.label)
            and block.label == reading.text[s.start : s.end].strip())


def _leads_in(block: Block) -> bool:
    """A block opening with a label of its own that names no question and no number: a lead-in ("We repeat:",
    "Honestly:") before the answer, not another answer."""
    return (block.number is None and bool(block.label) and _NUMBER_LABEL.fullmatch(block.label) is None
            and not _names_another_question(block.label) and not _names_the_tip(block.label))


def _is_bare_heading(reading: Reading, block: Block) -> bool:
    s = reading.layout.sentences[block.first]
    if block.last - block.first != 1:
        return False
    if s.label is not None:
        return not reading.text[s.label[1] : s.end].strip(" \t:|")
    return block.number is not None and (_heading_words(reading, block) != "" or _number_alone(reading, block))


def _answers_apart(head: Block, block: Block) -> bool:
    """A block a bare heading does not head: the one numbered next, a sibling in a list ("1) Enquiries" over
    "2) Demo bookings"), or one whose own label names a question ("4) Churn" over "Tip: Listen first.")."""
    return (head.number is not None and block.number == head.number + 1) or (
        bool(block.label) and (_names_another_question(block.label) or _names_the_tip(block.label)))


def _number_alone(reading: Reading, block: Block) -> bool:
    """A block that is only its number, alone on its line ("3." over the answer)."""
    s = reading.layout.sentences[block.first]
    return _NUMBER_ALONE.fullmatch(reading.text, s.start, s.end) is not None


def _heading_words(reading: Reading, block: Block) -> str:
    """The words of a numbered line that is only a heading ("3) Tip"), or "" for an answer."""
    s = reading.layout.sentences[block.first]
    line = reading.text[s.start : s.end]
    marker = _MARKER.match(line)
    rest = line[marker.end() :] if marker else line
    rest = rest.strip(" \t:")
    if not rest or rest[-1] in _SENTENCE_STOPS or len(words(rest)) > _MAX_HEADING_WORDS:
        return ""
    return rest


def _bulleted(reading: Reading, block: Block) -> bool:
    s = reading.layout.sentences[block.first]
    line_start = reading.text.rfind("\n", 0, s.start) + 1
    return _BULLET.match(reading.text, line_start) is not None


def _word_count(reading: Reading, block: Block) -> int:
    sentences = reading.layout.sentences
    return len(words(reading.text[sentences[block.first].start : sentences[block.last - 1].end]))


def _is_closing(reading: Reading, block: Block) -> bool:
    if _word_count(reading, block) > _MAX_CLOSING_WORDS:
        return False
    sentences = reading.layout.sentences
    prepared = Prepared.of(reading.text[sentences[block.first].start : sentences[block.last - 1].end])
    return bool(cues().closing.find(prepared))


# A postscript's mark opening a block: "P.S.", "PS:", "P.P.S.".
_POSTSCRIPT = re.compile(r"[ \t>*_]*+(?:P\.?[ \t]?+)?P\.?[ \t]?+S\b\.?+", re.IGNORECASE)


def _is_postscript(reading: Reading, block: Block) -> bool:
    return _POSTSCRIPT.match(reading.text, reading.layout.sentences[block.first].start) is not None


def content_blocks(reading: Reading, found: list[Block] | None = None) -> list[Block]:
    """The blocks long enough to be answers (not a greeting, a name or a sign-off)."""
    found = [b for b in (blocks(reading) if found is None else found) if _word_count(reading, b) >= _MIN_ANSWER_WORDS]
    while found and _is_closing(reading, found[-1]):
        found.pop()
    return found


def tip_answer(reading: Reading, busy: frozenset[int], answered: tuple[tuple[str, str], ...]) -> TipAnswer | None:
    """The sentences answering the tip question, or None when the reply's shape does not say."""
    under, angry = _under_tip_questions(reading, answered)
    quoted = under - busy
    if quoted:
        return TipAnswer(frozenset(quoted), "written under the quoted tip question", True, asked_about_anger=angry)
    found = blocks(reading)
    for k, block in enumerate(found):
        if block.label and _names_the_tip(block.label) and not _one_of_labelled_counts(reading, found, k):
            whole = Block(block.first, _under_the_same_label(reading, found, k), block.number, block.label)
            # The candidate said which question these sentences answer: one naming a tool or a count ("when the
            # number of complaints grows, talk to users first") is still the tip's answer, not the metrics'.
            return _answer(whole, frozenset(), f"the answer under the label \u201c{block.label.strip()}\u201d", True)
    inline = _tip_label_in_a_line(reading, busy)
    if inline is not None:
        return inline
    numbered = _numbered_tip_block(found)
    answer = None if numbered is None else _answer(
        numbered, busy, f"the answer numbered {TIP_QUESTION_NUMBER}, as the request numbers it", True)
    if answer is not None and _holds_words(reading, answer):
        return answer
    content = content_blocks(reading, found)
    short = _short_advice_last(reading, found, content)
    if short is not None and content:
        kept = frozenset(i for i in range(short.first, short.last) if i not in busy)
        if kept:
            return TipAnswer(kept, "the short last paragraph, an instruction where replies answer the third question",
                             False, short=True)
    postscript = None
    if len(content) > 3 and _is_postscript(reading, content[-1]):
        # "P.S. I have spent hours dealing with drama on this board": an afterthought after the three answers; the
        # third is the paragraph before it, with the postscript read beside it (it may add to the tip).
        postscript, content = content[-1], content[:-1]
    if len(content) < 2:
        return _after_the_other_answers(content, busy)
    last = _with_its_lines(reading, found, _with_its_bullets(reading, found, content[-1]), content[0], busy)
    last = _with_its_titled_sections(reading, content, last)
    own = [i for i in range(last.first, last.last) if i not in busy]
    if postscript is not None:
        own += [i for i in range(postscript.first, postscript.last) if i not in busy]
    # The tools or metrics answer, not a tip, when most of it names tools or metrics.
    if (last.label and _names_another_question(last.label)) or 2 * len(own) < last.last - last.first:
        return _by_elimination(content, busy)
    names_things = len(own) < last.last - last.first
    return TipAnswer(frozenset(own), "the last paragraph, where replies answer the third question", False,
                     failing_that=_by_elimination(content, busy) if names_things else None)


def _with_its_titled_sections(reading: Reading, content: list[Block], last: Block) -> Block:
    """The last block and the titled sections right before it in its paragraph: advice written as a title line
    then its body ("Acknowledge their concern" / "Sometimes, people just want to be heard. ..." / "Set boundaries" /
    "If the negativity is becoming too much, ..."), each title a block's label, is one answer, not only its last
    section. A title naming another question ends the run, and so does a block whose label is not its own title line
    (the items of a list under one "Quick answers:" share that label)."""
    if not _titled(reading, last):
        return last
    sentences = reading.layout.sentences
    paragraph = sentences[last.first].paragraph
    first = last.first
    for block in reversed(content):
        if block.last != first or block.first >= first:
            continue
        if (not _titled(reading, block) or _names_another_question(block.label) or _names_the_tip(block.label)
                or sentences[block.first].paragraph != paragraph):
            break
        first = block.first
    return last if first == last.first else Block(first, last.last, last.number, last.label)


def _titled(reading: Reading, block: Block) -> bool:
    """The block opens with its label alone on a line, as a title ("Set boundaries")."""
    return bool(block.label) and _heading_words(reading, block) == block.label.strip()


# Bullets, numbers and quote marks before a line's first word.
_LEAD = re.compile(r"[\s>*•·\-–—\d.)(\"'“”‘’]*+")


def _a_bullet(reading: Reading, block: Block) -> bool:
    """A block that is one point of a list: a bullet, no number and no label."""
    return block.number is None and not block.label and _bulleted(reading, block)


def _with_its_bullets(reading: Reading, found: list[Block], last: Block) -> Block:
    """The last block and the bullets before it in its paragraph, when it is a bullet: a list of points is one
    paragraph ("- Keep your voice low even if they shout\n- Listening first prevents escalation"), each bullet a
    block of its own only so that a numbered answer can start at any line."""
    if not _a_bullet(reading, last):
        return last
    paragraph = reading.layout.sentences[last.first].paragraph
    first = last.first
    for block in reversed(found[: found.index(last)] if last in found else []):
        if block.last != first or reading.layout.sentences[block.first].paragraph != paragraph or not _a_bullet(
                reading, block):
            break
        first = block.first
    return Block(first, last.last)


def _with_its_lines(reading: Reading, found: list[Block], last: Block, first_answer: Block,
                    busy: frozenset[int]) -> Block:
    """The last block and the plain lines before it in its paragraph, in a reply whose answers stand in paragraphs of
    their own: a line after one that ends a sentence opens a block ("... Talk more quietly and more slowly than the
    person you're talking with." / "Not an exaggerated mantra, but ..."), but the paragraph goes on with the same
    answer. Lines with a number, a label or a bullet, or naming a tool or a metric, are other answers and end the
    reading; in a reply of one paragraph (a phone's, one answer a line) each line is an answer."""
    if last.number is not None or last.label or last not in found:
        return last
    sentences = reading.layout.sentences
    paragraph = sentences[last.first].paragraph
    if sentences[first_answer.first].paragraph == paragraph:
        return last
    first = last.first
    for block in reversed(found[: found.index(last)]):
        if (block.last != first or sentences[block.first].paragraph != paragraph or block.number is not None
                or block.label or _bulleted(reading, block) or any(i in busy for i in range(block.first, block.last))):
            break
        first = block.first
    return last if first == last.first else Block(first, last.last)


def _short_advice_last(reading: Reading, found: list[Block], content: list[Block]) -> Block | None:
    """The last block after the answers that is too short to be one by length ("Stay calm.", "Listen
    first. Act second.") but opens with an instruction, holds a handling action and is all about the
    conversation (advice.about_the_conversation): a short answer to the third question. Names and
    sign-offs after it are passed over; "Take care," holds no action, and "Take your time, no rush"
    names something else, so the answers before it are read as before."""
    after = content[-1].last if content else 0
    sentences = reading.layout.sentences
    lex = lexicons()
    instructions: frozenset[int] | None = None
    actions: list[int] = []
    for block in reversed(found):
        if block.first < after or _word_count(reading, block) >= _MIN_ANSWER_WORDS:
            return None
        if _is_closing(reading, block):
            continue
        if instructions is None:  # most replies end in a long answer: the hits are looked up only here
            instructions = instruction_starts(reading)
            actions = sorted(h.start for h in lex.tip_actions.find(reading.prepared))
        first = sentences[block.first]
        lo = first.after_label(first.end - 1, past_mark=True)
        start = _LEAD.match(reading.text, min(lo, first.end), first.end).end()  # type: ignore[union-attr]
        hi = sentences[block.last - 1].end
        k = bisect.bisect_left(actions, first.start)
        if start in instructions and k < len(actions) and actions[k] < hi:
            return block if about_the_conversation(reading, frozenset(range(block.first, block.last))) else None
    return None


# "... and saves. Tip: listen first, then apologise.": a label opening a sentence inside a line.
_INLINE_LABEL = re.compile(r"([^\W\d_][^\n:?!.]{0,30}?)[ \t]*+:[ \t]++(?=\S)")
_INLINE_LABEL_WORDS = 3
# "tip is to never argue...", "My one tip would be: ...": a sentence whose subject is the tip says
# it answers the tip question, as a label does.
_TIP_SUBJECT = re.compile(
    r"[ \t>*•·\-–—]*+((?:(?:my|our|one|the|best|main|biggest|top|only|first)[ \t]++){0,3}"
    r"(?:tip|advice)[ \t]++(?:here[ \t]++)?+(?:is|would[ \t]++be|I['’]d[ \t]++give[ \t]++is))\b",
    re.IGNORECASE,
)

# What every match of _TIP_SUBJECT holds, as a pattern that ignores case reads it (patterns.ascii_may_hold).
_TIP_SUBJECT_WORDS = ("tip", "advice")


def _tip_label_in_a_line(reading: Reading, busy: frozenset[int]) -> TipAnswer | None:
    """A sentence that opens with a label naming the tip ("Tip:", "My advice:") after another
    sentence on the same line: it and the rest of its paragraph answer the tip question."""
    # Each way in needs what the text may lack: a label its colon, a tip as the subject "tip" or "advice" (most
    # dense replies hold neither, and each of their sentences was tried with both). Asked of an ASCII text.
    if ":" not in reading.text and not ascii_may_hold(reading.prepared, _TIP_SUBJECT_WORDS):
        return None
    sentences = reading.layout.sentences
    for i, s in enumerate(sentences):
        if s.label is not None and s.label[0] >= s.start:
            continue  # a label at the start of the line is a block of its own, read above
        m = _INLINE_LABEL.match(reading.text, s.start, s.end)
        said = m.group(1).strip() + ":" if m is not None else ""
        if m is None or len(words(m.group(1))) > _INLINE_LABEL_WORDS or not _names_the_tip(m.group(1)):
            m = _TIP_SUBJECT.match(reading.text, s.start, s.end)
            said = m.group(1).strip() if m is not None else ""
        if m is None:
            continue
        own = frozenset(j for j in range(i, len(sentences)) if sentences[j].paragraph == s.paragraph
                        and j not in busy)
        if own:
            return TipAnswer(own, f"the answer after \u201c{said}\u201d", True)
    return None


def _after_the_other_answers(content: list[Block], busy: frozenset[int]) -> TipAnswer | None:
    """A reply of one paragraph answers the questions in the order asked: the sentences after the last
    one naming tools or metrics, up to the paragraph's end, answer the third ("I use Buffer and Canva and
    watch reach, saves and CTR. Listen first, then apologise and fix it.")."""
    if len(content) != 1:
        return None
    block = content[0]
    named = [i for i in range(block.first, block.last) if i in busy]
    if not named or named[-1] + 1 >= block.last:
        return None
    return TipAnswer(frozenset(range(named[-1] + 1, block.last)),
                     "the sentences after the tools and metrics answers, where replies answer the third question",
                     False, in_order=True)


def _by_elimination(content: list[Block], busy: frozenset[int]) -> TipAnswer | None:
    """A reply that answers in another order ("First thing about difficult conversations: ...",
    then the tools, then the metrics): of three answers or more, the one block that names no tool
    and no metric answers the third question."""
    if len(content) < _ANSWERS_FOR_ELIMINATION:
        return None
    free = [b for b in content if not any(i in busy for i in range(b.first, b.last))
            and not (b.label and _names_another_question(b.label))]
    if len(free) != 1:
        return None
    block = free[0]
    return TipAnswer(frozenset(range(block.first, block.last)),
                     "the one paragraph that answers neither the tools nor the metrics question", False)


# A word and the number it counts: "Step 1", "Rule #2", "Tip 3".
_COUNTED_NUMBER = re.compile(r"([^\W\d_]++)[ \t]*+(?:#|no\.?|nr\.?|n[º°])?[ \t]*+(\d++)(?!\d)", re.IGNORECASE)


@cache
def _counting_words() -> frozenset[str]:
    """advice.toml [counted_with_a_number], in lower case, every language."""
    return frozenset(w.lower() for ws in toml_table("advice.toml")["counted_with_a_number"].values() for w in ws)


def _question_label(label: str) -> str:
    """The label with the numbers that count something else taken out: "Step 1: Apologize" is no answer 1."""
    words = _counting_words()
    kept = [m.span(2) for m in _COUNTED_NUMBER.finditer(label) if m.group(1).lower() in words]
    for start, end in reversed(kept):
        label = label[:start] + label[end:]
    return label


@lru_cache(maxsize=4096)
def _names_another_question(label: str) -> bool:
    return label_matches(cues().other_question, _question_label(label))


@lru_cache(maxsize=4096)
def _names_the_tip(label: str) -> bool:
    """A label naming the tip question ("Tip", "Angry customers", "3"), not the other two
    ("Tools and tips"). Labels repeat across replies, so the answer is remembered."""
    if _names_another_question(label):
        return False
    c, lex = cues(), lexicons()
    label = _question_label(label)
    return any(label_matches(m, label) for m in (c.tip_question, lex.tip_context, lex.anger))


def _one_of_labelled_counts(reading: Reading, found: list[Block], k: int) -> bool:
    """Block ``k`` stands in a paragraph of labelled lines where another line's label names a metric ("Total # of
    Mentions – We chart it weekly ..." / "Complaints versus Praise – We chart one line for each."): its label is an
    item of a list of metrics, though it holds a word of trouble, not the heading of the tip's answer. "Metrics:"
    names no metric, so "Complaints:" or "Angry customers:" under "Metrics: reach, CTR" still heads it."""
    sentences = reading.layout.sentences
    paragraph = sentences[found[k].first].paragraph
    for side in (range(k - 1, max(-1, k - 1 - _SIBLING_LINES_READ), -1),
                 range(k + 1, min(len(found), k + 1 + _SIBLING_LINES_READ))):
        for j in side:
            block = found[j]
            if sentences[block.first].paragraph != paragraph:
                break
            if block.label and not _names_the_tip(block.label) and _names_a_metric(block.label):
                return True
    return False


@lru_cache(maxsize=4096)
def _names_a_metric(label: str) -> bool:
    """A label holding a metric's name ("Total # of Mentions"). Labels repeat across replies, so the answer is
    remembered."""
    return bool(lexicons().metrics.find(Prepared.of(label)))


# How many lines on either side of a labelled line are read for a sibling label (a list of labelled metrics is short;
# a bound keeps a reply of thousands of labelled lines linear).
_SIBLING_LINES_READ = 8


def _under_the_same_label(reading: Reading, found: list[Block], k: int) -> int:
    """One past the last sentence under the label heading ``found[k]``: the lines after it that open no label of
    their own ("Tip:" / "First, tell them." / "Next, if they are still rude, mute them.") are one answer, though
    each line that ends a sentence opens a block."""
    sentences = reading.layout.sentences
    label = sentences[found[k].first].label
    j = k + 1
    while j < len(found) and found[j].label == found[k].label and sentences[found[j].first].label == label:
        j += 1
    return found[j - 1].last


def _answer(block: Block, busy: frozenset[int], how: str, strong: bool) -> TipAnswer | None:
    own = frozenset(i for i in range(block.first, block.last) if i not in busy)
    return TipAnswer(own, how, strong) if own else None


def _holds_words(reading: Reading, answer: TipAnswer) -> bool:
    """Some sentence of the answer holds a word: "3." over "Average number of posts per day." (a metric, busy)
    numbers an item of a list of metrics, not the answer to the tip question."""
    sentences = reading.layout.sentences
    return any(_A_WORD.search(reading.text, sentences[i].start, sentences[i].end) for i in answer.sentences)


_A_WORD = re.compile(r"[^\W\d_]{2}")


def _numbered_tip_block(found: list[Block]) -> Block | None:
    """The block numbered like the tip question, in a reply numbered 1, 2, 3 as the request is."""
    numbers = _numbered_like_the_request(found)
    return None if numbers is None else numbers[TIP_QUESTION_NUMBER]


def _numbered_like_the_request(
        found: list[Block], number_of: Callable[[Block], int | None] = attrgetter("number")) -> dict[int, Block] | None:
    """The blocks by the number they answer (the first block of each number), when the reply is numbered 1, 2, 3 as
    the request is; else None. A "3." on its own proves nothing, and a list running to 4 or more is a list, not
    answers."""
    numbers: dict[int, Block] = {}
    for block in found:
        if (n := number_of(block)) is not None:
            numbers.setdefault(n, block)
    if not all(n in numbers for n in range(1, TIP_QUESTION_NUMBER + 1)) or max(numbers) > TIP_QUESTION_NUMBER:
        return None
    return numbers


def answers_to_tip_questions(reading: Reading, answered: tuple[tuple[str, str], ...]) -> set[int]:
    """Sentences written under a quoted question about angry people or a tip: that question is
    their context."""
    return _under_tip_questions(reading, answered)[0]


def _under_tip_questions(reading: Reading, answered: tuple[tuple[str, str], ...]) -> tuple[set[int], bool]:
    """answers_to_tip_questions, and whether a question they answer names the angry people."""
    lex = lexicons()
    out: set[int] = set()
    angry = False
    for asked, under in _answered_sentences(reading, answered):
        named = bool(lex.anger.find(asked))
        if not (named or lex.tip_context.find(asked)):
            continue
        out.update(under)
        angry = angry or (named and len(under) > 0)
    return out, angry


def _answered_sentences(reading: Reading,
                        answered: tuple[tuple[str, str], ...]) -> Iterator[tuple[Prepared, range]]:
    """Each quoted question, prepared, and the sentences of the answer written under it."""
    text, starts = reading.text, reading.layout.starts
    # Answers appear in the reply in the order they were quoted: each search starts where the
    # previous answer was found, so many short answers cost one pass over the text.
    cursor = 0
    for question, answer in answered:
        first_line = answer.split("\n", 1)[0].strip()
        at = text.find(first_line, cursor) if first_line else -1
        if at < 0:
            continue
        cursor = at + len(first_line)
        end = min(at + len(answer), len(text))
        yield Prepared.of(question), range(bisect.bisect_left(starts, at), bisect.bisect_left(starts, end))


# The request numbers the tools question 1 and the metrics question 2 (templates/request.txt.j2).
TOOLS_QUESTION_NUMBER = 1
METRICS_QUESTION_NUMBER = 2
# A label that is only a number: "2)", "(2)", "2.".
_NUMBER_LABEL = re.compile(r"[ \t(]*+(\d{1,2})[ \t]*+[.):]?[ \t]*+")


def _answer_number(block: Block) -> int | None:
    """The number a block answers: its marker's ("2. ..."), or a label that is only a number ("2)" on its own)."""
    if block.number is not None:
        return block.number
    m = _NUMBER_LABEL.fullmatch(block.label) if block.label else None
    return int(m.group(1)) if m else None


@lru_cache(maxsize=4096)
def _names_metrics(label: str) -> bool:
    """A label naming the metrics question ("KPIs", "Metrics"). Labels repeat across replies, so the answer is
    remembered."""
    return label_matches(cues().topics["metrics"], _question_label(label))


@quick_init
@dataclass(frozen=True, slots=True)
class MetricsAnswer:
    sentences: frozenset[int]
    # The bulleted lines of a list given there: each line's first sentence, as a span.
    items: tuple[tuple[int, int], ...]


def metrics_answer(reading: Reading) -> MetricsAnswer:
    """The part answering the metrics question, where the reply's shape says which part that is: after a label naming
    metrics ("KPIs:", "Metrics") or the number 2 in a reply numbered 1, 2, 3 like the request, with the bulleted
    lines after it, up to the next numbered or labelled answer. The request asks which metrics the candidate
    watches: what is said there is about metrics, and each line of a list given there names one ("- active
    contributor longevity")."""
    found = blocks(reading)
    numbered = _numbered_like_the_request(found, _answer_number) is not None
    sentences = reading.layout.sentences
    inside: set[int] = set()
    items: list[tuple[int, int]] = []
    numbered_items: set[int] = set()
    for k, block in enumerate(found):
        numbered_two = numbered and _answer_number(block) == METRICS_QUESTION_NUMBER
        if k in numbered_items or not (numbered_two or (block.label and _names_metrics(block.label))):
            continue
        inside.update(range(block.first, block.last))
        if numbered_two:
            inside |= _until_the_next_number(found, k)
        # A number alone on its line heads the bullets under it in its own block ("2)" over "- time to answer").
        if _number_alone(reading, block):
            items += [(sentences[i].start, sentences[i].end) for i in range(block.first + 1, block.last)
                      if _BULLET.match(reading.text, sentences[i].start)]
        for j, item in enumerate(found[k + 1 :], start=k + 1):
            first = sentences[item.first]
            # A reply that answers under labels may number the lines of its list ("Metrics:" over "1. Leads",
            # "2. Trials"): there a number marks an item, not the answer to another question.
            own_list = not numbered and item.label in ("", block.label)
            number = _MARKER.match(reading.text, first.start) if own_list else None
            if number is not None and number.group(1) is not None:
                # The layout may end a sentence at "1.": the item is the rest of its block.
                inside.update(range(item.first, item.last))
                items.append((number.end(), sentences[item.last - 1].end))
                numbered_items.add(j)
                continue
            if (numbered and _answer_number(item) is not None) or not _BULLET.match(reading.text, first.start):
                break
            inside.update(range(item.first, item.last))
            items.append((first.start, first.end))
    return MetricsAnswer(frozenset(inside), tuple(items))


def _until_the_next_number(found: list[Block], k: int) -> set[int]:
    """In a reply numbered 1, 2, 3, the paragraphs after answer ``k`` with no number and no label of their own, up
    to the next number: the answer goes on there ("2." over two paragraphs, then "3."). Nothing when no number
    follows (the last answer's paragraphs may be a sign-off)."""
    out: set[int] = set()
    for block in found[k + 1 :]:
        if block.number is not None:
            return out
        if block.label:
            return set()
        out.update(range(block.first, block.last))
    return set()


def tools_answer(reading: Reading, answered: tuple[tuple[str, str], ...] = ()) -> set[int]:
    """The sentences answering the tools question, where the reply's shape says so: a block under a label
    naming tools ("Tools:", "Herramientas"), the block numbered 1 in a reply numbered 1, 2, 3 like the
    request, or the answer written under the quoted tools question."""
    topic = cues().topics["tools"]
    out: set[int] = set()
    found = blocks(reading)
    for block in found:
        if block.label and label_matches(topic, block.label):
            out.update(range(block.first, block.last))
    numbers = _numbered_like_the_request(found)
    if numbers is not None:
        first = numbers[TOOLS_QUESTION_NUMBER]
        out.update(range(first.first, first.last))
        out |= _until_the_next_number(found, found.index(first))
    for asked, under in _answered_sentences(reading, answered):
        if topic.find(asked):
            out.update(under)
    return out

