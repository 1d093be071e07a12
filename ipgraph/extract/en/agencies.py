"""Resolving the names of bodies: acronyms (in context), full names, and lists of responsible agencies."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ipgraph._text import plain
from ipgraph.extract.en.vocab import ORG_HEADS
from ipgraph.records import AgencyRef, Span, Warning_
from ipgraph.reference import Reference

ACRONYM = re.compile(r"^[A-Z][A-Za-z&]*[A-Z](?:[ -][A-Z]{2,})*$")
# role phrases around the names in a responsibility list
_ROLE_PHRASES = re.compile(
    r"^(?:responsible\s*(?:by|for|units?|departments?|agencies|bodies)?\s*:?|led\s+by|lead\s*(?:by|agency|unit)?\s*:?|"
    r"leading\s+(?:agency|unit|department)\s*:?|with\s+(?:the\s+)?participation\s+of|in\s+(?:cooperation|coordination)\s+with|"
    r"jointly\s+with|together\s+with|participating\s*(?:agencies|units)?\s*:|participating\s*(?:agencies|units)?|"
    r"participants?\s*:|participants?|co-?organi[sz]ers?\s*:?|(?:other\s+)?(?:responsible|cooperating|supporting)\s+"
    r"(?:agencies|units)\s*:?|lead\s*:|and|with)\s*(?<=[\s:])"
    r"|\s*\((?:by|according\s+to|in\s+accordance\s+with|each\s+(?:according|by))\b[^)]*\)?$"
    r"|\s+(?:shall|will|should|to)\s+(?:take|be)\s+(?:the\s+|\w+\s+){0,2}(?:lead|responsible|in\s+charge).*$"
    r"|\s+(?:shall|will|should)\s+(?:participate|cooperate|assist).*$|\s+(?:take|takes)\s+the\s+lead.*$"
    r"|\s+(?:is|are)\s+(?:\w+\s+){0,2}responsible.*$|\s*\((?:lead|leading)\)$|\s+(?:etc|and\s+so\s+on)$"
    r"|\s+and\s+other\s+(?:relevant\s+|related\s+)?(?:departments|agencies|units|bodies)\b.*$"
    r"|\s+(?:participating|participates|participate|taking\s+the\s+lead|leading)\s*\.?$",
    re.I,
)
_VAGUE = re.compile(r"^(?:relevant|related|other|all|competent|concerned|local|various|each|every|member|"
                    r"departments?|units?|agencies|bodies|authorities|governments?)\b", re.I)


@dataclass
class AgencyResolver:
    """Resolves names of bodies for one document: its date and the acronyms it uses settle ambiguities."""

    reference: Reference
    text: str
    date: str | None = None
    warnings: list[Warning_] = field(default_factory=list)
    _names: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        tokens = set(re.findall(r"\b[A-Z][A-Za-z&]*[A-Z]\b", self.text))
        self.used_notations = {t for t in tokens if t in self.reference.by_notation}
        self._names = self.reference.multiword_names
        self.defined = defined_acronyms(plain(self.text))

    # -- single names ---------------------------------------------------------------------
    def acronym(self, token: str) -> str | None:
        primary, alternate = self.reference.acronym_candidates(token)
        cands = list(dict.fromkeys(primary + alternate))
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        ags = self.reference.agencies
        # an agency the document names by its own acronym is not also meant by another one
        cands = [k for k in cands if k in primary or ags[k].notation not in self.used_notations] or cands
        living = [k for k in cands if ags[k].existed_on(self.date)]
        cands = living or cands
        prim = [k for k in cands if k in primary]
        return (prim or cands)[0]

    def name(self, text: str) -> str | None:
        return self.reference.agency_by_name(text)

    def resolve(self, surface: str, start: int, end: int, *, strict: bool = True) -> AgencyRef | None:
        """One name of a body. None when the phrase names no specific body.

        Unknown acronyms and unknown named bodies are kept unresolved, with a warning.
        """
        s = plain(surface).strip().strip(".").strip()
        s = re.sub(r"^(?:the|The)\s+", "", s)
        s = re.sub(r"\s+\((?P<a>[A-Z][A-Za-z &-]+)\)$", "", s)  # "China National ... (CNIPA)"
        if not s:
            return None
        key = self.acronym(s) if ACRONYM.match(s) else None
        key = key or self.name(s)
        if not key and re.search(r"\s+of\s+(?:the\s+People's\s+Republic\s+of\s+)?China$", s):
            key = self.name(re.sub(r"\s+of\s+(?:the\s+People's\s+Republic\s+of\s+)?China$", "", s))  # "X Office of China"
        if not key and s in self.defined:  # an acronym the document itself defines: "European Patent Office (EPO)"
            full = self.defined[s]
            key = self.name(full)
            if not key:
                if not ORG_HEADS & set(full.split()):
                    return None  # "Intellectual Property (IP)": the document's own acronym for no body
                return AgencyRef(surface=full, key=None, span=Span(start, end))
        if not key and re.fullmatch(r"[A-Z]{2,}(?:[ -][A-Z]{2,})*", s.split(" ")[0]) and " " in s:
            # "SIPO Patent Office"-like or "PLA GAD"
            key = self.acronym(s)
        if key:
            return AgencyRef(surface=surface.strip(), key=key, span=Span(start, end))
        if _VAGUE.match(s) or s[:1].islower():
            return None
        if ACRONYM.match(s) and len(s) <= 12:
            self.warnings.append(Warning_(f"unknown acronym {s!r}: kept as an unresolved agency; add it to "
                                          "data/reference/agencies.yaml", Span(start, end)))
            return AgencyRef(surface=s, key=None, span=Span(start, end))
        words = s.split()
        if words and words[0][:1].isupper() and (ORG_HEADS & set(words)) and len(words) <= 14:
            if strict:
                self.warnings.append(Warning_(f"unknown body {s!r}: kept as an unresolved agency", Span(start, end)))
            return AgencyRef(surface=s, key=None, span=Span(start, end))
        return None

    # -- lists ----------------------------------------------------------------------------
    def responsibility_list(self, inner: str, offset: int) -> list[AgencyRef] | None:
        """The agencies of a responsibility parenthetical, in order, duplicates removed.

        None when the parenthetical is not a list of agencies (e.g. "(Draft)").
        """
        text = plain(inner)
        # protect known multi-word names that contain commas or "and"
        masked = text
        protected: dict[str, tuple[str, int]] = {}
        for name, _key in self._names:
            if ("," in name or " and " in name) and name in masked:
                for m in re.finditer(re.escape(name), masked):
                    tag = f"\x01{len(protected)}\x01"
                    protected[tag] = (name, m.start())
                    masked = masked[:m.start()] + tag.ljust(len(name), "\x02") + masked[m.end():]
        refs: list[AgencyRef] = []
        rejected = 0
        for m in re.finditer(r"[^,;，、/]+", masked):
            piece = m.group()
            joined = self._known_names_joined(text[m.start():m.end()])
            if joined:
                piece = text[m.start():m.end()]
            subs = joined or re.split(r"\s+and\s+|\s+&\s+", piece)
            if len(subs) > 1 and not all(self._names_a_body(x) for x in subs):
                subs = [piece]  # "... against Infringement and Counterfeiting": one name with "and" in it
            for sub in subs:
                idx = m.start() + piece.find(sub)
                token = sub.replace("\x02", "")
                for tag, (name, _) in protected.items():
                    token = token.replace(tag, name)
                token = token.strip()
                prev = None
                while token and prev != token:
                    prev = token
                    token = _ROLE_PHRASES.sub("", token).strip().strip(".").strip()
                if not token:
                    continue
                ref = self.resolve(token, offset + idx, offset + idx + len(sub.rstrip()), strict=False)
                if ref is None:
                    if not _VAGUE.match(token):
                        rejected += 1
                    continue
                if all(r.key != ref.key or (r.key is None and r.surface != ref.surface) for r in refs):
                    refs.append(ref)
        if not refs or rejected > len(refs) or not any(r.key for r in refs) and rejected:
            return None
        for r in refs:
            if r.key is None and not ACRONYM.match(r.surface):
                self.warnings.append(Warning_(f"unknown body {r.surface!r}: kept as an unresolved agency", r.span))
        return refs

    def _known_names_joined(self, piece: str) -> list[str] | None:
        """"State Administration for Market Regulation and the Ministry of Agriculture and Rural Affairs": known
        names joined by "and", split at the joins (an "and" inside a known name stays)."""
        found = self.find_names(piece)
        if len(found) < 2:
            return None
        between = [piece[b:a] for (_, b, _k), (a, _e, _k2) in zip(found, found[1:], strict=False)]
        if not all(re.fullmatch(r"\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?", g, re.I) for g in between):
            return None
        return [piece[:found[0][1]]] + [piece[a:e] for a, e, _ in found[1:-1]] + [piece[found[-1][0]:]]

    def _names_a_body(self, token: str) -> bool:
        t = _ROLE_PHRASES.sub("", token.replace("\x02", "").strip()).strip().strip(".")
        t = re.sub(r"^(?:the|The)\s+", "", t)
        if not t or _VAGUE.match(t):
            return True
        return bool(ACRONYM.match(t) or self.name(t) or self.acronym(t) or (ORG_HEADS & set(t.split())))

    def find_names(self, text: str) -> list[tuple[int, int, str]]:
        """Occurrences of known multi-word agency names in text, longest first, not overlapping."""
        taken: list[tuple[int, int, str]] = []
        low = plain(text)
        for name, key in self._names:
            if name not in low:  # most names are not in a given text: skip the regular expression
                continue
            for m in re.finditer(r"\b" + re.escape(name) + r"\b", low):
                if not any(s < m.end() and m.start() < e for s, e, _ in taken):
                    taken.append((m.start(), m.end(), key))
        return sorted(taken)



_CONNECTIVE = {"of", "for", "and", "the", "on", "in", "&"}
_DEFINITION = re.compile(r"(?P<full>[A-Z][\w'&.-]*(?:\s+(?:(?:of|for|and|the|on|in|&)\s+)*[A-Z][\w'&.-]*)*)\s+\((?P<acr>[A-Z][A-Za-z]{1,9})\)")


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms a text defines by writing them after a name: "the European Patent Office (EPO)" -> EPO: the
    shortest tail of the name whose initials spell the acronym."""
    out: dict[str, str] = {}
    for m in _DEFINITION.finditer(text):
        acr, words = m.group("acr"), m.group("full").split()
        for i in range(len(words) - 1, -1, -1):
            if words[i] in _CONNECTIVE:
                continue
            initials = "".join(w if w.isupper() else w[0] for w in words[i:] if w not in _CONNECTIVE)
            if initials.upper() == acr.upper():
                out.setdefault(acr, " ".join(words[i:]))
                break
    return out
