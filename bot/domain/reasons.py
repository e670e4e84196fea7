"""Every refusal of an inbound message has a name, registered once here and stored on the message row.

Stages raise ``Rejection(Reason.X)``; nothing returns None to mean "refused".
"""

from __future__ import annotations

import enum


class Reason(enum.StrEnum):
    # Not a reply a person wrote.
    BOUNCE = "bounce"
    BOUNCE_UNVERIFIED = "bounce_unverified"
    BOUNCE_FROM_A_MAILBOX = "bounce_from_a_mailbox"
    BOUNCE_FOR_ANOTHER_RECIPIENT = "bounce_for_another_recipient"
    BOUNCE_SENDER_REFUSED = "bounce_sender_refused"
    AUTO_REPLY = "auto_reply"
    OWN_MAIL = "own_mail"
    DUPLICATE = "duplicate"
    UNPARSEABLE = "unparseable"
    SENDER_FLOODING = "sender_flooding"
    # Budgets a rotating From cannot escape (bot/inbound/limits.py).
    REQUEST_FLOODING = "request_flooding"
    DOMAIN_FLOODING = "domain_flooding"
    INBOUND_BUDGET = "inbound_budget"
    # A From that names no single honest mailbox (issue 10 item 6, "Mailsploit").
    AMBIGUOUS_SENDER = "ambiguous_sender"
    ENCODED_SENDER = "encoded_sender"
    # Could not be tied to a request.
    NO_MATCHING_REQUEST = "no_matching_request"
    WRONG_SENDER = "wrong_sender"
    FORGED_SENDER = "forged_sender"
    REQUEST_CLOSED = "request_closed"
    LATE = "late"
    EMPTY_REPLY = "empty_reply"
    # Requests started by email.
    UNKNOWN_ENDORSER = "unknown_endorser"
    SENDER_NOT_AUTHENTICATED = "sender_not_authenticated"
    RATE_LIMITED = "rate_limited"
    NO_CANDIDATE = "no_candidate"
    CANDIDATE_NOT_ALLOWED = "candidate_not_allowed"
    UNPRINTABLE_NAME = "unprintable_name"
    # A signed request re-sent: its DKIM signature already started a request, or is too old (bot.inbound.auth).
    REPLAYED_SIGNATURE = "replayed_signature"
    # The confirmation round-trip of an unauthenticated request by email (bot.inbound.confirmation).
    CONFIRMATION_PENDING = "confirmation_pending"
    CONFIRMATION_INVALID = "confirmation_invalid"
    CONFIRMATION_USED = "confirmation_used"
    CONFIRMATION_EXPIRED = "confirmation_expired"
    CONFIRMATION_NOT_YES = "confirmation_not_yes"
    # Admin commands by email (bot.admin.mail_commands).
    ADMIN_NOT_AUTHORIZED = "admin_not_authorized"
    ADMIN_BAD_SIGNATURE = "admin_bad_signature"
    ADMIN_UNSIGNED = "admin_unsigned"
    ADMIN_NOT_AUTHENTICATED = "admin_not_authenticated"
    ADMIN_AWAITING_CONFIRMATION = "admin_awaiting_confirmation"
    # An unexpected error while handling: kept for admins, never dropped.
    QUARANTINED = "quarantined"
    JUDGE_TIMEOUT = "judge_timeout"
    PARSE_TIMEOUT = "parse_timeout"


