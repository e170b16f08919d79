"""Tests of the offline stand-ins for Slack."""
