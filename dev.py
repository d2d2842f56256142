#!/usr/bin/env python3
"""Bootstrap a project-local virtualenv and run reader or its test suite: the README's two commands."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".installed"


def _requirements_digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def install() -> None:
    """Create .venv and install reader with its test extras, once per pyproject.toml change."""
    if not (BIN / "python").exists():
        print("Creating .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    digest = _requirements_digest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    print("Installing reader and its dependencies into .venv ...", flush=True)
    pip = [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(digest)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "run"
    rest = argv[1:]
    if command not in {"run", "test", "lint", "screenshots"}:
        print(f"usage: python3 dev.py run|test|lint|screenshots  (got {command!r})", file=sys.stderr)
        return 2
    try:
        install()
    except subprocess.CalledProcessError as error:
        print(f"dev.py: installation failed ({error})", file=sys.stderr)
        return 1
    os.chdir(ROOT)
    if command == "run":
        return subprocess.call([str(BIN / "reader"), *(rest or ["seeds"])])
    if command == "screenshots":
        return subprocess.call([str(BIN / "python"), "screenshots/make_screenshots.py"])
    if command == "lint":
        status = subprocess.call([str(BIN / "ruff"), "check", "index", "reader", "tests", "bench"])
        status |= subprocess.call([str(BIN / "mypy")])
        status |= subprocess.call([str(BIN / "lint-imports")])
        return status
    return subprocess.call([str(BIN / "python"), "-m", "pytest", *_parallel(rest), *rest])


def _parallel(arguments: list[str]) -> list[str]:
    """pytest-xdist's workers, one per core up to four (each loads the spaCy model once), unless
    the caller chose (-n, -p no:xdist) or asked for one test; most of the suite's time is
    subprocesses and model loads waiting on one core each."""
    cores = min(os.cpu_count() or 1, 4)
    chosen = any(a.startswith(("-n", "--numprocesses", "-p", "--pdb")) or "::" in a for a in arguments)
    return [] if cores < 2 or chosen else ["-n", str(cores)]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
