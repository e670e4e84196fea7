"""What the angry people want is no advice to give it, in the thinner languages too (issue 9 item 3: "a sentence
that only talks about angry customers without advice is not" a tip): "E querem que o problema seja resolvido agora"
tells what they want, as "they just want it solved" does in English; the verb carries its subject there. Advice to
solve it still is a tip."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tips import find_tip


@pytest.mark.parametrize(("text", "language"), [
    ("Dica: De cada dez clientes que ligam, nove estão nervosos. E querem que o problema seja resolvido agora.", "pt"),
    ("Consejo: Los clientes enojados quieren que se lo resuelvan ya.", "es"),
    ("Conseil : Les clients en colère veulent qu'on résolve leur problème tout de suite.", "fr"),
])
def test_what_they_want_is_no_tip(text: str, language: str) -> None:
    assert find_tip(Reading.of(text, language)).count == 0


@pytest.mark.parametrize(("text", "language"), [
    ("Dica: com clientes nervosos, resolva o problema na hora.", "pt"),
    ("Consejo: con clientes enojados, resuelve el problema enseguida.", "es"),
    # The familiar imperative is the third person singular: "pide" here is advice, not what they ask.
    ("Consejo: no respondas con prisa. Agradece el mensaje y pide sus datos por mensaje privado.", "es"),
])
def test_advice_to_solve_it_is_a_tip(text: str, language: str) -> None:
    assert find_tip(Reading.of(text, language)).count >= 1
