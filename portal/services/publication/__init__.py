"""Publication workflow: from a resolved request whose resident consented to a public knowledge-base article.

The life of an article made here::

    request (opgelost / niet_opgelost / doorverwezen / afgerond, consent_publication)
      └─ create_draft()      status draft, author = the mediator, sections prefilled (anonymised)
           └─ save_draft()   the anonymizer runs on every field, only the anonymised text is stored
           └─ submit()       status review (refused while the publication check still finds something)
                ├─ send_back()   an admin who is not the author: status draft again, with a review_note
                └─ publish()     an admin who is not the author: check again, KB-<year>-<NNNN>, index outbox
                     └─ withdraw()  an admin who is not the author: status withdrawn, index delete

Decisions (privacy first; a name in the public knowledge base is a breach):

* The database only ever holds anonymised text. ``Article.title`` and the four sections (situation,
  coordination, outcome_text, lesson) are the output of :func:`clean_fields`; ``Article.body`` is assembled
  from them (``## Situatie``, ``## Afstemming``, ``## Uitkomst``, ``## Leren``). Audit details hold counts
  and labels, never a found value.
* Restoring a false hit ("dit is geen persoonsgegeven, terugzetten") works on the mediator's own latest
  *unanonymised* edit, which travels only in the editor form: the text areas post what the mediator typed,
  the server runs the anonymizer on it, stores the result and shows the same text areas again next to the
  stored, highlighted version. Every replacement is listed with a checkbox whose value is a key (label,
  a short hash of the value, occurrence number); on the next save the anonymizer runs again on the posted
  text and leaves out exactly the ticked occurrences. Nothing of the original is persisted, so a fresh
  editor page starts from the stored (anonymised) text and earlier restores must be ticked again.
* What comes from the request record is never restorable: the resident's name parts, e-mail address and
  phone number (compared as digits only) are replaced wherever they appear, also where the anonymizer
  missed them, and a checkbox is not offered for them.
* Extra words the mediator names ("extra te vervangen woorden") are replaced by the chosen placeholder;
  the list travels in the form too.
* The publication check (:func:`publication_findings`) runs the anonymizer again on the final title and
  body, with the request record as known data (resident and involved officials), and looks for the
  record's name parts, e-mail and phone (digits only) itself. Any finding refuses publication, and
  submitting for review too. The editor and the review page show the same check beforehand, so a restored
  word that the anonymizer still recognises in the stored text is visible at once. A restore is therefore
  useful where the hit came from context the anonymised text no longer has (a word that was only flagged
  because it also occurs as a name elsewhere); a restored real name blocks the article until it is gone.
* In the stored text the resident is ``[bewoner]`` and an involved official ``[ambtenaar]``; other people
  are ``[persoon N]``, numbered in order of appearance across the whole article.
* One article per request, ever. A draft's reference is ``concept:<request id>`` (unique, and a shape the
  JSONL import refuses, so an import can never touch a draft); publishing gives it its public
  ``KB-<year of publication>-<NNNN>`` reference. Status changes are conditional updates, so a replayed or
  concurrent POST cannot publish twice or skip a number.
* ``Article.request_id`` is the internal link; public pages and the index never receive it.

The package, by concern: ``rules`` (sections, limits, placeholders, refusals), ``record`` (what the request
record tells us), ``cleaning`` (the editor's fields through the anonymizer, the body), ``check`` (the publication
check and highlighting) and ``workflow`` (the steps above). Callers import everything from here. The anonymizer
is called as ``record.find_entities`` only, so a test can replace it in that one place.
"""

from __future__ import annotations

from .check import findings_by_field, highlight, publication_findings
from .cleaning import CleanField, Replacement, assemble_body, clean_fields, entity_key, parse_extra_words, render_body
from .record import (
    Context,
    RecordTerms,
    context_for,
    find_entities,
    normalize_text,
    officials_of,
    phone_digits,
    record_spans,
    record_terms,
)
from .rules import (
    ARTICLE_STATUSES,
    DRAFT_PREFIX,
    ELIGIBLE_STATUSES,
    EXTRA_MAX_WORDS,
    EXTRA_PLACEHOLDERS,
    FIELD_NAMES,
    FIELDS,
    KEY_RE,
    LABEL_WORDS,
    OUTCOME_WORDS,
    PLACEHOLDER_RE,
    RECORD_PLACEHOLDERS,
    REFERENCE_RE,
    ROLE_PLACEHOLDERS,
    SECTION_MAX,
    SECTIONS,
    TITLE_MAX,
    WORKFLOW_STATUSES,
    Finding,
    FormattingRefused,
    NotAllowed,
    PublicationError,
    PublicationRefused,
)
from .workflow import (
    article_for_request,
    can_edit,
    check_eligible,
    create_draft,
    eligible_requests,
    next_reference,
    outcome_word,
    overview,
    prefill,
    publish,
    require_editor,
    require_reviewer,
    save_draft,
    send_back,
    submit,
    withdraw,
)

__all__ = [
    "ARTICLE_STATUSES",
    "CleanField",
    "Context",
    "DRAFT_PREFIX",
    "ELIGIBLE_STATUSES",
    "EXTRA_MAX_WORDS",
    "EXTRA_PLACEHOLDERS",
    "FIELDS",
    "FIELD_NAMES",
    "Finding",
    "FormattingRefused",
    "KEY_RE",
    "LABEL_WORDS",
    "NotAllowed",
    "OUTCOME_WORDS",
    "PLACEHOLDER_RE",
    "PublicationError",
    "PublicationRefused",
    "RECORD_PLACEHOLDERS",
    "REFERENCE_RE",
    "ROLE_PLACEHOLDERS",
    "RecordTerms",
    "Replacement",
    "SECTIONS",
    "SECTION_MAX",
    "TITLE_MAX",
    "WORKFLOW_STATUSES",
    "article_for_request",
    "assemble_body",
    "can_edit",
    "check_eligible",
    "clean_fields",
    "context_for",
    "create_draft",
    "eligible_requests",
    "entity_key",
    "find_entities",
    "findings_by_field",
    "highlight",
    "next_reference",
    "normalize_text",
    "officials_of",
    "outcome_word",
    "overview",
    "parse_extra_words",
    "phone_digits",
    "prefill",
    "publication_findings",
    "publish",
    "record_spans",
    "record_terms",
    "render_body",
    "require_editor",
    "require_reviewer",
    "save_draft",
    "send_back",
    "submit",
    "withdraw",
]
