"""The kinds of tool that tools.py names in code are kinds the lexicons know: a tool told by its work is keyed as
tool_types.txt keys its kind (so "a social listening tool" and "software that allows us to monitor" are one tool),
and a network's feature used in place or named by its address is of a kind network_tools.txt gives. A kind renamed
in the data and not here would silently count twice."""

from __future__ import annotations

from bot.evaluation.lexicon import lexicons
from bot.evaluation.tools import _IN_PLACE_WORK, _KIND_OF_WORK, _TOOL_SUBDOMAINS


def test_a_tool_told_by_its_work_is_keyed_as_a_tool_type() -> None:
    assert set(_KIND_OF_WORK.values()) <= {entry.key for entry in lexicons().tool_types.entries}


def test_a_networks_tool_used_in_place_is_of_a_network_tools_kind() -> None:
    kinds = set(lexicons().network_suffixes.values())
    assert {kind for kind, _ in _IN_PLACE_WORK} <= kinds
    assert set(_TOOL_SUBDOMAINS.values()) <= kinds
