"""Officials of Chinese texts: titles that run into names (国家知识产权局局长申长雨), names before titles, lists."""

from __future__ import annotations

import re

from ipgraph._text import HAN_CHARS as HAN
from ipgraph._text import simplified
from ipgraph.extract.zh.agencies import _ORG_SUFFIX, NATIONAL, ZhAgencies
from ipgraph.records import AgencyRef, Post, Span

_ROLES = ["党组副书记", "党委副书记", "党组书记", "党委书记", "总书记", "市长助理", "区长助理", "县长助理", "省长助理", "局长助理", "常务副市长", "副市长", "市长", "常务副省长", "副省长", "省长", "常务副县长", "副县长", "县长",
          "副区长", "区长", "副州长", "州长", "副镇长", "镇长", "副乡长", "乡长", "副秘书长", "秘书长", "副组长", "组长", "副团长", "团长",
          "新闻发言人", "发言人", "副总干事", "总干事", "副委员长", "委员长", "副主席", "主席", "副局长", "局长", "副司长", "司长",
          "副主任委员", "主任委员", "副主任", "主任", "副部长", "部长", "副署长", "署长", "副院长", "院长", "副庭长", "庭长", "副处长", "处长",
          "副厅长", "厅长", "副总理", "总理", "国务委员", "一级巡视员", "二级巡视员", "副巡视员", "巡视员", "副调研员", "调研员", "纪检组长", "副检察长", "检察长",
          "副会长", "会长", "大臣", "副理事长", "理事长", "副主委", "主委", "副科长", "科长", "常委", "召集人", "副研究员", "研究员", "副教授", "党组成员", "党委委员", "董事长", "总经理助理", "副总经理", "总经理", "项目经理", "首席执行官", "副总编辑", "总编辑", "知识产权总监", "专利总监", "法务总监", "技术总监", "副总监", "总监", "副总裁", "总裁", "副校长", "校长", "副所长", "所长", "副馆长", "馆长", "副行长", "行长", "副代表", "副长官", "长官", "知事",
          "总工程师", "副书记", "书记", "合伙人", "律师", "教授", "法官", "审判员", "领导", "高级顾问", "顾问", "特命全权大使", "大使",
          "公使", "总领事", "副总领事", "领事", "参赞", "参事", "副总统", "总统", "首相", "人大代表", "委员"]
_ROLE = "(?:" + "|".join(r + "(?!官)" if r.endswith("长") else r for r in _ROLES) + ")"  # (某厅长官: 长官, not 厅长)
# single and double family names (a closed set): a Chinese name is one of them and one or two characters more
_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
                "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
                "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
                "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
                "娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘"
                "池查麻苑迟邝栗衡寿钮习惠茅冀闻阚蔺郜晁萧谌")
_COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "长孙", "宇文")
# characters that end a name rather than continue it: function words, and the first characters of the verbs that
# follow names in reports (a given name may hold 强 or 发; 强调 and 发表 after a name are verbs)
_FUNCTION = set("在对等的和与及了是为同向也就还从将已于并到把被让给共各再又均都亦即而但所其此该这那之说讲")
_VERBS_AFTER = ("出席", "分别", "共同", "呼吁", "答记", "以及", "主持", "表示", "指出", "强调", "会见", "陪同", "参加", "介绍", "致辞", "讲话", "回答", "汇报", "发表",
                "提出", "要求", "希望", "认为", "带领", "率领", "代表", "宣布", "签署", "听取", "通报", "看望", "谈到", "作了",
                "会谈", "来访", "出访", "率团", "一行", "先生", "女士", "同志", "等人", "致信", "发言", "说明", "主讲",
                "调研", "考察", "视察", "检查", "指导", "走访", "慰问", "全程", "随行", "带队", "率队", "一同", "专程",
                "亲自", "作为", "作书", "作报", "作重", "作出", "作讲", "作工", "作专", "作总", "作动", "作题", "举行", "举办",
                "出庭", "进行", "明确", "来我", "来本", "来到", "来此", "来华", "来京",  # 作书面致辞, 作报告; 来我县考察: came to
                "当天", "当日", "今天", "昨天", "今日", "昨日", "日前", "近日", "上午", "下午",  # 金海当天告诉记者: the day, after the name
                "作交",  # 某某作交流发言
                "接受", "告诉", "透露", "坦言", "直言", "解释", "建议",  # 某律师甲接受本报采访时表示
                "评价", "称赞", "盛赞", "赞扬", "感谢", "祝贺", "回忆", "还记",  # 总干事甲评价: a verb after a name
                "宣读", "围绕", "结合", "最后", "首先", "随后", "接着", "同时", "受邀", "受托", "受聘", "受命",  # 宣读决定, 围绕某题
                "通过", "高度", "充分", "肯定", "详细", "简要", "全面", "深入", "系统", "视频", "线上", "书面", "现场")  # 通过视频致辞, 高度肯定


_ROLE_AT = re.compile(_ROLE)
_ON_BEHALF = re.compile(rf"受[{HAN}]{{1,10}}?(?:委托|委派|邀请)")  # 某某受局党组委托: on the group's behalf
_FORMER = "(?:原|前)"  # 某厅原厅长: the former holder of the title (after a body's name: 太原市长 is Taiyuan's mayor)
# titles that are also words for occupations and groups of people (法官, 律师, 领导): what follows them is often no name
_OCCUPATIONS = ("法官", "律师", "教授", "审判员", "研究员", "合伙人", "领导")


def _ends_name(simple: str, at: int) -> bool:
    """Whether a name cannot go on at `at`: a function word or a verb of the report starts there."""
    return simple[at:at + 1] in _FUNCTION or bool(_ON_BEHALF.match(simple, at)) or simple[at:at + 2] in _VERBS_AFTER or not re.match(rf"[{HAN}]", simple[at:at + 1]) \
        or bool(_ROLE_AT.match(simple, at))  # 蔡建主席: a title starts where the name ends


# the last words of a body's name: its units (司, 处), offices, governments, courts, and bodies outside government
_BODY_ENDS = ("司|厅|处|科|办公室|局|署|联席会议|委员会|常委会|组委会|管委会|领导小组|工作组|代表团|政府|事务所|法院|检察院|中心|医院|大学|学院|研究院|研究所|协会|学会|组织|"
              "公司|集团|银行|政协|人大|市委|省委|县委|区委|分局|园区|研究室|调查室|审判室|委|办|组|庭|部|园|所")  # 调查室: a court's office  # 所: 某分院支护所所长  # 园: 产业园, 科技园  # 委 and 办: 政法委, 发改委, 区政府办; 组: 纪检组; 庭: 审判庭
# 二级巡视员、办公室主任: a unit may stand alone; 副书记、某区区长: a place before the title of its government
_UNIT = (rf"(?:[{HAN}]{{1,14}}?(?:{'|'.join(e for e in _BODY_ENDS.split('|') if len(e) > 1)})(?:[（(][{HAN}]{{2,10}}[)）])?"  # 省新闻出版局(省版权局)局长
         rf"|[{HAN}]{{2,8}}?(?:{'|'.join(e for e in _BODY_ENDS.split('|') if len(e) == 1)})(?:[（(][{HAN}]{{2,10}}[)）])?|办公室|秘书处"
         rf"|[{HAN}]{{1,6}}?(?:区|县|市|省|州|镇)(?=(?:副)?(?:区|县|市|省|州|镇)长))")
# 党组书记、局长申长雨; 新闻发言人、办公室副主任衡付广 (a unit before the second title)
_RANK = "(?:[一二三四]级)?(?:高级|首席|常务)?"  # 三级高级法官: a judge's grade before the title
_PERSON_AFTER_ROLE = re.compile(rf"(?P<roles>(?:(?:(?<![{HAN}])|(?<=[市县区省州盟旗局厅委部办院会府司处室心组])){_FORMER})?(?:[一二三四]级(?:高级)?)?{_ROLE}(?:[、兼](?:(?:{_UNIT})?{_ROLE}|{_RANK}{_ROLE}|[{HAN}]{{2,8}}?(?=[局部厅]长)[局部厅]长)|兼[{HAN}]{{2,16}}?(?:副代表|代表|{_RANK}{_ROLE}))*)[ 　]?(?=(?P<names>[{HAN}]{{2}}))")  # the names are read from there
# a name right after a body's last character, right before a title (…科技部杨永德|部长): the title is that name's
_NAME_BEFORE = re.compile(r"(?<=[部局厅委办司处院室])(?P<n>[\u4e00-\u9fff]{2,3})$")
_NOT_GIVEN = ("一行", "一起", "一同", "一道", "先生", "女士", "同志")
# what follows a title without being a name: 主席贺信 ("the President's letter of congratulation"), 总书记重要讲话
_NOT_A_NAME = re.compile(r"主要|有关|相关|其他|其它|各级|全国|全程|热议|议论|讨论|建言|特使|职务|系列|选举|大选|就职|候选|贺信|贺电|贺词|贺函|批示|指示|讲话|致辞|重要|署名|令第|多次|再次|曾经|一直|高度|深刻|充分|始终|明确|专门|"
                         r"先后|分别|共同|随后|近日|今天|当天|会议|会上|办公会|工作会|联席会|委员|代表|成员|分管|主管|专职|兼职|驻会|挂职|小组|班子|干部|同志|下|全部|全体|少量|大多|多数|少数|部分|均|都|致|高级|"
                         r"中级|初级|[一二三四五六七八九十]级|会晤|会谈|会见|座谈")
