"""The one settings module. Every value that differs between machines comes from the
environment; the defaults suit a developer's laptop (DEBUG on, SQLite, mail to the console)."""

import datetime
import importlib.util
import sys
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy

from config.env import (
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_proxy_ssl_header,
    env_rate,
    env_str,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"  # git-ignored: the default SQLite file and collected static files

DEBUG = env_bool("DEBUG", True)
# pytest-django turns DEBUG off while tests run; the tests must not need collectstatic.
TESTING = "pytest" in sys.modules

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off: export SECRET_KEY to a long random string."
        )
    # Only ever used with DEBUG on, on a developer's machine.
    SECRET_KEY = "insecure-development-key-not-for-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
# A form sent with an expired token gets a page in the site's layout and language.
CSRF_FAILURE_VIEW = "api.views.csrf_failure"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # Before staticfiles, so runserver serves static files the way the production server does.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_countries",
    "django_filters",
    "rest_framework",
    "corsheaders",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "allauth",
    "allauth.account",
    "csp",
    "axes",
    "organisations",
    "opportunities",
    "introductions",
    "matchmaking",
    "alerts",
    "events",
    "accounts",
    "memberships",
    "api",
    "demo",
    "tooling",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves /static/ from the app itself (compressed, cached forever under hashed names), so a
    # reverse proxy needs no access to the files.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before CommonMiddleware, so its redirects carry the CORS headers too.
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions (it reads none today, but a language kept in the session would need them)
    # and before CommonMiddleware, so a /ko/ page missing its slash is redirected in Korean.
    "django.middleware.locale.LocaleMiddleware",
    # The API has no language prefix: it answers in the request's Accept-Language instead.
    "api.language.ApiLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Needs the user: sends an unprefixed page to /ko/ for those who chose Korean.
    "accounts.middleware.PreferredLanguageMiddleware",
    "accounts.middleware.AdminLanguageMiddleware",
    # A member's first form posted on /ko/ makes Korean their language (for their mail).
    "accounts.middleware.ActingLanguageMiddleware",
    # After the language is settled: a visitor's zone goes with the page's language.
    "accounts.middleware.ReaderTimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "config.middleware.PermissionsPolicyMiddleware",
    # Answers a locked-out login with its page.
    "axes.middleware.AxesMiddleware",
    # Last, so its process_exception sees a view's database error first.
    "config.middleware.DatabaseUnavailableMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASE_URL = env_str("DATABASE_URL")
if not DATABASE_URL:
    VAR_DIR.mkdir(exist_ok=True)
    DATABASE_URL = f"sqlite:///{VAR_DIR / 'db.sqlite3'}"
try:
    _database = dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60, minimum=0),
        conn_health_checks=True,
    )
except ValueError as error:
    raise ImproperlyConfigured(f"DATABASE_URL is not a database URL: {error}") from None
if _database["ENGINE"] not in ("django.db.backends.postgresql", "django.db.backends.sqlite3"):
    raise ImproperlyConfigured(
        "DATABASE_URL must be postgresql://user:password@host:port/name "
        "or sqlite:////absolute/path.db."
    )
if _database["ENGINE"] == "django.db.backends.postgresql":
    # Django's, with a health check that asks the server only when the connection's socket
    # says something happened (config/postgresql/base.py): the check stays on every request
    # (a connection that died between requests is replaced, not failed on), without its
    # round trip, which cost the suggestion API a tenth of its time on a busy machine.
    _database["ENGINE"] = "config.postgresql"
DATABASES = {"default": _database}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English is the default and has no URL prefix; Korean pages live under /ko/. "en" rather than
# "en-gb" because i18n_patterns compares the active language with LANGUAGE_CODE to leave the
# prefix out; the British date formats come from config/formats/en.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ko", "한국어")]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = env_str("TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True

