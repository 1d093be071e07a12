"""Document-level rules of English texts: headline, publication date, and the year the text speaks of."""

from __future__ import annotations

import datetime
import re
from collections import Counter

from ipgraph._text import plain
from ipgraph.extract import chrome
from ipgraph.extract.en.dates import parse_full_date
from ipgraph.extract.en.vocab import HEADLINE_VERBS, ORG_HEADS
from ipgraph.records import Span

# Lines of site furniture rather than content
_NAV_WORDS = {"home", "news", "alerts", "articles", "cases", "links", "about", "contact", "search", "menu",
              "login", "print", "share", "wechat", "english", "chinese", "sitemap", "back", "top", "services",
              "resources", "policies", "events", "media", "more", "subscribe", "email", "weibo", "facebook",
              "twitter", "linkedin", "font", "size", "a+", "a-", "|", "-", ">>", ">", "»", "/", "releases", "you", "are",
              "here:", "location:", "position:", "bookmark"}
_DATE_LABEL = re.compile(r"^\s*(?:(?:Last\s+)?Updated?|Published|Release(?:d)?(?: date| time)?|Date|Posted(?: on)?|Time|Issued|Post time)\s*[:：]\s*"
                         r"|^\s*(?:Posted|Published|Released|Updated) on\s+"
                         # "Published 22 December 2031": the label without its colon, before a whole date
                         r"|^\s*(?:Posted|Published|Released|Updated)\s+(?=\d{1,2}\s+[A-Za-z]{3,9}\.?\s+(?:19|20)\d\d\b|"
                         r"[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b)", re.I)
# a label inside a dateline: "chinadaily.com.cn | Updated: 2019-04-24 07:58"; after another labelled date ("Submitted: 2 May 2031
# Published: 13 June 2031": a chapter's way through its publisher)
_INLINE_DATE_LABEL = re.compile(r"(?:^|[|│]\s*|\s{2,}|\)\s+|(?<=\d\d\d\d)\s+)(?:(?:Last\s+)?Updated?|Published|Release(?:d)?(?: date| time)?|Posted(?: on)?|Issued)"
                                r"\s*[:：]?\s*", re.I)
_SITE = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:cn|com|org|net|gov|int|edu)\b|\(?Xinhua\)?|Source\s*[:：]|\|", re.I)
_BYLINE = re.compile(r"^\s*(?:By|Authors?|Written by|Reporters?)\s*[:：]?\s+[A-Z]", re.I)
_META_LINE = re.compile(r"^\s*(?:Source|Author|Editor|Reporter|From|Writer|Translator|Editor's note)\s*[:：]", re.I)
_PLAN_TITLE = re.compile(r"\b(?:Promotion Plan|Action Plan|Work Plan|Implementation Plan|Plan|Programme|Program|"
                         r"Key Points|Work Points|Annual Plan)\b")


def is_furniture(line: str) -> bool:
    words = re.findall(r"\S+", line.lower())
    if not words:
        return True
    if _ISSUED_NOTE.match(line):
        return True  # "(Issued by X on June 5, 2008)": the document's particulars, not its headline
    if re.search(r"\((?:Xinhua|Photo|AP|Reuters|AFP|CFP|VCG|IC)\s*/\s*[^()]{2,40}\)\s*$", line):
        return True  # "A presides over the meeting ... (Xinhua/Photographer)": a photograph's caption
    if re.search(r"[.!?]\s*\(?(?:Photos?|Image|Picture)\s*(?::|/|by\b)\s*[^.()]{1,40}\)?\s*$", line):
        return True  # "A speaks at a briefing in Beijing. Photo: Agency": a caption with its credit
    if re.match(r"\s*(?:This|The)\s+(?:article|post|piece|note|alert|update)\s+(?:was|is|has\s+been)\s+(?:written|authored|prepared|"
                r"contributed)\s+by\b", line) and len(words) <= 30:
        return True  # "This article was written by A, B and C.": the authors' byline, not the headline
    nav = sum(1 for w in words if w.strip(".,:") in _NAV_WORDS)
    return (nav / len(words) >= 0.5 or chrome.is_chrome(line) or bool(_DATE_LABEL.match(line)) or bool(_META_LINE.match(line))
            or bool(re.match(r"\s*(?:Copyright\s*(?:©|\(c\)|\d)|©)", line, re.I)) or _is_dateline(line)
            or (bool(_BYLINE.match(line)) and len(words) <= 12 and ("," in line or "|" in line or len(words) <= 4
                                                                   or re.search(r"\s(?:--|—|–)\s*$", line))))  # ("By A B --")


