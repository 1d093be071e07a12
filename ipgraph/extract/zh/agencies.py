"""Chinese names of bodies, resolved to reference agencies by the document's date; responsibility notes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ipgraph._text import HAN_CHARS as HAN
from ipgraph.records import AgencyRef, Span, Warning_
from ipgraph.reference import Reference

NATIONAL = re.compile(r"国家|国务院|中国|中华|全国|中共|中央|党中央|最高")  # a name that says it is the national body
_ORG_SUFFIX = ("委员会", "办公室", "总局", "总署", "人民政府", "政府", "法院", "检察院", "领导小组", "审判庭", "法庭", "庭", "部", "局", "委",
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
    local: frozenset[str] = frozenset()  # short names the document gives to local bodies (see local_names)

    def local_names(self, simple: str) -> frozenset[str]:
        """The short names of national bodies (知识产权局, 联席会议办公室) that this text gives in full to a local body
        (黄石市知识产权战略实施工作联席会议办公室, 市知识产权局): written alone, in a post, they are that local body."""
        out = set()
        for name in self.reference.zh_names_longest:
            if NATIONAL.match(name) or name not in simple:
                continue
            for m in re.finditer(rf"(?<![{HAN}])(?P<place>[{HAN}]{{0,8}}?(?:省|市|县|区|州))[{HAN}]{{0,16}}?{re.escape(name)}", simple):
                if not re.match(r"各|(?:直辖市|自治区)$", m.group("place")):  # 各省、自治区、直辖市知识产权局: every one
                    out.add(name)
                    break
        return frozenset(out)

    def key(self, name: str) -> str | None:
        keys = self.reference.agencies_by_zh_name(name)
        if not keys:
            return None
        if not self.date:  # a text that does not say when: the body of that name that exists now
            keys = sorted(keys, key=lambda k: self.reference.agencies[k].existed_to is not None)
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
            seg2 = seg.split("。")[0].rstrip("。. ")  # (…按职责分工负责。排名第一位的为牵头单位: the note's second sentence says who leads)
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
