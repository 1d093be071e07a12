from ipgraph.extract.en.agencies import AgencyResolver
from ipgraph.extract.en.officials import find_posts, is_pinyin_name, surname_index


def posts(reference, text):
    r = AgencyResolver(reference, text, "2019-01-01")
    return [(p.person, p.role, (p.org.key or p.org.surface) if p.org else None) for p in find_posts(text, r, reference)]


def test_org_role_name(reference):
    assert posts(reference, "Yesterday, MOST Vice Minister Li Meng met guests.") == [("Li Meng", "Vice Minister", "most")]


def test_name_then_roles_of_a_unit(reference):
    out = posts(reference, "Hu Wenhui, Spokesperson and Deputy Director General of the Publicity Office of the CNIPA, said.")
    # (the spokesperson speaks for the administration, the deputy director general serves in its office)
    assert out == [("Hu Wenhui", "Spokesperson", "cnipa"),
                   ("Hu Wenhui", "Deputy Director General", "Publicity Office of the CNIPA")]


def test_role_name_of_org(reference):
    out = posts(reference, "Commissioner Gan Shaoning of China National Intellectual Property Administration (CNIPA) spoke.")
    assert out == [("Gan Shaoning", "Commissioner", "cnipa")]


def test_one_title_for_several_names_and_inherited_organisation(reference):
    text = ("Chen Jining, Mayor of Beijing and Deputy Secretary of the CPC Beijing Municipal Committee, presided. "
            "Executive Vice Mayor Zhang Gong, Vice Mayor Wang Hong, Lu Yan and Sui Zhenjiang attended.")
    out = posts(reference, text)
    assert ("Chen Jining", "Mayor", "beijing-government") in out
    assert ("Chen Jining", "Deputy Secretary", "cpc-beijing-committee") in out
    assert ("Zhang Gong", "Executive Vice Mayor", "beijing-government") in out
    assert {p for p, r, o in out if r == "Vice Mayor"} == {"Wang Hong", "Lu Yan", "Sui Zhenjiang"}


def test_default_organisation_from_reference(reference):
    assert posts(reference, "General Secretary Hu Jintao presided over the study.") == [
        ("Hu Jintao", "General Secretary", "cccpc")]


def test_byline(reference):
    out = posts(reference, "Title\n\nSecretary of Party Committee and Commissioner of CNIPA    Tian Lipu\n\nText.")
    assert out == [("Tian Lipu", "Secretary of Party Committee", "cnipa"), ("Tian Lipu", "Commissioner", "cnipa")]


def test_capitalised_phrases_are_not_people(reference):
    assert posts(reference, "Standing at the Two Centenary Goals, General Secretary Xu Lin spoke.") == [
        ("Xu Lin", "General Secretary", "cccpc")]


def test_pinyin_names_and_later_mentions():
    assert is_pinyin_name("Shen Changyu") and is_pinyin_name("Ji Lin")
    assert not is_pinyin_name("Two Centenary Goals")
    from ipgraph.records import Post, Span
    idx = surname_index([Post("Tian Lipu", "Commissioner", None, Span(0, 1))])
    assert idx == {"Tian": "Tian Lipu"}


def test_role_of_body_before_name_and_minister_of(reference):
    assert posts(reference, "Minister of Commerce Wang Wentao attended.") == [("Wang Wentao", "Minister", "mofcom")]


def test_lower_case_title_after_a_name(reference):
    assert posts(reference, "Li Zhan, chairman of the NPC Standing Committee, presided.") == [
        ("Li Zhan", "Chairman", "npcsc")]


def test_foreign_name_with_its_body(reference):
    out = posts(reference, "He met Anna Berg, Executive Director of the European Union Intellectual Property Office (EUIPO).")
    assert out == [("Anna Berg", "Executive Director", "European Union Intellectual Property Office")]


def test_later_mentions_resolve_to_the_same_person(reference):
    from ipgraph.extract.en.officials import later_mentions

    text = "Deputy Commissioner Tian Lipu spoke. Mr. Tian stressed quality. Tian added that work goes on."
    r = AgencyResolver(reference, text, None)
    found = later_mentions(text, find_posts(text, r, reference))
    assert [(n, text[s.start:s.end]) for n, s in found] == [("Tian Lipu", "Mr. Tian"), ("Tian Lipu", "Tian")]


def test_a_name_does_not_run_across_lines(reference):
    out = posts(reference, "Li Meets WIPO Director General Anna Berg\nUpdated: Apr 27, 2013\n\nText.")
    assert out == [("Anna Berg", "Director General", "wipo")]


def test_possessive_body_before_the_role(reference):
    assert posts(reference, "CNIPA's Commissioner Liu Gang spoke.") == [("Liu Gang", "Commissioner", "cnipa")]
