"""Generated entities and documents for the phenomenon tests: names, bodies, titles, numbering schemes, datelines
and site chrome composed from random parts, so that no rule can pass by knowing a name.

Every generator takes a random.Random; the words are made of syllables, so a generated body, person or title is
in no file of the project (a test checks that the reference data does not know them).
"""

from __future__ import annotations

import random

SYLLABLES = ["bra", "cor", "dal", "fen", "gor", "hal", "jun", "kel", "lor", "mar", "nev", "oro", "pel", "quin",
             "ros", "sal", "tor", "ulm", "vel", "wen", "xan", "yor", "zel", "tav", "mir", "dun", "kas", "lem"]
PINYIN = ["zhang", "wang", "li", "zhao", "liu", "chen", "yang", "huang", "zhou", "wu", "xu", "sun", "ma", "zhu",
          "hu", "guo", "he", "lin", "luo", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao",
          "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lv", "ding",
          "ren", "shen", "yao", "lu", "jin", "qiu", "fang", "bai", "kong", "cui", "kang", "mao", "qin", "shi"]
GIVEN = ["ming", "hua", "jian", "ping", "wei", "qiang", "lei", "jun", "yong", "jie", "tao", "bin", "hui", "ling",
         "xin", "yu", "fei", "long", "kai", "rui", "chao", "zhen", "peng", "hong", "xia", "nan", "lan", "ning"]
ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢"
ZH_GIVEN = "明华建平伟强磊军勇杰涛斌辉玲鑫宇飞龙凯瑞超振鹏宏霞楠兰宁晓峰岚静敏丽芳海涛"
ZH_PLACE = "澄溪岚川柘岭榆泉桐湾蓟原沅陵菁州"
ZH_FIELDS = ["科技创新", "产业发展", "标准化", "文化旅游", "质量监督", "数据管理", "农业技术", "海洋经济", "商务服务"]
ORG_HEADS = ["Office", "Bureau", "Council", "Commission", "Agency", "Institute", "Authority", "Association",
             "Administration", "Centre", "Board", "Tribunal", "Chamber"]
ORG_FIELDS = ["Inventions", "Trade", "Patent Affairs", "Innovation", "Standards", "Design Rights", "Industrial Property",
              "Technology Transfer", "Copyright Affairs", "Seed Varieties"]
INSTRUMENT_HEADS = ["Regulations on", "Measures for", "Provisions on", "Guidelines on", "Opinions on", "Rules for"]


def word(r: random.Random, n: int = 2) -> str:
    return "".join(r.choice(SYLLABLES) for _ in range(n)).capitalize()


def pinyin_name(r: random.Random) -> str:
    given = r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.6 else "")
    return f"{r.choice(PINYIN).capitalize()} {given.capitalize()}"


def foreign_name(r: random.Random) -> str:
    return f"{word(r)} {word(r, 3)}"


def person(r: random.Random) -> str:
    return pinyin_name(r) if r.random() < 0.6 else foreign_name(r)


def country(r: random.Random) -> str:
    return word(r, 3)


def body(r: random.Random) -> str:
    """An organisation in no reference file: "National Office for Inventions of Valdoria", "Korvel Trade Council"."""
    shape = r.randrange(4)
    if shape == 0:
        return f"National {r.choice(ORG_HEADS)} for {r.choice(ORG_FIELDS)} of {country(r)}"
    if shape == 1:
        return f"{word(r)} {r.choice(ORG_FIELDS).split()[0]} {r.choice(ORG_HEADS)}"
    if shape == 2:
        return f"{r.choice(ORG_HEADS)} of {r.choice(ORG_FIELDS)} of {country(r)}"
    return f"{country(r)} {r.choice(['Patent', 'Trademark', 'Industrial Property', 'Innovation'])} {r.choice(ORG_HEADS)}"


def zh_name(r: random.Random) -> str:
    return r.choice(ZH_SURNAMES) + "".join(r.choice(ZH_GIVEN) for _ in range(r.choice((1, 2))))


def zh_place(r: random.Random) -> str:
    return "".join(r.sample(ZH_PLACE, 2))


def zh_body(r: random.Random) -> str:
    """A Chinese body in no reference file: 澄溪市科技创新局, 岚川省标准化委员会."""
    return zh_place(r) + r.choice(["市", "省"]) + r.choice(ZH_FIELDS) + r.choice(["局", "委员会", "办公室", "中心"])