def _is_dateline(line: str) -> bool:
    """A line that is a date with at most a site name, a source or a time beside it."""
    found = parse_full_date(line)
    if not found:
        return False
    if re.search(r"(?i)\b(?:deadline|due\s+date|closing\s+date|expir\w+|until|valid)\b", line[:found[1]]):
        return False  # "Deadline of the comments: 16 August 2031": a day ahead, not the page's
    if len(re.findall(r"(?i)facebook|twitter|weibo|微博|wechat|微信|linkedin", line)) >= 2:
        return False  # "Facebook Twitter 微博 Wednesday 3 June 2015": a bar of links with today's date, not the page's
    rest = _SITE.sub(" ", line[:found[1]] + " " + line[found[2]:])
    rest = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", re.sub(r"(?i)\be-mail\b", "email", rest))  # "0 CommentsPrint E-mail"
    rest = re.sub(r"\b(?:Updated|Published|Release(?:d)?|time|date|Posted|on|By)\b|\d{1,2}:\d\d(?::\d\d)?|[|:：,.()-]", " ", rest)
    # the words of a bar beside it (a count of comments, Print, E-mail) are no text
    return len([w for w in rest.split() if w.lower() not in _NAV_WORDS and w.lower() not in ("comments", "comment")
                and not w.isdigit()]) <= 3


# an instrument's title with its edition in brackets, at the start of a line that goes on with the text
_EDITION_TITLE = re.compile(r"\s*(?P<t>[A-Z][^()\n]{10,200}?\s*\((?:(?:19|20)\d\d\s+(?:Revision|Amendment|Edition)|Revised\s+in\s+(?:19|20)\d\d)\))")
# a press release's number, then its title up to the quotation that opens its text
_PRESS_RELEASE_NO = re.compile(r"\s*(?:PR|Press\s+Release)\s*No\.?\s*\d+\s+(?P<t>[A-Z][^“\"\n]{6,140}?)\s*[“\"]")


def headline(text: str) -> tuple[str, Span]:
    """The first line that is neither site furniture, a byline nor a date line, and short enough to be a
    headline (a line that only names a body, the site's name, is passed over for a headline after it);
    ("", empty span) when the document has none (it opens with a byline and its body)."""
    first = next((m for m in re.finditer(r"[^\n]+", text[:3000]) if not _passed_over(m.group())), None)
    edition = _EDITION_TITLE.match(first.group()) if first else None
    if edition and len(first.group().split()) > 60:  # "X (2019 Revision) X (Promulgated by …) Chapter I …": a text on one line
        return edition.group("t").strip(), Span(first.start() + edition.start("t"), first.start() + edition.end("t"))
    numbered = _PRESS_RELEASE_NO.match(first.group()) if first else None
    if numbered:  # "PR No.211 Draft MoU between A and B “A quote …” …": the release's title after its number
        return numbered.group("t").strip(), Span(first.start() + numbered.start("t"), first.start() + numbered.end("t"))
    dated = _DATE_AFTER_HEADLINE.search(first.group()) if first else None
    if dated and (dated.group("dot") or dated.group("glued")) and len(first.group().split()) < 5:
        dated = None
    if dated and len(first.group().split()) <= 90:  # "A long headline ... ( 2019.06.27 )": the line is the headline
        lead = len(first.group()) - len(first.group().lstrip())
        head = first.group()[:dated.start() + (0 if dated.group("glued") else 1)].rstrip()
        return head.strip(), Span(first.start() + lead, first.start() + len(head))
    after_date = _after_its_date(text, first) if first else None
    if after_date:
        return text[after_date[0]:after_date[1]], Span(*after_date)
    found = chrome.headline(text, _passed_over, _body_starts, _names_a_body)
    if not found:
        return _glued_headline(text)
    byline = _GLUED_BYLINE.search(text, found[0], found[1])
    if byline and byline.start() - found[0] >= 20:  # "... Intentional InfringementBy: A on November 3, 2020": the byline glued on
        found = (found[0], byline.start())
    found = _over_a_byline(text, found) or _said_twice(text, found) or _glued_crumb(text, found) or found
    if len(text[found[0]:found[1]].split()) <= 4 and (over := _over_a_lone_date(text, found[1])):
        found = over[2]  # "Press Conferences" (a section) ... "The headline" over "May 4, 2017": the line over the date
    found = _goes_on(text, _wrapped_before(text, found))
    updated = re.search(r"\s*[|｜]\s*(?:Updated|Published|Posted|Date|Time)\s*[:：]", text[found[0]:found[1]])
    if updated and updated.start() >= 12:  # "The headline| Updated: April 21, 2031 L M S": the headline before the page's particulars
        found = (found[0], found[0] + updated.start())
    head = text[found[0]:found[1]]
    cut = len(head) - len(head.rstrip(" \t|｜-–—:"))  # "The headline | Updated:2019-02-03" with the date taken away
    if cut and len(head.split()) > 2:
        found = (found[0], found[1] - cut)
    return " ".join(text[found[0]:found[1]].split()), Span(*found)  # (a headline over two lines is one line)


