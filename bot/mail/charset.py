"""Bytes to text whatever the message claims about its charset.

Mail lies about charsets: "us-ascii" bodies full of UTF-8, "iso-8859-1" that is really
windows-1252, no declaration at all. We trust a declaration only when the bytes agree with it.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Declared names mapped to the codec that actually decodes what senders mean by them
# (the WHATWG Encoding Standard does the same for browsers).
_ALIASES: dict[str, str] = {
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-8-i": "iso-8859-8",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-874": "cp874",
    "utf8": "utf-8",
    "unicode-1-1-utf-7": "utf-7",
    # Apple's names for its Mac OS charsets (Mail on old Macs and Eudora wrote them)
    "x-mac-roman": "mac-roman",
    "x-mac-ce": "mac-latin2",
    "x-mac-centraleurroman": "mac-latin2",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-greek": "mac-greek",
    "x-mac-turkish": "mac-turkish",
    "x-mac-icelandic": "mac-iceland",
}
_MEANINGLESS = {"", "unknown", "unknown-8bit", "x-unknown", "default", "x-user-defined", "none", "charset"}
# Single-byte charsets that decode anything: a UTF-8 body mislabelled as one of them would
# "succeed" and turn into mojibake, so valid UTF-8 wins over these labels.
_PERMISSIVE = {"cp1252", "iso-8859-15", "cp1250", "iso-8859-2", "windows-1252", "windows-1250"}
# ISO-2022-JP's shift into JIS X 0208 (RFC 1468: "ESC $ B", the older "ESC $ @"), then a two-byte character.
_ISO2022_JP = re.compile(rb"\x1b\$[B@][\x21-\x7e]{2}")
# UTF-16 and UTF-32 write ASCII letters with zero bytes beside them: all ASCII bytes, still not ASCII text (an
# ASCII text with no zero byte that a mailer declared UTF-16 is read as the ASCII it is).
_WIDE_UNICODE = ("utf-16", "utf-32")
# Charsets written in ASCII bytes only, whose text is not the ASCII it looks like: UTF-7 (RFC 2152) and HZ (RFC 1843,
# Chinese mail and news: GB 2312 between "~{" and "~}"); the ISO-2022 family is found by its name.
_SEVEN_BIT = frozenset({"utf-7", "hz"})
# Detection on a prefix keeps a huge body from costing seconds.
_DETECT_LIMIT = 64 * 1024


def codec_for(declared: str | None) -> str | None:
    """The Python codec for a declared charset name, or None if unknown or meaningless."""
    if not declared:
        return None
    name = declared.strip().strip("\"'").lower()
    if name in _MEANINGLESS:
        return None
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data``; never raises. Declared charset first if the bytes fit it, then detection."""
    codec = codec_for(declared)
    if codec in (None, "cp1252") and _ISO2022_JP.search(data[:_DETECT_LIMIT]) is not None:
        # Japanese mail is ISO-2022-JP (RFC 1468): 7-bit, its kanji and kana between "ESC $ B" and "ESC ( B".
        # Old mailers leave the charset out (or say us-ascii); the escapes name it, and detection never reads them.
        return data.decode("iso2022_jp_ext", errors="replace")
    wide = codec is not None and codec.startswith(_WIDE_UNICODE) and b"\x00" in data[:_DETECT_LIMIT]
    if data.isascii() and not wide and not (codec and ("2022" in codec or codec in _SEVEN_BIT)):
        return data.decode("ascii")
    if codec is not None:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            if codec in _PERMISSIVE and _is_mostly_utf8(data):
                return data.decode("utf-8", errors="replace")
            if codec in _CYRILLIC_8BIT:
                return _cyrillic_as_written(data, codec, text)
            if codec in _WINDOWS_SIBLING and _C1_CONTROL.search(text):
                return _as_its_windows_sibling(data, codec, text)
            return text
    if _is_mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    return _detect(data)


# The single-byte Cyrillic charsets, which mail long mislabelled as one another (KOI8-R text declared windows-1251 and
# the reverse): each decodes the others' bytes without error, into letters of the wrong case in the wrong order.
_CYRILLIC_8BIT = ("koi8-r", "koi8-u", "cp1251", "iso8859-5", "cp866")
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")
# Vowels are about 0.42-0.45 of the letters of Russian, Ukrainian or Bulgarian text; read in the wrong one of these
# charsets, 0.25-0.38. Only a text with this many Cyrillic letters is judged.
_MIN_CYRILLIC_LETTERS = 20
_WRONG_BELOW = 0.37
_RIGHT_FROM = 0.39
_SAME_LETTERS = 0.9


