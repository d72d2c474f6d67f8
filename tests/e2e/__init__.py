"""End-to-end tests: real `ledgerdesk` processes, real loopback HTTP to the sandbox, a real OS keyring."""
