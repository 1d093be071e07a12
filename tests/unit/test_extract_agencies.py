import pytest

from ipgraph.extract.en.agencies import AgencyResolver


def keys(refs):
    return [r.key or f"?{r.surface}" for r in refs]


@pytest.fixture
def resolver(reference):
    return AgencyResolver(reference, "text", "2012-04-11")


@pytest.mark.parametrize("inner, expected", [
    ("SIPO, MOST.", ["sipo", "most"]),
    ("SIPO,MOST", ["sipo", "most"]),
    ("Ministry of Foreign Affairs, MOFCOM, SIPO, SAIC, SAIC, NCAC", ["mfa", "mofcom", "sipo", "saic", "ncac"]),
    ("MOFCOM, SPP, MPS, and relevant administrative enforcement departments", ["mofcom", "spp", "mps"]),
    ("Publicity Department of CCCPC, SARFT", ["cccpc-pd", "sarft"]),
    ("Responsible by State Administration for Market Regulation, Ministry of Public Security", ["samr", "mps"]),
    ("The CNIPA shall take the lead; MPS and SAMR shall participate.", ["cnipa", "mps", "samr"]),
    ("State Administration of Radio, Film and Television, MOE", ["sarft", "moe"]),
    ("PLA GAD", ["pla-gad"]),
])
def test_responsibility_lists(resolver, inner, expected):
    assert keys(resolver.responsibility_list(inner, 0)) == expected


@pytest.mark.parametrize("inner", ["Draft", "hereafter, the Suggestions", "including autonomous regions",
                                   "2021-2035"])
def test_parentheses_that_name_no_agency(resolver, inner):
    assert resolver.responsibility_list(inner, 0) is None


def test_unknown_acronym_is_kept_unresolved_with_a_warning(resolver):
    refs = resolver.responsibility_list("SIPO, XYZA", 100)
    assert keys(refs) == ["sipo", "?XYZA"]
    assert any("XYZA" in w.message for w in resolver.warnings)
    assert refs[1].span.start > 100


def test_ambiguous_acronym_resolved_by_the_acronyms_the_document_uses(reference):
    with_mofcom = AgencyResolver(reference, "MOFCOM and MOC", "2012-04-11")
    assert with_mofcom.acronym("MOC") == "moc"  # Ministry of Culture
    after_reform = AgencyResolver(reference, "the MOC said", "2020-05-01")
    assert after_reform.acronym("MOC") == "mofcom"  # the Ministry of Culture no longer existed


def test_full_names_resolve_to_the_acronym_holder(resolver):
    assert resolver.name("Ministry of Foreign Affairs") == "mfa"
    ref = resolver.resolve("the China National Intellectual Property Administration (CNIPA)", 0, 10)
    assert ref.key == "cnipa"


def test_lead_and_participants_notation(resolver):
    assert keys(resolver.responsibility_list("Lead: SIPO; Participants: MOFCOM, SAIC", 0)) == ["sipo", "mofcom", "saic"]