def _vowel_share(text: str) -> tuple[float, int]:
    letters = [c for c in text if "\u0400" <= c <= "\u04ff" and c.isalpha()]
    return (sum(c in _CYRILLIC_VOWELS for c in letters) / len(letters) if letters else 0.0), len(letters)


def _cyrillic_as_written(data: bytes, declared: str, text: str) -> str:
    """``text``, ``data`` read in the declared Cyrillic charset, unless its letters read as no language does (too few
    vowels) and another of those charsets reads them as running text: then that one's reading."""
    share, letters = _vowel_share(text[:_DETECT_LIMIT])
    if letters < _MIN_CYRILLIC_LETTERS or share >= _WRONG_BELOW:
        return text
    best, best_share = text, share
    for codec in _CYRILLIC_8BIT:
        if codec == declared:
            continue
        try:
            other = data.decode(codec)
        except UnicodeDecodeError:
            continue
        other_share, other_letters = _vowel_share(other[:_DETECT_LIMIT])
        # As many letters as the declared reading: a charset that reads most of them as signs reads no text.
        if other_share > best_share and other_letters >= letters * _SAME_LETTERS:
            best, best_share = other, other_share
    return best if best_share >= _RIGHT_FROM else text


# An ISO 8859 charset and the Windows code page that senders write while declaring it: the Windows one puts letters
# (Š, ś, Ž, ź, Ά ...) where the ISO one has C1 control characters, which no text holds (the WHATWG Encoding Standard
# reads ISO-8859-1 and -9 so; iso-8859-1 is already aliased above).
_WINDOWS_SIBLING = {"iso8859-2": "cp1250", "iso8859-4": "cp1257", "iso8859-6": "cp1256", "iso8859-7": "cp1253",
                    "iso8859-8": "cp1255", "iso8859-9": "cp1254", "iso8859-13": "cp1257", "iso8859-15": "cp1252"}
_C1_CONTROL = re.compile("[\x80-\x9f]")


def _as_its_windows_sibling(data: bytes, codec: str, text: str) -> str:
    """``text`` (``data`` read in an ISO 8859 charset) holds C1 controls: the Windows code page the sender wrote in
    reads those bytes as letters. Its reading, when it holds none."""
    try:
        other = data.decode(_WINDOWS_SIBLING[codec])
    except UnicodeDecodeError:
        return text
    return text if _C1_CONTROL.search(other) else other


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# A well-formed UTF-8 sequence of two to four bytes (RFC 3629 §4): no overlong forms, no surrogates.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                            rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
                            rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_HIGH_BYTES = bytes(range(0x80, 0x100))
# UTF-8 with a few stray bytes (a byte of another charset pasted in, a cut sequence, "=AA" after a Cyrillic
# word): this many well-formed sequences for each stray byte, at least. Text in a single-byte charset holds
# almost none (its accented letters are lone high bytes), so it is still told apart and detected.
_SEQUENCES_PER_STRAY_BYTE = 4


def _is_mostly_utf8(data: bytes) -> bool:
    """``data`` is UTF-8, or UTF-8 but for a few stray bytes: decoding it as UTF-8 with those bytes replaced
    reads every other character right, where detection guesses a charset that turns all of it into mojibake
    (a Russian "Здравствуйте" and one stray byte read as Korean)."""
    if _is_utf8(data):
        return True
    sequences = _UTF8_SEQUENCE.findall(data)
    stray = len(data) - len(data.translate(None, _HIGH_BYTES)) - sum(map(len, sequences))
    return len(sequences) >= _SEQUENCES_PER_STRAY_BYTE * max(stray, 1)


# Detection never answers these for mail text: UTF-16/32 break the ASCII structure a mail keeps, UTF-7 is declared.
_NEVER_DETECTED = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le", "utf_7"]


def is_legacy_8bit(data: bytes) -> bool:
    """Bytes of a legacy charset: 8-bit, and not (mostly) UTF-8."""
    return not data.isascii() and not _is_mostly_utf8(data)


def guess_codec(samples: list[bytes]) -> str | None:
    """One codec for several pieces of one message that declare no charset (a raw 8-bit Subject, a body with no
    charset parameter): detected over all of them together, as a few words alone are too short to tell KOI8-R
    from Shift JIS or CP1250 from CP852; None unless it decodes every piece."""
    best = from_bytes(b"\n".join(samples)[:_DETECT_LIMIT], cp_exclusion=_NEVER_DETECTED).best()
    if best is None:
        return None
    try:
        for sample in samples:
            sample.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return best.encoding


def _detect(data: bytes) -> str:
    best = from_bytes(data[:_DETECT_LIMIT]).best()
    codec = best.encoding if best is not None else "cp1252"
    try:
        return data.decode(codec, errors="replace")
    except LookupError:
        return data.decode("cp1252", errors="replace")