# 局长会议: a meeting of directors; 常委委员: members of a standing committee; 分管局长: the director in charge of a field


# what may follow a name written after its title: punctuation, a form of address, a verb of the report
_PLACE_OR_BODY_END = set("市省县区局委办部院司处厅室会所站署副总常")  # 州榆市副市长: a place, not a name; 甲乙副局长: 副 starts the title
# a title's last character that starts a word with the next one: 长期, 长远, 长效 ("long-term"), 长足
_NOT_A_TITLE = re.compile(r"长(?:期|远|效|足|久|度|短|大|治)|委会|员会|导人")  # (领导人: leaders, no title)  # (委员会: a committee, no 委员)
# (华春莹19日主持: a day after a name)
_AFTER_NAME = re.compile(r"[，,、。；;：:（(）)\s在向对与和及同于为从把被将就的也还均都亦]|\d{1,2}日|先生|女士|同志|一行|等|" + _ON_BEHALF.pattern + "|" + "|".join(_VERBS_AFTER) + "|" + _ROLE + "|$")
_DOT = "[·•・‧?？.．]"  # a question mark where a page lost the middle dot (弗朗西斯?高锐), a full stop for it (蕾娜塔.莱赫提)


def _body_ref(agencies: ZhAgencies, surface: str, start: int) -> AgencyRef:
    """A body as written at `start`, keyed to the reference data where it names itself as a national body (国家知识产权局;
    知识产权局 alone, after a local body's name, is a local office)."""
    plain = simplified(surface)
    return AgencyRef(surface=surface, key=agencies.key(plain) if NATIONAL.match(plain) else None, span=Span(start, start + len(surface)))


def person_name(simple: str, start: int, by_context: bool = False) -> str | None:
    """The Chinese name that starts at start: a family name and one or two characters, or a foreign name
    with the middle dot (弗朗西斯·高锐, 丽萨 · 乔根森). With by_context (right after a title), a family name
    outside the common ones is taken where two or three characters end at punctuation, a form of address or a
    verb of the report."""
    foreign = re.match(rf"[{HAN}]{{1,6}}(?:\s?{_DOT}\s?[{HAN}]{{1,6}}){{1,3}}", simple[start:])  # 德尼·卢克·博乌苏: two dots
    if foreign and (simple[start] in _FUNCTION or re.search(r"[?？]", foreign.group())
                    and len(re.split(r"\s?[?？]\s?", foreign.group())[0]) > 4):
        foreign = None  # 委员的原因?有人说: a question, not a name whose dot a page lost
    if foreign:
        name = foreign.group()
        dot = re.search(_DOT, name).start()
        last_dot = [m.end() for m in re.finditer(_DOT, name)][-1]
        for k in range(last_dot + 1, len(name)):  # 伊夫利耶夫出席: a verb of the report starts inside the last part
            if simple[start + k:start + k + 2] in _VERBS_AFTER:
                name = name[:k]
                break
        for word in (*_NOT_GIVEN, *_VERBS_AFTER):  # 弗朗西斯·高锐一行, 阿德里安·穆勒陪同会见
            if word in name[dot:]:
                name = name[:name.index(word, dot)]
        while name and name[-1] in _FUNCTION:
            name = name[:-1]
        return name if not re.search(rf"{_DOT}\s?$", name) else None
    if by_context and simple[start:start + 1] in _FUNCTION and not (
            simple[start] in _SURNAMES and re.fullmatch(rf"[{HAN}]{{2}}", simple[start + 1:start + 3])
            and not _ends_name(simple, start + 1) and not _ends_name(simple, start + 2)
            and (re.match(r"[，,、。；;：:（(\s]|\d{1,2}日", simple[start + 3:start + 6]) or simple.startswith(_VERBS_AFTER, start + 3))
            and not simple.startswith(_VERBS_AFTER, start + 1)) and not (
            simple[start] in _SURNAMES and re.fullmatch(rf"[{HAN}]", simple[start + 1:start + 2]) and not _ends_name(simple, start + 1)
            and re.match(r"\s*[，,、。；;]", simple[start + 2:start + 5])):
        return None  # 副市长向调研组致辞: 向 here is "to", not a family name; 司长于慈珂呼吁: 于 is one (书记于军 , : one too)
    if re.match(r"党(?:组|委|工委|总支|支部)", simple[start:start + 3]):
        return None  # 某局党组副书记: the bureau's party group, not a person of the family 党
    if by_context and _NOT_A_NAME.match(simple, start):
        return None
    two = simple[start:start + 2]
    if two in _COMPOUND_SURNAMES:
        given = 1
        base = 2
    elif simple[start:start + 1] in _SURNAMES:
        base, given = 1, 1
    elif by_context and not _ends_name(simple, start):
        for n in (3, 2, 4):  # 会长奥山尚一致辞: a foreign name of four characters, where three or two end at nothing
            cand = simple[start:start + n]
            if len(cand) == n and re.fullmatch(rf"[{HAN}]+", cand) and not any(_ends_name(simple, start + k) for k in range(1, n)) \
                    and cand[-1] not in _PLACE_OR_BODY_END and _AFTER_NAME.match(simple, start + n) \
                    and (n < 4 or simple.startswith(_VERBS_AFTER, start + n)
                         or simple[start + n:start + n + 1] == "、" and not any(v in cand for v in _VERBS_AFTER)):
                # (four characters: only before a verb, or in a list of people: 某厅长官滨野幸一、某厅厅长乙)
                return cand
        return None
    else:
        return None
    chars = simple[start + base:start + base + 2]
    if by_context and len(chars) == 2 and chars[0] in _FUNCTION and re.fullmatch(rf"[{HAN}]", chars[1]) \
            and not _ends_name(simple, start + base + 1) and (re.match(r"\s*[，,、。；;：:（(]", simple[start + base + 2:start + base + 4])
                                                              or simple.startswith(_VERBS_AFTER, start + base + 2)):
        return simple[start:start + base + 2]  # 副主任张在兵，: a given name may start with 在 where the name ends at a comma
        # (局长刘向阳出席: or where a verb of the report follows it)
    if not chars or _ends_name(simple, start + base) or chars in _NOT_GIVEN:
        return None
    name_len = base + given
    if len(chars) > 1 and not _ends_name(simple, start + base + 1) and chars[1] not in _PLACE_OR_BODY_END:
        name_len += 1
        if by_context and base == 1 and re.match(rf"[{HAN}][，,、。；;]", simple[start + 3:start + 5]) \
                and not _ends_name(simple, start + 3) and simple[start + 3] not in _PLACE_OR_BODY_END:
            name_len += 1  # 文艺大臣彭萨格娜,: a name of four characters, written whole up to the comma
    elif by_context and len(chars) > 1 and chars[1] in _FUNCTION and simple.startswith(_NOT_GIVEN, start + base + 2):
        name_len += 1  # 科长刘洪和一行: a given name may end with 和 where a form that follows names comes next
    return simple[start:start + name_len]


