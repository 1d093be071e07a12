"""Small text helpers shared by the extractors and the minting of IRIs."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
HAN_CHARS = "\u3400-\u9fff\uf900-\ufaff"  # Han characters (CJK unified ideographs, ext. A, compatibility), for [...]
HAN = re.compile(f"[{HAN_CHARS}]")  # a Han character
PRC_SUFFIX = re.compile(r"\s+of\s+(the\s+)?(?:People's\s+Republic\s+of\s+China\b|P\.\s?R\.\s?C\.?|PRC\b)", re.I)  # (the PRC, P.R.C.)


def plain(text: str) -> str:
    """Curly quotes and non-breaking spaces made plain, same length as the input (offsets survive)."""
    return text.translate(_QUOTES)


def norm_name(name: str) -> str:
    """A comparison key for names and titles: case, articles, punctuation and the PRC suffix folded."""
    s = plain(name).lower().replace("&", " and ")
    s = PRC_SUFFIX.sub(" ", s)
    s = re.sub(r"[^0-9a-z\u4e00-\u9fff]+", " ", s)
    s = re.sub(r"\b(the|a|an)\b", " ", s)
    return " ".join(s.split())


def norm_title(title: str) -> str:
    """Like norm_name, with "intellectual property" and "IP" taken as one."""
    s = norm_name(re.sub(r"\(\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\s*\)", " ", title))
    s = re.sub(r"\bintellectual property( rights?)?\b", "ip", s)
    s = re.sub(r"\bipr?s?\b", "ip", s)
    return s


def slug(text: str, limit: int = 80) -> str:
    """A key for an IRI: lower-case ASCII words (and Han characters, which IRIs allow) joined by hyphens.
    A key cut to the limit ends with a digest of the whole, so two long texts that differ only at the end
    (plan titles that differ only in the year) keep distinct keys."""
    s = "".join(ch if "\u4e00" <= ch <= "\u9fff" else
                unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() for ch in plain(text)).lower()
    s = re.sub(r"[^a-z0-9\u4e00-\u9fff]+", "-", s).strip("-")
    if len(s) > limit:
        digest = hashlib.sha1(s.encode()).hexdigest()[:8]
        s = s[:limit - 9].rsplit("-", 1)[0] + "-" + digest
    return s or "x"


_SIMPLIFY = None


@functools.lru_cache(maxsize=256)
def simplified(text: str) -> str:
    """The text in simplified characters, with the same length (so offsets carry over). Kept for the
    strings of the documents at hand: a document's text is read for its record and for its facts."""
    global _SIMPLIFY
    if _SIMPLIFY is None:
        import opencc

        _SIMPLIFY = opencc.OpenCC("t2s")
    out = _SIMPLIFY.convert(text)
    if len(out) == len(text):
        return out
    return "".join(c2 if len(c2 := _SIMPLIFY.convert(c)) == 1 else c for c in text)


# a reading aid after a Han character: its pinyin in brackets (國務(wù)院, 知【zhī】识), as reprint sites print them
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_GLOSS = re.compile(rf"(?<=[{HAN_CHARS}])(?:\((?P<a>[a-z{_TONED}]{{1,6}}) ?\)|（(?P<b>[a-z{_TONED}]{{1,6}})）|【(?P<c>[a-z{_TONED}]{{1,6}})】)+")
# (會(huì )議: a space before the bracket closes, as some mirrors print it)
# a syllable of pinyin without its tone (國(guo)務(wu)院: some pages print them so)
_SYLLABLE = re.compile(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|uen|van|ai|ei|ao|"
                       r"ou|an|en|er|in|ia|ie|iu|ua|uo|ui|un|ue|ve|lve|a|o|e|i|u|v)")


def drop_reading_aids(text: str) -> str:
    """The text without the pinyin a page prints after its characters (國務(wù)院 -> 國務院, 國(guo)(guo)務(wu)院 -> 國務院),
    where it prints them throughout: three or more, one of them with a tone mark, or eight or more syllables of pinyin
    without tones; a word in brackets now and then is the text's own."""
    found = list(_GLOSS.finditer(text))
    if len(found) < 3:
        return text
    toned = any(re.search(f"[{_TONED}]", m.group()) for m in found)
    syllables = [g for m in found for g in re.findall(r"[a-z]+", m.group())]
    if not toned and not (len(found) >= 8 and len(set(syllables)) >= 5 and all(_SYLLABLE.fullmatch(g) for g in syllables)):
        return text
    return _GLOSS.sub("", text)


_STRAY_COMMA = re.compile(r"[,，](?=[,，、。；;])")


def tidy_text(text: str) -> str:
    """The text as the rules read it and the build keeps it: without the pinyin a page prints after its characters
    (drop_reading_aids), and without the commas a page doubles before its punctuation throughout (,,; ,、; ,。: three
    or more, a converter's or a template's stray marks), and with a date glued to a reading time set apart."""
    text = drop_reading_aids(text)
    if len(_STRAY_COMMA.findall(text)) >= 3:
        text = _STRAY_COMMA.sub("", text)
    # "6 November 20239 minute read": a page's date glued to its reading time, set apart
    return _GLUED_READING_TIME.sub(r"\1 \2", text)


_GLUED_READING_TIME = re.compile(r"(?<=\s)((?:19|20)\d\d)(\d{1,3}\s?min(?:ute)?s?\s+read\b)")
