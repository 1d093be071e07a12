"""Rules for documents in Chinese: the same records as the English rules, read the way Chinese texts write
them. Parts 一、二、, subsections （一） that are not parts, measures 1. numbered across subsections,
responsibility notes (…负责, …牵头、…参与, 责任单位：…), titles in 《》, dates 2021年12月27日 and 12月10日,
titles that run into names (国家知识产权局局长申长雨), speaker labels.

Traditional characters are matched through their simplified form (OpenCC) and kept as written: every rule
reads `simple`, a simplified copy of the text with the same offsets, and takes surfaces from the text.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from ipgraph._text import simplified
from ipgraph.extract.plan import roman
from ipgraph.records import AgencyRef, Event, Instrument, Measure, Part, Post, Revision, Span, Warning_
from ipgraph.reference import Reference

HAN = "\u4e00-\u9fff"
_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUM = "[〇零一二两三四五六七八九十]"


def cn_number(s: str) -> int | None:
    """"十二" -> 12, "二十一" -> 21, "二〇一九" -> 2019, "12" -> 12."""
    if s.isdigit():
        return int(s)
    if "十" not in s:
        digits = [_CN_DIGIT.get(c) for c in s]
        return None if None in digits else int("".join(str(d) for d in digits))
    tens, _, ones = s.partition("十")
    t = _CN_DIGIT.get(tens, 1) if tens else 1
    o = _CN_DIGIT.get(ones, 0) if ones else 0
    return t * 10 + o




# -- dates -----------------------------------------------------------------------------------------------
_DATE = re.compile(rf"(?:(?P<y>(?:19|20)\d\d|[〇零一二三四五六七八九]{{4}})年)?(?P<m>\d{{1,2}}|{_CN_NUM}{{1,3}})月"
                   rf"(?P<d>\d{{1,2}}|{_CN_NUM}{{1,3}})[日号](?:(?:至|到|—|-|－)(?:(?P<m2>\d{{1,2}})月)?(?P<d2>\d{{1,2}})日)?")
_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_RELATIVE = re.compile(r"今天|今日|昨天|昨日|当天|当日")
_DATE_LABEL = re.compile(r"(?:发布时间|发布日期|发文日期|日期|时间|更新时间|发稿时间)\s*[:：]\s*")


def _iso(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        try:
            datetime.date(2000, m, d)
        except ValueError:
            return None
        return f"--{m:02d}-{d:02d}"
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def find_date(text: str, year: int | None = None) -> tuple[str, str | None, re.Match] | None:
    """The first date in text: (ISO or --MM-DD, end date or None, match)."""
    m = _DATE.search(text)
    iso = _ISO.search(text)
    if iso and (not m or iso.start() < m.start()):
        d = _iso(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        return (d, None, iso) if d else None
    if not m:
        return None
    y = cn_number(m.group("y")) if m.group("y") else year
    month, day = cn_number(m.group("m")), cn_number(m.group("d"))
    if not month or not day:
        return None
    start = _iso(y, month, day)
    end = None
    if m.group("d2"):
        end = _iso(y, int(m.group("m2") or month), int(m.group("d2")))
    return (start, end, m) if start else None


def publication_date(simple: str) -> tuple[str, Span] | None:
    """发布时间：2019-07-19 near the top; else the first line that is only a date (a notice's signature, a
    footer: 2017年11月20日（星期一）)."""
    lines = simple.split("\n")
    pos = 0
    for n, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        if n > 15:
            break
        m = _DATE_LABEL.search(line)
        if m and (found := find_date(line[m.end():])) and not found[0].startswith("--"):
            return found[0], Span(start + m.end() + found[2].start(), start + m.end() + found[2].end())
        if n <= 4 and (found := _ISO.search(line)) and _only_date(line, found):
            d = _iso(int(found.group(1)), int(found.group(2)), int(found.group(3)))
            if d:
                return d, Span(start + found.start(), start + found.end())
    pos = 0
    for line in lines:
        start, pos = pos, pos + len(line) + 1
        found = find_date(line)
        if found and not found[0].startswith("--") and _only_date(line, found[2]):
            return found[0], Span(start + found[2].start(), start + found[2].end())
    return None


def _only_date(line: str, m: re.Match) -> bool:
    rest = line[:m.start()] + line[m.end():]
    rest = re.sub(r"[（(]星期.[）)]|星期.|\d{1,2}[:：]\d\d(?:[:：]\d\d)?|香港时间\S*|来源[:：]\S*|[\s　|:：,，]", "", rest)
    return len(rest) <= 6


# -- the headline ------------------------------------------------------------------------------------------
_CHROME = re.compile(r"微信扫一扫|分享到|您现在的位置|当前位置|首页\s*[>›]|请输入关键词|【字体|【打印|【关闭|打印本页|"
                     r"关闭窗口|扫一扫|责任编辑|版权所有|ICP备|网站地图|联系我们|^来源[:：]|^发布时间|^发布日期|"
                     r"^\s*[【\[]本报讯[】\]]")


def is_chrome(line: str) -> bool:
    s = line.strip()
    if not s or _CHROME.search(s):
        return True
    cells = [c for c in re.split(r"[　\s|]{2,}|\s*\|\s*", s) if c]
    if len(cells) >= 4 and all(len(c) <= 6 for c in cells):
        return True  # 首页　　机构　　新闻　　政务
    if re.search(rf"[{HAN}]", s) and len(re.findall(r"\b[A-Za-z]{2,}\b", s)) >= 3:
        return True  # 国家知识产权局　China National Intellectual Property Administration
    return bool(re.fullmatch(r"[\d\s:：\-/年月日（）()星期一二三四五六日]+", s))


def headline(text: str, simple: str) -> tuple[str, Span]:
    pos = 0
    for line in simple.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not is_chrome(line) and len(line.strip()) <= 80:
            lead = len(line) - len(line.lstrip())
            s = text[start + lead:start + len(line.rstrip())]
            return s, Span(start + lead, start + lead + len(s))
        if line.strip() and len(line.strip()) > 80:
            break
    return "", Span(0, 0)


# -- agencies ----------------------------------------------------------------------------------------------
_ORG_SUFFIX = ("委员会", "办公室", "总局", "总署", "人民政府", "政府", "法院", "检察院", "领导小组", "部", "局", "委",
               "办", "院", "署", "厅", "司", "处", "会", "中心", "组织", "协会", "银行", "室", "所")
_VAGUE = re.compile(r"^(?:各|有关|相关|其他|地方|联席会议各|领导小组各|全国打击侵权假冒工作领导小组各)|成员单位$|^各地")
_NOTE_ROLE = re.compile(r"(?:按职责分别负责|按职责分工负责|按照职责分工负责|按职责负责|分别负责|共同负责|负责|牵头|参与|配合|会同)$")
_NOTE_LABEL = re.compile(r"(?:责任单位|牵头单位|参与单位|配合单位|负责单位|主办单位)\s*[:：]")


@dataclass
class ZhAgencies:
    """Chinese names of bodies, resolved to reference agencies by the document's date."""

    reference: Reference
    date: str | None
    warnings: list[Warning_] = field(default_factory=list)

    def key(self, name: str) -> str | None:
        keys = self.reference.agencies_by_zh_name(name)
        if not keys:
            return None
        living = [k for k in keys if self.reference.agencies[k].existed_on(self.date)]
        return (living or keys)[0]

    def resolve(self, surface: str, start: int, simple: str | None = None) -> AgencyRef | None:
        s = (simple or surface).strip()
        s = re.sub(r"[（(][^（）()]*[）)]$", "", s).strip()  # 新闻出版广电总局（版权局）: one body, two names
        if not s or _VAGUE.search(s):
            return None
        key = self.key(s)
        if key:
            return AgencyRef(surface=surface.strip(), key=key, span=Span(start, start + len(surface.strip())))
        if s.endswith(_ORG_SUFFIX) and 2 <= len(s) <= 30:
            self.warnings.append(Warning_(f"unknown body {surface.strip()!r}: kept as an unresolved agency",
                                          Span(start, start + len(surface))))
            return AgencyRef(surface=surface.strip(), key=None, span=Span(start, start + len(surface.strip())))
        return None

    def find_names(self, simple: str) -> list[tuple[int, int, str]]:
        """Occurrences of known Chinese agency names, longest first, not overlapping."""
        taken: list[tuple[int, int, str]] = []
        for name in self.reference.zh_names_longest:
            i = simple.find(name)
            while i >= 0:
                if not any(a < i + len(name) and i < b for a, b, _ in taken):
                    taken.append((i, i + len(name), self.key(name)))
                i = simple.find(name, i + 1)
        return sorted(taken)

    def note(self, text: str, simple: str, start: int, end: int) -> list[AgencyRef]:
        """The agencies of a responsibility note, in order, duplicates and vague phrases left out."""
        inner = simple[start:end]
        refs: list[AgencyRef] = []
        for m in re.finditer(r"[^、，,；;]+", inner):
            seg, off = m.group(), start + m.start()
            label = _NOTE_LABEL.match(seg)
            if label:
                seg, off = seg[label.end():], off + label.end()
            seg2 = seg.rstrip("。. ")
            while True:
                stripped = _NOTE_ROLE.sub("", seg2)
                stripped = re.sub(r"等(?:部门|单位|有关部门)?$", "", stripped)
                if stripped == seg2:
                    break
                seg2 = stripped
            lead = len(seg2) - len(seg2.lstrip())
            seg2 = seg2.strip()
            if not seg2:
                continue
            for piece, p_off in self._split_and(seg2, off + lead):
                ref = self.resolve(text[p_off:p_off + len(piece)], p_off, piece)
                if ref and all((r.key or r.surface) != (ref.key or ref.surface) for r in refs):
                    refs.append(ref)
        return refs

    def _split_and(self, seg: str, off: int) -> list[tuple[str, int]]:
        """"农业农村部和国家林草局": two known names joined by 和/及/与 (一 和 inside a name stays)."""
        if self.key(re.sub(r"[（(][^（）()]*[）)]$", "", seg)):
            return [(seg, off)]
        for m in re.finditer(r"[和及与]", seg):
            a, b = seg[:m.start()], seg[m.end():]
            if self.key(a) and self.key(b):
                return [(a, off), (b, off + m.end())]
        return [(seg, off)]


