"""Shapes met on real pages of local IP regulations and the laws above them (a law site's listing of the notes of
adoption and amendment, the SPC IP court's English report of the two sessions, a law firm's monthly update, WIPO's
outline of the legal framework), each tested with generated names:
- (2031年8月25日某省第九届人民代表大会常务委员会第二十二次会议通过 根据…第二十九次会议《关于修改〈某省某条例〉等十四件地方性
  法规的决定》修正 …《关于修改部分法律的决定》…): each session with its day and its place, the laws the decisions amend
  named and revised (not the decisions), and the build of such a page valid;
- "A, a standing committee member and deputy secretary-general of X, and vice chairman of Y": two posts;
- "1. Instructions on Improving … Relating to …" and "The Constitution of the People's Republic of X": titles."""

import random

from hypothesis import given
from hypothesis import strategies as st

from ipgraph.build import build
from ipgraph.config import Settings
from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def notes(r: random.Random) -> tuple[str, str, str, str, str]:
    province, city = g.zh_place(r) + "省", g.zh_place(r) + "市"
    law_a, law_b = f"{province}{r.choice(g.ZH_FIELDS)}保护条例", f"{city}{r.choice(g.ZH_FIELDS)}促进条例"
    text = (f"(2000年8月25日{province}第九届人民代表大会常务委员会第二十二次会议通过 根据2011年11月25日{province}第十一届人民代表大会"
            f"常务委员会第二十九次会议《关于修改〈{law_a}〉等十四件地方性法规的决定》修正\n"
            f"(1990年6月12日{city}第十一届人民代表大会常务委员会第十八次会议通过 根据1997年5月5日{city}第十二届人民代表大会常务委员会"
            f"第三十二次会议通过的《关于修改〈{law_b}〉的决定》修正 根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议"
            f"《关于修改部分法律的决定》第一次修正)\n")
    return text, province, city, law_a, law_b


@given(SEEDS)
def test_notes_of_adoption_and_amendment(read, seed):
    r = random.Random(seed)
    text, province, city, law_a, law_b = notes(r)
    ex = read(text)
    assert {(e.label, e.date) for e in ex.events} == {
        (f"{province}第九届人民代表大会常务委员会第二十二次会议", "2000-08-25"),
        (f"{province}第十一届人民代表大会常务委员会第二十九次会议", "2011-11-25"),
        (f"{city}第十一届人民代表大会常务委员会第十八次会议", "1990-06-12"),
        (f"{city}第十二届人民代表大会常务委员会第三十二次会议", "1997-05-05"),
        ("第十一届全国人民代表大会常务委员会第十次会议", "2009-08-27")}, ex.events
    assert {law_a, law_b} <= {i.title for i in ex.instruments}, ex.instruments
    assert {rv.title for rv in ex.revisions} == {law_a, law_b}, ex.revisions


def test_a_page_of_such_notes_builds_valid(tmp_path):
    text = notes(random.Random(7))[0]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "notes.txt").write_text(text, encoding="utf-8")
    assert build(Settings(home=tmp_path / "home"), [corpus]).validation.conforms


@given(SEEDS)
def test_a_member_of_a_committee_with_two_more_posts(read, seed):
    r = random.Random(seed)
    name, party = g.pinyin_name(r), f"{g.word(r)} Association for Promoting Democracy"
    ex = read(f"Notes on the two sessions\n\n\"We need it,\" stated {name}, a standing committee member and deputy secretary-general of "
              f"the National Committee of the CPPCC, and vice chairman of the Central Committee of the {party}.\n")
    assert {(p.person, p.role.lower(), p.org.surface if p.org else None) for p in ex.posts} == {
        (name, "deputy secretary-general", "National Committee of the CPPCC"),
        (name, "vice chairman", f"Central Committee of the {party}")}, ex.posts


@given(SEEDS)
def test_instructions_and_a_constitution(read, seed):
    r = random.Random(seed)
    country = g.country(r)
    instructions = f"Instructions on Improving Legal Protection of {g.word(r)} Rights Relating to Traditional {g.word(r)} Medicines"
    ex = read(f"Laws and Regulations Update\n\n1. {instructions}\n\nPromulgated by the court\n\nThe hierarchy:\n\n1) The Constitution of "
              f"the People's Republic of {country}, which is the highest source of legal norms;\n")
    assert {i.title for i in ex.instruments} == {instructions, f"Constitution of the People's Republic of {country}"}, ex.instruments
