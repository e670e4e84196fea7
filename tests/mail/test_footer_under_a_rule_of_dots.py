"""Issue 9 item 8, class "signature and footer handling": a company footer set under a rule of dots
("**. . . . . . . . . .**": a logo, the legal name, a ticket reference) was read as the sender's words, since
only "--", "---" and "__" rules start a signature. A line of five dots or more and nothing else, spaced or not,
maybe in bold, starts one now; like Markdown's "---", it is a rule between answers when a sentence follows it."""

from __future__ import annotations

from collections.abc import Callable

from bot.mail.message import ParsedMail
from bot.mail.signature import first_end
from tests.growth import cpu_growth


def test_a_footer_under_a_rule_of_dots_is_not_the_senders(parsed: Callable[[str], ParsedMail]) -> None:
    text = parsed("footer_under_a_rule_of_dots").reply_text
    assert text.endswith("wir planen unsere Beiträge in Hootsuite und messen Reichweite und Antwortzeit.")
    assert "GmbH" not in text and "REF-8Q2ZK7" not in text and "logo_signature" not in text


def test_answers_set_apart_by_rules_of_dots_are_all_read(parsed: Callable[[str], ParsedMail]) -> None:
    """Guard: a sentence under the rule goes on with the answer."""
    text = parsed("answers_set_apart_by_a_rule_of_dots").reply_text
    assert "Buffer" in text and "reach, saves" in text and "private message" in text


def test_what_a_rule_of_dots_is() -> None:
    from bot.mail.signature import is_dotted_rule

    for line in ["**. . . . . . . . . .**", ".....", "  · · · · · ·  ", "•••••"]:
        assert is_dotted_rule(line), line
    for line in ["....", "Thanks.....", ". . . . x", "** **", "-----", ". . . . . . . . " * 20]:
        assert not is_dotted_rule(line), line


def test_finding_rules_of_dots_is_linear() -> None:
    def ends(text: str) -> int:
        return first_end(text.split("\n"))

    unit = "I use Buffer. . . . . . . . . . . . .\n. . . . . . . . . . . . . . . . . . x\n"
    assert cpu_growth(ends, unit * 500, unit * 4000) < 24
