"""Site chrome, recognised by its shape in either language: navigation bars, breadcrumbs, language switches,
print and share bars, copyright lines. A line of chrome is made of short cells between separators, of single
letters or characters ("A A A", "大 中 小"), of bullets with a word or two, or of words in capitals with no
sentence among them; it is not a list of the words a site happens to use.
"""

from __future__ import annotations

import re

from ipgraph._text import HAN

# what separates the cells of a bar: pipes, dots, arrows, slashes, wide or repeated spaces, brackets around a cell
_SEPARATORS = re.compile(r"\s*[|｜丨•·›»>/\\ㄑ]\s*|\s{2,}|\t|　+|[【】\[\]]")  # (ㄑ: a bopomofo letter some sites use as ‹)
_SENTENCE = re.compile(r"[.!?。！？]\s*$|[,，;；]\s+\S+\s+\S+")
_BULLET = re.compile(r"^\s*[•·▪■◆●○\-*–—>»]\s*\S")
_COPYRIGHT = re.compile(r"©|\bcopyright\s*(?:©|\(c\)|(?:19|20)\d\d)|\(c\)\s*(?:19|20)\d\d|all rights reserved|版权所有|ICP备|"
                        r"ICP证|公网安备", re.I)
_LOCATION = re.compile(r"^\s*(?:[•·▪■◆●○]\s*)?(?:you\s+are\s+here|current\s+(?:location|position)|location|position|您(?:当前)?的?位置|"
                       r"当前位置|所在位置|现在位置|本页位置|本頁位置|當前位置)\s*[:：]", re.I)
_PICTOGRAPH = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]")
_LOADING = re.compile(r"(?i:please\s+wait|loading\b|正在加载|加载中)")
_URL = re.compile(r"https?://|www\.|\.(?:com|cn|org|net|gov)(?:\.cn)?\b|@\w+\.", re.I)


_LANGUAGES = {"english", "chinese", "中文", "简体中文", "繁体中文", "繁體中文", "french", "français", "spanish", "español", "russian",
              "русский", "arabic", "العربية", "japanese", "日本語", "korean", "한국어", "german", "deutsch", "portuguese", "português"}


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _SEPARATORS.split(line) if c and c.strip()]


def _short(cell: str) -> bool:
    """A cell of a bar: a word or two, or up to six Han characters."""
    if HAN.search(cell):
        return len(cell) <= 6
    return len(cell.split()) <= 2 and len(cell) <= 24


