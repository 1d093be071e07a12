"""Linguistic vocabulary of the extraction rules: words, not facts about the world.

Concept names here are the local names of SKOS concepts in ontology/ipo.ttl; a test keeps the two in step.
"""

from __future__ import annotations

import re

# Clause-initial verbs of plan measures -> ipo action concept
ACTIONS = {
    "revise": "Revise", "amend": "Revise", "modify": "Revise",
    "formulate": "Formulate", "draft": "Draft", "promulgate": "Promulgate", "issue": "Promulgate",
    "publish": "Publish", "release": "Publish",
    "launch": "Launch", "initiate": "Launch", "conduct": "Conduct", "carry": "Conduct",
    "organize": "Organise", "organise": "Organise",
    "research": "Research", "study": "Research", "explore": "Research",
    "improve": "Improve", "optimize": "Improve", "optimise": "Improve", "perfect": "Improve",
    "establish": "Establish", "construct": "Establish", "set": "Establish", "build": "Establish",
    "implement": "Implement", "consolidate": "Implement",
    "promote": "Promote", "propel": "Promote", "advance": "Promote", "encourage": "Promote",
    "support": "Support", "extend": "Support", "assist": "Support",
    "strengthen": "Strengthen", "reinforce": "Strengthen", "intensify": "Strengthen", "enhance": "Strengthen",
    "guide": "Guide", "provide": "Guide",
    "combat": "Enforce", "crack": "Enforce", "punish": "Enforce", "investigate": "Enforce",
    "review": "Review", "assess": "Review", "evaluate": "Review", "inspect": "Review", "examine": "Review",
}
PILOT = re.compile(r"\bpilot\b", re.I)
CAMPAIGN = re.compile(r"\bcampaigns?\b", re.I)
LEGISLATE = re.compile(r"\blegislation\b", re.I)

# Kinds of IP -> ipo IP-kind concept
IP_KINDS = [
    ("Patent", re.compile(r"\bpatent(s|ed|ing)?\b", re.I)),
    ("Trademark", re.compile(r"\btrade ?marks?\b|\bbrands?\b", re.I)),
    ("Copyright", re.compile(r"\bcopyrights?\b|\bpiracy\b|\blicensed software\b", re.I)),
    ("PlantVariety", re.compile(r"\b(new )?varieties of plants?\b|\bplant variet(y|ies)\b|\bbreeding\b", re.I)),
    ("GeographicalIndication", re.compile(r"\bgeographical indications?\b|\bGIs?\b")),
    ("TraditionalKnowledge", re.compile(r"\btraditional knowledge\b|\bTK\b")),
    ("GeneticResource", re.compile(r"\bgenetic resources?\b", re.I)),
    ("Folklore", re.compile(r"\bfolklores?\b|\bfolk literature and art\b", re.I)),
    ("LayoutDesign", re.compile(r"\b(integrated circuit )?layout[- ]designs?\b", re.I)),
    ("TradeSecret", re.compile(r"\btrade secrets?\b|\bbusiness secrets?\b", re.I)),
    ("DomainName", re.compile(r"\bdomain names?\b", re.I)),
]

# Event nouns -> ipo event-kind concept (longest first)
EVENT_NOUNS = [
    ("press conference", "PressConference"), ("news conference", "PressConference"),
    ("news briefing", "PressConference"), ("press briefing", "PressConference"), ("briefing", "PressConference"),
    ("collective study", "CollectiveStudy"), ("study session", "CollectiveStudy"), ("open day", "Observance"),
    ("publicity week", "PublicityWeek"), ("communication week", "PublicityWeek"), ("promotion week", "PublicityWeek"),
    ("awareness week", "PublicityWeek"), ("plenary session", "Meeting"),
    ("special campaign", "Campaign"), ("campaign", "Campaign"),
    ("interview", "Interview"), ("symposium", "Meeting"), ("seminar", "Meeting"), ("workshop", "Meeting"), ("bilateral talks", "Meeting"), ("bilateral talk", "Meeting"),
    ("special meeting", "Meeting"), ("executive meeting", "Meeting"), ("working meeting", "Meeting"),
    ("meeting", "Meeting"), ("teleconference", "Conference"), ("videoconference", "Conference"),
    ("video conference", "Conference"), ("conference", "Conference"), ("forum", "Forum"), ("summit", "Conference"),
    ("ceremony", "Ceremony"), ("commemorative event", "Ceremony"), ("commemorative activity", "Ceremony"), ("commemoration", "Ceremony"),
    ("high-level event", "Meeting"), ("flagship event", "Meeting"),
    ("exhibition", "Exhibition"), ("expo", "Exhibition"),
]

# Heads of named events written in title case ("2022 National IP Publicity Week")
NAMED_EVENT_HEADS = {"Week": "PublicityWeek", "Day": "Observance", "Campaign": "Campaign",
                     "Operation": "Campaign", "Conference": "Conference", "Forum": "Forum",
                     "Expo": "Exhibition", "Fair": "Exhibition", "Summit": "Conference", "Symposium": "Meeting",
                     "Seminar": "Meeting", "Meeting": "Meeting", "Congress": "Conference", "Assembly": "Meeting",
                     "Exhibition": "Exhibition", "Dialogue": "Meeting", "Roundtable": "Meeting", "Round Table": "Meeting"}

