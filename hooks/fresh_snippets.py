"""MkDocs hook: every build imports the `snippets` package afresh.

`mkdocs serve` rebuilds in the same process, where `import snippets.activations` would otherwise
return the module as it was first imported: an edit to it would not reach the pages.
"""

import sys


def forget_snippets() -> list[str]:
    """Drop `snippets` and its submodules from the import cache; return their names."""
    names = [name for name in sys.modules if name == "snippets" or name.startswith("snippets.")]
    for name in names:
        del sys.modules[name]
    return names


def on_pre_build(config) -> None:  # MkDocs calls hooks by this signature
    forget_snippets()
