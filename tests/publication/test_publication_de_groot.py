"""A resident whose surname is an ordinary word: the word stays where it is a word, the name goes (issue 10)."""

from __future__ import annotations

from sqlalchemy import select

from portal.extensions import db
from portal.models import Article
from tests.publication.conftest import make_request, post

ADMIN = "admin@test.nl"
RESIDENT = {"name": "Anna de Groot", "email": "anna.degroot@voorbeeld-mail.nl", "phone": "06-12121212"}
STORY = "Mevrouw De Groot moet een groot bedrag terugbetalen. De Groot belde drie keer; niemand nam op."
SECTIONS = {
    "title": "Een groot bedrag terug na een fout in de toeslag",
    "situation": "Mevrouw De Groot moet een groot bedrag terugbetalen. Dat was een grote schrik.",
    "coordination": "De bemiddelaar sprak met de afdeling; de Groot kreeg een groot deel kwijtgescholden.",
    "outcome_text": "Een groot deel van de vordering is kwijtgescholden.",
    "lesson": "Leg bij een groot bedrag uit hoe de vordering is berekend.",
}


def test_word_kept_name_replaced_and_highlighted(app, clients):
    req = make_request(contact=RESIDENT, sub="pub-groot", what=STORY)
    author = clients(ADMIN)
    assert post(author, f"/bemiddeling/artikelen/nieuw/{req.id}").status_code == 302
    article = db.session.execute(select(Article).where(Article.request_id == req.id)).scalar_one()
    # the draft made from the request itself: the word stays, the name goes
    assert "een groot bedrag" in article.situation and "De Groot" not in article.situation

    r = post(author, f"/bemiddeling/artikelen/{article.id}/opslaan", SECTIONS)
    assert r.status_code == 200
    page = r.get_data(as_text=True)
    db.session.refresh(article)
    assert "een groot bedrag" in article.situation and "groot deel" in article.coordination
    assert "Een groot deel" in article.outcome_text and "groot bedrag" in article.title
    for text in (article.situation, article.coordination):
        assert "De Groot" not in text and "de Groot" not in text, text
    assert "Mevrouw [bewoner] moet een groot bedrag" in article.situation
    assert "[bewoner] kreeg een groot deel" in article.coordination
    # the editor still highlights every replacement
    assert page.count('<mark class="mark--placeholder">[bewoner]</mark>') >= 2
