"""Frozen dataclasses for extraction output. Plain Python: this module does not import rdflib.

Every record carries the document id and the character span of its evidence in the document text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    doc_id: str
    path: str
    sha256: str
    text: str
    title: str
    title_span: Span
    date: str | None = None  # ISO 8601 date of publication
    date_span: Span | None = None
    language: str = "en"
    kind: str = "news"  # "plan" or "news"
    url: str | None = None
    publisher: str | None = None
    licence: str | None = None
    format: str = "text"  # of the file the text was read from: text, html, pdf or docx
    retrieved: str | None = None  # when `ipgraph add` fetched it


@dataclass(frozen=True)
class AgencyRef:
    """A body named in a document: resolved to a reference agency key, or unresolved with its surface form."""

    surface: str
    key: str | None  # reference key, None when unresolved
    span: Span


@dataclass(frozen=True)
class Plan:
    title: str
    year: int | None
    span: Span
    implements: tuple[str, ...] = ()  # instrument keys of the strategies it implements


@dataclass(frozen=True)
class Part:
    numeral: str
    heading: str
    span: Span


@dataclass(frozen=True)
class Measure:
    number: int
    part: str | None  # numeral of the part
    text: str
    span: Span
    agencies: tuple[AgencyRef, ...]
    actions: tuple[str, ...]
    ip_kinds: tuple[str, ...]
    instruments: tuple[str, ...]  # instrument keys
    objects: tuple[str, ...] = ()  # keys of the instruments its actions act on (revise the X), not those it cites
    campaigns: tuple[str, ...] = ()  # the series of the named campaigns it launches ("Sword Net 2016": sword net)


@dataclass(frozen=True)
class Instrument:
    key: str
    title: str  # as written, without a leading "the"
    kind: str  # Law, Regulation, DepartmentalRule, JudicialInterpretation, PolicyDocument, Plan, Outline, Strategy, Treaty
    span: Span
    issuer: str | None = None  # agency key


@dataclass(frozen=True)
class Revision:
    instrument: str  # instrument key
    title: str
    status: str | None  # planned, underway, adopted
    span: Span
    ordinal: int | None = None
    measure: int | None = None


@dataclass(frozen=True)
class Post:
    person: str
    role: str
    org: AgencyRef | None
    span: Span
    parent_org: AgencyRef | None = None  # when org is a sub-unit (General Affairs Office of X)


@dataclass(frozen=True)
class Event:
    kind: str
    label: str
    span: Span
    date: str | None = None  # YYYY-MM-DD or --MM-DD
    end_date: str | None = None
    place: str | None = None
    organiser: AgencyRef | None = None
    participants: tuple[str, ...] = ()


@dataclass(frozen=True)
class Statistic:
    value: float
    unit: str
    qualifier: str | None
    kind: str  # "actual" or "target"
    span: Span
    period: str | None = None  # year or date the figure refers to


@dataclass(frozen=True)
class Warning_:
    message: str
    span: Span | None = None


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    agencies: list[AgencyRef] = field(default_factory=list)
    plan: Plan | None = None
    parts: list[Part] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    instruments: list[Instrument] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    person_mentions: list[tuple[str, Span]] = field(default_factory=list)  # later mentions ("Mr. Zhang") -> full name
    warnings: list[Warning_] = field(default_factory=list)

    def to_jsonable(self) -> dict:
        d = asdict(self)
        d["document"].pop("text", None)
        return d
