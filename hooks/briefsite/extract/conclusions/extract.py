"""The authors' conclusions: forecasts, recommendations and key assessments.

Input: repaired briefs, the actor and theme mentions found in them, and the actor registry.
Output: a sorted tuple of `Conclusion`s, one per sentence that states a judgement, each
pointing at its sentence (brief, paragraph, offsets) so pages can cite the paragraph.

One tuple holds two kinds of record, told apart by `attributed_to`:
- `attributed_to is None`: the author's own judgement (what the conclusions page shows);
- `attributed_to` set: a view the text reports from someone else ("Kim said ...",
  "according to the NIS ..."), its kind kept (default "assessment"); it holds the actor id
  of the speaker when an actor mention covers the speaker, else the speaker's words.
Consumers filter with `own_conclusions()` / `attributed_statements()`.

Sections named Conclusions, Outlook, Recommendations ... (and the lead paragraph) weigh
more: there a plain-present judgement counts as an assessment, and the records are flagged
`in_conclusion_section`. Rules for kinds live in `rules` (decisions) and `cues` (patterns), for sections in `sections`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from briefsite.extract.actors.rules import TITLES
from briefsite.extract.conclusions.quoted import quoted_paragraphs, quoted_sentences
from briefsite.extract.conclusions.rules import Verdict, judge
from briefsite.extract.conclusions.sections import Sections, is_concluding, is_recommending, run_in_heading
from briefsite.extract.conclusions.subjects import subject_span
from briefsite.extract.actors.context import head_of
from briefsite.extract.conclusions.voice import sentence_subject, speakers
from briefsite.model import Actor, ActorId, Brief, BriefId, Conclusion, Mention, Paragraph, Sentence, Span, ThemeId
from briefsite.text.sentences import paragraph_sentences

__all__ = ["attributed_statements", "extract_conclusions", "is_concluding", "own_conclusions", "run_in_heading"]

UNNAMED = "unnamed sources"  # who holds a view reported without a source ("it is said that")
_PRONOUN = re.compile(r"^(?:he|she|they|it)$", re.I)


def _inside(mentions: Iterable[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if start <= m.span.start and m.span.end <= end]


def _first_actor(mentions: Sequence[Mention], start: int, end: int) -> Mention | None:
    """Return the earliest (then longest) actor mention inside [start, end)."""
    found = sorted(_inside(mentions, start, end), key=lambda m: (m.span.start, -m.span.end, m.target))
    return found[0] if found else None


class _Paragraphs:
    """Walks a brief's paragraphs, tracking the section, whether set or run in."""

    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self.run_in: str | None = None

    def sections(self) -> Iterable[tuple[Paragraph, str | None, str | None]]:
        """Yield each paragraph with its effective section and its own run-in heading."""
        for paragraph in self.brief.paragraphs:
            head = run_in_heading(paragraph.text)
            if head:
                self.run_in = head
            yield paragraph, head or paragraph.section or self.run_in, head


def _verdict(sentence: Sentence, heading: str | None, weighted: bool, recommending: bool,
             speakers: Sequence[str], antecedent: str, listed: bool = False) -> tuple[Verdict, int]:
    """Judge a sentence; a run-in heading that opens it is cut off first. Returns the offset used."""
    text = sentence.text
    skip = 0
    if heading and sentence.span.start == 0 and text.startswith(heading):
        skip = len(heading) + 1
        while skip < len(text) and text[skip].isspace():
            skip += 1
    return judge(text[skip:], weighted=weighted, recommending_section=recommending, speakers=speakers,
                 antecedent=antecedent, listed=listed), skip


_LEAD_IN_TO = re.compile(r"\bto:\s*$")


def _infinitive_items(brief: Brief) -> frozenset[int]:
    """The paragraphs listed under a lead-in that ends "... to:" ("will work together to:"), up to
    the next lead-in or heading: infinitives that complete it ("Achieve a just peace"), not orders."""
    items: set[int] = set()
    lead: Paragraph | None = None
    for p in brief.paragraphs:
        if lead is not None and p.section == lead.section:
            items.add(p.number)
        else:
            lead = None
        if p.text.rstrip().endswith(":"):
            lead = p if _LEAD_IN_TO.search(p.text) else None
    return frozenset(items)


def _is_own(holder: str | None, institution: str | None) -> bool:
    """Whether a view's holder is the brief's own institution: its name, its id, or a short form
    of it (`the Greens` of the Green Party, `the Committee` of the Federal Open Market Committee)."""
    if not holder or not institution:
        return False
    held, own = _name_words(holder), _name_words(institution)
    return bool(held) and held <= own


def _name_words(name: str) -> set[str]:
    return {w.casefold().removesuffix("s") for w in re.split(r"[\s-]+", name) if w and w.casefold() != "the"}


