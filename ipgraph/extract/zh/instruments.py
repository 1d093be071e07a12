"""Instruments of Chinese texts (titles in 《》, known laws without brackets) and the revisions reported of them."""

from __future__ import annotations

import re

from ipgraph._text import HAN_CHARS as HAN
from ipgraph._text import simplified
from ipgraph.extract.zh.dates import cn_number
from ipgraph.records import Instrument, Revision, Span
from ipgraph.reference import Reference

_BOOK = re.compile(r"《(?P<t>[^《》\n]{2,80}?)》")
_BARE_LAW_LIST = re.compile(rf"[{HAN}]{{2,12}}?法(?:[、和及与][{HAN}]{{2,12}}?法)+")
_NOT_A_LAW_WORD = re.compile(r"(?:执法|(?<!公)司法|立法|方法|办法|做法|手法|说法|看法|想法|依法|违法|守法|普法|执法检查)$|条例|规定|细则")
_NOT_REVISABLE = re.compile(r"(?:方案|计划|规划|纲要|体系|指标|目录|分类|教材|指南|修改案)$")  # (a 修改案 amends others)
_REVISE = re.compile(r"修订|修改|修正")
_GENERIC = re.compile(r"(?:本|该|此|年度|工作|实施|行动|专项|总体)?(?:规划|纲要|计划|方案|意见|通知|决定|办法|规定|条例|法|细则|要点|指南|任务分解)")
_KIND = [("法实施细则", "Regulation"), ("实施细则", "Regulation"), ("条例", "Regulation"), ("法典", "Law"), ("法", "Law"),
         ("规定", "DepartmentalRule"), ("办法", "DepartmentalRule"), ("解释", "JudicialInterpretation"),
         ("条约", "Treaty"), ("公约", "Treaty"), ("协定", "Treaty"), ("议定书", "Treaty"), ("纲要", "Outline"),
         ("战略", "Strategy"), ("规划", "Plan"), ("计划", "Plan"), ("方案", "Plan"), ("要点", "Plan"),
         ("意见", "PolicyDocument"), ("决定", "PolicyDocument"), ("通知", "PolicyDocument"), ("指南", "PolicyDocument"),
         ("指引", "PolicyDocument"), ("规程", "DepartmentalRule"), ("规则", "DepartmentalRule"), ("准则", "DepartmentalRule"),
         ("措施", "PolicyDocument"), ("举措", "PolicyDocument"), ("细则", "DepartmentalRule"),  # 关于强化知识产权保护的若干措施
         ("备忘录", "Treaty"), ("意向书", "Treaty"), ("协议", "Treaty"), ("协议书", "Treaty"), ("联合声明", "Treaty"), ("任务分解", "PolicyDocument"),  # agreements between offices:
         # 合作谅解备忘录, 关于加强某领域合作的联合声明
         ("修改案", "Law")]  # 某省部分地方性法规条款修改案: an act that amends others


def title_kind(title: str) -> str | None:
    """The kind of instrument a Chinese title names by its last words (…条例: a regulation), or None."""
    return _kind(title)


def _kind(title: str) -> str | None:
    t = re.sub(r"[（(][^（）()]*[）)]$", "", title)
    t = re.sub(r"(?<=[\u4e00-\u9fff])\d+(?:\.\d+)?$", "", t)  # 某框架协议书2.0: a version after the kind
    t = re.sub(r"草案$|修正案$|修订草案$", "", t)
    for head, kind in sorted(_KIND, key=lambda hk: -len(hk[0])):  # 办法 before 法
        if t.endswith(head):
            return kind
    return None


