"""The offline stand-ins for Slack on loopback: the fake Web API and Socket Mode server, the console, request signing, and Slack's own rules."""
