"""Only the sender's new words: quotes, attributions, older messages and signatures removed.

The steps, in order:
1. cut at the first unquoted start of an older message (Outlook header block, "Original Message",
   "Forwarded message", or an attribution line not followed by ">" lines), since nothing marks
   where such unprefixed old text ends;
2. drop ">" lines and the attribution just above them, keeping answers written after or between
   quotes (bottom-posting, inline answers);
3. cut at a signature delimiter, phone footer or legal notice, then drop a final closing with the
   short signature under it, or a short signature under a rule.
"""

from __future__ import annotations

import re

from bot.mail import quotes, signature

# Lines longer than this are bounded before any pattern sees them.
_MAX_LINE_CHARS = 4000


def extract_new_text(text: str, sender_name: str = "") -> str:
    """The sender's own new words in ``text`` (a decoded body); ``sender_name`` helps find a
    signature that starts with the sender's name."""
    lines = [line[:_MAX_LINE_CHARS].rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    quoted = [quotes.is_quoted(line) for line in lines]  # once: both steps below ask for every line
    lines = _cut_at_older_message(lines, quoted)
    lines = _drop_quotes(lines, quoted[: len(lines)])
    lines = _cut_signature(lines, sender_name)
    return _tidy(lines)


def _cut_at_older_message(lines: list[str], quoted: list[bool]) -> list[str]:
    i = 0
    while i < len(lines):
        line = lines[i]
        if quoted[i] or not line.strip():
            i += 1
            continue
        if quotes.is_original_marker(line) or quotes.header_block_at(lines, i):
            return _without_trailing_separator(lines[:i])
        end = quotes.attribution_at(lines, i)
        if end is not None and not _quote_follows(lines, end) and quotes.is_strong_attribution(lines, i, end):
            return _without_trailing_separator(lines[:i])
        i = i + 1 if end is None else end + 1
    return lines


def _quote_follows(lines: list[str], i: int) -> bool:
    for line in lines[i + 1 :]:
        if line.strip():
            return quotes.is_quoted(line)
    return True  # an attribution at the very end introduces nothing: drop it like a quote


def _drop_quotes(lines: list[str], quoted: list[bool]) -> list[str]:
    keep = [not q for q in quoted]
    i = 0
    while i < len(lines):
        end = quotes.attribution_at(lines, i) if keep[i] else None
        if end is not None and _quote_follows(lines, end):
            for k in range(i, end + 1):
                keep[k] = False
            i = end
        i += 1
    return [line for line, kept in zip(lines, keep, strict=True) if kept]


def _cut_signature(lines: list[str], sender_name: str) -> list[str]:
    out: list[str] = []
    for line in lines:
        # A phone footer ends the sender's text just like a delimiter: what follows is quoted.
        if signature.is_delimiter(line) or signature.is_disclaimer(line) or signature.is_device_footer(line):
            break
        out.append(line)
    for find_tail in (signature.sign_off_index, signature.separated_tail_index):
        tail = find_tail(out)
        if tail is not None:
            out = out[:tail]
    tail = signature.name_signature_index(out, sender_name)
    return out[:tail] if tail is not None else out


def _without_trailing_separator(lines: list[str]) -> list[str]:
    while lines and (not lines[-1].strip() or quotes.is_separator(lines[-1])):
        lines = lines[:-1]
    return lines


def _tidy(lines: list[str]) -> str:
    text = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text)
