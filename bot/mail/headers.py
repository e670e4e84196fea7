"""The header block: split it from the body, unfold it, decode RFC 2047 words, read addresses.

Written by hand rather than with ``email.parser`` because the stdlib parser reads the whole
message (attachments included) line by line, which costs most of a second on a 25 MB message.
"""

from __future__ import annotations

import binascii
import email.utils
import re
from datetime import UTC, datetime

from charset_normalizer import from_bytes

from bot.mail.charset import codec_for, decode_bytes

Headers = tuple[tuple[str, str], ...]

# The first newline of a blank line (a CR before it is found by hand): a literal first, so the engine
# skips to newlines at C speed instead of trying "\r?" at every byte of the header block.
_BLANK_LINE = re.compile(rb"\n[ \t]*\r?\n")
# RFC 5322 §2.2: a field name is printable ASCII except colon; we also allow a space before the colon.
_FIELD = re.compile(rb"^([!-9;-~]{1,76})[ \t]*:")
# The same, for Pattern.match(raw, pos), where "^" would only match at the very start of raw.
_FIELD_AT = re.compile(rb"[!-9;-~]{1,76}[ \t]*:")
_MSG_ID = re.compile(r"<[^<>\s]{1,250}>")
_ISO2022 = b"\x1b$"
# Fields that hold addresses. RFC 2047 §5 allows encoded words only in a display name (a phrase),
# never in the address itself: these values are kept encoded until after the addresses are parsed,
# so that "=?utf-8?q?ceo=40bank.example?= <x@evil.example>" is x@evil.example (Mailsploit).
ADDRESS_FIELDS = frozenset({
    "from", "sender", "reply-to", "to", "cc", "bcc", "delivered-to", "x-original-to", "envelope-to",
    "return-path", "resent-from", "resent-sender", "resent-to", "resent-cc", "resent-bcc",
})
# Our MTA's verdicts (bot/inbound/auth.py) are believed only as the MTA writes them: in plain ASCII (RFC 8601
# has no encoded words) and named exactly, with no space before the colon. An MTA that strips forged copies
# of its own header compares the literal name and authserv-id, so "=?utf-8?q?mx.bot.test?=" or
# "Authentication-Results :" would survive its stripping; decoded or read as the same field, they would then
# pass for its own verdict. Such a value is kept encoded, and such a name is kept apart (MALFORMED_PREFIX).
KEPT_RAW = frozenset({"authentication-results"})
MALFORMED_PREFIX = "malformed-"
_KEPT_RAW_BYTES = frozenset(n.encode() for n in KEPT_RAW)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# Bounds the work one header may cause: a hostile sender can fold a header forever or write one
# line of a megabyte. Every value is cut here, folded or not, before anything reads it.
MAX_HEADER_BYTES = 64 * 1024
# Charset detection reads at most this much of a block's raw 8-bit values.
_DETECT_BYTES = 16 * 1024
# RFC 2047 §2: =?charset?encoding?encoded-text?= (RFC 2231 §5 allows a *language suffix on the
# charset). Each part excludes "?" and whitespace, so one scan never runs past the next "?": linear.
_ENCODED_WORD = re.compile(r"=\?([^?\s*]{1,40})(?:\*[^?\s]{0,20})?\?([bBqQ])\?([^?\s]*)\?=")


def locate_header_block(raw: bytes, start: int = 0, end: int | None = None) -> tuple[int, int, int]:
    """Where the entity in ``raw[start:end]`` keeps its header block and body, as offsets:
    (header start, header end, body start); the body runs to ``end``. Leading blank lines and an
    mbox "From " line are skipped; before a whole message's own header block (``start`` 0), lines of
    nothing but spaces are too (an exported or pasted message may open with one). Offsets, not slices: a
    25 MB attachment is never copied."""
    end = len(raw) if end is None else end
    pos = start
    while pos < end and raw[pos] in b"\r\n":
        pos += 1
    while start == 0 and pos < end and raw[pos] in b" \t":
        newline = raw.find(b"\n", pos, end)
        if newline == -1 or raw[pos:newline].strip(b" \t\r"):
            break
        pos = newline + 1
        while pos < end and raw[pos] in b"\r\n":
            pos += 1
    if raw.startswith(b"From ", pos, end) and not _FIELD_AT.match(raw, pos, end):
        newline = raw.find(b"\n", pos, end)
        pos = end if newline == -1 else newline + 1
    if not _FIELD_AT.match(raw, pos, end):
        return pos, pos, pos
    found = _BLANK_LINE.search(raw, pos, end)
    while found is not None and _fields_go_on(raw, found, end):
        found = _BLANK_LINE.search(raw, found.end() - 1, end)
    if found is None:
        return pos, end, end
    # Where "\r?\n[ \t]*\r?\n" would start: the CR before the first newline, when there is one.
    head_end = found.start() - 1 if found.start() > pos and raw[found.start() - 1] == 13 else found.start()
    return pos, head_end, found.end()


