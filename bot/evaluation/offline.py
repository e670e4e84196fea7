"""`endorsebot evaluate`: one raw message in, DESIGN.md's JSON object out (without "file").

{"kind", "verdict", "criteria" (or null), "reply_text"} plus "reasons" and "language" when the
reply was judged, and "error" when the message could not be fully parsed. Tools outside the
project read this shape: add fields, never rename or remove them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.evaluation.bounded import judge_bounded
from bot.evaluation.result import Judgement, Verdict
from bot.mail.message import MailKind, ParsedMail
from bot.mail.parse import parse_mail
from bot.settings import Settings

Judge = Callable[[ParsedMail], Judgement]


def rules_judge(settings: Settings) -> Judge:
    """The default judge: the keyword rules alone, on the reply's own new words and hidden text."""

    def judge(mail: ParsedMail) -> Judgement:
        return judge_bounded(mail, settings.evaluation)

    return judge


def judgement_json(judgement: Judgement) -> dict[str, Any]:
    out: dict[str, Any] = {
        "verdict": str(judgement.verdict),
        "criteria": judgement.criteria_json(),
        "reasons": list(judgement.reasons),
        "language": judgement.language,
    }
    if judgement.manipulation:
        out["manipulation"] = True
    if judgement.abusive:
        out["abusive"] = True
    llm = judgement.details.get("llm")
    if isinstance(llm, dict):  # what makes an LLM verdict reproducible
        out["llm"] = {key: llm[key] for key in ("model", "prompt_version", "input_sha256") if key in llm}
    if "llm_error" in judgement.details:
        out["llm_error"] = judgement.details["llm_error"]
    return out


def describe(mail: ParsedMail, judgement: Judgement | None) -> dict[str, Any]:
    """The contract's object for a parsed message and, if it was judged, its judgement."""
    result: dict[str, Any] = {
        "kind": str(mail.kind),
        "verdict": str(Verdict.NOT_EVALUATED),
        "criteria": None,
        "reply_text": mail.reply_text,
    }
    if judgement is not None:
        result.update(judgement_json(judgement))
    if mail.error:
        result["error"] = mail.error
    return result


def evaluate_bytes(raw: bytes, settings: Settings, *, judge: Judge | None = None) -> dict[str, Any]:
    """Judge one raw RFC 5322 message as a reply with the rules (or ``judge``)."""
    mail = parse_mail(raw)
    judgement = (judge or rules_judge(settings))(mail) if mail.kind is MailKind.REPLY else None
    return describe(mail, judgement)
