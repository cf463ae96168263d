"""Load: the project, its configuration and content read and checked into the model.

Articles with their front matter and Markdown bodies, the gazetteer of actors and
themes, and the seeds the articles came from; every problem named with its file and line.
"""
