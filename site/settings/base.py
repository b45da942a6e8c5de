"""Settings shared by every environment. Anything that differs between machines comes
from the environment (see .env.example); the defaults give the embedded setup:
SQLite, database search, files on disk, console e-mail, tasks run immediately."""

import importlib.util
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env, env_bool, env_int, env_list

PROJECT_DIR = Path(__file__).resolve().parent.parent  # the `atelier` package (site/)
TEMPLATES_DIR = Path(importlib.util.find_spec("atelier.templates").submodule_search_locations[0])
# Where runtime files (SQLite database, uploads) go by default: the working directory.
VAR_DIR = Path(env("ATELIER_VAR_DIR", str(Path.cwd()))).resolve()

SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Apps are plugins: each registers what it offers in atelier.registry from AppConfig.ready().
ATELIER_APPS = [
    "home",
    "programme",
    "programme.registration",
    "knowledge",
    "search",
]

INSTALLED_APPS = [
    "atelier",
    "atelier.webhooks",
    *ATELIER_APPS,
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.api.v2",
    "wagtail",
    "wagtail_modeladmin",
    "modelcluster",
    "taggit",
    "rest_framework",
    "ninja",  # serves the API docs' Swagger UI from our own static files, not a CDN
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # NUL characters, over-long paths and values: refused before any view or cache sees them
    "atelier.request_guard.RequestGuardMiddleware",
    "atelier.hosts.RequestHostMiddleware",  # development: absolute URLs on the request's host
    # Before sessions and auth: a cached public page is answered without touching either.
    "atelier.page_cache.AnonymousPageCacheMiddleware",
    "atelier.api.http.ApiHttpMiddleware",  # /api/: read-only, ETag/304, CORS
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # After CSPMiddleware: lets a block add the newsletter provider to form-action, and
    # lets the admin's live preview panel frame previews.
    "atelier.csp.FormActionMiddleware",
    "atelier.csp.PreviewFramingMiddleware",
    # Wagtail's redirects, but never to a page the visitor may not see (site/redirects.py)
    "atelier.redirects.VisibleRedirectMiddleware",
]

