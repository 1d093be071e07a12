"""Named instruments (laws, regulations, judicial interpretations, policy documents, plans, strategies,
treaties) found by their title shapes, and the revisions the text reports of them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from ipgraph._text import norm_title
from ipgraph.extract.en.vocab import ACTIONS, HEADLINE_VERBS, ORG_HEADS
from ipgraph.extract.zh.instruments import title_kind as chinese_title_kind
from ipgraph.records import Instrument, Revision, Span
from ipgraph.reference import Reference

# a word may end with the apostrophe of a plural's possessive ("Enterprises' and Universities' Patent Work")
_TOKEN = re.compile(r"\((?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\)|[A-Za-z0-9]+(?:[-'’.][A-Za-z0-9]+)*(?:(?<=s)['’](?![A-Za-z]))?|[^\sA-Za-z0-9]")
CONNECTIVES = {"of", "on", "for", "the", "and", "in", "to", "by", "with", "concerning", "during", "against", "from",
               "at", "upon", "under", "about", "between", "an", "a", "or", "into", "regarding", "involving", "via",
               "related", "relating"}  # ("… of the Work related to the Protection of X in Y Cases": a translation's participle)
# heads that start a title: "Regulations on ...", "Opinions on ..."
HEAD_INITIAL = {
    "Regulation": "Regulation", "Regulations": "Regulation", "Provisions": "DepartmentalRule",
    "Measures": "DepartmentalRule", "Rules": "DepartmentalRule", "Opinion": "PolicyDocument",
    "Opinions": "PolicyDocument", "Interpretation": "JudicialInterpretation",
    "Interpretations": "JudicialInterpretation", "Guidelines": "PolicyDocument", "Guideline": "PolicyDocument",
    "Principles": "PolicyDocument", "Guidance": "PolicyDocument", "Outline": "Outline", "Outlines": "Outline", "Compendium": "Outline",
    "Suggestions": "PolicyDocument", "Decision": "PolicyDocument", "Notice": "PolicyDocument",
    "Circular": "PolicyDocument", "Guide": "PolicyDocument", "Guides": "PolicyDocument", "Highlights": "Plan", "Treaty": "Treaty", "Convention": "Treaty", "Agreement": "Treaty",
    "Protocol": "Treaty", "Plan": "Plan", "Programme": "Plan", "Program": "Plan", "Law": "Law", "MOU": "Treaty",
    "Memorandum": "Treaty", "Amendment": "Law", "Amendments": "Law", "Report": "PolicyDocument", "Paper": "PolicyDocument",
    "Initiatives": "PolicyDocument",  # ("Common Initiatives for Strengthening Cooperation between X in the Field of Y")
    "Instructions": "PolicyDocument",  # ("Instructions on Improving Legal Protection of X Relating to Y": a court's opinions)
    "Constitution": "Law",  # ("the Constitution of the People's Republic of China")
}
TREATY_HEADS = {"Treaty", "Convention", "Agreement", "Protocol"}
_SHORT_NAME = re.compile(r"\(\s*(?:the\s+|hereinafter\s+|hereafter\s+|referred\s+to\s+as\s+|the\s+so-called\s+)+$"
                         r"|(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as|called)\s+(?:the\s+)?$", re.I)
# a short name defined in brackets after a title: (“X”), (the “X”), (hereinafter referred to as the "X")
_ALIAS_OPEN = re.compile(r"\s*\(\s*(?:(?:the|hereinafter|hereafter|referred\s+to\s+as|so-called|called|or)\s+)*[“\"‘']\s*$", re.I)
_ALIAS_CLOSE = re.compile(r"\s*[”\"’']\s*\)")
_BOOK_TITLE = re.compile(r"《(?P<t>[^《》\n]{2,80})》")
_QUOTED = re.compile(r"[“\"](?:the\s+)?(?P<t>[A-Z][^”\"\n]{3,180}?)[”\"]")  # ("the Configuration Standards for X": the article inside)
# heads of a title written in quotation marks, title case, that no sentence uses as titles ("Assessment Methods for X")
_QUOTED_HEADS = {"Standards": "DepartmentalRule", "Methods": "DepartmentalRule", "Criteria": "DepartmentalRule",
                 "Procedures": "DepartmentalRule", "Specifications": "DepartmentalRule",
                 "Opinions": "PolicyDocument"}  # ("X City Patent Insurance Pilot Work Implementation Opinions")
_DRAFT = re.compile(r"\s*\((?:Revised\s+)?Draft(?:\s+for\s+\w+)?\)|\s*\(for\s+Trial\s+Implementation\)\s*$|\s*\(Trial\)\s*$", re.I)
# words that only say what kind of document a title names ("Action Plan", "Annual Work Plan")
GENERIC_WORDS = {"Action", "Work", "Working", "Implementation", "Implementing", "Promotion", "Annual", "Key", "Special", "Overall",
                 "General", "New", "Development", "Strategic", "Five-Year", "Three-Year", "Medium", "Long-Term",
                 "Detailed", "Interim", "Provisional", "Draft", "Revised", "Relevant", "Related", "Several", "Certain",
                 "Understanding", "Cooperation", "of", "on"}  # ("a Memorandum of Understanding": a kind of paper, no title)
HEAD_INITIAL_LINK = {"on", "of", "for", "concerning", "regarding", "against", "On", "Of", "For", "Concerning", "Regarding",
                     "Against"}
# heads that end a title: "Patent Law", "14th Five-Year Plan"
HEAD_FINAL = {"Law": "Law", "Code": "Law", "Plan": "Plan", "Programme": "Plan", "Program": "Plan", "Strategy": "Strategy",
              "Treaty": "Treaty", "Convention": "Treaty", "Agreement": "Treaty", "Protocol": "Treaty", "Outline": "Outline",
              "Regulations": "Regulation", "Provisions": "DepartmentalRule", "Measures": "DepartmentalRule",
              "Guidelines": "DepartmentalRule", "Rules": "DepartmentalRule", "Act": "Law"}  # ("Patent Examination Guidelines"; "the Trade Act of 1974")
LEFT_MODIFIERS = {"White", "Work", "Working", "Several", "Guiding", "Common", "Provisional", "Interim", "Trial", "Implementing", "Detailed", "Supplementary",
                  "Certain", "Administrative", "Special", "Implementation", "Judicial", "Some", "Draft"}
SENTENCE_STARTERS = {"The", "This", "That", "These", "Its", "Our", "We", "It", "As", "After", "Before", "During",
                     "Since", "Under", "According", "With", "For", "To", "By", "In", "On", "At", "From", "If",
                     "When", "While", "Both", "Further", "Also", "A", "An", "And", "Or", "Of", "New", "Current",
                     "Relevant", "Related", "Existing", "Revised", "Amended", "Such", "Each", "Every", "Other"}
_AMENDING = re.compile(r"^(?:(?:Decisions?|Draft|Proposals?|Suggestions?|Notice|Circular|Announcement)\b.*?\b(?:on|of|for)\s+"
                       r"(?:the\s+)?(?:Draft\s+)?(?:Amending|Revising|Modifying|the Amendment to|"
                       r"the Revision of|Amendments? to)|(?:Draft\s+)?Amendments?\s+to)\s+(?:the\s+)?(?P<inner>.+)$")
# ("Notice regarding Solicitation of Public Opinions on the Draft Amendments to the X": the X, under revision)
REVISABLE = {"Law", "Regulation", "DepartmentalRule", "JudicialInterpretation", "PolicyDocument"}
_NOT_REVISABLE_WORDS = re.compile(r"\b(?:Index|System|Plan|Project|Catalogue|Program(?:me)?)\b")
_TRIGGER = re.compile(
    r"\b(?:(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+)?"
    r"(?P<word>revis(?:e|es|ed|ing|ion|ions)|amend(?:s|ed|ing|ment|ments)?|modif(?:y|ies|ied|ying|ication|ications)|"
    r"overhaul(?:s|ed|ing)?|(?<=new\s)version|"  # ("issues the new version of the X": the X, revised)
    r"delet(?:ed|es|ing)\s+(?:several|certain|some|\w+)\s+(?:provisions|articles|clauses))\b"  # ("deleted several provisions of X")
    r"(?P<link>\s+(?:of|to|on)\b)?"
    # "a decision that revised eight laws at the same time, among them the A and the B"
    r"(?:\s+(?:\w+\s+){0,2}(?:laws|regulations)\b[^.;]{0,40}?\b(?:among them|including|such as)\b)?", re.I)
# what may stand between the trigger and the instrument, and between two instruments of one chain
_GAP = re.compile(r"(?:\s*,\s*(?:and\s+)?(?-i:[a-z]{3,12})){0,3}"  # "revise, demonstrate, and study the X": verbs joined to it
                  r"(?:\s+(?:certain\s+|some\s+|several\s+)?(?:clauses|provisions?|chapters|articles)(?=\s+of\b))?"  # "the amending clauses of X"
                  r"\s*(?:of|to|on)?\s*(?:the\s+)?(?:[A-Z][a-z]+['’]s\s+)?(?:relevant\s+|current\s+|existing\s+)?"
                  r"(?:(?:draft|drafts|version|text)\s+(?:of\s+)?(?:the\s+)?)?(?:\([IVXL]+\)\s*(?:to|of)\s+(?:the\s+)?)?[\"'‘“]?", re.I)
_CHAIN_GAP = re.compile(r"\s*,?\s*(?:and|as well as)\s+(?:the\s+)?|\s*,\s*(?:the\s+)?")
# the verb of a text that carries out an instrument already made: "implement the Decision ... on Amending the X"
_IMPLEMENTING = re.compile(r"\b(?:implement\w*|carry(?:ing)?\s+out|enforc\w+|publici[sz]\w+|stud(?:y|ies|ying)|"
                           r"apply|applying|comply\w*\s+with|follow\w*)\s+(?:the\s+)?$", re.I)
_BACKGROUND = re.compile(r"\b(?:after|following|since)\s+(?:the\s+)?$", re.I)
# "The Copyright Law, which is under revision", "the X is being revised"
_UNDER_REVISION = re.compile(r"^\s*,?\s*(?:which|that)?\s*(?:is|are)\s+(?:now\s+|currently\s+)?"
                             r"(?:under\s+revision|being\s+(?:revised|amended))", re.I)
_CALENDAR = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
             "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
ORDINALS = {w: i for i, w in enumerate(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                        "ninth", "tenth"], 1)}


@dataclass
class _Tok:
    text: str
    start: int
    end: int

    @property
    def cap(self) -> bool:
        t = self.text
        return (t[:1].isupper() or (t[:1].isdigit() and bool(re.match(r"\d+(st|nd|rd|th)$", t)))
                or t.startswith("(")) and t not in {"(", ")"}

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


def _tokens(text: str) -> list[_Tok]:
    """Tokens; a line break between two tokens is kept as a token of its own, which no title crosses, except a
    single one after a connective ("Measures for the Administration of" / "Patent Agencies": a wrapped title)."""
    out: list[_Tok] = []
    last = 0
    for m in _TOKEN.finditer(text):
        gap = text[last:m.start()]
        if "\n" in gap and not (gap.count("\n") == 1 and out and out[-1].text in CONNECTIVES and m.group()[:1].isupper()):
            out.append(_Tok("\n", m.start(), m.start()))
        out.append(_Tok(m.group(), m.start(), m.end()))
        last = m.end()
    return out


def _is_year_range(t: _Tok) -> bool:
    return t.text.startswith("(") and len(t.text) > 3


# lower-case words that end a title rather than stand inside one ("the Measures for Patents were issued")
_NOT_IN_TITLE = {"is", "are", "was", "were", "be", "been", "will", "shall", "should", "would", "has", "have", "had",
                 "which", "that", "who", "when", "where", "while", "said", "says", "issued", "released", "adopted"}
# laws named in lower case as the objects of a revision ("draft revisions to the law against unfair competition and
# the standardization law"): the trigger, then a chain of laws
_LOWER_TRIGGER = re.compile(r"\b(?:revis(?:ion|ions|ing|e|es|ed)|amend(?:ment|ments|ing|s|ed)?|overhaul(?:ing|s|ed)?)\s+"
                            r"(?:(?:of|to|on)\s+)?")
_LOWER_LAW = re.compile(r"(?P<the>the\s+)?(?:draft\s+(?:of\s+)?(?:the\s+)?)?"
                        # "rules for implementation of the patent law", "regulation on the protection of new varieties of
                        # plants": a law's implementing rules, a regulation named in lower case up to the end of its clause
                        r"(?P<t>(?:implementing\s+)?rules\s+for\s+(?:the\s+)?implementation\s+of\s+the\s+(?:[a-z][a-z-]+\s+){1,2}law\b"
                        r"|regulations?\s+(?:on|for)\s+(?:the\s+)?[a-z][a-z-]+(?:\s+(?!and\b|or\b|so\b|to\b|in\b|at\b|which\b)"
                        r"[a-z][a-z-]+){1,7}(?=\s*[,.;]|\s+(?:and|so|to|in|which)\b)"
                        r"|(?:[a-z][a-z-]+\s+){1,3}law\b(?!\s+(?:firm|school|office))"
                        r"|law\s+(?:against|on)\s+[a-z][a-z-]+(?:\s+(?!and\b|or\b|to\b|in\b|at\b)[a-z][a-z-]+){0,3}\b)")
_LOWER_CHAIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+")
_GENERIC_LAW_WORDS = {"the", "a", "this", "that", "relevant", "current", "existing", "related", "new", "such", "international",
                      "domestic", "national", "local", "basic", "other", "any", "its", "their", "our", "same", "said", "case",
                      "common", "civil", "criminal", "administrative", "economic", "whole", "entire", "applicable", "draft"}
# fields of law that are a code's name when "the" goes before them ("amendments to the criminal law")
_CODE_FIELDS = {"civil", "criminal", "administrative"}


def _lower_laws(text: str) -> list[tuple[int, int]]:
    """Spans of the laws a revision names in lower case, one after the other."""
    out = []
    for trig in _LOWER_TRIGGER.finditer(text):
        pos = trig.end()
        while True:
            m = _LOWER_LAW.match(text, pos)
            if not m:
                break
            words = m.group("t").split()
            generic = set(words[:-1]) & _GENERIC_LAW_WORDS
            if m.group("the") and words[-1] == "law":
                generic -= _CODE_FIELDS
            if words[0] in ("law", "rules", "implementing", "regulation", "regulations") or not generic:
                out.append((m.start("t"), m.end("t")))
            chain = _LOWER_CHAIN.match(text, m.end())
            if not chain:
                break
            pos = chain.end()
    return out


def _extend_right(toks: list[_Tok], i: int, acronyms: set[str], allow_year: bool) -> int:
    """Index of the last token of a title-case run that starts after toks[i] with a connective."""
    last = i
    j = i + 1
    n = len(toks)
    while j < n:
        t = toks[j]
        if _is_year_range(t):
            last = j
            j += 1
            continue
        if t.text in _QUOTE_MARKS and j + 1 < n and toks[j + 1].cap and toks[j - 1].cap and toks[j - 1].end == t.start:
            j += 1  # 'on Issuing the "14th Five-Year Plan" National ... Plan': a title quoted inside the title goes on
            continue
        if t.text in _QUOTE_MARKS and toks[j - 1].end == t.start and j + 2 < n and toks[j + 1].text in CONNECTIVES \
                and (toks[j + 2].cap or toks[j + 2].text == "the" and j + 3 < n and toks[j + 3].cap) \
                and sum(1 for x in range(i, j) if toks[x].text in _QUOTE_MARKS) % 2 == 1:
            j += 1  # 'between Countries along the "Belt and Road" in the Field of X': a quoted name inside the title, closed
            continue
        if t.text == "(" and j + 3 < n and toks[j + 1].cap and toks[j + 1].word and toks[j + 2].text == ")" \
                and toks[j + 3].cap and toks[j + 3].word and toks[j - 1].cap:
            j += 3  # "Framework Plan for China (Hubei) Pilot Free Trade Zone": a place in brackets inside the title
            continue
        if t.text in ("(",) or not (t.word or t.text == ","):
            break
        if t.text in ("up", "out") and toks[j - 1].cap and toks[j - 1].text.endswith("ing") and j + 1 < n \
                and (toks[j + 1].text == "the" or toks[j + 1].cap):
            j += 1  # "Opinions on Stepping up the Building of ...": a verb's particle inside the title
            continue
        if t.text == ",":
            # a list inside a title: ", Film and Television"; after its topic's link, of several words each
            # ("Treaty on Intellectual Property, Genetic Resources and Associated Traditional Knowledge"), none a
            # title's head ("Patent Law, Trademark Law and Copyright Law" are three titles)
            topic = any(toks[x].text in ("on", "of", "for", "Concerning", "concerning") for x in range(i, j))
            k = j + 1
            ok = False
            while k < n:
                words = 0
                while k < n and toks[k].cap and toks[k].word and words < (3 if topic else 1):
                    k += 1
                    words += 1
                if not words or toks[k - 1].text in HEAD_FINAL:
                    break
                if k < n and toks[k].text == "and" and k + 1 < n and toks[k + 1].cap:
                    ok = True
                    break
                if k < n and toks[k].text == ",":
                    k += 1
                    continue
                break
            if not ok:
                break
            j += 1
            continue
        if allow_year and t.text == "in" and j + 1 < n and re.fullmatch(r"(19|20)\d\d", toks[j + 1].text):
            last = j + 1
            break
        if t.text == "along" and j + 2 < n and toks[j + 1].text == "the" and toks[j - 1].text in ("Countries", "Regions", "Areas"):
            t = _Tok("the", t.start, t.end)  # "for Countries along the Belt and Road": the place of the countries, in the title
        if t.text in CONNECTIVES:
            k = j
            while k < n and (toks[k].text in CONNECTIVES or k == j and toks[k].text == "along"):
                k += 1
            if j == i + 1 and k + 1 < n and toks[k].word and toks[k].text.isalpha() and toks[k].text.islower() \
                    and toks[k + 1].cap and toks[k].text not in _NOT_IN_TITLE:
                k += 1  # "Opinions on further Improving the Quality of ...": a word in lower case after the title's link
            if k + 1 < n and toks[k].text in _QUOTE_MARKS and toks[k + 1].cap and toks[k].end == toks[k + 1].start:
                k += 1  # 'on Issuing the "14th Five-Year Plan" ...': a title quoted inside the title
            if k >= n or not toks[k].cap or toks[k].text in acronyms and toks[j].text == "of" \
                    or toks[k].text.rstrip(".") in _CALENDAR:
                break  # "the Patent Law on October 1": a date, not the rest of a title
            between = next((x for x in range(j - 1, i, -1) if toks[x].text.lower() == "between"), None)
            parties = between is not None and not any(toks[x].text == "and" for x in range(between, j))
            if t.text == "and" and toks[j + 1].text == "the" and not _issuer_goes_on(toks, j + 2) \
                    and not _topic_goes_on(toks, i, j + 2) and not _objectives_go_on(toks, j) and not parties:
                break  # ("Agreement between the Government of A and the Government of B": the second party)
            if t.text == "and" and k + 1 < n and toks[k].text in HEAD_INITIAL and toks[k + 1].text in HEAD_INITIAL_LINK:
                break  # "... Protocol between A and B and MOU on ...": a second title
            if t.text == "and" and last > i and _is_year_range(toks[last]) and re.match(r"\d", toks[k].text):
                break  # "Outline of X (2021-2035) and 14th Five-Year Plan for Y": a second title, by its number
            if allow_year is False and t.text == "in" and toks[k].text[:1].isdigit():
                break
            j = k
            continue
        if t.text[:1].isdigit() and allow_year and re.fullmatch(r"(19|20)\d\d", t.text) and toks[j - 1].text == "in":
            last = j
            break
        if t.text == "through" and toks[j - 1].text in ("Objectives", "Goals", "Targets", "Vision") and j + 1 < n:
            j += 1  # "... and Long-Range Objectives through the Year 2035"
            continue
        if re.fullmatch(r"(19|20)\d\d", t.text) and toks[j - 1].text in ("Year", "Through", "through"):
            last = j  # "... Long-Range Objectives Through the Year 2035 of the People's Republic of China"
            j += 1
            continue
        if t.cap:
            last = j
            j += 1
            continue
        break
    return last


def _extend_left(toks: list[_Tok], i: int, acronyms: set[str]) -> int:
    """First token of the capitalised words right before toks[i] (not across verbs, starters or possessives),
    across an "and" between two of them that is inside the title ("... Protection and Utilization Plan": not
    after a title's head, "Patent Law and Trademark Law" being two titles), and with the year that opens it
    ("2025 ... Promotion Plan")."""
    def name_word(t: _Tok) -> bool:
        return t.cap and t.word and t.text not in SENTENCE_STARTERS and t.text.lower() not in ACTIONS \
            and t.text not in HEADLINE_VERBS and t.text not in _STATE_WORDS \
            and not t.text.endswith(("'s", "’s")) and t.text not in acronyms

    start = i
    while start > 0:
        if name_word(toks[start - 1]) and not (toks[i].text in ("Law", "Code") and toks[start - 1].text in _ISSUING_HEADS):
            start -= 1  # ("the NPC Standing Committee Patent Law enforcement inspection": the committee's, not the law's name)
        elif start > 1 and toks[start - 1].text in _QUOTE_MARKS and toks[start - 2].end == toks[start - 1].start \
                and _quoted_before(toks, start - 1):
            start = _quoted_before(toks, start - 1)  # '"14th Five-Year Plan" National ... Plan': a quoted title inside it
        elif start == i and start > 1 and toks[i].text in ("Law", "Act", "Code") and toks[start - 1].text in HEADLINE_VERBS \
                and toks[start - 1].text.endswith("s") \
                and name_word(toks[start - 2]) and toks[start - 2].end + 1 == toks[start - 1].start:
            start -= 2  # "the Trade Marks Law": a plural noun before the head that a headline would use as its verb
        elif toks[start - 1].text == "and" and start < i and start > 1 and name_word(toks[start - 2]) \
                and toks[start - 2].text not in HEAD_FINAL and toks[start - 2].text not in HEAD_INITIAL:
            start -= 2
        elif start > 1 and re.fullmatch(r"\d{1,2}|[IVX]{1,4}", toks[start - 1].text) and toks[start - 2].text in ("Phase", "Stage", "Part"):
            start -= 2  # "Phase 1 Trade Agreement": the phase's number inside the title
        elif start > 1 and start < i + 1 and toks[start - 1].text == "-" and toks[start - 1].end == toks[start].start \
                and toks[start - 2].end < toks[start - 1].start and name_word(toks[start - 2]):
            start -= 2  # "the Anti -Monopoly Law": a hyphen a page broke from its word
        else:
            break
    if start > 0 and re.fullmatch(r"(?:19|20)\d\d", toks[start - 1].text) and start < i \
            and (start < 2 or toks[start - 2].text.lower() in {"the", "a", "its", "this", ",", "(", ":"}):
        start -= 1  # "the 2025 Intellectual Property ... Promotion Plan" (not "in 2025 Patent Law ...")
    return start


# words for a country's, a field's or a kind of law, not a statute's name ("the Chinese law", "the Civil law")
_LAW_ADJECTIVES = {"French", "Dutch", "International", "National", "Local", "Civil", "Criminal", "Common", "Case", "Natural",
                   "Administrative", "Procedural", "Substantive", "Constitutional", "Federal", "Roman", "Soft", "Hard", "Basic",
                   "General", "Foreign", "Domestic", "Private", "Canon", "Martial", "Customary", "Statutory", "Positive", "Relevant"}
# nouns after "law" that make a compound, not a statute ("the IPR law enforcement", "the Patent law firm")
_LAW_COMPOUNDS = {"enforcement", "firm", "firms", "school", "schools", "office", "offices", "practice", "practices", "system",
                  "systems", "reform", "reforms", "journal", "review", "society", "department", "students", "student", "professor",
                  "professors", "scholars", "scholar", "degree", "faculty", "experts", "expert", "making", "makers", "courses"}
# words of a decision that amends others ("… on Repealing and Revising Certain Administrative Regulations"): no title
_AMENDING_WORDS = {"Administrative", "Repealing", "Revising", "Amending", "Abolishing", "Some", "Laws", "Regulations", "and"}
# words that end a title written in lower case and start the clause after it
_CLAUSE_WORDS = {"which", "that", "who", "was", "were", "is", "are", "has", "have", "had", "will", "and", "to", "led", "in", "on"}
# words of a headline that tell a law's state, not its title ("Improved Patent Law in the X Industry")
_STATE_WORDS = {"Improved", "Amended", "Revised", "Updated", "Current", "Existing", "Latest", "Former", "Old", "Stricter", "Tougher"}
_RULE_HEADS = {"Regulations", "Rules", "Measures", "Provisions", "Guidelines", "Procedures", "Guide"}


def _named_kind_before(toks: list[_Tok], start: int) -> int:
    """Where a rule's title starts that capitalised words of its kind open after "the" ("the Complaint and Settlement
    Regulations for X"): not a body's name or acronym ("the State Council Regulations on X" keeps its issuer apart)."""
    k = start
    while k > 0 and (toks[k - 1].cap and toks[k - 1].word and toks[k - 1].text not in SENTENCE_STARTERS
                     and toks[k - 1].text not in ORG_HEADS and not re.fullmatch(r"[A-Z]{2,8}", toks[k - 1].text)
                     or toks[k - 1].text == "and" and k > 1 and toks[k - 2].cap and k < start):
        k -= 1
    return k if k < start and k > 0 and toks[k - 1].text in ("the", "The") and toks[k].text != "and" else start


def _objectives_go_on(toks: list[_Tok], j: int) -> bool:
    """Whether "and" at toks[j] joins a plan's title to its long-range objectives ("... Plan (2021-2025) and
    Long-Range Objectives through the Year 2035", "... and the Outline of Long-term Goals for 2035"): one title."""
    n = len(toks)
    if j >= n or toks[j].text != "and":
        return False
    k = j + 1 + (j + 1 < n and toks[j + 1].text == "the")
    for _ in range(6):
        if k >= n or not (toks[k].cap or toks[k].text in ("of", "for")):
            return False
        if toks[k].text in ("Objectives", "Goals", "Targets", "Vision"):
            break
        k += 1
    else:
        return False
    rest = " ".join(t.text for t in toks[k + 1:k + 5])
    return bool(re.match(r"(?:[Tt]hrough|for|to|[Uu]p to)\s+(?:the\s+[Yy]ear\s+)?(?:19|20)\d\d", rest))


def _issuer_goes_on(toks: list[_Tok], k: int) -> bool:
    """Whether the capitalised words from toks[k] are a second issuer of a title, its topic following them
    ("Decision of the X and the State Council Concerning ...")."""
    n = len(toks)
    start = k
    links = {"Concerning", "concerning", "Regarding", "regarding", "on", "On"}
    while k < n and (toks[k].cap and toks[k].word or k > start and toks[k].text in ("of", "for", "the") and k + 1 < n
                     and toks[k + 1].cap) and toks[k].text not in links:
        k += 1  # ("the Agency of Patent Affairs of X on ...": a name with its own links)
    return k > start and k < n and toks[k].text in links and toks[k - 1].text not in HEAD_INITIAL  # not "the X's Rules on"


def _topic_goes_on(toks: list[_Tok], i: int, k: int) -> bool:
    """Whether "and the" at toks[k-2] goes on with a title's topic ("... Concerning the Implementation of the X and
    the Improvement of the Y"): the title has passed the word that opens its topic, and what follows is no title of
    its own (no head of a title starts or ends it)."""
    if not any(toks[x].text in {"on", "On", "Concerning", "concerning", "Regarding", "regarding"} for x in range(i + 1, k)):
        return False
    n, start = len(toks), k
    while k < n and toks[k].cap and toks[k].word:
        if toks[k].text in HEAD_INITIAL and k + 1 < n and toks[k + 1].text in HEAD_INITIAL_LINK | {"Concerning", "Regarding"} \
                or re.search(r"['’]s$", toks[k].text):
            return False  # "... and the Supreme People's Court's Rules Concerning ...": a second title, its issuer's
        k += 1
    return k > start and toks[start].text not in HEAD_INITIAL and toks[k - 1].text not in HEAD_FINAL


_QUOTE_MARKS = {'"', "“", "”"}
_EVENT_HEADS = {"Forum", "Conference", "Week", "Summit", "Symposium", "Seminar", "Exhibition", "Expo", "Dialogue", "Fair",
                "Workshop", "Congress"}
# verbs that tell a quoted text is a headline (not those that are nouns in titles too: "Several Issues Concerning")
_QUOTED_HEADLINE_VERBS = {"Revises", "Amends", "Adopts", "Passes", "Passed", "Approves", "Approved", "Criminalizes",
                          "Criminalized", "Applies", "Applied", "Authorizes", "Authorized", "Unveils", "Announces", "Publishes",
                          "Launches", "Meets", "Holds", "Signs", "Urges", "Vows", "Pledges", "Concludes", "Considers",
                          "Is", "Are", "Was", "Were"}  # (a quoted sentence: "Effective Protection Is a Key Element of X Law")
# heads of titles that may go on with "to" and a verb ("Outline to Boost X", "Opinions to Strengthen Y")
_TO_HEADS = {"Outline", "Plan", "Programme", "Program", "Opinions", "Measures", "Guidelines", "Notice", "Circular"}


def _quoted_before(toks: list[_Tok], close: int) -> int | None:
    """Index of the opening mark of a short quoted title that closes at toks[close] ('"14th Five-Year Plan"'),
    when every word inside is capitalised or a connective."""
    k = close - 1
    while k >= 0 and close - k <= 12 and toks[k].text not in _QUOTE_MARKS:
        if not (toks[k].cap or toks[k].text in CONNECTIVES) or toks[k].text == "\n":
            return None
        k -= 1
    opens = k >= 0 and k < close - 1 and toks[k].text in _QUOTE_MARKS and toks[k].text != "”" and toks[k].end == toks[k + 1].start
    return k if opens else None


_UNIT_WORDS = {"Department", "Division", "Office", "Bureau", "Section", "Centre", "Center", "Institute", "School", "Faculty",
               "College", "Committee", "Commission"}


def _law_in_a_bodys_name(toks, i: int) -> bool:
    """"Department of Treaty and Law of the Ministry of X", "Law of the Zorbel Office": the word Law in the name of a
    unit, or before the body it would belong to, is no law's title."""
    if toks[i].text != "Law":
        return False
    after = [t.text for t in toks[i + 1:i + 4]]
    if after[:1] == ["of"] and (after[1:2] == ["the"] and after[2:3] and after[2] in ORG_HEADS | _UNIT_WORDS
                                 or after[1:2] and after[1] in ORG_HEADS | _UNIT_WORDS):
        return True
    k = i - 1
    if k >= 0 and toks[k].text in ("and", "&"):
        while k > 0 and (toks[k - 1].cap or toks[k - 1].text in ("of", "and", "&")):
            k -= 1
        return toks[k].text in _UNIT_WORDS
    return False


# a text's words of itself after its title: "..., as adopted at X, are hereby issued", "... in 2012 is formulated"
_SELF_REFERENCE = re.compile(r"[^.;\n]{0,160}?\bhereby\b|\s*(?:is|are)\s+(?:hereby\s+)?(?:formulated|issued|promulgated|printed|"
                             r"made|enacted|developed)\b")


# the words of a span of years around a five-year plan's name
_PERIOD_BEFORE = re.compile(r"(?i)\b(?:during|throughout|(?:at|by|until|till)\s+the\s+end\s+of|(?:since\s+)?the\s+beginning\s+of|"
                            r"the\s+start\s+of|(?:the\s+)?end\s+of)\s+(?:the\s+)?[\"“‘']?$")
_PERIOD_AFTER = re.compile(r"[\"”’']?\s+(?:period|era|years)\b")
_QUOTES_FOLDED = str.maketrans("“”‘’", "\"\"''")


def _in_a_headline(text: str, doc_title: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside the headline (or a copy of it on a line of its own: a page may give it
    twice; the same words inside a sentence name the instrument: "The X, as adopted at ..., are hereby issued")."""
    if len(doc_title) <= 8:
        return False
    text = text.translate(_QUOTES_FOLDED)  # (“X” and "X": one headline; a headline over two lines: one)
    for k, m in enumerate(_headline_pattern(doc_title).finditer(text)):
        at, to = m.start(), m.end()
        line_start, line_end = text.rfind("\n", 0, at) + 1, (text.find("\n", to) + 1 or len(text) + 1) - 1
        alone = k == 0 or not text[line_start:at].strip(" \t•*#>|") and not text[to:line_end].strip()
        if alone and at <= start and end <= to:
            return True
    return False


def _headline_pattern(doc_title: str) -> re.Pattern:
    return re.compile(r"\s+".join(re.escape(w) for w in doc_title.translate(_QUOTES_FOLDED).split()))


def _after_a_headings_verb(text: str, start: int, end: int, title: str) -> bool:
    """"X Fair Launches Measures to Protect IPR": a heading inside the text (a short line in title case, its verb
    before the words) that no sentence writes again as a title."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1
    line = text[line_start:line_end].strip()
    if len(line.split()) > 14 or re.search(r"[.!?:;]$", line) or text[start - 1:start] in "\"“‘'《":
        return False
    before = text[line_start:start].split()
    if not before or before[-1] not in HEADLINE_VERBS:
        return False
    rest = text[:line_start] + text[line_end:]
    return " ".join(title.split()) not in " ".join(rest.split())


def _in_headline_only(text: str, doc_title: str, start: int, end: int, title: str) -> bool:
    """Whether a title read in the headline (head first: "Interpretation for X") is written nowhere else, as a title
    is written (its words capitalised): a headline in title case gives no sign of where a title starts; the text
    that names it again does ("issued a judicial interpretation on X cases" is a description, not its title)."""
    if not _in_a_headline(text, doc_title, start, end) or text[start - 1:start] in "\"“‘'《":
        return False
    rest = " ".join(_headline_pattern(doc_title).sub(" ", text.translate(_QUOTES_FOLDED)).split())
    title = title.translate(_QUOTES_FOLDED)
    return " ".join(title.split()) not in rest


# the heads of bodies that make or enforce laws, whose names are no part of a law's ("Company Law", "Commercial Bank
# Law" are laws)
_ISSUING_HEADS = {"Committee", "Council", "Commission", "Congress", "Ministry", "Administration", "Office", "Bureau",
                  "Department", "Government", "Court", "Procuratorate", "Tribunal"}
# what a person does, not a law: "… Law today visited", "… Law said"
_A_PERSONS_VERB = re.compile(r"\s+(?:today\s+|yesterday\s+|also\s+|then\s+)?(?:visited|met|said|told|attended|noted|added|concluded|"
                             r"stressed|delivered|presented|expressed|thanked|welcomed|chaired|presided)\b")


_ADOPTED_AFTER = re.compile(r"\s*,?\s*(?:has\s+been|had\s+been|was|were|is|are)\b[^.\n]{0,160}?\b(?:adopted|approved|deliberated)\b"
                            r"[^.\n]{0,80}?\b(?:hereby\s+)?(?:promulgated|issued|published)\b", re.I)
# words after "X Law" that make it a body or a group of people, not a statute
_LAW_GROUPS = {"Firm", "Firms", "School", "Schools", "Student", "Students", "Faculty", "Clinic", "Library", "Review", "Journal",
               "Society", "Professor", "Professors", "Department"}
_ISSUED_BY = re.compile(r"\s+(?:promulgated|issued|adopted|formulated|released|published)\s+(?:by|on)\b|\s*\(\s*hereinafter\b", re.I)


def find_instruments(text: str, reference: Reference, doc_title: str, acronyms: set[str], page: bool = True) -> list[Instrument]:
    """The instruments a text names; `page`: the text is a whole page (which may be cut off inside a title), not the
    title inside another's ("Decision on Amending the X")."""
    toks = _tokens(text)
    cands: list[tuple[int, int, str, str]] = []  # start token, end token, kind, head
    for i, t in enumerate(toks):
        head = t.text
        # head-initial: "Opinions on ...", "Treaty on ...", "Outline of ..."
        numbered = head in HEAD_INITIAL and i + 4 < len(toks) and toks[i + 1].text == "(" \
            and re.fullmatch(r"[IVX]{1,4}", toks[i + 2].text) and toks[i + 3].text == ")" and toks[i + 4].text in HEAD_INITIAL_LINK
        if numbered:  # "Interpretation (III) of the A and the B on ...": the third of its name, its link after the number
            end = _extend_right(toks, i + 3, acronyms, allow_year=False)
            if end > i + 4:
                cands.append((i, end, HEAD_INITIAL[head], head))
        if head.islower() and head.capitalize() in HEAD_INITIAL and i + 2 < len(toks) and toks[i + 1].text in HEAD_INITIAL_LINK \
                and toks[i + 2].text in ("Several", "Certain", "Some"):
            # "pointed out in the provisions on Several Issues concerning the trial of cases by X courts that …": a
            # judicial interpretation's title a translation left in lower case, up to the clause's end
            k = i + 2
            while k + 1 < len(toks) and k - i < 16 and toks[k + 1].word and toks[k + 1].text.lower() not in _CLAUSE_WORDS - {"in", "on"}:
                k += 1
            if k > i + 3:
                cands.append((i, k, HEAD_INITIAL[head.capitalize()], head.capitalize()))
        if head in ("measures", "regulations", "provisions", "rules") and i + 3 < len(toks) and toks[i + 1].text in ("for", "on") \
                and toks[i + 2].text == "the" and re.fullmatch(r"administration|management|protection|registration|implementation",
                                                               toks[i + 3].text) \
                and i > 0 and toks[i - 1].text == "the" \
                and re.search(r"\b(?:in\s+accordance\s+with|pursuant\s+to|according\s+to|based\s+on)\b[^.;]{0,120}$",
                              text[max(0, toks[i].start - 160):toks[i].start]):
            # "formulated in accordance with the relevant laws … and the measures for the administration of X domain
            # names": a title a translation left in lower case, named as a basis of the text, up to the clause's end
            k = i + 3
            while k + 1 < len(toks) and k - i < 16 and toks[k + 1].word and toks[k + 1].text.lower() not in _CLAUSE_WORDS - {"in", "on"}:
                k += 1
            cands.append((i, k, HEAD_INITIAL[head.capitalize()], head.capitalize()))
        if head in HEAD_INITIAL and i + 1 < len(toks) and not (head == "Law" and toks[i + 1].text == "for") \
                and (toks[i + 1].text in HEAD_INITIAL_LINK
                                                          or head in ("Amendment", "Amendments") and toks[i + 1].text == "to"
                                                          or head in _TO_HEADS and toks[i + 1].text == "to" and i + 2 < len(toks)
                                                          and toks[i + 2].cap) \
                and not (head == "Report" and toks[i + 1].text != "on") \
                and not (head == "Paper" and (i == 0 or toks[i - 1].text != "White")) \
                and not _law_in_a_bodys_name(toks, i):  # "Report on the Work of X", not "Report of A"
            end = _extend_right(toks, i, acronyms, allow_year=head in ("Plan", "Programme"))
            if i > 0 and re.fullmatch(r"(?:19|20)\d\d[-–](?:19|20)\d\d", toks[i - 1].text):
                # "the 2010-2020 Guidelines for Mid-long term development regarding talent people, which …": a title its
                # years open, in lower case up to the clause's end
                k = end
                while k + 1 < len(toks) and k - i < 14 and toks[k + 1].word and toks[k + 1].text.lower() not in _CLAUSE_WORDS:
                    k += 1
                if k + 1 >= len(toks) or not toks[k + 1].word:
                    end = k
            if end > i + 1:
                start = i
                while start > 0 and toks[start - 1].text in LEFT_MODIFIERS:
                    start -= 1
                if head in _RULE_HEADS:  # "the Complaint and Settlement Regulations for X": the words of its kind before it
                    start = _named_kind_before(toks, start)
                if start > 1 and toks[start - 1].text in ("Provincial", "Municipal") and toks[start - 2].cap \
                        and toks[start - 2].word and toks[start - 2].text not in SENTENCE_STARTERS:
                    start -= 2  # "Kelan Provincial Measures for ...": the place that issues it opens the title
                if head in TREATY_HEADS or head == "Law":  # "Hague Agreement Concerning ...", "Basic Law of the X"
                    start = _extend_left(toks, start, acronyms)
                if start > 0 and toks[start - 1].text in ('"', "“"):  # '"Several Opinions ... Situation" Key Tasks': the
                    close = next((k for k in range(start + 1, end + 1) if toks[k].text in ('"', "”")), None)  # quotation
                    end = close - 1 if close else end  # the title opened in closes it
                cands.append((start, end, HEAD_INITIAL[head], head))
        if head == "law" and i >= 2 and re.fullmatch(r"[A-Z][a-z]+", toks[i - 1].text) and toks[i - 2].text in ("the", "The") \
                and not (i + 1 < len(toks) and toks[i + 1].text in _LAW_COMPOUNDS) \
                and toks[i - 1].text not in SENTENCE_STARTERS and toks[i - 1].text not in _STATE_WORDS \
                and toks[i - 1].text not in _LAW_ADJECTIVES and not re.search(r"(?:ese|ian|ish|ic|can|pean)$", toks[i - 1].text):
            cands.append((i - 1, i, "Law", "Law"))  # "the Patent law and the Copyright law" (not "the Chinese law": a country's)
        elif head == "law":  # "Article 6 of the current Chinese patent law": a statute, by the article it cites
            k = next((k for k in range(max(0, i - 8), i - 3) if toks[k].text == "Article" and toks[k + 1].text.isdigit()
                      and toks[k + 2].text == "of" and toks[k + 3].text in ("the", "The")), None)
            if k is not None and all(t.word for t in toks[k + 4:i]):
                start = k + 4
                while start < i - 1 and toks[start].text.lower() in ("current", "amended", "revised", "new", "existing", "present"):
                    start += 1
                cands.append((start, i, "Law", "Law"))
        # head-final: "Patent Law", "Civil Code", "14th Five-Year Plan (2021-2025)"; "X Dispute Resolution Policy promulgated
        # by Y": a policy a body issues, said by the verb after it (not "the Privacy Policy", "the one-China policy")
        issued_policy = head == "Policy" and _ISSUED_BY.match(text, t.end) is not None
        single = head == "Regulation"  # "the China Copyright Collective Management Regulation": a translation's singular
        if head in HEAD_FINAL or issued_policy or single:
            start = _extend_left(toks, i, acronyms)
            if (issued_policy or single) and i - start < 2 or single and (
                    start > 0 and toks[start - 1].text in ("for", "of", "on", "For", "Of")
                    or any(x.text in ORG_HEADS for x in toks[start:i])):
                continue  # ("State Administration for Market Regulation": a body's field, no title)
            if head in _RULE_HEADS and start >= 3 and start < i and toks[start - 1].text == "of" \
                    and re.fullmatch(r"[A-Z][a-z]+(?:tion|ment|ance|ence)", toks[start - 2].text) and toks[start - 3].text in ("the", "The"):
                start -= 2  # "the Protection of X Circuit Layout Designs Regulations": a translated title, its topic first
            if start == i or (i + 1 < len(toks) and toks[i + 1].text in ORG_HEADS | _LAW_GROUPS):
                continue  # "Beijing Jiuding Law Firm", "Economic Law Office", "GWU Law Students": a body, a group of people
            if head == "Act" and (i + 1 < len(toks) and toks[i + 1].cap and toks[i + 1].word
                                  or re.search(r"-type$", toks[i - 1].text)
                                  or any(t.text in ("Geneva", "Hague", "Stockholm", "Paris", "London", "Lisbon") for t in toks[start:i])):
                continue  # "ASI-type Act Preservation": a kind of ruling; "the Geneva Act (of the Hague Agreement)": a treaty's text
            end = i
            if head in ("Law", "Code") and i + 5 < len(toks) and [x.text for x in toks[i + 1:i + 6]] == \
                    ["of", "the", "People's", "Republic", "of"]:
                end = i + 6 if i + 6 < len(toks) and toks[i + 6].text == "China" else i
            elif head == "Act" and i + 2 < len(toks) and toks[i + 1].text == "of" and re.fullmatch(r"(?:1[89]|20)\d\d", toks[i + 2].text):
                end = i + 2  # "the Trade Act of 1974": an act named with its year
            elif head in ("Plan", "Programme", "Program", "Treaty", "Convention", "Agreement", "Protocol", "Outline"):
                if i + 1 < len(toks) and (_is_year_range(toks[i + 1]) or head in ("Plan", "Programme")
                                          and re.fullmatch(r"(?:19|20)\d\d", toks[i + 1].text)):
                    end = i + 1  # "... Plan (2021-2025)", "... Promotional Plan 2010"
                if end + 1 < len(toks) and (toks[end + 1].text.lower() in {"for", "on", "of", "between"} or _objectives_go_on(toks, end + 1)):
                    end = _extend_right(toks, end, acronyms, allow_year=True)
            cands.append((start, end, "Regulation" if single else HEAD_FINAL.get(head, "PolicyDocument"), head))
    # a title in quotation marks is taken whole ("Funeral and Interment Management Regulations (Revised Draft)")
    for q in _QUOTED.finditer(text):
        if _SHORT_NAME.search(text[max(0, q.start() - 40):q.start()]):
            continue  # (the "SPC Provisions"): the short name of a title given before it
        quoted = _DRAFT.sub("", q.group("t"))
        if re.search(r"\b(?:entitled|titled|themed|theme\s+(?:of\s+this\s+year\s+)?was|theme\s+of|speech\s+on)\s*$",
                     text[max(0, q.start() - 40):q.start()]):
            continue  # 'a speech entitled "The Role of Enterprises in the IPR Strategy"': the title of a speech or a theme
        if any(w.strip(",") in _QUOTED_HEADLINE_VERBS for w in quoted.split()[1:]):
            continue  # "NPCSC Revises Judicial Personnel Laws, Amends ...": a headline quoted, not a title
        if quoted.split() and quoted.split()[-1] in ORG_HEADS | {"Firm", "Firms", "School"}:
            continue  # 'renamed as the “China Global Law Office”': a body's name
        lead = re.match(r"The\s+(?=[A-Z])", quoted)  # “The Decision on Amending the ‘Provisions …’”
        quoted = quoted[lead.end():] if lead else quoted
        words = [w.strip("‘’'") for w in quoted.split()]
        head = words[-1] if words and words[-1] in HEAD_FINAL else (words[0] if words and words[0] in HEAD_INITIAL else None)
        if head is None and len(words) >= 4 and all(w[:1].isupper() or w[:1].isdigit() or w in CONNECTIVES for w in words):
            # "National Economic ... Five-Year Plans and the Outline of Long-term Goals for 2035": a title case quote
            # that holds an instrument's head is a title, whatever ends it
            head = next((h for w in words for h in (w, w[:-1]) if h in HEAD_FINAL and h[:1].isupper()), None) \
                or next((w for w in words if w in _QUOTED_HEADS), None)
        low = re.match(r"(?:The\s+)?(?P<h>[a-z]+)\s+(?:for|on|of|concerning|regarding)\b", quoted) if head is None else None
        if low and low.group("h").capitalize() in HEAD_INITIAL \
                and re.search(r"\b(?:document|issued|promulgated|released|published|circulated)\s*$", text[max(0, q.start() - 40):q.start()]):
            # 'issued an official document “The outline for the development of X: from 2010 to 2020”': a title in lower case
            head = low.group("h").capitalize()  # that a document issued holds
            lead = re.match(r"The\s+", quoted)
        if head is None and len(words) >= 3 and _ADOPTED_AFTER.match(text, q.end()):
            # '"Chinese X management approach" has been … adopted at the eighth meeting, is hereby promulgated': what a
            # meeting adopted and an order promulgates, whatever a translation made of its head
            head = "《》"
        t0 = q.start("t") + (lead.end() if lead else 0)
        first, last = _token_range(toks, t0, q.start("t") + len(_DRAFT.sub("", q.group("t"))))
        if head == "《》" and first is not None and last is not None and last > first:
            cands.append((first, last, "DepartmentalRule", head))
            continue
        if head and first is not None and last is not None and last > first:
            cands.append((first, last, HEAD_FINAL.get(head) or HEAD_INITIAL.get(head) or _QUOTED_HEADS[head], head))
    for q in _BOOK_TITLE.finditer(text):  # "the 2022 work plan (《…推进计划》)": a Chinese title in its book marks
        kind = chinese_title_kind(q.group("t"))
        first, last = _token_range(toks, q.start("t"), q.end("t"))
        if kind and first is not None and last is not None and last > first:
            cands.append((first, last, kind, "《》"))
    for a, b in _lower_laws(text):  # "revisions of the trademark law": the Trademark Law
        first, last = _token_range(toks, a, b)
        if first is not None and last is not None and last > first:
            cands.append((first, last, "Regulation" if re.match(r"(?:implementing\s+)?(?:rules|regulations?)\b", text[a:b]) else "Law",
                          "law"))
    # longest first, no overlaps
    cands.sort(key=lambda c: (-(toks[c[1]].end - toks[c[0]].start), c[0]))
    taken: list[tuple[int, int]] = []
    out: list[Instrument] = []
    aliases: list[tuple[int, str]] = []  # where a short name is defined, and the name
    own = norm_title(doc_title)
    for s, e, kind, head in cands:
        start, end = toks[s].start, toks[e].end
        if end - start > 2 and text[end - 1] in ("'", "’") and start > 0 and text[start - 1] in ("‘", "'"):
            end -= 1  # "‘… the Kingdom of Netherlands’": the quotation closed after a name ending in s, no possessive
        if any(a < end and start < b for a, b in taken):
            continue
        if _ALIAS_OPEN.search(text, max(0, start - 40), start) and _ALIAS_CLOSE.match(text, end):
            taken.append((start, end))
            aliases.append((start, " ".join(text[start:end].split())))
            continue  # (“Provisions on X Cases”): the short name a text gives a title it has named, no title of its own
        if page and not text[end:].strip() and head != "《》" and not known_title(reference, " ".join(text[start:end].split())):
            continue  # "... such as Notice on Regul": a page cut off inside a title
        taken.append((start, end))
        if _part_of_org_name(toks, s) or e + 1 < len(toks) and toks[e + 1].text in _EVENT_HEADS:
            continue  # (a title inside a body's or an event's name: "the X Strategy Forum")
        title = " ".join(text[start:end].split())  # a title wrapped over a line break is one title
        title = re.sub(r"\s+of\s+the\s+(?:P\.\s?R\.\s?C\.?|PRC)$", "", title)  # "Patent Law of the PRC": the Patent Law
        if kind == "Law":
            title = re.sub(r"(?<=\bLaw)\s+of\s+China$", "", title)  # "the Anti-Monopoly Law of China": the law
        if kind == "Law" and (re.search(r"\b(?:Mr|Ms|Mrs|Dr|Madam|Miss)\.?\s+$", text[max(0, start - 8):start])
                              or re.match(r"(?:Mr|Ms|Mrs|Dr|Madam|Miss)\.?\s", title)
                              or _A_PERSONS_VERB.match(text, end)):
            continue  # "Mr Law", "Secretary for the Civil Service Joshua Law today visited …": a person named Law
        if re.fullmatch(r"(?:Chinese|China['’]s)\s+(?:[A-Z][\w-]*\s+){1,4}Law", title):
            title = title.split(None, 1)[1]  # "the Chinese Patent Law": the Patent Law
        if head == "law":  # named in lower case: written as a title
            title = " ".join(w if w in CONNECTIVES and k else w[:1].upper() + w[1:] for k, w in enumerate(title.split()))
        words = title.split()
        if head != "《》" and (len(words) < 2 or len(words) > 40 or all(w in GENERIC_WORDS or w == head for w in words)
                              or all(w in GENERIC_WORDS | _AMENDING_WORDS or w == head for w in words)
                              or re.fullmatch(r"\d+(?:st|nd|rd|th)", words[-1])):  # "Decision of the 10th": cut at a session
            continue  # "Action Plan", "the Work Plan": a kind of document, not a title
        if kind == "Strategy" and len(words) < 3:
            continue
        if re.match(r"(?:Chapter|Part|Section|Article|CHAPTER|PART)\s+(?:[IVXLC]+|\d+|One|Two|Three)\b", title):
            continue  # "Chapter I General Provisions": a heading of a text, no title
        if re.search(r"[A-Za-z]\d{3,}\b|\b\d{3,}[A-Za-z]", title):
            continue  # "4494746Seed Law of … China2021": words glued to a page's numbers, no title as written
        if re.fullmatch(r"(?:Draft\s+|Proposed\s+)?Amendments?\s+to\s+(?:the\s+)?(?:Articles?|Provisions?|Clauses?|Paragraphs?)\b.*", title):
            continue  # "Proposed Amendments to Articles 43 and 84": provisions amended, no title
        if re.search(r"\b(?:Review|Journal|Quarterly|Yearbook|Bulletin|Annals|Studies)\s+(?:of|on|in|for)\s+(?:the\s+)?$",
                     text[max(0, start - 30):start]):
            continue  # "International Review of Intellectual Property and Competition Law": a journal's name
        if head == "Regulation" and re.search(r"\b[Ll]egal\s+$|\b(?:Administration|Bureau|Department|Office|Agency)\s+(?:for|of)\s+(?:[A-Z]\w+\s+){0,2}$",
                                              text[max(0, start - 40):start]):
            continue  # "the Legal Regulation of the X Rule": governance by law; "State Administration for Market Regulation of
            # China": a body's name, no title
        if re.fullmatch(r"(?:Draft\s+|Proposed\s+)?Amendments?\s+to\s+(?:the\s+)?(?:[A-Z]\w+\s+){0,3}(?:Laws|Regulations|Rules)", title):
            continue  # "Amendments to Trademark Laws": a section of a site about laws of a kind, no title
        inforce = re.search(r"\s+(?:in\s+Force|Comes?\s+into\s+(?:Force|Effect)|Takes?\s+Effect)$", title)
        if inforce:
            title = title[:inforce.start()]  # "Rules on Regulating X in Force" (a headline): the rules
        if re.fullmatch(r"(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+(?:th|st|nd|rd))\s+Five-Year\s+Plan", title) \
                and (_PERIOD_BEFORE.search(text[max(0, start - 40):start]) or _PERIOD_AFTER.match(text, end)):
            continue  # "at the end of the "13th Five-Year Plan"", "the 14th Five-Year Plan period": a span of years, no plan
        if head in HEAD_FINAL and words[-1] == head and len(words) <= 4 and words[-2] in _ISSUING_HEADS:
            continue  # "State Council Regulations", "the Ministry Rules": a body's and a kind's names, no title
        if own and SequenceMatcher(None, norm_title(title), own).ratio() >= 0.9 \
                and (_in_a_headline(text, doc_title, start, end) or _SELF_REFERENCE.match(text[end:end + 200])) \
                and not _AMENDMENT_NOTE.match(text, end):  # (a text's title over the note of its amendments: revised)
            continue  # the document itself: in its headline, or where it says it is made ("X is hereby issued"); an
            # article that names the instrument its headline names mentions it
        if words[0] == head and head in HEAD_INITIAL and doc_title.startswith(title) \
                and re.match(r"\s+[a-z]", doc_title[len(title):]):
            continue  # the document's own title, cut where it goes on in lower case ("Notice of X on continuously ...")
        known = reference.known_instrument(title)
        if not known and head in HEAD_INITIAL and head != "《》" and (_in_headline_only(text, doc_title, start, end, title)
                                                                     or title.split()[0] == head
                                                                     and _after_a_headings_verb(text, start, end, title)):
            continue  # "SPC Issues New Interpretation for Patent Dispute Cases": a headline capitalises every word
        kind = known.cls if known else _refine_kind(kind, title, text[max(0, start - 40):start])
        out.append(Instrument(key=reference.instrument_key(title), title=title, kind=kind, span=Span(start, end)))
        inner = _AMENDING.match(title)
        if inner:  # "Decision on Amending the Patent Law": the amended instrument is mentioned too
            amended, lead = inner.group("inner"), 0
            # ("… on Amending the Law of X on Protection of Y and Other Eleven Laws": the law it names, the others unnamed)
            amended = re.sub(r"\s+and\s+(?:the\s+)?[Oo]ther\s+[\w-]+\s+(?:Laws|Regulations|Administrative\s+Regulations|Rules)$", "", amended)
            quoted = re.fullmatch(r"(['‘])(.+)['’]", amended)
            if quoted:  # "Decision on Amending the 'X Provisions'": the title inside its quotation marks
                amended, lead = quoted.group(2), 1
            for sub in find_instruments(amended, reference, "", acronyms, page=False):
                off = start + inner.start("inner") + lead
                out.append(Instrument(key=sub.key, title=sub.title, kind=sub.kind,
                                      span=Span(off + sub.span.start, off + sub.span.end)))
    for m in _CAPITAL_TITLE.finditer(text) if page else ():
        words = m.group("t").split()
        head = next((w.capitalize() for w in (words[0], words[-1]) if w.capitalize() in HEAD_INITIAL or w.capitalize() in HEAD_FINAL), None)
        if head is None or any(a < m.end("t") and m.start("t") < b for a, b in taken):
            continue
        title = " ".join(words)
        if own and SequenceMatcher(None, norm_title(title), own).ratio() >= 0.9 and not _AMENDMENT_NOTE.match(text, m.end("t")):
            continue  # the document itself, as a headline in capitals names it
        kind = HEAD_FINAL.get(head) or HEAD_INITIAL.get(head)
        out.append(Instrument(key=reference.instrument_key(title), title=title, kind=kind, span=Span(m.start("t"), m.end("t"))))
    out.sort(key=lambda x: x.span.start)
    return _named_by_alias(text, out, aliases)


def _named_by_alias(text: str, out: list[Instrument], aliases: list[tuple[int, str]]) -> list[Instrument]:
    """The later mentions of a short name defined right after a title ('the X of Y (the "Y Provisions")') are that
    title's."""
    for at, alias in aliases:
        full = next((i for i in reversed(out) if i.span.end <= at and _ALIAS_OPEN.fullmatch(text, i.span.end, at)
                     and " ".join(i.title.split()) != alias), None)
        if full is None:
            continue
        out = [Instrument(key=full.key, title=full.title, kind=full.kind, span=i.span)
               if i.span.start > at and " ".join(i.title.split()) == alias else i for i in out]
    return out


def known_title(reference: Reference, title: str) -> bool:
    return reference.known_instrument(title) is not None


def _token_range(toks: list[_Tok], start: int, end: int) -> tuple[int | None, int | None]:
    """The first and last tokens inside text[start:end]."""
    first = next((i for i, t in enumerate(toks) if t.start >= start), None)
    last = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].end <= end), None)
    return first, last


