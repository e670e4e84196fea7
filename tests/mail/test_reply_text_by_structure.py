"""Older text is recognised by its structure in any client's language, and nothing the sender wrote
is lost to a look-alike: attributions in more languages, Outlook's two-line header, a forward with
nothing above it, and prose that merely starts with "On"."""

from __future__ import annotations

import pytest

from bot.mail.message import MailKind

OLD_TEXT = "Which tools do you use"


@pytest.mark.parametrize(
    ("scenario", "new_words", "attribution_words"),
    [
        ("catalan_gmail_attribution", "Faig servir Metricool i Canva cada dia.", "va escriure"),
        ("polish_thunderbird_attribution", "Używam Metricool i Canva na co dzień.", "pisze"),
        ("korean_apple_mail_attribution", "저는 Metricool과 Canva를 매일 사용합니다.", "작성"),
        ("croatian_attribution", "Koristim Metricool i Canva svaki dan.", "napisao"),
        ("vietnamese_attribution", "Tôi dùng Metricool và Canva mỗi ngày.", "đã viết"),
        ("ukrainian_attribution", "Я користуюся Metricool і Canva щодня.", "написав"),
        ("czech_attribution_napsal_a", "Používám Metricool a Canva každý den.", "napsal"),
        ("french_attribution_no_break_space", "J'utilise Metricool et Canva tous les jours.", "a écrit"),
        ("polish_apple_mail_attribution", "Używam Metricool i Canva na co dzień.", "napisana przez"),
        # Apple Mail in Arabic wraps the line in direction marks (U+202B ... U+202C, U+200F)
        ("arabic_apple_mail_attribution_direction_marks", "أستخدم Metricool و Canva كل يوم.", "كتب"),
    ],
)
def test_attribution_in_language_is_dropped_with_the_quote(parsed, scenario, new_words, attribution_words):
    mail = parsed(scenario)
    assert mail.kind is MailKind.REPLY
    assert mail.reply_text == new_words
    assert attribution_words not in mail.reply_text


@pytest.mark.parametrize(
    ("scenario", "new_words", "attribution_words"),
    [
        # Thunderbird in German and older ones in English put the name first and the date after the verb
        ("german_thunderbird_name_first_attribution", "Ich nutze Metricool und Canva jeden Tag.", "schrieb am"),
        ("old_thunderbird_name_first_attribution", "I use Metricool and Canva every day.", "wrote on"),
        # Gmail in Thai: "... เขียนว่า:" (the verb with its "that" particle)
        ("thai_gmail_attribution", "ผมใช้ Metricool และ Canva ทุกวัน", "เขียนว่า"),
    ],
)
def test_name_first_attribution_above_a_quote_is_dropped_with_it(parsed, scenario, new_words, attribution_words):
    mail = parsed(scenario)
    assert mail.reply_text == new_words
    assert attribution_words not in mail.reply_text


@pytest.mark.parametrize(
    ("scenario", "new_words", "attribution_words"),
    [
        ("horde_quoting_attribution", "I use Metricool and Canva every day.", "Quoting"),
        ("mutt_address_and_date_attribution", "I use Metricool and Canva every day.", "[2026-12-01 09:12]"),
        ("outlook_web_german_hat_geschrieben_attribution", "Ich nutze Metricool und Canva jeden Tag.", "geschrieben"),
    ],
)
def test_a_line_naming_an_address_and_ending_in_a_colon_over_a_quote_is_dropped_with_it(
        parsed, scenario, new_words, attribution_words):
    mail = parsed(scenario)
    assert mail.reply_text == new_words
    assert attribution_words not in mail.reply_text


def test_an_address_line_ending_in_a_colon_over_the_senders_own_words_is_kept(parsed):
    mail = parsed("address_line_with_colon_above_own_words")
    assert "my work address, jane.roe@work.example:" in mail.reply_text
    assert "I watch reach, saves and reply time." in mail.reply_text


def test_a_name_first_line_above_the_senders_own_lines_is_kept(parsed):
    """Without a quote under it, "My manager wrote on 01.12.2026:" introduces what the sender writes."""
    mail = parsed("name_first_line_above_no_quote_is_prose")
    assert "My manager wrote on 01.12.2026:" in mail.reply_text
    assert "Reply to angry people within the hour" in mail.reply_text


def test_outlook_two_line_header_starts_the_older_message(parsed):
    mail = parsed("outlook_two_line_header")
    assert mail.reply_text == "I use Metricool and Canva every day."
    assert OLD_TEXT not in mail.reply_text and "mailto" not in mail.reply_text


