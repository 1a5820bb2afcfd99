"""Snippets shown on the page docs/index.md, in the order they appear."""
