"""Attack (issue 10 item 15, red-team variants): credentials written into a URL where `check-config`'s mask did
not look. It hid "scheme://user:password@" and "?api_key=" / "&token=" values, but printed a key in the fragment
("#access_token=", OAuth's implicit flow), in a path parameter (";token="), under another name ("apiKey",
"client_secret", "X-Auth-Token", "sig"), and an [imap]/[smtp] host written as "user:password@host" (copied
from a URL), which the probes echo in their connection errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.commands.check_config import scrub


@pytest.mark.parametrize(("text", "leak"), [
    ("llm: https://llm.example/v1#access_token=frag-secret-1: 401", "frag-secret-1"),
    ("llm: https://llm.example/v1;token=param-secret-2: 401", "param-secret-2"),
    ("llm: https://llm.example/v1?apiKey=camel-secret-3: 401", "camel-secret-3"),
    ("llm: https://llm.example/v1?x=1&client_secret=client-secret-4: 401", "client-secret-4"),
    ("llm: https://llm.example/v1?X-Auth-Token=auth-secret-5: 401", "auth-secret-5"),
    ("imap FAILED user:host-secret-6@imap.example:143 (none): greeting failed", "host-secret-6"),
    ("Error connecting to bot:host-secret-7@smtp.example on port 25", "host-secret-7"),
    # A key written as a path segment, as some LLM gateways take it.
    ("llm: https://gateway.example/v1/gw7Kq2xP9mRt4vLs8nBw3cYd/chat: 401", "gw7Kq2xP9mRt4vLs8nBw3cYd"),
])
def test_a_credential_anywhere_in_a_url_is_masked(text: str, leak: str) -> None:
    shown = scrub(text, [])
    assert leak not in shown and "***" in shown


@pytest.mark.parametrize("text", [
    "smtp      ok      smtp.example:587 (starttls) as bot@bot.example",
    "llm: https://llm.example/v1?model=gpt&x=1: 200",
    "llm: https://llm.example/openai/deployments/gpt-4o-mini-2024-07-18/chat/completions: 200",
    "evaluate: reply_from_a_candidate_with_a_long_name_2024.eml is fine",
    "security: requests need dmarc=pass from mx.bot.example; admins confirm",
])
def test_ordinary_lines_are_left_alone(text: str) -> None:
    assert scrub(text, []) == text


@pytest.mark.parametrize(("table", "leak"), [
    ('[llm]\nbase_url = "http://127.0.0.1:9/v1#access_token=frag-secret-8"\n', "frag-secret-8"),
    ('[llm]\nbase_url = "http://127.0.0.1:9/v1?apiKey=camel-secret-9"\n', "camel-secret-9"),
    ('[imap]\nhost = "bot:imap-secret-10@127.0.0.1"\n', "imap-secret-10"),
    ('[smtp]\nhost = "bot:smtp-secret-11@127.0.0.1"\n', "smtp-secret-11"),
])
def test_check_config_prints_none_of_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str], table: str, leak: str) -> None:
    config = tmp_path / "config.toml"
    tables = {"smtp": "[smtp]\nport = 9\ntimeout_s = 1.0\n",
              "imap": "[imap]\nport = 9\ntimeout_s = 1.0\nusername = \"bot\"\n",
              "llm": "[llm]\ntimeout_s = 1.0\nmax_retries = 0\n"}
    name = table[1:table.index("]")]
    tables[name] = table + "\n".join(tables[name].splitlines()[1:]) + "\n"
    config.write_text(f'[database]\nurl = "sqlite+aiosqlite:///{tmp_path / "bot.sqlite3"}"\n'
                      '[classifier]\nmode = "llm"\n' + "".join(tables.values()), encoding="utf-8")
    monkeypatch.setenv("ENDORSEBOT_LLM_API_KEY", "k")
    from bot.cli import main

    main(["--config", str(config), "check-config"])
    out = capsys.readouterr()
    assert leak not in out.out + out.err
