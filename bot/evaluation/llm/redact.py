"""Redact email addresses and phone numbers before a reply leaves the machine for a model.

The model needs the candidate's skills, not their contact details. Redaction runs on the candidate's
new text only (quotes and signatures were already cut by the parser), and quotes the model gives
back are verified against this redacted text, since that is what it saw.
"""

from __future__ import annotations

import re

EMAIL_MARK = "[email]"
PHONE_MARK = "[phone]"

_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}", re.UNICODE)
# A run of digits with the separators phone numbers are written with; the digit count decides below.
_PHONE_CANDIDATE = re.compile(r"(?<![\w.,])(?:\+|\(\+?)?\d[\d \t\-./()]{4,}\d(?![\w%])")
# 1.000.000 or 250,000: thousands grouping, a metric figure rather than a phone.
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
# Fewer digits than this is a figure, a date or a year range ("2019-2023" has 8).
_MIN_DIGITS_PLAIN = 9
# With an international prefix, shorter national numbers are still phones.
_MIN_DIGITS_INTERNATIONAL = 8
_MAX_DIGITS = 15  # ITU-T E.164


def redact(text: str) -> str:
    """``text`` with addresses replaced by [email] and phone numbers by [phone]."""
    return _PHONE_CANDIDATE.sub(_phone_or_same, _EMAIL.sub(EMAIL_MARK, text))


def _phone_or_same(match: re.Match[str]) -> str:
    candidate = match.group(0)
    return PHONE_MARK if _looks_like_phone(candidate) else candidate


def _looks_like_phone(candidate: str) -> bool:
    digits = sum(ch.isdigit() for ch in candidate)
    if _THOUSANDS.fullmatch(candidate.strip()):
        return False
    international = candidate.lstrip("(").startswith(("+", "00"))
    minimum = _MIN_DIGITS_INTERNATIONAL if international else _MIN_DIGITS_PLAIN
    return minimum <= digits <= _MAX_DIGITS