def _goes_on(text: str, found: tuple[int, int]) -> tuple[int, int]:
    """"The General Office of X issued the" / "Y Implementation Plan": a headline that ends on an article or a link goes
    on over the next line."""
    if not re.search(r"\b(?:the|of|on|for|and|to|a|an|in|by|with|from|at)$", text[found[0]:found[1]]):
        return found
    nxt = _lines_after(text, found[1], 1)
    if nxt and not _passed_over(nxt[0][1]) and not _body_starts(nxt[0][1]) and not re.search(r"[.!?]$", nxt[0][1]) \
            and len(nxt[0][1].split()) <= 25:
        return found[0], nxt[0][0] + len(nxt[0][1])
    return found


def _wrapped_before(text: str, found: tuple[int, int]) -> tuple[int, int]:
    """"Registration" / "of Internet Domain Names": a headline wrapped before its link (a line that starts with "of",
    "for", "on", "and" in lower case) starts on the line before, where that line is a word or two and no sentence."""
    if not re.match(r"(?:of|for|on|and|in|to|concerning|regarding)\s", text[found[0]:found[1]]):
        return found
    before = text[:found[0]].rstrip("\n \t")
    line_start = before.rfind("\n") + 1
    prev = before[line_start:].strip()
    if 1 <= len(prev.split()) <= 3 and all(w[:1].isupper() for w in prev.split()) and not re.search(r"[.!?:|]$", prev):
        return line_start + len(before[line_start:]) - len(before[line_start:].lstrip()), found[1]
    return found


def _lines_after(text: str, start: int, count: int) -> list[tuple[int, str]]:
    """The next count lines that are not blank from start on: (where its text starts, the text stripped)."""
    out, pos = [], start
    for line in text[start:start + 3000].split("\n"):
        at, pos = pos, pos + len(line) + 1
        if line.strip():
            out.append((at + len(line) - len(line.lstrip()), line.strip()))
            if len(out) >= count:
                break
    return out


def _over_a_byline(text: str, found: tuple[int, int]) -> tuple[int, int] | None:
    """"A banner" / site's name / a breadcrumb / the date / "The headline" / "By Agency": the line a byline follows is the
    headline, when only chrome (a site's name, a section, a date line) stands between it and the first line taken."""
    lines = _lines_after(text, found[0], 9)
    for k in range(1, len(lines) - 1):
        at, s = lines[k]
        nxt = lines[k + 1][1]
        if not (_BYLINE.match(nxt) and len(nxt.split()) <= 6):
            if _passed_over(s) or _names_a_body(s) or _one_word_or_two(s):
                continue
            return None
        if _passed_over(s) or _body_starts(s) or len(s.split()) < 4 or re.search(r"[.!?:]$", s):
            return None
        return at, at + len(s)
    return None


def _one_word_or_two(line: str) -> bool:
    return len(line.split()) <= 2 and not re.search(r"[.!?]$", line)


def _glued_crumb(text: str, found: tuple[int, int]) -> tuple[int, int] | None:
    """"Trade Resources Policy & Opinion The headline" over "The headline": the section's path glued before the headline
    the page gives again on the next line."""
    lines = _lines_after(text, found[0], 2)
    if len(lines) == 2 and lines[0][1] != lines[1][1] and lines[0][1].endswith(" " + lines[1][1]) and len(lines[1][1].split()) >= 4:
        return lines[1][0], lines[1][0] + len(lines[1][1])
    return None


