"""Snippets shown on the page docs/numerical-stability.md, in the order they appear."""
