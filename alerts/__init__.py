"""Alerts: saved searches mailed as new organisations and opportunities match them, deadline
reminders for opportunities members are interested in, and reminders to confirm a profile that
has not been touched for a year. The send_alerts command sends them all (see
services/sending.py)."""
