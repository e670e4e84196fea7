"""A bottom-posted HTML reply: the request quoted first, one <blockquote> a line, then the answer. The quote's
lines are visible text a reader scrolls past, not blank space, so the answer below them is in sight (it was sent
to review as ``out_of_sight``: each quoted block counted as a blank line). Blank space below the quote still
pushes the answer out of sight (bot/mail/html.py `handle_data`)."""

from __future__ import annotations

from email.message import EmailMessage

from bot.mail.parse import parse_mail

_QUOTED = ["On Fri, 27 Nov 2026 07:39, Gigaverse Endorsements wrote:", "Hi Robin,", "",
           "Alex Morgan would like to endorse your skills. Please tell us:", "",
           "1. Which tools do you use?", "2. Which key metrics do you watch?",
           "3. One tip for dealing with angry or frustrated customers.", "", "Thanks,", "Gigaverse Endorsements"]
_ANSWER = ("<div>1. I plan in Loomly and answer from Hootsuite.</div><div>2. Reach, saves and reply rate.</div>"
           "<div>3. Stay calm and move it to a private message.</div>")


def _message(between: str) -> bytes:
    html = "<html><body><div>" + _QUOTED[0] + "</div>" + "".join(
        f"<blockquote>{line}</blockquote>" for line in _QUOTED[1:]) + between + _ANSWER + "</body></html>"
    msg = EmailMessage()
    msg["From"] = "robin@mail.example"
    msg["To"] = "endorse@bot.example"
    msg["Subject"] = "Re: endorsement"
    msg.set_content("see the HTML part")
    msg.add_alternative(html, subtype="html")
    return bytes(msg)


def test_an_answer_below_a_long_quote_is_in_sight() -> None:
    assert parse_mail(_message("<div><br></div>")).out_of_sight == ""


def test_blank_lines_below_the_quote_still_push_the_answer_out_of_sight() -> None:
    assert parse_mail(_message("<br>" * 30)).out_of_sight
