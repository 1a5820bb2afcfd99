"""Snippets shown on the page docs/softmax.md, in the order they appear."""
