"""The curated reference data of data/reference/*.yaml, loaded into plain Python objects.

Both the extractors (to resolve acronyms, names and titles) and rdfize (to write the reference
graph) read it. No rdflib here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ipgraph import kinds
from ipgraph._text import norm_name, norm_title, slug
from ipgraph.errors import ReferenceDataError

RECALLED = "recalled"


@dataclass(frozen=True)
class Fact:
    """A value with its sources, or recalled (unverified)."""

    value: Any
    sources: tuple[str, ...]
    note: str | None = None

    @property
    def recalled(self) -> bool:
        return not self.sources


@dataclass(frozen=True)
class FormerName:
    """A name a body bore before its present one, and when."""

    value: str
    start: str | None
    end: str | None
    fact: Fact


@dataclass
class Agency:
    key: str
    name_en: str
    cls: str
    notation: str | None = None
    alt_notations: tuple[str, ...] = ()
    alt_names: tuple[str, ...] = ()
    name_zh: Fact | None = None
    names_zh: Fact | None = None  # the Chinese names documents use, full and short (a tuple of names)
    former_names_zh: tuple[FormerName, ...] = ()  # dated names the body bore before
    type: Fact | None = None
    existed_from: str | None = None
    existed_to: str | None = None
    existed_sources: tuple[str, ...] = ()
    parent: str | None = None
    note: str | None = None

    def existed_on(self, date: str | None) -> bool:
        if not date:
            return True
        if self.existed_from and date < self.existed_from:
            return False
        return not (self.existed_to and date >= self.existed_to)


@dataclass
class Change:
    key: str
    date: str
    kind: str
    description: str
    sources: tuple[str, ...]
    original: tuple[str, ...] = ()
    resulting: tuple[str, ...] = ()
    affected: tuple[str, ...] = ()
    contributing: tuple[str, ...] = ()
    contributing_to: tuple[str, ...] = ()
    note: str | None = None


@dataclass
class Amendment:
    ordinal: int
    date: Fact
    in_force: str | None = None


@dataclass
class InstrumentRef:
    key: str
    title: str
    cls: str
    short: str | None = None
    aliases: tuple[str, ...] = ()
    issuers: tuple[str, ...] = ()
    implements: str | None = None
    adopted: Fact | None = None
    in_force: Fact | None = None
    issued: Fact | None = None
    period: Fact | None = None
    amendments: list[Amendment] = field(default_factory=list)
    note: str | None = None
    titles_zh: Fact | None = None  # Chinese titles, full and short (a tuple of titles)


@dataclass
class Reference:
    agencies: dict[str, Agency]
    changes: list[Change]
    instruments: dict[str, InstrumentRef]
    sources: dict[str, dict]
    default_orgs: dict[str, Fact]
    by_notation: dict[str, list[str]] = field(default_factory=dict)
    by_alt_notation: dict[str, list[str]] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)
    by_title: dict[str, str] = field(default_factory=dict)
    multiword_names: list[tuple[str, str]] = field(default_factory=list)  # (name, key), longest first
    zh_names: dict[str, list[str]] = field(default_factory=dict)  # Chinese name -> agency keys (by era)
    zh_names_longest: list[str] = field(default_factory=list)  # the Chinese names, longest first

    # -- agencies -------------------------------------------------------------------------
    def agency_by_name(self, name: str) -> str | None:
        return self.by_name.get(norm_name(name))

    def agencies_by_zh_name(self, name: str) -> list[str]:
        """The agencies a Chinese name has belonged to (国家知识产权局: SIPO, then CNIPA)."""
        return self.zh_names.get(name, [])

    def acronym_candidates(self, token: str) -> tuple[list[str], list[str]]:
        """(agencies whose acronym it is, agencies that other texts abbreviate so)."""
        return self.by_notation.get(token, []), self.by_alt_notation.get(token, [])

    def is_acronym(self, token: str) -> bool:
        return token in self.by_notation or token in self.by_alt_notation

    # -- instruments ----------------------------------------------------------------------
    def instrument_key(self, title: str) -> str:
        """The key of a titled instrument: the reference key when the title is a known alias."""
        n = norm_title(title)
        return self.by_title.get(n) or slug(n)

    def known_instrument(self, title: str) -> InstrumentRef | None:
        key = self.by_title.get(norm_title(title))
        return self.instruments.get(key) if key else None


def _fact(raw: Any, where: str, source_ids: set[str]) -> Fact | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raw = {"value": raw, "source": RECALLED}
    src = raw.get("source", RECALLED)
    if src == RECALLED:
        sources: tuple[str, ...] = ()
    else:
        sources = tuple(src if isinstance(src, list) else [src])
        unknown = [s for s in sources if s not in source_ids]
        if unknown:
            raise ReferenceDataError(f"{where}: unknown source id(s) {unknown}; add them under `sources:`")
    value = raw.get("value", raw.get("date"))
    return Fact(value=value, sources=sources, note=raw.get("note"))


def _tuple(v: Any) -> tuple[str, ...]:
    if v is None:
        return ()
    return tuple(v) if isinstance(v, list) else (v,)


# libyaml's safe loader where PyYAML was built with it (the same mappings, read 8x faster: 0.02 s for the
# agencies instead of 0.14 s, and every build and every service start reads them); the pure-Python one otherwise
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.load(f, Loader=_SAFE_LOADER)
    except FileNotFoundError as e:
        raise ReferenceDataError(f"{path}: missing reference file") from e
    except yaml.YAMLError as e:
        raise ReferenceDataError(f"{path}: not valid YAML: {e}") from e
    if not isinstance(data, dict):
        raise ReferenceDataError(f"{path}: expected a mapping at the top level")
    return data


def agency_lines(ref: Reference) -> dict[str, str]:
    """Each agency's line: the key of the body it became, through every change that resulted in another body
    (SAIC, SIPO and CNIPA are one line; a body no change ended is its own). Bodies that merged share a line."""
    parent: dict[str, str] = {k: k for k in ref.agencies}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k
    for c in sorted(ref.changes, key=lambda c: c.date):
        for a in c.original + c.contributing:
            for b in c.resulting or c.contributing_to:
                parent[find(a)] = find(b)
    return {k: find(k) for k in parent}


def load_reference(reference_dir: Path) -> Reference:
    reference_dir = Path(reference_dir)
    ag_path, law_path, post_path, zh_path = (reference_dir / n for n in ("agencies.yaml", "laws.yaml", "posts.yaml",
                                                                         "names-zh.yaml"))
    ag, laws, posts = _read(ag_path), _read(law_path), _read(post_path)
    zh = _read(zh_path) if zh_path.exists() else {}
    sources = {**(ag.get("sources") or {}), **(laws.get("sources") or {}), **(zh.get("sources") or {}),
               **(posts.get("sources") or {})}
    ids = set(sources)
    agencies = _agencies(ag, ag_path, ids)
    changes = _changes(ag, ag_path, ids, agencies)
    instruments = _instruments(laws, law_path, ids, agencies)
    default_orgs = _default_organisations(posts, post_path, ids, agencies)
    _chinese_names(zh, zh_path, agencies, instruments, ids)
    ref = Reference(agencies=agencies, changes=changes, instruments=instruments, sources=sources,
                    default_orgs=default_orgs)
    _index(ref, ag_path)
    return ref


def _agencies(ag: dict, path: Path, ids: set[str]) -> dict[str, Agency]:
    agencies: dict[str, Agency] = {}
    for i, a in enumerate(ag.get("agencies") or []):
        where = f"{path}: agencies[{i}]"
        try:
            key = a["key"]
            existed = a.get("existed") or {}
            ex_src = _fact({"value": None, "source": existed.get("source", RECALLED)}, where, ids) if existed else None
            agency = Agency(
                key=key,
                name_en=a["name_en"],
                cls=a["class"],
                notation=a.get("notation"),
                alt_notations=_tuple(a.get("alt_notations")),
                alt_names=_tuple(a.get("alt_names")),
                name_zh=_fact(a.get("name_zh"), where, ids),
                type=_fact(a.get("type"), where, ids),
                existed_from=str(existed["from"]) if existed.get("from") else None,
                existed_to=str(existed["to"]) if existed.get("to") else None,
                existed_sources=ex_src.sources if ex_src else (),
                parent=a.get("parent"),
                note=a.get("note"),
                former_names_zh=tuple(
                    FormerName(str(f["value"]), str(f["from"]) if f.get("from") else None, str(f["to"]) if f.get("to") else None,
                               _fact(f, f"{where}.former_names_zh[{j}]", ids))
                    for j, f in enumerate(a.get("former_names_zh") or [])),
            )
        except KeyError as e:
            raise ReferenceDataError(f"{where}: missing field {e}") from e
        if key in agencies:
            raise ReferenceDataError(f"{where}: duplicate agency key {key!r}")
        if agency.cls not in kinds.classes("agency"):
            raise ReferenceDataError(f"{where}: class {agency.cls!r} is no class of agency in the ontology; use one of "
                                     + ", ".join(sorted(kinds.classes("agency"))))
        agencies[key] = agency
    for a in agencies.values():
        if a.parent and a.parent not in agencies:
            raise ReferenceDataError(f"{path}: agency {a.key!r} has unknown parent {a.parent!r}")
    return agencies


def _changes(ag: dict, path: Path, ids: set[str], agencies: dict[str, Agency]) -> list[Change]:
    changes = []
    for i, c in enumerate(ag.get("changes") or []):
        where = f"{path}: changes[{i}]"
        f = _fact({"value": None, "source": c.get("source", RECALLED)}, where, ids)
        ch = Change(
            key=c["key"], date=str(c["date"]), kind=c["kind"], description=c["description"],
            sources=f.sources if f else (), original=_tuple(c.get("original")),
            resulting=_tuple(c.get("resulting")), affected=_tuple(c.get("affected")),
            contributing=_tuple(c.get("contributing")), contributing_to=_tuple(c.get("contributing_to")),
            note=c.get("note"),
        )
        for k in ch.original + ch.resulting + ch.affected + ch.contributing + ch.contributing_to:
            if k not in agencies:
                raise ReferenceDataError(f"{where}: unknown agency key {k!r}")
        changes.append(ch)
    return changes


def _instruments(laws: dict, path: Path, ids: set[str], agencies: dict[str, Agency]) -> dict[str, InstrumentRef]:
    instruments: dict[str, InstrumentRef] = {}
    for i, r in enumerate(laws.get("instruments") or []):
        where = f"{path}: instruments[{i}]"
        try:
            inst = InstrumentRef(
                key=r["key"], title=r["title"], cls=r["class"], short=r.get("short"),
                aliases=_tuple(r.get("aliases")), issuers=_tuple(r.get("issuer")),
                implements=r.get("implements"),
                adopted=_fact(r.get("adopted"), where, ids), in_force=_fact(r.get("in_force"), where, ids),
                issued=_fact(r.get("issued"), where, ids),
                period=_fact({"value": r["period"], "source": r["period"].get("source", RECALLED)}, where, ids)
                if r.get("period") else None,
                amendments=[Amendment(ordinal=int(m["ordinal"]), date=_fact(m, where, ids), in_force=m.get("in_force"))
                            for m in r.get("amendments") or []],
                note=r.get("note"),
            )
        except KeyError as e:
            raise ReferenceDataError(f"{where}: missing field {e}") from e
        for k in inst.issuers:
            if k not in agencies:
                raise ReferenceDataError(f"{where}: unknown issuer {k!r}")
        if inst.cls not in kinds.classes("instrument"):
            raise ReferenceDataError(f"{where}: class {inst.cls!r} is no class of law or instrument in the ontology; "
                                     "use one of " + ", ".join(sorted(kinds.classes("instrument"))))
        instruments[inst.key] = inst
    return instruments


def _default_organisations(posts: dict, path: Path, ids: set[str], agencies: dict[str, Agency]) -> dict[str, Fact]:
    default_orgs = {}
    for i, d in enumerate(posts.get("default_organisations") or []):
        where = f"{path}: default_organisations[{i}]"
        if d.get("organisation") not in agencies:
            raise ReferenceDataError(f"{where}: unknown organisation {d.get('organisation')!r}")
        default_orgs[d["role"].lower()] = _fact({"value": d["organisation"], "source": d.get("source", RECALLED)}, where, ids)
    return default_orgs


def _index(ref: Reference, ag_path: Path) -> None:
    """The lookups the extractors use: by acronym, by English name, by title, by Chinese name."""
    agencies = ref.agencies
    for a in agencies.values():
        if a.notation:
            ref.by_notation.setdefault(a.notation, []).append(a.key)
        for n in a.alt_notations:
            ref.by_alt_notation.setdefault(n, []).append(a.key)
        for name in (a.name_en, *a.alt_names):
            n = norm_name(name)
            if n in ref.by_name and ref.by_name[n] != a.key:
                raise ReferenceDataError(f"{ag_path}: name {name!r} given to both {ref.by_name[n]!r} and {a.key!r}")
            ref.by_name[n] = a.key
    ref.multiword_names = sorted(((n, a.key) for a in agencies.values() for n in (a.name_en, *a.alt_names) if " " in n),
                                 key=lambda x: -len(x[0]))
    for inst in ref.instruments.values():
        for t in (inst.title, inst.short, *inst.aliases, *(inst.titles_zh.value if inst.titles_zh else ())):
            if t:
                ref.by_title[norm_title(t)] = inst.key
    for a in agencies.values():
        for n in dict.fromkeys(((a.name_zh.value,) if a.name_zh else ()) + (a.names_zh.value if a.names_zh else ())):
            ref.zh_names.setdefault(n, []).append(a.key)
    ref.zh_names_longest = sorted(ref.zh_names, key=len, reverse=True)


def _chinese_names(zh: dict, path: Path, agencies: dict[str, Agency], instruments: dict[str, InstrumentRef],
                   ids: set[str]) -> None:
    """names-zh.yaml: the Chinese names of known agencies and instruments, each entry with its source."""
    for section, table, attr in (("agencies", agencies, "names_zh"), ("instruments", instruments, "titles_zh")):
        for key, entry in (zh.get(section) or {}).items():
            where = f"{path}: {section}.{key}"
            if key not in table:
                raise ReferenceDataError(f"{where}: unknown key {key!r}; it must be a key of the "
                                         f"{'agencies' if section == 'agencies' else 'instruments'} reference data")
            if not isinstance(entry, dict) or not isinstance(entry.get("names"), list):
                raise ReferenceDataError(f"{where}: expected {{names: [...], source: ...}}")
            fact = _fact({"value": tuple(str(n) for n in entry["names"]), "source": entry.get("source", RECALLED)},
                         where, ids)
            setattr(table[key], attr, fact)
