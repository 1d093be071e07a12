"""Officials and their posts, in the patterns news uses:
"ORG Role Name", "Role Name of ORG", "Name, Role and Role of ORG", "Role of ORG  Name",
"Role Name, Role Name, Name and Name"; a role with no organisation takes that of the nearest post of
its kind, else the organisation the reference data gives the role."""

from __future__ import annotations

import re

from ipgraph.extract._vocab import NOT_NAME, ORG_HEADS, ROLE_RE
from ipgraph.extract.agencies import AgencyResolver
from ipgraph.records import AgencyRef, Post, Span
from ipgraph.reference import Reference

_NOT = "|".join(sorted(NOT_NAME | ORG_HEADS, key=len, reverse=True))
_W = rf"(?!(?:{_NOT})\b)[A-Z][a-z]+(?:-[a-z]+)?"
NAME = rf"(?:{_W}(?:[ ]{_W}){{1,2}})"  # on one line
ORGP = rf"(?:(?:the )?[A-Z][\w'&.-]*(?:(?: | (?:of|for|on|and) (?:the )?)(?!{ROLE_RE}\b)[A-Z(][\w'&().-]*)*)"
ROLE_CI = f"(?i:{ROLE_RE})"  # after a name, news often writes the title in lower case ("Li Ming, chairman of ...")
ROLE_OF = rf"{ROLE_CI}(?:\s+of\s+{ORGP})?"
ROLES = rf"{ROLE_OF}(?:\s*(?:,|and|,\s*and)\s+{ROLE_OF})*"
NAMES = rf"{NAME}(?:\s*,\s*{NAME})*(?:\s*,?\s+and\s+{NAME})?"

# "MOST Vice Minister Li Ming", "Premier Wang Hua", "Commissioner Liu Gang of the CNIPA"
_BEFORE = re.compile(rf"(?:(?P<org>\b[A-Z][A-Z&]+(?:\s[A-Z]{{2,}})?)(?:'s)?\s+)?(?P<roles>{ROLE_RE}(?:\s+and\s+{ROLE_RE})*)\s+"
                     rf"(?P<names>{NAMES})(?:\s+of\s+(?P<org2>{ORGP}))?")
# "Zhao Lei, Spokesperson and Deputy Director General of the Publicity Office of the CNIPA"
_AFTER = re.compile(rf"(?P<name>{NAME}),\s+(?P<roles>{ROLES})(?!\s+{NAME})")
# byline: "Secretary of Party Committee and Commissioner of CNIPA    Liu Gang"
_BYLINE = re.compile(rf"^[^\S\n]*(?P<roles>{ROLES})[^\S\n]{{2,}}(?P<name>{NAME})[^\S\n]*$", re.M)
# "Minister of Commerce Wang Wentao", "Director of the Trademark Office Li Ming"
_ROLE_OF_NAME = re.compile(rf"(?P<roles>{ROLE_RE}\s+of\s+{ORGP})\s+(?P<name>{NAME})\b(?!\s+of\b)")
_ROLE_SPLIT = re.compile(rf"(?P<role>{ROLE_CI})(?:\s+of\s+(?P<org>{ORGP}))?")


def _clean_org(org: str) -> str:
    org = re.sub(r"\s+\([A-Z][A-Za-z &-]*\)$", "", org.strip())
    org = re.sub(r"\s+(?:and|of|the|for|on)$", "", org)
    return org


_INITIALS = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINALS = ("(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|uen|van|ai|ei|ao|ou|an|en|er|in|ia|ie|iu|ua|uo|"
           "ui|un|ue|ve|a|o|e|i|u|v)")
_PINYIN = re.compile(rf"(?:{_INITIALS}{_FINALS}){{1,2}}")


