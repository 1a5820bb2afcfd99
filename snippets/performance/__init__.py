"""Snippets shown on the page docs/performance.md, in the order they appear."""
