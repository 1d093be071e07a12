"""Officials and their posts, in the patterns news uses:
"ORG Role Name", "Role Name of ORG", "Name, Role and Role of ORG", "Role of ORG (ACR) Name",
"Role Name, Role Name, Name and Name", "Roles Name and Name", "Name (Role) and Name (Role), ORG",
"By Name, Role, ORG", "Name, a role at ORG", "Name, who serves as Role of ORG"; a role with no
organisation takes that of the nearest post of its kind, the local government the document names (for
mayors and governors), else the organisation the reference data gives the role."""

from __future__ import annotations

import re
from collections.abc import Callable

from ipgraph.extract.en.agencies import AgencyResolver
from ipgraph.extract.en.vocab import (
    HEADLINE_VERBS,
    NOT_NAME,
    ORG_HEADS,
    ROLE_RE,
    ROLE_RE_BEFORE_NAME,
    ROLE_WORDS,
)
from ipgraph.records import AgencyRef, Post, Span
from ipgraph.reference import Reference

_NOT = "|".join(sorted(NOT_NAME | ORG_HEADS, key=len, reverse=True))
_UP, _LOW = "A-ZÀ-ÖØ-ÞĀ-ž", "a-zß-öø-ÿĀ-ž"  # (Latin Extended-A either way: Zigrīds, Łukasz)
_W = rf"\b(?=[{_UP}])(?!(?:{_NOT})\b)(?:Al|Mc|Mac)?[{_UP}][{_LOW}]+(?:-[{_UP}{_LOW}][{_LOW}]+)?"  # ("AlSwailem", "McBride")
_PARTICLE = r"(?:[Vv]an|[Dd]er|[Dd]en|[Dd]e|[Vv]on|[Dd]a|[Dd]i|[Dd]u|[Ll]e|[Ll]a|[Aa]l|[Bb]in|[Ee]l|[Dd]os|[Dd]el|[Bb]en)"
NAME = rf"(?:{_W}(?:(?:[ ][A-Z]\.)?[ ](?:{_PARTICLE}[ ]){{0,2}}{_W}){{1,2}}(?:[ ][{_UP}][{_LOW}]+-[{_LOW}]+\b)?)"  # on one line; a
# middle initial ("Anton K. Berisha"); a hyphenated given name after a married name ("Rita Lau Ng Wai-lan")
ORGP = rf"(?:(?:the )?[A-Z][\w'&.-]*(?:(?: | (?:of|for|on|and) (?:the )?)(?!{ROLE_RE}\b)[A-Z(][\w'&().-]*)*)"
ROLE_CI = f"(?i:{ROLE_RE})"  # after a name, news often writes the title in lower case ("Li Ming, chairman of ...")
ROLE_OF = rf"{ROLE_CI}(?:\s+of\s+{ORGP})?"
ROLES = rf"{ROLE_OF}(?:\s*(?:,|and|,\s*and)\s+{ROLE_OF})*"
NAMES = rf"{NAME}(?:\s*,\s*{NAME})*(?:\s*,?\s+and\s+{NAME})?"

# an acronym written in mixed case: MyIPO, KIPOnet, IPOPHL (capitals at both ends of a lower-case run, or after it)
_ACRONYM_MIXED = r"[A-Z][a-z]{1,2}[A-Z]{2,}[A-Za-z]*"
# "MOST Vice Minister Li Ming", "Premier Wang Hua", "Commissioner Liu Gang of the CNIPA"
_BEFORE = re.compile(rf"(?:\b(?=[A-Z])|\((?=[A-Z]{{2,8}}\)))(?:(?P<org>\b(?:[A-Z][A-Z&]+|{_ACRONYM_MIXED})(?:\s[A-Z]{{2,}})?)\)?"
                     rf"(?:\s*\([A-Z][^()\n]{{3,80}}\))?(?:'s)?\s+)?(?P<roles>{ROLE_RE_BEFORE_NAME}(?:\s+and\s+{ROLE_RE_BEFORE_NAME})*)[^\S\n]+"
                     rf"(?P<names>{NAMES})(?:\s+(?P<via>of|from)\s+(?P<org2>{ORGP}))?")  # ("Professor A from the X University")
# "Zhao Lei, Spokesperson and Deputy Director General of the Publicity Office of the CNIPA" ("A, recently appointed as the
# Head of Unit, X"): the name, then
# "the current General Director", "the outgoing DG": when the post is held; "Chinese Ambassador": whose it is
_TIME_WORD = r"(?:(?:current|then|outgoing|incoming|former|new|acting)[^\S\n]+)"
_NATION = r"(?:[A-Z][a-z]+(?:ese|an|ish)[^\S\n]+(?=[A-Z]))"
# its appositive, read up to the end of the clause
# the field of a title in lower case after an article: "an e-commerce inspector", "the customs officer", "a patent examiner"
# (no adverb or participle: "the newly appointed director" is a director)
_FIELD = r"(?:(?!(?:and|or|of|for|the|who|which|with|in|at|on|new|former|current|acting)\b)[a-z][a-z-]+(?<!ly)(?<!ed)[^\S\n]+){1,2}"
_AFTER = re.compile(rf"(?P<name>{NAME})[^\S\n]*,\s+(?:also\s+)?(?:currently\s+|now\s+)?(?:(?:recently|newly)\s+)?(?:(?:appointed|named|elected)\s+as\s+)?(?:(?:a |an )?(?:[a-z]+ ){{0,2}}member and\s+)?(?=(?:(?:a |an |the |its |their |ex-)(?:{_FIELD})?)?{_TIME_WORD}?{_NATION}?"
                    rf"(?:(?:[A-Z][A-Z&]+(?:['’][sS])?|(?:[A-Z]\.){{2,3}})[^\S\n]+)?{ROLE_CI}\b)")  # ("A, U.S. Trade Representative (USTR), …"; "A, a standing committee member and deputy secretary-general of X")
# the acronym of a body before a title in an apposition ("Wen Ming, KIPO Deputy Commissioner")
_ACRONYM_BEFORE_ROLE = re.compile(r"(?P<acr>[A-Z][A-Z&]+)(?:['’][sS])?[^\S\n]+(?=[A-Za-z])")  # ("WIPO'S Deputy Director-General")
# a place or a body named by capitalised words alone ("Korvel Hui Autonomous", "Dalmir Province")
_PLACE_NAME = re.compile(r"(?:the\s+)?[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,5}")
# "Tang, who currently serves as Chief Executive of ..."
_WHO = re.compile(rf"\b(?P<short>{NAME}|[{_UP}][{_LOW}]+)(?:,?\s+who\s+(?:currently\s+|now\s+|also\s+)?"
                  rf"(?:serves|served|is|was|works|worked)\s+as|,\s+also)\s+(?=(?:a |an |the )?{ROLE_CI}\b)")  # "Li, also a member of X"
_CLAUSE_END = re.compile(r"[,;:\n]|[^\S\n]{3,}|(?<![A-Z])\.(?=\s|$)|(?<=[A-Z]{3})\.(?=\s+[A-Z][a-z])|\s(?:said|says|told|who|which|presided|attended|accompanied|"
                         r"was|were|is|are|has|had|will|would|in charge|met|meets|during|when|after|before)\b"
                         # "on Monday" ends it; "Group on the Fight Against X" goes on with a body's name
                         r"|\son\b(?!\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|"
                         r"Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z])")
# byline: "Secretary of Party Committee and Commissioner of CNIPA    Liu Gang"
_BYLINE = re.compile(rf"^[^\S\n]*(?P<roles>{ROLES})[^\S\n]{{2,}}(?P<name>{NAME})[^\S\n]*$", re.M)
# the same line with one space, as a web page or PDF gives it, where the titles end with a body's acronym:
# "Secretary of Party Committee and Commissioner of CNIPA Liu Gang"
_BYLINE_ONE_SPACE = re.compile(rf"^[^\S\n]*(?P<roles>{ROLES}(?<=[A-Z]{{2}}))[^\S\n](?P<name>{NAME})[^\S\n]*$", re.M)
# "Minister of Commerce Wang Wentao", "President of the European Patent Office (EPO) António Campinos"
_ROLE_OF_NAME = re.compile(rf"\b(?=[A-Z])(?P<roles>{ROLE_CI}\s+(?i:of)\s+{ORGP})[^\S\n]+(?P<name>{NAME})\b(?!\s+of\b)")  # ("President Of X A")
# "former deputy director of the State Administration for X Chen Ming said": a title in lower case of a named body, then a
# name in pinyin
_LOWER_ROLE_OF_BODY_NAME = re.compile(rf"(?<![A-Za-z])(?:former\s+|then\s+)?(?P<roles>(?-i:[a-z])[a-z-]*(?:\s+[a-z-]+){{0,2}}\s+of\s+"
                                      rf"(?:the\s+)?[A-Z][\w'&-]*(?:\s+(?:of|for|and|on)?\s*[A-Z][\w'&-]*)*?)[ ](?P<name>{NAME})\b")  # (one space: no
# comma or form of address blanked between them)
# "Director of Intellectual Property Ada Leung of the X Region": a title of a field, the name, then the body
_FIELD_ROLE_NAME_OF = re.compile(rf"\b(?=[A-Z])(?P<role>{ROLE_RE}\s+of\s+(?:[A-Z][\w'-]*[^\S\n]+){{0,3}}[A-Z][\w'-]*)[^\S\n]+"
                                 rf"(?P<name>{NAME})[^\S\n]+of[^\S\n]+(?P<org>{ORGP})")
# "X was named the new commissioner and party secretary of Y", "A and B have been appointed as deputy directors"
# ("A, 50, was appointed": an age between commas; "of the first maritime court in X": a body described in lower case)
_APPOINTED = re.compile(rf"(?P<names>{NAMES})(?:,\s+who\s+[^,.;\n]{{3,60}}?|,\s+(?:aged\s+)?\d{{2}},)?\s+(?:also\s+)?(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
                        rf"(?:also\s+)?(?:named|appointed|elected|promoted|nominated)(?:\s+as|\s+to)?\s+(?:the\s+)?(?:new\s+)?(?P<roles>{ROLE_CI}(?:\s+and\s+{ROLE_CI})*)"
                        rf"(?:\s+of\s+(?:(?P<org>{ORGP})|the\s+(?:(?:first|new|newly\s+established)\s+)?(?P<desc>(?:[a-z]+\s+){{1,2}}"
                        rf"(?:court|tribunal|office|bureau|administration|centre|center|commission)\s+(?:in|of)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)))?")
