"""The snippets of docs/performance.md: the committed benchmark results, read and shown."""

# The snapshots hold the page's output verbatim; its lines may be longer than 100.
# ruff: noqa: E501

import numpy as np
import pytest
from inline_snapshot import snapshot

from snippets.activations import softmax
from snippets.performance.results import RESULTS, read_results


def test_the_benchmark_table_is_the_committed_result_without_the_rerun_notes(run_snippet):
    printed, _ = run_snippet("performance/benchmark_table.py")
    text = RESULTS.read_text(encoding="utf-8")
    results = read_results()
    assert printed.startswith(f"### {results.title}\n\nMeasured {results.measured}. ")
    # Every line of the committed table reaches the page, in a box that fits it.
    table = [line for line in text.splitlines() if line.startswith("|")]
    assert len(table) >= 3
    rows = "\n".join(table)
    assert f'<div class="benchmark-table" markdown="1">\n\n{rows}\n\n</div>' in printed
    # The machine, the versions and the load stay; the command, the environment variables and
    # the notes on threads, which only matter to whoever reruns it, leave the reader's page.
    for kept in ("AMD EPYC, 2 logical cores", "NumPy 2.4.6", "SciPy 1.17.1", "Load average"):
        assert kept in printed
    for left in ("OPENBLAS", "Environment", "thread", "python -m benchmarks", "exp alone* is"):
        assert left not in printed


def test_the_results_are_read_into_their_parts():
    results = read_results()
    assert results.measured == snapshot("2026-11-30 06:00 UTC")
    assert results.machine == snapshot("AMD EPYC, 2 logical cores")
    assert results.versions == snapshot("Python 3.11.7, NumPy 2.4.6, SciPy 1.17.1")
    assert results.method.startswith("Method: ")
    assert len(results.rows) == 16  # 8 cases, each with new and with reused memory
    assert results.rows[0]["case"] == "3 elements"
    assert set(results.rows[0]) >= {"memory", "ratio", "exp alone", "budget", "met"}
    assert [row["memory"] for row in results.rows[:2]] == ["new", "reused"]


def test_a_results_file_without_a_part_says_which(tmp_path):
    path = tmp_path / "softmax.md"
    text = RESULTS.read_text(encoding="utf-8")
    path.write_text(text.replace("- CPU", "- Processor"), encoding="utf-8")
    with pytest.raises(ValueError, match="no CPU found"):
        read_results(path)


def test_budgets_read_the_small_calls_and_the_missed_budgets(run_snippet):
    printed, namespace = run_snippet("performance/budgets.py")
    assert printed == snapshot("""\
- Three float64 logits: 11.4 µs a call for the reference, 11.8 µs for SciPy, of which `np.exp` takes 0.05. What both pay for is the call itself: checking the input and calling NumPy.
- Three float32 logits: 12.5 µs a call for the reference, 12.8 µs for SciPy, of which `np.exp` takes 0.05. What both pay for is the call itself: checking the input and calling NumPy.

- 10^6 elements, float64: a ratio of 0.73 with new memory and 0.98 with reused memory.
- 1000 x 1000 batch, last axis, float64: a ratio of 0.73 with new memory and 0.97 with reused memory.
- 10^6 elements, float32: a ratio of 0.52 with new memory and 0.90 with reused memory.
- 1000 x 1000 batch, last axis, float32: a ratio of 0.54 with new memory and 0.90 with reused memory.

4 of the 16 rows miss their budget.

- 10^6 elements, float64, new memory: a ratio of 0.73, against a budget of ≤ 0.7. There `np.exp` alone, which writes one new array too, takes 0.58 of SciPy's time. That leaves the reference's four other passes 0.12 of SciPy's time, and they took 0.15.
- 10^6 elements, float64, reused memory: a ratio of 0.98, against a budget of ≤ 0.7. There `np.exp` alone, which writes one new array too, takes 0.73 of SciPy's time. That leaves the reference's four other passes −0.03 of SciPy's time, so no softmax built on `np.exp` can meet it here.
- 1000 x 1000 batch, last axis, float64, new memory: a ratio of 0.73, against a budget of ≤ 0.7. There `np.exp` alone, which writes one new array too, takes 0.56 of SciPy's time. That leaves the reference's four other passes 0.14 of SciPy's time, and they took 0.17.
- 1000 x 1000 batch, last axis, float64, reused memory: a ratio of 0.97, against a budget of ≤ 0.7. There `np.exp` alone, which writes one new array too, takes 0.68 of SciPy's time. That leaves the reference's four other passes 0.02 of SciPy's time, and they took 0.29.
""")
    rows = namespace["rows"]
    missed = namespace["missed"]
    assert missed == [row for row in rows if row["met"] == "✗"]
    for row in missed:  # a row misses its budget when its ratio is above it
        assert float(row["ratio"]) > float(row["budget"].removeprefix("≤ "))


def test_results_state_the_machine_and_the_date():
    for name in ("softmax.md", "build-and-test-times.md"):
        text = (RESULTS.parent / name).read_text(encoding="utf-8")
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
