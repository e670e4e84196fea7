"""Rendering outgoing mail from the Jinja2 templates in templates/ into RFC 5322 bytes.

Each kind has ``<kind>.txt.j2`` (first line ``Subject: ...``, a blank line, then the text body)
and optionally ``<kind>.html.j2``. Templates are plain files so non-programmers can edit them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import Compat32
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import (
    BaseLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateNotFound,
    select_autoescape,
)

from bot.domain.names import shown
from bot.settings import Settings

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"


class HeaderInjection(ValueError):
    """A header value that would end its line: refused, never cleaned up into something we did not mean."""


# Anything a mail system or a parser may take for the end of a header line: CR, LF, VT, FF, the file/group/
# record separators Python's splitlines honours, NEL and the Unicode line and paragraph separators, and NUL.
# With one of them a value such as a candidate's name "Gina\r\nBcc : victim@x" would write a header of its
# own. (Other controls are no injection; terminals are protected where text is printed, bot/console/terminal.py.)
_LINE_BREAKING = re.compile(r"[\x00\x0a-\x0d\x1c-\x1e\x85\u2028\u2029]")
# What an echoed Message-ID may look like (RFC 5322 msg-id, without comments or spaces): printable ASCII but "<", ">"
# and "@" on each side of its "@". Anything else is dropped: a NUL, an escape, DEL, a C1 control or an invisible
# character passed a check for white space only, and "<x\0Bcc:victim@else.example>" was written raw into
# In-Reply-To (issue 10 item 10, red-team variant).
_MSG_ID = re.compile(r"^<[!-;=?A-~]{1,200}@[!-;=?A-~]{1,253}>$")


def safe_header_value(name: str, value: str) -> str:
    """``value`` unchanged, or HeaderInjection when it could break out of the ``name`` header."""
    if _LINE_BREAKING.search(value):
        raise HeaderInjection(f"the {name} header would contain a line break or control character")
    return value


def one_line(text: str) -> str:
    """Someone else's text fit to echo inside a header we write (a subject after "Re:"): every character
    ``safe_header_value`` refuses becomes a space, so an echo neither injects a header nor stops the mail."""
    return _LINE_BREAKING.sub(" ", text)


def echoable_message_id(value: str | None) -> str | None:
    """A Message-ID from someone else's mail, fit to echo in In-Reply-To/References; None if it is not one."""
    value = (value or "").strip()
    return value if _MSG_ID.match(value) else None


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    text: str
    html: str | None


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content_type: str  # "application/json"
    data: bytes


class Composer:
    def __init__(self, settings: Settings, templates_dir: Path = TEMPLATES_DIR,
                 loader: BaseLoader | None = None) -> None:
        """``loader`` replaces the file loader over ``templates_dir`` (tests count what it is asked)."""
        self.settings = settings
        self.tz = ZoneInfo(settings.workflow.timezone)
        self.env = Environment(
            loader=loader or FileSystemLoader(str(templates_dir)),
            autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            # Compiled once, here: no stat of the file before every email (templates change with a restart).
            auto_reload=False,
        )
        self.env.filters["local"] = self.local_time
        self.env.filters["utc_and_local"] = self.utc_and_local
        # Every template compiled at start-up (issue 15 item 5): rendering an email never walks templates/
        # or reads a file, and a template with a syntax error stops the daemon at start, not at the first email.
        self.templates: dict[str, Template] = {
            name: self.env.get_template(name) for name in self.env.list_templates(extensions=("j2",))}

    def local_time(self, when: datetime | None) -> str:
        """Deadlines shown in the configured timezone, with the zone named so nobody guesses."""
        if when is None:
            return "-"
        return when.astimezone(self.tz).strftime("%A %d %B %Y, %H:%M %Z")

    def utc_and_local(self, when: datetime | None) -> str:
        """A deadline as a date and time in UTC and, when another zone is configured, in that zone too."""
        if when is None:
            return "-"
        in_utc = when.astimezone(UTC).strftime("%A %d %B %Y, %H:%M UTC")
        if self.settings.workflow.timezone in ("UTC", "Etc/UTC"):
            return in_utc
        there = when.astimezone(self.tz)
        return f"{in_utc} ({there:%A %d %B %Y, %H:%M} {there:%Z}, {self.settings.workflow.timezone})"

    def render(self, kind: str, context: Mapping[str, Any]) -> Rendered:
        ctx = {"bot": self.settings.bot, "settings": self.settings, **context}
        if "request" in ctx:  # its names go into the Subject and bodies, as stored (maybe before any check)
            ctx["request"] = _NamesShown(ctx["request"])
        text = self._template(f"{kind}.txt.j2").render(ctx)
        first, _, body = text.partition("\n")
        if not first.startswith("Subject:"):
            raise ValueError(f"templates/{kind}.txt.j2 must start with a 'Subject:' line")
        html_template = self.templates.get(f"{kind}.html.j2")
        html = html_template.render(ctx) if html_template is not None else None
        return Rendered(first.removeprefix("Subject:").strip(), body.lstrip("\n"), html)

    def _template(self, name: str) -> Template:
        found = self.templates.get(name)
        if found is None:
            raise TemplateNotFound(name)
        return found

    def build(
        self,
        rendered: Rendered,
        *,
        to: Sequence[str],
        message_id: str,
        date: datetime,
        reply_to: str | None = None,
        in_reply_to: str | None = None,
        references: Sequence[str] = (),
        attachments: Sequence[Attachment] = (),
    ) -> bytes:
        # The compat32 classes, not EmailMessage: the header registry's parsing made building a
        # message five times slower, which a sweep of thousands of reminders felt.
        msg: Message = _text_part(rendered.text, "plain")
        if rendered.html:
            alternative = MIMEMultipart("alternative")
            alternative.attach(msg)
            alternative.attach(_text_part(rendered.html, "html"))
            msg = alternative
        if attachments:
            mixed = MIMEMultipart("mixed")
            mixed.attach(msg)
            for item in attachments:
                maintype, _, subtype = item.content_type.partition("/")
                part = MIMEApplication(item.data, subtype) if maintype == "application" else MIMEText(
                    item.data.decode("utf-8"), subtype, "utf-8")
                part.add_header("Content-Disposition", "attachment",
                                filename=safe_header_value("Content-Disposition", item.filename))
                mixed.attach(part)
            msg = mixed
        # The composition boundary (issue 10 item 10): every value, whatever its source, is checked here.
        in_reply_to = echoable_message_id(in_reply_to)
        references = [m for m in map(echoable_message_id, references) if m]
        headers = {
            "From": _mailbox(safe_header_value("From", self.settings.bot.name),
                             safe_header_value("From", self.settings.bot.address)),
            "To": ", ".join(safe_header_value("To", a) for a in to),
            "Subject": _header(safe_header_value("Subject", rendered.subject)),
            "Date": format_datetime(date),
            "Message-ID": safe_header_value("Message-ID", message_id),
            "Reply-To": safe_header_value("Reply-To", reply_to or ""),
            "In-Reply-To": in_reply_to or "",
            "References": " ".join(references),
        }
        for name, value in headers.items():
            if value:
                msg[name] = value
        # RFC 3834: automatic mail says so, and responders must not answer it.
        msg["Auto-Submitted"] = "auto-generated"
        # Exchange/Outlook honour this and skip out-of-office replies to us.
        msg["X-Auto-Response-Suppress"] = "All"
        return msg.as_bytes(policy=_WIRE)


