from django.db import migrations


class Migration(migrations.Migration):
    """SavedSearch, AlertDelivery and DeadlineReminderStop now belong to the alerts app, which
    keeps their tables as they are (alerts/0001_initial): they leave matchmaking's state only,
    and the database is not touched. AlertDelivery goes first, as it points at SavedSearch."""

    dependencies = [
        ('matchmaking', '0004_introductions_move_out'),
        ('alerts', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='AlertDelivery'),
                migrations.DeleteModel(name='DeadlineReminderStop'),
                migrations.DeleteModel(name='SavedSearch'),
            ],
            database_operations=[],
        ),
    ]
