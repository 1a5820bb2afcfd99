"""The snippet of docs/performance.md: it shows the committed benchmark results, untouched."""

from pathlib import Path

import numpy as np

from snippets.activations import softmax

RESULTS = Path(__file__).resolve().parents[2] / "benchmarks" / "results"


def test_the_benchmark_table_is_the_committed_result_under_a_level_three_title(run_snippet):
    printed, _ = run_snippet("performance/benchmark_table.py")
    text = (RESULTS / "softmax.md").read_text(encoding="utf-8").strip()
    assert text.startswith("# ")
    prose, table = text.split("\n|", 1)
    assert (
        printed
        == f'##{prose}\n<div class="benchmark-table" markdown="1">\n\n|{table}\n\n</div>\n\n'
    )
    # Every line of the committed table reaches the page.
    for line in text.splitlines():
        if line.startswith("|"):
            assert line in printed


def test_results_state_the_machine_and_the_date():
    for name in ("softmax.md", "build-and-test-times.md"):
        text = (RESULTS / name).read_text(encoding="utf-8")
        assert "Measured 2" in text  # a date
        assert "cores" in text
        assert "| --" in text or "|:--" in text  # a table


def test_the_one_buffer_softmax_shown_is_the_reference_one(run_snippet):
    printed, namespace = run_snippet("performance/one_buffer.py")
    assert printed.splitlines() == [
        "running example: [0.879 0.119 0.002]",
        "bit for bit the reference softmax, on the example and on a 1000-by-1000 batch: True",
    ]
    z = np.random.default_rng(1).normal(size=(4, 7))
    assert np.array_equal(namespace["one_buffer_softmax"](z, axis=0), softmax(z, axis=0))
