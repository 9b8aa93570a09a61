"""Code values are StrEnums (portal.models_enums) and portal.labels has a Dutch label for each, and nothing else."""

from __future__ import annotations

import inspect
from enum import StrEnum

from portal import labels, models_enums
from portal.models_enums import FINAL_STATUSES, OPEN_STATUSES, RESOLVED_STATUSES, RequestStatus


def _enums() -> list[type[StrEnum]]:
    return [
        obj
        for _, obj in inspect.getmembers(models_enums, inspect.isclass)
        if issubclass(obj, StrEnum) and obj is not StrEnum and obj.__module__ == models_enums.__name__
    ]


def test_every_enum_member_has_a_dutch_label() -> None:
    enums = _enums()
    assert len(enums) >= 10
    assert set(labels.BY_ENUM) == set(enums), "every StrEnum in models_enums is listed in labels.BY_ENUM"
    for enum, names in labels.BY_ENUM.items():
        missing = [m for m in enum if m not in names]
        assert not missing, f"{enum.__name__} members without a label: {missing}"
        for label in names.values():
            assert isinstance(label, str) and label.strip() == label and label


def test_labels_have_no_orphan_keys() -> None:
    """Every code->text dict in labels is keyed by members of one enum only (no stray or misspelt codes)."""
    enums = set(_enums())
    for name, value in vars(labels).items():
        if name.isupper() and isinstance(value, dict) and name != "BY_ENUM":
            kinds = {type(key) for key in value}
            assert len(kinds) == 1 and kinds <= enums, f"labels.{name} has keys that are no enum member: {kinds}"
    for enum, names in labels.BY_ENUM.items():
        for key in names:
            assert isinstance(key, enum), f"{enum.__name__} labels: key {key!r} is not a member"


def test_status_explanations_cover_every_status() -> None:
    assert set(labels.STATUS_EXPLAINED) == set(RequestStatus)
    assert all(isinstance(k, RequestStatus) for k in labels.STATUS_EXPLAINED)


def test_members_equal_their_stored_values() -> None:
    """The database keeps plain strings: a member must equal, hash and print like its value."""
    for enum in _enums():
        for member in enum:
            assert member == member.value and hash(member) == hash(member.value)
            assert str(member) == f"{member}" == member.value
    assert labels.STATUSES["opgelost"] == "Opgelost"  # a plain string from the database finds its label


def test_status_groups_are_defined_once_and_disjoint() -> None:
    assert labels.RESOLVED_STATUSES is RESOLVED_STATUSES and labels.OPEN_STATUSES is OPEN_STATUSES
    groups = [set(OPEN_STATUSES), set(RESOLVED_STATUSES), set(FINAL_STATUSES)]
    assert set().union(*groups) == set(RequestStatus)
    assert sum(len(g) for g in groups) == len(RequestStatus)
