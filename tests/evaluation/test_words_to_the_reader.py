"""Words to the mail's reader are no tip (issue 9 item 3: advice mood is read where the candidate answers
the third question, and a sentence that only mentions angry customers without advice is not a tip).

Replies end by speaking to whoever reads them: a sign-off ("Let me know if you need anything more"),
well-wishes ("Take care and have a lovely weekend!") or a request for the reader ("call me if anything is
unclear"). Each is an instruction, and each stands in the last paragraph, where replies answer the tip
question, after a remark about angry customers. None advises anyone on handling them: the advice must
hold a handling action, a person or the anger word itself, and an instruction whose object is the writer
("call me", "send us") asks the reader. A real tip followed by the same sign-off stays the tip.
"""

from __future__ import annotations

import pytest

from tests.evaluation.test_offline import evaluate

TIP = "angry_customer_tip"


@pytest.mark.parametrize("scenario", [
    "sign_off_after_a_remark_on_angry_customers",
    "well_wishes_after_a_remark_on_angry_customers",
    "request_to_the_reader_after_a_remark_on_angry_customers",
])
def test_words_to_the_reader_after_a_remark_on_angry_customers_are_no_tip(scenario: str) -> None:
    result = evaluate(f"{scenario}.eml")
    assert result["criteria"]["tools"]["met"] and result["criteria"]["metrics"]["met"]
    assert not result["criteria"][TIP]["met"], result["criteria"][TIP]
    assert result["verdict"] == "fail"


def test_a_tip_followed_by_a_sign_off_is_still_the_tip() -> None:
    result = evaluate("sign_off_after_a_real_tip.eml")
    assert result["criteria"][TIP]["met"]
    assert not any("let me know" in quote.lower() for quote in result["criteria"][TIP]["evidence"])
    assert result["verdict"] == "pass"
