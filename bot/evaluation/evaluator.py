"""Combine the keyword rules with the optional LLM classifier into one Judgement.

Rules always run first and can veto: text that addresses the grader or abuse means needs_review and
the model is not asked. "both": agreement per criterion gives that result, any disagreement gives
needs_review with both views. "llm": verified LLM results decide. The model can never add a met
criterion without quotes found in the reply. When the model fails (timeout, 429, 5xx, refusal,
malformed answer, budget) the rules' judgement stands, a borderline verdict becomes needs_review, and
the error is recorded; the wait is bounded so the inbox never waits on the model.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from concurrent.futures import ThreadPoolExecutor

from bot.clock import Clock, SystemClock
from bot.evaluation.bounded import (
    FORWARDED,
    OUT_OF_SIGHT,
    PICTURE_ONLY,
    PICTURE_UNREAD,
    RETRACTED,
    STYLE_UNCHECKED,
    TOO_LONG,
    UNREAD_PASSAGE,
    RulesInput,
    RulesJudge,
    judge_bounded,
    review_retracted,
)
from bot.evaluation.judge_pool import JudgePool
from bot.evaluation.llm.budget import DailyBudget, RecordedSpend, cost_usd
from bot.evaluation.llm.classifier import LlmClassifier, LlmView
from bot.evaluation.llm.negation import without_negated
from bot.evaluation.llm.port import error_kind
from bot.evaluation.result import CriterionResult, Judgement, JudgeTimeout, Source, Verdict
from bot.evaluation.thread_budget import within_budget
from bot.mail.message import ParsedMail
from bot.ports import PermanentError, TransientError
from bot.settings import EvaluationSettings, Settings

log = logging.getLogger(__name__)

MANIPULATION = "manipulation"
ABUSIVE = "abusive"
LLM_UNAVAILABLE = "llm_unavailable"


# Without a pool of worker processes the rules run in a worker thread, never on the event loop. A thread
# cannot be stopped, so one that overruns its budget finishes in the background (every pattern is linear
# and the text bounded, so it does end); two threads keep one such reply from holding up the next.
_RULES_THREADS = 2


class Evaluator:
    """``await Evaluator(settings, llm).judge(mail)``; ``judge_rules(mail)`` for the rules alone.

    With ``pool`` (what the daemon uses, ``[evaluation] judge_workers`` > 0) the rules run in worker
    processes and an overrun is stopped by killing its process; otherwise, or with custom ``rules`` (a
    function cannot be sent to another process), in a thread."""

    def __init__(
        self, settings: Settings, llm: LlmClassifier | None = None, *, rules: RulesJudge | None = None,
        pool: JudgePool | None = None,
    ) -> None:
        self.settings = settings
        self.llm = llm
        self._rules = rules
        self.pool = pool if rules is None else None
        self._threads = ThreadPoolExecutor(_RULES_THREADS, thread_name_prefix="endorsebot-judge")

    async def _rules_off_loop(self, mail: ParsedMail) -> Judgement:
        """The rules off the event loop, within the budget: the inbox, the outbox and signals carry on
        meanwhile, and a reply built to be slow costs its budget once, then is quarantined."""
        budget_s = self.settings.evaluation.judge_budget_s
        if self.pool is not None:
            job = RulesInput.of(mail, self.settings.evaluation)
            return await self.pool.judge(job, self.settings.evaluation, budget_s)
        try:
            return await within_budget(self._threads, lambda: self.judge_rules(mail), budget_s)
        except TimeoutError:
            raise JudgeTimeout(f"the rules took longer than {budget_s:g} s") from None

    def start(self) -> None:
        """Start the judge's worker processes in the background, so the first reply does not wait."""
        if self.pool is not None:
            self.pool.start()

    async def close(self) -> None:
        if self.pool is not None:
            await self.pool.close()
        self._threads.shutdown(wait=False, cancel_futures=True)

    def judge_rules(self, mail: ParsedMail) -> Judgement:
        return judge_bounded(mail, self.settings.evaluation, self._rules)

    async def judge(self, mail: ParsedMail) -> Judgement:
        rules = await self._rules_off_loop(mail)
        if rules.manipulation or rules.abusive:
            return _vetoed(rules)
        if {TOO_LONG, STYLE_UNCHECKED, OUT_OF_SIGHT, FORWARDED, RETRACTED, PICTURE_ONLY, PICTURE_UNREAD,
                UNREAD_PASSAGE} & set(rules.reasons):
            # A person reads it anyway; the model would see only part of it (or text the style hides, or
            # text out of a reader's sight, or someone else's words) and cost money for nothing.
            return rules
        mode = self.settings.classifier.mode
        if mode == "rules":
            return rules
        if not mail.reply_text.strip():
            return rules  # nothing of the candidate's own to read: no question worth paying for
        if self.llm is None:
            return fall_back(rules, "llm_not_configured", self.settings.evaluation)
        return await self._with_model(self.llm, rules, mail.reply_text)

    async def _with_model(self, llm: LlmClassifier, rules: Judgement, reply_text: str) -> Judgement:
        try:
            async with asyncio.timeout(self._bound_s()):
                view = await llm.classify(reply_text)
        except TimeoutError:
            llm.stats.record_error("llm_timeout")
            return self._fall_back(rules, "llm_timeout: no answer within the total bound")
        except (TransientError, PermanentError) as exc:
            # A malformed or refused answer is still billed: its cost goes on record with the verdict.
            usage = getattr(exc, "usage", None)
            cost = cost_usd(usage, self.settings.llm) if usage is not None else 0.0
            return self._fall_back(rules, _describe(exc), billed_usd=cost)
        except Exception as exc:
            # A bug on the LLM path must not cost the candidate their evaluation: rules still stand.
            log.exception("LLM classifier failed unexpectedly")
            return self._fall_back(rules, _describe(exc))
        if self.settings.classifier.mode == "both":
            judgement = combine_both(rules, view)
        else:  # alone, the model needs the proof "both" gets from the rules: quotes the reply does not negate
            judgement = combine_llm(rules, without_negated(view, reply_text, rules.language, self.settings.evaluation))
        kept = {key: rules.details[key] for key in (RETRACTED, PICTURE_UNREAD) if key in rules.details}
        if kept:
            judgement = review_retracted(dataclasses.replace(judgement, details={**judgement.details, **kept}))
        if any(name.startswith("disagree:") for name in judgement.reasons):
            llm.stats.disagreements += 1
        return judgement

    def _fall_back(self, rules: Judgement, error: str, *, billed_usd: float = 0.0) -> Judgement:
        log.warning("LLM unavailable, judged by rules: %s", error)
        judgement = fall_back(rules, error, self.settings.evaluation)
        if billed_usd:
            judgement = dataclasses.replace(judgement, details={**judgement.details, "llm_cost_usd": billed_usd})
        return judgement

    def _bound_s(self) -> float:
        llm = self.settings.llm
        return llm.timeout_s * (llm.max_retries + 1)


