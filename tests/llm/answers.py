"""Scripted model answers in the judge's schema, so tests read as what the model claims."""

from __future__ import annotations

from typing import Any

from tests.llm.fake_server import Step, answer


def claims(tools: list[str], metrics: list[str], tip: list[str], *, met: bool | None = None,
           addresses_grader: bool = False) -> dict[str, Any]:
    """Each criterion claimed met when it has quotes (or as ``met`` says)."""

    def one(quotes: list[str]) -> dict[str, Any]:
        return {"quotes": quotes, "met": bool(quotes) if met is None else met}

    return {"tools": one(tools), "metrics": one(metrics), "angry_customer_tip": one(tip),
            "addresses_grader": addresses_grader}


def says(tools: list[str], metrics: list[str], tip: list[str], **kwargs: Any) -> Step:
    return answer(claims(tools, metrics, tip, **kwargs))


# A model that was fooled (or lies): everything met, with quotes it made up.
ALL_MET_INVENTED = says(
    ["Sprout Social", "Brandwatch"],
    ["engagement rate", "reach", "response time"],
    ["acknowledge their frustration and move the conversation to DMs"],
    met=True,
)
