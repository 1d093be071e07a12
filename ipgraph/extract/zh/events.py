"""Events of Chinese texts: meetings, press conferences, forums, sessions of the NPC Standing Committee, campaigns."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from ipgraph._text import HAN_CHARS as HAN
from ipgraph._text import simplified
from ipgraph.extract import chrome
from ipgraph.extract.zh.dates import _RELATIVE, find_date
from ipgraph.extract.zh.document import _context_year
from ipgraph.records import Event, Span

_EVENT_WORDS = [("培训班开班仪式", "Ceremony"), ("研修班开班仪式", "Ceremony"),  # (a course's opening: the ceremony, not the course)
                ("新闻发布会", "PressConference"), ("发布会", "PressConference"), ("吹风会", "PressConference"),
                ("记者招待会", "PressConference"), ("记者会", "PressConference"),
                ("见面会", "PressConference"), ("集体学习", "CollectiveStudy"), ("专题学习", "CollectiveStudy"), ("常务会议", "Meeting"),
                ("电视电话会议", "Meeting"), ("电视电话会", "Meeting"), ("视频会议", "Meeting"),  # (a meeting held by telephone and television)
                ("工作会议", "Meeting"), ("全体会议", "Meeting"), ("联席会议", "Meeting"), ("会见", "Meeting"),
                ("会面", "Meeting"), ("会晤", "Meeting"), ("会谈", "Meeting"), ("研讨会", "Meeting"), ("座谈会", "Meeting"), ("座谈", "Meeting"), ("汇报会", "Meeting"),
                ("推进会", "Meeting"), ("交流会", "Meeting"), ("研讨活动", "Meeting"), ("交流活动", "Meeting"), ("培训班", "Meeting"), ("研修班", "Meeting"), ("研讨班", "Meeting"), ("讲习班", "Meeting"), ("会议", "Meeting"), ("年会", "Conference"),
                ("峰会", "Conference"), ("大会", "Conference"), ("论坛", "Forum"), ("博览会", "Exhibition"),
                ("展览会", "Exhibition"), ("开班仪式", "Ceremony"), ("开幕式", "Ceremony"), ("揭牌仪式", "Ceremony"), ("颁奖典礼", "Ceremony"), ("典礼", "Ceremony"), ("仪式", "Ceremony"), ("揭牌", "Ceremony"), ("宣传周", "PublicityWeek"),
                ("主题活动", "Observance"), ("开放日", "Observance"), ("访谈", "Interview")]
# (座谈 alone where no 会 follows it: 座谈汇报会, 座谈交流活动 are named by their last words)
_EVENT_RE = re.compile("|".join(rf"座谈(?![{HAN}]{{0,3}}会|交流活动|研讨活动)" if w == "座谈" else "大会(?!堂)" if w == "大会" else w
                                for w, _ in _EVENT_WORDS))  # (人民大会堂: a hall, no congress)
_KINDS = dict(_EVENT_WORDS)
# “剑网2015”打击网络侵权盗版专项行动: the quoted name, then the kind of action, with the words of its field between them
_CAMPAIGN = re.compile(r"[“「\"‘](?P<name>[^”」\"’\n]{1,12})[”」\"’](?:[^，。；“”\n]{0,12}?)(?P<tail>专项整治行动|专项行动|行动)")
# a quoted name: “蓝网行动2024”, “2018年某联合执法行动” (the kind inside it), or after its kind (专项行动“龙腾2024”)
_QUOTED = re.compile(r"[“「\"‘](?P<name>[^”」\"‘’\n]{1,30})[”」\"’]")  # (“‘昆仑2020’专项行动期间…”: a name quoted inside a quotation)
_ACTION_IN_NAME = re.compile(r"行动(?:(?:19|20)\d\d)?$")
_KIND_BEFORE = re.compile(r"(?:专项|执法|整治|联合)?行动[（(]?(?:代号)?$")
# an action a sentence reports carrying out, named by its words with no quoted name after it
# (为期半年的专项行动: how long an action lasts, no name)
_ACTION_HELD = re.compile(r"(?:开展|启动|部署)了?的?(?P<n>[^，。；、“”\s（(的]{4,30}?(?:专项治理行动|专项行动|执法行动|整治行动))(?![“「\"（(])")


def _campaign_names(text: str, simple: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of the campaigns named in quotes: a name holding its kind (“蓝网行动2024”), a name before
    its kind (“剑网2015”专项行动: 剑网2015专项行动), a name after it (专项行动“龙腾2024”); a second name in brackets right
    after one (“2021年某专项行动”(“龙腾行动2021”)) is the same campaign's."""
    out: list[tuple[int, int, str]] = []
    last_end = -1
    for m in _QUOTED.finditer(simple):
        name = m.group("name")
        if re.match(r"\s*[（(]$", simple[last_end:m.start()]) and last_end >= 0:
            continue  # (“龙腾行动2021”): the other name of the campaign just named
        tail = _CAMPAIGN.match(simple, m.start())
        if _ACTION_IN_NAME.search(name):
            out.append((m.start("name"), m.end("name"), text[m.start("name"):m.end("name")]))
        elif tail and len(tail.group("name")) == len(name):
            out.append((m.start(), tail.end(), text[m.start("name"):m.end("name")] + text[tail.start("tail"):tail.end("tail")]))
        elif _KIND_BEFORE.search(simple, max(0, m.start() - 8), m.start()) and len(name) <= 12:
            out.append((m.start("name"), m.end("name"), text[m.start("name"):m.end("name")]))
        else:
            continue
        last_end = m.end()
    return out
# 于1996年12月20日由某某外交会议在日内瓦通过: a meeting named as what adopted a text, on its day
_ADOPTED_BY_MEETING = re.compile(r"于\s*(?P<d>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:经|由)\s*"
                                 r"(?P<l>[^，。；、\s]{2,40}?(?:会议|大会))\s*(?:在[^，。；\s]{1,12})?(?:审议|表决)?(?:通过|批准)")