def find_posts(text: str, simple: str, agencies: ZhAgencies, main_org: AgencyRef | None) -> list[Post]:
    posts: list[Post] = []
    guessed: set[int] = set()  # posts whose body the text left unsaid, taken from a title nearby

    def add(name: str, role: str, org: AgencyRef | None, parent: AgencyRef | None, span: Span) -> None:
        lead = re.match(r"(?:时任|现任|曾任|历任|原任)", simplified(org.surface)) if org is not None else None
        if lead and len(org.surface) - lead.end() >= 2:  # 时任某市市长甲: "then" the city's mayor; the body is the city
            body = org.surface[lead.end():]
            org = _body_ref(agencies, body, org.span.start + lead.end())
        if org is not None and simplified(role) in ("书记", "副书记") and re.search(r"(?:党组|党委)$", simplified(org.surface)) \
                and len(org.surface) > 2:  # 某局党组 副书记 -> 某局 党组副书记: the title as the party group's, the body's
            role = org.surface[-2:] + role
            org = _body_ref(agencies, org.surface[:-2], org.span.start)
        plain_role = simplified(role)
        if org is None and any(p.person == name and simplified(p.role) == plain_role for p in posts):
            return  # 李某副局长一行: the post named before, written again without its body
        said = org is not None
        led = _LEADS_GROUP.match(simple, span.end) if org is None and plain_role not in _STATE_ROLES else None
        if led:  # 张某副主委带领某市委课题组: the body of the group the person leads
            org = AgencyRef(surface=text[led.start("body"):led.end("body")], key=agencies.key(led.group("body")),
                            span=Span(led.start("body"), led.end("body")))
        if org is None and plain_role not in _STATE_ROLES:
            head = plain_role[-2:]
            org = next((p.org for p in reversed(posts) if p.org and simplified(p.role)[-2:] == head), None)
        if org is None and plain_role.endswith(_LOCAL_ROLES):
            org = _local_government(text, simple, plain_role)
        if org is None and plain_role not in _STATE_ROLES and not plain_role.endswith(_LOCAL_ROLES):
            org = _nearest_agency(text, simple, span.start, agencies)  # (a mayor's body is no agency named nearby)
        if org is None and plain_role.endswith(_COURT_ROLES):
            org = _court_before(text, simple, span.start)  # 某法院审结了一起案件……本案主审法官甲介绍: the court the text named
        same = next((i for i, p in enumerate(posts) if p.person == name and p.role == role
                     and (p.org is None or org is None or simplified(p.org.surface) == simplified(org.surface)
                          or said and i in guessed)), None)
        if same is not None:
            if org is not None and (posts[same].org is None or said and same in guessed):
                # found again with its body (a headline, then the text), or with the body a guess had taken elsewhere
                posts[same] = Post(person=name, role=role, org=org, span=posts[same].span, parent_org=parent)
                guessed.discard(same)
            return
        if not said and org is not None:
            guessed.add(len(posts))
        posts.append(Post(person=name, role=role, org=org, span=span, parent_org=parent))

    listed = _member_list(text, simple, agencies) + _name_title_lines(text, simple, agencies) + _signatures(text, simple, agencies) \
        + _posts_in_brackets(text, simple, agencies) \
        + _biography(text, simple, agencies) + _takes_up(text, simple, agencies) + _name_then_posts(text, simple, agencies) \
        + _scholars(text, simple)
    covered = [(p.span.start, p.span.end) for p in listed]
    posts.extend(listed)

    def in_list(at: int) -> bool:
        return any(a <= at < b for a, b in covered)

    last: tuple | None = None  # the body of the post read last, and where it ends
    for m in _PERSON_AFTER_ROLE.finditer(simple):
        if in_list(m.start()):
            continue  # read as a list of members
        if m.group("roles") == "领导" and simple[m.start() - 1:m.start()] in "市省县区局校院部委厅":
            continue  # 某市领导甲、乙: the city's leaders, no title of theirs
        if m.group("roles").endswith(_OCCUPATIONS) and simple[m.start("names")] not in _SURNAMES \
                and simple[m.start("names"):m.start("names") + 2] not in _COMPOUND_SURNAMES \
                and not re.search(r"(?:大学|学院|研究院|研究所|医院|法院|事务所|公司)$", simple[max(0, m.start() - 4):m.start()]):
            continue  # 法官全部具有…: after a word for an occupation, only a name with a family name is a person (某大学教授
            # 某某: after the body the holder works in, any)
        if _NOT_A_TITLE.match(simple, m.end("roles") - 1):
            continue  # 国家知识产权局长期以来: 长期 ("long"), not the title 局长; 常委会: a standing committee
        owner = re.search(rf"(?:^|(?<=[，。；：,;:\n　 ]))(?P<n>[{HAN}]{{2,3}})$", simple[max(0, m.start() - 4):m.start()])
        if owner and "、" not in m.group("roles") and person_name(simple, m.start() - len(owner.group("n"))) == owner.group("n") \
                and simplified(m.group("roles")) in _STATE_ROLES:
            continue  # 。甲乙丙总书记曾撰文: the title is the name's before it; what follows it is no name
        before = _NAME_BEFORE.search(simple, max(0, m.start() - 5), m.start()) if "、" in m.group("roles") else None
        # 某部杨永德部长、某中心主任郑海味: the first title is the name's before it (read below), not the next name's
        skip_first = bool(before and person_name(simple, before.start("n")) == before.group("n"))
        names = []
        pos = m.start("names")
        while pos < len(simple):
            name = person_name(simple, pos, by_context=True)
            if not name:
                break
            names.append((name, pos))
            pos += len(name)
            nxt = person_name(simple, pos + 1, by_context=True) if simple[pos:pos + 1] == "、" else None
            if nxt and _AFTER_NAME.match(simple, pos + 1 + len(nxt)):  # 甲、乙: not 甲、商务处处长乙
                pos += 1
                continue
            break
        if not names:
            continue
        if m.group("roles").endswith(_OCCUPATIONS) and not _ends_name(simple, names[-1][1] + len(names[-1][0])):
            continue  # 法官应克服某某: after a word for an occupation, a name ends where a name can (a comma, a verb of the report)
        at = m.start("roles")
        if simple[at] in "局部厅" and re.fullmatch(rf"[{HAN}]{{2}}", simple[max(0, at - 2):at]) \
                and not re.search(r"[会府室心院局部厅委办司处]$", simple[:at]):
            at += 1  # 市公安局长甲, 县委组织部长乙: the body's name and its head's title share the 局 (部, 厅)
        org, parent = _org_before(text, simple, at, agencies, main_org, m.group("roles")) if not skip_first else (None, None)
        deputy = re.search(rf"(?:全国|[{HAN}]{{1,6}}?[省市县区])$", simple[max(0, at - 8):at]) \
            if org is None and m.group("roles").startswith("人大代表") else None
        if deputy:  # 全国人大代表某某: a deputy to the place's people's congress
            a0 = at - len(deputy.group())
            body = simple[a0:at + 2]
            org = _body_ref(agencies, text[a0:at + 2], a0)
        if org is None and last and _continues_list(simple, last[2], m.start()) \
                and not re.split("[、兼]", m.group("roles"))[0].endswith(_LOCAL_ROLES):  # 某局副局长甲，副省长乙: the province's
            org, parent = last[0], last[1]  # 局长甲，副局长乙、丙: a title in a list takes the body of the one before
        elif org is not None and parent is main_org and re.search(r"(?<!公)(?:司|处|室|厅)$", simplified(org.surface)) \
                and last and _continues_list(simple, last[2], org.span.start) and last[0] is not None:
            parent = last[1] or last[0]  # 某局党组成员甲、某处处长乙: a department of the body named just before
        span = Span(m.start(), names[-1][1] + len(names[-1][0]))
        pos = m.start("roles")
        carry = None  # 某办公室主任、某局党组成员、副局长: a title after a unit and its title is of that unit
        for k, item in enumerate(re.split("[、兼]", m.group("roles"))):  # (副局长兼办公室主任: two titles, one person)
            if k == 0 and skip_first:
                pos += len(item) + 1
                continue
            # 新闻发言人、办公室副主任衡付广: a unit written before the second title is that title's unit
            role_at = pos + len(item) - len(re.search(f"(?:(?<=、)|^){_RANK}{_ROLE}$|(?:^{_FORMER})?{_ROLE}$", item).group())
            # (三级高级法官某: the judge's grade is the title's)
            role = text[role_at:pos + len(item)]  # as written (局長)
            # (…办公室主任、新闻发言人: the body's spokesperson, not its office's)
            r_org, r_parent = carry if carry and not simplified(role).endswith("发言人") else (org, parent)
            if r_org is not None and re.search(r"(?:党组|党委)$", simplified(r_org.surface)) and len(r_org.surface) > 2 \
                    and not re.search(r"书记|成员|委员", simplified(role)):
                # 某常委会党组书记、主任: the chair is of the body, not of its party group
                body = r_org.surface[:-2]
                r_org = _body_ref(agencies, body, r_org.span.start)
            if r_org is not None and simplified(role).endswith(_GOVERNMENT_ROLES) and re.search(r"委$", simplified(r_org.surface)):
                # 区委常委、副区长: the party committee is not the government; 某镇党委副书记、镇长: the place it names is
                place = re.match(rf"[{HAN}]{{2,8}}?(?:自治区|省|市|县|区|州|镇|乡)(?=(?:党委|党工委|委)$)", simplified(r_org.surface))
                # (县委副书记、县长: the county the committee is of, which the text leaves unnamed: the committee's own name)
                committee = r_org if re.fullmatch(r"[省市县区州镇乡](?:党)?委", simplified(r_org.surface)) else None
                r_org = AgencyRef(surface=r_org.surface[:place.end()], key=None,
                                  span=Span(r_org.span.start, r_org.span.start + place.end())) if place else \
                    (None if committee is None or _local_government(text, simple, simplified(role)) else committee)
                r_parent = None
            if len(item) > len(role) and k > 0 and simple[pos - 1] == "兼" \
                    and not re.search(r"[局部厅委办司处院室会府心组所庭队站]$", simple[pos:pos + len(item) - len(role)]):
                role = text[pos:pos + len(item)]  # 副部长兼国际贸易谈判副代表: a title of a field, no unit of the body
            if len(item) > len(role):
                cut = len(item) - len(role)
                if simplified(role).startswith(("局", "部", "厅")) and not simple[pos:pos + cut].endswith(simplified(role)[0]) \
                        and not re.search(r"[)）]$", simple[pos:pos + cut]):  # (某局(某局)局长: the body named twice, its title whole)
                    cut += 1  # 知识产权局长, 组织部长: the body's name and its head's title share the 局 (部, 厅)
                r_org = _body_ref(agencies, text[pos:pos + cut], pos)
                r_parent = org or (main_org if not skip_first else None)
                carry = (r_org, r_parent)
            for name, at in names:
                add(text[at:at + len(name)], role, r_org, r_parent, span)
            pos += len(item) + 1
        if len(names) == 1 and not skip_first:  # 某局二级调研员甲副局长致辞: a second title after the name, of the same body
            n_end = names[0][1] + len(names[0][0])
            second = re.match(rf"(?P<role>{_ROLE})(?=[，,。；;、\s]|同志|{'|'.join(_VERBS_AFTER)}|$)", simple[n_end:n_end + 12])
            heads = simplified(second.group("role"))[-2:-1] if second and second.group("role").endswith("长") else ""
            fits = heads and simplified(r_org.surface).endswith(heads) if second and r_org is not None else False
            # (the head of the body named: 某局…甲副局长; 调研组组长甲二级巡视员: a rank of another body, unnamed)
            if second and fits and not _NOT_A_TITLE.match(simple, n_end + second.end("role") - 1):
                add(text[names[0][1]:n_end], text[n_end:n_end + second.end("role")], r_org, r_parent,
                    Span(m.start(), n_end + second.end("role")))
        if org is not None:
            last = (org, parent, span.end)
        # 某局党组副书记、副局长，某中心党组书记甲: the posts of another body listed before, a comma apart, are the name's too
        lead = org.span.start if org is not None and org.span.end >= m.start("roles") - 1 else m.start()
        prior = _PRIOR_POSTS.search(simple, max(0, lead - 60), lead)
        if prior and not skip_first:
            p_org, p_parent = _org_before(text, simple, prior.start("roles"), agencies, main_org, prior.group("roles"))
            if p_org is not None:
                at = prior.start("roles")
                for item in prior.group("roles").split("、"):
                    i_org = p_org
                    if re.search(r"(?:党组|党委)$", simplified(p_org.surface)) and not re.search(r"书记|成员|委员", simplified(item)):
                        i_org = AgencyRef(surface=p_org.surface[:-2], key=None, span=Span(p_org.span.start, p_org.span.end - 2))
                    for name, n_at in names:  # (the party group's secretary; the bureau's deputy director)
                        add(text[n_at:n_at + len(name)], text[at:at + len(item)], i_org, p_parent, span)
                    at += len(item) + 1
    # 任命甲同志为某局党组书记、局长; 免去乙同志的某局局长职务: a decision that names the person, then the body and titles
    appointed = []
    for m in _APPOINTMENT.finditer(simple):
        appointed.append(m)
        nxt = m
        while nxt := _APPOINTED_TOO.match(simple, nxt.end()):  # …，乙同志为某厅巡视员、丙同志为…: the list goes on
            appointed.append(nxt)
    for m in appointed:
        name = person_name(simple, m.start("name")) or person_name(simple, m.start("name"), by_context=True)
        roles = re.search(rf"(?P<roles>{_ROLE}(?:、{_ROLE})*)(?:职务)?$", m.group("rest"))
        # 任命甲为首任某法院院长、审判委员会委员、审判员: the first title's body holds the titles after it, bare or with a
        # unit of the same body before them
        first = re.match(rf"(?:首任)?(?P<roles>[{HAN}（）()]{{2,30}}?(?:{_BODY_ENDS})(?:{_ROLE}))、", m.group("rest"))
        if first and roles and roles.start() > first.end("roles"):
            f_at = m.start("rest") + first.end("roles")
            f_role = re.search(rf"(?:{_ROLE})$", first.group("roles")).group()
            org, parent = _org_before(text, simple, f_at - len(f_role), agencies, main_org, f_role)
            if org is not None and name and name == m.group("name"):
                if simplified(org.surface).startswith("首任") and len(org.surface) > 4:  # (the first to hold it)
                    org = AgencyRef(surface=org.surface[2:], key=agencies.key(simplified(org.surface[2:])),
                                    span=Span(org.span.start + 2, org.span.end))
                person = text[m.start("name"):m.end("name")]
                add(person, text[f_at - len(f_role):f_at], org, parent, Span(m.start(), m.end()))
                pos = f_at + 1
                for item in m.group("rest")[first.end():].split("、"):
                    if re.fullmatch(_ROLE, item):
                        add(person, text[pos:pos + len(item)], org, parent, Span(m.start(), m.end()))
                    pos += len(item) + 1
                continue
        if not name or name != m.group("name") or not roles:
            continue
        at = m.start("rest") + roles.start("roles")
        org, parent = _org_before(text, simple, at, agencies, main_org, roles.group("roles"))
        pos = at
        for item in roles.group("roles").split("、"):
            add(text[m.start("name"):m.end("name")], text[pos:pos + len(item)], org, parent, Span(m.start(), m.end()))
            pos += len(item) + 1
    # a name found whole (弗朗西斯·高锐) is the same person where the text gives only its end (高锐)
    full = {re.split(_DOT, p.person)[-1].strip(): p.person for p in posts if re.search(_DOT, p.person)}
    renamed = []
    for p in posts:
        name = full.get(p.person, p.person)
        if not any(q.person == name and q.role == p.role and q.org == p.org for q in renamed):
            renamed.append(Post(person=name, role=p.role, org=p.org, span=p.span, parent_org=p.parent_org))
    posts[:] = renamed
    listed_before = None  # (where the last name and title read below ends, its body)
    # 王彬颖副总干事: a name before its title, after punctuation, a conjunction (…精神和徐某副省长批示) or its body
    # (省知识产权局张春平副局长)
    for m in re.finditer(rf"(?:(?<=[，。、；：,;:\n　 和与及【由为])|(?<={_BODY_END})|(?<=大学)|(?<=[审法]庭)|(?<=[部处])|(?<=研究所)|(?<=[业技]园))(?P<name>[{HAN}·]{{2,4}}?)"
                         rf"(?P<role>{_ROLE})", simple):
        after_body = not re.match(r"[，。、；：,;:\n　 和与及【由为]", simple[m.start() - 1:m.start()] or "\n")
        if in_list(m.start()) or re.match(r"会[议上后见谈]", simple[m.start() - 1:m.start() + 1]) \
                or m.group("name")[-1] in "由被将把向":
            continue  # (会议由局长主持: the meeting, chaired by the director, no body 会 and no name 议由)
        if simple[m.start() - 1:m.start()] in "部处" and person_name(simple, m.end("role"), by_context=True):
            continue  # 某部文艺大臣甲: a title before the name it goes with, not a name before its title
        name = person_name(simple, m.start("name"), by_context=after_body)  # after a body's name: any family name
        if name and (re.search(r"分管|主管|负责|相关|有关", name) or _NOT_A_NAME.match(name) or m.group("role").endswith(_OCCUPATIONS)
                     and name[0] not in _SURNAMES and name[:2] not in _COMPOUND_SURNAMES):
            continue  # 相关部门分管领导: the leader in charge, no name; before a word for an occupation, a family name
        if name and len(name) == len(m.group("name")) and not re.search(r"[副务总长组局处科委办部司厅院庭室]$", name) \
                and not re.search(r"[局厅署]|[一二三四五六七八九十]级", name) \
                and not _ROLE_AT.match(simple, m.start("name")) \
                and not _NOT_A_TITLE.match(simple, m.end("role") - 1):  # 局党组书记: one title, not a name and a title
            org, parent = (None, None)
            if after_body:
                org, parent = _org_before(text, simple, m.start("name"), agencies, main_org, m.group("role"))
            elif listed_before and listed_before[0] == m.start() - 1 and simple[m.start() - 1] == "、":
                org, parent = listed_before[1], listed_before[2]  # 某局甲局长、乙副局长、丙副调研员: the list's body
            add(text[m.start("name"):m.end("name")], text[m.start("role"):m.end("role")], org, parent,
                Span(m.start(), m.end()))
            mine = next((p for p in reversed(posts) if p.person == text[m.start("name"):m.end("name")]), None)
            listed_before = (m.end(), mine.org, mine.parent_org) if mine and mine.org else None
    return posts


