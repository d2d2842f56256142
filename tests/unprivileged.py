"""Running the real `reader` as a user without root's rights, so permission checks hold under root too."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

NOBODY = 65534


def unprivileged_prefix() -> list[str]:
    """The command prefix that runs a program without the power to ignore permissions:
    nothing when not root; as root, `nobody` through setpriv (util-linux). Skips the test
    only when neither is possible."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot take away permissions")
    prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    probe = subprocess.run([*prefix, sys.executable, "-c", "import index"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("the unprivileged user cannot run this checkout's Python")
    return prefix