# "A, who was promoted last year and now serves as Vice Governor of X"
_NOW_SERVES = re.compile(rf"(?P<names>{NAME}),?\s+(?:who\s+)?(?:[^.;\n]{{0,60}}?\band\s+)?(?:now|currently)\s+serves\s+as\s+"
                         rf"(?:the\s+|a\s+|an\s+)?(?P<roles>{ROLE_CI})(?:\s+of\s+(?P<org>{ORGP}))?")
# a title in lower case right before a name in pinyin: "serving below director A", "to dismiss former commissioner B"
_LOWER_ROLE_NAME = re.compile(rf"\b(?P<role>(?:former\s+|new\s+)?(?:(?:deputy|vice|executive)\s+)?(?:director(?:[- ]general)?|"
                              rf"commissioner|head|president|chairman|minister|governor|mayor|spokesperson|spokeswoman|spokesman|"
                              rf"(?:assistant\s+)?(?:general\s+)?manager))"
                              rf"(?:[^\S\n]+of[^\S\n]+(?P<field>[a-z]+(?:[^\S\n]+(?:and[^\S\n]+)?[a-z]+){{0,2}}))?"  # "deputy minister of commerce A"
                              rf"[^\S\n]+(?P<name>{NAME})\b")
# "Zhao Wei (Senior Associate) and Chen Yu (Counsel), Qingyuan & Partners"
_PAREN = re.compile(rf"(?P<name>{NAME})\s*\((?P<role>{ROLE_CI})\)")
_PAREN_ORG = re.compile(r"\)\s*,\s*(?P<org>[A-Z][^\n,;()]*?)\s*$", re.M)
_ROLE_AT_START = re.compile(rf"(?P<det>a |an |the |its |their |ex-)?{_TIME_WORD}?(?P<nation>{_NATION})?(?P<role>(?(det)(?:{_FIELD})?){ROLE_CI})\b")  # ex-director
# "A and B, the President and Secretary General of X respectively" (or "the respective President and ... of X"):
# names and titles paired in order
_RESPECTIVELY = re.compile(rf"(?P<names>{NAME}(?:\s*,\s*{NAME})*\s*,?\s+and\s+{NAME})\s*,\s+(?:the\s+)?(?P<respective>respective\s+)?"
                           rf"(?P<roles>{ROLE_CI}(?:\s*,\s*{ROLE_CI})*\s*,?\s+and\s+{ROLE_CI})\s+(?:of|at)\s+"
                           rf"(?P<org>{ORGP}|the\s+[a-z]+)(?(respective)|\s*,?\s+respectively\b)")
# "A, B and C, deputy directors of X": several names, then the title they share
_NAMES_THEN_ROLE = re.compile(rf"(?P<names>{NAME}(?:\s*,\s*{NAME})*\s*,?\s+and\s+{NAME})\s*,\s+(?:the\s+|both\s+|all\s+)?"
                              rf"(?P<role>{ROLE_CI})\s+(?:of|at)\s+(?P<org>{ORGP}|the\s+[a-z]+\b)")
# where a photograph places a person: "A (left), B (second from right) and C"
_PLACE_IN_PHOTO = re.compile(r"\s\((?:(?:first|second|third|fourth|\d(?:st|nd|rd|th))\s+(?:from\s+)?)?(?:left|right|"
                             r"cent(?:er|re)|front|back|middle|L|R|C)\)", re.I)
# the capitalised words right before a title ("Korvel Pharmaceutical Group Corp. Vice President")
_NAME_BEFORE_TITLE = re.compile(r"(?<![\w&.'-])(?P<run>(?:[A-Z][\w&'-]*\.?[^\S\n]+){0,5}[A-Z][\w&'-]*\.?)[^\S\n]+$")
# words that start a sentence or a clause, not a body's name ("On May 5 Korvel Vice President ...")
_LEAD_WORDS = {"The", "A", "An", "On", "In", "At", "By", "For", "With", "And", "Of", "From", "To", "During", "After", "Before",
               "Distinguished", "Distinguish", "Dear", "Respected", "Honorable", "Honourable", "Esteemed",
               "When", "While", "As", "Recently", "Meanwhile", "However", "Moreover", "Former", "Then", "Late", "Mr", "Ms",
               "Mrs", "Dr", "January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"}
# a form of address between a title and a name ("Deputy Commissioner, Mr. Wen Ming")
# letters of honours after a name ("Rita Lau, JP, Secretary for X", "Alison Brimelow Cbe, President of Y"): not the name
_POSTNOMINAL = re.compile(r"(?<=[a-z]),[^\S\n]*(?:JP|SBS|GBS|BBS|OBE|CBE|MBE|PhD)(?=[^\S\n]*,)|(?<=[a-z])[^\S\n]+(?:Cbe|CBE|Obe|OBE|Mbe|MBE)(?=[^\S\n]*,)")
_HONORIFIC = re.compile(r"(?:,[^\S\n]*)?\b(?:Mr|Ms|Mrs|Dr|Prof|Madame|Madam|Engr|Eng)\.?[^\S\n]+(?=[A-Z][a-z])")  # (Engr.: an engineer's)
# "The X sent deputy commissioners A and B": the body that is the subject of the sentence
_SUBJECT_SENT = re.compile(rf"(?:^|(?<=[.;!?]\s)|(?<=\n))(?:The\s+)?(?P<org>{ORGP})\s+(?:has\s+|had\s+)?(?:sent|dispatched|"
                           rf"delegated|appointed|named|nominated|assigned)\s+$")
# a body's name: capitalised words joined by of/for/and/on/the, with an acronym or a place in brackets after it
_NAMED_BODY = re.compile(r"(?:the\s+)?[A-Z][\w'’&.\u00b8-]*(?:(?:\s+|\s+(?:of|for|on|and|the|de|du|des|del|di)\s+(?:the\s+|la\s+|le\s+|l')?)"
                         r"[A-Z(][\w'’&().\u00b8-]*)*"
                         r"(?:\s*\([A-Z][^()]{0,30}\))?")
_SAME = re.compile(r"^the\s+same\s+(?:body|organi[sz]ation|office|agency|institution|association|department|ministry|"
                   r"administration|court|bureau|commission|committee|council|authority|institute|company|firm)$", re.I)
_PREP = re.compile(r"\s+(?:of|at|with|in|from|for)\s+")  # "spokesperson for the X Commission"
_AND_ROLE = re.compile(rf",[^\S\n]+and[^\S\n]+(?=(?:the[^\S\n]+)?{ROLE_CI}\b)")
# "... and SCIO spokesperson", "... and appointed as the Chief Judge of X"
_SPLIT_ROLES = re.compile(rf"\s*,?\s+and\s+(?:(?:was\s+|is\s+|has\s+been\s+)?(?:appointed|named|designated|elected)\s+as\s+|"
                          rf"(?:also\s+)?serv(?:es|ing)\s+as\s+)?(?!(?:heads|directors|representatives|leaders|officials|members)\b)"
                          rf"(?=(?:the\s+)?(?:[A-Z][A-Z&]+[^\S\n]+)?{ROLE_CI}\b)")  # ("… and heads of IP offices": others, in the plural)
_ANAPHOR = re.compile(r"^(?:the|its|their)\s+(?:office|administration|ministry|commission|committee|court|bureau|"
                      r"department|organi[sz]ation|agency)$", re.I)
_LOCAL_GOVERNMENT = re.compile(r"\b(?P<name>[A-Z][a-z]+ (?:Municipal|Provincial) People's Government|[A-Z][a-z]+ Province"
                               r"|[A-Z][a-z]+ Municipality|People's Government of [A-Z][a-z]+ (?:Province|Municipality))\b")
_LOCAL_ROLES = {"mayor", "governor"}
_ORG_HEADS_LOWER = {w.lower() for w in ORG_HEADS}
# the heads of a body's units: a "Department of X of Y" is a unit of Y
_UNIT_HEADS = {"Department", "Division", "Office", "Bureau", "Section", "Branch", "Centre", "Center", "Directorate",
               "Secretariat", "Unit", "Chamber", "Tribunal"}


_SAME_KIND = {"Court": "(?:Court|Tribunal)", "Tribunal": "(?:Tribunal|Court)"}


# the fields a body's name enumerates after its head: "State Administration of Press, Publication, Radio, Film and
# Television"; their commas are marked (same length) so that no clause ends at them, and given back in the body's name
_FIELD_COMMA = "\u00b8"
_ENUMERATED_FIELDS = re.compile(r"\b(?:" + "|".join(sorted(ORG_HEADS)) + r") of (?P<run>(?:the )?[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)?"
                                r"(?:, [A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)?)+,? and [A-Z][\w'’&-]*)"
                                # "the Education, Science, Culture and Health Committee": the fields before the head
                                r"|(?<!, )(?<![A-Za-z])(?P<run2>[A-Z][\w'’&-]*(?:, [A-Z][\w'’&-]*)+,? and [A-Z][\w'’&-]*) (?=(?:"
                                + "|".join(sorted(ORG_HEADS)) + r")\b)")


def _clean_org(org: str) -> str:
    org = re.sub(r"\s+\([A-Z][A-Za-z &-]*\)$", "", org.strip())
    org = re.sub(r"\s+(?:and|of|the|for|on)$", "", org)
    return org


_INITIALS = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINALS = ("(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|uen|van|ai|ei|ao|ou|an|en|er|in|ia|ie|iu|ua|uo|"
           "ui|un|ue|ve|a|o|e|i|u|v)")
_PINYIN = re.compile(rf"(?:{_INITIALS}{_FINALS}){{1,2}}")
_SYLLABLE = re.compile(rf"{_INITIALS}{_FINALS}")


