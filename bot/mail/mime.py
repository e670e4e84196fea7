"""A lenient MIME tree built by slicing bytes at boundaries.

Bodies stay transfer-encoded until someone asks for them, so a 25 MB attachment costs a few
``bytes.find`` calls and is never decoded. Broken structure degrades to a single text part.
"""

from __future__ import annotations

import binascii
import itertools
import re
from dataclasses import dataclass, field

from bot.mail.charset import decode_bytes
from bot.mail.headers import Headers, first, parse_header_block, split_message

_PARAM = re.compile(r';\s*([A-Za-z0-9_.*-]{1,60})\s*=\s*("(?:[^"\\]|\\.){0,500}"|[^;\s]{1,500})')
# Hostile nesting must not recurse without end.
_MAX_DEPTH = 12
_MAX_PARTS = 400


@dataclass(frozen=True, slots=True)
class Entity:
    """One MIME entity: its headers, content type and still-encoded body, or its children."""

    headers: Headers
    content_type: str
    params: tuple[tuple[str, str], ...]
    body: bytes
    children: tuple[Entity, ...] = field(default=())

    def param(self, name: str) -> str | None:
        for key, value in self.params:
            if key == name:
                return value
        return None

    @property
    def is_multipart(self) -> bool:
        return self.content_type.startswith("multipart/")

    @property
    def is_attachment(self) -> bool:
        disposition = (first(self.headers, "content-disposition") or "").lower()
        if disposition.startswith("attachment"):
            return True
        named = "filename" in disposition or self.param("name") is not None
        return named and not disposition.startswith("inline")

    def payload(self) -> bytes:
        """The body with its Content-Transfer-Encoding undone."""
        encoding = (first(self.headers, "content-transfer-encoding") or "").strip().lower()
        return decode_transfer(self.body, encoding)

    def text(self) -> str:
        """The body decoded to text with the declared charset, if the bytes agree with it."""
        return decode_bytes(self.payload(), self.param("charset"))

    def walk(self) -> list[Entity]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


def parse_entity(raw: bytes, default_type: str = "text/plain", depth: int = 0) -> Entity:
    head, body = split_message(raw)
    headers = parse_header_block(head)
    content_type, params = parse_content_type(first(headers, "content-type"), default_type)
    children: tuple[Entity, ...] = ()
    if depth < _MAX_DEPTH:
        if content_type.startswith("multipart/"):
            boundary = dict(params).get("boundary")
            child_default = "message/rfc822" if content_type == "multipart/digest" else "text/plain"
            bodies = split_multipart(body, boundary) if boundary else []
            if not bodies:
                content_type, params = "text/plain", params  # broken multipart: read it as text
            children = tuple(parse_entity(b, child_default, depth + 1) for b in bodies)
        elif content_type in ("message/rfc822", "message/global"):
            children = (parse_entity(decode_transfer(body, _cte(headers)), "text/plain", depth + 1),)
    return Entity(headers, content_type, params, body, children)


def _cte(headers: Headers) -> str:
    return (first(headers, "content-transfer-encoding") or "").strip().lower()


def parse_content_type(value: str | None, default: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    if not value:
        return default, ()
    main, _, rest = value.partition(";")
    content_type = main.strip().lower()
    if "/" not in content_type:
        content_type = default
    params = []
    for name, raw in _PARAM.findall(";" + rest):
        if raw.startswith('"'):
            raw = raw[1:-1].replace('\\"', '"')
        params.append((name.lower().rstrip("*"), raw))
    return content_type, tuple(params)


def split_multipart(body: bytes, boundary: str) -> list[bytes]:
    """The part bodies between ``--boundary`` lines (RFC 2046 §5.1.1); preamble and epilogue dropped."""
    delimiter = b"--" + boundary.encode("ascii", errors="replace")
    starts = _delimiter_lines(body, delimiter)
    parts: list[bytes] = []
    for (_, line_end, closing), (next_start, _, _) in itertools.pairwise(starts):
        if closing:
            break
        end = next_start
        # The CRLF before a delimiter belongs to the delimiter.
        if body[end - 2 : end] == b"\r\n":
            end -= 2
        elif body[end - 1 : end] == b"\n":
            end -= 1
        parts.append(body[line_end:end])
        if len(parts) >= _MAX_PARTS:
            break
    if starts and not starts[-1][2] and len(parts) < _MAX_PARTS:
        parts.append(body[starts[-1][1] :])  # unterminated last part: keep what we have
    return parts


def _delimiter_lines(body: bytes, delimiter: bytes) -> list[tuple[int, int, bool]]:
    """(start, end of line, is closing) for each delimiter that starts a line."""
    found: list[tuple[int, int, bool]] = []
    pos = body.find(delimiter)
    while pos != -1 and len(found) <= _MAX_PARTS:
        if pos == 0 or body[pos - 1 : pos] == b"\n":
            after = pos + len(delimiter)
            line_end = body.find(b"\n", after)
            line_end = len(body) if line_end == -1 else line_end + 1
            tail = body[after:line_end].strip()
            if tail in (b"", b"--") or tail.startswith(b"--"):
                found.append((pos, line_end, tail.startswith(b"--")))
                if tail.startswith(b"--"):
                    break
        pos = body.find(delimiter, pos + 1)
    return found


def decode_transfer(body: bytes, encoding: str) -> bytes:
    """Undo base64 or quoted-printable leniently; anything else is returned as it is."""
    if encoding == "base64":
        cleaned = re.sub(rb"[^A-Za-z0-9+/]", b"", body)
        cleaned = cleaned[: len(cleaned) - len(cleaned) % 4] if len(cleaned) % 4 == 1 else cleaned
        cleaned += b"=" * (-len(cleaned) % 4)
        try:
            return binascii.a2b_base64(cleaned)
        except binascii.Error:
            return body
    if encoding == "quoted-printable":
        return binascii.a2b_qp(body.replace(b"\r\n", b"\n"))
    return body
