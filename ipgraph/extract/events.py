"""Events: meetings, press conferences, interviews, collective studies, campaigns, publicity weeks.

Dates without a year take it from the document's date, else from the year its text speaks of,
else stay month-day (--MM-DD)."""

from __future__ import annotations

import re
from dataclasses import replace

from ipgraph.extract._dates import MONTH_DAY, month_day_iso, month_number
from ipgraph.extract._sentences import sentence_spans
from ipgraph.extract._vocab import EVENT_NOUNS, NAMED_EVENT_HEADS
from ipgraph.extract.agencies import AgencyResolver
from ipgraph.records import AgencyRef, Event, Span

_NOUN_RE = re.compile(r"\b(" + "|".join(re.escape(n) for n, _ in EVENT_NOUNS) + r")\b", re.I)
_KIND = {n: k for n, k in EVENT_NOUNS}
_HELD = re.compile(
    r"(?P<subj>(?:the\s+)?[A-Z][\w'().-]*(?:\s+(?:of\s+the\s+|of\s+|for\s+|and\s+(?:the\s+)?)?[A-Z(][\w'().-]*)*)\s+"
    r"(?:held|holds|hosted|hosts|convened|convenes|organi[sz]ed|organi[sz]es|will\s+hold|launched|launches)\s+"
    r"(?P<np>(?:a|an|its|the)\s+(?:[\w-]+\s+){0,4}?(?:" + "|".join(re.escape(n) for n, _ in EVENT_NOUNS) + r"))\b",
    re.I)
_NAMED = re.compile(
    r"(?P<name>(?:(?:19|20)\d\d\s+|\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w'-]*\s+){1,6}(?P<head>"
    + "|".join(NAMED_EVENT_HEADS) + r")\b(?:\s+(?:19|20)\d\d\b)?(?:\s+(?:on|against|for)\s+[^,.;:()\n]{3,90}(?=[,.;:()\n]))?(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)?)")
_HELD_VERB = re.compile(r"\b(?:held|holds|hosted|hosts|convened|convenes|organi[sz]ed|organi[sz]es|will\s+hold|"
                        r"launched|launches)\b", re.I)
_PASSIVE = re.compile(
    r"\b(?:the|a|an|this|its)\s+(?P<np>(?:[\w-]+\s+){0,7}?(?:" + "|".join(re.escape(n) for n, _ in EVENT_NOUNS) + r"))\s+"
    r"(?:was|were|is|will be|has been)\s+(?:held|convened|launched|opened|hosted)\b", re.I)
_PLACE = re.compile(r"\b(?i:held|convened|took place|opened|met)\b[^.;]{0,40}?\bin\s+(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b"
                    r"|\bin\s+(?P<place2>[A-Z][a-z]+)\s+(?:on|from)\s+[A-Z][a-z]+\s+\d")
_NOT_PLACE = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December", "China", "The", "Chinese"}
_FUTURE = re.compile(r"\b(?:will|is to|are to|to be held|upcoming|shall)\b", re.I)
_LEAD_DATE = re.compile(r"^\s*(?:On|At)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?", re.I)


def _year_for(month: int, doc_date: str | None, context_year: int | None, future: bool) -> int | None:
    if doc_date:
        y, m = int(doc_date[:4]), int(doc_date[5:7])
        return y if future or month <= m else y - 1
    return context_year


def _date_in(sentence: str, offset: int, doc_date: str | None, context_year: int | None):
    m = MONTH_DAY.search(sentence)
    if not m:
        return None
    month = month_number(m.group("mon"))
    if not month:
        return None
    year = int(m.group("year")) if m.group("year") else _year_for(month, doc_date, context_year,
                                                                   bool(_FUTURE.search(sentence)))
    start = month_day_iso(month, int(m.group("day")), year)
    end = None
    if m.group("day2"):
        month2 = month_number(m.group("mon2")) if m.group("mon2") else month
        end = month_day_iso(month2, int(m.group("day2")), year)
    return start, end, m


