"""Templates are compiled once when the Composer starts (issue 15 item 5): a sweep of thousands of
emails never walks templates/ or reads a template file again."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from jinja2 import FileSystemLoader, TemplateNotFound, TemplateSyntaxError

from bot.outbound.compose import Composer
from bot.settings import Settings

SETTINGS = Settings().replace(bot={"address": "bot@bot.test", "name": "endorsebot"})
RENDERS = 200


class CountingLoader(FileSystemLoader):
    """The real file loader, counting how often it lists the folder or reads a template."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.listed = 0
        self.read = 0

    def list_templates(self) -> list[str]:
        self.listed += 1
        return super().list_templates()

    def get_source(self, environment: Any, template: str) -> Any:
        self.read += 1
        return super().get_source(environment, template)


def _write_templates(folder: Path) -> None:
    (folder / "note.txt.j2").write_text("Subject: Note {{ n }}\n\nHello {{ n }}.\n")
    (folder / "note.html.j2").write_text("<p>Hello {{ n }}.</p>\n")
    (folder / "plain.txt.j2").write_text("Subject: Plain\n\nNo HTML part.\n")


def test_a_thousand_emails_neither_walk_the_template_folder_nor_read_a_template_again(tmp_path: Path) -> None:
    _write_templates(tmp_path)
    loader = CountingLoader(tmp_path)
    composer = Composer(SETTINGS, loader=loader)
    at_start = (loader.listed, loader.read)
    assert at_start == (1, 3)  # start-up: one walk, each template read once
    for n in range(RENDERS):
        note = composer.render("note", {"n": n})
        plain = composer.render("plain", {})
        assert note.subject == f"Note {n}" and note.html == f"<p>Hello {n}.</p>\n"
        assert plain.html is None
    assert (loader.listed, loader.read) == at_start


def test_every_template_is_compiled_when_the_composer_starts(tmp_path: Path) -> None:
    _write_templates(tmp_path)
    composer = Composer(SETTINGS, templates_dir=tmp_path)
    assert sorted(composer.templates) == ["note.html.j2", "note.txt.j2", "plain.txt.j2"]


def test_a_template_with_a_syntax_error_stops_the_start_not_the_first_email(tmp_path: Path) -> None:
    (tmp_path / "broken.txt.j2").write_text("Subject: {{ oops \n")
    with pytest.raises(TemplateSyntaxError):
        Composer(SETTINGS, templates_dir=tmp_path)


def test_an_unknown_kind_is_refused_by_name(tmp_path: Path) -> None:
    _write_templates(tmp_path)
    with pytest.raises(TemplateNotFound, match=r"missing\.txt\.j2"):
        Composer(SETTINGS, templates_dir=tmp_path).render("missing", {})


def test_the_project_templates_render_the_same_through_the_cache() -> None:
    composer = Composer(SETTINGS)
    request = SimpleNamespace(endorser_name="Ada", endorser_email="ada@e.test", candidate_name="Gina",
                              deadline_at=datetime(2026, 3, 1, 9, 30, tzinfo=UTC))
    context = {"request": request, "thresholds": SimpleNamespace(min_tools=2, min_metrics=2)}
    fresh = composer.env.from_string((Path(composer.env.loader.searchpath[0]) / "reminder.txt.j2")  # type: ignore[union-attr]
                                     .read_text()).render({"bot": SETTINGS.bot, "settings": SETTINGS, **context})
    rendered = composer.render("reminder", context)
    assert f"Subject: {rendered.subject}\n\n{rendered.text}" == fresh
