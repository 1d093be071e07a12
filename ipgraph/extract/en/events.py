"""Events: meetings, press conferences, interviews, collective studies, campaigns, publicity weeks.

Dates without a year take it from the document's date, else from the year its text speaks of,
else stay month-day (--MM-DD)."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from ipgraph.extract._sentences import sentence_spans
from ipgraph.extract.chrome import is_chrome
from ipgraph.extract.en.agencies import AgencyResolver
from ipgraph.extract.en.dates import (
    DAY_MONTH,
    MONTH_DAY,
    MONTH_RE,
    month_day_iso,
    month_number,
    parse_full_date,
    relative_date,
)
from ipgraph.extract.en.vocab import EVENT_NOUNS, HEADLINE_VERBS, NAMED_EVENT_HEADS, ORG_HEADS
from ipgraph.records import AgencyRef, Event, Span

_NOUN_RE = re.compile(r"\b(" + "|".join(re.escape(n) for n, _ in EVENT_NOUNS) + r")\b", re.I)
_KIND = {n: k for n, k in EVENT_NOUNS}
_HELD = re.compile(
    r"(?P<subj>(?:the\s+)?[A-Z][\w'().-]*(?:(?:\s+(?:of\s+the\s+|of\s+|for\s+|and\s+(?:the\s+)?)?|,\s+(?=[A-Z][\w'-]*(?:,\s+[A-Z][\w'-]*)*,?"
    r"\s+and\s+[A-Z]))[A-Z(][\w'().-]*)*)(?:\s*\([\"“”'‘’\w .-]{2,40}\))?\s+"  # ("the Education, Science, Culture and Health Committee held")
    # (“the X Court (“X IP Court”) held”: the name it gives itself in brackets)
    r"(?:held|holds|hosted|hosts|co-hosted|convened|convenes|organi[sz]ed|organi[sz]es|will\s+hold|launched|launches|"
    r"chaired|chairs|presided\s+over|presides\s+over|opened|addressed|attended|attends)(?:\s*,\s*(?:on|in|at)\s+[^.;]{3,40}?,)?\s+"
    r"(?P<np>(?:a|an|its|the)\s+(?:[\w'-]+\s+){0,4}?(?:" + "|".join(re.escape(n) for n, _ in EVENT_NOUNS) + r"))\b",
    re.I)
# "... Seminar on IP and further enhancing cooperation": the event's topic ends where a second thing done begins
_OF_NAMED = re.compile(r"\s+of\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'-]*"
                       r"(?:\s+(?:of\s+(?:the\s+)?|and\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'-]*)*"
                       # ("… of the Joint Conference on Promoting the Use of X Software": the body's topic)
                       r"(?:(?<=Conference)\s+on\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|the\s+)?[A-Z][\w'-]*)*)?")
_AND_DOING = r"\s+and\s+(?:further\s+|also\s+|[a-z]+ly\s+)?[a-z]+ing\b"
# where an event's topic ends: a headline's verb in lower case ("X Conference on Y highlights Z"), its purpose ("… to
# Strengthen IP Protection"), its day ("… on August 29th 2031")
_TOPIC_ENDS = (r"\s+(?:highlights|opens|closes|concludes|focuses|calls|stresses|sees|marks|kicks)\s|\s+to\s+(?-i:[A-Z][a-z]+)\s"
               r"|\s+on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
               # ("… Forum on X and the 2nd Y Forum": a second event joined to the first)
               r"|\s+and\s+the\s+(?=[^,.;:()\n]{0,90}?\b(?:Forum|Conference|Celebration|Ceremony|Summit|Symposium|Seminar|Week|Expo|Fair)\b)")
# "... Conference on X with the theme of “Y”": the theme after the name, not part of it
_THEMED = r"\s+(?:with|under)\s+(?:the\s+)?theme\b|\s+themed\b"
_ORDINALS = (r"(?i:\d+(?:st|nd|rd|th)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
             r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))")
_NAMED = re.compile(
    r"(?P<name>(?:\d+(?:st|nd|rd|th)\s+(?=(?:[A-Z][\w'-]*[^\S\n]+){0,6}(?:Meeting|Session|Assembly)\s+of\s)"  # 10th Meeting of X
    r"|(?:19|20)\d\d[^\S\n]+|" + _ORDINALS + r"[^\S\n]+)?(?:[A-Z][\w'-]*[^\S\n]+(?:\([A-Z][\w'-]*(?:[^\S\n]+(?:of[^\S\n]+)?[A-Z][\w'-]*){0,5}\)[^\S\n]+)?(?:(?:and|&|(?<!Session )(?<!Meeting )(?<!Ceremony )(?<!Dialogue )(?<!Edition )(?<!Opening )"
    r"(?<!Part )of)[^\S\n]+(?=[A-Z]))?){0,6}(?P<head>"
    + "|".join(NAMED_EVENT_HEADS) + r")\b(?:\s+(?:19|20)\d\d\b)?(?:\s+(?:on|against|for)\s+(?!(?:the\s+)?(?:Rise|Way|Move|Track|Horizon)\b)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:(?!" + _AND_DOING + "|" + _THEMED
    + r"|" + _TOPIC_ENDS + r")[^,.;:()\n]){2,140}(?=[,.;:()\n]|" + _AND_DOING + "|" + _THEMED + r"|" + _TOPIC_ENDS + r"))?(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:/[A-Z][\w'-]*)?"
    r"(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'-]*(?:/[A-Z][\w'-]*)?)*){0,2})")  # ("of the X/Y Expert Group": two places a slash apart)
# a fair's name with the verb of one session of it after it ("The X Fair opened in Y", "was held from A to B")
_SERIES_HELD = re.compile(r"[^.;\n]{0,40}?\b(?:opened|opens|kicked\s+off|kicks\s+off|closed|closes|concluded|concludes|"
                          r"(?:was|is|will\s+be)\s+held|held\s+in|took\s+place|is\s+taking\s+place)\b", re.I)
# verbs of holding an event (its organiser holds it); the others (chaired, attended) only take part in one
_HOLDING = re.compile(r"\b(?:held|holds|hosted|hosts|co-hosted|convened|convenes|organi[sz]ed|organi[sz]es|will\s+hold|launched|"
                      r"launches)\b", re.I)
_HELD_VERB = re.compile(r"\b(?:held|holds|hosted|hosts|co-hosted|convened|convenes|organi[sz]ed|organi[sz]es|will\s+hold|"
                        r"launched|launches|chaired|chairs|presided|presides|opened|addressed|attended|attends)\b", re.I)
_PASSIVE = re.compile(
    r"\b(?:the|a|an|this|its)\s+(?P<np>(?:[\w-]+[^\S\n]+){0,7}?(?:" + "|".join(re.escape(n) for n, _ in EVENT_NOUNS) + r")"
    r"(?:[^\S\n]+(?:for|of)[^\S\n]+(?:the[^\S\n]+)?(?:\d+(?:st|nd|rd|th)[^\S\n]+anniversary[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?"
    r"(?-i:[A-Z][\w'-]*(?:[^\S\n]+(?:of[^\S\n]+|and[^\S\n]+)?[A-Z][\w'-]*){0,8}))?"  # ("… of the 10th anniversary of the X")
    r"(?:[^\S\n]+(?:on|for)[^\S\n]+(?-i:[a-zA-Z][\w-]*)(?:,?[^\S\n]+(?-i:[a-zA-Z][\w-]*)){0,14})?)\s+"  # ("a working conference on promoting X in Y")
    # ("a news conference on intellectual property, or IP, development in the X region": its topic, a comma inside)
    r"(?:was|were|is|will be|has been)\s+(?:[a-z]+ly\s+)?(?:held|convened|launched|opened|hosted|organi[sz]ed)\b", re.I)  # "is grandly held"
# ("An unveiling ceremony for the X Court was held": the body it is for, in its name)
# an event named by a few words and its noun ("a teleconference", "a regular press conference"), and a day after it
_EVENT_NP = (r"(?:(?!(?:to|of|for|in|at|with|a|an|the)\b)[\w-]+[^\S\n]+){0,3}?(?:"
             + "|".join(re.escape(n) for n, _ in EVENT_NOUNS) + r")")
_WEEKDAY = r"(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
_DAY_AHEAD = (r"(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b"
              r"|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
              r"November|December)\b)")  # ("on the 29th of June", "on 11 November")
# "an instruction to a teleconference on the crackdown on X held Tuesday": the event, then "held" and its day
_HELD_AFTER = re.compile(rf"\b(?:the|a|an)\s+(?P<np>{_EVENT_NP}(?:[^\S\n]+on[^\S\n]+[^,.;()\n]{{3,80}}?"
                         # "the third press conference of the Press Center for the X held on October 19"
                         rf"|[^\S\n]+of[^\S\n]+the[^\S\n]+(?:[\w'-]+[^\S\n]+){{0,8}}?(?-i:[A-Z])[\w'-]*)?),?[^\S\n]+(?:was[^\S\n]+|were[^\S\n]+)?held"
                         rf"[^\S\n]+(?:on[^\S\n]+)?{_DAY_AHEAD}", re.I)
# "revealed at a news conference on Wednesday", "told a press conference on Monday": the event and its day
_AT_EVENT = re.compile(rf"\b(?:at|told|to|during|with)\s+(?:a|an|the)\s+(?P<np>{_EVENT_NP}"  # ("celebrated X with a … event in Y on Z")
                       # "at the commemorative event marking the 50th anniversary of X in Beijing on Wednesday"
                       rf"(?:[^\S\n]+(?:marking|celebrating|commemorating)[^\S\n]+[^,.;()\n]{{3,150}}?"
                       # "at a session of the 9th X Municipal People's Congress Standing Committee Thursday"
                       rf"|[^\S\n]+of[^\S\n]+the[^\S\n]+(?:[\w'-]+[^\S\n]+){{0,8}}?(?-i:[A-Z][\w'-]*))?"
                       rf"|(?:[\w-]+[^\S\n]+)?session[^\S\n]+of[^\S\n]+the[^\S\n]+(?:[\w'-]+[^\S\n]+){{0,8}}?(?-i:[A-Z][\w'-]*))"
                       rf"(?:[^\S\n]+\([A-Z]+\))?(?:[^\S\n]+in[^\S\n]+[A-Z][a-z]+)?[^\S\n]+(?:held[^\S\n]+)?(?:on[^\S\n]+"
                       rf"{_DAY_AHEAD}|{_WEEKDAY})", re.I)  # ("at a meeting in Beijing Friday": a weekday without "on")
# "At a Nov. 5 meeting": the day before the event's noun
_AT_DATED = re.compile(rf"\b(?:at|during)\s+(?:a|an|the)\s+(?:{MONTH_RE})\.?\s+\d{{1,2}}(?:,\s+(?:19|20)\d\d)?\s+"
                       rf"(?P<np>(?:[\w-]+\s+){{0,3}}?(?:meeting|conference|press\s+conference|forum|symposium|seminar|session))\b",
                       re.I)
# "organized a unified action to destroy …", "launched a special operation": an action carried out on the day the
# sentence gives
_ACTION_LAUNCHED = re.compile(r"\b(?:organi[sz]ed|launched|carried\s+out|conducted|staged)\s+(?:a|an)\s+(?P<np>(?:nationwide\s+|national\s+)?"
                              r"(?:unified|special|joint|concentrated)\s+(?:action|operation)s?)\b", re.I)
_OPENING_DAY = re.compile(rf"\s*On\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:{MONTH_RE})\.?\s+\d{{1,2}}"
                          rf"(?:,\s*(?:19|20)\d\d)?|\d{{1,2}}\s+(?:{MONTH_RE})\.?(?:\s+(?:19|20)\d\d)?)\b")  # (On 9 July 2031)
# "The special nationwide campaign started Friday": a campaign and the day it started
_STARTED = re.compile(rf"\b(?:the|a|an)\s+(?P<np>(?:[\w-]+\s+){{0,3}}?(?:campaign|crackdown|operation))\s+(?:started|began|"
                      rf"kicked\s+off|was\s+launched)\s+(?:on\s+)?{_DAY_AHEAD}", re.I)
# "attended the opening ceremony of the 2031 high-level conference on X for Y in Beijing on Aug 28": the conference
_CEREMONY_OF = re.compile(r"\b(?:opening|closing|launch|launching)\s+(?:ceremony|session)\s+of\s+(?:the\s+)?"
                          r"(?P<np>(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+){0,4}?(?:conference|forum|summit|expo|exhibition|symposium|"
                          r"seminar|meeting|fair|session(?=\s+of\s+(?:the\s+)?[A-Z]))(?:\s+(?:on|for|of)\s+[^,.;()\n]{3,100}?)?)"
                          r"(?=\s+(?:in|at|on|and|hosted|held)\s+|\s*[,.;(\n])",
                          re.I)
# "said on Thursday at a press briefing": the day, then the event
_DAY_AT_EVENT = re.compile(rf"\bon[^\S\n]+{_DAY_AHEAD}\S+(?:[^\S\n]+\d{{1,2}})?,?[^\S\n]+(?:at|during)[^\S\n]+(?:a|an|the)[^\S\n]+"
                           rf"(?P<np>{_EVENT_NP})\b", re.I)
_PLACE = re.compile(r"\b(?i:held|convened|took place|opened|met)\b[^.;]{0,40}?\bin\s+(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b"
                    r"|\bin\s+(?P<place2>[A-Z][a-z]+)\s+(?:on|from)\s+[A-Z][a-z]+\s+\d")
_NOT_PLACE = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December", "China", "The", "Chinese"}
_FUTURE = re.compile(r"\b(?:will|is to|are to|to be held|upcoming|shall)\b", re.I)
_LEAD_DATE = re.compile(r"^\s*(?:On|At)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?", re.I)


# "a press conference held by the State Council Information Office", "a news conference of the NCAC"
_OF_BODY = re.compile(
    r"\b(?:a|an|the|its)\s+(?P<np>(?:(?:regular|special|closing|opening|plenary|executive|joint|bi-?monthly|[a-z]+(?:al|ic))\s+)?"
    r"(?:press conference|news conference|news briefing|press briefing|symposium|seminar|forum|conference|meeting|"
    r"bilateral talks?|(?<=monthly )session))\s+"
    # "the meeting jointly held in Hong Kong by X": held by a body, wherever
    r"(?:(?:jointly\s+)?(?:held|hosted|organi[sz]ed|convened)(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+by|of)\s+"
    r"(?P<body>(?:the\s+)?[A-Z][\w'&-]*"
    r"(?:\s+(?:of\s+the\s+|of\s+|for\s+|and\s+)?[A-Z][\w'&-]*)*)")
_ORDINAL_WORD = (r"(?i:\d+(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty)-?(?:first|second|third|fourth|fifth|sixth|"
                 r"seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                 r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|"
                 r"fiftieth|inaugural)")
# a plenary of a body written in lower case: "the 2nd plenary of inter-ministerial joint meeting of State Council on X"
_PLENARY_LOWER = re.compile(rf"\b(?P<np>{_ORDINAL_WORD}\s+plenary(?:\s+(?:session|meeting))?\s+of\s+(?:the\s+)?(?!the\s)[a-z][^,.;()\n]{{5,120}}?)"
                            r"(?=\s*[,.;(\n]|\s+(?:is|was|were|has|had|will|and\s+approved)\b)")
# "for" goes on with a body's name after the head of one ("National Chamber for X Affairs"), not after a meeting's
_AFTER_BODY_HEAD = "(?:" + "|".join(f"(?<={h})" for h in sorted(ORG_HEADS - {"Meeting", "Conference"})) + ")"
# "the closing meeting of the 10th session of the 13th National People's Congress Standing Committee",
# "its 21st session", "the 17th session"
_SESSION = re.compile(
    rf"\b(?:[Tt]he|its)\s+(?P<np>(?:(?:closing|opening|plenary|first|final)\s+meeting\s+of\s+the\s+)?{_ORDINAL_WORD}\s+"
    rf"(?:(?:plenary\s+)?[Ss]ession|(?:plenary\s+|executive\s+|(?:[A-Z][\w'-]*\s+){{1,3}}(?=[Mm]eeting))?[Mm]eeting(?=\s+of\s+(?:the\s+)?(?:new\s+)?(?:{_ORDINAL_WORD}\s+(?:the\s+)?)?"
    rf"(?:[A-Z]|{_ORDINAL_WORD}\s+session))|[Ss]eries\s+of\s+[Mm]eetings)"
    # "of the 12th NPC Standing Committee", "of the 11th the NPCSC", "of the sixth session of the X Government"
    rf"(?:\s+of\s+(?:the\s+)?(?:new\s+)?(?:{_ORDINAL_WORD}\s+session\s+of\s+the\s+)?(?:{_ORDINAL_WORD}\s+(?:the\s+)?)?[A-Z][\w'-]*"
    rf"(?:(?:\s+of\s+the\s+|\s+of\s+|{_AFTER_BODY_HEAD}\s+for\s+|(?<=Conference)\s+on\s+|\s+and\s+|\s+|/)(?:{_ORDINAL_WORD}\s+)?"
    rf"[A-Z][\w'-]*)*)?)")  # ("of the Joint Conference on Promoting the Use of X Software": a body's name with its topic)
# "was adopted at the eighth meeting, is hereby promulgated": a meeting told by what it adopted (dated by its sentence)
_ADOPTED_AT = re.compile(rf"\b(?:adopted|approved|passed|deliberated|reviewed)\s+(?:at|by|on|in)\s+the\s+"
                         rf"(?P<np>{_ORDINAL_WORD}\s+(?:[a-z]+\s+){{0,2}}meeting)\b(?!\s+of\b)")
_ADOPTION = re.compile(r"\b(?:adopted|passed|voted|approved|amended|revised|adopt|pass|approve|amend|revise)\b", re.I)
# the "Blue Sky" campaign, "Sword Net 2023" campaign
_QUOTED_CAMPAIGN = re.compile(r"[\"\u201c](?P<name>[A-Z][^\"\u201d\n]{1,40})[\"\u201d]\s*(?:special\s+)?"
                             r"(?P<head>campaign|operation|action|(?<=[\"\u201d])(?:Campaign|Operation|Action))\b")  # (“Chunlei”Action)
# “Longteng Action 2019”, "Blue Net Campaign": a quoted name that ends with the kind of action it is, and its year
_QUOTED_ACTION = re.compile(r"[\"\u201c](?P<name>[A-Z][^\"\u201d\n]{0,40}?\b(?:Action|Operation|Campaign)s?(?:\s+(?:19|20)\d\d)?)[\"\u201d]")
# Sword Net 2018 campaign (a capitalised name before a lower-case head)
_NAMED_LOWER = re.compile(r"(?P<name>(?:[A-Z][\w'-]*[ \t]+){1,4}(?:(?:19|20)\d\d[ \t]+)?)(?P<head>campaign)\b")


def _capital(phrase: str) -> str:
    """An event's name from the words that name it in a sentence: its first letter in capitals."""
    return phrase[:1].upper() + phrase[1:]