# How many lines under a line of white space are looked at to tell a folded field's line from the end of
# the header block: a bound, so a hostile block of such lines costs linear time.
_MAX_FIELDS_UNDER_WHITE_SPACE = 40
_FIELD_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]{0,75}:")


def _fields_go_on(raw: bytes, blank: re.Match[bytes], end: int) -> bool:
    """Whether the line of white space ``blank`` found is a folded field's empty line (RFC 5322 §4.2,
    obs-FWS) rather than the end of the header block: it holds white space, and under it come more fields
    (a name, a colon; folded lines) up to an empty line. A body that opens "Note: ..." under it has a line
    that is no field before any empty line."""
    if raw[blank.start() + 1 : blank.end()].strip(b" \t\r\n") or raw[blank.start() + 1] in b"\r\n":
        return False  # an empty line: the header block ends here
    pos = blank.end()
    if not _FIELD_LINE.match(raw, pos, end):
        return False
    for _ in range(_MAX_FIELDS_UNDER_WHITE_SPACE):
        newline = raw.find(b"\n", pos, end)
        if newline == -1:
            return False
        pos = newline + 1
        if pos >= end or raw[pos] in b"\r\n":
            return True  # an empty line closes the fields
        if raw[pos] in b" \t":
            continue  # a folded line, or another line of white space inside a folded field
        if not _FIELD_LINE.match(raw, pos, end):
            return False
    return False


def parse_header_block(block: bytes, charset_hint: str | None = None) -> Headers:
    """(lower-cased name, decoded value) pairs in order; lines that are not fields are ignored.

    ``charset_hint``: the charset the message's text is declared in, for raw 8-bit header bytes that
    are not UTF-8 (old clients wrote a GB2312 or KOI8-R Subject without RFC 2047, in the body's charset)."""
    fields: list[tuple[bytes, bytearray]] = []
    for line in block.split(b"\n"):
        line = line.rstrip(b"\r")
        if line[:1] in (b" ", b"\t") and fields:
            value = fields[-1][1]
            if len(value) < MAX_HEADER_BYTES:
                value += b" " + line[: MAX_HEADER_BYTES].strip(_blanks(fields[-1][0]))
            continue
        match = _FIELD.match(line)
        if match:
            name = match.group(1)
            if match.end(1) != match.end() - 1 and name.lower() in _KEPT_RAW_BYTES:
                name = MALFORMED_PREFIX.encode() + name  # "Authentication-Results :" is not our MTA's header
            fields.append((name, bytearray(line[match.end() : match.end() + MAX_HEADER_BYTES].strip(_blanks(name)))))
    legacy = None if _is_utf8(block) else _legacy_codec(fields, charset_hint)
    out = []
    for raw_name, value in fields:
        name = raw_name.decode("ascii").lower()
        text = decode_raw(bytes(value), legacy)
        if name in ADDRESS_FIELDS or name in KEPT_RAW:
            out.append((name, text))
        else:
            decoded = decode_words(text)
            out.append((name, _broken_words_decoded(decoded) if name in _READ_LENIENTLY else decoded))
    return tuple(out)


def _blanks(name: bytes) -> bytes | None:
    """What is stripped around a field's value (or a folded line of it): any ASCII white space, but only folding
    white space (space, tab) in a field kept as written: an MTA strips the sender's Authentication-Results by the
    field as written, and a vertical tab or form feed before its id is no folding white space (issue 10 item 5,
    red-team variant: stripped here, "Authentication-Results:<VT>mx.bot.test; ..." read as our MTA's)."""
    return b" \t" if name.lower() in _KEPT_RAW_BYTES else None


# Free-text fields a reader shows: their broken encoded words are read as mail readers read them.
_READ_LENIENTLY = frozenset({"subject"})
# What broken mailers write instead of RFC 2047 words (§5 forbids both): a Q word with spaces left in it
# ("=?iso-8859-1?q?R=E9ponse automatique?="), and a last word the value cut off before its "?=". Bounded: linear.
_SPACED_Q_WORD = re.compile(r"=\?([^?\s*]{1,40})\?([qQ])\?([^?\n]{1,200}+)\?=")
_UNCLOSED_WORD = re.compile(r"=\?([^?\s*]{1,40})\?([bBqQ])\?([^?\s]{1,300}+)$")


