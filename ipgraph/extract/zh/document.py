"""Document-level rules of Chinese texts: the headline (site chrome recognised and skipped) and the date of
publication."""

from __future__ import annotations

import re

from ipgraph._text import HAN_CHARS as HAN
from ipgraph._text import simplified
from ipgraph.extract import chrome
from ipgraph.extract.zh.dates import _DATE_LABEL, _ISO, _iso, find_date
from ipgraph.records import Span


def publication_date(simple: str) -> tuple[str, Span] | None:
    """发布时间：2019-07-19 near the top; else the first line that is only a date (a notice's signature, a
    footer: 2017年11月20日（星期一）)."""
    lines = simple.split("\n")
    pos = 0
    filled = 0  # lines with text read so far (a page of chrome spaced by blank lines reaches its date late)
    for n, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        filled += bool(line.strip())
        if filled > 16:
            break
        m = _DATE_LABEL.search(line)
        if m and (found := find_date(line[m.end():])) and not found[0].startswith("--"):
            return found[0], Span(start + m.end() + found[2].start(), start + m.end() + found[2].end())
        sized = re.search(r"((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", line) if chrome.PARTICULARS.match(line) else None
        if sized and (d := _iso(int(sized.group(1)), int(sized.group(2)), int(sized.group(3)))):
            return d, Span(start + sized.start(1), start + sized.end(3))  # 文字:[大][中][小] 2031-6-9 浏览次数: the page's date
        us = re.match(r"\s*(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b", line[m.end():]) if m else None
        if us and (d := _iso(int(us.group(3)), int(us.group(1)), int(us.group(2)))):  # 时间:4/22/2031 8:41:58 AM: month first
            return d, Span(start + m.end() + us.start(1), start + m.end() + us.end(3))
        if n <= 4 and (found := _ISO.search(line)) and _only_date(line, found):
            d = _iso(int(found.group(1)), int(found.group(2)), int(found.group(3)))
            if d:
                return d, Span(start + found.start(), start + found.end())
        counted = re.match(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)\d{1,7}\s*(?:来源|作者|编辑)\s*[:：]", line) if filled <= 6 else None
        if counted and (d := _iso(int(counted.group(1)), int(counted.group(2)), int(counted.group(3)))):
            return d, Span(start + counted.start(1), start + counted.end(3))  # 2031-07-013370来源:: the date, a count of readers glued
        glued = _GLUED_ISO.match(line) if n <= 4 else None  # 2013-11-1211月11日…: the date, then the text's first words
        if glued and (d := _iso(int(glued.group(1)), int(glued.group(2)), int(glued.group(3)))):
            return d, Span(start + glued.start(1), start + glued.end(3))
        dotted = _DOTTED.match(line) if n <= 4 else None  # 09.01.2018 21:30: day, month, year, as dots write them
        if dotted:
            day, month = int(dotted.group(1)), int(dotted.group(2))
            if month > 12:
                day, month = month, day
            if d := _iso(int(dotted.group(3)), month, day):
                return d, Span(start + dotted.start(1), start + dotted.end(3))
        stamp = _CTIME.match(line) if n <= 4 else None  # Sat Sep 16 10:53:00 CEST 2023
        if stamp and (d := _iso(int(stamp.group("y")), _MONTHS.index(stamp.group("mon")) + 1, int(stamp.group("d")))):
            return d, Span(start + stamp.start(), start + stamp.end())
    pos = 0
    for line in lines:
        start, pos = pos, pos + len(line) + 1
        found = find_date(line)
        if found and not found[0].startswith("--") and _only_date(line, found[2]) \
                and not _NOT_PUBLISHED.search(line[:found[2].start()]):  # (生效日期: | 2031年… |: when it takes effect)
            return found[0], Span(start + found[2].start(), start + found[2].end())
    return _dateline(simple)


