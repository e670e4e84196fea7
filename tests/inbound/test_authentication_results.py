"""Issue 10 item 5: reading our MTA's Authentication-Results (RFC 8601) the way an attacker cannot bend.

Each row is a header block a hostile sender can write above or below ours, and what the bot must conclude
about ``From: alice@members.example``. Our MTA is ``mx.bot.test``.
"""

from __future__ import annotations

import pytest

from bot.inbound.auth import AuthVerdict, aligned, read_results
from bot.mail.message import ParsedMail
from bot.mail.parse import parse_mail

TRUSTED = ("mx.bot.test",)


def mail_with(headers: str, sender: str = "alice@members.example") -> ParsedMail:
    raw = f"{headers}From: Alice <{sender}>\nTo: bot@bot.test\nSubject: hi\nMessage-ID: <a@b>\n\nhello\n"
    return parse_mail(raw.replace("\n", "\r\n").encode())


@pytest.mark.parametrize(("headers", "verdict"), [
    # An aligned DMARC pass from our MTA: the one case that proves the From domain.
    ("Authentication-Results: mx.bot.test; dmarc=pass header.from=members.example\n", AuthVerdict.PASS),
    # The same header written by the sender's own server (an untrusted authserv-id).
    ("Authentication-Results: mx.members.example; dmarc=pass header.from=members.example\n", AuthVerdict.UNKNOWN),
    # A pass for the attacker's domain says nothing about the From domain.
    ("Authentication-Results: mx.bot.test; dmarc=pass header.from=attacker.example;"
     " dkim=pass header.d=attacker.example; spf=pass smtp.mailfrom=attacker.example\n", AuthVerdict.UNKNOWN),
    # A forged header with our id below ours is never merged with it (and two with our id prove nothing).
    ("Authentication-Results: mx.bot.test; dmarc=none header.from=members.example\n"
     "Authentication-Results: mx.bot.test; dmarc=pass header.from=members.example\n", AuthVerdict.UNKNOWN),
    # Results inside a comment are not results (the old `dmarc=word` scan over free text believed them).
    ("Authentication-Results: mx.bot.test; spf=none (dmarc=pass dkim=pass) smtp.mailfrom=members.example\n",
     AuthVerdict.UNKNOWN),
    # A DMARC pass that names no header.from cannot be checked for alignment.
    ("Authentication-Results: mx.bot.test; dmarc=pass\n", AuthVerdict.UNKNOWN),
    # Relaxed alignment: a DKIM signature of a subdomain of the From domain's organizational domain.
    ("Authentication-Results: mx.bot.test; dkim=pass header.d=mail.members.example\n", AuthVerdict.PASS),
    # A look-alike that merely ends with the From domain's name is another organization.
    ("Authentication-Results: mx.bot.test; dkim=pass header.d=members.example.attacker.test\n", AuthVerdict.UNKNOWN),
    # SPF aligns the envelope sender only; a HELO name proves nothing about From.
    ("Authentication-Results: mx.bot.test; spf=pass smtp.helo=members.example\n", AuthVerdict.UNKNOWN),
    ("Authentication-Results: mx.bot.test; spf=pass smtp.mailfrom=bounces@members.example\n", AuthVerdict.PASS),
    # DMARC fail from our MTA is a refusal.
    ("Authentication-Results: mx.bot.test; dmarc=fail header.from=members.example\n", AuthVerdict.FAIL),
    # With a second header bearing our id, our MTA did not remove the sender's (RFC 8601 section 5): which is its
    # own is unknown, so neither counts (test_authentication_results_our_mta_did_not_remove.py).
    ("Authentication-Results: mx.bot.test; dmarc=fail header.from=members.example\n"
     "Authentication-Results: mx.bot.test; dmarc=pass header.from=members.example\n", AuthVerdict.UNKNOWN),
    # An unparseable header is not ours; a huge one is not read at all.
    ("Authentication-Results: mx.bot.test; dmarc=pass header.from=members.example; ===\n", AuthVerdict.UNKNOWN),
    ("Authentication-Results: mx.bot.test; " + "x=y; " * 3000 + "dmarc=pass header.from=members.example\n",
     AuthVerdict.UNKNOWN),
])
def test_only_an_aligned_result_in_our_top_most_header_counts(headers: str, verdict: AuthVerdict) -> None:
    assert read_results(mail_with(headers), TRUSTED).verdict is verdict


def test_with_no_trusted_authserv_id_every_header_is_ignored() -> None:
    header = "Authentication-Results: mx.bot.test; dmarc=pass header.from=members.example\n"
    assert read_results(mail_with(header), ()).verdict is AuthVerdict.UNKNOWN


@pytest.mark.parametrize(("domain", "from_domain", "expected"), [
    ("mail.example.co.uk", "example.co.uk", True),
    ("co.uk", "example.co.uk", False),  # a public suffix is nobody's organization
    ("other.co.uk", "example.co.uk", False),
    ("Members.Example.", "members.example", True),  # case and a trailing root dot change nothing
    ("user.github.io", "attacker.github.io", False),  # private suffixes in the list count too
])
def test_relaxed_alignment_uses_the_public_suffix_list(domain: str, from_domain: str, expected: bool) -> None:
    assert aligned(domain, from_domain) is expected


def test_a_pile_of_foreign_or_oversized_headers_costs_one_parse_at_most(monkeypatch: pytest.MonkeyPatch) -> None:
    # authres grows faster than the header it parses: only the one header we believe may reach it.
    import authres

    calls = []
    real = authres.AuthenticationResultsHeader.parse_value

    def counting(value: str) -> object:
        calls.append(len(value))
        return real(value)

    monkeypatch.setattr(authres.AuthenticationResultsHeader, "parse_value", staticmethod(counting))
    foreign = "".join(f"Authentication-Results: mx{n}.attacker.example; {'x=y; ' * 400}dmarc=pass\n"
                      for n in range(50))
    ours = "Authentication-Results: mx.bot.test; dmarc=pass header.from=members.example\n"
    assert read_results(mail_with(ours + foreign), TRUSTED).verdict is AuthVerdict.PASS
    assert len(calls) == 1
    oversized = f"Authentication-Results: mx.bot.test; {'x=y; ' * 2000}dmarc=pass header.from=members.example\n"
    calls.clear()
    assert read_results(mail_with(oversized + ours), TRUSTED).verdict is AuthVerdict.UNKNOWN  # never the lower one
    assert calls == []
