"""What the introduction pages read: visibility (who sees what), progress (members' lists,
timelines, the staff queue) and overview (the staff statistics)."""
