"""Bodies outside the reference data, and people in lists and odd positions: every post with its body."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _posts(ex):
    return sorted((p.person, p.role, p.org.surface if p.org else None) for p in ex.posts)


@given(SEEDS, st.integers(min_value=0, max_value=14))
def test_english_posts_in_bodies_no_file_knows(read, seed, shape):
    sentence, expected = g.en_post_sentence(random.Random(seed), shape)
    ex = read(f"{g.word(random.Random(seed))} Officials Meet\n\n{sentence}\n")
    got = _posts(ex)
    if shape in (12, 13):  # a unit of a body: the post is in the unit, the unit in the body
        (post,) = ex.posts
        got = [(post.person, post.role, None)] if post.parent_org and post.parent_org.surface in sentence else got
    assert got == sorted(expected), sentence


@given(SEEDS, st.integers(min_value=0, max_value=14))
def test_chinese_posts_in_bodies_no_file_knows(read, seed, shape):
    sentence, expected = g.zh_post_sentence(random.Random(seed), shape)
    ex = read(f"官员会见\n\n{sentence}\n")
    assert _posts(ex) == sorted(expected), sentence


def test_an_unknown_body_is_kept_with_its_name_and_marked(read):
    r = random.Random(17)
    body, person = g.body(r), g.pinyin_name(r)
    ex = read(f"Visit\n\n{person}, Director General of the {body}, visited the office.\n")
    (post,) = ex.posts
    assert post.org.surface == body and post.org.key is None


def test_a_department_in_a_list_is_one_of_the_body_named_before(read):
    r = random.Random(31)
    body, other = g.zh_body(r), g.zh_body(r)
    names = [g.zh_name(r) for _ in range(3)]
    ex = read(f"发布会\n\n{other}新闻发言人{names[0]}主持。出席的有{body}局长{names[1]}先生，"
              f"战略规划司司长{names[2]}先生。\n")
    post = next(p for p in ex.posts if p.person == names[2])
    assert post.parent_org.surface == body
