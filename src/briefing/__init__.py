"""briefing: turn source articles into a cross-linked research-briefing website."""

__version__ = "0.1.0"
