"""Plans in English: responsibility notes, the actions and kinds of IP a measure names, the plan's year."""

from __future__ import annotations

import re

from ipgraph._text import plain
from ipgraph.extract import plans
from ipgraph.extract.en.agencies import AgencyResolver
from ipgraph.extract.en.vocab import ACTIONS, CAMPAIGN, IP_KINDS, LEGISLATE, PILOT
from ipgraph.extract.plans import ObjectGrammar, read_plan
from ipgraph.records import AgencyRef, Measure, Part

# a responsibility note at the end of a measure: "(SIPO, MOST)" / "(... shall take the lead.)"
_TAIL_PAREN = re.compile(r"[(（](?P<inner>[^()（）]*(?:\([^()]*\)[^()（）]*)*)[)）]\s*[.。;]?\s*$")
_RESP_TAIL = re.compile(r"(?:^|(?<=[.;。；])|\n)\s*\(?(?:Responsible|Lead|Leading)\b[^:：\n.]{0,40}[:：]\s*(?P<inner>[^\n]+?)\s*\.?\s*$",
                        re.I)


def responsibility(resolver: AgencyResolver, text: str, start: int, end: int) -> tuple[list[AgencyRef] | None, int]:
    """Agencies named at the end of a measure (or on the line after it), and where the body ends."""
    body = plain(text[start:end])
    m = _TAIL_PAREN.search(body)
    if m:
        refs = resolver.responsibility_list(m.group("inner"), start + m.start("inner"))
        if refs:
            return refs, start + m.start()
    r = _RESP_TAIL.search(body)
    if r:  # "... promote the legislation. Responsible agencies: SIPO, MOST" (on the last line or after it)
        refs = resolver.responsibility_list(r.group("inner").rstrip(".)"), start + r.start("inner"))
        if refs:
            return refs, start + r.start()
    return None, end


def actions_of(body: str) -> tuple[str, ...]:
    found = []
    for clause in re.split(r"[,;]\s*|\s+and\s+(?=[a-z]+\s)", body):
        w = re.match(r"\s*(?:further\s+|actively\s+|continue\s+to\s+|take\s+great\s+effort\s+to\s+)?([A-Za-z]+)", clause)
        if w and (a := ACTIONS.get(w.group(1).lower())):
            found.append(a)
    if PILOT.search(body):
        found.append("Pilot")
    if CAMPAIGN.search(body):
        found.append("LaunchCampaign")
    if LEGISLATE.search(body):
        found.append("Legislate")
    return tuple(dict.fromkeys(found))


def ip_kinds_of(body: str) -> tuple[str, ...]:
    return tuple(k for k, rx in IP_KINDS if rx.search(body))


def find_measures(text: str, resolver: AgencyResolver, is_plan: bool) -> tuple[list[Part], list[Measure]]:
    """Numbered measures, read from the plan's numbered lists (ipgraph.extract.plans) with the responsibility
    notes of English texts. In a document that is not a plan, numbered items count only when they end with a
    list of responsible agencies (plans quoted inside news)."""
    def note(t: str, start: int, end: int):
        refs, body_end = responsibility(resolver, t, start, end)
        return (refs, body_end) if refs else None

    parts, read = read_plan(text, note, is_plan)
    measures = []
    for m in read:
        body = text[m.body.start:m.body.end]
        measures.append(Measure(number=m.number, part=m.part, text=" ".join(text[m.body.start:m.span.end].split()),
                                span=m.span, agencies=m.agencies, actions=actions_of(body), ip_kinds=ip_kinds_of(body),
                                instruments=()))
    return parts, measures


def plan_year(title: str, intro: str = "") -> int | None:
    """The year a plan is for: its title's ("... in 2014", "2019 Promotion Plan", "(2021-2022)"), else the year its
    introduction gives its tasks ("the key tasks for 2025", "measures ... in the year 2010"), else its notice's number
    ("[2020] No. 5")."""
    t = plain(title)
    m = re.search(r"\b(?:in|for|of)\s+((?:19|20)\d\d)\b", t) or re.search(r"\(((?:19|20)\d\d)(?:\s*[-–]\s*\d{2,4})?\)", t) \
        or re.search(r"\b((?:19|20)\d\d)\b", t)
    if m:
        return int(m.group(1))
    i = plain(intro)
    i = re.sub(r"\((?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\)", " ", i)  # periods of strategies: (2021-2035)
    m = re.search(r"\b(?:in|for|during|of)\s+(?:the\s+year\s+)?((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)", i) \
        or re.search(r"[\[(【〔]((?:19|20)\d\d)[\])】〕]\s*No", i)
    return int(m.group(1)) if m else None


# what a measure does to an instrument it names: the instrument is the object of the measure (revise the X,
# formulate the X, the revision of the X, the X is promulgated) unless the clause cites it as a ground
_ACTS_ON = re.compile(r"\b(?:revis\w*|amend\w*|modif\w*|formulat\w*|draft\w*|promulgat\w*|issu\w*|publish\w*|enact\w*|"
                      r"adopt\w*|introduc\w*|releas\w*|compil\w*|prepar\w*|work(?:ing)?\s+out|complet\w*|submit\w*|"
                      r"deliberat\w*|legislat\w*|clean\w*\s+up)\b", re.I)
_CITES = re.compile(r"\b(?:in\s+line\s+with|according\s+to|in\s+accordance\s+with|pursuant\s+to|under|based\s+on|"
                    r"as\s+required\s+by|in\s+the\s+light\s+of|following|implement\w*|carry(?:ing)?\s+out|"
                    r"guided\s+by|publici[sz]\w*)\b[^.;]{0,60}$", re.I)
_AFTER_ACT = re.compile(r"^\W{0,3}(?:is|are|was|were|be|being)?\s*(?:revised|amended|promulgated|issued|formulated|"
                        r"adopted)\b", re.I)
_CAMPAIGN_NAME = re.compile(r"[\"“](?P<name>[^\"“”]{3,60})[\"”]")


OBJECTS = ObjectGrammar(".;", _ACTS_ON, _CITES, _AFTER_ACT, 30)


def objects_of(text: str, measure_start: int, mentions: list) -> tuple[str, ...]:
    """The keys of the instruments a measure acts on (plans.objects_of, by the grammar of English)."""
    return plans.objects_of(text, measure_start, mentions, OBJECTS)


def campaigns_of(body: str) -> tuple[str, ...]:
    """The series of the named campaigns a measure launches: a quoted name, its years and numbers left out
    ("Sword Net 2016" and "Sword Net 2017" are one series)."""
    out = []
    for m in _CAMPAIGN_NAME.finditer(body):
        series = re.sub(r"\b(?:19|20)\d\d\b|\b\d+(?:st|nd|rd|th)?\b", " ", m.group("name")).lower()
        series = " ".join(re.findall(r"[a-z]+", series))
        if series:
            out.append(series)
    return tuple(dict.fromkeys(out))
