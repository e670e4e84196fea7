"""Tools given as examples of a class in a sentence about the profession, with nothing of the candidate in it
("Scheduling tools, such as Later and Buffer, are essential for any busy social media manager"), are the trade's
tools: maybe the candidate's, maybe not, so a person decides (bot/evaluation/to_the_reader.py,
`examples_of_the_trade`). The same examples in the candidate's own sentence ("I rely on scheduling tools, such as
Later and Buffer, because as a social media manager ...") are theirs."""

from __future__ import annotations

from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES


def test_examples_said_of_the_profession_are_not_the_candidates() -> None:
    finding = find_tools(Reading.of("Scheduling tools, such as Later, Buffer and Hootsuite, are essential for any busy "
                                    "social media manager.", "en"))
    assert finding.count == 0


def test_the_same_examples_in_the_candidates_sentence_count() -> None:
    finding = find_tools(Reading.of("I rely on scheduling tools, such as Later and Buffer, because as a social media "
                                    "manager I'm always busy.", "en"))
    assert finding.count == 2


def test_a_reply_naming_tools_only_as_the_trades_goes_to_a_person() -> None:
    result = evaluate_bytes((FIXTURES / "tools_said_of_the_profession.eml").read_bytes(), Settings())
    assert result["verdict"] == "needs_review"
