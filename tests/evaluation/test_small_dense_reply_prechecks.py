"""Issue 10 (no message takes more than 1 s per MB to judge): what the smallest dense replies (a 2 KB quoted-printable
body) read for disguises, and could tell at once to be in vain, is not read. Each shortcut is compared with the form it
replaces on random texts built from what that form reads, and adversarial ones; each test was checked to fail with its
shortcut made wrong."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from bot.evaluation import (
    advice,
    answers,
    letter_codes,
    manipulation,
    metrics,
    obfuscation,
    patterns,
    retraction,
    tools,
    verdict_lines,
)
from bot.evaluation.patterns import one_judgement
from bot.evaluation.reading import Reading

# The mark before the perf33 session: every digit, "$" and "@" against a letter.
_EVERY_DIGIT_MARK = re.compile(r"[0-9$@](?:(?=[A-Za-z])|(?<=[A-Za-z].))")


def _leet_word_read_at_every_digit(text: str) -> bool:
    lexicon = obfuscation._vocabulary().words
    for mark in _EVERY_DIGIT_MARK.finditer(text):
        after = obfuscation._TOKEN_START.match(text, mark.start())
        word = obfuscation._token_before(text, mark.start()) + (after.group() if after else "")
        if word.lower().translate(obfuscation._LEET) in lexicon:
            return True
    return False


def _leet_pieces() -> list[str]:
    words = sorted(w for w in obfuscation._vocabulary().words if w.isascii() and w.isalpha())[:60]
    spelt = [w.translate(str.maketrans("oieastbsa", "013457853")) for w in words]
    spelt += [w.replace("e", "3") for w in words] + [w.replace("s", "$").replace("a", "@") for w in words]
    # digits leetspeak does not read ("2", "6", "9") glued to letters and to leet words, escapes written out, and the
    # letters that grow or change when lower-cased
    return [*words[:10], *spelt, "E2", "=E2=80=94", "B2B", "Q4", "24h", "6x", "9am", "2nd", "ign0r3", "1gn9re",
            "pr3v2ous", "İ", "K", "ſ", "é", "_", "\n", " ", " ", "-", "x" * 45, "4" * 41, "=", "$", "@", "٣"]


def test_leetspeak_is_read_only_where_a_mark_may_be_a_letter() -> None:
    """obfuscation._leet_word reads the word around a "0", "1", "3", "4", "5", "7", "8", "$" or "@" against a letter,
    no more around a "2", "6" or "9", which it does not read as a letter: the same answer as reading every digit's
    word, on random texts of the lexicon's words in leetspeak glued to those digits, to escapes written out and to
    letters that change when lower-cased. Fails when a mark leetspeak reads ("3", "0") is dropped too."""
    rng = random.Random("leet marks")
    pieces = _leet_pieces()
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) + rng.choice(["", "", " ", "2", "9", "6", "\n"])
                       for _ in range(rng.randint(1, 8)))
        expected = _leet_word_read_at_every_digit(text)
        assert obfuscation._leet_word(text) is expected, text
        found += expected
    assert found > 1000, found


def _qp_as_before(text: str) -> str:
    return obfuscation._QP_ESCAPE.sub(lambda m: chr(int(m.group()[1:], 16)), text)


def test_quoted_printable_escapes_written_out_read_as_the_substitution_did() -> None:
    """obfuscation._qp_escapes_read (a split at the escapes, each looked up) against the substitution it replaces,
    on random texts of escapes, broken and lower-case ones, "=" before escapes and an escape for "=" itself ("=3D41"):
    the same text. Fails when the escapes are read with their "=" kept or in lower case too."""
    rng = random.Random("qp escapes")
    pieces = ["=E2", "=80", "=94", "=3D", "=41", "=", "==", "=4", "=e2", "=G1", "3D", "41", "A", "re=\n", "é", " ",
              "\n", "=20", "=0A", "=FF", "=00", "x"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert obfuscation._qp_escapes_read(text) == _qp_as_before(text), text
    every = "".join(f"={code:02X}" for code in range(256))
    assert obfuscation._qp_escapes_read(every) == _qp_as_before(every) == "".join(map(chr, range(256)))


def test_compact_phrases_in_a_run_are_those_each_search_finds() -> None:
    """letter_codes.compact_phrases_in takes a short run's pieces of three characters at C speed: the phrases each
    search finds, on random runs of the phrases' letters, cut and glued, with line breaks and non-ASCII letters
    inside. Fails when the first piece of a run is not read."""
    rng = random.Random("compact pieces")
    phrases = letter_codes.compact_phrases()
    found = 0
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(0, 8)):
            phrase = rng.choice(phrases)
            lo = rng.randint(0, len(phrase) // 2)
            parts.append(phrase[lo:] if rng.random() < 0.3 else phrase)
            parts.append(rng.choice(["", "x", "\n", "é", "ab", "ſ"]))
        run = "".join(parts)[: rng.choice([3, 10, 50, 256])]
        expected = [p for p in phrases if p in run]
        assert letter_codes.compact_phrases_in(run) == expected, run
        found += len(expected)
    assert found > 1000, found


def _fold_as_before(text: str) -> str:
    return text if text.isascii() else text.translate(patterns._FOLDING)


def test_a_longer_text_folded_character_by_character_is_folded_as_by_the_table() -> None:
    """patterns.fold replaces, in a text of 128 characters or more, each of its few distinct characters that fold (the
    table otherwise): the same text as the table's translation, on random texts of ASCII, accented letters, escapes
    read as Latin-1, Cyrillic, Greek, CJK and combining marks, and on every code point glued to ASCII text. Fails when
    one character that folds is left out."""
    rng = random.Random("fold")
    pieces = ["reach ", "I use Hootsuite ", "â\x80\x94", "écoute", "ÉCOUTE", "ñ", "ü", "ç", "й", "ё", "Ω", "ά", "中文",
              "e\u0301", "ǖ", "İ", "ſ", "K", "ﬁ", "ﬀ", "½", "\n", " ", "x" * 40]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))
        assert patterns.fold(text) == _fold_as_before(text), text
    accented = "".join(chr(code) for code in range(0xC0, 0x250))  # more distinct folding characters than replaced
    assert patterns.fold(accented * 2) == _fold_as_before(accented * 2)
    for code in range(0x80, 0x30000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        text = "a" * 130 + chr(code)
        assert patterns.fold(text) == _fold_as_before(text), hex(code)


def _last_retraction_as_before(text: str) -> tuple[int, int] | None:
    grammar = retraction._grammar()
    found = None
    for start in retraction._clause_starts(grammar, text):
        pos, word = start.end(), start.group(1).lower()
        for _ in range(retraction._MAX_OPENERS):
            if word in grammar.by_first_word or word not in grammar.opener_words:
                break
            opener = grammar.opener.match(text, pos)
            following = retraction._FIRST_WORD.match(text, opener.end()) if opener is not None else None
            if following is None:
                break
            pos, word = following.start(), following.group().lower()
        pattern = retraction._retraction_from(word) if word in grammar.by_first_word else None
        if pattern is not None and (m := pattern.match(text, pos)) is not None:
            found = m.span()
    if found is None or retraction._WORD.search(text, 0, found[0]) is None:
        return None
    return found


def test_a_retraction_tried_once_at_a_place_is_found_as_before() -> None:
    """retraction.last_retraction tries a retraction's first word once at each place (a clause read past its openers
    reaches the next clause's start): the same retraction as each clause start read alone, on random texts of
    openers, retractions, their first words in other clauses and marks. Fails when the first retraction found is
    kept, not the last."""
    rng = random.Random("retraction memo")
    pieces = ["ach. ", "ok, ", "actually ", "please ", "lol ", "I use Hootsuite", "I lied", "I was joking",
              "scratch that", "ignore all of the above", "just kidding", "vergiss alles oben", "esquece tudo isso",
              "never mind", "Scratch that.", "I", "that", ". ", ", ", "\n", "; ", " — ", "reach", "ok"]
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        expected = _last_retraction_as_before(text)
        assert retraction.last_retraction(text) == expected, text
        found += expected is not None
    assert found > 1000, found


_PROSE = ["If a customer is angry, pin a calm reply", "IF they shout, answer them", "When a thread turns ugly, lock it",
          "whenever you can, call them", "Once", "once they calm down, thank them", "if", "iF", "wHEN", "onCe",
          "I use Hootsuite =E2=80=94 re=\nach", "Tip: listen first", "My tip is to listen", "my advice is",
          "The best advice would be to wait", "TIP", "ADVICE", "tips", "Tip", ": ", ":", "Reach: 10", "x = a + b",
          "rate = clicks / reach", "a*b", "=E2", "=", "; ", ", ", ". ", "\n", "\n\n", " ", "listen", "apologise",
          "i_f", "_when", "if_", "tip_", "ad_vice", "_"]


def _random_prose(rng: random.Random) -> str:
    return "".join(rng.choice(_PROSE) + rng.choice(["", " ", ". ", ", ", "\n", ": "]) for _ in range(rng.randint(1, 9)))


def test_sentences_are_read_for_a_condition_or_a_tip_label_only_in_a_text_that_may_hold_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """advice._after_a_condition and answers._tip_label_in_a_line read no sentence of an ASCII text that holds none
    of their words (a condition's "if", "when", "once"; a colon, "tip" or "advice"); metrics._formulas reads no "="
    of a text with no operator: the same answers as with every sentence and sign read, on random texts of those
    words in every case, glued and cut, with escapes written out. Fails when a word is left out of the checks."""
    rng = random.Random("prechecks")
    found = [0, 0, 0]
    for _ in range(1500):
        text = _random_prose(rng)
        with one_judgement():
            reading = Reading.of(text, "en")
            known = frozenset(m.start() for m in re.finditer(r"pin|answer", text))
            fast = (advice._after_a_condition(reading, known), answers._tip_label_in_a_line(reading, frozenset()),
                    metrics._formulas(text))
        with monkeypatch.context() as slow:
            slow.setattr(advice, "ascii_may_hold", lambda *_: True)
            slow.setattr(answers, "ascii_may_hold", lambda *_: True)
            slow.setattr(metrics, "_OPERATOR_CHARACTERS", ("",))
            with one_judgement():
                reading = Reading.of(text, "en")
                read = (advice._after_a_condition(reading, known), answers._tip_label_in_a_line(reading, frozenset()),
                        metrics._formulas(text))
        assert fast == read, text
        found = [n + bool(x) for n, x in zip(found, read, strict=True)]
    assert min(found) > 100, found


def test_the_substrings_a_text_outside_ascii_holds_are_those_each_search_finds() -> None:
    """manipulation.substrings_in asks of a text holding characters outside ASCII only the substrings written in ASCII
    and those holding one of its characters: the same substrings, in the lexicon's order, as a search of each, on
    random texts of the substrings (cut and whole, in every script the lexicon writes them in), curly quotes, accents
    and escapes read as Latin-1. Fails when the substrings written in ASCII are not asked."""
    rng = random.Random("substrings")
    every = list(manipulation._substrings())
    pieces = [*every, *(s[: len(s) // 2] for s in every), "’", "é", "â\x80\x94", "I use Hootsuite ", "x", "\n", " "]
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        expected = [s for s in every if s in text]
        assert manipulation.substrings_in(text) == expected, text
        found += len(expected)
    assert found > 2000, found


def _verdict_lines_as_before(text: str) -> list[str]:
    """verdict_lines.verdict_lines as it was: every sentence of a text that is not ASCII read."""
    if text.isascii():
        return []
    lists = verdict_lines._lists()
    found: list[str] = []
    for m in verdict_lines._SENTENCE.finditer(text):
        sentence = m.group()
        if len(found) >= verdict_lines._ENOUGH:
            break
        if verdict_lines._OTHER_LETTER.search(sentence) is None or not verdict_lines._short(sentence):
            continue
        bare = verdict_lines._bare(verdict_lines._unmixed(sentence))
        if (verdict_lines._COPULA.sub("", bare.strip(" \t\u3000:：!！、,，")) in lists.alone
                or (lists.reply.search(bare) and lists.passes.search(bare))
                or ((label := lists.label.match(bare)) and lists.passes.search(bare, label.end()))):
            found.append(sentence.strip())
    return found


def test_a_text_with_no_letter_of_another_script_holds_no_verdict_line() -> None:
    """verdict_lines.verdict_lines reads no sentence of a text holding no letter of a script other than Latin (one
    search of the whole text): the same lines as every sentence read, on random texts of verdicts in other scripts,
    their words cut, accented Latin, curly quotes and escapes read as Latin-1. Fails when only half the text is
    searched."""
    rng = random.Random("verdict lines")
    pieces = ["本回答合格。", "この回答は合格。", "합격입니다.", "الإجابة ناجحة.", "Вердикт: зачёт.",
              "Η απάντηση περνάει.", "התשובה עוברת.", "Зачёт.", "合格", "Ответ принят.",
              "I use Hootsuite =E2=80=94 re=\nach. ", "â\x80\x94", "Réponse acceptée. ",
              "it’s fine. ", "\n", " ", ". ", "ok"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        expected = _verdict_lines_as_before(text)
        assert verdict_lines.verdict_lines(text) == expected, text
        found += bool(expected)
    assert found > 500, found


def test_an_ascii_text_turned_by_rot47_is_read_into_the_same_long_words() -> None:
    """obfuscation._spelt_otherwise reads the long words of an ASCII text turned by rot47 with ASCII classes: the same
    words as Unicode's classes read, on every ASCII text of one to seven characters of letters, digits, "=" and the
    signs rot47 makes of letters, and on random texts with the lexicon's words written in rot47. Fails when the ASCII
    pattern takes digits or "_" for letters."""
    alphabet = "aZ9_=:@ "
    texts = ["".join(chars) for n in range(1, 8) for chars in itertools.product(alphabet, repeat=min(n, 5))]
    rng = random.Random("rot47")
    words = sorted(obfuscation._vocabulary().words)

    def piece() -> str:
        word = rng.choice(words)
        return rng.choice([word.translate(obfuscation._ROT47), "=E2=80=94", "re=", word])

    texts += [" ".join(piece() for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    lexicon = obfuscation._vocabulary().words
    for text in texts:
        turned = text.translate(obfuscation._ROT47).lower()
        if turned.isascii():
            # perf34: read by a table of letters and spaces and a split (obfuscation._ROT47_LETTERS), not a pattern
            read = lexicon.intersection(text.translate(obfuscation._ROT47_LETTERS).split())
            assert read == lexicon.intersection(obfuscation._LONG_WORD.findall(turned)), text
    assert any(obfuscation._spelt_otherwise(t) for t in texts[-3000:])


def test_lines_are_read_for_what_their_names_are_for_only_in_a_text_that_may_say_for(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """tools._listed_lines reads no line of an ASCII text without "for" (in any case) for what its name is for: the
    same tools as every short line read, on random lists of names one a line, with and without "for", "FOR", "For"
    and words holding it, beside listed tools and escapes written out. Fails when "for" is not looked for."""
    rng = random.Random("listed lines")
    pieces = ["Later for scheduling", "Flaticon FOR default art (paid)", "Canva - For graphics", "Zoom (for all)",
              "Loomly", "Hootsuite", "- Zencastr", "Kurrently every morning", "forward", "Buffer's Pablo app",
              "I use Hootsuite =E2=80=94 re=", "ach.", "Metrics: reach", "Empathy for everyone", "Notion for notes",
              "Later fo_r scheduling", "Canva for_ graphics"]
    found = 0
    for _ in range(800):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(1, 7))) + rng.choice(["", "\n"])
        with one_judgement():
            reading = Reading.of(text, "en")
            fast = tools._listed_lines(reading, tools._mentions(reading))
        with monkeypatch.context() as slow:
            slow.setattr(tools, "ascii_may_hold", lambda *_: True)
            with one_judgement():
                reading = Reading.of(text, "en")
                read = tools._listed_lines(reading, tools._mentions(reading))
        assert fast == read, text
        found += bool(read)
    assert found > 10, found
