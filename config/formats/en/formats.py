"""English as written in the UK: Django's en_GB formats, with dates spelt out in full
("3 December 2026"), as the pages wrote them before they were translated."""

from django.conf.locale.en_GB.formats import *  # noqa: F403

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
