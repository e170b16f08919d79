"""The offline stand-ins for Slack: the fake Web API, the console, request signing, and Slack's own rules."""