def instrument(r: random.Random) -> str:
    """A title in no reference file, with "of", "and", an apostrophe: "Regulations on Korvel and Dalmir's Design Rights"."""
    a, b = word(r), word(r)
    return f"{r.choice(INSTRUMENT_HEADS)} {r.choice(['Strengthening', 'Protecting', 'Managing'])} {a} and {b}'s {r.choice(ORG_FIELDS)}"


EN_ACTIONS = ["Improve", "Promote", "Strengthen", "Formulate", "Carry out", "Study", "Support", "Establish"]
EN_OBJECTS = ["the examination of design rights", "the protection of seed varieties", "IP services for small firms",
              "the training of examiners", "the statistics of licensing", "the publicity of IP culture"]
ZH_ACTIONS = ["完善", "推进", "加强", "制定", "开展", "研究", "支持", "建立"]
ZH_OBJECTS = ["外观设计审查工作", "植物新品种保护", "中小企业知识产权服务", "审查员培训", "许可统计工作", "知识产权文化宣传"]


def en_note(r: random.Random, bodies: list[str]) -> tuple[str, bool]:
    """A responsibility note in one of the phrasings English plans use; (note, on a line of its own)."""
    a = bodies
    listed = ", ".join(a[:-1]) + (", and " if len(a) > 2 else " and ") + a[-1] if len(a) > 1 else a[0]
    styles = [
        (f"({', '.join(a)})", False),
        (f"(Responsible by {listed})", False),
        (f"(Responsible: {', '.join(a)})", False),
        (f"({a[0]} takes the lead, {' and '.join(a[1:])} participate{'s' if len(a) == 2 else ''})" if len(a) > 1
         else f"({a[0]} takes the lead)", False),
        (f"({listed} shall be responsible respectively according to their functions)" if len(a) > 1
         else f"({a[0]} shall be responsible)", False),
        (f"(Lead: {a[0]}; Participants: {', '.join(a[1:])})" if len(a) > 1 else f"(Lead: {a[0]})", False),
        (f"({listed} {'are individually' if len(a) > 1 else 'is'} responsible for their duties)", False),
        (f"Responsible agencies: {', '.join(a)}", True),
    ]
    return r.choice(styles)


def zh_note(r: random.Random, bodies: list[str]) -> str:
    a = bodies
    styles = [f"（{'、'.join(a)}负责）", f"({'、'.join(a)}负责)",
              f"（{a[0]}牵头，{'、'.join(a[1:])}参与）" if len(a) > 1 else f"（{a[0]}牵头）",
              f"（{'、'.join(a)}按职责分工负责）"]
    return r.choice(styles)


