"""Snippets shown on the page docs/logits.md, in the order they appear."""
