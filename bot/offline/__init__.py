"""The offline stand-ins for Slack: the fake Web API, the console, and Slack's own rules."""
