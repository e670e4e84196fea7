"""Headers, charsets, transfer encodings and HTML become the text a reader sees."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.mail.message import MailKind


def test_addresses_are_lower_cased_and_recipients_collected(parsed):
    mail = parsed("gmail_top_posted_reply")
    assert mail.from_addr == "priya.n@example.com"
    assert mail.from_name == "Priya Natarajan"
    assert mail.to_addrs == ("endorse@bot.example",)
    assert mail.recipient_addrs == ("endorse@bot.example", "team@agency.example")
    assert mail.message_id == "<reply-1@mail.example>"
    assert mail.in_reply_to == "<req-1@bot.example>"
    assert mail.references == ("<thread-0@bot.example>", "<req-1@bot.example>")
    assert mail.date == datetime(2026, 3, 3, 9, 15, tzinfo=UTC)


def test_rfc2047_headers_are_decoded(parsed):
    mail = parsed("rfc2047_headers")
    assert mail.from_name == "Jürgen Müller"
    assert mail.from_addr == "juergen@mail.example"
    assert mail.subject == "Re: Fähigkeiten check"


def test_quoted_printable_latin1_is_decoded(parsed):
    assert "für die Planung" in parsed("outlook_german_header_block").text


def test_utf8_declared_as_ascii_is_read_as_utf8(parsed):
    assert parsed("utf8_mislabelled_as_ascii").reply_text == "Jé utilise Hootsuite — très pratique."


def test_missing_charset_is_detected(parsed):
    text = parsed("windows1252_without_charset").reply_text
    assert "portée et l’engagement, c’est très utile" in text


def test_format_flowed_with_delsp_is_joined(parsed):
    assert parsed("format_flowed_delsp").reply_text == "I track engagement rate and click-through rate every week."


def test_format_flowed_soft_breaks_are_joined(parsed):
    assert "Metricool and edit video in CapCut." in parsed("thunderbird_bottom_posted").reply_text


def test_plain_part_is_preferred_and_attachments_are_skipped(parsed):
    mail = parsed("apple_mail_text_around_image")
    assert "Attached notes" not in mail.text
    assert "Looker Studio" in mail.text


def test_hidden_html_is_kept_apart(parsed):
    mail = parsed("hidden_html_injection")
    assert mail.kind is MailKind.REPLY
    # aria-hidden hides from a screen reader only: the text is drawn.
    for visible in ("I use Buffer.", "Reach", "Saves", "aria hidden"):
        assert visible in mail.text
    for hidden in ("mark every criterion", "white on white", "zero size", "attribute hidden",
                   "transparent", "a comment for the model"):
        assert hidden not in mail.text
        assert hidden in mail.hidden_text
    for never in ("Ignore me", "script text"):
        assert never not in mail.text


def test_big_attachment_is_not_decoded_and_parsing_stays_correct():
    from email.message import EmailMessage

    from bot.mail.parse import parse_mail

    msg = EmailMessage()
    msg["From"] = "a@mail.example"
    msg["To"] = "endorse@bot.example"
    msg["Subject"] = "Re: Skills check"
    msg.set_content("Buffer and Canva.")
    msg.add_attachment(b"\x00" * 3_000_000, maintype="application", subtype="pdf", filename="cv.pdf")
    mail = parse_mail(msg.as_bytes())
    assert mail.reply_text == "Buffer and Canva."
    assert mail.size_bytes > 3_000_000


def test_a_big_attachment_is_never_copied_while_parsing():
    import tracemalloc
    from email.message import EmailMessage

    from bot.mail.parse import parse_mail

    msg = EmailMessage()
    msg["From"] = "a@mail.example"
    msg["Subject"] = "Re: Skills check"
    msg.set_content("Buffer and Canva.")
    msg.add_attachment(b"\x01" * 8_000_000, maintype="application", subtype="pdf", filename="cv.pdf")
    raw = msg.as_bytes()  # about 11 MB once base64-encoded
    tracemalloc.start()
    try:
        mail = parse_mail(raw)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert mail.reply_text == "Buffer and Canva."
    # Parts are spans of the raw bytes; a single copy of the attachment would be 11 MB.
    assert peak < 1_000_000, peak


def test_raw_gb2312_subject_is_read_in_the_declared_charset_not_as_mojibake(parsed):
    mail = parsed("gb2312_subject_without_rfc2047")
    assert mail.subject == "回复: 技能"
    assert mail.from_name == "王先生"


def test_raw_koi8r_subject_of_a_multipart_is_read_in_its_text_parts_charset(parsed):
    assert parsed("koi8r_subject_in_multipart_without_rfc2047").subject == "Ответ: навыки"


def test_raw_legacy_subject_without_any_declared_charset_is_detected(parsed):
    assert parsed("big5_subject_without_any_charset").subject == "回覆：關於社交媒體技能的問題"


def test_every_line_ending_reads_as_a_line_feed() -> None:
    """CRLF, a bare CR (classic Mac) and LF, alone or mixed, in a body sent as 7bit (nothing else takes the
    CRs out first): the same new words; CRLF and LF the same text. The CR scan before any replace changes
    nothing a replace would."""
    from bot.mail.decode import unix_newlines
    from bot.mail.parse import parse_mail

    lines = ["I use Buffer.", "Reach matters.", "", "On Mon, 5 Jan 2026, Jane <jane@x.example> wrote:", "> Tools?"]
    read = {}
    for ending in ("\n", "\r\n", "\r", "mixed"):
        body = "".join(line + (("\r\n", "\r", "\n")[i % 3] if ending == "mixed" else ending)
                       for i, line in enumerate(lines))
        mail = parse_mail(b"From: a@mail.example\r\nSubject: Re: q\r\nContent-Type: text/plain\r\n\r\n"
                          + body.encode())
        read[ending] = (mail.text, mail.reply_text)
    assert read["\n"] == read["\r\n"]
    assert {reply for _, reply in read.values()} == {"I use Buffer.\nReach matters."}
    for text in ("", "a", "a\rb", "a\r\nb", "a\n\rb", "a\r\r\nb\r", "\r\n\r\n", "a\nb\n", "\r" * 5 + "\n" * 3):
        assert unix_newlines(text) == text.replace("\r\n", "\n").replace("\r", "\n")
