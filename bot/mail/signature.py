"""Where the sender's words end: signature delimiters, phone footers, sign-offs, legal notices."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from bot.mail.patterns import (
    LineScan,
    PhraseSearch,
    grouped_alternation,
    grouped_fill,
    line_scan,
    lines_matching,
    load,
    phrase_pieces,
    phrase_search,
)
from bot.mail.quotes import BIDI_MARKS

# After a sign-off, a signature is a few short lines: name, title, company, phone.
_MAX_SIGNATURE_LINES = MAX_SIGNATURE_LINES = 6
_MAX_SIGNATURE_LINE_CHARS = MAX_SIGNATURE_LINE_CHARS = 70
_MAX_FOOTER_CHARS = 90
_MAX_CONTACT_LINES = 12
# Up to three words of a name after a closing: "Best, Jane Doe".
_NAME = r"[^\W\d_][\w.'-]*+(?:\s++[^\W\d_][\w.'-]*+){0,2}"
# The word a closing names the place it is sent from with (en, de, fr, es, pt, it, nl, sv, da/no, pl, cs, ru).
_FROM_A_PLACE = r"(?:from|aus|de|desde|da|dalla|uit|från|fra|z|ze|из|с)"
_CONTACT = re.compile(r"https?://|www\.|\S@\S|\d{3}[-. )]{1,2}\d{3}")
_DIGIT = re.compile(r"\d")
_MAX_FOOTER_WORDS = 12


@dataclass(frozen=True, slots=True)
class _Patterns:
    footer: re.Pattern[str]
    footer_line: re.Pattern[str]
    sign_off: re.Pattern[str]
    disclaimer: re.Pattern[str]
    disclaimer_label: re.Pattern[str]
    disclaimer_word: re.Pattern[str]
    # Every line that may be a delimiter, a footer or a disclaimer, in a whole text at once (first_end).
    ends_by_line: LineScan
    banner_label: re.Pattern[str]
    banner_outside: re.Pattern[str]
    banner_subject: re.Pattern[str]
    first_contact_tip: re.Pattern[str]
    banner_caution: re.Pattern[str]
    banner_caution_lowered: re.Pattern[str]
    banner_caution_pieces: tuple[str, ...]  # phrase_pieces of it: a note holding none is not searched
    banner_this: re.Pattern[str]
    list_footer: PhraseSearch
    list_footer_phrase: PhraseSearch
    list_footer_reason: PhraseSearch


@cache
def _patterns() -> _Patterns:
    data = load("signatures")
    return _Patterns(
        footer=re.compile(grouped_fill(r"^\s*+(?:<PHRASES>)", data["device_footers"]), re.IGNORECASE),
        footer_line=re.compile(grouped_fill(r"\s*+(?:<PHRASES>)[\s.!…]*+", data["device_footer_lines"]),
                               re.IGNORECASE),
        # "Thanks," / "Best regards, Jane" / "Cheers!" on a line of its own, maybe sent from a place ("Viele Grüße aus
        # Berlin", "Greetings from Lisbon", "Saludos desde Bogotá").
        sign_off=re.compile(
            grouped_fill(r"^\s*+(?:<PHRASES>)(?:\s++" + _FROM_A_PLACE + r"\s++" + _NAME + r")?"
                         r"\s*+(?:[,\-–—]\s*+(?:" + _NAME + r")?)?\s*+[.!]*+\s*+$", data["sign_offs"]),
            re.IGNORECASE,
        ),
        disclaimer=re.compile(grouped_fill(r"^\s*+[*_]{0,2}(?:<PHRASES>)", data["disclaimer_starts"]),
                              re.IGNORECASE),
        disclaimer_label=re.compile(grouped_fill(r"^\s*+[*_]{0,2}(?:<PHRASES>)", data["disclaimer_labels"]),
                                    re.IGNORECASE),
        disclaimer_word=re.compile(grouped_fill(r"(?<!\w)(?:<PHRASES>)", data["disclaimer_words"]), re.IGNORECASE),
        ends_by_line=line_scan(
            lambda alt, _: r"\n(?=(?:-{2,3}|_{2,}+)[^\S\n]*+$|" + _DOTTED_RULE +
            rf"|(?:[^\S\n]|[()<>\[\]{BIDI_MARKS}])*+(?:--[^\S\n]?+)?"
            rf"(?:{alt(data['device_footers'] + data['device_footer_lines'])})"
            rf"|[^\S\n]*+[*_]{{0,2}}(?:{alt(data['disclaimer_starts'] + data['disclaimer_labels'])}))",
            re.MULTILINE),
        banner_label=re.compile(
            grouped_fill(r"^\s*+[\[(*]{0,2}(?:<PHRASES>)[\])*]{0,2}[^\S\n]*+[:!\]\-–]", data["external_banner_labels"]),
            re.IGNORECASE),
        banner_outside=re.compile(grouped_fill(r"(?<!\w)(?:<PHRASES>)", data["external_banner_words"]), re.IGNORECASE),
        banner_subject=re.compile(grouped_fill(r"(?<!\w)(?:<PHRASES>)(?!\w)", data["external_banner_subjects"]),
                                  re.IGNORECASE),
        first_contact_tip=re.compile(grouped_fill(r"(?:<PHRASES>)", data["first_contact_tips"]), re.IGNORECASE),
        list_footer=phrase_search(data["list_footer_words"]),
        list_footer_phrase=phrase_search(data["list_footer_phrases"] + data["list_footer_reasons"]),
        list_footer_reason=phrase_search(data["list_footer_reasons"]),
        banner_caution=re.compile(grouped_fill(r"(?:<PHRASES>)", data["external_banner_cautions"]), re.IGNORECASE),
        # The same as plain lower-case words over the lowered note, asked first: most texts open with no such note.
        banner_caution_lowered=re.compile(grouped_alternation([c.lower() for c in data["external_banner_cautions"]])),
        banner_caution_pieces=phrase_pieces([c.lower() for c in data["external_banner_cautions"]]),
        banner_this=re.compile(grouped_fill(r"(?<!\w)(?:<PHRASES>)(?!\w)", data["external_banner_this"]),
                               re.IGNORECASE),
    )


def first_end(lines: list[str]) -> int:
    """The index of the first line that is a delimiter, a disclaimer or a device footer (where the
    sender's words end), else len(lines). The lines that may be one are found in the whole text at C
    speed and only those are checked one by one: a message of a hundred thousand short lines asked
    three checks of each (a third of its parse time)."""
    for i in lines_matching(lines, _patterns().ends_by_line):
        if is_delimiter(lines[i]) or is_dotted_rule(lines[i]):
            if lines[i].strip() != "--" and set(lines[i].strip()) != {"_"} and _sentence_follows(lines, i):
                continue  # a rule between answers (Markdown's "---"), not the start of a signature
            return i
        if is_disclaimer(lines[i]) or _labels_a_legal_notice(lines, i):
            return i
        if is_device_footer(lines[i]):
            return _with_its_links_above(lines, i)
    return len(lines)


# A line that is only a link in angle brackets or a picture's placeholder, as an HTML footer turned into text leaves
# them around its words (Avast's "<https://www.avast.com/sig-email?...>" over "Virus-free. www.avast.com").
_LINK_OR_PICTURE_LINE = re.compile(r"[^\S\n]*+(?:<https?://[^\s<>]{1,400}+>|\[(?:image|cid)[^\]\n]{0,200}+\]"
                                   r"|image removed by sender\.?)[^\S\n]*+", re.IGNORECASE)
_MAX_LINKS_ABOVE = 4


def _with_its_links_above(lines: list[str], i: int) -> int:
    """Where the footer at ``i`` starts: with the lone links and picture placeholders right above it (blank lines
    between), which are the footer's, not the sender's."""
    start, k, seen = i, i - 1, 0
    while k >= 0 and seen < _MAX_LINKS_ABOVE:
        if not lines[k].strip():
            k -= 1
            continue
        if _LINK_OR_PICTURE_LINE.fullmatch(lines[k]) is None:
            break
        seen += 1
        start = k
        k -= 1
    return start


# A sentence: this many words or more, ending in ".", "!" or "?". A signature opens with a name, a
# forum's footer with a heading ("*Previous Replies*"), a disclaimer with its own words (found as one).
_SENTENCE_WORDS = 5


def _sentence_follows(lines: list[str], i: int) -> bool:
    """Whether the sender writes on under a "---" rule: the first line under it is a sentence, as under
    Markdown's horizontal rule between answers ("I use Canva" / "---" / "I watch reach, saves and reply
    time."). "-- " and "--" always start a signature."""
    core = next((lines[j].strip() for j in range(i + 1, len(lines)) if lines[j].strip()), "")
    return core.endswith((".", "!", "?")) and len(core.split()) >= _SENTENCE_WORDS


# A rule of dots, spaced or not, maybe set in bold, that a footer is set under ("**. . . . . . . . . .**",
# "··········"): at least five dots and nothing else on the line.
_DOTTED_RULE = r"[^\S\n]*+\**+(?:[.·•∙][^\S\n]*+){5,}+\**+[^\S\n]*+$"
_DOTTED_RULE_LINE = re.compile(_DOTTED_RULE.removesuffix("$") + r"\Z")


def is_dotted_rule(line: str) -> bool:
    """A line of five dots or more and nothing else, set apart like "--": a footer is written under it. Read
    like Markdown's "---": a sentence under it goes on with the answer."""
    return len(line) <= _MAX_FOOTER_CHARS and _DOTTED_RULE_LINE.match(line) is not None


def is_delimiter(line: str) -> bool:
    """RFC 3676 §4.3 "-- ", and the "--" / "__" rules clients write instead."""
    core = line.rstrip()
    return core in ("--", "---") or (len(core) >= 2 and set(core) == {"_"})


def is_device_footer(line: str) -> bool:
    core = line.strip().strip("()<>[]" + BIDI_MARKS).strip()
    # A footer that keeps the delimiter on its own line's start ("-- Sent from my Android phone with GMX Mail").
    core = core[2:].lstrip() if core.startswith("--") else core
    short = len(core) <= _MAX_FOOTER_CHARS and len(core.split()) <= _MAX_FOOTER_WORDS
    p = _patterns()
    return short and bool(p.footer.match(core) or p.footer_line.fullmatch(core))


def leading_footers_end(lines: list[str]) -> int:
    """Where the sender's words start when a phone footer comes first ("Sent from my iPhone", then the
    answer): the index after the footer lines and blank lines that open the text, else 0. A footer
    above any words ends nothing."""
    end = 0
    may_end = _patterns().ends_by_line.pattern
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        # The first test is the one first_end uses for every line: most texts open with words.
        if may_end.match("\n" + line[:_MAX_FOOTER_CHARS * 2]) is None or not is_device_footer(line):
            return end
        end = i + 1
    return 0


# A gateway's note is one short paragraph.
_MAX_BANNER_LINES = 4
_MAX_BANNER_CHARS = 600


def leading_banner_end(lines: list[str]) -> int:
    """Where the sender's words start when a mail gateway's note about an outside sender opens the text
    ("CAUTION: This email originated from outside of the organization ..."): the index after that
    paragraph and the blank lines under it, else 0. The note must be followed by more text, its label
    written in capitals or brackets, and it must say the message came from outside."""
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if start == len(lines):
        return 0
    p = _patterns()
    head = " ".join(lines[start : start + _MAX_BANNER_LINES])[:_MAX_BANNER_CHARS]
    if ("@" in head or "aka.ms/" in head.lower()) and p.first_contact_tip.search(head):
        return _under_the_note(lines, start)
    if lines[start].strip().lower() == _PROOFPOINT_START:
        return _under_the_proofpoint_frame(lines, start)
    label = p.banner_label.match(lines[start][:200])
    # Gateways write the label in capitals or in brackets ("CAUTION:", "[External]"); a person's "Warning:"
    # opening an answer is not taken for one. With no label, the note must warn as gateways do.
    if label is None or not (label.group(0).isupper() or label.group(0).lstrip()[:1] in "[(*"):
        lowered = head.lower()
        if (any(map(lowered.__contains__, p.banner_caution_pieces)) and p.banner_caution_lowered.search(lowered)
                and p.banner_caution.search(head)
                and p.banner_outside.search(head) and p.banner_this.search(head)):
            return _under_the_note(lines, start)
        return 0
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
        if end - start > _MAX_BANNER_LINES:
            return 0
    note = " ".join(lines[start:end])
    if len(note) > _MAX_BANNER_CHARS or not (p.banner_outside.search(note) and p.banner_subject.search(note)):
        return 0
    while end < len(lines) and not lines[end].strip():
        end += 1
    return end if end < len(lines) else 0


_PROOFPOINT_START = "zjqcmqryfpfptbannerstart"
_PROOFPOINT_END = "zjqcmqryfpfptbannerend"
_MAX_FRAMED_LINES = 16


def _under_the_proofpoint_frame(lines: list[str], start: int) -> int:
    """The index of the first line with text under Proofpoint's framed note (its start and end markers on lines of
    their own, a few lines between), else 0."""
    for end in range(start + 1, min(len(lines), start + _MAX_FRAMED_LINES)):
        if lines[end].strip().lower() == _PROOFPOINT_END:
            end += 1
            while end < len(lines) and not lines[end].strip():
                end += 1
            return end if end < len(lines) else 0
    return 0


def _under_the_note(lines: list[str], start: int) -> int:
    """The index of the first line with text under the short paragraph at ``start`` (Microsoft 365's first contact
    safety tip, "You don't often get email from jane@x.org. Learn why this is important"), else 0."""
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
        if end - start > _MAX_BANNER_LINES:
            return 0
    if len(" ".join(lines[start:end])) > _MAX_BANNER_CHARS:
        return 0
    while end < len(lines) and not lines[end].strip():
        end += 1
    return end if end < len(lines) else 0


def is_disclaimer(line: str) -> bool:
    return bool(_patterns().disclaimer.match(line[:300]))


# How far a bare label's paragraph is read for a legal word: a notice says what it is in its first sentences.
_LABELLED_NOTICE_CHARS = 600


def _labels_a_legal_notice(lines: list[str], i: int) -> bool:
    """Line ``i`` opens with a bare label ("Disclaimer:", "Important notice:") and its paragraph reads as a legal
    notice: a word of one (confidential, liability, the views expressed ...) in its first few hundred characters."""
    p = _patterns()
    if not p.disclaimer_label.match(lines[i][:300]):
        return False
    paragraph, size = [], 0
    for line in lines[i:]:
        if not line.strip() or size > _LABELLED_NOTICE_CHARS:
            break
        paragraph.append(line[:_LABELLED_NOTICE_CHARS])
        size += len(line)
    return p.disclaimer_word.search(" ".join(paragraph)[:_LABELLED_NOTICE_CHARS]) is not None


def sign_off_index(lines: list[str]) -> int | None:
    """The line where a closing ("Best regards,\\nJane") begins, if only a short signature follows it."""
    p = _patterns()
    tail = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        if not line:
            continue
        if p.sign_off.match(line[:120]) and _has_words_before(lines, i):
            return i
        tail += 1
        if tail > _MAX_SIGNATURE_LINES or len(line) > _MAX_SIGNATURE_LINE_CHARS:
            return None
    return None


# What a rule over a signature or a list's footer is drawn with: "----", "____", "====", "****", Groups.io's
# "-=-=-=-=", LISTSERV's row of "#"; and the box-drawing and full-width rules Japanese, Chinese and Korean signatures
# are framed with ("━━━━", "────", "════", "＝＝＝＝", "～～～～").
_RULE_CHARS = frozenset("-_=*#━─═＝＊＿－～~")


def separated_tail_index(lines: list[str]) -> int | None:
    """A rule ("----------") with only short contact lines under it (a phone number, a web or mail
    address among them): a signature block, or a mailing list's footer (Groups.io's links between two
    "-=-=-" rules, LISTSERV's "To unsubscribe ..." link under a row of "#"). A rule that closes the text
    closes such a footer when the rule over it is drawn the same and the block offers to leave the list
    (list_footer_words), or a signature framed as a box, with a phone number or a mail address in it. A list of
    answers under a rule has no contact line."""
    tail: list[str] = []
    closing = ""
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        if not line:
            continue
        if len(line) >= 4 and set(line) <= _RULE_CHARS and _has_words_before(lines, i):
            if not tail and not closing:
                closing = line  # the rule under a footer: the one over it is drawn the same
                continue
            if closing and (line != closing or not (any(_patterns().list_footer.found(t) for t in tail)
                                                     or any(_PHONE_OR_MAIL.search(t) for t in tail))):
                # Between two rules drawn the same: a list's footer (it offers to leave the list), or a signature
                # framed as a box (a phone number or a mail address in it, as a name card's); answers between two
                # rules hold neither.
                return None
            return i if any(_CONTACT.search(t) for t in tail) else None
        tail.append(line)
        if len(tail) > _MAX_CONTACT_LINES or len(line) > _MAX_SIGNATURE_LINE_CHARS:
            return None
    return None


# A list's footer: its last paragraph and the short paragraphs of links over it ("[Visit Topic](...) or reply to this
# email to respond."), at most this many lines, none longer than a footer line.
_MAX_LIST_FOOTER_LINES = 10
_MAX_LIST_FOOTER_LINE = 200
_FOOTER_RULE = re.compile(r"[-_=*#~^]{3,}+")
_FOOTER_READ = 1200


def list_footer_index(lines: list[str]) -> int | None:
    """Where a mailing list's or a forum's footer starts: the text ends with a paragraph that says how to leave the
    list or why the mail came (list_footer_phrases, list_footer_reasons) and names a link or an address, maybe with
    short paragraphs of links over it, set apart by a rule over them ("---", "==^===") or saying why the mail came.
    Only the text's last lines are read, and only when they hold such a phrase at all."""
    tail_text = "\n".join(lines[-_MAX_LIST_FOOTER_LINES - 4 :])[-_FOOTER_READ:]
    if not _patterns().list_footer_phrase.found(tail_text):
        return None
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    said = False
    while start > 0:
        first = start - 1
        while first > 0 and lines[first - 1].strip() and not _FOOTER_RULE.fullmatch(lines[first - 1].strip()):
            first -= 1  # the paragraph [first, start)
        paragraph = [line.strip() for line in lines[first:start] if line.strip()]
        if (not paragraph or end - first > _MAX_LIST_FOOTER_LINES
                or any(len(line) > _MAX_LIST_FOOTER_LINE for line in paragraph)):
            break
        text = "\n".join(paragraph)
        if _FOOTER_RULE.fullmatch(paragraph[0]):
            break
        here = _patterns().list_footer_phrase.found(text)
        if not (here or (said and _CONTACT.search(text) is not None and len(paragraph) <= 2)):
            break
        if here and _CONTACT.search(text) is None:
            break
        said = said or here
        start = first
        while start > 0 and not lines[start - 1].strip():
            start -= 1
    if not said or not _has_words_before(lines, start):
        return None
    if start > 0 and _FOOTER_RULE.fullmatch(lines[start - 1].strip()):
        return start - 1
    block = "\n".join(lines[start:end])
    return start if _patterns().list_footer_reason.found(block) else None


# A contact block's lines: a phone number ("Tel: +44 20 ...", "+31 6 12 34 56 78") or a mail address.
_PHONE_OR_MAIL = re.compile(r"\S@\S|\+?+\d(?:[ ().-]{0,2}+\d){7,}+")
# A name opening a contact block: one to four words, each capitalised or a particle ("de", "van"), maybe set
# in asterisks, maybe with a title after "|" or ",".
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*+")
_NAME_PARTICLES = frozenset({"de", "van", "der", "den", "von", "da", "del", "di", "la", "le", "du", "dos", "das", "y"})
_MAX_CONTACT_BLOCK_LINES = 12
# What sets contact items apart on one line: a bar, a middle dot or a bullet.
_CONTACT_SEPARATOR = re.compile(r"[|·•]")


# Names in scripts without capitals (Chinese, Japanese, Korean, Arabic, Hebrew, Thai ...) are told by their shape: one
# to three words of letters none of which has a case; a Chinese, Japanese or Korean name is short ("佐藤 花", "王芳",
# "김지은"), others a word or three of a dozen letters at most ("ليلى حسن", "נועה כהן").
_CJK_NAME_CHARS = re.compile(r"[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF]")
_MAX_CJK_NAME_CHARS = 6
_MAX_UNCASED_NAME_WORD = 12


def _uncased_letters(word: str) -> bool:
    """Letters with no case, and the marks set on them (Thai vowels, Arabic and Hebrew points)."""
    return word == word.upper() == word.lower() and word[:1].isalpha() and all(
        c.isalpha() or unicodedata.category(c).startswith("M") for c in word)


def _is_uncased_name(words: list[str]) -> bool:
    if not 1 <= len(words) <= 3 or not all(_uncased_letters(w) for w in words):
        return False
    if _CJK_NAME_CHARS.match(words[0]):
        return sum(len(w) for w in words) <= _MAX_CJK_NAME_CHARS
    return all(len(w) <= _MAX_UNCASED_NAME_WORD for w in words)


def _is_name_line(line: str) -> bool:
    core = re.split(r"\s[|,–—]\s|\|", line.strip().strip("*_ "), maxsplit=1)[0].strip().strip("*_ ")
    words = core.split()
    if words and not words[0][:1].isupper() and _is_uncased_name(words):
        return True
    return (1 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words)
            and words[0][:1].isupper() and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words))