# - 某某发布会在某地举行2031-09-15: an item of a list of linked news (新闻推荐, 相关新闻), its date glued after its title
_LINKED_ITEM = re.compile(r"\s*[-•·]\s*[^\n]{4,80}?(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*$|\s*[-•·]\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*\S[^\n]{3,80}$")
# 并于2031年9月21日召开了…座谈会: the day an event of the sentence was held on
_HELD_ON_DAY = re.compile(r"于\s*(?P<d>(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:至\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?"
                          r"\s*(?:上午|下午|晚上)?\s*(?:在[^，。；]{1,20})?(?:召开|举行|举办)")  # (定于某日至某日在某地举行: its first day)
# a session of a standing committee: 十三届全国人大常委会第二十次会议, 第十二届全国人民代表大会常务委员会第四次会议, 常委会第三次会议
_SESSION = re.compile(rf"(?:第?[一二三四五六七八九十\d]{{1,4}}届)?(?:(?:(?![届在日年月于的和])[{HAN}]){{0,8}}?人(?:民代表)?大(?:会)?)?"
                      r"常(?:务)?委(?:员)?会"
                      r"第[一二三四五六七八九十百\d]{1,5}次会议(?:闭幕会)?")
# a session with its day before it, the place before its term: 2031年8月25日某省第九届人民代表大会常务委员会第二十二次会议,
# 2031年4月12日第六届全国人民代表大会第四次会议 (a session of the congress itself)
_DATED_SESSION = re.compile(rf"(?P<d>(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日)(?P<l>(?:(?![年月日《》（）()，。；])[{HAN}]){{0,10}}?"
                            rf"(?:第[一二三四五六七八九十\d]{{1,4}}届(?:(?![届在日年月于的和《》])[{HAN}]){{0,10}}?(?:常(?:务)?委(?:员)?会|人民代表大会)"
                            r"第[一二三四五六七八九十百\d]{1,5}次会议|(?:国务院|人民政府|政府)第[一二三四五六七八九十百\d]{1,5}次常务会议))")
# (2031年9月6日国务院第23次常务会议修订通过: a government's executive meeting in the note of a text's revision)
# a session of a congress by its term and number, without 第: 全国政协九届四次会议, 十三届全国人大一次会议
# (第六届全国人民代表大会第四次会议: a session of a congress written whole)
_SESSION_BY_TERM = re.compile(r"第?[一二三四五六七八九十]{1,3}届(?:全国|[\u4e00-\u9fff]{1,6}?(?:省|市|县|自治区))?(?:人民代表大会|人大|政协)"
                              r"第[一二三四五六七八九十]{1,3}次(?:全体)?会议"
                              r"|(?:全国人大|全国政协|人大|政协)?第?[一二三四五六七八九十]{1,3}届(?:全国人大|全国政协|人大|政协)?"
                              r"[一二三四五六七八九十]{1,3}次(?:全体)?会议")
# an event named by its number: 第二十届上海知识产权国际论坛, 第十六次五局合作局长系列会议
_NUMBERED = re.compile(rf"第[{HAN}\d]{{1,4}}[届次](?:[（(]以下简称[^（）()]{{1,16}}[)）]|[{HAN}（）()“”\-—]){{1,30}}?(?:{'|'.join(w for w, _ in _EVENT_WORDS if len(w) > 1 and w not in ('会见', '会面', '会晤', '会谈'))}"
                       rf"|(?<=[{HAN}”)）])活动(?![{HAN}])"  # 第三届“某服务月”活动: an activity by its edition
                       rf"|(?<=[{HAN}])(?:交易会|交会|博会|洽会|展会)(?![{HAN}]{{0,2}}(?:委员会|组委会|办公室)|[)）])"  # 第138届广交会, 第五届进博会: a fair by its edition
                       rf"(?!(?:[（(][^（）()]{{0,12}}[)）])?[{HAN}]{{0,4}}(?:发布会|仪式|开幕式|闭幕式|论坛|会议|座谈会))"  # (not its press conference's name)
                       rf"|(?<=[{HAN}])节(?![{HAN}]))")  # 第十六届某国际厨具节, 第五届某文化节: a festival or a fair by its number
# an event word that is part of the name of a body: 联席会议办公室, 第十三届全国人民代表大会常务委员会, 大会主席团
_BODY_AFTER = re.compile(r"办公室|办|秘书处|各?成员单位|制度|常务委员会|常委会|代表|委员|主席团|组委会|执委会")
# what stands before the name of an event in a sentence: a verb of holding it, a preposition, a comma
_BEFORE_NAME = re.compile(r".*(?:召开|举行|举办|主持|出席|参加|开幕|闭幕|启动|组织|进行|宣布|不久前|前不久|日前|近日|来自|在|于|(?<=[）)日天])从|，|,|、|：|:|(?<=[）)日天])是|\]|】)")  # (今天(1月30日)是某局第一场发布会)


# a meeting named by what it is, held by the verb that governs it (…政务工作会在京召开, 召开…总结交流会): a name
# ending in 会 that is not the name of a body (协会, 委员会, 理事会)
_HELD_MEETING = re.compile(rf"(?:(?:召开|举行|举办)了?(?P<a>[{HAN}\d“”（）()]{{4,30}}?会)(?=[，。；,;：:\s]|$)"
                           rf"|(?P<b>[{HAN}\d“”（）()]{{4,30}}?会)(?:(?:在|于)[{HAN}]{{1,10}})?(?:召开|举行|开幕|闭幕))")
_BODY_NAME_END = re.compile(r"(?:协会|学会|委员会|理事会|商会|联合会|研究会|基金会|工会|议会|董事会|常委会|组委会|执委会|委会|人大会|机会|社会|都会|"
                            r"体会|约会|误会|领会|学会|知会|融会|省会|大会堂)$")