def test_a_forward_with_nothing_written_above_is_read_as_what_the_sender_passes_on(parsed):
    mail = parsed("forward_with_nothing_written_above")
    assert mail.reply_text == "I use Metricool and Canva every day, and I watch reach, saves and reply time."
    # The forward's own header block and the request quoted inside it are still not the sender's words.
    for old in ("Forwarded message", "dana.reyes@work.example", "Subject:", OLD_TEXT, "wrote:"):
        assert old not in mail.reply_text


def test_a_reply_with_text_above_a_forward_keeps_only_that_text(parsed):
    assert parsed("forwarded_message").reply_text == "Forwarding my earlier notes."


def test_a_paragraph_starting_with_on_and_ending_in_wrote_is_the_senders_own_text(parsed):
    mail = parsed("sentence_starting_on_is_not_an_attribution")
    for kept in ("On Monday I asked the 3 community managers", "Social, Brandwatch and Canva.", "I still follow it.",
                 "On 2 of our 4 accounts we only track reach since 2024",
                 "others we also watch saves, shares and reply time"):
        assert kept in mail.reply_text
    for quoted in ("Answer every angry comment", "growth is reach times engagement"):
        assert quoted not in mail.reply_text


@pytest.mark.parametrize(
    ("scenario", "new_words"),
    [
        ("apple_mail_czech_forward_marker", "Používám Metricool a Canva každý den."),
        ("outlook_catalan_header_block", "Faig servir Metricool i Canva cada dia."),
        ("outlook_croatian_original_message", "Koristim Metricool i Canva svaki dan."),
    ],
)
def test_older_message_marker_or_header_block_in_language_ends_the_new_text(parsed, scenario, new_words):
    assert parsed(scenario).reply_text == new_words


def test_sign_off_and_phone_footer_in_czech_are_not_the_senders_answer(parsed):
    assert parsed("czech_sign_off_and_phone_footer").reply_text == "Používám Metricool a Canva každý den."


@pytest.mark.parametrize(
    ("scenario", "new_words"),
    [
        ("phone_footer_before_the_answer", "Hi,\n\nI schedule posts in Buffer and design in Canva."),
        ("phone_footer_before_the_answer_german", "Hallo,\n\nich plane Beiträge mit Buffer und gestalte mit Canva."),
    ],
)
def test_a_phone_footer_above_the_answer_ends_nothing(parsed, scenario, new_words):
    assert parsed(scenario).reply_text == new_words


@pytest.mark.parametrize(
    ("scenario", "new_words"),
    [
        ("arabic_iphone_footer_direction_marks", "أستخدم Metricool و Canva كل يوم."),
        ("hebrew_iphone_footer", "אני משתמשת ב-Metricool וב-Canva כל יום."),
        ("dutch_outlook_ios_footer", "Ik gebruik Metricool en Canva elke dag."),
        ("german_outlook_android_footer", "Ich nutze Metricool und Canva jeden Tag."),  # the verb last
        ("hungarian_iphone_footer", "Metricoolt és Canvát használok minden nap."),
    ],
)
def test_phone_footer_in_language_ends_the_new_text(parsed, scenario, new_words):
    assert parsed(scenario).reply_text == new_words


@pytest.mark.parametrize(
    ("scenario", "kept"),
    [
        ("prose_line_above_a_dated_attribution", "On weekends I only look at reply time"),
        ("prose_line_above_a_dated_attribution_french", "Le tableau de bord reste inaccessible"),
    ],
)
def test_a_line_above_an_attribution_with_its_own_date_is_the_senders(parsed, scenario, kept):
    # The attribution is the dated line alone; the undated line above it, starting "On"/"Le", is prose.
    mail = parsed(scenario)
    assert mail.reply_text.endswith(kept)
    assert "Endorse Bot" not in mail.reply_text


@pytest.mark.parametrize(
    ("scenario", "passed_on"),
    [
        # Thunderbird's HTML forward puts its header fields in a table: one row each, a blank line apart.
        ("thunderbird_html_forward_header_table", "I schedule posts in Buffer and design in Canva."),
        ("forward_header_fields_a_blank_line_apart", "I schedule posts in Buffer and design in Canva."),
        # Mail.ru labels the sender "От кого:" ("from whom").
        ("mailru_forward_nothing_above", "Я пользуюсь Metricool и Canva каждый день."),
    ],
)
def test_a_forward_with_nothing_above_is_read_past_its_whole_header_block(parsed, scenario, passed_on):
    mail = parsed(scenario)
    assert mail.reply_text == passed_on
    for header in ("Subject", "Date", "dana@work.example", "Кому", "Тема"):
        assert header not in mail.reply_text


