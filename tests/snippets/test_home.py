"""The snippets of docs/index.md."""


def test_running_example_table_lists_the_three_logits(run_snippet):
    printed, _ = run_snippet("home/running_example_table.py")
    assert printed == (
        "| class | logit |\n"
        "|:--|--:|\n"
        "| dog | 4 |\n"
        "| cat | 2 |\n"
        "| rabbit | -2 |\n"
    )