# -- plan structure ----------------------------------------------------------------------------------------
_PART = re.compile(rf"^[ \t　]*(?P<num>{_CN_NUM}{{1,3}})[、．.][ \t　]*(?P<head>[^\n]{{1,60}})$", re.M)
_MEASURE = re.compile(r"^[ \t　]*(?P<n>\d{1,3})[.．、](?=\d{1,2}月|[^\d])[ \t　]*(?P<body>\S[^\n]*)$", re.M)
_NOTE = re.compile(r"[（(](?P<inner>(?:[^（）()\n]|[（(][^（）()\n]*[）)])*)[）)]\s*[。；;.]?\s*$")
_NOTE_WORDS = re.compile(r"负责|牵头|参与|责任单位|配合|按职责")


def find_parts(simple: str) -> list[Part]:
    parts: list[Part] = []
    for m in _PART.finditer(simple):
        value = cn_number(m.group("num"))
        if value == len(parts) + 1:
            parts.append(Part(numeral=roman(value), heading=m.group("head").strip(),
                              span=Span(m.start("num"), m.end("head"))))
    return parts


def find_measures(text: str, simple: str, agencies: ZhAgencies) -> tuple[list[Part], list[Measure]]:
    parts = find_parts(simple)
    measures: list[Measure] = []
    seen: set[tuple] = set()
    for m in _MEASURE.finditer(simple):
        number = int(m.group("n"))
        part = None
        for p in parts:
            if p.span.start < m.start():
                part = p.numeral
        if (part, number) in seen:
            continue
        seen.add((part, number))
        body_start, end = m.start("body"), m.end("body")
        refs: list[AgencyRef] = []
        note = _NOTE.search(simple, body_start, end)
        if note and _NOTE_WORDS.search(note.group("inner")):
            refs = agencies.note(text, simple, note.start("inner"), note.end("inner"))
        measures.append(Measure(number=number, part=part, text=" ".join(text[body_start:end].split()),
                                span=Span(m.start(), end), agencies=tuple(refs), actions=(), ip_kinds=(),
                                instruments=()))
    with_notes = sum(1 for ms in measures if ms.agencies)
    if with_notes < 3:
        return parts, []
    return parts, measures


