import datetime
import re

import pytest
from django.template import engines
from django.utils import timezone, translation

from opportunities import selectors
from opportunities.cards import opportunity_cards, opportunity_cards_html
from tests.factories import OpportunityFactory, OrganisationFactory, SectorFactory

# The list template's card loop before the cards were written in Python (session 6), kept as
# the reference the Python cards must equal.
TEMPLATE_CARDS = """{% load i18n opportunity_tags bilingual_tags %}
{% for card in cards %}
  <li class="card{% if card.opportunity.closed_rank %} card--closed{% endif %}">
    <div class="card__head">
      <h3 class="card__title"><a href="{{ card.url }}" lang="{{ card.title.language }}">{{ card.title }}</a> {% fallback_badge card.title %}</h3>
      <span class="badge badge--{{ card.deadline_state }}">{{ card.deadline_label }}</span>
    </div>
    <p class="card__meta">
      {{ card.kind }}{% if card.place %} · {{ card.place }}{% endif %}
      · {% if card.deadline %}{% translate "Deadline" %} <time datetime="{{ card.deadline_iso }}">{{ card.deadline }}</time>{% else %}{% translate "No fixed deadline" %}{% endif %}
    </p>
    {% if card.summary %}<p class="card__text"><span lang="{{ card.summary.language }}">{{ card.summary }}</span> {% fallback_badge card.summary %}</p>{% endif %}
    {% if card.hosts %}
      <p class="card__meta">{% translate "Run by" %} {{ card.hosts|join:", " }}</p>
    {% endif %}
    {% if card.sectors %}
      <ul class="tags" aria-label="{% translate 'Sectors' %}">
        {% for sector in card.sectors %}<li class="tag">{{ sector }}</li>{% endfor %}
      </ul>
    {% endif %}
  </li>
{% endfor %}"""  # noqa: E501


def spaced(html: str) -> str:
    """Whitespace runs as one space: how a browser reads the markup (no <pre> here)."""
    return re.sub(r"\s+", " ", html).strip()


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def varied_opportunities(sector):
    """Cards of every shape: closed, rolling, closing today, English or Korean only, with
    and without place, hosts, sectors and summary, and text that needs escaping."""
    other = SectorFactory(slug="r-and-d", name="R&D <labs>", name_ko="")
    hosts = [OrganisationFactory(name='A & B "Ltd"'), OrganisationFactory(name="Z", name_ko="제타")]
    OpportunityFactory(
        title="Tom & Jerry's <call>",
        city="Leeds",
        country="GB",
        deadline=in_days(3),
        sectors=[sector, other],
        hosts=hosts,
    )
    OpportunityFactory(
        title="",
        title_ko="한국어 제목",
        summary="",
        summary_ko="요약",
        deadline=None,
        kind="tender",
    )
    OpportunityFactory(title="Closed one", deadline=in_days(-2), summary="", kind="challenge")
    OpportunityFactory(title="Archived", status="archived", deadline=in_days(20), country="")
    OpportunityFactory(title="Today", deadline=in_days(0), title_ko="오늘", summary_ko="요약")
    OpportunityFactory(
        title="Later", deadline=in_days(200), hosts=[OrganisationFactory(status="draft")]
    )


@pytest.mark.parametrize("language", ["en", "ko"])
def test_python_cards_equal_the_template_cards(varied_opportunities, language):
    with translation.override(language):
        rows = list(selectors.opportunity_list())
        cards = opportunity_cards(rows)
        expected = engines["django"].from_string(TEMPLATE_CARDS).render({"cards": cards})
        assert spaced(opportunity_cards_html(rows)) == spaced(expected)


def test_cards_escape_their_text(varied_opportunities):
    with translation.override("en"):
        html = opportunity_cards_html(selectors.opportunity_list())
    assert "Tom &amp; Jerry&#x27;s &lt;call&gt;" in html and "A &amp; B &quot;Ltd&quot;" in html
