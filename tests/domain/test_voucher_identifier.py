"""The identifier a voucher is minted with: a random version-4 UUID, the same shape uuid.uuid4() gives."""

import uuid

from app.domain.voucher import Voucher, new_voucher_identifier


def test_identifiers_are_random_version_4_uuids_in_canonical_form():
    identifiers = {new_voucher_identifier() for _ in range(2000)}
    assert len(identifiers) == 2000  # never repeated
    for identifier in identifiers:
        parsed = uuid.UUID(identifier)
        assert str(parsed) == identifier  # lower-case, hyphenated: what Confirma's ledgerIdentifier carries
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122


def test_a_new_voucher_gets_its_own_identifier():
    assert uuid.UUID(Voucher().identifier).version == 4
    assert Voucher().identifier != Voucher().identifier