# a date of the document that is not its publication: when it takes effect, an article's way through a journal
_NOT_PUBLISHED = re.compile(r"(?:生效|施行|实施|失效|收稿|修回|修改|录用|接收|出生|截止|截至)(?:日期|时间)[\s:：|｜]*$")
_GLUED_ISO = re.compile(r"\s*((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{2})(?=\s?\d{1,2}月\d{1,2}日)")
_DOTTED = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*$")
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_CTIME = re.compile(r"\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?P<d>\d{1,2})\s+"
                    r"\d{1,2}:\d\d(?::\d\d)?\s+(?:[A-Z]{2,5}\s+)?(?P<y>(?:19|20)\d\d)\s*$")


# a news agency's dateline: 新华社北京4月26日电, 中新网上海3月2日电 (记者 …); the year is the one the text gives that day, or
# the year it speaks of
_DATELINE = re.compile(r"(?:社|网|报|台|讯)[^\d\n，。]{0,8}?(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|讯)")


# a news item's lede that gives the day and its source: "6月12日，据某局消息，…", "3月2日，据某网报道，…"
_SOURCED_LEDE = re.compile(r"(?m)^[ \t　]*(?P<m>\d{1,2})月(?P<d>\d{1,2})日[，,]\s*据[^，。,\n]{2,24}?(?:消息|报道|通报|获悉)")


def _dateline(simple: str) -> tuple[str, Span] | None:
    m = _DATELINE.search(simple[:600]) or _SOURCED_LEDE.search(simple[:1500])
    if not m:
        return None
    mo, d = int(m.group("m")), int(m.group("d"))
    same = re.search(rf"((?:19|20)\d\d)年0?{mo}月0?{d}日", simple)
    year = int(same.group(1)) if same else _context_year(simple)
    iso = _iso(year, mo, d) if year else None
    return (iso, Span(m.start("m"), m.end("d") + 1)) if iso else None


def _only_date(line: str, m: re.Match) -> bool:
    if not line[:m.start()].strip() and re.match(r"\s+\d{1,2}[:：]\d\d(?:[:：]\d\d)?\s+(?:来源|來源)\s*[:：]", line[m.end():]):
        return True  # 2031-06-30 17:02:25 来源: 某网 提示:…: the date and time, then the page's source and what else the bar says
    if not line[:m.start()].strip() and re.fullmatch(r"(?:\s+\d{1,2}[:：]\d\d(?:[:：]\d\d)?)?(?:\s{2,}\S{1,12}(?:\s\S{1,12})?){1,3}\s*",
                                                     line[m.end():]):
        return True  # 2031年06月08日 12:27   某某报道 某某APP   某某: the date, its time, the paper and the reporter a wide space apart
    rest = line[:m.start()] + line[m.end():]
    # 某政发〔2031〕1号 2031年1月5日: the document's number beside its date; ——2031年8月26日在…会议上: where a report was given
    rest = _DOC_NUMBER.sub("", rest)
    rest = re.sub(r"^\s*[—－-]{1,2}|在[^，。,]{2,60}上(?:的(?:讲话|报告|发言|说明))?\s*$", "", rest)
    rest = re.sub(r"^\s*\d{1,2}[:：]\d\d(?:[:：]\d\d)?(?:\s+[\u4e00-\u9fff]{2,4}){1,4}\s*$", "", rest)  # 17:02 大字体 小字体 分享
    # 2031-03-14 08:37甲乙丙丁: the date and time, the authors' names glued after them (a journal mirror's byline)
    rest = re.sub(r"^\s*\d{1,2}[:：]\d\d(?:[:：]\d\d)?[\u4e00-\u9fff·]{2,16}\s*$", "", rest) if not line[:m.start()].strip() else rest
    # 15:41 某市某局(某局): the time, then the page's source without its label
    rest = re.sub(r"^\s*\d{1,2}[:：]\d\d(?:[:：]\d\d)?\s+[\u4e00-\u9fff]{2,24}(?:[（(][\u4e00-\u9fff]{2,12}[）)])?\s*$", "", rest)
    rest = re.sub(r"分享到\S{0,8}|分享|"  # 分享 分享到某某微博: the share links beside the date
                  r"[（(]星期.[）)]|星期.|\d{1,2}[:：]\d\d(?:[:：]\d\d)?|香港时间\S*|(?:来源|出处|稿源|作者|编辑)\s*[:：/／]?\s*\S*|"
                  r"(?:阅读|点击|浏览)(?:数|量|次数)?\s*[:：]?\s*[（(]?\s*\d+\s*次?\s*[)）]?|"
                  r"(?<![^\s|｜])[\u4e00-\u9fff]{1,4}\s*[:：]\s*[\w.-]{0,12}(?=\s*(?:[|｜]|$))|"  # | 发布者: admin| 评论: 0
                  r"[\s　|:：,，]", "", rest)
    if re.fullmatch(r"[\u4e00-\u9fff]{2,8}[.·•][\u4e00-\u9fff]{2,6}", rest.strip()):
        return True  # 城市镜像.新闻汇总 2022-01-12: a site's and a column's name beside the date
    # 《 某某日报海外版 》( … 第 02 版): a newspaper's name and page beside its date; a site's address after it
    rest = re.sub(r"《?\s*[\u4e00-\u9fff]{2,10}报(?:海外版|[\u4e00-\u9fff]{0,3}版)?\s*》?|第\s*\d{1,3}\s*版|https?//\S+|www\.\S+", "", rest)
    if len(rest) > 6 and len(rest) <= 16 and re.fullmatch(r"[\u4e00-\u9fff]{2,12}(?:门户网站|网站|网)", rest):
        return True  # 某某门户网站 www.… 2007年01月30日 来源:…: the site's name and address beside the date
    return len(rest) <= 6


