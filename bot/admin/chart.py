"""The digest's chart: outcomes per day as a small inline SVG (no images, scripts or fonts to fetch).

It scales to the width of a phone (viewBox, width 100%) and carries a text description for screen
readers and for mail clients that drop SVG; the plain-text part has the same numbers as a table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from markupsafe import Markup

# Outcome -> bar colour; chosen to stay distinguishable for the common colour-vision deficiencies.
SERIES: tuple[tuple[str, str], ...] = (
    ("passed", "#1a7f37"),
    ("failed", "#cf222e"),
    ("expired", "#9a6700"),
    ("other", "#6e7781"),
)

_WIDTH, _HEIGHT, _TOP, _BOTTOM = 420, 170, 20, 24


@dataclass(frozen=True, slots=True)
class DayOutcomes:
    day: date
    passed: int = 0
    failed: int = 0
    expired: int = 0
    other: int = 0

    @property
    def total(self) -> int:
        return self.passed + self.failed + self.expired + self.other


def describe(days: Sequence[DayOutcomes]) -> str:
    totals = {name: sum(getattr(d, name) for d in days) for name, _ in SERIES}
    parts = ", ".join(f"{count} {name}" for name, count in totals.items())
    return f"Outcomes over the last {len(days)} days: {parts}."


def outcomes_svg(days: Sequence[DayOutcomes]) -> Markup:
    peak = max((d.total for d in days), default=0) or 1
    slot = _WIDTH / max(len(days), 1)
    plot = _HEIGHT - _TOP - _BOTTOM
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {_HEIGHT}" width="100%" '
        f'style="display:block;max-width:{_WIDTH}px;height:auto" role="img" aria-label="{escape(describe(days))}">',
        f"<title>{escape(describe(days))}</title>",
        f'<line x1="0" y1="{_HEIGHT - _BOTTOM}" x2="{_WIDTH}" y2="{_HEIGHT - _BOTTOM}" stroke="#d0d7de"/>',
    ]
    for index, day in enumerate(days):
        x, y = index * slot + slot * 0.15, float(_HEIGHT - _BOTTOM)
        for name, colour in SERIES:
            height = getattr(day, name) / peak * plot
            if height:
                y -= height
                parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" height="{height:.1f}" '
                             f'fill="{colour}"><title>{day.day:%d %b}: {getattr(day, name)} {name}</title></rect>')
        if day.total:
            parts.append(f'<text x="{x + slot * 0.35:.1f}" y="{y - 4:.1f}" font-size="13" text-anchor="middle" '
                         f'fill="#1f2328">{day.total}</text>')
        parts.append(f'<text x="{x + slot * 0.35:.1f}" y="{_HEIGHT - 6}" font-size="13" text-anchor="middle" '
                     f'fill="#57606a">{day.day.day}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
