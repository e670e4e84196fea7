"""The lines of a list given where the reply answers the metrics question (under a label naming metrics, or
numbered 2 in a reply numbered 1, 2, 3 like the request) each name a metric, as the items of a list of metrics do
(bot/evaluation/answers.py `metrics_answer_items`, bot/evaluation/metrics.py `_answer_items`)."""

from __future__ import annotations

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Finding, Reading


def metrics_of(text: str) -> Finding:
    return find_metrics(Reading.of(text, "en"), doubt_below=3)


NUMBERED = """Hi,

1)
- Buffer for the calendar
- Canva for everything visual

2)
- the number of first-time posters each week (forum)
- regular poster longevity (forum, Slack)
- time to answer new threads (forum)

3)
Stay calm and take it to a private message.
"""


def test_an_unknown_line_beside_two_known_ones_is_a_metric() -> None:
    found = metrics_of(NUMBERED)
    assert found.count == 3, found
    assert any("longevity" in e for e in found.evidence), found


def test_under_a_metrics_label_too() -> None:
    text = NUMBERED.replace("1)\n", "Tools:\n").replace("2)\n", "KPIs:\n").replace("3)\n", "Tip:\n")
    assert metrics_of(text).count == 3


def test_with_one_known_line_the_others_are_doubtful() -> None:
    text = NUMBERED.replace("- time to answer new threads (forum)\n", "- thread depth on weekends\n")
    found = metrics_of(text)
    assert found.count == 1, found
    assert found.doubtful, found


def test_lines_under_the_tools_answer_are_no_metrics() -> None:
    text = ("1)\n- reach and saves in Later\n- profile visits in Canva\n- content pillars board\n\n"
            "2)\nNothing yet.\n\n3)\nStay calm.\n")
    found = metrics_of(text)
    assert not any("content pillars" in e for e in found.evidence), found


def test_a_sentence_of_prose_or_a_tool_is_no_item() -> None:
    text = NUMBERED.replace("- regular poster longevity (forum, Slack)\n",
                            "- we look at it every Monday morning with the whole team\n- Airtable\n")
    found = metrics_of(text)
    assert found.count == 2, found