def plan_year(title: str) -> int | None:
    m = re.search(r"((?:19|20)\d\d)年", title)
    return int(m.group(1)) if m else None


# -- instruments and revisions -----------------------------------------------------------------------------
_BOOK = re.compile(r"《(?P<t>[^《》\n]{2,80}?)》")
_BARE_LAW_LIST = re.compile(rf"[{HAN}]{{2,12}}?法(?:[、和及与][{HAN}]{{2,12}}?法)+")
_NOT_REVISABLE = re.compile(r"(?:方案|计划|规划|纲要|体系|指标|目录|分类|教材|指南)$")
_REVISE = re.compile(r"修订|修改|修正")
_KIND = [("法实施细则", "Regulation"), ("实施细则", "Regulation"), ("条例", "Regulation"), ("法", "Law"),
         ("规定", "DepartmentalRule"), ("办法", "DepartmentalRule"), ("解释", "JudicialInterpretation"),
         ("条约", "Treaty"), ("公约", "Treaty"), ("协定", "Treaty"), ("议定书", "Treaty"), ("纲要", "Outline"),
         ("战略", "Strategy"), ("规划", "Plan"), ("计划", "Plan"), ("方案", "Plan"), ("要点", "Plan"),
         ("意见", "PolicyDocument"), ("决定", "PolicyDocument"), ("通知", "PolicyDocument"), ("指南", "PolicyDocument")]


