"""The overviews as plain data, free of Slack: a partner's status, due buckets, lists, reports, exports.

Handlers turn these into Block Kit; tests check them without Slack. Functions that read the
database take a session and a workspace and never commit.
"""
