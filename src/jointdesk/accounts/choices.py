from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationKind(models.TextChoices):
    NATIONAL_POLICE = "police", _("National police")
    BORDER_POLICE = "border_police", _("Border police")
    SPOC = "spoc", _("Single Point of Contact")
    JOINT_CENTRE = "joint_centre", _("Joint contact centre")
    MINISTRY = "ministry", _("Interior ministry")


class Role(models.TextChoices):
    DUTY_OFFICER = "duty_officer", _("Duty officer")
    INVESTIGATOR = "investigator", _("Investigator")
    ANALYST = "analyst", _("Analyst")
    PLANNER = "planner", _("Operations planner")
    COORDINATOR = "coordinator", _("National coordinator")
    SUPERVISOR = "supervisor", _("Supervisor")
    DPO = "dpo", _("Data-protection officer")
    ADMINISTRATOR = "administrator", _("Administrator")


class TimeZoneChoice(models.TextChoices):
    BUCHAREST = "Europe/Bucharest", _("Bucharest (Eastern European Time)")
    SOFIA = "Europe/Sofia", _("Sofia (Eastern European Time)")
    UTC = "UTC", _("UTC")
