from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from api.selectors import users_active_by_login
from api.services import api_token_create


class Command(BaseCommand):
    help = (
        "Creates an API token for a user and prints its secret (only this once), e.g. for a "
        "script run by an operator. Members create their own at POST /api/tokens/."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "user",
            help="Whose token it is, by email address (as they sign in) or username; the API "
            "acts as this user.",
        )
        parser.add_argument("name", help="What the token is for, e.g. “CRM sync”.")

    def handle(self, *args, user: str, name: str, **options):
        users = users_active_by_login(login=user)
        if not users:
            raise CommandError(f"No active user with the email address or username {user!r}.")
        if len(users) > 1:
            raise CommandError(f"Several active users have the address {user!r}: give a username.")
        [owner] = users
        try:
            _, secret = api_token_create(user=owner, name=name)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        self.stdout.write(secret)