def is_chrome(line: str) -> bool:
    s = line.strip()
    if not s:
        return True
    if _COPYRIGHT.search(s) or _LOCATION.match(s) or re.fullmatch(r"[\d\W_]+", s):
        return True  # a copyright line, a breadcrumb, a line of figures or marks only
    if re.fullmatch(r"(?i)(?:log\s?in|log\s?out|sign\s?in|sign\s?up|sign\s?out|register|subscribe|my\s+account)"
                    r"(?:\s*[/|]?\s*(?:log\s?in|sign\s?in|sign\s?up|register|subscribe))*", s):
        return True  # "Log in", "Sign in / Register": the account links of a site's bar
    if re.search(r"(?i)\b(?:vol\.?|volume)\s*\d+\b.{0,30}\b(?:issue|no\.?)\s*\(?\d+\)?", s) and len(s) <= 90 \
            and not re.search(r"[。，！？]|[.!?]\s+[A-Z]", s):
        return True  # "某大学学报(社会科学版) 2031, Vol. 31 Issue (6): 1-6 PDF": a journal's masthead, its volume and issue
    if re.search(r"\bstr\s*\+=|innerHTML|getElementById|GetObj\(|location\.href|\bdocument\.\w|\bfunction\s*\(|^\s*(?:\\n\s*)+[\"';]*\s*$", s):
        return True  # '\n"; str += '', "location.href = …": a page's script, printed as text
    if re.search(r"(?i)(?<![\d.,])404\s*(?:not\s*found|error|page|页面|頁面|错误|錯誤)|(?:error|page)\s*404(?![\d.,])|[?？]404(?=[\u4e00-\u9fff])", s) \
            and len(s) <= 30 and not re.search(r"[。，！；,!;]", s):
        return True  # "404 Not Found", 某网404页面 (even as mojibake: 某某?404某某): a page that was not found
    piped = [re.sub(r"\s+", "", c) for c in re.split(r"[|｜]", re.sub(r"^\s*\d{1,2}\.\s*|^[^:：|]{1,8}[:：]", "", s))]
    if len(piped) >= 5 and sum(0 < len(c) <= 6 for c in piped) >= len(piped) - 1:
        return True  # 2. 频 道: 首 页|新 闻|国 际|财 经|…: a bar of channels, its words spaced out, after a label
    if "{{" in s and len(re.sub(r"\{\{[^{}]{0,40}\}\}|[\s¥$€£:：,，.]", "", s)) <= 4:
        return True  # "{{ v.name }}", "{{ v.price }} ¥{{ v.price }}": a template's fields the page left unfilled
    if re.fullmatch(r"(?i)(?:(?:open[\s-]access|peer[\s-]reviewed|free[\s-]access|full[\s-]text|research|original|review|book|"
                    r"article|chapter|paper|preprint)[\s,]*){2,6}", s):
        return True  # "Open access peer-reviewed chapter", "Research Article": the kind of a publication over its title
    if re.fullmatch(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+[A-Z][a-z]{2}\s+\d{1,2}\s+\d{1,2}:\d\d(?::\d\d)?\s+(?:[A-Z]{2,5}\s+)?\d{4}", s):
        return True  # "Sat Sep 16 10:53:00 CEST 2023": a time stamp
    if re.fullmatch(r"(?i:top\s+of\s+(?:the\s+)?page|back\s+to\s+top|skip\s+to\s+(?:main\s+)?content|jump\s+to\s+(?:navigation|content|search)"
                    r"|vai\s+al\s+contenuto|aller\s+au\s+contenu(?:\s+principal)?|zum\s+inhalt(?:\s+springen)?|saltar\s+al\s+contenido"
                    r"|ir\s+al\s+contenido|ir\s+para\s+o\s+conte[uú]do|перейти\s+к\s+содержимому)"
                    r"|跳转到(?:内容|导航|正文)|跳轉到(?:內容|導航)|返回顶部|回到顶部", s):
        return True  # a link that skips to the content or back to the top
    if re.match(r"(?:[•·▪■◆●○]\s*)?(?:(?i:welcome\s+to\s+(?:the\s+)?(?:official\s+)?(?:web\s?site|home\s?page|portal)\b)|欢迎(?:访问|光临|来到)|"
                r"歡迎(?:訪問|光臨))", s) \
            and len(s) <= 120:
        return True  # "Welcome to the official website of X!": the site greeting its reader
    if re.search(r"(?:欢迎|歡迎)(?:关注|關注|访问|訪問|光临|光臨)[^。，,]{0,30}(?:网|網|网站|網站|官网|平台|公众号)[!！。]?\s*$", s) and len(s) <= 80:
        return True  # 某某声音 直达真相 欢迎关注某某官方网站某某网!: the site's slogan and greeting
    if re.search(r"(?i)\b(?:issue|vol\.?|volume|no\.)\s*\d+\b.*[|｜]\s*page\s*\d+\s*$", s) and len(s.split()) <= 10:
        return True  # "EW Issue 5 2031 | Page 15": a magazine's issue and page
    if re.fullmatch(r"(?:[A-Z][\w-]*\s+){0,2}[A-Za-z][\w-]*\s*[:：]", s) or re.fullmatch(r"[\u4e00-\u9fff]{2,6}\s*[:：]", s):
        return True  # "Select Language:", "Share to:", 分享到：: a label of a control, with nothing after it
    if re.match(r"(?i)(?:service\s+|customer\s+)?(?:phone|tel|telephone|fax|hotline|e-?mail|服务热线|电话|传真|邮箱)\s*[:：]", s) and len(s) <= 60:
        return True  # "Service Phone: +86 10 …": the site's contact line
    menu = s.split()
    if len(menu) >= 8 and all(w[:1].isupper() for w in menu) and not re.search(r"[.,;:!?]", s) \
            and len(re.findall(r"(?i)\b(?:home|contact|about|news|subscribe|login|search|join|overview|publications)\b", s)) >= 3:
        return True  # "HOME Overview Professional Fields … Contact Us Subscribe CN EN": a site's menu on one line
    if re.search(r"(?i)\bscan\b.{0,30}\b(?:QR\s*code|code)\b|\bQR\s*code\b|扫描二维码|扫一扫|掃一掃", s) and len(s) <= 80 and not _SENTENCE.search(s):
        return True  # "Open WeChat and scan the QR code": the site's link to its account
    words = s.split()
    if len(words) >= 2 and len(set(words)) == 1 or re.match(r"Ctrl\s*\+\s*[A-Z]\b", s):
        return True  # "比特币价格 比特币价格": a ticker's word said over and over; "Ctrl+D 收藏": a key to bookmark the page
    if re.fullmatch(r"[（(][^（）()]{2,60}\d{6}[^（）()]{0,10}[）)]", s):
        return True  # (某某学院,某省 某市315100): an author's address with its postcode, under the name
    if _LOADING.match(s) or re.fullmatch(r"[a-z][a-z0-9_.-]*", s):
        return True  # "Please wait while the page is loading...", a word in lower case alone (a handle, a widget)
    if _PICTOGRAPH.search(s) and len(s) <= 40:
        return True  # a short line with emoji: a banner or an advertisement, not a headline
    if "您" in s or "请" in s and re.search(r"[?？]", s) or (len(s.split()) <= 6 and re.search(r"\b(?:[Oo]ur|[Yy]our)\b", s)) \
            or (len(s.split()) <= 12 and re.search(r"\b[Yy]ou(?:r)?\b", s) and re.search(r"\bour\b", s)):  # "You are … for our Newsletter"
        return True  # the site speaking to its reader: …您的邮箱, 没收到？请…, "Follow our WeChat account"
    if len(re.findall(r"\d{3,4}-\d{7,8}", s)) >= 2 or re.search(r"刊号\s*[:：]|\bISSN\b|\bCN\d{2}-\d{4}", s):
        return True  # a newspaper's masthead: its serial number, its telephone lines
    if len(re.findall(r"(?i)facebook|twitter|weibo|微博|wechat|微信|linkedin|whatsapp", s)) >= 2 and not _SENTENCE.search(s):
        return True  # Facebook Twitter 新浪微博 …: a bar of links to social networks (with today's date beside it)
    cells = _cells(s)
    marked = bool(re.search(r"[|｜丨•·›»>/\\【】\[\]ㄑ]", s))  # cells between marks, not only between spaces
    if len(cells) >= 3 and all(_short(c) for c in cells) and not _SENTENCE.search(s) \
            and (marked or not any(c[:1].islower() for c in cells)):
        return True  # Home | News | About, 首页　新闻　政务, Print  E-mail  Share
    if marked and len(cells) >= 1 and (all(_short(c) for c in cells) or len(s.split()) <= 4 and not HAN.search(s)) \
            and not _SENTENCE.search(s) and re.search(r"^[|｜丨]|[|｜丨]$", s):  # (客服设为首页 |, Large Medium Small |: a bar's cells before its separator)
        return True  # Text: | Print|: a bar that opens or closes with its separator
    if re.fullmatch(r"[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)? ?[/>›»] ?[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)?", s):
        return True  # "China / Government", "World > Asia": a section and its part
    if len(cells) == 2 and all(len(c) <= 10 for c in cells) and any(HAN.search(c) for c in cells) \
            and any(re.search(r"[A-Za-z]", c) for c in cells):
        return True  # 中文 | English: a language switch
    if marked and len(cells) >= 2 and all(c.lower() in _LANGUAGES for c in cells):
        return True  # Chinese | English, English | Français: a language switch in words
    if re.fullmatch(r"[\u4e00-\u9fff]{2,8}\s*(?:>>?|›|»|/)\s*[\u4e00-\u9fff]{2,8}", s):
        return True  # 某网>>某频道: a site and its section
    if len(re.findall(r"[\[【][^\]】]{1,24}[\]】]", s)) >= 2 and re.fullmatch(r"(?:\s*[\[【][^\]】]{1,24}[\]】])+\s*", s):
        return True  # [Database Search] [Help]: cells in brackets and nothing else
    tokens = s.split()
    if 3 <= len(tokens) <= 6 and re.search(r"(?:^|\s)(?:(?:\S|[\u4e00-\u9fff]{2}|[A-Za-z][+\-]|[+\-][A-Za-z]|[A-Z]{2})\s+){2}(?:\S|[\u4e00-\u9fff]{2}|[A-Za-z][+\-]|[+\-][A-Za-z]|[A-Z]{2})(?:\s|$)", s):
        return True  # Text size: A A A, 字号 大 中 小, A- A A+: three letters or characters in a row ("IP Tribunal set up in X", "Appendix B:
        # Li vs Liu" are none)
    if len(re.findall(r"[>›»ㄑ]", s)) >= 3 and not re.search(r"[，。！？；,;!?]", s) \
            and all(len(c) <= 40 for c in cells[:-1]) and len(cells[-1]) <= 80:
        return True  # > 政务公开 > 组织机构 > 某部门 > 政务动态: a breadcrumb, however long its cells
    if re.match(r"[>›»ㄑ]\s*\S", s) and len(s.split()) <= 5 and not _SENTENCE.search(s):
        return True  # "ㄑ Press Room": a link back to a section
    unlabelled = re.sub(r"^[\u4e00-\u9fff]{1,4}[:：]\s*", "", s)  # 查找:  转第 显示法宝之窗 …: a bar after its label
    tokens = unlabelled.split()
    han_words = [t for t in tokens if re.fullmatch(r"[\u4e00-\u9fff]{2,6}", t)]
    if len(tokens) >= 4 and len(han_words) >= len(tokens) - 1 and len(han_words) >= 4 and not re.search(r"[，。！？；：,;:]", unlabelled):
        return True  # 网站首页 新闻中心 信息公开 …, 某某网 门户 资讯 某县 查看内容: short words apart by single spaces
    if len(tokens) >= 3 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,10}", t) for t in tokens) \
            and sum(len(t) == 4 for t in tokens) >= 3:
        return True  # 某某门户 邮箱登录 设为首页 加入收藏: a site's controls, words of four characters apart by spaces
    if _BULLET.match(s) and (len(s) <= 20 if HAN.search(s) else len(s.split()) <= 4) and not _SENTENCE.search(s) \
            and "《" not in s:  # (●《某法》最新评论专题: a column named for a law, over its articles)
        return True  # • NEWS
    if re.search(r"(?:[A-Z][a-z]+){3,}", s) and not _SENTENCE.search(s) and len(s.split()) <= 6:
        return True  # "EnglishArabicChinese (Simplified)DutchFrench…": a bar of links glued into one word
    if re.fullmatch(r"[A-Z&' ]{2,24}", s) and len(tokens) <= 2:
        return True  # NEWS, ABOUT BR: a word or two in capitals
    if _URL.search(s) and len(tokens) <= 6 and not _SENTENCE.search(s):
        return True  # a site's address, a mail address
    if HAN.search(s) and re.search(r"[A-Za-z]{2,}", s) and len(s.split()) <= 5 and len(s) <= 40 \
            and not re.search(r"[.!?。！？:：]\s*$", s) and not re.search(r"[\u4e00-\u9fff]{6,}", s):
        return True  # "Global Edition ASIA 中文 雙語 Français": a bar of editions and languages
    if len(s.split()) <= 5 and re.search(r"\b(?:Ad|Ads|Advertisement|Sponsored)\b", s) and not _SENTENCE.search(s):
        return True  # "HB Mobile Ad Slot": a place for an advertisement
    crumbs = re.split(r"\s*[>›»]\s*", s)
    if re.search(r"(?:\bHome|首页)\s*[>›»]\s*\S", s) and not _SENTENCE.search(" ".join(crumbs[:-1] if len(crumbs) > 2 else crumbs)):
        return True  # "Industry trends position:Home > News > ...": a breadcrumb, whatever its label and its last cell
    if s.count(",") >= 3 and not re.search(r"[。！？；]", s) and all(
            len(re.findall(r"[\u4e00-\u9fff]", c)) >= 3 and len(c) <= 24 for c in s.split(",")):
        return True  # 某某网站,某某综合,…: a site's keywords between commas of the Latin script
    if re.match(r"(?:今天是|今日是|今天:|今天：)\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", s):
        return True  # 今天是2031年12月8日 星期一,欢迎光临本站: the site's today, over every page
    dashed = [c.strip() for c in re.split(r"(?<=\S)-(?=\S)", s)]
    if len(dashed) >= 4 and HAN.search(s) and all(0 < len(c) <= 24 for c in dashed) and not re.search(r"[，。！？；,.!?;\s]", s):
        return True  # 某某精品-某某网-某某播放网-…: a spam site's keywords joined by hyphens
    if len(tokens) <= 10 and not re.search(r"[.!?。！？]\s*$", s) and (
            re.search(r"(?i)\b(?:e-?mail|print|share|bookmark|send)\s+this\s+(?:article|page|story|news)", s)
            or len(re.findall(r"(?i)\b(?:traditional|simplified)\s+chinese\b|\benglish\b|\b(?:text|font)\s+size\b", s)) >= 2):
        return True  # "Traditional Chinese Simplified Chinese Email this article": a page's language switch and share bar
    if s.count("_") >= 3 and all(0 < len(c.strip()) <= 24 for c in s.split("_")) and not re.search(r"[。！？；，,.!?;]", s) \
            and HAN.search(s):
        return True  # 甲_乙_丙_丁: a spam site's keywords joined by underscores
    if re.search(r"\">\s*$|^\s*<[a-z]+[\s>]|</[a-z]+>\s*$", s):
        return True  # 某某的描述…它属于受">: a page's markup, an attribute's value cut with its tag
    if re.fullmatch(r"(?i)(?:issue|no\.?|vol\.?|volume)\s*\d{1,4}", s):
        return True  # "Issue 5": a magazine's issue over its pages
    bare = re.sub(r"^[•·▪■◆●○]\s*|\s+[?？]$", "", s)  # (• 甲_乙_丙 ?: set as an item, a character lost at its end)
    keywords = [c.strip() for c in re.split(r"[,，_]", bare)]
    if len(keywords) >= 5 and all(0 < len(c) <= 24 and len(c.split()) <= 3 for c in keywords) \
            and not re.search(r"[.!?。！？]\s*$", bare):
        return True  # a site's keywords, a line of tags: five phrases or more between commas (or _) and no sentence
    return False