def _has_contact(text: str) -> bool:
    """``_CONTACT.search(text) is not None``, told first by what each of its matches holds: "http", "www.", "@" or
    a digit (a line of an answer most often holds none; the search tried its four branches at every character,
    about 35 k instructions for a line of 70)."""
    return (("@" in text or "www." in text or "http" in text or _DIGIT.search(text) is not None)
            and _CONTACT.search(text) is not None)


def contact_block_index(lines: list[str]) -> int | None:
    """A signature typed without a delimiter or closing: from a line with a name to the end, up to twelve
    short lines (blank lines between them allowed) with a phone number or a mail address among at least
    two contact lines (phone, mail, web). A list of tools with their web addresses has no phone or mail
    address and stays the sender's."""
    start = None
    contact = phone_or_mail = 0
    seen = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        if not line:
            continue
        if len(line) > _MAX_SIGNATURE_LINE_CHARS or (line.endswith((".", "!", "?", ":", "："))
                                                     and not _has_contact(line)):
            break
        seen += 1
        if seen > _MAX_CONTACT_BLOCK_LINES:
            break
        # One line may hold several contact items between separators ("M: +1 555 0100 | E: jo@x.org"): each counts.
        for piece in _CONTACT_SEPARATOR.split(line):
            if _PHONE_OR_MAIL.search(piece):
                phone_or_mail += 1
                contact += 1
            elif _CONTACT.search(piece):
                contact += 1
        if (_is_name_line(line) and contact >= 2 and phone_or_mail >= 1 and _has_words_before(lines, i)
                and (i == 0 or not lines[i - 1].strip())):
            start = i
    return start


