"""The engine's data: frozen records passed from stage to stage.

Input: nothing (definitions only). Output: the types every stage takes and returns.
Files -> RawBrief (ingest) -> Brief (repair) -> Mention/Conclusion (actors, themes,
conclusions) -> Corpus (corpus) -> pages and data (render, export).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NewType

BriefId = NewType("BriefId", str)
ActorId = NewType("ActorId", str)
ThemeId = NewType("ThemeId", str)

ActorKind = Literal["state", "person", "organisation", "group"]
BlockKind = Literal["heading", "paragraph", "note", "table", "caption", "aside"]
SourceFormat = Literal["text", "pdf"]
ConclusionKind = Literal["forecast", "recommendation", "assessment"]


@dataclass(frozen=True, slots=True)
class Meta:
    """Metadata of a brief, from front matter or from its opening lines."""

    title: str = ""
    authors: tuple[str, ...] = ()
    institution: str | None = None
    date: str | None = None  # ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD); never invented
    source_url: str | None = None
    language: str | None = None  # None until repair: stated in front matter, else told from the script
    report_number: str | None = None  # the publisher's product number (`R12345`, `No. 25`), if stated


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One line of a source file: its 1-based number in the file and its text."""

    number: int
    text: str
    page: int = 0  # 1-based page of a PDF; 0 for text files


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of a brief that a layout-aware reader (PDF) already told apart.

    Body blocks (`heading`, `paragraph`) make the reading text; `note` is a footnote or
    endnote (`label` is its number or mark); `table`, `caption` and `aside` (text boxes,
    sidebars) are kept as their own blocks, out of the running text.
    """

    kind: BlockKind
    text: str
    line: int  # the number of its first SourceLine: messages and citations point here
    page: int = 0
    label: str = ""


@dataclass(frozen=True, slots=True)
class RawBrief:
    """A decoded brief before repair: body lines keep their file line numbers."""

    source: str  # the file name, relative to the briefs folder (posix)
    meta: Meta  # from front matter only; repair fills the gaps from the text
    lines: tuple[SourceLine, ...]  # body lines after any front matter
    has_front_matter: bool = False
    original: bytes = field(default=b"", repr=False)  # the file's bytes as read, published as the original
    format: SourceFormat = "text"
    blocks: tuple[Block, ...] = ()  # set by a layout-aware reader; repair then takes them as given


@dataclass(frozen=True, slots=True)
class Repair:
    """One change made to undo extraction damage, for the debug log."""

    line: int
    rule: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A repaired paragraph: number is 1-based within its brief."""

    number: int
    text: str  # plain text, repaired, unescaped
    section: str | None  # heading of the section it belongs to, None before the first
    line: int  # first source line of the paragraph (its anchor is the site map's to spell)


@dataclass(frozen=True, slots=True)
class Brief:
    """A repaired brief, ready for knowledge extraction and rendering."""

    id: BriefId
    source: str
    meta: Meta
    paragraphs: tuple[Paragraph, ...]
    repairs: tuple[Repair, ...] = ()
    notes: tuple[Block, ...] = ()  # footnotes and endnotes, in order (kind "note")
    asides: tuple[Block, ...] = ()  # tables, figure captions, text boxes and sidebars, in order
    format: SourceFormat = "text"

    @property
    def title(self) -> str:
        return self.meta.title

    @property
    def sections(self) -> tuple[str, ...]:
        """Section headings in order of appearance."""
        seen: list[str] = []
        for p in self.paragraphs:
            if p.section and p.section not in seen:
                seen.append(p.section)
        return tuple(seen)


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets [start, end) of a match inside a paragraph's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A place where a paragraph names an actor or signals a theme."""

    target: str  # ActorId or ThemeId
    brief: BriefId
    paragraph: int
    span: Span
    surface: str  # the text as it stands in the paragraph

    @property
    def placed(self) -> bool:
        """Whether the mention stands on words (a theme a paragraph only continues does not)."""
        return self.span.end > self.span.start


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor: from the registry, or discovered in the text."""

    id: ActorId
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    description: str = ""
    affiliation: ActorId | None = None
    wikidata: str | None = None
    discovered: bool = False


@dataclass(frozen=True, slots=True)
class Theme:
    """A theme of the taxonomy with the phrases that signal it."""

    id: ThemeId
    name: str
    description: str = ""
    parent: ThemeId | None = None
    phrases: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()  # phrases that veto this theme where they match ("trade-off")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a paragraph, by offsets into the paragraph text."""

    brief: BriefId
    paragraph: int
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Conclusion:
    """An author's own judgement (or, with attributed_to, someone else's view)."""

    id: str
    kind: ConclusionKind
    sentence: Sentence
    addressee: ActorId | None = None
    actors: tuple[ActorId, ...] = ()
    themes: tuple[ThemeId, ...] = ()
    attributed_to: str | None = None  # set for views the text attributes to others
    cue: str = ""  # the words that decided the kind ("is likely to", "should"), for tooltips and debugging
    in_conclusion_section: bool = False  # stands in a Conclusions/Outlook/Recommendations section


@dataclass(frozen=True, slots=True)
class Event:
    """A dated happening stated in a paragraph."""

    id: str
    date: str
    text: str  # the sentence that states it
    brief: BriefId
    paragraph: int
    span: Span = Span(0, 0)  # the sentence, in the paragraph's text
    when: Span = Span(0, 0)  # the words that date it, in the paragraph's text
    kind: str = "event"  # speech, statement, test, meeting, summit, election, sanctions, agreement, visit, event
    expected: bool = False  # still to come when the brief was written
    year_from: str = "text"  # where its year was read: the text, the paragraph before, the brief's date


@dataclass(frozen=True, slots=True)
class Knowledge:
    """Everything extracted from the briefs, before linking."""

    briefs: tuple[Brief, ...]
    actors: tuple[Actor, ...] = ()
    actor_mentions: tuple[Mention, ...] = ()
    themes: tuple[Theme, ...] = ()
    theme_mentions: tuple[Mention, ...] = ()
    conclusions: tuple[Conclusion, ...] = ()
    events: tuple[Event, ...] = ()
    glossary: tuple[tuple[str, str], ...] = ()  # the editable glossary: (short form, long form)
    # Editor's notes (trusted Markdown) by the page they go on: ("actors", id) or ("themes", id)
    notes: dict[tuple[str, str], str] = field(default_factory=dict)
