"""Tests of the local Confirma + Infinity sandbox (app/sandbox), over real loopback HTTP."""