def _year_for(month: int, doc_date: str | None, context_year: int | None, future: bool) -> int | None:
    if doc_date:
        y, m = int(doc_date[:4]), int(doc_date[5:7])
        return y if future or month <= m else y - 1
    return context_year


_DAY_MONTH_YEAR = re.compile(rf"\b(?P<day>\d{{1,2}})(?:\s*(?:to|-|–|and)\s*\d{{1,2}})?\s+(?P<mon>{MONTH_RE})\s*,?\s*(?P<year>(?:19|20)\d\d)\b")  # ("from 21 to 22 July 2031": its first day)


def _date_in(sentence: str, offset: int, doc_date: str | None, context_year: int | None, relative: bool = True):
    """The date a sentence gives: "March 30" / "30 March" (the year from the document), or "on Saturday",
    "yesterday", "today" counted from the document's date. (start ISO, end ISO or None, match or None)."""
    full = _DAY_MONTH_YEAR.search(sentence)  # "On 11 December 2008, ...": day, month and year
    if full and (month := month_number(full.group("mon"))) and (not MONTH_DAY.search(sentence)
                                                                or MONTH_DAY.search(sentence).start() > full.start()):
        return month_day_iso(month, int(full.group("day")), int(full.group("year"))), None, None
    m = MONTH_DAY.search(sentence)
    if not m:
        dm = DAY_MONTH.search(sentence)
        if dm and (month := month_number(dm.group("mon"))):
            year = _year_for(month, doc_date, context_year, bool(_FUTURE.search(sentence)))
            return month_day_iso(month, int(dm.group("day")), year), None, None
        rel = relative_date(sentence, doc_date) if relative else None
        return (rel[0], None, None) if rel else None
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


