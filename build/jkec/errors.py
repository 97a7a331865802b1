"""Errors that reach the user as a clear message rather than a traceback."""


class JkecError(Exception):
    """A problem with the project's inputs that the user can fix; the message names the file, row or value."""