def find_instruments(text: str, simple: str, reference: Reference, doc_title: str) -> list[Instrument]:
    """Titles in 《》 (nested 〈〉 kept), and the laws the reference data names without brackets (专利法)."""
    out: list[Instrument] = []
    taken: list[tuple[int, int]] = []
    for m in _BOOK.finditer(simple):
        title_s = m.group("t").replace("〈", "《").replace("〉", "》")
        wrap = _FILE_WRAP.fullmatch(title_s)  # 《【中英文对照版】某方案(2023—2025年).docx》: a file of the title, on a sharing site
        lead = wrap.start("t") if wrap else 0
        title_s = wrap.group("t") if wrap else title_s
        kind = _kind(title_s)
        if kind is None and simple.startswith(("白皮书", "白皮書"), m.end()):
            kind = "PolicyDocument"  # 《关于某事的中方立场》白皮书: a white paper, named by its title before the word
        if kind is None or _GENERIC.fullmatch(re.sub(r"[（(][^（）()]*[）)]$", "", title_s)):
            continue  # a lecture or a book, not an instrument; 《规划》《纲要》: a short name of one named before
        if re.search(r"[（(]\s*(?:以下|下文)?(?:简称|称)\s*$", simple[max(0, m.start() - 8):m.start()]):
            taken.append((m.start(), m.end()))
            continue  # 《关于某事的意见》(以下简称《某意见》): the short name the text gives a title it has named
        if len(title_s) <= 6 and any(simplified(i.title).endswith(simplified(title_s)) and len(i.title) > len(title_s) for i in out):
            continue  # 《某某工作指引》…《指引》指出: the short name of the one named before
        if _PUBLISHED_IN.match(simple, m.end()) or re.search(r"[：:]\s*$", simple[max(0, m.start() - 1):m.start()]) \
                and re.search(r"[\u4e00-\u9fff]{2,4}[：:]\s*$", simple[max(0, m.start() - 6):m.start()]):
            continue  # 某某:《某法的修改》,载《某刊》2010年第2期: an article an author wrote, cited with where it was published
        s, e = m.start("t") + lead, m.start("t") + lead + len(title_s)
        taken.append((m.start(), m.end()))
        draft = _BRACKETED_DRAFT.search(title_s) or _DRAFT_AFTER.search(title_s)
        if draft:  # 《某法（修订草案）》: the law, in a draft of its revision (the revision is read below)
            title_s, e = title_s[:draft.start()], s + draft.start()
        out.append(Instrument(key=reference.instrument_key(title_s), title=text[s:e], kind=_known_kind(reference, title_s, kind),
                              span=Span(s, e)))
        for inner in re.finditer(r"[〈《](?P<t>[^《》〈〉]{2,40})[〉》]", simple[s:e]):
            # 《关于修改〈某省专利保护条例〉等十四件地方性法规的决定》: the law the decision amends is named too
            i_kind = _kind(inner.group("t"))
            if i_kind is not None and not _GENERIC.fullmatch(inner.group("t")):
                a, b = s + inner.start("t"), s + inner.end("t")
                out.append(Instrument(key=reference.instrument_key(inner.group("t")), title=text[a:b],
                                      kind=_known_kind(reference, inner.group("t"), i_kind), span=Span(a, b)))
    known = sorted({t for inst in reference.instruments.values() if inst.titles_zh for t in inst.titles_zh.value},
                   key=len, reverse=True)
    for t in known:  # 专利法, and 专利法实施细则 / 商标法实施条例 (a known law's implementing rules)
        for m in re.finditer(re.escape(t) + r"(?P<rules>实施(?:细则|条例))?", simple):
            if any(a < m.end() and m.start() < b for a, b in taken) or re.match(r"条约|公约|协定", simple[m.end():m.end() + 2]):
                continue  # (专利法条约: a treaty's name that holds the law's)
            if _SITE_AFTER.match(simple, m.end()):
                taken.append((m.start(), m.end()))  # 来源:某报/国家知识产权战略网: a site named for it, no mention of it
                continue
            taken.append((m.start(), m.end()))
            title_s = m.group()
            kind = "Regulation" if m.group("rules") else _known_kind(reference, t, "Law")
            out.append(Instrument(key=reference.instrument_key(title_s), title=text[m.start():m.end()], kind=kind,
                                  span=Span(m.start(), m.end())))
    # 商标法、反不正当竞争法、行政许可法: laws listed with a known one are laws too
    for m in _BARE_LAW_LIST.finditer(simple):
        names = list(re.finditer(r"[^、和及与]+", m.group()))
        # (专利法和省专利促进条例执法检查: 执法 is "enforcement", no law's name)
        spans = [(m.start() + n.start(), m.start() + n.end()) for n in names if not _NOT_A_LAW_WORD.search(n.group())]
        if not any(any(a < e0 and s0 < b for a, b in taken) for s0, e0 in spans):
            continue
        for s0, e0 in spans:
            if not any(a < e0 and s0 < b for a, b in taken):
                taken.append((s0, e0))
                out.append(Instrument(key=reference.instrument_key(simple[s0:e0]), title=text[s0:e0], kind="Law",
                                      span=Span(s0, e0)))
    # 根据立法法的规定: a law named without brackets, cited for what it provides
    for m in _BARE_LAW_CITED.finditer(simple):
        s0, e0 = m.start("t"), m.end("t")
        if not any(a < e0 and s0 < b for a, b in taken):
            taken.append((s0, e0))
            out.append(Instrument(key=reference.instrument_key(simple[s0:e0]), title=text[s0:e0], kind="Law",
                                  span=Span(s0, e0)))
    # 中国加入专利合作条约(PCT): a treaty named without brackets after joining, signing or ratifying it; 借鉴专利法条约(PLT): a
    # treaty with its acronym in brackets
    for m in [*_BARE_TREATY.finditer(simple), *_TREATY_WITH_ACRONYM.finditer(simple)]:
        s0, e0 = m.start("t"), m.end("t")
        if not any(a < e0 and s0 < b for a, b in taken):
            taken.append((s0, e0))
            out.append(Instrument(key=reference.instrument_key(simple[s0:e0]), title=text[s0:e0], kind="Treaty",
                                  span=Span(s0, e0)))
    # 会议通过关于在某地设立某法院的决定: a decision adopted or issued, named without brackets; 印发“关于某事的意见”: a title in
    # quotation marks
    for m in [*_BARE_DECISION.finditer(simple), *_QUOTED_TITLE.finditer(simple), *_NUMBERED_NOTICE.finditer(simple)]:
        s0, e0 = m.start("t"), m.end("t")
        if not any(a < e0 and s0 < b for a, b in taken) and _kind(m.group("t")):
            taken.append((s0, e0))
            out.append(Instrument(key=reference.instrument_key(m.group("t")), title=text[s0:e0],
                                  kind=_known_kind(reference, m.group("t"), _kind(m.group("t"))), span=Span(s0, e0)))
    for m in _TITLE_OVER_NOTE.finditer(simple):  # 某某条例 / (2031年3月4日某令第76号发布 2032年9月6日某会议修订通过): a text's
        s0, e0 = m.start("t"), m.end("t")  # title over the note of its promulgation, on a line of its own
        if not any(a < e0 and s0 < b for a, b in taken) and _kind(m.group("t")):
            taken.append((s0, e0))
            out.append(Instrument(key=reference.instrument_key(m.group("t")), title=text[s0:e0],
                                  kind=_known_kind(reference, m.group("t"), _kind(m.group("t"))), span=Span(s0, e0)))
    own = re.sub(r"[《》]", "", doc_title)
    # 某办公厅关于印发某规定的通知 (the headline, the book marks lost): the notice issues an instrument of that title
    issued = re.search(r"关于(?:印发|转发|发布)(?P<x>[^《》]{4,60}?)的通知$", simplified(own))
    joined = re.match(r"(?P<a>.+?)[和及与、](?P<b>.+)$", issued.group("x")) if issued else None
    two = bool(joined and (_kind(joined.group("a")) or re.search(r"(?:总结|报告)$", joined.group("a"))))
    if issued and _kind(issued.group("x")) and not two \
            and not any(simplified(i.title) == issued.group("x") for i in out):  # (两份: 某总结和某要点, read elsewhere)
        at = simple.find(issued.group("x"))
        if at >= 0:
            x = issued.group("x")
            out.append(Instrument(key=reference.instrument_key(x), title=text[at:at + len(x)],
                                  kind=_known_kind(reference, x, _kind(x)), span=Span(at, at + len(x))))
    # the document's own title is no instrument it mentions, where the headline names it; 《某条例》 over 现公布修订后的《某条例》
    # (a page of an order): the body mentions it
    at = _headline_at(simplified(text), simplified(doc_title)) if doc_title else -1
    head = (at, at + len(doc_title)) if at >= 0 else (0, 0)
    return sorted((i for i in out if i.title != own or not head[0] <= i.span.start < head[1] and at >= 0),
                  key=lambda i: i.span.start)