ROOT_URLCONF = "atelier.urls"
WSGI_APPLICATION = "atelier.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [TEMPLATES_DIR],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE takes the write lock at BEGIN, so concurrent writers queue instead of
    # failing with "database is locked" halfway through a transaction.
    # cache_size: SQLite's default page cache (2 MB per connection) is smaller than the pages
    # and events tables at 10,000 events, so every list re-read them from the OS; 16 MB keeps
    # them in the worker (docs/performance.md). SQLITE_CACHE_MB=0 leaves SQLite's default.
    _cache_kib = max(env_int("SQLITE_CACHE_MB", 16), 0) * 1024
    _pragmas = "PRAGMA journal_mode=WAL;"
    if _cache_kib:
        _pragmas += f"PRAGMA cache_size=-{_cache_kib};"
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20, "init_command": _pragmas}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------------
CACHE_URL = env("CACHE_URL") or env("REDIS_URL")
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": CACHE_URL,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Languages and time ---------------------------------------------------------------
LANGUAGE_CODE = "nl"
FORMAT_MODULE_PATH = ["atelier.formats"]
# Each language in its own words, as visitors and editors choose theirs (the language switch,
# the admin language in an editor's account).
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
# The admin names content languages in the editor's language: "Engels" in the Dutch admin.
WAGTAIL_CONTENT_LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# --- Static files and media -----------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(VAR_DIR / "staticfiles")))
MEDIA_URL = env("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(VAR_DIR / "media")))
# Documents never live under MEDIA_ROOT: only Wagtail's document view (which checks privacy
# and the embargo) serves them, in every profile (site/media/storage.py, docs/deployment.md).
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private-media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "documents": {
        "BACKEND": "atelier.media.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if env("AWS_STORAGE_BUCKET_NAME"):
    # Shared object storage (S3-compatible) for uploads when running more than one machine.
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL")
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME")
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN")
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    AWS_S3_FILE_OVERWRITE = False
    # Documents: a private prefix, no CDN domain, short-lived signed URLs; the serve view
    # streams them after its privacy check.
    STORAGES["documents"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "location": env("AWS_DOCUMENTS_LOCATION", "private-documents"),
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": env_int("AWS_DOCUMENTS_URL_EXPIRE", 300),
            "custom_domain": None,
        },
    }

# --- E-mail ---------------------------------------------------------------------------
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Atelier <noreply@atelier.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Background tasks -----------------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

# --- Registration (programme.registration; see docs/registration.md) -------------------
# Personal data of past events is anonymised this many days after the event ends.
REGISTRATION_RETENTION_DAYS = env_int("REGISTRATION_RETENTION_DAYS", 365)
REGISTRATION_REMINDER_DAYS = env_int("REGISTRATION_REMINDER_DAYS", 2)
# Form submissions per client address per window (seconds); counted in the database.
REGISTRATION_RATE_LIMIT = env_int("REGISTRATION_RATE_LIMIT", 10)
REGISTRATION_RATE_WINDOW = env_int("REGISTRATION_RATE_WINDOW", 3600)
# Behind a proxy: the META key of the header carrying the client address.
REGISTRATION_CLIENT_IP_HEADER = env("REGISTRATION_CLIENT_IP_HEADER", "")
REGISTRATION_MAIL_MAX_ATTEMPTS = env_int("REGISTRATION_MAIL_MAX_ATTEMPTS", 10)
REGISTRATION_PRIVACY_VERSION = env("REGISTRATION_PRIVACY_VERSION", "1")

# --- Wagtail --------------------------------------------------------------------------
WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME", "Atelier")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Absolute URLs (feeds, sitemap, JSON-LD, calendars, API) use the Wagtail Site's root URL;
# in development the request's host instead, so any dev server links to itself.
ABSOLUTE_URLS_FROM_REQUEST = env_bool("ABSOLUTE_URLS_FROM_REQUEST", DEBUG)
WAGTAILIMAGES_IMAGE_MODEL = "atelier.AtelierImage"
WAGTAILDOCS_DOCUMENT_MODEL = "atelier.AtelierDocument"
WAGTAILIMAGES_IMAGE_FORM_BASE = "atelier.media.forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "atelier.media.forms.DocumentForm"
# Documents are always streamed through Django, so collection privacy holds on any storage.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "csv", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_int("DOCUMENT_MAX_UPLOAD_SIZE", 50 * 1024 * 1024)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("IMAGE_MAX_UPLOAD_SIZE", 15 * 1024 * 1024)
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: the admin must not send editors' e-mail hashes to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# --- Content translation (wagtail-localize; docs/editors.md) ---------------------------
# A new translation starts as a draft: the translator fills in the segments, then publishes
# or submits it for moderation. (wagtail-localize's default publishes it at once, in Dutch.)
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# Machine translation is off unless an institute switches it on with its own account.
MACHINE_TRANSLATOR = env("MACHINE_TRANSLATOR", "").strip().lower()
if MACHINE_TRANSLATOR == "deepl":
    if not env("DEEPL_API_KEY"):
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured("MACHINE_TRANSLATOR=deepl needs DEEPL_API_KEY.")
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {
            "AUTH_KEY": env("DEEPL_API_KEY"),
            "FORMALITY": env("DEEPL_FORMALITY", "default"),
            "TIMEOUT": env_int("DEEPL_TIMEOUT", 30),
        },
    }
elif MACHINE_TRANSLATOR:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(f"Unknown MACHINE_TRANSLATOR {MACHINE_TRANSLATOR!r}; use deepl.")

ELASTICSEARCH_URL = env("ELASTICSEARCH_URL")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": env("ELASTICSEARCH_INDEX_PREFIX", "atelier_"),
            "TIMEOUT": env_int("ELASTICSEARCH_TIMEOUT", 5),
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Search (docs/search.md): Dutch everywhere. SQLite: stemmed, column-weighted FTS5;
# PostgreSQL: the `atelier_dutch` text search configuration (unaccent + Dutch stemming,
# created by the atelier_search migration); Elasticsearch 9: a Dutch default analyzer, and
# indexing failures are kept in an outbox that `manage.py reindex_pending` retries.
ELASTICSEARCH_DUTCH_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
                "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
            },
            "analyzer": {
                # "default" applies to every text field without its own analyzer.
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "dutch_stop", "dutch_stemmer"],
                },
            },
        }
    }
}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS["default"].update(
        {
            "BACKEND": "search.backends.elasticsearch",
            "INDEX_SETTINGS": ELASTICSEARCH_DUTCH_INDEX_SETTINGS,
        }
    )
else:
    WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends.database"
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "atelier_dutch"

WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["default"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
    }

# --- Webhooks (docs/webhooks.md) -----------------------------------------------------
# Only for a receiver on the same machine or network (tests, an intranet): SSRF guard off.
WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = env_bool("WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", False)
WEBHOOKS_MAX_ATTEMPTS = env_int("WEBHOOKS_MAX_ATTEMPTS", 8)
WEBHOOKS_RETRY_BASE_SECONDS = env_int("WEBHOOKS_RETRY_BASE_SECONDS", 60)
WEBHOOKS_RETRY_MAX_SECONDS = env_int("WEBHOOKS_RETRY_MAX_SECONDS", 6 * 3600)
WEBHOOKS_PAUSE_AFTER_FAILURES = env_int("WEBHOOKS_PAUSE_AFTER_FAILURES", 10)
WEBHOOKS_LOG_RETENTION_DAYS = env_int("WEBHOOKS_LOG_RETENTION_DAYS", 30)