# "—Daniel", "– Jane Doe", "~Sam", "--Dan", "-Dan": a name signed with a dash on the last line. A hyphen
# with a space after it is a list's bullet ("- Canva"), not a signature.
_DASHED_NAME = re.compile(r"(?:[—–~]|--)[^\S\n]?+" + _NAME + r"|-" + _NAME)


# Under a dashed name, a title and a company: a few short lines that are no sentences.
_MAX_LINES_UNDER_DASHED_NAME = 3


def dashed_name_index(lines: list[str]) -> int | None:
    """The line of a name signed with a dash, set apart by a blank line from the words above it, when it
    is the last line or only a title and a company follow it (up to three short lines, no sentence), and
    not an item of a list: not under a line that introduces one ("The tool I use:") nor under another
    line that starts with the same dash."""
    end = len(lines) - 1
    while end >= 0 and not lines[end].strip():
        end -= 1
    under = 0
    while (end >= 1 and under < _MAX_LINES_UNDER_DASHED_NAME and lines[end - 1].strip()
           and not _DASHED_NAME.fullmatch(lines[end].strip()) and _is_title_line(lines[end])):
        end -= 1
        under += 1
    if end < 2 or lines[end - 1].strip():
        return None
    line = lines[end].strip()
    if not _DASHED_NAME.fullmatch(line) or not line.lstrip("—–~-").lstrip()[:1].isupper():
        return None
    above = next((x.strip() for x in reversed(lines[: end - 1]) if x.strip()), "")
    introduces = above.endswith((":", "：")) and not _SHORTCODE_END.search(above)
    return None if above[:1] == line[:1] or introduces else end