# a family name in capitals before a given name, as law firms and courts write it: "LUO Dongchuan", "MA Lin"
# (after a form of address, any family name: "Mr. ITO Hitoshi", "Ms. MUNAKATA Naoko", "DSG YAMAMOTO")
_CAPITAL_SURNAME = re.compile(r"(?P<addressed>(?:(?<=\bMr\.\s)|(?<=\bMs\.\s)|(?<=\bDr\.\s)|(?<=\bMrs\.\s)|(?<=\bMr\s)|(?<=\bMs\s)|(?<=\bDr\s)"
                              r"|(?<=\bMadam\s)|(?<=\bProf\.\s))(?=[A-Z]{2,12}\b))?"
                              r"\b(?P<family>[A-Z]{2,12})(?=[^\S\n]+(?P<given>[A-Z][a-z]+(?:-[a-z]+)?)\b)")


def _surname_case(m: re.Match, reference: Reference) -> str:
    """The family name written as a name ("LUO" -> "Luo", same length), where it is one syllable of pinyin, the word
    after it a given name in pinyin, and the capitals no acronym the reference data knows."""
    family, given = m.group("family"), m.group("given")
    if m.group("addressed") is not None and given not in NOT_NAME and not reference.is_acronym(family):
        return family[0] + family[1:].lower()  # "Mr. ITO Hitoshi": a family name of any language after a form of address
    if len(family) <= 6 and _SYLLABLE.fullmatch(family.lower()) and _PINYIN.fullmatch(given.lower().replace("-", "")) \
            and not reference.is_acronym(family):
        return family[0] + family[1:].lower()
    return family


def is_pinyin_name(name: str) -> bool:
    """A Chinese name in pinyin: family name then given name, each one or two syllables."""
    parts = name.split()
    return 2 <= len(parts) <= 3 and all(_PINYIN.fullmatch(p.lower().replace("-", "")) for p in parts)


def _valid_name(name: str) -> bool:
    words = name.split()
    # particles between names ("Omar Bin Khalid Haddad"); a first or last word is a name ("Du Ming", "Wang Bin")
    parts = words[:1] + [p for p in words[1:-1] if not re.fullmatch(_PARTICLE, p)] + words[1:][-1:]
    # a hyphenated given name after a married name ("Rita Lau Ng Wai-lan"): four parts
    most = 4 if len(parts) == 4 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", parts[-1]) else 3
    return 2 <= len(parts) <= most and not any(p in NOT_NAME for p in parts)


def _singular(role: str) -> str:
    """"Deputy Commissioners" -> "Deputy Commissioner", "Heads" -> "Head", "Directors General" -> "Director General"
    (a plural title over several names)."""
    words = role.split()
    if "for" in words:  # "Minister for Foreign Affairs": the head is before "for"
        return " ".join([*_singular(" ".join(words[:words.index("for")])).split(), *words[words.index("for"):]])
    k = len(words) - 2 if len(words) > 1 and words[-1] == "General" else len(words) - 1
    w = words[k]
    if re.fullmatch(r"[A-Za-z]+ies", w):
        words[k] = w[:-3] + "y"
    elif re.fullmatch(r"[A-Za-z]{3,}s", w) and not w.lower().endswith(("ss", "us", "is")):
        words[k] = w[:-1]
    return " ".join(words)