def headline(text: str, skip, too_long, site_name) -> tuple[int, int] | None:
    """(start, end) of a page's headline: the first line that is not chrome (skip), or None when the body
    starts first (too_long). A line that only names a body (site_name: the site's own name over its pages) is
    passed over when a headline follows it within the next lines."""
    found: list[tuple[int, int, str]] = []
    lines, pos = [], 0
    for line in text[:6000].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.strip():
            lines.append((start, line))
    after_chrome, passed = False, None
    for i, (start, line) in enumerate(lines):
        s = line.strip()
        if skip(s):
            after_chrome = True
            continue
        if too_long(s):
            break
        lead = len(line) - len(line.lstrip())
        # a line between two lines of chrome ("Site [Home]" / "Laws of X" / "[Search] [Help]") names a part of the
        # site, when a line that can be a headline, and a longer one, follows them
        # (a first line over a breadcrumb: "某某报告集" / "某网> 高层> 正文" / the headline)
        if passed is None and (after_chrome or i == 0 and re.search(r"[>›»]", lines[i + 1][1] if i + 1 < len(lines) else "")) \
                and i + 2 < len(lines) and skip(lines[i + 1][1].strip()) \
                and not re.search(r"(?:19|20)\d\d", lines[i + 1][1]) \
                and not re.match(r"\s*(?:Authors?|By|Written\s+by|Posted\s+by|作者)\s*[:：]?\s*$", lines[i + 1][1], re.I):
            # (a date line under it is the headline's own; so is an author's label, its name left out)
            nxt = lines[i + 2][1].strip()
            if not too_long(nxt) and not skip(nxt) and not PARTICULARS.match(nxt) and len(nxt) >= 1.5 * len(s):
                passed = (start + lead, start + lead + len(s), s)
                continue
        if found and site_name(found[-1][2]) and HAN.search(s) and len(s) <= 6 and not HAN.search(found[-1][2]):
            continue  # "X Justice Observer" / 某某观察: the site's name, then the same in Chinese
        found.append((start + lead, start + lead + len(s), s))
        if not site_name(s) or len(found) > 3:
            break
    if not found and passed:
        found = [passed]
    if not found:
        return None
    crumb = _crumb_headline(lines, skip, too_long)
    if crumb and crumb[0] > found[0][0]:
        found = [crumb]
    twice = _after_a_line_said_twice(lines, found[0], skip, too_long)
    if twice:  # "E-News No.46" / "E-News No.46" / the headline: a newsletter's name over and over, then the headline
        found = [twice]
    # the line after a site's name is its headline when it is a headline's length (half the body's limit) and no sentence
    pick = next((f for f in found[1:] if not site_name(f[2]) and not too_long(f[2] * 2)
                 and not re.search(r"[.。!?！？]$", f[2])), found[0]) if site_name(found[0][2]) else found[0]
    start, end = pick[0], pick[1]
    latin_page = len(re.findall(r"[A-Za-z]", text[:3000])) > 2 * len(HAN.findall(text[:3000]))
    if _one_word(pick[2]) or _name_words(pick[2]) or latin_page and HAN.search(pick[2]) and len(pick[2]) <= 6:
        # "China" over "More cases landing in the court": a section's or a site's name over the headline (某某财经 over the
        # headline of an English page); the next line that is no chrome: "Press Release" / "Email this article" / the headline
        nxt = next(((s0 + len(ln) - len(ln.lstrip()), ln.strip()) for s0, ln in lines if s0 > pick[0] and not skip(ln.strip())), None)
        if nxt and not skip(nxt[1]) and not too_long(nxt[1]) and (len(nxt[1].split()) >= 4 or HAN.search(nxt[1]) and len(nxt[1]) >= 8) \
                and not re.search(r"[.。!?！？:：]$", nxt[1]) and not PARTICULARS.match(nxt[1]):
            start, end = nxt[0], nxt[0] + len(nxt[1])
            pick = (start, end, nxt[1])
    above = _above_particulars(text, end, skip, too_long) if _short_line(pick[2]) else None
    if above:  # "无障碍阅读" over "The headline" over "Source: … Time: …": the line over the particulars is the headline
        start, end = above
    cell = _repeated_cell(text, start, end) or _repeated_tail(text, start, end, skip)  # "Site - Section - The headline" over a
    if cell:  # line that gives the headline
        start, end = cell
    dated = DATED_HEADLINE.match(pick[2])  # "2025-12-23 A headline": the page's date on the headline's line
    if dated and len(pick[2]) - dated.end() >= 12:
        start += dated.end()
    label = _DATE_AFTER.search(text, start, end)  # "A headline 时间:2025-09-26": its date label after it
    if label and label.start() - start >= 6:
        end = label.start()
    return _beside_a_label(text, start, end)


