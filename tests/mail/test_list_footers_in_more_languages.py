"""Issue 9 item 8, mailing-list footers: Google Groups writes its footer in the member's language and, in plain text
from some clients, with no "-- " over it: "Sie haben diese Nachricht erhalten, weil ...", "Vous recevez ce message,
car ...", "このメールは Google グループのグループ「...」の登録者に送られています。". Only the English and
German-"erhalten"/French-without-comma wordings said why the mail came, so these stayed in the reply text. A person's
own sentence on an unsubscribe link, saying nothing of why a mail came, stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail.message import ParsedMail


@pytest.mark.parametrize(("fixture", "answer"), [
    ("google_groups_footer_german_no_delimiter",
     "Ich plane Beiträge mit Hootsuite und schaue jede Woche auf die Reichweite."),
    ("google_groups_footer_french_no_delimiter",
     "Je programme nos publications avec Agorapulse et je suis la portée chaque semaine."),
    ("google_groups_footer_japanese_no_delimiter", "投稿はBufferで予約し、毎週リーチと保存数を見ています。"),
])
def test_the_footer_is_not_the_senders(parsed: Callable[[str], ParsedMail], fixture: str, answer: str) -> None:
    assert parsed(fixture).reply_text == answer


def test_a_persons_sentence_on_an_unsubscribe_link_stays(parsed: Callable[[str], ParsedMail]) -> None:
    assert parsed("unsubscribe_link_in_a_persons_spanish_answer").reply_text.endswith("https://example.es/baja")
