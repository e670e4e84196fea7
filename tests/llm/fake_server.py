"""A real HTTP server on 127.0.0.1 that speaks just enough of the chat-completions API, scripted per test.

The openai client's HTTP layer (httpx2) is not seen by httpx mocks, so the tests talk to a socket. Each
request takes the next scripted step; a request with nothing scripted gets a 500 saying so, which makes
an unexpected call fail loudly. Every request body is recorded so tests can check what was SENT.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Step:
    """One scripted HTTP answer."""

    status: int = 200
    body: dict[str, Any] | str = ""
    headers: tuple[tuple[str, str], ...] = ()
    # Seconds to hold the request before answering (a hang); released early when the server stops.
    hang_s: float = 0.0


def answer(content: dict[str, Any], *, model: str = "fake-judge-1", prompt_tokens: int = 900,
           completion_tokens: int = 120) -> Step:
    """A normal structured answer whose message content is ``content`` as JSON."""
    return completion(json.dumps(content), model=model, prompt_tokens=prompt_tokens,
                      completion_tokens=completion_tokens)


def completion(content: str | None, *, refusal: str | None = None, finish_reason: str = "stop",
               model: str = "fake-judge-1", prompt_tokens: int = 900, completion_tokens: int = 120) -> Step:
    body = {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1767600000,
        "model": model,
        "choices": [{
            "index": 0,
            "message": {"role": "assistant", "content": content, "refusal": refusal},
            "finish_reason": finish_reason,
        }],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }
    return Step(body=body)


def refusal(text: str = "I'm sorry, I can't help with that.") -> Step:
    return completion(None, refusal=text)


def error(status: int, *, retry_after: str | None = None) -> Step:
    headers = (("Retry-After", retry_after),) if retry_after is not None else ()
    body = {"error": {"message": f"scripted {status}", "type": "server_error", "code": None}}
    return Step(status=status, body=body, headers=headers)


def hang(seconds: float = 30.0) -> Step:
    return Step(hang_s=seconds, body={"error": {"message": "too late"}}, status=500)


@dataclass
class RecordedRequest:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    def message(self, role: str) -> str:
        return "\n".join(m["content"] for m in self.body.get("messages", []) if m.get("role") == role)

    @property
    def all_text(self) -> str:
        return json.dumps(self.body, ensure_ascii=False)


@dataclass
class FakeChatServer:
    steps: deque[Step] = field(default_factory=deque)
    requests: list[RecordedRequest] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)
    port: int = 0
    # What GET /v1/models answers (check-config asks it), and with which status.
    models: tuple[str, ...] = ("judge-model",)
    models_status: int = 200

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def script(self, *steps: Step) -> None:
        self.steps.extend(steps)

    def _next(self) -> Step:
        try:
            return self.steps.popleft()
        except IndexError:
            return error(500)


def _handler(server: FakeChatServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length)
            headers = {name.lower(): value for name, value in self.headers.items()}
            server.requests.append(RecordedRequest(self.path, headers, json.loads(raw or b"{}")))
            step = server._next()
            if step.hang_s:
                server.stopping.wait(step.hang_s)
            payload = step.body if isinstance(step.body, str) else json.dumps(step.body)
            data = payload.encode()
            try:
                self.send_response(step.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in step.headers:
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test): nothing to tell it

        def do_GET(self) -> None:
            headers = {name.lower(): value for name, value in self.headers.items()}
            server.requests.append(RecordedRequest(self.path, headers, {}))
            ok = self.path.rstrip("/").endswith("/models") and server.models_status == 200
            body = ({"object": "list", "data": [{"id": m, "object": "model", "created": 0, "owned_by": "test"}
                                                for m in server.models]}
                    if ok else {"error": {"message": f"scripted {server.models_status}", "type": "error"}})
            data = json.dumps(body).encode()
            self.send_response(200 if ok else server.models_status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output clean

    return Handler


@contextmanager
def running_server() -> Iterator[FakeChatServer]:
    fake = FakeChatServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    httpd.daemon_threads = True
    fake.port = httpd.server_address[1]
    # A short poll interval keeps shutdown (and so each test's teardown) quick.
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              name="fake-chat-server", daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        fake.stopping.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
