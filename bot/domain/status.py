"""Request statuses and the one table of allowed transitions (DESIGN.md)."""

from __future__ import annotations

import enum


class Status(enum.StrEnum):
    REQUESTED = "requested"
    SENT = "sent"
    REMINDED = "reminded"
    REPLIED = "replied"
    NEEDS_REVIEW = "needs_review"
    PASSED = "passed"
    FAILED = "failed"
    EXPIRED = "expired"
    UNDELIVERABLE = "undeliverable"
    WITHDRAWN = "withdrawn"


S = Status
TRANSITIONS: dict[Status, frozenset[Status]] = {
    S.REQUESTED: frozenset({S.SENT, S.UNDELIVERABLE, S.WITHDRAWN}),
    S.SENT: frozenset({S.REMINDED, S.REPLIED, S.EXPIRED, S.UNDELIVERABLE, S.WITHDRAWN}),
    S.REMINDED: frozenset({S.REMINDED, S.REPLIED, S.EXPIRED, S.UNDELIVERABLE, S.WITHDRAWN}),
    # Back to replied: a later on-time reply is judged together with the earlier ones.
    S.REPLIED: frozenset({S.PASSED, S.FAILED, S.NEEDS_REVIEW, S.REPLIED}),
    S.NEEDS_REVIEW: frozenset({S.PASSED, S.FAILED}),
    S.PASSED: frozenset(),
    S.FAILED: frozenset(),
    # Reopened when an answer that reached the mailbox before the deadline is read after the expiry
    # (the daemon was down at the deadline): on time is decided by the server's receipt time.
    S.EXPIRED: frozenset({S.SENT}),
    S.UNDELIVERABLE: frozenset(),
    S.WITHDRAWN: frozenset(),
}

FINAL: frozenset[Status] = frozenset(s for s, targets in TRANSITIONS.items() if not targets)
# A reply can still arrive and count while the request is in one of these.
AWAITING_REPLY: frozenset[Status] = frozenset({S.SENT, S.REMINDED, S.REPLIED})


class TransitionError(ValueError):
    """A status change the table does not allow."""


def check_transition(current: Status, target: Status) -> None:
    if target not in TRANSITIONS[current]:
        raise TransitionError(f"{current} -> {target} is not an allowed transition")