def _kind(title: str) -> str | None:
    t = re.sub(r"[（(][^（）()]*[）)]$", "", title)
    t = re.sub(r"草案$|修正案$|修订草案$", "", t)
    for head, kind in _KIND:
        if t.endswith(head):
            return kind
    return None


def find_instruments(text: str, simple: str, reference: Reference, doc_title: str) -> list[Instrument]:
    """Titles in 《》 (nested 〈〉 kept), and the laws the reference data names without brackets (专利法)."""
    out: list[Instrument] = []
    taken: list[tuple[int, int]] = []
    for m in _BOOK.finditer(simple):
        title_s = m.group("t").replace("〈", "《").replace("〉", "》")
        kind = _kind(title_s)
        if kind is None:
            continue  # a lecture or a book, not an instrument
        s, e = m.start("t"), m.end("t")
        taken.append((m.start(), m.end()))
        out.append(Instrument(key=reference.instrument_key(title_s), title=text[s:e], kind=_known_kind(reference, title_s, kind),
                              span=Span(s, e)))
    known = sorted({t for inst in reference.instruments.values() if inst.titles_zh for t in inst.titles_zh.value},
                   key=len, reverse=True)
    for t in known:  # 专利法, and 专利法实施细则 / 商标法实施条例 (a known law's implementing rules)
        for m in re.finditer(re.escape(t) + r"(?P<rules>实施(?:细则|条例))?", simple):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            title_s = m.group()
            kind = "Regulation" if m.group("rules") else _known_kind(reference, t, "Law")
            out.append(Instrument(key=reference.instrument_key(title_s), title=text[m.start():m.end()], kind=kind,
                                  span=Span(m.start(), m.end())))
    # 商标法、反不正当竞争法、行政许可法: laws listed with a known one are laws too
    for m in _BARE_LAW_LIST.finditer(simple):
        names = list(re.finditer(rf"[{HAN}]{{2,12}}?法", m.group()))
        spans = [(m.start() + n.start(), m.start() + n.end()) for n in names]
        if not any(any(a < e0 and s0 < b for a, b in taken) for s0, e0 in spans):
            continue
        for s0, e0 in spans:
            if not any(a < e0 and s0 < b for a, b in taken):
                taken.append((s0, e0))
                out.append(Instrument(key=reference.instrument_key(simple[s0:e0]), title=text[s0:e0], kind="Law",
                                      span=Span(s0, e0)))
    own = re.sub(r"[《》]", "", doc_title)
    return sorted((i for i in out if i.title != own), key=lambda i: i.span.start)


def _known_kind(reference: Reference, title: str, kind: str) -> str:
    known = reference.known_instrument(title)
    return known.cls if known else kind


