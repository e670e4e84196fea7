"""A word typed in lower case after a usage frame is a product only in English (issue 9 item 1).

"Gardez toujours le bon ton en utilisant le vouvoiement" counted "vouvoiement" as a tool: after a strong usage
frame a lower-case word rare in English and in the reply's language was a product typed on a phone, and wordfreq's
French, Spanish, German and Portuguese lists miss many of their own learned and inflected words. There a name
the lists miss leaves the reply to a person rather than failing it, so the lower-case reading is English only.
"""

from __future__ import annotations

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def test_a_french_word_after_utilisant_is_no_tool() -> None:
    found = find_tools(Reading.of("Gardez toujours le bon ton en utilisant le vouvoiement avec les fans.", "fr"))
    assert found.count == 0, found


def test_an_english_reply_typed_in_lower_case_keeps_its_tools() -> None:
    found = find_tools(Reading.of("i use zoomsphere and sendible every day", "en"))
    assert found.count == 2, found
