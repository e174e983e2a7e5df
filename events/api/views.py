"""Events over the API: everyone reads the public events; members register their organisations,
ask for meetings and answer them, and read their agenda; staff see all registrations."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from api.permissions import IsStaffOrReadOnly
from events import selectors, services
from events.api.serializers import (
    AgendaSerializer,
    AnswerSerializer,
    EventSerializer,
    MeetingMessageCreateSerializer,
    MeetingMessageSerializer,
    MeetingOutcomeSerializer,
    MeetingRequestCreateSerializer,
    MeetingRequestSerializer,
    RegistrationCreateSerializer,
    RegistrationSerializer,
)
from events.filters import EventFilter
from events.models import Event, MeetingSlot, Registration
from organisations.models import Organisation


@extend_schema_view(
    list=extend_schema(
        summary="List events",
        description="Upcoming events first (soonest at the top), then past ones (latest "
        "first). `?when=upcoming` or `past`, `?kind=`. Staff also see drafts.",
    ),
    retrieve=extend_schema(summary="Get an event, with its itinerary"),
)
class EventViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = EventSerializer
    permission_classes = [IsStaffOrReadOnly]
    filter_backends = [DjangoFilterBackend]
    filterset_class = EventFilter
    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"
    extra_error_statuses = {"agenda": [400, 403]}

    def get_queryset(self):
        return selectors.event_list(user=self.request.user).prefetch_related(
            "opportunities", "sessions__organisations"
        )

    def filter_queryset(self, queryset):
        if self.action != "list":
            return queryset
        return super().filter_queryset(queryset)

    @extend_schema(
        summary="Your agenda at an event",
        description="The published meetings of your organisation's registration (slot, table, "
        "the other side, its delegates and, once accepted, its contacts) and the itinerary. "
        "`?registration=` picks one if several of your organisations take part; 403 if none.",
        parameters=[OpenApiParameter("registration", int, required=False)],
        responses=AgendaSerializer,
    )
    @action(
        detail=True,
        methods=["get"],
        permission_classes=[permissions.IsAuthenticated],
        filter_backends=[],
        pagination_class=None,
    )
    def agenda(self, request, slug=None):
        event = self.get_object()
        registrations = selectors.registrations_of(user=request.user, event=event)
        wanted = request.query_params.get("registration")
        if wanted is not None:
            if not wanted.isdigit():
                raise ValidationError({"registration": [_("Must be a whole number.")]})
            registrations = registrations.filter(pk=int(wanted))
        registration = registrations.first()
        if registration is None:
            raise PermissionDenied(_("Your organisation is not registered for this event."))
        agenda = selectors.agenda_of(registration=registration)
        return Response(AgendaSerializer(agenda).data)


@extend_schema_view(
    list=extend_schema(
        summary="List registrations",
        description="Your organisations' registrations; staff see all. `?event=<slug>`.",
        parameters=[OpenApiParameter("event", str, required=False)],
    ),
    retrieve=extend_schema(summary="Get a registration"),
    create=extend_schema(
        summary="Register your organisation for an event",
        description="Within the registration window; it waits for staff approval. 403 if "
        "you are not a member of the organisation; 409 if it is already registered.",
        request=RegistrationCreateSerializer,
        responses={201: RegistrationSerializer},
    ),
)
class RegistrationViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = RegistrationSerializer
    permission_classes = [permissions.IsAuthenticated]
    filter_backends = []
    lookup_value_regex = r"\d+"
    extra_error_statuses = {"create": [409]}

    def get_queryset(self):
        registrations = selectors.registration_visible_to(user=self.request.user).order_by("pk")
        event = self.request.query_params.get("event")
        if self.action == "list" and event:
            registrations = registrations.filter(event__slug=event)
        return registrations

    def create(self, request, *args, **kwargs):
        serializer = RegistrationCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = serializer.validated_data
        event = Event.objects.filter(
            pk__in=selectors.event_visible_to(user=request.user), slug=values["event"]
        ).first()
        if event is None:
            raise ValidationError({"event": [_("No such event.")]})
        organisation = Organisation.objects.filter(pk=values["organisation"]).first()
        if organisation is None:
            raise ValidationError({"organisation": [_("No such organisation.")]})
        slots = None
        if "available_slots" in values:
            slots = list(MeetingSlot.objects.filter(event=event, pk__in=values["available_slots"]))
            if len(slots) != len(set(values["available_slots"])):
                raise ValidationError({"available_slots": [_("Unknown slot of this event.")]})
        with transaction.atomic():
            registration = services.registration_create(
                event=event,
                organisation=organisation,
                user=request.user,
                seeking=values.get("seeking", ""),
                capabilities=values.get("seeks_capabilities", []),
                available_slots=slots,
                delegates=[services.DelegateData(**d) for d in values["delegates"]],
            )
        fresh = self.get_queryset().get(pk=registration.pk)
        return Response(RegistrationSerializer(fresh).data, status=status.HTTP_201_CREATED)


def _registration(pk: int, field: str) -> Registration:
    registration = Registration.objects.select_related("organisation", "event").filter(pk=pk)
    found = registration.first()
    if found is None:
        raise ValidationError({field: [_("No such registration.")]})
    return found


@extend_schema_view(
    list=extend_schema(
        summary="List meeting requests",
        description="Those your organisations sent or received; staff see all.",
    ),
    retrieve=extend_schema(summary="Get a meeting request"),
    create=extend_schema(
        summary="Ask a participant for a meeting",
        description="Both sides must be approved participants of the event; at most "
        "EVENT_MEETING_REQUESTS_LIMIT open requests each; one open request per pair (409).",
        request=MeetingRequestCreateSerializer,
        responses={201: MeetingRequestSerializer},
    ),
)
class MeetingRequestViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    serializer_class = MeetingRequestSerializer
    permission_classes = [permissions.IsAuthenticated]
    filter_backends = []
    lookup_value_regex = r"\d+"
    extra_error_statuses = {
        "create": [409], "accept": [409], "decline": [409], "messages": [409], "outcome": [409],
    }  # fmt: skip

    def get_queryset(self):
        return selectors.meeting_request_visible_to(user=self.request.user).order_by("-pk")

    def create(self, request, *args, **kwargs):
        serializer = MeetingRequestCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        values = serializer.validated_data
        meeting_request = services.meeting_request_create(
            from_registration=_registration(values["from_registration"], "from_registration"),
            to_registration=_registration(values["to_registration"], "to_registration"),
            user=request.user,
            message=values.get("message", ""),
            priority=values["priority"],
        )
        fresh = self.get_queryset().get(pk=meeting_request.pk)
        return Response(self.get_serializer(fresh).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Accept a meeting request",
        description="Only the participant asked; 409 if it is already answered.",
        request=AnswerSerializer,
        responses=MeetingRequestSerializer,
    )
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        serializer = AnswerSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        meeting_request = get_object_or_404(self.get_queryset(), pk=pk)
        services.meeting_request_accept(
            meeting_request=meeting_request,
            user=request.user,
            priority=serializer.validated_data["priority"],
        )
        return Response(self.get_serializer(self.get_queryset().get(pk=pk)).data)

    @extend_schema(
        summary="Decline a meeting request",
        description="Only the participant asked; 409 if it is already answered.",
        request=None,
        responses=MeetingRequestSerializer,
    )
    @action(detail=True, methods=["post"])
    def decline(self, request, pk=None):
        meeting_request = get_object_or_404(self.get_queryset(), pk=pk)
        services.meeting_request_decline(meeting_request=meeting_request, user=request.user)
        return Response(self.get_serializer(self.get_queryset().get(pk=pk)).data)

    @extend_schema(
        methods=["GET"],
        summary="A meeting's messages",
        description="Oldest first; the two sides and staff.",
        request=None,
        responses=MeetingMessageSerializer(many=True),
    )
    @extend_schema(
        methods=["POST"],
        summary="Write to the other side of an accepted meeting",
        description="Only the two sides, once the meeting is accepted (409 before); the other "
        "side's members are mailed the text. At most 2,000 characters.",
        request=MeetingMessageCreateSerializer,
        responses={201: MeetingMessageSerializer},
    )
    @action(detail=True, methods=["get", "post"], pagination_class=None)
    def messages(self, request, pk=None):
        meeting_request = get_object_or_404(self.get_queryset(), pk=pk)
        if request.method == "GET":
            found = selectors.meeting_message_visible_to(user=request.user).filter(
                meeting_request=meeting_request
            )
            return Response(
                MeetingMessageSerializer(found.order_by("sent_at", "pk"), many=True).data
            )
        serializer = MeetingMessageCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        message = services.meeting_message_send(
            meeting_request=meeting_request,
            user=request.user,
            body=serializer.validated_data["body"],
        )
        return Response(MeetingMessageSerializer(message).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Record whether the meeting took place and whether to follow it up",
        description="One side, after the event starts; when both want to follow up, the "
        "meeting continues as an accepted introduction. 409 before the event or if the "
        "meeting is not accepted.",
        request=MeetingOutcomeSerializer,
        responses=MeetingOutcomeSerializer,
    )
    @action(detail=True, methods=["post"])
    def outcome(self, request, pk=None):
        meeting_request = get_object_or_404(self.get_queryset(), pk=pk)
        serializer = MeetingOutcomeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        outcome = services.meeting_outcome_record(
            meeting_request=meeting_request,
            user=request.user,
            held=serializer.validated_data["held"],
            follow_up=serializer.validated_data["follow_up"],
        )
        return Response(MeetingOutcomeSerializer(outcome).data)