def _part_of_org_name(toks: list[_Tok], s: int) -> bool:
    """"Joint Meeting for Implementing the X Strategy": a title inside a body's name."""
    j = s - 1
    while j >= 0 and (toks[j].cap or toks[j].text in CONNECTIVES) and toks[j].word:
        if toks[j].text in ORG_HEADS or toks[j].text in ("Conference", "Meeting", "Group"):
            # (a joint conference or a leading group "on the Implementation of the X Strategy": a body; "the X Standing
            # Committee Patent Law enforcement inspection": the body's name ends before the title)
            return j < s - 1
        if toks[j].text == "and":
            return False  # "the State Council and the National ... Plan": a body, then a title
        if toks[j].text in ("Implementation", "Implementing") or toks[j].text in CONNECTIVES:
            j -= 1
            continue
        return False
    return False


def _refine_kind(kind: str, title: str, before: str) -> str:
    if kind in ("DepartmentalRule", "PolicyDocument") and re.search(
            r"\b(?:Trial|Adjudication|Judicial|Cases|Disputes)\b", title):
        return "JudicialInterpretation"
    if re.search(r"(?:Court|Procuratorate)['’]s\s*$", before) \
            or re.match(r"(?:Provisions|Rules|Opinions)\s+of\s+the\s+Supreme\s+People['’]s\s+(?:Court|Procuratorate)\b", title):
        return "JudicialInterpretation"  # ("Provisions of the Supreme People's Court on ...": the court's own)
    return kind