# an event a sentence refers to rather than reports: 落实省第十二次党代会部署, 贯彻…会议精神
_REFERRED_BEFORE = re.compile(r"(?:贯彻|落实|学习|传达|遵循|按照|根据|依据)[^，。；,;.]{0,6}$")
_REFERRED_AFTER = re.compile(r"[^，。；,;.]{0,4}?(?:精神|部署|要求|决策|决定|确定的|提出的)")
# a meeting the sentence reports holding (主持召开…专题会议, 组织召开…会议): reported even with no date or number
_HELD_BEFORE = re.compile(r"(?:召开|举行|举办)了?$")
# a meeting a person attended, or at which something was said (出席…研讨会, 在…座谈汇报会上): held, when it has a name
_ATTENDED_BEFORE = re.compile(r"(?:出席|参加)了?$")
# a link to another page under the text: 下一条:某会议召开, 上一篇:…
_RELATED_LINK = re.compile(r"\s*(?:上一|下一)[条篇则]\s*[:：]")
# 某某签字仪式在市会议中心举行: a named event the sentence says was held, where and by what verb
_HELD_AFTER_WORD = re.compile(r"(?:在[^，。；,;]{1,15}?)?(?:隆重|顺利|正式)?(?:举行|召开|举办)")
# a name that is one: it carries its year (2023年全国知识产权宣传周活动总结交流会) or its number
_PROPER = re.compile(r"^(?:(?:19|20)\d\d(?:年|(?=[\u4e00-\u9fff]))|第[\d一二三四五六七八九十百]+[届次])")  # (2019某大会: its year)
# a citation's particulars inside a sentence: (资料来源:…;更新时间:…;访问时间:2014年10月3日)
_CITATION = re.compile(r"(?:资料来源|更新时间|访问时间|检索时间|浏览时间)\s*[:：][^；;)）。]*")
# a count of events, not one of them: 20余次, 三次 (第三次 is the third)
_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十百]+)\s*(?:余|多)?[次场]")
_YEAR_WORD = re.compile(r"(前年|去年|今年|明年)\s*\d{1,2}月")
_YEAR_SHIFT = {"前年": -2, "去年": -1, "今年": 0, "明年": 1}


def _in_book_marks(sent: str, at: int) -> bool:
    """Whether sent[at] is inside a title in book marks (《第19次某会议会谈纪要》: a title, no event of its own)."""
    return sent[:at].count("《") > sent[:at].count("》")


# a name that holds its number after the body's (中央政治局第二十五次集体学习, 政协第十二届某委员会某表彰会)
_NUMBER_IN_NAME = re.compile(r"第[\d一二三四五六七八九十百]+[届次]")


def _held_word(simple: str, s: int, word: re.Match) -> bool:
    """Whether the event named up to the word is one a verb of holding governs (召开某研讨会)."""
    a0 = s + _label_start(simple, s, word)
    return bool(_HELD_BEFORE.search(simple[max(s, a0 - 3):a0]))


def _label(text: str, simple: str, s: int, word: re.Match) -> str:
    """The name of the event a sentence reports: its words up to the event word, after the verb that holds it
    (召开十五届市政府第99次常务会议 -> 十五届市政府第99次常务会议), with a second name joined to it by 暨."""
    joined = _JOINED.match(simple, s + word.end()) or _SESSION_OF_BODY.match(simple, s + word.end())
    return text[s + _label_start(simple, s, word):joined.end() if joined else s + word.end()].strip()


# 某联席会议全体会议, 某联席会议第八次全体会议: a session of the body the first words name


def _referred(sent: str, a: int, b: int) -> bool:
    """Whether the event at sent[a:b] is one the sentence refers to (its spirit, its decisions to carry out); one the
    clause says is held (举行电视电话会部署…: held, and arranging) is not."""
    if re.search(r"(?:召开|举行|举办)了?[^，。；,;、]{0,24}$", sent[max(0, a - 30):a]) and not _REFERRED_BEFORE.search(sent[max(0, a - 12):a]):
        return False
    return bool(_REFERRED_BEFORE.search(sent[max(0, a - 12):a]) or _REFERRED_AFTER.match(sent, b))


def _label_start(simple: str, s: int, word: re.Match) -> int:
    """Where the name of the event a sentence reports starts, from the sentence's start (see _label)."""
    head = simple[s:s + word.start()]
    before = _BEFORE_NAME.match(head)
    at = max(before.end() if before else 0, word.start() - 30)
    if at == word.start() - 30 and at > (before.end() if before else 0):  # a long name: it starts after the clause's start
        back = max((i for i in range(max(0, at - 12), at + 1) if i == 0 or head[i - 1] in "，,：:；;"), default=-1)
        if back >= (before.end() if before else 0):
            at = back
    if head[:at].count("“") > head[:at].count("”"):  # 召开了“打击某某,促进某某”专题座谈会: a theme in quotation marks is of the name
        at = head.rfind("“", 0, at)
    dated = re.match(r"\s*(?:\d{1,2}月\d{1,2}日)?\s*[-—–]\s*|(?:之后|随后|此后|其后|会后)?的|了|我[院局会厅委]|本次|此次|这次|"
                     r"[^，。]{0,12}?\d{1,2}月\d{1,2}日电\s*",
                     head[at:])  # 9月16日 - 某论坛, (在之后的某汇报会上: afterwards)
    at += dated.end() if dated else 0  # 举行的第20届…, 新华社杭州10月20日电 某大会
    this = re.match(r"本次|此次|这次", head[at:])
    at += this.end() if this else 0  # 参加了本次调研座谈会: this one
    theme = head.rfind("的", at)  # 主题为“…”的2019某大会: the name after its theme
    if theme >= 0 and theme > at and "”" in head[at:theme + 1]:
        at = theme + 1
    return at


# 这是19日在某地举行的…发布会上传出的消息: the day of the month the event was held, inside the sentence
_DAY_HELD = re.compile(r"(?<![月\d])(\d{1,2})日(?:上午|下午|晚上|晚)?在[\u4e00-\u9fff]{1,10}(?:举行|召开|举办)的")
_DAY_ONLY = re.compile(r"\s*(?:本报讯\s*)?(?<![月\d])(\d{1,2})日(?:上午|下午|晚上|晚|早上|中午)?[，,]")