def _headline_at(simple: str, title: str) -> int:
    """Where the headline stands: its first copy on a line of its own, else its first copy (《某方案》已经同意 before the
    plan's own title line is a mention of it)."""
    first = simple.find(title)
    at = first
    while at >= 0:
        line_start, line_end = simple.rfind("\n", 0, at) + 1, (simple.find("\n", at) + 1 or len(simple) + 1) - 1
        if not simple[line_start:at].strip() and not simple[at + len(title):line_end].strip():
            return at
        at = simple.find(title, at + 1)
    return first


_PUBLISHED_IN = re.compile(r"\s*[,，]?\s*载(?:于)?\s*《")
_DRAFT_AFTER = re.compile(r"(?<=法)(?:修订|修正|修改)草案(?:征求意见稿|送审稿)?$")  # 《商标法修订草案》: the law, in a draft of its revision
_BRACKETED_DRAFT = re.compile(r"[（(](?:修订|修正|修改)草案(?:征求意见稿|送审稿)?[）)]$")
_DRAFT_OF_REVISION = re.compile(r"[（(]?(?:修订|修正|修改)(?:草案|案)(?:征求意见稿)?[）)]?$")
_BARE_LAW_CITED = re.compile(rf"(?:根据|依据|按照|依照|违反|遵守)(?P<t>[{HAN}]{{2,10}}?法)(?=的(?:有关)?规定|规定|第[一二三四五六七八九十百\d]+条)")
# (签署的第一份…协定: what was signed, told by its rank, is no title)
_BARE_TREATY = re.compile(rf"(?:加入|签署|签订|批准|缔结|参加)(?:了)?(?P<t>(?![的第一这该此])[{HAN}]{{2,16}}?(?:条约|公约|协定|议定书))"
                          rf"(?=\s?[（(][A-Za-z]{{2,8}}[）)]|[，。、；,;的]|$)")