# a list of members, each written as name, body, title(s): 张某市财政局党组成员、资金局局长 李某市教育局副局长
_MEMBER_ROLES = re.compile(rf"(?:{_ROLE})(?:、[{HAN}]{{0,10}}?(?:{_ROLE}))*$")
_MEMBER_BODY_END = re.compile(rf"(?:{_BODY_ENDS}|办事处|工委|管委会?)$")


def _member_list(text: str, simple: str, agencies: ZhAgencies) -> list[Post]:
    """The members of a list a line gives as items apart by spaces, each its name (two characters may be set apart
    by a space: 王 明), its body and its titles; a line with three items or more is such a list."""
    posts: list[Post] = []
    pos = 0
    for line in simple.split("\n"):
        start, pos = pos, pos + len(line) + 1
        tokens = [(m.start() + start, m.group()) for m in re.finditer(r"[^\s　]+", line)]
        items = []
        i = 0
        while i < len(tokens):
            at, tok = tokens[i]
            padded = len(tok) == 1 and bool(re.fullmatch(rf"[{HAN}]", tok)) and i + 1 < len(tokens)  # 王 明市某局局长
            if padded:
                tok = tok + tokens[i + 1][1]
            item = _member(tok)
            if item:
                items.append((at, padded, *item))
                i += 2 if padded else 1
            else:
                i += 1
        if len(items) < 3:
            continue
        for at, padded, name_len, body_len, roles in items:
            name_end = at + name_len + (1 if padded else 0)
            name = text[at:name_end].replace(" ", "").replace("　", "")
            body_at = name_end
            body = AgencyRef(surface=text[body_at:body_at + body_len], key=None, span=Span(body_at, body_at + body_len))
            if NATIONAL.match(simple[body_at:body_at + body_len]):
                body = AgencyRef(surface=body.surface, key=agencies.key(simple[body_at:body_at + body_len]), span=body.span)
            r_at = body_at + body_len
            span = Span(at, r_at + len(roles))
            for item in roles.split("、"):
                role = re.search(f"{_ROLE}$", item).group()
                unit_len = len(item) - len(role)
                org, parent = body, None
                if unit_len:  # 党组成员、资金局局长: a unit of the body before the second title
                    org = AgencyRef(surface=text[r_at:r_at + unit_len], key=None, span=Span(r_at, r_at + unit_len))
                    parent = body
                posts.append(Post(person=name, role=text[r_at + unit_len:r_at + len(item)], org=org, span=span,
                                  parent_org=parent))
                r_at += len(item) + 1
    return posts