def find_events(text: str, resolver: AgencyResolver, doc_title: str, doc_date: str | None,
                context_year: int | None, persons: dict[str, str]) -> list[Event]:
    sents = sentence_spans(text)
    events: list[Event] = []

    def participants(s: int, e: int) -> tuple[str, ...]:
        seg = text[s:e]
        out = [full for full in persons.values() if full in seg]
        out += [full for short, full in persons.items() if re.search(rf"\b(?:Mr\.|Ms\.|Mrs\.)?\s*{short}\b", seg)]
        return tuple(dict.fromkeys(out))

    # 1. "<body> held a <event>", dated by its sentence
    for s, e in sents:
        sent = text[s:e]
        if not _HELD_VERB.search(sent):
            continue  # the full pattern is costly on long capitalised runs: try it only where it can match
        for m in _HELD.finditer(sent):
            subj = re.sub(r"^(?:On|At|In)\s+.*?,\s*", "", m.group("subj"))
            subj = re.sub(r"^the\s+", "", subj, flags=re.I)
            org = resolver.resolve(subj, s + m.start("subj"), s + m.end("subj"), strict=False)
            if not (org and org.key):  # "Commissioner X of the CNIPA held ...": the body named inside the subject
                inner = resolver.find_names(subj) or [
                    (a.start(), a.end(), resolver.acronym(a.group())) for a in re.finditer(r"\b[A-Z][A-Z&]+\b", subj)
                    if resolver.acronym(a.group())]
                if inner:
                    a, b, key = inner[0]
                    org = AgencyRef(surface=subj[a:b], key=key, span=Span(s + m.start("subj") + a, s + m.start("subj") + b))
            np = re.sub(r"^(?:a|an|its|the)\s+", "", m.group("np"), flags=re.I)
            noun = _NOUN_RE.search(np).group(1).lower()
            dated = _date_in(sent[:m.start("np")], s, doc_date, context_year) or _date_in(sent, s, doc_date, context_year)
            label = np[:1].upper() + np[1:]
            if org:
                name = resolver.reference.agencies[org.key].name_en if org.key else org.surface
                label = f"{label} of {name}"
            events.append(Event(kind=_KIND[noun], label=label, span=Span(s, e),
                                date=dated[0] if dated else None, end_date=dated[1] if dated else None,
                                organiser=org if org and org.key else None, participants=participants(s, e)))
    # 1b. "the <event> was held on <date>"
    for s, e in sents:
        sent = text[s:e]
        for m in _PASSIVE.finditer(sent):
            np = m.group("np")
            noun = _NOUN_RE.search(np).group(1).lower()
            dated = _date_in(sent, s, doc_date, context_year)
            if not dated:
                continue
            label = np[:1].upper() + np[1:]
            events.append(Event(kind=_KIND[noun], label=label, span=Span(s, e), date=dated[0], end_date=dated[1],
                                participants=participants(s, e)))
    events = [replace(ev, place=ev.place or _place(text[ev.span.start:ev.span.end]) or _place(doc_title))
              for ev in _merge_held(events)]
    # 2. a dated lead sentence with no event noun: the event the document reports
    if not events:
        for s, e in sents[:6]:
            sent = text[s:e]
            lead = _LEAD_DATE.match(sent)
            if not lead or not MONTH_DAY.match(sent, lead.end()):
                continue
            noun = _NOUN_RE.search(doc_title) or _NOUN_RE.search(text)
            if not noun:
                break
            dated = _date_in(sent, s, doc_date, context_year)
            events.append(Event(kind=_KIND[noun.group(1).lower()], label=doc_title, span=Span(s, e),
                                date=dated[0] if dated else None, participants=participants(s, len(text))))
            break
    # 3. named events ("2022 National IP Publicity Week", "Operation Strike of the Sword")
    named: dict[str, Event] = {}
    for m in _NAMED.finditer(text):
        name = m.group("name").strip()
        name = re.sub(r"^(?:The|A|An|This|Launch|Organize|Organise|Consolidate|Ensure)\s+", "", name)
        if len(name.split()) < 2:
            continue
        key = re.sub(r"\b(?:19|20)\d\d\b", "", name.lower()).strip()
        head = m.group("head")
        kind = NAMED_EVENT_HEADS[head]
        date = end = None
        ss, se = next(((a, b) for a, b in sents if a <= m.start() < b), (m.start(), m.end()))
        # a date in this or the next sentence that speaks of the same kind of event
        for a, b in [(ss, se)] + [(x, y) for x, y in sents if x >= se][:1]:
            seg = text[a:b]
            if head.lower() in seg.lower() or (a, b) == (ss, se):
                found = _date_in(seg, a, doc_date, _year_of(name) or context_year)
                if found and found[0]:
                    date, end = found[0], found[1]
                    break
        ev = Event(kind=kind, label=name, span=Span(m.start(), m.end()), date=date, end_date=end)
        prev = named.get(key)
        if prev is None or (re.search(r"\d{4}", name) and not re.search(r"\d{4}", prev.label)) or (date and not prev.date):
            named[key] = Event(kind=kind, label=name if prev is None or re.search(r"\d{4}", name) else prev.label,
                               span=ev.span, date=date or (prev.date if prev else None),
                               end_date=end or (prev.end_date if prev else None))
    for ev in named.values():
        if not any(ev.label.lower() in e.label.lower() for e in events):
            events.append(ev)
    return events


def _merge_held(events: list[Event]) -> list[Event]:
    """One event per kind and organiser: a headline and a dated sentence often report the same meeting."""
    out: dict[tuple, Event] = {}
    for ev in events:
        key = (ev.kind, ev.organiser.key if ev.organiser else ev.label.lower())
        prev = out.get(key)
        if prev is None:
            out[key] = ev
        elif ev.date and not prev.date:
            out[key] = replace(ev, participants=tuple(dict.fromkeys(prev.participants + ev.participants)))
        else:
            out[key] = replace(prev, participants=tuple(dict.fromkeys(prev.participants + ev.participants)))
    return list(out.values())


def _place(text: str) -> str | None:
    m = _PLACE.search(text)
    if not m:
        return None
    place = m.group("place") or m.group("place2")
    return None if place.split()[0] in _NOT_PLACE else place


def _year_of(name: str) -> int | None:
    m = re.search(r"\b((?:19|20)\d\d)\b", name)
    return int(m.group(1)) if m else None
