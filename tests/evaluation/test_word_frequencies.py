"""The word frequencies the judge reads are wordfreq's own, without paying for importing wordfreq.

`endorsebot evaluate` on one small reply spent 0.2 to 0.3 s importing wordfreq (its langcodes
dependency compiles one very large regular expression). The judge now reads wordfreq's data file.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import wordfreq

from bot.evaluation import word_frequencies


@pytest.mark.parametrize("language", ["en", "es", "de", "fr", "pt", "it", "nl"])
def test_the_frequencies_are_exactly_wordfreqs(language: str) -> None:
    assert word_frequencies.frequencies(language) == wordfreq.get_frequency_dict(language, wordlist="small")


@pytest.mark.parametrize("language", ["pt-BR", "tlh"])
def test_a_language_code_without_its_own_file_gets_wordfreqs_own_answer(language: str) -> None:
    # No file is called small_pt-BR: wordfreq's matching finds the Portuguese list; for Klingon it
    # answers with its nearest list. Either way the judge hears what wordfreq says.
    expected = wordfreq.get_frequency_dict(language, wordlist="small")
    assert word_frequencies.frequencies(language) == expected


def test_judging_a_reply_with_an_unknown_product_name_does_not_import_wordfreq() -> None:
    program = (
        "import sys\n"
        "from bot.evaluation.reading import Reading\n"
        "from bot.evaluation.tools import find_tools\n"
        "found = find_tools(Reading.of('We schedule everything with Kurrently.', 'en'))\n"
        "print(bool(found), 'wordfreq' in sys.modules, 'langcodes' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "False", "False"]