# a line of a list of names and posts: 召 集 人：甲某 省长; 乙某 省委宣传部副部长、省版权局局长
_NAME_LINE = re.compile(rf"[ \t　]*(?:[^:：\n]{{1,8}}[:：][ \t　]*)?(?P<name>[{HAN}]{{2,4}})[ \t　]+"
                        rf"(?P<posts>(?:[{HAN}（）()]{{0,30}}?{_FORMER}?{_RANK}{_ROLE}、)*[{HAN}（）()]{{0,30}}?{_FORMER}?{_RANK}{_ROLE})[ \t　]*$")


def _name_title_lines(text: str, simple: str, agencies: ZhAgencies) -> list[Post]:
    """The members of a list written a line each, the name, a space and the posts (each its body and title; a
    title without a body is of the body before it); two such lines in a row or more make a list."""
    runs: list[list[tuple[int, re.Match]]] = [[]]
    pos = 0
    for line in simple.split("\n"):
        start, pos = pos, pos + len(line) + 1
        m = _NAME_LINE.fullmatch(line)
        if m and not _NOT_A_NAME.match(m.group("name")) and not _ROLE_AT.match(m.group("name")):
            runs[-1].append((start, m))
        elif line.strip():
            runs.append([])
    posts: list[Post] = []
    for run in runs:
        if len(run) < 2:
            continue
        for start, m in run:
            a, b = start + m.start("name"), start + m.end("name")
            for _at, item_end, role_at, org in _items(text, simple, agencies, start + m.start("posts"), m.group("posts")):
                role = simplified(text[role_at:item_end])
                if org is None and role.endswith(_LOCAL_ROLES):
                    org = _local_government(text, simple, role)
                posts.append(Post(person=text[a:b], role=text[role_at:item_end], org=org,
                                  span=Span(a, start + m.end("posts")), parent_org=None))
    return posts


# an order's signature: 部长:某某 (a line of its own); the body is the one whose order it is (某部令 第30号)
_SIGNATURE = re.compile(rf"(?m)^[ \t　]*(?P<role>{_ROLE})[ \t　]*[:：][ \t　]*(?P<name>[{HAN}]{{2,4}})[ \t　]*$")
_ORDER_OF = re.compile(rf"(?P<body>[{HAN}]{{2,30}}?(?:{_BODY_ENDS}))令[ \t　]*\n?[ \t　]*第[ \t　]*[\d一二三四五六七八九十百〇零]+[ \t　]*号")


def _signatures(text: str, simple: str, agencies: ZhAgencies) -> list[Post]:
    """The head who signs an order under it: 部长:某某 on a line of its own after 某部令 第30号."""
    posts = []
    for m in _SIGNATURE.finditer(simple):
        if person_name(simple, m.start("name"), by_context=True) != m.group("name"):
            continue
        order = next(reversed(list(_ORDER_OF.finditer(simple, 0, m.start()))), None)  # the order it closes: the last before it
        if order is None:
            continue
        a, b = order.span("body")
        posts.append(Post(person=text[m.start("name"):m.end("name")], role=text[m.start("role"):m.end("role")],
                          org=_body_ref(agencies, text[a:b], a),
                          span=Span(m.start(), m.end()), parent_org=None))
    return posts


# ——某某(某大学法学院院长、教授): a name signing a note, its posts in brackets after it
_POSTS_IN_BRACKETS = re.compile(rf"(?:^|(?<=[—\-－\s，。；：,;:]))(?P<name>[{HAN}]{{2,4}})[（(]"
                                rf"(?P<posts>(?:[{HAN}]{{0,30}}?{_RANK}{_ROLE}、)*[{HAN}]{{2,30}}?(?:{_BODY_ENDS}){_RANK}{_ROLE}(?:、{_RANK}{_ROLE})*)[)）]")


def _posts_in_brackets(text: str, simple: str, agencies: ZhAgencies) -> list[Post]:
    """A name with its posts in brackets after it, each its body and title (a title without a body is of the body
    before it): ——甲某(某大学法学院院长、教授)."""
    posts = []
    for m in _POSTS_IN_BRACKETS.finditer(simple):
        if person_name(simple, m.start("name")) != m.group("name") or _NOT_A_NAME.match(m.group("name")):
            continue
        for _at, item_end, role_at, org in _items(text, simple, agencies, m.start("posts"), m.group("posts")):
            posts.append(Post(person=text[m.start("name"):m.end("name")], role=text[role_at:item_end], org=org,
                              span=Span(m.start(), m.end()), parent_org=None))
    return posts


def _items(text: str, simple: str, agencies: ZhAgencies, at: int, items: str):
    """(start, end, where its title starts, its body) of each post of a run of them apart by 、, each its body and
    title (某部副部长、某局局长; a title without a body is of the body before it; a note's mark after it, [2], left out)."""
    org = None
    for item in items.split("、"):
        bare = re.sub(r"\[\d+\]$", "", item)
        role = re.search(f"{_FORMER}?{_RANK}{_ROLE}$", bare).group()
        unit = len(bare) - len(role)
        if unit:
            org = _body_ref(agencies, text[at:at + unit], at)
        yield at, at + len(bare), at + unit, org
        at += len(item) + 1


