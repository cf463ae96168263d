"""How an English paragraph reports speech: its quoted words, and who it says speaks them.

What makes quoted words a quotation is a frame, one of the few shapes English
reports speech in, whatever the words quoted:

    “…,” said Russia expert Stephen Blank.            the verb, then the speaker
    Said Russia and Eurasia scholar Paul Stronski: “…”
    “…,” Mr. Putin said.  /  “…,” he added.           the speaker, then the verb
    The two countries declared that they … a “…”      the speaker first, the words in
    The white paper praised a “…” relationship        what is said, praised, called for
    “…”, according to X  /  X was blunt: “…”
    … is being hailed as a “…”                        the passive: no speaker stated
    The concept would entail creation of a “…”        a document, by the verbs documents speak by

A sentence that opens with quoted words goes on quoting whoever spoke last in the
paragraph, and so does a clause whose subject is a pronoun ("…; in 1996, they …
a “…”"). Without a frame, quoted words are a term or a name (the “reset”, the
“Peace Mission 2018”), and no quotation.

marks.py finds the quoted words, frames.py the frames (over phrases.py's words),
speakers.py whom a frame names, words.py holds the words all of them read by.
Russian, French, German, Spanish, Italian, Portuguese, Kazakh, Kyrgyz, Uzbek and Tajik
are read by the fewer frames their press quotes by: reported.py finds them, naming.py
whom they name, lexicons.py holds each language's marks and words. Chinese, with no
spaces or capitals, is read on its characters by chinese.py.
"""

from __future__ import annotations

from .marks import Quoted, context, quotations
from .speakers import UNSTATED, Speaker, SpeakerReader, is_name

__all__ = ["UNSTATED", "Quoted", "Speaker", "SpeakerReader", "context", "is_name", "quotations"]
