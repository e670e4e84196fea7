"""Kinds are decided by independent evidence, not by one MTA's subject line.

A failure report without RFC 3464 structure is a bounce when it says delivery failed (subject,
wording, an SMTP diagnostic) and something shows a mail system sent it (daemon sender, null
envelope, machine headers, a returned copy); that evidence outranks Precedence: bulk. Wording
alone, in a person's reply or a helpdesk notice, is not a bounce. Out-of-office notices are
recognised by their subject in many languages, and Lotus Notes' "AUTO: ... is out of the office".
"""

from __future__ import annotations

import pytest

from bot.mail.kinds import MailFacts, bounce_evidence
from bot.mail.message import MailKind
from bot.mail.parse import parse_mail
from tests.mail.conftest import FIXTURES


def _facts(name: str) -> MailFacts:
    mail = parse_mail((FIXTURES / f"{name}.eml").read_bytes())
    return MailFacts(headers=mail.headers, from_addr=mail.from_addr, from_name=mail.from_name,
                     subject=mail.subject, content_type="text/plain", report_type="", part_types=frozenset(),
                     body_text=mail.text)


@pytest.mark.parametrize(
    "scenario",
    [
        "bounce_aol_mail_delivery_problem",  # subject not in any list; null envelope, returned headers
        "bounce_yahoo_failure_delivery",  # "failure delivery", 550 5.1.1 transcript
        "bounce_antivirus_gateway_interscan",  # a gateway's name, not MAILER-DAEMON
        "bounce_system_administrator_exchange",  # "System Administrator", Exchange 2003 wording
        "bounce_german_null_envelope",  # wording in German, Return-Path: <>
    ],
)
def test_plain_text_failure_report_is_a_bounce(parsed, scenario):
    assert parsed(scenario).kind is MailKind.BOUNCE


@pytest.mark.parametrize(
    "scenario",
    ["bounce_old_mta_failed_mail_precedence_bulk", "bounce_old_mta_non_delivery_precedence_bulk"],
)
def test_old_mta_report_with_precedence_bulk_is_a_bounce_not_an_auto_reply(parsed, scenario):
    assert parsed(scenario).kind is MailKind.BOUNCE


@pytest.mark.parametrize("scenario", ["bounce_delay_gmail_dsn", "bounce_delay_sendmail_warning"])
def test_delay_warning_is_a_bounce_kind_that_says_it_is_only_delayed(parsed, scenario):
    mail = parsed(scenario)
    assert mail.kind is MailKind.BOUNCE
    assert mail.reply_text == ""
    assert mail.delivery_delayed


@pytest.mark.parametrize(
    "scenario",
    ["bounce_aol_mail_delivery_problem", "bounce_yahoo_failure_delivery", "bounce_qmail_plain",
     "bounce_system_administrator_exchange"],
)
def test_a_failure_is_not_a_delay_warning(parsed, scenario):
    assert not parsed(scenario).delivery_delayed


def test_a_person_who_mentions_a_failed_delivery_and_an_smtp_code_is_replying(parsed):
    mail = parsed("human_reply_mentions_a_failed_delivery")
    assert mail.kind is MailKind.REPLY
    assert "Sprout Social" in mail.reply_text
    # The words are there, but nothing shows a mail system sent it.
    assert not bounce_evidence(_facts("human_reply_mentions_a_failed_delivery")).is_bounce


def test_failure_wording_under_precedence_bulk_alone_is_an_auto_reply(parsed):
    assert parsed("helpdesk_bulk_page_does_not_exist").kind is MailKind.AUTO_REPLY


def test_out_of_office_subject_outranks_failure_wording_without_a_mail_system(parsed):
    assert parsed("out_of_office_says_not_delivered_to_owner").kind is MailKind.AUTO_REPLY


def test_lotus_notes_auto_subject_is_an_auto_reply(parsed):
    assert parsed("out_of_office_lotus_auto_subject").kind is MailKind.AUTO_REPLY


def test_auto_reply_tag_in_brackets_before_the_subject_is_an_auto_reply(parsed):
    assert parsed("out_of_office_bracketed_tag_subject").kind is MailKind.AUTO_REPLY