class _Posts:
    def __init__(self, text: str, resolver: AgencyResolver, reference: Reference):
        self.text, self.resolver, self.reference = text, resolver, reference
        self.posts: list[Post] = []
        self.seen: set[tuple[int, str, str, str | None]] = set()
        self.paired: list[tuple[int, int]] = []  # where names and titles are paired in order ("respectively")
        # the text with its asides in brackets blanked, where a clause's end is looked for: "A, X Representative (Pay
        # Grade: Full Minister) and Deputy Minister of Y" is one clause
        self.unbracketed = re.sub(r"\((?![A-Z]{2,8}\))[^()\n]{1,40}\)", lambda m: "~" * len(m.group()), text)
        # "deputy head of China's\nNational Development …": a line broken inside a body's name, after a possessive
        self.unbracketed = re.sub(r"(?<=['’]s)\n(?=[A-Z])", " ", self.unbracketed)
        local = _LOCAL_GOVERNMENT.search(text)
        self.local_government = (local.group("name"), local.start()) if local else None

    def org(self, surface: str | None, start: int) -> tuple[AgencyRef | None, AgencyRef | None]:
        if not surface:
            return None, None
        surface = surface.replace(_FIELD_COMMA, ",")
        head = re.fullmatch(r"(?:the|its|their)\s+(?P<head>[a-z]+)", surface.strip())
        if head and head.group("head").capitalize() in ORG_HEADS:
            named = self.antecedent(head.group("head"), start)  # "of the association": the association named before
            return self.org(*named) if named else (None, None)
        s = re.sub(r"^the ", "", " ".join(_clean_org(surface).split()))  # (a name broken over two lines is one name)
        two = re.fullmatch(r"(?P<a>[A-Z]{2,8})\s+and\s+(?:the\s+)?[A-Z]{2,8}", s)
        if two:  # "deputy director of GAPP and NCA": one post of two bodies (one under two names), the first named
            return self.org(two.group("a"), start)
        possessive = re.match(r"(?P<parent>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)['’]s\s+(?P<unit>\S.*)$", s)
        if possessive:  # "SIPO's International Cooperation Department", "the SPC's IP court"
            parent = self.resolver.resolve(possessive.group("parent"), start, start + possessive.end("parent"), strict=False)
            unit = possessive.group("unit")
            if parent and parent.key:
                return AgencyRef(surface=unit, key=None, span=Span(start, start + len(s))), parent
            own = self.resolver.resolve(unit, start + possessive.start("unit"), start + len(s), strict=False)
            if own and own.key:  # "China's National Development and Reform Commission": the commission
                return own, None
        ref = self.resolver.resolve(s, start, start + len(s), strict=False)
        if not (ref and ref.key) and not re.match(r"(?:Ministry|Commission|Administration|Office)\b", s) \
                and s.split()[-1] not in ORG_HEADS:  # ("Education, Science, Culture and Health Committee": a body's own name)
            # "Minister of Commerce": the body a minister heads is the Ministry of Commerce
            key = self.resolver.name("Ministry of " + " ".join(w if w in ("and", "of", "the") else w[:1].upper() + w[1:]
                                                               for w in s.split()))  # written in lower case: "of commerce"
            if key:
                return AgencyRef(surface=s, key=key, span=Span(start, start + len(s))), None
        if ref and ref.key:
            return ref, None
        # a unit of a body: "General Affairs Office of the CNIPA", "Department of Treaty and Law of CNIPA", and of a
        # body no reference file knows, where the unit's name says it is one ("Department of Protection of the VDRA")
        for m in reversed(list(re.finditer(r"\s+of\s+(?:the\s+)?(?=[A-Z])", s))):
            parent = self.resolver.resolve(s[m.end():], start + m.end(), start + len(s), strict=False)
            if parent and (parent.key or s.split()[0] in _UNIT_HEADS):
                return AgencyRef(surface=s, key=None, span=Span(start, start + len(s))), parent
        if ref is None and s[:1].islower() and set(s.lower().split()) & _ORG_HEADS_LOWER:
            return AgencyRef(surface=s, key=None, span=Span(start, start + len(s))), None  # "the IP court"
        if ref is None and re.fullmatch(r"[A-Z]{2,8}", s) and s in self.resolver.defined:
            return AgencyRef(surface=s, key=None, span=Span(start, start + len(s))), None  # "BFA Secretary General": the
        return ref, None  # acronym the text defines for a body no file knows

    def add(self, name: str, role: str, org_surface: str | None, org_start: int, span: Span,
            org: tuple[AgencyRef | None, AgencyRef | None] | None = None) -> None:
        name = re.sub(r"'s$", "", name.strip())
        if not _valid_name(name):
            return
        role = _singular(" ".join(w[:1].upper() + w[1:] if w.islower() and w not in ("of", "the", "for", "and") else w
                                  for w in role.split()))
        org_ref, parent = org if org is not None else self.org(org_surface, org_start)
        own = re.match(r"(?:court|office|bureau|ministry|administration|company|firm|agency|council|commission)['’]s\s+",
                       org_ref.surface) if org_ref is not None and org_ref.key is None else None
        if own:  # "deputy head of the court's technical investigation department": the unit, its body named before
            org_ref = AgencyRef(surface=org_ref.surface[own.end():], key=None,
                                span=Span(org_ref.span.start + own.end(), org_ref.span.end))
        if org_ref is None:
            org_ref = self._inherited(role)
        key = (span.start, name, role, org_ref.surface if org_ref else None)
        if key in self.seen or any(p.person == name and p.role == role and _same_body(p.org, org_ref) for p in self.posts):
            return  # found before, with its body named alike or otherwise (WIPO, the World Intellectual Property Organization)
        if org_ref is not None:  # a post found again with its organisation replaces the one without
            self.posts = [p for p in self.posts if not (p.person == name and p.role == role and p.org is None)]
        elif any(p.person == name and p.role == role for p in self.posts):
            return
        self.seen.add(key)
        self.posts.append(Post(person=name, role=role, org=org_ref, span=span, parent_org=parent))

    def antecedent(self, head: str, before: int) -> tuple[str, int] | None:
        """The last body named before `before` whose name has the head noun ("the association" -> "the Kelp
        Growers Association")."""
        head = head.capitalize()
        head = _SAME_KIND.get(head, head)  # "the court" after "the Beijing IP Tribunal": a tribunal is a court
        rx = re.compile(rf"(?:(?!(?:The|A|An|This|Its)\b)[A-Z][\w'&.-]*[^\S\n]+){{0,6}}{head}"
                        rf"(?:[^\S\n]+(?:of|for|on|and)[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'&.-]*(?:[^\S\n]+[A-Z][\w'&.-]*)*)*\b")
        found = [m for m in rx.finditer(self.text, 0, before) if not re.fullmatch(head, m.group())]
        return (found[-1].group(), found[-1].start()) if found else None

    def last_org(self) -> tuple[AgencyRef | None, AgencyRef | None] | None:
        """The body of the post read last (what "the same body" refers to)."""
        p = next((p for p in reversed(self.posts) if p.org is not None), None)
        return (p.org, p.parent_org) if p else None

    def _inherited(self, role: str) -> AgencyRef | None:
        """A role without an organisation takes that of the latest post of the same kind, the local government
        the document names (mayors, governors), else the reference default."""
        head = role.split()[-1].lower()
        for p in reversed(self.posts):
            if p.org and p.role.split()[-1].lower() == head:
                return p.org
        if head in _LOCAL_ROLES and self.local_government:
            name, at = self.local_government
            return AgencyRef(surface=name, key=self.resolver.name(name), span=Span(at, at + len(name)))
        fact = self.reference.default_orgs.get(role.lower())
        if fact:
            return AgencyRef(surface=role, key=fact.value, span=Span(0, 0))
        return None

    def appositive(self, name: str, start: int, span_start: int) -> None:
        """The roles written after a name, up to the end of the clause: "a lawyer at X", "Role and Role of X",
        "Director of International Policy of X", "director of X and spokesperson of the office"."""
        end = _CLAUSE_END.search(self.unbracketed, start)
        while end and _AND_ROLE.match(self.text, end.start()):  # "director of X, and vice minister of Y": one clause
            end = _CLAUSE_END.search(self.unbracketed, _AND_ROLE.match(self.text, end.start()).end())
        stop = end.start() if end else len(self.text)
        # "A, Deputy Director General, Treaty and Law Department, MOFCOM": the title's body after a comma, and its parent
        tail_text = re.split(r"[^\S\n]+and[^\S\n]+(?=(?:Mr|Ms|Mrs|Dr|Prof)\b)", self.text[stop:stop + 200])[0]  # (… and Mr B, …)
        more = re.match(rf",[^\S\n]+(?:the[^\S\n]+)?(?P<org>{_ORG_RUN})(?:,[^\S\n]+(?:the[^\S\n]+)?(?P<parent>{_ORG_RUN}))?"
                        rf"(?=[^\S\n]*[,.;]|[^\S\n]+(?:attended|said|spoke|noted|added|and)\b|$)", tail_text) if end else None
        if more and re.fullmatch(rf"\s*(?:the\s+)?(?:{ROLE_RE})(?:\s+of\s+(?:Unit|Division|Section))?\s*", self.text[start:stop]) \
                and (more.group("org").split()[-1] in ORG_HEADS or re.match(r"[A-Z]{2,8}\b", more.group("org"))):
            stop += more.end()
        chunk = self.text[start:stop]
        heads = "|".join(sorted(ORG_HEADS))
        tail = re.search(rf"\b(?:{heads})[ ](?P<n>[A-Z][a-z]+(?:[ ][A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){{1,2}})$", chunk.rstrip())
        if tail and _valid_name(tail.group("n")) and re.match(r"\s*,|\s+and\s", self.text[stop:stop + 6]):
            return  # "A, Secretary of the X Committee B, President of Y C": the title of the name after the body, in a list
        other = re.search(rf"\s+and\s+{NAME}$", chunk)  # "A, KIPO Deputy Commissioner and B, Head of X": B's own title follows
        if other and _valid_name(other.group().split(None, 1)[1]) and not re.search(ROLE_RE, other.group()):
            chunk = chunk[:other.start()]
        if re.search(r"\brespectively\s*$", chunk) or any(a <= start < b for a, b in self.paired):
            return  # "A and B, the X and Y of Z respectively": titles paired with names, read by _respectively
        roles: list[tuple[str, tuple[AgencyRef | None, AgencyRef | None]]] = []
        pos = 0
        pieces = []
        for m in _SPLIT_ROLES.finditer(chunk):
            pieces.append((pos, chunk[pos:m.start()]))
            pos = m.end()
        pieces.append((pos, chunk[pos:]))
        for off, piece in pieces:
            country = re.match(r"\s*(?:the\s+)?(?:[A-Z]\.){2,3}\s+", piece)  # "A, U.S. Trade Representative": whose title
            r = _ROLE_AT_START.match(piece, country.end()) if country else _ROLE_AT_START.match(piece)
            acronym = _ACRONYM_BEFORE_ROLE.match(piece) if not r else None
            party = False
            if acronym:  # "Wen Ming, KIPO Deputy Commissioner": the body's acronym before the title
                r = _ROLE_AT_START.match(piece, acronym.end())
                if r and not piece[r.end():].strip() and off == 0 and len(pieces) > 1 \
                        and not self.resolver.reference.is_acronym(acronym.group("acr")):
                    party = True  # "A, CPC secretary and president of X": a party's title in the body the next one names
                elif not r or not (self.resolver.reference.is_acronym(acronym.group("acr"))
                                   or acronym.group("acr") in self.resolver.defined):
                    break
            if not r:
                break
            role, rest = r.group("role"), piece[r.end():]
            if party:
                roles.append((f"{acronym.group('acr')} {role}", (None, None)))
                continue
            rest = re.sub(r"^\s*\((?![A-Z]{2,8}\))[^()\n]{1,40}\)\s*$", "", rest)  # "... Representative (Pay Grade: Full Minister)"
            longer = re.match(r"\s+and\s+(?:[A-Z][\w-]*\s+){1,3}(?=of\s)", rest) if re.search(r"\b(?:for|of)\s", role) else None
            if longer:  # "Secretary for Commerce and Economic Development of X": one title of two fields
                role, rest = role + longer.group().rstrip(), rest[longer.end() - 1:]
            if acronym and not rest.strip():
                roles.append((role, self.org(acronym.group("acr"), start + off)))
                continue
            kind_only = re.match(r"\s+of\s+(?P<k>Unit|Division|Section)\b(?=\s*[,¸]|\s*$)", rest)
            if kind_only:  # "Head of Unit, DG Trade": the title names a kind of unit, the body follows it
                role, rest = f"{role} of {kind_only.group('k')}", rest[kind_only.end():]
            comma_body = re.fullmatch(rf"\s*[,¸]\s+(?:the\s+)?(?P<org>{_ORG_RUN})(?:\s*[,¸]\s+(?:the\s+)?(?P<parent>{_ORG_RUN}))?\s*[,.;]?\s*",
                                      rest)  # (¸: a comma read as one between a name's fields, "General, Treaty and Law …")
            if comma_body and (comma_body.group("org").split()[-1] in ORG_HEADS or re.match(r"[A-Z]{2,8}\b", comma_body.group("org"))):
                # "A, Deputy Director General, Treaty and Law Department, MOFCOM": the body, then its parent, a comma apart
                o_at = start + off + r.end() + comma_body.start("org")
                unit = AgencyRef(surface=comma_body.group("org"), key=None, span=Span(o_at, o_at + len(comma_body.group("org"))))
                known = self.org(comma_body.group("org"), o_at)
                parent = None
                after = re.match(rf",[^\S\n]+(?:the[^\S\n]+)?(?P<p>{_ORG_RUN})", self.text[stop:]) \
                    if not comma_body.group("parent") and off + len(piece) >= len(chunk.rstrip()) else None
                p_text = comma_body.group("parent") or (after.group("p") if after else None)  # (", Body" after the chunk)
                if p_text:
                    p_at = start + off + r.end() + comma_body.start("parent") if comma_body.group("parent") else stop + after.start("p")
                    parent = self.org(p_text, p_at)[0] or AgencyRef(surface=p_text, key=None, span=Span(p_at, p_at + len(p_text)))
                roles.append((role, known if known[0] is not None and known[0].key else (unit, parent)))
                continue
            bracket = re.fullmatch(r"\s*\((?P<acr>[A-Z]{2,8})\)\s*", rest)
            if bracket:  # "A, U.S. Trade Representative (USTR), …": the office's acronym after the title
                acr_at = start + off + r.end() + bracket.start("acr")
                known = self.org(bracket.group("acr"), acr_at)
                roles.append((role, known if known[0] is not None else (
                    AgencyRef(surface=bracket.group("acr"), key=None, span=Span(acr_at, acr_at + len(bracket.group("acr")))), None)))
                continue
            direct = re.match(rf"[^\S\n]+(?P<org>{_ORG_RUN})(?:[^\S\n]*\((?P<acr>[A-Z]{{2,8}})\))?(?:[^\S\n]+[A-Z][a-z]+)?[^\S\n]*[,.;]?\s*$",
                              rest) if not _PREP.match(rest) else None
            if direct and direct.group("org").split()[-1] in ORG_HEADS \
                    and not is_pinyin_name(" ".join(direct.group("org").split()[:2])):  # ("Vice-governor A B of X Province")
                # "Dr. A, Deputy Commissioner State Intellectual Property Office (SIPO) China": the body right after the title
                o_at = start + off + r.end() + direct.start("org")
                unit = AgencyRef(surface=direct.group("org"), key=None, span=Span(o_at, o_at + len(direct.group("org"))))
                known = self.org(direct.group("acr"), start + off + r.end() + direct.start("acr")) if direct.group("acr") \
                    else self.org(direct.group("org"), o_at)
                roles.append((role, known if known[0] is not None else (unit, None)))
                continue
            prep = _PREP.match(rest)
            org: tuple[AgencyRef | None, AgencyRef | None] = (None, None)
            if not prep and re.match(r"\s+to\s+(?:the\s+)?[A-Z]", rest) and re.search(r"Ambassador|Envoy|Representative$", role):
                roles.append((role, org))  # "Chinese Ambassador to Latvia": the country is where, not whose, the post is
                continue
            if prep:
                org_text = rest[prep.end():].strip()
                this = re.match(r"(?:this|that)\s+(?=[A-Z])", org_text)  # "Chief Judge of this X Tribunal"
                shift = this.end() if this else 0
                org_text = org_text[shift:]
                named = _NAMED_BODY.match(org_text)
                own = re.match(r"(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s\s+(?:[a-z]+\s+){0,4}(?P<h>[a-z]+)\b", org_text)
                if own and own.group("h").capitalize() in ORG_HEADS:  # "the SPC's intellectual property tribunal"
                    org_text = own.group()
                kind = re.match(r"(?:the|its|their)\s+(?P<head>[a-z]+)(?=\s+(?:at|in|on|of|for|with)\b|\s*[,.;]|\s*$)", org_text)
                if kind and kind.group("head").capitalize() in ORG_HEADS:  # "of the customs at the X post office"
                    org_text = kind.group()
                if named and not _ANAPHOR.match(org_text) and not _SAME.match(org_text.rstrip(".,; ")) \
                        and not re.match(r"(?:its|their)\s", org_text) and not (own and org_text == own.group()):
                    org_text = named.group()  # "... (CNIPA) recently met": the body's name, not the words after it
                org_at = start + off + r.end() + prep.end() + shift
                both = re.fullmatch(r"(?P<a>[A-Z][A-Z&]+)\s+and\s+(?P<b>[A-Z][A-Z&]+)", org_text.rstrip(".,; "))
                if both and all(self.resolver.reference.is_acronym(both.group(k)) or both.group(k) in self.resolver.defined
                                for k in "ab"):  # "Vice Minister of SAPPRFT and NCAC": the post in each body
                    roles.append((role, self.org(both.group("a"), org_at + both.start("a"))))
                    roles.append((role, self.org(both.group("b"), org_at + both.start("b"))))
                    continue
                role, org_text, org_at = self._role_of_field(role, org_text, org_at)
                if _ANAPHOR.match(org_text) and roles and roles[-1][1][0]:
                    org = roles[-1][1]  # "... and spokesperson of the office"
                elif _SAME.match(org_text.rstrip(".,; ")) and (roles and roles[-1][1][0] or self.last_org()):
                    org = roles[-1][1] if roles and roles[-1][1][0] else self.last_org()  # "of the same body"
                elif re.match(r"(?:its|their)\s+", org_text) and roles and roles[-1][1][0]:
                    unit = re.sub(r"^(?:its|their)\s+", "", org_text)
                    org = (AgencyRef(surface=unit, key=None, span=Span(org_at, org_at + len(org_text))),
                           roles[-1][1][1] or roles[-1][1][0])
                else:
                    org = self.org(org_text, org_at)
                    head = re.fullmatch(r"(?:the|its|their)\s+(?P<head>[a-z]+)", org_text.strip().rstrip(".,;"))
                    own = next((p for p in reversed(self.posts) if head and p.person == name and p.org
                                and p.org.surface.split()[-1].lower() == head.group("head")), None)
                    if own:  # "I'm A, spokesperson and director of the office": the office A's post named before
                        org = (own.org, own.parent_org)
                    place = _PLACE_NAME.fullmatch(org_text.rstrip(".,; "))
                    if org[0] is None and place and (not set(place.group().split()) & (NOT_NAME - {"China", "Beijing"})
                                                     or re.match(r"[A-Z]{2,}\s", place.group())):  # "IP Australia"
                        # "Vice Chairman of Korvel Hui Autonomous": the place or body the title names, whatever its head
                        org = (AgencyRef(surface=place.group(), key=None, span=Span(org_at, org_at + len(place.group()))), None)
            elif rest.strip():
                break
            elif r.group("det") in ("its ", "their ") and self.last_org():
                org = self.last_org()  # "... of the X Bureau, and attended by B, its Director"
            elif r.group("nation"):  # "A, Singaporean Deputy Prime Minister": of the country the text names by that adjective
                country = self._country(r.group("nation").strip())
                if country:
                    org = (country, None)
            roles.append((role, org))
        # "Chief Executive and Comptroller General of X": a role without an organisation shares the next one's
        for i in range(len(roles) - 2, -1, -1):
            if roles[i][1][0] is None and roles[i + 1][1][0] is not None:
                roles[i] = (roles[i][0], roles[i + 1][1])
        for i in range(1, len(roles)):  # "deputy secretary of the leading Party group of X and vice president": of X
            prev = roles[i - 1][1][0]
            group = re.match(r"(?:the\s+)?(?:leading\s+)?Party\s+(?:group|committee|members\s+group)\s+(?:of|at|in)\s+(?:the\s+)?"
                             r"(?P<body>\S.*)$", prev.surface, re.I) if roles[i][1][0] is None and prev else None
            if group:
                roles[i] = (roles[i][0], self.org(group.group("body"), prev.span.start + group.start("body")))
        if len(roles) > 1 and roles[-1][1][0] is None and roles[-2][1][0] is not None:
            roles[-1] = (roles[-1][0], roles[-2][1])  # "Vice President of X and Second-level Justice": a rank in X
        if len(roles) == 1 and roles[0][1][0] is None and end and self.text[end.start()] == ",":
            roles[0] = (roles[0][0], self._trailing_org(end.end()))  # "By Chen Jialin, Partner, Qingyuan & Partners"
        span = Span(span_start, stop)
        for role, org in roles:
            self.add(name, role, None, 0, span, org=org if org[0] is not None else None)

    def _country(self, adjective: str) -> AgencyRef | None:
        """The country an adjective of nationality names, where the text names it too ("Singaporean": Singapore)."""
        for cut in ("ean", "an", "ese", "ish", "n"):
            if adjective.endswith(cut) and len(adjective) - len(cut) >= 4:
                stem = adjective[:-len(cut)]
                found = re.search(rf"\b{re.escape(stem)}[a-z]?\b", self.text)
                if found and found.group() != adjective:
                    return AgencyRef(surface=found.group(), key=None, span=Span(found.start(), found.end()))
        return None

    def _role_of_field(self, role: str, org_text: str, org_at: int) -> tuple[str, str, int]:
        """"Director of International Policy of the UKIPO": a field that names no body belongs to the role."""
        m = re.match(r"(?P<field>[^,]+?)\s+(?:of|at)\s+(?:the\s+)?(?P<org>[A-Z].*)$", org_text)
        if not m:
            return role, org_text, org_at
        field = m.group("field")
        if set(field.split()) & ORG_HEADS or set(field.lower().split()) & _ORG_HEADS_LOWER or "'s" in field:
            return role, org_text, org_at
        if self.resolver.resolve(field, org_at, org_at + len(field), strict=False) is not None:
            return role, org_text, org_at
        return f"{role} of {field}", m.group("org"), org_at + m.start("org")

    def _trailing_org(self, at: int) -> tuple[AgencyRef | None, AgencyRef | None]:
        """"By Chen Jialin, Partner, Qingyuan & Partners", "Ana Berg, Senior Director, Patent Branch, Kelp Office
        (KO), Rosetown": the comma-separated segments after the title that name bodies (a unit, then its body)."""
        line_end = self.text.find("\n", at)
        line = self.text[at:line_end if line_end >= 0 else len(self.text)]
        bodies = []
        pos = at
        segments = line.split(",")
        for n, seg in enumerate(segments):
            s0 = pos + len(seg) - len(seg.lstrip())
            pos += len(seg) + 1
            last = n == len(segments) - 1
            seg = re.sub(r"[.;]?(?:\s+and)?\s*$", "", seg.strip()) if last else seg.strip().rstrip(".;")
            if seg and re.match(r"[A-Z]", seg) and (set(re.sub(r"\([^)]*\)", "", seg).split()) & ORG_HEADS or "&" in seg
                                                    or self.resolver.resolve(seg, s0, s0 + len(seg), strict=False)):
                bodies.append((seg, s0))
                continue
            if last and not bodies and re.fullmatch(r"[A-Z][\w&'-]+(?:\s[A-Z][\w&'-]+){0,2}", seg) \
                    and not set(seg.split()) & NOT_NAME:
                bodies.append((seg, s0))  # "A, chief legal officer, Kelpcorp;": the line ends with the body's name
            break
        if not bodies:
            return None, None
        if len(bodies) == 1:
            org = self.org(*bodies[0])
            seg, s0 = bodies[0]
            return org if org[0] else (AgencyRef(surface=seg, key=None, span=Span(s0, s0 + len(seg))), None)
        unit, parent = self.org(*bodies[0]), self.org(*bodies[-1])
        return (unit[0], parent[0]) if unit[0] and parent[0] else (parent[0], None)