def _said_twice(text: str, found: tuple[int, int]) -> tuple[int, int] | None:
    """"Check category" / "The headline" / particulars / "The headline": a line of a few words over a headline the page
    gives twice within its first lines (the title bar's, and the article's own)."""
    if len(text[found[0]:found[1]].split()) > 3:
        return None
    lines = _lines_after(text, found[0], 12)
    for k, (at, s) in enumerate(lines[1:6], 1):
        if len(s.split()) >= 4 and not _passed_over(s) and not _body_starts(s) and not re.search(r"[.!?]$", s) \
                and any(s == t for _a, t in lines[k + 1:]):
            return at, at + len(s)
    return None


def _passed_over(line: str) -> bool:
    """A line that is not the headline: site furniture, or an item of a bulleted list of links ("• Follow us on X")."""
    return is_furniture(line) or bool(re.match(r"\s*[•▪■◆●]\s*\S", line)) and len(line.split()) <= 7 \
        and not re.search(r"[.!?]\s*$", line)


def _after_its_date(text: str, first: re.Match) -> tuple[int, int] | None:
    """" date 2022-08-12 A long headline with no full stop", a paragraph of its own: the headline after the page's date,
    however long (a run of sentences after the date is the body, not a headline)."""
    line = first.group()
    lead = chrome.DATED_HEADLINE.match(line.lstrip())
    if not lead:
        return None
    start = first.start() + len(line) - len(line.lstrip()) + lead.end()
    rest = text[start:first.end()].rstrip()
    if len(rest.split()) > 70 or len(rest.split()) < 4 or re.search(r"[.!?。](?:\s|$)", rest) \
            or not re.match(r"\n[^\S\n]*(?:\n|$)", text[first.end():] + "\n\n"):
        return None
    return start, start + len(rest)


def _over_a_lone_date(text: str, after: int) -> tuple[str, Span, tuple[int, int]] | None:
    """A page's date on a line of its own ("May 4, 2017") under a line that can be its headline, before the body
    starts (a site's teasers and links may come first): (date, its span, the headline's span)."""
    prev, pos = None, after
    for line in text[after:after + 4000].split("\n")[:40]:
        start, pos = pos, pos + len(line) + 1
        s = line.strip()
        if not s:
            continue
        found = parse_full_date(s)
        if found and found[1] == 0 and found[2] >= len(s) - 1 and prev:
            lead = len(line) - len(line.lstrip())
            return found[0], Span(start + lead + found[1], start + lead + found[2]), prev
        if _body_starts(s):
            return None
        ok = not _passed_over(s) and len(s.split()) >= 4 and not re.search(r"[.!?:,]$|\.\.\.$", s) \
            and not re.search(r"\b(?:on|in|of|since|from|by|to|at|the|and)$", s)  # ("which was adopted on" / "May 4, 2017.": a
        # sentence its lines break, the date its end)
        prev = (start + len(line) - len(line.lstrip()), start + len(line.rstrip())) if ok else None
    return None


_GLUED_BYLINE = re.compile(r"(?:(?<=[a-z.!?])|\s+)By\s*:\s+[A-Z]")


# a page that lost its line breaks: "Culture: X opens its doors (China Daily) Updated: 2006-05-15 11:35 The office ..."
_GLUED = re.compile(r"^\s*(?P<head>[^\n]{10,200}?)\s*(?:\((?P<source>[^()\n]{2,40})\)\s*)?"
                    r"(?:Updated|Published|Posted(?: on)?|Release(?:d)?(?: date| time)?)\s*[:：]", re.I)


def _glued_headline(text: str) -> tuple[str, Span]:
    """The headline of a first line that runs on into its date label and the body."""
    start = len(text) - len(text.lstrip())
    m = _GLUED.match(text[start:start + 400])
    if not m or is_furniture(m.group("head")):
        # "Copyright Law Amended in Preparation for WTO EntryChina plans to ...": a headline in title case glued to the
        # body's first word, where a word in lower case runs into a capital
        j = _JUNCTION.search(text, start, start + 300)
        words = text[start:j.start() + 1].split() if j else []
        if j and len(words) >= 4 and _title_case(words) and "\n" not in text[start:j.start()]:
            return text[start:j.start() + 1], Span(start, j.start() + 1)
        return "", Span(0, 0)
    return m.group("head"), Span(start + m.start("head"), start + m.end("head"))


