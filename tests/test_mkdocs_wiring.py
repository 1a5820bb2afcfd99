"""The MkDocs hook that wires the page transforms in (hooks/mkdocs_wiring.py)."""

import json
import os
import subprocess
import sys

import pytest
from mkdocs.exceptions import PluginError

from hooks.mkdocs_wiring import JUPYTER_CONFIG, on_config, on_page_content
from hooks.notebook_markup import clean_notebook_page
from hooks.tex_to_mathml import render_maths, render_notebook_maths
from tests.site_harness import ROOT
from tests.test_notebook_markup import MKDOCS_JUPYTER_OUTPUT


class _Page:
    def __init__(self, src_uri: str, abs_src_path: str = ""):
        self.file = type("File", (), {"src_uri": src_uri, "abs_src_path": abs_src_path})()
        self.meta = {}


def test_a_markdown_page_gets_its_maths_as_mathml():
    page = '<p>The logit <span class="arithmatex">\\(z_i\\)</span>.</p>'
    assert on_page_content(page, _Page("softmax.md"), None, None) == render_maths(page)
    assert "<math " in render_maths(page)


def test_a_transform_error_fails_the_build_naming_the_page():
    with pytest.raises(PluginError, match=r"^softmax\.md: cannot convert TeX to MathML: 'a\^'"):
        on_page_content(r'<span class="arithmatex">\(a^\)</span>', _Page("softmax.md"), None, None)


def test_a_notebook_page_is_cleaned_described_and_given_mathml(tmp_path):
    notebook = tmp_path / "story.ipynb"
    notebook.write_text('{"cells": [], "metadata": {"description": "A story."}}')
    page = _Page("story.ipynb", str(notebook))
    out = on_page_content(MKDOCS_JUPYTER_OUTPUT, page, None, None)
    expected = clean_notebook_page(render_notebook_maths(MKDOCS_JUPYTER_OUTPUT), "story.ipynb")
    assert out == expected
    assert page.meta == {"description": "A story."}
    notebook.write_text('{"cells": [], "metadata": {}}')
    with pytest.raises(PluginError, match=r"^story\.ipynb: .*add a 'description'"):
        on_page_content(MKDOCS_JUPYTER_OUTPUT, page, None, None)


def test_the_notebook_kernel_is_asked_for_an_encrypted_connection(monkeypatch):
    monkeypatch.setenv("JUPYTER_CONFIG_PATH", "/elsewhere")
    config = object()
    assert on_config(config) is config
    paths = os.environ["JUPYTER_CONFIG_PATH"].split(os.pathsep)
    assert paths == [str(JUPYTER_CONFIG), "/elsewhere"]  # ours first, the reader's kept
    on_config(config)
    assert os.environ["JUPYTER_CONFIG_PATH"].split(os.pathsep) == paths  # not added twice
    settings = json.loads((JUPYTER_CONFIG / "jupyter_nbconvert_config.json").read_text())
    assert settings == {"KernelManager": {"transport_encryption": "required"}}


def test_the_transforms_import_nothing_from_any_engine():
    # In a fresh interpreter: what importing the transforms pulls in, and nothing else.
    probe = (
        "import sys, hooks.tex_to_mathml, hooks.notebook_markup\n"
        "engines = {'mkdocs', 'properdocs', 'material'}\n"
        "print(sorted({name.split('.')[0] for name in sys.modules} & engines))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