# -- the headline ------------------------------------------------------------------------------------------
_CHROME = re.compile(r"^[\u4e00-\u9fff]{2,24}文件$|^第\s*[\d一二三四五六七八九十]{1,3}\s*版\s*[:：]|微信扫一扫|分享到|您现在的位置|当前位置|首页\s*[>›]|请输入关键词|【字体|【打印|【关闭|打印本页|"
                     r"关闭窗口|扫一扫|设为首页|加入收藏|责任编辑|版权所有|ICP备|网站地图|联系我们|^来源[:：]|^发布时间|^发布日期|"
                     r"打印预览|选择字号|打印此页|返回正文|"
                     r"^\s*[【\[]本报讯[】\]]|^(?:热门搜索|热搜词?|热门关键词|搜索热词|热门标签|热门推荐)\s*[:：]")  # 热门搜索: 甲 乙: the site's search bar


def is_chrome(line: str) -> bool:
    s = line.strip()
    if not s or _CHROME.search(s) or chrome.is_chrome(s) or _PARTICULAR.match(s):
        return True
    if re.fullmatch(r"[\u4e00-\u9fff]{2,12}(?:网|网站|频道)\s*[>›»]?\s*正文", s):
        return True  # 某某网 正文: a site's name and the place of the text in it
    if re.fullmatch(r"[\u4e00-\u9fff]{2,16}(?:集团|公司|网|网站|中心|协会|学会|政府|局)(?:[ \t　]+[\u4e00-\u9fff]{2,4}){2,3}", s):
        return True  # 某某集团 新闻中心 行业新闻: a site's name and the sections over its page
    dotted = [c for c in re.split(r"\s+[·•]\s+", s) if c]
    if len(dotted) >= 4 and sum(len(c) <= 4 for c in dotted) >= 3 and not re.search(r"[，。；！？,;!?]", s):
        return True  # 某某一站式服务 · 注册 · 管理 · 维权: a site's slogan and its services, a dot apart
    if re.search(r"中图分类号|文献标识码|文献标志码|文章编号", simplified(s)) and len(s) <= 80:
        return True  # 中图分类号:D923.4 文献标志码:A: a journal article's catalogue numbers
    if re.fullmatch(r"(?:论文|文章|文档|全文)?(?:部分)?(?:内容|全文)(?:阅读|预览|试读|在线阅读)", simplified(s)):
        return True  # 论文部分内容阅读, 全文在线阅读: a site's label over an excerpt, no headline
    cells = [c for c in re.split(r"[　\s|]{2,}|\s*\|\s*", s) if c]
    if len(cells) >= 4 and (all(len(c) <= 6 for c in cells) or all(len(c) <= 8 for c in cells)
                            and sum(len(c) <= 4 for c in cells) >= 2 and not re.search(r"[，。；！？]", s)):
        return True  # 首页　　机构　　新闻　　政务; 返回目录  放大缩小全文复制  上一篇  下一篇 (buttons glued in a cell)
    if re.search(rf"[{HAN}]", s) and len(re.findall(r"(?<![A-Za-z])[A-Za-z]{2,}(?![A-Za-z])", s)) >= 3 \
            and not re.search(r"[，。；！？,;!?]", s):  # (…诉讼TOP100招聘湾区IP动态…Oversea晨报…: a bar glued together)
        return True  # 国家知识产权局　China National Intellectual Property Administration
    cells = [c.strip() for c in re.split(r"[|｜]", s) if c.strip()]
    if len(cells) >= 3 and (any(_LABEL_CELL.fullmatch(c) for c in cells)
                            or sum(bool(re.fullmatch(r"[\u4e00-\u9fff][\u4e00-\u9fff 　]{1,7}[:：]", c)) for c in cells) >= 2):
        return True  # 组配分类 | 其他文件 | 发布机构 | 某局 |: a row of the particulars' table, label and value by turns
    if re.fullmatch(r"[\d\s:：\-/.年月日（）()星期一二三四五六日]+", s):
        return True
    if re.match(r"(?:浏览|阅读|点击|瀏覽|閱讀|點擊)(?:次数|次數|量|数|數)\s*[:：]", s) and len(s) <= 30:
        return True  # 浏览次数:次: a counter of views
    if re.search(r"小编|分享给大家|分享給大家", s) and len(s) <= 80:
        return True  # 某网小编提示,记得把…分享给大家!: the site speaking to its reader
    if re.fullmatch(r"[（(][^（）()]{1,8}[）)]", s):
        return True  # (资料图), (图片来源): a note in brackets over a picture, not a headline
    if re.fullmatch(r"[（(][^（）()]{4,160}(?:通过|发布|公布|施行|修正|修订|印发)。?[）)]", simplified(s)):
        return True  # (2031年12月1日某省人大常委会第三十一次会议通过): a text's note of its adoption, not its headline
    cells = [c.strip() for c in re.split(r"[,，、]", s)]
    if len(cells) >= 2 and all(re.fullmatch(r"[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}", c) for c in cells):
        return True  # 徐 某,陈某某: the authors' names over an article

    dated = find_date(s) if len(s) <= 40 else None  # 某某日报海外版 2031年01月27日 星期三: the paper's name and date
    return bool(dated and not dated[0].startswith("--") and _only_date(s, dated[2]) and re.search(r"报|[.·•]", s))