def plan(r: random.Random, lang: str = "en") -> tuple[str, list[tuple[int, str, list[str]]], int]:
    """A plan of some parts and numbered measures, each with its responsible bodies; the numbering scheme, the
    place of the notes, line breaks (or none: a page that lost them) drawn at random.
    Returns (text, [(number, part numeral, bodies)], year)."""
    year = r.randrange(2008, 2031)
    n_parts = r.randrange(2, 4)
    one_line = r.random() < 0.25
    expected = []
    blocks = []
    number = 0
    romans = ["I", "II", "III", "IV", "V"]
    if lang == "en":
        part_scheme = r.choice(["roman", "arabic", "part"])
        # parts numbered 1. have sub-headings (1) and measures 1. under them
        measure_scheme = r.choice(["dot", "paren", "half"]) if part_scheme != "arabic" else "dot"
        heading_line = r.random() < 0.3 and not one_line
        title = f"Annual {r.choice(['Promotion', 'Work', 'Action'])} Plan of the {word(r)} {r.choice(['Strategy', 'Programme'])} in {year}"
        blocks.append(title)
        blocks.append(f"To implement the {word(r)} {r.choice(['Strategy', 'Outline'])}, this plan is formulated.")
        for p in range(n_parts):
            mark = {"roman": f"{romans[p]}.", "arabic": f"{p + 1}.", "part": f"Part {romans[p]}."}[part_scheme]
            blocks.append(f"{mark} {r.choice(EN_ACTIONS)} the {word(r)} system")
            if part_scheme == "arabic":
                blocks.append(f"(1) {r.choice(EN_ACTIONS)} {word(r)} rules")
            for _ in range(r.randrange(1, 4)):
                number += 1
                bodies = list(dict.fromkeys(body(r) for _ in range(r.randrange(1, 4))))
                note, own_line = en_note(r, bodies)
                mk = {"dot": f"{number}.", "paren": f"({number})", "half": f"{number})"}[measure_scheme]
                text = f"{r.choice(EN_ACTIONS)} {r.choice(EN_OBJECTS)}, and {r.choice(EN_ACTIONS).lower()} {r.choice(EN_OBJECTS)}."
                if heading_line:
                    blocks.append(f"{mk} {r.choice(EN_ACTIONS)} {word(r)} work\n{text}" + (f"\n{note}" if own_line else f" {note}"))
                else:
                    blocks.append(f"{mk} {text}" + (f"\n{note}" if own_line and not one_line else f" {note}"))
                expected.append((number, romans[p], bodies))
    else:
        measure_mark = r.choice(["{n}.", "{n}．", "{n}、"])
        title = f"{year}年{zh_place(r)}知识产权工作推进计划"
        blocks.append(title)
        blocks.append(f"为贯彻落实{zh_place(r)}战略，明确{year}年度重点任务，制定本计划。")
        cn = "一二三四五"
        for p in range(n_parts):
            blocks.append(f"{cn[p]}、{r.choice(ZH_ACTIONS)}{r.choice(ZH_OBJECTS)}")
            blocks.append(f"（一）{r.choice(ZH_ACTIONS)}{r.choice(ZH_OBJECTS)}")
            for _ in range(r.randrange(1, 4)):
                number += 1
                bodies = list(dict.fromkeys(zh_body(r) for _ in range(r.randrange(1, 4))))
                blocks.append(measure_mark.format(n=number) + f"{r.choice(ZH_ACTIONS)}{r.choice(ZH_OBJECTS)}，"
                              f"{r.choice(ZH_ACTIONS)}{r.choice(ZH_OBJECTS)}。" + zh_note(r, bodies))
                expected.append((number, romans[p], bodies))
    sep = " " if one_line else r.choice(["\n", "\n\n"])
    return sep.join(blocks) + "\n", expected, year


EN_ROLES = ["Director General", "Deputy Director General", "President", "Vice President", "Chairman", "Secretary General",
            "Commissioner", "Deputy Commissioner", "Head", "Deputy Head", "Director", "Chief Executive"]
ZH_ROLES = ["局长", "副局长", "主任", "副主任", "司长", "副司长", "市长", "副市长", "院长", "副院长", "会长", "秘书长"]


def en_post_sentence(r: random.Random, shape: int | None = None) -> tuple[str, list[tuple[str, str, str]]]:
    """A sentence that names people with their posts in a body no reference file knows, in one of the shapes news
    uses. Returns (sentence, [(person, role, body)])."""
    b = body(r)
    p1, p2, p3 = person(r), person(r), person(r)
    r1, r2 = r.sample(EN_ROLES, 2)
    c = country(r)
    shapes = [
        (f"{p1}, {r1} of the {b}, attended the meeting.", [(p1, r1, b)]),
        (f"{r1} of the {b} {p1} attended the meeting.", [(p1, r1, b)]),
        (f"The delegation was led by {p1}, {r1.lower()} of the {b}.", [(p1, r1, b)]),
        (f"{p1} and {p2}, the {r1} and {r2} of the {b} respectively, attended the meeting.",
         [(p1, r1, b), (p2, r2, b)]),
        (f"{p1}, {r1} of the {b}, and {p2}, {r2} of the same body, attended.", [(p1, r1, b), (p2, r2, b)]),
        (f"The {b} sent {r1}s {p1}, {p2} and {p3} to the forum.", [(p1, r1, b), (p2, r1, b), (p3, r1, b)]),
        (f"{p1} (left), {p2} (right) and {p3}, {r1}s of the {b}, signed the agreement.",
         [(p1, r1, b), (p2, r1, b), (p3, r1, b)]),
        (f"{p1}, who serves as {r1} of the {b}, said the work would go on.", [(p1, r1, b)]),
        (f"The {b} met in {country(r)}. {p1} and {p2}, the {r1} and {r2} of the {next(w for w in b.split() if w in ORG_HEADS).lower()} respectively, "
         f"spoke at the meeting.", [(p1, r1, b), (p2, r2, b)]),
        (f"Speakers:\n{p1}, {r1} of the {b}\n{p2}, {r2} of the {b}\n\n{p1}:\nThank you. The work goes on.",
         [(p1, r1, b), (p2, r2, b)]),
        (f"{r1} {p1} of the {b} said the work would go on.", [(p1, r1, b)]),
        (f"Program\n\nMr. {p1}, {r1}, {b}, {c}\n", [(p1, r1, b)]),
        (f"Speakers\n\n{p2}, {r2}, {r.choice(['Patent', 'Trademark', 'Design'])} Branch, {b}\n",
         [(p2, r2, None)]),
        (f"{p1}, {r1.lower()} of the Department of {r.choice(ORG_FIELDS)} of the {b}, spoke.", [(p1, r1, None)]),
        # a body's acronym in mixed case before the title ("KorIPO Deputy Director General X")
        (f"Recently, {(acr := word(r)[:2] + 'IPO')} {r1} {p1} and his delegation visited {c}.", [(p1, r1, acr)]),
    ]
    return shapes[shape] if shape is not None else r.choice(shapes)


