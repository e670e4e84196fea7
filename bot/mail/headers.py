"""The header block: split it from the body, unfold it, decode RFC 2047 words, read addresses.

Written by hand rather than with ``email.parser`` because the stdlib parser reads the whole
message (attachments included) line by line, which costs most of a second on a 25 MB message.
"""

from __future__ import annotations

import email.header
import email.utils
import re
from datetime import UTC, datetime

from bot.mail.charset import decode_bytes

Headers = tuple[tuple[str, str], ...]

_BLANK_LINE = re.compile(rb"\r?\n[ \t]*\r?\n")
# RFC 5322 §2.2: a field name is printable ASCII except colon; we also allow a space before the colon.
_FIELD = re.compile(rb"^([!-9;-~]{1,76})[ \t]*:")
# The same, for Pattern.match(raw, pos), where "^" would only match at the very start of raw.
_FIELD_AT = re.compile(rb"[!-9;-~]{1,76}[ \t]*:")
_MSG_ID = re.compile(r"<[^<>\s]{1,250}>")
_ISO2022 = b"\x1b$"
# Bounds the work one header may cause (a hostile sender can fold a header forever).
_MAX_HEADER_BYTES = 64 * 1024


def locate_header_block(raw: bytes, start: int = 0, end: int | None = None) -> tuple[int, int, int]:
    """Where the entity in ``raw[start:end]`` keeps its header block and body, as offsets:
    (header start, header end, body start); the body runs to ``end``. Leading blank lines and an
    mbox "From " line are skipped. Offsets, not slices: a 25 MB attachment is never copied."""
    end = len(raw) if end is None else end
    pos = start
    while pos < end and raw[pos] in b"\r\n":
        pos += 1
    if raw.startswith(b"From ", pos, end) and not _FIELD_AT.match(raw, pos, end):
        newline = raw.find(b"\n", pos, end)
        pos = end if newline == -1 else newline + 1
    if not _FIELD_AT.match(raw, pos, end):
        return pos, pos, pos
    found = _BLANK_LINE.search(raw, pos, end)
    if found is None:
        return pos, end, end
    return pos, found.start(), found.end()


def parse_header_block(block: bytes) -> Headers:
    """(lower-cased name, decoded value) pairs in order; lines that are not fields are ignored."""
    fields: list[tuple[bytes, bytearray]] = []
    for line in block.split(b"\n"):
        line = line.rstrip(b"\r")
        if line[:1] in (b" ", b"\t") and fields:
            value = fields[-1][1]
            if len(value) < _MAX_HEADER_BYTES:
                value += b" " + line.strip()
            continue
        match = _FIELD.match(line)
        if match:
            fields.append((match.group(1), bytearray(line[match.end() :].strip())))
    return tuple((name.decode("ascii").lower(), decode_value(bytes(value))) for name, value in fields)


def decode_value(value: bytes) -> str:
    """A header value as text: raw 8-bit guessed, then RFC 2047 encoded words decoded."""
    iso2022 = _ISO2022 in value  # raw Japanese headers arrive 7-bit but escaped, never as RFC 2047
    text = value.decode("iso-2022-jp", errors="replace") if iso2022 else decode_bytes(value, "utf-8")
    return decode_words(text)


def decode_words(text: str) -> str:
    """Decode RFC 2047 ``=?charset?Q/B?...?=`` words; anything malformed is left as it was."""
    if "=?" not in text:
        return text
    try:
        chunks = email.header.decode_header(text)
    except (ValueError, LookupError, AssertionError):
        return text
    out: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
        else:
            out.append(decode_bytes(chunk, charset or "utf-8"))
    return "".join(out)


def first(headers: Headers, name: str) -> str | None:
    for key, value in headers:
        if key == name:
            return value
    return None


def all_values(headers: Headers, name: str) -> list[str]:
    return [value for key, value in headers if key == name]


def addresses(values: list[str]) -> list[tuple[str, str]]:
    """(display name, lower-cased address) for every address in the given header values."""
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