def _beside_a_label(text: str, start: int, end: int) -> tuple[int, int]:
    """"Newsletter | The headline", "The headline | Site": a column's or a site's name beside the headline, one pipe
    apart; the headline is the cell of four words (ten characters) or more when the other is of two words (six
    characters) at most."""
    cells = list(re.finditer(r"[^|｜]+", text[start:end]))
    if len(cells) != 2:
        return start, end

    def words(c: str) -> int:
        return len(c.split()) if not HAN.search(c) else len(c.strip()) // 3

    a, b = (m.group().strip() for m in cells)
    for label, head, m in ((a, b, cells[1]), (b, a, cells[0])):
        # (a kicker of three words over a long headline: "Industry Hot Spots | The headline of six words or more")
        if label and (words(label) <= 2 or words(label) == 3 and words(head) >= 6 and not HAN.search(label)) \
                and len(label) <= (6 if HAN.search(label) else 24) and words(head) >= 4:
            lead = len(m.group()) - len(m.group().lstrip())
            return start + m.start() + lead, start + m.start() + lead + len(m.group().strip())
    return start, end


# a line of a page's particulars: its source, date, author
PARTICULARS = re.compile(r"\s*(?:[^|｜\n]{1,16}[|｜]\s*)?(?:(?:来源|來源|发布时间|發佈時間|发布日期|时间|時間|日期|作者|责任编辑|编辑|Source|Date|"
                         r"Release\s+time|Published|Updated)\s*[:：]"
                         # 文字:[大][中][小] 2031-6-9 浏览次数: a page's size controls beside its date and count of views
                         r"|(?:文字|字号|字號)\s*[:：]\s*\[?大\]?(?=[^\n]*(?:19|20)\d\d))", re.I)


