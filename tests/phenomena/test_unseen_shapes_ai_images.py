"""Shapes met on real pages about the first copyright cases of AI-generated images (spam-headed mirrors in traditional
script, a case brief, an essay, a blog, an appendix under a skip link in Italian), each tested with generated names:
- 甲_乙_丙_丁 (four keywords of a spam site between underscores) and a page's markup cut with its tag ('…受">') over the
  headline; "2031-07-013370來源:": a date glued to a count of readers;
- "Vai al contenuto" (a skip link in another language) over "Appendix B: A vs B (2031)", and "Issue 5" over an essay;
- "GWU Law Students": a group of people, no statute;
- a judge's court: the clause after the name ("who heard arguments … at the X Court"), or the court the text named
  last before the judge ("sued B at the X Court … Judge A ruled"; 遂诉至某法院……本案主审法官甲介绍), but not a former
  judge's."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_spam_and_markup_over_the_headline_and_a_date_glued_to_a_count(read, seed):
    r = random.Random(seed)
    keywords = "_".join(g.zh_place(r) + r.choice(["在线电影", "精品视频", "免费播放", "激情小说"]) for _ in range(4))
    title = f"人工智能生成的{r.choice(['图片', '音乐', '视频'])},受{r.choice(g.ZH_FIELDS)}法保护吗?"
    ex = read(f"如今,在大模型中输入提示词,就可以获得文字、图片等内容产出。就拿生成的图片来说,它属于受\">\n\n{keywords}\n\n首页  ?  新闻频道  ?  国内新闻\n\n"
              f"{title}\n\n2031-07-01{r.randint(10, 99999)}来源:\n\n  如今,在大模型中输入提示词,就可以获得文字、图片、代码等内容产出,相关法律问题也不容忽视。\n")
    assert ex.document.title == title, ex.document
    assert ex.document.date == "2031-07-01", ex.document


@given(SEEDS)
def test_a_skip_link_in_another_language_an_appendix_and_an_issue(read, seed):
    r = random.Random(seed)
    a, b = g.word(r), g.word(r)
    ex = read(f"{r.choice(['Vai al contenuto', 'Aller au contenu', 'Zum Inhalt springen', 'Saltar al contenido'])}\n\nAppendix B: {a} vs {b} (2031)\n\n"
              f"B.1. Points analyzed by the court\n\nThe court examined the following key points to reach its decision, and found the "
              f"image to be a work of art.\n")
    assert ex.document.title == f"Appendix B: {a} vs {b} (2031)", ex.document
    ex = read(f"Issue {r.randint(1, 40)}\nnonfiction\nTwo years ago, a man surnamed {g.word(r)} helped make history by entering a string of "
              f"prompts into an image generator, which the court later considered in its judgment.\n")
    assert not ex.document.title.startswith("Issue"), ex.document


@given(SEEDS)
def test_law_students_are_no_statute(read, seed):
    r = random.Random(seed)
    school = r.choice(["GWU", "NYU", g.word(r).upper()[:4]])
    ex = read(f"Read an English translation created by {school} Law Students {g.pinyin_name(r)} and {g.pinyin_name(r)} supervised by Prof. "
              f"{g.foreign_name(r)}.\n")
    assert not ex.instruments, ex.instruments


@given(SEEDS)
def test_a_judges_court(read, seed):
    r = random.Random(seed)
    court = f"{g.word(r)} Internet Court"
    judge = g.pinyin_name(r)
    ex = read(f"{g.word(r)} Court Awards Image Copyright Status\n\nMr {g.word(r)} took Ms {g.word(r)} to the {court} for copyright infringement, "
              f"and she was ordered to pay damages.\n\nAccording to a blog, the court had to decide whether the image was copyrightable, "
              f"and Judge {judge} ruled that it does meet the criteria.\n")
    assert [(p.person, p.org.surface if p.org else None) for p in ex.posts] == [(judge, court)], ex.posts
    ex = read(f"The essay\n\nThe court found the creations meet the definition of works. Judge {judge}, who heard arguments for the case at "
              f"the {court}, spoke about the deliberations at an event.\n")
    assert [(p.person, p.org.surface if p.org else None) for p in ex.posts] == [(judge, court)], ex.posts
    ex = read(f"The update\n\nSeveral judges of the {court} have seen promotions in recent years.\n\nAlso of note, former Chief Judge {judge} "
              f"is reported to be under consideration for another post.\n")
    assert [(p.person, p.org) for p in ex.posts] == [(judge, None)], ex.posts


@given(SEEDS)
def test_a_judges_court_in_chinese(read, seed):
    r = random.Random(seed)
    court = g.zh_place(r) + r.choice(["互联网法院", "知识产权法院", "市中级人民法院"])
    judge = g.zh_name(r)
    ex = read(f"生成的图片受保护吗?\n\n2031-03-26 05:41:00\n\n  此前,李先生使用一款绘图软件生成了一张图片。李先生认为刘女士的行为侵犯了自己的署名权,遂诉至{court}。\n\n"
              f"  涉案图片是否属于作品?本案主审法官{judge}介绍,关键在于是否满足两个要件。\n")
    assert [(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts] == [(judge, "法官", court)], ex.posts
