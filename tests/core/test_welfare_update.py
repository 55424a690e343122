"""Correcting a support payment: checked like a new one, written together or not at all."""

import pytest

from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.records import members, unions, welfare


@pytest.fixture
def payment(db):
    union = unions.add_union(db, code="CS1", name="Công đoàn Trường Mầm non Hoa Sen", sector="giao_duc",
                             founded_on="05/09/2001")
    member = members.add_member(db, full_name="Lê Văn Bắc", union_id=union, joined_on="2010-01-01")
    return welfare.add_support(db, paid_on="10/11/2025", kind="sickness", amount="1.500.000",
                               member_id=member, reason="Ốm dài ngày"), member


def test_update_support(db, payment):
    pid, member = payment
    welfare.update_support(db, pid, amount="2.000.000", paid_on="12/11/2025", kind="hardship", reason="  ")
    row = welfare.for_member(db, member)[0]
    assert (row["amount"], row["paid_on"], row["kind"], row["reason"]) == (2_000_000, "2025-11-12", "hardship", None)


@pytest.mark.parametrize("fields, field", [
    ({"amount": "0"}, "amount"), ({"amount": "abc"}, "amount"), ({"paid_on": "01/01/2099"}, "paid_on"),
    ({"paid_on": "31/02/2025"}, "paid_on"), ({"paid_on": ""}, "paid_on"), ({"kind": "bonus"}, "kind"),
    ({"member_id": None}, "member_id"),
])
def test_update_support_is_checked_and_changes_nothing(db, payment, fields, field):
    pid, member = payment
    before = welfare.for_member(db, member)
    with pytest.raises(ValidationError) as e:
        welfare.update_support(db, pid, amount="3.000.000", **{k: v for k, v in fields.items()}) \
            if "amount" not in fields else welfare.update_support(db, pid, reason="x", **fields)
    assert e.value.field == field
    assert welfare.for_member(db, member) == before


def test_update_missing_or_unknown(db, payment):
    pid, _ = payment
    with pytest.raises(NotFoundError):
        welfare.update_support(db, pid + 100, amount=1)
    with pytest.raises(ValueError):
        welfare.update_support(db, pid, colour="red")
