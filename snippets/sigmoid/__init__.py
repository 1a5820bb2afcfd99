"""Snippets shown on the page docs/sigmoid.md, in the order they appear."""
