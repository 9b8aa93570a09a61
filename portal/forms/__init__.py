"""Every Flask-WTF form of the portal, one module per area; Dutch labels and messages (B1 level).

Import forms from here (``from ..forms import RequestForm`` or ``forms.RequestForm``); the modules are:
``common`` (filters, validators, field factories, ActionForm), ``resident``, ``privacy``, ``officials``,
``backoffice``, ``admin``, ``publication``, ``fund``, ``improvements`` and ``commons``.
"""

from __future__ import annotations

from .admin import NameForm, NormsForm, OfficialForm, ServiceContactForm, UserEditForm, UserForm, service_phone
from .backoffice import (
    AgreementForm,
    AgreementStatusForm,
    ClassifyForm,
    ContactForm,
    LoginForm,
    RegisterRequestForm,
    SuspendForm,
    TakeOverForm,
    TransitionForm,
)
from .common import (
    REQUIRED,
    TEXT_MAX,
    YES_NO,
    ActionForm,
    DutchDateField,
    dutch_phone,
    email_field,
    phone_field,
    strip,
    strip_controls,
    text_area,
)
from .commons import CommonsSourceForm
from .fund import FundEntryForm, FundReverseForm
from .improvements import ImprovementForm, ImprovementStatusForm
from .officials import InviteOfficialForm, OfficialActionForm, OfficialProposalForm, OfficialRequestForm
from .privacy import EraseContactForm
from .publication import DraftForm, ReviewForm
from .resident import AddInformationForm, ControlAnswerForm, LookupForm, RequestForm

__all__ = [
    "REQUIRED",
    "TEXT_MAX",
    "YES_NO",
    "ActionForm",
    "AddInformationForm",
    "AgreementForm",
    "AgreementStatusForm",
    "ClassifyForm",
    "CommonsSourceForm",
    "ContactForm",
    "ControlAnswerForm",
    "DraftForm",
    "DutchDateField",
    "EraseContactForm",
    "FundEntryForm",
    "FundReverseForm",
    "ImprovementForm",
    "ImprovementStatusForm",
    "InviteOfficialForm",
    "LoginForm",
    "LookupForm",
    "NameForm",
    "NormsForm",
    "OfficialActionForm",
    "OfficialForm",
    "OfficialProposalForm",
    "OfficialRequestForm",
    "RegisterRequestForm",
    "RequestForm",
    "ReviewForm",
    "ServiceContactForm",
    "SuspendForm",
    "TakeOverForm",
    "TransitionForm",
    "UserEditForm",
    "UserForm",
    "dutch_phone",
    "email_field",
    "phone_field",
    "service_phone",
    "strip",
    "strip_controls",
    "text_area",
]