def _one_word(line: str) -> bool:
    """A line of one word in Latin letters (a section's name: "China", "Business")."""
    return bool(re.fullmatch(r"[A-Za-z][\w&'-]*", line.strip()))


def _name_words(line: str) -> bool:
    """A line of two words in Latin letters, each capitalised, no verb in them ("China IPR", "Patent Watch"): a
    site's or a column's name, when a longer headline follows."""
    words = line.split()
    if len(words) == 3 and words[1] in ("&", "and") and all(re.fullmatch(r"[A-Z][\w'-]*", w) for w in (words[0], words[2])):
        return True  # "Blockchain & Cryptocurrency": a section of two fields
    # (or a section's name in sentence case: "Administrative enforcement", "Trade secrets")
    return len(words) == 2 and (all(re.fullmatch(r"[A-Z][\w&'-]*", w) for w in words)
                                or bool(re.fullmatch(r"[A-Z][a-z]+ [a-z]{3,}", line.strip())) and not line.strip().endswith("ed"))  # ("Industry new")


def _after_a_line_said_twice(lines: list[tuple[int, str]], pick: tuple[int, int, str], skip, too_long):
    """The line after a short line the page gives twice in a row, where it is longer and can be a headline."""
    i = next((k for k, (st, ln) in enumerate(lines) if st + len(ln) - len(ln.lstrip()) == pick[0]), None)
    if i is None or i + 2 >= len(lines) or lines[i + 1][1].strip() != pick[2] or len(pick[2].split()) > 4:
        return None
    start, nxt = lines[i + 2]
    t = nxt.strip()
    if skip(t) or too_long(t) or len(t) < 1.5 * len(pick[2]) or re.search(r"[.。!?！？]$", t):
        return None
    lead = len(nxt) - len(nxt.lstrip())
    return start + lead, start + lead + len(t), t