def _broken_words_decoded(text: str) -> str:
    """A value ``decode_words`` left with "=?" in it: its spaced Q words and an unclosed last word decoded, each
    in its own charset; anything still malformed is left as it was."""
    if "=?" not in text:
        return text
    text = _SPACED_Q_WORD.sub(_decoded_word, text)
    return _UNCLOSED_WORD.sub(_decoded_word, text)


def _decoded_word(match: re.Match[str]) -> str:
    charset = match.group(1).lower()
    if codec_for(charset) is None:
        return match.group(0)
    return decode_bytes(_word_bytes(match.group(2), match.group(3).replace(" ", "_")), charset)


def _is_utf8(data: bytes) -> bool:
    if data.isascii():
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# Header values are never UTF-16/32 (their ASCII structure would be broken), whatever short text suggests.
_NOT_HEADER_CODECS = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_7"]
_CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


def _legacy_codec(fields: list[tuple[bytes, bytearray]], hint: str | None) -> str | None:
    """The one codec for this block's raw 8-bit values that are not UTF-8: the declared charset (the
    hint, else this entity's own Content-Type) when every such value decodes in it, else a detection
    over all of them together (a few words alone are too short to detect)."""
    legacy = [bytes(v) for _, v in fields if not _is_utf8(bytes(v))]
    if not legacy:
        return None
    declared = [hint] if hint else []
    declared += [m.group(1).decode("ascii") for n, v in fields if n.lower() == b"content-type"
                 for m in [_CHARSET_PARAM.search(v)] if m]
    for name in declared:
        codec = codec_for(name)
        if codec and codec not in ("utf-8", "ascii") and _decodes(legacy, codec):
            return codec
    best = from_bytes(b"\n".join(legacy)[:_DETECT_BYTES], cp_exclusion=_NOT_HEADER_CODECS).best()
    return best.encoding if best is not None and _decodes(legacy, best.encoding) else None


def _decodes(values: list[bytes], codec: str) -> bool:
    try:
        for value in values:
            value.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def decode_value(value: bytes) -> str:
    """A header value as text: raw 8-bit guessed, then RFC 2047 encoded words decoded."""
    return decode_words(decode_raw(value))


def decode_raw(value: bytes, legacy: str | None = None) -> str:
    """A header value's bytes as text, RFC 2047 words left as they are; ``legacy`` decodes raw
    8-bit bytes that are not UTF-8."""
    if _ISO2022 in value:  # raw Japanese headers arrive 7-bit but escaped, never as RFC 2047
        return value.decode("iso-2022-jp", errors="replace")
    if value.isascii():  # most values: what decode_bytes gives ASCII under "utf-8", without its look-ups
        return value.decode("ascii")
    if legacy is not None and not _is_utf8(value):
        try:
            return value.decode(legacy)
        except (UnicodeDecodeError, LookupError):
            pass
    return decode_bytes(value, "utf-8")


def decode_words(text: str) -> str:
    """Decode RFC 2047 ``=?charset?Q/B?...?=`` words; anything malformed is left as it was.

    One pass over the text (``email.header.decode_header`` is quadratic in the number of words).
    Adjacent words in one charset are joined as bytes before decoding, because senders split a
    multi-byte character across two words; whitespace between encoded words is dropped (§6.2)."""
    if "=?" not in text:
        return text
    out: list[str] = []
    pending = bytearray()
    pending_charset = ""
    pos = -1  # end of the previous encoded word; -1 before the first
    for match in _ENCODED_WORD.finditer(text):
        gap = text[max(pos, 0) : match.start()]
        charset = match.group(1).lower()
        adjacent = pos >= 0 and not gap.strip()
        if not (adjacent and charset == pending_charset):
            if pending:
                out.append(decode_bytes(bytes(pending), pending_charset))
                pending.clear()
            if not adjacent:
                out.append(gap)
        pending += _word_bytes(match.group(2), match.group(3))
        pending_charset = charset
        pos = match.end()
    if pending:
        out.append(decode_bytes(bytes(pending), pending_charset))
    out.append(text[max(pos, 0) :])
    return "".join(out)


def _word_bytes(encoding: str, payload: str) -> bytes:
    data = payload.encode("ascii", errors="replace")
    try:
        if encoding in "qQ":
            return binascii.a2b_qp(data, header=True)
        data = data.rstrip(b"=")
        data = data[: len(data) - len(data) % 4] if len(data) % 4 == 1 else data
        return binascii.a2b_base64(data + b"=" * (-len(data) % 4))
    except (binascii.Error, ValueError):
        return data