_JUNCTION = re.compile(r"[a-z](?=[A-Z][a-z]+\s+[a-z])")


def _body_starts(line: str) -> bool:
    """A line of the body rather than a headline: long, or a sentence of some length ending with its full stop."""
    words = line.split()
    if len(words) <= 70 and len(line) <= 450 and not line.endswith(".") and _title_case(words):
        return False  # the long title of an instrument, every word of weight capitalised
    return len(words) > _HEADLINE_WORDS or len(line) > 250 or (len(words) > 14 and line.endswith(".")) \
        or len(words) > 14 and (line.endswith(":") or bool(re.search(r"[a-z0-9)]{2}\.\s+[A-Z][a-z]", line)))
    # (two sentences, or a sentence that leads into a list: a paragraph, not a headline)


def _title_case(words: list[str]) -> bool:
    small = {"of", "on", "for", "and", "the", "to", "in", "a", "an", "by", "with", "concerning", "from", "at"}
    weighty = [w for w in words if w.lower() not in small]
    return bool(weighty) and sum(1 for w in weighty if w[:1].isupper() or w[:1].isdigit()) >= 0.9 * len(weighty)


def _names_a_body(line: str) -> bool:
    """A line that is only the name of a body ("China National Intellectual Property Administration")."""
    words = line.split()
    if 2 <= len(words) <= 12 and _COMPANY_END.search(line) and not any(w in HEADLINE_VERBS for w in words):
        return True  # "ACME INTELLECTUAL PROPERTY CO.,LTD": a firm's name over its pages
    return 2 <= len(words) <= 12 and words[-1] in ORG_HEADS | _MASTHEAD_WORDS \
        and all(w[:1].isupper() or w in ("of", "for", "and", "the", "on") for w in words) \
        and not any(w in HEADLINE_VERBS or re.fullmatch(r"[A-Z][a-z]+(?:es|ed)", w) and w not in ORG_HEADS for w in words)


# the end of a firm's name: "Co., Ltd.", "CO.,LTD", "Limited", "Inc.", "LLP", "GmbH"
_COMPANY_END = re.compile(r"(?i)(?:\bco\.?\s*,?\s*ltd|\blimited|\binc|\bllp|\bllc|\bgmbh|\bplc|\bcorp(?:oration)?)\.?\s*$")
_HEADLINE_WORDS = 40
# the last word of a site's or a paper's name ("X Justice Observer", "X Daily"): a masthead over the headline
_MASTHEAD_WORDS = {"Portal", "Network", "Online", "Website", "Daily", "Observer", "Times", "Post", "Journal", "Herald",
                   "Gazette", "Tribune", "Weekly", "Review", "Monitor"}


# a headline with the page's date in brackets at its end, as a list of pages gives it: "A decision was adopted. ( 2019.06.27 )"
_DATE_AFTER_HEADLINE = re.compile(r"\S\s*\(\s*(?P<d>(?:19|20)\d\d[.\-/]\d{1,2}[.\-/]\d{1,2})\s*\)\s*$"
                                  # "Mechanisms 17th X Meeting among A, B and C in Y 2031.12.06": a listing's headline, its day after it
                                  r"|(?<=[A-Za-z,])\s+(?P<dot>(?:19|20)\d\d\.\d{1,2}\.\d{1,2})\s*$"
                                  # "… at The 13th Gathering2031-09-21": a listing's headline, its day glued after it
                                  r"|(?<=[a-z])(?P<glued>(?:19|20)\d\d-\d\d-\d\d)\s*$")
# a document's note of its issue or adoption on a line of its own, in brackets
_ISSUED_NOTE = re.compile(r"^\s*\((?:Issued|Adopted|Promulgated|Released|Published)\b[^()\n]{0,200}?\bon\s+"
                          r"(?P<d>[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)"
                          r"(?:,?\s+and\s+(?:effective|in\s+force|came\s+into\s+force)[^()\n]{0,60})?\.?\)\s*$")  # ("… and effective as of X.)")