def _crumb_headline(lines: list[tuple[int, str]], skip, too_long) -> tuple[int, int, str] | None:
    """A breadcrumb ("Home > News > The headline") whose last cell is the next line: that line is the headline."""
    for i, (_start, line) in enumerate(lines[:15]):
        s = line.strip()
        if len(re.findall(r"[>›»]", s)) < 2 or not skip(s) or i + 1 >= len(lines):
            continue
        last = re.split(r"\s*[>›»]\s*", s)[-1].strip()
        start, nxt = lines[i + 1]
        t = nxt.strip()
        if t and t == last and not too_long(t):
            lead = len(nxt) - len(nxt.lstrip())
            return start + lead, start + lead + len(t), t
    return None


def _short_line(line: str) -> bool:
    """A line too short to be a headline but for a page that has no better one: up to 7 Han characters, or
    two words."""
    return len(line) <= 7 if HAN.search(line) else len(line.split()) <= 2


def _above_particulars(text: str, after: int, skip, too_long) -> tuple[int, int] | None:
    """(start, end) of the line right above a page's particulars (source, date), among the next lines after
    `after`, when it can be a headline."""
    lines, pos = [], after
    for line in text[after:after + 1500].split("\n")[:8]:
        start, pos = pos, pos + len(line) + 1
        if line.strip():
            lines.append((start, line))
    for (s, line), (_, nxt) in zip(lines, lines[1:], strict=False):
        if PARTICULARS.match(nxt):
            t = line.strip()
            if t and not skip(t) and not too_long(t) and not _short_line(t) and not PARTICULARS.match(line):
                lead = len(line) - len(line.lstrip())
                return s + lead, s + lead + len(t)
            return None
    return None