_AGENCY_DATELINE = re.compile(rf"\s*(?:[A-Z][A-Z .'-]{{2,30}},\s+(?:{MONTH_RE})\.?\s+\d{{1,2}}\s+\([A-Z][\w. ]{{1,24}}\)"
                              rf"|\([A-Z][\w. ]{{1,24}}\)\s+(?:{MONTH_RE})\.?\s+\d{{1,2}})\s*(?:--|[-–—])\s*")  # ("(Agency) Dec. 6 --")
_DATE_LABEL_FIRST = re.compile(r"\s*date\s+(?:19|20)\d\d-\d\d-\d\d\s+(?=[A-Z])")


# an event's name in quotation marks, told as held: 'an "Inaugural Meeting of the X Office" was held' (read as the name unquoted)
_QUOTED_EVENT_NAME = re.compile(r"[\"“](?=[A-Z][^\"“”\n]{2,120}?\b(?:Meeting|Conference|Forum|Seminar|Symposium|Summit|Ceremony|"
                                r"Dialogue|Workshop|Session|Expo|Exhibition|Fair|Week)(?:\s+(?:of|on|for)\s+[^\"“”\n]{2,80}?)?[\"”])"
                                r"(?P<name>[^\"“”\n]{2,200}?)[\"”]"
                                r"(?=\s+(?:was|were|is|has\s+been)\s+(?:held|convened|opened|launched|hosted)\b|\s+(?:took\s+place|kicked\s+off|opened)\b)")


def _unquoted_event_names(text: str) -> str:
    """The text with the quotation marks around an event's name blanked (the same length: spans stay)."""
    return _QUOTED_EVENT_NAME.sub(lambda m: " " + m.group("name") + " ", text)


