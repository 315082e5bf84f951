"""Cancel reaches into the input being loaded, not only the inputs after it (the window's Cancel)."""

from __future__ import annotations

import time

from crosscount.core.pipeline import load_and_extract
from hostile_inputs import MisbehavingServer, misbehaving_server


def test_cancel_stops_a_slow_download_midway(monkeypatch):
    monkeypatch.setattr(MisbehavingServer, "drip_bytes", 200)  # 200 × 0.25 s: fifty seconds of page
    started = time.monotonic()
    with misbehaving_server() as base:
        done = load_and_extract([f"{base}/drip"], cancelled=lambda: time.monotonic() - started > 1.0)
    assert time.monotonic() - started < 10
    assert all(a.error for a, _ in done)
