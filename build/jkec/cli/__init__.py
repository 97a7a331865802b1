"""The `jkec` command line: one small module per command."""