ZH_ROLES_OF = {"局": ["局长", "副局长"], "委员会": ["主任", "副主任"], "办公室": ["主任", "副主任"], "中心": ["主任", "副主任"],
              "市": ["市长", "副市长", "秘书长"]}


def zh_post_sentence(r: random.Random, shape: int | None = None) -> tuple[str, list[tuple[str, str, str]]]:
    """A sentence that names people with their posts in a body no reference file knows. Returns (sentence,
    [(person, role, body)])."""
    b = zh_body(r)
    r1, r2 = next(v for k, v in ZH_ROLES_OF.items() if b.endswith(k))[:2]
    place = zh_place(r) + "市"
    p1, p2, p3 = zh_name(r), zh_name(r), zh_name(r)
    field = r.choice(ZH_FIELDS)
    shapes = [
        (f"{b}{r1}{p1}出席会议并讲话。", [(p1, r1, b)]),
        (f"{place}市长{p1}主持会议。", [(p1, "市长", place)]),
        (f"{b}{r1}{p1}、{r2}{p2}参加会见。", [(p1, r1, b), (p2, r2, b)]),
        (f"{b}{r1}{p1}，{r2}{p2}、{p3}参加会议。", [(p1, r1, b), (p2, r2, b), (p3, r2, b)]),
        (f"会议由{b}{r1}{p1}主持。", [(p1, r1, b)]),
        (f"{place}市长{p1}，副市长{p2}、{p3}出席。", [(p1, "市长", place), (p2, "副市长", place), (p3, "副市长", place)]),
        (f"主持人：\n欢迎各位。\n{b}{r1} {p1}：\n谢谢主持人。", [(p1, r1, b)]),
        (f"出席发布会的有{b}{r1}{p1}先生，{r2}{p2}女士。", [(p1, r1, b), (p2, r2, b)]),
        (f"{place}副市长{p1}向调研组致辞，{b}{p2}{r2}陪同调研。", [(p1, "副市长", place), (p2, r2, b)]),
        (f"{b}党组成员{p1}、{field}处处长{p2}陪同。", [(p1, "党组成员", b), (p2, "处长", f"{field}处")]),
        (f"邀请到{b}{r1}{p1}先生，{r2}{p2}女士，{field}司司长{p3}先生。",
         [(p1, r1, b), (p2, r2, b), (p3, "司长", f"{field}司")]),
        # a hospital, a university, an organising committee: bodies by the last word of their name
        (f"{b}{r1}{p1}主持，{(h := zh_place(r) + r.choice(['人民医院', '大学', '科技学院']))}党委书记{p2}作为嘉宾代表发言。",
         [(p1, r1, b), (p2, "党委书记", h)]),
        (f"{(c := zh_place(r) + '宣传周活动组委会')}主任、{b}{r1}{p1}致辞。", [(p1, "主任", c), (p1, r1, b)]),
        # titles of the state have no body before them; 作 starts the verb after a name of two characters
        (f"国务委员{p1}作出批示。{b}{r1}{(two := p2[:2])}作书面致辞。", [(p1, "国务委员", None), (two, r1, b)]),
        (f"{p1}主席向{b}致贺信，{p2}总理会见{zh_place(r)}代表团。", [(p1, "主席", None), (p2, "总理", None)]),
    ]
    return shapes[shape] if shape is not None else r.choice(shapes)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NAV_WORDS = ["Home", "News", "About", "Services", "Policies", "Media", "Contact", "Search", "English", "Events",
             "Resources", "Laws", "Data", "Open Government", "Topics", "Videos", "Login", "Sitemap"]