# a page's date at the end of its summary line, apart from it by wide space: "... in Beijing on Sunday.  April 29, 2021"
# a bulletin's or a column's name in title case, its day after it, on its first line: "X Info Service on Y 4 March 2031"
_NAME_THEN_DAY = re.compile(r"^\s*(?:[A-Z][\w&'-]*\s+(?:(?:on|of|and|for|the|in)\s+)?){2,12}(?P<d>\d{1,2}\s+(?:January|February|March|April|May|"
                            r"June|July|August|September|October|November|December)\s+(?:19|20)\d\d)\s*$")
_DATE_AT_LINE_END = re.compile(r"(?:[.!?]\s{2,}|(?<=[a-z])\s+[A-Z][a-z]+:\s+)(?P<d>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d)\s*$"
                               r"|[.!?]\s+(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\s*$")  # "... in 2013. 2014-08-07": a page of one paragraph
# ("… said the Minister Islamabad: March 22, 2017": a press release's place and date closing its header line)
_BYLINE_DATE = re.compile(r"By\s*:\s+[^|\n]{2,60}?(?P<d>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d)")
_LABEL_ALONE = re.compile(r"^\s*(?:Date|Time|Updated|Published)\s*[:：]\s*$", re.I)


_OPEN_END = re.compile(r"(?:\b(?:on|in|of|since|from|by|to|at|the|and|until|before|after)|,)$")


def publication_date(text: str) -> tuple[str, Span] | None:
    """A dated line near the top ("Updated: Apr 11, 2012", "Updated: 12 23,2020")."""
    pos = 0
    n = -1  # lines read, site chrome aside
    labelled = False  # "Date:" on a line of its own, the date on the next (a transcript's particulars)
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if labelled and line.strip() and (found := parse_full_date(line)) and _is_dateline(line):
            return found[0], Span(start + found[1], start + found[2])
        day_first = re.fullmatch(r"\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)\s*", line) if n <= 6 else None
        if day_first and int(day_first.group("d")) > 12 and 1 <= int(day_first.group("m")) <= 12:
            # "14/10/2031" on a line of its own under a byline: the day first (a day over twelve says so)
            y, mo, d = (int(day_first.group(k)) for k in "ymd")
            return f"{y:04d}-{mo:02d}-{d:02d}", Span(start + day_first.start("d"), start + day_first.end("y"))
        glued_year = re.search(r"(?i)\b(?:post\s+time|posted|published|date)\s*[:：]\s*(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+(?P<y>(?:19|20)\d\d)\b", line)
        if glued_year and 1 <= int(glued_year.group("m")) <= 12 and 1 <= int(glued_year.group("d")) <= 31:
            # "Post time:07-08 2015": month and day, then the year (a Chinese site's English template)
            y, mo, d = (int(glued_year.group(k)) for k in "ymd")
            return f"{y:04d}-{mo:02d}-{d:02d}", Span(start + glued_year.start("m"), start + glued_year.end("y"))
        labelled = bool(_LABEL_ALONE.match(line)) or (labelled and not line.strip())
        if not line.strip() or (chrome.is_chrome(line) and not parse_full_date(line)):
            continue
        n += 1
        if n > 15 and not labelled:
            if n > 40:
                break
            continue
        m = _DATE_LABEL.match(line) or _INLINE_DATE_LABEL.search(line)
        if m:
            found = parse_full_date(line[m.end():])
            if found and (m.re is _DATE_LABEL or re.fullmatch(r"(?i)[\s,]*(?:time|date|on)?\s*[:：]?\s*", line[m.end():m.end() + found[1]])):
                # (a label inside a line gives the date right after it: "(X) released Draft Y ... due by June 2" is a sentence)
                iso, s, e = found
                return iso, Span(start + m.end() + s, start + m.end() + e)
        issued = _ISSUED_NOTE.match(line) if n <= 4 else None
        if issued and (found := parse_full_date(issued.group("d"))):  # "(Issued by the State Council on June 5, 2008)"
            return found[0], Span(start + issued.start("d") + found[1], start + issued.start("d") + found[2])
        byline = _BYLINE_DATE.search(line) if n <= 2 else None
        if byline and (found := parse_full_date(byline.group("d"))):  # "HeadlineBy: A on November 3, 2020 at 12:15 pm"
            return found[0], Span(start + byline.start("d") + found[1], start + byline.start("d") + found[2])
        named = _NAME_THEN_DAY.search(line) if n <= 1 else None
        if named and (found := parse_full_date(named.group("d"))):  # "X Info Service on Y and Z 4 March 2031": a bulletin's
            return found[0], Span(start + named.start("d") + found[1], start + named.start("d") + found[2])  # name, its day
        tail = _DATE_AT_LINE_END.search(line) if n <= 4 else None
        group = ("d" if tail.group("d") else "iso") if tail else None
        if tail and (found := parse_full_date(tail.group(group))):  # "... about intellectual property.  April 29, 2021"
            return found[0], Span(start + tail.start(group) + found[1], start + tail.start(group) + found[2])
        dated_end = _DATE_AFTER_HEADLINE.search(line) if n <= 2 else None
        which = ("d" if dated_end.group("d") else "dot" if dated_end.group("dot") else "glued") if dated_end else None
        if dated_end and (which == "d" or len(line.split()) >= 5) and (found := parse_full_date(dated_end.group(which))):
            # "A headline ... ( 2019.06.27 )", "A headline … 2019.06.27": its date
            return found[0], Span(start + dated_end.start(which) + found[1], start + dated_end.start(which) + found[2])
        lead = chrome.DATED_HEADLINE.match(line.lstrip())
        if n <= 2 and lead and (found := parse_full_date(lead.group())):  # "2025-12-23 A headline": the page's date
            off = start + len(line) - len(line.lstrip())
            return found[0], Span(off + found[1], off + found[2])
        # (or opening the first paragraph: "(Nov. 5, 2031) On October 2, ...", a legal monitor's date)
        bracketed = re.match(r"\s*[(（]\s*([^()（）]{6,30}?)\s*[)）](?=\s|$)", line) if n <= 8 else None
        if bracketed and (found := parse_full_date(bracketed.group(1))) and found[2] - found[1] >= len(bracketed.group(1)) - 1:
            # "(May 28, 2031)" on a line of its own under a speech's headline and speaker: the day it was given
            return found[0], Span(start + bracketed.start(1) + found[1], start + bracketed.start(1) + found[2])
        if n <= 8 and (found := parse_full_date(line)) and _is_dateline(line) \
                and not _OPEN_END.search(text[max(0, start - 200):start].rstrip()):
            # a dateline: "2019-07-12", "Xinhua, October 17, 2020", "chinadaily.com.cn | April 25, 2023" (not the end of a
            # sentence its lines break: "… which was adopted on" / "September 30, 2002.")
            return found[0], Span(start + found[1], start + found[2])
    over = _over_a_lone_date(text, 0)
    if over:
        return over[0], over[1]
    return _footer_date(text) or _agency_dateline(text)