def _own_voice(brief: Brief) -> tuple[str, ...]:
    """The brief's own institution as a speaker: its name and `the <head>` (`the committee` of the
    Federal Open Market Committee), so what it says it will do is a commitment, not a forecast."""
    name = brief.meta.institution
    head = head_of(name) if name else None
    return (name.casefold(), *((f"the {head}",) if head else ())) if name else ()


def _conclusions_of(
    brief: Brief,
    actor_mentions: dict[tuple[BriefId, int], list[Mention]],
    theme_mentions: dict[tuple[BriefId, int], list[Mention]],
    sections: Sections,
    people: frozenset[str] = frozenset(),
) -> Iterable[Conclusion]:
    voice = (*speakers((s, actor_mentions.get((brief.id, p.number), ()))
                       for p in brief.paragraphs for s in paragraph_sentences(brief, p)), *_own_voice(brief))
    quoted, listed = quoted_paragraphs(brief, actor_mentions, people), _infinitive_items(brief)
    run_on = quoted_sentences(brief, actor_mentions, people)
    person: str | None = None  # the person named last before this paragraph
    for paragraph, section, heading in _Paragraphs(brief).sections():
        key = (brief.id, paragraph.number)
        p_actors = sorted(actor_mentions.get(key, []), key=lambda m: (m.span.start, m.span.end))
        before, person = person, next((m.target for m in reversed(p_actors) if m.target in people), person)
        if paragraph.number in quoted:
            yield from _quoted(brief, paragraph, quoted[paragraph.number], p_actors, theme_mentions.get(key, []))
            continue
        p_themes = theme_mentions.get(key, [])
        concluding = is_concluding(section)
        weighted = concluding or paragraph.number == 1
        recommending = concluding and is_recommending(section)
        last_speaker: str | None = None
        last_addressee: ActorId | None = None
        antecedent = ""
        for k, sentence in enumerate(paragraph_sentences(brief, paragraph), start=1):
            if (paragraph.number, k) in run_on:  # `“... our times. We have a duty ...,” said X.`
                yield _quoted_one(brief, paragraph, k, sentence, run_on[(paragraph.number, k)], p_actors, p_themes)
                continue
            verdict, skip = _verdict(sentence, heading, weighted, recommending, voice, antecedent, paragraph.number in listed)
            antecedent = sentence_subject(sentence.text)
            if verdict.kind is None:
                continue
            base = sentence.span.start + skip
            addressee: ActorId | None = None
            attributed: str | None = None
            if verdict.attribution is not None:
                recent = next((m.target for m in reversed(p_actors) if m.target in people
                               and m.span.end <= sentence.span.start), before)
                attributed = last_speaker = _holder(verdict, sentence, skip, p_actors, last_speaker, recent,
                                                    people)
                if _is_own(attributed, brief.meta.institution):  # "..., Human Rights Watch said in a report": its own voice
                    attributed = None
            elif verdict.kind == "recommendation":
                addressee = (_addressee(verdict, sentence, skip, p_actors)
                             or (last_addressee if _pronoun_subject(verdict, sentence, skip) else None)
                             or sections.actor(section))
                last_addressee = addressee
            yield Conclusion(
                id=f"{brief.id}-p{paragraph.number}-s{k}",
                kind=verdict.kind,
                sentence=sentence,
                addressee=addressee,
                actors=_ids(_inside(p_actors, sentence.span.start, sentence.span.end)),
                themes=tuple(sorted({ThemeId(m.target) for m in _inside(p_themes, *_bounds(sentence.span))})),
                attributed_to=attributed,
                cue=verdict.cue,
                in_conclusion_section=concluding,
            )


def _holder(verdict: Verdict, sentence: Sentence, skip: int, p_actors: Sequence[Mention],
            last_speaker: str | None, person: str | None, people: frozenset[str]) -> str:
    """Who holds a reported view: the actor its attribution names; for a pronoun the last
    speaker; for a description (`The general said`) the person named last; else the words
    themselves, or UNNAMED when the text names no source (`it is reported that`)."""
    assert verdict.attribution is not None
    start, end = verdict.attribution.subject
    base = sentence.span.start + skip
    named = _inside(p_actors, base + start, base + end)
    mention = next((m for m in named if m.target in people), None) or _first_actor(named, base + start, base + end)
    surface = sentence.text[skip + start : skip + end].strip()
    if mention is not None:  # `IAMO Director Thomas Glauben`: the person, not the body named before him
        return mention.target
    if _PRONOUN.match(surface) and last_speaker:
        return last_speaker
    words = surface.casefold().split()
    if person and 2 <= len(words) <= 4 and words[0] == "the" and words[-1] in TITLES:
        return person
    return surface or UNNAMED