def find_events(text: str, resolver: AgencyResolver, doc_title: str, doc_date: str | None,
                context_year: int | None, persons: dict[str, str]) -> list[Event]:
    text = _unquoted_event_names(text)
    # (" date 2031-04-16 On March 26, A held a meeting with B": the page's date label glued before its first sentence)
    # ("BEIJING, Oct. 16 (Xinhua) -- X held a meeting Thursday": the report's dateline, not the meeting's day)
    # (on a page without a date, the dateline's day is the nearest the text gives: kept)
    # (on a page without a date, the dateline's day is kept unless the sentence gives the day itself: "(Agency) Dec. 6 --
    # The X Forum kicked off on Dec. 4")
    sents = [(m.end() if (m := _DATE_LABEL_FIRST.match(text, s, e) or (d := _AGENCY_DATELINE.match(text, s, e))
                          and (doc_date or MONTH_DAY.search(text, d.end(), e)) and d) else s, e)
             for s, e in sentence_spans(text)]
    participants = functools.partial(_participants, text, persons)
    events = _held_events(text, sents, resolver, doc_date, context_year, participants)
    events += _passive_events(text, sents, doc_date, context_year, participants)
    events += _events_of_bodies(text, sents, doc_date, context_year, participants)
    events = [replace(ev, place=ev.place or _place(text[ev.span.start:ev.span.end]) or _place(doc_title))
              for ev in _merge_held(events)]
    lead = _lead_event(text, sents, doc_title, doc_date, context_year, participants)
    if not events:
        events = lead
    elif _MEETING_VERB.search(doc_title) or any(_MET_ON_DAY.search(text, ev.span.start, ev.span.end) for ev in lead):
        # "A Meets B" over a dated lead, or a lead "A met B … on October 11": that meeting, whatever else the text tells
        events += [ev for ev in lead if ev.date and not any(e.date and e.date[-5:] == ev.date[-5:] for e in events)]
    headline_day = _CONFERENCE_ON_DATE.search(doc_title)
    if headline_day and (found := parse_full_date(headline_day.group("d"))) \
            and not any(e.date == found[0] for e in events) \
            and not re.search(r"(?-i:Press Conference)", doc_title):  # (named in capitals: read as a named event below)
        at = text.find(doc_title)
        events.append(Event(kind="PressConference", label="Press conference", date=found[0],
                            span=Span(max(at, 0), max(at, 0) + len(doc_title))))
    named = _named_events(text, sents, doc_date, context_year)
    # "On April 25, during the publicity week, ...": an event told by its kind alone after one of that kind is named
    # ("at the National IP Publicity Week") is that one
    # ("The Conference was held …" after "The 2031 X Conference on Y": that conference, its head noun inside its name)
    events = [e for e in events if not (_NOUN_RE.fullmatch(e.label.lower()) and any(
        n.kind == e.kind and re.search(rf"\b{re.escape(e.label.lower())}\b", n.label.lower()) and n.label.lower() != e.label.lower()
        for n in named.values()))]
    if _MEETING_VERB.search(doc_title):
        # "A Meets Dignitaries": each paragraph that opens with a day on which someone met others is a meeting of its own
        for s, e in sents:
            sent = text[s:e]
            opening = _LEAD_DATE.match(sent)
            if not opening or not MONTH_DAY.match(sent, opening.end()) or not _MET.search(sent):
                continue
            dated = _date_in(sent, s, doc_date, context_year)
            if dated and not any(x.date and x.date[-5:] == dated[0][-5:] for x in events):
                events.append(Event(kind="Meeting", label=doc_title, span=Span(s, e), date=dated[0],
                                    participants=participants(s, e)))
    for s, e in sents:  # "Recently, a press conference held by the X in Y shed light on …": told by who held it, dated or not
        held_by = _HELD_BY_BODY.search(text, s, e)
        if held_by and not any(x.kind == "PressConference" for x in events):
            dated = _date_in(text[s:e], s, doc_date, context_year)
            events.append(Event(kind="PressConference", label=_capital(held_by.group("np")), span=Span(s, e),
                                date=dated[0] if dated else None, participants=participants(s, e)))
    for ev in list(named.values()) + _campaigns(text, sents, named) + _congresses(text, sents, doc_date, context_year):
        if not any(ev.label.lower() in e.label.lower() for e in events):
            events.append(ev)
    if doc_date and _SPEECH_AT.match(doc_title):
        # "Address by A at the Opening Ceremony of the X Conference" over "(May 28, 2031)": the conference of that day
        events = [replace(e, date=doc_date) if not e.date and e.label.lower() in doc_title.lower() else e for e in events]


    # "2031 X Conference Held in Y" (the headline) and "held 2031 Y Conference on Z" on that day (the text): one
    # conference, by the name the text gives it
    for e in [e for e in events if e in lead and e.label == doc_title and e.date]:
        same = next((n for n in named.values() if n is not e and n.kind == e.kind and n.date == e.date
                     and n.label.lower() not in e.label.lower()), None)  # (not the headline's own name)
        if same is not None:
            events = [x for x in events if x is not e] + ([same] if same not in events else [])
    for s, e in sents:  # "the 2031 high-level conference on X, which opened in Beijing Tuesday"
        for m in _YEAR_NAMED.finditer(text, s, e):
            label = _capital(re.sub(r"\s*\([A-Za-z]{1,8}\)", "", m.group("np")))
            if not any(label.lower() in x.label.lower() or _numbered(x.label.lower()) == _numbered(label.lower()) for x in events):
                dated = _date_in(text[s:e], s, doc_date, context_year)
                events.append(Event(kind=_KIND.get(_NOUN_RE.search(m.group("np")).group(1).lower(), "Conference")
                                    if _NOUN_RE.search(m.group("np")) else "Conference", label=label, span=Span(s, e),
                                    date=dated[0] if dated else None, participants=participants(s, e)))
    for s, e in sents:  # "the recently concluded annual session of the 14th National People's Congress": a session by its number
        for m in _SESSION_OF.finditer(text, s, e):
            if not any(m.group("np").lower() in x.label.lower() for x in events):
                dated = _date_in(text[s:e], s, doc_date, context_year)
                events.append(Event(kind="Meeting", label=_capital(m.group("np")), span=Span(s, e),
                                    date=dated[0] if dated else None, participants=participants(s, e)))
    # "Transcript of A's Press Briefing on X" over "(February 26)": the briefing of the day under its headline
    under = re.match(r"\s*(?:[^\n]*\n){1,2}?\s*\((?P<d>[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?)\)\s*\n",
                     text[text.find(doc_title) + len(doc_title):] if doc_title and doc_title in text else "")
    if under and re.search(r"(?i)\b(?:press|news)\s+(?:briefing|conference)\b", doc_title):
        day = _date_in(under.group("d"), 0, doc_date, context_year)
        if day and day[0]:
            events = [replace(e, date=day[0]) if e.label == doc_title else e for e in events]
    # "China-Africa High-level Forum" and "China-Africa High-level Forum on IP Rights": one forum, by its whole name
    events = [ev for ev in events if not any(x is not ev and x.kind == ev.kind and x.label.lower().startswith(ev.label.lower() + " ")
                                             and (x.date == ev.date or not ev.date) for x in events)]
    # "the First Meeting of the X Commission" (headline) and "the first meeting of the new X Commission": one meeting
    # "Meeting of the Council of Chairpersons of the NPC Standing Committee" (a caption) and "… of Standing Committee
    # of the NPC" (the text) on one day: one meeting
    events = [ev for k, ev in enumerate(events) if not (ev.date and len(ev.label.split()) >= 4 and any(
        x.kind == ev.kind and x.date == ev.date and x.label.lower().split()[:4] == ev.label.lower().split()[:4]
        for x in events[:k]))]
    # "19th EU-China Working Group Meeting" (the headline) and "the 19th meeting of the EU-China IP Working Group" (the
    # text) on one day: one meeting, by the text's name
    def _same_numbered(a: Event, b: Event) -> bool:
        na, nb = re.findall(r"\b\d+(?:st|nd|rd|th)\b", a.label), re.findall(r"\b\d+(?:st|nd|rd|th)\b", b.label)
        words = {w for w in re.findall(r"\b[A-Z][\w-]+\b", a.label)} & {w for w in re.findall(r"\b[A-Z][\w-]+\b", b.label)}
        # (the headline's, undated, and the text's, dated: "19th X IP Forum" and "19th X Intellectual Property Forum")
        return bool(na) and na == nb and a.kind == b.kind and (a.date == b.date or a.date is None) and len(words) >= 2
    events = [ev for k, ev in enumerate(events) if not any(
        _same_numbered(ev, x) and x is not ev and (ev.date is None and x.date is not None
                                                   or ev.date == x.date and (len(x.label) > len(ev.label) or len(x.label) == len(ev.label) and j < k))
        for j, x in enumerate(events))]
    # "the X Meeting and TM Symposium", "the Heads Meeting and Symposium": the rest of a name read before, no name of its own
    events = [ev for ev in events if not re.match(r"(?:and|or)\s", ev.label)]
    # "The 9th X Session … Held in Beijing" (a headline read as the event's name): its article and verb are no part of it
    events = [replace(ev, label=lab) if (lab := _HEADLINE_VERB_TAIL.sub("", re.sub(r"^(?:The|A|An)\s+", "", ev.label))) != ev.label
              and len(lab.split()) >= 2 else ev for ev in events]
    # "the sixth plenary meeting of the X inter-ministerial meeting": the body's name inside the event's, in one sentence,
    # is no second event
    events = [ev for ev in events if not any(
        x is not ev and len(x.label) > len(ev.label) and ev.label.lower() in x.label.lower() and (x.date == ev.date or not ev.date)
        and x.span.start < ev.span.end and ev.span.start < x.span.end for x in events)]
    # "the 10th Meeting of X … CNIPA Commissioner A chaired the meeting" (read as the meeting of the body that chaired
    # it): one meeting, by its number, on its day
    events = [ev for ev in events if not (re.match(r"(?:Meeting|Session|Conference) of ", ev.label) and ev.date and any(
        x is not ev and x.kind == ev.kind and x.date == ev.date and re.match(rf"(?:(?:19|20)\d\d|{_ORDINALS})\s", x.label)
        for x in events))]
    out: list[Event] = []
    for ev in sorted(events, key=lambda e: e.date is None):
        key = _numbered(re.sub(r"\b(?:the|new)\s+|^(?:19|20)\d\d\s+", "", ev.label.lower()))  # ("2031 X Conference", "X Conference")
        if not any(x.kind == ev.kind and _numbered(re.sub(r"\b(?:the|new)\s+|^(?:19|20)\d\d\s+", "", x.label.lower())) == key
                   and (x.date == ev.date or not ev.date) for x in out):  # (meetings on two days under one headline stay two)
            out.append(ev)
    return out


_HEADLINE_VERB_TAIL = re.compile(r"\s+(?:(?:[Ww]as|[Ii]s|[Ww]ere)\s+)?(?:Held|Opens|Opened|Closes|Closed|Concludes|Concluded|Convened|Kicks\s+Off)"
                                 r"(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?$")
# "the 2031 high-level conference on X for Y, which opened in Beijing Tuesday": an event named in lower case by its year
_YEAR_NAMED = re.compile(r"\bthe\s+(?P<np>(?:19|20)\d\d\s+(?:[a-z-]+\s+){0,3}(?:conference|forum|summit|symposium|expo|fair|round\s?table)"
                         r"(?:\s+(?:on|for|of)\s+[^,.;\n]{3,140}?)?)(?=\s*[,.;]|\s+(?:which|that|was|is|will|opened|held|closed)\b)")
_SESSION_OF = re.compile(r"\b(?P<np>(?:annual|plenary|first|second|third|fourth|fifth|closing|opening)\s+session\s+of\s+the\s+"
                         r"\d+(?:st|nd|rd|th)\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,5})")


def _participants(text: str, persons: dict[str, str], s: int, e: int) -> tuple[str, ...]:
    """The known persons named in text[s:e], by full name or by surname with or without a title."""
    seg = text[s:e]
    out = [full for full in persons.values() if full in seg]
    out += [full for short, full in persons.items() if re.search(rf"\b(?:Mr\.|Ms\.|Mrs\.)?\s*{short}\b", seg)]
    return tuple(dict.fromkeys(out))


_HELD_BY_BODY = re.compile(r"\b(?:a|the)\s+(?P<np>(?:press|news)\s+(?:conference|briefing))\s+(?:was\s+)?(?:held|hosted)\s+by\s+"
                           r"(?:the\s+)?[A-Z]")
_SAME_DAY = re.compile(r"\b(?:that|the\s+same)\s+day\b", re.I)


def _day_before(text, sents, k: int, doc_date, context_year):
    """The date of "that day", "the same day" in sentence k: the one the two sentences before it give (a quotation
    mark left alone between them is none)."""
    if not _SAME_DAY.search(text[sents[k][0]:sents[k][1]]):
        return None
    looked = 0
    for j in range(k - 1, -1, -1):
        sent = text[sents[j][0]:sents[j][1]]
        if not re.search(r"[A-Za-z]{2}", sent):
            continue  # a closing quotation mark left alone
        dated = _date_in(sent, sents[j][0], doc_date, context_year, relative=False)
        if dated and dated[0]:
            return dated
        looked += 1
        if looked == 2:
            return None
    return None


