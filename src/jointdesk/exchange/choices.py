"""Vocabularies of the information exchange (Directive (EU) 2023/977)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ExchangeKind(models.TextChoices):
    REQUEST = "request", _("Request for information (Art. 4)")
    SPONTANEOUS = "spontaneous", _("Own-initiative information (Art. 7)")


class ExchangeStatus(models.TextChoices):
    OPEN = "open", _("Open")
    AWAITING_CLARIFICATION = "awaiting_clarification", _("Awaiting clarification")
    JUDICIAL_DELAY = "judicial_delay", _("Delayed: judicial authorisation pending")
    ANSWERED = "answered", _("Answered")
    PARTIALLY_REFUSED = "partially_refused", _("Partly refused")
    REFUSED = "refused", _("Refused")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    PROVIDED = "provided", _("Provided")


OPEN_STATUSES = (ExchangeStatus.OPEN, ExchangeStatus.AWAITING_CLARIFICATION, ExchangeStatus.JUDICIAL_DELAY)


class Urgency(models.TextChoices):
    URGENT = "urgent", _("Urgent")
    NON_URGENT = "non_urgent", _("Not urgent")


class UrgencyCriterion(models.TextChoices):
    """The four objective grounds of Art. 4(4) that make a request urgent."""

    PUBLIC_SECURITY = "public_security", _("Immediate and serious threat to public security (Art. 4(4)(a))")
    LIFE = "life", _("Imminent threat to a person's life or physical integrity (Art. 4(4)(b))")
    DETENTION = "detention", _("Decision on measures depriving of liberty (Art. 4(4)(c))")
    RELEVANCE = "relevance", _("Imminent risk of losing relevance (Art. 4(4)(d))")


class Accessibility(models.TextChoices):
    DIRECT = "direct", _("Directly accessible")
    INDIRECT = "indirect", _("Indirectly accessible")


class Channel(models.TextChoices):
    SIENA = "siena", _("SIENA")
    OTHER = "other", _("Other channel")


class ChannelException(models.TextChoices):
    """Art. 13(2): the only reasons not to use SIENA."""

    THIRD_COUNTRY = "a", _("(a) third countries or international organisations involved")
    URGENCY = "b", _("(b) urgency requires another channel temporarily")
    INCIDENT = "c", _("(c) technical or operational incident")


class CopyWithheldGround(models.TextChoices):
    """Art. 4(2) / 8(3): why the copy to the own SPOC was withheld."""

    SENSITIVE_INVESTIGATION = "a", _("(a) highly sensitive ongoing investigation")
    TERRORISM = "b", _("(b) terrorism case, not an emergency")
    SAFETY = "c", _("(c) a person's safety")


class HandlingCode(models.TextChoices):
    """Europol handling codes attached to information."""

    H0 = "H0", _("H0: law-enforcement purposes only")
    H1 = "H1", _("H1: not to be used in judicial proceedings without permission")
    H2 = "H2", _("H2: not to be disseminated without permission")
    H3 = "H3", _("H3: other restrictions (see use restrictions)")


class SourceReliability(models.TextChoices):
    A = "A", _("A: no doubt about the source")
    B = "B", _("B: source usually reliable")
    C = "C", _("C: source not usually reliable")
    X = "X", _("X: reliability cannot be assessed")


class InformationAssessment(models.TextChoices):
    ONE = "1", _("1: known to be true without reservation")
    TWO = "2", _("2: known personally to the source")
    THREE = "3", _("3: not known personally, corroborated")
    FOUR = "4", _("4: cannot be assessed")


class Language(models.TextChoices):
    EN = "en", _("English")
    RO = "ro", _("Romanian")
    BG = "bg", _("Bulgarian")


class MessageKind(models.TextChoices):
    REQUEST = "request", _("Request")
    CLARIFICATION_REQUEST = "clarification_request", _("Request for clarification")
    CLARIFICATION = "clarification", _("Clarification")
    ANSWER = "answer", _("Answer")
    PARTIAL_ANSWER = "partial_answer", _("Partial answer")
    REFUSAL = "refusal", _("Refusal")
    DELAY_NOTICE = "delay_notice", _("Notice of delay (Art. 5(2))")
    DELAY_UPDATE = "delay_update", _("Update on delay (Art. 5(2)(b))")
    SPONTANEOUS = "spontaneous", _("Own-initiative information")
    JUDICIAL_OUTCOME = "judicial_outcome", _("Judicial authorisation decided")
    CORRECTION = "correction", _("Correction")
    WITHDRAWAL = "withdrawal", _("Withdrawal")


class RefusalGround(models.TextChoices):
    """Art. 6(1): the only grounds on which a request may be refused."""

    A = "a", _("(a) information not available")
    B = "b", _("(b) request does not meet Art. 4 requirements")
    C = "c", _("(c) judicial authorisation refused")
    D = "d", _("(d) personal data outside the categories of Art. 10(b)")
    E = "e", _("(e) information inaccurate, incomplete or out of date")
    F_I = "f.i", _("(f)(i) harm to essential national-security interests")
    F_II = "f.ii", _("(f)(ii) jeopardises an investigation or a person's safety")
    F_III = "f.iii", _("(f)(iii) unduly harms a legal person's protected interests")
    G_I = "g.i", _("(g)(i) offence punishable by one year or less")
    G_II = "g.ii", _("(g)(ii) conduct not a criminal offence in the requested state")
    H = "h", _("(h) originating state or third country did not consent")


class EuropolCopy(models.TextChoices):
    """Art. 12: the case-by-case assessment whether Europol gets a copy."""

    NOT_ASSESSED = "not_assessed", _("Not yet assessed")
    SENT = "sent", _("Copy sent to Europol")
    OUTSIDE_MANDATE = "outside_mandate", _("Not sent: outside Europol's objectives")
    NO_CONSENT = "no_consent", _("Not sent: originator did not consent")
    NOT_NEEDED = "not_needed", _("Not sent: not necessary in this case")


class ItemDecision(models.TextChoices):
    PENDING = "pending", _("Pending")
    PROVIDED = "provided", _("Provided")
    REFUSED = "refused", _("Refused")


class Sex(models.TextChoices):
    MALE = "M", _("Male")
    FEMALE = "F", _("Female")
    UNKNOWN = "", _("Unknown")


class DocumentKind(models.TextChoices):
    ID_CARD = "id_card", _("Identity card")
    PASSPORT = "passport", _("Passport")
    DRIVING_LICENCE = "driving_licence", _("Driving licence")
    RESIDENCE_PERMIT = "residence_permit", _("Residence permit")
    VEHICLE_REGISTRATION = "vehicle_registration", _("Vehicle registration certificate")
    OTHER = "other", _("Other document")


class JudicialOutcome(models.TextChoices):
    OBTAINED = "obtained", _("Judicial authorisation obtained")
    REFUSED = "refused", _("Judicial authorisation refused")
