"""Plain helpers shared by several apps; imports no app."""