# Role titles of officials: a head noun, optionally after modifiers ("Acting Deputy Administrator",
# "Senior Legal Officer", "IP Attaché"), optionally "-elect" or plural ("Deputy Commissioners A and B").
_ROLE_FIXED = [
    r"Secretary of (?:the )?(?:CPC |Party )?(?:Leading Party Members'? Group|Party Leadership Group|Party Committee|Leading Party Group)",
    r"Party (?:Secretary|Chief)", r"General Secretary", r"State Council(?:l)?or", r"Minister[- ]Counse(?:l)?lor", r"Chief Justice", r"Procurator[- ]General",
    r"Prime Minister", r"DG", r"General Director", r"(?:China\s+)?(?:International\s+)?Trade Representative",
    r"Chief Representative",
    r"Comptroller[- ]General", r"Chief Executive(?: Officer)?", r"CEO", r"Under[- ]Secretary", r"Permanent Secretary",
    r"Financial Secretary", r"Chief Secretary(?: for Administration)?",  # (fixed titles of a government: no "Financial" body)
    # a rank of judges, procurators and inspectors: "Second-level Justice", "First-class Inspector", "Grand Justice"
    r"(?:First|Second|Third|Fourth)[- ](?:[Cc]lass|[Ll]evel) (?:Inspector|Justice|Judge|Procurator)", r"Grand Justice",
    # a seat on a party's standing committee or leading group: "member of the Standing Committee of the X Committee"
    r"Member of (?:the )?(?:Standing Committee|Political Bureau|Politburo|Leading Party Members'? Group|Party Leadership Group|"
    r"Leading Party Group)",
]
ROLE_MODIFIERS = ["Acting", "Senior", "Executive", "Deputy", "Vice", "vice", "Prime", "Permanent", "Assistant", "Associate", "Chief", "Principal",
                  "Rotating",  # ("Rotating Chair of the X Working Group")
                  "Managing", "Honorary", "Legal", "IP", "Press", "Political", "Commercial", "Economic", "Science",
                  "Technology", "Program", "Programme", "Project", "Regional", "Country", "Trade"]  # ("Trade Representative")
ROLE_HEADS = [
    "Secretar(?:y|ies)[- ][Gg]eneral", "Director[- ][Gg]eneral", "Director", "Commissioner", "President", "Chair(?:man|woman|person)?",
    "Minister", "Secretar(?:y|ies)", "Governor", "Mayor", "Premier", "Administrator", "Officer", "Partner", "Associate",
    "Counsel(?:l?or)?", "Lawyer", "Attorney", "Professor", "Judge", "Justice", "Spokes(?:person|man|woman)",
    "Attach[ée]", "Ambassador", "Consul(?:[- ]General)?", "Head", "Inspector", "Economist", "Engineer", "Researcher",
    "Fellow", "Dean", "Manager", "Founder", "Registrar", "Examiner", "Editor", "Adviser", "Advisor", "Analyst",
    "Executive", "Deput(?:y|ies)", "Representative", "Chief",
]
_MOD = "(?:" + "|".join(ROLE_MODIFIERS) + r")[- ]"
_HEAD = "(?:" + "|".join(ROLE_HEADS) + ")"
_PLURAL = r"(?:s|es)?"
_ELECT = r"(?:[- ]elect)?"
ROLE_RE = ("(?:(?:(?:" + "|".join(_ROLE_FIXED) + rf"){_ELECT}|(?:{_MOD}){{0,3}}{_HEAD}(?:[- ][Gg]eneral)?{_PLURAL}{_ELECT})"
           r"(?-i:\s+for\s+(?:[A-Z][\w'-]*)(?:\s+(?:and\s+)?[A-Z][\w'-]*)*)?)")  # "Minister for Foreign Affairs", in capitals always
# before a name, the field as short as the name after it allows: "Commissioner for Trademarks Mary Boney Denison"
ROLE_RE_BEFORE_NAME = ROLE_RE.replace(r"(?:\s+(?:and\s+)?[A-Z][\w'-]*)*)?)", r"(?:\s+(?:and\s+)?[A-Z][\w'-]*)*?)?)")
# ("Chinese Ambassador to Britain A": an envoy's title with the country it is sent to, before the name)
ROLE_RE_BEFORE_NAME = (r"(?:Ambassador to (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+(?= [A-Z][a-z]+ [A-Z][a-z]+))?|"  # ("to Saudi Arabia A B")
                       + ROLE_RE_BEFORE_NAME + ")")