def find_revisions(simple: str, instruments: list[Instrument], measures: list[tuple[int, int, int]]) -> list[Revision]:
    """推进修订《A》《B》和《C》, 专利法修订, 对商标法作出修改, 专利法修正案草案, 商标法第四次修改: the instrument
    next to a word of revising, with those chained to it; a numbered earlier revision followed by 后 is
    background."""
    out: list[Revision] = []
    by_start = sorted(instruments, key=lambda i: i.span.start)
    for i, inst in enumerate(by_start):
        if _kind(simple[inst.span.start:inst.span.end]) not in ("Law", "Regulation", "DepartmentalRule",
                                                                "JudicialInterpretation", "PolicyDocument"):
            continue
        title = simple[inst.span.start:inst.span.end]
        if _NOT_REVISABLE.search(title):
            continue
        before = simple[max(0, inst.span.start - 12):inst.span.start]
        after = simple[inst.span.end:inst.span.end + 14]
        after = re.sub(r"^》", "", after)
        chain_before = _chained_before(simple, by_start, i)
        hit = (re.search(r"(?:修订|修改|修正)《?$", before)
               or re.search(r"对《?$", before) and re.match(r"》?(?:等[^，。]{0,12})?作出修改", after)
               or _listed_for_amendment(simple, by_start, i)
               or _AFTER_REVISE.match(after) or chain_before or _chained_after(simple, by_start, i))
        if not hit:
            continue
        if re.match(r"》?(?:的)?第[一二三四五六七八九十]+次(?:修订|修改|修正)后", after) or \
                re.search(r"(?:19|20)\d\d年$", before) and re.match(r"》?第[一二三四五六七八九十]+次修改后", after):
            continue  # "2008年专利法第三次修改后": an earlier revision, told as background
        measure = next((n for a, b, n in measures if a <= inst.span.start < b), None)
        ordinal = re.match(r"》?(?:的)?第(?P<o>[一二三四五六七八九十]+)次", after)
        status = "planned" if measure is not None else _status(simple, inst.span.start, after)
        out.append(Revision(instrument=inst.key, title=inst.title, status=status, span=inst.span,
                            ordinal=cn_number(ordinal.group("o")) if ordinal else None, measure=measure))
    merged: dict[tuple, Revision] = {}
    for r in out:
        merged.setdefault((r.instrument, r.measure), r)
    return sorted(merged.values(), key=lambda r: r.span.start)


_AFTER_REVISE = re.compile(r"》?(?:[、和及][^，。；《]{2,12}?)?(?:等[^，。；]{0,8}?)?(?:的)?(?:第[一二三四五六七八九十]+次)?(?:全面|配套)?"
                           r"(?:修订|修改|修正)")


def _chained_after(simple: str, by_start: list[Instrument], i: int) -> bool:
    """专利法实施细则和《专利审查指南》的配套修改: A before B of a revising word is revised too."""
    j = i
    while j + 1 < len(by_start):
        gap = simple[by_start[j].span.end:by_start[j + 1].span.start]
        if not re.fullmatch(r"》?\s*[、和及与]\s*《?", gap):
            return False
        j += 1
        if _AFTER_REVISE.match(simple[by_start[j].span.end:by_start[j].span.end + 10]):
            return True
    return False


def _listed_for_amendment(simple: str, by_start: list[Instrument], i: int) -> bool:
    """对商标法、反不正当竞争法、行政许可法等八部法律的部分条款作出修改: every law of the list."""
    j = i
    while j + 1 < len(by_start) and re.fullmatch(r"[、和及与]", simple[by_start[j].span.end:by_start[j + 1].span.start]):
        j += 1
    k = i
    while k > 0 and re.fullmatch(r"[、和及与]", simple[by_start[k - 1].span.end:by_start[k].span.start]):
        k -= 1
    if j == k:
        return False
    return bool(re.match(r"》?(?:等[^，。]{0,16})?作出修改", simple[by_start[j].span.end:by_start[j].span.end + 24])
                and re.search(r"对《?$", simple[max(0, by_start[k].span.start - 2):by_start[k].span.start]))


def _chained_before(simple: str, by_start: list[Instrument], i: int) -> bool:
    """《A》《B》和《C》 after a word of revising: B and C are revised too."""
    j = i
    while j > 0:
        gap = simple[by_start[j - 1].span.end:by_start[j].span.start]
        if not re.fullmatch(r"》?\s*[、和及与]?\s*《?", gap):
            return False
        j -= 1
        if re.search(r"(?:修订|修改|修正)《?$", simple[max(0, by_start[j].span.start - 6):by_start[j].span.start]):
            return True
    return False


