from django.urls import path

from jointdesk.core import views

app_name = "core"
urlpatterns = [path("", views.audit_search, name="audit_search")]
