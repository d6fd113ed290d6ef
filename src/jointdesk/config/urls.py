from django.contrib import admin
from django.shortcuts import redirect
from django.urls import include, path

from jointdesk.api.router import api

urlpatterns = [
    path("", lambda request: redirect("exchange:message_inbox"), name="home"),
    path("accounts/", include("jointdesk.accounts.urls")),
    path("exchange/", include("jointdesk.exchange.urls")),
    path("audit/", include("jointdesk.core.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
]
