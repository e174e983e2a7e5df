"""IntroductionRequest and IntroductionEvent now belong to the introductions app (its 0001),
with the same tables: removed from matchmaking's state only, the rows stay where they are."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('matchmaking', '0003_alerts'),
        ('introductions', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name='IntroductionEvent'),
                migrations.DeleteModel(name='IntroductionRequest'),
            ],
        ),
    ]