def _quoted(brief: Brief, paragraph: Paragraph, speaker: str, p_actors: Sequence[Mention],
            p_themes: Sequence[Mention]) -> Iterable[Conclusion]:
    """Every sentence of a paragraph quoted after a lead-in, as its speaker's view."""
    for k, sentence in enumerate(paragraph_sentences(brief, paragraph), start=1):
        yield _quoted_one(brief, paragraph, k, sentence, speaker, p_actors, p_themes)


def _quoted_one(brief: Brief, paragraph: Paragraph, k: int, sentence: Sentence, speaker: str,
                p_actors: Sequence[Mention], p_themes: Sequence[Mention]) -> Conclusion:
    """A quoted sentence as its speaker's view (its kind as the rules judge it, an assessment
    when they find none)."""
    verdict = judge(sentence.text, weighted=False, recommending_section=False, speakers=(), antecedent="")
    return Conclusion(
        id=f"{brief.id}-p{paragraph.number}-s{k}", kind=verdict.kind or "assessment", sentence=sentence,
        addressee=None, actors=_ids(_inside(p_actors, sentence.span.start, sentence.span.end)),
        themes=tuple(sorted({ThemeId(m.target) for m in _inside(p_themes, *_bounds(sentence.span))})),
        attributed_to=speaker, cue=verdict.cue or "said:", in_conclusion_section=False)


def _bounds(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _ids(mentions: Iterable[Mention]) -> tuple[ActorId, ...]:
    return tuple(sorted({ActorId(m.target) for m in mentions}))


def _addressee(verdict: Verdict, sentence: Sentence, skip: int, mentions: Sequence[Mention]) -> ActorId | None:
    """Return the actor a recommendation addresses: its "for X to" slot, else its subject."""
    base = sentence.span.start + skip
    if verdict.addressee_span is not None:
        start, end = verdict.addressee_span
    elif _is_passive_at(sentence.text[skip:], verdict.cue_start, verdict.cue):
        return None  # "sanctions should be lifted": the subject is acted upon, not advised
    else:
        start, end = subject_span(sentence.text[skip:], verdict.cue_start)
    mention = _first_actor(mentions, base + start, base + end)
    return ActorId(mention.target) if mention else None


def _pronoun_subject(verdict: Verdict, sentence: Sentence, skip: int) -> bool:
    """Return True if a recommendation's subject is a pronoun ("It should also offer ..."),
    which then stands for the addressee of the paragraph's previous recommendation."""
    text = sentence.text[skip:]
    start, end = subject_span(text, verdict.cue_start)
    return verdict.addressee_span is None and bool(_PRONOUN.match(text[start:end].strip()))


_PASSIVE_AFTER = re.compile(
    r"^\s+(?:also\s+|not\s+|therefore\s+|only\s+|\w+ly\s+)*be\s+(?:\w+ly\s+)?(?!prepared\b|ready\b|"
    r"willing\b|able\b|careful\b|wary\b|cautious\b|aware\b|mindful\b)\w+(?:ed|en|wn|ne|t)\b",
    re.IGNORECASE,
)


def _is_passive_at(text: str, cue_start: int, cue: str) -> bool:
    return bool(_PASSIVE_AFTER.match(text[cue_start + len(cue) :]))


def extract_conclusions(
    briefs: Sequence[Brief],
    actor_mentions: Sequence[Mention] = (),
    theme_mentions: Sequence[Mention] = (),
    actors: Sequence[Actor] = (),
) -> tuple[Conclusion, ...]:
    """Return every judgement in `briefs`, sorted by brief, paragraph and sentence start.

    Author's own conclusions have `attributed_to is None`; reported views have it set.
    """
    by_paragraph: dict[tuple[BriefId, int], list[Mention]] = {}
    for m in actor_mentions:
        by_paragraph.setdefault((m.brief, m.paragraph), []).append(m)
    themes_by_paragraph: dict[tuple[BriefId, int], list[Mention]] = {}
    for m in theme_mentions:
        if m.placed:  # a theme the paragraph only continues gives its sentences none
            themes_by_paragraph.setdefault((m.brief, m.paragraph), []).append(m)
    sections = Sections(actors)
    people = frozenset(a.id for a in actors if a.kind == "person")
    found = [c for b in briefs for c in _conclusions_of(b, by_paragraph, themes_by_paragraph, sections, people)]
    return tuple(sorted(found, key=lambda c: (c.sentence.brief, c.sentence.paragraph, c.sentence.span.start)))


def own_conclusions(conclusions: Iterable[Conclusion]) -> tuple[Conclusion, ...]:
    """Return the authors' own judgements (not attributed to anyone else)."""
    return tuple(c for c in conclusions if c.attributed_to is None)


def attributed_statements(conclusions: Iterable[Conclusion]) -> tuple[Conclusion, ...]:
    """Return the views the briefs report from others."""
    return tuple(c for c in conclusions if c.attributed_to is not None)
