"""The serve-only hook: prose edits reuse snippet output; any code edit re-runs it."""

import sys
import types

import markdown_exec._internal.formatters.python as exec_python_formatter
import mkdocs_jupyter.convert as notebook_converter
import pytest

from hooks import serve_cache


@pytest.fixture
def hook(monkeypatch, tmp_path):
    """The hook with counting stand-ins for the real runners, and its own snippets tree."""
    calls = []
    monkeypatch.setattr(
        serve_cache, "_run_python", lambda code, *a, **k: calls.append(code) or code
    )
    monkeypatch.setattr(serve_cache, "_nb2html", lambda path, **k: calls.append(path) or "<nb>")
    monkeypatch.setattr(serve_cache, "SNIPPETS", tmp_path)
    monkeypatch.setattr(serve_cache, "_outputs", {})
    monkeypatch.setattr(serve_cache, "_state", {"serving": False, "tree": ""})
    monkeypatch.setattr(exec_python_formatter, "_run_python", exec_python_formatter._run_python)
    monkeypatch.setattr(notebook_converter, "nb2html", notebook_converter.nb2html)
    (tmp_path / "a.py").write_text("x = 1\n")
    return calls


def test_a_build_runs_everything_and_patches_nothing(hook):
    real = exec_python_formatter._run_python
    serve_cache.on_startup("build", dirty=False)
    serve_cache.on_pre_build(None)
    assert exec_python_formatter._run_python is real
    assert serve_cache._state["tree"] == ""


def test_under_serve_an_unchanged_block_runs_once(hook):
    serve_cache.on_startup("serve", dirty=False)
    assert exec_python_formatter._run_python is serve_cache.cached_run_python
    serve_cache.on_pre_build(None)
    assert serve_cache.cached_run_python("print(1)", id="a") == "print(1)"
    assert serve_cache.cached_run_python("print(1)", id="a") == "print(1)"
    serve_cache.cached_run_python("print(2)", id="a")
    assert hook == ["print(1)", "print(2)"]


def test_a_changed_snippet_file_reruns_blocks_and_reimports_modules(hook, tmp_path):
    serve_cache.on_startup("serve", dirty=False)
    serve_cache.on_pre_build(None)
    serve_cache.cached_run_python("print(1)", id="a")
    sys.modules["snippets.fake_for_test"] = types.ModuleType("snippets.fake_for_test")
    (tmp_path / "a.py").write_text("x = 2\n")
    serve_cache.on_pre_build(None)
    assert "snippets.fake_for_test" not in sys.modules
    serve_cache.cached_run_python("print(1)", id="a")
    assert hook == ["print(1)", "print(1)"]


def test_an_unchanged_tree_keeps_modules(hook):
    serve_cache.on_startup("serve", dirty=False)
    serve_cache.on_pre_build(None)
    sys.modules["snippets.fake_for_test"] = types.ModuleType("snippets.fake_for_test")
    serve_cache.on_pre_build(None)
    assert "snippets.fake_for_test" in sys.modules
    del sys.modules["snippets.fake_for_test"]


def test_session_blocks_are_never_cached(hook):
    serve_cache.on_startup("serve", dirty=False)
    serve_cache.cached_run_python("x += 1", session="s")
    serve_cache.cached_run_python("x += 1", session="s")
    assert hook == ["x += 1", "x += 1"]


def test_the_notebook_reruns_when_it_changes(hook, tmp_path):
    serve_cache.on_startup("serve", dirty=False)
    serve_cache.on_pre_build(None)
    notebook = tmp_path / "n.ipynb"
    notebook.write_text("{}")
    serve_cache.cached_nb2html(str(notebook), execute=True, remove_tag_config={})
    serve_cache.cached_nb2html(str(notebook), execute=True, remove_tag_config={})
    notebook.write_text('{"cells": []}')
    serve_cache.cached_nb2html(str(notebook), execute=True, remove_tag_config={})
    assert hook == [str(notebook), str(notebook)]
