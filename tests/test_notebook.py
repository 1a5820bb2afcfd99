"""docs/whole-story.ipynb: committed without outputs, and it runs from top to bottom."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "docs" / "whole-story.ipynb"


@pytest.fixture(scope="module")
def executed():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
    return notebook


def _printed(notebook) -> list[str]:
    lines = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output.output_type == "stream" and output.name == "stdout":
                lines += output.text.splitlines()
    return lines


def test_committed_notebook_has_no_outputs_so_the_build_makes_them():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code_cells
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code_cells)


def test_notebook_imports_the_site_snippets():
    source = NOTEBOOK.read_text(encoding="utf-8")
    assert "from snippets.activations import" in source
    assert "from snippets.running_example import LABELS, LOGITS" in source


def test_notebook_runs_and_prints_the_running_example(executed):
    printed = _printed(executed)
    for line in (
        "   dog: sigmoid 0.982",
        "   cat: sigmoid 0.881",
        "rabbit: sigmoid 0.119",
        "   sum: 1.982",
        "   dog: e^z =  54.598   softmax 0.879",
        "   cat: e^z =   7.389   softmax 0.119",
        "rabbit: e^z =   0.135   softmax 0.002",
        "cross-entropy: 0.129",
        "gradient p - y: [-0.121  0.119  0.002]",
        "base 2 is 64/81, 16/81, 1/81: True",
        " float16: ln(largest float) = 11.09",
        "bfloat16: ln(largest float) = 88.72",
        " float32: ln(largest float) = 88.72",
        " float64: ln(largest float) = 709.78",
        "log_softmax([1000, 1])      = [   0. -999.]",
    ):
        assert line in printed


def test_notebook_figure_has_a_text_alternative(executed):
    html_outputs = [
        output.data["text/html"]
        for cell in executed.cells
        for output in cell.get("outputs", [])
        if output.output_type == "execute_result" and "text/html" in output.data
    ]
    assert len(html_outputs) == 1
    assert '<title id="notebook-softmax-vs-sigmoid-title">Grouped bars' in html_outputs[0]
