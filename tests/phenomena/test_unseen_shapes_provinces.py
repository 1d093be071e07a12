"""Shapes met on real pages of provinces' and cities' IP news, each tested with generated names: a sentence that ends
with a place before a body's title in the next ("... Korvel District. Dalmir Vice Mayor A"), a deputy chief of a
district; a bulleted list of links over the headline, a long headline glued after the page's date label (and a body
glued there, which is no headline), a section's name and teasers over the headline and its date on a line of its own,
a source's code and a pipe before the date label under the headline, a kicker of three words before the headline one
pipe apart, the pipe left after the date label cut away; a named fair with its place in brackets ("5th Korvel
(Dalmir) Technology Fair")."""

import random

from hypothesis import given
from hypothesis import strategies as st

from tests.phenomena import generate as g

SEEDS = st.integers(min_value=0, max_value=2**32 - 1)


def _posts(ex) -> set[tuple[str, str, str | None]]:
    return {(p.person, p.role, p.org.surface if p.org else None) for p in ex.posts}


@given(SEEDS)
def test_a_place_ending_a_sentence_is_not_the_body_of_the_next_sentences_title(read, seed):
    r = random.Random(seed)
    district, city, a, b = f"{g.word(r)} District", g.word(r), g.pinyin_name(r), g.pinyin_name(r)
    ex = read(f"A new association is set up in the city's {district}. {city} Vice Mayor {a} sends a letter of "
              f"congratulation. {b}, Deputy Chief of {district} attends the opening ceremony.\n")
    posts = _posts(ex)
    assert (a, "Vice Mayor", city) in posts, posts
    assert (b, "Deputy Chief", district) in posts, posts


@given(SEEDS)
def test_headlines_under_bulleted_links_after_a_date_label_and_over_a_lone_date(read, seed):
    r = random.Random(seed)
    headline = f"{g.word(r)} is far ahead in protecting the rights of {g.word(r)} inventors"
    links = "\n".join(f"  • {x}" for x in (f"Follow us on {g.word(r)}", "Mobile version", g.word(r), g.word(r)))
    ex = read(f"{links}\n\n{headline}\n\nOn May 17, the {g.body(r)} held a press conference on its annual report, "
              f"which was presented by its director and answered many questions.\n")
    assert ex.document.title == headline, ex.document.title
    cities = ", ".join(g.word(r) for _ in range(4))
    long = (f"{cities} were selected as the first batch of demonstration cities for the construction of strong "
            f"{g.word(r)} cities, and {g.word(r)} and {g.word(r)} were selected as pilot cities")
    ex = read(f" date 2031-08-12 {long}\n\n\n\nOn August 11, the {g.body(r)} released a notice on the cities.\n")
    assert (ex.document.title, ex.document.date) == (long, "2031-08-12"), (ex.document.title, ex.document.date)
    ex = read(f" date 2031-04-26 In order to celebrate the day, the {g.word(r)} District held a show. "
              f"More than 200 people took part in the event and heard speeches.\n\nThe event was broadcast live.\n",
              doc_id="body-after-date")
    assert (ex.document.title, ex.document.date) == ("body-after-date", "2031-04-26"), ex.document.title
    fair = f"The 5th {g.word(r)} International Technology Fair"
    teasers = "\n\n".join(f"{g.word(r)} {g.word(r)}\n\n{g.word(r)} and {g.word(r)} for visitors..." for _ in range(3))
    ex = read(f"Press Conferences\n\n{teasers}\n\nView More\n\n{fair}\n\nMay 4, 2031\n\nThe {g.body(r)} held a press "
              f"conference on April 12 on the fair, which is held for the fifth time this year in the city.\n")
    assert (ex.document.title, ex.document.date) == (fair, "2031-05-04"), (ex.document.title, ex.document.date)


@given(SEEDS)
def test_a_source_code_before_the_date_label_a_three_word_kicker_and_a_pipe_left_by_the_date(read, seed):
    r = random.Random(seed)
    section = f"{g.word(r)} Focus"
    headline = f"First procuratorial forum held in {g.word(r)} CBD"
    ex = read(f"{section}\nHome > {section}>Updates\n\n{headline}\n\n{g.word(r).upper()[:3]}| Updated: December 19, "
              f"2031\n\nThe first forum on the protection of rights was held in the district on Dec 16.\n")
    assert (ex.document.title, ex.document.date) == (headline, "2031-12-19"), (ex.document.title, ex.document.date)
    story = f"{g.pinyin_name(r)} and his delegation went to {g.word(r)} to study the work of its offices"
    ex = read(f"Industry Hot Spots | {story}\n\nFrom March 27th to 29th, the delegation went to the city to study "
              f"the needs of private enterprises.\n")
    assert ex.document.title == story, ex.document.title
    head = f"Patents take off in {g.word(r)}, exceeding 170,000 in 2030"
    ex = read(f"Home > Latest\n\n{head} | Updated:2031-02-03\n\nOver 170,000 patent applications were filed in the "
              f"city in 2030, an increase of 46.3 percent year on year.\n")
    assert (ex.document.title, ex.document.date) == (head, "2031-02-03"), (ex.document.title, ex.document.date)


@given(SEEDS)
def test_a_named_fair_with_its_place_in_brackets(read, seed):
    r = random.Random(seed)
    fair = f"5th {g.word(r)} ({g.word(r)}) International Technology Fair"
    ex = read(f"The {g.body(r)} held a press conference on April 12, 2031 on the {fair}. The fair opens next week.\n")
    assert fair in {e.label for e in ex.events}, [e.label for e in ex.events]
