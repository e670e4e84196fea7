"""The readable body of a message: which MIME parts carry the text, and what a reader sees of them.

text/plain is preferred when it is real (clients send a real plain alternative, and quote
markers survive in it); an empty or placeholder plain part, or none, means the HTML is read.
Hidden HTML text is returned separately either way so that injection checks can read it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from bot.domain.quick_init import quick_init
from bot.mail.charset import codec_for
from bot.mail.flowed import unflow
from bot.mail.html import PICTURE, html_to_text
from bot.mail.mime import Entity

_WORD = re.compile(r"\w+")
# A plain part this much shorter than the HTML's visible text is a placeholder, not the message.
_PLAIN_MIN_SHARE = 0.5
# Words of two or more characters, compared by their distinct lower-cased forms: a plain part and an HTML part
# of the same message share nearly all of them (in dev, realdev's development split, the corpus and the
# client probes: at least 0.77 of the plain part's words are in the HTML whenever the HTML is not twice as long,
# and at most 3 of the HTML's words are not in the plain part). A plain part whose words the HTML mostly lacks,
# or an HTML part that shows words the plain part lacks, says something the other reader does not see.
_SHARED_WORD = re.compile(r"\w{2,}")
_PLAIN_SHARED_MIN = 0.6
_HTML_ONLY_MAX = 5
_PLACEHOLDER = re.compile(
    r"(html|rich text|formatted).{0,40}(message|e-?mail|version|format|client|viewer)|view (it|this) (in|on)",
    re.IGNORECASE,
)


@quick_init
@dataclass(frozen=True, slots=True)
class Body:
    text: str
    hidden: str
    source: str  # "plain", "html" or "none"
    # The plain part says much less than the HTML one: a reader of either sees a different message.
    parts_disagree: bool = False
    # The HTML read as the text has style past what was read, which may hide some of it ("" if not).
    style_unchecked: str = ""
    # The HTML read as the text puts some of it out of a reader's sight (html.HtmlText.out_of_sight), or "".
    out_of_sight: str = ""
    # Pictures sent as parts of their own (image/*, attached or inline), not as resources of an HTML part
    # (multipart/related): a reader sees them with the message, and what they show is not read.
    pictures: int = 0
    # When the plain part is read and the HTML part, which other readers see, shows pictures: the HTML's text, with
    # its pictures as html.PICTURE, so that those among the reply's own words can be counted; else "".
    html_with_pictures: str = ""
    # When the text is read from more than one plain part (a second text/plain part, or a text file sent inline, as
    # Apple Mail splits a message around a picture and some clients send an answer as answers.txt inline): each
    # part's text, in order, as ``text`` joins them; else (). A reader sees each part on its own: the quote that
    # ends the first one does not end the second (issue 9 item 8).
    parts: tuple[str, ...] = ()


@dataclass(slots=True)
class _Found:
    plain: list[str]
    html: list[str]
    # Other renderings of the same content some reader is shown instead (an earlier plain alternative, an AMP
    # or watch part): ("plain" or "html", text). Never read as the reply; compared with it.
    others: list[tuple[str, str]] = field(default_factory=list)
    # Text a reader may not see as we decode it (a UTF-7 part, which today's mail clients show as it is).
    unread: list[str] = field(default_factory=list)
    pictures: int = 0  # Body.pictures
    # The indexes in ``plain`` of the parts outside any multipart/alternative (a text file shown inline after the
    # message): every reader sees them, the HTML's readers too.
    shared: list[int] = field(default_factory=list)


def read_body(root: Entity) -> Body:
    found = _Found([], [])
    _collect(root, found)
    body = _read_found(found)
    if found.unread:
        body = dataclasses.replace(body, hidden="\n".join(h for h in (body.hidden, *found.unread) if h))
    if found.pictures:
        body = dataclasses.replace(body, pictures=found.pictures)
    if found.others and not body.parts_disagree and _any_other_says_otherwise(body.text, found.others):
        # Another alternative, which some reader is shown instead, says something else (issue 10 item 11, red
        # team: a plain answer, then a plain "Thanks" that clients show as the last alternative).
        body = dataclasses.replace(body, parts_disagree=True)
    return body


def _read_found(found: _Found) -> Body:
    plain, plain_reversed = _without_unread_runs(_normalise("\n".join(found.plain)))
    if not found.html:
        return Body(plain, plain_reversed, "plain" if plain.strip() else "none", parts=_parts(found.plain, plain))
    rendered = html_to_text("\n".join(found.html))
    html_text, html_reversed = _without_unread_runs(_normalise(rendered.text))
    hidden = "\n".join(h for h in (rendered.hidden, html_reversed, plain_reversed) if h)
    if not _has_words(plain) or _is_placeholder(plain, html_text):
        return Body(html_text, hidden, "html", style_unchecked=rendered.style_unchecked,
                    out_of_sight=rendered.out_of_sight)
    # A real plain part is what plain-text readers see: the HTML never outranks it for being longer.
    # When the two disagree that much, the plain part is read and the judge sends it to review. So it does when
    # what HTML readers see of the same words is not worked out (a ::before retraction, text painted in var(),
    # the answer pushed out of sight): the plain part may say what they never see (issue 10 item 11, red team).
    return Body(plain, hidden, "plain", parts_disagree=not _plain_is_real(_beside_the_html(found, plain), html_text),
                style_unchecked=rendered.style_unchecked, out_of_sight=rendered.out_of_sight,
                html_with_pictures=html_text if PICTURE in html_text else "", parts=_parts(found.plain, plain))


def _beside_the_html(found: _Found, plain: str) -> str:
    """What the plain readers see in place of the HTML: the plain alternatives, without the parts outside any
    alternative, which the HTML's readers see as well (a text file shown inline under an HTML reply is no word the
    HTML lacks). ``plain``, all of it, when no part is outside an alternative, or none is in one."""
    if not found.shared or len(found.shared) == len(found.plain):
        return plain
    shared = set(found.shared)
    return _without_unread_runs(_normalise("\n".join(t for k, t in enumerate(found.plain) if k not in shared)))[0]


def _parts(texts: list[str], read: str) -> tuple[str, ...]:
    """Body.parts: the plain parts' texts read one by one, when there are several and they join into ``read``, the
    text read from all of them (a run drawn backwards or struck out across two parts reads otherwise: then the
    joined text alone is read, as before)."""
    if len(texts) < 2:
        return ()
    parts = tuple(_without_unread_runs(_normalise(text))[0] for text in texts)
    return parts if "\n".join(parts) == read else ()


def _any_other_says_otherwise(read: str, others: list[tuple[str, str]]) -> bool:
    """Whether another rendering says something else than ``read``: each must share most of its words with it (the
    check a plain part passes against its HTML, both ways), or show no words at all. The text read is counted
    once, not once per rendering (a message may hold hundreds)."""
    read_words = _Words.of(read)
    for kind, text in others:
        other = _Words.of(_normalise(html_to_text(text).text if kind == "html" else text))
        if other.count and not (read_words.real_beside(other) and other.real_beside(read_words)):
            return True
    return False


# Words that turn a statement around. Two renderings that share their words but not these say opposite things:
# "I use Hootsuite" in the plain part, "I don't use Hootsuite" in the HTML (issue 10 item 11, red-team variant:
# a few added words stayed under the word-share bounds).
_NEGATION = re.compile(r"(?i)\b(?:not|no|never|none|nothing|neither|nor|cannot|without|nie|nicht|kein\w*"
                       r"|jamais|pas|nunca|nenhum\w*|nada|non|niet|geen|нет|не|никогда)\b|n[’']t\b")


@dataclass(frozen=True, slots=True)
class _Words:
    count: int  # words
    distinct: frozenset[str]  # distinct lower-cased words of two or more characters
    negations: tuple[str, ...]  # the negating words, lower-cased, sorted (how many of each)

    @classmethod
    def of(cls, text: str) -> _Words:
        return cls(len(_WORD.findall(text)), frozenset(w.lower() for w in _SHARED_WORD.findall(text)),
                   tuple(sorted(m.group().lower().replace("’", "'") for m in _NEGATION.finditer(text))))

    def real_beside(self, other: _Words) -> bool:
        """_plain_is_real, with this text as the plain part and ``other`` as the HTML."""
        if self.count < _PLAIN_MIN_SHARE * other.count or self.negations != other.negations:
            return False
        shared = len(self.distinct & other.distinct)
        return shared >= _PLAIN_SHARED_MIN * len(self.distinct) and len(other.distinct) - shared <= _HTML_ONLY_MAX


# A RIGHT-TO-LEFT OVERRIDE (U+202E) draws every letter after it right to left, up to a POP DIRECTIONAL
# FORMATTING (U+202C) or the end of the paragraph: "I use Hootsuite" under it reads "etiustooH esu I" on
# screen. What no reader can read is not the reply (issue 10 item 11): such a run is kept apart with the hidden
# text, where the injection checks read it (they reverse it).
_REVERSED_RUN = re.compile("\u202e[^\u202c\n]*+\u202c?")


def _without_reversed_runs(text: str) -> tuple[str, str]:
    if "\u202e" not in text:
        return text, ""
    return _REVERSED_RUN.sub("", text), "\n".join(m.group() for m in _REVERSED_RUN.finditer(text))


def _without_unread_runs(text: str) -> tuple[str, str]:
    """(the text without runs drawn backwards or struck out, those runs)."""
    text, reversed_runs = _without_reversed_runs(text)
    text, struck = _without_struck_runs(text)
    text, struck_once = _without_single_tilde_runs(text)
    return text, "\n".join(h for h in (reversed_runs, struck, struck_once) if h)


# Markdown's (GitHub's, Slack's...) strikethrough in text: "~~I use Hootsuite~~" is shown with its tildes, and
# every reader reads it as taken back, as "<del>" is in HTML (issue 10 item 11, red-team variant). A pair is
# two tildes exactly, the opening one followed by a non-space, the closing one preceded by one, within one
# paragraph (a blank line ends it); a line of "~~~~" is a separator, never a pair.
_TILDES = re.compile(r"~+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _without_struck_runs(text: str) -> tuple[str, str]:
    if "~~" not in text:
        return text, ""
    keep: list[str] = []
    struck: list[str] = []
    done = 0
    opened = -1  # where the open pair's text starts, or -1
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    next_break = 0
    for run in _TILDES.finditer(text):
        start, end = run.span()
        while next_break < len(breaks) and breaks[next_break] < start:
            next_break += 1
            opened = -1  # a blank line ends an unclosed pair
        if end - start != 2:
            continue
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if opened >= 0 and not before.isspace():
            keep.append(text[done : opened - 2])
            struck.append(text[opened:start])
            done, opened = end, -1
        elif not after.isspace():
            opened = end
    if not struck:
        return text, ""
    keep.append(text[done:])
    return "".join(keep), "\n".join(struck)


# Slack's, Discord's and GitHub's strikethrough with one tilde: "~I use Hootsuite~" is read as taken back, as
# "~~...~~" is (issue 10, red team). A single tilde that stands alone on either side: the opening one not after a
# letter, digit or tilde and before a non-space, the closing one after a non-space and not before a letter,
# digit or tilde, within one line. So approximations ("~5 hours, ~10 posts"), ranges ("10~20"), home folders
# ("~/") and separator lines of tildes strike nothing. The tilde is matched first (the engine skips to it); each
# attempt reads to the next tilde or line break at most, so the scan is linear.
_SINGLE_TILDE_PAIR = re.compile(r"~(?<![\w~]~)(?=[^\s~/\\])[^~\n]*+(?<=[^\s~])~(?![\w~])")


def _without_single_tilde_runs(text: str) -> tuple[str, str]:
    if "~" not in text:
        return text, ""
    struck = [m.group()[1:-1] for m in _SINGLE_TILDE_PAIR.finditer(text)]
    if not struck:
        return text, ""
    return _SINGLE_TILDE_PAIR.sub("", text), "\n".join(struck)


def _collect(entity: Entity, found: _Found, related: bool = False) -> None:
    """Depth-first: the inline text parts of the message itself, never those of attached messages; and the pictures
    sent as parts (``related``: inside a multipart/related, whose pictures the HTML shows where it places them)."""
    if entity.content_type == "multipart/alternative":
        _collect_alternative(entity, found)
    elif entity.is_multipart:
        for child in entity.children:
            _collect(child, found, related or entity.content_type == "multipart/related")
    elif entity.content_type.startswith("image/"):
        found.pictures += not related
    elif entity.is_attachment or entity.content_type.startswith("message/"):
        return
    elif entity.content_type == "text/html":
        found.html.append(_unless_utf7(entity, found))
    elif entity.content_type in ("text/plain", "text/markdown", "text/enriched"):
        found.shared.append(len(found.plain))  # an alternative's own is read into a _Found of its own, not here
        found.plain.append(_plain_text(entity, found))


# Renderings only some readers are shown in place of the HTML (Gmail's AMP, a watch's): compared, never read.
_OTHER_HTML = frozenset({"text/x-amp-html", "text/watch-html"})


def _collect_alternative(entity: Entity, found: _Found) -> None:
    """Renderings of the same content, richest last: a client shows the last one it can, so the last plain and the
    last HTML are read, and every other rendering is kept to compare with them."""
    plain: list[str] | None = None
    html: list[str] | None = None
    for child in entity.children:
        sub = _Found([], [])
        if child.content_type in _OTHER_HTML and not child.is_attachment:
            found.others.append(("html", child.text()))
            continue
        _collect(child, sub)
        found.pictures += sub.pictures
        found.others.extend(sub.others)
        found.unread.extend(sub.unread)
        if sub.plain:
            if plain is not None:
                found.others.extend(("plain", text) for text in plain)
            plain = sub.plain
        if sub.html:
            if html is not None:
                found.others.extend(("html", text) for text in html)
            html = sub.html
    found.plain.extend(plain or [])
    found.html.extend(html or [])


def _unless_utf7(entity: Entity, found: _Found) -> str:
    """The part's text, but for a UTF-7 part the bytes as they are: today's mail clients no longer decode UTF-7
    (HTML forbids it), so "+AEkAIAB1AHMAZQ-" is what a reader sees; the decoded text goes with the hidden text,
    where the injection checks read it (issue 10 item 11, red-team variant)."""
    if codec_for(entity.param("charset")) != "utf-7":
        return entity.text()
    payload = entity.payload()
    found.unread.append(entity.text())
    return payload.decode("ascii", errors="replace")


def _plain_text(entity: Entity, found: _Found) -> str:
    text = unix_newlines(_unless_utf7(entity, found))
    if (entity.param("format") or "").lower() == "flowed":
        text = unflow(text, delsp=(entity.param("delsp") or "").lower() == "yes")
    return _without_clearsign_armor(_without_uuencoded_files(text, found))


# OpenPGP's cleartext signature (RFC 4880 section 7, RFC 9580 section 7), as mutt, Enigmail and mailing-list users
# sign a plain message inline: an armor line and its "Hash:" headers over the text, the signature block under it,
# and every signed line that starts with "-" escaped as "- -". A reader's client shows the text alone.
_CLEARSIGN_BEGIN = "-----BEGIN PGP SIGNED MESSAGE-----"
_SIGNATURE_BEGIN = "\n-----BEGIN PGP SIGNATURE-----"
_SIGNATURE_END = "\n-----END PGP SIGNATURE-----"
_ARMOR_HEADERS = re.compile(r"[ \t]*+\n(?:[A-Za-z][\w-]{0,30}+:[^\n]{0,200}+\n){0,10}+[ \t]*+\n")
_DASH_ESCAPE = re.compile(r"^- (?=-)", re.MULTILINE)


def _without_clearsign_armor(text: str) -> str:
    """``text`` with each cleartext-signed block (an armor line at a line's start, its headers, the signed text,
    its signature block) read as the signed text alone, dash-escapes undone. Found with str.find: linear in the
    text, however many armor lines it holds."""
    at = text.find(_CLEARSIGN_BEGIN)
    if at < 0:
        return text
    out: list[str] = []
    done = 0
    while at >= 0:
        if at > 0 and text[at - 1] != "\n":
            at = text.find(_CLEARSIGN_BEGIN, at + 1)
            continue
        head = _ARMOR_HEADERS.match(text, at + len(_CLEARSIGN_BEGIN))
        if head is None:
            break
        sig = text.find(_SIGNATURE_BEGIN, head.end() - 1)
        end = -1 if sig < 0 else text.find(_SIGNATURE_END, sig)
        if end < 0:
            break  # no whole block: the text is shown as it is, and read so
        stop = text.find("\n", end + len(_SIGNATURE_END))
        stop = len(text) if stop < 0 else stop
        out += [text[done:at], _DASH_ESCAPE.sub("", text[head.end() : sig]), "\n"]
        done = stop
        at = text.find(_CLEARSIGN_BEGIN, done)
    out.append(text[done:])
    return "".join(out)


# A file sent uuencoded inside a text part, as Outlook Express and older clients attach one (POSIX uuencode: "begin
# 644 name", lines of the characters 0x20-0x60, "end"). Readers show it as an attachment, not as words.
_UUENCODED = re.compile(r"^begin[ \t]++[0-7]{3,4}+[ \t]++(\S[^\n]{0,250}+)\n(?:[ -`]{0,62}+\n)*+end[ \t]*+$",
                        re.MULTILINE)
_PICTURE_NAME = re.compile(r"\.(?:jpe?g|png|gif|bmp|tiff?|webp|heic)[ \t]*+$", re.IGNORECASE)


def _without_uuencoded_files(text: str, found: _Found) -> str:
    """``text`` without the uuencoded files in it; a picture among them counts as one sent with the reply."""
    if "begin " not in text:
        return text

    def drop(match: re.Match[str]) -> str:
        found.pictures += _PICTURE_NAME.search(match.group(1)) is not None
        return ""

    return _UUENCODED.sub(drop, text)


# Characters that break a line as "\n" does (Unicode's mandatory breaks, UAX #14 BK and NL: the line and paragraph
# separators, NEL, vertical tab, form feed): a text view or a browser draws each as a new line. Stripped as trailing
# white space, forty U+2028 under "Thanks, I'll answer next week" were no blank lines at all, and the answer below
# them was read as in sight (issue 10 item 11, red-team variant).
_LINE_BREAKS = re.compile("[\u2028\u2029\x85\x0b\x0c]")
# The same characters, each looked for alone (a search for one character runs at C speed; the class was tried at every
# character of every body, about 20 k instructions for a short reply's).
_LINE_BREAK_CHARS = ("\x0b", "\x0c", "\x85", "\u2028", "\u2029")


def _normalise(text: str) -> str:
    text = unix_newlines(text).replace("\u00a0", " ").replace("\ufeff", "")
    if any(map(text.__contains__, _LINE_BREAK_CHARS)):
        text = _LINE_BREAKS.sub("\n", text)
    return "\n".join(map(str.rstrip, text.split("\n")))


def unix_newlines(text: str) -> str:
    """CRLF and bare CR as LF. A scan for a CR is a fraction of a replace's search for a pair (half a
    millisecond on a 0.5 MB thread): most bodies hold none after their transfer decoding, and most that do
    hold no bare one."""
    if "\r" not in text:
        return text
    text = text.replace("\r\n", "\n")
    return text.replace("\r", "\n") if "\r" in text else text


def _has_words(text: str) -> bool:
    return _WORD.search(text) is not None


def _is_placeholder(plain: str, html_text: str) -> bool:
    """ "This is an HTML message, view it in your browser": not the message."""
    plain_words = len(_WORD.findall(plain))
    return plain_words < 30 and bool(_PLACEHOLDER.search(plain)) and len(_WORD.findall(html_text)) > plain_words


def _plain_is_real(plain: str, html_text: str) -> bool:
    """The plain part says what the HTML shows: not much shorter, and no other words (issue 10 item 11:
    "I use Hootsuite..." in the plain part judged while the HTML, which most readers see, says "I never did
    this, please decline")."""
    return _Words.of(plain).real_beside(_Words.of(html_text))