def find_revisions(text: str, instruments: list[Instrument], measures: list[tuple[int, int, int]]) -> list[Revision]:
    """Revisions: an instrument that is the object of revise / revision of / amendment to / modification to,
    with the instruments joined to it by "and". measures: (start, end, number) of plan measures."""
    by_start = sorted(instruments, key=lambda x: x.span.start)
    out: list[Revision] = []
    for m in _TRIGGER.finditer(text):
        pos = m.end()
        chain = []
        for inst in by_start:
            if inst.span.start < pos:
                continue
            gap = text[pos:inst.span.start]
            if "\n\n" in gap or not (_CHAIN_GAP.fullmatch(gap) if chain else _GAP.fullmatch(gap)):
                break  # (the instruments after the first are joined to it by "and" or a comma, within a paragraph)
            chain.append(inst)
            pos = inst.span.end
        word = (m.group("word") or "revised").lower()
        measure = next((n for a, b, n in measures if a <= m.start() < b), None)
        host = next((i for i in by_start if i.span.start < m.start() < i.span.end), None)
        adopted_by_host = bool(host and _IMPLEMENTING.search(text[max(0, host.span.start - 60):host.span.start]))
        if adopted_by_host:  # "implement the Decision ... on Amending the X": the amendment is adopted already
            measure = None
        if measure is None and m.group("ord") and _BACKGROUND.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "after the fourth revision of the Patent Law in 2020": an earlier revision, told as background
        # "the revised draft of the X", "the second revised version of the X": a text under way, not the law revised
        drafted = bool(chain) and re.search(r"\b(?:draft|drafts|version)\b", text[m.end():chain[0].span.start], re.I)
        for inst in chain:
            if inst.kind not in REVISABLE or _NOT_REVISABLE_WORDS.search(inst.title):
                continue
            sent_start = max(text.rfind(c, 0, m.start()) for c in ".\n,;") + 1
            sentence = max(text.rfind(c, 0, m.start()) for c in ".\n") + 1
            # (the clause's verb, else the sentence's: "China would push forward A, the overhaul of B, and the revision of C")
            status = "adopted" if adopted_by_host else "underway" if drafted and measure is None else \
                _status(text[sent_start:m.start()], word, measure is not None) or _status(text[sentence:m.start()], word, False)
            out.append(Revision(
                instrument=inst.key, title=inst.title, span=Span(m.start(), inst.span.end),
                status=status,
                ordinal=_ordinal(m.group("ord")), measure=measure,
            ))
    # what follows a title that tells its revision, made: "X (Revised in 2031) … (Promulgated by …; amended in accordance with the
    # Decision … on …)"; "the Seed Law (revised in 2031)", "the X Law (as amended in 2031)"; "the Trademark Law, the latest
    # amendment of which took effect on November 1, 2031"
    for inst in by_start:
        if inst.kind in REVISABLE and any(p.match(text, inst.span.end) for p in (_AMENDMENT_NOTE, _REVISED_IN, _AMENDMENT_OF_WHICH)) \
                and not any(r.instrument == inst.key and r.span.start <= inst.span.start < r.span.end for r in out):
            out.append(Revision(instrument=inst.key, title=inst.title, span=Span(inst.span.start, inst.span.end), status="adopted"))
    for inst in by_start:  # "the Copyright Law, which is under revision"
        if inst.kind in REVISABLE and _UNDER_REVISION.match(text[inst.span.end:inst.span.end + 60]):
            measure = next((n for a, b, n in measures if a <= inst.span.start < b), None)
            out.append(Revision(instrument=inst.key, title=inst.title, span=Span(inst.span.start, inst.span.end),
                                status="planned" if measure is not None else "underway", measure=measure))
    return _one_per_revision(out)


