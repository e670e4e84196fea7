"""The package layout names the flow, and its imports keep to it (issue 14).

- No import cycle among bot's modules: every import counts, including those inside functions and under
  ``TYPE_CHECKING``, so a cycle cannot hide behind a lazy import.
- No module of ``bot.inbound`` or ``bot.evaluation`` imports ``bot.admin``: the admin commands by mail reach the
  pipeline as a stage registered by the composition (bot/app.py), not by the pipeline importing them.
- The README's "Where things are" map names every folder of ``bot/`` and nothing that is not there, and only
  the composition sits at the root of the package.

The graph comes from grimp (import-linter's engine), which reads the source without importing it.
"""

from __future__ import annotations

import re
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bot"
# The parts of the flow that must not know the admin wing, and the wing itself.
CORE = ("bot.inbound", "bot.evaluation")
ADMIN = "bot.admin"
COMPOSITION = {"__init__", "__main__", "app", "cli", "clock", "daemon", "logs", "ports", "settings"}


def build() -> grimp.ImportGraph:
    # No cache: grimp would otherwise write .grimp_cache/ into the working directory.
    return grimp.build_graph("bot", include_external_packages=False, exclude_type_checking_imports=False,
                             cache_dir=None)


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return build()


def cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """One shortest cycle for each direct import that is part of a cycle (``a`` imports ``b`` and ``b``
    reaches ``a`` again), deduplicated by the set of modules on it."""
    found: dict[frozenset[str], list[str]] = {}
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back is not None:
                cycle = [importer, *back]
                found.setdefault(frozenset(cycle), cycle)
    return list(found.values())


def core_imports_of_admin(graph: grimp.ImportGraph) -> list[str]:
    """Each direct import from the inbound or evaluation core into the admin wing, with its line."""
    bad = []
    for importer in sorted(graph.modules):
        if not any(importer == c or importer.startswith(c + ".") for c in CORE):
            continue
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            if imported == ADMIN or imported.startswith(ADMIN + "."):
                for detail in graph.get_import_details(importer=importer, imported=imported):
                    bad.append(f"{importer}:{detail['line_number']} imports {imported}")
    return bad


def test_bot_has_no_import_cycle(graph: grimp.ImportGraph) -> None:
    assert cycles(graph) == []


def test_inbound_and_evaluation_never_import_the_admin_wing(graph: grimp.ImportGraph) -> None:
    assert core_imports_of_admin(graph) == []


def test_the_checks_catch_the_pipeline_importing_the_admin_commands_again() -> None:
    """The old loop (pipeline -> admin commands by mail -> pipeline's Context) is what both checks refuse."""
    reintroduced = build()  # a graph of its own: the shared one stays as the source says
    reintroduced.add_import(importer="bot.inbound.pipeline", imported="bot.admin.mail_commands",
                            line_number=1, line_contents="from bot.admin.mail_commands import handle_admin_command")
    assert core_imports_of_admin(reintroduced) == ["bot.inbound.pipeline:1 imports bot.admin.mail_commands"]
    assert [set(cycle) for cycle in cycles(reintroduced)] == [{"bot.inbound.pipeline", "bot.admin.mail_commands"}]


def test_the_admin_commands_by_mail_are_registered_into_the_pipeline_by_the_composition(
        graph: grimp.ImportGraph) -> None:
    """Breaking the cycle must not drop the stage: the composition imports both and wires them."""
    assert graph.direct_import_exists(importer="bot.app", imported="bot.admin.mail_commands")
    assert graph.direct_import_exists(importer="bot.app", imported="bot.inbound.pipeline")


def _readme_map() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Where things are\n", 1)[1].split("\n## ", 1)[0]
    block = section.split("```", 2)[1]
    return re.findall(r"^(bot/\S*)", block, flags=re.M)


def test_the_readme_map_names_every_folder_of_bot_and_nothing_else() -> None:
    listed = {p.rstrip("/") for p in _readme_map() if p != "bot/*.py"}
    folders = {str(p.relative_to(ROOT)) for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    # Sub-packages that are parts of the flow in their own right are on the map too.
    assert {"bot/evaluation/llm"} <= listed
    assert {p for p in listed if p.count("/") == 1} == folders
    assert all((ROOT / p).is_dir() for p in listed)


def test_only_the_composition_sits_at_the_root_of_the_package() -> None:
    assert {p.stem for p in PACKAGE.glob("*.py")} == COMPOSITION