@pytest.mark.parametrize(
    "language",
    ["it", "nl", "pl", "pl_outlook", "sv", "da", "no", "fi", "cs", "tr", "ru", "ja", "zh", "ko",
     "lv", "lv_ascii", "lt", "et", "bg", "hr", "sl", "ca", "he", "ar", "vi", "id", "th"],
)
def test_out_of_office_subject_in_language_is_an_auto_reply(parsed, language):
    mail = parsed(f"out_of_office_subject_{language}")
    assert mail.kind is MailKind.AUTO_REPLY
    assert mail.reply_text == ""


@pytest.mark.parametrize(
    ("scenario", "addresses"),
    [
        ("bounce_yahoo_failure_delivery", ("missing.person@yahoo.example",)),
        ("bounce_antivirus_gateway_interscan", ("left.company@corp.example",)),
        ("bounce_system_administrator_exchange", ("left.company@corp.example",)),
        ("bounce_german_null_envelope", ("weg@provider.example",)),
        ("bounce_old_mta_failed_mail_precedence_bulk", ("gone.candidate@old.example",)),
        ("bounce_old_mta_non_delivery_precedence_bulk", ("gone.candidate@legacy.example",)),
        # Exchange's "Your message / To: ... / did not reach the following recipient(s):" and X.400's
        # "dda:SMTP=" attribute: the list our message went to did not fail, the address after the words did.
        ("bounce_exchange_your_message_did_not_reach", ("left.company@corp.example",)),
        ("bounce_address_in_quotes", ("gone.away@host.example",)),
        # "... your original message follow:" starts the returned copy, whose To: line names others.
        ("bounce_delay_first_lines_follow", ("busy.person@host.example",)),
        ("bounce_original_message_as_received_follows", ("jdoe@lab.example",)),
        # A report whose returned copy is inline text after "Content-Type: message/rfc822" (MIME not declared).
        ("bounce_report_with_inline_returned_copy", ("left.company@corp.example",)),
        # RFC 3464 §2.3: Original-Recipient is the address as we gave it; Final-Recipient may be an alias.
        ("bounce_dsn_original_and_final_recipient", ("dana@agency.example",)),
        # A recipient whose Action is "delayed" did not fail (yet).
        ("bounce_dsn_one_failed_one_delayed", ("gone@agency.example",)),
    ],
)
def test_the_failed_recipient_is_read_from_the_report(parsed, scenario, addresses):
    assert parsed(scenario).bounced_addrs == addresses


@pytest.mark.parametrize("scenario", sorted(p.stem for p in FIXTURES.glob("bounce_*.eml")))
def test_our_own_address_named_in_a_report_or_its_returned_copy_never_failed(parsed, scenario):
    assert not any(a.startswith("endorse") and a.endswith("@bot.example") for a in parsed(scenario).bounced_addrs)


@pytest.mark.parametrize(
    ("scenario", "addresses"),
    [
        ("bounce_chinese_wording_mid_sentence", ("zhang.wei@mail-cn.example",)),  # "...而无法投递。"
        ("bounce_japanese_wording_mid_sentence", ("sato@mail-jp.example",)),  # "メッセージを配信できませんでした"
        ("bounce_korean_wording_attached_ending", ("kim@mail-kr.example",)),  # subject "메일전송 실패 안내"
    ],
)
def test_failure_wording_inside_unspaced_text_is_found(parsed, scenario, addresses):
    # Chinese and Japanese write no spaces between words and Korean attaches endings to the stem: a
    # listed phrase next to another letter of those scripts is still the phrase.
    mail = parsed(scenario)
    assert mail.kind is MailKind.BOUNCE
    assert mail.bounced_addrs == addresses


def test_out_of_office_subject_run_on_with_more_japanese_is_an_auto_reply(parsed):
    mail = parsed("out_of_office_subject_ja_run_on")  # "自動返信メール: ..."
    assert mail.kind is MailKind.AUTO_REPLY
    assert mail.reply_text == ""


def test_a_message_without_a_from_field_is_not_from_a_mail_system(parsed):
    # No From field says nothing about the sender; only an empty one ("From: <>") is a report's mark.
    mail = parsed("human_message_without_from_header")
    assert mail.kind is MailKind.REPLY
    assert "Buffer" in mail.reply_text


def test_a_report_in_its_own_words_from_an_empty_sender_is_a_bounce(parsed):
    # Exim lets a router fail an address with any text; Auto-Submitted alone would make it an auto-reply.
    mail = parsed("bounce_custom_fail_text_not_a_valid_user")
    assert mail.kind is MailKind.BOUNCE
    assert mail.bounced_addrs == ("someone.else@host.example",)


