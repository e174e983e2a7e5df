"""The permission matrix of the staff pages: who gets what."""

ROLES = [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 200)]
WRITE_ROLES = [("anonymous", 302), ("member", 403), ("other_member", 403), ("staff", 302)]
