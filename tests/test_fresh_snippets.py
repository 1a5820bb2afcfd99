"""The build hook that makes every build, under `mkdocs serve` too, import the snippets afresh."""

import importlib
import sys

from hooks.fresh_snippets import forget_snippets, on_pre_build


def test_an_edited_snippet_module_is_imported_afresh(tmp_path, monkeypatch):
    package = tmp_path / "snippets"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "numbers.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "snippets", raising=False)
    for name in [name for name in sys.modules if name.startswith("snippets.")]:
        monkeypatch.delitem(sys.modules, name)
    assert importlib.import_module("snippets.numbers").VALUE == 1

    (package / "numbers.py").write_text("VALUE = 2  # edited while serving\n")
    assert importlib.import_module("snippets.numbers").VALUE == 1  # stale without the hook
    on_pre_build(config=None)
    importlib.invalidate_caches()
    assert importlib.import_module("snippets.numbers").VALUE == 2
    assert forget_snippets() == ["snippets", "snippets.numbers"]
