"""Events of Chinese texts: meetings, press conferences, forums, sessions of the NPC Standing Committee, campaigns."""

from __future__ import annotations

import datetime
import re

from ipgraph._text import HAN_CHARS as HAN
from ipgraph._text import simplified
from ipgraph.extract.zh.dates import _RELATIVE, find_date
from ipgraph.records import Event, Span

_EVENT_WORDS = [("新闻发布会", "PressConference"), ("发布会", "PressConference"), ("吹风会", "PressConference"),
                ("见面会", "PressConference"), ("集体学习", "CollectiveStudy"), ("常务会议", "Meeting"),
                ("工作会议", "Meeting"), ("全体会议", "Meeting"), ("联席会议", "Meeting"), ("会见", "Meeting"),
                ("会面", "Meeting"), ("会晤", "Meeting"), ("会谈", "Meeting"), ("研讨会", "Meeting"), ("座谈会", "Meeting"),
                ("推进会", "Meeting"), ("交流会", "Meeting"), ("培训班", "Meeting"), ("会议", "Meeting"), ("年会", "Conference"),
                ("峰会", "Conference"), ("大会", "Conference"), ("论坛", "Forum"), ("博览会", "Exhibition"),
                ("展览会", "Exhibition"), ("开幕式", "Ceremony"), ("仪式", "Ceremony"), ("宣传周", "PublicityWeek")]
_EVENT_RE = re.compile("|".join(w for w, _ in _EVENT_WORDS))
_KINDS = dict(_EVENT_WORDS)
_CAMPAIGN = re.compile(r"[“「\"](?P<name>[^”」\"\n]{1,12})[”」\"](?P<tail>专项整治行动|专项行动|行动)")
_SESSION = re.compile(rf"(?:第?[{HAN}\d]{{0,6}}届)?全国人(?:民代表)?大(?:会)?常(?:务)?委(?:员)?会第[{HAN}\d]{{1,5}}次会议(?:闭幕会)?")
# an event named by its number: 第二十届上海知识产权国际论坛, 第十六次五局合作局长系列会议
_NUMBERED = re.compile(rf"第[{HAN}\d]{{1,4}}[届次][{HAN}（）()“”]{{1,30}}?(?:{'|'.join(w for w, _ in _EVENT_WORDS if len(w) > 1 and w not in ('会见', '会面', '会晤', '会谈'))})")
# an event word that is part of the name of a body: 联席会议办公室, 第十三届全国人民代表大会常务委员会, 大会主席团
_BODY_AFTER = re.compile(r"办公室|办|秘书处|成员单位|制度|常务委员会|常委会|代表|委员|主席团|组委会|执委会")
_META_LINE = re.compile(r"\s*(?:来源|发布时间|发布日期|时间|日期|作者|编辑|责任编辑)\s*[:：]")
# what stands before the name of an event in a sentence: a verb of holding it, a preposition, a comma
_BEFORE_NAME = re.compile(r".*(?:召开|举行|举办|主持|出席|参加|开幕|闭幕|启动|组织|进行|在|于|，|,|、|：|:)")


_YEAR_WORD = re.compile(r"(前年|去年|今年|明年)\s*\d{1,2}月")
_YEAR_SHIFT = {"前年": -2, "去年": -1, "今年": 0, "明年": 1}


def _label(text: str, simple: str, s: int, word: re.Match) -> str:
    """The name of the event a sentence reports: its words up to the event word, after the verb that holds it
    (召开十五届市政府第99次常务会议 -> 十五届市政府第99次常务会议)."""
    head = simple[s:s + word.start()]
    before = _BEFORE_NAME.match(head)
    a = s + (before.end() if before else 0)
    if word.start() + s - a > 30:
        a = s + word.start() - 30
    return text[a:s + word.end()].strip()


def find_events(text: str, simple: str, title: str, doc_date: str | None, year: int | None) -> list[Event]:
    from ipgraph.extract._sentences import sentence_spans

    events: list[Event] = []
    sents = sentence_spans(simple)
    doc_year = int(doc_date[:4]) if doc_date else year
    title_s = simplified(title)
    main = _EVENT_RE.search(title_s)
    for s, e in sents:
        sent = simple[s:e]
        shift = _YEAR_WORD.search(sent)  # 去年11月30日: the year before the document's
        found = find_date(sent, doc_year + _YEAR_SHIFT[shift.group(1)] if shift and doc_year else doc_year)
        date = end = None
        if found:
            date, end = found[0], found[1]
        elif _RELATIVE.search(sent) and doc_date:
            date = doc_date
            if re.search(r"昨天|昨日", sent):
                date = (datetime.date.fromisoformat(doc_date) - datetime.timedelta(days=1)).isoformat()
        if _META_LINE.match(sent):
            continue  # 来源：…联席会议办公室  发布时间：…: the page's own particulars
        session = _SESSION.search(sent)
        if session and date and not date.startswith("--") or session and found:
            events.append(Event(kind="Meeting", label=text[s + session.start():s + session.end()], span=Span(s, e),
                                date=date))
            continue
        numbered = next((m for m in _NUMBERED.finditer(sent) if not _BODY_AFTER.match(sent, m.end())), None)
        if session:
            numbered = None
        word = next((m for m in _EVENT_RE.finditer(sent) if not _BODY_AFTER.match(sent, m.end())), None)
        if numbered and (not found or found[2].start() < numbered.end()):
            kind = _KINDS[_EVENT_RE.search(numbered.group()).group()]
            _add(events, Event(kind=kind, label=text[s + numbered.start():s + numbered.end()], span=Span(s, e),
                               date=date, end_date=end))
            continue
        if not word or not date:
            continue
        kind = _KINDS[word.group()]
        if kind == "PublicityWeek":
            label = re.search(rf"(?:(?:19|20)\d\d年)?[{HAN}]{{0,12}}宣传周", sent)
            _add(events, Event(kind=kind, label=text[s + label.start():s + label.end()] if label else "宣传周",
                               span=Span(s, e), date=date, end_date=end))
            continue
        label = _label(text, simple, s, word)
        if len(label) <= len(word.group()) + 1 or word.group() in ("会见", "会面", "会晤", "会谈"):
            label = title if main and _KINDS[main.group()] == kind else label  # 会见: the headline says who met whom
        _add(events, Event(kind=kind, label=label, span=Span(s, e), date=date, end_date=end))
    for m in _CAMPAIGN.finditer(simple):
        label = text[m.start("name"):m.end("name")] + text[m.start("tail"):m.end("tail")]  # 剑网2015专项行动
        if not any(ev.label == label for ev in events):
            events.append(Event(kind="Campaign", label=label, span=Span(m.start(), m.end())))
    return events


def _add(events: list[Event], ev: Event) -> None:
    """One event per name and date: later sentences that report it again add nothing."""
    if not any(x.label == ev.label and (x.date == ev.date or not ev.date) for x in events):
        events.append(ev)