# Kosovo has no ISO 3166 code yet; XK is the one the European Commission uses, and real
# Horizon 2020 files contain it. The others are named here so that this project's catalogue
# gives their Korean names: django-countries' are wrong for these ("케이맨 섬1" for the Cayman
# Islands, "시칠리" (Sicily) for the Seychelles) or not what Koreans write ("로마니아", "타이").
COUNTRIES_OVERRIDE = {
    "XK": gettext_lazy("Kosovo"),
    "KY": gettext_lazy("Cayman Islands"),
    "AU": gettext_lazy("Australia"),
    "BI": gettext_lazy("Burundi"),
    "BQ": gettext_lazy("Bonaire, Sint Eustatius and Saba"),
    "CC": gettext_lazy("Cocos (Keeling) Islands"),
    "CK": gettext_lazy("Cook Islands"),
    "CX": gettext_lazy("Christmas Island"),
    "JE": gettext_lazy("Jersey"),
    "KP": gettext_lazy("North Korea"),
    "MN": gettext_lazy("Mongolia"),
    "MS": gettext_lazy("Montserrat"),
    "NR": gettext_lazy("Nauru"),
    "RO": gettext_lazy("Romania"),
    "SC": gettext_lazy("Seychelles"),
    "TH": gettext_lazy("Thailand"),
    "TR": gettext_lazy("Türkiye"),
}

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Tests collect nothing: without a folder WhiteNoise would warn at every request.
STATIC_ROOT = None if TESTING else VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed copies need collectstatic (make serve runs it); with DEBUG on and in
    # tests the plain storage serves the files as they are, as WhiteNoise advises.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or TESTING
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# WhiteNoise would otherwise decide from DEBUG when its middleware starts, which pytest-django
# has turned off by then: tests serve the files from their folders, as development does.
WHITENOISE_USE_FINDERS = DEBUG or TESTING

AUTHENTICATION_BACKENDS = [
    # First: refuses a login locked out for too many failures before the others check it.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "matchmaking:dashboard"

# Accounts (django-allauth): members sign up with an email address and must confirm it before
# they can sign in; the demo logins may also sign in with their username.
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Korea–UK Match] "
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_REDIRECT_URL = "organisations:home"
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "organisations.account_forms.LoginForm",
    "signup": "accounts.forms.SignupForm",
    "add_email": "accounts.forms.AddEmailForm",
    "change_password": "accounts.forms.ChangePasswordForm",
    "reset_password_from_key": "accounts.forms.ResetPasswordKeyForm",
}

# Failed logins (the site's and the admin's) are limited per account AND address together
# (django-axes), so a stranger failing on purpose locks only themselves out, not the member.
# allauth's own limit counts per account as well, which would let anyone lock an account: it
# keeps only its per-address part, against one address trying many accounts.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15, minimum=1))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "api.client_ip.client_ip"
AXES_USERNAME_CALLABLE = "api.client_ip.login_name"
AXES_VERBOSE = False
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip"}
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("API_NUM_PROXIES", 0, minimum=0)

# Counters (API throttles, allauth's limits) must be shared by every server process and
# survive restarts: the database cache by default (its table comes with `migrate`), Redis
# when REDIS_URL is set (pip install redis). Tests count in memory, one process.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    if importlib.util.find_spec("redis") is None:
        raise ImproperlyConfigured("REDIS_URL is set but the redis package is not installed.")
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
elif TESTING:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "django_cache",  # created by api/migrations/0002_cache_table.py
        }
    }

EMAIL_BACKEND = env_choice(
    "EMAIL_BACKEND",
    "console",
    {
        "console": "django.core.mail.backends.console.EmailBackend",
        "smtp": "django.core.mail.backends.smtp.EmailBackend",
        "locmem": "django.core.mail.backends.locmem.EmailBackend",
        "dummy": "django.core.mail.backends.dummy.EmailBackend",
    },
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Korea-UK Match <noreply@localhost>")
# Where the site is reached from outside, for the links in mail sent by commands and services
# that have no request to read the host from.
# In development it follows the port the server runs on (make run PORT=8001); in production
# a guess would put wrong links in mail, so it must be given.
SITE_URL = env_str("SITE_URL").strip()
if not SITE_URL:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SITE_URL must be set when DEBUG is off: the address members reach the site at, "
            "e.g. https://match.example.org."
        )
    SITE_URL = f"http://localhost:{env_int('PORT', 8000, minimum=1)}"
if not SITE_URL.startswith(("http://", "https://")):
    raise ImproperlyConfigured(f"SITE_URL={SITE_URL!r} must start with https:// or http://.")

# HTTPS only once DEBUG is off; each can be turned off on its own (e.g. SECURE_SSL_REDIRECT=false
# when the proxy already redirects, SECURE_HSTS_SECONDS=0 while trying HTTPS out).
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 60 * 60, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
    SECURE_CONTENT_TYPE_NOSNIFF = True
