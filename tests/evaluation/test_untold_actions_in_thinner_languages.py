"""Calibrated doubt where the lists are thinner (issue 9 item 5): in French, Spanish, German or Portuguese, an action
word in the numbered tip answer that no sentence tells as advice ("On est coupable avant d'avoir pu s'expliquer",
a complaint) is no tip the rules can confirm: a person decides. Advice told there still is the tip."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_ANSWERS = ("Bonjour,\n\n1. J'utilise Hootsuite et Canva.\n\n2. Je suis le taux d'engagement, la portée et le taux "
            "de clics.\n\n")


def test_a_complaint_holding_an_action_word_goes_to_a_person() -> None:
    reply = (f"{_ANSWERS}3. On est coupable avant d’avoir pu s’expliquer. Certains clients se servent même de "
             "TripAdvisor pour faire du chantage\n\nMerci,")
    result = judge_rules(reply, EvaluationSettings())
    criterion = result.criteria["angry_customer_tip"]
    assert not criterion.met and result.verdict.value == "needs_review", (criterion, result.verdict)


def test_advice_told_in_the_answer_is_the_tip() -> None:
    reply = f"{_ANSWERS}3. Écoutez le client en colère et expliquez-lui calmement la solution.\n\nMerci,"
    criterion = judge_rules(reply, EvaluationSettings()).criteria["angry_customer_tip"]
    assert criterion.met, criterion
