"""Settings, declared once and read from the environment.

Every value that differs between a laptop, CI and production comes from an environment variable
with a safe development default; nothing else in the code reads os.environ.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
import django_stubs_ext
from django.utils.translation import gettext_lazy as _

# Lets admin and queryset classes be subscripted at run time, as the type stubs expect.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent
PROJECT_ROOT = BASE_DIR.parent.parent
VAR_DIR = Path(os.environ.get("JOINTDESK_VAR_DIR", PROJECT_ROOT / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("JOINTDESK_DEBUG", False)
SECRET_KEY = os.environ.get("JOINTDESK_SECRET_KEY", "dev-only-insecure-key-change-me-in-production")
ALLOWED_HOSTS = [h for h in os.environ.get("JOINTDESK_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]

# The second factor is required unless explicitly switched off (the demo does so).
JOINTDESK_REQUIRE_2FA = env_bool("JOINTDESK_REQUIRE_2FA", True)
# Which country this node belongs to; both countries share one node until the split into two.
JOINTDESK_NODE_COUNTRY = os.environ.get("JOINTDESK_NODE_COUNTRY", "RO")
# Strict elapsed-time deadlines by default; "reg_1182_71" applies the roll-over rules (FACTS §1.3).
JOINTDESK_DEADLINE_MODE = os.environ.get("JOINTDESK_DEADLINE_MODE", "strict")

# Attachments: what a message may carry.
JOINTDESK_ATTACHMENT_MAX_BYTES = int(os.environ.get("JOINTDESK_ATTACHMENT_MAX_BYTES", str(10 * 1024 * 1024)))
JOINTDESK_ATTACHMENT_TYPES = {
    "application/pdf": [".pdf"],
    "image/jpeg": [".jpg", ".jpeg"],
    "image/png": [".png"],
    "text/plain": [".txt"],
    "text/csv": [".csv"],
}

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_htmx",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "jointdesk.core",
    "jointdesk.accounts",
    "jointdesk.exchange",
    "jointdesk.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "jointdesk.accounts.middleware.UserPreferencesMiddleware",
    "jointdesk.accounts.middleware.RequireSecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "jointdesk.core.middleware.DomainErrorMiddleware",
]

ROOT_URLCONF = "jointdesk.config.urls"
WSGI_APPLICATION = "jointdesk.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.tz",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'jointdesk.sqlite3'}"),
        conn_max_age=int(os.environ.get("JOINTDESK_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}

# The Art. 18 covering indexes carry INCLUDE columns for PostgreSQL; SQLite builds them as plain indexes.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "exchange:message_inbox"
LOGOUT_REDIRECT_URL = "accounts:login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ro", _("Romanian")), ("bg", _("Bulgarian"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Bucharest"

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = VAR_DIR / "media"
# Attachments live outside any served directory; views stream them after an access check.
JOINTDESK_PRIVATE_STORAGE = Path(os.environ.get("JOINTDESK_PRIVATE_STORAGE", VAR_DIR / "private"))
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# The API carries attachments base64-encoded in JSON (+33 %), so the body limit is above the file limit.
DATA_UPLOAD_MAX_MEMORY_SIZE = 15 * 1024 * 1024

# Per-process cache for derived figures (Art. 18 statistics); keys carry their own freshness stamp,
# so several processes never serve each other stale data.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "jointdesk"}}

TASKS = {
    "default": {
        "BACKEND": os.environ.get("JOINTDESK_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 8 * 3600
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
if not DEBUG and env_bool("JOINTDESK_HTTPS", False):
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True

OTP_TOTP_ISSUER = "jointdesk"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    # Log records carry identifiers and event names only, never personal data (see core/audit.py).
    "root": {"handlers": ["console"], "level": os.environ.get("JOINTDESK_LOG_LEVEL", "INFO")},
}