# Asking browsers' makers to hard-code HTTPS for the domain and all its subdomains is the
# domain owner's decision, hard to undo, so it is opt-in and its deploy check stays quiet.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
# Behind a proxy that terminates TLS, Django sees plain HTTP unless told which header the
# proxy sets, e.g. SECURE_PROXY_SSL_HEADER=HTTP_X_FORWARDED_PROTO,https. Only set it when the
# proxy always sets or overwrites that header, or clients could claim HTTPS.
SECURE_PROXY_SSL_HEADER = env_proxy_ssl_header("SECURE_PROXY_SSL_HEADER")

# Content-Security-Policy (django-csp): only the site's own scripts, styles and images, so an
# injected <script> or style="" does nothing. Inline scripts and style attributes are not used.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        # Swagger UI draws its icons from data: URIs.
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Browser features the site never uses; a feature with no origin listed is off for everyone.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

REST_FRAMEWORK = {
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.PageNumberPagination",
    "PAGE_SIZE": 25,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["api.parsers.JSONParser"],
    # Tokens first: its 401 challenge is what a script without credentials is told.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_THROTTLE_CLASSES": [
        "api.throttling.AnonRateThrottle",
        "api.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_rate("API_THROTTLE_ANON", "60/minute"),
        "user": env_rate("API_THROTTLE_USER", "600/minute"),
    },
    # Anonymous clients are throttled by IP address: trust X-Forwarded-For only as far as the
    # number of proxies in front of the app (1 behind one reverse proxy), or anyone could
    # claim a fresh address with every request.
    "NUM_PROXIES": env_int("API_NUM_PROXIES", 0, minimum=0),
    "EXCEPTION_HANDLER": "api.exceptions.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "api.schema.AutoSchema",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Korea–UK Match API",
    "DESCRIPTION": (
        "Organisations, opportunities, the taxonomy and match suggestions. Authenticate with "
        "an API token (`Authorization: Bearer <token>`, created at POST /api/tokens/) or the "
        "session of a signed-in browser. Every error has the same JSON shape (see Error). "
        "Lists are paged with `page` and `page_size`."
    ),
    "VERSION": "1.0.0",
    "SCHEMA_PATH_PREFIX": "/api/",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "OrganisationKindEnum": "organisations.models.OrganisationKind",
        "OpportunityKindEnum": "opportunities.models.OpportunityKind",
        "PublicationStatusEnum": "organisations.models.PublicationStatus",
        "OpportunityStatusEnum": "opportunities.models.OpportunityStatus",
        "CountryEnum": "opportunities.api.serializers.COUNTRY_CHOICES",
    },
}

# The API is for scripts and the app's own pages; browsers on other sites get no access
# unless their origins are listed, e.g. CORS_ALLOWED_ORIGINS=https://crm.example.org
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS", [])
CORS_URLS_REGEX = r"^/api/.*$"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# Introductions: how many requests one organisation may have waiting at once, so no member
# floods the staff who broker them.
INTRODUCTION_OPEN_REQUESTS_LIMIT = env_int("INTRODUCTION_OPEN_REQUESTS_LIMIT", 5, minimum=1)
# Events: how many meeting requests one participant may have open, and how long staff wait for
# the scheduler (it stops early once its schedule is proven close enough to the best).
EVENT_MEETING_REQUESTS_LIMIT = env_int("EVENT_MEETING_REQUESTS_LIMIT", 10, minimum=1)
EVENT_SCHEDULER_TIME_LIMIT = env_int("EVENT_SCHEDULER_TIME_LIMIT", 10, minimum=1)
# How many organisations one (non-staff) account may register as owner.
ORGANISATIONS_PER_USER_LIMIT = env_int("ORGANISATIONS_PER_USER_LIMIT", 3, minimum=1)
# How many days an invitation to join an organisation stays valid.
MEMBERSHIP_INVITATION_DAYS = env_int("MEMBERSHIP_INVITATION_DAYS", 14, minimum=1)
# How many invitations one organisation may have waiting at once (staff are not limited).
MEMBERSHIP_PENDING_INVITATIONS_LIMIT = env_int(
    "MEMBERSHIP_PENDING_INVITATIONS_LIMIT", 25, minimum=1
)
