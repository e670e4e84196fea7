"""The manipulation check reads a reply's disguises undone once, not once per kind of disguise.

The attack: 10 KB of look-alike letters, invisible characters or separator lines made the check
normalise the whole reply (NFKC, invisible characters, look-alikes) twice, once for the views of the
reply it matches and once for the spaced-out letter runs. Work is counted, not timed: the calls to
unicodedata.normalize.
"""

from __future__ import annotations

import unicodedata

import pytest

from bot.evaluation import obfuscation
from bot.evaluation.manipulation import find_manipulation


@pytest.mark.parametrize(("attack", "text"), [
    ("look-alike letters", "I use Ηοοtsuіte and Сanva, reach 参与率 " * 100),
    ("invisible characters", "I\u200b u\u00ads\u200de Buf\u200bfer\u202e and\u2060 Canva. " * 100),
    ("separator lines", ("=" * 70 + "\n") * 140),
])
def test_a_disguised_reply_is_normalised_once(attack: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = unicodedata.normalize

    def counting(form: str, value: str) -> str:
        calls.append(len(value))
        return real(form, value)  # type: ignore[arg-type]

    monkeypatch.setattr(obfuscation.unicodedata, "normalize", counting)
    obfuscation._plain.cache_clear()
    find_manipulation(text)
    # An ASCII text is its own NFKC: read with no normalisation at all (perf34).
    assert calls.count(len(text)) == (0 if text.isascii() else 1), attack


@pytest.mark.parametrize("text", [
    "i g n o r e  a l l  p r e v i o u s",
    "I\u200b use Buf\u200bfer and Ηοοtsuіte",
    "Ｉ ｕｓｅ Ｂｕｆｆｅｒ",
    "plain words only",
])
def test_the_views_of_a_disguised_reply_are_what_they_were(text: str) -> None:
    plain = unicodedata.normalize("NFKC", text).translate(obfuscation._INVISIBLE).translate(obfuscation._LOOK_ALIKES)
    spaced = [obfuscation.re.sub(r"[^\w]", "", m.group()).lower() for m in obfuscation._SPACED.finditer(plain)]
    assert obfuscation.spaced_letter_runs(text) == spaced
    joined = obfuscation._SPACED.sub(obfuscation._joined, plain)
    assert obfuscation.disguises_undone(text)[:1] == ([joined] if joined != text else [])
