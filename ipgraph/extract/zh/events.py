"""Events of Chinese texts: meetings, press conferences, forums, sessions of the NPC Standing Committee, campaigns."""

from __future__ import annotations

import datetime
import re

from ipgraph._text import HAN_CHARS as HAN
from ipgraph._text import simplified
from ipgraph.extract.zh.dates import _RELATIVE, find_date
from ipgraph.records import Event, Span

_EVENT_WORDS = [("新闻发布会", "PressConference"), ("发布会", "PressConference"), ("常务会议", "Meeting"),
                ("工作会议", "Meeting"), ("会见", "Meeting"), ("会面", "Meeting"), ("会晤", "Meeting"),
                ("会谈", "Meeting"), ("研讨会", "Meeting"), ("座谈会", "Meeting"), ("培训班", "Meeting"),
                ("会议", "Meeting"), ("论坛", "Forum"), ("宣传周", "PublicityWeek")]
_EVENT_RE = re.compile("|".join(w for w, _ in _EVENT_WORDS))
_KINDS = dict(_EVENT_WORDS)
_CAMPAIGN = re.compile(r"[“「\"](?P<name>[^”」\"\n]{1,12})[”」\"](?P<tail>专项整治行动|专项行动|行动)")
_SESSION = re.compile(rf"(?:第?[{HAN}\d]{{0,6}}届)?全国人(?:民代表)?大(?:会)?常(?:务)?委(?:员)?会第[{HAN}\d]{{1,5}}次会议(?:闭幕会)?")


def find_events(text: str, simple: str, title: str, doc_date: str | None, year: int | None) -> list[Event]:
    from ipgraph.extract._sentences import sentence_spans

    events: list[Event] = []
    sents = sentence_spans(simple)
    doc_year = int(doc_date[:4]) if doc_date else year
    title_s = simplified(title)
    main_kind = next((k for w, k in _EVENT_WORDS if w in title_s), None)
    for s, e in sents:
        sent = simple[s:e]
        found = find_date(sent, doc_year)
        date = end = None
        if found:
            date, end = found[0], found[1]
        elif _RELATIVE.search(sent) and doc_date:
            date = doc_date
            if re.search(r"昨天|昨日", sent):
                date = (datetime.date.fromisoformat(doc_date) - datetime.timedelta(days=1)).isoformat()
        session = _SESSION.search(sent)
        if session and date and not date.startswith("--") or session and found:
            events.append(Event(kind="Meeting", label=text[s + session.start():s + session.end()], span=Span(s, e),
                                date=date))
            continue
        word = _EVENT_RE.search(sent)
        if not word or not date:
            continue
        kind = _KINDS[word.group()]
        if kind == "PublicityWeek":
            label = re.search(rf"(?:(?:19|20)\d\d年)?[{HAN}]{{0,12}}宣传周", sent)
            events.append(Event(kind=kind, label=text[s + label.start():s + label.end()] if label else "宣传周",
                                span=Span(s, e), date=date, end_date=end))
            continue
        if main_kind and not any(ev.kind == main_kind for ev in events) and kind in (main_kind, "Meeting"):
            events.append(Event(kind=main_kind, label=title, span=Span(s, e), date=date))
    for m in _CAMPAIGN.finditer(simple):
        label = text[m.start("name"):m.end("name")] + text[m.start("tail"):m.end("tail")]  # 剑网2015专项行动
        if not any(ev.label == label for ev in events):
            events.append(Event(kind="Campaign", label=label, span=Span(m.start(), m.end())))
    return events
