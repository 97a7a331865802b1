"""Measured accuracy: the build compared with hand-made gold annotations."""
