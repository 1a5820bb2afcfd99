"""The one way the tests and the benchmarks build the site, serve it, list its pages and find a
Chromium to look at it with."""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NETWORK_GUARD = Path(__file__).resolve().parent / "network_guard"

# Without the networking flags Chromium stalls on the connections this machine's network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SYSTEM_CHROMIUMS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


def page_paths() -> list[str]:
    """Every page's address below the site's root, from its source: "", "softmax/", …"""
    docs = ROOT / "docs"
    sources = [*docs.glob("*.md"), *docs.glob("*.ipynb")]
    return sorted("" if source.stem == "index" else f"{source.stem}/" for source in sources)


def site_path() -> str:
    """The path part of site_url, e.g. "/logits-explained/": where the site lives once published."""
    found = re.search(r"(?m)^site_url:\s*\S+?://[^/\s]+(/\S*)", (ROOT / "mkdocs.yml").read_text())
    return found.group(1) if found else "/"


# The engines that build this site: ProperDocs (the maintained fork of MkDocs 1.x, the default
# for `make build` and `make serve`) and MkDocs 1.6. Both must give the same site.
ENGINES = ("properdocs", "mkdocs")
DEFAULT_ENGINE = ENGINES[0]


def build_site(
    project: Path,
    site_dir: Path,
    network_log: Path | None = None,
    engine: str = DEFAULT_ENGINE,
) -> subprocess.CompletedProcess:
    """`<engine> build --strict` of ``project`` into ``site_dir``.

    With ``network_log``, a guard refuses any connection to another host and logs it there.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, got {engine!r}")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if network_log is not None:
        env |= {"PYTHONPATH": str(NETWORK_GUARD), "NETWORK_GUARD_LOG": str(network_log)}
    command = [sys.executable, "-m", engine, "build", "--strict"]
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


def without_generator_tag(page: bytes) -> bytes:
    """A built page without its <meta name="generator">, the one line where the engines differ."""
    return re.sub(rb'<meta name="generator" content="[^"]*">', b"", page)


_COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".ipynb", ".map"}


class _PagesLikeHandler(http.server.SimpleHTTPRequestHandler):
    """What GitHub Pages sends: gzip for text, a ten-minute cache lifetime."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and path.suffix in _COMPRESSIBLE and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None

    def end_headers(self):
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def log_message(self, format, *args):  # quiet: the tests report what matters
        pass


class _PagesLikeServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that leaves a page mid-download closes the connection; that is not an error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on a free port of 127.0.0.1 as GitHub Pages would; yield its base URL."""
    handler = functools.partial(_PagesLikeHandler, directory=str(site))
    server = _PagesLikeServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def system_chromium() -> str | None:
    """CHROMIUM_PATH if set, else the system's Chromium (Debian's package gives the first)."""
    candidates = [os.environ.get("CHROMIUM_PATH"), *SYSTEM_CHROMIUMS, shutil.which("chromium")]
    return next((c for c in candidates if c and Path(c).is_file()), None)