def _status(simple: str, start: int, after: str) -> str | None:
    sent_start = max(simple.rfind(c, 0, start) for c in "。！？\n") + 1
    before = simple[sent_start:start]
    if re.match(r"》?(?:完成|已完成|已于|作出修改|第[一二三四五六七八九十]+次修改)", after) or re.search(r"新修改的|修改后的|已经", before) \
            or re.search(r"通过|表决|施行", simple[start:start + 40]):
        return "adopted"
    if re.search(r"草案|审议|推进|加快|正在|启动|研究|征求意见", before + after):
        return "underway"
    return "planned"


# -- officials ---------------------------------------------------------------------------------------------
_ROLES = ["党组书记", "党委书记", "常务副市长", "副市长", "市长", "常务副省长", "副省长", "省长", "副秘书长", "秘书长",
          "新闻发言人", "副总干事", "总干事", "副委员长", "委员长", "副主席", "主席", "副局长", "局长", "副司长", "司长",
          "副主任", "主任", "副部长", "部长", "副署长", "署长", "副院长", "院长", "副庭长", "庭长", "副处长", "处长",
          "副厅长", "厅长", "副总理", "总理", "副巡视员", "巡视员", "书记", "合伙人", "律师", "教授"]
_ROLE = "(?:" + "|".join(_ROLES) + ")"
# single and double family names (a closed set): a Chinese name is one of them and one or two characters more
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
                "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
                "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
                "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
                "娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘"
                "池查麻苑迟邝栗衡寿钮习惠茅冀闻阚蔺郜晁")
_COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙", "宇文")
_STOP = set("在会出表说对指强介等的和与及主陪参发称了是为同向也就还从将已于代致率带作并到宣签回通讲看听谈希认提"
            "希要就以用被把让给共分各再又均都亦即而但所其此该这那之")
_UNIT = rf"[{HAN}]{{2,8}}?(?:司|厅|处|办公室|局|署|委员会)"
# 党组书记、局长申长雨; 新闻发言人、办公室副主任衡付广 (a unit before the second title)
_PERSON_AFTER_ROLE = re.compile(rf"(?P<roles>{_ROLE}(?:、(?:{_UNIT})?{_ROLE})*)[ 　]?(?P<names>[{HAN}]{{2}})")  # the names are read from there
_NOT_GIVEN = ("一行", "一起", "一同", "一道", "先生", "女士", "同志")
_VERBS_AFTER_NAMES = ("出席", "主持", "表示", "指出", "强调", "会见", "陪同", "参加", "介绍", "致辞", "讲话", "回答", "汇报")


def person_name(simple: str, start: int) -> str | None:
    """The Chinese name that starts at start: a family name and one or two characters, or a foreign name
    with the middle dot (弗朗西斯·高锐)."""
    foreign = re.match(rf"[{HAN}]{{1,6}}·[{HAN}]{{1,6}}", simple[start:])
    if foreign:
        name = foreign.group()
        dot = name.index("·")
        for word in (*_NOT_GIVEN, *_VERBS_AFTER_NAMES):  # 弗朗西斯·高锐一行, 阿德里安·穆勒陪同会见
            if word in name[dot:]:
                name = name[:name.index(word, dot)]
        while name and name[-1] in _STOP:
            name = name[:-1]
        return name if not name.endswith("·") else None
    two = simple[start:start + 2]
    if two in _COMPOUND_SURNAMES:
        given = 1
        base = 2
    elif simple[start:start + 1] in _SURNAMES:
        base, given = 1, 1
    else:
        return None
    chars = simple[start + base:start + base + 2]
    if not chars or not re.match(rf"[{HAN}]", chars[0]) or chars[0] in _STOP or chars in _NOT_GIVEN:
        return None
    name_len = base + given
    if len(chars) > 1 and re.match(rf"[{HAN}]", chars[1]) and chars[1] not in _STOP \
            and simple[start + base + 1:start + base + 3] not in (*_VERBS_AFTER_NAMES, *_NOT_GIVEN):
        name_len += 1
    return simple[start:start + name_len]