DESCRIPTIONS: dict[Reason, str] = {
    Reason.BOUNCE: "a delivery failure report (RFC 3464 or a server's own format)",
    Reason.BOUNCE_UNVERIFIED: "a delivery failure report naming a candidate, sent to the plain address without our "
                              "Message-ID: kept for admins, the request is not changed",
    Reason.BOUNCE_FROM_A_MAILBOX: "a delivery failure report for a request sent from the candidate's own address, "
                                  "or with a person's mailbox as its return path where a mail system's report has "
                                  "an empty one: kept for admins (alerted), the request stays open",
    Reason.BOUNCE_FOR_ANOTHER_RECIPIENT: "a delivery failure report for a request that names only addresses other "
                                         "than the request's candidate: kept for admins (alerted), the request "
                                         "stays open",
    Reason.BOUNCE_SENDER_REFUSED: "a delivery failure report for a request whose From domain our MTA's DMARC check "
                                  "says refused it: kept for admins (alerted), the request stays open",
    Reason.AUTO_REPLY: "an automatic reply such as an out-of-office notice (RFC 3834); never answered",
    Reason.OWN_MAIL: "mail the bot itself sent, looped back",
    Reason.DUPLICATE: "the same message was already handled",
    Reason.UNPARSEABLE: "the message could not be parsed",
    Reason.SENDER_FLOODING: "one more message from a sender over [security] max_inbound_per_sender_per_hour: "
                            "recorded without its raw bytes, never judged",
    Reason.REQUEST_FLOODING: "one more message for a request over [security] max_inbound_per_request, from any "
                             "sender: recorded without its raw bytes, never judged",
    Reason.DOMAIN_FLOODING: "one more message from an organizational domain (with all its subdomains) over "
                            "[security] max_inbound_per_domain_per_hour: recorded without its raw bytes, never judged",
    Reason.INBOUND_BUDGET: "one more message over the bot's [security] max_inbound_per_hour (mail for a request "
                           "and admins' mail are not counted against it): recorded without its raw bytes, "
                           "never judged; admins are alerted once an hour",
    Reason.AMBIGUOUS_SENDER: "the From header appears twice or names several mailboxes (RFC 5322 allows one author)",
    Reason.ENCODED_SENDER: "the From address is hidden in RFC 2047 encoded words (a Mailsploit forgery)",
    Reason.NO_MATCHING_REQUEST: "no open request matches its address, token or references",
    Reason.WRONG_SENDER: "sent from an address other than the candidate's",
    Reason.FORGED_SENDER: "the sender's domain failed authentication (DMARC/SPF/DKIM)",
    Reason.REQUEST_CLOSED: "the request had already ended",
    Reason.LATE: "arrived at the bot's mailbox after the deadline",
    Reason.EMPTY_REPLY: "no new text from the candidate (only quotes or a signature)",
    Reason.UNKNOWN_ENDORSER: "a request by email from someone who is not a registered endorser",
    Reason.SENDER_NOT_AUTHENTICATED: "a request by email whose sender failed authentication",
    Reason.RATE_LIMITED: "the endorser has started too many requests today",
    Reason.NO_CANDIDATE: "a request by email that names no candidate address",
    Reason.CANDIDATE_NOT_ALLOWED: "the candidate address is the bot, an admin or the endorser",
    Reason.UNPRINTABLE_NAME: "a request by email whose candidate name holds a control, escape or bidi override "
                             "character (bot.domain.names): no request is made, nobody is mailed",
    Reason.REPLAYED_SIGNATURE: "a request by email whose DKIM signature already started a request, or was made "
                               "more than 7 days before it arrived: a signed message re-sent, not a new request",
    Reason.CONFIRMATION_PENDING: "a request by email for a pair whose earlier request still awaits the endorser's "
                                 "confirmation; no second confirmation email is sent",
    Reason.CONFIRMATION_INVALID: "sent to a confirmation address that is forged, or from another address than "
                                 "the endorser's",
    Reason.CONFIRMATION_USED: "a second answer to a confirmation address already used",
    Reason.CONFIRMATION_EXPIRED: "a confirmation answered after it lapsed; the request was withdrawn",
    Reason.CONFIRMATION_NOT_YES: "an answer to a confirmation address that does not say yes (\"No, that was not "
                                 "me\"): nothing is done, and a yes may still follow until it lapses",
    Reason.ADMIN_NOT_AUTHORIZED: "sent to an admin command address by someone who is not in [admins]",
    Reason.ADMIN_BAD_SIGNATURE: "sent to an admin command address that is forged or was signed for another admin",
    Reason.ADMIN_UNSIGNED: "admin commands sent to the plain bot address instead of an alert's signed reply address",
    Reason.ADMIN_NOT_AUTHENTICATED: "admin commands whose mail did not pass authentication (DMARC/DKIM/SPF)",
    Reason.ADMIN_AWAITING_CONFIRMATION: "admin commands in mail nothing authenticated: held until the admin answers "
                                        "the one-time confirmation address mailed to them",
    Reason.QUARANTINED: "an unexpected error while handling it; kept for admins",
    Reason.JUDGE_TIMEOUT: "judging it took longer than [evaluation] judge_budget_s; kept, never judged again",
    Reason.PARSE_TIMEOUT: "parsing it took longer than [evaluation] parse_budget_s; kept with its bytes (past "
                          "the hour's allowance of such messages, without them), never parsed again",
}
assert set(DESCRIPTIONS) == set(Reason), "every reason needs a description"


class Rejection(Exception):
    """Raised by a pipeline stage to stop processing with a named reason."""

    def __init__(self, reason: Reason, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else str(reason))
        self.reason = reason
        self.detail = detail
