"""Routes in the page's language (portal.routes): English words under /en/, Turkish under /tr/,
the other language's words answering 301; a routed sub-page's canonical URL, hreflang alternates
and language switcher point at the sub-page itself."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from django.test import Client
from django.urls import reverse
from django.utils import translation

from wagtail.models import PageViewRestriction

from guide.models import GuidePage
from indicators.models import IndicatorPage
from plans.models import OpenDataPage
from portal.routes import localized_path
from portal.translation import publish_translation
from tests.scenarios.guide import Guide
from tests.scenarios.monitoring import Monitoring
from tests.scenarios.site import html_of
from tests.scenarios.training import TrainingSite
from tests.training.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

HOST = "http://localhost"
QUERY = "a=1&b=%C3%A7"


def english_indicator(monitoring: Monitoring) -> IndicatorPage:
    """The scenario's indicator (and its index) translated into English."""
    english = monitoring.tree.english
    index = monitoring.indicator.get_parent()
    publish_translation(index, english, {"title": "Indicators", "slug": "indicators"})
    return publish_translation(
        monitoring.indicator, english, {"title": "Children in crèches", "slug": "creche"}
    )


@dataclass
class Route:
    """A route on a Turkish page and its English translation, in each language's words."""

    turkish_page: str
    english_page: str
    turkish_words: str
    english_words: str
    status: int = 200

    @property
    def turkish(self) -> str:
        return self.turkish_page + self.turkish_words

    @property
    def english(self) -> str:
        return self.english_page + self.english_words


@pytest.fixture
def routes(
    monitoring: Monitoring, open_data: OpenDataPage, guide: Guide, training: TrainingSite
) -> dict[str, Route]:
    """Every localized route of the site, on pages that have an English translation."""
    kadikoy = monitoring.tree.kadikoy
    english_kadikoy = monitoring.tree.english_of(kadikoy)
    indicator = english_indicator(monitoring)
    period = monitoring.periods[0].pk
    opened = open_data.get_translation(monitoring.tree.english)
    town = (kadikoy.url, english_kadikoy.url)
    english_programme = publish_translation(
        training.a.page, monitoring.tree.english, {"title": "Programme A", "slug": "programme-a"}
    )
    return {
        "report": Route(*town, f"rapor/{period}/", f"report/{period}/"),
        "report pdf": Route(*town, f"rapor/{period}/pdf/", f"report/{period}/pdf/", status=0),
        "comparison": Route(
            monitoring.indicator.url, indicator.url, "karsilastirma/", "comparison/"
        ),
        "embed": Route(monitoring.indicator.url, indicator.url, "gomme/kadikoy/", "embed/kadikoy/"),
        "dictionary": Route(open_data.url, opened.url, "sozluk/", "dictionary/"),
        "municipality file": Route(
            open_data.url,
            opened.url,
            "belediye/kadikoy/eylem-durumlari/csv/",
            "municipality/kadikoy/eylem-durumlari/csv/",
        ),
        "whole guide": Route(guide.page.url, guide.english_of(guide.page).url, "tamami/", "full/"),
        "guide pdf": Route(
            guide.page.url, guide.english_of(guide.page).url, "tamami/pdf/", "full/pdf/", status=0
        ),
        "participant": Route(
            training.index.url, training.english_index.url, "katilimci/", "participant/", 302
        ),
        "certificate": Route(
            training.a.page.url, english_programme.url, "sertifika/", "certificate/", 302
        ),
    }


def test_each_language_serves_its_words_and_redirects_the_other_languages(
    client: Client, routes: dict[str, Route]
) -> None:
    for name, route in routes.items():
        if route.status:  # PDFs are rendered elsewhere (tests/reports, tests/guide)
            assert client.get(route.english).status_code == route.status, name
            assert client.get(route.turkish).status_code == route.status, name
        turkish_words_in_english = client.get(f"{route.english_page}{route.turkish_words}?{QUERY}")
        assert turkish_words_in_english.status_code == 301, name
        assert turkish_words_in_english["Location"] == f"{route.english}?{QUERY}", name
        english_words_in_turkish = client.get(route.turkish_page + route.english_words)
        assert english_words_in_turkish.status_code == 301, name
        assert english_words_in_turkish["Location"] == route.turkish, name


