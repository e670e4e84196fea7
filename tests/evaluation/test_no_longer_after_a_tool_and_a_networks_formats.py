"""Two things a Portuguese reply says of tools, as the other languages' words already said them: a tool "já não" used
or enough, said after it, is no longer the candidate's ("o Hootsuite já não era mais suficiente", as the Spanish
"ya no" after a tool reads; negation.toml [after]); and a network's own format (IGTV) is a place to post, a
channel, not a product because it is written in capitals (channels.txt)."""

from __future__ import annotations

from bot.evaluation.reading import Reading
from bot.evaluation.rules import judge_rules
from bot.evaluation.tools import find_tools
from bot.settings import EvaluationSettings


def test_a_tool_no_longer_enough_in_portuguese_is_not_counted() -> None:
    found = find_tools(Reading.of("Ferramentas: Conforme as redes iam se atualizando, o Hootsuite já não era mais "
                                  "suficiente. Foi aí que passei para a mLabs e o Canva.", "pt"))
    assert {e.lower() for e in found.evidence} == {"mlabs", "canva"}, found


def test_igtv_among_a_networks_formats_is_no_tool() -> None:
    judgement = judge_rules("Tools: the networks keep launching more tools (like Stories, Reels, IGTV), and I plan all "
                            "of them in Later.\n", EvaluationSettings())
    assert [e.lower() for e in judgement.criteria["tools"].evidence] == ["later"], judgement
