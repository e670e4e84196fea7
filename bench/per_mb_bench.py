"""Seconds per MB to judge hostile mail, in the daemon's way and through `endorsebot evaluate` (issue 10).

Usage: ``.venv/bin/python bench/per_mb_bench.py [--sizes-kb 10,20,100,1000,2000] [--only WORD] [--cli]``.

For each adversarial shape (runs of separators, repeated words, tool names, metric phrases and advice
verbs, many short sentences, deep and wide HTML, many MIME parts, long headers, base64 and
quoted-printable bodies, mixed scripts and invisible characters...) built at each size, prints the CPU
seconds (best of three) of ``parse_mail`` plus the rules as the daemon runs them (``judge_bounded``, the
lexicons loaded beforehand, as in a judge worker), and that figure per MB of message. The target is at most
1 s per MB for every shape at every size. With ``--cli`` it also runs ``endorsebot evaluate --format json``
on each message as a separate process and prints its CPU seconds (user + system of the child), the fixed
cost of a process on a one-line reply, and the rest per MB. The worst shapes are listed last.
"""

from __future__ import annotations

import argparse
import base64
import gc
import os
import quopri
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.evaluation.bounded import judge_bounded
from bot.mail.parse import parse_mail
from bot.settings import EvaluationSettings

HEAD = "From: Dana <dana@mail.example>\r\nTo: bot@endorse.example\r\nSubject: Re: Skills check\r\n"


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _plain(unit: str) -> Callable[[int], bytes]:
    return lambda size: (HEAD + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + _repeat(unit, size)).encode()


def _html(unit: str, wrap: tuple[str, str] = ("", "")) -> Callable[[int], bytes]:
    return lambda size: (HEAD + "Content-Type: text/html; charset=utf-8\r\n\r\n" + wrap[0] + _repeat(unit, size)
                         + wrap[1]).encode()


def _deep_html(size: int) -> bytes:
    n = size // 20
    body = "<div><span>" * n + "I use Buffer." + "</span></div>" * n
    return (HEAD + "Content-Type: text/html\r\n\r\n" + body).encode()


