"""The use cases the window and the command line share, each returning a typed result (Electrum's
commands.py is the model). Front ends gather input, call one command and show its result; they do not
loop over profiles, decide states or build clients themselves. Modules load on use: the window's start
does not pay for the HTTP client."""
