"""Language detection: the hand-made detector (bot/evaluation/language.py) against
`lingua-language-detector` when it is installed (it is not a dependency: this decides whether it
should be), on the same texts: accuracy, time per reply, and for lingua its build time and memory.

Texts: tests/fixtures/evaluation/languages/<lang>_<name>.txt, plus the reply text of every reply in
each FOLDER given (an eval folder whose labels.json has a "lang" per file).
Usage: ``.venv/bin/python bench/language_bench.py [FOLDER...]``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.evaluation.language import detect_language
from bot.evaluation.offline import evaluate_bytes
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "evaluation" / "languages"
# The Latin-script languages languages.toml knows; other scripts are told apart by their letters.
LINGUA_LANGUAGES = ("ENGLISH", "SPANISH", "GERMAN", "FRENCH", "PORTUGUESE", "ITALIAN", "DUTCH", "POLISH",
                    "SWEDISH", "TURKISH", "INDONESIAN")
Sample = tuple[str, str, str]  # (source, language, text)


def samples(folders: list[str]) -> list[Sample]:
    out = [("fixtures", p.name.split("_", 1)[0], p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.txt"))]
    settings = Settings()
    for folder in map(Path, folders):
        for row in json.loads((folder / "labels.json").read_text()):
            if row.get("kind") != "reply" or "lang" not in row:
                continue
            text = evaluate_bytes((folder / row["file"]).read_bytes(), settings).get("reply_text") or ""
            if text.strip():
                out.append((folder.name, row["lang"], text))
    return out


def measure(name: str, detect: Callable[[str], str], texts: list[Sample]) -> None:
    right: dict[str, list[int]] = {}
    wrong = []
    start = time.perf_counter()
    for source, want, text in texts:
        got = detect(text)
        counts = right.setdefault(source, [0, 0])
        counts[0] += got == want
        counts[1] += 1
        if got != want:
            wrong.append(f"{source}: {want} read as {got}: {text[:40]!r}")
    per_reply_ms = (time.perf_counter() - start) * 1000 / max(len(texts), 1)
    figures = ", ".join(f"{source} {h}/{n}" for source, (h, n) in right.items())
    print(f"{name}: {figures}; {per_reply_ms:.2f} ms per reply")
    for line in wrong:
        print(f"    {line}")


def lingua_detector(low_accuracy: bool) -> Callable[[str], str] | None:
    try:
        from lingua import Language, LanguageDetectorBuilder  # type: ignore[import-not-found]
    except ImportError:
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    builder = LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in LINGUA_LANGUAGES))
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    detector = builder.with_preloaded_language_models().build()
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss) / 1024
    print(f"lingua (low accuracy: {low_accuracy}): built in {time.perf_counter() - start:.2f} s, "
          f"peak memory +{grown_mb:.0f} MB")

    def detect(text: str) -> str:
        found = detector.detect_language_of(text[:20_000])
        return found.iso_code_639_1.name.lower() if found is not None else "en"

    return detect


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folders", nargs="*")
    texts = samples(parser.parse_args().folders)
    measure("hand-made", detect_language, texts)
    for low in (True, False):
        detect = lingua_detector(low)
        if detect is None:
            print("lingua-language-detector is not installed: only the hand-made detector was measured")
            return
        measure(f"lingua (low accuracy: {low})", detect, texts)


if __name__ == "__main__":
    main()
