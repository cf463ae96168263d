"""Store: what a build keeps in .briefing/ for the next one, and what each page read.

folder.py names every file in the folder and writes and reads them; a warm build
equals a cold one because each output is made again when a key it read (reads.py)
has changed (changes.py).
"""
