"""MkDocs hook: wires the page transforms into MkDocs (and ProperDocs, its fork).

The transforms are plain functions that import nothing from MkDocs: tex_to_mathml.py (TeX to
MathML on every page) and notebook_markup.py (a notebook page in the theme's markup). This file
only calls them at the right event and turns their ValueError into MkDocs' PluginError, which
names the page.

It also points Jupyter at jupyter_config/, which asks jupyter_client to encrypt the connection to
the notebook's kernel (CurveZMQ, which the kernel declares it supports) and to fail if it cannot;
so the kernel has no reason to print its warning about plain TCP on every build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

# MkDocs loads a hook by its path; its siblings are imported from the same folder.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from notebook_markup import clean_notebook_page, notebook_description
from tex_to_mathml import render_maths, render_notebook_maths

sys.path.pop(0)

JUPYTER_CONFIG = Path(__file__).resolve().parent / "jupyter_config"


def on_config(config):
    """Put jupyter_config/ first on Jupyter's config path, for the notebook's kernel."""
    paths = [
        str(JUPYTER_CONFIG),
        *filter(None, os.environ.get("JUPYTER_CONFIG_PATH", "").split(os.pathsep)),
    ]
    os.environ["JUPYTER_CONFIG_PATH"] = os.pathsep.join(dict.fromkeys(paths))
    return config


def on_page_content(html: str, page, config, files):  # MkDocs calls hooks by this signature
    name = page.file.src_uri
    try:
        if name.endswith(".ipynb"):
            page.meta["description"] = notebook_description(page.file.abs_src_path)
            return clean_notebook_page(render_notebook_maths(html), name)
        return render_maths(html)
    except ValueError as error:
        raise PluginError(f"{name}: {error}") from error
