"""The digest's HTML as a phone shows it: rendered by headless Chromium, and the screenshot is not blank.

The screenshot is kept as artifacts/digest_phone.png for a person to look at.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from bot.admin.chart import SERIES
from bot.admin.digest import gather_digest
from bot.admin.digest_send import render_digest
from tests.admin.png import decode
from tests.admin.seed import seed_activity
from tests.workflow.world import World

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
PHONE = (412, 1200)  # a common Android phone width, in CSS pixels


def screenshot(html_file: Path, png: Path, profile: Path) -> bytes:
    assert Path(CHROMIUM).exists() or shutil.which("chromium"), "chromium is required: apt-get install chromium"
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--force-color-profile=srgb", "--force-device-scale-factor=1",
        f"--user-data-dir={profile}", f"--screenshot={png}", f"--window-size={PHONE[0]},{PHONE[1]}",
        html_file.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, timeout=120, check=False)
    assert png.exists(), f"chromium wrote no screenshot (exit {result.returncode}): {result.stderr[-2000:]!r}"
    return png.read_bytes()


async def test_the_digest_renders_on_a_phone_sized_screen_and_is_not_blank(world: World, tmp_path: Path) -> None:
    await seed_activity(world)
    async with world.app.db.session() as session:
        digest = await gather_digest(session, world.app.settings, world.clock.now())
    rendered = render_digest(world.app.composer, world.app.settings, digest)
    assert rendered.html is not None
    page = tmp_path / "digest.html"
    page.write_text(rendered.html, encoding="utf-8")

    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / "digest_phone.png"
    png.unlink(missing_ok=True)
    image = decode(screenshot(page, png, tmp_path / "chromium-profile"))

    assert (image.width, image.height) == PHONE
    colours = image.colours()
    assert len(colours) > 50, "a digest has text in several colours, not a flat page"
    assert 0.05 < image.share_not_white() < 0.9
    # The review card's approve button is the "passed" green; text anti-aliasing never makes a solid block of it.
    passed_green = tuple(int(SERIES[0][1][i:i + 2], 16) for i in (1, 3, 5))
    assert colours[passed_green] > 500, "the green approve button should be visible in the first screen"
