"""Snippets shown on the page docs/training.md, in the order they appear."""
