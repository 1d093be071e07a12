"""Shapes met on real pages about the Beijing Treaty and its diplomatic conference (the copyright administration's
history, reprints, a wiki page, a treaty's contents with glosses), each tested with generated names:
- 中国代表团团长甲被推选为会议主席: a delegation's head; 时任某市市长乙: the city, not "then" the city; 总干事丙·丁评价: the
  name, not the verb after it;
- 由某组织主办、某局承办的‘某某外交会议’正式拉开帷幕: the name its quotation opens; 《某条约》获得大会一致通过: no second event;
  外交会议定于2031年6月20日至26日在某地举行 and 会议成功签署: the conference named before, on its first day;
- 本条约于2031年12月20日由关于某某问题外交会(huì )议在某地通过: a meeting that adopted a text, its gloss spaced inside;
- 来源:某报/某某战略网: a site named for a known instrument is no mention of it."""

import random

from hypothesis import given
from hypothesis import strategies as st

from ipgraph._text import drop_reading_aids
from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_delegations_head_a_then_mayor_and_a_verb_after_a_foreign_name(read, seed):
    r = random.Random(seed)
    head, mayor = g.zh_name(r), g.zh_name(r)
    city = g.zh_place(r) + "市"
    foreign = "".join(r.sample("弗朗西斯卡洛伊莎贝尔", 3)) + "·" + "".join(r.sample("高锐莱赫提穆勒", 2))
    ex = read(f"某条约缔结始末\n\n2031-04-27 11:29:33 来源:某报\n\n会议正式拉开帷幕,中国代表团团长{head}被推选为会议主席。某组织总干事{foreign}评价,"
              f"条约的缔结体现了会议的开放性。时任{city}市长{mayor}等出席了闭幕式。\n")
    posts = {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}
    assert (head, "团长", "中国代表团") in posts and (mayor, "市长", city) in posts, posts
    assert foreign in {p.person for p in ex.posts}, posts


@given(SEEDS)
def test_a_conference_named_in_quotes_and_told_again_by_its_kind(read, seed):
    r = random.Random(seed)
    y = r.randint(2000, 2030)
    name = f"保护{r.choice(['音像表演', '传统知识', '广播组织', '遗传资源'])}外交会议"
    ex = read(f"某条约缔结始末\n\n2031-04-27 11:29:33 来源:某报\n\n  “{y}年6月20日,由某组织主办,{g.zh_body(r)}、{g.zh_place(r)}市人民政府承办的‘{name}’正式拉开帷幕,"
              f"中国代表团团长{g.zh_name(r)}被推选为会议主席。\n\n  同年6月24日,《{g.zh_place(r)}条约》获得大会一致通过。\n\n"
              f"  12月1日,经各成员国一致表决同意,外交会议定于{y}年6月20日至26日在某地举行。26日,会议成功签署条约。\n")
    assert [(e.label, e.date) for e in ex.events] == [(name, f"{y}-06-20")], ex.events


@given(SEEDS)
def test_a_meeting_that_adopted_a_text_with_a_spaced_gloss(read, seed):
    r = random.Random(seed)
    y = r.randint(1990, 2030)
    topic = g.zh_place(r) + r.choice(["版权", "邻接权", "表演"])
    text = drop_reading_aids(f"《某某条约》中文版全文\n目 录\n序言\n第一章:总则\n第1条:与其他公约的关(guān)系\n第2条:定义(yì)\n"
                             f"*本条约于{y}年12月20日由关于{topic}若干问(wèn)题外交会(huì )议在日内瓦通过(guò)。\n第3条:国民待遇\n")
    assert "(huì )" not in text, text  # (the gloss with a space inside its bracket, taken away as the others are)
    ex = read(text)
    assert [(e.label, e.date) for e in ex.events] == [(f"关于{topic}若干问题外交会议", f"{y}-12-20")], ex.events


@given(seed=SEEDS)
def test_a_site_named_for_a_known_instrument(read, reference, seed):
    r = random.Random(seed)
    titles = sorted(t for inst in reference.instruments.values() if inst.titles_zh for t in inst.titles_zh.value if len(t) >= 6)
    known = r.choice(titles)
    ex = read(f"某某回顾条约缔结始末\n\n发布时间:2031/5/7 14:52:23 来源:某某知识产权报/{known}网\n\n  会议正式拉开帷幕,千余名代表参加了此次会议。\n")
    assert not ex.instruments, ex.instruments