# a news agency's dateline opening a report: "BEIJING, July 12 (Xinhua) --"
_AGENCY_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z .'-]{2,30},[ \t]+(?P<md>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
                              r"[ \t]+\d{1,2})[ \t]+\([A-Z][\w. ]{1,24}\)[ \t]*(?:--|[-–—])", re.M)


# a release's dateline with its whole date and the wire's name: "GUANGZHOU, China, Oct. 16, 2031 /PRNewswire/ --"
_WIRE_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z .'-]{2,30},[ \t]+(?:[A-Z][\w .'-]{1,30},[ \t]+)?(?P<d>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+(?:19|20)\d\d)"
                            r"[ \t]+/[^/\n]{2,40}/[ \t]*(?:--|[-–—])", re.M)


def _agency_dateline(text: str) -> tuple[str, Span] | None:
    """The day of a report's dateline, on a page that gives no date of its own; its year is the one the text gives
    that day, else the year the text speaks of."""
    wire = _WIRE_DATELINE.search(text, 0, 3000)
    if wire and (found := parse_full_date(wire.group("d"))):
        return found[0], Span(wire.start("d") + found[1], wire.start("d") + found[2])
    m = _AGENCY_DATELINE.search(text, 0, 3000)
    if not m:
        return None
    found = parse_full_date(m.group("md") + ", 2000")
    if not found:
        return None
    month_day = found[0][5:]
    same = next((d for d in (parse_full_date(text[x.start():x.start() + 40]) for x in re.finditer(r"\b[A-Z][a-z]{2,8}\.?\s+\d", text))
                 if d and d[0][5:] == month_day and not d[0].startswith("2000")), None)
    year = int(same[0][:4]) if same else context_year(text)
    if not year:
        return None
    if not same:
        weekday = re.search(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text[m.end():m.end() + 1500])
        month, day = int(found[0][5:7]), int(found[0][8:10])
        if weekday:  # "BEIJING, Jan. 23 (Xinhua) -- ..., a press conference on Friday": the year in which that day is a Friday
            wanted = _WEEKDAYS.index(weekday.group(1))
            named = [int(y) for y in dict.fromkeys(re.findall(r"(?<![\d-])((?:19|20)\d\d)(?![\d-])", text))]
            year = next((y for y in (year, year + 1, year - 1, *named) if _weekday(y, month, day) == wanted), None)
        elif len(re.findall(rf"(?<!\d){year}(?!\d)", text)) < 2 and not re.search(r"(?i)\bthis\s+year\b", text):
            year = None  # (a year the text names once, "took effect in May 2030", is no evidence of the report's own)
        if not year:
            return None
    return f"{year}{found[0][4:]}", Span(m.start("md"), m.end("md"))


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return datetime.date(year, month, day).weekday()
    except ValueError:
        return None


