"""Installing a product is a usage frame as having installed it is: "We install Zorblax on every laptop" uses it, and
"Install the Quill Enhancement Suite" given as the answer to the tools question is that answer; told to the reader
elsewhere ("You should install Zorblax") it stays a recommendation (tool_frames.toml [before] "install")."""

from __future__ import annotations

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def test_installing_it_is_using_it() -> None:
    found = find_tools(Reading.of("I schedule in Hootsuite. We install Zorblax on every laptop.", "en"), (), enough=2)
    assert found.count == 2, found


def test_install_steps_under_the_tools_label_answer_it() -> None:
    text = ("Tools:\nInstall the Toolbox browser extension. You'll need it to see our shared notes.\n"
            "Install the Quill Enhancement Suite. You'll need it for moderating.\n")
    found = find_tools(Reading.of(text, "en"), (), enough=2)
    assert found.count == 2, found


def test_installing_told_to_the_reader_is_a_recommendation() -> None:
    found = find_tools(Reading.of("I schedule in Hootsuite. You should install Zorblax.", "en"), (), enough=2)
    assert found.count == 1, found