def test_english_page_urls_are_as_expected(routes: dict[str, Route]) -> None:
    assert routes["report"].english.startswith("/en/municipalities/kadikoy/report/")
    assert routes["dictionary"].english == "/en/open-data/dictionary/"
    assert routes["whole guide"].english == "/en/guide/full/"
    assert routes["participant"].english == "/en/training/participant/"
    assert routes["comparison"].english == "/en/indicators/creche/comparison/"


def test_routablepageurl_gives_each_page_its_own_words(
    client: Client, routes: dict[str, Route], monitoring: Monitoring, guide: Guide
) -> None:
    period = monitoring.periods[0].pk
    municipality = html_of(client, "/en/municipalities/kadikoy/")
    assert f'href="/en/municipalities/kadikoy/report/{period}/"' in municipality
    assert f'href="/en/municipalities/kadikoy/report/{period}/pdf/"' in municipality
    assert f'href="/tr/belediyeler/kadikoy/rapor/{period}/"' in html_of(
        client, "/tr/belediyeler/kadikoy/"
    )
    report = html_of(client, routes["report"].english)
    assert f'href="/en/municipalities/kadikoy/report/{period}/pdf/"' in report

    assert 'href="/en/open-data/dictionary/"' in html_of(client, "/en/open-data/")
    files = html_of(client, "/en/open-data/?belediye=kadikoy")
    assert 'href="/en/open-data/municipality/kadikoy/eylem-durumlari/csv/"' in files
    assert 'href="/tr/acik-veri/sozluk/"' in html_of(client, "/tr/acik-veri/")

    guide_page = html_of(client, "/en/guide/")
    assert 'href="/en/guide/full/"' in guide_page and 'href="/en/guide/full/pdf/"' in guide_page
    indicator = html_of(client, "/en/indicators/creche/")
    assert 'href="/en/indicators/creche/comparison/"' in indicator
    assert 'action="/en/indicators/creche/comparison/"' in html_of(
        client, routes["comparison"].english
    )
    assert 'href="/en/training/participant/"' in html_of(client, "/en/training/")
    assert 'action="/en/search/"' in guide_page  # {% url 'search' %} in the layout


def head_links(html: str) -> dict[str, str]:
    """The canonical URL, og:url and the hreflang alternates of a page's head."""
    links = {
        "canonical": re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1),
        "og:url": re.search(r'<meta property="og:url" content="([^"]+)">', html).group(1),
    }
    for code, href in re.findall(
        r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html
    ):
        links[code] = href
    return links


def switcher_links(html: str) -> dict[str, str]:
    """{language code: href} of the language switcher."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {code: href for href, code in re.findall(r'<a href="([^"]+)" lang="(\w+)"', nav)}


def test_report_has_its_own_canonical_alternates_and_switcher(
    client: Client, routes: dict[str, Route]
) -> None:
    route = routes["report"]
    turkish, english = HOST + route.turkish, HOST + route.english
    expected = {"tr": turkish, "en": english, "x-default": turkish}
    for url, canonical in ((route.turkish, turkish), (route.english, english)):
        html = html_of(client, url)
        assert head_links(html) == {"canonical": canonical, "og:url": canonical, **expected}
        assert switcher_links(html) == {"tr": route.turkish, "en": route.english}
    # The query string is not part of the sub-page's address.
    assert head_links(html_of(client, f"{route.english}?{QUERY}"))["canonical"] == english


def test_a_report_is_addressed_by_its_source_period(
    client: Client, routes: dict[str, Route], monitoring: Monitoring
) -> None:
    """The report answers to either language's id of its period; its canonical URL, alternates
    and links use the source period's."""
    english = monitoring.tree.english
    period = monitoring.periods[0]
    english_period = period.copy_for_translation(english)
    english_period.name = "1st progress period (2025)"
    english_period.save()
    publish_translation(monitoring.plan, english, {"title": "LEAP", "slug": "leap"})
    english_assessment = publish_translation(
        monitoring.assessments[0], english, {"title": "Assessment", "slug": "assessment"}
    )
    english_assessment.period = english_period
    english_assessment.save_revision().publish()

    turkish, english_url = routes["report"].turkish, routes["report"].english
    assert str(period.pk) in english_url
    other_id = f"/en/municipalities/kadikoy/report/{english_period.pk}/"
    for url in (turkish, english_url, other_id):
        links = head_links(html_of(client, url))
        assert (links["tr"], links["en"]) == (HOST + turkish, HOST + english_url), url
        assert links["canonical"] == HOST + (turkish if url.startswith("/tr/") else english_url)
    municipality = html_of(client, "/en/municipalities/kadikoy/")
    assert "1st progress period (2025)" in municipality  # the English assessment is shown
    assert f'href="{english_url}"' in municipality