def _footer_date(text: str) -> tuple[str, Span] | None:
    """A date line among the last lines of a page (a site that puts the date under the text: "... Chinese
    Version)\n\n2019-09-06"), site chrome aside."""
    end = len(text)
    seen = 0
    while end > 0 and seen < 14:  # (past the fourth line of text, only a labelled date: "Date:2031-11-25Return to List")
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].rstrip("\n")
        end = start
        if not line.strip():
            continue
        m = _DATE_LABEL.match(line)
        found = parse_full_date(line[m.end():] if m else line)
        if found and (m or seen < 4 and _is_dateline(line) and not _OPEN_END.search(text[max(0, start - 200):start].rstrip())):
            off = start + (m.end() if m else 0)
            return found[0], Span(off + found[1], off + found[2])
        if not chrome.is_chrome(line):
            seen += 1
    return None


def context_year(text: str) -> int | None:
    """The year a text without a date speaks of: the year it names most often as its present
    ("the 2022 National IP Publicity Week", "World IP Day 2022"), leaving out targets ("by 2025"),
    origins ("since 2009") and periods ("(2021-2035)")."""
    t = plain(text)
    counts: Counter[int] = Counter()
    for m in re.finditer(r"(?<![\d-])((?:19|20)\d\d)(?![\d-])", t):
        before = t[max(0, m.start() - 20):m.start()].lower()
        after = t[m.end():m.end() + 3]
        if re.search(r"(?:by|for|until|till|before|since|from|through|to|end of|beginning of|in the)\s*(?:the end of\s*)?$",
                     before.rstrip()) or re.match(r"\s*[-–]\s*\d", after) or re.search(r"[-–]\s*$", before):
            continue
        if re.search(r"\b(?:19|20)\d\d\s*[-–]\s*$", before):
            continue
        if re.search(r"\b(?:Act|Law|Convention|Treaty|Agreement)\s+of\s*$", t[max(0, m.start() - 20):m.start()]):
            continue  # "the Trade Act of 1974": a title's year, not the text's present
        clause = t[max(t.rfind(c, 0, m.start()) for c in ".;,\n") + 1:m.start()]
        if re.search(r"\bsince\b", clause, re.I):
            continue  # "since the establishment of their relations in 2004": an origin
        if re.search(r"\b(?:status|situation|development|achievements|progress|review)\s+of\b[^.;\n]{0,80}\bin\s*$", clause, re.I) \
                or re.match(r"\s+(?:marked|saw|witnessed)\b", t[m.end():m.end() + 12]):
            continue  # "the Status of IP Protection of X in 2018", "2018 marked the 40th anniversary": a year looked back on
        counts[int(m.group(1))] += 1
    if not counts:
        return None
    top = max(counts.values())
    year = max(y for y, c in counts.items() if c == top)
    if re.search(rf"\b{year + 1}\s+(?:annual\s+)?(?:working|work|action)\s+(?:plan|priorities|tasks)\b|\b(?:plans?|tasks|priorities)\s+for\s+{year + 1}\b", t):
        return year + 1  # "summarized the work in 2016 and discussed the 2017 working plan": held in the year it plans
    return year