# a biography's subject: 甲某，男，1960年6月出生 (汉族，…)
_SUBJECT = re.compile(rf"(?:^|\n)[ \t　]*(?P<name>[{HAN}]{{2,4}})[，,][ \t]*(?:男|女)[，,]")
# the posts it held and holds: 现任某局副局长; 1998年至2003年任某市副市长、某委员会主任; 说明---- 某院参事[2]、某局副局长
_BIO_ITEM = rf"[{HAN}（）()]{{0,30}}?{_FORMER}?{_RANK}{_ROLE}(?:\[\d+\])?"
_BIO_POSTS = re.compile(rf"(?:现任|历任|曾任|先后任|担任|兼任|(?<=[，,。\s年月今])任|-{{2,}}[ \t　]*)"
                        rf"(?P<posts>{_BIO_ITEM}(?:、{_BIO_ITEM})*)(?=[，。；,;\n]|$)")


def _biography(text: str, simple: str, agencies: ZhAgencies) -> list[Post]:
    """The posts of a biography's subject (甲某，男，…): those it says the subject held or holds, each its body and
    title (a title without a body is of the body before it)."""
    subject = _SUBJECT.search(simple)
    if not subject:
        return []
    name = text[subject.start("name"):subject.end("name")]
    posts: list[Post] = []
    seen: set[tuple[str, str]] = set()
    for m in _BIO_POSTS.finditer(simple, subject.end()):
        for at, end, role_at, org in _items(text, simple, agencies, m.start("posts"), m.group("posts")):
            key = (simple[role_at:end], simplified(org.surface)) if org is not None else None
            if key and key not in seen and not _NOT_A_TITLE.match(simple, end - 1):
                seen.add(key)
                posts.append(Post(person=name, role=text[role_at:end], org=org, span=Span(at, end), parent_org=None))
    return posts


# a person who takes up posts: 甲任某法院副院长, 乙出任某局局长、某中心主任
_TAKES_UP = re.compile(rf"(?:^|(?<=[，。；：,;:\n　 ]))(?P<name>[{HAN}]{{2,4}}?)(?:同志)?(?:出任|担任|升任|接任|任)"
                       rf"(?P<posts>{_BIO_ITEM}(?:、{_BIO_ITEM})*)(?=[，。；,;\n]|$)")


def _takes_up(text: str, simple: str, agencies: ZhAgencies) -> list[Post]:
    """The posts a named person takes up, each its body and title (a title without a body is of the body before it)."""
    posts: list[Post] = []
    for m in _TAKES_UP.finditer(simple):
        if person_name(m.group("name") + "。", 0) != m.group("name"):  # (a name of two characters before 任: 甲乙任…)
            continue
        for _at, end, role_at, org in _items(text, simple, agencies, m.start("posts"), m.group("posts")):
            if org is not None and not _NOT_A_TITLE.match(simple, end - 1):
                posts.append(Post(person=text[m.start("name"):m.end("name")], role=text[role_at:end], org=org,
                                  span=Span(m.start(), end), parent_org=None))
    return posts


# a line that gives a name, then its posts a comma apart (an author's note): 甲某，某大学法学院博士生，某局某处处长。
# 甲某(1960-)，女，某省某市人，某大学教授，…: the years of the author's life after the name (作者简介: its label before)
_NAME_THEN_POSTS = re.compile(rf"^[ \t　]*(?:[{HAN}]{{2,6}}[:：][ \t　]*)?(?P<name>[{HAN}]{{2,4}})\s*(?P<life>[（(](?:19|20)\d\d\s*[-—–~～]\s*(?:(?:19|20)\d\d)?[)）]\s*)?"
                              rf"[，,](?P<rest>[^\n。]{{4,160}})。?[ \t　]*$", re.M)


# 中国社会科学院法学所郑成思教授: a scholar's institute, name and academic title, the title after the name
_SCHOLAR = re.compile(rf"(?:(?<=[，,、。；;：:\s])|^)(?P<body>[{HAN}]{{2,20}}?(?:大学|学院|研究院|研究所|法学所|研究中心|科学院))"
                      rf"(?P<name>[{HAN}]{{2,3}}?)(?P<role>副教授|教授|副研究员|研究员|院士)(?=[，,、。；;\s等在和与出作指表说认]|$)", re.M)


def _scholars(text: str, simple: str) -> list[Post]:
    posts: list[Post] = []
    for m in _SCHOLAR.finditer(simple):
        name = m.group("name")
        if person_name(simple, m.start("name")) != name:
            continue
        posts.append(Post(person=text[m.start("name"):m.end("name")], role=text[m.start("role"):m.end("role")],
                          org=AgencyRef(surface=text[m.start("body"):m.end("body")], key=None, span=Span(m.start("body"), m.end("body"))),
                          span=Span(m.start(), m.end()), parent_org=None))
    return posts


def _name_then_posts(text: str, simple: str, agencies: ZhAgencies) -> list[Post]:
    """The posts of a line that opens with a name and a comma and goes on with bodies and their titles only."""
    posts: list[Post] = []
    for m in _NAME_THEN_POSTS.finditer(simple):
        name = m.group("name")
        sexed = m.group("life") or re.match(r"\s*[男女]\s*[，,]", m.group("rest"))  # (the years of a life, a sex: a person)
        if person_name(name + "。", 0) != name and not (sexed and name[0] not in _FUNCTION):
            continue
        at = m.start("rest")
        found = []
        for piece in re.split(r"[，,；;]", m.group("rest")):
            lead = len(piece) - len(piece.lstrip())
            at, piece = at + lead, piece.lstrip()
            item = re.fullmatch(rf"(?P<body>[{HAN}（）()]{{2,40}}?)(?P<role>{_RANK}{_ROLE})", piece)
            if item:
                body = item.group("body")
                org = _body_ref(agencies, text[at:at + len(body)], at)
                found.append(Post(person=text[m.start("name"):m.end("name")], role=text[at + len(body):at + len(piece)], org=org,
                                  span=Span(m.start(), m.end()), parent_org=None))
            at += len(piece) + 1
        posts.extend(found)
    return posts


def _member(token: str) -> tuple[int, int, str] | None:
    """(length of the name, length of the body, the titles) of an item of a list of members, or None."""
    roles = _MEMBER_ROLES.search(token)
    if not roles:
        return None
    head = token[:roles.start()]
    # the name is two or three characters: the split that starts the body with a place's level (市财政局) first; a
    # name before any other body starts with a family name
    for n in sorted((3, 2), key=lambda n: (head[n:n + 1] not in "市省县区州", -n)):
        body = head[n:]
        if len(body) >= 2 and _MEMBER_BODY_END.search(body) and re.fullmatch(rf"[{HAN}]+", head[:n]) \
                and (body[0] in "市省县区州" or head[0] in _SURNAMES or head[:2] in _COMPOUND_SURNAMES):
            return n, len(body), roles.group()
    return None


_PRIOR_POSTS = re.compile(rf"(?:(?<=[，。；：,;:\n])|^)[{HAN}（）()]{{2,30}}?(?:{_BODY_ENDS})(?P<roles>{_ROLE}(?:、{_RANK}{_ROLE})*)[，,]$")
_APPOINTMENT = re.compile(rf"(?:任命|免去)(?P<name>[{HAN}]{{2,4}}?)(?:同志)?(?:为|的)(?P<rest>[^，。；,;为]{{2,40}}?)"
                          rf"(?=[，。；,;]|、[{HAN}]{{2,4}}?同志[为的]|职务|$)")
_APPOINTED_TOO = re.compile(rf"[，,、](?P<name>[{HAN}]{{2,4}}?)同志(?:为|的)(?P<rest>[^，。；,;为]{{2,40}}?)"
                            rf"(?=[，。；,;]|、[{HAN}]{{2,4}}?同志[为的]|职务|$)")
_TITLE_MODIFIERS = ("特邀", "特约", "客座", "兼职")  # words before a title that make no body of their own
_LOCAL_ROLES = ("市长", "省长", "区长", "县长", "镇长", "乡长")
_ENVOY_ROLES = ("大使", "公使", "领事", "参赞")
_HEAD_OF_STATE = ("总统", "首相", "知事")  # (某县知事: a prefecture's governor, the place before the title)
# a body named by its kind alone, after the text named it in full: 办事处, 代表处, 协会, 中心
_GENERIC_BODIES = ("办事处", "代表处", "协会", "学会", "研究会", "中心", "保护中心")
_LEADS_GROUP = re.compile(rf"(?:一行)?(?:带领|率领|率)(?P<body>[{HAN}]{{2,20}}?(?:{_BODY_ENDS}))"
                          r"(?:课题组|调研组|代表团|考察团|工作组|督查组|检查组)")