# the note of a text's history under its title: "(Promulgated by Order No. 3 on …; amended in accordance with the Decision
# of X on …)", "revised for the second time in accordance with the Decision …" (its year's edition and order between)
_AMENDMENT_NOTE = re.compile(r"\s*(?:[^()]|\((?:(?:19|20)\d\d\s+Revision|Revised\s+in\s+(?:19|20)\d\d)\)){0,400}?\(\s*Promulgated\s+by"
                             r"[^()]{0,600}?(?:\b(?:amended|revised)\b[^()]{0,120}?\bin\s+accordance\s+with\s+the\s+Decision"
                             r"|\b(?:amendment|revision|amended|revised)\s+(?:was\s+)?(?:adopted|approved|passed)\s+(?:at|by)\s+the\b)", re.I)
# (…; amendment adopted at the 23rd Executive Meeting of the State Council on September 6, 2031)
# a text's title in capitals on a line of its own, over the note of its promulgation: "REGULATIONS ON X" / "(Promulgated by …)"
_CAPITAL_TITLE = re.compile(r"(?m)^[ \t]*(?P<t>[A-Z][A-Z ,'’()-]{8,160}?[A-Z)])[ \t]*\n(?=[ \t]*\(\s*(?:Promulgated|Adopted|Issued)\b)")


