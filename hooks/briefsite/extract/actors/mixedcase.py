"""Companies and bodies written in mixed case: `DeepSeek`, `OpenAI`, `PwC`, `ByteDance`.

Input: the briefs and the actors known so far. Output: a `Discovery` (kind organisation)
for each word with a capital inside it after a small letter, no English word, that a brief
names in two or more paragraphs, once at least as acting (a possessive, or before a verb). Such a word is a brand's spelling, and in a policy brief a
brand named again and again is the company acting (`DeepSeek spent only $5.6 million`);
a product named once in passing (`PyTorch`) stays out, and so does a word whose last part is a
publication's or a thing's noun (`HillNotes`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefsite.extract.actors.bodies import where_in
from briefsite.extract.actors.discovery import Discovery
from briefsite.extract.actors.matcher import name_variants
from briefsite.extract.actors.names import not_actor
from briefsite.model import Actor, ActorId, Brief
from briefsite.text.fold import fold_key
from briefsite.text.slug import slugify
from briefsite.text.words import is_common

_MIXED = re.compile(r"(?<![\w.@/-])[A-Z][a-z]+[A-Z][A-Za-z]*(?![\w@/-])")
# Acting, at least once: a possessive, or the subject of a verb (`DeepSeek spent`, `OpenAI has`).
_ACTS = re.compile(r"\s*(?:['’]s\b|\s(?:has|had|is|was|will|would|can|could|may|might|said|says|[a-z]+ed|[a-z]+s)\b)")
# Surnames are written so too (`McCall`, `MacArthur`, `DeSantis`, `LePage`, `VanDyke`).
_SURNAME = re.compile(r"(?:Mc|Mac|De|Di|Du|Da|La|Le|Van|Von|Fitz|St)[A-Z]")
_LEAST = 2
# The capitalised parts of the word: the last one, a publication's noun (`HillNotes`), makes it no body.
_LAST_PART = re.compile(r"[A-Z][a-z]*")


def mixed_case(briefs: Sequence[Brief], known: Sequence[Actor]) -> tuple[Discovery, ...]:
    """Return the mixed-case names that some brief repeats in two or more paragraphs, by id."""
    seen = {fold_key(f) for a in known for f in name_variants(a, True)}
    ids = {a.id for a in known}
    out: dict[str, Discovery] = {}
    for brief in sorted(briefs, key=lambda b: b.id):
        places: dict[str, list[str]] = {}
        acting: set[str] = set()
        for p in brief.paragraphs:
            for m in _MIXED.finditer(p.text):
                if _ACTS.match(p.text, m.end()):
                    acting.add(m.group(0))
            for word in dict.fromkeys(m.group(0) for m in _MIXED.finditer(p.text)):
                places.setdefault(word, []).append(where_in(brief, p))
        for word, where in sorted(places.items()):
            actor_id = slugify(word, "actor")
            if (len(where) < _LEAST or len(word) < 5 or word not in acting or fold_key(word) in seen or actor_id in ids or actor_id in out
                    or is_common(word.lower()) or _SURNAME.match(word) or not_actor(_LAST_PART.findall(word)[-1])):
                continue
            out[actor_id] = Discovery(
                Actor(ActorId(actor_id), word, "organisation", (), "", None, None, True),
                f"{where[0]}: discovered actor '{word}' (organisation, id '{actor_id}') from "
                f"a name in mixed case in {len(where)} paragraphs")
    return tuple(out[k] for k in sorted(out))
