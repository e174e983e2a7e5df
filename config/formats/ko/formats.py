"""Korean formats: Django's, with the 24-hour clock business pages use ("2026년 12월 3일 14:30")
instead of its "오후 2:30", and a short date that still reads as Korean."""

from django.conf.locale.ko.formats import *  # noqa: F403

DATE_FORMAT = "Y년 n월 j일"
DATETIME_FORMAT = "Y년 n월 j일 H:i"
SHORT_DATE_FORMAT = "Y년 n월 j일"
SHORT_DATETIME_FORMAT = "Y년 n월 j일 H:i"