def find_posts(text: str, simple: str, agencies: ZhAgencies, main_org: AgencyRef | None) -> list[Post]:
    posts: list[Post] = []

    def add(name: str, role: str, org: AgencyRef | None, parent: AgencyRef | None, span: Span) -> None:
        plain_role = simplified(role)
        if org is None:
            head = plain_role[-2:]
            org = next((p.org for p in reversed(posts) if p.org and simplified(p.role)[-2:] == head), None)
        if org is None and plain_role.endswith(_LOCAL_ROLES):
            org = _local_government(text, simple, plain_role)
        if org is None and plain_role not in _STATE_ROLES:
            org = _nearest_agency(text, simple, span.start, agencies)
        if any(p.person == name and p.role == role for p in posts):
            return
        posts.append(Post(person=name, role=role, org=org, span=span, parent_org=parent))

    for m in _PERSON_AFTER_ROLE.finditer(simple):
        names = []
        pos = m.start("names")
        while pos < len(simple):
            name = person_name(simple, pos)
            if not name:
                break
            names.append((name, pos))
            pos += len(name)
            if simple[pos:pos + 1] == "、" and person_name(simple, pos + 1):
                pos += 1
                continue
            break
        if not names:
            continue
        org, parent = _org_before(text, simple, m.start("roles"), agencies, main_org)
        span = Span(m.start(), names[-1][1] + len(names[-1][0]))
        pos = m.start("roles")
        for item in m.group("roles").split("、"):
            # 新闻发言人、办公室副主任衡付广: a unit written before the second title is that title's unit
            role_at = pos + len(item) - len(re.search(f"{_ROLE}$", item).group())
            role = text[role_at:pos + len(item)]  # as written (局長)
            r_org, r_parent = org, parent
            if len(item) > len(role):
                r_org = AgencyRef(surface=text[pos:pos + len(item) - len(role)], key=None,
                                  span=Span(pos, pos + len(item) - len(role)))
                r_parent = org or main_org
            for name, at in names:
                add(text[at:at + len(name)], role, r_org, r_parent, span)
            pos += len(item) + 1
    # a name found whole (弗朗西斯·高锐) is the same person where the text gives only its end (高锐)
    full = {p.person.split("·")[-1]: p.person for p in posts if "·" in p.person}
    renamed = []
    for p in posts:
        name = full.get(p.person, p.person)
        if not any(q.person == name and q.role == p.role for q in renamed):
            renamed.append(Post(person=name, role=p.role, org=p.org, span=p.span, parent_org=p.parent_org))
    posts[:] = renamed
    # 王彬颖副总干事: a name before its title
    for m in re.finditer(rf"(?<=[，。、；：\n　 ])(?P<name>[{HAN}·]{{2,4}})(?P<role>{_ROLE})", simple):
        name = person_name(simple, m.start("name"))
        if name and len(name) == len(m.group("name")) and not re.search(r"[副务总长]$", name):
            add(text[m.start("name"):m.end("name")], text[m.start("role"):m.end("role")], None, None,
                Span(m.start(), m.end()))
    return posts


_LOCAL_ROLES = ("市长", "省长")
_STATE_ROLES = ("主席",)
_LOCAL_PLACE = {"市": re.compile(rf"[{HAN}]{{2,4}}市(?:人民政府|政府)?"), "省": re.compile(rf"[{HAN}]{{2,3}}省(?:人民政府|政府)?")}


def _local_government(text: str, simple: str, role: str) -> AgencyRef | None:
    """A mayor's or governor's organisation the text leaves unsaid: the city or province it names first."""
    kinds = ["市"] if "市" in role else ["省", "市"]
    for kind in kinds:
        m = _LOCAL_PLACE[kind].search(simple)
        if m:
            return AgencyRef(surface=text[m.start():m.end()], key=None, span=Span(m.start(), m.end()))
    return None


def _nearest_agency(text: str, simple: str, at: int, agencies: ZhAgencies) -> AgencyRef | None:
    """The known body named last before a title that has none (委员长栗战书 after 全国人大常委会…)."""
    off = max(0, at - 120)
    found = agencies.find_names(simple[off:at])
    if not found:
        return None
    a, b, k = found[-1]
    return AgencyRef(surface=text[off + a:off + b], key=k, span=Span(off + a, off + b))