def _same_body(a: AgencyRef | None, b: AgencyRef | None) -> bool:
    """One body: the same reference, or the same name written the same way."""
    return a == b or (a is not None and b is not None and a.key is not None and a.key == b.key)


def find_posts(text: str, resolver: AgencyResolver, reference: Reference) -> list[Post]:
    text = _PLACE_IN_PHOTO.sub(lambda m: " " * len(m.group()), text)  # "A (left), B (right)": the names, same offsets
    text = _CAPITAL_SURNAME.sub(lambda m: _surname_case(m, reference), text)  # "Judge LUO Dongchuan": Luo Dongchuan
    titled = list(_ROLE_BODY_TITLED_NAME.finditer(text))  # (read before the forms of address are blanked: they mark the name)
    text = _HONORIFIC.sub(lambda m: " " * len(m.group()), text)  # "Vice President Mr. Wen Ming": the title, then the name
    text = re.sub(r"(?<=[a-z]) Of (?=[A-Z])", " of ", text)  # "President Of X Court A": a headline's capitals
    text = re.sub(r"\b(Vice|Deputy|Assistant)-([a-z])", lambda m: f"{m.group(1)}-{m.group(2).upper()}", text)  # Vice-governor
    text = _POSTNOMINAL.sub(lambda m: " " * len(m.group()), text)  # "Rita Lau, JP, Secretary": the name, then the title
    text = _ENUMERATED_FIELDS.sub(lambda m: m.group()[:m.start("run") - m.start()] + m.group("run").replace(",", _FIELD_COMMA)
                                  if m.group("run") else m.group().replace(",", _FIELD_COMMA),
                                  text)  # "Administration of Press, Publication, Radio, Film and Television"
    acc = _Posts(text, resolver, reference)
    found: list[tuple[int, Callable[[], None]]] = []

    for m in _RESPECTIVELY.finditer(text):
        acc.paired.append((m.start(), m.end()))
        found.append((m.start(), lambda m=m: _respectively(acc, m)))
    for m in _NAMES_THEN_ROLE.finditer(text):
        if not re.match(r"\s*,?\s+respectively\b", text[m.end():]):
            found.append((m.start(), lambda m=m: _names_then_role(acc, m)))

    for m in _WHO_WAS.finditer(text):
        found.append((m.start(), lambda m=m: _who_was(acc, m)))
    for m in _POSTED_BY.finditer(text):
        found.append((m.start(), lambda m=m: _who_was(acc, m)))
    for m in titled:
        if " " not in m.group("org") and not m.group("acr"):  # "Secretary Commerce Mr. A": the field, named as written
            field = (AgencyRef(surface=m.group("org"), key=None, span=Span(m.start("org"), m.end("org"))), None)
            found.append((m.start(), lambda m=m, field=field: acc.add(m.group("name"), m.group("role"), None, 0,
                                                                     Span(m.start(), m.end()), org=field)))
            continue
        found.append((m.start(), lambda m=m: acc.add(m.group("name"), m.group("role"), m.group("acr") or m.group("org"),
                                                     m.start("acr") if m.group("acr") else m.start("org"), Span(m.start(), m.end()))))
    for m in _CARD.finditer(text):
        found.append((m.start(), lambda m=m: _who_was(acc, m)))
    for m in _BRAND_CARD.finditer(text):
        found.append((m.start(), lambda m=m: acc.add(m.group("name"), m.group("role"), None, 0, Span(m.start(), m.end()), org=(
            AgencyRef(surface=m.group("org"), key=None, span=Span(m.start("org"), m.end("org"))), None))))
    for m in _ACRONYM_ROLE_NAME.finditer(text):
        found.append((m.start(), lambda m=m: _who_was(acc, m)))
    for m in _NAME_BRACKET.finditer(text):
        found.append((m.start(), lambda m=m: _who_was(acc, m)))
    for m in _EACH_RESPECTIVELY.finditer(text):
        acc.paired.append((m.start(), m.end()))
        found.append((m.start(), lambda m=m: _each_respectively(acc, m)))
    for m in _BYLINE.finditer(text):
        found.append((m.start(), lambda m=m: _roles_then_name(acc, m)))
    for m in _BYLINE_ONE_SPACE.finditer(text):
        if is_pinyin_name(m.group("name")):
            found.append((m.start(), lambda m=m: _roles_then_name(acc, m)))
    for m in _AFTER.finditer(text):
        before = re.search(r"\b(?P<head>\w+)[^\S\n]+(?:of|for)[^\S\n]+$", text[max(0, m.start() - 30):m.start()])
        if before and before.group("head") in ORG_HEADS:
            continue  # "Chairman of X Society of Rosetown Li Ming, Chairman of Y": a body's place, then a name
        found.append((m.start(), lambda m=m: acc.appositive(m.group("name"), m.end(), m.start())))
    units_end: set[int] = {m.end() for m in _BEFORE.finditer(text)}  # where a "Title Name" or "Title of Body Name" ends,
    # that another may follow in a list ("Vice Premier A, Secretary of the X Committee B, President of the Y Bank C")
    for m in _ROLE_OF_NAME.finditer(text):
        if re.search(r"(?<![A-Z])\.(?:\s|$)", m.group("roles")):
            continue  # "... of the Hague Registry. Ma Lin, ...": a sentence ends between the title and the name
        listed = any(0 <= m.start() - e <= 2 and text[e:m.start()].strip() in (",", "") for e in units_end)
        if re.search(rf"{NAME},\s*(?:the\s+)?$", text[max(0, m.start() - 80):m.start()]) and not listed:
            continue  # "A, Director General of the Organisation B de la C": the title of the name before it
        if re.match(r"[ ][A-Z][a-z]", text[m.end():]):
            continue  # "... of Hong Kong Special Administration Region": the "name" goes on as a body's name
        if is_pinyin_name(m.group("name")) or re.search(r"\([A-Z][A-Za-z]+\)$", m.group("roles")) \
                or set(m.group("roles").split()) & ORG_HEADS:  # "Head of the X Office of Y Ana Berg attended"
            found.append((m.start(), lambda m=m: _roles_then_name(acc, m)))
            units_end.add(m.end())
    for m in _LOWER_ROLE_OF_BODY_NAME.finditer(text):
        role = m.group("roles").split(" of ", 1)[0]
        if is_pinyin_name(m.group("name")) and re.fullmatch(ROLE_CI, role):
            found.append((m.start(), lambda m=m, role=role: acc.add(
                m.group("name"), role, m.group("roles").split(" of ", 1)[1], m.start("roles") + len(role) + 4,
                Span(m.start(), m.end()))))
    for m in _FIELD_ROLE_NAME_OF.finditer(text):
        field = m.group("role").split(" of ", 1)[1]
        if not set(field.split()) & ORG_HEADS and acc.resolver.resolve(field, 0, 0, strict=False) is None \
                and "Minister" not in m.group("role"):  # ("Minister of Commerce A of X": a ministry, read elsewhere)
            found.append((m.start(), lambda m=m: _field_role_name_of(acc, m)))
    for m in _NAME_BODY_TITLE.finditer(text):
        if m.group("org").split()[-1] in ORG_HEADS:
            found.append((m.start(), lambda m=m: acc.add(m.group("name"), m.group("role"), m.group("org"), m.start("org"),
                                                         Span(m.start(), m.end()))))
    for m in _APPOINTED.finditer(text):
        found.append((m.start(), lambda m=m: _appointed(acc, m)))
    for m in _NOW_SERVES.finditer(text):
        found.append((m.start(), lambda m=m: _appointed(acc, m)))
    for m in _LOWER_ROLE_NAME.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        # "Chinese Foreign Ministry spokesperson A", "SIPO director B": a body's name before the title in lower case
        body_before = re.search(r"(?:\b[A-Z]{2,8}|\b(?:" + "|".join(sorted(ORG_HEADS)) + r"))\s*$", before)
        if is_pinyin_name(m.group("name")) and (not re.search(r"[A-Z]\S*\s*$", before) or body_before):
            found.append((m.start(), lambda m=m: _lower_role_name(acc, m)))
    for m in _BEFORE.finditer(text):
        found.append((m.start(), lambda m=m: _role_before_names(acc, m)))
    for m in _PAREN.finditer(text):
        found.append((m.start(), lambda m=m: _parenthesised_role(acc, m)))
    for _, f in sorted(found, key=lambda x: x[0]):
        f()
    # "Tang, who currently serves as ...": a later mention by family name, resolved to the person found first;
    # "Ana Berg, who serves as Head of X": a full name
    for m in _WHO.finditer(text):  # either end of the name: "Daren Tang" is written in Western order
        short = m.group("short")
        if " " in short and _valid_name(short):
            acc.appositive(short, m.end(), m.start())
            continue
        full = {p.person for p in acc.posts if short in (p.person.split()[0], p.person.split()[-1])}
        if len(full) == 1:
            full = full.pop()
            acc.appositive(full, m.end(), m.start())
    # "Spokesperson and Director of the General Office of X": a body's spokesperson speaks for the body, not its unit
    for i, p in enumerate(acc.posts):
        unit = _UNIT_OF.fullmatch(p.org.surface) if p.org is not None and p.role.lower() in _SPOKESPERSONS else None
        if unit and any(q.person == p.person and q is not p and q.org is not None and q.org.surface == p.org.surface
                        for q in acc.posts):
            parent = p.parent_org
            if parent is None:
                at = p.org.span.start + unit.start("parent")
                parent = acc.org(unit.group("parent"), at)[0] or AgencyRef(
                    surface=unit.group("parent"), key=None, span=Span(at, at + len(unit.group("parent"))))
            acc.posts[i] = Post(person=p.person, role=p.role, org=parent, span=p.span, parent_org=None)
    # "Minister" beside "Vice Minister" of one person and body (a title read without its modifier in lower case): one post
    return [p for p in acc.posts if not any(
        q is not p and q.person == p.person and q.org == p.org and q.role.lower().endswith(" " + p.role.lower()) for q in acc.posts)]