_STATE_ROLES = ("主席", "总理", "副总理", "国务委员", "总书记")  # titles of the state and the party: no body before them is theirs
# characters a run of Han characters may hold before a place's name: 2031年某省, 全省 (a whole province, no name)
_BEFORE_PLACE = "年的在和与及了是为对全该各由我本来向从到场"  # (向某市: to; 市场向某市: a market's 场)  # 我县, 本市: the writer's own place, unnamed


def _local_government(text: str, simple: str, role: str) -> AgencyRef | None:
    """A mayor's, governor's or district head's organisation the text leaves unsaid: the place of that kind it
    names first (a governor's: the province, else the city). A place's name is one to four characters between a
    boundary (punctuation, a word before places: 在, 全, 我; a verb of the report) and its level (省, 市); 团结带领省…
    names no province."""
    kind = role[-2]
    for k in (["省", "市"] if kind == "省" else [kind]):
        for m in re.finditer(rf"(?<=[{HAN}]){k}(?!长|场)(?:人民政府|政府)?", simple):  # 市场: a market, no city
            p = m.start()
            a = None
            for b in range(p, max(-1, p - 5), -1):
                before = simple[b - 1] if b > 0 else ""
                if not re.match(rf"[{HAN}]", before) or before in _BEFORE_PLACE \
                        or simple[max(0, b - 2):b] in _VERBS_AFTER or simple[max(0, b - 2):b] == "指出":
                    a = b
                    break
            if a is None or p - a < 2 and not (p - a == 1 and simple[a] in "京津沪渝") \
                    or any(simple[c:c + 2] in _VERBS_AFTER for c in range(a, p - 1)) \
                    or any(ch in _FUNCTION for ch in simple[a:p]):  # (明确把科教兴市: 把 holds no place's name)
                continue
            if not re.search(rf"[{_BEFORE_PLACE}省市县区镇]|召开|主持|举行|出席|参加|会议|大会|传达|学习|贯彻|落实|宣读|通报|代表|"
                             r"根据|按照|依据|依照|关于|对于|通过|经过|推进|推动|加快|建设|实现|成为|进入|支持|服务|围绕|立足|开展|听取|发挥|做好", simple[a:p]):  # (not 全省各省, 主持召开市政府会议)
                return AgencyRef(surface=text[a:m.end()], key=None, span=Span(a, m.end()))
    own = re.search(rf"(?<![{HAN}]){kind}(?:人民)?政府|(?<=[届开])({kind}(?:人民)?政府)", simple)
    if own:  # 主持召开市政府常务会议: the text names the city's government, not the city
        a, b = own.span(1) if own.group(1) else own.span()
        return AgencyRef(surface=text[a:b], key=None, span=Span(a, b))
    return None


def _nearest_agency(text: str, simple: str, at: int, agencies: ZhAgencies) -> AgencyRef | None:
    """The known body named last before a title that has none (委员长栗战书 after 全国人大常委会…)."""
    off = max(0, at - 120)
    found = agencies.find_names(simple[off:at])
    if not found:
        return None
    found = [f for f in found if simple[off + f[1]:off + f[1] + 1] != "长"]  # 知识产权局长: a title, not the body
    if not found:
        return None
    a, b, k = found[-1]
    return AgencyRef(surface=text[off + a:off + b], key=None if simple[off + a:off + b] in agencies.local else k,
                     span=Span(off + a, off + b))


_COURT_ROLES = ("法官", "审判员", "审判长", "庭长")  # (a court's president is named with his court, or is another's)
_LEADING_WORDS = re.compile(r"^(?:近日|日前|此前|不久前|目前|今天|昨天|今年|去年|最近|随后|其后|该案|本案|经|由|在|向|据|对|是|为|被|将|与|和|及|并|又|已|后)+")


def _court_before(text: str, simple: str, at: int) -> AgencyRef | None:
    """The court the text names last before `at` (a judge's title written without one): 某市中级人民法院, 某互联网法院."""
    found = None
    for m in re.finditer(r"(?:法院|法庭)(?![\u4e00-\u9fff]{0,2}(?:长|官))", simple[max(0, at - 600):at]):
        end = max(0, at - 600) + m.end()
        begin = end
        while begin > 0 and re.match(r"[\u4e00-\u9fff]", simple[begin - 1]) and end - begin < 18:
            begin -= 1
        cut = [k for k, ch in enumerate(simple[begin:end - 2]) if ch in "至到向于在由经被对将给与和及为是诉的"]
        begin += cut[-1] + 1 if cut else 0  # (遂诉至某法院: the court after the verb's preposition)
        lead = _LEADING_WORDS.match(simple[begin:end])
        begin += lead.end() if lead else 0
        if end - begin >= 4 and not re.match(r"(?:本|该|我|各级|全国|两级|基层)", simple[begin:end]):
            found = (begin, end)
    if found is None:
        return None
    return AgencyRef(surface=text[found[0]:found[1]], key=None, span=Span(*found))


def _continues_list(simple: str, last_end: int, at: int) -> bool:
    """Whether a title at `at` goes on with the list of posts that ended at last_end (only a comma or an
    enumeration mark, and no sentence end, between)."""
    return 0 <= at - last_end <= 5 and bool(re.fullmatch(r"(?:先生|女士|同志)?\s*[，,、；;]?\s*(?:和|及|以及)?\s*",
                                                         simple[last_end:at]))


_BODY_END_CHAR = re.compile(r"[局会室府院心司学组委办处厅署]")
_BODY_END = "[局会室府院心司组]"  # the last character of a body's name (局, 委员会, 办公室, 政府, 法院, 中心, 纪检组; 大学 apart:
# 学习李某总理 is no body before a name)
# a body and a unit of it in one run: the body ends in 局, 委员会, 政府, 厅 or 院, the unit after it in 司, 处, 科, 室, 中心
_UNIT_OF_BODY = re.compile(rf"(?P<body>[{HAN}]{{2,14}}?(?:局|委员会|政府|厅|院))(?=[{HAN}]{{2,12}}(?:司|处|科|室|中心|分局)$)")
_LEAD_VERB = re.compile(r"(?:邀请到|邀请|请到|包括|其中|以及|还有|陪同|出席|参加|会见|会晤|看望|慰问|听取|主持|有|是|系|即)+")
_PLACE = re.compile(rf"[{HAN}]{{1,8}}?(?:自治区|特别行政区|省|市|县|区|州|盟|旗|镇|乡)$")
_GOVERNMENT_ROLES = ("省长", "市长", "县长", "区长", "州长", "镇长", "乡长", "秘书长")


# the titles of a firm's officers: the words before them name the firm (某科技公司, 某科技)
_COMPANY_ROLES = ("总监", "总经理", "董事长", "总裁", "总经理助理", "首席执行官", "总编辑")
# a spokesperson's body may be of any name (某会新闻发言人: the fair's; 某交易会发言人): the words before the title


