"""The one way the tests build the site: `mkdocs build --strict`, with the network guard loaded."""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NETWORK_GUARD = Path(__file__).resolve().parent / "network_guard"


def build_site(project: Path, site_dir: Path, network_log: Path) -> subprocess.CompletedProcess:
    """Build ``project`` into ``site_dir``; any attempt to reach another host lands in the log."""
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONPATH": str(NETWORK_GUARD),
        "NETWORK_GUARD_LOG": str(network_log),
    }
    command = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    command += ["--config-file", str(project / "mkdocs.yml"), "--site-dir", str(site_dir)]
    return subprocess.run(
        command,
        # From another directory, to prove no path depends on where the build is started.
        cwd=site_dir.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def site_path() -> str:
    """The path part of site_url, e.g. "/logits-explained/": where the site lives once published."""
    found = re.search(r"(?m)^site_url:\s*\S+?://[^/\s]+(/\S*)", (ROOT / "mkdocs.yml").read_text())
    return found.group(1) if found else "/"
