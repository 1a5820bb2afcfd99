"""Snippets shown on the page docs/softmax-regression.md, in the order they appear."""
