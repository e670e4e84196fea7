"""Used once, before now, in Spanish and Portuguese (issue 9 item 4: negation and time with scope).

"Já usei o Todoist ..., o Evernote, e atualmente estou buscando centralizar ... no Trello" counted three tools:
the preterite "já usei" / "ya usé" says the tool was used before now, as English "I used to" does, unless the
sentence takes it up again ("e uso até hoje"); "atualmente", "actualmente", "derzeit", "actuellement" open a
clause of their own, as "currently" does, so the tool used now still counts.
"""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tools import find_tools


def test_tools_used_once_before_now_do_not_count_but_the_current_one_does() -> None:
    text = ("Já usei o Todoist para listar tarefas, o Evernote, e atualmente estou centralizando tudo no Trello.")
    found = find_tools(Reading.of(text, "pt"))
    assert found.evidence == ("Trello",), found


@pytest.mark.parametrize(("text", "language", "count"), [
    ("Ya usé Trello y Evernote.", "es", 0),
    ("Já usei o Hootsuite e o Buffer e uso até hoje.", "pt", 2),
    ("Ya usé Hootsuite y Buffer, y sigo usando los dos hasta hoy.", "es", 2),
])
def test_used_before_now_unless_taken_up(text: str, language: str, count: int) -> None:
    assert find_tools(Reading.of(text, language)).count == count