def headline(text: str, simple: str) -> tuple[str, Span]:
    """The first line that is not site chrome and short enough to be a headline (the site's own name, a line
    that only names a body, is passed over for a headline after it); ("", empty span) when the body starts
    first (or a sentence's end: a page cut inside its text opens with "。…")."""
    found = _labelled_title(simple) or _cited_title(simple) or _title_after_number(simple) or chrome.headline(
        simple, lambda s: is_chrome(s) or len(s) < 5 or bool(_DOC_NUMBER.fullmatch(s)),
        lambda s: len(s) > 80 or (len(s) > 30 and s.endswith("。")) or bool(re.match(r"[。，,；;、]", s)), _SITE_NAME.fullmatch)
    if found and not re.search(rf"[{HAN}]", simple[found[0]:found[1]]):
        found = _over_particulars(simple) or found  # "Base on one field …" over 立足一域: a Chinese site's slogan in English
    crumbed = _after_position_crumb(simple)
    if found and crumbed and crumbed[0] > found[1]:
        found = crumbed  # 最新公告:… / 8月1日起，某局停征…(a ticker) / 当前位置:首页 > 某栏目 > / the headline: the line after the page's place
    elif found and len(simple[found[0]:found[1]].strip()) <= 10 and not re.search(r"[，。,：:？?！!]", simple[found[0]:found[1]]):
        over = _over_particulars(simple)  # 知识产权解疑答惑 / 2031年某市某申请条件 / 文字:[大][中][小] 2031-6-9: a column's name over the
        if over and over[0] > found[1] and simple.count("\n", found[1], over[0]) <= 3:  # headline over the particulars
            found = over
    if not found:
        found = _over_particulars(simple) or _original_title(simple)
    if not found:
        return "", Span(0, 0)
    if _SITE_NAME.fullmatch(simple[found[0]:found[1]].strip()):
        found = _numbered_title_after(simple, found[1]) or found  # 某区某局 / 某监〔2031〕9号某区某局关于…的通知
    numbered = _DOC_NUMBER.match(simple, found[0], found[1])
    if numbered and _TITLE_LINE.fullmatch(simple[numbered.end():found[1]].strip()):
        found = (numbered.end() + len(simple[numbered.end():found[1]]) - len(simple[numbered.end():found[1]].lstrip()), found[1])
    paged = re.search(r"_第\d{1,3}[页頁]$", simple[found[0]:found[1]])
    if paged:  # 某某探究_第1页 (a sharing site's list of the document's pages): the document's title
        found = (found[0], found[0] + paged.start())
    bullet = re.match(r"[•·▪■◆●○]\s*", simple[found[0]:found[1]])
    if bullet:  # • 某某:某某九万余起: a headline set as an item of a list
        found = (found[0] + bullet.end(), found[1])
    found = _under_short_lines(simple, found, lambda s: is_chrome(s) or len(s) < 5)
    found = _said_twice(simple, found) or found
    number = _NUMBER_AFTER.search(simple, found[0], found[1])
    if number and number.start() - found[0] >= 8:  # 某某关于…的通知粤办函〔2019〕267号: the notice's number glued after its title
        found = (found[0], number.start())
    more = _TITLE_GOES_ON.match(simple, found[1]) if re.search(r"(?:关于|印发|转发|关于印发|关于转发)$", simple[found[0]:found[1]]) else None
    if more:  # 某市人民政府关于印发 / 《某方案》的通知: a title the page wrapped after its verb
        found = (found[0], more.end())
    return re.sub(r"\s*\n\s*", "", text[found[0]:found[1]]), Span(*found)  # a title over two lines is one title


