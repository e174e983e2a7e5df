"""IntroductionRequest and IntroductionEvent move here from matchmaking without moving data:
the tables keep their names (db_table), so the database is left as it is and only Django's
state changes (matchmaking 0004 removes them there). The content types follow the models, so
permissions granted on them and admin history stay attached."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

MODELS = ["introductionrequest", "introductionevent"]


def _relabel(apps, *, old: str, new: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        # On a fresh database the content types do not exist yet (post_migrate makes them).
        if not ContentType.objects.filter(app_label=new, model=model).exists():
            ContentType.objects.filter(app_label=old, model=model).update(app_label=new)


def content_types_forward(apps, schema_editor):
    _relabel(apps, old="matchmaking", new="introductions")


def content_types_backward(apps, schema_editor):
    _relabel(apps, old="introductions", new="matchmaking")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('matchmaking', '0002_introductions'),
        ('organisations', '0004_organisation_publication_and_confirmation'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='IntroductionRequest',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('message', models.TextField(help_text='What the requester proposes.')),
                        ('seeking', models.TextField(help_text='What the requester is looking for.')),
                        ('preferred_language', models.CharField(choices=[('en', 'English'), ('ko', 'Korean')], default='en', max_length=2)),
                        ('state', models.CharField(choices=[('requested', 'Requested'), ('more_information_needed', 'More information needed'), ('forwarded', 'Forwarded to the other organisation'), ('declined', 'Declined by staff'), ('declined_by_recipient', 'Declined by the other organisation'), ('introduced', 'Introduced'), ('meeting_held', 'Meeting held'), ('partnership_formed', 'Partnership formed'), ('no_fit', 'No fit')], default='requested', max_length=32)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('requested_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='introduction_requests', to=settings.AUTH_USER_MODEL)),
                        ('requested_organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='introductions_received', to='organisations.organisation')),
                        ('requester_organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='introductions_requested', to='organisations.organisation')),
                    ],
                    options={
                        'db_table': 'matchmaking_introductionrequest',
                        'ordering': ['created_at', 'id'],
                    },
                ),
                migrations.CreateModel(
                    name='IntroductionEvent',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('from_state', models.CharField(blank=True, choices=[('requested', 'Requested'), ('more_information_needed', 'More information needed'), ('forwarded', 'Forwarded to the other organisation'), ('declined', 'Declined by staff'), ('declined_by_recipient', 'Declined by the other organisation'), ('introduced', 'Introduced'), ('meeting_held', 'Meeting held'), ('partnership_formed', 'Partnership formed'), ('no_fit', 'No fit')], help_text='Empty when created.', max_length=32)),
                        ('to_state', models.CharField(choices=[('requested', 'Requested'), ('more_information_needed', 'More information needed'), ('forwarded', 'Forwarded to the other organisation'), ('declined', 'Declined by staff'), ('declined_by_recipient', 'Declined by the other organisation'), ('introduced', 'Introduced'), ('meeting_held', 'Meeting held'), ('partnership_formed', 'Partnership formed'), ('no_fit', 'No fit')], max_length=32)),
                        ('note', models.TextField(blank=True)),
                        ('at', models.DateTimeField(auto_now_add=True)),
                        ('actor', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='introduction_events', to=settings.AUTH_USER_MODEL)),
                        ('request', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='events', to='introductions.introductionrequest')),
                    ],
                    options={
                        'db_table': 'matchmaking_introductionevent',
                        'ordering': ['at', 'id'],
                    },
                ),
                migrations.AddIndex(
                    model_name='introductionrequest',
                    index=models.Index(fields=['state', 'created_at'], name='matchmaking_state_d00764_idx'),
                ),
                migrations.AddConstraint(
                    model_name='introductionrequest',
                    constraint=models.CheckConstraint(condition=models.Q(('requester_organisation', models.F('requested_organisation')), _negated=True), name='introduction_not_to_itself'),
                ),
                migrations.AddConstraint(
                    model_name='introductionrequest',
                    constraint=models.CheckConstraint(condition=models.Q(('state__in', ['requested', 'more_information_needed', 'forwarded', 'declined', 'declined_by_recipient', 'introduced', 'meeting_held', 'partnership_formed', 'no_fit'])), name='introduction_state_known'),
                ),
                migrations.AddConstraint(
                    model_name='introductionrequest',
                    constraint=models.UniqueConstraint(condition=models.Q(('state__in', ('requested', 'more_information_needed', 'forwarded'))), fields=('requester_organisation', 'requested_organisation'), name='introduction_one_open_per_pair'),
                ),
            ],
        ),
        migrations.RunPython(content_types_forward, content_types_backward),
    ]
