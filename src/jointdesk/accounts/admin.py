from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from jointdesk.accounts.models import Organisation, Unit, User


@admin.register(User)
class JointdeskUserAdmin(UserAdmin[User]):
    fieldsets = (
        *UserAdmin.fieldsets,  # type: ignore[misc]
        ("jointdesk", {"fields": ("country", "unit", "role", "language", "time_zone")}),
    )
    list_display = ("username", "country", "unit", "role", "is_active")
    list_filter = ("country", "role", "is_active")


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin[Organisation]):
    list_display = ("name", "country", "kind", "code")


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin[Unit]):
    list_display = ("name", "country", "organisation", "is_spoc", "is_joint")
    list_filter = ("country", "is_spoc")