_AMENDMENT_OF_WHICH = re.compile(r"\s*,\s+(?:the|its)\s+(?:(?:latest|last|most\s+recent|new|first|second|third|fourth|fifth)\s+)?"
                                 r"(?:amendment|revision)\s+(?:of|to)\s+which\s+(?:took|takes|came|comes|has|had|was|entered|went)\b", re.I)
_REVISED_IN = re.compile(r"\s*\(\s*(?:as\s+|last\s+|latest\s+)?(?:revised|amended)\s+(?:in\s+)?(?:19|20)\d\d\s*\)", re.I)


def _one_per_revision(revs: list[Revision]) -> list[Revision]:
    """A document may name the same revision several times ("the revision of the Patent Law ... the revised
    Patent Law"): one record each, with the first ordinal, measure and status found."""
    merged: dict[tuple, Revision] = {}
    for r in revs:
        key = (r.instrument, r.ordinal, r.measure)
        prev = merged.get(key) or merged.get((r.instrument, None, r.measure))
        if prev is None:
            merged[key] = r
        elif prev.status is None and r.status:
            merged[(prev.instrument, prev.ordinal, prev.measure)] = Revision(
                prev.instrument, prev.title, r.status, prev.span, prev.ordinal, prev.measure)
    return sorted(merged.values(), key=lambda r: r.span.start)


def _ordinal(word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower()
    return ORDINALS.get(w) or (int(re.match(r"\d+", w).group()) if w[:1].isdigit() else None)


def _status(before: str, word: str, in_measure: bool) -> str | None:
    b = before.lower()
    if in_measure:
        return "planned"
    if re.search(r"\bafter\b|\bhas been\b|\bwas\b|\bwere\b|\bcompleted\b|\badopted\b|\bpassed\b", b) or word in (
            "revised", "amended", "modified"):
        return "adopted"
    if re.search(r"\b(speed up|accelerate|carry out|research|under way|underway|ongoing|is being|are being|work hard|"
                 r"draft|deliberat\w*|started|start|review\w*|solicit\w*|submitted)\b", b):
        return "underway"
    if re.search(r"\b(will|would|plan|to be|should|shall)\b", b):
        return "planned"
    return None
