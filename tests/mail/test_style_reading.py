"""Issue 10: an inline style repeated on every element is read once, not once per element.

Mail clients write the same ``style`` attribute on every element, and so does a hostile message of
40,000 styled elements (1.6 MB): reading each with tinycss2 was most of its parse time. Counted, not timed.
"""

from __future__ import annotations

import pytest

from bot.mail import css
from bot.mail.parse import parse_mail


def test_a_style_repeated_on_every_element_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = css.tinycss2.parse_declaration_list

    def counted(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(css.tinycss2, "parse_declaration_list", counted)
    # A style no other test writes, so nothing read earlier in this process is remembered for it.
    element = '<p style="color:#fdfdfd; font-size:1px; margin-left:-7919px">I use Buffer</p>\n'
    raw = ("From: Dana <dana@mail.example>\r\nTo: bot@endorse.example\r\nSubject: Re: Skills check\r\n"
           "Content-Type: text/html; charset=utf-8\r\n\r\n" + element * 5_000 + "<p>Seen.</p>").encode()
    mail = parse_mail(raw)
    assert calls == 1
    assert mail.text.strip() == "Seen." and "I use Buffer" in mail.hidden_text