# ("Permanent Secretary for Commerce and Economic Development": a fixed title takes its field too)
ROLE_WORDS = {"Secretary", "General", "Deputy", "Executive", "Vice", "Mayor", "Governor", "Commissioner",
              "Director", "Minister", "President", "Chairman", "Chairwoman", "Chair", "Chairperson", "Premier",
              "Spokesperson", "Spokesman", "Spokeswoman", "Head", "Chief", "Inspector", "Counsellor", "Counselor",
              "Party", "State", "Councilor", "Justice", "Procurator", "Economist", "Engineer", "First-Class",
              "Second-Class", "Member", "Ambassador", "Judge", "Acting", "Senior", "Officer", "Partner", "Associate",
              "Counsel", "Lawyer", "Professor", "Attaché", "Attache", "Administrator", "Comptroller", "Editor",
              "Commissioners", "Directors", "Governors", "Mayors", "Ministers", "Presidents", "Under", "Deputies",
              "Secretaries", "Heads", "Chairmen", "Judges", "Representative", "Permanent"}
# Verbs of headlines that stand next to a name ("Tian Lipu Meets ...", "Commissioner Tian Met ...")
HEADLINE_VERBS = {"Meet", "Meets", "Met", "Visit", "Visits", "Visited", "Hold", "Holds", "Held", "Attend", "Attends",
                  "Receive", "Receives", "Received", "Host", "Hosts", "Hosted", "Call", "Calls", "Say", "Says", "Said",
                  "Talk", "Talks", "Sign", "Signs", "Signed", "Inspect", "Inspects", "Address", "Addresses", "Urge",
                  "Urges", "Stress", "Stresses", "Deliver", "Delivers", "Preside", "Presides", "Open", "Opens", "Launch",
                  "Launches", "Elected", "Appointed", "Chairs", "Leads", "Led", "Joins", "Welcomes", "Congratulates",
                  "Discusses", "Highlights", "Attended", "Accompanied", "Speaks", "Spoke", "Tells", "Told", "Releases",
                  "Released", "Issues", "Issued", "Adopts", "Adopted", "Approves", "Approved", "Revises", "Revised",
                  "Amends", "Amended", "Publishes", "Published", "Unveils", "Announces", "Marks", "Concludes", "Starts",
                  "Begins", "Convenes", "Convened", "Sets", "Takes", "Vows", "Pledges", "Steps", "Leading", "Meeting",
                  "Visiting", "Attending", "Holding", "Signing", "Receiving", "Addressing", "Hosting", "Apply", "Applies",
                  "Applied", "Passes", "Passed", "Considers", "Consider", "Authorizes", "Authorized", "Criminalizes",
                  "Criminalized", "Reviews", "Reviewed", "Gives", "Gave"}

# Words that cannot be part of a person's name
NOT_NAME = ROLE_WORDS | HEADLINE_VERBS | {
    "The", "This", "That", "These", "Those", "In", "On", "At", "For", "Of", "And", "With", "By", "From", "To",
    "China", "Chinese", "Beijing", "National", "Central", "Committee", "Council", "Office", "Ministry",
    "Administration", "Department", "Bureau", "Commission", "Government", "Municipal", "People", "Court",
    "Mr", "Ms", "Mrs", "Dr", "Madam", "IP", "Intellectual", "Property", "Law", "It", "She", "They", "We",
    "Who", "Whom", "Whose", "Which", "What", "When", "Where", "Why", "How",  # ("the Chinese Judge Who First Recognized …")
    "His", "Her", "Their", "Its", "Our", "Delegation", "Moderator", "Host", "Presenter", "Chairperson", "Speaker",
    "Speakers", "Interviewer", "Reporter", "Present", "Delivered", "Speech",  # ("A Present and Delivered Speech": a headline's words)
    "Last", "Next", "Year", "Today", "Recently", "According", "Moreover", "However", "Meanwhile", "Yesterday",
    "Tomorrow", "Earlier", "Later", "Also", "Furthermore", "Besides", "Additionally", "Separately",
    # the fields of titles ("Minister for Foreign Affairs", "Commissioner for Trademarks"): no part of a name after them
    "Affairs", "Trademarks", "Patents", "Commerce", "Development", "Trade", "Industry", "Security", "Education", "Health",
    "Finance", "Culture", "Science", "Technology", "Economy", "Economic", "Foreign", "Home", "Planning", "Innovation",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
    # a headline's verbs in the plain form ("X IP Heads Enhance Cooperation"): no names
    "Enhance", "Strengthen", "Deepen", "Boost", "Promote", "Expand", "Discuss", "Agree", "Vow", "Pledge", "Seek", "Explore",
    "Share", "Review", "Renew", "Push", "Forge", "Bolster", "Advance", "Eye", "Hail", "Mull",
}

ORG_HEADS = {"Ministry", "Administration", "Office", "Commission", "Department", "Bureau", "Court",
             "Procuratorate", "Council", "Committee", "Academy", "Association", "Center", "Centre", "Group",
             "Agency", "Institute", "Federation", "Customs", "Government", "Meeting", "Organization",
             "Organisation", "Congress", "Tribunal", "Municipality", "Division", "Section", "Society",
             "Corporation", "Company", "Bank", "University", "Portal", "Daily", "Province", "Registry", "Embassy",
             "Consulate", "Firm", "Partners", "Sector", "Secretariat", "Union", "Authority", "Service", "School",
             "College", "Chamber", "Board", "Parliament", "Assembly", "Branch", "Directorate", "Nations"}  # (the United Nations)
