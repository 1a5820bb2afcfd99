"""The snippet of docs/performance.md: it shows the committed benchmark results, untouched."""

from pathlib import Path

RESULTS = Path(__file__).resolve().parents[2] / "benchmarks" / "results"


def test_benchmark_tables_are_the_committed_results_under_level_three_titles(run_snippet):
    printed, _ = run_snippet("performance/benchmark_table.py")
    expected = ""
    for name in ("softmax.md", "build-and-test-times.md"):
        text = (RESULTS / name).read_text(encoding="utf-8").strip()
        assert text.startswith("# ")
        prose, table = text.split("\n|", 1)
        expected += (
            f'##{prose}\n<div class="benchmark-table" markdown="1">\n\n|{table}\n\n</div>\n\n'
        )
    assert printed == expected
    # Every line of each committed table reaches the page.
    for line in (RESULTS / "softmax.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("|"):
            assert line in printed


def test_results_state_the_machine_and_the_date():
    for name in ("softmax.md", "build-and-test-times.md"):
        text = (RESULTS / name).read_text(encoding="utf-8")
        assert "Measured 2" in text  # a date
        assert "cores" in text
        assert "| --" in text or "|:--" in text  # a table