def _numbered_title_after(simple: str, at: int) -> tuple[int, int] | None:
    """The line after a body's name that is an instrument's title, its number glued before it."""
    m = re.match(r"[ \t　]*\n\s*(?P<line>[^\n]{8,90})", simple[at:])
    if not m:
        return None
    line = m.group("line").rstrip()
    numbered = _DOC_NUMBER.match(line)
    if numbered and _TITLE_LINE.fullmatch(line[numbered.end():].strip()):
        a = at + m.start("line")
        return a, a + len(line)
    return None


# a citation of the page's article at its top (引用本文): its authors, its title, and the kind of work ([J]: an article)
_CITATION = re.compile(rf"^[ \t　]*(?:引用(?:本文|格式)\s*[:：]\s*)?[{HAN}·]{{2,8}}(?:\s*[,，、]\s*[{HAN}·]{{2,8}}){{0,6}}(?:\s*等)?\s*[.．]\s*"
                       r"(?P<t>[^\n\[\]]{4,100}?)\s*\[[JCDMNRSPZ]\]", re.M)


def _cited_title(simple: str) -> tuple[int, int] | None:
    """A journal's page that opens with its masthead and the citation of its article: the title cited, where the
    citation is marked (引用本文) or the title is printed again as a line of its own."""
    head = simple[:3000]
    for m in _CITATION.finditer(head):
        if head.count("\n", 0, m.start()) > 20:
            break
        t = m.group("t").strip()
        marked = re.search(r"引用(?:本文|格式)", head[max(0, m.start() - 40):m.end()])
        again = re.search(rf"(?m)^[ \t　]*{re.escape(t)}[ \t　]*$", simple)
        if marked or again:
            return (again.start() + len(again.group()) - len(again.group().lstrip()), again.end() - (len(again.group()) - len(again.group().rstrip()))) \
                if again else (m.start("t"), m.start("t") + len(t))
    return None