# --- Security headers -----------------------------------------------------------------
# Framing is refused everywhere by default; /embed/ routes widen frame-ancestors.
X_FRAME_OPTIONS = "DENY"
EMBED_ALLOWED_ORIGINS = env_list("EMBED_ALLOWED_ORIGINS")
API_CORS_ORIGINS = env_list("API_CORS_ORIGINS")
API_CACHE_MAX_AGE = env_int("API_CACHE_MAX_AGE", 60)
CONTENT_SECURITY_POLICY = {
    # The Wagtail admin and the API docs rely on inline scripts and styles; the public
    # site does not. (django-csp 4 reads the exclusions here, not from a separate setting.)
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/", "/api/v1/docs"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# HTTP caching of public pages (site/page_cache.py), in seconds. Browsers always revalidate;
# a configured frontend cache (CDN) may keep a page PAGE_CACHE_SHARED_MAX_AGE (s-maxage), since
# every public content change purges it. MAX_AGE/LIST_MAX_AGE: this process's own copies.
PAGE_CACHE_MAX_AGE = env_int("PAGE_CACHE_MAX_AGE", 300)
PAGE_CACHE_LIST_MAX_AGE = env_int("PAGE_CACHE_LIST_MAX_AGE", 60)
PAGE_CACHE_SHARED_MAX_AGE = env_int("PAGE_CACHE_SHARED_MAX_AGE", 300)
# Stored copies and version-derived validators are only safe when every process reads the
# same content version, i.e. with a shared cache (CACHE_URL): a change made through one
# worker must reach the others at once.
SHARED_CACHE = bool(CACHE_URL)
PAGE_CACHE_STORE = env_bool("PAGE_CACHE_STORE", SHARED_CACHE)  # keep answers in the cache
# The API (site/api/http.py): ETags derived from the content version and the request, so a
# 304 is answered before any view runs; and answers kept in the cache under that ETag (a
# change makes them unreachable at once). Off: ETags hash the body, every request is
# computed (`make bench` measures both).
API_VERSIONED_ETAGS = env_bool("API_VERSIONED_ETAGS", SHARED_CACHE)
API_RESPONSE_CACHE = env_bool("API_RESPONSE_CACHE", SHARED_CACHE)
API_RESPONSE_CACHE_TIMEOUT = env_int("API_RESPONSE_CACHE_TIMEOUT", 600)

# --- Admin login: lockout after failures (django-axes), optional two-factor (django-otp) ---
# docs/deployment.md#admin-login. Kept apart from the lists above on purpose.
INSTALLED_APPS += ["axes", "django_otp", "django_otp.plugins.otp_totp"]
_after_auth = MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1
MIDDLEWARE[_after_auth:_after_auth] = [
    "django_otp.middleware.OTPMiddleware",
    "atelier.two_factor.TwoFactorMiddleware",
]
MIDDLEWARE.append("axes.middleware.AxesMiddleware")  # last, as django-axes asks
AUTHENTICATION_BACKENDS = [
    "atelier.login_guard.LoginAttemptBackend",  # first: refuses a locked-out login
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("ADMIN_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("ADMIN_LOGIN_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]  # one user name from one address
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "atelier.login_guard.lockout_response"
AXES_CLIENT_IP_CALLABLE = "atelier.login_guard.client_ip"
AXES_VERBOSE = False
ADMIN_CLIENT_IP_HEADER = env("ADMIN_CLIENT_IP_HEADER", "")
ADMIN_TWO_FACTOR_REQUIRED = env_bool("ADMIN_TWO_FACTOR_REQUIRED", False)
OTP_TOTP_ISSUER = env("WAGTAIL_SITE_NAME", "Atelier")
# Django's own admin (/django-admin/) is not mounted unless asked for.
DJANGO_ADMIN_ENABLED = env_bool("DJANGO_ADMIN_ENABLED", False)

LOGIN_URL = "wagtailadmin_login"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # One line per immediate task is noise in the embedded setup.
        "django_tasks": {"level": "WARNING"},
    },
}

SENTRY_DSN = env("SENTRY_DSN")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(dsn=SENTRY_DSN, send_default_pii=False, traces_sample_rate=0.0)

ORGANISATION_NAME = env("ORGANISATION_NAME", "Atelier")
# The editors' handbook shown under Help in the admin (atelier/handbook.py): docs/editors.md
# of the checkout, or wherever it was copied to.
ATELIER_HANDBOOK = env("ATELIER_HANDBOOK", str(PROJECT_DIR.parent / "docs" / "editors.md"))
ATELIER_STRINGS = {"site_tagline": _("Knowledge for the social domain")}
