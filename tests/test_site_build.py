"""The strict build: it passes, it is reproducible, it needs no network, and it can fail."""

import filecmp
import html
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest

from tests.site_harness import (
    DEFAULT_ENGINE,
    ENGINES,
    ROOT,
    build_site,
    page_paths,
    site_path,
    without_generator_tag,
)

SITE_PATH = site_path()


def one_page_project(destination: Path, page: str) -> Path:
    """The real configuration, hooks and snippets, with one page whose Markdown is ``page``.

    A gate is proven on this small build, not on a copy of the whole site: each takes seconds.
    """
    for name in ("snippets", "hooks", "overrides", "docs/javascripts", "docs/stylesheets"):
        shutil.copytree(
            ROOT / name, destination / name, ignore=shutil.ignore_patterns("__pycache__")
        )
    (destination / "docs" / "index.md").write_text(page, encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = re.search(r"(?ms)^nav:\n(?:  - [^\n]*\n)+", config)
    assert nav is not None
    config = config.replace(nav.group(0), "nav:\n  - Home: index.md\n")
    (destination / "mkdocs.yml").write_text(config, encoding="utf-8")
    return destination


def test_strict_build_passes(site_build):
    assert site_build.returncode == 0, site_build.stderr
    assert (site_build.site / "index.html").is_file()
    assert (site_build.site / "softmax" / "index.html").is_file()


def test_a_clean_build_prints_nothing_that_looks_like_a_problem(site_build):
    noisy = [line for line in site_build.stderr.splitlines() if not line.startswith("INFO ")]
    assert noisy == []


def test_build_makes_no_network_request(site_build):
    assert site_build.returncode == 0, site_build.stderr
    log = site_build.network_log
    assert not log.exists(), log.read_text()


def test_executed_output_reaches_the_page(site_build):
    page = (site_build.site / "softmax" / "index.html").read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert '<td style="text-align: right;">0.879</td>' in page
    assert "The model gives the dog a probability of 87.9%." in text
    assert '<figure class="svg-figure" id="softmax-logits-vs-probabilities">' in page
    # The reader sees each snippet's source next to its output.
    assert "exps = np.exp(LOGITS)" in text
    assert "print(to_inline_svg(fig" in text


@pytest.mark.full
def test_the_other_engine_builds_the_same_site_byte_for_byte(site_build, tmp_path):
    """Two clean builds, one by each engine: the same bytes in every file, but for the generator
    tag. So a build is reproducible, and either engine can build the site."""
    assert site_build.returncode == 0, site_build.stderr
    other = ENGINES[1] if ENGINES[0] == DEFAULT_ENGINE else ENGINES[0]
    second = build_site(ROOT, tmp_path / "site", tmp_path / "network.log", engine=other)
    assert second.returncode == 0, second.stderr
    assert _differences(filecmp.dircmp(site_build.site, tmp_path / "site")) == []


def _differences(comparison: filecmp.dircmp, prefix: str = "") -> list[str]:
    found = [prefix + name for name in comparison.left_only + comparison.right_only]
    for name in comparison.common_files:
        left, right = Path(comparison.left, name), Path(comparison.right, name)
        if without_generator_tag(left.read_bytes()) != without_generator_tag(right.read_bytes()):
            found.append(prefix + name)
    for name, sub in comparison.subdirs.items():
        found += _differences(sub, f"{prefix}{name}/")
    return found


RUN_SNIPPET = 'A number: 1.\n\n```python exec="1"\n--8<-- "snippets/{name}"\n```\n'
# (what the page holds, what the failed build must say): each is a mistake that must stop it.
MISTAKES = {
    "failing snippet": (RUN_SNIPPET.format(name="broken.py"), "deliberately broken snippet"),
    "missing snippet file": (RUN_SNIPPET.format(name="missing.py"), "missing.py"),
    "broken link": ("See [nowhere](missing-page.md).\n", "missing-page.md"),
    "broken anchor": ("See [here](#nowhere).\n", "#nowhere"),
    "asset from another host": ("![A chart](https://example.org/chart.png)\n", "example.org"),
    "TeX that MathML cannot show": ("$$\n\\frac{1}{\n$$\n", "unbalanced braces"),
}


def _build_one_page(
    tmp_path: Path, page: str, engine: str = DEFAULT_ENGINE
) -> subprocess.CompletedProcess:
    project = one_page_project(tmp_path / "project", page)
    (project / "snippets" / "broken.py").write_text(
        'raise RuntimeError("deliberately broken snippet")\n', encoding="utf-8"
    )
    (project / "snippets" / "fine.py").write_text('print("all good")\n', encoding="utf-8")
    return build_site(project, tmp_path / "site", tmp_path / "network.log", engine=engine)


@pytest.mark.full
def test_the_one_page_build_passes_when_nothing_is_wrong(tmp_path):
    result = _build_one_page(tmp_path, RUN_SNIPPET.format(name="fine.py") + "$$\nz_i\n$$\n")
    assert result.returncode == 0, result.stderr
    assert "all good" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


@pytest.mark.full
@pytest.mark.parametrize("mistake", sorted(MISTAKES))
def test_a_mistake_fails_the_strict_build_and_is_named(tmp_path, mistake):
    page, message = MISTAKES[mistake]
    result = _build_one_page(tmp_path, page)
    assert result.returncode != 0
    assert message in result.stderr


@pytest.mark.full
@pytest.mark.parametrize("engine", ENGINES)
def test_a_failing_snippet_fails_the_build_on_every_engine(tmp_path, engine):
    # markdown-exec logs the failure as a warning; each engine's strict mode turns it into a stop.
    page, message = MISTAKES["failing snippet"]
    result = _build_one_page(tmp_path, page, engine=engine)
    assert result.returncode != 0
    assert message in result.stderr


class _LinksAndIds(HTMLParser):
    """Collect every local address a page refers to, and every id it defines."""

    def __init__(self):
        super().__init__()
        self.addresses: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"])
        if tag == "a" and attributes.get("name"):
            self.ids.add(attributes["name"])
        for name in ("href", "src"):
            value = attributes.get(name)
            if value and not re.match(r"^(?:[a-z][a-z0-9+.-]*:|//)", value, re.IGNORECASE):
                self.addresses.append(value)


def _parse(page: Path) -> _LinksAndIds:
    parser = _LinksAndIds()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def broken_links(site: Path) -> list[str]:
    """Every local link, asset or anchor in the built ``site`` that leads nowhere."""
    pages = {page: _parse(page) for page in site.rglob("*.html")}
    broken = []
    for page, parsed in pages.items():
        for address in parsed.addresses:
            path, _, fragment = unquote(address).partition("#")
            # An absolute path (404.html uses them) starts with site_url's path.
            if path.startswith("/"):
                assert path.startswith(SITE_PATH), f"{page.relative_to(site)}: {address}"
                target = (site / path.removeprefix(SITE_PATH)).resolve()
            else:
                target = (page.parent / path).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{page.relative_to(site)}: {address} (no such file)")
            elif "=" in fragment:
                continue  # not an anchor: a state for the page's script, the playground's hash
            elif fragment and target.suffix == ".html" and fragment not in pages[target].ids:
                broken.append(f"{page.relative_to(site)}: {address} (no such anchor)")
    return broken


def test_crawl_finds_no_broken_internal_link_or_missing_asset(site_build):
    assert site_build.returncode == 0, site_build.stderr
    site = site_build.site
    assert len(list(site.rglob("index.html"))) == len(page_paths())  # each page, no other
    assert broken_links(site) == []


def test_crawl_can_find_a_broken_link_and_a_missing_asset(tmp_path):
    (tmp_path / "page").mkdir()
    (tmp_path / "page" / "index.html").write_text(
        '<h2 id="here">x</h2><a href="#here">ok</a><a href="../page/#gone">bad anchor</a>'
        '<img src="../missing.png" alt=""><a href="https://example.org/">external</a>'
    )
    (tmp_path / "page" / "index.html").write_text(
        (tmp_path / "page" / "index.html").read_text() + '<a href="../page/#logits=1,2">state</a>'
    )
    assert broken_links(tmp_path) == [
        "page/index.html: ../page/#gone (no such anchor)",
        "page/index.html: ../missing.png (no such file)",
    ]
    (tmp_path / "404.html").write_text(f'<a href="{SITE_PATH}page/#here">ok</a>')
    assert len(broken_links(tmp_path)) == 2


def test_every_page_has_its_own_meta_description(site_build):
    site = site_build.site
    default = re.search(r'<meta name="description" content="([^"]*)"', _read(site / "404.html"))
    descriptions = {}
    for page in sorted(site.rglob("index.html")):
        found = re.search(r'<meta name="description" content="([^"]+)"', _read(page))
        assert found, f"{page.relative_to(site)} has no meta description"
        descriptions[str(page.relative_to(site))] = found.group(1)
    # Front matter that fails to parse as YAML falls back to the site's description.
    pages_with_default = [
        name
        for name, text in descriptions.items()
        if default and text == default.group(1) and name != "index.html"
    ]
    assert pages_with_default == []
    assert len(set(descriptions.values())) == len(descriptions)


def _read(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def test_notebook_page_uses_the_theme_code_blocks_and_no_stylesheet_of_its_own(site_build):
    page = _read(site_build.site / "whole-story" / "index.html")
    outside_figures = re.sub(r"<svg.*?</svg>", "", page, flags=re.DOTALL)
    assert "<style" not in outside_figures
    assert "jp-" in page  # still mkdocs-jupyter's page, rewritten
    cells = json.loads(_read(ROOT / "docs" / "whole-story.ipynb"))["cells"]
    code = ["".join(cell["source"]) for cell in cells if cell["cell_type"] == "code"]
    # Every code cell becomes a Python block, and the output of every cell that prints a text one.
    python_blocks = '<div class="language-python highlight"><pre><span></span><code'
    text_blocks = '<div class="language-text highlight"><pre><span></span><code'
    assert page.count(python_blocks) == len(code)
    assert page.count(text_blocks) == sum("print(" in source for source in code)
