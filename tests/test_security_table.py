"""Issue 10's "Done when": every item has a test named after the attack, and the README says where. The table in
the README's security section ("Issue 10, attack by attack") names, for each of the fifteen items, the tests of
each attack: every file and test it names exists, so a test renamed or removed breaks the table here, not in a
reader's hands."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# `evaluation/test_x.py::test_y`, `::test_z` (the file named last), `test_w.py` (in the folder named last).
_REFERENCE = re.compile(r"`([\w/]+\.py)?(?:::(\w+))?`")


def _table() -> list[tuple[int, str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("### Issue 10, attack by attack")
    section = readme[start : readme.index("\n## ", start)]
    return [(int(m.group(1)), m.group(2)) for m in re.finditer(r"^\| (\d+) \| .*? \| (.*) \|$", section, re.MULTILINE)]


def test_every_item_of_issue_10_has_a_row() -> None:
    assert {item for item, _ in _table()} == set(range(1, 16))


def test_every_test_the_table_names_exists() -> None:
    missing: list[str] = []
    for item, cell in _table():
        current: Path | None = None
        for reference in _REFERENCE.finditer(cell):
            name, test = reference.group(1), reference.group(2)
            if name:
                current = (ROOT / "tests" / name) if "/" in name else (current.parent / name if current else None)
                if current is None or not current.is_file():
                    missing.append(f"item {item}: {name}")
                    current = None
                    continue
            if test and (current is None or not re.search(rf"def {test}\(", current.read_text(encoding="utf-8"))):
                missing.append(f"item {item}: {current}::{test}")
    assert missing == []