_SPOKESPERSONS = ("spokesperson", "spokesman", "spokeswoman")
_UNIT_OF = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Office|Department|Division|Bureau|Section)\s+of\s+(?:the\s+)?(?P<parent>[A-Z].*)")


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


_ROLE_SPLIT = re.compile(rf"(?P<role>{ROLE_CI})(?:\s+of\s+(?P<org>{ORGP}))?")


# an acronym the reference data does not know, taken as the body of the title after it ("MyIPO Deputy Director
# General X") where nothing else names one: three letters or more, two capitals at least, no word of a title
_UNKNOWN_ACRONYM = re.compile(rf"(?:[A-Z]{{3,}}|{_ACRONYM_MIXED})")


_ABBREVIATION = re.compile(r"(?:[A-Z]|Co|Corp|Inc|Ltd|Dept|Bros|St|No|Mt|Jr|Sr|Gov|Govt|Int|Intl|Assn|Univ)\.")


def _after_sentence_end(words: list[str]) -> list[str]:
    """The words of a run after the last full stop that ends a sentence ("... Nanhui District. Shanghai Vice Mayor A":
    Shanghai), a full stop of an abbreviation ("Korvel Corp. Vice President") aside."""
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1].endswith(".") and not _ABBREVIATION.fullmatch(words[i - 1]):
            return words[i:]
    return words


