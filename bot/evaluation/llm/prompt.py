"""Render the judge's prompt from a versioned Jinja2 template in prompts/.

A template starts with ``{# version: NAME #}`` and defines two blocks, ``system`` and ``user``. The
version is stored with each evaluation so a verdict can be reproduced with the same wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2

from bot.settings import EvaluationSettings

PROMPTS_DIR = Path(__file__).resolve().parents[3] / "prompts"
_VERSION_LINE = re.compile(r"\A\{#\s*version:\s*(?P<version>[\w.-]+)\s*#\}")


@dataclass(frozen=True, slots=True)
class RenderedPrompt:
    version: str
    system: str
    user: str


class PromptError(ValueError):
    """The template is missing, lacks its version line or one of its blocks."""


@dataclass(frozen=True, slots=True)
class PromptTemplate:
    version: str
    template: jinja2.Template

    def render(self, reply_text: str, settings: EvaluationSettings, *, boundary: str) -> RenderedPrompt:
        """``boundary`` fences the reply; it must be something the reply cannot contain (see LlmClassifier)."""
        values = {
            "min_tools": settings.min_tools,
            "min_metrics": settings.min_metrics,
            "min_tips": settings.min_tips,
            "boundary": boundary,
            "reply_text": reply_text,
        }
        context = self.template.new_context(values)
        system = "".join(self.template.blocks["system"](context)).strip()
        user = "".join(self.template.blocks["user"](context)).strip()
        return RenderedPrompt(self.version, system, user)


@cache
def load_prompt(name: str = "judge_v1", directory: Path = PROMPTS_DIR) -> PromptTemplate:
    path = directory / f"{name}.j2"
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PromptError(f"prompt template {path} does not exist") from None
    match = _VERSION_LINE.match(source)
    if match is None:
        raise PromptError(f"{path} must start with a '{{# version: NAME #}}' line")
    # Not HTML: no autoescape. A reply containing {{ }} is inserted as a value and never evaluated.
    env = jinja2.Environment(autoescape=False, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.from_string(source)
    missing = {"system", "user"} - set(template.blocks)
    if missing:
        raise PromptError(f"{path} lacks block(s): {', '.join(sorted(missing))}")
    return PromptTemplate(match.group("version"), template)