_POSITION = re.compile(r"^[ \t　]*(?:当前位置|您的位置|你的位置|所在位置|当前所在位置|您现在的位置)\s*[:：][^\n]*[>›»][^\n]*$", re.M)


def _after_position_crumb(simple: str) -> tuple[int, int] | None:
    """The line right after the page's place in the site (当前位置:首页 > 某栏目 >), when it can be a headline."""
    m = _POSITION.search(simple, 0, 3000)
    if not m:
        return None
    nxt = re.search(r"[^\s][^\n]*", simple[m.end():m.end() + 400])
    if not nxt:
        return None
    line = nxt.group().strip()
    if 4 <= len(line) <= 60 and not is_chrome(line) and not re.search(r"[。；]$", line) and not chrome.PARTICULARS.match(line):
        a = m.end() + nxt.start()
        return a, a + len(line)
    return None


def _original_title(simple: str) -> tuple[int, int] | None:
    """原标题:某某 (a reprint's note of the headline it was first given), where the page shows no headline of its own."""
    m = re.search(r"(?m)^[ \t　]*原标题\s*[:：]\s*(?P<t>[^\n]{4,80}?)\s*$", simple)
    return (m.start("t"), m.end("t")) if m else None


def _over_particulars(simple: str) -> tuple[int, int] | None:
    """A page that opens with text of another item (a picture's caption, a teaser) before its own headline: the
    short line right over the page's particulars (发布时间:… 来源:…)."""
    lines, pos = [], 0
    for line in simple[:6000].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.strip():
            lines.append((start + len(line) - len(line.lstrip()), line.strip()))
    for (a, x), (_b, y) in zip(lines[:40], lines[1:41], strict=False):
        if chrome.PARTICULARS.match(y) and re.search(r"(?:19|20)\d\d", y) and 6 <= len(x) <= 60 and not re.search(r"[。！？]$", x) \
                and not is_chrome(x) and not re.fullmatch(r"[\u4e00-\u9fff]{1,6}\s*[:：].{0,10}", x):  # (作者:某某; 某会:一句标题 is one)
            return a, a + len(x)
    return None


_NUMBER_AFTER = re.compile(rf"(?<=[知见定法案划要点例则南告复函])[{HAN}]{{1,8}}\s*[〔\[（(【]\s*(?:19|20)\d\d\s*[〕\]）)】]\s*第?\s*\d+\s*号\s*$")


def _said_twice(simple: str, found: tuple[int, int]) -> tuple[int, int] | None:
    """某法律门户-CJO / 查找某某文件 / 某报告(2019) / 某报告(2019): a title the page gives twice in a row, under a site's
    name and slogan, is its headline."""
    lines, pos = [], 0
    for line in simple[:3000].split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.strip():
            lines.append((start + len(line) - len(line.lstrip()), line.strip()))
    first = simple[found[0]:found[1]]
    if not (re.search(r"[A-Za-z]", first) or _SITE_NAME.fullmatch(first)):
        return None  # (a headline, then its subtitle said twice: the headline stands)
    for (a, x), (_, y) in zip(lines[:12], lines[1:13], strict=False):
        if x == y and a > found[0] and 8 <= len(x) <= 80 and not re.search(r"[，。；！？,;!?]", x) and not is_chrome(x):
            return a, a + len(x)
    return None