def test_a_delivery_warning_that_says_postponed_is_a_delay(parsed):
    mail = parsed("bounce_delay_postponed_warning")
    assert mail.kind is MailKind.BOUNCE
    assert mail.delivery_delayed


def test_a_feedback_complaint_without_report_structure_is_a_report(parsed):
    # A feedback loop that sends the complaint as text and the message as an attachment (no RFC 5965
    # multipart/report), in RFC 5965's own wording: "This is an email abuse report for ...".
    mail = parsed("bounce_feedback_complaint_without_report_structure")
    assert mail.kind is MailKind.BOUNCE
    assert mail.reply_text == ""


def test_a_line_of_spaces_before_the_header_block_is_skipped(parsed):
    mail = parsed("reply_with_a_line_of_spaces_before_its_headers")
    assert mail.kind is MailKind.REPLY
    assert mail.reply_text == "I schedule posts in Buffer and design in Canva."


@pytest.mark.parametrize("scenario", [
    "reply_through_a_mailing_list", "reply_through_a_mailing_list_precedence_bulk",
    # Older lists name themselves only in Sender / Return-Path (Majordomo "owner-x@", "x-owner@"); a
    # forwarder rewrites the envelope sender (SRS, "SRS0=...@forwarder") and adds Precedence: bulk too.
    "reply_through_an_older_list_sender_owner", "reply_through_a_list_owner_suffix", "reply_through_a_forwarder_srs",
])
def test_a_post_that_came_through_a_mailing_list_is_a_persons(parsed, scenario):
    # The list (List-Id, List-Post, or its owner address) put Precedence: list or bulk on every member's post.
    mail = parsed(scenario)
    assert mail.kind is MailKind.REPLY
    assert mail.reply_text == "I schedule posts in Buffer and design in Canva."


def test_precedence_auto_reply_is_an_auto_reply_even_through_a_list(parsed):
    assert parsed("auto_reply_precedence_auto_reply_through_a_list").kind is MailKind.AUTO_REPLY


@pytest.mark.parametrize("scenario", ["challenge_response_allowed_list", "challenge_response_approved_senders"])
def test_a_challenge_response_filters_request_to_verify_the_sender_is_an_auto_reply(parsed, scenario):
    """A challenge-response filter holds the message until the sender follows its link to an allowed list;
    it writes from the recipient's address with no automatic-reply header and a "Re:" subject."""
    assert parsed(scenario).kind is MailKind.AUTO_REPLY


def test_a_person_mentioning_approved_senders_without_a_link_is_a_reply(parsed):
    assert parsed("challenge_words_in_a_persons_reply").kind is MailKind.REPLY


@pytest.mark.parametrize(
    "scenario",
    ["bounce_exchange_portuguese_plain", "bounce_exchange_swedish_plain", "bounce_yahoo_german_failure"],
)
def test_localised_failure_notice_without_a_report_part_is_a_bounce(parsed, scenario):
    """Exchange's "Não é possível entregar:" / "Kan inte levereras:" and Yahoo's "Fehler bei der Zustellung"
    from a mail system, in plain text with no RFC 3464 part."""
    assert parsed(scenario).kind is MailKind.BOUNCE


def test_localised_delay_notice_is_a_bounce_kind_that_says_it_is_only_delayed(parsed):
    mail = parsed("bounce_delay_exchange_french_plain")  # "Remise différée :"
    assert mail.kind is MailKind.BOUNCE
    assert mail.delivery_delayed


def test_a_person_mentioning_a_delivery_error_is_a_reply(parsed):
    assert parsed("person_reply_about_a_delivery_error").kind is MailKind.REPLY


@pytest.mark.parametrize(
    ("language", "address"), [("zh", "chen.wei@cn.example"), ("ko", "minji.park@kr.example")]
)
def test_exchange_failure_subject_in_simplified_chinese_and_korean(parsed, language, address):
    # Issue 9 item 8, Exchange NDRs in further languages: "无法传递:" and "배달되지 않음:" were no failure subjects,
    # so a report from postmaster whose text names no listed wording or SMTP code was read as a reply.
    mail = parsed(f"bounce_exchange_subject_in_{language}")
    assert mail.kind is MailKind.BOUNCE
    assert mail.bounced_addrs == (address,)
