"""Shape of the exchange module's HTML input; the rules live in actions and validation.

Fields are mostly optional here on purpose: the action checks them and names every problem with
a path such as ``persons[0].national_id``, which ``errors_to_forms`` puts back on the right field
of the right formset row, so the user sees in one go what is wrong and where.
"""

from jointdesk.exchange.forms.common import errors_to_forms, uploads_of
from jointdesk.exchange.forms.lists import ExchangeFilterForm, StatisticsYearForm, year_choices
from jointdesk.exchange.forms.replies import REPLY_FORMS, CorrectionForm, ReplyForm
from jointdesk.exchange.forms.request import ITEM_FORMSETS, RequestForm, RequestForms, SpontaneousForm

__all__ = [
    "ITEM_FORMSETS",
    "REPLY_FORMS",
    "CorrectionForm",
    "ExchangeFilterForm",
    "ReplyForm",
    "RequestForm",
    "RequestForms",
    "SpontaneousForm",
    "StatisticsYearForm",
    "errors_to_forms",
    "uploads_of",
    "year_choices",
]
