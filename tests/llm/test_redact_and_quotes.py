"""What leaves the machine (redaction) and which quotes of the model are believed (verification)."""

from __future__ import annotations

import pytest

from bot.evaluation.llm.quotes import check_quotes, distinct_items
from bot.evaluation.llm.redact import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("write to maria.lopez+jobs@example.co.uk today", "write to [email] today"),
        ("call +44 20 7946 0958 any time", "call [phone] any time"),
        ("call (555) 123-4567 any time", "call [phone] any time"),
        ("call 555-123-4567 any time", "call [phone] any time"),
        ("mobile 0049 151 23456789", "mobile [phone]"),
        ("call 5551234567.", "call [phone]."),
    ],
)
def test_addresses_and_phone_numbers_are_redacted(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "our engagement rate went from 3.5% to 4.2%",
        "we reached 1.000.000 impressions and 250,000 clicks",
        "I worked there 2019-2023 and answer within 24 hours",
        "follower growth of 12 000 in Q3 2024",
        "a CSAT of 4.8/5 on 10.05.2024",
    ],
)
def test_figures_dates_and_metrics_are_left_alone(text: str) -> None:
    assert redact(text) == text


REPLY = (
    "I schedule posts in  Hootsuite and design in\nCanva. When someone is angry, I reply quickly and "
    "take it to DMs. I don\u2019t argue in public."
)


@pytest.mark.parametrize(
    "quote",
    ["Hootsuite", "hootsuite", "design in Canva", "  design   in canva ", "take it to DMs", "I don't argue"],
)
def test_a_quote_found_in_the_text_verifies_despite_case_and_whitespace(quote: str) -> None:
    assert check_quotes([quote], REPLY).verified != ()


@pytest.mark.parametrize(
    "quote",
    [
        "Sprout Social",  # invented
        "I reply quickly and move it to DMs",  # paraphrased
        "Hootsuite ... Canva",  # shortened
        "suite",  # part of a word
        "h",  # too short to be evidence
        "",
    ],
)
def test_a_quote_not_in_the_text_is_rejected(quote: str) -> None:
    check = check_quotes([quote], REPLY)
    assert check.verified == ()
    assert check.rejected == (quote,)


def test_verified_quotes_are_returned_as_written_in_the_text_without_repeats() -> None:
    check = check_quotes(["HOOTSUITE", "hootsuite", "canva"], REPLY)
    assert check.verified == ("Hootsuite", "Canva")


def test_a_quote_inside_another_counts_as_one_item() -> None:
    assert distinct_items(["Hootsuite", "Hootsuite and design", "Canva"]) == 2
