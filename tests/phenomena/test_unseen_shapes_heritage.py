"""Shapes met on real pages about intangible cultural heritage and IP (a group company's news, journal mirrors, a
document-sharing page), each tested with generated names:
- 《关于加强某事的意见》(以下简称《某意见》): the short name a text gives a title it has named, no title of its own;
- 某某集团 新闻中心 行业新闻 (a site's name and its sections) over the headline; 中图分类号:D923.4 文献标志码:A (an
  article's catalogue numbers) opening a page: no headline;
- 某某探究_第1页 / 某某探究_第2页 … (a sharing site's list of a document's pages): the document's title."""

import random
import re

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_short_name_given_to_a_title(read, seed):
    r = random.Random(seed)
    field = r.choice(g.ZH_FIELDS)
    title = f"关于加强我国{field}保护工作的意见"
    ex = read(f"某某制度论析\n\n2031-01-13某某\n\n国务院办公厅2005年发布的《{title}》(以下简称《{field[:2]}保护意见》)指出要建立科学有效的传承机制。\n")
    assert [i.title for i in ex.instruments] == [title], ex.instruments


@given(SEEDS)
def test_a_sites_sections_and_catalogue_numbers_are_no_headline(read, seed):
    r = random.Random(seed)
    title = f"《{g.zh_place(r)}{r.choice(g.ZH_FIELDS)}管理办法》印发"
    ex = read(f"{g.zh_place(r)}省文化旅游投资集团 新闻中心 行业新闻\n\n{title}\n时间:2031-02-03 来源:某某报\n\n  近日,某部联合印发管理办法并召开新闻发布会。\n")
    assert ex.document.title == title, ex.document
    ex = read(f"中图分类号:D923.{r.randint(1, 9)} 文献标志码:A\n0 引言\n{g.zh_place(r)}拥有非常丰富的非物质文化遗产,这些非遗是文化的重要组成部分,"
              f"可以利用知识产权规则体系来保护。\n")
    assert "分类号" not in ex.document.title, ex.document


@given(SEEDS)
def test_a_documents_pages_listed_under_its_title(read, seed):
    r = random.Random(seed)
    title = f"以知识产权模式守护{r.choice(g.ZH_FIELDS)}:困境与突破路径探究"
    pages = "\n".join(f"{title}_第{k}页" for k in range(1, r.randint(3, 6)))
    ex = read(f"{pages}\n已阅读5页,还剩24页未读 继续免费阅读\n\n下载本文档\n\n文档简介\n\n{title}一、引言1.1研究背景与意义。\n")
    assert ex.document.title == title, ex.document


@given(SEEDS)
def test_a_label_over_an_excerpt_is_no_headline(read, seed):
    r = random.Random(seed)
    ex = read(f"{r.choice(['论文部分内容阅读', '全文在线阅读', '文章内容预览'])}\n摘 要:{g.zh_place(r)}以当地非物质文化遗产资源为基础产业,是拉动当地经济发展的重要项目。\n"
              f"关键词:非物质文化遗产;产业化\n0 引言\n非物质文化遗产产业化由来已久。\n")
    assert not re.search(r"阅读|预览", ex.document.title), ex.document