# 国务院办公厅关于印发某方案的通知(国办发〔2023〕37号): a notice cited with its number, without book marks
_NUMBERED_NOTICE = re.compile(rf"(?:(?<=[、，,。；;：:\s“])|^)(?P<t>[{HAN}]{{2,20}}?关于[^，。；,;《》“”\n]{{4,80}}?的(?:通知|意见|决定|批复|通报))"
                              r"(?=\s*[（(][^（）()\n]{0,12}?[〔\[(（]?(?:19|20)\d\d[〕\])）]?\s*\d+\s*号)", re.M)
# a file's name around a title: a label in 【】 before it, the file's extension after it
_FILE_WRAP = re.compile(r"(?:【[^【】]{1,12}】)?(?P<t>.+?)(?:\.(?:docx?|pdf|wps|txt|xlsx?))?")
_QUOTED_TITLE = re.compile(r"[“\"](?P<t>关于[^“”\"《》\n]{4,60}的(?:意见|通知|决定|办法|规定|方案|纲要|规划|指导意见|实施意见))[”\"]")
_BARE_DECISION = re.compile(r"(?:通过|作出|印发|发布|出台)(?:了)?(?P<t>关于[^，。；,;《》\n]{4,60}?的(?:决定|决议))(?=[，。；,;]|$)")


_TREATY_WITH_ACRONYM = re.compile(rf"(?:(?<=借鉴)|(?<=参照)|(?<=以及)|(?<=加入)|(?<=[和及与、，,；;：:]))(?P<t>(?![的第一这该此])(?:(?!借鉴|参照|建议|加入|签署|以及)[{HAN}]){{2,12}}?(?:条约|公约))"
                                  rf"(?=\s?[（(][A-Z]{{2,8}}[）)])")


def _known_kind(reference: Reference, title: str, kind: str) -> str:
    known = reference.known_instrument(title)
    return known.cls if known else kind