def _under_short_lines(simple: str, found: tuple[int, int], skip) -> tuple[int, int]:
    """退出长者模式 / 长者浏览模式 / 政策文件 / 某市关于印发…的通知: a stack of short lines (buttons, a column's name) over
    the headline; the headline is the first longer line under them that is no sentence."""
    def short(s: str) -> bool:
        return len(s) <= 8 and not re.search(r"[，。；！？,;!?]", s)

    if not short(simple[found[0]:found[1]].strip()):
        return found
    stacked, pos = 1, found[1]
    for line in simple[found[1]:found[1] + 600].split("\n")[1:]:
        start, pos = pos + 1, pos + 1 + len(line)
        s = line.strip()
        if not s or skip(s) and short(s):
            continue
        if short(s):
            stacked += 1
            continue
        if stacked >= 2 and 10 <= len(s) <= 80 and not re.search(r"[。！？!?]$|[，,]", s) and not skip(s):
            lead = len(line) - len(line.lstrip())
            return start + lead, start + lead + len(s)
        break
    return found


_TITLE_GOES_ON = re.compile(r"[ \t]*\n[ \t]*《[^《》\n]{2,60}》[^\n，。]{0,8}(?=[ \t]*(?:\n|$))")


# the particulars a government site prints over a document (索引号, 分类, 发布机构, 文号, 成文日期, 有效性), and the label of
# the title among them (名称: …, 标题: …)
_PARTICULAR = re.compile(r"\s*(?:(?:索引号|主题分类|体裁分类|分类|发布机构|发文机关|文号|发文字号|成文日期|有效性|主题词|公开方式|公开范围)\s*[:：]"
                         r"|【[^】]{2,8}】(?=\s|$|《))")  # 【期刊名称】 《X》, 【作者】 某: a database's labelled particulars
# (【深读】某某: a column's name glued to the headline, no label)
_LABEL_CELL = re.compile(r"[\u4e00-\u9fff]{0,4}(?:索引号|分类|发布机构|发文机关|文号|发文字号|成文日期|发布日期|有效性|主题词|公开方式|"
                         r"公开范围|公开时限|信息来源)")
_TITLE_LABEL = re.compile(r"^\s*(?:名称|标题|文件名称)\s*[:：]\s*(?P<t>\S.{3,120}?)\s*$")


def _labelled_title(simple: str) -> tuple[int, int] | None:
    """The title a page's particulars give under a label (名称: 关于…的通知), among its first lines."""
    pos = 0
    for i, line in enumerate(simple.split("\n")):
        start, pos = pos, pos + len(line) + 1
        if i > 30:
            break
        m = _TITLE_LABEL.match(line)
        if m:
            return start + m.start("t"), start + m.end("t")
    return None


# a document's number on a line of its own: 某知联办〔2031〕6号, 某政发〔2031〕20号
_DOC_NUMBER = re.compile(rf"[{HAN}]{{1,12}}\s*[〔\[（(【]\s*(?:19|20)\d\d\s*[〕\]）)】]\s*第?\s*\d+\s*号")
# a notice's addressees on the line that opens it: 各省、自治区、直辖市知识产权局，各有关单位：
_ADDRESSEES = re.compile(r"[^。！？!?：:\n]{2,}[、，,][^。！？!?：:\n]{2,}[:：]\s*")
# a line that is an instrument's title: no sentence, ending in the noun that names its kind
_TITLE_LINE = re.compile(r"[^,，。:：;；!?！？、]{4,60}(?:计划|规划|纲要|方案|要点|办法|意见|通知|决定|规定|条例|细则|指南|"
                         r"通告|公告|规则|指引)(?:[（(][^（）()]{2,20}[）)])?")