ZH_NAV = ["首页", "新闻", "政务", "服务", "互动", "专题", "关于我们", "联系我们", "政策法规", "数据", "English", "无障碍"]


def en_date(r: random.Random, y: int, m: int, d: int) -> str:
    forms = [f"{MONTHS[m - 1]} {d}, {y}", f"{MONTHS[m - 1][:3]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}",
             f"{y}/{m}/{d}", f"{m} {d:02d},{y}"]
    return r.choice(forms)


def en_chrome(r: random.Random) -> str:
    shapes = [
        lambda: r.choice([" | ", "  ", " · ", " / "]).join(r.sample(NAV_WORDS, r.randrange(4, 8))),
        lambda: " > ".join(["Home"] + r.sample(NAV_WORDS[1:], 2)),
        lambda: f"You are here: Home > {r.choice(NAV_WORDS)} > {r.choice(NAV_WORDS)}",
        lambda: r.choice(["中文 | English", "EN | 中文", "English | 中文 | Français", "中 | EN"]),
        lambda: r.choice(["Print | Close", "Text size: A A A", "Share: WeChat Weibo Facebook", "Print  E-mail  Share"]),
        lambda: "\n".join(f"  • {w.upper()}" for w in r.sample(NAV_WORDS, 4)),
    ]
    return r.choice(shapes)()


def en_page(r: random.Random) -> tuple[str, str, str]:
    """A news page as a reader's copy keeps it: chrome lines, the headline, a date line in one of many shapes,
    the body and a footer. Returns (text, headline, ISO date)."""
    y, m, d = r.randrange(2005, 2031), r.randrange(1, 13), r.randrange(1, 29)
    iso = f"{y}-{m:02d}-{d:02d}"
    who, b = person(r), body(r)
    headline = r.choice([f"{who} Meets Delegation of the {b}", f"{b} Holds Annual Conference on {word(r)} Rights",
                         f"{country(r)} and China Sign Agreement on {r.choice(ORG_FIELDS)}",
                         f"New Rules on {r.choice(ORG_FIELDS)} Take Effect in {country(r)}"])
    date = en_date(r, y, m, d)
    dateline = r.choice([f"Updated: {date}", f"Release time: {date}", f"Date: {date}", f"Posted on {date}",
                         f"Source: {word(r)} Daily | {date}", f"{word(r)}.com.cn | Updated: {iso} 10:{r.randrange(10, 60)}",
                         f"{date}", f"By {foreign_name(r)} | {date}", f"Release Time:\n\n{date}"])
    lines = [en_chrome(r) for _ in range(r.randrange(0, 4))] + [headline, dateline]
    body_text = (f"{who}, Director General of the {b}, met the delegation in {country(r)}. "
                 f"The two sides discussed cooperation on {r.choice(ORG_FIELDS).lower()} and agreed to meet again.")
    footer = r.choice([f"Copyright © 2003-{y + 1} {word(r)} Office. All rights reserved.", f"Editor: {foreign_name(r)}",
                       "Related news", ""])
    sep = r.choice(["\n", "\n\n"])
    if r.random() < 0.15:  # a page that lost its line breaks: headline, source, date and body on one line
        return f"{headline} ({word(r)} Daily) Updated: {iso} 09:{r.randrange(10, 60)} {body_text}\n", headline, iso
    if r.random() < 0.1:  # a site that puts the date under the text
        return f"{headline}\n\n{body_text} (Translated from the {word(r)} website)\n\n{iso}\n", headline, iso
    return sep.join(lines) + "\n\n" + body_text + "\n\n" + footer + "\n", headline, iso