@pytest.mark.parametrize("name", ["comparison", "dictionary", "whole guide"])
def test_html_sub_pages_have_their_own_canonical_and_alternates(
    client: Client, routes: dict[str, Route], name: str
) -> None:
    route = routes[name]
    html = html_of(client, route.english)
    links = head_links(html)
    assert links["canonical"] == links["og:url"] == links["en"] == HOST + route.english
    assert links["tr"] == links["x-default"] == HOST + route.turkish
    assert switcher_links(html) == {"tr": route.turkish, "en": route.english}


def test_participant_page_switches_to_the_participant_page(
    routes: dict[str, Route], training: TrainingSite
) -> None:
    client = Client(HTTP_HOST="localhost")
    client.force_login(UserFactory())
    route = routes["participant"]
    html = html_of(client, route.english)
    assert switcher_links(html) == {"tr": route.turkish, "en": route.english}
    assert head_links(html)["canonical"] == HOST + route.english


def test_pages_link_only_translations_as_absolute_alternates(
    client: Client, monitoring: Monitoring
) -> None:
    links = head_links(html_of(client, monitoring.plan.url))  # no English plan
    assert links["tr"] == HOST + monitoring.plan.url
    assert "en" not in links  # the switcher's fallback to /en/ is no alternate
    assert switcher_links(html_of(client, monitoring.plan.url))["en"] == "/en/"


def test_a_private_page_answers_its_privacy_before_any_redirect(
    client: Client, guide: Guide
) -> None:
    for page in (guide.page, guide.english_of(guide.page)):
        PageViewRestriction.objects.get_or_create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )
    response = client.get("/en/guide/tamami/")
    assert response.status_code == 302
    assert "/_util/login/" in response["Location"]


def test_search_has_english_words(client: Client, monitoring: Monitoring) -> None:
    assert client.get("/en/search/?q=x").status_code == 200
    assert client.get("/tr/ara/?q=x").status_code == 200
    response = client.get("/en/ara/?q=x&tur=sayfa")
    assert (response.status_code, response["Location"]) == (301, "/en/search/?q=x&tur=sayfa")
    response = client.get("/tr/search/?q=x")
    assert (response.status_code, response["Location"]) == (301, "/tr/ara/?q=x")
    with translation.override("en"):
        assert reverse("search") == "/en/search/"
    with translation.override("tr"):
        assert reverse("search") == "/tr/ara/"
    html = client.get("/en/search/?q=x").content.decode()
    assert switcher_links(html) == {"tr": "/tr/ara/?q=x", "en": "/en/search/?q=x"}
    assert '<link rel="alternate" hreflang="tr" href="http://localhost/tr/ara/?q=x">' in html


def test_logout_in_the_other_words_keeps_its_post(client: Client, monitoring: Monitoring) -> None:
    response = client.post("/en/cikis/")
    assert (response.status_code, response["Location"]) == (308, "/en/logout/")
    assert client.post("/en/logout/").status_code == 302


def test_a_route_needs_distinct_words_in_every_language() -> None:
    with pytest.raises(ValueError, match="no words for en"):
        localized_path("x", tr="x/")
    with pytest.raises(ValueError, match="same words"):
        localized_path("x", tr="csv/", en="csv/")


def test_reverse_subpage_uses_the_page_language(guide: Guide, open_data: OpenDataPage) -> None:
    english_guide = guide.english_of(guide.page)
    assert isinstance(english_guide, GuidePage)
    assert guide.page.reverse_subpage("full") == "tamami/"
    assert english_guide.reverse_subpage("full_pdf") == "full/pdf/"
    assert open_data.reverse_subpage("download", ("x", "csv")) == "x/csv/"  # the same words
