"""Browser tests: build the site once, serve it on 127.0.0.1, and drive Chromium with Playwright.

Chromium is found in this order: Playwright's own build, then a system one (Debian's package
`chromium` gives /usr/bin/chromium, which .ci/run installs). With neither, the tests try
`playwright install chromium`, and if that fails too they FAIL with instructions: never skip.

Every page is shown in DejaVu Sans and DejaVu Sans Mono, forced by a stylesheet that the tests
inject: a wide family, and the only one a fresh Debian machine has. So the layout is tested, not
the machine's font configuration. BROWSER_TEST_FONTS=system leaves the page's own fonts alone.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    Response,
    Route,
    sync_playwright,
)

from tests.site_harness import CHROMIUM_ARGS, SYSTEM_CHROMIUMS, serve, system_chromium

NO_BROWSER_HELP = (
    "No Chromium for the browser tests. Playwright could not download its own "
    "(`python -m playwright install chromium` failed), and none of {paths} exists. "
    "Install one: on Debian or Ubuntu `sudo apt-get install chromium`; elsewhere run "
    "`.venv/bin/python -m playwright install chromium` on a machine with internet access, "
    "or set CHROMIUM_PATH to a Chromium or Chrome executable."
)

# axe with the WCAG 2.1 A and AA rules. Only violations are collected node by node: the tests
# assert on nothing else, and listing every passing node of a code-heavy page costs a third of
# the run.
WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}

# The fonts are forced on everything but maths, which keeps the browser's maths font.
WIDE_FONTS = ("DejaVu Sans", "DejaVu Sans Mono")
WIDE_FONTS_CSS = """
:not(math, math *) { font-family: "DejaVu Sans", sans-serif !important; }
:is(code, kbd, pre, samp, tt) :not(math, math *), :is(code, kbd, pre, samp, tt) {
  font-family: "DejaVu Sans Mono", monospace !important;
}
"""
# An init script runs before the page exists: the stylesheet goes in as soon as <html> does.
FORCE_WIDE_FONTS = f"""(() => {{
  const add = () => {{
    const style = document.createElement("style");
    style.textContent = {WIDE_FONTS_CSS!r};
    document.documentElement.append(style);
  }};
  if (document.documentElement) add();
  else new MutationObserver((_, observer) => {{
    if (document.documentElement) {{ observer.disconnect(); add(); }}
  }}).observe(document, {{ childList: true }});
}})()"""
# A font the machine lacks falls back to the generic family: same width as the fallback alone.
MISSING_FONTS = """(fonts) => {
  const context = document.createElement("canvas").getContext("2d");
  const width = (family) => {
    context.font = `40px ${family}`;
    return context.measureText("mmmmmmmmmmlliWWW 0123").width;
  };
  return fonts.filter((font) => ["monospace", "serif"].every(
    (generic) => width(`"${font}", ${generic}`) === width(generic)));
}"""
NO_FONTS_HELP = (
    "The browser tests force the fonts {missing}, which this machine lacks. Install them: on "
    "Debian or Ubuntu `sudo apt-get install fonts-dejavu-core` (.ci/run does), or run with "
    "BROWSER_TEST_FONTS=system to test with the machine's own fonts."
)


def forcing_wide_fonts() -> bool:
    setting = os.environ.get("BROWSER_TEST_FONTS", "wide")
    if setting not in ("wide", "system"):
        pytest.fail(f"BROWSER_TEST_FONTS must be 'wide' or 'system', got {setting!r}")
    return setting == "wide"


def new_context(browser: Browser, **options) -> BrowserContext:
    """A browser context for a test: the wide fonts forced, unless BROWSER_TEST_FONTS=system."""
    context = browser.new_context(**options)
    if forcing_wide_fonts():
        context.add_init_script(FORCE_WIDE_FONTS)
    return context


def _chromium_executable(bundled: str) -> str | None:
    """Return the executable to launch, or None for Playwright's own build."""
    if os.environ.get("CHROMIUM_PATH"):
        return os.environ["CHROMIUM_PATH"]
    if Path(bundled).is_file():
        return None
    system = system_chromium()
    if system:
        return system
    install = subprocess.run(
        [sys.executable, "-m", "playwright", "install", "chromium"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if install.returncode == 0 and Path(bundled).is_file():
        return None
    pytest.fail(NO_BROWSER_HELP.format(paths=", ".join(SYSTEM_CHROMIUMS)), pytrace=False)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        executable = _chromium_executable(playwright.chromium.executable_path)
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        if forcing_wide_fonts():
            probe = launched.new_page()
            missing = probe.evaluate(MISSING_FONTS, list(WIDE_FONTS))
            probe.close()
            if missing:
                pytest.fail(NO_FONTS_HELP.format(missing=", ".join(missing)), pytrace=False)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def built_site(site_build) -> Path:
    """The site as `mkdocs build --strict` makes it (built once per run, see tests/conftest.py)."""
    assert site_build.returncode == 0, site_build.stderr
    return site_build.site


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    with serve(built_site) as url:
        yield url


@dataclass
class PageLog:
    """What a page did while a test drove it."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    blocked_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)


@pytest.fixture
def page_log() -> PageLog:
    return PageLog()


@pytest.fixture
def page(browser: Browser, site_url: str, page_log: PageLog) -> Iterator[Page]:
    """A fresh page that refuses (and records) every request to another host."""
    context = new_context(browser, viewport={"width": 1280, "height": 900})
    local_host = urlsplit(site_url).netloc

    def route(route: Route) -> None:
        if urlsplit(route.request.url).netloc == local_host or route.request.url.startswith(
            ("data:", "blob:")
        ):
            route.continue_()
        else:
            page_log.blocked_requests.append(route.request.url)
            route.abort()

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            page_log.console_errors.append(message.text)

    def on_failed(request: Request) -> None:
        # ERR_ABORTED is the page cancelling its own request (it navigated on); a missing file
        # shows up as an HTTP error in on_response, and a refused one as any other failure.
        if urlsplit(request.url).netloc == local_host and request.failure != "net::ERR_ABORTED":
            page_log.failed_requests.append(f"{request.url} ({request.failure})")

    def on_response(response: Response) -> None:
        if response.status >= 400:
            page_log.failed_requests.append(f"{response.url} (HTTP {response.status})")

    context.route("**/*", route)
    new_page = context.new_page()
    new_page.on("console", on_console)
    new_page.on("pageerror", lambda error: page_log.page_errors.append(str(error)))
    new_page.on("requestfailed", on_failed)
    new_page.on("response", on_response)
    yield new_page
    context.close()