class _NamesShown:
    """A request as a template reads it: every attribute as stored, but the candidate's and endorser's names
    through names.shown. A name stored before names were checked (or written into the database by hand) may
    hold a line break, which would end the Subject line and write the body's first line, or an escape or a
    bidi override; shown puts U+FFFD in each such character's place."""

    __slots__ = ("_request",)

    def __init__(self, request: Any) -> None:
        self._request = request

    def __getattr__(self, attr: str) -> Any:
        value = getattr(self._request, attr)
        if attr in ("candidate_name", "endorser_name") and isinstance(value, str):
            return shown(value)
        return value


class _WirePolicy(Compat32):
    """compat32 on the wire (CRLF), without its folding machinery for headers that need none.

    compat32 runs every header through email.header.Header, about a tenth of a millisecond each,
    which dominated a sweep of thousands of reminders. A short ASCII header comes out of that
    unchanged, so it is written as is; anything longer or non-ASCII still gets the full treatment."""

    def _fold(self, name: str, value: Any, sanitize: bool) -> str:
        if (isinstance(value, str) and value.isascii() and "\n" not in value and "\r" not in value
                and len(name) + 2 + len(value) <= (self.max_line_length or 78)):
            return f"{name}: {value}{self.linesep}"
        return super()._fold(name, value, sanitize)  # type: ignore[misc]


_WIRE = _WirePolicy(linesep="\r\n")
_UTF8_QP = Charset("utf-8")
_UTF8_QP.body_encoding = QP  # readable in any raw view, unlike base64


# RFC 5321 4.5.3.1.6: a line is at most 998 octets before its CRLF; servers refuse longer ones ("Line too long").
MAX_LINE_OCTETS = 998


def _text_part(text: str, subtype: str) -> MIMEText:
    # Short-line ASCII goes as 7bit, readable and byte for byte as before; a part with a longer line (an
    # HTML digest's chart, a long URL) is quoted-printable, whose soft breaks keep every line under 78.
    if text.isascii() and max(map(len, text.split("\n"))) <= MAX_LINE_OCTETS:
        return MIMEText(text, subtype, "us-ascii")
    return MIMEText(text, subtype, _UTF8_QP)  # type: ignore[arg-type]


def _header(value: str) -> str:
    """``value`` as a header's text: as it stands when it is ASCII, else in RFC 2047 words. A value that holds "=?"
    is encoded too, so that a reader shows it as written: an encoded word left as it stood ("=?utf-8?q?Al=0D=0ABcc:
    _x?=" in an endorser's name) is decoded by every reader, to a line break, an escape or a bidi override that no
    check on the value saw (issue 10 item 10, red-team variant)."""
    return value if value.isascii() and "=?" not in value else Header(value, "utf-8").encode()


def _mailbox(name: str, address: str) -> str:
    """A From of ``name`` and ``address``; a name holding "=?" is encoded as ``_header`` encodes a value."""
    if "=?" in name:
        return f"{_header(name)} <{address}>"
    return formataddr((name, address))
