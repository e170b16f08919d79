"""Stand-ins for Slack that run on loopback, for the offline console, the tests and the benchmarks."""