_CELL_SEPARATOR = re.compile(r"\s+[-|｜–—_]{1,2}\s+|——|(?<=[\u4e00-\u9fff])[-_|｜](?=[\w\u4e00-\u9fff]{2,8}$)")  # …开幕-新华网


def _repeated_cell(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a headline line is cells ("Site - Section - The headline") and a line below is one of them alone, that
    cell is the headline."""
    line = text[start:end]
    cuts = [m for m in _CELL_SEPARATOR.finditer(line)]
    if not cuts:
        return None
    bounds = [0] + [x for m in cuts for x in (m.start(), m.end())] + [len(line)]
    below = {ln.strip() for ln in text[end:end + 2000].split("\n")[:12] if ln.strip()}
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        cell = line[a:b].strip()
        if cell in below and (len(cell.split()) >= 3 or len(cell) >= 6 and HAN.search(cell)) and cell != line.strip():
            return start + a + (len(line[a:b]) - len(line[a:b].lstrip())), start + a + len(line[a:b].rstrip())
    return None


def _repeated_tail(text: str, start: int, end: int, skip) -> tuple[int, int] | None:
    """"Site Home The headline" over the headline alone: the line's tail after a space that a line below gives whole,
    where what goes before it is chrome."""
    line = text[start:end]
    below = {ln.strip() for ln in text[end:end + 2000].split("\n")[:12] if ln.strip()}
    for m in re.finditer(r"\s+", line):
        tail = line[m.end():]
        if tail in below and len(tail) >= 0.5 * len(line.strip()) and skip(line[:m.start()].strip()) \
                and (len(tail) >= 8 and HAN.search(tail) or len(tail.split()) >= 4):
            return start + m.end(), end
    return None


_DATE_AFTER = re.compile(r"[ \t\u3000]+(?:时间|日期|发布时间|发布日期|更新时间|Date|Updated|Published)[ \t]*[:：][ \t]*"
                         r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t]+\d{1,2}:\d\d(?::\d\d)?)?[ \t]*$", re.M)


DATED_HEADLINE = re.compile(r"(?i:date\s*[:：]?\s*)?(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s+(?=\S)")
