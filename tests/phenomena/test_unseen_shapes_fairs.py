"""Shapes met on real pages of IP protection at a trade fair held twice a year, told by law firms, a magazine's
viewer, a wire release and Chinese papers over the years, each tested with generated names:
- "the 71st X Fair in 1992", "118th X Import & Export Fair (also known as Y Fair) ... concluded on 4 November 2031": a
  fair by its session, its other name no second fair; "the Y Fair stands out as one of the largest": the series, no
  event; "X Fair on the Rise": a headline's words, no topic;
- "GUANGZHOU, China, Oct. 16, 2031 /PRNewswire/ --": a wire release's date;
- "the Complaint and Settlement Regulations for X": a title opened by words of its kind; "Y Fair Launches Measures to
  Protect IPR": a heading's words, no title;
- "EW Issue 5 2031 | Page 15", 某声音 直达真相 欢迎关注某网!, an English slogan over a Chinese page's headline
  (某会:一句标题 over 发布时间…): chrome;
- 第138届某交会 (a fair by its session), 第125届某交易会(下称某交会)开幕新闻发布会 (its press conference), 某交会新闻发言人、
  某中心副主任徐某今日表示 (a spokesman of the fair, a name before 今日)."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_fair_by_its_session_and_the_series_no_event(read, seed):
    r = random.Random(seed)
    city = g.word(r)
    ex = read(f"IP Enforcement at {city} Fair\n\nPublished on 14 Apr 2031\n\nThe {city} Fair stands out as one of the largest trade shows. "
              f"IP protection first began at the 71st {city} Fair in 1992. At the 81st {city} Fair in 1997, the organizers set up a "
              f"group.\n")
    assert sorted(e.label for e in ex.events) == [f"71st {city} Fair", f"81st {city} Fair"], ex.events
    ex = read(f"IP-Related Complaints Lodged during 118th {city} Import & Export Fair on the Rise\n\nThe 118th {city} Import and "
              f"Export Fair (also known as {city} Fair) held in {g.word(r)} was concluded on 4 November 2031.\n")
    assert [(e.label, e.date) for e in ex.events] == [(f"118th {city} Import and Export Fair", "2031-11-04")], ex.events


@given(SEEDS)
def test_a_wire_releases_date_and_titles_in_headings(read, seed):
    r = random.Random(seed)
    city, fair = g.word(r).upper(), g.word(r)
    ex = read(f"{fair}'s 128th Fair Puts Focus on IPR Protection\n\n{city}, China, Oct. 16, 2031 /PRNewswire/ -- The ongoing fair has "
              f"introduced a platform.\n\n{fair} Fair Launches Measures to Protect IPR\n\nAccording to the Complaint and Settlement "
              f"Regulations for Being Suspected of {g.word(r)} Infringement published in April 2030, an exhibitor may lodge a "
              f"complaint.\n")
    assert ex.document.date == "2031-10-16", ex.document.date
    assert [i.title.split(" for ")[0] for i in ex.instruments] == ["Complaint and Settlement Regulations"], ex.instruments


@given(SEEDS)
def test_chrome_of_magazines_and_portals(read, seed):
    r = random.Random(seed)
    head = f"The intellectual property wars: How the {g.word(r)} Fair cracked down"
    ex = read(f"EW Issue 5 2031 | Page 15\n\n{g.word(r)} Fair\n\n{head}\n\nThere are few places more thrilling for a lawyer than a trade show.\n")
    assert ex.document.title == head, ex.document.title
    head = f"维护权益“秒响应” 守护{g.zh_place(r)}“不打烊”"
    ex = read(f"香港声音 直达真相 欢迎关注{g.zh_place(r)}社官方网站{g.zh_place(r)}网!\n读新闻 新闻 本港消息 国际新闻 国内新闻 港澳新闻\n\n{head}\n\n"
              f"2031-10-27 08:39:19 信息来源:发布者:某网点击量:\n\n第138届广交会上,一位采购商点赞。\n")
    assert ex.document.title == head, ex.document.title
    head = f"{g.zh_place(r)}会:提升参展质量,加强知识产权保护"
    ex = read(f"中文\n\nBase on one field Cast our eyes on the whole world\n\n立足一域 放眼全球\n\n点击展开全部\n\n{head}\n\n"
              f"发布时间:2031-04-18 来源:某报 作者:{g.zh_name(r)}\n\n4月14日,某会开幕新闻发布会在广州举行。\n")
    assert ex.document.title == head, ex.document.title


@given(SEEDS)
def test_a_fair_by_its_session_its_press_conference_and_its_spokesman(read, seed):
    r = random.Random(seed)
    fair, name = f"{g.zh_place(r)[0]}交会", f"徐{g.zh_place(r)[0]}"
    ex = read(f"维护权益“秒响应”\n\n2031-10-27 08:39:19 信息来源:某网\n\n第138届{fair}上,一位境外采购商点赞。\n")
    assert [(e.kind, e.label) for e in ex.events] == [("Exhibition", f"第138届{fair}")], ex.events
    conf = f"第125届中国{g.zh_place(r)}商品交易会(下称{fair})开幕新闻发布会"
    ex = read(f"{fair}:加强知识产权保护\n\n发布时间:2031-04-18 来源:某报\n\n4月14日,{conf}在广州举行。{fair}新闻发言人、"
              f"{g.zh_place(r)}贸易中心副主任{name}今日在此间表示,本届将加大保护力度。\n")
    assert [(e.kind, e.date) for e in ex.events] == [("PressConference", "2031-04-14")], ex.events
    assert sorted((p.person, p.role, p.org.surface) for p in ex.posts)[1] == (name, "新闻发言人", fair), ex.posts
