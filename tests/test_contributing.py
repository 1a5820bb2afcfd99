"""README.md and CONTRIBUTING.md give the commands, addresses and paths that really exist."""

import re
from pathlib import Path

import pytest
from mkdocs.config import load_config

from tests.site_harness import ROOT, site_path

DOCUMENTS = [ROOT / "README.md", ROOT / "CONTRIBUTING.md"]
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def _text(document: Path) -> str:
    return document.read_text(encoding="utf-8")


def _make_targets() -> set[str]:
    return set(re.findall(r"(?m)^([\w-]+):", MAKEFILE))


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_every_make_command_named_is_a_makefile_target(document):
    # In inline code or at the start of a line of a code block: not "if make fetched uv".
    named = set(re.findall(r"(?m)(?:`|^)make ([a-z][\w-]*)", _text(document)))
    assert named, "the document names no make command"
    assert named - _make_targets() == set()


def test_the_readme_gives_the_two_commands():
    block = re.search(r"```sh\n(.*?)```", _text(ROOT / "README.md"), re.DOTALL).group(1)
    assert [line.split()[:2] for line in block.strip().splitlines()] == [
        ["make", "serve"],
        ["make", "test"],
    ]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_the_serve_address_is_where_make_serve_serves(document):
    address = re.search(r"--dev-addr (\S+)", MAKEFILE).group(1)
    served = f"http://{address}{site_path()}"
    found = re.findall(r"http://127\.0\.0\.1:\d+\S*", _text(document))
    assert found, "the document gives no address"
    assert {url.rstrip(">`),.") for url in found} == {served}


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_every_repository_path_named_exists(document):
    paths = set(
        re.findall(
            r"`((?:docs|snippets|tests|hooks|benchmarks|overrides)/[^`*<>…]+)`", _text(document)
        )
    )
    assert paths
    assert sorted(p for p in paths if not (ROOT / p.split()[0]).exists()) == []


def test_the_check_and_the_full_gate_run_in_ci():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    workflow = (ROOT / ".github" / "workflows" / "tests.yml").read_text(encoding="utf-8")
    for script in (ci, workflow):
        assert re.search(r"(?m)^\s*(?:run: )?make check$", script)
        assert re.search(r"(?m)^\s*(?:run: )?make test$", script)


@pytest.mark.parametrize(
    ("environment", "indexed"), [({}, True), ({"SEARCH_INDEX": "false"}, False)]
)
def test_only_the_preview_skips_the_search_index(monkeypatch, environment, indexed):
    # CONTRIBUTING: `make serve` sets SEARCH_INDEX=false; every build keeps the search index.
    assert re.search(r"(?m)^serve: export SEARCH_INDEX \?= false$", MAKEFILE)
    assert "SEARCH_INDEX" not in re.search(r"(?ms)^build:.*?(?=^\S)", MAKEFILE).group(0)
    monkeypatch.delenv("SEARCH_INDEX", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    assert config.plugins["material/search"].config.enabled is indexed