def _describe(exc: BaseException) -> str:
    kind = error_kind(exc)
    text = str(exc)
    return text if text.startswith(kind) else f"{kind}: {text}"


def _with_reasons(reasons: tuple[str, ...], *extra: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*reasons, *extra)))


def _vetoed(rules: Judgement) -> Judgement:
    """The reply addresses the grader or is abusive: a human decides, whatever a model would say."""
    extra = [MANIPULATION] if rules.manipulation else []
    extra += [ABUSIVE] if rules.abusive else []
    details = {**rules.details, "llm_skipped": "model not asked, flagged by rules: " + ", ".join(extra)}
    return dataclasses.replace(
        rules, verdict=Verdict.NEEDS_REVIEW, reasons=_with_reasons(rules.reasons, *extra), details=details
    )


def fall_back(rules: Judgement, error: str, settings: EvaluationSettings) -> Judgement:
    """The model gave nothing usable: keep the rules' verdict unless one item decided it."""
    verdict = Verdict.NEEDS_REVIEW if is_borderline(rules, settings) else rules.verdict
    return dataclasses.replace(
        rules,
        verdict=verdict,
        reasons=_with_reasons(rules.reasons, LLM_UNAVAILABLE),
        details={**rules.details, "llm_error": error},
    )


def is_borderline(rules: Judgement, settings: EvaluationSettings) -> bool:
    """True when one evidence item more or less would flip pass/fail.

    Counted criteria only (threshold >= 2): with a threshold of 1 every yes/no finding would be
    "one item away", and the fallback would send everything to review.
    """
    thresholds = {"tools": settings.min_tools, "metrics": settings.min_metrics, "angry_customer_tip": settings.min_tips}
    counts = {name: len(result.evidence) for name, result in rules.criteria.items()}
    counted = {name: t for name, t in thresholds.items() if t >= 2 and name in counts}
    if rules.verdict == Verdict.PASS:
        return any(counts[name] == t for name, t in counted.items())
    if rules.verdict == Verdict.FAIL:
        missing = [name for name, result in rules.criteria.items() if not result.met]
        return len(missing) == 1 and missing[0] in counted and counts[missing[0]] == counted[missing[0]] - 1
    return False