def zh_chrome(r: random.Random) -> str:
    shapes = [
        lambda: r.choice(["　", " | ", "  "]).join(r.sample(ZH_NAV, r.randrange(4, 8))),
        lambda: "您当前的位置：" + " > ".join(["首页"] + r.sample(ZH_NAV[1:], 2)),
        lambda: "当前位置：首页 > " + r.choice(ZH_NAV),
        lambda: r.choice(["【字体：大 中 小】【打印】【关闭】", "分享到：微信 微博", "扫一扫在手机打开当前页", "打印本页 关闭窗口"]),
        lambda: zh_place(r) + "省知识产权局",
    ]
    return r.choice(shapes)()


def zh_page(r: random.Random) -> tuple[str, str, str]:
    y, m, d = r.randrange(2005, 2031), r.randrange(1, 13), r.randrange(1, 29)
    iso = f"{y}-{m:02d}-{d:02d}"
    b = zh_body(r)
    headline = r.choice([f"{b}召开知识产权工作会议", f"{zh_name(r)}会见{zh_place(r)}代表团", f"{zh_place(r)}市发布知识产权保护若干措施"])
    date = r.choice([iso, f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"])
    dateline = r.choice([f"发布时间：{date}", f"发布日期：{date} 来源：{b}", f"时间：{date} 10:{r.randrange(10, 60)}:00 来源：{b}",
                         f"{date}  来源：{zh_place(r)}日报", f"来源：{b}  发布时间：{date}"])
    lines = [zh_chrome(r) for _ in range(r.randrange(0, 3))] + [headline, dateline]
    body_text = f"{m}月{d}日，{b}召开会议，研究部署知识产权工作。会议指出，要加强知识产权保护。"
    footer = r.choice([f"版权所有：{b}  ICP备{r.randrange(10000, 99999)}号", "【打印】【关闭】", ""])
    return "\n".join(lines) + "\n\n" + body_text + "\n\n" + footer + "\n", headline, iso


ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ZH_NUMERALS = "一二三四五六七八九十"


def en_event_page(r: random.Random, shape: int | None = None) -> tuple[str, list[tuple[str, str]]]:
    """A page that reports an event in one of the shapes news uses. Returns (text, [(ISO date or "", label
    words the event's label must hold)])."""
    import datetime

    y, m, d = r.randrange(2008, 2030), r.randrange(1, 13), r.randrange(1, 28)
    day = datetime.date(y, m, d)
    doc_day = day + datetime.timedelta(days=r.randrange(0, 3))
    iso, dateline = day.isoformat(), f"Updated: {MONTHS[doc_day.month - 1][:3]} {doc_day.day}, {doc_day.year}"
    b, p1, p2, c = body(r), pinyin_name(r), foreign_name(r), country(r)
    n = r.randrange(2, 30)
    nth = f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    shapes = [
        (f"{b} Holds Symposium\n{dateline}\n\nOn {MONTHS[m - 1]} {d}, the {b} held a symposium on design rights in {c}. "
         f"Experts attended.", [(iso, "symposium")]),
        (f"{p1} Meets {p2}\n{dateline}\n\nOn {MONTHS[m - 1]} {d}, {p1}, Director General of the {b}, met {p2} in "
         f"Beijing. The two sides discussed cooperation.", [(iso, "")]),
        (f"Assembly Opens\n{dateline}\n\nThe {nth} session of the {c} {word(r)} Assembly opened on {MONTHS[m - 1]} {d}. "
         f"Delegates from 40 countries attended.", [(iso, f"{nth} session")]),
        (f"Expo Ends\n{dateline}\n\nThe {nth} {c} Innovation Expo was held in {word(r)} City. Over 300 firms took part.",
         [("", f"{c} Innovation Expo")]),
        (f"Legislature Ends Session\n{dateline}\n\nBEIJING, {MONTHS[m - 1][:3]}. {d} -- The Standing Committee of the "
         f"{c} Assembly concluded its {nth} session {WEEKDAYS[day.weekday()]} in {word(r)} City.", [(iso, f"{nth} session")]),
        (f"Press Conference on Design Rights\nDate: {iso}\n\nSpeakers:\n{p1}, Director General of the {b}\n\n{p1}:\n"
         f"Thank you. The office examined 30,000 applications.", [(iso, "press conference")]),
        (f"Congress Opens\n{dateline}\n\nThe {nth} National Congress of the {c} Party opened in {word(r)} City on "
         f"{MONTHS[m - 1]} {d}. The office studied the spirit of the {n + 1}th National Congress.",
         [(iso, f"{nth} National Congress")]),
        (f"{p1} Chairs Executive Meeting\n{dateline}\n\n{p1} chaired a {c} Council executive meeting on {MONTHS[m - 1]} {d}, "
         f"which approved the draft rules.", [(iso, "executive meeting")]),
        # a legislature ends a session named by its kind, dated by a weekday
        (f"Rules Adopted\n{dateline}\n\nThe {c} legislature concluded a bimonthly session on {WEEKDAYS[day.weekday()]}, "
         f"adopting the {word(r)} rules.", [(iso, "bimonthly session")]),
        # a meeting named by its year, reported as held, and a part of it a person attended
        (f"{dateline}\n\nThe {y} {c} {word(r)} Working Group Meeting hosted by the {b} was recently held in {word(r)} City. "
         f"{p1} of the {b} attended the opening ceremony and spoke.", [("", f"{y} {c}")]),
        # no headline: the lead sentence's event names it
        (f"On {MONTHS[m - 1]} {d}, {p1}, Director General of the {b}, held bilateral talks with the visiting {p2}.\n\n"
         f"The two sides discussed the {word(r)} programme.\n\n{dateline}", [(iso, "bilateral talks")]),
    ]
    return shapes[shape] if shape is not None else r.choice(shapes)


def zh_event_page(r: random.Random, shape: int | None = None) -> tuple[str, list[tuple[str, str]]]:
    y, m, d = r.randrange(2008, 2030), r.randrange(1, 13), r.randrange(1, 28)
    iso = f"{y}-{m:02d}-{d:02d}"
    b, p1, p2 = zh_body(r), zh_name(r), zh_name(r)
    n = ZH_NUMERALS[r.randrange(1, 9)]
    dateline = f"发布时间：{y}-{m:02d}-{d + 1:02d}"
    shapes = [
        (f"{b}召开工作会议\n{dateline}\n\n{m}月{d}日，{b}召开{zh_place(r)}知识产权工作会议。", [(iso, "工作会议")]),
        (f"{p1}会见{p2}\n{dateline}\n\n{m}月{d}日，{b}局长{p1}在京会见{zh_place(r)}代表团团长{p2}一行。", [(iso, "会见")]),
        (f"常务会议\n{dateline}\n\n{m}月{d}日，{zh_place(r)}市政府召开第{r.randrange(10, 99)}次常务会议，研究知识产权工作。", [(iso, "常务会议")]),
        (f"集体学习\n{dateline}\n\n{m}月{d}日，{b}党组就知识产权保护进行第{n}次集体学习。", [(iso, "集体学习")]),
        (f"吹风会\n{dateline}\n\n{b}于{y}年{m}月{d}日上午10时举行政策例行吹风会，介绍有关情况。", [(iso, "吹风会")]),
        (f"{zh_place(r)}论坛开幕\n{dateline}\n\n第{n}届{zh_place(r)}知识产权论坛在{zh_place(r)}市举行。", [("", "知识产权论坛")]),
        # a meeting named by what it is, ending in 会, held by the verb after it
        (f"{b}召开会议\n{dateline}\n\n{m}月{d}日，{zh_place(r)}{r.choice(ZH_FIELDS)}{r.choice(['政务', '调度', '推进'])}工作会在京召开。",
         [(iso, "工作会")]),
        # undated, named by its year: 近日，X召开{y}年…总结会
        (f"{b}召开总结会\n\n近日，{b}在{zh_place(r)}召开{y}年{zh_place(r)}{r.choice(ZH_FIELDS)}总结交流会。", [("", f"{y}年")]),
    ]
    return shapes[shape] if shape is not None else r.choice(shapes)


def en_instrument_sentence(r: random.Random) -> tuple[str, str]:
    """A sentence naming a title in no reference file, with "of", "and", possessives (singular and plural), or
    wrapped over a line break. Returns (sentence, title as one line)."""
    a, b = word(r), word(r)
    title = r.choice([instrument(r), f"Guidelines on Strengthening {a}s' and {b}s' {r.choice(ORG_FIELDS)}",
                      f"Measures for the Administration of {a} {r.choice(ORG_FIELDS)}"])
    written = title.replace(" of ", " of\n", 1) if r.random() < 0.3 and " of " in title else title
    return r.choice([f"The office issued the {written} on Monday.", f"The {written} will take effect next month.",
                     f"According to the {written}, firms must register."]), title


def revision_plan(r: random.Random, lang: str = "en") -> tuple[str, list[tuple[int, str]]]:
    """A plan whose measures call for revising several instruments at once, in the phrasings plans use. Returns
    (text, [(measure number, title revised)])."""
    expected = []
    blocks = []
    if lang == "en":
        blocks += [f"Annual Work Plan of the {word(r)} Strategy in {r.randrange(2010, 2031)}", "I. Improve the Laws"]
        for n in range(1, r.randrange(3, 6)):
            laws = [f"{word(r)} {r.choice(['Patent', 'Copyright', 'Trademark', 'Seed'])} Law", instrument(r),
                    f"Regulations on {word(r)} {r.choice(ORG_FIELDS)}"][:r.randrange(1, 4)]
            listed = ", the ".join(laws[:-1]) + (" and the " if len(laws) > 1 else "") + laws[-1]
            verb = r.choice(["Promote the revision of the", "Revise the", "Accelerate the revision of the",
                             "Study the amendment to the", "Complete the revision of the"])
            note, _ = en_note(r, [body(r)])
            blocks.append(f"{n}. {verb} {listed}, and formulate the {word(r)} Guidelines on {word(r)} Services. "
                          + (note if note.startswith("(") else f"({body(r)})"))
            expected += [(n, law) for law in laws]
    else:
        blocks += [f"{r.randrange(2010, 2031)}年知识产权工作推进计划", "一、完善制度"]
        for n in range(1, r.randrange(3, 6)):
            laws = [f"{zh_place(r)}{r.choice(['专利法', '著作权法', '商标法'])}", f"{zh_place(r)}{r.choice(ZH_FIELDS)}条例",
                    f"{zh_place(r)}{r.choice(ZH_FIELDS)}管理办法"][:r.randrange(1, 4)]
            books = "".join(f"《{t}》" for t in laws)
            blocks.append(f"{n}." + r.choice([f"推进修订{books}", f"推进{books}修改", f"加快{books}修订工作",
                                              f"做好{books}进一步修改研究论证"])
                          + f"，推进制定《{zh_place(r)}服务规范》。" + zh_note(r, [zh_body(r)]))
            expected += [(n, law) for law in laws]
    return "\n".join(blocks) + "\n", expected


# Characters of one reading each, with it: a Chinese name and how an English text spells it (申雨明: Shen Yuming)
ZH_READ_SURNAMES = {"申": "shen", "甘": "gan", "何": "he", "林": "lin", "杨": "yang", "孙": "sun", "胡": "hu", "高": "gao",
                    "罗": "luo", "郑": "zheng", "梁": "liang", "谢": "xie", "宋": "song", "唐": "tang", "韩": "han",
                    "冯": "feng", "邓": "deng", "彭": "peng", "潘": "pan", "袁": "yuan", "蒋": "jiang", "蔡": "cai"}
ZH_READ_GIVEN = {"明": "ming", "伟": "wei", "芳": "fang", "静": "jing", "敏": "min", "军": "jun", "杰": "jie", "涛": "tao",
                 "斌": "bin", "辉": "hui", "刚": "gang", "霖": "lin", "雨": "yu", "鹏": "peng", "峰": "feng", "磊": "lei",
                 "鑫": "xin", "波": "bo", "毅": "yi", "帆": "fan", "琳": "lin", "晨": "chen", "曦": "xi"}


def person_in_two_languages(r: random.Random) -> tuple[str, str]:
    """A person's Chinese name and its spelling in an English text: ("申雨明", "Shen Yuming")."""
    s = r.choice(sorted(ZH_READ_SURNAMES))
    given = r.sample(sorted(ZH_READ_GIVEN), r.choice((1, 2)))
    return s + "".join(given), ZH_READ_SURNAMES[s].capitalize() + " " + "".join(ZH_READ_GIVEN[c] for c in given).capitalize()