def _role_before_names(acc: _Posts, m: re.Match) -> None:
    names = []
    for n in re.finditer(NAME, m.group("names")):
        after = acc.text[m.start("names") + n.end():]
        if names and re.match(rf"\s*,\s*(?:a |an |the )?{ROLE_CI}\b", after):
            break  # "Deputy Commissioner He Zhimin, Chen Wei, Director General of ...": the next name has its own title
        if names and re.match(rf"(?:[^\S\n]+[A-Z][\w&'-]*\.?){{0,4}}(?:[^\S\n]+\([A-Z]{{2,8}}\))?[^\S\n]+{ROLE_RE}\b", after):
            break  # "Vice President A, Korvel Motors Vice President B": a body before the next title, not a name (its
            # acronym in brackets after it: "… and Kelby Patent Office (KPO) Commissioner C")
        names.append(n.group())
    org = m.group("org") or m.group("org2")
    pos = m.start("org") if m.group("org") else (m.start("org2") if m.group("org2") else 0)
    if m.group("via") == "from" and org == m.group("org2") and not set(m.group("org2").split()) & ORG_HEADS:
        org, pos = None, 0  # "Mayor A from Rosetown": a place, not the body the post is in
    # ("JPO Commissioner A of Japan": the acronym is the body, the country after the name only says whose it is)
    org2_no_body = m.group("org2") is None or not set(re.sub(r"^the\s+", "", m.group("org2")).split()) & ORG_HEADS
    if m.group("org") and not acc.resolver.reference.is_acronym(m.group("org")) and m.group("org") not in acc.resolver.defined \
            and not (org2_no_body and _UNKNOWN_ACRONYM.fullmatch(m.group("org"))):
        org, pos = m.group("org2"), m.start("org2") if m.group("org2") else 0
    if len(names) < len(re.findall(NAME, m.group("names"))):
        org, pos = (m.group("org"), m.start("org")) if m.group("org") else (None, 0)
    window = max(0, m.start() - 12)
    before = re.search(r"\b([A-Z]{2,8})\s+$", acc.text[window:m.start("roles")]) if not m.group("org") else None
    if before and org is not None and org == m.group("org2") and org2_no_body and _UNKNOWN_ACRONYM.fullmatch(before.group(1)):
        # "… and KIPO Commissioner B of the Republic of Korea": the acronym before the title (read with the clause before)
        org, pos = before.group(1), window + before.start(1)
    direct = None  # a body read here whatever its name's head
    serves = _WHO_SERVES_IN.match(acc.text, m.end("names")) if org is None and len(names) == 1 else None
    if serves:  # "Judge A (甲), who serves in the X Court, …": the body the clause names
        org, pos = serves.group("org"), serves.start("org")
    if org is None:
        line_start = acc.text.rfind("\n", 0, m.start()) + 1
        subject = _SUBJECT_SENT.search(acc.text[line_start:m.start()])
        if subject:  # "The X sent Deputy Commissioners A and B"
            org, pos = subject.group("org"), line_start + subject.start("org")
        else:  # "Korvel International Containers Vice President A": the body named right before the title
            named = _NAME_BEFORE_TITLE.search(acc.text[line_start:m.start()])
            words = _after_sentence_end(named.group("run").split()) if named else []
            while words and words[0].rstrip(".,") in _LEAD_WORDS:
                words = words[1:]
            possessive = bool(re.search(r"['’]s$", " ".join(words)))
            run = re.sub(r"['’]s$", "", " ".join(words))  # "Hong Kong's Permanent Secretary": Hong Kong
            if run == "Chinese":  # "Chinese Premier A": China's own posts have the bodies the reference data gives them
                words = []
            if words and (possessive or not is_pinyin_name(run)) and not any(w in HEADLINE_VERBS or w in ROLE_WORDS for w in words):
                at = line_start + named.start("run") + named.group("run").index(run)
                ref = acc.resolver.resolve(run, at, at + len(run), strict=False)
                direct = (ref if ref else AgencyRef(surface=run.rstrip("."), key=None, span=Span(at, at + len(run))), None)
    if org is None and direct is None and re.search(r"\b(?:Judge|Justice)s?\b", m.group("roles")) \
            and not re.search(r"\b(?:former|retired|ex-|then)\s*$", acc.text[max(0, m.start() - 12):m.start()], re.I):  # (a former judge: of
        # a court the text need not name)
        courts = list(_COURT_NAMED.finditer(acc.text, max(0, m.start() - 600), m.start()))
        if courts:  # "… sued Ms B at the X Internet Court … Judge A ruled": the court the text named last before the judge
            org, pos = courts[-1].group("org"), courts[-1].start("org")
    acr = re.split(r"\.\s", org)[0].rstrip(".") if org and org == m.group("org2") else ""  # (up to a sentence end)
    if re.fullmatch(r"[A-Z]{2,6}", acr):
        org = acr  # "Director A of KVO. Later ...": the acronym, not the words of the next sentence
    span = Span(m.start(), m.end())
    for role in re.split(rf"\s+and\s+(?={ROLE_RE}\b)", m.group("roles")):  # (not "Secretary for Commerce and X Development")
        for name in names:
            acc.add(name, role, org, pos, span, org=direct)


_SUBJECT_BODY = re.compile(r"\s*(?:[A-Z][\w-]*['’]s\s+|The\s+|the\s+)?(?P<body>(?:[A-Z][\w&'-]*\s+){0,6}(?:"
                           + "|".join(sorted(ORG_HEADS - {"Meeting"})) + r"))\b(?=\s+(?:has|have|had|is|was|announced|said|named|"
                           r"appointed|sent))")


def _sentence_body(acc: _Posts, at: int) -> tuple[AgencyRef | None, AgencyRef | None] | None:
    """The first body the reference data knows that the sentence around `at` names: the one whose post it tells
    ("SIPO has six deputy directors serving below director A")."""
    start = max(acc.text.rfind(c, 0, at) for c in ".!?\n") + 1
    end = min((i for i in (acc.text.find(c, at) for c in ".!?\n") if i >= 0), default=len(acc.text))
    sentence = acc.text[start:end]
    found = [(a, acc.text[start + a:start + b]) for a, b, _ in acc.resolver.find_names(sentence)]
    found += [(t.start(), t.group()) for t in re.finditer(r"\b[A-Z]{3,}\b", sentence)
              if acc.resolver.acronym(t.group()) or t.group() in acc.resolver.defined]
    subject = _SUBJECT_BODY.match(sentence)  # "Korvel's Design Office has announced that ...": a body no file knows
    if subject:
        found.append((subject.start("body"), subject.group("body")))
    if not found:
        return None
    a, surface = min(found)
    return acc.org(surface, start + a)


_FIELD_AFTER = re.compile(r"\s+of\s+(?P<field>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})\b(?!\s+(?:of|for)\b)"
                          # "assistant minister of foreign affairs", "vice-minister of education": a minister's field in lower case
                          r"|(?<=[Mm]inister)\s+of\s+(?P<lower>[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3})\b(?=\s*[.,;]|\s*$)")


def _field_body(acc: _Posts, role: str, at: int) -> tuple[AgencyRef | None, AgencyRef | None]:
    """The body of "Vice Minister of Economic Affairs", "Vice Governor of Hubei" when no body's name follows the
    title: the field or place it names (a minister's is the ministry of that field)."""
    f = _FIELD_AFTER.match(acc.text, at)
    if not f:
        return None, None
    if f.group("lower"):  # the ministry of that field, where the reference data knows it
        key = acc.resolver.name("Ministry of " + " ".join(w if w == "and" else w.capitalize() for w in f.group("lower").split()))
        return (AgencyRef(surface=f.group("lower"), key=key, span=Span(f.start("lower"), f.end("lower"))), None) if key else (None, None)
    org = acc.org(f.group("field"), f.start("field"))
    if org[0]:
        return org
    surface = ("Ministry of " if re.search(r"Minister$", role) else "") + f.group("field")
    return AgencyRef(surface=surface, key=None, span=Span(f.start("field"), f.end("field"))), None


def _field_role_name_of(acc: _Posts, m: re.Match) -> None:
    """"Director of Intellectual Property A of the X Region": the title of a field, the person, the body after."""
    org_text = re.split(rf"\s+and\s+(?={ROLE_RE}\b)|\s*[,;]|\.\s", m.group("org"))[0]
    named = _NAMED_BODY.match(org_text)
    if not named:
        return
    body = re.sub(r"^the\s+", "", named.group())
    at = m.start("org") + named.group().index(body)
    org = acc.org(body, at)
    if org[0] is None:
        org = (AgencyRef(surface=body, key=None, span=Span(at, at + len(body))), None)
    acc.add(m.group("name"), m.group("role"), None, 0, Span(m.start(), m.end()), org=org)


def _appointed(acc: _Posts, m: re.Match) -> None:
    named = m.group("org")
    if named and (stop := re.search(r"(?<=[a-z]{2})\.\s", named)):  # "of the X Court. A, B …": the sentence ends
        named = named[:stop.start()]
    org = acc.org(named, m.start("org")) if named else None
    if m.groupdict().get("desc"):  # "the first maritime court in X": a body no name is given for, as the text describes it
        org = AgencyRef(surface=m.group("desc"), key=None, span=Span(m.start("desc"), m.end("desc"))), None
    if not org or not org[0]:
        org = _field_body(acc, m.group("roles"), m.end("roles"))
        org = org if org[0] else _sentence_body(acc, m.start())
    span = Span(m.start(), m.end())
    for role in re.split(r"\s+and\s+", m.group("roles")):
        for name in re.findall(NAME, m.group("names")):
            acc.add(name, role, None, 0, span, org=org if org and org[0] else None)


def _lower_role_name(acc: _Posts, m: re.Match) -> None:
    role = re.sub(r"^(?:former|new)\s+", "", m.group("role"))
    field = m.group("field")  # "deputy minister of commerce A": of the Ministry of Commerce
    line_start = acc.text.rfind("\n", 0, m.start()) + 1
    run = _NAME_BEFORE_TITLE.search(acc.text[line_start:m.start()]) if not field else None
    words = run.group("run").split() if run else []
    while words and (words[0].rstrip(".,") in _LEAD_WORDS or words[0] in ("Chinese",)):
        words = words[1:]
    own = None
    unit = re.search(r"(?<![\w-])(?P<u>(?:[A-Z]{2,8}[^\S\n]+)?[A-Z][a-z]+[^\S\n]+(?:office|branch|bureau|division))[^\S\n]+$",
                     acc.text[line_start:m.start()]) if not field else None
    if unit:  # "the firm's Beijing office deputy director Mr. A", "KVB Shenzhen office director B": the office it is of
        at = line_start + unit.start("u")
        own = (AgencyRef(surface=unit.group("u"), key=None, span=Span(at, at + len(unit.group("u")))), None)
    elif words and (words[-1] in ORG_HEADS or re.fullmatch(r"[A-Z]{2,8}", words[-1])):  # "Foreign Ministry spokesperson A"
        at = line_start + run.start("run") + run.group("run").index(" ".join(words))
        own = acc.org(" ".join(words), at)
    org = acc.org(field, m.start("field")) if field else (own if own and own[0] else _sentence_body(acc, m.start()))
    if field and not org[0]:  # a field no reference file knows: the post's body as the text names it
        org = AgencyRef(surface=field, key=None, span=Span(m.start("field"), m.end("field"))), None
    acc.add(m.group("name"), role, None, 0, Span(m.start(), m.end()), org=org if org and org[0] else None)