def first(headers: Headers, name: str) -> str | None:
    for key, value in headers:
        if key == name:
            return value
    return None


def all_values(headers: Headers, name: str) -> list[str]:
    return [value for key, value in headers if key == name]


def addresses(values: list[str]) -> list[tuple[str, str]]:
    """(display name, lower-cased address) for every address in the given address-field values.

    The values still hold their RFC 2047 words: addresses are parsed first, then only the display
    names are decoded (and stripped of control and direction characters)."""
    return [(display_name(name), addr) for name, addr in _raw_addresses(values)]


def bare_addresses(values: list[str]) -> list[str]:
    """The lower-cased addresses alone, as ``addresses`` finds them (no display name is decoded)."""
    return [addr for _, addr in _raw_addresses(values)]


# One mailbox in its two everyday forms, "Dana Reyes <dana@mail.example>" and "dana@mail.example": plain
# words (letters, digits, "'", ".", "-"), then an address of dot-separated atoms. No quote, comment,
# group, route, comma or encoded word, so the stdlib parser would read it exactly so: the name is the
# words joined by single spaces, the address as written. Anything else goes to the stdlib parser.
_ADDR = r"[A-Za-z0-9_%+\-]++(?:\.[A-Za-z0-9_%+\-]++)*+@[A-Za-z0-9\-]++(?:\.[A-Za-z0-9\-]++)*+"
_SIMPLE_MAILBOX = re.compile(
    rf"[ \t]*+(?:(?P<name>[\w'.\-]++(?:[ \t]++[\w'.\-]++)*+)[ \t]*+<(?P<angled>{_ADDR})>|(?P<bare>{_ADDR}))[ \t]*+")


def _raw_addresses(values: list[str]) -> list[tuple[str, str]]:
    if not values:
        return []
    if len(values) == 1:
        # Most messages: a reply's From and To. The stdlib parser takes ten times as long for these.
        simple = _SIMPLE_MAILBOX.fullmatch(values[0])
        if simple is not None:
            name = " ".join(simple["name"].split()) if simple["name"] else ""
            return [(name, (simple["angled"] or simple["bare"]).lower())]
    try:
        pairs = email.utils.getaddresses(values)
    except (ValueError, IndexError, TypeError):
        pairs = []
    out = []
    for name, addr in pairs:
        addr = addr.strip().strip("<>").lower()
        if "@" in addr:
            out.append((name.strip(), addr))
    return out


def display_name(name: str) -> str:
    return _CONTROL.sub("", decode_words(name)).strip()


def encoded_address_trick(values: list[str], raw: list[str] | None = None) -> str | None:
    """Why these address-field values hide an address in RFC 2047 words, or None.

    Two tricks: an encoded word inside the address itself (no standard allows it), and a display
    name that, once decoded, reads as a different address (what a decoder run before parsing, or a
    mail client's list view, would show). ``raw``: the values' addresses when the caller has them
    already (``addresses`` or ``bare_addresses`` of the same values), so they are not parsed again."""
    raw = bare_addresses(values) if raw is None else raw
    if any("=?" in addr for addr in raw):
        return "RFC 2047 encoded word inside the address"
    if not any("=?" in value for value in values):
        return None  # no encoded word to decode: the decoded values are these, with these addresses
    decoded = bare_addresses([decode_words(v) for v in values])
    if set(decoded) - set(raw):  # decoding may also break a name's syntax and lose one: no trick
        return "the decoded display name holds another address"
    # The words may also sit in a quoted name or a comment ('"=?utf-8?q?ceo=40bank.example?=" <x@evil.example>',
    # 'x@evil.example (=?...?=)'): decoding the whole value then leaves the address alone, but the display
    # name we decode (and a client shows) reads as another address.
    for name, addr in _raw_addresses(values):
        if "=?" in name and any(found.lower() != addr for found in _NAME_ADDRESS.findall(display_name(name))):
            return "the decoded display name holds another address"
    return None


_NAME_ADDRESS = re.compile(r"[^\s<>()\"',;:@]+@[^\s<>()\"',;:@]+\.[^\s<>()\"',;:@]+")


def message_ids(value: str | None) -> tuple[str, ...]:
    return tuple(_MSG_ID.findall(value or ""))


def parse_date(value: str | None) -> datetime | None:
    """The Date header as an aware datetime (UTC if the zone is missing), or None."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed
