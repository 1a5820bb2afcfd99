"""Snippets shown on the page docs/cross-entropy.md, in the order they appear."""
