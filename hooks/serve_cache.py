"""MkDocs hook: fast, never-stale rebuilds under `mkdocs serve`.

`mkdocs build` is left alone: every snippet and the notebook run on every build. Under `serve`:

- A rebuild first drops the `snippets` modules from sys.modules when any file in snippets/ has
  changed, so an edited snippets/activations.py is imported afresh rather than served stale.
- The output of each executed block and of the notebook is kept, keyed by its own source AND a
  hash of every file in snippets/, so a prose edit reuses them and any code edit re-runs them.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import markdown_exec._internal.formatters.python as exec_python_formatter
import mkdocs_jupyter.convert as notebook_converter

SNIPPETS = Path(__file__).resolve().parents[1] / "snippets"

_outputs: dict[tuple, str] = {}
_state = {"serving": False, "tree": ""}
_run_python = exec_python_formatter._run_python
_nb2html = notebook_converter.nb2html


def snippets_tree_hash() -> str:
    """One hash of every file's path and bytes under snippets/."""
    root, digest = SNIPPETS, hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cached_run_python(code: str, returncode=None, session=None, id=None, **extra):
    if session:  # a session shares globals between blocks: its blocks are not independent
        return _run_python(code, returncode, session, id, **extra)
    key = ("exec", _state["tree"], code, id, repr(sorted(extra.items())))
    if key not in _outputs:
        _outputs[key] = _run_python(code, returncode, session, id, **extra)
    return _outputs[key]


def cached_nb2html(nb_path, **kwargs):
    key = ("notebook", _state["tree"], Path(nb_path).read_bytes(), repr(sorted(kwargs.items())))
    if key not in _outputs:
        _outputs[key] = _nb2html(nb_path, **kwargs)
    return _outputs[key]


def on_startup(command: str, dirty: bool) -> None:  # MkDocs calls hooks by this signature
    _state["serving"] = command == "serve"
    if _state["serving"]:
        exec_python_formatter._run_python = cached_run_python
        notebook_converter.nb2html = cached_nb2html


def on_pre_build(config) -> None:
    if not _state["serving"]:
        return
    tree = snippets_tree_hash()
    if tree != _state["tree"]:
        for name in [n for n in sys.modules if n == "snippets" or n.startswith("snippets.")]:
            del sys.modules[name]
        _outputs.clear()  # every entry was keyed by the old tree
        _state["tree"] = tree