def find_revisions(simple: str, instruments: list[Instrument], measures: list[tuple[int, int, int]],
                   reference: Reference | None = None) -> list[Revision]:
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
        if _NOT_REVISABLE.search(title) or re.fullmatch(r"[^，。；《》〈〉]{0,20}?关于(?:修改|修订|修正|废止)[^，。；]{2,60}的决定", title):
            continue  # (关于修改〈X〉的决定: the decision amends X, read below; it is not amended itself)
        before = simple[max(0, inst.span.start - 40):inst.span.start]  # (修订关于强化某某的《某法》: a description between)
        after = simple[inst.span.end:inst.span.end + 14]
        after = re.sub(r"^》", "", after)
        chain_before = _chained_before(simple, by_start, i)
        hit = (_REVISE_BEFORE.search(before)
               or re.search(r"对《?$", before) and re.match(r"》?(?:等[^，。]{0,12})?作出修改", after)
               or _listed_for_amendment(simple, by_start, i)
               or _AFTER_REVISE.match(after) or chain_before or _chained_after(simple, by_start, i)
               or _REVISED_BY_SESSION.match(simple, inst.span.end) or _DRAFT_OF_REVISION.search(title)
               or _NOTE_OF_REVISION.match(simple, inst.span.end) and _alone_on_its_line(simple, inst.span)
               or _BRACKETED_DRAFT.match(simple[inst.span.end:inst.span.end + 14].split("》")[0]))
        if not hit:
            continue
        if re.match(r"》?(?:的)?第[一二三四五六七八九十]+次(?:修订|修改|修正)后", after) or \
                re.search(r"(?:19|20)\d\d年$", before) and re.match(r"》?第[一二三四五六七八九十]+次修改后", after):
            continue  # "2008年专利法第三次修改后": an earlier revision, told as background
        measure = next((n for a, b, n in measures if a <= inst.span.start < b), None)
        ordinal = re.match(r"》?(?:的)?第(?P<o>[一二三四五六七八九十]+)次", after)
        status = "planned" if measure is not None else \
            "adopted" if _REVISED_BY_SESSION.match(simple, inst.span.end) \
            or _NOTE_OF_REVISION.match(simple, inst.span.end) and _alone_on_its_line(simple, inst.span) \
            else _status(simple, inst.span.start, after)
        draft = _DRAFT_OF_REVISION.search(title)  # 《某法（修订草案）》: a revision of 某法, under way
        out.append(Revision(instrument=inst.key, title=inst.title[:draft.start()] if draft else inst.title,
                            status=status, span=inst.span,
                            ordinal=cn_number(ordinal.group("o")) if ordinal else None, measure=measure))
    for inst in by_start:  # 贯彻实施《…关于修改〈X〉的决定》: the decision amends X, adopted when a text carries it out
        inner = _AMENDING_DECISION.search(simple[inst.span.start:inst.span.end])
        if not inner or reference is None:
            continue
        law = inner.group("law")
        implemented = bool(_IMPLEMENTING.search(simple[max(0, inst.span.start - 12):inst.span.start]))
        measure = next((n for a, b, n in measures if a <= inst.span.start < b), None)
        status = "adopted" if implemented else ("planned" if measure is not None else _status(simple, inst.span.start, ""))
        out.append(Revision(instrument=reference.instrument_key(law), title=law, status=status, span=inst.span,
                            measure=None if implemented else measure))
    merged: dict[tuple, Revision] = {}
    for r in out:
        merged.setdefault((r.instrument, r.measure), r)
    return sorted(merged.values(), key=lambda r: r.span.start)


def _alone_on_its_line(simple: str, span: Span) -> bool:
    """A title written on a line of its own (a text's title over its note)."""
    line_start = simple.rfind("\n", 0, span.start) + 1
    line_end = simple.find("\n", span.end)
    return not simple[line_start:span.start].strip() and not simple[span.end:line_end if line_end >= 0 else len(simple)].strip()