def _title_after_number(simple: str) -> tuple[int, int] | None:
    """A page that opens with a document's number and its addressees (or with its addressees), not its title: the
    first line after them that is an instrument's title (the plan the notice issues) is its headline."""
    pos, numbered, prev = 0, False, None
    for i, line in enumerate(simple.split("\n")):
        start, pos = pos, pos + len(line) + 1
        s = line.strip()
        if i > 30:
            break
        if not numbered:
            numbered = bool(s) and bool(_DOC_NUMBER.fullmatch(s) or _ADDRESSEES.fullmatch(s))
            if s and not numbered and not is_chrome(s):
                return None  # the page opens with something else than a number
        elif _TITLE_LINE.fullmatch(s):
            lead = len(line) - len(line.lstrip())
            if prev and "关于" in prev[2] and "关于" not in s and not re.search(r"[,，。:：;；!?！？、]", prev[2]) \
                    and len(prev[2]) <= 40:
                return prev[0], start + lead + len(s)  # 市政府关于大力实施某战略 / 推进某建设的意见: a title over two lines
            return start + lead, start + lead + len(s)
        if numbered and s and not _DOC_NUMBER.fullmatch(s):
            prev = (start + len(line) - len(line.lstrip()), start + len(line.rstrip()), s)
        elif not s:
            prev = None
    return None


# a line that only names a body: 某某省知识产权局, 中国知识产权网
_SITE_NAME = re.compile(rf"[{HAN}（）()]{{2,30}}(?:局|委员会|办公室|政府|法院|检察院|中心|协会|研究会|网|报|门户网站|信息网)")


def _context_year(simple: str) -> int | None:
    """The year a text without a date speaks of as its present: "2017年是…", else the year it names most often,
    leaving out periods (2021—2035年), targets (到2025年) and origins (2008年以来, 1991年施行的《某条例》)."""
    m = re.search(r"((?:19|20)\d\d)年是", simple)
    if m:
        return int(m.group(1))
    counts: dict[int, int] = {}
    for m in re.finditer(r"(?<![\d—–\-~～])((?:19|20)\d\d)\s*年(?!\s*[—–\-~～]|以来|以前|前|底前|末|(?:起)?(?:施行|颁布|实施|制定)的)", simple):
        if re.search(r"(?:到|至|截至|截止|从|自|直至)\s*$", simple[max(0, m.start() - 3):m.start()]):
            continue
        if re.search(r"(?:成立|创立|创建|建立|设立|始建|诞生|组建)于\s*$", simple[max(0, m.start() - 4):m.start()]):
            continue  # 某组织成立于1967年: a body's founding, history, not the present the text speaks of
        if re.match(r"\s*年\s*(?:和|与|及|、)\s*(?:19|20)\d\d\s*年", simple[m.end(1):m.end(1) + 10]) \
                or re.search(r"(?:19|20)\d\d\s*年\s*(?:和|与|及|、)\s*$", simple[max(0, m.start() - 10):m.start()]):
            continue  # 2023年和2024年两届活动中: years listed together look back on a period
        y = int(m.group(1))
        if re.match(r"\s*年度[^。；，,\n]{0,20}?(?:状况|白皮书|评价结果)", simple[m.end(1):m.end(1) + 30]):
            y += 1  # 通报某法院2030年度知识产权司法保护状况: the state of a year is told in the year after it
        counts[y] = counts.get(y, 0) + 1
    if not counts:  # “剑网2025”专项行动, 2019中国…大会: the year a name holds, where the text writes none with 年
        for m in re.finditer(r"(?<=[\u4e00-\u9fff“”\"])((?:19|20)\d\d)(?![\d年])|(?<![\d\w])((?:19|20)\d\d)(?=[\u4e00-\u9fff])(?!年)", simple):
            y = int(m.group(1) or m.group(2))
            counts[y] = counts.get(y, 0) + 1
    if not counts:
        return None
    top = max(counts.values())
    year = max(y for y, c in counts.items() if c == top)
    # (预计到2019年底…将: a target by a date, no plan of the next year)
    if re.search(rf"(?<![到至]){year + 1}\s*年(?:[^。；\n]{{0,20}}?)(?:要|将|工作要点|重点任务|工作计划|工作安排)|部署{year + 1}\s*年", simple):
        return year + 1  # 会议认为，2018年…取得成效；2019年各成员单位要…: a meeting that looks back on a year is held the next
    return year
