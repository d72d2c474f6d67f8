"""Build the Confirma body and the Infinity decomposition of a 10,000-line voucher (target ≤ 0.5 s each)."""

from __future__ import annotations

import json

from app.domain import wire_json
from app.domain.targets.confirma import confirma_body
from app.domain.targets.infinity import infinity_bodies
from app.resources import default_vat_table
from benchmarks.harness import Result, interleaved
from benchmarks.vouchers import big_voucher


def run(repeats: int) -> list[Result]:
    fi, ch = default_vat_table("FI"), default_vat_table("CH")
    confirma_voucher, infinity_voucher = big_voucher(10_000), big_voucher(10_000, swiss=True)
    body = confirma_body(confirma_voucher, fi)
    plain = json.loads(wire_json.dumps(body, indent=None))  # the same shape with floats: a serialisation floor
    results = []
    subject, baseline = interleaved(lambda: wire_json.dumps(confirma_body(confirma_voucher, fi), indent=None),
                                    lambda: json.dumps(plain), repeats)
    results.append(Result("Confirma body of a 10,000-line voucher (map + serialise)", subject, baseline,
                          "json.dumps of the finished body", "≤ 0.5 s", subject.median <= 0.5))
    bodies = infinity_bodies(infinity_voucher, ch)
    subject, baseline = interleaved(lambda: infinity_bodies(infinity_voucher, ch),
                                    lambda: json.dumps(json.loads(wire_json.dumps(bodies, indent=None))), repeats)
    results.append(Result("Infinity decomposition of a 10,000-line voucher", subject, baseline,
                          "json round trip of the entries", "≤ 0.5 s", subject.median <= 0.5,
                          extras={"entries": str(len(bodies))}))
    return results
