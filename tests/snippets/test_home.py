"""The snippets of docs/index.md."""


def test_running_example_table_lists_the_three_logits(run_snippet):
    printed, _ = run_snippet("home/running_example_table.py")
    assert printed.splitlines() == [
        "| class | logit |",
        "|:--|--:|",
        "| dog | 4 |",
        "| cat | 2 |",
        "| rabbit | -2 |",
    ]
