"""`endorsebot evaluate --classifier both`: the offline contract, with the model's view per criterion."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from bot.cli import main
from tests.llm.answers import ALL_MET_INVENTED
from tests.llm.fake_server import FakeChatServer

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def llm_env(llm_server: FakeChatServer, monkeypatch: pytest.MonkeyPatch) -> FakeChatServer:
    monkeypatch.setenv("ENDORSEBOT_LLM_BASE_URL", llm_server.base_url)
    monkeypatch.setenv("ENDORSEBOT_LLM_TIMEOUT_S", "0.5")
    monkeypatch.setenv("ENDORSEBOT_LLM_API_KEY", "sk-test-cli")
    return llm_server


def _run(capsys: pytest.CaptureFixture[str], *files: Path, classifier: str) -> list[dict]:
    code = main(["evaluate", "--format", "json", "--classifier", classifier, *map(str, files)])
    assert code == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_lying_model_cannot_pass_a_weak_answer_from_the_command_line(
    llm_env: FakeChatServer, capsys: pytest.CaptureFixture[str]
) -> None:
    llm_env.script(ALL_MET_INVENTED)
    [out] = _run(capsys, FIXTURES / "weak_answer.eml", classifier="both")
    assert out["kind"] == "reply" and out["verdict"] != "pass"
    assert set(out["criteria"]) == {"tools", "metrics", "angry_customer_tip"}
    assert all("source" in c for c in out["criteria"].values())
    assert llm_env.requests, "the model was asked"


def test_the_model_down_leaves_the_rules_judging(
    llm_env: FakeChatServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as probe:  # a port nobody listens on: connection refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("ENDORSEBOT_LLM_BASE_URL", f"http://127.0.0.1:{port}/v1")
    [out] = _run(capsys, FIXTURES / "good_answer.eml", classifier="both")
    assert out["verdict"] in ("pass", "needs_review")
    assert "llm_unavailable" in out["reasons"] and out["llm_error"]
    assert all(c["source"] == "rules" for c in out["criteria"].values())