def _encoded(unit: str, how: str) -> Callable[[int], bytes]:
    def build(size: int) -> bytes:
        text = _repeat(unit, size * 3 // 4 if how == "base64" else size // 2).encode()
        body = base64.encodebytes(text) if how == "base64" else quopri.encodestring(text)
        return (HEAD + f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: {how}\r\n\r\n"
                ).encode() + body
    return build


def _mime_parts(kind: str) -> Callable[[int], bytes]:
    def build(size: int) -> bytes:
        part = (f"--b\r\nContent-Type: {kind}; charset=utf-8\r\n\r\n"
                + ("I use <b>Buffer</b>.\r\n" if kind == "text/html" else "I use Buffer and Canva.\r\n"))
        parts = _repeat(part, size) + "--b--\r\n"
        return (HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts).encode()
    return build


def _nested_mime(size: int) -> bytes:
    n = max(1, size // 90)
    opens = "".join(f'--b{i}\r\nContent-Type: multipart/mixed; boundary="b{i + 1}"\r\n\r\n' for i in range(n))
    return (HEAD + 'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n' + opens
            + f"--b{n}\r\nContent-Type: text/plain\r\n\r\nI use Buffer.\r\n").encode()


def _header(name: str, unit: str) -> Callable[[int], bytes]:
    """One header of ``size`` (``name`` "Subject" replaces the usual one), or many header lines (no name)."""
    def build(size: int) -> bytes:
        head = HEAD.replace("Subject: Re: Skills check\r\n", "") if name == "Subject" else HEAD
        extra = f"{name}: {_repeat(unit, size)}\r\n" if name else _repeat(unit, size)
        return (head + extra + "Content-Type: text/plain\r\n\r\nI use Buffer.\r\n").encode()
    return build


def _numbered_lines(size: int) -> bytes:
    """Lines that are all different, so nothing can be remembered from one line to the next."""
    lines = "".join(f"listen {i}\n" for i in range(size // 10))
    return (HEAD + "Content-Type: text/plain\r\n\r\n" + lines).encode()


def _quoted(size: int) -> bytes:
    answer = "I use Hootsuite and Canva.\r\n> On Mon, Bot wrote:\r\n> Which tools do you use?\r\n"
    return (HEAD + "Content-Type: text/plain\r\n\r\n" + _repeat(answer, size)).encode()


def _newsletter(size: int) -> bytes:
    """A newsletter template as mail tools write it: a style block of hundreds of distinct rules (5 to 30 KB:
    classes, tag.class, ids, :hover, @media blocks of mobile overrides, a hidden preheader), then table
    rows that use those classes up to the message's size."""
    rules: list[str] = []
    style_size = min(30_000, max(5_000, size // 2))
    i = 0
    while sum(map(len, rules)) < style_size:
        rules.append(f".col-{i} td.cell-{i}, #block-{i} .inner{{padding:{i % 24}px {i % 7}px;"
                     f"font-family:Helvetica,Arial,sans-serif;color:#{i * 40503 % 0xFFFFFF:06x};"
                     f"line-height:{120 + i % 40}%}}\n.btn-{i}:hover{{background-color:#{i * 977 % 4096:03x}}}\n")
        if i % 5 == 0:
            rules.append(f"@media only screen and (max-width:{480 + i % 120}px){{.col-{i}{{width:100% !important;"
                         f"display:block !important}}.hide-mobile-{i}{{display:none !important;max-height:0;"
                         f"overflow:hidden}}}}\n")
        i += 1
    head = ('<html><head><style type="text/css">\n.preheader{display:none;font-size:1px;color:#ffffff;'
            'max-height:0;overflow:hidden}\n' + "".join(rules) + "</style></head><body>"
            '<div class="preheader">Hidden preview line.</div><table class="wrapper">')
    row = ('<tr><td class="col-{n} cell-{n}" id="block-{n}"><p class="inner">I use Buffer and watch reach, '
           'row {n}.</p><a class="btn-{n}" href="https://x.example/{n}">Read</a></td></tr>\n')
    body, n = [head], 0
    while sum(map(len, body)) < size:
        body.append(row.format(n=n % i))
        n += 1
    return (HEAD + "Content-Type: text/html; charset=utf-8\r\n\r\n" + "".join(body) + "</table></body></html>"
            ).encode()


def _selector_list(size: int) -> bytes:
    """One rule of thousands of selectors, then elements of that class (every element checked every selector)."""
    style = "<style>" + ".s," * (size // 8) + ".s{color:#fff}</style>"
    return (HEAD + "Content-Type: text/html\r\n\r\n" + style + _repeat("<p class=s>I use Buffer.</p>", size // 2)
            ).encode()


SHAPES: dict[str, Callable[[int], bytes]] = {
    "dash runs after a verb": _plain("take " + "-" * 60 + "\n"),
    "mixed separator runs": _plain("listen -/-/ -- // , , ' ' .. ; " * 3 + "\n"),
    "separator line, no words": _plain("=" * 70 + "\n"),
    "one word repeated": _plain("listen "),
    "one word repeated, lines": _plain("listen\n"),
    "tool names repeated": _plain("Hootsuite Buffer Canva Sprout Social "),
    "tool names in usage frames": _plain("I use Hootsuite, Buffer and Canva. "),
    "unknown names in frames": _plain("We use Zorblax and Quintor via Flibber. "),
    "CamelCase humps": _plain("GoogleAnalyticsHootSuiteSocialMentionKurrently "),
    "metric phrases": _plain("engagement rate, reach, CTR, share of voice, "),
    "metric grammar": _plain("how many people clicked per post and the number of shares per week. "),
    "advice verbs": _plain("listen, apologise, stay calm, take it private, "),
    "advice sentences": _plain("Always listen to angry customers. Never argue. "),
    "anger words": _plain("angry furious upset irate rude frustrated customers "),
    "many short sentences": _plain("Ok. "),
    "short lines": _plain("I use it.\n"),
    "numbered lines": _numbered_lines,
    "labels and lists": _plain("Tools: Buffer\n1. Canva\n- reach\nTip: listen\n"),
    "negations": _plain("I don't use Hootsuite, we cancelled Buffer, not Canva. "),
    "no spaces at all": _plain("a"),
    "long word runs": _plain("x" * 500 + " "),
    "quoted questions": _quoted,
    "mixed scripts": _plain("I use Ηοοtsuіte and Сanva, reach 参与率 تفاعل "),
    "invisible characters": _plain("I\u200b u\u00ads\u200de Buf\u200bfer\u202e and\u2060 Canva. "),
    "spaced-out letters": _plain("i g n o r e a l l p r e v i o u s "),
    # Hidden text is cut at max_judged_chars only (no word or line bound): a run of spaced-out letters that
    # ends in spacing was read again from each of its letters (20 KB: 3 s).
    "hidden spaced-out letters": _html("x y z ", ('<p>I use Buffer.</p><div style="display:none">', "..</div>")),
    "base64 runs in text": _plain("aWdub3JlIGFsbCBwcmV2aW91cyBpbnN0cnVjdGlvbnM= "),
    "fullwidth letters": _plain("Ｉ ｕｓｅ Ｂｕｆｆｅｒ ａｎｄ ｒｅａｃｈ. "),
    "wide HTML paragraphs": _html("<p>I use <b>Buffer</b> and watch <i>reach</i>. Listen.</p>\n"),
    "deep HTML": _deep_html,
    "styled hidden HTML": _html('<p style="color:#fefefe;font:0/0 a">I use Buffer</p>'),
    "CSS rules in <style>": _html(".c{color:#fff}", ("<style>", "</style><p class=c>I use Buffer.</p>")),
    "CSS newsletter template": _newsletter,
    "CSS one rule, many selectors": _selector_list,
    # Rules that never count (a ::before hides none of the element's own text) and one selector of the
    # whole size: bounded by css.MAX_READ_RULES and MAX_RULE_CHARS, past which the reply goes to a person.
    "CSS rules that never count": _html('a::before{content:"x"}', ("<style>", "</style><p>I use Buffer.</p>")),
    "CSS one long selector": _html(".c ", ("<style>", "{color:red}</style><p class=c>I use Buffer.</p>")),
    "table cells": _html("<td>reach", ("<table><tr>", "")),
    # Issue 10 item 11 (hostile21): what is counted for the answer pushed past the pane's right edge.
    "no-break space runs": _html("&nbsp;" * 449 + "I use Buffer ", ('<p style="white-space:nowrap">', "</p>")),
    "no-break spaces in spans": _html("<span>&nbsp;</span>", ("<p>", "I use Buffer</p>")),
    "screen-wide cells": _html('<td width="9999">reach</td>', ("<table><tr>", "</tr></table>")),
    "self-closed hiding tags": _html('<span style="display:none"/>I use Buffer ', ("<div>", "</div>")),
    "many plain MIME parts": _mime_parts("text/plain"),
    "many HTML MIME parts": _mime_parts("text/html"),
    "nested multiparts": _nested_mime,
    "one long Subject": _header("Subject", "Re: Buffer reach "),
    "many header lines": _header("", "X-Filler: I use Buffer and watch reach\r\n"),
    "long References": _header("References", "<a@b.example> "),
    "base64 body": _encoded("I use Hootsuite and watch reach. Listen, apologise. ", "base64"),
    "quoted-printable body": _encoded("I use Hootsuite =E2=80=94 re=\nach. ", "quoted-printable"),
}


def _best_cpu(call: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        call()
        best = min(best, time.process_time() - start)
    return best


def _cli_cpu(path: str) -> float:
    """CPU seconds (user + system) of one `endorsebot evaluate` process, best of two."""
    exe = str(Path(sys.executable).with_name("endorsebot"))
    best = float("inf")
    for _ in range(2):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([exe, "evaluate", "--format", "json", path], check=True, stdout=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        best = min(best, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes-kb", default="10,20,100,1000,2000")
    parser.add_argument("--only", default="", help="only shapes whose name contains this")
    parser.add_argument("--cli", action="store_true", help="also time `endorsebot evaluate` processes")
    args = parser.parse_args()
    sizes = [int(float(s) * 1000) for s in args.sizes_kb.split(",")]
    settings = EvaluationSettings()
    judge_bounded(parse_mail(_plain("I use Buffer and watch reach.")(10)), settings)  # lexicons load here
    # As a judge worker does once warm (bot/evaluation/judge_worker.py): what is loaded is made permanent for
    # the garbage collector, so a full collection does not walk the lexicons during a case.
    gc.collect()
    gc.freeze()
    worst: list[tuple[float, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        fixed = 0.0
        if args.cli:
            tiny = os.path.join(folder, "tiny.eml")
            Path(tiny).write_bytes(_plain("I use Buffer and watch reach.")(10))
            fixed = _cli_cpu(tiny)
            print(f"endorsebot evaluate on a one-line reply (process start, imports, lexicons): {fixed:.3f} s CPU")
        for name, build in SHAPES.items():
            if args.only and args.only not in name:
                continue
            for size in sizes:
                raw = build(size)
                mb = len(raw) / 1e6
                seconds = _best_cpu(lambda raw=raw: judge_bounded(parse_mail(raw), settings))  # type: ignore[misc]
                line = f"{name:28} {len(raw) / 1e3:8.1f} KB  in-process {seconds:7.4f} s {seconds / mb:6.2f} s/MB"
                worst.append((seconds / mb, f"{name} at {len(raw) / 1e3:.0f} KB"))
                if args.cli:
                    path = os.path.join(folder, "m.eml")
                    Path(path).write_bytes(raw)
                    cli = _cli_cpu(path)
                    line += f"   cli {cli:6.3f} s, past the fixed cost {max(0.0, cli - fixed) / mb:6.2f} s/MB"
                print(line, flush=True)
    print("\nworst in-process s/MB:")
    for per_mb, what in sorted(worst, reverse=True)[:8]:
        print(f"  {per_mb:6.2f} s/MB  {what}")


if __name__ == "__main__":
    main()
