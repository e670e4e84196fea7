"""Issue 9 item 8, class "charset decoding": a UTF-8 body with a stray byte in it (a byte of another charset
pasted in, a sequence cut short: Redmine's fixture "Здравствуйте=AA") is not valid UTF-8, so the charset was
detected instead, and detection read Russian as Korean and Greek as Latin mojibake. Text that is UTF-8 but for
a few stray bytes (at least four well-formed sequences for each stray byte, RFC 3629 §4) is read as UTF-8 with
those bytes replaced; a body in a single-byte charset holds almost no such sequences and is read as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.charset import decode_bytes
from bot.mail.message import ParsedMail
from tests.growth import cpu_growth


@pytest.mark.parametrize(("fixture", "words"), [
    ("utf8_body_with_a_stray_byte", ["Здравствуйте", "Hootsuite", "вовлечённостью", "личные сообщения"]),
    ("undeclared_utf8_body_with_a_stray_byte", ["Χρησιμοποιώ", "απήχηση", "θυμωμένο πελάτη"]),
])
def test_utf8_with_a_stray_byte_is_read_as_utf8(parsed: Callable[[str], ParsedMail], fixture: str,
                                                words: list[str]) -> None:
    text = parsed(fixture).reply_text
    for word in words:
        assert word in text


@pytest.mark.parametrize(("data", "declared", "text"), [
    ("Здравствуйте".encode() + b"\xaa", "utf-8", "Здравствуйте\ufffd"),
    ("Grüße aus München, schöne Straße, Füße".encode() + b" \xe9", None,
     "Grüße aus München, schöne Straße, Füße \ufffd"),
    ("Grüße aus München, schöne Straße, Füße".encode() + b" \xe9", "iso-8859-1",
     "Grüße aus München, schöne Straße, Füße \ufffd"),
])
def test_a_few_stray_bytes_do_not_turn_utf8_into_another_charset(data: bytes, declared: str | None,
                                                                 text: str) -> None:
    assert decode_bytes(data, declared) == text


@pytest.mark.parametrize(("text", "declared"), [
    ("Café crème, déjà vu, à bientôt, garçon", "iso-8859-1"),  # guard: Latin-1 has no UTF-8 sequences
    ("Ich nutze Hootsuite für die Planung. Grüße", "windows-1252"),
    ("Ich nutze Hootsuite für die Planung. Grüße", "iso-8859-15"),
])
def test_a_single_byte_charset_is_still_read_as_declared(text: str, declared: str) -> None:
    assert decode_bytes(text.encode(declared), declared) == text


def test_telling_mostly_utf8_is_linear() -> None:
    def decode(text: str) -> str:
        return decode_bytes(text.encode("latin-1"), "utf-8")

    unit = "".join(chr(b) for b in "Здравствуйте ".encode()) + "\xaa"
    assert cpu_growth(decode, unit * 4000, unit * 32000) < 24
