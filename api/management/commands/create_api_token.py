from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from api.services import api_token_create


class Command(BaseCommand):
    help = (
        "Creates an API token for a user and prints its secret (only this once), e.g. for a "
        "script run by an operator. Members create their own at POST /api/tokens/."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="Whose token it is; the API acts as this user.")
        parser.add_argument("name", help="What the token is for, e.g. “CRM sync”.")

    def handle(self, *args, username: str, name: str, **options):
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise CommandError(f"No active user with the username {username!r}.")
        try:
            _, secret = api_token_create(user=user, name=name)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        self.stdout.write(secret)
