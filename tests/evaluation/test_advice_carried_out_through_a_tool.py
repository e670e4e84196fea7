"""A sentence that opens with a handling action and names the tool it is carried out with ("Resolva por email,
Skype ou telefone, com calma", "Apologise over Skype or by phone") is advice: the tool says how, the sentence is not
about the tool. Sentences naming tools or metrics are otherwise set aside from the tip's answer (an action word there
describes them: "a listening tool", "questions answered within two hours"), and one that only names tools stays
so."""

from __future__ import annotations

from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_BEFORE = "I schedule with Buffer and design in Canva.\n\nI watch reach, engagement rate and follower growth.\n\n"


def _tip(text: str, before: str = _BEFORE) -> bool:
    return judge_rules(before + text, EvaluationSettings()).criteria["angry_customer_tip"].met


_NUMBERED = ("1. I schedule with Buffer and design in Canva.\n\n2. I watch reach, engagement rate and follower "
             "growth.\n\n")


def test_an_instruction_carried_out_through_a_tool_is_the_tip() -> None:
    assert _tip("3. Apologise in a Zendesk ticket, calmly and honestly.", _NUMBERED)


def test_the_same_in_portuguese() -> None:
    before = ("Agendo com o Buffer e crio no Canva.\n\nAcompanho o alcance, a taxa de engajamento e o número de "
              "seguidores.\n\n")
    assert _tip("Se o problema se agravar, é hora de sair das redes. Resolva por email, Skype ou telefone, com calma.",
                before)


def test_a_sentence_about_a_tool_is_no_tip() -> None:
    assert not _tip("3. Zendesk tickets get answered calmly and honestly by our team.", _NUMBERED)
