"""Shapes met on real pages of the rules on Internet domain names (a ministry's order in traditional script,
machine translations, a trade body's legal basis with its lines broken, a law site's text), each tested with
generated names:
- 某部令 / 第30号 / … / 部长:某某: the head who signs the order, of the body whose order it is;
- "Reviewed and approved on the 8th Minister Working Meeting of Ministry of X on September 28, 2031", "… was adopted at
  the eighth meeting, is hereby promulgated and shall come into force as of December 20, 2031": the meetings, on the
  day written before them; the quoted title that meeting adopted, in lower case;
- "X Dispute Resolution Policy promulgated by the Y Center": a policy a body issues (not "the Privacy Policy");
- "formulated in accordance with the relevant laws … and the measures for the administration of X names in china": a
  title left in lower case;
- "Registration" / "of Internet X Names" / … / "which was adopted on" / "September 30, 2031.": a headline wrapped
  before its link, and no page date from a sentence its lines break."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


@given(SEEDS)
def test_the_head_who_signs_an_order(read, seed):
    r = random.Random(seed)
    ministry = g.zh_place(r) + r.choice(["信息产业部", "工业部", "商务部", "科技部"])
    minister = g.zh_name(r)
    measures = f"{g.zh_place(r)}{r.choice(g.ZH_FIELDS)}管理办法"
    ex = read(f"{measures}\n\n{ministry}令\n第{r.randint(2, 99)}号\n\n  《{measures}》已经2031年9月28日{ministry}第{r.randint(2, 20)}次部务会议审议通过,"
              f"现予公布,自2031年12月20日起施行。\n \n部长:{minister}\n二〇三一年十一月五日\n\n{measures}\n第一章 总 则\n\n  第一条 为规范管理,制定本办法。\n")
    assert [(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts] == [(minister, "部长", ministry)], ex.posts


@given(SEEDS)
def test_meetings_told_by_what_they_adopted(read, seed):
    r = random.Random(seed)
    y, d = r.randint(2025, 2035), r.randint(1, 28)
    ministry = f"Ministry of {g.word(r)} Industry"
    ex = read(f"{g.word(r)} Internet Domain Name Regulations\n\nPrint E-mail {g.word(r)}Law.org, January 21, {y + 1}\n\n(Reviewed and approved on the "
              f"{r.randint(2, 20)}th Minister Working Meeting of {ministry} (MII) on September {d}, {y} and shall go into force as of "
              f"December 20, {y})\n\nChapter I General Provisions\n")
    assert [(e.kind, e.date) for e in ex.events] == [("Meeting", f"{y}-09-{d:02d}")], ex.events
    quoted = f"{g.word(r)} Internet domain name management approach"
    ex = read(f"Order of the {g.word(r)} Ministry of information industry\n\n\n\"{quoted}\" has been September {d}, {y} the Ministry of "
              f"information industry was adopted at the eighth meeting, is hereby promulgated and shall come into force as of "
              f"December 20, {y}.\n\n\nChapter I General Provisions\n")
    assert [(e.kind, e.date) for e in ex.events] == [("Meeting", f"{y}-09-{d:02d}")], ex.events
    assert quoted in [i.title for i in ex.instruments], ex.instruments


@given(SEEDS)
def test_a_policy_a_body_issues(read, seed):
    r = random.Random(seed)
    policy = f"{g.word(r)} Name Dispute Resolution Policy"
    ex = read(f"Legal Basis\n\n{policy} promulgated by the {g.word(r)} Network Information Center, which was adopted in 2031.\n\n"
              f"Read our Privacy Policy and the one-China policy of the {g.word(r)} government.\n")
    assert [i.title for i in ex.instruments] == [policy], ex.instruments


@given(SEEDS)
def test_a_basis_named_in_lower_case(read, seed):
    r = random.Random(seed)
    topic = f"Internet {g.word(r).lower()} names"
    ex = read(f"{g.word(r)} Network Information Center name dispute resolution\n\nArticle 1 in order to solve the disputes over the names, "
              f"the present Measures are formulated in accordance with the relevant laws, administrative regulations and the measures "
              f"for the administration of {topic} in china.\n")
    assert [i.title for i in ex.instruments] == [f"measures for the administration of {topic} in china"], ex.instruments


@given(SEEDS)
def test_a_headline_wrapped_before_its_link_and_a_sentences_date(read, seed):
    r = random.Random(seed)
    topic = f"Internet {g.word(r)} Names"
    y = r.randint(2020, 2035)
    ex = read(f"|\nRegistration\nof {topic}\nLegal\nBasis\n{g.word(r)} Internet Name Regulations promulgated by\nthe Ministry of "
              f"{g.word(r)} Industry of China, which was adopted on\nSeptember 30, {y}.\nImplementing Rules of Name Registration promulgated "
              f"by the {g.word(r)}\nCenter, which was adopted on December 1,\n{y}.\n")
    assert ex.document.title == f"Registration of {topic}", ex.document
    assert ex.document.date is None, ex.document
