"""Dates as Chinese texts write them: 2021年12月27日, 12月10日, 二〇一九年, 2021-12-27."""

from __future__ import annotations

import datetime
import re

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUM = "[〇○零一二两三四五六七八九十]"  # (○, a white circle, typed for 〇)


def cn_number(s: str) -> int | None:
    """"十二" -> 12, "二十一" -> 21, "二〇一九" -> 2019, "12" -> 12."""
    if s.isdigit():
        return int(s)
    if "十" not in s:
        digits = [_CN_DIGIT.get(c) for c in s]
        return None if None in digits else int("".join(str(d) for d in digits))
    tens, _, ones = s.partition("十")
    t = _CN_DIGIT.get(tens, 1) if tens else 1
    o = _CN_DIGIT.get(ones, 0) if ones else 0
    return t * 10 + o




# -- dates -----------------------------------------------------------------------------------------------
_DATE = re.compile(rf"(?:(?P<y>(?:19|20)\d\d|[〇○零一二三四五六七八九]{{4}}) ?年 ?)?(?P<m>\d{{1,2}}|{_CN_NUM}{{1,3}}) ?月 ?"
                   rf"(?P<d>\d{{1,2}}|{_CN_NUM}{{1,3}})(?:(?:至|到|—|-|－)(?P<d3>\d{{1,2}}))? ?[日号]"  # 9月17-19日
                   rf"(?:(?:至|到|—|-|－)(?:(?P<m2>\d{{1,2}})月)?(?P<d2>\d{{1,2}})日)?")
_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:[-/.]|[ \t](?=\d{1,2}/))(\d{1,2})[-/.](\d{1,2})(?!\d)")  # 2024 09/14: a year, a space, month/day
_RELATIVE = re.compile(r"今天|今日|昨天|昨日|当天|当日")
# (截止时间: a deadline; 报名时间, 举办时间: a day the page speaks of, not its own)
# (生效日期, 施行日期: when it takes effect; 收稿日期, 修回日期, 录用日期: an article's way through a journal, not its publication)
_DATE_LABEL = re.compile(r"(?<!截止)(?<!截至)(?<!报名)(?<!受理)(?<!举办)(?<!开放)(?<!生效)(?<!施行)(?<!实施)(?<!失效)(?<!收稿)(?<!修回)"
                         r"(?<!修改)(?<!录用)(?<!接收)(?<!出生)(?:发布时间|发布日期|发文日期|颁布日期|公布日期|印发日期|日期|时间|更新时间|发稿时间|(?<![A-Za-z])date(?=\s+(?:19|20)\d\d-))\s*(?:[:：]\s*|[|｜]\s*(?=(?:19|20)\d\d[-/.年])|(?=(?:19|20)\d\d[-/.年]))")


def _iso(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        try:
            datetime.date(2000, m, d)
        except ValueError:
            return None
        return f"--{m:02d}-{d:02d}"
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def find_date(text: str, year: int | None = None) -> tuple[str, str | None, re.Match] | None:
    """The first date in text: (ISO or --MM-DD, end date or None, match)."""
    m = _DATE.search(text)
    iso = _ISO.search(text)
    if iso and (not m or iso.start() < m.start()):
        d = _iso(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        return (d, None, iso) if d else None
    if not m:
        return None
    y = cn_number(m.group("y")) if m.group("y") else year
    month, day = cn_number(m.group("m")), cn_number(m.group("d"))
    if not month or not day:
        return None
    start = _iso(y, month, day)
    end = None
    if m.group("d2") or m.group("d3"):
        end = _iso(y, int(m.group("m2") or month), int(m.group("d2") or m.group("d3")))
    return (start, end, m) if start else None
