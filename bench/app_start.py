"""Measure the app's time to first screen (list shown, newest article open) and its peak memory, headless."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

# Runs in a fresh interpreter so that imports are part of the measure, as for a user.
_CHILD = """
import asyncio, json, sys, time
start = float(sys.argv[2])
from index import Library
from reader.app import ReaderApp

async def main():
    app = ReaderApp(Library(sys.argv[1]))
    async with app.run_test(size=(160, 48)) as pilot:
        screen = app.screen
        while not (screen.articles and screen.current_article is not None):
            await pilot.pause(0.005)
        first = time.time() - start
        for _ in range(3):  # the whole list, loaded after the first page and article
            await app.workers.wait_for_complete()
            await pilot.pause()
        # VmHWM, not ru_maxrss: the latter keeps the peak of the parent forked before exec.
        status = open("/proc/self/status").read()
        peak = int(next(l.split()[1] for l in status.splitlines() if l.startswith("VmHWM"))) / 1024
        print(json.dumps({"first_screen_s": round(first, 3), "articles": len(screen.articles),
                          "peak_rss_mb": round(peak, 1)}))

asyncio.run(main())
"""


def measure(home: Path, runs: int = 3) -> dict[str, float]:
    results = []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(home), repr(start)], capture_output=True, text=True, check=True
        ).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
    best = min(results, key=lambda r: r["first_screen_s"])
    return {**best, "worst_first_screen_s": max(r["first_screen_s"] for r in results)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("home", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(measure(args.home, args.runs))