# An emoji shortcode closing a line (":+1:", "Thanks :smile:") ends no line that introduces a list.
_SHORTCODE_END = re.compile(r"(?:^|\s):[\w+-]{1,30}:$")


def _is_title_line(line: str) -> bool:
    """A signature's title or company line ("Community Lead", "Brightside Media, LLC"): short, a few words,
    not ending like a sentence."""
    core = line.strip()
    return (0 < len(core) <= _MAX_SIGNATURE_LINE_CHARS and len(core.split()) <= 6
            and not core.endswith((".", "!", "?", ":", "：")))


def name_signature_index(lines: list[str], sender_name: str) -> int | None:
    """A short closing block that starts with the sender's own name ("Dana Reyes | Social Media Lead",
    or just "Dana"): a signature typed without a delimiter."""
    full, first = _name_forms(sender_name)
    if not full:
        return None
    tail = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip().lstrip("-–—~ ").strip()
        if not line:
            continue
        low = line.lower()
        starts_full = low.startswith(full) and not low[len(full) : len(full) + 1].isalpha()
        if (starts_full or (first and (low.rstrip(".!") == first or _first_name_then_title(low, first)))) \
                and _has_words_before(lines, i):
            return i
        tail += 1
        if tail >= _MAX_SIGNATURE_LINES or len(line) > _MAX_FOOTER_CHARS:
            return None
    return None


# Between a first name and the title after it on a signature's name line: "Dana | Community Lead", "Dana · CM".
_NAME_TITLE_SEPARATORS = "|·•/–—"


def _first_name_then_title(low: str, first: str) -> bool:
    """The line is the sender's first name, a separator and a short title ("dana | community lead")."""
    rest = low[len(first):].lstrip() if low.startswith(first) and not low[len(first) : len(first) + 1].isalpha() else ""
    return bool(rest) and rest[0] in _NAME_TITLE_SEPARATORS and _is_title_line(rest[1:])


def _name_forms(sender_name: str) -> tuple[str, str]:
    """("dana reyes", "dana") from "Dana Reyes" or "Reyes, Dana"; empty when there is no usable name."""
    name = sender_name.strip().strip("\"'").strip()
    if "," in name:
        last, _, given = name.partition(",")
        name = f"{given.strip()} {last.strip()}"
    if "@" in name or len(name) < 2:
        return "", ""
    first = name.split()[0].lower()
    return name.lower(), first if len(first) >= 2 else ""


def _has_words_before(lines: list[str], i: int) -> bool:
    return any(line.strip() for line in lines[:i])
