"""Shapes met on real pages of a trade agreement between two governments, a white paper's press conference and the
copyright administration's warning lists, each tested with generated names:
- instruments: "Agreement between the Government of A and the Government of B" (the second party is the title's),
  "Agreement Between A and B" (the link in capitals), "Phase 1 Trade Agreement" (a phase's number inside the title);
  印发“关于某事的意见” (a title in quotation marks), 《关于某事的中方立场》白皮书 (a white paper named before the word);
- officials: 某银行行长甲 (a bank's governor), 某部副部长兼某某谈判副代表乙 (a second title of a field after 兼, no unit);
- headlines and dates: "This article was written by A, B, and C." is the authors' byline, not a headline; the share
  links beside a page's date (2031-01-21 09:51:42 来源:某社 分享 分享到某某微博) leave the date the page's."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_agreements_between_two_parties_and_titles_in_quotation_marks(read, seed):
    r = random.Random(seed)
    a, b = g.word(r), g.word(r)
    ex = read(f"Title of page\n\nThe full text of the deal, officially titled ‘Economic and Trade Agreement between the Government of the "
              f"Republic of {a} and the Government of the Kingdom of {b}’, was released on 15 January 2030.\nEarlier today, The "
              f"Cultural Exchange Agreement Between the Republic of {a} and the Kingdom of {b}, Phase 1 was released. The Phase 2 "
              f"Trade Agreement is awaited.\n")
    titles = {i.title for i in ex.instruments}
    assert f"Economic and Trade Agreement between the Government of the Republic of {a} and the Government of the Kingdom of {b}" \
        in titles, titles
    assert f"Cultural Exchange Agreement Between the Republic of {a} and the Kingdom of {b}" in titles, titles
    assert "Phase 2 Trade Agreement" in titles, titles
    topic, paper = g.zh_place(r), g.zh_place(r)
    ex = read(f"标题\n\n中共中央办公厅、国务院办公厅近日印发“关于强化{topic}保护的意见”,要求各地区认真贯彻落实。国务院新闻办公室发表《关于{paper}"
              f"的中方立场》白皮书。\n")
    titles = {i.title for i in ex.instruments}
    assert {f"关于强化{topic}保护的意见", f"关于{paper}的中方立场"} <= titles, titles


@given(SEEDS)
def test_a_banks_governor_and_a_second_title_of_a_field(read, seed):
    r = random.Random(seed)
    a, b, c = g.zh_name(r), g.zh_name(r), g.zh_name(r)
    bank = f"{g.zh_place(r)}人民银行"
    ex = read(f"标题\n\n新华社报导,{bank}行长{a}也参加了通话。\n")
    assert {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts} == {(a, "行长", bank)}, ex.posts
    field = f"{g.zh_place(r)}贸易谈判"
    ex = read(f"标题\n\n并于当日上午10时举行新闻发布会,请商务部副部长兼{field}副代表{b}和某市政府新闻办公室副主任{c}出席。\n")
    posts = {(p.person, p.role, p.org.key or p.org.surface if p.org else None) for p in ex.posts}
    assert (b, "副部长", "mofcom") in posts and (b, f"{field}副代表", "mofcom") in posts, posts


@given(SEEDS)
def test_an_authors_byline_sentence_and_share_links_beside_the_date(read, seed):
    r = random.Random(seed)
    names = [g.pinyin_name(r) for _ in range(3)]
    ex = read(f"This article was written by {names[0]}, {names[1]}, and {names[2]}.\nAfter two years of talks, the parties signed "
              f"an agreement on January 15, 2030.\n")
    assert not ex.document.title.startswith("This article"), ex.document.title
    head = f"【新要闻】{g.zh_place(r)}电影进入版权保护预警名单"
    ex = read(f"您当前的位置 :头条 >\n{head}\n2031-01-21 09:51:42   来源:某社  分享 分享到某某微博 分享到某某博客\n\n\n"
              f"某社北京1月20日电 某局19日、20日连续发布预警名单。\n")
    assert ex.document.date == "2031-01-21", ex.document.date