def _held_events(text, sents, resolver: AgencyResolver, doc_date, context_year, participants) -> list[Event]:
    """"<body> held a <event>", dated by its sentence (or "that day": by the sentence before)."""
    events = []
    for k, (s, e) in enumerate(sents):
        sent = text[s:e]
        if not _HELD_VERB.search(sent):
            continue  # the full pattern is costly on long capitalised runs: try it only where it can match
        for m in _HELD.finditer(sent):
            if re.fullmatch(r"(?:the|its)\s+(?:(?:opening|closing|signing|award|launch|plenary)\s+)?(?:\w+|" + _NOUN_RE.pattern[3:-3]
                            + r")", m.group("np"), re.I) and not _HOLDING.search(m.group()):
                continue  # "... attended the meeting", "... the opening ceremony": a part of the event reported before
            org = _organiser(resolver, m.group("subj"), s + m.start("subj"))
            np = re.sub(r"^(?:a|an|its|the)\s+", "", m.group("np"), flags=re.I)
            of = _OF_NAMED.match(sent, m.end("np"))
            if of:  # "held a meeting of the Council of Chairpersons Thursday": the meeting of that council
                np += of.group()
            noun = _NOUN_RE.search(np).group(1).lower()
            before = sent[:m.start("np")]
            last = list(MONTH_DAY.finditer(before))[-1:]  # "On Jan. 13, 2023, ... Three years later, X held, on Nov. 14, a meeting"
            dated = (_date_in(before[last[0].start():], s, doc_date, context_year) if last else _date_in(before, s, doc_date, context_year)) \
                or _date_in(sent, s, doc_date, context_year) or _day_before(text, sents, k, doc_date, context_year)
            label = _capital(np)
            if org:
                name = resolver.reference.agencies[org.key].name_en if org.key else org.surface
                label = f"{label} of {name}"
            events.append(Event(kind=_KIND[noun], label=label, span=Span(s, e),
                                date=dated[0] if dated else None, end_date=dated[1] if dated else None,
                                organiser=org if org and org.key else None, participants=participants(s, e)))
    return events


def _organiser(resolver: AgencyResolver, subject: str, start: int) -> AgencyRef | None:
    """The body that held an event, from the subject of "held": the subject itself, or the body named inside
    it ("Commissioner X of the CNIPA held ...")."""
    subj = re.sub(r"^(?:On|At|In)\s+.*?,\s*", "", subject)
    subj = re.sub(r"^the\s+", "", subj, flags=re.I)
    org = resolver.resolve(subj, start, start + len(subject), strict=False)
    if org and org.key:
        return org
    if org and org.surface.split()[-1] in ORG_HEADS and re.fullmatch(rf"{re.escape(org.surface)}(?:\s*\([A-Z]+\))?", subj):
        return org  # "the State Council Information Office held": a body of its own, not the known one its name holds
    inner = resolver.find_names(subj) or [
        (a.start(), a.end(), resolver.acronym(a.group())) for a in re.finditer(r"\b[A-Z][A-Z&]+\b", subj)
        if resolver.acronym(a.group())]
    if inner:
        a, b, key = max(inner, key=lambda f: (f[1] - f[0], -f[0]))  # the longest name it holds (X Information Office, not X)
        return AgencyRef(surface=subj[a:b], key=key, span=Span(start + a, start + b))
    return org


_TOLD_EVENT = re.compile(r"\b(?:(?:told|said\s+at|spoke\s+at|[Ss]peaking\s+at|according\s+to|during)\s+(?:a|the)\s+(?P<np>press\s+briefing|"
                         r"press\s+conference|news\s+conference|news\s+briefing)|told\s+(?:a|the)\s+(?P<np2>meeting))\b")  # ("told a meeting")


def _told_np(told: re.Match) -> tuple[str, str]:
    """The kind and label of an event told to ("told a press conference", "told a meeting")."""
    np = told.group("np") or told.group("np2")
    return ("PressConference" if told.group("np") else "Meeting"), _capital(re.sub(r"\s+", " ", np))


def _passive_events(text, sents, doc_date, context_year, participants) -> list[Event]:
    """"the <event> was held on <date>", "a <event> on <topic> held Tuesday"."""
    events = []
    for k, (s, e) in enumerate(sents):
        sent = text[s:e]
        told = _TOLD_EVENT.search(sent)
        if told and not _date_in(sent, s, doc_date, context_year) and k and \
                re.search(r"\b(?:said|showed|announced|revealed|released|stated|issued|published|launched)\b",
                          text[sents[k - 1][0]:sents[k - 1][1]]):
            # "A said on Thursday. ... A told a press briefing in Beijing": the briefing of the saying dated before it
            # ("statistics showed on Wednesday. A spokesman told a press conference ...")
            before = _date_in(text[sents[k - 1][0]:sents[k - 1][1]], sents[k - 1][0], doc_date, context_year)
            if before and before[0]:
                kind, label = _told_np(told)
                events.append(Event(kind=kind, label=label, span=Span(s, e), date=before[0], participants=participants(s, e)))
        if told and not any(x.kind == "PressConference" for x in events) and re.search(
                r"\b(?:told|according\s+to)\s+(?:a|the)\s+\S+\s+\S+(?:\s+held\s+by\s+[^.;,]{2,40}?)?\s+(?:last\s+week|recently|"
                r"earlier\s+this\s+(?:week|month)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", sent) \
                and not _date_in(sent, s, doc_date, context_year):  # (a weekday on a page without a date: no day to count from)
            # "A told a news conference last week": reported, on a day the text does not give
            kind, label = _told_np(told)
            events.append(Event(kind=kind, label=label, span=Span(s, e), date=None, participants=participants(s, e)))
        opening = _OPENING_DAY.match(sent) if told and told.group("np") else None
        if opening and not any(x.kind == "PressConference" for x in events):
            # "On 9 July 2031, the X released during a press briefing …": the briefing of the day the sentence opens with
            dated = _date_in(opening.group(), s, doc_date, context_year)
            if dated and dated[0]:
                kind, label = _told_np(told)
                events.append(Event(kind=kind, label=label, span=Span(s, e), date=dated[0], participants=participants(s, e)))
        for m in [*_PASSIVE.finditer(sent), *_HELD_AFTER.finditer(sent), *_AT_EVENT.finditer(sent), *_DAY_AT_EVENT.finditer(sent),
                  *_CEREMONY_OF.finditer(sent), *_CHAIRED_BY.finditer(sent), *_STUDY_ON_DAY.finditer(sent),
                  *_AT_DATED.finditer(sent), *_STARTED.finditer(sent), *_ACTION_LAUNCHED.finditer(sent)]:
            np = m.group("np")
            found_noun = _NOUN_RE.search(np)
            noun = found_noun.group(1).lower() if found_noun else "campaign" if m.re is _ACTION_LAUNCHED else "meeting"
            # ("the 11th Ministers Session of X": a meeting)
            # (the day the match itself gives, where it gives one: "At a Nov. 5 meeting", "started Friday")
            dated = _date_in(m.group(), s + m.start(), doc_date, context_year) if m.re in (_AT_DATED, _STARTED, _AT_EVENT) else None
            opening = _OPENING_DAY.match(sent) if m.re is _ACTION_LAUNCHED else None
            if opening:  # "On Friday, three days ahead of the Day, which falls on April 26, X organized…": the opening day
                dated = _date_in(opening.group(), s, doc_date, context_year)
            if not dated and m.re is _AT_EVENT and (on_day := _ON_DAY_AFTER.match(sent, m.end())):
                # "amendment adopted at the 23rd Executive Meeting of X on September 6, 2031": the day its clause gives
                dated = _date_in(sent[m.end():on_day.end() + 30], s + m.end(), doc_date, context_year)
            dated = dated or _date_in(sent, s, doc_date, context_year) or _day_before(text, sents, k, doc_date, context_year)
            if not dated and (found_noun or m.re is _ACTION_LAUNCHED) \
                    and not (m.re is _PASSIVE and re.search(r"\s+(?:on|for)\s+[a-z][\w-]*(?:\s+[\w-]+){2,}$", np)):
                continue  # (undated, kept where the sentence reports it held and names it by its topic: "a working
                # conference on promoting X in Y was organized by Z")
            if not dated and not re.search(r"\d+(?:st|nd|rd|th)\b", np) and not (m.re is _PASSIVE and re.search(r" (?:on|for) ", np)):
                continue  # (an undated session is kept when its number names it)
            label = _capital(np)
            events.append(Event(kind=_KIND[noun], label=label, span=Span(s, e), date=dated[0] if dated else None,
                                end_date=dated[1] if dated else None, participants=participants(s, e)))
    return events


# the day a clause gives after an event's name: "… at the 23rd Executive Meeting of X on September 6, 2031"
_ON_DAY_AFTER = re.compile(rf"[^,.;()]{{0,160}}?\bon\s+{_DAY_AHEAD}|(?<=\bon\s){_DAY_AHEAD}")
# "the State Council's executive meeting chaired by Premier A decided …": a meeting told by who chaired it
_CHAIRED_BY = re.compile(r"\b(?:the|a)\s+(?P<np>(?:[A-Z][\w-]*(?:['’]s)?\s+){1,4}(?:executive\s+|working\s+|plenary\s+|special\s+)?"
                         r"(?:meeting|session|conference))\s+(?:chaired|presided\s+over|convened|hosted)\s+by\b")
