"""Event representations. Thin: shape and types here, rules in the services."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.fields import MAX_ID, RelatedListField
from common.text_limits import MESSAGE_MAX_LENGTH
from events import selectors
from events.models import (
    Delegate,
    Event,
    MeetingMessage,
    MeetingOutcome,
    MeetingRequest,
    Registration,
    Session,
)
from organisations.models import Capability


class SessionSerializer(serializers.ModelSerializer):
    organisations = RelatedListField(
        queryset=None, to_field="pk", child=serializers.IntegerField(), read_only=True,
        help_text="Ids of the organisations visited.",
    )  # fmt: skip

    class Meta:
        model = Session
        fields = [
            "title", "title_ko", "kind", "starts_at", "ends_at", "place", "place_ko",
            "description", "description_ko", "organisations",
        ]  # fmt: skip


class EventSerializer(serializers.ModelSerializer):
    organisers = RelatedListField(
        queryset=None, to_field="pk", child=serializers.IntegerField(), read_only=True,
        help_text="Ids of the organising organisations.",
    )  # fmt: skip
    opportunities = RelatedListField(
        queryset=None, to_field="pk", child=serializers.IntegerField(), read_only=True,
        help_text="Ids of the opportunities the event prepares (e.g. a joint call).",
    )  # fmt: skip
    sessions = SessionSerializer(many=True, read_only=True)
    country = serializers.CharField(read_only=True, help_text="ISO code, or empty if online.")
    is_past = serializers.SerializerMethodField()
    online_url = serializers.SerializerMethodField(
        help_text="The online join link, empty if there is none. Null if it is hidden from "
        "you: only staff, members of an organiser and members of an organisation with an "
        "approved registration see it."
    )
    # Declared so the schema does not depend on the database's integer range.
    capacity = serializers.IntegerField(
        read_only=True, allow_null=True, help_text="Places for organisations; null: no limit."
    )

    class Meta:
        model = Event
        fields = [
            "id", "slug", "title", "title_ko", "kind", "status", "description", "description_ko",
            "starts_at", "ends_at", "time_zone", "venue", "venue_ko", "city", "city_ko", "country",
            "online_url",
            "organisers", "opportunities", "registration_opens_at", "registration_closes_at",
            "capacity", "sessions", "is_past",
        ]  # fmt: skip

    # A string, not a "uri": an event without a link has "" (and a hidden one null).
    @extend_schema_field(serializers.CharField(allow_blank=True, allow_null=True))
    def get_online_url(self, event: Event) -> str | None:
        if not event.online_url:
            return ""
        # Worked out once per response, not once per event of a list.
        if "online_url_visible" not in self.context:
            user = self.context["request"].user
            self.context["online_url_visible"] = set(
                selectors.event_online_url_visible_to(user=user).values_list("pk", flat=True)
            )
        return event.online_url if event.pk in self.context["online_url_visible"] else None

    def get_is_past(self, event: Event) -> bool:
        from django.utils import timezone

        return event.ends_at < timezone.now()


class DelegateSerializer(serializers.ModelSerializer):
    class Meta:
        model = Delegate
        fields = ["name", "role", "languages"]


class RegistrationSerializer(serializers.ModelSerializer):
    event = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)
    seeks_capabilities = RelatedListField(
        queryset=None, to_field="slug", child=serializers.SlugField(), read_only=True,
        help_text="Slugs of the capabilities it seeks at this event.",
    )  # fmt: skip
    delegates = DelegateSerializer(many=True, read_only=True)
    available_slots = serializers.SerializerMethodField(
        help_text="Ids of the meeting slots in which it is free; empty means all."
    )

    class Meta:
        model = Registration
        fields = [
            "id", "event", "organisation", "organisation_name", "status", "seeking",
            "seeks_capabilities", "delegates", "available_slots", "created_at",
        ]  # fmt: skip

    def get_available_slots(self, registration: Registration) -> list[int]:
        return [a.slot_id for a in registration.availabilities.all()]


class RegistrationCreateSerializer(serializers.Serializer):
    event = serializers.SlugField(max_length=120, help_text="Slug of the event.")
    organisation = serializers.IntegerField(
        min_value=1, max_value=MAX_ID, help_text="Id of your organisation."
    )
    seeking = serializers.CharField(max_length=2000, required=False, allow_blank=True)
    seeks_capabilities = RelatedListField(
        queryset=Capability.objects.all(), to_field="slug",
        child=serializers.SlugField(max_length=80), required=False,
        help_text="Slugs of the capabilities it seeks here.",
    )  # fmt: skip
    delegates = DelegateSerializer(many=True, min_length=1, max_length=10)
    available_slots = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID),
        required=False,
        max_length=500,
        help_text="Ids of the slots in which you are free; leave out if free in all.",
    )


class MeetingRequestSerializer(serializers.ModelSerializer):
    event = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    from_organisation = serializers.CharField(
        source="from_registration.organisation.name", read_only=True
    )
    to_organisation = serializers.CharField(
        source="to_registration.organisation.name", read_only=True
    )
    brokered = serializers.SerializerMethodField(help_text="Proposed by staff.")

    class Meta:
        model = MeetingRequest
        fields = [
            "id", "event", "from_registration", "to_registration", "from_organisation",
            "to_organisation", "message", "status", "brokered", "requester_priority",
            "recipient_priority", "score", "created_at", "decided_at",
        ]  # fmt: skip
        read_only_fields = fields

    def get_brokered(self, meeting_request: MeetingRequest) -> bool:
        return meeting_request.brokered_by_id is not None


class MeetingRequestCreateSerializer(serializers.Serializer):
    from_registration = serializers.IntegerField(
        min_value=1, max_value=MAX_ID, help_text="Id of your registration."
    )
    to_registration = serializers.IntegerField(
        min_value=1, max_value=MAX_ID, help_text="Id of the participant's registration."
    )
    message = serializers.CharField(max_length=500, required=False, allow_blank=True)
    priority = serializers.IntegerField(min_value=1, max_value=3, default=2)


class AnswerSerializer(serializers.Serializer):
    priority = serializers.IntegerField(
        min_value=1, max_value=3, default=2, help_text="How much you want it: 1 low to 3 high."
    )


class ContactsSerializer(serializers.Serializer):
    name = serializers.CharField()
    email = serializers.CharField()
    phone = serializers.CharField()


class AgendaMeetingSerializer(serializers.Serializer):
    starts_at = serializers.DateTimeField(source="scheduled.slot.starts_at")
    ends_at = serializers.DateTimeField(source="scheduled.slot.ends_at")
    table = serializers.CharField(source="scheduled.table.name")
    table_ko = serializers.CharField(
        source="scheduled.table.name_ko", help_text="The table's name in Korean; may be empty."
    )
    video_url = serializers.CharField(source="scheduled.table.video_url")
    organisation = serializers.CharField(source="other.organisation.name")
    registration = serializers.IntegerField(source="other.pk")
    delegates = DelegateSerializer(many=True)
    contacts = ContactsSerializer(allow_null=True)


class AgendaSerializer(serializers.Serializer):
    registration = serializers.IntegerField(source="registration.pk")
    organisation = serializers.CharField(source="registration.organisation.name")
    time_zone = serializers.CharField(source="registration.event.time_zone")
    meetings = AgendaMeetingSerializer(many=True)
    sessions = SessionSerializer(many=True)


class MeetingMessageSerializer(serializers.ModelSerializer):
    from_organisation = serializers.CharField(source="from_registration.organisation.name")

    class Meta:
        model = MeetingMessage
        fields = ["id", "meeting_request", "from_registration", "from_organisation", "body",
                  "sent_at"]  # fmt: skip
        read_only_fields = fields


class MeetingMessageCreateSerializer(serializers.Serializer):
    body = serializers.CharField(max_length=MESSAGE_MAX_LENGTH)


class MeetingOutcomeSerializer(serializers.ModelSerializer):
    class Meta:
        model = MeetingOutcome
        fields = ["meeting_request", "registration", "held", "follow_up", "recorded_at"]
        read_only_fields = ["meeting_request", "registration", "recorded_at"]