def _org_before(text: str, simple: str, at: int, agencies: ZhAgencies,
                main_org: AgencyRef | None) -> tuple[AgencyRef | None, AgencyRef | None]:
    """The body written right before a title: a known name (国家知识产权局局长), a unit of one
    (国家知识产权局国际合作司司长), or a unit alone (战略规划司司长, of the document's main body)."""
    start = at
    while start > 0 and re.match(rf"[{HAN}（）]", simple[start - 1]) and simple[start - 1] not in "的了和与及在由向同是为对" \
            and at - start < 30:
        start -= 1
    run = simple[start:at]
    if not run:
        return None, None
    bare = re.sub(r"[（(][^（）()]*[）)]$", "", run)  # 市市场监管局（市知识产权局）
    for a, b, k in agencies.find_names(bare):
        if a > 0 and bare[a - 1] in "省市县区州":
            continue  # 省知识产权局: a provincial body, not the national one
        rest = bare[b:]
        if not rest:
            return AgencyRef(surface=text[start + a:at], key=k, span=Span(start + a, at)), None
        if len(rest) <= 12 and rest.endswith(_ORG_SUFFIX):
            parent = AgencyRef(surface=text[start + a:start + b], key=k, span=Span(start + a, start + b))
            return AgencyRef(surface=text[start + a:at], key=None, span=Span(start + a, at)), parent
    unit = re.search(rf"[{HAN}]{{1,12}}(?:司|厅|处|办公室|局|署|委员会|政府|事务所|法院|中心)$", bare)
    if unit and not re.search(r"^(?:本|该|我|各|全|新)", unit.group()):
        s = start + unit.start()
        key = agencies.key(unit.group())
        return AgencyRef(surface=text[s:at], key=key, span=Span(s, at)), (main_org if key is None else None)
    return None, None


# -- events ------------------------------------------------------------------------------------------------
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


# -- one document ------------------------------------------------------------------------------------------
def extract_zh(doc, reference: Reference):
    """The records of a Chinese document (doc: its Document record)."""
    from dataclasses import replace

    from ipgraph.records import Extraction, Plan

    text = doc.text
    simple = simplified(text)
    agencies = ZhAgencies(reference, doc.date)
    ex = Extraction(document=doc)
    year = int(doc.date[:4]) if doc.date else _context_year(simple)
    parts, measures = find_measures(text, simple, agencies)
    instruments = find_instruments(text, simple, reference, doc.title)
    if measures:
        plan_title = doc.title
        inner = re.search(r"《(?P<t>[^《》]+(?:计划|要点|规划|方案))》", simplified(doc.title))
        if inner:
            plan_title = doc.title[inner.start("t"):inner.end("t")]
        doc = replace(doc, kind="plan")
        ex.document = doc
        ex.plan = Plan(title=plan_title, year=plan_year(plan_title) or year, span=doc.title_span)
        instruments = [i for i in instruments if re.sub(r"\s", "", i.title) != re.sub(r"\s", "", plan_title)]
    ex.parts = parts
    ex.measures = [replace(m, instruments=tuple(dict.fromkeys(
        i.key for i in instruments if m.span.start <= i.span.start < m.span.end))) for m in measures]
    ex.instruments = instruments
    ex.revisions = find_revisions(simple, instruments, [(m.span.start, m.span.end, m.number) for m in measures])
    names = agencies.find_names(simple)
    main_org = None
    if names:
        a, b, k = names[0]
        main_org = AgencyRef(surface=text[a:b], key=k, span=Span(a, b))
    ex.posts = find_posts(text, simple, agencies, main_org)
    ex.events = find_events(text, simple, doc.title, doc.date, year)
    mentions: dict[tuple, AgencyRef] = {}
    for a, b, k in names:
        mentions[(k, a)] = AgencyRef(surface=text[a:b], key=k, span=Span(a, b))
    for ms in ex.measures:
        for r in ms.agencies:
            mentions.setdefault((r.key or r.surface, r.span.start), r)
    ex.agencies = sorted(mentions.values(), key=lambda r: (r.span.start, r.key or ""))
    ex.warnings = list(agencies.warnings)
    return ex


def _context_year(simple: str) -> int | None:
    """The year a text without a date speaks of as its present: "2017年是…"."""
    m = re.search(r"((?:19|20)\d\d)年是", simple)
    return int(m.group(1)) if m else None