# "at the 25th collective study … on November 30", "presiding over a group study session of X on November 30"
_STUDY_ON_DAY = re.compile(rf"\b(?:at|over|during)\s+(?:a|an|the)\s+(?P<np>(?:\d+(?:st|nd|rd|th)\s+)?(?:group\s+|collective\s+)?"
                           rf"(?:study\s+session|collective\s+study))\b[^.;]{{0,140}}?\bon\s+{_DAY_AHEAD}")
# a transcript's headline: "Spokesperson A's regular press conference on December 3, 2031"
_CONFERENCE_ON_DATE = re.compile(r"(?i:\bpress\s+conference)\s+on\s+(?P<d>[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d)\s*$")
_MET_WITH = re.compile(r"\bmet\s+(?:with\s+)?(?:the\s+)?(?:visiting\s+)?[A-Z]")
_MET_ON_DAY = re.compile(rf"\bmet\s+(?:with\s+)?(?:the\s+)?(?:visiting\s+)?[A-Z][^.;]{{0,200}}?\bon\s+(?:{MONTH_RE})\.?\s+\d{{1,2}}\b")
_MET = re.compile(r"\b(?:met|meets|held\s+talks|holds\s+talks|received|receives)\b")
_MEETING_VERB = re.compile(r"\b(?:Meets|Met|Meeting|Holds\s+Talks|Hold\s+Talks|Talks\s+with|Receives|Received|Visits|"
                           r"Visited|Calls\s+on)\b")


def _lead_event(text, sents, doc_title, doc_date, context_year, participants) -> list[Event]:
    """A dated lead sentence with no event noun: the event the document reports, of the kind its headline
    names ("... Press Conference") or a meeting where the headline's verb is one ("A Meets B")."""
    for s, e in sents[:6]:
        sent = text[s:e]
        lead = _LEAD_DATE.match(sent)
        if (not lead or not MONTH_DAY.match(sent, lead.end())) and _MET_ON_DAY.search(sent) \
                and (dated := _date_in(sent, s, doc_date, context_year)):
            # "A, Commissioner of X met B, President of Y in Beijing on October 11": the meeting its lead reports
            return [Event(kind="Meeting", label=doc_title if _MEETING_VERB.search(doc_title) else "Meeting",
                          span=Span(s, e), date=dated[0], participants=participants(s, len(text)))]
        if not lead or not MONTH_DAY.match(sent, lead.end()):
            continue
        noun = next(_event_nouns(doc_title), None)
        # (a headline that names no event over "On May 5, A met with B": the meeting its lead reports)
        kind = _KIND[noun.group(1).lower()] if noun else "Meeting" if _MEETING_VERB.search(doc_title) \
            or _MET_WITH.search(sent) else None
        held = next((n for n in _event_nouns(sent) if _KIND[n.group(1).lower()] not in _NOT_GATHERING
                     and not re.search(r"\b[A-Z][\w-]*\s+$", sent[:n.start()])), None)  # (not "the Boao Forum")
        label = doc_title
        if held and kind != _KIND[held.group(1).lower()] and (kind is None or kind in _NOT_GATHERING):
            # the headline speaks of a campaign, the lead of the press conference that reported it: the gathering
            kind, label = _KIND[held.group(1).lower()], _capital(held.group(1))
        else:
            if kind is None:  # the lead sentence or the text names it (a gathering, not a week or a campaign it mentions)
                kinds = [_KIND[n.group(1).lower()] for n in _event_nouns(sent + " " + text)]
                kind = next((k for k in kinds if k not in _NOT_GATHERING), None)
            if not kind:
                return []
            if not doc_title.strip() or _NO_HEADLINE.fullmatch(doc_title):  # no headline: the lead sentence names it
                nouns = list(_event_nouns(sent))
                noun = next((n for n in nouns if not re.search(r"\b[A-Z][\w-]*\s+$", sent[:n.start()])), None)
                if nouns and noun is None:
                    return []  # ("… of the Boao Forum for Asia …": its noun is a name's, read as a named event)
                label = _capital(noun.group(1)) if noun else "Meeting"
        dated = _date_in(sent, s, doc_date, context_year)
        return [Event(kind=kind, label=label, span=Span(s, e),
                      date=dated[0] if dated else None, participants=participants(s, len(text)))]
    noun = next(_event_nouns(doc_title), None)
    line = _DATE_LINE.search(text[:3000])
    named = noun or next((n for n in _event_nouns(text[:3000]) if _KIND[n.group(1).lower()] == "PressConference"), None)
    if named and _KIND[named.group(1).lower()] == "PressConference" and doc_date and line:
        # a transcript: its "Date:" line dates the press conference its headline (or its chairperson) names, with the
        # date it gives (on the label's line or the next), else the page's
        end = text.find("\n", line.end())
        label = doc_title if noun and not _NO_HEADLINE.fullmatch(doc_title) else _capital(named.group(1))
        given = parse_full_date(text[line.end():line.end() + 80].strip().split("\n")[0])
        return [Event(kind="PressConference", label=label, span=Span(line.start(), end if end >= 0 else len(text)),
                      date=given[0] if given else doc_date)]
    return []


def _event_nouns(text: str):
    """The event nouns of a text that are not the last word of a standing body's name ("Joint Conference")."""
    return (n for n in _NOUN_RE.finditer(text) if not _JOINT_BODY.search(text[max(0, n.start() - 60):n.end()])
            and not _TIME_OF.search(text, max(0, n.start() - 30), n.start()))


# "walking through the passage before the meeting": an event that only tells the time of what is reported
_TIME_OF = re.compile(r"\b(?:before|after|ahead\s+of|prior\s+to|following)\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+)?$", re.I)


_DATE_LINE = re.compile(r"^\s*Date\s*[:：]", re.M | re.I)
_NOT_GATHERING = ("PublicityWeek", "Campaign", "Observance")  # kinds of events that are no gathering of people
_NO_HEADLINE = re.compile(r"[\w-]+")  # a document without a headline is titled by its file's name (one token)


# a standing body named as a conference or meeting of agencies (联席会议): "Inter-Ministerial Joint Conference"
_JOINT_BODY = re.compile(r"\b(?:Joint|Inter-?[Mm]inisterial|Inter-?[Aa]gency|Inter-?[Dd]epartmental)\s+(?:[A-Z][\w-]*\s+)*?(?:Conference|Meeting)$"
                         r"|\bJoint\s+(?:Conference|Meeting)\b")


# a person's title or name before "Meeting" (a headline's verb: "Deputy Commissioner Gan Shaoning Meeting ...")
_CALENDAR_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December")
_NAME_BEFORE_MEETING = re.compile(r"\b(?:Commissioner|Director|Minister|President|Chairman|Secretary|Premier|Governor|Mayor|"
                                  r"Deputy|Vice|Head)\b")


# a list of links to other stories under the text: "- Global experts chart a path at X Forum 2031" (no full stop)
_RELATED_LINK = re.compile(r"^[ \t]*[-•·][ \t]+[A-Z][^\n.!?]*$", re.M)


_ORDINAL_NAMES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def _numbered(label: str) -> str:
    """A label in lower case with its ordinal in figures ("first" and "1st" alike): one event, however numbered."""
    return re.sub(r"\b(?:(\d+)(?:st|nd|rd|th)|(" + "|".join(_ORDINAL_NAMES) + r"))\b",
                  lambda m: m.group(1) or str(_ORDINAL_NAMES.index(m.group(2)) + 1), label)


