"""A local sandbox that speaks both vendor contracts (Confirma Finance and Infinity) over loopback HTTP.

Stdlib only; it validates raw JSON itself and never imports the client, so a bug shared by the
client and the sandbox cannot pass both sides. See docs/sandbox.md.
"""

from app.sandbox.confirma import DEFAULT_CONFIRMA_KEY
from app.sandbox.faults import Fault, FaultError, FaultPlan, parse_fault_spec
from app.sandbox.infinity import DEFAULT_INFINITY_TOKEN
from app.sandbox.server import SandboxServer

__all__ = ["DEFAULT_CONFIRMA_KEY", "DEFAULT_INFINITY_TOKEN", "Fault", "FaultError", "FaultPlan",
           "SandboxServer", "parse_fault_spec"]
