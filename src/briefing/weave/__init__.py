"""Weave: articles tagged with the actors and themes they mention, and tied to each other.

Matching names and keywords (tagging.py over matching.py and wordkeys.py), who is quoted
(speech/), and the woven briefing with its cross-article indexes (weave.py).
"""
