"""A line's label naming what the tools or metrics question asks about ("Metrics:", "KPIs:") opens that answer; it
is no item of a list of tools written one a line (bot/evaluation/tools.py `_labels_a_question`): "Tools:
Hootsuite." over "Metrics: reach, ..." names one tool, not two."""

from __future__ import annotations

from bot.evaluation.offline import evaluate_bytes
from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools
from bot.settings import Settings
from tests.evaluation.conftest import FIXTURES


def test_a_metrics_label_under_a_tools_line_is_no_tool() -> None:
    result = evaluate_bytes((FIXTURES / "metrics_label_after_a_tools_line.eml").read_bytes(), Settings())
    assert result["criteria"]["tools"]["evidence"] == ["Hootsuite"]
    assert result["verdict"] == "fail"


def test_a_product_opening_a_line_of_a_list_of_tools_is_still_one() -> None:
    text = "Hootsuite for scheduling\nFlickr for photo storage\nPablo for quick quote cards\n"
    assert find_tools(Reading.of(text, "en")).count == 3