def _org_before(text: str, simple: str, at: int, agencies: ZhAgencies,
                main_org: AgencyRef | None, roles: str = "") -> tuple[AgencyRef | None, AgencyRef | None]:
    """The body written right before a title: a known name (国家知识产权局局长), a unit of one
    (国家知识产权局国际合作司司长), a unit alone (战略规划司司长, of the document's main body), or a place before the
    title of its government (海宁市市长: the city)."""
    if simple[max(0, at - 2):at] in _TITLE_MODIFIERS:  # 某协会特邀研究员: the body before the title's modifier
        at -= 2
    start = at
    while start > 0 and re.match(rf"[{HAN}（）()A-Za-z]", simple[start - 1]) and at - start < 30 and (
            simple[start - 1] not in "的了和与及在由向同是为对并"
            # 北京协和医院: 和 inside a body's name, where what follows it is no body's name on its own
            # 北京协和医院, 商务及经济发展局: 和/及 inside a body's name, where the words before it end no body (财政局和审计局)
            or simple[start - 1] in "和与及" and start > 1 and re.match(rf"[{HAN}]", simple[start - 2])
            and simple[start - 2] not in _FUNCTION
            and not re.search(f"(?:{_ROLE})[{HAN}]{{0,3}}$", simple[max(0, start - 10):start - 1])
            # 某主席和某国总统, 部长甲与某组织委员乙: two people, not one body's name
            and not re.search(rf"(?:{_BODY_ENDS})$", simple[max(0, start - 6):start - 1])
            # 甲同志和某中心主任乙: a form of address ends a person, not a body's name; so does a name after an occupation
            and not re.search(r"(?:同志|先生|女士)$|[员师][\u4e00-\u9fff]{2,4}$", simple[max(0, start - 8):start - 1])):
        start -= 1
    lead = _LEAD_VERB.match(simple, start, at)
    if lead and at - lead.end() >= 2:  # 出席的有X局局长, 邀请到X局局长: the verb before the body
        start = lead.end()
    inner = list(re.finditer(r"会见|会晤|出席|参加|陪同|邀请|看望|慰问|听取|主持|拜访|拜会|走访|访问", simple[start:at]))
    if inner and at - start - inner[-1].end() >= 2:  # 北京会见某协会会长: the body after the verb
        start += inner[-1].end()
    if start == at and at > 1 and simple[at - 1] in " 　" and _BODY_END_CHAR.match(simple, at - 2):
        return _org_before(text, simple, at - 1, agencies, main_org, roles)  # 某市某局 领导甲: a space between body and title
    field = re.search(rf"分管[{HAN}]{{1,12}}?工作$", simple[start:at])
    if field:  # 某局分管知识产权工作领导: the body before the field its leader is in charge of
        at -= len(field.group())
    run = simple[start:at]
    if not run and simple[at - 1:at] == "的":  # 某委员会负责农业的委员某某: the body whose member is in charge of a field
        whose = re.search(rf"(?P<body>[{HAN}]{{2,12}}?(?:委员会|组织|政府|部|局))(?:负责|主管|分管)[{HAN}]{{1,8}}的$",
                          simple[max(0, at - 30):at])
        if whose:
            b0 = max(0, at - 30) + whose.start("body")
            return AgencyRef(surface=text[b0:b0 + len(whose.group("body"))], key=agencies.key(whose.group("body")),
                             span=Span(b0, b0 + len(whose.group("body")))), None
    if not run:
        return None, None
    if re.fullmatch(r"[A-Z]{2,8}", run):  # WIPO总干事: a body by its acronym
        known = agencies.reference.acronym_candidates(run)[0]
        return AgencyRef(surface=text[start:at], key=known[0] if len(known) == 1 else None, span=Span(start, at)), None
    start += len(run) - len(run.lstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))  # (letters before Han: no body)
    run = simple[start:at]
    if not run:
        return None, None
    if len(run) == 1 and run in "局委办":  # 局党组成员: the bureau the text named before, by its full name
        named = list(re.finditer(rf"(?:[{HAN}]{{1,10}}?|(?<![{HAN}]))[省市县区][{HAN}]{{1,12}}?{run}(?=[{HAN}])", simple[:start]))
        if named:
            m = named[-1]
            return AgencyRef(surface=text[m.start():m.end()], key=None, span=Span(m.start(), m.end())), None
    envoy = re.fullmatch(rf"(?P<country>[{HAN}]{{2,8}}?)(?:常)?驻[{HAN}]{{1,8}}", run)
    if envoy and roles.split("、")[0].endswith(_ENVOY_ROLES) and not re.search(r"(?:使团|使馆|代表团|代表处|处|团|馆)$", run):
        # 某国驻华大使: the country the envoy is of (某国驻某地使团经商处公使: the mission's office, named whole)
        s0 = start + envoy.start("country")
        return AgencyRef(surface=text[s0:start + envoy.end("country")], key=None, span=Span(s0, start + envoy.end("country"))), None
    country = re.search(rf"(?:^|[和与及、])(?P<c>[{HAN}]{{2,6}})$", run) if roles.split("、")[0].endswith(_HEAD_OF_STATE) else None
    if country and not _ROLE_AT.search(country.group("c")):  # 某国总统: the country whose president
        s0 = start + country.start("c")
        return AgencyRef(surface=text[s0:at], key=None, span=Span(s0, at)), None
    if roles.split("、")[0] == "委员":  # 欧盟农业委员某某: a member of a commission, for a field
        member = re.fullmatch(rf"(?P<body>[{HAN}]{{1,12}}?(?:盟|委员会|组织|政协|人大|委))(?:[{HAN}]{{2}})?", run)
        if member:
            return AgencyRef(surface=text[start:start + member.end("body")], key=agencies.key(member.group("body")),
                             span=Span(start, start + member.end("body"))), None
    if run in _GENERIC_BODIES:  # 并与办事处某主任: the office named before by its full name
        named = [m for m in re.finditer(rf"(?<=[{HAN}A-Za-z]){run}", simple[:start])]
        if named:
            full = _org_before(text, simple, named[-1].end(), agencies, main_org)
            if full[0] is not None and len(full[0].surface) > len(run):
                return full
    if roles.split("、")[0].endswith("会长") and len(run) >= 3 and run.endswith("会") and not agencies.find_names(run):
        return AgencyRef(surface=text[start:at], key=None, span=Span(start, at)), None  # 某促进会会长: the 会 it heads
    if roles.split("、")[0].endswith((*_COMPANY_ROLES, "发言人")) and 2 <= len(run) <= 16 and not agencies.find_names(run) \
            and not _ROLE_AT.search(run) and run[0] not in _FUNCTION:
        return AgencyRef(surface=text[start:at], key=None, span=Span(start, at)), None  # 某科技专利总监: the firm it directs
    place = _PLACE.search(run)
    if place and (roles.split("、")[0].endswith(_GOVERNMENT_ROLES) or roles.startswith(("党委", "党组"))) \
            and not agencies.find_names(run[place.start():]):  # (某镇党委副书记: the town's party committee, named by the town)
        s0 = start + place.start()
        return AgencyRef(surface=text[s0:at], key=agencies.key(run[place.start():]), span=Span(s0, at)), None
    bare = re.sub(r"[（(][^（）()]*[）)]$", "", run)  # 市市场监管局（市知识产权局）
    for a, b, k in agencies.find_names(bare):
        if a > 0 and bare[a - 1] in "省市县区州":
            continue  # 省知识产权局: a provincial body, not the national one
        if a > 1 and not NATIONAL.search(bare[:a]) and not agencies.find_names(bare[:a]) and k and not NATIONAL.match(bare[a:b]):
            continue  # 新加坡知识产权局: another country's office of that name
        if bare[a:b] in agencies.local:
            k = None  # 联席会议办公室 in a text that names a city's office of that name: the city's
        rest = bare[b:]
        if not rest:
            return AgencyRef(surface=text[start + a:at], key=k, span=Span(start + a, at)), None
        if len(rest) <= 12 and rest.endswith(_ORG_SUFFIX):
            parent = AgencyRef(surface=text[start + a:start + b], key=k, span=Span(start + a, start + b))
            return AgencyRef(surface=text[start + a:at], key=None, span=Span(start + a, at)), parent
    unit = re.search(rf"[{HAN}]{{1,24}}(?:[（(][{HAN}]{{2,12}}[)）][{HAN}]{{1,8}}?)?(?:{_BODY_ENDS})$", bare)  # 某局(某局)党组
    own = re.match(rf"(?:我|本|该)[院局会厅委所校](?=[{HAN}]{{2,}})", unit.group()) if unit else None
    if own:  # 我院标准与知识产权研究所: the writer's own institute's unit, named after "our institute" (该院: "this court")
        start += own.end()
        bare, unit = bare[own.end():], re.search(rf"[{HAN}]{{1,24}}(?:{_BODY_ENDS})$", bare[own.end():])
    if unit and not re.search(r"^(?:本|该|我|各|全(?!国)|新(?=组建|成立|任|设))", unit.group()):  # 全市 is no body; 全国人大… is
        s = start + unit.start()
        inner = _UNIT_OF_BODY.match(unit.group())
        if inner:  # 市市场监督管理局知识产权运用促进科: a section of the bureau named before it
            cut = s + inner.end("body")
            return (AgencyRef(surface=text[cut:at], key=None, span=Span(cut, at)),
                    AgencyRef(surface=text[s:cut], key=agencies.key(simple[s:cut]), span=Span(s, cut)))
        key = agencies.key(unit.group())
        # a department alone (战略规划司司长) is one of the document's main body; a bureau or a government is its own
        department = re.search(r"(?<!公)(?:司|处|室|厅)$", unit.group()) and not _PLACE.search(unit.group()[:-1]) \
            and not re.match(r"[省市县区州]", unit.group())  # 省科技厅: a province's department, not a unit of the main body
        return AgencyRef(surface=text[s:at], key=key, span=Span(s, at)), (main_org if key is None and department else None)
    return None, None
