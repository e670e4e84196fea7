"""Attack (issue 10 item 15, look-alikes, red-team variant): the name checks disagreed on zero-width joiners.
`members add` refused ZWNJ and ZWJ anywhere (a Persian or Hindi member could not be registered by name), while
`request` and a member's request mail stored them anywhere: "Gi\\u200dna" is drawn as "Gina", a look-alike of
another person's name in every mail and digest. Both now follow one rule (bot.domain.names): a joiner only
between two letters or marks of one script that writes joiners, read from the Unicode data (a virama, or
letters that join).
"""

from __future__ import annotations

import pytest

from tests.cli.conftest import CANDIDATE, ENDORSER, Cli

LEGITIMATE = [
    "\u0645\u06cc\u200c\u0631\u0632\u0627",  # Persian: ZWNJ between two Arabic-script letters
    "\u0915\u094d\u200d\u0937\u093f\u0924\u093f",  # Hindi: ZWJ after a virama, a half form
    "\u0dc1\u0dca\u200d\u0dbb\u0dd3",  # Sinhala: ZWJ after the al-lakuna (a virama)
]
LOOK_ALIKES = [
    ("Gi\u200dna", "U+200D"),  # between Latin letters: invisible
    ("Gina\u200c", "U+200C"),  # at the end of a name
    ("\u0645\u06cc \u200c\u0631", "U+200C"),  # after a space, not between letters
    ("\u0645\u200d\u0915", "U+200D"),  # between letters of two scripts
]


@pytest.mark.parametrize("name", LEGITIMATE)
def test_a_joiner_where_the_script_writes_it_is_kept_by_both(cli: Cli, name: str) -> None:
    added = cli("members", "add", ENDORSER, "--name", name)
    created = cli("request", "--endorser", ENDORSER, "--candidate", CANDIDATE, "--candidate-name", name,
                  "--format", "json")

    assert added.code == 0, added.err
    assert cli("members", "list", "--format", "json").json_lines()[0]["name"] == name
    assert created.code == 0, created.err
    assert created.json()["candidate"]["name"] == name


@pytest.mark.parametrize(("name", "named"), LOOK_ALIKES)
def test_a_joiner_anywhere_else_is_refused_by_both(cli: Cli, name: str, named: str) -> None:
    added = cli("members", "add", ENDORSER, "--name", name)
    created = cli("request", "--endorser", ENDORSER, "--candidate", CANDIDATE, "--candidate-name", name)

    assert added.code == 2 and named in added.err
    assert created.code == 2 and named in created.err and "candidate name" in created.err