@pytest.mark.parametrize(
    "scenario",
    ["dashed_name_signature_em_dash", "dashed_name_signature_en_dash_space", "dashed_name_signature_tilde",
     "dashed_name_signature_double_hyphen", "dashed_name_signature_hyphen"],
)
def test_a_name_signed_with_a_dash_on_the_last_line_is_a_signature(parsed, scenario):
    # "Dana Reyes" sends it: the name signed is not hers, so only its form tells it is a signature.
    assert parsed(scenario).reply_text == "I schedule posts in Buffer and design in Canva."


@pytest.mark.parametrize(
    ("scenario", "last_item"),
    [
        ("dash_list_last_item_is_not_a_signature", "\u2013 Canva"),
        ("hyphen_bullet_last_item_is_not_a_signature", "- Canva"),
        ("en_dash_item_under_a_colon_is_not_a_signature", "\u2013 Canva"),
    ],
)
def test_the_last_item_of_a_dash_list_is_kept(parsed, scenario, last_item):
    assert parsed(scenario).reply_text.endswith(last_item)


@pytest.mark.parametrize(
    ("scenario", "new_words"),
    [
        # Bottom-posting under a bare header block: nothing written above it, the words are under it.
        ("bottom_posted_under_german_header_block", "Ich nutze Metricool und Canva jeden Tag."),
        # HTML turned into text ran the header fields onto the marker's line, or onto one line.
        ("original_marker_with_fields_run_on", "I use Metricool and Canva every day."),
        ("polish_header_fields_run_on_one_line", "Używam Metricool i Canva na co dzień."),
        # iCloud in Spanish writes the verb in the plural.
        ("spanish_icloud_plural_attribution", "Usamos Metricool y Canva todos los días."),
    ],
)
def test_older_message_boundaries_written_on_fewer_lines(parsed, scenario, new_words):
    mail = parsed(scenario)
    assert mail.kind is MailKind.REPLY
    assert mail.reply_text == new_words
    assert "Which tools" not in mail.reply_text and "endorse+k3j9" not in mail.reply_text


def test_a_line_with_label_words_but_no_sender_field_is_the_senders_text(parsed):
    # "Subject:", "Date:", "To:" in one line of prose name no sender: no header block starts there.
    mail = parsed("prose_line_with_label_words")
    assert mail.reply_text == ("Subject: scheduling. Date: every Monday. To: the whole team.\n"
                               "I use Metricool and Canva every day.")


@pytest.mark.parametrize(
    ("scenario", "new_words"),
    [
        # A mail gateway's note about an outside sender above the answer (label in capitals or brackets).
        ("external_sender_banner_above_answer", "I use Metricool and Canva every day."),
        ("external_sender_banner_german_brackets", "Ich nutze Metricool und Canva jeden Tag."),
        # Samsung Email leaves the HTML's tags around the marker in its plain part.
        ("original_marker_in_div_tags", "I use Metricool and Canva every day."),
    ],
)
def test_a_gateway_note_or_a_tagged_marker_is_not_the_senders_text(parsed, scenario, new_words):
    mail = parsed(scenario)
    assert mail.reply_text == new_words


def test_an_answer_opening_with_a_warning_of_its_own_is_kept(parsed):
    # "Warning:" written by a person (not in capitals) about email outside the EU is their answer.
    mail = parsed("answer_opening_with_warning_word")
    assert mail.reply_text.startswith("Warning: outside the EU")
    assert mail.reply_text.endswith("I use Metricool and Canva every day.")


@pytest.mark.parametrize(
    ("scenario", "new_words"),
    [
        ("lotus_notes_header_block", "I use Metricool and Canva every day."),
        ("lotus_notes_header_block_german", "Ich nutze Metricool und Canva jeden Tag."),  # "An" / "Kopie" / "Thema"
    ],
)
def test_lotus_notes_header_with_labels_on_lines_of_their_own_starts_the_older_message(parsed, scenario, new_words):
    """Lotus Notes: the sender ("Name <address>") and the date, then "To" / recipients / "cc" / "Subject" /
    the subject, each label alone on its line."""
    mail = parsed(scenario)
    assert mail.reply_text == new_words
    assert "endorse@bot.example" not in mail.reply_text


def test_label_words_alone_in_a_persons_list_cut_nothing(parsed):
    mail = parsed("label_words_alone_in_a_persons_list")
    assert "Then I watch reach, saves and reply time." in mail.reply_text
    assert "line under 50 characters" in mail.reply_text
