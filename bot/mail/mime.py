"""A lenient MIME tree built by slicing bytes at boundaries.

Bodies stay transfer-encoded until someone asks for them, so a 25 MB attachment costs a few
``bytes.find`` calls and is never decoded. Broken structure degrades to a single text part.
"""

from __future__ import annotations

import binascii
import itertools
import re
from dataclasses import dataclass, field

from bot.domain.quick_init import quick_init
from bot.mail.charset import decode_bytes
from bot.mail.headers import Headers, first, locate_header_block, parse_header_block

_PARAM = re.compile(r';\s*([A-Za-z0-9_.*-]{1,60})\s*=\s*("(?:[^"\\]|\\.){0,500}"|[^;\s]{1,500})')
# Hostile nesting must not recurse without end.
_MAX_DEPTH = 12
_MAX_PARTS = 400


@quick_init
@dataclass(frozen=True, slots=True)
class Entity:
    """One MIME entity: its headers, content type and still-encoded body, or its children.

    The body is a span of the message's bytes, sliced out only when someone reads it: an
    attachment nobody decodes is never copied."""

    headers: Headers
    content_type: str
    params: tuple[tuple[str, str], ...]
    source: bytes
    body_start: int
    body_end: int
    children: tuple[Entity, ...] = field(default=())

    @property
    def body(self) -> bytes:
        return self.source[self.body_start : self.body_end]

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


def parse_entity(raw: bytes, default_type: str = "text/plain", depth: int = 0,
                 start: int = 0, end: int | None = None) -> Entity:
    """The entity in ``raw[start:end]`` (all of ``raw`` by default), its parts as spans of ``raw``."""
    end = len(raw) if end is None else end
    head_start, head_end, body_start = locate_header_block(raw, start, end)
    headers = parse_header_block(raw[head_start:head_end])
    content_type, params = parse_content_type(first(headers, "content-type"), default_type)
    children: tuple[Entity, ...] = ()
    if depth < _MAX_DEPTH:
        if content_type.startswith("multipart/"):
            boundary = dict(params).get("boundary")
            child_default = "message/rfc822" if content_type == "multipart/digest" else "text/plain"
            spans = split_multipart(raw, boundary, body_start, end) if boundary else []
            if not spans:
                content_type, params = "text/plain", params  # broken multipart: read it as text
            children = tuple(parse_entity(raw, child_default, depth + 1, lo, hi) for lo, hi in spans)
        elif content_type in ("message/rfc822", "message/global"):
            inner = decode_transfer(raw[body_start:end], _cte(headers))
            children = (parse_entity(inner, "text/plain", depth + 1),)
    return Entity(headers, content_type, params, raw, body_start, end, children)


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


def split_multipart(body: bytes, boundary: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the part bodies between ``--boundary`` lines in ``body[start:end]`` (RFC 2046 §5.1.1);
    preamble and epilogue dropped."""
    end = len(body) if end is None else end
    delimiter = b"--" + boundary.encode("ascii", errors="replace")
    starts = _delimiter_lines(body, delimiter, start, end)
    parts: list[tuple[int, int]] = []
    for (_, line_end, closing), (next_start, _, _) in itertools.pairwise(starts):
        if closing:
            break
        part_end = next_start
        # The CRLF before a delimiter belongs to the delimiter.
        if body[part_end - 2 : part_end] == b"\r\n" and part_end - 2 >= line_end:
            part_end -= 2
        elif body[part_end - 1 : part_end] == b"\n" and part_end - 1 >= line_end:
            part_end -= 1
        parts.append((line_end, part_end))
        if len(parts) >= _MAX_PARTS:
            break
    if starts and not starts[-1][2] and len(parts) < _MAX_PARTS:
        parts.append((starts[-1][1], end))  # unterminated last part: keep what we have
    return parts


def _delimiter_lines(body: bytes, delimiter: bytes, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end of line, is closing) for each delimiter that starts a line."""
    found: list[tuple[int, int, bool]] = []
    pos = body.find(delimiter, start, end)
    while pos != -1 and len(found) <= _MAX_PARTS:
        if pos == start or body[pos - 1 : pos] == b"\n":
            after = pos + len(delimiter)
            line_end = body.find(b"\n", after, end)
            line_end = end if line_end == -1 else line_end + 1
            tail = body[after:line_end].strip()
            if tail in (b"", b"--") or tail.startswith(b"--"):
                found.append((pos, line_end, tail.startswith(b"--")))
                if tail.startswith(b"--"):
                    break
        pos = body.find(delimiter, pos + 1, end)
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