# a word of revising right before a title: 修订《A》, 修改了《A》, 修订出台《A》 (revise and issue), 修订完善《A》
_REVISE_BEFORE = re.compile(r"(?:修订|修改|修正)(?:了|出台|发布|印发|完善|后的|通过的|的)?(?:关于[^，。；《》]{0,24}的)?《?$")  # (修订关于强化某某的《某法》;
# 公布修订后的《某条例》: the instrument as revised)
_AMENDING_DECISION = re.compile(r"关于(?:修改|修订|修正)[《〈](?P<law>[^《》〈〉]{2,40})[》〉](?:等[^的]{0,12})?的决定")
# the verb of a text that carries out an instrument already made: 贯彻实施《…的决定》
_IMPLEMENTING = re.compile(r"(?:贯彻|实施|落实|执行|宣传|学习|宣贯|遵照|按照|依照|根据)[^，。；《]{0,4}《?$")
# 《X》已经某省人大常委会第六次会议于2031年11月29日修订通过: revised by the session the sentence names
# …战略网: a site's name run on from a title (网, not 网络 "network", before the name ends)
_SITE_AFTER = re.compile(r"(?:(?!网络)[^，。；、\s/|]){0,16}?网(?!络)")
# a text's title on a line of its own over the note of its promulgation and revision in brackets
_TITLE_OVER_NOTE = re.compile(r"(?m)^[ \t　]*(?P<t>[\u4e00-\u9fff（）()]{2,40}?(?:法|条例|办法|规定|细则|规则|决定|实施条例|实施细则))[ \t　]*\n"
                              r"(?=[ \t　]*\n?[ \t　]*[（(][^（）()\n]{0,120}?(?:19|20)\d\d年[^（）()\n]{0,200}?(?:发布|公布|通过)[^（）()\n]{0,200}[)）])")
# the note itself, where it tells a revision: (…发布 2031年9月6日某会议修订通过), (…通过 根据…决定修正)
_NOTE_OF_REVISION = re.compile(r"\s*[（(][^（）()\n]{0,300}?(?:修订|修正|修改)[^（）()\n]{0,80}[)）]")
_REVISED_BY_SESSION = re.compile(r"》?已(?:经|由|于)?[^，。；《]{0,60}?(?:修订|修正)(?:通过|并通过)")
# (商标法与反不正当竞争法等多项相关法律进行了重要修改: a list's laws, revised as the sentence goes on)
_AFTER_REVISE = re.compile(r"》?(?:[、和及][^，。；《]{2,12}?)?(?:等[^，。；]{0,8}?(?:法律|法规)?)?(?:的)?(?:第[一二三四五六七八九十]+次)?(?:进行了?|作了|作出了?)?"
                           r"(?:重要|重大)?(?:进一步|全面|配套|适应性)?(?:修订|修改|修正)")


def _chained_after(simple: str, by_start: list[Instrument], i: int) -> bool:
    """专利法实施细则和《专利审查指南》的配套修改: A before B of a revising word is revised too."""
    j = i
    while j + 1 < len(by_start):
        gap = simple[by_start[j].span.end:by_start[j + 1].span.start]
        if not re.fullmatch(r"》?\s*[、和及与]?\s*《?", gap):
            return False
        j += 1
        if _AFTER_REVISE.match(simple[by_start[j].span.end:by_start[j].span.end + 24]):
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
        if _REVISE_BEFORE.search(simple[max(0, by_start[j].span.start - 8):by_start[j].span.start]):
            return True
    return False


def _status(simple: str, start: int, after: str) -> str | None:
    sent_start = max(simple.rfind(c, 0, start) for c in "。！？\n") + 1
    before = simple[sent_start:start]
    if re.match(r"》?(?:完成|已完成|已于|作出修改|第[一二三四五六七八九十]+次(?:修改|修订|修正))", after) or re.search(r"新修改的|新修订的|(?:修改|修订|修正)后的|已经", before) \
            or re.search(r"(?:修改|修订|修正)通过的《?$|(?:19|20)\d\d年[^，。；]{0,8}(?:修改|修订|修正)的《?$", before) \
            or re.search(r"通过|表决|施行|(?:进行了|作了|作出了)(?:重要|重大)?(?:修订|修改|修正)", simple[start:start + 40]):
        return "adopted"
    if re.search(r"草案|审议|推进|加快|正在|启动|研究|征求意见", before + after):
        return "underway"
    return "planned"