def _date_of_clause(clause: str, doc_date: str | None) -> str | None:
    """The day a clause tells by a word for it (今天, 昨天), counted from the page's date."""
    if not doc_date:
        return None
    if re.search(r"昨天|昨日", clause):
        return (datetime.date.fromisoformat(doc_date) - datetime.timedelta(days=1)).isoformat()
    if re.search(r"今天|今日", clause):
        return doc_date
    return None


def find_events(text: str, simple: str, title: str, doc_date: str | None, year: int | None) -> list[Event]:
    from ipgraph.extract._sentences import sentence_spans

    events: list[Event] = []
    sents = sentence_spans(simple)
    doc_year = int(doc_date[:4]) if doc_date else year
    title_s = simplified(title)
    main = _EVENT_RE.search(title_s)
    particulars = _event_particulars(text, simple, title_s, main)
    if particulars:
        events.append(particulars)
    told: str | None = None  # the last full date the text told (2014年8月31日), that a later month and day go on from
    previous: str | None = None  # the full date the sentence before gave, that 当天 refers to
    told_day: str | None = None
    for s, e in sents:
        sent = simple[s:e]
        dated_part = _CITATION.sub(lambda m: " " * len(m.group()), sent)  # (资料来源…访问时间:…): when a source was read
        shift = _YEAR_WORD.search(dated_part)  # 去年11月30日: the year before the document's
        year_now = doc_year + _YEAR_SHIFT[shift.group(1)] if shift and doc_year else doc_year
        if shift and not doc_date:
            year_now = None  # 今年11月11日 on a page that gives no date: this year is no year the text names
        page_date = re.match(r"\s*(?:19|20)\d\d-\d{1,2}-\d{1,2}(?=\s?\d{1,2}月\d{1,2}日)", dated_part)
        if page_date:  # 2008-12-22 12月15日下午，…会议举行: the page's date glued before the text's own
            dated_part = " " * page_date.end() + dated_part[page_date.end():]
        found = find_date(dated_part, year_now)
        held_on = _HELD_ON_DAY.search(dated_part) if found else None
        if held_on and held_on.start() > found[2].start() \
                and (again := find_date(" " * held_on.start("d") + dated_part[held_on.start("d"):], year_now)):
            # 2031年8月21日至9月20日征求意见，并于2031年9月21日召开了座谈会: the day the event was held, not the span before it
            found = again
        if found and re.match(r"\s*[电讯][^，。,;；]{0,40}?(?:日前|近日|前不久|近期|此前)", dated_part[found[2].end():]):
            found = None  # 本报北京11月1日电 日前，某局召开…会: the day of the report; the meeting was days before it
        if found and not shift and told and not re.search(r"(?:19|20)\d\d\s*年", dated_part[:found[2].end()]):
            # "2014年8月31日，…通过了决定。…9月10日召开座谈会": the month and day go on in the year told before them
            again = find_date(dated_part, int(told[:4]))
            if again and told < again[0] and (not doc_date or again[0] <= doc_date):
                found = again
        if found and "y" in found[2].re.groupindex and not found[2].group("y"):
            # 自2031年3月开始准备，6月初完成草案，7月1日经…会议通过: a month and day in the year its sentence named before them
            named = [y for y in re.finditer(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月", dated_part[:found[2].start()])
                     if int(y.group(2)) <= int(found[0][-5:-3])] if re.search(r"-\d\d-\d\d$", found[0]) else []
            if named and (again := find_date(dated_part, int(named[-1].group(1)))):
                found = again
        if found and re.search(r"(?:19|20)\d\d\s*年", dated_part[:found[2].end()]) and not found[0].startswith("--"):
            told = found[0]
        date = end = None
        if found:
            date, end = found[0], found[1]
            if date and doc_date and not date.startswith("--") and "y" in found[2].re.groupindex and not found[2].group("y") \
                    and (datetime.date.fromisoformat(date) - datetime.date.fromisoformat(doc_date)).days > 90 \
                    and not re.search(r"将|即将|拟|计划|预计|届时", sent):
                # 12月15日…大会在北京举行 on a page of April: held in a year before the page's, not months after it (a day
                # or weeks after the page's date: a page dated ahead of what it tells, kept)
                date, end = f"{int(date[:4]) - 1}{date[4:]}", (f"{int(end[:4]) - 1}{end[4:]}" if end else None)
            elif date and doc_date and not date.startswith("--") and "y" in found[2].re.groupindex and not found[2].group("y") \
                    and date > doc_date and re.search(r"(?:召开|举行|举办|开幕|闭幕)了", sent):
                # 9月8日，某局召开了某座谈会 on a page of August: reported as done, so of a year before the page's; the year
                # the text names, where it names an earlier one (某2003专项行动)
                named = _context_year(simple)
                y = named if named and named < int(doc_date[:4]) else int(doc_date[:4]) - 1
                date, end = f"{y}{date[4:]}", (f"{y}{end[4:]}" if end else None)
            day = re.match(r"电[^，。]{0,40}?(?<![月\d])(\d{1,2})日", dated_part[found[2].end():])
            if day and not date.startswith("--") and int(day.group(1)) <= int(date[8:10]):
                date = date[:8] + f"{int(day.group(1)):02d}"  # 新华社杭州10月20日电 …大会19日在杭州开幕: the 19th
            own = re.match(r"[电讯][^。]{0,60}?(?<!\d)(\d{1,2})月(\d{1,2})日", dated_part[found[2].end():])
            if own and (d := find_date(f"{own.group(1)}月{own.group(2)}日", int(date[:4]) if not date.startswith("--") else None)) \
                    and d[0][-5:] <= date[-5:]:
                date = d[0]  # 中新网北京6月26日电 …局6月25日在北京举行…发布会: the day it was held, not the report's
        elif (day_only := _DAY_ONLY.match(dated_part) or _DAY_HELD.search(dated_part)) and doc_date:
            # 16日上午，省人大常委会召开…会: a day of the page's month (of the month before, past the page's day)
            d0 = datetime.date.fromisoformat(doc_date)
            n = int(day_only.group(1))
            month = d0.replace(day=1) if n <= d0.day else (d0.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
            try:
                date = month.replace(day=n).isoformat()
            except ValueError:
                date = None
        elif (re.search(r"随后|之后|会后", sent[:12]) and re.search(r"召开|举行|举办", sent) or re.search(r"(?:本次|此次)[\u4e00-\u9fff]{2,8}?(?:座谈会|研讨会|交流会|推进会|培训会|汇报会|发布会)", sent)) \
                and (previous or told_day):  # (参加了本次调研座谈会: this one, of the day told before)
            date = previous or told_day  # 10月17日，调研组…。在随后召开的座谈会上: the day the sentence before told
        elif re.search(r"当天|当日|同日|同一天", sent) and previous:
            date = previous  # 4月26日是世界知识产权日。当天，…举办开放日活动: the day the sentence before tells
        elif _RELATIVE.search(sent) and doc_date:
            date = doc_date
            if re.search(r"昨天|昨日", sent):
                date = (datetime.date.fromisoformat(doc_date) - datetime.timedelta(days=1)).isoformat()
        previous = date if date and not date.startswith("--") else previous  # (当天: the day the text told last)
        told_day = date or told_day  # (随后: the day the text told last, its year unknown too)
        if chrome.PARTICULARS.match(sent) or _EVENT_TIME_LABEL.match(sent) or _LINKED_ITEM.match(sent):
            continue  # 来源：…联席会议办公室  发布时间：…: the page's own particulars; 访谈时间: an event's, read above
        for m in _ADOPTED_BY_MEETING.finditer(sent):  # 本条约于1996年12月20日由某某外交会议在日内瓦通过: the meeting that adopted it
            d = find_date(m.group("d"), year_now)
            _add(events, Event(kind="Meeting", label=text[s + m.start("l"):s + m.end("l")], span=Span(s, e), date=d[0] if d else None))
        noted = list(_DATED_SESSION.finditer(sent))
        if noted:
            # (2000年8月25日某省第九届人民代表大会常务委员会第二十二次会议通过 根据2011年…第二十九次会议《…》修正): the
            # notes of a law's adoption and amendment, each session with its own day and its place before its term
            for m in noted:
                d = find_date(m.group("d"))
                l0 = m.start("l") + len(re.match(r"[在经于由从自据]*", m.group("l")).group())  # (经某省…会议: by it)
                _add(events, Event(kind="Meeting", label=text[s + l0:s + m.end("l")], span=Span(s, e),
                                   date=d[0] if d else None))
            continue
        session = _SESSION.search(sent) or _SESSION_BY_TERM.search(sent)
        if session and date and not date.startswith("--") or session and found:
            events.append(Event(kind="Meeting", label=text[s + session.start():s + session.end()], span=Span(s, e),
                                date=date))
            # 全国政协某届某次会议昨天已经开幕，某届全国人大某次会议也于今天开幕: a second session in its own clause, its own day
            for other in _SESSION_BY_TERM.finditer(sent, session.end()):
                clause = sent[other.start():min((i for i in (sent.find(c, other.end()) for c in "，。,；") if i >= 0), default=len(sent))]
                own = _date_of_clause(clause, doc_date) or date
                events.append(Event(kind="Meeting", label=text[s + other.start():s + other.end()], span=Span(s, e), date=own))
            continue
        if session and not _referred(sent, session.start(), session.end()):  # 常委会第三次会议对草案进行了审议: named by its number
            _add(events, Event(kind="Meeting", label=text[s + session.start():s + session.end()], span=Span(s, e)))
            continue
        numbered = next((m for m in _NUMBERED.finditer(sent) if not _BODY_AFTER.match(sent, m.end())
                         and not _referred(sent, m.start(), m.end()) and not _in_book_marks(sent, m.start())), None)
        if session:
            numbered = None
        word = next((m for m in _EVENT_RE.finditer(sent) if not _BODY_AFTER.match(sent, m.end())
                     and not _referred(sent, m.start(), m.end()) and not _in_book_marks(sent, m.start())), None)
        if word is None:
            held = next((h for h in _HELD_MEETING.finditer(sent) if not _BODY_NAME_END.search(h.group("a") or h.group("b"))), None)
            if held:
                g = "a" if held.group("a") else "b"
                name = held.group(g)
                lead = re.match(r".*(?:，|,|、|：|:|在|于|召开|举行|举办|的)", name)  # 7月4日，全国…会: the name after the date
                a0 = held.start(g) + (lead.end() if lead else 0)
                if held.end(g) - a0 >= 4 and not _referred(sent, a0, held.end(g)):
                    label = text[s + a0:s + held.end(g)]
                    if date or _PROPER.match(simplified(label)) or g == "a" \
                            or _NUMBER_IN_NAME.search(simplified(label)):  # 召开…会: held, so reported
                        _add(events, Event(kind="Meeting", label=label, span=Span(s, e), date=date, end_date=end))
                    continue
        if numbered and (not found or found[2].start() < numbered.end()):
            word_in = _EVENT_RE.search(numbered.group())
            kind = _KINDS[word_in.group()] if word_in else \
                "Exhibition" if re.search(r"博览|展|交易|贸易|国际|交会|博会|洽会", simplified(numbered.group())) else "Observance"
            body = _BODY_OF_SESSION.match(sent[:numbered.start()]) if re.match(r"第[^次届]{1,5}次(?:全体|扩大)?会议$", numbered.group()) else None
            n0 = body.start("b") if body else numbered.start()  # 召开某工作部际联席会议第八次全体会议: the session of the body named
            _add(events, Event(kind=kind, label=text[s + n0:s + numbered.end()], span=Span(s, e),
                               date=date, end_date=end))
            last = numbered
            for other in _NUMBERED.finditer(sent, numbered.end()):  # 第29次某会议、第28次某会议和第22次某会议: each of a list
                if not re.fullmatch(r"[、和及与]", sent[last.end():other.start()]) or _BODY_AFTER.match(sent, other.end()):
                    break
                word_o = _EVENT_RE.search(other.group())
                _add(events, Event(kind=_KINDS[word_o.group()] if word_o else kind, label=text[s + other.start():s + other.end()],
                                   span=Span(s, e), date=date, end_date=end))
                last = other
            continue
        if word is not None and not date and not _held_word(simple, s, word):
            # 在某会议框架下，…召开某研讨会: the event the sentence says was held, not the one it names first
            word = next((m for m in _EVENT_RE.finditer(sent) if m.start() > word.start() and not _BODY_AFTER.match(sent, m.end())
                         and not _referred(sent, m.start(), m.end()) and _held_word(simple, s, m)), word)
        ceremony_label = None
        if word is not None and _KINDS[word.group()] == "PublicityWeek":
            # 某地知识产权宣传周启动仪式在某地举行: the ceremony that opens the week, not the week
            opening = re.compile(r"[^，。；,;：:]{0,40}?(?:启动仪式|开幕式)").match(sent, word.end())
            if opening:
                week_start = s + _label_start(simple, s, word)
                word = next((m for m in _EVENT_RE.finditer(sent) if m.start() >= word.end() and m.end() <= opening.end()
                             and _KINDS[m.group()] == "Ceremony"), word)
                ceremony_label = text[week_start:s + opening.end()]
        if word is not None and found and found[2].start() > word.end() and re.search(r"今天|今日", sent[:word.start()]) \
                and not re.search(r"今天|今日", sent[word.end():found[2].start()]):
            date, end = doc_date, None  # 记者今天(31日)从某发布会上获悉，今年4月20日至26日…: the conference is today's
        if word is not None and not date and _KINDS[word.group()] == "PublicityWeek":
            day = re.search(r"(\d{1,2})\s*[·.．]\s*(\d{1,2})[”\"」]?[\u4e00-\u9fff]{0,10}$", simplified(sent[:word.start()]))
            if day and 1 <= int(day.group(1)) <= 12 and 1 <= int(day.group(2)) <= 31:  # “4·26”知识产权宣传周: its name's day
                date = f"{doc_year}-{int(day.group(1)):02d}-{int(day.group(2)):02d}" if doc_year else \
                    f"--{int(day.group(1)):02d}-{int(day.group(2)):02d}"
        if not word:
            continue
        a0 = s + _label_start(simple, s, word)
        # 专利导航发展相关工作研讨会: a name of its own before the word (not 某局局长某某为论坛: who spoke at it)
        named_by_words = s + word.start() - a0 >= 4 and not re.search(r"长|主席|书记|主任", simple[a0:s + word.start()]) \
            and not _RELATED_LINK.match(simple, s)
        # (中央政治局第二十五次集体学习: a name with its number after the body's name)
        if not date and not _PROPER.match(simple[a0:s + word.end()]) and not _HELD_BEFORE.search(simple[max(s, a0 - 3):a0]) \
                and not re.search(_NUMBER_IN_NAME.pattern + r"[\u4e00-\u9fff]{0,4}$", simple[a0:s + word.start()]) \
                and not (named_by_words and _HELD_AFTER_WORD.match(simple, s + word.end())) \
                and not (named_by_words and (_ATTENDED_BEFORE.search(simple[max(s, a0 - 3):a0])
                                             or re.search(r"[在从](?:[^，。；]{0,8}的)?$", simple[max(s, a0 - 10):a0])
                                             and simple[s + word.end():s + word.end() + 1] == "上")):
            continue  # an event neither dated, nor named by its year or number, nor held: one the text mentions in passing
        if _COUNT.match(simple, a0):
            continue  # 召开20余次局党组会议: how many meetings were held, not one of them
        if not date and simple[s + word.end():s + word.end() + 1] == "等" and not _PROPER.match(simple[a0:s + word.end()]):
            continue  # 出具报告、举办专项指导交流会等: kinds of work a body does, no event of its own
        if re.match(r"\s*\d+\s*(?:期|场|次|个|余|多|$)", simple[s + word.end():s + word.end() + 8]):
            continue  # 共举办培训班6414期: how many were held, not one of them
        kind = _KINDS[word.group()]
        if kind == "PublicityWeek":
            label = re.search(rf"(?:(?:19|20)\d\d年)?[{HAN}]{{0,12}}宣传周", sent)
            start_w = s + label.start() if label else s
            if label:  # 我国将每年4月20日至26日定为知识产权宣传周, 以…为主题的知识产权宣传周: the week's name, after the verb
                lead = re.match(r".*(?:定为|开展|举办|举行|启动|参加|组织|的|是|为)", simple[start_w:s + label.end() - 3])
                start_w += lead.end() if lead else 0
            name_w = text[start_w:s + label.end()] if label else "宣传周"
            _add(events, Event(kind=kind, label=name_w, span=Span(s, e), date=date, end_date=end))
            continue
        label = ceremony_label or _label(text, simple, s, word)
        if len(label) <= len(word.group()) + 1 and (len(word.group()) < 4 or word.group().endswith("发布会")) \
                or word.group() in ("会见", "会面", "会晤", "会谈"):
            # (电视电话会: a kind of meeting named well enough by its word)
            # 会见: the headline says who met whom; else the verb alone (局长某某会见, 进行了会谈: no name before it)
            label = title if main and _KINDS[main.group()] == kind else \
                text[s + word.start():s + word.end()] if word.group() in ("会见", "会面", "会晤", "会谈") else label
        _add(events, Event(kind=kind, label=label, span=Span(s, e), date=date, end_date=end))
    events = _headline_events_dated(events, title_s)
    events = _named_once(events)
    # 2019某大会 on 4月26日 in a text that names other years: the year its name holds
    # (2023年知识产权工作新闻发布会: a conference on a year's work, held the year after; its own date stands)
    events = [replace(ev, date=f"{named.group()}{ev.date[4:]}") if ev.date and not ev.date.startswith("--")
              and (named := re.match(r"(?:19|20)\d\d(?=\s*年?\s*[\u4e00-\u9fff])", simplified(ev.label)))
              and named.group() != ev.date[:4] and not re.match(r"(?:19|20)\d\d年?度?[\u4e00-\u9fff]{0,8}工作", simplified(ev.label))
              else ev for ev in events]
    for a, b, label in _campaign_names(text, simple):
        if any(ev.label == label for ev in events):
            continue
        # 7月25日在京联合启动“剑网2017”专项行动: launched on the day its sentence gives, in the year its name holds
        s0 = max(simple.rfind(c, 0, a) for c in "。\n") + 1
        e0 = min((i for i in (simple.find(c, b) for c in "。\n") if i >= 0), default=len(simple))
        launch = re.search(r"(?P<date>\d{1,2}月\d{1,2}日)[^。]{0,30}?(?:启动|部署|开展)[^。]{0,12}$", simple[s0:a]) \
            or (re.search(r"(?P<date>\d{1,2}月\d{1,2}日)[^。]{0,30}$", simple[s0:a])
                if re.search(r"启动|部署|开展", simple[b:e0]) else None)  # 6月11日，“剑网2015”…行动今日…正式启动
        named_year = re.search(r"(?:19|20)\d\d", label)
        found = find_date(launch.group("date"), int(named_year.group()) if named_year else doc_year) if launch else None
        events.append(Event(kind="Campaign", label=label, span=Span(a, b),
                            date=found[0] if found and not found[0].startswith("--") else None))
    for m in _ACTION_HELD.finditer(simple):  # 4月19日至5月17日…开展本年度第一次某联合执法行动: dated, named by its words
        s0 = max(simple.rfind(c, 0, m.start()) for c in "。\n") + 1
        found = find_date(simple[s0:m.start()], doc_year)
        if found and re.search(r"召开|举行|举办", simple[s0:m.start()]):
            found = None  # 9月8日，某局召开某座谈会，配合部署的某行动: the day is the meeting's
        if re.search(r"等(?:专项治理|专项|执法|整治)?行动$", m.group("n")):
            continue  # 开展知识产权执法等专项行动: actions of a kind ("… and other special actions"), no one campaign
        label = text[m.start("n"):m.end("n")]
        if (found or re.match(r"(?:19|20)\d\d", m.group("n"))) and not any(label in ev.label or ev.label in label for ev in events):
            # (部署的2003打击某某专项治理行动: named by its year, dated or not)
            events.append(Event(kind="Campaign", label=label, span=Span(m.start("n"), m.end("n")), date=found[0] if found else None))
    # “剑网行动” after “剑网2015”专项行动: the series of the campaign named with its year, not another campaign
    years = {re.sub(r"(?:19|20)\d\d年?", "", simplified(ev.label)) for ev in events if ev.kind == "Campaign"
             and re.search(r"(?:19|20)\d\d", ev.label)}
    events = [ev for ev in events if not (ev.kind == "Campaign" and not re.search(r"\d", ev.label)
                                          and any(simplified(ev.label)[:2] == y[:2] for y in years))]
    out: list[Event] = []
    for ev in events:
        label = _own_name(ev.label, bool(ev.date))
        if label is None:
            continue
        ev = replace(ev, label=label) if label != ev.label else ev
        if not any(x.label == ev.label and x.date == ev.date for x in out):
            out.append(ev)
    # 保护某某外交会议 … 外交会议开幕 … 会议成功签署: a word of its kind alone after the event it names is that event
    generic = re.compile(r"(?:外交)?(?:会议|大会)")
    named = [x for x in out if not generic.fullmatch(simplified(x.label))]
    kept = []
    for ev in out:
        word = simplified(ev.label)
        same = next((x for x in named if generic.fullmatch(word) and re.search(r"(?:会议|大会)$", simplified(x.label))
                     and (simplified(x.label).endswith(word) or word == "大会") and x.span.start <= ev.span.start), None)
        # (《某条约》获得大会一致通过 after 某某外交会议: the conference named, by a word of its kind)
        if same is None:
            kept.append(ev)
        elif not same.date and ev.date:  # (the named one undated: the day the word alone gives)
            named[named.index(same)] = dated = replace(same, date=ev.date)
            kept = [dated if k is same else k for k in kept]
    out = kept
    # (关于某某问题外交会议 and 某某问题外交会议 on one day: one meeting, by its whole name)
    return [ev for ev in out if not any(x is not ev and x.date == ev.date and len(x.label) > len(ev.label)
                                        and simplified(x.label).endswith(simplified(ev.label))
                                        and not simplified(x.label)[:len(x.label) - len(ev.label)].endswith("的") for x in out)]


def _own_name(label: str, dated: bool) -> str | None:
    """An event's name without the clause a sentence wrapped round it (…承办的‘某外交会议, 自2031年6月20日某会议, 《某条约》获得大会);
    None for one that refers to an event named before (该外交会议) or to a bid for one, and for a word of its kind alone
    (会议, 大会) that no day dates."""
    s = simplified(label)
    quote = max(s.rfind(q) for q in "‘“「\"")
    if quote >= 0 and not re.search(r"[’”」\"]", s[quote + 1:]) and len(s) - quote - 1 >= 4:
        label, s = label[quote + 1:], s[quote + 1:]  # …主办、…承办的‘某某外交会议: the name its quotation opens
    cut = max((m.end() for m in re.finditer(r"》(?:[（(][^（）()]{0,12}[)）])?(?:获得|经|由|被)|(?:主办|承办)的|^(?:自|从)(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?:起|以来)?", s)),
              default=0)
    if cut and len(s) - cut >= 2:
        label, s = label[cut:], s[cut:]
    if re.search(r"(?:该|此|这一?|上述)次?[^，。]{0,3}(?:会议|大会|论坛)$", s) or re.search(r"申办|申请举办|承办权", s) \
            or not dated and re.fullmatch(r"(?:本|这)?次?(?:会议|大会|外交会议|会)", s):
        return None
    return label


# an event's own particulars: "时 间:2017年4月24日上午" over "地 点:…", "访谈时间: 2018年3月16日"
_EVENT_TIME_LABEL = re.compile(r"\s*(?P<word>访谈|会议|座谈会|发布会|活动)?\s*时\s*间\s*[:：]")
_EVENT_TIME = re.compile(rf"^{_EVENT_TIME_LABEL.pattern}\s*(?P<when>[^\n]{{4,40}})\n(?P<next>[^\n]*\n?[^\n]*)", re.M)


def _event_particulars(text: str, simple: str, title: str, main: re.Match | None) -> Event | None:
    """The event a page gives its particulars for: the time on a line of its own, with its place (地点) after it or
    the event's kind before its label (访谈时间); the event the headline names, or that kind."""
    for m in _EVENT_TIME.finditer(simple[:2000]):
        found = find_date(m.group("when"))
        if not found or found[0].startswith("--"):
            continue
        if m.group("word"):
            word = m.group("word")
            return Event(kind=_KINDS.get(word, "Meeting"), label=text[m.start("word"):m.end("word")], span=Span(m.start(), m.end("when")),
                         date=found[0])
        head = list(_EVENT_RE.finditer(title))[-1:] if main else []  # …宣传周新闻发布会: the press conference
        if head and re.match(r"\s*地\s*点\s*[:：]", m.group("next")):
            return Event(kind=_KINDS[head[0].group()], label=title, span=Span(m.start(), m.end("when")), date=found[0])
    return None


def _headline_events_dated(events: list[Event], title: str) -> list[Event]:
    """An event the headline names undated (某县召开知识产权强县工作推进会) is the one the text dates that ends in the
    same word, when the text dates one such event (6月12日，某县召开…试点县建设工作推进会), or whose name ends in the
    headline's (某县创建…推进会)."""
    out = []
    for ev in events:
        if not ev.date:
            word = list(_EVENT_RE.finditer(simplified(ev.label)))[-1:]
            dated = [x for x in events if x.date and word and simplified(x.label).endswith(word[0].group())]
            if any(simplified(x.label).endswith(simplified(ev.label)) for x in dated) \
                    or len(dated) == 1 and simplified(ev.label) in title:
                continue
            # 某市召开知识产权工作业务培训会 (headline), 11月30日…召开工作业务培训会 / 召开全市知识产权工作…培训会: a meeting
            # named in the headline by a name that holds the dated one's, or that the dated one's holds, whatever its word
            if simplified(ev.label) in title and any(
                    x.date and len(x.label) >= 4 and x.kind == ev.kind and (simplified(x.label).endswith(simplified(ev.label))
                                                                           or simplified(ev.label).endswith(simplified(x.label)))
                    for x in events):
                continue
        out.append(ev)
    return out


_GENERIC_MENTION = re.compile(rf"(?:今天|今日|本次|此次|这次|当天)的?(?:{_EVENT_RE.pattern})")  # this very one


def _named_once(events: list[Event]) -> list[Event]:
    """An event named without its date where the text dates one of its kind: 出席北京新闻中心——某专场新闻发布会 and
    2月14日…某专场新闻发布会 are one (the dated one, whose name the undated one holds); 出席某局3月例行新闻发布会 and
    今天的发布会 (dated) are one, by the name."""
    out = list(events)
    for ev in events:
        if ev.date or len(ev.label) < 6:
            continue
        same = [x for x in out if x.date and x.kind == ev.kind]
        label = simplified(ev.label)
        if any(len(x.label) >= 6 and (label.endswith(simplified(x.label)) or simplified(x.label).endswith(label)) for x in same):
            out.remove(ev)
            continue
        generic = [x for x in same if _GENERIC_MENTION.fullmatch(simplified(x.label))] \
            if not re.search(r"第[\d一二三四五六七八九十百]+[次届]", label) else []  # (a numbered one is another)
        if generic:
            out.remove(ev)
            first = out.index(generic[0])
            out[first] = replace(generic[0], label=ev.label)
            out = [x for x in out if not (x in generic[1:] and x.date == generic[0].date)]
    return out


# the short name a text gives a name inside it: 第三届“某服务月”(以下简称“服务月”)活动
_ALIAS_INSIDE = re.compile(r"[（(]以下(?:简称|簡稱)[^（）()]{1,16}[)）]")
_BODY_OF_SESSION = re.compile(rf"(?:.*(?:召开|举行|举办|出席|参加|主持|在|，|,))?(?P<b>[{HAN}]{{2,30}}?(?:联席会议|委员会|领导小组|工作组|协会|理事会))$")
_SESSION_OF_BODY = re.compile(r"(?:第[一二三四五六七八九十百\d]+次)?(?:全体会议|全体成员会议|扩大会议)")
# a second name joined to an event's by 暨 (某工作座谈会暨第二批某试点启动会): one event of two names
_JOINED = re.compile(r"暨[^，。；,;：:\s、]{2,40}?(?:会|仪式|论坛|活动)(?![会员])")


def _add(events: list[Event], ev: Event) -> None:
    """One event per name and date: later sentences that report it again add nothing; an event named by its kind
    alone (在座谈会上) after one of that kind is the same one."""
    if _ALIAS_INSIDE.search(ev.label):
        ev = replace(ev, label=_ALIAS_INSIDE.sub("", ev.label))
    if any(x.label == ev.label and (x.date == ev.date or not ev.date) for x in events):
        return
    if not ev.date and any(simplified(x.label).endswith(simplified(ev.label)) and x.label != ev.label for x in events) \
            and _EVENT_RE.fullmatch(simplified(ev.label)):
        return  # (在座谈会上; 宣布开班仪式正式开始: the ceremony named before, by its kind alone)
    undated = next((i for i, x in enumerate(events) if x.label == ev.label and not x.date), None)
    if undated is not None:  # named first without its date, then with it: one event, dated
        events[undated] = ev
    else:
        events.append(ev)
