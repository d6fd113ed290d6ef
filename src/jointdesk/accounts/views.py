"""Login with password and TOTP, logout, preferences, API tokens."""

from __future__ import annotations

import base64
from io import BytesIO

import django_otp
import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_otp.plugins.otp_totp.models import TOTPDevice

from jointdesk.accounts import actions, queries
from jointdesk.accounts.forms import LoginForm, PreferencesForm, TokenForm
from jointdesk.accounts.models import User


def _safe_next(request: HttpRequest) -> str:
    """Follow ?next= only within this site, so a crafted login link cannot send users elsewhere."""
    target = request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return resolve_url(settings.LOGIN_REDIRECT_URL)


@require_http_methods(["GET", "POST"])
def user_login(request: HttpRequest) -> HttpResponse:
    form = LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        username = form.cleaned_data["username"]
        user = authenticate(request, username=username, password=form.cleaned_data["password"])
        if user is None:
            actions.login_record(user=None, username=username, request=request, succeeded=False)
            form.add_error(None, _("Username or password is not correct."))
        else:
            assert isinstance(user, User)
            has_device = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
            token = form.cleaned_data["otp_token"].strip()
            device = django_otp.match_token(user, token) if token and has_device else None
            if settings.JOINTDESK_REQUIRE_2FA and has_device and device is None:
                actions.login_record(user=None, username=username, request=request, succeeded=False)
                form.add_error(
                    "otp_token",
                    _("The authenticator code is missing or not valid.")
                    if token
                    else _("Enter the 6-digit code from your authenticator app."),
                )
            else:
                login(request, user)
                if device is not None:
                    django_otp.login(request, device)
                actions.login_record(user=user, username=username, request=request, succeeded=True)
                if settings.JOINTDESK_REQUIRE_2FA and device is None:
                    return redirect("accounts:second_factor")
                return redirect(_safe_next(request))
    return render(request, "accounts/user_login.html", {"form": form})


@require_POST
def user_logout(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        from jointdesk.core import audit
        from jointdesk.core.choices import AuditAction

        audit.record(actor=request.user, action=AuditAction.LOGOUT)
    logout(request)
    return redirect("accounts:login")


def _qr_svg(data: str) -> str:
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = BytesIO()
    image.save(buffer)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


@login_required
@require_http_methods(["GET", "POST"])
def second_factor(request: HttpRequest) -> HttpResponse:
    """Enrol an authenticator (first login) or give the code for an existing one."""
    user = request.user
    assert isinstance(user, User)
    if user.is_verified():  # type: ignore[attr-defined]
        return redirect(settings.LOGIN_REDIRECT_URL)
    form = TokenForm(request.POST or None)
    confirmed = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if confirmed is not None:
        if request.method == "POST" and form.is_valid():
            device = django_otp.match_token(user, form.cleaned_data["otp_token"].strip())
            if device is not None:
                django_otp.login(request, device)
                return redirect(settings.LOGIN_REDIRECT_URL)
            form.add_error("otp_token", _("The authenticator code is not valid."))
        return render(request, "accounts/second_factor.html", {"form": form, "enrolling": False})
    device = actions.totp_device_pending(actor=user)
    if request.method == "POST" and form.is_valid():
        if actions.totp_device_confirm(
            actor=user, device=device, token=form.cleaned_data["otp_token"].strip()
        ):
            django_otp.login(request, device)
            messages.success(request, _("Your authenticator is set up."))
            return redirect(settings.LOGIN_REDIRECT_URL)
        form.add_error("otp_token", _("The authenticator code is not valid."))
    secret = base64.b32encode(device.bin_key).decode("ascii")
    return render(
        request,
        "accounts/second_factor.html",
        {"form": form, "enrolling": True, "qr_svg": _qr_svg(device.config_url), "secret": secret},
    )


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    form = PreferencesForm(
        request.POST or None, initial={"language": user.language, "time_zone": user.time_zone}
    )
    if request.method == "POST" and form.is_valid():
        actions.preferences_update(actor=user, **form.cleaned_data)
        messages.success(request, _("Preferences saved."))
        return redirect("accounts:preferences")
    return render(
        request,
        "accounts/preferences.html",
        {
            "form": form,
            "tokens": queries.api_tokens_for_actor(user),
            "new_token": request.session.pop("new_token", None),
        },
    )


@login_required
@require_POST
def api_token_create(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    name = (request.POST.get("name") or "").strip()[:100] or _("API token")
    _token, raw = actions.api_token_create(actor=user, name=name)
    request.session["new_token"] = raw
    return redirect("accounts:preferences")
