"""The human-readable report of `endorsebot evaluate` (without --format json).

Per file: kind, verdict, reasons, each criterion with its evidence, and the reply text with the
evidence marked: [[like this]], or in bold when the report goes to a terminal.
"""

from __future__ import annotations

import re
import sys
from typing import Any

_CRITERION_TITLES = {"tools": "Tools", "metrics": "Metrics", "angry_customer_tip": "Angry-customer tip"}
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"
_PLAIN_MARKS = ("[[", "]]")
# What a reason code says about one criterion, in words for the admin reading the report.
_DOUBTS = {
    "partial": "partial evidence from a genuine attempt: a person decides rather than the word lists",
    "unsure": "found something the rules can neither confirm nor rule out: a person decides",
}


def evidence_spans(text: str, evidence: list[str]) -> list[tuple[int, int]]:
    """Where each piece of evidence first appears in the text (merged where they overlap)."""
    spans = []
    for quote in evidence:
        # Whole words only, so "reach" is not marked inside "outreach".
        m = re.search(rf"(?<!\w){re.escape(quote)}(?!\w)", text) if quote else None
        if m is not None:
            spans.append(m.span())
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def mark(text: str, evidence: list[str], *, bold: bool = False) -> str:
    start_mark, end_mark = (_BOLD, _RESET) if bold else _PLAIN_MARKS
    out, cursor = [], 0
    for lo, hi in evidence_spans(text, evidence):
        out += [text[cursor:lo], start_mark, text[lo:hi], end_mark]
        cursor = hi
    out.append(text[cursor:])
    return "".join(out)


def _criteria_lines(criteria: dict[str, Any], reasons: list[str]) -> list[str]:
    """Each criterion, its evidence, then why: the rule or frame that found each piece ("why") and
    what the rules saw but did not count ("notes"), so an admin can follow the reasoning."""
    lines = []
    for name, result in criteria.items():
        title = _CRITERION_TITLES.get(name, name)
        state = "met" if result.get("met") else "NOT met"
        quotes = ", ".join(f"\u201c{q}\u201d" for q in result.get("evidence", []))
        lines.append(f"  {title}: {state}" + (f" ({quotes})" if quotes else ""))
        lines += [f"    why: {line}" for line in result.get("why", [])]
        lines += [f"    doubt: {text}" for code, text in _DOUBTS.items() if f"{code}:{name}" in reasons]
        lines += [f"    note: {line}" for line in result.get("notes", [])]
    return lines


def render_report(result: dict[str, Any], *, bold: bool | None = None) -> str:
    """The report for one result of ``evaluate_bytes`` (plus "file"); ``bold`` defaults to a tty check."""
    if bold is None:
        bold = sys.stdout.isatty()
    head = f"{result.get('file', '(message)')}: {result.get('kind', '?')}, verdict {result.get('verdict', '?')}"
    lines = [head]
    if result.get("language"):
        lines.append(f"  Language: {result['language']}")
    if result.get("reasons"):
        lines.append("  Reasons: " + ", ".join(result["reasons"]))
    if result.get("error"):
        lines.append(f"  Error: {result['error']}")
    criteria = result.get("criteria") or {}
    lines += _criteria_lines(criteria, list(result.get("reasons") or []))
    text = result.get("reply_text") or ""
    if text.strip():
        evidence = [q for r in criteria.values() for q in r.get("evidence", [])]
        lines.append("  Reply text:")
        lines += [f"    | {line}" for line in mark(text, evidence, bold=bold).splitlines()]
    return "\n".join(lines)