def _llm_details(rules: Judgement, view: LlmView, **extra: object) -> dict[str, object]:
    return {**rules.details, "llm": view.details, **extra}


def _grader_flag(judgement: Judgement, view: LlmView) -> Judgement:
    """The model says the reply addresses the grader: stricter only, never a pass."""
    if not view.addresses_grader:
        return judgement
    return dataclasses.replace(
        judgement,
        verdict=Verdict.NEEDS_REVIEW,
        manipulation=True,
        reasons=_with_reasons(judgement.reasons, MANIPULATION),
    )


def combine_both(rules: Judgement, view: LlmView) -> Judgement:
    """Agreement per criterion keeps the rules' verdict; any disagreement sends it to a human."""
    criteria: dict[str, CriterionResult] = {}
    disagreements: dict[str, dict[str, object]] = {}
    for name, by_rules in rules.criteria.items():
        by_llm = view.criteria.get(name, CriterionResult(False, source=Source.LLM))
        agree = by_rules.met == by_llm.met
        notes = by_rules.notes if agree else (*by_rules.notes, f"rules met={by_rules.met}, llm met={by_llm.met}")
        # On disagreement the criterion is not counted as met: neither view alone can pass it.
        criteria[name] = CriterionResult(
            by_rules.met and by_llm.met, by_rules.evidence, Source.BOTH, notes, llm_quotes=by_llm.llm_quotes,
            why=by_rules.why,
        )
        if not agree:
            disagreements[name] = {
                "rules": {"met": by_rules.met, "evidence": list(by_rules.evidence)},
                "llm": {"met": by_llm.met, "quotes": list(by_llm.llm_quotes)},
            }
    verdict, reasons = rules.verdict, rules.reasons
    if disagreements:
        verdict = Verdict.NEEDS_REVIEW
        reasons = _with_reasons(reasons, *(f"disagree:{name}" for name in disagreements))
    judgement = dataclasses.replace(
        rules,
        verdict=verdict,
        criteria=criteria,
        reasons=reasons,
        details=_llm_details(rules, view, disagreements=disagreements),
    )
    return _grader_flag(judgement, view)


def combine_llm(rules: Judgement, view: LlmView) -> Judgement:
    """The model's verified findings decide; the rules' view is kept for reviewers."""
    missing = tuple(f"missing:{name}" for name, result in view.criteria.items() if not result.met)
    verdict = Verdict.PASS if view.all_met else Verdict.FAIL
    judgement = dataclasses.replace(
        rules,
        verdict=verdict,
        criteria=dict(view.criteria),
        reasons=missing,
        details=_llm_details(rules, view, rules_view=rules.criteria_json(), rules_verdict=str(rules.verdict)),
    )
    return _grader_flag(judgement, view)


def build_llm_classifier(
    settings: Settings,
    clock: Clock | None = None,
    *,
    environ: dict[str, str] | None = None,
    recorded_spend: RecordedSpend | None = None,
) -> LlmClassifier | None:
    """The classifier the settings ask for, or None in "rules" mode (no openai import then).

    ``recorded_spend`` reads today's spend as the verdicts recorded it, so the daily cap is shared by
    every instance and survives restarts; without it (offline evaluation) the cap is per process."""
    if settings.classifier.mode == "rules":
        return None
    from bot.adapters.llm import OpenAIChatClient
    from bot.evaluation.llm.budget import LlmStats

    key = settings.llm.api_key(environ)
    if not key and settings.llm.requires_api_key:
        log.warning(
            "classifier mode %r but %s is not set: every call will fail and rules will judge",
            settings.classifier.mode,
            settings.llm.api_key_env,
        )
    stats = LlmStats()
    clock = clock or SystemClock()
    client = OpenAIChatClient(settings.llm, key, on_retry=stats.record_retry)
    budget = DailyBudget(settings.llm.daily_budget_usd, clock, recorded=recorded_spend)
    return LlmClassifier(client, settings, clock, budget, stats=stats)
