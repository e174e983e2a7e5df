from django.urls import reverse
from django.utils import translation

from common.urls import url_around_pk


def test_a_rows_link_is_the_text_around_its_pk():
    before, after = url_around_pk("organisations:detail")
    assert f"{before}42{after}" == reverse("organisations:detail", args=[42])


def test_the_text_around_the_pk_follows_the_language():
    with translation.override("ko"):
        before, after = url_around_pk("opportunities:detail")
        assert f"{before}7{after}" == reverse("opportunities:detail", args=[7])
    assert before.startswith("/ko/")
