"""The one exception of reading: a file that cannot be ingested. A leaf module: it imports nothing."""


class UnreadableReport(Exception):
    """A report that cannot be ingested; the message is the quarantine reason."""