def _listed_day(text: str, m: re.Match) -> str | None:
    """"23rd X Heads Meeting" on a line of its own, then "• 2031.11.30" (a listing of meetings, each with its day and
    place on the lines under it): that day, when one of the next three lines is a date alone."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    if text[line_start:m.start()].strip() or text[m.end():line_end if line_end >= 0 else len(text)].strip():
        return None
    after = [ln.strip(" \t•·-*") for ln in text[line_end + 1:line_end + 400].split("\n") if ln.strip()][:3] if line_end >= 0 else []
    for ln in after:
        found = parse_full_date(ln)
        if found and found[1] == 0 and found[2] >= len(ln.rstrip()) - 1:
            return found[0]
    return None


def _named_events(text, sents, doc_date, context_year) -> dict[str, Event]:
    """Named events ("2022 National IP Publicity Week", "Operation Strike of the Sword"), one per name
    (years aside), dated by their sentence or the next one that speaks of the same kind of event."""
    named: dict[str, Event] = {}
    links = [(m.start(), m.end()) for m in _RELATED_LINK.finditer(text)]
    for m in _NAMED.finditer(text):
        if any(a <= m.start() < b for a, b in links):
            continue  # a story the page links to, not one it tells
        line_at = text.rfind("\n", 0, m.start()) + 1
        if is_chrome(text[line_at:(text.find("\n", m.end()) + 1 or len(text) + 1) - 1]):
            continue  # "Home>Press Conference": a section of the site, in its breadcrumb
        if not re.match(r"\d+(?:st|nd|rd|th)\s", m.group("name")) and m.start("head") == m.start("name") \
                and not (" " in m.group("head") and re.match(r"\s+(?:on|for)\s+[A-Z]", text[m.end("head"):])):
            continue  # a head alone ("Meeting of X") names an event only after its number ("the Round Table on X" is named)
        if re.match(r"\s+(?:Center|Centre|Hall|Park|Building|Square)\b", text[m.end("head"):]):
            continue  # "Hangzhou International Expo Center": the venue, not an expo
        if re.search(r"\b(?:(?:Committee|Office|Secretariat)\s+of|(?:Group|Team|Office)\s+for)\s+(?:the\s+)?$", text[max(0, m.start() - 40):m.start()]) \
                or re.search(r"\b(?:Committee|Office|Secretariat)\s+of\b", m.group("name")):
            continue  # "the Organizing Committee of X Publicity Week": a body that runs the week, named by it
        name = m.group("name").strip()
        if re.match(r"(?:and|or)\s", name):
            continue  # "the X Meeting and TM Symposium", "the Heads Meeting and Symposium": the rest of a name read before
        name = re.sub(r"^(?:The|A|An|This|Launch|Organize|Organise|Consolidate|Ensure)\s+", "", name)
        # "... held by Singapore", "... in Beijing": who held it and where, not its name
        name = re.sub(r"\s+(?:is|was|were|will\s+be|has\s+been|had\s+been)\s+[a-z].*$", "", name)  # "... is held in X"
        name = re.sub(r"\s+(?:which|that|where)\s+[a-z].*$", "", name)  # "… on Design Law which took place in X"
        name = re.sub(r"\s+(?:co-)?(?:held|hosted|organi[sz]ed|sponsored)\s+by\b.*$|\s+in\s+[A-Z][a-z]+$", "", name)
        # "X Conference Held in Y": a headline's verb after the name
        name = re.sub(r"\s+(?:Held|Opens|Opened|Closes|Closed|Concludes|Concluded|Convened|Launched|Begins|Kicks\s+Off)$", "", name)
        # "Commissioner Shen Addresses Boao Forum": a headline's subject and verb before the name
        head_at = name.rfind(m.group("head"))
        verb = list(re.finditer(r"\b(?:" + "|".join(sorted(HEADLINE_VERBS, key=len, reverse=True)) + r")\s+", name[:max(head_at, 0)]))
        if verb:
            name = name[verb[-1].end():]
        if re.search(rf"\b(?:{'|'.join(_CALENDAR_MONTHS)})\s+$", text[max(0, m.start() - 12):m.start()]) \
                and re.match(r"\d+(?:st|nd|rd|th)\s", name):
            name = name.split(None, 1)[1]  # "April 26th Open Day": a date before the name, not an ordinal of it
        if len(name.split()) < 2:
            continue
        head = m.group("head")
        kind_head = "PressConference" if re.search(r"(?i:(?:press|news)\s+(?:conference|briefing))\b", name) else None  # "… Regular Press Conference"
        if head in ("Conference", "Meeting") and _JOINT_BODY.search(name) \
                and not re.match(rf"{_ORDINALS}\s+(?:[Pp]lenary\s+)?(?:[Ss]ession|[Mm]eeting)\s+of\b|(?:19|20)\d\d\s+(?!Joint\b)", name):
            continue  # "the Inter-Ministerial Joint Conference": a standing body of agencies, not a gathering (its "9th
            # Plenary Session of" is one; so is "the 2031 X Co-operation Joint Conference", the year's, not "the 2031 Joint
            # Conference": the body in that year)
        if head == "Congress" and not re.match(r"(?:19|20)\d\d\s", name):
            continue  # "2031 X World Congress" is an event; "13th National People's Congress" a body
        if head == "Assembly" and not re.match(r"(?:19|20)\d\d\s|[A-Z][\w&.-]*'s\s", name):
            continue  # "2031 General Assembly", "the Office's Cadres Assembly" are events; "National Assembly" a body
        if head == "Dialogue" and re.match(r"[^\S\n]+Mechanism\b", text[m.end("head"):]):
            continue  # "the EU-China IP Dialogue Mechanism": a standing exchange between two sides, not one meeting
        if head == "Meeting" and (not re.match(rf"(?:(?:19|20)\d\d|{_ORDINALS})\s", name)
                                  or re.match(r"[^\S\n]+(?!of\b|on\b|for\b)[A-Z]", text[m.end("head"):])
                                  or _NAME_BEFORE_MEETING.search(name)):
            # a meeting is named by its year or number ("2023 IP5 Statistical Working Group Meeting"); without one,
            # "Joint Meeting" is a body and "X Meeting MyIPO Delegation" the verb of a headline
            continue
        key = _numbered(" ".join(re.sub(r"\b(?:19|20)\d\d\b|\([a-z]{2,8}\)", "", name.lower()).split()))  # ("X (BIP) Asia Forum": the X Asia Forum)
        kind = kind_head or NAMED_EVENT_HEADS[head]
        date = end = None
        ss, se = next(((a, b) for a, b in sents if a <= m.start() < b), (m.start(), m.end()))
        for a, b in [(ss, se)] + [(x, y) for x, y in sents if x >= se][:1]:
            seg = text[a:b]
            if head.lower() in seg.lower() or (a, b) == (ss, se):
                found = _date_in(seg, a, doc_date, _year_of(name) or context_year)
                if found and found[0]:
                    date, end = found[0], found[1]
                    break
        if date is None:
            date = _listed_day(text, m)
        if re.search(r"(?i)\b(?:also\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?$|\(\s*[\"“]?$", text[max(0, m.start() - 30):m.start()]):
            continue  # "the 118th X Fair (also known as Canton Fair)": the other name of the event named before
        if head in ("Fair", "Expo") and date is None and not re.match(rf"(?:(?:19|20)\d\d|{_ORDINALS})\s", name) \
                and not re.search(r"\b(?:19|20)\d\d\b", name) and not _SERIES_HELD.match(text, m.end()):
            continue  # "the Canton Fair stands out as one of the largest": a fair held twice a year, none of its sessions
        ev = Event(kind=kind, label=name, span=Span(m.start(), m.end()), date=date, end_date=end)
        prev = named.get(key)
        if prev is None or (re.search(r"\d{4}", name) and not re.search(r"\d{4}", prev.label)) or (date and not prev.date):
            named[key] = Event(kind=kind, label=name if prev is None or re.search(r"\d{4}", name) else prev.label,
                               span=ev.span, date=date or (prev.date if prev else None),
                               end_date=end or (prev.end_date if prev else None))
    return named


def _events_of_bodies(text: str, sents, doc_date, context_year, participants) -> list[Event]:
    """Events named by their body ("a press conference held by X", "the 21st session of the NPCSC"), kept when
    dated: by their own sentence, else, for a session that adopted something, by the adoption the lead reports."""
    out: list[Event] = []
    lead_adoption = next((d for a, b in sents[:4] if _ADOPTION.search(text[a:b])
                          and (d := _date_in(text[a:b], a, doc_date, context_year))), None)
    for s, e in sents:
        sent = text[s:e]
        for m in _OF_BODY.finditer(sent):
            noun = "meeting" if m.group("np").endswith("session") else _NOUN_RE.search(m.group("np")).group(1).lower()
            dated = _date_in(sent[m.start():], s, doc_date, context_year) or _date_in(sent, s, doc_date, context_year)
            if (not dated or not dated[0]) and m.group().startswith(("the ", "The ")) and not _FUTURE.search(sent[:m.end()]):
                # "A said on Wednesday that ... He emphasized in the economic forum held by X": the occasion of the
                # saying the sentence before dates
                i = sents.index((s, e))
                if i and re.search(r"\b(?:said|says|told|stated|noted)\b", text[sents[i - 1][0]:sents[i - 1][1]]) \
                        and re.match(r"\s*(?:He|She|They)\b", sent):
                    dated = _date_in(text[sents[i - 1][0]:sents[i - 1][1]], sents[i - 1][0], doc_date, context_year)
            if not dated or not dated[0]:
                continue
            label = _capital(m.group("np")) + " of " + m.group("body")
            out.append(Event(kind=_KIND[noun], label=label, span=Span(s, e), date=dated[0], end_date=dated[1],
                             participants=participants(s, e)))
        # "... held bilateral meetings with offices of five countries", "the legislature concluded a bimonthly
        # session on Friday": meetings named by their kind, dated by their sentence
        for m in [*_HELD_PLURAL.finditer(sent), *_CONCLUDED.finditer(sent)]:
            dated = _date_in(sent, s, doc_date, context_year)
            if dated and dated[0] or m.groupdict().get("np2") and (s, e) in sents[:3]:
                # a lead's "lawmakers on Wednesday held panel discussions": the event the text reports, dated or not
                out.append(Event(kind="Meeting", label=_capital(m.group("np") or m.group("np2")), span=Span(s, e),
                                 date=dated[0] if dated else None, end_date=dated[1] if dated else None,
                                 participants=participants(s, e)))
        for m in _PLENARY_LOWER.finditer(sent):  # "approved by the 2nd plenary of inter-ministerial joint meeting of ..."
            if not any(x.span == Span(s, e) and x.label.lower() == m.group("np").lower() for x in out):
                dated = _date_in(sent, s, doc_date, context_year, relative=False)
                out.append(Event(kind="Meeting", label=_capital(m.group("np")), span=Span(s, e),
                                 date=dated[0] if dated else None, participants=participants(s, e)))
        for m in [*_SESSION.finditer(sent), *_ADOPTED_AT.finditer(sent)]:
            lead = _LEAD_DATE.match(sent) or m.re is _ADOPTED_AT  # (adopted at a meeting: the day written before it, not
            # the day the text "shall come into force as of")
            dated = (_date_in(sent[:m.start()], s, doc_date, context_year, relative=False) if lead else None) \
                or _date_in(sent[m.start():], s, doc_date, context_year, relative=False) \
                or _date_in(sent, s, doc_date, context_year)  # "On 28 June, ... the 20th meeting", "... its 12th session Friday"
            if not dated and _ADOPTION.search(sent):
                dated = lead_adoption
            np = m.group("np")
            if (not dated or not dated[0]) and not re.search(r"\bof\s+(?:the\s+\S|[A-Z])", np) \
                    and not _HOLDS_ITS.search(sent, 0, m.start()):
                continue  # "its 21st session", undated: the session of a body the text names elsewhere, in passing
                # ("X concluded its 10th session": the session the sentence reports, dated or not)
            out.append(Event(kind="Meeting", label=_capital(np), span=Span(s, e), date=dated[0] if dated else None,
                             participants=participants(s, e)))
    return out


# a body's verb of holding its own session: "The X Committee concluded its 10th session"
_HOLDS_ITS = re.compile(r"\b(?:concluded|concludes|opened|opens|held|holds|convened|convenes|closed|closes|ended|ends|began|"
                        r"begins|wrapped\s+up|wraps\s+up)\s*$")


# meetings held with several parties, with no article: "held bilateral meetings with", "held talks with"
_HELD_PLURAL = re.compile(r"\b(?:held|holds|hosted|hosts|had)\s+(?P<np>(?:(?:bilateral|separate|high-level|working)\s+)?"
                          r"(?:meetings|talks))\s+with\b"
                          r"|\b(?:held|holds|hosted|hosts|had|began|begin|started|start)\s+(?P<np2>(?:panel|group|plenary)\s+"
                          r"(?:discussions|deliberations|meetings))\b", re.I)
# a session a body opens or ends, named by its kind rather than its number: "concluded a bimonthly session"
_CONCLUDED = re.compile(r"\b(?:concluded|closed|opened|convened|wrapped\s+up)\s+(?:a|its|the)\s+"
                        r"(?P<np>(?:(?:bimonthly|annual|regular|legislative|plenary|special|(?:\w+-)?day)\s+){1,2}session)\b", re.I)
# "the 20th National Congress of the CPC", "the 18th CPC National Congress": a party congress by its number
_CONGRESS = re.compile(rf"\b(?P<name>{_ORDINAL_WORD}\s+(?:CPC\s+|Party\s+)?National\s+Congress(?:\s+of\s+the\s+(?:CPC|[A-Z][\w'-]*"
                       rf"(?:\s+(?:of\s+)?[A-Z][\w'-]*){{0,4}}))?)(?!\s+(?:Standing|Committee))")


def _congresses(text: str, sents, doc_date, context_year) -> list[Event]:
    """Congresses named by their number that the text reports (opened, held, closed, dated), one per name; one
    only mentioned ("the guiding principles of the 20th National Congress") is not an event the text reports."""
    out: dict[str, Event] = {}
    for s, e in sents:
        sent = text[s:e]
        for m in _CONGRESS.finditer(sent):
            if not _REPORTED.search(sent[m.end():m.end() + 60]) and not re.search(r"\b(?:during|at)\s+(?:the\s+)?$", sent[:m.start()]):
                continue
            dated = _date_in(sent, s, doc_date, context_year, relative=False)
            out.setdefault(" ".join(m.group("name").lower().split()),
                           Event(kind="Conference", label=" ".join(m.group("name").split()), span=Span(s, e),
                                 date=dated[0] if dated else None))
    return list(out.values())


_REPORTED = re.compile(r"^[^.;]{0,20}?\b(?:opened|closed|concluded|convened|was\s+held|is\s+held|will\s+open|kicked\s+off)\b")


def _campaigns(text: str, sents, named: dict) -> list[Event]:
    """Campaigns by name: quoted ("the "Blue Sky" campaign") or capitalised before "campaign" ("Sword Net 2018
    campaign"); one per name, the year kept where any mention gives it."""
    out: dict[str, Event] = {}
    for m in _QUOTED_ACTION.finditer(text):
        key = " ".join(re.sub(r"\b(?:19|20)\d\d\b", "", m.group("name").lower()).split())
        if key not in out or (re.search(r"\d{4}", m.group("name")) and not re.search(r"\d{4}", out[key].label)):
            out[key] = Event(kind="Campaign", label=m.group("name"), span=Span(m.start(), m.end()))
    for rx in (_QUOTED_CAMPAIGN, _NAMED_LOWER):
        for m in rx.finditer(text):
            if rx is _QUOTED_CAMPAIGN and re.search(r"\b(?:Action|Operation|Campaign)s?(?:\s+(?:19|20)\d\d)?$", m.group("name")):
                continue  # the “Jianwang Campaign 2017” special action: named above by its quoted name
            name = re.sub(r"^(?:The|A|An|This|Its|Launch|Organize|Organise|Carry|Conduct)\s+", "", m.group("name").strip())
            name = re.sub(r"^[A-Z][\w-]*['’]s\s+", "", name)  # "China's Sword Net campaign": whose it is, not its name
            words = name.split()
            if not words or (len(words) < 2 and not re.search(r"\d", name) and rx is _NAMED_LOWER):
                continue
            if any(w.isupper() and len(w) > 1 for w in words) and len(words) == 1:
                continue  # "CNIPA campaign": a body, not a name
            label = f"{name} {m.group('head').lower()}"
            key = re.sub(r"\b(?:19|20)\d\d\b", "", label.lower()).split()
            key = " ".join(key)
            if key in named or any(key == " ".join(re.sub(r"\b(?:19|20)\d\d\b", "", k).split()) for k in named):
                continue
            prev = out.get(key)
            if prev is None or (re.search(r"\d{4}", label) and not re.search(r"\d{4}", prev.label)):
                out[key] = Event(kind="Campaign", label=label, span=Span(m.start(), m.end()))
    return list(out.values())


def _merge_held(events: list[Event]) -> list[Event]:
    """One event per kind and organiser (and day, where two days are given): a headline and a dated sentence often
    report the same meeting."""
    out: dict[tuple, Event] = {}
    for ev in events:
        # "the 16th session of the X" and, later, "its 16th session": one session, named by its number
        numbered = re.match(rf"{_ORDINAL_WORD}\s+(?:plenary\s+)?(?:session|meeting)\b", ev.label, re.I)
        key = (ev.kind, ev.organiser.key if ev.organiser else (numbered.group() if numbered else ev.label).lower())
        prev = out.get(key)
        if prev is not None and prev.date and ev.date and prev.date != ev.date:
            key, prev = (*key, ev.date), out.get((*key, ev.date))  # a meeting on Friday and one on Nov. 5: two meetings
        if prev is None:
            out[key] = ev
        elif ev.date and not prev.date:
            out[key] = replace(ev, participants=tuple(dict.fromkeys(prev.participants + ev.participants)),
                               label=max(prev.label, ev.label, key=len))
        else:
            out[key] = replace(prev, participants=tuple(dict.fromkeys(prev.participants + ev.participants)),
                               label=max(prev.label, ev.label, key=len) if numbered else prev.label)
    return list(out.values())


def _place(text: str) -> str | None:
    m = _PLACE.search(text)
    if not m:
        return None
    place = m.group("place") or m.group("place2")
    return None if place.split()[0] in _NOT_PLACE else place


_SPEECH_AT = re.compile(r"(?:(?:Opening|Closing|Keynote)\s+)?(?:Address|Speech|Remarks|Statement)\b.{0,80}?\bat\s+(?:the\s+)?[A-Z]")


def _year_of(name: str) -> int | None:
    """The year an event's name holds ("2031 X Forum", "Annual Conference 2031"), not one its topic names ("News
    Conference on the Status of X in 2030": a conference on a year, held later)."""
    m = re.search(r"(?<!\bin\s)(?<!\bof\s)(?<!\bfor\s)\b((?:19|20)\d\d)\b", name)
    return int(m.group(1)) if m else None
