from ipgraph.extract.en.instruments import find_instruments, find_revisions


def titles(reference, text, doc_title=""):
    return [(i.title, i.kind) for i in find_instruments(text, reference, doc_title, {"SIPO", "WIPO"})]


def test_head_final_and_head_initial_titles(reference):
    text = ("(9) Revise the Seed Law of the People's Republic of China and the Regulations on the Protection of "
            "New Varieties of Plants, implement the Several Opinions on Promoting Radio, Film and Television "
            "Exchanges, and the 15th Five-Year Plan (2026-2030). (SIPO)")
    out = titles(reference, text)
    assert ("Seed Law of the People's Republic of China", "Law") in out
    assert ("Regulations on the Protection of New Varieties of Plants", "Regulation") in out
    assert ("Several Opinions on Promoting Radio, Film and Television Exchanges", "PolicyDocument") in out
    assert ("15th Five-Year Plan (2026-2030)", "Plan") in out


def test_judicial_interpretations_and_treaties(reference):
    text = ("Promulgate the Supreme People's Court's Interpretation Concerning Several Issues in the Application "
            "of Law in Trademark Cases, and promote the Marrakesh Treaty on Access to Published Works of WIPO.")
    out = titles(reference, text)
    assert ("Interpretation Concerning Several Issues in the Application of Law in Trademark Cases",
            "JudicialInterpretation") in out
    assert ("Marrakesh Treaty on Access to Published Works", "Treaty") in out  # "of WIPO" names the body, not the title


def test_titles_inside_body_names_and_the_document_itself_are_not_mentions(reference):
    text = ("The Office of the Inter-Ministerial Joint Meeting for Implementation of the National Intellectual "
            "Property Strategy issued the Work Plan for Patent Quality in 2019.")
    assert titles(reference, text, doc_title="Work Plan for Patent Quality in 2019") == []


def test_known_aliases_share_one_key(reference):
    a = find_instruments("the Compendium of China National IP Strategy", reference, "", set())
    b = find_instruments("the Outline of the National Intellectual Property Strategy", reference, "", set())
    assert a[0].key == b[0].key == "outline-of-the-national-ip-strategy"


def revisions(reference, text, measures=()):
    inst = find_instruments(text, reference, "", set())
    return [(r.title, r.status, r.ordinal, r.measure) for r in find_revisions(text, inst, list(measures))]


def test_revisions_and_their_status(reference):
    assert revisions(reference, "He answered questions on the fourth amendment to the Copyright Law.") == [
        ("Copyright Law", None, 4, None)]
    text = "We will speed up the revision of the Regulations on Geographical Indications."
    assert revisions(reference, text) == [("Regulations on Geographical Indications", "underway", None, None)]
    text = "(12) Revise the Trademark Law and the Anti-Unfair Competition Law. (SAIC)"
    assert revisions(reference, text, [(0, len(text), 12)]) == [
        ("Trademark Law", "planned", None, 12), ("Anti-Unfair Competition Law", "planned", None, 12)]


def test_revisions_that_are_not_of_laws(reference):
    assert revisions(reference, "Revise textbooks of elementary and middle schools.") == []
    assert revisions(reference, "Revise the Assessment Index System of National Awards.") == []
    assert revisions(reference, "Revise the IP Work Plan of the Ministry.") == []


def test_decision_on_amending_mentions_the_law_and_reports_its_revision(reference):
    text = "The NPC Standing Committee adopted the Decision on Amending the Patent Law of the People's Republic of China."
    assert ("Patent Law of the People's Republic of China", "Law") in titles(reference, text)
    assert revisions(reference, text) == [("Patent Law of the People's Republic of China", "adopted", None, None)]


def test_revised_law_is_adopted_and_draft_is_under_way(reference):
    assert revisions(reference, "The newly revised Trademark Law takes effect today.") == [
        ("Trademark Law", "adopted", None, None)]
    assert revisions(reference, "Lawmakers started deliberating the draft amendment to the Copyright Law.") == [
        ("Copyright Law", "underway", None, None)]


def test_one_revision_per_law_and_document(reference):
    text = ("We will speed up the revision of the Seed Law. After the revision of the Seed Law, rules follow. "
            "The revised Seed Law takes effect.")
    out = revisions(reference, text)
    assert len(out) == 1 and out[0][0] == "Seed Law" and out[0][1] == "underway"
