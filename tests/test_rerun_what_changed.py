"""The build hook that re-imports the snippets on every build and, under serve, re-runs only what
changed (hooks/rerun_what_changed.py)."""

import importlib
import json
import sys

import jinja2
import pytest

from hooks import rerun_what_changed as hook

CODE = "from snippets.activations import softmax\nimport numpy as np\nprint(softmax([1, 2]))\n"


def test_a_block_depends_on_the_snippets_modules_it_imports_directly_or_not():
    files = hook.imported_snippet_files(CODE + "from snippets import figures\n")
    names = [str(path.relative_to(hook.ROOT)) for path in files]
    assert names == ["snippets/__init__.py", "snippets/activations.py", "snippets/figures.py"]
    worked_table = (hook.SNIPPETS / "softmax" / "worked_table.py").read_text()
    assert hook.SNIPPETS / "running_example.py" in hook.imported_snippet_files(worked_table)
    assert hook.imported_snippet_files("import numpy\nx = (") == []  # broken code: no guess


def _fake_snippets(tmp_path, monkeypatch):
    package = tmp_path / "snippets"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "shared.py").write_text("VALUE = 1\n")
    (package / "page.py").write_text("from snippets.shared import VALUE\n")
    monkeypatch.setattr(hook, "SNIPPETS", package)
    return package


def test_the_fingerprint_changes_with_the_code_or_any_module_it_reaches(tmp_path, monkeypatch):
    package = _fake_snippets(tmp_path, monkeypatch)
    code = "from snippets import page\n"
    first = hook.fingerprint(code)
    assert hook.fingerprint(code) == first
    assert hook.fingerprint(code + "print(1)\n") != first
    (package / "shared.py").write_text("VALUE = 2  # two imports away\n")
    assert hook.fingerprint(code) != first
    assert hook.fingerprint(code, "another page's options") != hook.fingerprint(code)


def test_a_block_runs_again_only_when_its_fingerprint_changes(tmp_path, monkeypatch):
    package = _fake_snippets(tmp_path, monkeypatch)
    monkeypatch.setattr(hook, "_outputs", {})
    runs = []

    def run_block(source, language, css_class, options, md, **kwargs):
        runs.append(source)
        return f"<p>{len(runs)}</p>"

    formatter = hook.reuse_unchanged(run_block)
    block = ("from snippets import page\n", "python", "python", {"exec": True}, None)
    assert formatter(*block) == "<p>1</p>"
    assert formatter(*block) == "<p>1</p>"  # a prose edit elsewhere: reused
    (package / "shared.py").write_text("VALUE = 3\n")
    assert formatter(*block) == "<p>2</p>"  # a module it imports changed: run again
    assert len(runs) == 2


def test_every_build_imports_the_snippets_afresh(tmp_path, monkeypatch):
    package = _fake_snippets(tmp_path, monkeypatch)
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in [name for name in sys.modules if name.split(".")[0] == "snippets"]:
        monkeypatch.delitem(sys.modules, name)
    assert importlib.import_module("snippets.shared").VALUE == 1
    (package / "shared.py").write_text("VALUE = 22  # edited while serving\n")
    assert importlib.import_module("snippets.shared").VALUE == 1  # stale without the hook
    hook.forget_snippets()
    importlib.invalidate_caches()
    assert importlib.import_module("snippets.shared").VALUE == 22
    hook.forget_snippets()


class _Config:
    def __init__(self, docs_dir):
        self.docs_dir = str(docs_dir)
        self.mdx_configs = {
            "pymdownx.superfences": {
                # markdown-exec registers more languages than Python; only Python blocks are reused.
                "custom_fences": [
                    {"name": "python", "format": "markdown-exec's formatter"},
                    {"name": "console", "format": "markdown-exec's formatter"},
                ]
            }
        }
        self.plugins = {"mkdocs-jupyter": type("Plugin", (), {"config": {"cache": False}})()}


@pytest.mark.parametrize("command", ["build", "serve"])
def test_only_serve_reuses_anything(tmp_path, monkeypatch, command):
    monkeypatch.setattr(hook, "_serving", {"on": False})
    (tmp_path / "story.ipynb").write_text(
        json.dumps(
            {
                "cells": [
                    {"cell_type": "code", "source": ["from snippets.activations import softmax\n"]}
                ]
            }
        )
    )
    config = _Config(tmp_path)
    hook.on_startup(command, dirty=False)
    assert hook.on_config(config) is config
    fence, other_fence = config.mdx_configs["pymdownx.superfences"]["custom_fences"]
    assert other_fence["format"] == "markdown-exec's formatter"
    notebooks = config.plugins["mkdocs-jupyter"].config
    if command == "build":
        assert fence["format"] == "markdown-exec's formatter"
        assert notebooks == {"cache": False}
    else:
        assert callable(fence["format"])
        assert notebooks["cache"] is True
        assert notebooks["cache_dir"].startswith(str(hook.NOTEBOOK_CACHE))


@pytest.mark.parametrize("command", ["build", "serve"])
def test_only_serve_keeps_compiled_templates_and_an_edit_compiles_again(monkeypatch, command):
    monkeypatch.setattr(hook, "_serving", {"on": False})
    monkeypatch.setattr(hook, "_templates", hook._CompiledTemplates())
    hook.on_startup(command, dirty=False)
    sources = {"page.html": "first {{ x }}"}

    def render() -> str:
        env = hook.on_env(jinja2.Environment(loader=jinja2.DictLoader(sources)), None, None)
        return env.get_template("page.html").render(x=1)

    assert render() == "first 1"
    assert len(hook._templates._code) == (1 if command == "serve" else 0)
    sources["page.html"] = "edited {{ x }}"  # a new environment, as on every rebuild
    assert render() == "edited 1"
