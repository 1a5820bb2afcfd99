"""MkDocs hook: every build runs the snippets afresh; `mkdocs serve` re-runs only what changed.

- Every build drops the `snippets` package from the import cache: `mkdocs serve` rebuilds in one
  process, and an edited `snippets/activations.py` must not be served as it was first imported.
- Under `serve` only, two public interfaces skip the work whose inputs did not change:
  - markdown-exec's fence formatter (`markdown_exec.formatter`, the one its plugin registers) is
    wrapped: a block's page output is reused while its code and every `snippets` module it
    imports, directly or through another, are byte for byte the same;
  - mkdocs-jupyter's own cache is turned on for the notebook, in a folder named after the same
    fingerprint of the modules the notebook imports;
  - the theme's templates get Jinja's bytecode cache, so they are compiled once, not per rebuild.
- `mkdocs build` never reuses anything.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import sys
from pathlib import Path

import jinja2

ROOT = Path(__file__).resolve().parents[1]
SNIPPETS = ROOT / "snippets"
NOTEBOOK_CACHE = ROOT / ".cache" / "serve-notebook"

_serving = {"on": False}
_outputs: dict[str, str] = {}  # fingerprint of a block -> its HTML, for the life of `serve`


def forget_snippets() -> list[str]:
    """Drop `snippets` and its submodules from the import cache; return their names."""
    names = [name for name in sys.modules if name == "snippets" or name.startswith("snippets.")]
    for name in names:
        del sys.modules[name]
    return names


def imported_snippet_files(code: str) -> list[Path]:
    """The files of the `snippets` modules that ``code`` imports, directly or not, sorted."""
    found: set[Path] = set()
    pending = [code]
    while pending:
        for name in _snippet_imports(pending.pop()):
            path = _module_file(name)
            if path is not None and path not in found:
                found.add(path)
                pending.append(path.read_text(encoding="utf-8"))
    return sorted(found)


def _module_file(name: str) -> Path | None:
    """The file of module ``name`` under snippets/, found without importing it (None: no module,
    as for ``snippets.activations.softmax``, a function)."""
    base = SNIPPETS.parent.joinpath(*name.split("."))
    return next((p for p in (base.with_suffix(".py"), base / "__init__.py") if p.is_file()), None)


@functools.cache  # keyed on the code itself: an edit is a new key, a shared module is parsed once
def _snippet_imports(code: str) -> tuple[str, ...]:
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return ()  # the block fails when it runs, and says why
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names += [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
    return tuple(name for name in names if name == "snippets" or name.startswith("snippets."))


def fingerprint(code: str, *context: str) -> str:
    """One hash of ``code``, the files of the snippets modules it imports, and ``context``."""
    digest = hashlib.sha256(code.encode())
    for part in context:
        digest.update(b"\0" + part.encode())
    for path in imported_snippet_files(code):
        digest.update(b"\0" + str(path).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def reuse_unchanged(format_block):
    """Wrap a superfences formatter: the same block with the same imports gives the same HTML."""

    def formatter(source, language, css_class, options, md, **kwargs):
        key = fingerprint(source, language, repr(sorted(options.items())), repr(kwargs))
        if key not in _outputs:
            _outputs[key] = format_block(source, language, css_class, options, md, **kwargs)
        return _outputs[key]

    return formatter


def notebook_code(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(cell["source"]) for cell in cells if cell["cell_type"] == "code")


class _CompiledTemplates(jinja2.BytecodeCache):
    """Jinja's public bytecode cache, in memory: the theme's templates are compiled once per
    `serve`, not on every rebuild. Jinja keys each one by its source, so an edited override is
    compiled again."""

    def __init__(self):
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self._code:
            bucket.bytecode_from_string(self._code[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_templates = _CompiledTemplates()


def on_env(env, config, files):
    if _serving["on"]:
        env.bytecode_cache = _templates
    return env


def on_startup(command: str, dirty: bool) -> None:  # MkDocs calls hooks by these signatures
    _serving["on"] = command == "serve"


def on_config(config):
    forget_snippets()
    if not _serving["on"]:
        return config
    for fence in config.mdx_configs["pymdownx.superfences"]["custom_fences"]:
        if fence["name"] == "python":
            fence["format"] = reuse_unchanged(fence["format"])
    notebooks = config.plugins["mkdocs-jupyter"].config
    code = "".join(notebook_code(path) for path in sorted(Path(config.docs_dir).glob("*.ipynb")))
    notebooks["cache"] = True
    notebooks["cache_dir"] = str(NOTEBOOK_CACHE / fingerprint(code)[:16])
    return config
