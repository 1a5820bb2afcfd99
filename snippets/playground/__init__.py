"""Snippets shown on the page docs/playground.md, in the order they appear."""
