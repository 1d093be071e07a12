"""Shapes met on real pages of a special action plan on patent commercialisation and the provinces' plans that carry
it out, told by law firms, news services, transcripts, document sites and provincial governments, each tested with
generated names:
- "The General Office of the X Government issued the" / "Y Implementation Plan": a headline over two lines;
- "The inaugural plenary session of the X Mechanism ... was held in Beijing on November 9th": the session, dated;
- a plan's one measure under its part whose note the page cuts off ((责任单位：省某局、省), 按职责分工负责。排名第一位…);
- a document site's page of a Chinese file with glued English words: Chinese; its chunks numbered 1、 2、 3、, cut
  inside words, no measures; 《【中英文对照版】某方案(2031—2033年).docx》 and 某办公厅关于印发某方案的通知(某发〔2031〕37号): titles;
- a notice whose headline is lost (文号 first), 《X》已经同意，现印发给你们, then X's own title line: the body mentions X."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


@given(SEEDS)
def test_a_headline_over_two_lines_and_an_inaugural_session(read, seed):
    r = random.Random(seed)
    plan = f"{g.word(r)} Province Patent {g.word(r)} Special Action Implementation Plan"
    ex = read(f"The General Office of the {g.word(r)} Provincial Government issued the\n\n{plan}\n\nTo fully implement the "
              f"decisions, this implementation plan has been formulated.\n")
    assert ex.document.title.endswith(f"issued the {plan}"), ex.document.title
    mech = f"Special Action Mechanism for Promoting the {g.word(r)} of Patents"
    ex = read(f"The inaugural plenary session of the {mech} was grandly held in Beijing on November 9th. The director presided "
              f"over the meeting.\n")
    assert [e.date for e in ex.events] == ["--11-09"], ex.events


@given(SEEDS)
def test_a_plans_one_measure_with_a_note_the_page_cuts_off(read, seed):
    r = random.Random(seed)
    place = g.zh_place(r)
    bodies = [f"省{g.zh_place(r)}厅", f"省{g.zh_place(r)}局"]
    head = (f"{place}省人民政府办公厅关于印发《{place}省专利转化运用专项行动实施方案(2031—2033年)》的通知\n\n  • 发布时间:2031/09/30\n\n"
            f"各市、州人民政府:\n\n  《{place}省专利转化运用专项行动实施方案(2031—2033年)》已经省人民政府同意,现印发给你们。\n\n"
            f"一、总体目标\n\n  到2033年,全省技术合同成交额力争达到1000亿元。\n\n  二、优化专利供给质量\n\n  (一)盘活存量专利。组织高校将存量专利登记入库。")
    ex = read(head + f"(责任单位:{bodies[0]}、{bodies[1]}、省")
    assert [(m.part, m.number, [a.surface for a in m.agencies]) for m in ex.measures] == [("II", 1, bodies)], ex.measures
    ex = read(head + f"({bodies[0]}、{bodies[1]}按职责分工负责。排名第一位")
    assert [[a.surface for a in m.agencies] for m in ex.measures] == [bodies], ex.measures


@given(SEEDS)
def test_a_document_sites_page_of_a_chinese_file(read, seed):
    r = random.Random(seed)
    name = f"专利{g.zh_place(r)}专项行动方案(2031—2033年)"
    glued = "".join(g.word(r) for _ in range(8))
    ex = read(f"【中英文对照版】{name}.docx\n\n上传人:{g.zh_name(r)} 文档编号:995585 上传时间:2032-02-22 格式:DOCX\n\n"
              f"《【中英文对照版】{name}.docx》由会员分享,可在线阅读。\n\n1、国务院办公厅关于印发{name}的通知(国办发(2031) 37号)各省人民政府:"
              f"{name}已经国务院同意{glued}\n\n2、{glued.lower()}\n\n3、{glued.lower()}\n")
    assert ex.document.language == "zh" and ex.document.date == "2032-02-22", ex.document
    assert not ex.measures, ex.measures
    assert {i.title for i in ex.instruments} == {name, f"国务院办公厅关于印发{name}的通知"}, ex.instruments


@given(SEEDS)
def test_a_notice_without_its_headline_mentions_what_it_issues(read, seed):
    r = random.Random(seed)
    title = f"{g.zh_place(r)}省{g.zh_place(r)}管理规定"
    ex = read(f"湘政办发〔2031〕15号\n各市州人民政府:\n《{title}》已经省人民政府同意,现印发给你们,请认真组织实施。\n"
              f"{g.zh_place(r)}省人民政府办公厅\n2031年5月27日\n{title}\n第一条 为了规范管理,根据有关法律,结合本省实际,制定本规定。\n")
    assert [i.title for i in ex.instruments] == [title], ex.instruments