def is_pinyin_name(name: str) -> bool:
    """A Chinese name in pinyin: family name then given name, each one or two syllables."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(_PINYIN.fullmatch(p.lower().replace("-", "")) for p in parts)


def _valid_name(name: str) -> bool:
    parts = name.split()
    return 2 <= len(parts) <= 3 and not any(p in NOT_NAME for p in parts)


class _Posts:
    def __init__(self, text: str, resolver: AgencyResolver, reference: Reference):
        self.text, self.resolver, self.reference = text, resolver, reference
        self.posts: list[Post] = []
        self.seen: set[tuple[int, str, str]] = set()

    def org(self, surface: str | None, start: int) -> tuple[AgencyRef | None, AgencyRef | None]:
        if not surface:
            return None, None
        s = re.sub(r"^the ", "", _clean_org(surface))
        ref = self.resolver.resolve(s, start, start + len(s), strict=False)
        if not (ref and ref.key) and not re.match(r"(?:Ministry|Commission|Administration|Office)\b", s):
            # "Minister of Commerce": the body a minister heads is the Ministry of Commerce
            key = self.resolver.name(f"Ministry of {s}")
            if key:
                return AgencyRef(surface=s, key=key, span=Span(start, start + len(s))), None
        if ref and ref.key:
            return ref, None
        # a unit of a known body: "General Affairs Office of the CNIPA"
        m = re.match(r"(?P<unit>.+?)\s+of\s+(?:the\s+)?(?P<parent>[A-Z].+)$", s)
        if m:
            parent = self.resolver.resolve(m.group("parent"), start + m.start("parent"), start + len(s), strict=False)
            if parent and parent.key:
                return AgencyRef(surface=s, key=None, span=Span(start, start + len(s))), parent
        return ref, None

    def add(self, name: str, role: str, org_surface: str | None, org_start: int, span: Span) -> None:
        name = re.sub(r"'s$", "", name.strip())
        if not _valid_name(name):
            return
        role = " ".join(w[:1].upper() + w[1:] if w.islower() and w not in ("of", "the") else w for w in role.split())
        org, parent = self.org(org_surface, org_start)
        if org is None:
            org = self._inherited(role)
        key = (span.start, name, role)
        if key in self.seen or any(p.person == name and p.role == role and p.org == org for p in self.posts):
            return
        self.seen.add(key)
        self.posts.append(Post(person=name, role=role, org=org, span=span, parent_org=parent))

    def _inherited(self, role: str) -> AgencyRef | None:
        """A role without an organisation takes that of the latest post of the same kind, else the reference default."""
        head = role.split()[-1].lower()
        for p in reversed(self.posts):
            if p.org and p.role.split()[-1].lower() == head:
                return p.org
        fact = self.reference.default_orgs.get(role.lower())
        if fact:
            return AgencyRef(surface=role, key=fact.value, span=Span(0, 0))
        return None


def find_posts(text: str, resolver: AgencyResolver, reference: Reference) -> list[Post]:
    acc = _Posts(text, resolver, reference)
    found: list[tuple[int, callable]] = []

    for m in _BYLINE.finditer(text):
        found.append((m.start(), lambda m=m: _roles_then_name(acc, m)))
    for m in _AFTER.finditer(text):
        found.append((m.start(), lambda m=m: _roles_then_name(acc, m)))
    for m in _ROLE_OF_NAME.finditer(text):
        if is_pinyin_name(m.group("name")):
            found.append((m.start(), lambda m=m: _roles_then_name(acc, m)))
    for m in _BEFORE.finditer(text):
        found.append((m.start(), lambda m=m: _role_before_names(acc, m)))
    for _, f in sorted(found, key=lambda x: x[0]):
        f()
    return acc.posts


def _roles_then_name(acc: _Posts, m: re.Match) -> None:
    if not is_pinyin_name(m.group("name")) and not re.search(r"\bof\b", m.group("roles")):
        return  # "... the Five Key Tasks, Premier Wang Hua": a role before a name is the other pattern
    roles = [(r.group("role"), r.group("org"), m.start("roles") + r.start("org") if r.group("org") else 0)
             for r in _ROLE_SPLIT.finditer(m.group("roles"))]
    # "Spokesperson and Deputy Director General of X": a role without its own organisation shares the next one's
    for i in range(len(roles) - 2, -1, -1):
        if roles[i][1] is None and roles[i + 1][1]:
            roles[i] = (roles[i][0], roles[i + 1][1], roles[i + 1][2])
    span = Span(m.start(), m.end())
    for role, org, pos in roles:
        acc.add(m.group("name"), role, org, pos, span)


def _role_before_names(acc: _Posts, m: re.Match) -> None:
    names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("names"))
    org = m.group("org") or m.group("org2")
    pos = m.start("org") if m.group("org") else (m.start("org2") if m.group("org2") else 0)
    if m.group("org") and not acc.resolver.reference.is_acronym(m.group("org")):
        org, pos = m.group("org2"), m.start("org2") if m.group("org2") else 0
    span = Span(m.start(), m.end())
    for role in re.split(r"\s+and\s+", m.group("roles")):
        for name in names:
            acc.add(name, role, org, pos, span)


def surname_index(posts: list[Post]) -> dict[str, str]:
    """Later mentions ("Mr. Zhang", "Heng") -> full name, where the family name is not shared."""
    by: dict[str, set[str]] = {}
    for p in posts:
        by.setdefault(p.person.split()[0], set()).add(p.person)
    return {k: next(iter(v)) for k, v in by.items() if len(v) == 1}


def later_mentions(text: str, posts: list[Post]) -> list[tuple[str, Span]]:
    """Where the text names a person again by family name alone ("Mr. Zhang points out", "Heng said")."""
    index = surname_index(posts)
    first = {}
    for p in posts:
        first[p.person] = min(first.get(p.person, p.span.start), p.span.start)
    out = []
    for short, full in index.items():
        for m in re.finditer(rf"\b(?:(?:Mr|Ms|Mrs|Dr|Madam)\.?\s+)?{re.escape(short)}\b(?!\s+[A-Z][a-z])", text):
            if m.start() > first[full] and not text[m.start():].startswith(full):
                out.append((full, Span(m.start(), m.end())))
    return sorted(out, key=lambda x: x[1].start)