# a body's name after a title: capitalised words joined by of, for, and, the (its fields' commas kept apart as ¸)
_ORG_RUN = r"[A-Z][\w&'’¸-]*(?:\s+(?:of\s+|for\s+|and\s+)?(?:the\s+)?[A-Z][\w&'’¸-]*)*"
# "Judge A (甲), who serves in the X Court": the body of the title before the name, in the clause after it
# "A, Korvel Patent Office (KPO) Commissioner and B, …": the name, then its body and the title after the body
_NAME_BODY_TITLE = re.compile(rf"(?P<name>{NAME}),[^\S\n]+(?P<org>{_ORG_RUN})(?:[^\S\n]*\([A-Z]{{2,8}}\))?[^\S\n]+(?P<role>{ROLE_RE})"
                              rf"(?=[^\S\n]+and\b|[,.;]|[^\S\n]+(?:attended|said|met)\b)")
_WHO_SERVES_IN = re.compile(rf"\s*(?:\([^()\n]{{1,20}}\))?,\s+who\s+(?:serves|works|sits|presides|(?:heard|tried|handled)\b[^,.;\n]{{0,60}}?)"
                            rf"\s+(?:in|at|on|with|over)\s+(?:the\s+)?(?P<org>{_ORG_RUN})")  # ("who heard arguments for the case at the X Court")
# a court the text names, capitalised: "the Korvel Internet Court", "the X Intermediate People's Court"
_COURT_NAMED = re.compile(r"\b(?P<org>(?:[A-Z][\w'’-]*\s+){1,6}(?:Court|Tribunal))\b")
# "A, Chairman and B, Vice-Chairman respectively of the X": each name's title, of one body
_EACH_RESPECTIVELY = re.compile(rf"(?P<n1>{NAME}),\s+(?P<r1>{ROLE_RE})\s+and\s+(?P<n2>{NAME}),\s+(?P<r2>{ROLE_RE})\s+respectively\s+of\s+"
                                rf"(?:the\s+)?(?P<org>{_ORG_RUN})")
# a post held before, told in a clause after the name: "A(甲), who was formerly a Minister at X", "initiated by Dr. B
# when he was Commissioner"
_WHO_WAS = re.compile(rf"(?P<name>{NAME})(?:\s*\([^()\n]{{1,12}}\))?(?:,\s+who\s+(?:was|had\s+been|has\s+been|is)|\s+when\s+(?:he|she)\s+was)"
                      rf"\s+(?:formerly\s+|previously\s+|once\s+)?(?:a\s+|an\s+|the\s+)?(?P<role>{ROLE_RE})"
                      rf"(?:\s+(?:at|of|in)\s+(?:the\s+)?(?P<org>{_ORG_RUN}))?")


# "Posted by A B" over "Corporate Vice President, Global Affairs": an author's byline, the title on the next line
_POSTED_BY = re.compile(rf"^[ \t]*(?:Posted|Written|Authored)\s+by\s+(?P<name>{NAME})[ \t]*\n[ \t]*(?:[A-Z][\w-]*\s+){{0,2}}?"
                        rf"(?P<role>{ROLE_RE})(?:,[ \t]*(?P<org>[A-Z][^\n,]{{2,60}}))?[ \t]*$", re.M)
# "Chairman Intellectual Property Organization (IPO) of Pakistan Mr. A", "Secretary Commerce Mr. B": a title, the body
# (or its field) written right after it, then the name after a form of address
_ROLE_BODY_TITLED_NAME = re.compile(rf"\b(?P<role>{ROLE_RE})[^\S\n]+(?!(?:{ROLE_RE})\b)(?P<org>(?:{_ORG_RUN}[^\S\n]+(?:{'|'.join(sorted(ORG_HEADS))})|[A-Z][a-z]+))"
                                    rf"(?:[^\S\n]*\((?P<acr>[A-Z]{{2,8}})\))?(?:[^\S\n]+of[^\S\n]+[A-Z][a-z]+)?[^\S\n]+"
                                    rf"(?:Mr|Ms|Mrs|Dr|Prof|Engr)\.?[^\S\n]+(?P<name>{NAME})")
# an author's card, a line each: "A B" / "Partner" / "Kelmar & Co": the name, the title, the firm
_CARD = re.compile(rf"^[ \t]*(?P<name>{NAME})[ \t]*\n[ \t]*(?P<role>{ROLE_RE})[ \t]*\n[ \t]*"
                   rf"(?P<org>[A-Z][\w'’-]*(?:[ \t]+(?:&|and|of|[A-Z][\w'’.-]*|\(?[A-Z]{{2,}}\)?))*)[ \t]*$", re.M)
# "A B" / "Kelnet Regulatory Analyst": the name, then the firm's name (a brand's: a capital inside it, a digit, or all
# capitals) and the title on one line
_BRAND_CARD = re.compile(rf"^[ \t]*(?P<name>{NAME})[ \t]*\n[ \t]*(?P<org>[A-Z][a-z]+[A-Z][A-Za-z0-9]*|[A-Z][A-Za-z]*\d[A-Za-z0-9]*|[A-Z]{{3,}})"
                         rf"[ \t]+(?P<role>(?:[A-Z][a-z]+[ \t]+){{0,2}}?(?:{ROLE_RE}))[ \t]*$", re.M)
# "WIPO director general, Daren Tang, received …"; "vice Minister A B, of the X Administration": a body's acronym and a
# title before the name between commas, or the body after it
_ACRONYM_ROLE_NAME = re.compile(rf"\b(?P<org>[A-Z]{{2,8}})\s+(?P<role>{ROLE_CI}),\s+(?P<name>{NAME}),"
                                rf"|\b(?P<role2>{ROLE_RE})\s+(?P<name2>{NAME}),\s+of\s+the\s+(?P<org2>{_ORG_RUN})")
# "Deputy Commissioner Hu Wenhui (Deputy Commissioner of the X)", "Dr Peter Lam (Chairman of the Y)": the post in
# brackets after the name
_NAME_BRACKET = re.compile(rf"(?P<name>{NAME})\s*\(\s*(?P<role>{ROLE_RE})\s+of\s+(?:the\s+)?(?P<org>[A-Z][^()\n]{{2,120}}?)\s*\)")


def _each_respectively(acc: _Posts, m: re.Match) -> None:
    org = acc.org(m.group("org"), m.start("org"))
    if not org or not org[0]:
        org = AgencyRef(surface=m.group("org").replace(_FIELD_COMMA, ","), key=None, span=Span(m.start("org"), m.end("org"))), None
    for n, r in (("n1", "r1"), ("n2", "r2")):
        acc.add(m.group(n), m.group(r), None, 0, Span(m.start(), m.end()), org=org)


def _who_was(acc: _Posts, m: re.Match) -> None:
    g = {k: m.group(k) if k in m.re.groupindex else None for k in ("org", "role", "name", "org2", "role2", "name2")}
    name, role, body, at = (g["name"], g["role"], g["org"], m.start("org") if g["org"] else 0) if g["name"] else \
        (g["name2"], g["role2"], g["org2"], m.start("org2") if g["org2"] else 0)
    org = acc.org(body, at) if body else None
    if body and (not org or not org[0]):
        org = AgencyRef(surface=body, key=None, span=Span(at, at + len(body))), None
    org = org or _sentence_body(acc, m.start())
    acc.add(name, role, None, 0, Span(m.start(), m.end()), org=org if org and org[0] else None)


def _respectively(acc: _Posts, m: re.Match) -> None:
    names = re.findall(NAME, m.group("names"))
    roles = [r.group() for r in re.finditer(ROLE_CI, m.group("roles"))]
    if len(names) != len(roles):
        return
    org = acc.org(m.group("org"), m.start("org"))
    span = Span(m.start(), m.end())
    for name, role in zip(names, roles, strict=True):
        acc.add(name, role, None, 0, span, org=org)


def _names_then_role(acc: _Posts, m: re.Match) -> None:
    """"A, B and C, deputy directors of X": the title is each one's (a plural title; a singular one that ends the
    list is read by the appositive of the last name only)."""
    role = m.group("role")
    if not re.search(r"(?:s|es)$", role.split()[-1]) or role.lower().endswith(("ss", "us")):
        return
    org = acc.org(m.group("org"), m.start("org"))
    span = Span(m.start(), m.end())
    for name in re.findall(NAME, m.group("names")):
        acc.add(name, role, None, 0, span, org=org)


def _parenthesised_role(acc: _Posts, m: re.Match) -> None:
    line_end = acc.text.find("\n", m.end())
    line_end = line_end if line_end >= 0 else len(acc.text)
    tail = _PAREN_ORG.search(acc.text, m.end() - 1, line_end)
    org = tail.group("org") if tail else None
    acc.add(m.group("name"), m.group("role"), org, tail.start("org") if tail else 0, Span(m.start(), line_end))


def surname_index(posts: list[Post]) -> dict[str, str]:
    """Later mentions ("Mr. Zhang", "Heng") -> full name, where the family name is not shared."""
    by: dict[str, set[str]] = {}
    for p in posts:  # a Chinese name is mentioned again by its first word, a Western one by its last
        by.setdefault(p.person.split()[0 if is_pinyin_name(p.person) else -1], set()).add(p.person)
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
            if m.start() > first[full] and not text[m.start():].startswith(full) and not text[:m.end()].endswith(full):
                out.append((full, Span(m.start(), m.end())))
    return sorted(out, key=lambda x: x[1].start)
